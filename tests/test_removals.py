"""Removals from office (免去…职务, …不再担任…职务): the post stays a post the person held, marked
ended (``kg:postStatus "ended"``) on its evidence and its ``org:Membership``; the saved query
``people_posts`` and the README's "who serves where" query list current posts only."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.cli import main
from kg.namespaces import KG
from kg.query import run_query, run_saved
from kg.schema import ENDED

NOTICE = ("关于柯远舟等同志职务任免的通知\n\n2024年11月1日\n\n经研究决定：\n"
          "任命柯远舟为广元市公安局青川县分局副局长（试用期一年）；\n"
          "免去林晓岚的广元市公安局青川县分局政委职务，另有任用；\n"
          "苏明哲同志不再担任广元市公安局青川县分局乔庄派出所所长职务。\n")


def _status(x, name: str, predicate: str) -> set[str | None]:
    """The ``status`` qualifiers of ``name``'s ``predicate`` statements."""
    return {st.qualifiers.status for st in x.statements if st.subject.name == name and st.predicate == predicate}


def test_a_removal_keeps_the_post_and_marks_it_ended(extract):
    x = extract(NOTICE)
    rels = x.rels()
    for name, post, unit in (("林晓岚", "政委", "广元市公安局青川县分局"),
                             ("苏明哲", "所长", "广元市公安局青川县分局乔庄派出所")):
        assert (name, "position", post) in rels and (name, "belongsTo", unit) in rels
        assert _status(x, name, "position") == _status(x, name, "belongsTo") == {ENDED}
    assert ("柯远舟", "position", "副局长") in rels
    assert _status(x, "柯远舟", "position") == _status(x, "柯远舟", "belongsTo") == {None}


def test_a_removal_in_a_section_of_a_list_is_ended(extract):
    x = extract("青川县人民代表大会常务委员会任免名单\n\n一、决定任命\n\n柯远舟为广元市公安局副局长；\n\n"
                "二、决定免去\n\n林晓岚的广元市公安局局长职务（退休）。\n")
    assert ("林晓岚", "position", "局长") in x.rels()
    assert _status(x, "林晓岚", "position") == {ENDED} and _status(x, "柯远舟", "position") == {None}


def _build(tmp_path: Path) -> Graph:
    (tmp_path / "rm.txt").write_text(NOTICE, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "rm.txt"), "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    return Graph().parse(tmp_path / "o" / "graph.ttl")


def test_the_graph_and_the_queries_say_the_post_ended(tmp_path):
    g = _build(tmp_path)
    ended = Literal(ENDED)
    marked = set(g.subjects(KG.postStatus, ended))
    assert len(marked) == 6  # two memberships, the evidence of two kg:position and two kg:belongsTo
    sparql = ('SELECT ?name ?post WHERE { ?m a org:Membership ; kg:postStatus "ended" ; '
              'org:member/rdfs:label ?name ; org:role/rdfs:label ?post } ORDER BY ?name')
    prefixes = ("PREFIX kg: <https://w3id.org/tupu/ontology#>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
    assert [tuple(map(str, r)) for r in run_query(g, prefixes + sparql).rows] == [("林晓岚", "政委"), ("苏明哲", "所长")]
    rows = {r[0]: r for r in run_saved(g, "people_posts").rows}
    assert rows["柯远舟"][1:3] == ("副局长", "广元市公安局青川县分局") and rows["柯远舟"][4] == ""
    assert rows["林晓岚"][1:3] == ("", "") and rows["林晓岚"][4] == "政委（广元市公安局青川县分局）"
    assert rows["苏明哲"][4] == "所长（广元市公安局青川县分局乔庄派出所）"
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    quick = re.search(r"kg query out-news/graph\.ttl '(SELECT \?name \?post \?unit.*?)'\n", readme, re.S).group(1)
    assert {str(r[0]) for r in run_query(g, prefixes + quick).rows} == {"柯远舟"}
    assert run_saved(g, "officers_in_province", {"province": "四川省"}).rows == [
        ("柯远舟", "广元市公安局青川县分局", "副局长")]  # the removed are not serving there
