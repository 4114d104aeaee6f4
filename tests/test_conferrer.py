"""kg:conferrer: the body that conferred an honour, linked from the evidence of the kg:received
statement beside the kg:conferredBy literal, and drawn as an edge body → honour by the exports,
kg stats and the view (ontology/MODEL.md, "Evidence"). Invented names only."""
from __future__ import annotations

import io
import json
import re

import networkx as nx
import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.graph import entity_iri
from kg.namespaces import KG
from kg.network import export_files, to_networkx
from kg.types import HONOR, ORGANIZATION, PERSON

TEXT = ("标题\n\n旬邑县公安局交警大队民警柯远舟2020年被旬邑县公安局记个人三等功。"
        "江城市公安局巡警支队民警汤若岚被江城市公安局记个人三等功。"
        "江城市公安局局长林望舒授予民警乔木个人一等功。\n")
XUNYI, JIANGCHENG = entity_iri(ORGANIZATION, "旬邑县公安局"), entity_iri(ORGANIZATION, "江城市公安局")
THIRD, FIRST = entity_iri(HONOR, "个人三等功"), entity_iri(HONOR, "个人一等功")


@pytest.fixture(scope="module")
def built():
    from kg.pipeline import run

    return run(text=TEXT, source="c.txt")


def _evidence(g, person: str, honour):
    (s,) = [s for s in g.subjects(KG.received, honour) if str(s).startswith(str(entity_iri(PERSON, person)))]
    (e,) = [e for e in g.subjects(RDF.subject, s) if (e, RDF.predicate, KG.received) in g]
    return e


def test_evidence_links_the_conferring_body_and_keeps_the_literal(built):
    g = built.graph
    for person, body, name in (("柯远舟", XUNYI, "旬邑县公安局"), ("汤若岚", JIANGCHENG, "江城市公安局")):
        e = _evidence(g, person, THIRD)
        assert list(g.objects(e, KG.conferrer)) == [body]
        assert list(g.objects(e, KG.conferredBy)) == [Literal(name)]
        assert (body, RDF.type, KG.Organization) in g


def test_a_person_conferring_has_the_literal_only(built):
    """The range is kg:Organization: a person named as conferrer gets no link, and no node is
    made for the link alone."""
    g = built.graph
    e = _evidence(g, "乔木", FIRST)
    assert list(g.objects(e, KG.conferredBy)) == [Literal("林望舒")]
    assert list(g.objects(e, KG.conferrer)) == []
    assert all((o, RDF.type, KG.Organization) in g for o in g.objects(None, KG.conferrer))
    assert not list(g.subjects(KG.conferrer, entity_iri(ORGANIZATION, "林望舒")))


def test_the_graph_with_links_validates(built):
    from kg.validate import validate

    assert validate(built.graph).conforms


def test_shapes_check_the_range_and_the_statement_qualified(built):
    from kg.validate import validate

    g = built.graph
    bad = type(g)()
    for t in g:
        bad.add(t)
    e = _evidence(g, "柯远舟", THIRD)
    person = next(iter(g.subjects(KG.received, FIRST)))
    bad.add((e, KG.conferrer, person))  # a person
    belongs = next(iter(g.subjects(RDF.predicate, KG.belongsTo)))
    bad.add((belongs, KG.conferrer, XUNYI))  # evidence of another relation
    result = validate(bad)
    assert not result.conforms
    assert "kg:conferrer links a kg:Evidence to a kg:Organization" in result.text
    assert "kg:conferrer is on evidence nodes of kg:received statements only" in result.text


def test_networkx_has_an_edge_per_body_and_honour_and_the_bodies_on_received_edges(built):
    G = to_networkx(built.graph)
    conferred = {(s, t): d for s, t, k, d in G.edges(keys=True, data=True) if k == "conferrer"}
    assert set(conferred) == {(str(XUNYI), str(THIRD)), (str(JIANGCHENG), str(THIRD))}
    assert all(d["evidence"] == 1 and d["articles"] == 1 for d in conferred.values())
    received = {G.nodes[s]["label"]: d for s, t, k, d in G.edges(keys=True, data=True) if k == "received"}
    assert received["柯远舟"]["conferrers"] == str(XUNYI)
    assert received["汤若岚"]["conferrers"] == str(JIANGCHENG)
    assert "conferrers" not in received["乔木"]


def test_graphml_gexf_and_csv_carry_the_conferrer_edge(built):
    import pandas as pd

    G = to_networkx(built.graph)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        (data,) = export_files(G, fmt).values()
        back = read(io.BytesIO(data))
        labels = {n: d["label"] for n, d in back.nodes(data=True)}
        pairs = {(labels[s], labels[t]) for s, t, d in back.edges(data=True)
                 if d.get("predicate") == "conferrer"}
        assert pairs == {("旬邑县公安局", "个人三等功"), ("江城市公安局", "个人三等功")}, fmt
    edges = pd.read_csv(io.BytesIO(export_files(G, "csv")["edges.csv"]), keep_default_na=False)
    assert sorted(edges[edges.predicate == "received"].conferrers) == sorted(["", str(JIANGCHENG), str(XUNYI)])
    rels = pd.read_csv(io.BytesIO(export_files(G, "neo4j")["neo4j-relationships.csv"]), keep_default_na=False)
    assert (rels[":TYPE"] == "conferrer").sum() == 2


def test_stats_count_the_links_and_join_the_bodies_to_the_network(built):
    from kg.stats import graph_stats

    s = graph_stats(built.graph)
    assert s["relations"]["conferrer"] == 2
    # 旬邑县公安局 and 江城市公安局 meet through 个人三等功: one component holds both
    G = to_networkx(built.graph)
    R = nx.Graph((a, b) for a, b, k in G.edges(keys=True) if k != "mentions")
    assert nx.has_path(R, str(XUNYI), str(JIANGCHENG))


def test_view_draws_the_edge_with_its_name_and_evidence(built, tmp_path):
    from kg.view import render_html

    path = tmp_path / "g.html"
    render_html(built.graph, path)
    m = re.search(r'<script type="application/json" id="tupu-data">(.*?)</script>',
                  path.read_text(encoding="utf-8"), re.S)
    data = json.loads(m.group(1))
    rel = next(k for k, r in enumerate(data["relations"]) if r["key"] == "conferrer")
    assert data["relations"][rel]["zh"] == "授予" and data["relations"][rel]["shown"]
    edges = [(data["nodes"][s][0], data["nodes"][t][0], refs) for s, t, r, refs in data["edges"] if r == rel]
    assert sorted((s, t) for s, t, _ in edges) == [("旬邑县公安局", "个人三等功"), ("江城市公安局", "个人三等功")]
    for s, _, refs in edges:
        assert len(refs) == 1 and s in data["evidence"][refs[0]][1]  # the sentence naming the body


def test_picture_draws_and_names_the_edge(built, tmp_path):
    from kg.view import render_image

    path = tmp_path / "g.svg"
    render_image(built.graph, path)
    svg = path.read_text(encoding="utf-8")
    assert "授予" in svg  # the legend lists what is drawn, the conferrer edges among them


def _conferrers(text: str) -> dict[str, set[str]]:
    """Recipient name → the conferredBy literals of its received statements' evidence."""
    from kg.pipeline import run

    g = run(text=text, source="c.txt").graph
    out: dict[str, set[str]] = {}
    for e in g.subjects(RDF.predicate, KG.received):
        out.setdefault(str(g.value(g.value(e, RDF.subject), RDFS.label)), set()).update(str(c) for c in g.objects(e, KG.conferredBy))
    return out


def test_the_body_before_wei_confers_what_it_records():
    # <body>为<recipient>记…: the subject of the 为 phrase confers (only 被<body> gave one before)
    got = _conferrers("标题\n\n青柳省公安厅为江城市公安局东湖派出所民警柯远舟记个人二等功，为江城市公安局交警支队记集体二等功。\n")
    assert got["柯远舟"] == got["江城市公安局交警支队"] == {"青柳省公安厅"}


def test_the_object_of_dui_confers_nothing():
    # 会议对…某某进行了表彰，并授予…: the person of the 对 phrase was read as the conferrer
    got = _conferrers("标题\n\n会议对江城市公安局刑侦大队大队长柯远舟进行了表彰，并授予江城市公安局禁毒支队“全省优秀公安基层单位”称号。\n")
    assert got["江城市公安局禁毒支队"] == set()


def test_a_joint_conferral_keeps_every_body():
    """人力资源社会保障部、公安部授予…: both bodies confer, each as kg:conferredBy (as written) and
    kg:conferrer on an evidence node of its own in the sentence, so a query pairs each name with its
    node (both on one node gave every name with every node, user 7, A4), in the order written
    (passive and active); one body stays one node."""
    from kg.pipeline import run

    g = run(text="标题\n\n西安市公安局雁塔分局民警冯雅楠被人力资源社会保障部、公安部授予“全国优秀人民警察”称号。"
                 "人力资源社会保障部和公安部授予民警柯远舟“全国公安系统二级英雄模范”称号。"
                 "民警汤若岚被公安部授予“全国优秀人民警察”称号。\n", source="j.txt").graph
    pairs = {(Literal("人力资源社会保障部"), entity_iri(ORGANIZATION, "人力资源和社会保障部")),
             (Literal("公安部"), entity_iri(ORGANIZATION, "公安部"))}
    for person, honour in (("冯雅楠", "全国优秀人民警察"), ("柯远舟", "全国公安系统二级英雄模范")):
        (s,) = [s for s in g.subjects(KG.received, entity_iri(HONOR, honour))
                if str(s).startswith(str(entity_iri(PERSON, person)))]
        nodes = [e for e in g.subjects(RDF.subject, s) if (e, RDF.predicate, KG.received) in g]
        assert len(nodes) == 2 and len({g.value(e, KG.sentence) for e in nodes}) == 1, person
        assert {(g.value(e, KG.conferredBy), g.value(e, KG.conferrer)) for e in nodes} == pairs, person
        assert all(len(list(g.objects(e, KG.conferredBy))) == 1 for e in nodes)
    e = _evidence(g, "汤若岚", entity_iri(HONOR, "全国优秀人民警察"))
    assert list(g.objects(e, KG.conferredBy)) == [Literal("公安部")]
    rows = g.query("SELECT DISTINCT ?cb ?c WHERE { ?e kg:conferredBy ?cb . OPTIONAL { ?e kg:conferrer ?c } }")
    assert {(r[0], r[1]) for r in rows} == pairs  # the user's query: no cross product
    from kg.validate import validate
    assert validate(g).conforms


def test_conferred_by_is_the_body_as_written_not_its_full_name():
    """kg:conferredBy is the body's name as the text wrote it; the node (kg:conferrer) has the full
    name as its label and the written one as an altLabel (user 7, A4: 人力资源社会保障部 came out as
    人力资源和社会保障部)."""
    from rdflib.namespace import SKOS

    from kg.pipeline import run

    g = run(text="标题\n\n江城市公安局东湖分局民警柯远舟被人力资源社会保障部授予“全国优秀人民警察”称号。\n",
            source="w.txt").graph
    e = _evidence(g, "柯远舟", entity_iri(HONOR, "全国优秀人民警察"))
    assert list(g.objects(e, KG.conferredBy)) == [Literal("人力资源社会保障部")]
    (body,) = g.objects(e, KG.conferrer)
    assert str(g.value(body, RDFS.label)) == "人力资源和社会保障部"
    assert Literal("人力资源社会保障部", lang="zh") in set(g.objects(body, SKOS.altLabel))
