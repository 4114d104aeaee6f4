"""rdflib graph → SHACL validation report, against the shapes and ontology shipped in the package.

The shapes (``kg/ontology/shapes.ttl``) check what ``ontology/MODEL.md`` promises; the
ontology (``kg/ontology/kg.ttl``) is mixed into a copy of the data graph first, so that
``sh:class kg:Organization`` accepts a ``kg:Court``. No RDFS/OWL inference is run: with it,
``rdfs:range kg:Place`` would turn a wrong object of ``kg:locatedIn`` into a place instead of
reporting it.

Both are rendered from the schema (:mod:`kg.schema_turtle`): the shipped files are that
rendering of the shipped schema (a test keeps them equal), and :func:`ontology_graph` and
:func:`shapes_graph` render the live schema, so classes and relations registered at run time
(:func:`kg.extract.base.register`) are checked too.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from .export import union_graph
from .schema_turtle import live_turtle

#: Package holding the Turtle files (see :mod:`kg.ontology`).
_RESOURCES = "kg.ontology"
ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of :func:`validate`.

    Attributes:
        conforms: True when no shape reports a violation.
        violations: number of validation results of severity ``sh:Violation``.
        text: pySHACL's human-readable report (one block per result).
    """

    conforms: bool
    violations: int
    text: str


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


def validate(graph: Graph) -> ValidationResult:
    """Check a Tupu graph against the shipped SHACL shapes.

    Args:
        graph: the graph to check; for a :class:`rdflib.Dataset` the union of all its named
            graphs is checked as one graph (pySHACL would otherwise validate each named
            graph on its own, and evidence kept in another graph than its statement would
            look missing). The caller's graph is not modified.

    Returns:
        A :class:`ValidationResult`; ``text`` lists each violation with its focus node,
        path, value and message.

    Raises:
        RuntimeError: pySHACL could not run the shapes (a broken shapes file).
    """
    conforms, report, text = pyshacl.validate(
        union_graph(graph),
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    if isinstance(report, Exception):  # pySHACL returns, rather than raises, a ValidationFailure
        raise RuntimeError(f"SHACL validation could not run: {text}") from report
    violations = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Violation))
    return ValidationResult(conforms=bool(conforms), violations=violations, text=str(text))


__all__ = ["ValidationResult", "validate", "ontology_graph", "shapes_graph", "resource_bytes"]
