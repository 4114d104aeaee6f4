"""The statements of a build held in memory, grouped by named graph: what ``kg build --store``
puts into the store, writes its files from and shows in its HTML view, without reading the
store back (Oxigraph's dump of a million statements alone takes about 5 s) and without copying
them into rdflib's in-memory store (about 40 s a million).

* :func:`group_quads`: ``{graph: {(s, p, o): None, …}}`` of :func:`kg.graph.rdf_quads`, the form
  :meth:`kg.store.Store.replace_statements` takes;
* :func:`write_file`: one file of them, byte for byte what :func:`kg.export.serialize` writes for
  the same statements (Turtle and N-Triples by :mod:`kg.turtle`'s writers, the other formats
  through rdflib);
* :func:`read_only_graph`: an ``rdflib.Graph`` over an index of them (what the HTML view and the
  property-graph exports read);
* :class:`ForkedBlocks`: the Turtle blocks and counts of the evidence nodes made by a forked
  process while this one writes the rest (``kg build --jobs N`` of ``graph.ttl`` alone).
"""
from __future__ import annotations

import os
import pickle
import signal
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain

from rdflib import Dataset, Graph, URIRef
from rdflib.store import Store

from .collector import paused
from .turtle import Blocks

#: Values of one subject and predicate from which their index keeps a set beside the list, so a
#: new value is found in it at once (20,000 altLabels of one article took minutes by list scans).
LONG_VALUES = 16

#: ``{graph IRI: {(s, p, o): None, …}}``: statements (rdflib terms) by the named graph that
#: holds them, each once, in the order first given (an ordered set).
Grouped = Mapping[URIRef, Mapping[tuple, None]]


def group_quads(quads: Iterable[tuple]) -> dict[URIRef, dict[tuple, None]]:
    """``{graph: {(s, p, o): None, …}}`` of quads ``(s, p, o, graph)`` (rdflib terms): each
    graph's statements once, in the order first given (:func:`kg.graph.rdf_quads` gives a
    subject's statements together, which the writers read fastest; a ``set`` would scatter them)."""
    graphs: dict = {}
    with paused():  # (kg.collector: the quads' terms are many, none in a cycle)
        for s, p, o, g in quads:
            triples = graphs.get(g)
            if triples is None:
                triples = graphs[g] = {}
            triples[s, p, o] = None
    return graphs


def flat_triples(quads: Iterable[tuple]) -> list[tuple]:
    """The triples ``(s, p, o)`` of quads ``(s, p, o, graph)``, in the order given, a repeated one
    kept as often as it comes: what :func:`write_file` (Turtle and N-Triples only) and
    :func:`statement_counts` read when no output needs the named graphs. Their writers give the
    same bytes for the triples in any order and number (each subject's statements sorted, each
    statement written once), so a build of ``graph.ttl`` alone skips :func:`group_quads`' dict
    of every statement (about a sixth of the work after the resolution).

    Args:
        quads: rdflib terms, as :func:`kg.graph.rdf_quads` yields them.

    Returns:
        A list of 3-tuples of the same terms.
    """
    with paused():  # (kg.collector: many tuples, none in a cycle)
        return [(s, p, o) for s, p, o, _ in quads]


def union(graphs: "Grouped | list[tuple]") -> Iterator[tuple]:
    """The triples of every graph, graph after graph: a triple held by several graphs comes once
    from each (the writers and :func:`read_only_graph` keep it once); a list of triples
    (:func:`flat_triples`) as it is."""
    if not isinstance(graphs, Mapping):
        return iter(graphs)
    return chain.from_iterable(graphs.values())


def write_file(graphs: "Grouped | list[tuple]", path: str | os.PathLike, fmt: str, more: "ForkedBlocks | None" = None) -> None:
    """Write the statements as ``fmt`` (a key of :data:`kg.export.FORMATS`) to ``path``,
    atomically: the union of the graphs (TriG, N-Quads: each named graph) with the bytes of
    :func:`kg.export.serialize`. Turtle and N-Triples are written a few thousand subjects or lines
    at a time by :func:`kg.turtle.write_turtle` and :func:`kg.turtle.write_ntriples` (what they do
    not cover, blank nodes for instance, goes through rdflib).

    Args:
        graphs: the statements by named graph (:func:`group_quads`), or, for a format with no
            named graphs, a list of triples (:func:`flat_triples`; repeats are written once).
        path: the file written.
        fmt: the format.
        more: Turtle only: more statements, with subjects of their own, whose blocks another
            process renders meanwhile (:class:`ForkedBlocks`); the file is that of both.

    Raises:
        ValueError: an unknown format, ``trig`` or ``nq`` of a list of triples (which has no graphs), or
            ``more`` with another format than Turtle.
        OSError: the file cannot be written (``path`` keeps its old content).
    """
    from .atomic import atomic_path
    from .export import FORMATS, _new_graph, nquads_bytes, to_bytes
    from .turtle import write_ntriples, write_turtle

    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("trig", "nq") and not isinstance(graphs, Mapping):
        raise ValueError(f"{fmt} needs the statements by named graph (group_quads), not a list of triples")
    if more is not None and fmt != "turtle":
        raise ValueError(f"more statements rendered elsewhere are for Turtle, not {fmt!r}")
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        if fmt == "turtle" and write_turtle(union(graphs), _new_graph(Graph, bind_namespaces="none"), fh, more):
            return
        if more is not None:
            graphs = list(chain(union(graphs), more.triples()))
        if fmt == "nt" and write_ntriples(union(graphs), fh):
            return
        if fmt == "nq":
            fh.write(nquads_bytes((s, p, o, name) for name, triples in graphs.items() for s, p, o in triples))
        elif fmt == "trig":
            ds = _new_graph(Dataset)
            for name, triples in graphs.items():
                g = ds.graph(name)
                g.addN((s, p, o, g) for s, p, o in triples)
            fh.write(to_bytes(ds, fmt))
        else:
            g = _new_graph(Graph)
            g.addN((s, p, o, g) for s, p, o in union(graphs))
            fh.write(to_bytes(g, fmt))


class ForkedBlocks(Blocks):
    """The Turtle blocks and the :func:`statement_counts` of some statements (``make()``:
    triples whose subjects have no other statements, the evidence nodes of a build:
    :func:`kg.graph.evidence_quads`), made by a forked process while this one makes and renders
    the rest (``kg build --jobs N``, once the extraction workers are gone: the cores they used
    are free). Use as a context manager: leaving it ends the process if it still runs.

    The process shares this one's memory as it was at the fork (nothing is copied in; the cycle
    collector stays as it was, paused in a build) and sends back only the blocks' index, its
    references and prefixes and the counts (a pipe) and the blocks (an unnamed temporary file).
    When it fails (killed, out of memory, a graph :mod:`kg.turtle` does not cover),
    :meth:`result` gives None and :func:`kg.turtle.write_turtle` renders ``triples()`` itself,
    :meth:`counts` counts them here: the same bytes and counts either way.

    Args:
        make: a function of no arguments giving the triples (rdflib terms), called in the
            forked process (and, after a failure, here by :meth:`triples`).
    """

    def __init__(self, make) -> None:
        self.make, self.pid, self._answer, self._made = make, None, None, None
        from .export import _new_graph
        from .turtle import render_blocks
        from .atomic import die_with_parent

        # (imported here: a forked process that imports can wait forever on a lock another thread held)
        self.spool = tempfile.TemporaryFile()
        namespaces, parent = _new_graph(Graph, bind_namespaces="none"), os.getpid()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the forked process (coverage does not follow it)
            try:
                os.close(read)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
                die_with_parent(parent)
                triples = list(make())
                answer = render_blocks(triples, namespaces, self.spool)
                if answer is not None:
                    message = pickle.dumps((answer, statement_counts(triples)), protocol=pickle.HIGHEST_PROTOCOL)
                    with os.fdopen(write, "wb") as pipe:
                        pipe.write(message)
            finally:  # at once, whatever happened (nothing sent: the parent makes it all): none of the
                os._exit(0)  # parent's clean-up runs twice
        os.close(write)
        self.pid, self._pipe = pid, os.fdopen(read, "rb")

    def result(self) -> tuple[list, dict, dict] | None:
        """Wait for the process: :func:`kg.turtle.render_blocks`' answer (blocks in ``spool``), or None."""
        if self.pid is not None:
            try:
                data = self._pipe.read()
            finally:
                self._end()
            try:
                self._answer = pickle.loads(data) if data else None
            except Exception:  # noqa: BLE001 - a message cut short: all is made here
                self._answer = None
        return None if self._answer is None else self._answer[0]

    def counts(self) -> dict[str, dict[str, int]]:
        """:func:`statement_counts` of the triples (waits for the process; counted here if it failed)."""
        self.result()
        return statement_counts(self.triples()) if self._answer is None else self._answer[1]

    def triples(self) -> list[tuple]:
        """The triples, made here once (when the process failed, or for a format it does not render)."""
        if self._made is None:
            self._made = list(self.make())
        return self._made

    def _end(self) -> None:
        self._pipe.close()
        if self.pid is not None:
            try:
                if os.waitpid(self.pid, os.WNOHANG) == (0, 0):
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
            except (ChildProcessError, ProcessLookupError):
                pass
            self.pid = None

    def __enter__(self) -> "ForkedBlocks":
        return self

    def __exit__(self, *exc) -> None:
        self._end()
        self.spool.close()


class _Index(Store):
    """A read-only rdflib store over triples held in memory: ``{predicate: {subject: object or
    [objects]}}`` (one object kept as itself, not in a container: a million statements take tens
    of megabytes, not hundreds). It answers every triple pattern (fastest with the predicate
    given, as a view asks); adding or removing statements raises ``TypeError``."""

    context_aware = False
    formula_aware = False
    transaction_aware = False
    graph_aware = False

    def __init__(self, triples: Iterable[tuple]) -> None:
        super().__init__()
        with paused():
            self._index, self._len = self._read(triples)
        self._prefixes: dict[str, URIRef] = {}

    @staticmethod
    def _read(triples: Iterable[tuple]) -> tuple[dict, int]:
        index: dict = {}
        count = 0
        members: dict = {}  # (p, s) → the set of a long list's objects (a list scan per new object was quadratic)
        for s, p, o in triples:
            by_subject = index.get(p)
            if by_subject is None:
                by_subject = index[p] = {}
            old = by_subject.get(s)
            if old is None:
                by_subject[s] = o
            elif type(old) is list:
                if len(old) < LONG_VALUES:
                    if o in old:
                        continue
                else:
                    kept = members.get((p, s))
                    if kept is None:
                        kept = members[(p, s)] = set(old)
                    if o in kept:
                        continue
                    kept.add(o)
                old.append(o)
            elif old != o:  # (rdflib's term equality, as its own store keeps a statement once)
                by_subject[s] = [old, o]
            else:
                continue
            count += 1
        return index, count

    def triples(self, triple_pattern, context=None):
        """rdflib's Store API: ``((s, p, o), contexts)`` of the statements matching the pattern."""
        s, p, o = triple_pattern
        preds = (p,) if p is not None else tuple(self._index)
        for pred in preds:
            by_subject = self._index.get(pred)
            if not by_subject:
                continue
            pairs = ((s, by_subject.get(s)),) if s is not None else by_subject.items()
            for subj, objs in pairs:
                if objs is None:
                    continue
                for obj in objs if type(objs) is list else (objs,):
                    if o is None or obj == o:
                        yield (subj, pred, obj), iter(())

    def __len__(self, context=None) -> int:
        return self._len

    def contexts(self, triple=None):
        return iter(())

    def add(self, triple, context, quoted=False):
        raise TypeError("a build's statements are read-only here")

    def addN(self, quads):  # noqa: N802 - rdflib's name
        raise TypeError("a build's statements are read-only here")

    def remove(self, triple, context=None):
        raise TypeError("a build's statements are read-only here")

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        if override or prefix not in self._prefixes:
            self._prefixes = {k: v for k, v in self._prefixes.items() if v != namespace}
            self._prefixes[prefix] = namespace

    def namespace(self, prefix: str):
        return self._prefixes.get(prefix)

    def prefix(self, namespace: URIRef):
        return next((k for k, v in self._prefixes.items() if v == namespace), None)

    def namespaces(self):
        yield from self._prefixes.items()


def by_predicate(graph: Graph, predicate: URIRef) -> Mapping:
    """The statements of one predicate as ``{subject: object, or [objects] when several}``, in
    the order the graph gives them (each statement once).

    A build's read-only graph (:func:`read_only_graph`) hands over its own index (no copy, no
    triple-pattern calls: a view of the 100× corpus asked about a million of them, 6.6 s through
    rdflib's API); any other graph is read once, with ``graph.subject_objects(predicate)``.
    The mapping must not be changed.
    """
    if isinstance(graph.store, _Index):
        return graph.store._index.get(predicate, {})
    index, _ = _Index._read((s, predicate, o) for s, o in graph.subject_objects(predicate))
    return index.get(predicate, {})


def statement_counts(graphs: "Grouped | list[tuple]") -> dict[str, dict[str, int]]:
    """Entities per class and statements per relation in the union of the graphs (or of a list
    of triples, :func:`flat_triples`), as :meth:`kg.pipeline.BuildResult.summary` counts them in a
    graph (a statement held by several graphs, or listed twice, counts once), without an index of
    every statement.

    Returns:
        ``{"entities": {class: distinct subjects typed with it, …}, "relations": {relation:
        distinct statements, …}}``, classes (:meth:`kg.schema.Schema.entity_classes`) and
        relations (:attr:`kg.schema.Schema.relations`) in schema order, zeros included.
    """
    from rdflib.namespace import RDF

    from .namespaces import KG
    from .schema import SCHEMA

    classes = {KG[c]: c for c in SCHEMA.entity_classes()}
    relations = {KG[r]: r for r in SCHEMA.relations}
    typed: dict[str, set] = {c: set() for c in classes.values()}
    related: dict[str, set] = {r: set() for r in relations.values()}
    objects: dict = {}  # evidence node → the object of its statement (for links on evidence)
    # rdf:type and rdf:object told apart by a look-up (rdflib's ``==`` on terms is a Python call:
    # two of them a statement were most of the count)
    special = {RDF.type: "type", RDF.object: "object"}
    with paused():  # (kg.collector: a pair a statement, none in a cycle)
        for s, p, o in union(graphs):
            kind = special.get(p)
            if kind == "type":
                c = classes.get(o)
                if c is not None:
                    typed[c].add(s)
            elif kind == "object":
                objects[s] = o
            else:
                r = relations.get(p)
                if r is not None:
                    related[r].add((s, o))
        for r in related:
            if SCHEMA.relations[r].qualifies:
                related[r] = {(o, objects.get(s)) for s, o in related[r]}
    return {"entities": {c: len(v) for c, v in typed.items()}, "relations": {r: len(v) for r, v in related.items()}}


def added_counts(*counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The sum of :func:`statement_counts` of statements whose subjects are apart (each subject's
    statements all in one of them): the counts of them all."""
    return {part: {k: sum(c[part][k] for c in counts) for k in counts[0][part]} for part in ("entities", "relations")}


def relation_count(graph, name: str) -> int:
    """Statements of relation ``name`` in an rdflib graph, as :func:`statement_counts` counts them:
    distinct (subject, object) pairs; for a link written on evidence nodes (``qualifies``:
    ``kg:conferrer``), distinct (linked entity, object of the evidence's statement) pairs, the
    edges the property graph draws (the body → the honour), not one per evidence node."""
    from rdflib.namespace import RDF

    from .namespaces import KG
    from .schema import SCHEMA

    pairs = set(graph.subject_objects(KG[name]))
    if SCHEMA.relations[name].qualifies:
        pairs = {(o, graph.value(s, RDF.object)) for s, o in pairs}
    return len(pairs)


def read_only_graph(graphs: Grouped) -> Graph:
    """An ``rdflib.Graph`` of the union of the graphs, read-only (its store is an index of the
    statements, built in about a second a million; adding raises ``TypeError``), with the
    project's prefixes bound: what :func:`kg.view.render_html` and
    :func:`kg.network.to_networkx` read, as they read a build's graph."""
    from .export import _new_graph

    return _new_graph(Graph, store=_Index(union(graphs)))


__all__ = ["ForkedBlocks", "added_counts", "by_predicate", "flat_triples", "group_quads", "read_only_graph", "relation_count", "statement_counts", "union",
           "write_file"]
