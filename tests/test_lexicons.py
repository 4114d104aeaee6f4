"""kg.lexicon and the rule tables: validation with file and line, and every row's example read.

Each row of ``kg/lexicons/*.tsv`` carries an invented example phrase; running the extractors on
it must give the row's reading (a unit word ends an Organization, a post gives a position, a
national body gives its canonical name, …).
"""
from __future__ import annotations

import pytest

from kg import rules
from kg.errors import LexiconError
from kg.lexicon import SCHEMAS, kind_group, parse_table, table, user_dictionary
from kg.types import ORGANIZATION, PERSON

PERSON_NAME = "柯远舟"


def _article(sentence: str) -> str:
    return f"标题\n\n{sentence}。\n"


def _orgs(x) -> list[tuple[str, str]]:
    return [(m.name, m.text) for m in x.mentions if m.cls == ORGANIZATION]


#: Rows whose example the grammar does not read yet (strict xfail: fixing one fails the test).
KNOWN_GAPS: dict[str, str] = {}  # row key → why its example is not read yet (strict xfail)


def _rows(name: str):
    return [pytest.param(r, id=r.key, marks=pytest.mark.xfail(reason=KNOWN_GAPS[r.key], strict=True))
            if r.key in KNOWN_GAPS else pytest.param(r, id=r.key) for r in table(name)]


# ----------------------------------------------------------------------------- validation
UNITS_HEADER = "word\tkind\tneeds_name\tparents\tfull\texample\n"


@pytest.mark.parametrize("row, reason", [
    ("派出所\tpolice\tmaybe\tpolice\t\t江城市公安局青柳派出所", "needs_name 'maybe'"),
    ("派出所\tPOLICE\tyes\tpolice\t\t江城市公安局青柳派出所", "unknown kind 'POLICE'"),
    ("派出所\tpolice\tyes\tsquad\t\t江城市公安局青柳派出所", "unknown kind 'squad'"),
    ("派出所\tpolice\tyes\tpolice\t\t", "empty example"),
    ("派出所\tpolice\tyes\tpolice\t\t江城市公安局青柳警务站", "does not contain"),
    ("派出所\tpolice\tyes\tpolice\t江城市公安局青柳派出所", "expected 6"),
    ("派 出所\tpolice\tyes\tpolice\t\t江城市公安局青柳派 出所", "bad word"),
])
def test_bad_unit_row_is_rejected_with_file_and_line(row, reason):
    text = "# comment\n" + UNITS_HEADER + "公安局\tpolice\tno\t-\t\t江城市公安局\n" + row + "\n"
    with pytest.raises(LexiconError) as info:
        parse_table(text, "units.tsv", SCHEMAS["units"], frozenset(kind_group()))
    assert "units.tsv:4:" in str(info.value)
    assert reason in str(info.value)


def test_wrong_header_is_rejected():
    with pytest.raises(LexiconError, match="units.tsv:1: header row"):
        parse_table("word\tkind\texample\n", "units.tsv", SCHEMAS["units"])


def test_repeated_word_is_rejected():
    text = UNITS_HEADER + "公安局\tpolice\tno\t-\t\t江城市公安局\n公安局\tpolice\tno\t-\t\t旬邑县公安局\n"
    with pytest.raises(LexiconError, match="units.tsv:3: '公安局' repeats line 2"):
        parse_table(text, "units.tsv", SCHEMAS["units"])


def test_group_must_be_a_jieba_tag():
    text = "kind\tgroup\tdescription\nstation\tPolice\tx\n"
    with pytest.raises(LexiconError, match="kinds.tsv:2"):
        parse_table(text, "kinds.tsv", SCHEMAS["kinds"])


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_shipped_tables_load(name):
    assert table(name)


def test_user_dictionary_comes_from_the_tables():
    entries = {w: (f, t) for w, f, t in user_dictionary()}
    assert entries["派出所"] == (2000, "police")        # units: the group of the kind
    assert entries["中学"][1] == "org"                   # kind school → group org
    assert entries["副局长"] == (2000, "n")              # titles
    assert entries["刑事警察"] == (2000, "n")            # modifiers
    assert {r.word for r in table("units")} <= set(entries)


# ----------------------------------------------------------------------------- examples
@pytest.mark.parametrize("row", _rows("units"))
def test_unit_example_gives_an_organization_ending_in_the_word(extract, row):
    x = extract(_article(f"近日，{row.example}开展专项行动"))
    ends = (row.word, row.full) if row.full else (row.word,)
    assert any(name.endswith(ends) or text.endswith(row.word) for name, text in _orgs(x)), _orgs(x)


@pytest.mark.parametrize("row", _rows("titles"))
def test_title_example_gives_the_position(extract, row):
    x = extract(_article(f"{row.example}出席活动"))
    posts = {o for p, _, o in x.rels("position") if p == PERSON_NAME}
    # (a committee's seat is written with its level: 县委常委, rules.COMMITTEE_SEATS)
    assert row.word in posts or row.word in rules.COMMITTEE_SEATS and any(o.endswith("委" + row.word) for o in posts), posts


@pytest.mark.parametrize("row", _rows("roles"))
def test_role_example_gives_a_person_and_no_position(extract, row):
    x = extract(_article(f"{row.example}出席活动"))
    assert PERSON_NAME in x.names(PERSON)
    assert not any(r[2] == row.word for r in x.rels("position"))


@pytest.mark.parametrize("row", _rows("modifiers"))
def test_modifier_example_is_read_inside_an_organization(extract, row):
    x = extract(_article(f"近日，{row.example}开展专项行动"))
    forms = (row.word, row.folds_to) if row.folds_to else (row.word,)
    assert any(f in name for name, _ in _orgs(x) for f in forms), _orgs(x)


@pytest.mark.parametrize("row", _rows("national"))
def test_national_example_gives_the_body(extract, row):
    x = extract(_article(row.example))
    assert row.name in x.names(ORGANIZATION), _orgs(x)


@pytest.mark.parametrize("row", _rows("bare_agencies"))
def test_bare_agency_example_gives_the_agency_of_the_article_place(extract, row):
    x = extract(_article(row.example))
    assert any(text.endswith(row.word) and name.endswith(row.full) and len(name) > len(text)
               for name, text in _orgs(x)), _orgs(x)


# ----------------------------------------------------------------------------- generic phrases
@pytest.mark.parametrize("sentence", [
    "近日，公安部门和教育部门联合开展行动",      # 公安部门 is not 公安部
    "近日，民政局和市场监督管理局联合开展行动",  # a bare bureau with no place is no entity
    "各部门力量集中办公，统一调度",              # no short form read inside a word
    "近日，江城市公安局会同禁毒教研室开展培训",  # a part of a body the text does not give
])
def test_generic_phrases_name_no_agency(extract, sentence):
    x = extract(_article(sentence))
    names = x.names(ORGANIZATION)
    assert not names & {r.name for r in table("national")}, names
    assert not {"民政局", "市场监督管理局", "禁毒教研室"} & names, names


# ----------------------------------------------------------------------------- mined tables
def test_mining_is_deterministic_and_admission_follows_the_rule(tmp_path):
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("mine", Path(__file__).parents[1] / "scripts" / "mine_lexicons.py")
    mine = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mine)
    recs = [{"text": "", "label": {"company": {f"华源{c}银行": [[0, 3]]}, "position": {"行长": [[0, 1]]}}}
            for c in "甲乙丙丁"]
    src = tmp_path / "train.json"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    for out in ("a", "b"):
        (tmp_path / out).mkdir()
        mine.write(*mine.mine(src), src, tmp_path / out)
    for name in ("mined_units.tsv", "mined_posts.tsv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    text = (tmp_path / "a" / "mined_units.tsv").read_text(encoding="utf-8")
    assert "银行\tcompany\t4\t4\t" in text and "CLUENER2020" in text


def test_shipped_mined_heads_are_admitted_only_by_the_rule():
    from kg import rules
    from kg.lexicon import admitted_posts, admitted_units

    curated = {r.word for r in table("units")}
    admitted = {r.word for r in admitted_units()}
    assert "证券" in admitted                       # a frequent noun head, not curated
    assert not admitted & curated                    # the curated table decides
    assert not admitted & rules.GENERIC_HEADS        # 部门, 政府 never
    assert "行长" in admitted_posts() and "记者" not in admitted_posts()


def test_admitted_head_is_read_after_a_proper_name(extract):
    x = extract(_article("近日，江城华源银行开展专项活动"))
    assert "江城华源银行" in x.names(ORGANIZATION)


@pytest.mark.parametrize("row", _rows("name_parts"))
def test_name_part_example_is_read_whole_after_a_role_and_at_a_clause_start(extract, row):
    x = extract(_article(f"民警{row.example}出席活动。"))
    assert row.example in x.names(PERSON)
    if row.origin != "yi":  # two parts and a clause word after them need no cue
        assert row.example in extract(_article(f"活动中，{row.example}已经赶到现场。")).names(PERSON)


@pytest.mark.parametrize("row", _rows("nationalities"))
def test_nationality_example_township_is_named_by_its_stem(row):
    from kg.gazetteer import Township, without_nationalities

    assert without_nationalities(Township("0", row.example, "0").stem) == row.example[:2]


def test_township_stems_skip_the_nationalities_scan_when_none_can_end_them(monkeypatch):
    """Issue 9: every process loads the township table (38,723 stems): a stem whose last
    character ends no nationality's name is returned at once, without the scan of every name
    (about 0.2 s of each start); the stems are those of the scan."""
    import kg.gazetteer as G

    def scanned(name: str) -> str:
        changed = True
        while changed:
            changed = False
            for n in G.ethnic_names():
                if name.endswith(n) and len(name) > len(n) + 1:
                    name, changed = name[:-len(n)], True
        return name

    stems = {t.stem for t in G.township_table().by_code.values()}
    assert [G.without_nationalities(s) for s in sorted(stems)] == [scanned(s) for s in sorted(stems)]
    assert G.without_nationalities("洪家关白族") == "洪家关"
    G._last_characters()
    monkeypatch.setattr(G, "ethnic_names", lambda: pytest.fail("scanned every nationality"))
    assert G.without_nationalities("谋道") == "谋道"
