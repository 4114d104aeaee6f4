"""A graph file opened for queries: loaded into an in-memory Oxigraph store, which the store's
query code answers (``kg query GRAPH_FILE``, ``kg serve GRAPH_FILE``, :mod:`kg.workers`).

rdflib parsed a 15 MB ``graph.ttl`` (305,507 triples) in 9–13 s and took from 100 s to 12 minutes
for saved queries that Oxigraph answers in about a second, and Oxigraph parses the file in about
1 s (``bench/bench_query_file.py``). So a
graph file is read as :func:`kg.export.load_graph` reads it (the same checks: a regular file,
no remote JSON-LD ``@context``, no XML entities, a UTF-8 BOM dropped) and its bytes are loaded
into a ``pyoxigraph.Store`` in memory; :func:`query_source` then runs a query with
:func:`kg.store.query_store`, under the rules of :func:`kg.query.run_query` (the same parse
check, refusals, limits, columns and result types). Where Oxigraph cannot read the file (a
format it has no parser for, or a text it refuses that rdflib reads, such as an IRI with a
space), the file is parsed by rdflib as before and :func:`kg.query.run_query` answers: a file
that neither reads gives :func:`kg.export.load_graph`'s error.

Each format keeps the graph rdflib gave: the default graph is the union of the file's graphs
(each distinct triple once, as rdflib's ``Dataset(default_union=True)`` reads a TriG file), and
``GRAPH`` patterns see named graphs only in a TriG or N-Quads file; on any other file they are refused with
:func:`kg.query.run_query`'s message, where rdflib refused them on its plain graph.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

#: Formats of :data:`kg.export.FORMATS` that Oxigraph parses → ``pyoxigraph.RdfFormat`` names.
OXIGRAPH_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "nq": "N_QUADS", "xml": "RDF_XML",
                    "jsonld": "JSON_LD"}
#: Formats whose named graphs ``GRAPH`` patterns see (rdflib read them into a dataset).
NAMED_GRAPH_FORMATS = frozenset({"trig", "nq"})


@dataclass
class GraphFile:
    """A graph file loaded into an in-memory ``pyoxigraph.Store``.

    Attributes:
        path: the file.
        store: the store: its default graph holds every triple of the file once (the union of
            its graphs), and for a TriG or N-Quads file each named graph is kept too.
        named_graphs: whether ``GRAPH`` patterns are answered (a TriG or N-Quads file) or refused.
    """

    path: Path
    store: object
    named_graphs: bool

    def __len__(self) -> int:
        """Triples of the default graph (the union)."""
        from pyoxigraph import DefaultGraph

        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, DefaultGraph()))


def open_graph_file(path: str | os.PathLike) -> GraphFile | Graph:
    """Open a graph file for queries: a :class:`GraphFile` (Oxigraph, in memory), or, where Oxigraph
    cannot read it, the rdflib graph :func:`kg.export.load_graph` gives.

    Args:
        path: a graph file (``.ttl``, ``.nt``, ``.trig``, ``.jsonld``, ``.rdf``, …: :func:`kg.export.format_of`).

    Returns:
        What :func:`query_source` queries.

    Raises:
        kg.export.GraphFileError: as :func:`kg.export.load_graph` (the same one-line messages).
    """
    from .export import parse_graph, read_graph_file

    path = Path(path)
    fmt, data = read_graph_file(path)
    if fmt in OXIGRAPH_FORMATS:
        try:
            return GraphFile(path, _load(data, fmt, path.resolve().as_uri()), fmt in NAMED_GRAPH_FORMATS)
        except Exception:  # noqa: BLE001 - Oxigraph refused it (or is missing): rdflib reads it, or says why not
            pass
    return parse_graph(path, fmt, data)


def _load(data: bytes, fmt: str, base: str):
    """A new in-memory ``pyoxigraph.Store`` of ``data`` (relative IRIs against ``base``) whose
    default graph is the union of the data's graphs; the named graphs are kept for ``GRAPH``
    patterns when ``fmt`` is one of :data:`NAMED_GRAPH_FORMATS`, else removed.

    Raises:
        SyntaxError: Oxigraph cannot read the data (and others: missing pyoxigraph, memory).
    """
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(data, format=getattr(ox.RdfFormat, OXIGRAPH_FORMATS[fmt]), base_iri=base)
    names = list(store.named_graphs())
    if names:  # the union in the default graph, each triple once (Oxigraph's own union view repeats
        # a triple for each graph holding it, where rdflib's default_union gives it once)
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        if fmt not in NAMED_GRAPH_FORMATS:
            for name in names:
                store.remove_graph(name)
    return store


def query_source(source, sparql: str, params: dict[str, str] | None = None, *, timeout: float | None,
                 max_rows: int | None):
    """Run a query on what :func:`open_graph_file` opened (or on any rdflib graph, or a
    ``pyoxigraph.Store`` whose default graph is the union), under the rules of :func:`kg.query.run_query`.

    Args:
        source: a :class:`GraphFile` (Oxigraph: :func:`kg.store.query_store`), an rdflib graph
            (:func:`kg.query.run_query`) or a ``pyoxigraph.Store``.
        sparql, params, timeout, max_rows: as for :func:`kg.query.run_query`.

    Returns:
        A :class:`kg.query.QueryResult`.

    Raises:
        What :func:`kg.query.run_query` raises.
    """
    if isinstance(source, Graph):
        from .query import run_query

        return run_query(source, sparql, params, timeout=timeout, max_rows=max_rows)
    from .store import query_store

    if isinstance(source, GraphFile):
        return query_store(source.store, sparql, params, timeout=timeout, max_rows=max_rows,
                           named_graphs=source.named_graphs)
    return query_store(source, sparql, params, timeout=timeout, max_rows=max_rows)


__all__ = ["GraphFile", "NAMED_GRAPH_FORMATS", "OXIGRAPH_FORMATS", "open_graph_file", "query_source"]
