"""kg.validate and the ontology files: shapes accept a graph built per MODEL.md, reject broken ones.

Also home of the sample graph (:func:`good_graph`) and the IRI helper (:func:`entity_iri`)
that test_export.py and test_query.py import.
"""
from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS
from rdflib.compare import isomorphic

from kg import namespaces, types
from kg.namespaces import KG, mint
from kg.validate import ONTOLOGY_FILE, SHAPES_FILE, ontology_graph, resource_bytes, validate

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------------------- sample graph


_CLASS_OF_KIND = {"person": "Person", "org": "Organization", "place": "Place", "honor": "Honor",
                  "article": "NewsArticle"}


def entity_iri(kind: str, key: str) -> URIRef:
    """``kgid:<kind>-<key>`` through the project's own :func:`kg.graph.entity_iri`."""
    from kg.graph import entity_iri as project_entity_iri

    return project_entity_iri(_CLASS_OF_KIND[kind], key)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


ARTICLE = entity_iri("article", "page-1")
PERSON = entity_iri("person", "张晓峰")
AGENCY = entity_iri("org", "杭州市公安局")
UNIT = entity_iri("org", "杭州市公安局特警支队")
PROVINCE = mint("place", "330000")
CITY = mint("place", "330100")
HONOR = entity_iri("honor", "集体一等功")
MINISTRY = entity_iri("org", "公安部")

#: (subject, predicate, object, extractor) of the sample's relation statements.
FACTS = [
    (PERSON, KG.belongsTo, UNIT, "org_chain"),
    (UNIT, KG.belongsTo, AGENCY, "org_chain"),
    (AGENCY, KG.locatedIn, CITY, "divisions"),
    (CITY, KG.locatedIn, PROVINCE, "divisions"),
    (UNIT, KG.received, HONOR, "honours"),
    (PERSON, KG.position, zh("支队长"), "positions"),
    (ARTICLE, KG.reporter, PERSON, "byline"),
]


def add_evidence(graph: Graph, subject, predicate, obj, extractor: str = "test", n: int = 0) -> URIRef:
    """Add one evidence node for ``(subject, predicate, obj)`` to ``graph``, as MODEL.md shows."""
    digest = hashlib.sha1(f"{subject} {predicate} {obj} {n}".encode()).hexdigest()[:16]
    evidence = mint("evidence", f"{digest}")
    graph.add((evidence, RDF.type, RDF.Statement))
    graph.add((evidence, RDF.type, KG.Evidence))
    graph.add((evidence, RDF.subject, subject))
    graph.add((evidence, RDF.predicate, predicate))
    graph.add((evidence, RDF.object, obj))
    graph.add((evidence, PROV.wasDerivedFrom, ARTICLE))
    graph.add((evidence, KG.sentence, zh("杭州市公安局特警支队支队长张晓峰介绍说……")))
    graph.add((evidence, KG.start, Literal(120 + n)))
    graph.add((evidence, KG.end, Literal(160 + n)))
    graph.add((evidence, KG.extractor, Literal(extractor)))
    return evidence


def good_graph() -> Graph:
    """A small graph following MODEL.md: an article, a person, a police agency and its unit,
    a province and a city, an honour, and evidence for every relation statement."""
    g = Graph()
    nodes = [
        (ARTICLE, [KG.NewsArticle], "杭州特警：练兵备战", ["砺剑"]),
        (PERSON, [KG.Person], "张晓峰", []),
        (AGENCY, [KG.Organization, KG.PoliceUnit], "杭州市公安局", ["杭州公安"]),
        (UNIT, [KG.Organization, KG.PoliceUnit], "杭州市公安局特警支队", ["特警支队"]),
        (MINISTRY, [KG.Organization, KG.GovernmentBody], "公安部", []),
        (PROVINCE, [KG.Place, KG.AdministrativeDivision], "浙江省", ["浙江"]),
        (CITY, [KG.Place, KG.AdministrativeDivision], "杭州市", ["杭州"]),
        (HONOR, [KG.Honor], "集体一等功", []),
    ]
    for node, classes, label, aliases in nodes:
        for cls in classes:
            g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, zh(label)))
        for alias in aliases:
            g.add((node, SKOS.altLabel, zh(alias)))
    g.add((ARTICLE, KG.sourceFile, Literal("page.txt")))
    g.add((PROVINCE, KG.adcode, Literal("330000")))
    g.add((PROVINCE, KG.level, Literal("province")))
    g.add((CITY, KG.adcode, Literal("330100")))
    g.add((CITY, KG.level, Literal("prefecture")))
    for subject, predicate, obj, extractor in FACTS:
        g.add((subject, predicate, obj))
        evidence = add_evidence(g, subject, predicate, obj, extractor)
        if predicate == KG.received:
            g.add((evidence, KG.year, Literal("2021")))
            g.add((evidence, KG.conferredBy, Literal("公安部")))
    for node in (PERSON, AGENCY, UNIT, CITY):
        g.add((ARTICLE, KG.mentions, node))
    return g


def assert_violation(graph: Graph, *fragments: str) -> None:
    """``graph`` does not conform, and the report mentions every fragment (IRIs as prefixed names:
    ``kgid:person-…``, ``kg:belongsTo``)."""
    from kg.query import compact_iri

    result = validate(graph)
    assert not result.conforms
    assert result.violations >= 1
    for fragment in fragments:
        compact = " ".join(compact_iri(w) if w.startswith("https://") else w for w in fragment.split(" "))
        assert fragment in result.text or compact in result.text, result.text


# ---------------------------------------------------------------------------- ontology files


@pytest.mark.parametrize("name", [ONTOLOGY_FILE, SHAPES_FILE])
def test_repository_copy_is_identical_to_packaged_copy(name):
    assert (ROOT / "ontology" / name).read_bytes() == (ROOT / "kg" / "ontology" / name).read_bytes()


@pytest.mark.parametrize("name", [ONTOLOGY_FILE, SHAPES_FILE])
def test_packaged_files_load_through_importlib_resources(name):
    assert resource_bytes(name) == (ROOT / "kg" / "ontology" / name).read_bytes()


def test_package_data_ships_ontology_and_queries():
    """A non-editable install must carry kg/ontology/*.ttl and kg/queries/*.rq."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kg"]
    shipped = {path for pattern in patterns for path in (ROOT / "kg").glob(pattern)}
    needed = list((ROOT / "kg" / "ontology").glob("*.ttl")) + list((ROOT / "kg" / "queries").glob("*.rq"))
    assert needed
    missing = sorted(str(p.relative_to(ROOT)) for p in needed if p not in shipped)
    assert not missing, f"add patterns for these to [tool.setuptools.package-data] kg: {missing}"


def test_every_contract_term_is_defined_with_labels_and_comment():
    onto = ontology_graph()
    terms = [*types.CLASSES, "NewsArticle", "Evidence", *types.RELATIONS, types.MENTIONS]
    terms += ["PoliceUnit", "PartyCommittee", "Court", "Procuratorate", "GovernmentBody", "AdministrativeDivision"]
    terms += ["adcode", "level", "anonymised", "resolvedBy", "sourceFile", "sentence", "start", "end", "extractor", "year", "conferredBy"]
    for name in terms:
        term = KG[name]
        langs = {label.language for label in onto.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, name
        assert (term, RDFS.comment, None) in onto, name
        if name[0].islower():
            assert (term, RDFS.domain, None) in onto, name
            assert (term, RDFS.range, None) in onto, name


def test_ontology_alignment_and_transitivity():
    onto = ontology_graph()
    schema = namespaces.SCHEMA  # not imported by name: pytest's collection would poke the DefinedNamespace
    assert (KG.Person, RDFS.subClassOf, schema.Person) in onto
    assert (KG.Place, RDFS.subClassOf, schema.Place) in onto
    assert (KG.NewsArticle, RDFS.subClassOf, schema.NewsArticle) in onto
    assert (KG.Evidence, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.Court, RDFS.subClassOf, KG.Organization) in onto
    assert (KG.AdministrativeDivision, RDFS.subClassOf, KG.Place) in onto
    for prop in (KG.locatedIn, KG.belongsTo):
        assert (prop, RDF.type, OWL.TransitiveProperty) in onto
    # belongsTo is an org:memberOf (domain foaf:Agent); org:subOrganizationOf fits units only: seeAlso
    assert {str(o) for o in onto.objects(KG.belongsTo, RDFS.subPropertyOf)} == {"http://www.w3.org/ns/org#memberOf"}
    assert {str(o) for o in onto.objects(KG.belongsTo, RDFS.seeAlso)} == {"http://www.w3.org/ns/org#subOrganizationOf"}


# ---------------------------------------------------------------------------- validate()


def test_good_graph_conforms():
    result = validate(good_graph())
    assert result.conforms, result.text
    assert result.violations == 0


def test_validate_leaves_the_graph_unchanged():
    graph = good_graph()
    before = len(graph)
    validate(graph)
    assert len(graph) == before
    assert isomorphic(graph, good_graph())


def test_label_without_language_tag_is_a_violation():
    graph = good_graph()
    graph.set((PERSON, RDFS.label, Literal("张晓峰")))
    assert_violation(graph, "rdfs:label, tagged @zh", str(PERSON))


def test_two_labels_is_a_violation():
    graph = good_graph()
    graph.add((AGENCY, RDFS.label, zh("杭州公安")))
    assert_violation(graph, "MaxCount", str(AGENCY))


def test_located_in_a_person_is_a_violation():
    graph = good_graph()
    graph.add((AGENCY, KG.locatedIn, PERSON))
    add_evidence(graph, AGENCY, KG.locatedIn, PERSON)
    assert_violation(graph, "the object of kg:locatedIn must be a kg:Place")


def test_belongs_to_a_place_and_honour_from_a_place_are_violations():
    graph = good_graph()
    graph.add((PERSON, KG.belongsTo, CITY))
    graph.add((CITY, KG.received, HONOR))
    assert_violation(graph, "must be a kg:Organization", "subject of kg:received")


def test_position_without_language_tag_is_a_violation():
    graph = good_graph()
    graph.add((PERSON, KG.position, Literal("局长")))
    add_evidence(graph, PERSON, KG.position, Literal("局长"))
    assert_violation(graph, "kg:position is a literal tagged @zh")


def test_reporter_must_link_an_article_to_a_person():
    graph = good_graph()
    graph.add((AGENCY, KG.reporter, PERSON))
    add_evidence(graph, AGENCY, KG.reporter, PERSON)
    assert_violation(graph, "ClassConstraintComponent", str(AGENCY))


def test_subclass_without_its_top_class_is_a_violation():
    graph = good_graph()
    graph.remove((UNIT, RDF.type, KG.Organization))
    assert_violation(graph, "must also be typed kg:Organization")


@pytest.mark.parametrize("code,ok", [("330000", True), ("330106001", True), ("330106001001", True),
                                     ("33000", False), ("3300001", False), ("33000A", False)])
def test_adcode_has_6_9_or_12_digits(code, ok):
    graph = good_graph()
    graph.set((PROVINCE, KG.adcode, Literal(code)))
    assert validate(graph).conforms is ok


def test_statement_without_evidence_is_a_violation():
    graph = good_graph()
    graph.add((PERSON, KG.belongsTo, MINISTRY))  # (PERSON → AGENCY would be implied through the unit)
    assert_violation(graph, f"no kg:Evidence node for the statement {PERSON} {KG.belongsTo} {MINISTRY}")


def test_evidence_for_a_missing_statement_is_a_violation():
    graph = good_graph()
    add_evidence(graph, PERSON, KG.belongsTo, AGENCY)
    assert_violation(graph, "a statement that is not in the graph")


def test_evidence_needs_article_sentence_and_extractor():
    graph = good_graph()
    evidence = add_evidence(graph, UNIT, KG.belongsTo, AGENCY, n=1)
    graph.remove((evidence, PROV.wasDerivedFrom, None))
    graph.remove((evidence, KG.extractor, None))
    graph.set((evidence, KG.sentence, Literal("no language tag")))
    graph.set((evidence, KG.end, Literal(3)))  # before its start
    assert_violation(graph, "derived from exactly one kg:NewsArticle", "->kg:extractor",
                     "exactly one kg:sentence, tagged @zh", "LessThanOrEqualsConstraintComponent")


def test_dataset_is_validated_as_the_union_of_its_named_graphs():
    """Statements in one named graph, their evidence in another: still conforms."""
    graph = good_graph()
    dataset = Dataset()
    statements = dataset.graph(mint("graph", "statements"))
    evidence = dataset.graph(mint("graph", "evidence"))
    evidence_nodes = set(graph.subjects(RDF.type, KG.Evidence))
    for s, p, o in graph:
        (evidence if s in evidence_nodes else statements).add((s, p, o))
    result = validate(dataset)
    assert result.conforms, result.text
