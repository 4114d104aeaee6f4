"""Store benchmark (issue 9): 1M triples written as Turtle and parsed back, and the README queries,
rdflib's in-memory graph versus the on-disk store (pyoxigraph, kg.store), side by side in one run.

The triples are real graph output recombined, not random strings: the bundled sample page is
built once, then copied N times with every entity, article, evidence and membership IRI varied
in copies after the first (``kgid:org-台州市公安局`` → ``kgid:org-台州市公安局_17``, a name of the form
that ``kg build`` mints, so it is written as a prefixed name as in a real archive); places, honours, roles and the
ontology stay shared, as they would in an archive, so the README queries still join across
copies. Each side runs in its own process, so its peak memory (``ru_maxrss``) is its own.

Targets (issue 9): 1M-triple Turtle written in under 5 s by a store build; README query p50 under 50 ms.
A store build writes its files from the statements it holds in memory (``turtle_write``,
``nt_write``: :func:`kg.statements.write_file`); ``turtle_from_store`` is the same file read back
from the store (:func:`kg.store.write_turtle`, for a store without its build), of which Oxigraph's
own dump is ``of_which_nt_dump``.

Usage: python bench/bench_store.py [--triples 1000000] [--runs 5] [--rdflib-timeout 120] [--skip-rdflib]

Not run in CI (minutes with rdflib).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ID = "https://w3id.org/tupu/id/"
SHARED = ("place-", "honor-", "role-", "graph-")  # kgid:<kind>-<key> names of shared nodes

#: The README's example queries ("Querying the graph"), as written there, in that order.
QUERIES = dict(zip(("units_and_honours", "officers_in_province", "evidence", "posts"),
                   re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S)))

#: The same queries with each name matched by ``FILTER(str(?x) = "…")`` (what the README showed
#: before it wrote names as ``"…"@zh`` literals), for comparison: such a filter reads every label.
FILTERED = {
    "units_and_honours": """SELECT ?unit ?honour WHERE {
  ?agency rdfs:label ?a . FILTER(str(?a) = "格尔木市公安局")
  ?u a kg:Organization ; kg:belongsTo+ ?agency ; rdfs:label ?unit .
  OPTIONAL { ?u kg:received/rdfs:label ?honour }
} ORDER BY ?unit ?honour""",
    "officers_in_province": """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label ?pl . FILTER(str(?pl) = "浙江省")
  ?p a kg:Person ; kg:belongsTo ?u ; rdfs:label ?person .
  ?u rdfs:label ?unit ; kg:belongsTo*/kg:locatedIn+ ?prov .
} ORDER BY ?person""",
    "evidence": """SELECT ?sentence ?extractor WHERE {
  ?e rdf:subject ?s ; rdf:predicate kg:received ; rdf:object ?o ;
     kg:sentence ?sentence ; kg:extractor ?extractor .
  ?o rdfs:label ?h . FILTER(str(?h) = "集体一等功")
}""",
    "posts": """SELECT ?person ?post ?body WHERE {
  ?m a org:Membership ; org:member/rdfs:label ?person ; org:role/rdfs:label ?post .
  OPTIONAL { ?m org:organization/rdfs:label ?body }
  FILTER(str(?person) = "马宇斌")
} ORDER BY ?post""",
}


def _each_query():
    """``(name, query)``: the README's queries, then their ``str()`` forms named ``<name>_str()``."""
    yield from QUERIES.items()
    yield from ((f"{name}_str()", q) for name, q in FILTERED.items())


def quads(target: int):
    """About ``target`` quads ``(s, p, o, graph)``: the sample page's, copied with IRIs varied;
    the names (``rdfs:label``, ``skos:altLabel``) of a varied node end in ``~k`` in copy ``k`` > 0,
    so a name is as rare as in a real archive (copy 0 keeps the real names)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS, SKOS

    from kg.graph import rdf_quads
    from kg.pipeline import run

    base = list(rdf_quads(run(None).resolution))
    cache: dict = {}

    def vary(term, k: int):
        if not k or not isinstance(term, URIRef) or not term.startswith(ID) or term[len(ID):].startswith(SHARED):
            return term  # (copy 0 is the real graph: the README's kgid: names are in it)
        key = (term, k)
        out = cache.get(key)
        if out is None:
            out = cache[key] = URIRef(f"{term}_{k}")
        return out

    names = (RDFS.label, SKOS.altLabel)
    copies = max(1, round(target / len(base)))
    for k in range(copies):
        cache.clear()
        for s, p, o, g in base:
            vs = vary(s, k)
            if k and p in names and vs is not s:
                o = Literal(f"{o}~{k}", lang=o.language)
            yield vs, p, vary(o, k), vary(g, k)


def rss_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def p50(fn, runs: int) -> tuple[float, int]:
    """Median seconds of ``runs`` calls of ``fn`` (after one warm-up call), and its row count."""
    rows = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def side_store(target: int, runs: int) -> dict:
    import pyoxigraph as ox

    from kg.namespaces import PREFIXES
    from kg.statements import group_quads, write_file
    from kg.store import Store, query_store, write_turtle

    out: dict = {"side": "store (pyoxigraph)"}
    with tempfile.TemporaryDirectory() as tmp:
        st = Store(Path(tmp) / "s", create=True)
        t = time.perf_counter()
        statements = group_quads(quads(target))  # as kg build --store holds them
        st.replace_statements(statements)  # and fills the store: named graphs and their union
        out["load_s"] = time.perf_counter() - t
        out["triples"] = int(next(iter(st.rdf.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))[0].value)
        ttl = Path(tmp) / "graph.ttl"
        # graph.ttl and graph.nt as kg build --store writes them: from the statements in memory
        for fmt, suffix in (("turtle", "ttl"), ("nt", "nt")):
            t, cpu = time.perf_counter(), time.process_time()
            write_file(statements, Path(tmp) / f"graph.{suffix}", fmt)
            out[f"{fmt}_write_s"] = time.perf_counter() - t
            out[f"{fmt}_write_cpu_s"] = time.process_time() - cpu
        del statements
        # Turtle read back from the store (kg.store.write_turtle: Oxigraph's dump, then kg.turtle)
        t, cpu = time.perf_counter(), time.process_time()
        with open(Path(tmp) / "from-store.ttl", "wb") as fh:
            write_turtle(st.rdf, fh)
        out["turtle_from_store_s"] = time.perf_counter() - t
        out["turtle_from_store_cpu_s"] = time.process_time() - cpu
        assert (Path(tmp) / "from-store.ttl").read_bytes() == ttl.read_bytes()
        t, cpu = time.perf_counter(), time.process_time()
        st.rdf.dump(str(Path(tmp) / "dump.nt"), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        out["of_which_nt_dump_s"] = time.perf_counter() - t  # Oxigraph reading the union back (every term a lookup)
        out["of_which_nt_dump_cpu_s"] = time.process_time() - cpu
        out["turtle_mb"] = ttl.stat().st_size / 1e6
        back = ox.Store(str(Path(tmp) / "back"))
        t = time.perf_counter()
        back.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        out["turtle_parse_s"] = time.perf_counter() - t
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        for name, q in _each_query():
            sec, rows = p50(lambda q=q: len(query_store(st.rdf, q, timeout=None, max_rows=None).rows), runs)
            out[f"q_{name}_p50_ms"] = sec * 1000
            out[f"q_{name}_rows"] = rows
            if name in QUERIES:  # of which Oxigraph's evaluation (the rest: kg's rdflib check of the text, the rows' terms)
                sec, _ = p50(lambda q=q: len(list(st.rdf.query(q, prefixes=prefixes))), runs)
                out[f"q_{name}_oxigraph_p50_ms"] = sec * 1000
    out["peak_rss_mb"] = rss_mb()
    return out


def side_rdflib(target: int, runs: int, timeout: float) -> dict:
    from rdflib import Graph

    from kg.export import _new_graph, to_bytes
    from kg.query import QueryLimitError, run_query

    out: dict = {"side": "rdflib (in memory)"}
    t = time.perf_counter()
    g = _new_graph(Graph)
    g.addN((s, p, o, g) for s, p, o, _ in quads(target))
    out["load_s"] = time.perf_counter() - t
    out["triples"] = len(g)
    t = time.perf_counter()
    data = to_bytes(g, "turtle")
    out["turtle_write_s"] = time.perf_counter() - t
    out["turtle_mb"] = len(data) / 1e6
    t = time.perf_counter()
    Graph().parse(data=data, format="turtle")
    out["turtle_parse_s"] = time.perf_counter() - t
    del data
    for name, q in _each_query():
        try:
            sec, rows = p50(lambda q=q: len(run_query(g, q, timeout=timeout, max_rows=None).rows), runs)
            out[f"q_{name}_p50_ms"] = sec * 1000
            out[f"q_{name}_rows"] = rows
        except QueryLimitError:
            out[f"q_{name}_p50_ms"] = f"> {timeout:g} s (stopped)"
    out["peak_rss_mb"] = rss_mb()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (after one warm-up)")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds per rdflib query")
    ap.add_argument("--skip-rdflib", action="store_true", help="measure the store only")
    ap.add_argument("--side", choices=["store", "rdflib"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:
        res = side_store(args.triples, args.runs) if args.side == "store" else \
            side_rdflib(args.triples, args.runs, args.rdflib_timeout)
        print(json.dumps(res, ensure_ascii=False))
        return
    sides = ["store"] + ([] if args.skip_rdflib else ["rdflib"])
    results = []
    for side in sides:
        cmd = [sys.executable, __file__, "--side", side, "--triples", str(args.triples), "--runs", str(args.runs),
               "--rdflib-timeout", str(args.rdflib_timeout)]
        done = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        if done.returncode:
            sys.exit(f"{side} side failed:\n{done.stderr[-2000:]}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    keys = [k for k in results[0] if k != "side"]
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'':32}" + "".join(f"{r['side']:>24}" for r in results))
    for k in keys:
        cells = []
        for r in results:
            v = r.get(k, "")
            cells.append(f"{v:>24.2f}" if isinstance(v, float) else f"{v!s:>24}")
        print(f"{k:32}" + "".join(cells))


if __name__ == "__main__":
    main()
