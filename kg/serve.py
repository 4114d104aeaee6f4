"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph file or a store.

``GET /sparql?query=…``, ``POST /sparql`` (``application/sparql-query`` body, or a form with
``query=``) answer SELECT and ASK in the W3C results formats chosen by the ``Accept`` header
(JSON, XML, CSV, TSV) and CONSTRUCT/DESCRIBE as RDF (Turtle, N-Triples, JSON-LD); ``GET /``
is the HTML view of the graph. Nothing but the graph is read: updates (``update=``,
``application/sparql-update``), ``SERVICE``, ``FROM``/``FROM NAMED`` and the protocol's
``default-graph-uri``/``named-graph-uri`` are refused with ``400`` and one line of text, and
each query has a time limit and a result-size limit (:mod:`kg.query`, :mod:`kg.sandbox`).

The server is the standard library's ``ThreadingHTTPServer``, bound to ``127.0.0.1`` by default.
"""
from __future__ import annotations

import os
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .query import DEFAULT_MAX_ROWS, QueryEvaluationError, QueryLimitError, QueryRefusedError, QuerySyntaxError, \
    format_result, indefinite
from .workers import QueryWorkers, default_max_memory, source_version

#: Seconds a query may run on the endpoint (``kg serve --timeout``).
SERVE_TIMEOUT = 30.0
#: Characters a result's values may hold by default (``kg serve --max-result``, in millions): a
#: row limit does not bound one row of one value doubled by ``CONCAT`` (a 1 KB query, 268 MB).
MAX_RESULT = 100_000_000
#: Largest request body read (a query), in bytes.
MAX_BODY = 1 << 20
#: Queries that may wait for a busy worker (``kg serve --max-waiting``); one more is answered
#: ``503`` at once with ``Retry-After``, so a flood of slow queries holds no thread, socket or
#: memory beyond these.
MAX_WAITING = 8
#: Result media types → :func:`kg.query.format_result` formats, the first the default.
ROW_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
#: RDF media types for CONSTRUCT and DESCRIBE, the first the default.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "text/plain": "nt",
}


#: What writing to (or reading from) a client that closed or reset its connection raises.
_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class EndpointBusy(Exception):
    """Every query worker is busy and as many queries as allowed already wait (HTTP ``503``)."""


class _BodyError(ValueError):
    """A request body that is too long (``status`` 413) or badly framed (400); its message is the client's."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class Endpoint:
    """What the server answers from: a graph file (loaded into an in-memory Oxigraph store, or
    rdflib where Oxigraph cannot read it: :mod:`kg.graphfile`) or a store folder (pyoxigraph).

    A build that changes the source while the server runs (a store's manifest or the graph
    file replaced: :func:`source_version`) is seen at the next query and the next view.

    Args:
        source: a graph file (``.ttl``, ``.nt``, ``.trig``, …) or a store folder (``kg build --store``).
        timeout: seconds a query may run (0: no limit).
        max_rows: rows (CONSTRUCT: triples) a result may have (0: no limit).
        max_memory: bytes a query may take in its worker beyond the open source (0: no limit;
            default :func:`kg.workers.default_max_memory`).
        max_result: characters a result's values may hold (0: no limit).
        max_waiting: queries that may wait for a worker while all are busy; one more raises
            :class:`EndpointBusy` at once.

    Raises:
        kg.export.GraphFileError: the graph file cannot be read.
        kg.store.StoreError: the store cannot be opened (another version, damaged, …).
    """

    def __init__(self, source: str | os.PathLike, *, timeout: float = SERVE_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS, max_memory: int | None = None,
                 max_result: int = MAX_RESULT, max_waiting: int = MAX_WAITING) -> None:
        from .store import is_store, open_read_only

        self.source = Path(source)
        self.timeout, self.max_rows = timeout, max_rows
        limits = {"max_memory": default_max_memory() if max_memory is None else max_memory, "max_result": max_result}
        self.graph = self.store = self.workers = None
        if self.source.is_dir():
            if not is_store(self.source):
                from .store import StoreError

                raise StoreError(f"{self.source}: not a Tupu store (no tupu-store.json) and not a graph file")
            self.store = open_read_only(self.source)  # checks the store here, with a clear error
            self.workers = QueryWorkers(self.source, **limits)
        else:
            from .graphfile import open_graph_file

            self.graph = open_graph_file(self.source)  # checks the file here, with a clear error; the view
            self.workers = QueryWorkers(self.source, **limits)
        self._html: bytes | None = None
        self._version = source_version(self.source)
        self._lock = threading.Lock()
        self.max_waiting = max_waiting
        self._admitted = threading.BoundedSemaphore(self.workers.size + max_waiting)

    def query(self, sparql: str):
        """Run a read-only query; a :class:`kg.query.QueryResult`.

        Raises:
            EndpointBusy: every worker is busy and ``max_waiting`` queries already wait.
            kg.query.QuerySyntaxError, kg.query.QueryRefusedError, kg.query.QueryLimitError,
            kg.query.QueryEvaluationError: as :func:`kg.query.run_query`.
        """
        if not self._admitted.acquire(blocking=False):
            raise EndpointBusy(f"the endpoint is busy: {self.workers.size} queries running and {self.max_waiting} "
                               "waiting (kg serve --max-waiting); try again shortly")
        try:
            return self.workers.query(sparql, timeout=self.timeout, max_rows=self.max_rows)
        finally:
            self._admitted.release()

    def close(self) -> None:
        """Stop the store's query workers, if any."""
        if self.workers is not None:
            self.workers.close()

    def html(self) -> bytes:
        """The HTML view of the graph (drawn on the first request, then kept until a build
        changes the source: see :func:`source_version`)."""
        with self._lock:
            now = source_version(self.source)
            if now is not None and now != self._version:
                try:
                    if self.store is not None:
                        from .store import open_read_only

                        self.store = open_read_only(self.source)
                    else:
                        from .graphfile import open_graph_file

                        self.graph = open_graph_file(self.source)
                    self._html, self._version = None, now
                except Exception:  # noqa: BLE001 - keep the last good state (as the workers do)
                    pass
            if self._html is None:
                from .graphfile import GraphFile
                from .view import render_html

                graph = self.graph
                if graph is None or isinstance(graph, GraphFile):
                    from .store import to_rdflib

                    graph = to_rdflib(self.store if graph is None else graph.store)
                with tempfile.TemporaryDirectory() as tmp:
                    from .store import source_name

                    render_html(graph, Path(tmp) / "graph.html", title=f"Tupu 图谱 — {source_name(self.source)}")
                    self._html = (Path(tmp) / "graph.html").read_bytes()
            return self._html


def negotiate(accept: str | None, offered: dict[str, str]) -> str | None:
    """Pick the media type of ``offered`` that an ``Accept`` header prefers.

    Args:
        accept: the header (``None`` or empty: anything).
        offered: media type → format, the first the default.

    Returns:
        The chosen media type, or ``None`` when the header accepts none of them (406).
    """
    default = next(iter(offered))
    if not accept or not accept.strip():
        return default
    best, best_q = None, 0.0
    for rank, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        mtype, q = parts[0].lower(), 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if mtype in ("*/*", "application/*", "text/*"):
            major = mtype.split("/")[0]
            candidates = [t for t in offered if major == "*" or t.startswith(major + "/")]
            choice = candidates[0] if candidates else None
            q -= 0.001  # an exact type of the same weight wins
        else:
            choice = mtype if mtype in offered else None
        if choice and q > best_q:
            best, best_q = choice, q
    return best


class _Handler(BaseHTTPRequestHandler):
    """The request handler: ``/`` (HTML view) and ``/sparql`` (the protocol)."""

    timeout = 30  # seconds a client may take to send its request (a stalled body frees the thread)

    endpoint: Endpoint
    server_version = "Tupu"
    quiet = False

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server API
        if not self.quiet:
            sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))

    def handle(self) -> None:
        """Answer the connection's requests; a client that closes or resets it before its
        answer is written (a timed-out query it stopped waiting for, a browser tab closed) ends
        the connection with one quiet log line, not a traceback (:meth:`_gone`)."""
        try:
            super().handle()
        except _GONE as exc:
            self._gone(exc)

    def _gone(self, exc: OSError, status: int | None = None) -> None:
        """Log once (unless ``quiet``) that the client went away, and end the connection."""
        self.close_connection = True
        if not getattr(self, "_said_gone", False):
            self._said_gone = True
            answer = f" before its answer ({status}) was written" if status is not None else ""
            self.log_message("the client closed the connection%s (%s)", answer, type(exc).__name__)

    def _send(self, status: int, body: bytes, ctype: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        """Write one answer; a client gone meanwhile is :meth:`_gone`, not an error."""
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept")
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except _GONE as exc:
            self._gone(exc, status)

    def _error(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self._send(status, (" ".join(message.split()) + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server API
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, self.endpoint.html(), "text/html; charset=utf-8")
        elif url.path == "/sparql":
            self._protocol(parse_qs(url.query, keep_blank_values=True), None)
        else:
            self._error(404, f"{url.path}: not found; the SPARQL endpoint is /sparql, the view /")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"{url.path}: not found; the SPARQL endpoint is /sparql")
            return
        try:
            body = self._body().decode("utf-8", "replace")
        except _BodyError as exc:
            self.close_connection = True  # what follows the bad body cannot be framed
            self._error(exc.status, str(exc))
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._error(400, "SPARQL updates are not allowed: this endpoint is read-only")
            return
        if ctype == "application/sparql-query":
            self._protocol(params, body)
        elif ctype == "application/x-www-form-urlencoded":
            self._protocol({**params, **parse_qs(body, keep_blank_values=True)}, None)
        else:
            self._error(415, f"POST a query as application/sparql-query or a form (query=…), not {ctype or 'no type'}")

    def _body(self) -> bytes:
        """The request body, framed by ``Content-Length`` or sent in chunks
        (``Transfer-Encoding: chunked``, RFC 9112 §7.1: what curl sends for a body from a pipe),
        at most :data:`MAX_BODY` bytes.

        Raises:
            _BodyError: too long, a bad length, a transfer coding other than chunked, or
                chunks that do not parse.
        """
        too_long = f"the request body must be 0 to {MAX_BODY} bytes"
        coding = (self.headers.get("Transfer-Encoding") or "").strip().lower()
        if not coding:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                raise _BodyError(f"bad Content-Length: {too_long}") from None
            if length < 0 or length > MAX_BODY:
                raise _BodyError(too_long, 413) if length > MAX_BODY else _BodyError(f"bad Content-Length: {too_long}")
            return self.rfile.read(length)
        if coding != "chunked":
            raise _BodyError(f"Transfer-Encoding {coding} is not supported: send the body as is or chunked")
        body = bytearray()
        while True:
            line = self.rfile.readline(1026)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _BodyError("a chunked request body that does not parse (RFC 9112 §7.1)") from None
            if size < 0 or len(body) + size > MAX_BODY:
                raise _BodyError(too_long, 413)
            if size == 0:
                break
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3).strip():
                raise _BodyError("a chunked request body that does not parse (RFC 9112 §7.1)")
            body += chunk
        for _ in range(100):  # trailer fields, up to the empty line
            if not self.rfile.readline(8192).strip():
                break
        return bytes(body)

    def _protocol(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params:
            self._error(400, "SPARQL updates are not allowed: this endpoint is read-only")
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(400, "default-graph-uri and named-graph-uri are not allowed: this endpoint answers from its own graph only")
            return
        queries = params.get("query", [])
        sparql = body if body is not None else (queries[0] if len(queries) == 1 else None)
        if sparql is None:
            self._error(400, "give one SPARQL query: /sparql?query=… or POST it")
            return
        try:
            result = self.endpoint.query(sparql)
        except (QuerySyntaxError, QueryRefusedError, QueryLimitError) as exc:
            self._error(400, endpoint_message(str(exc)))
            return
        except QueryEvaluationError as exc:
            self._error(500, str(exc))
            return
        except EndpointBusy as exc:
            self._error(503, str(exc), (("Retry-After", "1"),))
            return
        graph = result.kind in ("CONSTRUCT", "DESCRIBE")
        offered = GRAPH_TYPES if graph else ROW_TYPES
        mtype = negotiate(self.headers.get("Accept"), offered)
        if mtype is None:
            self._error(406, f"{indefinite(result.kind)} result is given as {', '.join(offered)}")
            return
        text = format_result(result, offered[mtype])
        self._send(200, text.encode("utf-8"), f"{mtype}; charset=utf-8", empty_result_hints(sparql, result))


#: The response header that carries a hint about an empty result (:func:`empty_result_hints`).
HINT_HEADER = "Tupu-Hint"


def empty_result_hints(sparql: str, result) -> tuple[tuple[str, str], ...]:
    """The ``Tupu-Hint`` headers of an answer: one per ``kg:`` term the query uses that the
    ontology does not declare (:func:`kg.query.term_hints`: ``kg:belongTo is not a term of the
    ontology: did you mean kg:belongsTo?``), then one per plain Chinese literal of a triple
    pattern (:func:`kg.query.untagged_hints`: ``labels are tagged @zh: write "…"@zh``, the
    hint of ``kg query``), when the result is empty (no rows, an empty graph,
    or ``false``); none otherwise. The body stays the standard SPARQL result; a client that
    does not know the header loses nothing. Values are ASCII (other characters as ``\\uXXXX``),
    as HTTP header values must be.

    Args:
        sparql: the query text.
        result: its :class:`kg.query.QueryResult`.
    """
    if result.rows if result.boolean is None else result.boolean:
        return ()
    from .query import term_hints, untagged_hints

    return tuple((HINT_HEADER, _header_value(text)) for text in term_hints(sparql) + untagged_hints(sparql))


def _header_value(text: str) -> str:
    """``text`` as an HTTP header value: on one line, control characters dropped, ASCII only."""
    text = "".join(char for char in " ".join(text.split()) if char.isprintable())
    return text.encode("ascii", "backslashreplace").decode("ascii")


#: The command line's words in query messages → the endpoint's (what a client of it can act on).
_CLI_WORDS = (
    ("kg query reads only the graph file it is given", "this endpoint reads only its own graph"),
    ("the endpoint reads only its own graph", "this endpoint reads only its own graph"),
    ("Tupu reads only the files it is given", "this endpoint reads only its own graph"),
    ("(the time limit; raise it with --timeout)", "(this endpoint's time limit, set by kg serve --timeout)"),
    ("(the row limit; raise it with --max-rows)", "(this endpoint's row limit, set by kg serve --max-rows)"),
    ("(the memory limit)", "(this endpoint's memory limit, set by kg serve --max-memory)"),
    ("(the result-size limit)", "(this endpoint's result-size limit, set by kg serve --max-result)"),
)


def endpoint_message(text: str) -> str:
    """A query error message of :mod:`kg.query` as the endpoint says it: ``FROM is not allowed:
    this endpoint reads only its own graph`` rather than the command line's ``kg query reads only
    the graph file it is given``, and limits named as the endpoint's."""
    for cli, ours in _CLI_WORDS:
        text = text.replace(cli, ours)
    return text


def make_server(source: str | os.PathLike, host: str = "127.0.0.1", port: int = 8000, *,
                timeout: float = SERVE_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                max_memory: int | None = None, max_result: int = MAX_RESULT,
                max_waiting: int = MAX_WAITING, quiet: bool = False) -> ThreadingHTTPServer:
    """Open ``source`` and bind the endpoint's server (not yet serving: call ``serve_forever()``).

    Args:
        source: a graph file or a store folder (see :class:`Endpoint`).
        host: address to listen on (``127.0.0.1``: this machine only).
        port: TCP port (0: a free one; read it from ``server.server_address``).
        timeout: seconds a query may run; max_rows: rows a result may have (0: no limit).
        max_memory, max_result: bytes a query worker may use, characters a result's values may
            hold (see :class:`Endpoint`).
        max_waiting: queries that may wait for a busy worker; more are answered ``503``.
        quiet: do not log requests on stderr.

    Returns:
        A ``ThreadingHTTPServer`` (daemon threads) whose ``endpoint`` attribute is the :class:`Endpoint`.

    Raises:
        kg.export.GraphFileError, kg.store.StoreError: ``source`` cannot be read.
        OSError: the address cannot be bound (port in use, unknown host); the message names it.
    """
    endpoint = Endpoint(source, timeout=timeout, max_rows=max_rows, max_memory=max_memory, max_result=max_result,
                        max_waiting=max_waiting)
    handler = type("Handler", (_Handler,), {"endpoint": endpoint, "quiet": quiet})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except (OSError, OverflowError) as exc:
        endpoint.close()
        raise OSError(f"{host}:{port}: cannot listen ({getattr(exc, 'strerror', None) or exc})") from None
    server.daemon_threads = True
    server.endpoint = endpoint  # type: ignore[attr-defined]
    return server


__all__ = ["Endpoint", "EndpointBusy", "GRAPH_TYPES", "HINT_HEADER", "empty_result_hints", "MAX_RESULT", "MAX_WAITING", "ROW_TYPES", "SERVE_TIMEOUT", "make_server", "negotiate",
           "source_version"]
