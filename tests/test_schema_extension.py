"""A new extractor with a new class and relation is one module, one registration line and one
schema entry (tests/case_extractor.py): it reaches the Turtle, SHACL, the HTML view and kg eval."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from case_extractor import CaseExtractor
from kg.evaluate import evaluate, format_report
from kg.export import to_bytes
from kg.extract.base import REGISTRY, load_extractors, registered
from kg.namespaces import KG
from kg.pipeline import build
from kg.schema import SCHEMA
from kg.validate import validate

TEXT = "法院审结一起诈骗案\n\n近日，嘉兴市南湖区人民法院依法审结（2024）浙0402刑初123号案件，被告人王某某获刑三年。\n"
CASE_NO = "（2024）浙0402刑初123号"
COURT = "嘉兴市南湖区人民法院"


@pytest.fixture
def cases():
    shipped = list(REGISTRY)
    with registered(CaseExtractor):
        yield
    assert REGISTRY == shipped  # registration never edits the shipped registry
    assert "Case" not in SCHEMA.classes and "handledBy" not in SCHEMA.relations
    with pytest.raises(AttributeError):
        KG.Case


def test_case_extractor_end_to_end(cases, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "case.txt").write_text(TEXT, encoding="utf-8")
    result = build([tmp_path / "in"], tmp_path / "out")
    assert result.summary()["entities"]["Case"] == 1
    assert result.summary()["relations"]["handledBy"] == 1

    # the Turtle: a kg:Case with its label, linked to the court, with evidence
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    (case,) = g.subjects(RDF.type, KG.Case)
    assert str(g.value(case, RDFS.label)) == CASE_NO
    assert str(case).startswith("https://w3id.org/tupu/id/case-")
    (court,) = g.objects(case, KG.handledBy)
    assert str(g.value(court, RDFS.label)) == COURT
    evidence = [e for e in g.subjects(RDF.predicate, KG.handledBy) if (e, RDF.subject, case) in g]
    assert len(evidence) == 1 and str(g.value(evidence[0], KG.extractor)) == "cases"
    assert b"kg:handledBy" in to_bytes(g, "turtle")

    # SHACL: the generated shapes know the new class and relation
    check = validate(g)
    assert check.conforms, check.text
    g.add((court, KG.handledBy, case))  # a court is no case: reported
    assert not validate(g).conforms

    # the HTML view: a class and a relation of its own, the case node drawn
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S).group(1))
    keys = [c["key"] for c in data["classes"]]
    rels = [r["key"] for r in data["relations"]]
    assert "Case" in keys and "handledBy" in rels
    node = next(i for i, n in enumerate(data["nodes"]) if n[0] == CASE_NO)
    assert data["nodes"][node][1] == keys.index("Case")
    assert any(e[0] == node and e[2] == rels.index("handledBy") for e in data["edges"])

    # kg eval: the gold's E Case / R … handledBy … lines are read and scored
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "case.gold").write_text(
        f"E Case {CASE_NO}\nE Organization {COURT}\nR {CASE_NO} handledBy {COURT}\n", encoding="utf-8")
    report, _ = evaluate(tmp_path / "in", tmp_path / "gold")
    assert (report.entities["Case"].tp, report.entities["Case"].fp) == (1, 0)
    assert (report.relations["handledBy"].tp, report.relations["handledBy"].fn) == (1, 0)
    assert "rel:handledBy" in format_report(report)


def test_registered_extractor_runs_after_the_shipped_ones(cases):
    assert [e.name for e in load_extractors()][-1] == "cases"
    with pytest.raises(ValueError, match="already registered"):
        with registered(CaseExtractor):
            pass
