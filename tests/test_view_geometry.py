"""The view's one geometry contract (kg/view/layout.py): the page's script takes every size
from the payload."""
from __future__ import annotations

import re
from pathlib import Path


from kg.view import layout, render_html
from test_view import entity, page_data, sample_graph

VIEW_JS = Path(layout.__file__).parent.parent / "assets" / "view.js"


def test_page_script_takes_every_size_from_the_payload(tmp_path: Path):
    """view.js reads each geometry number from ``data.geometry`` and keeps no copy of the
    layout's formulas (label width by character class, label line height, zoom steps)."""
    render_html(sample_graph(), tmp_path / "g.html")
    geometry = page_data(tmp_path / "g.html")["geometry"]
    assert geometry == layout._page_geometry(tuple(geometry["fitBox"]))
    assert geometry["labelLine"] == layout.LABEL_LINE and geometry["nodeFont"] == layout.NODE_FONT
    script = VIEW_JS.read_text(encoding="utf-8")
    for key in geometry:
        assert f"G.{key}" in script, key
    code = re.sub(r"//[^\n]*|/\*.*?\*/", "", script, flags=re.S)
    for formula in ("0x2E80", "0.6", "1.3", "|| 13", "|| 300", "|| 20", "/ 4)", "* 4 +"):
        assert formula not in code, formula


def test_page_geometry_follows_the_layout_constants(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(layout, "LABEL_LINE", 1.5)
    monkeypatch.setattr(layout, "CELL_PX", 80)
    render_html(sample_graph(), tmp_path / "g.html")
    geometry = page_data(tmp_path / "g.html")["geometry"]
    assert geometry["labelLine"] == 1.5 and geometry["cellPx"] == 80


def test_node_rows_carry_label_width_in_ems_and_rank(tmp_path: Path):
    """Each node row has its label's width in ems, measured once in Python (an astral CJK
    character is one em, not two UTF-16 units), and its rank: default classes first, then
    degree over default relations, then order."""
    g = sample_graph()
    entity(g, "person", "astral", "Person", "𠮷田ab")
    render_html(g, tmp_path / "g.html")
    data = page_data(tmp_path / "g.html")
    ems = {row[0]: row[6] for row in data["nodes"]}
    assert ems["𠮷田ab"] == 3.2 and ems["台州市公安局"] == 6.0
    assert all(row[6] == layout._label_ems(row[0]) for row in data["nodes"])
    n = len(data["nodes"])
    degree = [0] * n
    for s, t, r, _ in data["edges"]:
        if data["relations"][r]["shown"]:
            degree[s] += 1
            degree[t] += 1
    shown = [data["classes"][row[1]]["shown"] for row in data["nodes"]]
    order = sorted(range(n), key=lambda i: (not shown[i], -degree[i], i))
    assert [data["nodes"][i][7] for i in order] == list(range(n))
    assert data["nodes"][order[-1]][0] == "台州警方用无人机巡逻"  # the article (hidden class) ranks last
