"""What a new user met trying Tupu from a clean clone (a second trial): a misspelled ``kg:`` term
that found nothing with no word why (kg query and kg serve), the view's article details and its
search that found nothing, two builds into one folder, and small messages."""
from __future__ import annotations

import contextlib
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import term_hints

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TTL = ROOT / "out" / "graph.ttl"


@contextlib.contextmanager
def _serving():
    """``kg serve`` of the bundled page's graph on a free loopback port, for the block's length:
    yields its endpoint's URL, ``http://127.0.0.1:PORT/sparql?``."""
    from kg.serve import make_server

    server = make_server(SAMPLE_TTL, "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql?"
    finally:
        server.shutdown()
        server.server_close()
        server.endpoint.close()


def _kg(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The bundled page built into a store."""
    tmp = tmp_path_factory.mktemp("new-user")
    res = _kg("build", "-q", "--no-html", "-o", str(tmp / "out"), "--store", str(tmp / "s"))
    assert res.exit_code == 0, res.output
    return tmp / "s"


# ---------------------------------------------------------------------------- unknown kg: terms


@pytest.mark.parametrize("query,hints", [
    ("SELECT * WHERE { ?p kg:belongTo ?n }",
     ["kg:belongTo is not a term of the ontology: did you mean kg:belongsTo?"]),
    ("SELECT * WHERE { ?p a kg:Organisation }",
     ["kg:Organisation is not a term of the ontology: did you mean kg:Organization?"]),
    ("SELECT * WHERE { ?p kg:rank ?n }", ["kg:rank is not a term of the ontology; its nearest term is kg:locatedIn"]),
    ("SELECT * WHERE { ?a kg:date ?d }", ["kg:date is not a term of the ontology: did you mean dcterms:date?"]),
    # a class is looked for among classes, a predicate among properties, a path's steps too, in written order
    ("SELECT * WHERE { ?p a kg:person ; kg:belongTo/kg:locatedin ?n }",
     ["kg:person is not a term of the ontology: did you mean kg:Person?",
      "kg:belongTo is not a term of the ontology: did you mean kg:belongsTo?",
      "kg:locatedin is not a term of the ontology: did you mean kg:locatedIn?"]),
    ("ASK { ?s ?p ?o FILTER EXISTS { ?s kg:recieved ?h ; a kg:Persn } }",
     ["kg:recieved is not a term of the ontology: did you mean kg:received?",
      "kg:Persn is not a term of the ontology: did you mean kg:Person?"]),
    ("SELECT * WHERE { ?p a kg:Person ; kg:belongsTo ?u . ?u kg:locatedIn* ?x }", []),  # all declared
    ("SELECT * WHERE { ?p org:memberOf ?u }", []),  # another namespace: not the ontology's to judge
    ("SELECT * WHERE { ?p kg:belongTo ", []),  # does not parse: the syntax error says it
])
def test_term_hints_name_the_unknown_term_and_the_nearest(query, hints):
    assert term_hints(query) == hints


@pytest.mark.parametrize("source", ["file", "store"])
def test_an_empty_result_with_a_misspelled_term_hints_at_the_ontologys_term(store, source):
    """`?p kg:belongTo ?n` printed an empty table, exit 0, with no word of the typo."""
    graph = str(SAMPLE_TTL if source == "file" else store)
    res = _kg("query", graph, "SELECT * WHERE { ?p kg:belongTo ?n }")
    assert res.exit_code == 0 and res.stdout == "p  n\n-  -\n", res.output
    assert res.stderr == "hint: kg:belongTo is not a term of the ontology: did you mean kg:belongsTo?\n"
    res = _kg("query", graph, "ASK { ?p a kg:Organisation }")
    assert res.exit_code == 0 and res.stdout == "false\n"
    assert res.stderr == "hint: kg:Organisation is not a term of the ontology: did you mean kg:Organization?\n"
    # a result with rows gives no hint, unknown term or not
    res = _kg("query", graph, "SELECT ?p WHERE { ?p a kg:Person OPTIONAL { ?p kg:rank ?r } } LIMIT 1")
    assert res.exit_code == 0 and res.stderr == "" and "kgid:person-" in res.stdout, res.output


def test_the_endpoint_names_a_misspelled_term_in_a_header_of_an_empty_result():
    with _serving() as url:
        for query, hint in [("SELECT * WHERE { ?p kg:belongTo ?n }",
                             "kg:belongTo is not a term of the ontology: did you mean kg:belongsTo?"),
                            ("SELECT * WHERE { ?p kg:组织 ?n }",
                             "kg:\\u7ec4\\u7ec7 is not a term of the ontology; its nearest term is kg:locatedIn"),
                            ("SELECT * WHERE { ?p kg:belongsTo ?n } LIMIT 1", None)]:
            with urllib.request.urlopen(url + urllib.parse.urlencode({"query": query}), timeout=30) as resp:
                assert resp.status == 200
                assert resp.headers.get_all("Tupu-Hint") == ([hint] if hint else None), query
                body = resp.read().decode()
                assert ('"bindings": []' in body) == (hint is not None)  # the body is the standard result


def test_the_endpoint_hints_at_a_label_written_without_zh_as_kg_query_does():
    """`?p rdfs:label "马宇斌"` (no @zh) from a Python client: 200, empty bindings and no hint,
    while kg query prints one for the same text (user 7, A5). The header carries it now."""
    with _serving() as url:
        for query, hint in [('SELECT ?p WHERE { ?p rdfs:label "马宇斌" }',
                             'labels are tagged @zh: write "\\u9a6c\\u5b87\\u658c"@zh'),
                            ('SELECT ?p WHERE { ?p rdfs:label "马宇斌"@zh }', None)]:
            with urllib.request.urlopen(url + urllib.parse.urlencode({"query": query}), timeout=30) as resp:
                assert resp.headers.get_all("Tupu-Hint") == ([hint] if hint else None), query
                assert ('"bindings": []' in resp.read().decode()) == (hint is not None)


# ---------------------------------------------------------------------------- two builds, one folder


def test_a_build_that_started_earlier_does_not_replace_a_later_ones_set(tmp_path):
    """The last build to finish won: an older, slower build replaced a newer one's files."""
    import kg.atomic as atomic
    from kg.atomic import atomic_write, publish
    from kg.errors import OutputError

    def writer(text: bytes):
        return lambda staging: atomic_write(staging / "graph.ttl", text)

    out = tmp_path / "o"
    publish(out, ["graph.ttl"], writer(b"second\n"), started=2_000_000_000_000_000_000)
    assert (out / atomic.SET_NAME).stat().st_mtime_ns == 2_000_000_000_000_000_000  # the writer's start
    with pytest.raises(OutputError, match=r"o: not replaced: a kg build that started later \(.*\) wrote its files "
                                          r"here while this one ran \(started .*\); its files are kept"):
        publish(out, ["graph.ttl"], writer(b"first\n"), started=1_000_000_000_000_000_000)
    assert (out / "graph.ttl").read_bytes() == b"second\n"
    assert sorted(p.name for p in out.iterdir()) == [atomic.SET_NAME, "graph.ttl"]  # nothing staged, no lock left
    publish(out, ["graph.ttl"], writer(b"third\n"), started=3_000_000_000_000_000_000)
    assert (out / "graph.ttl").read_bytes() == b"third\n"
    publish(out, ["graph.ttl"], writer(b"fourth\n"))  # (no start given: no check, the writer's time kept)
    assert (out / atomic.SET_NAME).stat().st_mtime_ns == 3_000_000_000_000_000_000


def test_of_two_builds_into_one_folder_the_later_started_wins_and_the_other_says_so(tmp_path):
    """Build A starts, is slow (held before it takes the folder), build B starts and finishes: A,
    finishing last, is refused with one line, and B's files stay."""
    import kg.atomic as atomic
    from kg.errors import OutputError
    from kg.pipeline import build

    out, a_started, b_done = tmp_path / "o", threading.Event(), threading.Event()
    outcome: list = []

    def hold(step: str) -> None:
        if threading.current_thread().name == "A" and step == "mkdir":
            a_started.set()
            b_done.wait(120)

    def build_a() -> None:
        try:
            build(None, out, html=False, formats=("turtle", "nt"))
            outcome.append("written")
        except OutputError as exc:
            outcome.append(str(exc))

    old, atomic._checkpoint = atomic._checkpoint, hold
    try:
        a = threading.Thread(target=build_a, name="A")
        a.start()
        assert a_started.wait(120)
        res = _kg("build", "-q", "--no-html", "-o", str(out))  # B: started after A, done first
        assert res.exit_code == 0, res.output
        b_done.set()
        a.join(120)
    finally:
        atomic._checkpoint = old
    assert len(outcome) == 1 and outcome[0].startswith(f"{out}: not replaced: a kg build that started later"), outcome
    assert not (out / "graph.nt").exists()  # B's set, not A's (which had N-Triples)
    assert (out / "graph.ttl").read_bytes() == SAMPLE_TTL.read_bytes()


def test_the_refused_build_is_one_error_line_and_exit_2(tmp_path, monkeypatch):
    import types

    import kg.pipeline

    out = tmp_path / "o"
    assert _kg("build", "-q", "--no-html", "-o", str(out)).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    monkeypatch.setattr(kg.pipeline, "time", types.SimpleNamespace(time_ns=lambda: 1_000_000_000))  # (1970)
    res = _kg("build", "-q", "--no-html", "--format", "nt", "-o", str(out))
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.startswith(f"error: {out}: not replaced: a kg build that started later (")
    assert len(res.stderr.splitlines()) == 1 and "run kg build again to replace them" in res.stderr
    assert (out / "graph.ttl").read_bytes() == before and not (out / "graph.nt").exists()


# ---------------------------------------------------------------------------- small messages


def test_run_query_is_exported_from_kg_as_the_readme_says():
    import kg

    readme = (ROOT / "README.md").read_text(encoding="utf-8") + "\n" + (ROOT / "docs" / "manual.md").read_text(encoding="utf-8")
    assert "kg.run_query" in readme
    from kg.export import load_graph

    result = kg.run_query(load_graph(SAMPLE_TTL), "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 1")
    assert result.rows and kg.format_result(result).startswith("n\n")
    assert {"run_query", "run_saved", "format_result"} <= set(kg.__all__)


def test_the_406_of_an_ask_query_says_an_ask_result():
    import urllib.error

    with _serving() as endpoint:
        url = endpoint + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "image/png"}), timeout=30)
        assert caught.value.code == 406
        assert caught.value.read().decode().startswith("an ASK result is given as application/sparql-results+json")


def test_a_query_and_a_graph_given_in_the_wrong_order_say_the_order():
    res = _kg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", str(SAMPLE_TTL))
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == (f"error: 'SELECT * WHERE {{ ?s ?p ?o }} LIMIT 1' is a query and {SAMPLE_TTL} a graph: the "
                          f"order is GRAPH then QUERY (write kg query {SAMPLE_TTL} 'SELECT …')\n")
    res = _kg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "no-such.ttl")  # no file: the error it was
    assert res.exit_code == 2 and "no such graph file or store folder" in res.stderr


@pytest.mark.parametrize("saved,param,note", [
    ("officers_in_province", "province=成都",
     "note: --param province=成都 matches no rdfs:label or skos:altLabel in the graph; 成都 is 成都市 (510100) in the "
     "division table (GB/T 2260): a prefecture, not a province\n"),
    ("officers_in_province", "province=吕祖期",
     "note: --param province=吕祖期 names kgid:person-吕祖期_台州市公安局, a kg:Person, not a province\n"),
    ("units_and_honours", "agency=吕祖期",
     "note: --param agency=吕祖期 names kgid:person-吕祖期_台州市公安局, a kg:Person, not a kg:Organization\n"),
    ("people_posts", "name=台州市公安局",
     "note: --param name=台州市公安局 names kgid:org-台州市公安局, a kg:Organization, not a kg:Person\n"),
    ("officers_in_province", "province=无此省",
     "note: --param province=无此省 matches no rdfs:label or skos:altLabel in the graph\n"),
])
def test_a_parameter_naming_something_of_another_kind_says_what_it_names(saved, param, note):
    """`--param province=成都` said it "matches no rdfs:label" (成都 is a city); a person's name as
    a province said nothing."""
    res = _kg("query", str(SAMPLE_TTL), "--saved", saved, "--param", param)
    assert res.exit_code == 0 and res.stderr == note, res.output
