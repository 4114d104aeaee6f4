"""Mentions and statements of many documents → canonical entities and merged statements.

Entity resolution is by canonical key (pure, no I/O):

- places known to the GB/T 2260 table: their adcode (台州 = 台州市 = 330... whichever article);
  other places: their name;
- organizations: the canonical full name the extractor built (台州公安 = 台州市公安局);
- persons and honours: their name; articles: their document id.

Every surface form that differs from the canonical label becomes an alias (``skos:altLabel``),
traditional-character and full-width originals included.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .schema import BELONGS_TO, LOCATED_IN, NEWS_ARTICLE, SCHEMA, Qualifiers
from .types import ORGANIZATION, PLACE, Document, Entity, Evidence, ExtractionResult, Mention


@dataclass
class ResolvedStatement:
    """A statement between entity keys, with all its evidence.

    Attributes:
        subject: key of the subject entity (``(cls, key)``).
        predicate: relation name.
        object: key of the object entity, or a ``str`` literal (``position``).
        evidence: every place it was read, sorted.
        qualifiers: the qualifiers of its statements merged in input order (a later
            statement's value wins, a missing one keeps the earlier).
    """

    subject: tuple[str, str]
    predicate: str
    object: "tuple[str, str] | str"
    evidence: list[Evidence] = field(default_factory=list)
    qualifiers: Qualifiers = Qualifiers()


@dataclass
class Resolution:
    """The result of resolving a build.

    Attributes:
        documents: the documents, in input order.
        entities: ``(cls, key) → Entity``.
        statements: merged statements, in a deterministic order.
    """

    documents: list[Document]
    entities: dict[tuple[str, str], Entity]
    statements: list[ResolvedStatement]


def entity_key(m: Mention) -> tuple[str, str]:
    """The canonical key of a mention: ``(class, key)`` (see module docstring)."""
    if m.cls == PLACE:
        code = dict(m.attrs).get("adcode")
        return (PLACE, code or m.name)
    return (m.cls, m.name)


def resolve(results: list[ExtractionResult]) -> Resolution:
    """Merge the extraction results of documents into canonical entities and statements.

    Args:
        results: one frozen extraction result per document (see
            :func:`kg.extract.base.extract_document`).

    Returns:
        A :class:`Resolution`.
    """
    entities: dict[tuple[str, str], Entity] = {}
    merged: dict[tuple, ResolvedStatement] = {}
    for ctx in results:
        doc_id = ctx.doc.doc_id
        longer = _short_unit_names(ctx)
        mentions = {m: _renamed(m, longer) for m in ctx.mentions}
        classes = SCHEMA.entity_classes()
        for m in ctx.mentions:
            if m.cls in classes:
                _entity(entities, mentions[m], doc_id)
        for st in ctx.statements:
            s_key = _node(entities, mentions.get(st.subject, _renamed(st.subject, longer)), doc_id)
            o_key = st.object if isinstance(st.object, str) else \
                _node(entities, mentions.get(st.object, _renamed(st.object, longer)), doc_id)
            k = (s_key, st.predicate, o_key)
            rs = merged.setdefault(k, ResolvedStatement(s_key, st.predicate, o_key))
            if st.evidence not in rs.evidence:
                rs.evidence.append(st.evidence)
            rs.qualifiers = rs.qualifiers.updated(st.qualifiers)
    for rs in merged.values():
        rs.evidence.sort(key=lambda e: (e.doc_id, e.start, e.end, e.extractor))
    statements = sorted(merged.values(), key=lambda r: (r.subject, r.predicate, str(r.object)))
    return Resolution([c.doc for c in results], entities, statements)


def _short_unit_names(ctx: ExtractionResult) -> dict[str, str]:
    """Within one document, a unit written first by its own short name (中山路派出所) and later in
    full (某市公安局某分局中山路派出所) is one unit: short name → full name, when the short name is
    at least four characters, has no parent of its own and only one full name ends with it."""
    orgs = {m.name for m in ctx.mentions if m.cls == ORGANIZATION}
    has_parent = {st.subject.name for st in ctx.statements
                  if st.predicate in (BELONGS_TO, LOCATED_IN) and st.subject.cls == ORGANIZATION}
    out = {}
    for short in orgs - has_parent:
        if len(short) < 4:
            continue
        full = [o for o in orgs if o != short and o.endswith(short)]
        if len(full) == 1:
            out[short] = full[0]
    return out


def _renamed(m: Mention, longer: dict[str, str]) -> Mention:
    if m.cls != ORGANIZATION or m.name not in longer:
        return m
    return replace(m, canonical=longer[m.name])


def _node(entities, m: Mention, doc_id: str) -> tuple[str, str]:
    if m.cls == NEWS_ARTICLE:
        return (NEWS_ARTICLE, m.canonical)
    return _entity(entities, m, doc_id).cls, entity_key(m)[1]


def _entity(entities, m: Mention, doc_id: str) -> Entity:
    key = entity_key(m)
    attrs = dict(m.attrs)
    e = entities.get(key)
    if e is None:
        e = entities[key] = Entity(m.cls, m.name, key[1])
    for form in (m.text, m.original):
        if form and form != e.label and not form.startswith("该"):  # 该支队 names whatever is in focus
            e.aliases.add(form)
    if m.canonical and m.canonical != e.label:
        e.aliases.add(m.canonical)
    for k in ("adcode", "level", "anonymised"):
        if k in attrs:
            e.attrs[k] = attrs[k]
    if SCHEMA.kind_class(attrs.get("kind", "")):
        e.attrs["kind"] = SCHEMA.kind_class(attrs["kind"])
    if m.cls == PLACE and attrs.get("adcode"):
        e.attrs["level"] = attrs.get("level", "")
    e.docs.add(doc_id)
    return e
