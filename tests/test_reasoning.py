"""Ontology alignments a reasoner uses (kg:belongsTo ⊑ org:memberOf, kg:locatedIn ⊑ schema:location),
and the SHACL shapes hold on the RDFS and OWL-RL closures of a real graph (owlrl): links a
transitive relation implies need no evidence, an unimplied link without evidence still fails."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import ORG, RDFS, SDO

from kg.namespaces import KG
from kg.validate import evidence_violations, ontology_graph, shapes_graph, validate
from test_validate import AGENCY, CITY, MINISTRY, PERSON, PROVINCE, UNIT, good_graph

owlrl = pytest.importorskip("owlrl")


def closure(graph: Graph, semantics) -> Graph:
    """``graph`` with the ontology, closed under ``semantics`` (owlrl), without owlrl's literal mix-up.

    owlrl 7.6 gives ``ex:a ex:p "x"`` from ``ex:a ex:p "x"@zh`` under RDFS (it treats literals
    equal by Python value as one, RDFLib/OWL-RL#61); such triples are no inference of ours and
    are dropped: an inferred literal whose lexical form the data holds for the same subject and
    predicate with another tag or datatype.
    """
    data = Graph()
    for triple in graph:
        data.add(triple)
    for triple in ontology_graph():
        data.add(triple)
    before = set(data)
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(data)
    for s, p, o in set(data) - before:
        if isinstance(o, Literal) and any(str(x) == str(o) and x != o for x in graph.objects(s, p)):
            data.remove((s, p, o))
    return data


def test_the_ontology_aligns_belongs_to_and_located_in():
    onto = ontology_graph()
    assert (KG.belongsTo, RDFS.subPropertyOf, ORG.memberOf) in onto
    assert (KG.locatedIn, RDFS.subPropertyOf, SDO.location) in onto
    # the halves that fit one reading only stay pointers
    assert (KG.belongsTo, RDFS.seeAlso, ORG.subOrganizationOf) in onto
    assert (KG.locatedIn, RDFS.seeAlso, SDO.containedInPlace) in onto


@pytest.mark.parametrize("semantics", ["RDFS_Semantics", "OWLRL_Semantics"])
def test_shapes_hold_on_the_closure_of_the_bundled_page(sample_graph, semantics):
    closed = closure(sample_graph, getattr(owlrl, semantics))
    memberships = set(closed.subject_objects(ORG.memberOf))
    assert len(memberships) >= len(set(sample_graph.subject_objects(KG.belongsTo))) > 0
    assert set(closed.subject_objects(SDO.location)) >= set(sample_graph.subject_objects(KG.locatedIn))
    if semantics == "OWLRL_Semantics":  # transitive links without evidence of their own
        assert len(set(closed.subject_objects(KG.belongsTo))) > len(set(sample_graph.subject_objects(KG.belongsTo)))
    result = validate(closed)
    assert result.conforms, result.text


def test_an_unimplied_link_without_evidence_still_fails_on_the_closure():
    g = good_graph()
    g.add((PERSON, KG.belongsTo, MINISTRY))  # no evidence, and no chain implies it
    closed = closure(g, owlrl.OWLRL_Semantics)
    assert (PERSON, KG.belongsTo, AGENCY) in closed and (UNIT, KG.locatedIn, PROVINCE) not in closed
    messages = [v.message for v in evidence_violations(closed)]
    assert messages == [f"no kg:Evidence node for the statement {PERSON} {KG.belongsTo} {MINISTRY}"]


def test_python_and_sparql_checks_agree_on_implied_links():
    """The SPARQL form in shapes.ttl (for other SHACL engines) exempts the same implied links."""
    import pyshacl
    from rdflib.namespace import SH

    from kg.validate import GRAPH_SHAPE

    g = good_graph()
    g.add((PERSON, KG.belongsTo, AGENCY))  # implied by PERSON → UNIT → AGENCY
    g.add((AGENCY, KG.locatedIn, PROVINCE))  # implied by AGENCY → CITY → PROVINCE
    g.add((CITY, KG.belongsTo, MINISTRY))  # implied by nothing (and ill-typed, which is another shape's job)
    _, report, _ = pyshacl.validate(g, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none")
    sparql = {str(report.value(r, SH.resultMessage)) for r in report.subjects(SH.sourceShape, GRAPH_SHAPE)}
    python = {v.message for v in evidence_violations(g)}
    assert python == sparql == {f"no kg:Evidence node for the statement {CITY} {KG.belongsTo} {MINISTRY}"}
