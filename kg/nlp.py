"""Document → sentences and tokens: width and script normalisation, sentence split, jieba.

Normalisation keeps one character per character, so an offset into the normalised text is
an offset into the original: full-width letters and digits become half-width (Unicode
compatibility mapping, one character at a time), traditional characters become simplified
(OpenCC ``t2s``, character by character when a phrase conversion would change the length).

The tokenizer is a private ``jieba.Tokenizer`` (never jieba's global one) loaded once with the
project's lexicons (``kg/lexicons/*.txt``).
"""
from __future__ import annotations

import importlib.resources
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .errors import LexiconError
from .types import Document, Sentence

#: Longest sentence handed to the extractors (characters); longer runs are cut at commas.
MAX_SENTENCE = 300
_SENT_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
_TAG_OK = re.compile(r"^[a-z]+$")


# ----------------------------------------------------------------------------- normalisation
@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC("t2s")


def _fold_width(ch: str) -> str:
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in "\u3000\u00a0":
        return " "
    if code > 0x2000 and not ("\u3400" <= ch <= "\u9fff"):
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and (folded.isalnum() or folded == " "):
            return folded
    return ch


def normalize(text: str) -> str:
    """Fold width and convert traditional to simplified characters, keeping the length.

    Args:
        text: any text.

    Returns:
        A string of the same length as ``text`` (offsets are shared): full-width ASCII
        letters and digits → half-width, ideographic space → space, traditional → simplified
        (OpenCC ``t2s``). Chinese punctuation is kept as is.
    """
    folded = "".join(_fold_width(c) for c in text)
    conv = _t2s()
    if conv is None:
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
        Sentences in order with offsets into ``doc.text`` and a normalised copy each.
    """
    out: list[Sentence] = []
    for m in _SENT_END.finditer(doc.text):
        raw = m.group()
        if not raw.strip():
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        text = raw.strip()
        for a, b in _pieces(text):
            out.append(Sentence(len(out), start + a, start + b, text[a:b], normalize(text[a:b])))
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


# ----------------------------------------------------------------------------- lexicons
@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon line: ``word [freq] [tag]`` (jieba's user-dictionary format)."""

    word: str
    freq: int | None
    tag: str | None


def parse_lexicon(text: str, source: str) -> list[LexiconEntry]:
    """Parse a lexicon in jieba's user-dictionary format, rejecting lines jieba would mangle.

    Args:
        text: the file's content; ``#`` starts a comment line.
        source: the file name used in error messages.

    Returns:
        The entries in file order.

    Raises:
        LexiconError: a tag that is not lowercase a–z (jieba silently turns such a line
            into junk), a frequency that is not a positive integer, or too many fields;
            the message names ``source`` and the line number.
    """
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 3:
            raise LexiconError(f"{source}:{n}: expected 'word [freq] [tag]', got {line!r}")
        word, freq, tag = parts[0], None, None
        for extra in parts[1:]:
            if extra.isdigit() and freq is None and tag is None:
                freq = int(extra)
            elif _TAG_OK.match(extra) and tag is None:
                tag = extra
            else:
                raise LexiconError(
                    f"{source}:{n}: bad field {extra!r} in {line!r}: frequency must be a positive integer "
                    "and the tag lowercase a-z (e.g. nt, ns, nr)"
                )
        entries.append(LexiconEntry(word, freq, tag))
    return entries


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[LexiconEntry, ...]:
    """A shipped lexicon ``kg/lexicons/<name>.txt``, parsed and validated (cached)."""
    path = importlib.resources.files("kg").joinpath(f"lexicons/{name}.txt")
    return tuple(parse_lexicon(path.read_text(encoding="utf-8"), f"kg/lexicons/{name}.txt"))


def words(name: str) -> frozenset[str]:
    """The set of words of a shipped lexicon."""
    return frozenset(e.word for e in lexicon(name))


def tagged(name: str) -> dict[str, str]:
    """word → tag for a shipped lexicon (tag ``""`` when absent)."""
    return {e.word: e.tag or "" for e in lexicon(name)}


# ----------------------------------------------------------------------------- tokenizer
_USER_LEXICONS = ("units", "titles", "honors", "modifiers")


@lru_cache(maxsize=1)
def tokenizer():
    """The project's jieba tokenizer, built once with the shipped lexicons.

    Returns:
        a ``jieba.posseg.POSTokenizer`` around a private ``jieba.Tokenizer``.
    """
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for name in _USER_LEXICONS:
        for e in lexicon(name):
            tk.add_word(e.word, e.freq or 2000, e.tag or "n")
    return jieba.posseg.POSTokenizer(tk)


def dictionary_freq(word: str) -> int:
    """Frequency of ``word`` in the tokenizer's dictionary (0 when unknown)."""
    return tokenizer().tokenizer.FREQ.get(word, 0)


def tokens(text: str) -> list[tuple[str, str, int]]:
    """Segment and tag ``text`` (normalised): ``[(word, pos, start), …]``."""
    out = []
    pos = 0
    for w, flag in tokenizer().cut(text, HMM=True):
        out.append((w, flag, pos))
        pos += len(w)
    return out
