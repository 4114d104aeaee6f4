"""What a new user met on first use (findings of a README-only trial): misleading or missing
messages of kg query, kg build, kg view and kg validate, the --append store line, the export's
article counts, and a query result that could not be iterated."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.query import QuerySyntaxError, run_query

ARTICLES = {"a.txt": "巡逻记\n\n湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。\n",
            "b.txt": "巡回审判\n\n福建省安溪县人民法院审判员柏川屿带领合议庭进村开庭。\n",
            "c.txt": "夜市见闻\n\n福建省安溪县公安局民警林晓峰在夜市巡逻。\n"}
#: A graph file with one entity, a name with half-width digits, and nothing else.
ONE_NODE = """@prefix kg: <https://w3id.org/tupu/ontology#> .
@prefix kgid: <https://w3id.org/tupu/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kgid:org-110指挥中心 a kg:Organization ; rdfs:label "110指挥中心"@zh .
"""


def _kg(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[Path, Path]:
    """The bundled page built with a store: (store folder, graph.ttl)."""
    tmp = tmp_path_factory.mktemp("first-use")
    res = _kg("build", "-q", "--no-html", "-o", str(tmp / "out"), "--store", str(tmp / "s"))
    assert res.exit_code == 0, res.output
    return tmp / "s", tmp / "out" / "graph.ttl"


# ---------------------------------------------------------------------------- kg query


def test_a_query_given_without_its_graph_says_the_graph_is_missing():
    res = _kg("query", "SELECT * WHERE {?s ?p ?o} LIMIT 1")
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.startswith("error: no graph file given: 'SELECT * WHERE {?s ?p ?o} LIMIT 1' is a query, not a "
                                 "graph file"), res.stderr
    assert len(res.stderr.splitlines()) == 1


@pytest.mark.parametrize("query,said", [
    ("SELECT ?x WHERE { ?x rdfs:label ?l  ", "line 1, column 37: unexpected end of the query (a '{' is not closed: "
                                             "expected '}')"),
    ("SELECT ?x WHERE { ?x rdfs:label ?l } }", "line 1, column 38: unexpected '}' (a '}' that closes nothing)"),
    ('SELECT ?x WHERE { ?x rdfs:label ?l FILTER(?l = "a" }', "('}' where ')' is expected)"),
    ("SELEC ?x WHERE { ?x ?p ?o }", "line 1, column 1: expected SELECT, CONSTRUCT, DESCRIBE or ASK, found 'SELEC'"),
    ('SELECT ?x WHERE { ?x rdfs:label "a} }', "(a string is not closed: expected its closing quote)"),
])
def test_a_syntax_error_says_what_is_missing_on_one_line(store, query, said):
    """"Expected SelectQuery, found end of text" named a grammar rule, not the missing '}'."""
    with pytest.raises(QuerySyntaxError) as info:
        run_query(Graph(), query)
    message = str(info.value)
    assert message.startswith("SPARQL syntax error at ") and said in message and "\n" not in message, message
    assert "SelectQuery" not in message
    for source in store:  # the command line, on a graph file and on a store
        res = _kg("query", str(source), query)
        assert res.exit_code == 2 and res.stderr == f"error: {message}\n", res.stderr


def test_a_name_that_is_only_an_alternative_label_gets_a_hint(store):
    query = 'SELECT ?h WHERE { ?u rdfs:label "格尔木市公安局刑警支队反诈中心"@zh ; kg:received ?h }'
    hint = ('hint: "格尔木市公安局刑警支队反诈中心" is a skos:altLabel of kgid:org-格尔木市公安局刑警支队反电信网络诈骗中心, '
            'whose rdfs:label is "格尔木市公安局刑警支队反电信网络诈骗中心"@zh (match rdfs:label|skos:altLabel to find either)\n')
    for source in store:
        res = _kg("query", str(source), query)
        assert res.exit_code == 0 and res.stdout == "h\n-\n", res.output
        assert res.stderr == hint, (source, res.stderr)
    # untagged: the @zh hint, then this one
    res = _kg("query", str(store[1]), query.replace('中心"@zh', '中心"'))
    assert res.stderr == 'hint: labels are tagged @zh: write "格尔木市公安局刑警支队反诈中心"@zh\n' + hint, res.stderr
    # a name that is a label gives none, nor does one no node has
    for name in ("格尔木市公安局", "无此单位"):
        res = _kg("query", str(store[1]), f'SELECT ?u WHERE {{ ?u rdfs:label "{name}"@zh ; kg:received kgid:honor-无 }}')
        assert res.exit_code == 0 and res.stderr == "", res.stderr


def test_a_name_in_a_folded_form_gets_the_graphs_form(tmp_path):
    (tmp_path / "g.ttl").write_text(ONE_NODE, encoding="utf-8")
    res = _kg("query", str(tmp_path / "g.ttl"), 'SELECT ?u WHERE { ?u rdfs:label "１１０指挥中心"@zh }')
    assert res.exit_code == 0 and res.stdout == "u\n-\n"
    assert res.stderr == ('hint: "１１０指挥中心" is written "110指挥中心"@zh in the graph (match rdfs:label|skos:altLabel '
                          'to find either)\n'), res.stderr


def test_a_saved_querys_parameter_that_matches_nothing_is_named(store, tmp_path):
    _, ttl = store
    res = _kg("query", str(ttl), "--saved", "units_and_honours", "--param", "agency=不存在局")
    assert res.exit_code == 0 and res.stdout == "unit  honour  year\n----  ------  ----\n"
    assert res.stderr == "note: --param agency=不存在局 matches no rdfs:label or skos:altLabel in the graph\n"
    res = _kg("query", str(ttl), "--saved", "officers_in_province", "--param", "province=西藏")
    assert res.stderr == ("note: --param province=西藏 (read as 西藏自治区) matches no rdfs:label or skos:altLabel "
                          "in the graph\n"), res.stderr
    # the default, on a graph that is not the bundled page's
    (tmp_path / "g.ttl").write_text(ONE_NODE, encoding="utf-8")
    res = _kg("query", str(tmp_path / "g.ttl"), "--saved", "units_and_honours")
    assert res.exit_code == 0 and res.stderr == (
        "note: --param agency=格尔木市公安局 (the default of --saved units_and_honours; give --param agency=NAME) "
        "matches no rdfs:label or skos:altLabel in the graph\n"), res.stderr
    # found: no note
    res = _kg("query", str(ttl), "--saved", "units_and_honours")
    assert res.exit_code == 0 and res.stderr == "" and "格尔木市公安局" in res.stdout


def test_a_query_result_iterates_over_its_rows(sample_graph):
    result = run_query(sample_graph, "SELECT ?n WHERE { ?h a kg:Honor ; rdfs:label ?n } ORDER BY ?n")
    assert list(result) == result.rows == [("全国优秀公安基层单位",), ("集体一等功",)]
    assert [name for name, in result] == ["全国优秀公安基层单位", "集体一等功"]
    assert list(run_query(sample_graph, "ASK { ?h a kg:Honor }")) == []


# ---------------------------------------------------------------------------- kg build


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_append_line_counts_article_graphs_and_says_the_entities_graph_apart(tmp_path):
    """Appending one new article said "3 kept, 1 replaced, 1 added": the replaced one was the
    entities' graph, not an article."""
    pytest.importorskip("pyoxigraph")
    folder = _articles(tmp_path)
    common = ["--no-html", "-o", str(tmp_path / "out"), "--append"]
    res = _kg("build", str(folder / "a.txt"), str(folder / "b.txt"), *common)
    assert res.exit_code == 0, res.output
    assert "article graphs 0 kept, 0 replaced, 0 updated, 2 added, 0 removed; entities graph added\n" in res.stdout, res.stdout
    res = _kg("build", str(folder / "a.txt"), str(folder / "b.txt"), str(folder / "c.txt"), *common)
    assert "article graphs 2 kept, 0 replaced, 0 updated, 1 added, 0 removed; entities graph replaced\n" in res.stdout, res.stdout
    res = _kg("build", str(folder / "c.txt"), *common)
    assert "article graphs 3 kept, 0 replaced, 0 updated, 0 added, 0 removed; entities graph kept\n" in res.stdout, res.stdout


def test_quiet_prints_the_files_written_not_the_counts(tmp_path):
    res = _kg("build", "-q", "--no-html", "-o", str(tmp_path / "out"))
    assert res.exit_code == 0, res.output
    assert res.stdout == f"wrote {tmp_path / 'out' / 'graph.ttl'}\n", res.stdout
    res = _kg("build", "--no-html", "-o", str(tmp_path / "out"))
    assert res.stdout.startswith("articles: 8 read") and res.stdout.endswith("graph.ttl\n"), res.stdout


def test_a_build_without_o_names_the_default_folder_it_writes(tmp_path, monkeypatch):
    folder = _articles(tmp_path)
    monkeypatch.chdir(tmp_path)
    res = _kg("build", "--no-html", str(folder / "a.txt"))
    assert res.exit_code == 0, res.output
    assert res.stderr.startswith("note: no -o given: writing to out/, the default folder"), res.stderr
    assert len(res.stderr.splitlines()) == 1 and (tmp_path / "out" / "graph.ttl").is_file()
    res = _kg("build", "--no-html", "-q", str(folder / "a.txt"))  # quiet: still the one note (the committed graph
    assert res.exit_code == 0 and res.stderr.startswith("note: no -o given"), res.stderr  # is being overwritten)
    res = _kg("build", "--no-html", "-o", "out", str(folder / "a.txt"))  # -o given: no note
    assert res.exit_code == 0 and res.stderr == "", res.stderr


# ---------------------------------------------------------------------------- view, validate, export


def test_view_counts_one_node_in_the_singular(tmp_path):
    (tmp_path / "g.ttl").write_text(ONE_NODE, encoding="utf-8")
    res = _kg("view", "-q", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "g.svg"))
    assert res.exit_code == 0, res.output
    assert res.stdout == f"wrote {tmp_path / 'g.svg'} (1 node, 0 edges, 0 left out)\n"


def test_validate_shows_the_statements_subject_as_focus_in_the_compact_form(sample_ttl, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(sample_ttl.read_text(encoding="utf-8")
                   + "\n<https://w3id.org/tupu/id/person-乙> kg:belongsTo kgid:org-台州市公安局 .\n"
                   + "<https://w3id.org/tupu/id/person-乙> a kg:Person ; rdfs:label \"乙\"@zh .\n", encoding="utf-8")
    res = _kg("validate", "-q", str(bad))
    assert res.exit_code == 1
    assert "shapes#graph" not in res.stdout and "<https://w3id.org/tupu/id/" not in res.stdout, res.stdout
    assert ("\tFocus Node: kgid:person-乙\n\tResult Path: kg:belongsTo\n\tValue Node: kgid:org-台州市公安局\n"
            "\tMessage: no kg:Evidence node for the statement kgid:person-乙 kg:belongsTo kgid:org-台州市公安局") \
        in res.stdout, res.stdout


def test_csv_export_counts_the_article_of_a_mentions_edge(sample_ttl, tmp_path):
    res = _kg("export", str(sample_ttl), "--to", "csv", "-o", str(tmp_path / "csv"))
    assert res.exit_code == 0, res.output
    with open(tmp_path / "csv" / "edges.csv", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    mentions = [e for e in edges if e["predicate"] == "mentions"]
    assert mentions and all((e["evidence"], e["articles"]) == ("0", "1") for e in mentions)
    assert all(int(e["articles"]) >= 1 for e in edges if e["predicate"] != "mentions")
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8") as fh:
        articles = [n for n in csv.DictReader(fh) if n["class"] == "NewsArticle"]
    assert len(articles) == 8 and all(n["articles"] == "1" for n in articles)
