"""Resolved entities and statements → an rdflib graph following the contract (ontology/MODEL.md).

Entity IRIs are ``kgid:<kind>-<key>`` (see :func:`entity_iri`); every relation statement but
``kg:mentions`` gets one reified evidence node per sentence it was read from, listing every
extractor that read it there.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from collections.abc import Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from .namespaces import KG, ORG, PREFIXES, PROV, mint
from .nlp import is_traditional, normalize
from .resolve import Resolution, ResolvedStatement
from .schema import NEWS_ARTICLE, POSITION, SCHEMA, Qualifiers
from .types import ORGANIZATION, PLACE, Document, Evidence

_ZH = "zh"
#: The named graph of the entities' own description (classes, names, adcodes, levels,
#: ``kg:resolvedBy``, a post's current ``kg:postStatus``), resolved over the whole build; every
#: other statement is in the named graph of the article it was read from, whose name is the
#: article's IRI (ontology/MODEL.md).
ENTITIES_GRAPH = mint("graph", "entities")

Quad = tuple[Node, Node, Node, URIRef]


@lru_cache(maxsize=1 << 16)
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

    Cached: a build asks for the IRI of an entity in every statement about it.
    """
    return mint(SCHEMA.cls(cls).iri_path, key)


@lru_cache(maxsize=1 << 16)
def _zh(text: str) -> Literal:
    return Literal(text, lang=_ZH)


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> Literal:
    """A plain literal (an extractor's name, a rule, a qualifier, an adcode, a level), made once."""
    return Literal(text)


_TRUE = Literal(True)


@lru_cache(maxsize=1 << 16)
def _integer(n: int) -> Literal:
    """An ``xsd:integer`` literal (an evidence offset), made once."""
    return Literal(n, datatype=XSD.integer)


@lru_cache(maxsize=1 << 16)
def _generic(alias: str) -> bool:
    """Whether an organization's alias names only a kind of unit (公安局, 区法院, 市局, 禁毒大队:
    :func:`kg.lexicon.names_a_kind_of_unit`), as written or simplified (區法院)."""
    from .lexicon import names_a_kind_of_unit

    return names_a_kind_of_unit(alias) or names_a_kind_of_unit(normalize(alias, traditional=True))


def _article(doc: Document) -> Iterator[Quad]:
    """The article node's statements, in the article's own named graph (its IRI)."""
    node = entity_iri(NEWS_ARTICLE, doc.doc_id)
    yield node, RDF.type, KG.NewsArticle, node
    title = doc.title or doc.doc_id
    traditional = is_traditional(doc.title + "\n" + doc.text)  # one decision per article (kg.nlp)
    yield node, RDFS.label, _zh(title), node  # the headline as printed (巡迴審判, a reprint's own)
    simplified = normalize(title, traditional=True) if traditional else title
    if simplified != title:  # 巡回审判: matched in simplified, as the entities' names are
        yield node, SKOS.altLabel, _zh(simplified), node
    for alt in doc.alt_titles:
        yield node, SKOS.altLabel, _zh(alt), node
        if traditional and normalize(alt, traditional=True) != alt:
            yield node, SKOS.altLabel, _zh(normalize(alt, traditional=True)), node
    yield node, KG.sourceFile, Literal(doc.source), node
    for name, value in doc.meta:  # dcterms:date, schema:url, … typed by their spec in the schema
        prefix, local = name.split(":")
        rng = SCHEMA.properties[name].range
        obj = URIRef(value) if rng == "xsd:anyURI" else \
            Literal(value, datatype=XSD.date if rng == "xsd:date" else None)
        yield node, PREFIXES[prefix][local], obj, node


@lru_cache(maxsize=1 << 16)
def membership_iri(person: URIRef, post: str, unit: URIRef | None) -> URIRef:
    """The IRI of the ``org:Membership`` of ``person`` in ``post`` at ``unit``: a hash of the
    three, so one node whichever articles name it (cached: a post read in several articles is
    written in each one's graph)."""
    return mint("membership", hashlib.sha1(f"{person}|{post}|{unit or ''}".encode()).hexdigest()[:16])


@lru_cache(maxsize=1 << 12)
def _role(post: str) -> tuple[URIRef, Literal]:
    """The ``org:Role`` node of a post name and its label, made once."""
    return mint("role", post), _zh(post)


def _membership(person: URIRef, post: str, unit: URIRef | None, graph: URIRef) -> Iterator[Quad]:
    """W3C ORG: ``person`` holds ``post`` in ``unit`` (an ``org:Membership`` with an ``org:Role``).

    The role node is shared by every holder of the same post name (``kgid:role-局长``); the
    membership IRI (:func:`membership_iri`) is deterministic. Its ``kg:postStatus`` depends on
    every article of the build, so :func:`rdf_quads` writes it in :data:`ENTITIES_GRAPH`, not here.
    """
    role, label = _role(post)
    yield role, RDF.type, ORG.Role, graph
    yield role, RDFS.label, label, graph
    node = membership_iri(person, post, unit)
    yield node, RDF.type, ORG.Membership, graph
    yield node, ORG.member, person, graph
    yield node, ORG.role, role, graph
    if unit is not None:
        yield node, ORG.organization, unit, graph


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


def rdf_quads(res: Resolution, *, evidence: bool = True) -> Iterator[Quad]:
    """The statements of a resolved build, each with the named graph it belongs to.

    Graphs: an article's own statements (its node, its ``kg:mentions``, the relation statements
    read in it with their evidence nodes and memberships) are in the graph named by the article's
    IRI; a statement read in several articles is in each of their graphs. The entities'
    description (classes, ``rdfs:label``, ``skos:altLabel``, ``skos:hiddenLabel``, ``kg:adcode``, ``kg:level``,
    ``kg:anonymised``, ``kg:resolvedBy``), resolved over the whole build, is in
    :data:`ENTITIES_GRAPH`, and so is a membership's ``kg:postStatus`` (the build's
    :attr:`~kg.resolve.ResolvedStatement.status`, which weighs every article naming the post:
    :func:`kg.resolve.current_status`). An evidence node carries the qualifiers its own article
    reads (``kg:postStatus "ended"`` on the removal's evidence only), so no article's graph
    changes with another article. The union of all graphs is :func:`build_rdf`'s graph.

    Args:
        res: the output of :func:`kg.resolve.resolve`.
        evidence: False leaves out the evidence nodes' statements (all of :func:`evidence_quads`,
            and only those: no other statement has an evidence node as its subject).

    Yields:
        ``(subject, predicate, object, graph)`` rdflib terms, in a deterministic order; a quad
        may repeat (the same statement met twice), which a graph or a store keeps once.
    """
    articles = _article_iris(res)
    for doc in res.documents:
        yield from _article(doc)
    # the terms of every statement, looked up once (an rdflib namespace lookup costs a few µs)
    a, label, alt = RDF.type, RDFS.label, SKOS.altLabel
    classes: dict[str, URIRef] = {}
    ent = ENTITIES_GRAPH
    for (cls, key), e in sorted(res.entities.items()):
        node = entity_iri(cls, key)
        cls_iri = classes.get(cls)
        if cls_iri is None:
            cls_iri = classes[cls] = KG[cls]
        yield node, a, cls_iri, ent
        if e.attrs.get("kind"):
            yield node, a, KG[e.attrs["kind"]], ent
        yield node, label, _zh(e.label), ent
        for alias in sorted(e.aliases):
            yield node, alt, _zh(alias), ent
            if cls == ORGANIZATION and _generic(alias):  # (公安局 of a county bureau: user 8, #7)
                yield node, KG.genericAltLabel, _zh(alias), ent
        for name in sorted(e.hidden):  # composed, written by no article: matched, not shown (kg.resolve)
            yield node, SKOS.hiddenLabel, _zh(name), ent
        if cls == PLACE:
            if e.attrs.get("adcode"):
                yield node, KG.adcode, _plain(e.attrs["adcode"]), ent
                yield node, a, KG.AdministrativeDivision, ent
            if e.attrs.get("level"):
                yield node, KG.level, _plain(e.attrs["level"]), ent
        if e.attrs.get("anonymised"):
            yield node, KG.anonymised, _TRUE, ent
        for rule in e.resolved_by:
            yield node, KG.resolvedBy, _plain(rule), ent
        mentions = KG.mentions
        for doc_id in sorted(e.docs):
            yield articles[doc_id], mentions, node, articles[doc_id]
    for rs in res.statements:
        s, p, o = _terms(rs, articles)
        graphs = sorted({articles[ev.doc_id] for ev in rs.evidence}) or [ent]
        unit = entity_iri(ORGANIZATION, rs.unit) if rs.unit else None
        for graph in graphs:
            yield s, p, o, graph
            if rs.predicate == POSITION:
                yield from _membership(s, str(rs.object), unit, graph)
        if rs.predicate == POSITION and rs.status is not None:  # the build's judgement over its articles
            yield membership_iri(s, str(rs.object), unit), KG.postStatus, _plain(rs.status), ent
        if evidence:
            yield from _evidence(rs, s, p, o, articles)


#: The start of every evidence node's IRI (``kgid:evidence-<hex digest>``; a digest is kept as is).
EVIDENCE_IRI = str(mint("evidence", "0"))[:-1]


def evidence_quads(res: Resolution, statements: list[ResolvedStatement] | None = None) -> Iterator[Quad]:
    """The statements of the evidence nodes of a resolved build, in :func:`rdf_quads`' order:
    what ``rdf_quads(res, evidence=False)`` leaves out. Every subject is an evidence node (an IRI
    starting with :data:`EVIDENCE_IRI`), and no other statement of the build has one as subject.

    Args:
        res: the output of :func:`kg.resolve.resolve`.
        statements: only the evidence nodes of these statements of ``res`` (a part of
            :func:`evidence_parts`); None: of all of them.

    Yields:
        ``(subject, predicate, object, graph)`` rdflib terms.
    """
    articles = _article_iris(res)
    for rs in res.statements if statements is None else statements:
        yield from _evidence(rs, *_terms(rs, articles), articles)


def evidence_parts(res: Resolution, share: float) -> tuple[list[ResolvedStatement], list[ResolvedStatement]]:
    """The statements of a build in two parts whose evidence nodes two processes make, each
    with its own :func:`kg.statements.statement_counts` (which then add up: ``added_counts``).

    The first part takes statements from the start of ``res.statements`` up to about ``share``
    of their evidence (never splitting the statements of one subject, predicate and object,
    the memberships of one post), but none of a relation that a link on evidence nodes qualifies
    (``kg:received``, which ``kg:conferrer`` counts by pairs across statements); the second
    part takes all the others. Which part a statement is in changes no byte of the files.

    Args:
        res: the output of :func:`kg.resolve.resolve`.
        share: 0.0 to 1.0, the first part's share of the evidence (in sentences read).

    Returns:
        ``(first, second)``, each in the order of ``res.statements``.
    """
    qualified = {r.qualifies for r in SCHEMA.relations.values() if r.qualifies}
    statements = res.statements
    wanted = share * sum(len(rs.evidence) for rs in statements)
    cut, taken = 0, 0
    while cut < len(statements) and (taken < wanted or (cut and _same_triple(statements[cut - 1], statements[cut]))):
        taken += len(statements[cut].evidence)
        cut += 1
    first = [rs for rs in statements[:cut] if rs.predicate not in qualified]
    second = [rs for rs in statements[:cut] if rs.predicate in qualified] + statements[cut:]
    return first, second


def iris_made(res: Resolution, sample: int = 500) -> float:
    """The share of the build's entities whose IRIs this process has made already (cached by
    :func:`entity_iri`: a process that built these articles before, the bench's later builds),
    from a sample of about ``sample`` of them; 0.0 for a build of no entity.

    The IRIs of the sample are made (and cached) by the way, as the graph will ask for them."""
    keys = list(res.entities)
    if not keys:
        return 0.0
    step = max(1, len(keys) // sample)
    before = entity_iri.cache_info().hits
    for cls, key in keys[::step]:
        entity_iri(cls, key)
    return (entity_iri.cache_info().hits - before) / len(keys[::step])


def _same_triple(a: ResolvedStatement, b: ResolvedStatement) -> bool:
    """Do two resolved statements have the same subject, predicate and object (two units of one post)?"""
    return (a.subject, a.predicate, a.object) == (b.subject, b.predicate, b.object)


def _article_iris(res: Resolution) -> dict[str, URIRef]:
    """``{document id: the article's IRI}`` of a build."""
    return {doc.doc_id: entity_iri(NEWS_ARTICLE, doc.doc_id) for doc in res.documents}


def _terms(rs, articles: dict[str, URIRef]) -> tuple:
    """The subject, predicate and object terms of a resolved statement."""
    s = articles[rs.subject[1]] if rs.subject[0] == NEWS_ARTICLE else entity_iri(*rs.subject)
    o = _zh(rs.object) if isinstance(rs.object, str) else entity_iri(*rs.object)
    return s, KG[rs.predicate], o


#: The terms of an evidence node's statements, looked up once (an rdflib namespace lookup costs a few µs).
_EVIDENCE_TERMS = (RDF.type, RDF.Statement, KG.Evidence, RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom,
                   KG.sentence, KG.start, KG.end, KG.extractor)


def _evidence(rs, s: URIRef, p: URIRef, o: Node, articles: dict[str, URIRef]) -> Iterator[Quad]:
    """The evidence nodes of one resolved statement ``s p o``: one per sentence and body, in the
    graph of its article (and per membership, for a sentence giving one post in two units:
    :attr:`kg.resolve.ResolvedStatement.shared`)."""
    a, statement, evidence, subject, predicate, object_, derived, sentence, start, end, extractor_ = _EVIDENCE_TERMS
    by_doc: dict[str, list[tuple[str, list[tuple[URIRef, Node]]]]] = {}
    for doc, quals in rs.qualifiers.items():  # each article's own qualifiers, on its own evidence
        by_doc[doc] = _evidence_qualifiers(quals, rs.links.get(doc, {}))
    head = f"{s}|{p}|{o}|"
    shared = rs.shared
    for ev, extractors in _by_sentence(rs.evidence):
        graph = articles[ev.doc_id]
        # (a sentence giving the post in two units: a node per membership, the unit in its IRI)
        unit = f"|unit={rs.unit}" if shared and (ev.doc_id, ev.start, ev.end) in shared else ""
        for body, qualifiers in by_doc.get(ev.doc_id, _UNQUALIFIED):  # (a node per body of a joint conferral)
            digest = hashlib.sha1(f"{head}{ev.doc_id}|{ev.start}|{ev.end}{body}{unit}".encode()).hexdigest()[:16]
            en = URIRef(EVIDENCE_IRI + digest)
            yield en, a, statement, graph
            yield en, a, evidence, graph
            yield en, subject, s, graph
            yield en, predicate, p, graph
            yield en, object_, o, graph
            yield en, derived, graph, graph
            yield en, sentence, _zh(ev.sentence), graph
            yield en, start, _integer(ev.start), graph
            yield en, end, _integer(ev.end), graph
            for extractor in extractors:
                yield en, extractor_, _plain(extractor), graph
            for k, v in qualifiers:
                yield en, k, v, graph


#: The evidence qualifiers of a statement no article qualifies: one node, nothing on it.
_UNQUALIFIED = (("", ()),)


def _evidence_qualifiers(quals: Qualifiers, links: dict[str, tuple]) -> list[tuple[str, list[tuple[URIRef, Node]]]]:
    """What the evidence nodes of one statement in one article carry: ``(suffix of the node's
    digest, [(property, value), …])`` per node of a sentence. One node, suffix ``""``, with every
    qualifier (``quals.on_evidence()``) and link (``links``: :attr:`kg.resolve.ResolvedStatement.links`);
    for a joint conferral (人力资源社会保障部、公安部授予…) one node per body, suffix ``|<its place in
    the order written>`` (``|0``, ``|1``), each with that body's ``kg:conferredBy`` and
    ``kg:conferrer`` and the other qualifiers (year, times): a query pairs a body's name with its node."""
    parts = quals.per_value()
    out = []
    for i, part in enumerate(parts):
        pairs = [(KG[k], _plain(v)) for k, v in part.on_evidence()]
        for rel, keys in sorted(links.items()):
            pairs += [(KG[rel], entity_iri(*key)) for key in (keys[i:i + 1] if len(parts) > 1 else keys) if key]
        out.append(("" if len(parts) == 1 else f"|{i}", pairs))
    return out



def _bound(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def build_rdf(res: Resolution) -> Graph:
    """Build the rdflib graph of a resolved build (the union of :func:`rdf_quads`).

    Args:
        res: the output of :func:`kg.resolve.resolve`.

    Returns:
        An ``rdflib.Graph`` with the contract's classes, labels, relations and evidence,
        prefixes bound (kg, kgid, rdfs, skos, prov, org, schema, …).
    """
    g = _bound(Graph())
    g.addN((s, p, o, g) for s, p, o, _ in rdf_quads(res))
    return g


def build_dataset(res: Resolution) -> Dataset:
    """The statements of :func:`rdf_quads` as an rdflib ``Dataset``: one named graph per article
    and :data:`ENTITIES_GRAPH` (what ``graph.trig`` and the store hold)."""
    ds = _bound(Dataset())
    graphs: dict[URIRef, Graph] = {}
    for s, p, o, name in rdf_quads(res):
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(name)
        g.add((s, p, o))
    return ds


__all__ = ["entity_iri", "membership_iri", "build_rdf", "build_dataset", "rdf_quads", "evidence_quads", "evidence_parts",
           "iris_made", "ENTITIES_GRAPH", "EVIDENCE_IRI"]
