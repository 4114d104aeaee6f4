"""Recall on articles nobody had read (sets 126 and 128 of the invented corpus: specialised police
forces, grassroots governance): small invented sentences for each rule added after their first
runs, and the user trial's findings."""
from __future__ import annotations


def test_a_day_of_the_week_is_no_name(extract):
    # 每周二、周五有检察官值班: 周五 is a day (rules.WEEKDAYS), not the surname 周 before a post
    x = extract("标题\n\n青柳镇检察工作站于去年5月挂牌，每周二、周五有检察官值班。副局长周一鸣说。\n")
    assert "周五有" not in x.names("Person")
    assert "周一鸣" in x.names("Person")


def test_a_dotted_name_at_a_clause_start_is_read_whole(extract):
    # 买买提江·阿不都热合曼被评为…: the part after the dot is no name of its own
    x = extract("标题\n\n去年，青柳派出所荣记集体二等功，买买提江·阿不都热合曼被评为“全国优秀人民警察”。\n")
    assert "阿不都热合曼" not in x.names("Person")
    assert ("买买提江·阿不都热合曼", "received", "全国优秀人民警察") in x.rels()


def test_no_village_starts_inside_a_word_of_its_level(extract):
    # 老柯在村里比村支书还熟: 村里 is a word, 里比村 no village
    x = extract("标题\n\n“老柯在村里比村支书还熟。”柯丽说。\n")
    assert not any(p.endswith("村") for p in x.names("Place"))


def test_a_role_after_a_conjunction_is_no_name(extract):
    # 带着甲和村警务助理乙: 警务助理 (roles.tsv) starts inside what would be the name 村警务
    x = extract("标题\n\n“快走！”柯刚二话没说，带着柯远舟和村警务助理柯丽直奔现场。\n")
    assert x.names("Person") >= {"柯远舟", "柯丽"}
    assert "村警务" not in x.names("Person")


def test_a_metro_branch_and_its_station_post(extract):
    # 地铁 (modifiers.tsv): 某市公安局地铁分局, then 地铁分局某站派出所 written again
    x = extract("标题\n\n青川县公安局地铁分局、交警大队破获一起案件。\n\n"
                "9月以来，地铁分局小寨站派出所民警柯刚接到乘客报警。\n")
    assert "青川县公安局地铁分局小寨站派出所" in x.names("Organization")
    assert ("柯刚", "belongsTo", "青川县公安局地铁分局小寨站派出所") in x.rels()


def test_a_bare_unit_with_two_modifiers(extract):
    # 某分局某派出所、水上|治安|支队: the sibling's 分局's, two modifiers before the unit word
    x = extract("标题\n\n长江航运公安局芜湖分局联合海事局开展行动。\n\n芜湖分局港区派出所、水上治安支队出动警力60余人次。"
                "水上治安支队支队长柯刚介绍了情况。\n")
    assert ("柯刚", "belongsTo", "长江航运公安局芜湖分局水上治安支队") in x.rels()


def test_a_police_dog_base_is_a_unit(extract):
    # 警犬基地 (units.tsv): 某市公安局警犬基地 and its 训导员, honoured in a list
    x = extract("标题\n\n青川县公安局特警大队、青川县公安局警犬基地荣记集体一等功。"
                "青川县公安局警犬基地训导员柯丽荣记个人一等功。\n")
    rels = x.rels()
    assert ("青川县公安局警犬基地", "belongsTo", "青川县公安局") in rels
    assert ("青川县公安局警犬基地", "received", "集体一等功") in rels
    assert ("柯丽", "belongsTo", "青川县公安局警犬基地") in rels


def test_a_colleagues_nickname_before_an_adverb_is_no_name(extract):
    # “沈所总说…”: 沈所 (for 沈所长) and the adverb 总, no person 沈所总 (user trial)
    x = extract("标题\n\n乔庄派出所所长柯刚带队走访。“柯所总说，群众的事没有小事。”民警柯丽说。柯队常说，办案要细。\n")
    assert not {"柯所总", "柯队常"} & x.names("Person")
    assert {"柯刚", "柯丽"} <= x.names("Person")


def test_the_post_left_in_a_move_is_ended(extract):
    # 某某从甲队副大队长调任乙所所长: the 副大队长 of 甲队, ended (user trial); 从警20年 is no move
    from kg.extract.base import extract_document
    from kg.ingest import documents_from_text

    text = "标题\n\n2019年，柯远舟从青川县公安局治安大队副大队长调任乔庄派出所所长。他从警20年。\n"
    x = extract(text)
    assert {("柯远舟", "position", "副大队长"), ("柯远舟", "belongsTo", "青川县公安局治安大队"),
            ("柯远舟", "position", "所长")} <= x.rels()
    doc = next(iter(documents_from_text(text, "t.txt")))
    left = [st for st in extract_document(doc).statements
            if st.subject.name == "柯远舟" and (st.object == "副大队长" or getattr(st.object, "name", "") == "青川县公安局治安大队")]
    assert left and all(st.qualifiers.status == "ended" for st in left)


def test_a_post_after_its_own_unread_unit_is_no_other_units(extract):
    # 某部某某法治局局长: its 局, written but unread, not the 公安部刑事侦查局 of the sentence before
    x = extract("标题\n\n公安部刑事侦查局局长柯远舟介绍了情况。司法部人民参与和促进法治局局长柯志远介绍了情况。\n")
    assert ("柯远舟", "belongsTo", "公安部刑事侦查局") in x.rels()
    assert ("柯志远", "belongsTo", "公安部刑事侦查局") not in x.rels()


def test_a_partner_after_a_conjunction_is_no_sub_unit(extract):
    # 派出所与机场运行指挥中心建立…: the 中心 is a partner, not a unit of the 派出所
    x = extract("标题\n\n青川县公安局乔庄派出所接到报警。\n\n据乔庄派出所所长柯刚介绍，为提升服务效率，"
                "派出所与机场运行指挥中心建立了失物快速查找机制。\n")
    assert not any(o.endswith("指挥中心") for o in x.names("Organization"))


def test_posts_held_respectively_by_a_list_of_names(extract):
    # 党委委员、副局长分别由甲、乙、丙担任: each name holds both posts, in the bureau
    x = extract("标题\n\n3月2日，青川县公安局召开全局干部大会。新一届班子中，柯远舟任县公安局党委书记、局长；"
                "党委委员、副局长分别由柯刚、上官明远、柯丽担任。\n")
    rels = x.rels()
    for name in ("柯刚", "上官明远", "柯丽"):
        assert {(name, "position", "副局长"), (name, "position", "党委委员"), (name, "belongsTo", "青川县公安局")} <= rels


def test_a_run_of_posts_alone_after_a_copula(extract):
    # 甲任县公安局局长；乙任党委副书记、政委: both posts, in the unit of the clause before
    x = extract("标题\n\n青川县公安局召开大会。柯远舟任县公安局局长；柯志远任党委副书记、政委。\n")
    assert {("柯志远", "position", "政委"), ("柯志远", "belongsTo", "青川县公安局")} <= x.rels()


def test_a_removal_with_an_aspect_particle(extract):
    # 免去了某某的<unit><post>职务: the name without 了
    x = extract("标题\n\n会议同时免去了柯远舟的青川县人民法院副院长职务。\n")
    assert "柯远舟" in x.names("Person") and "了柯远舟" not in x.names("Person")
    assert ("柯远舟", "position", "副院长") in x.rels()


def test_a_city_before_a_district_starting_with_ren_is_no_name(extract):
    # 河北省邢台市|任泽区人民检察院: 邢台市 and 任, no person holding the posts after
    x = extract("邢台市任泽区人民检察院迎来新任代理检察长\n\n12月28日，河北省邢台市任泽区人民检察院召开全院干警大会，"
                "宣布柯远舟任任泽区人民检察院党组书记。\n")
    assert "邢台市" not in x.names("Person")
    assert ("柯远舟", "position", "党组书记") in x.rels()


def test_exchanges_and_secondments_are_copulas(extract):
    # 甲交流任某局副局长，某局政委乙交流任…: each its own destination; 挂职 + unit + post
    x = extract("标题\n\n今年以来，已有江城区公安分局副局长柯远舟交流任青川县公安局副局长，"
                "利州区公安分局政委柯志远交流任剑阁县公安局政委。\n\n"
                "青川县公安局刑侦大队副大队长柯刚挂职广元市公安局刑警支队二大队副大队长。\n")
    rels = x.rels()
    assert {("柯远舟", "belongsTo", "青川县公安局"), ("柯志远", "belongsTo", "剑阁县公安局"),
            ("柯刚", "belongsTo", "广元市公安局刑警支队二大队")} <= rels
    assert ("柯志远", "belongsTo", "青川县公安局") not in rels
    assert ("柯志远", "position", "副局长") not in rels


def test_a_drug_control_office_is_one_unit_in_short_and_in_full():
    # 某县禁毒委员会办公室 and 某县禁毒办 in one article are one unit (rules.ABBREVIATED_UNITS); alone, 禁毒办 stays
    from rdflib import RDFS, SKOS

    from kg.pipeline import run

    g = run(text="标题\n\n青川县禁毒委员会办公室召开会议。青川县禁毒办主任柯远舟介绍了情况。\n").graph
    labels = {str(l) for l in g.objects(None, RDFS.label)}
    assert "青川县禁毒委员会办公室" in labels and "青川县禁毒办" not in labels
    assert "青川县禁毒办" in {str(a) for a in g.objects(None, SKOS.altLabel)}
    g = run(text="标题\n\n青川县禁毒办主任柯远舟介绍了情况。\n").graph
    assert "青川县禁毒办" in {str(l) for l in g.objects(None, RDFS.label)}


def test_a_sub_unit_keeps_its_own_short_name_as_an_alias():
    # 某市公安局某分局城郊派出所: 城郊派出所, the unit's own name written inside the chain, is an alias
    from rdflib import RDFS, SKOS

    from kg.pipeline import run

    g = run(text="标题\n\n四川省广元市公安局利州分局东坝派出所民警柯远舟救助走失老人。\n").graph
    node = next(s for s, l in g.subject_objects(RDFS.label) if str(l) == "广元市公安局利州分局东坝派出所")
    assert "东坝派出所" in {str(a) for a in g.objects(node, SKOS.altLabel)}


def test_a_unit_written_after_an_anaphor_keeps_its_own_short_name(tmp_path):
    # 该大队二中队: the sub-unit's node has 二中队 as an alias (skos:altLabel), not 该大队二中队
    from rdflib import SKOS

    from kg.pipeline import run

    g = run(text="标题\n\n四川省森林消防总队凉山支队木里大队赶赴火场。该大队二中队中队长柯远舟带领队员打通隔离带。\n").graph
    alts = {str(a) for s, a in g.subject_objects(SKOS.altLabel) if str(s).endswith("二中队") or "二中队" in str(a)}
    assert "二中队" in alts and "该大队二中队" not in alts


def test_a_place_and_more_words_before_gongan_is_no_bureau(extract):
    # 长江芜湖段港航公安: no 芜湖市公安局 (江城公安 alone is one)
    x = extract("长江芜湖段港航公安开展水上治安清查\n\n10月16日，长江航运公安局芜湖分局开展清查行动。\n")
    assert "芜湖市公安局" not in x.names("Organization")


def test_a_counted_kind_of_unit_is_no_unit(extract):
    # 下设甲、乙、丙3个森林警察中队: no unit 森林警察中队 (森林警察, modifiers.tsv)
    x = extract("标题\n\n青川县森林公安局更名为青川县公安局森林警察大队，下设乔庄、军庄、青柳3个森林警察中队。\n")
    assert not any(o.endswith("大队森林警察中队") for o in x.names("Organization"))


def test_a_rare_word_jieba_tags_a_verb_is_a_given_name_before_an_adverb_or_the_passive(extract):
    # 副大队长甘露则介绍…, 律师甘露被聘为…: 甘露 (jieba: v, rare) is a surname and a given name
    x = extract("标题\n\n青川县公安局禁毒大队副大队长甘露则介绍了做法。柯远舟和律师甘霖被聘为法律顾问。\n")
    assert "甘露" in x.names("Person")
    assert ("甘露", "position", "副大队长") in x.rels()


def test_a_unit_named_in_full_form_keeps_its_short_form_after_the_place(tmp_path):
    # 某省某市某县某乡综治中心 → 某乡社会治安综合治理中心, with 某乡综治中心 as an alias (skos:altLabel)
    from rdflib import RDFS, SKOS

    from kg.pipeline import run

    g = run(text="标题\n\n本报讯 近日，四川省广元市青川县乔庄镇综治中心召开矛盾纠纷联调联处推进会。\n").graph
    node = next(s for s, l in g.subject_objects(RDFS.label) if str(l) == "乔庄镇社会治安综合治理中心")
    assert "乔庄镇综治中心" in {str(a) for a in g.objects(node, SKOS.altLabel)}


def test_a_village_committee_after_jian_in_a_run_of_posts(extract):
    # 某村党支部书记兼村委会主任: the village's 村委会, as after 、
    x = extract("标题\n\n“有事找法律顾问。”中坪村党支部书记兼村委会主任柯刚说。\n")
    assert {("柯刚", "belongsTo", "中坪村村委会"), ("柯刚", "position", "主任"), ("柯刚", "position", "书记")} <= x.rels()


def test_townships_listed_before_deng_and_xiangzhen(extract):
    # 辖区涉及甲、乙等乡镇: each item a township of the table (no count needed)
    x = extract("标题\n\n据介绍，西江法庭辖区涉及西江、丹江等乡镇。\n")
    assert {"西江镇", "丹江镇"} <= x.names("Place")


def test_names_that_look_like_days_places_or_nicknames_stay_names(extract):
    # breaker: 柯某、周一鸣 (a list of names, no day before 、), 柯坪任… (a county's short name is a given
    # name when no level character ends it), 郗庭才、柯敏被评为 (no speech after 才), 浦东公安民警 (the city's)
    x = extract("标题\n\n浙江省杭州市公安局西湖分局民警柯远航、周一鸣、罗振宇被评为优秀共产党员。\n")
    assert "周一鸣" in x.names("Person")
    assert ("罗振宇", "belongsTo", "杭州市公安局西湖分局") in x.rels()
    x = extract("人事\n\n云南省曲靖市公安局召开大会，宣布罗平任副局长，柯坪任政治部主任。\n")
    assert "柯坪" in x.names("Person")
    x = extract("表彰\n\n湖北省宜昌市中级人民法院法官郗庭才、柯敏被评为全国优秀法官。\n")
    assert "郗庭才" in x.names("Person")
    x = extract("公安\n\n上海浦东公安民警柯敏救助走失老人。\n")
    assert ("柯敏", "belongsTo", "上海市公安局") in x.rels()
    x = extract("标题\n\n江西省枫桥式公安派出所创建工作推进会召开。\n")
    assert "江西省公安厅" not in x.names("Organization")


def test_a_copula_before_de_shi_makes_no_predicate(extract):
    # 担任会议主持的是某局副局长，政委某某: the 副局长 is no predicate of 担任 (breaker)
    x = extract("会议\n\n担任会议主持的是江苏省扬州市公安局副局长，政委罗振宇，局长柯远航出席会议。\n")
    assert ("罗振宇", "position", "副局长") in x.rels()


def test_the_last_part_of_a_dotted_name_before_a_list_is_no_station(extract):
    # 镇综治中心主任热合曼·吐尔逊、青柳派出所所长…: no 吐尔逊派出所
    x = extract("标题\n\n在青柳镇，镇综治中心主任热合曼·吐尔逊、青柳派出所所长柯刚和青柳司法所所长柯丽每周碰一次头。\n")
    assert "吐尔逊派出所" not in x.names("Organization")
    assert "青柳派出所" in x.names("Organization")


def test_a_later_clause_of_a_career_may_open_with_ci_nian(extract):
    # 某某入警，在某分局工作，次年任副所长、所长 (breaker): the posts of the subject
    x = extract("标题\n\n柯远舟1998年入警，在四川省广元市公安局利州分局工作，次年任副所长、所长，2010年调任昭化分局。\n")
    assert {("柯远舟", "position", "副所长"), ("柯远舟", "position", "所长")} <= x.rels()


def test_village_doctors_and_cadres_are_roles(extract):
    # 村医某某, 村干部某某 (roles.tsv): a person after the role, the role no part of the name
    x = extract("标题\n\n民警柯远航和村医罗振宇一起走访。民警柯丽与村干部柯志远一起入户。\n")
    assert {"罗振宇", "柯志远"} <= x.names("Person")
    assert not {"村医罗振宇", "村干部柯"} & x.names("Person")


def test_the_subject_of_a_move_needs_no_cue(extract):
    # 某某从<unit><post>调任<unit><post>, at a clause start (breaker): the name, both posts
    x = extract("标题\n\n柯远舟介绍，柯远航从四川省广元市公安局利州分局东坝派出所所长调任广元市公安局昭化分局副局长。\n")
    rels = x.rels()
    assert {("柯远航", "position", "所长"), ("柯远航", "position", "副局长"),
            ("柯远航", "belongsTo", "广元市公安局昭化分局")} <= rels


def test_a_post_announced_with_a_rank(extract):
    # 宣布某某任副局长、二级高级警长: the name after 宣布, the post and the rank
    x = extract("标题\n\n四川省广元市公安局利州分局召开会议，宣布柯远航任副局长、二级高级警长。\n")
    assert ("柯远航", "position", "副局长") in x.rels()


def test_a_township_s_bare_comprehensive_governance_centre(extract):
    # 在某镇，镇综治中心主任某某 (bare_agencies.tsv: 综治中心 after 乡/镇): the township's centre
    x = extract("标题\n\n在新疆伊犁州霍城县清水河镇，镇综治中心主任热合曼·吐尔逊、清水河派出所所长柯刚每周碰一次头。\n")
    assert ("热合曼·吐尔逊", "belongsTo", "清水河镇社会治安综合治理中心") in x.rels()


def test_a_bare_zhongyuan_in_an_article_about_one_prefecture_court(extract):
    # 中院执行局 with 某市中级人民法院 named (bare_agencies.tsv, seat prefecture); 到<unit>任<post>
    x = extract("标题\n\n江西省赣州市中级人民法院遴选法官。柯远舟到中院执行局任审判员。\n")
    assert {("柯远舟", "belongsTo", "赣州市中级人民法院执行局"), ("柯远舟", "position", "审判员")} <= x.rels()


def test_a_secondment_then_its_posts(extract):
    # 某队大队长某某到某局挂职，任党委委员、副局长: the subject after its unit and post; the posts in the 局
    x = extract("标题\n\n广元市公安局召开会议。市局刑警支队二大队大队长柯远舟到青川县公安局挂职，任党委委员、副局长。\n")
    rels = x.rels()
    assert {("柯远舟", "belongsTo", "青川县公安局"), ("柯远舟", "position", "副局长")} <= rels
    x = extract("标题\n\n河南省公安厅厅长柯远舟到开封市调研，首先来到开封市公安局鼓楼分局书店街派出所。\n")
    assert ("柯远舟", "belongsTo", "开封市公安局鼓楼分局书店街派出所") not in x.rels()


def test_an_anaphor_points_past_the_agent_of_a_passive(extract):
    # 某院被最高人民法院授予…。该院某法庭庭长…: the honoured court's 法庭, not the conferrer's
    x = extract("标题\n\n本报讯 近日，四川省广元市青川县人民法院被最高人民法院授予“全国优秀法院”称号。"
                "该院乔庄人民法庭庭长柯远舟同时被评为全国法院办案标兵。\n")
    assert ("柯远舟", "belongsTo", "青川县人民法院乔庄人民法庭") in x.rels()
    assert not any(o.startswith("最高人民法院乔庄") for o in x.names("Organization"))


def test_a_meeting_room_is_no_section(extract):
    # 某院第三会议室 (rules.ROOMS): a room, no unit
    x = extract("标题\n\n12月2日下午，浙江省宁波市鄞州区人民法院第三会议室，该院审判委员会会议正在召开。\n")
    assert not any(o.endswith("会议室") for o in x.names("Organization"))


def test_a_unit_written_after_an_anaphor_is_in_focus_for_a_post(extract):
    # 该院第一检察部在办理…时，检察官某某…: the 第一检察部 of the sentence, not the 第二检察部 named before
    x = extract("标题\n\n青川县人民检察院第二检察部主任柯丽牵头组成办案组。\n\n"
                "与此同时，该院第一检察部在办理一起故意伤害案时，检察官柯远舟通过走访双方当事人，促成和解。\n")
    assert ("柯远舟", "belongsTo", "青川县人民检察院第一检察部") in x.rels()


def test_a_unit_after_where_it_stands(extract):
    # 走进位于某市某区的某戒毒所 (rules.SEAT_VERBS): the unit is located in the last place of the run
    x = extract("标题\n\n走进位于广元市利州区的四川省青川强制隔离戒毒所，三大队的教室里正在上课。\n")
    assert ("青川强制隔离戒毒所", "locatedIn", "利州区") in x.rels()


PORTAL_PAGE = """宾川法院：集中执行行动兑现权益

发布时间：2024-09-03 11:40　　来源：青川县人民法院　　作者：柯文斌　　点击数：964
【字体：大 中 小】　【打印本页】

9月2日凌晨5时，青川县人民法院执行局副局长柯丽华带领30余名干警开展集中执行行动。

编辑：柯明　　审核：上官凯

阅读 2318　　在看 46
"""


def test_a_portal_page_s_tools_and_counters_are_furniture(extract):
    # 【字体：大 中 小】【打印本页】, 点击数：964, 阅读 2318 在看 46: no headline, no person; 审核：某某 a person
    x = extract(PORTAL_PAGE)
    people = x.names("Person")
    assert {"柯文斌", "柯丽华", "柯明", "上官凯"} <= people
    assert not {"点击数", "审核", "阅读量"} & people
    assert any(p == "reporter" and o == "柯文斌" for _, p, o in x.rels())


def test_an_information_source_field_before_page_tools(extract):
    # 发布日期：…　信息来源：某某　【打印】【关闭】: the article's date and source (dcterms), the tools no part of it
    from rdflib import DCTERMS

    from kg.pipeline import run

    text = ("青柳街道：综治中心化解群众烦心事\n发布日期：2024年03月21日　信息来源：青川县公安局　【打印】【关闭】\n\n"
            "3月18日，在青川县乔庄镇综治中心，务工人员拿到了工资。\n")
    assert "青川县公安局" in extract(text).names("Organization")
    g = run(text=text).graph
    assert {str(o) for o in g.objects(None, DCTERMS.date)} == {"2024-03-21"}
    assert {str(o) for o in g.objects(None, DCTERMS.source)} == {"青川县公安局"}


def test_two_described_names_separated_by_a_comma_share_the_honour(extract):
    # 某镇党委副书记、政法委员甲，某庭庭长乙被评为…: both (each after its units and posts); 所长甲说，乙…: 乙 alone
    x = extract("标题\n\n青川县乔庄镇党委副书记、政法委员柯海燕，青川县人民法院乔庄人民法庭庭长柯晓东被评为“全省平安建设先进个人”。\n")
    assert {("柯海燕", "received", "全省平安建设先进个人"), ("柯晓东", "received", "全省平安建设先进个人")} <= x.rels()
    x = extract("标题\n\n所长柯海燕说，青川县人民法院乔庄人民法庭庭长柯晓东被评为“全省平安建设先进个人”。\n")
    assert ("柯海燕", "received", "全省平安建设先进个人") not in x.rels()


def test_a_count_of_schools_is_no_name(extract):
    # 某街道两所小学: 两所 counts schools, no unit 两所小学
    x = extract("标题\n\n湖北省枝江市人民检察院邀请马家店街道两所小学的40余名师生代表走进检察院。\n")
    assert not any(o.endswith("小学") for o in x.names("Organization"))


def test_breaker_cases_of_the_second_batch(extract):
    # 被某法院判处…。该院副院长…: the court is the topic (only a conferring verb makes the agent none)
    x = extract("标题\n\n旬邑县人民检察院指控，被告人柯某伙同他人实施电信诈骗。近日，柯某被旬邑县人民法院一审判处有期徒刑五年。"
                "该院副院长罗文静表示，将加大打击力度。\n")
    assert ("罗文静", "belongsTo", "旬邑县人民法院") in x.rels()
    # 西安、宝鸡等地中院执行局: no one prefecture court
    x = extract("标题\n\n陕西省高级人民法院召开执行工作会议，西安、宝鸡等地中院执行局局长参加会议。中院执行局局长柯立群作经验介绍。\n")
    assert not any(o.endswith("中级人民法院执行局") for o in x.names("Organization"))
    # 甲镇和乙镇交界处…乙镇党委书记介绍，镇综治中心…: the township named last
    x = extract("标题\n\n在旬邑县太村镇和职田镇交界处发生纠纷。职田镇党委书记柯建新介绍，镇综治中心主任柯丽第一时间介入调处。\n")
    assert ("柯丽", "belongsTo", "职田镇社会治安综合治理中心") in x.rels()
    # 某局副局长某某到某所工作，…: a leader's visit, no membership (挂职 would be one)
    x = extract("标题\n\n旬邑县公安局副局长柯海峰到城关派出所工作，任所长的柯立新汇报了近期工作。\n")
    assert not any(s == "柯海峰" and o.endswith("城关派出所") for s, p, o in x.rels("belongsTo"))
    # one sentence: 某所与某运行指挥中心建立…: no sub-unit of the 所
    x = extract("标题\n\n咸阳市公安局机场派出所与机场运行指挥中心建立联动机制。\n")
    assert not any(o.endswith("指挥中心") for o in x.names("Organization"))


def test_a_short_name_of_two_units_of_one_article_is_no_alias():
    # 甲分局城关派出所 … 乙县公安局城关派出所: 城关派出所 names both, the alias of neither
    from rdflib import SKOS

    from kg.pipeline import run

    g = run(text="标题\n\n咸阳市公安局秦都分局城关派出所与旬邑县公安局城关派出所联合开展行动。\n").graph
    assert "城关派出所" not in {str(a) for a in g.objects(None, SKOS.altLabel)}


def test_a_bare_bureau_after_a_copula(extract):
    # 曾任市局刑警支队支队长，带领支队荣获…: the article's city bureau's 支队, its post and honour
    x = extract("标题\n\n潍坊市公安局召开大会。柯远舟长期从事刑侦工作，曾任市局刑警支队支队长，带领支队荣获集体一等功。\n")
    assert {("柯远舟", "belongsTo", "潍坊市公安局刑警支队"), ("潍坊市公安局刑警支队", "received", "集体一等功")} <= x.rels()


def test_a_one_character_anaphor_is_the_headline_s_unit(extract):
    # 某中院召开党组会议 … 江油市人民法院、三台县人民法院等汇报 … 院党组副书记、副院长某某: the headline's court
    x = extract("绵阳中院召开党组会议研究部署工作\n\n本报讯 1月15日，四川省绵阳市中级人民法院召开党组会议。"
                "院党组书记、院长柯远舟主持会议。\n\n江油市人民法院、三台县人民法院等作交流发言。\n\n"
                "院党组副书记、副院长柯志远，党组成员、副院长柯丽参加会议。\n")
    rels = x.rels()
    assert ("柯志远", "belongsTo", "绵阳市中级人民法院") in rels
    assert ("柯志远", "belongsTo", "三台县人民法院") not in rels


def test_a_name_given_by_a_naming_verb(extract):
    # 这名民警叫某某，…; 队长名叫某某。(rules.NAMING_VERBS): a person; 他叫醒了…, 大家都叫他老柯: none
    x = extract("标题\n\n据了解，这名民警叫柯立新，与罗振宇同年入警。柯队长名叫柯远航，今年42岁。他叫醒了值班民警。\n")
    assert {"柯立新", "柯远航"} <= x.names("Person")
    assert not any(n.startswith("醒") for n in x.names("Person"))


def test_the_speaker_s_division_before_a_list_of_honoured_units(extract):
    # 我市甲县委政法委、乙派出所被评为…: 我市 is no item, both units receive (rules.OWN_DIVISION)
    x = extract("标题\n\n我市青川县委政法委、青川县公安局乔庄派出所被评为“全省平安建设先进集体”。\n")
    assert {("青川县委政法委", "received", "全省平安建设先进集体"),
            ("青川县公安局乔庄派出所", "received", "全省平安建设先进集体")} <= x.rels()


def test_a_bank_branch_written_again_by_an_anaphor(extract):
    # 该支行副行长某某 (rules.ANAPHOR_HEADS: 支行, 分行; not 行, which opens 该行为)
    x = extract("标题\n\n6月3日，在中国工商银行广元利州支行营业大厅，大堂经理柯婉婷拦住了市民。\n\n"
                "该支行副行长柯敏表示，银行将继续加强核查。\n")
    assert ("柯敏", "belongsTo", "中国工商银行广元利州支行") in x.rels()
