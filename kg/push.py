"""``kg push``: load a graph into an external SPARQL store over the SPARQL 1.1 Graph Store HTTP
Protocol (Fuseki, GraphDB, Virtuoso, Oxigraph server, …).

Each graph is sent as N-Triples with ``PUT <endpoint>?graph=<IRI>`` (or ``?default``), which
replaces that graph on the server: pushing again after a rebuild gives the server the new
statements, never twice the old ones. From a store (``kg build --store``) every named graph is
pushed under its own name (one per article, and the entities' graph); from a graph file the
union goes to the default graph (a TriG file keeps its named graphs); ``--graph IRI`` sends the
union into that one graph instead. The only network access is to the endpoint the user names.
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
    if graph is not None and not urlsplit(graph).scheme:
        raise PushError(f"--graph {graph}: give an absolute IRI (e.g. https://example.org/tupu)")
    conn_cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    try:
        conn = conn_cls(url.hostname, url.port, timeout=timeout)
    except ValueError as exc:  # a bad port
        raise PushError(f"{endpoint}: {exc}") from None
    path = url.path or "/"
    sep = "&" if url.query else "?"
    base = f"{path}?{url.query}" if url.query else path
    done = []
    try:
        for name, data in _graphs(Path(source), graph):
            target = f"{base}{sep}default" if name is None else f"{base}{sep}graph={quote(name, safe='')}"
            shown = f"{url.scheme}://{url.netloc}{target}"
            try:
                conn.request("PUT", target, body=data, headers={"Content-Type": _NT})
                resp = conn.getresponse()
                answer = resp.read(2000)  # (what an error line shows)
                left = ANSWER_LIMIT
                while left > 0 and (chunk := resp.read(min(left, 1 << 16))):
                    left -= len(chunk)  # the rest is read too, or the kept-alive connection is out of step
                if left <= 0:
                    conn.close()  # (a huge answer: not read to its end; the next request opens a new connection)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                raise PushError(f"{endpoint}: cannot reach the store ({getattr(exc, 'strerror', None) or exc})") from None
            if resp.status not in (200, 201, 204):
                detail = " ".join(answer.decode("utf-8", "replace").split())[:160]
                raise PushError(f"{shown}: the store answered {resp.status} {resp.reason}" + (f": {detail}" if detail else ""))
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


__all__ = ["PUSH_TIMEOUT", "PushError", "push"]
