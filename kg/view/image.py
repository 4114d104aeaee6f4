"""Static pictures of a view: SVG (drawn by hand) and PNG (drawn with matplotlib).

Both formats draw one :class:`kg.view.layout._Picture`, in the same pixels: every node with
its label (under it, or above, right or left of it when that side is taken), each relation
an arrow from subject to object in its colour (parallel edges as quadratic curves apart, the
curves the page draws), the relation's name on its edge wherever it
overlaps no other text, node or arrowhead, and a legend of the classes and relations drawn,
no others.
"""
from __future__ import annotations

import math
import os
import re
from xml.sax.saxutils import escape as _xml_escape

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_escape(text: str) -> str:
    """``text`` escaped for SVG, without the control characters XML 1.0 forbids (a label holding
    U+0007 from some graph file would make the picture no XML at all)."""
    return _xml_escape(_CONTROL.sub("", text))
from xml.sax.saxutils import quoteattr

from kg.atomic import atomic_path

from .layout import (ARROW_LENGTH, ARROW_WIDTH, CJK_FONT_STACK, EDGE_WIDTH, IMAGE_EDGE_FONT, IMAGE_FONT, LEGEND_GLYPH,
                     _arrow_head, _curve_leaving, _curve_part, _Picture, _shape_points)
from .model import _kinds, _Model, _Selection

#: Colours of pictures: background, text, edge-label text, the halo around text.
PAPER, INK, EDGE_INK, HALO = "#ffffff", "#1f2328", "#57606a", "#ffffff"
#: Width of the halo around labels, and of the outline of node shapes, in pixels.
HALO_WIDTH, OUTLINE = 3, 1
#: Opacity of edges in pictures.
EDGE_OPACITY = 0.8


def _svg_shape(kind: str, x: float, y: float, r: float, color: str) -> str:
    """One node shape (:func:`kg.view.layout._shape_points`) as an SVG element."""
    style = f'fill="{color}" stroke="{PAPER}" stroke-width="{OUTLINE}"'
    if kind == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" {style}/>'
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in _shape_points(kind, x, y, r))
    return f'<polygon points="{points}" {style}/>'


def _svg_legend(pic: _Picture) -> list[str]:
    """The legend rows of a picture as SVG elements (relation rows end in their arrowhead)."""
    kinds, out = _kinds(), []
    for row in pic.legend:
        x, y = row.glyph
        if row.kind == "class":
            c = kinds.classes[row.index]
            out.append(_svg_shape(c.shape, x, y, LEGEND_GLYPH, c.color))
        else:
            c = kinds.relations[row.index]
            out.append(f'<line x1="{x}" y1="{y}" x2="{row.end[0]}" y2="{row.end[1]}" stroke="{c.color}" '
                       f'stroke-width="{EDGE_WIDTH}" marker-end="url(#arrow-{row.index})"/>')
        out.append(f'<text x="{row.text[0]}" y="{row.text[1]}">{xml_escape(f"{c.zh} {c.key}")}</text>')
    return out


def _svg(model: _Model, sel: _Selection, pic: _Picture) -> str:
    """The SVG document of a picture (``model`` and ``sel`` give the nodes' labels and classes)."""
    kinds = _kinds()
    width, height = pic.width, pic.height
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{round(width * pic.shown)}" height="{round(height * pic.shown)}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(CJK_FONT_STACK)} font-size="{IMAGE_FONT}">',
        "<defs>",
    ]
    half = 5 * ARROW_WIDTH / ARROW_LENGTH  # the marker's viewBox is 10 units along the edge
    for r in sorted({row.index for row in pic.legend if row.kind == "relation"}):
        # one arrowhead per colour: SVG 1.1 markers cannot take the line's colour
        out.append(f'<marker id="arrow-{r}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="{ARROW_LENGTH:g}" '
                   f'markerHeight="{ARROW_LENGTH:g}" orient="auto"><path d="M0,{5 - half:g} L10,5 L0,{5 + half:g} z" '
                   f'fill="{kinds.relations[r].color}"/></marker>')
    out += ["</defs>", f'<rect width="{width}" height="{height}" fill="{PAPER}"/>',
            f'<g stroke-width="{EDGE_WIDTH}" stroke-opacity="{EDGE_OPACITY}">']
    for (x1, y1, x2, y2, r), control in zip(pic.arrows, pic.controls):
        if control is None:
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                       f'stroke="{kinds.relations[r].color}" marker-end="url(#arrow-{r})"/>')
        else:  # a parallel edge: a quadratic curve (the marker follows its end)
            out.append(f'<path d="M{x1:.1f},{y1:.1f} Q{control[0]:.1f},{control[1]:.1f} {x2:.1f},{y2:.1f}" '
                       f'fill="none" stroke="{kinds.relations[r].color}" marker-end="url(#arrow-{r})"/>')
    out.append("</g>")
    if pic.edge_labels:
        out.append(f'<g font-size="{IMAGE_EDGE_FONT}" fill="{EDGE_INK}" text-anchor="middle" stroke="{HALO}" '
                   f'stroke-width="{HALO_WIDTH}" paint-order="stroke">')
        for x, y, _, name in pic.edge_labels:
            out.append(f'<text x="{x:.1f}" y="{y:.1f}">{xml_escape(name)}</text>')
        out.append("</g>")
    out.append("<g>")
    texts = [f'<g fill="{INK}" stroke="{HALO}" stroke-width="{HALO_WIDTH}" paint-order="stroke" text-anchor="middle">']
    for i in pic.nodes:
        node = model.nodes[sel.keep[i]]
        x, y = pic.at[i]
        out.append(_svg_shape(kinds.classes[node.cls].shape, x, y, pic.radius[i], kinds.classes[node.cls].color))
        if i not in pic.labels:  # left out of a crowded picture (label thinning)
            continue
        lx, ly, anchor = pic.labels[i]
        extra = "" if anchor == "middle" else f' text-anchor="{anchor}"'
        texts.append(f'<text x="{lx:.1f}" y="{ly:.1f}"{extra}>{xml_escape(node.label)}</text>')
    out.append("</g>")
    out.extend(texts)
    out.append(f'</g><g fill="{INK}">')
    out.extend(_svg_legend(pic))
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


#: Characters every font that draws Chinese has (中, 国, 文): a font of the system is tried by
#: them, and taken only when it has a glyph of its own for each (matplotlib 3.10+ ships "Last
#: Resort", which maps every Chinese character to one placeholder box).
_CJK_PROBES = (0x4E2D, 0x56FD, 0x6587)


def _draws_chinese(charmap: dict[int, int]) -> bool:
    """Does a font's character map (code point → glyph index) give each of :data:`_CJK_PROBES`
    a glyph of its own (not one box for all, as a fallback font such as Last Resort does)?"""
    glyphs = [charmap.get(c) for c in _CJK_PROBES]
    return None not in glyphs and len(set(glyphs)) == len(glyphs)


def _cjk_font(font_manager) -> str:
    """The family the PNG's labels are drawn in: the first of :data:`CJK_FONT_STACK` that
    matplotlib knows, else any font it knows that draws Chinese characters (:func:`_draws_chinese`;
    a fallback font of boxes is none). Fonts installed after
    matplotlib cached its list (``apt install fonts-noto-cjk`` once a first picture was drawn)
    are added to it first (``FontManager.addfont``), so they are found without removing the cache.

    Raises:
        RuntimeError: no font with Chinese characters: every label would be drawn as boxes
            (the message says what to install, or to write an SVG, which the viewer draws).
    """
    from matplotlib.ft2font import FT2Font

    manager = font_manager.fontManager
    names = [f.strip().strip('"') for f in CJK_FONT_STACK.split(",")]

    def pick() -> str | None:
        known = {f.name for f in manager.ttflist}
        found = next((n for n in names if n in known), None)
        if found is not None:
            return found
        for f in sorted(manager.ttflist, key=lambda f: (f.name, f.fname)):
            try:
                if _draws_chinese(FT2Font(f.fname).get_charmap()):
                    return f.name
            except (OSError, RuntimeError, ValueError):
                continue
        return None

    family = pick()
    if family is None:
        cached = {f.fname for f in manager.ttflist}
        for path in sorted(font_manager.findSystemFonts()):
            if path not in cached:
                try:
                    manager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        family = pick()
    if family is None:
        raise RuntimeError("PNG output needs a font with Chinese characters and none is installed (every label "
                           "would be boxes): install one (Debian: apt install fonts-noto-cjk), or write an .svg "
                           "file, which the browser draws with its own fonts")
    return family


def _png(model: _Model, sel: _Selection, pic: _Picture, path: str | os.PathLike) -> None:
    """Write a picture as PNG with matplotlib: the same shapes, arrows, labels and legend as
    :func:`_svg`, at the size the SVG is shown (:attr:`_Picture.shown`), without metadata
    that changes between runs (same bytes for the same picture and matplotlib).

    Raises:
        RuntimeError: matplotlib is not installed (the message says how to install it).
        OSError: the file cannot be written.
    """
    try:
        import matplotlib
    except ImportError as exc:
        raise RuntimeError("PNG output needs matplotlib: pip install -e '.[png]' in the Tupu checkout "
                           "(or pip install matplotlib); or write an .svg file instead") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager, patheffects
    from matplotlib.patches import Circle, PathPatch, Polygon, Rectangle
    from matplotlib.path import Path as MplPath

    kinds = _kinds()
    family = [_cjk_font(font_manager)]
    pt = 72 / 100  # the figure is 100 units per inch; sizes below are in picture pixels
    fig = plt.figure(figsize=(pic.width / 100, pic.height / 100), dpi=100 * pic.shown, facecolor=PAPER)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, pic.width)
    ax.set_ylim(pic.height, 0)  # y grows downwards, as in the SVG
    ax.set_axis_off()
    halo = [patheffects.withStroke(linewidth=HALO_WIDTH * pt, foreground=HALO)]

    def shape(kind: str, x: float, y: float, r: float, color: str, z: int) -> None:
        style = {"facecolor": color, "edgecolor": PAPER, "linewidth": OUTLINE * pt, "zorder": z}
        if kind == "dot":
            ax.add_patch(Circle((x, y), r, **style))
        elif kind == "square":
            ax.add_patch(Rectangle((x - r, y - r), 2 * r, 2 * r, **style))
        else:
            ax.add_patch(Polygon(_shape_points(kind, x, y, r), closed=True, **style))

    def arrow(x1: float, y1: float, x2: float, y2: float, color: str, alpha: float, z: int,
              control: tuple[float, float] | None = None) -> None:
        head = _arrow_head((x1, y1, x2, y2, 0), control)
        base = ((head[1][0] + head[2][0]) / 2, (head[1][1] + head[2][1]) / 2)  # the line stops under the head
        if control is None:
            ax.plot([x1, base[0]], [y1, base[1]], color=color, alpha=alpha, linewidth=EDGE_WIDTH * pt,
                    solid_capstyle="butt", zorder=z)
        else:  # a parallel edge: matplotlib's quadratic Bézier path, cut where the head starts
            end = _curve_leaving((x1, y1), control, (x2, y2), (x2, y2), math.dist(base, (x2, y2)), False)
            p0, c, p2 = _curve_part((x1, y1), control, (x2, y2), 0.0, end)
            ax.add_patch(PathPatch(MplPath([p0, c, p2], [MplPath.MOVETO, MplPath.CURVE3, MplPath.CURVE3]),
                                   facecolor="none", edgecolor=color, alpha=alpha, linewidth=EDGE_WIDTH * pt,
                                   capstyle="butt", zorder=z))
        ax.add_patch(Polygon(head, closed=True, facecolor=color, edgecolor="none", alpha=alpha, zorder=z))

    def text(x: float, y: float, s: str, anchor: str, size: float, color: str, z: int, outline: bool) -> None:
        ax.text(x, y, _CONTROL.sub("", s), usetex=False, parse_math=False, ha={"middle": "center", "start": "left", "end": "right"}[anchor], va="baseline",
                fontsize=size * pt, color=color, family=family, zorder=z, path_effects=halo if outline else None)

    for (x1, y1, x2, y2, r), control in zip(pic.arrows, pic.controls):
        arrow(x1, y1, x2, y2, kinds.relations[r].color, EDGE_OPACITY, 1, control)
    for x, y, _, name in pic.edge_labels:
        text(x, y, name, "middle", IMAGE_EDGE_FONT, EDGE_INK, 2, True)
    for i in pic.nodes:
        c = kinds.classes[model.nodes[sel.keep[i]].cls]
        shape(c.shape, *pic.at[i], pic.radius[i], c.color, 3)
    for i in pic.nodes:
        if i not in pic.labels:
            continue
        lx, ly, anchor = pic.labels[i]
        text(lx, ly, model.nodes[sel.keep[i]].label, anchor, IMAGE_FONT, INK, 4, True)
    for row in pic.legend:
        if row.kind == "class":
            c = kinds.classes[row.index]
            shape(c.shape, *row.glyph, LEGEND_GLYPH, c.color, 5)
        else:
            c = kinds.relations[row.index]
            arrow(*row.glyph, *row.end, c.color, 1.0, 5)
        text(*row.text, f"{c.zh} {c.key}", "start", IMAGE_FONT, INK, 5, False)
    try:
        with atomic_path(path, ".png") as tmp:
            fig.savefig(tmp, format="png", facecolor=PAPER, metadata={"Software": None})
    finally:
        plt.close(fig)
