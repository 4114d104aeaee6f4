"""The extractor protocol, the shared per-document context, and the registry.

An extractor is a class with a ``name`` and ``run(ctx) -> None`` that reads the document's
sentences (and the mentions earlier extractors left in ``ctx``) and adds mentions and
statements to ``ctx``. Extractors run in registration order; each declares which mention
classes it ``requires`` from earlier ones, checked when the pipeline is assembled. What a
document's extractors found is handed on as a frozen :class:`~kg.types.ExtractionResult`.

Shipped extractors are one line each in :data:`REGISTRY`. Others (plug-ins, tests) join with
:func:`register` (or :func:`registered` for a ``with`` block), which also adds the classes and
relations the extractor declares in its ``schema`` attribute to :data:`kg.schema.SCHEMA`.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import ClassVar, Protocol

from ..gazetteer import Gazetteer, default_gazetteer
from ..nlp import split_sentences
from ..schema import SCHEMA, Qualifiers
from ..types import Document, Evidence, ExtractionResult, Mention, Sentence, Statement


class Extractor(Protocol):
    """What every extractor provides."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def run(self, ctx: "Context") -> None:
        """Add mentions and statements for ``ctx.doc`` to ``ctx``."""


@dataclass
class Context:
    """Everything extractors share for one document.

    Attributes:
        doc: the document.
        sentences: its sentences (see :func:`kg.nlp.split_sentences`).
        gazetteer: the GB/T 2260 division table.
        mentions: mentions found so far, in the order found.
        statements: statements found so far.
        facts: free-form notes extractors leave for later ones (e.g. enabled county short forms).
    """

    doc: Document
    sentences: list[Sentence]
    gazetteer: Gazetteer
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)
    _seen: set[Mention] = field(default_factory=set, repr=False)
    _stated: set[Statement] = field(default_factory=set, repr=False)
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    #: :meth:`in_sentence`'s sorted lists, by sentence and class; a sentence's entry is dropped
    #: whenever one of its mentions is added, replaced or dropped (so at most one entry per
    #: sentence and class, for the document's lifetime)
    _sorted: dict[int, dict[str | None, list[Mention]]] = field(default_factory=dict, repr=False)

    @classmethod
    def for_document(cls, doc: Document, gazetteer: Gazetteer | None = None) -> "Context":
        """A fresh context for ``doc`` with its sentences split."""
        return cls(doc, split_sentences(doc), gazetteer or default_gazetteer())

    def evidence(self, sentence: Sentence, extractor: str) -> Evidence:
        """Evidence pointing at ``sentence`` (offsets mapped into the input file)."""
        start, end = self.doc.file_span(sentence.start, sentence.end)
        return Evidence(self.doc.doc_id, sentence.text, start, end, extractor)

    def add_mention(self, m: Mention) -> Mention:
        """Record a mention (once) and return it."""
        if m not in self._seen:
            self._seen.add(m)
            self.mentions.append(m)
            self._by_sentence.setdefault(m.sentence, []).append(m)
            self._sorted.pop(m.sentence, None)
        return m

    def add(self, subject: Mention, predicate: str, obj: "Mention | str", sentence: Sentence,
            extractor: str, qualifiers: Qualifiers = Qualifiers()) -> None:
        """Record a statement with evidence from ``sentence`` (none from a mention to itself).

        Raises:
            KeyError: ``predicate`` is not a relation of :data:`kg.schema.SCHEMA`.
        """
        SCHEMA.relation(predicate)
        if isinstance(obj, Mention) and obj.name == subject.name and obj.cls == subject.cls:
            return
        self._keep(Statement(subject, predicate, obj, self.evidence(sentence, extractor), qualifiers))

    def _keep(self, st: Statement) -> None:
        """Record ``st`` once: passes that read the same fact twice add nothing."""
        if st not in self._stated:
            self._stated.add(st)
            self.statements.append(st)

    def qualify_since(self, since: int, subject: str, predicates: tuple[str, ...], qualifiers: Qualifiers) -> None:
        """Set ``qualifiers`` on the statements about ``subject`` with one of ``predicates``
        recorded since ``len(self.statements)`` was ``since`` (a removal's posts: ``status``).

        Args:
            since: the number of statements before the pass that recorded them.
            subject: the name of the mention the statements are about.
            predicates: relation names (``"position"``, ``"belongsTo"``).
            qualifiers: the qualifiers to set (:meth:`Qualifiers.updated`: its set fields win).
        """
        self.qualify(lambda st: st.subject.name == subject and st.predicate in predicates, qualifiers, since)

    def qualify(self, which, qualifiers: Qualifiers, since: int = 0) -> list[Statement]:
        """Set ``qualifiers`` on the statements ``which(statement)`` is true of (a transfer's
        earlier posts: ``status``), in place; returns the statements as changed.

        Args:
            which: ``Statement -> bool``.
            qualifiers: the qualifiers to set (:meth:`Qualifiers.updated`: its set fields win).
            since: only the statements recorded since ``len(self.statements)`` was ``since``.
        """
        kept, changed = self.statements[:since], []
        for st in self.statements[since:]:
            if which(st):
                self._stated.discard(st)
                st = replace(st, qualifiers=st.qualifiers.updated(qualifiers))
                if st in self._stated:
                    continue  # (the same statement, already read with these qualifiers)
                self._stated.add(st)
                changed.append(st)
            kept.append(st)
        self.statements = kept
        return changed

    def replace_mention(self, old: Mention, new: Mention) -> Mention:
        """Put ``new`` in the place of ``old`` (a name read too short: 巴图孟 → 巴图孟和), in the
        mentions and in every statement that has ``old`` as subject or object; returns ``new``."""
        if old not in self._seen:
            return self.add_mention(new)
        self._seen.discard(old)
        self._by_sentence[old.sentence] = [m for m in self._by_sentence[old.sentence] if m is not old]
        self._sorted.pop(old.sentence, None)
        self._sorted.pop(new.sentence, None)
        if new in self._seen:
            self.mentions = [m for m in self.mentions if m is not old]
        else:
            self._seen.add(new)
            self.mentions = [new if m is old else m for m in self.mentions]
            self._by_sentence.setdefault(new.sentence, []).append(new)
        renamed = [replace(st, subject=new if st.subject is old else st.subject,
                           object=new if st.object is old else st.object)
                   if st.subject is old or st.object is old else st for st in self.statements]
        self.restate(renamed)
        return new

    def drop_mention(self, old: Mention) -> None:
        """Take ``old`` out (a reading another extractor has shown wrong: the place 兴安 inside the
        name 孟兴安), with every statement that has it as subject or object."""
        if old not in self._seen:
            return
        self._seen.discard(old)
        self._by_sentence[old.sentence] = [m for m in self._by_sentence[old.sentence] if m is not old]
        self._sorted.pop(old.sentence, None)
        self.mentions = [m for m in self.mentions if m is not old]
        self.restate([st for st in self.statements if st.subject is not old and st.object is not old])

    def drop_statements(self, wrong) -> None:
        """Take out the statements for which ``wrong(statement)`` is true (a later pass has shown
        them wrong: a unit holding a 个人二等功); their mentions stay."""
        kept = [st for st in self.statements if not wrong(st)]
        if len(kept) != len(self.statements):
            self.restate(kept)

    def restate(self, statements: list[Statement]) -> None:
        """Make ``statements`` (the statements as changed by a later pass, in their order) the
        context's, each kept once as :meth:`add` keeps them."""
        self.statements, self._stated = [], set()
        for st in statements:
            self._keep(st)

    def result(self) -> ExtractionResult:
        """The frozen result of extraction so far: document, mentions and statements."""
        return ExtractionResult(self.doc, tuple(self.mentions), tuple(self.statements))

    def in_sentence(self, index: int, cls: str | None = None) -> list[Mention]:
        """Mentions of sentence ``index`` (optionally of one class), by start offset (then the
        longer first, then in the order found): a new list, which the caller may change."""
        of_sentence = self._sorted.get(index)
        if of_sentence is None:
            of_sentence = self._sorted[index] = {}
        got = of_sentence.get(cls)
        if got is None:
            got = of_sentence[cls] = sorted((m for m in self._by_sentence.get(index, ()) if cls is None or m.cls == cls),
                                            key=_position)
        return list(got)

    def span_of(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        """Offsets into ``doc.text`` of a ``[start, end)`` span of ``sentence.norm``."""
        return sentence.start + start, sentence.start + end


def _position(m: Mention) -> tuple[int, int]:
    """Sort key of :meth:`Context.in_sentence`: start offset, then the longer first."""
    return m.start, -m.end


#: Registered extractors, in run order: (name, "module:Class"). One line per extractor.
REGISTRY: list[tuple[str, str]] = [
    ("places", "kg.extract.places:PlaceExtractor"),
    ("organizations", "kg.extract.organizations:OrganizationExtractor"),
    ("persons", "kg.extract.persons:PersonExtractor"),
    ("tagger", "kg.extract.tagged:TaggerExtractor"),
    ("honors", "kg.extract.honors:HonorExtractor"),
    ("bylines", "kg.extract.bylines:BylineExtractor"),
    ("seats", "kg.extract.seats:SeatExtractor"),
]


#: Extractors registered at run time by :func:`register`: (name, class), run after REGISTRY's.
_REGISTERED: list[tuple[str, type]] = []


def register(extractor: type) -> None:
    """Add an extractor (a class like those of :data:`REGISTRY`) without editing REGISTRY.

    The specs in the class's optional ``schema`` attribute (a tuple of
    :class:`~kg.schema.ClassSpec` and :class:`~kg.schema.RelationSpec`) join
    :data:`kg.schema.SCHEMA` first, so its classes and relations reach the graph, the
    ontology and shapes used by ``kg validate``, the view and ``kg eval``.

    Args:
        extractor: the extractor class; its ``name`` must be new.

    Raises:
        ValueError: an extractor of that name is already registered, or a spec clashes.
    """
    if extractor.name in {n for n, _ in _registry()}:
        raise ValueError(f"an extractor named {extractor.name!r} is already registered")
    SCHEMA.add(*getattr(extractor, "schema", ()))
    _REGISTERED.append((extractor.name, extractor))


def unregister(extractor: type) -> None:
    """Undo :func:`register`: drop the extractor and the schema specs it declared."""
    _REGISTERED[:] = [(n, c) for n, c in _REGISTERED if c is not extractor]
    SCHEMA.remove(*getattr(extractor, "schema", ()))


@contextmanager
def registered(extractor: type) -> Iterator[type]:
    """``with registered(MyExtractor):`` — :func:`register` for the block, then :func:`unregister`."""
    register(extractor)
    try:
        yield extractor
    finally:
        unregister(extractor)


def _registry() -> list[tuple[str, "str | type"]]:
    return [*REGISTRY, *_REGISTERED]


def load_extractors(names: list[str] | None = None) -> list[Extractor]:
    """Instantiate registered extractors (all, or those named) and check their requirements.

    Args:
        names: extractor names to keep, in registry order; None for all.

    Returns:
        Extractor instances in run order.

    Raises:
        ValueError: an unknown name, or an extractor that requires a mention class no
            earlier extractor assigns.
    """
    known = {n for n, _ in _registry()}
    for n in names or ():
        if n not in known:
            raise ValueError(f"unknown extractor {n!r} (known: {', '.join(sorted(known))})")
    out: list[Extractor] = []
    assigned: set[str] = set()
    for name, target in _registry():
        if names is not None and name not in names:
            continue
        if isinstance(target, str):
            module, cls = target.split(":")
            target = getattr(importlib.import_module(module), cls)
        ext = target()
        missing = set(ext.requires) - assigned
        if missing:
            raise ValueError(f"extractor {name!r} requires {sorted(missing)} from an earlier extractor")
        assigned |= set(ext.assigns)
        out.append(ext)
    return out


def extract_document(doc: Document, extractors: list[Extractor] | None = None,
                     gazetteer: Gazetteer | None = None) -> ExtractionResult:
    """Run extractors over one document.

    Args:
        doc: the document.
        extractors: from :func:`load_extractors`; all registered ones by default.
        gazetteer: the division table; the shipped one by default.

    Returns:
        The frozen :class:`~kg.types.ExtractionResult`: the document, its mentions and statements.
    """
    ctx = Context.for_document(doc, gazetteer)
    ran: list[str] = []
    ctx.facts["ran"] = ran  # names of the extractors run so far, in order
    for ext in extractors if extractors is not None else load_extractors():
        ext.run(ctx)
        ran.append(ext.name)
    return ctx.result()


def opens_line(ctx: Context, index: int) -> bool:
    """Does sentence ``index`` of the article open a line (the first, or a line break before it)?"""
    return index == 0 or "\n" in ctx.doc.text[ctx.sentences[index - 1].end:ctx.sentences[index].start]


def paragraph_start(ctx: Context, index: int) -> int:
    """The index of the first sentence of the paragraph (line) that sentence ``index`` is in (computed
    once per article: a line of thousands of sentences walked back per person was quadratic)."""
    starts = ctx.facts.get("paragraph_starts")
    if starts is None or len(starts) != len(ctx.sentences):
        starts, first = [], 0
        for k in range(len(ctx.sentences)):
            if opens_line(ctx, k):
                first = k
            starts.append(first)
        ctx.facts["paragraph_starts"] = starts
    return starts[index]
