"""How much text the HTML view draws: node labels at the fitted view and edge names by zoom,
for the current package and a baseline checkout, in one run, in headless Chromium.

For each graph (the bundled page's build, the build of the invented corpus
``tests/data/invented/texts``, the build of the first 12 texts of ``tests/data/unseen/texts``
and a synthetic graph of 250 nodes, ``bench_view.synthetic_graph``)
and each window size (``--windows``, default 1400×900 and 1200×800), the page is rendered
by the current ``kg.view`` and by the ``kg`` package of ``--baseline DIR`` (a folder holding
another version's ``kg/``, e.g. ``git archive <commit> kg | tar -x -C DIR``; rendered in a
subprocess with ``PYTHONPATH=DIR``), opened from ``file://`` and measured:

* labels: at the fitted view, the share of the nodes shown whose label is drawn (vis draws a
  label whose on-screen size reaches its ``drawThreshold``; the page hides a colliding one);
* names at z × fit (1.5, 2 and 3 times the fitted zoom): the share of the edges shown whose
  name is drawn (the page decides this for the whole drawing at each zoom step, wherever the
  window is);
* overlaps: at the fitted view and at each zoom, with the window on the drawing's centre, the
  pairs of drawn texts (node labels, edge names) and nodes whose boxes, as vis measured them
  while drawing, overlap by more than a screen pixel (a name over a node or a label, two
  names, two labels): 0 is the contract (tests/test_view_browser.py).

Then, for a synthetic graph of ``--timing-nodes`` nodes (5,000: the page opens on 1,500), the
time until the page is drawn and the time the page takes to resize and place labels and
names at each zoom step (1.5, 2, 3, 4 and 6 times the fitted zoom, median of ``--repeat``
openings), for both versions, with the ratio current / baseline.

Usage::

    git archive HEAD~3 kg | tar -x -C /tmp/base     # the version to compare with
    .venv/bin/python bench/bench_view_labels.py --baseline /tmp/base [--windows 1400x900 1200x800]

Needs chromium, chromedriver and selenium (``.ci/install-browser.sh``).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: Zooms measured, as multiples of the fitted view's (layouts differ in size: an absolute zoom
#: shows more or less of one drawing than of another).
ZOOMS = (1.5, 2.0, 3.0)

#: What the page draws at the current zoom: shown nodes and labels, shown edges and names (the
#: page hides a text by giving it a font below vis's drawThreshold), and overlaps of what vis
#: drew in the window (boxes as vis measured them), with a screen pixel of slack.
PROBE = """
var net = tupu.network, s = net.getScale(), th = tupu.data.geometry.drawThreshold;
net.redraw();
var c = net.canvas.frame.canvas, a = net.DOMtoCanvas({x: 0, y: 0}), b = net.DOMtoCanvas({x: c.clientWidth, y: c.clientHeight});
function seen(q) { return q[0] < b.x && a.x < q[2] && q[1] < b.y && a.y < q[3]; }
function box(L) { return [L.left, L.top, L.left + L.width, L.top + L.height]; }
var out = {nodes: 0, labels: 0, edges: 0, names: 0}, texts = [], solids = [];
tupu.nodes.getIds().forEach(function (i) {
  var n = net.body.nodes[i], r = n.options.size, on = n.options.font.size * s >= th;
  out.nodes++; if (on) out.labels++;
  var q = [n.x - r, n.y - r, n.x + r, n.y + r];
  if (seen(q)) { solids.push(q); if (on && n.labelModule.size.width) texts.push(box(n.labelModule.size)); }
});
tupu.edges.getIds().forEach(function (k) {
  var e = net.body.edges[k], on = e.options.font.size * s >= th;
  out.edges++; if (on) out.names++;
  if (on && e.labelModule.size.width) { var q = box(e.labelModule.size); if (seen(q)) texts.push(q); }
});
var px = 1 / s, bad = 0;
function over(p, q) { return p[0] < q[2] - px && q[0] < p[2] - px && p[1] < q[3] - px && q[1] < p[3] - px; }
for (var x = 0; x < texts.length; x++) {
  for (var y = x + 1; y < texts.length; y++) if (over(texts[x], texts[y])) bad++;
}
out.overlaps = bad;
return out;"""


def graphs(work: Path) -> dict[str, Path]:
    """The graphs measured, as Turtle files in ``work``."""
    from bench_view import synthetic_graph

    from kg.pipeline import run

    out = {}
    sample = work / "sample.ttl"
    run().graph.serialize(sample, format="turtle")
    out["bundled page"] = sample
    invented = work / "invented.ttl"
    run(inputs=[str(ROOT / "tests" / "data" / "invented" / "texts")]).graph.serialize(invented, format="turtle")
    out["invented corpus"] = invented
    twelve = work / "twelve.ttl"
    texts = sorted((ROOT / "tests" / "data" / "unseen" / "texts").iterdir())[:12]
    run(inputs=[str(t) for t in texts]).graph.serialize(twelve, format="turtle")
    out["12 unseen articles"] = twelve
    synthetic = work / "synthetic.ttl"
    synthetic_graph(250).serialize(synthetic, format="turtle")
    out["synthetic 250"] = synthetic
    return out


RENDER = """
import sys
from rdflib import Graph
from kg.view import render_html
render_html(Graph().parse(sys.argv[1], format="turtle"), sys.argv[2])
"""


def render(code: Path, ttl: Path, html: Path) -> None:
    """Render ``ttl`` to ``html`` with the ``kg`` package found in folder ``code``."""
    env = dict(os.environ, PYTHONPATH=str(code))
    subprocess.run([sys.executable, "-c", RENDER, str(ttl), str(html)], check=True, env=env, cwd=str(code))


def start_browser(profile: str, width: int, height: int):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                 "--host-resolver-rules=MAP * ~NOTFOUND", f"--window-size={width},{height}",
                 f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


def measure(driver, html: Path) -> dict:
    """The figures of one page: ``{"fit": {...}, 1.0: {...}, …}`` (see :data:`PROBE`)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(html.resolve().as_uri())
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return !!(window.tupu && window.tupu.ready)"))
    out = {"fit": driver.execute_script(PROBE)}
    centre = driver.execute_script("return tupu.network.getViewPosition()")
    fit = driver.execute_script("return tupu.network.getScale()")
    out["scale"] = fit
    for z in ZOOMS:
        driver.execute_script(
            "tupu.network.moveTo({position: arguments[0], scale: arguments[1], animation: false});"
            "tupu.network.emit('zoom', {scale: tupu.network.getScale()});", centre, z * fit)
        out[z] = driver.execute_script(PROBE)
    return out


STEP_TIMES = """
var n = tupu.network, f = n.getScale(), out = [];
[1.5, 2, 3, 4, 6].forEach(function (z) {
  var t = performance.now();
  n.moveTo({scale: z * f, animation: false});
  n.emit('zoom', {scale: n.getScale()});
  out.push(performance.now() - t);
});
return [tupu.ready, out];"""


def timing(driver, html: Path, repeat: int) -> tuple[float, float]:
    """Median (load ms, mean ms per zoom step) over ``repeat`` openings of ``html``."""
    from statistics import median

    from selenium.webdriver.support.ui import WebDriverWait

    loads, steps = [], []
    for _ in range(repeat):
        driver.get("about:blank")
        driver.get(html.resolve().as_uri())
        WebDriverWait(driver, 120).until(lambda d: d.execute_script("return !!(window.tupu && window.tupu.ready)"))
        ready, times = driver.execute_script(STEP_TIMES)
        loads.append(ready)
        steps.append(sum(times) / len(times))
    return median(loads), median(steps)


def _share(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="folder holding the baseline's kg/ package")
    parser.add_argument("--windows", nargs="+", default=["1400x900", "1200x800"])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--timing-nodes", type=int, default=5000, help="size of the timed graph (0: no timing)")
    parser.add_argument("--repeat", type=int, default=5, help="openings of the timed page per version")
    args = parser.parse_args(argv)
    if not (args.baseline / "kg" / "view").is_dir():
        print(f"error: {args.baseline}: holds no kg/view package", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tupu-bench-labels-"))
    rows = []
    try:
        ttls = graphs(work)
        timed = {}
        if args.timing_nodes:
            from bench_view import synthetic_graph

            big = work / "big.ttl"
            synthetic_graph(args.timing_nodes).serialize(big, format="turtle")
            for version, code in (("baseline", args.baseline.resolve()), ("current", ROOT)):
                timed[version] = work / f"big-{version}.html"
                render(code, big, timed[version])
        pages = {}
        for name, ttl in ttls.items():
            for version, code in (("baseline", args.baseline.resolve()), ("current", ROOT)):
                html = work / f"{ttl.stem}-{version}.html"
                render(code, ttl, html)
                pages[name, version] = html
        for window in args.windows:
            w, h = (int(v) for v in window.split("x"))
            profile = tempfile.mkdtemp(prefix="tupu-bench-profile-")
            driver = start_browser(profile, w, h)
            try:
                for (name, version), html in pages.items():
                    rows.append({"window": window, "graph": name, "version": version, **{
                        str(k): v for k, v in measure(driver, html).items()}})
                if timed and window == args.windows[0]:
                    times = {}
                    for _ in range(2):  # interleaved, so that load on the machine hits both alike
                        for version, html in timed.items():
                            load, step = timing(driver, html, max(1, args.repeat // 2))
                            times.setdefault(version, []).append((load, step))
            finally:
                driver.quit()
                shutil.rmtree(profile, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = ["window", "graph", "version", "fit", "labels at fit"] + [f"names at {z:g}×fit" for z in ZOOMS] + ["overlaps"]
    table = [head]
    for r in rows:
        table.append([r["window"], r["graph"], r["version"], f"{r['scale']:.2f}", _share(r["fit"]["labels"], r["fit"]["nodes"])]
                     + [_share(r[str(z)]["names"], r[str(z)]["edges"]) for z in ZOOMS]
                     + [str(sum(r[k]["overlaps"] for k in ["fit", *map(str, ZOOMS)]))])
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        print("  ".join(cell.ljust(wd) for cell, wd in zip(row, widths)).rstrip())
    if timed:
        from statistics import mean

        got = {v: (mean(t[0] for t in ts), mean(t[1] for t in ts)) for v, ts in times.items()}
        print(f"\nsynthetic {args.timing_nodes} nodes, window {args.windows[0]}: drawn after / per zoom step (ms)")
        for v, (load, step) in got.items():
            print(f"  {v:<9} {load:7.0f}  {step:7.1f}")
        print(f"  ratio     {got['current'][0] / got['baseline'][0]:7.2f}  {got['current'][1] / got['baseline'][1]:7.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
