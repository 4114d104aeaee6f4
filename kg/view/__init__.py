"""Draw a Tupu graph: an interactive offline HTML page and a static SVG or PNG picture.

:func:`render_html` writes one self-contained HTML file that opens from ``file://``
(:func:`html_page` gives it as a string); :func:`render_image` writes an SVG drawn by hand
from the same layout, or a PNG (with matplotlib), for reports and the README.

The package is one pipeline with one geometry contract:

* :mod:`kg.view.model`: what is drawn, read from the graph: nodes, edges, classes,
  relations, the selection (focus, cap), legend entries;
* :mod:`kg.view.layout`: where and how large: positions, node and label sizes, the
  picture in pixels, and every number the page's script needs (sent in its payload, so
  no formula is kept in step between Python and JavaScript);
* :mod:`kg.view.html`: the page and its JSON payload;
* :mod:`kg.view.image`: SVG and PNG, both drawn from one :class:`~kg.view.layout._Picture`.

Output is deterministic: the same graph and arguments give the same bytes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.atomic import atomic_write

from .html import _page, _payload
from .image import _png, _svg
from .layout import (CJK_FONT_STACK, IMAGE_SPREAD_LIMIT, _components, _label_width, _node_size, _picture, _Picture,
                     _positions, _svg_label_places)
from .model import _initial, _kinds, _legend_of, _read_model, _select, _Selection, _shown_by_default

__all__ = ["ViewStats", "html_page", "render_html", "render_image", "INITIAL_VIEW_LIMIT", "CJK_FONT_STACK"]
# _label_width, _node_size, _Selection and _svg_label_places stay importable from here (tests).
_COMPAT = (_label_width, _node_size, _Selection, _svg_label_places)

#: Above this many nodes the page opens on the best-connected ones only; the others are
#: reached through the search box or by double-clicking a node (drill-down). Read at each
#: call, so it can be changed on this module.
INITIAL_VIEW_LIMIT = 1500


def __getattr__(name: str):
    """``CLASSES`` and ``RELATIONS``: the node classes and edge relations drawn, in order."""
    if name == "CLASSES":
        return _kinds().classes
    if name == "RELATIONS":
        return _kinds().relations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class ViewStats:
    """What a render drew.

    Attributes:
        nodes: nodes written (reachable in the page, whether shown at load or not).
        edges: edges written between those nodes.
        dropped: nodes left out by ``max_nodes``.
    """

    nodes: int
    edges: int
    dropped: int


def _check_args(depth: int, max_nodes: int | None) -> None:
    """Raises ValueError for a negative ``depth`` or a ``max_nodes`` below 1."""
    if depth < 0:
        raise ValueError(f"depth must be >= 0, got {depth}")
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be >= 1, got {max_nodes}")


def render_html(
    graph: Graph,
    path: str | os.PathLike,
    *,
    title: str = "Tupu graph",
    focus: str | None = None,
    depth: int = 2,
    max_nodes: int | None = None,
) -> ViewStats:
    """Write an interactive, self-contained HTML view of the entity network.

    The page works offline from ``file://``: a class and relation filter with legend
    (articles and ``kg:mentions`` start hidden; an entity linked only to them, such as a
    reporter named only in a byline, is shown only while one of its edges is, never alone:
    :func:`kg.view.model._tethered`), a search box over labels and aliases,
    neighbourhood highlighting and a detail panel on click (aliases, adcode, level, posts with
    the units they are held in, evidence sentences with article titles; a post or a person's
    unit the graph holds ended marked ``原 former``, and such an edge drawn dashed), double-click to expand a node's neighbours,
    and a reset button. Above :data:`INITIAL_VIEW_LIMIT` nodes the page opens on the
    best-connected ones; the rest are reached by search or expansion.

    Args:
        graph: a Tupu graph (``ontology/MODEL.md``).
        path: the HTML file to write; replaced atomically, written as UTF-8.
        title: page title, shown in the header.
        focus: if given, draw only the neighbourhood of the node whose IRI this is
            (``kgid:person-柯远舟_青川县公安局``, in full, or in ``<…>``), else whose ``rdfs:label``
            (or, failing that, ``skos:altLabel``) equals this string; an exact label
            wins over aliases.
        depth: hops from ``focus`` over the relations shown by default (not ``kg:mentions``).
        max_nodes: draw at most this many nodes: the best-connected (entities before
            articles) grown into a linked selection from the best-connected node (or the
            focus node, always kept) over the relations shown, so edges remain.

    Returns:
        ViewStats: nodes and edges written, and nodes dropped by ``max_nodes``.

    Raises:
        ValueError: ``focus`` matches no node, or several and none by its own label alone
            (the message lists up to 5 candidates, each with its units and IRI), or
            ``depth``/``max_nodes`` is out of range.
        OSError: the file cannot be written.
    """
    page, stats = html_page(graph, title=title, focus=focus, depth=depth, max_nodes=max_nodes)
    atomic_write(path, page)
    return stats


def html_page(graph: Graph, *, title: str = "Tupu graph", focus: str | None = None, depth: int = 2,
              max_nodes: int | None = None) -> tuple[str, ViewStats]:
    """The page :func:`render_html` writes, as a string (for notebooks, :mod:`kg.notebook`).

    Args:
        graph, title, focus, depth, max_nodes: as for :func:`render_html`.

    Returns:
        ``(html, stats)``: the whole self-contained page (deterministic for the same graph
        and arguments) and its :class:`ViewStats`.

    Raises:
        ValueError: as :func:`render_html`.
    """
    _check_args(depth, max_nodes)
    model = _read_model(graph)
    sel = _select(model, focus, depth, max_nodes)
    data = _payload(model, sel, title, _initial(model, sel, INITIAL_VIEW_LIMIT))
    return _page(data, title), ViewStats(nodes=len(sel.keep), edges=len(sel.edges), dropped=sel.dropped)


def render_image(
    graph: Graph,
    path: str | os.PathLike,
    *,
    max_nodes: int | None = None,
    focus: str | None = None,
    depth: int = 2,
) -> ViewStats:
    """Write a static picture of the entity network (articles and ``kg:mentions`` left out, and
    the entities linked only to them: :func:`kg.view.model._tethered`).

    The format follows the file suffix: ``.svg`` (drawn by hand, no extra dependency) or
    ``.png`` (needs matplotlib); both draw the same picture, laid out for a picture (at zoom 1,
    edges long enough to carry names). It labels every node (labels in the CJK font stack,
    :data:`~kg.view.layout.IMAGE_FONT` pixels high, under the node, or above, right or left of
    it, or at a corner, where free; a connected part above
    :data:`~kg.view.layout.IMAGE_SPREAD_LIMIT` nodes moves a node whose label fits nowhere a
    little, at most :data:`~kg.view.layout.MOVE_REACH` label heights, to where it fits, and
    leaves out a label only when that fails, so that none overlaps), draws each relation as an arrow
    from subject to object (parallel edges as curves apart, :func:`kg.view.layout._edge_bends`),
    named on its edge wherever the name overlaps no other text, node
    or arrowhead, and has a legend of the classes and relations it draws, no
    others; it is as large as its layout needs (an SVG is shown, and a PNG has, at most
    :data:`~kg.view.layout.IMAGE_MAX_WIDTH` pixels of width; the SVG's viewBox keeps every
    detail).

    Args:
        graph: a Tupu graph (``ontology/MODEL.md``).
        path: the ``.svg`` or ``.png`` file to write; replaced atomically.
        max_nodes: draw at most this many nodes, keeping the best-connected.
        focus: draw only the neighbourhood of the node with this IRI, label or alias.
        depth: hops from ``focus``.

    Returns:
        ViewStats: nodes and edges drawn, and nodes dropped by ``max_nodes``.

    Raises:
        ValueError: unknown ``focus``, unsupported suffix, or ``depth``/``max_nodes`` out
            of range.
        RuntimeError: PNG asked for and matplotlib is not installed.
        OSError: the file cannot be written.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in (".svg", ".png"):
        raise ValueError(f"unsupported image format {suffix!r}: use .svg or .png")
    _check_args(depth, max_nodes)
    model = _read_model(graph)
    sel = _select(model, focus, depth, max_nodes)
    pic = _picture_of(model, sel)
    if suffix == ".svg":
        atomic_write(path, _svg(model, sel, pic))
    else:
        _png(model, sel, pic, path)
    return ViewStats(nodes=len(pic.nodes), edges=len(pic.arrows), dropped=sel.dropped)


def _largest_component(n: int, pairs: list[tuple[int, int]]) -> int:
    """Nodes in the largest connected component over ``pairs`` (0 when there are none)."""
    return max((len(c) for c in _components(n, pairs) if len(c) > 1), default=0)


def _picture_of(model, sel) -> _Picture:
    """The picture :func:`render_image` draws of a selection: what a picture shows
    (:func:`~kg.view.model._shown_by_default`) laid out for a picture (``_positions(...,
    picture=True)``: at zoom 1, edges long enough to carry names) and measured in pixels."""
    nodes, edges = _shown_by_default(model, sel)
    labels = [model.nodes[i].label for i in sel.keep]
    xy, (font, grow) = _positions(sel, nodes, labels, picture=True)
    crowded = _largest_component(len(sel.keep), [(s, t) for s, t, _ in edges]) > IMAGE_SPREAD_LIMIT
    return _picture(sel, nodes, edges, xy, labels, _legend_of(model, sel, nodes, edges), font, grow, thin=crowded)
