"""Inputs at scale: files, folder trees and JSON Lines archives → a stream of input units.

An input unit is one text file (a page or an article, read by :mod:`kg.ingest`) or one line of
a JSON Lines file (``.jsonl``): one article per line, a JSON object with the fields

=========  ========  =====================================================================
field      required  meaning
=========  ========  =====================================================================
``id``     yes       the article's id (a string or an integer), unique in the build:
                     its IRI is ``kgid:article-<id>``
``text``   yes       the article's text (paragraphs separated by line breaks); a record
                     with neither text nor title is skipped (counted in the summary)
``title``  no        its headline
``date``   no        publication date, ``2024-05-12``, ``2024/5/12``, ``2024.5.12`` or
                     ``2024年5月12日`` (a time after it is ignored) → ``dcterms:date``;
                     no date: left out, with a warning (the article is read)
``source`` no        the newspaper or site → ``dcterms:source``
``url``    no        an ``http(s)://`` address → ``schema:url``
``page``   no        the print page (``"4"``, ``"A04"``) → ``schema:printPage``
=========  ========  =====================================================================

Other fields are ignored. Units are produced lazily (a JSON Lines file is read line by line,
a folder is listed once), so memory does not grow with the number of articles; a unit is
turned into documents by :func:`iter_unit_documents` (a large page file item by item), in
whichever process extracts it.

An RDF file (``.ttl``, ``.nt``, ``.jsonld``, ``.trig``, ``.rdf``, ``.owl``, … or a text file
whose content reads as RDF) is refused: it is a graph, never an article.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError, InputProblems
from .ingest import MAX_FILE_SIZE, SAVE_WORKBOOK, TABLE_SUFFIXES, TEXT_SUFFIXES, WORKBOOK_SUFFIXES, clean_text, documents_from_text, iter_file_documents, iter_input_files, missing_path, \
    open_regular, read_regular, shown
from .types import Document

#: Suffix of JSON Lines files (read from folders too).
JSONL_SUFFIXES = (".jsonl",)
#: Suffix of a JSON file given by name: a JSON array of article objects, read as JSON Lines records
#: are (a folder does not read ``.json`` files: one may hold anything).
JSON_SUFFIXES = (".json",)
#: Suffixes of the files a folder contributes: texts, tables (one article each,
#: :func:`kg.ingest.table_text`) and JSON Lines archives.
READ_SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES + JSONL_SUFFIXES
#: Suffixes of RDF files, refused as input.
RDF_SUFFIXES = (".ttl", ".turtle", ".nt", ".nq", ".n3", ".jsonld", ".trig", ".rdf", ".owl", ".trix", ".hext")
#: JSON Lines fields that become article metadata: field → borrowed property of the schema.
META_FIELDS = {"date": "dcterms:date", "source": "dcterms:source", "url": "schema:url", "page": "schema:printPage"}

# The start of a text that is RDF, not news: Turtle/TriG/N3 directives, an N-Triples/N-Quads
# line, RDF/XML, or a JSON-LD object.
_RDF_START = re.compile(
    r"\A\s*(?:#[^\n]*\n\s*)*(?:@prefix\s|@base\s|PREFIX\s+\w*:|BASE\s+<|<[a-z][\w+.-]*:[^>\s]*>\s+<[^>\s]+>\s+\S"
    r"|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:rdf:RDF|RDF)\b|<rdf:RDF\b|\{\s*\"@(?:context|graph|id)\")",
    re.S | re.I)
_DATE = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[T\s]\S.*)?")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


@dataclass(frozen=True)
class Unit:
    """One input unit: a text file, or one article line of a JSON Lines file.

    Attributes:
        path: the input file, as given or found in a folder.
        line: the line number in a JSON Lines file (from 1); 0 for a text file.
        size: bytes of input the unit stands for (the file, or the line), for progress.
        record: for a JSON Lines line, its checked fields: ``id``, ``text``, ``title`` (``str``)
            and ``meta`` (``(property, value)`` pairs, see :data:`META_FIELDS`); None for a text file.
        max_size: the largest text file read, in bytes (:data:`kg.ingest.MAX_FILE_SIZE`).
        error: for a JSON Lines line that is not a valid article (not JSON, no id, a bad
            field, too long), the one-line message naming ``file:line``; the unit then fails
            alone (:func:`kg.batch.extract_unit`). None otherwise.
        warning: for a JSON Lines record read without a field it gave (a ``date`` that is no
            date), the one-line message naming ``file:line``; the build prints it. None otherwise.
        name: for a file found in a subfolder of an input folder, its path relative to that
            folder (``hunan/changsha.txt``), its articles' ``kg:sourceFile``; "" otherwise (the
            base name is).
        replaces: for a JSON Lines record whose ``id`` an earlier record of the inputs used with
            other fields, read under ``replace_ids`` (:func:`iter_units`), that record's
            ``file:line``: this one replaces it. None otherwise.
    """

    path: Path
    line: int = 0
    size: int = 0
    record: dict | None = None
    max_size: int = MAX_FILE_SIZE
    error: str | None = None
    warning: str | None = None
    name: str = ""
    replaces: str | None = None

    @property
    def where(self) -> str:
        """``path`` or ``path:line``, for messages (escaped by :func:`kg.ingest.shown`)."""
        return f"{shown(self.path)}:{self.line}" if self.line else shown(self.path)

#: Python types of parsed JSON → the JSON names a message gives (``not a number``, ``not an array``).
_JSON_TYPES = {bool: "true or false", int: "a number", float: "a number", list: "an array", dict: "an object"}


def looks_like_rdf(text: str) -> bool:
    """Does ``text`` start like an RDF document (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD)?

    Args:
        text: the beginning of a file (a few kilobytes suffice).

    Returns:
        True when its first statement is an RDF directive, triple or root element.
    """
    return bool(_RDF_START.match(text.lstrip("\ufeff")))


#: The start of a JSON Lines archive: a JSON object on the first line holding an article's "id" or "text".
_JSONL_START = re.compile(r'\s*\{\s*"(?:id|text|title)"\s*:')


def looks_like_jsonl(text: str) -> bool:
    """Does ``text`` (a file's beginning) start like a JSON Lines archive of articles (its first
    line a JSON object with ``"id"``, ``"text"`` or ``"title"`` first)?"""
    return bool(_JSONL_START.match(text.lstrip("\ufeff")))


def _refuse_rdf(path: Path) -> None:
    raise InputError(_rdf_refusal(path))


def _rdf_refusal(path: str | os.PathLike) -> str:
    return f"{shown(path)}: is an RDF graph file, not a news text; give the articles it was built from"


def given_problems(inputs: list[str | os.PathLike]) -> list[str]:
    """What is wrong with the inputs given by name, every one of them, before any is read.

    Args:
        inputs: the paths given (files or folders), in order.

    Returns:
        One line per input that cannot be a source of articles, in input order: an RDF graph
        file (by its suffix: ``.ttl``, ``.nt``, ``.rdf`` …), a spreadsheet workbook (``.xlsx``),
        a path that does not exist or a symbolic link to nothing. Empty when all may be read
        (a folder's contents and a file's bytes are judged when read).
    """
    return [line for line in map(_given_problem, inputs) if line]


def _given_problem(item: str | os.PathLike) -> str | None:
    """:func:`given_problems`' line for one input, or None."""
    p = Path(item)
    suffix = p.suffix.lower()
    if suffix in RDF_SUFFIXES and not p.is_dir():
        return _rdf_refusal(p)
    if suffix in WORKBOOK_SUFFIXES and not p.is_dir():
        return f"{shown(item)}: is a spreadsheet workbook, not read; {SAVE_WORKBOOK}"
    if not p.exists():
        return missing_path(p)
    return None


def _check_given(inputs: list[str | os.PathLike]) -> None:
    """Refuse the inputs :func:`given_problems` finds wrong: all of them at once, one line each
    (``kg build a.ttl b.txt missing/``: two lines, not the first alone), with the others'
    problems :func:`kg.ingest.iter_input_files` finds (a folder with no text file).

    Raises:
        InputProblems: when any is wrong (its message the first line)."""
    given = [_given_problem(item) for item in inputs]
    if not any(given):
        return
    lines: list[str] = []
    for item, line in zip(inputs, given):
        if line is None:
            try:
                iter_input_files([item], READ_SUFFIXES)
            except InputError as exc:
                lines += list(getattr(exc, "lines", [str(exc)]))
        else:
            lines.append(line)
    raise InputProblems(list(dict.fromkeys(lines)))


def iter_units(inputs: list[str | os.PathLike], max_size: int = MAX_FILE_SIZE,
               ignored: list[tuple[str, str]] | None = None,
               skip: tuple[str | os.PathLike, ...] = (), replace_ids: bool = False,
               notes: "Claims | None" = None) -> Iterator[Unit]:
    """Expand inputs into input units, lazily, in input order.

    Args:
        inputs: files and folders. A folder contributes its text files (``.txt``, ``.text``,
            ``.md``, …), tables (``.csv``, ``.tsv``) and JSON Lines files (``.jsonl``), at any
            depth, in sorted order (:data:`READ_SUFFIXES`); a file given twice is read once.
        max_size: the largest text file, and the longest JSON Lines line, read (bytes).
        ignored: gets ``(file, reason)`` of the special files skipped inside folders
            (:func:`kg.ingest.iter_input_files`).
        skip: folders and files not read inside input folders (the build's output folder and
            store, its ``--decisions`` file).
        replace_ids: a JSON Lines record whose ``id`` an earlier record used with other fields
            replaces it (``kg build --replace-ids``): it is yielded with ``replaces`` naming the
            earlier one, which the caller drops; without it, such records are refused.
        notes: gets what was done with records of one id (:class:`Claims`: ``same``, a record
            equal to an earlier one, not yielded; ``replaced``, a record replaced).

    Yields:
        :class:`Unit` records: one per text file, one per non-blank line of a JSON Lines file,
        one per element of a JSON array file (``.json`` given by name, :func:`_json_units`).

    Raises:
        InputError: a missing path, a folder with no input files, an input folder that cannot
            be listed, an RDF file or a spreadsheet workbook (``.xlsx``) given as input, a ``.json`` file that is no JSON
            array of objects: the message names the file and line. InputProblems: once every
            unit is yielded, when a JSON Lines id was used by two records with different fields
            and ``replace_ids`` is not given: one line for each, and one for each line that is no
            valid article (every problem of the inputs in one run). A record equal to an earlier
            one of its id (the same fields: a line written twice) is not yielded (read once). A subfolder of an input folder that cannot be listed is
            yielded as a unit with its ``error`` (it fails alone), and so is a JSON Lines
            line that is not a JSON object with a string ``text`` and an ``id`` (or whose date
            is no date, url no http(s) address, or that is longer than ``max_size``).
    """
    _check_given(inputs)
    names: dict[Path, str] = {}  # a file of a subfolder of an input folder → its path in that folder
    claims = notes if notes is not None else Claims()
    claims.replace = replace_ids
    for unit in _units(inputs, max_size, ignored, skip, names, claims):
        name = names.get(unit.path)
        yield replace(unit, name=name) if name else unit
    if claims.clashes:  # two records claim one IRI and nothing says which: every problem, then stop
        raise InputProblems(claims.problems)


@dataclass
class Claims:
    """The JSON Lines ids met by :func:`iter_units`, and what was done with records of one id.

    Attributes:
        replace: a later record of an id replaces an earlier one (``--replace-ids``).
        ids: id → ``(file:line, digest of its fields)`` of the record that holds it now.
        same: ``(file:line, file:line of the record it equals, id)`` of each record equal to an
            earlier one, not read again (:meth:`notes` words them).
        replaced: ``(file:line, file:line of the later record, id)`` of each record replaced by a
            later one.
        problems: the clashes (two records of one id, no ``replace``) and the lines that are no
            valid article, in input order, one line each.
        clashes: how many of ``problems`` are clashes.
    """

    replace: bool = False
    ids: dict = field(default_factory=dict)
    same: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    clashes: int = 0

    def claim(self, record: dict, where: str) -> str | None | bool:
        """Record that the record at ``where`` holds its id.

        Returns:
            None: the first record of its id (read it); False: not to be read (equal to the
            record that holds the id, or a clash); else the ``file:line`` of the record it
            replaces.
        """
        rid = record["id"]
        digest = record_digest(record)
        first = self.ids.get(rid)
        if first is None:
            self.ids[rid] = (where, digest)
            return None
        if first[1] == digest:  # the same line written twice (a scraper's repeat): one article
            self.same.append((where, first[0], rid))
            return False
        if self.replace:
            self.ids[rid] = (where, digest)
            self.replaced.append((first[0], where, rid))
            return first[0]
        self.clashes += 1
        self.problems.append(f"{where}: id {rid!r} was already used at {first[0]} by a record with other fields; "
                             f"give --replace-ids to let the later record replace the earlier, or edit {first[0]} "
                             "in place")
        return False


    def notes(self, replaced: bool = True) -> list[str]:
        """The notes of a build on records of one id: the records read once (one line, however
        many: an archive of overlapping batches repeats many), then, with ``replaced``, those
        replaced (one line each, up to :data:`NOTED`; past that one line for all)."""
        out = []
        if len(self.same) == 1:
            where, first, rid = self.same[0]
            out.append(f"{where}: the same record as {first} (id {rid!r}); read once")
        elif self.same:
            out.append(f"{len(self.same)} records the same as an earlier record of their id, read once: "
                       + _listed([f"{where} (as {first})" for where, first, _ in self.same]))
        if replaced and len(self.replaced) <= NOTED:
            out += [f"{where}: replaced by {by}, a later record of id {rid!r} (--replace-ids)"
                    for where, by, rid in self.replaced]
        elif replaced:
            out.append(f"{len(self.replaced)} records replaced by a later record of their id (--replace-ids): "
                       + _listed([f"{where} (by {by})" for where, by, _ in self.replaced]))
        return out


#: Records replaced (``--replace-ids``) noted one line each; more are noted in one line.
NOTED = 5


def _listed(items: list[str], shown: int = 3) -> str:
    """The first ``shown`` of ``items``, joined, then ``…`` when there are more."""
    return ", ".join(items[:shown]) + (", …" if len(items) > shown else "")


def record_digest(record: dict) -> str:
    """SHA-256 (hex) of a JSON Lines record's checked fields (``id``, ``title``, ``text``,
    ``meta``): two records of equal digests are one article."""
    fields = {k: v for k, v in record.items() if k != "warning"}
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _units(inputs: list[str | os.PathLike], max_size: int, ignored: list[tuple[str, str]] | None,
           skip: tuple[str | os.PathLike, ...], names: dict[Path, str], ids: Claims) -> Iterator[Unit]:
    """:func:`iter_units` before each unit is given its ``name`` (``names``: filled by
    :func:`kg.ingest.iter_input_files` before the first unit is yielded)."""
    unreadable: dict[Path, str] = {}
    for path in iter_input_files(inputs, READ_SUFFIXES, ignored, skip, unreadable, names):
        if path in unreadable:  # a subfolder that cannot be listed: fails alone, as a file would
            yield Unit(path, 0, 0, max_size=max_size, error=unreadable[path])
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_units(path, ids, max_size)
        elif path.suffix.lower() in JSON_SUFFIXES:  # (given by name: a folder does not list .json files)
            yield from _json_units(path, ids, max_size)
        else:
            try:
                size = path.stat().st_size
            except OSError:
                size = 0  # read_text names the problem when the unit is read
            yield Unit(path, 0, size, max_size=max_size)


def input_size(inputs: list[str | os.PathLike], skip: tuple[str | os.PathLike, ...] = ()) -> int:
    """Bytes of all input files (folders expanded as :func:`iter_units` does), for a progress bar.

    Raises:
        InputError: a missing path or a folder with no input files (InputProblems: every input
            given by name that :func:`given_problems` finds wrong, one line each).
    """
    _check_given(inputs)
    total, unreadable = 0, {}
    for path in iter_input_files(inputs, READ_SUFFIXES, [], skip, unreadable):
        if path in unreadable:
            continue
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def _jsonl_units(path: Path, ids: Claims, max_size: int = MAX_FILE_SIZE) -> Iterator[Unit]:
    fh, _ = open_regular(path, None)  # an archive may be large: the limit is per line
    found, name = False, shown(path)
    with fh:
        n = 0
        while raw := fh.readline(max_size + 1):
            n += 1
            if len(raw.rstrip(b"\r\n")) > max_size:
                found = True
                error = f"{name}:{n}: line longer than the limit of {max_size:,} bytes per article " \
                        f"(raise it with --max-file-size)"
                ids.problems.append(error)
                yield Unit(path, n, len(raw), max_size=max_size, error=error)
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = fh.readline(max_size + 1)
                continue
            if not raw.strip():
                continue
            if n == 1 and looks_like_rdf(raw.decode("utf-8", "replace")):
                _refuse_rdf(path)
            found = True
            try:
                record = _record(raw, f"{name}:{n}", path)
            except InputError as exc:  # this article fails alone
                ids.problems.append(str(exc))
                yield Unit(path, n, len(raw), max_size=max_size, error=str(exc))
                continue
            replaces = ids.claim(record, f"{name}:{n}")  # two records of one IRI: one, the later, or a clash
            if replaces is False:
                continue
            yield Unit(path, n, len(raw), record, max_size, warning=record.pop("warning", None), replaces=replaces)
    if not found:  # an empty archive fails alone, as an empty text file does
        yield Unit(path, 0, 0, max_size=max_size, error=f"{name}: the JSON Lines file holds no article")


def _json_units(path: Path, ids: Claims, max_size: int = MAX_FILE_SIZE) -> Iterator[Unit]:
    """The records of a JSON file given by name (``.json``): a JSON array of article objects,
    each read as a JSON Lines record is; an element that is no valid article fails alone, named
    ``file:N`` by its place in the array (from 1: a whole array is often one line, so lines
    would not tell records apart). A file of one object a line is read as JSON Lines. The
    file is read whole, so ``max_size`` holds for the file.

    Raises:
        InputError: the file cannot be read, is not UTF-8, is RDF (JSON-LD), is not JSON, or
            holds no array; an id used twice. One line naming the file.
    """
    name = shown(path)
    data = read_regular(path, max_size=max_size)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (bad byte at offset {exc.start}); "
                         f"{_must_be_utf8(data, path).replace('JSON Lines', 'JSON')}") from None
    if looks_like_rdf(text[:4096]):
        _refuse_rdf(path)
    start = _JSON_BLANK.match(text).end()
    if looks_like_jsonl(text) and not text.startswith("[", start):  # one object a line in a .json file
        yield from _jsonl_units(path, ids, max_size)
        return
    if not text.startswith("[", start):
        raise InputError(f"{name}: holds no JSON array of articles; give a JSON array of objects with id and text "
                         "(or JSON Lines, .jsonl: one such object a line)")
    elements = _parsed(text, name, lambda exc: f"{exc.msg} at line {exc.lineno}, column {exc.colno}")
    share = len(data) // max(len(elements), 1)  # (bytes of a record, for the progress bar)
    for n, obj in enumerate(elements, 1):
        where = f"{name}:{n}"
        try:
            record = _checked(obj, where)
        except InputError as exc:  # this article fails alone
            ids.problems.append(str(exc))
            yield Unit(path, n, share, max_size=max_size, error=str(exc))
            continue
        replaces = ids.claim(record, where)  # two records of one IRI: one, the later, or a clash
        if replaces is False:
            continue
        yield Unit(path, n, share, record, max_size, warning=record.pop("warning", None), replaces=replaces)
    if not elements:  # an empty array fails alone, as an empty text file does
        yield Unit(path, 0, 0, max_size=max_size, error=f"{name}: the JSON array holds no article")


#: JSON whitespace at the start of a text.
_JSON_BLANK = re.compile(r"[ \t\r\n]*")


def _json_problem(exc: json.JSONDecodeError, line: str) -> str:
    """What is wrong with one JSON Lines line (without its line end), in words: a line that ends
    inside its record (a crawler's cut last line; an unterminated string, as no JSON string holds
    a raw line end) is called truncated; otherwise the decoder's message and where (characters of
    the line, from 1)."""
    if exc.msg.startswith("Unterminated string"):
        return f"truncated: the line ends inside a string opened at column {exc.colno}"
    if exc.pos >= len(line.rstrip(_JSON_SPACE)):  # (not str.rstrip(): U+2028 after a record is no JSON space)
        return f"truncated: the line ends inside the record, at column {exc.colno}"
    if exc.msg == "Extra data":
        char = line[exc.pos]
        what = f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip() if not char.isprintable() or \
            char.isspace() else repr(char)
        return f"{what} after the record, at column {exc.colno}: one JSON object a line, lines separated by \\n only"
    return f"{exc.msg} at column {exc.colno}"


#: Whitespace in JSON (RFC 8259): space, tab, line feed, carriage return; no other.
_JSON_SPACE = " \t\r\n"


class _BadValue(ValueError):
    """A JSON Lines record that parses but that JSON (RFC 8259) does not allow: NaN or Infinity,
    or a key given twice in one object (:func:`_strict_json`)."""


def _no_constant(name: str):
    raise _BadValue(f"{name} (JSON has no NaN or Infinity)")


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    keys: set[str] = set()
    for key, _ in pairs:
        if key in keys:
            raise _BadValue(f"key {key!r} given twice in one object")
        keys.add(key)
    return dict(pairs)


def _strict_json(line: str):
    """``json.loads`` of one record, refusing what Python's reader accepts beyond JSON: ``NaN``,
    ``Infinity`` and ``-Infinity``, and a key given twice in an object (the last one won,
    silently).

    Raises:
        json.JSONDecodeError: not JSON; _BadValue: NaN, Infinity or a duplicate key.
    """
    return json.loads(line, parse_constant=_no_constant, object_pairs_hook=_unique_keys)


def _must_be_utf8(raw: bytes, path: str | os.PathLike | None = None) -> str:
    """What to say of JSON that is not UTF-8: it must be; when it reads as GB18030 (GBK, a
    Windows export), how to convert it: a whole command for ``path`` (the file, converted in
    place through a copy whose suffix no folder reads)."""
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return "JSON Lines must be UTF-8"
    command = "iconv -f gb18030 -t utf-8"
    if path is not None and Path(path).parent.name.startswith("kg-stdin-"):  # (kg build -: a copy of standard input)
        command = f"… | {command} | kg build -"
    elif path is not None:
        import shlex

        name = shlex.quote(shown(path))
        command += f" {name} > {name}.utf8 && mv {name}.utf8 {name}"
    return f"JSON Lines must be UTF-8, and this reads as GB18030 (GBK): convert it, {command}"


def _record(raw: bytes, where: str, path: str | os.PathLike | None = None) -> dict:
    """Check one JSON Lines line (of the file ``path``, for a message's command); return its
    ``id``, ``title``, ``text`` and ``meta``."""
    try:
        line = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 (bad byte at offset {exc.start}); "
                         f"{_must_be_utf8(raw, path)}") from None
    return _checked(_parsed(line, where, lambda exc: _json_problem(exc, line)), where)


def _parsed(text: str, where: str, problem):
    """:func:`_strict_json` of ``text`` (a JSON Lines line, or a whole .json file), its errors as
    one line naming ``where``; ``problem(exc)`` words a ``json.JSONDecodeError``.

    Raises:
        InputError: not JSON, NaN or a duplicate key, nested too deeply, or a number too long.
    """
    try:
        return _strict_json(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({problem(exc)})") from None
    except _BadValue as exc:
        raise InputError(f"{where}: not valid JSON: {exc}") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as exc:  # an integer of thousands of digits (Python's limit on int conversion)
        raise InputError(f"{where}: a number too long to read ({str(exc).split(':')[0]})") from None


def _checked(obj, where: str) -> dict:
    """Check one parsed record (a JSON Lines line, an element of a JSON array); return its
    ``id``, ``title``, ``text`` and ``meta``."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with id and text, found {type(obj).__name__}")
    rid = obj.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)) or not str(rid).strip():
        raise InputError(f"{where}: needs an id (a non-empty string or an integer)")
    out: dict = {"id": _visible(_text(str(rid).strip(), "id", where))}
    if not out["id"]:  # "<x>", "\u200b": markup or invisible characters only
        raise InputError(f"{where}: the id {str(rid)!r} is empty once markup and invisible characters are "
                         "removed; give a visible id")
    for key in ("text", "title"):
        value = obj.get(key, "" if key == "title" else None)
        if key == "title" and value is None:
            value = ""  # "title": null, as scrapers write it: no title, as with no field (the text still must be)
        if not isinstance(value, str):
            if key not in obj:
                raise InputError(f"{where}: field {key!r} is missing (the article's text, a string)")
            what = "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)
            raise InputError(f"{where}: field {key!r} must be a string, not {what}")
        value = _text(value.strip(), key, where)
        out[key] = value if key == "text" else _visible(value)  # (the text is cleaned as any text is)
    meta = []
    for key, prop in META_FIELDS.items():
        value = obj.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InputError(f"{where}: field {key!r} must be a string or an integer, not "
                             f"{_JSON_TYPES.get(type(value), type(value).__name__)}")
        try:
            meta.append((prop, _meta_value(key, _visible(_text(str(value).strip(), key, where)), where)))
        except _NoDate as exc:  # optional metadata: the article is read without it, as with no date field
            out["warning"] = f"{exc}; the article is read without it"
    out["meta"] = tuple(meta)
    return out


class _NoDate(InputError):
    """A record's ``date`` that reads as no date: the record is read without it, with a warning."""


def _text(value: str, key: str, where: str) -> str:
    """``value`` when it is text: a JSON ``\\ud800`` escape decodes to a lone surrogate, which is
    no character (it cannot be written as UTF-8, so no IRI, digest or file could hold it).

    Raises:
        InputError: naming the line and the field.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{where}: field {key!r} holds a lone surrogate ({value[exc.start]!a}), not text") from None
    return value


def _visible(value: str) -> str:
    """``value`` without control characters, terminal escapes and other invisible characters
    (:func:`kg.ingest.clean_text`, as a text file's title is cleaned): a JSON Lines title or field
    holding ``\u0001`` or ``\u001b[31m`` made Turtle with raw control characters and GraphML, GEXF
    and SPARQL XML results that no XML parser reads."""
    return clean_text(value)[0].strip()


def _meta_value(key: str, value: str, where: str) -> str:
    """The lexical form of a metadata field (dates as ``YYYY-MM-DD``)."""
    if key == "date":
        m = _DATE.fullmatch(value)
        try:
            if m:
                return datetime.date(*map(int, m.groups())).isoformat()
        except ValueError:
            pass
        raise _NoDate(f"{where}: date {value!r} is not a date such as 2024-05-12 or 2024年5月12日")
    if key == "url" and not _URL.fullmatch(value):
        raise InputError(f"{where}: url {value!r} is not an http(s):// address")
    return value


def unit_documents(unit: Unit) -> list[Document]:
    """Read one input unit into documents (:func:`iter_unit_documents`, as a list).

    Returns:
        For a text file, its items (:func:`kg.ingest.documents_from_text`). For a JSON Lines
        article with neither text nor title, none (the build counts it as skipped); otherwise one document: id the record's ``id``, source the file's base name, text the
        title and text joined by a line break (offsets count from the title's first character,
        in the fields stripped and cleaned of markup and invisible characters),
        metadata from the record.

    Raises:
        InputError: the text file cannot be read as Chinese text, or reads as RDF.
    """
    return list(iter_unit_documents(unit))


def iter_unit_documents(unit: Unit) -> Iterator[Document]:
    """The documents of one input unit (see :func:`unit_documents`), one at a time.

    A large text file is read in a stream (:func:`kg.ingest.iter_file_documents`): each item
    is made when it is asked for, so a caller that extracts and drops each document before the
    next holds one item of the file at a time, not the file. The file is checked (readable,
    Chinese text, not RDF) before the first document is yielded.

    Yields:
        :class:`~kg.types.Document` records in input order.

    Raises:
        InputError: the text file cannot be read as Chinese text, or reads as RDF; the unit's
            ``error`` (a bad JSON Lines line).
    """
    if unit.error is not None:  # a JSON Lines line that is no valid article
        raise InputError(unit.error)
    if unit.record is None:
        def check(head: str) -> None:
            if looks_like_rdf(head):
                _refuse_rdf(unit.path)
            if looks_like_jsonl(head):  # (read as text, its title would be {"id": …)
                raise InputError(f"{shown(unit.path)}: is a JSON Lines archive (one article per line), not a news "
                                 "text; name it .jsonl")

        for doc in iter_file_documents(unit.path, unit.max_size, check):
            yield replace(doc, source=shown(unit.name)) if unit.name else doc
        return
    rec = unit.record
    title, body = rec["title"], rec["text"]
    if not title and not body:
        return
    docs = documents_from_text(f"{title}\n{body}" if title else body, unit.path.name)
    doc = _one_article(docs, rec["id"], title, rec["meta"])
    yield replace(doc, source=shown(unit.name)) if unit.name else doc


def _one_article(docs: list[Document], doc_id: str, title: str, meta: tuple) -> Document:
    """The items that a JSON Lines article's text was cut into, as one document."""
    if not docs:  # nothing but page furniture (a date line)
        return Document(doc_id, "", title, (), "", (), meta=meta)
    first = docs[0]
    text, cmap = first.text, list(first.char_map)
    for d in docs[1:]:  # a sub-heading read as a new item: the record says it is one article
        if d.text:
            cmap += ([cmap[-1] if cmap else 0] if text else []) + list(d.char_map)
            text = f"{text}\n{d.text}" if text else d.text
    bylines = tuple(b for d in docs for b in d.bylines)
    given = {key for key, _ in meta}  # a field the record lacks: the text's own (its date line, its 来源)
    meta = tuple(kv for kv in first.meta if kv[0] not in given) + tuple(meta)
    return replace(first, doc_id=doc_id, title=title or first.title, text=text, char_map=tuple(cmap),
                   bylines=bylines, meta=meta)


__all__ = ["Unit", "Claims", "record_digest", "iter_units", "MAX_FILE_SIZE", "input_size", "unit_documents", "iter_unit_documents", "looks_like_rdf", "JSONL_SUFFIXES", "RDF_SUFFIXES",
           "JSON_SUFFIXES", "READ_SUFFIXES", "META_FIELDS"]
