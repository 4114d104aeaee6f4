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
