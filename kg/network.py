"""A Tupu graph as a property graph: networkx, pyvis, GraphML, GEXF, Cytoscape JSON, CSV, Neo4j.

RDF keeps every literal and every evidence node as a node of its own, so a plain RDF →
networkx conversion gives hundreds of nodes that are not entities. Here the graph is read
as a property graph (the reading the HTML view draws, :mod:`kg.view`):

* one node per entity (a subject typed ``kg:Person``, ``kg:Organization``, ``kg:Place``,
  ``kg:Honor`` or ``kg:NewsArticle``), its id the entity IRI, with the attributes of
  :data:`NODE_ATTRIBUTES`;
* one edge per relation statement between two entities (``kg:locatedIn``,
  ``kg:belongsTo``, ``kg:received``, ``kg:reporter``, ``kg:correspondent``,
  ``kg:mentions``), its key the relation's local name, with the attributes of
  :data:`EDGE_ATTRIBUTES`;
* one edge ``conferrer`` from a conferring body to an honour for each pair that the
  evidence nodes of ``kg:received`` statements link (``kg:conferrer``): the body takes part
  in the network (degree, paths, the view) as an entity; since an honour is a concept many
  receivers share, which body conferred it on whom is the ``conferrers`` attribute of each
  ``received`` edge;
* literals (names, aliases, adcode, level, posts) and evidence nodes are folded into those
  attributes; ``org:Membership`` and ``org:Role`` nodes into ``positions`` and ``endedPositions``
  (of a person, and of each ``belongsTo`` edge from a person: the posts held in that unit), and
  ``kg:postStatus`` into a person's ``belongsTo`` edge's ``status`` (``ended``: a former tie).

Several values of one attribute (aliases, subclasses, posts) are joined by
:data:`LIST_SEPARATOR` so that every attribute is a string or an integer, which GraphML,
GEXF, CSV and Neo4j all take. Nodes come sorted by IRI and edges by (source, target,
relation): every file written here is byte-identical for the same graph.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from .atomic import publish
from .errors import OutputError
from .export import NOT_XML, GraphFileError, atomic_write, union_graph
from .namespaces import KG

if TYPE_CHECKING:  # networkx and pyvis are imported when used
    import networkx as nx

#: Export formats of :func:`write_export`: name → what ``path`` is.
EXPORT_FORMATS: dict[str, str] = {
    "graphml": "a .graphml file",
    "gexf": "a .gexf file (GEXF 1.2)",
    "cytoscape": "a .json file (Cytoscape.js elements, networkx.cytoscape_data)",
    "csv": "a folder: nodes.csv and edges.csv",
    "neo4j": "a folder: nodes.csv and relationships.csv for neo4j-admin database import",
}
#: Files that ``kg build --format FMT`` writes beside ``graph.ttl``, per export format, in
#: the order of :func:`export_files`.
BUILD_FILES: dict[str, tuple[str, ...]] = {
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "cytoscape": ("graph.cytoscape.json",),
    "csv": ("nodes.csv", "edges.csv"),
    "neo4j": ("neo4j-nodes.csv", "neo4j-relationships.csv"),
}
#: Node attributes (absent when empty): name → meaning.
NODE_ATTRIBUTES: dict[str, str] = {
    "label": "rdfs:label (the local name of the IRI when there is none)",
    "class": "top class, local name: Person, Organization, Place, Honor or NewsArticle",
    "subclasses": "kg: subclasses (PoliceUnit, AdministrativeDivision, …), joined",
    "aliases": "skos:altLabel values, joined",
    "adcode": "kg:adcode (GB/T 2260) of a place",
    "level": "kg:level of a place (province … village)",
    "positions": "kg:position posts of a person held now, joined (a post the graph holds only ended is in "
                 "endedPositions alone)",
    "articles": "number of articles that mention the entity (kg:mentions), an integer; 1 for an article "
                "node (the article itself)",
    "date": "of an article: dcterms:date, YYYY-MM-DD",
    "url": "of an article: schema:url, the web page it was read from",
    "source": "of an article: dcterms:source, the paper or site, joined",
    "file": "of an article: kg:sourceFile, the input file it was read from",
    "endedPositions": "of a person: the posts the graph holds ended (org:Membership with kg:postStatus \"ended\"), "
                      "each as post（body）, joined",
}
#: Edge attributes: name → meaning.
EDGE_ATTRIBUTES: dict[str, str] = {
    "predicate": "the relation's local name (belongsTo, locatedIn, …); also the edge key",
    "evidence": "number of evidence nodes behind the statement (0 for mentions), an integer",
    "articles": "number of articles that evidence comes from, an integer; 1 for mentions (the article "
                "at its start, which states it without evidence nodes)",
    "conferrers": "of a received edge: IRIs of the bodies its evidence names as conferrer (kg:conferrer), "
                  "joined; absent when none",
    "status": "of a belongsTo edge from a person: \"ended\" when the graph holds the tie ended (a removal or "
              "a former post, kg:postStatus on its evidence, with no later article naming it as held: the "
              "rule of --saved people_posts); absent when current",
    "positions": "of a belongsTo edge from a person: the posts held in that unit now (its org:Membership "
                 "nodes without kg:postStatus), joined; absent when none",
    "endedPositions": "of a belongsTo edge from a person: the posts held in that unit before (org:Membership "
                      "with kg:postStatus \"ended\"), joined; absent when none",
}
#: Joins several values of one attribute.
LIST_SEPARATOR = ";"


def to_networkx(graph: Graph) -> "nx.MultiDiGraph":
    """Read a Tupu graph as a networkx property graph.

    Args:
        graph: a graph or dataset as :func:`kg.build_graph` or :func:`kg.export.load_graph`
            return it (named graphs are read as their union).

    Returns:
        A :class:`networkx.MultiDiGraph`: nodes keyed by entity IRI (``str``) with the
        attributes of :data:`NODE_ATTRIBUTES`; edges ``(source IRI, target IRI, key)``,
        key the relation's local name, with the attributes of :data:`EDGE_ATTRIBUTES`.
        ``G.graph`` holds ``{"name": "tupu"}``.

    Raises:
        ImportError: networkx is not installed.
    """
    import networkx as nx

    from .view import _kinds, _read_model  # the view's reading of entities and relations

    flat = union_graph(graph)
    model = _read_model(flat)
    kinds = _kinds()
    mentions = Counter(o for o in flat.objects(None, KG.mentions))
    evidence, linked = _evidence_counts(flat)
    G = nx.MultiDiGraph(name="tupu")
    for node in model.nodes:
        attrs: dict[str, object] = {"label": node.label, "class": kinds.classes[node.cls].key}
        ties = model.memberships.get(node.iri, ())
        ended = [m.post + (f"（{m.unit_label}）" if m.unit_label else "") for m in ties if m.ended]
        gone = {m.post for m in ties if m.ended} - {m.post for m in ties if not m.ended}
        posts = [p for p in node.posts if p not in gone]  # (a post held only before: endedPositions alone)
        for name, value in (("subclasses", node.sub), ("aliases", node.alt), ("positions", posts),
                            ("endedPositions", ended)):
            if value:
                attrs[name] = LIST_SEPARATOR.join(value)
        for name, value in (("adcode", node.adcode), ("level", node.level)):
            if value:
                attrs[name] = value
        article = attrs["class"] == "NewsArticle"  # (an article is in one article: itself)
        attrs["articles"] = 1 if article else mentions.get(URIRef(node.iri), 0)
        if article:  # where it comes from: filter by time in Gephi, link back to the page from Neo4j
            sources = sorted({str(v) for v in flat.objects(URIRef(node.iri), DCTERMS.source)})
            for name, value in (("date", node.date), ("url", node.url), ("source", LIST_SEPARATOR.join(sources)),
                                ("file", node.file)):
                if value:
                    attrs[name] = value
        G.add_node(node.iri, **attrs)
    for s, t, rel in model.edges:
        source, target, predicate = model.nodes[s].iri, model.nodes[t].iri, kinds.relations[rel].key
        triple = (source, str(KG[predicate]), target)
        found = evidence.get(triple, ())
        extra = {"conferrers": LIST_SEPARATOR.join(sorted(linked[triple]))} if triple in linked else {}
        articles = 1 if predicate == "mentions" else len({article for _, article in found} - {""})
        if predicate == "belongsTo" and source in model.memberships or triple in model.ended:
            extra |= _tie_status(model, triple)
        G.add_edge(source, target, key=predicate, predicate=predicate, evidence=len(found),
                   articles=articles, **extra)
    return G


def _tie_status(model, triple: tuple[str, str, str]) -> dict[str, str]:
    """The ``status``, ``positions`` and ``endedPositions`` attributes of a person's ``belongsTo``
    edge ``triple`` (IRIs as strings), those it has (see :data:`EDGE_ATTRIBUTES`)."""
    person, _, unit = triple
    here = [m for m in model.memberships.get(person, ()) if m.unit == unit]
    out = {"status": "ended"} if triple in model.ended else {}
    for name, posts in (("positions", [m.post for m in here if not m.ended]),
                        ("endedPositions", [m.post for m in here if m.ended])):
        if posts:
            out[name] = LIST_SEPARATOR.join(dict.fromkeys(posts))
    return out


def _evidence_counts(graph: Graph) -> tuple[dict[tuple[str, str, str], set[tuple[str, str]]],
                                             dict[tuple[str, str, str], set[str]]]:
    """``(s, p, o)`` → the set of ``(evidence IRI, article IRI)`` that describe it (for an edge
    of a link on evidence nodes, ``(body, kg:conferrer, honour)``, the evidence nodes that carry
    it), and ``(s, p, o)`` → the entities its evidence nodes link to (the conferring bodies of a
    ``kg:received`` statement)."""
    from .view.model import _links

    found: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    linked: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    links = _links()
    for e, s in graph.subject_objects(RDF.subject):
        p, o = graph.value(e, RDF.predicate), graph.value(e, RDF.object)
        if p is not None and o is not None:
            where = (str(e), str(graph.value(e, PROV.wasDerivedFrom) or ""))
            found[(str(s), str(p), str(o))].add(where)
            for link in links:
                for body in graph.objects(e, link):
                    found[(str(body), str(link), str(o))].add(where)
                    linked[(str(s), str(p), str(o))].add(str(body))
    return found, linked


def to_pyvis(graph: Graph, **network_options):
    """Build a pyvis ``Network`` of a Tupu graph, for notebooks (``net.show("g.html")``).

    Nodes and edges are those of :func:`to_networkx`, coloured and shaped as in the
    built-in view (:mod:`kg.view`), which stays the default HTML of ``kg build`` and
    ``kg view``: it opens offline, lays out large graphs ahead of time and shows evidence.

    Args:
        graph: a Tupu graph or dataset.
        **network_options: passed to ``pyvis.network.Network`` (default
            ``directed=True``, ``cdn_resources="in_line"``).

    Returns:
        A ``pyvis.network.Network``; node ids are entity IRIs, titles list the attributes;
        parallel edges (several relations between two nodes, e.g. an article's ``reporter``
        and ``mentions`` of one person) are curved apart as in the built-in view
        (:func:`kg.view.layout._edge_bends`), so each is seen.

    Raises:
        ImportError: pyvis is not installed (``pip install '.[pyvis]'`` in the Tupu checkout).
    """
    try:
        from pyvis.network import Network
    except ImportError:
        raise ImportError("kg.to_pyvis needs pyvis: pip install '.[pyvis]' in the Tupu checkout") from None
    from .view import _kinds
    from .view.layout import _edge_bends

    kinds = _kinds()
    style = {k.key: k for k in kinds.classes}
    edge_style = {k.key: k for k in kinds.relations}
    G = to_networkx(graph)
    options = {"directed": True, "cdn_resources": "in_line"} | network_options
    net = Network(**options)
    for iri, attrs in G.nodes(data=True):
        kind = style[attrs["class"]]
        title = "\n".join(f"{k}: {v}" for k, v in attrs.items()) + f"\n{iri}"
        net.add_node(iri, label=attrs["label"], title=title, color=kind.color, shape=kind.shape)
    index = {iri: k for k, iri in enumerate(G.nodes)}
    rel_index = {k.key: i for i, k in enumerate(kinds.relations)}
    edges = list(G.edges(keys=True, data=True))
    bends = _edge_bends([(index[s], index[t], rel_index[key]) for s, t, key, _ in edges])
    for (source, target, key, attrs), bend in zip(edges, bends):
        # parallel edges (two relations between the same nodes, or both directions) curve apart
        smooth = {"smooth": {"enabled": True, "type": "curvedCW" if bend > 0 else "curvedCCW",
                             "roundness": abs(bend)}} if bend else {}
        net.add_edge(source, target, title=f"{edge_style[key].zh} {key} (evidence {attrs['evidence']})",
                     color=edge_style[key].color, **smooth)
    return net


# ---------------------------------------------------------------------------- files


def write_export(graph: Graph, fmt: str, path: str | os.PathLike[str], excel: bool = False) -> list[Path]:
    """Write a Tupu graph in a property-graph format (see :func:`to_networkx`).

    Args:
        graph: a Tupu graph or dataset.
        fmt: a key of :data:`EXPORT_FORMATS`.
        path: the file to write, or for ``csv`` and ``neo4j`` the folder (created if
            missing) that gets the two CSV files (UTF-8, header row, ``\\n`` line ends).
        excel: for ``csv``, start each file with the UTF-8 byte-order mark (:data:`EXCEL_BOM`),
            by which Excel on a Chinese Windows opens it as UTF-8, not GBK (``kg export --excel``);
            the rest of the bytes are the same.

    Returns:
        The files written. Each is written atomically, and the two CSV files are switched in
        as one set (:func:`kg.atomic.publish`: a failure or a stop signal leaves both old
        files or both new ones); the same graph gives the same bytes.

    Raises:
        ValueError: ``fmt`` is not a key of :data:`EXPORT_FORMATS`, or ``excel`` with another
            format than ``csv``.
        GraphFileError: a file cannot be written (one line naming it).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError(f"--excel is for --to csv (the files Excel opens), not --to {fmt}")
    G = to_networkx(graph)
    path = Path(path)
    if fmt in ("csv", "neo4j"):
        if path.exists() and not path.is_dir():
            raise GraphFileError(f"{path}: is a file; --to {fmt} writes a folder of CSV files")
        files = _format_files(G, fmt)
        if excel:
            files = {name: EXCEL_BOM + data for name, data in files.items()}

        def write(staging: Path) -> None:
            for name, data in files.items():
                atomic_write(staging / name, data)
        try:  # the CSV files belong together: switched in as one set (never new nodes beside old edges)
            return publish(path, list(files), write, kind=None)  # (both files always written)
        except OutputError as exc:
            raise GraphFileError(str(exc)) from None
        except OSError as exc:
            raise GraphFileError(f"{path}: cannot write: {exc.strerror or exc}") from None
    (data,) = _format_files(G, fmt).values()
    return [_write(path, data)]


def export_files(G: "nx.MultiDiGraph", fmt: str) -> dict[str, bytes]:
    """The files of one export format, named as ``kg build --format FMT`` writes them.

    Args:
        G: the property graph (:func:`to_networkx`), built once for several formats.
        fmt: a key of :data:`EXPORT_FORMATS`.

    Returns:
        ``{file name: bytes}`` with the names of :data:`BUILD_FILES` (``graph.graphml``,
        ``nodes.csv``, ``neo4j-nodes.csv``, …), the same bytes as :func:`write_export` writes.

    Raises:
        ValueError: ``fmt`` is not a key of :data:`EXPORT_FORMATS`.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return dict(zip(BUILD_FILES[fmt], _format_files(G, fmt).values()))


def _format_files(G: "nx.MultiDiGraph", fmt: str) -> dict[str, bytes]:
    """``{name in the export folder (or "" for a one-file format): bytes}`` of one format."""
    if fmt == "csv":
        return _csv_files(G)
    if fmt == "neo4j":
        return _neo4j_files(G)
    return {"": {"graphml": _graphml, "gexf": _gexf, "cytoscape": _cytoscape}[fmt](G)}


def _write(path: Path, data: bytes) -> Path:
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path


def _xml_safe(G: "nx.MultiDiGraph") -> "nx.MultiDiGraph":
    """``G`` with the characters XML 1.0 cannot hold (:data:`kg.export.NOT_XML`) removed from node ids
    and string attributes (a graph file with a control character in a label gave GraphML and
    GEXF that no XML parser reads); ``G`` itself when it has none."""
    import networkx as nx

    def bad(v) -> bool:
        return isinstance(v, str) and NOT_XML.search(v) is not None

    if not any(bad(n) or any(bad(v) for v in d.values()) for n, d in G.nodes(data=True)) and \
            not any(bad(v) for _, _, d in G.edges(data=True) for v in d.values()) and not any(bad(v) for v in G.graph.values()):
        return G

    def clean(v):
        return NOT_XML.sub("", v) if isinstance(v, str) else v

    H = nx.MultiDiGraph(**{k: clean(v) for k, v in G.graph.items()})
    for n, d in G.nodes(data=True):
        H.add_node(clean(n), **{k: clean(v) for k, v in d.items()})
    for a, b, k, d in G.edges(keys=True, data=True):
        H.add_edge(clean(a), clean(b), key=clean(k), **{x: clean(v) for x, v in d.items()})
    return H


def _graphml(G: "nx.MultiDiGraph") -> bytes:
    import networkx as nx

    G = _xml_safe(G)
    return ("\n".join(nx.generate_graphml(G, encoding="utf-8", prettyprint=True)) + "\n").encode("utf-8")


def _gexf(G: "nx.MultiDiGraph") -> bytes:
    from networkx.readwrite.gexf import GEXFWriter

    G = _xml_safe(G)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(G)
    for meta in writer.xml.iter("meta"):  # drop today's date: the same graph gives the same bytes
        meta.attrib.pop("lastmodifieddate", None)
    return str(writer).encode("utf-8")


def _cytoscape(G: "nx.MultiDiGraph") -> bytes:
    import networkx as nx

    data = nx.cytoscape_data(G, name="label", ident="id")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


#: The UTF-8 byte-order mark: at the start of a CSV file, it makes Excel read the file as UTF-8
#: (without it, Excel on a Chinese Windows reads a double-clicked CSV as GBK and garbles the names).
EXCEL_BOM = b"\xef\xbb\xbf"


def _table(header: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _csv_files(G: "nx.MultiDiGraph") -> dict[str, bytes]:
    """``nodes.csv`` (id and every node attribute) and ``edges.csv`` (source, target, attributes)."""
    node_cols = list(NODE_ATTRIBUTES)
    nodes = [[iri] + [attrs.get(c, "") for c in node_cols] for iri, attrs in G.nodes(data=True)]
    edge_cols = list(EDGE_ATTRIBUTES)
    edges = [[s, t] + [attrs.get(c, "") for c in edge_cols] for s, t, attrs in G.edges(data=True)]
    return {"nodes.csv": _table(["id"] + node_cols, nodes),
            "edges.csv": _table(["source", "target"] + edge_cols, edges)}


def _neo4j_files(G: "nx.MultiDiGraph") -> dict[str, bytes]:
    """The header conventions of ``neo4j-admin database import``: ``:ID``, ``:LABEL`` (top
    class and subclasses, ``;``-separated), ``:START_ID``, ``:END_ID``, ``:TYPE``, typed
    properties (``aliases:string[]``, ``source:string[]``, ``conferrers:string[]``, ``positions:string[]``
    and ``endedPositions:string[]`` split at ``;``, a relationship's ``status``,
    counts ``:int``, an article's ``date:date``)."""
    header = ["iri:ID", ":LABEL", "label", "aliases:string[]", "adcode", "level", "positions:string[]",
              "endedPositions:string[]", "articles:int", "date:date", "url", "source:string[]", "file"]
    nodes = []
    for iri, a in G.nodes(data=True):
        labels = LIST_SEPARATOR.join([a["class"]] + ([a["subclasses"]] if a.get("subclasses") else []))
        nodes.append([iri, labels, a["label"], a.get("aliases", ""), a.get("adcode", ""), a.get("level", ""),
                      a.get("positions", ""), a.get("endedPositions", ""), a["articles"], a.get("date", ""),
                      a.get("url", ""), a.get("source", ""), a.get("file", "")])
    rels = [[s, t, a["predicate"], a["evidence"], a["articles"], a.get("conferrers", ""), a.get("status", ""),
             a.get("positions", ""), a.get("endedPositions", "")]
            for s, t, a in G.edges(data=True)]
    return {"nodes.csv": _table(header, nodes),
            "relationships.csv": _table([":START_ID", ":END_ID", ":TYPE", "evidence:int", "articles:int",
                                         "conferrers:string[]", "status", "positions:string[]",
                                         "endedPositions:string[]"], rels)}


__all__ = ["BUILD_FILES", "EDGE_ATTRIBUTES", "EXCEL_BOM", "EXPORT_FORMATS", "LIST_SEPARATOR", "NODE_ATTRIBUTES", "export_files",
           "to_networkx", "to_pyvis", "write_export"]
