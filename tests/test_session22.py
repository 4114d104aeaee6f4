"""Recall on articles nobody had read (sets 202–207 of the invented corpus: railway, airport
and river police; skills contests and police technology; armed police and people's armed
forces): small invented sentences for each rule added after their first runs."""
from __future__ import annotations


# ----------------------------------------------------------------------------- rules (sets 202–207)
def test_a_rank_with_no_unit_is_held_in_the_one_unit_of_its_sentence(extract):
    # 某支队接报后，由二级高级警长某某带领…: the rank's holder is the 支队's
    x = extract("标题\n\n咸阳市公安局网安支队接报后，由二级高级警长甘文武带领技术民警分析日志。\n")
    assert ("甘文武", "belongsTo", "咸阳市公安局网安支队") in x.rels()
    x = extract("标题\n\n咸阳市公安局刑侦支队接报后，由民警柯远舟带领技术民警分析日志。\n")
    assert ("柯远舟", "belongsTo", "咸阳市公安局刑侦支队") in x.rels()
    # two units, neither the other's parent: which one is not said
    x = extract("标题\n\n咸阳市公安局刑侦支队与旬邑县公安局联合办案，一级警长罗晓东带队抓捕。\n")
    assert not any(s == "罗晓东" and p == "belongsTo" for s, p, o in x.rels())
    # a police role takes no unit of another kind (a court's)
    x = extract("标题\n\n旬邑县人民法院开庭审理此案，民警罗晓东出庭作证。\n")
    assert not any(s == "罗晓东" and p == "belongsTo" for s, p, o in x.rels())


def test_a_contests_prizes_are_honours_of_their_holders(extract):
    x = extract("标题\n\n在全省公安机关大比武中，旬邑县公安局刑警大队民警柯远舟获得手枪速射个人一等奖，"
                "淳化县公安局民警罗晓东获得个人二等奖。\n")
    assert {"个人一等奖", "个人二等奖"} <= x.names("Honor")  # the event (手枪速射) is no part of the prize
    assert ("柯远舟", "received", "个人一等奖") in x.rels() and ("罗晓东", "received", "个人二等奖") in x.rels()
    x = extract("标题\n\n旬邑县公安局网安支队荣获团体三等奖。\n")
    assert ("旬邑县公安局网安支队", "received", "团体三等奖") in x.rels()
    # 夺得, 摘得: verbs of honours by form (a title's ending), nothing else
    x = extract("标题\n\n咸阳市公安局法制大队副大队长柯远舟以一份满分的报告夺得个人一等奖。\n")
    assert ("柯远舟", "received", "个人一等奖") in x.rels()
    assert not extract("标题\n\n咸阳市公安局代表队夺得冠军。\n").names("Honor")
    # a prize with no holder named (a product's) is no honour
    assert "一等奖" not in extract("标题\n\n“警情地图”获得一等奖。\n").names("Honor")


def test_a_frame_before_the_honour_verb_names_no_recipient(extract):
    # 甲在某机关举办的竞赛中获得…: the frame's unit receives nothing; 甲 does
    x = extract("标题\n\n一级警长罗晓东在今年咸阳市公安机关刑事技术技能竞赛中获得现场勘查个人一等奖。\n")
    assert ("罗晓东", "received", "个人一等奖") in x.rels()
    x = extract("标题\n\n旬邑县公安局在全市公安机关考核中被评为先进集体。\n")
    assert ("旬邑县公安局", "received", "先进集体") in x.rels()


def test_armed_forces_posts_and_units(extract):
    x = extract("标题\n\n咸阳军分区副司令员柯远舟赶赴现场。武警咸阳支队副政治委员罗晓东带领官兵搜救。\n\n"
                "带队的特战排排长甘文武说，山里信号差。淳化县方里镇武装部部长于晨光熟悉山路，民兵柯丽背着老人蹚过河。\n")
    rels = x.rels()
    assert ("柯远舟", "position", "副司令员") in rels and ("柯远舟", "belongsTo", "咸阳军分区") in rels
    assert ("罗晓东", "position", "副政治委员") in rels and ("罗晓东", "belongsTo", "武警咸阳支队") in rels
    assert ("罗晓东", "position", "政治委员") not in rels
    assert ("甘文武", "position", "排长") in rels
    assert ("于晨光", "belongsTo", "方里镇武装部") in rels
    assert "柯丽" in x.names("Person")
    # 武装部长 is a post, not the unit 武装部 and a stray 长 (the breaker's)
    x = extract("标题\n\n旬邑县青柳镇武装部长于晨光介绍了演练情况。\n")
    assert "于晨光" in x.names("Person") and not any(n.endswith("武装部") for n in x.names("Organization"))


def test_a_rank_takes_no_unit_that_only_ordered_informed_or_helped(extract):
    # (the breaker's) a unit that is a source, gives orders, helps, is impersonated or is read in
    # another paragraph: no unit of the officer's
    for text in ("公安部近日部署开展“净网”专项行动，一级警长罗晓东带领专班开展工作。",
                 "根据咸阳市公安局统一部署，民警柯远舟带队开展清查。",
                 "据咸阳市公安局通报，交警甘文武第一时间赶到现场。",
                 "旬邑县警方在淳化县公安局的协助下抓获嫌疑人，一级警长柯远舟介绍了案情。",
                 "甘文武冒充淳化县公安局工作人员行骗，二级警长罗晓东接警后赶到现场。",
                 "咸阳市公安局刑侦支队接报后，旬邑县民警于晨光赶到现场。",
                 "旬邑县公安局情报指挥中心投入运行。\n\n值班长、四级高级警长柯远舟刚刚把一起警情指派给巡逻车。"):
        x = extract(f"标题\n\n{text}\n")
        assert not any(p == "belongsTo" and s in ("罗晓东", "柯远舟", "甘文武", "于晨光") for s, p, o in x.rels()), text
    # a procurator's or judge's rank takes no unit this way
    x = extract("标题\n\n旬邑县人民法院一审判处甘文武有期徒刑。二审承办法官、三级高级法官柯丽表示将依法审理。\n")
    assert not any(s == "柯丽" and p == "belongsTo" for s, p, o in x.rels())


def test_a_political_commissar_listed_after_the_commander_shares_the_unit(extract):
    # 支队长甲、政治委员乙: 政治委员 ends in 委员 but is no party seat
    x = extract("标题\n\n武警咸阳支队支队长柯远舟、政治委员罗晓东带领官兵分成8个小组。\n")
    assert ("罗晓东", "belongsTo", "武警咸阳支队") in x.rels()
    # a commissar after a party committee's secretary is no member of the committee (the breaker's)
    x = extract("标题\n\n淳化县委书记甘文武、政治委员柯远舟一同调研。\n")
    assert ("柯远舟", "belongsTo", "淳化县委") not in x.rels()
    # a party seat after a post still names a body of its own
    x = extract("标题\n\n旬邑县公安局青柳派出所所长柯远舟、驻村第一书记罗晓东走访群众。\n")
    assert ("罗晓东", "belongsTo", "旬邑县公安局青柳派出所") not in x.rels()


def test_a_unit_written_after_its_parents_bare_word_has_its_short_name(gh):
    # 某分局…。分局治安大队: 分局 points back as 该局 does; 治安大队 names the node, as after 该局
    from kg.pipeline import run
    g = run(text="标题\n\n咸阳市公安局渭城分局加强景区安保。分局治安大队大队长柯远舟介绍，今年客流增长。\n").graph
    unit = gh.node(g, "Organization", "咸阳市公安局渭城分局治安大队")
    assert "治安大队" in gh.alt_labels(g, unit)
    # a unit word that names no parent (网安|大队 is a modifier's) adds no short name of its own
    g = run(text="标题\n\n咸阳市公安局网安支队召开会议。\n").graph
    assert "支队" not in gh.alt_labels(g, gh.node(g, "Organization", "咸阳市公安局网安支队"))


def test_a_dotted_name_ends_before_the_copula_ren(extract):
    # 原驻所检察室主任甲·乙任副主任: 任 and its post are no part of the name
    x = extract("标题\n\n经县人大常委会任命，柯远舟任第五检察部主任，原驻所检察室主任努尔兰·甘文任副主任。\n")
    assert "努尔兰·甘文" in x.names("Person")
    assert not any(n.endswith("任") for n in x.names("Person"))
    assert ("努尔兰·甘文", "position", "副主任") in x.rels()
    assert "叶尔江·罗远" in extract("标题\n\n叶尔江·罗远任副所长以来，走访群众300余户。\n").names("Person")


def test_the_mark_of_a_former_name_is_no_part_of_a_units_name(extract):
    x = extract("标题\n\n旬邑县公安局对基层所队进行调整，原青石派出所与松岭派出所合并为青石松岭派出所。\n")
    names = x.names("Organization")
    assert "青石派出所" in names and not any(n.startswith("原") for n in names)


def test_a_unit_founds_units_of_its_own(extract):
    # 某局(新)组建|成立 + unit: the new unit is the bureau's, named without the verb
    x = extract("标题\n\n旬邑县公安局组建合成作战中心，实行扁平化指挥。淳化县公安局正式成立禁毒大队。"
                "咸阳市公安局渭城分局新成立反诈中心。\n")
    rels = x.rels()
    assert ("旬邑县公安局合成作战中心", "belongsTo", "旬邑县公安局") in rels
    assert ("淳化县公安局禁毒大队", "belongsTo", "淳化县公安局") in rels
    assert ("咸阳市公安局渭城分局反电信网络诈骗中心", "belongsTo", "咸阳市公安局渭城分局") in rels
    assert not any("成立" in n or "组建" in n for n in x.names("Organization"))
    # the founder opens its clause: no joint founders, no unit the founding 依托 (the breaker's)
    x = extract("标题\n\n旬邑县人民法院、旬邑县司法局和旬邑县公安局设立矛盾纠纷多元化解中心。淳化县公安局依托城关派出所成立城区巡控大队。\n")
    assert not any(o in ("旬邑县公安局", "城关派出所", "淳化县公安局城关派出所") and p == "belongsTo" and s.endswith(("中心", "大队"))
                   for s, p, o in x.rels())
    # units forming a body (组成) found none of theirs; nor does an ad-hoc group (专班) count
    x = extract("标题\n\n旬邑县公安局青柳派出所组成工作专班开展调查。\n")
    assert not any(n.endswith("专班") for n in x.names("Organization"))


def test_government_service_centres_are_units(extract):
    x = extract("标题\n\n旬邑县公安局出入境管理大队在旬邑县行政服务中心设立外国人服务专窗。淳化县政务服务中心开设公安窗口。\n")
    names = x.names("Organization")
    assert {"旬邑县行政服务中心", "淳化县政务服务中心"} <= names


def test_a_quoted_title_after_a_scope_and_its_bodies_is_the_title(extract):
    # 被评为全省公安机关“人民满意窗口”: the quotes hold the title, the scope is none of it
    x = extract("标题\n\n今年10月，旬邑县公安局青柳派出所户籍室被陕西省公安厅评为全省公安机关“人民满意窗口”，柯丽被记个人三等功。\n")
    assert ("旬邑县公安局青柳派出所户籍室", "received", "人民满意窗口") in x.rels()
    assert ("柯丽", "received", "个人三等功") in x.rels()


def test_a_unit_read_before_is_written_again_after_the_copula_ren(extract):
    # 副局长甲兼任|情报指挥中心主任: the centre read before, the post's unit
    x = extract("标题\n\n旬邑县公安局组建情报指挥中心。旬邑县公安局副局长柯远舟兼任情报指挥中心主任。\n")
    assert ("柯远舟", "belongsTo", "旬邑县公安局情报指挥中心") in x.rels()
    assert ("柯远舟", "position", "主任") in x.rels()
    # a unit of that ending read only later in the text is not the one written here
    x = extract("标题\n\n经研究，柯远舟任第五检察部主任。\n\n咸阳市人民检察院第五检察部负责人介绍了情况。\n")
    assert ("柯远舟", "belongsTo", "咸阳市人民检察院第五检察部") not in x.rels()


def test_no_school_of_a_relative_or_a_verb(extract):
    x = extract("标题\n\n女儿柯丽大学毕业后，考回了旬邑县公安局。儿子柯雨在咸阳读大学。\n")
    orgs = x.names("Organization")
    assert not any(n.endswith("大学") for n in orgs), orgs
    assert "柯丽" in x.names("Person")
    assert "咸阳师范学院" in extract("标题\n\n他毕业于咸阳师范学院。\n").names("Organization")


def test_a_dotted_name_ends_before_a_verb_and_where(extract):
    x = extract("标题\n\n身着荧光背心的阿迪力·吐尔逊站在岗台上指挥交通。\n")
    assert "阿迪力·吐尔逊" in x.names("Person")
    # (the breaker's) a name part ending in a character that is also a verb keeps it (阿不都拉|在)
    for said in ("近日，旬邑县公安局民警艾力·阿不都拉在巡逻中救起落水儿童。", "艾力·阿布都拉向记者介绍了情况。"):
        names = extract(f"标题\n\n{said}\n").names("Person")
        assert any(n.endswith("都拉") for n in names), (said, names)
