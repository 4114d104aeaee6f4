"""rdflib graph → SHACL validation report, against the shapes and ontology shipped in the package.

The shapes (``kg/ontology/shapes.ttl``) check what ``ontology/MODEL.md`` promises; the
ontology (``kg/ontology/kg.ttl``) is mixed into a copy of the data graph first, so that
``sh:class kg:Organization`` accepts a ``kg:Court``. No RDFS/OWL inference is run: with it,
``rdfs:range kg:Place`` would turn a wrong object of ``kg:locatedIn`` into a place instead of
reporting it. A graph closed by a reasoner (RDFS or OWL-RL) still conforms: the links of a
transitive relation that a chain of its statements implies need no evidence of their own.

Both are rendered from the schema (:mod:`kg.schema_turtle`): the shipped files are that
rendering of the shipped schema (a test keeps them equal), and :func:`ontology_graph` and
:func:`shapes_graph` render the live schema, so classes and relations registered at run time
(:func:`kg.extract.base.register`) are checked too.

The two whole-graph checks of the shapes (every relation statement has an evidence node, and
every evidence node describes a statement of the graph) are SPARQL constraints with
``FILTER NOT EXISTS``, which rdflib evaluates in time quadratic in the graph (90 s at 22k
triples). :func:`validate` runs every other shape with pySHACL and these two as one pass each
in Python (:func:`evidence_violations`), so validation time grows linearly with the graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .export import union_graph
from .namespaces import KG
from .progress import Bar
from .schema import SCHEMA
from .schema_turtle import live_turtle

#: The focus node and shape of the whole-graph checks (as in ``shapes.ttl``).
GRAPH_NODE = URIRef("https://w3id.org/tupu/shapes#graph")
GRAPH_SHAPE = URIRef("https://w3id.org/tupu/shapes#GraphShape")

#: Package holding the Turtle files (see :mod:`kg.ontology`).
_RESOURCES = "kg.ontology"
ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True, order=True)
class Violation:
    """One validation result of severity ``sh:Violation``.

    Attributes:
        focus: the focus node: an IRI as a prefixed name where one of
            :data:`kg.query.QUERY_PREFIXES` fits (``kgid:person-张伟``, :func:`kg.query.compact_iri`),
            else in N3 form (``<https://…>``); for the whole-graph checks, the subject of the
            statement without evidence, or the evidence node that describes no statement
            (never the shapes' placeholder ``kgsh:graph``).
        path: the result path as a CURIE or N3 (``kg:extractor``), ``""`` if none.
        value: the value node, written as ``focus`` is, ``""`` if none.
        message: the message (the shape's ``sh:message``, or pySHACL's own); :meth:`block`
            writes the full IRIs in it as prefixed names too.
        component: the constraint component's local name (``MaxCountConstraintComponent``).
        shape: the source shape as a CURIE (``kgsh:EvidenceShape``), or N3 for a blank node.
    """

    focus: str
    path: str
    value: str
    message: str
    component: str
    shape: str

    def block(self) -> str:
        """The result as a block of text: a heading line and indented fields."""
        lines = [f"Violation in {self.component} ({self.shape}):", f"\tFocus Node: {self.focus}"]
        lines += [f"\tResult Path: {self.path}"] if self.path else []
        lines += [f"\tValue Node: {self.value}"] if self.value else []
        message = " ".join(_compact(word) for word in self.message.split(" "))
        return "\n".join(lines + [f"\tMessage: {message}"])


def _compact(word: str) -> str:
    """A word of a message: a full IRI as a prefixed name where one fits (:func:`kg.query.compact_iri`)."""
    from .query import compact_iri

    return compact_iri(word) if word.startswith(("http://", "https://")) else word


def _shown(node, nm) -> str:
    """A node as a violation shows it: an IRI as a prefixed name of :data:`kg.query.QUERY_PREFIXES`
    where one fits, else in N3 form (``nm``'s prefixes for the rest)."""
    from .query import compact_iri

    if isinstance(node, URIRef):
        compact = compact_iri(node)
        return compact if compact != str(node) else node.n3(nm)
    return node.n3(nm)


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of :func:`validate`.

    Attributes:
        conforms: True when no shape reports a violation.
        violations: number of validation results of severity ``sh:Violation`` (all of them,
            whatever ``limit``).
        text: the report: a heading, then one block per result (:meth:`Violation.block`),
            sorted, at most ``limit`` of them and a line counting the others.
        results: the results shown in ``text``, sorted.
    """

    conforms: bool
    violations: int
    text: str
    results: tuple[Violation, ...] = ()

    def record(self, triples: int) -> dict[str, object]:
        """The outcome as a JSON object (``kg validate --format json``), keys in this order:
        ``conforms``, ``triples`` (of the graph checked, given), ``violations`` (all),
        ``shown`` (in ``results``: at most ``limit``), ``results`` (each a :class:`Violation`'s
        fields: ``focus``, ``path``, ``value``, ``message``, ``component``, ``shape``; sorted)."""
        return {"conforms": self.conforms, "triples": triples, "violations": self.violations,
                "shown": len(self.results),
                "results": [{"focus": v.focus, "path": v.path, "value": v.value, "message": v.message,
                             "component": v.component, "shape": v.shape} for v in self.results]}


@cache
def resource_bytes(name: str) -> bytes:
    """Read one of the Turtle files shipped in :mod:`kg.ontology`.

    Args:
        name: :data:`ONTOLOGY_FILE` or :data:`SHAPES_FILE`.

    Returns:
        The file's bytes (UTF-8 Turtle), read once per process.

    Raises:
        FileNotFoundError: the package was installed without its data files.
    """
    return files(_RESOURCES).joinpath(name).read_bytes()


def ontology_graph() -> Graph:
    """Parse the Tupu ontology of the live schema (``kg.ttl`` plus any registered terms).

    Returns:
        A new :class:`rdflib.Graph` the caller may change.
    """
    return Graph().parse(data=live_turtle()[0], format="turtle")


def shapes_graph() -> Graph:
    """Parse the Tupu SHACL shapes of the live schema (``shapes.ttl`` plus any registered terms).

    Returns:
        A new :class:`rdflib.Graph` the caller may change.
    """
    return Graph().parse(data=live_turtle()[1], format="turtle")


def _core_shapes() -> Graph:
    """The live shapes without the whole-graph SPARQL checks (run in Python instead)."""
    return Graph().parse(data=live_turtle(graph_checks=False)[1], format="turtle")


def evidence_violations(graph: Graph) -> list[Violation]:
    """The whole-graph checks of ``kgsh:GraphShape``, one pass each over the graph.

    Args:
        graph: a plain graph (for a dataset, pass its union: :func:`kg.export.union_graph`).

    Returns:
        A violation for every statement of a relation with evidence (all but ``kg:mentions``)
        that no ``kg:Evidence`` node describes — except a link of a transitive relation that a
        chain of two or more of its statements implies (a reasoner's closure) — and for every
        evidence node whose
        ``rdf:subject``/``rdf:predicate``/``rdf:object`` is no statement of the graph; with the
        messages of ``shapes.ttl``. Time and memory are linear in the number of evidence nodes
        and relation statements.
    """
    nm = graph.namespace_manager
    described = set()
    out = []
    for e in graph.subjects(RDF.type, KG.Evidence):
        for s in graph.objects(e, RDF.subject):
            for p in graph.objects(e, RDF.predicate):
                for o in graph.objects(e, RDF.object):
                    described.add((s, p, o))
                    if (s, p, o) not in graph:
                        out.append(Violation(
                            _shown(e, nm), "", "",
                            f"evidence {e} describes {s} {p} {o}, a statement that is not in the graph",
                            "SPARQLConstraintComponent", GRAPH_SHAPE.n3(nm)))
    for rel in SCHEMA.evidence_relations():
        p = KG[rel.name]
        implied = _implied(graph, p) if rel.transitive else None
        for s, o in graph.subject_objects(p):
            if (s, p, o) not in described and not (implied and implied(s, o)):
                out.append(Violation(_shown(s, nm), _shown(p, nm), _shown(o, nm),
                                     f"no kg:Evidence node for the statement {s} {p} {o}",
                                     "SPARQLConstraintComponent", GRAPH_SHAPE.n3(nm)))
    return out


def _implied(graph: Graph, p: URIRef):
    """``implied(s, o)``: a chain ``s p m``, ``m p+ o`` (``m`` neither ``s`` nor ``o``) holds in ``graph``.

    Such a link of a transitive relation is what an RDFS/OWL-RL closure adds; it needs no
    evidence. The sets reached from each node are computed once, when first asked for.
    """
    succ: dict = {}
    for s, o in graph.subject_objects(p):
        succ.setdefault(s, set()).add(o)
    reach: dict = {}

    def reached(m) -> set:
        if m not in reach:
            seen, todo = set(), list(succ.get(m, ()))
            while todo:
                n = todo.pop()
                if n not in seen:
                    seen.add(n)
                    todo.extend(succ.get(n, ()))
            reach[m] = seen
        return reach[m]

    return lambda s, o: any(m != s and m != o and o in reached(m) for m in succ.get(s, ()))


def _results(report: Graph, nm) -> list[Violation]:
    """The ``sh:Violation`` results of a pySHACL report graph."""
    out = []
    for r in report.subjects(SH.resultSeverity, SH.Violation):
        def one(p):
            v = report.value(r, p)
            return "" if v is None else _shown(v, nm)
        component = str(report.value(r, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1]
        message = " / ".join(sorted(str(m) for m in report.objects(r, SH.resultMessage)))
        shape = report.value(r, SH.sourceShape)
        out.append(Violation(one(SH.focusNode), one(SH.resultPath), one(SH.value), message, component,
                             shape.n3(nm) if isinstance(shape, URIRef) else "a property shape"))
    return out


def validate(graph: Graph, limit: int | None = None, bar: Bar | None = None) -> ValidationResult:
    """Check a Tupu graph against the shipped SHACL shapes.

    Args:
        graph: the graph to check; for a :class:`rdflib.Dataset` the union of all its named
            graphs is checked as one graph (pySHACL would otherwise validate each named
            graph on its own, and evidence kept in another graph than its statement would
            look missing). The caller's graph is not modified.
        limit: show at most this many results in ``text`` (all are counted); None for all.
        bar: a progress bar (:func:`kg.progress.progress`) advanced by one step for each
            of the 3 stages (copy, shapes, evidence checks).

    Returns:
        A :class:`ValidationResult`; ``text`` lists each violation with its focus node,
        path, value and message, sorted.

    Raises:
        RuntimeError: pySHACL could not run the shapes (a broken shapes file).
        ValueError: ``limit`` is negative.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"--limit must be 0 or more, not {limit}")
    bar = bar or Bar()
    data = union_graph(graph)
    bar.advance(1, step="validate: shapes")
    conforms, report, text = pyshacl.validate(
        data,
        shacl_graph=_core_shapes(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    if isinstance(report, Exception):  # pySHACL returns, rather than raises, a ValidationFailure
        raise RuntimeError(f"SHACL validation could not run: {text}") from report
    bar.advance(1, step="validate: evidence")
    results = sorted(_results(report, data.namespace_manager) + evidence_violations(data))
    bar.advance(1)
    shown = results if limit is None else results[:limit]
    lines = ["Validation Report", f"Conforms: {not results}", f"Results ({len(results)}):"]
    lines += [v.block() for v in shown]
    if len(shown) < len(results):
        lines.append(f"... and {len(results) - len(shown)} more (shown: the first {len(shown)}, --limit)")
    return ValidationResult(conforms=not results, violations=len(results), text="\n".join(lines),
                            results=tuple(shown))


__all__ = ["ValidationResult", "Violation", "validate", "evidence_violations", "ontology_graph", "shapes_graph", "resource_bytes"]
