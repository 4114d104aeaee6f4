"""RDF namespaces of Tupu graphs: the ontology (``kg:``) and the entity IRIs (``kgid:``).

The ontology namespace is fixed by ``CONTRACT.md``; :data:`KG` is the closed namespace of
the terms declared in the schema (:mod:`kg.schema`): ``KG.locatedln`` (a typo) raises
``AttributeError``. Entity IRIs live under :data:`ID` and are built by :func:`kg.graph.entity_iri`.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from .schema import KG  # the project's ontology terms (classes, properties), from kg.schema
#: Entity and evidence IRIs: ``ID + "<kind>/<key>"``.
ID = Namespace("https://w3id.org/tupu/id/")
#: schema.org, with the https scheme as rdflib binds it.
SCHEMA = SDO

PREFIXES = {
    "kg": KG,
    "kgid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "org": ORG,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "xsd": XSD,
}

__all__ = ["KG", "ID", "SCHEMA", "PREFIXES", "RDF", "RDFS", "SKOS", "PROV", "ORG", "DCTERMS", "XSD"]
