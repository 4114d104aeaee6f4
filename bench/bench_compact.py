"""When does compacting the store pay (``kg.store.COMPACT_RATIO``, issue 9)? Measured as ratios in one run.

A store of about ``--triples`` statements (bench_store's generator: the sample page copied with
its IRIs varied) is filled as a first ``kg build --store`` fills it, and compacted. Then small
``--append`` builds are replayed, each adding one more copy of the page (its articles' named graphs and
their union triples) through :meth:`kg.store.Store.replace_statements`
with compaction off, and after 1, 2, 4, … of them the README's province query is timed
(Oxigraph's p50). At the end the store is compacted (``optimize``) and timed, and the query
timed again. Printed: each figure and its ratio to the compacted store's query, the append's
time, and the compaction's time as a ratio to one append.

Usage: python bench/bench_compact.py [--triples 1000000] [--appends 32] [--runs 7]

Not run in CI (a few minutes).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import QUERIES, quads  # noqa: E402


def p50(fn, runs: int) -> float:
    """Median CPU seconds of the calling thread over ``runs`` calls of ``fn`` after a warm-up (CPU,
    not wall: the machine is shared; Oxigraph answers a query in the calling thread, and
    RocksDB's background compactions run in threads of their own, not counted)."""
    fn()
    times = []
    for _ in range(runs):
        t = time.thread_time()
        fn()
        times.append(time.thread_time() - t)
    return statistics.median(times)


def files(folder: Path) -> int:
    """SST files of a RocksDB folder."""
    return sum(1 for p in folder.iterdir() if p.suffix == ".sst")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--appends", type=int, default=32)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    from kg.namespaces import PREFIXES
    from kg.statements import group_quads
    from kg.store import Store

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    query = QUERIES["officers_in_province"]
    page = sum(1 for _ in quads(1))  # quads of one copy of the page
    copies = max(1, round(args.triples / page))
    everything = group_quads(quads((copies + args.appends) * page))
    copy_of = lambda g: int(m.group(1)) if (m := re.search(r"_(\d+)$", str(g))) else 0  # noqa: E731
    base = {g: ts for g, ts in everything.items() if copy_of(g) < copies}
    pages: dict[int, dict] = {}
    for g, ts in everything.items():
        if copy_of(g) >= copies:
            pages.setdefault(copy_of(g), {})[g] = ts
    del everything
    with tempfile.TemporaryDirectory() as tmp:
        st = Store(Path(tmp) / "s", create=True)
        t = time.perf_counter()
        st.replace_statements(base)  # the first build: bulk loads, then a compaction
        fill = time.perf_counter() - t
        named = sum(len(v) for v in base.values())
        folder = st.path / st.generation
        q = lambda: len(list(st.rdf.query(query, prefixes=prefixes)))  # noqa: E731
        compacted = p50(q, args.runs)
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"store: {named:,} named quads in {len(base):,} graphs ({len(pages[min(pages)])} graphs a page); "
              f"first fill {fill:.1f} s; province query {compacted * 1000:.1f} ms CPU ({q()} rows), compacted "
              f"({files(folder)} files)")
        append_s, k = [], 1
        pages_quads = statistics.median(sum(len(v) for v in pages[n].values()) for n in pages)
        for appended, n in enumerate(sorted(pages)[:args.appends], 1):
            t = time.perf_counter()
            _append(st, pages[n])  # one more page's articles, as an --append of them loads them
            append_s.append(time.perf_counter() - t)
            if appended == k:
                sec = p50(q, args.runs)
                print(f"after {appended:3} appends without compaction: province query {sec * 1000:7.1f} ms, "
                      f"ratio {sec / compacted:5.2f} to the compacted store ({files(folder)} files)")
                k *= 2
        t, cpu = time.perf_counter(), time.process_time()
        st.rdf.optimize()
        opt, opt_cpu = time.perf_counter() - t, time.process_time() - cpu
        sec = p50(q, args.runs)
        one = statistics.median(append_s)
        print(f"one append (bulk load of one page) {one * 1000:.0f} ms; compaction {opt:.2f} s wall, {opt_cpu:.2f} s CPU "
              f"= {opt / one:.0f} appends; compacted quads / quads of one append {named / pages_quads:.0f}")
        print(f"after compaction: province query {sec * 1000:.1f} ms, ratio {sec / compacted:.2f} ({files(folder)} files)")
        from kg.store import COMPACT_RATIO

        every = max(1, round(COMPACT_RATIO * named / pages_quads))
        print(f"COMPACT_RATIO {COMPACT_RATIO}: an append of one page ({pages_quads / named:.2%} of this store) is "
              f"compacted about every {every} appends: compaction CPU per append {opt_cpu / every * 1000:.0f} ms "
              f"instead of {opt_cpu * 1000:.0f} ms")
        st.close()


def _append(st, group: dict) -> None:
    """What replace_statements does for an append of new graphs: one bulk load of their quads
    and union triples (the digests of the whole store are not recomputed here)."""
    import pyoxigraph as ox

    from kg.store import _Converter

    conv = _Converter()
    batch = []
    for g, triples in group.items():
        gn = ox.NamedNode(str(g))
        st.rdf.add_graph(gn)
        for t in triples:
            s, p, o = conv.triple(t)
            batch.append(ox.Quad(s, p, o, gn))
            batch.append(ox.Quad(s, p, o, ox.DefaultGraph()))
    st.rdf.bulk_extend(batch)
    st.rdf.flush()


if __name__ == "__main__":
    main()
