"""Recall on articles nobody had read (sets 94–97 of the invented corpus, new users' reports): small
invented sentences for each rule added after their first runs."""
from __future__ import annotations


def test_an_anaphor_stands_for_the_unit_the_post_after_it_heads(extract):
    # 该院党组书记、检察长某某 after a 检察院 and then a 法院: 检察长 heads a 检察院 (titles.tsv), so 该院
    # is the procuratorate, not the last 院 read
    x = extract("标题\n\n青川县人民检察院与青川县人民法院召开联席会议。该院党组书记、检察长柯远舟表示，将加强协作。\n")
    assert ("柯远舟", "belongsTo", "青川县人民检察院") in x.rels()
    assert ("柯远舟", "belongsTo", "青川县人民法院") not in x.rels()
