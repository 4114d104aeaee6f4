"""What a policy analyst met (user 9): CSV for Excel (F17), traditional headlines kept as printed
(F9), file names saved in GBK (F14), altLabels that no article wrote (F11). Names are invented."""
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


# ---------------------------------------------------------------- F9: a reprint's headline as printed

REPRINT = ("江城民警柯遠舟獲評全國優秀人民警察\n2025年9月27日 10:20 | 來源：香港文匯報\n本報記者 林曉嵐\n"
           "近日，江城市公安局民警柯遠舟被評為全國優秀人民警察。\n")
ORIGINAL = ("江城民警柯远舟获评全国优秀人民警察\n2025年9月26日 09:00 | 来源：香港文汇报\n本报记者 林晓岚\n"
            "近日，江城市公安局民警柯远舟被评为全国优秀人民警察。\n")


def test_a_reprints_headline_and_paper_are_kept_as_printed_and_its_reporter_joins_the_simplified_one(tmp_path):
    """The reprint's rdfs:label and dcterms:source were simplified (two identical headlines in the view)."""
    import kg
    from rdflib import Namespace
    from rdflib.namespace import RDF, RDFS, SKOS

    from kg.namespaces import KG

    (tmp_path / "reprint.txt").write_text(REPRINT, encoding="utf-8")
    (tmp_path / "original.txt").write_text(ORIGINAL, encoding="utf-8")
    g = kg.build_graph([tmp_path / "original.txt", tmp_path / "reprint.txt"])
    dct = Namespace("http://purl.org/dc/terms/")
    arts = {str(g.value(a, KG.sourceFile)): a for a in g.subjects(RDF.type, KG.NewsArticle)}
    reprint, original = arts["reprint.txt"], arts["original.txt"]
    assert str(g.value(reprint, RDFS.label)) == "江城民警柯遠舟獲評全國優秀人民警察"
    assert {str(x) for x in g.objects(reprint, SKOS.altLabel)} == {"江城民警柯远舟获评全国优秀人民警察"}
    assert str(g.value(reprint, dct.source)) == "香港文匯報" and str(g.value(original, dct.source)) == "香港文汇报"
    assert str(g.value(original, RDFS.label)) == "江城民警柯远舟获评全国优秀人民警察"
    assert not list(g.objects(original, SKOS.altLabel))
    assert g.value(reprint, KG.reporter) == g.value(original, KG.reporter) is not None  # one paper, one reporter


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


# ---------------------------------------------------------------- F11: altLabels are forms an article wrote


def _alt_labels(g) -> set[tuple[str, str]]:
    from rdflib.namespace import RDFS, SKOS

    return {(str(g.value(s, RDFS.label)), str(o)) for s, o in g.subject_objects(SKOS.altLabel)}


def test_a_name_an_extractor_composed_is_a_hidden_label_not_an_altlabel():
    """广元利州禁毒大队 in a headline gave its 分局 the altLabel 利州公安局, written nowhere (涪城公安局 in
    the analyst's graph); it is a skos:hiddenLabel now (kg eval still matches it), the forms written stay."""
    import kg
    from rdflib.namespace import RDFS, SKOS

    g = kg.build_graph(text="广元利州禁毒大队荣记集体二等功\n\n四川省公安厅日前决定，为广元市公安局利州区分局禁毒大队记集体二等功。\n")
    alts = _alt_labels(g)
    assert ("广元市公安局利州区分局禁毒大队", "广元利州禁毒大队") in alts
    assert not any(alt == "利州公安局" for _, alt in alts), alts
    hidden = {(str(g.value(s, RDFS.label)), str(o)) for s, o in g.subject_objects(SKOS.hiddenLabel)}
    assert ("广元市公安局利州区分局", "利州公安局") in hidden, hidden
    assert not hidden & alts  # (利州区分局禁毒大队: the brigade named after its 分局's written name, hidden too)


def test_every_altlabel_of_the_bundled_page_is_written_in_it(sample_build, sample_text):
    """玉环公安局 and 邻水公安局 were altLabels of the bundled page, which writes 玉环特警 and 邻水公安."""
    from kg.nlp import normalize

    text = normalize(sample_text, traditional=False)
    alts = _alt_labels(sample_build.graph)
    assert alts and [(label, alt) for label, alt in alts if alt not in text and alt not in sample_text] == []
