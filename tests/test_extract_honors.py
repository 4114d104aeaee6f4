"""kg.extract.honors: honours, recipients, year and conferrer qualifiers."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.graph import entity_iri
from kg.namespaces import KG
from kg.types import HONOR, ORGANIZATION


def test_unit_rated_as_honour(extract):
    x = extract("咸阳市公安局刑警支队被评为全国优秀公安基层单位。")
    assert x.names(HONOR) == {"全国优秀公安基层单位"}
    assert ("咸阳市公安局刑警支队", "received", "全国优秀公安基层单位") in x.rels()


def test_year_and_conferrer_qualifiers(extract):
    x = extract("咸阳市公安局刑警支队2019年被公安部荣记集体一等功。")
    (st,) = x.statements_of("received", "集体一等功")
    assert st.subject.name == "咸阳市公安局刑警支队"
    assert st.qualifiers.year == 2019
    assert st.qualifiers.conferrer.name == "公安部"
    assert st.qualifiers.unit is None
    assert st.qualifiers.on_evidence() == [("year", "2019"), ("conferredBy", "公安部")]


def test_conferrer_is_not_the_recipient(extract):
    x = extract("咸阳市公安局刑警支队2019年被公安部荣记集体一等功。")
    assert ("公安部", "received", "集体一等功") not in x.rels()


def test_anaphor_recipient(extract):
    x = extract("咸阳市公安局刑警支队破获多起大案。该支队荣获全国优秀公安基层单位称号。")
    received = {(s, o) for s, _, o in x.rels("received")}
    assert ("咸阳市公安局刑警支队", "全国优秀公安基层单位") in received


def test_no_honour_without_honour_ending(extract):
    x = extract("咸阳市公安局刑警支队荣获多项荣誉，被评为群众满意。")
    assert x.names(HONOR) == set()
    assert not x.rels("received")


def test_person_after_role_receives_the_honour(extract):
    x = extract("咸阳市公安局刑警支队民警汤若岚获评全国优秀人民警察。")
    received = x.rels("received")
    assert ("汤若岚", "received", "全国优秀人民警察") in received
    assert ("咸阳市公安局刑警支队", "received", "全国优秀人民警察") not in received


@pytest.fixture(scope="module")
def honour_graph():
    from kg.pipeline import run

    return run(text="标题\n\n咸阳市公安局刑警支队2019年被公安部荣记集体一等功。\n", source="h.txt").graph


def _received_evidence(g):
    s = entity_iri(ORGANIZATION, "咸阳市公安局刑警支队")
    o = entity_iri(HONOR, "集体一等功")
    assert (s, KG.received, o) in g
    evs = [e for e in g.subjects(RDF.subject, s) if (e, RDF.object, o) in g and (e, RDF.predicate, KG.received) in g]
    assert len(evs) == 1
    return evs[0]


def test_year_on_evidence_node(honour_graph):
    ev = _received_evidence(honour_graph)
    assert [str(y) for y in honour_graph.objects(ev, KG.year)] == ["2019"]


def test_conferred_by_on_evidence_node_is_the_conferrer_name(honour_graph):
    """Contract (ontology/kg.ttl): kg:conferredBy is a plain string; the body is an Organization with that label."""
    ev = _received_evidence(honour_graph)
    assert list(honour_graph.objects(ev, KG.conferredBy)) == [Literal("公安部")]
    org = entity_iri(ORGANIZATION, "公安部")
    assert (org, RDF.type, KG.Organization) in honour_graph
    assert (org, RDFS.label, Literal("公安部", lang="zh")) in honour_graph


def test_conferred_by_names_the_conferrer(honour_graph):
    ev = _received_evidence(honour_graph)
    values = list(honour_graph.objects(ev, KG.conferredBy))
    assert len(values) == 1
    v = values[0]
    assert (str(v) == "公安部") or (Literal("公安部", lang="zh") in set(honour_graph.objects(v, None)))
