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


def test_flat_triples_write_and_count_as_the_grouped_statements(tmp_path):
    """A build of graph.ttl / graph.nt alone reads the triples ungrouped (kg.statements.flat_triples):
    repeats and any order give the same files and counts as the statements by named graph."""
    import random

    import pytest

    from kg.statements import flat_triples, write_file

    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:12]
    quads = list(rdf_quads(run([str(t) for t in texts]).resolution))
    grouped = group_quads(quads)
    flat = flat_triples(quads)
    assert len(flat) == len(quads) > sum(map(len, grouped.values()))  # repeats kept
    shuffled = flat + flat[:500]
    random.Random(7).shuffle(shuffled)
    for fmt, suffix in (("turtle", "ttl"), ("nt", "nt")):
        write_file(grouped, tmp_path / f"grouped.{suffix}", fmt)
        for name, triples in (("flat", flat), ("shuffled", shuffled)):
            write_file(triples, tmp_path / f"{name}.{suffix}", fmt)
            assert (tmp_path / f"{name}.{suffix}").read_bytes() == (tmp_path / f"grouped.{suffix}").read_bytes()
    assert statement_counts(shuffled) == statement_counts(grouped)
    with pytest.raises(ValueError):
        write_file(flat, tmp_path / "g.trig", "trig")


def test_forked_blocks_give_the_bytes_and_counts_of_one_process(tmp_path):
    """Issue 9 (kg build --jobs N): the evidence nodes' statements made, counted and rendered by a
    forked process (kg.statements.ForkedBlocks) while this one writes the rest: graph.ttl and
    the counts are those of all the statements in one process, also when that process fails."""
    import os

    from kg.graph import evidence_quads
    from kg.statements import ForkedBlocks, added_counts, flat_triples, write_file

    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:6]
    res = run([str(t) for t in texts]).resolution
    write_file(flat_triples(rdf_quads(res)), tmp_path / "one.ttl", "turtle")
    here = os.getpid()

    def fails_when_forked():
        if os.getpid() != here:
            raise MemoryError
        return flat_triples(evidence_quads(res))

    rest = flat_triples(rdf_quads(res, evidence=False))
    assert len(rest) < len(flat_triples(rdf_quads(res)))
    for name, make in (("forked", lambda: flat_triples(evidence_quads(res))), ("failed", fails_when_forked)):
        with ForkedBlocks(make) as more:
            write_file(rest, tmp_path / f"{name}.ttl", "turtle", more)
            counts = added_counts(statement_counts(rest), more.counts())
        assert (tmp_path / f"{name}.ttl").read_bytes() == (tmp_path / "one.ttl").read_bytes(), name
        assert counts == statement_counts(flat_triples(rdf_quads(res))), name
