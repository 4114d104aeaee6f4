"""The on-disk store (issue 9): ``kg build --store``, ``--append``; files written from the store
byte for byte as a plain build writes them; named graphs per article; invented texts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402
from kg.graph import ENTITIES_GRAPH  # noqa: E402
from kg.store import MANIFEST, Store  # noqa: E402

IDENTITY = Path(__file__).parent / "data" / "identity" / "texts"

POLICE = "巡逻记\n\n湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。\n"
POLICE_CHANGED = "巡逻记\n\n湖南省新宁县公安局交警大队民警苗若溪在集市疏导交通。\n"
JUDGE = "巡回审判\n\n福建省安溪县人民法院审判员柏川屿带领合议庭进村开庭。\n"
NO_CONTEXT = "夜市见闻\n\n“多巡一圈，大家就多一分安心。”柏川屿说。\n"


def _kg(*args: str):
    res = CliRunner().invoke(main, ["build", "--no-html", *args])
    assert res.exit_code == 0, res.output
    return res


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _plain(tmp_path: Path, *inputs, fmt: str = "ttl") -> bytes:
    out = tmp_path / "plain"
    shutil.rmtree(out, ignore_errors=True)
    _kg(*map(str, inputs), "-o", str(out), *(["--format", "nt", "--format", "trig"] if fmt != "ttl" else []))
    return (out / f"graph.{fmt}").read_bytes()


def test_store_build_writes_the_same_bytes_as_a_plain_build(tmp_path):
    files = [str(f) for f in sorted(IDENTITY.glob("*.txt"))[:6]]
    formats = ["--format", "nt", "--format", "trig"]
    stored = _kg(*files, "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"), *formats)
    plain = _kg(*files, "-o", str(tmp_path / "plain"), *formats)
    for fmt in ("ttl", "nt", "trig"):
        assert (tmp_path / "out" / f"graph.{fmt}").read_bytes() == (tmp_path / "plain" / f"graph.{fmt}").read_bytes(), fmt
    assert stored.output.splitlines()[:4] == plain.output.splitlines()[:4]  # the same summary


def test_store_build_writes_its_files_and_view_from_the_statements_in_memory(tmp_path, monkeypatch):
    """Every file of a store build (Turtle, N-Triples, TriG, JSON-LD, GraphML, the HTML
    view) is a plain build's, and none is read back from the store or copied from it into rdflib."""
    import kg.store

    files = [str(f) for f in sorted(IDENTITY.glob("*.txt"))[:4]]
    formats = [x for fmt in ("nt", "trig", "jsonld", "graphml") for x in ("--format", fmt)]
    plain = CliRunner().invoke(main, ["build", "-q", *files, "-o", str(tmp_path / "plain"), *formats])
    assert plain.exit_code == 0, plain.output

    def no(*_a, **_k):
        raise AssertionError("read back from the store")

    for name in ("to_rdflib", "write_turtle", "write_ntriples", "write_file"):
        monkeypatch.setattr(kg.store, name, no)
    stored = CliRunner().invoke(main, ["build", "-q", *files, "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"),
                                       *formats])
    assert stored.exit_code == 0, stored.output
    names = sorted(p.name for p in (tmp_path / "plain").iterdir())
    assert "graph.html" in names and "graph.graphml" in names and len(names) == 7  # and .kg-set.json
    assert names == sorted(p.name for p in (tmp_path / "out").iterdir())
    for name in names:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes(), name


def test_a_store_builds_graph_is_a_read_only_index_that_answers_as_rdflib(tmp_path):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.graph import rdf_quads
    from kg.pipeline import build
    from kg.statements import group_quads, read_only_graph

    res = build([str(f) for f in sorted(IDENTITY.glob("*.txt"))[:3]], tmp_path / "out", store=tmp_path / "s")
    assert len(res.graph) > 100 and (tmp_path / "out" / "graph.html").exists()
    quads = list(rdf_quads(res.resolution))
    grouped = group_quads(quads + [(URIRef(str(s)), p, o, g) for s, p, o, g in quads[:50]])  # copies, as graphs repeat
    g = read_only_graph(grouped)
    ref = Graph()
    for s, p, o, _ in quads:
        ref.add((s, p, o))
    assert len(g) == len(ref) and set(g) == set(ref)
    s, o = quads[0][0], next(iter(ref.objects(quads[0][0], RDFS.label)))
    for pattern in [(s, None, None), (None, RDF.type, None), (s, RDFS.label, None), (None, RDFS.label, o),
                    (s, None, o), (None, None, o), (s, RDFS.label, o), (s, RDFS.label, Literal("无"))]:
        assert sorted(g.triples(pattern)) == sorted(ref.triples(pattern)), pattern
    assert g.value(s, RDFS.label) == o and g.namespace_manager.store.namespace("kgid") is not None
    with pytest.raises(TypeError):
        g.add((s, RDFS.label, Literal("新")))


def test_store_keeps_one_named_graph_per_article_and_the_entities_graph(tmp_path):
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    _kg(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"))
    with Store(tmp_path / "s") as st:
        names = sorted(g.value for g in st.rdf.named_graphs())
    articles = [n for n in names if "/id/article-" in n]
    assert len(articles) == 2 and set(names) == set(articles) | {str(ENTITIES_GRAPH)}


def test_append_in_pieces_equals_a_full_build(tmp_path):
    """The identity corpus joins units across articles (short-unit, sole-candidate, shared-body):
    appended in three pieces, in another order, one of them in two processes, it gives the
    Turtle of one full build."""
    files = sorted(IDENTITY.glob("*.txt"))
    store, out = str(tmp_path / "s"), str(tmp_path / "out")
    _kg(*map(str, files[8:]), "-o", out, "--store", store)
    _kg(*map(str, files[:4]), "-o", out, "--store", store, "--append", "--jobs", "2")
    res = _kg(*map(str, files), "-o", out, "--store", store, "--append")  # all again: only 4..8 are new
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _plain(tmp_path, *files)
    new = len(files[4:8])
    done = json.loads((tmp_path / "s" / MANIFEST).read_text(encoding="utf-8"))
    assert len(done["units"]) == len(files)
    lines = res.output.splitlines()
    assert lines[0] == f"inputs: {len(files)} given, {len(files) - new} unchanged (skipped), {new} new or changed (read)"
    assert lines[1] == f"articles: {new} read, 0 empty (skipped), 0 failed, {len(files)} in the store", lines


def test_append_in_pieces_lists_the_failures_of_every_piece(tmp_path):
    """errors.jsonl of appends in pieces is a full build's: before, it listed only the last
    piece's failures (and, when that piece had none, was removed), so the first piece's bad
    inputs were listed nowhere. The exit code and the summary count the failures of this run."""
    a = [_write(tmp_path / "pa", "a.txt", POLICE), _write(tmp_path / "pa", "empty.txt", "")]
    (tmp_path / "pa" / "bad.jsonl").write_text('{"id": "x", "text": "正文"\n', encoding="utf-8")
    a[1].write_bytes(b"\x00\x01")  # (a failure: an empty file is skipped, not failed)
    b = [_write(tmp_path / "pb", "b.txt", JUDGE)]
    full = CliRunner().invoke(main, ["build", "--no-html", str(tmp_path / "pa"), str(tmp_path / "pb"),
                                     "-o", str(tmp_path / "full")])
    assert full.exit_code == 1, full.output
    out = str(tmp_path / "out")
    first = CliRunner().invoke(main, ["build", "--no-html", str(tmp_path / "pa"), "-o", out, "--append"])
    assert first.exit_code == 1, first.output
    second = _kg(str(tmp_path / "pb"), "-o", out, "--append")  # nothing failed now: exit 0
    assert "0 failed" in second.output
    assert (tmp_path / "out" / "errors.jsonl").read_bytes() == (tmp_path / "full" / "errors.jsonl").read_bytes()
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()
    assert len((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    a[1].write_text(JUDGE.replace("法院", "检察院"), encoding="utf-8")  # mended: its failure is gone
    (tmp_path / "pa" / "bad.jsonl").unlink()
    _kg(str(a[1]), "-o", out, "--append")
    rows = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 and "bad.jsonl" in rows[0] and b


def test_a_record_dropped_from_a_jsonl_file_given_again_leaves_the_store(tmp_path):
    """A JSON Lines file given again with a record removed: the record's article stayed in the
    store (and the files) for good; as in a full build of the file, it is gone. A file not
    given keeps its records (an input removed from the folder stays, as the README says)."""
    def records(*texts):
        return "".join(json.dumps({"id": f"r{k}", "text": t}, ensure_ascii=False) + "\n" for k, t in texts)

    news, other = tmp_path / "news.jsonl", tmp_path / "other.jsonl"
    news.write_text(records((1, POLICE), (2, JUDGE)), encoding="utf-8")
    other.write_text(records((3, POLICE.replace("江城", "旬邑"))), encoding="utf-8")
    out = str(tmp_path / "out")
    _kg(str(news), str(other), "-o", out, "--append")
    news.write_text(records((1, POLICE)), encoding="utf-8")
    _kg(str(news), "-o", out, "--append")
    full = tmp_path / "full"
    _kg(str(news), str(other), "-o", str(full))
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()


def test_an_appended_article_can_change_an_older_articles_iri(tmp_path):
    """sole-candidate: the unplaced 柏川屿 joins the police officer until a judge 柏川屿 arrives."""
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "c.txt", NO_CONTEXT)
    _write(tmp_path / "new", "b.txt", JUDGE)
    store, out = str(tmp_path / "s"), str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--store", store)
    assert "sole-candidate" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    _kg(str(tmp_path / "new"), "-o", out, "--store", store, "--append")
    ttl = (tmp_path / "out" / "graph.ttl").read_bytes()
    assert ttl == _plain(tmp_path, tmp_path / "in", tmp_path / "new")
    assert "sole-candidate" not in ttl.decode("utf-8")


def test_a_changed_article_replaces_its_statements_without_orphans(tmp_path):
    a = _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    store, out = str(tmp_path / "s"), str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--store", store)
    before = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "柏川屿_新宁县公安局" in before
    a.write_text(POLICE_CHANGED, encoding="utf-8")
    res = _kg(str(tmp_path / "in"), "-o", out, "--store", store, "--append")
    assert res.output.startswith("inputs: 2 given, 1 unchanged (skipped), 1 new or changed (read)\n"
                                 "articles: 1 read, 0 empty (skipped), 0 failed, 2 in the store\n"), res.output
    after = (tmp_path / "out" / "graph.ttl").read_bytes()
    assert after == _plain(tmp_path, tmp_path / "in")
    text = after.decode("utf-8")
    assert "柏川屿_新宁县公安局" not in text and "苗若溪" in text  # the old person is gone: no orphan
    with Store(tmp_path / "s") as st:
        articles = [g for g in st.rdf.named_graphs() if "/id/article-" in g.value]
    assert len(articles) == 2  # the old version's graph is removed


def test_append_without_store_keeps_one_in_the_output_folder(tmp_path):
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "new", "b.txt", JUDGE)
    out = str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--append")
    _kg(str(tmp_path / "new"), "-o", out, "--append")
    assert (tmp_path / "out" / ".kg-store" / MANIFEST).is_file()
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _plain(tmp_path, tmp_path / "in", tmp_path / "new")


def test_a_first_append_refuses_to_drop_the_articles_of_a_plain_build(tmp_path):
    # kg build news/ -o out, then kg build more/ -o out --append: out/graph.ttl's articles are in no
    # store; the append would have written a graph of the new article alone, with no word
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "new", "b.txt", JUDGE)
    out = tmp_path / "out"
    _kg(str(tmp_path / "in"), "-o", str(out))
    before = (out / "graph.ttl").read_bytes()
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "new"), "-o", str(out), "--append"])
    assert res.exit_code == 2 and "a.txt" in res.output and "--append" in res.output
    assert (out / "graph.ttl").read_bytes() == before and not (out / ".kg-store").exists()
    _kg(str(tmp_path / "in"), str(tmp_path / "new"), "-o", str(out), "--append")  # both given: the README's way
    assert (out / "graph.ttl").read_bytes() == _plain(tmp_path, tmp_path / "in", tmp_path / "new")



def test_a_plain_build_into_an_append_folder_rebuilds_its_store(tmp_path):
    # out held OUT/.kg-store of appended builds (a, b); kg build a -o out (no --append) left that store
    # as it was, and the next --append of c brought b back: "3 in the store"
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    _write(tmp_path / "less", "a.txt", POLICE)
    _write(tmp_path / "new", "c.txt", NO_CONTEXT)
    out = str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--append")
    _kg(str(tmp_path / "less"), "-o", out)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _plain(tmp_path, tmp_path / "less")
    res = _kg(str(tmp_path / "new"), "-o", out, "--append")
    assert "2 in the store" in res.output
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _plain(tmp_path, tmp_path / "less", tmp_path / "new")

@pytest.mark.parametrize("case", ["other-version", "not-a-store", "damaged", "graphs-a-list", "corrupt-rdf"])
def test_a_store_that_cannot_be_used_is_one_error_line(tmp_path, case):
    _write(tmp_path / "in", "a.txt", POLICE)
    store = tmp_path / "s"
    if case == "not-a-store":
        _write(store, "notes.txt", "my notes")
    else:
        _kg(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--store", str(store))
        manifest = store / MANIFEST
        if case == "other-version":
            manifest.write_text(manifest.read_text(encoding="utf-8").replace('"format": 1', '"format": 99'), encoding="utf-8")
        elif case == "graphs-a-list":
            record = json.loads(manifest.read_text(encoding="utf-8"))
            manifest.write_text(json.dumps(dict(record, graphs=[])), encoding="utf-8")
        elif case == "corrupt-rdf":
            for f in (store / json.loads(manifest.read_text(encoding="utf-8"))["rdf"]).iterdir():
                if f.is_file():
                    f.write_bytes(b"garbage")
        else:
            manifest.write_text("{", encoding="utf-8")
    before = sorted(p.name for p in (tmp_path / "out").iterdir()) if (tmp_path / "out").exists() else []
    res = CliRunner().invoke(main, ["build", "-q", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                    "--store", str(store), "--append"])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {store}: "), res.output
    after = sorted(p.name for p in (tmp_path / "out").iterdir()) if (tmp_path / "out").exists() else []
    assert before == after


def _awkward_plus():
    """test_export's awkward names, plus what orders or escapes differently: IRIs that are
    prefixes of one another, quotes, backslashes, tabs and line breaks in literals, several
    literal types on one predicate, dates, booleans, another site's IRI and a plain string."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS, SKOS, XSD
    from test_export import awkward_graph

    from kg.namespaces import ID, KG

    g = awkward_graph()
    a, b = ID["person-叶尔兰"], ID["person-叶尔兰·别克"]
    for node in (a, b):
        g.add((ID["article-x-1"], KG.mentions, node))
        g.add((node, RDFS.label, Literal("叶尔兰", lang="zh")))
    g.add((a, SKOS.altLabel, Literal('他说"好"\\n', lang="zh")))
    g.add((a, SKOS.altLabel, Literal("两行\n文字", lang="zh")))
    g.add((a, SKOS.altLabel, Literal("tab\there", lang="zh")))
    g.add((a, SKOS.altLabel, Literal("段\u2028落\x85尾", lang="zh")))
    g.add((a, KG.start, Literal(10)))
    g.add((a, KG.start, Literal(9)))
    g.add((a, KG.start, Literal("x")))
    g.add((a, KG.anonymised, Literal(True)))
    g.add((a, URIRef("https://schema.org/url"), URIRef("https://example.org/a?b=c")))
    g.add((a, URIRef("http://purl.org/dc/terms/date"), Literal("2024-05-12", datatype=XSD.date)))
    g.add((a, KG.sourceFile, Literal("a.txt")))  # (an explicit ^^xsd:string is the same RDF 1.1 term: written plain)
    return g


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
@pytest.mark.parametrize("where", ["disk", "memory"])
def test_the_stream_writers_give_rdflibs_bytes_on_awkward_graphs(fmt, where, tmp_path):
    import io

    import pyoxigraph as ox

    from kg.export import to_bytes
    from kg.store import to_ox, write_ntriples, write_turtle

    g = _awkward_plus()
    st = ox.Store(str(tmp_path / "ox")) if where == "disk" else ox.Store()  # (memory: not dumped by subject)
    st.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in g)
    buf = io.BytesIO()
    (write_turtle if fmt == "turtle" else write_ntriples)(st, buf)
    assert buf.getvalue().decode("utf-8") == to_bytes(g, fmt).decode("utf-8")


def test_a_failed_first_build_leaves_a_store_the_next_build_can_use(tmp_path):
    bad = _write(tmp_path / "in", "bad.jsonl", '{"id": "a", "text": "某县公安局"}\n{"id": "a", "text": "某市公安局"}\n')
    res = CliRunner().invoke(main, ["build", "-q", str(bad), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s")])
    assert res.exit_code == 2 and "bad.jsonl:2" in res.output and not (tmp_path / "out").exists()
    bad.unlink()
    _write(tmp_path / "in", "a.txt", POLICE)
    _kg(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"), "--append")
    assert "柏川屿" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_build_stopped_while_changing_the_store_leaves_it_whole_for_the_next(tmp_path, monkeypatch):
    """Ctrl-C while the store's statements change: the store keeps its previous state (its
    manifest, its generation, what readers see), the copy being changed is removed, and the next
    build gives the full build's bytes."""
    import kg.store

    a = _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    store, out = str(tmp_path / "s"), str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--store", store)
    manifest = (tmp_path / "s" / MANIFEST).read_bytes()
    folders = sorted(p.name for p in (tmp_path / "s").iterdir())
    a.write_text(POLICE_CHANGED, encoding="utf-8")

    def stop(self, t):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:  # Ctrl-C half way through the store's change
        m.setattr(kg.store._Converter, "triple", stop)
        res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "in"), "-o", out, "--store", store,
                                        "--append"])
        assert res.exit_code != 0
    assert (tmp_path / "s" / MANIFEST).read_bytes() == manifest  # the previous state, whole
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == folders  # no half-changed copy left
    _kg(str(tmp_path / "in"), "-o", out, "--store", store, "--append")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _plain(tmp_path, tmp_path / "in")
    with Store(tmp_path / "s") as st:
        union = {(q.subject, q.predicate, q.object) for q in st.rdf.quads_for_pattern(None, None, None, None)
                 if q.graph_name.__class__.__name__ != "DefaultGraph"}
        default = {(q.subject, q.predicate, q.object) for q in st.rdf.quads_for_pattern(None, None, None, None)
                   if q.graph_name.__class__.__name__ == "DefaultGraph"}
    assert union == default  # the default graph is exactly the union again


def test_query_stats_and_export_read_a_store_folder(tmp_path):
    """``kg query|stats|export DIR`` on a ``kg build --store DIR`` folder read its union graph
    (they used to say ``unknown graph file suffix ''``); a folder that is no store is one line."""
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    store, out = tmp_path / "s", tmp_path / "out"
    _kg(str(tmp_path / "in"), "-o", str(out), "--store", str(store))
    runner = CliRunner()
    sparql = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:NewsArticle }"
    for source in (store, out / "graph.ttl"):
        res = runner.invoke(main, ["query", str(source), sparql, "--format", "csv"])
        assert res.exit_code == 0 and res.output.splitlines()[1:] == ["2"], res.output
    stats = [runner.invoke(main, ["stats", str(src), "--format", "json"]) for src in (store, out / "graph.ttl")]
    assert stats[0].exit_code == 0 and stats[0].output == stats[1].output
    res = runner.invoke(main, ["export", str(store), "--to", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert res.exit_code == 0, res.output
    runner.invoke(main, ["export", str(out / "graph.ttl"), "--to", "graphml", "-o", str(tmp_path / "f.graphml")])
    assert (tmp_path / "g.graphml").read_bytes() == (tmp_path / "f.graphml").read_bytes()
    (tmp_path / "plain").mkdir()
    res = runner.invoke(main, ["stats", str(tmp_path / "plain")])
    assert res.exit_code == 2 and "not a Tupu store" in res.output and len(res.output.splitlines()) == 1, res.output
    assert "Traceback" not in res.output


def test_append_summary_counts_inputs_given_and_unchanged_and_the_stores_articles(tmp_path):
    """One unchanged file given to a store of three articles: it was "2 read, 1 skipped" (read
    counted the store's other articles); now each count says what it counts."""
    a = _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    _write(tmp_path / "in", "c.txt", NO_CONTEXT)
    store, out = str(tmp_path / "s"), str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--store", store)
    res = _kg(str(a), "-o", out, "--store", store, "--append")
    assert res.output.splitlines()[:2] == ["inputs: 1 given, 1 unchanged (skipped), 0 new or changed (read)",
                                           "articles: 0 read, 0 empty (skipped), 0 failed, 3 in the store"]
    plain = _kg(str(a), "-o", str(tmp_path / "plain"))
    assert plain.output.startswith("articles: 1 read, 0 skipped, 0 failed\n")  # a build without --append: as before


def test_a_jsonl_id_the_store_has_from_another_record_is_refused_on_append(tmp_path):
    (tmp_path / "j1").mkdir()
    (tmp_path / "j2").mkdir()
    (tmp_path / "j1" / "x.jsonl").write_text('{"id": "a", "text": "%s"}\n' % POLICE.replace("\n", "\\n"), encoding="utf-8")
    (tmp_path / "j2" / "y.jsonl").write_text('{"id": "a", "text": "%s"}\n' % JUDGE.replace("\n", "\\n"), encoding="utf-8")
    store = tmp_path / "st"
    _kg(str(tmp_path / "j1"), "--store", str(store), "-o", str(tmp_path / "o1"))
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "j2"), "--store", str(store),
                                    "--append", "-o", str(tmp_path / "o2")])
    assert res.exit_code == 2 and "id 'a' was already used at" in res.output and len(res.output.strip().splitlines()) == 1


def test_store_and_output_in_one_folder_is_one_error_line(tmp_path):
    _write(tmp_path / "in", "a.txt", POLICE)
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "in"), "--store", str(tmp_path / "s"),
                                    "-o", str(tmp_path / "s")])
    assert res.exit_code == 2 and "must be different folders" in res.output


def test_view_and_validate_read_a_store_folder(tmp_path):
    """``kg view DIR`` and ``kg validate DIR`` on a ``kg build --store DIR`` folder read its union
    graph, as ``kg query`` does (they said ``unknown graph file suffix ''``); a folder that is
    no store is one line naming it, exit 2."""
    _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    store, out = tmp_path / "s", tmp_path / "out"
    _kg(str(tmp_path / "in"), "-o", str(out), "--store", str(store))
    runner = CliRunner()
    pictures = []
    for k, source in enumerate((store, out / "graph.ttl")):
        res = runner.invoke(main, ["view", str(source), "-q", "-o", str(tmp_path / f"v{k}.svg")])
        assert res.exit_code == 0 and "wrote" in res.output, res.output
        pictures.append((tmp_path / f"v{k}.svg").read_bytes())
        res = runner.invoke(main, ["validate", str(source), "-q"])
        assert res.exit_code == 0 and res.output == f"{source}: conforms\n", res.output
    assert pictures[0] == pictures[1]  # the same graph, the same picture
    res = runner.invoke(main, ["view", str(store), "-q", "-o", str(tmp_path / "v.html")])
    assert res.exit_code == 0 and "柏川屿" in (tmp_path / "v.html").read_text(encoding="utf-8")
    (tmp_path / "plain").mkdir()
    for cmd in (["view", str(tmp_path / "plain"), "-q", "-o", str(tmp_path / "x.svg")],
                ["validate", str(tmp_path / "plain"), "-q"]):
        res = runner.invoke(main, cmd)
        assert res.exit_code == 2 and len(res.output.splitlines()) == 1, res.output
        assert "plain: a folder that is not a Tupu store" in res.output and "Traceback" not in res.output


def test_standard_input_given_again_with_append_is_skipped_as_unchanged(tmp_path):
    """kg build - --append: stdin is keyed by its content (its temporary path changes every run):
    the same text again is unchanged, another text is added beside it; a JSON Lines record of
    the same id replaces its old version."""
    root = Path(__file__).resolve().parent
    one, two = (p.read_text(encoding="utf-8") for p in sorted((root / "data/invented/texts").glob("*.txt"))[:2])
    out, store = tmp_path / "out", tmp_path / "s"

    def build(data: str) -> str:
        res = CliRunner().invoke(main, ["build", "-", "--no-html", "-o", str(out), "--store", str(store),
                                        "--append"], input=data.encode("utf-8"))
        assert res.exit_code == 0, res.output
        assert "kg-stdin-" not in res.output
        return next(line for line in res.output.splitlines() if line.startswith("inputs:"))

    assert build(one) == "inputs: 1 given, 0 unchanged (skipped), 1 new or changed (read)"
    ttl = (out / "graph.ttl").read_bytes()
    assert build(one) == "inputs: 1 given, 1 unchanged (skipped), 0 new or changed (read)"
    assert (out / "graph.ttl").read_bytes() == ttl
    assert build(two) == "inputs: 1 given, 0 unchanged (skipped), 1 new or changed (read)"
    with Store(store) as st:
        assert [u.key.split("@")[0] for u in st.units] == ["<stdin>", "<stdin>"]
        assert {u.where for u in st.units} == {"<stdin>"}
    record = json.dumps({"id": "r1", "title": "标题", "text": one}, ensure_ascii=False) + "\n"
    assert build(record) == "inputs: 1 given, 0 unchanged (skipped), 1 new or changed (read)"
    assert build(record) == "inputs: 1 given, 1 unchanged (skipped), 0 new or changed (read)"
    changed = json.dumps({"id": "r1", "title": "标题", "text": two}, ensure_ascii=False) + "\n"
    assert build(changed) == "inputs: 1 given, 0 unchanged (skipped), 1 new or changed (read)"
    with Store(store) as st:
        assert [u.key for u in st.units][2:] == ["<stdin>#r1"]


def test_statements_are_bulk_loaded_in_batches_and_all_arrive(tmp_path, monkeypatch):
    """Oxigraph's bulk loader holds a whole load's sorted indexes in memory: a store build loads
    at most BULK_BATCH quads at a time (one load of 2M quads took 1.3 GB more), and every quad
    and the union still arrive."""
    import pyoxigraph as ox
    from rdflib import Literal

    import kg.store
    from kg.namespaces import ID, KG

    monkeypatch.setattr(kg.store, "BULK_BATCH", 7)
    quads = [(ID[f"person-p{i}"], KG.sentence, Literal(f"句{i % 5}"), ID[f"article-a{i % 3}"]) for i in range(40)]

    class Recording:
        def __init__(self, rdf):
            self.rdf, self.loads = rdf, []

        def bulk_extend(self, it):
            batch = list(it)
            self.loads.append(len(batch))
            self.rdf.bulk_extend(batch)

        def optimize(self):
            self.loads.append("optimize")
            self.rdf.optimize()

        def __getattr__(self, name):
            return getattr(self.rdf, name)

    with Store(tmp_path / "s", create=True) as st:
        st.rdf = rec = Recording(st.rdf)
        st.replace_statements(quads)
        loads, last = rec.loads[:-1], rec.loads[-1]
        assert max(loads) <= 7 and sum(loads) == 40 + 40  # each quad in its graph and in the union
        assert last == "optimize"  # the loads' overlapping files compacted once, after the last
        default = {(q.subject.value, q.object.value) for q in rec.rdf.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert default == {(str(s), str(o)) for s, _, o, _ in quads}
        rec.loads.clear()
        st.replace_statements(quads)  # nothing changed: nothing loaded, nothing compacted
        assert rec.loads == []


def test_the_store_writer_puts_rdfs_classes_first_as_rdflib_does(tmp_path):
    import io

    import pyoxigraph as ox
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, RDFS

    from kg.export import _new_graph, to_bytes
    from kg.namespaces import ID, KG
    from kg.store import to_ox, write_turtle

    g = _new_graph(Graph)
    for i, cls in enumerate((KG.Person, KG.Organization)):
        g.add((cls, RDF.type, RDFS.Class))
        for j in range(3 - i):
            g.add((ID[f"x-{i}{j}"], RDF.type, cls))
    g.add((ID["x-00"], RDFS.label, Literal("甲", lang="zh")))
    st = ox.Store(str(tmp_path / "ox"))
    st.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in g)
    buf = io.BytesIO()
    write_turtle(st, buf)
    text = buf.getvalue().decode("utf-8")
    assert text == to_bytes(g, "turtle").decode("utf-8")
    assert text.index("kg:Organization a rdfs:Class") < text.index("kgid:x-00")


def test_readers_refuse_a_store_marked_mid_build(tmp_path):
    """A build killed after marking the store dirty: query, validate and serve say so, exit 2."""
    import shutil

    from click.testing import CliRunner

    from kg.cli import main
    from kg.store import MANIFEST

    res = CliRunner().invoke(main, ["build", "-q", "--no-html", "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s")])
    assert res.exit_code == 0, res.output
    record = json.loads((tmp_path / "s" / MANIFEST).read_text(encoding="utf-8"))
    record["graphs"] = None
    (tmp_path / "s" / MANIFEST).write_text(json.dumps(record), encoding="utf-8")
    for args in (["query", str(tmp_path / "s"), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["validate", str(tmp_path / "s")]):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 2 and "mid-build" in res.output and "Traceback" not in res.output, res.output
    shutil.rmtree(tmp_path / "out")


def test_a_first_store_build_that_fails_leaves_no_store(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    bad = tmp_path / "graph.ttl"
    bad.write_text("@prefix kg: <http://example.org/> .\nkg:a kg:b kg:c .\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", "-q", str(bad), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s")])
    assert res.exit_code == 2, res.output
    assert not (tmp_path / "s").exists() and not (tmp_path / "out").exists()


def test_a_store_query_text_is_checked_by_rdflib_once(tmp_path, monkeypatch):
    """rdflib's parse of a README query takes 5–13 ms where Oxigraph answers in under 1 ms: a
    text that passed the check is remembered; a refused one is refused every time."""
    import pyoxigraph as ox

    import kg.query
    from kg.namespaces import KG
    from kg.query import QueryRefusedError
    from kg.store import _checked, query_store

    _checked.cache_clear()
    parsed = []
    real = kg.query._parse
    monkeypatch.setattr(kg.query, "_parse", lambda text: parsed.append(text) or real(text))
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode("https://w3id.org/tupu/id/a-1"), ox.NamedNode(str(KG.start)), ox.Literal("1")))
    text = "SELECT ?s WHERE { ?s kg:start ?o }"
    for _ in range(3):
        assert len(query_store(st, text).rows) == 1
    assert len(parsed) == 1
    for _ in range(2):
        with pytest.raises(QueryRefusedError):
            query_store(st, "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    assert len(parsed) == 3


def test_the_store_is_compacted_only_when_the_changes_since_the_last_compaction_reach_the_ratio(tmp_path):
    """A first fill is compacted; appends of 1% each are not, until their sum reaches
    COMPACT_RATIO (2%) of the store; the count survives the build (the manifest's uncompacted)."""
    import gc

    from rdflib import Literal

    import kg.store
    from kg.namespaces import ID, KG

    assert kg.store.COMPACT_RATIO == 0.02
    quads = [(ID[f"person-p{i}"], KG.sentence, Literal(f"句{i}"), ID[f"article-a{i % 10}"]) for i in range(100)]
    seen = []

    def build(more: list) -> bool:
        with Store(tmp_path / "s", create=True) as st:
            calls = []
            rdf = st.rdf

            class Spy:
                def optimize(self):
                    calls.append("optimize")
                    rdf.optimize()

                def __getattr__(self, name):
                    return getattr(rdf, name)
            st.rdf = Spy()
            st.replace_statements(quads + more)
            st.rdf = rdf
            st.commit()
            assert st.compacted == bool(calls)
            seen.append(json.loads((tmp_path / "s" / MANIFEST).read_text(encoding="utf-8"))["uncompacted"])
            done = st.compacted
        del Spy, rdf
        gc.collect()  # the spy's class holds the store in a cycle: let it go before the next build opens it
        return done

    extra = [(ID[f"person-x{i}"], KG.sentence, Literal(f"新{i}"), ID[f"article-x{i}"]) for i in range(3)]
    assert build([]) is True  # the first fill
    assert build(extra[:1]) is False and build(extra[:2]) is False  # 1 quad, then 2 of 101-102
    assert build(extra[:3]) is True  # 3 changed quads >= 2% of 103
    assert build(extra[:3]) is False  # nothing changed: nothing to compact
    assert seen == [0, 1, 2, 0, 0]


def test_a_store_builds_summary_counts_relations_as_a_build_without_one(tmp_path):
    """One body conferring one honour on three units is one conferrer edge (body → honour) in the
    summary of a build with --store as without (it counted an evidence node per recipient)."""
    article = tmp_path / "a.txt"
    article.write_text("标题\n\n江城市公安局为东湖派出所、西湖派出所、柳林派出所记集体三等功。\n", encoding="utf-8")

    def relations(*extra: str) -> str:
        res = CliRunner().invoke(main, ["build", str(article), "--no-html", *extra])
        assert res.exit_code == 0, res.output
        return next(line for line in res.output.splitlines() if line.startswith("relations:"))

    plain = relations("-o", str(tmp_path / "o1"))
    assert "conferrer 1," in plain and "received 3," in plain
    assert relations("-o", str(tmp_path / "o2"), "--store", str(tmp_path / "s")) == plain


def test_a_record_moved_to_a_file_read_before_its_old_one_appends_as_a_full_build(tmp_path):
    """r1 moved from B.jsonl to A.jsonl (read first): --append said 'id r1 was already used at
    B.jsonl:1', though B.jsonl no longer holds it and a full build reads the folder (breaker 3)."""
    mv = tmp_path / "mv"
    mv.mkdir()
    (mv / "B.jsonl").write_text('{"id":"r1","text":"江城市公安局民警柯远舟荣获个人三等功。"}\n', encoding="utf-8")
    (mv / "A.jsonl").write_text('{"id":"r2","text":"江城市公安局民警王晓峰荣获个人二等功。"}\n', encoding="utf-8")
    common = ["--no-html", "-q"]
    assert CliRunner().invoke(main, ["build", str(mv), "--store", str(tmp_path / "s"), "-o", str(tmp_path / "o"), *common]).exit_code == 0
    (mv / "A.jsonl").write_text('{"id":"r1","text":"江城市公安局民警欧阳明荣获个人三等功。"}\n', encoding="utf-8")
    (mv / "B.jsonl").write_text('{"id":"r3","text":"江城市公安局民警李小红荣获个人一等功。"}\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(mv), "--store", str(tmp_path / "s"), "-o", str(tmp_path / "o"), "--append", *common])
    assert res.exit_code == 0, res.output
    assert CliRunner().invoke(main, ["build", str(mv), "-o", str(tmp_path / "full"), *common]).exit_code == 0
    assert (tmp_path / "o" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()


def test_errors_jsonl_of_an_append_in_pieces_equals_a_full_builds(tmp_path):
    # the store keeps units in the order they were added: the report was in that order, not the build's
    folder = tmp_path / "in"
    _write(folder, "a.txt", POLICE)
    _write(folder, "b.txt", JUDGE)
    _write(folder, "empty.txt", "")
    _write(folder, "z.jsonl", '{"id": "r1", "text": "' + POLICE.replace("\n", "\\n") + '"}\n{"id": 5}\n{"text": "x"}\n')
    full, pieces = tmp_path / "full", tmp_path / "pieces"

    def build(*args: str) -> None:  # (some articles fail: exit 1, the outputs written)
        assert CliRunner().invoke(main, ["build", "-q", "--no-html", *args]).exit_code == 1

    build(str(folder), "-o", str(full))
    build(str(folder / "z.jsonl"), str(folder / "empty.txt"), "-o", str(pieces), "--append")
    build(str(folder), "-o", str(pieces), "--append")
    assert (pieces / "errors.jsonl").read_bytes() == (full / "errors.jsonl").read_bytes()
    assert (pieces / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()


def test_an_append_refuses_an_id_of_another_record_as_a_full_build_does(tmp_path):
    # a.jsonl holds r1, r2; b.jsonl holds an edited r2 and r3: a full build of both refuses r2,
    # an append of b after a accepted it ("1 replaced"), a state no full build can make
    record = lambda rid, text=POLICE: json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n"  # noqa: E731
    _write(tmp_path / "in", "a.jsonl", record("r1") + record("r2"))
    _write(tmp_path / "in", "b.jsonl", record("r2", POLICE + "此外，民警另有表彰。") + record("r3"))
    out = str(tmp_path / "out")
    _kg(str(tmp_path / "in" / "a.jsonl"), "-o", out, "--append")
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "in" / "b.jsonl"), "-o", out, "--append"])
    assert res.exit_code == 2 and "id 'r2' was already used" in res.output
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(tmp_path / "in" / "a.jsonl", copy / "a.jsonl")  # the same archive elsewhere: its records, not a clash
    _kg(str(copy / "a.jsonl"), "-o", out, "--append")


class _Shell:
    """Pickles as a call of ``os.system``: what a crafted extraction file in a copied store holds."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):
        import os

        return os.system, (self.command,)


class _Exec:
    """Pickles as a call of ``builtins.exec``."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __reduce__(self):
        return exec, (self.code,)


def _stored_extraction(tmp_path: Path) -> tuple[Path, Path]:
    """A store of one article (``tmp_path/s``) and its one extraction file."""
    _write(tmp_path / "in", "a.txt", POLICE)
    _kg(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"))
    (pickle_file,) = (tmp_path / "s" / "extractions").glob("*.pickle")
    return tmp_path / "s", pickle_file


def _append_fails_on(tmp_path: Path, store: Path, pickle_file: Path, reason: str) -> None:
    """``--append`` of the same input: one line naming the extraction file and the reason, exit
    2, no traceback, and the store's manifest and the output files as they were."""
    manifest = (store / MANIFEST).read_bytes()
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir() if p.is_file()}
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                    "--store", str(store), "--append"])
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1, res.output
    assert lines[0].startswith(f"error: {pickle_file}: cannot read the stored extraction (") and reason in lines[0], lines
    assert (store / MANIFEST).read_bytes() == manifest
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir() if p.is_file()} == before


@pytest.mark.parametrize("how", ["os.system", "exec", "inside-a-result"])
def test_a_crafted_extraction_file_runs_nothing_and_is_one_error_line(tmp_path, how):
    """The stored extractions were read with pickle.load: a store copied from elsewhere whose
    file calls os.system ran the command on --append. Only the record classes a store writes are
    built; anything else is refused before it is called, as a damaged file."""
    import dataclasses
    import pickle

    store, pickle_file = _stored_extraction(tmp_path)
    marker = tmp_path / "ran"
    if how == "os.system":
        payload = _Shell(f"touch {marker}")
    elif how == "exec":
        payload = _Exec(f"open({str(marker)!r}, 'w').close()")
    else:  # deep inside a result that is otherwise the store's own
        (result,) = pickle.loads(pickle_file.read_bytes())
        payload = [dataclasses.replace(result, doc=dataclasses.replace(result.doc, meta=(("x", _Shell(f"touch {marker}")),)))]
    pickle_file.write_bytes(pickle.dumps(payload, protocol=5))
    _append_fails_on(tmp_path, store, pickle_file, "refused ")
    assert not marker.exists(), "the crafted file ran code"


@pytest.mark.parametrize("content,reason", [
    (b"garbage\n", "ValueError"),
    (b"", "EOFError"),
    ("pickle.dumps(0)", "type int, not a list"),
    ("pickle.dumps([1, 2])", "not a list of extraction results"),
    ("truncated", "UnpicklingError"),
    ("no-such-article", "not those the manifest records"),
    ("unknown-relation", "no relation of the schema ('bar')"),
    ("unknown-class", "no class of the schema ('Robot')"),
    ("missing", "No such file"),
])
def test_a_damaged_extraction_file_is_one_error_line_naming_it(tmp_path, content, reason):
    """A file replaced by pickle.dumps(0) gave a TypeError traceback, one holding "garbage"
    ``error: invalid literal for int() with base 10: 'arbage\\n'`` naming no file: whatever the
    file holds that is not the unit's extraction results is one line naming it, and the build
    writes nothing."""
    import dataclasses
    import pickle

    store, pickle_file = _stored_extraction(tmp_path)
    data = pickle_file.read_bytes()
    (result,) = pickle.loads(data)
    if content == "truncated":
        content = data[: len(data) // 2]
    elif content == "no-such-article":
        content = pickle.dumps([dataclasses.replace(result, doc=dataclasses.replace(result.doc, doc_id="other-1"))])
    elif content == "unknown-relation":
        content = pickle.dumps([dataclasses.replace(result, statements=tuple(
            dataclasses.replace(s, predicate="bar") for s in result.statements))])
    elif content == "unknown-class":
        content = pickle.dumps([dataclasses.replace(result, mentions=tuple(
            dataclasses.replace(m, cls="Robot") for m in result.mentions))])
    elif isinstance(content, str) and content.startswith("pickle."):
        content = eval(content)  # noqa: S307 - the test's own expression
    if content == "missing":
        pickle_file.unlink()
    else:
        pickle_file.write_bytes(content)
    _append_fails_on(tmp_path, store, pickle_file, reason)


def test_the_stores_own_extraction_files_pass_the_checks(tmp_path):
    """Every record class and field kind the extractors write is read back: an append of the
    identity corpus (bylines, honours with qualifiers, posts) reuses all its stored files."""
    files = [str(f) for f in sorted(IDENTITY.glob("*.txt"))]
    _kg(*files, "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"))
    res = _kg(*files, "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s"), "--append")
    assert f"inputs: {len(files)} given, {len(files)} unchanged (skipped)" in res.output


def _tree(root: Path, files: list[Path]) -> Path:
    """``files`` copied into ``root/2023`` (the first half) and ``root/2024``."""
    for i, f in enumerate(files):
        _write(root / ("2023" if i < len(files) // 2 else "2024"), f.name, f.read_text(encoding="utf-8"))
    return root


@pytest.mark.parametrize("how", ["moved", "copied"])
def test_an_append_of_a_moved_or_copied_archive_folder_equals_a_full_build(tmp_path, how):
    """An archive appended in two pieces, then moved (or copied) and appended again from its new
    folder: it stopped with "id '…' was already used at tree/…", a path that no longer existed
    (or that held the same file). A moved input is now its old unit (not read again) and a
    byte-identical copy under the same name one article, as in a full build."""
    files = sorted(IDENTITY.glob("*.txt"))
    tree = _tree(tmp_path / "tree", files)
    out = tmp_path / "out"
    _kg(str(tree / "2023"), "-o", str(out), "--append")
    _kg(str(tree), "-o", str(out), "--append")
    new = tmp_path / "archive" / "tree"
    new.parent.mkdir()
    shutil.copytree(tree, new) if how == "copied" else shutil.move(tree, new)
    res = _kg(str(new), "-o", str(out), "--append")
    inputs = [str(tree), str(new)] if how == "copied" else [str(new)]
    assert (out / "graph.ttl").read_bytes() == _plain(tmp_path, *inputs)
    if how == "moved":
        assert f"inputs: {len(files)} given, {len(files)} unchanged (skipped), 0 new or changed (read)" in res.stdout
        assert f"note: {len(files)} input(s) of the store found at a new path" in res.stderr
        units = json.loads((out / ".kg-store" / MANIFEST).read_text(encoding="utf-8"))["units"]
        assert len(units) == len(files) and all(u["key"].startswith(str(new)) for u in units)


def test_a_moved_and_renamed_jsonl_file_is_one_line_saying_the_old_one_is_gone(tmp_path):
    (tmp_path / "j1").mkdir()
    (tmp_path / "j1" / "x.jsonl").write_text('{"id": "a", "text": "%s"}\n' % POLICE.replace("\n", "\\n"), encoding="utf-8")
    out = str(tmp_path / "out")
    _kg(str(tmp_path / "j1"), "-o", out, "--append")
    (tmp_path / "j2").mkdir()
    (tmp_path / "j1" / "x.jsonl").rename(tmp_path / "j2" / "y.jsonl")
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", str(tmp_path / "j2"), "-o", out, "--append"])
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1
    assert "which no longer exists (moved or renamed?); rebuild without --append to drop it" in res.stderr


def test_an_input_of_the_store_deleted_from_disk_is_kept_and_said(tmp_path):
    """A deleted .txt stayed in the graph on --append with nothing said (the summary showed only
    the inputs given): it is still kept (an append adds to the store), and now counted and named."""
    a = _write(tmp_path / "in", "a.txt", POLICE)
    _write(tmp_path / "in", "b.txt", JUDGE)
    out = str(tmp_path / "out")
    _kg(str(tmp_path / "in"), "-o", out, "--append")
    a.unlink()
    res = _kg(str(tmp_path / "in"), "-o", out, "--append")
    assert res.stdout.splitlines()[:2] == [
        "inputs: 1 given, 1 unchanged (skipped), 0 new or changed (read), 1 no longer found (kept)",
        "articles: 0 read, 0 empty (skipped), 0 failed, 2 in the store"]
    assert res.stderr == (f"note: 1 input(s) of the store no longer found ({a}): their articles are kept; "
                          "drop them with --remove PATH, or rebuild without --append\n")
