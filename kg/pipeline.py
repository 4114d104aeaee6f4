"""The whole path: input files → documents → mentions and statements → entities → rdflib graph.

``build_graph`` is the Python entry point; ``build`` also writes ``graph.ttl`` and ``graph.html``.
"""
from __future__ import annotations

import hashlib
import importlib.resources
import json
import os
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from .atomic import Linked, atomic_write, publish
from .errors import InputError, InputProblems, OutputError
from .extract.base import extract_document, load_extractors
from .graph import ENTITIES_GRAPH, build_rdf, evidence_parts, evidence_quads, iris_made, rdf_quads
from .ingest import documents_from_text
from .batch import cpu_ticks, extract_units
from .collector import paused, settle, tables_frozen
from .namespaces import KG
from .progress import Bar
from .resolve import Decision, Resolution, prepare, resolve
from .statements import relation_count
from .schema import SCHEMA
from .sources import JSON_SUFFIXES, JSONL_SUFFIXES, MAX_FILE_SIZE, Claims, iter_units
from .types import Document

#: The report of the articles that failed, written beside the graph when some did (JSON Lines).
ERRORS_FILE = "errors.jsonl"
#: The store that ``kg build --append`` keeps in the output folder when no ``--store`` is given.
from .atomic import STORE_DIR  # noqa: E402 (declared there: readers of the folder tidy it)
#: Name of the bundled sample page (a copy of a 法治日报 page), the default input of ``kg build``.
SAMPLE = "sample/fazhi-ribao-page.txt"


def sample_path() -> Path:
    """Path of the sample newspaper page shipped inside the package."""
    return Path(str(importlib.resources.files("kg").joinpath("data/" + SAMPLE)))


@dataclass
class BuildResult:
    """What a build produced.

    Attributes:
        graph: the rdflib graph (contract of ``ontology/MODEL.md``); for :func:`build` (the
            files of ``kg build``, with or without a store), a read-only graph over the build's
            statements (:func:`kg.statements.read_only_graph`: adding raises ``TypeError``) when
            it wrote an HTML view or a property-graph export, else None (the statements are in
            the files, and in the store of a store build).
        resolution: documents, entities and merged statements.
        files: output files written (empty for :func:`build_graph`).
        skipped: JSON Lines articles with no text, and empty input text files (of white space
            alone: :func:`is_empty_input`), not built.
        failed: ``(input, document id, "ExceptionType: message")`` of each article whose
            extraction raised; it is left out of the graph. ``(input, None, message)`` for an
            input that could not be read (an empty, binary or undecodable file, a bad JSON Lines
            line; the message names it), when others could.
        ignored: ``(file, reason)`` of each special file (FIFO, device, socket) found in an
            input folder and not read.
        reused: articles of a store taken unchanged from an earlier build (``--append``).
        inputs: with ``--append``, ``{"given", "unchanged", "extracted", "missing", "removed"}``: input units (files,
            JSON Lines records) given, found unchanged in the store (not read again), and read now;
            ``missing``: the store's units whose file no longer exists (kept in the store);
            ``removed``: the store's units dropped by ``--remove``;
            ``extracted``: the articles read and extracted now (as in a build without
            ``--append``, an article or input that failed is not counted).
        counts: ``{"entities": …, "relations": …}`` counted in the store (store builds) or in
            the statements (:func:`build`; :func:`kg.statements.statement_counts`).
        store: for a store build, the store folder, its articles' named graphs ``{"kept",
            "replaced", "updated", "added", "removed"}`` (:meth:`kg.store.Store.replace_statements`;
            ``updated``: rewritten though their input did not change, :func:`_with_updated`), and
            what became of the entities' graph (:data:`kg.graph.ENTITIES_GRAPH`, which every
            build that changes an article rewrites): ``"kept"``, ``"replaced"``, ``"added"``,
            ``"removed"`` or ``None`` (none before or after).
        removed: output files of an earlier build that this one removed (formats not asked for
            now: ``graph.nt`` after a build with ``--format nt``).
        warnings: one-line messages (naming ``file:line``) on inputs read with a field left
            out (a JSON Lines ``date`` that is no date), in input order; they fail nothing.
        empty: the empty input text files skipped (counted in ``skipped``), as messages name
            them, in input order; the build's notes say so (:func:`empty_notes`).
        given: the input units (files, JSON Lines records) given, as ``inputs["given"]`` counts
            them; None for :func:`run` of a text.
        errors: the rows of ``errors.jsonl`` when they are not ``failed``: with ``--append``,
            the failures of every unit of the store, read now or before (as a full build of its
            inputs lists them), in the store's order, then inputs that could not be read at all.
    """

    graph: Graph | None
    resolution: Resolution
    files: list[Path] = field(default_factory=list)
    skipped: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    reused: int = 0
    inputs: dict[str, int] | None = None
    counts: dict[str, dict[str, int]] | None = None
    errors: list[tuple[str, str | None, str]] | None = None
    store: tuple[Path, dict[str, int], str | None] | None = None
    removed: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    given: int | None = None

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the graph's interactive view (:class:`kg.notebook.TupuGraph`)."""
        from .notebook import TupuGraph

        return TupuGraph.of(self.graph)._repr_html_()

    def summary(self) -> dict[str, object]:
        """Counts for the build summary: articles (``{"read", "skipped", "failed"}``: read and
        extracted now, failed ones not counted as read; skipped: JSON Lines articles with no text
        and empty text files), entities per class, relations
        per property, and merges per resolution rule (:data:`kg.resolve.RULES`).

        With ``--append`` the counts start with ``inputs`` (``{"given", "unchanged (skipped)",
        "new or changed (read)"}``: input files and JSON Lines records, and ``"no longer found
        (kept)"`` when inputs of the store are gone from disk, ``"removed"`` when ``--remove``
        dropped some) and ``articles`` are
        ``{"read", "empty (skipped)", "failed", "in the store"}``: read now (failed ones not
        counted, as without ``--append``), JSON Lines records with no text and empty text files
        read now, failed now (articles and inputs that could not be read), and all the articles of
        the store after the build."""
        g = self.graph
        counts = self.counts or {
            "entities": dict(class_counts(g)),
            "relations": {p: relation_count(g, p) for p in SCHEMA.relations},
        }
        if self.inputs is not None:
            head = {
                "inputs": {"given": self.inputs["given"], "unchanged (skipped)": self.inputs["unchanged"],
                           "new or changed (read)": self.inputs["given"] - self.inputs["unchanged"],
                           **({"no longer found (kept)": self.inputs["missing"]} if self.inputs.get("missing") else {}),
                           **({"removed": self.inputs["removed"]} if self.inputs.get("removed") else {})},
                "articles": {"read": self.inputs["extracted"], "empty (skipped)": self.skipped,
                             "failed": len(self.failed), "in the store": len(self.resolution.documents)},
            }
        else:
            head = {"articles": {"read": len(self.resolution.documents) - self.reused,
                                 "skipped": self.skipped + self.reused, "failed": len(self.failed)}}
        return {
            **head,
            "entities": counts["entities"],
            "relations": counts["relations"],
            "merges": dict(self.resolution.merges),
        }

    def summary_record(self, out_dir: str | os.PathLike) -> dict[str, object]:
        """The build summary as one JSON object (``kg build --summary-json``), its keys in a fixed
        order (:data:`SUMMARY_VERSION` names this layout):

        ``summary_version``; ``exit_code`` (0, or 1 when an article or input failed); ``out``;
        ``inputs`` (``given``, ``unchanged``: found unchanged in a store, ``read``, ``missing``,
        ``removed``: as the ``--append`` summary line; without ``--append``, all given are read);
        ``articles`` (``read``: extracted now, ``unchanged``: taken from the store, ``empty``:
        empty text files skipped, ``skipped``: JSON Lines records with no text, ``failed``:
        articles whose extraction failed, ``unread``: inputs that could not be read, ``total``:
        the articles in the graph); ``entities``, ``relations``, ``merges`` (as :meth:`summary`);
        ``triples`` (in ``OUT/graph.ttl``, :func:`graph_triples`); ``store`` (``folder``,
        ``article_graphs``, ``entities_graph``; None without a store); ``files`` (``written``,
        ``removed``); ``empty`` (the empty files' paths); ``failed`` (this build's failures, as
        rows of ``errors.jsonl``: ``input``, ``article``, ``error``).

        Raises:
            OSError: ``OUT/graph.ttl`` cannot be read (it was just written).
        """
        summary = self.summary()
        given = self.inputs["given"] if self.inputs else self.given or 0
        unchanged = self.inputs["unchanged"] if self.inputs else 0
        broken = sum(1 for _, doc_id, _ in self.failed if doc_id is not None)
        store = None
        if self.store is not None:
            folder, graphs, entities = self.store
            store = {"folder": str(folder), "article_graphs": dict(graphs), "entities_graph": entities}
        return {
            "summary_version": SUMMARY_VERSION,
            "exit_code": 1 if self.failed else 0,
            "out": str(out_dir),
            "inputs": {"given": given, "unchanged": unchanged, "read": given - unchanged,
                       "missing": (self.inputs or {}).get("missing", 0), "removed": (self.inputs or {}).get("removed", 0)},
            "articles": {"read": len(self.resolution.documents) - self.reused if self.inputs is None
                         else self.inputs["extracted"], "unchanged": self.reused, "empty": len(self.empty),
                         "skipped": self.skipped - len(self.empty), "failed": broken,
                         "unread": len(self.failed) - broken, "total": len(self.resolution.documents)},
            "entities": summary["entities"],
            "relations": summary["relations"],
            "merges": summary["merges"],
            "triples": graph_triples(Path(out_dir) / "graph.ttl"),
            "store": store,
            "files": {"written": [str(f) for f in self.files], "removed": [str(f) for f in self.removed]},
            "empty": list(self.empty),
            "failed": [{"input": where, "article": doc_id, "error": why} for where, doc_id, why in self.failed],
        }


#: The layout of :meth:`BuildResult.summary_record` (a key renamed or dropped: a new number; keys added: the same).
SUMMARY_VERSION = 1


def graph_triples(path: str | os.PathLike) -> int:
    """The triples of a Turtle file (``OUT/graph.ttl``: the union of the build's graphs), read
    in a stream (pyoxigraph).

    Raises:
        OSError: the file cannot be read.
    """
    import pyoxigraph

    with open(path, "rb") as fh:
        return sum(1 for _ in pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.TURTLE))


#: Where mentions come from (``--mentions``): the rules and the tagger (default), the rule
#: extractors alone, or the CRF tagger alone (for ablations; no relations).
MENTION_SOURCES = ("both", "rules", "tagger")


def mention_extractors(source: str = "both") -> list[str] | None:
    """Extractor names for a mention source of :data:`MENTION_SOURCES` (None: all registered).

    Raises:
        ValueError: an unknown source.
    """
    from .extract.base import _registry

    if source not in MENTION_SOURCES:
        raise ValueError(f"unknown mention source {source!r} (known: {', '.join(MENTION_SOURCES)})")
    if source == "both":
        return None
    if source == "tagger":
        return ["tagger"]
    return [n for n, _ in _registry() if n != "tagger"]


def extract_documents(docs: list[Document], extractors: list[str] | None = None, *,
                      merge_persons: bool = True, decisions: list[Decision] = ()) -> Resolution:
    """Run the extractors over documents and resolve the result.

    Args:
        docs: documents from :mod:`kg.ingest`.
        extractors: names of extractors to run (all registered ones by default).
        merge_persons: False: every person is a node of its own article (``--no-merge-persons``).
        decisions: user decisions applied after the resolution rules (:func:`kg.resolve.parse_decisions`).

    Returns:
        The :class:`~kg.resolve.Resolution` of the build.

    Raises:
        kg.errors.InputError: a decision that names no node, or more than one.
    """
    exts = load_extractors(extractors)
    return resolve([extract_document(d, exts) for d in docs], merge_persons=merge_persons, decisions=decisions)


def read_decisions(path: str | os.PathLike) -> list[Decision]:
    """Read a file of user decisions (``same A B`` / ``different A B``, see docs/manual.md).

    The file is decoded as articles and gold files are (:func:`kg.ingest.decode_text`: UTF-8,
    UTF-16 or UTF-32 with a byte-order mark, GB18030/GBK, Big5).

    Raises:
        kg.errors.InputError: the file cannot be read (missing, in no encoding of text files, not
            a regular file), or a line is malformed (``file:line: reason``).
    """
    from .ingest import decode_text, read_regular, shown
    from .resolve import parse_decisions

    return parse_decisions(decode_text(read_regular(path, "decisions"), shown(path)), str(path))


def build_graph(inputs: list[str | os.PathLike] | None = None, *, text: str | None = None,
                source: str = "text.txt", extractors: list[str] | None = None, merge_persons: bool = True,
                decisions: list[Decision] = ()) -> Graph:
    """Build the knowledge graph of input files, or of a string.

    Args:
        inputs: files or folders of Chinese news text (UTF-8 or GB18030); the bundled sample
            page when None and ``text`` is None.
        text: the text of one page or article, instead of files.
        source: the file name recorded for ``text``.
        extractors: names of extractors to run (all by default).
        merge_persons: False: every person is a node of its own article.
        decisions: user decisions applied after the resolution rules (:func:`read_decisions`).

    Returns:
        A :class:`kg.notebook.TupuGraph`: an ``rdflib.Graph`` following the contract, which
        Jupyter shows as the interactive view (``_repr_html_``; ``g.show(focus=…)``).

    Raises:
        kg.errors.InputError: an input is missing, empty, binary or undecodable; a decision
            names no node or more than one.
    """
    from .notebook import TupuGraph

    return TupuGraph.of(run(inputs, text=text, source=source, extractors=extractors, merge_persons=merge_persons,
                            decisions=decisions, keep_going=False).graph)


def run(inputs: list[str | os.PathLike] | None = None, *, text: str | None = None,
        source: str = "text.txt", extractors: list[str] | None = None, jobs: int = 1,
        bar: Bar | None = None, merge_persons: bool = True, decisions: list[Decision] = (),
        max_file_size: int = MAX_FILE_SIZE, dask: str | None = None, keep_going: bool = True) -> BuildResult:
    """Like :func:`build_graph`, returning the graph with its resolution (for summaries).

    Inputs are streamed (:func:`kg.sources.iter_units`, :func:`kg.batch.extract_units`): read
    and extracted one unit at a time, in ``jobs`` processes; the result does not depend on ``jobs``.

    Args:
        bar: a progress bar (:func:`kg.progress.progress`) advanced by the bytes of each input
            read, with the number of its articles.
        merge_persons: False: every person is a node of its own article (``--no-merge-persons``).
        decisions: user decisions applied after the resolution rules (:func:`read_decisions`).
        max_file_size: largest text file (and JSON Lines line) read, in bytes.
        dask: extract on a Dask cluster (``local:N`` or a scheduler address, see
            :func:`kg.batch.extract_units_dask`) instead of ``jobs`` processes; same result.
        keep_going: an input file (or JSON Lines line) that cannot be read fails alone, listed
            in ``failed`` as ``(input, None, message)``, while others can be read; False: the
            first one stops the run (:func:`build_graph`).

    Raises:
        kg.errors.InputError: bad input (see :func:`kg.sources.iter_units`); with
            ``keep_going``, only when no input at all could be read.
        ValueError: ``jobs`` < 1 (or > 1 with ``dask``), or an unknown extractor.
    """
    if text is not None:
        res = extract_documents(documents_from_text(text, source), extractors,
                                merge_persons=merge_persons, decisions=decisions)
        return BuildResult(build_rdf(res), res)
    result = _resolved(inputs, extractors=extractors, jobs=jobs, bar=bar, merge_persons=merge_persons,
                       decisions=decisions, max_file_size=max_file_size, dask=dask, keep_going=keep_going)
    result.graph = build_rdf(result.resolution)
    return result


def _resolved(inputs, *, extractors, jobs, bar, merge_persons, decisions, max_file_size, dask,
              keep_going, skip: tuple = (), replace_ids: bool = False,
              held: ExitStack | None = None, ticks: list | None = None) -> BuildResult:
    """:func:`run` of input files up to the resolution: a :class:`BuildResult` whose ``graph``
    is None (the caller makes it: an rdflib graph, or an index of the statements); ``skip``:
    folders and files not read inside input folders (:func:`kg.sources.iter_units`);
    ``replace_ids``: a later JSON Lines record of an id replaces the earlier (``--replace-ids``);
    ``held``: the collector is paused from the resolution on until the caller closes this stack
    (:func:`build`: the stages after it make no cyclic garbage either); ``ticks``: a list the
    machine's CPU ticks at the resolution's start are appended to (:func:`kg.batch.cpu_ticks`)."""
    results, skipped, failed, seen, ignored, warnings, empty = [], 0, [], set(), [], [], []
    texts: list[tuple] = []  # (where, article ids, text digest) of each text file read (same_text_notes)
    place: dict[str, int] = {}  # article id of a JSON Lines record → its index in results (None there once replaced)
    claims = Claims()
    units = _noted(iter_units(list(inputs) if inputs else [sample_path()], max_size=max_file_size, ignored=ignored,
                              skip=skip, replace_ids=replace_ids, notes=claims), warnings)
    given, unread = 0, []
    with tables_frozen():  # the loaded tables, then (settle) each result kept: out of the collector's walks
        for done in extract_units(units, extractors, jobs, dask=dask):
            given += 1
            if done.unit.replaces is not None:  # (--replace-ids) the earlier record of its id goes, as if not given
                rid = done.unit.record["id"]
                if rid in place:
                    results[place.pop(rid)] = None
                seen.discard(rid)
                failed = [row for row in failed if row[0] != done.unit.replaces]
            if done.unread is not None:
                if not keep_going:
                    raise InputError(done.unread)
                if is_empty_input(done):  # (a crawler's empty file: skipped, as a JSON Lines record with no text)
                    empty.append(done.unit.where)
                    skipped += 1
                    done = replace(done, failed=())
                else:
                    unread.append(done.unread)
            if done.unit.record is None and done.results:
                texts.append(text_digest(done.unit.where, done.results))
            new = [r for r in done.results if r.doc.doc_id not in seen]  # the same file given twice: one article
            seen.update(r.doc.doc_id for r in new)
            if done.unit.record is not None:
                place.update((r.doc.doc_id, len(results) + i) for i, r in enumerate(new))
            results += [prepare(r) for r in new] if jobs > 1 or dask else new  # (while workers extract the rest)
            skipped += done.skipped
            failed += [(done.unit.where, doc_id, why) for doc_id, why in done.failed]
            if bar is not None:
                bar.advance(done.unit.size, len(done.results) + len(done.failed))
            settle()
    _all_unread(given - len(empty), unread)  # (empty files: no failure, nor unread)
    if claims.replaced:
        results = [r for r in results if r is not None]
    if held is not None:
        held.enter_context(paused(aged=True))  # (aged: the next collection does not walk the build)
    if ticks is not None:
        ticks.append(cpu_ticks())
    res = resolve(results, merge_persons=merge_persons, decisions=decisions)
    res.notes[:0] = claims.notes() + empty_notes(empty) + same_text_notes(texts)
    return BuildResult(None, res, skipped=skipped, failed=failed, ignored=ignored, warnings=warnings, empty=empty,
                       given=given)


def _noted(units, warnings: list[str]):
    """``units`` (:func:`kg.sources.iter_units`), passed on as they come, each one's ``warning``
    added to ``warnings``."""
    for unit in units:
        if unit.warning is not None:
            warnings.append(unit.warning)
        yield unit


def is_empty_input(done) -> bool:
    """Is ``done`` (a :class:`kg.batch.UnitResult`) an input text file that is empty, or holds
    white space alone (:func:`kg.ingest.empty_file_message`)? A build skips it, as it skips a
    JSON Lines record with no text: a crawler's empty file is no failure (exit 0), and not in
    ``errors.jsonl``; a note names it (:func:`empty_notes`)."""
    from .ingest import empty_file_message

    return done.unit.record is None and done.unread is not None and done.unread == empty_file_message(done.unit.path)


def empty_notes(empty: list[str]) -> list[str]:
    """The notes of a build on the empty input files it skipped (``where`` of each): one line each,
    up to :data:`kg.sources.NOTED`; past that one line for all."""
    from .sources import NOTED

    if len(empty) <= NOTED:
        return [f"{where}: the file is empty; skipped (no article)" for where in empty]
    shown = ", ".join(empty[:3]) + ", …"
    return [f"{len(empty)} empty files skipped (no article): {shown}"]


def text_digest(where: str, results) -> tuple[str, tuple[str, ...], str]:
    """``(where, article ids, digest)`` of an input text file's extraction results: the SHA-256
    of its articles' headlines and texts, equal for two files of the same text whatever their
    names (:func:`same_text_notes`)."""
    h = hashlib.sha256()
    for r in results:
        h.update(f"{r.doc.title}\x1e{r.doc.text}\x1f".encode("utf-8", "surrogatepass"))
    return where, tuple(r.doc.doc_id for r in results), h.hexdigest()


def same_text_notes(texts: list[tuple[str, tuple[str, ...], str]]) -> list[str]:
    """The notes of a build on input text files that hold the same text under other names
    (:func:`text_digest` of each, in any order): each is read as articles of its own, so every
    statement of that text has evidence in both, and counts of articles count it twice. One line
    per such group, its files in sorted order (the same lines whatever the order of the inputs),
    up to :data:`kg.sources.NOTED`; past that one line for all. Copies under the same name are
    one article already (their article ids are equal) and are not named."""
    from .sources import NOTED

    groups: dict[str, dict[tuple[str, ...], str]] = {}
    for where, ids, digest in texts:
        kept = groups.setdefault(digest, {})
        kept[ids] = min(where, kept.get(ids, where))  # (a copy under the same name: one article)
    twins = sorted(sorted(g.values()) for g in groups.values() if len(g) > 1)
    if len(twins) > NOTED:
        shown = ", ".join(" = ".join(names) for names in twins[:3]) + ", …"
        return [f"{len(twins)} groups of input files hold the same text under other names, each read as articles "
                f"of its own: {shown}"]
    return [f"{', '.join(names[:-1])} and {names[-1]} hold the same text: read as {len(names)} separate articles, "
            f"its statements have evidence from each and article counts count it {len(names)} times (give one of "
            "them, or --remove the others with --append, to count it once)" for names in twins]


def _none_read(documents, failed: list[tuple], empty: list[str] = ()) -> None:
    """Stop the build when it holds no article while some input failed (every JSON Lines line
    bad, the others empty) or was an empty file (``empty``: one alone, ``kg build empty.txt``):
    the first failure's message (``news/a.txt: the file is empty``), exit 2, nothing written,
    rather than an empty graph over the previous one.

    Raises:
        kg.errors.InputError: ``documents`` is empty and ``failed`` or ``empty`` is not.
    """
    if documents or not (failed or empty):
        return
    if not failed:
        from .ingest import EMPTY_FILE

        more = f"; no input gave an article ({len(empty)} empty), so nothing is written" if len(empty) > 1 else ""
        raise InputError(f"{empty[0]}: {EMPTY_FILE}{more}")
    where, doc_id, why = failed[0]
    first = why if doc_id is None else f"{where}: article {doc_id}: extraction failed ({why})"
    raise InputError(f"{first}; no input gave an article ({len(failed)} failed), so nothing is written")


def _all_unread(given: int, unread: list[str]) -> None:
    """Stop the build when no input unit of ``given`` could be read (one alone, say): every
    one's message, one line each (:class:`~kg.errors.InputProblems`), exit 2, nothing written;
    else the unread ones fail alone."""
    if given and len(unread) == given:
        raise InputProblems(unread)


def build(inputs: list[str | os.PathLike] | None, out_dir: str | os.PathLike, *, html: bool = True,
          formats: tuple[str, ...] = ("turtle",), jobs: int = 1, bar: Bar | None = None,
          merge_persons: bool = True, decisions: list[Decision] | None = None, max_file_size: int = MAX_FILE_SIZE,
          notify=None, store: str | os.PathLike | None = None, append: bool = False,
          dask: str | None = None, stdin: str | os.PathLike | None = None,
          skip: tuple[str | os.PathLike, ...] = (), remove: tuple[str, ...] = (),
          replace_ids: bool | None = None) -> BuildResult:
    """Build and write ``OUT/graph.ttl`` (and other formats), ``OUT/graph.html`` and, when some
    articles failed, ``OUT/errors.jsonl`` (:func:`errors_jsonl`); the set is switched in as one
    whole by :func:`kg.atomic.publish` (an ``errors.jsonl`` of an older build is removed).

    Args:
        inputs: files, folders or JSON Lines files; the bundled sample page when None (an empty list
            reads no file: with ``append``, the store's articles are resolved and written again).
        out_dir: output folder (created if missing).
        html: also write the interactive HTML view.
        formats: serialisations to write (``turtle``, ``nt``, ``jsonld``, ``trig``) and property-graph
            exports (``graphml``, ``gexf``, ``cytoscape``, ``csv``, ``neo4j``: the files of
            :data:`kg.network.BUILD_FILES`, the bytes of ``kg export``).
        jobs: extraction processes (see :func:`run`); the files do not depend on it.
        bar: a progress bar for the extraction (see :func:`run`).
        merge_persons: False: every person is a node of its own article.
        decisions: user decisions applied after the resolution rules (:func:`read_decisions`); a
            store records them, and with ``append`` None (none given) applies those the store
            recorded (the last build given decisions), while a list, ``[]`` too, replaces them.
        max_file_size: largest text file (and JSON Lines line) read, in bytes.
        notify: ``notify(message)`` is called when the build waits for another build of ``out_dir``.
        store: a store folder (:mod:`kg.store`) that keeps the graph, one named graph per
            article, and each unit's extraction; the files are then written from it.
        append: add the inputs to the store (``store``, or ``OUT/.kg-store``) instead of
            rebuilding it: unchanged articles are not extracted again, changed ones replace
            their old version; the result is that of a full build of all the store's articles.
            Without ``append`` and ``store``, an ``OUT/.kg-store`` that earlier ``--append``
            builds left is rebuilt from the inputs (as ``store=OUT/.kg-store`` without
            ``append``), in one commit with the files: the store always holds what the files do.
        dask: extract on a Dask cluster instead of ``jobs`` processes (see :func:`run`).
        skip: more folders and files not read inside input folders (``kg build``'s
            ``--decisions`` file), besides ``out_dir`` and the store (:func:`kg.sources.iter_units`).
        stdin: the input file that holds a copy of standard input (``kg build -``): in a store
            it is keyed by its content, not by its (temporary) path, so the same text given
            again is recognised as built (:func:`_build_in_store`).
        remove: with ``append``, inputs of the store to drop (``kg build --remove``): a path (a
            text file, a JSON Lines file, a folder: every input of the store under it), an
            article id or IRI (the input that gave it; a JSON Lines record's ``id``); their
            articles leave the store and the files, which then equal a full build without them.
            An input removed is not read even when ``inputs`` give it. With ``remove``, empty
            ``inputs`` read nothing (not the bundled page).
        replace_ids: a JSON Lines record whose ``id`` an earlier record used with other fields
            replaces it (``--replace-ids``; a note names both): the later in input order, and
            with ``append`` a record read now replaces one the store holds from an earlier
            build; the files are those of a build without the replaced record. Without it such
            records are refused (:class:`kg.errors.InputProblems`). Equal records are read once
            either way. A store records it as it does ``decisions``: with ``append``, None (not
            said) is the store's choice, False takes it back.

    Returns:
        The :class:`BuildResult`, with ``files`` listing what was written.

    Raises:
        kg.errors.InputError: bad input (nothing is written then).
        kg.errors.OutputError: the outputs cannot be written (the previous ones are untouched).
        ValueError: an unknown format.
        kg.store.StoreError: the store cannot be used (another version, damaged, not a store).
    """
    from .export import FORMATS
    from .network import EXPORT_FORMATS

    started = time.time_ns()  # a build that started later and finished first keeps its files (kg.atomic.publish)
    unknown = [f for f in formats if f not in FORMATS and f not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"unknown output format {unknown[0]!r}; choose from {', '.join([*FORMATS, *EXPORT_FORMATS])}")
    if remove and not append:
        raise InputError("--remove takes articles out of the store of earlier --append builds: give --append too")
    if store is None and not append and os.path.lexists(Path(out_dir) / STORE_DIR):
        # the folder keeps the store of earlier --append builds: a build without --append rebuilds it
        # from its inputs, committed with the files, so a later --append extends exactly this build
        # (left as it was, the next --append brought back the articles this build left out)
        store = Path(out_dir) / STORE_DIR
    if store is not None or append:
        return _build_in_store(inputs, out_dir, Path(store) if store is not None else Path(out_dir) / STORE_DIR,
                               append=append, html=html, formats=formats, jobs=jobs, bar=bar,
                               merge_persons=merge_persons, decisions=decisions, max_file_size=max_file_size,
                               notify=notify, dask=dask, stdin=stdin, skip=skip, remove=remove,
                               replace_ids=replace_ids)
    from .statements import (ForkedBlocks, added_counts, flat_triples, group_quads, read_only_graph, statement_counts,
                             write_file)

    # the collector stays paused from the resolution until the files are written: each stage
    # pausing it alone let a collection walk all that the stage before had made (the resolution,
    # the statements) as soon as it ended; now one walks what is left, and the statements are
    # freed first (kg.collector)
    ticks: list = []
    with ExitStack() as held:
        result = _resolved(inputs, extractors=None, jobs=jobs, bar=bar, merge_persons=merge_persons,
                           decisions=decisions or (), max_file_size=max_file_size, dask=dask, keep_going=True,
                           skip=(out_dir, *skip), replace_ids=bool(replace_ids),
                           held=held, ticks=ticks)  # kg build . -o out: out/ is not read back in
        result.failed, result.ignored = stdin_named(result.failed, stdin), stdin_named(result.ignored, stdin)
        _none_read(result.resolution.documents, result.failed, result.empty)
        # the files are written from the statements grouped by named graph (TriG: one graph per
        # article and the entities' graph, as the store), not through rdflib's in-memory store,
        # whose adds cost about 40 s a million statements; the view and the exports read an index
        rdf, exports, names = _output_names(formats)
        more = None
        if html or exports or any(fmt not in ("turtle", "nt") for fmt in rdf):
            statements = group_quads(rdf_quads(result.resolution))
        elif rdf == ["turtle"] and jobs > 1 and _may_fork(ticks[0] if ticks else None):
            # graph.ttl alone, a core free since the extraction's workers ended: a forked process
            # makes and renders the evidence nodes' blocks (about half the work after the
            # resolution) while this one makes and renders the rest, and a share of the evidence
            # when its own part is the shorter (OWN_EVIDENCE); the same bytes (kg.statements.ForkedBlocks)
            res = result.resolution
            mine, theirs = evidence_parts(res, OWN_EVIDENCE * iris_made(res))
            more = held.enter_context(ForkedBlocks(lambda: flat_triples(evidence_quads(res, theirs))))
            statements = flat_triples(chain(rdf_quads(res, evidence=False), evidence_quads(res, mine)))
        else:  # graph.ttl (graph.nt) alone: its writer takes the triples in any order, repeats once
            statements = flat_triples(rdf_quads(result.resolution))
        result.counts = statement_counts(statements)
        if html or exports:
            result.graph = read_only_graph(statements)

        def write(staging: Path) -> None:
            _write_set(staging, result, rdf, lambda fmt, path: write_file(statements, path, fmt, more), exports, html)

        try:  # the whole set is switched in at once: never a new graph.ttl beside an old graph.html
            result.files = publish(out_dir, names, write, notify=notify, removed=result.removed, started=started)
        except OSError as exc:
            raise OutputError(f"{out_dir}: cannot write the outputs ({exc.strerror or exc})") from None
        statements = None  # (write's too: freed before the collector runs again)
        if more is not None:
            result.counts = added_counts(result.counts, more.counts())
    return result


#: The share of the evidence nodes a ``--jobs`` build makes and renders itself when it forks a
#: helper for the rest (:func:`kg.graph.evidence_parts`), when this process has made the build's
#: terms before (the entities' IRIs: :func:`kg.graph.iris_made`; a process that built the same
#: articles, as the bench's later builds); less in proportion when it made fewer. The two sides
#: then end together; with the terms made, this process's own part (entities, articles,
#: memberships) is the shorter by far (dev + unseen, CPU before the join: 1.1 s against the
#: helper's 1.8 s; 1.4-1.6 s each with this share), without them the two are about even.
OWN_EVIDENCE = 0.25


#: Cores that must have been idle, on average, while a ``--jobs`` build resolved its entities for
#: it to fork a helper (:class:`kg.statements.ForkedBlocks`). On a machine whose cores other
#: processes keep busy the helper waits for one, and the build ends later than without it
#: (0.2-0.8 s of dev + unseen at load average 10); the load average cannot tell, as it still
#: counts the extraction's workers that have just ended.
FREE_CORE = 0.5


def _may_fork(ticks: tuple[int, int] | None) -> bool:
    """May a build fork a helper process (:class:`kg.statements.ForkedBlocks`): the system forks,
    this process may run on more than one core, and at least :data:`FREE_CORE` of the machine's
    cores were idle since ``ticks`` (:func:`kg.batch.cpu_ticks` at the resolution's start), or
    that is unknown (no ``/proc/stat``, a resolution shorter than a tick)."""
    from . import batch

    if not hasattr(os, "fork") or batch.usable_cores() < 2:
        return False
    idle = batch.idle_cores(ticks, batch.cpu_ticks())
    return idle is None or idle >= FREE_CORE


def stdin_named(rows: list[tuple], stdin: str | os.PathLike | None) -> list[tuple]:
    """``rows`` (of :attr:`BuildResult.failed` or ``ignored``) with the temporary copy of standard
    input (``kg build -``) named ``<stdin>`` wherever a field names it: ``<stdin>`` for a text,
    ``<stdin>:LINE`` for a JSON Lines record, as on stderr and in ``errors.jsonl``.

    Args:
        rows: tuples of strings (or None).
        stdin: the temporary file (:func:`build`'s ``stdin``); None: ``rows`` unchanged.
    """
    if stdin is None:
        return rows
    from .ingest import shown

    names = {shown(stdin), os.fspath(stdin)}

    def named(value):
        if not isinstance(value, str):
            return value
        for name in names:
            value = value.replace(name, "<stdin>")
        return value

    return [tuple(named(v) for v in row) for row in rows]


def _output_names(formats: tuple[str, ...]) -> tuple[list[str], list[str], list[str]]:
    """The RDF formats and the property-graph exports asked for, and the output file names: those
    of the formats asked for, then every other output an earlier build may have left (removed in
    the switch), then ``graph.html`` and ``errors.jsonl``."""
    from .export import FORMATS
    from .network import BUILD_FILES, EXPORT_FORMATS

    rdf = [fmt for fmt in formats if fmt in FORMATS]
    exports = [fmt for fmt in formats if fmt in EXPORT_FORMATS]
    names = [f"graph{FORMATS[fmt]}" for fmt in rdf] + [n for fmt in exports for n in BUILD_FILES[fmt]]
    every = {f"graph{suffix}" for suffix in FORMATS.values()} | {n for files in BUILD_FILES.values() for n in files}
    return rdf, exports, names + sorted(every - set(names)) + ["graph.html", ERRORS_FILE]


def _build_in_store(inputs, out_dir, store_dir: Path, **options) -> BuildResult:
    """:func:`_fill_store`, and a first build that fails leaves no store folder behind (the
    outputs are never written then either)."""
    created = not Path(store_dir).exists()
    try:
        return _fill_store(inputs, out_dir, store_dir, **options)
    except BaseException:
        if created and not _committed_once(store_dir):
            import shutil
            shutil.rmtree(store_dir, ignore_errors=True)
        raise


def _committed_once(store_dir: Path) -> bool:
    """Does the store folder hold a committed generation (its manifest names one)?"""
    try:
        return bool(json.loads((Path(store_dir) / "tupu-store.json").read_text(encoding="utf-8")).get("rdf"))
    except (OSError, ValueError, AttributeError):
        return False


def _file_and_line(where: str) -> tuple[str, int | None]:
    """``where`` (an input: ``in/a.jsonl:2`` for a JSON Lines record, else a path) as its file and
    its line number, None when it names no line."""
    path, _, line = where.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (where, None)


def _keeps_earlier_build(out_dir: Path, doc_ids: set[str]) -> None:
    """The first ``--append`` into an output folder whose ``graph.ttl`` a build without a store
    wrote: that graph's articles are in no store, so only the inputs given now can be kept. Refuse
    (nothing written) when it holds an article they do not give, rather than drop it silently
    (``kg build news/ -o out``, then ``kg build more/ -o out --append``).

    Args:
        out_dir: the output folder; nothing is checked when it has no ``graph.ttl``.
        doc_ids: the article ids the new build holds.

    Raises:
        kg.errors.InputError: the graph holds articles ``doc_ids`` lacks (their source files named).
    """
    from .graph import entity_iri
    from .schema import NEWS_ARTICLE

    path = out_dir / "graph.ttl"
    if not path.is_file():
        return
    article, source, a = str(KG.NewsArticle), str(KG.sourceFile), str(RDF.type)
    typed: set[str] = set()
    sources: dict[str, set[str]] = {}  # article IRI → its kg:sourceFile values (one read, in a stream)
    try:
        import pyoxigraph

        with open(path, "rb") as fh:
            for q in pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.TURTLE):
                if q.predicate.value == a and q.object.value == article:
                    typed.add(q.subject.value)
                elif q.predicate.value == source:
                    sources.setdefault(q.subject.value, set()).add(q.object.value)
    except (OSError, SyntaxError, ValueError, ImportError):
        return  # not a graph this tool can read: nothing of it to keep
    missing = typed - {str(entity_iri(NEWS_ARTICLE, d)) for d in doc_ids}
    if not missing:
        return
    names = sorted({name for iri in missing for name in sources.get(iri, ())})
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    raise InputError(f"{path}: holds {len(missing)} article(s) these inputs do not give ({shown}); it was built "
                     f"without --append, so this first --append would drop them: give their files too "
                     f"(kg build OLD NEW -o {out_dir} --append), or build without --append")


def _fill_store(inputs, out_dir, store_dir: Path, *, append: bool, html: bool, formats: tuple[str, ...],
                jobs: int, bar: Bar | None, merge_persons: bool, decisions: list[Decision] | None,
                max_file_size: int, notify, dask: str | None = None, stdin=None, skip: tuple = (),
                remove: tuple[str, ...] = (), replace_ids: bool | None = None) -> BuildResult:
    """:func:`build` with a store (see its ``store`` and ``append`` arguments; ``dask`` as in :func:`run`).

    Each input unit is keyed by its absolute path (and record id) and the SHA-256 of its bytes:
    with ``append`` a unit already in the store with the same key and hash is not extracted
    again (its articles count as skipped), a unit of the same key with another hash replaces the
    old one in place, a new unit goes after the others; a new key whose file name and bytes are
    those of a unit whose file no longer exists is that unit moved (:func:`_moved`), and units
    whose file is gone otherwise are kept and counted (``inputs["missing"]``, a note). The extraction results of all the
    store's units, in that order, are resolved together, the store's named graphs are brought
    to exactly the new statements (:meth:`kg.store.Store.replace_statements`), and the files are
    written from the same statements, held in memory (:mod:`kg.statements`), not read back
    from the store.

    The store and the files are one set: the statements go into a new generation of the store
    that no reader sees, the files into a staging folder, and the store's commit
    (:meth:`kg.store.Store.commit`) is the commit of the files' switch
    (:func:`kg.atomic.publish` with ``linked``). A failure or a kill before it leaves the old
    store and the old files; after it, the new files are switched in (by the next reader or
    build, after a kill). The old generation is removed afterwards (:meth:`kg.store.Store.clean`).

    Standard input (``stdin``, a temporary copy) has no lasting path: a text is keyed
    ``<stdin>@<SHA-256 of its bytes>`` (its article ids hash its text too), so the same text
    again is unchanged and another text is another unit beside it; a JSON Lines record is keyed
    ``<stdin>#<id>``, so a record of the same id replaces its old version, as in a file.

    The units that ``remove`` names (:func:`_removed_keys`) are dropped from the store before the
    inputs are read, and not read when an input gives them: the store's other articles are
    resolved together as always, so the files are those of a full build without them.

    The store records the build's ``decisions`` and ``replace_ids``; an ``append`` given None for
    either applies what the store recorded (:func:`_kept_options`).
    """
    from .atomic import output_lock
    from .statements import group_quads, read_only_graph, write_file
    from .store import Store, UnitEntry, unit_digests, unit_key

    ignored: list[tuple[str, str]] = []
    failed: list[tuple[str, str | None, str]] = []
    kept_out: list[tuple[str, None, str]] = []  # rows of failed for inputs kept out of the store (unreadable)
    warnings: list[str] = []
    unread: list[str] = []
    empty: list[str] = []  # the empty text files read now (skipped)
    skipped = reused = 0
    given = unchanged = extracted = 0
    if Path(out_dir).resolve() == Path(store_dir).resolve():
        raise OutputError(f"{store_dir}: the store and the output folder (-o) must be different folders")
    if not store_dir.exists():
        try:
            store_dir.mkdir(parents=True)
        except OSError as exc:
            raise OutputError(f"{store_dir}: cannot create the store ({exc.strerror or exc})") from None
    with output_lock(store_dir, notify=notify), Store(store_dir, create=True) as st:
        started = time.time_ns()  # (the files hold the store as it is from now: see kg.atomic.publish)
        st.clean()  # generations and temporary files that killed builds left
        if not append:
            st.units = []
        first_append = append and not st.units  # an output built without a store has no units to keep
        decisions, replace_ids, kept_notes = _kept_options(st, store_dir, append, decisions, replace_ids)
        dropped = _removed_keys(st.units, remove, store_dir) if remove else set()
        st.units = [u for u in st.units if u.key not in dropped]
        position = {u.key: i for i, u in enumerate(st.units)}
        pending: dict[tuple, tuple[str, str]] = {}  # (path, line) of a unit read now → (key, digest)
        given_keys: dict[str, int] = {}  # the keys of the units given now → their place in input order
        read_keys: set[str] = set()  # the keys of the units read now (new or changed)
        claims = Claims()  # (JSON Lines ids given now: equal records read once, clashes refused)
        jsonl_files: set[str] = set()  # the JSON Lines files given now (absolute paths)
        stdin_path = Path(stdin) if stdin is not None else None

        def key_of(unit, digest: str) -> tuple[str, str]:
            """The unit's key in the store and its ``where`` for messages."""
            if stdin_path is None or Path(unit.path) != stdin_path:
                return unit_key(unit), unit.where
            if unit.record is not None:
                return f"<stdin>#{unit.record['id']}", f"<stdin>:{unit.line}"
            return f"<stdin>@{digest}", f"<stdin>:{unit.line}" if unit.line else "<stdin>"

        lost: dict | None = None
        moved: list[tuple[str, str]] = []  # (old where, new where) of the store's inputs found moved
        copied: list[tuple[str, str]] = []  # (where, new where) of the store's inputs found copied (_copied)
        copies: dict = {}  # (place, digest) → a unit of the store (_copied), filled at its first use

        def gone() -> dict:
            """The store's inputs whose file no longer exists (:func:`_gone_units`), found once."""
            nonlocal lost
            if lost is None:
                lost = _gone_units(st.units)
            return lost

        held: dict[str, object] = {}  # key → a changed record that a later line of its file may replace (below)

        def to_extract():
            nonlocal reused, given, unchanged, extracted
            for unit in iter_units(list(inputs) if inputs is not None or remove else [sample_path()], max_size=max_file_size,
                                   ignored=ignored, skip=(out_dir, store_dir, *skip), replace_ids=replace_ids,
                                   notes=claims):
                if dropped and (stdin_path is None or Path(unit.path) != stdin_path) and unit_key(unit) in dropped:
                    continue  # removed now: not read back in
                given += 1
                try:
                    digest, fields = unit_digests(unit)
                except InputError as exc:  # cannot be read (hashed) at all: fails alone, kept out of the store
                    unread.append(str(exc))
                    failed.append((unit.where, None, str(exc)))
                    kept_out.append(failed[-1])
                    continue
                key, where = key_of(unit, digest)
                if key in dropped:  # (standard input, keyed by its content)
                    given -= 1
                    continue
                given_keys[key] = len(given_keys)
                if append and key not in position:  # an input of the store moved to another folder?
                    old_where = _moved(st, position, key, where, digest, gone())
                    if old_where is not None:
                        moved.append((old_where, where))
                    elif (old_where := _copied(st, position, key, where, digest, copies)) is not None:
                        copied.append((old_where, where))
                if unit.record is not None or unit.line or \
                        Path(unit.path).suffix.lower() in JSONL_SUFFIXES + JSON_SUFFIXES:
                    jsonl_files.add(os.path.abspath(os.fsdecode(unit.path)))
                old = st.units[position[key]] if key in position else None
                if held.pop(key, None) is not None:  # (--replace-ids) a later line of its file replaces the held one
                    unchanged += 1  # (not read: counted with the inputs skipped)
                if old is not None and old.digest == digest and not old.failed:
                    old.fields = fields  # (a store of an older kg did not record it)
                    reused += len(old.docs)
                    unchanged += 1
                    if bar is not None:
                        bar.advance(unit.size, len(old.docs))
                    continue  # (its warning, a date that is no date, was said when it was read: not again)
                if replace_ids and unit.record is not None and old is not None and old.where != where \
                        and _file_and_line(old.where)[0] == _file_and_line(where)[0]:
                    # the store holds this id from another line of the file, which replaced this one: read it
                    # only if that line no longer follows (each append read both again, the first to be replaced)
                    held[key] = unit
                    continue
                yield from read(unit, key, digest, fields)
            for key, unit in list(held.items()):  # no later line of its file replaces it: it is the record now
                yield from read(unit, key, *unit_digests(unit))

        def read(unit, key: str, digest: str, fields: str):
            if unit.warning is not None:
                warnings.append(unit.warning)
            pending[(unit.path, unit.line)] = (key, digest, fields)
            yield unit

        read_now: set[str] = set()  # the article ids read now (a new or changed input's)
        id_notes: list[str] = []  # what became of records of one id (--replace-ids)
        for done in extract_units(to_extract(), None, jobs, dask=dask):
            key, digest, fields = pending.pop((done.unit.path, done.unit.line))
            where = key_of(done.unit, digest)[1]
            read_keys.add(key)
            if is_empty_input(done):  # skipped, not failed: not read again while it stays empty
                empty.append(where)
                skipped += 1
                done = replace(done, failed=())
            elif done.unread is not None:
                unread.append(done.unread)
            read_now.update(r.doc.doc_id for r in done.results)
            entry = UnitEntry(key, digest, [r.doc.doc_id for r in done.results],
                              [list(f) for f in done.failed], where, fields=fields)
            st.save_results(entry, done.results)
            if done.unit.replaces is not None and key in position and st.units[position[key]].where != where:
                # (--replace-ids) a later line of the same file with the id of an earlier one: the article takes
                # the later line's place, as in a full build
                if _file_and_line(done.unit.replaces)[0] == _file_and_line(where)[0]:
                    id_notes.append(f"{done.unit.replaces}: replaced by {where}, a later record of id "
                                    f"{done.unit.record['id']!r} (--replace-ids)")
                del st.units[position[key]]
                position.clear()
                position.update((u.key, i) for i, u in enumerate(st.units))
            if key in position:
                st.units[position[key]] = entry
            else:
                position[key] = len(st.units)
                st.units.append(entry)
            skipped += done.skipped
            extracted += len(done.results)  # (failed ones are not read: "read" means the same without --append)
            failed += [(done.unit.where, doc_id, why) for doc_id, why in done.failed]
            if bar is not None:
                bar.advance(done.unit.size, len(done.results) + len(done.failed))
        _all_unread(given - len(empty), unread)  # (empty files: no failure, nor unread)
        missing = []  # the store's inputs whose file is gone (and not found moved): kept, as documented, and said
        if append:
            missing = sorted((st.units[i] for ids in gone().values() for i in ids), key=lambda e: e.key)
            # a record no longer in a JSON Lines file given now is gone, as in a full build of it
            st.units = [e for e in st.units if e.key in given_keys or not _in_files(e.key, jsonl_files)]
        # (judged once every input is read: a record moved to a file read before its old one is no clash, the
        # old file being read again without it)
        problems, more = _one_record_per_id(st.units, given_keys, read_keys, replace_ids)
        id_notes += more
        if problems:  # a JSON Lines id the store has from another record, and nothing says which: as a full build
            raise InputProblems(problems + [why for _, doc_id, why in failed if doc_id is None])
        results, seen, texts = [], set(), []
        for entry in st.units:
            if entry.replaced:  # (--replace-ids) a later record of its id holds it
                continue
            loaded = st.load_results(entry)
            if loaded and _key_id(entry.key) is None:  # (a text file's, not a JSON Lines record's)
                texts.append(text_digest(entry.where, loaded))
            for r in loaded:
                if r.doc.doc_id not in seen:  # the same file given twice: one article
                    seen.add(r.doc.doc_id)
                    results.append(r)
        _none_read(results, failed, empty)  # (a store with no article, and inputs that failed now)
        if first_append:
            _keeps_earlier_build(Path(out_dir), seen)
        try:
            res = resolve(results, merge_persons=merge_persons, decisions=decisions)
        except InputError as exc:
            if not any(d.kept for d in decisions):
                raise
            raise InputError(f"{exc}; --decisions FILE replaces the decisions the store keeps, --no-decisions "
                             "drops them") from None
        res.notes[:0] = kept_notes + claims.notes(replaced=False) + id_notes + empty_notes(empty) \
            + same_text_notes(texts)
        # (the store says what it replaced)
        if moved:
            res.notes.append(f"{len(moved)} input(s) of the store found at a new path, their old one gone "
                             f"({moved[0][0]} → {moved[0][1]}{', …' if len(moved) > 1 else ''}): taken as moved, "
                             "not read again")
        if copied:
            res.notes.append(f"{len(copied)} input(s) the store holds at another path, with the same name and content "
                             f"({copied[0][0]} → {copied[0][1]}{', …' if len(copied) > 1 else ''}): taken as copies, "
                             "not read again")
        if missing:
            names = ", ".join(e.where for e in missing[:3]) + (", …" if len(missing) > 3 else "")
            res.notes.append(f"{len(missing)} input(s) of the store no longer found ({names}): their articles are "
                             "kept; drop them with --remove PATH, or rebuild without --append")
        formats = _remembered_formats(st, formats, append, store_dir, res.notes)
        statements = group_quads(rdf_quads(res))  # kept in memory: the files are written from them
        digests = dict(st.digests or {})
        before = digests.get(str(ENTITIES_GRAPH))
        graphs = st.replace_statements(statements)
        entities = _outcome(before, st.digests.get(str(ENTITIES_GRAPH)))
        if entities and graphs.get(entities):  # (the counts are the articles' graphs: the entities' graph apart)
            graphs[entities] -= 1
        graphs = _with_updated(graphs, digests, st.digests, read_now)
        _checkpoint("store filled")
        failed, ignored = stdin_named(failed, stdin), stdin_named(ignored, stdin)
        errors = None
        if append:  # errors.jsonl as a full build writes it: the failures of units read before too
            errors = stdin_named([(e.where, doc_id, why) for e in st.units if not e.replaced
                                  for doc_id, why in e.failed] + kept_out, stdin)
        result = BuildResult(None, res, skipped=skipped, failed=failed, ignored=ignored, reused=reused, errors=errors,
                             warnings=warnings, empty=empty, given=given,
                             counts=store_counts(st.rdf),
                             inputs={"given": given, "unchanged": unchanged, "extracted": extracted,
                                     "missing": len(missing), "removed": len(dropped)} if append else None)
        result.store = (store_dir, graphs, entities)
        rdf, exports, names = _output_names(formats)
        if html or exports:  # (an index of the statements, not a copy of the store)
            result.graph = read_only_graph(statements)

        def write(staging: Path) -> None:
            _write_set(staging, result, rdf, lambda fmt, path: write_file(statements, path, fmt), exports, html)

        try:
            result.files = publish(out_dir, names, write, notify=notify, removed=result.removed,
                                   linked=Linked(store_dir, st.generation, st.commit), started=started)
        except OSError as exc:
            raise OutputError(f"{out_dir}: cannot write the outputs ({exc.strerror or exc})") from None
        finally:
            if st.committed:
                st.clean()  # the generation it replaced, and any a killed build left
    return result


def _kept_options(st, store_dir: Path, append: bool, decisions: list[Decision] | None,
                  replace_ids: bool | None) -> tuple[list[Decision], bool, list[str]]:
    """The decisions and ``--replace-ids`` of a build in a store, recorded in it (changed in place).

    A store keeps the user's word until the user says otherwise: an ``append`` given no
    ``--decisions`` applies the decisions the store recorded (the last ones given, each marked
    :attr:`kg.resolve.Decision.kept`, its ``where`` the file line it came from), and one given no
    ``--replace-ids``/``--no-replace-ids`` the store's choice; decisions given (``[]``:
    ``--no-decisions``) replace the recorded ones. A build without ``append`` rebuilds the store
    from what it is given, as a build without a store is.

    Args:
        st: the open :class:`kg.store.Store`.
        store_dir: its folder, for messages.
        append: ``--append``.
        decisions: the decisions given, or None.
        replace_ids: ``--replace-ids`` (True), ``--no-replace-ids`` (False), or None.

    Returns:
        ``(decisions, replace_ids, notes)``: what the build applies, and a note saying what the
        store kept or dropped (none when nothing changed hands).
    """
    from .resolve import Decision

    notes = []
    n = len(st.decisions)
    if decisions is None and append:
        decisions = [Decision(*d["line"].split(), f"{d['where']} (kept by {store_dir})" if d["where"] else
                              f"{store_dir}: kept decision {i}", kept=True) for i, d in enumerate(st.decisions, 1)]
        if decisions:
            notes.append(f"{store_dir}: applies the {n} decision(s) it keeps from an earlier --decisions "
                         "(--decisions FILE replaces them, --no-decisions drops them)")
    else:
        decisions = list(decisions or ())
        if append and n and not decisions:
            notes.append(f"{store_dir}: drops the {n} decision(s) it kept from an earlier --decisions (none given now)")
        elif append and n and [{"line": f"{d.verdict} {d.first} {d.second}", "where": d.where} for d in decisions] \
                != st.decisions:
            notes.append(f"{store_dir}: the {len(decisions)} decision(s) given replace the {n} it kept")
        st.decisions = [{"line": f"{d.verdict} {d.first} {d.second}", "where": d.where} for d in decisions]
    if replace_ids is None:
        replace_ids = st.replace_ids if append else False
    st.replace_ids = bool(replace_ids)
    return decisions, st.replace_ids, notes


def _key_id(key: str) -> str | None:
    """The record id of a store unit's key (``path#id``, ``<stdin>#id``), None for a text file's."""
    if key.startswith("<stdin>#"):
        return key[len("<stdin>#"):]
    file = _key_file(key)
    return key[len(file) + 1:] if file is not None and key[len(file):len(file) + 1] == "#" else None


def _one_record_per_id(units: list, given: dict[str, int], read: set[str], replace_ids: bool) -> tuple[list, list]:
    """Which of the store's JSON Lines records of one id gives its article (``--replace-ids``).

    Records of equal fields are one article, read once (wherever they lie: :attr:`kg.store.UnitEntry.fields`). Otherwise, when one of them was read now
    (new or changed): with ``replace_ids``, the one given last in input order (a record read now
    replaces one the store holds from an earlier build and not given now); without it, they
    clash. When none was read now, the store keeps the choice of the build that read them (the
    record that replaced the others), and a record whose replacement is gone (``--remove``)
    gives its article again. Each record replaced gets :attr:`kg.store.UnitEntry.replaced`.

    Args:
        units: the store's units after this build's reading (changed in place).
        given: the keys of the units given now → their place in input order.
        read: the keys of the units read now.
        replace_ids: ``--replace-ids`` was given.

    Returns:
        ``(problems, notes)``: one line for each clash (refused), and the notes on records
        replaced or given back now.
    """
    groups: dict[str, list] = {}
    for e in units:
        rid = _key_id(e.key)
        if rid is not None:
            groups.setdefault(rid, []).append(e)
    def gone(e) -> bool:
        file = _key_file(e.key)
        return file is not None and not os.path.lexists(file)

    problems, notes = [], []
    for rid, group in groups.items():
        fresh = [e for e in group if e.key in read]
        if len({e.record_digest for e in group}) == 1 and not (fresh and any(gone(e) for e in group)):
            # one record (copies of it are one article); a copy read now beside one whose file is gone is another
            # record (moved and renamed: the old one would keep its article under its old file's name)
            for e in group:
                if e.replaced:
                    notes.append(f"{e.where}: gives its article {rid!r} again, the record that replaced it "
                                 f"({e.replaced}) being gone")
                e.replaced = ""
            continue
        if fresh and not replace_ids:
            for e in fresh:
                other = next((o for o in group if o.key not in read), None) or next(o for o in group if o is not e)
                if gone(other):
                    problems.append(f"{e.where}: id {rid!r} was already used at {other.where}, which no longer exists "
                                    "(moved or renamed?); rebuild without --append to drop it, or give "
                                    "--replace-ids to let the later record replace the earlier")
                else:
                    problems.append(f"{e.where}: id {rid!r} was already used at {other.where} by a record with "
                                    "other fields; give --replace-ids to let the later record replace the earlier, "
                                    f"or edit {other.where} in place")
            continue
        if fresh:
            winner = max((e for e in group if e.key in given), key=lambda e: given[e.key])
        else:
            kept = [e for e in group if not e.replaced]
            winner = kept[-1] if kept else group[-1]
        for e in group:
            by = "" if e is winner or (e.record_digest == winner.record_digest and not gone(e)) else winner.where
            if by and by != e.replaced:
                notes.append(f"{e.where}: replaced by {by}, a later record of id {rid!r} (--replace-ids)")
            elif e.replaced and not by:
                notes.append(f"{e.where}: gives its article {rid!r} again, the record that replaced it "
                             f"({e.replaced}) being gone")
            e.replaced = by
    return problems, notes


def _removed_keys(units: list, remove: tuple[str, ...], store_dir: Path) -> set[str]:
    """The keys of the store's units that ``kg build --remove`` names (see :func:`build`'s ``remove``).

    Each of ``remove`` is matched, in this order, as a path (absolute, or relative to the working
    folder: a unit's file, every record of a JSON Lines file, every unit under a folder; the
    file need not exist any more), as an input as messages show it (``news/a.jsonl:3``), and as
    an article: its id (``wh-007``, a JSON Lines record's ``id``), ``article-<id>``, its prefixed
    name (``kgid:article-wh-007``) or IRI (with or without ``<>``).

    Raises:
        kg.errors.InputError: one of ``remove`` names nothing of the store (a path is also the end
            of one input's path, 湖南/x.txt for corpus/湖南/x.txt; of several: an error), or names one article
            of an input that gave several (a page: only the whole input can be removed); the
            message names it, and nothing is written.
    """
    from .graph import entity_iri
    from .namespaces import ID
    from .schema import NEWS_ARTICLE

    articles: dict[str, list[str]] = {}  # every name of each article → the keys of its units
    for u in units:  # (several: the records of one id that --replace-ids kept, one giving the article)
        for doc in u.docs:
            iri = str(entity_iri(NEWS_ARTICLE, doc))
            local = iri[len(str(ID)):]
            for name in (doc, local, f"kgid:{local}", iri, f"<{iri}>"):
                articles.setdefault(name, []).append(u.key)
    keys: set[str] = set()
    for name in remove:
        text = os.fspath(name)
        path = os.path.abspath(text) if text else ""
        folder = path.rstrip(os.sep) + os.sep
        found = [u.key for u in units if path and (
            u.key == path or u.key.startswith((f"{path}#", f"{path}:", folder)) or u.where == text)]
        if not found and text.strip() in articles:
            found = list(dict.fromkeys(articles[text.strip()]))
            for unit in (u for u in units if u.key in found):
                if len(unit.docs) > 1:
                    raise InputError(f"--remove {text}: one of the {len(unit.docs)} articles of {unit.where}; an "
                                     f"input is removed whole: give --remove {unit.where} to remove all its articles")
        if not found and text.strip():  # 湖南/x.txt for corpus/湖南/x.txt (the path as the graph's kg:sourceFile
            tail = os.sep + os.path.normpath(text.strip()).lstrip(os.sep)  # shows it, relative to the input given)
            ends = sorted({u.where for u in units if u.key.endswith(tail) or u.where.endswith(tail.replace(os.sep, "/"))})
            if len(ends) > 1:
                raise InputError(f"--remove {text}: the path of {len(ends)} inputs of the store {store_dir} ends so "
                                 f"({', '.join(ends[:3])}{', …' if len(ends) > 3 else ''}); give the whole path")
            found = [u.key for u in units if u.where in ends]
        if not found:
            raise InputError(f"--remove {text}: no input or article of the store {store_dir} has this path or id")
        keys.update(found)
    return keys


def _remembered_formats(st, formats: tuple[str, ...], append: bool, store_dir: Path, notes: list[str]) -> tuple:
    """The formats a store build writes, recorded in the store (``st.formats``, its manifest).

    An ``--append`` given no ``--format`` writes the formats of the store's last build (an
    incremental build keeps its output set: before, it removed every export the first build
    wrote); one given ``--format`` writes those, and when they leave out some of the last
    build's a note says so (their files are removed). A build without ``--append`` writes what
    it is given.

    Args:
        st: the open :class:`kg.store.Store`; its ``formats`` become the formats returned.
        formats: the formats asked for (``("turtle", …)``; Turtle is always written).
        append: is this an ``--append``?
        store_dir: the store folder, for the note.
        notes: gets the note.

    Returns:
        The formats to write.
    """
    from .export import FORMATS
    from .network import EXPORT_FORMATS

    extra = [f for f in formats if f != "turtle"]
    if append and not extra:  # (a manifest's names are checked: it is a file)
        extra = [f for f in st.formats if f != "turtle" and (f in FORMATS or f in EXPORT_FORMATS)]
        formats = tuple(formats) + tuple(extra)
    elif append and (dropped := [f for f in st.formats if f not in extra]):
        notes.append(f"{store_dir}: its last build also wrote --format {', '.join(dropped)}; this one does not, so "
                     "their files are removed: give --format again to keep them (an --append without --format "
                     "writes the formats of the store's last build)")
    st.formats = extra
    return formats


def _key_file(key: str) -> str | None:
    """The input file of a store unit's key (:func:`kg.store.unit_key`: ``path``, ``path#id``
    or ``path:line``); None for standard input (``<stdin>@…``, ``<stdin>#…``)."""
    if key.startswith("<stdin>"):
        return None
    for i, ch in enumerate(key):
        if ch in "#:" and key[:i].lower().endswith(JSONL_SUFFIXES + JSON_SUFFIXES):
            return key[:i]
    return key


def _key_place(key: str, file: str) -> str:
    """A unit's key without the folder of its file (``/a/b/x.txt`` → ``x.txt``, ``/a/x.jsonl#7``
    → ``x.jsonl#7``): what stays when an archive folder is moved."""
    return key[len(os.path.dirname(file)):].lstrip(os.sep)


def _gone_units(units: list) -> dict[tuple[str, str], list[int]]:
    """The store's units whose input file no longer exists: ``(place, digest)`` (:func:`_key_place`)
    → their indexes in ``units``, in order."""
    out: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(units):
        file = _key_file(e.key)
        if file is not None and not os.path.lexists(file):
            out.setdefault((_key_place(e.key, file), e.digest), []).append(i)
    return out


def _moved(st, position: dict[str, int], key: str, where: str, digest: str, gone: dict) -> str | None:
    """An input given now under a new key (``key``, shown ``where``) that a unit of the store
    held under a path that no longer exists, with the same file name (and record id) and the
    same bytes, is that unit moved (``mv news archive/news``, a renamed folder): the unit takes
    the new key in its place, its extraction kept (re-filed under the new key), so it is not
    read again and the store's order, and so the files, are those of a full build of the moved
    folder. Before, its article ids clashed with the old unit's and the build stopped naming a
    path that no longer existed.

    Returns:
        The old unit's ``where`` when it was moved (and taken out of ``gone``), else None.
    """
    from .store import UnitEntry

    file = _key_file(key)
    found = gone.get((_key_place(key, file), digest)) if file is not None else None
    if not found:
        return None
    i = found.pop(0)
    old = st.units[i]
    entry = UnitEntry(key, old.digest, list(old.docs), [list(f) for f in old.failed], where, old.replaced, old.fields)
    if not old.failed:  # (a unit with failures is read again anyway)
        st.save_results(entry, st.load_results(old))
    st.units[i] = entry
    del position[old.key]
    position[key] = i
    return old.where


def _copied(st, position: dict[str, int], key: str, where: str, digest: str, copies: dict) -> str | None:
    """An input given now under a new key whose file name (and record id) and bytes (and path in
    its input folder, which the digest holds) are those of a unit the store holds, whose file is
    still there: a copy of it (``cp -a archive archive2``, then the same ``--append`` from inside
    the copy). Its extraction would be the same, the article's text, ids and ``kg:sourceFile``
    being those of the unit's, so it is not read: the copy becomes a unit of its own, after the
    others, with the unit's articles and extraction (filed under the new key), as a reading of it
    would make it; the files are unchanged (each article is given once).

    Args:
        st: the open store (its units are changed in place).
        position: key → index in ``st.units`` (updated).
        key, where: the input given now (:func:`kg.store.unit_key`, and for messages).
        digest: its :func:`kg.store.unit_digest`.
        copies: ``(place, digest)`` → a unit of the store, filled at the first call of a build
            (:func:`_key_place`), units whose extraction failed left out (they are read again).

    Returns:
        The ``where`` of the unit copied, else None (the input is read).
    """
    from .store import UnitEntry

    if not copies:
        for e in st.units:
            file = _key_file(e.key)
            if file is not None and not e.failed:
                copies.setdefault((_key_place(e.key, file), e.digest), e)
        copies.setdefault(None, None)  # (filled, if with nothing)
    file = _key_file(key)
    old = copies.get((_key_place(key, file), digest)) if file is not None else None
    if old is None:
        return None
    entry = UnitEntry(key, digest, list(old.docs), [], where, fields=old.fields)
    st.save_results(entry, st.load_results(old))
    position[key] = len(st.units)
    st.units.append(entry)
    line = _file_and_line(old.where)[1]  # (the old path in full: a copy's path as given reads the same)
    return f"{_key_file(old.key)}:{line}" if line else _key_file(old.key)


def _with_updated(graphs: dict[str, int], before: dict[str, str], after: dict[str, str], read: set[str]) -> dict:
    """The store line's counts of article graphs with ``"updated"`` after ``"replaced"``: of the
    article graphs rewritten (digest changed), those whose article was not read now, its input
    unchanged, are updated, not replaced: resolving the store's articles together changed a
    statement of theirs (an appended article made an older one's membership name another body).
    ``"replaced"`` keeps the articles read again because their text changed (a JSON Lines record
    of a kept ``id``).

    Args:
        graphs: :meth:`kg.store.Store.replace_statements`' counts, the entities' graph taken out.
        before: the store's graph digests before the build (graph IRI → digest).
        after: the digests after it.
        read: the article ids read now.

    Returns:
        ``{"kept", "replaced", "updated", "added", "removed"}`` counts.
    """
    from .graph import entity_iri
    from .schema import NEWS_ARTICLE

    texts = {str(entity_iri(NEWS_ARTICLE, d)) for d in read}
    rewritten = [g for g, d in after.items() if g != str(ENTITIES_GRAPH) and before.get(g, d) != d]
    updated = min(sum(g not in texts for g in rewritten), graphs.get("replaced", 0))
    out: dict[str, int] = {}
    for name, n in graphs.items():
        out[name] = n - updated if name == "replaced" else n
        if name == "replaced":
            out["updated"] = updated
    return out


def _outcome(before: str | None, after: str | None) -> str | None:
    """What a store build did to one named graph, from its digests before and after
    (:meth:`kg.store.Store.replace_statements`): ``"added"``, ``"removed"``, ``"kept"``,
    ``"replaced"``, or ``None`` when it holds nothing either time."""
    if before is None:
        return None if after is None else "added"
    if after is None:
        return "removed"
    return "kept" if before == after else "replaced"

def _in_files(key: str, files: set[str]) -> bool:
    """Is the store unit ``key`` (:func:`kg.store.unit_key`) a record of one of ``files``: ``key``
    is ``path``, ``path#id`` or ``path:line`` with ``path`` in ``files``?"""
    return key in files or any(key[:i] in files for i, ch in enumerate(key) if ch in "#:")


#: Test hook: called with the name of a step of a store build (``"store filled"``).
_checkpoint = lambda step: None  # noqa: E731


def store_counts(ox_store) -> dict[str, dict[str, int]]:
    """Entities per class and statements per relation in a pyoxigraph store (its default graph, the union),
    as :meth:`BuildResult.summary` counts them in an rdflib graph (:func:`kg.statements.statement_counts`):
    distinct (subject, object) pairs; for a link on evidence nodes (``kg:conferrer``), distinct
    (linked entity, object of the evidence's statement) pairs, not one per evidence node."""
    def count(where: str, var: str) -> int:
        rows = list(ox_store.query(f"SELECT (COUNT(DISTINCT {var}) AS ?n) WHERE {{ {where} }}"))
        return int(rows[0][0].value)

    entities = {c: count(f"?s a <{KG[c]}>", "?s") for c in SCHEMA.entity_classes()}
    relations = {}
    for p in SCHEMA.relations:
        pair = f"?o ?x WHERE {{ ?s <{KG[p]}> ?o ; <{RDF.object}> ?x }}" if SCHEMA.relations[p].qualifies \
            else f"?s ?o WHERE {{ ?s <{KG[p]}> ?o }}"
        rows = list(ox_store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT {pair} }}"))
        relations[p] = int(rows[0][0].value)
    return {"entities": entities, "relations": relations}


def _write_set(staging: Path, result, rdf, write_rdf, exports, html: bool) -> None:
    """Write one build's output set into ``staging`` (see :func:`kg.atomic.publish`): the RDF
    files (``write_rdf(fmt, path)`` for each format of ``rdf``), the property-graph files of
    ``exports`` (:func:`kg.network.export_files`), ``graph.html`` when ``html``, and
    ``errors.jsonl`` when articles failed."""
    from .export import FORMATS
    from .network import export_files, to_networkx

    for fmt in rdf:
        write_rdf(fmt, staging / f"graph{FORMATS[fmt]}")
    G = to_networkx(result.graph) if exports else None
    for fmt in exports:
        for name, data in export_files(G, fmt).items():
            atomic_write(staging / name, data)
    if html:
        from .view import render_html

        render_html(result.graph, staging / "graph.html", title="Tupu 图谱")
    rows = result.failed if result.errors is None else result.errors
    if rows:
        atomic_write(staging / ERRORS_FILE, errors_jsonl(rows))


def errors_jsonl(failed: list[tuple[str, str, str]]) -> str:
    """The ``errors.jsonl`` report: one JSON object per failed article, ordered by input (its path,
    then its JSON Lines line as a number), article id and reason, so a build and an ``--append``
    in pieces of the same inputs write the same file (the store keeps units in the order they
    were added).

    Args:
        failed: :attr:`BuildResult.failed` triples ``(input, article id, reason)``.

    Returns:
        Lines ``{"article": …, "error": …, "input": …}`` (keys sorted, UTF-8, one per line).
    """
    def order(row: tuple) -> tuple:
        where, doc_id, why = row
        path, line = _file_and_line(str(where))
        return (path, line or 0, doc_id or "", why)

    return "".join(json.dumps({"input": where, "article": doc_id, "error": why}, ensure_ascii=False,
                              sort_keys=True) + "\n" for where, doc_id, why in sorted(failed, key=order))


def class_counts(g: Graph) -> Counter:
    """Entities per class of mentions (:meth:`kg.schema.Schema.entity_classes`) in a graph, in schema order."""
    return Counter({c: len(set(g.subjects(RDF.type, KG[c]))) for c in SCHEMA.entity_classes()})
