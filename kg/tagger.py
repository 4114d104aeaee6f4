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

Tagging does not hand CRFsuite the feature names: the features' attribute ids are found from
the characters with numpy, their weights summed per label in CRFsuite's order, and the sums
given to CRFsuite's Viterbi and forward-backward through a model derived from the shipped one
at load time (:class:`_Scorer`), so tags and confidences are the shipped model's to the bit
in less time. :func:`prepare` scores a document's sentences in one go.

Use :func:`tag_sentence` from an extractor (a :class:`kg.types.Sentence`, thresholds per
label applied) or :func:`tag_mentions` on any string (every span with its confidence).
A :class:`pycrfsuite.Tagger` is not thread-safe; the cached one is meant for one thread per
process (Tupu's pipeline and its fork pools).
"""
from __future__ import annotations

import hashlib
import importlib.resources
import os
import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import KGError
from .nlp import normalize, words

if TYPE_CHECKING:
    import numpy as np

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


# ----------------------------------------------------------------------------- state scores
# CRFsuite's tagger spends most of its time reading feature names: pycrfsuite's ``set`` turns
# every name into a C++ string and looks it up in the model's attribute dictionary, and
# :func:`_items` makes a dozen names per character. Both are skipped here: the attribute ids of
# the features of :func:`_items` are found from the characters by table look-ups, each
# position's state scores (one per label) are summed from the model's weights in numpy in the
# order CRFsuite sums them, and a CRFsuite model derived from the shipped one at load time (the
# same labels and transition weights; one state feature of weight 1.0 per label) takes the
# scores as attribute values. CRFsuite's own Viterbi and forward-backward then run on the very
# same numbers as with the feature names, so tags and marginals are those of the shipped model
# bit for bit (``tests/test_tagger.py`` compares them on every test text).

#: Feature templates of :func:`_items`, in the order they appear in a row (the order CRFsuite
#: adds their weights in): 12 in every row, then the surname and name-ending flags, each at most
#: once per row, in the order :func:`_items` appends them.
_TEMPLATES = ("bias", "c-2", "c-1", "c0", "c1", "c2", "b-1", "b1", "b-2", "b2", "t0", "t",
              "sn-2", "sn-1", "csn-1", "end-1", "sn0", "csn0", "end0", "end1")
_CHAR_TEMPLATES = ("c-2", "c-1", "c0", "c1", "c2")  # the character at offset −2 … +2
_BIGRAM_TEMPLATES = ("b-2", "b-1", "b1", "b2")  # the bigram starting at offset −2 … +1
#: Character types of :func:`_char_type` and the pads (B before a text, E after it) → a code.
_TYPE_CODES = {t: i for i, t in enumerate("BEHMDLSPO")}


def _cqdb_strings(data: bytes, off: int) -> list[str]:
    """The strings of a CQDB chunk of a CRFsuite model starting at ``data[off]``, by id.

    CQDB (CRFsuite's constant hash database): a 24-byte header (``CQDB``, size, flag, byte
    order, number of ids, offset of the backward array), 256 hash tables, then records
    ``id, size, key\\0``; the backward array gives each id's record, offsets from the chunk.
    """
    if data[off:off + 4] != b"CQDB":
        raise ValueError("no CQDB chunk")
    count, backward = struct.unpack_from("<2I", data, off + 16)
    out = []
    for i, rec in enumerate(struct.unpack_from(f"<{count}I", data, off + backward)):
        rid, size = struct.unpack_from("<2I", data, off + rec)
        if rid != i or size < 1:
            raise ValueError("bad CQDB record")
        out.append(data[off + rec + 8:off + rec + 7 + size].decode("utf-8"))
    return out


def _model_parts(data: bytes) -> tuple[list[str], list[str], np.ndarray]:
    """Labels and attributes (by id) and features of a CRFsuite (CRF1d) model file.

    Layout (``crf1d_model.c``): a 48-byte header (magic, size, type, version, numbers of
    features, labels and attributes, offsets of the features, the label and attribute
    dictionaries and the label and attribute reference tables), then the chunks. A feature is
    20 bytes: type (0 state: attribute → label; 1 transition: label → label), source,
    destination, weight (float64), all little-endian.

    Returns:
        ``(labels, attributes, features)``; ``features`` a numpy structured array with fields
        ``type``, ``src``, ``dst`` (uint32) and ``weight`` (float64), one row per feature id.
    """
    import numpy as np

    dtype = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
    num_features, _, _, off_features, off_labels, off_attrs = struct.unpack_from("<6I", data, 16)
    if data[off_features:off_features + 4] != b"FEAT":
        raise ValueError("no FEAT chunk")
    (count,) = struct.unpack_from("<I", data, off_features + 8)
    features = np.frombuffer(data, dtype, count, off_features + 12)
    return _cqdb_strings(data, off_labels), _cqdb_strings(data, off_attrs), features


def _carrier_model(data: bytes, carriers: list[int], transitions: np.ndarray) -> bytes:
    """A CRFsuite model with ``data``'s labels, attribute dictionary and transition features,
    whose only state features give label ``k`` weight 1.0 from attribute ``carriers[k]``.

    Given attribute ``carriers[k]`` with value ``s[k]`` for every label ``k``, CRFsuite's
    state score of label ``k`` is ``0.0 + 1.0 * s[k] == s[k]`` exactly, so its Viterbi and
    marginals are computed on the given scores. The dictionaries are copied as they are (a
    CQDB's offsets are relative to its chunk); the reference tables are written anew.
    """
    header = struct.unpack_from("<4s I 4s I 3I 5I", data, 0)
    version, num_labels, num_attrs = header[3], header[5], header[6]
    off_labels, off_attrs = header[8], header[9]
    labels_db = data[off_labels:off_labels + struct.unpack_from("<I", data, off_labels + 4)[0]]
    attrs_db = data[off_attrs:off_attrs + struct.unpack_from("<I", data, off_attrs + 4)[0]]
    features = [(0, a, k, 1.0) for k, a in enumerate(carriers)]
    features += [(1, int(f["src"]), int(f["dst"]), float(f["weight"])) for f in transitions]
    feat = b"".join(struct.pack("<3Id", *f) for f in features)
    chunk_feat = b"FEAT" + struct.pack("<2I", 12 + len(feat), len(features)) + feat

    def pad(b: bytes) -> bytes:
        return b + b"\0" * (-len(b) % 4)

    off_features = 48
    off_labels = off_features + len(chunk_feat)
    off_attrs = off_labels + len(labels_db)
    off_labelrefs = len(pad(b"\0" * (off_attrs + len(attrs_db))))
    # label refs: the transition features leaving each label (ids after the state features)
    lists = [[len(carriers) + n for n, f in enumerate(transitions) if f["src"] == lab] for lab in range(num_labels)]
    table = 12 + 4 * num_labels
    offsets, body = [], b""
    for fids in lists:
        offsets.append(off_labelrefs + table + len(body))
        body += struct.pack(f"<{1 + len(fids)}I", len(fids), *fids)
    chunk_lr = b"LFRF" + struct.pack(f"<2I{num_labels}I", table + len(body), num_labels, *offsets) + body
    off_attrrefs = off_labelrefs + len(chunk_lr)
    table = 12 + 4 * num_attrs
    empty = off_attrrefs + table  # one shared empty list for every attribute but the carriers
    body = struct.pack("<I", 0)
    offsets = [empty] * num_attrs
    for k, a in enumerate(carriers):
        offsets[a] = off_attrrefs + table + len(body)
        body += struct.pack("<2I", 1, k)
    chunk_ar = b"AFRF" + struct.pack(f"<2I{num_attrs}I", table + len(body), num_attrs, *offsets) + body
    size = off_attrrefs + len(chunk_ar)
    head = struct.pack("<4s I 4s I 3I 5I", b"lCRF", size, b"FOMC", version, len(features), num_labels,
                       num_attrs, off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs)
    out = pad(head + chunk_feat + labels_db + attrs_db) + chunk_lr + chunk_ar
    if len(out) != size:
        raise ValueError("derived model of the wrong size")
    return out


class _Scorer:
    """The state weights of a CRFsuite model by attribute id, tables from code points to the
    attribute ids of :func:`_items`' features, and the derived tagger that takes the summed
    scores (:func:`_carrier_model`). Made from the model file's bytes, deterministically.

    Characters are code points here, and the pads of :func:`_items` (``^2 ^1`` before a text,
    ``$1 $2`` after it) the codes ``0x110000``–``0x110003`` past them; a pair of characters
    (a bigram, a compound surname, a name ending) is their codes packed 21 bits apart, so one
    int64 compares where :func:`_items` compares a string.

    Attributes:
        weights: ``(A + 1, L)`` float64, ``weights[a, k]`` the weight of the state feature
            (attribute ``a``, label ``k``) in the model file, 0.0 where it has none; row ``A``
            (:attr:`zero`) is all 0.0, the row of a feature the model does not know.
            ``biased``: each row plus the row of ``bias``, what CRFsuite has after the first
            two attributes of a row (``bias``, then ``c-2=…``).
        zero: ``A``, the number of attributes.
        chars: ``(V,)`` sorted codes of the characters of the ``c-2= … c2=`` attributes;
            ``char_ids`` ``(5, V + 1)``, the attribute id of each template (rows ``c-2`` …
            ``c2``) and character (column ``1 + index in chars``; column 0: none);
            ``char_column`` ``(0x110004,)``, that column by code.
        bigrams, bigram_ids: the same for packed pairs and ``b-2= b-1= b1= b2=``.
        t0_ids, t_ids: attribute ids of ``t0=`` by type code, of ``t=`` by ``(a * 9 + b) * 9 + c``
            (:data:`_TYPE_CODES`).
        flag_ids: attribute id of ``sn0``, ``sn-1`` … and of ``end0=`` … by name-ending kinds
            (index 1 loc, 2 org, 3 loc+org; 0 and unknown: :attr:`zero`).
        carriers: per label id, the attribute name (UTF-8) that carries its score to :attr:`tagger`.
        tagger: a ``pycrfsuite.Tagger`` open on the derived model :attr:`data` (kept alive here:
            CRFsuite reads a model given in memory in place).
    """

    def __init__(self, data: bytes) -> None:
        import numpy as np
        import pycrfsuite

        labels, attrs, features = _model_parts(data)
        zero, n_labels = len(attrs), len(labels)
        state = features[features["type"] == 0]
        if len(np.unique(state["src"].astype(np.int64) * n_labels + state["dst"])) != len(state):
            raise ValueError("an attribute with two weights for one label")
        self.weights = np.zeros((zero + 1, n_labels))
        self.weights[state["src"], state["dst"]] = state["weight"]
        self.zero = zero
        chars: dict[str, dict[int, int]] = {t: {} for t in _CHAR_TEMPLATES}
        bigrams: dict[str, dict[int, int]] = {t: {} for t in _BIGRAM_TEMPLATES}
        names: dict[str, int] = {}
        for aid, name in enumerate(attrs):
            template, _, value = name.partition("=")
            if template in chars:
                code = _token_code(value)
                if code is not None:
                    chars[template][code] = aid
            elif template in bigrams:
                key = _pair_key(value)
                if key is not None:
                    bigrams[template][key] = aid
            else:
                names[name] = aid  # a name _items cannot make is never looked up
        self.chars, self.char_ids = self._table(chars)
        self.char_column = np.zeros(_PAD + 4, dtype=np.min_scalar_type(len(self.chars)))
        self.char_column[self.chars] = np.arange(1, len(self.chars) + 1)
        self.bigrams, self.bigram_ids = self._table(bigrams)
        kinds = list(_TYPE_CODES)
        self.t0_ids = np.array([names.get("t0=" + t, zero) for t in kinds], dtype=np.intp)
        self.t_ids = np.array([names.get("t=" + a + b + c, zero) for a in kinds for b in kinds for c in kinds],
                              dtype=np.intp)
        self.bias = names.get("bias", zero)
        self.biased = self.weights[self.bias] + self.weights  # bias then each attribute: x + y == y + x
        self.flag_ids = {name: names.get(name, zero) for name in ("sn0", "sn-1", "sn-2", "csn0", "csn-1")}
        for end in ("end0", "end1", "end-1"):
            self.flag_ids[end] = np.array([zero] + [names.get(f"{end}={k}", zero) for k in ("loc", "org", "loc+org")],
                                          dtype=np.intp)
        self.carriers = [a.encode("utf-8") for a in attrs[:n_labels]]
        self._pickled = _ItemPickle(self.carriers)
        self.data = _carrier_model(data, list(range(n_labels)), features[features["type"] == 1])
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(self.data)

    def _table(self, by_template: dict[str, dict[int, int]]):
        """``(sorted codes, (templates, 1 + codes) attribute ids)`` of templates sharing values."""
        import numpy as np

        codes = np.array(sorted({c for ids in by_template.values() for c in ids}), dtype=np.int64)
        table = np.full((len(by_template), len(codes) + 1), self.zero, dtype=np.intp)
        for row, ids in enumerate(by_template.values()):
            if ids:
                table[row, 1 + np.searchsorted(codes, list(ids))] = list(ids.values())
        return codes, table

    @staticmethod
    def _find(codes, values):
        """Column of each of ``values`` in a table of sorted ``codes`` (0: not there)."""
        import numpy as np

        if not len(codes):
            return np.zeros(len(values), dtype=np.intp)
        at = np.searchsorted(codes, values)
        at[at == len(codes)] = 0
        return np.where(codes[at] == values, at + 1, 0)

    def attribute_ids(self, norms: list[str]):
        """Attribute ids of the features of :func:`_items` at each character of ``norms``.

        Args:
            norms: normalised, non-empty texts.

        Returns:
            ``(N, 20)`` intp array, ``N`` the characters of all texts in order, one column per
            entry of :data:`_TEMPLATES`: the model's attribute id of that feature, or
            :attr:`zero` where the row has no such feature or the model does not know it.

        Raises:
            TaggerError: the suffix list cannot be read.
        """
        import numpy as np

        tables = _lexicon_codes()
        zero = self.zero
        sizes = np.fromiter(map(len, norms), np.intp, len(norms))
        total = int(sizes.sum())
        first = np.cumsum(sizes + 4) - sizes - 2  # where each text starts in the padded row
        pos = np.repeat(first - (np.cumsum(sizes) - sizes), sizes) + np.arange(total)
        flat = np.empty(total + 4 * len(norms), dtype=np.int64)
        flat[pos] = np.frombuffer("".join(norms).encode("utf-32-le", "surrogatepass"), dtype="<u4")
        for k, shift in enumerate((-2, -1)):
            flat[first + shift] = _PAD + k
        for k, shift in enumerate((0, 1)):
            flat[first + sizes + shift] = _PAD + 2 + k
        pairs = (flat[:-1] << 21) | flat[1:]
        cid = self.char_column[flat]
        bid = self._find(self.bigrams, pairs)
        cols = np.full((total, len(_TEMPLATES)), zero, dtype=np.intp)
        cols[:, 0] = self.bias
        for k in range(5):  # c-2 … c2
            cols[:, 1 + k] = self.char_ids[k][cid[pos + k - 2]]
        cols[:, 6] = self.bigram_ids[1][bid[pos - 1]]  # b-1: the character before and this one
        cols[:, 7] = self.bigram_ids[2][bid[pos]]      # b1: this one and the next
        cols[:, 8] = self.bigram_ids[0][bid[pos - 2]]  # b-2
        cols[:, 9] = self.bigram_ids[3][bid[pos + 1]]  # b2
        tcode = _type_codes(flat)
        n = len(_TYPE_CODES)
        cols[:, 10] = self.t0_ids[tcode[pos]]
        cols[:, 11] = self.t_ids[(tcode[pos - 1] * n + tcode[pos]) * n + tcode[pos + 1]]
        single = tables.single[flat]
        compound = self._find(tables.compound, pairs) > 0
        ends = np.zeros(len(flat), dtype=np.intp)  # name-ending kinds ending at each character
        at = np.flatnonzero(tables.last[flat])  # ≥ 2: a text's first character is after two pads
        key = flat[at]  # the k characters ending at each of them, packed
        for k in range(1, tables.longest + 1):
            if k > 1:
                key = (flat[at - (k - 1)] << 21 * (k - 1)) | key
            if k in tables.suffixes:
                codes, kind = tables.suffixes[k]
                ends[at] |= kind[self._find(codes, key)]
        f = self.flag_ids
        for col, hit, name in ((12, single[pos - 2], "sn-2"), (13, single[pos - 1], "sn-1"),
                               (14, compound[pos - 1], "csn-1"), (16, single[pos], "sn0"),
                               (17, compound[pos], "csn0")):
            cols[hit, col] = f[name]
        cols[:, 15] = f["end-1"][ends[pos - 1]]
        cols[:, 18] = f["end0"][ends[pos]]
        cols[:, 19] = f["end1"][ends[pos + 1]]
        return cols

    def scores(self, norms: list[str]):
        """``(N, L)`` float64: each character's state score per label, as CRFsuite sums it.

        CRFsuite (``crf1dt_state_score``) starts every label at 0.0 and adds, attribute by
        attribute in the row's order, the weight of each state feature of the attribute
        (times the attribute's value, 1.0 here); an unknown attribute is dropped and a label
        with no feature for an attribute gets nothing. Adding the weights column by column in
        the order of :data:`_TEMPLATES`, 0.0 for what is missing (``x + 0.0 == x``), makes the
        same additions in the same order, so the sums are equal to the last bit.
        """
        import numpy as np

        cols = self.attribute_ids(norms)
        w = self.weights
        acc = np.take(self.biased, cols[:, 1], axis=0)  # bias + c-2 (0.0 + bias is bias)
        row = np.empty_like(acc)
        for k in range(2, 12):
            acc += np.take(w, cols[:, k], axis=0, out=row)
        for k in range(12, cols.shape[1]):  # the flags: only where a row has one
            rows = np.flatnonzero(cols[:, k] != self.zero)
            acc[rows] += w[cols[rows, k]]
        return acc


#: The code of the first pad of :func:`_items` (``^2``; then ``^1``, ``$1``, ``$2``), past Unicode.
_PAD = 0x110000
_PADS = {"^2": _PAD, "^1": _PAD + 1, "$1": _PAD + 2, "$2": _PAD + 3}


def _token_code(value: str) -> int | None:
    """The code of one character or pad of :func:`_items` (``None``: neither)."""
    return ord(value) if len(value) == 1 else _PADS.get(value)


def _pair_key(value: str) -> int | None:
    """The packed codes of a bigram value of :func:`_items` (two characters or pads; the
    reading is unique: a pad is two characters, ``^`` or ``$`` and a digit) or ``None``."""
    for cut in (1, 2):
        a, b = _token_code(value[:cut]), _token_code(value[cut:])
        if a is not None and b is not None and len(value[:cut]) + len(value[cut:]) == len(value):
            return a << 21 | b
    return None


@dataclass(frozen=True)
class _LexiconCodes:
    """The surname and name-ending lists of :func:`_items` as sorted codes (numpy int64).

    Attributes:
        single: ``(0x110004,)`` bool, whether each code is a single-character surname.
        compound: sorted two-character surnames, packed (longer compounds are never looked up
            by :func:`_items`).
        suffixes: length → (sorted packed endings, kind bits per ending after a 0: 1 loc,
            2 org); longest: the longest length; last: ``(0x110004,)`` bool, whether a code
            ends one.
    """

    single: object
    compound: object
    suffixes: dict
    longest: int
    last: object


@lru_cache(maxsize=1)
def _lexicon_codes() -> _LexiconCodes:
    """:class:`_LexiconCodes` of ``kg/lexicons/surnames.tsv`` and ``kg/data/tagger_suffixes.txt``.

    Raises:
        TaggerError: the suffix list cannot be read or has an ending longer than 3 characters
            (three codes fill an int64).
    """
    import numpy as np

    single, compound = _surnames()
    suffixes = _suffixes()
    by_length: dict[int, dict[int, int]] = {}
    for word, kind in suffixes.items():
        if len(word) > 3:
            raise TaggerError(f"kg/{SUFFIX_RESOURCE}: {word!r} is longer than 3 characters")
        key = 0
        for ch in word:
            key = key << 21 | ord(ch)
        by_length.setdefault(len(word), {})[key] = {"loc": 1, "org": 2}[kind]
    tables = {k: (np.array(sorted(d), dtype=np.int64), np.array([0] + [d[x] for x in sorted(d)], dtype=np.intp))
              for k, d in by_length.items()}
    pairs = sorted(ord(w[0]) << 21 | ord(w[1]) for w in compound if len(w) == 2)
    single_codes = np.zeros(_PAD + 4, dtype=bool)
    single_codes[[ord(c) for c in single]] = True
    last = np.zeros(_PAD + 4, dtype=bool)
    last[[ord(w[-1]) for w in suffixes]] = True
    return _LexiconCodes(single_codes, np.array(pairs, dtype=np.int64), tables, max(by_length, default=0), last)


#: Type code (:data:`_TYPE_CODES`) by character code, filled as characters are met (−1: not yet).
_TYPE_BY_CODE = None


def _type_codes(codes):
    """:data:`_TYPE_CODES` of :func:`_char_type` (pads: B before, E after) of each code in ``codes``
    (an int64 array of characters and pads), through a table filled as characters are met."""
    import numpy as np

    global _TYPE_BY_CODE
    if _TYPE_BY_CODE is None:
        table = np.full(_PAD + 4, -1, dtype=np.int8)
        table[_PAD:] = [_TYPE_CODES[t] for t in "BBEE"]
        _TYPE_BY_CODE = table
    out = _TYPE_BY_CODE[codes]
    if (out < 0).any():
        new = np.unique(codes[out < 0])
        _TYPE_BY_CODE[new] = [_TYPE_CODES[_char_type(chr(c))] for c in new.tolist()]
        out = _TYPE_BY_CODE[codes]
    return out.astype(np.intp)


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


@lru_cache(maxsize=4)
def _scorer(model: str | None) -> _Scorer:
    """The :class:`_Scorer` of a model file (``None``: the shipped one), made once; the file
    is checked by :func:`load_tagger` first.

    Raises:
        TaggerError: the file is missing or broken.
    """
    load_tagger(model)
    p = Path(model) if model is not None else default_model_path()
    try:
        return _Scorer(p.read_bytes())
    except (OSError, ValueError, struct.error) as exc:
        raise TaggerError(f"{p}: broken tagger model ({exc}); rebuild it with scripts/train_tagger.py "
                          "or reinstall Tupu") from None


class _ItemPickle:
    """Makes the items :attr:`_Scorer.tagger` is given — one ``{carrier: score}`` dict per
    character, the carriers (bytes) in label order — from a ``(N, L)`` float64 score array by
    unpickling a stream that numpy writes whole, instead of ``N`` Python-level ``dict(zip(…))``
    calls: the same dicts (same keys, same order, every float bit for bit: the stream holds each
    score as the 8 bytes of a big-endian IEEE double, pickle's ``BINFLOAT``), about 40% faster.

    The stream (protocol 4) is ``(carriers, [item, …])``: the carriers once, memoised, then per
    character ``{`` ``(`` and ``L`` pairs of (memo reference, ``BINFLOAT``) and ``SETITEMS``, a
    fixed-size row; nothing but the stream this class writes is ever unpickled.
    """

    def __init__(self, carriers: list[bytes]) -> None:
        import numpy as np

        if len(carriers) > 256 or any(len(c) > 255 for c in carriers):
            raise ValueError("too many or too long carriers for the item stream")
        n = len(carriers)
        self.head = b"\x80\x04(](" + b"".join(b"C" + bytes([len(c)]) + c + b"\x94" for c in carriers) + b"e]("
        self.tail = b"et."
        row = np.zeros(3 + 11 * n, dtype=np.uint8)  # } ( (h k G ########)×n u
        row[0], row[1], row[-1] = ord("}"), ord("("), ord("u")
        for k in range(n):
            row[2 + 11 * k:5 + 11 * k] = (ord("h"), k, ord("G"))
        self.row = row
        self.floats = np.array([5 + 11 * k + j for k in range(n) for j in range(8)])  # where the scores go

    def items(self, scores) -> list[dict[bytes, float]]:
        """``[dict(zip(carriers, row)) for row in scores.tolist()]``, faster (see the class)."""
        import pickle

        import numpy as np

        n = len(scores)
        buf = np.empty((n, len(self.row)), dtype=np.uint8)
        buf[:] = self.row
        buf[:, self.floats] = np.ascontiguousarray(scores, dtype=">f8").view(np.uint8).reshape(n, len(self.floats))
        return pickle.loads(self.head + buf.tobytes() + self.tail)[1]


def _carried(scorer: _Scorer, norms: list[str]) -> list[list[dict[str, float]]]:
    """Per text of ``norms`` (normalised, non-empty), what :attr:`_Scorer.tagger` is given:
    one ``{carrier name: state score}`` dict (one entry per label) per character."""
    items = scorer._pickled.items(scorer.scores(norms))
    out, at = [], 0
    for norm in norms:
        out.append(items[at:at + len(norm)])
        at += len(norm)
    return out


#: Texts :func:`prepare` scored for the next :func:`tag_mentions` calls: ``(text, model)`` → the
#: items of :func:`_carried`. Holds one batch (a document's sentences) at a time.
_PREPARED: dict[tuple[str, str | None], list[dict[str, float]]] = {}


def prepare(texts, model: str | os.PathLike | None = None) -> None:
    """Score the characters of many texts at once for the :func:`tag_mentions` calls that follow.

    The tags and confidences are the same with or without it; it saves the fixed cost of the
    numpy steps of :meth:`_Scorer.scores` per text (call it with a document's sentences before
    tagging them one by one, as :class:`kg.extract.tagged.TaggerExtractor` does). What an
    earlier call prepared and was not tagged is dropped.

    Args:
        texts: strings (an iterable); empty ones are skipped.
        model: a model file; ``None`` for the shipped one.

    Raises:
        TaggerError: the model file is missing or broken, or the suffix list is unreadable.
    """
    key = None if model is None else os.fspath(model)
    _PREPARED.clear()
    texts = [t for t in dict.fromkeys(texts) if t]
    if texts:
        scorer = _scorer(key)
        _PREPARED.update(zip(zip(texts, repeat(key)), _carried(scorer, [normalize(t) for t in texts])))


@lru_cache(maxsize=TAG_CACHE)
def _tagged(text: str, model: str | None) -> tuple[TaggedSpan, ...]:
    """:func:`tag_mentions` of a non-empty text, cached (the spans are frozen): the tags and
    marginals of CRFsuite on the model's own scores (:class:`_Scorer`), which are those of
    ``load_tagger(model)`` given :func:`_items`."""
    scorer = _scorer(model)
    items = _PREPARED.pop((text, model), None)
    if items is None:
        items = _carried(scorer, [normalize(text)])[0]
    tagger = scorer.tagger
    tagger.set(items)
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
