"""Messages a new user (user 8, findings 4, 9, 10, 11) met: ``kg serve`` and ``kg push`` given a
build's output folder, a view of ``out/.kg-store`` titled by the hidden folder, ``--to gephi`` in
click's style with no hint, and a GBK hint that was no whole command."""
from __future__ import annotations

import json
import shlex

import pytest
from click.testing import CliRunner

from kg.cli import main

RECORD = {"id": "jc-2026-1101", "title": "江城市公安局召开年度总结会议",
          "text": "江城市公安局召开年度总结会议。江城市公安局局长柯远舟出席会议并讲话。\n通讯员 林晓岚"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """An output folder of an --append build (graph.ttl beside .kg-store)."""
    root = tmp_path_factory.mktemp("user8")
    src = root / "w45.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    out = root / "archive-out"
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--no-html", "-q", "--append"])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.parametrize("command", [["serve", "--port", "0"], ["push", "--endpoint", "http://127.0.0.1:9/store"]])
def test_serve_and_push_name_the_graph_and_store_of_an_output_folder(built, command):
    res = CliRunner().invoke(main, [command[0], str(built), *command[1:]])
    assert res.exit_code == 2
    assert res.stderr == (f"error: {built}: a kg build output folder, not a store; give {built / 'graph.ttl'} or "
                          f"{built / '.kg-store'}\n")


def test_a_view_of_a_build_store_is_titled_by_the_output_folder(built, tmp_path):
    page = tmp_path / "v.html"
    res = CliRunner().invoke(main, ["view", str(built / ".kg-store"), "-o", str(page), "-q"])
    assert res.exit_code == 0, res.output
    html = page.read_text(encoding="utf-8")
    assert "Tupu 图谱 — archive-out" in html and "— .kg-store" not in html


def test_the_served_page_of_a_build_store_is_titled_by_the_output_folder(built, monkeypatch):
    from kg.store import source_name

    assert source_name(built / ".kg-store") == "archive-out" and source_name(built / "graph.ttl") == "graph.ttl"
    monkeypatch.chdir(built)
    assert source_name(".kg-store") == "archive-out"


@pytest.mark.parametrize("name,hint", [("gephi", " (Gephi reads gexf: give --to gexf)"), ("svg", "")])
def test_an_unknown_export_format_is_one_error_line_naming_the_format_a_tool_reads(built, tmp_path, name, hint):
    res = CliRunner().invoke(main, ["export", str(built / "graph.ttl"), "--to", name, "-o", str(tmp_path / "g.gexf")])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == (f"error: --to {name}: not an export format{hint}; choose one of graphml, gexf, cytoscape, "
                          "csv, neo4j, nq\n")
    assert not (tmp_path / "g.gexf").exists()


def test_the_gbk_hint_is_a_whole_command_naming_the_file(tmp_path):
    src = tmp_path / "w45 gbk.jsonl"
    src.write_bytes((json.dumps(RECORD, ensure_ascii=False) + "\n").encode("gb18030"))
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out")])
    name = shlex.quote(str(src))
    assert res.exit_code == 2 and res.stderr.endswith(
        f"convert it, iconv -f gb18030 -t utf-8 {name} > {name}.utf8 && mv {name}.utf8 {name}\n"), res.stderr
    piped = CliRunner().invoke(main, ["build", "-", "-o", str(tmp_path / "out")],
                               input=(json.dumps(RECORD, ensure_ascii=False) + "\n").encode("gb18030"))
    assert piped.exit_code == 2 and piped.stderr.endswith("convert it, … | iconv -f gb18030 -t utf-8 | kg build -\n"), \
        piped.stderr
