"""Typed records passed between the pipeline stages (ingest → nlp → extract → resolve → graph).

All records are frozen dataclasses. Offsets are character offsets (Python ``str``
indices, i.e. Unicode code points) into the input file *as read* (after decoding,
before any normalisation), half-open ``[start, end)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .schema import (BELONGS_TO, CORRESPONDENT, HONOR, LOCATED_IN, MENTIONS, ORGANIZATION, PERSON, PLACE,
                     POSITION, RECEIVED, REPORTER, SCHEMA, Qualifiers)

# Class and relation names are declared in :mod:`kg.schema` (the one schema); the constants above
# are re-exported from there. ``CLASSES`` (classes of mentions: Person, Organization, Place,
# Honor, plus any registered at run time) and ``RELATIONS`` (relations with evidence) are read
# from the live schema on each access.


def __getattr__(name: str) -> tuple[str, ...]:
    if name == "CLASSES":
        return SCHEMA.entity_classes()
    if name == "RELATIONS":
        return tuple(r.name for r in SCHEMA.evidence_relations())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Byline:
    """A name read from a byline or photo credit.

    Attributes:
        name: the person's name as printed (inner spaces removed), e.g. ``"柯远舟"``.
        role: ``"reporter"`` (记者/本报记者/摄), ``"correspondent"`` (通讯员) or ``"editor"``
            (编辑, 责任编辑, 审核 … of the staff credits: a person with no relation to the article).
        start: offset of the name in the input file.
        end: end offset of the name in the input file.
        line: the byline line as printed, used as evidence sentence.
    """

    name: str
    role: str
    start: int
    end: int
    line: str


@dataclass(frozen=True)
class Document:
    """One article (a news item of a page, or a whole article file).

    Attributes:
        doc_id: stable id, ``"<file stem>-<content hash>-<n>"`` (n counts items from 1; see
            :func:`kg.ingest.content_hash`): unique per input file name and text.
        source: the input file's base name, e.g. ``"page.txt"``.
        title: main headline (主题); ``""`` for an item without one (a photo caption).
        alt_titles: other headline lines (引题, 副题), in page order.
        text: what the extractors read: the headline lines (引题, 主题, 副题: annotators name
            the agencies they print) and then the body, paragraphs joined by ``"\\n"``, with
            layout breaks repaired and the spaces that cut a body's words or names left out
            (:func:`kg.ingest.spaced_gaps`); characters are those of the input file (not normalised).
        char_map: for every character of ``text``, its offset in the input file
            (``len(char_map) == len(text)``); joins inserted by layout repair map to
            the offset of the character before them.
        bylines: names read from the item's bylines and photo credits.
        meta: article metadata given with the input (a JSON Lines record), as ``(property,
            value)`` pairs: a borrowed property of :data:`kg.schema.SCHEMA` (``"dcterms:date"``,
            ``"dcterms:source"``, ``"schema:url"``, ``"schema:printPage"``) and its lexical form
            (``"2024-05-12"``), in schema order; ``()`` for a text file.
        body_start: offset in ``text`` where the body begins (after the headline lines and
            the newline that ends them); 0 for an item without headlines.
    """

    doc_id: str
    source: str
    title: str
    alt_titles: tuple[str, ...]
    text: str
    char_map: tuple[int, ...]
    bylines: tuple[Byline, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    body_start: int = 0

    @property
    def body(self) -> str:
        """The body alone: ``text`` after its headline lines (from offset ``body_start``)."""
        return self.text[self.body_start:]

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to offsets in the input file.

        Args:
            start: start offset into ``text`` (0 ≤ start ≤ len(text)).
            end: end offset into ``text`` (start ≤ end ≤ len(text)).

        Returns:
            ``(file_start, file_end)``, half-open, in input-file characters.
        """
        if not self.char_map:
            return (0, 0)
        fs = self.char_map[min(start, len(self.char_map) - 1)]
        fe = self.char_map[max(min(end, len(self.char_map)) - 1, 0)] + 1
        return (fs, max(fe, fs))


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document.

    Attributes:
        index: position of the sentence in the document, from 0.
        start: offset into ``Document.text``.
        end: end offset into ``Document.text``.
        text: the sentence as in the input (not normalised).
        norm: the sentence normalised (NFKC width folding, traditional → simplified);
            ``len(norm) == len(text)`` so offsets are shared.
    """

    index: int
    start: int
    end: int
    text: str
    norm: str


@dataclass(frozen=True)
class Mention:
    """A span of text naming an entity.

    Attributes:
        cls: a class of :data:`kg.schema.SCHEMA` read from text (``"Person"``, …; see
            :meth:`kg.schema.Schema.entity_classes`), or ``"NewsArticle"`` for a byline's article.
        text: the surface form, normalised (simplified, half-width).
        start: offset into ``Document.text``.
        end: end offset into ``Document.text``.
        sentence: index of the sentence holding the mention.
        canonical: the full name the extractor already knows (e.g. a unit's full
            chained name ``"咸阳市公安局交警支队"``), or ``""`` to let resolution decide.
        original: the surface form as printed (traditional / full-width), when it differs.
        attrs: extra facts as ``(key, value)`` pairs, e.g. ``(("adcode", "330000"),)``;
            ``("form", "池店消防救援站")`` when ``text`` is only part of the name written (a name
            of a list that shares one unit word: 西滨、池店两个消防救援站); resolution keeps the
            form, not the text, as an alias.
    """

    cls: str
    text: str
    start: int
    end: int
    sentence: int
    canonical: str = ""
    original: str = ""
    attrs: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        """The best name known at extraction time: ``canonical`` or else ``text``."""
        return self.canonical or self.text


@dataclass(frozen=True)
class Evidence:
    """Where a statement was read.

    Attributes:
        doc_id: the :attr:`Document.doc_id` of the article.
        sentence: the sentence text as printed.
        start: offset of the sentence in the input file.
        end: end offset of the sentence in the input file.
        extractor: the name of the extractor that made the statement.
    """

    doc_id: str
    sentence: str
    start: int
    end: int
    extractor: str


@dataclass(frozen=True)
class Statement:
    """A relation between two mentions (or a mention and a literal).

    Attributes:
        subject: the subject mention.
        predicate: a relation of :data:`kg.schema.SCHEMA` with evidence (``"locatedIn"``, …).
        object: the object mention, or a ``str`` literal for ``position``.
        evidence: where it was read.
        qualifiers: typed qualifiers (year, conferring body, unit of a post), each declared
            with its RDF property in :class:`kg.schema.Qualifiers`.
    """

    subject: Mention
    predicate: str
    object: "Mention | str"
    evidence: Evidence
    qualifiers: Qualifiers = Qualifiers()


@dataclass(frozen=True)
class ExtractionResult:
    """What extraction hands to resolution for one document: frozen, in the order found.

    Attributes:
        doc: the document.
        mentions: its mentions, each once, in the order the extractors found them.
        statements: its statements, in the order made (the same statement may recur
            with other evidence).
    """

    doc: Document
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Rejected:
    """A statement or mention dropped by a later stage, with the reason (for the summary)."""

    item: object
    reason: str


@dataclass
class Entity:
    """A resolved, canonical entity of a build.

    Attributes:
        cls: a class of mentions (:meth:`kg.schema.Schema.entity_classes`).
        label: the canonical full name (``rdfs:label``).
        key: the canonical key used for the IRI (see :func:`kg.graph.entity_iri`).
        aliases: other surface forms met in the text (``skos:altLabel``): each written in an
            article of the entity.
        hidden: names an extractor composed for it that no article writes (a headline's
            绵阳涪城禁毒大队 gives its 分局 the name 涪城公安局): ``skos:hiddenLabel``, matched by
            ``kg eval`` (and by a query that asks for it), never shown as a name of the node.
        attrs: facts such as ``adcode``, ``level`` (GB/T 2260), ``kind`` (subclass),
            ``anonymised``.
        docs: ids of the documents mentioning it.
        resolved_by: the judgement rules that joined mentions of other articles to it
            (``kg:resolvedBy``; :data:`kg.schema.JUDGEMENTS`), sorted.
    """

    cls: str
    label: str
    key: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    docs: set[str] = field(default_factory=set)
    resolved_by: list[str] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)


__all__ = ["PERSON", "ORGANIZATION", "PLACE", "HONOR", "LOCATED_IN", "BELONGS_TO", "RECEIVED", "POSITION",
           "REPORTER", "CORRESPONDENT", "MENTIONS", "CLASSES", "RELATIONS", "Qualifiers", "Byline", "Document",
           "Sentence", "Mention", "Evidence", "Statement", "ExtractionResult", "Rejected", "Entity"]
