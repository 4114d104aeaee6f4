"""Issue 9 (``kg build --jobs N``): the evidence nodes shared between the build's process and the
helper it forks (kg.graph.evidence_parts), the probe that sets the share (kg.graph.iris_made),
and the smaller groups of the last units sent to the workers (kg.batch._group_limits).
Invented names only."""
from __future__ import annotations

import os
from itertools import chain
from pathlib import Path

import pytest

from kg.graph import entity_iri, evidence_parts, evidence_quads, iris_made, rdf_quads
from kg.pipeline import run
from kg.schema import POSITION
from kg.statements import ForkedBlocks, added_counts, flat_triples, statement_counts, write_file

ROOT = Path(__file__).resolve().parents[1]
#: Two persons given one honour by one body (kg:conferrer counts the pair body → honour once,
#: across the two kg:received statements), and one post in two units.
TEXT = ("江城市表彰先进\n\n江城市公安局巡警支队民警汤若岚、乔木被江城市公安局记个人三等功。"
        "柯远舟历任青川县公安局刑侦大队大队长，现任广元市公安局刑侦支队大队长。\n")


@pytest.fixture(scope="module")
def resolution(tmp_path_factory):
    page = tmp_path_factory.mktemp("perf14") / "honours.txt"
    page.write_text(TEXT, encoding="utf-8")
    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:6]
    return run([*map(str, texts), str(page)]).resolution


def _triple(rs) -> tuple:
    return rs.subject, rs.predicate, rs.object


def test_evidence_parts_share_the_statements_and_keep_what_must_stay_together(resolution):
    """Every statement is in one part, in order; the first part takes about the share asked of
    the evidence, never a kg:received (its kg:conferrer counts pairs across statements) and never
    one membership of a post without the others of the same person, post and text."""
    statements = resolution.statements
    assert any(rs.predicate == "received" for rs in statements)
    total = sum(len(rs.evidence) for rs in statements)
    for share in (0.0, 0.2, 0.5, 0.8, 1.0):
        first, second = evidence_parts(resolution, share)
        index = {id(rs): i for i, rs in enumerate(statements)}
        assert sorted(index[id(rs)] for rs in first + second) == list(range(len(statements)))
        assert [index[id(rs)] for rs in first] == sorted(index[id(rs)] for rs in first)
        assert [index[id(rs)] for rs in second] == sorted(index[id(rs)] for rs in second)
        assert not any(rs.predicate == "received" for rs in first)
        assert not {_triple(rs) for rs in first} & {_triple(rs) for rs in second}
        taken = sum(len(rs.evidence) for rs in first)
        assert taken <= share * total + max(len(rs.evidence) * 2 for rs in statements)
        if share == 0.0:
            assert first == []
        if share == 1.0:
            assert second == [rs for rs in statements if rs.predicate == "received"]


def _share_after(resolution, statement) -> float:
    """The share of the evidence whose cut falls right after ``statement`` (its evidence and all
    before it)."""
    at = next(i for i, rs in enumerate(resolution.statements) if rs is statement)
    before = sum(len(rs.evidence) for rs in resolution.statements[:at + 1])
    return (before - 0.5) / sum(len(rs.evidence) for rs in resolution.statements)


def _post_in_two_units(resolution) -> list:
    """The two memberships of 柯远舟 as 大队长 (one sentence, two units)."""
    posts = [rs for rs in resolution.statements
             if rs.predicate == POSITION and rs.object == "大队长" and rs.subject[1].startswith("柯远舟")]
    assert len(posts) == 2 and _triple(posts[0]) == _triple(posts[1])
    return posts


def _first_honour(resolution):
    """The first of the two kg:received of 个人三等功 that 江城市公安局 conferred."""
    given = [rs for rs in resolution.statements if rs.predicate == "received" and
             any(links.get("conferrer") == (("Organization", "江城市公安局"),) for links in rs.links.values())]
    assert len(given) == 2
    return given[0]


def test_a_post_in_two_units_stays_in_one_part(resolution):
    """The two memberships of a post are adjacent statements of one subject, predicate and
    object: a share whose cut falls between them puts both in the first part."""
    posts = _post_in_two_units(resolution)
    first, _ = evidence_parts(resolution, _share_after(resolution, posts[0]))
    assert any(rs is posts[0] for rs in first) and any(rs is posts[1] for rs in first)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is a forked process")
def test_any_share_gives_the_bytes_and_counts_of_one_process(resolution, tmp_path):
    """graph.ttl and the counts of a build whose process makes a share of the evidence nodes and
    its forked helper the rest are those of all the statements in one process."""
    everything = flat_triples(rdf_quads(resolution))
    write_file(everything, tmp_path / "one.ttl", "turtle")
    shares = (0.0, _share_after(resolution, _first_honour(resolution)),
              _share_after(resolution, _post_in_two_units(resolution)[0]), 1.0)
    for share in shares:
        mine, theirs = evidence_parts(resolution, share)
        own = flat_triples(chain(rdf_quads(resolution, evidence=False), evidence_quads(resolution, mine)))
        with ForkedBlocks(lambda: flat_triples(evidence_quads(resolution, theirs))) as more:
            write_file(own, tmp_path / f"{share}.ttl", "turtle", more)
            counts = added_counts(statement_counts(own), more.counts())
        assert (tmp_path / f"{share}.ttl").read_bytes() == (tmp_path / "one.ttl").read_bytes(), share
        assert counts == statement_counts(everything), share


def test_iris_made_tells_a_process_that_made_the_terms_from_one_that_did_not(resolution):
    """0.0 when none of the build's entity IRIs is cached, 1.0 once the graph's statements were
    made; the IRIs it gives are those of entity_iri."""
    entity_iri.cache_clear()
    assert iris_made(resolution, sample=50) == 0.0
    entity_iri.cache_clear()
    flat_triples(rdf_quads(resolution))
    assert iris_made(resolution, sample=50) == 1.0
    assert iris_made(type(resolution)([], {}, [], {}, [])) == 0.0


# ----------------------------------------------------------------------------- the last groups of --jobs
def test_the_last_units_go_in_smaller_groups():
    """kg.batch._group_limits: groups of POOL_GROUP_BYTES until the end of the input is near, then
    a share of what is left, down to POOL_LAST_BYTES; the units come in order, read a bounded
    way ahead (the input stays a stream)."""
    import kg.batch as batch
    from kg.sources import Unit

    units = [Unit(Path(f"a{k}.txt"), size=2_500) for k in range(200)]
    read = []

    def stream():
        for u in units:
            read.append(u)
            yield u

    limits = []
    for unit, limit in batch._group_limits(stream(), 2):
        limits.append(limit)
        ahead = sum(u.size for u in read) - sum(u.size for u in units[:len(limits)])
        assert ahead <= 2 * batch.POOL_TAIL_GROUPS * batch.POOL_GROUP_BYTES + 2_500
    assert len(limits) == 200
    assert limits[:140] == [batch.POOL_GROUP_BYTES] * 140
    assert limits == sorted(limits, reverse=True) and limits[-4:] == [batch.POOL_LAST_BYTES] * 4


def test_the_workers_last_tasks_are_a_file_or_two():
    """kg.batch._pool_tasks over _group_limits: groups of about 32 KB first, one or two files in
    each of the last tasks, every unit once and in order."""
    import kg.batch as batch
    from kg.sources import Unit

    class Pool:
        def submit(self, fn, *args):
            return args

    units = [Unit(Path(f"a{k}.txt"), size=2_500) for k in range(200)]
    tasks = list(batch._pool_tasks(Pool(), batch._group_limits(iter(units), 2)))
    groups = [item[0] for item in tasks]
    assert [u for g in groups for u in g] == units
    assert len(groups[0]) == 13  # 32,500 bytes
    assert all(len(g) <= 2 for g in groups[-4:])
    assert len(groups) < 40
