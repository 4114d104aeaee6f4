"""kg.ingest: reading files, cutting a page into items, bylines, photo credits, layout repair."""
from __future__ import annotations

import re

import pytest

from kg.errors import InputError
from kg.ingest import clean_text, content_hash, documents_from_text, iter_input_files, load_documents, read_text

TWO_ITEMS = (
    "青山巡逻记\n\n"
    "民警夜巡守平安\n\n"
    "□ 本报记者 柏云舟\n"
    "□ 本报通讯员 苗青禾 郁子衡\n\n"
    "入夜，城区街道依旧热闹。民警沿街巡逻，提醒商户关好门窗。\n\n"
    "巡逻持续到凌晨两点。\n\n"
    "□ 本报记者 蓝思远\n\n"
    "社区调解室里的笑声\n\n"
    "社区调解室每周接待群众来访。调解员耐心倾听，化解邻里矛盾。\n"
)


def _check_char_map(doc, original: str) -> None:
    assert len(doc.char_map) == len(doc.text)
    for i, ch in enumerate(doc.text):
        if ch != "\n":  # joins between paragraphs map to the character before them
            assert original[doc.char_map[i]] == ch, (i, ch)


def test_page_with_two_items_splits_into_two_documents():
    docs = documents_from_text(TWO_ITEMS, "page.txt")
    h = content_hash(TWO_ITEMS)
    assert [d.doc_id for d in docs] == [f"page-{h}-1", f"page-{h}-2"]
    assert all(d.source == "page.txt" for d in docs)
    first, second = docs
    # three-line headline group: 引题 / 主题 order; the main title is one of them, the other an alt title
    assert {first.title, *first.alt_titles} == {"青山巡逻记", "民警夜巡守平安"}
    assert len(first.alt_titles) == 1
    assert [(b.name, b.role) for b in first.bylines] == [
        ("柏云舟", "reporter"), ("苗青禾", "correspondent"), ("郁子衡", "correspondent")]
    assert first.body.startswith("入夜，城区街道依旧热闹。")
    assert "巡逻持续到凌晨两点。" in first.text
    assert "社区调解室" not in first.text and "蓝思远" not in first.text
    for d in docs:
        _check_char_map(d, TWO_ITEMS)


def test_byline_printed_above_headline_belongs_to_item_below():
    second = documents_from_text(TWO_ITEMS, "page.txt")[1]
    assert second.title == "社区调解室里的笑声"
    assert second.alt_titles == ()
    assert [(b.name, b.role) for b in second.bylines] == [("蓝思远", "reporter")]
    assert second.body == "社区调解室每周接待群众来访。调解员耐心倾听，化解邻里矛盾。"


def test_byline_offsets_point_into_the_file():
    for d in documents_from_text(TWO_ITEMS, "page.txt"):
        for b in d.bylines:
            assert TWO_ITEMS[b.start:b.end] == b.name
            assert b.line in TWO_ITEMS


def test_inline_byline_at_head_of_body():
    text = "河畔小城的一天\n\n本报讯 记者柏云舟 通讯员苗青禾 郁子衡 近日，某地开展安全宣传活动，群众踊跃参加。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert doc.title == "河畔小城的一天"
    assert [(b.name, b.role) for b in doc.bylines] == [
        ("柏云舟", "reporter"), ("苗青禾", "correspondent"), ("郁子衡", "correspondent")]
    assert doc.body == "近日，某地开展安全宣传活动，群众踊跃参加。"
    for b in doc.bylines:
        assert text[b.start:b.end] == b.name
    _check_char_map(doc, text)


def test_photo_caption_with_reporter_and_correspondent_credit():
    text = ("标题一则\n\n正文第一段写了一些内容，民警在街头执勤。\n\n"
            "近日，民警在辖区学校开展了交通安全宣传活动，增强了学生的安全意识。本报记者 柏云舟 本报通讯员 苗青禾 摄\n")
    docs = documents_from_text(text, "p.txt")
    credited = [d for d in docs if d.bylines]
    assert len(credited) == 1
    cap = credited[0]
    assert [(b.name, b.role) for b in cap.bylines] == [("柏云舟", "reporter"), ("苗青禾", "correspondent")]
    assert cap.text == "近日，民警在辖区学校开展了交通安全宣传活动，增强了学生的安全意识。"
    assert "摄" not in cap.text and "柏云舟" not in cap.text
    for b in cap.bylines:
        assert text[b.start:b.end] == b.name


def test_credit_line_with_spaced_single_characters():
    text = "河畔小城\n\n民警在街头执勤，为群众指路。\n\n杨  芳摄\n"
    (doc,) = documents_from_text(text, "c.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("杨芳", "reporter")]
    b = doc.bylines[0]
    assert text[b.start:b.end].replace(" ", "") == "杨芳"
    assert doc.body == "民警在街头执勤，为群众指路。"


LONG_CUT = (
    "河畔小城\n\n"
    "民警每天走访辖区商户，收集意见建议。\n\n"
    "在此基础上，突出“治安+智安”治理格局，打破“机关各管一块，各自为战”的传统做法，依托青禾市\n\n"
    "公安局基础管控中心，建立闭环机制，切实提升工作质效。\n"
)


def test_layout_repair_rejoins_paragraph_cut_inside_agency_name():
    (doc,) = documents_from_text(LONG_CUT, "l.txt")
    assert doc.title == "河畔小城"
    assert doc.alt_titles == ()
    assert "依托青禾市公安局基础管控中心" in doc.text
    assert doc.body.count("\n") == 1  # two paragraphs: the first, and the repaired one
    _check_char_map(doc, LONG_CUT)
    k = doc.text.index("青禾市公安局")
    fs, fe = doc.file_span(k, k + len("青禾市公安局"))
    assert LONG_CUT[fs:fe].startswith("青禾市") and LONG_CUT[fs:fe].endswith("公安局")
    assert re.sub(r"\s", "", LONG_CUT[fs:fe]) == "青禾市公安局"


def test_layout_repair_rejoins_paragraph_cut_after_enumeration_comma():
    text = ("河畔小城\n\n"
            "2018年，一名逃犯藏进无人区，民警们不惧艰难，一路上战胜暴风雪、\n\n"
            "沼泽等恶劣环境，终于将嫌疑人抓捕归案。\n")
    (doc,) = documents_from_text(text, "l.txt")
    assert "暴风雪、沼泽等恶劣环境" in doc.text
    _check_char_map(doc, text)


def test_layout_repair_rejoins_short_paragraph_ending_in_comma():
    text = "河畔小城\n\n民警赶到现场后，\n\n立即疏散围观群众。\n"
    (doc,) = documents_from_text(text, "l.txt")
    assert doc.alt_titles == ()
    assert doc.body == "民警赶到现场后，立即疏散围观群众。"


def test_layout_repair_rejoins_medium_paragraph_cut_inside_agency_name():
    text = ("河畔小城\n\n民警每天走访辖区商户，收集意见建议。\n\n"
            "在此基础上，突出治理格局，打破各自为战的传统做法，依托青禾市\n\n"
            "公安局基础管控中心，建立闭环机制，切实提升工作质效。\n")
    (doc,) = documents_from_text(text, "l.txt")
    assert doc.alt_titles == ()
    assert "依托青禾市公安局基础管控中心" in doc.text


def test_complete_paragraphs_are_not_joined():
    (doc,) = documents_from_text("河畔小城\n\n第一段结束了。\n\n第二段也结束了。\n", "x.txt")
    assert doc.body == "第一段结束了。\n第二段也结束了。"


# ----------------------------------------------------------------------------- read_text
def test_read_text_utf8_with_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff标题\n\n民警巡逻。\n".encode("utf-8"))
    text = read_text(p)
    assert text == "标题\n\n民警巡逻。\n"


def test_read_text_gb18030(tmp_path):
    p = tmp_path / "gb.txt"
    original = "标题\n\n民警在街头巡逻，为群众指路，深夜仍坚守岗位。\n"
    p.write_bytes(original.encode("gb18030"))
    assert read_text(p) == original


@pytest.mark.parametrize("name,data,words", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
    ("broken.txt", b"hello \xff\xfe world caf\xe9 \x80\x81\n", "UTF-8"),
])
def test_read_text_rejects_bad_files_naming_them(tmp_path, name, data, words):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(p)
    msg = str(info.value)
    assert name in msg
    assert words in msg
    assert "\n" not in msg


def test_read_text_missing_path(tmp_path):
    with pytest.raises(InputError, match="nope.txt"):
        read_text(tmp_path / "nope.txt")


def test_folder_with_no_text_files(tmp_path):
    d = tmp_path / "nothing_here"
    d.mkdir()
    (d / "data.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="nothing_here"):
        iter_input_files([d])
    with pytest.raises(InputError, match="nothing_here"):
        load_documents([d])


def test_folder_files_read_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text("乙标题\n\n民警乙在巡逻。\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲标题\n\n民警甲在巡逻。\n", encoding="utf-8")
    docs = load_documents([tmp_path])
    assert [(d.doc_id.split("-")[0], d.title) for d in docs] == [("a", "甲标题"), ("b", "乙标题")]


def test_hidden_files_and_folders_in_a_folder_are_not_read(tmp_path):
    """A folder copied from a Mac share holds an AppleDouble ``._x.txt`` (binary) beside each
    ``x.txt``; ``.git``, ``.hidden.txt``: none is an article, none a failed input or a warning."""
    from click.testing import CliRunner
    from kg.cli import main
    news = tmp_path / "news"
    (news / ".git").mkdir(parents=True)
    (news / "sub").mkdir()
    (news / "a.txt").write_text("甲标题\n\n民警甲在巡逻。\n", encoding="utf-8")
    (news / "._a.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (news / ".hidden.txt").write_text("隐藏标题\n\n民警丙在巡逻。\n", encoding="utf-8")
    (news / ".git" / "notes.txt").write_text("提交说明\n\n民警丁在巡逻。\n", encoding="utf-8")
    (news / "sub" / "._b.md").write_bytes(b"\x00\x05\x16\x07")
    (news / "sub" / "b.md").write_text("乙标题\n\n民警乙在巡逻。\n", encoding="utf-8")
    ignored: list = []
    assert iter_input_files([news], ignored=ignored) == [news / "a.txt", news / "sub" / "b.md"] and ignored == []
    res = CliRunner().invoke(main, ["build", str(news), "-o", str(tmp_path / "o"), "--no-html"])
    assert res.exit_code == 0 and "warning" not in res.output, res.output
    assert not (tmp_path / "o" / "errors.jsonl").exists()
    # given by name, a hidden file is read as any other
    assert [d.title for d in load_documents([news / ".hidden.txt"])] == ["隐藏标题"]
    only_hidden = tmp_path / "only-hidden"
    only_hidden.mkdir()
    (only_hidden / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    with pytest.raises(InputError, match="holds no text files"):
        iter_input_files([only_hidden])


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "is a PDF document, not a text; save it as a .txt (UTF-8) first (pdftotext"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml\x00word/document.xml", "is a Word (.docx) document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "is a Word (.doc) or other Office document"),
    (b"PK\x03\x04\x14\x00\x00\x00news/a.txt\x00", "is a zip archive, not a text; save it as a .txt (UTF-8) first (unpack"),
])
def test_a_pdf_or_word_document_renamed_txt_is_named_for_what_it_is(tmp_path, data, kind):
    (tmp_path / "report.txt").write_bytes(data)
    with pytest.raises(InputError, match=re.escape(f"report.txt: {kind}")):
        read_text(tmp_path / "report.txt")


def test_same_file_name_in_two_folders_is_two_articles(tmp_path):
    for folder, who in (("a", "甲"), ("b", "乙")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(f"{who}标题\n\n民警{who}在巡逻。\n", encoding="utf-8")
    docs = load_documents([tmp_path / "a", tmp_path / "b"])
    assert [d.title for d in docs] == ["甲标题", "乙标题"]
    assert len({d.doc_id for d in docs}) == 2 and all(d.doc_id.startswith("page-") for d in docs)


def test_same_file_given_twice_is_one_article(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.txt").write_text("甲标题\n\n民警甲在巡逻。\n", encoding="utf-8")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "page.txt").write_bytes((tmp_path / "a" / "page.txt").read_bytes())
    docs = load_documents([tmp_path / "a" / "page.txt", tmp_path / "a", tmp_path / "copy" / "page.txt"])
    assert [d.title for d in docs] == ["甲标题"]


def test_headline_only_input_is_read_as_text():
    (doc,) = documents_from_text("咸阳市公安局交警支队民警巡逻\n", "one.txt")
    assert doc.title == "咸阳市公安局交警支队民警巡逻"
    assert doc.text == "咸阳市公安局交警支队民警巡逻"


@pytest.mark.parametrize("lead, rows", [
    ("一、先进集体（5个）\n\n", ["青柳县公安局刑侦大队", "青柳县公安局禁毒大队", "青柳县公安局城关派出所"]),
    ("", ["青柳县公安局刑侦大队", "青柳县公安局禁毒大队", "青柳县公安局城关派出所", "青柳县公安局交警大队",
          "青柳县公安局治安大队"]),
])
def test_list_after_body_text_stays_in_the_item_line_by_line(lead, rows):
    text = "江城市公安局关于表彰先进集体的决定\n\n决定授予以下单位“先进集体”称号。\n\n" + lead \
        + "\n\n".join(rows) + "\n\n希望受到表彰的集体再接再厉。\n"
    (doc,) = documents_from_text(text, "a.txt")
    lines = doc.text.split("\n")
    assert all(r in lines for r in rows)  # each row its own line, none taken for a headline


def test_three_headlines_after_body_still_open_a_new_item():
    text = ("第一条新闻标题\n\n本报讯 民警开展巡逻。\n\n引题一行\n\n第二条新闻标题\n\n副题一行\n\n"
            "本报讯 交警开展整治。\n")
    assert len(documents_from_text(text, "page.txt")) == 2


def test_portal_header_fields_are_the_byline():
    text = ("市民险被骗走38万元 民警上门劝阻\n\n来源：江城新闻网  作者：周明远 何雨桐  通讯员：郭小川  "
            "发布时间：2024-07-16 09:32\n\n8月20日下午，民警敲开了市民家门。\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [
        ("周明远", "reporter"), ("何雨桐", "reporter"), ("郭小川", "correspondent")]
    assert all(text[b.start:b.end] == b.name for b in doc.bylines if b.role == "editor")
    assert "来源" not in doc.text and doc.title == "市民险被骗走38万元 民警上门劝阻"


def test_bracketed_portal_fields_are_the_byline():
    text = ("青川公安夏季行动战果丰硕\n\n【来源】江城日报\n【作者】江城日报社全媒体记者 周明远 通讯员 何雨桐\n\n"
            "本报江城8月29日讯 8月29日上午，市公安局召开新闻发布会。\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("周明远", "reporter"), ("何雨桐", "correspondent")]
    assert "【作者】" not in doc.text


def test_a_closing_credit_of_what_the_names_did_keeps_every_name():
    text = "标题一行\n\n民警开展巡逻。\n\n（本报通讯员周明远、何雨桐参与采写）\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("周明远", "correspondent"), ("何雨桐", "correspondent")]


def test_an_interviews_questions_are_no_portal_byline():
    text = ("在云端审案\n\n（记者 周明远）\n\n记者：不见面，怎么保证程序公正？\n\n柯法官：全程留痕。\n\n"
            "记者：互联网法院的案件有什么不同？\n\n柯法官：当事人天南海北。\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert [b.name for b in doc.bylines] == ["周明远"]


def test_headline_and_portal_header_after_body_open_a_new_item():
    text = ("第一条新闻标题\n\n本报讯 民警开展巡逻。\n\n第二条新闻标题\n\n来源：江城新闻网  作者：周明远\n\n"
            "交警开展整治。\n")
    docs = documents_from_text(text, "page.txt")
    assert len(docs) == 2 and [b.name for b in docs[1].bylines] == ["周明远"]


def test_portal_author_field_followed_by_a_bare_timestamp():
    text = "标题一行\n\n来源：江城+  作者：周明远 何雨桐  2024-11-27 18:05\n\n民警开展巡逻。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [b.name for b in doc.bylines] == ["周明远", "何雨桐"]


def test_a_lead_box_under_the_headline_keeps_the_byline_after_it():
    text = ("高墙之内的新生\n\n2025年04月22日06:05  |  来源：人民网－人民日报\n\n核心阅读\n\n"
            "在江城监狱，服刑人员在监区里学技能、考证书。\n\n本报记者  柯  斐  柯云帆\n\n"
            "清晨7点，江城监狱三监区的技能培训车间里，缝纫机响个不停。\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert doc.title == "高墙之内的新生"
    assert [b.name for b in doc.bylines] == ["柯斐", "柯云帆"]


@pytest.mark.parametrize("credits", [
    "编辑：柯晓芸  审核：柯海涛",
    "【责任编辑：柯晓芸】\n\n审核：柯海涛",
    "（供稿：旬邑县公安局　编辑：柯晓芸　审核：柯海涛）",
])
def test_staff_credits_are_persons_of_the_item_with_no_byline_role(credits):
    text = f"标题一行\n\n本报讯 民警柯远舟开展巡逻。\n\n供稿：旬邑县公安局交警大队\n\n通讯员：柯  旭\n\n{credits}\n"
    (doc,) = documents_from_text(text, "a.txt")
    staff = [(b.name, b.role) for b in doc.bylines if b.role == "editor"]
    assert staff == [("柯晓芸", "editor"), ("柯海涛", "editor")]
    assert all(text[b.start:b.end] == b.name for b in doc.bylines if b.role == "editor")
    assert [b.name for b in doc.bylines if b.role == "correspondent"] == ["柯旭"]
    assert "编辑" not in doc.text


def test_an_editor_is_a_person_in_no_relation(extract):
    x = extract("标题一行\n\n本报讯 民警柯远舟开展巡逻。\n\n编辑：柯晓芸\n")
    assert "柯晓芸" in x.names("Person")
    assert not any("柯晓芸" in str(o) for s, p, o in x.rels())


def test_a_compound_surname_printed_spaced_in_a_byline():
    text = "标题一行\n\n本报记者 司徒  慧  本报通讯员 柯研超  付  强\n\n本报讯 民警柯远舟开展巡逻。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [
        ("司徒慧", "reporter"), ("柯研超", "correspondent"), ("付强", "correspondent")]


@pytest.mark.parametrize("lead", ["编者按：基层派出所是守护平安的第一道防线。", "【导读】三十年来，他守护一方。"])
def test_a_lead_box_on_one_line_keeps_the_byline_with_the_headline(lead):
    text = f"标题一行\n\n{lead}\n\n本报记者 柯小明\n\n青柳派出所所长柯正国今年五十五岁。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert doc.title == "标题一行" and [b.name for b in doc.bylines] == ["柯小明"]


def test_prefixed_staff_labels_are_no_names():
    text = "标题一行\n\n本报讯 民警巡逻。\n\n【责任编辑：柯丽 实习编辑：江小白】\n\n新媒体编辑：林一凡\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [b.name for b in doc.bylines] == ["柯丽", "江小白", "林一凡"]


def test_a_byline_run_without_colons_at_the_end_of_a_portal_source_field():
    text = "江城警方通报一起案件\n\n来源：江城新闻网  2025-06-06 20:15  记者 柯远舟  实习生 林小禾\n\n6月5日，民警开展巡逻。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯远舟", "reporter"), ("林小禾", "reporter")]
    assert all(text[b.start:b.end] == b.name for b in doc.bylines)


@pytest.mark.parametrize("line,names", [
    ("□ 法治日报全媒体记者 柯  舟", ["柯舟"]),  # 全媒体记者 is a reporter's role
    ("本报融媒体记者 林小禾", ["林小禾"]),
    ("本报记者  柯仁满都拉", ["柯仁满都拉"]),  # five characters set off by spaces: one name
    ("本报记者  柯远舟林小禾", ["柯远舟", "林小禾"]),  # six characters: two names glued
])
def test_byline_roles_and_long_names(line, names):
    (doc,) = documents_from_text(f"一个标题\n\n{line}\n\n6月5日，民警开展巡逻。\n", "a.txt")
    assert [b.name for b in doc.bylines] == names


def test_a_caption_in_brackets_ending_with_a_credit_stays_in_its_item():
    text = ("戈壁口岸的守关人\n\n本报记者 柯远舟\n\n凌晨5点，旬邑海关开展查验，旅检一科关员连夜查验出境车辆。\n\n"
            "（图为旅检一科关员在公路口岸查验出境车辆，查验工作持续了整整一个通宵。本报通讯员 林  屹 摄）\n")
    docs = documents_from_text(text, "a.txt")
    assert len(docs) == 1
    assert [(b.name, b.role) for b in docs[0].bylines] == [("柯远舟", "reporter"), ("林屹", "correspondent")]


def test_an_inline_byline_ending_in_baodao():
    text = "标题一行\n\n本报旬邑7月2日电  记者柯雪峰  通讯员林婷报道：7月1日清晨，旬邑县公安局开展巡逻。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯雪峰", "reporter"), ("林婷", "correspondent")]
    assert doc.body.startswith("7月1日清晨")


def test_an_editor_after_a_byline_run_in_a_portal_source_field_is_no_reporter():
    text = "江城警方通报一起案件\n\n来源：江城新闻网 2025-06-06 记者 柯远舟 实习生 林小禾 编辑 周沐阳\n\n6月5日，民警开展巡逻。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯远舟", "reporter"), ("林小禾", "reporter")]


def test_an_item_with_no_headline_is_titled_by_its_first_sentence_cut_whole():
    """The bundled page's photo item was titled 近日,…开展了以“ (its first 30 characters, a quote
    left open); a longer first sentence is cut before a quote or bracket it would leave open,
    with … to say it is cut."""
    from kg.ingest import _lead_title

    assert _lead_title("近日,江城市公安局交警支队青柳大队在辖区学校开展了以“安全自护”为主题的活动。后文。") == \
        "近日,江城市公安局交警支队青柳大队在辖区学校开展了以…"
    assert _lead_title("民警柯远舟获表彰。后文。") == "民警柯远舟获表彰"
    assert _lead_title("江城市公安局青柳派出所民警柯远舟、柯晓岚和同事们，连续奋战三天三夜破获案件。") == \
        "江城市公安局青柳派出所民警柯远舟、柯晓岚和同事们…"
    assert _lead_title("") == ""


@pytest.mark.parametrize("dateline", ["本报讯 近日，", "　　本报讯 近日，", "本报北京5月9日电 近日，"])
def test_a_headline_over_a_bare_dateline_opens_a_new_item(dateline):
    page = ("江城法院发布涉老诈骗典型案例\n本报记者 柯远舟\n　　5月15日，江城市人民法院召开新闻发布会。\n\n"
            f"公安部表彰一批先进集体和个人\n{dateline}公安部表彰一批先进集体和个人。\n")
    docs = documents_from_text(page, "page.txt")
    assert [d.title for d in docs] == ["江城法院发布涉老诈骗典型案例", "公安部表彰一批先进集体和个人"]


def test_a_line_that_only_holds_a_word_ending_in_dian_opens_no_item():
    page = ("江城法院发布涉老诈骗典型案例\n本报记者 柯远舟\n　　5月15日，江城市人民法院召开新闻发布会。\n\n"
            "群众来电反映\n民警接到电话后立即赶到现场。\n")
    assert len(documents_from_text(page, "page.txt")) == 1


def test_a_bracketed_source_note_is_no_byline():
    from kg.pipeline import run
    text = "江城调解解心结\n\n　　近日，江城市司法局组织调解员开展工作。\n\n（来源：江城市司法局）\n"
    persons = {e.label for e in run(text=text, source="t.txt").resolution.entities.values() if e.cls == "Person"}
    assert "来源" not in persons


@pytest.mark.parametrize("value,person", [("韦凤", "韦凤"), ("宣传科", None), ("江城市司法局", None)])
def test_a_supplied_by_credit_names_a_person_only_when_it_holds_a_name(value, person):
    from kg.pipeline import run
    text = f"江城调解解心结\n\n　　近日，江城市司法局组织调解员开展工作。\n\n供稿：{value}\n审核：柯远舟\n"
    persons = {e.label for e in run(text=text, source="t.txt").resolution.entities.values() if e.cls == "Person"}
    assert persons == {"柯远舟"} | ({person} if person else set())


def test_a_subtitle_with_a_thousands_separator_is_a_headline_line():
    page = ("江城警方通报专项行动战果\n破获电诈案件1,286起 抓获犯罪嫌疑人2031名\n\n"
            "本报讯  记者柯远舟  通讯员林小禾  11月20日，江城市公安局召开新闻发布会。\n")
    doc = documents_from_text(page, "page.txt")[0]
    assert doc.alt_titles == ("破获电诈案件1,286起 抓获犯罪嫌疑人2031名",) or "破获电诈案件1,286起" in " ".join(doc.alt_titles)
    assert {b.name for b in doc.bylines} >= {"柯远舟", "林小禾"}


def test_a_closing_bracket_of_names_alone_is_the_items_byline():
    # ……。（甲  乙）: names set off by spaces (a two-character one padded to three) close a 简讯 item
    from kg.ingest import documents_from_text

    (doc,) = documents_from_text("工作站设立\n\n本报讯  1月9日，江城市中级人民法院设立工作站。（符晓玲  陈  东）\n", "t.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("符晓玲", "reporter"), ("陈东", "reporter")]
    assert doc.text.endswith("设立工作站。")
    (doc,) = documents_from_text("标题\n\n会议由院长主持。（王立新）\n", "t.txt")
    assert doc.bylines == ()  # one name, no space: a note, left in the text


def test_rows_of_names_with_their_units_in_brackets_are_a_list_not_new_items():
    """名（畲族，某局某所民警）: a note and the unit in one bracket is no clause list; the rows after
    获评…的是： stay in the item (they were taken for the headlines of two new items)."""
    rows = "\n".join(["柯丽娟（江城市人民法院执行局副局长）", "王晓燕（畲族，江城市公安局西湖分局柳林派出所社区民警）",
                      "欧阳倩（江城市司法局青柳司法所所长）", "吴婷婷（江城市公安局刑事技术支队法医）",
                      "詹雪梅（畲族，江城市人民检察院青柳检察室检察官助理）", "蔡小燕（江城市女子强制隔离戒毒所教育矫治科科长）"])
    text = f"江城妇联公布三八红旗手名单\n\n本报讯 江城市妇联公布名单。\n\n获评“江城市三八红旗手”的是：\n{rows}\n\n记者了解到，她们扎根一线。\n"
    docs = documents_from_text(text, "t.txt")
    assert len(docs) == 1 and "蔡小燕" in docs[0].text


def test_a_subtitle_with_a_comma_before_a_dateline_byline_is_the_items():
    """A second headline line with a comma (在某地抓获9名，冻结资金…), then 本报某地某日电（记者…）:
    the line is a subtitle and the byline the article's (the bylines were lost)."""
    text = ("江城警方打掉一电信诈骗团伙\n\n在青柳等地抓获犯罪嫌疑人9名，冻结涉案资金1200余万元\n\n"
            "本报江城9月25日电（记者 柯远舟 通讯员 王晓峰）记者今天从江城市公安局获悉，警方破案。\n")
    (doc,) = documents_from_text(text, "t.txt")
    assert "在青柳等地抓获犯罪嫌疑人9名，冻结涉案资金1200余万元" in doc.alt_titles
    assert {b.name for b in doc.bylines} == {"柯远舟", "王晓峰"}


def test_markdown_marks_are_no_part_of_a_md_files_text():
    # # heading, **bold byline**, a link's URL, a bullet: Markdown's marks, not the article's words
    md = "# 西安警方侦破系列盗窃案\n\n**本报记者 韩磊**\n\n近日，碑林分局侦破一起盗窃案，详见[警方通报](https://example.com/a)。\n\n- 民警柯远舟介绍了案情。\n"
    (doc,) = documents_from_text(md, "a.md")
    assert doc.title == "西安警方侦破系列盗窃案"
    assert [b.name for b in doc.bylines] == ["韩磊"]
    assert "**" not in doc.text and "https" not in doc.text and "详见警方通报。" in doc.text
    assert all(md[o] == c for c, o in zip(doc.text, doc.char_map) if c != "\n")  # offsets into the file as given
    (plain,) = documents_from_text(md, "a.txt")
    assert plain.title.startswith("#")  # a .txt file is read as written


_SAVED_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>青柳县法院审结一起合同纠纷案_某某法治网</title></head>\n'
    '<body><nav><a href="/">首页</a> <a href="/fy">法院</a></nav>\n<div class="crumb">首页 &gt; 法院 &gt; 正文</div>\n'
    "<h1>青柳法院审结一起合同纠纷案</h1>\n<p>本报记者 柯小明</p>\n<p>　　近日，青柳县人民法院审结一起合同纠纷案。</p>\n"
    "</body></html>\n")


def test_a_saved_web_pages_h1_is_its_headline():
    # the <title> (with the site's name), the <nav> menu and the breadcrumb trail are no headline
    (doc,) = documents_from_text(_SAVED_PAGE, "case.html")
    assert doc.title == "青柳法院审结一起合同纠纷案"
    assert not any("首页" in t or "法治网" in t for t in (doc.title, *doc.alt_titles))
    assert "首页" not in doc.text
    assert [b.name for b in doc.bylines] == ["柯小明"]


@pytest.mark.parametrize("line", ["首页 > 法院 > 正文", "当前位置：首页 » 要闻", "首页＞公安＞警情通报"])
def test_a_breadcrumb_line_is_no_headline(line):
    (doc,) = documents_from_text(f"{line}\n\n青柳法院审结一起合同纠纷案\n\n近日，青柳县人民法院审结一起合同纠纷案。\n", "a.txt")
    assert doc.title == "青柳法院审结一起合同纠纷案"


def test_a_folder_gives_its_web_pages(tmp_path):
    (tmp_path / "case.html").write_text(_SAVED_PAGE, encoding="utf-8")
    (tmp_path / "notes.markdown").write_text("# 标题\n\n民警甲在巡逻。\n", encoding="utf-8")
    assert sorted(p.name for p in iter_input_files([tmp_path])) == ["case.html", "notes.markdown"]


def test_a_decisions_attachment_is_part_of_it():
    # 附件：…名单 and the list's own headings after the decision's body open no new article (set 46)
    text = ("青川县公安局关于表彰先进集体和先进个人的决定\n\n各派出所：\n\n"
            "为表彰先进，县局决定，授予城关派出所“全县公安工作先进集体”称号。\n\n"
            "附件：全县公安工作先进集体和先进个人名单\n\n青川县公安局\n2025年1月6日\n\n附件\n\n"
            "全县公安工作先进集体和先进个人名单\n\n一、先进集体（1个）\n\n城关派出所\n")
    docs = documents_from_text(text, "d.txt")
    assert len(docs) == 1 and docs[0].text.rstrip().endswith("城关派出所")
    with_byline = text + "\n另一条新闻的标题\n本报记者 柯远舟\n近日，青川县公安局召开会议，部署工作。\n"
    assert len(documents_from_text(with_byline, "d.txt")) == 2  # a byline opens an article even there


def test_a_streamed_page_is_not_cut_inside_an_attachment(tmp_path, monkeypatch):
    import kg.ingest as ingest

    item = ("青川县公安局召开会议\n\n本报讯（记者 柯远舟）近日，青川县公安局召开会议，部署工作。\n\n"
            "附件：名单\n\n先进集体名单\n\n一、先进集体\n\n城关派出所。\n\n第二份名单\n\n二、先进个人\n\n"
            "民警柯远帆在工作中表现突出，受到表彰。\n\n")
    page = tmp_path / "p.txt"
    page.write_text(item * 30, encoding="utf-8")
    whole = [d.text for d in documents_from_text(page.read_text(encoding="utf-8"), "p.txt")]
    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 100)
    assert [d.text for d in ingest.iter_file_documents(page)] == whole and len(whole) == 30


def test_a_county_media_centres_byline():
    text = "青川县夏季治安整治交出答卷\n青川县融媒体中心记者  柯远舟  通讯员  柯远帆\n近日，青川县公安局召开会议。\n"
    doc = documents_from_text(text, "a.txt")[0]
    assert [(b.role, b.name) for b in doc.bylines] == [("reporter", "柯远舟"), ("correspondent", "柯远帆")]


@pytest.mark.parametrize("line, expected", [
    ("本报记者 柯远舟 北京报道", [("reporter", "柯远舟")]),
    ("本报记者 柯远舟 通讯员 柯远帆 温州报道", [("reporter", "柯远舟"), ("correspondent", "柯远帆")]),
    ("本报记者 柯远舟 发自杭州", [("reporter", "柯远舟")]),
    ("本报记者 江山 报道", [("reporter", "江山")]),  # a name that is also a county's: the only name
])
def test_where_a_bylines_report_was_filed_is_no_name(line, expected):
    # (breaker: 北京 was a reporter, 发自杭州 a person)
    doc = documents_from_text(f"青川县公安局召开会议\n{line}\n近日，青川县公安局召开会议，部署工作。\n", "a.txt")[0]
    assert [(b.role, b.name) for b in doc.bylines] == expected


def test_a_markdown_tables_rows_become_tab_separated_rows():
    from kg.ingest import clean_text

    text = "# 标题\n\n| 姓名 | 单位及职务 |\n|---|:---:|\n| 柯远舟 | 青川县公安局城关派出所所长 |\n"
    clean, origin = clean_text(text, markdown=True)
    assert clean == "标题\n\n姓名\t单位及职务\n\n柯远舟\t青川县公安局城关派出所所长\n"
    assert all(c == text[o] or c == "\t" for c, o in zip(clean, origin))  # each kept character where it was
    assert clean_text("文|柯远舟\n", markdown=True)[0] == "文|柯远舟\n"  # a pipe in prose stays


def test_a_byline_line_with_a_mark_before_each_role():
    text = "青川县公安局召开会议\n□本报记者 柯远舟 □本报通讯员 柯远帆\n近日，青川县公安局召开会议，部署工作。\n"
    doc = documents_from_text(text, "a.txt")[0]
    assert [(b.role, b.name) for b in doc.bylines] == [("reporter", "柯远舟"), ("correspondent", "柯远帆")]
    assert all(text[b.start:b.end] == b.name for b in doc.bylines)  # (breaker: neither was read)


def test_an_html_tables_cells_are_tab_separated():
    # </td> ends a cell: 姓名单位 glued into one word was read as a headline (breaker)
    from kg.ingest import clean_text

    html_row = "<table><tr><td>柯远帆</td><td>青川县公安局城关派出所所长</td></tr></table>"
    assert clean_text(html_row)[0].strip() == "柯远帆\t青川县公安局城关派出所所长"


def test_a_byline_line_with_an_outlet_of_no_outlet_word():
    # 中国消防记者  甲  通讯员  乙  丙: the outlet (a magazine) glued to the role is no name (set 47)
    text = "雪原上的营救\n中国消防记者  柯远舟  通讯员  才仁卓玛  柯远帆\n近日，青川县消防救援大队完成一次营救。\n"
    doc = documents_from_text(text, "a.txt")[0]
    assert [(b.role, b.name) for b in doc.bylines] == [("reporter", "柯远舟"), ("correspondent", "才仁卓玛"),
                                                        ("correspondent", "柯远帆")]


def test_a_portal_header_opening_with_its_timestamp():
    # 2024-03-12 10:21:05　来源：…　作者：…: the stamp dates the article, the author field is its byline (breaker)
    text = "民警勇救落水儿童\n2024-03-12 10:21:05\u3000来源：江城新闻网\u3000作者：周明远\n\n本报讯 近日，民警救起一名落水儿童。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("周明远", "reporter")]
    assert ("dcterms:date", "2024-03-12") in doc.meta


@pytest.mark.parametrize("bullet", ["■", "●", "◆", "★"])
def test_a_bullet_before_the_dateline_keeps_its_byline(bullet):
    # ■ 本报讯（通讯员 某某）…: the bullet is no part of the dateline (breaker: no byline)
    text = f"法治要闻\n\n{bullet} 本报讯（通讯员 周明远）江城市公安局近日破获一起盗窃案。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("周明远", "correspondent")]
    assert doc.text.rstrip().endswith("江城市公安局近日破获一起盗窃案。") and "本报讯" not in doc.text


def test_the_post_fields_of_a_resume_are_no_headlines():
    # 现任职务：… / 拟任职务：… on lines of their own: body lines of one notice, not the headlines of a new item (set 51)
    text = ("干部任前公示\n\n柯远舟，男，汉族，1976年4月生，大学学历。\n现任职务：青川县公安局副局长\n"
            "拟任职务：青川县公安局局长\n\n柯远帆，女，汉族，1981年11月生，大学学历。\n现任职务：青川县人民法院执行局局长\n"
            "拟任职务：青川县人民法院副院长\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert doc.title == "干部任前公示" and "拟任职务：青川县人民法院副院长" in doc.text


def test_an_outlet_glued_to_the_role_and_names_padded_with_spaces():
    # 中国消防全媒体记者　蒙　丽　通讯员　韦　锋　覃小龙 (set 51: no byline)
    text = "红水河畔36小时\n\n江城消防全媒体记者\u3000柯\u3000斐\u3000通讯员\u3000柯\u3000远\u3000柯远帆\n\n6月19日以来，多地出现洪涝灾害。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯斐", "reporter"), ("柯远", "correspondent"),
                                                        ("柯远帆", "correspondent")]


def test_a_portal_headers_editor_field_names_an_editor():
    # 来源：…  编辑：某某: the editor is named (as a staff line names one), no reporter (set 49)
    text = "民警破获案件\n2024.6.3  来源：青川县公安局  编辑：柯远帆\n\n本报讯 近日，青川县公安局破获一起案件。\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("柯远帆", "editor")]


def test_a_closing_sentence_of_credits_is_the_byline():
    from kg.ingest import split_items
    text = "青川警方破获电诈案\n\n近日，青川县公安局破获一起电信诈骗案，抓获嫌疑人32名。记者柯远舟、通讯员柯远帆报道。\n"
    items = split_items(text)
    assert [(b.name, b.role) for b in items[0].bylines] == [("柯远舟", "reporter"), ("柯远帆", "correspondent")]
    body = "".join(t for t, _ in items[0].paras)
    assert "报道" not in body and body.rstrip().endswith("抓获嫌疑人32名。")


def test_a_markdown_table_in_a_plain_text_becomes_tab_separated_rows_and_nothing_else():
    from kg.ingest import clean_text
    text = "**名单**\n\n| 姓名 | 单位 |\n|---|---|\n| 柯远舟 | 青川县公安局 |\n"
    clean, origin = clean_text(text)
    assert "柯远舟\t青川县公安局" in clean and "|" not in clean
    assert "**名单**" in clean  # Markdown's other marks are a plain text's own
    assert all(text[o] == c for o, c in zip(origin, clean) if c not in "\t\n")


def test_a_headline_after_an_items_closing_credit_opens_the_next_item():
    from kg.ingest import split_items
    page = ("某某报  2025年7月18日  第3版\n\n青川派出所开办夜校\n\n近日，青川县公安局城关派出所开办夜校。\n\n"
            "（通讯员  柯远舟）\n\n江城口岸恢复通航\n\n5月8日，江城口岸恢复通航。\n\n（记者  柯远帆  通讯员  柯远山）\n")
    items = split_items(page)
    assert [h for it in items for h, _ in it.headlines] == ["青川派出所开办夜校", "江城口岸恢复通航"]
    assert [(b.name, b.role) for b in items[0].bylines] == [("柯远舟", "correspondent")]
    assert [(b.name, b.role) for b in items[1].bylines] == [("柯远帆", "reporter"), ("柯远山", "correspondent")]


def test_a_photo_credit_closes_no_item():
    from kg.ingest import split_items
    text = ("青川派出所开办夜校\n\n近日，青川县公安局城关派出所开办夜校。图为民警授课。本报记者 柯远舟摄\n\n"
            "夜校的课堂\n\n民警用三种语言授课。\n")
    assert len(split_items(text)) == 1


def test_a_source_field_in_a_closing_credit_names_no_person():
    from kg.ingest import split_items
    text = "青川交警守护雪线\n\n近日，青川县公安局交警大队全员出动。\n\n（来源：青川公安  通讯员  柯远舟  柯远帆）\n"
    assert [(b.name, b.role) for b in split_items(text)[0].bylines] == [("柯远舟", "correspondent"), ("柯远帆", "correspondent")]


def test_a_closing_sentence_of_credits_with_a_unit_in_it_is_left_in_the_body():
    from kg.ingest import split_items
    text = "标题\n\n近日，青川县公安局破获一起案件。记者柯远舟、青川县公安局通讯员柯远帆报道。\n"
    assert not any(b.name.endswith(("县", "市")) for b in split_items(text)[0].bylines)


@pytest.mark.parametrize("sub", ["办案民警说", "相关链接"])
def test_a_subheading_after_the_closing_credit_opens_no_item(sub):
    from kg.ingest import split_items
    text = (f"青川警方破获电诈案\n\n近日，青川县公安局破获一起电诈案。\n\n（通讯员 柯远舟）\n\n{sub}\n\n"
            "刑警大队大队长柯远帆说，案件还在侦办。\n")
    assert len(split_items(text)) == 1


def test_a_bracketed_time_label_in_the_body_is_no_portal_header():
    text = ("青川警方通报一起交通事故\n\n近日，青川县公安局处置一起交通事故。\n\n"
            "【时间】2024年3月5日 青川县公安局交警大队民警柯远帆、林晓岚赶到现场\n")
    (doc,) = documents_from_text(text, "a.txt")
    assert "柯远帆" in doc.text and not doc.bylines


@pytest.mark.parametrize("closing", ["（编辑 柯远帆）", "（责编 柯远帆）", "（完）", "（作者单位：江城市公安局）", "（作者系江城市公安局民警）"])
def test_a_closing_credit_or_note_never_heads_the_next_item(closing):
    text = ("民警雨中护学获点赞\n\n文/本报记者 柯远舟\n\n　　5月7日，江城市公安局交警支队民警林晓岚在路口护学。\n\n"
            f"{closing}\n\n校园周边交通整治启动\n\n文/图 本报记者 何雨桐\n\n　　5月8日，江城市公安局交警支队开展整治。\n")
    docs = documents_from_text(text, "page.txt")
    assert [d.title for d in docs] == ["民警雨中护学获点赞", "校园周边交通整治启动"]
    assert [(b.name, b.role) for b in docs[1].bylines] == [("何雨桐", "reporter")]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_short_table_between_paragraphs_stays_in_the_item(markdown):
    """Two or three rows of a table (cells tab-separated, or a Markdown table) after body text and
    before a closing paragraph are the item's rows, never the headlines of a new item."""
    rows = ["姓名\t单位及职务\t奖励", "柯远舟\t江城市公安局青柳分局城关派出所所长\t个人一等功",
            "林晓岚\t江城市公安局交警支队副支队长\t个人二等功"]
    if markdown:
        rows = ["| " + r.replace("\t", " | ") + " |" for r in rows]
        rows.insert(1, "|---|---|---|")
    text = ("江城市公安局表彰抗洪抢险先进个人\n\n江城市公安局近日决定，对表现突出的民警予以表彰。\n\n"
            + "\n".join(rows) + "\n\n城关派出所民警柯远帆在转移群众时负伤，被记个人三等功。\n")
    if markdown:
        text = "# " + text
        text, _ = clean_text(text, markdown=True)
    docs = documents_from_text(text, "t.md" if markdown else "t.txt")
    assert len(docs) == 1
    assert "林晓岚\t江城市公安局交警支队副支队长\t个人二等功" in docs[0].text.split("\n")
    assert "柯远帆" in docs[0].text


def test_a_captioned_photo_inside_a_story_opens_no_item():
    """▲图为…。通讯员 某某 摄, then more of the story: the story's photo, not an item of its own."""
    text = ("守护万家灯火\n\n本报讯 近日，江城市公安局青柳分局开展夜间巡逻。\n"
            "▲图为青柳分局城关派出所民警柯远舟（左一）、辅警林晓岚（右二）在辖区巡逻。 通讯员 柯远帆 摄\n"
            "青柳分局局长柯德明表示，将持续加强巡逻防控。\n")
    (doc,) = documents_from_text(text, "t.txt")
    assert "柯德明" in doc.text and doc.title == "守护万家灯火"


def test_a_table_row_with_an_empty_last_cell_stays_in_the_item():
    text = ("江城市公安局表彰先进个人\n\n江城市公安局近日决定，对表现突出的民警予以表彰。\n\n"
            "姓名\t单位\t备注\n柯远舟\t青川县公安局\t追记\n林晓岚\t江城市公安局交警支队\n\n希望受到表彰的同志再接再厉。\n")
    assert len(documents_from_text(text, "t.txt")) == 1


def test_a_photo_caption_before_a_new_dated_story_still_closes_its_item():
    text = ("守护万家灯火\n\n本报讯 近日，江城市公安局青柳分局开展夜间巡逻。\n"
            "图为青川县公安局城关派出所民警柯远舟在辖区走访群众，宣传反诈知识。本报通讯员 柯远帆 摄\n"
            "本报讯 近日，青川县公安局开展反诈宣传，民警林晓岚走进社区。\n")
    assert len(documents_from_text(text, "t.txt")) == 2


def test_a_numbered_row_after_a_colon_is_a_row_of_its_own():
    text = "干部任前公示\n\n经研究，现将有关情况予以公示：\n1. 柯凌云，男，畲族，1980年5月生。现任霞浦县公安局副局长。\n"
    (doc,) = documents_from_text(text, "t.txt")
    assert "\n1. 柯凌云" in doc.text


def test_a_closing_credit_of_who_wrote_up_an_interview_names_no_label():
    text = "标题一行\n\n本报记者　周明远\n\n记者：近况如何？\n\n所长：一切都好。\n\n（采访整理：周明远　通讯员：何雨桐）\n"
    (doc,) = documents_from_text(text, "a.txt")
    assert "采访整理" not in {b.name for b in doc.bylines}


@pytest.mark.parametrize("line, names", [
    ("本报记者  柯  远  舟  本报通讯员  林晓岚", ["柯远舟", "林晓岚"]),
    ("本报记者 柯 远 舟", ["柯远舟"]),
    ("本报记者  王  平  林  禾", ["王平", "林禾"]),
])
def test_a_three_character_name_spaced_after_each_character(line, names):
    (doc,) = documents_from_text(f"标题一行\n\n{line}\n\n本报讯 民警开展巡逻。\n", "a.txt")
    assert [b.name for b in doc.bylines] == names


def test_the_pages_editor_line_is_staff():
    (doc,) = documents_from_text("标题一行\n\n本报讯 民警开展巡逻。\n\n本版责任编辑：周　明\n", "a.txt")
    assert [(b.name, b.role) for b in doc.bylines] == [("周明", "editor")]


def test_a_spaced_name_then_deng_in_a_byline():
    (doc,) = documents_from_text("民警勇救落水儿童\n\n□ 本报通讯员 林 禾 等\n\n本报讯 5月1日，民警跳入江中救起落水儿童。\n", "a.txt")
    assert [b.name for b in doc.bylines] == ["林禾"]


@pytest.mark.parametrize("body", ["本报讯 本报记者柯远舟从青川县公安局获悉，该局近日破获一起盗窃案。",
                                  "近日，记者柯远舟从青川县公安局获悉，该局破获一起盗窃案。"])
def test_a_reporter_told_the_news_in_the_first_sentence_is_the_items_reporter(body):
    doc = documents_from_text(f"青川警方破获盗窃案\n\n{body}\n", "x.txt")[0]
    assert [(b.name, b.role) for b in doc.bylines] == [("柯远舟", "reporter")]
    assert "柯远舟从青川县公安局" in doc.text


@pytest.mark.parametrize("body,names", [("本报讯 本报记者近日从青川县公安局获悉，该局破获一起盗窃案。", []),
                                        ("近日，记者柯远舟也从青川县公安局获悉，该局破获一起盗窃案。", ["柯远舟"])])
def test_a_word_or_an_adverb_is_no_part_of_the_reporters_name(body, names):
    doc = documents_from_text(f"青川警方破获盗窃案\n\n{body}\n", "x.txt")[0]
    assert [b.name for b in doc.bylines] == names


def test_rows_of_a_name_a_comma_and_a_post_are_not_joined_as_a_cut_sentence():
    # 名单 rows 某某，<units><post> without end punctuation (breaker 8 #6: the second row was joined to
    # the first, 大队长柯远帆, and took its unit and post)
    text = "名单\n\n柯远舟，四川省广元市公安局利州分局刑事侦查大队副大队长\n柯远帆，四川省广元市公安局昭化分局民警\n"
    doc = documents_from_text(text, "rows.txt")[0]
    assert "副大队长\n柯远帆" in doc.text


def test_a_prose_line_cut_before_a_clause_is_still_joined():
    # a body line of more than 20 characters cut by the layout mid-sentence is one sentence again, also
    # when it and the next line open with a short word and a comma
    text = "标题\n\n近日，江城市公安局青柳分局刑事侦查大队破获一起盗窃案件的民警\n随后，办案民警将犯罪嫌疑人带回江城市公安局青柳分局\n审查。\n"
    doc = documents_from_text(text, "prose.txt")[0]
    assert "民警随后，办案民警将犯罪嫌疑人带回江城市公安局青柳分局审查" in doc.text


def test_a_papers_dateline_then_the_byline_on_a_line_of_their_own():
    # 江城日报讯 记者 X 通讯员 Y on its own line (breaker 8 #14: no reporter, no correspondent; 本报讯 … worked)
    doc = documents_from_text("标题\n\n江城日报讯 记者 柯远舟 通讯员 林晓岚\n近日，四川省青川县公安局破获一起案件。\n", "d.txt")[0]
    assert {(b.role, b.name) for b in doc.bylines} == {("reporter", "柯远舟"), ("correspondent", "林晓岚")}
