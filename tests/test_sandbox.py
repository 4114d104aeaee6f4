"""Queries and graph files that cannot fetch (issue 11), checked against a local HTTP server
that must see no request; the time and row limits; Ctrl-C."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import GraphFileError, load_graph, serialize
from kg.query import QueryEvaluationError, run_query
from kg.sandbox import QueryLimitError, QueryRefusedError, sealed
from recording_server import recording_server
from test_validate import good_graph

ROOT = Path(__file__).resolve().parents[1]
#: Three unrelated patterns over every triple: cubic in the graph, never ends on the sample.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture()
def server():
    """A local HTTP server on 127.0.0.1 that serves Turtle, a JSON-LD context and an XML
    entity, and records every request it sees (the test asserts it saw none)."""
    def body(path: str) -> bytes:
        return b'{"@context": {"name": "http://example.org/name"}}' if "ctx" in path else \
            b"<http://example.org/s> <http://example.org/p> <http://example.org/o> ."

    with recording_server(body, content_type=None) as (url, seen):
        yield url, seen


def _trig(tmp_path: Path) -> Path:
    path = tmp_path / "g.trig"
    serialize(good_graph(), path, format="trig")
    return path


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    r"SELECT * WHERE {{ \u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    'SELECT * WHERE {{ ?s ?p "x\\" FROM \'" . SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}',  # refused before evaluation
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ ?s a kg:Person OPTIONAL {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "SELECT * FROM <{url}/g.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "SELECT * FROM <file://{tmp}/other.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FR\\u004fM <{url}/g.ttl> WHERE {{ ?s ?p ?o }}",
    "ASK FROM <{url}/g.ttl> {{ ?s ?p ?o }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
])
def test_queries_cannot_fetch(server, tmp_path, template):
    url, seen = server
    serialize(good_graph(), tmp_path / "other.ttl")
    query = template.format(url=url, tmp=tmp_path)
    for graph in (good_graph(), load_graph(_trig(tmp_path))):
        with pytest.raises(QueryRefusedError, match="(SERVICE|FROM) is not allowed"):
            run_query(graph, query)
    res = CliRunner().invoke(main, ["query", str(_trig(tmp_path)), query])
    assert res.exit_code == 2 and res.stderr.startswith("error:") and len(res.stderr.splitlines()) == 1
    assert seen == []


def test_the_words_inside_strings_and_iris_are_not_refused(server):
    url, seen = server
    rows = run_query(good_graph(), f'SELECT ?x WHERE {{ ?x ?p "FROM SERVICE" }} # SERVICE <{url}>').rows
    assert rows == [] and seen == []


def test_sealed_blocks_any_request_and_only_inside(server):
    url, seen = server
    with sealed(), pytest.raises(QueryRefusedError, match="network access refused"):
        urllib.request.urlopen(f"{url}/x", timeout=5)
    assert seen == []
    with sealed():
        pass
    assert urllib.request.urlopen(f"{url}/after", timeout=5).status == 200  # outside: untouched
    assert seen == ["GET /after"]


@pytest.mark.parametrize("context", ["{url}/ctx.jsonld", ["{url}/ctx.jsonld"], "file://{tmp}/ctx.jsonld",
                                     {"@import": "{url}/ctx.jsonld"}])
def test_jsonld_with_another_documents_context_is_refused(server, tmp_path, context):
    url, seen = server
    (tmp_path / "ctx.jsonld").write_text('{"@context": {"name": "http://example.org/name"}}', encoding="utf-8")
    fill = lambda v: v.format(url=url, tmp=tmp_path) if isinstance(v, str) else v  # noqa: E731
    context = [fill(c) for c in context] if isinstance(context, list) else \
        {k: fill(v) for k, v in context.items()} if isinstance(context, dict) else fill(context)
    doc = {"@graph": [{"@id": "http://example.org/a", "@context": context, "name": "甲"}]}
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"g\.jsonld: its @context (names|imports) another document"):
        load_graph(path)
    res = CliRunner().invoke(main, ["query", str(path), "ASK { ?s ?p ?o }"])
    assert res.exit_code == 2 and "g.jsonld" in res.stderr
    assert seen == []


def test_inline_jsonld_context_still_reads(tmp_path):
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps({"@context": {"name": "http://example.org/name"}, "@id": "http://example.org/a",
                                "name": "甲"}), encoding="utf-8")
    assert len(load_graph(path)) == 1


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE r [<!ENTITY e SYSTEM "{url}/e">]>',
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>',
    '<!DOCTYPE r SYSTEM "{url}/dtd">',
])
def test_rdfxml_entities_are_refused(server, tmp_path, doctype):
    url, seen = server
    path = tmp_path / "g.rdf"
    path.write_text('<?xml version="1.0"?>' + doctype.format(url=url) +
                    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
                    '<rdf:Description rdf:about="http://example.org/a"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>'
                    .replace("&e;", "&e;" if "ENTITY e" in doctype else "x"), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(GraphFileError, match=r"g\.rdf: XML entity declarations and external references are not read"):
        load_graph(path)
    assert time.monotonic() - started < 2 and seen == []


def test_time_limit_in_any_thread(sample_graph):
    started = time.monotonic()
    with pytest.raises(QueryLimitError, match=r"longer than 0.5 s \(the time limit; raise it with --timeout\)"):
        run_query(sample_graph, SLOW, timeout=0.5)
    assert time.monotonic() - started < 3
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_raises(lambda: run_query(sample_graph, SLOW, timeout=0.3))))
    worker.start()
    worker.join(10)
    assert outcome == [QueryLimitError]
    assert run_query(good_graph(), "ASK { ?s ?p ?o }", timeout=0.3).boolean is True
    time.sleep(0.4)  # the stopped watch never fires afterwards


def _raises(fn):
    try:
        fn()
    except Exception as exc:
        return type(exc)
    return None


def test_row_limit(sample_graph):
    with pytest.raises(QueryLimitError, match="more than 5 rows"):
        run_query(sample_graph, "SELECT * WHERE { ?s ?p ?o }", max_rows=5)
    with pytest.raises(QueryLimitError, match="more than 5 rows"):
        run_query(sample_graph, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", max_rows=5)
    assert len(run_query(sample_graph, "SELECT * WHERE { ?s a kg:Honor }", max_rows=5).rows) == 2


def test_cli_limits(sample_ttl):
    res = CliRunner().invoke(main, ["query", str(sample_ttl), SLOW, "--timeout", "0.5"])
    assert res.exit_code == 2 and res.stderr.startswith("error: the query ran longer than 0.5 s")
    res = CliRunner().invoke(main, ["query", str(sample_ttl), "SELECT * WHERE { ?s ?p ?o }", "--max-rows", "3"])
    assert res.exit_code == 2 and "raise it with --max-rows" in res.stderr and res.stdout == ""


#: A regular expression that backtracks for ever: Python's re holds the interpreter inside C.
HOLDING_REGEX = 'ASK { FILTER(regex("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "^(a+)+$")) }'


#: A graph file Oxigraph refuses (an IRI with a space) and rdflib reads: kg query answers it with rdflib.
RDFLIB_ONLY = "<http://a.example/s> <http://a.example/p> <http://a.example/b c> .\n"


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_the_time_limit_stops_a_query_that_holds_the_interpreter(sample_ttl, tmp_path, engine):
    """kg query GRAPH_FILE --timeout: the in-process limit cannot stop a regex inside C (it ran
    on for as long as one waited), nor one long step inside Oxigraph (a count over a join, no row
    for Python to check): the query runs in a forked child killed at the limit."""
    if engine == "rdflib":  # (Oxigraph's regular expressions never backtrack: the file must be rdflib's)
        graph, query = tmp_path / "g.ttl", HOLDING_REGEX
        graph.write_text(RDFLIB_ONLY, encoding="utf-8")
    else:
        graph, query = sample_ttl, SLOW
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    started = time.monotonic()
    try:
        res = subprocess.run([sys.executable, "-m", "kg", "query", str(graph), query, "--timeout", "1"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("kg query ran past its time limit of 1 s for a minute")
    # (rdflib warns of the IRI with a space while it reads the file, on the line before)
    assert res.returncode == 2 and res.stderr.splitlines()[-1].startswith("error: the query ran longer than 1 s"), \
        res.stderr
    assert time.monotonic() - started < 30


def test_ctrl_c_ends_a_query_cleanly(sample_ttl, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out_f, err_f = open(tmp_path / "out", "w+"), open(tmp_path / "err", "w+")
    # (files, not pipes: the command's own end is what is tested; a worker it spawned ends by
    # itself once its parent is gone, and may hold a pipe a moment longer on a loaded machine)
    with out_f, err_f:
        # SIGINT as a terminal gives it: a test run started in the background of a shell (a CI
        # runner's job) ignores SIGINT, and children inherit that; Python then never raises
        # KeyboardInterrupt and the query runs on
        proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(sample_ttl), SLOW, "--timeout", "0"],
                                cwd=ROOT, env=env, stdout=out_f, stderr=err_f, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        time.sleep(2.5)  # started, graph loaded, query running
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:  # (no query left running after the test)
                proc.kill()
                proc.wait()
        out_f.seek(0), err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    assert proc.returncode == 130 and err.strip() == "error: interrupted" and out == ""


def test_evaluation_errors_stay_one_line():
    with pytest.raises(QueryEvaluationError):
        run_query(good_graph(), 'SELECT ?x WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), "(")) }')


def test_service_hook_refuses_inside_rdflib_evaluation(server):
    url, seen = server
    with sealed(), pytest.raises(QueryRefusedError, match="SERVICE is not allowed"):
        list(good_graph().query(f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"))
    assert seen == []


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare (util-linux)")
def test_queries_run_when_kg_is_process_1(sample_ttl, tmp_path):
    """In a container kg may be pid 1: its query process took a parent of pid 1 for a dead one
    and ended at once ("the query process stopped"), on a graph file and on a store."""
    probe = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no permission to make a pid namespace here")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    res = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", sys.executable, "-m", "kg", "query",
                          str(sample_ttl), "ASK { ?s ?p ?o }"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "true", res.stderr
