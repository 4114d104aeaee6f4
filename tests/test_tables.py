"""Tables as input (user 9, F8): a ``.csv`` or ``.tsv`` of honour winners (姓名, 单位, 职务, 荣誉) is
one article whose rows are read as the tab-separated rows of a ``.txt`` are; a spreadsheet
workbook is refused with the ways that work. Names and units are invented."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.namespace import RDFS

import kg
from kg.cli import main
from kg.ingest import read_text, table_text
from kg.namespaces import KG

ROWS = [("姓名", "单位", "职务", "荣誉"),
        ("柯远舟", "青川县公安局交警大队", "大队长", "个人二等功"),
        ("林晓岚", "江城市公安局刑侦支队", "民警", "个人三等功")]
TITLE = "2025年度受表彰人员名单"


def _facts(path: Path) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label or literal) of the person relations of a build."""
    g = kg.build_graph([path])
    return {(str(g.value(s, RDFS.label)), p, str(g.value(o, RDFS.label) or o))
            for p in ("belongsTo", "position", "received") for s, o in g.subject_objects(KG[p])}


@pytest.fixture(scope="module")
def tab_separated(tmp_path_factory) -> set:
    """The facts of the same rows written as a tab-separated .txt under a title line (the way that worked)."""
    p = tmp_path_factory.mktemp("txt") / "名单.txt"
    p.write_text(TITLE + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n", encoding="utf-8")
    facts = _facts(p)
    assert ("柯远舟", "position", "大队长") in facts and ("林晓岚", "received", "个人三等功") in facts, facts
    return facts


@pytest.mark.parametrize("encoding,bom,title_row", [("gbk", b"", False), ("utf-8", b"", True),
                                                    ("utf-8", b"\xef\xbb\xbf", False), ("gb18030", b"", True)])
def test_a_csv_of_honour_winners_gives_the_facts_of_its_tab_separated_text(tmp_path, tab_separated, encoding, bom,
                                                                          title_row):
    """As Excel writes it (CRLF, GBK or UTF-8 with a BOM, a heading row padded with commas): it was
    refused (`is a CSV table, not a news text`), exit 2."""
    lines = ([TITLE + ",,,"] if title_row else []) + [",".join(r) for r in ROWS] + [",,,"]
    p = tmp_path / f"{TITLE}.csv"
    p.write_bytes(bom + "\r\n".join(lines).encode(encoding) + b"\r\n")
    assert _facts(p) == tab_separated
    res = CliRunner().invoke(main, ["build", str(p), "-o", str(tmp_path / "out"), "--no-html", "-q"])
    assert res.exit_code == 0 and not res.stderr, res.stderr
    assert f'rdfs:label "{TITLE}"@zh' in (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")


def test_a_tsv_and_quoted_cells_are_read_by_the_csv_rules_with_offsets_into_the_file(tmp_path, tab_separated):
    text = 'x,"青川县公安局交警大队",y\n"柯""远舟",b\n'
    table, origin = table_text(text, "a.csv")
    assert table == 'a\nx\t青川县公安局交警大队\ty\n柯"远舟\tb'
    assert [text[origin[i]] for i, c in enumerate(table) if c not in "\t\n"][1:] == \
        [c for c in table if c not in "\t\n"][1:]  # every cell character points at itself in the file
    p = tmp_path / "名单.tsv"
    p.write_text(TITLE + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n", encoding="utf-8")
    assert _facts(p) == tab_separated


def test_a_folder_reads_its_tables(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news/名单.csv").write_text("\n".join(",".join(r) for r in ROWS), encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "news"), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 0 and not res.stderr and "articles: 1 read" in res.stdout, res.output
    assert "柯远舟" in (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name,content,message", [
    ("bad.csv", '姓名,单位\n"柯远舟,青川县公安局\n林晓岚,江城市公安局\n',
     "bad.csv: not a valid CSV table (line 2: a quote opened there is never closed)"),
    ("news.csv", "id,title,text\n1,青石县公安局召开会议,青石县公安局召开会议。\n",
     "news.csv: is a table of articles (a column text), not a table of facts; give the articles as JSON Lines"),
    ("名单.xlsx", b"PK\x03\x04[Content_Types].xml xl/workbook.xml", "名单.xlsx: is a spreadsheet workbook, not read; "
     "save it as CSV (Excel: 另存为 → CSV UTF-8"),
])
def test_a_malformed_table_an_archive_as_csv_and_a_workbook_are_one_error_line(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    res = CliRunner().invoke(main, ["build", str(p), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and res.stderr == f"error: {tmp_path}/{message}" + res.stderr.split(message)[1], \
        res.stderr
    assert len(res.stderr.splitlines()) == 1 and not (tmp_path / "out").exists()


def test_a_workbook_in_a_folder_is_skipped_with_how_to_read_it(tmp_path):
    """It was `skipped, not a .txt, … file`, naming no way to read it."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news/a.txt").write_text("青川县民警获表彰\n\n青川县公安局民警柯远舟荣立个人二等功。\n", encoding="utf-8")
    (tmp_path / "news/名单.xlsx").write_bytes(b"PK\x03\x04xl/")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "news"), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 0, res.output
    assert res.stderr.startswith(f"warning: {tmp_path}/news/名单.xlsx: skipped, a spreadsheet workbook, not read; "
                                 "save it as CSV"), res.stderr


def test_an_xlsx_renamed_txt_is_named_a_workbook(tmp_path):
    p = tmp_path / "名单.txt"
    p.write_bytes(b"PK\x03\x04[Content_Types].xml xl/worksheets/sheet1.xml")
    with pytest.raises(kg.errors.InputError, match=r"is an Excel \(\.xlsx\) workbook, not a text; save it as CSV"):
        read_text(p)
