"""A persistent on-disk store of a build (``kg build --store DIR``, ``--append``).

A store folder holds

* ``oxigraph-<16 hex>/``: the current *generation* of a pyoxigraph (RocksDB) store with one
  named graph per article (named by the article's IRI) and :data:`kg.graph.ENTITIES_GRAPH` for
  the entities' description (a store written before generations has it in ``oxigraph/``);
* ``extractions/``: the extraction result of each input unit (a text file, or one JSON Lines
  article), so that an appended build extracts only new and changed articles and resolves the
  whole store again, which gives the same IRIs as a full build (pickles, read back building
  only the record classes of :mod:`kg.types` and checked, :meth:`Store.load_results`: a crafted
  file runs nothing);
* ``tupu-store.json``: the manifest: :data:`STORE_FORMAT`, the current generation (``rdf``) and
  the last ones committed (``history``), each named graph's digest (``graphs``), and each unit
  (its key: absolute path, plus the record id for a JSON Lines article; the SHA-256 of its
  bytes; its article ids; its extraction file), in build order.

A build never changes the generation readers use: it copies it (hard links), changes the copy,
and commits it by writing the manifest that names it (:meth:`Store.commit`). ``kg build`` makes
that rename the commit of its output files too (:func:`kg.atomic.publish` with ``linked``), so
the store and the files of one build are one set: after a crash or a ``kill -9`` at any point,
every reader sees the old store with the old files or the new store with the new files.

A build writes its files from the statements it holds in memory (:mod:`kg.statements`); a store
on its own (``kg push``, tests, benchmarks) is written from the store in a stream
(:func:`write_turtle`, :func:`write_ntriples`). Both give byte for byte what
:func:`kg.export.to_bytes` writes for the same statements.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import secrets
import shutil
import tempfile
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .atomic import atomic_write
from .errors import KGError
from .namespaces import PREFIXES
from .schema import NEWS_ARTICLE, SCHEMA, Qualifiers
from .types import Byline, Document, Evidence, ExtractionResult, Mention, Statement

#: Version of the store layout; a store of another version is refused (rebuild it).
STORE_FORMAT = 1
#: Quads added to the RDF store per bulk load (:meth:`Store.replace_statements`).
BULK_BATCH = 250_000
#: The manifest file of a store folder.
MANIFEST = "tupu-store.json"
#: Name of the RDF store's folder before generations, and prefix of a generation's folder
#: (``oxigraph-<16 hex>``); the manifest's ``rdf`` names the current one.
RDF_PREFIX = "oxigraph"
#: Compact the RDF store (Oxigraph's ``optimize``) when the quads removed from and added to
#: its named graphs since its last compaction reach this share of its named quads
#: (:meth:`Store.replace_statements`; measured by ``bench/bench_compact.py``).
COMPACT_RATIO = 0.02
#: Committed generations a manifest remembers (``history``), for output folders left mid-switch.
HISTORY = 64
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_XSD_STRING = str(XSD.string)


class StoreError(KGError):
    """A store folder that cannot be used: missing, of another version, locked, broken (one line)."""


def _ox():
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - a dependency
        raise StoreError("the store needs pyoxigraph: pip install pyoxigraph") from None
    return pyoxigraph


# ---------------------------------------------------------------------------- terms


def to_ox(term):
    """An rdflib term → the pyoxigraph term (``NamedNode``, ``Literal``, ``BlankNode``).

    Raises:
        TypeError: not an IRI, literal or blank node.
    """
    ox = _ox()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term):
    """A pyoxigraph term → the rdflib term that gives the same Turtle (``xsd:string`` literals
    become plain literals, as rdflib writes them)."""
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt in (_XSD_STRING, _RDF_LANG) else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"not an RDF term: {term!r}")


# ---------------------------------------------------------------------------- writing


def _distinct_subjects(ox_store) -> tuple[list, dict, bool]:
    """Subjects of the default graph (the union), references (times each term is an object of a
    triple), and whether any blank node occurs."""
    refs: dict = {}
    for sol in ox_store.query("SELECT ?o (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?o"):
        refs[sol[0]] = int(sol[1].value)
    subjects = [sol[0] for sol in ox_store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }")]
    ox = _ox()
    bnodes = any(isinstance(s, ox.BlankNode) for s in subjects) or any(isinstance(o, ox.BlankNode) for o in refs)
    return subjects, refs, bnodes


def write_turtle(ox_store, fh: BinaryIO) -> None:
    """Write the union of a pyoxigraph store's graphs (its default graph) as Turtle, in a stream.

    The bytes are those of :func:`kg.export.to_bytes` (rdflib's Turtle writer over the sorted
    union) for the same statements: Oxigraph dumps the union as N-Triples into a temporary file
    and :func:`kg.turtle.write_ntriples_dump`, the project's one Turtle writer, lays it out
    (memory holds the subjects and the distinct terms, not the statements). A store with blank
    nodes (never written by ``kg build``) is copied into rdflib and written by it.

    Args:
        ox_store: a ``pyoxigraph.Store``.
        fh: a binary file open for writing.
    """
    from .export import _new_graph, to_bytes
    from .turtle import Unsupported, write_ntriples_dump

    ox = _ox()
    with tempfile.TemporaryFile() as dump:
        ox_store.dump(dump, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        try:
            write_ntriples_dump(dump, _new_graph(Graph, bind_namespaces="none"), fh)
            return
        except Unsupported:
            pass
    fh.write(to_bytes(to_rdflib(ox_store), "turtle"))


def write_ntriples(ox_store, fh: BinaryIO) -> None:
    """Write the union of a pyoxigraph store's graphs as N-Triples, in a stream, byte for byte
    what :func:`kg.export.to_bytes` writes (triples sorted by the N3 form of their terms)."""
    from rdflib.plugins.serializers.nt import _nt_row

    subjects, _, bnodes = _distinct_subjects(ox_store)
    if bnodes:
        from .export import to_bytes

        fh.write(to_bytes(to_rdflib(ox_store), "nt"))
        return
    keyed = sorted((from_ox(s).n3(), s) for s in subjects)
    out = []
    for _, s in keyed:
        rows = {(from_ox(q.predicate), from_ox(q.object))
                for q in ox_store.quads_for_pattern(s, None, None, _ox().DefaultGraph())}
        subj = from_ox(s)
        for p, o in sorted(rows, key=lambda t: (t[0].n3(), t[1].n3())):
            out.append(_nt_row((subj, p, o)))
        if len(out) >= 4096:
            fh.write("".join(out).encode("utf-8"))
            out.clear()
    fh.write("".join(out).encode("utf-8"))
    if not keyed:
        fh.write(b"\n")


def to_rdflib(ox_store, dataset: bool = False) -> Graph:
    """Copy a pyoxigraph store into rdflib: its default graph (the union) as a plain ``Graph``, or
    with ``dataset`` a ``Dataset`` of its named graphs (for TriG, JSON-LD and the HTML view)."""
    from .export import _new_graph

    if not dataset:
        g = _new_graph(Graph)
        g.addN((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), g)
               for q in ox_store.quads_for_pattern(None, None, None, _ox().DefaultGraph()))
        return g
    ds = _new_graph(Dataset)
    graphs: dict = {}
    for q in ox_store.quads_for_pattern(None, None, None, None):
        name = from_ox(q.graph_name)
        if name is None:
            continue  # the default graph is the union of the named graphs
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(name) if name is not None else ds.default_graph
        g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return ds


def write_file(ox_store, path: str | os.PathLike, fmt: str) -> None:
    """Write the store as ``fmt`` (a key of :data:`kg.export.FORMATS`) to ``path``, atomically:
    Turtle and N-Triples streamed from the store, N-Quads (its named graphs, as TriG) by
    :func:`kg.export.nquads_bytes`, TriG, JSON-LD and RDF/XML through rdflib.

    Raises:
        OSError: the file cannot be written (``path`` keeps its old content).
    """
    from .atomic import atomic_path
    from .export import nquads_bytes, to_bytes

    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        if fmt == "turtle":
            write_turtle(ox_store, fh)
        elif fmt == "nt":
            write_ntriples(ox_store, fh)
        elif fmt == "nq":  # the named graphs (the default graph is their union), as to_rdflib gives them for TriG
            fh.write(nquads_bytes((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), name)
                                  for q in ox_store.quads_for_pattern(None, None, None, None)
                                  if (name := from_ox(q.graph_name)) is not None))
        else:
            fh.write(to_bytes(to_rdflib(ox_store, dataset=fmt == "trig"), fmt))


# ---------------------------------------------------------------------------- queries


def query_store(ox_store, sparql: str, params: dict[str, str] | None = None, *, timeout: float | None = None,
                max_rows: int | None = None, named_graphs: bool = True):
    """Run a read-only SPARQL query on a pyoxigraph store, under the rules of :func:`kg.query.run_query`.

    The query is parsed first by :mod:`kg.query` (the project prefixes predeclared; a text that
    passed is remembered, not parsed again): updates are a syntax error, ``FROM``/``FROM NAMED``
    and ``SERVICE`` are refused; then Oxigraph
    evaluates it over the store: the default graph is the union of its graphs, and ``GRAPH``
    patterns see each named graph (one per article, and the entities' graph). ``FROM`` in
    Oxigraph names graphs of the store, ``LOAD`` is an update (refused), but Oxigraph evaluates
    ``SERVICE`` with an HTTP client of its own (pyoxigraph 0.5 offers no option to turn it off):
    in this process only the parse check stands before it, so query text one does not trust is
    run in a sealed worker (:func:`kg.workers.query_in_worker`, as ``kg query STORE`` and
    ``kg serve`` do), where no connection can be opened whatever the text. Columns come in the order
    :func:`kg.query.run_query` gives them. The time limit (:func:`kg.sandbox.deadline`) is
    checked while the rows are read: one step that Oxigraph runs long before its first row (a
    huge sort) ends before the limit is seen, so callers that must stop it run this in a process
    of its own (:mod:`kg.workers`).

    Args:
        ox_store: a ``pyoxigraph.Store``.
        sparql: the query text.
        params: ``{variable name: value}``, bound as plain string literals at the start of the
            WHERE clause, as :func:`kg.query.run_query` binds them (:func:`kg.query.bind_text`).
        timeout: seconds (``None``/0: no limit); max_rows: rows or triples (``None``/0: no limit).
        named_graphs: False for a store of one graph (a graph file of triples, :mod:`kg.graphfile`):
            a query with a ``GRAPH`` pattern is refused, as :func:`kg.query.run_query` refuses it
            on a plain rdflib graph (where Oxigraph would find no named graph and no row).

    Returns:
        A :class:`kg.query.QueryResult` with rdflib terms, as :func:`kg.query.run_query` gives.

    Raises:
        kg.query.QuerySyntaxError, kg.query.QueryRefusedError, kg.query.QueryLimitError,
        kg.query.QueryEvaluationError.
    """
    from .query import (NO_NAMED_GRAPHS, QueryEvaluationError, QueryRefusedError, QueryResult, QuerySyntaxError,
                        _first_use, bind_text, clip, has_graph_pattern, minted_names, one_line_end)
    from .sandbox import QueryLimitError, deadline, sealed

    if not sparql.strip():
        raise QuerySyntaxError("the query is empty")
    sparql = minted_names(one_line_end(sparql))  # one text for rdflib's check and Oxigraph's run
    prepared = _checked(sparql) if len(sparql) <= _CHECKED_TEXT else _check(sparql)
    if not named_graphs and has_graph_pattern(prepared.algebra):
        raise QueryRefusedError(NO_NAMED_GRAPHS)
    text, values = bind_text(sparql, params) if params else (sparql, {})  # (no second parse when nothing is bound)
    kind = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
            "DescribeQuery": "DESCRIBE"}.get(prepared.algebra.name, "SELECT")
    limit = max_rows or None
    try:
        with sealed(), deadline(timeout):
            result = _run_ox(ox_store, text, kind, limit, values)
    except (QuerySyntaxError, QueryRefusedError, QueryLimitError, KeyboardInterrupt):
        raise
    except SyntaxError as exc:
        raise QuerySyntaxError(f"SPARQL syntax error: {clip(str(exc))}") from None
    except PermissionError as exc:  # in a sealed process (kg.sandbox.seal_process): a connection refused
        raise QueryRefusedError(f"network access refused ({' '.join(str(exc).split())[:80]}): the query reads only "
                                "the store") from None
    except Exception as exc:  # noqa: BLE001 - Oxigraph's evaluation errors
        raise QueryEvaluationError(f"SPARQL evaluation failed: {type(exc).__name__}: {clip(str(exc))}") from None
    if isinstance(result, QueryResult):
        return result
    variables, terms = result
    order = sorted(range(len(variables)), key=lambda i: _first_use(prepared, variables[i]))  # as rdflib gives them
    variables, terms = [variables[i] for i in order], [tuple(row[i] for i in order) for row in terms]
    rows = [tuple(None if t is None else str(t) for t in row) for row in terms]
    return QueryResult(kind="SELECT", vars=variables, rows=rows, terms=terms)


#: Longest query text whose check :func:`query_store` remembers (characters; 256 texts at most).
_CHECKED_TEXT = 20_000


def _check(sparql: str):
    """The query rdflib prepares from ``sparql`` (:func:`kg.query._prepare`), checked to name no
    other source (:func:`kg.query.check_sources`). :func:`_checked` remembers it per text (it is
    only read afterwards), as rdflib's parse takes 5–13 ms of the README's queries where Oxigraph
    answers two of them in under 1 ms; a refused or invalid text is checked again each time.

    Raises:
        kg.query.QuerySyntaxError, kg.query.QueryRefusedError (``FROM``, ``SERVICE``).
    """
    from .query import _prepare, check_sources

    prepared = _prepare(sparql)
    check_sources(prepared)
    return prepared


_checked = lru_cache(maxsize=256)(_check)


def _run_ox(ox_store, sparql: str, kind: str, limit: int | None, values: dict[str, str] | None = None):
    """Evaluate in Oxigraph; a QueryResult (ASK, CONSTRUCT, DESCRIBE) or ``(variables, rows of terms)``.
    ``values``: {function IRI: string} of :func:`kg.query.bind_text`, each a function without
    arguments that gives its string. Oxigraph's result iterator is dropped here, in the thread
    that made it (it may not cross threads)."""
    from .query import QUERY_PREFIXES, TRIPLE_VARS, QueryResult, _check_rows

    ox = _ox()
    functions = {ox.NamedNode(iri): (lambda lit=ox.Literal(value): lit) for iri, value in (values or {}).items()}
    answer = ox_store.query(sparql, prefixes={k: str(v) for k, v in QUERY_PREFIXES.items()},
                            custom_functions=functions or None)
    try:
        if kind == "ASK":
            return QueryResult(kind="ASK", boolean=bool(answer))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            g = Graph(bind_namespaces="none")
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns, override=True, replace=True)
            for t in answer:
                g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
                _check_rows(len(g), limit)
            terms = sorted(g, key=lambda triple: tuple(str(term) for term in triple))
            return QueryResult(kind=kind, vars=list(TRIPLE_VARS), rows=[tuple(map(str, t)) for t in terms],
                               graph=g, terms=terms)
        variables = [v.value for v in answer.variables]
        rows = []
        for sol in answer:
            rows.append(tuple(None if sol[i] is None else from_ox(sol[i]) for i in range(len(variables))))
            _check_rows(len(rows), limit)
        return variables, rows
    finally:
        del answer


# ---------------------------------------------------------------------------- the store folder


class _Converter:
    """rdflib → pyoxigraph terms, each distinct term converted once."""

    def __init__(self) -> None:
        self.cache: dict = {}

    def term(self, t):
        """The pyoxigraph term of ``t`` (see :func:`to_ox`); IRIs are kept for reuse, literals
        (mostly sentences, met once) are not."""
        out = self.cache.get(t)
        if out is None:
            out = to_ox(t)
            if isinstance(t, URIRef):
                self.cache[t] = out
        return out

    def triple(self, t: tuple) -> tuple:
        """``(s, p, o)`` converted."""
        return self.term(t[0]), self.term(t[1]), self.term(t[2])


def _digest(triples: set) -> str:
    """A digest of a set of rdflib triples, the same whatever the order: the sum (mod 2**128)
    of each triple's SHA-256, so no list of the graph's statements is built (hex)."""
    total = 0
    for s, p, o in triples:
        line = "\x00".join((str(s), str(p), type(o).__name__, str(o), str(getattr(o, "language", None) or ""),
                            str(getattr(o, "datatype", None) or "")))
        total += int.from_bytes(hashlib.sha256(line.encode("utf-8", "surrogatepass")).digest()[:16], "big")
    return f"{total % (1 << 128):032x}"


@dataclass
class UnitEntry:
    """One input unit recorded in a store.

    Attributes:
        key: ``abspath`` of a text file, or ``abspath#id`` of a JSON Lines article.
        digest: SHA-256 (hex) of the unit's bytes (the file, or the JSON Lines line).
        docs: the article ids it gave.
        failed: ``(article id, reason)`` of articles whose extraction failed (the unit is
            extracted again on the next ``--append``).
        where: the unit as shown in messages.
        replaced: for a JSON Lines record replaced by a later record of its id (``kg build
            --replace-ids``), the ``where`` of that record: its extraction is kept (it comes
            back when that record is removed) but it gives no article. "" otherwise.
        fields: for a JSON Lines record found in a subfolder of an input folder, whose
            ``digest`` holds its name there too (:func:`unit_digest`), the SHA-256 of its
            fields alone: records of equal fields are one record wherever they lie, as in a
            build without a store. "" otherwise (``digest`` is of the fields).
    """

    key: str
    digest: str
    docs: list[str] = field(default_factory=list)
    failed: list[list[str]] = field(default_factory=list)
    where: str = ""
    replaced: str = ""
    fields: str = ""

    @property
    def record_digest(self) -> str:
        """What two records of one id compare to be the same record: the digest of their fields."""
        return self.fields or self.digest

    @property
    def cache_name(self) -> str:
        """File name of the unit's extraction results in ``extractions/``."""
        return hashlib.sha256(f"{self.key}\0{self.digest}".encode("utf-8", "surrogateescape")).hexdigest()[:32] + ".pickle"


def source_name(path: str | os.PathLike) -> str:
    """The name of a graph source (a graph file or a store folder) as a page title gives it: its
    own name, and for the store that ``kg build --append`` keeps in its output folder
    (``out/.kg-store``), that folder's (``out``), not the hidden folder's."""
    from .atomic import STORE_DIR

    path = Path(path)
    if path.name == STORE_DIR:
        return path.absolute().parent.name or path.name
    return path.name or path.absolute().name


def unit_key(unit) -> str:
    """The key of a :class:`kg.sources.Unit` in a store (see :class:`UnitEntry`)."""
    path = os.path.abspath(os.fsdecode(unit.path))
    if unit.record is None and unit.line:  # a JSON Lines line that is no valid article
        return f"{path}:{unit.line}"
    return f"{path}#{unit.record['id']}" if unit.record is not None else path


def unit_digest(unit) -> str:
    """SHA-256 (hex) of a unit's bytes: the text file (read once, up to its size limit), or
    the JSON Lines record's fields; for a file found in a subfolder of an input folder, of
    those and its ``name`` there (its articles' ``kg:sourceFile``), so an article the store
    holds from the same file given under another input folder is read again, as a build
    without the store would name it.

    Raises:
        kg.errors.InputError: the file cannot be read (the message names it).
    """
    return unit_digests(unit)[0]


def unit_digests(unit) -> tuple[str, str]:
    """:func:`unit_digest`, and :attr:`UnitEntry.fields`: for a JSON Lines record whose digest
    holds its name, the digest of its fields alone; "" otherwise.

    Raises:
        kg.errors.InputError: the file cannot be read (the message names it).
    """
    digest = _bytes_digest(unit)
    name = getattr(unit, "name", "")
    if not name:
        return digest, ""
    named = hashlib.sha256(f"{digest}\0{name}".encode("utf-8", "surrogateescape")).hexdigest()
    return named, digest if unit.record is not None else ""


def _bytes_digest(unit) -> str:
    """:func:`unit_digest` of the unit's bytes alone."""
    if unit.record is not None:
        return hashlib.sha256(json.dumps(unit.record, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    if unit.error is not None:  # a bad JSON Lines line: it fails, so it is read again next time anyway
        return hashlib.sha256(unit.error.encode("utf-8", "surrogateescape")).hexdigest()
    from .ingest import open_regular

    fh, _ = open_regular(unit.path, None)
    h = hashlib.sha256()
    with fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


#: The classes an extraction file holds (:meth:`Store.save_results` pickles lists of
#: :class:`~kg.types.ExtractionResult`): ``(module, name)`` → the class. Nothing else is built
#: when a file is read back, so a crafted file cannot call ``os.system`` or any other function.
_STORED_CLASSES = {(c.__module__, c.__qualname__): c
                   for c in (ExtractionResult, Document, Byline, Mention, Statement, Evidence, Qualifiers)}


class _Refused(pickle.UnpicklingError):
    """An extraction file that names a global the store never writes (its message says which)."""


class _ExtractionUnpickler(pickle.Unpickler):
    """Reads an extraction file of a store, building only the record classes of
    :data:`_STORED_CLASSES` (the builtins they hold, ``str``, ``int``, ``tuple``, ``list``,
    ``None``, are pickle opcodes, not globals).

    Raises (from ``load``):
        _Refused: the file names any other global (``os.system``, ``builtins.eval``, a class
            of another module): it is refused before anything of it is called.
    """

    def find_class(self, module: str, name: str):
        cls = _STORED_CLASSES.get((module, name))
        if cls is None:
            raise _Refused(f"refused {module}.{name}: not a class a store writes")
        return cls


def _checker(hint: object):
    """A test ``check(value) -> bool``: does ``value`` have the type ``hint``, a field annotation
    of a record class (``str``, ``int``, ``X | Y``, ``tuple[X, ...]``, ``tuple[X, Y]``, or a record
    class of :data:`_STORED_CLASSES`, checked field by field: exactly its fields, each of its
    type)? A ``str`` or ``int`` field may also be None: extractors leave a name unset so
    (``Mention.canonical`` of some honours), and stores hold it. Made once per annotation
    (:data:`_CHECKERS`), not worked out again for each value (about half the time of the
    unpickling itself)."""
    if hint in _CHECKERS:
        return _CHECKERS[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        check = lambda v: v is None or type(v) is str  # noqa: E731
    elif hint is int:
        check = lambda v: v is None or type(v) is int  # noqa: E731
    elif hint is type(None):
        check = lambda v: v is None  # noqa: E731
    elif origin in (typing.Union, types.UnionType):
        parts = [_checker(a) for a in args]
        check = lambda v: any(c(v) for c in parts)  # noqa: E731
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _checker(args[0])
        check = lambda v: type(v) is tuple and all(map(item, v))  # noqa: E731
    elif origin is tuple:
        items = [_checker(a) for a in args]
        check = lambda v: type(v) is tuple and len(v) == len(items) and all(c(x) for c, x in zip(items, v))  # noqa: E731
    elif hint in _STORED_CLASSES.values():
        names = {c.__name__: c for c in _STORED_CLASSES.values()}  # (Qualifiers names Mention for type checkers only)
        annotations = typing.get_type_hints(hint, localns=names)
        checks = tuple((f.name, _checker(annotations[f.name])) for f in fields(hint))
        keys = {name for name, _ in checks}

        def check(v, cls=hint, checks=checks, keys=keys) -> bool:
            if type(v) is not cls or type(state := getattr(v, "__dict__", None)) is not dict or state.keys() != keys:
                return False
            for name, c in checks:
                if not c(state[name]):
                    return False
            return True
    else:
        raise TypeError(f"no check for {hint!r}")  # a new kind of field: add it here
    _CHECKERS[hint] = check
    return check


#: :func:`_checker`'s tests, by annotation.
_CHECKERS: dict[object, object] = {}


def _results_problem(results: object, docs: list[str]) -> str | None:
    """What is wrong with the object read from an extraction file, or None: it must be a list
    of :class:`~kg.types.ExtractionResult` records whose every field has its declared type
    (:func:`_checker`), one per article id the manifest records for the unit (``docs``), in
    order, whose mentions are of classes of the schema and statements of its relations (what
    resolution and the graph look up)."""
    if type(results) is not list:
        return f"type {type(results).__name__}, not a list of extraction results"
    if not all(map(_checker(ExtractionResult), results)):
        return "not a list of extraction results"
    if [r.doc.doc_id for r in results] != list(docs):
        return "its articles are not those the manifest records"
    classes = {*SCHEMA.entity_classes(), NEWS_ARTICLE}
    relations = {r.name for r in SCHEMA.evidence_relations()}
    for r in results:
        named = list(r.mentions)
        for st in r.statements:
            if st.predicate not in relations:
                return f"a statement of no relation of the schema ({st.predicate!r})"
            named += [st.subject, st.object]
            named += [m for v in vars(st.qualifiers).values() for m in (v if type(v) is tuple else (v,))]
        unknown = next((m.cls for m in named if type(m) is Mention and m.cls not in classes), None)
        if unknown is not None:
            return f"a mention of no class of the schema ({unknown!r})"
    return None


def _decision_line(line: object) -> bool:
    """Whether a manifest's recorded decision is a line ``same|different NAME NAME``."""
    return isinstance(line, str) and len(line.split()) == 3 and line.split()[0] in ("same", "different")


class Store:
    """A store folder (see the module doc), opened for a build or read-only.

    Opened for a build (not ``read_only``), it works on a new *generation* of the RDF store: a
    copy of the current one (``Store.backup``: hard links of its immutable files, milliseconds
    whatever its size) in a folder ``oxigraph-<16 hex>`` of its own, which :attr:`rdf` is. Nothing
    a reader sees changes until :meth:`commit` writes the manifest naming it (one atomic rename);
    :meth:`close` without a commit removes it, so a failed or stopped build leaves the previous
    store whole. :meth:`clean` removes generations no manifest names (call it with the store's
    lock held, :func:`kg.atomic.output_lock`).

    Args:
        path: the folder.
        create: make it when missing (a build); else it must exist (``kg serve``, ``kg push``).
        read_only: open the current generation read-only (other readers may share it).

    Raises:
        StoreError: the folder is missing (and not ``create``), is not a store (no manifest,
            or a non-empty folder that is something else), is of another :data:`STORE_FORMAT`,
            or its RDF store cannot be opened (damaged).
    """

    def __init__(self, path: str | os.PathLike, *, create: bool = False, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.generation: str | None = None
        self.committed = False
        self.compacted = False
        self.rdf = None
        manifest = self.path / MANIFEST
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no such store")
            self.path.mkdir(parents=True)
        elif not self.path.is_dir():
            raise StoreError(f"{self.path}: is not a folder, cannot be a store")
        if manifest.exists():
            self._read_manifest()
            if read_only and self.digests is None:
                raise StoreError(f"{self.path}: a build is writing this store, or one was interrupted (it is marked "
                                 "mid-build); wait for it to finish, or run the kg build --store again")
        elif create and not any(p for p in self.path.iterdir() if p.name != ".kg-lock"):
            self.units, self.digests, self.current, self.history = [], {}, None, []
            self.uncompacted = 0
            self.decisions = []
            self.replace_ids = False
            self.formats = []
            self.save_manifest()  # a new store: a valid (empty) one from the start
        else:
            raise StoreError(f"{self.path}: not a Tupu store (no {MANIFEST})")
        if read_only:
            self._open_read_only()
        else:
            self._begin()
            (self.path / "extractions").mkdir(exist_ok=True)

    def _read_manifest(self) -> None:
        """Read the manifest into :attr:`units`, :attr:`digests`, :attr:`current`, :attr:`history`.

        Raises:
            StoreError: unreadable, damaged, or of another :data:`STORE_FORMAT`.
        """
        try:
            record = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
            fmt = record["format"]
            self.units = [UnitEntry(**u) for u in record["units"]]
            self.digests: dict[str, str] | None = record.get("graphs")
            if self.digests is not None and not isinstance(self.digests, dict):
                raise TypeError("graphs")
            # a store written before generations keeps its RDF store in oxigraph/
            current = record.get("rdf", RDF_PREFIX if (self.path / RDF_PREFIX).is_dir() else None)
            history = record.get("history", [])
            if not (current is None or _is_generation(current)) or not isinstance(history, list):
                raise TypeError("rdf")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{self.path}: damaged store manifest {MANIFEST} ({type(exc).__name__}); rebuild it") from None
        if fmt != STORE_FORMAT:
            raise StoreError(f"{self.path}: a store of format {fmt!r}, this kg reads format {STORE_FORMAT!r}; "
                             "rebuild it with kg build --store")
        self.current: str | None = current
        self.history: list[str] = [h for h in history if isinstance(h, str)]
        uncompacted = record.get("uncompacted", 0)
        self.uncompacted: int = uncompacted if isinstance(uncompacted, int) and uncompacted >= 0 else 0
        decisions = record.get("decisions", [])  # (a store of an older kg: none recorded)
        # the --decisions of the build that gave them, applied again by every --append without --decisions
        # (README, "kg build --append"): {"line": "same A B", "where": "decisions.txt:3"}; an older kg recorded
        # the line alone
        self.decisions: list[dict[str, str]] = [
            {"line": d, "where": ""} if isinstance(d, str) else {"line": d["line"], "where": str(d.get("where", ""))}
            for d in (decisions if isinstance(decisions, list) else ())
            if _decision_line(d if isinstance(d, str) else d.get("line") if isinstance(d, dict) else None)]
        # --replace-ids, held as the decisions are (an older kg: not recorded, so off)
        self.replace_ids: bool = record.get("replace_ids") is True
        formats = record.get("formats", [])  # the --format options of its last build (an older kg: none recorded)
        self.formats: list[str] = [f for f in formats if isinstance(f, str)] if isinstance(formats, list) else []

    def _open_read_only(self) -> None:
        """Open the current generation read-only. A build that commits a new generation and
        removes the old one between the manifest's reading and the opening is met by reading the
        manifest again (a few times at most)."""
        ox = _ox()
        for attempt in range(4):
            name = self.current
            if name is None:
                raise StoreError(f"{self.path}: the store holds no graph yet")
            try:
                if not (self.path / name).is_dir():
                    raise FileNotFoundError(name)
                self.rdf = ox.Store.read_only(str(self.path / name))
                return
            except Exception as exc:  # noqa: BLE001 - Oxigraph's errors (OSError, corruption reports)
                self._read_manifest()
                if self.current != name and attempt < 3:
                    continue
                if isinstance(exc, FileNotFoundError):
                    raise StoreError(f"{self.path}: the store holds no graph yet (its {name}/ is missing)") from None
                raise StoreError(f"{self.path}: cannot open the RDF store ({' '.join(str(exc).split())[:160]})") from None

    def _begin(self) -> None:
        """Start a new generation: a copy of the current one (or an empty store) opened read-write."""
        ox = _ox()
        self.generation = f"{RDF_PREFIX}-{secrets.token_hex(8)}"
        target = self.path / self.generation
        try:
            if self.current is not None and (self.path / self.current).is_dir():
                ox.Store.read_only(str(self.path / self.current)).backup(str(target))
            self.rdf = ox.Store(str(target))
        except Exception as exc:  # noqa: BLE001 - Oxigraph's errors (OSError, corruption reports)
            shutil.rmtree(target, ignore_errors=True)
            raise StoreError(f"{self.path}: cannot open the RDF store ({' '.join(str(exc).split())[:160]})") from None

    # -- units and their extraction results
    def entry(self, key: str) -> UnitEntry | None:
        """The recorded unit of that key, or None."""
        return next((u for u in self.units if u.key == key), None)

    def load_results(self, entry: UnitEntry) -> list:
        """The extraction results of a recorded unit.

        Raises:
            StoreError: its file is missing, unreadable, not the list of
                :class:`~kg.types.ExtractionResult` records of the unit's articles (the store is
                damaged), or asks for a class a store never writes (a crafted file: nothing of it
                is run, see :class:`_ExtractionUnpickler`); one line naming the file.
        """
        path = self.path / "extractions" / entry.cache_name
        try:
            with open(path, "rb") as fh:
                results = _ExtractionUnpickler(fh).load()
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - any damage: unpickling bytes raises many kinds
            why = str(exc) if isinstance(exc, _Refused) else type(exc).__name__
        else:
            why = _results_problem(results, entry.docs)
            if why is None:
                return results
        raise StoreError(f"{path}: cannot read the stored extraction ({why}); rebuild the store")

    def save_results(self, entry: UnitEntry, results: list) -> None:
        """Record the extraction results of a unit (written atomically; a file named by the
        unit's key and digest, so an older build's files stay until a commit no longer names them)."""
        atomic_write(self.path / "extractions" / entry.cache_name, pickle.dumps(list(results), protocol=5))

    def save_manifest(self) -> None:
        """Write the manifest (atomically) and remove extraction files no unit names."""
        atomic_write(self.path / MANIFEST, json.dumps(
            {"format": STORE_FORMAT, "units": [{k: v for k, v in u.__dict__.items()
                                                if k not in ("replaced", "fields") or v}  # (written when set)
                                               for u in self.units], "graphs": self.digests,
             "rdf": self.current, "history": self.history, "uncompacted": self.uncompacted,
             "decisions": self.decisions, "replace_ids": self.replace_ids, "formats": self.formats},
            ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        names = {u.cache_name for u in self.units}
        extractions = self.path / "extractions"
        for p in extractions.iterdir() if extractions.is_dir() else ():
            if p.suffix == ".pickle" and p.name not in names:
                p.unlink(missing_ok=True)

    def commit(self) -> None:
        """Make this build's generation the store's, with its units and digests: the manifest
        naming it replaces the old one in one rename. Readers opening the store after it see
        the new state whole; before it, the old one whole.

        Raises:
            StoreError: a read-only store, or one already committed.
            OSError: the manifest cannot be written (the old state stays).
        """
        if self.read_only or self.generation is None or self.committed:
            raise StoreError(f"{self.path}: nothing to commit")
        self.rdf.flush()
        self.current = self.generation
        self.history = [*(h for h in self.history if h != self.generation), self.generation][-HISTORY:]
        self.save_manifest()
        self.committed = True

    def clean(self) -> list[str]:
        """Remove generations that the manifest does not name (an older one after a commit, one
        a killed build left) and temporary files of dead processes. Call with the store's lock
        held; a reader that has an old generation open keeps reading it (its files stay open).

        Returns:
            The names removed.
        """
        keep = {self.current, None if self.committed else self.generation}
        return _remove_leftovers(self.path, keep)

    # -- statements
    def replace_statements(self, quads: Iterable[tuple] | Mapping) -> dict[str, int]:
        """Make this build's generation of the RDF store hold exactly ``quads`` (rdflib terms
        ``(s, p, o, graph)``, or the ``{graph: {(s, p, o): None, …}}`` of
        :func:`kg.statements.group_quads`), and its default graph exactly their union (each
        distinct triple once: what queries read).

        Graph by graph: each graph's statements are summed up in a digest kept in the manifest;
        a graph whose digest is unchanged is left alone, a changed one is replaced, a graph no
        quad names is removed, and the default graph gains the new graphs' triples and loses
        those of the old versions that no graph holds any more. Nothing readers see changes
        before :meth:`commit`.

        The store is then compacted when the quads changed since its last compaction (kept in
        the manifest, ``uncompacted``) reach :data:`COMPACT_RATIO` of its named quads (a first
        fill always; an append of a page to a large store not); :attr:`compacted` says whether.

        Returns:
            ``{"kept": …, "replaced": …, "added": …, "removed": …}`` named-graph counts.
        """
        from .statements import group_quads

        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        ox = _ox()
        new = quads if isinstance(quads, Mapping) else group_quads(quads)
        digests = {str(g): _digest(ts) for g, ts in new.items()}
        old = self.digests
        if old is None:  # a store marked mid-build by an older kg (before generations): start afresh
            self.rdf.clear()
            old = {}
        counts = dict.fromkeys(("kept", "replaced", "added", "removed"), 0)
        changed = 0  # quads removed from and added to named graphs
        present = {g.value for g in self.rdf.named_graphs() if isinstance(g, ox.NamedNode)}
        default = ox.DefaultGraph()
        candidates: set = set()   # triples of graphs replaced or removed: still in the union?
        for name in sorted((present | set(old)) - set(digests)):
            gn = ox.NamedNode(name)
            gone = {(q.subject, q.predicate, q.object) for q in self.rdf.quads_for_pattern(None, None, None, gn)}
            candidates |= gone
            changed += len(gone)
            self.rdf.remove_graph(gn) if name in present else None
            counts["removed"] += 1
        conv = _Converter()
        adding: list = []
        for g in sorted(new, key=str):
            name = str(g)
            if name in present and old.get(name) == digests[name]:
                counts["kept"] += 1
                continue
            gn = ox.NamedNode(name)
            if name in present:
                gone = {(q.subject, q.predicate, q.object) for q in self.rdf.quads_for_pattern(None, None, None, gn)}
                candidates |= gone
                changed += len(gone)
                self.rdf.remove_graph(gn)
                counts["replaced"] += 1
            else:
                counts["added"] += 1
            self.rdf.add_graph(gn)
            adding.append((gn, new[g]))
            changed += len(new[g])

        def quads_to_add():
            union: set = set()
            for gn, triples in adding:
                for t in triples:
                    s, p, o = conv.triple(t)
                    yield ox.Quad(s, p, o, gn)
                    if t not in union:
                        union.add(t)
                        yield ox.Quad(s, p, o, default)

        # Bulk loads of at most BULK_BATCH quads: one load of everything made Oxigraph's loader
        # hold the whole load's sorted indexes in memory (1.3 GB more for 2M quads); many
        # small loads would each write files.
        it = quads_to_add()
        for first in it:
            self.rdf.bulk_extend(chain((first,), islice(it, BULK_BATCH - 1)))
        for s, p, o in candidates:
            if not any(not isinstance(q.graph_name, ox.DefaultGraph) for q in self.rdf.quads_for_pattern(s, p, o, None)):
                self.rdf.remove(ox.Quad(s, p, o, default))
        self.rdf.flush()
        # Each bulk load writes files of its own, whose key ranges overlap: a lookup then searches
        # every one of them. Compacting (Oxigraph's advice after a bulk load) halved the CPU of the
        # README's province query after a first fill of a million triples (bench_store), but it
        # rewrites the whole store: a small append, a page of articles into a million triples,
        # slows that query by 1.0-1.4x until 16 such appends, 2.3x from 32 (bench_compact). So
        # the store is compacted when the quads changed since its last compaction reach
        # COMPACT_RATIO of its named quads.
        self.uncompacted += changed
        self.compacted = bool(changed) and self.uncompacted >= COMPACT_RATIO * sum(len(ts) for ts in new.values())
        if self.compacted:
            self.rdf.optimize()
            self.uncompacted = 0
        self.digests = digests
        return counts

    def close(self) -> None:
        """Release the RDF store (its lock) so another process may open it; a generation that
        was not committed is removed (the store keeps its previous state)."""
        self.rdf = None
        if not self.read_only and not self.committed and self.generation is not None:
            shutil.rmtree(self.path / self.generation, ignore_errors=True)
            self.generation = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_generation(name: str) -> bool:
    """Is ``name`` the folder name of a generation of the RDF store (``oxigraph`` or ``oxigraph-<hex>``)?"""
    if not isinstance(name, str):
        return False
    return name == RDF_PREFIX or (name.startswith(RDF_PREFIX + "-") and all(c in "0123456789abcdef" for c in name[len(RDF_PREFIX) + 1:])
                                  and len(name) > len(RDF_PREFIX) + 1)


def _remove_leftovers(path: Path, keep: set) -> list[str]:
    """Remove the generations of ``path`` not in ``keep`` and temporary files of dead processes
    (:func:`kg.atomic.stale_temporary`); the names removed."""
    from .atomic import stale_temporary

    removed = []
    for p in sorted(path.iterdir()):
        if p.name in keep:
            continue
        if _is_generation(p.name) and p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p.name)
        elif stale_temporary(p.name):
            p.unlink(missing_ok=True)
            removed.append(p.name)
    return removed


def generation_committed(path: str | os.PathLike, generation: str) -> bool:
    """Has the store at ``path`` committed ``generation`` (its current one, or one of the last
    :data:`HISTORY`)? False when the store cannot be read. What an output folder left mid-switch
    by a killed build asks (:func:`kg.atomic.recover`): its new files belong with that generation.
    """
    try:
        record = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
        return generation == record.get("rdf") or generation in record.get("history", [])
    except (OSError, ValueError, AttributeError, TypeError):
        return False


def tidy(path: str | os.PathLike) -> list[str]:
    """Remove what killed builds left in a store folder — generations no manifest names, the
    lock file, temporary files of dead processes — when no build holds the store (its lock is
    free now); else, or in a read-only folder, leave them (readers ignore them). Cheap when
    there is nothing to remove (one listing). Called by every reader of a store.

    Returns:
        The names removed.
    """
    from .atomic import LOCK_NAME, output_lock, stale_temporary
    from .errors import OutputError

    path = Path(path)
    try:
        names = os.listdir(path)
        record = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    current = record.get("rdf", RDF_PREFIX) if isinstance(record, dict) else None
    if not any(n == LOCK_NAME or (_is_generation(n) and n != current) or stale_temporary(n) for n in names):
        return []
    try:
        with output_lock(path, wait=0):
            st = Store.__new__(Store)  # just the manifest: no generation is opened
            st.path = path
            st._read_manifest()
            st.committed, st.generation = True, None
            return st.clean()
    except (OutputError, StoreError, OSError):
        return []


def open_read_only(path: str | os.PathLike):
    """Open a store folder for reading (``kg serve``, ``kg push``, ``kg query`` …): its current
    generation's ``pyoxigraph.Store`` (what the last committed build wrote). What killed builds
    left there is removed first when no build runs (:func:`tidy`).

    Raises:
        StoreError: see :class:`Store`; also a store marked mid-build by a kg from before
            generations (a build is writing it, or was killed): readers never see part of a build.
    """
    tidy(path)
    return Store(path, read_only=True).rdf


def is_store(path: str | os.PathLike) -> bool:
    """Is ``path`` a store folder (it holds a :data:`MANIFEST`)?"""
    return (Path(path) / MANIFEST).is_file()


__all__ = ["COMPACT_RATIO", "HISTORY", "MANIFEST", "RDF_PREFIX", "STORE_FORMAT", "Store", "StoreError", "UnitEntry", "from_ox",
           "generation_committed", "is_store", "open_read_only", "query_store", "tidy", "to_ox", "to_rdflib",
           "unit_digest", "unit_digests", "unit_key", "write_file", "write_ntriples", "write_turtle"]
