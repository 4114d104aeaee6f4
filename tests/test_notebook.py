"""Jupyter: kg.build_graph returns an rdflib.Graph that shows the HTML view inline (_repr_html_)."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest
from rdflib import Graph

import kg
from kg.notebook import GraphView, TupuGraph
from kg.view import render_html

TEXT = "台州民警勇救落水群众\n\n近日，浙江省台州市公安局特警支队民警吕祖期跳入河中救起一名落水群众。\n"


class _Frames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.frames: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def _frame(markup: str) -> dict:
    parser = _Frames()
    parser.feed(markup)
    assert len(parser.frames) == 1 and markup.startswith("<iframe") and markup.endswith("</iframe>")
    return parser.frames[0]


@pytest.fixture(scope="module")
def graph():
    return kg.build_graph(text=TEXT, source="page.txt")


def test_build_graph_is_an_rdflib_graph_with_an_inline_view(graph, tmp_path):
    assert isinstance(graph, TupuGraph) and isinstance(graph, Graph) and len(graph) > 20
    frame = _frame(graph._repr_html_())
    assert "allow-scripts" in frame["sandbox"] and "height:600px" in frame["style"]
    # the frame holds the very page kg view writes (srcdoc, unescaped by the HTML parser)
    render_html(graph, tmp_path / "g.html", title="Tupu 图谱")
    assert frame["srcdoc"] == (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "台州市公安局特警支队" in frame["srcdoc"]
    assert graph._repr_html_() == graph._repr_html_()  # deterministic


def test_show_a_neighbourhood_and_save_it(graph, tmp_path):
    view = graph.show(focus="吕祖期", depth=1, height=400)
    assert isinstance(view, GraphView) and 1 < view.nodes < graph.show().nodes
    assert "height:400px" in _frame(view._repr_html_())["style"]
    assert view.save(tmp_path / "v.html").read_text(encoding="utf-8") == view.html
    with pytest.raises(ValueError):
        graph.show(focus="没有这个人")


def test_wrapping_shares_the_store_and_the_build_result_shows_too():
    result = kg.run(text=TEXT)
    wrapped = TupuGraph.of(result.graph)
    assert wrapped.store is result.graph.store and TupuGraph.of(wrapped) is wrapped
    assert set(wrapped) == set(result.graph)
    assert _frame(result._repr_html_())["srcdoc"] == _frame(wrapped._repr_html_())["srcdoc"]
