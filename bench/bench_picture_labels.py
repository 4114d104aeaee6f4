"""Labels and time of pictures (``kg view -o g.svg``) with large connected parts, for the current
package and a baseline checkout, in one run.

For each graph (the 1,155-node tree of units of tests/test_view_geometry.py, the build of all
texts of ``tests/data/unseen/texts`` (about 4,200 nodes drawn, nearly all in one part) and a synthetic graph of
``--synthetic`` nodes, ``bench_view.synthetic_graph``), the picture is computed
(``kg.view._picture_of``: layout, label places, arrows, edge names; what SVG and PNG draw) by the
current ``kg`` and by the ``kg`` of ``--baseline DIR`` (``git archive <commit> kg | tar -x -C
DIR``), each in a fresh process, runs interleaved, ``--repeat`` times; printed: nodes drawn,
nodes left unlabelled, edges named, and the median CPU seconds with the ratio current /
baseline.

Usage::

    .venv/bin/python bench/bench_picture_labels.py --baseline /tmp/base [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

MEASURE = """
import json, sys, time
from rdflib import Graph
from kg.view import _picture_of
from kg.view.model import _read_model, _select
model = _read_model(Graph().parse(sys.argv[1], format="turtle"))
sel = _select(model, None, 2, None)
t = time.process_time()
pic = _picture_of(model, sel)
dt = time.process_time() - t
print(json.dumps({"nodes": len(pic.nodes), "labelled": len(pic.labels), "edges": len(pic.arrows),
                  "named": len(pic.edge_labels), "seconds": dt}))
"""


def graphs(work: Path, synthetic: int) -> dict[str, Path]:
    from bench_view import synthetic_graph
    from test_view_geometry import _big_graph

    from kg.pipeline import run

    out = {"tree of units": work / "tree.ttl", "unseen articles": work / "unseen.ttl",
           f"synthetic {synthetic}": work / "synthetic.ttl"}
    _big_graph().serialize(out["tree of units"], format="turtle")
    run(inputs=[str(ROOT / "tests" / "data" / "unseen" / "texts")]).graph.serialize(
        out["unseen articles"], format="turtle")
    synthetic_graph(synthetic).serialize(out[f"synthetic {synthetic}"], format="turtle")
    return out


def measure(code: Path, ttl: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run([sys.executable, "-c", MEASURE, str(ttl)], check=True, env=env, cwd=str(code),
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="folder holding the baseline's kg/ package")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--synthetic", type=int, default=2000)
    args = parser.parse_args(argv)
    if not (args.baseline / "kg" / "view").is_dir():
        print(f"error: {args.baseline}: holds no kg/view package", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tupu-bench-picture-"))
    try:
        ttls = graphs(work, args.synthetic)
        print(f"{'graph':<22} {'version':<9} {'nodes':>6} {'unlabelled':>11} {'named edges':>13} {'CPU s':>7} {'ratio':>6}")
        for name, ttl in ttls.items():
            runs: dict[str, list[dict]] = {"baseline": [], "current": []}
            for _ in range(args.repeat):  # interleaved: the machine's load hits both alike
                for version, code in (("baseline", args.baseline.resolve()), ("current", ROOT)):
                    runs[version].append(measure(code, ttl))
            base = median(r["seconds"] for r in runs["baseline"])
            for version, rs in runs.items():
                r, sec = rs[0], median(x["seconds"] for x in rs)
                left = r["nodes"] - r["labelled"]
                print(f"{name:<22} {version:<9} {r['nodes']:>6} {left:>5} ({left / r['nodes']:>4.1%}) "
                      f"{r['named']:>6}/{r['edges']:<6} {sec:>7.2f} {sec / base:>6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
