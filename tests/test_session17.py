"""Recall on articles nobody had read (sets 138 and 140 of the invented corpus: prisons and judicial
administration, discipline inspection and political-legal committees): small invented sentences for
each rule added after their first runs."""
from __future__ import annotations


def test_a_portrait_subtitle_gives_its_person_the_titles(extract):
    # ——记<title>、<title><unit><post><name>: the feature portrays the person, who holds the titles
    x = extract("忠诚卫士\n——记全国优秀人民警察、二级英雄模范旬邑县公安局青柳派出所所长柯远舟\n\n"
                "本报记者 罗晓东\n\n柯远舟说，他会继续努力。\n")
    assert ("柯远舟", "received", "全国优秀人民警察") in x.rels()
    assert ("柯远舟", "received", "二级英雄模范") in x.rels()


def test_a_portrait_subtitle_gives_its_unit_the_title(extract):
    # ——记<title><unit>: the unit closing the line received it
    x = extract("坚守一线\n——记全国公安系统先进集体旬邑县公安局青柳派出所\n\n本报记者 罗晓东\n\n"
                "青柳派出所所长柯远舟说，他们会继续努力。\n")
    assert ("旬邑县公安局青柳派出所", "received", "全国公安系统先进集体") in x.rels()


def test_a_portrait_subtitle_without_a_title_gives_nothing(extract):
    # ——记扎根边疆的民警某某: a description, no honour
    x = extract("坚守一线\n——记扎根边疆的优秀民警柯远舟\n\n本报记者 罗晓东\n\n柯远舟说，他会继续努力。\n")
    assert not [r for r in x.rels() if r[1] == "received"]


def test_a_bare_city_body_is_the_county_level_city_of_the_first_unit(extract):
    # 在某省某市江油市纪委监委…，市委巡察办: the article's units are the county-level city's
    x = extract("标题\n\n在四川省绵阳市江油市纪委监委，第一纪检监察室常常加班。"
                "市委巡察办主任柯丽介绍，今年已移交线索10件。\n")
    assert "江油市委巡察办" in x.names("Organization")
    assert ("柯丽", "belongsTo", "江油市委巡察办") in x.rels()
    assert "绵阳市委巡察办" not in x.names("Organization")


def test_a_stationed_group_written_again_alone(extract):
    # 某市纪委监委派驻市公安局纪检监察组 …; 派驻纪检监察组组长某某: the one group of the article
    x = extract("标题\n\n广元市纪委监委派驻市公安局纪检监察组开展专项检查。"
                "派驻纪检监察组组长柯远舟说，问题已全部整改。\n")
    group = "广元市纪律检查委员会派驻市公安局纪检监察组"
    assert ("柯远舟", "belongsTo", group) in x.rels()
    assert dict(x.mention("Organization", group).attrs).get("short") == "派驻市公安局纪检监察组"  # its alias
    assert "派驻市" not in x.names("Place")


def test_a_verb_of_stationing_is_no_unlisted_city(extract):
    # 广元派驻|市公安局纪检监察组: 派驻 is no city's stem
    x = extract("广元派驻市公安局纪检监察组监督见实效\n\n正文。\n")
    assert "派驻市" not in x.names("Place")
    assert not any("派驻市公安局" == n for n in x.names("Organization"))


def test_a_leading_group_named_by_its_task_and_its_office(extract):
    # 某省扫黑除恶斗争领导小组办公室: a body named by its task after the place, and its office
    x = extract("标题\n\n广元市扫黑除恶斗争领导小组办公室副主任柯丽表示，线索已全部核查。\n")
    assert ("广元市扫黑除恶斗争领导小组办公室", "belongsTo", "广元市扫黑除恶斗争领导小组") in x.rels()
    assert ("柯丽", "belongsTo", "广元市扫黑除恶斗争领导小组办公室") in x.rels()


def test_a_place_inside_a_task_name_seats_no_leading_group(extract):
    # 省委平安河南建设领导小组: 河南 is part of the task's name (平安河南建设), no 河南省建设领导小组
    x = extract("标题\n\n中共河南省委平安河南建设领导小组印发通报。\n")
    assert not any(n.endswith("建设领导小组") for n in x.names("Organization"))


def test_the_anti_gang_office_written_short_is_the_long_name(extract):
    # 市扫黑办 (units.tsv full form): the office of the city's 扫黑除恶斗争领导小组
    x = extract("标题\n\n广元市扫黑办主任柯丽介绍，今年共打掉犯罪团伙5个。\n")
    assert "广元市扫黑除恶斗争领导小组办公室" in x.names("Organization")
    assert ("柯丽", "belongsTo", "广元市扫黑除恶斗争领导小组办公室") in x.rels()


def test_an_inspection_office_of_a_party_committee(extract):
    # 市委巡察办 (units.tsv): a section of the city's committee
    x = extract("标题\n\n广元市委巡察办主任柯丽介绍，今年已完成巡察12轮。\n")
    assert ("广元市委巡察办", "belongsTo", "广元市委") in x.rels()
    assert ("柯丽", "belongsTo", "广元市委巡察办") in x.rels()


def test_an_office_in_a_run_of_posts_is_the_run_units_own(extract):
    # 某中院新闻发言人、办公室主任某某: the court's office, not another body's office read before
    x = extract("标题\n\n广元市公安局办公室已发布公告。\n\n"
                "广元市中级人民法院审理此案。广元中院新闻发言人、办公室主任柯丽介绍，该院将依法判决。\n")
    assert ("柯丽", "belongsTo", "广元市中级人民法院办公室") in x.rels()
    assert ("柯丽", "belongsTo", "广元市公安局办公室") not in x.rels()
