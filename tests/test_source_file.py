"""kg:sourceFile: the path of the article's file relative to the input folder given on the
command line (``2024/05/06/news.txt``), so files of one name in several folders are told apart;
a file given by name keeps its base name, and the article's IRI does not change."""
from __future__ import annotations

import json

from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.namespaces import KG

TEXT = "广元市公安局开展反诈宣传\n2024年6月3日 09:00\n\n近日，广元市公安局在全市开展反诈宣传活动。\n"
RECORD = {"id": "r1", "title": "青川县公安局破获一起盗窃案", "text": "近日，青川县公安局破获一起盗窃案。"}


def test_the_source_file_is_the_path_in_the_input_folder(tmp_path):
    """Two news.txt of two subfolders were both `kg:sourceFile "news.txt"`: the path relative to
    the input folder given tells them apart (a file given by name keeps its base name)."""
    for sub, text in (("2024/05/06", "青川县公安局民警柯远舟在乔庄镇巡逻。"), ("2024/05/07", "广元市公安局民警林晓岚宣传反诈。")):
        (tmp_path / "news" / sub).mkdir(parents=True)
        (tmp_path / "news" / sub / "news.txt").write_text(f"巡逻记\n\n{text}\n", encoding="utf-8")
    (tmp_path / "news" / "2024" / "a.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "top.txt").write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "news"), str(tmp_path / "top.txt"),
                                    "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    first = (tmp_path / "o" / "graph.ttl").read_bytes()
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    files = sorted(str(f) for f in g.objects(None, KG.sourceFile))
    assert files == ["2024/05/06/news.txt", "2024/05/07/news.txt", "2024/a.jsonl", "top.txt"]
    ids = [str(a).rsplit("/", 1)[1] for a in g.subjects(KG.sourceFile, None)]
    assert sum(i.startswith("article-news-") for i in ids) == 2  # ids still from the base name
    res = CliRunner().invoke(main, ["build", str(tmp_path / "news"), str(tmp_path / "top.txt"),
                                    "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0 and (tmp_path / "o" / "graph.ttl").read_bytes() == first  # byte-identical


def test_a_store_reads_a_file_again_under_its_new_name(tmp_path):
    (tmp_path / "news" / "hunan").mkdir(parents=True)
    (tmp_path / "news" / "hunan" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = str(tmp_path / "o")
    for given in ("news", "news/hunan"):
        res = CliRunner().invoke(main, ["build", str(tmp_path / given), "-o", out, "-q", "--no-html", "--append"])
        assert res.exit_code == 0, res.output
        g = Graph().parse(tmp_path / "o" / "graph.ttl")
        assert sorted(str(f) for f in g.objects(None, KG.sourceFile)) == \
            (["hunan/a.txt"] if given == "news" else ["a.txt"])
