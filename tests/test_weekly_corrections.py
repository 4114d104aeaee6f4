"""A weekly JSON Lines archive (a new user's findings, user 8, 1–3): a corrected article published in
a later week's batch (a record whose ``id`` an earlier file gave) replaces the earlier record when
``--replace-ids`` says so, in a full build and with ``--append``, and the files equal a full build of
the final set of articles; without it the build is refused, as before, naming how to say which wins.
The same record written twice is read once, with a note; every problem of a batch is reported."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

POLICE = "江城市公安局召开年度总结会议。江城市公安局局长柯远舟出席会议并讲话。"
COURT = "江城市人民法院召开审判工作会议。江城市人民法院副院长林晓岚出席会议。"
# the record of w45, and its correction published in w47: the correspondent's name was misspelt
FIRST = {"id": "jc-2026-1101", "title": "江城市公安局召开年度总结会议", "date": "2026-11-01",
         "text": POLICE + "\n通讯员 林晓兰"}
FIXED = {**FIRST, "text": POLICE + "\n通讯员 林晓岚"}
COURT_1 = {"id": "jc-2026-1102", "title": "江城市人民法院召开审判工作会议", "date": "2026-11-02", "text": COURT}
COURT_2 = {"id": "jc-2026-1120", "title": "江城市人民法院再次召开会议", "date": "2026-11-20", "text": COURT + "会议强调执法规范。"}


def _lines(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _write(folder: Path, name: str, *records: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(_lines(*records), encoding="utf-8")
    return folder / name


def _kg(*args: str):
    return CliRunner().invoke(main, ["build", "--no-html", *map(str, args)])


def _graph(tmp_path: Path, name: str, *args) -> bytes:
    res = _kg(*args, "-o", tmp_path / name)
    assert res.exit_code == 0, res.output
    return (tmp_path / name / "graph.ttl").read_bytes()


def _final(tmp_path: Path) -> bytes:
    """A full build of the final set of articles: w45 without the record w47 corrected, and w47."""
    final = tmp_path / "final"
    _write(final, "2026-w45.jsonl", COURT_1)
    _write(final, "2026-w47.jsonl", COURT_2, FIXED)
    return _graph(tmp_path, "final-out", final)


def test_a_later_record_of_an_id_is_refused_without_replace_ids_and_replaces_it_with(tmp_path):
    batches = tmp_path / "batches"
    w45 = _write(batches, "2026-w45.jsonl", FIRST, COURT_1)
    w47 = _write(batches, "2026-w47.jsonl", COURT_2, FIXED)
    refused = _kg(batches, "-o", tmp_path / "refused")
    assert refused.exit_code == 2 and not (tmp_path / "refused").exists()
    assert refused.stderr == (f"error: {w47}:2: id 'jc-2026-1101' was already used at {w45}:1 by a record with other "
                              f"fields; give --replace-ids to let the later record replace the earlier, or edit {w45}:1 "
                              "in place\n")
    res = _kg(batches, "-o", tmp_path / "out", "--replace-ids")
    assert res.exit_code == 0, res.output
    assert f"note: {w45}:1: replaced by {w47}:2, a later record of id 'jc-2026-1101' (--replace-ids)\n" in res.stderr
    graph = (tmp_path / "out" / "graph.ttl").read_bytes()
    assert "林晓岚".encode() in graph and "林晓兰".encode() not in graph
    assert graph == _final(tmp_path)


def test_a_correction_in_a_later_weekly_batch_replaces_the_record_on_append(tmp_path):
    """The user's routine: kg build batches/ -o out --append after each new file is dropped in."""
    batches, out = tmp_path / "batches", tmp_path / "out"
    w45 = _write(batches, "2026-w45.jsonl", FIRST, COURT_1)
    assert _kg(batches, "-o", out, "--append").exit_code == 0
    w47 = _write(batches, "2026-w47.jsonl", COURT_2, FIXED)
    refused = _kg(batches, "-o", out, "--append")
    assert refused.exit_code == 2 and "give --replace-ids" in refused.stderr
    res = _kg(batches, "-o", out, "--append", "--replace-ids")
    assert res.exit_code == 0, res.output
    assert f"note: {w45}:1: replaced by {w47}:2, a later record of id 'jc-2026-1101' (--replace-ids)\n" in res.stderr
    assert "article graphs 1 kept, 1 replaced, 0 updated, 1 added, 0 removed" in res.stdout
    assert (out / "graph.ttl").read_bytes() == _final(tmp_path)
    assert (out / "graph.ttl").read_bytes() == _graph(tmp_path, "full", batches, "--replace-ids")
    again = _kg(batches, "-o", out, "--append", "--replace-ids")  # the next week: nothing read again, nothing said
    assert again.exit_code == 0 and "inputs: 4 given, 4 unchanged (skipped), 0 new or changed (read)" in again.stdout
    assert "note:" not in again.stderr and (out / "graph.ttl").read_bytes() == _final(tmp_path)
    # the correction taken out again: the earlier record gives its article back, as a full build of w45 does
    removed = _kg("-o", out, "--append", "--remove", w47)
    assert removed.exit_code == 0, removed.output
    assert f"note: {w45}:1: gives its article 'jc-2026-1101' again" in removed.stderr
    alone = tmp_path / "alone"
    _write(alone, "2026-w45.jsonl", FIRST, COURT_1)
    assert (out / "graph.ttl").read_bytes() == _graph(tmp_path, "w45", alone)


def test_a_correction_appended_alone_replaces_the_record_the_store_holds(tmp_path):
    """The store holds w45 from an earlier build, and only the new week's file is given."""
    out = tmp_path / "out"
    w45 = _write(tmp_path / "batches", "2026-w45.jsonl", FIRST, COURT_1)
    assert _kg(w45, "-o", out, "--append").exit_code == 0
    w47 = _write(tmp_path / "new", "2026-w47.jsonl", COURT_2, FIXED)
    refused = _kg(w47, "-o", out, "--append")
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"error: {w47}:2: id 'jc-2026-1101' was already used at {w45}:1 by a record")
    res = _kg(w47, "-o", out, "--append", "--replace-ids")
    assert res.exit_code == 0, res.output
    assert f"note: {w45}:1: replaced by {w47}:2" in res.stderr
    assert (out / "graph.ttl").read_bytes() == _final(tmp_path)
    later = _write(tmp_path / "newer", "2026-w48.jsonl", {**COURT_1, "id": "jc-2026-1127"})
    plain = _kg(later, "-o", out, "--append")  # neither record given: the store keeps the choice made
    assert plain.exit_code == 0 and "林晓兰".encode() not in (out / "graph.ttl").read_bytes()


def test_the_same_record_written_twice_is_read_once_with_a_note(tmp_path):
    src = tmp_path / "w52.jsonl"
    src.write_text(_lines(FIXED, COURT_1, FIXED), encoding="utf-8")
    res = _kg(src, "-o", tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert res.stderr == f"note: {src}:3: the same record as {src}:1 (id 'jc-2026-1101'); read once\n"
    assert "articles: 2 read" in res.stdout
    once = _write(tmp_path / "once", "w52.jsonl", FIXED, COURT_1)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _graph(tmp_path, "once-out", once)
    appended = _kg(src, "-o", tmp_path / "appended", "--append")
    assert appended.exit_code == 0 and "read once" in appended.stderr
    assert (tmp_path / "appended" / "graph.ttl").read_bytes() == (tmp_path / "out" / "graph.ttl").read_bytes()


def test_every_problem_of_a_batch_is_reported_at_once(tmp_path):
    """A batch with a record of a used id and a line that is no JSON: both named, nothing written."""
    src = tmp_path / "w50.jsonl"
    src.write_text(_lines(FIRST) + '{"id": "jc-2026-1105", "text": "江城市\n' + _lines(FIXED), encoding="utf-8")
    res = _kg(src, "-o", tmp_path / "out")
    assert res.exit_code == 2 and not (tmp_path / "out").exists()
    lines = res.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines), res.stderr
    assert lines[0].startswith(f"error: {src}:2: not valid JSON (truncated")
    assert lines[1].startswith(f"error: {src}:3: id 'jc-2026-1101' was already used at {src}:1")


def test_a_later_line_of_one_file_replaces_an_earlier_one_and_is_not_read_again(tmp_path):
    """Two records of one id in one batch (one store key): the later line's article, in the later
    line's place, and the next append reads neither again (each append read both)."""
    src = _write(tmp_path / "in", "w50.jsonl", FIRST, COURT_1, FIXED)
    out = tmp_path / "out"
    first = _kg(src, "-o", out, "--append", "--replace-ids")
    assert first.exit_code == 0, first.output
    assert f"note: {src}:1: replaced by {src}:3, a later record of id 'jc-2026-1101' (--replace-ids)\n" in first.stderr
    assert (out / "graph.ttl").read_bytes() == _graph(tmp_path, "full", src, "--replace-ids")
    again = _kg(src, "-o", out, "--append", "--replace-ids")
    assert "inputs: 3 given, 3 unchanged (skipped), 0 new or changed (read)" in again.stdout, again.output
    assert (out / "graph.ttl").read_bytes() == _graph(tmp_path, "full", src, "--replace-ids")
    _write(tmp_path / "in", "w50.jsonl", FIRST, COURT_1)  # the later line deleted: the earlier one is the record
    dropped = _kg(src, "-o", out, "--append", "--replace-ids")
    assert "inputs: 2 given, 1 unchanged (skipped), 1 new or changed (read)" in dropped.stdout, dropped.output
    assert (out / "graph.ttl").read_bytes() == _graph(tmp_path, "plain", src)


def test_many_records_read_once_are_one_note_line(tmp_path):
    """An archive of overlapping batches repeats many records: one note line for all, not one each."""
    court = [{**COURT_1, "id": f"jc-2026-12{n:02d}"} for n in range(5)]
    w45 = _write(tmp_path / "batches", "2026-w45.jsonl", *court)
    w46 = _write(tmp_path / "batches", "2026-w46.jsonl", *court, FIXED)
    res = _kg(tmp_path / "batches", "-o", tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert res.stderr == (f"note: 5 records the same as an earlier record of their id, read once: {w46}:1 (as {w45}:1), "
                          f"{w46}:2 (as {w45}:2), {w46}:3 (as {w45}:3), …\n")


def test_many_records_replaced_are_one_note_line(tmp_path):
    first = [{**FIRST, "id": f"jc-2026-10{n:02d}"} for n in range(6)]
    w45 = _write(tmp_path / "batches", "2026-w45.jsonl", *first)
    w47 = _write(tmp_path / "batches", "2026-w47.jsonl", *({**r, "text": FIXED["text"]} for r in first))
    res = _kg(tmp_path / "batches", "-o", tmp_path / "out", "--replace-ids")
    assert res.exit_code == 0, res.output
    assert res.stderr == (f"note: 6 records replaced by a later record of their id (--replace-ids): {w45}:1 (by {w47}:1), "
                          f"{w45}:2 (by {w47}:2), {w45}:3 (by {w47}:3), …\n")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == _graph(tmp_path, "only", tmp_path / "batches" / "2026-w47.jsonl")
