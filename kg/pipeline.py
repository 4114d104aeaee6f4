"""The whole path: input files → documents → mentions and statements → entities → rdflib graph.

``build_graph`` is the Python entry point; ``build`` also writes ``graph.ttl`` and ``graph.html``.
"""
from __future__ import annotations

import importlib.resources
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from .atomic import atomic_write, publish
from .errors import InputError, OutputError
from .extract.base import extract_document, load_extractors
from .graph import build_rdf
from .ingest import documents_from_text
from .batch import extract_units
from .namespaces import KG
from .progress import Bar
from .resolve import Decision, Resolution, resolve
from .schema import SCHEMA
from .sources import MAX_FILE_SIZE, iter_units
from .types import Document

#: The report of the articles that failed, written beside the graph when some did (JSON Lines).
ERRORS_FILE = "errors.jsonl"
#: Name of the bundled sample page (a copy of a 法治日报 page), the default input of ``kg build``.
SAMPLE = "sample/fazhi-ribao-page.txt"


def sample_path() -> Path:
    """Path of the sample newspaper page shipped inside the package."""
    return Path(str(importlib.resources.files("kg").joinpath("data/" + SAMPLE)))


@dataclass
class BuildResult:
    """What a build produced.

    Attributes:
        graph: the rdflib graph (contract of ``ontology/MODEL.md``).
        resolution: documents, entities and merged statements.
        files: output files written (empty for :func:`build_graph`).
        skipped: JSON Lines articles with no text, not built.
        failed: ``(input, document id, "ExceptionType: message")`` of each article whose
            extraction raised; it is left out of the graph.
        ignored: ``(file, reason)`` of each special file (FIFO, device, socket) found in an
            input folder and not read.
    """

    graph: Graph
    resolution: Resolution
    files: list[Path] = field(default_factory=list)
    skipped: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the graph's interactive view (:class:`kg.notebook.TupuGraph`)."""
        from .notebook import TupuGraph

        return TupuGraph.of(self.graph)._repr_html_()

    def summary(self) -> dict[str, object]:
        """Counts for the build summary: articles (``{"read", "skipped", "failed"}``), entities
        per class, relations per property, and merges per resolution rule (:data:`kg.resolve.RULES`)."""
        g = self.graph
        return {
            "articles": {"read": len(self.resolution.documents) + len(self.failed), "skipped": self.skipped,
                         "failed": len(self.failed)},
            "entities": dict(class_counts(g)),
            "relations": {p: len(list(g.triples((None, KG[p], None)))) for p in SCHEMA.relations},
            "merges": dict(self.resolution.merges),
        }


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
    """Read a file of user decisions (``same A B`` / ``different A B``, see the README).

    Raises:
        kg.errors.InputError: the file cannot be read, or a line is malformed (``file:line: reason``).
    """
    from .resolve import parse_decisions

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read decisions ({getattr(exc, 'strerror', None) or exc})") from None
    return parse_decisions(text, str(path))


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
                            decisions=decisions).graph)


def run(inputs: list[str | os.PathLike] | None = None, *, text: str | None = None,
        source: str = "text.txt", extractors: list[str] | None = None, jobs: int = 1,
        bar: Bar | None = None, merge_persons: bool = True, decisions: list[Decision] = (),
        max_file_size: int = MAX_FILE_SIZE) -> BuildResult:
    """Like :func:`build_graph`, returning the graph with its resolution (for summaries).

    Inputs are streamed (:func:`kg.sources.iter_units`, :func:`kg.batch.extract_units`): read
    and extracted one unit at a time, in ``jobs`` processes; the result does not depend on ``jobs``.

    Args:
        bar: a progress bar (:func:`kg.progress.progress`) advanced by the bytes of each input
            read, with the number of its articles.
        merge_persons: False: every person is a node of its own article (``--no-merge-persons``).
        decisions: user decisions applied after the resolution rules (:func:`read_decisions`).
        max_file_size: largest text file (and JSON Lines line) read, in bytes.

    Raises:
        kg.errors.InputError: bad input (see :func:`kg.sources.iter_units`).
        ValueError: ``jobs`` < 1, or an unknown extractor.
    """
    if text is not None:
        res = extract_documents(documents_from_text(text, source), extractors,
                                merge_persons=merge_persons, decisions=decisions)
        return BuildResult(build_rdf(res), res)
    results, skipped, failed, seen, ignored = [], 0, [], set(), []
    units = iter_units(list(inputs) if inputs else [sample_path()], max_size=max_file_size, ignored=ignored)
    for done in extract_units(units, extractors, jobs):
        new = [r for r in done.results if r.doc.doc_id not in seen]  # the same file given twice: one article
        seen.update(r.doc.doc_id for r in new)
        results += new
        skipped += done.skipped
        failed += [(done.unit.where, doc_id, why) for doc_id, why in done.failed]
        if bar is not None:
            bar.advance(done.unit.size, len(done.results) + len(done.failed))
    res = resolve(results, merge_persons=merge_persons, decisions=decisions)
    return BuildResult(build_rdf(res), res, skipped=skipped, failed=failed, ignored=ignored)


def build(inputs: list[str | os.PathLike] | None, out_dir: str | os.PathLike, *, html: bool = True,
          formats: tuple[str, ...] = ("turtle",), jobs: int = 1, bar: Bar | None = None,
          merge_persons: bool = True, decisions: list[Decision] = (), max_file_size: int = MAX_FILE_SIZE,
          notify=None) -> BuildResult:
    """Build and write ``OUT/graph.ttl`` (and other formats), ``OUT/graph.html`` and, when some
    articles failed, ``OUT/errors.jsonl`` (:func:`errors_jsonl`); the set is switched in as one
    whole by :func:`kg.atomic.publish` (an ``errors.jsonl`` of an older build is removed).

    Args:
        inputs: files, folders or JSON Lines files; the bundled sample page when empty or None.
        out_dir: output folder (created if missing).
        html: also write the interactive HTML view.
        formats: serialisations to write (``turtle``, ``nt``, ``jsonld``, ``trig``) and property-graph
            exports (``graphml``, ``gexf``, ``cytoscape``, ``csv``, ``neo4j``: the files of
            :data:`kg.network.BUILD_FILES`, the bytes of ``kg export``).
        jobs: extraction processes (see :func:`run`); the files do not depend on it.
        bar: a progress bar for the extraction (see :func:`run`).
        merge_persons: False: every person is a node of its own article.
        decisions: user decisions applied after the resolution rules (:func:`read_decisions`).
        max_file_size: largest text file (and JSON Lines line) read, in bytes.
        notify: ``notify(message)`` is called when the build waits for another build of ``out_dir``.

    Returns:
        The :class:`BuildResult`, with ``files`` listing what was written.

    Raises:
        kg.errors.InputError: bad input (nothing is written then).
        kg.errors.OutputError: the outputs cannot be written (the previous ones are untouched).
        ValueError: an unknown format.
    """
    from .export import FORMATS, serialize
    from .network import BUILD_FILES, EXPORT_FORMATS, export_files, to_networkx

    unknown = [f for f in formats if f not in FORMATS and f not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"unknown output format {unknown[0]!r}; choose from {', '.join([*FORMATS, *EXPORT_FORMATS])}")
    result = run(inputs, jobs=jobs, bar=bar, merge_persons=merge_persons, decisions=decisions, max_file_size=max_file_size)
    rdf = [fmt for fmt in formats if fmt in FORMATS]
    exports = [fmt for fmt in formats if fmt in EXPORT_FORMATS]
    names = [f"graph{FORMATS[fmt]}" for fmt in rdf] + [n for fmt in exports for n in BUILD_FILES[fmt]]
    # every output an earlier build may have left: one not written now is removed in the switch
    every = {f"graph{suffix}" for suffix in FORMATS.values()} | {n for files in BUILD_FILES.values() for n in files}
    names += sorted(every - set(names)) + ["graph.html", ERRORS_FILE]

    def write(staging: Path) -> None:
        for fmt in rdf:
            serialize(result.graph, staging / f"graph{FORMATS[fmt]}", format=fmt)
        G = to_networkx(result.graph) if exports else None
        for fmt in exports:
            for name, data in export_files(G, fmt).items():
                atomic_write(staging / name, data)
        if html:
            from .view import render_html

            render_html(result.graph, staging / "graph.html", title="Tupu 图谱")
        if result.failed:
            atomic_write(staging / ERRORS_FILE, errors_jsonl(result.failed))

    try:  # the whole set is switched in at once: never a new graph.ttl beside an old graph.html
        result.files = publish(out_dir, names, write, notify=notify)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the outputs ({exc.strerror or exc})") from None
    return result


def errors_jsonl(failed: list[tuple[str, str, str]]) -> str:
    """The ``errors.jsonl`` report: one JSON object per failed article, in build order.

    Args:
        failed: :attr:`BuildResult.failed` triples ``(input, article id, reason)``.

    Returns:
        Lines ``{"article": …, "error": …, "input": …}`` (keys sorted, UTF-8, one per line).
    """
    return "".join(json.dumps({"input": where, "article": doc_id, "error": why}, ensure_ascii=False,
                              sort_keys=True) + "\n" for where, doc_id, why in failed)


def class_counts(g: Graph) -> Counter:
    """Entities per class of mentions (:meth:`kg.schema.Schema.entity_classes`) in a graph, in schema order."""
    return Counter({c: len(set(g.subjects(RDF.type, KG[c]))) for c in SCHEMA.entity_classes()})
