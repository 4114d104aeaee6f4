"""kg.extract.persons: names after titles and roles, party posts, speech verbs."""
from __future__ import annotations

from kg.types import ORGANIZATION, PERSON


def test_person_after_role_belongs_to_unit(extract):
    x = extract("咸阳市公安局刑警支队民警吕晓岚赶到现场。")
    assert x.names(PERSON) == {"吕晓岚"}
    assert ("吕晓岚", "belongsTo", "咸阳市公安局刑警支队") in x.rels()
    assert not x.rels("position")  # 民警 is a role, not a post


def test_person_after_title_gets_position_and_unit(extract):
    x = extract("咸阳市公安局副局长邝文斌介绍说，全市治安形势平稳。")
    assert x.names(PERSON) == {"邝文斌"}
    rels = x.rels()
    assert ("邝文斌", "position", "副局长") in rels
    assert ("邝文斌", "belongsTo", "咸阳市公安局") in rels


def test_party_committee_two_posts(extract):
    x = extract("柳河县委副书记、政法委书记张某某说，平安建设要抓实抓细。")
    assert x.names(PERSON) == {"张某某"}
    rels = x.rels()
    assert ("张某某", "position", "副书记") in rels
    assert ("张某某", "position", "政法委书记") in rels
    assert ("张某某", "belongsTo", "柳河县委") in rels
    assert ("张某某", "belongsTo", "柳河县委政法委") in rels
    assert ("柳河县委政法委", "belongsTo", "柳河县委") in rels
    assert "柳河县委政法委" in x.names(ORGANIZATION)


def test_anonymised_name_is_flagged(extract):
    x = extract("柳河县委副书记、政法委书记张某某说，平安建设要抓实抓细。")
    assert dict(x.mention(PERSON, "张某某").attrs).get("anonymised") == "true"


def test_speech_pattern(extract):
    x = extract("“我们一定会坚持下去。”苗振宇说。")
    assert x.names(PERSON) == {"苗振宇"}


def test_speech_pattern_two_character_name(extract):
    x = extract("对此，柏云介绍说，巡逻将持续一个月。")
    assert x.names(PERSON) == {"柏云"}


def test_no_person_without_cue(extract):
    x = extract("记者了解到，民警们连夜排查，群众纷纷点赞。")
    assert x.names(PERSON) == set()


def test_person_offsets_point_into_document_text(extract):
    x = extract("标题\n\n据悉，咸阳市公安局副局长邝文斌带队检查。\n")
    doc = x.docs[0]
    (m,) = [m for m in x.mentions if m.cls == PERSON]
    assert doc.text[m.start:m.end] == "邝文斌"
