"""``kg query STORE`` asks the store itself (Oxigraph): ``GRAPH`` patterns see each article's
named graph, default-graph queries give the rows the graph file gives, parameters are bound
the same way, and every guarantee of ``kg query`` holds (no FROM, SERVICE or LOAD, no network,
time and row limits, the same output formats)."""
from __future__ import annotations

import io
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.query import Result

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402
from kg.export import load_graph  # noqa: E402
from kg.query import PARAM_FUNCTION, QuerySyntaxError, bind_text, run_query, saved_queries, saved_template  # noqa: E402
from kg.store import open_read_only, query_store  # noqa: E402

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8") + "\n" + (Path(__file__).parent.parent / "docs" / "manual.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The bundled page built into a store, and its graph.ttl."""
    tmp = tmp_path_factory.mktemp("qstore")
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", "-o", str(tmp / "out"), "--store", str(tmp / "s")])
    assert res.exit_code == 0, res.output
    return tmp / "s", tmp / "out" / "graph.ttl"


def _kg(*args: str):
    return CliRunner().invoke(main, ["query", *args])


def _sorted_concat(rows):
    """Rows with each value joined by 、 sorted inside: the order inside GROUP_CONCAT is the engine's."""
    return sorted(tuple(None if v is None else "、".join(sorted(v.split("、"))) for v in row) for row in rows)


def test_graph_patterns_name_each_articles_graph(built):
    store, _ = built
    res = _kg(str(store), "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a kg:NewsArticle } } GROUP BY ?g ORDER BY ?g",
              "--format", "csv")
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == "g,n" and len(lines) == 1 + 8  # one named graph per article of the page, each holding its node
    assert all(line.split(",")[0].startswith("https://w3id.org/tupu/id/article-") and line.endswith(",1")
               for line in lines[1:]), lines
    # a statement and its evidence live in the graph of the article they were read in
    res = _kg(str(store), "SELECT ?g WHERE { GRAPH ?g { ?e rdf:predicate kg:received ; kg:sentence ?s . "
                          "?g a kg:NewsArticle } } LIMIT 1")
    assert res.exit_code == 0 and "article-" in res.output, res.output


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_queries_give_the_graph_files_rows_with_and_without_parameters(built, name):
    store, ttl = built
    graph, ox = load_graph(ttl), open_read_only(store)
    template = saved_template(name)
    narrower = {"evidence": {"relation": "received"}, "people_posts": {"name": "马宇斌"},
                "units_and_honours": {"agency": "格尔木市公安局刑警支队"}, "officers_in_province": {"province": "江苏省"}}
    for params in (template.bindings(), template.bindings(narrower[name])):
        ours, theirs = run_query(graph, template.text, params), query_store(ox, template.text, params)
        assert ours.vars == theirs.vars and ours.rows, (name, params)
        assert _sorted_concat(theirs.rows) == _sorted_concat(ours.rows), (name, params)
        # and the same terms: a GROUP_CONCAT of @zh names was tagged @zh by Oxigraph, plain by rdflib
        assert _kinds(theirs) == _kinds(ours), (name, params)


def _kinds(result) -> list[set]:
    """Each column's kinds of term: (type, language tag, datatype)."""
    return [{(type(t).__name__, getattr(t, "language", None), getattr(t, "datatype", None)) for t in column}
            for column in zip(*result.terms)]


QUERIES = [q for q, _ in re.findall(r"```sparql\n(.*?)```\n```\n(.*?)```", README, flags=re.S)]


@pytest.mark.parametrize("fmt", ["table", "json", "xml", "csv", "tsv"])
def test_readme_queries_print_the_same_bytes_from_the_store(built, fmt):
    store, ttl = built
    assert len(QUERIES) == 6
    for query in QUERIES:
        a, b = _kg(str(ttl), query, "--format", fmt), _kg(str(store), query, "--format", fmt)
        assert a.exit_code == b.exit_code == 0, b.output
        assert a.stdout == b.stdout, query
    if fmt == "json":
        doc = json.loads(b.stdout)
        assert set(doc) == {"head", "results"} and doc["results"]["bindings"]
        assert Result.parse(io.BytesIO(b.stdout.encode()), format="json").vars


@pytest.mark.parametrize("query,line", [
    ("SELECT ?n WHERE { ?u foaf:name ?n }", "n\n-\n"),
    ("SELECT ?c WHERE { ?c a owl:Class }", "c\n-\n"),
    ("SELECT ?n WHERE { ?u ex:name ?n }", "error: unknown prefix ex: in the query (declare it with PREFIX ex: <…>)\n"),
    ("SELECT ?n WHERE { ?u dc:title ?n }", "error: unknown prefix dc: in the query (declare it with PREFIX dc: <…>)\n"),
])
def test_prefixes_are_the_same_on_a_graph_file_and_a_store(built, query, line):
    """foaf: and owl: ran on graph.ttl (rdflib's default bindings) and failed on a store with a cut
    Oxigraph message that never named the prefix."""
    store, ttl = built
    a, b = _kg(str(ttl), query), _kg(str(store), query)
    assert (a.exit_code, a.output) == (b.exit_code, b.output) == (2 if "error" in line else 0, line)


@pytest.mark.parametrize("query,hint", [
    ('SELECT ?u WHERE { ?u rdfs:label "格尔木市公安局" }', '格尔木市公安局'),
    ('ASK { ?u rdfs:label "格尔木市公安局" ; kg:locatedIn ?p }', '格尔木市公安局'),
    ('SELECT ?u WHERE { ?u rdfs:label "格尔木市公安局"@zh ; kg:locatedIn kgid:place-无此地 }', None),  # tagged
    ('SELECT ?u WHERE { ?u rdfs:label ?l FILTER(str(?l) = "无此局") }', None),  # (a filter: no pattern)
    ('SELECT ?u WHERE { ?u rdfs:label "Nobody" }', None),
])
def test_an_empty_result_with_an_untagged_chinese_name_hints_at_zh(built, query, hint):
    """A name written without @zh finds nothing, with no word why: a hint on stderr, exit 0."""
    for source in built:
        res = _kg(str(source), query)
        assert res.exit_code == 0, res.output
        assert res.stdout in ("u\n-\n", "false\n"), res.stdout
        assert res.stderr == (f'hint: labels are tagged @zh: write "{hint}"@zh\n' if hint else ""), (source, res.stderr)
    if hint:  # a query that finds rows gives no hint
        res = _kg(str(built[1]), query.replace(f'"{hint}"', f'"{hint}"@zh'))
        assert res.exit_code == 0 and res.stderr == "" and res.stdout not in ("u\n-\n", "false\n"), res.output


def test_construct_and_ask_from_the_store(built):
    store, ttl = built
    construct = "CONSTRUCT { ?u kg:received ?h } WHERE { ?u kg:received ?h }"
    for fmt, rdf in (("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        a, b = _kg(str(ttl), construct, "--format", fmt), _kg(str(store), construct, "--format", fmt)
        assert a.exit_code == b.exit_code == 0 and a.stdout == b.stdout, b.output
        assert len(Graph().parse(data=b.stdout, format=rdf)) == 2
    res = _kg(str(store), "ASK { GRAPH kgid:graph-entities { ?p a kg:Person } }", "--format", "json")
    assert json.loads(res.stdout) == {"head": {}, "boolean": True}


class _Trap(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.end_headers()
        self.wfile.write(b"<a:b> <a:c> <a:d> .\n")

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("how", ["service", "from", "from-named", "load", "insert"])
def test_other_sources_and_updates_are_refused_without_touching_the_network(built, how):
    store, _ = built
    trap = HTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=trap.serve_forever, args=(0.05,), daemon=True).start()
    remote = f"http://127.0.0.1:{trap.server_address[1]}/g"
    _Trap.hits = []
    query = {"service": f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}",
             "from": f"SELECT * FROM <{remote}> WHERE {{ ?s ?p ?o }}",
             "from-named": f"SELECT * FROM NAMED <{remote}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
             "load": f"LOAD <{remote}>",
             "insert": "INSERT DATA { <a:b> <a:c> <a:d> }"}[how]
    try:
        res = _kg(str(store), query)
    finally:
        trap.shutdown()
        trap.server_close()
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1 and res.output.startswith("error: "), res.output
    assert _Trap.hits == []
    assert _kg(str(store), "SELECT (COUNT(*) AS ?n) WHERE { <a:b> ?p ?o }", "--format", "csv").stdout.splitlines()[1] == "0"


def test_row_and_time_limits(built):
    store, _ = built
    res = _kg(str(store), "SELECT * WHERE { ?s ?p ?o }", "--max-rows", "5")
    assert res.exit_code == 2 and "more than 5 rows" in res.output, res.output
    start = time.monotonic()  # one long step inside Oxigraph: its worker process is killed at the limit
    res = _kg(str(store), "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 100000000", "--timeout", "1")
    assert res.exit_code == 2 and "longer than 1 s" in res.output, res.output
    assert time.monotonic() - start < 15
    assert _kg(str(store), "ASK { ?s ?p ?o }", "--timeout", "0").stdout == "true\n"  # no limit: answered here


def test_parameters_are_bound_at_the_start_of_the_where_clause_never_in_the_text():
    value = 'x") } ; DROP ALL ; SELECT * { ("\\u0022'
    text, values = bind_text("SELECT ?s # {\nWHERE { ?s ?p ?o FILTER(str(?o) = ?name) }", {"name": value, "other": "y"})
    assert value not in text and "y" not in values.values()
    assert text == ("SELECT ?s # {\nWHERE { BIND(<urn:x-tupu:param:0>() AS ?name)  ?s ?p ?o FILTER(str(?o) = ?name) }")
    assert values == {f"{PARAM_FUNCTION}0": value}
    # a brace in a string is not the WHERE clause's; CONSTRUCT's template neither
    assert bind_text('SELECT * WHERE { ?s ?p "{" FILTER(?o = ?v) }', {"v": "1"})[0].startswith(
        "SELECT * WHERE { BIND(")
    assert bind_text("CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }", {"v": "1"})[0].startswith(
        "CONSTRUCT { ?s ?p ?v } WHERE { BIND(")
    assert bind_text("SELECT * WHERE { ?s ?p ?o }", {"v": "1"}) == ("SELECT * WHERE { ?s ?p ?o }", {})  # not used
    with pytest.raises(QuerySyntaxError, match="WHERE clause"):
        bind_text("CONSTRUCT WHERE { ?s ?p ?v }", {"v": "1"})


def test_an_injected_parameter_matches_nothing_on_the_store(built):
    store, _ = built
    res = _kg(str(store), "--saved", "units_and_honours", "--param", 'agency=x") || true || ("', "--format", "csv")
    assert res.exit_code == 0 and res.stdout.splitlines() == ["unit,honour,year"], res.output
    res = _kg(str(store), "--saved", "evidence", "--param", "relation=received", "--format", "csv")
    assert res.exit_code == 0 and {line.split(",")[1] for line in res.stdout.splitlines()[1:]} == {"received"}


def test_a_query_stopped_by_sigterm_leaves_no_worker(built):
    import signal
    import subprocess
    import sys
    import time

    store, _ = built
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(store),
                             "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "100"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=20)
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{c}").exists() for c in children):
        time.sleep(0.2)
    assert children and not any(Path(f"/proc/{c}").exists() for c in children)
