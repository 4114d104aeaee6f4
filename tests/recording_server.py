"""A local HTTP server that records every request it sees: the trap of the no-fetch tests.

Used by ``tests/test_sandbox.py``, ``tests/test_query_sealed.py`` and ``bench/fuzz.py``: a query,
a graph file or a sealed process that reached the network would show up in ``seen``.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator

#: What a SPARQL endpoint with no rows answers (the trap poses as one).
NO_ROWS = b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}'


@contextmanager
def recording_server(body: Callable[[str], bytes] = lambda path: NO_ROWS,
                     content_type: str | None = "application/sparql-results+json") -> Iterator[tuple[str, list[str]]]:
    """Serve on 127.0.0.1 (a free port) in a daemon thread until the block ends.

    Args:
        body: the answer to a request for a path (``/s``, ``/ctx.jsonld`` …), bytes.
        content_type: the answer's Content-Type, or None for none.

    Yields:
        ``(base URL without a trailing slash, seen)``: ``seen`` gets ``"GET /path"`` (or POST)
        for every request, in order.
    """
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            seen.append(f"{self.command} {self.path}")
            data = body(self.path)
            self.send_response(200)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
