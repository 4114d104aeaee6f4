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
