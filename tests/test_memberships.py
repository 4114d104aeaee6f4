"""One ``org:Membership`` per person, post and unit (user 10, finding 3): the same post held in two
units (副局长 of one county bureau, then of another) is two memberships, each ended or current on
its own; the saved queries and the README's quick-start query list the current one; an appended
build equals a full one."""
from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.query import run_query, run_saved

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8") + "\n" + (Path(__file__).parents[1] / "docs" / "manual.md").read_text(encoding="utf-8")

RECORDS = [  # invented: 柯远舟 副局长 of 青川县公安局, removed, then 副局长 of 剑阁县公安局
    {"id": "a1", "title": "青川县公安局召开会议", "date": "2026-11-20", "text": "青川县公安局副局长柯远舟出席会议并讲话。"},
    {"id": "a2", "title": "广元市公安局任免通知", "date": "2026-11-28",
     "text": "经研究决定：\n免去柯远舟的青川县公安局副局长职务；\n任命柯远舟为剑阁县公安局副局长。"},
    {"id": "a3", "title": "剑阁县公安局召开会议", "date": "2026-12-01", "text": "会上，副局长柯远舟作了部署。"},
]

MEMBERSHIPS = """SELECT ?post ?unit ?status WHERE {
  ?m a org:Membership ; org:member/rdfs:label "柯远舟"@zh ; org:role/rdfs:label ?post .
  OPTIONAL { ?m org:organization/rdfs:label ?unit } OPTIONAL { ?m kg:postStatus ?status } } ORDER BY ?unit"""


def _build(tmp_path: Path, records: list[dict], out: str, *extra: str, html: bool = False) -> Path:
    src = tmp_path / f"{out}-{len(list(tmp_path.iterdir()))}.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / out), "-q", *extra]
                             + ([] if html else ["--no-html"]))
    assert res.exit_code == 0, res.output
    return tmp_path / out


def _rows(result) -> list[tuple[str, ...]]:
    return [tuple("" if v is None else str(v) for v in row) for row in result.rows]


def test_a_post_in_two_units_is_two_memberships_each_with_its_status(tmp_path):
    g = Graph().parse(_build(tmp_path, RECORDS, "o") / "graph.ttl")
    assert _rows(run_query(g, MEMBERSHIPS)) == [("副局长", "剑阁县公安局", ""), ("副局长", "青川县公安局", "ended")]
    row = {r[0]: r for r in _rows(run_saved(g, "people_posts"))}["柯远舟"]
    assert (row[1], row[2], row[4]) == ("副局长", "剑阁县公安局", "副局长（青川县公安局）")
    assert _rows(run_saved(g, "officers_in_province", {"province": "四川"})) == [("柯远舟", "剑阁县公安局", "副局长")]
    quick = re.search(r"kg query out-news/graph\.ttl '(SELECT \?name \?post \?unit.*?)'\n", README, re.S).group(1)
    assert _rows(run_query(g, quick)) == [("柯远舟", "副局长", "剑阁县公安局")]


def test_appending_day_by_day_equals_the_full_build(tmp_path):
    for r in RECORDS:
        _build(tmp_path, [r], "day", "--append")
    full = _build(tmp_path, RECORDS, "full")
    strip = re.compile(r'kg:sourceFile "[^"]*"')
    assert strip.sub("", (tmp_path / "day" / "graph.ttl").read_text()) == strip.sub("", (full / "graph.ttl").read_text())


def test_one_sentence_giving_a_post_in_two_units_has_a_node_per_membership(tmp_path):
    """历任甲局局长，现任乙局局长 in one sentence: two memberships, and two evidence nodes of the
    kg:position (the unit in their IRI), so the sentence's nodes are not one node for both."""
    text = "柯远舟，男，1975年生，历任青川县公安局副局长，现任剑阁县公安局副局长。"
    g = Graph().parse(_build(tmp_path, [{"id": "cv", "title": "剑阁县公安局领导简历", "text": text}], "o") / "graph.ttl")
    assert {r[1] for r in _rows(run_query(g, MEMBERSHIPS))} == {"青川县公安局", "剑阁县公安局"}
    nodes = run_query(g, 'SELECT ?e WHERE { ?e rdf:predicate kg:position ; rdf:object "副局长"@zh ; '
                         'kg:sentence ?s FILTER(CONTAINS(?s, "历任")) }').rows
    assert len(nodes) == 2


def test_the_quick_start_query_leaves_out_an_ended_unit_with_no_post(tmp_path):
    """README finding 10: the UNION branch (units with no membership) leaves out a unit the person
    left (曾任…) as --saved people_posts does."""
    text = "林晓岚现任剑阁县公安局民警，曾在青川县公安局工作。此前，林晓岚曾任青川县公安局民警。"
    g = Graph().parse(_build(tmp_path, [{"id": "p", "title": "剑阁县公安局民警林晓岚", "text": text}], "o") / "graph.ttl")
    quick = re.search(r"kg query out-news/graph\.ttl '(SELECT \?name \?post \?unit.*?)'\n", README, re.S).group(1)
    saved = {r[0]: r for r in _rows(run_saved(g, "people_posts"))}["林晓岚"]
    assert {r[2] for r in _rows(run_query(g, quick)) if r[0] == "林晓岚"} == set(saved[2].split("、"))


def test_exports_and_the_view_carry_former_ties_and_posts(tmp_path):
    """User 10, finding 9: a former unit and post are marked in every property-graph export
    (edge ``status``, ``positions``, ``endedPositions``; node ``endedPositions``) and in the
    view's data (dashed edge, panel mark), so a graphic can style them without SPARQL."""
    import csv

    from kg.network import to_networkx

    out = _build(tmp_path, RECORDS, "o", "--format", "neo4j", "--format", "csv", html=True)
    g = Graph().parse(out / "graph.ttl")
    G = to_networkx(g)
    person = next(n for n, a in G.nodes(data=True) if a["label"] == "柯远舟")
    ties = {G.nodes[t]["label"]: a for _, t, k, a in G.out_edges(person, keys=True, data=True) if k == "belongsTo"}
    assert ties["青川县公安局"].get("status") == "ended" and ties["青川县公安局"]["endedPositions"] == "副局长"
    assert "status" not in ties["剑阁县公安局"] and ties["剑阁县公安局"]["positions"] == "副局长"
    assert G.nodes[person]["endedPositions"] == "副局长（青川县公安局）"
    with open(out / "neo4j-relationships.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r[":TYPE"] == "belongsTo" and r[":START_ID"] == person]
    assert {r[":END_ID"].rsplit("-", 1)[1]: r["status"] for r in rows} == {"青川县公安局": "ended", "剑阁县公安局": ""}
    with open(out / "edges.csv", encoding="utf-8") as fh:
        assert {r["status"] for r in csv.DictReader(fh) if r["source"] == person and r["predicate"] == "belongsTo"} \
            == {"ended", ""}
    html = (out / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="tupu-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    labels = [n[0] for n in data["nodes"]]
    assert [(labels[data["edges"][k][0]], labels[data["edges"][k][1]]) for k in data["ended"]] == [("柯远舟", "青川县公安局")]
    posts = next(i["posts"] for i in data["info"] if i["iri"] == person)
    assert posts == [["副局长", posts[0][1], [["剑阁县公安局", 0], ["青川县公安局", 1]]]]
