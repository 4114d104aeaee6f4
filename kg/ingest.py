"""Input files → :class:`~kg.types.Document` records (decoding, page → items, bylines, layout repair).

A file is either one article (title on the first line) or a whole newspaper page holding
several items. Both are read the same way: the text is cut into paragraphs (non-blank
lines), each paragraph is classified (headline, byline, photo credit, date line, editor's
sign, body), and items start at a headline group or a byline group that follows body text.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .types import Byline, Document

#: Suffixes of files read from a folder.
TEXT_SUFFIXES = (".txt", ".text", ".md")

_CJK = re.compile(r"[\u3400-\u9fff]")
_CLOSING = "。！？!?；;…”’」』）)"
_NAME = r"[\u3400-\u9fff·]{1,5}"
# A byline line: □ 本报记者 柯远舟 / 本报通讯员 林小禾 周沐阳 / 记者 X 通讯员 Y.
_BYLINE_LINE = re.compile(r"^[□■◇◆]?\s*(?:本报讯|本报|新华社|人民网)?\s*[（(]?\s*(?:特约)?(?:记者|通讯员|实习生)[\s\u3400-\u9fff·（()）]*$")
# Inline byline at the head of a body paragraph: 本报讯 记者X 通讯员Y Z 近日，…  or 本报讯（记者X 通讯员Y）
_INLINE_BYLINE = re.compile(
    r"^(?:本报讯|[\u4e00-\u9fff]{2,10}(?:\d{1,2}月\d{1,2}日)?(?:讯|电))\s*[（(]?\s*"
    r"(?P<body>(?:(?:本报)?(?:特约)?(?:记者|通讯员|实习生)\s*(?:" + _NAME + r"\s+|" + _NAME + r"(?=\s*[）)]))+)+)"
)
# A dateline with bare names in brackets: 某某网某地3月11日电(张三李四王五)
_DATELINE_NAMES = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:\d{1,2}月\d{1,2}日)?电\s*[（(](?P<body>[\u4e00-\u9fff·\s]{2,20})[）)]")
#: Words of a byline that are not names.
_NOT_NAMES = frozenset("本报 本报讯 摄 报道 报导 摄影 采写 整理 发自 联合报道 文 图".split())
_ROLE_SPLIT = re.compile(r"((?:本报|新华社)?(?:特约)?(?:记者|通讯员|实习生|摄影))")
# A photo credit at the end of a paragraph: 本报记者 柯远舟 本报通讯员 林小禾 摄 / 周沐阳摄
_CREDIT = re.compile(r"(?:^|(?<=[。！？”\s]))(?P<credit>[^。！？”]{1,40}?)\s*摄\s*$")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*$")
_EDITOR_SIGN = re.compile(r"^\s*——\s*(?:编\s*者|本报评论员|[\u4e00-\u9fff]{0,4})\s*$")


@dataclass
class _Para:
    text: str
    start: int  # offset in the file
    kind: str = "body"  # headline | byline | credit | date | sign | body


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


def iter_input_files(inputs: list[str | os.PathLike]) -> list[Path]:
    """Expand inputs (files and folders) into a sorted list of text files.

    Args:
        inputs: file or folder paths. A folder contributes its ``*.txt``/``*.text``/``*.md``
            files, recursively, in sorted order.

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
            found = _walk(p)
            if not found:
                raise InputError(f"{p}: the folder holds no text files ({', '.join(TEXT_SUFFIXES)})")
            files.extend(found)
        else:
            files.append(p)
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]


def _walk(folder: Path) -> list[Path]:
    """Text files below ``folder``, sorted; an unreadable subfolder is an error, not a skip."""
    def fail(exc: OSError) -> None:
        raise InputError(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

    found = []
    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs.sort()
        found += [Path(root) / f for f in files if Path(f).suffix.lower() in TEXT_SUFFIXES]
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


def _classify(p: _Para) -> str:
    t = p.text
    if _DATE_LINE.match(t):
        return "date"
    if _EDITOR_SIGN.match(t) and len(t) <= 8:
        return "sign"
    if _BYLINE_LINE.match(t) and len(t) <= 40:
        return "byline"
    if re.fullmatch(r"[\u3400-\u9fff·\s]{1,12}摄", t) or re.fullmatch(r"(?:本报|新华社)?(?:记者|通讯员)[\s\u3400-\u9fff·]{1,30}摄", t):
        return "credit"
    if _is_headline(t):
        return "headline"
    return "body"


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
def _names(chunk: str) -> list[tuple[str, int, int]]:
    """Names in a byline chunk: whitespace-separated, single characters joined (林  禾 → 林禾)."""
    tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[\u3400-\u9fff·]+", chunk)]
    names: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens):
        tok, s, e = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1:
            nxt = tokens[i + 1]
            names.append((tok + nxt[0], s, nxt[2]))
            i += 2
            continue
        if 2 <= len(tok) <= 5:
            names.append((tok, s, e))
        i += 1
    return names


def _parse_byline(chunk: str, base: int, line: str, default_role: str = "reporter") -> list[Byline]:
    """Read role keywords and names from a byline chunk that starts at file offset ``base``."""
    result = []
    role = default_role
    pos = 0
    for part in _ROLE_SPLIT.split(chunk):
        if _ROLE_SPLIT.fullmatch(part or " "):
            role = "correspondent" if "通讯员" in part else "reporter"
        elif part:
            cleaned = re.sub(r"^[□■◇◆\s本报讯（()）]+", lambda m: " " * len(m.group()), part)
            cleaned = re.sub(r"[（()）]", " ", cleaned)
            for name, s, e in _names(cleaned):
                if name in _NOT_NAMES:
                    continue
                result.append(Byline(name.replace(" ", ""), role, base + pos + s, base + pos + e, line))
        pos += len(part)
    return result


def _credit_bylines(text: str, offs: list[int]) -> tuple[str, list[int], list[Byline]]:
    """Strip a trailing photo credit (``… 本报记者 X 本报通讯员 Y 摄``) from a paragraph."""
    m = _CREDIT.search(text)
    if not m:
        return text, offs, []
    chunk = m.group("credit")
    if not _ROLE_SPLIT.search(chunk) and not re.fullmatch(r"\s*[\u3400-\u9fff·]{1,4}(?:\s+[\u3400-\u9fff·]{1,4})?\s*", chunk):
        return text, offs, []
    bylines = _parse_byline(chunk, offs[m.start("credit")], text[m.start():])
    if not bylines:
        return text, offs, []
    return text[: m.start()].rstrip(), offs[: len(text[: m.start()].rstrip())], bylines


def _inline_byline(text: str, offs: list[int]) -> tuple[str, list[int], list[Byline]]:
    """Strip an inline byline (``本报讯 记者X 通讯员Y …``) from the head of a paragraph."""
    m = _INLINE_BYLINE.match(text)
    if not m:
        return _dateline_names(text, offs)
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


def _dateline_names(text: str, offs: list[int]) -> tuple[str, list[int], list[Byline]]:
    """Strip a dateline with bracketed names (``某某网某地3月11日电(张三李四)``), reading the names."""
    m = _DATELINE_NAMES.match(text)
    if not m:
        return text, offs, []
    base = m.start("body")
    bylines = []
    for chunk in re.finditer(r"[\u4e00-\u9fff·]+", m.group("body")):
        names = [(chunk.group(), 0)] if len(chunk.group()) <= 3 else _split_run(chunk.group())
        for name, k in names:
            start = base + chunk.start() + k
            bylines.append(Byline(name, "reporter", offs[start], offs[start + len(name) - 1] + 1, text[:m.end()]))
    return text[m.end():], offs[m.end():], bylines


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
    return bool(nxt and _INLINE_BYLINE.match(nxt.text))


def split_items(text: str) -> list[_Item]:
    """Cut a page (or an article) into items of headlines, bylines and body paragraphs."""
    paras = _paragraphs(text)
    for p in paras:
        p.kind = _classify(p)
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
        elif p.kind in ("byline", "credit"):
            chunk = re.sub(r"\s*摄$", "", p.text) if p.kind == "credit" else p.text
            cur.bylines.extend(_parse_byline(chunk, p.start, p.text))
        elif p.kind in ("date", "sign"):
            pass
        else:
            j = i
            block = []
            while j < len(paras) and (paras[j].kind == "body" or (block and paras[j].kind == "headline" and _cut(block[-1]))):
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


def documents_from_text(text: str, source: str) -> list[Document]:
    """Split one decoded input text into documents (one per item).

    Args:
        text: the file's text as read (see :func:`read_text`).
        source: the file's base name, used for ``Document.source`` and ids.

    Returns:
        The documents in page order; ids are ``<stem>-<n>``, n from 1.
    """
    from .nlp import normalize

    stem = Path(source).stem
    docs = []
    # the layout is read on the normalised text (本報記者 is a byline like 本报记者); headlines and
    # body keep the characters as printed
    for n, item in enumerate(split_items(normalize(text)), 1):
        title, alts = _main_title([text[a:a + len(h)] for h, a in item.headlines])
        # a profile subtitle (——记某某派出所) names the article's subject: read it as text too
        profile = [(h, a) for h, a in item.headlines if re.match(r"^(?:——)?记[\u4e00-\u9fff]", h)]
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


def load_documents(inputs: list[str | os.PathLike]) -> list[Document]:
    """Read input files and folders into documents.

    Args:
        inputs: files or folders (see :func:`iter_input_files`).

    Returns:
        All documents, file by file, in order.

    Raises:
        InputError: see :func:`read_text` and :func:`iter_input_files`.
    """
    docs: list[Document] = []
    for f in iter_input_files(inputs):
        docs.extend(documents_from_text(read_text(f), f.name))
    return docs
