"""Input files → :class:`~kg.types.Document` records (decoding, page → items, bylines, layout repair).

A file is either one article (title on the first line) or a whole newspaper page holding
several items. Both are read the same way: the text is cut into paragraphs (non-blank
lines), each paragraph is classified (headline, byline, photo credit, date line, editor's
sign, body), and items start at a headline group or a byline group that follows body text.
"""
from __future__ import annotations

import csv
import datetime
import errno
import hashlib
import html
import json
import os
import re
import stat
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import rules
from .errors import InputError, InputProblems
from .nlp import HAN
from .types import Byline, Document

#: Suffixes of files read from a folder.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
#: Suffixes of tables (comma- and tab-separated values), each read as one article whose rows are
#: the lines of a tab-separated table (:func:`table_text`); read from folders too.
TABLE_SUFFIXES = (".csv", ".tsv")
#: Suffixes of spreadsheet workbooks, which are not read (no spreadsheet library is a dependency):
#: given by name, one error line, met in a folder, one warning, each saying how to save it as a table.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".et")
#: How to make a table Tupu reads of a workbook, for those messages.
SAVE_WORKBOOK = ("save it as CSV (Excel: 另存为 → CSV UTF-8 (逗号分隔) or CSV (逗号分隔), WPS: 另存为 → .csv) "
                 "or as Unicode 文本 (.txt, tab-separated), and give that file")

_CJK = re.compile(r"[\u3400-\u9fff]")
_CLOSING = "。！？!?；;…”’」』）)"
_H = HAN  # name characters (basic block, Ext A, Ext B-H); normalised text has "·" as its only dot
_NAME = f"(?:(?:[{_H}]{{1,8}}·){{1,3}}[{_H}]{{1,8}}|[{_H}·]{{1,5}})"  # (a dotted name whole: 某某·某某某)
#: A byline role: 本报记者, 见习记者, 全媒体记者, 特约通讯员, 实习生, 新华社记者 (an outlet before it, 江城日报记者, is
#: read as a separate run and dropped); ``文/`` and ``图/`` sign a text or picture. 通讯员 →
#: correspondent, every other role → reporter (CONTRACT.md; the gold files count 见习记者 as a
#: reporter and leave 实习生 optional). ``作者 | 某某`` (a pipe or slash after 作者) signs a text as 文/ does.
_ROLE = r"(?:本报|新华社)?(?:特约|见习|首席|驻站|全媒体|融媒体)?(?:记者|通讯员|实习生)|摄影|(?:文图|图文|文|图|作者)\s*[/／|｜]"
_ROLE_SPLIT = re.compile(f"({_ROLE})")
_OUTLET = f"[{_H}]{{1,10}}?(?:日报|晚报|报|网|社|台|融媒体中心|新闻中心)"  # (某县融媒体中心记者 X: a county media centre)
# A byline line: □ 本报记者 柯远舟 / 本报通讯员 林小禾 周沐阳 / 记者：X / 江城日报记者 X 通讯员 Y / 文/X /
# 江城日报讯 记者 X 通讯员 Y (a dateline of the paper's name, then the byline, on a line of their own; the
# byline may be bracketed: 本报讯（记者 X 通讯员 Y）, 本报成都12月5日电 （记者 X）)
_BYLINE_LINE = re.compile(
    rf"^[□■◇◆●]?\s*(?:(?:本报|{_OUTLET})讯\s*[（(]?\s*|[{_H}]{{2,12}}?\d{{1,2}}月\d{{1,2}}日[{_H}]{{0,6}}?电(?:\s*[（(]\s*|\s+))?(?:{_OUTLET})?\s*"
    rf"(?:{_ROLE})\s*[：:]?[\s{_H}·（()）、：:/／|｜□■◇◆●]*$")  # (本报重庆4月18日电 记者 甲 通讯员 乙: a dated line too)
#: A byline line whose outlet has no outlet word (某某杂志记者  甲  通讯员  乙  丙): the outlet glued to
#: the first role, then names apart by spaces.
_BYLINE_NAME = rf"(?:[{_H}·]{{2,8}}|[{_H}][ \u3000]{{1,2}}[{_H}](?![{_H}]))"  # (蒙　丽: a name padded to three)
_OUTLET_BYLINE_LINE = re.compile(rf"^\s*(?P<outlet>[{_H}]{{4,10}}?)(?:{_ROLE})(?:\s+{_BYLINE_NAME})+"
                                 rf"(?:\s+(?:{_ROLE})(?:\s+{_BYLINE_NAME})+)*\s*$")
#: The marks that open a byline line (□ 本报记者 某某), also before each role of the line.
_MARKS = re.compile("[□■◇◆●]")
# Inline byline at the head of a body paragraph: 本报讯 记者X 通讯员Y Z 近日，…, 本报讯（记者X 通讯员Y）
# or 本报某地7月2日电 记者X 通讯员Y报道：…
_INLINE_BYLINE = re.compile(
    rf"^(?:本报讯|[{_H}]{{2,12}}?(?:\d{{1,2}}月\d{{1,2}}日)?[{_H}]{{0,6}}?(?:讯|电))\s*[（(]?\s*"
    rf"(?P<body>(?:(?:本报)?(?:特约|见习)?(?:记者|通讯员|实习生)\s*(?:{_NAME}\s+|{_NAME}(?=\s*[）)])|{_NAME}?(?=报道\s*[：:]))+)+)"
    r"(?:报道\s*[：:])?"
)
# A bullet that may open a paragraph before its dateline (■ 本报讯（通讯员 某某）…).
_BULLETS = "■□●▲◆◇★☆▶"
_BULLET = re.compile(f"[{_BULLETS}][ \u3000]*")
# A dateline: 本报讯, 本报北京1月9日电, 今视网3月12日南昌讯, 某某网某地3月11日电
_DATELINE = re.compile(rf"^(?:本报讯|[{_H}]{{2,12}}?(?:\d{{1,2}}月\d{{1,2}}日)?[{_H}]{{0,6}}?(?:讯|电))")
# A reporter named in the first sentence as the one told the news (本报讯 本报记者X从某局获悉，…; 近日，
# 记者X从某院了解到…), after a dateline (_DATELINE) or not: group ``name``; the name stays in the
# sentence, which is its evidence.
_SOURCED_REPORTER = re.compile(
    rf"^(?:{_DATELINE.pattern[1:]})?\s*(?:(?:近日|日前|近期|昨天|今天|\d{{1,2}}月\d{{1,2}}日)[，,]?\s*)?"
    rf"(?:本报)?(?:见习|实习|特约)?记者\s*(?P<name>[{_H}]{{2,3}}?)\s*(?:近日|日前|近期|也|还|又|再次|专门|曾)?"
    rf"从[^，,。；;]{{2,30}}?(?:获悉|了解到|得知)")
# A dateline that opens an item on its own, with no names (本报讯 近日，…; 本报北京1月9日电 …): the
# headline above it opens a new item (a dateline without 本报讯 needs its date: 接到电话 is none).
_DATED_LINE = re.compile(rf"(?:本报讯|[{_H}]{{2,12}}?\d{{1,2}}月\d{{1,2}}日[{_H}]{{0,6}}?(?:讯|电))")
# A bracket of byline text: （记者王小明 通讯员李华）, (周明远郭小川何雨桐), （江城日报记者王小明实习生李华）
_BRACKET = re.compile(r"\s*[（(](?P<body>[^（）()\n]{2,40})[）)]")
# A closing credit at the end of a paragraph: ……。（本报记者 王小明 通讯员 李华）
#: Where a byline's report was filed, after its names: 北京(报道), 发自杭州 (group sent: 发自).
_WHERE_TAIL = re.compile(rf"\s+(?P<sent>发自\s*)?(?P<place>[{_H}]{{2,10}})\s*$")


def _is_place(name: str) -> bool:
    """Is ``name`` a division's name or short form (GB/T 2260: 北京, 温州市, 西湖区)?"""
    from .gazetteer import default_gazetteer

    return default_gazetteer().is_known(name)


#: A closing note in brackets naming who supplied the item (（某某县公安局供稿）, （某某 供稿）): it
#: closes the item above, as a closing credit does.
_SUPPLIED = re.compile(r"[（(][^（）()\n]{2,40}?供稿\s*[）)]")
#: A contribution credit's ending without a role word (（某某 供稿）): a person of the item, as in
#: the staff line 供稿：某某 (role ``"editor"``: no relation to the article).
_CONTRIBUTED = re.compile(r"\s*供稿\s*$")
#: What the names of a credit did, written after them (甲、乙参与采写, 记者甲报道): no part of a name.
_CREDIT_TAIL = re.compile(r"\s*(?:参与|联合)?(?:采写|采访|报道|撰稿|供稿)\s*$")
_CLOSING_CREDIT = re.compile(r"(?<=[。！？”」』])\s*[（(](?P<body>[^（）()\n]{2,40})[）)]\s*$")
#: A unit, place or outlet word inside a credit (某市公安局, 人民日报): no run of names alone.
_UNIT_IN_CREDIT = re.compile(r"[局院所队部厅处站社报台]|[省市县区]")
#: A closing credit written as the paragraph's last sentence (……。记者甲、通讯员乙报道。): role
#: words and names, then 报道 (采写), no brackets.
_CLOSING_REPORT = re.compile(r"(?<=[。！？”」』])\s*(?P<body>(?:本报|新华社)?(?:特约|见习)?(?:记者|通讯员|实习生)"
                             r"[^。！？!?\n（）()“”]{2,40}?)\s*(?:报道|采写)\s*[。.]?\s*$")
# A photo credit at the end of a paragraph: 本报记者 柯远舟 本报通讯员 林小禾 摄 / 周沐阳摄（人民视觉）, also
# closing a caption in brackets: （图为…。本报通讯员 林  屹 摄）
_CREDIT = re.compile(r"(?:^|(?<=[。！？”\s]))(?P<credit>[^。！？”（()）]{1,40}?)\s*摄\s*(?:[（(][^（）()]{1,12}[）)])?\s*"
                     r"(?P<close>[）)]\s*)?$")
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
# A date or timestamp line: 2024-05-12, 2024-05-12 09:30, 发布时间：2024年5月12日 09:30 星期日 来源：某某网
_DATE_LINE = re.compile(
    rf"^\s*【?\s*(?:(?:发布|更新|发表|刊发)?(?:时间|日期)\s*[:：]\s*)?(?:{_DATE}(?:\s*(?:星期|周)[一二三四五六日天])?"
    rf"(?:\s*农历\S{{2,8}})?(?:\s*{_TIME})?|{_TIME})\s*】?"
    rf"(?:\s*[|｜]?\s*来源\s*[:：]\s*\S{{1,20}})?\s*$")
# (also 【发布时间：2024-05-12】, 2024年5月12日 星期日 农历四月初五, 2024/05/12 10:21 | 来源：某某报)
#: A newspaper page's masthead line: its name, the date, the page (法治日报 2024年4月10日 星期三
#: 第8版 地方): page furniture, never a headline.
_MASTHEAD = re.compile(rf"^\s*(?P<paper>\S{{2,12}})\s+{_DATE}(?:\s*(?:星期|周)[一二三四五六日天])?\s+第\s*\d+\s*版(?:\s+\S{{1,12}})?\s*$")
#: A web page's breadcrumb trail (首页 > 法院 > 正文, 当前位置：首页 » 要闻): site navigation, never a
#: headline and no text of the article.
_BREADCRUMB = re.compile(r"^\s*(?:(?:当前位置|您的位置|你的位置|您现在的位置|现在位置)\s*[:：]\s*.{0,80}"
                         r"|(?:网站首页|首页|主页)\s*(?:[>›»＞→/|]\s*[^\s>›»＞→/|]{1,16}\s*)+)$")
#: A web page's tools and counters (【字体：大 中 小】【打印本页】, 打印本页　关闭窗口, a WeChat page's 阅读 2318
#: 在看 46): page furniture, never a headline and no text of the article.
_PAGE_TOOLS = re.compile(r"^(?:\s|【\s*(?:字体|字号)\s*[:：][大中小\s]*】|(?:字体|字号)\s*[:：]\s*[大中小](?:\s*[大中小]){1,2}"
                         r"|【?\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到|分享|返回顶部)\s*】?"
                         r"|(?:阅读|在看|点赞|赞|分享|收藏|留言)\s*\d+)+$")
#: The same tools closing a portal header's line (信息来源：某某　【打印】【关闭】).
_PAGE_TOOLS_AFTER = re.compile(r"[\s\u3000]*(?:【\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享)\s*】[\s\u3000]*)+$")
#: Portal fields written under another name (信息来源 for 来源).
_FIELD_NAMES = {"信息来源": "来源"}
#: The fields of credits, which may also be bracketed (【来源】某某日报, 【作者】全媒体记者 甲 通讯员 乙).
_CREDIT_FIELDS = ("来源", "作者", "记者", "通讯员", "实习生", "编辑", "责任编辑", "责编", "审核", "校对", "转自")
#: A field of a web portal's item header: 来源：某某网  作者：甲 乙  通讯员：丙  发布时间：….
_PORTAL_FIELD = re.compile(r"(?:【\s*(?P<bkey>" + "|".join(_CREDIT_FIELDS) + r")\s*】|(?P<key>"
                           + "|".join(("信息来源",) + _CREDIT_FIELDS + ("发布时间", "发表时间", "发布日期", "时间", "日期", "字号", "浏览次数",
                                                         "点击数", "点击量", "阅读量", "阅读数", "浏览量", "访问量", "点击"))
                           + r")\s*[：:])")
#: A date, with a time or not, opening a portal's header before its first field.
_STAMP = re.compile(rf"{_DATE}(?:\s*{_TIME})?[\s|｜]*")
#: A résumé's field of posts (现任职务：…, 拟任职务：…): a line of the body, never a headline.
_DUTY_LINE = re.compile(r"\s*[\u4e00-\u9fff]{0,4}(?:职务|职级)\s*[:：]")
#: What ends a sentence: a line holding one is prose (an interview's 记者：…？), no portal header.
_SENTENCE_END = re.compile(r"[。？！?!]")
#: Portal fields whose values are byline names, and their role (CONTRACT.md: 通讯员 → correspondent).
_PORTAL_ROLES = {"作者": "reporter", "记者": "reporter", "实习生": "reporter", "通讯员": "correspondent",
                 "编辑": "editor", "责任编辑": "editor", "责编": "editor", "审核": "editor",
                 "校对": "editor"}  # (an editor, a reviewer, is named, as in a staff line, no byline)
_EDITOR_SIGN = re.compile(r"^\s*——\s*(?:编\s*者|本报评论员|[\u4e00-\u9fff]{0,4})\s*$")
# Page furniture read as text, never as a headline: data and picture sources, captions (图①：…),
# an item's closing note ((完), (作者单位：…), (作者系…))
#: Labels of the staff credits printed at an item's end (编辑：某某  审核：某某, 【责任编辑：某某】):
#: the names are persons of the item with no relation to it (not its reporters). 供稿 mostly names a unit.
_STAFF_LABELS = ("责任编辑", "值班编辑", "编辑", "责编", "审核", "审校", "校对", "终审", "初审", "复审", "监制",
                 "美编", "制图", "供稿")
#: Words before a staff label that are part of it (实习编辑, 新媒体编辑, 视频编辑).
_STAFF_PREFIXES = ("实习", "新媒体", "网络", "视频", "值班", "美术", "文字", "图片", "技术", "本版")
_STAFF_LABEL = r"(?:" + "|".join(_STAFF_PREFIXES) + r")?(?:" + "|".join(_STAFF_LABELS) + r")"
_STAFF_SPLIT = re.compile(r"(" + _STAFF_LABEL + r"\s*[：:])")
#: The same labels with a space for the colon, only in a line in brackets (（编辑 某某）, （责编 某某）).
_STAFF_SPACED = re.compile(r"(" + _STAFF_LABEL + r"[ \u3000]+)")
#: The label of a lead box printed between the headline and the byline (人民日报's 核心阅读): the
#: paragraph after it summarises the item; the byline that follows still belongs to the headline.
_LEAD_LABELS = frozenset({"核心阅读", "阅读提示", "内容提要", "导读", "编者按"})
#: A lead box written on one line with its label (编者按：…, 【导读】…, 核心阅读：…).
_LEAD_TEXT = re.compile(r"(?:【(?:" + "|".join(_LEAD_LABELS) + r")】|(?:" + "|".join(_LEAD_LABELS) + r")\s*[：:])")
_NOTE = re.compile(r"^(?:[（(](?:完|作者单位\s*[：:]|作者系)|(?:数据|资料|图片|信息|素材)来源\s*[：:]|[（(【\[]\s*(?:来源|稿源|出处|转自|转载自)\s*[：:]|图\s*[①-⑳\d一二三四五六七八九十]+\s*[：:]|图为|(?:上|下|左|右|题)图\s*[：:为]"
                   r"|.{1,30}(?:供图|图片.{0,12}提供)$)")


@dataclass
class _Para:
    text: str
    start: int  # offset in the file
    kind: str = "body"  # headline | byline | closing | credit | portal | date | sign | staff | lead | note | list | body


# ----------------------------------------------------------------------------- reading
#: Largest input file read (bytes); ``kg build --max-file-size`` raises it. A JSON Lines file
#: may be larger: the limit is then per line (one article).
MAX_FILE_SIZE = 16 * 1024 * 1024
_SPECIAL = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def shown(path: str | os.PathLike) -> str:
    """A file name as printed in messages and recorded in the graph: one line, any bytes.

    Each part of the path (between ``/``) is decoded as UTF-8; a part that is not UTF-8 (a name
    saved in GBK on a Windows share, which Python reads as surrogate escapes) is decoded as a
    Chinese legacy encoding when its bytes decode cleanly to mostly common Chinese
    (:func:`decode_chinese`: GB18030, then Big5), so ``\\xc9\\xee\\xdb\\xda…`` is ``深圳…``; other
    bytes that are not UTF-8 become ``\\xNN``. Control, zero-width and bidi characters become
    ``\\xNN`` or ``\\uNNNN``; other characters stay.

    Args:
        path: a path (``str`` with surrogate escapes, ``bytes`` or ``PathLike``).

    Returns:
        The decoded, escaped name (``str``, encodable as UTF-8); deterministic (the same bytes give
        the same name on every machine, whatever its locale).
    """
    name = os.fspath(path)
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that no file system name decodes to (Python API)
        raw = name.encode("utf-8", "surrogatepass")
    text = "/".join(_name_part(part) for part in raw.split(b"/"))
    return "".join(c if c.isprintable() or c == " " else
                   (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}") for c in text)


def _name_part(raw: bytes) -> str:
    """One part of a file name's bytes as text (:func:`shown`): UTF-8, else GB18030 or Big5 when
    the bytes decode cleanly to mostly common Chinese, else UTF-8 with ``\\xNN`` for bad bytes."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_chinese(raw) or raw.decode("utf-8", "backslashreplace")


def special_kind(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is not a regular file (``"a FIFO (named pipe)"`` …), else None."""
    for test, what in _SPECIAL:
        if test(mode):
            return what
    return None if stat.S_ISREG(mode) else "not a regular file"


def open_regular(path: str | os.PathLike, max_size: int | None = MAX_FILE_SIZE):
    """Open an input file for reading in binary, refusing anything but a regular file.

    The file is opened without blocking (a FIFO with no writer would hang a plain open) and
    checked on the open descriptor, so a file swapped after a check is never read.

    Args:
        path: the file.
        max_size: largest size accepted in bytes; None: no limit (a JSON Lines archive).

    Returns:
        ``(binary file object, size in bytes)``.

    Raises:
        InputError: missing, a folder, a FIFO, device or socket, unreadable, or over ``max_size``.
    """
    name = shown(path)
    try:  # a socket cannot be opened at all, a FIFO would block: look before opening
        what = special_kind(os.stat(path).st_mode)
    except OSError:
        what = None  # open() below names the problem
    if what is not None and what != "not a regular file":
        raise InputError(f"{name}: is {what}, not a regular file; only regular files are read")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{name}: a symbolic link to nothing (or a loop of links)") from None
        raise InputError(f"{name}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, expected a text file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{name}: a symbolic link to nothing (or a loop of links)") from None
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    st = os.fstat(fd)
    what = special_kind(st.st_mode)
    if what is not None:
        os.close(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a folder, expected a text file")
        raise InputError(f"{name}: is {what}, not a regular file; only regular files are read")
    if max_size is not None and st.st_size > max_size:
        os.close(fd)
        raise InputError(f"{name}: {st.st_size:,} bytes, over the limit of {max_size:,} bytes per file "
                         f"(raise it with --max-file-size)")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb"), st.st_size


def read_regular(path: str | os.PathLike, what: str = "", max_size: int | None = MAX_FILE_SIZE) -> bytes:
    """The bytes of a small file the user names (a query, decisions, gold annotations), read whole
    through :func:`open_regular`, so a FIFO or a device never blocks or fills memory.

    Args:
        path: the file.
        what: the file's role for the message (``"decisions"``: ``x.txt: cannot read decisions (…)``).
        max_size: largest size accepted in bytes; None: no limit.

    Returns:
        The file's bytes.

    Raises:
        InputError: missing, a folder, a FIFO, device or socket, unreadable or over ``max_size``;
            one line naming the file (and ``what``).
    """
    name = shown(path)
    try:
        fh, _ = open_regular(path, max_size)
        with fh:
            return fh.read()
    except (InputError, OSError) as exc:
        why = str(exc).removeprefix(f"{name}: ") if isinstance(exc, InputError) else (exc.strerror or str(exc))
        raise InputError(f"{name}: cannot read {what} ({why})" if what else f"{name}: {why}") from None


def read_text(path: str | os.PathLike, max_size: int = MAX_FILE_SIZE) -> str:
    """Read one input file as text.

    Only a regular file is read (a FIFO, device or socket is refused, never opened for a
    blocking read), and at most ``max_size`` bytes, decoded by :func:`decode_text`: UTF-32 or
    UTF-16 when the file starts with its byte-order mark, else UTF-8 (with or without BOM),
    else the Chinese legacy encodings (:func:`decode_chinese`). Line ends are kept as in the file.

    Args:
        path: the file to read.
        max_size: the largest file accepted, in bytes (:data:`MAX_FILE_SIZE`).

    Returns:
        The decoded text (``str``); offsets in it are the "input file" offsets.

    Raises:
        InputError: the file is missing, a folder, a special file, larger than ``max_size``,
            empty, a PDF, Word or zip file (:func:`office_document`: named so, with how to make a
            text of it), binary (NUL bytes), or neither UTF-8 nor a Chinese encoding; the message
            names the file (:func:`shown`).
    """
    p = shown(path)
    fh, _ = open_regular(path, max_size)
    try:
        with fh:
            data = fh.read(max_size + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_size:  # the file grew while we read it
        raise InputError(f"{p}: over the limit of {max_size:,} bytes per file (raise it with --max-file-size)")
    if not data.strip():
        raise InputError(empty_file_message(path))
    document = office_document(data)
    if document is not None:  # report.pdf or a .docx renamed .txt: say what it is, and what to do
        how = _SAVE_AS[document]
        raise InputError(f"{p}: is {document}, not a text; {how}" if how is SAVE_WORKBOOK else
                         f"{p}: is {document}, not a text; save it as a .txt (UTF-8) first ({how})")
    if bom_codec(data) is None and b"\x00" in data:
        raise InputError(f"{p}: looks like a binary file (NUL bytes), expected Chinese text")
    text = decode_text(data, p)
    if not text.translate(_BLANK_MARKS).strip():  # a byte-order mark, full-width spaces, line ends alone
        raise InputError(empty_file_message(path))
    if not _CJK.search(text):
        raise InputError(f"{p}: holds no Chinese text")
    return text


#: What an empty input file is said to be (:func:`empty_file_message`).
EMPTY_FILE = "the file is empty"
#: Characters a file that holds nothing else is empty of, besides white space (``str.strip``):
#: a byte-order mark (a second one, or UTF-8's after a UTF-16 one) and zero-width spaces.
_BLANK_MARKS = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))


def empty_file_message(path: str | os.PathLike) -> str:
    """The message of :func:`read_text` for an empty file, or one of white space alone
    (``"news/a.txt: the file is empty"``): ``kg build`` tells an empty crawler file from a
    file that cannot be read by it (:func:`kg.pipeline.is_empty_input`), and skips it."""
    return f"{shown(path)}: {EMPTY_FILE}"


#: The first bytes of documents often given in place of a text: a PDF, a zip archive (a Word
#: ``.docx``, which holds a ``word/`` folder, or another), an old Office file (OLE2: ``.doc``).
_DOCUMENT_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive"),
                   (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word (.doc) or other Office document"))
#: How to make a text of each (:data:`_DOCUMENT_MAGIC`).
_SAVE_AS = {"a PDF document": "pdftotext -enc UTF-8 FILE.pdf FILE.txt",
            "a Word (.docx) document": "in Word: 另存为 纯文本 (.txt), encoding UTF-8",
            "a Word (.doc) or other Office document": "in Word: 另存为 纯文本 (.txt), encoding UTF-8",
            "a zip archive": "unpack it and give the texts inside",
            "an Excel (.xlsx) workbook": SAVE_WORKBOOK}


def office_document(data: bytes) -> str | None:
    """What kind of document the bytes ``data`` (a file's start, or all of it) are when they are
    no text but a PDF, a Word document or a zip archive (by their first bytes,
    :data:`_DOCUMENT_MAGIC`), as a message names it (``"a PDF document"``); None otherwise."""
    for magic, kind in _DOCUMENT_MAGIC:
        if data.startswith(magic):
            if kind == "a zip archive" and b"word/" in data[:1 << 16]:
                return "a Word (.docx) document"
            return "an Excel (.xlsx) workbook" if kind == "a zip archive" and b"xl/" in data[:1 << 16] else kind
    return None


def bom_codec(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``data`` names: ``"utf-32"`` (``FF FE 00 00``,
    ``00 00 FE FF``; checked first, as the little-endian mark starts with UTF-16's), ``"utf-16"``
    (``FF FE``, ``FE FF``), or None (no such mark; a UTF-8 BOM is left to UTF-8's decoding)."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return None


def decode_text(data: bytes, name: str) -> str:
    """The text of a file the user gives (an article, gold annotations, decisions), as every such
    file is decoded: UTF-32 or UTF-16 when it starts with its byte-order mark (the mark dropped;
    Windows Notepad's "Unicode" is UTF-16), else strict UTF-8 (a BOM dropped), else a Chinese
    legacy encoding (GB18030, which covers GBK and GB 2312, or Big5: :func:`decode_chinese`).
    Offsets into the result count characters, whatever the encoding.

    Args:
        data: the file's bytes.
        name: the file as messages name it (:func:`shown`).

    Returns:
        The decoded text (``str``).

    Raises:
        InputError: a byte-order mark whose encoding the bytes are not (or that gives mostly rare
            characters, fewer than :data:`COMMON_SHARE` common Chinese among the non-ASCII), or bytes
            that are neither UTF-8 nor a Chinese encoding; one line naming the file.
    """
    codec = bom_codec(data)
    if codec is not None:
        label = codec.upper()
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts with a {label} byte-order mark but is not valid {label}") from None
        wide = [c for c in text if ord(c) > 0x7F and not c.isspace() and c != "\ufeff"]
        if wide and sum(map(_common, wide)) / len(wide) < COMMON_SHARE:
            raise InputError(f"{name}: starts with a {label} byte-order mark but does not read as Chinese text in {label}")
        return text  # (a mark before bytes of another kind reads as rare characters: no text in that encoding)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = decode_chinese(data)
        if text is None:
            raise InputError(
                f"{name}: not valid UTF-8 (bad byte at offset {exc.start}) and no Chinese encoding detected"
            ) from None
        return text


#: Legacy encodings tried, in this order, on a file that is not UTF-8.
CHINESE_CODECS = ("gb18030", "big5hkscs")
#: Share of the non-ASCII characters of a decoding that must be common Chinese for it to count.
COMMON_SHARE = 0.6


@lru_cache(maxsize=None)
def _common(ch: str) -> bool:
    """Is ``ch`` a common Chinese character or mark: GB 2312 (levels 1 and 2, punctuation) or Big5 level 1?"""
    try:
        b = ch.encode("gb2312")
        if len(b) == 2 and (0xA1 <= b[0] <= 0xA9 or 0xB0 <= b[0] <= 0xF7):
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return len(b) == 2 and (0xA140 <= int.from_bytes(b, "big") <= 0xC67E)
    except UnicodeEncodeError:
        return False


def decode_chinese(data: bytes) -> str | None:
    """Decode bytes that are not UTF-8 with a Chinese legacy encoding, judged by the result.

    Each codec of :data:`CHINESE_CODECS` decodes strictly; a decoding counts when at least
    :data:`COMMON_SHARE` of its non-ASCII characters are common Chinese (:func:`_common`),
    and the one with the largest share wins (GB18030 on a tie). Short texts (a one-line GBK
    headline) are decoded as reliably as long ones: nothing is guessed from byte statistics.

    Args:
        data: the file's bytes.

    Returns:
        The text, or None when no codec gives mostly common Chinese.
    """
    best, best_share = None, 0.0
    for codec in CHINESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        if not wide:
            continue
        share = sum(map(_common, wide)) / len(wide)
        if share >= COMMON_SHARE and share > best_share:
            best, best_share = text, share
    return best


def missing_path(path: Path) -> str:
    """The one line naming an input path that does not exist (``path.exists()`` is False): a
    symbolic link to nothing, or no such file or folder."""
    if path.is_symlink():
        return f"{shown(path)}: a symbolic link to nothing (or a loop of links)"
    return f"{shown(path)}: no such file or folder"


def iter_input_files(inputs: list[str | os.PathLike], suffixes: tuple[str, ...] = TEXT_SUFFIXES,
                     ignored: list[tuple[str, str]] | None = None,
                     skip: tuple[str | os.PathLike, ...] = (),
                     unreadable: dict[Path, str] | None = None,
                     names: dict[Path, str] | None = None) -> list[Path]:
    """Expand inputs (files and folders) into a sorted list of text files.

    Args:
        inputs: file or folder paths. A folder contributes its ``*.txt``/``*.text``/``*.md``
            files (or those ending in one of ``suffixes``), at any depth, in sorted order;
            links to folders are followed, each folder read once (no loop); hidden files and
            folders in it (``._page.txt``, ``.git``) are not read. A file given by name is,
            whatever its name.
        suffixes: lower-case file suffixes read from folders.
        ignored: when given, gets ``(file, reason)`` for each file with such a suffix inside a
            folder that is not a regular file (a FIFO, device, socket, dangling link): those
            are skipped, not read. A special file given by name is refused when read.
        skip: folders and files not read when met inside an input folder (the build's own
            output folder and store: ``kg build .`` must not read its ``out/errors.jsonl`` back
            in; its ``--decisions`` file); each met is added to ``ignored``. So are, whatever
            the build, Tupu's own outputs met there (:func:`tupu_output`: a page of the graph
            view, an ``errors.jsonl`` report) and store folders (with a ``tupu-store.json``):
            ``kg build . -o out2`` after ``kg build . -o out`` does not read ``out/``'s files
            as articles. A file given by name is read as given, whatever it is.
        unreadable: when given, a subfolder of an input folder that cannot be listed is not an
            error: it is returned among the files, in sorted order, and gets its one-line
            message here (``{folder: "c2/b: cannot read folder (Permission denied)"}``), so the
            build lets it fail alone, as an unreadable file does. A folder given as input that
            cannot be listed is an error all the same.
        names: when given, gets each file found in a subfolder of an input folder with its
            path relative to that input folder, ``/``-separated (``hunan/changsha.txt`` for
            ``news/hunan/changsha.txt`` of the input ``news``; ``kg:sourceFile``); a file given
            by name or found directly in an input folder is not added (its name is its base name).

    Returns:
        The files, in the order given (folders expanded in sorted order), without duplicates.

    Raises:
        InputError: a path is missing, a folder cannot be listed (with ``unreadable``: a
            folder given as input), or holds no text file: an :class:`~kg.errors.InputProblems`
            naming every such input, one line each, once all are looked at.
    """
    files: list[Path] = []
    problems: list[str] = []  # every input given that cannot be read, one line each (not the first alone)
    for item in inputs:
        p = Path(item)
        if not p.exists():
            problems.append(missing_path(p))
            continue
        if p.is_dir():
            try:
                found = _walk(p, suffixes, ignored if ignored is not None else [], _path_keys(skip), unreadable)
            except InputError as exc:  # (a folder given that cannot be listed)
                problems.append(str(exc))
                continue
            if not found:
                problems.append(f"{shown(p)}: the folder holds no text files ({', '.join(suffixes)})")
                continue
            files.extend(found)
            if names is not None:
                for f in found:
                    rel = f.relative_to(p).as_posix() if f.is_relative_to(p) else f.name
                    if rel != f.name:
                        names.setdefault(f, rel)
        else:
            files.append(p)
    if problems:  # (one line for a folder given twice: 甲 ./甲 甲/)
        raise InputProblems(list(dict.fromkeys(problems)))
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]


#: How a page Tupu writes (``graph.html`` of ``kg build``, ``kg view -o g.html``: the template
#: ``kg/assets/view.html``) names its maker, in its first lines.
_TUPU_PAGE = re.compile(rb'<meta\s+name="generator"\s+content="Tupu[\s"]')
#: The start of a row of ``errors.jsonl`` (:func:`kg.pipeline.errors_jsonl`: keys sorted, so
#: ``article`` first), and its keys, no others.
_ERRORS_ROW = b'{"article": '
_ERRORS_KEYS = {"article", "error", "input"}
#: The manifest that makes a folder a store (:data:`kg.store.MANIFEST`).
_STORE_MANIFEST = "tupu-store.json"


def tupu_output(path: str | os.PathLike) -> str | None:
    """Why a file met in an input folder is one of Tupu's own outputs and no input, recognised
    by its content whatever its name: a page of the graph view (``graph.html`` of an earlier
    ``kg build``, ``kg view -o g.html``: its ``generator`` mark in the first 4 KB), or a build's
    ``errors.jsonl`` report (its first line a JSON object of exactly ``article``, ``error``,
    ``input``). None for anything else, a file that cannot be read included (reading it then
    names the problem).

    Args:
        path: a regular file of suffix ``.html``, ``.htm`` or ``.jsonl`` (others are not looked at).

    Returns:
        The reason, for ``warning: <file>: skipped, <reason>``, or None.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in (".html", ".htm", ".jsonl"):
        return None
    try:
        fh, _ = open_regular(path, None)
        with fh:
            if suffix != ".jsonl":
                return "a page of Tupu's graph view (kg build, kg view), not an article" \
                    if _TUPU_PAGE.search(fh.read(4096)) else None
            head = fh.read(len(_ERRORS_ROW))
            if head != _ERRORS_ROW:  # (an archive of articles: one read of 12 bytes)
                return None
            row = json.loads((head + fh.readline(1 << 20)).decode("utf-8"))
    except (InputError, OSError, ValueError):
        return None
    if isinstance(row, dict) and row.keys() == _ERRORS_KEYS:
        return "the errors.jsonl report of a kg build (its failed inputs), not articles"
    return None


def _path_keys(folders: tuple[str | os.PathLike, ...]) -> frozenset[tuple[int, int]]:
    """(device, inode) of each existing folder or file of ``folders``."""
    keys = set()
    for f in folders:
        try:
            st = os.stat(f)
        except OSError:
            continue
        keys.add((st.st_dev, st.st_ino))
    return frozenset(keys)


def _walk(folder: Path, suffixes: tuple[str, ...], ignored: list[tuple[str, str]],
          skip: frozenset[tuple[int, int]] = frozenset(), unreadable: dict[Path, str] | None = None) -> list[Path]:
    """Regular text files below ``folder``, sorted; without recursion (any depth) and reading
    each folder once (links to folders are followed, loops of links end). An unreadable
    subfolder is an error, not a skip (with ``unreadable``: listed among the files and its
    message put there, see :func:`iter_input_files`); special files, and regular files of
    other suffixes, are added to ``ignored``, and so are the subfolders and files of ``skip``
    ((device, inode) keys), Tupu's own outputs (:func:`tupu_output`) and store folders, not
    read. Hidden files and folders below ``folder`` (a name starting with ``.``: macOS's
    ``._page.txt`` beside each ``page.txt`` of a share, ``.git``, an editor's ``.page.txt.swp``)
    are passed over without a word, as ``ls`` does, but for a store (``OUT/.kg-store``), named as
    any store is; ``folder`` itself is read whatever its name."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        d = stack.pop()
        try:
            st = d.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            if key in skip and d != folder:
                ignored.append((shown(d), "the output folder of this build, not read"))
                continue
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            message = f"{shown(d)}: cannot read folder ({exc.strerror or exc})"
            if unreadable is None or d == folder:
                raise InputError(message) from None
            unreadable[d] = message  # fails alone, as an unreadable file there does
            found.append(d)
            continue
        subdirs = []
        for e in entries:
            path = Path(e.path)
            hidden = e.name.startswith(".")  # ._page.txt (AppleDouble), .git, .page.txt.swp: nobody's article
            try:
                if e.is_dir():
                    if os.path.isfile(path / _STORE_MANIFEST):  # an earlier build's store (OUT/.kg-store)
                        ignored.append((shown(path), "a Tupu store (kg build --store, --append), not read"))
                    elif not hidden:
                        subdirs.append(path)
                    continue
                if hidden:
                    continue
                if path.suffix.lower() not in suffixes:
                    if e.is_file() and path.suffix.lower() in WORKBOOK_SUFFIXES:  # 名单.xlsx: say how to read it
                        ignored.append((shown(path), f"a spreadsheet workbook, not read; {SAVE_WORKBOOK}"))
                    elif e.is_file():  # report.pdf beside the texts: said, not read
                        ignored.append((shown(path), f"not a {', '.join(suffixes)} file"))
                    continue
                if e.is_file():
                    if skip and (e.stat().st_dev, e.stat().st_ino) in skip:  # (DirEntry caches its stat)
                        ignored.append((shown(path), "a file this build reads as an option (--decisions), "
                                                     "not an article"))
                        continue
                    why = tupu_output(path)  # out/graph.html, out/errors.jsonl of an earlier build
                    if why is not None:
                        ignored.append((shown(path), why))
                        continue
                    found.append(path)
                    continue
                mode = os.stat(path).st_mode
                ignored.append((shown(path), f"is {special_kind(mode)}, not a regular file"))
            except OSError:
                ignored.append((shown(path), "a symbolic link to nothing (or a loop of links)"))
        stack.extend(reversed(subdirs))
    return sorted(found)


# ----------------------------------------------------------------------------- cleaning
#: Block-level HTML elements: their tags end a paragraph (become a line break).
_BLOCK_TAGS = frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer title "
                        "blockquote pre hr dd dt dl figure figcaption body html head".split())
#: Tags of a table's cells: the end of one is a tab, so a row reads as a tab-separated row (甲<TAB>某所所长).
_CELL_TAGS = frozenset(("td", "th"))
#: Invisible characters removed before analysis: C0/C1 controls (not tab and line ends),
#: soft hyphen, zero-width characters, bidi controls, BOM, lone surrogates.
_INVISIBLE = r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e" \
             r"\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff]"
_CLEAN = re.compile(
    r"(?P<com><!--)|(?P<drop><(?P<raw>script|style|nav)\b[^>]*>.*?</(?P=raw)\s*>|<![A-Za-z][^<>]*>|<\?[^<>]*\?>"
    r"|<!\[CDATA\[|\]\]>"
    r"|\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]{0,15}(?:[:_-][A-Za-z0-9]{1,15}){0,3})"
    r"(?:\s(?:[^<>\"']|\"[^\"]{0,300}\"|'[^']{0,300}'){0,1000}|\s[^<>]{0,1000})?/?>)"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<nl>[\x0b\x0c\x85\u2028\u2029])"
    r"|" + _INVISIBLE, re.S)
_INVISIBLE_RE = re.compile(_INVISIBLE)
#: :data:`_CLEAN` for a web page with an ``<h1>``: its ``<title>`` (the headline again, with the
#: site's name: 某某案_法治日报) goes with its content, so the ``<h1>`` is the headline.
_CLEAN_PAGE = re.compile(_CLEAN.pattern.replace("script|style|nav", "script|style|nav|title", 1), re.S)
_H1 = re.compile(r"<h1[\s>]", re.I)
#: Markdown's own marks in a ``.md`` file (CommonMark): a heading's #s, a quote's >, a list item's
#: bullet at a line's start; ** and __ of emphasis; a link or image keeps its text, drops its URL.
#: A table's rule line (``|---|---|``) and its rows (``| 甲 | 某局民警 |``).
_MD_RULE = r"(?P<rule>^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$)"
_MD_TABLE = _MD_RULE + r"|(?P<row>^[ \t]*\|[^\n]*\|[ \t]*$)"
_MARKDOWN = re.compile(_MD_TABLE + r"|(?P<md>^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)|\*\*|__|!?\[(?=[^\]\n]*\]\([^)\n]*\)))"
                       r"|(?P<url>\]\([^)\n]*\))", re.M)
#: A Markdown table row's cell separator (``| 甲 | 某局民警 |``): its cells become a tab-separated row.
_CELL_EDGE = re.compile(r"[ \t]*\|[ \t]*")
#: What :func:`clean_text` removes from a Markdown file: markup and invisible characters as in any
#: text, and Markdown's marks.
_CLEAN_MD = re.compile(_CLEAN.pattern + "|" + _MARKDOWN.pattern, re.S | re.M)
#: A Markdown table's rule line (``|---|---|``): a plain text pasted from a page or a chat with one
#: holds a table whose rows become tab-separated rows, as in a ``.md`` file (nothing else of
#: Markdown is read in a plain text: ``**`` or ``#`` may be the text's own).
_TABLE_RULE = re.compile(_MD_RULE, re.M)
_CLEAN_TABLE = re.compile(_CLEAN.pattern + "|" + _MD_TABLE, re.S | re.M)


#: The opening of an HTML document (``<!DOCTYPE html>``, ``<html>``), after any blank or BOM.
_HTML_DOC = re.compile(r"\A[\s\ufeff]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
#: A raw run of white space holding a line break in an HTML document's text.
_HTML_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t\r\n]*")
#: Elements whose line breaks a browser shows as written.
_PRE = re.compile(r"<(pre|textarea|listing|plaintext)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.I | re.S)
#: Characters a browser joins across a line break of the source with no space (CSS Text 3,
#: segment break transformation: East Asian wide characters: Han, kana, CJK punctuation, full-width forms).
_WIDE = re.compile(f"[{HAN}\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\uff00-\uff60\uffe0-\uffe6]")


def is_html(text: str, source: str = "") -> bool:
    """Is ``text`` an HTML document, read as a browser shows it (:func:`clean_text`, ``page=True``)?

    Args:
        text: the decoded input (its start is enough: ``<!DOCTYPE html>`` or ``<html>`` opens it,
            after blanks, a BOM or comments).
        source: the file's name: ``.html`` and ``.htm`` files are HTML whatever their start.

    Returns:
        The decision (``bool``). A plain text with tags in it (a page pasted with some ``<p>``) is
        not: its line breaks stay line breaks.
    """
    return source.lower().endswith((".html", ".htm")) or _HTML_DOC.match(text[:4096]) is not None


def _html_breaks(text: str, out: str, origin: list[int]) -> tuple[str, list[int]]:
    """``out`` (cleaned from the HTML document ``text``, ``origin`` its offsets) with the source's
    own line breaks read as a browser does: a run of white space holding one is no line break
    (only block tags end a line); it is dropped between two wide characters (青川县公安局⏎刑侦大队
    → 青川县公安局刑侦大队) and at a line's edge, else one space. Line breaks inside ``<pre>`` stay."""
    kept = [(m.start(), m.end()) for m in _PRE.finditer(text)]
    parts: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _HTML_BREAK.finditer(out):
        a, b = m.start(), m.end()
        raw = [origin[k] for k in range(a, b)]
        if any(text[o] not in " \t\r\n" for o in raw) or any(x <= raw[0] < y for x, y in kept):
            continue  # (a break made by a tag, an entity or inside <pre>: kept)
        parts.append(out[pos:a])
        offs.extend(origin[pos:a])
        before, after = out[a - 1:a], out[b:b + 1]
        if before and after and before != "\n" and after != "\n" and not (_WIDE.match(before) and _WIDE.match(after)):
            parts.append(" ")
            offs.append(origin[a])
        pos = b
    parts.append(out[pos:])
    offs.extend(origin[pos:])
    return "".join(parts), offs


def clean_text(text: str, markdown: bool = False, page: bool = False) -> tuple[str, list[int] | None]:
    """Remove what must not reach analysis, remembering where each kept character came from.

    Removed: markup (HTML/XML tags, comments — one never closed ends at its line —,
    ``<script>``/``<style>`` with their content, ``CDATA`` markers but not their text;
    block tags such as ``<p>``, ``<br>``, ``<div>`` become a line break), terminal escape
    sequences, control characters (tab and line ends stay), zero-width and bidi control
    characters, the BOM and lone surrogates. Character references (``&amp;``, ``&#x4e2d;``)
    become their character; vertical tab, form feed and Unicode line/paragraph separators
    become ``\n``.

    Args:
        text: a decoded input text (any ``str``, even with lone surrogates).
        markdown: the text is Markdown (a ``.md`` file): its marks go too (``_MARKDOWN``: ``# ``
            of a heading, ``**`` of emphasis, a link's URL…), so ``# 标题`` is the headline 标题 and
            ``**本报记者 某某**`` a byline. A plain text with a Markdown table (a ``|---|---|`` rule
            line) has its table rows read as in Markdown, and nothing else.
        page: the text is an HTML document (:func:`is_html`): its own line breaks are white space,
            as a browser reads them (``_html_breaks``): only block tags end a line.

    Returns:
        ``(clean, origin)``: the cleaned text and, for each of its characters, the offset in
        ``text`` it came from (a character reference or a line break made from a tag points
        at its first character); ``origin`` is None when nothing was changed (``clean is text``).
    """
    if page:
        framed = _blank_chrome(text)
        out, origin = clean_text(framed, markdown)
        out, origin = _html_breaks(framed, out, origin if origin is not None else list(range(len(text))))
        return (text, None) if out == text else (out, origin)
    tables = not markdown and "|" in text and _TABLE_RULE.search(text) is not None and not _H1.search(text)
    pattern = _CLEAN_MD if markdown else _CLEAN_TABLE if tables else _CLEAN_PAGE if _H1.search(text) else _CLEAN
    if not pattern.search(text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    closer = _CommentEnds(text)
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        out.append(text[pos:start])
        origin.extend(range(pos, start))
        end = m.end()
        if m.group("com"):
            end = closer.after(end)
            rep = ""
        elif m.group("tag"):
            name = m.group("name").lower()
            rep = "\n" if name in _BLOCK_TAGS else "\t" if name in _CELL_TAGS and m.group().startswith("</") else ""
        elif m.group("ent"):
            rep = _INVISIBLE_RE.sub("", html.unescape(m.group()))
        elif m.group("nl"):
            rep = "\n"
        elif (markdown or tables) and m.group("row"):  # | 甲 | 某局民警 | → 甲<TAB>某局民警, each character where it was
            row, row_origin = _table_row(m.group(), start)
            out.append(row)
            origin.extend(row_origin)
            pos = end
            continue
        else:
            rep = ""
        out.append(rep)
        origin.extend([start] * len(rep))
        pos = end
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(out), origin


#: The opening tag of an element that may frame a page's article: HTML5's <footer> and <aside>, or a
#: block whose class or id holds a word of ``rules.PAGE_CHROME_WORDS``.
_FRAME_OPEN = re.compile(r"<(?:(?P<sem>footer|aside)|(?P<blk>div|section|ul|ol|p|table))\b(?P<attrs>[^<>]{0,1000})>", re.I)
_FRAME_NAMES = re.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]{0,300})"|'([^']{0,300})')""", re.I)


def _blank_chrome(text: str) -> str:
    """``text``, an HTML document, with the elements framing its article (``_FRAME_OPEN``: the share
    links, related items, footer and sidebar; each to its matching end tag, nested ones of its name
    counted) made blank: ``<br>`` (a line's end) then spaces, the same length, so every offset of
    the rest stays. An element never closed stays (where it ends is unknown)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _FRAME_OPEN.finditer(text):
        if m.start() < pos:
            continue
        name = (m.group("sem") or m.group("blk")).lower()
        if m.group("blk"):
            named = " ".join(a or b for a, b in _FRAME_NAMES.findall(m.group("attrs"))).lower()
            if not rules.PAGE_CHROME_WORDS & set(re.split(r"[^a-z]+", named)):
                continue
        depth, end = 1, None
        for t in re.finditer(rf"<(/?){name}\b[^<>]{{0,1000}}>", text[m.end():], re.I):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                end = m.end() + t.end()
                break
        if end is not None:
            spans.append((m.start(), end))
            pos = end
    if not spans:
        return text
    parts, pos = [], 0
    for a, b in spans:
        parts += [text[pos:a], "<br>", " " * (b - a - 4)]
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _table_row(row: str, start: int) -> tuple[str, list[int]]:
    """A Markdown table row (``| 甲 | 某局民警 | 个人一等功 |`` at offset ``start``) as its cells
    joined by tabs, as a tab-separated table is written, and each kept character's offset."""
    seps = list(_CELL_EDGE.finditer(row))
    out, origin = [], []
    for k, (a, b) in enumerate(zip(seps, seps[1:])):
        if k:
            out.append("\t")
            origin.append(start + a.start())
        out.append(row[a.end():b.start()])
        origin.extend(range(start + a.end(), start + b.start()))
    return "".join(out), origin


def is_table(source: str) -> bool:
    """Is the file named ``source`` a table (``.csv``, ``.tsv``: :data:`TABLE_SUFFIXES`), read by :func:`table_text`?"""
    return source.lower().endswith(TABLE_SUFFIXES)


#: Header cells that make a table an archive of articles (a scraper's export: id, title, text),
#: not a table of facts: its rows are articles, which JSON Lines carries.
_ARTICLE_COLUMNS = frozenset(("text", "content", "body", "正文", "内容", "全文"))


class _Misaligned(Exception):
    """A cell's value as the csv module read it is not where :func:`_cell_origin` looks for it."""


def _cell_origin(text: str, pos: int, value: str) -> tuple[list[int], int]:
    """The offset in ``text`` of each character of a cell ``value`` that starts at ``pos``
    (quoted or not; ``""`` inside quotes is one ``"``), and the offset after the cell.

    Raises:
        _Misaligned: the cell as written is not ``value`` (the caller then keeps the row's offset)."""
    offs = []
    if text.startswith('"', pos):
        pos += 1
        for c in value:
            if c == '"' and text.startswith('""', pos):
                offs.append(pos)
                pos += 2
            elif text.startswith(c, pos):
                offs.append(pos)
                pos += 1
            else:
                raise _Misaligned
        if not text.startswith('"', pos):
            raise _Misaligned
        return offs, pos + 1
    if not text.startswith(value, pos):
        raise _Misaligned
    return list(range(pos, pos + len(value))), pos + len(value)


def table_text(text: str, source: str, where: str = "") -> tuple[str, list[int]]:
    """A table (a ``.csv``, or a ``.tsv``, decoded) as the text of one article: a title line, then
    each row a line of its cells joined by tabs, as a tab-separated table of a ``.txt`` is written,
    so the extractors read it as they read such a table (the header row 姓名<TAB>单位<TAB>职务<TAB>荣誉
    is a line too, then 某某<TAB>某局某所<TAB>所长<TAB>个人二等功 gives the person, unit, post, honour).

    Cells are read by Python's :mod:`csv` module (comma- or tab-separated by the suffix, quotes
    as Excel writes them: ``"a,b"``, ``""`` for ``"``); a line break inside a quoted cell becomes a
    space; empty rows are dropped, and so are a row's empty cells at its end (Excel pads every
    row to the widest). The title is the first row when it holds one cell alone (a heading
    Excel writes above the header, ``2025年度受表彰人员名单,,,``), else the file's stem.

    Args:
        text: the file's text as read (:func:`read_text`: a BOM and the encoding dealt with).
        source: the file's name (for its suffix and its stem).
        where: the file as messages name it (:func:`shown` of its path); default ``source``.

    Returns:
        ``(table, origin)``: the text and, for each of its characters, the offset in ``text`` it
        came from (a tab or line end: the cell or row it follows; a title from the file's stem:
        offset 0). Deterministic.

    Raises:
        InputError: the file is no valid table (a quote never closed, a NUL byte), or its header
            names a column of article texts (``text``, ``正文``: a scraper's export of articles,
            given as JSON Lines instead); one line naming the file (and the line of the fault).
    """
    import io

    delimiter = "\t" if source.lower().endswith(".tsv") else ","
    where = where or source
    start = 1 if text.startswith("\ufeff") else 0
    reader = csv.reader(io.StringIO(text[start:], newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    read = 0  # lines of the rows read so far: a bad row starts on the next
    try:
        for row in reader:
            rows.append(row)
            read = reader.line_num
    except csv.Error as exc:  # a quote never closed, a NUL
        kind = "TSV" if delimiter != "," else "CSV"
        why = "a quote opened there is never closed" if "end of data" in str(exc) else str(exc)
        raise InputError(f"{where}: not a valid {kind} table (line {read + 1}: {why})") from None
    lines: list[tuple[list[str], list[list[int]]]] = []
    pos = start
    for row in rows:
        cells, offs = list(row), []
        row_start = pos
        try:
            for k, value in enumerate(row):
                if k:
                    if not text.startswith(delimiter, pos):
                        raise _Misaligned
                    pos += 1
                cell_offs, pos = _cell_origin(text, pos, value)
                offs.append(cell_offs)
        except _Misaligned:  # (not met with the csv module's own dialect; kept safe all the same)
            offs = [[row_start] * len(v) for v in row]
        nl = text.find("\n", pos)
        pos = len(text) if nl < 0 else nl + 1
        while cells and not cells[-1].strip():
            cells.pop()
            offs.pop()
        if cells:
            lines.append(([re.sub(r"[\r\n]", " ", c) for c in cells], offs))
    articles = [c for c in lines[0][0] if c.strip().lower() in _ARTICLE_COLUMNS] if lines else []
    if articles:
        raise InputError(f"{where}: is a table of articles (a column {articles[0]}), not a table of facts; give "
                         "the articles as JSON Lines (.jsonl, one object with id and text a line) or as text files")
    out: list[str] = []
    origin: list[int] = []
    if lines and len(lines[0][0]) == 1 and any(len(cells) > 1 for cells, _ in lines[1:]):  # a title above
        (title,), (title_offs,) = lines[0]  # the header: 2025年度受表彰人员名单,,,
        lines = lines[1:]
    else:
        title, title_offs = Path(source).stem, [0] * len(Path(source).stem)
    out.append(title)
    origin.extend(title_offs)
    for cells, offs in lines:
        out.append("\n")
        origin.append(origin[-1] if origin else 0)
        for k, (cell, cell_offs) in enumerate(zip(cells, offs)):
            if k:
                out.append("\t")
                origin.append(origin[-1])
            out.append(cell)
            origin.extend(cell_offs)
    return "".join(out), origin


class _CommentEnds:
    """Where an HTML comment opened at some offset of ``text`` ends: after the first ``-->``
    that follows, or, when none follows anywhere, at the end of its line (a comment left open
    by a cut-off page hides the rest of its line, never the rest of the file). Each search
    starts where the last one ended, so a text of many ``<!--`` costs one pass."""

    def __init__(self, text: str):
        self.text = text
        self.searched = -1  # the offset the last search started from
        self.found = -1  # the "-->" it found (-1: none after ``searched``)

    def after(self, opened: int) -> int:
        """The offset just past the comment whose ``<!--`` ends at ``opened``."""
        if not (self.found >= opened or (self.found < 0 <= self.searched <= opened)):
            self.searched, self.found = opened, self.text.find("-->", opened)
        if self.found >= opened:
            return self.found + 3
        m = _LINE_END.search(self.text, opened)
        return m.start() if m else len(self.text)


_LINE_END = re.compile(r"[\r\n]")


# ----------------------------------------------------------------------------- paragraphs
def _paragraphs(text: str) -> list[_Para]:
    paras = []
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        paras.append(_Para(stripped, m.start() + lead))
    return paras


def _headline_limit(text: str) -> int:
    """Longest headline line: a subtitle or kicker marked by a dash (——记某某派出所所长某某) may
    spell a unit out from its province, so it may be longer."""
    return rules.MAX_SUBTITLE if text.startswith("——") or text.endswith("——") else rules.MAX_HEADLINE


def _is_headline(text: str) -> bool:
    if len(text) > _headline_limit(text) or "。" in text:
        return False
    bare = re.sub(r"[（(][^（）()，。]{1,6}[，,、][^（）()。]{1,40}[）)]", "", text)  # 某某（女，瑶族）: a note
    # (某某（畲族，某市公安局某派出所民警）: a note, then the unit and post of a row of a 名单)
    bare = re.sub(r"(?<=\d)[,，](?=\d{3})", "", bare)  # 1,286起: a thousands separator, no clause
    commas = bare.count("，") + bare.count(",")
    if commas >= 2 or (commas and len(text) > 24):
        return False  # a clause list: body text cut by the layout, not a headline
    if text[-1] in "。！？!?；;：:，,、" and not text.endswith("——"):
        return text[-1] in "！？!?" and len(text) <= 30 and "，" not in text[:-1]
    return True


def _title_like(text: str) -> bool:
    """Could ``text`` be a headline line, commas allowed (no full stop, no longer than
    :func:`_headline_limit`, not cut after a comma)?"""
    return len(text) <= _headline_limit(text) and "。" not in text and (text[-1] not in "，,、：:；;" or text.endswith("——"))


def _classify(p: _Para) -> str:
    """The kind of one paragraph on its own (see :func:`_refine` for the kinds read in context).

    Order matters: a timestamp is never a headline, a photo credit (``本报记者 王小明摄``) is never
    a byline, a bracketed byline (``（本报记者 王小明）``) closes an item instead of opening one,
    and page furniture (``数据来源：…``, ``图①：…``, ``…供图``) is text, never a headline.
    """
    t = p.text
    if _DATE_LINE.match(t) or _MASTHEAD.match(t) or _BREADCRUMB.match(t) or _PAGE_TOOLS.match(t):
        return "date"
    if t.rstrip("：: ") in _LEAD_LABELS:
        return "lead"
    if _staff_bylines(t, 0) is not None:
        return "staff"
    if _EDITOR_SIGN.match(t) and len(t) <= 8:
        return "sign"
    if _credit_chunk(t) is not None:
        return "credit"
    if _portal_fields(t) is not None:
        return "portal"
    if _NOTE.match(t):
        return "note"
    if len(t) <= 42 and t[0] in "（(" and t[-1] in "）)" and _byline_parts(t[1:-1], names_only=True):
        return "closing"
    if (_BYLINE_LINE.match(t) or _OUTLET_BYLINE_LINE.match(t)) and len(t) <= 40 and _byline_parts(t):
        return "byline"
    if _SUPPLIED.fullmatch(t):
        return "note"  # （某某县公安局供稿）: who supplied the item, text of it, never a headline
    if _is_headline(t) and not _DUTY_LINE.match(t):
        return "headline"
    return "body"  # (现任职务：某局副局长: a résumé's field, no headline)


def _refine(paras: list[_Para]) -> None:
    """Classify paragraphs whose kind depends on their neighbours (in place).

    - the first line of the input is its title when it reads as one, commas allowed
      (``禁毒路上，他们够拼够专业``);
    - a line between a headline and a byline (or a body paragraph opening with a dateline,
      本报某地某日电) is a subtitle, commas allowed;
    - a bare name on its line under a headline, before the body (``王  强``, ``王小明``), is a byline;
    - a headline-like line after a byline or body and right before a photo credit is a caption.
    - headline-like lines after body text are a list (名单), each line its own text, when they
      start with a numbered sub-heading (一、先进集体), follow a paragraph ending in ：or 如下, or
      are :data:`MIN_LIST_ROWS` or more.
    """
    def kind_at(k: int) -> str:
        while k < len(paras) and paras[k].kind in ("date", "sign"):
            k += 1
        return paras[k].kind if k < len(paras) else ""

    def kind_before(k: int) -> str:
        k -= 1
        while k >= 0 and paras[k].kind in ("date", "sign"):
            k -= 1
        return paras[k].kind if k >= 0 else ""

    for k, p in enumerate(paras):
        before, after = kind_before(k), kind_at(k + 1)
        if p.kind == "body" and _title_like(p.text) and (k == 0 or before == "headline" and (
                after == "byline" or after == "body" and k + 1 < len(paras)
                and _DATED_LINE.match(paras[k + 1].text.lstrip(" \t\u3000")))):
            p.kind = "headline"  # (a subtitle with a comma before 本报某地某日电（记者…）: the item's, as its byline is)
        elif p.kind == "headline" and before in ("headline", "byline") and after in ("body", "note", "byline") \
                and _bare_name(p.text):
            p.kind = "byline"
        elif p.kind == "headline" and before in ("byline", "closing", "body", "note") and after == "credit":
            p.kind = "note"
    k = 0
    while k < len(paras):  # lists inside an item: line by line text, never a new item's headlines
        j = k
        while j < len(paras) and paras[j].kind == "headline":
            j += 1
        if j > k and kind_before(k) in ("body", "note") and (
                _ORDINAL_HEAD.match(paras[k].text) or j - k >= MIN_LIST_ROWS
                or paras[k - 1].text.endswith(_LIST_OPENERS) or _table_rows(paras[k:j])):
            for p in paras[k:j]:
                p.kind = "list"
        k = max(j, k + 1)


def _table_rows(paras: list[_Para]) -> bool:
    """Are ``paras`` (two or more) the rows of one table: each of two cells or more, tab-separated
    (a Markdown or HTML table as :func:`clean_text` writes it, or a plain text's)? A headline group
    has no tabs."""
    return len(paras) >= 2 and all("\t" in p.text for p in paras)  # (a last cell left empty: one tab fewer)


#: A numbered sub-heading inside an item (一、先进集体, （二）先进个人): a list follows.
_ORDINAL_HEAD = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
#: Endings of a body paragraph that open a list (名单如下：).
_LIST_OPENERS = ("：", ":", "如下")
#: Headline-like lines in a row after body text that are a list (名单), not the headlines of a
#: new item (a headline group has at most a kicker, 引题, 主题 and 副题).
MIN_LIST_ROWS = 5


def _bare_name(text: str) -> str:
    """The person's name when ``text`` is nothing but one (``王  强``, ``王小明``, ``热依拉·阿不都``), else ``""``.

    A name starts with a surname (``kg/lexicons/surnames.tsv``) and is not a dictionary word
    (``周末``, ``高考``) unless the dictionary tags it a name; parts joined by ``·`` need no surname.
    """
    from .nlp import dictionary_freq, tokenizer, words

    if re.fullmatch(f"[{_H}]{{1,4}}(?:·[{_H}]{{1,6}})+", text):
        return text
    spaced = re.fullmatch(f"[{_H}](?:\\s+[{_H}]){{1,2}}", text)
    name = re.sub(r"\s+", "", text) if spaced else text
    if not re.fullmatch(f"[{_H}]{{2,4}}", name):
        return ""
    surnames = words("surnames")
    if not (name[0] in surnames or name[:2] in surnames) or len(name) == 4 and name[:2] not in surnames and not spaced:
        return ""
    if dictionary_freq(name) > 0 and not tokenizer().word_tag_tab.get(name, "").startswith("nr"):
        return ""
    return name


#: A row of a 名单 on its own line: a name (parts joined by ·) and its details in one bracket (某某（男，
#: 汉族，…，某局某所副所长）), nothing after.
_BRACKETED_ROW_LINE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}·)*[\u4e00-\u9fff]{2,8}[（(][^（）()]{2,80}[）)]")


#: A numbered row of a 公示 or 名单 (1. 某某，男，…; （1）某某（女），…): a row of its own, after a colon too.
_NUMBERED_ROW = re.compile(r"(?:\d{1,3}[.、．]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*[\u4e00-\u9fff·]{2,12}"
                           r"(?:[，,][男女][，,]|[（(][男女][^（）()]{0,12}[）)])")


#: A heading of a 名单 that counts its rows (全国优秀人民警察（3名）), on its own line after a colon.
_COUNTED_HEADING_LINE = re.compile(rules.COUNTED_HEADING)
#: A row of a 名单 on its own line: a name, an optional note, a comma and one clause (its units and
#: post: 柯某某，某局某大队大队长), no more punctuation.
_NAME_ROW_LINE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?:[（(][^（）()]{1,10}[）)])?[，,][^，,。；;！？!?：:]{2,60}")


@lru_cache(maxsize=1)
def _post_endings() -> tuple[str, ...]:
    """The posts and roles of ``kg/lexicons/titles.tsv`` and ``roles.tsv``, longest first."""
    from .nlp import words

    return tuple(sorted(words("titles") | words("roles"), key=len, reverse=True))


def _name_row(text: str, closing: bool = False) -> bool:
    """Is ``text`` a row ``name，units post`` of a 名单 (:data:`_NAME_ROW_LINE`, a name as
    :func:`_bare_name` reads one; with ``closing``, ending with a post or role word)?"""
    m = _NAME_ROW_LINE.fullmatch(text)
    return m is not None and bool(_bare_name(m.group("name"))) and (not closing or text.endswith(_post_endings()))


def _repair_layout(paras: list[_Para], text: str) -> list[tuple[str, list[int]]]:
    """Join body paragraphs the layout cut mid-sentence; return (text, char offsets) pairs. Rows of
    a 名单 are not joined: a line after a colon that is a bracketed or numbered row or a counted
    heading (全国优秀人民警察（3名）), and two lines
    in a row of ``name，units post`` (:func:`_name_row`), the first closing on a post."""
    out: list[tuple[str, list[int]]] = []
    pending: tuple[str, list[int]] | None = None
    for p in paras:
        offs = list(range(p.start, p.start + len(p.text)))
        if pending is not None and p.kind in ("body", "headline") \
                and not (pending[0].endswith(("：", ":")) and (_BRACKETED_ROW_LINE.fullmatch(p.text)
                                                              or _NUMBERED_ROW.match(p.text)
                                                              or _COUNTED_HEADING_LINE.fullmatch(p.text))) \
                and not (_name_row(pending[0], closing=True) and _name_row(p.text)):
            pending = (pending[0] + p.text, pending[1] + offs)  # (名单：\n某某（男，汉族，…某所所长）: a row, no cut)
        else:
            if pending is not None:
                out.append(pending)
            pending = (p.text, offs)
        cut = _cut(p)
        if not cut:
            out.append(pending)
            pending = None
    if pending is not None:
        out.append(pending)
    return out


# ----------------------------------------------------------------------------- bylines
def _byline_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words that are never names, outlet endings) from ``kg/lexicons/bylines.txt``."""
    from .nlp import tagged

    tags = tagged("bylines")
    return (frozenset(w for w, t in tags.items() if t == "notname"),
            tuple(sorted((w for w, t in tags.items() if t == "outlet"), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    """The two-character surnames of ``kg/lexicons/surnames.tsv`` (司徒, 欧阳)."""
    from .nlp import words

    return frozenset(w for w in words("surnames") if len(w) == 2)


def _names(chunk: str, split_runs: bool = False) -> list[tuple[str, int, int]] | None:
    """Names in a byline chunk: ``[(name, start, end)]`` offsets into ``chunk``, or None if the
    chunk holds something that is neither a name nor a byline word.

    Names are separated by spaces or 、; single characters are joined (``林  禾`` → 林禾, three alone
    ``柯 远 舟`` → 柯远舟); a run
    of three or more characters ending like an outlet (``江城日报``, or its dateline ``江城日报讯``) and the words of
    ``kg/lexicons/bylines.txt`` tagged ``notname`` (``整理``, ``摄``) are skipped. With
    ``split_runs``, a run of five or more characters printed without spaces (``王小明李华``) is cut
    at surnames (:func:`_split_run`); four characters are one name (苏日古嘎), and so are five
    set off by a space in a spaced byline (``本报记者  柯仁满都拉``).
    """
    not_names, outlets = _byline_words()
    if re.search(f"[^{_H}·\\s、，,：:/／|｜□■◇◆●（()）]", chunk):
        return None
    tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(f"[{_H}·]+", chunk)]
    names: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens):
        tok, s, e = tokens[i]
        if tok.endswith("摄") and len(tok) > 1 and tok not in not_names:
            tok, e = tok[:-1], e - 1  # 王小明摄: a photo credit glued to the name
        if tok in not_names or (len(tok) >= 3 and tok.endswith(outlets)) \
                or (len(tok) >= 4 and tok.endswith("讯") and tok[:-1].endswith(outlets)):
            i += 1  # (江城日报讯: the paper's dateline before its byline)
            continue
        run = 0
        while i + run < len(tokens) and len(tokens[i + run][0]) == 1 and tokens[i + run][0] not in not_names:
            run += 1
        if run == 3 and (i + 3 == len(tokens) or len(tokens[i + 3][0]) > 1 or tokens[i + 3][0] in not_names):
            names.append(("".join(t for t, _, _ in tokens[i:i + 3]), s, tokens[i + 2][2]))
            i += 3  # 柯  远  舟: a three-character name printed with a space after each character (no name
            continue  # has one character, so three alone are one name)
        if (len(tok) == 1 or tok in _compound_surnames()) and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1:
            nxt = tokens[i + 1]  # 林  禾, 司马  林: a name printed with spaces to the width of three
            names.append((tok + nxt[0], s, nxt[2]))
            i += 2
            continue
        if "·" in tok:
            names.append((tok, s, e))
        elif split_runs and (len(tok) >= 6 or len(tok) == 5 and not (s and chunk[s - 1].isspace())) \
                and _split_run(tok) and len(_split_run(tok)) > 1:  # (苏日古嘎, ␣柯仁满都拉: one name)
            names.extend((n, s + k, s + k + len(n)) for n, k in _split_run(tok))
        elif 2 <= len(tok) <= 5:
            names.append((tok, s, e))
        i += 1
    return names


def _byline_parts(chunk: str, names_only: bool = False, surnames: bool = True) -> list[tuple[str, str, int, int]] | None:
    """Read role keywords and names from a byline chunk: ``[(name, role, start, end)]``.

    Args:
        chunk: the byline text (``本报记者 王小明 通讯员 李华``, ``周明远记者郭小川实习生何雨桐``).
        names_only: also accept a chunk without any role word, when it is nothing but names
            (``周明远郭小川何雨桐``, cut at surnames); their role is ``reporter``, or ``editor``
            (a person with no relation) when the chunk ends in 供稿 (``柯远帆 供稿``).
        surnames: with ``names_only``, require each name without a role word to start with a
            surname; False where the line itself says it holds names (``佑  安摄``).

    Returns:
        The names with their roles (``reporter``/``correspondent``/``editor``) and offsets into ``chunk``,
        or None when the chunk is not a byline (no name, or text that is not a name).
    """
    chunk = _MARKS.sub(" ", chunk)  # □本报记者 甲 □本报通讯员 乙: each role's mark, no part of a name
    if (outlet := _OUTLET_BYLINE_LINE.match(chunk)) is not None:  # 某某杂志|记者  甲: the outlet, no name
        chunk = " " * outlet.end("outlet") + chunk[outlet.end("outlet"):]
    parts = _ROLE_SPLIT.split(chunk)
    has_role = len(parts) > 1
    if not has_role and not names_only:
        return None
    if has_role and (tail := _CREDIT_TAIL.search(parts[-1])):
        parts[-1] = parts[-1][:tail.start()]  # （本报通讯员甲、乙参与采写）: the names, not what they did
        if (where := _WHERE_TAIL.search(parts[-1])) and not where.group("sent") and _is_place(where.group("place")) \
                and parts[-1][:where.start()].strip():  # (本报记者 江山 报道: the name itself)
            parts[-1] = parts[-1][:where.start()]  # 本报记者 甲 北京报道: where the report was filed
    if has_role and (where := _WHERE_TAIL.search(parts[-1])) and where.group("sent"):
        parts[-1] = parts[-1][:where.start()]  # 本报记者 甲 发自杭州
    out: list[tuple[str, str, int, int]] = []
    role, pos = "reporter", 0
    if not has_role and (given := _CONTRIBUTED.search(parts[0])):  # （某某 供稿）: a contribution, no role word
        parts[0], role = parts[0][:given.start()], "editor"  # (the gold: a person, the relation optional)
    for k, part in enumerate(parts):
        if k % 2:  # a role keyword
            role = "correspondent" if "通讯员" in part else "reporter"
        elif part and k == 0 and has_role and _DATELINE.fullmatch(part.strip().rstrip("（(").strip()):
            pass  # 本报重庆4月18日电|记者 甲, 本报成都12月5日电 （|记者 甲）: the dateline opening the line, no name
        elif part:
            names = _names(part, split_runs=True)
            if names is None:
                return None
            if not has_role and surnames and not all(_split_run(n) or "·" in n for n, _, _ in names):
                return None  # a bracket of words, not of names
            if role == "editor" and not all(_bare_name(n) and not _word_start(n) for n, _, _ in names):
                return None  # （某某县公安局供稿）: a unit supplied the text, no person
            here = role
            if not has_role and role == "reporter" and _UNIT_IN_CREDIT.search(
                    "".join(" " if any(s <= i < e for _, s, e in names) else c for i, c in enumerate(part))):
                here = "correspondent"  # （某县公安局 某某）: a unit's own writer, as its 通讯员 (CONTRACT.md), no
                # staff reporter of the paper
            out.extend((n, here, pos + s, pos + e) for n, s, e in names)
        pos += len(part)
    return out or None


def _portal_fields(line: str) -> list[tuple[str, int, int]] | None:
    """A portal header line cut into fields, ``[(key, value start, value end)]``, when the line is
    nothing but fields (``来源：某某网  作者：甲 乙  发布时间：2024-07-16 09:32``), else None."""
    keys = list(_PORTAL_FIELD.finditer(line))
    lead = len(line) - len(line.lstrip())
    stamp = _STAMP.match(line, lead) if keys and keys[0].start() != lead else None
    if stamp is not None and stamp.end() != keys[0].start():
        stamp = None  # (2024-03-12 10:21　来源：…: a stamp before the first field is the page's date)
    if not keys or keys[0].start() != lead and stamp is None or _SENTENCE_END.search(line):
        return None  # (记者：不见面，怎么保证程序公正？ — an interview's question, no header)
    tools = _PAGE_TOOLS_AFTER.search(line)  # (…　【打印】【关闭】: the page's tools after the last field)
    end = tools.start() if tools is not None else len(line)
    return ([("日期", lead, stamp.end())] if stamp else []) + \
        [(_FIELD_NAMES.get(key := m.group("key") or m.group("bkey"), key), m.end(),
          keys[k + 1].start() if k + 1 < len(keys) else max(m.end(), end))
         for k, m in enumerate(keys)]


#: Kinds of units (units.tsv) whose release may name its issuer in a 来源 field (来源：某某市公安局).
_ISSUING_KINDS = frozenset({"police", "court", "procuratorate", "justice", "gov", "party", "fire", "border",
                            "prison", "rehab", "specialcourt", "customs"})


def _issuing_unit(value: str) -> str | None:
    """The unit a 来源 field's value names (``来源：桐乡市公安局``: an agency's own release), when the
    value is one run of 4–30 Han characters ending in a unit word of ``units.tsv`` of an agency's kind
    (``_ISSUING_KINDS``; not 来源：某某日报, 某某网); else None."""
    name = value.strip(" \t\u3000")
    if not re.fullmatch(f"[{HAN}]{{4,30}}", name):
        return None
    return name if any(name.endswith(w) and len(name) > len(w) + 1 for w in _issuing_words()) else None


@lru_cache(maxsize=1)
def _issuing_words() -> tuple[str, ...]:
    """The unit words of ``units.tsv`` of the kinds in ``_ISSUING_KINDS`` (read once)."""
    from .lexicon import table

    return tuple(sorted({r.word for r in table("units") if r.kind in _ISSUING_KINDS}))


def _portal_bylines(line: str, base: int) -> list[Byline]:
    """The names of a portal header's 作者/记者/通讯员 fields (:data:`_PORTAL_ROLES`) as bylines,
    and of a byline run without colons at the end of another field (``来源：某某网  2025-06-06
    20:15  记者 甲  实习生 乙``); ``base`` is the file offset of ``line``."""
    out = []
    for key, a, b in _portal_fields(line) or ():
        role = _PORTAL_ROLES.get(key)
        tail = None if role else re.search(rf"\s(?=(?:{_ROLE})\s)", line[a:b])
        if tail:  # 来源：某某网 2025-06-06 记者 甲 实习生 乙 (编辑 丙: staff, not a byline)
            staff = re.search(r"\s(?:责任编辑|编辑|审核|校对|监制|终审)(?:\s|$)", line[a + tail.end():b])
            b = a + tail.end() + staff.start() if staff else b
        if tail and (parts := _byline_parts(line[a + tail.end():b].rstrip())):
            out.extend(Byline(n, r, base + a + tail.end() + s, base + a + tail.end() + e, line) for n, r, s, e in parts)
            continue
        b = a + len(re.match(f"[\\s{_H}·、，,]*", line[a:b]).group().rstrip())  # 作者：甲 乙  2024-11-27: names only
        parts = _byline_parts(line[a:b]) if role else None  # 作者：记者 甲 通讯员 乙: the roles say who is who
        if parts:
            out.extend(Byline(n, r, base + a + s, base + a + e, line) for n, r, s, e in parts)
            continue
        names = _names(line[a:b], split_runs=True) if role else None
        out.extend(Byline(n, role, base + a + s, base + a + e, line) for n, s, e in names or ())
    return out


def _parse_byline(chunk: str, base: int, line: str, names_only: bool = False,
                  surnames: bool = True) -> list[Byline]:
    """:func:`_byline_parts` as :class:`Byline` records; ``base`` is the file offset of ``chunk``.
    A source field before the names (（来源：某某公安  通讯员  甲  乙）) names an outlet, no person."""
    source = _SOURCE_FIELD.match(chunk)
    if source is not None:
        chunk, base = chunk[source.end():], base + source.end()
    return [Byline(n, role, base + s, base + e, line)
            for n, role, s, e in _byline_parts(chunk, names_only, surnames) or ()]


#: A source field opening a credit, up to the first role word after it (来源：某某公安  通讯员…).
_SOURCE_FIELD = re.compile(rf"\s*(?:来源|稿源|出处|供稿|转自)\s*[：:][^：:]*?(?=\s*(?:{_ROLE}))")


def _staff_bylines(line: str, base: int) -> list[Byline] | None:
    """The names of a staff-credit line (``编辑：陆某  审核：蓝某``, ``（责任编辑：孔某）``, ``（编辑 陆某）``) as
    :class:`Byline` records of role ``"editor"`` (``base``: the file offset of ``line``), or None
    when the line is not one (no label first, or a field that is no name; a 供稿 field is read only
    when it holds names with surnames: it mostly names a unit)."""
    inner = line.strip()
    lead = len(line) - len(line.lstrip())
    bracketed = inner[:1] in "（(【[" and inner[-1:] in "）)】]"
    if bracketed:
        inner, lead = inner[1:-1], lead + 1
    parts = _STAFF_SPLIT.split(inner)
    if len(parts) < 3 and bracketed:
        parts = _STAFF_SPACED.split(inner)  # （编辑 某某）: a space for the colon
    if len(parts) < 3 or parts[0].strip():
        return None
    out: list[Byline] = []
    pos = len(parts[0])
    for k in range(1, len(parts), 2):
        label, value = parts[k], parts[k + 1]
        pos += len(label)
        if not label.startswith("供稿"):
            names = _names(value, split_runs=True)
            if not names:
                return None
            out.extend(Byline(n, "editor", base + lead + pos + a, base + lead + pos + b, line) for n, a, b in names)
        else:  # 供稿：某某县公安局 names a unit (no person); 供稿：蓝某 a person (a name with a surname)
            names = _names(value, split_runs=True)
            if names and all(_bare_name(n) and not _word_start(n) for n, _, _ in names):
                out.extend(Byline(n, "editor", base + lead + pos + a, base + lead + pos + b, line) for n, a, b in names)
        pos += len(value)
    return out or None


def _word_start(name: str) -> bool:
    """Do a would-be name's first two characters make a common word that is no name (宣传|科,
    办公|室: jieba frequency 100 or more, not tagged ``nr``)?"""
    from .nlp import dictionary_freq, tokenizer

    return dictionary_freq(name[:2]) >= 100 and not tokenizer().word_tag_tab.get(name[:2], "").startswith("nr")


def _credit_chunk(text: str) -> str | None:
    """The names part of a photo-credit line (``本报记者 王小明摄``, ``张  越摄（人民视觉）``), or None."""
    m = re.fullmatch(r"(?P<who>.{1,40}?)\s*摄\s*(?:[（(][^（）()]{1,12}[）)])?", text)
    if not m or not _byline_parts(m.group("who"), names_only=True) and \
            not re.fullmatch(f"[{_H}·]{{1,4}}(?:\\s+[{_H}·]{{1,4}})?", m.group("who").strip()):
        return None
    return m.group("who")


def _credit_bylines(text: str, offs: list[int]) -> tuple[str, list[int], list[Byline]]:
    """Strip a trailing photo credit (``… 本报记者 X 本报通讯员 Y 摄``), a closing credit in
    brackets (``……。（本报记者 X 通讯员 Y）``, or names alone set off by spaces: ``……。（甲  乙）``,
    reporters) or a closing sentence of credits (``……。记者甲、通讯员乙报道。``) from a paragraph."""
    m = _CLOSING_CREDIT.search(text)
    named = m is not None and not _ROLE_SPLIT.search(m.group("body")) and re.search(r"\s", m.group("body").strip()) \
        and _byline_parts(m.group("body"), names_only=True)  # ……。（符晓玲  陈  东）: names alone, set off by spaces
    if m and (_ROLE_SPLIT.search(m.group("body")) and _byline_parts(m.group("body")) or named):
        bylines = _parse_byline(m.group("body"), offs[m.start("body")], text[m.start("body") - 1:m.end("body") + 1],
                                names_only=bool(named))
        cut = len(text[: m.start()].rstrip())
        return text[:cut], offs[:cut], bylines
    m = _CLOSING_REPORT.search(text)
    if m and _byline_parts(m.group("body")) and not _UNIT_IN_CREDIT.search(m.group("body")[4:]):  # ……。记者甲、通讯员乙报道。
        # (a unit or outlet among the names, 通讯员某市公安局政治部乙, is left to the body: no names alone)
        bylines = _parse_byline(m.group("body"), offs[m.start("body")], text[m.start("body"):].rstrip())
        if bylines:
            cut = len(text[: m.start()].rstrip())
            return text[:cut], offs[:cut], bylines
    m = _CREDIT.search(text)
    if m and m.group("close") and not text.lstrip().startswith(("（", "(")):
        m = None  # a closing bracket after 摄 only ends a caption in brackets: （图为…。本报通讯员 X 摄）
    if not m:
        return text, offs, []
    chunk = m.group("credit")
    if not _ROLE_SPLIT.search(chunk) and not re.fullmatch(f"\\s*[{_H}·]{{1,4}}(?:\\s+[{_H}·]{{1,4}})?\\s*", chunk):
        return text, offs, []
    bylines = _parse_byline(chunk, offs[m.start("credit")], text[m.start():], names_only=True, surnames=False)
    if not bylines:
        return text, offs, []
    return text[: m.start()].rstrip(), offs[: len(text[: m.start()].rstrip())], bylines


def _inline_byline(text: str, offs: list[int]) -> tuple[str, list[int], list[Byline]]:
    """Strip an inline byline from the head of a paragraph, reading its names.

    Forms: ``本报讯 记者X 通讯员Y Z 近日，…``; a dateline with a bracket (``某某网3月12日江城讯（周明远记者
    郭小川实习生何雨桐）``, ``某某网某地3月11日电(张三李四王五)``, names without a role word read as
    reporters); a bracket with a role word opening the paragraph (``（记者王小明 通讯员李华）近日…``).
    """
    bullet = _BULLET.match(text)  # ■ 本报讯（…）: a bullet before the dateline is no part of the body
    if bullet:
        rest, rest_offs, bylines = _inline_byline(text[bullet.end():], offs[bullet.end():])
        return (rest, rest_offs, bylines) if bylines else (text, offs, [])
    date = _DATELINE.match(text)
    at = date.end() if date else 0
    br = _BRACKET.match(text, at)
    if br and (date or _ROLE_SPLIT.search(br.group("body"))):
        body = br.group("body")
        bylines = _parse_byline(body, offs[br.start("body")], text[: br.end()], names_only=bool(date))
        if bylines:
            end = br.end()
            while end < len(text) and text[end] in " \u3000":
                end += 1
            return text[end:], offs[end:], bylines
    m = _INLINE_BYLINE.match(text)
    if not m:
        return text, offs, []
    bylines = _parse_byline(m.group("body"), offs[m.start("body")], text[: m.end()])
    end = m.end()
    while end < len(text) and text[end] in " \u3000）)":
        end += 1
    return text[end:], offs[end:], bylines


def _sourced_reporter(text: str, offs: list[int]) -> list[Byline]:
    """The reporter a paragraph's first sentence names as told the news (``_SOURCED_REPORTER``:
    ``本报讯 本报记者柯远舟从某局获悉，…``): ``[Byline]`` of role ``reporter`` whose line is that
    sentence, or ``[]`` (also when a common word of the dictionary stands where the name would,
    ``rules.WORD_FREQ``: 本报记者近日从…). The text is left as it is (the name is part of the sentence)."""
    from .nlp import dictionary_freq

    m = _SOURCED_REPORTER.match(text)
    if m is None or dictionary_freq(m.group("name")) >= rules.WORD_FREQ:
        return []  # (本报记者近日从某局获悉: a word where the name would be, no name written)
    end = min((k for k in (text.find(c, m.end()) for c in "，,。") if k >= 0), default=len(text))
    return [Byline(m.group("name"), "reporter", offs[m.start("name")], offs[m.end("name") - 1] + 1, text[:end])]


def _split_run(run: str) -> list[tuple[str, int]]:
    """Cut a run of names printed without spaces (张三李四王五) at surnames: ``[(name, offset)]``.

    Names are two or three characters, each starting with a surname of ``kg/lexicons/surnames.tsv``;
    the cut that uses only such names, preferring three-character names, wins. ``[]`` if none.
    """
    from .nlp import words

    surnames = words("surnames")

    def cut(i: int) -> list[tuple[str, int]] | None:
        if i == len(run):
            return []
        for size in (3, 2):
            piece = run[i:i + size]
            if len(piece) == size and (piece[0] in surnames or piece[:2] in surnames):
                rest = cut(i + size)
                if rest is not None:
                    return [(piece, i)] + rest
        return None

    return cut(0) or []


# ----------------------------------------------------------------------------- items
@dataclass
class _Item:
    headlines: list[tuple[str, int]]  # (text, file offset)
    paras: list[tuple[str, list[int]]]
    bylines: list[Byline]
    has_body: bool = False
    lead: bool = False  # inside a lead box (核心阅读) under the headlines: no body yet
    date: str | None = None  # its own date line (发布时间：…, a notice's closing date), ISO 8601
    page_date: str | None = None  # the date of the page's masthead above it, ISO 8601
    page_paper: str | None = None  # the paper its masthead names (法治日报 2024年4月10日 … 第8版)
    issuer: tuple[str, list[int]] | None = None  # 来源：某某局 in the header: a line before the body
    outlet: str | None = None  # the header's 来源 (a date line's | 来源：某某报, a portal's 来源 field), else a closing signature's unit


#: The 来源 field at the end of a date line (2024/05/12 10:21 | 来源：某某报): group 1 its value.
_DATE_LINE_SOURCE = re.compile(r"来源\s*[:：]\s*(\S{1,20})\s*$")
#: 来源 values that name no paper or site (本站, 原创): no ``dcterms:source``.
_NO_OUTLET = frozenset({"本站", "本网", "原创", "本站原创", "本网原创", "网络", "互联网", "综合", "网友"})


def _outlet(value: str) -> str | None:
    """The paper or site a header's 来源 field names (``法治日报``), as ``dcterms:source``: the
    value's first word (``来源：某某日报  2025-08-06``, ``来源：某某网 2025-06-06 20:15  记者 甲``: a
    date or a byline may follow in the field), without closing punctuation, or None when it is
    empty, a date, or names no paper (:data:`_NO_OUTLET`)."""
    words = value.replace("\u3000", " ").split()
    name = words[0].strip("|｜】]") if words else ""
    if not name or name in _NO_OUTLET or len(name) > 30 or _LINE_DATE.match(name) or name[0].isdigit():
        return None
    return name


#: A full date in a date line, a masthead or a portal header's 发布时间 field: year, month, day.
_LINE_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def line_date(line: str) -> str | None:
    """The first full date of a date line, a masthead or a portal header as ``YYYY-MM-DD``
    (``2024年5月12日 09:30`` → ``2024-05-12``), or None when it holds none or no real day
    (``2024-02-30``)."""
    m = _LINE_DATE.search(line)
    if m is None:
        return None
    try:
        return datetime.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


#: The kinds of paragraph an item's head group is made of (headlines, bylines, date lines…).
_HEAD_KINDS = ("headline", "byline", "portal", "date", "sign", "staff")


def _head_group(paras: list[_Para], i: int) -> tuple[list[str], _Para | None]:
    """The kinds of the headline/byline group starting at ``paras[i]`` and the paragraph after
    it (None when the group ends the text)."""
    j = i
    while j < len(paras) and paras[j].kind in _HEAD_KINDS:
        j += 1
    return [p.kind for p in paras[i:j]], paras[j] if j < len(paras) else None


def _opens_article(p: _Para) -> bool:
    """Does body paragraph ``p`` open with an inline byline or a dateline (本报讯（记者…）, 本报北京1月9日电)?"""
    return bool(_inline_byline(p.text, list(range(len(p.text))))[2] or _DATED_LINE.match(p.text.lstrip(" \t\u3000" + _BULLETS)))


def _closes_with_credit(paras: list[_Para], i: int) -> bool:
    """Is the headline at ``i`` followed by a body whose last paragraph, before the next headline
    after it (or the end), is a closing credit (（记者 某某）, ……。（通讯员 某某）)? A sub-heading
    of the article (相关链接, 编后, 记者手记: ``_SUBHEADINGS``) never is."""
    if paras[i].text.strip().rstrip("：:") in _SUBHEADINGS:
        return False
    j, body = i + 1, None
    while j < len(paras) and paras[j].kind == "headline":
        j += 1
    while j < len(paras) and not (paras[j].kind == "headline" and body is not None):
        body = paras[j]
        j += 1
    return body is not None and (body.kind == "closing" or _CLOSING_CREDIT.search(body.text) is not None
                                 or _SUPPLIED.fullmatch(body.text) is not None)


#: Sub-headings inside an article (after its credit too): they open no item of their own.
_SUBHEADINGS = frozenset(("相关链接", "链接", "编后", "编后语", "记者手记", "警方提醒", "延伸阅读", "背景",
                          "新闻链接", "相关新闻", "记者观察", "短评", "点评"))


#: A signature's date line: a full date alone (2024年5月12日, 2024-05-12), nothing before or after it.
_SIGNATURE_DATE = re.compile(rf"\s*{_DATE}\s*")


def _closing_signature(paras: list[_Para], i: int) -> str | None:
    """The unit that signs an item at its end, when ``paras[i]`` is the date of that signature.

    A police release (警情通报) or a notice closes with its issuer and date, each on a line of its
    own (``青川县公安局`` / ``2024年5月12日``): the date alone on its line (:data:`_SIGNATURE_DATE`),
    the line before it an agency's name alone (:func:`_issuing_unit`, as a 来源 field's), and
    nothing after them: the two are the text's last lines. (Where more follows, a photo
    caption, a second item, the name over the date is read as it was: it opens the next item
    when a headline group follows, and the date then dates that one, as a header's would.)

    Args:
        paras: the classified paragraphs of the text.
        i: the index of a date paragraph in an item that has a body.

    Returns:
        The unit's name, or None when the lines are not of that shape or not last.
    """
    if i == 0 or i + 1 < len(paras) or not _SIGNATURE_DATE.fullmatch(paras[i].text) or line_date(paras[i].text) is None:
        return None
    return _issuing_unit(paras[i - 1].text)


def _starts_item(paras: list[_Para], i: int) -> bool:
    """Does the headline/byline group at ``i`` open a new item?"""
    kinds, nxt = _head_group(paras, i)
    if nxt is None:  # a closing byline (记者 X 报道) belongs to the item above
        return False
    if "byline" in kinds or "headline" in kinds and "portal" in kinds or kinds.count("headline") >= 2:
        return True
    return _opens_article(nxt)


#: A line that opens (or announces) a document's attachment: 附件, 附件2, 附件：某某名单.
_ATTACHMENT = re.compile(r"\s*附件\s*\d*\s*(?:[:：]|$)")


def _has_byline(paras: list[_Para], i: int) -> bool:
    """Does the headline/byline group at ``i`` hold a byline, or its first body paragraph open
    with one or with a dateline (:func:`_opens_article`): a new article of its own?"""
    kinds, nxt = _head_group(paras, i)
    return "byline" in kinds or nxt is not None and _opens_article(nxt)


def split_items(text: str, page_date: str | None = None, page_paper: str | None = None) -> list[_Item]:
    """Cut a page (or an article) into items of headlines, bylines and body paragraphs.

    A document's attachments (from a line 附件：… or 附件 after its body) are part of it: their
    headings (全国…先进集体名单, 一、先进集体) open no item, unless a byline comes with them.
    Each item keeps its own date (a date line or a portal header's 发布时间 field in it:
    :func:`line_date`, else the date of a signature closing it, :func:`_closing_signature`) and
    the date and the paper of the last masthead above it (``法治日报 2024年4月10日 星期三 第8版``:
    :func:`masthead`; ``page_date`` and ``page_paper`` before the first one, for a page read in
    segments)."""
    paras = _paragraphs(text)
    for p in paras:
        p.kind = _classify(p)
    _refine(paras)
    items: list[_Item] = []
    cur = _Item([], [], [], page_date=page_date, page_paper=page_paper)
    attached = False  # the item's attachments (附件：…名单) have begun: their headings open no item
    closed = False  # the last paragraph read closed the item with its credit (……。（记者 某某）)
    i = 0
    while i < len(paras):
        p = paras[i]
        closed, was_closed = False, closed
        attached = attached or bool(cur.has_body and _ATTACHMENT.match(p.text))
        if p.kind in ("headline", "byline") and (cur.has_body or p.kind == "headline" and cur.lead and cur.paras) \
                and (_starts_item(paras, i) or was_closed and p.kind == "headline" and _closes_with_credit(paras, i)) \
                and not (attached and not _has_byline(paras, i)):
            # (a headline after an item's closing credit, （通讯员 某某）, opens the next item when that one
            # closes with a credit of its own: a page of items each signed at its end)
            # (a headline group after a lead box: the box was the page's)
            items.append(cur)
            cur = _Item([], [], [], page_date=page_date, page_paper=page_paper)
            attached = False
        if p.kind == "headline" and (not cur.has_body) and not cur.paras:
            cur.headlines.append((p.text, p.start))
        elif p.kind == "staff":  # 编辑：某某: persons of the item, no byline relation
            cur.bylines.extend(_staff_bylines(p.text, p.start) or ())
        elif p.kind == "lead":
            cur.lead = not cur.has_body and bool(cur.headlines)
        elif p.kind in ("byline", "credit", "closing"):
            cur.lead = False
            # a credit and a closing credit never open an item; a bare name under a headline
            # (a byline without a role word) reads as a reporter
            chunk = _credit_chunk(p.text) if p.kind == "credit" else p.text
            if p.kind == "closing":
                chunk = " " + chunk[1:-1] + " "
                closed = cur.has_body
            cur.bylines.extend(_parse_byline(chunk or "", p.start, p.text, names_only=True,
                                             surnames=p.kind == "closing"))
        elif p.kind == "portal":  # a web portal's header: its author fields are the byline
            cur.bylines.extend(_portal_bylines(p.text, p.start))
            for key, a, b in _portal_fields(p.text) or ():
                if key in ("发布时间", "时间", "日期") and cur.date is None:
                    cur.date = line_date(p.text[a:b])
                if key == "来源" and not cur.has_body and cur.outlet is None:
                    cur.outlet = _outlet(p.text[a:b])
                issuer = _issuing_unit(p.text[a:b]) if key == "来源" else None
                if issuer is not None:  # ……。\n来源：某某区人民法院: the unit that issued the release signs it,
                    k = a + p.text[a:b].index(issuer)  # a line of its own in the text (its 我局, 本院)
                    line = (issuer, list(range(p.start + k, p.start + k + len(issuer))))
                    if cur.has_body:
                        cur.paras.append(line)
                    elif cur.issuer is None:  # the header's 来源: the line opens the body
                        cur.issuer = line
            if cur.date is None and not cur.has_body:
                cur.date = line_date(p.text)  # 来源：某某网 2024-05-12 10:21: a date in another field
        elif p.kind == "date":
            if _MASTHEAD.match(p.text):
                page_date, page_paper = masthead(p.text)
                if not (cur.has_body or cur.paras):  # the masthead above the page's first item
                    cur.page_date, cur.page_paper = page_date, page_paper
            elif cur.date is None and not cur.has_body:
                cur.date = line_date(p.text)  # (a date line in the body, a diary's, is no date of the article)
                field = _DATE_LINE_SOURCE.search(p.text)
                if field is not None and cur.outlet is None:  # 2024年3月18日 10:20 | 来源：某某报
                    cur.outlet = _outlet(field.group(1))
            elif cur.has_body and not cur.bylines and cur.page_paper is None and cur.page_date is None \
                    and (signer := _closing_signature(paras, i)) is not None:
                # ……。\n某某县公安局\n2024年5月12日: a release signed at its end (警情通报), dated and sourced there
                # (not a reporter's story, nor an item under a masthead, that ends quoting a signed notice)
                cur.date = cur.date or line_date(p.text)
                cur.outlet = cur.outlet or signer
        elif p.kind == "sign":
            pass
        else:
            j = i
            block = []
            while j < len(paras) and (paras[j].kind in ("body", "note", "list") or (block and paras[j].kind == "headline" and _cut(block[-1]))):
                block.append(paras[j])
                j += 1
            if not block:  # a lone sub-heading inside an item
                block, j = [p], i + 1
            repaired = _repair_layout(block, text)
            for n, (ptext, offs) in enumerate(repaired):
                if cur.has_body and _CREDIT.search(ptext) and cur.headlines and _caption_item(ptext) \
                        and not (n + 1 < len(repaired) and _CAPTION_MARK.match(ptext)
                                 and not _DATED_LINE.match(repaired[n + 1][0].lstrip(" \t\u3000"))):
                    # (▲图为…。通讯员 某某 摄, then more of the story: the story's photo, no item of its own)
                    items.append(cur)
                    cur = _Item([], [], [], page_date=page_date, page_paper=page_paper)
                ptext, offs, credits = _credit_bylines(ptext, offs)
                ptext, offs, inline = _inline_byline(ptext, offs)
                if not inline and not cur.has_body and not any(b.role == "reporter" for b in cur.bylines):
                    inline = _sourced_reporter(ptext, offs)  # 本报记者X从某局获悉: the item's reporter
                cur.bylines.extend(credits + inline)
                closed = bool(credits) and not any("摄" in b.line for b in credits)  # ……。（记者 某某）, no photo credit
                closed = closed or cur.has_body and _SUPPLIED.fullmatch(ptext) is not None  # ……。\n（某局供稿）
                if ptext and not cur.has_body and cur.headlines and not cur.paras and _LEAD_TEXT.match(ptext):
                    cur.lead = True  # 编者按：…, 【导读】…: a lead box on one line, before the byline
                    cur.paras.append((ptext, offs))
                    continue
                if ptext:
                    if cur.issuer is not None and not cur.has_body and not cur.lead:
                        if all(h < cur.issuer[1][0] for _, h in cur.headlines):  # (in the text's order:
                            cur.paras.append(cur.issuer)  # no heading between it and the body, 一、任命)
                        cur.issuer = None
                    cur.paras.append((ptext, offs))
                    cur.has_body = not cur.lead
                    cur.lead = False  # a box is one paragraph: the next one is the body
            i = j
            continue
        i += 1
    items.append(cur)
    return [it for it in items if it.paras or it.headlines]


#: A line opening with a short label and a colon (承办法官：…, 案例一：…): a field of its own.
_LABELLED_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}[：:](?!$)")


#: A row of a 名单 laid out by spaces: an optional number, a name (parts joined by ·), an optional
#: note in brackets, then two spaces or more, an ideographic space or a tab; or a numbered row of a
#: name, a note and a comma (3.某某（女），某局某所所长).
_ROW_LINE = re.compile(r"(?:\d{1,3}[.、．]?\s*)?[\u4e00-\u9fff·]{2,12}(?:[（(][^（）()]{1,10}[）)])?(?:[ \u3000]{2,}|\t|\u3000)"
                       r"|\d{1,3}[.、．]\s*[\u4e00-\u9fff·]{2,12}(?:[（(][^（）()]{1,10}[）)])?[，,]")  # (3.某某（女），…)


def _cut(p: _Para) -> bool:
    """Did the layout cut this body paragraph mid-sentence (no closing punctuation)?

    A paragraph ending in a comma or enumeration mark always continues; one ending in a
    plain character continues when it is longer than a caption or heading (20 characters); a
    subtitle opening with a dash (——记…) never does.
    """
    if p.kind != "body" or p.text[-1] in _CLOSING or _CREDIT.search(p.text):
        return False
    if p.text.startswith("—"):
        return False  # ——记某某: a subtitle (副题) is a line of its own, never cut from the text below it
    if _LABELLED_LINE.match(p.text) and p.text[-1] not in "，,、：:；;":
        return False  # 承办法官：某某，某院某庭审判员: a labelled line is whole, not cut by the layout
    if _ROW_LINE.match(p.text) and p.text[-1] not in "，,、：:；;":
        return False  # 某某　　男，汉族，某局某所民警: a row of a 名单 (a name, then a wide gap) is whole
    return p.text[-1] in "，,、：:；;" or len(p.text) > 20


#: The opening of a photo caption: ▲ or 图为 (图为某所民警在巡逻。).
_CAPTION_MARK = re.compile(r"▲|△|图为")


def _caption_item(ptext: str) -> bool:
    """A body paragraph ending with a credit naming a reporter: a photo with its own caption
    (not a caption in brackets, ``（图为…。本报通讯员 X 摄）``, which belongs to the item above)."""
    m = _CREDIT.search(ptext)
    return bool(m and _ROLE_SPLIT.search(m.group("credit")) and len(ptext) > 40 and not m.group("close"))


def _main_title(headlines: list[str]) -> tuple[str, tuple[str, ...]]:
    """Pick the main headline (主题) of a headline group; the others are 引题/副题."""
    lines = [h for h in headlines if h.strip("—- ")]
    if not lines:
        return "", ()
    core = [h for h in lines if not h.startswith(("——", "—", "记")) and not h.endswith("——")] or lines
    main = core[len(core) // 2] if len(core) == 3 else core[0]
    return main, tuple(h for h in lines if h != main)


def content_hash(text: str) -> str:
    """The first 8 hex digits of the SHA-256 of ``text`` (UTF-8): the content part of article ids.

    An article id is ``<file stem>-<content hash>-<n>``: two files named ``page.txt`` in two
    folders are different articles, the same file given twice (or the same bytes under the same
    name) is one, and the id does not depend on the folder a build is run from, so separate
    builds agree (ontology/MODEL.md, "Articles"). Line ends are read as ``\n`` first
    (:func:`hash_form`): a file saved again with Windows line ends is the same article.
    """
    return hashlib.sha256(hash_form(text).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def hash_form(text: str) -> str:
    """``text`` as :func:`content_hash` reads it: CRLF and lone CR line ends as ``\n`` (a BOM is
    dropped by :func:`read_text` already). Applied to a file's text read whole or to each of its
    segments read in a stream (cut at line ends, so a CRLF is never split)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def is_markdown(source: str) -> bool:
    """Is the file named ``source`` Markdown (``.md``, ``.markdown``), whose marks :func:`clean_text` drops?"""
    return source.lower().endswith((".md", ".markdown"))


def documents_from_text(text: str, source: str, where: str = "") -> list[Document]:
    """Split one decoded input text into documents (one per item).

    Args:
        text: the file's text as read (see :func:`read_text`); any ``str``. A table (``source``
            a ``.csv`` or ``.tsv``) is one article, its rows made tab-separated lines first
            (:func:`table_text`).
        source: the file's base name, used for ``Document.source`` and ids (escaped by
            :func:`shown` when it holds bytes that are not UTF-8 or invisible characters).
        where: the file as messages name it (its path); default ``source``.

    Returns:
        The documents in page order; ids are ``<stem>-<hash>-<n>`` (:func:`content_hash`), n
        from 1. Byline names and lines are given as printed (:class:`~kg.types.Byline`), inner
        spaces removed from names. The text is cleaned first (:func:`clean_text`: markup,
        invisible and control characters removed); ``char_map`` and byline offsets still
        point into ``text`` as given.

    Raises:
        InputError: a table that is no valid table (:func:`table_text`), naming ``where``.
    """
    source = shown(source)
    stem = f"{Path(source).stem}-{content_hash(text)}"
    if is_table(source):  # rows → tab-separated lines, then cleaned as any text; offsets composed
        table, rows = table_text(text, source, where)
        table, origin = clean_text(table)
        origin = rows if origin is None else [rows[o] for o in origin]
        docs = _documents(table, source, stem)
    else:
        text, origin = clean_text(text, markdown=is_markdown(source), page=is_html(text, source))
        docs = _documents(text, source, stem)
    if origin is None:
        return docs
    # offsets into the cleaned text → offsets into the input as given
    return [replace(d, char_map=tuple(origin[o] for o in d.char_map),
                    bylines=tuple(replace(b, start=origin[b.start], end=origin[b.end - 1] + 1) for b in d.bylines))
            for d in docs]


def _documents(text: str, source: str, stem: str, first: int = 1,
               traditional: bool | None = None, page_date: str | None = None,
               page_paper: str | None = None) -> list[Document]:
    """:func:`documents_from_text` on a cleaned text: offsets into ``text``; items are numbered
    from ``first``; ``traditional`` as in :func:`kg.nlp.normalize` (None: decided on ``text``);
    ``page_date`` and ``page_paper`` the masthead's date and paper in effect at its start (a page
    read in segments).

    An item's date (its own date line, else its page's masthead) is its ``dcterms:date``; the
    paper or site its header's 来源 names (``2024年3月18日 | 来源：法治日报``, a portal's 来源 field),
    else the paper of its page's masthead, its ``dcterms:source``, as a JSON Lines record's
    ``date`` and ``source`` are."""
    from .nlp import normalize

    docs = []
    # the layout is read on the normalised text (本報記者 is a byline like 本报记者); headlines,
    # body and bylines keep the characters as printed
    norm = normalize(text, traditional)
    for n, item in enumerate(split_items(norm, page_date, page_paper), first):
        title, alts = _main_title([text[a:a + len(h)] for h, a in item.headlines])
        # the headline lines name agencies as the body does (——记某某派出所, 某某派出所：…): they are
        # read as text too, before the body
        profile = list(item.headlines)
        item.bylines = [_printed(b, text, norm) for b in item.bylines]
        item.paras = [(text[a:a + len(h)], list(range(a, a + len(h)))) for h, a in profile] + \
            [_unspaced(text, norm, offs) for _, offs in item.paras]
        body = "\n".join(p for p, _ in item.paras)
        cmap: list[int] = []
        for k, (ptext, offs) in enumerate(item.paras):
            if k:
                cmap.append(cmap[-1] if cmap else 0)
            cmap.extend(offs)
        if not title:
            title = _lead_title(body)
        head = sum(len(h) + 1 for h, _ in profile) if len(item.paras) > len(profile) else 0
        date, outlet = item.date or item.page_date, _printed_value(item.outlet or item.page_paper, norm, text)
        meta = ((("dcterms:date", date),) if date else ()) + \
            ((("dcterms:source", outlet),) if outlet else ())  # as a JSON Lines record's fields
        docs.append(Document(f"{stem}-{n}", source, title, alts, body, tuple(cmap), tuple(item.bylines),
                             meta=meta, body_start=head))
    return docs


def _printed_value(value: str | None, norm: str, text: str) -> str | None:
    """A value read on the normalised text ``norm`` (a 来源 field's paper, 香港文汇报) as ``text``
    prints it (香港文匯報): the two have the same length, so the first place ``norm`` holds it
    gives it; the value itself when ``norm`` does not (a cleaned value)."""
    if not value or norm is text:
        return value
    at = norm.find(value)
    return text[at:at + len(value)] if at >= 0 else value


#: A gap between two Han characters: a space, a no-break space or an ideographic space, up to three.
_HAN_GAP = re.compile(f"(?<=[{_H}])[ \u00a0\u3000]{{1,3}}(?=[{_H}])")
#: A gap of a text spaced between words: between Han characters or Chinese punctuation.
_WORD_GAP = re.compile(f"(?<=[{_H}，。、；：！？“”（）《》])[ \u00a0\u3000]{{1,3}}(?=[{_H}，。、；：！？“”（）《》])")
_HAN_TOKEN = re.compile(f"[{_H}·]+")
#: What ends the clause a padded name is looked for in.
_CLAUSE_END = "，。、；：！？ \u3000\u00a0\t"
#: A paragraph is spaced between words when it holds at least this many gaps between Han characters.
WORD_GAPS = 3


def _unspaced(text: str, norm: str, offs: list[int]) -> tuple[str, list[int]]:
    """A body paragraph (the characters of ``text`` at ``offs``; ``norm`` the normalised text) with
    the spaces that cut its words and names left out, and the offsets of the characters kept."""
    para = "".join(map(norm.__getitem__, offs))
    printed = "".join(map(text.__getitem__, offs))
    drop = spaced_gaps(para, printed)
    if not drop:
        return printed, offs
    keep = [k for k in range(len(offs)) if not any(a <= k < b for a, b in drop)]
    return "".join(text[offs[k]] for k in keep), [offs[k] for k in keep]


def spaced_gaps(para: str, printed: str | None = None) -> list[tuple[int, int]]:
    """The spaces of a body paragraph that cut words or names, read as if unspaced.

    Two shapes (a scraped page's, a padded name's):

    - a paragraph of prose (it holds ，。！？) spaced between words (``青川县 公安局 刑侦大队 民警 柯远舟
      说，案件 已经 移送 起诉。``): at least :data:`WORD_GAPS` gaps between Han characters, its
      words three characters long or less at the median and fewer than half of them a name
      (:func:`_bare_name`): every gap between Han characters or Chinese punctuation, but one
      between two names (``柯远舟 柯远帆``, a list);
    - any other paragraph: one space inside a name (``副支队长柯 远帆带队``, ``柯 远舟　某局民警``): the
      gap that the tokenizer, reading the clause without it, finds inside a person's name (a tag
      ``nr…``). A gap between a name and the next cell of a row (``柯远舟　男，``), between two names
      or between words stays, and so does the padding of a two-character name to the width of three
      (``柯  岚站在``, ``林　峰在``): it bounds the name, which the persons extractor reads as such.

    Args:
        para: a normalised paragraph (:func:`kg.nlp.normalize`).
        printed: the paragraph as printed (``para`` when None): normalising turns an ideographic
            space into a space, and an ideographic space pads a name.

    Returns:
        ``[(start, end)]``: the gaps to leave out, offsets into ``para``, in order; ``[]`` for most
        paragraphs (no gap between Han characters).
    """
    from .nlp import tokens

    han_gaps = list(_HAN_GAP.finditer(para))
    if not han_gaps:
        return []
    words_ = [m.group() for m in _HAN_TOKEN.finditer(para)]
    if len(han_gaps) >= WORD_GAPS and re.search("[，。！？]", para) and sorted(map(len, words_))[len(words_) // 2] <= 3 \
            and 2 * sum(1 for w in words_ if _bare_name(w) or "·" in w) < len(words_):
        out = []
        for m in _WORD_GAP.finditer(para):
            left = re.search(f"[{_H}·]+$", para[:m.start()])
            right = _HAN_TOKEN.match(para, m.end())
            if not (left and right and (_bare_name(left.group()) or "·" in left.group())
                    and (_bare_name(right.group()) or "·" in right.group())):
                out.append((m.start(), m.end()))  # (柯远舟 柯远帆: two names of a list stay apart)
        return out
    out = []
    for m in han_gaps:
        if (printed or para)[m.start():m.end()] not in (" ", "\u00a0"):
            continue  # 柯  岚站在, 林　峰在: padded to the width of three, the padding bounds the name (persons reads it)
        a = max(para.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        b = min([k for k in (para.find(c, m.end()) for c in _CLAUSE_END) if k >= 0] or [len(para)])
        at = m.start() - a
        if any(tag.startswith("nr") and s < at < s + len(w) for w, tag, s in tokens(para[a:m.start()] + para[m.end():b])):
            out.append((m.start(), m.end()))
    return out


def masthead(line: str) -> tuple[str | None, str | None]:
    """The date (``YYYY-MM-DD``) and the paper a masthead line names (``法治日报 2024年4月10日 星期三
    第8版`` → ``("2024-04-10", "法治日报")``; the paper as a 来源 field's is read, :func:`_outlet`);
    ``(None, None)`` for a line that is no masthead."""
    m = _MASTHEAD.match(line.strip())
    return (line_date(line), _outlet(m.group("paper"))) if m else (None, None)


def last_masthead(text: str, before: tuple[str | None, str | None] = (None, None)) -> tuple[str | None, str | None]:
    """The date and the paper (:func:`masthead`) of the last masthead line of ``text``, each else
    ``before``'s: the page's date and paper that hold after a segment of a page read in a stream."""
    from .nlp import normalize

    for line in reversed(normalize(text, False).splitlines()):
        if _MASTHEAD.match(line.strip()):
            date, paper = masthead(line)
            return date or before[0], paper or before[1]
    return before


#: Longest title made from the first sentence of an item with no headline (characters).
LEAD_TITLE = 30
_OPENING = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】"}


def _lead_title(body: str) -> str:
    """The title of an item printed with no headline (a photo with its caption): its first
    sentence, cut to :data:`LEAD_TITLE` characters with ``…`` when longer: before a quote or
    bracket the cut would leave open (…开展了以“安全自护”为主题的… → …开展了以…, not …开展了以“),
    and at the end of its last clause when that leaves half of it or more."""
    first = re.split(r"[。！？]", body, maxsplit=1)[0].strip() if body else ""
    if len(first) <= LEAD_TITLE:
        return first
    cut = first[:LEAD_TITLE]
    opened = [k for k, ch in enumerate(cut) if ch in _OPENING and _OPENING[ch] not in cut[k + 1:]]
    if opened:
        cut = cut[:opened[0]]
    clause = max((k for k, ch in enumerate(cut) if ch in "，,；;：:"), default=0)
    if clause >= LEAD_TITLE // 2:  # at the end of a clause rather than inside a word
        cut = cut[:clause]
    return cut.rstrip("，,、；;：: ") + "…"


def _printed(b: Byline, text: str, norm: str) -> Byline:
    """``b`` (read on the normalised text ``norm``) with its name and line as printed in ``text``."""
    name = re.sub(r"\s+", "", text[b.start:b.end])
    k = norm.rfind(b.line, 0, b.start + len(b.line))
    line = text[k:k + len(b.line)] if 0 <= k <= b.start < k + len(b.line) else b.line
    return Byline(name, b.role, b.start, b.end, line)


# ----------------------------------------------------------------------------- streaming
#: Text files larger than this (bytes) are read in a stream by :func:`iter_file_documents`:
#: cut into segments at item breaks, each segment's items made and released before the next.
STREAM_MIN_SIZE = 1 << 20
#: Bytes read from a file at a time when it is streamed.
STREAM_CHUNK = 1 << 20
# Markup that may run over lines, as _CLEAN reads it (comments, scripts, styles with their
# content; a terminal OSC sequence ends at its line's end at the latest): no cut while one is
# open (see _segments and _markup).
_OPENERS = re.compile(r"<(?P<raw>script|style)\b(?P<end>[^>]*>)?|<!--")
_CLOSERS = {"script": re.compile(r"</script\s*>"), "style": re.compile(r"</style\s*>"), "<!--": re.compile("-->"),
            "never": re.compile("(?!)")}


def _chunks(path: str | os.PathLike, codec: str | None, max_size: int):
    """The file's bytes (``codec`` None) or decoded text, ``STREAM_CHUNK`` bytes at a time.

    Raises:
        InputError: see :func:`open_regular`; the file grew past ``max_size`` while read.
        UnicodeDecodeError: the bytes are not ``codec``.
    """
    import codecs

    fh, _ = open_regular(path, max_size)
    dec = codecs.getincrementaldecoder(codec)("strict") if codec else None
    read = 0
    with fh:
        while chunk := fh.read(STREAM_CHUNK):
            read += len(chunk)
            if read > max_size:
                raise InputError(f"{shown(path)}: over the limit of {max_size:,} bytes per file "
                                 f"(raise it with --max-file-size)")
            yield dec.decode(chunk) if dec else chunk
        if dec:
            yield dec.decode(b"", final=True)


def _stream_codec(path: str | os.PathLike, max_size: int) -> str | None:
    """The codec that :func:`read_text` would decode the file with, found by reading it in
    chunks (the same checks, the same choice); None when it would refuse the file."""
    head = next(_chunks(path, None, max_size), b"")
    if bom_codec(head) is not None:
        candidates = [bom_codec(head)]
    else:
        blank = True
        for chunk in _chunks(path, None, max_size):
            if b"\x00" in chunk:
                return None
            blank = blank and not chunk.strip()
        if blank:
            return None
        candidates = ["utf-8-sig"]
    for codec in candidates:
        try:
            found = False
            for t in _chunks(path, codec, max_size):  # the whole file must decode, not only its start
                found = found or bool(_CJK.search(t))
            return codec if found else None
        except UnicodeDecodeError:
            if codec != "utf-8-sig":  # (a byte-order mark's codec is the only one tried)
                return None
    best, best_share = None, 0.0
    for codec in CHINESE_CODECS:  # as decode_chinese, counted chunk by chunk
        wide = common = 0
        cjk = False
        try:
            for text in _chunks(path, codec, max_size):
                w = [c for c in text if ord(c) > 0x7F]
                wide += len(w)
                common += sum(map(_common, w))
                cjk = cjk or bool(_CJK.search(text))
        except UnicodeDecodeError:
            continue
        if not wide:
            continue
        share = common / wide
        if share >= COMMON_SHARE and share > best_share:
            best, best_share = (codec if cjk else None), share
    return best


def _lines(chunks) -> "Iterator[str]":
    """Lines of a stream of text chunks, each with its ``\\n`` (the last maybe without); linear
    in the text even for one line of megabytes."""
    pending: list[str] = []
    for chunk in chunks:
        start = 0
        while (k := chunk.find("\n", start)) >= 0:
            pending.append(chunk[start:k + 1])
            yield "".join(pending)
            pending = []
            start = k + 1
        if start < len(chunk):
            pending.append(chunk[start:])
    if pending:
        yield "".join(pending)


def _segments(lines) -> "Iterator[str]":
    """Cut a page's lines into segments whose items are those the whole page gives.

    A segment ends before a line P(i) where the whole-page reading (:func:`split_items`) starts
    an item and reads nothing across the cut: P(i-1) is a body paragraph that holds a ``。`` and
    ends in closing punctuation (so layout repair never joins across it and it is never a
    title), P(i) a headline (not a numbered list head), then headlines and bylines with at most
    four headlines before the first byline (a headline group, never a list), then such a body
    paragraph; the group holds a byline or two headlines, or the body opens with an inline
    byline (``本报讯（记者…）``), as :func:`_starts_item` asks. Those lines (and the
    blank lines between them) hold no markup, escapes or invisible characters, and no markup
    that may run over lines is open at the cut (a comment, script, style or terminal sequence
    not yet closed, a ``<`` with no ``>`` after it: :func:`_markup`), so cleaning
    (:func:`clean_text`) gives the same text cut or whole.
    The layout is read with traditional characters unconverted: the caller streams only a
    text that :func:`kg.nlp.is_traditional` finds simplified.

    Args:
        lines: the page's lines with their line ends (:func:`_lines`).

    Yields:
        The segments' texts; joined, they are the page.
    """
    from .nlp import normalize

    def kind(line: str) -> tuple[bool, str, str]:
        """(plain: no markup, escapes, invisible characters or inner CR; paragraph kind, "" for a
        blank line, "body." for a body paragraph that holds a 。 and ends in closing punctuation
        (never joined to the next line, never read as a title); the normalised paragraph)."""
        body = line[:-1] if line.endswith("\n") else line
        body = body[:-1] if body.endswith("\r") else body
        if "<" in body or ">" in body or "\r" in body or _CLEAN.search(body):
            return False, "", ""
        text = normalize(body, False).strip()
        if not text:
            return True, "", ""
        k = _classify(_Para(text, 0))
        return True, "body." if k == "body" and text[-1] in _CLOSING and "。" in text else k, text

    seg: list[str] = []
    state: tuple[str | None, bool] = (None, False)  # markup of seg: (construct open, a "<" not closed)
    prev_ok = False  # the last paragraph is a plain body paragraph ending in 。
    cand = -1  # index in seg of P(i), the headline that may open the next segment
    heads = bylines = 0  # in the group from cand: headlines before its first byline; bylines
    attached = False  # an attachment line (附件：…) since the last cut: only a group with a byline cuts
    for line in lines:
        plain, k, text = kind(line)
        if cand >= 0:
            if plain and (k == "" or k in ("headline", "byline")):
                heads += k == "headline" and not bylines
                bylines += k == "byline"
                seg.append(line)
                continue
            if plain and k == "body." and heads < MIN_LIST_ROWS and (
                    bylines or _inline_byline(text, list(range(len(text))))[2] or not attached and heads >= 2):
                yield "".join(seg[:cand])
                seg, state, cand, prev_ok, attached = seg[cand:] + [line], (None, False), -1, True, False
                continue
            cand = -1  # not an item break: read on
        attached = attached or bool(plain and _ATTACHMENT.match(text))  # (attachments: only a byline opens an item)
        if plain and k == "headline" and prev_ok and state == (None, False) and not _ORDINAL_HEAD.match(text):
            cand, heads, bylines = len(seg), 1, 0
        seg.append(line)
        state = _markup(line, *state)
        if not plain or k:
            prev_ok = plain and k == "body."
    if seg:
        yield "".join(seg)


def _markup(line: str, closer: str | None, open_lt: bool) -> tuple[str | None, bool]:
    """The markup state after ``line``, as :data:`_CLEAN` reads markup that may run over lines.

    Args:
        line: the next line of the text.
        closer: the construct still open before it (a key of :data:`_CLOSERS`), or None.
        open_lt: whether the last ``<`` so far has no ``>`` after it (a tag may still be open).

    Returns:
        ``(closer, open_lt)`` after the line. A script or style whose opening tag does not end
        on its line stays open for good (``"never"``): the text is then not cut after it.
    """
    pos = 0
    while True:
        if closer is not None:
            m = _CLOSERS[closer].search(line, pos)
            if m is None:
                break
            pos, closer = m.end(), None
        m = _OPENERS.search(line, pos)
        if m is None:
            break
        if m.group("raw"):
            closer = m.group("raw") if m.group("end") else "never"
        else:
            closer = m.group()
        pos = m.end()
    lt, gt = line.rfind("<"), line.rfind(">")
    if lt > gt:
        open_lt = True
    elif gt >= 0:
        open_lt = False
    return closer, open_lt


def _cut_at(lines, sizes: list[int]) -> "Iterator[str]":
    """The segments of :func:`_segments` again, from their sizes (in characters) found by an
    earlier reading: lines are joined until each size is reached (cuts are at line starts)."""
    buf: list[str] = []
    have, k = 0, 0
    for line in lines:
        buf.append(line)
        have += len(line)
        if k < len(sizes) and have == sizes[k]:
            yield "".join(buf)
            buf, have, k = [], 0, k + 1
    if buf:
        yield "".join(buf)


def _decoded(path: str | os.PathLike, segments):
    """``segments`` of a file whose codec was checked on the whole file: a decoding error now
    means that the file changed after that check (:class:`InputError` naming it)."""
    try:
        yield from segments
    except UnicodeDecodeError:
        raise InputError(f"{shown(path)}: the file changed while it was read; build again when it is written") from None


def iter_file_documents(path: str | os.PathLike, max_size: int = MAX_FILE_SIZE, check=None) -> "Iterator[Document]":
    """The documents of one input file, read in a stream when it is large.

    A file of at most :data:`STREAM_MIN_SIZE` bytes is read whole (:func:`read_text`,
    :func:`documents_from_text`). A larger one is read in chunks: once to check and find its
    encoding as :func:`read_text` does, once to find its item breaks (:func:`_segments`), hash
    it and see whether it is traditional, then once more, cut at those breaks, each segment's
    items made and yielded before the next is read. The documents (ids, texts, offsets) are those of
    :func:`documents_from_text` on the whole text; memory holds one segment (an item or a run
    of items with no safe break between them), not the file. A traditional text, or one that
    :func:`read_text` would refuse, is read whole (the refusal is its error).

    Args:
        path: the file.
        max_size: the largest file accepted, in bytes.
        check: called with the first 4,096 characters of the text before any document is
            yielded (e.g. to refuse an RDF file); may raise.

    Yields:
        :class:`~kg.types.Document` records in page order.

    Raises:
        InputError: as :func:`read_text`; or the file changed between two readings (raised
            after its documents: the build stops and writes nothing).
    """
    from .nlp import TRADITIONAL_MIN, TRADITIONAL_SHARE, traditional_chars

    fh, size = open_regular(path, max_size)
    fh.close()
    codec = _stream_codec(path, max_size) if size > STREAM_MIN_SIZE and not is_table(Path(path).name) else None
    if codec is not None:
        digest, head, trad, han, cuts = hashlib.sha256(), "", 0, 0, []
        for seg in _decoded(path, _segments(_lines(_chunks(path, codec, max_size)))):
            cuts.append(len(seg))
            digest.update(hash_form(seg).encode("utf-8", "surrogatepass"))
            head = head if len(head) >= 4096 else (head + seg)[:4096]
            t, h = traditional_chars(clean_text(seg)[0])
            trad, han = trad + t, han + h
        if trad >= TRADITIONAL_MIN and trad >= TRADITIONAL_SHARE * han or is_html(head, Path(path).name):
            codec = None  # read whole: the conversion is decided on the whole text; an HTML document's
            # line breaks are read as white space (clean_text, page=True), not as the segments' cuts
    if codec is None:
        text = read_text(path, max_size)
        if check is not None:
            check(text[:4096])
        yield from documents_from_text(text, Path(path).name, shown(path))
        return
    if check is not None:
        check(head)
    source = shown(Path(path).name)
    stem = f"{Path(source).stem}-{digest.hexdigest()[:8]}"
    base, first, again, page = 0, 1, hashlib.sha256(), (None, None)
    for seg in _decoded(path, _cut_at(_lines(_chunks(path, codec, max_size)), cuts)):
        again.update(hash_form(seg).encode("utf-8", "surrogatepass"))
        text, origin = clean_text(seg, markdown=is_markdown(source))
        docs = _documents(text, source, stem, first, traditional=False, page_date=page[0], page_paper=page[1])
        page = last_masthead(text, page)
        first += len(docs)
        for d in docs:
            if origin is not None:
                d = replace(d, char_map=tuple(origin[o] for o in d.char_map),
                            bylines=tuple(replace(b, start=origin[b.start], end=origin[b.end - 1] + 1)
                                          for b in d.bylines))
            yield replace(d, char_map=tuple(base + o for o in d.char_map),
                          bylines=tuple(replace(b, start=base + b.start, end=base + b.end) for b in d.bylines))
        del docs, text, origin
        base += len(seg)
    if again.digest() != digest.digest():
        raise InputError(f"{shown(path)}: the file changed while it was read; build again when it is written")


def load_documents(inputs: list[str | os.PathLike]) -> list[Document]:
    """Read input files and folders into documents.

    Args:
        inputs: files or folders (see :func:`iter_input_files`).

    Returns:
        All documents, file by file, in order; a file whose name and text equal an earlier
        one's (a copy) adds nothing, since its articles have the same ids.

    Raises:
        InputError: see :func:`read_text` and :func:`iter_input_files`.
    """
    docs: list[Document] = []
    seen: set[str] = set()
    for f in iter_input_files(inputs):
        new = [d for d in documents_from_text(read_text(f), f.name) if d.doc_id not in seen]
        seen.update(d.doc_id for d in new)
        docs.extend(new)
    return docs
