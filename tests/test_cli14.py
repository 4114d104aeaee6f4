"""A nightly crawler → triple store pipeline (user 13's findings 4, 6, 8, 10, and ``-`` as a
store or an export file): empty crawler files, byte-identical copies under another name, a
machine-readable build summary, stale graphs left on the remote store by ``kg push``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

ARTICLE = "巡逻纪实\n\n近日，江城市公安局交警支队民警柯远舟荣获个人三等功。\n"
OTHER = "表彰通报\n\n日前，四川省广元市青川县公安局民警罗晓东荣获个人二等功。\n"


def _build(*args) -> object:
    return CliRunner().invoke(main, ["build", "--no-html", *map(str, args)])


def _nights(tmp_path: Path) -> tuple[Path, Path]:
    """night1: an article and an empty crawler file; night2: another article and a file of white space."""
    night1, night2 = tmp_path / "night1", tmp_path / "night2"
    night1.mkdir()
    night2.mkdir()
    (night1 / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (night1 / "empty_article.txt").write_bytes(b"")
    (night2 / "b.txt").write_text(OTHER, encoding="utf-8")
    (night2 / "blank.txt").write_bytes("\ufeff \r\n\u3000\r\n".encode("utf-8"))
    return night1, night2


# ----------------------------------------------------------------------------- F6. empty crawler files


@pytest.mark.parametrize("append", [False, True])
def test_an_empty_crawler_file_is_skipped_with_a_note_not_a_failure(tmp_path, append):
    """``kg build night1 night2 -o out --append`` gave exit 1 every night while an empty file was
    there, and counted it ``1 failed`` beside ``0 empty (skipped)``: now it is skipped, one note
    names it, exit 0, no errors.jsonl, and the files equal those of a build without it."""
    night1, night2 = _nights(tmp_path)
    res = _build(night1, night2, "-o", tmp_path / "out", *(["--append"] if append else []))
    assert res.exit_code == 0, res.output
    notes = [ln for ln in res.stderr.splitlines() if "empty" in ln]
    assert notes == [f"note: {night1 / 'empty_article.txt'}: the file is empty; skipped (no article)",
                     f"note: {night2 / 'blank.txt'}: the file is empty; skipped (no article)"], res.stderr
    assert "warning" not in res.stderr
    if append:
        assert "articles: 2 read, 2 empty (skipped), 0 failed, 2 in the store" in res.stdout, res.stdout
    else:
        assert "articles: 2 read, 2 skipped, 0 failed" in res.stdout, res.stdout
    assert not (tmp_path / "out" / "errors.jsonl").exists()
    (night1 / "empty_article.txt").unlink()
    (night2 / "blank.txt").unlink()
    clean = _build(night1, night2, "-o", tmp_path / "clean")
    assert clean.exit_code == 0, clean.output
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "clean" / "graph.ttl").read_bytes()


def test_the_next_append_counts_an_empty_file_unchanged_and_exits_0(tmp_path):
    """The store records an empty file as read: the next night's --append does not read it again
    (no note, no failure), and when it is filled it is read as any changed file."""
    night1, night2 = _nights(tmp_path)
    first = _build(night1, "-o", tmp_path / "out", "--append")
    assert first.exit_code == 0, first.output
    again = _build(night1, night2, "-o", tmp_path / "out", "--append")
    assert again.exit_code == 0, again.output
    assert "inputs: 4 given, 2 unchanged (skipped), 2 new or changed (read)" in again.stdout, again.stdout
    assert [ln for ln in again.stderr.splitlines() if "empty" in ln] == [
        f"note: {night2 / 'blank.txt'}: the file is empty; skipped (no article)"]
    (night1 / "empty_article.txt").write_text(OTHER.replace("罗晓东", "罗晓南"), encoding="utf-8")
    filled = _build(night1, night2, "-o", tmp_path / "out", "--append")
    assert filled.exit_code == 0, filled.output
    assert "articles: 1 read, 0 empty (skipped), 0 failed, 3 in the store" in filled.stdout, filled.stdout


def test_an_empty_file_beside_a_failure_still_exits_1(tmp_path):
    """A real failure (a binary file) still gives exit 1 and its errors.jsonl row; the empty file
    is not in errors.jsonl."""
    night1, _ = _nights(tmp_path)
    (night1 / "c.txt").write_bytes(b"\x00\x01binary")
    res = _build(night1, "-o", tmp_path / "out")
    assert res.exit_code == 1, res.output
    rows = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["input"] for r in rows] == [str(night1 / "c.txt")]
    assert "articles: 1 read, 1 skipped, 1 failed" in res.stdout, res.stdout


def test_empty_files_alone_are_still_an_error(tmp_path):
    """Nothing but empty files: no article to write, exit 2, nothing written, the old message."""
    night1, night2 = _nights(tmp_path)
    res = _build(night1 / "empty_article.txt", "-o", tmp_path / "out")
    assert res.exit_code == 2
    assert res.stderr.splitlines()[-1] == f"error: {night1 / 'empty_article.txt'}: the file is empty"
    both = _build(night1 / "empty_article.txt", night2 / "blank.txt", "-o", tmp_path / "out")
    assert both.exit_code == 2
    assert both.stderr.splitlines()[-1] == (f"error: {night1 / 'empty_article.txt'}: the file is empty; no input "
                                            "gave an article (2 empty), so nothing is written")
    assert not (tmp_path / "out").exists()
