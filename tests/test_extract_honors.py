"""kg.extract.honors: honours, recipients, year and conferrer qualifiers."""
from __future__ import annotations

import re

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.graph import entity_iri
from kg.namespaces import KG
from kg.types import HONOR, ORGANIZATION, PERSON


def test_unit_rated_as_honour(extract):
    x = extract("咸阳市公安局刑警支队被评为全国优秀公安基层单位。")
    assert x.names(HONOR) == {"全国优秀公安基层单位"}
    assert ("咸阳市公安局刑警支队", "received", "全国优秀公安基层单位") in x.rels()


def test_year_and_conferrer_qualifiers(extract):
    x = extract("咸阳市公安局刑警支队2019年被公安部荣记集体一等功。")
    (st,) = x.statements_of("received", "集体一等功")
    assert st.subject.name == "咸阳市公安局刑警支队"
    assert st.qualifiers.year == 2019
    assert [m.name for m in st.qualifiers.conferrer] == ["公安部"]
    assert st.qualifiers.unit is None
    assert st.qualifiers.on_evidence() == [("year", "2019"), ("conferredBy", "公安部")]


def test_the_body_that_decided_confers_what_the_next_clause_gives(extract):
    x = extract("近日，江苏省公安厅决定，为昆山市公安局巡特警大队记集体一等功，为该大队副大队长柯远舟记个人二等功。")
    for title, recipient in (("集体一等功", "昆山市公安局巡特警大队"), ("个人二等功", "柯远舟")):
        (st,) = x.statements_of("received", title)
        assert st.subject.name == recipient and [m.name for m in st.qualifiers.conferrer] == ["江苏省公安厅"]


def test_conferrer_is_not_the_recipient(extract):
    x = extract("咸阳市公安局刑警支队2019年被公安部荣记集体一等功。")
    assert ("公安部", "received", "集体一等功") not in x.rels()


def test_anaphor_recipient(extract):
    x = extract("咸阳市公安局刑警支队破获多起大案。该支队荣获全国优秀公安基层单位称号。")
    received = {(s, o) for s, _, o in x.rels("received")}
    assert ("咸阳市公安局刑警支队", "全国优秀公安基层单位") in received


def test_no_honour_without_honour_ending(extract):
    x = extract("咸阳市公安局刑警支队荣获多项荣誉，被评为群众满意。")
    assert x.names(HONOR) == set()
    assert not x.rels("received")


def test_person_after_role_receives_the_honour(extract):
    x = extract("咸阳市公安局刑警支队民警汤若岚获评全国优秀人民警察。")
    received = x.rels("received")
    assert ("汤若岚", "received", "全国优秀人民警察") in received
    assert ("咸阳市公安局刑警支队", "received", "全国优秀人民警察") not in received


@pytest.fixture(scope="module")
def honour_graph():
    from kg.pipeline import run

    return run(text="标题\n\n咸阳市公安局刑警支队2019年被公安部荣记集体一等功。\n", source="h.txt").graph


def _received_evidence(g):
    s = entity_iri(ORGANIZATION, "咸阳市公安局刑警支队")
    o = entity_iri(HONOR, "集体一等功")
    assert (s, KG.received, o) in g
    evs = [e for e in g.subjects(RDF.subject, s) if (e, RDF.object, o) in g and (e, RDF.predicate, KG.received) in g]
    assert len(evs) == 1
    return evs[0]


def test_year_on_evidence_node(honour_graph):
    ev = _received_evidence(honour_graph)
    assert [str(y) for y in honour_graph.objects(ev, KG.year)] == ["2019"]


def test_conferred_by_on_evidence_node_is_the_conferrer_name(honour_graph):
    """Contract (ontology/kg.ttl): kg:conferredBy is a plain string; the body is an Organization with that label."""
    ev = _received_evidence(honour_graph)
    assert list(honour_graph.objects(ev, KG.conferredBy)) == [Literal("公安部")]
    org = entity_iri(ORGANIZATION, "公安部")
    assert (org, RDF.type, KG.Organization) in honour_graph
    assert (org, RDFS.label, Literal("公安部", lang="zh")) in honour_graph


def test_conferred_by_names_the_conferrer(honour_graph):
    ev = _received_evidence(honour_graph)
    values = list(honour_graph.objects(ev, KG.conferredBy))
    assert len(values) == 1
    v = values[0]
    assert (str(v) == "公安部") or (Literal("公安部", lang="zh") in set(honour_graph.objects(v, None)))


# ----------------------------------------------------------------------------- honours by form
def test_titles_in_apposition_name_the_person_after_them(extract):
    x = extract("一等功臣、二级英模、江城市公安局特警支队副支队长龙啸天，至今没有一张公开照片。")
    rels = x.rels("received")
    assert ("龙啸天", "received", "一等功臣") in rels
    assert ("龙啸天", "received", "二级英模") in rels


def test_apposition_needs_only_units_and_posts_between(extract):
    x = extract("二级英雄模范、曾在边疆工作多年的民警龙啸天讲述经历。")
    assert not x.rels("received")


def test_announced_list_receives_the_announced_title(extract):
    x = extract("标题\n\n江城市委宣传部、江城市公安局向社会发布“江城好警察”。\n"
                "民警周明远、何雨桐、郭小川等3名同志光荣入选。\n")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert ("周明远", "江城好警察") in rels and ("郭小川", "江城好警察") in rels


def test_list_without_announced_title_receives_nothing(extract):
    x = extract("标题\n\n周明远、郭小川等2名同志入选专家库。\n")
    assert not x.rels("received")


@pytest.mark.parametrize("sentence", [
    "驾驶人要牢记“喝酒不开车，开车不喝酒”。",
    "他牢记一等功臣的嘱托。",
    "民警郭小川到窗口登记三等功申报材料。",
])
def test_slogans_and_words_holding_a_verb_are_not_honours(extract, sentence):
    x = extract(sentence)
    assert not x.rels("received")
    assert "喝酒不开车，开车不喝酒" not in x.names(HONOR)


def test_rated_as_with_new_verb(extract):
    x = extract("江城市公安局刑警支队荣膺全国公安系统先进集体。")
    assert ("江城市公安局刑警支队", "received", "全国公安系统先进集体") in x.rels("received")


def test_quoted_title_before_chenghao_without_a_known_verb(extract):
    x = extract("江城市公安局东湖派出所先后摘得“全国青年文明号”称号。")
    assert ("江城市公安局东湖派出所", "received", "全国青年文明号") in x.rels("received")


def test_quoted_title_with_no_recipient_in_its_clause(extract):
    assert not extract("大家都知道“全国青年文明号”称号的分量。").rels("received")


def test_year_before_a_quoted_title_is_not_part_of_it(extract):
    x = extract("江城市公安局东湖派出所所长周明远获评2024年度“最美基层民警”。")
    assert ("周明远", "received", "最美基层民警") in x.rels("received")


def test_single_character_verb_huo(extract):
    x = extract("民警周明远曾获“全国三八红旗手”荣誉称号。")
    assert ("周明远", "received", "全国三八红旗手") in x.rels("received")


@pytest.mark.parametrize("sentence", ["民警周明远获悉后赶到现场。", "他获取了大量信息。"])
def test_words_beginning_with_huo_are_not_verbs(extract, sentence):
    assert not extract(sentence).rels("received")


def test_conferring_body_of_a_posthumous_award_receives_nothing(extract):
    x = extract("江城省司法厅追授周明远“人民满意的公务员”称号。")
    assert not any(s == "江城省司法厅" or s == "司法厅" for s, _, _ in x.rels("received"))


def test_pronoun_before_an_active_posthumous_verb(extract):
    x = extract("民警周明远在值班时因公殉职。江城省公安厅为其追记个人二等功。")
    assert ("周明远", "received", "个人二等功") in x.rels("received")
    assert not any(s.endswith("公安厅") for s, _, _ in x.rels("received"))


def test_second_verb_in_a_coordination(extract):
    x = extract("从警26年，二级高级警长周明远先后荣立个人三等功3次、获嘉奖7次。")
    assert ("周明远", "received", "嘉奖") in x.rels("received")
    assert "获嘉奖" not in x.names(HONOR)


def test_xianhou_clause_without_a_list_keeps_the_sentence_subject(extract):
    x = extract("民警周明远扎根在边境一线，先后荣立个人二等功1次。")
    assert ("周明远", "received", "个人二等功") in x.rels("received")


def test_counted_list_of_described_persons_across_commas(extract):
    x = extract("标题\n\n江城省公安厅发布“江城最美民警”先进事迹。江城市公安局东湖分局青柳派出所社区民警李慧君，"
                "江城县公安局刑侦大队大队长陈国栋，全国公安系统二级英雄模范、江城县公安局桥西派出所教导员马文林"
                "等3名同志入选。\n")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert {("李慧君", "江城最美民警"), ("陈国栋", "江城最美民警"), ("马文林", "江城最美民警")} <= rels


def test_uncounted_comma_list_does_not_share_the_honour(extract):
    x = extract("江城县公安局刑侦大队大队长陈国栋在现场，江城县公安局桥西派出所教导员马文林荣立个人二等功。")
    assert ("陈国栋", "received", "个人二等功") not in x.rels("received")


def test_long_quoted_title(extract):
    x = extract("江城市公安局青柳分局刑侦大队去年被公安部评为“全国公安机关打击治理电信网络新型违法犯罪工作成绩突出集体”。")
    assert ("江城市公安局青柳分局刑侦大队", "received",
            "全国公安机关打击治理电信网络新型违法犯罪工作成绩突出集体") in x.rels("received")


def test_active_verb_with_a_list_of_units_and_a_count(extract):
    x = extract("会议决定，授予杭州市公安局刑侦支队、桐庐县公安局青柳派出所等2个单位“杭州市公安机关先进集体”称号。")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert ("杭州市公安局刑侦支队", "杭州市公安机关先进集体") in rels
    assert ("桐庐县公安局青柳派出所", "杭州市公安机关先进集体") in rels


def test_active_verb_with_a_list_of_bare_names(extract):
    x = extract("会议决定，授予刘卫国、斯琴巴雅、王志远等3名同志“江城市公安机关先进个人”称号。")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert {("刘卫国", "江城市公安机关先进个人"), ("斯琴巴雅", "江城市公安机关先进个人"),
            ("王志远", "江城市公安机关先进个人")} <= rels


def test_recipients_between_wei_and_the_verb(extract):
    x = extract("会议决定，为民警赵晓光、高俊峰记个人二等功。")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert {("赵晓光", "个人二等功"), ("高俊峰", "个人二等功")} <= rels


def test_active_verb_object_with_unit_and_post_before_the_person(extract):
    x = extract("会议追授江城县公安局青柳派出所原所长巴图“江城市优秀人民警察”称号，并追记个人一等功。")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert ("巴图", "江城市优秀人民警察") in rels and ("巴图", "个人一等功") in rels
    assert not any(s.endswith("派出所") for s, _ in rels)


@pytest.mark.parametrize("sentence,title,times", [
    ("民警周明远先后荣立个人三等功2次、获嘉奖十二次。", "个人三等功", 2),
    ("民警周明远先后荣立个人三等功2次、获嘉奖十二次。", "嘉奖", 12),
    ("民警周明远荣立个人二等功。", "个人二等功", None),
])
def test_count_qualifier(extract, sentence, title, times):
    (st, *_) = extract(sentence).statements_of("received", title)
    assert st.qualifiers.count == times


def test_count_on_the_evidence_node():
    from kg.pipeline import run
    from kg.namespaces import KG

    g = run(text="标题\n\n民警周明远荣立个人三等功2次。\n", source="c.txt").graph
    assert [str(v) for v in g.objects(None, KG.times)] == ["2"]


def test_conferrer_after_bei_never_receives_in_the_next_clause(extract):
    x = extract("五监区被内蒙古自治区司法厅记集体二等功，乌日娜荣立个人二等功。")
    assert not any(s.endswith("司法厅") for s, _, _ in x.rels("received"))


@pytest.mark.parametrize("sentence,person,title", [
    ("在青柳人民法庭，他与庭长、“全国法院先进个人”葛建新深入交流。", "葛建新", "全国法院先进个人"),
    ("执行局有一位“全国法院办案标兵”的陈志远。", "陈志远", "全国法院办案标兵"),
])
def test_quoted_title_right_before_a_person(extract, sentence, person, title):
    assert (person, "received", title) in extract(sentence).rels("received")


def test_quoted_nickname_before_a_person_is_no_honour(extract):
    x = extract("“老所长”王建国又来了。")
    assert not x.rels("received") and not x.names(HONOR)


def test_a_quoted_title_before_its_certificate_names_no_one(extract):
    # 颁发“反诈卫士”荣誉证书: 荣誉 is no name the title announces (unseen corpus, with 卫士 an ending)
    x = extract("青川县公安局为柯远舟颁发“全县反诈卫士”荣誉证书。")
    assert "荣誉" not in x.names("Person")
    assert ("柯远舟", "received", "全县反诈卫士") in x.rels("received")


def test_a_role_before_the_last_name_of_a_list_is_no_part_of_it(extract):
    # 给…副大队长甲、民警乙记…: 乙 received it, not a person 民警乙 (new user)
    x = extract("决定给青川县公安局刑侦大队副大队长柯远舟、民警齐明远记个人二等功。")
    assert "民警齐明远" not in x.names("Person")
    assert {("柯远舟", "received", "个人二等功"), ("齐明远", "received", "个人二等功")} <= x.rels("received")


def test_the_end_of_a_list_before_an_honour_kind_is_no_title(extract):
    # 关于给予某所等集体和个人记功的决定: 等集体 is no honour (set 49)
    x = extract("关于给予青川县公安局城关派出所等集体和个人记功的决定\n\n青川县公安局决定给予城关派出所记集体二等功。")
    assert "等集体" not in x.names("Honor")


def test_rows_of_a_unit_a_post_one_space_and_a_name_under_an_honour(extract):
    # 二、记个人二等功 / 某所副所长 甲: one space before the name the row closes on (breaker)
    x = extract("关于表彰2024年度先进个人的决定\n\n二、记个人二等功\n青川县公安局城关派出所副所长 柯远舟\n"
                "青川县公安局刑侦大队民警 齐明远\n")
    assert {("柯远舟", "received", "个人二等功"), ("齐明远", "received", "个人二等功")} <= x.rels("received")


def test_ge_before_the_verb_is_not_part_of_the_last_name(extract):
    x = extract("会议决定，为阮思远、艾力·买买提各记个人三等功。")
    assert ("艾力·买买提", "received", "个人三等功") in x.rels("received")
    assert "艾力·买买提各" not in x.names("Person")


def test_every_unit_of_a_list_before_a_passive_verb_receives(extract):
    x = extract("开封市公安局禹王台分局刑侦大队、洛阳市公安局涧西分局反诈中心被记集体二等功。")
    rels = x.rels()
    assert ("开封市公安局禹王台分局刑侦大队", "received", "集体二等功") in rels
    assert ("洛阳市公安局涧西分局反电信网络诈骗中心", "received", "集体二等功") in rels


def test_every_person_of_a_comma_list_with_units_and_posts_receives(extract):
    x = extract("开封市公安局刑侦支队民警周明远，洛阳市公安局涧西分局副局长柯远舟被记个人一等功。")
    rels = x.rels()
    assert ("周明远", "received", "个人一等功") in rels
    assert ("柯远舟", "received", "个人一等功") in rels


def test_a_clause_before_the_subject_is_no_list(extract):
    x = extract("经过三年努力，开封市公安局刑侦支队被记集体二等功。")
    assert ("开封市公安局刑侦支队", "received", "集体二等功") in x.rels()


def test_announced_list_of_units_posts_and_names_separated_by_commas(extract):
    x = extract("标题\n\n江城市委宣传部、江城市公安局联合发布“江城好警察”。\n"
                "济南市公安局历下分局青柳派出所社区民警周明远，济南市公安局刑事侦查支队技术支队工程师何雨桐"
                "等2名同志光荣入选。\n")
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert {("周明远", "江城好警察"), ("何雨桐", "江城好警察")} <= {(s.split("_")[0], o) for s, o in rels}


DECISION = ("江城市公安局关于表彰先进集体和先进个人的决定\n\n"
            "为表彰先进，决定授予青柳县公安局刑侦大队等3个单位“全市公安机关先进集体”称号，记集体二等功；"
            "授予周明远等2名同志“全市公安机关先进个人”称号，记个人二等功。\n\n"
            "一、先进集体（3个）\n\n青柳县公安局刑侦大队\n\n青柳县公安局禁毒大队\n\n青柳县公安局城关派出所\n\n"
            "二、先进个人（2名）\n\n周明远  青柳县公安局城关派出所所长\n\n何雨桐（女）  青柳县公安局刑侦大队民警\n\n"
            "希望受到表彰的集体和个人再接再厉。\n")


def test_every_row_of_a_counted_list_receives_what_its_first_row_received(extract):
    rels = {(s.split("_")[0], o) for s, _, o in extract(DECISION).rels("received")}
    for unit in ("青柳县公安局刑侦大队", "青柳县公安局禁毒大队", "青柳县公安局城关派出所"):
        assert (unit, "全市公安机关先进集体") in rels and (unit, "集体二等功") in rels
    for person in ("周明远", "何雨桐"):
        assert (person, "全市公安机关先进个人") in rels and (person, "个人二等功") in rels


def test_a_list_of_another_count_receives_nothing(extract):
    x = extract(DECISION.replace("等3个单位", "等4个单位"))
    rels = {(s, o) for s, _, o in x.rels("received")}
    assert ("青柳县公安局禁毒大队", "集体二等功") not in rels


def test_honour_in_corner_quotes_is_the_same_title(extract):
    x = extract("江城市公安局青柳派出所被评为「全国公安系统一级英雄模范集体」。")
    assert ("江城市公安局青柳派出所", "received", "全国公安系统一级英雄模范集体") in x.rels("received")


def test_rows_with_spaced_names_and_tabs_are_rows_of_the_counted_list(extract):
    text = ("标题\n\n授予周建国等4名同志“全市优秀人民警察”称号。\n\n二、先进个人（4名）\n\n"
            "周建国  温州市公安局鹿城区分局副局长\n\n王  强  温州市公安局鹿城区分局副局长\n\n"
            "陈　晨　南京市公安局玄武分局梅园新村派出所社区民警\n\n欧阳明辉\t南京市公安局交通管理局二大队副大队长\n")
    x = extract(text)
    assert {s for s, _, _ in x.rels("received")} == {"周建国", "王强", "陈晨", "欧阳明辉"}
    assert ("王强", "belongsTo", "温州市公安局鹿城区分局") in x.rels("belongsTo")


@pytest.mark.parametrize("sentence", [
    "青海省公安厅为东湖派出所民警柯远舟、西湖派出所民警柯某分别记个人三等功。",
    "青海省公安厅为民警柯远舟、柯某分别记个人三等功。",
    "青海省公安厅为民警柯远舟、柯某各记个人三等功。",
])
def test_for_a_list_each_is_awarded_after_a_distributive_adverb(extract, sentence):
    x = extract(sentence)
    assert {("柯远舟", "received", "个人三等功"), ("柯某", "received", "个人三等功")} <= x.rels("received")


@pytest.mark.parametrize("sentence,titles", [
    ("江城市公安局刑侦支队三大队先后荣获“全国青年文明号”和集体一等功。", {"全国青年文明号", "集体一等功"}),
    ("江城市公安局刑侦支队三大队先后荣获“全国青年文明号”“全国巾帼文明岗”等荣誉。", {"全国青年文明号", "全国巾帼文明岗"}),
    ("江城市公安局刑侦支队三大队先后荣获“全国青年文明号”称号和集体一等功。", {"全国青年文明号", "集体一等功"}),
])
def test_coordinated_titles_after_a_quoted_one_are_each_received(extract, sentence, titles):
    x = extract(sentence)
    assert {("江城市公安局刑侦支队三大队", "received", t) for t in titles} <= x.rels("received")


def test_long_recipient_items_between_commas_with_notes_in_brackets(extract):
    x = extract("授予江城市公安局刑警支队民警柯远舟，旬邑县公安局青柳派出所民警才让东智（藏族），"
                "江城市公安局民警柯晓梅（女）“江城市优秀人民警察”称号。")
    got = {s for s, _, o in x.rels("received") if o == "江城市优秀人民警察"}
    assert got == {"柯远舟", "才让东智", "柯晓梅"}


def test_gei_names_the_recipients_like_wei(extract):
    x = extract("江城市公安局给旬邑县公安局副局长柯远舟、青柳派出所民警柯晓梅（女）、"
                "江城市公安局刑侦支队二大队大队长马忠义（回族）、东湖派出所所长柯怀远记个人一等功。")
    got = {s for s, _, o in x.rels("received") if o == "个人一等功"}
    assert got == {"柯远舟", "柯晓梅", "马忠义", "柯怀远"}


@pytest.mark.parametrize("sentence", ["柯远舟去年被授予此称号。", "柯远舟也获得了这一称号。"])
def test_a_demonstrative_points_back_and_names_no_title(extract, sentence):
    x = extract("江城市公安局授予柯远舟“江城市优秀人民警察”称号。" + sentence)
    assert not any(t.startswith(("此", "这")) for t in x.names("Honor"))


def test_a_collective_honour_goes_to_the_unit_not_to_the_person_before_it(extract):
    x = extract("在柯远舟的带领下，江城市公安局交警大队连续三年实现“双下降”，2024年被公安部交通管理局评为"
                "“全国公安交通管理工作成绩突出集体”，并荣立集体二等功。")
    rels = x.rels("received")
    assert ("江城市公安局交警大队", "received", "全国公安交通管理工作成绩突出集体") in rels
    assert not any(s == "柯远舟" for s, _, _ in rels)


def test_a_personal_honour_never_goes_to_a_unit(extract):
    x = extract("江城市公安局刑警大队荣立个人三等功。")
    assert not any(s.endswith("大队") for s, _, _ in x.rels("received"))
    y = extract("江城市公安局为东湖派出所所长柯远舟记个人三等功，授予其“全州公安机关优秀派出所所长”称号。")
    assert ("柯远舟", "received", "全州公安机关优秀派出所所长") in y.rels("received")  # a person's title


def test_rows_under_a_numbered_heading_receive_its_honour():
    from kg.pipeline import run
    text = ("江城市公安局为集体和个人记功\n\n近日，江城市公安局印发决定，对表现突出的集体和个人记功。名单如下：\n\n"
            "一、记集体一等功\n江城市公安局刑事侦查支队二大队\n江城市公安局东湖分局水东派出所\n\n"
            "二、记个人二等功\n柯远舟  江城市公安局特警支队一大队大队长\n柯  特  江城市公安局指挥中心副主任\n\n"
            "柯远舟是特警系统的老兵。\n")
    res = run(text=text, source="t.txt").resolution
    got = {(s.subject[1], s.object[1]) for s in res.statements if s.predicate == "received"}
    assert ("江城市公安局刑事侦查支队二大队", "集体一等功") in {(a, b) for a, b in got} or \
        any(a.endswith("二大队") and b == "集体一等功" for a, b in got)
    assert any(a.endswith("水东派出所") and b == "集体一等功" for a, b in got)
    assert {b for a, b in got if a.startswith("柯远舟")} == {"个人二等功"}
    assert any(a.startswith("柯特") and b == "个人二等功" for a, b in got)


def test_a_title_after_huo_ji_starts_after_ji(extract):
    x = extract("此次是柯远舟第三次获记个人二等功。")
    assert "记个人二等功" not in x.names("Honor")


@pytest.mark.parametrize("sentence,pairs", [
    ("民警柯远舟、柯小禾分别记个人二等功、个人三等功。", {("柯远舟", "个人二等功"), ("柯小禾", "个人三等功")}),
    ("江城市公安局民警柯远舟和江城市人民法院法官柯小禾分别被授予“全国优秀人民警察”和“全国模范法官”称号。",
     {("柯远舟", "全国优秀人民警察"), ("柯小禾", "全国模范法官")}),
])
def test_fenbie_pairs_recipients_and_titles_in_order(extract, sentence, pairs):
    x = extract(sentence)
    assert {(s, o) for s, _, o in x.rels("received")} == pairs


def test_two_titles_joined_by_he_are_two_honours(extract):
    x = extract("江城市公安局交警大队先后荣获集体一等功和集体二等功。")
    assert {"集体一等功", "集体二等功"} <= x.names("Honor") and "集体一等功和集体二等功" not in x.names("Honor")


@pytest.mark.parametrize("sentence,recipient,title", [
    ("柯远舟被评为全市“优秀青年民警”。", "柯远舟", "优秀青年民警"),
    ("旬邑县公安局青柳派出所先后被评为“全国优秀公安基层单位”、陕西省“枫桥式公安派出所”。",
     "旬邑县公安局青柳派出所", "枫桥式公安派出所"),
])
def test_a_quoted_title_after_its_scope(extract, sentence, recipient, title):
    x = extract(sentence)
    assert any(s.startswith(recipient) and o == title for s, _, o in x.rels("received"))
    assert not any("“" in h for h in x.names("Honor"))


def test_tongzhi_after_the_recipient_of_an_active_verb_is_no_part_of_the_title(extract):
    x = extract("公安部追授江城市公安局青柳派出所原副所长柯远舟同志“全国公安系统二级英雄模范”称号。")
    assert {(s.split("_")[0], o) for s, _, o in x.rels("received")} == {("柯远舟", "全国公安系统二级英雄模范")}


def test_every_unit_listed_between_gei_and_the_verb_receives(extract):
    x = extract("会议决定，给旬邑县公安局刑事侦查大队、旬邑县公安局交通警察支队高速公路一大队、旬邑县公安局青柳派出所记集体一等功。")
    got = {s for s, _, o in x.rels("received") if o == "集体一等功"}
    assert len(got) == 3 and any(s.endswith("高速公路一大队") for s in got)


LABELLED = ("江城省公安厅决定对一批集体和个人记功。部分个人名单如下：\n记个人二等功：\n"
            "柯  晨  单位：旬邑县公安局青柳派出所  职务：副所长\n"
            "柯远舟（追记）  单位：旬邑县公安局交警大队  职务：民警\n嘉奖：\n"
            "柯远山  单位：旬邑县公安局指挥中心  职务：副主任\n\n柯远舟生前是一名交警。\n")


def test_labelled_rows_under_colon_headings_receive_the_heading(extract):
    x = extract("标题\n\n" + LABELLED)
    got = {(s.split("_")[0], o) for s, _, o in x.rels("received")}
    assert got == {("柯晨", "个人二等功"), ("柯远舟", "个人二等功"), ("柯远山", "嘉奖")}
    assert ("柯晨", "position", "副所长") in {(s.split("_")[0], p, o) for s, p, o in x.rels("position")}
    assert any(s.startswith("柯远舟") and o == "旬邑县公安局交警大队" for s, _, o in x.rels("belongsTo"))


def test_geiyu_before_a_list_of_units_and_ji(extract):
    x = extract("决定给予旬邑县公安局刑事侦查大队、旬邑县公安局青柳派出所记集体一等功。")
    got = {s for s, _, o in x.rels("received") if o == "集体一等功"}
    assert len(got) == 2


@pytest.mark.parametrize("sentence", [
    "并追记在处置警情中因公牺牲的旬邑县公安局青柳派出所民警柯远舟个人一等功。",
    "公安部追授在抗洪中牺牲的旬邑县公安局青柳派出所原教导员柯远舟同志“全国公安系统二级英雄模范”称号。",
])
def test_an_active_verbs_recipient_after_a_description(extract, sentence):
    x = extract(sentence)
    got = {(s.split("_")[0], o) for s, _, o in x.rels("received")}
    assert len(got) == 1 and next(iter(got))[0] == "柯远舟" and not next(iter(got))[1].startswith("同志")


def test_a_line_the_rows_grammar_cannot_read_does_not_end_a_headed_list(extract):
    x = extract("标题\n\n一、全省法院先进集体\n旬邑县人民法院民事审判第一庭\n江城某某某某某\n旬邑县人民法院青柳人民法庭\n")
    got = {s for s, _, o in x.rels("received") if o == "全省法院先进集体"}
    assert {"旬邑县人民法院民事审判第一庭", "旬邑县人民法院青柳人民法庭"} <= got


def test_labelled_rows_with_a_note_field_or_a_bracket_after_the_post(extract):
    x = extract("标题\n\n部分个人名单如下：\n记个人二等功：\n柯建华  单位：旬邑县公安局青柳派出所  职务：副所长  备注：追记\n"
                "柯远舟  单位：旬邑县公安局交警大队  职务：民警（已退休）\n")
    assert {s.split("_")[0] for s, _, o in x.rels("received") if o == "个人二等功"} == {"柯建华", "柯远舟"}


def test_a_pronoun_subject_receives_for_the_person_last_named(extract):
    x = extract("柯慧敏扎根青柳社区14年，首创“楼栋警长+网格员”联防机制，被居民称为“柯妈妈”。"
                "她先后荣立个人二等功1次，获评“全国公安机关爱民模范”。")
    got = {(s.split("_")[0], o) for s, p, o in x.rels() if p == "received"}
    assert ("柯慧敏", "个人二等功") in got and ("柯慧敏", "全国公安机关爱民模范") in got
    assert "楼栋" not in x.names(PERSON)


def test_a_partial_list_after_a_counted_grant_receives_it(extract):
    text = ("标题一行\n\n本报讯 近日，江城市委政法委印发决定，授予旬邑县公安局青柳派出所等100个集体“平安江城建设先进集体”称号，"
            "授予柯秋菊等150名同志“平安江城建设先进个人”称号。\n\n部分先进集体名单：\n\n旬邑县公安局青柳派出所\n\n"
            "旬邑县人民法院柳林人民法庭\n\n部分先进个人名单：\n\n柯秋菊  旬邑县公安局青柳派出所所长\n\n"
            "柯春花（女，瑶族）  旬邑县公安局柳林派出所副所长\n\n柯海明  旬邑县人民法院刑事审判第一庭庭长\n")
    x = extract(text)
    got = {(s.split("_")[0], o) for s, p, o in x.rels() if p == "received"}
    assert ("旬邑县人民法院柳林人民法庭", "平安江城建设先进集体") in got
    assert {("柯春花", "平安江城建设先进个人"), ("柯海明", "平安江城建设先进个人")} <= got
    assert not any(o.startswith("部分") for _, o in got)
    assert any(s.startswith("柯春花") and o == "旬邑县公安局柳林派出所" for s, p, o in x.rels() if p == "belongsTo")


def test_a_list_after_qizhong_and_rows_after_yixia_tongzhi(extract):
    text = ("标题一行\n\n本报讯 根据决定，旬邑县公安局青柳派出所等20个集体受到表彰。其中，旬邑县公安局刑事侦查大队、"
            "旬邑县公安局柳林派出所记集体二等功；以下同志记个人二等功：\n\n"
            "柯晓军（回族）  旬邑县公安局青柳派出所所长\n\n柯永福  旬邑县公安局柳林派出所社区民警\n")
    x = extract(text)
    got = {(s.split("_")[0], o) for s, p, o in x.rels() if p == "received"}
    assert {("旬邑县公安局刑侦大队", "集体二等功"), ("旬邑县公安局柳林派出所", "集体二等功")} <= got
    assert {("柯晓军", "个人二等功"), ("柯永福", "个人二等功")} <= got


@pytest.mark.parametrize("text", [
    "旬邑县公安局青柳派出所所长柯正国说。他从未荣立过个人二等功。",
    "旬邑县公安局青柳派出所所长柯正国说。他希望荣立个人一等功。",
    "旬邑县公安局青柳派出所所长柯正国带出了十多名徒弟。他们先后荣立个人三等功8次。",
])
def test_no_honour_for_a_negation_a_wish_or_a_plural_pronoun(extract, text):
    assert not [o for s, p, o in extract(text).rels() if p == "received"]


def test_a_demonstrative_with_a_description_names_the_unit_in_focus(extract):
    x = extract("旬邑县公安局青柳派出所民警柯远舟巡逻。这个只有38名民警的派出所，先后被评为“全国优秀公安基层单位”。")
    assert ("旬邑县公安局青柳派出所", "received", "全国优秀公安基层单位") in x.rels()


@pytest.mark.parametrize("text,unit", [
    ("旬邑海关旅检一科承担旅客监管任务。近年来，这个科先后被评为“全国海关先进集体”。", "旬邑海关旅检一科"),
    ("旬邑县人民法院青柳人民法庭深入村寨办案。该庭先后被评为“全国法院先进集体”。", "旬邑县人民法院青柳人民法庭"),
])
def test_an_anaphor_of_a_section_or_tribunal_receives_the_honour(extract, text, unit):
    assert (unit, "received", text.split("“")[1].split("”")[0]) in extract(text).rels()


def test_two_posts_joined_by_a_pause_mark_before_the_recipient(extract):
    x = extract("授予旬邑县司法局党组书记、局长柯志华等50名同志“全省司法行政系统先进个人”称号。")
    assert ("柯志华", "received", "全省司法行政系统先进个人") in x.rels()
    assert not any(h.startswith("等") for h in x.names("Honor"))


def test_a_title_before_its_launch_ceremony_and_a_list_that_won_it(extract):
    text = "旬邑县公安局联合举行2025年度“旬邑最美基层民警”发布仪式，柯学礼、林春生等2名民警获此殊荣。"
    rels = extract(text).rels()
    assert ("柯学礼", "received", "旬邑最美基层民警") in rels and ("林春生", "received", "旬邑最美基层民警") in rels


def test_geiyu_gives_an_honour_to_the_persons_after_it(extract):
    x = extract("旬邑县公安局决定给予柯仕雄、林少安个人嘉奖。")
    assert ("柯仕雄", "received", "个人嘉奖") in x.rels() and ("林少安", "received", "个人嘉奖") in x.rels()


@pytest.mark.parametrize("text", [
    "旬邑县公安局印发《关于给予2024年度全县公安机关成绩突出集体和个人记功奖励的决定》。",
    "旬邑县公安局决定给予柯明亮记个人三等功。",
])
def test_no_title_swallows_a_document_name_or_a_recipient(extract, text):
    assert not any(h.startswith(("2024", "柯明亮")) for h in extract(text).names("Honor"))


@pytest.mark.parametrize("heading", ["二、荣立集体三等功（部分）", "二、荣立集体三等功（排名不分先后）："])
def test_a_list_heading_with_a_note_still_gives_its_honour(extract, heading):
    x = extract(f"标题一行\n\n名单如下。\n\n{heading}\n旬邑县公安局青柳派出所\n淳化县公安局城关派出所\n")
    assert ("旬邑县公安局青柳派出所", "received", "集体三等功") in x.rels()


def test_a_list_heading_with_a_count_names_no_honour_of_its_own(extract):
    x = extract("标题一行\n\n名单如下。\n\n一、先进集体（5个）\n旬邑县公安局青柳派出所\n淳化县公安局城关派出所\n")
    assert not any(p == "received" for s, p, o in x.rels())


@pytest.mark.parametrize("text,who,title", [
    ("旬邑县公安局决定给予柯建华个人嘉奖。", ["柯建华"], "个人嘉奖"),
    ("旬邑县公安局决定给予柯强同志个人嘉奖。", ["柯强"], "个人嘉奖"),
    ("旬邑县公安局决定，给予柯强、林华个人三等功。", ["柯强", "林华"], "个人三等功"),
])
def test_geiyu_a_bare_name_and_its_honour(extract, text, who, title):
    rels = extract(text).rels()
    assert all((w, "received", title) in rels for w in who)
    assert not any(h != title for h in extract(text).names("Honor"))


def test_bu_geiyu_gives_no_honour(extract):
    assert not extract("旬邑县公安局决定不给予柯强个人嘉奖。").names("Honor")


def test_geiyu_a_unit_and_its_honour_written_right_after_it(extract):
    x = extract("咸阳市公安局决定给予旬邑县公安局青柳派出所集体三等功。")
    assert ("旬邑县公安局青柳派出所", "received", "集体三等功") in x.rels()


def test_a_counted_subject_after_a_named_list_receives_nothing_for_them(extract):
    x = extract("旬邑县公安局刑侦大队大队长柯立涛，青柳派出所所长林雪松等2人荣立个人二等功；另有49名民警荣立个人三等功。")
    assert ("柯立涛", "received", "个人二等功") in x.rels()
    assert not any(o == "个人三等功" for s, p, o in x.rels("received"))


def test_dui_yuyi_jiajiang_gives_the_named_ones_of_a_counted_group(extract):
    x = extract("近日，总队为青柳消防救援站记集体三等功，为柯远舟记个人二等功，对柯晓岚等3名消防员予以嘉奖。"
                "给柯某等5名同志记个人一等功，对86名同志予以嘉奖。")
    got = x.rels("received")
    assert ("柯晓岚", "received", "嘉奖") in got
    assert ("柯远舟", "received", "嘉奖") not in got and ("柯某", "received", "嘉奖") not in got


def test_banfa_gives_a_quoted_title_not_a_bare_medal(extract):
    x = extract("副局长柯某为柯晓岚颁发“反诈先锋”荣誉证书。政委柯远舟为受表彰集体和个人颁发奖章、证书。")
    assert ("柯晓岚", "received", "反诈先锋") in x.rels("received")
    assert x.names(HONOR) == {"反诈先锋"}


def test_quedingwei_gives_the_title_to_the_unit(extract):
    x = extract("2024年8月，旬邑县社会治安综合治理中心被陕西省委政法委确定为“全省综治中心规范化建设示范单位”。")
    assert ("旬邑县社会治安综合治理中心", "received", "全省综治中心规范化建设示范单位") in x.rels("received")


def test_documents_handed_over_and_quoted_non_honours_are_no_honours(extract):
    x = extract("局长为柯远舟等20名新警颁发人民警察证。对社区矫正对象柯某予以“训诫”。为柯晓岚颁发“居住证”。"
                "柯远舟被确定为“全国优秀人民警察”候选人。")
    assert x.rels("received") == set()
    assert "象柯某" not in x.names(PERSON)


def test_weiici_is_no_to_whom_before_an_active_verb(extract):
    x = extract("柯远舟被评为全省优秀人民警察，2023年，公安部为此授予全国优秀人民警察称号。")
    assert ("柯远舟", "received", "全国优秀人民警察") in x.rels("received")


def test_yuyi_reads_no_recipient_after_it_and_jigong_is_no_title(extract):
    x = extract("旬邑县公安局对4个集体和9名个人予以记功、嘉奖。咸阳市公安局对一批集体和个人予以记功和嘉奖。")
    assert x.names(PERSON) == set() and x.rels("received") == set()
    assert "记功和嘉奖" not in x.names(HONOR)


def test_a_date_opening_the_sentence_dates_the_honour(extract):
    x = extract("2023年12月，旬邑县人民法院执行局被最高人民法院授予全国法院先进集体称号。"
                "据悉，2021年以来该局办结案件3000余件，柯远舟被评为全国优秀人民警察。")
    (st,) = x.statements_of("received", "全国法院先进集体")
    assert st.qualifiers.year == 2023
    (st2,) = x.statements_of("received", "全国优秀人民警察")
    assert st2.qualifiers.year is None  # another clause's year, not this one's


@pytest.mark.parametrize("heading,honour", [("一、记集体一等功（2个）", "集体一等功"), ("三、嘉奖（2个）", "嘉奖")])
def test_a_count_after_a_whole_honour_in_a_heading_keeps_the_list(heading, honour):
    from kg.pipeline import run
    text = (f"江城市公安局关于表彰的通报\n\n经研究，对以下集体予以表彰：\n\n{heading}\n"
            "江城市公安局刑事侦查支队二大队\n江城市公安局东湖分局水东派出所\n")
    res = run(text=text, source="t.txt").resolution
    got = {(s.subject[1], s.object[1]) for s in res.statements if s.predicate == "received"}
    assert any(a.endswith("二大队") and b == honour for a, b in got)
    assert any(a.endswith("水东派出所") and b == honour for a, b in got)


def test_a_count_after_a_category_in_a_heading_names_no_honour(extract):
    x = extract("授予下列单位“全省人民调解工作先进集体”称号。\n\n一、先进集体（2个）\n江城市青柳镇人民调解委员会\n江城市柳林镇人民调解委员会\n")
    assert "先进集体" not in x.names("Honor")


def test_a_unit_followed_by_a_role_does_not_receive_what_its_officer_received(extract):
    x = extract("上海市公安局浦东分局民警被授予全国公安系统二级英雄模范称号。")
    assert not any(a == "上海市公安局浦东分局" for a, _, _ in x.rels("received"))


def test_a_place_word_name_after_a_role_before_the_passive_is_the_recipient(extract):
    x = extract("上海市公安局浦东分局民警江海被授予全国公安系统二级英雄模范称号。")
    assert ("江海", "received", "全国公安系统二级英雄模范") in x.rels("received")


def test_a_unit_that_credits_an_unread_unit_with_an_award_does_not_receive_it(extract):
    # 为<unit the grammar did not read>记…: the award is that unit's, never the subject's
    x = extract("温州市消防救援支队为岩头消防救援站记集体三等功。")
    assert not any(a == "温州市消防救援支队" for a, _, _ in x.rels("received"))
    y = extract("市委、市政府还为在抓捕持刀嫌疑人时英勇负伤的昌乐县公安局朱刘派出所民警柯远舟记个人一等功。")
    assert ("柯远舟", "received", "个人一等功") in y.rels("received")


def test_those_listed_with_yu_yidao_share_the_award(extract):
    x = extract("江城市公安局刑事侦查支队攻坚克难，与江城市公安局东湖分局水东派出所、江城市人民法院执行局等26个单位一道，"
                "被授予“江城市平安建设先进集体”称号。")
    got = {a for a, _, _ in x.rels("received")}
    assert {"江城市公安局东湖分局水东派出所", "江城市人民法院执行局"} <= got
    assert not any(a == "江城市公安局东湖分局" for a in got)  # the longest unit of a nested chain


def test_a_plural_pronoun_opening_a_sentence_stands_for_the_persons_of_the_sentence_before(extract):
    x = extract("东湖派出所所长柯远舟扎根基层21年；江城市人民法院执行局副局长柯小禾带队攻坚。"
                "他们与其他45名同志一起，被授予“江城市平安建设先进个人”称号。")
    got = {a for a, _, _ in x.rels("received")}
    assert {"柯远舟", "柯小禾"} <= got


def test_counts_before_each_verb_of_a_coordination():
    # 3次荣立个人三等功、2次荣立个人二等功: the second count and verb opened a title of their own
    # ("2次荣立个人二等功"), and neither count was kept
    from kg.extract.base import extract_document
    from kg.ingest import documents_from_text

    res = extract_document(documents_from_text("标题\n\n民警柯远舟曾3次荣立个人三等功、2次荣立个人二等功。\n", "t.txt")[0])
    got = {(st.object.name, st.qualifiers.count) for st in res.statements if st.predicate == "received"}
    assert got == {("个人三等功", 3), ("个人二等功", 2)}
    res = extract_document(documents_from_text("标题\n\n民警柯远舟先后两次被江城市公安局记个人三等功。\n", "t.txt")[0])
    assert {(st.object.name, st.qualifiers.count) for st in res.statements if st.predicate == "received"} == {("个人三等功", 2)}


def test_a_title_before_chenghao_de_names_the_person_it_describes(extract):
    # 荣获“…”称号的<unit><post><name>: the person described received the title
    got = extract("会议对荣获“全国公安系统二级英雄模范”称号的江城市公安局刑侦大队大队长柯远舟进行了表彰。")
    assert ("柯远舟", "received", "全国公安系统二级英雄模范") in got.rels("received")


def test_places_as_the_subject_receive_nothing_and_leave_the_unit_before_alone(extract):
    # 甲市、乙盟被评为…: kg:received takes a unit or person (CONTRACT), and the unit of the clause
    # before (某政法委副书记某某通报…) did not win it
    x = extract("会上，江城市委政法委副书记柯远舟通报了考评情况，乌海市、兴安盟被评为“全区平安建设先进盟市”。")
    assert not x.rels("received")


def test_a_pronoun_opening_an_earlier_clause_is_the_recipient(extract):
    # 在…里，他参与侦破…，先后荣立…: no subject in the honour's own clause; the 他 of the clause
    # before stands for the person named before (the 他 opening the honour's clause already did)
    x = extract("标题\n\n柯远舟调到刑侦大队。在刑侦岗位上的9年里，他参与侦破各类刑事案件800余起，先后荣立个人三等功3次。\n")
    assert ("柯远舟", "received", "个人三等功") in x.rels("received")
    x = extract("标题\n\n柯远舟调到刑侦大队。在刑侦岗位上的9年里，他和江城市公安局刑侦大队一起侦破案件，荣立集体三等功。\n")
    assert ("柯远舟", "received", "集体三等功") not in x.rels("received")


def test_units_listed_after_a_naming_sentence_receive_its_title(extract):
    # 命名以下N个派出所为…“…”, then one unit per line (a table row: unit　　name　　post)
    text = ("通报\n\n市局决定命名以下2个派出所为2024年度全市“枫桥式公安派出所”，并予以通报表扬。\n\n附：名单\n\n"
            "江城市公安局东湖分局青柳派出所\u3000\u3000柯远舟\u3000\u3000所长\n"
            "江城市公安局西湖分局柳林派出所\u3000\u3000王  晓\u3000\u3000教导员\n")
    got = {s for s, _, o in extract(text).rels("received") if o == "枫桥式公安派出所"}
    assert got == {"江城市公安局东湖分局青柳派出所", "江城市公安局西湖分局柳林派出所"}
    short = text.replace("以下2个", "以下3个")  # the count written is not the list's: nothing
    assert not extract(short).rels("received")


def test_persons_listed_after_a_counted_praise_receive_its_title(extract):
    # 对N名“…”予以通报表扬。他们是：<unit><post>甲、…: the list as long as the count receives the
    # quoted title, and the body before 对 confers it
    text = ("江城市公安局通报表扬“最美社区民警”\n\n本报讯 日前，江城市公安局对2名“最美社区民警”予以通报表扬。"
            "他们是：江城市公安局东湖分局青柳派出所社区民警柯远舟、江城市公安局西湖分局柳林派出所副所长欧阳晓峰。\n")
    x = extract(text)
    got = {st.subject.name: "、".join(m.name for m in st.qualifiers.conferrer) for st in x.statements_of("received", "最美社区民警")}
    assert got == {"柯远舟": "江城市公安局", "欧阳晓峰": "江城市公安局"}
    same = text.replace("予以通报表扬。他们是", "予以通报表扬，分别是")  # the list in the same sentence
    assert {s for s, _, o in extract(same).rels("received")} == {"柯远舟", "欧阳晓峰"}
    assert not extract(text.replace("对2名", "对3名")).rels("received")  # the list is not the one counted


def test_a_heading_that_counts_its_rows_gives_its_honour_to_them(extract):
    # 一、给予以下2个单位记集体一等功 (以下N个单位 / 以下同志 between the verb and the honour), then
    # units alone on their lines, or 名（注），单位职务 rows (the note marks where an unusual name ends)
    text = ("江城市公安局关于表彰先进集体和先进个人的决定\n\n为表彰先进，决定：\n\n"
            "一、给予以下2个单位记集体一等功\n江城市公安局禁毒支队\n江城市公安局刑事侦查支队\n\n"
            "二、给予以下同志记个人二等功\n岩罕香（傣族），江城市公安局禁毒支队二大队大队长\n"
            "欧阳晓（女），江城市公安局青柳派出所副所长\n\n希望受到表彰的集体和个人再创佳绩。\n")
    x = extract(text)
    assert {s for s, _, o in x.rels("received") if o == "集体一等功"} == {"江城市公安局禁毒支队", "江城市公安局刑侦支队"}  # (the canonical short form)
    assert {s for s, _, o in x.rels("received") if o == "个人二等功"} == {"岩罕香", "欧阳晓"}
    assert ("岩罕香", "belongsTo", "江城市公安局禁毒支队二大队") in x.rels("belongsTo")
    assert ("岩罕香", "position", "大队长") in x.rels("position")


def test_persons_listed_below_a_counted_grant_receive_its_title(extract):
    # 授予以下N名同志“…”称号：, then one <unit><post><name> per line: each receives the title, and
    # no honour is read from 以下N名同志“…
    text = ("江城市公安局表彰一批先进个人\n\n市局决定，授予以下2名同志“江城市优秀人民警察”称号：\n"
            "江城市公安局东湖分局刑警大队大队长柯远舟\n江城市公安局西湖分局柳林派出所教导员欧阳晓峰\n")
    x = extract(text)
    assert x.names("Honor") == {"江城市优秀人民警察"}
    assert {s for s, _, o in x.rels("received")} == {"柯远舟", "欧阳晓峰"}
    assert not extract(text.replace("以下2名", "以下3名")).rels("received")


def test_the_units_and_rows_after_a_winners_colon_receive_the_title(extract):
    # 获评“…”的是：<unit>，<unit>。 and 获评“…”的是： then rows 名（注，单位职务）, one per line
    text = ("标题\n\n本报讯 江城市妇联公布名单。\n\n获评“江城市三八红旗集体”的是：江城市公安局东湖分局青柳派出所，"
            "江城市人民检察院第五检察部。\n\n获评“江城市三八红旗手”的是：\n柯丽娟（江城市人民法院执行局副局长）\n"
            "王晓燕（畲族，江城市公安局西湖分局柳林派出所社区民警）\n欧阳倩（江城市司法局青柳司法所所长）\n"
            "吴婷婷（江城市公安局刑事技术支队法医）\n詹雪梅（江城市人民检察院检察官助理）\n\n记者了解到，她们扎根一线。\n")
    x = extract(text)
    assert {s for s, _, o in x.rels("received") if o == "江城市三八红旗集体"} == \
        {"江城市公安局东湖分局青柳派出所", "江城市人民检察院第五检察部"}
    assert {s for s, _, o in x.rels("received") if o == "江城市三八红旗手"} == {"柯丽娟", "王晓燕", "欧阳倩", "吴婷婷", "詹雪梅"}


def test_a_counted_category_heading_gives_the_title_of_the_lead_to_its_rows(extract):
    # 一、先进集体（4个）: the category of the title the decision conferred (“全省禁毒工作先进集体”), each
    # row read alone (a row that names no unit read, here the last one, does not drop the others)
    x = extract("江城市禁毒委员会关于表彰先进的决定\n\n决定授予江城市公安局禁毒支队等4个单位“全省禁毒工作先进集体”称号，"
                "授予柯远舟等2名同志“全省禁毒工作先进个人”称号。\n\n希望受表彰的集体和个人再接再厉。\n\n"
                "附件：全省禁毒工作先进集体和先进个人名单\n\n江城市禁毒委员会\n2025年1月20日\n\n附件\n\n"
                "全省禁毒工作先进集体和先进个人名单\n\n一、先进集体（4个）\n\n江城市公安局禁毒支队\n\n"
                "江城市公安局青柳分局禁毒大队\n\n江城市公安局东湖分局禁毒大队\n\n江城市青柳区禁毒委员会办公室\n\n"
                "二、先进个人（2名）\n\n"
                "柯远舟        江城市公安局禁毒支队副支队长\n\n柯远航        江城市公安局东湖分局禁毒大队大队长\n")
    received = set(x.rels("received"))
    for unit in ("江城市公安局青柳分局禁毒大队", "江城市公安局东湖分局禁毒大队"):
        assert (unit, "received", "全省禁毒工作先进集体") in received
    assert ("柯远航", "received", "全省禁毒工作先进个人") in received
    assert "先进集体" not in x.names(HONOR) and "先进个人" not in x.names(HONOR)


def test_a_numbered_table_under_a_category_heading(extract):
    # 通报表彰先进集体和先进个人 … 一、先进集体（2个） 序号  单位 / 1  <unit>: the heading's own words
    x = extract("江城市消防救援支队通报表彰先进集体和先进个人\n\n名单如下：\n\n一、先进集体（2个）\n\n序号  单位\n"
                "1  江城市消防救援支队青柳区大队\n2  江城市消防救援支队东湖区大队\n\n二、先进个人（1名）\n\n"
                "序号  姓名  单位  职务\n1  柯远舟  江城市消防救援支队青柳区大队  大队长\n")
    received = set(x.rels("received"))
    assert ("江城市消防救援支队东湖区大队", "received", "先进集体") in received
    assert ("柯远舟", "received", "先进个人") in received


def test_a_line_that_is_a_title_conferred_before_heads_the_rows_under_it(extract):
    # 授予某某等4人“…”称号 … then the title alone on a line and rows of citizens (name  occupation)
    x = extract("江城市表彰见义勇为人员\n\n会上，江城市人民政府授予柯远舟等3人“江城市见义勇为先进分子”称号。\n\n"
                "江城市见义勇为先进分子\n柯远舟    外卖骑手\n鲜国富    青柳县东湖镇渔民\n蹇  军    建筑工人\n")
    received = set(x.rels("received"))
    for name in ("柯远舟", "鲜国富", "蹇军"):
        assert (name, "received", "江城市见义勇为先进分子") in received
    assert not x.rels("belongsTo") or all(s not in ("鲜国富", "蹇军") for s, _, _ in x.rels("belongsTo"))


def test_a_single_name_and_description_line_is_no_person_row(extract):
    x = extract("标题\n\n今年以来，全市破获案件120起。\n\n鲜国富    青柳县东湖镇渔民\n\n此后，案件告破。\n")
    assert "鲜国富" not in x.names(PERSON)


def test_those_praised_listed_after_shou_biaozhang_danwei_wei(extract):
    x = extract("标题\n\n会议对2024年度“全市平安建设先进集体”进行了表彰，受表彰单位为：\n\n浦北县公安局张黄派出所\n\n"
                "钦南区司法局犀牛脚司法所\n\n会议要求，全市政法机关要再接再厉。\n")
    received = {s for s, _, o in x.rels("received") if o == "全市平安建设先进集体"}
    assert received == {"浦北县公安局张黄派出所", "钦南区司法局犀牛脚司法所"}


def test_a_heading_numbered_in_brackets(extract):
    # （一）记集体二等功 / （二）先进个人（1名）: headings numbered in brackets, as 一、 ones
    x = extract("江城市消防救援支队通报表彰先进集体和先进个人\n\n（一）记集体二等功\n\n江城市消防救援支队青柳区大队\n\n"
                "（二）先进个人（1名）\n\n序号  姓名  单位  职务\n1  柯远舟  江城市消防救援支队青柳区大队  大队长\n")
    received = set(x.rels("received"))
    assert ("江城市消防救援支队青柳区大队", "received", "集体二等功") in received
    assert ("柯远舟", "received", "先进个人") in received


def test_the_list_of_a_title_conferred_before(extract):
    # 授予某某等20人“…”称号 … 附：<title>名单（部分）, a header row, then rows of names
    x = extract("江城表彰优秀人民陪审员\n\n会议授予柯远舟等20人“江城市优秀人民陪审员”称号。\n\n附：江城市优秀人民陪审员名单（部分）\n\n"
                "姓  名    所在法院              工作单位及职务\n柯远舟    崇川区人民法院        退休教师\n"
                "柯远航    通州区人民法院        退休民警\n")
    assert ("柯远航", "received", "江城市优秀人民陪审员") in x.rels("received")


@pytest.mark.parametrize("rows", ["柯远舟　柯远航　柯远帆　柯远洋　柯远山\n柯立群　柯立言　柯立行　柯立新　柯立志",
                                  "柯远舟、柯远航、柯远帆、柯远洋、柯远山"])
def test_every_name_of_a_line_of_bare_names_receives_the_title(extract, rows):
    # 授予以下同志“…”称号： then lines of names alone: each name is a recipient, not the first of each line
    x = extract("表彰决定\n\n江城省公安厅决定，授予以下同志“全省优秀人民警察”称号：\n" + rows + "\n")
    names = {n for line in rows.split("\n") for n in re.split("[　、]", line)}
    assert {s for s, _, o in x.rels("received") if o == "全省优秀人民警察"} == names


def test_a_heading_with_its_verb_names_the_title_after_the_verb(extract):
    # 以下同志被评为…： the honour is 全省优秀人民警察, not 被评为全省优秀人民警察
    x = extract("表彰决定\n\n以下同志被评为全省优秀人民警察：\n柯远舟（台州市公安局）\n柯远航（温岭市公安局）\n")
    assert "被评为全省优秀人民警察" not in x.names(HONOR) and "全省优秀人民警察" in x.names(HONOR)


def test_a_list_grouped_by_region_gives_each_group_its_honour(extract):
    # 宝鸡市：甲；乙 (units after their region and a colon) and 咸阳市： heading person rows
    x = extract("陕西表彰一批全省政法系统先进集体和先进个人\n\n名单如下：\n\n一、全省政法系统先进集体\n\n"
                "宝鸡市：宝鸡市公安局渭滨分局经二路派出所；凤翔区人民法院柳林人民法庭\n\n咸阳市：旬邑县人民检察院\n\n"
                "省直单位：陕西省青柳监狱第五监区\n\n二、全省政法系统先进个人\n\n宝鸡市：\n柯远舟  宝鸡市公安局刑事侦查支队支队长\n\n"
                "咸阳市：\n蹇  军（女）  旬邑县人民法院民事审判庭庭长\n")
    received = set(x.rels("received"))
    for unit in ("宝鸡市公安局渭滨分局经二路派出所", "旬邑县人民检察院", "陕西省青柳监狱第五监区"):
        assert (unit, "received", "全省政法系统先进集体") in received, unit
    for name in ("柯远舟", "蹇军"):
        assert (name, "received", "全省政法系统先进个人") in received, name
    assert not any(s in ("宝鸡市", "咸阳市") for s, _, _ in received)


@pytest.mark.parametrize("sentence, name, title", [
    ("全国优秀人民警察柯远舟介绍了案情。", "柯远舟", "全国优秀人民警察"),
    ("本案由第五巡回法庭副庭长、全国审判业务专家公孙明哲担任审判长。", "公孙明哲", "全国审判业务专家"),
    ("全国模范法官柯远舟说，调解要有耐心。", "柯远舟", "全国模范法官"),
])
def test_an_unquoted_title_right_before_a_name_is_received(extract, sentence, name, title):
    assert (name, "received", title) in extract(sentence).rels("received")


def test_a_praised_role_in_an_apposition_is_an_honour_not_a_post(extract):
    x = extract("全国模范法官、青山县人民法院庭长柯远舟表示，要把矛盾化解在基层。")
    assert ("柯远舟", "received", "全国模范法官") in x.rels()
    assert ("柯远舟", "position", "法官") not in x.rels() and ("柯远舟", "position", "庭长") in x.rels()


def test_a_quoted_title_holding_a_role_names_no_person(extract):
    x = extract("原教导员柯远舟退休时获颁“人民警察荣誉勋章”。")
    assert x.names(PERSON) == {"柯远舟"}


def test_a_count_before_a_quoted_title_is_no_part_of_it(extract):
    x = extract("人力资源社会保障部、公安部决定，授予200个单位“全国优秀公安基层单位”称号，授予500名同志“全国优秀人民警察”称号。")
    assert {"全国优秀公安基层单位", "全国优秀人民警察"} <= x.names(HONOR)
    assert not any(h[:1].isdigit() for h in x.names(HONOR))


def test_a_region_grouped_list_of_units_apart_by_spaces_and_of_person_rows(extract):
    x = extract("表彰决定\n\n公安部决定，授予100个公安局“全国优秀公安局”称号，授予500名同志“全国优秀人民警察”称号。名单如下：\n\n"
                "全国优秀公安局\n\n河北省：承德市公安局  涞源县公安局\n江苏省：盐城市公安局亭湖分局\n\n全国优秀人民警察\n\n"
                "天津市：柯远舟  天津市公安局河西分局刑侦支队副支队长\n")
    received = set(x.rels("received"))
    for unit in ("承德市公安局", "涞源县公安局", "盐城市公安局亭湖分局"):
        assert (unit, "received", "全国优秀公安局") in received, unit
    assert ("柯远舟", "received", "全国优秀人民警察") in received


@pytest.mark.parametrize("sentence", ["2024年冬，余某雇人在本村集体林地内砍伐杉木。", "——澜沧各界送别缉毒英雄柯远舟"])
def test_words_ending_like_a_title_without_its_scope_give_no_honour(extract, sentence):
    assert not extract(sentence).names(HONOR)


def test_winners_of_a_quoted_title_listed_after_a_colon(extract):
    x = extract("标题\n\n获评“反诈卫士”的部分人员：\n\n柯远舟  中国农业银行江城分行青柳支行大堂经理\n\n"
                "获评“反诈示范网点”：中国工商银行江城分行人民路支行、中国邮政储蓄银行江城市支行。\n")
    received = set(x.rels("received"))
    assert ("柯远舟", "received", "反诈卫士") in received
    assert ("中国工商银行江城分行人民路支行", "received", "反诈示范网点") in received


def test_a_list_grouped_under_region_lines_gets_the_titles_granted_by_kind(extract):
    # 授予N个<units>“A”称号，授予M名同志“B”称号, then 名单 rows under region lines: units get A, persons B
    x = extract("表彰决定\n\n司法部决定，授予198个人民调解委员会“全国模范人民调解委员会”称号，授予296名同志“全国模范人民调解员”称号。\n\n"
                "部分受表彰集体和个人名单如下：\n\n河北省\n\n承德市双桥区医疗纠纷人民调解委员会\n\n"
                "柯远舟（女）  承德市双桥区青柳镇人民调解委员会调解员\n\n江苏省\n\n盐城市亭湖区劳动争议人民调解委员会\n")
    received = set(x.rels("received"))
    for unit in ("双桥区医疗纠纷人民调解委员会", "亭湖区劳动争议人民调解委员会"):
        assert any(s.endswith(unit) and o == "全国模范人民调解委员会" for s, _, o in received), unit
    assert ("柯远舟", "received", "全国模范人民调解员") in received
    assert ("柯远舟", "received", "全国模范人民调解委员会") not in received


def test_a_possessive_pronoun_is_no_subject_of_the_honour(extract):
    # 他的搭档某某荣获…: the partner received it, not the person 他 stands for
    x = extract("柯远舟是临洮县公安局城关派出所民警。他的搭档荣获个人三等功。")
    assert ("柯远舟", "received", "个人三等功") not in set(x.rels("received"))


def test_rows_of_name_comma_unit_and_post_under_a_heading_get_its_honour(extract):
    x = extract("表彰决定\n\n为表彰先进，决定：\n\n一、给予以下同志记个人二等功\n柯远舟，临洮县公安局城关派出所副所长\n"
                "柯远帆，渭源县公安局副局长\n\n希望受到表彰的个人再创佳绩。\n")
    received = set(x.rels("received"))
    assert {("柯远舟", "received", "个人二等功"), ("柯远帆", "received", "个人二等功")} <= received


def test_honours_as_labels_of_lines_of_recipients(extract):
    # 记集体二等功：甲、乙 / 记个人二等功：某某  unit post, then rows under the label
    x = extract("决定\n\n一、集体\n\n记集体一等功：鹤壁市公安局刑事侦查支队\n\n"
                "记集体二等功：鹤壁市公安局网络安全保卫支队、鹤壁市公安局淇滨分局青柳派出所\n\n二、个人\n\n"
                "记个人一等功：柯海峰  鹤壁市公安局刑事侦查支队副支队长\n\n记个人二等功：柯秀玲（女）  浚县公安局刑事侦查大队大队长\n\n"
                "柯志刚  浚县公安局刑事侦查大队教导员\n\n希望受到表彰的集体和个人珍惜荣誉。\n")
    got = {(s, o) for s, _, o in x.rels("received")}
    assert {("柯海峰", "个人一等功"), ("柯秀玲", "个人二等功"), ("柯志刚", "个人二等功")} <= got
    units = {s for s, o in got if o == "集体二等功"}
    assert len(units) == 2 and any(u.endswith("青柳派出所") for u in units)
    assert any(s.endswith("刑侦支队") or s.endswith("刑事侦查支队") for s, o in got if o == "集体一等功")


def test_a_sub_heading_of_collectives_or_individuals_is_no_honour(extract):
    x = extract("决定\n\n一、集体\n\n记集体一等功：鹤壁市公安局刑事侦查支队\n\n二、个人\n\n记个人一等功：柯海峰  鹤壁市公安局刑事侦查支队副支队长\n")
    assert not {"集体", "个人"} & x.names(HONOR)


def test_lists_by_kind_under_headings_of_the_honoured(extract):
    x = extract("表彰\n\n决定授予32家律师事务所“江城市优秀律师事务所”称号，授予85名律师“江城市优秀律师”称号。\n\n"
                "部分受表彰的律师事务所：\n\n江城青柳律师事务所\n\n部分受表彰的律师：\n\n柯远舟（江城青柳律师事务所主任）\n")
    got = {(s, o) for s, _, o in x.rels("received")}
    assert ("柯远舟", "江城市优秀律师") in got
    assert any(s.endswith("青柳律师事务所") and o == "江城市优秀律师事务所" for s, o in got)


def test_rows_of_name_and_unit_under_a_list_of_a_quoted_title(extract):
    # 附：2024年度江城市“十佳公益律师”名单, then rows of a name and its unit: each received the title
    x = extract("表彰\n\n江城市律师协会表彰十佳公益律师。\n\n附：2024年度江城市“十佳公益律师”名单\n\n"
                "柯远舟    江城青柳律师事务所\n柯远帆    江城柳林律师事务所\n")
    got = {(s, o) for s, _, o in x.rels("received")}
    assert {("柯远舟", "十佳公益律师"), ("柯远帆", "十佳公益律师")} <= got
    assert any(s == "柯远舟" and o.endswith("青柳律师事务所") for s, _, o in x.rels("belongsTo"))


def test_a_counted_pronoun_after_wei_stands_for_the_persons_named_before(extract):
    x = extract("民警柯远舟、柯远帆在抓捕中表现突出，青川县公安局为二人各记个人三等功一次。")  # (new user)
    assert ("柯远舟", "received", "个人三等功") in x.rels() and ("柯远帆", "received", "个人三等功") in x.rels()
    x = extract("民警柯远舟、柯远帆在抓捕中表现突出，青川县公安局为3人各记个人三等功一次。")
    assert not x.rels("received")  # three counted, two named: others


def test_recipients_listed_after_the_colon_of_a_title_granted_to_those_below(extract):
    # 授予以下N名同志“…”称号：甲、乙（note）。: the list follows in the same sentence (breaker)
    x = extract("青川县公安局决定，授予以下2名同志“优秀人民警察”称号：柯远舟（城关派出所所长）、柯远帆。")
    assert {("柯远舟", "received", "优秀人民警察"), ("柯远帆", "received", "优秀人民警察")} <= x.rels()
    assert not any(s == "城关派出所" for s, p, _ in x.rels() if p == "received")
    x = extract("青川县公安局决定，授予以下2个单位“优秀派出所”称号：城关派出所、青柳派出所。")
    assert ("青川县公安局青柳派出所", "received", "优秀派出所") in x.rels() or ("青柳派出所", "received", "优秀派出所") in x.rels()


@pytest.mark.parametrize("sentence, title", [("青柳派出所民警柯远舟被追授为“全国公安系统二级英雄模范”。", "全国公安系统二级英雄模范"),
                                             ("青柳派出所民警柯远舟被追记为个人一等功。", "个人一等功")])
def test_wei_between_an_honour_verb_and_its_title_is_no_part_of_it(extract, sentence, title):
    assert ("柯远舟", "received", title) in extract(sentence).rels()  # (breaker: 为“… was the title)


def test_a_table_rows_last_cell_of_an_honour_is_the_rows_honour(extract):
    # 姓名<TAB>单位及职务<TAB>奖励 (a .md table becomes such rows): breaker's table gave nothing
    x = extract("青川县公安局表彰先进\n近日，青川县公安局对以下民警予以表彰：\n姓名\t单位及职务\t奖励\n"
                "柯远舟\t青川县公安局城关派出所所长\t个人一等功\n柯远帆\t青川县公安局刑侦大队副大队长\t个人二等功\n")
    assert {("柯远舟", "received", "个人一等功"), ("柯远帆", "received", "个人二等功"),
            ("柯远舟", "position", "所长"), ("柯远舟", "belongsTo", "青川县公安局城关派出所")} <= x.rels()


def test_bracketed_groups_under_a_numbered_heading_keep_its_honour(extract):
    # 一、先进集体（2个） （一）监狱系统 …: the group headings split the rows, the honour goes on (set 47)
    x = extract("青川县司法局决定，授予青川县司法局城关司法所等2个集体“全县司法行政系统先进集体”称号。\n"
                "一、先进集体（2个）\n（一）司法所\n青川县司法局城关司法所\n（二）监狱系统\n"
                "四川省川北监狱教育改造科\n")
    got = {s for s, p, o in x.rels() if p == "received" and o == "全县司法行政系统先进集体"}
    assert {"青川县司法局城关司法所", "四川省川北监狱教育改造科"} <= got


def test_a_year_opening_the_sentence_dates_its_later_honours(extract):
    # (new user: the second clause's honour had no year)
    x = extract("2023年，青柳派出所被青川县公安局记集体三等功，柯远舟被评为“全县优秀派出所所长”。")
    years = {st.subject.name: st.qualifiers.year for st in x.statements if st.predicate == "received"}
    assert years.get("柯远舟") == 2023
    x = extract("2019年，柯远舟调入青柳派出所，先后荣立个人三等功2次。")  # a year of his move, not of the honours
    assert all(st.qualifiers.year is None for st in x.statements if st.predicate == "received")


def test_a_list_of_units_counted_before_the_passive_verb(extract):
    # 甲、乙、丙等3个集体被授予…: every unit of the list (set 48: only the last received)
    x = extract("儋州市公安局禁毒支队、万宁市公安局和乐派出所、五指山市公安局毛阳派出所等3个集体被授予“全省禁毒工作先进集体”称号。")
    got = {s for s, p, o in x.rels() if p == "received"}
    assert got == {"儋州市公安局禁毒支队", "万宁市公安局和乐派出所", "五指山市公安局毛阳派出所"}


def test_a_list_after_a_colon_ends_at_its_clause(extract):
    # …：甲、乙；授予以下2名同志“B”称号：丙、丁 — 丙 and 丁 received A too (breaker 2: a regression)
    x = extract("青川县公安局决定，授予以下2名同志“十佳社区民警”称号：柯远舟、柯远帆；"
                "授予以下2名同志“优秀辅警”称号：柯立行、柯立言。")
    got = {(s, o) for s, p, o in x.rels() if p == "received"}
    assert got == {("柯远舟", "十佳社区民警"), ("柯远帆", "十佳社区民警"), ("柯立行", "优秀辅警"), ("柯立言", "优秀辅警")}


def test_table_rows_with_a_serial_column(extract):
    # | 序号 | 姓名 | 单位及职务 | 奖励 | and | 序号 | 姓名 | 单位 | 职务 | (breaker 2: a regression, people lost)
    x = extract("立功人员名单\n序号\t姓名\t单位及职务\t奖励\n1\t柯远舟\t台州市公安局椒江分局副局长\t个人二等功\n"
                "2\t柯远帆\t台州市公安局交通警察支队三大队大队长\t嘉奖\n")
    assert {("柯远舟", "position", "副局长"), ("柯远舟", "received", "个人二等功"), ("柯远帆", "received", "嘉奖"),
            ("柯远舟", "belongsTo", "台州市公安局椒江分局")} <= x.rels()
    x = extract("参会人员\n序号\t姓名\t单位\t职务\n1\t柯远舟\t台州市公安局椒江分局\t副局长\n2\t柯远帆\t台州市公安局路桥分局\t教导员\n")
    assert {("柯远舟", "belongsTo", "台州市公安局椒江分局"), ("柯远舟", "position", "副局长"),
            ("柯远帆", "belongsTo", "台州市公安局路桥分局")} <= x.rels()


@pytest.mark.parametrize("sentence, name", [("公安部追授柯远舟为“全国公安系统一级英雄模范”称号。", "柯远舟"),
                                            ("公安部追授柯远帆同志为“全国公安系统一级英雄模范”称号。", "柯远帆")])
def test_wei_between_the_recipient_and_the_title(extract, sentence, name):
    # 追授X为“…”: neither the person 某某为 nor the title 为“… (breaker 2)
    assert (name, "received", "全国公安系统一级英雄模范") in extract(sentence).rels()


def test_a_personal_honour_labelling_a_line_of_units_and_posts_goes_to_the_persons(extract):
    # 记个人三等功：<unit><post> 甲，<unit><post> 乙。: the persons receive it, never the units (breaker)
    x = extract("表彰名单\n\n记个人三等功：青川县公安局治安大队教导员 柯远舟，青川县公安局城关派出所所长 柯远帆。\n")
    assert {("柯远舟", "received", "个人三等功"), ("柯远帆", "received", "个人三等功")} <= x.rels("received")
    assert not any(s.endswith(("大队", "派出所")) for s, _, _ in x.rels("received"))


def test_a_unit_never_holds_a_personal_honour_whichever_pass_read_it():
    from kg.extract.honors import _wrong_class
    from kg.types import Mention, Statement

    unit = Mention("Organization", "青川县公安局治安大队", 0, 10, 0)
    person = Mention("Person", "柯远舟", 0, 3, 0)
    personal, collective = Mention("Honor", "个人三等功", 0, 5, 0), Mention("Honor", "集体二等功", 0, 5, 0)
    assert _wrong_class(Statement(unit, "received", personal, None))
    assert _wrong_class(Statement(person, "received", collective, None))
    assert not _wrong_class(Statement(person, "received", personal, None))


def test_a_count_of_a_role_after_a_list_is_no_part_of_the_title(extract):
    # 给予甲、乙等7名指战员嘉奖: the title is 嘉奖 (set 51: 指战员嘉奖)
    x = extract("青川县消防救援大队党委决定，给予柯远舟、柯远帆等7名指战员嘉奖。")
    assert {("柯远舟", "received", "嘉奖"), ("柯远帆", "received", "嘉奖")} <= x.rels("received")
    assert x.names("Honor") == {"嘉奖"}


@pytest.mark.parametrize("headline, bad", [("青川县人民检察院授予12个集体和20名个人荣誉称号", "12个集体"),
                                           ("追授牺牲民警“全国公安系统二级英雄模范”称号", "牺牲民警")])
def test_headline_honours_name_no_count_or_description(extract, headline, bad):
    # 授予12个集体和20名个人荣誉称号: recipients counted, no title; 追授牺牲民警“…”称号: the quoted title (breaker)
    x = extract(headline + "\n\n本报讯 日前，青川县人民检察院印发表彰决定。\n")
    assert not any(n.startswith(bad) for n in x.names("Honor"))
    if "“" in headline:
        assert x.names("Honor") == {"全国公安系统二级英雄模范"}


def test_over_reach_of_the_sessions_honour_rules(extract):
    # a person's title naming 集体 is kept; a qualification certificate is no honour (second breaker)
    x = extract("青川县公安局民警柯远舟被评为“全省集体林权制度改革先进个人”。辅警柯远帆获得助理社会工作者职业资格证书。")
    assert x.rels("received") == {("柯远舟", "received", "全省集体林权制度改革先进个人")}


def test_shoudao_and_the_body_that_gives_the_award(extract):
    # 甲、乙等5名辅警受到通报表扬; 某大队受到公安部通报表扬: the award, its conferrer the body (second breaker)
    x = extract("柯远舟、柯远帆等5名辅警受到通报表扬。青川县公安局刑侦大队受到公安部通报表扬。柯远航受到党内警告处分。")
    assert x.rels("received") == {("柯远舟", "received", "通报表扬"), ("柯远帆", "received", "通报表扬"),
                                  ("青川县公安局刑侦大队", "received", "通报表扬")}
    assert any(st.qualifiers.conferrer is not None and "公安部" in [m.name for m in st.qualifiers.conferrer]
               for st in x.statements_of("received", "通报表扬"))


def test_praise_closing_a_decision_goes_to_every_recipient_and_every_row(extract):
    # 授予甲等N个集体…称号，授予乙等N名同志…称号，并予以通报表扬: the praise is the decision's, for
    # the collectives and the persons alike, and for the rows listed under each category
    x = extract("关于表彰的通报\n\n经研究，决定授予青川县司法局东城司法所等2个集体“全市社区矫正工作先进集体”称号，"
                "授予柯远舟等2名同志“全市社区矫正工作先进个人”称号，并予以通报表扬。\n\n"
                "一、先进集体（2个）\n青川县司法局东城司法所\n青川县司法局西城司法所\n\n"
                "二、先进个人（2名）\n1. 柯远舟　青川县司法局东城司法所所长\n2. 柯远帆　青川县司法局西城司法所副所长\n")
    got = x.rels("received")
    for who in ("青川县司法局东城司法所", "青川县司法局西城司法所", "柯远舟", "柯远帆"):
        assert (who, "received", "通报表扬") in got, who
    assert ("青川县司法局西城司法所", "received", "全市社区矫正工作先进集体") in got
    assert ("柯远帆", "received", "全市社区矫正工作先进个人") in got
    assert ("青川县司法局西城司法所", "received", "全市社区矫正工作先进个人") not in got


def test_a_quality_title_ends_with_the_longest_role(extract):
    # 模范 + a role: 狱警 ends inside 监狱警察, the longer role ends the title
    x = extract("江城监狱民警柯远舟获评全国模范监狱警察、全国优秀人民警察。")
    assert {"全国模范监狱警察", "全国优秀人民警察"} <= x.names(HONOR)
    assert "全国模范监狱警" not in x.names(HONOR)


@pytest.mark.parametrize("sentence,title", [
    ("江城监狱民警柯远舟荣获第二十五届“中国青年五四奖章”。", "中国青年五四奖章"),
    ("青川县公安局刑侦大队获评2023年度全省公安机关先进集体。", "全省公安机关先进集体"),
])
def test_the_edition_or_year_before_a_title_is_no_part_of_it(extract, sentence, title):
    assert extract(sentence).names(HONOR) == {title}


def test_the_year_before_an_unquoted_title_is_the_statements_year(extract):
    x = extract("青川县公安局刑侦大队获评2023年度全省公安机关先进集体。")
    st = next(st for st in x.statements if st.predicate == "received")
    assert st.qualifiers.year == 2023


def test_an_honour_clause_describing_a_name_gives_the_honour_to_that_name(extract):
    x = extract("青川县公安局局长柯远帆向荣立个人二等功的民警柯远舟表示祝贺。")
    got = x.rels("received")
    assert ("柯远舟", "received", "个人二等功") in got
    assert ("柯远帆", "received", "个人二等功") not in got


DECISION_TABLE = ("关于命名表彰2024年度全市“十佳政法干警”的决定\n\n"
                  "经研究，决定命名柯远舟等2名同志为2024年度全市“十佳政法干警”，予以通报表彰。\n\n"
                  "2024年度全市“十佳政法干警”名单\n\n"
                  "| 序号 | 姓名 | 性别 | 单位及职务 |\n|---|---|---|---|\n"
                  "| 1 | 柯远舟 | 男 | 青川县公安局城关派出所所长 |\n"
                  "| 2 | 柯　帆 | 女 | 青川县公安局网络安全保卫大队副大队长（主持工作） |\n")


def test_naming_decision_with_a_markdown_table_in_a_plain_text(extract):
    # 命名<recipients>为<year><region>“<title>”; the table is Markdown pasted into a .txt file;
    # 命名表彰 in the headline names no honour of its own
    x = extract(DECISION_TABLE)
    assert x.names(HONOR) == {"十佳政法干警"}
    got = x.rels("received")
    assert ("柯远舟", "received", "十佳政法干警") in got and ("柯帆", "received", "十佳政法干警") in got
    assert ("柯帆", "position", "副大队长") in x.rels("position")  # (主持工作): a note on the post
    assert "柯　帆" not in x.names(PERSON) and "柯 帆" not in x.names(PERSON)


def test_naming_a_unit_as_a_quoted_title(extract):
    x = extract("公安部命名青川县公安局城关派出所为“全国优秀公安基层单位”，并记集体一等功。")
    assert ("青川县公安局城关派出所", "received", "全国优秀公安基层单位") in x.rels("received")


def test_a_name_given_to_a_room_is_no_honour(extract):
    x = extract("青川县公安局以民警柯远舟的名字命名“远舟调解室”。")
    assert not x.names(HONOR)


def test_a_proposed_honour_is_named_and_received_by_no_one(extract):
    x = extract("拟荣立个人一等功的民警柯远舟名单已公示。")
    assert x.names(HONOR) == {"个人一等功"} and not x.rels("received")


def test_rows_of_a_name_a_wide_gap_and_details_each_receive_the_heading(extract):
    # rows with commas (男，汉族，…) and no closing punctuation are whole lines, not one wrapped sentence
    x = extract("关于表彰见义勇为英雄的决定\n\n授予柯远舟等2名同志“江城省见义勇为英雄”称号。\n\n附件\n\n"
                "一、江城省见义勇为英雄（2名）\n柯远舟　　男，汉族，青川县公安局城关派出所二级警长\n"
                "柯远帆　　女，满族，青川县城关镇个体工商户\n")
    got = x.rels("received")
    assert ("柯远舟", "received", "江城省见义勇为英雄") in got and ("柯远帆", "received", "江城省见义勇为英雄") in got
    assert ("柯远舟", "belongsTo", "青川县公安局城关派出所") in x.rels("belongsTo")
    assert not any(s == "柯远帆" for s, _, _ in x.rels("belongsTo"))


def test_a_generic_list_heading_names_the_full_title_conferred_before(extract):
    # 先进个人名单： after 授予…“全省…先进个人”称号: the rows receive the full title, no generic 先进个人
    x = extract("青川县公安局关于表彰先进的决定\n\n"
                "青川县公安局决定，授予柯家派出所民警柯远舟等8名同志“全县公安机关禁毒工作先进个人”称号。\n\n"
                "先进个人名单：\n"
                "柯远舟　青川县公安局柯家派出所民警\n"
                "林晓岚（女）　青川县公安局禁毒大队副大队长\n")
    got = {(p, o) for p, _, o in x.rels("received")}
    assert ("林晓岚", "全县公安机关禁毒工作先进个人") in got
    assert "先进个人" not in {o for _, o in got}


def test_a_demonstrative_subject_of_a_passive_honour_is_the_person_named_before(extract):
    x = extract("“戒毒先戒心。”柯远帆说。这位从警23年的女大队长，2022年被全国妇联授予“全国三八红旗手”称号。")
    assert ("柯远帆", "received", "全国三八红旗手") in x.rels("received")


@pytest.mark.parametrize("sentence", [
    "柯远舟感慨地说，妻子也曾被评为全国三八红旗手。",
    "柯远舟介绍，该所辅警荣立个人三等功。",
    "民警柯远帆被评为先进个人，其徒弟荣立二等功。",
])
def test_a_clause_with_a_subject_of_its_own_gives_no_honour_to_the_person_before(extract, sentence):
    got = {o for _, _, o in extract(sentence).rels("received")}
    assert not got & {"全国三八红旗手", "个人三等功", "二等功"}


@pytest.mark.parametrize("sentence,title", [
    ("民警柯远帆从警20年，其间3次荣立个人三等功。", "个人三等功"),
    ("民警柯远帆被评为先进个人，并荣立二等功。", "二等功"),
])
def test_a_clause_without_a_subject_still_gives_the_honour_to_the_person_before(extract, sentence, title):
    assert ("柯远帆", "received", title) in extract(sentence).rels("received")


def test_a_unit_anaphor_opening_the_clause_is_no_subject_of_its_own(extract):
    x = extract("青川监狱五监区创新教育改造方式，近3年刑释人员重新犯罪率为零，该监区2024年被司法部评为“全国监狱工作先进集体”。")
    assert ("青川监狱五监区", "received", "全国监狱工作先进集体") in x.rels("received")


@pytest.mark.parametrize("sentence,receivers", [
    ("近日，江城市公安局民警柯远舟，青川县公安局民警柯远帆被授予“全国优秀人民警察”称号。", {"柯远舟", "柯远帆"}),
    ("5月10日，江城市公安局刑侦支队，青川县公安局特警大队被授予“全国公安机关先进集体”称号。",
     {"江城市公安局刑侦支队", "青川县公安局特警大队"}),
])
def test_a_time_opening_the_sentence_is_no_item_of_the_list_of_receivers(extract, sentence, receivers):
    assert {p for p, _, _ in extract(sentence).rels("received")} == receivers


def test_a_possessor_is_not_the_subject_of_the_honour_verb(extract):
    assert not extract("柯远舟的妻子也曾被评为全国三八红旗手。").rels("received")


@pytest.mark.parametrize("sentence,title", [
    ("民警柯远帆从警20年，2019年度被评为“全省优秀人民警察”。", "全省优秀人民警察"),
    ("民警柯远帆从警20年，疫情期间被评为“全省公安机关抗疫先进个人”。", "全省公安机关抗疫先进个人"),
    ("民警柯远帆扎根基层20年，工作中多次荣立个人三等功。", "个人三等功"),
])
def test_a_circumstance_or_a_time_is_no_subject_of_its_own(extract, sentence, title):
    assert ("柯远帆", "received", title) in extract(sentence).rels("received")


@pytest.mark.parametrize("sentence", [
    "民警柯远帆介绍，他的妻子也曾被评为“全国三八红旗手”。",
    "民警柯远舟将走失老人送回家中。这位82岁的老人，1998年被国务院授予“全国劳动模范”称号。",
])
def test_an_honour_of_someone_the_person_speaks_of_is_not_theirs(extract, sentence):
    assert not extract(sentence).rels("received")


def test_a_generic_list_heading_ignores_a_title_named_as_background(extract):
    x = extract("青川县公安局关于表彰先进的决定\n\n"
                "青川县公安局决定，授予柯远舟等2名同志“全县禁毒工作先进个人”称号。柯远舟同志去年还被评为“全省见义勇为先进个人”。\n\n"
                "先进个人名单：\n"
                "柯远舟　青川县公安局柯家派出所民警\n"
                "林晓岚（女）　青川县公安局禁毒大队副大队长\n")
    got = {o for p, _, o in x.rels("received") if p == "林晓岚"}
    assert got == {"全县禁毒工作先进个人"}


def test_a_list_of_units_after_a_dateline_all_receive(extract):
    x = extract("本报讯 青川县公安局城关派出所、江城市公安局青柳分局荣立集体二等功。")
    assert {s for s, _, _ in x.rels("received")} == {"青川县公安局城关派出所", "江城市公安局青柳分局"}


def test_a_list_of_units_named_by_a_conferrer_all_receive(extract):
    x = extract("青川县公安局城关派出所、江城市公安局青柳分局被公安部命名为“全国优秀公安基层单位”。")
    assert {s for s, _, _ in x.rels("received")} == {"青川县公安局城关派出所", "江城市公安局青柳分局"}


def test_a_relative_clause_of_an_honour_describes_the_person_after_his_unit(extract):
    # the presenter before 向 is no recipient
    x = extract("柯德明向荣获“全国优秀人民警察”称号的刑侦大队民警柯远舟颁发了奖章。")
    assert x.rels("received") == {("柯远舟", "received", "全国优秀人民警察")}


def test_a_described_pronoun_receives_for_the_person_named_before(extract):
    x = extract("青川县公安局民警柯远舟工作认真。38岁的他被评为“江城市优秀人民警察”。")
    assert ("柯远舟", "received", "江城市优秀人民警察") in x.rels("received")


def test_for_whom_after_a_relative_clause(extract):
    x = extract("四川省公安厅日前为在抗洪抢险中牺牲的青川县公安局民警柯远舟追记个人一等功。")
    assert ("柯远舟", "received", "个人一等功") in x.rels("received")


def test_a_joined_clause_confers_on_the_objects_of_the_clause_before(extract):
    x = extract("对青川县公安局民警柯远舟、林晓岚给予通报表彰，并授予“抗震救灾先进个人”称号。")
    assert {r for r, _, h in x.rels("received") if h == "抗震救灾先进个人"} == {"柯远舟", "林晓岚"}


def test_counted_persons_are_no_person(extract):
    x = extract("辅警柯远舟、林晓岚在巡逻途中发现险情。青柳分局为两人记嘉奖一次。")
    assert "两人" not in x.names("Person")


def test_rows_with_résumés_under_an_honours_heading_receive_it(extract):
    x = extract("获奖名单\n\n全国优秀人民警察：\n柯远舟（男，汉族，1978年10月生，江苏省苏州市公安局姑苏分局平江派出所副所长）\n"
                "林晓岚（女，汉族，乌鲁木齐市公安局天山区分局民警）\n")
    assert {r for r, _, h in x.rels("received")} == {"柯远舟", "林晓岚"}


def test_a_counted_subject_receives_for_the_persons_named_before(extract):
    x = extract("民警柯远舟扎根社区十二年；民警林晓岚破获一起跨省网络赌博案；所长柯远帆组织疏散群众三百余人，三人均被记个人三等功。")
    assert {r for r, _, h in x.rels("received")} == {"柯远舟", "林晓岚", "柯远帆"}


@pytest.mark.parametrize("sentence, recipients", [
    ("本报讯 近日，青川县公安局刑侦大队、青川县公安局禁毒大队荣立集体二等功。", {"青川县公安局刑侦大队", "青川县公安局禁毒大队"}),
    ("青川县公安局刑侦大队和青川县公安局禁毒大队荣立集体二等功。", {"青川县公安局刑侦大队", "青川县公安局禁毒大队"}),
    ("江城市公安局对青川县公安局刑侦大队给予通报表彰，并授予“优秀公安基层单位”称号。", {"青川县公安局刑侦大队"}),
    ("江城市公安局对青川县公安局刑侦大队、青川县公安局禁毒大队给予通报表彰，并分别授予“优秀公安基层单位”称号。",
     {"青川县公安局刑侦大队", "青川县公安局禁毒大队"}),
    ("江城市公安局对青川县公安局民警柯远舟、林晓岚给予通报表彰，并授予他们“优秀人民警察”称号。", {"柯远舟", "林晓岚"}),
    ("会上，局长柯德明向荣获“全国优秀人民警察”称号的民警柯远舟、林晓岚颁发奖章。", {"柯远舟", "林晓岚"}),
])
def test_more_recipients_of_one_honour(extract, sentence, recipients):
    assert {r for r, _, _ in extract(sentence).rels("received")} == recipients


def test_a_described_pronoun_is_the_previous_sentences_subject(extract):
    x = extract("本报讯 柯远舟是青川县公安局城关派出所的一名社区民警，从警15年，多次受到所长林晓岚的表扬。"
                "38岁的他去年被评为“全省优秀人民警察”。")
    assert {r for r, _, _ in x.rels("received")} == {"柯远舟"}


def test_rows_under_a_heading_of_who_received_it(extract):
    x = extract("江城市公安局表彰决定\n\n经研究决定，对柯远舟等2名同志记个人二等功。\n\n二、记个人二等功的同志（2名）\n\n"
                "1．柯远舟（男，汉族，青川县公安局城关派出所所长）\n2．林晓岚（女，藏族，江城市公安局刑侦支队副支队长）\n")
    assert {r for r, _, h in x.rels("received") if h == "个人二等功"} == {"柯远舟", "林晓岚"}


def test_a_name_named_before_then_a_word_receives(extract):
    x = extract("边城派出所社区民警龙正勋在渡口值守。派出所教导员柯远帆告诉记者，龙正勋多年来先后荣立个人三等功两次。")
    assert {r for r, _, _ in x.rels("received")} == {"龙正勋"}


def test_a_counted_subject_opening_the_next_sentence(extract):
    x = extract("民警柯远舟扎根社区十二年；民警林晓岚破获一起网络赌博案；所长柯远帆组织疏散群众。三人均被记个人三等功。")
    assert {r for r, _, _ in x.rels("received")} == {"柯远舟", "林晓岚", "柯远帆"}


def test_a_count_smaller_than_the_names_receives_nothing(extract):
    x = extract("民警柯远舟扎根社区；民警林晓岚破获赌博案；所长柯远帆组织疏散群众，两人被记个人三等功，另一人获嘉奖。")
    assert not x.rels("received")


@pytest.mark.parametrize("grant", ["授予其所在的城关派出所", "授予柯远舟所在的城关派出所", "授予其所在单位城关派出所"])
def test_the_unit_a_person_serves_in_receives(extract, grant):
    x = extract(f"柯远舟是青川县公安局城关派出所民警。青川县人民政府{grant}“人民满意派出所”称号。")
    assert {r for r, _, _ in x.rels("received")} == {"青川县公安局城关派出所"}


def test_a_name_ending_in_rong_before_ji_in_the_dui_frame_keeps_it(extract):
    x = extract("对江城市公安局刑侦支队副支队长柯光荣记个人二等功。")
    assert x.rels("received") == {("柯光荣", "received", "个人二等功")}


def test_a_place_then_a_verb_opens_no_title_before_a_name(extract):
    x = extract("11月29日，四川省召开新任职干部集体廉政谈话会。")
    assert not x.names(HONOR) and not x.names(PERSON)


@pytest.mark.parametrize("opener", ["事后，", "8月2日，"])
def test_a_counted_subject_after_an_opener_is_the_previous_sentences_persons(extract, opener):
    x = extract(f"民警柯远舟、林晓岚跳入河中救起一名落水儿童。{opener}两人均被记个人三等功。")
    assert {r for r, _, _ in x.rels("received")} == {"柯远舟", "林晓岚"}


@pytest.mark.parametrize("opener", ["会上，", "去年以来，"])
def test_a_list_of_units_after_an_occasion_opening_the_sentence(extract, opener):
    x = extract(f"{opener}青川县公安局刑侦大队、青川县公安局城关派出所被授予“全市公安机关先进集体”称号。")
    assert {r for r, _, _ in x.rels("received")} == {"青川县公安局刑侦大队", "青川县公安局城关派出所"}


def test_an_unquoted_title_before_rongyu_chenghao_is_the_quoted_ones(extract):
    x = extract("民警柯远舟被人社部、公安部授予全国优秀人民警察荣誉称号。")
    assert x.rels("received") == {("柯远舟", "received", "全国优秀人民警察")}
    assert "人力资源和社会保障部" in x.names(ORGANIZATION)


def test_a_numbered_decision_naming_its_recipient_is_no_heading(extract):
    x = extract("四、追记青川县公安局城关派出所原副所长柯远舟个人一等功。")
    assert x.names(HONOR) == {"个人一等功"} and x.rels("received") == {("柯远舟", "received", "个人一等功")}


def test_others_counted_after_an_opener_are_not_the_previous_sentences_persons(extract):
    x = extract("青川县公安局召开表彰大会。局长柯远舟、政委林晓岚出席大会。会上，两名民警被记个人一等功，五名民警被记个人三等功。")
    assert not x.rels("received")


def test_a_place_led_title_with_a_verb_and_a_word_of_praise_before_a_name(extract):
    x = extract("四川省扫黑除恶专项斗争先进个人柯远舟，是青川县公安局刑侦大队大队长。")
    assert ("柯远舟", "received", "四川省扫黑除恶专项斗争先进个人") in x.rels("received")


@pytest.mark.parametrize("sentence", ["衢州市公安局对两人给予通报嘉奖，并授予“见义勇为好民警”称号。",
                                      "衢州市公安局决定授予两人“见义勇为好民警”称号。"])
def test_a_counted_object_is_the_previous_sentences_persons(extract, sentence):
    x = extract("民警柯远舟、林晓岚跳入河中救起一名落水儿童。" + sentence)
    assert {r for r, _, h in x.rels("received") if h == "见义勇为好民警"} == {"柯远舟", "林晓岚"}


def test_a_title_after_a_preposition_before_a_name(extract):
    x = extract("这间工作室于去年挂牌，以全国公安机关爱民模范高飞的名字命名。")
    assert ("高飞", "received", "全国公安机关爱民模范") in x.rels("received")
    assert "范高飞" not in x.names("Person")


def test_he_himself_after_a_units_honour_is_the_person_named_before(extract):
    x = extract("青川县公安局乔庄派出所所长柯建文带领全所民警扎根基层。该所先后被评为“全国优秀公安基层单位”，"
                "他本人也被授予“全国优秀人民警察”称号。")
    got = x.rels("received")
    assert ("柯建文", "received", "全国优秀人民警察") in got
    assert ("青川县公安局乔庄派出所", "received", "全国优秀人民警察") not in got


def test_unquoted_titles_listed_before_deng_rongyu(extract):
    x = extract("青川县公安局先后获得全国优秀公安局、全省公安机关执法规范化建设示范单位等荣誉。")
    assert {("青川县公安局", "received", "全国优秀公安局"),
            ("青川县公安局", "received", "全省公安机关执法规范化建设示范单位")} <= x.rels("received")


def test_a_line_opening_with_the_verb_and_title_lists_its_recipients_after_the_colon(extract):
    x = extract("记个人三等功：柯立新（广元市公安局利州分局民警）、林宇（广元市公安局昭化分局副所长）。")
    assert {("柯立新", "received", "个人三等功"), ("林宇", "received", "个人三等功")} <= x.rels("received")
    y = extract("记集体三等功：广元市公安局利州分局刑侦大队、广元市公安局昭化分局元坝派出所。")
    assert {a for a, _, _ in y.rels("received")} == {"广元市公安局利州分局刑侦大队", "广元市公安局昭化分局元坝派出所"}


def test_a_titled_lists_region_lines_of_units_each_receive(extract):
    x = extract("近日，21个派出所被命名为“四川省枫桥式公安派出所”。\n\n附：首批“四川省枫桥式公安派出所”名单（部分）\n\n"
                "广元市：青川县公安局乔庄派出所、剑阁县公安局普安派出所\n绵阳市：江油市公安局中坝派出所\n")
    got = {a for a, _, t in x.rels("received") if t == "四川省枫桥式公安派出所"}
    assert got == {"青川县公安局乔庄派出所", "剑阁县公安局普安派出所", "江油市公安局中坝派出所"}


@pytest.mark.parametrize("sentence, holders", [
    ("同获集体三等功的还有青川县消防救援大队和广元市消防救援支队水域救援专业队。",
     {"青川县消防救援大队", "广元市消防救援支队水域救援专业队"}),
    ("荣立个人二等功的有：广元市公安局利州分局民警柯立新，昭化分局副所长林宇。", {"柯立新", "林宇"}),
])
def test_holders_listed_after_de_you(extract, sentence, holders):
    assert {a for a, _, _ in extract(sentence).rels("received")} == holders


def test_a_table_cell_of_a_heroism_title(extract):
    x = extract("附件：名单\n\n| 序号 | 姓名 | 单位 | 称号 |\n|---|---|---|---|\n"
                "| 1 | 柯远舟 | 青川县消防救援大队消防员 | 广元市见义勇为先进分子 |\n")
    assert ("柯远舟", "received", "广元市见义勇为先进分子") in x.rels("received")


@pytest.mark.parametrize("sentence", [
    "青川县人民法院先后获得最高人民法院、四川省高级人民法院授予的全国法院先进集体、全省优秀法院等荣誉。",
    "青川县公安局先后获得省委省政府、公安部表彰等荣誉。",
])
def test_a_list_before_deng_rongyu_holding_bodies_is_no_list_of_titles(extract, sentence):
    honours = extract(sentence).names("Honor")
    assert not {"最高人民法院", "省委省政府", "公安部表彰"} & honours


def test_he_himself_is_never_a_person_named_after_him(extract):
    x = extract("青川县公安局乔庄派出所所长柯建文带领全所民警扎根基层。该所荣立集体一等功，他本人荣立个人二等功，"
                "民警林晓岚荣立个人三等功。")
    got = x.rels("received")
    assert ("柯建文", "received", "个人二等功") in got and ("林晓岚", "received", "个人二等功") not in got


@pytest.mark.parametrize("sentence", [
    "经研究，撤销青川县公安局乔庄派出所“全国优秀公安基层单位”称号，收回奖牌和证书。",
    "经研究，决定撤销民警柯远舟荣获的“全国优秀人民警察”称号。",
])
def test_a_revoked_honour_is_not_received(extract, sentence):
    assert not {r for r in extract(sentence).rels() if r[1] == "received"}


def test_a_joined_clause_with_its_own_to_whom_phrase_honours_its_own_object(extract):
    x = extract("局党委对民警柯远舟提出表扬，并对民警林晓岚予以通报嘉奖。")
    assert {r for r in x.rels() if r[1] == "received"} == {("林晓岚", "received", "通报嘉奖")}


def test_an_honour_in_a_resume_goes_to_its_person_not_the_units_served(extract):
    x = extract("任免名单\n\n柯远舟，女，1983年生，四川青川人，大学学历。曾在青川县人民法院立案庭工作，"
                "2024年被四川省高级人民法院评为“全省法院办案标兵”。")
    got = {r for r in x.rels() if r[1] == "received"}
    assert got == {("柯远舟", "received", "全省法院办案标兵")}


def test_a_resume_in_another_paragraph_gives_no_subject(extract):
    x = extract("任免名单\n\n柯远舟，女，1983年生，四川青川人。\n\n曾在青川县人民法院立案庭工作的同志，"
                "被四川省高级人民法院评为“全省法院办案标兵”。")
    assert ("柯远舟", "received", "全省法院办案标兵") not in x.rels()


@pytest.mark.parametrize("sentence, holder, title", [
    ("法官柯远舟带领团队收回执行款2000余万元被评为“全市执行标兵”。", "柯远舟", "全市执行标兵"),
    ("民警柯远舟协助撤销1200余个虚假户口荣立个人三等功。", "柯远舟", "个人三等功"),
])
def test_taking_back_something_else_is_no_revoked_honour(extract, sentence, holder, title):
    assert (holder, "received", title) in extract(sentence).rels()


def test_a_unit_subject_in_a_resume_sentence_keeps_its_honour(extract):
    x = extract("任免名单\n\n柯远舟，女，1982年生，现任青川县人民法院立案庭庭长。曾任青川县人民法院书记员，"
                "2019年青川县人民法院被授予“全国优秀法院”称号。")
    assert ("青川县人民法院", "received", "全国优秀法院") in x.rels()
    assert ("柯远舟", "received", "全国优秀法院") not in x.rels()


def test_honours_in_general_before_rongyu_chenghao_are_no_title(extract):
    x = extract("青川县公安局刑警大队多次获得上级表彰和荣誉称号。")
    assert x.names("Honor") == set() and not x.rels("received")


@pytest.mark.parametrize("title", ["全国工人先锋号", "全国五一劳动奖状"])
def test_a_units_labour_honour_unquoted_is_read(extract, title):
    x = extract(f"青川县公安局刑警大队荣获{title}。")
    assert ("青川县公安局刑警大队", "received", title) in x.rels("received")


@pytest.mark.parametrize("title", ["全国优秀公安派出所", "全省优秀刑警大队", "全国优秀交警中队", "全省先进派出所"])
def test_praise_and_the_kind_of_unit_honoured_end_an_unquoted_title(extract, title):
    x = extract(f"青川县公安局城关派出所被评为{title}。")
    assert ("青川县公安局城关派出所", "received", title) in x.rels("received")


@pytest.mark.parametrize("recipient,written,title", [
    ("", "全国公安机关“减负增效”先进集体荣誉称号", "全国公安机关减负增效先进集体"),
    ("民警柯远舟", "第十届“全国119消防奖”先进个人", "全国119消防奖先进个人")])
def test_a_title_with_a_quoted_middle_is_read_whole(extract, recipient, written, title):
    x = extract(f"青川县公安局城关派出所{recipient}获得{written}。")
    who = recipient[2:] or "青川县公安局城关派出所"
    assert (who, "received", title) in {(s, p, re.sub("[“”]", "", o)) for s, p, o in x.rels("received")}
    assert x.names(PERSON) == ({who} if recipient else set())


def test_rows_grouped_under_a_bureau_heading_receive_the_sections_honour(extract):
    x = extract("表彰通报\n\n六、记个人三等功（3名）\n\n青川县公安局：\n柯远舟，乔庄派出所副所长；\n"
                "柯远帆，刑事侦查大队民警。\n\n广元市公安局：\n齐明远，利州分局东坝派出所所长。\n")
    assert {(n, "received", "个人三等功") for n in ("柯远舟", "柯远帆", "齐明远")} <= x.rels("received")


def test_a_labelled_line_without_a_verb_gives_its_title_to_the_items(extract):
    x = extract("表彰名单\n\n经研究，决定予以表彰。\n先进集体：青川县公安局乔庄派出所、刑侦大队\n"
                "先进个人：柯远舟（乔庄派出所）、石晓峰（刑侦大队）\n")
    assert {("青川县公安局乔庄派出所", "received", "先进集体"), ("青川县公安局刑侦大队", "received", "先进集体"),
            ("柯远舟", "received", "先进个人"), ("石晓峰", "received", "先进个人")} <= x.rels("received")


def test_rows_of_names_no_dictionary_knows_under_group_headings_each_receive(extract):
    x = extract("表彰通报\n\n六、记个人三等功（4名）\n\n青川县公安局：\n卯远舟，乔庄派出所副所长；\n"
                "贠远帆，刑事侦查大队民警。\n\n广元市公安局：\n旦增加，利州分局东坝派出所所长；\n马哈迪布，利州分局治安大队民警。\n")
    assert {(n, "received", "个人三等功") for n in ("卯远舟", "贠远帆", "旦增加", "马哈迪布")} <= x.rels("received")
    assert ("旦增加", "belongsTo", "广元市公安局利州分局东坝派出所") in x.rels("belongsTo")


def test_a_long_paragraph_of_bracketed_rows_cut_into_pieces_still_receives(extract):
    rows = "、".join(f"柯远{c}（青川县公安局乔庄派出所）" for c in "舟帆航明亮辉军峰涛强伟林森岚波涌川江河湖")
    x = extract(f"表彰通报\n\n七、嘉奖（20名）\n\n{rows}。\n")
    assert len([r for r in x.rels("received") if r[2] == "嘉奖"]) == 20


def test_a_title_in_quotes_before_de_chenghao_has_no_tail(extract):
    x = extract("青川县城关镇居民柯远舟荣获“青川好人”的称号。")
    assert not any("的" in n for n in x.names(HONOR))


def test_a_clause_after_a_semicolon_that_is_no_row_receives_nothing(extract):
    x = extract("记个人三等功：柯远舟，青川县公安局刑侦大队大队长；柯远帆同志负责材料整理。")
    assert ("柯远帆", "received", "个人三等功") not in x.rels("received")
    assert ("柯远舟", "received", "个人三等功") in x.rels("received")


def test_short_unit_forms_in_bracketed_rows_are_no_persons(extract):
    x = extract("表彰通报\n\n七、嘉奖（2个）\n\n城关所（青川县公安局城关派出所）、刑警队（青川县公安局刑警大队）。\n")
    assert not x.names(PERSON)


@pytest.mark.parametrize("role", ["共产党员", "退役军人"])
def test_an_identity_listed_after_a_role_is_no_honour_and_keeps_the_unit(extract, role):
    x = extract(f"青川县公安局乔庄派出所民警、{role}柯远舟说。")
    assert not x.names(HONOR)
    assert ("柯远舟", "belongsTo", "青川县公安局乔庄派出所") in x.rels("belongsTo")


def test_merit_awards_run_on_are_two_honours(extract):
    # 分别荣立一等功二等功 (a headline writes no 、): two awards, each received, never one 一等功二等功 (user 9 F5)
    x = extract("青川公安两民警分别荣立一等功二等功\n\n柯远舟、林晓岚分别荣立个人一等功个人二等功。\n")
    assert {"一等功", "二等功", "个人一等功", "个人二等功"} == x.names("Honor")
    assert {("柯远舟", "received", "个人一等功"), ("林晓岚", "received", "个人二等功")} <= x.rels("received")


def test_a_part_after_a_semicolon_has_its_own_recipient(extract):
    # 甲…，被记个人三等功；乙…救出2名群众，被记个人三等功，并被授予“…”: the second part's awards are 乙's, not the
    # sentence's first recipient's (held-out set 81 after its first run; unseen: 15 such lines)
    x = extract("标题\n\n青川县公安局刑侦大队大队长柯远舟带队侦破一起命案积案，被记个人三等功；青川县公安局交警大队民警柯远帆"
                "在一起车辆落水事故中救出2名群众，被记个人三等功，并被授予“广元市优秀人民警察”称号。\n")
    assert x.rels("received") == {("柯远舟", "received", "个人三等功"), ("柯远帆", "received", "个人三等功"),
                                  ("柯远帆", "received", "广元市优秀人民警察")}
