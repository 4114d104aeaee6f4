"""``kg serve`` (issues 9 and 11): the SPARQL 1.1 Protocol over a graph file and over a store, on a
free loopback port; content negotiation; updates, SERVICE, LOAD, FROM refused; limits."""
from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402
from kg.serve import make_server, negotiate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TTL = ROOT / "out" / "graph.ttl"
PROVINCE = """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label ?pl . FILTER(str(?pl) = "浙江省")
  ?p a kg:Person ; kg:belongsTo ?u ; rdfs:label ?person .
  ?u rdfs:label ?unit ; kg:belongsTo*/kg:locatedIn+ ?prov .
} ORDER BY ?person"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store of the bundled sample page (its Turtle is out/graph.ttl)."""
    tmp = tmp_path_factory.mktemp("serve")
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", "-o", str(tmp / "out"), "--store", str(tmp / "s")])
    assert res.exit_code == 0, res.output
    return tmp / "s"


def _stop(server) -> None:
    server.shutdown()
    server.server_close()
    server.endpoint.close()


def _start(source, **limits):
    server = make_server(source, "127.0.0.1", 0, quiet=True, **limits)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module", params=["file", "store"])
def endpoint(request, store):
    server, url = _start(SAMPLE_TTL if request.param == "file" else store)
    yield url
    _stop(server)


def _get(url: str, query: str | None = None, accept: str | None = None, **params):
    if query is not None:
        params["query"] = query
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode(params) if params else url)
    if accept:
        req.add_header("Accept", accept)
    return _open(req)


def _open(req):
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def _post(url: str, body: str, ctype: str, accept: str | None = None):
    req = urllib.request.Request(url, data=body.encode("utf-8"), method="POST", headers={"Content-Type": ctype})
    if accept:
        req.add_header("Accept", accept)
    return _open(req)


def test_select_by_content_negotiation(endpoint):
    status, ctype, body = _get(endpoint + "/sparql", PROVINCE)
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    rows = [(b["person"]["value"], b["unit"]["value"]) for b in json.loads(body)["results"]["bindings"]]
    assert rows == [("吕祖期", "台州市公安局特警支队"), ("陈泽宏", "玉环市公安局特警大队"), ("马宇斌", "台州市公安局")]
    assert json.loads(body)["results"]["bindings"][0]["person"]["xml:lang"] == "zh"
    status, ctype, body = _get(endpoint + "/sparql", PROVINCE, accept="text/csv")
    assert ctype.startswith("text/csv") and list(csv.reader(io.StringIO(body)))[1] == ["吕祖期", "台州市公安局特警支队"]
    status, ctype, body = _get(endpoint + "/sparql", PROVINCE, accept="text/tab-separated-values")
    assert body.splitlines()[0] == "?person\t?unit" and '"吕祖期"@zh' in body
    status, ctype, body = _get(endpoint + "/sparql", PROVINCE, accept="application/sparql-results+xml")
    assert status == 200 and "<sparql" in body and "吕祖期" in body
    status, _, body = _get(endpoint + "/sparql", "ASK { ?p a kg:Person }")
    assert json.loads(body)["boolean"] is True
    assert _get(endpoint + "/sparql", PROVINCE, accept="image/png")[0] == 406


def test_post_and_construct(endpoint):
    assert _post(endpoint + "/sparql", PROVINCE, "application/sparql-query")[2] == \
        _get(endpoint + "/sparql", PROVINCE)[2]
    form = urllib.parse.urlencode({"query": PROVINCE})
    assert _post(endpoint + "/sparql", form, "application/x-www-form-urlencoded")[2] == _get(endpoint + "/sparql", PROVINCE)[2]
    construct = "CONSTRUCT { ?u kg:belongsTo ?p } WHERE { ?u a kg:Organization ; kg:belongsTo ?p } "
    status, ctype, body = _get(endpoint + "/sparql", construct)
    assert status == 200 and ctype.startswith("text/turtle") and "kg:belongsTo" in body
    status, ctype, body = _get(endpoint + "/sparql", construct, accept="application/n-triples")
    from kg.export import load_graph
    from kg.query import run_query

    expected = len(run_query(load_graph(SAMPLE_TTL), construct).rows)
    assert ctype.startswith("application/n-triples") and body.count(" .\n") == expected > 0


def test_the_html_view_is_served_at_the_root(endpoint):
    status, ctype, body = _get(endpoint + "/")
    assert status == 200 and ctype.startswith("text/html") and "台州市公安局" in body


class _Trap(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<a:b> <a:c> <a:d> .\n")

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("how", ["service", "from", "from-named", "load", "update-param", "update-post",
                                 "default-graph-uri", "escaped-service", "service-after-cr-comment"])
def test_refused_without_touching_the_network(endpoint, how):
    trap = HTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=trap.serve_forever, args=(0.05,), daemon=True).start()
    remote = f"http://127.0.0.1:{trap.server_address[1]}/g"
    _Trap.hits = []
    query = {"service": f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}",
             "escaped-service": f"SELECT * WHERE {{ \\u0053ERVICE <{remote}> {{ ?s ?p ?o }} }}",
             # rdflib ends a comment at \n only, Oxigraph at \r too: one text for both
             "service-after-cr-comment": f"SELECT * WHERE {{ ?s ?p ?o # c\rSERVICE <{remote}> {{ ?a ?b ?c }}\n}} LIMIT 1",
             "from": f"SELECT * FROM <{remote}> WHERE {{ ?s ?p ?o }}",
             "from-named": f"SELECT * FROM NAMED <{remote}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
             "load": f"LOAD <{remote}>"}.get(how, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    try:
        if how == "update-post":
            status, _, body = _post(endpoint + "/sparql", f"LOAD <{remote}>", "application/sparql-update")
        elif how == "update-param":
            status, _, body = _get(endpoint + "/sparql", update=f"LOAD <{remote}>")
        elif how == "default-graph-uri":
            status, _, body = _get(endpoint + "/sparql", query, **{"default-graph-uri": remote})
        else:
            status, _, body = _get(endpoint + "/sparql", query)
    finally:
        trap.shutdown()
        trap.server_close()
    assert status == 400 and len(body.strip().splitlines()) == 1, body
    assert any(word in body for word in ("SERVICE", "FROM", "update", "not allowed")), body
    assert "kg query" not in body and "graph file" not in body, body  # the endpoint's words, not the CLI's
    if how in ("service", "escaped-service", "service-after-cr-comment", "from", "from-named"):
        assert "this endpoint reads only its own graph" in body, body
    assert _Trap.hits == []


@pytest.mark.parametrize("source", ["file", "store"])
def test_time_and_row_limits(store, source):
    src = SAMPLE_TTL if source == "file" else store
    server, url = _start(src, timeout=0.5, max_rows=5)
    try:
        status, _, body = _get(url + "/sparql", "SELECT * WHERE { ?s ?p ?o }")
        assert status == 400 and "this endpoint's row limit, set by kg serve --max-rows" in body, body
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }" if source == "file" else \
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 100000000"
        status, _, body = _get(url + "/sparql", heavy)
        assert status == 400 and "this endpoint's time limit, set by kg serve --timeout" in body, body
        assert _get(url + "/sparql", "ASK { ?s ?p ?o }")[0] == 200  # the server is still there
    finally:
        _stop(server)


def _doubling(levels: int, first: str = "aaaaaaaaaaaaaaaa") -> str:
    """A query of a few hundred bytes whose one row holds ``len(first) * 2**levels`` characters."""
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(levels))
    return f'SELECT ?x{levels} WHERE {{ BIND("{first}" AS ?x0) {binds} }}'


@pytest.mark.parametrize("source", ["file", "store"])
def test_result_size_and_memory_limits(store, source):
    """One row can be huge (a value doubled by CONCAT: 268 MB from a 1 KB query, and gigabytes of
    memory while it is made), which no row limit bounds: a result whose values hold more
    characters than --max-result, and a query that needs more memory than --max-memory (its
    worker stopped by the limit and replaced), are one 400 line each; the server goes on."""
    src = SAMPLE_TTL if source == "file" else store
    server, url = _start(src, max_result=10_000, max_memory=1 << 30)
    try:
        assert _get(url + "/sparql", _doubling(8))[0] == 200  # 4,096 characters
        status, _, body = _get(url + "/sparql", _doubling(10))  # 16,384
        assert status == 400 and "more than 10,000 characters (this endpoint's result-size limit, " \
            "set by kg serve --max-result)" in body, body
        status, _, body = _get(url + "/sparql", _doubling(27))  # 2 GB in one value
        assert status == 400 and "more than 1,024 MB of memory (this endpoint's memory limit, " \
            "set by kg serve --max-memory)" in body, body
        assert _get(url + "/sparql", "ASK { ?s ?p ?o }")[0] == 200
    finally:
        _stop(server)


@pytest.mark.parametrize("source", ["file", "store"])
def test_a_small_memory_limit_is_the_querys_not_the_sources(store, source):
    """The memory limit was set before the worker imported its libraries and opened the source:
    with --max-memory 50 every query failed ("not valid turtle: MemoryError", "the store needs
    pyoxigraph"). It counts what a query adds once the source is open."""
    src = SAMPLE_TTL if source == "file" else store
    server, url = _start(src, max_memory=50 << 20)
    try:
        status, _, body = _get(url + "/sparql", "ASK { ?s ?p ?o }")
        assert status == 200 and "true" in body, body
        status, _, body = _get(url + "/sparql", _doubling(24))  # 268 MB in one value
        assert status == 400 and "memory limit" in body, body
    finally:
        _stop(server)


def test_a_workers_start_up_is_no_part_of_the_time_limit(monkeypatch):
    """A new worker starts an interpreter and loads the source (a large graph file: many seconds)
    before it can answer: the time limit runs from when it starts the query. Before, the first
    query after kg serve started (or after a worker was replaced) could time out while the
    worker was still loading, and a short limit under load failed a query of a millisecond."""
    import kg.workers
    from kg.workers import QueryWorkers

    monkeypatch.setattr(kg.workers, "GRACE", 0.0)  # the parent waits the limit alone
    workers = QueryWorkers(SAMPLE_TTL, size=1)
    try:
        assert workers.query("ASK { ?s ?p ?o }", timeout=0.2, max_rows=None).boolean  # a fresh worker
    finally:
        workers.close()


def test_negotiate_weights_and_wildcards():
    offered = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert negotiate(None, offered) == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.9, application/sparql-results+json;q=0.5", offered) == "text/csv"
    assert negotiate("text/html, */*;q=0.1", offered) == "application/sparql-results+json"
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate("image/png", offered) is None


@pytest.mark.parametrize("case", ["missing", "busy-port", "not-a-store", "old-store"])
def test_bad_serve_arguments_are_one_line(tmp_path, store, case):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    args = {"missing": [str(tmp_path / "nothing.ttl")],
            "busy-port": [str(SAMPLE_TTL), "--port", str(busy.getsockname()[1])],
            "not-a-store": [str(tmp_path)]}.get(case)
    if case == "old-store":
        old = tmp_path / "old"
        shutil.copytree(store, old)
        manifest = old / "tupu-store.json"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace('"format": 1', '"format": 0'), encoding="utf-8")
        args = [str(old)]
    try:
        res = CliRunner().invoke(main, ["serve", *args])
    finally:
        busy.close()
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.output


#: A query that holds its engine in one step for minutes on the bundled page (a count over a join:
#: no row reaches Python before it ends), and a regular expression that backtracks for ever in
#: Python's re (rdflib's; Oxigraph's never backtracks).
HOLDING_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
HOLDING_REGEX = 'ASK { FILTER(REGEX("' + "a" * 34 + '!", "^(a+)+$")) }'


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_query_that_holds_its_engine_is_stopped_at_the_limit_and_holds_up_nobody(tmp_path, engine):
    """One long step cannot be interrupted where it runs: the query runs in a worker process that
    is killed. On a graph file that Oxigraph refuses (an IRI with a space), rdflib answers."""
    import time

    source, query = SAMPLE_TTL, HOLDING_JOIN
    if engine == "rdflib":
        source, query = tmp_path / "g.ttl", HOLDING_REGEX
        source.write_text("<http://a.example/s> <http://a.example/p> <http://a.example/b c> .\n", encoding="utf-8")
    server, url = _start(source, timeout=1)
    try:
        result = {}

        def slow():
            result["slow"] = _get(url + "/sparql", query)

        t = threading.Thread(target=slow)
        start = time.monotonic()
        t.start()
        time.sleep(0.3)
        assert _get(url + "/sparql", "ASK { ?s ?p ?o }")[0] == 200  # answered by the other worker
        quick = time.monotonic() - start
        t.join(30)
        assert result["slow"][0] == 400 and "time limit" in result["slow"][2]
        assert quick < 5 and time.monotonic() - start < 15
    finally:
        _stop(server)


ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:NewsArticle }"


def _articles(url: str) -> int:
    status, _, body = _get(url + "/sparql", ARTICLES, accept="text/csv")
    assert status == 200, body
    return int(body.splitlines()[1])


@pytest.mark.parametrize("kind", ["store", "file"])
def test_the_endpoint_answers_from_the_new_state_after_a_build_without_restart(tmp_path, kind):
    """kg build --store S --append (or a new graph.ttl) while kg serve runs: the next query, and
    the HTML view, see the articles added; no restart."""
    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:2]
    out, store = tmp_path / "out", tmp_path / "s"

    def build(*inputs: Path) -> None:
        res = CliRunner().invoke(main, ["build", "-q", *map(str, inputs), "-o", str(out), "--store", str(store),
                                        "--append"])
        assert res.exit_code == 0, res.output

    build(texts[0])
    server, url = _start(store if kind == "store" else out / "graph.ttl")
    try:
        before = _articles(url)
        page = _get(url + "/")[2]
        build(texts[1])
        after = _articles(url)
        assert after > before
        assert _articles(url) == after  # both workers (queries alternate between them) see it
        assert _get(url + "/")[2] != page  # the view is drawn again from the new state
    finally:
        _stop(server)


def test_a_store_mid_build_has_no_new_version(store, tmp_path):
    """While a build holds the store (manifest marked dirty), readers keep the last whole state."""
    import json
    import shutil

    from kg.serve import source_version
    from kg.store import MANIFEST

    copy = tmp_path / "s"
    shutil.copytree(store, copy)
    assert source_version(copy) is not None
    record = json.loads((copy / MANIFEST).read_text(encoding="utf-8"))
    record["graphs"] = None
    (copy / MANIFEST).write_text(json.dumps(record), encoding="utf-8")
    assert source_version(copy) is None


def test_a_chunked_post_is_read_whole(endpoint):
    """curl sends a body read from a pipe in chunks, with no Content-Length."""
    import http.client

    host, port = endpoint.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        pieces = iter([PROVINCE[:40].encode("utf-8"), PROVINCE[40:].encode("utf-8")])
        conn.request("POST", "/sparql", body=pieces, encode_chunked=True,
                     headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        resp = conn.getresponse()
        body = resp.read().decode("utf-8")
        assert resp.status == 200, body
        assert list(csv.reader(io.StringIO(body)))[1] == ["吕祖期", "台州市公安局特警支队"]
        conn.request("POST", "/sparql", body=iter([b"ASK {}"]), encode_chunked=True,
                     headers={"Content-Type": "application/sparql-query"})
        assert json.loads(conn.getresponse().read())["boolean"] is True  # the connection is still framed
    finally:
        conn.close()


def test_a_badly_chunked_post_is_one_line_400(endpoint):
    host, port = endpoint.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\nzz\r\nASK {}\r\n0\r\n\r\n")
        reply = sock.makefile("rb").read().decode("utf-8")
    assert reply.startswith("HTTP/1.0 400") or reply.startswith("HTTP/1.1 400"), reply
    assert "chunked" in reply.split("\r\n\r\n", 1)[1]


def test_queries_past_the_waiting_limit_are_answered_503_at_once():
    """All workers busy and max_waiting queries waiting: one more gets 503 with Retry-After,
    without waiting, and the endpoint answers again once the slow queries are stopped."""
    import time

    server, url = _start(SAMPLE_TTL, timeout=2, max_waiting=0)
    try:
        slow = [threading.Thread(target=_get, args=(url + "/sparql", HOLDING_JOIN)) for _ in range(2)]
        for t in slow:
            t.start()
        time.sleep(0.5)
        start = time.monotonic()
        req = urllib.request.Request(url + "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=30)
        assert err.value.code == 503 and err.value.headers["Retry-After"] == "1"
        assert "busy" in err.value.read().decode("utf-8") and time.monotonic() - start < 1
        for t in slow:
            t.join(30)
        assert _get(url + "/sparql", "ASK { ?s ?p ?o }")[0] == 200
    finally:
        _stop(server)


@pytest.mark.parametrize("length, status", [("abc", 400), ("-5", 400), (str((1 << 20) + 1), 413)])
def test_a_bad_or_too_long_content_length_is_400_or_413(endpoint, length, status):
    host, port = endpoint.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: " + length.encode() + b"\r\n\r\nASK {}")
        reply = sock.makefile("rb").readline().decode("utf-8")
    assert reply.split()[1] == str(status), reply


def _reset(sock: socket.socket) -> None:
    """Close ``sock`` with a reset (``SO_LINGER`` 0), as a client that gives up does."""
    import struct

    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


@pytest.mark.parametrize("quiet", [True, False])
@pytest.mark.parametrize("when", ["before-the-timeout-answer", "mid-request"])
def test_a_client_gone_before_its_answer_is_one_quiet_line_not_a_traceback(capsys, quiet, when):
    """A client that gave up on a slow query before the time limit's 400 was written put a
    traceback on the server's stderr (QueryLimitError, then BrokenPipeError while answering);
    so did one reset while its request was read. Now: one log line at most (none with
    --quiet), and the server goes on."""
    server = make_server(SAMPLE_TTL, "127.0.0.1", 0, quiet=quiet, timeout=0.5)
    done = threading.Event()
    shutdown = server.shutdown_request
    server.shutdown_request = lambda request: (shutdown(request), done.set())  # after any traceback is printed
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        sock = socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=30)
        if when == "mid-request":
            sock.sendall(b"GET /sparql?query=ASK")
            time.sleep(0.3)  # the server is reading the request line
        else:
            heavy = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
            sock.sendall(f"GET /sparql?query={heavy} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            time.sleep(0.2)  # the query runs
        _reset(sock)
        assert done.wait(30), "the server never finished the request"
        assert _get(url + "/sparql", "ASK { ?s ?p ?o }")[0] == 200  # the server is still there
    finally:
        _stop(server)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Error" not in err.replace("ConnectionResetError", "") \
        .replace("BrokenPipeError", ""), err
    gone = [ln for ln in err.splitlines() if "the client closed the connection" in ln]
    assert len(gone) == (0 if quiet else 1), err
    if when != "mid-request" and not quiet:
        assert "before its answer (400) was written" in gone[0]
