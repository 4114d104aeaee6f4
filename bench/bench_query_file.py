"""``kg query GRAPH_FILE``, before (rdflib parses the file and answers) and after (the file loaded
into an in-memory Oxigraph store, :mod:`kg.graphfile`), side by side in one run.

Each round parses the file both ways (``kg.export.load_graph`` against
``kg.graphfile.open_graph_file``), then runs each saved query, with its defaults and with a
narrower parameter (among them the two a user saw time out: ``officers_in_province
province=浙江`` and ``units_and_honours agency=杭州市公安局``), the two ways in turn, as
``kg query`` runs them: in a forked child killed at the time limit (``kg.workers.query_in_fork``).
A ``kg query`` parses the file each time it runs, so what one costs is the parse plus its query;
the table gives both. Both ways must give the same rows (the order of the values inside a
``GROUP_CONCAT`` is each engine's own); a query past ``--timeout`` is shown as ``>LIMIT``.

Usage: python bench/bench_query_file.py GRAPH_FILE [--rounds 1] [--timeout 300]
       (e.g. kg build tests/data/unseen/texts -o /tmp/big --no-html: graph.ttl of 15 MB, 305,507 triples)

Not run in CI.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: A narrower binding of each saved query, besides its defaults.
NARROWER = {"evidence": {"relation": "received"}, "people_posts": {"name": "马宇斌"},
            "officers_in_province": {"province": "浙江"}, "units_and_honours": {"agency": "杭州市公安局"}}


def _normal(rows) -> list:
    """Rows sorted, each value's parts joined by 、 sorted (GROUP_CONCAT's order is the engine's)."""
    return sorted((tuple(None if v is None else "、".join(sorted(v.split("、"))) for v in row) for row in rows), key=str)


def _timed(run):
    """``(seconds, rows or None when past the limit)``."""
    from kg.query import QueryLimitError

    start = time.perf_counter()
    try:
        rows = run().rows
    except QueryLimitError:
        rows = None
    return time.perf_counter() - start, rows


def main() -> None:
    from kg.export import load_graph
    from kg.graphfile import GraphFile, open_graph_file
    from kg.query import display_width, saved_queries, saved_template
    from kg.workers import query_in_fork

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds a query may run (each way)")
    args = parser.parse_args()
    size = Path(args.graph).stat().st_size
    cases = [(name + "".join(f" {p}={v}" for p, v in given.items()), name, saved_template(name).bindings(given))
             for name in saved_queries() for given in ({}, NARROWER.get(name, {}))]
    for k in range(args.rounds):
        t0 = time.perf_counter()
        graph = load_graph(args.graph)
        t1 = time.perf_counter()
        source = open_graph_file(args.graph)
        t2 = time.perf_counter()
        assert isinstance(source, GraphFile), "Oxigraph did not read the file"
        before_parse, after_parse = t1 - t0, t2 - t1
        print(f"round {k + 1}: {args.graph} ({size / 1e6:.1f} MB, {len(graph):,} triples): parse rdflib "
              f"{before_parse:.2f} s, Oxigraph {after_parse:.2f} s, ratio {before_parse / after_parse:.1f}")
        print(f"  {'query':<44} {'rdflib s':>9} {'Oxigraph s':>10} {'ratio':>7}   {'kg query (parse + query)':>26}  rows")
        total, limited = [before_parse, after_parse], False
        for label, name, params in cases:
            text = saved_template(name).text
            before, rows_b = _timed(lambda: query_in_fork(graph, text, params, timeout=args.timeout, max_rows=None))
            after, rows_a = _timed(lambda: query_in_fork(source, text, params, timeout=args.timeout, max_rows=None))
            total[0] += before
            limited |= rows_b is None
            total[1] += after
            shown = f">{args.timeout:g}" if rows_b is None else f"{before:.2f}"
            same = "rdflib past the limit" if rows_b is None else \
                f"{len(rows_a):,}, same: {_normal(rows_a) == _normal(rows_b)}" if rows_a is not None else "Oxigraph past the limit"
            pad = " " * (44 - display_width(label))
            print(f"  {label}{pad} {shown:>9} {after:>10.2f} {before / after:>6.1f}{'+' if rows_b is None else ' '}  "
                  f"{before_parse + before:>12.1f} → {after_parse + after:>6.1f} s   {same}")
        print(f"  all, one parse: rdflib {total[0]:.1f} s, Oxigraph {total[1]:.1f} s, ratio {total[0] / total[1]:.1f}"
              f"{'+ (rdflib stopped at the limit)' if limited else ''}")
        del graph, source


if __name__ == "__main__":
    main()
