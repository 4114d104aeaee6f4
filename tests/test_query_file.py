"""A graph file opened for queries (:mod:`kg.graphfile`) is loaded into an in-memory Oxigraph store
and answered by the store's query code: the triples rdflib reads from every format, the rows
rdflib gives for every saved query and the README's queries, the same refusals, limits and
messages; a file Oxigraph cannot read is parsed by rdflib as before."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

pytest.importorskip("pyoxigraph")

from kg.export import GraphFileError, load_graph, serialize, union_triples  # noqa: E402
from kg.graphfile import GraphFile, open_graph_file, query_source  # noqa: E402
from kg.query import (NO_NAMED_GRAPHS, QueryLimitError, QueryRefusedError, QuerySyntaxError, run_query,  # noqa: E402
                      saved_queries, saved_template)
from kg.store import from_ox  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "out" / "graph.ttl"
README = (ROOT / "README.md").read_text(encoding="utf-8") + "\n" + (ROOT / "docs" / "manual.md").read_text(encoding="utf-8")
#: A narrower binding of each saved query's parameter, besides its default (the user's two slow ones).
NARROWER = {"evidence": {"relation": "received"}, "people_posts": {"name": "马宇斌"},
            "units_and_honours": {"agency": "台州市公安局"}, "officers_in_province": {"province": "浙江"}}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The bundled page's graph in every format :func:`kg.export.load_graph` reads; in TriG spread
    over three named graphs, some triples in two of them and some in the default graph."""
    from rdflib import Dataset

    from kg.namespaces import mint

    tmp = tmp_path_factory.mktemp("qfile")
    out = {"turtle": tmp / "graph.ttl"}
    shutil.copy(SAMPLE, out["turtle"])
    graph = load_graph(SAMPLE)
    for fmt, name in (("nt", "graph.nt"), ("jsonld", "graph.jsonld"), ("xml", "graph.rdf")):
        out[fmt] = serialize(graph, tmp / name, fmt)
    dataset = Dataset()
    for i, triple in enumerate(sorted(graph)):
        dataset.graph(mint("article", f"page-{i % 3 + 1}")).add(triple)
        if i % 10 == 0:
            dataset.graph(mint("article", f"page-{(i + 1) % 3 + 1}")).add(triple)
        if i % 50 == 0:
            dataset.default_graph.add(triple)
    out["trig"] = serialize(dataset, tmp / "graph.trig", "trig")
    return out


def _triples(source) -> set:
    from pyoxigraph import DefaultGraph

    return {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
            for q in source.store.quads_for_pattern(None, None, None, DefaultGraph())}


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "xml", "trig"])
def test_every_format_is_loaded_into_oxigraph_with_the_triples_rdflib_reads(files, fmt):
    source = open_graph_file(files[fmt])
    assert isinstance(source, GraphFile) and source.named_graphs == (fmt == "trig")
    rdflib_triples = set(union_triples(load_graph(files[fmt])))
    assert _triples(source) == rdflib_triples and len(source) == len(rdflib_triples) > 2000


def _concat_sorted(value):
    """A value joined by 、 with its parts sorted: the order inside a GROUP_CONCAT is the engine's."""
    return value if value is None else "、".join(sorted(str(value).split("、")))


def _term_key(term) -> tuple:
    """A term as (kind, value with concatenations sorted, language, datatype): what the W3C formats write."""
    if term is None:
        return ("unbound",)
    if isinstance(term, Literal):
        return ("literal", _concat_sorted(term), term.language, term.datatype and str(term.datatype))
    return (type(term).__name__, str(term))


def _same(theirs, ours, ordered: bool) -> None:
    """Oxigraph's result ``theirs`` is rdflib's ``ours``: columns, rows and terms (language tags and
    datatypes included); in the same order when the query orders every row."""
    assert theirs.kind == ours.kind and theirs.vars == ours.vars
    a = [tuple(map(_term_key, row)) for row in theirs.terms]
    b = [tuple(map(_term_key, row)) for row in ours.terms]
    assert a == b if ordered else sorted(a) == sorted(b)
    assert sorted(tuple(map(_concat_sorted, r)) for r in theirs.rows) == \
        sorted(tuple(map(_concat_sorted, r)) for r in ours.rows)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_gives_rdflibs_rows_on_the_sample_graph(name):
    graph, source = load_graph(SAMPLE), open_graph_file(SAMPLE)
    template = saved_template(name)
    for params in (template.bindings(), template.bindings(NARROWER[name])):
        ours = run_query(graph, template.text, params)
        theirs = query_source(source, template.text, params, timeout=60, max_rows=100_000)
        assert ours.rows or name == "units_and_honours", (name, params)
        _same(theirs, ours, ordered=name not in ("people_posts", "officers_in_province"))
        # ORDER BY orders every row (the keys differ on each); only the order inside GROUP_CONCAT differs
        assert [r[:1] for r in theirs.rows] == [r[:1] for r in ours.rows]


def test_readme_queries_give_rdflibs_rows_in_order():
    import re

    queries = re.findall(r"```sparql\n(.*?)```", README, flags=re.S)
    assert len(queries) == 6
    graph, source = load_graph(SAMPLE), open_graph_file(SAMPLE)
    for query in queries:
        ours, theirs = run_query(graph, query), query_source(source, query, timeout=60, max_rows=100_000)
        assert ours.rows, query
        _same(theirs, ours, ordered="ORDER BY" in query)


def test_trig_named_graphs_and_their_union(files):
    dataset, source = load_graph(files["trig"]), open_graph_file(files["trig"])
    for query in ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                  "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",  # the union, each triple once
                  "SELECT ?g ?a WHERE { GRAPH ?g { ?a a kg:NewsArticle } } ORDER BY ?g ?a"):
        ours, theirs = run_query(dataset, query), query_source(source, query, timeout=60, max_rows=None)
        assert ours.rows and theirs.rows == ours.rows, query


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "xml"])
def test_graph_patterns_on_a_file_of_triples_are_refused_as_rdflib_refused_them(files, fmt):
    source = open_graph_file(files[fmt])
    for query in ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                  "ASK { ?s ?p ?o FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }"):
        with pytest.raises(QueryRefusedError) as info:
            query_source(source, query, timeout=60, max_rows=None)
        assert str(info.value) == NO_NAMED_GRAPHS
    with pytest.raises(QueryRefusedError, match="^GRAPH patterns need named graphs"):
        run_query(load_graph(files[fmt]), "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")


@pytest.mark.parametrize("query,error,message", [
    ("SELECT * WHERE { ?s ?p ?o }", QueryLimitError, "more than 5 rows"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }", QueryRefusedError, "SERVICE is not allowed"),
    ("SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }", QueryRefusedError, "FROM is not allowed"),
    ("LOAD <http://127.0.0.1:9/g>", QuerySyntaxError, "updates"),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", QuerySyntaxError, "updates"),
    ("SELECT ?x WHERE { ?x a ex:Person }", QuerySyntaxError, "unknown prefix ex:"),
    ("SELEC ?x WHERE { ?x ?y ?z }", QuerySyntaxError, "SPARQL syntax error at line 1, column 1"),
])
def test_refusals_limits_and_messages_are_rdflibs(query, error, message):
    graph, source = load_graph(SAMPLE), open_graph_file(SAMPLE)
    raised = []
    for run in (lambda: run_query(graph, query, max_rows=5), lambda: query_source(source, query, timeout=60, max_rows=5)):
        with pytest.raises(error, match=message) as info:
            run()
        raised.append(str(info.value))
    assert raised[0] == raised[1]
    assert len(source) == len(graph)  # nothing was added


def test_construct_describe_and_ask_give_rdflibs_triples():
    graph, source = load_graph(SAMPLE), open_graph_file(SAMPLE)
    construct = "CONSTRUCT { ?u kg:received ?h } WHERE { ?u kg:received ?h }"
    ours, theirs = run_query(graph, construct), query_source(source, construct, timeout=60, max_rows=None)
    assert theirs.rows == ours.rows and len(theirs.graph) == len(ours.graph) > 0
    ask = 'ASK { ?u rdfs:label "格尔木市公安局"@zh }'
    assert query_source(source, ask, timeout=60, max_rows=None).boolean is run_query(graph, ask).boolean is True


def test_a_file_oxigraph_refuses_is_read_by_rdflib(tmp_path):
    """rdflib reads an IRI with a space (with a warning) where Oxigraph refuses the file: the file
    is then parsed and queried by rdflib, as before."""
    path = tmp_path / "g.ttl"
    path.write_text('<http://a.example/s> <http://www.w3.org/2000/01/rdf-schema#label> "x"@zh ;\n'
                    '    <http://a.example/p> <http://a.example/b c> .\n', encoding="utf-8")
    source = open_graph_file(path)
    assert isinstance(source, Graph)
    rows = query_source(source, "SELECT ?o WHERE { ?s <http://a.example/p> ?o }", timeout=60, max_rows=None).rows
    assert rows == [("http://a.example/b c",)]


@pytest.mark.parametrize("text", ["<http://a.example/s> <http://a.example/p> <http://a.example/o> ",
                                  "<http://a.example/s> <http://a.example/p> ."])
def test_a_file_neither_reads_gives_load_graphs_error(tmp_path, text):
    path = tmp_path / "bad.ttl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GraphFileError) as ours:
        load_graph(path)
    with pytest.raises(GraphFileError) as theirs:
        open_graph_file(path)
    assert str(theirs.value) == str(ours.value) and str(path) in str(ours.value)


def test_missing_and_refused_files_give_load_graphs_errors(tmp_path):
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "http://127.0.0.1:9/ctx", "@id": "http://a.example/s"}', encoding="utf-8")
    for path in (tmp_path / "nothing.ttl", tmp_path / "g.unknown", remote):
        if path.suffix == ".unknown":
            path.write_text("", encoding="utf-8")
        with pytest.raises(GraphFileError) as ours:
            load_graph(path)
        with pytest.raises(GraphFileError) as theirs:
            open_graph_file(path)
        assert str(theirs.value) == str(ours.value)


def test_a_bom_and_relative_iris_read_as_rdflib_reads_them(tmp_path):
    path = tmp_path / "rel.ttl"
    path.write_bytes(b"\xef\xbb\xbf<s> <p> <#o> .\n")
    source = open_graph_file(path)
    assert isinstance(source, GraphFile)
    assert _triples(source) == set(load_graph(path)) == {
        (URIRef(path.resolve().as_uri()[:-len("rel.ttl")] + "s"), URIRef(path.resolve().as_uri()[:-len("rel.ttl")] + "p"),
         URIRef(path.resolve().as_uri() + "#o"))}


# ---------------------------------------------------------------------------- kg query, kg serve, kg.workers


def _kg(*args: str):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, ["query", *args])


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_kg_query_prints_what_rdflib_printed(fmt):
    """The saved queries whose rows ORDER BY fixes whole, as rdflib's result printed them, byte for byte."""
    from kg.query import format_result

    graph = load_graph(SAMPLE)
    for name, params in (("evidence", {"relation": "received"}), ("units_and_honours", {})):
        template = saved_template(name)
        expected = format_result(run_query(graph, template.text, template.bindings(params)), fmt)
        args = [a for k, v in params.items() for a in ("--param", f"{k}={v}")]
        res = _kg(str(SAMPLE), "--saved", name, *args, "--format", fmt)
        assert res.exit_code == 0, res.output
        assert res.stdout.replace("\r\n", "\n") == expected.replace("\r\n", "\n")  # (CliRunner's line ends)


def test_kg_query_on_a_graph_file_answers_what_rdflib_stopped_on():
    """rdflib stops where GROUP_CONCAT(DISTINCT …) meets an unbound value; Oxigraph answers, on a file
    as on a store."""
    from kg.query import QueryEvaluationError

    query = ('SELECT ?u (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?alts) WHERE { ?u rdfs:label "台州市公安局"@zh '
             'OPTIONAL { ?u kg:nothing ?alt } } GROUP BY ?u')
    with pytest.raises(QueryEvaluationError):
        run_query(load_graph(SAMPLE), query)
    res = _kg(str(SAMPLE), query, "--format", "csv")
    assert res.exit_code == 0 and res.stdout.splitlines() == ["u,alts", "https://w3id.org/tupu/id/org-台州市公安局,"], \
        res.output


def test_kg_query_on_a_trig_file_names_its_graphs_and_refuses_graph_on_turtle(files):
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a kg:NewsArticle } } GROUP BY ?g ORDER BY ?g"
    res = _kg(str(files["trig"]), query, "--format", "csv")
    assert res.exit_code == 0 and [line.split(",")[0] for line in res.stdout.splitlines()] == \
        ["g"] + [f"https://w3id.org/tupu/id/article-page-{i}" for i in (1, 2, 3)], res.output
    res = _kg(str(files["turtle"]), query)
    assert res.exit_code == 2 and res.output == f"error: {NO_NAMED_GRAPHS}\n"


def test_the_python_api_answers_a_graph_file_with_oxigraph_in_a_worker(monkeypatch):
    from kg.workers import open_source, query_in_worker

    monkeypatch.setattr("kg.query.run_query", lambda *a, **k: pytest.fail("rdflib answered"))
    answer = open_source(SAMPLE)
    assert answer("ASK { ?s a kg:Person }", None, 10, None).boolean is True
    template = saved_template("units_and_honours")
    rows = query_in_worker(SAMPLE, template.text, template.bindings(), timeout=60, max_rows=None).rows
    assert rows == answer(template.text, template.bindings(), 10, None).rows and rows
