"""Static pictures of a view: SVG (drawn by hand) and PNG (drawn with matplotlib).

The SVG draws a :class:`kg.view.layout._Picture`: every node with its label (under it, or
above, right or left of it when that side is taken), each relation an arrow from subject to
object in its colour, the relation's name on each edge of small pictures, and a legend of
the classes and relations drawn, no others. The PNG is a matplotlib scatter of the layout
labelling the :data:`IMAGE_LABEL_LIMIT` best-connected nodes.
"""
from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from kg.atomic import atomic_path

from .layout import (ARROW_LENGTH, ARROW_WIDTH, CJK_FONT_STACK, EDGE_WIDTH, IMAGE_EDGE_FONT, IMAGE_FONT, LEGEND_GLYPH,
                     _node_size, _Picture, _shape_points)
from .model import _kinds, _Model, _Selection

#: Colours of pictures: background, text, edge-label text, the halo around text.
PAPER, INK, EDGE_INK, HALO = "#ffffff", "#1f2328", "#57606a", "#ffffff"
#: Width of the halo around labels, and of the outline of node shapes, in pixels.
HALO_WIDTH, OUTLINE = 3, 1
#: Opacity of edges in pictures.
EDGE_OPACITY = 0.8
#: PNG pictures label at most this many nodes (the best-connected); SVG pictures label all.
IMAGE_LABEL_LIMIT = 80


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
    for x1, y1, x2, y2, r in pic.arrows:
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke="{kinds.relations[r].color}" marker-end="url(#arrow-{r})"/>')
    out.append("</g>")
    if pic.edge_labels:
        out.append(f'<g font-size="{IMAGE_EDGE_FONT}" fill="{EDGE_INK}" text-anchor="middle" stroke="{HALO}" '
                   f'stroke-width="{HALO_WIDTH}" paint-order="stroke">')
        for x, y, r in pic.edge_labels:
            out.append(f'<text x="{x:.1f}" y="{y:.1f}">{xml_escape(f"{kinds.relations[r].zh} {kinds.relations[r].key}")}</text>')
        out.append("</g>")
    out.append("<g>")
    texts = [f'<g fill="{INK}" stroke="{HALO}" stroke-width="{HALO_WIDTH}" paint-order="stroke" text-anchor="middle">']
    for i in pic.nodes:
        node = model.nodes[sel.keep[i]]
        x, y = pic.at[i]
        out.append(_svg_shape(kinds.classes[node.cls].shape, x, y, pic.radius[i], kinds.classes[node.cls].color))
        lx, ly, anchor = pic.labels[i]
        extra = "" if anchor == "middle" else f' text-anchor="{anchor}"'
        texts.append(f'<text x="{lx:.1f}" y="{ly:.1f}"{extra}>{xml_escape(node.label)}</text>')
    out.append("</g>")
    out.extend(texts)
    out.append(f'</g><g fill="{INK}">')
    out.extend(_svg_legend(pic))
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def _labelled(sel: _Selection, nodes: list[int]) -> set[int]:
    """The nodes a PNG picture labels: the :data:`IMAGE_LABEL_LIMIT` best-connected."""
    return set(sorted(nodes, key=lambda i: (-sel.degree[i], i))[:IMAGE_LABEL_LIMIT])



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

