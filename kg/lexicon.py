"""The rule base: the tables ``kg/lexicons/*.tsv`` and word lists ``*.txt``, loaded and validated.

A table is UTF-8 text, one row a line, fields separated by one tab. Lines starting with ``#``
are comments (the header comment gives the table's meaning and its sources); the first other
line is the header row and must name exactly the columns of the table's :class:`Schema`
(below). A row whose field count, word, allowed value, kind or example is wrong is rejected
with a :class:`~kg.errors.LexiconError` ``kg/lexicons/<file>:<line>: <reason>``: a bad row never
loads silently.

Tables (columns in order):

- ``kinds.tsv`` — kind, group, description: the organisation kinds. ``group`` is the coarse
  class the grammar and the graph use (police court procuratorate party gov org) and the
  part-of-speech tag the unit words get in jieba.
- ``units.tsv`` — word, kind, needs_name, parents, full, example: unit head words (公安局, 派出所).
  needs_name: ``no`` (公安局 stands after a place alone), ``yes`` (派出所 needs a name or place
  before it), ``proper`` (公司: the name must hold a proper-noun token, 物业公司 is not a name),
  ``place`` (市委, 县政府: only right after a place, named by the place's stem), ``ordinal``
  (师: only after 第 and a numeral, 第八师, so 律师 and 教师 are none), ``numeral`` (团: only right
  after numerals, 二〇一团, so 团队 and 集团 are none). parents: the
  kinds it may sit under (``-`` for a body that sits in a place only). full: the full form the
  word stands for after a place (法院 → 人民法院), for courts and procuratorates.
- ``bare_agencies.tsv`` — word, full, kind, levels, seat, example: agencies written without their
  place (市公安局, 县法院), taken as the article's city's or county's; levels: the level
  characters that may precede the word (``-`` for none written).
- ``titles.tsv`` — word, heads, example: posts and ranks written before a name (局长马某);
  heads: the ending of the unit such a post heads (所长 → 所) or empty.
- ``roles.tsv`` — word, units, example: generic roles before a name (民警韩某): not posts; units: the
  endings of the unit a holder belongs to when that unit is the one named earlier in the sentence.
- ``modifiers.tsv`` — word, folds_to, fold_before, branch, example: words inside unit names
  (交警, 刑事警察). folds_to: the canonical synonym (刑事警察 → 刑警), only before the suffixes of
  fold_before when given. branch: ``-``; ``bureau`` (a police branch: its 支队/大队 right after a
  place sits in that place's bureau); ``force`` (bureau, and ``<place><branch>`` alone names
  the unit: 旬邑特警); ``own`` (a force of its own, named as written: 边境管理支队).
- ``national.tsv`` — name, short_forms, kind, example: national bodies written without a place
  (公安部, 最高人民法院 with short form 最高法).
- ``surnames.tsv`` — word, example (example optional).
- ``mined_units.tsv`` — head, label, types, tokens, sample, curated; ``mined_posts.tsv`` — word,
  tokens, curated: written by ``scripts/mine_lexicons.py`` from CLUENER2020; the curated tables
  decide, mined rows are admitted by :func:`admitted_units` / :func:`admitted_posts`.

The jieba user dictionary is generated from the tables (:func:`user_dictionary`); the plain
word lists (``bylines.txt``, ``simplified_also.txt``) keep jieba's ``word [freq] [tag]`` format
(:func:`parse_lexicon`). Also tables:

- ``honors.tsv`` — word, example: honour title endings (一等功, 英雄模范, 奖章).
- ``honor_qualities.tsv`` — word, example: words of praise (优秀, 模范, 十佳) that, followed by a
  role or post of ``roles.tsv``/``titles.tsv``, end an honour title (全国模范检察官, 优秀法官).
- ``honor_verbs.tsv`` — word, voice, title, example: verbs before an honour; voice ``passive`` (the
  subject receives) or ``active`` (the subject confers: 授予, 追授); title ``any`` (a quoted title
  is an honour whatever it holds) or ``form`` (it must end in an honour ending: 予以, 颁发).
- ``seat_units.tsv`` — word, example: units named after the township they serve (派出所, 司法所).
- ``nationalities.tsv`` — word, example: the 56 nationalities (GB/T 3304), which name ethnic townships.
- ``sections.tsv`` — word, example: sections of a unit (科, 系, 监区, 教研室) read only inside a
  chain after their unit, never alone.
"""
from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import LexiconError

_TAG_OK = re.compile(r"^[a-z]+$")
#: A word of a table: Han characters (and ·, digits, Latin letters), no spaces.
_WORD_OK = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffff0-9A-Za-z·]+$")


# ----------------------------------------------------------------------------- word lists (*.txt)
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


# ----------------------------------------------------------------------------- tables (*.tsv)
@dataclass(frozen=True)
class Schema:
    """The columns of a table and what each may hold.

    Attributes:
        columns: column names in order; the first is the row's key (a word, unique).
        choices: column → allowed values (one value per cell, or several separated by
            spaces for the columns in ``lists``).
        lists: columns holding space-separated values, read as tuples (``-`` stays a value).
        optional: columns that may be empty.
        kind_columns: columns whose values must be kinds of ``kinds.tsv``.
        dictionary_tag: the jieba tag the table's words get in the user dictionary
            (``"group"``: the group of the row's kind), or None when the table adds no words.
        unique: the first column must not repeat.
    """

    columns: tuple[str, ...]
    choices: dict[str, frozenset[str]] = field(default_factory=dict)
    lists: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()
    kind_columns: frozenset[str] = frozenset()
    dictionary_tag: str | None = None
    unique: bool = True


_GROUPS = frozenset("police court procuratorate party gov org".split())
SCHEMAS: dict[str, Schema] = {
    "kinds": Schema(("kind", "group", "description"), choices={"group": _GROUPS}),
    "units": Schema(("word", "kind", "needs_name", "parents", "full", "example"),
                    choices={"needs_name": frozenset("no yes proper place ordinal numeral".split())},
                    lists=frozenset({"parents"}), optional=frozenset({"parents", "full"}),
                    kind_columns=frozenset({"kind", "parents"}), dictionary_tag="group"),
    "bare_agencies": Schema(("word", "full", "kind", "levels", "seat", "example"),
                            choices={"levels": frozenset("- 省 自治区 市 州 县 区 乡 镇 村".split()),
                                     "seat": frozenset("- province prefecture county township".split())},
                            lists=frozenset({"levels"}), kind_columns=frozenset({"kind"}), unique=False),
    "titles": Schema(("word", "heads", "example"), lists=frozenset({"heads"}), optional=frozenset({"heads"}),
                     dictionary_tag="n"),
    "roles": Schema(("word", "units", "example"), lists=frozenset({"units"}), optional=frozenset({"units"})),
    "modifiers": Schema(("word", "folds_to", "fold_before", "branch", "example"),
                        choices={"branch": frozenset("- bureau force own".split())},
                        lists=frozenset({"fold_before"}), optional=frozenset({"folds_to", "fold_before"}),
                        dictionary_tag="n"),
    "national": Schema(("name", "short_forms", "kind", "example"), lists=frozenset({"short_forms"}),
                       optional=frozenset({"short_forms"}), kind_columns=frozenset({"kind"})),
    "surnames": Schema(("word", "example"), optional=frozenset({"example"})),
    "name_parts": Schema(("word", "origin", "example"),
                         choices={"origin": frozenset("tibetan mongolian uyghur yi dai".split())}),
    "honors": Schema(("word", "example"), dictionary_tag="n"),
    "honor_qualities": Schema(("word", "example")),
    "honor_verbs": Schema(("word", "voice", "title", "example"),
                          choices={"voice": frozenset({"passive", "active"}), "title": frozenset({"any", "form"})}),
    "seat_units": Schema(("word", "example")),
    "nationalities": Schema(("word", "example")),
    "sections": Schema(("word", "example")),
    "mined_units": Schema(("head", "label", "types", "tokens", "sample", "curated"),
                          choices={"label": frozenset("organization government company".split()),
                                   "curated": frozenset({"yes", "no"})}, unique=False),
    "mined_posts": Schema(("word", "tokens", "curated"), choices={"curated": frozenset({"yes", "no"})}),
}
#: Order in which the tables (and the honour list) enter the jieba user dictionary.
USER_DICTIONARY = ("units", "titles", "honors", "modifiers")
#: Frequency a user-dictionary word gets in jieba when its table gives none.
DEFAULT_FREQ = 2000


class Row:
    """One table row: ``row["kind"]`` or ``row.kind``; list columns as tuples (``row.parents``)."""

    __slots__ = ("source", "line", "_values")

    def __init__(self, source: str, line: int, values: dict[str, str | tuple[str, ...]]):
        self.source, self.line, self._values = source, line, values

    def __getitem__(self, column: str):
        return self._values[column]

    def __getattr__(self, column: str):
        try:
            return self._values[column]
        except KeyError:
            raise AttributeError(column) from None

    def __repr__(self) -> str:
        return f"Row({self.source}:{self.line}, {self._values!r})"

    @property
    def key(self) -> str:
        """The row's first column (its word or name)."""
        return next(iter(self._values.values()))

    def forms(self) -> tuple[str, ...]:
        """Every written form of the row: its key, then its short forms if any."""
        return (self.key, *self._values.get("short_forms", ()))


def parse_table(text: str, source: str, schema: Schema, kinds: frozenset[str] | None = None) -> tuple[Row, ...]:
    """Parse and validate a TSV table.

    Args:
        text: the file's content.
        source: the file name used in error messages (``kg/lexicons/units.tsv``).
        schema: the table's columns and allowed values.
        kinds: the kinds of ``kinds.tsv`` that the schema's kind columns may hold (None: not checked).

    Returns:
        The rows in file order.

    Raises:
        LexiconError: ``source:line: reason`` for a missing or wrong header row, a wrong field
            count, a bad or repeated word, a value not allowed in its column, an unknown kind,
            a missing example or an example that does not contain the row's word.
    """
    rows: list[Row] = []
    header_seen = False
    seen: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cells) != schema.columns:
                raise LexiconError(f"{source}:{n}: header row must be {' | '.join(schema.columns)} "
                                   f"(tab-separated), got {' | '.join(cells)}")
            header_seen = True
            continue
        if len(cells) != len(schema.columns):
            raise LexiconError(f"{source}:{n}: expected {len(schema.columns)} tab-separated fields "
                               f"({', '.join(schema.columns)}), got {len(cells)}")
        values: dict[str, str | tuple[str, ...]] = {}
        for col, cell in zip(schema.columns, cells):
            if not cell and col not in schema.optional:
                raise LexiconError(f"{source}:{n}: empty {col}")
            items = tuple(cell.split()) if col in schema.lists else (cell,) if cell else ()
            allowed = schema.choices.get(col)
            for v in items:
                if allowed is not None and v not in allowed:
                    raise LexiconError(f"{source}:{n}: {col} {v!r} is not one of {', '.join(sorted(allowed))}")
                if col in schema.kind_columns and kinds is not None and v not in kinds | {"-", "*"}:
                    raise LexiconError(f"{source}:{n}: unknown kind {v!r} in {col} (kinds are listed in kinds.tsv)")
            if col == "group" and not _TAG_OK.match(cell):
                raise LexiconError(f"{source}:{n}: group {cell!r} must be lowercase a-z (it is a jieba tag)")
            values[col] = items if col in schema.lists else cell
        key = cells[0]
        forms = (key, *values.get("short_forms", ()))
        for w in forms:
            if not _WORD_OK.match(w) and "sample" not in schema.columns:
                raise LexiconError(f"{source}:{n}: bad word {w!r}: Chinese characters only, no spaces")
            if w in seen and schema.unique:
                raise LexiconError(f"{source}:{n}: {w!r} repeats line {seen[w]}")
            seen[w] = n
        example = values.get("example")
        if example and not any(w in example for w in forms):
            raise LexiconError(f"{source}:{n}: example {example!r} does not contain {key!r}")
        rows.append(Row(source, n, values))
    if not header_seen:
        raise LexiconError(f"{source}:1: no header row ({' | '.join(schema.columns)})")
    return tuple(rows)


def _read(filename: str) -> str:
    return importlib.resources.files("kg").joinpath(f"lexicons/{filename}").read_text(encoding="utf-8")


def _has_table(name: str) -> bool:
    return name in SCHEMAS


@lru_cache(maxsize=None)
def table(name: str) -> tuple[Row, ...]:
    """The shipped table ``kg/lexicons/<name>.tsv``, parsed and validated (cached).

    Args:
        name: a table of :data:`SCHEMAS` (``units``, ``titles``, …).

    Returns:
        The rows in file order.

    Raises:
        LexiconError: a bad row (see :func:`parse_table`).
    """
    kinds = None if name == "kinds" else frozenset(r.kind for r in table("kinds"))
    return parse_table(_read(f"{name}.tsv"), f"kg/lexicons/{name}.tsv", SCHEMAS[name], kinds)


@lru_cache(maxsize=None)
def kind_group() -> dict[str, str]:
    """kind → group (``school`` → ``org``, ``customs`` → ``gov``) from ``kinds.tsv``."""
    return {r.kind: r.group for r in table("kinds")}


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[LexiconEntry, ...]:
    """A shipped lexicon as ``(word, freq, tag)`` entries (cached).

    A table gives one entry per written form, tagged as in the user dictionary (units: the
    group of their kind; national bodies: their kind); a ``.txt`` list is parsed by
    :func:`parse_lexicon`.
    """
    if not _has_table(name):
        return tuple(parse_lexicon(_read(f"{name}.txt"), f"kg/lexicons/{name}.txt"))
    schema = SCHEMAS[name]
    out = []
    for r in table(name):
        if schema.dictionary_tag == "group":
            tag = kind_group()[r.kind]
        elif schema.dictionary_tag is not None:
            tag = None
        else:
            tag = r._values.get("kind") or None
        out.extend(LexiconEntry(w, None, tag) for w in r.forms())
    return tuple(out)


def words(name: str) -> frozenset[str]:
    """The set of words (every written form) of a shipped table or list."""
    return frozenset(e.word for e in lexicon(name))


def longest_first(name: str) -> tuple[str, ...]:
    """The words of a shipped table or list, longest first (ties in code-point order), for
    matching a prefix or suffix with the longest word that fits (派出所 before 所)."""
    return tuple(sorted(words(name), key=lambda w: (-len(w), w)))


def tagged(name: str) -> dict[str, str]:
    """word → tag for a shipped table or list (tag ``""`` when absent)."""
    return {e.word: e.tag or "" for e in lexicon(name)}


def user_dictionary() -> list[tuple[str, int, str]]:
    """The jieba user dictionary generated from the tables: ``[(word, freq, tag), …]``.

    Unit words are tagged with the group of their kind (公安局 → ``police``), posts and
    modifiers ``n``, honour endings as in ``honors.tsv``; frequency :data:`DEFAULT_FREQ`
    unless a list gives one.
    """
    out = []
    for name in USER_DICTIONARY:
        for e in lexicon(name):
            out.append((e.word, e.freq or DEFAULT_FREQ, e.tag or "n"))
    return out


def names_a_kind_of_unit(form: str) -> bool:
    """Whether ``form`` names a kind of unit, not one unit, by the tables: a unit word alone
    (``units.tsv``, its full form, an agency of ``bare_agencies.tsv``, a section of
    ``sections.tsv``, the unit a post of ``titles.tsv`` heads: 公安局, 党组, 执行局, 局), after a
    modifier of ``modifiers.tsv`` (禁毒大队), and a chain of such words (公安局禁毒大队), with or
    without a level word of ``bare_agencies.tsv`` before it (区法院, 市局, 县委, 市局禁毒大队).
    Such a form names whichever unit of that kind is in focus.

    Args:
        form: a name as written (normalised as the tables are: simplified, no spaces).

    Returns:
        True for a form of those shapes.
    """
    words, levels, longest = _unit_kind_words()
    n = len(form)
    chain = [False] * n + [True]  # chain[i]: form[i:] is one or more words ([modifier] unit word)
    for i in range(n - 1, -1, -1):
        chain[i] = any(chain[j] and form[i:j] in words for j in range(i + 1, min(n, i + longest) + 1))
    return n > 0 and (chain[0] or any(form.startswith(lv) and n > len(lv) and chain[len(lv)] for lv in levels))


@lru_cache(maxsize=1)
def _unit_kind_words() -> tuple[frozenset[str], tuple[str, ...], int]:
    """(the words of :func:`names_a_kind_of_unit`: each unit word, alone and after each modifier;
    the level words; the longest word's length), from the tables."""
    heads = {w for r in table("units") for w in (r.word, r.full) if w}
    heads |= {w for r in table("bare_agencies") for w in (r.word, r.full) if w}
    heads |= {r.word for r in table("sections")} | {h for r in table("titles") for h in r.heads or ()}
    levels = {lv for r in table("bare_agencies") for lv in r.levels if lv != "-"}
    modifiers = {w for r in table("modifiers") for w in (r.word, r.folds_to) if w}
    words = heads | {m + h for m in modifiers for h in heads}
    return frozenset(words), tuple(sorted(levels)), max(map(len, words))


@lru_cache(maxsize=1)
def spelled_out_units() -> dict[str, str]:
    """Unit words of ``units.tsv`` written short → their full form (column ``full``: 边检站 → 出入境边防检查站,
    中院 → 中级人民法院, 反诈中心 → 反电信网络诈骗中心), for the words whose full form differs and does not end
    with them (not 法院 → 人民法院)."""
    return {r.word: r.full for r in table("units") if r.full and r.full != r.word and not r.full.endswith(r.word)}


def spelled_out(name: str, alone: bool = True) -> tuple[str, str]:
    """The longest unit word written short (:func:`spelled_out_units`) that ends ``name`` and ``name`` with
    it written in full (青柳边检站 → ("边检站", "青柳出入境边防检查站")), or ``("", "")``; with ``alone`` false
    the word must be shorter than ``name`` (a bare 边检站 is then spelled out by none)."""
    full = spelled_out_units()
    word = max((w for w in full if name.endswith(w) and (alone or len(w) < len(name))), key=len, default="")
    return (word, name[:-len(word)] + full[word]) if word else ("", "")


# ----------------------------------------------------------------------------- mined tables
@lru_cache(maxsize=None)
def admitted_units() -> tuple[Row, ...]:
    """Unit words mined from CLUENER2020 (``mined_units.tsv``) that the grammar may read.

    The curated ``units.tsv`` decides: a mined head is admitted only if it neither is nor ends
    with a curated word (行业协会 is read by 协会),
    at least :data:`kg.rules.MIN_MINED_TYPES` distinct spans end with it, it has 2–4
    characters, jieba's dictionary knows it as a noun (tag n, nt or nz), and it is not a
    generic head (:data:`kg.rules.GENERIC_HEADS`). It is read like a curated row of kind
    ``org`` (``gov`` for the government label) with needs_name ``proper`` (a proper name must
    come before it: 江城华源银行) and parents ``*``. Admitted words do not enter the jieba
    user dictionary.

    Returns:
        Rows with the columns of ``units.tsv`` (example: the mined sample span).
    """
    from . import rules
    from .nlp import tokenizer

    pos = tokenizer()
    tk = pos.tokenizer
    curated = {r.word for r in table("units")}
    out: dict[str, Row] = {}
    for r in table("mined_units"):
        head = r.head
        if r.curated == "yes" or head.endswith(tuple(curated)) or head in out or not 2 <= len(head) <= 4 \
                or int(r.types) < rules.MIN_MINED_TYPES or head in rules.GENERIC_HEADS \
                or tk.FREQ.get(head, 0) == 0 or pos.word_tag_tab.get(head, "") not in ("n", "nt", "nz"):
            continue
        kind = "gov" if r.label == "government" else "org"
        out[head] = Row(r.source, r.line, {"word": head, "kind": kind, "needs_name": "proper", "parents": ("*",),
                                           "full": "", "example": r.sample})
    return tuple(out.values())


@lru_cache(maxsize=None)
def admitted_posts() -> tuple[str, ...]:
    """Post words mined from CLUENER2020 (``mined_posts.tsv``) that persons reads as posts.

    Admitted when not curated (titles.tsv, roles.tsv), occurring at least
    :data:`kg.rules.MIN_MINED_POSTS` times, and ending in a post ending
    (:data:`kg.rules.POST_ENDINGS`: 行长, 总经理; not 记者, 专家, 业务员).
    """
    from . import rules

    curated = words("titles") | words("roles")
    return tuple(r.word for r in table("mined_posts") if r.curated == "no" and r.word not in curated
                 and int(r.tokens) >= rules.MIN_MINED_POSTS and r.word.endswith(rules.POST_ENDINGS))
