"""Resolved entities and statements → an rdflib graph following the contract (ontology/MODEL.md).

Entity IRIs are ``kgid:<kind>-<key>`` (see :func:`entity_iri`); every relation statement but
``kg:mentions`` gets one reified evidence node per sentence it was read from, listing every
extractor that read it there.
"""
from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from .namespaces import KG, ORG, PREFIXES, PROV, mint
from .nlp import is_traditional, normalize
from .resolve import Resolution
from .schema import NEWS_ARTICLE, POSITION, SCHEMA
from .types import ORGANIZATION, PLACE, Document, Evidence

_ZH = "zh"


def entity_iri(cls: str, key: str) -> URIRef:
    """The IRI of an entity: ``https://w3id.org/tupu/id/<kind>-<key>`` (:func:`kg.namespaces.mint`).

    Args:
        cls: a class with entity IRIs (``"Person"``, ``"Organization"``, ``"Place"``,
            ``"Honor"``, ``"NewsArticle"``, …); ``<kind>`` is its ``iri_path`` in the schema.
        key: the canonical key (name, adcode or document id).

    Returns:
        A valid IRI and prefixed name (``kgid:org-台州市公安局``): letters and digits (CJK
        included) are kept, everything else (``/``, space, ``<``, ``>``, ``"``, brackets, …)
        is percent-encoded as UTF-8.

    Raises:
        KeyError: ``cls`` is not a class of :data:`kg.schema.SCHEMA`.
        ValueError: ``key`` is empty, or the class has no IRI kind.
    """
    return mint(SCHEMA.cls(cls).iri_path, key)


def _zh(text: str) -> Literal:
    return Literal(text, lang=_ZH)


def _article(g: Graph, doc: Document) -> URIRef:
    node = entity_iri(NEWS_ARTICLE, doc.doc_id)
    g.add((node, RDF.type, KG.NewsArticle))
    title = doc.title or doc.doc_id
    traditional = is_traditional(doc.title + "\n" + doc.text)  # one decision per article (kg.nlp)
    label = normalize(title, traditional=True) if traditional else title
    g.add((node, RDFS.label, _zh(label)))
    if label != title:  # 巡迴審判 → 巡回审判: the printed headline stays as altLabel
        g.add((node, SKOS.altLabel, _zh(title)))
    for alt in doc.alt_titles:
        g.add((node, SKOS.altLabel, _zh(alt)))
        if traditional and normalize(alt, traditional=True) != alt:
            g.add((node, SKOS.altLabel, _zh(normalize(alt, traditional=True))))
    g.add((node, KG.sourceFile, Literal(doc.source)))
    for name, value in doc.meta:  # dcterms:date, schema:url, … typed by their spec in the schema
        prefix, local = name.split(":")
        rng = SCHEMA.properties[name].range
        obj = URIRef(value) if rng == "xsd:anyURI" else \
            Literal(value, datatype=XSD.date if rng == "xsd:date" else None)
        g.add((node, PREFIXES[prefix][local], obj))
    return node


def _membership(g: Graph, person: URIRef, post: str, unit: URIRef | None) -> None:
    """W3C ORG: ``person`` holds ``post`` in ``unit`` (an ``org:Membership`` with an ``org:Role``).

    The role node is shared by every holder of the same post name (``kgid:role-局长``); the
    membership IRI hashes person, post and unit, so it is deterministic.
    """
    role = mint("role", post)
    g.add((role, RDF.type, ORG.Role))
    g.add((role, RDFS.label, _zh(post)))
    digest = hashlib.sha1(f"{person}|{post}|{unit or ''}".encode()).hexdigest()[:16]
    node = mint("membership", digest)
    g.add((node, RDF.type, ORG.Membership))
    g.add((node, ORG.member, person))
    g.add((node, ORG.role, role))
    if unit is not None:
        g.add((node, ORG.organization, unit))


def _by_sentence(evidence: list[Evidence]) -> list[tuple[Evidence, list[str]]]:
    """One entry per sentence a statement was read from: its first evidence and every extractor.

    Two extractors that read the same statement from the same sentence (``places`` and
    ``places:gbt2260``) give one evidence node listing both; the order is that of ``evidence``
    for the sentences and sorted for the extractors, so the output is deterministic.
    """
    groups: dict[tuple[str, int, int], tuple[Evidence, set[str]]] = {}
    for ev in evidence:
        groups.setdefault((ev.doc_id, ev.start, ev.end), (ev, set()))[1].add(ev.extractor)
    return [(ev, sorted(names)) for ev, names in groups.values()]


def build_rdf(res: Resolution) -> Graph:
    """Build the rdflib graph of a resolved build.

    Args:
        res: the output of :func:`kg.resolve.resolve`.

    Returns:
        An ``rdflib.Graph`` with the contract's classes, labels, relations and evidence,
        prefixes bound (kg, kgid, rdfs, skos, prov, org, schema, …).
    """
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    articles = {doc.doc_id: _article(g, doc) for doc in res.documents}
    for (cls, key), e in sorted(res.entities.items()):
        node = entity_iri(cls, key)
        g.add((node, RDF.type, KG[cls]))
        if e.attrs.get("kind"):
            g.add((node, RDF.type, KG[e.attrs["kind"]]))
        g.add((node, RDFS.label, _zh(e.label)))
        for alias in sorted(e.aliases):
            g.add((node, SKOS.altLabel, _zh(alias)))
        if cls == PLACE:
            if e.attrs.get("adcode"):
                g.add((node, KG.adcode, Literal(e.attrs["adcode"])))
                g.add((node, RDF.type, KG.AdministrativeDivision))
            if e.attrs.get("level"):
                g.add((node, KG.level, Literal(e.attrs["level"])))
        if e.attrs.get("anonymised"):
            g.add((node, KG.anonymised, Literal(True)))
        for rule in e.resolved_by:
            g.add((node, KG.resolvedBy, Literal(rule)))
        for doc_id in sorted(e.docs):
            g.add((articles[doc_id], KG.mentions, node))
    for rs in res.statements:
        s = articles[rs.subject[1]] if rs.subject[0] == NEWS_ARTICLE else entity_iri(*rs.subject)
        o = _zh(rs.object) if isinstance(rs.object, str) else entity_iri(*rs.object)
        p = KG[rs.predicate]
        g.add((s, p, o))
        if rs.predicate == POSITION:
            _membership(g, s, str(rs.object), entity_iri(ORGANIZATION, rs.unit) if rs.unit else None)
        qualifiers = rs.qualifiers.on_evidence()
        for ev, extractors in _by_sentence(rs.evidence):
            digest = hashlib.sha1(f"{s}|{p}|{o}|{ev.doc_id}|{ev.start}|{ev.end}".encode()).hexdigest()[:16]
            en = mint("evidence", digest)
            g.add((en, RDF.type, RDF.Statement))
            g.add((en, RDF.type, KG.Evidence))
            g.add((en, RDF.subject, s))
            g.add((en, RDF.predicate, p))
            g.add((en, RDF.object, o))
            g.add((en, PROV.wasDerivedFrom, articles[ev.doc_id]))
            g.add((en, KG.sentence, _zh(ev.sentence)))
            g.add((en, KG.start, Literal(ev.start, datatype=XSD.integer)))
            g.add((en, KG.end, Literal(ev.end, datatype=XSD.integer)))
            for extractor in extractors:
                g.add((en, KG.extractor, Literal(extractor)))
            for k, v in qualifiers:
                g.add((en, KG[k], Literal(v)))
    return g


__all__ = ["entity_iri", "build_rdf"]
