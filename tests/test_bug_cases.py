"""One test per row of /work/shared/bugs/CASES.md (rows 1-6, 9, 11-18), inputs copied from the rows."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg.errors import LexiconError
from kg.graph import entity_iri
from kg.namespaces import KG
from kg.nlp import parse_lexicon
from kg.pipeline import run
from kg.types import ORGANIZATION, PLACE

ROOT = Path(__file__).resolve().parents[1]


def _article(sentence: str) -> str:
    """The row's input as the body of a one-item article (a title line, then the text)."""
    if sentence[-1] not in "。！？":
        sentence += "。"
    return f"标题\n\n{sentence}\n"


def _entities(g: Graph) -> set[tuple[str, str]]:
    """(class, label) of every entity of the contract's top classes."""
    out = set()
    for cls in ("Person", "Organization", "Place", "Honor"):
        for n in g.subjects(RDF.type, KG[cls]):
            out.add((cls, str(g.value(n, RDFS.label))))
    return out


def _relations(g: Graph) -> set[tuple[str, str, str]]:
    out = set()
    for p in ("locatedIn", "belongsTo", "received", "position", "reporter", "correspondent"):
        for s, o in g.subject_objects(KG[p]):
            ol = str(o) if isinstance(o, Literal) else str(g.value(o, RDFS.label))
            out.add((str(g.value(s, RDFS.label)), p, ol))
    return out


# ----------------------------------------------------------------------------- row 1
def test_row1_unknown_three_character_name(gh):
    g = run(text=_article("外交部发言人俞振华表示，中方很荣幸再次担任东道主。"), source="r1.txt").graph
    persons = gh.labels(g, "Person")
    assert persons == {"俞振华"}
    assert "荣幸" not in persons and "东道主" not in persons


def test_row1_dictionary_words_tagged_nr_are_not_persons(gh):
    g = run(text=_article("外交部发言人俞振华表示，中方很荣幸再次担任东道主。"), source="r1.txt").graph
    persons = gh.labels(g, "Person")
    assert not any("荣幸" in p or "东道主" in p for p in persons)
    assert len(persons) == 1


# ----------------------------------------------------------------------------- row 2
def test_row2_time_words_and_verbs_are_not_entities(gh):
    g = run(text=_article("今天下午三点，网络中断后民警韩立冬赶到现场。"), source="r2.txt").graph
    assert gh.labels(g, "Person") == {"韩立冬"}
    assert "今天下午" not in gh.labels(g, "Person")
    assert not any("中断" in p for p in gh.labels(g, "Place"))


# ----------------------------------------------------------------------------- row 3
def test_row3_lexicon_tag_not_lowercase_ascii_is_rejected_with_file_and_line():
    text = "警务站 50 nt\n# 存储企业\n江城存储 100 ORG\n"
    with pytest.raises(LexiconError) as info:
        parse_lexicon(text, "user_dict.txt")
    assert "user_dict.txt:3" in str(info.value)
    assert parse_lexicon("江城存储 100 nt\n", "user_dict.txt")[0].tag == "nt"


# ----------------------------------------------------------------------------- row 4
ROW4 = "截至２０２４年５月，江城市公安局破获案件１２００起。"
ROW4_HALF = "截至2024年5月，江城市公安局破获案件1200起。"


def test_row4_full_width_text_gives_same_entities_as_half_width():
    full = run(text=_article(ROW4), source="r4.txt")
    half = run(text=_article(ROW4_HALF), source="r4.txt")
    assert _entities(full.graph) == _entities(half.graph)
    assert _relations(full.graph) == _relations(half.graph)


def test_row4_offsets_point_into_original_text():
    text = _article(ROW4)
    res = run(text=text, source="r4.txt")
    (doc,) = res.resolution.documents
    k = doc.text.index("１２００")
    fs, fe = doc.file_span(k, k + 4)
    assert text[fs:fe] == "１２００"
    for e in res.graph.subjects(RDF.type, KG.Evidence):
        s, t = int(res.graph.value(e, KG.start)), int(res.graph.value(e, KG.end))
        assert text[s:t] == str(res.graph.value(e, KG.sentence))


def test_row4_bureau_name_not_cut(gh):
    g = run(text=_article(ROW4), source="r4.txt").graph
    orgs = gh.labels(g, "Organization")
    assert "城市公安局" not in orgs
    assert "江城市公安局" in orgs


# ----------------------------------------------------------------------------- row 5
ROW5 = "廣州市公安局天河區分局民警陳志明獲評全國優秀人民警察"
ROW5_SIMPLIFIED = "广州市公安局天河区分局民警陈志明获评全国优秀人民警察"


def test_row5_traditional_text_gives_simplified_graph_with_alt_labels(gh):
    trad = run(text=_article(ROW5), source="r5.txt").graph
    simp = run(text=_article(ROW5_SIMPLIFIED), source="r5.txt").graph
    ents = _entities(trad)
    assert ents == _entities(simp)
    assert _relations(trad) == _relations(simp)
    assert {("Place", "广州市"), ("Organization", "广州市公安局"), ("Organization", "广州市公安局天河区分局"),
            ("Person", "陈志明"), ("Honor", "全国优秀人民警察")} <= ents
    assert not any(label.startswith("廣") or label == "州市" for _, label in ents)
    assert "陳志明" in gh.alt_labels(trad, gh.node(trad, "Person", "陈志明"))
    assert "廣州市" in gh.alt_labels(trad, gh.node(trad, "Place", "广州市"))
    assert "天河區" in gh.alt_labels(trad, gh.node(trad, "Place", "天河区"))
    # the simplified build has no traditional alt labels
    assert "陳志明" not in gh.alt_labels(simp, gh.node(simp, "Person", "陈志明"))


# ----------------------------------------------------------------------------- row 6
ROW6_NAMES = ["江城 存储", "《晨报》", "a<b>", 'x"y', "（城关派出所）"]


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_row6_awkward_names_give_valid_iris_and_round_trip(fmt):
    g = Graph()
    for name in ROW6_NAMES:
        n = entity_iri(ORGANIZATION, name)
        assert not (set(' <>"{}|^`\\') & set(str(n)))
        g.add((n, RDF.type, KG.Organization))
        g.add((n, RDFS.label, Literal(name, lang="zh")))
    back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
    assert isomorphic(g, back)
    assert {str(l) for l in back.objects(None, RDFS.label)} == set(ROW6_NAMES)


# ----------------------------------------------------------------------------- rows 9 and 11
def _tag_refs(html: str) -> list[str]:
    """Values of src/href attributes of the page's tags (script bodies are not tags)."""
    from html.parser import HTMLParser

    refs: list[str] = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            refs.extend(v or "" for k, v in attrs if k in ("src", "href"))

        handle_startendtag = handle_starttag

    P().feed(html)
    return refs


@pytest.fixture(scope="module")
def c_locale_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("clocale") / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONUTF8", "PYTHONIOENCODING"))}
    env.update(LANG="C", LC_ALL="C")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "-o", str(out)], capture_output=True,
                          cwd=ROOT, env=env, timeout=120)
    return proc, out


def test_row9_html_has_no_remote_src_or_href(c_locale_build):
    proc, out = c_locale_build
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    html = (out / "graph.html").read_bytes().decode("utf-8")
    refs = _tag_refs(html)
    remote = [r for r in refs if re.match(r"(?:[a-z]+:)?//", r, flags=re.I)]
    assert remote == []
    for r in refs:  # relative references must resolve next to the page
        if not r.startswith(("#", "data:", "javascript:")):
            assert (out / r).exists(), r
    assert not re.search(r"@import\s+url\(\s*['\"]?(?:https?:)?//", html)
    assert "格尔木市公安局刑警支队" in html


def test_row11_outputs_are_utf8_under_c_locale(c_locale_build):
    proc, out = c_locale_build
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    ttl = (out / "graph.ttl").read_bytes().decode("utf-8")
    assert "天台县" in ttl
    html = (out / "graph.html").read_bytes().decode("utf-8")
    assert re.search(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", html, flags=re.I)
    g = Graph().parse(data=ttl, format="turtle")
    assert (entity_iri(PLACE, "331023"), RDFS.label, Literal("天台县", lang="zh")) in g


# ----------------------------------------------------------------------------- row 12
def test_row12_ambiguous_district_without_city_has_no_parent(gh):
    g = run(text=_article("朝阳区某小区发生火灾"), source="r12.txt").graph
    district = gh.node(g, "Place", "朝阳区")
    assert list(g.objects(district, KG.locatedIn)) == []
    assert list(g.objects(district, KG.adcode)) == []


def test_row12_ambiguous_district_uses_the_city_the_article_names(gh):
    g = run(text="标题\n\n北京消防部门介绍，朝阳区某小区发生火灾，无人员伤亡。\n", source="r12.txt").graph
    district = gh.node(g, "Place", "北京市朝阳区")  # (labelled with its city: 长春市 has a 朝阳区 too)
    assert [gh.label_of(g, p) for p in g.objects(district, KG.locatedIn)] == ["北京市"]
    assert [str(c) for c in g.objects(district, KG.adcode)] == ["110105"]


# ----------------------------------------------------------------------------- row 13
@pytest.mark.parametrize("row", ["县政府表示", "市里决定", "区委召开会议"])
def test_row13_bare_county_city_district_is_no_place(gh, row):
    g = run(text=_article(row), source="r13.txt").graph
    assert gh.labels(g, "Place") == set()
    assert not any(label in ("县", "市", "区", "州", "县政府", "区委") for label in gh.labels(g, "Organization"))


# ----------------------------------------------------------------------------- row 14
@pytest.mark.parametrize("row,label,code,old", [
    ("湖南省宁乡县", "宁乡市", "430182", "宁乡县"),
    ("湖北省襄樊市", "襄阳市", "420600", "襄樊市"),
])
def test_row14_old_names_resolve_to_todays_unit(gh, row, label, code, old):
    g = run(text=_article(row), source="r14.txt").graph
    place = gh.node(g, "Place", label)
    assert place == entity_iri(PLACE, code)
    assert [str(c) for c in g.objects(place, KG.adcode)] == [code]
    assert old in gh.alt_labels(g, place)
    assert old not in gh.labels(g, "Place")


# ----------------------------------------------------------------------------- row 15
@pytest.mark.parametrize("row,place,code", [
    ("近日，吉林省松原市乾安县公安局刑警大队破获一起案件。", "乾安县", "220723"),
    ("杭州市临安区於潜镇派出所", "於潜镇", None),  # townships have no code in the division table
])
def test_row15_simplified_text_is_not_converted(gh, row, place, code):
    g = run(text=_article(row), source="r15.txt").graph
    places = gh.labels(g, "Place")
    assert place in places
    assert not any(p.startswith(("干安", "于潜")) for p in places | gh.labels(g, "Organization"))
    if code:
        assert [str(c) for c in g.objects(gh.node(g, "Place", place), KG.adcode)] == [code]
        assert gh.node(g, "Place", place) == entity_iri(PLACE, code)


# ----------------------------------------------------------------------------- row 16
def test_row16_names_with_characters_opencc_would_change_stay_as_printed(gh):
    from kg.query import find_entity

    g = run(text=_article("江城市公安局副局长周乾文、民警於晓峰出席仪式。"), source="r16.txt").graph
    assert gh.labels(g, "Person") == {"周乾文", "於晓峰"}
    assert find_entity(g, "周乾文") and find_entity(g, "於晓峰")


# ----------------------------------------------------------------------------- row 17
def test_row17_names_with_extension_characters_keep_every_character(gh):
    g = run(text="标题\n\n本报记者 陈𬘭\n\n江城市公安局副局长陈立𬘭、民警陈䶮出席仪式。\n", source="r17.txt").graph
    assert gh.labels(g, "Person") == {"陈立𬘭", "陈䶮", "陈𬘭"}
    assert ("标题", "陈𬘭") in gh.rel_labels(g, "reporter")
    assert ("陈立𬘭", "副局长") in gh.rel_labels(g, "position")


# ----------------------------------------------------------------------------- row 18
def test_row18_names_with_a_middle_dot_are_whole(gh):
    g = run(text=_article("江城市公安局副局长热依拉·阿不都出席仪式，民警艾山·吐尔逊荣立个人二等功。"),
            source="r18.txt").graph
    assert gh.labels(g, "Person") == {"热依拉·阿不都", "艾山·吐尔逊"}
    assert ("艾山·吐尔逊", "个人二等功") in gh.rel_labels(g, "received")
    assert ("热依拉·阿不都", "副局长") in gh.rel_labels(g, "position")
