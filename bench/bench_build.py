"""Benchmark: speed of ``kg build`` as a ratio to plain ``jieba.cut`` on the same text.

Reads every ``.txt`` under the given folders (default: the bundled sample page and the
invented articles in ``tests/data/invented/texts``), then in the same process and run — so the
ratios hold on a loaded machine even when the absolute times do not:

* ``jieba.cut``: a fresh ``jieba.Tokenizer`` (initialised before timing) cuts every file's text;
* ``jieba.posseg``: jieba's POS tagger (what the extractors need) over the same text;
* ``kg build_graph``: ingest + all extractors + resolution + rdflib graph (``kg.build_graph``);
* ``kg build``: the same and the files of ``kg build`` (``graph.ttl``, ``graph.html``) written
  to a temporary folder, i.e. the command a user runs;

and, with ``--stages``, where the time of one ``kg build`` goes; with ``--jobs N``, ``kg build``
with ``jobs=N`` against ``jobs=1`` (wall-clock, interleaved, caches emptied, median and best of
``--repeat``), with the CPU of this process and of the workers and the load average (other
processes on the machine take cores from ``--jobs N`` first). The caches of tokens and
segmented blocks are emptied before each timed build (no help from a previous run), after one
warm-up build so lexicons, the gazetteer and the tokenizer are loaded. Each is timed
``--repeat`` times, the runs of the four interleaved (best of each). Times are CPU seconds of
this process (``time.process_time``), which the other users of a shared machine disturb much
less than wall-clock time; ``--wall`` uses ``time.perf_counter`` instead. Prints characters,
times and the ratios. Usage::

    .venv/bin/python bench/bench_build.py [FOLDER_OR_FILE ...] [--repeat 3] [--stages] [--no-html] [--wall] [--jobs N]
"""
from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _inputs(paths: list[str]) -> list[Path]:
    if not paths:
        paths = [str(ROOT / "kg/data/sample"), str(ROOT / "tests/data/invented/texts")]
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return out


def clear_caches() -> None:
    """Empty the token and block caches of :mod:`kg.nlp` and the tagger's sentence cache (a cold
    build on warm tables)."""
    import kg.nlp
    import kg.tagger

    if hasattr(kg.nlp, "_tokens"):
        kg.nlp._tokens.cache_clear()
    fast = getattr(kg.nlp, "_fast_pos", None)
    if fast is not None and fast.cache_info().currsize:
        fast()._block.cache_clear()
        fast()._hmm.cache_clear()
    if hasattr(kg.tagger, "_tagged"):
        kg.tagger._tagged.cache_clear()


def stages(files: list[Path], html: bool, clock=time.process_time) -> list[tuple[str, float]]:
    """Seconds spent in each step of one build of ``files`` (cold caches)."""
    from kg.export import to_bytes
    from kg.graph import build_rdf
    from kg.pipeline import run

    clear_caches()
    out = []
    t0 = clock()
    import kg.pipeline

    real_resolve, real_rdf = kg.pipeline.resolve, kg.pipeline.build_rdf
    marks: dict[str, float] = {}

    def timed_resolve(*a, **k):
        marks["extract"] = clock()
        r = real_resolve(*a, **k)
        marks["resolve"] = clock()
        return r

    kg.pipeline.resolve, kg.pipeline.build_rdf = timed_resolve, build_rdf
    try:
        result = run([str(f) for f in files])
    finally:
        kg.pipeline.resolve, kg.pipeline.build_rdf = real_resolve, real_rdf
    t_end = clock()
    out.append(("read + extract", marks["extract"] - t0))
    out.append(("resolve", marks["resolve"] - marks["extract"]))
    out.append(("rdflib graph", t_end - marks["resolve"]))
    t = clock()
    to_bytes(result.graph, "turtle")
    out.append(("graph.ttl", clock() - t))
    if html:
        from kg.view import render_html

        with tempfile.TemporaryDirectory() as tmp:
            t = clock()
            render_html(result.graph, Path(tmp) / "graph.html", title="Tupu 图谱")
            out.append(("graph.html", clock() - t))
    t = clock()
    result.summary()
    out.append(("summary", clock() - t))
    return out


def jobs_table(files: list[Path], jobs: int, repeat: int, html: bool) -> None:
    """Print ``kg build`` with ``jobs`` processes against one: wall-clock seconds (median and best
    of ``repeat``, the two interleaved, caches emptied before each), the CPU seconds of this
    process and of the workers, and the load average."""
    from kg.pipeline import build

    runs: dict[int, list[tuple[float, float, float]]] = {1: [], jobs: []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            for n in runs:
                clear_caches()
                c0, t0 = os.times(), time.perf_counter()
                build([str(f) for f in files], Path(tmp) / "out", html=html, jobs=n)
                t1, c1 = time.perf_counter(), os.times()
                runs[n].append((t1 - t0, c1.user + c1.system - c0.user - c0.system,
                                c1.children_user + c1.children_system - c0.children_user - c0.children_system))
    for n, rows in runs.items():
        wall = [r[0] for r in rows]
        print(f"kg build --jobs {n}: wall median {statistics.median(wall):7.3f} s, best {min(wall):7.3f} s; "
              f"CPU here {statistics.median(r[1] for r in rows):6.2f} s, workers {statistics.median(r[2] for r in rows):6.2f} s")
    med = {n: statistics.median(r[0] for r in rows) for n, rows in runs.items()}
    best = {n: min(r[0] for r in rows) for n, rows in runs.items()}
    print(f"--jobs {jobs} speed-up: {med[1] / med[jobs]:.2f}x (medians), {best[1] / best[jobs]:.2f}x (best); "
          "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))


def main() -> None:
    """Print the timing table (see module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="also break one build down by step")
    ap.add_argument("--no-html", action="store_true", help="kg build without graph.html (--no-html)")
    ap.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    ap.add_argument("--jobs", type=int, default=1, help="also time kg build --jobs N against --jobs 1 (wall-clock)")
    args = ap.parse_args()
    files = _inputs(args.inputs)
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(map(len, texts))

    import jieba
    import jieba.posseg

    import kg
    from kg.pipeline import build

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    pos = jieba.posseg.POSTokenizer(tk)
    kg.build_graph([str(files[0])])  # warm-up: lexicons, gazetteer, tokenizer

    clock = time.perf_counter if args.wall else time.process_time
    with tempfile.TemporaryDirectory() as tmp:
        runs = {
            "cut": lambda: [list(tk.cut(t)) for t in texts],
            "pos": lambda: [list(pos.cut(t)) for t in texts],
            "graph": lambda: kg.build_graph([str(f) for f in files]),
            "build": lambda: build([str(f) for f in files], Path(tmp) / "out", html=not args.no_html),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):  # interleaved: a burst of load hits every measure alike
            for name, fn in runs.items():
                clear_caches()
                t0 = clock()
                fn()
                times[name].append(clock() - t0)
    t_cut, t_pos, t_graph, t_build = (min(times[n]) for n in runs)
    print(f"files: {len(files)}, characters: {chars}; {'wall-clock' if args.wall else 'CPU'} seconds, best of {args.repeat}")
    print(f"jieba.cut      {t_cut:8.3f} s  {chars / t_cut:10.0f} chars/s")
    print(f"jieba.posseg   {t_pos:8.3f} s  {chars / t_pos:10.0f} chars/s")
    print(f"kg build_graph {t_graph:8.3f} s  {chars / t_graph:10.0f} chars/s")
    html = " (no html)" if args.no_html else ""
    print(f"kg build{html:10s}{t_build:7.3f} s  {chars / t_build:10.0f} chars/s")
    print(f"ratio kg build_graph / jieba.cut: {t_graph / t_cut:.2f}x   (speed {t_cut / t_graph:.2f}x jieba.cut)")
    print(f"ratio kg build / jieba.cut:       {t_build / t_cut:.2f}x   (speed {t_cut / t_build:.2f}x jieba.cut)")
    print(f"ratio jieba.posseg / jieba.cut:   {t_pos / t_cut:.2f}x")
    if args.jobs > 1:
        jobs_table(files, args.jobs, args.repeat, not args.no_html)
    if args.stages:
        for name, secs in stages(files, not args.no_html, clock):
            print(f"  {name:16s} {secs:7.3f} s")


if __name__ == "__main__":
    main()
