"""The thirty-fourth session's rules: bare township stations and legal-service centres, rivers
named like counties, firms named after their province, 依法治 committees, bare units after a
preposition, anaphors before a unit-kind title."""
from __future__ import annotations


def test_bare_township_justice_station_and_legal_service_centres(extract):
    x = extract("在陕西省咸阳市旬邑县太村镇，镇司法所所长甘文武介绍，镇公共法律服务站每周都有律师坐班。"
                "咸阳市司法局局长于晨光表示，市公共法律服务中心将推广这一做法。")
    orgs = x.names("Organization")
    assert {"太村镇司法所", "太村镇公共法律服务站", "咸阳市公共法律服务中心"} <= orgs
    assert ("甘文武", "belongsTo", "太村镇司法所") in x.rels()


def test_a_river_named_like_a_county_is_no_county(extract):
    x = extract("标题\n\n云南省丽江市民警沿着金沙江巡逻，四川省南充市民警在嘉陵江上救人，江西省上饶市民警在鄱阳湖巡逻。")
    assert not {"金沙县", "嘉陵区", "鄱阳县"} & x.names("Place")
    x = extract("标题\n\n云南澜沧江律师事务所律师柯远舟说。")
    assert "澜沧拉祜族自治县" not in x.names("Place")
    assert "云南省" in x.names("Place")
    x = extract("标题\n\n南充市嘉陵区公安分局、毕节市金沙县公安局民警在江边巡逻。")
    assert {"嘉陵区", "金沙县"} <= x.names("Place")  # written in full: still read


def test_a_firm_named_after_its_province_with_a_two_character_trade_name(extract):
    x = extract("标题\n\n贵州省律师协会公布名单，六盘水市贵州凉都律师事务所入选。律师柯远舟说。")
    assert "贵州凉都律师事务所" in x.names("Organization")
    assert ("贵州凉都律师事务所", "locatedIn", "六盘水市") in x.rels("locatedIn")
    x = extract("标题\n\n贵州还有律师事务所三百家，云南共有律师事务所五百家。")
    assert not any(n.endswith("律师事务所") for n in x.names("Organization"))


def test_a_firm_is_where_the_place_before_it_puts_it(extract):
    x = extract("标题\n\n云南省保山市云南永昌律师事务所律师司徒慧说。大理白族自治州的云南苍洱律师事务所扎根基层。"
                "云南滇中律师事务所获评优秀。")
    loc = x.rels("locatedIn")
    assert ("云南永昌律师事务所", "locatedIn", "保山市") in loc
    assert ("云南苍洱律师事务所", "locatedIn", "大理白族自治州") in loc
    assert ("云南滇中律师事务所", "locatedIn", "云南省") in loc
    assert ("云南永昌律师事务所", "locatedIn", "云南省") not in loc


def test_rule_of_law_committees_and_their_offices(extract):
    x = extract("标题\n\n中共咸阳市委全面依法治市委员会办公室印发通报。咸阳市委依法治市办副主任于晨光表示。"
                "利州区委全面依法治区委员会办公室专职副主任柯远舟说。")
    orgs = x.names("Organization")
    assert {"咸阳市委全面依法治市委员会办公室", "利州区委全面依法治区委员会",
            "利州区委全面依法治区委员会办公室"} <= orgs
    rels = x.rels()
    assert ("利州区委全面依法治区委员会办公室", "belongsTo", "利州区委全面依法治区委员会") in rels
    assert ("利州区委全面依法治区委员会", "belongsTo", "利州区委") in rels
    assert ("于晨光", "belongsTo", "咸阳市委全面依法治市委员会办公室") in rels


def test_a_bare_station_after_a_preposition_is_that_kind(extract):
    x = extract("标题\n\n在旬邑县太村镇，镇综治中心与太村派出所、太村镇司法所、镇人民法庭合署办公，"
                "每周由派出所所长甘文武带领民警集中接待群众。")
    assert ("甘文武", "belongsTo", "太村派出所") in x.rels("belongsTo")
    assert ("甘文武", "belongsTo", "太村镇司法所") not in x.rels("belongsTo")


def test_an_anaphor_before_a_title_naming_a_kind_of_unit(extract):
    x = extract("标题\n\n旬邑县公安局太村派出所地处太村镇。太村派出所民警柯远舟说。又请来太村镇司法所调解员罗晓东现场释法。\n\n"
                "派出所在景区设立服务点。今年5月，该所被陕西省公安厅命名为“枫桥式公安派出所”。")
    rec = x.rels("received")
    assert ("旬邑县公安局太村派出所", "received", "枫桥式公安派出所") in rec
    assert ("太村镇司法所", "received", "枫桥式公安派出所") not in rec


def test_a_partner_named_once_is_no_anaphor_s_topic(extract):
    x = extract("标题\n\n旬邑县公安局太村派出所地处太村镇。太村派出所所长柯远舟介绍，派出所还联合柳林村村委会和太村镇司法所，"
                "把矛盾纠纷分类处理。\n\n派出所在景区设立服务点。今年5月，该所被陕西省公安厅授予集体三等功。")
    rec = x.rels("received")
    assert ("太村镇司法所", "received", "集体三等功") not in rec
    assert ("旬邑县公安局太村派出所", "received", "集体三等功") in rec


def test_a_bare_township_station_is_the_township_its_sentence_names(extract):
    x = extract("标题\n\n旬邑县司法局太村司法所所长柯远舟发言。\n\n甘文武介绍，派出所联合柳林镇综治中心、镇司法所建立联调机制。")
    assert any(n.endswith("柳林镇司法所") for n in x.names("Organization"))


def test_a_bureau_short_name_before_a_section(extract):
    x = extract("标题\n\n宝鸡市公安局召开大会。市局办公室主任柯远舟介绍。市局警务保障处处长罗晓东说。")
    orgs = x.names("Organization")
    assert {"宝鸡市公安局办公室", "宝鸡市公安局警务保障处"} <= orgs
    assert not any("市局办公室" in n or "市局警务" in n for n in orgs)
    assert ("罗晓东", "belongsTo", "宝鸡市公安局警务保障处") in x.rels("belongsTo")


def test_one_character_opens_a_station_name_after_a_list_mark(extract):
    x = extract("标题\n\n重庆市公安局江北区分局召开大会。\n\n三、石马河派出所被公安部命名为“全国优秀公安基层单位”。")
    assert "石马河派出所" in x.names("Organization")
    assert "马河派出所" not in x.names("Organization")
    assert x.names("Honor") == {"全国优秀公安基层单位"}  # no numbered heading read as a title
    x = extract("标题\n\n经各县区司法局推荐，柳林镇司法所获评先进。")
    assert not any(n.startswith("经") for n in x.names("Organization"))
