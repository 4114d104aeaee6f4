"""kg stats: counts, components, degree and betweenness (networkx), articles per agency; table, CSV, JSON."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg import stats as stats_module
from kg.cli import main
from kg.stats import format_stats, graph_stats
from test_validate import AGENCY, MINISTRY, PERSON, UNIT, good_graph


def test_figures_of_a_small_graph():
    s = graph_stats(good_graph())
    assert s["classes"]["Organization"] == 3 and s["classes"]["PoliceUnit"] == 2 and s["classes"]["NewsArticle"] == 1
    assert s["relations"]["belongsTo"] == 2 and s["relations"]["position"] == 1 and s["evidence"] == 7
    # person–unit–agency–city–province with the honour on the unit; the ministry alone
    assert s["components"] == {"count": 2, "largest": [6, 1], "isolated": 1}
    orgs = [(r["iri"], r["degree"], r["betweenness"]) for r in s["organizations"]]
    assert orgs == [(str(UNIT), 3, round(7 * 2 / 30, 6)), (str(AGENCY), 2, round(6 * 2 / 30, 6)), (str(MINISTRY), 0, 0.0)]
    assert [(r["iri"], r["degree"], r["articles"]) for r in s["persons"]] == [(str(PERSON), 1, 1)]
    # the agency's unit counts toward its articles; the ministry belongs to nothing and is an agency too
    assert [(r["label"], r["articles"], r["units"]) for r in s["agencies"]] == [("杭州市公安局", 1, 1), ("公安部", 0, 0)]


def test_top_limits_the_ranked_lists():
    s = graph_stats(good_graph(), top=1)
    assert len(s["organizations"]) == 1 and len(s["agencies"]) == 2
    with pytest.raises(ValueError, match="top must be 0 or more"):
        graph_stats(good_graph(), top=-1)


def test_formats_read_back_and_are_deterministic(sample_graph):
    s = graph_stats(sample_graph)
    assert json.loads(format_stats(s, "json")) == s
    df = pd.read_csv(io.StringIO(format_stats(s, "csv")))
    assert list(df.columns) == ["section", "key", "label", "metric", "value"]
    persons = df[(df.section == "persons") & (df.metric == "degree")]
    assert len(persons) == 10 and persons.value.is_monotonic_decreasing
    table = format_stats(s, "table")
    assert "most connected organizations" in table and "格尔木市公安局刑警支队" in table
    assert format_stats(graph_stats(sample_graph), "csv") == format_stats(s, "csv")
    with pytest.raises(ValueError, match="unknown stats format"):
        format_stats(s, "xml")


def test_sampled_betweenness_is_deterministic(sample_graph, monkeypatch):
    monkeypatch.setattr(stats_module, "EXACT_BETWEENNESS", 20)
    assert graph_stats(sample_graph) == graph_stats(sample_graph)


def test_empty_graph_has_no_figures():
    s = graph_stats(Graph())
    assert s["components"] == {"count": 0, "largest": [], "isolated": 0} and s["agencies"] == []
    assert "0 components, largest –" in format_stats(s)


def test_cli(sample_ttl, tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["stats", str(sample_ttl), "--format", "json", "--top", "3"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["persons"]) == 3
    res = runner.invoke(main, ["stats", str(tmp_path / "missing.ttl")])
    assert res.exit_code == 2 and res.stderr.startswith("error: ") and len(res.stderr.splitlines()) == 1


def test_a_conferrer_counts_once_per_body_and_honour(tmp_path):
    """An honour read from a headline and from the sentence naming the body has two evidence nodes,
    each with kg:conferrer (the statement's qualifier): the build summary, the in-memory summary
    and kg stats count one conferrer (body → honour, the edge of the exports), as they count one
    received statement (before: one per evidence node, 80 for 40 such articles)."""
    from kg.graph import build_rdf
    from kg.pipeline import build, run

    src = tmp_path / "a.txt"
    src.write_text("江城市公安局青柳分局荣获全国优秀公安基层单位\n\n本报讯 近日，公安部授予江西省江城市公安局青柳分局"
                   "“全国优秀公安基层单位”称号。\n", encoding="utf-8")
    result = build([src], tmp_path / "out", html=False)
    assert result.summary()["relations"]["conferrer"] == 1
    assert result.summary()["relations"]["received"] == 1
    in_memory = run([src])
    in_memory.graph = build_rdf(in_memory.resolution)
    assert in_memory.summary()["relations"]["conferrer"] == 1
    assert graph_stats(Graph().parse(tmp_path / "out" / "graph.ttl"))["relations"]["conferrer"] == 1
