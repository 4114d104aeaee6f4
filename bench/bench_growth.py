"""Benchmark: ``kg build`` time per character as the corpus grows, and ``--jobs 2`` against ``--jobs 1``.

Generates corpora of 1x, 10x (and, with ``--scales 1 10 100``, 100x) the characters of the
source articles with ``bench/gen_corpus.py`` (real sentences recombined, names varied: new
entities, not copies), then in one process and run:

* growth: ``kg.pipeline.build`` (extraction, resolution, graph.ttl and, unless ``--no-html``,
  graph.html written to a temporary folder) on each corpus, caches emptied first; prints
  characters, wall-clock and CPU seconds, microseconds per character and the ratio of each
  scale's time per character to 1x (CPU time: what other users of the machine disturb least);
* jobs: the ``--jobs-scale`` corpus (default 10x) built with ``jobs=1`` and ``jobs=2``,
  alternating, best of ``--repeat``; wall-clock seconds and the speed-up, with the load average
  (other processes on the machine take cores from ``--jobs 2`` first);
* with ``--validate``: :func:`kg.validate.validate` (CPU) on each growth build's ``graph.ttl``
  read into rdflib, microseconds per triple and the ratio to 1x (issue 9: within 2x at 100x).

Usage::

    .venv/bin/python bench/bench_growth.py [--scales 1 10] [--jobs-scale 10] [--repeat 2] [--no-html] [--keep DIR] [--validate]
"""
from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from bench_build import clear_caches  # run from bench/'s folder, like bench_scale.py
from gen_corpus import generate


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the ``--jobs`` workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _build(folder: Path, out: Path, jobs: int, html: bool) -> tuple[float, float]:
    from kg.pipeline import build

    clear_caches()
    t0, c0 = time.perf_counter(), _cpu()
    build([folder], out, jobs=jobs, html=html)
    return time.perf_counter() - t0, _cpu() - c0


def _validate(path: Path) -> tuple[int, float]:
    """Triples of the graph file and CPU seconds of :func:`kg.validate.validate` on it."""
    from rdflib import Graph

    from kg.validate import validate

    g = Graph()
    g.parse(path, format="turtle")
    t = time.process_time()
    result = validate(g)
    secs = time.process_time() - t
    assert result.conforms, result.text[:2000]
    return len(g), secs


def main() -> None:
    """Print the two tables (see module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", type=float, nargs="+", default=[1, 10])
    ap.add_argument("--jobs-scale", type=float, default=10)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--keep", default=None, help="generate the corpora here (and reuse them if present)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--validate", action="store_true", help="also time kg validate on each growth build's graph")
    args = ap.parse_args()
    html = not args.no_html

    import kg

    kg.build_graph(text="某县公安局表彰先进\n某县公安局交警大队民警王某某荣获个人三等功。")  # warm-up
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep or tmp)
        corpora: dict[float, tuple[Path, int]] = {}
        for scale in sorted(set(args.scales) | {args.jobs_scale}):
            folder = base / f"x{scale:g}"
            if not folder.is_dir():
                generate(folder, scale, args.seed)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
            corpora[scale] = (folder, chars)
        print(f"growth ({'with' if html else 'without'} graph.html), load average {os.getloadavg()[0]:.2f}")
        first = first_check = None
        for scale in args.scales:
            folder, chars = corpora[scale]
            wall, cpu = _build(folder, Path(tmp) / "out", 1, html)
            per = cpu / chars * 1e6
            first = first or per
            files = len(list(folder.glob("*.txt")))
            print(f"  {scale:5g}x  {files:6d} files {chars:9d} chars  wall {wall:8.2f} s  cpu {cpu:8.2f} s  "
                  f"{per:6.1f} us/char  ({per / first:.2f}x of 1x)")
            if args.validate:
                triples, secs = _validate(Path(tmp) / "out" / "graph.ttl")
                per_triple = secs / triples * 1e6
                first_check = first_check or per_triple
                print(f"         validate {triples:9d} triples  cpu {secs:8.2f} s  {per_triple:6.1f} us/triple  "
                      f"({per_triple / first_check:.2f}x of 1x)")
        folder, chars = corpora[args.jobs_scale]
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(args.repeat):
            for jobs in (1, 2):
                times[jobs].append(_build(folder, Path(tmp) / "out", jobs, html)[0])
        t1, t2 = min(times[1]), min(times[2])
        print(f"jobs on {args.jobs_scale:g}x ({chars} chars), wall-clock best of {args.repeat}, "
              f"load average {os.getloadavg()[0]:.2f}")
        print(f"  --jobs 1 {t1:8.2f} s   --jobs 2 {t2:8.2f} s   speed-up {t1 / t2:.2f}x")


if __name__ == "__main__":
    main()
