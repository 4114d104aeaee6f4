"""Extraction over a stream of input units, in this process or in a pool of worker processes.

:func:`extract_units` reads each unit (:mod:`kg.sources`), runs the extractors over its
documents and yields the results in input order, whatever the number of processes, so a
build with ``jobs=2`` gives byte-identical files to ``jobs=1``. At most a few units per
process are in flight: memory for extraction does not grow with the number of articles.
Each result keeps its document without the character map (only extraction needs it).

With ``jobs > 1`` the tokenizer, lexicons, gazetteer and tagger are loaded once in this
process, which then forks the workers (they start loaded and share those tables); where
``fork`` is not available each worker loads them once in its initializer.
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .extract.base import Extractor, extract_document, load_extractors
from .sources import Unit, unit_documents
from .types import ExtractionResult

#: Units in flight per worker process (bounds memory; keeps every worker busy).
WINDOW_PER_JOB = 4
#: A tiny invented article run once before forking, so every table the extractors read is loaded.
_WARM_UP = "某县公安局表彰先进\n某县公安局交警大队民警王某某荣获个人三等功。"

_extractors: list[Extractor] | None = None  # the loaded extractors of this process


@dataclass(frozen=True)
class UnitResult:
    """The extraction of one input unit.

    Attributes:
        unit: the unit read.
        results: one extraction result per document that was extracted, in document order;
            each document without its ``char_map``.
        failed: ``(document id, "ExceptionType: message")`` of each document whose extraction
            raised (a bug in an extractor): it is left out of the graph.
        skipped: 1 for a JSON Lines article with no text (nothing to read), else 0.
    """

    unit: Unit
    results: tuple[ExtractionResult, ...]
    failed: tuple[tuple[str, str], ...] = ()
    skipped: int = 0


def _load(names: list[str] | None, warm: bool = False) -> None:
    """Load the extractors of this process (and, with ``warm``, every table they read)."""
    global _extractors
    from .ingest import documents_from_text
    from .nlp import tokenizer

    tokenizer()
    _extractors = load_extractors(names)
    if warm:
        for doc in documents_from_text(_WARM_UP, "warm-up.txt"):
            extract_document(doc, _extractors)


def _worker_init(names: list[str] | None, loaded: bool) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; load what a fork did not bring."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not loaded:
        _load(names)


def extract_unit(unit: Unit) -> UnitResult:
    """Read one unit and extract its documents with this process's extractors.

    Raises:
        kg.errors.InputError: the unit cannot be read (see :func:`kg.sources.unit_documents`).
    """
    docs = unit_documents(unit)
    if unit.record is not None and not docs:
        return UnitResult(unit, (), (), 1)
    out, failed = [], []
    for doc in docs:
        try:
            res = extract_document(doc, _extractors)
        except Exception as exc:  # noqa: BLE001 - one broken article must not sink a build of thousands
            failed.append((doc.doc_id, f"{type(exc).__name__}: {exc}"))
            continue
        out.append(replace(res, doc=replace(res.doc, char_map=())))
    return UnitResult(unit, tuple(out), tuple(failed))


def extract_units(units: Iterable[Unit], extractors: list[str] | None = None, jobs: int = 1) -> Iterator[UnitResult]:
    """Extract a stream of units, yielding one :class:`UnitResult` per unit in input order.

    Args:
        units: input units (:func:`kg.sources.iter_units`), consumed lazily.
        extractors: names of extractors to run (all registered ones by default).
        jobs: worker processes (1: in this process). Any value gives the same results.

    Yields:
        :class:`UnitResult` records, in the order of ``units``.

    Raises:
        ValueError: ``jobs`` < 1, or an unknown extractor name.
        kg.errors.InputError: a unit cannot be read; the pool is stopped.
    """
    if jobs < 1:
        raise ValueError(f"--jobs must be at least 1, not {jobs}")
    if jobs == 1:
        _load(extractors)
        for unit in units:
            yield extract_unit(unit)
        return
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    if fork:
        _load(extractors, warm=True)  # fork after jieba.initialize(): workers start loaded
    else:  # pragma: no cover - Windows
        load_extractors(extractors)  # unknown names fail here, not in a worker
    ctx = multiprocessing.get_context("fork" if fork else None)
    gc.freeze()  # the loaded tables stay shared: a worker's collector never writes to their pages
    try:
        with ctx.Pool(jobs, initializer=_worker_init, initargs=(extractors, fork)) as pool:
            pending: deque = deque()
            for unit in units:
                pending.append(pool.apply_async(extract_unit, (unit,)))
                if len(pending) >= jobs * WINDOW_PER_JOB:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        gc.unfreeze()


__all__ = ["UnitResult", "extract_unit", "extract_units", "WINDOW_PER_JOB"]
