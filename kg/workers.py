"""Queries in worker processes, stopped at their time limit: ``kg serve`` and ``kg query STORE``.

A query that runs long inside one step (a step inside Oxigraph, or a regular expression or a
huge parse in rdflib, which hold the interpreter) cannot be interrupted where it runs. Here it
runs in a process of its own: at the time limit the process is killed (and, for a server,
replaced), so the limit holds whatever the engine does, and a server's other requests are
never held up. A worker opens the source once: a store folder read-only or a graph file loaded
into an in-memory store (Oxigraph answers both, :func:`kg.store.query_store`; a file Oxigraph
cannot read is parsed by rdflib, which answers: :mod:`kg.graphfile`), and before each query
looks whether a build has replaced it (:func:`source_version`).

A worker is sealed before it opens anything (:func:`kg.sandbox.seal_process`, Linux): it cannot
open a network connection, so a query that got past the parse check of ``SERVICE`` could still
not make Oxigraph (whose HTTP client no Python hook sees) or rdflib fetch anything.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import queue
from pathlib import Path

from .atomic import die_with_parent  # (there: a --jobs worker's start imports nothing)
from .query import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, QueryEvaluationError, QueryLimitError

#: Worker processes that answer the queries of ``kg serve`` (each opens the source itself).
STORE_WORKERS = 2
#: Seconds a worker is given beyond the time limit for its own check to answer first.
GRACE = 1.0
#: Exit codes of a query process that Rust aborted (or the kernel killed) on a failed allocation.
_ABORTED = (-6, -9, 134, 137)


def default_max_memory(workers: int = STORE_WORKERS) -> int:
    """Bytes of address space a query of ``kg serve`` may add to its worker by default: the machine's
    memory shared by the workers and the server (``workers + 1``), at most 8 GiB; 0 where the
    machine's memory cannot be read (no limit)."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not POSIX
        return 0
    return min(8 << 30, physical // (workers + 1))


def _limit_memory(limit: int | None) -> None:
    """Let this process grow by at most ``limit`` bytes of address space from now (the soft
    ``RLIMIT_AS``; None/0: lift the cap): an allocation past it fails (Python: MemoryError;
    Oxigraph, in Rust: the process aborts). Set once the source is open, so the limit is the
    query's: the interpreter, the libraries and the source itself are not counted."""
    try:
        import resource

        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        soft = hard if not limit else _address_space() + limit
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not POSIX, or a lower hard limit
        pass


def result_size(result) -> int:
    """Characters of the values of a :class:`kg.query.QueryResult`: its rows (SELECT), or the
    terms of its triples (CONSTRUCT, DESCRIBE); 0 for ASK. What the result-size limit counts."""
    if result.graph is not None:
        return sum(len(t) for triple in result.graph for t in triple)
    return sum(len(v) for row in result.rows for v in row if v is not None)


def source_version(path: str | os.PathLike) -> tuple[int, int, int] | None:
    """What tells a new state of a served source: ``(inode, mtime in ns, size)`` of a store's
    manifest (written last by every build, replaced by a rename) or of a graph file (replaced
    whole by ``kg build``); None when it cannot be read, or for a store marked mid-build by a kg
    from before store generations (``"graphs": null``), so that readers keep the last whole
    state. (A build now commits a store with one rename of its manifest: the manifest always
    names a whole state.)"""
    from .store import MANIFEST

    target = Path(path) / MANIFEST if Path(path).is_dir() else Path(path)
    try:
        st = os.stat(target)
    except OSError:
        return None
    version = st.st_ino, st.st_mtime_ns, st.st_size
    if Path(path).is_dir():
        key = (str(target), version)
        if key not in _CLEAN:  # a store marked mid-build (an older kg) has no new state yet
            try:
                _CLEAN[key] = json.loads(target.read_text(encoding="utf-8")).get("graphs") is not None
            except (OSError, ValueError, AttributeError):
                _CLEAN[key] = False
        if not _CLEAN[key]:
            return None
    return version


#: Whether a manifest version (path, inode, mtime, size) is clean, read once per version.
_CLEAN: dict[tuple[str, tuple[int, int, int]], bool] = {}


def open_source(path: str | os.PathLike):
    """``answer(sparql, params, timeout, max_rows)`` over a store folder (opened read-only,
    Oxigraph: :func:`kg.store.query_store`) or a graph file (loaded into an in-memory Oxigraph
    store, or parsed by rdflib where Oxigraph cannot read it: :func:`kg.graphfile.open_graph_file`);
    both give a :class:`kg.query.QueryResult`.

    Raises:
        kg.store.StoreError, kg.export.GraphFileError: the source cannot be opened.
    """
    if Path(path).is_dir():
        from .store import open_read_only, query_store

        store = open_read_only(path)

        def answer(sparql, params, timeout, max_rows):
            return query_store(store, sparql, params, timeout=timeout, max_rows=max_rows)
    else:
        from .graphfile import open_graph_file, query_source

        source = open_graph_file(path)

        def answer(sparql, params, timeout, max_rows):
            return query_source(source, sparql, params, timeout=timeout, max_rows=max_rows)
    return answer


def _address_space() -> int:
    """Bytes of this process's address space now (Linux ``/proc/self/statm``; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _worker_main(path: str, conn, max_memory: int | None = None, max_result: int | None = None,
                 parent: int | None = None) -> None:
    """A query worker: open the source (:func:`open_source`), answer ``(sparql, params, timeout,
    max_rows)`` requests with ``("started",)`` once the source is open, then ``("ok", result)`` or
    ``("error", type name, message)``. Before each
    query it looks at the source's :func:`source_version`: when a build has changed it
    (``kg build --store … --append``, or a new ``graph.ttl``), the worker opens the new state and
    answers from it; when the new state cannot be opened it answers from the one it has and
    tries again at the next query. A source that cannot be opened at all is each answer's error.
    ``max_memory``: bytes of address space a query may add to the open source
    (:func:`_limit_memory`); ``max_result``: characters a result's values may hold
    (:func:`result_size`), else :class:`kg.query.QueryLimitError`; ``parent``: the parent's pid."""
    import signal

    from .sandbox import seal_process

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's
    die_with_parent(parent if parent is not None else os.getppid())
    os.environ["RUST_BACKTRACE"] = "0"  # an allocation past the limit in Oxigraph: one line, not a backtrace
    seal_process()  # before the source is opened: no thread of the worker may reach the network
    version = source_version(path)
    try:
        answer, failed = open_source(path), None
    except Exception as exc:  # noqa: BLE001 - sent back with each request
        answer, failed = None, exc
    _limit_memory(max_memory)
    while True:
        try:
            sparql, params, timeout, max_rows = conn.recv()
        except (EOFError, OSError):
            return
        now = source_version(path)
        if now is not None and now != version:
            _limit_memory(None)  # a new state is opened with no cap, then the query's is set again
            try:
                answer, version, failed = open_source(path), now, None
            except Exception:  # noqa: BLE001 - a half-written or damaged state: keep the last good one
                pass
            _limit_memory(max_memory)
        conn.send(("started",))  # the source is open: the query's time limit runs from here
        try:
            if failed is not None:
                raise failed
            result = answer(sparql, params, timeout, max_rows)
            if max_result and result_size(result) > max_result:
                raise QueryLimitError(f"the result holds more than {max_result:,} characters "
                                      "(the result-size limit)")
            conn.send(("ok", result))
        except MemoryError:
            conn.send(("error", "QueryLimitError", f"the query needed more than {(max_memory or 0) >> 20:,} MB of "
                       "memory (the memory limit)"))
        except Exception as exc:  # noqa: BLE001 - sent back as the same type
            conn.send(("error", type(exc).__name__, str(exc)))


class QueryWorkers:
    """Processes that run the queries on one source (a store folder or a graph file), each
    killed at its query's time limit; a killed or broken worker is replaced.

    Args:
        path: the store folder or graph file.
        size: how many workers (queries that may run at once).
        max_memory: bytes of address space a query may add to its worker once the source is
            open (None: no limit): a query that needs more (``BIND(CONCAT(?x, ?x) …)`` doubled 28
            times wants tens of gigabytes long before any time limit) fails with
            :class:`kg.query.QueryLimitError`, its worker replaced.
        max_result: characters a result's values may hold (:func:`result_size`; None: no limit).
    """

    def __init__(self, path: str | os.PathLike, size: int = STORE_WORKERS, *, max_memory: int | None = None,
                 max_result: int | None = None) -> None:
        self.path, self.size = Path(path), size
        self.max_memory, self.max_result = max_memory or None, max_result or None
        self.idle: queue.Queue = queue.Queue()
        for _ in range(size):
            self.idle.put(self._start())

    def _start(self):
        ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: safe beside threads and open stores
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, daemon=True,
                           args=(str(self.path), child, self.max_memory, self.max_result, os.getpid()))
        proc.start()
        child.close()
        return proc, parent

    def query(self, sparql: str, params: dict[str, str] | None = None, *, timeout: float | None,
              max_rows: int | None):
        """Run a query in an idle worker (waiting for one when all are busy).

        Args:
            sparql, params, timeout, max_rows: as for :func:`kg.query.run_query`.

        Returns:
            The :class:`kg.query.QueryResult`.

        Raises:
            What the worker raised, as the same :mod:`kg.query` type (others as
            :class:`kg.query.QueryEvaluationError`, with their message); past the time limit
            (plus :data:`GRACE` for the worker's own check) the worker is killed and
            :class:`kg.query.QueryLimitError` raised.
        """
        proc, conn = self.idle.get()
        replace = True
        try:
            conn.send((sparql, params, timeout, max_rows))
            conn.recv()  # ("started",): the worker has its source open (a new worker loads it
            # first, a large graph file for many seconds): that is no part of the query's time
            if conn.poll(timeout + GRACE if timeout else None):
                answer = conn.recv()
                self.idle.put((proc, conn))
                proc = None
            else:
                raise QueryLimitError(f"the query ran longer than {timeout:g} s (the time limit; raise it with --timeout)")
        except (EOFError, OSError):
            proc.join(5)
            if self.max_memory and proc.exitcode in _ABORTED:  # Rust's abort on a failed allocation
                raise QueryLimitError(f"the query needed more than {self.max_memory >> 20:,} MB of memory "
                                      "(the memory limit)") from None
            raise QueryEvaluationError(
                f"SPARQL evaluation failed: the query worker stopped (exit code {proc.exitcode}); the worker is "
                "a fresh interpreter that imports the calling script again, so a script must keep its top level "
                "under `if __name__ == \"__main__\":` and be a file (not read from standard input)") from None
        except BaseException as exc:
            replace = isinstance(exc, Exception)  # not after Ctrl-C or the like: the caller stops
            raise
        finally:
            if proc is not None:  # timed out, broken or interrupted: end it
                proc.kill()
                proc.join(5)
                conn.close()
                if replace:
                    self.idle.put(self._start())
        return _answered(answer)

    def close(self) -> None:
        """Stop the workers."""
        while not self.idle.empty():
            proc, conn = self.idle.get()
            conn.close()
            proc.kill()
            proc.join(5)


def _answered(answer: tuple):
    """The result of a worker's answer ``("ok", result)``, or its ``("error", type name, message)``
    raised as the same :mod:`kg.query` type (others as :class:`kg.query.QueryEvaluationError`)."""
    from . import query as q

    if answer[0] == "ok":
        return answer[1]
    error = getattr(q, answer[1], None)
    raise (error if isinstance(error, type) and issubclass(error, Exception) else QueryEvaluationError)(answer[2])


def _forked_query(graph, sparql, params, timeout, max_rows, conn, parent: int, max_memory: int | None = None) -> None:
    """The child of :func:`query_in_fork`: sealed, it answers one query on the graph it shares
    with its parent and ends. Its standard error goes nowhere: Oxigraph, refused an allocation
    past the memory limit, writes a line there and aborts, which the parent reports instead."""
    import signal

    from .graphfile import query_source
    from .sandbox import seal_process

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's
    die_with_parent(parent)
    seal_process()
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
    except OSError:  # pragma: no cover - no /dev/null
        pass
    if max_memory:
        _limit_memory(max_memory)
    try:
        conn.send(("ok", query_source(graph, sparql, params, timeout=timeout, max_rows=max_rows)))
    except MemoryError:
        conn.send(("error", "QueryLimitError", "the query ran out of memory"))
    except Exception as exc:  # noqa: BLE001 - sent back as the same type
        conn.send(("error", type(exc).__name__, str(exc)))
    finally:
        conn.close()


def query_in_fork(graph, sparql: str, params: dict[str, str] | None = None, *, timeout: float | None,
                  max_rows: int | None, max_memory: int | None = None):
    """Run one query on a graph already in memory (``kg query GRAPH_FILE``: what
    :func:`kg.graphfile.open_graph_file` opened, an in-memory Oxigraph store or an rdflib graph;
    or any rdflib graph) in a forked child, sealed as the workers are and killed at the time
    limit: a step that holds the interpreter or runs long inside Oxigraph (a regular expression
    that backtracks for ever, ``regex("aaa…!", "^(a+)+$")``, a huge join) cannot be interrupted
    where it runs, so the in-process limit of :func:`kg.query.run_query` alone let it run on, and
    Oxigraph's ``SERVICE`` cannot reach the network from the sealed child. The child shares the
    graph with the parent (fork: nothing is copied or loaded again). Where there is no fork
    (Windows), the query runs in this process.

    Args:
        graph: what :func:`kg.graphfile.query_source` takes.
        sparql, params, timeout, max_rows: as for :func:`kg.query.run_query`.
        max_memory: bytes of address space the child may add for the query (None/0: no limit);
            a query that needs more fails with :class:`kg.query.QueryLimitError`.

    Returns:
        The :class:`kg.query.QueryResult`.

    Raises:
        What :func:`kg.query.run_query` raises, as the same type; past the time limit (plus
        :data:`GRACE`) the child is killed and :class:`kg.query.QueryLimitError` raised.
    """
    from .graphfile import query_source

    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return query_source(graph, sparql, params, timeout=timeout, max_rows=max_rows)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_forked_query, args=(graph, sparql, params, timeout, max_rows, child, os.getpid(), max_memory),
                       daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout + GRACE if timeout else None):
            raise QueryLimitError(f"the query ran longer than {timeout:g} s (the time limit; raise it with --timeout)")
        answer = parent.recv()
    except (EOFError, OSError):
        proc.join(5)
        if max_memory and proc.exitcode in _ABORTED:  # Oxigraph (Rust) aborts on a failed allocation
            raise QueryLimitError("the query ran out of memory") from None
        raise QueryEvaluationError("SPARQL evaluation failed: the query process stopped") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    return _answered(answer)


def query_in_worker(path: str | os.PathLike, sparql: str, params: dict[str, str] | None = None, *,
                    timeout: float | None = DEFAULT_TIMEOUT, max_rows: int | None = DEFAULT_MAX_ROWS,
                    max_memory: int | None = None):
    """Run one query on a store folder or graph file in a worker process of its own, sealed
    (:func:`kg.sandbox.seal_process`: it cannot reach the network) and killed at the time limit
    (``kg query STORE``). The Python API for query text one does not trust: unlike
    :func:`kg.store.query_store` in the caller's process, nothing the engine does can fetch.

    Args:
        path: a store folder (``kg build --store``) or a graph file.
        sparql, params, timeout, max_rows: as for :func:`kg.query.run_query`.
        max_memory: bytes of address space the worker may add for the query (as :class:`QueryWorkers`).

    Returns:
        The :class:`kg.query.QueryResult`.

    Raises:
        kg.store.StoreError, kg.export.GraphFileError: the source cannot be opened (raised
        here, before any worker starts); and what :meth:`QueryWorkers.query` raises.

    The worker is spawned (a fresh interpreter), which imports the calling script again: a
    script that calls this keeps its top level under ``if __name__ == "__main__":``.
    """
    answer = open_source(path)  # opens and checks the source here: its errors are one clear line
    del answer  # the worker opens it again (a read-only store may be opened by many)
    workers = QueryWorkers(path, size=1, max_memory=max_memory)
    try:
        return workers.query(sparql, params, timeout=timeout, max_rows=max_rows)
    finally:
        workers.close()


__all__ = ["GRACE", "STORE_WORKERS", "QueryWorkers", "default_max_memory", "open_source", "query_in_fork",
           "query_in_worker", "result_size", "source_version"]
