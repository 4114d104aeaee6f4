"""``kg query STORE``, before and after it asked the store itself, side by side in one run.

Before, ``kg query STORE`` copied the store's default graph into rdflib (``kg.store.to_rdflib``)
and rdflib answered; now Oxigraph answers in a worker process killed at ``--timeout``
(``kg.workers.query_in_worker``), as ``kg serve`` does. Each query is timed from opening the
store to its rows, the README's four examples and one count per name, alternating the two ways
in each round, wall time (the worker's start is part of it). Both must give the same rows.

Usage: python bench/bench_query_store.py STORE [--rounds 2]
       (a store: kg build FOLDER --store STORE --no-html; e.g. tests/data/unseen/texts and
       tests/data/invented/texts, 150 articles, 62,858 triples)

Not run in CI.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S) + [
    "SELECT ?n (COUNT(*) AS ?c) WHERE { ?p a kg:Person ; rdfs:label ?n } GROUP BY ?n ORDER BY DESC(?c) ?n LIMIT 5"]


def main() -> None:
    from kg.query import run_query
    from kg.store import open_read_only, to_rdflib
    from kg.workers import query_in_worker

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    triples = len(query_in_worker(args.store, "SELECT * WHERE { ?s ?p ?o }", timeout=None, max_rows=None).rows)
    print(f"store {args.store}: {triples} triples in its default graph; {len(QUERIES)} queries")
    for k in range(args.rounds):
        t0 = time.perf_counter()
        before = [run_query(to_rdflib(open_read_only(args.store)), q).rows for q in QUERIES]
        t1 = time.perf_counter()
        after = [query_in_worker(args.store, q, timeout=60, max_rows=100_000).rows for q in QUERIES]
        t2 = time.perf_counter()
        same = all(sorted(a, key=str) == sorted(b, key=str) for a, b in zip(before, after))
        print(f"round {k + 1}: before (copy into rdflib) {t1 - t0:.2f} s, after (Oxigraph in a worker) "
              f"{t2 - t1:.2f} s, ratio {(t1 - t0) / (t2 - t1):.2f}, same rows: {same}")


if __name__ == "__main__":  # the workers are spawned: they import this file again
    main()
