"""A statistical mention tagger: a character-level CRF for persons, organizations, places, posts.

The rules in :mod:`kg.extract` are built for precision on police and legal news; this tagger is
a learned second opinion that the extractors may consult per sentence. It is a linear-chain
CRF (CRFsuite through ``python-crfsuite``) over characters with BIO tags and four labels:

=======  =====================================================================
label    CLUENER2020 types it was trained from
=======  =====================================================================
``PER``  ``name``
``ORG``  ``government``, ``organization``, ``company``
``LOC``  ``address`` (``scene`` — scenic spots — is left out: Tupu's places are
         divisions and addresses, and CLUENER's ``address`` keeps them apart)
``POST`` ``position``
=======  =====================================================================

Model: ``kg/data/tagger.crfsuite``, trained on CLUENER2020 ``train.json`` (10,748 sentences
of Sina news, the copy of the CLUENER2020 release mirrored in hemingkx/CLUENER2020, labels as
published in 2020) by ``scripts/train_tagger.py``, which rebuilds it byte for byte. Features
(:func:`features`) are the characters in a ±2 window, character bigrams, character types, a
surname flag read from ``kg/lexicons/surnames.tsv`` and name-ending flags read from
``kg/data/tagger_suffixes.txt``: the same files at training and tagging time.

Everything is local: the model is read from the package, never fetched. Text is normalised
with :func:`kg.nlp.normalize` (one character per character), so offsets are offsets into the
string given, and full-width or traditional text is tagged like its half-width, simplified form.

Use :func:`tag_sentence` from an extractor (a :class:`kg.types.Sentence`, thresholds per
label applied) or :func:`tag_mentions` on any string (every span with its confidence).
A :class:`pycrfsuite.Tagger` is not thread-safe; the cached one is meant for one thread per
process (Tupu's pipeline and its fork pools).
"""
from __future__ import annotations

import hashlib
import importlib.resources
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .errors import KGError
from .nlp import normalize, words

#: Labels the model predicts.
LABELS = ("PER", "ORG", "LOC", "POST")

#: The shipped model, relative to the ``kg`` package.
MODEL_RESOURCE = "data/tagger.crfsuite"
#: The name-ending list behind the suffix features, relative to the ``kg`` package.
SUFFIX_RESOURCE = "data/tagger_suffixes.txt"

#: Default minimum confidence per label for :func:`tag_sentence`, chosen for precision on
#: CLUENER2020 dev (``bench/eval_ner.py --thresholds``): PER 0.94 (recall 0.47), ORG 0.93
#: against government ∪ organization ∪ company (recall 0.44), POST 0.92 (recall 0.48); LOC
#: stays weak (0.83, recall 0.16): prefer the gazetteer for places.
DEFAULT_THRESHOLDS: dict[str, float] = {"PER": 0.9, "ORG": 0.95, "LOC": 0.95, "POST": 0.9}

_DOTS = frozenset("·•・‧∙･")


class TaggerError(KGError):
    """The tagger's model file is missing, unreadable or not a CRFsuite model."""


@dataclass(frozen=True)
class TaggedSpan:
    """One mention found by the tagger.

    Attributes:
        start: offset of the first character in the tagged string (code points, from 0).
        end: offset just past the last character (half-open ``[start, end)``).
        label: ``"PER"``, ``"ORG"``, ``"LOC"`` or ``"POST"``.
        confidence: the lowest marginal probability (0–1) among the span's character tags
            (``B-X``, ``I-X`` …) under the CRF; 1.0 means the model is certain of every one.
    """

    start: int
    end: int
    label: str
    confidence: float

    def text_of(self, text: str) -> str:
        """The span's characters in ``text`` (the string that was tagged)."""
        return text[self.start:self.end]


# ----------------------------------------------------------------------------- features
@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-character and compound surnames from ``kg/lexicons/surnames.tsv``."""
    names = words("surnames")
    return (frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) > 1))


@lru_cache(maxsize=1)
def _suffixes() -> dict[str, str]:
    """suffix → kind from ``kg/data/tagger_suffixes.txt``.

    Raises:
        TaggerError: the file is missing or a line is not ``suffix kind``.
    """
    path = importlib.resources.files("kg").joinpath(SUFFIX_RESOURCE)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaggerError(f"kg/{SUFFIX_RESOURCE}: cannot read the tagger's suffix list ({exc})") from None
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or parts[1] not in ("org", "loc"):
            raise TaggerError(f"kg/{SUFFIX_RESOURCE}:{n}: expected 'suffix org|loc', got {line!r}")
        out[parts[0]] = parts[1]
    return out


@lru_cache(maxsize=1)
def _suffix_index() -> tuple[dict[str, str], frozenset[str], tuple[int, ...]]:
    """The suffix list, the set of its last characters and its distinct lengths."""
    suffixes = _suffixes()
    return suffixes, frozenset(w[-1] for w in suffixes), tuple(sorted({len(w) for w in suffixes}))


def _char_type(ch: str) -> str:
    if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
        return "H"
    if ch in _DOTS:
        return "M"
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    cat = unicodedata.category(ch)
    return "P" if cat[0] in "PS" else "O"


class _CharTypes(dict):
    """Character → :func:`_char_type`, filled as characters are met (a lookup in C for
    ``map``, where a cached function cost a Python call per character); emptied when it holds
    :data:`CHAR_TYPES` characters."""

    def __missing__(self, ch: str) -> str:
        if len(self) >= CHAR_TYPES:
            self.clear()
        self[ch] = kind = _char_type(ch)
        return kind


#: Characters whose type :data:`_CHAR_TYPES` keeps.
CHAR_TYPES = 8192
_CHAR_TYPES = _CharTypes()


def features(text: str) -> list[list[str]]:
    """CRF features of every character of ``text`` (after :func:`kg.nlp.normalize`).

    Args:
        text: any string; may be empty.

    Returns:
        One list of feature names per character, in a fixed order: characters at offsets
        −2…+2, bigrams around the character, character types (H = CJK, D = digit, L = letter,
        M = middle dot, P = punctuation or symbol, S = space), surname flags and the kinds of
        name endings (``kg/data/tagger_suffixes.txt``) ending at the previous, this and the
        next character.

    Raises:
        TaggerError: the suffix list cannot be read.
    """
    return [list(row) for row in _items(text)]


def _items(text: str) -> list[tuple[str, ...]]:
    """:func:`features` as tuples (what CRFsuite reads; the same names in the same order),
    made by C-level maps and zips rather than a Python loop per character and feature."""
    norm = normalize(text)
    n = len(norm)
    single, compound = _surnames()
    suffixes, last_chars, lengths = _suffix_index()
    chars = ["^2", "^1", *norm, "$1", "$2"]
    types = ["B", "B", *map(_CHAR_TYPES.__getitem__, norm), "E", "E"]
    cm2, cm1, c0, cp1, cp2 = chars[:n], chars[1:n + 1], chars[2:n + 2], chars[3:n + 3], chars[4:n + 4]
    t0 = types[2:n + 2]
    add = str.__add__
    rows = list(zip(
        repeat("bias", n),
        map("c-2=".__add__, cm2), map("c-1=".__add__, cm1), map("c0=".__add__, c0),
        map("c1=".__add__, cp1), map("c2=".__add__, cp2),
        map("b-1=".__add__, map(add, cm1, c0)), map("b1=".__add__, map(add, c0, cp1)),
        map("b-2=".__add__, map(add, cm2, cm1)), map("b2=".__add__, map(add, cp1, cp2)),
        map("t0=".__add__, t0),
        map("t=".__add__, map(add, map(add, types[1:n + 1], t0), types[3:n + 3]))))
    extra: dict[int, list[str]] = {}  # row → the flags it gets, in the order features() appends them

    def flag(i: int, name: str) -> None:
        got = extra.get(i)
        if got is None:
            extra[i] = [name]
        else:
            got.append(name)

    for i, ch in enumerate(norm):
        if ch in single:
            flag(i, "sn0")
            if i + 1 < n:
                flag(i + 1, "sn-1")
            if i + 2 < n:
                flag(i + 2, "sn-2")
        if i + 1 < n and norm[i:i + 2] in compound:
            flag(i, "csn0")
            flag(i + 1, "csn-1")
        if ch in last_chars:
            kinds = {suffixes[w] for k in lengths if k <= i + 1 and (w := norm[i + 1 - k:i + 1]) in suffixes}
            if kinds:
                ends = "+".join(sorted(kinds))
                flag(i, "end0=" + ends)
                if i:
                    flag(i - 1, "end1=" + ends)
                if i + 1 < n:
                    flag(i + 1, "end-1=" + ends)
    for i, names in extra.items():
        rows[i] += tuple(names)
    return rows


# ----------------------------------------------------------------------------- model
def default_model_path() -> Path:
    """Where the shipped model lives (``kg/data/tagger.crfsuite`` inside the package)."""
    return Path(str(importlib.resources.files("kg").joinpath(MODEL_RESOURCE)))


def _model_problem(data: bytes) -> str | None:
    """Why ``data`` is not a whole CRFsuite (CRF1d) model file, or ``None``.

    CRFsuite does not check a model before using it (a truncated file crashes the process),
    so the header is checked here: magic ``lCRF``, type ``FOMC``, the recorded size equal to
    the file's size, and the five chunks (features, label and attribute dictionaries and
    their reference tables) inside the file, each starting with its own magic.
    """
    if len(data) < 48 or data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        return "not a CRFsuite model"
    size = int.from_bytes(data[4:8], "little")
    if size != len(data):
        return f"truncated or padded tagger model ({len(data):,} bytes, header says {size:,})"
    offsets = [int.from_bytes(data[i:i + 4], "little") for i in range(28, 48, 4)]
    for off, magic in zip(offsets, (b"FEAT", b"CQDB", b"CQDB", b"LFRF", b"AFRF")):
        if not 48 <= off <= len(data) - 4 or data[off:off + 4] != magic:
            return "broken tagger model (bad chunk table)"
    return None


@lru_cache(maxsize=4)
def load_tagger(path: str | os.PathLike | None = None):
    """Open a CRFsuite model once and cache the tagger.

    Args:
        path: a model file; ``None`` for the shipped model.

    Returns:
        A ``pycrfsuite.Tagger`` with the model open.

    Raises:
        TaggerError: the file is missing, unreadable, truncated or not a CRFsuite model (the
            message names the file and says how to rebuild it).
    """
    import pycrfsuite

    p = Path(path) if path is not None else default_model_path()
    hint = "rebuild it with scripts/train_tagger.py or reinstall Tupu"
    if not p.is_file():
        raise TaggerError(f"{p}: tagger model not found; {hint}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TaggerError(f"{p}: cannot read the tagger model ({exc.strerror or exc}); {hint}") from None
    problem = _model_problem(data)
    digest_file = p.with_name(p.name + ".sha256")
    if problem is None and digest_file.is_file():  # CRFsuite crashes on a damaged body: check it first
        expected = digest_file.read_text(encoding="ascii", errors="replace").strip()
        if hashlib.sha256(data).hexdigest() != expected:
            problem = "damaged tagger model (its SHA-256 differs from " + digest_file.name + ")"
    if problem:
        raise TaggerError(f"{p}: {problem}; {hint}")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(p))
        labels = set(tagger.labels())
    except Exception as exc:  # crfsuite reports a broken file as ValueError / OSError
        raise TaggerError(f"{p}: broken tagger model ({exc}); {hint}") from None
    if not labels <= {"O"} | {f"{b}-{x}" for b in "BI" for x in LABELS}:
        raise TaggerError(f"{p}: unexpected labels in the tagger model: {sorted(labels)}; {hint}")
    return tagger


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """``[(start, end, label)]`` of a BIO tag sequence (an ``I-X`` after O or another type opens a span)."""
    out = []
    label, start = None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if label is not None and not (prefix == "I" and t == label):
            out.append((start, i, label))
            label = None
        if prefix == "B" or (prefix == "I" and label is None):
            label, start = t, i
    return out


def tag_mentions(text: str, model: str | os.PathLike | None = None) -> list[TaggedSpan]:
    """Find person, organization, place and post mentions in ``text`` with the CRF.

    Args:
        text: a sentence or any string (a whole article works too; sentences are best, the
            model was trained on sentences of at most a few hundred characters).
        model: a model file; ``None`` (the default) for the shipped ``kg/data/tagger.crfsuite``.

    Returns:
        Every span the model tags, by start offset, with no threshold applied; offsets are
        character offsets into ``text`` (``text[s.start:s.end]`` is the mention).
        Deterministic: the same text gives the same spans.

    Raises:
        TaggerError: the model file is missing or broken, or the suffix list is unreadable.
    """
    if not text:
        return []
    return list(_tagged(text, None if model is None else os.fspath(model)))


#: Sentences whose spans :func:`tag_mentions` keeps (a repeated byline, boilerplate, an article
#: printed twice are tagged once).
TAG_CACHE = 1 << 15


@lru_cache(maxsize=TAG_CACHE)
def _tagged(text: str, model: str | None) -> tuple[TaggedSpan, ...]:
    """:func:`tag_mentions` of a non-empty text, cached (the spans are frozen)."""
    tagger = load_tagger(model)
    tagger.set(_items(text))
    tags = tagger.tag()
    out = []
    for start, end, label in spans_of(tags):
        conf = min(tagger.marginal(tags[i], i) for i in range(start, end))
        out.append(TaggedSpan(start, end, label, round(conf, 6)))
    return tuple(out)


def tag_sentence(sentence, thresholds: dict[str, float] | float | None = None,
                 labels: tuple[str, ...] = LABELS) -> list[TaggedSpan]:
    """The tagger's confident mentions in one sentence, for an extractor.

    Args:
        sentence: a :class:`kg.types.Sentence` (its ``norm`` is tagged; offsets are offsets
            into ``sentence.norm`` and ``sentence.text`` alike — map them to the document with
            ``ctx.span_of(sentence, span.start, span.end)``), or a plain ``str``.
        thresholds: minimum confidence (0–1) per label, or one number for all labels;
            ``None`` uses :data:`DEFAULT_THRESHOLDS`. Labels missing from a dict use 0.95.
        labels: the labels wanted (default all four).

    Returns:
        Spans of the wanted labels whose confidence is at least the label's threshold.

    Raises:
        TaggerError: the model file is missing or broken.
    """
    text = sentence if isinstance(sentence, str) else sentence.norm
    if thresholds is None:
        thresholds = DEFAULT_THRESHOLDS
    if isinstance(thresholds, (int, float)):
        thresholds = {lab: float(thresholds) for lab in LABELS}
    return [s for s in tag_mentions(text) if s.label in labels and s.confidence >= thresholds.get(s.label, 0.95)]
