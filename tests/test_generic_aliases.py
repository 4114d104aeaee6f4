"""An organization's alias that names only a kind of unit (user 8, finding 7: 公安局 of a county
bureau, 党组, 执行局, 禁毒大队, 区法院): it stays a skos:altLabel, as CONTRACT.md asks of every
surface form met in the text (市局 is its own example), and the tests of the unseen articles score
through such forms, but it is also marked kg:genericAltLabel, so a lookup by name can leave it out,
and the view shows it apart, neither searched nor matched by --focus. What is generic comes from
the lexicon tables (kg.lexicon.names_a_kind_of_unit)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.lexicon import names_a_kind_of_unit
from kg.namespaces import KG

TEXT = "青川县召开会议\n\n青川县副县长、公安局局长柯远舟出席会议。\n"
BUREAU = rdflib.URIRef("https://w3id.org/tupu/id/org-青川县公安局")


@pytest.mark.parametrize("form", ["公安局", "党组", "执行局", "禁毒大队", "区法院", "市局", "县委", "中院", "县交警大队",
                                  "市局禁毒大队"])
def test_a_unit_word_alone_after_a_modifier_or_a_level_word_names_a_kind_of_unit(form):
    assert names_a_kind_of_unit(form)


@pytest.mark.parametrize("form", ["青川县公安局", "青柳派出所", "江城公安", "广元警方", "最高法", "青川县", "柯远舟", ""])
def test_a_name_with_a_place_or_a_proper_name_names_one_unit(form):
    assert not names_a_kind_of_unit(form)


def _build(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    return tmp_path / "out"


def test_a_generic_alias_is_marked_and_stays_an_alt_label(tmp_path):
    g = rdflib.Graph().parse(_build(tmp_path) / "graph.ttl")
    zh = rdflib.Literal("公安局", lang="zh")
    assert (BUREAU, rdflib.namespace.SKOS.altLabel, zh) in g  # (CONTRACT.md: every surface form)
    assert (BUREAU, KG.genericAltLabel, zh) in g
    q = """SELECT ?o WHERE { ?o skos:altLabel "公安局"@zh FILTER NOT EXISTS { ?o kg:genericAltLabel "公安局"@zh } }"""
    res = CliRunner().invoke(main, ["query", str(tmp_path / "out" / "graph.ttl"), q, "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines() == ["o"], res.output
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "out" / "graph.ttl")]).exit_code == 0


def test_the_view_shows_a_generic_alias_apart_and_does_not_focus_on_it(tmp_path):
    out = _build(tmp_path)
    text = (out / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="tupu-data">(.*?)</script>', text, re.S).group(1))
    info = next(i for i in data["info"] if i["iri"] == str(BUREAU))
    assert info["generic"] == ["公安局"] and "公安局" not in info.get("alt", [])
    res = CliRunner().invoke(main, ["view", str(out / "graph.ttl"), "-o", str(tmp_path / "v.html"), "--focus", "公安局"])
    assert res.exit_code != 0 and "公安局 names only a kind of unit (kg:genericAltLabel)" in res.output


COUNTY_BUREAU = ("青川县局开展安全宣传\n\n四川省广元市青川县公安局召开党委会议。县局党委委员、副局长柯远舟出席会议。"
                 "县局交警大队获评集体三等功。\n")


def _county_bureau(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(COUNTY_BUREAU, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--no-html", "--append"])
    assert res.exit_code == 0, res.output
    return tmp_path / "out"


@pytest.mark.parametrize("source", ["graph.ttl", ".kg-store"])
def test_a_saved_query_passes_a_generic_name_over_and_says_so(tmp_path, source):
    """`--saved units_and_honours --param agency=县局` answered for whichever county bureau an article
    called 县局, silently (user 12, F12): 县局 names a kind of unit, as --focus says; the query passes
    it over and a note says what to give."""
    out = _county_bureau(tmp_path)
    res = CliRunner().invoke(main, ["query", str(out / source), "--saved", "units_and_honours", "--param", "agency=县局",
                                    "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "青川县公安局" not in res.stdout and res.stdout.splitlines() == ["unit,honour,year"]
    assert ('note: --param agency=县局 names only a kind of unit (kg:genericAltLabel of kgid:org-青川县公安局, whose '
            'rdfs:label is "青川县公安局"@zh): give the unit\'s full name') in res.stderr
    res = CliRunner().invoke(main, ["query", str(out / source), "--saved", "units_and_honours",
                                    "--param", "agency=青川县公安局", "--format", "csv"])
    assert "青川县公安局交警大队,集体三等功," in res.stdout and "note:" not in res.stderr


def test_a_query_whose_label_is_a_generic_name_says_so(tmp_path):
    out = _county_bureau(tmp_path)
    res = CliRunner().invoke(main, ["query", str(out / "graph.ttl"), 'SELECT ?o WHERE { ?o rdfs:label "县局"@zh }'])
    assert res.exit_code == 0, res.output
    assert ('hint: "县局" names only a kind of unit (kg:genericAltLabel of kgid:org-青川县公安局, whose rdfs:label is '
            '"青川县公安局"@zh): give the unit\'s full name\n') in res.stderr
