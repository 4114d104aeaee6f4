"""A data engineer wiring ``kg build --append`` into a nightly pipeline (user 13): an --append with
no INPUT added the bundled sample page to the store, there was no N-Quads output, ``-o -`` made a
folder named ``-``, and a build stopped by SIGTERM began its stderr with an empty line."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "巡逻纪实\n\n近日，陕西省咸阳市公安局交警支队民警岑望舒荣获个人三等功。\n"
OTHER = "表彰通报\n\n日前，浙江省台州市公安局椒江分局民警柯远舟荣获个人二等功。\n"


def _build(*args) -> object:
    return CliRunner().invoke(main, ["build", "--no-html", *map(str, args)])


def _two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


# ----------------------------------------------------------------------------- 1. --append with no INPUT


@pytest.mark.parametrize("decisions", [False, True])
def test_an_append_without_input_rewrites_from_the_store_not_the_sample_page(tmp_path, decisions):
    """``kg build -o OUT --append [--decisions d.txt]`` with no INPUT read the bundled sample page (the
    default input) into the store, exit 0, no word: now nothing is read and the files are written
    again from the store's articles (with the new decisions applied)."""
    out = tmp_path / "out"
    res = _build(_two_articles(tmp_path), "-o", out, "--append", "-q")
    assert res.exit_code == 0, res.output
    before = (out / "graph.ttl").read_bytes()
    extra = []
    if decisions:
        (tmp_path / "d.txt").write_text("same 岑望舒 柯远舟\n", encoding="utf-8")
        extra = ["--decisions", tmp_path / "d.txt"]
    res = _build("-o", out, "--append", *extra)
    assert res.exit_code == 0, res.output
    assert "inputs: 0 given" in res.output and "articles: 0 read" in res.output and ", 2 in the store" in res.output
    after = (out / "graph.ttl").read_bytes()
    assert b"fazhi-ribao-page" not in after
    if decisions:
        assert "user-same 1" in res.output and after != before
    else:
        assert after == before


def test_a_first_append_without_input_is_one_error_line(tmp_path):
    """No store yet and no INPUT: one error line naming the store, exit 2, nothing written (not the sample page)."""
    out = tmp_path / "out"
    res = _build("-o", out, "--append")
    assert res.exit_code == 2
    assert res.output.startswith("error: --append without INPUT") and len(res.output.splitlines()) == 1
    assert str(out / ".kg-store") in res.output
    assert not out.exists()


def test_a_build_without_append_and_input_still_builds_the_sample_page(tmp_path):
    res = _build("-q", "-o", tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert b"fazhi-ribao-page" in (tmp_path / "out" / "graph.ttl").read_bytes()


# ----------------------------------------------------------------------------- 2. N-Quads


def test_build_writes_n_quads_with_one_named_graph_per_article(tmp_path):
    from rdflib import Dataset

    from kg.export import quiet_rdflib_deprecations

    folder = _two_articles(tmp_path)
    res = _build(folder, "-o", tmp_path / "out", "--format", "nq", "--format", "trig", "-q")
    assert res.exit_code == 0, res.output
    nq = (tmp_path / "out" / "graph.nq").read_bytes()
    lines = nq.splitlines(keepends=True)
    assert lines == sorted(lines) and len(set(lines)) == len(lines) and all(ln.endswith(b" .\n") for ln in lines)
    quads, trig = Dataset(), Dataset()
    with quiet_rdflib_deprecations():
        quads.parse(data=nq, format="nquads")
        trig.parse(tmp_path / "out" / "graph.trig", format="trig")
    as_set = lambda ds: {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}  # noqa: E731
    assert as_set(quads) == as_set(trig)
    names = {g for *_, g in as_set(quads)}
    assert sum("/article-" in str(g) for g in names) == 2  # one graph per article (and the entities' graph)


def test_n_quads_are_the_same_bytes_from_a_store_an_append_a_process_and_kg_export(tmp_path):
    folder = _two_articles(tmp_path)
    env = dict(os.environ, PYTHONHASHSEED="3")
    plain = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "a"), "-q",
                            "--no-html", "--format", "nquads"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert plain.returncode == 0, plain.stderr
    assert _build(folder / "a.txt", "-o", tmp_path / "b", "--append", "--format", "nq", "-q").exit_code == 0
    assert _build(folder / "b.txt", "-o", tmp_path / "b", "--append", "-q").exit_code == 0  # (the store keeps nq)
    nq = (tmp_path / "a" / "graph.nq").read_bytes()
    assert (tmp_path / "b" / "graph.nq").read_bytes() == nq
    for source in (tmp_path / "b" / ".kg-store", tmp_path / "a" / "graph.nq"):
        target = tmp_path / "x" / f"{source.name}.nq"
        res = CliRunner().invoke(main, ["export", str(source), "--to", "nq", "-o", str(target)])
        assert res.exit_code == 0, res.output
        assert target.read_bytes() == nq


def test_n_quads_of_blank_nodes_are_deterministic(tmp_path):
    (tmp_path / "g.trig").write_text('@prefix ex: <http://ex/> .\nex:g1 { ex:a ex:p [ ex:q "x" ] . }\n'
                                     'ex:g2 { ex:b ex:p [ ex:q "y\\nz" ] . }\nex:d ex:p ex:e .\n', encoding="utf-8")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.nq"
        proc = subprocess.run([sys.executable, "-m", "kg", "export", str(tmp_path / "g.trig"), "--to", "nquads",
                               "-o", str(out)], capture_output=True, text=True, cwd=ROOT,
                              env=dict(os.environ, PYTHONHASHSEED=seed))
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert b"<http://ex/d> <http://ex/p> <http://ex/e> .\n" in outs[0]  # the default graph: no fourth term
    assert b'"y\\nz" <http://ex/g2> .\n' in outs[0]


def test_an_n_quads_file_is_queried_with_its_named_graphs(tmp_path):
    folder = _two_articles(tmp_path)
    assert _build(folder, "-o", tmp_path / "out", "--format", "nq", "-q").exit_code == 0
    res = CliRunner().invoke(main, ["query", str(tmp_path / "out" / "graph.nq"), "--format", "csv",
                                    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a kg:NewsArticle } }"])
    assert res.exit_code == 0, res.output
    assert res.output.split() == ["n", "2"]


def test_export_to_nq_refuses_another_format_s_suffix(tmp_path):
    (tmp_path / "g.ttl").write_text("<http://ex/a> <http://ex/p> <http://ex/b> .\n", encoding="utf-8")
    for to, name, hint in (("nq", "g.graphml", "name the file .nq or .nquads"), ("graphml", "g.nq", "give --to nq")):
        res = CliRunner().invoke(main, ["export", str(tmp_path / "g.ttl"), "--to", to, "-o", str(tmp_path / name)])
        assert res.exit_code == 2 and res.output.startswith("error: ") and len(res.output.splitlines()) == 1
        assert hint in res.output, res.output
        assert not (tmp_path / name).exists()


# ----------------------------------------------------------------------------- 3. -o -


def test_build_dash_o_dash_is_one_error_line_and_writes_nothing(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "-", "-o", "-"], input=ARTICLE, capture_output=True,
                          text=True, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: -o -:") and "folder" in proc.stderr and len(proc.stderr.splitlines()) == 1
    assert proc.stdout == "" and list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- 4. SIGTERM


_STOPPER = """
import os, signal, sys, time
import kg.pipeline
name = sys.argv[1]
def build(*args, **kwargs):
    os.kill(os.getpid(), getattr(signal, name))
    time.sleep(30)
kg.pipeline.build = build
sys.argv = ["kg"] + sys.argv[2:]
from kg.cli import run_cli
run_cli()
"""


@pytest.mark.parametrize("name,line", [("SIGTERM", "error: stopped by SIGTERM"), ("SIGINT", "error: interrupted")])
def test_a_stopped_build_says_so_in_exactly_one_line(tmp_path, name, line):
    """stderr was ``\\nerror: stopped by SIGTERM`` (click answers a KeyboardInterrupt with an empty
    line): off a terminal it is the one line."""
    import signal

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _STOPPER, name, "build", str(tmp_path / "a.txt"), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 128 + getattr(signal, name)
    assert proc.stderr == line + "\n"
