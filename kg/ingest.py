"""Input files → :class:`~kg.types.Document` records (decoding, page → items, bylines, layout repair).

A file is either one article (title on the first line) or a whole newspaper page holding
several items. Both are read the same way: the text is cut into paragraphs (non-blank
lines), each paragraph is classified (headline, byline, photo credit, date line, editor's
sign, body), and items start at a headline group or a byline group that follows body text.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .nlp import HAN
from .types import Byline, Document

#: Suffixes of files read from a folder.
TEXT_SUFFIXES = (".txt", ".text", ".md")

_CJK = re.compile(r"[\u3400-\u9fff]")
_CLOSING = "。！？!?；;…”’」』）)"
_H = HAN  # name characters (basic block, Ext A, Ext B-H); normalised text has "·" as its only dot
_NAME = f"[{_H}·]{{1,5}}"
#: A byline role: 本报记者, 见习记者, 特约通讯员, 实习生, 新华社记者 (an outlet before it, 江城日报记者, is
#: read as a separate run and dropped); ``文/`` and ``图/`` sign a text or picture. 通讯员 →
#: correspondent, every other role → reporter (CONTRACT.md; the gold files count 见习记者 as a
#: reporter and leave 实习生 optional).
_ROLE = r"(?:本报|新华社)?(?:特约|见习|首席|驻站)?(?:记者|通讯员|实习生)|摄影|(?:文图|图文|文|图)\s*[/／|｜]"
_ROLE_SPLIT = re.compile(f"({_ROLE})")
_OUTLET = f"[{_H}]{{1,10}}?(?:日报|晚报|报|网|社|台)"
# A byline line: □ 本报记者 柯远舟 / 本报通讯员 林小禾 周沐阳 / 记者：X / 江城日报记者 X 通讯员 Y / 文/X
_BYLINE_LINE = re.compile(
    rf"^[□■◇◆●]?\s*(?:本报讯\s*)?(?:{_OUTLET})?\s*(?:{_ROLE})\s*[：:]?[\s{_H}·（()）、：:/／|｜]*$")
# Inline byline at the head of a body paragraph: 本报讯 记者X 通讯员Y Z 近日，…  or 本报讯（记者X 通讯员Y）
_INLINE_BYLINE = re.compile(
    rf"^(?:本报讯|[{_H}]{{2,12}}?(?:\d{{1,2}}月\d{{1,2}}日)?[{_H}]{{0,6}}?(?:讯|电))\s*[（(]?\s*"
    rf"(?P<body>(?:(?:本报)?(?:特约|见习)?(?:记者|通讯员|实习生)\s*(?:{_NAME}\s+|{_NAME}(?=\s*[）)]))+)+)"
)
# A dateline: 本报讯, 本报北京1月9日电, 今视网3月12日南昌讯, 某某网某地3月11日电
_DATELINE = re.compile(rf"^(?:本报讯|[{_H}]{{2,12}}?(?:\d{{1,2}}月\d{{1,2}}日)?[{_H}]{{0,6}}?(?:讯|电))")
# A bracket of byline text: （记者王小明 通讯员李华）, (周明远郭小川何雨桐), （江城日报记者王小明实习生李华）
_BRACKET = re.compile(r"\s*[（(](?P<body>[^（）()\n]{2,40})[）)]")
# A closing credit at the end of a paragraph: ……。（本报记者 王小明 通讯员 李华）
_CLOSING_CREDIT = re.compile(r"(?<=[。！？”」』])\s*[（(](?P<body>[^（）()\n]{2,40})[）)]\s*$")
# A photo credit at the end of a paragraph: 本报记者 柯远舟 本报通讯员 林小禾 摄 / 周沐阳摄（人民视觉）
_CREDIT = re.compile(r"(?:^|(?<=[。！？”\s]))(?P<credit>[^。！？”]{1,40}?)\s*摄\s*(?:[（(][^（）()]{1,12}[）)])?\s*$")
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
# A date or timestamp line: 2024-05-12, 2024-05-12 09:30, 发布时间：2024年5月12日 09:30 星期日 来源：某某网
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:发布|更新|发表|刊发)?(?:时间|日期)\s*[:：]\s*)?(?:{_DATE}(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*{_TIME})?|{_TIME})"
    rf"(?:\s+来源\s*[:：]\s*\S{{1,20}})?\s*$")
_EDITOR_SIGN = re.compile(r"^\s*——\s*(?:编\s*者|本报评论员|[\u4e00-\u9fff]{0,4})\s*$")
# Page furniture read as text, never as a headline: data and picture sources, captions (图①：…)
_NOTE = re.compile(r"^(?:(?:数据|资料|图片|信息|素材)来源\s*[：:]|图\s*[①-⑳\d一二三四五六七八九十]+\s*[：:]|图为|(?:上|下|左|右|题)图\s*[：:为]"
                   r"|.{1,30}(?:供图|图片.{0,12}提供)$)")


@dataclass
class _Para:
    text: str
    start: int  # offset in the file
    kind: str = "body"  # headline | byline | closing | credit | date | sign | note | body


# ----------------------------------------------------------------------------- reading
def read_text(path: str | os.PathLike) -> str:
    """Read one input file as text.

    UTF-8 (with or without BOM) is tried first, UTF-16 when the file starts with its
    byte-order mark; otherwise charset-normalizer detects a Chinese encoding
    (GB18030/GBK/GB2312/Big5). Line ends are kept as in the file.

    Args:
        path: the file to read.

    Returns:
        The decoded text (``str``); offsets in it are the "input file" offsets.

    Raises:
        InputError: the file is missing, a folder, empty, binary (NUL bytes), or neither
            UTF-8 nor a detectable Chinese encoding.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte-order mark
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{p}: starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
        if not _CJK.search(text):
            raise InputError(f"{p}: holds no Chinese text")
        return text
    if b"\x00" in data:
        raise InputError(f"{p}: looks like a binary file (NUL bytes), expected Chinese text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _detect_chinese(data)
        if text is None:
            raise InputError(
                f"{p}: not valid UTF-8 (bad byte at offset {exc.start}) and no Chinese encoding detected"
            ) from None
    if not _CJK.search(text):
        raise InputError(f"{p}: holds no Chinese text")
    return text


def _detect_chinese(data: bytes) -> str | None:
    """Decode ``data`` with a Chinese legacy encoding found by charset-normalizer, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "gbk", "gb2312", "big5", "big5hkscs", "utf_16"]).best()
    if best is None:
        return None
    text = str(best)
    cjk = len(_CJK.findall(text))
    return text if cjk >= max(2, len(text.strip()) // 4) else None


def iter_input_files(inputs: list[str | os.PathLike], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[Path]:
    """Expand inputs (files and folders) into a sorted list of text files.

    Args:
        inputs: file or folder paths. A folder contributes its ``*.txt``/``*.text``/``*.md``
            files (or those ending in one of ``suffixes``), recursively, in sorted order.
        suffixes: lower-case file suffixes read from folders.

    Returns:
        The files, in the order given (folders expanded in sorted order), without duplicates.

    Raises:
        InputError: a path is missing, or a folder holds no text file.
    """
    files: list[Path] = []
    for item in inputs:
        p = Path(item)
        if not p.exists():
            if p.is_symlink():
                raise InputError(f"{p}: a symbolic link to nothing (or a loop of links)")
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            found = _walk(p, suffixes)
            if not found:
                raise InputError(f"{p}: the folder holds no text files ({', '.join(suffixes)})")
            files.extend(found)
        else:
            files.append(p)
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]


def _walk(folder: Path, suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[Path]:
    """Text files below ``folder``, sorted; an unreadable subfolder is an error, not a skip."""
    def fail(exc: OSError) -> None:
        raise InputError(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

    found = []
    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs.sort()
        found += [Path(root) / f for f in files if Path(f).suffix.lower() in suffixes]
    return sorted(found)


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


def _is_headline(text: str) -> bool:
    if len(text) > 40 or "。" in text:
        return False
    commas = text.count("，") + text.count(",")
    if commas >= 2 or (commas and len(text) > 24):
        return False  # a clause list: body text cut by the layout, not a headline
    if text[-1] in "。！？!?；;：:，,、" and not text.endswith("——"):
        return text[-1] in "！？!?" and len(text) <= 30 and "，" not in text[:-1]
    return True


def _title_like(text: str) -> bool:
    """Could ``text`` be a headline line, commas allowed (no full stop, ≤ 40 characters, not cut
    after a comma)?"""
    return len(text) <= 40 and "。" not in text and (text[-1] not in "，,、：:；;" or text.endswith("——"))


def _classify(p: _Para) -> str:
    """The kind of one paragraph on its own (see :func:`_refine` for the kinds read in context).

    Order matters: a timestamp is never a headline, a photo credit (``本报记者 王小明摄``) is never
    a byline, a bracketed byline (``（本报记者 王小明）``) closes an item instead of opening one,
    and page furniture (``数据来源：…``, ``图①：…``, ``…供图``) is text, never a headline.
    """
    t = p.text
    if _DATE_LINE.match(t):
        return "date"
    if _EDITOR_SIGN.match(t) and len(t) <= 8:
        return "sign"
    if _credit_chunk(t) is not None:
        return "credit"
    if _NOTE.match(t):
        return "note"
    if len(t) <= 42 and t[0] in "（(" and t[-1] in "）)" and _byline_parts(t[1:-1], names_only=True):
        return "closing"
    if _BYLINE_LINE.match(t) and len(t) <= 40 and _byline_parts(t):
        return "byline"
    if _is_headline(t):
        return "headline"
    return "body"


def _refine(paras: list[_Para]) -> None:
    """Classify paragraphs whose kind depends on their neighbours (in place).

    - the first line of the input is its title when it reads as one, commas allowed
      (``禁毒路上，他们够拼够专业``);
    - a line between a headline and a byline is a subtitle, commas allowed;
    - a bare name on its line under a headline, before the body (``王  强``, ``王小明``), is a byline;
    - a headline-like line after a byline or body and right before a photo credit is a caption.
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
        if p.kind == "body" and _title_like(p.text) and (k == 0 or before == "headline" and after == "byline"):
            p.kind = "headline"
        elif p.kind == "headline" and before in ("headline", "byline") and after in ("body", "note", "byline") \
                and _bare_name(p.text):
            p.kind = "byline"
        elif p.kind == "headline" and before in ("byline", "closing", "body", "note") and after == "credit":
            p.kind = "note"


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


def _repair_layout(paras: list[_Para], text: str) -> list[tuple[str, list[int]]]:
    """Join body paragraphs the layout cut mid-sentence; return (text, char offsets) pairs."""
    out: list[tuple[str, list[int]]] = []
    pending: tuple[str, list[int]] | None = None
    for p in paras:
        offs = list(range(p.start, p.start + len(p.text)))
        if pending is not None and p.kind in ("body", "headline"):
            pending = (pending[0] + p.text, pending[1] + offs)
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


def _names(chunk: str, split_runs: bool = False) -> list[tuple[str, int, int]] | None:
    """Names in a byline chunk: ``[(name, start, end)]`` offsets into ``chunk``, or None if the
    chunk holds something that is neither a name nor a byline word.

    Names are separated by spaces or 、; single characters are joined (``林  禾`` → 林禾); a run
    of three or more characters ending like an outlet (``江城日报``) and the words of
    ``kg/lexicons/bylines.txt`` tagged ``notname`` (``整理``, ``摄``) are skipped. With
    ``split_runs``, a run printed without spaces (``王小明李华``) is cut at surnames (:func:`_split_run`).
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
        if tok in not_names or (len(tok) >= 3 and tok.endswith(outlets)):
            i += 1
            continue
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1:
            nxt = tokens[i + 1]
            names.append((tok + nxt[0], s, nxt[2]))
            i += 2
            continue
        if "·" in tok:
            names.append((tok, s, e))
        elif split_runs and len(tok) >= 4 and _split_run(tok) and len(_split_run(tok)) > 1:
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
            (``周明远郭小川何雨桐``, cut at surnames); their role is ``reporter``.
        surnames: with ``names_only``, require each name without a role word to start with a
            surname; False where the line itself says it holds names (``佑  安摄``).

    Returns:
        The names with their roles (``reporter``/``correspondent``) and offsets into ``chunk``,
        or None when the chunk is not a byline (no name, or text that is not a name).
    """
    parts = _ROLE_SPLIT.split(chunk)
    has_role = len(parts) > 1
    if not has_role and not names_only:
        return None
    out: list[tuple[str, str, int, int]] = []
    role, pos = "reporter", 0
    for k, part in enumerate(parts):
        if k % 2:  # a role keyword
            role = "correspondent" if "通讯员" in part else "reporter"
        elif part:
            names = _names(part, split_runs=True)
            if names is None:
                return None
            if not has_role and surnames and not all(_split_run(n) or "·" in n for n, _, _ in names):
                return None  # a bracket of words, not of names
            out.extend((n, role, pos + s, pos + e) for n, s, e in names)
        pos += len(part)
    return out or None


def _parse_byline(chunk: str, base: int, line: str, names_only: bool = False,
                  surnames: bool = True) -> list[Byline]:
    """:func:`_byline_parts` as :class:`Byline` records; ``base`` is the file offset of ``chunk``."""
    return [Byline(n, role, base + s, base + e, line)
            for n, role, s, e in _byline_parts(chunk, names_only, surnames) or ()]


def _credit_chunk(text: str) -> str | None:
    """The names part of a photo-credit line (``本报记者 王小明摄``, ``张  越摄（人民视觉）``), or None."""
    m = re.fullmatch(r"(?P<who>.{1,40}?)\s*摄\s*(?:[（(][^（）()]{1,12}[）)])?", text)
    if not m or not _byline_parts(m.group("who"), names_only=True) and \
            not re.fullmatch(f"[{_H}·]{{1,4}}(?:\\s+[{_H}·]{{1,4}})?", m.group("who").strip()):
        return None
    return m.group("who")


def _credit_bylines(text: str, offs: list[int]) -> tuple[str, list[int], list[Byline]]:
    """Strip a trailing photo credit (``… 本报记者 X 本报通讯员 Y 摄``) or a closing credit in
    brackets (``……。（本报记者 X 通讯员 Y）``) from a paragraph."""
    m = _CLOSING_CREDIT.search(text)
    if m and _ROLE_SPLIT.search(m.group("body")) and _byline_parts(m.group("body")):
        bylines = _parse_byline(m.group("body"), offs[m.start("body")], text[m.start("body") - 1:m.end("body") + 1])
        cut = len(text[: m.start()].rstrip())
        return text[:cut], offs[:cut], bylines
    m = _CREDIT.search(text)
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


def _starts_item(paras: list[_Para], i: int) -> bool:
    """Does the headline/byline group at ``i`` open a new item?"""
    kinds = []
    j = i
    while j < len(paras) and paras[j].kind in ("headline", "byline", "date", "sign"):
        kinds.append(paras[j].kind)
        j += 1
    if j == len(paras):  # a closing byline (记者 X 报道) belongs to the item above
        return False
    if "byline" in kinds or kinds.count("headline") >= 2:
        return True
    nxt = paras[j] if j < len(paras) else None
    return bool(nxt and _inline_byline(nxt.text, list(range(len(nxt.text))))[2])


def split_items(text: str) -> list[_Item]:
    """Cut a page (or an article) into items of headlines, bylines and body paragraphs."""
    paras = _paragraphs(text)
    for p in paras:
        p.kind = _classify(p)
    _refine(paras)
    items: list[_Item] = []
    cur = _Item([], [], [])
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.kind in ("headline", "byline") and cur.has_body and _starts_item(paras, i):
            items.append(cur)
            cur = _Item([], [], [])
        if p.kind == "headline" and (not cur.has_body) and not cur.paras:
            cur.headlines.append((p.text, p.start))
        elif p.kind in ("byline", "credit", "closing"):
            # a credit and a closing credit never open an item; a bare name under a headline
            # (a byline without a role word) reads as a reporter
            chunk = _credit_chunk(p.text) if p.kind == "credit" else p.text
            if p.kind == "closing":
                chunk = " " + chunk[1:-1] + " "
            cur.bylines.extend(_parse_byline(chunk or "", p.start, p.text, names_only=True,
                                             surnames=p.kind == "closing"))
        elif p.kind in ("date", "sign"):
            pass
        else:
            j = i
            block = []
            while j < len(paras) and (paras[j].kind in ("body", "note") or (block and paras[j].kind == "headline" and _cut(block[-1]))):
                block.append(paras[j])
                j += 1
            if not block:  # a lone sub-heading inside an item
                block, j = [p], i + 1
            for ptext, offs in _repair_layout(block, text):
                if cur.has_body and _CREDIT.search(ptext) and cur.headlines and _caption_item(ptext):
                    items.append(cur)
                    cur = _Item([], [], [])
                ptext, offs, credits = _credit_bylines(ptext, offs)
                ptext, offs, inline = _inline_byline(ptext, offs)
                cur.bylines.extend(credits + inline)
                if ptext:
                    cur.paras.append((ptext, offs))
                    cur.has_body = True
            i = j
            continue
        i += 1
    items.append(cur)
    return [it for it in items if it.paras or it.headlines]


def _cut(p: _Para) -> bool:
    """Did the layout cut this body paragraph mid-sentence (no closing punctuation)?

    A paragraph ending in a comma or enumeration mark always continues; one ending in a
    plain character continues when it is longer than a caption or heading (20 characters).
    """
    if p.kind != "body" or p.text[-1] in _CLOSING or _CREDIT.search(p.text):
        return False
    return p.text[-1] in "，,、：:；;" or len(p.text) > 20


def _caption_item(ptext: str) -> bool:
    """A body paragraph ending with a credit naming a reporter: a photo with its own caption."""
    m = _CREDIT.search(ptext)
    return bool(m and _ROLE_SPLIT.search(m.group("credit")) and len(ptext) > 40)


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
    builds agree (ontology/MODEL.md, "Articles").
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def documents_from_text(text: str, source: str) -> list[Document]:
    """Split one decoded input text into documents (one per item).

    Args:
        text: the file's text as read (see :func:`read_text`).
        source: the file's base name, used for ``Document.source`` and ids.

    Returns:
        The documents in page order; ids are ``<stem>-<hash>-<n>`` (:func:`content_hash`), n
        from 1. Byline names and lines are given as printed (:class:`~kg.types.Byline`), inner
        spaces removed from names.
    """
    from .nlp import normalize

    stem = f"{Path(source).stem}-{content_hash(text)}"
    docs = []
    # the layout is read on the normalised text (本報記者 is a byline like 本报记者); headlines,
    # body and bylines keep the characters as printed
    norm = normalize(text)
    for n, item in enumerate(split_items(norm), 1):
        title, alts = _main_title([text[a:a + len(h)] for h, a in item.headlines])
        # a profile subtitle (——记某某派出所) or kicker (刑警支队副支队长王小明——) names the article's
        # subject: read it as text too
        profile = [(h, a) for h, a in item.headlines
                   if re.match(r"^(?:——)?记[\u4e00-\u9fff]", h) or (h.endswith("——") and len(h.strip("—")) >= 4)]
        item.bylines = [_printed(b, text, norm) for b in item.bylines]
        if not item.paras:  # a headline-only item (a one-line input): its lines are its text
            profile = list(item.headlines)
        item.paras = [(text[a:a + len(h)], list(range(a, a + len(h)))) for h, a in profile] + \
            [("".join(text[o] for o in offs), offs) for _, offs in item.paras]
        body = "\n".join(p for p, _ in item.paras)
        cmap: list[int] = []
        for k, (ptext, offs) in enumerate(item.paras):
            if k:
                cmap.append(cmap[-1] if cmap else 0)
            cmap.extend(offs)
        if not title:
            first = re.split(r"[。！？]", body, maxsplit=1)[0] if body else ""
            title = first[:30]
        docs.append(Document(f"{stem}-{n}", source, title, alts, body, tuple(cmap), tuple(item.bylines)))
    return docs


def _printed(b: Byline, text: str, norm: str) -> Byline:
    """``b`` (read on the normalised text ``norm``) with its name and line as printed in ``text``."""
    name = re.sub(r"\s+", "", text[b.start:b.end])
    k = norm.rfind(b.line, 0, b.start + len(b.line))
    line = text[k:k + len(b.line)] if 0 <= k <= b.start < k + len(b.line) else b.line
    return Byline(name, b.role, b.start, b.end, line)


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
