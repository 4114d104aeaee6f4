"""Reading graphs and running queries without fetching anything, within limits.

Tupu reads only the files it is given and never makes a network request (README, issue 11).
rdflib, left to itself, would fetch in four places; each is closed here in the engine or
the parser, never by looking for words in a text:

* ``SERVICE <…>`` in a query: an rdflib evaluation hook (``CUSTOM_EVALS``) refuses the
  ``ServiceGraphPattern`` part before rdflib's ``evalServiceQuery`` would POST it; it acts
  only inside :func:`sealed` (a context variable), so other rdflib users of the process are
  untouched.
* ``FROM``/``FROM NAMED``: refused by :func:`kg.query.run_query` from the parsed query's
  dataset clause, before rdflib's ``QueryContext`` would load the named documents.
* any other request while sealed: an audit hook (:pep:`578`) refuses the ``urllib.Request``,
  ``socket.connect`` and ``socket.getaddrinfo`` events of the thread's sealed context.
* graph files: :func:`check_jsonld` refuses a JSON-LD document whose ``@context`` (or
  ``@import``) names another document; :func:`check_xml` refuses RDF/XML with a DTD entity
  declaration or an external reference (defusedxml), which rdflib's SAX parser would expand.

:func:`deadline` bounds the time of a query.

Oxigraph (``kg query`` on a store or a graph file, ``kg serve``: :mod:`kg.graphfile`) evaluates
``SERVICE`` with an HTTP client of its own, in Rust, which no Python hook sees, and pyoxigraph 0.5
has no option to turn it off: the parse check of :func:`kg.query.check_sources` refuses such
queries first, and the processes that run the queries of ``kg query`` and ``kg serve``
(:mod:`kg.workers`: the workers, and the forked child of a graph file's query) are sealed by
:func:`seal_process` besides, so whatever text reaches Oxigraph, it cannot open a connection.
"""
from __future__ import annotations

import contextvars
import ctypes
import errno
import socket
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

from rdflib.plugins.sparql import CUSTOM_EVALS

#: The events refused while sealed (PEP 578 audit events raised by the standard library).
NETWORK_EVENTS = frozenset({"urllib.Request", "socket.connect", "socket.getaddrinfo", "http.client.connect"})

_SEALED: contextvars.ContextVar[bool] = contextvars.ContextVar("tupu_sealed", default=False)
_HOOKED = False


class QueryRefusedError(ValueError):
    """A query (or a graph file) names a source other than the graph: SERVICE, FROM, a
    remote ``@context``, an XML entity; the message is one line."""


class QueryLimitError(ValueError):
    """A query ran past its time limit or gave more rows than its row limit; one line."""


class _Timeout(BaseException):
    """Raised asynchronously in the querying thread at its deadline (a BaseException so
    that rdflib's ``except Exception`` blocks cannot swallow it)."""


# ---------------------------------------------------------------------------- sealing


def _refuse_service(ctx, part):
    """rdflib ``CUSTOM_EVALS`` hook: refuse a SERVICE pattern while sealed, pass the rest on."""
    if part.name == "ServiceGraphPattern" and _SEALED.get():
        raise QueryRefusedError("SERVICE is not allowed: kg query reads only the graph file it is given")
    raise NotImplementedError


def _audit(event: str, args: tuple) -> None:
    if event in NETWORK_EVENTS and _SEALED.get():
        raise QueryRefusedError(f"network access refused ({event}): Tupu reads only the files it is given")


@contextmanager
def sealed() -> Iterator[None]:
    """Within this block (this thread or task only), rdflib SERVICE evaluation and every
    network request raise :class:`QueryRefusedError`.

    The hooks are installed once per process, on first use; outside the block they let
    everything pass.
    """
    global _HOOKED
    if not _HOOKED:
        CUSTOM_EVALS["tupu_refuse_service"] = _refuse_service
        sys.addaudithook(_audit)
        _HOOKED = True
    token = _SEALED.set(True)
    try:
        yield
    finally:
        _SEALED.reset(token)


def seal_process() -> bool:
    """Make this process unable to reach the network, for good (it cannot be undone).

    A seccomp filter (Linux; libseccomp through pyseccomp) on every thread of the process, those
    running and those to come (``TSYNC``): ``socket()`` fails with ``EACCES`` for every address
    family but ``AF_UNIX`` (the pipes to a parent keep working), and ``io_uring_setup()`` with
    ``ENOSYS`` (io_uring can open sockets without ``socket()``). Code of any language in the
    process, Oxigraph's HTTP client included, then cannot open a connection or resolve a name.
    For a process that only answers queries (:mod:`kg.workers`), never for one that serves or
    fetches.

    Returns:
        True when the process is sealed (now or before), False where it cannot be: not Linux,
        no libseccomp or pyseccomp, or a kernel that refuses the filter (the process is then
        unchanged).
    """
    global _PROCESS_SEALED
    if _PROCESS_SEALED:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        import pyseccomp as sc

        rules = sc.SyscallFilter(sc.ALLOW)
        rules.set_attr(sc.Attr.CTL_TSYNC, 1)
        rules.add_rule(sc.ERRNO(errno.EACCES), "socket", sc.Arg(0, sc.NE, socket.AF_UNIX))
        rules.add_rule(sc.ERRNO(errno.ENOSYS), "io_uring_setup")
        rules.load()
    except Exception:  # noqa: BLE001 - ImportError, RuntimeError (no libseccomp), OSError from the kernel
        return False
    _PROCESS_SEALED = True
    return True


_PROCESS_SEALED = False


# ---------------------------------------------------------------------------- time limit


class _Watch:
    """Raises :class:`_Timeout` in the starting thread after ``seconds``, unless stopped first."""

    def __init__(self, seconds: float):
        self._lock = threading.Lock()
        self._state = "running"
        self._thread = threading.get_ident()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._state == "running":
                self._state = "fired"
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread), ctypes.py_object(_Timeout))

    def stop(self) -> None:
        """Stop the watch; raise :class:`_Timeout` if it fired (its pending copy cleared)."""
        with self._lock:
            fired = self._state == "fired"
            self._state = "done"
            if fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread), None)
        self._timer.cancel()
        if fired:
            raise _Timeout


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Bound the time of the block: past ``seconds`` the block is interrupted (at its next
    Python instruction) and :class:`QueryLimitError` raised; ``None`` or 0: no limit.

    Works in any thread (CPython's ``PyThreadState_SetAsyncExc``); the block must not
    catch ``BaseException``. A C call that runs long (one huge regular expression) ends
    before the interruption is seen.
    """
    if not seconds:
        yield
        return
    watch = _Watch(seconds)
    try:
        try:
            watch.start()
            yield
        finally:
            watch.stop()
    except _Timeout:
        raise QueryLimitError(f"the query ran longer than {seconds:g} s (the time limit; raise it with --timeout)") from None


# ---------------------------------------------------------------------------- graph files


def check_jsonld(document: object) -> None:
    """Refuse a JSON-LD document that would make a parser fetch another document.

    Args:
        document: the parsed JSON (``json.loads``) of the file.

    Raises:
        QueryRefusedError: some ``@context`` is (or lists) an IRI (remote or ``file:``), or
            a context holds ``@import``; the message names the IRI. Inline contexts pass.
    """
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key == "@context":
                    for ctx in item if isinstance(item, list) else [item]:
                        if isinstance(ctx, str):
                            raise QueryRefusedError(f"its @context names another document ({ctx[:80]}), which is not loaded")
                        if isinstance(ctx, dict) and "@import" in ctx:
                            raise QueryRefusedError(f"its @context imports another document ({str(ctx['@import'])[:80]})")
                stack.append(item)


def check_xml(data: bytes) -> None:
    """Refuse an XML document with entity declarations or external references.

    Parsed once with defusedxml's SAX parser (``forbid_entities``, ``forbid_external``),
    which stops at the first such declaration, so an entity expansion bomb costs nothing.

    Args:
        data: the file's bytes.

    Raises:
        QueryRefusedError: the document declares an entity or references an external one.
    """
    from xml.sax.handler import ContentHandler

    import defusedxml.sax
    from defusedxml import DefusedXmlException

    try:
        defusedxml.sax.parseString(data, ContentHandler(), forbid_dtd=False, forbid_entities=True,
                                   forbid_external=True)
    except DefusedXmlException as exc:
        raise QueryRefusedError(f"XML entity declarations and external references are not read ({type(exc).__name__})") from None
    except Exception:  # not well-formed: rdflib's own parser reports it
        return


__all__ = ["NETWORK_EVENTS", "QueryLimitError", "QueryRefusedError", "check_jsonld", "check_xml", "deadline", "seal_process", "sealed"]
