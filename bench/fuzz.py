"""Fuzz ingest and extraction for minutes (not in CI): ``python bench/fuzz.py [--minutes 5]``.

Three targets, run in turns until the time is up, each a hypothesis property with many examples
and fresh random seeds:

- ``text``: any Unicode text, mixed with phrases that wake the extractors → the properties of
  ``tests/test_properties.py`` (round trip through Turtle, N-Triples and JSON-LD, valid IRIs,
  evidence offsets slicing the input to the quoted sentence; SHACL on every 20th example);
- ``bytes``: any bytes written to a file → :func:`kg.ingest.read_text` returns text or raises
  :class:`kg.errors.InputError`, nothing else; what it returns builds;
- ``jsonl``: JSON Lines files of random records → :func:`kg.sources.iter_units` and
  :func:`kg.sources.unit_documents` raise only ``InputError``;
- ``query``: SPARQL-like texts made of keywords, ``SERVICE``/``FROM`` clauses aimed at a local
  HTTP server and at a local canary file, strings, comments, ``\\u`` escapes and every kind of
  line end, alone or spliced into valid queries, with or without a ``--param x=…`` value of the
  same pieces → :func:`kg.query.run_query` (rdflib) and
  :func:`kg.store.query_store` (Oxigraph, whose HTTP client is out of reach of Python's audit
  hooks) return or raise one of the four query errors, the server sees no request, and no
  result holds the canary's statement.

Each failure is printed with its shrunk input and the run goes on; the exit code is the number
of failing targets (0: nothing found). ``--target query`` runs one target alone (repeatable).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_properties import check, texts  # noqa: E402

from kg.errors import InputError  # noqa: E402

_TMP = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
_count = {"n": 0}


def text_target(text: str) -> None:
    _count["n"] += 1
    check(text, shacl=_count["n"] % 20 == 0)


def bytes_target(data: bytes) -> None:
    from kg.ingest import read_text
    from kg.pipeline import build_graph

    p = _TMP / "f.txt"
    p.write_bytes(data)
    try:
        text = read_text(p)
    except InputError as exc:
        assert "\n" not in str(exc) and str(p) in str(exc)
        return
    build_graph(text=text)


_records = st.lists(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "page", "source", "x"]),
                                    st.one_of(st.text(max_size=20), st.integers(), st.none(), st.booleans()),
                                    max_size=6), max_size=4)


def jsonl_target(records: list) -> None:
    from kg.sources import iter_units, unit_documents

    p = _TMP / "a.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    try:
        for unit in iter_units([p]):
            unit_documents(unit)
    except InputError:
        pass


# ----------------------------------------------------------------------------- queries
class _Trap:
    """A local HTTP server (127.0.0.1) that records every request (``tests/recording_server.py``);
    started on first use, for the rest of the process."""

    url = ""
    seen: list[str] = []

    @classmethod
    def start(cls) -> None:
        from recording_server import recording_server

        if cls.url:
            return
        server = recording_server()
        cls.url, cls.seen = server.__enter__()  # stopped with the process


_CANARY = _TMP / "canary.ttl"
_CANARY.write_text("<http://canary.example/s> <http://canary.example/p> <http://canary.example/o> .\n", encoding="utf-8")
_SOURCES: dict = {"graph": None, "store": None}
#: Pieces of queries; ``@U`` stands for the trap server, ``@F`` for the canary file's IRI.
_PIECES = ["SELECT", "*", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", ".", ";", ",", "(", ")", "?s", "?p", "?o",
           "?x", "SERVICE", "SILENT", "FROM", "NAMED", "GRAPH", "OPTIONAL", "FILTER", "EXISTS", "NOT", "UNION",
           "MINUS", "VALUES", "BIND", "AS", "LIMIT 1", "LOAD", "INSERT DATA", "PREFIX p: <@U/>", "BASE <@U/>",
           "<@U/sparql>", "<@F>", "<file:///etc/hostname>", "p:x", "kg:Person", "a", '"', "'", '"' * 3, "'" * 3,
           '"SERVICE <@U/s> { ?a ?b ?c }"', "\\", r"\u0053ERVICE", r"\u0046ROM", r"\u000A", r"\u000D",
           r"\U0000000A", r"\u0022", r"\u0027", r"\u0023", r"\u003E", "#", "# c", "\n", "\r", "\r\n", "\u2028",
           "\u0085", "\x0b", "\x0c", "\t", " ", "\u00a0", "\u3000", "^^", "@zh", "1", 'REGEX(?o, "a")', "str(?o)",
           "SERVICE <@U/sparql> { ?a ?b ?c }", "FROM <@U/g.ttl>", "FROM <@F>", "FROM NAMED <@F>"]
#: Valid queries the pieces are spliced into; ``§`` marks where a clause of :data:`_CLAUSES` fits.
_BASES = ["SELECT * § WHERE { ?s ?p ?o § } LIMIT 3", "ASK § { § ?s a kg:Person }",
          "CONSTRUCT { ?s ?p ?o } § WHERE { ?s ?p ?o . § } LIMIT 3",
          'SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?x § } FILTER(?o != "x") § } LIMIT 3']
_CLAUSES = ["SERVICE <@U/sparql> { ?a ?b ?c }", "SERVICE SILENT <@U/sparql> { ?a ?b ?c }", r"\u0053ERVICE <@U/s> { ?a ?b ?c }",
            "OPTIONAL { SERVICE <@U/sparql> { ?a ?b ?c } }", "FILTER EXISTS { SERVICE <@U/sparql> { ?a ?b ?c } }",
            "FROM <@F>", "FROM <@U/g.ttl>", "FROM NAMED <@F>", r"FR\u004fM <@F>", "GRAPH ?g { ?a ?b ?c }",
            "SERVICE ?x { ?a ?b ?c }", "BIND(IRI(\"@U/x\") AS ?u) SERVICE ?u { ?a ?b ?c }"]
_noise = st.lists(st.sampled_from(_PIECES[-40:]), max_size=4).map("".join)
queries = st.one_of(
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=24).map(" ".join),
    st.tuples(st.sampled_from(_BASES), st.integers(0, 120),
              st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join))
    .map(lambda t: t[0].replace("§", "")[:t[1]] + t[2] + t[0].replace("§", "")[t[1]:]),
    st.tuples(st.sampled_from(_BASES), st.integers(0, 1), _noise, st.sampled_from(_CLAUSES), _noise)
    .map(lambda t: t[0].replace("§", f"{t[2]} {t[3]} {t[4]}", 1).replace("§", "") if t[1] == 0 else
         "".join(part + (f"{t[2]} {t[3]} {t[4]}" if k == 0 else "") for k, part in enumerate(t[0].rsplit("§", 1)))
         .replace("§", "")),
)


def query_target(case: tuple[str, str | None]) -> None:
    import pyoxigraph as ox

    from kg.export import load_graph
    from kg.query import QueryEvaluationError, QueryLimitError, QueryRefusedError, QuerySyntaxError, run_query
    from kg.store import query_store, to_ox

    _Trap.start()
    if _SOURCES["graph"] is None:
        g = load_graph(Path(__file__).resolve().parents[1] / "out" / "graph.ttl")
        store = ox.Store()
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in g)
        _SOURCES.update(graph=g, store=store)
    template, value = case
    sparql = template.replace("@U", _Trap.url).replace("@F", _CANARY.as_uri())
    params = None if value is None else {"x": value.replace("@U", _Trap.url)}  # bound to ?x, never pasted
    _Trap.seen.clear()
    allowed = (QuerySyntaxError, QueryRefusedError, QueryLimitError, QueryEvaluationError)
    for run in (lambda: run_query(_SOURCES["graph"], sparql, params, timeout=2, max_rows=1000),
                lambda: query_store(_SOURCES["store"], sparql, params, timeout=2, max_rows=1000)):
        try:
            result = run()
        except allowed as exc:
            assert "\n" not in str(exc), str(exc)
            continue
        assert not any("canary" in str(term) for row in result.rows for term in row if term), sparql
    assert _Trap.seen == [], (sparql, _Trap.seen)


_values = st.none() | st.lists(st.sampled_from(_PIECES + _CLAUSES) | st.text(max_size=4), max_size=6).map("".join)
TARGETS = {"text": (text_target, texts), "bytes": (bytes_target, st.binary(max_size=200) | texts.map(
    lambda t: t.encode("gb18030", "ignore"))), "jsonl": (jsonl_target, _records),
    "query": (query_target, st.tuples(queries, _values))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--batch", type=int, default=200, help="examples per target per turn")
    ap.add_argument("--target", action="append", choices=sorted(TARGETS), help="run only this target (repeatable)")
    args = ap.parse_args()
    chosen = {k: v for k, v in TARGETS.items() if not args.target or k in args.target}
    end = time.monotonic() + args.minutes * 60
    failing: dict[str, str] = {}
    runs = {k: 0 for k in chosen}
    while time.monotonic() < end:
        for name, (fn, strategy) in chosen.items():
            if time.monotonic() >= end:
                break
            prop = settings(max_examples=args.batch, deadline=None, database=None,
                            suppress_health_check=list(HealthCheck))(given(strategy)(fn))
            try:
                prop()
            except Exception:  # noqa: BLE001 - report and go on
                msg = traceback.format_exc(limit=3)
                if name not in failing:
                    print(f"--- {name}: FAILED\n{msg}", flush=True)
                failing[name] = msg
            runs[name] += args.batch
    print("examples run: " + ", ".join(f"{k} {v}" for k, v in runs.items()))
    print("failing targets: " + (", ".join(failing) or "none"))
    return len(failing)


if __name__ == "__main__":
    sys.exit(main())
