"""Draw a Tupu graph: an interactive offline HTML page and a static SVG picture.

:func:`render_html` writes one self-contained HTML file (vis-network, the page's script,
its style and the graph data all inline; nothing is fetched from the network) that opens
from ``file://``. :func:`render_image` writes an SVG drawn by hand from the same layout
(or a PNG when matplotlib happens to be installed), for reports and the README.

What is drawn (see ``ontology/MODEL.md``):

* nodes: every subject typed with a class the schema (:mod:`kg.schema`) gives a view
  :class:`~kg.schema.Style`: ``kg:Person``, ``kg:Organization``, ``kg:Place``, ``kg:Honor``
  or ``kg:NewsArticle`` (articles are hidden by the page's class filter until switched on);
  label ``rdfs:label``;
* edges: the relations with a style, ``kg:locatedIn``, ``kg:belongsTo``, ``kg:received``,
  ``kg:reporter``, ``kg:correspondent`` and ``kg:mentions`` (hidden until switched on) between
  two drawn nodes; an edge to an untyped node is left out;
* side panel: aliases (``skos:altLabel``), class and subclasses, ``kg:adcode`` and
  ``kg:level`` of places, posts (``kg:position``) and the evidence sentences of every
  relation with the title of the article they come from.

All text taken from the graph reaches the page as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the
page inserts it with ``textContent`` only: names are never interpreted as markup.

Positions are computed here (a seeded force-directed layout), so the page draws at once
with physics off, and the same graph always gives the same bytes. The layout is
label-aware at the zoom the page will open at: it predicts the fitted zoom for a
1400 × 900 window (:data:`REF_CANVAS`), places every node greedily at the nearest spot
where its box (node plus label at the size the page will draw it, CJK ≈ 1 em a
character) overlaps no other, and packs the blocks; the page then hides any label that
would still overlap a better-ranked one (other window sizes, zooming).
"""
from __future__ import annotations

import functools
import heapq
import json
import math
import os
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import numpy as np
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.atomic import atomic_path, atomic_write
from kg.namespaces import KG, split_iri
from kg.schema import SCHEMA

__all__ = ["ViewStats", "html_page", "render_html", "render_image", "INITIAL_VIEW_LIMIT", "CJK_FONT_STACK"]

#: Above this many nodes the page opens on the best-connected ones only; the others are
#: reached through the search box or by double-clicking a node (drill-down).
INITIAL_VIEW_LIMIT = 1500
#: Font stack for Chinese labels, in the page and in SVG pictures.
CJK_FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
)
#: Seed of the layout: fixed, so that output is deterministic.
LAYOUT_SEED = 20240601
#: PNG pictures label at most this many nodes (the best-connected); SVG pictures label all.
IMAGE_LABEL_LIMIT = 80
#: SVG pictures name the relation on each edge when they have at most this many edges.
IMAGE_EDGE_LABEL_LIMIT = 40
#: Pull of the force layout towards the centre of a component: keeps it round and compact.
GRAVITY = 1.0
#: Distance between linked nodes, in canvas units (screen pixels at zoom 1).
EDGE_LENGTH = 90.0
#: Node label size in canvas units (the page enlarges it when it opens zoomed out).
NODE_FONT = 14
#: Vertical distance between rows of nodes without links (node, label, gap).
GRID_ROW = 64.0
#: Margin around a packed block and the gap between blocks.
UNIT_PAD = 6.0
PACK_GAP = 24.0
#: Up to this many nodes shown at load, the fitted view labels them all, LABEL_PX high
#: on screen (the page scales fonts up when it fits a larger drawing); above, only the
#: best-connected are labelled until one zooms in. The page reads both from its data.
LABEL_ALL = 300
LABEL_PX = 13
#: Drawing area the layout aims to fit at zoom 1, labels included: the canvas of a
#: 1400 × 900 window (870 × 853 between the side panels and under the bar) minus the
#: page's fit margin (FIT_PAD in view.js) on each side.
REF_CANVAS = (830.0, 810.0)
FIT_PAD = 20.0
#: Width / height the packed drawing aims at (that canvas).
LAYOUT_ASPECT = REF_CANVAS[0] / REF_CANVAS[1]
#: Share of EDGE_LENGTH the force layout is shrunk to before labels are placed: the
#: label placement then spreads nodes only as far as their labels need.
SQUEEZE = 0.3
#: Smallest on-screen node size, as a share of the size in canvas units (page and layout).
NODE_MIN_SCALE = 0.5
#: Space kept between the boxes of two nodes with their labels.
LABEL_GAP = 6.0
#: Components larger than this keep their force layout without label placement (the
#: page labels only the best-connected nodes of such graphs and hides overlapping ones).
SPREAD_LIMIT = 300
#: Farthest a node moves from its force-layout place to free its label, in canvas units.
SPREAD_REACH = 2500.0

_ASSETS = Path(__file__).with_name("assets")
_VIS_JS = _ASSETS / "vendor" / "vis-network" / "vis-network.min.js"


@dataclass(frozen=True)
class _Kind:
    """A node class or relation as drawn: local name, Chinese name, colour, look, default."""

    key: str
    zh: str
    color: str
    shape: str
    shown: bool


@dataclass(frozen=True)
class _Kinds:
    """What is drawn, from the schema's view styles (classes and relations with a ``view``)."""

    classes: tuple[_Kind, ...]  # node classes in priority order (a node typed with two takes the first)
    relations: tuple[_Kind, ...]  # relations drawn as edges (``shape`` unused)
    class_index: dict[URIRef, int]
    rel_index: dict[URIRef, int]
    hidden_classes: frozenset[int]
    hidden_relations: frozenset[int]


@functools.cache
def _kinds_of(version: int) -> _Kinds:
    classes = tuple(_Kind(c.name, c.view.zh, c.view.color, c.view.shape, c.view.shown)
                    for c in SCHEMA.classes.values() if c.view is not None)
    relations = tuple(_Kind(r.name, r.view.zh, r.view.color, r.view.shape, r.view.shown)
                      for r in SCHEMA.relations.values() if r.view is not None)
    return _Kinds(classes, relations, {KG[c.key]: i for i, c in enumerate(classes)},
                  {KG[r.key]: i for i, r in enumerate(relations)},
                  frozenset(i for i, c in enumerate(classes) if not c.shown),
                  frozenset(i for i, r in enumerate(relations) if not r.shown))


def _kinds() -> _Kinds:
    """The drawn classes and relations of the live schema (rebuilt when it changes)."""
    return _kinds_of(SCHEMA.version)


def __getattr__(name: str) -> tuple[_Kind, ...]:
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


@dataclass
class _Node:
    iri: str
    label: str
    cls: int
    alt: list[str] = field(default_factory=list)
    sub: list[str] = field(default_factory=list)
    adcode: str = ""
    level: str = ""
    posts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Evidence:
    source: str  # article IRI, "" when unknown
    sentence: str
    extractor: str


@dataclass
class _Model:
    """The drawable part of a graph, in a deterministic order (nodes sorted by IRI)."""

    nodes: list[_Node]
    edges: list[tuple[int, int, int]]  # (source index, target index, relation index)
    evidence: dict[tuple[str, str, str], list[_Evidence]]
    titles: dict[str, str]  # article IRI -> title


@dataclass
class _Selection:
    """Nodes kept for drawing (indices into the model, ascending) and related facts."""

    keep: list[int]
    edges: list[tuple[int, int, int]]  # re-indexed into ``keep``
    degree: list[int]
    roots: list[int]  # focus nodes, re-indexed
    dropped: int


# --------------------------------------------------------------------------- reading


def _text(values: Iterable[object]) -> list[str]:
    """Sorted distinct lexical forms of literals, Chinese-tagged ones first."""
    lits = [v for v in values if isinstance(v, Literal)]
    lits.sort(key=lambda v: (not (v.language or "").startswith("zh"), str(v)))
    return list(dict.fromkeys(str(v) for v in lits))


def _local_name(iri: str) -> str:
    """The readable key of a ``kgid:`` IRI (else its last segment), used when a node has no label."""
    parts = split_iri(iri)
    if parts:
        return parts[1]
    return unquote(re.split(r"[/#]", iri.rstrip("/"))[-1]) or iri


def _read_node(graph: Graph, subject: URIRef, cls: int) -> _Node:
    labels = _text(graph.objects(subject, RDFS.label))
    label = labels[0] if labels else _local_name(str(subject))
    alt = [a for a in _text(graph.objects(subject, SKOS.altLabel)) + labels[1:] if a != label]
    subs = sorted(
        str(t)[len(str(KG)):] for t in graph.objects(subject, RDF.type)
        if isinstance(t, URIRef) and str(t).startswith(str(KG)) and t not in _kinds().class_index
    )
    return _Node(
        iri=str(subject), label=label, cls=cls, alt=list(dict.fromkeys(alt)), sub=subs,
        adcode=next(iter(_text(graph.objects(subject, KG.adcode))), ""),
        level=next(iter(_text(graph.objects(subject, KG.level))), ""),
        posts=_text(graph.objects(subject, KG.position)),
    )


def _read_nodes(graph: Graph) -> list[_Node]:
    best: dict[URIRef, int] = {}
    for cls_iri, cls in _kinds().class_index.items():
        for s in graph.subjects(RDF.type, cls_iri):
            if isinstance(s, URIRef):
                best[s] = min(best.get(s, cls), cls)
    return [_read_node(graph, s, best[s]) for s in sorted(best, key=str)]


def _read_edges(graph: Graph, index: dict[str, int]) -> list[tuple[int, int, int]]:
    edges = set()
    for pred, rel in _kinds().rel_index.items():
        for s, o in graph.subject_objects(pred):
            if str(s) in index and str(o) in index and s != o:
                edges.add((index[str(s)], index[str(o)], rel))
    return sorted(edges)


def _read_evidence(graph: Graph) -> dict[tuple[str, str, str], list[_Evidence]]:
    found: dict[tuple[str, str, str], set[_Evidence]] = defaultdict(set)
    for e, s in graph.subject_objects(RDF.subject):
        p, o = graph.value(e, RDF.predicate), graph.value(e, RDF.object)
        sentence = graph.value(e, KG.sentence)
        if p is None or o is None or sentence is None:
            continue
        src = graph.value(e, PROV.wasDerivedFrom)
        extractors = ", ".join(sorted(str(x) for x in graph.objects(e, KG.extractor)))
        ev = _Evidence(str(src or ""), str(sentence), extractors)
        found[(str(s), str(p), str(o))].add(ev)
    return {k: sorted(v, key=lambda x: (x.source, x.sentence, x.extractor)) for k, v in found.items()}


def _read_titles(graph: Graph, sources: Iterable[str]) -> dict[str, str]:
    titles = {}
    for src in sorted(set(sources) - {""}):
        labels = _text(graph.objects(URIRef(src), RDFS.label))
        titles[src] = labels[0] if labels else _local_name(src)
    return titles


def _read_model(graph: Graph) -> _Model:
    nodes = _read_nodes(graph)
    index = {n.iri: i for i, n in enumerate(nodes)}
    evidence = _read_evidence(graph)
    titles = _read_titles(graph, (ev.source for evs in evidence.values() for ev in evs))
    return _Model(nodes, _read_edges(graph, index), evidence, titles)


# --------------------------------------------------------------------------- selecting


def _adjacency(n: int, edges: Iterable[tuple[int, int, int]]) -> list[list[int]]:
    adj: list[list[int]] = [[] for _ in range(n)]
    for s, t, _ in edges:
        adj[s].append(t)
        adj[t].append(s)
    return adj


def _degrees(n: int, edges: Iterable[tuple[int, int, int]]) -> list[int]:
    """Node degrees over the relations shown by default (``kg:mentions`` left out)."""
    deg = [0] * n
    for s, t, rel in edges:
        if rel not in _kinds().hidden_relations:
            deg[s] += 1
            deg[t] += 1
    return deg


def _rank(classes: Sequence[int], degree: Sequence[int], candidates: Iterable[int]) -> list[int]:
    """Candidates best first: classes shown by default, then by degree, then in IRI order.

    ``classes`` and ``degree`` are indexed by candidate.
    """
    hidden = _kinds().hidden_classes
    return sorted(candidates, key=lambda i: (classes[i] in hidden, -degree[i], i))


def _find_roots(model: _Model, focus: str) -> list[int]:
    """The node named ``focus``: the one with it as ``rdfs:label`` (an exact label wins),
    else the only one with it as ``skos:altLabel``.

    Raises:
        ValueError: no node has that name, or several do and none has it as its label.
    """
    by_label = [i for i, n in enumerate(model.nodes) if n.label == focus]
    if len(by_label) == 1:
        return by_label
    roots = by_label or [i for i, n in enumerate(model.nodes) if focus in n.alt]
    if not roots:
        raise ValueError(f"focus {focus!r} matches no node's rdfs:label or skos:altLabel")
    if len(roots) > 1:
        names = [model.nodes[i].label for i in roots[:5]]
        more = f" and {len(roots) - 5} more" if len(roots) > 5 else ""
        raise ValueError(f"focus {focus!r} is ambiguous: {len(roots)} nodes match "
                         f"({', '.join(names)}{more}); give one of these labels")
    return roots


def _neighbourhood(model: _Model, roots: list[int], depth: int) -> set[int]:
    """Nodes within ``depth`` hops of ``roots`` over the relations shown by default."""
    adj = _adjacency(len(model.nodes), (e for e in model.edges if e[2] not in _kinds().hidden_relations))
    seen = {r: 0 for r in roots}
    queue = deque(roots)
    while queue:
        i = queue.popleft()
        if seen[i] < depth:
            for j in adj[i]:
                if j not in seen:
                    seen[j] = seen[i] + 1
                    queue.append(j)
    return set(seen)


def _connected_top(model: _Model, degree: Sequence[int], roots: list[int], scope: set[int],
                   limit: int) -> set[int]:
    """At most ``limit`` nodes of ``scope``: the focus nodes (or the best-connected node),
    then grown best-first over the relations shown by default, so that the kept nodes stay
    linked; the best-ranked frontier node is taken next, and when the frontier runs dry
    the best-ranked remaining node starts a new region."""
    classes = [n.cls for n in model.nodes]
    rank = {i: k for k, i in enumerate(_rank(classes, degree, scope))}
    adj = _adjacency(len(model.nodes), (e for e in model.edges if e[2] not in _kinds().hidden_relations))
    keep: set[int] = set()
    frontier: list[tuple[int, int]] = []  # heap of (rank, node)
    seeds = deque(list(roots) + sorted(scope, key=rank.__getitem__))
    while len(keep) < limit:
        if frontier:
            _, i = heapq.heappop(frontier)
        else:
            while seeds and seeds[0] in keep:
                seeds.popleft()
            if not seeds:
                break
            i = seeds.popleft()
        if i in keep:
            continue
        keep.add(i)
        for j in adj[i]:
            if j in scope and j not in keep:
                heapq.heappush(frontier, (rank[j], j))
    return keep


def _select(model: _Model, focus: str | None, depth: int, max_nodes: int | None) -> _Selection:
    degree = _degrees(len(model.nodes), model.edges)
    roots = _find_roots(model, focus) if focus is not None else []
    scope = _neighbourhood(model, roots, depth) if roots else set(range(len(model.nodes)))
    keep = set(scope)
    if max_nodes is not None and len(scope) > max_nodes:
        keep = _connected_top(model, degree, roots, scope, max_nodes)
    order = sorted(keep)
    new = {old: k for k, old in enumerate(order)}
    edges = [(new[s], new[t], r) for s, t, r in model.edges if s in new and t in new]
    return _Selection(
        keep=order, edges=edges, degree=_degrees(len(order), edges),
        roots=sorted(new[r] for r in roots if r in new), dropped=len(scope) - len(keep),
    )


# --------------------------------------------------------------------------- layout


def _force_layout(n: int, pairs: Sequence[tuple[int, int]], iterations: int = 60) -> np.ndarray:
    """Fruchterman-Reingold positions in about [-1, 1]², seeded and vectorised.

    Repulsion is computed in blocks of rows so memory stays at O(block × n).
    """
    rng = np.random.default_rng(LAYOUT_SEED)
    pos = rng.random((n, 2)) * 2 - 1
    if n < 2:
        return np.zeros((n, 2))
    k = 2.0 / math.sqrt(n)
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    block = max(1, 2_000_000 // n)
    temp = 0.2
    for step in range(iterations):
        disp = np.empty_like(pos)
        for a in range(0, n, block):
            dx = pos[a:a + block, 0, None] - pos[None, :, 0]
            dy = pos[a:a + block, 1, None] - pos[None, :, 1]
            w = dx * dx
            w += dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k * k, w, out=w)  # repulsion k²/d along the unit vector = k²·delta/d²
            disp[a:a + block, 0] = np.einsum("ij,ij->i", w, dx)
            disp[a:a + block, 1] = np.einsum("ij,ij->i", w, dy)
        if len(src):
            delta = pos[src] - pos[dst]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= pos * GRAVITY  # keeps the drawing round and compact
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp * (1 - step / iterations)) / length)[:, None]
    return pos


def _label_width(label: str, font: float = NODE_FONT) -> float:
    """Approximate width of a label at this font size (CJK characters are square)."""
    return font * sum(1.0 if ord(ch) >= 0x2E80 else 0.6 for ch in label)


@functools.lru_cache(maxsize=8)
def _offsets(step: float, reach: float) -> tuple[np.ndarray, np.ndarray]:
    """Grid offsets within ``reach`` of (0, 0), nearest first (ties in a fixed order), and
    their distances."""
    k = int(reach // step)
    g = np.arange(-k, k + 1, dtype=float) * step
    xy = np.stack(np.meshgrid(g, g), axis=-1).reshape(-1, 2)
    d = np.hypot(xy[:, 0], xy[:, 1])
    xy, d = xy[d <= reach], d[d <= reach]
    order = np.lexsort((xy[:, 0], xy[:, 1], np.round(d, 6)))
    xy, d = xy[order], d[order]
    xy.flags.writeable = d.flags.writeable = False
    return xy, d


def _spread_labels(xy: np.ndarray, widths: np.ndarray, radii: np.ndarray, font: float) -> np.ndarray:
    """Positions near ``xy`` where no two boxes of node plus label (under it) overlap.

    Greedy and deterministic: nodes go best-connected first (largest node), each at its
    place in ``xy`` if free, else at the nearest free point of a grid around it.
    Returns a copy."""
    n = len(xy)
    if n < 2 or n > SPREAD_LIMIT:
        return xy.copy()
    hw = np.maximum(widths / 2, radii) + LABEL_GAP / 2
    top = radii + LABEL_GAP / 2  # box above the node centre
    bottom = radii + 1.3 * font + LABEL_GAP / 2  # and below it, label included
    step = round(max(3.0, font / 2), 3)
    area = float((2 * hw * (top + bottom)).sum())
    offsets, dist = _offsets(step, SPREAD_REACH)  # cached: the same grid for every component
    offsets = offsets[:int(np.searchsorted(dist, min(3 * math.sqrt(area), SPREAD_REACH)))]
    out = xy.copy()
    placed = np.zeros(n, dtype=bool)
    for i in sorted(range(n), key=lambda k: (-radii[k], k)):
        others = np.nonzero(placed)[0]
        a, chunk = 0, 256
        while a < len(offsets):  # nearest candidates first, in growing chunks
            cand = xy[i] + offsets[a:a + chunk]
            a, chunk = min(a + chunk, len(offsets)), min(chunk * 2, 16384)
            if not len(others):
                out[i] = cand[0]
                break
            d = float(dist[a - 1])  # every candidate of the chunk is this near
            near = others[(np.abs(out[others, 0] - xy[i, 0]) < d + hw[i] + hw[others])
                          & (np.abs(out[others, 1] - xy[i, 1]) < d + top[i] + bottom[i] + top[others] + bottom[others])]
            ox = np.abs(cand[:, 0, None] - out[None, near, 0]) < hw[i] + hw[near][None, :]
            dy = cand[:, 1, None] - out[None, near, 1]  # > 0: candidate below the other
            oy = (dy < bottom[near][None, :] + top[i]) & (-dy < bottom[i] + top[near][None, :])
            free = ~(ox & oy).any(axis=1)
            if free.any():
                out[i] = cand[int(np.argmax(free))]
                break
        else:  # nothing free nearby: under everything placed so far
            out[i] = (xy[i, 0], float((out[others, 1] + bottom[others]).max() + top[i]))
        placed[i] = True
    return out


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components (each sorted), largest first, then by smallest member."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for s, t in pairs:
        adj[s].append(t)
        adj[t].append(s)
    seen = [False] * n
    comps = []
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        comp, queue = [start], deque([start])
        while queue:
            for j in adj[queue.popleft()]:
                if not seen[j]:
                    seen[j] = True
                    comp.append(j)
                    queue.append(j)
        comps.append(sorted(comp))
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def _component_layout(n: int, pairs: Sequence[tuple[int, int]]) -> np.ndarray:
    """Force layout of one connected component in canvas units (linked nodes about
    :data:`EDGE_LENGTH` apart), turned so that its longer axis lies horizontal."""
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-EDGE_LENGTH / 2, 0.0], [EDGE_LENGTH / 2, 0.0]])
    xy = _force_layout(n, pairs, iterations=60 if n > 20 else 100) * (EDGE_LENGTH * math.sqrt(n) / 2)
    xy -= xy.mean(axis=0)
    _, vectors = np.linalg.eigh(xy.T @ xy)
    major = vectors[:, 1]
    if major[0] < 0 or (major[0] == 0 and major[1] < 0):
        major = -major
    rot = np.array([[major[0], major[1]], [-major[1], major[0]]])
    return np.round(xy @ rot.T, 6)  # rounded: the same bytes on every platform's BLAS


@dataclass
class _Unit:
    """A block of the drawing packed as a whole: node -> position relative to its top left."""

    width: float
    height: float
    at: dict[int, tuple[float, float]]


def _unit(xy: dict[int, tuple[float, float]], labels: Sequence[str], font: float,
          radii: Sequence[float]) -> _Unit:
    """Shift positions so the block's top-left corner, nodes and labels included, is at (0, 0)."""
    half = {i: max(_label_width(labels[i], font) / 2, radii[i]) + UNIT_PAD for i in xy}
    left = min(xy[i][0] - half[i] for i in xy)
    right = max(xy[i][0] + half[i] for i in xy)
    top = min(p[1] - radii[i] for i, p in xy.items()) - UNIT_PAD
    bottom = max(p[1] + radii[i] + 1.3 * font for i, p in xy.items()) + UNIT_PAD
    return _Unit(right - left, bottom - top, {i: (x - left, y - top) for i, (x, y) in xy.items()})


def _cell(nodes: Sequence[int], labels: Sequence[str], font: float) -> float:
    """Width of a grid cell that fits the longest of these labels (within bounds)."""
    return max(EDGE_LENGTH * 0.8, min(max(_label_width(labels[i], font) for i in nodes) + font, 30 * font))


def _grid(nodes: Sequence[int], labels: Sequence[str], font: float, columns: int, x0: float, y0: float):
    """Positions for ``nodes`` in rows of ``columns`` cells, the first cell centred at (x0, y0)."""
    cell, row = _cell(nodes, labels, font), _row(font)
    return {i: (x0 + cell * (k % columns), y0 + row * (k // columns)) for k, i in enumerate(nodes)}


def _row(font: float) -> float:
    """Height of a grid row: node, label and a gap."""
    return max(GRID_ROW, GRID_ROW - NODE_FONT * 1.4 + font * 1.4)


def _satellites(comp: np.ndarray, members: list[int], loose: list[int], labels: Sequence[str], font: float):
    """Positions of a component and its loose nodes, in a grid under the component."""
    at = {i: (float(comp[k, 0]), float(comp[k, 1])) for k, i in enumerate(members)}
    if loose:
        left, right = float(comp[:, 0].min()), float(comp[:, 0].max())
        cell = _cell(loose, labels, font)
        columns = max(math.ceil(math.sqrt(len(loose) * 1.5)), int((right - left) // cell) + 1)
        columns = min(columns, len(loose))
        x0 = (left + right) / 2 - cell * (columns - 1) / 2
        at.update(_grid(loose, labels, font, columns, x0, float(comp[:, 1].max()) + _row(font)))
    return at


def _pack(units: list[_Unit], stretch: float = 1.0) -> dict[int, tuple[float, float]]:
    """Skyline packing of blocks into a strip about :data:`LAYOUT_ASPECT` times wider than
    tall (times ``stretch``): each block (tallest first) goes where its top is highest, leftmost on ties."""
    area = sum((u.width + PACK_GAP) * (u.height + PACK_GAP) for u in units)
    width = max(max(u.width for u in units) + PACK_GAP, math.sqrt(area * LAYOUT_ASPECT) * stretch)
    sky = [(0.0, width, 0.0)]  # (x from, x to, top) segments covering [0, width]
    out: dict[int, tuple[float, float]] = {}
    for u in sorted(units, key=lambda u: (-u.height, -u.width, min(u.at))):
        w = u.width + PACK_GAP
        best = None
        for x in sorted({s[0] for s in sky if s[0] + w <= width + 1e-9} | {max(width - w, 0.0)}):
            y = max(s[2] for s in sky if s[1] > x + 1e-9 and s[0] < x + w - 1e-9)
            if best is None or (y, x) < best:
                best = (y, x)
        y, x = best
        for i, (px, py) in u.at.items():
            out[i] = (x + px, y + py)
        new = []
        for a, b, top in sky:
            if b <= x or a >= x + w:
                new.append((a, b, top))
                continue
            if a < x:
                new.append((a, x, top))
            if b > x + w:
                new.append((x + w, b, top))
        new.append((x, min(x + w, width), y + u.height + PACK_GAP))
        new.sort()
        merged = [new[0]]
        for seg in new[1:]:
            if seg[2] == merged[-1][2] and abs(seg[0] - merged[-1][1]) < 1e-9:
                merged[-1] = (merged[-1][0], seg[1], seg[2])
            else:
                merged.append(seg)
        sky = merged
    return out


def _homes(sel: _Selection, comp_of: dict[int, int], loose: list[int]) -> dict[int, int]:
    """The component each loose node is drawn next to: the one it shares most articles or
    other links with, over every relation (``kg:mentions`` included); none if no link."""
    adj_all = _adjacency(len(sel.keep), sel.edges)
    homes = {}
    for v in loose:
        votes: dict[int, int] = defaultdict(int)
        for u in adj_all[v]:
            if u in comp_of:
                votes[comp_of[u]] += 2
            else:  # an article (or a node not laid out): look at what else it links to
                for w in adj_all[u]:
                    if w != v and w in comp_of:
                        votes[comp_of[w]] += 1
        if votes:
            homes[v] = min(votes, key=lambda c: (-votes[c], c))
    return homes


def _place_rest(pos: dict[int, tuple[float, float]], adj: list[list[int]]) -> None:
    """Give unplaced nodes the mean position of placed neighbours (breadth first), plus a
    small deterministic offset; nodes with none go in rows under the drawing."""
    frontier = deque(sorted(pos))
    while frontier:
        i = frontier.popleft()
        for j in adj[i]:
            if j not in pos:
                near = [pos[m] for m in adj[j] if m in pos]
                angle = (j * 2.399963) % (2 * math.pi)  # golden angle: neighbours fan out
                pos[j] = (sum(p[0] for p in near) / len(near) + 0.7 * EDGE_LENGTH * math.cos(angle),
                          sum(p[1] for p in near) / len(near) + 0.7 * EDGE_LENGTH * math.sin(angle))
                frontier.append(j)
    rest = [i for i in range(len(adj)) if i not in pos]
    if rest:
        xs = [p[0] for p in pos.values()] or [0.0]
        bottom = max((p[1] for p in pos.values()), default=0.0) + 2 * GRID_ROW
        columns = max(1, int((max(xs) - min(xs)) // EDGE_LENGTH) + 1)
        for k, i in enumerate(rest):
            pos[i] = (min(xs) + EDGE_LENGTH * (k % columns), bottom + GRID_ROW * (k // columns))


def _quantised(scale: float) -> float:
    """The zoom the page sizes labels for: ``scale`` rounded down to a quarter octave."""
    return 2 ** (math.floor(math.log2(max(scale, 1e-6)) * 4 + 1e-9) / 4)


def _screen_font(scale: float) -> float:
    """Label size in canvas units the page uses at this zoom (all labels shown)."""
    return max(float(NODE_FONT), LABEL_PX / _quantised(scale))


def _fit_scale(pos: dict[int, tuple[float, float]], labels: Sequence[str], radii: Sequence[float],
               font: float = NODE_FONT) -> float:
    """Zoom at which the page fits these nodes with their labels (``font`` high) into
    REF_CANVAS, as ``fitView`` in view.js computes it (at most 1)."""
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for i, (x, y) in pos.items():
        half = max(radii[i], _label_width(labels[i], font) / 2)
        x0, x1 = min(x0, x - half), max(x1, x + half)
        y0, y1 = min(y0, y - radii[i]), max(y1, y + radii[i] + 1.3 * font)
    return min(1.0, REF_CANVAS[0] / max(x1 - x0, 1.0), REF_CANVAS[1] / max(y1 - y0, 1.0))


def _positions(sel: _Selection, laid: list[int], labels: Sequence[str]
               ) -> tuple[list[tuple[int, int]], tuple[float, float]]:
    """Integer canvas positions for every kept node (``labels`` indexed like ``sel.keep``),
    and the label size and node growth the layout made room for (the page fits its view
    to the box of the nodes with labels that size).

    ``laid`` get the layout: each connected component (over the relations shown by
    default) is drawn by force on its own; a node with no such link is put in a grid
    under the component it shares most articles with (or with the other loose nodes);
    the blocks are then packed together into a rectangle. The other kept nodes go next
    to their neighbours. Positions are centred on (0, 0).
    """
    local = {old: k for k, old in enumerate(laid)}
    pairs = sorted({(local[s], local[t]) for s, t, r in sel.edges
                    if s in local and t in local and r not in _kinds().hidden_relations})
    comps = [[laid[k] for k in c] for c in _components(len(laid), pairs)]
    multi = [c for c in comps if len(c) > 1]
    comp_of = {i: n for n, c in enumerate(multi) for i in c}
    loose = [c[0] for c in comps if len(c) == 1]
    homes = _homes(sel, comp_of, loose)
    shapes = []
    for members in multi:
        index = {i: k for k, i in enumerate(members)}
        cp = {(index[s], index[t]) for s, t, r in sel.edges
              if s in index and t in index and r not in _kinds().hidden_relations}
        shapes.append(_component_layout(len(members), sorted(cp)))
    radii = [float(_node_size(d)) for d in sel.degree]
    alone = [v for v in loose if v not in homes]

    def build(font: float, grow: float, squeeze: float) -> list[_Unit]:
        units = []
        size = [r * grow for r in radii]
        for n, (members, xy) in enumerate(zip(multi, shapes)):
            if len(members) <= SPREAD_LIMIT:  # larger ones keep the force layout as it is
                xy = _spread_labels(xy * squeeze, np.array([_label_width(labels[i], font) for i in members]),
                                    np.array([size[i] for i in members]), font)
            at = _satellites(xy, members, [v for v in loose if homes.get(v) == n], labels, font)
            units.append(_unit(at, labels, font, size))
        if alone:
            columns = max(1, math.ceil(math.sqrt(len(alone) * LAYOUT_ASPECT * 1.5)))
            units.append(_unit(_grid(alone, labels, font, columns, 0.0, 0.0), labels, font, size))
        return units

    def best_pack(units: list[_Unit], font: float, grow: float) -> tuple[float, dict]:
        """The packing (over a few strip widths) the page fits at the largest zoom."""
        best = (-1.0, {})
        for stretch in (0.8, 0.9, 1.0, 1.15, 1.3) if len(units) > 1 else (1.0,):
            pos = _pack(units, stretch)
            scale = _fit_scale(pos, labels, [r * grow for r in radii], font)
            if scale > best[0] + 1e-9:
                best = (scale, pos)
        return best

    # Up to LABEL_ALL nodes the page opens with every label at least LABEL_PX high on
    # screen however far it zooms out to fit, so the layout keeps labels apart at the
    # size they will have at the fitted zoom: for the zooms the page uses (quarter
    # octaves from 1 down), lay out with that zoom's label and node size until the
    # drawing fits REF_CANVAS at that zoom.
    font, grow, fit, pos = float(NODE_FONT), 1.0, 1.0, {}
    if multi or alone:
        fit, pos = best_pack(build(font, grow, SQUEEZE), font, grow)
    level = 0
    for _ in range(12 if pos and len(laid) <= LABEL_ALL else 0):
        if fit >= 2 ** (level / 4) - 1e-9:
            break
        # jump to the zoom this drawing would need (labels grow as the zoom drops)
        level = min(level - 1, math.floor(math.log2(max(fit, 1e-6)) * 4 + 1e-9))
        target = 2 ** (level / 4)
        font, grow = _screen_font(target), max(1.0, NODE_MIN_SCALE / target)
        fit, pos = best_pack(build(font, grow, SQUEEZE), font, grow)
    fit_box = (round(font, 3), round(grow, 3))
    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        pos = {i: (x - cx, y - cy) for i, (x, y) in pos.items()}
    _place_rest(pos, _adjacency(len(sel.keep), sel.edges))
    return [(round(pos[i][0]), round(pos[i][1])) for i in range(len(sel.keep))], fit_box


def _initial(model: _Model, sel: _Selection) -> list[int]:
    """Kept nodes shown when the page opens: all, or the best-connected above the limit."""
    if len(sel.keep) <= INITIAL_VIEW_LIMIT:
        return list(range(len(sel.keep)))
    classes = [model.nodes[i].cls for i in sel.keep]
    ranked = _rank(classes, sel.degree, range(len(sel.keep)))
    return sorted(set(ranked[:INITIAL_VIEW_LIMIT]) | set(sel.roots))


def _layout_set(model: _Model, sel: _Selection, initial: list[int]) -> list[int]:
    """Nodes that get the force layout: shown at load and of a class shown by default."""
    return [i for i in initial if model.nodes[sel.keep[i]].cls not in _kinds().hidden_classes] or initial


# --------------------------------------------------------------------------- HTML


class _Strings:
    """Interns evidence records and article titles into tables, to keep the page small."""

    def __init__(self, model: _Model, index: dict[str, int]):
        self.model, self.index = model, index
        self.sources: list[list] = []
        self.source_ids: dict[str, int] = {}
        self.evidence: list[list] = []
        self.evidence_ids: dict[_Evidence, int] = {}

    def _source(self, iri: str) -> int:
        if not iri:
            return -1
        if iri not in self.source_ids:
            self.source_ids[iri] = len(self.sources)
            self.sources.append([self.model.titles.get(iri, iri), self.index.get(iri, -1)])
        return self.source_ids[iri]

    def refs(self, s: str, p: str, o: str) -> list[int]:
        """Indices of the evidence records of the triple ``(s, p, o)``."""
        out = []
        for ev in self.model.evidence.get((s, p, o), ()):
            if ev not in self.evidence_ids:
                self.evidence_ids[ev] = len(self.evidence)
                self.evidence.append([self._source(ev.source), ev.sentence, ev.extractor])
            out.append(self.evidence_ids[ev])
        return out


def _node_info(node: _Node, strings: _Strings) -> dict:
    info: dict = {"iri": node.iri}
    for key in ("alt", "sub", "adcode", "level"):
        if getattr(node, key):
            info[key] = getattr(node, key)
    if node.posts:
        info["posts"] = [[p, strings.refs(node.iri, str(KG.position), p)] for p in node.posts]
    return info


def _node_size(degree: int) -> int:
    return min(10 + round(5 * math.sqrt(degree)), 48)


def _payload(model: _Model, sel: _Selection, title: str) -> dict:
    """The page's data, JSON-ready. Field order of ``nodes`` rows:
    label, class index, x, y, size, shown at load (0/1); of ``edges`` rows:
    source, target, relation index, evidence indices."""
    nodes = [model.nodes[i] for i in sel.keep]
    strings = _Strings(model, {n.iri: k for k, n in enumerate(nodes)})
    initial = _initial(model, sel)
    xy, fit_box = _positions(sel, _layout_set(model, sel, initial), [n.label for n in nodes])
    shown = set(initial)
    rows = [[n.label, n.cls, x, y, _node_size(d), int(k in shown)]
            for k, (n, (x, y), d) in enumerate(zip(nodes, xy, sel.degree))]
    edges = [[s, t, r, strings.refs(nodes[s].iri, str(KG[_kinds().relations[r].key]), nodes[t].iri)]
             for s, t, r in sel.edges]
    info = [_node_info(n, strings) for n in nodes]
    return {
        "title": title, "font": CJK_FONT_STACK, "labelAll": LABEL_ALL, "labelPx": LABEL_PX, "fitPad": FIT_PAD, "fitBox": list(fit_box), "nodeMin": NODE_MIN_SCALE, "reduced": len(shown) < len(nodes),
        "classes": [asdict(c) for c in _kinds().classes], "relations": [asdict(r) for r in _kinds().relations],
        "nodes": rows, "edges": edges, "info": info, "evidence": strings.evidence,
        "sources": strings.sources, "focus": sel.roots,
    }


def _script_json(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _inline_script(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise RuntimeError(f"{path} cannot be inlined in a <script> element")
    return text


def _page(data: dict, title: str) -> str:
    parts = {
        "TITLE": xml_escape(title),
        "STYLE": (_ASSETS / "view.css").read_text(encoding="utf-8"),
        "VIS": _inline_script(_VIS_JS),
        "APP": _inline_script(_ASSETS / "view.js"),
        "DATA": _script_json(data),
    }
    template = (_ASSETS / "view.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)


def _write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (:func:`kg.atomic.atomic_write`)."""
    atomic_write(path, text)


def _check_args(depth: int, max_nodes: int | None) -> None:
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
    (articles and ``kg:mentions`` start hidden), a search box over labels and aliases,
    neighbourhood highlighting and a detail panel on click (aliases, adcode, level, posts,
    evidence sentences with article titles), double-click to expand a node's neighbours,
    and a reset button. Above :data:`INITIAL_VIEW_LIMIT` nodes the page opens on the
    best-connected ones; the rest are reached by search or expansion.

    Args:
        graph: a Tupu graph (``ontology/MODEL.md``).
        path: the HTML file to write; replaced atomically, written as UTF-8.
        title: page title, shown in the header.
        focus: if given, draw only the neighbourhood of the node whose ``rdfs:label``
            (or, failing that, ``skos:altLabel``) equals this string; an exact label
            wins over aliases.
        depth: hops from ``focus`` over the relations shown by default (not ``kg:mentions``).
        max_nodes: draw at most this many nodes: the best-connected (entities before
            articles) grown into a linked selection from the best-connected node (or the
            focus node, always kept) over the relations shown, so edges remain.

    Returns:
        ViewStats: nodes and edges written, and nodes dropped by ``max_nodes``.

    Raises:
        ValueError: ``focus`` matches no node, or several by alias and none by label
            (the message lists up to 5 candidate labels), or ``depth``/``max_nodes`` is
            out of range.
        OSError: the file cannot be written.
    """
    page, stats = html_page(graph, title=title, focus=focus, depth=depth, max_nodes=max_nodes)
    _write_atomic(path, page)
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
    return _page(_payload(model, sel, title), title), ViewStats(nodes=len(sel.keep), edges=len(sel.edges),
                                                               dropped=sel.dropped)


# --------------------------------------------------------------------------- SVG / PNG


def _shown_by_default(model: _Model, sel: _Selection) -> tuple[list[int], list[tuple[int, int, int]]]:
    nodes = [i for i in range(len(sel.keep)) if model.nodes[sel.keep[i]].cls not in _kinds().hidden_classes]
    keep = set(nodes)
    edges = [e for e in sel.edges if e[0] in keep and e[1] in keep and e[2] not in _kinds().hidden_relations]
    return nodes, edges


def _svg_shape(kind: str, x: float, y: float, r: float, color: str) -> str:
    style = f'fill="{color}" stroke="#ffffff" stroke-width="1"'
    if kind == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {style}/>'
    corners = {"triangle": (3, 1.0), "star": (10, 0.45), "diamond": (4, 1.0)}[kind]
    count, inner = corners
    points = []
    for k in range(count):
        rad = r * (inner if kind == "star" and k % 2 else 1.0) * (1.2 if kind != "star" else 1.3)
        a = -math.pi / 2 + 2 * math.pi * k / count
        points.append(f"{x + rad * math.cos(a):.1f},{y + rad * math.sin(a):.1f}")
    return f'<polygon points="{" ".join(points)}" {style}/>'


def _svg_legend(x: float, y: float, classes: Sequence[int], relations: Sequence[int]) -> tuple[list[str], float]:
    """Legend of what a picture draws: the classes of its nodes and the relations of its edges
    (indices into the view's kinds), each once. Returns the SVG elements and the height used."""
    out = []
    kinds = _kinds()
    for k, c in enumerate(kinds.classes[i] for i in classes):
        out.append(_svg_shape(c.shape, x + 8, y + 14 + 22 * k, 6, c.color))
        out.append(f'<text x="{x + 22}" y="{y + 19 + 22 * k}">{xml_escape(f"{c.zh} {c.key}")}</text>')
    y += 22 * len(classes) + (10 if classes else 0)
    for k, i in enumerate(relations):
        r, yy = kinds.relations[i], y + 14 + 22 * k
        out.append(f'<line x1="{x}" y1="{yy}" x2="{x + 16}" y2="{yy}" stroke="{r.color}" stroke-width="{EDGE_WIDTH}" '
                   f'marker-end="url(#arrow-{i})"/>')
        out.append(f'<text x="{x + 22}" y="{yy + 5}">{xml_escape(f"{r.zh} {r.key}")}</text>')
    return out, y + 22 * len(relations) - (0 if relations else 10) + 10


def _svg_edge_labels(edges, at) -> list[str]:
    """Relation names (Chinese and English) at the middle of each edge."""
    out = ['<g font-size="10" fill="#57606a" text-anchor="middle" stroke="#ffffff" stroke-width="3" '
           'paint-order="stroke">']
    for s, t, r in edges:
        x, y = (at[s][0] + at[t][0]) / 2, (at[s][1] + at[t][1]) / 2
        out.append(f'<text x="{x:.1f}" y="{y + 3:.1f}">{xml_escape(f"{_kinds().relations[r].zh} {_kinds().relations[r].key}")}</text>')
    out.append("</g>")
    return out


def _labelled(sel: _Selection, nodes: list[int]) -> set[int]:
    """The nodes a PNG picture labels: the :data:`IMAGE_LABEL_LIMIT` best-connected."""
    return set(sorted(nodes, key=lambda i: (-sel.degree[i], i))[:IMAGE_LABEL_LIMIT])


#: Font size of node labels in SVG pictures, in pixels.
IMAGE_FONT = 12
#: Width of edges in SVG pictures, in pixels (arrowheads scale with it).
EDGE_WIDTH = 1.2
#: Widest an SVG picture asks to be shown, in pixels (its viewBox keeps every detail).
IMAGE_MAX_WIDTH = 4000
#: Smallest node radius in an SVG picture, in pixels.
IMAGE_MIN_RADIUS = 4.0
#: Margin around the drawing and width of the legend column of an SVG picture, in pixels.
IMAGE_MARGIN, IMAGE_LEGEND = 24, 190


def _svg_label_places(sel: _Selection, nodes: list[int], at, labels: Sequence[str],
                      radii: dict[int, float] | None = None, font: float = IMAGE_FONT
                      ) -> dict[int, tuple[float, float, str]]:
    """Where each node's label goes: every node gets one (an SVG picture labels all).

    Best-connected first, each label goes under its node if its box is free (of the labels
    placed so far and of the nodes), else above, right or left of it; when no side is free it
    goes under the node all the same. Returns ``{node: (x, baseline y, text-anchor)}``.
    """
    radii = radii or {i: _node_size(sel.degree[i]) / 2 for i in nodes}
    cell = 4.0 * font
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def cells(box):
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                yield gx, gy

    def free(box, own=None) -> bool:
        return not any(b is not own and box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                       for c in cells(box) for b in grid[c])

    def add(box) -> None:
        for c in cells(box):
            grid[c].append(box)

    shapes = {}
    for i in nodes:
        x, y = at[i]
        shapes[i] = (x - radii[i], y - radii[i], x + radii[i], y + radii[i])
        add(shapes[i])
    out = {}
    for i in sorted(nodes, key=lambda i: (-sel.degree[i], i)):
        x, y = at[i]
        r, w, h = radii[i], _label_width(labels[i], font) + 3, 1.25 * font  # + the white halo
        sides = (  # box, then baseline position and anchor
            ((x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h), (x, y + r + font, "middle")),
            ((x - w / 2, y - r - 1 - h, x + w / 2, y - r - 1), (x, y - r - 0.3 * font, "middle")),
            ((x + r + 2, y - h / 2, x + r + 2 + w, y + h / 2), (x + r + 3, y + 0.35 * font, "start")),
            ((x - r - 2 - w, y - h / 2, x - r - 2, y + h / 2), (x - r - 3, y + 0.35 * font, "end")),
        )
        box, place = next(((b, p) for b, p in sides if free(b, shapes[i])), sides[0])
        add(box)
        out[i] = place
    return out


def _svg(model: _Model, sel: _Selection, nodes: list[int], edges, xy, font: float = NODE_FONT, grow: float = 1.0) -> str:
    """The SVG picture: the layout's positions at the scale where its labels (``font`` high in
    layout units, as :func:`_positions` made room for them) are :data:`IMAGE_FONT` pixels."""
    kinds = _kinds()
    scale = IMAGE_FONT / font
    radius = {i: max(IMAGE_MIN_RADIUS, _node_size(sel.degree[i]) * grow * scale / 2) for i in nodes}
    labels = [model.nodes[k].label for k in sel.keep]
    x0 = min((xy[i][0] * scale - max(radius[i], _label_width(labels[i], IMAGE_FONT) / 2 + 2) for i in nodes), default=0)
    y0 = min((xy[i][1] * scale - radius[i] - 1.5 * IMAGE_FONT for i in nodes), default=0)
    at = {i: (xy[i][0] * scale - x0 + IMAGE_MARGIN, xy[i][1] * scale - y0 + IMAGE_MARGIN) for i in nodes}
    places = _svg_label_places(sel, nodes, at, labels, radius)
    classes = sorted({model.nodes[sel.keep[i]].cls for i in nodes})
    relations = sorted({r for _, _, r in edges})
    right = max((max(at[i][0] + radius[i], places[i][0] + _label_width(labels[i], IMAGE_FONT) / 2 + 2
                     + (_label_width(labels[i], IMAGE_FONT) / 2 if places[i][2] == "start" else 0)) for i in nodes),
                default=IMAGE_MARGIN)
    bottom = max((max(at[i][1] + radius[i], places[i][1]) + 0.5 * IMAGE_FONT for i in nodes), default=IMAGE_MARGIN)
    legend, legend_height = _svg_legend(right + IMAGE_MARGIN, IMAGE_MARGIN / 2, classes, relations)
    width = math.ceil(right + IMAGE_MARGIN + IMAGE_LEGEND)
    height = math.ceil(max(bottom + IMAGE_MARGIN, legend_height + IMAGE_MARGIN))
    shown = min(1.0, IMAGE_MAX_WIDTH / width)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{round(width * shown)}" height="{round(height * shown)}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(CJK_FONT_STACK)} font-size="{IMAGE_FONT}">',
        "<defs>",
    ]
    for r in relations:  # one arrowhead per colour: SVG 1.1 markers cannot take the line's colour
        out.append(f'<marker id="arrow-{r}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="{kinds.relations[r].color}"/>'
                   "</marker>")
    out += ["</defs>", f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
            f'<g stroke-width="{EDGE_WIDTH}" stroke-opacity="0.8">']
    for s, t, r in edges:  # from the subject to the object, ending at the object's rim
        (x1, y1), (x2, y2) = at[s], at[t]
        d = math.hypot(x2 - x1, y2 - y1) or 1.0
        ux, uy = (x2 - x1) / d, (y2 - y1) / d
        a, b = radius[s] + 1, max(d - radius[t] - 2, radius[s] + 1)
        out.append(f'<line x1="{x1 + ux * a:.1f}" y1="{y1 + uy * a:.1f}" x2="{x1 + ux * b:.1f}" y2="{y1 + uy * b:.1f}" '
                   f'stroke="{kinds.relations[r].color}" marker-end="url(#arrow-{r})"/>')
    out.append("</g>")
    if len(edges) <= IMAGE_EDGE_LABEL_LIMIT:
        out.extend(_svg_edge_labels(edges, at))
    out.append("<g>")
    texts = ['<g fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke" text-anchor="middle">']
    for i in nodes:
        node = model.nodes[sel.keep[i]]
        x, y = at[i]
        out.append(_svg_shape(kinds.classes[node.cls].shape, x, y, radius[i], kinds.classes[node.cls].color))
        lx, ly, anchor = places[i]
        extra = "" if anchor == "middle" else f' text-anchor="{anchor}"'
        texts.append(f'<text x="{lx:.1f}" y="{ly:.1f}"{extra}>{xml_escape(node.label)}</text>')
    out.append("</g>")
    out.extend(texts)
    out.append('</g><g fill="#1f2328">')
    out.extend(legend)
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def _png(model: _Model, sel: _Selection, nodes: list[int], edges, xy, path) -> None:
    try:
        import matplotlib
    except ImportError as exc:
        raise RuntimeError("PNG output needs matplotlib: pip install 'tupu[png]' "
                           "(or pip install matplotlib); or write an .svg file instead") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    names = [f.strip().strip('"') for f in CJK_FONT_STACK.split(",")]
    available = {f.name for f in font_manager.fontManager.ttflist}
    fig, ax = plt.subplots(figsize=(12, 9), dpi=100)
    for s, t, r in edges:
        ax.plot([xy[s][0], xy[t][0]], [-xy[s][1], -xy[t][1]], color=_kinds().relations[r].color, lw=0.8, zorder=1)
    markers = {"dot": "o", "square": "s", "triangle": "^", "star": "*", "diamond": "D"}
    family = [n for n in names if n in available] + ["sans-serif"]
    labelled = _labelled(sel, nodes)
    for i in nodes:
        node = model.nodes[sel.keep[i]]
        kind = _kinds().classes[node.cls]
        ax.scatter([xy[i][0]], [-xy[i][1]], s=6 * _node_size(sel.degree[i]), c=kind.color,
                   marker=markers[kind.shape], zorder=2, label=f"{kind.zh} {kind.key}")
        if i in labelled:
            ax.annotate(node.label, (xy[i][0], -xy[i][1]), xytext=(0, -7), textcoords="offset points",
                        fontsize=8, ha="center", va="top", family=family)
    handles = dict(zip(*reversed(ax.get_legend_handles_labels())))
    ax.legend(handles.values(), handles.keys(), loc="upper right", prop={"family": family}, markerscale=0.6)
    ax.set_axis_off()
    fig.tight_layout()
    try:
        with atomic_path(path, ".png") as tmp:
            fig.savefig(tmp, format="png")
    finally:
        plt.close(fig)


def render_image(
    graph: Graph,
    path: str | os.PathLike,
    *,
    max_nodes: int | None = None,
    focus: str | None = None,
    depth: int = 2,
) -> ViewStats:
    """Write a static picture of the entity network (articles and ``kg:mentions`` left out).

    The format follows the file suffix: ``.svg`` (drawn by hand, no extra dependency) or
    ``.png`` (needs matplotlib). An SVG picture labels every node (labels in the CJK font
    stack, :data:`IMAGE_FONT` pixels high, under the node, or above, right or left of it when
    that side is free), draws each relation as an arrow from subject to object, and has a
    legend of the classes and relations it draws, no others; it is as large as its layout
    needs (shown at most :data:`IMAGE_MAX_WIDTH` pixels wide, its viewBox keeping every
    detail). A PNG picture labels the :data:`IMAGE_LABEL_LIMIT` best-connected nodes.

    Args:
        graph: a Tupu graph (``ontology/MODEL.md``).
        path: the ``.svg`` or ``.png`` file to write; replaced atomically.
        max_nodes: draw at most this many nodes, keeping the best-connected.
        focus: draw only the neighbourhood of the node with this label or alias.
        depth: hops from ``focus``.

    Returns:
        ViewStats: nodes and edges drawn, and nodes dropped by ``max_nodes``.

    Raises:
        ValueError: unknown ``focus``, unsupported suffix, or ``depth``/``max_nodes`` out
            of range.
        RuntimeError: PNG asked for and matplotlib is not installed.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in (".svg", ".png"):
        raise ValueError(f"unsupported image format {suffix!r}: use .svg or .png")
    _check_args(depth, max_nodes)
    model = _read_model(graph)
    sel = _select(model, focus, depth, max_nodes)
    nodes, edges = _shown_by_default(model, sel)
    xy, (font, grow) = _positions(sel, nodes, [model.nodes[i].label for i in sel.keep])
    if suffix == ".svg":
        _write_atomic(path, _svg(model, sel, nodes, edges, xy, font, grow))
    else:
        _png(model, sel, nodes, edges, xy, path)
    return ViewStats(nodes=len(nodes), edges=len(edges), dropped=sel.dropped)
