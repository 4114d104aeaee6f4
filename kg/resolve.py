"""Mentions and statements of many documents → canonical entities and merged statements.

Entity resolution is by key (pure: no I/O beyond the lexicon tables), in two steps. First every
entity of an article gets a *local key* from that article alone, so an entity's key does not
change when unrelated articles join the build and separate builds merge by plain union:

- places known to the GB/T 2260 table: their adcode (台州 = 台州市 = 331000 whichever article);
  other places: their name, joined by ``_`` to the adcode of the nearest coded place the article
  puts them in (``金石镇_430528``), so same-named villages of two provinces stay two;
- organizations: the canonical full name the extractor built (台州公安 = 台州市公安局); a *bare*
  unit (a sub-unit word of ``units.tsv`` whose ``parents`` are not ``-``/``*``, or a section of
  ``sections.tsv``, with neither a parent organization nor a seat in a coded place in its
  article, e.g. 交警大队, 金石派出所, but not 临江边境管理支队 seated in 临江市), and everything
  under it: its name joined to the article id (``交警大队_page-3f2a9c0d-1``);
- persons: the name joined to the top of the chain of the units they serve or hold posts in
  (``张伟_青禾县公安局``; the smallest key when there are several); bylined persons with no unit
  ``<name>_署名``, or ``<name>_署名_<paper>`` when the input names the paper (``source`` of a
  JSON Lines record: two papers' reporters of one name are two people); anonymised names (柯某,
  化名) the name joined to the article id; persons with no context their bare name;
- honours: their name; articles: their document id.

Entities of different articles with the same local key are one node (rule ``same-key``). Then
the judgement rules of the whole build, each merge counted per rule and recorded on the node
(``kg:resolvedBy``):

- ``short-unit``: a bare unit becomes the full unit of another article that ends with its name
  after one of that unit's own parents or places (never by suffix alone), when that unit's
  parents and places (immediate seat of each unit of its chain) meet an organization or place of
  the bare unit's article, and exactly one full unit fits;
- ``shared-body``: persons of the same name whose chain tops meet (several units) are one node,
  keyed by the smallest key;
- ``sole-candidate``: a person with no context joins the one node of that name with context when
  the build has exactly one, unless the provinces disagree (:func:`_provinces`: the article names
  places of some provinces, the node's units lie in others, 河南 against 四川), which a note says;
  with two or more, or with provinces that disagree, it stays a node of its own article
  (``<name>_<article id>``). Likewise a bylined person of an article that names no paper
  (``<name>_署名``) joins the one reporter of that name of a named paper
  (``<name>_署名_<paper>``) when the build has exactly one; with two or more it stays
  ``<name>_署名``.

User decisions (:func:`parse_decisions`) are applied last (``user-same``, ``user-different``); a
``same`` joining two organizations joins the persons of one name keyed by them as ``shared-body``
would (:meth:`_Resolver._follow`).
Merges that need two articles (``short-unit``, ``shared-body``, ``sole-candidate``, and a person
whose unit is resolved by ``short-unit``) are the only difference between one build of A and B
and the union of separate builds of A and of B (ontology/MODEL.md, "Identity").

Every surface form that differs from the canonical label becomes an alias (``skos:altLabel``),
traditional-character and full-width originals included.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from urllib.parse import unquote

from . import rules
from .collector import paused
from .errors import InputError
from .lexicon import names_a_kind_of_unit, spelled_out
from .namespaces import ID, mint, readable_local, split_iri
from .schema import (BELONGS_TO, CORRESPONDENT, JUDGEMENTS, LOCATED_IN, NEWS_ARTICLE, POSITION, REPORTER,
                     ENDED, SCHEMA, Qualifiers)
from .types import ORGANIZATION, PERSON, PLACE, Document, Entity, Evidence, ExtractionResult, Mention

#: Merge rules in summary order: ``same-key`` (not a judgement), the judgement merges of
#: :data:`kg.schema.JUDGEMENTS` (the values of ``kg:resolvedBy``), and ``user-different`` (splits).
RULES = ("same-key", *JUDGEMENTS, "user-different")
#: Joins a name to the context of its key (``张伟_青禾县公安局``); kept as is in IRIs.
SEP = "_"
#: Context of a person named only in a byline.
BYLINE = "署名"


@dataclass
class ResolvedStatement:
    """A statement between entity keys, with all its evidence.

    Attributes:
        subject: key of the subject entity (``(cls, key)``).
        predicate: relation name.
        object: key of the object entity, or a ``str`` literal (``position``).
        evidence: every place it was read, sorted.
        qualifiers: ``{document id: qualifiers}``: for each article that reads the statement,
            the qualifiers of its statements there merged in input order (a later statement's
            value wins, a missing one keeps the earlier). An article's evidence carries its own
            article's qualifiers only: what one article reads never changes another's.
        unit: key of the organization a post (``position``) is held in, or None (no article
            gives the post a unit). A post held in two units (副局长 of two county bureaus) is two
            statements, one per unit, each an ``org:Membership`` with its own status; an
            article's mention of the post with no unit counts for the unit that article (else
            the build) gives the post last.
        links: ``{document id: {relation name: entity keys}}`` of the qualifiers with a link
            (:meth:`kg.schema.Qualifiers.linked`), one per mention in the order written, the key
            of its entity when it is an entity of the build of the relation's range, else None
            (a person named as conferrer): ``{"conferrer": (("Organization",
            "人力资源和社会保障部"), ("Organization", "公安部"))}``, so the n-th key is the n-th
            body's; merged like ``qualifiers`` (per article, the statement that sets the
            qualifier last decides), absent when no mention has an entity.
        status: the statement's status in the build as a whole (:func:`current_status`):
            :data:`~kg.schema.ENDED` when a removal is the latest the build reads of it, else None.
        shared: ``{(document id, start, end)}``, the sentences of this post's evidence that give
            the same post in another unit too: their evidence nodes name the unit in their IRI
            (one node per membership), so each says what its own membership reads.
    """

    subject: tuple[str, str]
    predicate: str
    object: "tuple[str, str] | str"
    evidence: list[Evidence] = field(default_factory=list)
    qualifiers: dict[str, Qualifiers] = field(default_factory=dict)
    unit: str | None = None
    links: dict[str, dict[str, tuple[tuple[str, str] | None, ...]]] = field(default_factory=dict)
    status: str | None = None
    shared: set[tuple[str, int, int]] = field(default_factory=set)


@dataclass
class Resolution:
    """The result of resolving a build.

    Attributes:
        documents: the documents, in input order.
        entities: ``(cls, key) → Entity``.
        statements: merged statements, in a deterministic order.
        merges: rule of :data:`RULES` → how many article entities it joined to a node of
            another article (``user-different``: how many it split off).
        notes: ``file: article id: …`` for persons ``sole-candidate`` kept apart, their provinces
            disagreeing (:func:`_apart_notes`); ``file:line: …`` for user decisions: the IRI a
            ``same`` removes, the persons that follow a ``same`` of two organizations, a
            ``different`` that changed nothing (two nodes already).
    """

    documents: list[Document]
    entities: dict[tuple[str, str], Entity]
    statements: list[ResolvedStatement]
    merges: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RULES, 0))
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    """A user's decision on two nodes, applied after the rules.

    Attributes:
        verdict: ``"same"`` (merge the nodes; the first keeps its key and label) or
            ``"different"`` (undo a judgement merge that joined them).
        first: a label (``rdfs:label`` or a surface form) or an IRI (``kgid:person-…`` or in full).
        second: the same for the other node.
        where: ``file:line`` for messages.
        kept: a decision a store kept from an earlier build's ``--decisions`` and applies again
            (``kg build --append`` without ``--decisions``): a ``same`` one joins its nodes without
            the note on the IRI that disappears, said when it was given.
    """

    verdict: str
    first: str
    second: str
    where: str
    kept: bool = False


def parse_decisions(text: str, source: str) -> list[Decision]:
    """Read a decisions file: ``same A B`` or ``different A B`` per line, ``#`` comments.

    Args:
        text: the file's text.
        source: the file name, for messages.

    Returns:
        The decisions in file order.

    Raises:
        InputError: a line that is not ``same|different NAME NAME``, or one that contradicts an
            earlier line on the same pair (``source:line: reason``).
    """
    out = []
    said: dict[frozenset[str], Decision] = {}  # the pair (either order) → the line that decided it
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3 or parts[0] not in ("same", "different"):
            raise InputError(f"{source}:{n}: expected 'same NAME NAME' or 'different NAME NAME': {raw.strip()!r}")
        decision = Decision(parts[0], parts[1], parts[2], f"{source}:{n}")
        before = said.setdefault(frozenset(parts[1:]), decision)
        if before.verdict != decision.verdict:  # (both were applied, the later silently winning)
            raise InputError(f"{decision.where}: '{line}' contradicts {before.where} "
                             f"('{before.verdict} {before.first} {before.second}'); keep one of them")
        out.append(decision)
    return out


@lru_cache(maxsize=1)
def _sub_unit_words() -> tuple[dict[str, bool], int]:
    from .lexicon import table

    words = {s.word: True for s in table("sections")}
    words.update({u.word: tuple(u.parents or ("-",)) not in (("-",), ("*",)) for u in table("units")})
    for u in table("units"):  # the full forms too (反诈中心 → 反电信网络诈骗中心): a name is written either way
        if u.full:
            words.setdefault(u.full, tuple(u.parents or ("-",)) not in (("-",), ("*",)))
    return words, max(map(len, words))


_LEVEL_ENDINGS = tuple(rules.LEVEL_CHARS_ALL)


@lru_cache(maxsize=1)
def _unit_word_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of :func:`_sub_unit_words` as tuples for ``str.endswith``: all of them, and
    those of two characters or more."""
    words, _ = _sub_unit_words()
    return tuple(words), tuple(w for w in words if len(w) >= 2)


def is_sub_unit(name: str) -> bool:
    """Is ``name`` headed by a unit word that sits inside a parent body (派出所, 大队, 科)?

    The longest word of ``kg/lexicons/units.tsv`` (or, failing that, ``sections.tsv``) that
    ends ``name`` decides: a unit whose ``parents`` column is ``-`` (公安局, 法院) or ``*`` (公司)
    is not one; a section is.
    """
    words, longest = _sub_unit_words()
    for k in range(min(longest, len(name)), 0, -1):
        if name[-k:] in words:
            return words[name[-k:]]
    return False


def entity_key(m: Mention) -> tuple[str, str]:
    """The key of a mention from the mention alone: ``(class, adcode or name)``."""
    if m.cls == PLACE:
        code = dict(m.attrs).get("adcode")
        return (PLACE, code or m.name)
    return (m.cls, m.name)


class _Article:
    """What one article says about the identity of its entities (local keys, contexts)."""

    def __init__(self, ctx: ExtractionResult) -> None:
        self.ctx, self.doc_id = ctx, ctx.doc.doc_id
        # the page a text file's item was split from (<stem>-<hash> of its id, ingest.content_hash);
        # a JSON Lines record (its own id) is a page of its own
        page = re.fullmatch(r"(.+-[0-9a-f]{8})-\d+", self.doc_id)
        stem = ctx.doc.source.rsplit(".", 1)[0]
        self.page = page.group(1) if page and self.doc_id.startswith(stem + "-") else self.doc_id
        self.longer = _short_unit_names(ctx)
        sts = [(self.mention(st.subject), st,
                st.object if isinstance(st.object, str) else self.mention(st.object)) for st in ctx.statements]
        place_parents: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for s, st, o in sts:
            if s.cls == PLACE and st.predicate == LOCATED_IN:
                place_parents[entity_key(s)].append(entity_key(o))
        self.place_codes = {k: _nearest_code(k, place_parents) for k in place_parents}
        self.org_parents: dict[str, set[str]] = defaultdict(set)   # org name → parent org names
        self.org_seats: dict[str, list[tuple[str, str]]] = defaultdict(list)  # org name → place keys
        self.units: dict[str, list[str]] = defaultdict(list)         # person name → unit names
        self.bylined: set[str] = set()
        # the paper of a JSON Lines record or of the text's header, in simplified as the bylines' names
        # are (a traditional reprint keeps 香港文匯報 as printed in dcterms:source; its reporters' key is 香港文汇报)
        self.outlet = _simplified(dict(ctx.doc.meta).get("dcterms:source", ""), ctx.doc)
        self._texts: tuple[str, str] | None = None  # the article's text as printed and normalised (written)
        found = [self.mention(m) for m in ctx.mentions]
        for s, st, o in sts:
            unit = self.mention(st.qualifiers.unit) if st.qualifiers.unit is not None else None
            found += [x for x in (s, o, unit) if isinstance(x, Mention)]
            if s.cls == ORGANIZATION and st.predicate == BELONGS_TO and o.cls == ORGANIZATION:
                self.org_parents[s.name].add(o.name)
            elif s.cls == ORGANIZATION and st.predicate == LOCATED_IN:
                self.org_seats[s.name].append((PLACE, self.place_key(o)))
            elif s.cls == PERSON and st.predicate == BELONGS_TO and o.cls == ORGANIZATION:
                self.units[s.name].append(o.name)
            elif s.cls == PERSON and st.predicate == POSITION and unit is not None:
                self.units[s.name].append(unit.name)
            elif st.predicate in (REPORTER, CORRESPONDENT):
                self.bylined.add(o.name)
        self.names = {c: sorted({m.name for m in found if m.cls == c}) for c in (PERSON, ORGANIZATION)}
        self.anonymised = {m.name for m in found if m.cls == PERSON and dict(m.attrs).get("anonymised")}
        self.bare = {o for o in self.names[ORGANIZATION] if self._bare(self._top(o))}

    @cached_property
    def shared_shorts(self) -> frozenset[str]:
        """The short names (a mention's ``short``: 城关派出所) of two or more of the article's units: an
        alias of none of them (:func:`_entity`)."""
        owners: dict[str, set[str]] = defaultdict(set)
        for o in self.ctx.mentions:
            if o.cls == ORGANIZATION and dict(o.attrs).get("short"):
                owners[dict(o.attrs)["short"]].add(self.mention(o).name)
        return frozenset(k for k, v in owners.items() if len(v) > 1)

    def written(self, form: str) -> bool:
        """Does the article write ``form`` (in its headlines, text or bylines, as printed or normalised:
        width folded, traditional characters simplified)? Only such forms become aliases (``skos:altLabel``,
        "the surface forms met in the text"): a name an extractor composed, 涪城公安局 from a headline's
        绵阳涪城禁毒大队, is a hidden name (``skos:hiddenLabel``)."""
        if self._texts is None:
            from .nlp import is_traditional, normalize

            doc = self.ctx.doc  # (a byline's name, 陳雨桐 of 本報記者 陳雨桐, is read apart from the text)
            raw = "\n".join((doc.title, *doc.alt_titles, doc.text, *(b.name for b in doc.bylines)))
            self._texts = (raw, normalize(raw, traditional=is_traditional(doc.title + "\n" + doc.text)))
        return any(form in t for t in self._texts)

    def _bare(self, top: str) -> bool:
        """A unit that sits inside a body, written with neither that body nor a coded place."""
        return is_sub_unit(top) and not any(k.isdigit() for _, k in self.org_seats.get(top, ()))

    def mention(self, m: Mention) -> Mention:
        """``m`` as resolution reads it (a short unit name renamed to its full name in this article)."""
        return _renamed(m, self.longer)

    def _top(self, org: str, seen: frozenset = frozenset()) -> str:
        parents = [p for p in self.org_parents.get(org, ()) if p not in seen]
        return self._top(min(parents), seen | {org}) if parents else org

    def place_key(self, m: Mention) -> str:
        """A place's local key: adcode, or name joined to the nearest coded place around it."""
        key = entity_key(m)
        code = "" if dict(m.attrs).get("adcode") else self.place_codes.get(key, "")
        return f"{key[1]}{SEP}{code}" if code else key[1]

    def org_key(self, name: str) -> str:
        """An organization's local key: its name, or for a bare unit its name and the article."""
        return f"{name}{SEP}{self.doc_id}" if name in self.bare else name

    def provinces(self) -> set[str]:
        """The provinces (:func:`_province`) of the coded places the article names, the seats of
        its units included: ``{"41"}`` for an article on 河南省洛阳市栾川县."""
        keys = {self.place_key(m) for m in self.ctx.mentions if m.cls == PLACE}
        keys |= {k for seats in self.org_seats.values() for _, k in seats}
        return {_province(k) for k in keys} - {""}

    def context(self) -> set[tuple[str, str]]:
        """Keys of the organizations (not bare) and places this article mentions."""
        out = {(ORGANIZATION, o) for o in self.names[ORGANIZATION] if o not in self.bare}
        return out | {(PLACE, self.place_key(m)) for m in self.ctx.mentions if m.cls == PLACE}


def _province(place_key: str) -> str:
    """The province of a place's local key, the first two digits of its GB/T 2260 code (its own,
    ``410324``, or that of the coded place it lies in, ``城关镇_410324``); ``""`` for a place of
    no code."""
    code = place_key if place_key.isdigit() else place_key.rsplit(SEP, 1)[-1]
    return code[:2] if len(code) >= 6 and code.isdigit() else ""


def _nearest_code(key: tuple[str, str], parents: dict) -> str:
    """The adcode of the nearest coded place above ``key`` (breadth first; smallest at a tie)."""
    level, seen = list(parents.get(key, ())), {key}
    while level:
        coded = sorted(k for c, k in level if k.isdigit())
        if coded:
            return coded[0]
        seen |= set(level)
        level = [p for k in level for p in parents.get(k, ()) if p not in seen]
    return ""


class _Resolver:
    """The keys of a whole build: local keys, then the judgement rules, then user decisions."""

    def __init__(self, articles: list[_Article], merge_persons: bool) -> None:
        self.articles = articles
        self.merges: Counter = Counter()
        self.notes: list[str] = []
        self.judged: dict[tuple[str, str], set[str]] = defaultdict(set)   # node → rules
        self.final: dict[tuple[str, str, str], str] = {}   # (doc, cls, name) → key
        self.local: dict[tuple[str, str, str], str] = {}
        self.rule: dict[tuple[str, str, str], str] = {}
        self.labels: dict[tuple[str, str], str] = {}        # preferred labels (short-unit, user-same)
        self.by_doc = {a.doc_id: a for a in articles}
        self.anchored: dict[tuple[str, str], set[str]] = {}  # (doc, name) of a person keyed by a unit → chain tops
        self.joined: dict[str, str] = {}  # organization node → the node a user's same joined it to
        self.apart_pairs: set[frozenset] = set()  # pairs of nodes a user's different keeps apart
        # persons with no context kept apart from their sole candidate, the provinces disagreeing:
        # (article, name, candidate key, the article's provinces, the candidate's)
        self.apart: list[tuple[_Article, str, str, set[str], set[str]]] = []
        self._orgs()
        self._persons(merge_persons)

    # -- organizations
    def _orgs(self) -> None:
        parents: dict[str, set[str]] = defaultdict(set)
        seats: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for a in self.articles:
            for o in a.names[ORGANIZATION]:
                self.local[(a.doc_id, ORGANIZATION, o)] = self.final[(a.doc_id, ORGANIZATION, o)] = a.org_key(o)
            for o, ps in a.org_parents.items():
                parents[a.org_key(o)] |= {a.org_key(p) for p in ps}
            for o, ks in a.org_seats.items():
                seats[a.org_key(o)] |= set(ks)
        full = sorted({o for a in self.articles for o in a.names[ORGANIZATION]
                       if o not in a.bare and (o in parents or o in seats)})
        ending: dict[str, list[str]] = defaultdict(list)  # a proper suffix → the full names ending with it, in order
        for f in full:
            for i in range(1, len(f)):
                ending[f[i:]].append(f)
        for a in self.articles:
            mentioned = a.context()
            for o in sorted(a.bare):
                fits = [f for f in (ending.get(o, ()) if o else full) if f.endswith(o) and f != o
                        and f[:-len(o)] in _names(_ancestors(f, parents, seats))
                        and _ancestors(f, parents, seats) & mentioned]
                if len(fits) == 1:
                    self._judge(a.doc_id, ORGANIZATION, o, fits[0], "short-unit")
                    self.labels[(ORGANIZATION, fits[0])] = fits[0]
        written: dict[str, list[tuple[str, str]]] = defaultdict(list)  # 杭州市公安局西湖分局 → (doc, name) of
        for a in self.articles:                                        # itself and of …西湖区分局
            for o in a.names[ORGANIZATION]:
                if o not in a.bare:
                    written[_SUB_BUREAU_QU.sub(r"\1分局", o)].append((a.doc_id, o))
        for found in written.values():  # the same sub-bureau, with its district's 区 and without, across articles
            target = max((o for _, o in found), key=lambda n: (len(n), n))
            for doc, o in found:
                if o != target and self.final[(doc, ORGANIZATION, o)] == o:
                    self._judge(doc, ORGANIZATION, o, target, "short-unit")
                    self.labels[(ORGANIZATION, target)] = target
        moved = {self.local[k]: v for k, v in self.final.items() if k[1] == ORGANIZATION and self.local[k] != v}
        self.org_parents = defaultdict(set)
        for k, ps in parents.items():
            self.org_parents[moved.get(k, k)] |= {moved.get(p, p) for p in ps}
        self.org_seats: dict[str, set[tuple[str, str]]] = defaultdict(set)  # org node → place keys of its seats
        for k, ks in seats.items():
            self.org_seats[moved.get(k, k)] |= ks

    def _tops(self, org: str) -> set[str]:
        return _chain_tops(org, self.org_parents)

    # -- persons
    def _persons(self, merge: bool) -> None:
        anchored = self.anchored                            # (doc, name) → chain tops
        free = []
        for a in self.articles:
            for p in a.names[PERSON]:
                k = (a.doc_id, PERSON, p)
                tops = set().union(*(self._tops(self.final[(a.doc_id, ORGANIZATION, u)]) for u in a.units.get(p, ())))
                if not merge or p in a.anonymised:
                    self.local[k] = f"{p}{SEP}{a.doc_id}"
                elif tops:
                    self.local[k] = f"{p}{SEP}{min(tops)}"
                    anchored[(a.doc_id, p)] = tops
                elif p in a.bylined:  # a reporter of the paper the record names, when it names one
                    self.local[k] = f"{p}{SEP}{BYLINE}" + (f"{SEP}{a.outlet}" if a.outlet else "")
                else:
                    self.local[k] = p
                    free.append(k)
                self.final[k] = self.local[k]
        for members in _meeting(anchored):   # shared-body: union of persons whose tops meet
            key = min(self.local[(d, PERSON, n)] for d, n in members)
            for d, n in sorted(members):
                if self.local[(d, PERSON, n)] != key:
                    self._judge(d, PERSON, n, key, "shared-body")
        papers: dict[str, set[str]] = defaultdict(set)      # name → keys of reporters of a named paper
        unpapered: list[tuple[str, str]] = []               # (doc, name) of reporters of no named paper
        for (doc, cls, name), key in self.final.items():
            if cls == PERSON and key == f"{name}{SEP}{BYLINE}":
                unpapered.append((doc, name))
            elif cls == PERSON and key.startswith(f"{name}{SEP}{BYLINE}{SEP}"):
                papers[name].add(key)
        for doc, name in unpapered:  # sole-candidate: 本报记者甲 of a text that names no paper is the
            if len(papers[name]) == 1:  # one reporter 甲 of the build's papers (甲_署名_某某日报)
                self._judge(doc, PERSON, name, next(iter(papers[name])), "sole-candidate")
        nodes: dict[str, set[str]] = defaultdict(set)       # name → keys of nodes with context
        for (doc, cls, name), key in self.final.items():
            if cls == PERSON and key != name and not key.endswith(SEP + doc):
                nodes[name].add(key)
        members: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person key → (doc, name) keyed so
        for (doc, cls, name), key in self.final.items():
            if cls == PERSON and len(nodes.get(name, ())) == 1:
                members[key].append((doc, name))
        apart = self.apart
        for k in free:
            doc, _, name = k
            if len(nodes[name]) == 1:
                (key,) = nodes[name]
                here, there = self.by_doc[doc].provinces(), self._provinces_of(members[key])
                if not (here and there and here.isdisjoint(there)) \
                        or any(self.by_doc[d].page == self.by_doc[doc].page for d, _ in members[key]):
                    # (the node of the name read in another item of the person's own page: that person)
                    self._judge(doc, PERSON, name, key, "sole-candidate")
                    continue
                apart.append((self.by_doc[doc], name, key, here, there))
            if nodes[name]:
                self.local[k] = self.final[k] = f"{name}{SEP}{doc}"

    def _provinces_of(self, persons: list[tuple[str, str]]) -> set[str]:
        """The provinces (:func:`_province`) a person node lies in, from its article entities
        ``persons`` (``(doc, name)``): those of the seats of their units and of the units above
        them; empty when no unit is seated in a coded place (a reporter has none), which
        disagrees with nothing."""
        units = {self.final[(doc, ORGANIZATION, u)] for doc, name in persons for u in self.by_doc[doc].units.get(name, ())}
        seen, level = set(units), set(units)
        while level:
            level = {p for o in level for p in self.org_parents.get(o, ())} - seen
            seen |= level
        return {_province(k) for o in seen for _, k in self.org_seats.get(o, ())} - {""}

    def _judge(self, doc: str, cls: str, name: str, key: str, rule: str) -> None:
        self.final[(doc, cls, name)] = key
        self.rule[(doc, cls, name)] = rule
        self.judged[(cls, key)].add(rule)
        self.merges[rule] += 1

    # -- user decisions
    def apply(self, decisions: list[Decision]) -> None:
        """Apply user decisions in order (see :class:`Decision`).

        Raises:
            InputError: a name that names no person or organization, or more than one, a ``different``
                naming a person and an organization (nothing to split), or a decision that undoes an
                earlier one (``same A B``, ``same B C``, ``different A C``: A and C are one node by the
                user's own word; or a ``same`` joining two the user said are different), naming
                both lines (``file:line: reason``).
        """
        made: list[tuple[Decision, set]] = []  # (same decision, the node it made): what no different may split
        kept: list[Decision] = []  # different decisions: what no later same may join
        for d in decisions:
            first, second = self._nodes(d.first, d), self._nodes(d.second, d)
            for nodes, ref in ((first, d.first), (second, d.second)):
                if not nodes:  # (a different of a mistyped name printed "two nodes already" and went on)
                    raise InputError(f"{d.where}: {ref} {_NO_NODE}")
            if d.verdict == "different" and {c for c, _ in first}.isdisjoint(c for c, _ in second):
                (a, *_), (b, *_) = sorted({c for c, _ in first}), sorted({c for c, _ in second})
                raise InputError(f"{d.where}: {d.first} is a {a} and {d.second} a {b}: no rule merges nodes of two "
                                 "classes, so there is nothing to split (different names two persons or two "
                                 "organizations that one node joined)")
            if d.verdict == "different" and first == second and len(first) == 1:
                by = [m.where for m, node in made if node == first]
                if by:
                    raise InputError(f"{d.where}: {d.first} and {d.second} are one node by the decisions at "
                                     f"{', '.join(by)}: a decision cannot undo another")
            if d.verdict == "same":
                (a,), (b,) = self._one(first, d.first, d), self._one(second, d.second, d)
                if a[0] != b[0]:
                    raise InputError(f"{d.where}: {d.first} is a {a[0]} and {d.second} a {b[0]}: they cannot be one node")
                for k, v in self.final.items():
                    if (k[1], v) == b and b != a:
                        self.final[k], self.rule[k] = a[1], "user-same"
                        self.merges["user-same"] += 1
                if a != b:
                    self.judged[a].add("user-same")
                    self.labels.setdefault(a, self._label(a))
                followed = self._follow(a, b) if a != b and a[0] == ORGANIZATION else []
                if a != b and not d.kept:
                    gone, kept_iri = _prefixed(b), _prefixed(a)  # (the first keeps its IRI: easy to get backwards)
                    name = self._label(b)  # (an altLabel only when the kept node is labelled otherwise)
                    said = (f"its label {name} is {kept_iri}'s too" if name == self.labels[a]
                            else f"{name} is an altLabel of {kept_iri}")
                    self.notes.append(f"{d.where}: {gone} merged into {kept_iri}, the first of the line, which keeps "
                                      f"its IRI and label: {gone} is no longer in the graph and {said} (swap the two "
                                      f"names to keep {gone})")
                if followed and not d.kept:
                    shown = ", ".join(f"{_prefixed((PERSON, x))} merged into {_prefixed((PERSON, y))}"
                                      for x, y in followed[:3]) + (", …" if len(followed) > 3 else "")
                    self.notes.append(f"{d.where}: with the units, the persons of one name in them are one: {shown} "
                                      "(a different line naming two of them keeps them apart)")
                made = [(m, {a} if node == {b} else node) for m, node in made] + [(d, {a})]
                for e in kept:
                    if self._nodes(e.first, e) == self._nodes(e.second, e) == {a}:
                        raise InputError(f"{d.where}: {d.first} and {d.second} join {e.first} and {e.second}, "
                                         f"which the decision at {e.where} keeps apart")
                continue
            kept.append(d)
            self.apart_pairs |= {frozenset((x, y)) for x in first for y in second}
            split = 0
            for other, ref in ((second, d.first), (first, d.second)):
                for k in self._locals(ref, d):
                    if (k[1], self.final[k]) in other and self.rule.get(k) and self.final[k] != self.local[k]:
                        self.final[k] = self.local[k]
                        self.rule.pop(k)
                        split += 1
            if not split and first & second:
                raise InputError(f"{d.where}: {d.first} and {d.second} share a key, not a judgement: a decision "
                                 "cannot split them (give two different nodes)")
            if not split:
                self.notes.append(f"{d.where}: {d.first} and {d.second} are two nodes already; nothing to split")
            self.merges["user-different"] += split

    def _follow(self, a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, str]]:
        """After a user's ``same`` joined organization node ``b`` to ``a``: the persons of one name
        whose units' chain tops now meet (苏某 of 甲法院 and 苏某 of 甲县人民法院, once the two courts
        are one) become one person, as ``shared-body`` joins them, keeping the key of those whose
        tops the join did not change (the first of the line's side), unless a ``different``
        decision keeps the two apart.

        Returns:
            ``(key merged, key kept)`` of each person node that joined another, sorted.
        """
        self.joined = {o: (a[1] if t == b[1] else t) for o, t in self.joined.items()} | {b[1]: a[1]}
        parents: dict[str, set[str]] = defaultdict(set)
        for o, ps in self.org_parents.items():
            parents[self.joined.get(o, o)] |= {self.joined.get(p, p) for p in ps} - {self.joined.get(o, o)}
        changed = set()
        for (doc, name), old in self.anchored.items():
            units = {self.joined.get(v, v) for v in (self.final[(doc, ORGANIZATION, u)]
                                                     for u in self.by_doc[doc].units.get(name, ()))}
            tops = set().union(*(_chain_tops(u, parents) for u in units))
            if tops != old:
                self.anchored[(doc, name)] = tops
                changed.add((doc, name))
        out = []
        for members in _meeting(self.anchored):
            if not members & changed:
                continue
            keys = {self.final[(d, PERSON, n)] for d, n in members}
            stayed = {self.final[(d, PERSON, n)] for d, n in members - changed}
            target = min(stayed or keys)
            for x in sorted(keys - {target}):
                if frozenset(((PERSON, x), (PERSON, target))) in self.apart_pairs:
                    continue
                for k, v in self.final.items():
                    if k[1] == PERSON and v == x:
                        self.final[k], self.rule[k] = target, "user-same"
                        self.merges["user-same"] += 1
                self.judged[(PERSON, target)].add("user-same")
                out.append((x, target))
        return sorted(out)

    def _label(self, node: tuple[str, str]) -> str:
        """The name of the article entities whose own key is ``node``'s."""
        return min(n for (_, c, n), v in self.local.items() if (c, v) == node)

    def _locals(self, ref: str, d: Decision) -> list[tuple[str, str, str]]:
        """Article entities named ``ref`` or whose own or final key is the IRI ``ref``'s; when
        none is, those named ``ref`` as the graph writes labels (invisible characters dropped,
        traditional characters simplified: 張<U+200B>偉 names 张伟)."""
        key = _iri_key(ref)
        found = sorted(k for k in self.final if k[2] == ref or (key and (k[1], self.local[k]) == key)
                       or (key and (k[1], self.final[k]) == key))
        if found:
            return found
        written = _as_labelled(ref)
        return self._locals(written, d) if written != ref else found

    def _nodes(self, ref: str, d: Decision) -> set[tuple[str, str]]:
        return {(k[1], self.final[k]) for k in self._locals(ref, d)}

    @staticmethod
    def _one(nodes: set, ref: str, d: Decision) -> list:
        if len(nodes) != 1:
            if not nodes:
                raise InputError(f"{d.where}: {ref} {_NO_NODE}")
            raise InputError(f"{d.where}: {ref} names {len(nodes)} nodes ({', '.join(sorted(k for _, k in nodes))}); use an IRI")
        return list(nodes)


#: Persons kept apart from their sole candidate (:meth:`_Resolver._persons`) noted one line each up
#: to this many; past it, one line for all (as ``kg.sources.NOTED`` does for replaced records).
NOTED_APART = 5


def _apart_notes(apart: list) -> list[str]:
    """The notes on persons with no context that ``sole-candidate`` did not join to the one node of
    their name because the provinces disagree (and no decision of the user joined): one line each (what stays, what it was not joined
    to, why, and the decision that would join them), or past :data:`NOTED_APART` one line for all.

    Args:
        apart: ``(article, name, candidate key, the article's provinces, the candidate's)``, in
            the order of the articles, the provinces as :func:`_province` gives them.
    """
    from .gazetteer import default_gazetteer

    divisions = default_gazetteer().by_code

    def named(provinces: set[str]) -> str:
        return "、".join(d.name if (d := divisions.get(p + "0000")) else p for p in sorted(provinces))

    lines = []
    for a, name, key, here, there in apart:
        own, other = _prefixed((PERSON, f"{name}{SEP}{a.doc_id}")), _prefixed((PERSON, key))
        lines.append(f"{a.ctx.doc.source}: article {a.doc_id}: {name} stays {own}, a node of its own article, not "
                     f"{other} (sole-candidate): the article names {named(here)}, that node's units lie in "
                     f"{named(there)} (if they are one person, decide: same {other} {own})")
    if len(lines) <= NOTED_APART:
        return lines
    shown = ", ".join(f"{name} of {a.ctx.doc.source}: article {a.doc_id}" for a, name, *_ in apart[:3])
    return [f"{len(apart)} persons with no unit stay nodes of their own articles, not the one node of their name "
            f"(sole-candidate), whose units lie in another province than their article names: {shown}, …"]


#: What a decision's name that names no node is told.
_NO_NODE = "names no person or organization of the build (decisions join and split persons and organizations)"


def _as_labelled(ref: str) -> str:
    """``ref`` as labels are written: invisible characters removed (:func:`kg.ingest.clean_text`),
    width folded and traditional characters simplified (:func:`kg.nlp.normalize`)."""
    from .ingest import clean_text
    from .nlp import normalize

    return normalize(clean_text(ref)[0], traditional=True)


def _chain_tops(org: str, parents: dict[str, set[str]]) -> set[str]:
    """The tops of the chains of units above ``org`` (``org`` itself when it has no parent), by
    ``parents`` (organization node → its parents' nodes)."""
    out, level, seen = set(), {org}, set()
    while level:
        seen |= level
        nxt = set()
        for o in level:
            ps = parents.get(o, set()) - seen
            if ps:
                nxt |= ps
            else:
                out.add(o)
        level = nxt
    return out


def _meeting(anchored: dict[tuple[str, str], set[str]]) -> list[set[tuple[str, str]]]:
    """The persons of one name whose chain tops meet, directly or through others of that name
    (``shared-body``), as sets of ``(doc, name)``, by name, then in ``anchored``'s order.

    Args:
        anchored: ``{(doc, name): chain tops}`` of the persons keyed by a unit.
    """
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in anchored:
        by_name[item[1]].append(item)
    out = []
    for _, group in sorted(by_name.items()):
        comps: list[tuple[set[str], set[tuple[str, str]]]] = []
        for item in group:
            tops, members = set(anchored[item]), {item}
            for c in [c for c in comps if c[0] & tops]:
                comps.remove(c)
                tops |= c[0]
                members |= c[1]
            comps.append((tops, members))
        out += [members for _, members in comps]
    return out


def _ancestors(org: str, parents: dict, seats: dict) -> set[tuple[str, str]]:
    """Organizations above ``org`` and the immediate seat of ``org`` and of each of them."""
    out, level = set(seats.get(org, ())), set(parents.get(org, ()))
    while level:
        out |= {(ORGANIZATION, o) for o in level} | {s for o in level for s in seats.get(o, ())}
        level = {p for o in level for p in parents.get(o, ()) if (ORGANIZATION, p) not in out}
    return out


def _names(nodes: set[tuple[str, str]]) -> set[str]:
    return {k for c, k in nodes if c == ORGANIZATION}


#: The IRI form of builds before the ``-`` separator (``kgid:person/…``), still read in decisions.
_OLD_IRI = re.compile(r"^(?:kgid:|https://w3id\.org/tupu/id/)([a-z]+)/(.+)$")


def _iri_key(ref: str) -> tuple[str, str] | None:
    """``(class, key)`` of an entity IRI (``kgid:person-柏川屿_…``, in full, or the older ``/`` form)."""
    parts = split_iri(ref)
    if parts is None:
        m = _OLD_IRI.match(ref.strip("<>"))
        parts = (m.group(1), unquote(m.group(2))) if m else None
    if parts is None:
        return None
    cls = next((c.name for c in SCHEMA.node_classes() if c.iri_path == parts[0]), None)
    return (cls, parts[1]) if cls else None


def prepare(result: ExtractionResult) -> "_Article":
    """What one article says about the identity of its entities, read from its extraction
    result (local keys, units, seats): the per-article part of :func:`resolve`, which a build
    does as each result arrives from the extraction workers, while they extract the rest.

    Args:
        result: one frozen extraction result.

    Returns:
        An opaque record for :func:`resolve` (``results`` may hold these and results alike).
    """
    return _Article(result)


def resolve(results: "list[ExtractionResult | _Article]", *, merge_persons: bool = True,
            decisions: list[Decision] = ()) -> Resolution:
    """Merge the extraction results of documents into canonical entities and statements.

    Args:
        results: one frozen extraction result per document (see
            :func:`kg.extract.base.extract_document`), or its :func:`prepare` record.
        merge_persons: False keeps every person a node of its own article (``--no-merge-persons``).
        decisions: user decisions (:func:`parse_decisions`), applied after the rules.

    Returns:
        A :class:`Resolution` (rules in the module docstring).

    Raises:
        InputError: a decision naming no node or an ambiguous label.
    """
    with paused():  # thousands of small objects, none in a cycle (kg.collector)
        return _resolve(results, merge_persons, decisions)


def _resolve(results: list[ExtractionResult], merge_persons: bool, decisions: list[Decision]) -> Resolution:
    """:func:`resolve`, with the collector paused."""
    articles = [r if isinstance(r, _Article) else _Article(r) for r in results]
    rs_ = _Resolver(articles, merge_persons)
    rs_.apply(list(decisions))
    rs_.notes[:0] = _apart_notes([x for x in rs_.apart if rs_.final[(x[0].doc_id, PERSON, x[1])] != x[2]])
    entities: dict[tuple[str, str], Entity] = {}
    merged: dict[tuple, ResolvedStatement] = {}
    units_set: dict[tuple, str] = {}  # (s, p, o) [and a document id] → the unit of a post set last there
    kinds: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # node → kind → docs
    classes = SCHEMA.entity_classes()

    def key_of(a: _Article, m: Mention) -> tuple[str, str]:
        if m.cls == PLACE:
            return (PLACE, a.place_key(m))
        if m.cls in (PERSON, ORGANIZATION):
            return (m.cls, rs_.final[(a.doc_id, m.cls, m.name)])
        return entity_key(m)

    def node(a: _Article, m: Mention) -> tuple[str, str]:
        m = a.mention(m)
        if m.cls == NEWS_ARTICLE:
            return (NEWS_ARTICLE, m.canonical)
        key = key_of(a, m)
        return _entity(entities, m, key, a.doc_id, kinds, a.written, a.shared_shorts).cls, key[1]

    for a in articles:
        for m in a.ctx.mentions:
            if m.cls in classes:
                node(a, m)
        for st in a.ctx.statements:
            s_key = node(a, st.subject)
            o_key = st.object if isinstance(st.object, str) else node(a, st.object)
            if s_key == o_key:
                continue  # a unit merged with its parent (a user's "same" decision): no link to itself
            unit = key_of(a, a.mention(st.qualifiers.unit))[1] if st.qualifiers.unit is not None else None
            k = (s_key, st.predicate, o_key, unit if st.predicate == POSITION else None)  # (a membership per unit)
            rs = merged.get(k)
            if rs is None:
                rs = merged[k] = ResolvedStatement(s_key, st.predicate, o_key, unit=k[3])
            rs.evidence.append(st.evidence)
            doc = st.evidence.doc_id
            rs.qualifiers[doc] = rs.qualifiers.get(doc, Qualifiers()).updated(st.qualifiers)
            if unit is not None:
                if k[3] is None:  # (a unit on another relation: the last one set decides, as for a post before)
                    rs.unit = unit
                else:
                    units_set[k[:3]] = unit
                    units_set[(k[:3], doc)] = unit
            found: dict[str, list[tuple[str, str] | None]] = {}
            for rel, m in st.qualifiers.linked():  # (one per body of a joint conferral, None: no node)
                found.setdefault(rel, []).append(_linked(a, m, rel, key_of, entities))
            for rel, keys in found.items():
                links = rs.links.setdefault(doc, {})
                if any(keys):
                    links[rel] = tuple(keys)
                else:
                    links.pop(rel, None)
    for k, e in entities.items():
        if k in kinds:  # whatever the order of the articles
            e.attrs["kind"] = _kind_of(kinds[k])
        preferred = rs_.labels.get(k)
        if preferred and preferred != e.label:
            e.aliases.add(e.label)
            e.label = preferred
        e.aliases.discard(e.label)
        e.hidden -= e.aliases | {e.label}  # (a name one article composes and another writes is an alias)
        e.resolved_by = sorted(rs_.judged.get(k, ()))
    _fold_unitless_posts(merged, units_set)
    _sub_unit_names(merged, entities)
    dates = {a.doc_id: dict(a.ctx.doc.meta).get("dcterms:date") for a in articles}
    for rs in merged.values():  # each sentence once, in order (one statement may have thousands)
        rs.evidence = sorted(dict.fromkeys(rs.evidence), key=lambda e: (e.doc_id, e.start, e.end, e.extractor))
        rs.status = current_status(rs.qualifiers, dates)
    statements = sorted(merged.values(), key=lambda r: (r.subject, r.predicate, str(r.object), r.unit or ""))
    _mark_shared_sentences(statements)
    counts = dict.fromkeys(RULES, 0)
    counts.update(rs_.merges)
    counts["same-key"] = _same_key_merges(rs_, entities)
    return Resolution([a.ctx.doc for a in articles], entities, statements, counts, list(rs_.notes))


def _sub_unit_names(merged: dict, entities: dict) -> None:
    """A unit named after its parent (label = the parent's label + its own part: 某市某区人民法院|执行局) is also
    named after each name its parent is written by (某区人民法院执行局, where the article writes 某区人民法院
    and 某区法院执行局): a hidden name (``Entity.hidden``), matched, not shown. Names of three characters or more
    only, and none that names a kind of unit (not 该院, 市局, 交警大队: anaphors and kinds name whatever is in
    focus)."""
    for rs in merged.values():
        if rs.predicate != BELONGS_TO or not isinstance(rs.object, tuple):
            continue
        sub, parent = entities.get(rs.subject), entities.get(rs.object)
        if sub is None or parent is None or sub.cls != ORGANIZATION or parent.cls != ORGANIZATION \
                or not sub.label.startswith(parent.label) or len(sub.label) == len(parent.label):
            continue
        tail = sub.label[len(parent.label):]
        for alias in sorted(parent.aliases):
            if len(alias) >= 3 and not alias.startswith(_ANAPHOR_FORMS) and not names_a_kind_of_unit(alias) \
                    and alias + tail not in sub.aliases:
                sub.hidden.add(alias + tail)


def _fold_unitless_posts(merged: dict[tuple, ResolvedStatement], units_set: dict[tuple, str]) -> None:
    """Give each article's mentions of a post with no unit written (``副局长柯远舟表示``) to one
    membership of that post with a unit, when the person holds the post in some unit: the unit
    the same article gives the post last, else the one the build gives it last (in input order,
    which an appended build keeps). A post no article gives a unit stays a membership with no
    body. Changes ``merged`` in place.

    Args:
        merged: ``{(subject, predicate, object, unit key or None): statement}`` (a ``position``
            has one statement per unit; every other relation has unit None in its key).
        units_set: ``{(subject, predicate, object): unit}`` and ``{((subject, predicate, object),
            document id): unit}``, the unit of a post set last in the build and in each article.
    """
    for k in [k for k in merged if k[1] == POSITION and k[3] is None and k[:3] in units_set]:
        loose = merged.pop(k)
        by_doc: dict[str, list[Evidence]] = defaultdict(list)
        for ev in loose.evidence:
            by_doc[ev.doc_id].append(ev)
        for doc, evidence in by_doc.items():
            target = merged[k[:3] + (units_set.get((k[:3], doc), units_set[k[:3]]),)]
            target.evidence += evidence
            target.qualifiers[doc] = target.qualifiers.get(doc, Qualifiers()).updated(loose.qualifiers[doc])
            if doc in loose.links:
                target.links.setdefault(doc, {}).update(loose.links[doc])


def _mark_shared_sentences(statements: list[ResolvedStatement]) -> None:
    """Mark the sentences that give one post in two units (``历任甲局局长，现任乙局局长``): each of
    the two memberships' statements gets an evidence node of its own for such a sentence
    (:attr:`ResolvedStatement.shared`; the evidence IRI then includes the unit). Which
    sentences these are depends on their own article only. Changes the statements in place.

    Args:
        statements: the sorted statements of a build (those of one post are adjacent).
    """
    for i, rs in enumerate(statements):
        if rs.predicate != POSITION:
            continue
        j = i - 1  # every earlier membership of the same post (none: the loop does not start)
        while j >= 0 and (statements[j].subject, statements[j].predicate, statements[j].object) == \
                (rs.subject, rs.predicate, rs.object):
            other = statements[j]
            common = {(e.doc_id, e.start, e.end) for e in rs.evidence} & {(e.doc_id, e.start, e.end) for e in other.evidence}
            rs.shared |= common
            other.shared |= common
            j -= 1


def current_status(qualifiers: dict[str, Qualifiers], dates: dict[str, str | None]) -> str | None:
    """A statement's status in a build, from what each article reads of it and the articles' dates.

    A removal (``免去…职务``: an article whose qualifiers have ``status`` :data:`~kg.schema.ENDED`)
    ends the post as of its article: the post is ended in the build unless an article dated
    later than the removal's names it as held (no ``status``; a re-appointment, ``局长某某``).
    Without dates nothing is later: a removal in an undated article ends the post whatever
    the other articles say, and an undated article naming the post never restores it. The
    order of the articles does not matter, so an appended build equals a full one.

    Args:
        qualifiers: ``{document id: that article's qualifiers of the statement}``
            (:attr:`ResolvedStatement.qualifiers`).
        dates: ``{document id: its dcterms:date (YYYY-MM-DD) or None}``; a missing id is undated.

    Returns:
        :data:`~kg.schema.ENDED` or None.
    """
    removed = [dates.get(doc) for doc, q in qualifiers.items() if q.status == ENDED]
    if not removed:
        return None
    held = [d for doc, q in qualifiers.items() if q.status is None and (d := dates.get(doc))]
    latest = max(held, default=None)
    return ENDED if any(r is None or latest is None or latest <= r for r in removed) else None


def _linked(a: _Article, m: Mention, rel: str, key_of, entities: dict) -> tuple[str, str] | None:
    """The entity key of qualifier mention ``m`` of article ``a`` for link ``rel``: None when
    the mention is not of the relation's range (a person named as conferrer) or not an entity
    of the build (never a node made for the link alone)."""
    m = a.mention(m)
    if m.cls != SCHEMA.relation(rel).range:
        return None
    try:
        key = key_of(a, m)
    except KeyError:
        return None
    return key if key in entities else None


def _prefixed(node: tuple[str, str]) -> str:
    """The ``kgid:`` prefixed name of entity ``(class, key)``, as the graph writes its IRI, for a
    person to read (:func:`kg.namespaces.readable_local`: ``·`` as itself, which decisions read)."""
    return "kgid:" + readable_local(str(mint(SCHEMA.cls(node[0]).iri_path, node[1]))[len(str(ID)):])


def _same_key_merges(rs_: _Resolver, entities: dict[tuple[str, str], Entity]) -> int:
    """Article entities that joined a node of another article by their own key alone."""
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (doc, cls, _), key in rs_.local.items():
        docs[(cls, key)].add(doc)
    return sum(len(d) - 1 for d in docs.values()) + \
        sum(len(e.docs) - 1 for e in entities.values() if e.cls not in (PERSON, ORGANIZATION))


#: Units of one article holding every character of a unit's name beyond which none is taken
#: for its full name (:func:`_short_unit_names`): a real article names far fewer; a line of
#: thousands of numbered units (第1大队第1中队第2大队…) compared each with each took minutes.
MAX_SHORTER_CANDIDATES = 256
#: With a limit, :func:`_containing` gives up when even its rarest character is in this many
#: times the limit names (the intersection would then rarely fall under the limit).
RAREST_BOUND = 16


def _simplified(value: str, doc: Document) -> str:
    """``value`` (a paper's name from ``doc``'s metadata) in simplified characters when ``doc`` is a
    traditional text (:func:`kg.nlp.is_traditional`, the one decision for the article), else as is."""
    from .nlp import is_traditional, normalize

    if not value or not is_traditional(doc.title + "\n" + doc.text):
        return value
    return normalize(value, traditional=True)


def _short_unit_names(ctx: ExtractionResult) -> dict[str, str]:
    """Within one document, a unit written first by its own short name (中山路派出所) and later in
    full (某市公安局某分局中山路派出所) is one unit: short name → full name, when the short name is
    at least four characters, has no parent of its own and only one full name ends with it (a
    tribunal's 某法庭 too, for 某人民法庭: ``rules.TRIBUNAL_WORDS``); also
    when it is the only name it writes shorter (:func:`_written_shorter`: a headline's 江城消防特勤站
    for 江城市消防救援支队特勤站), or, with no parent body of its own, the only one ending with it
    and seated nowhere else; and a unit written under such a short parent body (利州区公安局食药环侦大队,
    a headline's 江城利州食药环侦大队) is that body's full name with the same unit after it
    (江城市公安局利州区分局食药环侦大队) when the article writes it so; a district bureau's traffic brigade
    composed from a headline's short form (利州交警) is the city detachment's brigade of that district
    the article names (``_DISTRICT_TRAFFIC_BRIGADES``, ``rules.TRAFFIC_DETACHMENTS``)."""
    orgs = {m.name for m in ctx.mentions if m.cls == ORGANIZATION}
    has_parent = {st.subject.name for st in ctx.statements
                  if st.predicate in (BELONGS_TO, LOCATED_IN) and st.subject.cls == ORGANIZATION}
    containing = _containing(orgs)
    out = {}
    for short in orgs - has_parent:
        if len(short) < 4:
            continue
        full = [o for o in containing(short) if o != short and _ends_with(o, short)]
        if not full and (spelled := spelled_out(short, alone=False)[1]):  # 青柳边检站 for …青柳出入境边防检查站
            full = [o for o in containing(spelled) if o != short and o.endswith(spelled) and len(o) > len(spelled)]
        if len(full) == 1:
            out[short] = full[0]
    in_body = {st.subject.name for st in ctx.statements if st.predicate == BELONGS_TO and st.subject.cls == ORGANIZATION}
    seats: dict[str, set[str]] = defaultdict(set)
    for st in ctx.statements:
        if st.predicate == LOCATED_IN and st.subject.cls == ORGANIZATION and not isinstance(st.object, str):
            seats[st.subject.name].add(st.object.name)
    codes = {m.name: dict(m.attrs)["adcode"] for m in ctx.mentions if m.cls == PLACE and dict(m.attrs).get("adcode")}
    for short in sorted(orgs - set(out)):  # 某州禁毒办 and 某州禁毒委员会办公室 in one article: one unit
        long = next((short[:-len(a)] + w for a, w in rules.ABBREVIATED_UNITS.items() if short.endswith(a)), None)
        if long in orgs:
            out[short] = long
    for short in sorted(orgs - set(out)):  # 江城消防特勤站 in a headline, 江城市消防救援支队特勤站 below
        candidates = containing(short, MAX_SHORTER_CANDIDATES)
        if len(candidates) > MAX_SHORTER_CANDIDATES:
            continue  # (a chain of thousands of numbered units sharing every character: no one full name)
        full = [o for o in candidates if len(o) > len(short) and (
            _written_shorter(short, o) or len(short) >= 4 and short not in in_body
            and _ends_with(o, short)
            and (not seats[short] or not seats[o] or seats[short] & seats[o]
                 or _seated_within(seats[short], seats[o], codes)))]  # (鞍山市公安局 is no 马鞍山市公安局;
        # a headline's 某市监狱 is the 某省某市监狱 below: the city is in the province)
        if len(full) == 1:
            out[short] = full[0]
    for short in sorted(orgs - set(out) - in_body):  # 历下公安 in a headline, 济南市公安局历下(区)分局 below
        ending = next((e for e in _DISTRICT_BUREAUS if short.endswith(e)), "")
        if not ending or len(short) < len(ending) + 2:
            continue
        stem = short[:-len(ending)]
        full = [o for o in containing(stem) if o.endswith((stem + "分局", stem + "区分局"))
                and "公安局" in o[:-len(stem) - 2]]
        if len(full) == 1:
            out[short] = full[0]
    for short in sorted(orgs - set(out)):  # 利州交警 (利州区公安局交警大队) in a headline, 某市公安局交通警察支队利州大队 below
        ending = next((e for e in _DISTRICT_TRAFFIC_BRIGADES if short.endswith(e)), "")
        stem = short[:-len(ending)] if ending else ""
        if len(stem) < 2:
            continue
        full = [o for o in containing(stem) if any(o.endswith(w) and o[:-len(w)].endswith(rules.TRAFFIC_DETACHMENTS)
                                                   for w in (stem + "大队", stem + "区大队"))]
        if len(full) == 1:
            out[short] = full[0]
    brigades = [(o, m.group(1), o[:m.start()]) for o in sorted(orgs) if (m := _DETACHMENT_BRIGADE.search(o))]
    for short in sorted(orgs - set(out)):  # 旬邑县森林警察大队 in a headline, 咸阳市公安局森林警察支队旬邑大队 below
        full = [o for o, stem, before in brigades if o != short and short.startswith(stem) and short.endswith("大队")
                and _branch_of(short[len(stem):-2], before)]
        if len(full) == 1:
            out[short] = full[0]
    parents: dict[str, set[str]] = defaultdict(set)
    for st in ctx.statements:
        if st.predicate == BELONGS_TO and st.subject.cls == ORGANIZATION and not isinstance(st.object, str):
            parents[st.subject.name].add(st.object.name)
    for short in sorted(orgs - set(out)):  # 江城利州刑侦大队 (利州区公安局刑侦大队) in a headline, below
        # 江城市公安局利州区分局刑侦大队: its body is one with another (利州区公安局 = 江城市公安局利州区分局),
        # so the unit is that body's unit of the same name, when the article writes it so
        body = max((p for p in parents[short] if p in out and short.startswith(p) and len(short) > len(p)),
                   key=len, default=None)
        if body is not None and out[body] + short[len(body):] in orgs:
            out[short] = out[body] + short[len(body):]
    return out


def _seated_within(a: set[str], b: set[str], codes: dict[str, str]) -> bool:
    """Is a place of ``a`` within one of ``b``, or one of ``b`` within one of ``a``, by their GB/T 2260
    codes (``codes``: place name → adcode; a province's places share its first two digits, a
    prefecture's its first four)? Places with no code are within none."""
    def within(inner: str, outer: str) -> bool:
        depth = 2 if outer.endswith("0000") else 4 if outer.endswith("00") else 6
        return inner[:depth] == outer[:depth]
    pairs = [(codes[x], codes[y]) for x in a for y in b if x in codes and y in codes]
    return any(within(x, y) or within(y, x) for x, y in pairs)


#: A city bureau's sub-bureau named after its district with 区 (…公安局西湖区分局, …西湖区公安分局):
#: the same unit as …公安局西湖分局 (group 1: the part before the district's 区).
_SUB_BUREAU_QU = re.compile(r"(公安局[\u4e00-\u9fff]{2,}?)区(?:公安)?分局$")
#: The ends of a district's own police bureau (某某区公安局, 某某区公安分局): where a city's bureau names the same unit
#: its 某某(区)分局 in the same article, the two are one (:func:`_short_unit_names`).
_DISTRICT_BUREAUS = ("区公安局", "区公安分局")  # (区公安分局: a bare 区公安分局 named by its district)


#: A district bureau's traffic brigade composed from a short form (利州交警 → 利州区公安局交警大队): where the
#: article names the city detachment's brigade of that district (…交通警察支队利州大队), the two are one.
_DISTRICT_TRAFFIC_BRIGADES = ("区公安局交警大队", "区公安局交通警察大队")


#: A city detachment's brigade named after its county (…森林警察支队旬邑大队, …综合行政执法支队旬邑大队;
#: group 1: the county's stem): the county's brigade of that branch written short (旬邑县森林警察大队,
#: 旬邑森林警察大队) is the same unit when the article names it so (:func:`_short_unit_names`).
_DETACHMENT_BRIGADE = re.compile(r"支队([\u4e00-\u9fff]{2,4}?)大队$")


def _branch_of(between: str, detachment: str) -> bool:
    """Is ``between`` (what a county's brigade writes between the county's stem and 大队: 县森林警察,
    森林警察, 县公安局森林警察), after a level character and 公安局 at its start, the whole branch of a
    detachment's name ``detachment`` (the name before 支队: 咸阳市公安局森林警察): what follows its
    bureau (局) or, with none, its place's first level character?"""
    between = between[1:] if between[:1] in rules.LEVEL_CHARS else between
    between = between[len("公安局"):] if between.startswith("公安局") else between
    if "局" in detachment:
        branch = detachment[detachment.rindex("局") + 1:]
    else:
        first = next((k for k, c in enumerate(detachment) if c in rules.LEVEL_CHARS), -1)
        branch = detachment[first + 1:]
    return len(between) >= 2 and "局" not in between and between == branch  # (综合行政执法 is no 生态环境保护综合行政执法)


def _containing(names: set[str]):
    """``containing(short[, limit])``: the names of ``names`` holding every character of ``short`` (a
    superset of those that end with it or write it longer, :func:`_written_shorter`), read from
    an index of characters, rarest first, so a document of thousands of units is not compared
    name by name (2,000 units took 14 s)."""
    by_char: dict[str, set[str]] = defaultdict(set)
    for name in names:
        for ch in set(name):
            by_char[ch].add(name)

    def containing(short: str, limit: int | None = None) -> set[str]:
        chars = sorted(set(short), key=lambda c: len(by_char.get(c, ())))
        if limit is not None and chars and len(by_char.get(chars[0], ())) > RAREST_BOUND * limit:
            return by_char[chars[0]]  # (more than ``limit`` for sure, as good as: the caller takes none)
        found = set(by_char.get(chars[0], ())) if chars else set(names)
        for ch in chars[1:]:
            if len(found) <= 1:
                break
            found &= by_char[ch]
        return found

    return containing


def _ends_with(full: str, short: str) -> bool:
    """Does ``full`` end with ``short``, as written or with a tribunal's unit word written short
    (某县人民法院青柳人民法庭 ends with 青柳法庭: ``rules.TRIBUNAL_WORDS``), and not as another body's
    committee of that place (共青团旬邑县委 is no 旬邑县委: ``rules.YOUTH_LEAGUE``)?"""
    if full.endswith(short) and full[:-len(short)].endswith(rules.YOUTH_LEAGUE):
        return False
    return full.endswith(short) or full.replace(*rules.TRIBUNAL_WORDS).endswith(short)


def _written_shorter(short: str, full: str) -> bool:
    """Is ``short`` the unit ``full`` written with less of its name, as headlines and later
    mentions do (旬邑县青柳派出所 for 旬邑县公安局青柳派出所, 某县人民法院青柳法庭 for
    某县人民法院青柳人民法庭, 某市消防特勤站 for 某市消防救援支队特勤站)?

    Both end with the same characters ending in a unit word (``units.tsv``, ``sections.tsv``);
    before them, ``short`` starts as ``full`` does and is ``full`` with runs left out, each run
    a division level character (镇, 市 …), 人民, or a parent body (ending in a unit word: 公安局,
    救援支队) left out after no complete unit (某市公安局指挥中心 is no 交警支队's) and, after a
    place alone, before a named unit (某市团委 is the city's own). Anything else left out (东城 for 东城南) makes another unit.
    """
    k = 0
    while k < len(short) and short[-1 - k] == full[-1 - k]:
        k += 1
    if k == len(short) or short[:2] != full[:2]:  # cheap tests first: a match starts alike
        return False
    ending, long_ending = _unit_word_endings()
    tail = short[len(short) - k:]
    if not tail.endswith(ending):
        return False
    words, _ = _sub_unit_words()
    a, b = short[:len(short) - k], full[:len(full) - k]
    if a[:2] != b[:2]:
        return False
    runs, i, run = [], 0, ""  # (where each left-out run starts in short, the run)
    for ch in b:
        if i < len(a) and ch == a[i]:
            i += 1
            if run:
                runs.append((i - 1, run))
                run = ""
        else:
            run += ch
    if run:
        runs.append((i, run))
    if i < len(a) or not runs:
        return False
    for at, r in runs:
        if r == "人民" or (len(r) == 1 and r in rules.LEVEL_CHARS_ALL):
            continue
        if not r.endswith(long_ending):
            return False
        place_only = a[:at].endswith(_LEVEL_ENDINGS)
        if not place_only and a[:at].endswith(ending) or place_only and _unit_word_only(tail, words) \
                and not (words.get(tail) and names_a_kind_of_unit(r)) and not r.endswith(rules.GOVERNMENT_WORDS):
            # (某市|人民政府|口岸管理办公室: the city's own, either way; 某市|公安局(交通警察支队)|车管所: the bureau's,
            # when only unit words are left out, not 某市|公安局某分局|反诈中心: a named unit's)
            return False  # 某市公安局|指挥中心 is the bureau's own, no 交警支队's; 某市|团委: the city's own (某市|反诈中心,
            # a word of units.tsv under police bodies only, is its bureau's)
    return True


def _unit_word_only(tail: str, words: dict) -> bool:
    """Is ``tail`` a unit word with no name of its own before it (指挥中心, 党委, 团委: any body
    has one), by the longest word of ``units.tsv`` / ``sections.tsv`` that ends it?"""
    w = max((w for w in words if tail.endswith(w)), key=len, default="")
    return len(w) == len(tail)


def _renamed(m: Mention, longer: dict[str, str]) -> Mention:
    if m.cls != ORGANIZATION or m.name not in longer:
        return m
    return replace(m, canonical=longer[m.name])


#: Forms that name whatever unit is in focus (该支队, 這個所), never an alias.
_ANAPHOR_FORMS = rules.ANAPHOR_DETERMINERS + ("該", "這")


def _entity(entities, m: Mention, key: tuple[str, str], doc_id: str, kinds=None, written=None,
            shared: "set[str] | frozenset[str]" = frozenset()) -> Entity:
    """The entity of ``key`` in ``entities`` (made from ``m`` when new), with what mention ``m`` of
    article ``doc_id`` adds: aliases, codes, the article. Its subclass (``kind``) goes into
    ``kinds`` (key → subclass → articles), chosen once all are read (:func:`_kind_of`); without
    ``kinds``, the mention's kind is set at once. ``written(form)`` (:meth:`_Article.written`)
    says whether the article writes a form: one it does not (a name composed by an extractor)
    is no alias but a hidden name (``Entity.hidden``); None: every form is an alias. ``shared``: the
    short names of two or more units of the article, no alias of either."""
    attrs = dict(m.attrs)
    e = entities.get(key)
    if e is None:
        label = _qualified_place(attrs["adcode"], m.name) if m.cls == PLACE and attrs.get("level") == "county" \
            and attrs.get("adcode") else m.name
        e = entities[key] = Entity(m.cls, label, key[1])
    short = attrs.get("short") if m.cls == ORGANIZATION else None  # 该大队|二中队, 某分局|城郊派出所: the unit's own
    pointed = m.text.startswith(_ANAPHOR_FORMS) or bool(short) and len(m.text) > len(short) \
        and m.text.endswith(short) and names_a_kind_of_unit(m.text[:-len(short)])  # 分局|治安大队: as 该局
    if short and (short in shared or not pointed and names_a_kind_of_unit(short)):
        short = None  # short name, written in the text (after 某局, not 执行局, 网安大队: a kind of unit other nodes
        # are named by too; after 该局, as the text names it there; none that names two units of the article:
        # 甲分局城关派出所, 乙分局城关派出所)
    for form in (attrs.get("form", m.text), m.original, attrs.get("also"), short):
        # form: 青柳消防救援站 for 青柳 in 甲、青柳消防救援站 (石埠消防救援站 of 石埠、柳溪2个消防救援站: the
        # name a list of names gives each, read as written); also: the full name as printed of a
        # unit whose canonical name folds a modifier (某县公安局刑事侦查大队 of 某县公安局刑侦大队); short:
        # the unit's own name written after an anaphor of its parent (二中队 of 该大队二中队)
        if form and form != e.label and not form.startswith(_ANAPHOR_FORMS) and not (m.cls == ORGANIZATION and len(form) == 1):
            # 该支队, 這個所, 这个派出所 name whatever is in focus; 厅 (经厅党委研究) any 厅
            shown = written is None or form == attrs.get("form") or written(form)
            (e.aliases if shown else e.hidden).add(form)
    if m.canonical and m.canonical != e.label:
        (e.aliases if written is None or written(m.canonical) else e.hidden).add(m.canonical)
    for k in ("adcode", "level", "anonymised"):
        if k in attrs:
            e.attrs[k] = attrs[k]
    if m.cls == PLACE and attrs.get("towncode"):  # a township of the Ministry's table: its nine-digit code
        e.attrs["adcode"] = attrs["towncode"]
    kind = SCHEMA.kind_class(attrs.get("kind", ""))
    if kind and kinds is not None:
        kinds[key][kind].add(doc_id)
    elif kind:
        e.attrs["kind"] = kind
    if m.cls == PLACE and attrs.get("adcode"):
        e.attrs["level"] = attrs.get("level", "")
    e.docs.add(doc_id)
    return e


def _qualified_place(adcode: str, name: str) -> str:
    """The label of the county ``adcode`` named ``name`` (:meth:`kg.gazetteer.Gazetteer.qualified_name`:
    南京市鼓楼区 and 福州市鼓楼区 were two nodes both labelled 鼓楼区; the name stays an alias)."""
    from .gazetteer import default_gazetteer

    div = default_gazetteer().by_code.get(adcode)
    return default_gazetteer().qualified_name(div) if div is not None and div.name == name else name


def _kind_of(articles: dict[str, set[str]]) -> str:
    """The subclass of a node whose articles type it differently (甘肃省公安厅政治部 a PoliceUnit in
    one, a GovernmentBody in another): the one most of its articles give, a tie broken by the
    order of the subclasses in the schema (PoliceUnit, PartyCommittee, Court, Procuratorate,
    GovernmentBody). The last article read decided before, so a build, an ``--append`` in
    another order or a renamed file gave another class.

    Args:
        articles: subclass name → ids of the articles whose mentions give it.
    """
    order = {c.name: i for i, c in enumerate(SCHEMA.classes.values())}
    return min(articles, key=lambda k: (-len(articles[k]), order.get(k, len(order)), k))
