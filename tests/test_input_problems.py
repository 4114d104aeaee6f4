"""Every bad input named at once: ``kg build a.ttl b.txt missing/`` gives one ``error:`` line per
input at fault (an RDF file, a workbook, a missing path, a folder with no text file, a file that
cannot be read when none can), not the first alone; exit 2, nothing written. Names are invented."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

GOOD = "巡逻纪实\n\n近日，陕西省咸阳市公安局交警支队民警柯远舟荣获个人三等功。\n"


def _build(tmp_path: Path, *names: str):
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", *names, "-o", str(out), "--quiet"])
    return res, res.stderr.strip().splitlines(), out


def test_every_missing_or_refused_input_gets_its_own_line(tmp_path):
    (tmp_path / "graph.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b x:c .\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    names = [str(tmp_path / n) for n in ("graph.ttl", "good.txt", "nope.txt", "empty", "gone")]
    res, lines, out = _build(tmp_path, *names)
    assert res.exit_code == 2, res.output
    assert [line.split(": ", 2)[2] for line in lines] == [
        "is an RDF graph file, not a news text; give the articles it was built from",
        "no such file or folder",
        "the folder holds no text files (.txt, .text, .md, .markdown, .html, .htm, .csv, .tsv, .jsonl)",
        "no such file or folder"], lines
    assert all(line.startswith("error: ") for line in lines)
    assert [Path(line[len("error: "):].split(": ")[0]).name for line in lines] == ["graph.ttl", "nope.txt", "empty", "gone"]
    assert not out.exists()


def test_two_missing_inputs_are_both_named(tmp_path):
    res, lines, _ = _build(tmp_path, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert res.exit_code == 2
    assert len(lines) == 2 and lines[0].endswith("a.txt: no such file or folder") \
        and lines[1].endswith("b.txt: no such file or folder"), lines


def test_when_no_input_can_be_read_each_is_named(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.jsonl").write_text("{bad json\n", encoding="utf-8")
    res, lines, out = _build(tmp_path, str(tmp_path / "a.txt"), str(tmp_path / "c.jsonl"))
    assert res.exit_code == 2
    assert len(lines) == 2 and "a.txt: looks like a binary file" in lines[0] and "c.jsonl:1: not valid JSON" in lines[1], lines
    assert not out.exists()


def test_one_bad_input_is_still_one_line(tmp_path):
    res, lines, _ = _build(tmp_path, str(tmp_path / "nope.txt"))
    assert res.exit_code == 2 and len(lines) == 1 and lines[0].endswith("nope.txt: no such file or folder")


def test_given_problems_lists_each_input_given_by_name(tmp_path):
    from kg.sources import given_problems

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    got = given_problems([tmp_path / "a.txt", tmp_path / "b.nt", tmp_path / "c.xlsx", tmp_path / "d"])
    assert len(got) == 3 and "b.nt: is an RDF graph file" in got[0] and "c.xlsx: is a spreadsheet workbook" in got[1] \
        and got[2].endswith("d: no such file or folder"), got


def test_a_folder_given_twice_is_named_once(tmp_path):
    (tmp_path / "empty").mkdir()
    res, lines, _ = _build(tmp_path, str(tmp_path / "empty"), str(tmp_path / "empty") + "/")
    assert res.exit_code == 2 and len(lines) == 1, lines
