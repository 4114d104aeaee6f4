"""kg.statements.statement_counts counts what the summary counts in an rdflib graph."""
from __future__ import annotations

from pathlib import Path

from kg.graph import rdf_quads
from kg.pipeline import class_counts, run
from kg.schema import SCHEMA
from kg.statements import group_quads, relation_count, statement_counts

ROOT = Path(__file__).resolve().parents[1]


def test_counts_of_the_grouped_statements_are_the_graphs():
    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:12]
    result = run([str(t) for t in texts])
    g = result.graph
    counts = statement_counts(group_quads(rdf_quads(result.resolution)))
    assert counts["entities"] == {c: dict(class_counts(g)).get(c, 0) for c in SCHEMA.entity_classes()}
    assert counts["relations"] == {p: relation_count(g, p) for p in SCHEMA.relations}
    assert sum(counts["entities"].values()) and sum(counts["relations"].values())
