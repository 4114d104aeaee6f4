"""SPARQL text → rows of plain strings (or a boolean, or a graph), and those rows → table / CSV / JSON.

Also the saved query library (``kg/queries/*.rq``) and :func:`find_entity`, the name lookup
that ignores language tags. Queries over a :class:`rdflib.Dataset` see the union of its
named graphs (bug case 8); every prefix of :data:`kg.namespaces.PREFIXES` is pre-bound.
"""
from __future__ import annotations

import csv
import logging
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib.resources import files

from pyparsing import ParseException
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate

from .export import quiet_rdflib_deprecations, union_triples, union_view
from .namespaces import PREFIXES

#: Output formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "json")
#: Column names of the rows of a CONSTRUCT or DESCRIBE result.
TRIPLE_VARS = ["subject", "predicate", "object"]
#: pyparsing's position suffix, replaced by our own "line L, column C".
_POSITION = re.compile(r"\s*\(at char \d+\),\s*\(line:\d+, col:\d+\)\s*$")
#: Package directory of the saved queries.
_QUERY_DIR = "queries"


class QuerySyntaxError(ValueError):
    """A SPARQL query that cannot be parsed; the message is one line, with line and column."""


class QueryEvaluationError(ValueError):
    """The query parsed but its evaluation failed (bad regex, arithmetic on IRIs, …)."""


@dataclass
class QueryResult:
    """The outcome of :func:`run_query`.

    Attributes:
        kind: ``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"`` or ``"DESCRIBE"``.
        vars: column names, without ``?``; :data:`TRIPLE_VARS` for CONSTRUCT/DESCRIBE,
            empty for ASK.
        rows: one tuple per solution, each value the plain string of the term
            (``str()``: an IRI, or a literal's lexical form without language tag or
            datatype) or ``None`` where the variable is unbound. For CONSTRUCT/DESCRIBE
            the triples of :attr:`graph`, sorted.
        boolean: the answer of an ASK query, else ``None``.
        graph: the graph built by a CONSTRUCT/DESCRIBE query, else ``None``.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def run_query(graph: Graph, sparql: str) -> QueryResult:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) on a graph.

    The prefixes ``kg:``, ``kgid:``, ``rdf:``, ``rdfs:``, ``skos:``, ``prov:``, ``org:``,
    ``schema:``, ``dcterms:`` and ``xsd:`` (:data:`kg.namespaces.PREFIXES`) need no
    ``PREFIX`` line; a query's own ``PREFIX`` lines win over them.

    Args:
        graph: a plain graph, or a :class:`rdflib.Dataset`, whose default graph is then the
            union of all its named graphs (``GRAPH ?g { … }`` still names one).
        sparql: the query text.

    Returns:
        A :class:`QueryResult` of plain strings.

    Raises:
        QuerySyntaxError: the text is not a valid SPARQL query (an update such as
            ``INSERT DATA`` included: querying never changes the graph).
    """
    if not sparql.strip():
        raise QuerySyntaxError("the query is empty")
    _refuse_remote(sparql)
    prepared = _prepare(sparql)
    logger = logging.getLogger("rdflib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # rdflib logs a traceback for each ill-typed literal
    try:
        with quiet_rdflib_deprecations():
            return _evaluate(union_view(graph), prepared)
    except (QuerySyntaxError, KeyboardInterrupt):
        raise
    except Exception as exc:  # rdflib raises re.error, AttributeError, … from inside evaluation
        raise QueryEvaluationError(f"SPARQL evaluation failed: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}") from None
    finally:
        logger.setLevel(level)


def _evaluate(graph: Graph, prepared) -> QueryResult:
    result = graph.query(prepared)
    if result.type == "ASK":
        return QueryResult(kind="ASK", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        built = result.graph
        rows = sorted(tuple(str(term) for term in triple) for triple in built)
        return QueryResult(kind=result.type, vars=list(TRIPLE_VARS), rows=rows, graph=built)
    variables = sorted(result.vars or [], key=lambda v: _first_use(prepared, str(v)))
    rows = [tuple(None if row[v] is None else str(row[v]) for v in variables) for row in result]
    return QueryResult(kind="SELECT", vars=[str(v) for v in variables], rows=rows)


_REMOTE = re.compile(r"\b(SERVICE|FROM)\b", re.IGNORECASE)
_STRINGS_AND_IRIS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^<>\s]*>|#[^\n]*')


def _refuse_remote(sparql: str) -> None:
    """Queries read only the given graph: SERVICE (remote endpoints) and FROM (loading other
    documents, local files included) are refused before anything is fetched."""
    # rdflib expands \uXXXX / \UXXXXXXXX escapes anywhere in a query before parsing it, so the
    # check reads the query as the parser will (SERVIC\u0045 is SERVICE)
    sparql = re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                    lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16) < 0x110000
                    else m.group(0), sparql)
    bare = _STRINGS_AND_IRIS.sub(" ", sparql)
    m = _REMOTE.search(bare)
    if m:
        raise QuerySyntaxError(f"{m.group(1).upper()} is not allowed: kg query reads only the graph file it is given")


def _first_use(prepared, name: str) -> int:
    """Where ``?name`` first occurs in the query text (``SELECT *`` columns in written order)."""
    text = getattr(prepared, "_kg_text", "")
    m = re.search(r"[?$]" + re.escape(name) + r"\b", text)
    return m.start() if m else len(text)


def _prepare(sparql: str):
    """Parse and translate ``sparql`` with the project prefixes bound, or raise QuerySyntaxError."""
    try:
        prepared = prepareQuery(sparql, initNs=PREFIXES)
        prepared._kg_text = sparql
        return prepared
    except ParseException as exc:
        if _is_update(sparql):
            raise QuerySyntaxError("SPARQL updates (INSERT, DELETE, LOAD, …) are not allowed: queries are read-only") from None
        message = " ".join(_POSITION.sub("", str(exc)).split())
        raise QuerySyntaxError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {message}") from None
    except Exception as exc:  # rdflib's algebra step raises bare Exceptions (e.g. unknown prefix)
        raise QuerySyntaxError(f"SPARQL error: {' '.join(str(exc).split())}") from None


def _is_update(sparql: str) -> bool:
    """True when ``sparql`` parses as a SPARQL Update request."""
    try:
        parseUpdate(sparql)
    except Exception:
        return False
    return True


# ---------------------------------------------------------------------------- names


def find_entity(graph: Graph, name: str) -> list[URIRef]:
    """Find the nodes named ``name``, whatever the language tag of their names.

    ``"张晓峰"`` finds a node labelled ``"张晓峰"@zh``: names are compared by their plain
    string (``str()``), never as RDF terms, which would tell ``"张晓峰"`` and
    ``"张晓峰"@zh`` apart (bug case 7).

    Args:
        graph: a plain graph or a dataset (all its named graphs are searched).
        name: the name to look for; surrounding whitespace is ignored.

    Returns:
        The IRIs whose ``rdfs:label`` equals ``name``, sorted, then those whose
        ``skos:altLabel`` does (and whose label does not); empty if none.
    """
    wanted = name.strip()
    found: dict[URIRef, None] = {}
    for predicate in (RDFS.label, SKOS.altLabel):
        matches = {
            subject
            for subject, _, value in union_triples(graph, (None, predicate, None))
            if isinstance(subject, URIRef) and isinstance(value, Literal) and str(value) == wanted
        }
        found.update(dict.fromkeys(sorted(matches)))
    return list(found)


# ---------------------------------------------------------------------------- output


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a query result as text.

    Args:
        result: what :func:`run_query` returned.
        fmt: ``"table"``: columns aligned for a terminal, CJK characters counted as two
            columns (``unicodedata.east_asian_width``), line breaks inside values shown
            as ``\\n``; ``"csv"``: RFC 4180 with a header row; ``"json"``: a list of
            objects, one per row, ``{variable: value or null}`` (a simple list of dicts,
            not the SPARQL 1.1 JSON results format).
            An ASK result renders as ``true``/``false`` (CSV: under a ``boolean`` header).

    Returns:
        The text, ending with a newline.

    Raises:
        ValueError: ``fmt`` is not one of :data:`RESULT_FORMATS`.
    """
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if result.boolean is not None:
        answer = "true" if result.boolean else "false"
        return f"boolean\n{answer}\n" if fmt == "csv" else answer + "\n"
    if fmt == "json":
        records = [dict(zip(result.vars, row)) for row in result.rows]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(result.vars)
        writer.writerows(["" if value is None else value for value in row] for row in result.rows)
        return out.getvalue()
    return _table(result.vars, result.rows)


def _table(header: list[str], rows: list[tuple[str | None, ...]]) -> str:
    """Align ``rows`` under ``header`` in columns two spaces apart, a dash rule below the header."""
    cells = [list(header)] + [[_visible(value) for value in row] for row in rows]
    widths = [max((display_width(line[i]) for line in cells), default=0) for i in range(len(header))]
    rule = ["-" * width for width in widths]
    lines = []
    for line in [cells[0], rule, *cells[1:]]:
        padded = (cell + " " * (width - display_width(cell)) for cell, width in zip(line, widths))
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


def _visible(value: str | None) -> str:
    """A cell on one line: ``None`` → empty, control characters → backslash escapes."""
    if value is None:
        return ""
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def display_width(text: str) -> int:
    """Count the terminal columns ``text`` takes.

    Args:
        text: one line of text.

    Returns:
        2 for each wide or full-width character (CJK ideographs, full-width punctuation:
        ``unicodedata.east_asian_width`` ``W``/``F``), 0 for combining marks and format
        characters (zero-width space, …), 1 for the rest.
    """
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


# ---------------------------------------------------------------------------- saved queries


def saved_queries() -> dict[str, str]:
    """Load the saved query library shipped in the package (``kg/queries/*.rq``).

    Returns:
        ``{name: query text}``, names being file stems (``"evidence"``, …), sorted.
    """
    folder = files(__package__).joinpath(_QUERY_DIR)
    texts = {
        entry.name[: -len(".rq")]: entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    }
    return dict(sorted(texts.items()))


def saved_query(name: str) -> str:
    """Return the text of one saved query.

    Args:
        name: a file stem of ``kg/queries/``, e.g. ``"officers_in_province"``.

    Returns:
        The SPARQL text.

    Raises:
        ValueError: no saved query has that name (the message lists those that exist).
    """
    library = saved_queries()
    try:
        return library[name]
    except KeyError:
        raise ValueError(f"no saved query {name!r}; saved queries: {', '.join(library)}") from None


__all__ = [
    "QueryResult",
    "QuerySyntaxError",
    "RESULT_FORMATS",
    "display_width",
    "find_entity",
    "format_result",
    "run_query",
    "saved_queries",
    "saved_query",
]
