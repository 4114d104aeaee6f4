"""Recall on articles nobody had read (sets 104–109 of the invented corpus, new users' reports): small
invented sentences for each rule added after their first runs."""
from __future__ import annotations


def test_a_given_name_ending_in_he_before_a_predicate(extract):
    # 教导员柯正和在处置…, 副局长柯家和介绍: after a post, 和 before a predicate ends the given name (no
    # second conjunct follows); before a relative clause (和参与救援的群众) it is the conjunction
    x = extract("标题\n\n青川县公安局乔庄派出所教导员柯正和在处置一起纠纷时负伤。县公安局副局长罗家和介绍，"
                "案件已经侦破。\n")
    assert {"柯正和", "罗家和"} <= x.names("Person")
    assert ("罗家和", "position", "副局长") in x.rels()
    x = extract("标题\n\n青川县公安局民警柯远和参与救援的群众一起转移被困人员。\n")
    assert "柯远" in x.names("Person") and "柯远和" not in x.names("Person")


def test_a_section_named_by_a_dictionary_word_tagged_as_a_name(extract):
    # 法律援助科 (jieba's dictionary tags 法律援助 nr): a four-character entry is no person's name, so
    # the section reads inside its chain
    x = extract("标题\n\n青川县司法局法律援助科科长柯远舟说，今年以来受理案件120件。\n")
    assert ("青川县司法局法律援助科", "belongsTo", "青川县司法局") in x.rels()
    assert ("柯远舟", "belongsTo", "青川县司法局法律援助科") in x.rels()


def test_a_unit_told_something_is_no_unit_named_by_the_verb(extract):
    # 并报告派出所 (rules.ADDRESSING_VERBS; jieba tags 报告 a noun): the station the report goes to
    x = extract("标题\n\n青川县公安局加强农村治安工作。青川县公安局要求民警走访群众。护路队员发现有人在铁路桥下放牧，"
                "及时劝离并报告派出所。\n")
    assert not any("报告" in n for n in x.names("Organization")), x.names("Organization")


def test_a_bureau_written_again_without_its_holder(extract):
    # 四川省公安厅机场公安局 …, 机场公安局局长某某: the bureau read before, written by its own name
    x = extract("标题\n\n四川省公安厅机场公安局双流机场派出所民警找到了失主。暑运以来，机场公安局全警上岗。\n\n"
                "机场公安局局长柯远舟介绍，局里划分了网格。\n")
    assert ("柯远舟", "belongsTo", "四川省公安厅机场公安局") in x.rels()
    # 各市公安局: a level's bureaus, not the bureau read before
    x = extract("标题\n\n广元市公安局召开会议。各市公安局主要负责同志参加会议。\n")
    assert [m.name for m in x.mentions if m.text == "市公安局"] == []


def test_a_border_station_s_section_written_alone(extract):
    # 勤务指挥科科长某某 in an article naming one 出入境边防检查站 (rules.SECTION_HOLDERS)
    x = extract("标题\n\n国家移民管理局江城出入境边防检查站全力保障口岸通关。勤务指挥科科长柯远舟每天守在指挥大屏前。\n")
    unit = next(n for n in x.names("Organization") if n.endswith("勤务指挥科"))
    assert (unit, "belongsTo", "国家移民管理局江城出入境边防检查站") in x.rels()
    assert ("柯远舟", "belongsTo", unit) in x.rels()


def test_a_stationed_discipline_group_is_no_section_of_its_host(extract):
    # 驻州公安局、州人民检察院纪检监察组: the group is the commission's, stationed in the 检察院, not
    # one of its sections; 驻市委政法委纪检监察组 written again names no unit 驻市委政法委
    x = extract("标题\n\n广元市召开会议。驻市公安局、市人民检察院纪检监察组要做实日常监督。\n")
    assert not any(s.endswith("纪检监察组") and o.endswith("检察院") for s, _, o in x.rels("belongsTo")), x.rels()


def test_a_dropped_unit_is_no_longer_found_by_its_ending(extract):
    # organizations._earlier_unit keeps an index of the units' endings: a mention dropped since (a chain
    # through 驻 that _stationed_groups takes out) is found no more, and units read after it still are
    from kg.extract.base import Context, load_extractors
    from kg.extract.organizations import _earlier_unit
    from kg.ingest import documents_from_text
    ctx = Context.for_document(documents_from_text("标题\n\n青川县公安局乔庄派出所开展走访。\n", "x.txt")[0])
    for ext in load_extractors():
        ext.run(ctx)
    station = next(m for m in ctx.mentions if m.name.endswith("乔庄派出所"))
    assert _earlier_unit(ctx, "乔庄派出所") is station
    ctx.drop_mention(station)
    assert _earlier_unit(ctx, "乔庄派出所") is None
    assert _earlier_unit(ctx, "县公安局") is not None


def test_a_list_after_an_unquoted_merit_award_heading(extract):
    # 记集体二等功的集体是：甲、乙。记个人二等功的个人是：…: the items after the colon receive the award
    x = extract("标题\n\n广元市公安局通报表扬一批集体和个人。记集体二等功的集体是：青川县公安局刑事侦查大队、"
                "剑阁县公安局禁毒大队。记个人二等功的个人是：青川县公安局治安大队副大队长柯远舟，"
                "剑阁县公安局乔庄派出所所长罗晓东。\n")
    received = x.rels("received")
    assert ("剑阁县公安局禁毒大队", "received", "集体二等功") in received
    assert {("柯远舟", "received", "个人二等功"), ("罗晓东", "received", "个人二等功")} <= received
    assert not any(s.endswith("治安大队") for s, _, _ in received)


def test_a_bare_director_in_a_paragraph_about_one_section(extract):
    # 第三检察部聚焦…。主任某某介绍 (rules.PARAGRAPH_SECTION_HEADS): the section opening the paragraph
    x = extract("标题\n\n今年以来，广元市人民检察院深入推进内设机构改革。\n\n"
                "第一检察部负责审查逮捕工作。第一检察部主任柯远舟介绍，改革后组建了3个办案组。副主任罗晓东牵头的工作组成效明显。\n\n"
                "第三检察部聚焦经济犯罪。主任柯远帆介绍，部门设立了办公室。\n")
    rels = x.rels("belongsTo")
    assert ("罗晓东", "belongsTo", "广元市人民检察院第一检察部") in rels
    assert ("柯远帆", "belongsTo", "广元市人民检察院第三检察部") in rels
    # another unit named in the paragraph before the post: not the opening section's
    x = extract("标题\n\n今年以来，广元市人民检察院深入推进内设机构改革。\n\n"
                "第三检察部聚焦经济犯罪，与广元市中级人民法院定期会商。主任柯远帆介绍，部门设立了办公室。\n")
    assert ("柯远帆", "belongsTo", "广元市人民检察院第三检察部") not in x.rels("belongsTo")


def test_rare_regional_surnames(extract):
    # 仵, 贠 (surnames.tsv): a post, then such a surname and a given name
    x = extract("标题\n\n青川县公安局刑侦大队大队长柯远舟带着探长仵振宇连夜调取监控。\n")
    assert "仵振宇" in x.names("Person")


def test_no_longer_holding_after_an_appointment_in_one_sentence(extract):
    # 某某同志任A，不再担任B职务 (persons._REMOVED_THEIR): the removal is the person's before the comma, ended
    x = extract("标题\n\n柯远舟同志任广元市公安局副局长，不再担任广元市公安局利州分局局长职务。\n")
    ended = {(st.subject.name, st.predicate, st.object if isinstance(st.object, str) else st.object.name)
             for st in x.statements if st.qualifiers is not None and st.qualifiers.status == "ended"}
    assert ("柯远舟", "position", "局长") in ended
    assert ("柯远舟", "belongsTo", "广元市公安局利州分局") in ended
    assert ("柯远舟", "position", "副局长") in x.rels() and ("柯远舟", "position", "副局长") not in ended


def test_a_district_traffic_brigade_written_short_is_the_city_detachment_s(extract):
    # 某市公安局交通警察支队利州大队 …, 利州交警大队大队长某某: that brigade (rules.TRAFFIC_DETACHMENTS), not a
    # 利州区公安局交警大队 nobody wrote
    x = extract("标题\n\n本报讯 近日，四川省广元市公安局交通警察支队利州大队在城区启用智慧路口系统。"
                "利州交警大队大队长柯远舟介绍，系统运行良好。\n")
    rels = x.rels("belongsTo")
    assert ("柯远舟", "belongsTo", "广元市公安局交警支队利州大队") in rels, rels
    assert "利州区公安局交警大队" not in x.names("Organization")


def test_a_headline_s_district_traffic_police_is_the_body_s_brigade(tmp_path):
    # 利州交警 in a headline (利州区公安局交警大队 as composed), the detachment's 利州大队 in the body: one unit
    # (resolve._short_unit_names, _DISTRICT_TRAFFIC_BRIGADES)
    from kg.pipeline import run
    from rdflib import RDF, RDFS
    from kg.namespaces import KG
    g = run(text="广元利州交警启用智慧路口系统\n\n本报讯 近日，四川省广元市公安局交通警察支队利州大队在城区启用"
                 "智慧路口系统。利州交警大队大队长柯远舟介绍，系统运行良好。\n").graph
    labels = {str(o) for s in g.subjects(RDF.type, KG.Organization) for o in g.objects(s, RDFS.label)}
    assert not any(l.endswith("交警大队") and "公安局" in l and "支队" not in l for l in labels), labels


def test_a_counted_batch_named_with_a_title_then_listed(extract):
    # 公安部命名新一批“枫桥式公安派出所”，某市共有3个派出所榜上有名，分别是：…: the listed units receive it
    x = extract("标题\n\n近日，公安部命名新一批“枫桥式公安派出所”，四川省广元市共有3个派出所榜上有名，分别是："
                "广元市公安局利州分局东坝派出所、青川县公安局乔庄派出所、剑阁县公安局普安派出所。\n")
    got = {s for s, p, o in x.rels("received") if o == "枫桥式公安派出所"}
    assert got == {"广元市公安局利州分局东坝派出所", "青川县公安局乔庄派出所", "剑阁县公安局普安派出所"}, got


def test_a_post_in_a_paragraph_opened_by_its_unit(extract):
    # 位于县城的某派出所…。所长某某…: the station opening the paragraph, not the one the article names most
    x = extract("标题\n\n青川县公安局乔庄派出所开展夏夜治安巡查。乔庄派出所组织民警巡逻。乔庄派出所还联合村委会开展宣传。"
                "乔庄派出所民警走访商户。\n\n位于县城东侧的青川县公安局木鱼派出所辖区人口多、流动性大。所长柯远舟把警力向夜间倾斜。\n")
    assert ("柯远舟", "belongsTo", "青川县公安局木鱼派出所") in x.rels("belongsTo"), x.rels("belongsTo")


def test_bao_is_a_surname(extract):
    # 暴 (百家姓; surnames.tsv)
    x = extract("标题\n\n北留镇皇城村网格员暴春梅负责的网格有260户。\n")
    assert "暴春梅" in x.names("Person")


def test_a_bureau_s_party_committee_written_in_full(extract):
    # 中共某市公安局委员会: the bureau's 党委 (the printed name an alias), not a "委员会" of the bureau; a
    # city's 中共某市委员会 stays its 市委
    x = extract("标题\n\n经中共广元市公安局委员会研究，拟提拔任用以下同志。中共广元市委员会召开全会。\n")
    assert ("广元市公安局党委", "belongsTo", "广元市公安局") in x.rels()
    committee = x.mention("Organization", "广元市公安局党委")
    assert ("also", "中共广元市公安局委员会") in committee.attrs
    assert "广元市公安局委员会" not in x.names("Organization")
    assert "广元市委" in x.names("Organization")


def test_the_yangtze_shipping_police_is_a_national_body(extract):
    # 长江航运公安局 (national.tsv, with 长航公安): its 分局 named after the port city sit in it
    x = extract("标题\n\n长航公安岳阳分局破获一起非法捕捞案。长江航运公安局岳阳分局政委罗晓东介绍了案情。\n")
    assert ("长江航运公安局岳阳分局", "belongsTo", "长江航运公安局") in x.rels()
    assert ("罗晓东", "belongsTo", "长江航运公安局岳阳分局") in x.rels()
