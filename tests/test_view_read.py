"""Issue 9: the view reads a build's statements by predicate (kg.statements.by_predicate), not
through a triple-pattern call per node and evidence node (6.6 s of a 100x corpus build went to
those calls), and draws the same page from a build's read-only graph as from any rdflib graph."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.namespaces import mint
from kg.pipeline import build
from kg.statements import _Index, group_quads, read_only_graph
from kg.view import render_html

G1, G2 = URIRef("urn:g1"), URIRef("urn:g2")
TEXT = ("江城县公安局表彰先进\n江城县公安局青柳派出所民警柯远舟荣获个人三等功。"
        "江城县公安局交警大队大队长柯晓岚说，该大队荣获集体二等功。")


def _graphs(tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    res = build([str(src)], tmp_path / "out", html=True)
    plain = Graph()
    plain.parse(tmp_path / "out" / "graph.ttl", format="turtle")
    return res.graph, plain


def test_by_predicate_hands_over_the_index_and_reads_other_graphs_once():
    from kg.statements import by_predicate

    a, b = mint("person", "甲"), mint("person", "乙")
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    quads = [(a, label, Literal("甲", lang="zh"), G1), (a, label, Literal("甲二", lang="zh"), G1),
             (b, label, Literal("乙", lang="zh"), G1), (a, label, Literal("甲", lang="zh"), G2)]
    ro = read_only_graph(group_quads(quads))
    assert isinstance(ro.store, _Index)
    assert by_predicate(ro, label) is ro.store._index[label]  # no copy
    plain = Graph()
    for s, p, o, _ in quads:
        plain.add((s, p, o))
    got = by_predicate(plain, label)
    assert {s: sorted(o) if isinstance(o, list) else o for s, o in got.items()} == \
        {a: sorted([Literal("甲", lang="zh"), Literal("甲二", lang="zh")]), b: Literal("乙", lang="zh")}
    assert by_predicate(plain, URIRef("urn:nothing")) == {}


def test_the_view_makes_no_triple_pattern_call_per_node(tmp_path, monkeypatch):
    ro, plain = _graphs(tmp_path)
    calls = []
    real = _Index.triples
    monkeypatch.setattr(_Index, "triples", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
    render_html(ro, tmp_path / "ro.html", title="t")
    assert len(calls) < 10, len(calls)  # (a few for the page's prefixes, none per node)
    render_html(plain, tmp_path / "plain.html", title="t")
    assert (tmp_path / "ro.html").read_bytes() == (tmp_path / "plain.html").read_bytes()


def test_a_value_written_twice_is_read_as_rdflib_reads_it():
    """An evidence node with two rdf:predicate (no build writes one) gives Graph.value's answer,
    as before the view read by predicate."""
    from rdflib.namespace import RDF

    from kg.view.model import _Statements

    g = Graph()
    e0, e1 = URIRef("urn:ev0"), URIRef("urn:ev1")
    located, belongs = URIRef("urn:p:locatedIn"), URIRef("urn:p:belongsTo")
    g.add((e0, RDF.predicate, located))
    g.add((e1, RDF.predicate, belongs))
    g.add((e1, RDF.predicate, located))
    st = _Statements(g)
    assert st.value(e1, RDF.predicate) == g.value(e1, RDF.predicate)
    assert st.value(e0, RDF.predicate) == located and st.value(URIRef("urn:none"), RDF.predicate) is None
