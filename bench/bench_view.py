"""Benchmark kg.view against pyvis defaults in headless Chromium.

For synthetic graphs of 100, 1,000 and 5,000 nodes (shaped like Tupu graphs: a place
tree, organisations, people, honours, articles with evidence), render the page with
``kg.view.render_html`` and with plain pyvis (``Network(cdn_resources="in_line")`` fed
from networkx), open both from ``file://`` in headless Chromium with remote hosts
unresolvable (the machine is offline), and measure from navigation start:

* drawn: the first ``afterDrawing`` of vis-network;
* settled: the layout is final: for kg.view, the first drawing (positions are computed
  in Python, physics is off); for pyvis, vis's ``stabilized`` event.

Each page gets a hard cap (``--cap``, 60 s by default) enforced without any blocking
WebDriver call: page-load strategy "none", short polls waited for with a timeout, and
past the cap the browser is killed and restarted; the table then says "> cap".

Prints one table with Python render time, HTML size and both times, with ratios
ours / pyvis. Usage::

    .venv/bin/python bench/bench_view.py [--sizes 100 1000 5000] [--cap SECONDS] [--keep DIR]

Needs chromium, chromedriver and selenium (``.ci/install-browser.sh``).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.namespaces import KG, mint  # noqa: E402
import kg.view  # noqa: E402
from kg.view import CLASSES, RELATIONS, render_html  # noqa: E402

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1400,900",
)
#: Share of each kind in a synthetic graph.
MIX = (("place", "Place", 0.10), ("org", "Organization", 0.25), ("person", "Person", 0.40),
       ("honor", "Honor", 0.05), ("article", "NewsArticle", 0.20))
#: Injected into pyvis pages: records when vis first draws and when physics settles.
#: Longest a single WebDriver call may take before the browser counts as busy.
CALL_TIMEOUT = 5.0
PYVIS_PROBE = """<script>
window.__bench = {drawn: null, settled: null};
network.once("afterDrawing", function () { __bench.drawn = performance.now(); });
network.once("stabilized", function () { __bench.settled = performance.now(); });
</script>
</body>"""


class _Builder:
    """Adds entities, relations and their evidence to a graph, counting evidence nodes."""

    def __init__(self, rng: random.Random):
        self.g, self.rng, self.n = Graph(), rng, 0

    def entity(self, kind: str, cls: str, k: int):
        iri = mint(kind, f"{kind}{k}")
        self.g.add((iri, RDF.type, KG[cls]))
        self.g.add((iri, RDFS.label, Literal(f"{kind}{k}号{cls}", lang="zh")))
        return iri

    def relate(self, s, p, o, article) -> None:
        self.g.add((s, p, o))
        if p == KG.mentions:
            return
        e = mint("evidence", f"{self.n:016x}")
        self.n += 1
        for pred, obj in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p), (RDF.object, o),
                          (PROV.wasDerivedFrom, article), (KG.extractor, Literal("bench")),
                          (KG.sentence, Literal(f"第{self.n}句证据：某单位民警在某地开展工作。", lang="zh"))):
            self.g.add((e, pred, obj))


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """A Tupu-shaped graph with about ``n`` typed nodes (deterministic for a seed)."""
    b = _Builder(random.Random(seed))
    pick = b.rng.choice
    ents = {kind: [b.entity(kind, cls, k) for k in range(max(1, round(n * share)))]
            for kind, cls, share in MIX}
    places, orgs, persons, honors, arts = (ents[k] for k in ("place", "org", "person", "honor", "article"))
    src = arts[0]
    for k, place in enumerate(places[1:], 1):
        b.relate(place, KG.locatedIn, places[b.rng.randrange(k)], src)
    for k, org in enumerate(orgs):
        b.relate(org, KG.locatedIn, pick(places), src)
        if k and b.rng.random() < 0.6:
            b.relate(org, KG.belongsTo, orgs[b.rng.randrange(k)], src)
    for person in persons:
        b.relate(person, KG.belongsTo, pick(orgs), src)
        b.g.add((person, KG.position, Literal("民警", lang="zh")))
    for honor in honors:
        for _ in range(2):
            b.relate(pick(orgs + persons), KG.received, honor, src)
    for art in arts:
        b.relate(art, KG.reporter, pick(persons), art)
        for target in b.rng.sample(places + orgs + persons, 3):
            b.relate(art, KG.mentions, target, art)
    return b.g


def to_networkx(g: Graph) -> nx.DiGraph:
    """The same nodes and edges as a plain networkx graph (what a pyvis user would draw)."""
    classes = {KG[c.key] for c in CLASSES}
    out = nx.DiGraph()
    for cls in sorted(classes):
        for s in sorted(g.subjects(RDF.type, cls)):
            out.add_node(str(s), label=str(g.value(s, RDFS.label)), group=cls.split("#")[-1])
    for rel in RELATIONS:
        for s, o in sorted(g.subject_objects(KG[rel.key])):
            out.add_edge(str(s), str(o), label=rel.key)
    return out


def render_pyvis(g: Graph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(cdn_resources="in_line", directed=True)
    net.from_nx(to_networkx(g))
    net.write_html(str(path), notebook=False)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("</body>", PYVIS_PROBE, 1), encoding="utf-8")


class Browser:
    """Headless Chromium driven through chromedriver, restartable when a page wedges it.

    Page-load strategy "none" makes navigation return at once; every WebDriver call runs
    in a worker thread and is waited for with a timeout, so a renderer whose main thread
    is busy (pyvis stabilising 5,000 nodes) never blocks the benchmark: past the cap the
    browser is killed (by process id) and a fresh one started for the next page.
    """

    def __init__(self):
        self.driver = None
        self.profile = None
        self.pool = None

    def start(self) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="tupu-bench-profile-")
        opts = webdriver.ChromeOptions()
        opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        opts.page_load_strategy = "none"
        for flag in FLAGS + (f"--user-data-dir={self.profile}",):
            opts.add_argument(flag)
        service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(service=service, options=opts)
        self.driver.set_script_timeout(CALL_TIMEOUT)
        self.driver.set_page_load_timeout(CALL_TIMEOUT)
        self.pool = ThreadPoolExecutor(max_workers=1)  # one call at a time, in order

    def submit(self, fn) -> Future:
        """Run ``fn(driver)`` in the worker thread; wait on the future with a timeout."""
        driver = self.driver
        return self.pool.submit(fn, driver)

    def call(self, fn, timeout: float = CALL_TIMEOUT):
        """``fn(driver)``; raises TimeoutError when it does not return within ``timeout``."""
        return self.submit(fn).result(timeout)

    def quit(self) -> None:
        """Stop chromedriver and the browser it started (by process id), then drop the profile."""
        if self.driver is None:
            return
        driver, self.driver = self.driver, None
        proc = getattr(driver.service, "process", None)
        pids = _children(proc.pid) if proc else []
        worker = threading.Thread(target=driver.quit, daemon=True)
        worker.start()
        worker.join(10)
        for pid in pids + ([proc.pid] if proc else []):
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self.pool.shutdown(wait=False, cancel_futures=True)
        shutil.rmtree(self.profile, ignore_errors=True)

    def restart(self) -> None:
        self.quit()
        self.start()


def _children(pid: int) -> list[int]:
    """Process ids of the descendants of ``pid`` (from /proc; empty where unavailable)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry.parent.name))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def measure(browser: Browser, path: Path, probe: str, cap: float) -> tuple[float | None, float | None]:
    """(drawn, settled) in seconds since navigation start; None when not seen within ``cap``.

    The page records both times itself (``performance.now()``); short ``execute_script``
    polls read them. A poll that does not answer means the page's main thread is busy: it
    is waited for (never stacked) until ``cap``. When the cap passes or the browser stops
    answering, the browser is killed and restarted so the next page starts clean.
    """
    deadline = time.monotonic() + cap
    result = None
    try:
        browser.call(lambda d: d.get("about:blank"))
        browser.call(lambda d: d.get(path.resolve().as_uri()))  # returns at once (strategy "none")
    except Exception:  # noqa: BLE001
        browser.restart()
        return None, None
    clean, pending = False, None
    while time.monotonic() < deadline:
        pending = pending or browser.submit(lambda d: d.execute_script(probe))
        try:
            result = pending.result(timeout=max(0.1, min(CALL_TIMEOUT, deadline - time.monotonic()))) or result
        except FutureTimeout:
            continue  # busy page: keep waiting for the same poll
        except Exception:  # noqa: BLE001 - e.g. the script ran before the page existed
            pass
        pending = None
        if result and result[1] is not None:
            clean = True
            break
        time.sleep(0.05)
    if clean:
        try:  # stop the page's work before the next render is timed
            browser.call(lambda d: d.get("about:blank"))
        except Exception:  # noqa: BLE001
            clean = False
    if not clean:
        browser.restart()
    return tuple(None if v is None else v / 1000 for v in (result or [None, None]))


OURS_PROBE = "return window.tupu ? [tupu.ready, tupu.ready] : null"
PYVIS_JS = "return window.__bench ? [__bench.drawn, __bench.settled] : null"


def bench_size(browser: Browser, n: int, folder: Path, cap: float) -> dict:
    g = synthetic_graph(n)
    row = {"n": n}
    for name, render, probe in (("ours", lambda p: render_html(g, p, title=f"bench {n}"), OURS_PROBE),
                                ("pyvis", lambda p: render_pyvis(g, p), PYVIS_JS)):
        path = folder / f"{name}-{n}.html"
        t0 = time.perf_counter()
        render(path)
        row[f"{name}_py"] = time.perf_counter() - t0
        row[f"{name}_size"] = path.stat().st_size
        row[f"{name}_drawn"], row[f"{name}_settled"] = measure(browser, path, probe, cap)
    return row


def bench_full(browser: Browser, n: int, folder: Path, cap: float) -> float | None:
    """Seconds until kg.view's page of ``n`` nodes is drawn with every node shown at load
    (the reduced initial view switched off)."""
    limit, kg.view.INITIAL_VIEW_LIMIT = kg.view.INITIAL_VIEW_LIMIT, n
    try:
        path = folder / f"ours-full-{n}.html"
        render_html(synthetic_graph(n), path)
    finally:
        kg.view.INITIAL_VIEW_LIMIT = limit
    return measure(browser, path, OURS_PROBE, cap)[1]


def _fmt(v, unit: str, cap: float) -> str:
    if v is None:
        return f"> {cap:.0f} s"
    return f"{v / 1e6:.2f} MB" if unit == "MB" else f"{v:.2f} s"


def _ratio(a, b, cap: float) -> str:
    """ours / pyvis; when pyvis did not finish within ``cap``, an upper bound."""
    if a is None:
        return "n/a"
    return f"< {a / cap:.2g}" if b is None else f"{a / b:.2g}"


def print_table(rows: list[dict], cap: float) -> None:
    cols = (("render (py)", "py", "s"), ("HTML size", "size", "MB"),
            ("drawn", "drawn", "s"), ("settled", "settled", "s"))
    print(f"{'nodes':>6} | " + " | ".join(f"{c[0] + ' ours/pyvis (ratio)':<36}" for c in cols))
    for r in rows:
        cells = [f"{_fmt(r['ours_' + k], u, cap)} / {_fmt(r['pyvis_' + k], u, cap)} "
                 f"({_ratio(r['ours_' + k], r['pyvis_' + k], cap)})" for _, k, u in cols]
        print(f"{r['n']:>6} | " + " | ".join(f"{c:<36}" for c in cells))
    print(f"(times from navigation start in headless Chromium, software rendering; '> {cap:.0f} s' = not seen "
          "within the cap; pyvis keeps simulating after its first drawing until 'stabilized')")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--cap", type=float, default=60.0, help="hard cap, in seconds, on waiting for one page to settle")
    parser.add_argument("--keep", type=Path, help="keep the rendered pages in this folder")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="tupu-bench-"))
    browser = Browser()
    browser.start()
    try:
        rows = [bench_size(browser, n, args.keep or folder, args.cap) for n in args.sizes]
        full = {n: bench_full(browser, n, args.keep or folder, args.cap)
                for n in args.sizes if n > kg.view.INITIAL_VIEW_LIMIT}
    finally:
        browser.quit()
        shutil.rmtree(folder, ignore_errors=True)
    print_table(rows, args.cap)
    for n, t in full.items():
        print(f"kg.view with all {n} nodes shown at load (no reduced view): drawn and settled in {_fmt(t, 's', args.cap)}")
    big = [r for r in rows if r["n"] >= 5000]
    if big and (big[0]["ours_settled"] is None or big[0]["ours_settled"] > 5):
        print("GOAL MISSED: 5,000 nodes not settled within 5 s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
