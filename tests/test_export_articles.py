"""Article nodes of the property-graph exports carry where the article comes from (a new user's
finding, user 8, 6): its ``dcterms:date``, ``schema:url``, ``dcterms:source`` and
``kg:sourceFile``, so Gephi can filter by time and Neo4j link a node back to its web page."""
from __future__ import annotations

import json

import networkx as nx
import pandas as pd
from click.testing import CliRunner

from kg.cli import main

RECORD = {"id": "jc-2026-1101", "title": "江城市公安局召开年度总结会议", "date": "2026-11-01",
          "url": "https://news.example.cn/jc/2026/1101.html", "source": "江城日报",
          "text": "江城市公安局召开年度总结会议。江城市公安局局长柯远舟出席会议并讲话。\n通讯员 林晓岚"}
ARTICLE = "https://w3id.org/tupu/id/article-jc-2026-1101"
WHERE = {"date": "2026-11-01", "url": RECORD["url"], "source": "江城日报", "file": "w45.jsonl"}


def _built(tmp_path):
    src = tmp_path / "w45.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--no-html", "-q", "--format", "gexf",
                                    "--format", "graphml", "--format", "neo4j", "--format", "csv"])
    assert res.exit_code == 0, res.output
    return out


def test_article_nodes_of_gexf_graphml_neo4j_and_csv_carry_date_url_source_and_file(tmp_path):
    out = _built(tmp_path)
    for G in (nx.read_gexf(out / "graph.gexf"), nx.read_graphml(out / "graph.graphml")):
        article = G.nodes[ARTICLE]
        assert {k: article.get(k) for k in WHERE} == WHERE
        person = next(n for n, a in G.nodes(data=True) if a.get("label") == "柯远舟")
        assert not set(WHERE) & set(G.nodes[person])  # (only articles have them)
    nodes = pd.read_csv(out / "neo4j-nodes.csv", dtype=str, keep_default_na=False).set_index("iri:ID")
    assert nodes.columns.tolist()[-4:] == ["date:date", "url", "source:string[]", "file"]
    assert nodes.loc[ARTICLE, ["date:date", "url", "source:string[]", "file"]].tolist() == list(WHERE.values())
    table = pd.read_csv(out / "nodes.csv", dtype=str, keep_default_na=False).set_index("id")
    assert table.loc[ARTICLE, list(WHERE)].tolist() == list(WHERE.values())
