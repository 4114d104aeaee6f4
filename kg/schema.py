"""The one schema of Tupu graphs: every class, relation, attribute and qualifier, declared once.

Everything else that names a ``kg:`` term derives from here:

- :mod:`kg.types` re-exports the class and relation names; :class:`Qualifiers` (the typed
  qualifiers of a statement) is declared here with the RDF property of each field;
- :mod:`kg.graph` takes entity IRI paths (``kgid:person-…``), subclasses and qualifier
  properties from the specs; :mod:`kg.resolve` the classes that become entities;
- :mod:`kg.view` draws the classes and relations that carry a :class:`Style`;
- :mod:`kg.evaluate` scores the classes with ``extracted=True`` and the relations with
  ``scored=True`` (``transitive`` and ``chain`` give its closure);
- the OWL ontology ``ontology/kg.ttl`` and the SHACL shapes ``ontology/shapes.ttl`` are
  rendered from the specs by :mod:`kg.schema_turtle` (``python scripts/build_ontology.py``
  rewrites both copies; a test fails when the files and the schema disagree);
- :data:`KG` is an rdflib ``DefinedNamespace`` with ``_fail = True`` listing exactly the
  declared terms, so ``KG.locatedln`` (a typo) raises ``AttributeError``.

A class or relation is added with one spec in :data:`SCHEMA` (shipped ones, in the tables
below) or at run time with :meth:`Schema.add` (what :func:`kg.extract.base.register` does
with the specs an extractor declares in its ``schema`` attribute).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Union

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, DefinedNamespaceMeta

if TYPE_CHECKING:  # pragma: no cover
    from .types import Mention

#: The ontology namespace (fixed by CONTRACT.md) and the ontology's own IRI.
KG_IRI = "https://w3id.org/tupu/ontology#"
ONTOLOGY_IRI = "https://w3id.org/tupu/ontology"

# ---------------------------------------------------------------------------- names
# Local names used by code (extractors, resolve, evaluate). Each is declared by one spec below.
PERSON = "Person"
ORGANIZATION = "Organization"
PLACE = "Place"
HONOR = "Honor"
NEWS_ARTICLE = "NewsArticle"
EVIDENCE = "Evidence"
LOCATED_IN = "locatedIn"
BELONGS_TO = "belongsTo"
RECEIVED = "received"
POSITION = "position"
REPORTER = "reporter"
CORRESPONDENT = "correspondent"
MENTIONS = "mentions"
CONFERRER = "conferrer"
#: Names of the judgement merges of entity resolution (:mod:`kg.resolve`), the values of
#: ``kg:resolvedBy``.
JUDGEMENTS = ("short-unit", "shared-body", "sole-candidate", "user-same")


@dataclass(frozen=True)
class Style:
    """How the HTML/SVG view draws a class or relation.

    Attributes:
        zh: the Chinese name in the legend and filters (e.g. ``"人物"``).
        color: CSS colour, ``"#rrggbb"``.
        shape: vis-network node shape (``"dot"``, ``"square"``, …); ``""`` for relations.
        shown: drawn at load (False: hidden until switched on in the filter).
    """

    zh: str
    color: str
    shape: str = ""
    shown: bool = True


@dataclass(frozen=True)
class ClassSpec:
    """A ``kg:`` class.

    Attributes:
        name: local name in ``kg:`` (``"Person"``).
        zh: Chinese ``rdfs:label``.
        en: English ``rdfs:label``.
        comment: English ``rdfs:comment``.
        sub_class_of: ``rdfs:subClassOf`` as CURIEs (``"schema:Person"``, ``"kg:Organization"``);
            a class with a ``kg:`` parent is a subclass, the others are top classes.
        see_also: ``rdfs:seeAlso`` CURIEs.
        iri_path: entity IRIs ``kgid:<iri_path>-<key>`` (a lower-case ASCII word); ``""`` when nodes of the class are not
            entities of their own (evidence, subclasses).
        extracted: entities read from the text as mentions: resolved, counted in the build
            summary and scored by ``kg eval`` (gold ``E <name> …`` lines).
        kind: for a subclass, the mention attribute ``("kind", value)`` that types an entity
            with it (``"court"`` → ``kg:Court``); ``""`` if none.
        view: how the view draws it; None: not drawn as a node class.
    """

    name: str
    zh: str
    en: str
    comment: str
    sub_class_of: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    iri_path: str = ""
    extracted: bool = False
    kind: str = ""
    view: Style | None = None

    @property
    def parent(self) -> str:
        """The local name of the ``kg:`` superclass, ``""`` for a top class."""
        return next((p[3:] for p in self.sub_class_of if p.startswith("kg:")), "")


@dataclass(frozen=True)
class RelationSpec:
    """A ``kg:`` relation between entities (or an entity and a ``@zh`` literal).

    Attributes:
        name: local name in ``kg:`` (``"locatedIn"``), also the ``Statement.predicate``.
        zh: Chinese ``rdfs:label``.
        en: English ``rdfs:label``.
        comment: English ``rdfs:comment``.
        domain: local names of the subject classes (more than one: their union).
        range: local name of the object class, or a CURIE (``"rdf:langString"`` for a
            literal tagged ``@zh``, ``"owl:Thing"`` for any entity).
        transitive: ``owl:TransitiveProperty`` (``kg eval`` reads it transitively).
        chain: relations of the object that hold for the subject too (``belongsTo``:
            what belongs to X is located where X is), used by ``kg eval``'s closure.
        sub_property_of: ``rdfs:subPropertyOf`` CURIEs.
        see_also: ``rdfs:seeAlso`` CURIEs.
        evidence: every statement has a ``kg:Evidence`` node (False for ``kg:mentions``,
            which the graph stage derives, and for a link on evidence nodes, see ``qualifies``).
        scored: ``kg eval`` scores it (gold ``R … <name> …`` lines).
        core: counted in ``kg eval``'s "core relations" figure.
        view: how the view draws it as an edge; None: not drawn.
        qualifies: for a link written on evidence nodes (``domain`` is ``("Evidence",)``, the
            object property of a :class:`Qualifiers` field): the relation whose statements it
            qualifies (``"received"`` for ``kg:conferrer``). The property graph
            (:func:`kg.network.to_networkx`) and the view read it as an edge from the linked
            entity to the object of the evidence's statement (the conferring body → the
            honour); ``""`` for a relation between entities.
    """

    name: str
    zh: str
    en: str
    comment: str
    domain: tuple[str, ...]
    range: str
    transitive: bool = False
    chain: tuple[str, ...] = ()
    sub_property_of: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    evidence: bool = True
    scored: bool = True
    core: bool = False
    view: Style | None = None
    qualifies: str = ""

    @property
    def literal(self) -> bool:
        """True when the object is a literal (an ``owl:DatatypeProperty``)."""
        return self.range.startswith(("rdf:", "xsd:"))


@dataclass(frozen=True)
class PropertySpec:
    """A ``kg:`` datatype property: an attribute of entities, of evidence, or a qualifier.

    Attributes:
        name: local name in ``kg:`` (``"adcode"``), or the CURIE of a term borrowed from a
            vocabulary Tupu uses as it is (``"dcterms:date"``): a borrowed term is not added to
            :data:`KG`, and the ontology only annotates it (no domain or range of its own).
        zh: Chinese ``rdfs:label``.
        en: English ``rdfs:label``.
        comment: English ``rdfs:comment``.
        domain: local name of the class it describes (``"Place"``, ``"Evidence"``), or a tuple
            of local names (their union; the shape is rendered in each).
        range: datatype CURIE (``"xsd:string"``).
        functional: ``owl:FunctionalProperty``.
        sub_property_of: ``rdfs:subPropertyOf`` CURIEs.
        see_also: ``rdfs:seeAlso`` CURIEs.
        shape: SHACL constraints of its property shape, one Turtle ``predicate object`` each
            (``'sh:maxCount 1'``), rendered in the shape of ``domain``.
    """

    name: str
    zh: str
    en: str
    comment: str
    domain: str | tuple[str, ...]
    range: str
    functional: bool = False
    sub_property_of: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    shape: tuple[str, ...] = ()

    @property
    def borrowed(self) -> bool:
        """True for a term of another vocabulary (``name`` is a CURIE such as ``"dcterms:date"``)."""
        return ":" in self.name

    @property
    def domains(self) -> tuple[str, ...]:
        """The local names of the classes it describes."""
        return (self.domain,) if isinstance(self.domain, str) else self.domain


Spec = Union[ClassSpec, RelationSpec, PropertySpec]


# ---------------------------------------------------------------------------- qualifiers


def qualifier(spec: PropertySpec | None = None, via: str = "", link: str = "") -> object:
    """A field of :class:`Qualifiers` (``None`` by default) with its RDF property.

    Args:
        spec: the ``kg:`` property written on every evidence node of the statement.
        via: for a qualifier not written on evidence, the CURIE of the property that
            carries it elsewhere (``"org:organization"`` on the ``org:Membership``).
        link: for a :class:`~kg.types.Mention` qualifier, the name of the relation (declared
            in :data:`SCHEMA`, domain ``Evidence``) that links every evidence node of the
            statement to the mention's entity, besides ``spec``'s literal, when the mention
            is an entity of the build of the relation's range (``"conferrer"``).
    """
    return field(default=None, metadata={"spec": spec, "via": via, "link": link})


@dataclass(frozen=True)
class Qualifiers:
    """Typed qualifiers of a statement (``Statement.qualifiers``); None when the text gives none.

    Each field declares its RDF property (see :func:`qualifier`); a new qualifier is a new
    field here. On evidence nodes a qualifier's value is written as a plain literal: an
    ``int`` in decimal, a :class:`~kg.types.Mention` by its name.

    Attributes:
        year: the year an honour was conferred (``2021年被…荣记…``) → ``kg:year "2021"``.
        conferrer: the bodies conferring an honour, in the order written: one, or several for a
            joint conferral (``人力资源社会保障部、公安部授予…``) → ``kg:conferredBy`` each one's
            name as written, and ``kg:conferrer`` each body's node when it is an organization of
            the build; a joint conferral's bodies each on an evidence node of its own
            (:meth:`per_value`), so a body's name and node are on one node. (A store's extractions from before hold a single
            :class:`~kg.types.Mention`, read as a tuple of one.)
        unit: the body a post (``position``) is held in → ``org:organization`` of the
            ``org:Membership``.
        count: how many times an honour was conferred (``荣立个人三等功2次``) → ``kg:times "2"``.
        status: :data:`ENDED` (the only value) for a post and a unit the text takes from the
            person (``免去…职务``, ``…不再担任…职务``) → ``kg:postStatus "ended"`` on the evidence
            of its ``kg:position`` and ``kg:belongsTo`` statements in that article; the post's
            ``org:Membership`` carries it when the build as a whole holds the post ended (no
            article dated later names it as held: :func:`kg.resolve.current_status`).
    """

    year: int | None = qualifier(PropertySpec(
        "year", "年份", "year",
        'Qualifier of a kg:received statement, on its evidence node: the four-digit year the honour '
        'was conferred, a plain string such as "2021" (like kg:adcode).',
        "Evidence", "xsd:string",
        shape=("sh:maxCount 1", "sh:nodeKind sh:Literal", 'sh:pattern "^[0-9]{4}$"')))
    conferrer: tuple[Mention, ...] | Mention | None = qualifier(PropertySpec(
        "conferredBy", "授予单位", "conferred by",
        "Qualifier of a kg:received statement, on its evidence node: the name of the body that "
        "conferred the honour as written (公安部, 省委, …), a plain string; for a joint conferral "
        "(人力资源社会保障部、公安部授予…) each body is on an evidence node of its own. The body itself, when it "
        "is an entity of the graph, is a kg:Organization with that name as rdfs:label or skos:altLabel, "
        "linked by kg:conferrer on the same evidence node.",
        "Evidence", "xsd:string", see_also=("kg:conferrer",), shape=("sh:nodeKind sh:Literal",)),
        link=CONFERRER)
    unit: Mention | None = qualifier(via="org:organization")
    count: int | None = qualifier(PropertySpec(
        "times", "次数", "times",
        'Qualifier of a kg:received statement, on its evidence node: how many times the honour was '
        'conferred as the sentence counts it (荣立个人三等功2次 → "2"), a plain string of digits.',
        "Evidence", "xsd:string",
        shape=("sh:maxCount 1", "sh:nodeKind sh:Literal", 'sh:pattern "^[0-9]+$"')))
    status: str | None = qualifier(PropertySpec(
        "postStatus", "任职状态", "post status",
        'Qualifier of a kg:position or kg:belongsTo statement, on its evidence node, and of the post\'s '
        'org:Membership: "ended" when the text takes the post from the person (免去…职务, 不再担任…职务). The '
        'statement stays (the person held the post until then); a post without it is one the text '
        'gives as held. On evidence it says what that article reads; on the membership (in the '
        'entities graph) it says the build holds the post ended: some article removes the person '
        'from it and no article with a later dcterms:date names it as held (an undated removal ends it).',
        ("Evidence", "org:Membership"), "xsd:string",
        shape=("sh:maxCount 1", "sh:nodeKind sh:Literal", 'sh:in ( "ended" )')))

    def updated(self, newer: "Qualifiers") -> "Qualifiers":
        """These qualifiers with every field that ``newer`` sets taken from ``newer`` (``self``
        itself when ``newer`` sets none, ``newer`` itself when ``self`` sets none: equal values)."""
        changes = {name: v for name in _field_names() if (v := getattr(newer, name)) is not None}
        if not changes:
            return self
        if self == _NONE_SET:
            return newer
        return replace(self, **changes)

    def on_evidence(self) -> list[tuple[str, str]]:
        """``(kg: property local name, lexical form)`` of the qualifiers written on evidence nodes,
        one pair per value (a tuple of mentions gives one pair each, in its order); a mention is
        written as the text wrote it (:func:`written`: 人力资源社会保障部, not the node's label
        人力资源和社会保障部)."""
        out = []
        for name, spec, _ in _field_specs():
            value = getattr(self, name)
            if spec is not None and value is not None:
                out += [(spec.name, written(v) if hasattr(v, "cls") else str(v)) for v in _values(value)]
        return out

    def per_value(self) -> list["Qualifiers"]:
        """One :class:`Qualifiers` per value of a field holding several (each body of a joint
        conferral: 人力资源社会保障部、公安部授予…), with that value alone and every other field
        as it is, in the order written; ``[self]`` when no field holds several. Each is written on
        an evidence node of its own, so that a body's name and its link are on one node."""
        for name in _field_names():
            value = getattr(self, name)
            if type(value) is tuple and len(value) > 1:
                return [replace(self, **{name: (v,)}) for v in value]
        return [self]

    def linked(self) -> list[tuple[str, "Mention"]]:
        """``(relation name, mention)`` of the set qualifiers whose field has a ``link``
        (:func:`qualifier`), one pair per mention: the mentions whose entity every evidence node
        links to."""
        return [(link, m) for name, _, link in _field_specs()
                if link and (v := getattr(self, name)) is not None for m in _values(v)]


@lru_cache(maxsize=1)
def _field_specs() -> tuple[tuple[str, "PropertySpec | None", str], ...]:
    """``(name, spec, link)`` of each field of :class:`Qualifiers`, in field order (read once:
    ``dataclasses.fields`` per call was a tenth of a build's resolution)."""
    return tuple((f.name, f.metadata["spec"], f.metadata["link"]) for f in fields(Qualifiers))


@lru_cache(maxsize=1)
def _field_names() -> tuple[str, ...]:
    """The names of the fields of :class:`Qualifiers`, in field order."""
    return tuple(name for name, _, _ in _field_specs())


def written(m: "Mention") -> str:
    """A mention's name as the text wrote it (normalised, simplified and half-width, as labels
    are): its ``form`` when its text is part of a name written shared (西滨、池店两个消防救援站),
    else its text; not the full name resolution gives it (``canonical``)."""
    return dict(m.attrs).get("form") or m.text


def _values(value: object) -> tuple:
    """A qualifier's values: the items of a tuple (several conferring bodies), else the value alone."""
    return value if type(value) is tuple else (value,)


#: The value of :attr:`Qualifiers.status` for a post the text takes from the person (免去…职务).
ENDED = "ended"
#: Qualifiers that set nothing (what a statement without qualifiers holds).
_NONE_SET = Qualifiers()


def qualifier_specs() -> list[PropertySpec]:
    """The ``kg:`` properties of the qualifiers written on evidence nodes, in field order."""
    return [f.metadata["spec"] for f in fields(Qualifiers) if f.metadata["spec"] is not None]


# ---------------------------------------------------------------------------- the shipped schema

_CLASSES = (
    ClassSpec(PERSON, "人物", "Person",
              "A named person: officer, official, reporter, correspondent or citizen. Labelled by the full "
              "name; pseudonyms and 孙某某-style names carry kg:anonymised true.",
              ("schema:Person",), iri_path="person", extracted=True, view=Style("人物", "#e15759", "dot")),
    ClassSpec(ORGANIZATION, "机构", "Organization",
              "An agency, a unit inside one, a party committee, a court, a school or a company. Labelled by "
              "its full chained name (e.g. 台州市公安局特警支队).",
              ("org:Organization",), iri_path="org", extracted=True, view=Style("机构", "#4e79a7", "square")),
    ClassSpec(PLACE, "地点", "Place",
              "A named place. Administrative divisions carry their GB/T 2260 code (kg:adcode) and level "
              "(kg:level) where known.",
              ("schema:Place",), iri_path="place", extracted=True, view=Style("地点", "#59a14f", "triangle")),
    ClassSpec(HONOR, "荣誉", "Honor",
              "An honour or title conferred on a person or an organization (全国优秀公安基层单位, 集体一等功, …): "
              "a concept that many receivers share.",
              ("skos:Concept",), ("schema:award",), iri_path="honor", extracted=True,
              view=Style("荣誉", "#edc948", "star")),
    ClassSpec(NEWS_ARTICLE, "新闻稿件", "News article",
              "One article (news item) of the input: labelled by its main headline, other headline lines as "
              "skos:altLabel, the input file as kg:sourceFile.",
              ("schema:NewsArticle",), iri_path="article", view=Style("新闻", "#9c755f", "diamond", False)),
    ClassSpec(EVIDENCE, "证据", "Evidence",
              "A reified relation statement (rdf:subject, rdf:predicate, rdf:object) with where it was read: "
              "the article (prov:wasDerivedFrom), the sentence (kg:sentence), its offsets in the input file "
              "(kg:start, kg:end) and the extractor that made it (kg:extractor).",
              ("prov:Entity", "rdf:Statement")),
    ClassSpec("PoliceUnit", "公安机关", "Police unit",
              "A public-security bureau or a unit inside one (支队, 大队, 派出所, …).",
              ("kg:Organization",), kind="police"),
    ClassSpec("PartyCommittee", "党委", "Party committee",
              "A Communist Party committee or its working body (市委, 政法委, 党委, …).",
              ("kg:Organization",), kind="party"),
    ClassSpec("Court", "法院", "Court", "A people's court or a tribunal inside one.",
              ("kg:Organization",), kind="court"),
    ClassSpec("Procuratorate", "检察院", "Procuratorate", "A people's procuratorate or a department inside one.",
              ("kg:Organization",), kind="procuratorate"),
    ClassSpec("GovernmentBody", "政府机关", "Government body",
              "A people's government or one of its departments (市政府, 司法局, …).",
              ("kg:Organization",), kind="gov"),
    ClassSpec("AdministrativeDivision", "行政区划", "Administrative division",
              "A division of the GB/T 2260 table (province, prefecture, county) or below it (township, village).",
              ("kg:Place",), ("schema:AdministrativeArea",)),
)

_RELATIONS = (
    RelationSpec(LOCATED_IN, "位于", "located in",
                 "The seat of an organization, or a place inside its parent division. Graphs state the immediate "
                 "parent only; the property is transitive, so kg:locatedIn+ in SPARQL reaches every ancestor. "
                 "A sub-property of schema:location, whose subjects include organizations and places alike; "
                 "schema:containedInPlace fits the place-in-place half only (an agency is not contained in its "
                 "seat as a place is), hence rdfs:seeAlso.",
                 (ORGANIZATION, PLACE), PLACE, transitive=True, sub_property_of=("schema:location",),
                 see_also=("schema:containedInPlace",), core=True,
                 view=Style("位于", "#59a14f")),
    RelationSpec(BELONGS_TO, "隶属于", "belongs to",
                 "A person serves in an organization, or a unit is part of its parent organization (交警大队 → "
                 "县公安局). Graphs state the immediate parent only; kg:belongsTo+ reaches the rest. A sub-property "
                 "of org:memberOf, whose domain is foaf:Agent (persons and organizations) and which covers "
                 "affiliation or other involvement in an organization; org:subOrganizationOf fits the "
                 "unit-in-unit half only (its subject is an organization, never a person), hence rdfs:seeAlso.",
                 (PERSON, ORGANIZATION), ORGANIZATION, transitive=True, chain=(LOCATED_IN,),
                 sub_property_of=("org:memberOf",), see_also=("org:subOrganizationOf",), core=True,
                 view=Style("隶属", "#4e79a7")),
    RelationSpec(RECEIVED, "获得", "received",
                 "An organization or a person was awarded an honour. The year and the conferring body, when the "
                 "text gives them, are on the statement's evidence node (kg:year, kg:conferredBy).",
                 (ORGANIZATION, PERSON), HONOR, see_also=("schema:award",), core=True,
                 view=Style("获得", "#e8a33d")),
    RelationSpec(CONFERRER, "授予机构", "conferrer",
                 "Qualifier of a kg:received statement, on its evidence node: the organization that conferred "
                 "the honour (公安部, 省委, a 市公安局, …) when it is an entity of the graph. The literal "
                 "kg:conferredBy, the body's name as written, stays beside it; a body that is no organization "
                 "of the graph has the literal only. Property-graph exports and the view draw it as an edge "
                 "from the body to the honour.",
                 (EVIDENCE,), ORGANIZATION, see_also=("kg:conferredBy",), evidence=False,
                 scored=False, qualifies=RECEIVED, view=Style("授予", "#76b7b2")),
    RelationSpec(POSITION, "职务", "position",
                 "A post held by a person, as written in the text (局长, 副书记, 中队长), a literal tagged @zh. Each "
                 "post read with the body it is held in is also an org:Membership (org:member the person, "
                 "org:organization the body, org:role a shared org:Role labelled with the post), one per "
                 "person, post and body: a post held in two bodies is two memberships, each with its own "
                 "kg:postStatus.",
                 (PERSON,), "rdf:langString", sub_property_of=("schema:jobTitle",),
                 see_also=("org:Post", "org:role")),
    RelationSpec(REPORTER, "记者", "reporter",
                 "A staff reporter named in the article's byline (记者, 本报记者, 摄).",
                 (NEWS_ARTICLE,), PERSON, sub_property_of=("schema:author",), view=Style("记者", "#b07aa1")),
    RelationSpec(CORRESPONDENT, "通讯员", "correspondent",
                 "A correspondent named in the article's byline (通讯员).",
                 (NEWS_ARTICLE,), PERSON, sub_property_of=("schema:contributor",), view=Style("通讯员", "#d37295")),
    RelationSpec(MENTIONS, "提及", "mentions",
                 "An entity (person, organization, place, honour) occurs in the article. The only relation "
                 "without evidence nodes.",
                 (NEWS_ARTICLE,), "owl:Thing", sub_property_of=("schema:mentions",), evidence=False,
                 scored=False, view=Style("提及", "#bab0ac", shown=False)),
)

_PROPERTIES = (
    PropertySpec("adcode", "行政区划代码", "administrative division code",
                 'The GB/T 2260 code of an administrative division as a plain string: 6 digits (province, '
                 'prefecture, county, e.g. "330000" for 浙江省), 9 for a township, 12 for a village.',
                 PLACE, "xsd:string", functional=True, sub_property_of=("schema:identifier",),
                 shape=("sh:maxCount 1", "sh:datatype xsd:string", 'sh:pattern "^([0-9]{6}|[0-9]{9}|[0-9]{12})$"',
                        'sh:message "kg:adcode is a GB/T 2260 code: a plain string of 6 digits (9 for a township, '
                        '12 for a village)"@en')),
    PropertySpec("level", "行政级别", "division level",
                 'The level of an administrative division: one of the plain strings "province", "prefecture", '
                 '"county", "township", "village".',
                 PLACE, "xsd:string", functional=True,
                 shape=("sh:maxCount 1", 'sh:in ( "province" "prefecture" "county" "township" "village" )')),
    PropertySpec("anonymised", "匿名", "anonymised",
                 "True for a person named only by an anonymised form (孙某某, 钱某) or a pseudonym (化名).",
                 PERSON, "xsd:boolean", functional=True, shape=("sh:maxCount 1", "sh:datatype xsd:boolean")),
    PropertySpec("genericAltLabel", "泛称", "generic alternative label",
                 "A skos:altLabel of an organization that names only a kind of unit (公安局, 党组, 执行局, 区法院, "
                 "市局, 禁毒大队: a unit word of the lexicons alone, after a modifier, a level word or both): the "
                 "node is what its article meant by it, while elsewhere it names any unit of that kind. Each is "
                 "also a skos:altLabel (every surface form met in the text is one); leave them out of a lookup by "
                 "name with FILTER NOT EXISTS { ?o kg:genericAltLabel ?alt }.",
                 ORGANIZATION, "rdf:langString", sub_property_of=("skos:altLabel",),
                 shape=("sh:datatype rdf:langString", 'sh:languageIn ( "zh" )')),
    PropertySpec("resolvedBy", "消解规则", "resolved by",
                 "The rule of a judgement merge that joined mentions of other articles to this node: "
                 '"short-unit" (a short unit name resolved to a full unit), "shared-body" (persons of one name '
                 'serving in one body), "sole-candidate" (a name with no context joined the one node of that '
                 'name), "user-same" (a user decision). Absent when every mention shares the node\'s key '
                 "(ontology/MODEL.md, Identity).",
                 (PERSON, ORGANIZATION), "xsd:string", see_also=("prov:wasGeneratedBy",),
                 shape=("sh:datatype xsd:string",
                        "sh:in ( " + " ".join(f'"{j}"' for j in JUDGEMENTS) + " )")),
    PropertySpec("sourceFile", "来源文件", "source file",
                 'The input file the article was read from: its path relative to the input folder given '
                 '(e.g. "2024/05/06/page.txt", "/"-separated), or its base name when it was given by name '
                 'or lies directly in that folder (e.g. "page.txt").',
                 NEWS_ARTICLE, "xsd:string", see_also=("dcterms:source",),
                 shape=("sh:minCount 1", "sh:maxCount 1", "sh:datatype xsd:string")),
    PropertySpec("dcterms:date", "发布日期", "date",
                 "The publication date of an article, when the input gives it (a JSON Lines record's date).",
                 NEWS_ARTICLE, "xsd:date",
                 shape=("sh:maxCount 1", "sh:datatype xsd:date",
                        'sh:message "dcterms:date of an article is one xsd:date (YYYY-MM-DD)"@en')),
    PropertySpec("dcterms:source", "来源", "source",
                 "The newspaper, site or agency that published the article, as the input names it "
                 "(a JSON Lines record's source), a plain string.",
                 NEWS_ARTICLE, "xsd:string", shape=("sh:maxCount 1", "sh:datatype xsd:string")),
    PropertySpec("schema:url", "网址", "URL",
                 "The web address of the article, when the input gives it (a JSON Lines record's url): an IRI.",
                 NEWS_ARTICLE, "xsd:anyURI",
                 shape=("sh:maxCount 1", "sh:nodeKind sh:IRI", 'sh:pattern "^https?://"')),
    PropertySpec("schema:printPage", "版面", "print page",
                 "The newspaper page the article was printed on, as the input names it (a JSON Lines "
                 'record\'s page, e.g. "4" or "A04"), a plain string.',
                 NEWS_ARTICLE, "xsd:string", shape=("sh:maxCount 1", "sh:datatype xsd:string")),
    PropertySpec("sentence", "原句", "sentence",
                 "The sentence (or byline line) the statement was read from, as printed in the input, tagged @zh.",
                 EVIDENCE, "rdf:langString", see_also=("prov:value",),
                 shape=("sh:minCount 1", "sh:maxCount 1", "sh:datatype rdf:langString", 'sh:languageIn ( "zh" )',
                        'sh:message "an evidence node has exactly one kg:sentence, tagged @zh"@en')),
    PropertySpec("start", "起始位置", "start offset",
                 "Offset of the sentence's first character in the input file as read (Unicode code points, "
                 "from 0); for a byline statement (kg:extractor \"bylines\"), of the name's first character, "
                 "inside the byline line that kg:sentence quotes.",
                 EVIDENCE, "xsd:integer", functional=True,
                 shape=("sh:maxCount 1", "sh:datatype xsd:integer", "sh:minInclusive 0",
                        "sh:lessThanOrEquals kg:end")),
    PropertySpec("end", "结束位置", "end offset",
                 "Offset just past the sentence's last character in the input file (half-open span "
                 "[kg:start, kg:end)); for a byline statement, just past the name's last character.",
                 EVIDENCE, "xsd:integer", functional=True,
                 shape=("sh:maxCount 1", "sh:datatype xsd:integer", "sh:minInclusive 0")),
    PropertySpec("extractor", "抽取器", "extractor",
                 'The name of an extractor that read the statement from this sentence (e.g. "org_chain"); '
                 'one value per extractor when several read it there ("places", "places:gbt2260").',
                 EVIDENCE, "xsd:string", see_also=("prov:wasGeneratedBy",),
                 shape=("sh:minCount 1", "sh:datatype xsd:string")),
)


# ---------------------------------------------------------------------------- the registry

#: ``kg:`` as a closed rdflib namespace: ``KG.Person``, ``KG["locatedIn"]``. Its terms are those
#: declared in :data:`SCHEMA` (added as they are declared, at import or at run time); any other
#: name raises ``AttributeError``.
KG = DefinedNamespaceMeta("KG", (DefinedNamespace,), {
    "__module__": __name__,
    "__doc__": "The ``kg:`` terms declared in :data:`SCHEMA`; an undeclared term raises ``AttributeError``.",
    "_NS": Namespace(KG_IRI),
    "_fail": True,
    "_extras": [],
})


class Schema:
    """The live schema: the shipped specs plus any added at run time (:meth:`add`).

    Lookups keep declaration order (the order of the ontology, the view's legend and
    ``kg eval``'s tables). ``version`` counts changes, for caches of derived tables.
    """

    def __init__(self, classes: Iterable[ClassSpec], relations: Iterable[RelationSpec],
                 properties: Iterable[PropertySpec]) -> None:
        self.classes: dict[str, ClassSpec] = {}
        self.relations: dict[str, RelationSpec] = {}
        self.properties: dict[str, PropertySpec] = {}
        self.version = 0
        self.add(*classes, *relations, *properties, *qualifier_specs())

    # -- changes
    def add(self, *specs: Spec) -> None:
        """Declare classes, relations or properties.

        Raises:
            ValueError: a term of that name is already declared (with another spec), or a
                relation names a class (domain, range) that is not declared.
        """
        for spec in specs:
            if (spec.name in self.terms() or spec.name in self.properties) and self._table(spec).get(spec.name) != spec:
                raise ValueError(f"kg:{spec.name} is already declared")
            if isinstance(spec, RelationSpec):
                for c in (*spec.domain, *([] if ":" in spec.range else [spec.range])):
                    if c not in self.classes:
                        raise ValueError(f"relation kg:{spec.name}: class kg:{c} is not declared")
            self._table(spec)[spec.name] = spec
            if spec.name not in KG._extras and not getattr(spec, "borrowed", False):
                KG._extras.append(spec.name)
        self.version += 1

    def remove(self, *specs: Spec) -> None:
        """Undo :meth:`add` (for tests and plug-ins that unload)."""
        for spec in specs:
            self._table(spec).pop(spec.name, None)
            if spec.name in KG._extras:
                KG._extras.remove(spec.name)
        DefinedNamespaceMeta.__getitem__.cache_clear()
        self.version += 1

    def _table(self, spec: Spec) -> dict:
        if isinstance(spec, ClassSpec):
            return self.classes
        if isinstance(spec, RelationSpec):
            return self.relations
        return self.properties

    # -- lookups
    def terms(self) -> list[str]:
        """Every declared ``kg:`` local name (borrowed properties such as ``dcterms:date`` are not ``kg:`` terms)."""
        return [*self.classes, *self.relations, *(n for n, p in self.properties.items() if not p.borrowed)]

    def cls(self, name: str) -> ClassSpec:
        """The spec of class ``name``.

        Raises:
            KeyError: not a declared class.
        """
        return self.classes[name]

    def relation(self, name: str) -> RelationSpec:
        """The spec of relation ``name``.

        Raises:
            KeyError: not a declared relation.
        """
        return self.relations[name]

    def top_classes(self) -> list[ClassSpec]:
        """Classes without a ``kg:`` superclass (entities, articles, evidence)."""
        return [c for c in self.classes.values() if not c.parent]

    def subclasses(self, parent: str) -> list[ClassSpec]:
        """Direct ``kg:`` subclasses of ``parent``."""
        return [c for c in self.classes.values() if c.parent == parent]

    def entity_classes(self) -> tuple[str, ...]:
        """Names of the classes read from text as mentions (``extracted``): Person, Organization, …"""
        return tuple(c.name for c in self.classes.values() if c.extracted)

    def node_classes(self) -> list[ClassSpec]:
        """Top classes whose nodes have entity IRIs (``iri_path``), articles included."""
        return [c for c in self.top_classes() if c.iri_path]

    def kind_class(self, kind: str) -> str:
        """The subclass typed by mention attribute ``("kind", kind)``, or ``""`` (also for ``""``:
        most mentions have no kind, and resolution asks for each one)."""
        if not kind:
            return ""
        return next((c.name for c in self.classes.values() if c.kind == kind), "")

    def evidence_relations(self) -> list[RelationSpec]:
        """Relations whose statements carry evidence (all but ``mentions``)."""
        return [r for r in self.relations.values() if r.evidence]

    def scored_relations(self) -> tuple[str, ...]:
        """Names of the relations ``kg eval`` scores."""
        return tuple(r.name for r in self.relations.values() if r.scored)

    def properties_of(self, cls: str) -> list[PropertySpec]:
        """Datatype properties whose domain is ``cls``."""
        return [p for p in self.properties.values() if cls in p.domains]

    def __iter__(self) -> Iterator[Spec]:
        yield from self.classes.values()
        yield from self.relations.values()
        yield from self.properties.values()


#: The live schema of this process.
SCHEMA = Schema(_CLASSES, _RELATIONS, _PROPERTIES)

__all__ = ["SCHEMA", "Schema", "KG", "KG_IRI", "ClassSpec", "RelationSpec", "PropertySpec", "Style",
           "Qualifiers", "qualifier", "qualifier_specs", "ENDED"]
