"""An archive copied (or its records lying in several subfolders) and appended to a store: an
input the store holds at another path, with the same name and content, is not read again (user 8,
finding 13), and byte-identical records in different subfolders are one record with ``--append``
as in a full build (the ux8b leftover: the append refused them as a clash)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

TEXT = "人事任免\n\n青川县人大常委会决定：任命柯远舟为青川县司法局局长。\n"
RECORD = {"id": "gy-2026-1101", "title": "广元市公安局表彰", "date": "2026-11-01",
          "text": "广元市公安局民警林晓岚获评优秀民警。"}
OTHER = {"id": "gy-2026-1102", "title": "江城市人民法院会议", "text": "江城市人民法院副院长柯远舟出席会议。"}


def _kg(*args):
    return CliRunner().invoke(main, ["build", "--no-html", *map(str, args)])


def _jsonl(path: Path, *records: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _archive(root: Path) -> Path:
    (root / "txt").mkdir(parents=True)
    (root / "txt" / "rm.txt").write_text(TEXT, encoding="utf-8")
    _jsonl(root / "batches" / "2026-w45.jsonl", RECORD)
    _jsonl(root / "batches" / "old" / "2026-w44.jsonl", OTHER)
    return root


def test_a_copied_archive_appended_from_inside_the_copy_is_not_read_again(tmp_path, monkeypatch):
    archive = _archive(tmp_path / "archive")
    monkeypatch.chdir(archive)
    assert _kg("batches", "txt", "-o", "out", "--append").exit_code == 0
    shutil.copytree(archive, tmp_path / "archive2", symlinks=True)
    monkeypatch.chdir(tmp_path / "archive2")
    res = _kg("batches", "txt", "-o", "out", "--append")
    assert res.exit_code == 0, res.output
    assert "inputs: 3 given, 3 unchanged (skipped), 0 new or changed (read)" in res.stdout
    assert "article graphs 3 kept, 0 replaced, 0 updated, 0 added, 0 removed" in res.stdout
    assert res.stderr == (f"note: 3 input(s) the store holds at another path, with the same name and content "
                          f"({archive / 'batches' / '2026-w45.jsonl'}:1 → batches/2026-w45.jsonl:1, …): "
                          "taken as copies, not read again\n")
    assert _kg("batches", "txt", "-o", "full").exit_code == 0
    assert (Path("out") / "graph.ttl").read_bytes() == (Path("full") / "graph.ttl").read_bytes()
    again = _kg("batches", "txt", "-o", "out", "--append")  # the copies are units of the store now: unchanged
    assert again.stderr == "" and "3 unchanged (skipped)" in again.stdout


def test_a_copy_under_another_name_or_with_other_bytes_is_read(tmp_path):
    archive = _archive(tmp_path / "archive")
    out = tmp_path / "out"
    assert _kg(archive, "-o", out, "--append").exit_code == 0
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(archive / "txt" / "rm.txt", copy / "renamed.txt")  # another name: another article id
    _jsonl(copy / "2026-w45.jsonl", RECORD)  # at another path in the folder given: another kg:sourceFile
    res = _kg(copy, "-o", out, "--append")
    assert res.exit_code == 0, res.output
    assert "2 new or changed (read)" in res.stdout and "taken as copies" not in res.stderr


def test_equal_records_in_two_subfolders_are_one_record_on_append_as_in_a_full_build(tmp_path):
    """in/a/n.jsonl appended, then in2/b/n.jsonl holding the same record: one article (its
    kg:sourceFile a/n.jsonl), as kg build in in2 gives, not a clash of 'other fields'."""
    _jsonl(tmp_path / "in" / "a" / "n.jsonl", RECORD)
    _jsonl(tmp_path / "in2" / "b" / "n.jsonl", RECORD)
    out = tmp_path / "out"
    assert _kg(tmp_path / "in", "-o", out, "--append").exit_code == 0
    res = _kg(tmp_path / "in2", "-o", out, "--append")
    assert res.exit_code == 0, res.output
    assert _kg(tmp_path / "in", tmp_path / "in2", "-o", tmp_path / "full").exit_code == 0
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()
    assert 'kg:sourceFile "a/n.jsonl"' in (out / "graph.ttl").read_text(encoding="utf-8")
    _jsonl(tmp_path / "in2" / "b" / "n.jsonl", {**RECORD, "text": RECORD["text"] + "特此通报。"})
    clash = _kg(tmp_path / "in2", "-o", out, "--append")  # other fields: still a clash
    assert clash.exit_code == 2 and "by a record with other fields" in clash.stderr




def test_a_copy_taken_from_the_store_gives_what_reading_it_gives_under_replace_ids(tmp_path, monkeypatch):
    """--replace-ids: a correction appended alone replaced the archive's record; a copy of the
    archive appended later is, in input order, later than the correction, so it replaces it again,
    as a full build of the three in that order does (and as reading the copy did)."""
    first = {**RECORD, "text": RECORD["text"] + "\n通讯员 柯明远"}
    fixed = {**RECORD, "text": RECORD["text"] + "\n通讯员 柯明源"}
    _jsonl(tmp_path / "archive" / "batches" / "2026-w45.jsonl", first)
    _jsonl(tmp_path / "new" / "2026-w47.jsonl", fixed)
    monkeypatch.chdir(tmp_path)
    assert _kg("archive/batches", "-o", "out", "--append").exit_code == 0
    assert _kg("new", "-o", "out", "--append", "--replace-ids").exit_code == 0
    shutil.copytree(tmp_path / "archive", tmp_path / "archive2", symlinks=True)
    res = _kg("archive2/batches", "-o", "out", "--append")
    assert res.exit_code == 0 and "0 new or changed (read)" in res.stdout, res.output
    assert _kg("archive/batches", "new", "archive2/batches", "-o", "full", "--replace-ids").exit_code == 0
    assert (Path("out") / "graph.ttl").read_bytes() == (Path("full") / "graph.ttl").read_bytes()
