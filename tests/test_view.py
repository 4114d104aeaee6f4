"""Tests of kg.view without a browser: the HTML page's data, safety, determinism, SVG."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.namespaces import KG, mint
from kg.view import ViewStats, render_html, render_image

ROOT = Path(__file__).resolve().parents[1]
XSS_NAME = '<script>alert(1)</script><img src=x onerror="alert(2)"> & href'


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def entity(g: Graph, kind: str, key: str, cls: str, label: str, *alts: str) -> URIRef:
    iri = mint(kind, key)
    g.add((iri, RDF.type, KG[cls]))
    g.add((iri, RDFS.label, zh(label)))
    for alt in alts:
        g.add((iri, SKOS.altLabel, zh(alt)))
    return iri


def evidence(g: Graph, n: int, s, p, o, article, sentence: str, extractor: str = "test") -> None:
    e = mint("evidence", f"{n:016x}")
    for t in (RDF.Statement, KG.Evidence):
        g.add((e, RDF.type, t))
    g.add((e, RDF.subject, s))
    g.add((e, RDF.predicate, p))
    g.add((e, RDF.object, o))
    g.add((e, PROV.wasDerivedFrom, article))
    g.add((e, KG.sentence, zh(sentence)))
    g.add((e, KG.extractor, Literal(extractor)))


def sample_graph() -> Graph:
    """A small graph per ontology/MODEL.md: 7 nodes (one article), 6 drawn edges + 3 mentions."""
    g = Graph()
    zj = entity(g, "place", "330000", "Place", "浙江省", "浙")
    tz = entity(g, "place", "331000", "Place", "台州市")
    tt = entity(g, "place", "331023", "Place", "天台县", "天台")
    for place, code, level in ((zj, "330000", "province"), (tz, "331000", "prefecture"), (tt, "331023", "county")):
        g.add((place, RDF.type, KG.AdministrativeDivision))
        g.add((place, KG.adcode, Literal(code)))
        g.add((place, KG.level, Literal(level)))
    org = entity(g, "org", "台州市公安局", "Organization", "台州市公安局", "台州公安")
    g.add((org, RDF.type, KG.PoliceUnit))
    person = entity(g, "person", "吕祖期", "Person", "吕祖期")
    honor = entity(g, "honor", "集体一等功", "Honor", "集体一等功")
    art = entity(g, "article", "page-1", "NewsArticle", "台州警方用无人机巡逻")
    g.add((art, KG.sourceFile, Literal("page.txt")))
    rels = [
        (tz, KG.locatedIn, zj), (tt, KG.locatedIn, tz), (org, KG.locatedIn, tz),
        (person, KG.belongsTo, org), (org, KG.received, honor), (art, KG.reporter, person),
    ]
    for n, (s, p, o) in enumerate(rels):
        g.add((s, p, o))
        evidence(g, n, s, p, o, art, f"证据句子{n}：台州市公安局民警吕祖期介绍说。")
    g.add((person, KG.position, zh("民警")))
    evidence(g, 99, person, KG.position, zh("民警"), art, "台州市公安局民警吕祖期介绍说。", "position")
    for o in (org, person, tt):
        g.add((art, KG.mentions, o))
    return g


def xss_graph() -> Graph:
    g = sample_graph()
    bad = entity(g, "person", "bad", "Person", XSS_NAME, "<b>alias</b>")
    org = mint("org", "台州市公安局")
    g.add((bad, KG.belongsTo, org))
    g.add((bad, KG.position, zh("<i>post</i>")))
    evil_art = entity(g, "article", "evil-1", "NewsArticle", XSS_NAME)
    evidence(g, 200, bad, KG.belongsTo, org, evil_art, XSS_NAME + "</script><!--")
    return g


def page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="tupu-data">(.*?)</script>', text, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


@pytest.fixture
def html(tmp_path: Path) -> Path:
    return tmp_path / "graph.html"


def test_page_written_self_contained(html: Path):
    stats = render_html(sample_graph(), html, title="测试 <图谱>")
    assert stats == ViewStats(nodes=7, edges=9, dropped=0)
    raw = html.read_bytes()
    text = raw.decode("utf-8")
    assert '<meta charset="utf-8">' in text
    for bad in ('src="http', "src='http", 'href="http', "href='http", "//cdn", "<link"):
        assert bad not in text
    assert not re.search(r"<script[^>]+src=", text)
    assert "<title>测试 &lt;图谱&gt;</title>" in text
    assert not list(html.parent.glob(".*.tmp")), "temporary file left behind"


def test_embedded_counts_match_graph(html: Path):
    render_html(sample_graph(), html)
    data = page_data(html)
    labels = {row[0] for row in data["nodes"]}
    assert len(data["nodes"]) == 7
    assert {"浙江省", "台州市", "天台县", "台州市公安局", "吕祖期", "集体一等功", "台州警方用无人机巡逻"} == labels
    rels = sorted(data["relations"][e[2]]["key"] for e in data["edges"])
    assert rels == sorted(["locatedIn"] * 3 + ["belongsTo", "received", "reporter"] + ["mentions"] * 3)
    classes = {data["classes"][row[1]]["key"] for row in data["nodes"]}
    assert classes == {"Place", "Organization", "Person", "Honor", "NewsArticle"}
    # articles and mentions start hidden, the rest is shown
    assert [c["key"] for c in data["classes"] if not c["shown"]] == ["NewsArticle"]
    assert [r["key"] for r in data["relations"] if not r["shown"]] == ["mentions"]
    assert all(row[5] == 1 for row in data["nodes"])


def test_panel_data(html: Path):
    render_html(sample_graph(), html)
    data = page_data(html)
    index = {info["iri"]: k for k, info in enumerate(data["info"])}
    tt = data["info"][index[str(mint("place", "331023"))]]
    assert tt["adcode"] == "331023" and tt["level"] == "county" and tt["alt"] == ["天台"]
    assert tt["sub"] == ["AdministrativeDivision"]
    person = data["info"][index[str(mint("person", "吕祖期"))]]
    post, refs = person["posts"][0]
    assert post == "民警"
    sentence_source = data["evidence"][refs[0]]
    assert sentence_source[1] == "台州市公安局民警吕祖期介绍说。" and sentence_source[2] == "position"
    assert data["sources"][sentence_source[0]][0] == "台州警方用无人机巡逻"
    belongs = [e for e in data["edges"] if data["relations"][e[2]]["key"] == "belongsTo"][0]
    assert [data["evidence"][k][1] for k in belongs[3]] == ["证据句子3：台州市公安局民警吕祖期介绍说。"]
    mentions = [e for e in data["edges"] if data["relations"][e[2]]["key"] == "mentions"]
    assert all(e[3] == [] for e in mentions)


def test_an_articles_panel_data_has_its_date_file_and_url(html: Path):
    """A click on an article showed its headline, byline and mentions only: not when or where from."""
    from rdflib.namespace import DCTERMS, SDO, XSD

    g = sample_graph()
    art = mint("article", "page-1")
    g.add((art, DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)))
    g.add((art, SDO.url, URIRef("https://example.org/news/1.html")))
    render_html(g, html)
    data = page_data(html)
    index = {info["iri"]: k for k, info in enumerate(data["info"])}
    info = data["info"][index[str(art)]]
    assert (info["date"], info["file"], info["url"]) == ("2024-03-01", "page.txt", "https://example.org/news/1.html")
    person = data["info"][index[str(mint("person", "吕祖期"))]]
    assert not {"date", "file", "url"} & set(person)  # only an article's facts, and only those it has
    render_html(sample_graph(), html)
    info = page_data(html)["info"][index[str(art)]]
    assert info["file"] == "page.txt" and not {"date", "url"} & set(info)


def test_graph_text_is_never_markup(html: Path):
    render_html(xss_graph(), html)
    text = html.read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x", "<b>alias", "<i>post", "</script><!--"):
        assert raw not in text
    assert "\\u003cscript\\u003ealert(1)" in text
    data = page_data(html)  # the escaped JSON still decodes to the original names
    assert XSS_NAME in {row[0] for row in data["nodes"]}
    assert any(ev[1].startswith(XSS_NAME) for ev in data["evidence"])
    # exactly the three script elements of the template
    assert len(re.findall(r"<script\b", text)) == 3


def test_deterministic(tmp_path: Path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    render_html(sample_graph(), a)
    g = Graph()  # same triples, inserted in another order
    for t in sorted(sample_graph(), key=str, reverse=True):
        g.add(t)
    render_html(g, b)
    assert a.read_bytes() == b.read_bytes()


def test_focus_and_depth(html: Path):
    g = sample_graph()
    stats = render_html(g, html, focus="天台县", depth=1)
    data = page_data(html)
    assert sorted(row[0] for row in data["nodes"]) == sorted(["天台县", "台州市"])
    assert stats.nodes == 2 and stats.edges == 1
    assert [data["nodes"][i][0] for i in data["focus"]] == ["天台县"]
    render_html(g, html, focus="天台", depth=2)  # an alias works too
    assert sorted(row[0] for row in page_data(html)["nodes"]) == sorted(["天台县", "台州市", "浙江省", "台州市公安局"])
    assert render_html(g, html, focus="天台县", depth=0).nodes == 1


def test_unknown_focus_raises(html: Path):
    with pytest.raises(ValueError, match="matches no node"):
        render_html(sample_graph(), html, focus="不存在的单位")
    assert not html.exists()


def test_unknown_focus_names_the_nearest_labels(html: Path):
    """`--focus 台州公安局` (the 市 left out) said only "matches no node": it names the nearest labels."""
    with pytest.raises(ValueError, match="; did you mean 台州市公安局[ ?]"):
        render_html(sample_graph(), html, focus="台州公安局")
    with pytest.raises(ValueError, match="did you mean 台州市公安局"):
        render_html(sample_graph(), html, focus="州市公安")  # a part of the name
    with pytest.raises(ValueError, match="altLabel$"):
        render_html(sample_graph(), html, focus="XYZ")  # nothing near: no guess
    assert not html.exists()


def test_max_nodes_keeps_best_connected(html: Path):
    stats = render_html(sample_graph(), html, max_nodes=3)
    assert stats.nodes == 3 and stats.dropped == 4
    labels = {row[0] for row in page_data(html)["nodes"]}
    assert labels == {"台州市", "台州市公安局", "吕祖期"}  # degrees 3, 3, 2 (articles last)
    assert stats.edges == 2


def test_written_as_utf8_under_c_locale(tmp_path: Path):
    out = tmp_path / "c.html"
    code = (
        "import sys; sys.path.insert(0, sys.argv[2]); sys.path.insert(0, sys.argv[3])\n"
        "from test_view import sample_graph\nfrom kg.view import render_html, render_image\n"
        "render_html(sample_graph(), sys.argv[1], title='\\u56fe\\u8c31')\n"
        "render_image(sample_graph(), sys.argv[1] + '.svg')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update(LANG="C", LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    assert code.isascii()  # a C locale cannot pass other characters on the command line
    subprocess.run([sys.executable, "-c", code, str(out), str(ROOT / "tests"), str(ROOT)], env=env, check=True)
    assert "<title>图谱</title>" in out.read_text(encoding="utf-8")
    assert "台州市公安局" in Path(str(out) + ".svg").read_text(encoding="utf-8")
    reference = tmp_path / "ref.html"
    render_html(sample_graph(), reference, title="图谱")
    assert reference.read_bytes() == out.read_bytes()


def test_overwrites_atomically_keeping_mode(html: Path):
    html.write_text("old", encoding="utf-8")
    os.chmod(html, 0o640)
    render_html(sample_graph(), html)
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert html.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in html.parent.iterdir()) == ["graph.html"]


def test_svg_is_wellformed_with_labels(tmp_path: Path):
    svg = tmp_path / "graph.svg"
    stats = render_image(xss_graph(), svg)
    assert stats.nodes == 7 and stats.dropped == 0  # articles are left out of pictures
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"浙江省", "台州市公安局", "吕祖期", XSS_NAME, "位于 locatedIn", "人物 Person"} <= texts
    assert "Noto Sans CJK SC" in root.get("font-family")
    raw = svg.read_text(encoding="utf-8")
    assert "<script" not in raw and "<img" not in raw


def test_svg_focus_and_cap(tmp_path: Path):
    svg = tmp_path / "g.svg"
    assert render_image(sample_graph(), svg, focus="台州市公安局", depth=1).nodes == 4
    assert render_image(sample_graph(), svg, max_nodes=2).dropped == 5


def test_image_rejects_unknown_suffix(tmp_path: Path):
    with pytest.raises(ValueError, match="unsupported image format"):
        render_image(sample_graph(), tmp_path / "g.gif")


def _cjk_font_installed() -> bool:
    from matplotlib import font_manager

    from kg.view.image import _cjk_font

    try:
        _cjk_font(font_manager)
    except RuntimeError:
        return False
    return True


def test_png_when_matplotlib_available(tmp_path: Path, any_png_font):
    png = tmp_path / "g.png"
    render_image(sample_graph(), png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_arguments(html: Path):
    with pytest.raises(ValueError, match="depth"):
        render_html(sample_graph(), html, depth=-1)
    with pytest.raises(ValueError, match="max_nodes"):
        render_html(sample_graph(), html, max_nodes=0)


def test_empty_graph(html: Path, tmp_path: Path):
    assert render_html(Graph(), html) == ViewStats(0, 0, 0)
    assert page_data(html)["nodes"] == []
    assert render_image(Graph(), tmp_path / "e.svg").nodes == 0


def test_reduced_initial_view(html: Path, monkeypatch):
    import kg.view

    monkeypatch.setattr(kg.view, "INITIAL_VIEW_LIMIT", 3)
    stats = render_html(sample_graph(), html)
    data = page_data(html)
    assert stats.nodes == 7 and data["reduced"] is True
    shown = {row[0] for row in data["nodes"] if row[5]}
    assert shown == {"台州市", "台州市公安局", "吕祖期"}


def star_graph(hubs: int, leaves: int) -> Graph:
    """``hubs`` organisations with ``leaves`` persons each, the hubs unlinked to each other."""
    g = Graph()
    for h in range(hubs):
        hub = entity(g, "org", f"hub{h}", "Organization", f"中心单位{h}")
        for k in range(leaves):
            g.add((entity(g, "person", f"p{h}-{k}", "Person", f"人员{h}-{k}"), KG.belongsTo, hub))
    return g


def test_max_nodes_keeps_a_connected_selection(html: Path):
    g = star_graph(3, 4)  # three hubs of degree 4: top-degree alone would keep unlinked hubs
    stats = render_html(g, html, max_nodes=3)
    labels = {row[0] for row in page_data(html)["nodes"]}
    assert "中心单位0" in labels and stats.edges == 2  # the best hub and two of its persons
    stats = render_html(g, html, max_nodes=7)
    assert stats.nodes == 7 and stats.edges >= 5  # the whole first star, then the next hub
    labels = {row[0] for row in page_data(html)["nodes"]}
    assert {"中心单位0", "中心单位1"} <= labels


def test_ambiguous_alias_focus_lists_candidates(html: Path):
    g = Graph()
    for k in range(7):
        entity(g, "org", f"gaj{k}", "Organization", f"第{k}市公安局", "公安局")
    with pytest.raises(ValueError, match=r"ambiguous: 7 nodes match \(第0市公安局: kgid:org-gaj0; .*第4市公安局: "
                                         r"kgid:org-gaj4 and 2 more\); give one of these IRIs") as err:
        render_html(g, html, focus="公安局")
    assert "\n" not in str(err.value)
    assert not html.exists()
    entity(g, "org", "gaj", "Organization", "公安局")  # an exact label wins over the aliases
    stats = render_html(g, html, focus="公安局", depth=1)
    data = page_data(html)
    assert stats.nodes == 1 and [data["nodes"][i][0] for i in data["focus"]] == ["公安局"]


def _svg_label_boxes(root) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(text, box) of each node label of an SVG picture, by its text-anchor (CJK 12 px square, ASCII 0.6)."""
    from kg.view import _label_width

    ns = "{http://www.w3.org/2000/svg}"
    group = next(gr for gr in root.iter(f"{ns}g") if gr.get("text-anchor") == "middle" and gr.get("stroke-width") == "3"
                 and gr.get("font-size") is None)
    out = []
    for t in group.iter(f"{ns}text"):
        x, y, w = float(t.get("x")), float(t.get("y")), _label_width(t.text, 12)
        left = {"start": x, "end": x - w}.get(t.get("text-anchor"), x - w / 2)
        out.append((t.text, (left, y - 12, left + w, y + 3)))
    return out


def test_svg_labels_every_node_without_overlap(tmp_path: Path):
    g = Graph()
    hub = entity(g, "org", "hub", "Organization", "一个名字很长很长很长的中心单位")
    for k in range(40):  # forty long labels around one hub
        g.add((entity(g, "person", f"p{k}", "Person", f"非常非常长的人员名字第{k}号"), KG.belongsTo, hub))
    svg = tmp_path / "dense.svg"
    assert render_image(g, svg).nodes == 41
    labels = _svg_label_boxes(ET.parse(svg).getroot())
    assert sorted(t for t, _ in labels) == sorted(["一个名字很长很长很长的中心单位"] + [f"非常非常长的人员名字第{k}号" for k in range(40)])
    boxes = [b for _, b in labels]
    for a in range(len(boxes)):
        for b in range(a + 1, len(boxes)):
            p, q = boxes[a], boxes[b]
            assert not (p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]), (labels[a][0], labels[b][0])


def test_svg_label_places_move_colliding_labels_to_a_free_side():
    from kg.view import _node_size, _Selection, _svg_label_places

    sel = _Selection(keep=[0, 1, 2, 3], edges=[], degree=[1, 5, 0, 2], roots=[], dropped=0)
    at = {0: (100.0, 100.0), 1: (112.0, 102.0), 2: (400.0, 100.0), 3: (300.0, 300.0)}
    places = _svg_label_places(sel, [0, 1, 2, 3], at, ["甲单位", "乙单位", "丙单位", "丁单位"])
    assert set(places) == {0, 1, 2, 3}  # every node keeps a label
    assert places[1][2] == "middle" and places[1][1] > 102  # the best-connected gets the spot under it
    assert places[2] == (400.0, 100.0 + _node_size(0) / 2 + 12, "middle")  # alone: under it too
    assert places[0][1] < 100  # the crowded one moves above its node


def test_svg_draws_arrows_and_a_legend_of_what_it_draws(tmp_path: Path):
    ns = "{http://www.w3.org/2000/svg}"
    g = Graph()
    hub = entity(g, "org", "hub", "Organization", "甲市公安局")
    g.add((entity(g, "person", "p", "Person", "柏川屿"), KG.belongsTo, hub))
    svg = tmp_path / "g.svg"
    render_image(g, svg)
    root = ET.parse(svg).getroot()
    markers = {m.get("id") for m in root.iter(f"{ns}marker")}
    arrows = [line for line in root.iter(f"{ns}line") if line.get("marker-end")]
    assert len(markers) == 1 and len(arrows) == 2  # the edge and its legend entry
    assert {a.get("marker-end") for a in arrows} == {f"url(#{m})" for m in markers}
    texts = {t.text for t in root.iter(f"{ns}text")}
    assert {"人物 Person", "机构 Organization", "隶属 belongsTo"} <= texts
    assert not {"地点 Place", "荣誉 Honor", "位于 locatedIn", "获得 received"} & texts  # nothing that is not drawn
    # the arrow runs from the person (subject) to the agency (object) and stops at its rim
    person = next(root.iter(f"{ns}circle"))  # the drawing comes before the legend
    agency = next(el for el in root.iter(f"{ns}rect") if el.get("fill") != "#ffffff")
    ax, ay = float(agency.get("x")) + float(agency.get("width")) / 2, float(agency.get("y")) + float(agency.get("height")) / 2
    px, py = float(person.get("cx")), float(person.get("cy"))
    edge = arrows[0]  # edges come before the legend
    x1, y1, x2, y2 = (float(edge.get(k)) for k in ("x1", "y1", "x2", "y2"))
    assert (x2 - ax) ** 2 + (y2 - ay) ** 2 < (x1 - ax) ** 2 + (y1 - ay) ** 2
    assert (x2 - ax) ** 2 + (y2 - ay) ** 2 >= (float(agency.get("width")) / 2) ** 2
    assert (x1 - px) ** 2 + (y1 - py) ** 2 < (x2 - px) ** 2 + (y2 - py) ** 2


def test_svg_of_the_bundled_page_labels_every_node(tmp_path: Path):
    from kg.pipeline import build_graph

    svg = tmp_path / "page.svg"
    stats = render_image(build_graph(), svg)
    labels = [t for t, _ in _svg_label_boxes(ET.parse(svg).getroot())]
    # 68 of the page's 93 entities: the 25 linked only to articles are left out (tethered)
    assert len(labels) == stats.nodes > 60 and "格尔木市公安局刑警支队反电信网络诈骗中心" in labels



def test_png_without_matplotlib_says_how_to_install_it(tmp_path: Path, monkeypatch, sample_ttl):
    from click.testing import CliRunner

    from kg.cli import main

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib → ImportError
    res = CliRunner().invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "g.png"), "-q"])
    assert res.exit_code == 2 and len(res.output.splitlines()) == 1, res.output
    assert "pip install -e '.[png]'" in res.output and ".svg" in res.output and "Traceback" not in res.output


def test_png_with_no_chinese_font_is_refused_in_one_line(tmp_path: Path, monkeypatch, sample_ttl):
    """With no font that has Chinese characters, every label of the PNG was a box and kg view
    said nothing (exit 0, hundreds of matplotlib warnings): it is one error line now."""
    font_manager = pytest.importorskip("matplotlib.font_manager")
    from click.testing import CliRunner

    from kg.cli import main

    latin = [f for f in font_manager.fontManager.ttflist if f.name == "DejaVu Sans"]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", latin)
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    res = CliRunner().invoke(main, ["view", str(sample_ttl), "-o", str(tmp_path / "g.png"), "-q"])
    assert res.exit_code == 2 and len(res.output.splitlines()) == 1, res.output
    assert "needs a font with Chinese characters" in res.output and ".svg" in res.output
    assert not (tmp_path / "g.png").exists()


def test_png_finds_a_chinese_font_installed_after_matplotlib_cached_its_list(monkeypatch):
    """matplotlib keeps its font list in a cache: a font installed after the first picture was
    not seen (boxes again) until the cache was deleted by hand; it is added from the system now."""
    font_manager = pytest.importorskip("matplotlib.font_manager")
    from kg.view.image import _cjk_font

    if not _cjk_font_installed():
        pytest.skip("no font with Chinese characters on this machine")
    latin = [f for f in font_manager.fontManager.ttflist if f.name == "DejaVu Sans"]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", list(latin))  # the stale cache
    assert _cjk_font(font_manager) not in ("DejaVu Sans", "sans-serif")


def test_labels_with_dollars_and_control_characters_draw_as_written(tmp_path: Path, any_png_font):
    g = Graph()
    hub = entity(g, "org", "hub", "Organization", "奖金$x_1^2$元\u0007单位")
    g.add((entity(g, "person", "p", "Person", "$$"), KG.belongsTo, hub))
    svg, png = tmp_path / "g.svg", tmp_path / "g.png"
    render_image(g, svg)
    root = ET.parse(svg).getroot()  # well-formed XML: the control character is gone
    assert "奖金$x_1^2$元单位" in [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    render_image(g, png)  # "$$" is no math for matplotlib
    assert png.stat().st_size > 0


def byline_graph() -> Graph:
    """The sample graph with a second reporter named only in the byline and an agency only
    mentioned: both are linked to the article alone."""
    g = sample_graph()
    art = mint("article", "page-1")
    byline = entity(g, "person", "byline", "Person", "岑墨川")
    g.add((art, KG.reporter, byline))
    g.add((art, KG.mentions, byline))
    evidence(g, 300, art, KG.reporter, byline, art, "本报记者 岑墨川")
    g.add((art, KG.mentions, entity(g, "org", "mentioned", "Organization", "甲省公安厅")))
    entity(g, "org", "bare", "Organization", "乙市公安局")  # no edge at all: nothing to go with
    return g


def test_nodes_linked_only_to_articles_are_tethered_in_the_page_and_left_out_of_pictures(tmp_path: Path):
    """A reporter named only in a byline, and an entity only mentioned, would stand alone with
    articles and kg:mentions hidden: the page marks them tethered (shown only with one of their
    edges) and pictures leave them out; nodes with a drawn link, or none at all, are not."""
    page, svg = tmp_path / "g.html", tmp_path / "g.svg"
    render_html(byline_graph(), page)
    data = page_data(page)
    tethered = sorted(row[0] for row in data["nodes"] if row[8] == 1)
    assert tethered == ["岑墨川", "甲省公安厅"]
    assert all(row[5] == 1 for row in data["nodes"])  # still part of the page, reached by the filters
    stats = render_image(byline_graph(), svg)
    texts = {t.text for t in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}text")}
    assert stats.nodes == 7 and not {"岑墨川", "甲省公安厅"} & texts and "乙市公安局" in texts


def test_no_node_of_the_bundled_page_stands_alone_with_the_default_filters(tmp_path: Path, sample_build):
    """Read from the page's JSON: every node shown with the default filters (class shown, not
    tethered) has an edge of a relation shown by default to another such node; the tethered
    ones (reporters and correspondents named only in bylines, entities only mentioned) have
    none. The picture of the page draws no node without an arrow."""
    page, svg = tmp_path / "page.html", tmp_path / "page.svg"
    render_html(sample_build.graph, page)
    data = page_data(page)
    nodes, edges = data["nodes"], data["edges"]
    visible = [data["classes"][n[1]]["shown"] for n in nodes]
    anchored = set()
    for s, t, r, _ in edges:
        if data["relations"][r]["shown"] and visible[s] and visible[t]:
            anchored |= {s, t}
    shown = {i for i, n in enumerate(nodes) if visible[i] and n[8] == 0}
    assert shown <= anchored and len(shown) > 60
    # the page's label budget goes to what it shows: those rank before every hidden node
    assert max(nodes[i][7] for i in shown) == len(shown) - 1
    tethered = {i for i, n in enumerate(nodes) if n[8] == 1}
    assert not tethered & anchored and len(tethered) >= 19  # the 19 byline-only persons at least
    persons = {i for i in tethered if data["classes"][nodes[i][1]]["key"] == "Person"}
    byline = {t for s, t, r, _ in edges if data["relations"][r]["key"] in ("reporter", "correspondent")}
    assert len(persons & byline) >= 19  # (and a few persons only mentioned)
    stats = render_image(sample_build.graph, svg)
    root = ET.parse(svg).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    ends = [(float(line.get(a)), float(line.get(b))) for line in root.iter(f"{ns}line") if line.get("marker-end")
            for a, b in (("x1", "y1"), ("x2", "y2"))]
    centres = [(float(c.get("cx")), float(c.get("cy")), float(c.get("r"))) for c in root.iter(f"{ns}circle")]
    centres += [(float(r.get("x")) + float(r.get("width")) / 2, float(r.get("y")) + float(r.get("height")) / 2,
                 float(r.get("width")) / 2) for r in root.iter(f"{ns}rect") if r.get("fill") != "#ffffff"]
    for poly in root.iter(f"{ns}polygon"):
        pts = [tuple(map(float, p.split(","))) for p in poly.get("points").split()]
        cx, cy = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        centres.append((cx, cy, max(((p[0] - cx) ** 2 + (p[1] - cy) ** 2) ** 0.5 for p in pts)))
    centres = [c for c in centres if c[0] < min(float(t.get("x")) for t in root.iter(f"{ns}text")
                                                 if t.text and t.text.endswith("Person")) - 20]  # not the legend
    lonely = [c for c in centres if not any((x - c[0]) ** 2 + (y - c[1]) ** 2 <= (c[2] * 1.5 + 4) ** 2 for x, y in ends)]
    assert stats.nodes == len(shown) and lonely == []


def test_a_fallback_font_of_boxes_is_no_chinese_font(monkeypatch):
    """matplotlib 3.10+ ships "Last Resort", whose charmap lists every Chinese character, each
    mapped to one placeholder box: with no other font the PNG was written as boxes (new user's
    report); it is refused as with no Chinese font at all."""
    font_manager = pytest.importorskip("matplotlib.font_manager")
    from kg.view.image import _cjk_font, _draws_chinese

    assert not _draws_chinese({0x4E2D: 122, 0x56FD: 122, 0x6587: 122})  # one box for all
    assert not _draws_chinese({0x4E2D: 5})
    assert _draws_chinese({0x4E2D: 5, 0x56FD: 9, 0x6587: 14})
    boxes = [f for f in font_manager.fontManager.ttflist if f.name.startswith("Last Resort")]
    if not boxes:
        pytest.skip("this matplotlib ships no Last Resort font")
    latin = [f for f in font_manager.fontManager.ttflist if f.name == "DejaVu Sans"]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", latin + boxes)
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    with pytest.raises(RuntimeError, match="needs a font with Chinese characters"):
        _cjk_font(font_manager)


def test_an_articles_panel_data_has_its_source(html: Path):
    """The graph holds an article's paper or site (dcterms:source, 人民公安报) and the panel did not
    show it (user 7, A9): the page's data carries it beside the date, file and URL, and the page
    writes it under 来源 Source."""
    from rdflib.namespace import DCTERMS

    g = sample_graph()
    art = mint("article", "page-1")
    g.add((art, DCTERMS.source, Literal("江城日报")))
    render_html(g, html)
    data = page_data(html)
    index = {info["iri"]: k for k, info in enumerate(data["info"])}
    assert data["info"][index[str(art)]]["source"] == "江城日报"
    assert "source" not in data["info"][index[str(mint("person", "吕祖期"))]]
    assert 'addField(dl, "来源 Source", info.source)' in html.read_text(encoding="utf-8")


def _two_of_one_name() -> tuple[Graph, URIRef, URIRef]:
    """Two persons 柯远舟, of a 四川 and of a 河南 county bureau's brigade (user 12, F10/F11)."""
    g = Graph()
    art = entity(g, "article", "a-1", "NewsArticle", "青川县局开展安全宣传")
    people = []
    for n, county in enumerate(("青川县", "栾川县")):
        unit = entity(g, "org", f"{county}公安局交警大队", "Organization", f"{county}公安局交警大队", f"{county[:2]}县局交警大队")
        person = entity(g, "person", f"柯远舟_{county}公安局", "Person", "柯远舟")
        g.add((person, KG.belongsTo, unit))
        evidence(g, n, person, KG.belongsTo, unit, art, f"{county}公安局交警大队民警柯远舟在校门口疏导交通。")
        people.append(person)
    return g, *people


def test_an_ambiguous_focus_lists_each_node_by_its_unit_and_iri(html: Path):
    g, _, _ = _two_of_one_name()
    with pytest.raises(ValueError) as err:
        render_html(g, html, focus="柯远舟")
    assert str(err.value) == ("focus '柯远舟' is ambiguous: 2 nodes match (柯远舟 (栾川县公安局交警大队): "
                              "kgid:person-柯远舟_栾川县公安局; 柯远舟 (青川县公安局交警大队): kgid:person-柯远舟_青川县公安局); "
                              "give one of these IRIs")


@pytest.mark.parametrize("focus", ["kgid:person-柯远舟_栾川县公安局", "https://w3id.org/tupu/id/person-柯远舟_栾川县公安局",
                                   "<https://w3id.org/tupu/id/person-柯远舟_栾川县公安局>",
                                   "https://w3id.org/tupu/id/person-%E6%9F%AF%E8%BF%9C%E8%88%9F_栾川县公安局"])
def test_focus_takes_an_iri(html: Path, focus: str):
    g, _, henan = _two_of_one_name()
    render_html(g, html, focus=focus, depth=1)
    data = page_data(html)
    assert [data["info"][i]["iri"] for i in data["focus"]] == [str(henan)]
    assert sorted(row[0] for row in data["nodes"]) == ["柯远舟", "栾川县公安局交警大队"]


def test_a_focus_iri_of_no_node_is_one_line(html: Path):
    g, _, _ = _two_of_one_name()
    with pytest.raises(ValueError, match=r"^focus 'kgid:person-柯远舟_江城市公安局' is the IRI of no node of the graph$"):
        render_html(g, html, focus="kgid:person-柯远舟_江城市公安局")


def test_search_results_tell_same_named_nodes_apart(html: Path):
    """The page's info rows of two nodes of one label carry what tells them apart (their units,
    else their short IRIs), which the search results show; a node of its own label has none."""
    g, sichuan, henan = _two_of_one_name()
    render_html(g, html)
    info = {i["iri"]: i for i in page_data(html)["info"]}
    assert info[str(sichuan)]["which"] == "青川县公安局交警大队" and info[str(henan)]["which"] == "栾川县公安局交警大队"
    assert not [i for i in info.values() if "which" in i and i["iri"] not in (str(sichuan), str(henan))]
    for person in (sichuan, henan):  # the same unit's name: the IRIs
        g.remove((person, KG.belongsTo, None))
        g.add((person, KG.belongsTo, mint("org", "青川县公安局交警大队")))
    render_html(g, html)
    info = {i["iri"]: i for i in page_data(html)["info"]}
    assert info[str(henan)]["which"] == "kgid:person-柯远舟_栾川县公安局"
    assert "D.info[i].which" in (ROOT / "kg" / "assets" / "view.js").read_text(encoding="utf-8")


def test_did_you_mean_offers_entities_not_articles(html: Path):
    """`--focus 县局` offered the headline 新邵县局开展… as a candidate (user 12, F13)."""
    g, _, _ = _two_of_one_name()
    with pytest.raises(ValueError) as err:
        render_html(g, html, focus="县局")
    assert "青川县局开展安全宣传" not in str(err.value)
    assert str(err.value).endswith("; did you mean 栾川县公安局交警大队 or 青川县公安局交警大队?")
