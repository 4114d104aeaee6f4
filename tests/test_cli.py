"""kg.cli: build / query / validate through click's CliRunner, one-line errors, --help."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner():
    return CliRunner()


def test_build_without_input_builds_bundled_page(runner, tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "articles: 8" in res.stdout
    assert "entities: Person" in res.stdout and "relations: locatedIn" in res.stdout
    assert (out / "graph.ttl").stat().st_size > 1000
    assert (out / "graph.html").exists()
    assert f"wrote {out / 'graph.ttl'}" in res.stdout


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00")
    (tmp / "broken.txt").write_bytes(b"hello \xff\xfe world caf\xe9 \x80\n")
    (tmp / "emptydir").mkdir()
    return {"empty": tmp / "empty.txt", "binary": tmp / "binary.txt", "broken": tmp / "broken.txt",
            "emptydir": tmp / "emptydir", "missing": tmp / "missing.txt"}


@pytest.mark.parametrize("kind", ["empty", "binary", "broken", "emptydir", "missing"])
def test_build_bad_input_is_one_line_error_and_keeps_old_graph(runner, tmp_path, kind):
    bad = _bad_inputs(tmp_path)[kind]
    out = tmp_path / "out"
    out.mkdir()
    old = "# an earlier build\n".encode()
    (out / "graph.ttl").write_bytes(old)
    res = runner.invoke(main, ["build", str(bad), "-o", str(out)])
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("error:")
    assert bad.name in lines[0]
    assert (out / "graph.ttl").read_bytes() == old
    assert not (out / "graph.html").exists()


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(runner, sample_ttl, fmt):
    q = "SELECT ?name WHERE { ?h a kg:Honor ; rdfs:label ?name } ORDER BY ?name"
    res = runner.invoke(main, ["query", str(sample_ttl), q, "--format", fmt])
    assert res.exit_code == 0, res.output
    if fmt == "json":
        rows = json.loads(res.stdout)["results"]["bindings"]
        assert [r["name"]["value"] for r in rows] == ["全国优秀公安基层单位", "集体一等功"]
    else:
        lines = [l.strip() for l in res.stdout.strip().splitlines()]
        assert lines[0] == "name"
        assert "全国优秀公安基层单位" in lines and "集体一等功" in lines
        if fmt == "csv":
            assert len(lines) == 3


def test_query_syntax_error_is_one_line(runner, sample_ttl):
    res = runner.invoke(main, ["query", str(sample_ttl), "SELECT ?n WHERE { ?p a kg:Person "])
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:")


def test_query_missing_graph_file(runner, tmp_path):
    res = runner.invoke(main, ["query", str(tmp_path / "nope.ttl"), "SELECT * WHERE { ?s ?p ?o }"])
    assert res.exit_code != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "nope.ttl" in lines[0]


def test_validate_fresh_build(runner, sample_ttl):
    res = runner.invoke(main, ["validate", str(sample_ttl)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.stdout
    assert res.stderr == ""


def test_python_dash_m_kg_help():
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    for cmd in ("build", "query", "validate", "view"):
        assert cmd in proc.stdout


@pytest.mark.parametrize("cmd", [[], ["build"], ["view"], ["query"], ["validate"]])
def test_every_command_help_has_example(runner, cmd):
    res = runner.invoke(main, cmd + ["--help"])
    assert res.exit_code == 0
    assert "Example" in res.stdout


def test_build_help_lists_every_jsonl_field_and_encoding_read(runner):
    """The help says what kg.sources and kg.ingest read: every JSON Lines field, every encoding."""
    from kg.ingest import CHINESE_CODECS
    from kg.sources import META_FIELDS

    res = runner.invoke(main, ["build", "--help"])
    text = " ".join(res.output.split())
    fields = text.split("one article per line:")[1].split(";")[0]
    assert [f.strip() for f in fields.split(",")] == ["id", "title", *META_FIELDS, "text"]
    assert "UTF-16" in text and "UTF-8" in text
    for codec, shown in {"gb18030": "GB18030", "big5hkscs": "Big5"}.items():
        assert codec in CHINESE_CODECS and shown in text


def test_view_and_export_make_their_output_folder(runner, sample_ttl, tmp_path):
    res = runner.invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "maps" / "g.svg")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "maps" / "g.svg").stat().st_size > 0
    res = runner.invoke(main, ["export", str(sample_ttl), "--to", "gexf", "-o", str(tmp_path / "ex" / "g.gexf")])
    assert res.exit_code == 0, res.output
    (tmp_path / "afile").write_text("x")
    res = runner.invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "afile" / "g.svg")])
    assert res.exit_code != 0 and "afile" in res.output and "Traceback" not in res.output


@pytest.mark.parametrize("args", [["export", "--to", "graphml"], ["export", "--to", "cytoscape"], ["view"]])
def test_an_output_over_the_input_graph_is_refused(runner, sample_ttl, tmp_path, args):
    """kg export GRAPH -o GRAPH wrote GraphML into the build's graph.ttl (exit 0): the set of
    files destroyed. Writing over the input is one error line and the file is untouched."""
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(sample_ttl.read_bytes())
    cmd, *rest = args
    res = runner.invoke(main, [cmd, str(graph), *rest, "-o", str(graph)])
    assert res.exit_code == 2 and "is the input graph" in res.output or cmd == "view" and res.exit_code == 2, res.output
    assert graph.read_bytes() == sample_ttl.read_bytes()


@pytest.mark.parametrize("args", [["query", "GRAPH", "ASK {}", "--timeout", "inf"],
                                  ["query", "GRAPH", "ASK {}", "--timeout", "nan"],
                                  ["query", "GRAPH", "ASK {}", "--timeout", "1e308"],
                                  ["build", "-o", "OUT", "--max-file-size", "99999999999999999999G"],
                                  ["build", "-o", "OUT", "--max-file-size", "999999999G"]])
def test_extreme_limits_are_one_error_line(tmp_path, sample_ttl, args):
    # --timeout inf / 1e308 gave OverflowError tracebacks, nan an unclear line, and a size past an
    # index's range a traceback
    args = [str(sample_ttl) if a == "GRAPH" else str(tmp_path / "o") if a == "OUT" else a for a in args]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "--timeout" in res.output or "--max-file-size" in res.output


def test_export_never_writes_into_a_store_or_over_a_builds_file(tmp_path):
    # kg export -o STORE/tupu-store.json "damaged" the store; -o OUT/graph.nt left GraphML in the
    # build's set (only the input file itself was guarded)
    out, store = tmp_path / "out", tmp_path / "st"
    assert CliRunner().invoke(main, ["build", "-o", str(out), "--store", str(store), "--no-html", "--format", "nt", "-q"]).exit_code == 0
    for target in (store / "tupu-store.json", store / "x.graphml", out / "graph.nt", out / ".kg-set.json"):
        res = CliRunner().invoke(main, ["export", str(out / "graph.ttl"), "--to", "graphml", "-o", str(target)])
        assert res.exit_code == 2 and str(target) in res.output, (target, res.output)
    assert CliRunner().invoke(main, ["query", str(store), "ASK { ?s ?p ?o }"]).output.strip() == "true"
    res = CliRunner().invoke(main, ["export", str(out / "graph.ttl"), "--to", "graphml", "-o", str(out / "g.graphml")])
    assert res.exit_code == 0


def test_a_bom_opens_a_query_file_and_a_graph_file(tmp_path, sample_ttl):
    # a UTF-8 BOM (saved by a Windows editor) was a syntax error at '\ufeff' / "not valid turtle"
    rq, ttl = tmp_path / "q.rq", tmp_path / "g.ttl"
    rq.write_bytes(b"\xef\xbb\xbfASK { ?s ?p ?o }\n")
    ttl.write_bytes(b"\xef\xbb\xbf" + sample_ttl.read_bytes())
    res = CliRunner().invoke(main, ["query", str(ttl), "-f", str(rq)])
    assert res.exit_code == 0 and res.output.strip() == "true", res.output


@pytest.mark.parametrize("command", [["query", "ASK {}"], ["stats"], ["validate"], ["view", "-o", "x.html"],
                                     ["export", "--to", "csv", "-o", "x"]])
def test_a_missing_graph_or_store_is_named_missing(tmp_path, command):
    """kg query nosuch said "unknown graph file suffix ''" (breaker 3)."""
    missing = str(tmp_path / "nosuch")
    args = [command[0], missing, *command[1:]]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and res.output.strip() == f"error: {missing}: no such graph file or store folder", res.output


def test_build_takes_turtle_as_a_format_it_always_writes(tmp_path):
    # --format ttl (or turtle): Turtle is always written; asking for it is no error
    from click.testing import CliRunner
    from kg.cli import main
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", "--format", "ttl", "-o", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "o").iterdir() if not p.name.startswith(".")) == ["graph.ttl"]


def test_build_holds_jobs_to_a_few_per_core(tmp_path):
    # --jobs 5000 forked about 4,900 processes for the eight articles of the sample page
    from click.testing import CliRunner
    from kg.batch import JOBS_PER_CORE, usable_cores
    from kg.cli import main
    res = CliRunner().invoke(main, ["build", "-q", "--no-html", "--jobs", "5000", "-o", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    assert f"using {JOBS_PER_CORE * usable_cores()}" in res.output and (tmp_path / "o" / "graph.ttl").is_file()


@pytest.mark.parametrize("command", [["build", "-q", "--no-html"], ["view", "out/graph.ttl"]])
def test_an_empty_output_path_is_an_error_not_the_current_folder(tmp_path, monkeypatch, command):
    # -o "" (an unset $OUT) wrote graph.ttl and .kg-set.json into the working folder
    from click.testing import CliRunner
    from kg.cli import main
    monkeypatch.chdir(Path(__file__).resolve().parents[1]) if command[0] == "view" else monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, [*command, "-o", ""])
    assert res.exit_code == 2 and "empty" in res.output
    assert not (tmp_path / "graph.ttl").exists()


def test_a_param_given_twice_is_an_error(runner, sample_ttl):
    res = runner.invoke(main, ["query", str(sample_ttl), "--saved", "units_and_honours",
                               "--param", "agency=甲", "--param", "agency=乙"])
    assert res.exit_code != 0 and "given twice" in res.output


def test_a_graph_file_cut_short_is_named_with_its_line(tmp_path, sample_ttl):
    # rdflib's Turtle parser said only "string index out of range"
    cut = tmp_path / "cut.ttl"
    text = sample_ttl.read_text(encoding="utf-8")
    cut.write_text(text[:text.index(" ;", 3000)], encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(cut)])
    assert res.exit_code == 2 and "cut.ttl: not valid turtle" in res.output
    assert "line" in res.output and "string index" not in res.output, res.output


def test_validating_an_empty_graph_warns(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(empty)])
    assert res.exit_code == 0 and "the graph holds no statements" in res.output


def test_a_build_names_the_outputs_of_an_earlier_build_it_removed(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", "-o", str(out), "--no-html", "--format", "turtle", "--format", "nt"]).exit_code == 0
    res = CliRunner().invoke(main, ["build", "-o", str(out), "--no-html"])
    assert res.exit_code == 0 and not (out / "graph.nt").exists()
    assert f"removed {out / 'graph.nt'}" in res.output


# ---------------------------------------------------------------------------- new-user findings (s21)


@pytest.mark.parametrize("args, option", [(["--max-nodes", "0"], "--max-nodes"), (["--focus", "台州市公安局", "--depth", "-1"], "--depth")])
def test_view_names_the_option_of_an_out_of_range_value(runner, sample_ttl, tmp_path, args, option):
    """``--max-nodes 0`` and ``--depth -1`` said ``max_nodes``/``depth`` (Python's names); they name
    the option, as every other range error does."""
    res = runner.invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "v.html"), *args])
    assert res.exit_code == 2 and f"'{option}'" in res.output, res.output
    assert "max_nodes" not in res.output and "depth must" not in res.output
    assert not (tmp_path / "v.html").exists()


def test_view_says_depth_is_ignored_without_focus(runner, sample_ttl, tmp_path):
    res = runner.invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "v.svg"), "--depth", "1"])
    assert res.exit_code == 0, res.output
    assert res.stderr == "warning: --depth 1 is ignored without --focus (it counts hops around the --focus entity); " \
                         "drawing the whole graph\n", res.stderr
    for args in (["--depth", "1", "--focus", "台州市公安局"], []):  # with --focus, or left at its default: no word
        res = runner.invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "w.svg"), *args])
        assert res.exit_code == 0 and "warning" not in res.stderr, res.stderr
    assert "Ignored without --focus" in " ".join(runner.invoke(main, ["view", "--help"]).stdout.split())


def test_build_help_names_every_kind_of_input(runner):
    text = " ".join(runner.invoke(main, ["build", "--help"]).stdout.split())
    for suffix in (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"):
        assert suffix in text, suffix


def test_read_counts_the_same_with_and_without_append(runner, tmp_path):
    """A failed input is counted as failed, not read, in both modes (``--append`` counted it as
    read too); a rerun that reads nothing says 0 read."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("民警帮助走失老人回家\n\n近日，白沙派出所民警周海峰在巡逻中发现一名走失老人。\n", encoding="utf-8")
    (news / "empty.txt").write_bytes(b"\x00\x01")  # (a failure: an empty file is skipped, not failed)
    (news / "b.jsonl").write_text('{"id": "x1", "title": "表彰", "text": "杭州市公安局民警张三被记个人三等功。"}\n',
                                  encoding="utf-8")

    def articles(*extra):
        res = runner.invoke(main, ["build", str(news), "--no-html", *extra])
        assert res.exit_code == 1, res.output
        return next(line for line in res.stdout.splitlines() if line.startswith("articles: "))

    assert articles("-o", str(tmp_path / "plain")) == "articles: 2 read, 0 skipped, 1 failed"
    assert articles("-o", str(tmp_path / "app"), "--append") == \
        "articles: 2 read, 0 empty (skipped), 1 failed, 2 in the store"
    assert articles("-o", str(tmp_path / "app"), "--append") == \
        "articles: 0 read, 0 empty (skipped), 1 failed, 2 in the store"


def test_an_edited_text_file_is_added_and_removed_a_kept_json_lines_id_replaced(runner, tmp_path):
    """The README said an edited article shows as "1 replaced": a text file's article IRI holds
    its content's hash, so its edit is "1 added, 1 removed"; only a JSON Lines record whose id is
    kept is "replaced". The README says which."""
    news = tmp_path / "news"
    news.mkdir()
    text = news / "a.txt"
    text.write_text("民警帮助走失老人回家\n\n近日，白沙派出所民警周海峰在巡逻中发现一名走失老人。\n", encoding="utf-8")
    record = news / "b.jsonl"
    record.write_text('{"id": "x1", "title": "表彰", "text": "杭州市公安局民警张三被记个人三等功。"}\n', encoding="utf-8")

    def store_line():
        res = runner.invoke(main, ["build", str(news), "--no-html", "-o", str(tmp_path / "out"), "--append"])
        assert res.exit_code == 0, res.output
        return next(line for line in res.stdout.splitlines() if line.startswith("store "))

    store_line()
    text.write_text(text.read_text(encoding="utf-8").replace("周海峰", "周海锋"), encoding="utf-8")
    assert "article graphs 1 kept, 0 replaced, 0 updated, 1 added, 1 removed" in store_line()
    record.write_text(record.read_text(encoding="utf-8").replace("张三", "张四"), encoding="utf-8")
    assert "article graphs 1 kept, 1 replaced, 0 updated, 0 added, 0 removed" in store_line()
    readme = " ".join(((ROOT / "README.md").read_text(encoding="utf-8") + "\n" + (ROOT / "docs" / "manual.md").read_text(encoding="utf-8")).split())
    assert "article graphs 6 kept, 0 replaced, 0 updated, 1 added, 1 removed" in readme
    assert "`replaced` counts articles whose IRI stayed" in readme
