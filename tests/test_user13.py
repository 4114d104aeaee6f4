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
