"""Benchmark: extraction speed of ``kg`` as a ratio to plain ``jieba.cut`` on the same text.

Reads every ``.txt`` under the given folders (default: the bundled sample page and the
invented articles in ``tests/data/invented/texts``), then in the same process and run:

* baseline: a fresh ``jieba.Tokenizer`` (initialised before timing) cuts every article;
* kg: ingest + all registered extractors + resolution + rdflib graph (``kg.build_graph``),
  after one warm-up build so lexicons, the gazetteer and the tokenizer are loaded.

Each is timed ``--repeat`` times (best of); prints characters, both times and the ratio
kg / jieba.cut. Usage::

    .venv/bin/python bench/bench_build.py [FOLDER_OR_FILE ...] [--repeat 3]
"""
from __future__ import annotations

import argparse
import logging
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


def main() -> None:
    """Print the timing table (see module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = _inputs(args.inputs)
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(map(len, texts))

    import jieba

    import kg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    kg.build_graph([str(files[0])])  # warm-up: lexicons, gazetteer, tokenizer

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_cut = best(lambda: [list(tk.cut(t)) for t in texts])
    def build() -> None:
        import kg.nlp

        if hasattr(kg.nlp, "_tokens"):  # no help from a previous run's token cache
            kg.nlp._tokens.cache_clear()
        kg.build_graph([str(f) for f in files])

    t_kg = best(build)
    print(f"articles files: {len(files)}, characters: {chars}")
    print(f"jieba.cut      {t_cut:8.3f} s  {chars / t_cut:10.0f} chars/s")
    print(f"kg build_graph {t_kg:8.3f} s  {chars / t_kg:10.0f} chars/s")
    print(f"ratio kg / jieba.cut: {t_kg / t_cut:.1f}x")


if __name__ == "__main__":
    main()
