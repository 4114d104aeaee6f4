"""``kg build --append`` against a store it must not quietly get wrong: a JSON Lines id that another
file of the same name already gave, the formats the store's build wrote, and the store line's
words for a graph rewritten without its input changing (a new user's findings, user 7, A1–A3)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

NANJING = "江苏省南京市公安局鼓楼分局宁海路派出所民警周晓川在巡逻中救助一名走失老人。"
NANJING_EDITED = "江苏省南京市公安局鼓楼分局宁海路派出所所长柏青云在巡逻中救助一名走失老人。"


def _build(*args: str):
    return CliRunner().invoke(main, ["build", "--no-html", *args])


def _record(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "n.jsonl"  # (the same file name and line in both folders: no copy when the bytes differ)
    path.write_text(json.dumps({"id": "x1", "title": "南京警方救助走失老人", "text": text}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return folder


def test_an_append_refuses_an_id_another_file_of_the_same_name_gave_with_another_text(tmp_path):
    """b/n.jsonl:1 reused a/n.jsonl:1's id with an edited text: the append said "1 read", exit 0,
    and the graph kept the old text. It is refused as a full build refuses it; nothing written."""
    a, b = _record(tmp_path / "a", NANJING), _record(tmp_path / "b", NANJING_EDITED)
    out = tmp_path / "out"
    assert _build(str(a), "-o", str(out), "--append").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    res = _build(str(b), "-o", str(out), "--append")
    assert res.exit_code == 2, res.output
    assert res.output.strip() == (f"error: {b / 'n.jsonl'}:1: id 'x1' was already used at {a / 'n.jsonl'}:1 by a "
                                  "record with other fields; give --replace-ids to let the later record replace the "
                                  f"earlier, or edit {a / 'n.jsonl'}:1 in place")
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    full = _build(str(a), str(b), "-o", str(tmp_path / "full"))
    assert full.exit_code == 2 and "id 'x1' was already used" in full.output


def _text(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"救助走失老人\n\n{text}\n", encoding="utf-8")
    return folder / name


def test_an_append_without_format_keeps_writing_the_formats_of_the_stores_last_build(tmp_path):
    """An --append without the first build's --format options removed its exports (graph.nt, the
    CSV files); the store now remembers them. An --append given other formats writes those, and
    a note names the ones it drops."""
    out = tmp_path / "out"
    first = _build(str(_text(tmp_path / "in", "a.txt", NANJING)), "-o", str(out), "--append",
                   "--format", "nt", "--format", "csv")
    assert first.exit_code == 0, first.output
    written = {p.name for p in out.iterdir()}
    assert {"graph.nt", "nodes.csv"} <= written, written
    res = _build(str(_text(tmp_path / "in", "b.txt", NANJING_EDITED)), "-o", str(out), "--append")
    assert res.exit_code == 0, res.output
    assert "\nremoved " not in res.stdout and {p.name for p in out.iterdir()} == written
    assert "graph.nt" in res.stdout and "note:" not in res.stderr
    res = _build(str(tmp_path / "in"), "-o", str(out), "--append", "--format", "nt")
    assert res.exit_code == 0, res.output
    assert f"note: {out / '.kg-store'}: its last build also wrote --format csv; this one does not" in res.stderr
    assert "nodes.csv" not in {p.name for p in out.iterdir()} and (out / "graph.nt").is_file()


def test_a_graph_rewritten_though_its_input_did_not_change_is_updated_not_replaced(tmp_path):
    """Appending a judge 柏川屿 takes the unplaced 柏川屿 of c.txt off the police officer
    (sole-candidate): c's graph is rewritten though c.txt did not change. The store line said
    "1 replaced", a word the README keeps for a changed text; it is "updated" now."""
    _text(tmp_path / "in", "a.txt", "湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。")
    _text(tmp_path / "in", "c.txt", "“多巡一圈，大家就多一分安心。”柏川屿说。")
    out = str(tmp_path / "out")
    assert _build(str(tmp_path / "in"), "-o", out, "--append").exit_code == 0
    res = _build(str(_text(tmp_path / "new", "b.txt", "福建省安溪县人民法院审判员柏川屿带领合议庭进村开庭。")),
                 "-o", out, "--append")
    assert res.exit_code == 0, res.output
    line = next(x for x in res.stdout.splitlines() if x.startswith("store "))
    assert line.endswith(": article graphs 1 kept, 0 replaced, 1 updated, 1 added, 0 removed; entities graph replaced"), line
