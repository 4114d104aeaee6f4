"""Recall on articles nobody had read (sets 94–97 of the invented corpus, new users' reports): small
invented sentences for each rule added after their first runs."""
from __future__ import annotations


def test_an_anaphor_stands_for_the_unit_the_post_after_it_heads(extract):
    # 该院党组书记、检察长某某 after a 检察院 and then a 法院: 检察长 heads a 检察院 (titles.tsv), so 该院
    # is the procuratorate, not the last 院 read
    x = extract("标题\n\n青川县人民检察院与青川县人民法院召开联席会议。该院党组书记、检察长柯远舟表示，将加强协作。\n")
    assert ("柯远舟", "belongsTo", "青川县人民检察院") in x.rels()
    assert ("柯远舟", "belongsTo", "青川县人民法院") not in x.rels()


def test_a_dui_phrase_whose_recipients_run_over_a_comma(extract):
    # 对甲派出所，乙支队民警某某、丙所民警某某等4名同志予以嘉奖: the unit of the clause opening with 对 and
    # the persons of the verb's clause are all recipients (none were: the verb's clause has no 对)
    x = extract("标题\n\n对青川县公安局青柳派出所，广元市公安局网络安全保卫支队民警柯远舟、青川县公安局乔庄派出所民警"
                "罗晓东等4名同志予以嘉奖。\n")
    got = {s for s, p, o in x.rels("received") if o == "嘉奖"}
    assert got == {"青川县公安局青柳派出所", "柯远舟", "罗晓东"}


def test_a_list_of_township_names_before_a_count(extract):
    # 法庭辖甲、乙、丙等4个乡镇: each item is a township (of the civil-affairs table), written without its
    # suffix after a verb; none is a person (丙 was read as a name)
    x = extract("标题\n\n民乐法庭辖民乐、雅酉、吉卫等4个乡镇，群众多为苗族。\n")
    assert {"民乐镇", "雅酉镇", "吉卫镇"} <= x.names("Place")
    assert not x.names("Person")


def test_a_resume_opening_with_a_name_of_a_rare_surname(extract):
    # 滑某某，男，汉族，…历任…: the résumé's layout marks its name though 滑 is not in surnames.tsv; the
    # career is that person's, not the last person named before it
    x = extract("标题\n\n青川县公安局副局长柯远舟接受审查调查。\n\n滑建明简历\n\n滑建明，男，汉族，1975年2月出生，四川广元人，"
                "1997年7月参加工作。历任剑阁县人民检察院副检察长；2021年3月起任广元市人民检察院检察长。\n")
    assert ("滑建明", "belongsTo", "广元市人民检察院") in x.rels()
    assert ("柯远舟", "belongsTo", "广元市人民检察院") not in x.rels()


def test_a_unit_written_again_with_its_long_modifier_before_a_sub_unit(extract):
    # 某市公安局刑事侦查支队 (named 刑侦支队) … 刑事侦查支队二大队大队长某某: the bare unit is the one read
    # before (its modifier folds to 刑侦) and heads the chain of its sub-unit
    x = extract("标题\n\n一、给予广元市公安局刑事侦查支队二大队记集体二等功；\n\n二、给予利州分局刑事侦查大队记集体三等功；\n\n"
                "三、给予以下同志记个人二等功：\n\n刑事侦查支队二大队大队长　柯远舟\n\n利州分局刑事侦查大队副大队长　罗晓东\n")
    assert ("柯远舟", "belongsTo", "广元市公安局刑侦支队二大队") in x.rels()
    assert ("罗晓东", "belongsTo", "广元市公安局利州分局刑侦大队") in x.rels()


def _posts(x, name):
    """{(post, unit, status)} of ``name`` in an extraction."""
    return {(st.object, st.qualifiers.unit.name if st.qualifiers.unit else None, st.qualifiers.status)
            for st in x.statements if st.predicate == "position" and st.subject.name == name}


def test_a_post_held_in_the_unit_written_after_zai_or_a_move(extract):
    # 某某在某局任副局长, 交流到某局任党委委员、副局长: the post is held in the unit between the verb and 任
    x = extract("标题\n\n柯远舟在青川县公安局任副局长。原剑阁县公安局副局长罗晓东，交流到广元市公安局利州分局任党委委员、副局长，"
                "分管刑侦工作。\n")
    assert ("副局长", "青川县公安局", None) in _posts(x, "柯远舟")
    got = _posts(x, "罗晓东")
    assert {("党委委员", "广元市公安局利州分局", None), ("副局长", "广元市公安局利州分局", None)} <= got
    assert ("副局长", "剑阁县公安局", "ended") in got


def test_a_former_post_held_at_zai(extract):
    # 曾在某所任所长: a former post
    x = extract("标题\n\n柯远舟曾在青川县公安局乔庄派出所任所长。\n")
    assert ("所长", "青川县公安局乔庄派出所", "ended") in _posts(x, "柯远舟")


def test_a_move_by_exchange_ends_the_posts_written_before_the_name(extract):
    # 原任甲局副局长的某某，交流到乙局任…; 甲局副局长某某交流至乙局任…: the first unit's post is ended
    x = extract("标题\n\n原任剑阁县公安局副局长的柯远舟，交流到青川县公安局任副局长。\n\n"
                "剑阁县人民法院副院长罗晓东交流至青川县人民法院任副院长。\n")
    assert {("副局长", "剑阁县公安局", "ended"), ("副局长", "青川县公安局", None)} <= _posts(x, "柯远舟")
    assert {("副院长", "剑阁县人民法院", "ended"), ("副院长", "青川县人民法院", None)} <= _posts(x, "罗晓东")


def test_a_section_of_the_unit_after_ren(extract):
    # 则到某县人民法院任立案庭庭长, 交流至某院任第二检察部主任: the section (units.tsv, held by the unit's
    # kind) is the unit's own, not one of the same name read before
    x = extract("标题\n\n剑阁县人民法院执行局副局长柯远舟则到青川县人民法院任立案庭庭长。剑阁县人民检察院第二检察部副主任"
                "罗晓东交流至青川县人民检察院任第二检察部主任。\n")
    assert ("庭长", "青川县人民法院立案庭", None) in _posts(x, "柯远舟")
    assert ("主任", "青川县人民检察院第二检察部", None) in _posts(x, "罗晓东")
    assert ("青川县人民法院立案庭", "belongsTo", "青川县人民法院") in x.rels()


def test_ni_ren_before_a_bare_county_bureau_is_no_place(extract):
    # 现任县公安局政委，拟任县公安局局长: 拟任 is a copula, not the stem of an unlisted county (拟任县)
    x = extract("标题\n\n中共青川县委组织部干部任前公示。柯远舟，男，汉族，现任县公安局党委副书记、政委，拟任县公安局党委书记、局长。\n")
    assert not any("拟任" in n for n in x.names("Place") | x.names("Organization"))
    assert ("柯远舟", "belongsTo", "青川县公安局") in x.rels()


def test_a_compound_surname_before_ling_you_ren_yong_and_the_new_post(extract):
    # 夏侯某另有任用，已任某总队党委书记、总队长: 另 is no part of the name; the post after the removal's
    # clause is the person's
    x = extract("标题\n\n广元市公安局利州分局原党委书记、局长夏侯明另有任用，已任广元市公安局治安管理支队党委书记、支队长。\n")
    assert "夏侯明" in x.names("Person") and "夏侯明另" not in x.names("Person")
    assert ("支队长", "广元市公安局治安管理支队", None) in _posts(x, "夏侯明")


def test_corps_regiments_and_divisions_named_by_numbers(extract):
    # 一四三团 (units.tsv 团, needs_name numeral), 第八师 heading a chain, 第八师石河子市公安局 (the division's
    # and city's bureau); a regiment after a bureau names the bureau's station (北屯市公安局一八五团派出所)
    x = extract("标题\n\n第八师石河子市公安局组织各派出所开展活动。新疆生产建设兵团第八师一四三团一名职工报警。"
                "一四三团派出所所长柯远舟带领民警赶到。新疆生产建设兵团第十师北屯市公安局一八五团派出所民警罗晓东参加。\n")
    orgs = x.names("Organization")
    assert {"第八师石河子市公安局", "新疆生产建设兵团第八师一四三团", "新疆生产建设兵团第八师一四三团派出所"} <= orgs
    assert ("柯远舟", "belongsTo", "新疆生产建设兵团第八师一四三团派出所") in x.rels()
    assert ("新疆生产建设兵团第十师北屯市公安局一八五团派出所", "belongsTo", "新疆生产建设兵团第十师北屯市公安局") in x.rels()


def test_tuan_after_no_numeral_is_no_unit(extract):
    # 团队, 集团, 代表团: no regiment; 副大队长某某带领团队: 大队长 stays a post (a unit word after the name
    # made 大队 a unit of its own)
    x = extract("标题\n\n青川县公安局刑侦大队副大队长柯远舟带领团队破获一起案件，某集团和代表团到场。\n")
    assert ("副大队长", "青川县公安局刑侦大队", None) in _posts(x, "柯远舟")
    assert not any(n.endswith("团") or n.endswith("副大队") for n in x.names("Organization"))


def test_court_and_procuratorate_teams_are_units(extract):
    # 审判团队, 执行团队, 办案团队 (units.tsv): a court's (procuratorate's) team named before the word
    x = extract("标题\n\n青川县人民法院环境资源审判团队被评为全省法院先进集体。青川县人民检察院知识产权检察办案团队参加座谈。\n")
    assert ("青川县人民法院环境资源审判团队", "belongsTo", "青川县人民法院") in x.rels()
    assert ("青川县人民法院环境资源审判团队", "received", "全省法院先进集体") in x.rels()
    assert ("青川县人民检察院知识产权检察办案团队", "belongsTo", "青川县人民检察院") in x.rels()


def test_a_post_taken_by_the_name_after_you(extract):
    # 第一检察部主任由某某担任: 由 is the preposition, not a surname (the name was 由杜俊)
    x = extract("标题\n\n广元市人民检察院第一检察部主任由杜俊峰担任，副主任由罗晓东担任。\n")
    assert {"杜俊峰", "罗晓东"} <= x.names("Person")
    assert not any(n.startswith("由") for n in x.names("Person"))
    assert ("杜俊峰", "belongsTo", "广元市人民检察院第一检察部") in x.rels()


def test_a_verb_closing_the_clause_after_a_unit_is_no_name(extract):
    # 院长某某为审判庭揭牌。: 揭牌 (a verb of the dictionary) after the unit is no person of it
    x = extract("标题\n\n青川县人民法院环境资源审判庭正式成立。青川县人民法院院长柯远舟为审判庭揭牌。\n")
    assert x.names("Person") == {"柯远舟"}


def test_a_courts_list_of_sections_after_xian_she(extract):
    # 我院现设立案庭、…、研究室和政治部: each item is a section of the court the anaphor stands for, a unit
    # word alone included (units.tsv, needs_name no); 现设 is no part of a name (现设立案庭)
    x = extract("标题\n\n青川县人民法院召开新闻发布会。我院现设立案庭、刑事审判第一庭、执行局、研究室和政治部，另设乔庄人民法庭。"
                "立案庭庭长柯远舟介绍了诉源治理情况。\n")
    for unit in ("立案庭", "刑事审判第一庭", "执行局", "研究室", "政治部", "乔庄人民法庭"):
        assert ("青川县人民法院" + unit, "belongsTo", "青川县人民法院") in x.rels()
    assert not any("现设" in n for n in x.names("Organization"))
    assert ("柯远舟", "belongsTo", "青川县人民法院立案庭") in x.rels()


def _conferrers(x):
    """{(recipient, honour): (conferring bodies' names) or None} of an extraction."""
    out = {}
    for st in x.statements:
        if st.predicate == "received":
            c = st.qualifiers.conferrer
            c = c if c is None or isinstance(c, tuple) else (c,)
            out[(st.subject.name, st.object.name)] = tuple(m.name for m in c) if c else None
    return out


def test_the_body_deciding_to_honour_confers_the_later_honours(extract):
    # 近日，某厅印发通报，对…予以表彰。甲被记集体一等功。乙被记个人二等功。: the deciding body confers the
    # honours after it that name none; not one read as past (曾荣立), nor one with its own 经…批准
    x = extract("标题\n\n近日，四川省公安厅印发通报，对在专项行动中表现突出的集体和个人予以表彰。\n\n"
                "广元市公安局刑事侦查支队被记集体一等功。利州分局民警柯远舟被记个人二等功，他曾荣立个人三等功2次。\n\n"
                "此外，利州分局民警罗晓东经人力资源社会保障部、公安部批准，被授予“全国优秀人民警察”称号。\n")
    got = _conferrers(x)
    assert got[("广元市公安局刑侦支队", "集体一等功")] == ("四川省公安厅",)
    assert got[("柯远舟", "个人二等功")] == ("四川省公安厅",)
    assert got[("柯远舟", "个人三等功")] is None
    assert got.get(("罗晓东", "全国优秀人民警察")) != ("四川省公安厅",)


def test_jing_and_a_bureau_short_before_its_party_committee(extract):
    # 经州局党委研究决定: 州局 is the prefecture's bureau (经 is no part of a unit's name)
    x = extract("标题\n\n凉山州公安局召开表彰大会。为表彰先进，经州局党委研究决定，对以下集体和个人予以表彰。\n")
    orgs = x.names("Organization")
    assert not any(n.startswith("经") for n in orgs)
    assert "凉山彝族自治州公安局党委" in orgs


def test_query_in_worker_has_the_query_commands_limits_by_default():
    # kg.workers.query_in_worker(path, sparql): timeout and max_rows as kg query's when left out (a
    # new user's first call failed with a TypeError for the missing max_rows)
    from pathlib import Path

    from kg.workers import query_in_worker
    graph = Path(__file__).resolve().parents[1] / "out" / "graph.ttl"
    assert query_in_worker(graph, "ASK { ?s ?p ?o }").boolean is True


def test_a_numbered_department_alone_is_the_leads_procuratorates(extract):
    # 第二检察部员额检察官某某 (员额 is no 部员) among two procuratorates that both have numbered departments:
    # the headline names neither, so the one the lead's first unit is (本报讯 …，某院举办…)
    x = extract("走进检察院\n\n本报讯 5月20日，青川县人民检察院举办检察开放日活动。广元市人民检察院第七检察部副主任柯振宇到场指导。"
                "青川县人民检察院第一检察部获评先进集体。座谈会上，第二检察部员额检察官柯远舟介绍了案例。\n")
    assert ("柯远舟", "belongsTo", "青川县人民检察院第二检察部") in x.rels()


def test_a_post_after_zai_needs_its_holder_right_before(extract):
    # 某某介绍，其父亲在某局任副局长: the speaker holds no post (the rule took the one name of the sentence)
    x = extract("标题\n\n柯远舟介绍，其父亲在广元市公安局任副局长。记者罗晓东了解到，一名民警到青川县公安局乔庄派出所任副所长。\n")
    assert not _posts(x, "柯远舟") and not _posts(x, "罗晓东")


def test_jiao_liu_dao_without_a_post_is_no_move(extract):
    # 局长某某交流到外地学习考察: no post after the verb, so the post before the name is held still
    x = extract("标题\n\n青川县公安局局长柯远舟交流到外地学习考察。\n")
    assert ("局长", "青川县公安局", None) in _posts(x, "柯远舟")


def test_an_anaphors_post_that_both_kinds_have_and_a_second_persons_post(extract):
    # 该院书记员 (courts and procuratorates both have them): the last 院 read; 该队队长甲和大队长乙: only the
    # posts right after the anaphor say which unit it is
    x = extract("标题\n\n青川县人民法院与青川县人民检察院召开联席会议。该院书记员柯远舟负责记录。\n\n"
                "青川县公安局刑警大队和乔庄巡逻队联合行动。该队队长罗晓东和大队长柯振宇带队。\n")
    assert ("书记员", "青川县人民检察院", None) in _posts(x, "柯远舟")
    assert ("队长", "乔庄巡逻队", None) in _posts(x, "罗晓东")


def test_you_before_a_post_and_a_name_or_comrade(extract):
    # 组长由副局长某某担任: no person 副局长某某; 所长由某某同志担任: the name, not 由某某
    x = extract("标题\n\n专案组组长由副局长王刚担任。乔庄派出所所长由罗晓东同志担任。\n")
    assert "王刚" in x.names("Person") and not any("局长" in n or n.startswith("由") for n in x.names("Person"))
    assert ("所长", None, None) in _posts(x, "罗晓东") or any(p == "所长" for p, _, _ in _posts(x, "罗晓东"))


def test_numbers_before_shi_and_tuan_that_name_no_corps_unit(extract):
    # 陆军第八师 (another word's division), 一二三团体操, 二〇二四团拜会: no units
    x = extract("标题\n\n他曾在陆军第八师服役。学生表演了一二三团体操。二〇二四团拜会在京举行。\n")
    assert not x.names("Organization")


def test_common_nouns_before_a_resume_and_township_kinds_before_a_count(extract):
    # 报警人，男，汉族，…: no person; 建成平安、幸福等10个乡镇: kinds of township, no places
    x = extract("标题\n\n报警人，男，汉族，1985年出生，系青川县乔庄镇人。全县建成平安、幸福等10个乡镇。\n")
    assert not x.names("Person")
    assert not {"平安镇", "幸福镇"} & x.names("Place")


def test_dui_across_a_comma_needs_a_count_of_recipients(extract):
    # 对某所，局长甲、政委乙予以嘉奖: the second clause names the givers (no 等N名同志), none receives
    x = extract("标题\n\n对青川县公安局城关派出所，局长柯远舟、政委罗晓东予以嘉奖。\n")
    assert not {s for s, p, o in x.rels("received")} & {"柯远舟", "罗晓东"}


def test_a_sub_unit_written_again_in_another_bureaus_sentence(extract):
    # 甲市公安局刑事侦查支队 … 乙市公安局召开会议，刑事侦查支队二大队…: not 甲's 支队 (乙 is the bureau named last)
    x = extract("标题\n\n西安市公安局刑事侦查支队破获一起案件。宝鸡市公安局召开会议，刑事侦查支队二大队大队长柯远舟发言。\n")
    assert not any(u and u.startswith("西安") for _, u, _ in _posts(x, "柯远舟"))


def test_a_county_named_brigade_of_the_citys_traffic_detachment(extract):
    # 某市公安局交通警察支队…。鄞州大队大队长某某: the 支队's brigade named after the county, not a county unit
    x = extract("标题\n\n宁波市公安局交通警察支队开展整治行动。鄞州大队大队长柯远舟介绍，大队共查处违法行为1200起。\n")
    assert ("宁波市公安局交警支队鄞州大队", "belongsTo", "宁波市公安局交警支队") in x.rels()
    assert ("柯远舟", "belongsTo", "宁波市公安局交警支队鄞州大队") in x.rels()


def test_a_numbered_division_of_a_courts_enforcement_bureau(extract):
    # 执行局局长甲…，执行实施一处处长乙: the bureau's division (rules.TEAM_DUTIES 执行实施, 处 → 执行局)
    x = extract("标题\n\n广元市中级人民法院执行局局长柯远舟现场指挥，执行实施一处处长罗晓东带队。\n")
    assert ("广元市中级人民法院执行局执行实施一处", "belongsTo", "广元市中级人民法院执行局") in x.rels()
    assert ("处长", "广元市中级人民法院执行局执行实施一处", None) in _posts(x, "罗晓东")


def test_a_sub_unit_written_again_after_another_bureau_in_an_earlier_row(extract):
    # a decision's rows: 剑阁县公安局某所 in an earlier row does not stop 刑事侦查支队二大队 from being the city's
    x = extract("标题\n\n一、给予广元市公安局刑事侦查支队二大队记集体二等功；\n\n二、给予利州分局刑事侦查大队、剑阁县公安局普安"
                "派出所记集体三等功；\n\n三、给予以下同志记个人二等功：\n\n刑事侦查支队二大队大队长　柯远舟\n\n"
                "利州分局刑事侦查大队副大队长　罗晓东\n")
    assert ("柯远舟", "belongsTo", "广元市公安局刑侦支队二大队") in x.rels()


def test_a_name_read_short_before_rong_ji_when_the_article_names_it_whole(extract):
    # 该所所长柯光荣记个人二等功 (荣记 is an honour verb) … 所长柯光荣说: the name the article writes whole
    x = extract("标题\n\n青川县公安局乔庄派出所记集体二等功，该所所长柯光荣记个人二等功。\n\n“这是大家的荣誉。”所长柯光荣说。\n")
    assert "柯光荣" in x.names("Person") and "柯光" not in x.names("Person")
    assert ("柯光荣", "received", "个人二等功") in x.rels()



def test_a_bureaus_short_name_ends_no_section_named_by_a_verb_phrase(extract):
    # 要求分局班子成员坚决拥护市局党委决定: 市局 is a bureau's short name, no section 局 of the 分局 named
    # 班子成员坚决拥护市
    x = extract("标题\n\n广元市公安局利州分局召开全局干部大会。柯远舟要求分局班子成员坚决拥护市局党委决定。\n")
    assert not any("拥护" in n for n in x.names("Organization"))


def test_export_to_excel_names_the_excel_option(tmp_path):
    # kg export --to excel: Excel reads csv, with --excel's byte-order mark (user11 #13)
    from pathlib import Path

    from click.testing import CliRunner

    from kg.cli import main
    graph = Path(__file__).resolve().parents[1] / "out" / "graph.ttl"
    res = CliRunner().invoke(main, ["export", str(graph), "--to", "excel", "-o", str(tmp_path / "x")])
    assert res.exit_code != 0 and "--to csv --excel" in res.output


def test_a_bare_name_opening_the_clause_before_ze_dao_or_xian_hou_zai(extract):
    # 某某则到某院任立案庭庭长, 某某先后在某所任副所长: a name with no cue before it, opening its clause
    x = extract("标题\n\n李强则到青川县人民法院任立案庭庭长。李明先后在青川县公安局乔庄派出所任副所长。\n")
    assert ("庭长", "青川县人民法院立案庭", None) in _posts(x, "李强")
    assert ("副所长", "青川县公安局乔庄派出所", "ended") in _posts(x, "李明")


def test_a_name_opening_a_sentence_before_ling_you_ren_yong(extract):
    # 夏侯某另有任用。 with no cue before the name: the person is read (it was lost once 另 ended the name)
    x = extract("标题\n\n广元市公安局召开干部大会。夏侯明另有任用。\n")
    assert "夏侯明" in x.names("Person")


def test_yuan_ren_before_a_name_and_its_xian_ren(extract):
    # 原任甲局副局长的某某现任乙局局长: 现 before 任 ends the name (no 李明现); the first post is a former one
    x = extract("标题\n\n原任剑阁县公安局副局长的李明现任青川县公安局局长。\n")
    assert {("副局长", "剑阁县公安局", "ended"), ("局长", "青川县公安局", None)} <= _posts(x, "李明")
    assert "李明现" not in x.names("Person")


def test_a_community_officer_of_the_one_station_named_before(extract):
    # 社区民警某某 in a later sentence of a story of one 派出所 (roles.tsv units: 派出所)
    x = extract("标题\n\n青川县公安局乔庄派出所辖区老旧小区多。\n\n社区民警柯远舟每天走访院落，两年来帮助群众解决纠纷230余起。\n")
    assert ("柯远舟", "belongsTo", "青川县公安局乔庄派出所") in x.rels()


def test_a_secretary_general_listed_after_the_bodys_head(extract):
    # 某人大常委会主任甲主持，副主任乙、丙，秘书长丁出席 (rules.BODY_OFFICERS): 丁 is the body's too
    x = extract("标题\n\n青川县人大常委会主任柯远舟主持闭幕会，副主任罗晓东、柯振宇，秘书长柯远帆出席会议。\n")
    assert ("柯远帆", "belongsTo", "青川县人民代表大会常务委员会") in x.rels()
