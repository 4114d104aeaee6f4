"""Benchmark: one large page file, read whole or in a stream — peak memory and time.

Writes newspaper page files of about ``--sizes`` megabytes (default 5 and 20) from generated
articles (``bench/gen_corpus.py``: real sentences recombined, names varied; half the articles
carry a byline, so about half the headlines open a new item of the page), then runs, each in a
fresh process, for each file:

* ``extract``: the file read and extracted as ``kg build`` does it (``kg.batch.extract_unit``:
  the page cut into items, each extracted; the results, without the texts, kept);
* ``drop``: the same, each article's result dropped at once: the memory of reading and
  extracting alone (what the streaming bounds by the largest item);
* ``build`` (with ``--build``): the whole ``kg build PAGE -o TMP --no-html``, resolution and
  Turtle included (these hold every article's statements, so they grow with the file whatever
  the reading).

It prints the wall-clock seconds, the peak resident memory of the process (``ru_maxrss``) and
that peak per megabyte of text. ``--tree DIR`` runs another checkout's ``kg`` (e.g. the main
branch, before streaming) with this one's virtualenv, for a side-by-side figure.

Usage::

    .venv/bin/python bench/bench_stream.py [--sizes 5 20] [--build] [--tree /work/main] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_EXTRACT = """
import sys
from kg.batch import _load, extract_unit
from kg.sources import iter_units
_load(None)
unit = next(iter_units([sys.argv[1]], max_size=1 << 31))
done = extract_unit(unit)
print(len(done.results), len(done.failed))
"""
_DROP = """
import sys
from kg.extract.base import extract_document
from kg.batch import _load, _extractors
import kg.batch
from kg.sources import iter_units
try:
    from kg.sources import iter_unit_documents as docs_of
except ImportError:  # a checkout before streaming: the whole file is read, then cut
    from kg.sources import unit_documents as docs_of
_load(None)
n = 0
for doc in docs_of(next(iter_units([sys.argv[1]], max_size=1 << 31))):
    extract_document(doc, kg.batch._extractors)
    n += 1
print(n, "articles")
"""


def write_page(path: Path, megabytes: float, seed: int = 1) -> int:
    """Write generated articles into one page file of about ``megabytes`` MB; the number of articles."""
    sys.path.insert(0, str(ROOT / "bench"))
    from gen_corpus import Pool, _sources, article

    pool = Pool(_sources([]))
    rng = random.Random(seed)
    target, size, n = int(megabytes * 1024 * 1024), 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while size < target:
            text = article(pool, rng) + "\n"
            fh.write(text)
            size += len(text.encode("utf-8"))
            n += 1
    return n


def measure(args: list[str], tree: str | None) -> tuple[float, float, str]:
    """Run a command; (wall seconds, peak RSS in MB, its stdout's last line)."""
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tree or ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(args)}\n{err[-2000:]}")
    lines = out.strip().splitlines()
    return wall, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def main() -> None:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[5, 20])
    ap.add_argument("--build", action="store_true", help="also time the whole kg build")
    ap.add_argument("--tree", help="run the kg package of this checkout (PYTHONPATH)")
    ap.add_argument("--keep", help="write the page files here (reused when present)")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-stream-"))
    folder.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    print(f"kg from {args.tree or ROOT}")
    print(f"{'file':>10} {'MB':>6} {'run':>8} {'seconds':>8} {'peak MB':>8} {'MB/MB':>6}  result")
    for mb in args.sizes:
        page = folder / f"page-{mb:g}MB.txt"
        if not page.exists():
            write_page(page, mb)
        size = page.stat().st_size / 1024 / 1024
        runs = [("drop", [py, "-c", _DROP, str(page)]), ("extract", [py, "-c", _EXTRACT, str(page)])]
        if args.build:
            out = folder / f"out-{mb:g}"
            runs.append(("build", [py, "-m", "kg", "build", str(page), "-o", str(out), "--no-html", "--quiet",
                                   "--max-file-size", "2G"]))
        for name, cmd in runs:
            wall, peak, last = measure(cmd, args.tree)
            print(f"{page.name:>10} {size:6.1f} {name:>8} {wall:8.1f} {peak:8.0f} {peak / size:6.1f}  {last}", flush=True)


if __name__ == "__main__":
    main()
