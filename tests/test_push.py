"""``kg push`` (issue 9): a store and a graph file loaded into a real Oxigraph server that the test
starts on loopback (the ``oxigraph`` package of the test extra ships it); bad endpoints."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402
from kg.graph import ENTITIES_GRAPH  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TTL = ROOT / "out" / "graph.ttl"
TRIPLES = len(Graph().parse(SAMPLE_TTL, format="turtle"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture
def oxigraph(tmp_path):
    """A fresh Oxigraph server on a free loopback port: its base URL."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("no oxigraph server binary (pip install oxigraph, in the test extra)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if proc.poll() is not None:
                pytest.skip(f"the oxigraph server did not start: {proc.stderr.read().decode(errors='replace')[:200]}")
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.skip("the oxigraph server did not answer within 10 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def _select(url: str, query: str) -> list[dict]:
    req = urllib.request.Request(url + "/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())["results"]["bindings"]


def _count(url: str, where: str) -> int:
    return int(_select(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"]["value"])


def test_push_a_store_keeps_its_named_graphs_and_replaces_on_a_second_push(oxigraph, tmp_path):
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    for _ in range(2):  # PUT replaces: pushing twice gives the same server content
        res = CliRunner().invoke(main, ["push", str(tmp_path / "s"), "--endpoint", oxigraph + "/store"])
        assert res.exit_code == 0, res.output
    assert res.output.startswith("pushed 9 graph(s)")
    graphs = {b["g"]["value"] for b in _select(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert str(ENTITIES_GRAPH) in graphs and len([g for g in graphs if "/id/article-" in g]) == 8
    assert _count(oxigraph, "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }") == TRIPLES
    rows = _select(oxigraph, """PREFIX kg: <https://w3id.org/tupu/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?unit WHERE { GRAPH ?g { ?a rdfs:label ?n . FILTER(str(?n) = "格尔木市公安局") }
                             GRAPH ?h { ?u kg:belongsTo+ ?a } GRAPH ?k { ?u rdfs:label ?unit } } ORDER BY ?unit""")
    assert [r["unit"]["value"] for r in rows][:1] == ["格尔木市公安局刑警支队"]


def test_push_a_graph_file_into_one_graph(oxigraph):
    res = CliRunner().invoke(main, ["push", str(SAMPLE_TTL), "--endpoint", oxigraph + "/store",
                                    "--graph", "https://example.org/tupu"])
    assert res.exit_code == 0, res.output
    assert _count(oxigraph, "GRAPH <https://example.org/tupu> { ?s ?p ?o }") == TRIPLES


@pytest.mark.parametrize("endpoint", ["ftp://127.0.0.1/store", "http://127.0.0.1:{closed}/store", "{server}/nowhere"])
def test_bad_endpoints_are_one_line(oxigraph, endpoint):
    endpoint = endpoint.format(closed=_free_port(), server=oxigraph)
    res = CliRunner().invoke(main, ["push", str(SAMPLE_TTL), "--endpoint", endpoint])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and endpoint.split("/")[2] in lines[0], res.output


def test_push_of_a_missing_source_is_one_line(tmp_path):
    res = CliRunner().invoke(main, ["push", str(tmp_path / "none"), "--endpoint", "http://127.0.0.1:9/store"])
    assert res.exit_code == 2 and res.output.startswith("error: ") and len(res.output.strip().splitlines()) == 1


@pytest.mark.parametrize("endpoint", ["http://user:secret@127.0.0.1:9/store", "http://[::1/store", "http://127.0.0.1:9/st\r\nore"])
def test_odd_endpoint_urls_are_one_line_that_never_shows_a_password(endpoint):
    res = CliRunner().invoke(main, ["push", str(SAMPLE_TTL), "--endpoint", endpoint])
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1, res.output
    assert "secret" not in res.output and res.output.startswith("error: ")


def test_a_store_that_answers_each_put_at_length_gets_every_graph(tmp_path):
    """An answer of 5 KB to each PUT (over the 2,000 bytes read for an error line) was left on
    the kept-alive connection: the next request failed with 'cannot reach the store (Request-sent)'."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    puts = []

    class Verbose(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_PUT(self):  # noqa: N802 - http.server API
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            puts.append(self.path)
            body = b"{" + b" " * 5000 + b"}"
            self.send_response(201)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Verbose)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        res = CliRunner().invoke(main, ["build", "-q", "--no-html", "-o", str(tmp_path / "o"), "--store", str(tmp_path / "s")])
        assert res.exit_code == 0, res.output
        res = CliRunner().invoke(main, ["push", str(tmp_path / "s"), "--endpoint",
                                        f"http://127.0.0.1:{server.server_address[1]}/store"])
        assert res.exit_code == 0, res.output
        assert len(puts) > 2
    finally:
        server.shutdown()
        server.server_close()
