"""Extraction over a stream of input units, in this process or in a pool of worker processes.

:func:`extract_units` reads each unit (:mod:`kg.sources`), runs the extractors over its
documents and yields the results in input order, whatever the number of processes, so a
build with ``jobs=2`` gives byte-identical files to ``jobs=1``. At most a few units per
process are in flight: memory for extraction does not grow with the number of articles.
Each result keeps its document without the character map (only extraction needs it).

With ``jobs > 1`` the tokenizer, lexicons, gazetteer and tagger are loaded once in this
process, which then forks the workers (they start loaded and share those tables); where
``fork`` is not available each worker loads them once in its initializer. A unit goes to a
worker whole, but a large text file (a page of many articles), which this process reads in a
stream and sends to the workers in batches of articles.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from .atomic import die_with_parent, stop_on_signals
from .collector import settle_if_frozen, tables_frozen
from .errors import InputError, WorkerError
from .extract.base import Extractor, extract_document, load_extractors
from .sources import Unit, iter_unit_documents, unit_documents
from .types import Document, ExtractionResult

#: Units (with Dask: batches of documents) in flight per worker process (bounds memory; keeps every worker busy).
WINDOW_PER_JOB = 4
#: Characters of article text sent to a Dask worker in one task (a large page goes in several).
DASK_BATCH_CHARS = 200_000
#: A text file larger than this (bytes) is read here with ``--jobs N`` and its articles sent to
#: the workers in batches of about :data:`POOL_BATCH_CHARS` characters: one page of many
#: articles keeps every worker busy (sent whole, it went to one worker and the others waited).
POOL_SPLIT_BYTES = 300_000
#: Characters of article text in one batch of a large file sent to a ``--jobs`` worker.
POOL_BATCH_CHARS = 100_000
#: Smaller units (files, JSON Lines records) go to a ``--jobs`` worker together, about this many
#: bytes of input a task: one task a unit cost the parent about a millisecond each (pickling,
#: the pool's pipes and threads), time the workers shared two cores with.
POOL_GROUP_BYTES = 32_000
#: The last units of the input, about this many groups a worker (:data:`POOL_GROUP_BYTES`), go in
#: smaller and smaller groups (:func:`_group_limits`): the workers then end within a file of each
#: other, where one could wait for the other's last group of 32 KB (a third of a second).
POOL_TAIL_GROUPS = 2
#: The smallest of those groups, bytes (a file or two of news; a task costs the parent about a millisecond).
POOL_LAST_BYTES = 2_000
#: A tiny invented article run once before forking, so every table the extractors read is loaded.
_WARM_UP = "某县公安局表彰先进\n某县公安局交警大队民警柯某某荣获个人三等功。"

_extractors: list[Extractor] | None = None  # the loaded extractors of this process


@dataclass(frozen=True)
class UnitResult:
    """The extraction of one input unit.

    Attributes:
        unit: the unit read.
        results: one extraction result per document that was extracted, in document order;
            each document without its ``char_map``.
        failed: ``(document id, "ExceptionType: message")`` of each document whose extraction
            raised (a bug in an extractor): it is left out of the graph; ``(None, message)``
            when the unit itself could not be read (:attr:`unread`).
        skipped: 1 for a JSON Lines article with no text (nothing to read), else 0.
    """

    unit: Unit
    results: tuple[ExtractionResult, ...]
    failed: tuple[tuple[str | None, str], ...] = ()
    skipped: int = 0

    @property
    def unread(self) -> str | None:
        """The one-line message (naming the file) when the unit could not be read at all, else None."""
        return self.failed[0][1] if self.failed and self.failed[0][0] is None else None


class _Gathered:
    """The extraction results of one unit's batches (``--jobs``, ``--dask``), gathered until its
    last batch has come back: then one :class:`UnitResult` for the unit."""

    def __init__(self) -> None:
        self.results: list[ExtractionResult] = []
        self.failed: list[tuple[str | None, str]] = []

    def add(self, results, failed) -> None:
        """One batch's ``(results, failed)``, in document order."""
        self.results.extend(results)
        self.failed.extend(failed)

    def close(self, unit: Unit, unread: str | None, skipped: int = 0) -> UnitResult:
        """The unit's result (its error when it could not be read: ``unread``); starts afresh."""
        res = unread_unit(unit, unread) if unread is not None else \
            UnitResult(unit, tuple(self.results), tuple(self.failed), skipped)
        self.results, self.failed = [], []
        return res


def unread_unit(unit: Unit, message: str) -> UnitResult:
    """The result of a unit that cannot be read (empty, binary, undecodable, too large, a bad
    JSON Lines line): no articles, one failure ``(None, message)``; the build goes on."""
    return UnitResult(unit, (), ((None, message),))


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


#: Most ``--jobs`` workers per core (:func:`extract_units` and ``kg build`` hold more to this).
JOBS_PER_CORE = 4


def usable_cores() -> int:
    """The cores this process may run on (``os.sched_getaffinity``, where the system has it;
    else ``os.cpu_count()``), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def cpu_ticks(path: str = "/proc/stat") -> tuple[int, int] | None:
    """``(idle, total)``: clock ticks of all the machine's cores since it started, idle (waiting
    for input or output included) and in all (Linux ``/proc/stat``); None where there is none."""
    try:
        with open(path, "rb") as f:
            fields = f.readline().split()
        ticks = [int(x) for x in fields[1:9]]  # user nice system idle iowait irq softirq steal (guest is in user)
        return (ticks[3] + ticks[4], sum(ticks)) if fields[0] == b"cpu" and len(ticks) >= 5 else None
    except (OSError, ValueError, IndexError):
        return None


def idle_cores(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    """How many of the machine's cores were idle, on average, between two :func:`cpu_ticks`
    samples (0.0 to ``os.cpu_count()``); None when unknown (a sample missing, no tick between)."""
    if before is None or after is None or after[1] <= before[1]:
        return None
    return (after[0] - before[0]) / (after[1] - before[1]) * (os.cpu_count() or 1)


def _worker_init(names: list[str] | None, loaded: bool, parent: int | None = None) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; the worker dies with the parent (pid
    ``parent``: a build stopped by SIGTERM or ``kill -9`` leaves no worker waiting forever,
    :func:`kg.atomic.die_with_parent`); load what a fork did not bring."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        die_with_parent(parent)
    if not loaded:
        _load(names)


def extract_unit(unit: Unit) -> UnitResult:
    """Read one unit and extract its documents with this process's extractors.

    The documents are read as they are extracted (:func:`kg.sources.iter_unit_documents`):
    each is dropped, but for its result, before the next is read, so a large page file takes
    the memory of one item at a time for extraction.

    A unit that cannot be read (:class:`kg.errors.InputError`: empty, binary, undecodable,
    over the size limit, RDF, a bad JSON Lines line, a file changed while read) gives no
    articles and one failure ``(None, message)`` (:func:`unread_unit`), whatever it had read
    before the error: it fails alone, the build decides what that means.
    """
    if unit.error is not None:
        return unread_unit(unit, unit.error)
    try:
        if unit.record is not None:
            docs = unit_documents(unit)
            if not docs:
                return UnitResult(unit, (), (), 1)
        else:
            docs = iter_unit_documents(unit)
        out, failed = _extract_documents(docs)
    except InputError as exc:
        return unread_unit(unit, str(exc))
    return UnitResult(unit, out, failed)


def _extract_documents(docs: Iterable[Document]) -> tuple[tuple[ExtractionResult, ...], tuple[tuple[str, str], ...]]:
    """Extract documents (consumed one at a time) with this process's extractors: (results
    without char maps, failures)."""
    out, failed = [], []
    for doc in docs:
        try:
            res = extract_document(doc, _extractors)
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - one broken article must not sink a build of
            # thousands (a sys.exit() in a --jobs worker ended it, and the pool waited for its result forever)
            failed.append((doc.doc_id, f"{type(exc).__name__}: {exc}"))
            continue
        out.append(replace(res, doc=replace(res.doc, char_map=())))
    return tuple(out), tuple(failed)


def extract_units(units: Iterable[Unit], extractors: list[str] | None = None, jobs: int = 1,
                  dask: str | None = None) -> Iterator[UnitResult]:
    """Extract a stream of units, yielding one :class:`UnitResult` per unit in input order.

    Args:
        units: input units (:func:`kg.sources.iter_units`), consumed lazily.
        extractors: names of extractors to run (all registered ones by default).
        jobs: worker processes (1: in this process), at most :data:`JOBS_PER_CORE` per core.
            Any value gives the same results.
        dask: extract on a Dask cluster instead (:func:`extract_units_dask`): a scheduler
            address (``tcp://host:8786``) or ``local:N`` for a local cluster of N workers.
            The results are the same as with ``jobs=1``.

    Yields:
        :class:`UnitResult` records, in the order of ``units``.

    Raises:
        ValueError: ``jobs`` < 1, ``jobs`` > 1 together with ``dask``, or an unknown extractor name.
        kg.errors.InputError: from ``units`` (a missing path, an id used twice); a unit that
            cannot be read is a result of its own (:func:`extract_unit`).
    """
    if jobs < 1:
        raise ValueError(f"--jobs must be at least 1, not {jobs}")
    jobs = min(jobs, JOBS_PER_CORE * usable_cores())  # (each worker a process of hundreds of megabytes)
    if dask is not None:
        if jobs > 1:
            raise ValueError("give --jobs or --dask, not both (Dask workers are the processes)")
        yield from extract_units_dask(units, dask, extractors)
        return
    if jobs == 1:
        _load(extractors)
        with tables_frozen():  # a collection walks what extraction made, not the loaded tables
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
    with tables_frozen():  # the loaded tables stay shared: a worker's collector never writes to their pages
        # (concurrent.futures, not multiprocessing.Pool: a worker killed by a signal or the OOM killer
        # breaks the pool and fails the build; Pool replaced the worker and waited for its task forever)
        pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_init,
                                   initargs=(extractors, fork, os.getpid()))
        done = False
        try:
            with stop_on_signals():  # SIGTERM, SIGHUP: stop as on Ctrl-C, the pool shut down
                yield from _in_order(_pool_tasks(pool, _group_limits(units, jobs)), jobs * WINDOW_PER_JOB)
            done = True
        except BrokenProcessPool:
            raise WorkerError("a --jobs worker process died (killed, or out of memory?); "
                              "nothing was written: build again, with fewer --jobs") from None
        finally:  # stopped early (Ctrl-C, an error): the queued tasks are dropped, not run
            pool.shutdown(wait=done, cancel_futures=not done)


def _extract_batch(docs: list[Document]) -> tuple[tuple, tuple]:
    """A ``--jobs`` worker's task for a batch of a large file's documents (:func:`_extract_documents`),
    after settling what earlier tasks left alive (:func:`kg.collector.settle_if_frozen`)."""
    settle_if_frozen()
    return _extract_documents(docs)


def _extract_group(units: tuple[Unit, ...]) -> tuple[UnitResult, ...]:
    """A ``--jobs`` worker's task for a group of small units: :func:`extract_unit` of each, in
    order, after settling what earlier tasks left alive (:func:`kg.collector.settle_if_frozen`)."""
    settle_if_frozen()
    return tuple(map(extract_unit, units))


def _group_limits(units: Iterable[Unit], jobs: int) -> Iterator[tuple[Unit, int]]:
    """Each unit with the size of the group it may close (bytes, :func:`_pool_tasks`):
    :data:`POOL_GROUP_BYTES`, and near the end of ``units`` a share of what is left after it
    (a quarter with two workers), so the last groups are a file or two (:data:`POOL_LAST_BYTES`).

    Reads :data:`POOL_TAIL_GROUPS` groups a worker ahead (small units: paths, or JSON Lines
    records of a few kilobytes), to know where the end is."""
    ahead = jobs * POOL_TAIL_GROUPS * POOL_GROUP_BYTES
    held: deque = deque()
    size = 0  # bytes of the units held
    for unit in units:
        held.append(unit)
        size += unit.size
        while size - held[0].size >= ahead:  # the end is further than that: a whole group
            size -= held[0].size
            yield held.popleft(), POOL_GROUP_BYTES
    while held:
        size -= held[0].size
        yield held.popleft(), min(POOL_GROUP_BYTES, max(POOL_LAST_BYTES, size // (POOL_TAIL_GROUPS * jobs)))


def _pool_tasks(pool, units: Iterable[tuple[Unit, int]]) -> Iterator[tuple]:
    """The ``--jobs`` tasks of ``units`` (:func:`_group_limits`: each with the size of a group it
    may close), submitted as asked for: ``(units, group, task, last, unread)``.

    Units up to :data:`POOL_SPLIT_BYTES` go to a worker in groups of about
    :data:`POOL_GROUP_BYTES`, smaller at the end (``group`` True: ``units`` is the tuple of them, ``task.result()``
    their :class:`UnitResult` records); a text file over :data:`POOL_SPLIT_BYTES` is read here
    in a stream and sent in batches of about :data:`POOL_BATCH_CHARS` characters (``units``: the
    file's unit; ``task.result()``: ``(results, failures)``; None for an empty last batch; ``last``
    marks the file's last batch). ``unread``: the message of a file that could not be read; its
    earlier batches are then dropped (it fails alone, as with ``--jobs 1``)."""
    def sent(group: list[Unit]) -> tuple:
        return tuple(group), True, pool.submit(_extract_group, tuple(group)), True, None

    group: list[Unit] = []
    grouped = 0
    for unit, limit in units:
        if unit.error is not None or unit.record is not None or unit.size <= POOL_SPLIT_BYTES:
            group.append(unit)
            grouped += unit.size
            if grouped >= limit:
                yield sent(group)
                group, grouped = [], 0
            continue
        if group:
            yield sent(group)
            group, grouped = [], 0
        batch: list[Document] = []
        size = 0
        try:
            for doc in iter_unit_documents(unit):
                batch.append(doc)
                size += len(doc.text)
                if size >= POOL_BATCH_CHARS:
                    yield unit, False, pool.submit(_extract_batch, batch), False, None
                    batch, size = [], 0
        except InputError as exc:
            yield unit, False, None, True, str(exc)
            continue
        yield unit, False, pool.submit(_extract_batch, batch) if batch else None, True, None
    if group:
        yield sent(group)


def _in_order(tasks: Iterator[tuple], window: int) -> Iterator[UnitResult]:
    """The :class:`UnitResult` of each unit of :func:`_pool_tasks`, in input order, with at most
    ``window`` tasks in flight; a file sent in batches is put together from them."""
    pending: deque = deque()
    gathered = _Gathered()

    def results(item) -> tuple[UnitResult, ...]:
        unit, group, task, last, unread = item
        if group:
            return task.result()
        if task is not None:
            gathered.add(*task.result())
        return (gathered.close(unit, unread),) if last else ()

    for item in tasks:
        pending.append(item)
        if len(pending) >= window:
            yield from results(pending.popleft())
    while pending:
        yield from results(pending.popleft())


# ----------------------------------------------------------------------------- Dask
_dask_lock = threading.Lock()  # one extraction at a time per worker process (shared tables)


def _dask_extract(docs: list[Document], names: list[str] | None) -> tuple[tuple, tuple]:
    """The task run on a Dask worker: load this process's extractors once (warmed up as the
    forked ``--jobs`` workers are), then extract ``docs`` (see :func:`_extract_documents`)."""
    global _loaded_names
    with _dask_lock:  # a worker may run several threads; the extractors' tables are per process
        if _extractors is None or _loaded_names != names:
            _load(names, warm=True)
            _loaded_names = names
        return _extract_documents(docs)


_loaded_names: list[str] | None = None


def dask_client(address: str):
    """A ``distributed.Client`` for ``--dask``: ``local:N`` (or ``local``, two workers) starts a
    :class:`distributed.LocalCluster` of N single-threaded worker processes on 127.0.0.1, no
    dashboard; anything else is a scheduler address to connect to.

    Returns:
        ``(client, cluster)``; ``cluster`` is None for a scheduler address. Close both.

    Raises:
        RuntimeError: Dask is not installed (``pip install '.[dask]'`` in the Tupu checkout).
        ValueError: ``local:N`` with N not a positive number.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - depends on the installation
        raise RuntimeError("--dask needs Dask: pip install '.[dask]' in the Tupu checkout (dask and distributed)") from None
    if address == "local" or address.startswith("local:"):
        n = address.partition(":")[2] or "2"
        if not n.isdigit() or int(n) < 1:
            raise ValueError(f"--dask {address}: give local:N with N workers, e.g. local:2")
        cluster = LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def extract_units_dask(units: Iterable[Unit], address: str, extractors: list[str] | None = None) -> Iterator[UnitResult]:
    """:func:`extract_units` on a Dask cluster: the same per-article extraction, the same results.

    Each unit is read here (so workers need no access to the input files; a unit that cannot be
    read fails alone, as with ``--jobs 1``) and its documents are sent to a worker in batches of
    about :data:`DASK_BATCH_CHARS` characters (a large page file, read in a stream, is sent a
    batch at a time), which loads the tokenizer and tables once and extracts them
    (:func:`_dask_extract`). A few batches per worker are in flight; results come back in
    input order.

    Args:
        units: input units, consumed lazily.
        address: ``local:N`` or a scheduler address (see :func:`dask_client`). Workers of a
            remote cluster need this version of ``tupu`` installed.
        extractors: names of extractors to run (all by default).

    Yields:
        :class:`UnitResult` records, in the order of ``units``.
    """
    load_extractors(extractors)  # an unknown name fails here, not on a worker
    client, cluster = dask_client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(docs: list[Document]):
            return client.submit(_dask_extract, docs, extractors, pure=False)

        def tasks():
            """``(unit, future or None, last batch of the unit, skipped, unread message or None)``,
            submitted as asked for."""
            for unit in units:
                if unit.error is not None:
                    yield unit, None, True, 0, unit.error
                    continue
                try:
                    if unit.record is not None:
                        docs = unit_documents(unit)
                        yield (unit, submit(docs), True, 0, None) if docs else (unit, None, True, 1, None)
                        continue
                    batch: list[Document] = []
                    size = 0
                    for doc in iter_unit_documents(unit):
                        batch.append(doc)
                        size += len(doc.text)
                        if size >= DASK_BATCH_CHARS:
                            yield unit, submit(batch), False, 0, None
                            batch, size = [], 0
                except InputError as exc:  # fails alone; batches sent before are dropped
                    yield unit, None, True, 0, str(exc)
                    continue
                yield unit, submit(batch) if batch else None, True, 0, None

        pending: deque = deque()
        gathered = _Gathered()

        def result(item) -> UnitResult | None:
            unit, future, last, skipped, unread = item
            if future is not None:
                gathered.add(*future.result())
            return gathered.close(unit, unread, skipped) if last else None

        for item in tasks():
            pending.append(item)
            if len(pending) >= workers * WINDOW_PER_JOB and (res := result(pending.popleft())) is not None:
                yield res
        while pending:
            if (res := result(pending.popleft())) is not None:
                yield res
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


__all__ = ["UnitResult", "unread_unit", "extract_unit", "extract_units", "extract_units_dask", "dask_client", "WINDOW_PER_JOB"]
