"""Input shapes found by testers: bylines in brackets with 供稿, pipes and 摄影 credits; HTML
tags inside names and sentences; scraped text with spaces between words and padded names.
Invented persons, real places."""
from __future__ import annotations

import pytest

from kg.ingest import documents_from_text
from kg.namespaces import KG
from kg.pipeline import build_graph

BODY = "近日，青川县公安局刑侦大队民警柯晓岑带队破获一起盗窃案，抓获犯罪嫌疑人2名。"
RELATIONS = """SELECT ?s ?p ?o WHERE { ?x a rdf:Statement ; rdf:subject ?sub ; rdf:predicate ?p ; rdf:object ?ob .
    ?sub rdfs:label ?s . OPTIONAL { ?ob rdfs:label ?l } BIND(COALESCE(?l, ?ob) AS ?o) }"""


def _credits(text: str, source: str = "a.txt") -> set[tuple[str, str]]:
    """The article's (relation, person) pairs of reporter and correspondent in the graph of ``text``."""
    g = build_graph(text=text, source=source)
    return {(p.split("#")[-1], str(o)) for _, p, o in g.query(
        "SELECT ?a ?p ?n WHERE { ?a a kg:NewsArticle ; ?p ?x . ?x rdfs:label ?n . "
        "FILTER(?p IN (kg:reporter, kg:correspondent)) }")}


def _persons(g) -> set[str]:
    return {str(n) for n, in g.query("SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")}


def _relations(g) -> set[tuple[str, str, str]]:
    return {(str(s), p.split("#")[-1], str(o)) for s, p, o in g.query(RELATIONS)}


# ----------------------------------------------------------------------------- bylines
@pytest.mark.parametrize("line", ["作者 | 柯远舟", "作者｜柯远舟", "作者/柯远舟", "文 | 柯远舟"])
def test_a_byline_with_a_pipe_signs_the_article(line):
    assert _credits(f"青川县公安局破获一起盗窃案\n{line}\n\n{BODY}\n") == {("reporter", "柯远舟")}


@pytest.mark.parametrize("credit", ["（通讯员 柯远帆 供稿）", "（通讯员柯远帆供稿）", "（本报通讯员 柯远帆供稿）"])
def test_a_bracketed_contribution_with_a_role_names_the_correspondent(credit):
    # the name ends before 供稿 (柯远帆供稿 was read as one name)
    for text in (f"青川县公安局破获一起盗窃案\n\n{BODY}{credit}\n", f"青川县公安局破获一起盗窃案\n\n{BODY}\n{credit}\n"):
        assert _credits(text) == {("correspondent", "柯远帆")}, text


def test_a_bracketed_contribution_without_a_role_is_a_person_of_no_relation():
    # （某某 供稿） as 供稿：某某 in a staff line: a person of the item, the relation optional in the gold
    (doc,) = documents_from_text(f"青川县公安局破获一起盗窃案\n\n{BODY}\n（柯远帆 供稿）\n", "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯远帆", "editor")]
    g = build_graph(text=f"青川县公安局破获一起盗窃案\n\n{BODY}\n（柯远帆 供稿）\n", source="a.txt")
    assert "柯远帆" in _persons(g)
    assert not list(g.subject_objects(KG.reporter)) and not list(g.subject_objects(KG.correspondent))


def test_a_unit_that_supplied_an_item_closes_it_and_is_no_headline():
    page = (f"青川县公安局破获一起盗窃案\n\n{BODY}\n（青川县公安局供稿）\n"
            "广元市公安局开展夜间巡逻\n\n近日，广元市公安局交警支队民警柯远帆带队开展夜间巡逻，查处酒驾3起。\n（通讯员 柯远舟 供稿）\n")
    docs = documents_from_text(page, "p.txt")
    assert [d.title for d in docs] == ["青川县公安局破获一起盗窃案", "广元市公安局开展夜间巡逻"]
    assert docs[0].text.endswith("（青川县公安局供稿）") and not docs[0].bylines  # text of the item, no person
    assert [(b.name, b.role) for b in docs[1].bylines] == [("柯远舟", "correspondent")]


@pytest.mark.parametrize("credit", ["摄影 柯远帆", "摄影：柯远帆", "摄影/柯远帆"])
def test_a_photographer_credited_in_the_byline_keeps_the_bylines_role(credit):
    # GUIDELINES: a photo credit's relation is optional; a correspondent of the byline who took the
    # photo is still a correspondent (never a reporter too)
    text = f"青川县公安局破获一起盗窃案\n本报记者 柯远舟 本报通讯员 柯远帆\n\n{BODY}\n{credit}\n"
    assert _credits(text) == {("reporter", "柯远舟"), ("correspondent", "柯远帆")}


@pytest.mark.parametrize("credit", ["摄影 柯远帆", "摄影：柯远帆"])
def test_a_photographer_alone_is_a_person_of_the_article(credit):
    text = f"青川县公安局破获一起盗窃案\n本报记者 柯远舟\n\n{BODY}\n{credit}\n"
    assert _credits(text) == {("reporter", "柯远舟"), ("reporter", "柯远帆")}


# ----------------------------------------------------------------------------- HTML
def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><body><h1>青川县公安局破获一起盗窃案</h1>\n{body}\n</body></html>\n"


def _true_offsets(doc, text: str) -> None:
    """Every character of the document's text is the input's character at its offset (a space or
    line break made from markup excepted)."""
    for c, o in zip(doc.text, doc.char_map):
        assert c in "\n\t \u00a0" or text[o] == c, (c, text[o])


@pytest.mark.parametrize("tag", ["span", "b", "font", "o:p", "st1:place", "my-tag"])
def test_an_inline_tag_cuts_no_name(tag):
    text = _page(f"<p>广元市公安局交<{tag} class=\"x\"></{tag}>警支队民警柯远帆参与了行动。</p>")
    (doc,) = documents_from_text(text, "a.html")
    assert "广元市公安局交警支队民警柯远帆参与了行动。" in doc.text.splitlines()
    _true_offsets(doc, text)


def test_a_quoted_attribute_holding_a_bracket_ends_no_tag():
    text = _page('<p>青川县公安局<span title="a>b" data-x=\'c>d\'>刑侦大队</span>民警柯远舟说，案件已移送起诉。</p>')
    (doc,) = documents_from_text(text, "a.html")
    assert "青川县公安局刑侦大队民警柯远舟说，案件已移送起诉。" in doc.text.splitlines()


def test_an_html_documents_own_line_breaks_are_white_space():
    # a browser shows a source line break between two Han characters as nothing: the name is whole
    text = _page("<p>近日，青川县公安局\n    刑侦大队民警柯远舟带队破获一起盗窃案，\n抓获 Alpha\n team 成员2名。</p>")
    (doc,) = documents_from_text(text, "a.html")
    assert "近日，青川县公安局刑侦大队民警柯远舟带队破获一起盗窃案，抓获 Alpha team 成员2名。" in doc.text.splitlines()
    _true_offsets(doc, text)
    g = build_graph(text=text, source="a.html")
    assert ("柯远舟", "belongsTo", "青川县公安局刑侦大队") in _relations(g)
    # the same text saved as .txt, with no <html> opening, keeps its line breaks
    (plain,) = documents_from_text(text.replace("<!DOCTYPE html><html>", ""), "a.txt")
    assert "近日，青川县公安局" in plain.text.splitlines()


def test_block_tags_end_a_line_and_pre_keeps_its_line_breaks():
    text = _page("<p>近日，青川县公安局<br>刑侦大队民警柯远舟带队破获一起盗窃案。</p><pre>广元市公安局\n交警支队</pre>")
    (doc,) = documents_from_text(text, "a.html")
    lines = doc.text.splitlines()
    assert "近日，青川县公安局" in lines and "刑侦大队民警柯远舟带队破获一起盗窃案。" in lines
    assert "广元市公安局" in lines and "交警支队" in lines


def test_an_html_document_is_read_as_the_text_a_reader_sees():
    # block tags are line breaks, inline tags nothing: the graph of the page is the graph of its text
    html = _page("<p>青川县公安局<b>刑侦</b>大队民警柯远舟说，\n案件已移送起诉。</p>\n<div>旬邑县公安局<span>治安大队</span>副大队长柯晓岑带队抓获嫌疑人。</div>")
    plain = ("青川县公安局破获一起盗窃案\n青川县公安局刑侦大队民警柯远舟说，案件已移送起诉。\n"
             "旬邑县公安局治安大队副大队长柯晓岑带队抓获嫌疑人。\n")
    assert _relations(build_graph(text=html, source="a.html")) == _relations(build_graph(text=plain, source="a.txt"))


# ----------------------------------------------------------------------------- spaced text
def test_a_text_spaced_between_words_is_read_unspaced_with_true_offsets():
    text = ("青川县公安局破获一起盗窃案\n\n青川县 公安局 刑侦大队 民警 柯远舟 说，案件 已经 移送 起诉。\n"
            "广元市公安局交警支队副支队长柯 远帆带队检查，民警林　峰参加。\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert "青川县公安局刑侦大队民警柯远舟说，案件已经移送起诉。" in doc.text
    # one space inside a name goes; an ideographic space padding a two-character name to the width of
    # three bounds the name and stays (the persons extractor reads 林　峰 as 林峰)
    assert "副支队长柯远帆带队检查，民警林\u3000峰参加。" in doc.text
    _true_offsets(doc, text)
    g = build_graph(text=text, source="a.txt")
    rel = _relations(g)
    assert {("柯远舟", "belongsTo", "青川县公安局刑侦大队"), ("柯远帆", "position", "副支队长"),
            ("柯远帆", "belongsTo", "广元市公安局交警支队")} <= rel
    assert "柯远" not in _persons(g) and "林峰" in _persons(g)
    for e in g.subjects(KG.sentence, None):  # the evidence quotes the sentence, its offsets slice the input to it
        start, end = int(g.value(e, KG.start)), int(g.value(e, KG.end))
        assert "".join(text[start:end].split()) == "".join(str(g.value(e, KG.sentence)).split())


def test_spaces_that_part_names_or_cells_stay():
    # a list of names, a row's name and its unit, a list of units: no word is cut there
    for line in ("先进个人：柯远舟 柯晓岑 周沐阳 柯远帆。", "柯远舟　青川县公安局刑侦大队民警",
                 "青川县公安局 广元市公安局 旬邑县公安局 青川县公安局刑侦大队"):
        (doc,) = documents_from_text(f"青川县公安局表彰先进\n\n近日，青川县公安局表彰一批先进。\n{line}\n", "a.txt")
        assert line in doc.text, line


def test_a_padded_name_in_a_list_row_is_one_name():
    text = ("青川县公安局表彰先进个人名单\n\n青川县公安局日前对一批先进个人予以表彰。名单如下：\n"
            "柯 远舟　青川县公安局刑侦大队民警\n柯晓岑　青川县公安局治安大队民警\n柯远帆　青川县公安局城关派出所所长\n"
            "林 峰　青川县公安局交警大队民警\n周沐阳　青川县公安局禁毒大队民警\n")
    rel = _relations(build_graph(text=text, source="a.txt"))
    assert {("柯远舟", "belongsTo", "青川县公安局刑侦大队"), ("林峰", "belongsTo", "青川县公安局交警大队")} <= rel
