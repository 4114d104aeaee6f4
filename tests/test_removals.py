"""Removals from office (免去…职务, …不再担任…职务): the post stays a post the person held, marked
ended (``kg:postStatus "ended"``) on its evidence and its ``org:Membership``; the saved query
``people_posts`` and the README's "who serves where" query list current posts only. Across
articles the dates decide (a later re-appointment makes the post current again), and a removal
never changes another article's evidence."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.cli import main
from kg.namespaces import KG, PROV
from kg.query import run_query, run_saved
from kg.schema import ENDED

NOTICE = ("关于柯远舟等同志职务任免的通知\n\n2024年11月1日\n\n经研究决定：\n"
          "任命柯远舟为广元市公安局青川县分局副局长（试用期一年）；\n"
          "免去林晓岚的广元市公安局青川县分局政委职务，另有任用；\n"
          "苏明哲同志不再担任广元市公安局青川县分局乔庄派出所所长职务。\n")


def _status(x, name: str, predicate: str) -> set[str | None]:
    """The ``status`` qualifiers of ``name``'s ``predicate`` statements."""
    return {st.qualifiers.status for st in x.statements if st.subject.name == name and st.predicate == predicate}


def test_a_removal_keeps_the_post_and_marks_it_ended(extract):
    x = extract(NOTICE)
    rels = x.rels()
    for name, post, unit in (("林晓岚", "政委", "广元市公安局青川县分局"),
                             ("苏明哲", "所长", "广元市公安局青川县分局乔庄派出所")):
        assert (name, "position", post) in rels and (name, "belongsTo", unit) in rels
        assert _status(x, name, "position") == _status(x, name, "belongsTo") == {ENDED}
    assert ("柯远舟", "position", "副局长") in rels
    assert _status(x, "柯远舟", "position") == _status(x, "柯远舟", "belongsTo") == {None}


def test_a_removal_in_a_section_of_a_list_is_ended(extract):
    x = extract("青川县人民代表大会常务委员会任免名单\n\n一、决定任命\n\n柯远舟为广元市公安局副局长；\n\n"
                "二、决定免去\n\n林晓岚的广元市公安局局长职务（退休）。\n")
    assert ("林晓岚", "position", "局长") in x.rels()
    assert _status(x, "林晓岚", "position") == {ENDED} and _status(x, "柯远舟", "position") == {None}


def test_a_removal_from_the_person_named_before_it(extract):
    # 某某另有任用，免去其…职务 and 任命甲为…，免去其…职务: 其 is the person named before in the sentence (user 9 F1:
    # the removed post was not read, or stayed current)
    x = extract("任免通知\n\n经研究决定：\n林晓岚同志另有任用，免去其广元市公安局利州分局刑侦大队大队长职务。\n"
                "任命柯远舟为广元市公安局利州分局刑侦大队大队长，免去其广元市公安局利州分局治安大队教导员职务；\n")
    rels = x.rels()
    assert {("林晓岚", "position", "大队长"), ("林晓岚", "belongsTo", "广元市公安局利州分局刑侦大队"),
            ("柯远舟", "position", "教导员"), ("柯远舟", "belongsTo", "广元市公安局利州分局治安大队")} <= rels
    assert _status(x, "林晓岚", "position") == _status(x, "林晓岚", "belongsTo") == {ENDED}
    ended = {st.object if isinstance(st.object, str) else st.object.name for st in x.statements
             if st.subject.name == "柯远舟" and st.qualifiers.status == ENDED}
    assert ended == {"教导员", "广元市公安局利州分局治安大队"}


def _build(tmp_path: Path) -> Graph:
    (tmp_path / "rm.txt").write_text(NOTICE, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "rm.txt"), "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    return Graph().parse(tmp_path / "o" / "graph.ttl")


def test_the_graph_and_the_queries_say_the_post_ended(tmp_path):
    g = _build(tmp_path)
    ended = Literal(ENDED)
    marked = set(g.subjects(KG.postStatus, ended))
    assert len(marked) == 6  # two memberships, the evidence of two kg:position and two kg:belongsTo
    sparql = ('SELECT ?name ?post WHERE { ?m a org:Membership ; kg:postStatus "ended" ; '
              'org:member/rdfs:label ?name ; org:role/rdfs:label ?post } ORDER BY ?name')
    prefixes = ("PREFIX kg: <https://w3id.org/tupu/ontology#>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
    assert [tuple(map(str, r)) for r in run_query(g, prefixes + sparql).rows] == [("林晓岚", "政委"), ("苏明哲", "所长")]
    rows = {r[0]: r for r in run_saved(g, "people_posts").rows}
    assert rows["柯远舟"][1:3] == ("副局长", "广元市公安局青川县分局") and rows["柯远舟"][4] == ""
    assert rows["林晓岚"][1:3] == ("", "") and rows["林晓岚"][4] == "政委（广元市公安局青川县分局）"
    assert rows["苏明哲"][4] == "所长（广元市公安局青川县分局乔庄派出所）"
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8") + "\n" + (Path(__file__).parents[1] / "docs" / "manual.md").read_text(encoding="utf-8")
    quick = re.search(r"kg query out-news/graph\.ttl '(SELECT \?name \?post \?unit.*?)'\n", readme, re.S).group(1)
    assert {str(r[0]) for r in run_query(g, prefixes + quick).rows} == {"柯远舟"}
    assert run_saved(g, "officers_in_province", {"province": "四川省"}).rows == [
        ("柯远舟", "广元市公安局青川县分局", "副局长")]  # the removed are not serving there


# ----------------------------------------------------------------- removals across dated articles
def _record(doc_id: str, date: str | None, text: str) -> str:
    import json
    rec = {"id": doc_id, "title": "某市政府任免通知", "source": "苏州日报", "text": text}
    if date:
        rec["date"] = date
    return json.dumps(rec, ensure_ascii=False) + "\n"


REMOVED = "经研究决定：免去吴泽霖的苏州市公安局吴中分局局长职务。"
APPOINTED = "经研究决定：任命吴泽霖为苏州市公安局吴中分局局长。"


def _build_records(tmp_path: Path, *records: str, out: str = "o", append: bool = False) -> Path:
    src = tmp_path / f"{out}-{len(list(tmp_path.iterdir()))}.jsonl"
    src.write_text("".join(records), encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / out), "-q", "--no-html"]
                             + (["--append"] if append else []))
    assert res.exit_code == 0, res.output
    return tmp_path / out


def _posts(g: Graph) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """吴泽霖's row of people_posts (positions, organizations, ended) and of officers_in_province."""
    row = {r[0]: r for r in run_saved(g, "people_posts").rows}["吴泽霖"]
    return (row[1], row[2], row[4]), tuple(map(tuple, run_saved(g, "officers_in_province", {"province": "江苏省"}).rows))


def test_a_later_reappointment_makes_the_post_current_again(tmp_path):
    g = Graph().parse(_build_records(tmp_path, _record("t-2022", "2022-03-01", REMOVED),
                                     _record("t-2024", "2024-03-01", APPOINTED)) / "graph.ttl")
    assert _posts(g) == (("局长", "苏州市公安局吴中分局", ""), (("吴泽霖", "苏州市公安局吴中分局", "局长"),))
    # only the removal's own evidence carries the mark (its kg:position and kg:belongsTo), the membership none
    marked = set(g.subjects(KG.postStatus, None))
    assert len(marked) == 2 and {str(g.value(e, PROV.wasDerivedFrom)).rsplit("-", 1)[1] for e in marked} == {"2022"}


def test_a_removal_after_the_appointment_ends_the_post(tmp_path):
    g = Graph().parse(_build_records(tmp_path, _record("t-2024", "2024-03-01", APPOINTED),
                                     _record("t-2025", "2025-01-01", REMOVED)) / "graph.ttl")
    assert _posts(g) == (("", "", "局长（苏州市公安局吴中分局）"), ())
    assert len(set(g.subjects(KG.postStatus, Literal(ENDED)))) == 3  # two evidence nodes, the membership

    # without a date nothing is later: a removal in an undated article ends the post (README)
    g = Graph().parse(_build_records(tmp_path, _record("t-x", None, REMOVED),
                                     _record("t-2024", "2024-03-01", APPOINTED), out="undated") / "graph.ttl")
    assert _posts(g)[0] == ("", "", "局长（苏州市公安局吴中分局）")


def test_current_status_weighs_the_dates():
    from kg.resolve import current_status
    from kg.schema import Qualifiers
    ended, held = Qualifiers(status=ENDED), Qualifiers()
    assert current_status({"a": held}, {"a": "2024-01-01"}) is None
    assert current_status({"a": ended, "b": held}, {"a": "2022-01-01", "b": "2024-01-01"}) is None
    assert current_status({"a": ended, "b": held}, {"a": "2024-01-01", "b": "2024-01-01"}) == ENDED  # same day
    assert current_status({"a": ended, "b": held}, {"a": "2024-01-01", "b": "2022-01-01"}) == ENDED
    assert current_status({"a": ended, "b": held}, {"b": "2024-01-01"}) == ENDED  # undated removal
    assert current_status({"a": ended, "b": held}, {"a": "2024-01-01"}) == ENDED  # undated mention
    assert current_status({"a": ended, "b": held, "c": ended},
                          {"a": "2020-01-01", "b": "2022-01-01", "c": "2023-01-01"}) == ENDED


def _article_graph(store: Path, doc_id: str) -> set[tuple]:
    import pyoxigraph
    from kg.store import open_read_only
    graph = pyoxigraph.NamedNode(f"https://w3id.org/tupu/id/article-{doc_id}")
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in open_read_only(store).quads_for_pattern(None, None, None, graph)}


def test_a_removal_never_rewrites_an_older_article_and_append_equals_a_full_build(tmp_path):
    older = _record("nj-005", "2024-05-01", "南京市公安局宁海路派出所所长童知远为师生讲解防诈骗知识。")
    removal = _record("rm-2024", "2024-07-10", "经研究决定：免去童知远的南京市公安局宁海路派出所所长职务。")
    out = _build_records(tmp_path, older, out="a", append=True)
    before = _article_graph(out / ".kg-store", "nj-005")
    _build_records(tmp_path, removal, out="a", append=True)
    assert _article_graph(out / ".kg-store", "nj-005") == before
    assert not any("postStatus" in p for _, p, _ in before)
    full = _build_records(tmp_path, older, removal, out="full")
    g = Graph().parse(out / "graph.ttl")
    assert {r[4] for r in run_saved(g, "people_posts").rows} == {"所长（南京市公安局宁海路派出所）"}
    strip = re.compile(r'kg:sourceFile "[^"]*"')
    assert strip.sub("", (out / "graph.ttl").read_text()) == strip.sub("", (full / "graph.ttl").read_text())


# ----------------------------------------------------------------- former posts (曾任, 历任, …)
def _statuses(x, name: str) -> dict[tuple[str, str], set[str | None]]:
    """(relation, post or unit) → the ``status`` qualifiers of ``name``'s posts and units."""
    out: dict[tuple[str, str], set[str | None]] = {}
    for st in x.statements:
        if st.subject.name == name and st.predicate in ("position", "belongsTo"):
            obj = st.object if isinstance(st.object, str) else st.object.name
            out.setdefault((st.predicate, obj), set()).add(st.qualifiers.status)
    return out


def test_former_posts_are_ended_as_a_removals_are(extract):
    """郝建川…曾任某分局局长、某支队支队长 read as current posts (user 7, B1): a post after 曾任, 曾担任,
    历任, 先后任 or 此前任 is one the person held before, marked ended as 免去's are."""
    x = extract("江城市公安局干部简历\n\n柯远舟曾任江城市公安局东湖分局局长、江城市公安局刑事警察支队支队长。\n")
    assert _statuses(x, "柯远舟") == {("position", "局长"): {ENDED}, ("position", "支队长"): {ENDED},
                                     ("belongsTo", "江城市公安局东湖分局"): {ENDED},
                                     ("belongsTo", "江城市公安局刑警支队"): {ENDED}}
    for copula in ("曾担任", "历任", "先后任", "此前任"):
        x = extract(f"江城市公安局干部简历\n\n林晓岚{copula}江城市公安局东湖分局局长、江城市公安局刑事警察支队支队长。\n")
        assert set().union(*_statuses(x, "林晓岚").values()) == {ENDED}, copula


def test_a_post_after_xianren_or_ren_stays_current_beside_former_ones(extract):
    x = extract("江城市公安局干部简历\n\n柯远舟，男，1975年生，现任江城市公安局副局长，曾任江城市公安局东湖分局局长。\n")
    assert _statuses(x, "柯远舟") == {("position", "副局长"): {None}, ("belongsTo", "江城市公安局"): {None},
                                     ("position", "局长"): {ENDED}, ("belongsTo", "江城市公安局东湖分局"): {ENDED}}
    x = extract("江城市公安局干部简历\n\n林晓岚历任江城市公安局东湖分局副局长、江城市公安局刑事警察支队支队长，"
                "现任江城市公安局副局长。\n")
    # the post in each unit is its own membership: held now (现任) in the city bureau, ended in the branch
    units = {st.qualifiers.unit.name: st.qualifiers.status for st in x.statements
             if st.subject.name == "林晓岚" and st.predicate == "position" and st.object == "副局长"}
    assert units[max(units, key=len)] == ENDED and units["江城市公安局"] is None
    assert _statuses(x, "林晓岚")[("belongsTo", "江城市公安局")] == {None}
    assert _statuses(x, "林晓岚")[("position", "支队长")] == {ENDED}
    x = extract("江城市公安局人事\n\n柯远舟任江城市公安局东湖分局局长。\n")
    assert set().union(*_statuses(x, "柯远舟").values()) == {None}


def test_a_unit_held_now_is_not_ended_by_a_former_post_in_it(extract):
    """现任某分局局长，曾任某分局副局长: the person still serves in the unit; only the former post ends
    (the article's statements of one unit are one in resolution, where ended would win)."""
    for text in ("柯远舟现任江城市公安局东湖分局局长，曾任江城市公安局东湖分局副局长。",
                 "柯远舟曾任江城市公安局东湖分局副局长，现任江城市公安局东湖分局局长。"):
        x = extract("江城市公安局干部简历\n\n" + text + "\n")
        st = _statuses(x, "柯远舟")
        assert st[("position", "副局长")] == {ENDED} and st[("position", "局长")] == {None}, text
        assert st[("belongsTo", "江城市公安局东湖分局")] == {None}, text


def test_the_queries_list_a_former_post_as_ended(tmp_path):
    (tmp_path / "cv.txt").write_text("江城市公安局干部简历\n\n柯远舟，男，1975年生，现任江城市公安局副局长，"
                                     "曾任江城市公安局东湖分局局长。\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "cv.txt"), "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    row = {r[0]: r for r in run_saved(g, "people_posts").rows}["柯远舟"]
    assert (row[1], row[2], row[4]) == ("副局长", "江城市公安局", "局长（江城市公安局东湖分局）")


def test_a_removal_from_a_name_the_tagger_reads_later(extract):
    # 某某同志另有任用，市委决定，免去其…职务 with a name no dictionary rule reads before the tagger:
    # the name opening the sentence (after a label) is the one whose posts end (regress 9, n11)
    x = extract("任免通知\n\n经研究决定：\n柯建国同志另有任用，市委决定，免去其广安市公安局党委委员、副局长职务。\n")
    rels = x.rels()
    assert {("柯建国", "position", "副局长"), ("柯建国", "position", "党委委员"),
            ("柯建国", "belongsTo", "广安市公安局")} <= rels
    assert _status(x, "柯建国", "position") == {ENDED}


def test_a_dismissal_is_a_removal(extract):
    # 撤销某某的…职务 (a dismissal) takes the posts as 免去 does, and 免去其…等职务 after it is the same
    # person's (regress 9, n12)
    x = extract("处理决定\n\n因违反工作纪律，撤销柯建国的达州市公安局通川区分局副局长职务，"
                "免去其达州市公安局通川区分局党委委员等职务。\n")
    rels = x.rels()
    assert {("柯建国", "position", "副局长"), ("柯建国", "position", "党委委员"),
            ("柯建国", "belongsTo", "达州市公安局通川区分局")} <= rels
    assert _status(x, "柯建国", "position") == {ENDED}


def test_the_first_row_under_a_heading_on_its_line_and_names_of_six(extract):
    # 任命：\n甲为…； read as one sentence: the first row is a row too; a Mongolian name of six
    # characters is a name; a post before the name (院长某某为…) is none (regress 9, n18, f15)
    x = extract("任免名单\n\n任命：\n巴雅尔图门为阿拉善左旗人民法院审判员；\n阿拉腾其木格为阿拉善左旗人民法院审判员；\n"
                "院长柯远舟为阿拉善左旗人民法院审判委员会委员。\n")
    rels = x.rels()
    assert {("巴雅尔图门", "position", "审判员"), ("阿拉腾其木格", "position", "审判员"),
            ("阿拉腾其木格", "belongsTo", "阿拉善左旗人民法院")} <= rels
    assert not any(n.startswith("院长") for n in x.names("Person"))
