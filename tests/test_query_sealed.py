"""Queries on a store cannot fetch, whatever their text (issue 11): Oxigraph evaluates ``SERVICE``
with an HTTP client of its own (in Rust: no Python audit hook sees it; pyoxigraph 0.5 has no
option to turn it off), so besides the parse check the processes that run the queries of
``kg query STORE`` and ``kg serve`` are sealed by a seccomp filter (:func:`kg.sandbox.seal_process`).
Every test has a local HTTP server on 127.0.0.1 that must see no request (but the control one)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

ox = pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402
from kg.query import QueryRefusedError, QuerySyntaxError  # noqa: E402
from kg.sandbox import seal_process  # noqa: E402
from kg.serve import make_server  # noqa: E402
from kg.store import open_read_only, query_store  # noqa: E402
from kg.workers import QueryWorkers, query_in_worker  # noqa: E402
from recording_server import recording_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINUX_SECCOMP = sys.platform.startswith("linux")

#: Texts that make Oxigraph call SERVICE (each of them POSTs to the server when given to
#: ``pyoxigraph.Store.query`` as it is), then texts on which rdflib's parse check and Oxigraph's
#: parser might read comments, strings and escapes differently. ``{u}`` is the service IRI,
#: ``{base}`` the server's root.
TEXTS = {
    "plain": "SELECT * WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }}",
    "lower-case": "select * where {{ service <{u}> {{ ?x ?y ?z }} }}",
    "silent-in-minus": "SELECT * WHERE {{ ?a ?b ?c MINUS {{ SERVICE SILENT <{u}> {{ ?a ?b ?c }} }} }}",
    "tabs": "SELECT * WHERE {{\tSERVICE\t<{u}>\t{{ ?x ?y ?z }} }}",
    "no-spaces": "SELECT * WHERE{{SERVICE<{u}>{{?x ?y ?z}}}}",
    "escape-in-iri": "SELECT * WHERE {{ SERVICE <http\\u003a//{hostport}/s> {{ ?x ?y ?z }} }}",
    "escaped-keyword": "SELECT * WHERE {{ \\u0053ERVICE <{u}> {{ ?x ?y ?z }} }}",
    "prefixed-iri": "PREFIX r: <{base}> SELECT * WHERE {{ SERVICE r:s {{ ?x ?y ?z }} }}",
    "empty-prefix": "PREFIX : <{base}> SELECT * WHERE {{ SERVICE :s {{ ?x ?y ?z }} }}",
    "relative-iri": "BASE <{base}> SELECT * WHERE {{ SERVICE <s> {{ ?x ?y ?z }} }}",
    "variable": "SELECT * WHERE {{ VALUES ?svc {{ <{u}> }} SERVICE ?svc {{ ?x ?y ?z }} }}",
    "nested-subqueries": "SELECT * WHERE {{ {{ SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }} }} }} }} }}",
    "in-graph": "SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{u}> {{ ?x ?y ?z }} }} }}",
    "in-exists": "ASK {{ FILTER EXISTS {{ SERVICE SILENT <{u}> {{ ?x ?y ?z }} }} }}",
    "construct": "CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }}",
    "describe": "DESCRIBE ?x WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }}",
    "after-cr-comment": "SELECT * WHERE {{ ?a ?b ?c # c\rSERVICE <{u}> {{ ?x ?y ?z }}\n}}",
    "after-ff-comment": "SELECT * WHERE {{ ?a ?b ?c # c\fSERVICE <{u}> {{ ?x ?y ?z }}\n}}",
    "after-nel-comment": "SELECT * WHERE {{ ?a ?b ?c # c\x85SERVICE <{u}> {{ ?x ?y ?z }}\n}}",
    "after-ls-comment": "SELECT * WHERE {{ ?a ?b ?c # c\u2028SERVICE <{u}> {{ ?x ?y ?z }}\n}}",
    "escaped-backslash-string": 'SELECT * WHERE {{ ?a ?b "\\u005c" . SERVICE <{u}> {{ ?x ?y ?z }} #" \n}}',
    "escaped-backslash-long-string": 'SELECT * WHERE {{ ?a ?b """\\u005c""" . SERVICE <{u}> {{ ?x ?y ?z }} #""" \n}}',
    "escaped-quote": 'SELECT * WHERE {{ ?a ?b "\\u0022 . SERVICE <{u}> {{ ?x ?y ?z }} #" }}',
}


@pytest.fixture
def trap():
    """``(service IRI, texts with it filled in, requests seen)`` of a server on 127.0.0.1."""
    with recording_server() as (url, seen):
        hostport = url.removeprefix("http://")
        base = url + "/"
        texts = {name: t.format(u=base + "s", base=base, hostport=hostport) for name, t in TEXTS.items()}
        yield base + "s", texts, seen


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store of one small invented article."""
    tmp = tmp_path_factory.mktemp("sealed")
    text = ROOT / "tests" / "data" / "invented" / "texts" / "set1-03.txt"
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(text), "-o", str(tmp / "out"),
                                    "--store", str(tmp / "s")])
    assert res.exit_code == 0, res.output
    return tmp / "s"


def test_oxigraph_itself_fetches_service(trap):
    """The control: the installed pyoxigraph, asked directly, does POST to the service (this is why
    its query processes are sealed; should a later wheel drop its HTTP client, this says so)."""
    url, _, seen = trap
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode("a:s"), ox.NamedNode("a:p"), ox.NamedNode("a:o")))
    list(st.query(f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?x ?y ?z }} }}"))
    assert seen and seen[0].startswith(("POST /s", "GET /s"))


def test_oxigraph_reads_from_and_from_named_in_the_store_and_runs_no_load(trap):
    """The rest of the finding: ``FROM``/``FROM NAMED`` name graphs of the store (nothing is
    fetched, even unsealed), and ``LOAD`` is an update, which ``Store.query`` does not run."""
    url, _, seen = trap
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode("a:s"), ox.NamedNode("a:p"), ox.NamedNode("a:o"), ox.NamedNode("a:g")))
    assert list(st.query(f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}")) == []
    assert list(st.query(f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")) == []
    with pytest.raises(SyntaxError):
        st.query(f"LOAD <{url}>")
    assert seen == []


_SEALED_CHILD = """
import sys, urllib.request, pyoxigraph as ox
from kg.sandbox import seal_process
assert seal_process() and seal_process()
st = ox.Store()
for q in sys.argv[2:]:
    try:
        out = st.query(q)
        out = out if isinstance(out, bool) else list(out)
        print("ran")
    except Exception as exc:
        print(type(exc).__name__)
try:
    urllib.request.urlopen(sys.argv[1], timeout=5)
    print("fetched")
except Exception as exc:
    print(type(exc).__name__)
"""


@pytest.mark.skipif(not LINUX_SECCOMP, reason="the seal is a Linux seccomp filter")
def test_a_sealed_process_cannot_fetch_even_past_every_check(trap):
    """The engine itself, given SERVICE with no check before it, in a sealed process: refused by
    the kernel (PermissionError), the server sees nothing; urllib neither."""
    url, texts, seen = trap
    queries = [texts["plain"], texts["construct"], texts["nested-subqueries"],
               f"SELECT * WHERE {{ SERVICE <http://localhost:{url.split(':')[2]}> {{ ?x ?y ?z }} }}"]
    out = subprocess.run([sys.executable, "-c", _SEALED_CHILD, url, *queries], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split()
    assert lines == ["PermissionError"] * 4 + ["URLError"], out.stdout
    assert seen == []


@pytest.mark.skipif(not LINUX_SECCOMP, reason="the seal is a Linux seccomp filter")
def test_the_query_workers_are_sealed_and_kg_query_store_always_uses_one(store, monkeypatch):
    workers = QueryWorkers(store, size=1)
    try:
        assert workers.query("ASK { ?s ?p ?o }", timeout=30, max_rows=0).boolean is True
        proc, _ = workers.idle.queue[0]
        status = Path(f"/proc/{proc.pid}/status").read_text()
        assert "Seccomp:\t2" in status  # a filter is loaded
    finally:
        workers.close()
    # with no time limit too (kg query --timeout 0): the query runs in a worker, not here
    monkeypatch.setattr("kg.store.query_store", lambda *a, **k: pytest.fail("ran in the calling process"))
    assert query_in_worker(store, "ASK { ?s ?p ?o }", timeout=0, max_rows=0).boolean is True


def _assert_no_fetch(outcome) -> None:
    """A refusal (or a syntax error), or rows read from the store alone."""
    assert outcome in ("refused", "syntax", "ran"), outcome


def _python_api(run, text):
    try:
        run(text)
    except QueryRefusedError:
        return "refused"
    except QuerySyntaxError:
        return "syntax"
    return "ran"


def test_no_text_fetches_through_the_python_api(store, trap):
    _, texts, seen = trap
    st = open_read_only(store)
    outcomes = {name: _python_api(lambda q: query_store(st, q, timeout=30), text) for name, text in texts.items()}
    # every text that names a service where Oxigraph sees one is refused before evaluation
    assert all(outcomes[name] == "refused" for name in list(texts)[:17]), outcomes
    assert seen == []
    sealed = {name: _python_api(lambda q: query_in_worker(store, q, timeout=30, max_rows=0), text)
              for name, text in list(texts.items())[:1] + list(texts.items())[-6:]}
    assert all(v in ("refused", "syntax", "ran") for v in sealed.values()) and seen == [], sealed


@pytest.mark.parametrize("kind", ["store", "graph file"])
def test_no_text_fetches_through_kg_query_store(store, trap, kind):
    """A graph file too is answered by Oxigraph (loaded in memory), in a sealed child."""
    _, texts, seen = trap
    source = store if kind == "store" else store.parent / "out" / "graph.ttl"
    for name, text in texts.items():
        res = CliRunner().invoke(main, ["query", str(source), text, "--timeout", "30"])
        assert res.exit_code in (0, 2), (name, res.output)
        if res.exit_code == 2:
            assert res.output.startswith("error: ") and len(res.output.strip().splitlines()) == 1, (name, res.output)
    assert seen == []


@pytest.mark.parametrize("kind", ["store", "graph file"])
def test_no_text_fetches_through_kg_serve_store(store, trap, kind):
    _, texts, seen = trap
    server = make_server(store if kind == "store" else store.parent / "out" / "graph.ttl", "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        for name, text in texts.items():
            body = urllib.parse.urlencode({"query": text}).encode()
            request = urllib.request.Request(endpoint, data=body, headers={"Accept": "text/csv"})
            try:
                with urllib.request.urlopen(request, timeout=60) as resp:
                    status = resp.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            assert status in (200, 400), (name, status)
    finally:
        server.shutdown()
        server.server_close()
        server.endpoint.close()
    assert seen == []


def test_seal_process_elsewhere_says_it_cannot(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr("kg.sandbox._PROCESS_SEALED", False)
    assert seal_process() is False
    assert "Seccomp:\t2" not in (Path(f"/proc/{os.getpid()}/status").read_text() if LINUX_SECCOMP else "")
