"""What a view draws, read from the graph: nodes, edges, classes, relations, legend entries.

The model is independent of geometry: :func:`read_model` turns a Tupu graph into a
:class:`Model` (nodes sorted by IRI, edges between drawn nodes, evidence and article
titles); :func:`select` keeps the nodes a view draws (a focus neighbourhood, a node cap);
:func:`initial`, :func:`tethered`, :func:`layout_set` and :func:`shown_by_default` say which
of them the page shows at load, which it shows only with one of their edges (so that no node
stands alone because its only links are hidden), which get the layout, and which a picture
draws; :func:`legend_of` the
classes and relations a picture's legend lists (only those drawn).

What is drawn (see ``ontology/MODEL.md``):

* nodes: every subject typed with a class the schema (:mod:`kg.schema`) gives a view
  :class:`~kg.schema.Style`: ``kg:Person``, ``kg:Organization``, ``kg:Place``, ``kg:Honor``
  or ``kg:NewsArticle`` (articles are hidden by the page's class filter until switched on);
  label ``rdfs:label``;
* edges: the relations with a style, ``kg:locatedIn``, ``kg:belongsTo``, ``kg:received``,
  ``kg:reporter``, ``kg:correspondent`` and ``kg:mentions`` (hidden until switched on) between
  two drawn nodes; an edge to an untyped node is left out; ``kg:conferrer``, a link on the
  evidence nodes of ``kg:received`` statements, is drawn from the conferring body to the
  honour (:func:`_edge_pairs`);
* side panel: aliases (``skos:altLabel``; those that name only a kind of unit, ``kg:genericAltLabel``,
  apart, and neither searched nor matched by ``--focus``), class and subclasses, ``kg:adcode`` and
  ``kg:level`` of places, an article's ``dcterms:date``, ``dcterms:source``, ``kg:sourceFile`` and ``schema:url``,
  posts (``kg:position``, each with the bodies its ``org:Membership`` nodes name and a mark on
  those the graph holds ended) and the evidence sentences of every relation with the title of the
  article they come from, a ``kg:belongsTo`` the graph holds ended marked as former.
"""
from __future__ import annotations

import functools
import heapq
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS

from kg.namespaces import ID, KG, readable_local, split_iri
from kg.schema import NEWS_ARTICLE, SCHEMA
from kg.statements import by_predicate

_KG = str(KG)
_ADCODE, _LEVEL, _POSITION, _SENTENCE, _EXTRACTOR = KG.adcode, KG.level, KG.position, KG.sentence, KG.extractor
_GENERIC = KG.genericAltLabel
_TYPE, _LABEL, _ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel  # (a namespace attribute is a lookup each time)
_SUBJECT, _PREDICATE, _OBJECT, _DERIVED = RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom
_DATE, _SOURCE, _SOURCE_FILE, _URL = DCTERMS.date, DCTERMS.source, KG.sourceFile, SDO.url
_STATUS, _BELONGS_TO = KG.postStatus, KG.belongsTo
_MEMBER, _ROLE, _ORGANIZATION = ORG.member, ORG.role, ORG.organization


@dataclass(frozen=True)
class _Kind:
    """A node class or relation as drawn: local name, Chinese name, colour, look, default."""

    key: str
    zh: str
    color: str
    shape: str
    shown: bool


@dataclass(frozen=True)
class _Kinds:
    """What is drawn, from the schema's view styles (classes and relations with a ``view``)."""

    classes: tuple[_Kind, ...]  # node classes in priority order (a node typed with two takes the first)
    relations: tuple[_Kind, ...]  # relations drawn as edges (``shape`` unused)
    class_index: dict[URIRef, int]
    rel_index: dict[URIRef, int]
    hidden_classes: frozenset[int]
    hidden_relations: frozenset[int]


@functools.cache
def _kinds_of(version: int) -> _Kinds:
    """The drawn classes and relations of the schema at ``version`` (cached per version)."""
    classes = tuple(_Kind(c.name, c.view.zh, c.view.color, c.view.shape, c.view.shown)
                    for c in SCHEMA.classes.values() if c.view is not None)
    relations = tuple(_Kind(r.name, r.view.zh, r.view.color, r.view.shape, r.view.shown)
                      for r in SCHEMA.relations.values() if r.view is not None)
    return _Kinds(classes, relations, {KG[c.key]: i for i, c in enumerate(classes)},
                  {KG[r.key]: i for i, r in enumerate(relations)},
                  frozenset(i for i, c in enumerate(classes) if not c.shown),
                  frozenset(i for i, r in enumerate(relations) if not r.shown))


def _kinds() -> _Kinds:
    """The drawn classes and relations of the live schema (rebuilt when it changes)."""
    return _kinds_of(SCHEMA.version)


@dataclass
class _Node:
    iri: str
    label: str
    cls: int
    alt: list[str] = field(default_factory=list)
    generic: list[str] = field(default_factory=list)  # the alt labels that name only a kind of unit (公安局)
    sub: list[str] = field(default_factory=list)
    adcode: str = ""
    level: str = ""
    posts: list[str] = field(default_factory=list)
    date: str = ""  # an article's dcterms:date, dcterms:source, kg:sourceFile and schema:url ("" when absent)
    source: str = ""
    file: str = ""
    url: str = ""


@dataclass(frozen=True)
class _Evidence:
    source: str  # article IRI, "" when unknown
    sentence: str
    extractor: str


@dataclass(frozen=True)
class _Membership:
    """A post as its ``org:Membership`` holds it: the post, the body's IRI and label (``""`` when the
    text names none), and whether the build holds it ended (``kg:postStatus "ended"``)."""

    post: str
    unit: str
    unit_label: str
    ended: bool


@dataclass
class _Model:
    """The drawable part of a graph, in a deterministic order (nodes sorted by IRI).

    ``ended``: the ``kg:belongsTo`` statements ``(person, kg:belongsTo, unit)`` (IRIs as strings)
    that the graph holds ended, by the rule of the saved query ``people_posts`` (:func:`_ended_ties`);
    ``memberships``: person IRI → that person's posts with their bodies and status, sorted.
    """

    nodes: list[_Node]
    edges: list[tuple[int, int, int]]  # (source index, target index, relation index)
    evidence: dict[tuple[str, str, str], list[_Evidence]]
    titles: dict[str, str]  # article IRI -> title
    ended: frozenset[tuple[str, str, str]] = frozenset()
    memberships: dict[str, list[_Membership]] = field(default_factory=dict)


@dataclass
class _Selection:
    """Nodes kept for drawing (indices into the model, ascending) and related facts."""

    keep: list[int]
    edges: list[tuple[int, int, int]]  # re-indexed into ``keep``
    degree: list[int]
    roots: list[int]  # focus nodes, re-indexed
    dropped: int


def _text(values: Iterable[object]) -> list[str]:
    """Sorted distinct lexical forms of literals, Chinese-tagged ones first."""
    lits = [v for v in values if isinstance(v, Literal)]
    if len(lits) < 2:  # most nodes: one label, no aliases, no posts
        return [str(v) for v in lits]
    lits.sort(key=lambda v: (not (v.language or "").startswith("zh"), str(v)))
    return list(dict.fromkeys(str(v) for v in lits))


def _local_name(iri: str) -> str:
    """The readable key of a ``kgid:`` IRI (else its last segment), used when a node has no label."""
    parts = split_iri(iri)
    if parts:
        return parts[1]
    return unquote(re.split(r"[/#]", iri.rstrip("/"))[-1]) or iri


class _Statements:
    """A graph's statements looked up by predicate (:func:`kg.statements.by_predicate`, each
    predicate read once): the few lookups a view makes per node and evidence node, without a
    triple-pattern call each."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._tables: dict[URIRef, Mapping] = {}

    def table(self, p: URIRef) -> Mapping:
        """``{subject: object or [objects]}`` of ``p``."""
        t = self._tables.get(p)
        if t is None:
            t = self._tables[p] = by_predicate(self.graph, p)
        return t

    def objects(self, s, p: URIRef) -> tuple:
        """The objects of ``(s, p)``, in the graph's order."""
        got = self.table(p).get(s)
        return () if got is None else tuple(got) if type(got) is list else (got,)

    def value(self, s, p: URIRef):
        """One object of ``(s, p)``, or None: ``Graph.value``'s (several objects, which a build never
        writes where a value is read, are left to it: its order is the node's own)."""
        got = self.table(p).get(s)
        return self.graph.value(s, p) if type(got) is list else got

    def subject_objects(self, p: URIRef) -> Iterator[tuple]:
        """``(subject, object)`` of every statement of ``p``, in the graph's order."""
        for subj, got in self.table(p).items():
            if type(got) is list:
                for o in got:
                    yield subj, o
            else:
                yield subj, got


def _read_node(st: _Statements, subject: URIRef, cls: int) -> _Node:
    labels = _text(st.objects(subject, _LABEL))
    label = labels[0] if labels else _local_name(str(subject))
    generic = _text(st.objects(subject, _GENERIC))  # (shown apart, and neither searched nor focused by)
    alt = [a for a in _text(st.objects(subject, _ALT_LABEL)) + labels[1:] if a != label and a not in generic]
    subs = sorted(
        str(t)[len(_KG):] for t in st.objects(subject, _TYPE)
        if isinstance(t, URIRef) and str(t).startswith(_KG) and t not in _kinds().class_index
    )
    node = _Node(
        iri=str(subject), label=label, cls=cls, alt=list(dict.fromkeys(alt)), generic=list(dict.fromkeys(generic)),
        sub=subs,
        adcode=next(iter(_text(st.objects(subject, _ADCODE))), ""),
        level=next(iter(_text(st.objects(subject, _LEVEL))), ""),
        posts=_text(st.objects(subject, _POSITION)),
    )
    if _kinds().classes[cls].key == NEWS_ARTICLE:  # where the article comes from (only articles: no cost per entity)
        node.date, node.source, node.file, node.url = (_first_value(st.objects(subject, p))
                                                       for p in (_DATE, _SOURCE, _SOURCE_FILE, _URL))
    return node


def _first_value(values: Iterable[object]) -> str:
    """The least (sorted) of the plain strings of ``values`` (literals or IRIs: ``schema:url`` may be
    either), ``""`` when there is none: one value, the same whatever the graph's order."""
    return min((str(v) for v in values if isinstance(v, (Literal, URIRef))), default="")


def _read_nodes(st: _Statements) -> list[_Node]:
    best: dict[URIRef, int] = {}
    index = _kinds().class_index
    for s, t in st.subject_objects(_TYPE):
        cls = index.get(t)
        if cls is not None and isinstance(s, URIRef):
            best[s] = min(best.get(s, cls), cls)
    return [_read_node(st, s, best[s]) for s in sorted(best, key=str)]


@functools.cache
def _links_of(version: int) -> tuple[URIRef, ...]:
    """The relations on evidence nodes (:attr:`kg.schema.RelationSpec.qualifies`) of the schema
    at ``version``: ``kg:conferrer``."""
    return tuple(KG[r.name] for r in SCHEMA.relations.values() if r.qualifies)


def _links() -> tuple[URIRef, ...]:
    """The relations on evidence nodes of the live schema."""
    return _links_of(SCHEMA.version)


def _edge_pairs(st: _Statements, pred: URIRef) -> Iterable[tuple[object, object]]:
    """``(source, target)`` of the edges of relation ``pred``: its statements, or for a link on
    evidence nodes (``kg:conferrer``) the linked entity and the object of the evidence's
    statement (the conferring body → the honour), once per evidence node."""
    if pred not in _links():
        yield from st.subject_objects(pred)
        return
    for e, linked in st.subject_objects(pred):
        for o in st.objects(e, _OBJECT):
            yield linked, o


def _read_edges(st: _Statements, index: dict[str, int]) -> list[tuple[int, int, int]]:
    edges = set()
    for pred, rel in _kinds().rel_index.items():
        for s, o in _edge_pairs(st, pred):
            if str(s) in index and str(o) in index and s != o:
                edges.add((index[str(s)], index[str(o)], rel))
    return sorted(edges)


def _read_evidence(st: _Statements) -> dict[tuple[str, str, str], list[_Evidence]]:
    """``(s, p, o)`` as strings → the evidence of the statement; an edge of a link on evidence
    nodes (``(body, kg:conferrer, honour)``) gets the evidence of the statements it qualifies."""
    found: dict[tuple[str, str, str], set[_Evidence]] = defaultdict(set)
    links = _links()
    for e, s in st.subject_objects(_SUBJECT):
        p, o = st.value(e, _PREDICATE), st.value(e, _OBJECT)
        sentence = st.value(e, _SENTENCE)
        if p is None or o is None or sentence is None:
            continue
        src = st.value(e, _DERIVED)
        extractors = ", ".join(sorted(str(x) for x in st.objects(e, _EXTRACTOR)))
        ev = _Evidence(str(src or ""), str(sentence), extractors)
        found[(str(s), str(p), str(o))].add(ev)
        for link in links:
            for linked in st.objects(e, link):
                found[(str(linked), str(link), str(o))].add(ev)
    return {k: sorted(v, key=lambda x: (x.source, x.sentence, x.extractor)) for k, v in found.items()}


def _read_titles(st: _Statements, sources: Iterable[str]) -> dict[str, str]:
    titles = {}
    for src in sorted(set(sources) - {""}):
        labels = _text(st.objects(URIRef(src), _LABEL))
        titles[src] = labels[0] if labels else _local_name(src)
    return titles


def _ended_ties(st: _Statements) -> frozenset[tuple[str, str, str]]:
    """The ``kg:belongsTo`` statements the graph holds ended, as the saved queries ``people_posts``
    and ``officers_in_province`` judge them: some evidence node of the statement carries
    ``kg:postStatus "ended"``, and no evidence node without it comes from an article dated later
    than that removal's (a removal in an undated article ends it whatever the others say).

    Returns:
        ``{(subject IRI, kg:belongsTo IRI, object IRI)}`` as strings; empty when no evidence is ended.
    """
    removals: dict[tuple, list[str | None]] = defaultdict(list)
    for e, status in st.subject_objects(_STATUS):
        if str(status) == "ended" and st.value(e, _PREDICATE) == _BELONGS_TO:
            triple = (st.value(e, _SUBJECT), _BELONGS_TO, st.value(e, _OBJECT))
            removals[triple].append(_date_of(st, st.value(e, _DERIVED)))
    if not removals:
        return frozenset()
    latest: dict[tuple, str] = {}  # (s, p, o) → the latest date of an evidence node without the mark
    for e, s in st.subject_objects(_SUBJECT):
        if st.value(e, _PREDICATE) != _BELONGS_TO or st.value(e, _STATUS) is not None:
            continue
        triple = (s, _BELONGS_TO, st.value(e, _OBJECT))
        if triple in removals and (date := _date_of(st, st.value(e, _DERIVED))) is not None:
            latest[triple] = max(latest.get(triple, date), date)
    return frozenset(tuple(map(str, t)) for t, dates in removals.items()
                     if any(d is None or t not in latest or latest[t] <= d for d in dates))


def _date_of(st: _Statements, article) -> str | None:
    """The ``dcterms:date`` of an article (``YYYY-MM-DD``), None when it has none."""
    date = st.value(article, _DATE) if article is not None else None
    return None if date is None else str(date)


def _read_memberships(st: _Statements) -> dict[str, list[_Membership]]:
    """Person IRI → the person's ``org:Membership`` nodes read as :class:`_Membership`, sorted
    (post, body label, body IRI, ended)."""
    out: dict[str, set[_Membership]] = defaultdict(set)
    for m, person in st.subject_objects(_MEMBER):
        role = st.value(m, _ROLE)
        posts = _text(st.objects(role, _LABEL)) if role is not None else []
        if not posts:
            continue
        unit = st.value(m, _ORGANIZATION)
        labels = _text(st.objects(unit, _LABEL)) if unit is not None else []
        ended = any(str(v) == "ended" for v in st.objects(m, _STATUS))
        out[str(person)].add(_Membership(posts[0], str(unit or ""), labels[0] if labels else
                                         (_local_name(str(unit)) if unit is not None else ""), ended))
    return {p: sorted(ms, key=lambda x: (x.post, x.unit_label, x.unit, x.ended)) for p, ms in out.items()}


def _read_model(graph: Graph) -> _Model:
    st = _Statements(graph)
    nodes = _read_nodes(st)
    index = {n.iri: i for i, n in enumerate(nodes)}
    evidence = _read_evidence(st)
    titles = _read_titles(st, (ev.source for evs in evidence.values() for ev in evs))
    return _Model(nodes, _read_edges(st, index), evidence, titles, _ended_ties(st), _read_memberships(st))


def _adjacency(n: int, edges: Iterable[tuple[int, int, int]]) -> list[list[int]]:
    adj: list[list[int]] = [[] for _ in range(n)]
    for s, t, _ in edges:
        adj[s].append(t)
        adj[t].append(s)
    return adj


def _degrees(n: int, edges: Iterable[tuple[int, int, int]]) -> list[int]:
    """Node degrees over the relations shown by default (``kg:mentions`` left out)."""
    deg = [0] * n
    for s, t, rel in edges:
        if rel not in _kinds().hidden_relations:
            deg[s] += 1
            deg[t] += 1
    return deg


def _rank(classes: Sequence[int], degree: Sequence[int], candidates: Iterable[int]) -> list[int]:
    """Candidates best first: classes shown by default, then by degree, then in IRI order.

    ``classes`` and ``degree`` are indexed by candidate.
    """
    hidden = _kinds().hidden_classes
    return sorted(candidates, key=lambda i: (classes[i] in hidden, -degree[i], i))


def _near_labels(model: _Model, focus: str, limit: int = 3) -> list[str]:
    """The labels of the entities named most like ``focus`` (a focus that matches no name), best
    first, at most ``limit``: names that hold it (乔庄派出所 → 青川县公安局乔庄派出所), shortest first,
    then names close to it (青川公安局 → 青川县公安局, ``difflib`` ratio 0.6 or more); a node met
    by its ``skos:altLabel`` is given by its label. Articles are no candidates (a headline holds
    names: 青川县局开展… is no unit). Empty when none is near."""
    import difflib

    article = next((k for k, c in enumerate(_kinds().classes) if c.key == NEWS_ARTICLE), None)
    label_of: dict[str, str] = {}
    for n in sorted((n for n in model.nodes if n.cls != article), key=lambda n: n.label):
        for name in (n.label, *sorted(n.alt)):
            label_of.setdefault(name, n.label)
    holding = sorted((name for name in label_of if focus in name), key=lambda name: (len(name), name))
    close = difflib.get_close_matches(focus, list(label_of), n=limit, cutoff=0.6)
    out: list[str] = []
    for name in holding + close:
        if label_of[name] not in out:
            out.append(label_of[name])
    return out[:limit]


def _short_iri(iri: str) -> str:
    """A node's IRI as a person reads and types it: ``kgid:person-柯远舟_青川县公安局`` for a Tupu
    entity (:func:`kg.namespaces.readable_local`), else the IRI itself."""
    return "kgid:" + readable_local(iri[len(str(ID)):]) if iri.startswith(str(ID)) else iri


def _units_of(model: _Model, indices: Iterable[int]) -> dict[int, list[str]]:
    """The labels of what each node of ``indices`` is in, to tell it from a node of the same name:
    the units it belongs to (``kg:belongsTo``), else the places it lies in (``kg:locatedIn``),
    sorted (one pass over the edges)."""
    rels = _kinds().rel_index
    belongs, located = rels[_BELONGS_TO], rels[KG.locatedIn]
    wanted = set(indices)
    up: dict[int, dict[int, set[str]]] = {i: {belongs: set(), located: set()} for i in wanted}
    for s, t, r in model.edges:
        if s in wanted and r in (belongs, located):
            up[s][r].add(model.nodes[t].label)
    return {i: sorted(ups[belongs] or ups[located]) for i, ups in up.items()}


def _told_apart(model: _Model, indices: Iterable[int]) -> dict[int, str]:
    """What tells apart the nodes of ``indices`` that share their label with another of them (two
    persons 柯远舟): the labels of their units (:func:`_units_of`, at most two) where no other of
    that label has the same, else the short IRI (:func:`_short_iri`). Nodes whose label is their
    own are left out.

    Returns:
        ``{node index: text}``.
    """
    by_label: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        by_label[model.nodes[i].label].append(i)
    groups = [group for group in by_label.values() if len(group) > 1]
    units_of = _units_of(model, (i for group in groups for i in group))
    out: dict[int, str] = {}
    for group in groups:
        said = {}
        for i in group:
            units = units_of[i]
            said[i] = "、".join(units[:2]) + ("…" if len(units) > 2 else "")
        for i in group:
            alone = said[i] and sum(v == said[i] for v in said.values()) == 1
            out[i] = said[i] if alone else _short_iri(model.nodes[i].iri)
    return out


def _by_iri(model: _Model, focus: str) -> list[int] | None:
    """The node whose IRI ``focus`` is (``kgid:person-…``, the full IRI, or either in ``<…>``), as
    a list of one or none; None when ``focus`` is no IRI (a name)."""
    text = focus.strip().removeprefix("<").removesuffix(">")
    parts = split_iri(text)
    if parts is not None:
        return [i for i, n in enumerate(model.nodes) if split_iri(n.iri) == parts][:1]
    if re.match(r"^(?:https?|urn):", text):
        return [i for i, n in enumerate(model.nodes) if n.iri == text][:1]
    return None


def _find_roots(model: _Model, focus: str) -> list[int]:
    """The node named ``focus``: the node of that IRI (``kgid:person-柯远舟_青川县公安局`` or in
    full), else the one with it as ``rdfs:label`` (an exact label wins), else the only one with it
    as ``skos:altLabel`` (not one that names only a kind of unit, ``kg:genericAltLabel``: 公安局
    would focus on whichever bureau an article meant).

    Raises:
        ValueError: no node has that IRI or name, or several have the name and none has it as
            its label (the message gives each one's label, units and IRI, to give as ``focus``).
    """
    by_iri = _by_iri(model, focus)
    if by_iri is not None:
        if not by_iri:
            raise ValueError(f"focus {focus!r} is the IRI of no node of the graph")
        return by_iri
    by_label = [i for i, n in enumerate(model.nodes) if n.label == focus]
    if len(by_label) == 1:
        return by_label
    roots = by_label or [i for i, n in enumerate(model.nodes) if focus in n.alt]
    if not roots:
        near = _near_labels(model, focus)
        hint = f"; did you mean {' or '.join(near)}?" if near else ""
        if any(focus in n.generic for n in model.nodes):  # (公安局: kg:genericAltLabel, not a name of one unit)
            hint = f"; {focus} names only a kind of unit (kg:genericAltLabel): give the unit's full name{hint}"
        raise ValueError(f"focus {focus!r} matches no node's rdfs:label or skos:altLabel{hint}")
    if len(roots) > 1:
        names, units_of = [], _units_of(model, roots[:5])
        for i in roots[:5]:
            units = units_of[i]
            shown = f" ({'、'.join(units[:2])}{'…' if len(units) > 2 else ''})" if units else ""
            names.append(f"{model.nodes[i].label}{shown}: {_short_iri(model.nodes[i].iri)}")
        more = f" and {len(roots) - 5} more" if len(roots) > 5 else ""
        raise ValueError(f"focus {focus!r} is ambiguous: {len(roots)} nodes match "
                         f"({'; '.join(names)}{more}); give one of these IRIs")
    return roots


def _neighbourhood(model: _Model, roots: list[int], depth: int) -> set[int]:
    """Nodes within ``depth`` hops of ``roots`` over the relations shown by default."""
    adj = _adjacency(len(model.nodes), (e for e in model.edges if e[2] not in _kinds().hidden_relations))
    seen = {r: 0 for r in roots}
    queue = deque(roots)
    while queue:
        i = queue.popleft()
        if seen[i] < depth:
            for j in adj[i]:
                if j not in seen:
                    seen[j] = seen[i] + 1
                    queue.append(j)
    return set(seen)


def _connected_top(model: _Model, degree: Sequence[int], roots: list[int], scope: set[int],
                   limit: int) -> set[int]:
    """At most ``limit`` nodes of ``scope``: the focus nodes (or the best-connected node),
    then grown best-first over the relations shown by default, so that the kept nodes stay
    linked; the best-ranked frontier node is taken next, and when the frontier runs dry
    the best-ranked remaining node starts a new region."""
    classes = [n.cls for n in model.nodes]
    rank = {i: k for k, i in enumerate(_rank(classes, degree, scope))}
    adj = _adjacency(len(model.nodes), (e for e in model.edges if e[2] not in _kinds().hidden_relations))
    keep: set[int] = set()
    frontier: list[tuple[int, int]] = []  # heap of (rank, node)
    seeds = deque(list(roots) + sorted(scope, key=rank.__getitem__))
    while len(keep) < limit:
        if frontier:
            _, i = heapq.heappop(frontier)
        else:
            while seeds and seeds[0] in keep:
                seeds.popleft()
            if not seeds:
                break
            i = seeds.popleft()
        if i in keep:
            continue
        keep.add(i)
        for j in adj[i]:
            if j in scope and j not in keep:
                heapq.heappush(frontier, (rank[j], j))
    return keep


def _select(model: _Model, focus: str | None, depth: int, max_nodes: int | None) -> _Selection:
    degree = _degrees(len(model.nodes), model.edges)
    roots = _find_roots(model, focus) if focus is not None else []
    scope = _neighbourhood(model, roots, depth) if roots else set(range(len(model.nodes)))
    keep = set(scope)
    if max_nodes is not None and len(scope) > max_nodes:
        keep = _connected_top(model, degree, roots, scope, max_nodes)
    order = sorted(keep)
    new = {old: k for k, old in enumerate(order)}
    edges = [(new[s], new[t], r) for s, t, r in model.edges if s in new and t in new]
    return _Selection(
        keep=order, edges=edges, degree=_degrees(len(order), edges),
        roots=sorted(new[r] for r in roots if r in new), dropped=len(scope) - len(keep),
    )


def _initial(model: _Model, sel: _Selection, limit: int) -> list[int]:
    """Kept nodes (indices into ``sel.keep``, ascending) shown when the page opens: all of
    them up to ``limit``, else the ``limit`` best-ranked (:func:`_rank`) and the focus nodes."""
    if len(sel.keep) <= limit:
        return list(range(len(sel.keep)))
    return sorted(set(_ranked(model, sel)[:limit]) | set(sel.roots))


def _ranked(model: _Model, sel: _Selection) -> list[int]:
    """Kept nodes (indices into ``sel.keep``) best first, as :func:`_rank` orders them, but
    :func:`_tethered` nodes after the others shown by default (they are hidden at load, and
    would otherwise take places in the page's label budget from nodes that are shown): the
    order in which the page labels nodes and which it opens on above the limit."""
    tethered = _tethered(model, sel)
    order = _rank([model.nodes[i].cls for i in sel.keep], sel.degree, range(len(sel.keep)))
    return [i for i in order if i not in tethered] + [i for i in order if i in tethered]


def _tethered(model: _Model, sel: _Selection) -> set[int]:
    """Kept nodes (indices into ``sel.keep``) drawn only together with one of their edges:
    nodes of a class shown by default that have edges, but none of a relation shown by
    default to a node of a class shown by default, so that with the default filters they
    would stand alone: reporters and correspondents named only in a byline (linked to their
    article), entities only mentioned (``kg:mentions``). The page shows such a node only
    while one of its edges is shown (its article's class and the relation switched on, or
    the node found by search), and pictures, which draw no articles and no ``kg:mentions``,
    leave it out. A node with no edge at all is not tethered: it has nothing to go with."""
    kinds = _kinds()
    visible = [model.nodes[i].cls not in kinds.hidden_classes for i in sel.keep]
    linked, anchored = [False] * len(sel.keep), [False] * len(sel.keep)
    for s, t, r in sel.edges:
        linked[s] = linked[t] = True
        if r not in kinds.hidden_relations and visible[s] and visible[t]:
            anchored[s] = anchored[t] = True
    return {i for i in range(len(sel.keep)) if visible[i] and linked[i] and not anchored[i]}


def _layout_set(model: _Model, sel: _Selection, initial: list[int]) -> list[int]:
    """Nodes that get the force layout: shown at load, of a class shown by default and not
    :func:`_tethered` (those go next to their neighbours, as articles do)."""
    tethered = _tethered(model, sel)
    return [i for i in initial if model.nodes[sel.keep[i]].cls not in _kinds().hidden_classes
            and i not in tethered] or initial


def _shown_by_default(model: _Model, sel: _Selection) -> tuple[list[int], list[tuple[int, int, int]]]:
    """What a picture draws: the kept nodes of classes shown by default but not
    :func:`_tethered` (indices into ``sel.keep``, ascending) and the edges among them of
    relations shown by default: no node drawn stands alone unless it has no edge at all."""
    tethered = _tethered(model, sel)
    nodes = [i for i in range(len(sel.keep))
             if model.nodes[sel.keep[i]].cls not in _kinds().hidden_classes and i not in tethered]
    keep = set(nodes)
    edges = [e for e in sel.edges if e[0] in keep and e[1] in keep and e[2] not in _kinds().hidden_relations]
    return nodes, edges


def _legend_of(model: _Model, sel: _Selection, nodes: Iterable[int], edges: Iterable[tuple[int, int, int]]
               ) -> tuple[list[int], list[int]]:
    """The legend of a picture: the classes of ``nodes`` (indices into ``sel.keep``) and the
    relations of ``edges``, each once, as sorted indices into :func:`_kinds` ``.classes`` and
    ``.relations``; no class or relation that is not drawn."""
    return sorted({model.nodes[sel.keep[i]].cls for i in nodes}), sorted({r for _, _, r in edges})
