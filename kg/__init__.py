"""Tupu (图谱): Chinese public-security and legal news → an RDF knowledge graph.

Stages (one module each, data flowing one way): :mod:`kg.ingest` → :mod:`kg.nlp` →
:mod:`kg.extract` → :mod:`kg.resolve` → :mod:`kg.graph` → :mod:`kg.export` / :mod:`kg.view`;
:mod:`kg.query` runs SPARQL. Typical use::

    import kg
    g = kg.build_graph(["page.txt"])          # rdflib.Graph
    print(g.serialize(format="turtle"))
    print(kg.format_result(kg.run_query(g, "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")))
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build_graph", "build", "run", "run_query", "run_saved", "format_result", "to_networkx", "to_pyvis",
           "__version__"]


def __getattr__(name: str):  # lazy: importing kg stays cheap and side-effect free
    if name in ("build_graph", "build", "run"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("run_query", "run_saved", "format_result"):
        from . import query

        return getattr(query, name)
    if name in ("to_networkx", "to_pyvis"):
        from . import network

        return getattr(network, name)
    raise AttributeError(name)
