"""Benchmark: ``--jobs 2`` against ``--jobs 1``, and ``kg validate`` time per triple at 1x and 10x.

Reads every ``.txt`` under the given folders (default: the bundled sample page and the invented
articles in ``tests/data/invented/texts``), copies them under new names into a 1x and a 10x
corpus (10 copies of every file: new article ids, the same entities), then in the same run:

* jobs: the 1x corpus (each text once: copies would be served from the token cache of one
  process and not the other) built in memory (extraction, resolution, rdflib graph; no
  files) with ``jobs=1`` and ``jobs=2``, token cache emptied first, best of ``--repeat``,
  alternating; prints both times and the ratio, for the whole build and for the extraction
  stage alone (:func:`kg.batch.extract_units`), and the load average (other processes on
  the machine take cores from ``--jobs 2`` first);
* validate: :func:`kg.validate.validate` on the 1x and the 10x graph, best of ``--repeat``;
  prints triples, seconds, microseconds per triple and the ratio 10x / 1x per triple.

Usage::

    .venv/bin/python bench/bench_scale.py [FOLDER_OR_FILE ...] [--repeat 2] [--copies 10]
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench_build import _inputs  # the same default corpus as bench_build.py (run from bench/'s folder)


def _corpus(files: list[Path], folder: Path, copies: int) -> Path:
    """``copies`` copies of every file under ``folder``, named ``c<k>-<name>``."""
    folder.mkdir(parents=True)
    for k in range(copies):
        for f in files:
            shutil.copyfile(f, folder / f"c{k}-{f.name}")
    return folder


def _best(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    """Print the two tables (see module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    files = _inputs(args.inputs)

    import kg.nlp
    from kg.batch import extract_units
    from kg.pipeline import run
    from kg.sources import iter_units
    from kg.validate import validate

    with tempfile.TemporaryDirectory() as tmp:
        one = _corpus(files, Path(tmp) / "x1", 1)
        many = _corpus(files, Path(tmp) / f"x{args.copies}", args.copies)
        chars = sum(len(f.read_text(encoding="utf-8")) for f in many.iterdir())
        run([one])  # warm-up: tables and tokenizer of this process

        times: dict[str, list[float]] = {"build 1": [], "build 2": [], "extract 1": [], "extract 2": []}
        for _ in range(args.repeat):  # alternating, so a busy moment hurts both
            for jobs in (1, 2):
                kg.nlp._tokens.cache_clear()
                t, _ = _best(lambda: run([one], jobs=jobs), 1)
                times[f"build {jobs}"].append(t)
                kg.nlp._tokens.cache_clear()
                t, _ = _best(lambda: sum(1 for _ in extract_units(iter_units([one]), jobs=jobs)), 1)
                times[f"extract {jobs}"].append(t)
        print(f"corpus: {len(files)} files, {chars // args.copies} characters; x{args.copies}: {chars} characters")
        for stage in ("build", "extract"):
            t1, t2 = min(times[f"{stage} 1"]), min(times[f"{stage} 2"])
            print(f"{stage:8} --jobs 1 {t1:7.2f} s   --jobs 2 {t2:7.2f} s   speed-up {t1 / t2:.2f}x")
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))

        graph_one = run([one]).graph
        graph_many = run([many], jobs=2).graph
        rows = []
        for name, g in (("1x", graph_one), (f"{args.copies}x", graph_many)):
            t, res = _best(lambda: validate(g), args.repeat)
            assert res.conforms, res.text[:2000]
            rows.append((name, len(g), t))
        for name, n, t in rows:
            print(f"validate {name:>4}: {n:8d} triples {t:7.2f} s {1e6 * t / n:8.1f} us/triple")
        (_, n1, t1), (_, n2, t2) = rows
        print(f"validate time per triple, {args.copies}x / 1x: {(t2 / n2) / (t1 / n1):.2f}")


if __name__ == "__main__":
    main()
