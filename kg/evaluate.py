"""Gold annotations + texts → precision, recall and F1 per class and relation (``kg eval``).

Gold format (one ``.gold`` file per text file, same stem; ``#`` starts a comment)::

    E <Class> name|alias|...            an entity: Person, Organization, Place or Honor
                                        (the classes of mentions of kg.schema.SCHEMA)
    R <names> <predicate> <names>       a relation: locatedIn belongsTo received position
                                        reporter correspondent (the relations SCHEMA marks
                                        ``scored``; subject of a relation whose domain is
                                        NewsArticle: the article's title lines, or * for any)
    ?E … / ?R …                         optional: true but not required (neither rewarded
                                        nor punished)
    E <Class> names =ID                 identity (``kg eval --corpus``): entities of different
                                        files with the same ID are one real entity, with
                                        different IDs different ones; entities without an ID
                                        are not scored for identity

Names are compared after NFKC folding with whitespace and quote marks removed. Entities match
one-to-one by class and a shared name. Transitive relations (``locatedIn``, ``belongsTo``) are
read transitively, with their ``chain`` (what belongs to X is located where X is): a required relation is found when the graph's
closure holds it, and a predicted relation implied by the gold's closure is not counted wrong.
Generic roles (民警, 记者, …) given as posts are ignored.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import InputError
from .namespaces import KG
from .schema import NEWS_ARTICLE, POSITION, SCHEMA

GENERIC_ROLES = frozenset("民警 特警 交警 刑警 辅警 警察 记者 通讯员 本报记者 本报通讯员 摄影 队员 工作人员 网格员 干警 警官".split())
_QUOTES = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]")


def classes() -> tuple[str, ...]:
    """Entity classes scored: the classes of mentions of the live schema."""
    return SCHEMA.entity_classes()


def predicates() -> tuple[str, ...]:
    """Relations scored (``scored`` in the live schema), in schema order."""
    return SCHEMA.scored_relations()


def core() -> tuple[str, ...]:
    """Relations of the "core relations" figure (``core`` in the live schema)."""
    return tuple(r.name for r in SCHEMA.relations.values() if r.scored and r.core)


def _transitive() -> tuple[str, ...]:
    return tuple(r.name for r in SCHEMA.relations.values() if r.transitive)


def _rel_pattern() -> re.Pattern:
    return re.compile(r"(.+?)\s+(" + "|".join(predicates()) + r")\s+(.+)$")


def _titled(predicate: str) -> bool:
    """Is the subject of ``predicate`` an article, named in gold by its title lines?"""
    return SCHEMA.relation(predicate).domain == (NEWS_ARTICLE,)


def norm(text: str) -> str:
    """NFKC, no whitespace, no quote marks (how names are compared)."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", str(text)))


#: A comment after a name on an E or R line: whitespace, then # to the line's end.
_COMMENT = re.compile(r"\s+#.*$")


def _names(field_: str) -> frozenset[str]:
    return frozenset(norm(n) for n in field_.split("|"))


@dataclass
class Gold:
    """Parsed gold annotations.

    Attributes:
        entities: ``(class, names, required)`` triples, same-class entities sharing a name merged.
        relations: ``(subject names, predicate, object names, required)``.
        ids: ``(class, names, identity)`` of the required entities given an ``=ID``.
    """

    entities: list[tuple[str, frozenset[str], bool]] = field(default_factory=list)
    relations: list[tuple[frozenset[str], str, frozenset[str], bool]] = field(default_factory=list)
    ids: list[tuple[str, frozenset[str], str]] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str, source: str) -> "Gold":
        """Read a gold file's text.

        Raises:
            InputError: a line that is not ``E``/``R``/``?E``/``?R`` of the format, naming
                ``source`` and the line number.
        """
        gold = cls()
        known, rel = classes(), _rel_pattern()
        for n, raw in enumerate(text.splitlines(), 1):
            line = _COMMENT.sub("", raw).strip()  # 张三  # 注: a comment after a space ends the line
            if not line or line.startswith("#"):
                continue
            required = not line.startswith("?")
            parts = line.lstrip("?").split(None, 1) or [""]
            if parts[0] == "E" and len(parts) == 2 and len(parts[1].split(None, 1)) == 2:
                klass, names = parts[1].split(None, 1)
                if klass not in known:
                    raise InputError(f"{source}:{n}: unknown class {klass!r} (expected {', '.join(known)})")
                names, eq, ident = names.partition(" =")
                if eq and (not ident.strip() or " " in ident.strip()):
                    raise InputError(f"{source}:{n}: an identity is one word after ' =': {raw.strip()!r}")
                if "" in _names(names.strip()):
                    raise InputError(f"{source}:{n}: an empty name (names are separated by |): {raw.strip()!r}")
                gold._add_entity(klass, _names(names.strip()), required)
                if ident and required:
                    gold.ids.append((klass, _names(names.strip()), ident.strip()))
            elif parts[0] == "R" and len(parts) == 2 and (m := rel.match(parts[1])):
                s, p, o = m.groups()
                gold.relations.append((_names(s), p, _names(o), required))
            else:
                raise InputError(f"{source}:{n}: expected 'E Class names' or 'R names predicate names': {raw.strip()!r}")
        return gold

    def _add_entity(self, klass: str, names: frozenset[str], required: bool) -> None:
        for i, (c, ns, req) in enumerate(self.entities):
            if c == klass and ns & names:
                self.entities[i] = (c, ns | names, req or required)
                return
        self.entities.append((klass, names, required))


@dataclass
class Counts:
    """True positives, false positives and misses, with the items behind the last two."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        """Add another count in place."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> tuple[float, float, float]:
        """``(precision, recall, f1)``, each 0.0 when undefined."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    """Scores of one or more documents: per class, per relation, and the errors."""

    entities: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in classes()})
    relations: dict[str, Counts] = field(default_factory=lambda: {p: Counts() for p in predicates()})
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    #: Of a run over folders (set on the total by :func:`evaluate`): texts scored, texts left
    #: unscored for want of a gold file, and gold files that match no text (file names).
    scored: list[str] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)

    def add(self, other: "Report") -> None:
        """Sum another report into this one."""
        for k, v in other.entities.items():
            self.entities[k].add(v)
        for k, v in other.relations.items():
            self.relations[k].add(v)
        self.missed += other.missed
        self.spurious += other.spurious

    def micro(self, keys: tuple[str, ...] | None = None, section: str = "relations") -> Counts:
        """Summed counts over a section (``entities`` or ``relations``), optionally some keys."""
        total = Counts()
        for k, v in getattr(self, section).items():
            if keys is None or k in keys:
                total.add(v)
        return total


def _closure(facts: set[tuple]) -> set[tuple]:
    transitive = _transitive()
    chains = {r.name: r.chain for r in SCHEMA.relations.values()}
    facts = set(facts)
    while True:
        by_s = defaultdict(set)
        for s, p, o in facts:
            by_s[s].add((p, o))
        new = set()
        for s, p, o in facts:
            for p2, o2 in by_s.get(o, ()):
                if p == p2 and p in transitive:
                    new.add((s, p, o2))
                elif p2 in chains.get(p, ()):
                    new.add((s, p2, o2))
        if new <= facts:
            return facts
        facts |= new


def _title_match(gold_titles: frozenset[str], names: frozenset[str]) -> bool:
    return "*" in gold_titles or any(t == n or (len(n) >= 6 and (t in n or n in t)) for t in gold_titles for n in names)


def _matches(gs, gp, go, ps, pp, po) -> bool:
    if gp != pp:
        return False
    s_ok = _title_match(gs, ps) if _titled(gp) else bool(gs & ps)
    return s_ok and bool(go & po)


def _labels(g: Graph) -> dict:
    """node → its normalised ``rdfs:label``, ``skos:altLabel`` and ``skos:hiddenLabel`` names (a set;
    empty by default): a name composed by an extractor (hidden) matches a gold name as a written one does."""
    labels: dict = defaultdict(set)
    for pred in (RDFS.label, SKOS.altLabel, SKOS.hiddenLabel):
        for s, o in g.subject_objects(pred):
            labels[s].add(norm(o))
    return labels


def score_graph(gold: Gold, g: Graph) -> Report:
    """Score one graph against gold annotations (see module docstring for the rules).

    Args:
        gold: the annotations.
        g: a graph following the Tupu contract.

    Returns:
        A :class:`Report`.
    """
    rep = Report()
    labels = _labels(g)

    def names(node) -> frozenset[str]:
        return frozenset({norm(node)}) if isinstance(node, Literal) else frozenset(labels.get(node, ()))

    used = set()
    transitive = _transitive()
    for klass in classes():
        for node in sorted(set(g.subjects(RDF.type, KG[klass])), key=str):
            ns = names(node)
            hit = next((i for i, (c, gn, _) in enumerate(gold.entities) if i not in used and c == klass and gn & ns), None)
            if hit is None:
                rep.entities[klass].fp += 1
                rep.spurious.append(f"E {klass} {'|'.join(sorted(ns))}")
                continue
            used.add(hit)
            rep.entities[klass].tp += gold.entities[hit][2]
    for i, (c, gn, req) in enumerate(gold.entities):
        if req and i not in used:
            rep.entities[c].fn += 1
            rep.missed.append(f"E {c} {'|'.join(sorted(gn))}")

    triples = [(s, p, o) for p in predicates() for s, o in g.subject_objects(KG[p])]
    named = [(names(s), p, names(o)) for s, p, o in triples]
    gold_facts = {(s, p, o) for s, p, o, _ in gold.relations if p in transitive}
    implied = _closure(gold_facts) - gold_facts
    found = set()
    for ps, pp, po in named:
        if pp == POSITION and po & {norm(r) for r in GENERIC_ROLES}:
            continue
        hits = [i for i, (gs, gp, go, _) in enumerate(gold.relations) if _matches(gs, gp, go, ps, pp, po)]
        found |= {i for i in hits if gold.relations[i][3]}
        if not hits and not any(_matches(gs, gp, go, ps, pp, po) for gs, gp, go in implied):
            rep.relations[pp].fp += 1
            rep.spurious.append(f"R {'|'.join(sorted(ps))} {pp} {'|'.join(sorted(po))}")
    key = {n: names(n) for s, _, o in triples for n in (s, o)}
    closed = [(key[s], p, key[o]) for s, p, o in _closure({t for t in triples if t[1] in transitive})]
    for i, (gs, gp, go, req) in enumerate(gold.relations):
        if not req:
            continue
        if i in found or (gp in transitive and any(_matches(gs, gp, go, *c) for c in closed)):
            rep.relations[gp].tp += 1
        else:
            rep.relations[gp].fn += 1
            rep.missed.append(f"R {'|'.join(sorted(gs))} {gp} {'|'.join(sorted(go))}")
    return rep


@dataclass(frozen=True)
class Pairing:
    """Texts and gold files paired by stem, with what found no partner.

    Attributes:
        pairs: ``(text, gold)`` pairs in sorted order.
        unscored: texts with no gold file of their stem (not scored).
        unused: gold files with no text of their stem.
    """

    pairs: list[tuple[Path, Path]]
    unscored: list[Path]
    unused: list[Path]


def pairing(texts: Path, golds: Path) -> Pairing:
    """Pair text files with gold files by stem (``a.txt`` ↔ ``a.gold``), keeping the leftovers.

    Args:
        texts: a text file or a folder of them (the files of :data:`kg.ingest.TEXT_SUFFIXES`:
            ``.txt``, ``.text``, ``.md``, ``.markdown``, ``.html``, ``.htm``, read as ``kg build``
            reads them; not in subfolders).
        golds: a ``.gold`` file or a folder of them.

    Returns:
        A :class:`Pairing`.

    Raises:
        InputError: a missing path, or no pair found.
    """
    from .ingest import TEXT_SUFFIXES

    for p in (texts, golds):
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
    if texts.is_file() and texts.suffix.lower() == ".jsonl":
        raise InputError(_NO_ARCHIVES.format(path=texts, kinds=_text_kinds()))
    if texts.is_file() and golds.is_file():
        return Pairing([(texts, golds)], [], [])
    text_files = [texts] if texts.is_file() else sorted(
        t for t in texts.iterdir() if t.suffix.lower() in TEXT_SUFFIXES and t.is_file())
    gold_files = {g.stem: g for g in ([golds] if golds.is_file() else sorted(golds.glob("*.gold")))}
    pairs = [(t, gold_files[t.stem]) for t in text_files if t.stem in gold_files]
    if not pairs:
        if any(t.suffix.lower() == ".jsonl" for t in texts.iterdir()):
            raise InputError(_NO_ARCHIVES.format(path=texts, kinds=_text_kinds()))
        raise InputError(f"{golds}: no .gold file matches a text in {texts} (pairs share a stem: a.txt ↔ a.gold)")
    stems = {t.stem for t in text_files}
    return Pairing(pairs, [t for t in text_files if t.stem not in gold_files],
                   [g for stem, g in gold_files.items() if stem not in stems])


def _text_kinds() -> str:
    """The suffixes of the texts kg eval scores, as a message lists them (``.txt, .text, …``)."""
    from .ingest import TEXT_SUFFIXES

    return ", ".join(TEXT_SUFFIXES)


_NO_ARCHIVES = ("{path}: kg eval scores text files ({kinds}), not a .jsonl archive "
                "(write each article to NAME.txt beside its NAME.gold)")


def pair_files(texts: Path, golds: Path, warn: bool = True) -> list[tuple[Path, Path]]:
    """The pairs of :func:`pairing`; with ``warn``, each leftover gets a warning line on stderr.

    Raises:
        InputError: a missing path, or no pair found.
    """
    found = pairing(texts, golds)
    if warn:  # a mistyped gold name must not silently change the totals
        for t in found.unscored:
            print(f"warning: {t}: no {t.stem}.gold in {golds}; not scored", file=sys.stderr)
        for g in found.unused:
            print(f"warning: {g}: no text {g.stem}.txt (or {_text_kinds().split(', ', 1)[1]}) in {texts}; not used",
                  file=sys.stderr)
    return found.pairs


def _read_gold(path: Path) -> str:
    """A gold file's text, decoded as text files are (:func:`kg.ingest.decode_text`): UTF-32 or
    UTF-16 with its byte-order mark (as Windows Notepad saves "Unicode"), UTF-8 (a BOM, as a
    Windows editor writes it, dropped) or a Chinese legacy encoding (GBK, GB18030, Big5).

    Raises:
        InputError: the file cannot be read or decoded; one line naming it.
    """
    from .ingest import decode_text, read_regular

    return decode_text(read_regular(path, "gold annotations"), str(path))


def evaluate(texts: Path, golds: Path, mentions: str = "both", bar=None) -> tuple[Report, list[tuple[str, Report]]]:
    """Build each text on its own and score it against its gold file.

    Args:
        texts: a text file or a folder of them.
        golds: a gold file or a folder of them (paired by file stem).
        mentions: mention source of :data:`kg.pipeline.MENTION_SOURCES` (ablations).
        bar: a :class:`kg.progress.Bar`: its total set to the number of texts, then advanced
            by one for each text scored.

    Returns:
        The summed report (with the texts scored, the texts without a gold file and the gold
        files without a text: :attr:`Report.unscored`, :attr:`Report.unused`) and
        ``(text name, report)`` per pair. Texts without a gold file are also warned about on
        stderr.

    Raises:
        InputError: bad paths, unreadable texts, or malformed gold files.
    """
    from .pipeline import mention_extractors, run

    extractors = mention_extractors(mentions)
    total, rows = Report(), []
    found = pairing(texts, golds)
    pairs = pair_files(texts, golds)
    total.scored = [t.name for t, _ in pairs]
    total.unscored = [t.name for t in found.unscored]
    total.unused = [g.name for g in found.unused]
    if bar is not None:
        bar.set_total(len(pairs))
    for text, gold_file in pairs:
        rep = score_graph(Gold.parse(_read_gold(gold_file), str(gold_file)), run([text], extractors=extractors).graph)
        rows.append((text.name, rep))
        total.add(rep)
        if bar is not None:
            bar.advance(1, items=1)
    return total, rows


@dataclass
class IdentityReport:
    """Cross-article identity of one joint build: pairs of gold entities (with an ``=ID``) of
    different files, counted as merged when both match the same node.

    Attributes:
        pairs: class → counts over pairs (tp: same ID and one node; fp: different IDs, one
            node; fn: same ID, not one node).
        entities: how many gold entities with an ID were scored; files: in how many files.
        anonymised: anonymised persons whose node is mentioned in more than one file.
        wrong: the pairs behind fp and fn, as text (for ``--errors``).
    """

    pairs: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in classes()})
    entities: int = 0
    files: int = 0
    anonymised: int = 0
    wrong: list[str] = field(default_factory=list)


def score_identity(golds: list[tuple[str, Gold]], g: Graph) -> IdentityReport:
    """Score the cross-article identity of a joint build (pairwise precision and recall).

    A gold entity of file ``f`` matches the node of its class, mentioned by an article whose
    ``kg:sourceFile`` is ``f``, that carries one of its names (the node whose label is one
    first, then the first by IRI); an entity no node matches is merged with nothing.

    Args:
        golds: ``(text file name, gold)`` per file.
        g: the graph of all the texts built together.

    Returns:
        An :class:`IdentityReport`.
    """
    rep = IdentityReport()
    labels = _labels(g)
    items = []
    for fname, gold in golds:
        articles = set(g.subjects(KG.sourceFile, Literal(fname)))
        nodes = sorted({n for a in articles for n in g.objects(a, KG.mentions)}, key=str)
        for klass, names, ident in gold.ids:
            hits = [n for n in nodes if (n, RDF.type, KG[klass]) in g and labels[n] & names]
            hits.sort(key=lambda n: (norm(g.value(n, RDFS.label) or "") not in names, str(n)))
            items.append((fname, klass, ident, hits[0] if hits else None, "|".join(sorted(names))))
    rep.entities, rep.files = len(items), len({i[0] for i in items})
    for i, (f1, c1, id1, n1, name1) in enumerate(items):
        for f2, c2, id2, n2, name2 in items[i + 1:]:
            if f1 == f2 or c1 != c2:
                continue
            same, merged = id1 == id2, n1 is not None and n1 == n2
            counts = rep.pairs[c1]
            counts.tp += same and merged
            counts.fp += merged and not same
            counts.fn += same and not merged
            if same != merged:
                what = "merged, different" if merged else "apart, same"
                rep.wrong.append(f"{what}: {c1} {name1} ({f1}, ={id1}) ~ {name2} ({f2}, ={id2})")
    source = {a: str(f) for a, f in g.subject_objects(KG.sourceFile)}
    for p in set(g.subjects(KG.anonymised, Literal(True))):
        rep.anonymised += len({source[a] for a in g.subjects(KG.mentions, p)}) > 1
    return rep


def evaluate_corpus(texts: Path, golds: Path, mentions: str = "both") -> IdentityReport:
    """Build all texts together and score the identity of their entities across files.

    Args:
        texts: a folder of text files (or one file).
        golds: a folder of gold files (or one), paired by stem; ``=ID`` marks identity.
        mentions: mention source of :data:`kg.pipeline.MENTION_SOURCES`.

    Returns:
        The :class:`IdentityReport` of the joint build.

    Raises:
        InputError: bad paths, unreadable texts, or malformed gold files.
    """
    from .pipeline import mention_extractors, run

    pairs = pair_files(texts, golds, warn=False)  # evaluate() has warned already
    parsed = [(t.name, Gold.parse(_read_gold(g), str(g))) for t, g in pairs]
    graph = run([t for t, _ in pairs], extractors=mention_extractors(mentions)).graph
    return score_identity(parsed, graph)


def _count_width(counts: list) -> int:
    """The width of a table's tp/fp/fn columns: 5, or one more than the longest count's digits
    (a corpus of 13,054 hits: ``  13054   480   236``, not ``0.97313054  480  236``)."""
    longest = max((len(str(n)) for c in counts for n in (c.tp, c.fp, c.fn)), default=1)
    return max(5, longest + 1)


def format_identity(rep: IdentityReport, errors: bool = False) -> str:
    """A plain-text table of pairwise P/R/F1 of cross-article merges per class and in all."""
    w = _count_width(list(rep.pairs.values()))
    out = [f"\nidentity across files ({rep.entities} entities with an =ID in {rep.files} files; pairs of files)",
           f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>{w}}{'fp':>{w}}{'fn':>{w}}"]
    total = Counts()
    for k, c in rep.pairs.items():
        total.add(c)
        if not (c.tp or c.fp or c.fn):  # no marked pair of this class: nothing to score
            out.append(f"merge:{k:<16}{'–':>7}{'–':>7}{'–':>7}{0:{w}}{0:{w}}{0:{w}}")
            continue
        p, r, f = c.prf()
        out.append(f"merge:{k:<16}{p:7.3f}{r:7.3f}{f:7.3f}{c.tp:{w}}{c.fp:{w}}{c.fn:{w}}")
    if errors and rep.wrong:
        out += ["", "identity errors:"] + [f"  {w}" for w in rep.wrong]
    if total.tp or total.fp or total.fn:
        scores = f"{total.prf()[2]:.3f}  (P {total.prf()[0]:.3f}  R {total.prf()[1]:.3f})"
    else:
        scores = "–  (no entity marked with an =ID in two files)"  # (0.000 read as a total failure)
    out.append(f"\nmerge F1 {scores}  anonymised persons merged across files: {rep.anonymised}")
    return "\n".join(out)


def format_report(rep: Report, rows: list[tuple[str, Report]] | None = None, errors: bool = False,
                  by_file: list[tuple[str, Report]] | None = None) -> str:
    """A plain-text table of P/R/F1 per class and relation, micro totals, and optionally errors.

    Args:
        rep: the micro total.
        rows: ``(file name, report)`` per file, printed as one F1 line each.
        errors: also list every miss and false hit.
        by_file: the per-file reports; with ``errors`` and more than one file, each error is
            listed under its file's name.
    """
    w = _count_width([c for section in ("entities", "relations") for c in getattr(rep, section).values()])
    out = [f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>{w}}{'fp':>{w}}{'fn':>{w}}"]
    for section in ("entities", "relations"):
        for k, c in getattr(rep, section).items():
            if c.tp + c.fp + c.fn == 0:  # nothing annotated, nothing found: no figure to give
                out.append(f"{section[:3]}:{k:<18}{'–':>7}{'–':>7}{'–':>7}{c.tp:{w}}{c.fp:{w}}{c.fn:{w}}")
                continue
            p, r, f = c.prf()
            shown_p = f"{p:7.3f}" if c.tp + c.fp else f"{'–':>7}"  # nothing found: no precision to give
            shown_r = f"{r:7.3f}" if c.tp + c.fn else f"{'–':>7}"  # nothing annotated: no recall
            out.append(f"{section[:3]}:{k:<18}{shown_p}{shown_r}{f:7.3f}{c.tp:{w}}{c.fp:{w}}{c.fn:{w}}")
    for name, rp in rows or ():
        out.append(f"{name}: entities F1 {rp.micro(section='entities').prf()[2]:.3f}  "
                   f"relations F1 {rp.micro().prf()[2]:.3f}")
    if errors and by_file and len(by_file) > 1:
        for title, attr in (("missed:", "missed"), ("false hits:", "spurious")):
            out += ["", title]
            for name, rp in by_file:
                out += [f"  {name}: {e}" for e in getattr(rp, attr)]
    elif errors:
        out += ["", "missed:"] + [f"  {m}" for m in rep.missed] + ["", "false hits:"] + [f"  {s}" for s in rep.spurious]
    if rep.unscored or rep.unused:
        out.append(f"\ntexts: {len(rep.scored)} scored, {len(rep.unscored)} without a gold file, not scored"
                   + (f" ({_file_list(rep.unscored)})" if rep.unscored else "")
                   + (f"; {len(rep.unused)} gold file(s) without a text ({_file_list(rep.unused)})" if rep.unused else ""))
    out.append(f"\nentities F1 {rep.micro(section='entities').prf()[2]:.3f}  relations F1 {rep.micro().prf()[2]:.3f}  "
               f"core relations F1 {rep.micro(core()).prf()[2]:.3f}")
    return "\n".join(out)


def _file_list(names: list[str], most: int = 10) -> str:
    """``a.txt, b.md`` — at most ``most`` names, then how many more."""
    return ", ".join(names[:most]) + (f" and {len(names) - most} more" if len(names) > most else "")
