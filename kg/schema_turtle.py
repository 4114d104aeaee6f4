"""Render the schema (:mod:`kg.schema`) as the OWL ontology and the SHACL shapes, in Turtle.

``ontology/kg.ttl`` and ``ontology/shapes.ttl`` (and their packaged copies in
``kg/ontology/``) are the output of :func:`ontology_turtle` and :func:`shapes_turtle` for the
shipped schema: ``python scripts/build_ontology.py`` rewrites them, and a test fails when they
differ. :mod:`kg.validate` checks graphs against the rendering of the live schema, so classes
and relations added at run time are validated too.
"""
from __future__ import annotations

from functools import cache

from .schema import ONTOLOGY_IRI, SCHEMA, ClassSpec, PropertySpec, RelationSpec, Schema

_RULE = "# ---------------------------------------------------------------------------- "
_DEFINED_BY = f"    rdfs:isDefinedBy <{ONTOLOGY_IRI}> ."

_ONTOLOGY_HEAD = f"""\
# Tupu (图谱) ontology: the classes and properties of a Tupu knowledge graph.
#
# The graph model is described in ontology/MODEL.md; this file is its formal vocabulary and
# ontology/shapes.ttl checks graphs against it (`kg validate GRAPH`).
#
# Generated from the schema kg/schema.py by scripts/build_ontology.py: edit the schema, not
# this file. The canonical copy ships inside the Python package (kg/ontology/kg.ttl);
# ontology/kg.ttl is a byte-identical copy for readers of the repository (tests keep the
# schema and both copies equal).

@prefix kg:      <https://w3id.org/tupu/ontology#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix schema:  <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix vann:    <http://purl.org/vocab/vann/> .

<{ONTOLOGY_IRI}> a owl:Ontology ;
    dcterms:title "Tupu ontology"@en , "图谱本体"@zh ;
    dcterms:description \"\"\"Persons, organizations, places and honours read from Chinese public-security and
legal news, the articles they were read from, and the evidence (article, sentence, extractor) behind
every relation statement.\"\"\"@en ;
    vann:preferredNamespacePrefix "kg" ;
    vann:preferredNamespaceUri "https://w3id.org/tupu/ontology#" ;
    owl:versionInfo "0.1.0" ;
    rdfs:seeAlso <https://w3id.org/tupu/shapes> .
"""

_SHAPES_HEAD = """\
# SHACL shapes of a Tupu knowledge graph: what ontology/MODEL.md promises, checked.
#
# Run them with `kg validate GRAPH` or kg.validate.validate(graph); the ontology (kg.ttl) is
# mixed into the data graph first, so sh:class and sh:targetClass see the subclasses
# (a kg:Court is a kg:Organization). No RDFS inference is run: a wrong object of kg:locatedIn
# must be reported, not inferred to be a kg:Place.
#
# Generated from the schema kg/schema.py by scripts/build_ontology.py: edit the schema, not
# this file. The canonical copy ships inside the Python package (kg/ontology/shapes.ttl);
# ontology/shapes.ttl is a byte-identical copy for readers of the repository (tests keep the
# schema and both copies equal).

@prefix kg:     <https://w3id.org/tupu/ontology#> .
@prefix kgsh:   <https://w3id.org/tupu/shapes#> .
@prefix sh:     <http://www.w3.org/ns/shacl#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .

<https://w3id.org/tupu/shapes> a owl:Ontology ;
    rdfs:label "Tupu SHACL shapes"@en , "图谱约束"@zh ;
    rdfs:seeAlso <https://w3id.org/tupu/ontology> ;
    sh:declare
        [ sh:prefix "kg" ; sh:namespace "https://w3id.org/tupu/ontology#"^^xsd:anyURI ] ,
        [ sh:prefix "rdf" ; sh:namespace "http://www.w3.org/1999/02/22-rdf-syntax-ns#"^^xsd:anyURI ] .
"""

_ENTITY_SHAPE = """\
kgsh:EntityShape a sh:NodeShape ;
    rdfs:comment "Every entity and article node is an IRI kgid:<kind>-<key> (no '/' after the namespace) with exactly one rdfs:label tagged @zh; its other names (skos:altLabel, skos:hiddenLabel) are tagged @zh too."@en ;
    sh:targetClass {targets} ;
    sh:nodeKind sh:IRI ;
    sh:pattern "^https://w3id\\\\.org/tupu/id/[a-z][a-z0-9]*-[^/]+$" ;
    sh:property [
        sh:path rdfs:label ;
        sh:minCount 1 ;
        sh:maxCount 1 ;
        sh:datatype rdf:langString ;
        sh:languageIn ( "zh" ) ;
        sh:message "an entity needs exactly one rdfs:label, tagged @zh"@en ;
    ] , [
        sh:path skos:altLabel ;
        sh:datatype rdf:langString ;
        sh:languageIn ( "zh" ) ;
        sh:message "skos:altLabel must be tagged @zh"@en ;
    ] , [
        sh:path skos:hiddenLabel ;
        sh:datatype rdf:langString ;
        sh:languageIn ( "zh" ) ;
        sh:message "skos:hiddenLabel must be tagged @zh"@en ;
    ] .
"""

#: Property shapes every evidence node has, before those of the evidence properties.
_EVIDENCE_FIXED = (
    ("sh:path rdf:type", "sh:hasValue rdf:Statement"),
    ("sh:path rdf:subject", "sh:minCount 1", "sh:maxCount 1", "sh:nodeKind sh:IRI"),
    ("sh:path rdf:predicate", "sh:minCount 1", "sh:maxCount 1", "sh:in ( {relations} )"),
    ("sh:path rdf:object", "sh:minCount 1", "sh:maxCount 1"),
    ("sh:path prov:wasDerivedFrom", "sh:minCount 1", "sh:maxCount 1", "sh:class kg:NewsArticle",
     'sh:message "an evidence node is derived from exactly one kg:NewsArticle"@en'),
)

_GRAPH_SHAPE = """\
# ---------------------------------------------------------------------------- whole graph

# Statement ↔ evidence checks run once over the whole graph, on one fixed focus node
# (kgsh:graph, which need not occur in the data). Written per statement or per evidence node
# they took seconds on a single page: pySHACL re-parses a SPARQL constraint's text for every
# focus node (tens of milliseconds each with rdflib's parser). Run once they take a fraction
# of a second. The offending statement is in the message; for the first check it is also the
# value node (subject) and result path (predicate).

kgsh:GraphShape a sh:NodeShape ;
    rdfs:comment "Checks on the graph as a whole: every relation statement but kg:mentions has an evidence node (a link of a transitive relation implied by a chain of two or more others, as a reasoner infers it, needs none), and every evidence node describes a statement of the graph."@en ;
    sh:targetNode kgsh:graph ;
    sh:sparql [
        a sh:SPARQLConstraint ;
        sh:message "no kg:Evidence node for the statement {?value} {?path} {?object}"@en ;
        sh:prefixes <https://w3id.org/tupu/shapes> ;
        sh:select \"\"\"
            SELECT $this ?value ?path ?object WHERE {
                {   # a group of its own, so that rdflib tests NOT EXISTS on relation statements only
                    ?value ?path ?object .
                    FILTER (?path IN (RELATIONS))
                }
                FILTER NOT EXISTS {
                    ?evidence rdf:subject ?value ; rdf:predicate ?path ; rdf:object ?object ; a kg:Evidence .
                }IMPLIED
            }
        \"\"\" ;
    ] , [
        a sh:SPARQLConstraint ;
        sh:message "evidence {?value} describes {?s} {?p} {?o}, a statement that is not in the graph"@en ;
        sh:prefixes <https://w3id.org/tupu/shapes> ;
        sh:select \"\"\"
            SELECT $this ?value ?s ?p ?o WHERE {
                ?value a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                FILTER NOT EXISTS { ?s ?p ?o }
            }
        \"\"\" ;
    ] .
"""


def _q(text: str) -> str:
    """A Turtle short string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _curie(name: str) -> str:
    return name if ":" in name else "kg:" + name


def _a(name: str) -> str:
    return f"a kg:{name}"


def _list(items: list[str]) -> str:
    """``a kg:A``, ``a kg:A or a kg:B``, ``a kg:A, a kg:B or a kg:C``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _term(name: str, types: str, zh: str, en: str, comment: str, lines: list[str]) -> str:
    out = [f"kg:{name} a {types} ;", f"    rdfs:label {_q(zh)}@zh , {_q(en)}@en ;",
           f"    rdfs:comment {_q(comment)}@en ;"]
    out += [f"    {line} ;" for line in lines]
    return "\n".join(out + [_DEFINED_BY]) + "\n"


def _class(c: ClassSpec) -> str:
    lines = []
    if c.sub_class_of:
        lines.append("rdfs:subClassOf " + " , ".join(c.sub_class_of))
    if c.see_also:
        lines.append("rdfs:seeAlso " + " , ".join(c.see_also))
    return _term(c.name, "owl:Class", c.zh, c.en, c.comment, lines)


def _domain(names: tuple[str, ...]) -> str:
    """``rdfs:domain`` object: one class, or the union of several."""
    return _curie(names[0]) if len(names) == 1 else f"[ a owl:Class ; owl:unionOf ( {' '.join(map(_curie, names))} ) ]"


def _relation(r: RelationSpec) -> str:
    types = "owl:DatatypeProperty" if r.literal else "owl:ObjectProperty"
    if r.transitive:
        types += " , owl:TransitiveProperty"
    lines = [f"rdfs:domain {_domain(r.domain)}", f"rdfs:range {_curie(r.range)}"]
    if r.sub_property_of:
        lines.append("rdfs:subPropertyOf " + " , ".join(r.sub_property_of))
    if r.see_also:
        lines.append("rdfs:seeAlso " + " , ".join(r.see_also))
    return _term(r.name, types, r.zh, r.en, r.comment, lines)


def _property(p: PropertySpec) -> str:
    types = "owl:DatatypeProperty" + (" , owl:FunctionalProperty" if p.functional else "")
    lines = [f"rdfs:domain {_domain(p.domains)}", f"rdfs:range {p.range}"]
    if p.sub_property_of:
        lines.append("rdfs:subPropertyOf " + " , ".join(p.sub_property_of))
    if p.see_also:
        lines.append("rdfs:seeAlso " + " , ".join(p.see_also))
    return _term(p.name, types, p.zh, p.en, p.comment, lines)


def _borrowed(p: PropertySpec) -> str:
    """A term of another vocabulary: annotated with how Tupu uses it, no domain or range asserted."""
    return (f"{p.name} rdfs:label {_q(p.zh)}@zh , {_q(p.en)}@en ;\n"
            f"    rdfs:comment {_q(f'Used by Tupu on kg:{p.domain} ({p.range}). {p.comment}')}@en .\n")


def _section(title: str, blocks: list[str]) -> list[str]:
    return [_RULE + title + "\n"] + blocks if blocks else []


def ontology_turtle(schema: Schema = SCHEMA) -> str:
    """The OWL ontology of ``schema`` as Turtle text (``ontology/kg.ttl`` for the shipped one).

    Args:
        schema: the schema to render; the live :data:`~kg.schema.SCHEMA` by default.

    Returns:
        UTF-8-ready Turtle: header, top classes and their disjointness, subclasses,
        relations, entity attributes, evidence properties and qualifiers, in declaration order.
    """
    top = schema.top_classes()
    disjoint = f"[] a owl:AllDisjointClasses ;\n    owl:members ( {' '.join(_curie(c.name) for c in top)} ) .\n"
    evidence_props = schema.properties_of("Evidence")
    parts = [_ONTOLOGY_HEAD]
    parts += _section("top classes", [_class(c) for c in top] + [disjoint])
    parts += _section("subclasses", [_class(c) for c in schema.classes.values() if c.parent])
    parts += _section("relations", [_relation(r) for r in schema.relations.values()])
    own = [p for p in schema.properties.values() if not p.borrowed]
    parts += _section("attributes", [_property(p) for p in own if p not in evidence_props])
    parts += _section("evidence", [_property(p) for p in evidence_props])
    parts += _section("borrowed properties", [_borrowed(p) for p in schema.properties.values() if p.borrowed])
    return "\n".join(parts)


def _node_shape(name: str, head: list[str], props: list[tuple[str, ...]], comment: str = "") -> str:
    out = [f"kgsh:{name} a sh:NodeShape ;"]
    if comment:
        out.append(f"    rdfs:comment {_q(comment)}@en ;")
    out += [f"    {line} ;" for line in head]
    blocks = ["\n".join(f"        {line} ;" for line in p) for p in props]
    out.append("    sh:property [\n" + "\n    ] , [\n".join(blocks) + "\n    ] .")
    return "\n".join(out) + "\n"


def _relation_shape(r: RelationSpec) -> str:
    p = f"kg:{r.name}"
    head = [f"sh:targetSubjectsOf {p}"]
    if len(r.domain) == 1:
        head.append(f"sh:class {_curie(r.domain[0])}")
        single = f"{p} links a {_curie(r.domain[0])} to"
    else:
        head.append("sh:or ( " + " ".join(f"[ sh:class {_curie(d)} ]" for d in r.domain) + " )")
        head.append(f'sh:message "the subject of {p} must be {_list([_a(d) for d in r.domain])}"@en')
        single = ""
    if r.literal:
        constraint = [f"sh:datatype {r.range}", 'sh:languageIn ( "zh" )']
        message = (f"{p} is a literal tagged @zh, on a {_curie(r.domain[0])}" if single
                   else f"the object of {p} must be a literal tagged @zh")
    elif r.range == "owl:Thing":
        constraint = ["sh:nodeKind sh:IRI"]
        message = f"{single} an entity IRI" if single else f"the object of {p} must be an entity IRI"
    else:
        constraint = [f"sh:class {_curie(r.range)}"]
        message = f"{single} {_a(r.range)}" if single else f"the object of {p} must be {_a(r.range)}"
    props = [(f"sh:path {p}", *constraint, f"sh:message {_q(message)}@en")]
    if r.qualifies:  # a link on evidence nodes: only on those of the statements it qualifies
        props.append(("sh:path rdf:predicate", f"sh:hasValue kg:{r.qualifies}",
                      f'sh:message "{p} is on evidence nodes of kg:{r.qualifies} statements only"@en'))
    return _node_shape(r.name[0].upper() + r.name[1:] + "Shape", head, props)


def _property_shapes(props: list[PropertySpec]) -> list[tuple[str, ...]]:
    return [(f"sh:path {_curie(p.name)}", *p.shape) for p in props if p.shape]


#: For each transitive relation: a statement that a chain of two or more statements of that
#: relation implies (as an RDFS/OWL-RL reasoner's closure adds them) needs no evidence of its own.
_IMPLIED = """
                FILTER NOT EXISTS {   # implied by a chain (a reasoner's closure)
                    ?value REL ?middle . ?middle REL+ ?object .
                    FILTER (?path = REL && ?middle != ?value && ?middle != ?object)
                }"""


def shapes_turtle(schema: Schema = SCHEMA, graph_checks: bool = True) -> str:
    """The SHACL shapes of ``schema`` as Turtle text (``ontology/shapes.ttl`` for the shipped one).

    Args:
        schema: the schema to render; the live :data:`~kg.schema.SCHEMA` by default.
        graph_checks: include the whole-graph SPARQL checks (``kgsh:GraphShape``). ``kg validate``
            renders the shapes without them and runs the same checks in Python
            (:func:`kg.validate.evidence_violations`), in time linear in the graph.

    Returns:
        Turtle: one entity shape over the classes with entity IRIs, a shape per class with
        subclasses (the subclass node carries the top class too), a shape per class with
        attributes, a shape per relation (subject classes, object class or literal), the
        evidence shape (its predicate one of the relations with evidence) and the whole-graph
        SPARQL checks (every such relation statement has evidence and vice versa).
    """
    entities = [_ENTITY_SHAPE.replace("{targets}", " , ".join(_curie(c.name) for c in schema.node_classes()))]
    for top in schema.top_classes():
        subs = schema.subclasses(top.name)
        if subs:
            entities.append(_node_shape(
                f"{top.name}SubclassShape", ["sh:targetClass " + " , ".join(_curie(c.name) for c in subs)],
                [("sh:path rdf:type", f"sh:hasValue kg:{top.name}",
                  f'sh:message "a subclass of kg:{top.name} adds to it: its nodes must also be typed '
                  f'kg:{top.name}"@en')]))
    for c in schema.top_classes():
        props = _property_shapes(schema.properties_of(c.name))
        if props and c.name != "Evidence":
            entities.append(_node_shape(f"{c.name}Shape", [f"sh:targetClass kg:{c.name}"], props))
    relations = [_relation_shape(r) for r in schema.relations.values()]
    with_evidence = [f"kg:{r.name}" for r in schema.evidence_relations()]
    fixed = [tuple(line.replace("{relations}", " ".join(with_evidence)) for line in p) for p in _EVIDENCE_FIXED]
    evidence = _node_shape(
        "EvidenceShape", ["sh:targetClass kg:Evidence"], fixed + _property_shapes(schema.properties_of("Evidence")),
        "An evidence node: a reified relation statement with its article, sentence, offsets and extractor.")
    parts = [_SHAPES_HEAD]
    parts += _section("entities", entities)
    parts += _section("relations", relations)
    parts += _section("evidence", [evidence])
    if graph_checks:
        implied = "".join(_IMPLIED.replace("REL", f"kg:{r.name}") for r in schema.evidence_relations() if r.transitive)
        parts.append(_GRAPH_SHAPE.replace("RELATIONS", ", ".join(with_evidence)).replace("IMPLIED", implied))
    return "\n".join(parts)


@cache
def _rendered(version: int, graph_checks: bool) -> tuple[str, str]:
    return ontology_turtle(), shapes_turtle(graph_checks=graph_checks)


def live_turtle(graph_checks: bool = True) -> tuple[str, str]:
    """``(ontology, shapes)`` Turtle of the live schema, rendered once per schema version.

    Args:
        graph_checks: see :func:`shapes_turtle`.
    """
    return _rendered(SCHEMA.version, graph_checks)


__all__ = ["ontology_turtle", "shapes_turtle", "live_turtle"]
