"""The one schema (kg/schema.py): the Turtle files are its rendering, kg: terms are closed,
qualifiers are typed, extraction hands resolve a frozen result."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.extract.base import Context, extract_document
from kg.ingest import documents_from_text
from kg.namespaces import KG
from kg.schema import KG_IRI, SCHEMA, Qualifiers
from kg.schema_turtle import ontology_turtle, shapes_turtle
from kg.types import ExtractionResult, Mention

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name,render", [("kg.ttl", ontology_turtle), ("shapes.ttl", shapes_turtle)])
@pytest.mark.parametrize("folder", ["ontology", "kg/ontology"])
def test_turtle_files_are_the_rendering_of_the_schema(folder, name, render):
    """Edit kg/schema.py and run scripts/build_ontology.py; never the .ttl files by hand."""
    assert (ROOT / folder / name).read_text(encoding="utf-8") == render(), \
        f"{folder}/{name} and kg/schema.py disagree: run python scripts/build_ontology.py"


@pytest.mark.parametrize("render", [ontology_turtle, shapes_turtle])
def test_every_kg_term_the_turtle_uses_is_declared(render):
    g = Graph().parse(data=render(), format="turtle")
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_IRI)}
    assert {str(t)[len(KG_IRI):] for t in used} <= set(SCHEMA.terms())


def test_kg_namespace_is_closed():
    assert KG.locatedIn == URIRef(KG_IRI + "locatedIn")
    assert KG["conferredBy"] == URIRef(KG_IRI + "conferredBy")
    with pytest.raises(AttributeError):
        KG.locatedln  # a typo
    with pytest.raises(AttributeError):
        KG["partOf"]


def test_every_relation_and_property_of_the_ontology_is_in_the_schema():
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    defined = {str(s)[len(KG_IRI):] for s in onto.subjects() if str(s).startswith(KG_IRI)}
    assert defined == set(SCHEMA.terms())


def test_qualifiers_merge_field_by_field():
    body = Mention("Organization", "公安部", 0, 3, 0)
    merged = Qualifiers(year=2019).updated(Qualifiers(conferrer=body)).updated(Qualifiers())
    assert merged == Qualifiers(year=2019, conferrer=body)
    assert merged.updated(Qualifiers(year=2021)).year == 2021
    assert merged.on_evidence() == [("year", "2019"), ("conferredBy", "公安部")]
    assert Qualifiers(unit=body).on_evidence() == []  # the unit goes on the org:Membership
    with pytest.raises(dataclasses.FrozenInstanceError):
        merged.year = 2020


def test_extraction_hands_on_a_frozen_result():
    (doc,) = documents_from_text("标题\n\n杭州市公安局西湖区分局民警张三介绍。\n", "x.txt")
    result = extract_document(doc)
    assert isinstance(result, ExtractionResult) and result.doc is doc
    assert isinstance(result.mentions, tuple) and isinstance(result.statements, tuple)
    assert result.mentions and result.statements
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.mentions = ()


def test_statements_need_a_declared_relation():
    (doc,) = documents_from_text("标题\n\n杭州市公安局。\n", "x.txt")
    ctx = Context.for_document(doc)
    m = Mention("Organization", "杭州市公安局", 0, 6, 0)
    with pytest.raises(KeyError):
        ctx.add(m, "locatedln", Mention("Place", "杭州市", 0, 3, 0), ctx.sentences[0], "test")
