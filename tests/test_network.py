"""kg.network: the graph as a networkx property graph, and the files written from it
(GraphML, GEXF read back by networkx; CSV by pandas; Neo4j headers; Cytoscape JSON)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner
from rdflib import Literal

import kg
from kg.cli import main
from kg.export import serialize
from kg.namespaces import KG
from kg.network import to_networkx, write_export
from test_export import article_dataset
from test_validate import AGENCY, ARTICLE, CITY, HONOR, MINISTRY, PERSON, PROVINCE, UNIT, good_graph

FILE_FORMATS = {"graphml": "g.graphml", "gexf": "g.gexf", "cytoscape": "g.json"}


@pytest.fixture()
def small():
    g = good_graph()
    g.add((PERSON, KG.position, Literal("支队长", lang="zh")))
    g.add((PERSON, KG.position, Literal("副局长", lang="zh")))
    return g


def test_entities_are_nodes_literals_and_evidence_are_attributes(small):
    G = kg.to_networkx(small)
    assert isinstance(G, nx.MultiDiGraph)
    # no literal, evidence or blank node became a node
    assert set(G.nodes) == {str(n) for n in (ARTICLE, PERSON, AGENCY, UNIT, PROVINCE, CITY, HONOR, MINISTRY)}
    unit = G.nodes[str(UNIT)]
    assert unit["label"] == "杭州市公安局特警支队" and unit["class"] == "Organization"
    assert unit["subclasses"] == "PoliceUnit" and unit["aliases"] == "特警支队" and unit["articles"] == 1
    assert G.nodes[str(PROVINCE)]["adcode"] == "330000" and G.nodes[str(PROVINCE)]["level"] == "province"
    assert G.nodes[str(PERSON)]["positions"] == "副局长;支队长"
    edge = G.get_edge_data(str(UNIT), str(AGENCY))
    assert edge == {"belongsTo": {"predicate": "belongsTo", "evidence": 1, "articles": 1}}
    assert G.get_edge_data(str(ARTICLE), str(PERSON))["mentions"]["evidence"] == 0


def test_a_dataset_is_read_as_the_union_of_its_named_graphs(small):
    assert nx.utils.graphs_equal(to_networkx(article_dataset(small)), to_networkx(small))


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_graphml_gexf_cytoscape_read_back_with_chinese_labels(small, tmp_path, fmt):
    path = tmp_path / FILE_FORMATS[fmt]
    assert write_export(small, fmt, path) == [path]
    if fmt == "cytoscape":
        back = nx.cytoscape_graph(json.loads(path.read_text(encoding="utf-8")), name="label", ident="id")
    else:
        back = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}[fmt](path)
    assert back.number_of_nodes() == 8 and back.number_of_edges() == to_networkx(small).number_of_edges()
    assert back.nodes[str(UNIT)]["label"] == "杭州市公安局特警支队"
    assert back.nodes[str(CITY)]["class"] == "Place"
    assert int(back.nodes[str(UNIT)]["articles"]) == 1


def test_csv_and_neo4j_folders(small, tmp_path):
    write_export(small, "csv", tmp_path / "csv")
    nodes = pd.read_csv(tmp_path / "csv" / "nodes.csv", dtype=str, keep_default_na=False)
    edges = pd.read_csv(tmp_path / "csv" / "edges.csv", keep_default_na=False)
    assert nodes.columns.tolist()[:3] == ["id", "label", "class"]
    assert nodes.set_index("id").loc[str(PROVINCE), "adcode"] == "330000"
    assert set(edges["predicate"]) >= {"belongsTo", "locatedIn", "received", "mentions"}
    written = write_export(small, "neo4j", tmp_path / "neo")
    assert [p.name for p in written] == ["nodes.csv", "relationships.csv"]
    header = (tmp_path / "neo" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("iri:ID,:LABEL,") and "articles:int" in header
    rels = pd.read_csv(tmp_path / "neo" / "relationships.csv")
    assert rels.columns.tolist() == [":START_ID", ":END_ID", ":TYPE", "evidence:int", "articles:int", "conferrers:string[]",
                                     "status", "positions:string[]", "endedPositions:string[]"]
    assert "Organization;PoliceUnit" in (tmp_path / "neo" / "nodes.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", [*FILE_FORMATS, "csv"])
def test_exports_are_byte_identical(small, tmp_path, fmt):
    paths = []
    for run in ("a", "b"):
        target = tmp_path / run / FILE_FORMATS.get(fmt, "csv")
        target.parent.mkdir()
        paths.append(write_export(article_dataset(small) if run == "b" else small, fmt, target))
    assert [p.read_bytes() for p in paths[0]] == [p.read_bytes() for p in paths[1]]


def test_pyvis_network_has_unique_entity_nodes(small):
    net = kg.to_pyvis(small)
    ids = [n["id"] for n in net.nodes]
    assert len(ids) == len(set(ids)) == 8 and len(net.edges) == to_networkx(small).number_of_edges()


def test_cli_export_and_its_errors(small, tmp_path):
    src = tmp_path / "g.ttl"
    serialize(small, src)
    res = CliRunner().invoke(main, ["export", str(src), "--to", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert res.exit_code == 0 and res.output == f"wrote {tmp_path / 'g.graphml'}\n"
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 8
    res = CliRunner().invoke(main, ["export", str(src), "--to", "csv", "-o", str(src)])
    assert res.exit_code == 2 and "is the input graph" in res.output
    assert src.read_bytes().startswith(b"@prefix")
    other = tmp_path / "notes.txt"
    other.write_text("mine", encoding="utf-8")
    res = CliRunner().invoke(main, ["export", str(src), "--to", "csv", "-o", str(other)])
    assert res.exit_code == 2 and "is a file" in res.output and other.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("fmt,second", [("csv", "edges.csv"), ("neo4j", "relationships.csv")])
def test_the_two_csv_files_are_switched_in_as_one_set(small, tmp_path, monkeypatch, fmt, second):
    """A failure between the nodes file and the edges file leaves both old files (never new
    nodes beside old edges), and the user's other files in the folder are left alone."""
    import kg.atomic

    out = tmp_path / "csv"
    write_export(good_graph(), fmt, out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def fail(step):
        if step == f"switch {second}":
            raise OSError(28, "No space left on device")
    monkeypatch.setattr(kg.atomic, "_checkpoint", fail)
    from kg.export import GraphFileError

    with pytest.raises(GraphFileError, match="No space left on device"):
        write_export(small, fmt, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    monkeypatch.setattr(kg.atomic, "_checkpoint", lambda step: None)
    write_export(small, fmt, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine" and len(list(out.iterdir())) == 3


def test_pyvis_draws_parallel_edges_apart(small):
    """The article's reporter and mentions edges to one person are two curves of their own
    (vis-network smooth options, as in the built-in view), not one line drawn twice."""
    net = kg.to_pyvis(small)
    pair = [e for e in net.edges if e["from"] == str(ARTICLE) and e["to"] == str(PERSON)]
    assert len(pair) == 2
    looks = {(e.get("smooth") or {}).get("type", "straight") + str((e.get("smooth") or {}).get("roundness", 0))
             for e in pair}
    assert len(looks) == 2 and "straight0" in looks  # the reporter edge straight, mentions curved
    single = [e for e in net.edges if e["from"] == str(UNIT) and e["to"] == str(AGENCY)]
    assert "smooth" not in single[0]


@pytest.mark.parametrize("fmt,name,message", [
    ("graphml", "g.gexf", "--to graphml writes graphml data, not .gexf; name the file .graphml, or give --to gexf"),
    ("gexf", "g.json", "--to gexf writes gexf data, not .json; name the file .gexf, or give --to cytoscape"),
    ("cytoscape", "g.csv", "--to cytoscape writes cytoscape data, not .csv; name the file .json or .cyjs"),
    ("csv", "g.csv", "--to csv writes a folder (two CSV files), not a .csv file; give a folder name"),
])
def test_an_export_named_for_another_format_is_refused(tmp_path, fmt, name, message):
    """--to graphml -o g.gexf wrote GraphML into g.gexf (exit 0), and --to csv -o g.csv made a folder g.csv."""
    src = tmp_path / "g.ttl"
    src.write_bytes((Path(__file__).resolve().parents[1] / "out" / "graph.ttl").read_bytes())
    res = CliRunner().invoke(main, ["export", str(src), "--to", fmt, "-o", str(tmp_path / name)])
    assert res.exit_code == 2 and res.output == f"error: {tmp_path / name}: {message}\n"
    assert not (tmp_path / name).exists()
