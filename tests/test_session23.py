"""Recall on articles nobody had read (sets 218–225 of the invented corpus: justice
administration, meetings and long honours lists, grassroots governance, courts): small invented
sentences for each rule added after their first runs."""
from __future__ import annotations


# ----------------------------------------------------------------------------- rules (sets 218–221)
def test_the_rows_of_a_meetings_appointment_section(extract):
    # 会议决定任命： then one row a line; a row of two names (甲、乙为…) shares its posts
    x = extract("标题\n\n会议决定任命：\n柯远舟为咸阳市中级人民法院副院长；\n罗晓东为市中级人民法院刑事审判第一庭庭长；\n"
                "甘文武、于晨光为市中级人民法院审判员；\n柯丽为淳化县人民检察院检察长。\n")
    rels = x.rels()
    assert ("罗晓东", "position", "庭长") in rels
    assert ("罗晓东", "belongsTo", "咸阳市中级人民法院刑事审判第一庭") in rels
    for name in ("甘文武", "于晨光"):
        assert (name, "position", "审判员") in rels and (name, "belongsTo", "咸阳市中级人民法院") in rels
    assert ("柯丽", "position", "检察长") in rels and ("柯丽", "belongsTo", "淳化县人民检察院") in rels


def test_recipients_among_those_honoured_after_a_grant_to_a_count(extract):
    # 授予28个集体“…”称号 (none named); later 受表彰的先进集体中，甲、乙…; 先进个人包括：<unit><post>丙，…丁等
    x = extract("标题\n\n咸阳市中级人民法院召开表彰会，授予12个集体“全市法院先进集体”称号，授予30名干警“全市法院先进个人”称号。\n\n"
                "受表彰的先进集体中，旬邑县人民法院执行局、淳化县人民法院立案庭等集体榜上有名。\n\n"
                "受表彰的先进个人包括：旬邑县人民法院副院长柯远舟，淳化县人民法院法官助理罗晓东等。\n")
    rels = x.rels()
    assert ("旬邑县人民法院执行局", "received", "全市法院先进集体") in rels
    assert ("淳化县人民法院立案庭", "received", "全市法院先进集体") in rels
    assert ("柯远舟", "received", "全市法院先进个人") in rels and ("罗晓东", "received", "全市法院先进个人") in rels
    assert ("旬邑县人民法院", "received", "全市法院先进集体") not in rels  # (the court named inside a unit's name)
    # two titles for persons: which one, the text does not say
    x = extract("标题\n\n大会授予10名民警“优秀民警”称号，授予5名民警“优秀辅警”称号。\n\n"
                "受表彰的个人包括：旬邑县公安局民警柯远舟，淳化县公安局民警罗晓东等。\n")
    assert not any(p == "received" and s in ("柯远舟", "罗晓东") for s, p, o in x.rels())


def test_a_bare_city_bureau_listed_after_a_county_level_citys_unit_is_the_articles_city(extract):
    x = extract("标题\n\n咸阳市公安局召开表彰大会。兴平市公安局西城派出所、旬邑县公安局城关派出所、"
                "市公安局交通警察支队荣记集体二等功。\n")
    rels = x.rels()
    assert ("咸阳市公安局交警支队", "belongsTo", "咸阳市公安局") in rels
    assert not any(s.startswith("兴平市公安局交") for s, p, o in rels)
    # the bureau that opens a clause keeps the bare one of the clause after it
    x = extract("标题\n\n咸阳市公安局召开会议。兴平市公安局局长柯远舟介绍，市公安局刑侦大队破获此案。\n")
    assert "兴平市公安局刑侦大队" in x.names("Organization")


def test_a_secondment_verb_ends_the_name_before_it(extract):
    x = extract("标题\n\n咸阳市中级人民法院执行局综合处处长柯丽挂任淳化县人民法院执行局副局长。\n")
    rels = x.rels()
    assert "柯丽" in x.names("Person") and "柯丽挂" not in x.names("Person")
    assert ("柯丽", "position", "副局长") in rels and ("柯丽", "belongsTo", "淳化县人民法院执行局") in rels


def test_a_list_opens_with_a_name_the_tagger_reads_as_a_word(extract):
    # 婷婷: jieba tags it a descriptive word, so the name is read as the first of the list
    x = extract("标题\n\n柯远舟等8名民警荣记个人一等功，柯婷婷、罗晓东等31名民警荣记个人二等功。\n")
    assert "柯婷婷" in x.names("Person") and ("柯婷婷", "received", "个人二等功") in x.rels()
    x = extract("标题\n\n旬邑、罗晓东等民警到场。\n")
    assert "旬邑" not in x.names("Person")


# ----------------------------------------------------------------------------- rules (set 222: grassroots governance)
def test_bare_bodies_of_a_township_street_or_village(extract):
    x = extract("标题\n\n陕西省咸阳市淳化县方里镇柯家村村民说，驻村辅警甘文武与村党支部书记、村委会主任罗晓东碰头。"
                "镇里将此纳入镇社会治理中心统一调度。\n")
    rels = x.rels()
    assert {"柯家村党支部", "柯家村村委会", "方里镇社会治理中心"} <= x.names("Organization")
    assert ("罗晓东", "belongsTo", "柯家村党支部") in rels and ("罗晓东", "belongsTo", "柯家村村委会") in rels
    assert ("柯家村村委会", "locatedIn", "柯家村") in rels
    x = extract("标题\n\n咸阳市淳化县城关街道柯家社区的居民说，此事已纳入街道综治中心的平台。\n")
    assert ("城关街道社会治安综合治理中心", "locatedIn", "城关街道") in x.rels()
    # 委会 is a village's only: 团区委|会签 is the district's youth league committee, no 区委会
    x = extract("标题\n\n咸阳市渭城区人民检察院与区教育局、团区委会签了办法。\n")
    assert not any(n.endswith("委会") for n in x.names("Organization"))
    assert not extract("标题\n\n农村党支部要发挥作用。\n").names("Organization")


def test_a_communitys_party_committee_and_residents_committee_in_one_run_of_posts(extract):
    x = extract("标题\n\n咸阳市淳化县城关街道柯家社区党委书记、居委会主任于晨光牵头。\n")
    rels = x.rels()
    assert ("于晨光", "belongsTo", "柯家社区党委") in rels and ("于晨光", "belongsTo", "柯家社区居委会") in rels
    assert ("柯家社区居委会", "locatedIn", "柯家社区") in rels


def test_a_village_named_like_a_county_of_the_city(extract):
    # 雁塔 is a district of 西安市; 某镇雁塔村 is a village, and so is 雁塔村 written again alone
    x = extract("标题\n\n陕西省西安市长安区太乙宫街道。罗晓东曾担任太乙宫街道雁塔村党支部书记20余年。雁塔村网格员柯丽说。\n")
    assert "雁塔村" in x.names("Place") and "雁塔区" not in x.names("Place")
    assert ("罗晓东", "belongsTo", "雁塔村党支部") in x.rels()


def test_a_quoted_unit_named_after_a_person_and_its_role(extract):
    x = extract("标题\n\n在旬邑县青柳镇综治中心，“老柯调解室”调解员柯远舟送走了握手言和的两家人。\n")
    assert "老柯调解室" in x.names("Organization") and ("柯远舟", "belongsTo", "老柯调解室") in x.rels()
    assert "柯姐调解室" in extract("标题\n\n青柳镇设立“柯姐调解室”，由罗晓东担任调解员。\n").names("Organization")
    assert not extract("标题\n\n民警把“流动警务室”开进村里。\n").names("Organization")


# ----------------------------------------------------------------------------- rules (set 226)
def test_a_list_goes_on_only_over_names(extract):
    # 民警晋升、评先评优: no surname opens 评先评优 and jieba cuts verbs from it: no list member
    x = extract("标题\n\n政治部主任柯丽介绍，局里把支部创建与民警晋升、评先评优直接挂钩。\n")
    assert "评先评优" not in x.names("Person")
    # names of no surname go on a list (Uyghur, Tibetan)
    x = extract("标题\n\n民警柯远舟、阿依努尔赶到现场。\n")
    assert {"柯远舟", "阿依努尔"} <= x.names("Person")


# ----------------------------------------------------------------------------- the breaker's findings on these rules
def test_the_breakers_findings_on_the_sessions_rules(extract):
    # a grant to a count: the units of the list's own clause receive, not guests named after it
    x = extract("标题\n\n咸阳市淳化县人民政府召开表彰大会，授予28个集体“平安建设先进集体”称号。受表彰的先进集体中，"
                "县公安局城关派出所、县人民法院立案庭等集体榜上有名，县人民检察院负责人出席会议。\n")
    assert ("淳化县公安局城关派出所", "received", "平安建设先进集体") in x.rels()
    assert not any(s == "淳化县人民检察院" and p == "received" for s, p, o in x.rels())
    # 同志 after each name of a row is no part of the name
    x = extract("标题\n\n会议决定任命：\n柯远舟同志为咸阳市中级人民法院副院长；\n甘文武同志、于晨光同志为市中级人民法院审判员；\n")
    assert {"甘文武", "于晨光"} <= x.names("Person") and "甘文武同志" not in x.names("Person")
    # one person's run of posts: the bare 市公安局 is the bureau of the post before the 、
    x = extract("标题\n\n咸阳市公安局破获一起案件。兴平市公安局西城派出所所长、市公安局刑侦大队副大队长柯远舟介绍了案情。\n")
    assert ("柯远舟", "belongsTo", "兴平市公安局刑侦大队") in x.rels()
    # a township's 综治中心 in an article of a street; a village's committee is no township's
    x = extract("标题\n\n咸阳市淳化县城关街道发生一起纠纷，镇综治中心主任柯丽及时调解。\n")
    assert ("柯丽", "belongsTo", "城关街道社会治安综合治理中心") in x.rels()
    x = extract("标题\n\n咸阳市淳化县方里镇党委书记、村委会主任罗晓东到场。\n")
    assert "方里镇村委会" not in x.names("Organization")
    # two villages: which one's 村委会, the text does not say
    x = extract("标题\n\n咸阳市淳化县方里镇柯家村与方里镇石桥村村民发生纠纷，村委会主任罗晓东共同调解。\n")
    assert not any(n.endswith("村委会") for n in x.names("Organization"))
    # a word opens no list of names; a quoted common word is no nickname
    assert "祝福" not in extract("标题\n\n淳化县城关派出所接到报警，祝福、罗晓东等5人报警。\n").names("Person")
    assert "金店" not in extract("标题\n\n金店、罗晓东经营的超市等5家商户被盗。\n").names("Person")
    assert not extract("标题\n\n推广“小康调解室”经验。\n").names("Organization")


# ----------------------------------------------------------------------------- rules (set 228: roads and emergencies)
def test_a_detachment_named_by_a_prefecture_alone_is_the_bureaus_of_its_sibling(extract):
    # 某总队宝鸡支队… then 咸阳支队: the same provincial bureau's detachment of another prefecture
    x = extract("标题\n\n会上，陕西省公安厅高速公路交通警察总队咸阳支队旬邑大队被记集体一等功。\n\n"
                "宝鸡支队凤翔大队被记集体二等功。\n")
    rels = x.rels()
    assert ("陕西省公安厅高速公路交警总队宝鸡支队", "belongsTo", "陕西省公安厅高速公路交警总队") in rels
    # no sibling of another province: nothing made up
    x = extract("标题\n\n宝鸡支队凤翔大队被记集体二等功。\n")
    assert not any(s.endswith("总队宝鸡支队") for s, p, o in x.rels())


def test_a_countys_brigade_before_a_fire_station_is_the_fire_detachments(extract):
    x = extract("标题\n\n咸阳市公安局交警支队高速公路一大队民警迅速出警，同时通报咸阳市消防救援支队。"
                "旬邑县大队太村消防救援站7名消防员赶到现场。\n")
    rels = x.rels()
    assert ("咸阳市消防救援支队旬邑县大队", "belongsTo", "咸阳市消防救援支队") in rels
    assert not any(s.startswith("咸阳市公安局交警支队旬邑") for s, p, o in rels)


def test_some_of_a_counted_group_named_after_qizhong_baokuo(extract):
    x = extract("标题\n\n此外，全市还有12名民警被评为“全市优秀人民警察”，其中包括旬邑县公安局城关派出所副所长柯远舟、"
                "淳化县公安局刑侦大队民警罗晓东等。\n")
    rels = x.rels()
    assert ("柯远舟", "received", "全市优秀人民警察") in rels and ("罗晓东", "received", "全市优秀人民警察") in rels
    assert not any(p == "received" and s.endswith(("派出所", "大队")) for s, p, o in rels)  # (their units: no)
    x = extract("标题\n\n全市共有5个派出所被评为“枫桥式公安派出所”，其中包括旬邑县公安局城关派出所、淳化县公安局方里派出所。\n")
    assert ("淳化县公安局方里派出所", "received", "枫桥式公安派出所") in x.rels()


# ----------------------------------------------------------------------------- rules (set 232: police notices)
def test_a_notices_contact_line_and_either_unit(extract):
    x = extract("标题\n\n如发现上述人员，请立即与旬邑县公安局刑事侦查大队或城关派出所联系。\n"
                "联系人：旬邑县公安局刑事侦查大队 柯远舟 罗晓东\n联系电话：0910-1234567\n")
    rels = x.rels()
    assert "旬邑县公安局城关派出所" in x.names("Organization")
    assert not any("或" in n for n in x.names("Organization"))
    assert ("柯远舟", "belongsTo", "旬邑县公安局刑侦大队") in rels and ("罗晓东", "belongsTo", "旬邑县公安局刑侦大队") in rels


def test_a_rare_surname_of_guizhou(extract):
    assert "禄正华" in extract("标题\n\n旬邑县公安局民警禄正华说，案件已告破。\n").names("Person")


# ----------------------------------------------------------------------------- rules (sets 230, 234)
def test_he_before_a_townships_name_is_the_conjunction(extract):
    # 太村镇 is in the township table: 和 joins, no surname 和
    x = extract("标题\n\n旬邑县人民检察院邀请人大代表、政协委员和太村镇居民代表参加听证会。\n")
    assert not any(n.startswith("和") for n in x.names("Person"))


def test_a_community_drug_rehabilitation_station_is_a_unit_of_its_township(extract):
    x = extract("标题\n\n淳化县城关镇社区戒毒社区康复工作站社工柯丽说。该工作站荣获“全省禁毒工作先进集体”。\n")
    assert "社区戒毒社区" not in x.names("Place")
    rels = x.rels()
    assert ("城关镇社区戒毒社区康复工作站", "locatedIn", "城关镇") in rels
    assert ("柯丽", "belongsTo", "城关镇社区戒毒社区康复工作站") in rels


def test_every_holder_of_a_post_names_no_one(extract):
    x = extract("标题\n\n县公安局副局长柯远舟介绍，每名法治副校长每学期至少到校开展4次法治教育。\n")
    assert x.names("Person") == {"柯远舟"}


def test_the_second_breakers_findings(extract):
    # a unit that only describes a person (某支队民警甲所在的中队) receives nothing; nor a unit before 的
    x = extract("标题\n\n今年全省共有5个单位被评为“全省公安机关先进集体”，其中包括咸阳市公安局交警支队民警罗晓东所在的城关中队。\n")
    assert not any(p == "received" for s, p, o in x.rels())
    x = extract("标题\n\n今年共有5家单位被评为“全省公安机关先进集体”，其中包括旬邑县公安局城关派出所和咸阳市公安局交警支队的一个中队。\n")
    assert ("旬邑县公安局城关派出所", "received", "全省公安机关先进集体") in x.rels()
    assert ("咸阳市公安局交警支队", "received", "全省公安机关先进集体") not in x.rels()
    # a community whose name starts with 街道 stays one
    assert "街道口社区" in extract("标题\n\n武汉市洪山区珞南街道街道口社区党委书记罗晓东介绍了情况。\n").names("Place")
    # the city's own unit in the sentence: 咸阳支队 may be the city's, not the provincial bureau's
    x = extract("标题\n\n陕西省公安厅高速公路交通警察总队宝鸡支队民警柯远舟在执勤。咸阳支队队员、咸阳市公安局特警支队民警罗晓东赶到。\n")
    assert not any(s.endswith("总队咸阳支队") for s, p, o in x.rels())
    # contact lines: several units, dotted names, a telephone number ends the names
    x = extract("标题\n\n联系人：旬邑县公安局刑事侦查大队 柯远舟，联系电话：0910-1234567；旬邑县公安局城关派出所 罗晓东\n")
    assert ("罗晓东", "belongsTo", "旬邑县公安局城关派出所") in x.rels()
    x = extract("标题\n\n联系人：旬邑县公安局刑侦大队  柯远·买买提  电话：0906-8823110\n")
    assert ("柯远·买买提", "belongsTo", "旬邑县公安局刑侦大队") in x.rels()
