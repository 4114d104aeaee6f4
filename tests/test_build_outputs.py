"""kg build: property-graph outputs beside graph.ttl (--format graphml|gexf|cytoscape|csv|neo4j),
the same bytes as kg export; and '-' reads standard input."""
from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.network import BUILD_FILES

TEXT = "台州民警勇救落水群众\n\n近日，浙江省台州市公安局特警支队民警吕祖期跳入河中救起一名落水群众。\n"


@pytest.fixture
def runner():
    return CliRunner()


def test_build_writes_every_export_format_as_kg_export_does(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    args = ["build", str(page), "-o", str(out), "--no-html", "--quiet"]
    for fmt in BUILD_FILES:
        args += ["--format", fmt]
    res = runner.invoke(main, args)
    assert res.exit_code == 0, res.output
    for fmt, names in BUILD_FILES.items():
        for name in names:
            assert f"wrote {out / name}" in res.stdout
        exported = tmp_path / f"export-{fmt}"
        assert runner.invoke(main, ["export", str(out / "graph.ttl"), "--to", fmt, "-o", str(exported)]).exit_code == 0
        if len(names) == 1:
            assert (out / names[0]).read_bytes() == exported.read_bytes(), fmt
        else:
            assert [(out / n).read_bytes() for n in names] == \
                   [p.read_bytes() for p in sorted(exported.iterdir(), key=lambda p: "nodes" not in p.name)], fmt
    labels = {d["label"] for _, d in nx.read_graphml(out / "graph.graphml").nodes(data=True)}
    assert "台州市公安局特警支队" in labels
    assert "吕祖期" in set(pd.read_csv(out / "nodes.csv")["label"])
    # a build without the formats removes the files of the earlier set
    assert runner.invoke(main, ["build", str(page), "-o", str(out), "--no-html", "--quiet"]).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [".kg-set.json", "graph.ttl"]


def test_build_reads_standard_input_like_a_file_named_stdin_txt(runner, tmp_path):
    res = runner.invoke(main, ["build", "-", "-o", str(tmp_path / "a"), "--no-html"], input=TEXT.encode("utf-8"))
    assert res.exit_code == 0, res.output
    assert "articles: 1 read" in res.stdout
    named = tmp_path / "stdin.txt"
    named.write_text(TEXT, encoding="utf-8")
    assert runner.invoke(main, ["build", str(named), "-o", str(tmp_path / "b"), "--no-html"]).exit_code == 0
    ttl = (tmp_path / "a" / "graph.ttl").read_bytes()
    assert ttl == (tmp_path / "b" / "graph.ttl").read_bytes()
    assert "kgid:article-stdin-".encode() in ttl and b'kg:sourceFile "stdin.txt"' in ttl


def test_build_reads_json_lines_from_standard_input(runner, tmp_path):
    line = json.dumps({"id": "qs-1", "title": "台州民警勇救落水群众", "text": TEXT.split("\n\n")[1]}, ensure_ascii=False)
    res = runner.invoke(main, ["build", "-", "-o", str(tmp_path), "--no-html"], input=(line + "\n").encode("utf-8"))
    assert res.exit_code == 0, res.output
    assert "kgid:article-qs-1" in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("data,message", [
    (b"", "error: <stdin>: the file is empty"),
    (b'{"id": 1}\n', "error: <stdin>:1: field 'text' is missing (the article's text, a string)"),
    ("台州".encode() * 400, "error: <stdin>: more than 1,024 bytes, over the limit of 1,024 bytes per file"),
    (b"\x00" * 3000, "error: <stdin>: more than 1,024 bytes, over the limit of 1,024 bytes per file"),
    (b" \n" * 3000, "error: <stdin>: more than 1,024 bytes, over the limit of 1,024 bytes per file"),
])
def test_bad_standard_input_is_one_line_naming_stdin(runner, tmp_path, data, message):
    res = runner.invoke(main, ["build", "-", "-o", str(tmp_path), "--max-file-size", "1K"], input=data)
    assert res.exit_code == 2
    assert res.stderr.splitlines()[0].startswith(message), res.stderr
    assert "Traceback" not in res.output and "kg-stdin-" not in res.stderr


def test_an_endless_standard_input_is_refused_at_the_size_limit(tmp_path):
    """kg build - < /dev/zero read all of standard input before checking its size: a MemoryError
    traceback. It is now read in chunks and refused at the limit."""
    import resource
    import subprocess
    import sys

    def cap():  # a bounded address space: reading without a bound fails fast instead of swapping
        resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))

    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "kg", "build", "-", "-o", str(tmp_path / "out"),
                               "--max-file-size", "1M"], stdin=zero, capture_output=True, text=True,
                              preexec_fn=cap, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr == ("error: <stdin>: more than 1,048,576 bytes, over the limit of 1,048,576 bytes per file "
                           "(raise it with --max-file-size)\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("store", [False, True])
def test_json_lines_on_standard_input_name_stdin_and_the_line_in_every_report(runner, tmp_path, monkeypatch, store):
    """A bad record and an article whose extraction fails, piped in as JSON Lines: stderr and
    OUT/errors.jsonl name ``<stdin>:LINE``, never the temporary copy of standard input."""
    import kg.batch

    real = kg.batch.extract_document

    def flaky(doc, exts):
        if doc.doc_id == "qs-3":
            raise RuntimeError("an extractor broke")
        return real(doc, exts)
    monkeypatch.setattr(kg.batch, "extract_document", flaky)
    body = TEXT.split("\n\n")[1]
    lines = [json.dumps({"id": "qs-1", "text": body}, ensure_ascii=False), "{not json",
             json.dumps({"id": "qs-3", "text": body.replace("吕祖期", "岑望舒")}, ensure_ascii=False)]
    args = ["build", "-", "-o", str(tmp_path / "o"), "--no-html", "-q"] + (["--store", str(tmp_path / "s")] if store else [])
    res = runner.invoke(main, args, input=("\n".join(lines) + "\n").encode("utf-8"))
    assert res.exit_code == 1, res.output
    rows = [json.loads(x) for x in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["input"], r["article"]) for r in rows] == [("<stdin>:2", None), ("<stdin>:3", "qs-3")], rows
    assert rows[0]["error"].startswith("<stdin>:2: not valid JSON")
    assert "warning: <stdin>:2: not valid JSON" in res.stderr and "warning: <stdin>:3: article qs-3" in res.stderr
    assert "kg-stdin-" not in res.output + (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8")


def test_build_writes_its_files_without_an_rdflib_memory_graph(tmp_path, monkeypatch):
    """kg build writes every RDF file (and graph.html) from the statements themselves: the same
    bytes as serialising the rdflib graph of the same build, without building that graph."""
    from pathlib import Path

    import kg.pipeline
    from kg.export import FORMATS, to_bytes
    from kg.graph import build_dataset

    texts = sorted(Path(__file__).parent.joinpath("data/invented/texts").glob("*.txt"))[:6]
    ref = kg.pipeline.run(texts)
    expected = {fmt: to_bytes(build_dataset(ref.resolution) if fmt in ("trig", "nq") else ref.graph, fmt) for fmt in FORMATS}

    def no_memory_graph(*args, **kwargs):
        raise AssertionError("kg build built an rdflib in-memory graph")

    monkeypatch.setattr(kg.pipeline, "build_rdf", no_memory_graph)
    result = kg.pipeline.build(texts, tmp_path / "out", formats=tuple(FORMATS))
    for fmt, suffix in FORMATS.items():
        assert (tmp_path / "out" / f"graph{suffix}").read_bytes() == expected[fmt], fmt
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0
    assert result.summary()["entities"] == ref.summary()["entities"]
    assert result.summary()["relations"] == ref.summary()["relations"]
    with pytest.raises(TypeError):  # a read-only index of the statements, for the view
        result.graph.add(next(iter(result.graph)))
    bare = kg.pipeline.build(texts, tmp_path / "bare", html=False)  # no view: no index either
    assert bare.graph is None and bare.summary() == result.summary()


@pytest.mark.parametrize("store", [False, True])
def test_the_output_folder_inside_the_input_folder_is_not_read_back(tmp_path, monkeypatch, store):
    """kg build . (output ./out): the second build read out/errors.jsonl as a JSON Lines input,
    which failed and grew errors.jsonl by a line every build. The build's own output folder
    (and store) is skipped inside input folders, said on stderr, and rebuilds are identical."""
    (tmp_path / "a.txt").write_text("本报讯 江城市公安局民警柯远舟获表彰。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"\x00\x01")  # a failure: out/errors.jsonl is written
    monkeypatch.chdir(tmp_path)
    args = ["build", ".", "--no-html"] + (["--store", "st"] if store else [])
    outputs = []
    for _ in range(3):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 1, res.output
        outputs.append(((tmp_path / "out" / "graph.ttl").read_bytes(), (tmp_path / "out" / "errors.jsonl").read_bytes()))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[2][1].splitlines()) == 1
    assert "out: skipped, the output folder of this build, not read" in res.output


@pytest.mark.parametrize("append", [False, True])
def test_another_builds_outputs_inside_the_input_folder_are_not_read(tmp_path, monkeypatch, append):
    """kg build . -o out, then kg build . -o out2: the second read out/graph.html (Tupu's own page)
    as an article and out/errors.jsonl as a JSON Lines archive (a failed line). Tupu's outputs met
    in a folder are recognised by their content (the page's generator mark, the report's keys;
    whatever their names, a kg view page too) and skipped, as other ignored files are: one warning
    each, the exit code unchanged; a store folder (OUT/.kg-store of an --append build) is one
    warning, not one a file. The graph is the one the articles alone give."""
    (tmp_path / "a.txt").write_text("本报讯 江城市公安局民警柯远舟获表彰。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"\x00\x01")  # a failure: out/errors.jsonl is written
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["build", ".", "-o", "out", "-q", *(["--append"] if append else [])])
    assert res.exit_code == 1 and (tmp_path / "out" / "errors.jsonl").is_file(), res.output
    view = CliRunner().invoke(main, ["view", "out/graph.ttl", "-o", "maps/江城.html"])
    assert view.exit_code == 0, view.output
    (tmp_path / "out" / "errors.jsonl").rename(tmp_path / "out" / "failed-2024.jsonl")  # named otherwise
    res = CliRunner().invoke(main, ["build", ".", "-o", "out2"])
    assert res.exit_code == 1, res.output  # (empty.txt)
    warnings = sorted(ln for ln in res.stderr.splitlines() if ln.startswith("warning: ") and "not a .txt" not in ln)
    assert warnings == sorted([
        "warning: empty.txt: looks like a binary file (NUL bytes), expected Chinese text; not read",
        "warning: maps/江城.html: skipped, a page of Tupu's graph view (kg build, kg view), not an article",
        "warning: out/failed-2024.jsonl: skipped, the errors.jsonl report of a kg build (its failed inputs), "
        "not articles",
        "warning: out/graph.html: skipped, a page of Tupu's graph view (kg build, kg view), not an article",
        *(["warning: out/.kg-store: skipped, a Tupu store (kg build --store, --append), not read"] if append else []),
    ]), res.stderr
    assert "articles: 1 read, 0 skipped, 1 failed" in res.stdout, res.stdout
    assert (tmp_path / "out2" / "graph.ttl").read_bytes() == (tmp_path / "out" / "graph.ttl").read_bytes()
    assert json.loads((tmp_path / "out2" / "errors.jsonl").read_text(encoding="utf-8"))["input"] == "empty.txt"


def test_a_web_page_or_archive_that_only_looks_like_an_output_is_read(tmp_path):
    """Only Tupu's own files are skipped: a saved web page with another generator, and a JSON
    Lines archive whose records hold an ``article`` field beside id and text, are read."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.html").write_text('<html><head><meta name="generator" content="WordPress 6.4">'
                                 "<title>x</title></head><body><h1>表彰决定</h1>"
                                 "<p>本报讯 江城市公安局民警柯远舟获表彰。</p></body></html>", encoding="utf-8")
    (news / "b.jsonl").write_text(json.dumps({"article": "x", "error": "", "input": "", "id": "b1",
                                              "text": "本报讯 江城市公安局民警龚屿川获表彰。"}, ensure_ascii=False,
                                             sort_keys=True) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(news), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 0 and "articles: 2 read" in res.stdout, res.output
    assert "skipped" not in res.stderr, res.stderr


def test_an_output_given_by_name_is_read_as_given(tmp_path):
    """A file given by name is read whatever it is (only what a folder holds is sorted out):
    kg build out/graph.html builds the page's text, as before."""
    (tmp_path / "a.txt").write_text("本报讯 江城市公安局民警柯远舟获表彰。\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q"]).exit_code == 0
    res = CliRunner().invoke(main, ["build", str(tmp_path / "out" / "graph.html"), "-o", str(tmp_path / "o2")])
    assert "skipped" not in res.stderr and "articles: 1 read" in res.stdout, res.output


def test_the_decisions_file_inside_the_input_folder_is_no_article(tmp_path, monkeypatch):
    """A --decisions file kept with the articles (news/decisions.txt) was built as an article too
    (a stray node of its words); it is skipped there and named on stderr."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("本报讯 江城市公安局民警柯远舟获表彰。\n", encoding="utf-8")
    (news / "decisions.txt").write_text("same  江城市公安局  江城市公安局\n", encoding="utf-8")  # (a person and a unit: an error)
    res = CliRunner().invoke(main, ["build", str(news), "-o", str(tmp_path / "out"), "--no-html",
                                    "--decisions", str(news / "decisions.txt")])
    assert "decisions.txt: skipped, a file this build reads as an option (--decisions), not an article" in res.output
    assert "articles: 1 read" in res.output, res.output


def test_a_rebuild_removes_only_the_files_an_earlier_build_wrote(tmp_path):
    """A rebuild removed every file bearing an output's name (the user's own graph.nt, the
    nodes.csv of a kg export into the folder); OUT/.kg-set.json now records what each build
    wrote, and only those files of an older set are removed. A folder built by a Tupu of before
    the record (graph.ttl, no record) is cleaned as before, once."""
    src = tmp_path / "a.txt"
    src.write_text("本报讯 江城市公安局民警柯远舟获表彰。\n", encoding="utf-8")
    out = tmp_path / "out"

    def build(*more):
        res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "-q", "--no-html", *more])
        assert res.exit_code == 0, res.output

    build("--format", "nt")
    assert (out / "graph.nt").exists()
    build()  # graph.nt was this folder's build's own: gone with the new set
    assert not (out / "graph.nt").exists()
    (out / "graph.nt").write_text("mine\n", encoding="utf-8")
    (out / "nodes.csv").write_text("mine\n", encoding="utf-8")
    build()
    assert (out / "graph.nt").read_text(encoding="utf-8") == "mine\n"
    assert (out / "nodes.csv").read_text(encoding="utf-8") == "mine\n"
    (out / ".kg-set.json").unlink()  # as a Tupu of before the record left it
    build()
    assert not (out / "graph.nt").exists() and not (out / "nodes.csv").exists()


def test_the_record_of_the_set_yields_files_taken_over_and_survives_bad_records(tmp_path):
    """Files of a build that kg export then wrote over are the export's (the next build left
    them: it removed them as its own); a record no Tupu wrote (nested 200,000 deep: the build
    stopped with a bare recursion error, every time) counts as none; a folder in its place is
    one line naming it."""
    src = tmp_path / "a.txt"
    src.write_text("本报讯 江城市公安局民警柯远舟获表彰。\n", encoding="utf-8")
    out = tmp_path / "out"

    def kg(*args):
        return CliRunner().invoke(main, [*args])

    assert kg("build", str(src), "-o", str(out), "-q", "--no-html", "--format", "csv").exit_code == 0
    assert kg("export", str(out / "graph.ttl"), "--to", "csv", "-o", str(out)).exit_code == 0
    assert kg("build", str(src), "-o", str(out), "-q", "--no-html").exit_code == 0
    assert (out / "nodes.csv").exists() and (out / "edges.csv").exists()
    (out / ".kg-set.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    res = kg("build", str(src), "-o", str(out), "-q", "--no-html")
    assert res.exit_code == 0, res.output
    (out / ".kg-set.json").unlink()
    (out / ".kg-set.json").mkdir()
    res = kg("build", str(src), "-o", str(out), "-q", "--no-html")
    assert res.exit_code == 2 and ".kg-set.json: is a folder" in res.output and "Traceback" not in res.output
