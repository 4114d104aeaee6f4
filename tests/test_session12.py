"""Recall on articles nobody had read (sets 98–101 of the invented corpus, new users' reports): small
invented sentences for each rule added after their first runs."""
from __future__ import annotations


def test_a_province_court_written_short_is_its_high_court(extract):
    # 省法院 (bare_agencies.tsv 法院, seat province): the province's 高级人民法院, with its division
    x = extract("标题\n\n四川省高级人民法院召开新闻发布会。省法院民事审判第三庭庭长柯远舟回答记者提问。\n")
    assert ("四川省高级人民法院民事审判第三庭", "belongsTo", "四川省高级人民法院") in x.rels()
    assert ("柯远舟", "belongsTo", "四川省高级人民法院民事审判第三庭") in x.rels()


def test_a_city_court_written_short_is_the_court_of_the_city_s_level(extract):
    # 市法院 in an article of a prefecture-level city is its 中级人民法院 (there is no 广元市人民法院);
    # in one of a county-level city, that city's 人民法院 (bare_agencies.tsv seat)
    x = extract("标题\n\n广元市召开政法工作会议。市法院副院长柯远舟通报了情况。\n")
    assert ("柯远舟", "belongsTo", "广元市中级人民法院") in x.rels()
    assert "广元市人民法院" not in x.names("Organization")
    x = extract("标题\n\n江油市召开政法工作会议。市法院副院长柯远舟通报了情况。\n")
    assert ("柯远舟", "belongsTo", "江油市人民法院") in x.rels()


def test_sections_listed_after_fenguan_are_the_holder_s_unit_s(extract):
    # 副检察长某某分管第三检察部和政治部 (rules.IN_CHARGE_VERBS): sections of the holder's unit, also in a
    # later sentence with no unit written (副检察长 heads a 检察院, titles.tsv); not the party group's
    x = extract("标题\n\n青川县人民检察院党组书记、检察长柯远舟主持全面工作，分管政治部和案件管理办公室。"
                "党组成员、副检察长罗晓东分管第三检察部、第五检察部。案件管理办公室副主任柯振宇负责流程监控。\n")
    rels = x.rels("belongsTo")
    for section in ("政治部", "案件管理办公室", "第三检察部"):
        assert ("青川县人民检察院" + section, "belongsTo", "青川县人民检察院") in rels, rels
    assert ("柯振宇", "belongsTo", "青川县人民检察院案件管理办公室") in rels
    assert not any(o.endswith("党组") and s.endswith("部") for s, _, o in rels)
    # 分管刑侦和治安工作, 分管的社区…: no unit word ends an item
    x = extract("标题\n\n青川县公安局副局长柯远舟分管刑侦和治安工作，他分管的社区警务工作成效明显。\n")
    assert x.names("Organization") == {"青川县公安局"}


def test_a_surname_and_a_transliterated_given_name_in_a_list(extract):
    # 副检察长柯玛丽娅、…等: the dictionary's 玛丽娅 (nr) after a surname is one four-character name, so
    # the list of recipients runs on through it (柯玛丽 cut the list, and the earlier names got nothing)
    x = extract("标题\n\n青川县公安局法制大队大队长罗晓东、剑阁县人民检察院副检察长柯玛丽娅、广元市公安局刑侦支队民警"
                "柯振宇等60人被评为“全国侦查监督工作先进个人”。\n")
    assert "柯玛丽娅" in x.names("Person")
    assert {s for s, _, o in x.rels("received")} == {"罗晓东", "柯玛丽娅", "柯振宇"}


def test_a_city_committee_s_zhengfawei_secretary(extract):
    # 某市委政法委书记某某: the 市委's 政法委 is the holder's unit, not the 市委
    x = extract("标题\n\n会上，江油市委政法委书记柯远舟作交流发言。\n")
    assert ("柯远舟", "belongsTo", "江油市委政法委") in x.rels()
    assert ("柯远舟", "belongsTo", "江油市委") not in x.rels()


def test_a_standing_committee_seat_is_named_with_its_committee_s_level(extract):
    # 某市委常委、政法委书记某某: the post as the papers write it, 市委常委 (not 常委 alone)
    x = extract("标题\n\n广元市委常委、政法委书记柯远舟出席会议。四川省委常委罗晓东讲话。\n")
    assert ("柯远舟", "position", "市委常委") in x.rels()
    assert ("罗晓东", "position", "省委常委") in x.rels()
    assert not any(o == "常委" for _, _, o in x.rels("position"))


def test_a_county_after_an_award_verb_is_no_person(extract):
    # 某市公安局嘉奖栾川县公安局…: 栾 is a surname, but 栾川县 is a place read there (a user's headline
    # gave a Person 栾川县 who received 洛阳市公安局嘉奖)
    x = extract("标题\n\n洛阳市公安局嘉奖栾川县公安局城关派出所。\n")
    assert "栾川县" not in x.names("Person")
    assert not any(s == "栾川县" for s, _, _ in x.rels("received"))


def test_a_former_post_written_after_its_unit_is_the_post_ended(extract):
    # 某派出所原所长某某: the post 所长 of that station, ended (not a current post named 原所长)
    x = extract("标题\n\n青川县公安局副局长、乔庄派出所原所长柯远舟出席。\n")
    posts = {(st.object, st.qualifiers.status) for st in x.statements
             if st.predicate == "position" and st.subject.name == "柯远舟"}
    assert ("所长", "ended") in posts and not any(p == "原所长" for p, _ in posts), posts


def test_a_township_stem_after_its_county_is_no_city(extract):
    # 安岳县岳阳司法所: 岳阳 is the stem of 安岳县's 岳阳镇 (townships.tsv), not 岳阳市 of another province
    x = extract("标题\n\n资阳市共有6个司法所获评规范化司法所，其中包括安岳县岳阳司法所。\n")
    assert not any(n.startswith("岳阳") for n in x.names("Place")), x.names("Place")
    assert ("安岳县岳阳司法所", "locatedIn", "安岳县") in x.rels()


def test_a_list_of_recipient_units_after_an_opening_clause(extract):
    # 经某局批准，甲所、乙所和丙大队被记集体三等功: every unit of the list after the opening clause receives
    # (only the last did), and the bare brigade after two stations is their bureau's, not the approver's
    x = extract("标题\n\n会上宣读了表彰决定。经广元市公安局批准，青川县公安局乔庄派出所、青溪派出所、刑事侦查大队"
                "被记集体三等功。\n")
    got = {s for s, _, o in x.rels("received") if o == "集体三等功"}
    assert got == {"青川县公安局乔庄派出所", "青川县公安局青溪派出所", "青川县公安局刑侦大队"}, got


def test_fenguan_sections_go_to_the_unit_whose_kind_holds_them(extract):
    # 县委政法委副书记，县公安局局长某某…分管指挥中心、刑事侦查大队: the bureau's sections (units.tsv: a 大队
    # is a police unit's; 指挥中心, any unit's, of its own kind), named as the chains name them (刑侦大队)
    x = extract("标题\n\n青川县公安局召开会议。县委政法委副书记，县公安局党委书记、局长柯远舟主持全面工作，"
                "分管指挥中心、刑事侦查大队。\n")
    rels = x.rels("belongsTo")
    assert ("青川县公安局指挥中心", "belongsTo", "青川县公安局") in rels, rels
    assert ("青川县公安局刑侦大队", "belongsTo", "青川县公安局") in rels, rels
    assert not any(s.startswith("青川县委政法委") and s != "青川县委政法委" for s, _, _ in rels), rels


def test_a_court_division_named_alone_at_a_clause_start(extract):
    # 行政审判庭推动…，庭长某某表示 (units.tsv: 行政审判庭, 审判监督庭 … need no name): the court's division
    x = extract("标题\n\n广元市中级人民法院发布年度报告。行政审判庭推动行政机关负责人出庭应诉，庭长柯远舟表示，将继续努力。\n")
    assert ("柯远舟", "belongsTo", "广元市中级人民法院行政审判庭") in x.rels()


def test_fenguan_inside_a_word_or_before_a_bare_unit_word_names_no_section(extract):
    # 按划分管辖 (分管 inside 划分管辖), 检查分管派出所 (a unit word alone): no section (regress12 #1, #2)
    x = extract("标题\n\n青川县公安局乔庄派出所召开会议。所长柯远舟说，案件按划分管辖移交了其他派出所。"
                "副局长罗晓东带队检查分管派出所。\n")
    assert x.names("Organization") == {"青川县公安局", "青川县公安局乔庄派出所"}, x.names("Organization")


def test_fenguan_sections_are_the_named_holder_s_and_fit_the_post(extract):
    # 甲局副局长乙、丙局副局长丁出席，丁分管…: 丁's unit; 副检察长 (a 检察院's) with a 县法院 in the clause:
    # the procuratorate read before; 副院长…分管执行局: a court's, not the procuratorate's (regress12 #3, #4)
    x = extract("标题\n\n青川县公安局召开会议。广元市公安局副局长柯远舟、县公安局副局长罗晓东出席，柯远舟分管刑侦支队。\n")
    assert ("广元市公安局刑侦支队", "belongsTo", "广元市公安局") in x.rels(), x.rels("belongsTo")
    x = extract("标题\n\n青川县人民检察院召开会议。县法院副院长柯远舟和副检察长罗晓东出席，罗晓东分管第一检察部、政治部。\n")
    rels = x.rels("belongsTo")
    assert ("青川县人民检察院政治部", "belongsTo", "青川县人民检察院") in rels, rels
    assert not any(s.startswith("青川县人民法院") for s, _, _ in rels), rels
    x = extract("标题\n\n青川县人民法院、青川县人民检察院联合召开会议。副院长柯远舟分管执行局。\n")
    assert ("青川县人民法院执行局", "belongsTo", "青川县人民法院") in x.rels(), x.rels("belongsTo")
    # 县委常委、政法委书记某某分管综治中心: a county body, no section of the 县委 (regress12 #5)
    x = extract("标题\n\n青川县召开会议。县委常委、政法委书记柯远舟分管信访局和综治中心。\n")
    assert not any(s.startswith("青川县委") and s != "青川县委政法委" for s, _, _ in x.rels("belongsTo")), x.rels("belongsTo")


def test_a_post_after_an_unread_bare_court_is_not_carried_to_the_unit_before(extract):
    # 省法院院长甲、市法院院长乙 in an article naming no city: 乙's court is unread, not 省法院 (regress12 #6, #7)
    x = extract("标题\n\n甘肃省召开政法工作会议。省法院院长柯远舟、市法院院长罗晓东出席。\n")
    assert ("柯远舟", "belongsTo", "甘肃省高级人民法院") in x.rels()
    assert not any(s == "罗晓东" for s, _, _ in x.rels("belongsTo")), x.rels("belongsTo")


def test_a_word_ending_in_qian_before_a_post_marks_no_former_post(extract):
    # 日前局长某某, 目前所长某某: 日前/目前 are words, the post is held (regress12 #8)
    x = extract("标题\n\n青川县公安局开展活动。日前局长柯远舟带队检查。\n")
    posts = {(st.object, st.qualifiers.status) for st in x.statements if st.predicate == "position"}
    assert ("局长", None) in posts, posts


def test_a_name_that_is_also_a_place_after_an_award_verb(extract):
    # 嘉奖岳阳同志: 同志 after the place's name marks a person (regress12 #9)
    x = extract("标题\n\n洛阳市公安局嘉奖岳阳同志。\n")
    assert any(s == "岳阳" for s, _, _ in x.rels("received")), x.rels("received")


def test_an_appointment_opened_by_the_meeting(extract):
    # 会议还批准任命某某为…: the meeting opening the clause (persons._APPOINTER)
    x = extract("标题\n\n会议还批准任命柯远舟为广元市利州区人民检察院检察长。\n")
    assert ("柯远舟", "position", "检察长") in x.rels()


def test_a_given_name_that_is_a_noun_starting_with_zheng(extract):
    # 局长海正文: after a post, 正 starting a noun (正文) is a given name's (正在, 正式: adverbs)
    x = extract("标题\n\n青川县公安局局长海正文汇报了公安工作。所长柯正在部署工作。\n")
    assert ("海正文", "position", "局长") in x.rels()
    assert not any(n.startswith("柯正") for n in x.names("Person"))


def test_an_ambiguous_city_short_before_an_agency_when_the_city_is_named(extract):
    # 长治中院 (长治 is also a word: rules.AMBIGUOUS_SHORTS) in an article naming 长治市: the city's 中级人民法院;
    # 长治久安 stays no place
    x = extract("标题\n\n为实现长治久安，长治市召开会议。长治中院院长柯远舟出席。\n")
    assert ("柯远舟", "belongsTo", "长治市中级人民法院") in x.rels(), x.rels("belongsTo")
    x = extract("标题\n\n长治中院院长柯远舟出席。\n")
    assert not x.names("Organization")


def test_a_district_whose_name_opens_with_yuan_keeps_it_in_a_chain(extract):
    # 固原市公安局原州区分局: 原 opens the district's name (GB/T 2260), no former post's mark
    x = extract("标题\n\n宁夏回族自治区固原市公安局原州区分局开城派出所民警柯远舟将被骗款交到老人手中。\n")
    assert "固原市公安局原州区分局" in x.names("Organization"), x.names("Organization")
    assert not any("州区分局" in n and "原州区" not in n for n in x.names("Organization"))


def test_a_named_squad_alone_in_a_story_of_one_brigade(extract):
    # 木鱼中队副中队长某某 in a story of one 大队 (rules.UNIT_HOLDERS: 中队 → 大队): the brigade's squad;
    # with two brigades named, the text does not say whose
    x = extract("标题\n\n青川县公安局交通警察大队开展夜查行动。在木鱼镇路段，木鱼中队副中队长柯远舟查处一起酒驾。\n")
    assert ("木鱼中队", "belongsTo", "青川县公安局交警大队") in x.rels(), x.rels("belongsTo")
    x = extract("标题\n\n青川县公安局交通警察大队与治安管理大队开展夜查行动。木鱼中队副中队长柯远舟查处一起酒驾。\n")
    assert not any(s == "木鱼中队" for s, _, _ in x.rels("belongsTo")), x.rels("belongsTo")


def test_a_unit_given_a_bare_merit_award(extract):
    # 某局决定给予某派出所嘉奖 (a user's feed): the unit written between the verb and the award receives it
    x = extract("标题\n\n广元市公安局决定给予青川县公安局乔庄派出所嘉奖。\n")
    assert ("青川县公安局乔庄派出所", "received", "嘉奖") in x.rels(), x.rels("received")


def test_an_award_written_as_the_verb_between_its_conferrer_and_recipients(extract):
    # 某市公安局嘉奖某县公安局某派出所 (a headline's form, rules.AWARDS_AS_VERBS): the station receives 嘉奖,
    # conferred by the city bureau; 嘉奖某所…的做法 and 嘉奖令 are no award given
    x = extract("标题\n\n广元市公安局嘉奖青川县公安局乔庄派出所和青溪派出所，并号召全局学习。\n")
    got = {(st.subject.name, st.qualifiers.conferrer[0].name if isinstance(st.qualifiers.conferrer, tuple)
            else st.qualifiers.conferrer.name) for st in x.statements if st.predicate == "received"}
    assert got == {("青川县公安局乔庄派出所", "广元市公安局"), ("青川县公安局青溪派出所", "广元市公安局")}, got
    x = extract("标题\n\n广元市公安局嘉奖青川县公安局乔庄派出所的做法值得推广。广元市公安局嘉奖令下发后，民警柯远舟备受鼓舞。\n")
    assert not x.rels("received"), x.rels("received")
