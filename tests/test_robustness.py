"""Hostile input: query evaluation errors, remote access, half-replaced outputs, odd files."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest import iter_input_files, read_text
from kg.nlp import MAX_SENTENCE, split_sentences
from kg.query import QueryEvaluationError, QuerySyntaxError, run_query
from kg.types import Document

ARTICLE = "咸阳警讯\n\n近日，陕西省咸阳市公安局交警支队开展巡逻。\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("b")
    (out / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(out / "a.txt"), "-o", str(out / "o")])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.parametrize("q,answer", [
    ('SELECT ?o WHERE { ?s ?p ?o FILTER regex(str(?o), "(") }', "o\n-\n"),
    ("SELECT (SUM(?o) AS ?x) WHERE { ?s ?p ?o }", "x\n-\n\n"),
])
def test_query_evaluation_errors_are_one_line(built, q, answer):
    """rdflib stops on an invalid regular expression and on a sum of IRIs: one error line from kg
    query on a file rdflib answers (one Oxigraph refuses: an IRI with a bad escape). Oxigraph, which
    answers graph.ttl, follows the standard: an error makes a FILTER false and a SUM unbound."""
    from kg.export import load_graph

    ttl = built / "o" / "graph.ttl"
    with pytest.raises(QueryEvaluationError):
        run_query(load_graph(ttl), q)
    rdflib_only = built / "rdflib-only.ttl"
    rdflib_only.write_bytes(ttl.read_bytes() + b"<http://a.example/s> <http://a.example/p> <http://a.example/a%zz> .\n")
    res = CliRunner().invoke(main, ["query", str(rdflib_only), q])
    assert res.exit_code == 2 and res.output.startswith("error:") and len(res.output.strip().splitlines()) == 1
    res = CliRunner().invoke(main, ["query", str(ttl), q])
    assert res.exit_code == 0 and res.output == answer, res.output


def test_an_oxigraph_evaluation_error_is_one_line(built):
    """A function Oxigraph does not know stops it (rdflib leaves the BIND unbound)."""
    res = CliRunner().invoke(main, ["query", str(built / "o" / "graph.ttl"), "SELECT ?x WHERE { BIND(<urn:x:f>(1) AS ?x) }"])
    assert res.exit_code == 2 and res.output.startswith("error: SPARQL evaluation failed: ") and \
        len(res.output.strip().splitlines()) == 1, res.output


@pytest.mark.parametrize("q", ["SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                               "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "   "])
def test_remote_and_empty_queries_are_refused(built, q):
    from kg.export import load_graph
    from kg.sandbox import QueryRefusedError

    with pytest.raises((QuerySyntaxError, QueryRefusedError)):
        run_query(load_graph(built / "o" / "graph.ttl"), q)


def test_word_from_inside_a_string_is_not_refused(built):
    from kg.export import load_graph

    res = run_query(load_graph(built / "o" / "graph.ttl"), 'SELECT ?x WHERE { ?x ?p "FROM SERVICE" }')
    assert res.rows == []


def test_failed_build_replaces_nothing(built):
    out = built / "o"
    before = (out / "graph.ttl").read_bytes()
    (out / "graph.html").unlink()
    (out / "graph.html").mkdir()
    (built / "b.txt").write_text("别的标题\n\n近日，甘肃省天水市公安局开展巡逻。\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(built / "b.txt"), "-o", str(out)])
    assert res.exit_code == 2 and "graph.html" in res.output and ".tmp" not in res.output
    assert (out / "graph.ttl").read_bytes() == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [".kg-set.json"]  # the good build's record


def test_output_that_is_a_file(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "f").write_text("x")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "f")])
    assert res.exit_code == 2 and "not a folder" in res.output


def test_view_error_names_the_output_not_a_temp_file(built, tmp_path):
    (tmp_path / "v.html").mkdir()
    res = CliRunner().invoke(main, ["view", str(built / "o" / "graph.ttl"), "-o", str(tmp_path / "v.html")])
    assert res.exit_code == 2 and ".tmp" not in res.output and "v.html" in res.output


def test_utf16_with_bom_is_read(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(ARTICLE.encode("utf-16"))
    assert read_text(p) == ARTICLE


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_subfolder_is_an_error(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.chmod(tmp_path / "sub", 0)
    try:
        with pytest.raises(InputError, match="cannot read folder"):
            iter_input_files([tmp_path])
    finally:
        os.chmod(tmp_path / "sub", 0o755)


def _unlistable(monkeypatch, folder):
    """Listing ``folder`` raises PermissionError, as for a user without read rights on it (root
    reads every folder, so chmod 000 cannot show it in a test run as root)."""
    import kg.ingest

    real = os.scandir

    def scandir(path="."):
        if not isinstance(path, int) and os.path.abspath(path) == os.path.abspath(folder):  # (rmtree lists fds)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(kg.ingest.os, "scandir", scandir)


@pytest.mark.parametrize("store", [False, True])
def test_an_unreadable_subfolder_fails_alone_as_an_unreadable_file_does(tmp_path, monkeypatch, store):
    """A subfolder of an input folder that cannot be listed stopped the whole build (exit 2,
    nothing written), where an unreadable file in the same spot fails alone."""
    import json

    (tmp_path / "c2" / "b").mkdir(parents=True)
    (tmp_path / "c2" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c2" / "b" / "b.txt").write_text(ARTICLE.replace("咸阳", "宝鸡"), encoding="utf-8")
    _unlistable(monkeypatch, tmp_path / "c2" / "b")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["build", "c2", "-o", "out", "--no-html", "-q"] + (["--append"] if store else []))
    assert res.exit_code == 1, res.output
    assert res.stderr == "warning: c2/b: cannot read folder (Permission denied); not read\n"
    rows = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows == [{"article": None, "error": "c2/b: cannot read folder (Permission denied)", "input": "c2/b"}]
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "咸阳市公安局" in ttl and "宝鸡" not in ttl


def test_an_input_folder_that_cannot_be_listed_is_still_an_error(tmp_path, monkeypatch):
    (tmp_path / "c2").mkdir()
    (tmp_path / "c2" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _unlistable(monkeypatch, tmp_path / "c2")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["build", "c2", "-o", "out", "--no-html", "-q"])
    assert res.exit_code == 2 and res.stderr == "error: c2: cannot read folder (Permission denied)\n"
    assert not (tmp_path / "out").exists()


def test_symlink_loop_is_named(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(InputError, match="loop"):
        iter_input_files([tmp_path / "a"])


def test_long_run_without_full_stops_is_cut_into_sentences():
    text = "民警巡逻，" * 400
    doc = Document("d-1", "d.txt", "", (), text, tuple(range(len(text))))
    sentences = split_sentences(doc)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert "".join(s.text for s in sentences) == text


def test_ctrl_c_is_one_line(tmp_path):
    code = "import kg.cli, kg.pipeline\n" \
           "def boom(*a, **k): raise KeyboardInterrupt\n" \
           "kg.pipeline.build = boom\nkg.cli.run_cli()\n"
    proc = subprocess.run([sys.executable, "-c", code, "build", "-o", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 130 and proc.stderr.strip() == "error: interrupted"


def test_select_star_columns_in_written_order(built):
    from kg.export import load_graph

    g = load_graph(built / "o" / "graph.ttl")
    for _ in range(3):
        assert run_query(g, "SELECT * WHERE { ?s a kg:Place ; ?p ?o } LIMIT 1").vars == ["s", "p", "o"]
