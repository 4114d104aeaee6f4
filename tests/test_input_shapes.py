"""Input shapes found by testers: bylines in brackets with 供稿, pipes and 摄影 credits; HTML
tags inside names and sentences; scraped text with spaces between words and padded names.
Invented persons, real places."""
from __future__ import annotations

import pytest

from kg.ingest import documents_from_text
from kg.namespaces import KG
from kg.pipeline import build_graph

BODY = "近日，青川县公安局刑侦大队民警林晓岚带队破获一起盗窃案，抓获犯罪嫌疑人2名。"
RELATIONS = """SELECT ?s ?p ?o WHERE { ?x a rdf:Statement ; rdf:subject ?sub ; rdf:predicate ?p ; rdf:object ?ob .
    ?sub rdfs:label ?s . OPTIONAL { ?ob rdfs:label ?l } BIND(COALESCE(?l, ?ob) AS ?o) }"""


def _credits(text: str, source: str = "a.txt") -> set[tuple[str, str]]:
    """The article's (relation, person) pairs of reporter and correspondent in the graph of ``text``."""
    g = build_graph(text=text, source=source)
    return {(p.split("#")[-1], str(o)) for _, p, o in g.query(
        "SELECT ?a ?p ?n WHERE { ?a a kg:NewsArticle ; ?p ?x . ?x rdfs:label ?n . "
        "FILTER(?p IN (kg:reporter, kg:correspondent)) }")}


def _persons(g) -> set[str]:
    return {str(n) for n, in g.query("SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")}


def _relations(g) -> set[tuple[str, str, str]]:
    return {(str(s), p.split("#")[-1], str(o)) for s, p, o in g.query(RELATIONS)}


# ----------------------------------------------------------------------------- bylines
@pytest.mark.parametrize("line", ["作者 | 柯远舟", "作者｜柯远舟", "作者/柯远舟", "文 | 柯远舟"])
def test_a_byline_with_a_pipe_signs_the_article(line):
    assert _credits(f"青川县公安局破获一起盗窃案\n{line}\n\n{BODY}\n") == {("reporter", "柯远舟")}


@pytest.mark.parametrize("credit", ["（通讯员 柯远帆 供稿）", "（通讯员柯远帆供稿）", "（本报通讯员 柯远帆供稿）"])
def test_a_bracketed_contribution_with_a_role_names_the_correspondent(credit):
    # the name ends before 供稿 (柯远帆供稿 was read as one name)
    for text in (f"青川县公安局破获一起盗窃案\n\n{BODY}{credit}\n", f"青川县公安局破获一起盗窃案\n\n{BODY}\n{credit}\n"):
        assert _credits(text) == {("correspondent", "柯远帆")}, text


def test_a_bracketed_contribution_without_a_role_is_a_person_of_no_relation():
    # （某某 供稿） as 供稿：某某 in a staff line: a person of the item, the relation optional in the gold
    (doc,) = documents_from_text(f"青川县公安局破获一起盗窃案\n\n{BODY}\n（柯远帆 供稿）\n", "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯远帆", "editor")]
    g = build_graph(text=f"青川县公安局破获一起盗窃案\n\n{BODY}\n（柯远帆 供稿）\n", source="a.txt")
    assert "柯远帆" in _persons(g)
    assert not list(g.subject_objects(KG.reporter)) and not list(g.subject_objects(KG.correspondent))


def test_a_unit_that_supplied_an_item_closes_it_and_is_no_headline():
    page = (f"青川县公安局破获一起盗窃案\n\n{BODY}\n（青川县公安局供稿）\n"
            "广元市公安局开展夜间巡逻\n\n近日，广元市公安局交警支队民警柯远帆带队开展夜间巡逻，查处酒驾3起。\n（通讯员 柯远舟 供稿）\n")
    docs = documents_from_text(page, "p.txt")
    assert [d.title for d in docs] == ["青川县公安局破获一起盗窃案", "广元市公安局开展夜间巡逻"]
    assert docs[0].text.endswith("（青川县公安局供稿）") and not docs[0].bylines  # text of the item, no person
    assert [(b.name, b.role) for b in docs[1].bylines] == [("柯远舟", "correspondent")]


@pytest.mark.parametrize("credit", ["摄影 柯远帆", "摄影：柯远帆", "摄影/柯远帆"])
def test_a_photographer_credited_in_the_byline_keeps_the_bylines_role(credit):
    # GUIDELINES: a photo credit's relation is optional; a correspondent of the byline who took the
    # photo is still a correspondent (never a reporter too)
    text = f"青川县公安局破获一起盗窃案\n本报记者 柯远舟 本报通讯员 柯远帆\n\n{BODY}\n{credit}\n"
    assert _credits(text) == {("reporter", "柯远舟"), ("correspondent", "柯远帆")}


@pytest.mark.parametrize("credit", ["摄影 柯远帆", "摄影：柯远帆"])
def test_a_photographer_alone_is_a_person_of_the_article(credit):
    text = f"青川县公安局破获一起盗窃案\n本报记者 柯远舟\n\n{BODY}\n{credit}\n"
    assert _credits(text) == {("reporter", "柯远舟"), ("reporter", "柯远帆")}

