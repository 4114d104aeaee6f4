"""Tupu graphs in Jupyter: the result of :func:`kg.build_graph` shows the HTML view inline.

:class:`TupuGraph` is an ``rdflib.Graph`` (everything rdflib does works on it unchanged) whose
``_repr_html_`` is the view of ``kg view`` in an ``<iframe srcdoc>``: the page is
self-contained (scripts and data inlined), so it shows offline and its scripts and styles stay
inside the frame. ``g.show(focus=…, depth=…)`` draws a neighbourhood; the object it returns
has the page as ``.html`` and ``.save(path)``.
"""
from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .atomic import atomic_write

#: Height of the inline view, in CSS pixels.
DEFAULT_HEIGHT = 600


@dataclass(frozen=True)
class GraphView:
    """The HTML view of a graph, shown inline by Jupyter.

    Attributes:
        html: the whole self-contained page (as ``kg view -o g.html`` writes it).
        nodes: nodes drawn; edges: edges drawn; dropped: nodes left out by ``max_nodes``.
        height: height of the inline frame, in CSS pixels.
    """

    html: str
    nodes: int
    edges: int
    dropped: int
    height: int = DEFAULT_HEIGHT

    def _repr_html_(self) -> str:
        """An ``<iframe>`` holding the page in ``srcdoc`` (escaped), scripts allowed inside it."""
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" style="width:100%;height:{self.height}px;'
                f'border:1px solid #ddd" sandbox="allow-scripts allow-popups" title="Tupu graph view"></iframe>')

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (UTF-8, atomically); returns the path.

        Raises:
            OSError: the file cannot be written.
        """
        atomic_write(path, self.html)
        return Path(path)


class TupuGraph(Graph):
    """An ``rdflib.Graph`` of a Tupu build that Jupyter shows as the interactive view.

    Built by :func:`kg.build_graph`; :meth:`of` wraps any graph without copying it.
    """

    @classmethod
    def of(cls, graph: Graph) -> "TupuGraph":
        """The same graph (same store, identifier and prefixes, nothing copied) as a TupuGraph.

        Args:
            graph: a plain ``rdflib.Graph`` (not a dataset).

        Returns:
            ``graph`` itself when it is a TupuGraph already, else a view of its store.
        """
        if isinstance(graph, cls):
            return graph
        return cls(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)

    def show(self, *, focus: str | None = None, depth: int = 2, max_nodes: int | None = None,
             title: str = "Tupu 图谱", height: int = DEFAULT_HEIGHT) -> GraphView:
        """The view of this graph, or of the neighbourhood of one entity.

        Args:
            focus, depth, max_nodes, title: as for :func:`kg.view.render_html`.
            height: height of the inline frame, in CSS pixels.

        Returns:
            A :class:`GraphView` (Jupyter shows it inline).

        Raises:
            ValueError: ``focus`` names no entity, or ``depth``/``max_nodes`` out of range.
        """
        from .view import html_page

        page, stats = html_page(self, title=title, focus=focus, depth=depth, max_nodes=max_nodes)
        return GraphView(page, stats.nodes, stats.edges, stats.dropped, height)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the whole view (:meth:`show` with its defaults), inline."""
        return self.show()._repr_html_()


__all__ = ["DEFAULT_HEIGHT", "GraphView", "TupuGraph"]
