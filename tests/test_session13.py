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
    assert "利州区公安局" not in labels, labels  # (no district bureau composed from the headline's short form)


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


def test_members_listed_as_unit_de_name(extract):
    # 民事审判第一庭的甲、刑事审判庭的乙作为代表领誓: a list of <unit>的<name>, each in the unit before it;
    # a single 某所的某某 is left alone
    x = extract("标题\n\n广元市中级人民法院举行宣誓仪式。民事审判第一庭的柯远舟、刑事审判庭的罗晓东作为代表领誓。\n")
    rels = x.rels("belongsTo")
    assert ("柯远舟", "belongsTo", "广元市中级人民法院民事审判第一庭") in rels
    assert ("罗晓东", "belongsTo", "广元市中级人民法院刑事审判庭") in rels
    x = extract("标题\n\n广元市中级人民法院举行宣誓仪式。民事审判第一庭的柯远舟作为代表领誓。\n")
    assert not any(s == "柯远舟" for s, _, _ in x.rels("belongsTo"))
    # a given name that makes a word with the surname (石头), read as after a post; 商事审判庭 (units.tsv)
    x = extract("标题\n\n广元市中级人民法院举行宣誓仪式。商事审判庭的石头峰、行政审判庭的罗晓东作为代表领誓。\n")
    assert ("石头峰", "belongsTo", "广元市中级人民法院商事审判庭") in x.rels("belongsTo"), x.rels("belongsTo")


def test_a_people_s_congress_term_without_di(extract):
    # 绵阳市八届人大常委会 (a term written without 第): the body of every term, 某市人大常委会 among its names
    x = extract("标题\n\n广元市八届人大常委会第二十一次会议召开。广元市第八届人民代表大会常务委员会主任柯远舟主持会议。\n")
    orgs = x.names("Organization")
    assert "广元市人民代表大会常务委员会" in orgs and not any("八届" in n for n in orgs), orgs
    body = x.mention("Organization", "广元市人民代表大会常务委员会")
    assert ("also", "广元市人大常委会") in body.attrs or any(
        ("also", "广元市人大常委会") in m.attrs for m in x.mentions if m.name == "广元市人民代表大会常务委员会")


def test_and_before_a_group_the_verb_describes_is_a_conjunction(extract):
    # 所长柯某和参战民警…, 民警柯某和巡逻队员…: 和 joins the person and a group (regress13 A01–A17)
    x = extract("标题\n\n案发后，青川县公安局乔庄派出所所长柯明和参战民警连夜赶赴现场。民警罗勇和巡逻队员在路口设卡。"
                "所长柯强和在岗民警坚守一线。\n")
    assert {"柯明", "罗勇", "柯强"} <= x.names("Person"), x.names("Person")
    assert not {"柯明和", "罗勇和", "柯强和"} & x.names("Person")


def test_a_paragraph_s_subordinate_clause_names_no_topic(extract):
    # 接到甲所通报后，所长某某…, 乙大队移交线索后，大队长某某…: that unit is no subject of the paragraph
    x = extract("标题\n\n广元市公安局利州分局东坝派出所是一个城区所。东坝派出所民警20名。东坝派出所辖区人口5万。\n\n"
                "接到嘉陵派出所通报后，所长柯远舟立即带领民警赶赴现场。\n")
    assert ("柯远舟", "belongsTo", "广元市公安局利州分局东坝派出所") in x.rels("belongsTo"), x.rels("belongsTo")


def test_a_director_named_before_keeps_his_body(extract):
    # 县人大常委会副主任甲带队视察…。某中心是第一站。副主任甲听取汇报: not the 中心's 副主任
    x = extract("标题\n\n青川县人大常委会副主任柯丽带队视察青川县公安局。\n\n青川县公安局指挥中心是视察第一站。"
                "副主任柯丽听取了汇报。\n")
    assert ("柯丽", "belongsTo", "青川县公安局指挥中心") not in x.rels("belongsTo")


def test_a_section_alone_belongs_to_a_border_station_only(extract):
    # 某公安检查站 (a police checkpoint) holds no 科 written alone; only a 边防检查站 does (SECTION_HOLDERS)
    x = extract("标题\n\n近日，广元市公安检查站联合广元市卫生健康委员会开展检查。疾病控制科科长柯丽介绍了防疫要求。\n")
    assert not any(n.endswith("疾病控制科") for n in x.names("Organization"))


def test_a_bureau_written_again_is_not_chosen_between_two(extract):
    # 甲省…机场公安局与乙省…机场公安局…。机场公安局局长某某: the text does not say which; 各铁路公安局: every one
    x = extract("标题\n\n近日，四川省公安厅机场公安局与云南省公安厅机场公安局开展交流。机场公安局局长柯平介绍了经验。\n")
    assert not any(s == "柯平" for s, _, _ in x.rels("belongsTo"))
    x = extract("标题\n\n近日，成都铁路公安局召开协作会，西安铁路公安局派员参加。会上，各铁路公安局负责人柯强发言。\n")
    assert not any(s == "柯强" for s, _, _ in x.rels("belongsTo"))


def test_an_award_heading_list_ends_at_the_next_heading_and_proposals_are_no_awards(extract):
    # …是：甲、乙；给予嘉奖的有：丙、丁 (the list ends before the next heading); 拟记, 建议记: proposed only
    x = extract("标题\n\n近日，广元市公安局进行表彰，记个人三等功的民警是：柯刚、罗强；给予嘉奖的有：柯明、罗伟。\n")
    got = {s for s, _, o in x.rels("received") if o == "个人三等功"}
    assert got == {"柯刚", "罗强"}, got
    x = extract("标题\n\n经研究，拟记个人二等功的民警是：柯刚、罗强。现予以公示。\n")
    assert not x.rels("received")


def test_a_counted_batch_needs_winners(extract):
    # 共有2名候选人进入终评, 共有2个派出所参与创建: candidates and entrants receive nothing
    x = extract("标题\n\n近日，广元市公安局评选出“最美警察”，共有2名候选人进入终评，分别是：柯刚、罗强。\n")
    assert not x.rels("received")


def test_no_longer_holding_under_a_condition_or_as_a_second_post(extract):
    # 如调离，不再担任…: a condition, no removal; 不再兼任…: the second post ended
    def ended(x):
        return {(st.subject.name, st.object if isinstance(st.object, str) else st.object.name)
                for st in x.statements if st.predicate == "position" and st.qualifiers is not None
                and st.qualifiers.status == "ended"}
    x = extract("标题\n\n柯刚同志任青川县公安局局长，如调离，不再担任青川县公安局党委书记职务。\n")
    assert not ended(x)
    x = extract("标题\n\n柯刚同志任青川县公安局局长，不再兼任青川县公安局政委职务。\n")
    assert ("柯刚", "政委") in ended(x) and ("柯刚", "局长") not in ended(x)


def test_a_section_before_its_head_post_is_no_name(extract):
    # 历任书记员、助理检察员、公诉科科长: 公诉科 is the section the 科长 heads, not a person 公诉科
    x = extract("标题\n\n检察官柯丽娜先后在广元市人民检察院工作，历任书记员、助理检察员、公诉科科长，现任青川县人民检察院检察长。\n")
    assert x.names("Person") == {"柯丽娜"}, x.names("Person")


def test_a_numbered_team_after_its_brigade_written_bare(extract):
    # 某所副所长甲、刑事侦查大队三中队中队长乙: 三中队 is the brigade's (read as the bureau's brigade)
    x = extract("标题\n\n青川县公安局乔庄派出所被记集体二等功，乔庄派出所副所长柯远舟、刑事侦查大队三中队中队长罗晓东"
                "分别被记个人一等功和个人二等功。\n")
    team = next((n for n in x.names("Organization") if n.endswith("三中队")), None)
    assert team is not None and (team, "belongsTo", "青川县公安局刑侦大队") in x.rels(), x.rels()
    assert ("罗晓东", "belongsTo", team) in x.rels()


def test_chang_is_a_surname(extract):
    # 苌 (surnames.tsv, a rare regional surname)
    x = extract("标题\n\n郑州市公安局金水分局花园路派出所社区民警苌建国上门宣传。\n")
    assert "苌建国" in x.names("Person")


def test_windows_line_ends_keep_the_article_id(tmp_path, monkeypatch):
    # user 13 F14: the same text saved with a BOM and CRLF line ends is the same article (ingest.hash_form),
    # read whole or in a stream
    import kg.ingest as ingest
    from kg.ingest import documents_from_text, iter_file_documents, read_text
    text = "标题\n\n青川县公安局乔庄派出所开展夜间巡逻。\n"
    lf, crlf = tmp_path / "a" / "page.txt", tmp_path / "b" / "page.txt"
    for p, data in ((lf, text.encode()), (crlf, b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())):
        p.parent.mkdir()
        p.write_bytes(data)
    ids = {documents_from_text(read_text(p), p.name)[0].doc_id for p in (lf, crlf)}
    assert len(ids) == 1, ids
    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 0)
    assert {next(iter(iter_file_documents(p))).doc_id for p in (lf, crlf)} == ids


def test_a_paragraph_opened_by_a_time_phrase_then_its_unit(extract):
    # 近日，某检察部开展…。主任某某… / 近日，甲派出所开展走访。所长某某…: the unit after the time phrase (regress13 E02, E09)
    x = extract("标题\n\n近日，青川县人民检察院第三检察部开展专项活动。主任柯丽介绍了情况。\n")
    assert ("柯丽", "belongsTo", "青川县人民检察院第三检察部") in x.rels("belongsTo"), x.rels("belongsTo")
    x = extract("标题\n\n广元市公安局利州分局东坝派出所是一个城区所。东坝派出所民警20名。东坝派出所辖区人口5万。\n\n"
                "近日，广元市公安局利州分局嘉陵派出所开展走访。所长柯刚介绍，该所今年破案30起。\n")
    assert ("柯刚", "belongsTo", "广元市公安局利州分局嘉陵派出所") in x.rels("belongsTo"), x.rels("belongsTo")


def test_more_award_list_headings(extract):
    # 被授予集体二等功的单位为：…; …榜上有名。它们是：… (regress13 D04, D15)
    x = extract("标题\n\n近日，广元市公安局进行表彰。被授予集体二等功的单位为：青川县公安局乔庄派出所。\n")
    assert ("青川县公安局乔庄派出所", "received", "集体二等功") in x.rels("received")
    x = extract("标题\n\n近日，公安部命名新一批“枫桥式公安派出所”，广元市共有2个派出所榜上有名。它们是："
                "青川县公安局乔庄派出所、剑阁县公安局普安派出所。\n")
    assert {s for s, _, o in x.rels("received") if o == "枫桥式公安派出所"} == {"青川县公安局乔庄派出所", "剑阁县公安局普安派出所"}


def test_he_ends_a_name_before_an_adverb_of_two_characters(extract):
    # 民警柯庆和一直坚守…, 民警罗春和随即带队…: an adverb of any length follows (regress13 B04, B06)
    x = extract("标题\n\n青川县公安局民警柯庆和一直坚守在抗洪一线。民警罗春和随即带队出发。\n")
    assert {"柯庆和", "罗春和"} <= x.names("Person"), x.names("Person")
