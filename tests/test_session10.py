"""Recall on articles nobody had read (held-out sets 86–93 of the invented corpus, a new user's
personnel news): small invented sentences for each rule added after their first runs."""
from __future__ import annotations


def test_a_name_ending_in_ming_before_shuo_at_the_sentence_end(extract):
    # 所长柯建明说。: 明说 is a verb of the dictionary, but before a full stop 说 is the speech and 明
    # the name's end (it was 柯建, as before a comma it was not)
    x = extract("标题\n\n“他是所里的老黄牛。”江城派出所所长柯建明说。\n")
    assert "柯建明" in x.names("Person") and "柯建" not in x.names("Person")


def test_ji_before_an_award_is_no_part_of_the_name(extract):
    # 民警玄秀梅记个人二等功: 记 records the award; the name is three characters
    x = extract("标题\n\n广元市公安局网络安全保卫支队民警玄秀梅记个人二等功。\n")
    assert ("玄秀梅", "received", "个人二等功") in x.rels()
    assert "玄秀梅记" not in x.names("Person")


def test_a_list_of_units_after_another_honours_clause(extract):
    # 甲记集体一等功，乙、丙、丁记集体二等功: the list starts after the clause of the first honour, so
    # every unit of it receives the second (only the last one did)
    x = extract("标题\n\n日前，公安部对有功集体予以表彰。四川省公安厅刑事侦查总队记集体一等功，广元市公安局利州分局、"
                "绵阳市公安局涪城分局、南充市公安局顺庆分局记集体二等功。\n")
    got = {s for s, p, o in x.rels("received") if o == "集体二等功"}
    assert {"广元市公安局利州分局", "绵阳市公安局涪城分局", "南充市公安局顺庆分局"} <= got
    assert any(s.startswith("四川省公安厅") and o == "集体一等功" for s, _, o in x.rels("received"))


def test_a_courts_enforcement_bureau_written_alone(extract):
    # 执行局副局长某某 after one court is named: that court's 执行局 (as its numbered divisions are)
    x = extract("标题\n\n青川县人民法院召开会议。执行局副局长柯远舟介绍，执行团队与审判团队协作。\n")
    assert ("柯远舟", "belongsTo", "青川县人民法院执行局") in x.rels()
    assert ("青川县人民法院执行局", "belongsTo", "青川县人民法院") in x.rels()


def test_a_numbered_department_alone_among_several_procuratorates(extract):
    # 甲市人民检察院第一检察部 … 乙县人民检察院 … 第六检察部检察官某某: the procuratorate whose numbered
    # departments the article names (two procuratorates are named, so the count alone said nothing)
    x = extract("标题\n\n广元市人民检察院召开会议。市检察院第一检察部提前介入一案。青川县人民检察院参与办案。"
                "第六检察部检察官柯远舟和检察官助理林晓岚办理一起案件。\n")
    assert ("柯远舟", "belongsTo", "广元市人民检察院第六检察部") in x.rels()
    assert ("广元市人民检察院第六检察部", "belongsTo", "广元市人民检察院") in x.rels()


def test_several_names_appointed_to_one_post(extract):
    # 任命甲、乙为某院审判员 (免去甲、乙的…职务): each name holds the post (ended for 免去)
    from kg.schema import ENDED
    x = extract("任免名单\n\n任命柯远舟、林晓岚为广元市中级人民法院审判员；\n免去柯远帆、柯远航的广元市中级人民法院审判员职务。\n")
    rels = x.rels()
    for name in ("柯远舟", "林晓岚", "柯远帆", "柯远航"):
        assert (name, "position", "审判员") in rels and (name, "belongsTo", "广元市中级人民法院") in rels
    ended = {st.subject.name for st in x.statements if st.predicate == "position" and st.qualifiers.status == ENDED}
    assert ended == {"柯远帆", "柯远航"}


def test_a_year_and_a_verb_before_a_level_make_no_place(extract):
    # 2019年起任市公安局…, 2016年调任县公安局…: the date's 年 and the verb are no name of an unlisted
    # city or county (年起任市, 年调任县 were places, with bureaus of their own)
    x = extract("标题\n\n柯远舟是绵阳市公安局的老刑警。2019年起任市公安局刑侦支队副支队长，2016年调任县公安局禁毒大队。\n")
    assert not any(n.startswith("年") for n in x.names("Place") | x.names("Organization"))
    assert "绵阳市公安局刑侦支队" in x.names("Organization")


def test_among_the_honoured_units_and_persons(extract):
    # 授予甲等N个单位“…”称号 … 受到表彰的集体中，有…乙、丙: each unit named there receives the title;
    # 受到表彰的个人中，…丁…: the persons' title (units inside a longer unit's name receive nothing)
    x = extract("标题\n\n人力资源社会保障部、公安部近日联合印发决定，授予广元市公安局刑事侦查支队等5个单位“全国公安系统英雄模范立功集体”"
                "称号，授予绵阳市公安局涪城分局城郊派出所所长柯远舟等6名同志“全国公安系统二级英雄模范”称号。\n\n"
                "受到表彰的集体中，有奋战在打击犯罪一线的广元市公安局刑事侦查支队、南充市公安局交通警察支队，"
                "也有扎根基层的巴中市公安局巴州分局江北派出所。\n\n"
                "受到表彰的个人中，达州市公安局通川分局刑警大队大队长林晓岚主办重特大案件200余起。\n")
    got = {(s, o) for s, _, o in x.rels("received")}
    assert {("南充市公安局交警支队", "全国公安系统英雄模范立功集体"), ("巴中市公安局巴州分局江北派出所", "全国公安系统英雄模范立功集体"),
            ("林晓岚", "全国公安系统二级英雄模范")} <= got
    assert not any(s in ("巴中市公安局", "巴中市公安局巴州分局") for s, _ in got)
