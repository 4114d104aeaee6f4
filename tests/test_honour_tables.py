"""Every row of the honour, seat and section tables is read in its own example sentence."""
from __future__ import annotations

import pytest

from kg.lexicon import table
from kg.types import HONOR, ORGANIZATION


@pytest.mark.parametrize("row", table("honors"), ids=lambda r: r.word)
def test_honour_ending_example_gives_an_honour(extract, row):
    x = extract(row.example)
    honours = x.names(HONOR)
    assert honours, f"no honour read in {row.example!r}"
    if row.word != "称号":
        assert any(h.endswith(row.word) for h in honours), (row.example, honours)
    assert x.rels("received")


@pytest.mark.parametrize("row", table("honor_verbs"), ids=lambda r: r.word)
def test_honour_verb_example_gives_the_honour_to_the_recipient(extract, row):
    x = extract(row.example)
    recipients = {s for s, _, _ in x.rels("received")}
    assert recipients, f"nothing received in {row.example!r}"
    assert all("周明远" in r or "派出所" in r for r in recipients), recipients
    if row.voice == "active":
        assert not any(r.endswith("公安厅") for r in recipients)


@pytest.mark.parametrize("row", table("seat_units"), ids=lambda r: r.word)
def test_seat_unit_example_sits_in_its_township(extract, row):
    """The township before the word is a place; a unit the grammar reads there sits in it."""
    x = extract("标题\n\n" + row.example + "\n")
    towns = {p for p in x.names("Place") if p.endswith(("镇", "乡", "街道", "社区", "村"))}
    assert towns and all(t[:2] in "青柳镇 桂园社区 石桥村 东湖街道" for t in towns), towns
    for unit in (o for o in x.names(ORGANIZATION) if o.endswith(row.word)):
        assert any(s == unit and o in towns for s, _, o in x.rels("locatedIn")), (unit, x.rels("locatedIn"))


@pytest.mark.parametrize("row", table("sections"), ids=lambda r: r.word)
def test_section_example_is_a_unit_under_its_unit(extract, row):
    x = extract(row.example)
    subs = [(s, o) for s, _, o in x.rels("belongsTo") if s.endswith(row.word) and s != o]
    assert any(s.startswith(o) for s, o in subs), (row.example, x.rels("belongsTo"))


@pytest.mark.parametrize("sentence", ["江城市公安局处理了此事。", "江城市公安局刑侦支队系统梳理线索。",
                                      "江城市公安局又联系了东湖派出所。", "他在科室工作。"])
def test_section_words_inside_other_words_are_no_units(extract, sentence):
    x = extract(sentence)
    assert not any(n.endswith(("处", "系", "科", "室")) for n in x.names(ORGANIZATION))


@pytest.mark.parametrize("row", table("honor_qualities"), ids=lambda r: r.word)
def test_honour_quality_example_gives_the_title_ending_in_its_role(extract, row):
    x = extract(row.example)
    titles = [o for s, _, o in x.rels("received") if s == "周明远"]
    assert titles and all(row.word in t and t.endswith(("官", "员", "师", "警")) for t in titles), (row.example, titles)


def test_a_numbered_table_of_units_with_an_honour_cell(extract):
    # 序号<TAB>单位名称<TAB>奖励等次: each unit receives its row's honour (breaker: no honour at all)
    x = extract("2024年度记功集体名单\n\n序号\t单位名称\t奖励等次\n1\t青川县公安局交警大队\t集体三等功\n"
                "2\t青川县公安局刑侦大队\t集体二等功\n")
    assert {("青川县公安局交警大队", "received", "集体三等功"),
            ("青川县公安局刑侦大队", "received", "集体二等功")} <= x.rels("received")


def test_an_unnumbered_heading_with_the_count_of_its_rows(extract):
    # 个人二等功（2名） then rows of name and unit post: each row receives it (breaker)
    x = extract("2024年度全县公安机关立功受奖人员名单\n\n个人二等功（2名）\n柯远舟 青川县公安局刑侦大队副大队长\n"
                "柯远帆 青川县公安局城关派出所教导员\n\n嘉奖（1名）\n齐明远 青川县公安局交警大队民警\n")
    assert {("柯远舟", "received", "个人二等功"), ("柯远帆", "received", "个人二等功"),
            ("齐明远", "received", "嘉奖")} <= x.rels("received")


def test_a_table_of_name_unit_and_post_cells_without_a_serial(extract):
    # 姓名<TAB>工作单位<TAB>职务 then rows: the person serves in the unit with the post (set 51)
    x = extract("三、记个人一等功人员（2名）\n姓名\t工作单位\t职务\n柯远舟\t青川县公安局刑侦大队\t副大队长\n"
                "柯远帆（女，苗族）\t青川县公安局城关派出所\t教导员\n")
    assert {("柯远舟", "belongsTo", "青川县公安局刑侦大队"), ("柯远舟", "position", "副大队长"),
            ("柯远帆", "belongsTo", "青川县公安局城关派出所"), ("柯远帆", "position", "教导员")} <= x.rels()


def test_numbered_rows_of_a_name_and_its_unit_and_post(extract):
    # 1. 某某　　<unit><post>, 3. 某某（女）　<unit><post>: the person serves there (set 51: no unit, no post)
    x = extract("关于予以通报表扬的通报\n\n经研究，决定予以通报表扬。\n\n二、通报表扬个人（2名）\n"
                "1. 柯远舟　　青川县公安局刑侦大队副大队长\n2. 柯远帆（女）　青川县公安局城关派出所教导员\n")
    assert {("柯远舟", "belongsTo", "青川县公安局刑侦大队"), ("柯远舟", "position", "副大队长"),
            ("柯远帆", "belongsTo", "青川县公安局城关派出所"), ("柯远帆", "position", "教导员")} <= x.rels()


def test_a_table_with_sex_and_nationality_cells_before_the_unit_and_post(extract):
    # 姓名<TAB>性别<TAB>民族<TAB>工作单位及职务: the last cell gives the unit and post (held-out set 52)
    x = extract("附：名单\n\n姓名\t性别\t民族\t工作单位及职务\n柯远舟\t男\t汉族\t青川县公安局城关派出所所长\n"
                "柯远帆\t女\t畲族\t青川县公安局刑侦大队副大队长\n")
    assert {("柯远舟", "belongsTo", "青川县公安局城关派出所"), ("柯远舟", "position", "所长"),
            ("柯远帆", "belongsTo", "青川县公安局刑侦大队"), ("柯远帆", "position", "副大队长")} <= x.rels()


def test_an_honour_cell_before_the_conferrers_cell(extract):
    # 序号 单位 荣誉 授予机关: the honour is the cell before the last (held-out set 50: no honour at all)
    x = extract("2023年度荣誉榜\n\n一、集体荣誉\n\n序号\t单位\t荣誉\t授予机关\n1\t青川县公安局城关派出所\t“枫桥式公安派出所”\t公安部\n"
                "2\t青川县公安局刑侦大队\t集体三等功\t广元市公安局\n\n二、个人荣誉\n\n序号\t姓名\t单位及职务\t荣誉\t授予机关\n"
                "1\t柯远舟\t青川县公安局城关派出所所长\t个人二等功\t四川省公安厅\n")
    assert {("青川县公安局城关派出所", "received", "枫桥式公安派出所"), ("青川县公安局刑侦大队", "received", "集体三等功"),
            ("柯远舟", "received", "个人二等功")} <= x.rels("received")


def test_a_heading_that_praises_the_rows_below(extract):
    # 五、对以下同志予以通报表扬： then rows: each row receives 通报表扬 (set 50: a title 对以下同志予以通报表扬)
    x = extract("表彰决定\n\n五、对以下同志予以通报表扬：\n柯远舟　青川县公安局城关派出所四级高级警长\n"
                "柯远帆　青川县公安局指挥中心二级主任科员\n")
    assert {("柯远舟", "received", "通报表扬"), ("柯远帆", "received", "通报表扬")} <= x.rels("received")
    assert x.names("Honor") == {"通报表扬"}


def test_numbered_rows_with_one_ideographic_space_between_cells_under_praised_categories(extract):
    # 一、表扬集体名单 / 二、表扬个人名单 then 序号　姓名　单位　职务 rows with one ideographic space: the rows
    # receive the 通报表扬 the decision confers, and each person serves in the unit with the post (set 74:
    # an honour 表扬集体, no person read)
    x = extract("江城市公安局关于予以通报表扬的通报\n\n经市局党委研究，决定对以下集体和个人予以通报表扬。\n\n"
                "一、表扬集体名单\n\n序号　单位\n\n1　青川县公安局刑侦大队\n\n二、表扬个人名单\n\n"
                "序号　姓名　单位　职务\n\n1　柯远舟　青川县公安局城关派出所　副所长\n\n2　林晓岚（女）　青川县公安局刑侦大队　民警\n")
    assert {("柯远舟", "belongsTo", "青川县公安局城关派出所"), ("柯远舟", "position", "副所长"),
            ("林晓岚", "belongsTo", "青川县公安局刑侦大队")} <= x.rels()
    assert {("青川县公安局刑侦大队", "received", "通报表扬"), ("柯远舟", "received", "通报表扬"),
            ("林晓岚", "received", "通报表扬")} <= x.rels("received")
    assert x.names("Honor") == {"通报表扬"}


@pytest.mark.parametrize("text,recipients,title", [
    ("表彰决定\n\n一、给予以下集体记集体二等功：\n青川县公安局刑侦大队\n二、给予以下个人记个人一等功：\n"
     "柯远舟  青川县公安局乔庄派出所民警\n林晓岚  青川县公安局交警大队副大队长\n", ("柯远舟", "林晓岚"), "个人一等功"),
    ("表彰决定\n\n授予下列单位“全国模范法院”称号：\n四川省青川县人民法院\n四川省广元市中级人民法院\n",
     ("青川县人民法院", "广元市中级人民法院"), "全国模范法院"),
    ("表彰决定\n\n现将表彰名单公布如下：\n全国优秀人民警察（2名）\n柯远舟，四川省青川县公安局乔庄派出所所长\n"
     "林晓岚，四川省青川县公安局刑事侦查大队民警\n", ("柯远舟", "林晓岚"), "全国优秀人民警察"),
    ("表彰决定\n\n记个人一等功（2名）：柯远舟（青川县公安局乔庄派出所民警）、林晓岚（青川县公安局副局长）。\n",
     ("柯远舟", "林晓岚"), "个人一等功")])
def test_an_honour_heading_of_another_shape_gives_the_rows_below_it(extract, text, recipients, title):
    # breaker 8 #7, #8: 给予以下个人记…： (个人 as who), 授予下列单位“…”称号： (no ordinal, 称号 after the quotes),
    # 全国优秀人民警察（2名） on its own line after 如下： (a title with its scope, counted), and a label with a
    # count before its colon: each heading's honour went to nobody
    x = extract(text)
    assert {(r, "received", title) for r in recipients} <= x.rels("received")


def test_rows_that_write_tongzhi_after_the_name(extract):
    # 某某同志（某大队副大队长） under a unit's heading line, and 1．<units><post>某某同志 under a quoted title
    # (set 74: no unit, no post and no honour for these rows)
    x = extract("表彰决定\n\n二、授予以下2名同志“个人二等功”\n\n青川县公安局：\n\n柯远舟同志（刑事侦查大队副大队长）\n\n"
                "林晓岚同志（乔庄派出所民警）\n\n三、授予以下1名同志“个人三等功”\n\n1．青川县公安局木鱼派出所所长柯远帆同志\n")
    assert {("柯远舟", "position", "副大队长"), ("柯远舟", "received", "个人二等功"), ("林晓岚", "received", "个人二等功"),
            ("柯远帆", "belongsTo", "青川县公安局木鱼派出所"), ("柯远帆", "received", "个人三等功")} <= x.rels()
    assert ("林晓岚", "belongsTo", "青川县公安局乔庄派出所") in x.rels("belongsTo")


def test_a_praised_rows_heading_with_no_decision_before_it(extract):
    # 一、表扬集体名单 / 二、嘉奖个人名单 on a page with no 予以通报表扬 sentence: the rows receive the praise
    # the heading names (rules.PRAISE_HONOURS; regress 8 #6: nothing received)
    x = extract("青川县公安局2025年度表彰名单\n\n一、表扬集体名单\n青川县公安局乔庄派出所\n二、嘉奖个人名单\n"
                "柯远舟（青川县公安局乔庄派出所所长）\n")
    assert {("青川县公安局乔庄派出所", "received", "通报表扬"), ("柯远舟", "received", "嘉奖")} <= x.rels("received")


def test_a_decision_praising_counted_groups_and_the_praised_list_under_it(extract):
    # 决定对甲局等2个集体、乙等3名同志予以通报表扬 then 通报表扬集体和个人名单 / 一、集体（2个） / （1）unit rows /
    # 二、个人（3名） / unit：name、name (set 80: a junk honour 决定对…等6个集体, nothing received)
    x = extract("江城市中级人民法院关于予以通报表扬的通报\n\n经院党组研究，决定对青川县人民法院执行局等2个集体、"
                "柯远舟等3名同志予以通报表扬。\n\n附\n\n通报表扬集体和个人名单\n\n一、集体（2个）\n（1）青川县人民法院执行局\n"
                "（2）剑阁县人民法院\n二、个人（3名）\n柯远舟（青川县人民法院执行局副局长）\n苍溪县人民法院：柯建平、柯远帆\n")
    assert {(r, "received", "通报表扬") for r in ("青川县人民法院执行局", "剑阁县人民法院", "柯远舟", "柯建平", "柯远帆")} \
        <= x.rels("received")
    assert x.names("Honor") == {"通报表扬"}


@pytest.mark.parametrize("joined", ["、", "和"])
def test_counted_groups_joined_in_one_praise(extract, joined):
    # 对甲等2个集体、乙等3名同志予以…: the named head of each counted group is praised (set 80: neither)
    x = extract(f"标题\n\n经研究，决定对青川县人民法院执行局等2个集体{joined}柯远舟等3名同志予以通报表扬。\n")
    assert {("青川县人民法院执行局", "received", "通报表扬"), ("柯远舟", "received", "通报表扬")} == x.rels("received")


def test_a_table_whose_unit_column_comes_before_the_name_column(extract):
    # 序号 单位 姓名 职务 拟奖励等次: the person of each row serves in the row's unit with its post and receives
    # the row's honour; a row with — for the name is the unit's (set 84: the units received the persons' honours)
    x = extract("公示\n\n拟对以下集体和个人予以奖励。\n\n序号\t单位\t姓名\t职务\t拟奖励等次\n"
                "1\t青川县公安局乔庄派出所\t—\t—\t集体二等功\n2\t青川县公安局木鱼派出所\t柯远舟\t所长\t个人一等功\n"
                "3\t广元市公安局利州分局\t林晓岚\t民警\t个人三等功\n")
    assert {("柯远舟", "belongsTo", "青川县公安局木鱼派出所"), ("柯远舟", "position", "所长"),
            ("林晓岚", "belongsTo", "广元市公安局利州分局"), ("柯远舟", "received", "个人一等功"),
            ("林晓岚", "received", "个人三等功"), ("青川县公安局乔庄派出所", "received", "集体二等功")} <= x.rels()
    assert not any(s.endswith(("派出所", "分局")) and o.startswith("个人") for s, _, o in x.rels("received"))


@pytest.mark.parametrize("box", [
    "【姓名】{n}\n【单位】{u}\n【职务】{p}\n【荣誉】{h}\n",
    "姓名：{n}\n单位：{u}\n职务：{p}\n荣誉：{h}\n"])
def test_a_profile_box_of_fields_on_lines_of_their_own(extract, box):
    # 【姓名】/【单位】/【职务】/【荣誉】 (or 姓名：…) one per line: the person serves in the unit with the post and
    # receives the honours of the 荣誉 field (set 84: no person at all, or no unit and no honour)
    x = extract("候选人事迹展播\n\n候选人7号\n\n" + box.format(n="柯远舟", u="青川县公安局乔庄派出所", p="副所长",
                                                          h="荣立个人二等功1次、个人三等功2次")
                + "\n柯远舟从警12年。\n\n候选人8号\n\n" + box.format(n="林晓岚", u="广元市公安局利州分局", p="副局长",
                                                             h="2024年被公安部授予“全国优秀人民警察”称号"))
    assert {("柯远舟", "belongsTo", "青川县公安局乔庄派出所"), ("柯远舟", "position", "副所长"),
            ("林晓岚", "belongsTo", "广元市公安局利州分局"), ("林晓岚", "position", "副局长"),
            ("柯远舟", "received", "个人二等功"), ("柯远舟", "received", "个人三等功"),
            ("林晓岚", "received", "全国优秀人民警察")} <= x.rels()
