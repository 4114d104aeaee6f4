"""``kg push``: load a graph into an external SPARQL store over the SPARQL 1.1 Graph Store HTTP
Protocol (Fuseki, GraphDB, Virtuoso, Oxigraph server, …).

Each graph is sent as N-Triples with ``PUT <endpoint>?graph=<IRI>`` (or ``?default``), which
replaces that graph on the server: pushing again after a rebuild gives the server the new
statements, never twice the old ones. From a store (``kg build --store``) every named graph is
pushed under its own name (one per article, and the entities' graph); from a graph file the
union goes to the default graph (a TriG file keeps its named graphs); ``--graph IRI`` sends the
union into that one graph instead. The only network access is to the endpoint the user names
(and, with :func:`prune`, its SPARQL query endpoint).

:func:`prune` (``kg push --prune``) then deletes, with ``DELETE <endpoint>?graph=<IRI>``, the
graphs the server holds under Tupu's entity namespace (:data:`kg.namespaces.ID`: the articles'
and the entities' graphs) that the store no longer has: an article that ``--remove`` dropped, or
whose edited file gave it a new IRI. It lists the server's graphs with a SPARQL query.
"""
from __future__ import annotations

import http.client
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

from .errors import KGError

#: Seconds to wait for the server on each request.
PUSH_TIMEOUT = 120.0
_NT = "application/n-triples"


class PushError(KGError):
    """The endpoint cannot be reached or refused a graph; one line naming the URL."""


#: Bytes of a store's answer to one PUT read past its first 2,000 (kept for an error line): a
#: longer answer is cut and its connection closed.
ANSWER_LIMIT = 1 << 20


def _graphs(source: Path, graph: str | None) -> Iterator[tuple[str | None, bytes]]:
    """``(graph IRI or None for the default graph, N-Triples bytes)`` of each graph to push."""
    from .store import is_store

    if source.is_dir() and is_store(source):
        import pyoxigraph as ox

        from .store import open_read_only, write_ntriples

        store = open_read_only(source)
        if graph is not None:
            import io

            buf = io.BytesIO()
            write_ntriples(store, buf)
            yield graph, buf.getvalue()
            return
        for name in sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)):
            yield name, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        return
    if source.is_dir():
        from .store import StoreError

        raise StoreError(f"{source}: not a Tupu store (no tupu-store.json) and not a graph file")
    from rdflib import ConjunctiveGraph

    from .export import load_graph, to_bytes, union_graph

    g = load_graph(source)
    if graph is None and isinstance(g, ConjunctiveGraph):
        for ctx in sorted(g.graphs(), key=lambda c: str(c.identifier)):
            if len(ctx):
                name = None if ctx.identifier == g.default_graph.identifier else str(ctx.identifier)
                yield name, to_bytes(ctx, "nt")
        return
    yield graph, to_bytes(union_graph(g), "nt")


def _checked_url(endpoint: str) -> tuple:
    """``endpoint`` split (:func:`urllib.parse.urlsplit`), once checked.

    Raises:
        PushError: not an http(s) URL, a bad port, credentials or white space in it."""
    try:
        url = urlsplit(endpoint)
        url.port  # noqa: B018 - a bad port raises here
    except ValueError as exc:
        raise PushError(f"{_redacted(endpoint)}: not a URL ({exc})") from None
    if url.username is not None or url.password is not None:
        raise PushError(f"{_redacted(endpoint)}: credentials in the URL are not sent; give the URL without them")
    if any(c in endpoint for c in "\r\n\t "):
        raise PushError(f"{endpoint!r}: a URL holds no spaces or line breaks")
    if url.scheme not in ("http", "https") or not url.hostname:
        raise PushError(f"{endpoint}: give an http:// or https:// graph store URL (e.g. http://127.0.0.1:7878/store)")
    return url


def _connection(url, endpoint: str, timeout: float):
    """An HTTP(S) connection to a checked URL (:func:`_checked_url`).

    Raises:
        PushError: a bad port."""
    conn_cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    try:
        return conn_cls(url.hostname, url.port, timeout=timeout)
    except ValueError as exc:  # a bad port
        raise PushError(f"{endpoint}: {exc}") from None


def _target(url, graph: str | None) -> str:
    """The request target of a Graph Store Protocol request for ``graph`` (None: ``?default``)."""
    path = url.path or "/"
    sep = "&" if url.query else "?"
    base = f"{path}?{url.query}" if url.query else path
    return f"{base}{sep}default" if graph is None else f"{base}{sep}graph={quote(graph, safe='')}"


def _ask(conn, endpoint: str, method: str, target: str, body: bytes | None = None,
         headers: dict | None = None, keep: int = 2000) -> tuple[int, str, bytes]:
    """Send one request: ``(status, reason, the first keep bytes of the answer)``; the rest of the
    answer is read (up to :data:`ANSWER_LIMIT`) so the kept-alive connection stays in step.

    Raises:
        PushError: the server cannot be reached (the message names ``endpoint``)."""
    try:
        conn.request(method, target, body=body, headers=headers or {})
        resp = conn.getresponse()
        answer = resp.read(keep)  # (what an error line shows)
        left = ANSWER_LIMIT
        while left > 0 and (chunk := resp.read(min(left, 1 << 16))):
            left -= len(chunk)  # the rest is read too, or the kept-alive connection is out of step
        if left <= 0:
            conn.close()  # (a huge answer: not read to its end; the next request opens a new connection)
    except (OSError, http.client.HTTPException) as exc:
        conn.close()
        raise PushError(f"{endpoint}: cannot reach the store ({getattr(exc, 'strerror', None) or exc})") from None
    return resp.status, resp.reason, answer


def _refused(shown: str, status: int, reason: str, answer: bytes) -> PushError:
    """The error of an answer that is no success: one line naming the URL and the status."""
    detail = " ".join(answer.decode("utf-8", "replace").split())[:160]
    return PushError(f"{shown}: the store answered {status} {reason}" + (f": {detail}" if detail else ""))


def query_endpoint_of(endpoint: str) -> str | None:
    """The SPARQL query URL beside a Graph Store Protocol URL: Oxigraph's ``…/store`` →
    ``…/query``, Fuseki's ``…/DATASET/data`` → ``…/DATASET/query``; None for another."""
    url = urlsplit(endpoint)
    for tail in ("/store", "/data"):
        if url.path.rstrip("/").endswith(tail):
            path = url.path.rstrip("/")[: -len(tail)] + "/query"
            return url._replace(path=path, query="", fragment="").geturl()
    return None


#: Largest answer of the query that lists a server's graphs (:func:`prune`), in bytes.
LIST_LIMIT = 1 << 30


def prune(endpoint: str, keep: set[str], *, query_endpoint: str | None = None,
          timeout: float = PUSH_TIMEOUT) -> list[str]:
    """Delete from the server the graphs under Tupu's entity namespace (:data:`kg.namespaces.ID`)
    that are not in ``keep`` (the graphs a store holds and :func:`push` just sent).

    The server's graphs are listed with ``SELECT DISTINCT ?g WHERE { GRAPH ?g { } }`` at its
    SPARQL query endpoint (``query_endpoint``, or :func:`query_endpoint_of` the graph store
    URL); each stale one is deleted with ``DELETE <endpoint>?graph=<IRI>`` (a graph already gone,
    404, is no error). Graphs under other names (the default graph, another tool's) are never
    touched; a server that holds the graphs of two Tupu stores loses the other store's.

    Args:
        endpoint: the Graph Store Protocol URL (as for :func:`push`).
        keep: the graph IRIs to keep.
        query_endpoint: the server's SPARQL query URL; None: derived from ``endpoint``.
        timeout: seconds to wait for each answer.

    Returns:
        The IRIs deleted, sorted.

    Raises:
        PushError: a bad URL, no query URL known (give ``query_endpoint``), the server cannot be
            reached, or it answered an error (the message names the URL and the status).
    """
    import json

    from .namespaces import ID

    url = _checked_url(endpoint)
    query = query_endpoint or query_endpoint_of(endpoint)
    if query is None:
        raise PushError(f"{endpoint}: not an Oxigraph (…/store) or Fuseki (…/data) graph store URL; give its "
                        "SPARQL query URL with --query-endpoint for --prune")
    qurl = _checked_url(query)
    sparql = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
    target = (qurl.path or "/") + ("?" + qurl.query + "&" if qurl.query else "?") + "query=" + quote(sparql, safe="")
    conn = _connection(qurl, query, timeout)
    try:
        status, reason, answer = _ask(conn, query, "GET", target,
                                      headers={"Accept": "application/sparql-results+json"}, keep=LIST_LIMIT)
    finally:
        conn.close()
    if status != 200:
        raise _refused(f"{qurl.scheme}://{qurl.netloc}{qurl.path}", status, reason, answer)
    try:
        rows = json.loads(answer)["results"]["bindings"]
        remote = {row["g"]["value"] for row in rows if row.get("g", {}).get("type") == "uri"}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise PushError(f"{query}: the answer to the query listing the graphs is no SPARQL JSON result") from None
    stale = sorted(g for g in remote if g.startswith(str(ID)) and g not in keep)
    conn = _connection(url, endpoint, timeout)
    try:
        for name in stale:
            target = _target(url, name)
            status, reason, answer = _ask(conn, endpoint, "DELETE", target)
            if status not in (200, 202, 204, 404):
                raise _refused(f"{url.scheme}://{url.netloc}{target}", status, reason, answer)
    finally:
        conn.close()
    return stale


def push(source: str | os.PathLike, endpoint: str, graph: str | None = None, *,
         timeout: float = PUSH_TIMEOUT, progress: Callable[[str | None, int], None] | None = None) -> list[tuple[str | None, int]]:
    """Push a store or graph file to a Graph Store Protocol endpoint.

    Args:
        source: a store folder or a graph file (``.ttl``, ``.nt``, ``.trig``, …).
        endpoint: the server's graph store URL (``http://host:7878/store`` for Oxigraph,
            ``http://host:3030/DATASET/data`` for Fuseki); ``http`` or ``https``.
        graph: an IRI: push the union of all statements into this one graph.
        timeout: seconds to wait for each answer.
        progress: called with ``(graph IRI or None, bytes sent)`` after each graph.

    Returns:
        ``(graph IRI or None for the default graph, number of N-Triples lines)`` per graph pushed.

    Raises:
        PushError: a bad URL, the server cannot be reached, or it answered an error
            (the message names the URL and the status).
        kg.export.GraphFileError, kg.store.StoreError: ``source`` cannot be read.
    """
    url = _checked_url(endpoint)
    if graph is not None and not urlsplit(graph).scheme:
        raise PushError(f"--graph {graph}: give an absolute IRI (e.g. https://example.org/tupu)")
    conn = _connection(url, endpoint, timeout)
    done = []
    try:
        for name, data in _graphs(Path(source), graph):
            target = _target(url, name)
            status, reason, answer = _ask(conn, endpoint, "PUT", target, body=data, headers={"Content-Type": _NT})
            if status not in (200, 201, 204):
                raise _refused(f"{url.scheme}://{url.netloc}{target}", status, reason, answer)
            done.append((name, data.count(b"\n")))
            if progress is not None:
                progress(name, len(data))
    finally:
        conn.close()
    return done


def _redacted(endpoint: str) -> str:
    """``endpoint`` with any ``user:password@`` replaced by ``***@`` (error lines never show a password)."""
    import re

    return re.sub(r"(?<=://)[^/@]*@", "***@", endpoint)


__all__ = ["PUSH_TIMEOUT", "PushError", "push", "prune", "query_endpoint_of"]
