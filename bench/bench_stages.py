"""Benchmark: where the time of ``kg build`` goes as one page file grows, per megabyte of text.

Writes generated page files of about ``--sizes`` megabytes (``bench/bench_stream.py``'s
``write_page``: real sentences recombined, names varied), then builds each, in a fresh process
(cold caches, its own peak memory), as ``kg build PAGE -o OUT --no-html`` does, timing in CPU
seconds: reading and extraction, resolution (:func:`kg.resolve.resolve`), the statements
(:func:`kg.graph.rdf_quads` grouped by :func:`kg.statements.group_quads`) and the files
(:func:`kg.statements.write_file`). It prints each stage in seconds per megabyte, the peak
resident memory, and for each stage the ratio of its time per megabyte in the largest file to
that in the smallest: a stage whose ratio grows well past 1 is superlinear (resolution was, at
about 5 s for 15 MB from comparing every unit named short with every full unit name).

``--tree DIR`` runs another checkout's ``kg`` (PYTHONPATH) with this virtualenv, for a
side-by-side figure (a checkout that builds through rdflib shows ``-`` for the last two stages
and counts them in the total). ``--keep DIR`` keeps the page files (reused when present) and
the outputs (``DIR/out-<size>``), to compare two checkouts' ``graph.ttl`` with ``cmp``.

Usage::

    .venv/bin/python bench/bench_stages.py [--sizes 5 15] [--tree OTHER_CHECKOUT] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import json, resource, sys, time
from pathlib import Path
import kg.pipeline as P
import kg.statements as S
clock = time.process_time
marks = {}

def timed(name, fn):
    def run(*a, **k):
        t = clock()
        try:
            return fn(*a, **k)
        finally:
            marks[name] = marks.get(name, 0.0) + clock() - t
    return run

real_resolve = P.resolve
def resolve(*a, **k):
    marks["extract"] = clock() - t0
    return timed("resolve", real_resolve)(*a, **k)

P.resolve = resolve
for name, attr in (("quads", "group_quads"), ("write", "write_file")):
    if hasattr(S, attr):
        setattr(S, attr, timed(name, getattr(S, attr)))
t0 = clock()
P.build([sys.argv[1]], Path(sys.argv[2]), html=False, max_file_size=1 << 31)
marks["total"] = clock() - t0
marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(marks))
"""

STAGES = ("extract", "resolve", "quads", "write", "total")


def measure(page: Path, out: Path, tree: str | None) -> dict[str, float]:
    """Build ``page`` into ``out`` in a fresh process; the stage times (CPU s) and peak RSS (MB)."""
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree
    proc = subprocess.run([sys.executable, "-c", _RUN, str(page), str(out)], env=env, cwd=tree or ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"failed on {page}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[5, 15])
    ap.add_argument("--tree", help="run the kg package of this checkout (PYTHONPATH)")
    ap.add_argument("--keep", help="keep the page files and outputs here")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_stream import write_page

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-stages-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"kg from {args.tree or ROOT}; CPU seconds per MB of text")
    print(f"{'MB':>6} " + " ".join(f"{s:>8}" for s in STAGES) + f" {'peak MB':>8}")
    per_mb: dict[float, dict[str, float]] = {}
    for mb in sorted(args.sizes):
        page = folder / f"page-{mb:g}MB.txt"
        if not page.exists():
            write_page(page, mb)
        size = page.stat().st_size / 1024 / 1024
        marks = measure(page, folder / f"out-{mb:g}", args.tree)
        per_mb[mb] = {s: marks[s] / size for s in STAGES if s in marks}
        print(f"{size:6.1f} " + " ".join(f"{per_mb[mb][s]:8.2f}" if s in per_mb[mb] else f"{'-':>8}"
                                         for s in STAGES) + f" {marks['rss_mb']:8.0f}", flush=True)
    small, large = per_mb[min(per_mb)], per_mb[max(per_mb)]
    print("largest / smallest, per MB: " + ", ".join(
        f"{s} {large[s] / small[s]:.2f}" for s in STAGES if s in small and s in large and small[s]))


if __name__ == "__main__":
    main()
