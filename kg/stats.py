"""Figures of a Tupu graph (``kg stats``): what it holds and who is central in it.

Read through the property graph of :func:`kg.network.to_networkx` (entities as nodes,
relations as edges, literals and evidence folded in):

* ``classes``: entities per top class and per subclass (``kg:PoliceUnit``, …), articles included;
* ``relations``: statements per relation of the schema (``kg:position`` literals included),
  and ``evidence``: the evidence nodes;
* ``components``: connected components of the *relation graph* — the entities and the
  relations between them, undirected, with articles and ``kg:mentions`` left out (every entity
  of an article would otherwise be one component): their number, the sizes of the largest,
  and how many entities stand alone (a person named only in a byline, say);
* ``organizations`` and ``persons``: the most connected, by degree (distinct neighbours in the
  relation graph) then betweenness centrality (networkx, normalised; exact up to
  :data:`EXACT_BETWEENNESS` nodes, else estimated from a fixed sample of that many sources with
  seed 0, so still deterministic), with the articles that mention each;
* ``agencies``: every agency — an organization that belongs to no other — with the articles
  that mention it or any unit under it (``kg:belongsTo+``) and its number of units.

Every list is sorted (figures descending, then label and IRI) and betweenness is rounded to six
decimals, so the same graph gives byte-identical output in every format.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .export import union_graph
from .namespaces import KG
from .schema import SCHEMA
from .statements import relation_count

#: Output formats of :func:`format_stats`.
STATS_FORMATS = ("table", "csv", "json")
#: Above this many nodes in the relation graph, betweenness is estimated from this many sources.
EXACT_BETWEENNESS = 2000
#: Rows of the most-connected lists by default.
DEFAULT_TOP = 10


def graph_stats(graph: Graph, top: int = DEFAULT_TOP) -> dict:
    """Compute the figures of a Tupu graph (the module docstring says which).

    Args:
        graph: a graph or dataset as :func:`kg.build_graph` or :func:`kg.export.load_graph` give it.
        top: rows of the ``organizations`` and ``persons`` lists (0: all).

    Returns:
        A JSON-ready dict: ``classes`` and ``relations`` (``{name: count}`` in schema order),
        ``evidence`` (int), ``components`` (``{"count", "largest", "isolated"}``, ``largest``
        the sizes of up to ten largest), ``organizations`` and ``persons`` (lists of
        ``{"iri", "label", "degree", "betweenness", "articles"}``), ``agencies`` (list of
        ``{"iri", "label", "articles", "units"}``, every agency).

    Raises:
        ValueError: ``top`` is negative.
    """
    import networkx as nx

    from .network import to_networkx

    if top < 0:
        raise ValueError(f"top must be 0 or more, not {top}")
    flat = union_graph(graph)
    G = to_networkx(flat)
    classes = {}
    for spec in SCHEMA.classes.values():
        if spec.iri_path or spec.parent:  # entity classes and their subclasses (not kg:Evidence)
            classes[spec.name] = len(set(flat.subjects(RDF.type, KG[spec.name])))
    relations = {name: relation_count(flat, name) for name in SCHEMA.relations}

    entities = [n for n, d in G.nodes(data=True) if d["class"] != "NewsArticle"]
    R = nx.Graph()
    R.add_nodes_from(sorted(entities))
    R.add_edges_from(sorted((s, t) for s, t, k in G.edges(keys=True) if k != "mentions" and s in R and t in R and s != t))
    sizes = sorted((len(c) for c in nx.connected_components(R)), reverse=True)
    components = {"count": len(sizes), "largest": sizes[:10], "isolated": sum(1 for n in R if R.degree(n) == 0)}
    if R.number_of_nodes() > EXACT_BETWEENNESS:
        between = nx.betweenness_centrality(R, k=EXACT_BETWEENNESS, seed=0)
    else:
        between = nx.betweenness_centrality(R)

    def ranked(cls: str) -> list[dict]:
        rows = [{"iri": n, "label": G.nodes[n]["label"], "degree": R.degree(n),
                 "betweenness": round(between.get(n, 0.0), 6), "articles": G.nodes[n]["articles"]}
                for n in R if G.nodes[n]["class"] == cls]
        rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"], r["iri"]))
        return rows[:top] if top else rows

    return {"classes": classes, "relations": relations,
            "evidence": len(set(flat.subjects(RDF.type, KG.Evidence))),
            "components": components, "organizations": ranked("Organization"), "persons": ranked("Person"),
            "agencies": _agencies(flat, G)}


def _agencies(flat: Graph, G) -> list[dict]:
    """Every organization that belongs to no other, with the articles of it and its units."""
    orgs = {n for n, d in G.nodes(data=True) if d["class"] == "Organization"}
    children: dict[str, set[str]] = defaultdict(set)
    has_parent = set()
    for s, o in flat.subject_objects(KG.belongsTo):
        if str(s) in orgs and str(o) in orgs and s != o:
            children[str(o)].add(str(s))
            has_parent.add(str(s))
    rows = []
    for agency in sorted(orgs - has_parent):
        units, todo = set(), [agency]
        while todo:  # kg:belongsTo+ downwards, each unit once (a cycle ends)
            for child in children[todo.pop()] - units - {agency}:
                units.add(child)
                todo.append(child)
        articles = {a for n in units | {agency} for a in flat.subjects(KG.mentions, URIRef(n))}
        rows.append({"iri": agency, "label": G.nodes[agency]["label"], "articles": len(articles), "units": len(units)})
    rows.sort(key=lambda r: (-r["articles"], -r["units"], r["label"], r["iri"]))
    return rows


def format_stats(stats: dict, fmt: str = "table") -> str:
    """Write the figures of :func:`graph_stats` as text.

    Args:
        stats: from :func:`graph_stats`.
        fmt: ``table`` (aligned sections for a terminal, CJK counted two columns), ``csv``
            (one tidy table: ``section,key,label,metric,value``, for pandas) or ``json``.

    Returns:
        The text, ending with a line break.

    Raises:
        ValueError: an unknown format.
    """
    if fmt == "json":
        return json.dumps(stats, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["section", "key", "label", "metric", "value"])
        writer.writerows(_tidy(stats))
        return out.getvalue()
    if fmt == "table":
        return _table_text(stats)
    raise ValueError(f"unknown stats format {fmt!r}; choose one of {', '.join(STATS_FORMATS)}")


def _tidy(stats: dict) -> list[list[object]]:
    rows: list[list[object]] = []
    rows += [["classes", name, "", "count", n] for name, n in stats["classes"].items()]
    rows += [["relations", name, "", "count", n] for name, n in stats["relations"].items()]
    rows.append(["evidence", "Evidence", "", "count", stats["evidence"]])
    comp = stats["components"]
    rows += [["components", "", "", "count", comp["count"]], ["components", "", "", "isolated", comp["isolated"]]]
    rows += [["components", str(i), "", "size", size] for i, size in enumerate(comp["largest"], 1)]
    for section, metrics in (("organizations", ("degree", "betweenness", "articles")),
                             ("persons", ("degree", "betweenness", "articles")), ("agencies", ("articles", "units"))):
        rows += [[section, r["iri"], r["label"], m, r[m]] for r in stats[section] for m in metrics]
    return rows


def _table_text(stats: dict) -> str:
    from .query import _table

    comp = stats["components"]
    parts = [
        "classes\n" + _table(["class", "entities"], [(k, str(v)) for k, v in stats["classes"].items()]),
        "relations\n" + _table(["relation", "statements"], [(k, str(v)) for k, v in stats["relations"].items()]
                               + [("(evidence nodes)", str(stats["evidence"]))]),
        "components (entities and their relations; articles and mentions left out)\n"
        f"{comp['count']} components, largest {', '.join(map(str, comp['largest'])) or '–'}; "
        f"{comp['isolated']} entities stand alone\n",
    ]
    for section, title in (("organizations", "most connected organizations"), ("persons", "most connected persons")):
        rows = [(r["label"], str(r["degree"]), f"{r['betweenness']:.6f}", str(r["articles"])) for r in stats[section]]
        parts.append(f"{title}\n" + _table([section[:-1], "degree", "betweenness", "articles"], rows))
    rows = [(r["label"], str(r["articles"]), str(r["units"])) for r in stats["agencies"]]
    parts.append("articles per agency (the agency or any unit under it)\n"
                 + _table(["agency", "articles", "units"], rows))
    return "\n".join(parts)


__all__ = ["DEFAULT_TOP", "EXACT_BETWEENNESS", "STATS_FORMATS", "format_stats", "graph_stats"]
