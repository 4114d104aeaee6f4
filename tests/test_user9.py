"""What a policy analyst met (user 9): CSV for Excel (F17), file names saved in GBK (F14). Names
are invented."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
GRAPH = ROOT / "out/graph.ttl"
BOM = b"\xef\xbb\xbf"


# ---------------------------------------------------------------- F17: CSV that Excel opens


def test_export_csv_excel_starts_each_file_with_the_utf8_mark_and_changes_nothing_else(tmp_path):
    """Excel on a Chinese Windows garbled a double-clicked nodes.csv (read as GBK); no option wrote the mark."""
    runner = CliRunner()
    plain = runner.invoke(main, ["export", str(GRAPH), "--to", "csv", "-o", str(tmp_path / "plain")])
    excel = [runner.invoke(main, ["export", str(GRAPH), "--to", "csv", "--excel", "-o", str(tmp_path / f"x{i}")])
             for i in (1, 2)]
    assert plain.exit_code == 0 and all(r.exit_code == 0 for r in excel), [r.output for r in excel]
    for name in ("nodes.csv", "edges.csv"):
        data = (tmp_path / "plain" / name).read_bytes()
        assert not data.startswith(BOM)
        assert (tmp_path / "x1" / name).read_bytes() == BOM + data == (tmp_path / "x2" / name).read_bytes()
    assert "格尔木市公安局" in (tmp_path / "x1/nodes.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("args", [["export", str(GRAPH), "--to", "neo4j", "--excel", "-o", "never"],
                                  ["query", str(GRAPH), "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "--excel"]])
def test_excel_with_a_format_excel_does_not_open_is_one_error_line(args):
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and res.stderr.startswith("error: --excel is for --") and \
        len(res.stderr.splitlines()) == 1, res.stderr
    assert not Path("never").exists()


def test_query_csv_excel_starts_with_the_mark():
    q = 'SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 2'
    plain = CliRunner().invoke(main, ["query", str(GRAPH), q, "--format", "csv"])
    excel = CliRunner().invoke(main, ["query", str(GRAPH), q, "--format", "csv", "--excel"])
    assert plain.exit_code == 0 and excel.exit_code == 0, excel.output
    assert excel.stdout_bytes == BOM + plain.stdout_bytes and plain.stdout_bytes.startswith(b"n\r\n")


# ---------------------------------------------------------------- F14: a file name saved in GBK


def test_a_gbk_file_name_in_a_utf8_folder_is_its_chinese_name(tmp_path):
    """深圳表彰.txt saved in GBK on a Windows share was kg:sourceFile ``\\xc9\\xee\\xdbڱ…`` (one pair of
    its bytes, valid UTF-8 by chance, became an Arabic letter)."""
    import os

    from kg.ingest import shown

    folder = tmp_path / "news" / "广东"
    folder.mkdir(parents=True)
    raw = os.path.join(os.fsencode(str(folder)), "深圳表彰.txt".encode("gbk"))
    with open(raw, "wb") as fh:
        fh.write("江城民警获表彰\n\n江城市公安局民警柯远舟荣立个人二等功。\n".encode("utf-8"))
    assert shown(os.fsdecode(raw)) == f"{folder}/深圳表彰.txt"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "news"), "-o", str(tmp_path / "out"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    ttl = (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")
    assert 'kg:sourceFile "广东/深圳表彰.txt"' in ttl and "\\\\x" not in ttl
