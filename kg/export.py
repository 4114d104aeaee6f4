"""rdflib graph ↔ files: write a graph as Turtle, N-Triples, JSON-LD, TriG, N-Quads or RDF/XML, read one back.

Writing is deterministic (the same statements give a byte-identical file, whatever the
insertion order, the process or ``PYTHONHASHSEED``), atomic (:func:`kg.atomic.atomic_write`: a
temporary file in the target's directory, then :func:`os.replace`) and always UTF-8, whatever the locale.

rdflib's own serialisers are deterministic only for Turtle: its in-memory store keeps triples
and named graphs in hash-ordered sets, so N-Triples, RDF/XML, JSON-LD and TriG come out in a
different order from one process to the next. This module sorts what they iterate over
(:class:`_SortedGraph`, :class:`_SortedDataset`) or, for JSON-LD, the JSON they produce.
N-Quads is written here (:func:`nquads_bytes`): one line a statement, the lines sorted.
"""
from __future__ import annotations

import json
import os
import re
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.parsers.notation3 import BadSyntax

from .atomic import atomic_write  # noqa: F401 (kg.export.atomic_write is public)
from .namespaces import PREFIXES

#: Characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, surrogates, U+FFFE/F):
#: the XML outputs (GraphML, GEXF, SPARQL results) leave them out.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: Output formats: name → file suffix. ``trig`` and ``nq`` (N-Quads) keep named graphs (one per
#: article when the graph is a :class:`rdflib.Dataset`); the others hold the union of all statements.
FORMATS: dict[str, str] = {
    "turtle": ".ttl",
    "nt": ".nt",
    "jsonld": ".jsonld",
    "trig": ".trig",
    "nq": ".nq",
    "xml": ".rdf",
}

#: rdflib plugin name of each format of :data:`FORMATS`.
_RDFLIB_FORMAT = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads", "xml": "xml"}
#: Formats that carry named graphs.
_QUAD_FORMATS = frozenset({"trig", "nq"})
#: File suffix (lower case) → format name, for :func:`load_graph`.
_SUFFIX_FORMAT = {suffix: name for name, suffix in FORMATS.items()} | {
    ".turtle": "turtle",
    ".nquads": "nq",
    ".json": "jsonld",
    ".xml": "xml",
    ".owl": "xml",
}
#: Longest parse-error message kept in a :class:`GraphFileError`.
_MAX_MESSAGE = 200


class GraphFileError(ValueError):
    """A graph file cannot be read or written; the message is one line naming the file."""


@contextmanager
def quiet_rdflib_deprecations() -> Iterator[None]:
    """Silence the ``DeprecationWarning`` messages that rdflib 7.6 raises from its own code.

    rdflib 7.6 deprecated ``Dataset.contexts()`` and ``Dataset.default_context`` but still
    calls them itself (``Dataset.triples``, the SPARQL evaluator, the TriG serialiser), so
    every use of a dataset warns although the caller did nothing deprecated. Only warnings
    raised from rdflib's modules are silenced.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        yield


# ---------------------------------------------------------------------------- unions


def union_view(graph: Graph) -> Graph:
    """Return a view of ``graph`` whose default graph is the union of all its graphs.

    A :class:`rdflib.Dataset` answers ``triples()`` and SPARQL from its default graph only,
    unless ``default_union`` is set, so statements kept in named graphs (one per article)
    would be invisible (bug case 8). The view shares the dataset's store: nothing is copied
    and the caller's dataset is left as it was.

    Args:
        graph: a plain :class:`rdflib.Graph`, a :class:`rdflib.Dataset` or a
            :class:`rdflib.ConjunctiveGraph`.

    Returns:
        ``graph`` itself when it is a plain graph or already a union; else a
        :class:`rdflib.Dataset` over the same store with ``default_union=True``.
    """
    if isinstance(graph, ConjunctiveGraph) and not graph.default_union:
        return Dataset(store=graph.store, default_union=True)
    return graph


def union_triples(graph: Graph, pattern: tuple = (None, None, None)) -> Iterator[tuple]:
    """Iterate over the statements of ``graph`` matching ``pattern``, named graphs included, each once.

    Reads the store directly (``context=None`` is the union in rdflib's store API), which
    also avoids the deprecation warnings rdflib 7.6's own ``Dataset.triples`` emits.

    Args:
        graph: a plain graph or a dataset (see :func:`union_view`).
        pattern: ``(subject, predicate, object)``, ``None`` matching anything.

    Returns:
        An iterator of ``(subject, predicate, object)`` triples, in no set order.
    """
    if isinstance(graph, ConjunctiveGraph):
        return (triple for triple, _contexts in graph.store.triples(pattern, context=None))
    return graph.triples(pattern)


def union_graph(graph: Graph) -> Graph:
    """Copy every statement of ``graph`` (named graphs included) into one plain graph.

    Args:
        graph: a plain graph or a dataset.

    Returns:
        A new :class:`rdflib.Graph` holding the union, with the :data:`PREFIXES` bound.
    """
    flat = _new_graph(Graph)
    flat.addN((s, p, o, flat) for s, p, o in union_triples(graph))
    return flat


# ---------------------------------------------------------------------------- writing


def serialize(graph: Graph, path: str | os.PathLike[str], format: str = "turtle") -> Path:
    """Write ``graph`` to ``path`` in ``format``: deterministic, atomic, UTF-8.

    Args:
        graph: the graph to write. For ``trig`` a :class:`rdflib.Dataset` keeps its named
            graphs and a plain graph goes to the default graph; every other format writes
            the union of all statements (as ``graph.ttl`` must, per ``CONTRACT.md``).
        path: the file to write; an existing file is replaced only once the new content
            is completely on disk, and left untouched if anything fails.
        format: a key of :data:`FORMATS`.

    Returns:
        The path written.

    Raises:
        ValueError: ``format`` is not a key of :data:`FORMATS`.
        GraphFileError: the file cannot be written (missing directory, permissions, …).
    """
    data = to_bytes(graph, format)
    path = Path(path)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return path


def to_bytes(graph: Graph, format: str = "turtle") -> bytes:
    """Serialise ``graph`` in ``format`` to UTF-8 bytes, deterministically.

    Args:
        graph: the graph or dataset to serialise (see :func:`serialize`).
        format: a key of :data:`FORMATS`.

    Returns:
        The document as UTF-8 bytes; the same statements always give the same bytes
        (blank nodes are relabelled canonically, except in TriG; N-Quads: :func:`nquads_bytes`).

    Raises:
        ValueError: ``format`` is not a key of :data:`FORMATS`.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown graph format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "turtle":  # the same bytes as rdflib's writer below, for graphs it covers
        from .turtle import turtle_bytes

        fast = turtle_bytes(union_triples(graph), _new_graph(Graph, bind_namespaces="none"))
        if fast is not None:
            return fast
    if format == "nt":  # likewise: rdflib's bytes, without blank nodes (which rdflib relabels)
        from .turtle import ntriples_bytes

        fast = ntriples_bytes(union_triples(graph))
        if fast is not None:
            return fast
    if format == "nq":
        return nquads_bytes(dataset_quads(graph))
    if format in _QUAD_FORMATS:
        target: Graph = _sorted_dataset(graph)
    else:
        target = _sorted_graph(graph)
    kwargs = {}
    if format == "jsonld":
        kwargs = {"context": {prefix: str(ns) for prefix, ns in PREFIXES.items()}, "auto_compact": True}
    with quiet_rdflib_deprecations():
        data = target.serialize(format=_RDFLIB_FORMAT[format], encoding="utf-8", **kwargs)
    if format == "jsonld":
        # rdflib's JSON-LD serialiser walks set(graph.subjects()): sort the JSON instead.
        document = _sort_json(json.loads(data))
        data = (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return data


def dataset_quads(graph: Graph) -> Iterator[tuple]:
    """The statements of ``graph`` with the graph holding each: ``(s, p, o, name)``, ``name``
    None for the default graph (as :func:`_sorted_dataset` maps graphs for TriG).

    Args:
        graph: a :class:`rdflib.Dataset` or :class:`rdflib.ConjunctiveGraph` (each named graph's
            statements under its name), or a plain graph (all in the default graph).
    """
    if not isinstance(graph, ConjunctiveGraph):
        return ((s, p, o, None) for s, p, o in graph)
    default = graph.default_graph if isinstance(graph, Dataset) else graph.default_context

    def quads():
        with quiet_rdflib_deprecations():
            for s, p, o, ctx in graph.quads((None, None, None, None)):
                name = getattr(ctx, "identifier", ctx)
                yield s, p, o, None if name is None or name in (default.identifier, DATASET_DEFAULT_GRAPH_ID) else name

    return quads()


def nquads_bytes(quads: Iterable[tuple]) -> bytes:
    """N-Quads of ``quads`` ``(s, p, o, graph)`` (rdflib terms; ``graph`` None for the default
    graph): one line a statement, ``S P O G .`` (``S P O .`` in the default graph), terms written
    as rdflib's N-Triples writer writes them, each line once, the lines sorted as bytes (UTF-8
    sorts as the text does), so the same statements always give the same bytes. Blank nodes are
    relabelled canonically first (:func:`_canonical_quads`).

    Raises:
        Exception: an IRI rdflib cannot write (``<``, ``>``, a space, …), as rdflib raises.
        UnicodeEncodeError: a lone surrogate in a literal, as the N-Triples writers raise.
    """
    from rdflib import Literal
    from rdflib.plugins.serializers.nt import _quoteLiteral

    quads = list(quads)
    if any(isinstance(term, BNode) for quad in quads for term in quad[:3]):
        quads = _canonical_quads(quads)
    names: dict = {}  # term → its N-Quads form (an article's IRI is on every line of its graph)

    def n3(term) -> str:
        out = names.get(term)
        if out is None:
            out = names[term] = _quoteLiteral(term) if isinstance(term, Literal) else term.n3()
        return out

    rows = {f"{n3(s)} {n3(p)} {n3(o)}{'' if g is None else ' ' + n3(g)} .\n".encode("utf-8") for s, p, o, g in quads}
    return b"".join(sorted(rows))


def _canonical_quads(quads: list[tuple]) -> list[tuple]:
    """``quads`` with their blank nodes relabelled canonically (:func:`rdflib.compare.to_canonical_graph`),
    so that the same statements give the same labels in any process: each quad is read as a triple
    whose predicate stands for its predicate and graph (numbered in the order of their N3 forms)."""
    pairs = sorted({(p, g) for _, p, _, g in quads}, key=lambda pg: (pg[0].n3(), "" if pg[1] is None else pg[1].n3()))
    code = {pair: URIRef(f"urn:x-tupu-quad:{i}") for i, pair in enumerate(pairs)}
    back = {iri: pair for pair, iri in code.items()}
    flat = Graph()
    flat.addN((s, code[p, g], o, flat) for s, p, o, g in quads)
    return [(s, back[q][0], o, back[q][1]) for s, q, o in to_canonical_graph(flat)]


def _triple_key(triple: Iterable) -> tuple[str, ...]:
    """Sort key of a triple or quad: the N3 form of each term."""
    return tuple(term.n3() for term in triple)


class _SortedGraph(Graph):
    """A graph whose ``triples()`` (and so every iteration a serialiser does) is sorted."""

    def triples(self, triple):  # type: ignore[override]
        return iter(sorted(super().triples(triple), key=_triple_key))


class _SortedDataset(Dataset):
    """A dataset whose graphs are listed in IRI order (rdflib's TriG writer asks ``contexts()``)."""

    def contexts(self, triple=None):  # type: ignore[override]
        return iter(sorted(self.graphs(triple), key=lambda g: str(g.identifier)))


def _new_graph(cls: type[Graph], **kwargs) -> Graph:
    """A new empty graph of ``cls`` binding exactly the project's :data:`PREFIXES`."""
    graph = cls(**kwargs)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def _sorted_graph(graph: Graph) -> _SortedGraph:
    """Copy the union of ``graph`` into a :class:`_SortedGraph`, blank nodes relabelled canonically."""
    triples = list(union_triples(graph))
    if any(isinstance(term, BNode) for triple in triples for term in triple):
        triples = list(to_canonical_graph(union_graph(graph)))
    out = _new_graph(_SortedGraph, bind_namespaces="none")
    out.addN((s, p, o, out) for s, p, o in triples)
    return out


def _sorted_dataset(graph: Graph) -> _SortedDataset:
    """Copy ``graph`` into a :class:`_SortedDataset`, keeping named graphs.

    A plain graph goes to the default graph (rdflib would otherwise name it by a random
    blank node). A :class:`rdflib.ConjunctiveGraph`'s own default graph maps to the
    dataset's default graph.
    """
    out = _new_graph(_SortedDataset)
    if not isinstance(graph, ConjunctiveGraph):
        out.default_graph.addN((s, p, o, out.default_graph) for s, p, o in graph)
        return out
    # Dataset.default_context is deprecated in rdflib 7.6; ConjunctiveGraph has no default_graph.
    default = graph.default_graph if isinstance(graph, Dataset) else graph.default_context
    with quiet_rdflib_deprecations():
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            name = getattr(ctx, "identifier", ctx)
            if name is None or name == default.identifier:
                name = DATASET_DEFAULT_GRAPH_ID
            out.graph(name).add((s, p, o))
    return out


def _sort_json(value: object, ordered: bool = False) -> object:
    """Sort every JSON array of a JSON-LD document (arrays are unordered sets) except ``@list``."""
    if isinstance(value, dict):
        return {key: _sort_json(item, ordered=key == "@list") for key, item in value.items()}
    if isinstance(value, list):
        items = [_sort_json(item) for item in value]
        if ordered:
            return items
        return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return value


# ---------------------------------------------------------------------------- reading


def format_of(path: str | os.PathLike[str]) -> str:
    """Tell the graph format of a file from its suffix.

    Args:
        path: a file name such as ``out/graph.ttl``.

    Returns:
        A key of :data:`FORMATS` (``.ttl`` → ``"turtle"``, ``.json`` → ``"jsonld"``, …).

    Raises:
        GraphFileError: the suffix is not one of a known graph format.
    """
    path = Path(path)
    try:
        return _SUFFIX_FORMAT[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(_SUFFIX_FORMAT))
        raise GraphFileError(f"{path}: unknown graph file suffix {path.suffix!r} (known: {known})") from None


def load_graph(path: str | os.PathLike[str]) -> Graph:
    """Parse a graph file, its format told by its suffix (see :func:`format_of`).

    Args:
        path: the file to read (UTF-8, whatever the locale).

    Returns:
        A :class:`rdflib.Graph`; for TriG, a :class:`rdflib.Dataset` with
        ``default_union=True`` so that a plain SPARQL query sees every named graph.

    Nothing but the file is read (:mod:`kg.sandbox`): a JSON-LD ``@context`` that names
    another document (remote or ``file:``) and RDF/XML entity declarations or external
    references are refused, and any network request during parsing fails. Only a regular
    file is read (a FIFO, device or socket is refused without a blocking read), and a build
    output folder that a killed ``kg build`` left mid-switch is rolled back first
    (:func:`kg.atomic.settled`), so the file read belongs to one whole output set.

    Raises:
        GraphFileError: a one-line message naming the file, when the file is missing,
            unreadable or not a regular file, its folder mid-switch and read-only, its suffix unknown, its content not valid in that format, or it
            would need another document (a remote ``@context``, an XML entity).
    """
    path = Path(path)
    fmt, data = read_graph_file(path)
    return parse_graph(path, fmt, data)


def read_graph_file(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The format (:func:`format_of`) and bytes of a graph file, checked as :func:`load_graph`
    reads it before parsing (a regular file, its folder settled, a UTF-8 BOM dropped, no JSON-LD
    ``@context`` naming another document, no RDF/XML entity declaration): what any parser
    may be given (:func:`parse_graph`, :func:`kg.graphfile.open_graph_file`).

    Raises:
        GraphFileError: as :func:`load_graph`, with the same messages.
    """
    from .atomic import settled
    from .errors import InputError, OutputError
    from .ingest import open_regular, shown
    from .sandbox import QueryRefusedError, check_jsonld, check_xml

    path = Path(path)
    if not os.path.lexists(path):  # (before the suffix: kg query nosuch said "unknown graph file suffix ''")
        raise GraphFileError(f"{shown(path)}: no such graph file" + ("" if path.suffix else " or store folder"))
    fmt = format_of(path)
    try:
        settled(path.parent)  # a build killed between two renames is rolled back first
        fh, _ = open_regular(path, None)  # a FIFO or a device is refused, never read
        with fh:
            data = fh.read()
        if data[:3] == b"\xef\xbb\xbf":
            data = data[3:]  # a UTF-8 BOM (a Windows editor's) is no syntax: "not valid turtle" before
    except (InputError, OutputError) as exc:
        raise GraphFileError(str(exc)) from None
    except OSError as exc:
        raise GraphFileError(f"{shown(path)}: cannot read: {exc.strerror or exc}") from None
    try:
        if fmt == "jsonld":
            check_jsonld(json.loads(data))
        elif fmt == "xml":
            check_xml(data)
    except QueryRefusedError as exc:
        raise GraphFileError(f"{path}: {exc}") from None
    except Exception as exc:  # not JSON
        raise GraphFileError(f"{path}: not valid {fmt}: {_one_line(exc)}") from exc
    return fmt, data


def parse_graph(path: str | os.PathLike[str], fmt: str, data: bytes) -> Graph:
    """Parse the bytes of a graph file (:func:`read_graph_file`) with rdflib, as :func:`load_graph` does.

    Args:
        path: the file (relative IRIs are resolved against its ``file:`` IRI; messages name it).
        fmt: a key of :data:`FORMATS`.
        data: its bytes.

    Raises:
        GraphFileError: the content is not valid in that format (one line naming the file).
    """
    from .sandbox import sealed

    path = Path(path)
    graph: Graph = Dataset(default_union=True) if fmt in _QUAD_FORMATS else Graph()
    try:
        with sealed(), quiet_rdflib_deprecations():
            graph.parse(data=data, format=_RDFLIB_FORMAT[fmt], publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        where = "" if isinstance(exc, BadSyntax) else _oxigraph_syntax(data, fmt, path.resolve().as_uri())
        raise GraphFileError(f"{path}: not valid {fmt}: {where or _one_line(exc)}") from exc
    return graph


#: Formats Oxigraph reads, to name where a file rdflib refused goes wrong (rdflib's Turtle parser
#: says "string index out of range" for a file cut short).
_OXIGRAPH_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nq": "N_QUADS", "trig": "TRIG", "xml": "RDF_XML"}


def _oxigraph_syntax(data: bytes, fmt: str, base: str) -> str:
    """Oxigraph's message (``Parser error at line 59 column 61: Unexpected end``) for ``data`` in
    ``fmt`` (relative IRIs against ``base``), or ``""`` when Oxigraph reads it, or cannot read
    that format."""
    if fmt not in _OXIGRAPH_FORMATS:
        return ""
    import pyoxigraph as ox

    try:
        for _ in ox.parse(data, format=getattr(ox.RdfFormat, _OXIGRAPH_FORMATS[fmt]), base_iri=base):
            pass
    except SyntaxError as exc:
        return str(exc.msg if hasattr(exc, "msg") else exc).splitlines()[0]
    except Exception:  # pragma: no cover - another failure: rdflib's message stands
        return ""
    return ""


def _one_line(exc: BaseException) -> str:
    """A parser exception as one short line (rdflib's Turtle errors span several)."""
    if isinstance(exc, BadSyntax):
        text = f"line {exc.lines + 1}: {exc._why}"
    else:
        text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


__all__ = [
    "FORMATS",
    "GraphFileError",
    "atomic_write",
    "dataset_quads",
    "format_of",
    "load_graph",
    "nquads_bytes",
    "parse_graph",
    "read_graph_file",
    "serialize",
    "to_bytes",
    "quiet_rdflib_deprecations",
    "union_graph",
    "union_triples",
    "union_view",
]
