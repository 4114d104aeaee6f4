"""Geometry of a view: positions and sizes of nodes and labels, for the page and the pictures.

This module is the one geometry contract of :mod:`kg.view`. Every size the page's script
(``kg/assets/view.js``) uses to box a label, fit the view or pick label sizes by zoom is a
number here, passed to it in the payload (:func:`page_geometry`), and every label is
measured once, here (:func:`_label_ems`, sent per node): the script keeps no formula or
constant of its own that must be kept in step with Python.

Positions are computed here (a seeded force-directed layout), so the page draws at once
with physics off, and the same graph always gives the same bytes. The layout is
label-aware at the zoom the page will open at: it predicts the fitted zoom for a
1200 × 800 window (:data:`PAGE_CANVAS`), places every node greedily at the nearest spot
where its box (node plus label at the size the page will draw it, CJK ≈ 1 em a
character) overlaps no other, and packs the blocks; the page then moves a label that would
still overlap a better-ranked one (other window sizes, zooming) to another side of its node
(:data:`PAGE_LABEL_PLACES`), or hides it when no side is free, and places each edge's name
at a free spot along its edge (:data:`EDGE_LABEL_SPOTS`).

Pictures (SVG and PNG) are drawn from one :class:`_Picture` (:func:`_picture`): pixel
positions, node radii, label places, arrow segments, edge-label points and legend rows, so
both formats draw the same thing.
"""
from __future__ import annotations

import functools
import math
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .model import _adjacency, _kinds, _Selection


#: Font stack for Chinese labels, in the page and in pictures (labels are measured for it).
CJK_FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
)
#: Seed of the layout: fixed, so that output is deterministic.
LAYOUT_SEED = 20240601


#: Pull of the force layout towards the centre of a component: keeps it round and compact.
GRAVITY = 1.0


#: Distance between linked nodes, in canvas units (screen pixels at zoom 1).
EDGE_LENGTH = 90.0


#: Node label size in canvas units (the page enlarges it when it opens zoomed out).
NODE_FONT = 14
#: Edge label size in canvas units (the page enlarges the selected node's edge labels).
EDGE_FONT = 11
#: Height of a label's box, in ems of its font (the line with its halo): under the node.
LABEL_LINE = 1.3
#: Width of a character in ems: CJK characters (from U+2E80) are square, others narrower.
CJK_EM, OTHER_EM = 1.0, 0.6
#: Label sizes change by zoom steps of 2**(1/ZOOM_STEPS) (quarter octaves).
ZOOM_STEPS = 4
#: The page's label budget on large graphs: one label per this many square pixels.
PX_PER_LABEL = 4000
#: vis-network draws no label smaller than this on screen (its ``drawThreshold``); the page
#: hides a label by giving it HIDDEN_FONT, and keeps node labels at most MAX_VISIBLE pixels
#: high on screen (one zoom step more, until it sizes them again) by sizing them itself:
#: vis's own ``maxVisible`` is set to VIS_MAX_VISIBLE, which no label reaches, as vis fades
#: out a label it caps once the zoom passes about maxVisible / drawThreshold (vis-network
#: 9.1.9: the capped size is compared with drawThreshold in canvas units), so that labels
#: vanished when one zoomed in past 2.
DRAW_THRESHOLD, MAX_VISIBLE, HIDDEN_FONT = 12, 22, 1
VIS_MAX_VISIBLE = math.ceil(MAX_VISIBLE * 2 ** (1 / ZOOM_STEPS)) + 1
#: vis-network draws a node's label this many canvas units plus half its font size below
#: the node's rim (its "hanging" label: vis-network 9.1.9); the page boxes labels there.
LABEL_DROP = 4
#: Cell of the grid the page looks label boxes up in, in screen pixels.
CELL_PX = 64
#: How the page draws edge names (vis-network ``edges.font`` options): upright, on a white
#: box with a halo, so that a name stays readable over edges; the page draws a name only
#: where its box, EDGE_PAD screen pixels wider on each side, overlaps no node, node label or
#: other name (vis draws nodes over edge names).
EDGE_LABEL = {"align": "horizontal", "color": "#57606a", "background": "rgba(255,255,255,0.85)",
              "strokeWidth": 2, "strokeColor": "#ffffff"}
EDGE_PAD = 2
#: Edge names are EDGE_PX high on screen; every edge may show its name from zoom EDGE_ZOOM
#: up, or from EDGE_FIT_STEPS zoom steps above the fitted view when that comes first (a large
#: drawing opens far below zoom 1), wherever it fits (the selected node's edges at any zoom).
EDGE_PX, EDGE_ZOOM, EDGE_FIT_STEPS = 12, 1.0, 2
#: Where the page puts a node's label when the place under its node is taken: the sides
#: ``[x, y]`` of the node tried in order (0 centred, 1 right or below, -1 left or above): under,
#: above, right, left, then the corners (as :func:`_label_places` places a picture's labels);
#: a corner label touches the node at PAGE_CORNER of its radius.
PAGE_LABEL_PLACES = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))
PAGE_CORNER = 0.7
#: Width of the page's edges and scale of their arrowheads (vis-network options), in canvas
#: units; vis-network 9.1.9 draws an arrowhead 15 × scale + 3 × width long: edge names keep
#: clear of it.
PAGE_EDGE_WIDTH, PAGE_ARROW_SCALE = 1.5, 0.5
PAGE_ARROW_LENGTH = 15 * PAGE_ARROW_SCALE + 3 * PAGE_EDGE_WIDTH


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


#: Drawing area the page's layout aims to fit, labels included: the canvas of a 1200 × 800
#: browser window (670 × 609 between the side panels and under the bar, as headless Chromium
#: gives it) minus the page's fit margin (FIT_PAD) on each side. A larger window fits the
#: drawing at a larger zoom, where labels have more room than the layout made; a smaller one
#: is where labels collide. (It was REF_CANVAS, the canvas of a 1400 × 900 viewport, which a
#: 1400 × 900 window does not give: its canvas is 870 × 709.)
PAGE_CANVAS = (630.0, 569.0)
#: The area pictures are packed for (the stretch of the blocks' arrangement; a picture is
#: drawn at zoom 1, never fitted to a window).
REF_CANVAS = IMAGE_CANVAS = (830.0, 810.0)

FIT_PAD = 20.0


#: Width / height the packed drawing aims at (pages and pictures alike).
LAYOUT_ASPECT = REF_CANVAS[0] / REF_CANVAS[1]


#: The layout lays a drawing out again at a lower zoom (larger labels, :func:`_positions`) only
#: while that brings it nearer to fitting: its fitted zoom over the zoom aimed at must grow by
#: this factor at least. A drawing made mostly of labels grows with them and never gets
#: nearer (a larger window would be needed); without this it was spread without end (labels
#: 53,248 canvas units high for 212 nodes of a 12-article build, none drawn at the fitted view).
DESCENT_GAIN = 1.01


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


#: Pictures are laid out for themselves: at zoom 1 (not shrunk to fit a window, so edges keep
#: their length), squeezed less (room for the relation's name on most edges), and with label
#: placement up to components of this many nodes (so labels overlap nowhere); a larger
#: component is enlarged to give most labels room where they are (:func:`_room_for_labels`),
#: and a picture holding one labels its nodes best-connected first, each at the first free of
#: eight places around it, moves a node whose label fits at none a little to where it fits
#: (:data:`MOVE_REACH`), and leaves out a label only when that fails: no two labels overlap.
IMAGE_SQUEEZE, IMAGE_SPREAD_LIMIT = 1.0, 300
#: A picture's component above SPREAD_LIMIT nodes is first enlarged to this many times the
#: area of its nodes' boxes with labels (:func:`_room_for_labels`).
ROOM = 3.0


#: How far a crowded picture moves a node whose label fits at none of its places, to a point
#: where it does (:func:`_label_places`), in label heights.
MOVE_REACH = 8


#: Font size of node labels in SVG pictures, in pixels.
IMAGE_FONT = 12


#: Width of edges in pictures, in pixels (arrowheads scale with it).
EDGE_WIDTH = 1.2
#: Length and width of an arrowhead, in edge widths (its tip is at the end of the edge).
ARROW_LENGTH, ARROW_WIDTH = 7.0, 5.6
#: Font size of edge labels in pictures, in pixels.
IMAGE_EDGE_FONT = 10


#: Widest an SVG picture asks to be shown, in pixels (its viewBox keeps every detail).
IMAGE_MAX_WIDTH = 4000


#: Smallest node radius in an SVG picture, in pixels.
IMAGE_MIN_RADIUS = 4.0


#: Margin around the drawing and width of the legend column of an SVG picture, in pixels.
IMAGE_MARGIN, IMAGE_LEGEND = 24, 190


#: Where along its edge a relation's label may be centred, as a share of the way from the
#: subject's rim to the object's (in the page: of vis-network's line or curve), in the order
#: tried (the middle first); pictures and the page try each on the edge, then beside it.
EDGE_LABEL_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)


#: Extra width of a text's box for its white halo, in pixels, and the height of a line's box,
#: in ems of its font.
HALO_PAD, TEXT_LINE = 3.0, 1.25


#: Roundness (vis-network's ``smooth.roundness``) added per parallel edge: of the edges
#: between the same two nodes, the first is straight and the others curve to alternate
#: sides, each pair further out (:func:`_edge_bends`).
BEND_STEP = 0.4


def _edge_bends(edges: Sequence[tuple[int, int, int]]) -> list[float]:
    """How much each edge curves, so that parallel edges (several relations between the same
    two nodes, or both directions) are drawn apart: a signed roundness per edge, 0 straight.

    Of the edges between the same two nodes, ordered relations shown by default first, then
    by relation index, then the edge from the lower node index first, the first is straight
    and the k-th (k >= 1) gets ``±ceil(k / 2) * BEND_STEP``: odd k to one side, even k to the
    other. The side is fixed for the pair (seen from its lower node index), so an edge drawn
    the other way round gets the opposite sign: a positive roundness is vis-network's
    ``curvedCW``, a negative one its ``curvedCCW`` (:func:`_bend_control`).

    Args:
        edges: ``(source, target, relation index)`` per edge.

    Returns:
        One roundness per edge, in the order of ``edges``; 0.0 for an edge with no parallel.
    """
    hidden = _kinds().hidden_relations
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for k, (s, t, _) in enumerate(edges):
        groups[(min(s, t), max(s, t))].append(k)
    out = [0.0] * len(edges)
    for members in groups.values():
        members.sort(key=lambda k: (edges[k][2] in hidden, edges[k][2], edges[k][0] > edges[k][1], k))
        for slot, k in enumerate(members):
            bend = math.ceil(slot / 2) * BEND_STEP * (1 if slot % 2 else -1)
            out[k] = round(bend if edges[k][0] < edges[k][1] else -bend, 6) + 0.0  # (no -0.0)
    return out


def _bend_control(x1: float, y1: float, x2: float, y2: float, bend: float) -> tuple[float, float]:
    """The control point of the quadratic curve from (x1, y1) to (x2, y2) with this signed
    roundness: vis-network's ``curvedCW`` (``bend`` > 0) or ``curvedCCW`` (< 0) via point, so
    that pictures draw the curve the page draws (y down, as on the page's canvas)."""
    dx, dy = x2 - x1, y1 - y2
    length, f = math.hypot(dx, dy), abs(bend)
    turn = (0.5 * f + 0.5) * math.pi if bend > 0 else (0.5 - 0.5 * f) * math.pi
    angle = (math.atan2(dy, dx) + turn) % (2 * math.pi)
    return x1 + (0.5 * f + 0.5) * length * math.sin(angle), y1 + (0.5 * f + 0.5) * length * math.cos(angle)


def _curve_point(p0: tuple[float, float], c: tuple[float, float], p2: tuple[float, float], t: float
                 ) -> tuple[float, float]:
    """The point at ``t`` (0..1) of the quadratic Bézier curve ``p0``, ``c``, ``p2``."""
    u = 1 - t
    return u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1]


def _curve_part(p0, c, p2, a: float, b: float):
    """The piece ``a``..``b`` of a quadratic Bézier curve, as its own (start, control, end)."""
    def blossom(u: float, v: float) -> tuple[float, float]:
        w = ((1 - u) * (1 - v), (1 - u) * v + u * (1 - v), u * v)
        return (w[0] * p0[0] + w[1] * c[0] + w[2] * p2[0], w[0] * p0[1] + w[1] * c[1] + w[2] * p2[1])
    return blossom(a, a), blossom(a, b), blossom(b, b)


def _curve_leaving(p0, c, p2, centre: tuple[float, float], radius: float, from_start: bool) -> float:
    """The parameter where the curve leaves the circle of ``radius`` around ``centre`` (one of
    its ends), seen from that end (bisection, to 1/4096 of the curve)."""
    lo, hi = (0.0, 1.0)
    for _ in range(12):
        mid = (lo + hi) / 2
        x, y = _curve_point(p0, c, p2, mid if from_start else 1 - mid)
        if math.hypot(x - centre[0], y - centre[1]) < radius:
            lo = mid
        else:
            hi = mid
    return hi if from_start else 1 - hi


def _label_ems(label: str) -> float:
    """Approximate width of ``label`` in ems (:data:`CJK_EM` a CJK character, else
    :data:`OTHER_EM`), rounded to 1/1000: the one measure of labels, for layout, pictures and
    the page (sent per node)."""
    return round(sum(CJK_EM if ord(ch) >= 0x2E80 else OTHER_EM for ch in label), 3)


def _label_width(label: str, font: float = NODE_FONT) -> float:
    """Approximate width of a label at this font size: :func:`_label_ems` times ``font``."""
    return font * _label_ems(label)


def _node_size(degree: int) -> int:
    """Node size (vis-network's ``size``, a radius-like measure) in canvas units, from the
    degree over the relations shown by default: 10 for a lone node, at most 48."""
    return min(10 + round(5 * math.sqrt(degree)), 48)


#: Nodes past which the layout's repulsion is read from a seeded sample of this many nodes.
REPULSION_SAMPLE = 2000


def _force_layout(n: int, pairs: Sequence[tuple[int, int]], iterations: int = 60) -> np.ndarray:
    """Fruchterman-Reingold positions in about [-1, 1]², seeded and vectorised.

    Repulsion is computed in blocks of rows so memory stays at O(block × n); past
    :data:`REPULSION_SAMPLE` nodes each node is pushed by a fixed seeded sample of that many,
    scaled up, so a step costs O(n × sample), not O(n²) (8,000 nodes took 26 s, 16,000 110 s).
    """
    rng = np.random.default_rng(LAYOUT_SEED)
    pos = rng.random((n, 2)) * 2 - 1
    if n < 2:
        return np.zeros((n, 2))
    k = 2.0 / math.sqrt(n)
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    sample = np.sort(rng.choice(n, REPULSION_SAMPLE, replace=False)) if n > REPULSION_SAMPLE else None
    scale = n / REPULSION_SAMPLE if sample is not None else 1.0
    block = max(1, 2_000_000 // (n if sample is None else REPULSION_SAMPLE))
    temp = 0.2
    for step in range(iterations):
        disp = np.empty_like(pos)
        others = pos if sample is None else pos[sample]
        for a in range(0, n, block):
            dx = pos[a:a + block, 0, None] - others[None, :, 0]
            dy = pos[a:a + block, 1, None] - others[None, :, 1]
            w = dx * dx
            w += dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k * k * scale, w, out=w)  # repulsion k²/d along the unit vector = k²·delta/d²
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


def _spread_labels(xy: np.ndarray, widths: np.ndarray, radii: np.ndarray, font: float,
                   limit: int = SPREAD_LIMIT) -> np.ndarray:
    """Positions near ``xy`` where no two boxes of node plus label (under it) overlap.

    Greedy and deterministic: nodes go best-connected first (largest node), each at its
    place in ``xy`` if free, else at the nearest free point of a grid around it.
    Returns a copy."""
    n = len(xy)
    if n < 2 or n > limit:
        return xy.copy()
    hw = np.maximum(widths / 2, radii) + LABEL_GAP / 2
    top = radii + LABEL_GAP / 2  # box above the node centre
    bottom = radii + LABEL_LINE * font + LABEL_GAP / 2  # and below it, label included
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


def _room_for_labels(xy: np.ndarray, widths: np.ndarray, radii: np.ndarray, font: float) -> float:
    """How much to enlarge a large component's force layout so that its area is about
    ROOM times the boxes of its nodes with their labels: most then overlap nothing where they
    are, and :func:`_spread_labels` has little to move (it is slow where the drawing is
    crowded). At least 1."""
    boxes = float(((np.maximum(widths, 2 * radii) + LABEL_GAP) * (2 * radii + LABEL_LINE * font + LABEL_GAP)).sum())
    span = np.ptp(xy, axis=0) + EDGE_LENGTH
    return max(1.0, math.sqrt(ROOM * boxes / float(span[0] * span[1])))


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
    bottom = max(p[1] + radii[i] + LABEL_LINE * font for i, p in xy.items()) + UNIT_PAD
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


def _zoom_level(scale: float) -> int:
    """The zoom step of ``scale``: ``floor(log2(scale) * ZOOM_STEPS)`` (the page's ``levelOf``)."""
    return math.floor(math.log2(max(scale, 1e-6)) * ZOOM_STEPS + 1e-9)


def _quantised(scale: float) -> float:
    """The zoom the page sizes labels for: ``scale`` rounded down to a zoom step."""
    return 2 ** (_zoom_level(scale) / ZOOM_STEPS)


def _screen_font(scale: float) -> float:
    """Label size in canvas units the page uses at this zoom (all labels shown)."""
    return max(float(NODE_FONT), LABEL_PX / _quantised(scale))


def _fit_scale(pos: dict[int, tuple[float, float]], labels: Sequence[str], radii: Sequence[float],
               font: float = NODE_FONT, canvas: tuple[float, float] = PAGE_CANVAS) -> float:
    """Zoom at which the page fits these nodes with their labels (``font`` high) into
    ``canvas`` (width, height in pixels), as ``fitView`` in view.js computes it (at most 1)."""
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for i, (x, y) in pos.items():
        half = max(radii[i], _label_width(labels[i], font) / 2)
        x0, x1 = min(x0, x - half), max(x1, x + half)
        y0, y1 = min(y0, y - radii[i]), max(y1, y + radii[i] + LABEL_LINE * font)
    return min(1.0, canvas[0] / max(x1 - x0, 1.0), canvas[1] / max(y1 - y0, 1.0))


def _positions(sel: _Selection, laid: list[int], labels: Sequence[str], *, picture: bool = False
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
    squeeze, limit = (IMAGE_SQUEEZE, IMAGE_SPREAD_LIMIT) if picture else (SQUEEZE, SPREAD_LIMIT)
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
            widths = np.array([_label_width(labels[i], font) for i in members])
            radii_m = np.array([size[i] for i in members])
            if len(members) <= limit:  # larger ones keep the force layout as it is
                xy = _spread_labels(xy * squeeze, widths, radii_m, font, limit)
            elif picture:  # (placing every label is slow there) room for most labels where they are
                xy = xy * squeeze * _room_for_labels(xy * squeeze, widths, radii_m, font)
            at = _satellites(xy, members, [v for v in loose if homes.get(v) == n], labels, font)
            units.append(_unit(at, labels, font, size))
        if alone:  # a grid about as wide as the canvas is, relative to its height, whatever the labels' width
            shape = LAYOUT_ASPECT * _row(font) / _cell(alone, labels, font)
            columns = min(len(alone), max(1, math.ceil(math.sqrt(len(alone) * shape))))
            units.append(_unit(_grid(alone, labels, font, columns, 0.0, 0.0), labels, font, size))
        return units

    def best_pack(units: list[_Unit], font: float, grow: float) -> tuple[float, dict]:
        """The packing (over a few strip widths) the page fits at the largest zoom."""
        best = (-1.0, {})
        for stretch in (0.8, 0.9, 1.0, 1.15, 1.3) if len(units) > 1 else (1.0,):
            pos = _pack(units, stretch)
            scale = _fit_scale(pos, labels, [r * grow for r in radii], font, IMAGE_CANVAS if picture else PAGE_CANVAS)
            if scale > best[0] + 1e-9:
                best = (scale, pos)
        return best

    # Up to LABEL_ALL nodes the page opens with every label at least LABEL_PX high on
    # screen however far it zooms out to fit, so the layout keeps labels apart at the
    # size they will have at the fitted zoom: for the zooms the page uses (quarter
    # octaves from 1 down), lay out with that zoom's label and node size until the
    # drawing fits PAGE_CANVAS at that zoom.
    font, grow, fit, pos = float(NODE_FONT), 1.0, 1.0, {}
    if multi or alone:
        fit, pos = best_pack(build(font, grow, squeeze), font, grow)
    level = 0
    for _ in range(12 if pos and not picture and len(laid) <= LABEL_ALL else 0):
        target = 2 ** (level / ZOOM_STEPS)
        if fit >= target - 1e-9:
            break
        # jump to the zoom this drawing would need (labels grow as the zoom drops)
        deeper = min(level - 1, _zoom_level(fit))
        d_target = 2 ** (deeper / ZOOM_STEPS)
        d_font, d_grow = _screen_font(d_target), max(1.0, NODE_MIN_SCALE / d_target)
        d_fit, d_pos = best_pack(build(d_font, d_grow, squeeze), d_font, d_grow)
        if d_fit / d_target < DESCENT_GAIN * fit / target:
            # a drawing made of labels grows with them: it fits no better at any zoom (it needs
            # a larger window), and going on would spread it without end; keep this one
            break
        level, font, grow, fit, pos = deeper, d_font, d_grow, d_fit, d_pos
    fit_box = (round(font, 3), round(grow, 3))
    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        pos = {i: (x - cx, y - cy) for i, (x, y) in pos.items()}
    _place_rest(pos, _adjacency(len(sel.keep), sel.edges))
    return [(round(pos[i][0]), round(pos[i][1])) for i in range(len(sel.keep))], fit_box


Box = tuple[float, float, float, float]


def _overlap(a: Box, b: Box) -> bool:
    """Do two boxes ``(left, top, right, bottom)`` overlap (touching is not overlapping)?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Boxes:
    """Boxes placed so far in a picture, looked up through a grid of ``cell`` pixels."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.grid: dict[tuple[int, int], list[Box]] = defaultdict(list)

    def _cells(self, box: Box):
        c = self.cell
        for gx in range(int(box[0] // c), int(box[2] // c) + 1):
            for gy in range(int(box[1] // c), int(box[3] // c) + 1):
                yield gx, gy

    def free(self, box: Box, own: Box | None = None) -> bool:
        """True when ``box`` overlaps no box placed (but ``own``, the same object)."""
        return not any(b is not own and _overlap(box, b) for c in self._cells(box) for b in self.grid[c])

    def add(self, box: Box) -> None:
        for c in self._cells(box):
            self.grid[c].append(box)


def _svg_label_places(sel: _Selection, nodes: list[int], at, labels: Sequence[str],
                      radii: dict[int, float] | None = None, font: float = IMAGE_FONT, thin: bool = False
                      ) -> dict[int, tuple[float, float, str]]:
    """Where each node's label goes in a picture.

    Best-connected first, each label goes under its node if its box is free (of the labels
    placed so far and of the nodes), else above, right or left of it, else at one of its
    four corners (below right, below left, above right, above left). When no place is free
    it goes under the node all the same, unless ``thin``: then the node is left unlabelled
    (the label-thinning rule of crowded pictures, :data:`IMAGE_SPREAD_LIMIT`; a picture first
    moves such a node, :func:`_label_places`), so no two labels overlap. Returns
    ``{node: (x, baseline y, text-anchor)}`` for the labelled nodes.
    """
    return _label_places(sel, nodes, at, labels, radii, font, thin)[0]


def _label_sides(x: float, y: float, r: float, w: float, h: float, font: float
                 ) -> tuple[tuple[Box, tuple[float, float, str]], ...]:
    """The eight places of a label of box ``w`` × ``h`` around a node of radius ``r`` at (x, y),
    in the order tried: ``(box, (x, baseline y, text-anchor))`` each (see :func:`_svg_label_places`)."""
    # the text (glyphs one em above the baseline and a quarter under it) fills its box's height:
    # baseline a quarter em above the bottom
    d = 0.25 * font
    c = 0.7 * r + 1  # the corners: the label's box touches the node's at a corner
    return (
        ((x - w / 2, y + r, x + w / 2, y + r + h), (x, y + r + h - d, "middle")),  # (the text's own box)
        ((x - w / 2, y - r - 1 - h, x + w / 2, y - r - 1), (x, y - r - 1 - d, "middle")),
        ((x + r + 2, y - h / 2, x + r + 2 + w, y + h / 2), (x + r + 3, y + h / 2 - d, "start")),
        ((x - r - 2 - w, y - h / 2, x - r - 2, y + h / 2), (x - r - 3, y + h / 2 - d, "end")),
        ((x + c, y + c, x + c + w, y + c + h), (x + c + 1, y + c + h - d, "start")),
        ((x - c - w, y + c, x - c, y + c + h), (x - c - 1, y + c + h - d, "end")),
        ((x + c, y - c - h, x + c + w, y - c), (x + c + 1, y - c - d, "start")),
        ((x - c - w, y - c - h, x - c, y - c), (x - c - 1, y - c - d, "end")),
    )


def _label_places(sel: _Selection, nodes: list[int], at, labels: Sequence[str],
                  radii: dict[int, float] | None = None, font: float = IMAGE_FONT, thin: bool = False,
                  move: bool = False) -> tuple[dict[int, tuple[float, float, str]], dict[int, Box], dict]:
    """:func:`_svg_label_places`, the box each label takes (its halo included), in pixels, and
    the node centres (``at``, or with ``move`` a copy where nodes moved).

    With ``thin`` and ``move``, a node whose label fits at none of its eight places moves: to
    the nearest point within :data:`MOVE_REACH` label heights (a grid of half a label height,
    nearest first) where its own box is free and its label fits under, above, right or left
    of it; only a node with no such point is left unlabelled. Each such node tries at most a
    fixed number of points, so the time grows with the number of these nodes, not more."""
    radii = radii or {i: _node_size(sel.degree[i]) / 2 for i in nodes}
    boxes = _Boxes(4.0 * font)
    shapes = {}
    for i in nodes:
        x, y = at[i]
        shapes[i] = (x - radii[i], y - radii[i], x + radii[i], y + radii[i])
        boxes.add(shapes[i])
    out, taken, left = {}, {}, []
    h = TEXT_LINE * font
    for i in sorted(nodes, key=lambda i: (-sel.degree[i], i)):
        x, y = at[i]
        sides = _label_sides(x, y, radii[i], _label_width(labels[i], font) + HALO_PAD, h, font)
        found = next(((b, p) for b, p in sides if boxes.free(b, shapes[i])), None)
        if found is None and thin:
            left.append(i)
            continue
        box, place = found or sides[0]
        boxes.add(box)
        out[i], taken[i] = place, box
    if not (thin and move and left):
        return out, taken, at
    at = dict(at)
    offsets, _ = _offsets(h / 2, MOVE_REACH * h)
    for i in left:
        x0, y0 = at[i]
        r, w = radii[i], _label_width(labels[i], font) + HALO_PAD
        for dx, dy in offsets[1:]:
            x, y = x0 + float(dx), y0 + float(dy)
            shape = (x - r, y - r, x + r, y + r)
            if x - r - w < 0 or y - r - h < 0 or not boxes.free(shape, shapes[i]):
                continue  # (nor out of the picture's top left, where its margin is)
            found = next(((b, p) for b, p in _label_sides(x, y, r, w, h, font)[:4] if boxes.free(b, shapes[i])), None)
            if found:
                at[i], shapes[i] = (x, y), shape
                boxes.add(shape)
                boxes.add(found[0])
                out[i], taken[i] = found[1], found[0]
                break
    return out, taken, at


def _edge_label_places(arrows: Sequence[tuple[float, float, float, float, int]], texts: Sequence[Sequence[str]],
                       obstacles: Sequence[Box], bounds: Box, font: float = IMAGE_EDGE_FONT,
                       controls: Sequence[tuple[float, float] | None] | None = None
                       ) -> list[tuple[int, float, float, Box, str]]:
    """Where the relation's name goes on each edge of a picture, so that no two names overlap
    and none covers a node, a node's label or an arrowhead.

    Shortest edges first (they have the fewest places), each name goes at the first of
    :data:`EDGE_LABEL_SPOTS` along its edge where its box (with its halo) overlaps nothing
    placed so far and lies inside ``bounds``: centred on the edge, else beside it (touching it:
    left or right of a steep edge, above or below a flat one); the edge's longer name first,
    then its shorter ones. An edge with no such place gets no name (its colour and the legend
    still tell its relation). Deterministic.

    Args:
        arrows: ``(x1, y1, x2, y2, relation)`` per edge, from the subject's rim to the object's.
        texts: per edge, the names it may carry, the preferred first.
        obstacles: boxes ``(left, top, right, bottom)`` to keep clear (nodes, their labels).
        bounds: the box the names must stay in (the drawing, without the legend).
        font: the names' size in pixels.
        controls: per edge, None (straight) or the control point of its quadratic curve
            (:attr:`_Picture.controls`): the spots are then points of the curve.

    Returns:
        ``(edge index, x, baseline y, box, text)`` for each edge that gets a name, in edge order.
    """
    boxes = _Boxes(8.0 * font)
    controls = controls or [None] * len(arrows)
    for box in obstacles:
        boxes.add(box)
    for arrow, control in zip(arrows, controls):  # the arrowheads stay visible
        head = _arrow_head(arrow, control)
        boxes.add((min(p[0] for p in head), min(p[1] for p in head), max(p[0] for p in head), max(p[1] for p in head)))

    def along(k: int, t: float) -> tuple[float, float]:
        x1, y1, x2, y2, _ = arrows[k]
        if controls[k] is None:
            return x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        return _curve_point((x1, y1), controls[k], (x2, y2), t)
    out = []
    h = TEXT_LINE * font
    for k in sorted(range(len(arrows)), key=lambda k: (math.hypot(arrows[k][2] - arrows[k][0],
                                                                  arrows[k][3] - arrows[k][1]), k)):
        x1, y1, x2, y2, _ = arrows[k]
        spot = None
        for text in texts[k]:
            w = _label_width(text, font) + HALO_PAD
            # on the edge, then beside it (touching it: left or right of a steep edge, above or below a flat one)
            side = (w / 2 + 1, 0.0) if abs(y2 - y1) > abs(x2 - x1) else (0.0, h / 2 + 1)
            for dx, dy in ((0.0, 0.0), side, (-side[0], -side[1])):
                spot = next(((cx, cy, box) for t in EDGE_LABEL_SPOTS
                             for px, py in [along(k, t)] for cx, cy in [(px + dx, py + dy)]
                             for box in [(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)]
                             if bounds[0] <= box[0] and box[2] <= bounds[2] and bounds[1] <= box[1]
                             and box[3] <= bounds[3] and boxes.free(box)), None)
                if spot:
                    break
            if spot:
                boxes.add(spot[2])
                out.append((k, spot[0], spot[1] + 0.35 * font, spot[2], text))
                break
    return sorted(out)



#: Legend rows of a picture: the glyph's centre from the left edge, the text's start, the
#: first row's centre and baseline below the top, the height of a row, and the gap
#: between the class rows and the relation rows.
LEGEND_GLYPH_X, LEGEND_TEXT_X, LEGEND_ROW_Y, LEGEND_BASELINE, LEGEND_ROW, LEGEND_GAP = 8, 22, 14, 5, 22, 10
#: Length of a legend's relation line and the radius of its class glyphs, in pixels.
LEGEND_LINE, LEGEND_GLYPH = 16, 6


def _shape_points(kind: str, x: float, y: float, r: float) -> list[tuple[float, float]]:
    """Corners of a node drawn as ``kind`` (``triangle``, ``star`` or ``diamond``) of size ``r``
    centred at (x, y), first corner straight up; ``dot`` and ``square`` are a circle and a
    square of radius ``r`` and have none (empty list).

    Raises:
        KeyError: an unknown shape.
    """
    if kind in ("dot", "square"):
        return []
    count, inner = {"triangle": (3, 1.0), "star": (10, 0.45), "diamond": (4, 1.0)}[kind]
    points = []
    for k in range(count):
        rad = r * (inner if kind == "star" and k % 2 else 1.0) * (1.2 if kind != "star" else 1.3)
        a = -math.pi / 2 + 2 * math.pi * k / count
        points.append((x + rad * math.cos(a), y + rad * math.sin(a)))
    return points


def _arrowhead(x1: float, y1: float, x2: float, y2: float) -> list[tuple[float, float]]:
    """The triangle of an arrowhead at the end (x2, y2) of an edge from (x1, y1), in pixels:
    tip, then the two corners of its base (:data:`ARROW_LENGTH` by :data:`ARROW_WIDTH` edge
    widths), as the SVG marker draws it."""
    d = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / d, (y2 - y1) / d
    length, half = ARROW_LENGTH * EDGE_WIDTH, ARROW_WIDTH * EDGE_WIDTH / 2
    bx, by = x2 - ux * length, y2 - uy * length
    return [(x2, y2), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)]


@dataclass(frozen=True)
class _LegendRow:
    """One legend entry of a picture: a class (``kind="class"``: a glyph of its shape centred
    at ``glyph``) or a relation (``kind="relation"``: an arrow from ``glyph`` to ``end``), and
    its text starting at ``text`` (baseline); ``index`` into the drawn classes or relations."""

    kind: str
    index: int
    glyph: tuple[float, float]
    end: tuple[float, float] | None
    text: tuple[float, float]


def _legend_rows(x: float, y: float, classes: Sequence[int], relations: Sequence[int]
                 ) -> tuple[list[_LegendRow], float]:
    """Legend rows at (x, y) (top left) for these classes and relations (indices into
    :func:`kg.view.model._kinds`), classes first; returns the rows and the legend's bottom."""
    rows = []
    for k, i in enumerate(classes):
        rows.append(_LegendRow("class", i, (x + LEGEND_GLYPH_X, y + LEGEND_ROW_Y + LEGEND_ROW * k), None,
                               (x + LEGEND_TEXT_X, y + LEGEND_ROW_Y + LEGEND_BASELINE + LEGEND_ROW * k)))
    y += LEGEND_ROW * len(classes) + (LEGEND_GAP if classes else 0)
    for k, i in enumerate(relations):
        yy = y + LEGEND_ROW_Y + LEGEND_ROW * k
        rows.append(_LegendRow("relation", i, (x, yy), (x + LEGEND_LINE, yy), (x + LEGEND_TEXT_X, yy + LEGEND_BASELINE)))
    return rows, y + LEGEND_ROW * len(relations) - (0 if relations else LEGEND_GAP) + LEGEND_GAP


@dataclass(frozen=True)
class _Picture:
    """A picture in pixels, what :mod:`kg.view.image` draws as SVG or PNG.

    Attributes:
        width, height: the picture's size in pixels (its SVG viewBox).
        shown: scale at which it is shown (at most :data:`IMAGE_MAX_WIDTH` pixels wide; <= 1).
        nodes: the drawn nodes (indices into the selection's ``keep``).
        at: node -> centre; radius: node -> radius.
        labels: node -> (x, baseline y, anchor ``middle``/``start``/``end``) of its label (every
            node, but those a crowded picture leaves unlabelled: :func:`_svg_label_places`).
        arrows: (x1, y1, x2, y2, relation index) per edge, from the subject's rim to the object's.
        edge_labels: (x, baseline y, relation index, text) of the relation's name on its edge
            (``位于 locatedIn``, or ``位于`` where only that fits), centred where it overlaps no
            other text, node or arrowhead (:func:`_edge_label_places`); an edge with no room
            has none.
        legend: the legend rows (the classes and relations drawn, no others).
        label_boxes: node -> the box its label takes (halo included); edge_label_boxes: the
            box of each edge label, in the order of ``edge_labels``.
        controls: per arrow, None for a straight one, or the control point of the quadratic
            curve it is (a parallel edge, :func:`_edge_bends`: the curve the page draws, cut
            at the nodes' rims); its arrowhead points along the curve's end
            (:meth:`head`).
    """

    width: int
    height: int
    shown: float
    nodes: list[int]
    at: dict[int, tuple[float, float]]
    radius: dict[int, float]
    labels: dict[int, tuple[float, float, str]]
    arrows: list[tuple[float, float, float, float, int]]
    edge_labels: list[tuple[float, float, int, str]]
    legend: list[_LegendRow]
    label_boxes: dict[int, Box]
    edge_label_boxes: list[Box]
    controls: list[tuple[float, float] | None]

    def head(self, k: int) -> list[tuple[float, float]]:
        """The arrowhead of arrow ``k`` (:func:`_arrowhead`), along its curve's end if curved."""
        return _arrow_head(self.arrows[k], self.controls[k])


def _arrow_head(arrow: tuple[float, float, float, float, int], control: tuple[float, float] | None
                ) -> list[tuple[float, float]]:
    """The arrowhead of an arrow ``(x1, y1, x2, y2, relation)``: along the line, or along the
    end of its curve (from ``control`` to the end) when it has one."""
    x1, y1, x2, y2, _ = arrow
    if control is not None:
        x1, y1 = control
    return _arrowhead(x1, y1, x2, y2)


def _picture(sel: _Selection, nodes: list[int], edges: Sequence[tuple[int, int, int]],
             xy: Sequence[tuple[int, int]], labels: Sequence[str], legend: tuple[Sequence[int], Sequence[int]],
             font: float = NODE_FONT, grow: float = 1.0, thin: bool = False) -> _Picture:
    """The picture of ``nodes`` and ``edges`` (indices into ``sel.keep``) at layout positions
    ``xy``, scaled so that labels (``font`` high in layout units, as :func:`_positions` made
    room for them, nodes grown by ``grow``) are :data:`IMAGE_FONT` pixels; ``labels`` indexed
    like ``sel.keep``; ``legend`` the (classes, relations) to list; ``thin``: move a node whose
    label fits nowhere a little to where it fits, else leave its label out (:func:`_label_places`).
    Deterministic."""
    scale = IMAGE_FONT / font
    radius = {i: max(IMAGE_MIN_RADIUS, _node_size(sel.degree[i]) * grow * scale / 2) for i in nodes}
    x0 = min((xy[i][0] * scale - max(radius[i], _label_width(labels[i], IMAGE_FONT) / 2 + 2) for i in nodes), default=0)
    y0 = min((xy[i][1] * scale - radius[i] - 1.5 * IMAGE_FONT for i in nodes), default=0)
    at = {i: (xy[i][0] * scale - x0 + IMAGE_MARGIN, xy[i][1] * scale - y0 + IMAGE_MARGIN) for i in nodes}
    places, label_boxes, at = _label_places(sel, nodes, at, labels, radius, thin=thin, move=thin)
    right = max((max(at[i][0] + radius[i], label_boxes[i][2] if i in label_boxes else 0.0) for i in nodes),
                default=IMAGE_MARGIN)
    bottom = max((max(at[i][1] + radius[i], label_boxes[i][3] if i in label_boxes else 0.0) + 0.5 * IMAGE_FONT
                  for i in nodes), default=IMAGE_MARGIN)
    rows, legend_bottom = _legend_rows(right + IMAGE_MARGIN, IMAGE_MARGIN / 2, *legend)
    width = math.ceil(right + IMAGE_MARGIN + IMAGE_LEGEND)
    height = math.ceil(max(bottom + IMAGE_MARGIN, legend_bottom + IMAGE_MARGIN))
    arrows, controls = [], []
    for (s, t, r), bend in zip(edges, _edge_bends(edges)):  # from the subject to the object's rim
        (x1, y1), (x2, y2) = at[s], at[t]
        d = math.hypot(x2 - x1, y2 - y1) or 1.0
        if bend and d > radius[s] + radius[t] + 3:  # a parallel edge: the page's curve, cut at the rims
            c = _bend_control(x1, y1, x2, y2, bend)
            a = _curve_leaving((x1, y1), c, (x2, y2), (x1, y1), radius[s] + 1, True)
            b = _curve_leaving((x1, y1), c, (x2, y2), (x2, y2), radius[t] + 2, False)
            p0, c, p2 = _curve_part((x1, y1), c, (x2, y2), a, max(a, b))
            arrows.append((p0[0], p0[1], p2[0], p2[1], r))
            controls.append(c)
            continue
        ux, uy = (x2 - x1) / d, (y2 - y1) / d
        a, b = radius[s] + 1, max(d - radius[t] - 2, radius[s] + 1)
        arrows.append((x1 + ux * a, y1 + uy * a, x1 + ux * b, y1 + uy * b, r))
        controls.append(None)
    edge_labels, edge_boxes = [], []
    if edges:
        kinds = _kinds().relations
        shapes = [(at[i][0] - radius[i], at[i][1] - radius[i], at[i][0] + radius[i], at[i][1] + radius[i]) for i in nodes]
        names = [(f"{kinds[r].zh} {kinds[r].key}", kinds[r].zh) for *_, r in arrows]
        for k, x, y, box, text in _edge_label_places(arrows, names, shapes + list(label_boxes.values()),
                                                     (0.0, 0.0, right, height), controls=controls):
            edge_labels.append((x, y, arrows[k][4], text))
            edge_boxes.append(box)
    return _Picture(width, height, min(1.0, IMAGE_MAX_WIDTH / width), list(nodes), at, radius, places,
                    arrows, edge_labels, rows, label_boxes, edge_boxes, controls)


def _page_geometry(fit_box: tuple[float, float]) -> dict:
    """Every number the page's script needs to size labels and nodes and fit its view, for the
    payload (``geometry``): the label and node sizes the layout made room for (``fitBox``:
    label size in canvas units, node growth) and the constants above, by the names view.js
    reads. Label widths are not computed there: each node row carries its :func:`_label_ems`."""
    return {
        "nodeFont": NODE_FONT, "edgeFont": EDGE_FONT, "labelPx": LABEL_PX, "labelAll": LABEL_ALL,
        "labelLine": LABEL_LINE, "zoomSteps": ZOOM_STEPS, "pxPerLabel": PX_PER_LABEL,
        "drawThreshold": DRAW_THRESHOLD, "maxVisible": MAX_VISIBLE, "visMaxVisible": VIS_MAX_VISIBLE, "hiddenFont": HIDDEN_FONT, "cellPx": CELL_PX,
        "fitPad": FIT_PAD, "fitBox": list(fit_box), "nodeMin": NODE_MIN_SCALE,
        "edgeLabel": dict(EDGE_LABEL), "edgePad": EDGE_PAD, "labelDrop": LABEL_DROP, "edgePx": EDGE_PX, "edgeZoom": EDGE_ZOOM,
        "edgeFitSteps": EDGE_FIT_STEPS,
        "labelPlaces": [list(p) for p in PAGE_LABEL_PLACES], "corner": PAGE_CORNER, "edgeSpots": list(EDGE_LABEL_SPOTS),
        "arrowLength": PAGE_ARROW_LENGTH, "edgeWidth": PAGE_EDGE_WIDTH, "arrowScale": PAGE_ARROW_SCALE,
    }
