"""Document → sentences and tokens: width and script normalisation, sentence split, jieba.

Normalisation keeps one character per character, so an offset into the normalised text is
an offset into the original: full-width letters and digits become half-width (Unicode
compatibility mapping, one character at a time), traditional characters become simplified
(OpenCC ``t2s``, character by character when a phrase conversion would change the length).

The tokenizer is a private ``jieba.Tokenizer`` (never jieba's global one) loaded once with the
project's user dictionary, generated from the rule tables by :mod:`kg.lexicon`.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

from .lexicon import LexiconEntry, lexicon, parse_lexicon, tagged, user_dictionary, words  # noqa: F401 (re-exported)
from .types import Document, Sentence

#: Longest sentence handed to the extractors (characters); longer runs are cut at commas.
MAX_SENTENCE = 300
_SENT_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


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


# ----------------------------------------------------------------------------- tokenizer
@lru_cache(maxsize=1)
def tokenizer():
    """The project's jieba tokenizer, built once with the user dictionary of :mod:`kg.lexicon`.

    Returns:
        a ``jieba.posseg.POSTokenizer`` around a private ``jieba.Tokenizer``.
    """
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word, freq, tag in user_dictionary():
        tk.add_word(word, freq, tag)
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
