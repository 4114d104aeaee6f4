"""Document → sentences and tokens: width and script normalisation, sentence split, jieba.

Normalisation keeps one character per character, so an offset into the normalised text is
an offset into the original: full-width letters and digits become half-width (Unicode
compatibility mapping, one character at a time), the middle-dot variants inside a name
(``· • ・ ‧ ･``) become ``·`` (U+00B7), and traditional characters become simplified (OpenCC
``t2s``, character by character when a phrase conversion would change the length) — but only
in a text that *is* traditional (:func:`is_traditional`): simplified text is never pushed through
the converter, which would turn 乾安县 into 干安县 and 於晓峰 into 于晓峰.

The tokenizer is a private ``jieba.Tokenizer`` (never jieba's global one) loaded once with the
project's user dictionary, generated from the rule tables by :mod:`kg.lexicon`.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .lexicon import LexiconEntry, lexicon, parse_lexicon, tagged, user_dictionary, words  # noqa: F401 (re-exported)
from .types import Document, Sentence

#: Longest sentence handed to the extractors (characters); longer runs are cut at commas.
MAX_SENTENCE = 300
#: Longest run of characters unknown to the dictionary given to jieba's HMM (see
#: :class:`kg.posseg.FastPOS`): longer runs (random or garbled text, never real prose, whose
#: unknown runs are names and rare words of a few characters) are tagged one character at a
#: time, so a line of them costs microseconds per character instead of milliseconds.
MAX_HMM_RUN = 32
#: Han characters: the basic block, Extension A, compatibility ideographs and Extensions B–H
#: (a name such as 陈䶮 or 陈立𬘭 holds characters outside the basic block).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_RE = re.compile(f"[{HAN}]")
#: Characters printed as the dot between the parts of a name (热依拉·阿不都); all become U+00B7.
MIDDLE_DOTS = "·•・‧･∙⋅"
_DOT_IN_NAME = re.compile(f"(?<=[{HAN}])[{MIDDLE_DOTS}](?=[{HAN}])")
#: jieba's own regexes (``re_han_default``) see only U+4E00–U+9FD5: characters beyond are
#: re-joined to their word by :func:`tokens`.
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]")
#: What :func:`tokens` repairs in jieba's output: a Han character jieba does not see, or ``·``.
_REPAIRED = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003134f·]")
#: A text is traditional when at least this many characters, and this share of its Han
#: characters, are unambiguous traditional forms (see :func:`is_traditional`).
TRADITIONAL_MIN = 3
TRADITIONAL_SHARE = 0.2
#: …or when its traditional forms are more than this many times its simplified forms.
TRADITIONAL_OVER_SIMPLIFIED = 3
_SENT_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


# ----------------------------------------------------------------------------- normalisation
@lru_cache(maxsize=2)
def _opencc(config: str):
    """OpenCC's converter of ``config`` (``"t2s"``, ``"s2t"``), made once; None without opencc."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC(config)


def _t2s():
    """OpenCC's traditional → simplified converter (None without opencc)."""
    return _opencc("t2s")


_CORNER_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def _fold_width(ch: str) -> str:
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "\u3000\u00a0":
        return " "
    if ch in _CORNER_QUOTES:  # 「」『』 (traditional and Japanese-style quotes) → “”‘’
        return _CORNER_QUOTES[ch]
    if code > 0x2000 and not ("\u3400" <= ch <= "\u9fff"):
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and (folded.isalnum() or folded == " "):
            return folded
    return ch


class _FoldTable(dict):
    """Code point → its :func:`_fold_width` form, filled as characters are met: a table for
    ``str.translate``, which folds a text in C instead of a Python call per character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_width(chr(code))
        return folded


_FOLD = _FoldTable()


@lru_cache(maxsize=1)
def _may_fold() -> re.Pattern:
    """A character :func:`_fold_width` may change: every one it changes in the Basic Multilingual
    Plane (it changes none at or below U+2000 but U+00A0, none in U+3400–U+9FFF), any surrogate
    and any character beyond U+FFFF. A text without one is its own folded form, and
    :func:`normalize` skips the translation (most sentences: Chinese punctuation is left alone)."""
    changed = [c for code in (*range(0x2001, 0x3400), *range(0xA000, 0xD800), *range(0xE000, 0x10000))
               if _fold_width(c := chr(code)) != c]
    return re.compile("[\u00a0" + "".join(map(re.escape, changed)) + "\ud800-\udfff\U00010000-\U0010ffff]")


@lru_cache(maxsize=None)
def _also_simplified() -> frozenset[str]:
    """Characters OpenCC ``t2s`` converts that are also standard simplified characters.

    Source: every such character in GB 2312 (the simplified-character set: 乾 於 夥 徵 …) and
    the lexicon ``kg/lexicons/simplified_also.txt`` (standard characters outside GB 2312, from
    the 通用规范汉字表 of 2013: 昇 陞 蒐 …).
    """
    conv = _t2s()
    out = set(words("simplified_also"))
    if conv is not None:
        for code in range(0x4E00, 0xA000):
            ch = chr(code)
            if conv.convert(ch) != ch:
                try:
                    ch.encode("gb2312")
                except UnicodeEncodeError:
                    continue
                out.add(ch)
    return frozenset(out)


def traditional_chars(text: str) -> tuple[int, int]:
    """Count unambiguous traditional characters in ``text``.

    A character counts when OpenCC ``t2s`` changes it on its own and it is not also a standard
    simplified character (:func:`_also_simplified`): 廣 陳 說 count, 乾 於 著 瞭 never do.

    Args:
        text: any text.

    Returns:
        ``(traditional, han)``: the number of unambiguous traditional characters and the number
        of Han characters (see :data:`HAN`).
    """
    han = len(_HAN_RE.findall(text))
    if _t2s() is None or not han:
        return 0, han
    return sum(text.count(c) for c in _traditional_in(text)), han


def _traditional_in(text: str) -> set[str]:
    """The unambiguous traditional characters of :func:`traditional_chars` that ``text`` holds
    (each character judged once per process)."""
    chars = set(text)
    new = chars - _JUDGED  # characters met for the first time: judged once
    if new:
        both = _also_simplified()
        _TRADITIONAL.update(c for c in new if _HAN_RE.match(c) and c not in both and _changed_by("t2s", c))
        _JUDGED.update(new)
    return chars & _TRADITIONAL


def _simplified_count(text: str) -> int:
    """How many characters of ``text`` are simplified forms: OpenCC ``s2t`` changes them on their
    own and they are no traditional form (国 说 们 这; 后 and 里, written in traditional text too,
    count as well). The text is read once (a ``str.count`` per character read a page of 5 MB again
    for each of its simplified characters: about 0.8 s)."""
    return sum(n for c, n in Counter(text).items() if _HAN_RE.match(c) and _changed_by("s2t", c) and c not in _TRADITIONAL)


#: Characters :func:`traditional_chars` has judged, and those of them it counts.
_JUDGED: set[str] = set()
_TRADITIONAL: set[str] = set()


@lru_cache(maxsize=None)
def _changed_by(config: str, ch: str) -> bool:
    """Does OpenCC's ``config`` converter (``"t2s"``, ``"s2t"``) change the character ``ch`` on its
    own? (cached per character)"""
    return _opencc(config).convert(ch) != ch


def is_traditional(text: str) -> bool:
    """Is ``text`` written in traditional characters?

    True when at least :data:`TRADITIONAL_MIN` characters and :data:`TRADITIONAL_SHARE` of its
    Han characters are unambiguous traditional forms (:func:`traditional_chars`). A simplified
    text quoting one traditional name, or holding 乾/於/著/瞭 (standard simplified characters
    that OpenCC would convert), is not.

    Args:
        text: a document, a line or a sentence.

    Returns:
        The decision (``bool``); deterministic.
    """
    if _t2s() is None or not _traditional_in(text):  # (most texts: no Han count needed)
        return False
    trad, han = traditional_chars(text)
    if trad < TRADITIONAL_MIN:
        return False
    # a short text of common characters holds few traditional forms (民警張偉被…公安廳記個人二等功:
    # 6 of 35); it is traditional too when it holds no simplified form that those outnumber
    return trad >= TRADITIONAL_SHARE * han or trad > TRADITIONAL_OVER_SIMPLIFIED * _simplified_count(text)


def normalize(text: str, traditional: bool | None = None) -> str:
    """Fold width and middle dots, and convert a traditional text to simplified, keeping the length.

    Args:
        text: any text.
        traditional: whether to convert traditional → simplified; ``None`` decides on ``text``
            itself with :func:`is_traditional`. Callers pass the decision made for the whole
            document so every sentence of it is read the same way.

    Returns:
        A string of the same length as ``text`` (offsets are shared): full-width ASCII
        letters and digits → half-width, ideographic space → space, corner quotes 「」『』 →
        “”‘’, a middle-dot variant
        between two Han characters → ``·``, and, for traditional text only, traditional →
        simplified (OpenCC ``t2s``). Chinese punctuation is kept as is.
    """
    folded = _DOT_IN_NAME.sub("·", text.translate(_FOLD) if _may_fold().search(text) else text)
    if traditional is None:
        traditional = is_traditional(folded)
    conv = _t2s()
    if conv is None or not traditional:
        return folded
    simp = conv.convert(folded)
    if len(simp) == len(folded):
        return simp
    return "".join(c if len(s := conv.convert(c)) != 1 else s for c in folded)


def split_sentences(doc: Document) -> list[Sentence]:
    """Split a document's text into sentences (at 。！？ and line ends, keeping closing quotes).

    Args:
        doc: the document.

    Returns:
        Sentences in order with offsets into ``doc.text`` and a normalised copy each; whether
        traditional characters are converted is decided once for the whole document
        (:func:`is_traditional` on ``doc.title`` and ``doc.text``).
    """
    trad = is_traditional(doc.title + "\n" + doc.text)
    out: list[Sentence] = []
    for m in _SENT_END.finditer(doc.text):
        raw = m.group()
        if not raw.strip():
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        text = raw.strip()
        for a, b in _pieces(text):
            out.append(Sentence(len(out), start + a, start + b, text[a:b], normalize(text[a:b], trad)))
    return out


def _pieces(text: str, limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Cut an over-long sentence (layout without full stops) at commas into pieces ≤ ``limit``."""
    if len(text) <= limit:
        return [(0, len(text))]
    out, start = [], 0
    while len(text) - start > limit:
        cut = max(text.rfind(c, start, start + limit) for c in "，,；;、 ")
        end = cut + 1 if cut > start else start + limit
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


# ----------------------------------------------------------------------------- tokenizer
@lru_cache(maxsize=1)
def tokenizer():
    """The project's jieba tokenizer, built once with the user dictionary of :mod:`kg.lexicon`.

    Returns:
        a ``jieba.posseg.POSTokenizer`` around a private ``jieba.Tokenizer``.
    """
    import sys

    import jieba

    fresh = "jieba.posseg" not in sys.modules  # (its import reads the dictionary's tags for jieba's globals)
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.tmp_dir = _private_cache_dir()  # never a shared /tmp/jieba.cache another user could plant
    tk.initialize()
    for word, freq, tag in user_dictionary():
        tk.add_word(word, freq, tag)
    if fresh and jieba.posseg.dt.tokenizer is jieba.dt and jieba.dt.dictionary == tk.dictionary:
        # the tags jieba.posseg's import has just read from the same dictionary file, untouched
        # since (no one could add words to them yet): copied, not read again (about 0.25 s)
        pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        pos.tokenizer, pos.word_tag_tab = tk, dict(jieba.posseg.dt.word_tag_tab)
    else:
        pos = jieba.posseg.POSTokenizer(tk)
    pos.makesure_userdict_loaded()  # the user words' tags in word_tag_tab now, not at the first cut
    return pos


@lru_cache(maxsize=1)
def _fast_pos():
    """:class:`kg.posseg.FastPOS` around :func:`tokenizer`: the same words and tags, faster."""
    from .posseg import FastPOS

    return FastPOS(tokenizer(), long_run=MAX_HMM_RUN)


def _private_cache_dir() -> str:
    """A directory for jieba's dictionary cache that only this user can write.

    ``<tmp>/tupu-jieba-<uid>``, created with mode 0700; when it exists but belongs to someone
    else or others may write it, a fresh private directory is used instead (jieba then rebuilds
    its cache, about a second, rather than trusting a file it did not write).
    """
    import os
    import stat
    import tempfile

    uid = os.getuid() if hasattr(os, "getuid") else 0
    path = os.path.join(tempfile.gettempdir(), f"tupu-jieba-{uid}")
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
        if stat.S_ISDIR(st.st_mode) and (not hasattr(os, "getuid") or st.st_uid == uid) \
                and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return path
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="tupu-jieba-")


def dictionary_freq(word: str) -> int:
    """Frequency of ``word`` in the tokenizer's dictionary (0 when unknown)."""
    return tokenizer().tokenizer.FREQ.get(word, 0)


def tokens(text: str) -> list[tuple[str, str, int]]:
    """Segment and tag ``text`` (normalised): ``[(word, pos, start), …]``.

    Cached (the extractors ask for the same sentences and windows again and again; jieba's
    POS tagger is most of the build time): a new list of the cached tuples is returned.

    jieba only sees Han characters up to U+9FD5 and cuts at the middle dot (its
    ``re_han_default``); jieba's module globals are never changed, the output is repaired
    instead: a Han character beyond that range (䶮, 𬘭) joins the Han word before it (or, at a
    start, after it), and Han words joined by ``·`` become one word (a name in parts:
    买买提·艾力), tagged ``nrt`` (jieba's tag for transliterated names) when a part is tagged as a
    name (``nr*``), else ``nz``.

    Args:
        text: a normalised sentence.

    Returns:
        ``[(word, tag, start)]`` covering ``text`` in order; ``start`` is a code-point offset.
    """
    return list(_tokens(text))


@lru_cache(maxsize=None)
def may_open_alone(ch: str, tag: str) -> bool:
    """Can :func:`tokens` of a text that starts with ``ch`` give ``ch`` alone, tagged ``tag``, as
    its first word? False means never, whatever follows ``ch``: a caller that needs that first
    word skips the segmentation of its window (the answer is the same, at the cost of a look-up).

    jieba gives a lone character at the start of a Han block either the dictionary's tag
    (``word_tag_tab``, ``x`` when it has none: the character alone, a run of characters that is
    a dictionary word, a run longer than :data:`MAX_HMM_RUN`) or the tag of the state its HMM
    puts it in, and the HMM's first state is one of those ``jieba.posseg.char_state_tab_P`` lists
    for the character (any state when it lists none). :func:`tokens`' repairs only make words
    longer. A character jieba does not read as Han (punctuation, a letter, a digit, 䶮) is left
    undecided (True).

    Args:
        ch: one character.
        tag: a jieba tag (``"d"``, ``"v"``, ``"p"`` …).

    Returns:
        False when no cut of any text starting with ``ch`` gives ``(ch, tag)`` first; True when
        one may. Cached per character and tag (the tables are loaded once and never change).
    """
    from jieba.posseg import char_state_tab_P

    if not _JIEBA_HAN.fullmatch(ch) or tokenizer().word_tag_tab.get(ch, "x") == tag:
        return True
    states = char_state_tab_P.get(ch)
    return states is None or any(t == tag for _, t in states)


#: Texts whose tokens :func:`tokens` keeps. The hits are the windows an extractor segments again
#: inside one article: 4,096 keep the hits of 65,536 (67,151 of 67,183 on a 5 MB page) and take
#: about 11 MB where 65,536 reached about 180 MB on a page of 20 MB or more.
TOKEN_CACHE = 1 << 12


@lru_cache(maxsize=TOKEN_CACHE)
def _tokens(text: str) -> tuple[tuple[str, str, int], ...]:
    """:func:`tokens`, cached, as a tuple."""
    raw: list[list] = []
    pos = 0
    if _REPAIRED.search(text) is None:  # nothing to re-join: jieba's words as they are
        out = []
        for w, flag in _fast_pos().cut(text):
            out.append((w, flag, pos))
            pos += len(w)
        return tuple(out)
    for w, flag in _fast_pos().cut(text):
        raw.append([w, flag, pos])
        pos += len(w)
    merged: list[list] = []
    for tok in raw:
        prev = merged[-1] if merged else None
        outside = _HAN_RE.fullmatch(tok[0]) and not _JIEBA_HAN.match(tok[0])
        if prev is not None and outside and _HAN_RE.match(prev[0][-1]):
            prev[0] += tok[0]
        elif prev is not None and _HAN_RE.match(tok[0][0]) and prev[1] == "x" and \
                all(_HAN_RE.match(c) and not _JIEBA_HAN.match(c) for c in prev[0]):
            prev[0] += tok[0]  # 䶮 at a start joins the word after it
            prev[1] = tok[1]
        else:
            merged.append(tok)
    out: list[list] = []
    for tok in merged:
        if len(out) >= 2 and out[-1][0] == "·" and _HAN_RE.match(out[-2][0][-1]) and _HAN_RE.match(tok[0][0]):
            dot = out.pop()
            out[-1][0] += dot[0] + tok[0]
            out[-1][1] = "nrt" if "nr" in (out[-1][1][:2], tok[1][:2]) or out[-1][1] == "nrt" else "nz"
        else:
            out.append(tok)
    return tuple((w, flag, start) for w, flag, start in out)
