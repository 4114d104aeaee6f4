"""A text file's header names its paper (``2024年6月3日 09:00 | 来源：江城日报``, a portal's 来源 field):
that is the article's ``dcterms:source``, as a JSON Lines record's ``source`` is, so one paper's
reporter is one node whatever the input's shape."""
from __future__ import annotations

import json

from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main
from kg.ingest import documents_from_text
from kg.namespaces import KG, mint

TEXT = ("广元市公安局开展反诈宣传\n2024年6月3日 09:00 | 来源：江城日报\n\n本报记者 柯远舟 通讯员 林晓岚\n\n"
        "近日，广元市公安局在全市开展反诈宣传活动。\n")
RECORD = {"id": "r1", "date": "2024-06-01", "source": "江城日报", "title": "青川县公安局破获一起盗窃案",
          "text": "本报记者 柯远舟\n\n近日，青川县公安局破获一起盗窃案，抓获犯罪嫌疑人2名。"}


def test_the_header_source_is_the_articles_source():
    doc, = documents_from_text(TEXT, "b.txt")
    assert dict(doc.meta) == {"dcterms:date": "2024-06-03", "dcterms:source": "江城日报"}
    portal, = documents_from_text("青川县公安局破获一起盗窃案\n来源：江城网  发布时间：2024-06-05 10:00\n\n"
                                  "近日，青川县公安局破获一起盗窃案。\n", "p.txt")
    assert dict(portal.meta).get("dcterms:source") == "江城网"
    own, = documents_from_text("青川县公安局破获一起盗窃案\n来源：本站  发布时间：2024-06-05 10:00\n\n"
                               "近日，青川县公安局破获一起盗窃案。\n", "p.txt")
    assert "dcterms:source" not in dict(own.meta)  # 本站 names no paper
    dated, = documents_from_text("青川县公安局破获一起盗窃案\n来源：江城日报  2024-06-05 10:00  记者 柯远舟\n\n"
                                 "近日，青川县公安局破获一起盗窃案。\n", "p.txt")
    assert dict(dated.meta) == {"dcterms:date": "2024-06-05", "dcterms:source": "江城日报"}  # the field's first word


def test_one_reporter_of_one_paper_in_a_text_file_and_a_json_lines_record(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "b.txt"), str(tmp_path / "a.jsonl"),
                                    "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    reporters = set(g.objects(None, KG.reporter))
    assert reporters == {mint("person", "柯远舟_署名_江城日报")}
    sources = {str(o) for o in g.objects(None, URIRef("http://purl.org/dc/terms/source"))}
    assert sources == {"江城日报"}


def test_a_reporter_of_a_text_with_no_paper_joins_the_one_reporter_of_a_paper(tmp_path):
    """本报记者 柯远舟 of a saved text whose header names no paper was a node of its own beside
    柯远舟_署名_江城日报 of the paper's JSON Lines and of a text with a 来源 line: it joins it when the
    build has one such reporter, and stays apart when two papers have one."""
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("青川县公安局开展夜间巡逻\n2024年6月9日\n\n本报记者 柯远舟\n\n"
                                    "近日，青川县公安局在乔庄镇开展夜间巡逻。\n", encoding="utf-8")

    def reporters(*names: str) -> set:
        out = tmp_path / ("o-" + "-".join(n.split(".")[0] for n in names))
        res = CliRunner().invoke(main, ["build", *(str(tmp_path / n) for n in names), "-o", str(out), "-q", "--no-html"])
        assert res.exit_code == 0, res.output
        return set(Graph().parse(out / "graph.ttl").objects(None, KG.reporter))

    assert reporters("b.txt", "a.jsonl", "c.txt") == {mint("person", "柯远舟_署名_江城日报")}
    other = dict(RECORD, id="r2", source="海城晚报")
    (tmp_path / "d.jsonl").write_text(json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    assert reporters("a.jsonl", "d.jsonl", "c.txt") == {
        mint("person", "柯远舟_署名_江城日报"), mint("person", "柯远舟_署名_海城晚报"), mint("person", "柯远舟_署名")}


# ----------------------------------------------------------------------- a signature at the end
RELEASE_BODY = ("警情通报\n\n2024年5月11日19时许，青川县乔庄镇某小区发生一起纠纷，民警迅速到场处置。"
                "经查，李某因琐事与邻居发生口角，持械将其打伤。目前，李某已被依法刑事拘留。\n\n")


def test_a_release_signed_at_its_end_is_dated_and_sourced_there():
    doc, = documents_from_text(RELEASE_BODY + "青川县公安局\n2024年5月12日\n", "tongbao.txt")
    assert dict(doc.meta) == {"dcterms:date": "2024-05-12", "dcterms:source": "青川县公安局"}
    assert "青川县公安局" in doc.text  # the signing unit stays text of the release
    spaced, = documents_from_text(RELEASE_BODY + "长沙市公安局岳麓分局\n\n2024-07-09\n", "t.txt")
    assert dict(spaced.meta) == {"dcterms:date": "2024-07-09", "dcterms:source": "长沙市公安局岳麓分局"}
    # the header's date and 来源 win over the signature's
    doc, = documents_from_text("警情通报\n2024年5月13日 | 来源：江城日报\n\n" + RELEASE_BODY.split("\n\n", 1)[1]
                               + "青川县公安局\n2024年5月12日\n", "t.txt")
    assert dict(doc.meta) == {"dcterms:date": "2024-05-13", "dcterms:source": "江城日报"}
    # only the last lines, and only an agency's name alone over a full date alone
    not_last, = documents_from_text(RELEASE_BODY + "青川县公安局\n2024年5月12日\n\n群众如有线索，请及时报警。\n", "t.txt")
    no_unit, = documents_from_text(RELEASE_BODY + "特此通报。\n2024年5月12日\n", "t.txt")
    no_date, = documents_from_text(RELEASE_BODY + "青川县公安局\n2024年5月\n", "t.txt")
    in_line, = documents_from_text(RELEASE_BODY + "青川县公安局\n2024年5月12日，李某被依法刑事拘留。\n", "t.txt")
    paper, = documents_from_text(RELEASE_BODY + "江城日报\n2024年5月12日\n", "t.txt")
    for doc in (not_last, no_unit, no_date, in_line, paper):
        assert dict(doc.meta) == {}, doc.text[-40:]


def test_a_reporters_story_ending_with_a_quoted_signed_notice_keeps_its_own_date_and_paper():
    story = ("法治日报 2024年7月12日 星期五 第6版\n\n青川警方破获一起诈骗案\n\n本报记者 柯远舟\n\n"
             "近日，青川县公安局破获一起电信诈骗案。青川县公安局随即发布通报，请广大群众提高警惕。\n"
             "青川县公安局\n2024年5月12日\n")
    doc, = documents_from_text(story, "p.txt")
    assert dict(doc.meta) == {"dcterms:date": "2024-07-12", "dcterms:source": "法治日报"}
    bylined, = documents_from_text("青川警方破获一起诈骗案\n\n本报记者 柯远舟\n\n" + RELEASE_BODY.split("\n\n", 1)[1]
                                   + "青川县公安局\n2024年5月12日\n", "q.txt")
    assert "dcterms:source" not in dict(bylined.meta)


def test_a_masthead_names_the_paper_of_every_item_of_its_page(tmp_path):
    """``法治日报 2024年7月12日 星期五 第6版`` dated the page's items but gave them no paper: their
    reporters were ``<name>_署名``, apart from the same paper's reporter of a JSON Lines record."""
    page = ("法治日报 2024年7月12日 星期五 第6版\n\n青川县公安局破获一起盗窃案\n\n本报记者 柯远舟\n\n"
            "近日，青川县公安局破获一起盗窃案，抓获犯罪嫌疑人2名。\n\n旺苍县公安局开展反诈宣传\n\n本报记者 林晓岚\n\n"
            "近日，旺苍县公安局在东河镇开展反诈宣传活动。\n")
    docs = documents_from_text(page, "page.txt")
    assert [dict(d.meta) for d in docs] == [{"dcterms:date": "2024-07-12", "dcterms:source": "法治日报"}] * 2
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({**RECORD, "source": "法治日报"}, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "page.txt"), str(tmp_path / "a.jsonl"),
                                    "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert set(g.objects(None, KG.reporter)) == {mint("person", "柯远舟_署名_法治日报"), mint("person", "林晓岚_署名_法治日报")}
    # a header's own 来源 still wins over the masthead's paper
    mixed, = documents_from_text("法治日报 2024年7月12日 星期五 第6版\n\n青川县公安局破获一起盗窃案\n"
                                 "2024年7月11日 | 来源：江城日报\n\n近日，青川县公安局破获一起盗窃案。\n", "p.txt")
    assert dict(mixed.meta) == {"dcterms:date": "2024-07-11", "dcterms:source": "江城日报"}
