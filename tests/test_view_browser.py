"""kg.view pages driven in headless Chromium (Selenium + the system chromedriver).

Needs Debian's ``chromium``, ``chromium-driver`` and ``fonts-noto-cjk`` and the ``selenium``
package (``.ci/install-browser.sh`` installs them); the module skips when any is missing.
The browser never downloads anything: remote hosts resolve to nothing, so a page that
needed the network would log console errors.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from kg.namespaces import KG
from kg.view import render_html
from test_view import XSS_NAME, _two_of_one_name, byline_graph, entity, evidence, sample_graph, xss_graph

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (.ci/install-browser.sh)")
if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip("chromium / chromedriver not installed (.ci/install-browser.sh)", allow_module_level=True)

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

BROWSER_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1400,900",
)


def start_browser(profile: str):
    """A headless Chromium with a fresh profile and browser console logging on."""
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in BROWSER_FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="tupu-chromium-")
    try:
        driver = start_browser(profile)
    except Exception as exc:  # a broken install: skip rather than fail
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"cannot start headless chromium: {exc}")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: Path) -> None:
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return !!(window.tupu && window.tupu.ready)"))


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def drawn(driver) -> tuple[int, int]:
    return tuple(driver.execute_script("return [tupu.nodes.length, tupu.edges.length]"))


def node_id(driver, iri: str) -> int:
    """Index of the node with this IRI in the page's data (= its vis id)."""
    return driver.execute_script(
        "var iri = arguments[0]; return tupu.data.info.findIndex(function (i) { return i.iri === iri; })", iri)


def click_node(driver, i: int, double: bool = False) -> None:
    """Click (or double-click) node ``i`` on the canvas, at its on-screen position."""
    x, y = driver.execute_script(
        "var n = tupu.network; n.focus(arguments[0], {animation: false});"
        "var p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]); return [p.x, p.y];", i)
    canvas = driver.find_element(By.CSS_SELECTOR, "#network canvas")
    rect = driver.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", canvas)
    chain = webdriver.ActionChains(driver).move_to_element_with_offset(canvas, x - rect[0] / 2, y - rect[1] / 2)
    (chain.double_click() if double else chain.click()).perform()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "sample.html"
    render_html(sample_graph(), path, title="图谱测试")
    return path


def test_draws_graph_without_errors(browser, sample_page):
    open_page(browser, sample_page)
    # shown at load: 6 entities (article hidden), 5 relations (reporter and mentions touch the article)
    assert drawn(browser) == (6, 5)
    assert console_errors(browser) == []
    browser.find_element(By.ID, "filter-class-NewsArticle").click()
    assert drawn(browser) == (7, 6)  # the article and its reporter edge
    browser.find_element(By.ID, "filter-relation-mentions").click()
    assert drawn(browser) == (7, 9)
    assert console_errors(browser) == []


def test_search_focuses_node(browser, sample_page):
    open_page(browser, sample_page)
    box = browser.find_element(By.ID, "search")
    box.send_keys("台州公安")  # an alias
    assert "台州市公安局" in browser.find_element(By.ID, "results").text
    box.send_keys(Keys.ENTER)
    expected = node_id(browser, "https://w3id.org/tupu/id/org-台州市公安局")
    assert browser.execute_script("return tupu.network.getSelectedNodes()") == [expected]
    assert browser.find_element(By.CSS_SELECTOR, "#panel h2").text == "台州市公安局"
    assert "集体一等功" in browser.find_element(By.ID, "panel").text


def test_search_results_of_one_name_are_told_apart(browser, tmp_path):
    """Two persons 柯远舟 were two identical rows `柯远舟 人物 Person` (user 12, F11): each row shows
    the person's unit."""
    page = tmp_path / "two.html"
    render_html(_two_of_one_name()[0], page)
    open_page(browser, page)
    browser.find_element(By.ID, "search").send_keys("柯远舟")
    rows = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#results li")]
    assert len(rows) == 2 and len(set(rows)) == 2, rows
    assert any("青川县公安局交警大队" in r for r in rows) and any("栾川县公安局交警大队" in r for r in rows)
    assert console_errors(browser) == []


def test_a_search_that_matches_nothing_says_so_on_enter(browser, sample_page):
    """Enter on a search that found nothing showed nothing and kept the previous node's details."""
    open_page(browser, sample_page)
    box = browser.find_element(By.ID, "search")
    box.send_keys("台州市公安局", Keys.ENTER)
    assert browser.find_element(By.CSS_SELECTOR, "#panel h2").text == "台州市公安局"
    box.clear()
    box.send_keys("无此单位", Keys.ENTER)
    panel = browser.find_element(By.ID, "panel")
    assert panel.text == "无结果 No match: “无此单位”"
    assert browser.execute_script("return tupu.network.getSelectedNodes()") == []
    results = browser.find_element(By.ID, "results")
    assert results.is_displayed() and results.text == "无结果 No match"
    assert console_errors(browser) == []


def test_an_articles_details_show_its_date_file_and_url(browser, tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCTERMS, SDO, XSD

    g = sample_graph()
    art = URIRef("https://w3id.org/tupu/id/article-page-1")
    g.add((art, DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)))
    g.add((art, SDO.url, URIRef("https://example.org/news/1.html")))
    g.add((art, DCTERMS.source, Literal("江城日报")))  # the paper (user 7, A9)
    evil = entity(g, "article", "evil-2", "NewsArticle", "坏链接")
    g.add((evil, SDO.url, Literal("javascript:alert(1)")))
    path = tmp_path / "articles.html"
    render_html(g, path)
    open_page(browser, path)
    browser.execute_script("tupu.focusNode(arguments[0])", node_id(browser, str(art)))
    panel = browser.find_element(By.ID, "panel")
    assert "日期 Date\n2024-03-01" in panel.text and "来源文件 File\npage.txt" in panel.text, panel.text
    assert "来源 Source\n江城日报" in panel.text, panel.text
    link = panel.find_element(By.CSS_SELECTOR, "dd a")
    assert link.get_attribute("href") == "https://example.org/news/1.html" and link.text == link.get_attribute("href")
    browser.execute_script("tupu.focusNode(arguments[0])", node_id(browser, str(evil)))
    assert "javascript:alert(1)" in panel.text and not panel.find_elements(By.CSS_SELECTOR, "dd a")  # text, no link
    assert console_errors(browser) == []


def test_class_filter_hides_and_reset_restores(browser, sample_page):
    open_page(browser, sample_page)
    browser.find_element(By.ID, "filter-class-Place").click()
    nodes, edges = drawn(browser)
    assert (nodes, edges) == (3, 2)  # org, person, honor; belongsTo and received
    labels = browser.execute_script("return tupu.nodes.get().map(function (n) { return n.label; })")
    assert sorted(labels) == sorted(["台州市公安局", "吕祖期", "集体一等功"])
    browser.find_element(By.ID, "reset").click()
    assert drawn(browser) == (6, 5)
    assert browser.find_element(By.ID, "filter-class-Place").is_selected()


def test_click_opens_panel_and_highlights(browser, sample_page):
    open_page(browser, sample_page)
    tt = node_id(browser, "https://w3id.org/tupu/id/place-331023")
    click_node(browser, tt)
    panel = browser.find_element(By.ID, "panel").text
    assert "天台县" in panel and "331023" in panel and "county" in panel and "天台" in panel
    assert "证据句子1" in panel and "台州警方用无人机巡逻" in panel
    opacity = browser.execute_script("return tupu.nodes.get().map(function (n) { return [n.label, n.opacity]; })")
    assert dict(opacity)["天台县"] == 1 and dict(opacity)["台州市"] == 1 and dict(opacity)["浙江省"] < 1


def test_hostile_text_runs_nothing(browser, tmp_path):
    g = xss_graph()
    art = entity(g, "article", "evil-2", "NewsArticle", '<img src=x onerror="window.__pwned=1">',
                 '<script>window.__pwned=1</script>')
    person = entity(g, "person", "evil", "Person", '<script>window.__pwned=1</script>',
                    '<img src=x onerror="window.__pwned=1"> href')
    g.add((art, KG.reporter, person))
    evidence(g, 300, art, KG.reporter, person, art,
             'href="javascript:window.__pwned=1" <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">')
    page = tmp_path / "evil.html"
    render_html(g, page)
    open_page(browser, page)
    browser.find_element(By.ID, "filter-class-NewsArticle").click()
    for iri in (str(art), str(person)):
        click_node(browser, node_id(browser, iri))
        assert browser.execute_script("return tupu.network.getSelectedNodes()") == [node_id(browser, iri)]
    panel = browser.find_element(By.ID, "panel")
    assert "<script>window.__pwned=1</script>" in panel.text  # shown as text
    assert panel.find_elements(By.CSS_SELECTOR, "script, img, a") == []
    box = browser.find_element(By.ID, "search")
    box.send_keys("pwned")
    assert browser.find_elements(By.CSS_SELECTOR, "#results img, #results script") == []
    box.send_keys(Keys.ENTER)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert XSS_NAME in browser.execute_script("return tupu.data.nodes.map(function (n) { return n[0]; })")
    assert console_errors(browser) == []


def test_cjk_label_renders(browser, sample_page):
    open_page(browser, sample_page)
    # Two CJK characters drawn in the page's font stack: real glyphs differ from each
    # other, while a missing font draws the same "tofu" box for both.
    ink = browser.execute_script("""
        function draw(ch) {
          var c = document.createElement('canvas'); c.width = c.height = 48;
          var g = c.getContext('2d'); g.font = '40px ' + tupu.data.font; g.textBaseline = 'top';
          g.fillText(ch, 4, 4); return Array.from(g.getImageData(0, 0, 48, 48).data);
        }
        var a = draw('台'), b = draw('州'), inked = 0, differ = 0;
        for (var k = 3; k < a.length; k += 4) { if (a[k]) inked++; if (a[k] !== b[k]) differ++; }
        return [inked, differ];""")
    assert ink[0] > 50, "nothing drawn for a CJK character"
    assert ink[1] > 50, "two CJK characters draw the same glyph (no CJK font?)"
    png = browser.find_element(By.ID, "network").screenshot_as_png
    assert len(png) > 5000  # a drawing, not a blank canvas


def test_reduced_view_and_expand(browser, tmp_path, monkeypatch):
    import kg.view

    monkeypatch.setattr(kg.view, "INITIAL_VIEW_LIMIT", 2)
    page = tmp_path / "reduced.html"
    render_html(sample_graph(), page)
    open_page(browser, page)
    assert drawn(browser)[0] == 2
    tt = node_id(browser, "https://w3id.org/tupu/id/place-331023")
    browser.execute_script("tupu.focusNode(arguments[0])", tt)  # what search does
    labels = browser.execute_script("return tupu.nodes.get().map(function (n) { return n.label; })")
    assert "天台县" in labels and "台州市" in labels and "浙江省" not in labels
    click_node(browser, node_id(browser, "https://w3id.org/tupu/id/place-331000"), double=True)
    labels = browser.execute_script("return tupu.nodes.get().map(function (n) { return n.label; })")
    assert "浙江省" in labels and "台州市公安局" in labels  # drill-down from 台州市
    assert console_errors(browser) == []



def test_labels_legible_at_initial_fit(browser, sample_page):
    open_page(browser, sample_page)
    # every label drawn at least 12 px high on screen at the fitted view, in the CJK font stack
    sizes = browser.execute_script(
        "var s = tupu.network.getScale(); return tupu.nodes.get().map(function (n) { return n.font.size * s; })")
    assert len(sizes) == 6 and min(sizes) >= 12
    faces = browser.execute_script(
        "return Object.values(tupu.network.body.nodes).map(function (n) { return n.labelModule.fontOptions.face; })")
    assert all("Noto Sans CJK SC" in f for f in faces)


def test_labels_do_not_overlap_at_initial_fit(browser, tmp_path):
    from test_view import star_graph

    page = tmp_path / "dense.html"
    render_html(star_graph(4, 12), page)  # 52 nodes in four dense stars
    open_page(browser, page)
    boxes = browser.execute_script("""
        var net = tupu.network, s = net.getScale(), out = [];
        Object.values(net.body.nodes).forEach(function (n) {
          var L = n.labelModule.size;
          if (tupu.nodes.get(n.id) && L && L.width && n.options.font.size * s >= 12)
            out.push([L.left, L.top, L.left + L.width, L.top + L.height]);
        });
        return out;""")
    assert len(boxes) >= 40  # (nearly) every label drawn at the fitted view ...
    for a in range(len(boxes)):  # ... and none over another
        for b in range(a + 1, len(boxes)):
            p, q = boxes[a], boxes[b]
            assert not (p[0] < q[2] - 1 and q[0] < p[2] - 1 and p[1] < q[3] - 1 and q[1] < p[3] - 1), (p, q)


def lonely_nodes(driver) -> list[str]:
    """Labels of the drawn nodes that no drawn edge touches."""
    return driver.execute_script("""
        var ends = new Set();
        tupu.edges.get().forEach(function (e) { ends.add(e.from); ends.add(e.to); });
        return tupu.nodes.get().filter(function (n) { return !ends.has(n.id); }).map(function (n) { return n.label; });""")


def test_nodes_linked_only_to_articles_come_with_their_edges(browser, tmp_path):
    """A reporter named only in a byline and an agency only mentioned are not drawn alone
    while articles are hidden; each appears with the edge that links it (the reporter with
    its article, the agency with kg:mentions too) and goes again with it; search still
    finds and shows them. A node with no edge at all is drawn."""
    page = tmp_path / "byline.html"
    render_html(byline_graph(), page)
    open_page(browser, page)
    labels = lambda: sorted(browser.execute_script("return tupu.nodes.get().map(function (n) { return n.label; })"))
    assert "岑墨川" not in labels() and "甲省公安厅" not in labels()
    assert lonely_nodes(browser) == ["乙市公安局"]
    browser.find_element(By.ID, "filter-class-NewsArticle").click()
    assert "岑墨川" in labels() and "甲省公安厅" not in labels()  # with its reporter edge; mentions are off
    assert lonely_nodes(browser) == ["乙市公安局"]
    browser.find_element(By.ID, "filter-relation-mentions").click()
    assert "甲省公安厅" in labels() and lonely_nodes(browser) == ["乙市公安局"]
    browser.find_element(By.ID, "filter-class-NewsArticle").click()  # articles off again
    assert "岑墨川" not in labels() and "甲省公安厅" not in labels()
    browser.find_element(By.ID, "reset").click()
    box = browser.find_element(By.ID, "search")
    box.send_keys("岑墨川")
    box.send_keys(Keys.ENTER)
    assert "岑墨川" in labels()  # a search target is shown whatever the filters
    assert console_errors(browser) == []


def test_bundled_page_draws_no_node_alone_at_load(browser, tmp_path, sample_build):
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    open_page(browser, page)
    nodes, edges = drawn(browser)
    assert nodes > 60 and edges == 65 and lonely_nodes(browser) == []


def test_parallel_edges_are_drawn_apart(browser, tmp_path):
    """vis-network draws the three relations between two units as three curves with their own
    middles (one straight, two curved to either side), and the article's reporter and
    mentions edges to one person as two."""
    from test_view_geometry import _parallel_graph

    page = tmp_path / "parallel.html"
    g = _parallel_graph()
    art = entity(g, "article", "a1", "NewsArticle", "一篇报道")
    person = next(g.subjects(KG.belongsTo, next(iter(g.objects(None, KG.belongsTo)))))
    g.add((art, KG.reporter, person))
    g.add((art, KG.mentions, person))
    render_html(g, page)
    open_page(browser, page)
    browser.find_element(By.ID, "filter-class-NewsArticle").click()
    browser.find_element(By.ID, "filter-relation-mentions").click()
    mids = browser.execute_script("""
        var out = {};
        tupu.edges.getIds().forEach(function (k) {
          var e = tupu.network.body.edges[k], p = e.edgeType.getPoint(0.5), key = [e.fromId, e.toId].sort().join("-");
          (out[key] = out[key] || []).push([p.x, p.y]);
        });
        return Object.values(out).filter(function (v) { return v.length > 1; });""")
    assert sorted(len(m) for m in mids) == [2, 3]
    for group in mids:
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                assert ((group[a][0] - group[b][0]) ** 2 + (group[a][1] - group[b][1]) ** 2) ** 0.5 > 8, group
    assert console_errors(browser) == []


EDGE_NAME_BOXES = """
    // boxes in canvas units of what vis draws in the window, as vis measures them when it
    // draws them: edge names, nodes, node labels
    var net = tupu.network, s = net.getScale(), th = tupu.data.geometry.drawThreshold, out = {names: [], nodes: [], labels: []};
    var c = net.canvas.frame.canvas, a = net.DOMtoCanvas({x: 0, y: 0}), b = net.DOMtoCanvas({x: c.clientWidth, y: c.clientHeight});
    function seen(box) { return box[0] < b.x && a.x < box[2] && box[1] < b.y && a.y < box[3]; }
    tupu.edges.getIds().forEach(function (k) {  // where vis drew the name (the page may move it along the edge)
      var e = net.body.edges[k], L = e.labelModule.size;
      var box = [L.left, L.top, L.left + L.width, L.top + L.height];
      if (e.options.font.size * s >= th && L.width && seen(box)) out.names.push(box);
    });
    tupu.nodes.getIds().forEach(function (i) {
      var n = net.body.nodes[i], r = n.options.size, L = n.labelModule.size;
      var box = [L.left, L.top, L.left + L.width, L.top + L.height];
      out.nodes.push([n.x - r, n.y - r, n.x + r, n.y + r]);
      if (n.options.font.size * s >= th && L.width && seen([n.x - r, n.y - r, n.x + r, n.y + r])) out.labels.push(box);
    });
    out.px = 1 / s;  // a screen pixel in canvas units
    return out;"""


def _overlap(p, q, slack):
    return p[0] < q[2] - slack and q[0] < p[2] - slack and p[1] < q[3] - slack and q[1] < p[3] - slack


def test_edge_names_overlap_no_node_label_or_name_at_any_zoom(browser, tmp_path, sample_build):
    """On the bundled page, at the fitted view, zoomed in and with a node selected (its edges
    are named at any zoom), every edge name vis draws in the window (its own box) overlaps no
    node, no node label drawn and no other name (the code before drew names under nodes and
    over one another); names are upright on a white box, and zoomed in most edges in the
    window are named (at least half)."""
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    open_page(browser, page)
    font = browser.execute_script("return tupu.network.body.edges[tupu.edges.getIds()[0]].options.font")
    assert font["align"] == "horizontal" and font["background"].startswith("rgba(255,255,255")
    hub = browser.execute_script(
        "return tupu.data.nodes.findIndex(function (n) { return n[0] === '格尔木市公安局刑警支队'; })")
    in_view = """var net = tupu.network, c = net.canvas.frame.canvas, a = net.DOMtoCanvas({x: 0, y: 0}),
        b = net.DOMtoCanvas({x: c.clientWidth, y: c.clientHeight});
        return tupu.edges.getIds().filter(function (k) { var p = net.body.edges[k].edgeType.getPoint(0.5);
          return p.x > a.x && p.x < b.x && p.y > a.y && p.y < b.y; }).length;"""
    counts = {}
    for step in ("fit", 1.0, 1.6, 2.5, 4.0, "select", "select-zoom"):
        if step == "select":
            browser.execute_script("tupu.focusNode(arguments[0]); tupu.network.moveTo({scale: 0.8, animation: false});", hub)
        elif step == "select-zoom":
            browser.execute_script("tupu.network.moveTo({scale: 1.6, animation: false});")
        elif step != "fit":  # the window on the hub, the page's most crowded part
            browser.execute_script("tupu.network.moveTo({position: tupu.network.getPositions([arguments[1]])[arguments[1]],"
                                   " scale: arguments[0], animation: false});", step, hub)
        browser.execute_script("tupu.network.emit('zoom', {scale: tupu.network.getScale()}); tupu.network.redraw();")
        boxes = browser.execute_script(EDGE_NAME_BOXES)
        names = boxes["names"]
        counts[step] = (len(names), browser.execute_script(in_view))
        px = boxes["px"]  # (boxes may touch: a pixel of slack)
        bad = [(a, b) for a in names for b in boxes["nodes"] + boxes["labels"] if _overlap(a, b, px)]
        bad += [(a, b) for k, a in enumerate(names) for b in names[k + 1:] if _overlap(a, b, px)]
        assert bad == [], (step, len(bad), bad[:3])
        if step == 4.0:  # node labels stay below vis's cap, which would fade them out (they vanished past zoom 2)
            sizes = browser.execute_script("var s = tupu.network.getScale(); return tupu.nodes.get().map("
                                           "function (n) { return n.font.size * s; })")
            cap = browser.execute_script("return tupu.data.geometry.visMaxVisible")
            assert max(sizes) < cap and len(boxes["labels"]) >= 3, (max(sizes), cap, len(boxes["labels"]))
    assert counts["fit"][0] == 0 and counts[1.0][0] >= 8, counts  # at the fitted zoom, only the selected node's
    assert all(counts[z][0] >= 0.5 * counts[z][1] > 0 for z in (2.5, 4.0)), str(counts)
    assert console_errors(browser) == []


TEXT_BOXES = """
    // at the current zoom: how many nodes and edges are shown and labelled or named, and in the
    // window (vis measures only what it draws there) the boxes of the nodes, of the labels and
    // names as vis measured them while drawing, and each straight edge's arrowhead middle
    var net = tupu.network, s = net.getScale(), G = tupu.data.geometry, out = {nodes: [], labels: [], names: [], heads: [],
        shown: tupu.nodes.length, edges: tupu.edges.length, labelled: 0, named: 0, moved: 0};
    net.redraw();
    var c = net.canvas.frame.canvas, a = net.DOMtoCanvas({x: 0, y: 0}), b = net.DOMtoCanvas({x: c.clientWidth, y: c.clientHeight});
    function seen(q) { return q[0] < b.x && a.x < q[2] && q[1] < b.y && a.y < q[3]; }
    function box(L) { return [L.left, L.top, L.left + L.width, L.top + L.height]; }
    tupu.nodes.getIds().forEach(function (i) {
      var n = net.body.nodes[i], r = n.options.size, q = [n.x - r, n.y - r, n.x + r, n.y + r], on = n.options.font.size * s >= G.drawThreshold;
      if (on) out.labelled++;
      if (!seen(q)) return;
      out.nodes.push([i, q]);
      if (on) out.labels.push([i, box(n.labelModule.size)]);
    });
    tupu.edges.getIds().forEach(function (k) {
      var e = net.body.edges[k], from = net.body.nodes[e.fromId], to = net.body.nodes[e.toId];
      if (e.options.font.size * s >= G.drawThreshold) {
        var q = box(e.labelModule.size), m = e.edgeType.getPoint(0.5);
        out.named++;
        if (seen(q)) out.names.push([k, q]);
        if (Math.abs((q[0] + q[2]) / 2 - m.x) > 1 || Math.abs((q[1] + q[3]) / 2 - m.y) > 1) out.moved++;
      }
      if (!tupu.data.bends.some(function (x) { return x[0] === k; })) {
        var d = Math.hypot(from.x - to.x, from.y - to.y) || 1, back = to.options.size + G.arrowLength / 2;
        var x = to.x + (from.x - to.x) * back / d, y = to.y + (from.y - to.y) * back / d;
        out.heads.push([k, [x - 2, y - 2, x + 2, y + 2]]);  // the arrowhead's middle
      }
    });
    out.px = 1 / s;
    out.window = [a.x, a.y, b.x, b.y];
    return out;"""


@pytest.mark.parametrize("size", [(900, 650), (1000, 1000), (1200, 800)])
def test_no_label_is_cut_by_the_window_at_the_fitted_view(browser, tmp_path, sample_build, size):
    """Labels are drawn a fixed size on screen and some beside their node, so in a canvas
    narrower (or wider) than the layout's they reached out of the window at both edges (6 and
    more cut at these sizes): a label goes to a place around its node that the window holds, and
    with none it waits, hidden, for a zoom or a pan (as a label with no free place does)."""
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    browser.set_window_size(*size)
    try:
        open_page(browser, page)
        got = browser.execute_script(TEXT_BOXES)
    finally:
        browser.set_window_size(1400, 900)
    x0, y0, x1, y1 = got["window"]
    px = got["px"]
    cut = [i for i, (a, b, c, d) in got["labels"] if a < x0 - px or b < y0 - px or c > x1 + px or d > y1 + px]
    assert cut == [] and len(got["labels"]) >= 0.4 * got["shown"], (cut, len(got["labels"]), got["shown"])
    assert console_errors(browser) == []


def test_bundled_page_labels_every_node_at_the_fitted_view_of_a_small_window(browser, tmp_path, sample_build):
    """In a 1200 × 800 window the fitted view of the bundled page draws all labels but two,
    none over another label and few over another node: a label whose place under its node is taken goes
    above, beside or at a corner of it, and the layout aims at that window's canvas (before:
    31 of 69 labels hidden)."""
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    browser.set_window_size(1200, 800)
    try:
        open_page(browser, page)
        got = browser.execute_script(TEXT_BOXES)
    finally:
        browser.set_window_size(1400, 900)
    # the drawing needs labels a little smaller than LABEL_PX to fit this window: 2 are left out
    assert got["shown"] > 60 and got["labelled"] >= got["shown"] - 2, (got["labelled"], got["shown"])
    px, labels = got["px"], got["labels"]
    bad = [(i, j) for n, (i, p) in enumerate(labels) for j, q in labels[n + 1:] if _overlap(p, q, px)]
    assert bad == [], bad[:5]
    # a label goes over another node only when every place around its own is taken by labels
    covering = {i for i, p in labels for j, q in got["nodes"] if i != j and _overlap(p, q, px)}
    assert len(covering) <= 0.1 * len(labels), sorted(covering)
    # and every label drawn is whole inside the window (before, labels at both edges were cut:
    # the fit counted them under their node at the layout's size, not where and how large they
    # are drawn in a canvas narrower than the layout's)
    x0, y0, x1, y1 = got["window"]
    cut = [i for i, (a, b, c, d) in labels if a < x0 - px or b < y0 - px or c > x1 + px or d > y1 + px]
    assert cut == [], cut
    assert console_errors(browser) == []


def test_edge_names_go_along_or_beside_their_edge_from_the_first_zoom_steps(browser, tmp_path, sample_build):
    """Zoomed in twice from the fitted view, most edges of the bundled page are named: a name
    goes at the first free spot along its edge, on it or beside it, not only at its middle,
    and from two zoom steps above the fitted view (before: from zoom 1 only, at the middle:
    21 of 65 named there); no name covers a node, a label, another name or an arrowhead."""
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    open_page(browser, page)
    browser.execute_script("var n = tupu.network; n.moveTo({scale: 2 * n.getScale(), animation: false});"
                           "n.emit('zoom', {scale: n.getScale()});")
    got = browser.execute_script(TEXT_BOXES)
    assert got["named"] >= 0.6 * got["edges"] and got["moved"] > 0, (got["named"], got["moved"])
    px, names = got["px"], got["names"]
    bad = [(k, j) for n, (k, p) in enumerate(names) for j, q in names[n + 1:] if _overlap(p, q, px)]
    bad += [(k, i) for k, p in names for i, q in got["nodes"] + got["labels"] + got["heads"] if _overlap(p, q, px)]
    assert bad == [], bad[:5]
    assert console_errors(browser) == []


def _scale_settled(driver) -> bool:
    """Is the view's scale the same over 0.2 s (a resize's redraw and refit done)?"""
    before = driver.execute_script("return tupu.network.getScale()")
    time.sleep(0.2)
    return before == driver.execute_script("return tupu.network.getScale()")


def test_the_fitted_view_is_refitted_when_the_window_grows(browser, tmp_path, sample_build):
    """A window that grows after the first fit (headless `--screenshot --window-size=1200,800`
    lays the page out shorter first; a window maximised): vis rescaled the view by the change of
    size after the page's refit, so the fitted view of the bundled page reached past the canvas,
    under the side panels. The view after the resize is the one a fit of that canvas gives."""
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    browser.set_window_size(1200, 800)
    try:
        open_page(browser, page)
        browser.set_window_size(1200, 943)
        WebDriverWait(browser, 5).until(lambda d: d.execute_script(
            "return tupu.network.canvas.frame.canvas.clientHeight") > 700)
        WebDriverWait(browser, 5).until(_scale_settled)  # (the refit runs after the resize's own redraw:
        after = browser.execute_script("return tupu.network.getScale()")  # read it once it is done)
        got = browser.execute_script(TEXT_BOXES)
        fitted = browser.execute_script("tupu.fit(); return tupu.network.getScale()")
    finally:
        browser.set_window_size(1400, 900)
    assert abs(after - fitted) < 1e-9, (after, fitted)
    x0, y0, x1, y1 = got["window"]
    out = [i for i, (a, b, c, d) in got["nodes"] if a < x0 or c > x1]
    assert out == [], out
    assert console_errors(browser) == []


NEIGHBOURS_IN_WINDOW = """var net = tupu.network, c = net.canvas.frame.canvas, i = arguments[0];
    var ids = [i];
    tupu.edges.get().forEach(function (e) { if (e.from === i) ids.push(e.to); else if (e.to === i) ids.push(e.from); });
    var pos = net.getPositions(ids), out = [];
    ids.forEach(function (k) { var p = net.canvasToDOM(pos[k]);
      if (p.x < 0 || p.y < 0 || p.x > c.clientWidth || p.y > c.clientHeight) out.push(tupu.data.nodes[k][0]); });
    return [ids.length, out, net.getScale()];"""


@pytest.mark.parametrize("size", [(1200, 800), (800, 600)])
def test_enter_in_the_search_shows_the_node_with_its_neighbours(browser, tmp_path, sample_build, size):
    """(user 9, F16) Enter zoomed to at least 1 on the node found: on a larger graph its
    neighbours fell off the canvas. Now the view fits the node and the neighbours it shows."""
    page = tmp_path / "page.html"
    render_html(sample_build.graph, page)
    browser.set_window_size(*size)
    try:
        open_page(browser, page)
        box = browser.find_element(By.ID, "search")
        for name in ("格尔木市公安局刑警支队", "台州市公安局", "青海省"):
            box.clear()
            box.send_keys(name, Keys.ENTER)
            hit = browser.execute_script("return tupu.network.getSelectedNodes()")[0]
            count, outside, scale = browser.execute_script(NEIGHBOURS_IN_WINDOW, hit)
            assert count > 2 and outside == [], (name, count, outside, scale)
            assert scale <= 1.0 + 1e-9
        assert console_errors(browser) == []
    finally:
        browser.set_window_size(1400, 900)
