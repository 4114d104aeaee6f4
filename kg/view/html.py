"""The interactive HTML page of a view: one self-contained file (vis-network, the page's
script, its style and the graph data all inline; nothing is fetched from the network) that
opens from ``file://``.

All text taken from the graph reaches the page as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the
page inserts it with ``textContent`` only: names are never interpreted as markup. The
page's numbers come in the same block: positions and sizes per node, and the geometry
(:func:`kg.view.layout._page_geometry`) its script sizes labels and fits the view with.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from kg.namespaces import KG

from .layout import CJK_FONT_STACK, _edge_bends, _label_ems, _node_size, _page_geometry, _positions
from .model import _Evidence, _kinds, _layout_set, _Model, _Node, _ranked, _Selection, _tethered, _told_apart

_ASSETS = Path(__file__).parent.parent / "assets"

_VIS_JS = _ASSETS / "vendor" / "vis-network" / "vis-network.min.js"
_POSITION = str(KG.position)


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
        ids = self.evidence_ids
        for ev in self.model.evidence.get((s, p, o), ()):
            k = ids.get(ev)  # (one hash of the record, not two)
            if k is None:
                k = ids[ev] = len(self.evidence)
                self.evidence.append([self._source(ev.source), ev.sentence, ev.extractor])
            out.append(k)
        return out


def _node_info(node: _Node, strings: _Strings) -> dict:
    """The side panel's facts of a node (only those it has: an article's date, source (the paper or
    site, dcterms:source), source file and URL), posts with their evidence: ``[post, evidence
    indices]``, and a third element ``[[body label ("" when none), ended 0/1], …]`` (the post's
    ``org:Membership`` nodes) when one of them names a body or is ended."""
    info: dict = {"iri": node.iri}
    for key in ("alt", "generic", "sub", "adcode", "level", "date", "source", "file", "url"):
        if getattr(node, key):
            info[key] = getattr(node, key)
    if node.posts:
        held = strings.model.memberships.get(node.iri, ())
        info["posts"] = [[p, strings.refs(node.iri, _POSITION, p)]
                         + ([[[m.unit_label, int(m.ended)] for m in held if m.post == p]]
                            if any(m.post == p and (m.unit_label or m.ended) for m in held) else [])
                         for p in node.posts]
    return info


def _payload(model: _Model, sel: _Selection, title: str, initial: list[int]) -> dict:
    """The page's data, JSON-ready; ``initial``: the kept nodes shown at load.

    ``info`` rows (:func:`_node_info`) of nodes that share their label with another node of the
    page carry ``which``, what tells them apart (:func:`kg.view.model._told_apart`: their units,
    else their short IRI), which the search results show beside the label.

    Field order of ``nodes`` rows: label, class index, x, y, size, shown at load (0/1), label
    width in ems (:func:`kg.view.layout._label_ems`), rank (0 the best-connected: the order
    in which the page labels nodes), tethered (1: shown only while one of its edges is,
    :func:`kg.view.model._tethered`; else 0); of ``edges`` rows: source, target, relation index,
    evidence indices; ``ended``: the indices of the edges the graph holds ended (a person's former
    ``kg:belongsTo``: :attr:`kg.view.model._Model.ended`), drawn dashed and marked in the panel. ``relations`` carry the width in ems of the name the page draws on an
    edge (``ems``: ``"位于 locatedIn"``; ``zhEms``: ``"位于"``, drawn where only that fits). ``bends``: ``[edge index, roundness]`` of each edge drawn curved, the
    parallel ones (:func:`kg.view.layout._edge_bends`: > 0 vis-network's ``curvedCW``, < 0
    ``curvedCCW``). ``geometry`` holds every size the page's script computes with."""
    nodes = [model.nodes[i] for i in sel.keep]
    strings = _Strings(model, {n.iri: k for k, n in enumerate(nodes)})
    xy, fit_box = _positions(sel, _layout_set(model, sel, initial), [n.label for n in nodes])
    tethered = _tethered(model, sel)
    shown = set(initial)
    rank = [0] * len(nodes)
    for r, k in enumerate(_ranked(model, sel)):
        rank[k] = r
    rows = [[n.label, n.cls, x, y, _node_size(d), int(k in shown), _label_ems(n.label), rank[k],
             int(k in tethered)]
            for k, (n, (x, y), d) in enumerate(zip(nodes, xy, sel.degree))]
    relation_iris = [str(KG[rel.key]) for rel in _kinds().relations]
    edges = [[s, t, r, strings.refs(nodes[s].iri, relation_iris[r], nodes[t].iri)] for s, t, r in sel.edges]
    ended = [k for k, (s, t, r) in enumerate(sel.edges) if (nodes[s].iri, relation_iris[r], nodes[t].iri) in model.ended]
    info = [_node_info(n, strings) for n in nodes]
    at = {i: k for k, i in enumerate(sel.keep)}
    for i, which in _told_apart(model, sel.keep).items():  # (two persons 柯远舟: their units, shown by search)
        info[at[i]]["which"] = which
    bends = [[k, b] for k, b in enumerate(_edge_bends(sel.edges)) if b]
    return {
        "title": title, "font": CJK_FONT_STACK, "geometry": _page_geometry(fit_box), "reduced": len(shown) < len(nodes),
        "classes": [asdict(c) for c in _kinds().classes],
        "relations": [asdict(r) | {"ems": _label_ems(f"{r.zh} {r.key}"), "zhEms": _label_ems(r.zh)}
                      for r in _kinds().relations],
        "nodes": rows, "edges": edges, "bends": bends, "info": info, "evidence": strings.evidence,
        "sources": strings.sources, "focus": sel.roots, "ended": ended,
    }


def _script_json(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _inline_script(path: Path) -> str:
    """The text of a script file to inline in ``<script>``.

    Raises:
        RuntimeError: the text holds ``</script`` or ``<!--``, which would end the element.
    """
    text = path.read_text(encoding="utf-8")
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise RuntimeError(f"{path} cannot be inlined in a <script> element")
    return text


def _page(data: dict, title: str) -> str:
    """The whole page: ``kg/assets/view.html`` with its style, scripts and ``data`` filled in."""
    parts = {
        "TITLE": xml_escape(title),
        "STYLE": (_ASSETS / "view.css").read_text(encoding="utf-8"),
        "VIS": _inline_script(_VIS_JS),
        "APP": _inline_script(_ASSETS / "view.js"),
        "DATA": _script_json(data),
    }
    template = (_ASSETS / "view.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)
