"""SPARQL text → rows (or a boolean, or a graph), and those rows → table, W3C results or RDF.

Also the saved query library (``kg/queries/*.rq``, templates with named parameters) and
:func:`find_entity`, the name lookup that ignores language tags. Queries over a
:class:`rdflib.Dataset` see the union of its named graphs (bug case 8); every prefix of
:data:`QUERY_PREFIXES` is pre-bound, and no other (rdflib's own default bindings are not).

Queries read only the graph they are given (:mod:`kg.sandbox`): ``FROM``/``FROM NAMED`` are
refused from the parsed query, ``SERVICE`` by an rdflib evaluation hook, and any network
request made while a query runs is refused by an audit hook. Each query has a time limit
and a row limit (:data:`DEFAULT_TIMEOUT`, :data:`DEFAULT_MAX_ROWS`).
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
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.term import _is_valid_uri
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS
from rdflib.paths import Path
from rdflib.plugins.sparql.algebra import traverse, translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.results.jsonresults import termToJSON
from rdflib.query import Result

from .export import NOT_XML, quiet_rdflib_deprecations, to_bytes, union_triples, union_view
from .namespaces import PREFIXES, minted_local, readable_local
from .nlp import HAN
from .sandbox import QueryLimitError, QueryRefusedError, deadline, sealed

#: Output formats of :func:`format_result` for rows (SELECT, ASK): an aligned table, or
#: the W3C SPARQL 1.1 Query Results formats (CSV, TSV, JSON, XML).
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
#: Output formats for the graph of a CONSTRUCT or DESCRIBE query (``table`` means Turtle).
GRAPH_FORMATS = ("turtle", "nt", "jsonld")
#: Column names of the rows of a CONSTRUCT or DESCRIBE result.
TRIPLE_VARS = ["subject", "predicate", "object"]
#: Seconds a query may run (``kg query --timeout``); ``None`` or 0: no limit.
DEFAULT_TIMEOUT = 60.0
#: Rows (or triples) a query may give (``kg query --max-rows``); ``None`` or 0: no limit.
DEFAULT_MAX_ROWS = 100_000
#: Prefixes a query may use without a ``PREFIX`` line, on a graph file (rdflib) and on a store
#: (Oxigraph) alike: the project's (:data:`kg.namespaces.PREFIXES`: kg, kgid, rdf, rdfs, skos, prov,
#: org, schema, dcterms, xsd) and the standard owl and foaf. Any other prefix must be declared:
#: rdflib took its own default bindings (foaf:, owl:, …) where Oxigraph refused them.
QUERY_PREFIXES = {**PREFIXES, "owl": OWL, "foaf": FOAF}
#: The refusal of a ``GRAPH`` pattern on a graph without named graphs (a graph file of triples).
NO_NAMED_GRAPHS = ("GRAPH patterns need named graphs: query the store (kg build --store DIR, then kg query DIR) "
                   "or a .trig file (kg build --format trig)")
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
        terms: the same rows as RDF terms (:class:`rdflib.URIRef`, :class:`rdflib.Literal`
            with its language tag or datatype, :class:`rdflib.BNode`, or ``None``), which
            the W3C formats write; when left empty (a result built by hand) the plain
            strings of :attr:`rows` are written as plain literals.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    terms: list[tuple] = field(default_factory=list)

    def __iter__(self):
        """Iterate over :attr:`rows`, one tuple of plain strings (or ``None``) per solution:
        ``for name, unit in run_query(g, "SELECT ?name ?unit WHERE { … }"): …``. An ASK result
        has no rows (its answer is :attr:`boolean`)."""
        return iter(self.rows)


def one_line_end(sparql: str) -> str:
    """``sparql`` with every line end made ``\\n``: rdflib ends a ``#`` comment at ``\\n`` only,
    Oxigraph at ``\\r`` too, so a ``SERVICE`` after ``# …\\r`` would pass rdflib's check and then
    run in Oxigraph. Every query is checked and run as this one text."""
    return sparql.replace("\r\n", "\n").replace("\r", "\n")


def run_query(graph: Graph, sparql: str, params: dict[str, str] | None = None, *,
              timeout: float | None = DEFAULT_TIMEOUT, max_rows: int | None = DEFAULT_MAX_ROWS) -> QueryResult:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) on a graph, reading nothing else.

    The prefixes ``kg:``, ``kgid:``, ``rdf:``, ``rdfs:``, ``skos:``, ``prov:``, ``org:``,
    ``schema:``, ``dcterms:``, ``xsd:``, ``owl:`` and ``foaf:`` (:data:`QUERY_PREFIXES`) need no
    ``PREFIX`` line; a query's own ``PREFIX`` lines win over them, and any other prefix must be
    declared (a syntax error naming it). Entity IRIs are plain
    prefixed names (``kgid:org-台州市公安局``); a name written with the standard
    ``PN_LOCAL_ESC`` escapes (``kgid:org-a\\.b``) loses its backslashes, which rdflib would
    otherwise keep in the IRI (rdflib issue #1871). A syntax error on a name in the IRI
    form of older builds (``kgid:org/…``) says so.

    Args:
        graph: a plain graph, or a :class:`rdflib.Dataset`, whose default graph is then the
            union of all its named graphs (``GRAPH ?g { … }`` still names one).
        sparql: the query text.
        params: ``{variable name: value}``: each variable (without ``?``) the query uses is
            bound to the value as a plain string literal, by a ``VALUES`` row put first in the
            top-level group of the WHERE clause in the parsed query (never pasted into the
            text), as ``kg query --param name=value`` does; a query with no such group (a
            subquery as its whole WHERE clause) is refused when given one.
        timeout: seconds the evaluation may take (``None``/0: no limit).
        max_rows: most rows (CONSTRUCT: triples) the result may have (``None``/0: no limit).

    Returns:
        A :class:`QueryResult`.

    Raises:
        QuerySyntaxError: the text is not a valid SPARQL query (an update such as
            ``INSERT DATA`` included: querying never changes the graph).
        QueryRefusedError: the query names another source: ``FROM``, ``FROM NAMED`` or
            ``SERVICE`` (or its evaluation tried to reach the network).
        QueryLimitError: the time or row limit was reached.
        QueryEvaluationError: the evaluation failed.
    """
    if not sparql.strip():
        raise QuerySyntaxError("the query is empty")
    sparql = minted_names(one_line_end(sparql))
    prepared = _prepare(sparql, params)
    check_sources(prepared)
    logger = logging.getLogger("rdflib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # rdflib logs a traceback for each ill-typed literal
    try:
        with quiet_rdflib_deprecations(), sealed(), deadline(timeout):
            return _evaluate(union_view(graph), prepared, max_rows or None)
    except (QuerySyntaxError, QueryRefusedError, QueryLimitError, KeyboardInterrupt, MemoryError):
        raise  # (MemoryError: a query worker's memory limit, kg.workers, names it)
    except Exception as exc:  # rdflib raises re.error, AttributeError, … from inside evaluation
        if "requiring a dataset" in str(exc):  # rdflib on a plain graph asked for GRAPH ?g {…}
            raise QueryRefusedError(NO_NAMED_GRAPHS) from None
        raise QueryEvaluationError(f"SPARQL evaluation failed: {type(exc).__name__}: {clip(str(exc))}") from None
    finally:
        logger.setLevel(level)


def check_sources(prepared) -> None:
    """Refuse a prepared query (:func:`prepare`) that names another source than the graph.

    Raises:
        QueryRefusedError: ``FROM``/``FROM NAMED`` or ``SERVICE`` anywhere in the query
            (refused up front, whatever the data; an rdflib hook also guards evaluation).
    """
    if prepared.algebra.get("datasetClause"):
        raise QueryRefusedError("FROM is not allowed: kg query reads only the graph file it is given")
    if _has_service(prepared.algebra):
        raise QueryRefusedError("SERVICE is not allowed: kg query reads only the graph file it is given")


def _evaluate(graph: Graph, prepared, max_rows: int | None) -> QueryResult:
    result = graph.query(prepared)
    if result.type == "ASK":
        return QueryResult(kind="ASK", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        built = _legal_triples(result.graph)
        _check_rows(len(built), max_rows)
        terms = sorted(built, key=lambda triple: tuple(str(term) for term in triple))
        rows = [tuple(str(term) for term in triple) for triple in terms]
        return QueryResult(kind=result.type, vars=list(TRIPLE_VARS), rows=rows, graph=built, terms=terms)
    variables = sorted(result.vars or [], key=lambda v: _first_use(prepared, str(v)))
    terms = []
    for row in result:
        terms.append(tuple(row[v] for v in variables))
        _check_rows(len(terms), max_rows)
    rows = [tuple(None if term is None else str(term) for term in row) for row in terms]
    return QueryResult(kind="SELECT", vars=[str(v) for v in variables], rows=rows, terms=terms)


def _legal_triples(built: Graph) -> Graph:
    """The triples of a CONSTRUCT's graph that are RDF: SPARQL 1.1 (16.2) leaves out a template's
    instance with "an illegal RDF construct, such as a literal in subject or predicate position";
    rdflib keeps them, and IRIs no syntax can write (``IRI("http://ex/a b>c")``, which an engine
    that follows the standard never makes), so writing the result failed with a traceback."""
    def legal(s, p, o) -> bool:
        return isinstance(s, (URIRef, BNode)) and isinstance(p, URIRef) and \
            all(_is_valid_uri(str(t)) for t in (s, p, o) if isinstance(t, URIRef))

    if all(legal(*t) for t in built):
        return built
    kept = Graph(namespace_manager=built.namespace_manager)
    for t in built:
        if legal(*t):
            kept.add(t)
    return kept


def _has_service(algebra) -> bool:
    """True when the translated query holds a SERVICE pattern anywhere (EXISTS included)."""
    found = []
    traverse(algebra, visitPre=lambda node: found.append(1) if isinstance(node, CompValue)
             and node.name == "ServiceGraphPattern" else None)
    return bool(found)


def has_graph_pattern(algebra) -> bool:
    """True when a translated query (``prepared.algebra``) holds a ``GRAPH`` pattern anywhere
    (inside ``EXISTS`` too, where rdflib leaves it untranslated)."""
    found = []
    traverse(algebra, visitPre=lambda node: found.append(1) if isinstance(node, CompValue)
             and node.name in ("Graph", "GraphGraphPattern") else None)
    return bool(found)


def _check_rows(count: int, max_rows: int | None) -> None:
    if max_rows and count > max_rows:
        raise QueryLimitError(f"the query gives more than {max_rows} rows (the row limit; raise it with --max-rows)")


def _first_use(prepared, name: str) -> int:
    """Where ``?name`` first occurs in the query text (``SELECT *`` columns in written order)."""
    text = getattr(prepared, "_kg_text", "")
    m = re.search(r"[?$]" + re.escape(name) + r"\b", text)
    return m.start() if m else len(text)


#: A string, an IRI or a comment (skipped), or a ``kgid:`` name in the IRI form of builds
#: before the ``-`` separator (``kgid:org/…``), which a syntax error then points to.
_OLD_KGID = re.compile(r'(?P<skip>"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*)'
                       r"|(?<![\w:])(?P<name>kgid:[a-z]+)\\?/")
#: PN_LOCAL_ESC of SPARQL 1.1: a backslash before one of these stands for the character.
_PN_LOCAL_ESC = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")


def _old_kgid_name(sparql: str) -> str | None:
    """The first ``kgid:<kind>/`` outside strings, IRIs and comments (the old IRI form), or None."""
    return next((m.group("name") for m in _OLD_KGID.finditer(sparql) if m.group("name")), None)


def _unescape_local_name(node):
    """Parse-tree visitor: drop the backslash of PN_LOCAL escapes in prefixed names (rdflib #1871)."""
    if isinstance(node, CompValue) and node.name == "pname" and "\\" in (node.get("localname") or ""):
        node["localname"] = _PN_LOCAL_ESC.sub(r"\1", node["localname"])
    return None


def _parse(sparql: str):
    """The rdflib parse tree of ``sparql`` (PN_LOCAL escapes undone); raises pyparsing's ParseException."""
    return traverse(parseQuery(sparql), visitPost=_unescape_local_name)


def _check_prefixes(tree) -> None:
    """Refuse a prefixed name whose prefix the query neither declares nor finds in
    :data:`QUERY_PREFIXES`, naming it (rdflib's own message was a bare "Unknown namespace
    prefix", and rdflib accepted prefixes of its default bindings that Oxigraph refuses).

    Raises:
        QuerySyntaxError: ``unknown prefix foaf: in the query (declare it with PREFIX foaf: <…>)``.
    """
    declared = {dict(d).get("prefix") or "" for d in tree[0] if getattr(d, "name", None) == "PrefixDecl"}
    used: list[str] = []
    traverse(tree, visitPre=lambda node: used.append(dict(node).get("prefix") or "")
             if isinstance(node, CompValue) and node.name == "pname" else None)
    for prefix in used:
        if prefix not in declared and prefix not in QUERY_PREFIXES:
            raise QuerySyntaxError(f"unknown prefix {prefix}: in the query (declare it with PREFIX {prefix}: <…>)")


def clip(text: str, limit: int = 200) -> str:
    """``text`` on one line (runs of whitespace made one space), cut to about ``limit``
    characters at a space outside quotes and ended with `` …`` when longer: never inside a
    quoted token (``'\\u{10FFFF}'``, ``' '``) of a parser's list of what it expected.

    Args:
        text: a message (an engine's syntax or evaluation error).
        limit: characters kept at most, besides the `` …``.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = 0
    for m in re.finditer(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|[^\s'\"]+|\s+|['\"]", text):
        if m.end() > limit:
            break
        if m.group().isspace():
            cut = m.start()
    return text[:cut].rstrip(" ,;:|[(") + " …"


def _prepare(sparql: str, params: dict[str, str] | None = None):
    """Parse and translate ``sparql`` with :data:`QUERY_PREFIXES` bound (any other prefix must be
    declared: :func:`_check_prefixes`) and ``params`` bound at the start of its WHERE clause
    (:func:`_bind_in_tree`), or raise QuerySyntaxError."""
    try:
        tree = _parse(sparql)
        _check_prefixes(tree)
        _bind_in_tree(tree, params)
        prepared = translateQuery(tree, initNs=QUERY_PREFIXES)
        prepared._kg_text = sparql
        _construct_where_template(prepared.algebra)
        return prepared
    except QuerySyntaxError:
        raise
    except ParseException as exc:
        if _is_update(sparql):
            raise QuerySyntaxError("SPARQL updates (INSERT, DELETE, LOAD, …) are not allowed: queries are read-only") from None
        message = _plain_expectation(" ".join(_POSITION.sub("", str(exc)).split())) + _unclosed(sparql)
        old = _old_kgid_name(sparql)
        hint = (f" (entity IRIs have no '/' after kgid: since this version: write {old}-… for {old}/…)"
                if old else "")
        raise QuerySyntaxError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {message}{hint}") from None
    except Exception as exc:  # rdflib's algebra step raises bare Exceptions (e.g. unknown prefix)
        raise QuerySyntaxError(f"SPARQL error: {' '.join(str(exc).split())}") from None


#: pyparsing's "Expected <grammar rule>, found X" when the rule is a whole query form or the end of
#: the text: it names where the parser gave up, not what was missing.
_RULE_EXPECTED = re.compile(r"^Expected (?:\{?(?:SelectQuery|ConstructQuery|DescribeQuery|AskQuery)\b[^,]*|end of text), "
                            r"found (.+)$")
#: Tokens skipped by :func:`_unclosed`: strings, IRIs, comments; and the brackets it counts.
_BRACKET_TOKENS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                             r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*'
                             r'|(?P<quote>["\'])|(?P<bracket>[{}()\[\]])')
_CLOSING = {"{": "}", "(": ")", "[": "]"}


def _plain_expectation(message: str) -> str:
    """pyparsing's ``Expected SelectQuery, found '?'`` (a grammar rule's name, where the parser
    gave up) as ``unexpected '?'``; ``… found end of text`` as ``unexpected end of the query``;
    any other message as it is."""
    m = _RULE_EXPECTED.match(message)
    if not m:
        return message
    found = "end of the query" if m.group(1) == "end of text" else m.group(1)
    if message.startswith("Expected {"):  # (the query's first word)
        return f"expected SELECT, CONSTRUCT, DESCRIBE or ASK, found {found}"
    return f"unexpected {found}"


def _unclosed(sparql: str) -> str:
    """`` (a '{' is not closed: expected '}')`` for the last bracket of ``sparql`` left open (or
    `` ('}' where ')' is expected)``, `` (a '}' that closes nothing)``, `` (a string is not
    closed: …)``), brackets counted outside strings, IRIs and comments; ``""`` when they match."""
    open_: list[str] = []
    for m in _BRACKET_TOKENS.finditer(sparql):
        if m.group("quote"):
            return " (a string is not closed: expected its closing quote)"
        char = m.group("bracket")
        if not char:
            continue
        if char in _CLOSING:
            open_.append(char)
        elif open_ and _CLOSING[open_[-1]] == char:
            open_.pop()
        else:
            return f" ('{char}' where '{_CLOSING[open_[-1]]}' is expected)" if open_ else f" (a '{char}' that closes nothing)"
    return f" (a '{open_[-1]}' is not closed: expected '{_CLOSING[open_[-1]]}')" if open_ else ""


def _construct_where_template(algebra) -> None:
    """Give a short-form ``CONSTRUCT WHERE { … }`` its template, the triples of its WHERE
    clause's basic graph pattern: rdflib looks for them one level too high when a solution
    modifier (LIMIT, ORDER BY) wraps the pattern and failed with ``TypeError`` (RDFLib/rdflib
    issue 1785)."""
    if algebra.name != "ConstructQuery" or algebra.get("template") is not None:
        return
    node = algebra.p
    while node is not None and getattr(node, "name", None) != "BGP":
        node = node.get("p") if hasattr(node, "get") else None
    if node is not None:
        algebra.template = node.triples


def _is_update(sparql: str) -> bool:
    """True when ``sparql`` parses as a SPARQL Update request."""
    try:
        parseUpdate(sparql)
    except Exception:
        return False
    return True


# ---------------------------------------------------------------------------- parameters

#: IRI prefix of the functions that give a parameter's value in a query run on a store
#: (:func:`bind_text`): ``<urn:x-tupu:param:0>()`` is the first parameter's value.
PARAM_FUNCTION = "urn:x-tupu:param:"


def _variables(tree) -> set[str]:
    """Names of the variables a parse tree uses anywhere."""
    found: set[str] = set()
    traverse(tree, visitPre=lambda node: found.add(str(node)) if isinstance(node, Variable) else None)
    return found


def _bound(tree, params: dict[str, str] | None) -> dict[str, str]:
    """The parameters whose variable the query uses (the others bind nothing), in given order."""
    used = _variables(tree) if params else set()
    return {name: value for name, value in (params or {}).items() if name in used}


def _where_parts(tree) -> list:
    """The list of the top-level group of the query's WHERE clause, where bindings go first.

    Raises:
        QuerySyntaxError: the query has no such group: a ``DESCRIBE`` without ``WHERE``, the
            short form ``CONSTRUCT WHERE { … }`` or a WHERE clause that is one subquery.
    """
    where = tree[1]["where"] if "where" in tree[1] else None  # CompValue.get gives the key when missing
    if getattr(where, "name", None) != "GroupGraphPatternSub":
        raise QuerySyntaxError("a parameter (--param) is bound at the start of the query's WHERE clause, and this "
                               "query has none to bind it in (write CONSTRUCT {…} WHERE {…}, or wrap a subquery "
                               "in { … })")
    if "part" not in where or where["part"] is None:
        where["part"] = []
    return where["part"]


def _bind_in_tree(tree, params: dict[str, str] | None) -> None:
    """Bind each parameter the query uses, as a plain string literal, by a ``VALUES`` row put first
    in the top-level group of its WHERE clause (in the parse tree, never pasted into the text):
    every pattern and FILTER of that group sees it, as the saved queries expect, and a
    parameter left out is unbound (``!BOUND(?name)`` then holds)."""
    bound = _bound(tree, params)
    if bound:
        _where_parts(tree).insert(0, CompValue("InlineData", var=[Variable(n) for n in bound],
                                               value=[[Literal(v) for v in bound.values()]]))


def _function_of(expr):
    """The IRI of a call without arguments that an expression is, through the parser's wrapping
    of one-operand expressions; else None."""
    while isinstance(expr, CompValue) and expr.name != "Function":
        if set(expr) != {"expr"}:
            return None
        expr = expr["expr"]
    if isinstance(expr, CompValue) and set(expr) == {"iri"}:  # CompValue.get gives the key when missing
        return expr["iri"]
    return None


def bind_text(sparql: str, params: dict[str, str] | None) -> tuple[str, dict[str, str]]:
    """The query text for an engine that takes no bindings (Oxigraph, :func:`kg.store.query_store`):
    ``BIND(<urn:x-tupu:param:K>() AS ?name)`` put first in the top-level group of the WHERE
    clause, for each parameter the query uses, where the engine calls a function that returns
    the value. The value never enters the text; where the text goes is proved by rdflib's
    parser: the new text with those BINDs taken out must translate to the very query given.
    Binding at the start of the group is what :func:`run_query` does on a graph, so a query
    gives the same rows on both.

    Args:
        sparql: the query text (line ends as :func:`one_line_end` makes them).
        params: ``{variable name: value}``; names the query does not use are left out.

    Returns:
        ``(text, {function IRI: value})``; ``(sparql, {})`` when nothing is bound.

    Raises:
        QuerySyntaxError: the query does not parse, or has no WHERE group to bind in.
    """
    try:
        tree = _parse(sparql)
    except ParseException:
        _prepare(sparql)  # raises the usual message
        raise
    bound = _bound(tree, params)
    if not bound:
        return sparql, {}
    _where_parts(tree)  # raises when there is no group
    target = translateQuery(tree, initNs=QUERY_PREFIXES).algebra
    binds = " ".join(f"BIND(<{PARAM_FUNCTION}{k}>() AS ?{name})" for k, name in enumerate(bound))
    for m in re.finditer(r"\{", sparql):  # the group's brace is one of these; each is tried
        text = f"{sparql[:m.end()]} {binds} {sparql[m.end():]}"
        try:
            cand = _parse(text)
            parts = _where_parts(cand)
        except (ParseException, QuerySyntaxError):
            continue
        head = parts[:len(bound)]
        if len(head) == len(bound) and all(
                getattr(p, "name", None) == "Bind" and set(p) == {"expr", "var"} and str(p["var"]) == name
                and _function_of(p["expr"]) == URIRef(f"{PARAM_FUNCTION}{k}")
                for k, (p, name) in enumerate(zip(head, bound))):
            del parts[:len(bound)]
            try:
                same = translateQuery(cand, initNs=QUERY_PREFIXES).algebra == target
            except Exception:  # noqa: BLE001 - rdflib's algebra step raises bare Exceptions
                same = False
            if same:
                return text, {f"{PARAM_FUNCTION}{k}": value for k, value in enumerate(bound.values())}
    raise QuerySyntaxError("a parameter (--param) could not be bound at the start of this query's WHERE clause")


# ---------------------------------------------------------------------------- names

#: A Han character (:data:`kg.nlp.HAN`): what makes a literal a Chinese name.
_HAN = re.compile(f"[{HAN}]")


def untagged_chinese(sparql: str) -> list[str]:
    """The plain string literals of Chinese text (no language tag, no datatype) that ``sparql``
    matches in a triple pattern (``?u rdfs:label "昆山市公安局"``): every name of a Tupu graph is
    tagged ``@zh``, so such a pattern matches nothing. For the hint of an empty result
    (``kg query``); a literal in a ``FILTER`` (``str(?l) = "…"``) is no pattern and is not listed.

    Args:
        sparql: the query text.

    Returns:
        The literals' texts in the order met, each once; empty when the query does not parse.
    """
    return _pattern_literals(sparql, lambda _, obj: obj.language is None and obj.datatype is None
                             and _HAN.search(obj) is not None)


def untagged_hints(sparql: str) -> list[str]:
    """The hint of an empty result for each plain Chinese literal of ``sparql``
    (:func:`untagged_chinese`): ``labels are tagged @zh: write "贺文韬"@zh``, as ``kg query``
    prints it and ``kg serve`` sends it (``Tupu-Hint``).

    Args:
        sparql: the query text.

    Returns:
        One text per literal, in the order met; empty when the query does not parse.
    """
    return [f'labels are tagged @zh: write "{text}"@zh' for text in untagged_chinese(sparql)]


def label_literals(sparql: str) -> list[str]:
    """The texts of the literals (any language tag, no datatype) that ``sparql`` matches as the
    object of ``rdfs:label`` in a triple pattern (``?u rdfs:label "江城市公安局青柳分局反诈中心"@zh``):
    the names :func:`name_hints` looks up when such a query finds nothing.

    Args:
        sparql: the query text.

    Returns:
        The texts in the order met, each once; empty when the query does not parse.
    """
    return _pattern_literals(sparql, lambda predicate, obj: predicate == RDFS.label and obj.datatype is None
                             and bool(str(obj).strip()))


def _pattern_literals(sparql: str, keep) -> list[str]:
    """The texts of the literal objects of the triple patterns of ``sparql`` for which
    ``keep(predicate, literal)`` holds, in the order met, each once; empty when the query does
    not parse."""
    try:
        prepared = _prepare(minted_names(one_line_end(sparql)))
    except QuerySyntaxError:
        return []
    found: dict[str, None] = {}

    def visit(node):
        if isinstance(node, CompValue) and node.name == "BGP":
            for _, predicate, obj in node.get("triples") or ():
                if isinstance(obj, Literal) and keep(predicate, obj):
                    found[str(obj)] = None

    traverse(prepared.algebra, visitPre=visit)
    return list(found)


#: How alike (:class:`difflib.SequenceMatcher` ratio, case ignored) an unknown ``kg:`` name and an
#: ontology term must be for a term hint to ask "did you mean"; below it, the hint names the
#: nearest term all the same.
_CLOSE_TERM = 0.6


def term_hints(sparql: str) -> list[str]:
    """What to tell about each IRI of the ontology's namespace (``kg:``) that ``sparql`` uses and
    the ontology does not declare (:data:`kg.schema.SCHEMA`: its classes, relations and
    properties; a typo such as ``kg:belongTo`` or ``kg:Organisation`` matches nothing, so the
    query finds nothing with no word why): for the hint of an empty result (``kg query``, and
    the ``Tupu-Hint`` header of ``kg serve``).

    The nearest term (:mod:`difflib`, case ignored) is looked for among the classes when the
    name is the object of ``rdf:type`` (``?p a kg:Organisation``), among the relations and
    properties (borrowed ones such as ``dcterms:date`` too, by their local name) when it is a
    predicate or in a property path, and among all of them elsewhere (a ``FILTER``, ``VALUES``).

    Args:
        sparql: the query text.

    Returns:
        One text per unknown term, in the order written, each once:
        ``"kg:belongTo is not a term of the ontology: did you mean kg:belongsTo?"``, or, when no
        term is close, ``"kg:rank is not a term of the ontology; its nearest term is kg:…"``.
        Empty when every ``kg:`` term is declared, or when the query does not parse.
    """
    from .schema import KG_IRI, SCHEMA

    try:
        prepared = _prepare(minted_names(one_line_end(sparql)))
    except QuerySyntaxError:
        return []
    found: dict[str, str] = {}  # unknown local name → where it stands (class, property, any)

    def note(term, where: str) -> None:
        if isinstance(term, URIRef) and str(term).startswith(KG_IRI):
            name = str(term)[len(KG_IRI):]
            if name and name not in SCHEMA.terms():
                found[name] = found.get(name, where) if found.get(name, where) == where else "any"

    def walk(node, where: str = "any") -> None:
        if isinstance(node, URIRef):
            note(node, where)
        elif isinstance(node, Path):
            for part in vars(node).values():
                walk(part, "property")
        elif isinstance(node, CompValue):
            for key, value in node.items():
                if key in ("triples", "template") and isinstance(value, (list, tuple)):
                    for triples in value:  # (s, p, o); inside EXISTS, a flat list [s, p, o, s, p, o, …]
                        if isinstance(triples, (tuple, list)) and triples and len(triples) % 3 == 0:
                            for k in range(0, len(triples), 3):
                                s, p, o = triples[k:k + 3]
                                walk(s)
                                walk(p, "property")
                                walk(o, "class" if p == RDF.type else "any")
                        else:
                            walk(triples, where)
                else:
                    walk(value, where)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(key, where)
                walk(value, where)
        elif isinstance(node, (list, tuple, set, frozenset)):
            for item in node:
                walk(item, where)

    walk(prepared.algebra)
    classes = [f"kg:{name}" for name in SCHEMA.classes]
    properties = [f"kg:{name}" for name in SCHEMA.relations] + \
        [name if spec.borrowed else f"kg:{name}" for name, spec in SCHEMA.properties.items()]
    candidates = {"class": classes, "property": properties, "any": classes + properties}
    hints = []
    for name in sorted(found, key=lambda n: _written_at(sparql, n)):
        nearest, ratio = _nearest_term(name, candidates[found[name]])
        said = f"kg:{name} is not a term of the ontology"
        hints.append(f"{said}: did you mean {nearest}?" if ratio >= _CLOSE_TERM else
                     f"{said}; its nearest term is {nearest}")
    return hints


def _written_at(sparql: str, name: str) -> int:
    """Where the local name ``name`` is first written in ``sparql`` (for the hints' order)."""
    m = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", sparql)
    return m.start() if m else len(sparql)


def _nearest_term(name: str, terms: list[str]) -> tuple[str, float]:
    """The term of ``terms`` (CURIEs) whose local name is most like ``name``, case ignored, and the
    :class:`difflib.SequenceMatcher` ratio; ties go to the term declared first."""
    import difflib

    best, best_ratio = terms[0], -1.0
    for term in terms:
        ratio = difflib.SequenceMatcher(None, name.lower(), term.split(":", 1)[1].lower()).ratio()
        if ratio > best_ratio:
            best, best_ratio = term, ratio
    return best, best_ratio


#: How many nodes a name hint names at most.
_HINT_NODES = 3


def name_lookup(names: list[str]) -> tuple[str, dict[str, str]]:
    """The query (and its parameters, for :func:`run_query` or a store) that finds the nodes whose
    ``rdfs:label`` or ``skos:altLabel`` is one of ``names`` or its folded form
    (:func:`kg.nlp.normalize`: full-width letters and digits, traditional characters), whatever
    the language tag; its rows are what :func:`name_hints` reads.

    Args:
        names: the texts to look up (at least one).

    Returns:
        ``(sparql, params)``; the query's columns are ``written`` (the name as the graph holds it,
        a plain string), ``node``, ``label`` (the node's ``rdfs:label``), ``alt`` (``"true"``
        when the name is a ``skos:altLabel`` only) and ``generic`` (``"true"`` when it is a
        ``kg:genericAltLabel``, a name of a kind of unit: 县局).
    """
    from .nlp import normalize

    wanted = list(dict.fromkeys([*names, *(normalize(n) for n in names)]))
    params = {f"name{k}": text for k, text in enumerate(wanted)}
    listed = ", ".join(f"?{name}" for name in params)
    sparql = ("SELECT ?written ?node ?label ?alt ?generic WHERE {\n"
              "  ?node rdfs:label|skos:altLabel ?name .\n"
              "  BIND (STR(?name) AS ?written)\n"
              f"  FILTER (?written IN ({listed}))\n"
              "  ?node rdfs:label ?label .\n"
              "  BIND (NOT EXISTS { ?node rdfs:label ?name } AS ?alt)\n"
              "  BIND (EXISTS { ?node kg:genericAltLabel ?name } AS ?generic)\n"
              "} ORDER BY ?written ?alt ?node ?label")
    return sparql, params


def name_hints(names: list[str], rows: list[tuple]) -> dict[str, str]:
    """What to tell about each of ``names`` that no node has as its ``rdfs:label``, given the rows
    of the :func:`name_lookup` query.

    Args:
        names: the names looked up (as written in a query or a ``--param``).
        rows: the lookup's rows (``written, node, label, alt, generic``, plain strings).

    Returns:
        ``{name: text}``: ``"is a skos:altLabel of kgid:org-…, whose rdfs:label is "…"@zh"`` for a
        name that is only an alternative name; ``"names only a kind of unit (kg:genericAltLabel of
        kgid:org-…, whose rdfs:label is "…"@zh): give the unit's full name"`` for one that is only
        such a name (县局: the saved queries pass it over, as ``kg view --focus`` does);
        ``"is written "…"@zh in the graph"`` for a name whose folded form is a name of the graph;
        ``""`` for a name no node has in any form. A name that is some node's ``rdfs:label`` is
        left out.
    """
    from .nlp import normalize

    labelled = {written for written, _, _, alt, _ in rows if alt != "true"}
    out: dict[str, str] = {}
    for name in names:
        if name in labelled:
            continue
        alt = [(node, label) for written, node, label, _, _ in rows if written == name]
        if alt and all(generic == "true" for written, *_, generic in rows if written == name):
            shown = "; ".join(f'{compact_iri(node)}, whose rdfs:label is "{label}"@zh'
                              for node, label in list(dict.fromkeys(alt))[:_HINT_NODES])
            out[name] = f"names only a kind of unit (kg:genericAltLabel of {shown}): give the unit's full name"
            continue
        if alt:
            shown = "; ".join(f'{compact_iri(node)}, whose rdfs:label is "{label}"@zh'
                              for node, label in list(dict.fromkeys(alt))[:_HINT_NODES])
            out[name] = f"is a skos:altLabel of {shown}"
            continue
        folded = normalize(name)
        if folded != name and any(written == folded for written, *_ in rows):
            out[name] = f'is written "{folded}"@zh in the graph'
            continue
        out[name] = ""
    return out


#: What a saved query's name parameter names: the class of the node (and, for a place, the level of
#: the division); a value that names only nodes of another kind is said to (:func:`kind_hints`).
PARAM_KINDS = {"province": ("Place", "province"), "agency": ("Organization", ""), "name": ("Person", "")}


def kind_lookup(names: list[str]) -> tuple[str, dict[str, str]]:
    """The query (and its parameters) that finds the classes and the ``kg:level`` of the nodes whose
    ``rdfs:label`` or ``skos:altLabel`` is one of ``names`` (plain strings, any language tag);
    its rows are what :func:`kind_hints` reads.

    Args:
        names: the texts to look up (at least one).

    Returns:
        ``(sparql, params)``; the columns are ``written``, ``node``, ``type`` and ``level`` (unbound
        when the node has none).
    """
    params = {f"name{k}": text for k, text in enumerate(dict.fromkeys(names))}
    listed = ", ".join(f"?{name}" for name in params)
    sparql = ("SELECT ?written ?node ?type ?level WHERE {\n"
              "  ?node rdfs:label|skos:altLabel ?name .\n"
              "  BIND (STR(?name) AS ?written)\n"
              f"  FILTER (?written IN ({listed}))\n"
              "  ?node a ?type .\n"
              "  OPTIONAL { ?node kg:level ?level }\n"
              "} ORDER BY ?written ?node ?type")
    return sparql, params


def kind_hints(values: dict[str, str], rows: list[tuple]) -> dict[str, str]:
    """What to tell about each saved-query parameter of :data:`PARAM_KINDS` whose value names nodes
    of another kind only (``province=王小明``, a person; ``province=锦江区``, a county), given the
    rows of the :func:`kind_lookup` query; and, for a ``province`` that names no node at all, what
    the division table (GB/T 2260) knows it as (``成都``: 成都市, a prefecture).

    Args:
        values: ``{parameter: value}``, the parameters of :data:`PARAM_KINDS` only.
        rows: the lookup's rows (``written, node, type, level``, plain strings or None).

    Returns:
        ``{parameter: text}``: ``"names kgid:person-…, a kg:Person, not a province"``, or
        ``"is 成都市 in the division table (GB/T 2260): a prefecture, not a province"``; a parameter
        with a node of its kind, or of which nothing is known, is left out.
    """
    from .schema import KG_IRI, SCHEMA

    out: dict[str, str] = {}
    for param, value in values.items():
        cls, level = PARAM_KINDS[param]
        wanted = "a province" if level else f"a kg:{cls}"
        nodes: dict[str, tuple[list[str], str]] = {}
        for written, node, type_, node_level in rows:
            if written != value:
                continue
            classes, _ = nodes.setdefault(node, ([], node_level or ""))
            name = str(type_)[len(KG_IRI):] if str(type_).startswith(KG_IRI) else ""
            if name in SCHEMA.classes and not SCHEMA.classes[name].parent:  # its top class (kg:Place, …)
                classes.append(name)
        if any(cls in classes and (not level or node_level == level) for classes, node_level in nodes.values()):
            continue
        if nodes:
            shown = "; ".join(f"{compact_iri(node)}, " + (f"a kg:{classes[0]}" if classes else "a node of no kg: class")
                              + (f" of level {node_level}" if node_level else "")
                              for node, (classes, node_level) in list(nodes.items())[:_HINT_NODES])
            out[param] = f"names {shown}, not {wanted}"
        elif param == "province":
            known = _divisions_named(value)
            if known and all(d.level != "province" for d in known):
                shown = "; ".join(f"{d.name} ({d.adcode})" for d in known[:_HINT_NODES])
                levels = "、".join(dict.fromkeys(d.level for d in known))
                out[param] = f"is {shown} in the division table (GB/T 2260): {_article(levels)} {levels}, not a province"
    return out


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _divisions_named(value: str) -> list:
    """The divisions of the GB/T 2260 table whose full, short or former name is ``value``."""
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    value = value.strip()
    found = gazetteer.by_name.get(value, []) + gazetteer.by_short.get(value, []) + gazetteer.by_old.get(value, [])
    return list({d.adcode: d for d in found}.values())


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
    r"""Render a query result as text.

    Args:
        result: what :func:`run_query` returned.
        fmt: for SELECT and ASK, one of :data:`RESULT_FORMATS`: ``"table"``: columns
            aligned for a terminal, CJK characters counted as two columns
            (``unicodedata.east_asian_width``), control characters escaped (``\n``,
            ``\x1b``, ``\u202e``: a value never moves the cursor or changes the terminal),
            IRIs as prefixed names where a prefix of :data:`QUERY_PREFIXES` fits
            (:func:`compact_iri`);
            the W3C SPARQL 1.1 Query Results formats: ``"json"`` (application/
            sparql-results+json, indented, UTF-8 unescaped), ``"xml"``
            (application/sparql-results+xml, written by rdflib), ``"csv"`` (plain values,
            RFC 4180, CRLF) and ``"tsv"`` (terms in Turtle syntax, ``?`` before each
            variable). For CONSTRUCT and DESCRIBE, one of :data:`GRAPH_FORMATS`
            (``"table"`` gives Turtle): the graph, written as :func:`kg.export.to_bytes`
            writes files (deterministic).

    Returns:
        The text, ending with a newline.

    Raises:
        ValueError: ``fmt`` does not fit the kind of result.
    """
    if result.kind in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
        if fmt == "table":
            fmt = "turtle"
        if fmt not in GRAPH_FORMATS:
            raise ValueError(f"a {result.kind} query gives a graph: use --format {'|'.join(GRAPH_FORMATS)}")
        return to_bytes(result.graph, fmt).decode("utf-8")
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown result format {fmt!r} for {indefinite(result.kind)} query; choose one of {', '.join(RESULT_FORMATS)}")
    terms = _terms(result)
    if fmt == "json":
        if result.boolean is not None:
            document: dict = {"head": {}, "boolean": result.boolean}
        else:
            bindings = [{var: termToJSON(None, term) for var, term in zip(result.vars, row) if term is not None}
                        for row in terms]
            document = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "xml":
        return _xml(result, terms)
    if result.boolean is not None:
        answer = "true" if result.boolean else "false"
        return {"csv": f"boolean\r\n{answer}\r\n", "tsv": f"?boolean\n{answer}\n"}.get(fmt, answer + "\n")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(result.vars)
        writer.writerows([_csv_value(term) for term in row] for row in terms)
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join("?" + var for var in result.vars)]
        lines += ["\t".join(_tsv_value(term) for term in row) for row in terms]
        return "\n".join(lines) + "\n"
    rows = [tuple(None if t is None else compact_iri(t) if isinstance(t, URIRef) else str(t) for t in row)
            for row in result.terms] if result.terms else result.rows
    return _table(result.vars, rows)


def indefinite(kind: str) -> str:
    """A query form with its indefinite article: ``"an ASK"``, ``"a SELECT"``, ``"a CONSTRUCT"``
    (``an`` before a vowel sound, as these words are said).

    Args:
        kind: a query form (:attr:`QueryResult.kind`).
    """
    return f"{'an' if kind[:1].upper() in 'AEIOU' else 'a'} {kind}"


#: A SPARQL 1.1 / Turtle local name (``PN_LOCAL``) without backslash escapes: what follows the
#: prefix of a prefixed name that reads back as the same IRI.
_BASE = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F" \
        "\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_CHARS = _BASE + "_0-9:\\-\u00B7\u0300-\u036F\u203F-\u2040"
_PN_LOCAL = re.compile(f"(?:[{_BASE}_0-9:]|%[0-9A-Fa-f]{{2}})(?:(?:[{_CHARS}.]|%[0-9A-Fa-f]{{2}})*(?:[{_CHARS}]|%[0-9A-Fa-f]{{2}}))?")


def compact_iri(iri: str) -> str:
    """``iri`` as a prefixed name of :data:`QUERY_PREFIXES` (``kg:Organization``,
    ``kgid:person-张伟_青禾县公安局``), for the table a person reads: the longest namespace that
    starts it, when the rest is a local name a query can use as written (:data:`_PN_LOCAL`);
    else the full IRI. The machine formats (CSV, TSV, JSON, XML) keep full IRIs. In a ``kgid:``
    name, a character :func:`kg.namespaces.mint` percent-encodes although a prefixed name may hold
    it (the middle dot of 柯远·买买提, ``%C2%B7``) is shown as itself
    (:func:`kg.namespaces.readable_local`): ``kg query`` reads such a name as the IRI it came
    from (:func:`minted_names`).

    Args:
        iri: an IRI (``str`` or :class:`rdflib.URIRef`).
    """
    text = str(iri)
    best = max(((p, str(ns)) for p, ns in QUERY_PREFIXES.items() if text.startswith(str(ns))),
               key=lambda item: (len(item[1]), item[0]), default=None)
    if best is None or not _PN_LOCAL.fullmatch(text[len(best[1]):]):
        return text
    local = text[len(best[1]):]
    return f"{best[0]}:{readable_local(local) if best[0] == 'kgid' else local}"


#: A ``kgid:`` prefixed name outside strings, IRIs and comments (:func:`minted_names`).
_KGID_NAME = re.compile(r'(?P<skip>"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*)'
                        r"|(?<![\w:])kgid:(?P<local>[^\s{}()\[\];,<>\"'#]+)")


def minted_names(sparql: str) -> str:
    """``sparql`` with each ``kgid:`` prefixed name written with a character that
    :func:`kg.namespaces.mint` percent-encodes (``kgid:person-柯远·买买提_…``, as the table of
    :func:`compact_iri` shows it) written as the IRI holds it (``%C2%B7``), so the name a table
    shows finds its node; strings, IRIs in ``<>`` and comments are left as they are.

    Args:
        sparql: a query text.

    Returns:
        The text, itself when it has no such name.
    """
    if "kgid:" not in sparql:
        return sparql

    def fix(m: re.Match) -> str:
        local = m.group("local")
        return m.group(0) if local is None or local.isascii() else "kgid:" + minted_local(local)

    return _KGID_NAME.sub(fix, sparql)


def _terms(result: QueryResult) -> list[tuple]:
    """The result's RDF terms; a hand-built result's strings as plain literals."""
    if result.terms or not result.rows:
        return result.terms
    return [tuple(None if value is None else Literal(value) for value in row) for row in result.rows]


def _xml_term(term):
    """``term`` without the characters XML cannot hold (a label with ``\x01`` made results no
    parser reads); the term itself when it has none."""
    if term is None or not NOT_XML.search(str(term)):
        return term
    if isinstance(term, Literal):
        return Literal(NOT_XML.sub("", str(term)), lang=term.language, datatype=term.datatype)
    return type(term)(NOT_XML.sub("", str(term)))


def _xml(result: QueryResult, terms: list[tuple]) -> str:
    """W3C SPARQL Query Results XML, written by rdflib's serializer; characters XML 1.0 cannot
    hold (:data:`kg.export.NOT_XML`) are left out of values, as the endpoint's XML leaves them out."""
    terms = [tuple(map(_xml_term, row)) for row in terms]
    out = Result(result.kind if result.kind == "ASK" else "SELECT")
    if result.boolean is not None:
        out.askAnswer = result.boolean
    else:
        out.vars = [Variable(var) for var in result.vars]
        out.bindings = [{Variable(var): term for var, term in zip(result.vars, row) if term is not None} for row in terms]
    return out.serialize(format="xml", encoding="utf-8").decode("utf-8") + "\n"


def _csv_value(term) -> str:
    """W3C CSV: the plain string of a term, ``_:label`` for a blank node, empty when unbound."""
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


_TSV_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _tsv_value(term) -> str:
    """W3C TSV: a term in Turtle syntax (``<iri>``, ``"text"@zh``, ``"1"^^<…#integer>``, ``_:b``)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = '"' + "".join(_TSV_ESCAPES.get(char, char) for char in str(term)) + '"'
    if term.language:
        return f"{text}@{term.language}"
    return f"{text}^^<{term.datatype}>" if term.datatype else text


def _table(header: list[str], rows: list[tuple[str | None, ...]]) -> str:
    """Align ``rows`` under ``header`` in columns two spaces apart, a dash rule below the header."""
    cells = [[_visible(name) for name in header]] + [[_visible(value) for value in row] for row in rows]
    widths = [max((display_width(line[i]) for line in cells), default=0) for i in range(len(header))]
    rule = ["-" * width for width in widths]
    lines = []
    for line in [cells[0], rule, *cells[1:]]:
        padded = (cell + " " * (width - display_width(cell)) for cell, width in zip(line, widths))
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


_NAMED_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Characters a terminal may act on: C0 and C1 controls, DEL, and the bidirectional
#: embedding, override and isolate marks (which reorder what follows them on the line).
_UNSAFE = re.compile(r"[\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(value: str | None) -> str:
    r"""A cell on one line, safe to print: ``None`` → empty; a backslash, a control character
    or a bidi mark → its escape (``\\``, ``\n``, ``\x1b``, ``\u202e``)."""
    if value is None:
        return ""
    return _UNSAFE.sub(lambda m: _NAMED_ESCAPES.get(m.group(), None) or _code_escape(m.group()), value)


#: What a terminal may act on in a multi-line text: :data:`_UNSAFE` but line ends and tabs
#: (a carriage return not followed by a line feed moves the cursor back: escaped).
_UNSAFE_IN_TEXT = re.compile(r"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    r"""``text`` with every character a terminal would act on escaped (````, ````,
    ``
``, ``‮``); line feeds, ``
`` and tabs stay, so the layout of a table, CSV or
    Turtle output is kept. For output written to a terminal: a value read from a graph can
    then neither move the cursor, retitle the window nor reorder the line.

    Args:
        text: any text (``str``).

    Returns:
        The escaped text; ``text`` itself when nothing needs escaping.
    """
    if not _UNSAFE_IN_TEXT.search(text):
        return text
    return _UNSAFE_IN_TEXT.sub(lambda m: "\\r" if m.group() == "\r" else _code_escape(m.group()), text)


def _code_escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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


@dataclass(frozen=True)
class SavedQuery:
    """A saved query of ``kg/queries/``: a SPARQL template with named parameters.

    A template declares each parameter in its header comment as
    ``# @param NAME=DEFAULT  what it is`` (``NAME=`` with nothing after ``=``: unbound by
    default, which the query reads as "all"); the query uses it as the variable ``?NAME``,
    which :func:`run_query` binds to the value (a plain string literal) before evaluation.

    Attributes:
        name: the file stem (``"units_and_honours"``).
        text: the SPARQL text.
        description: the header's first paragraph, after ``NAME.rq:``, as one line.
        params: ``{parameter name: (default or None, description)}``, in written order.
    """

    name: str
    text: str
    description: str
    params: dict[str, tuple[str | None, str]]

    def bindings(self, given: dict[str, str] | None = None) -> dict[str, str]:
        """The defaults overridden by ``given``; a ``province`` (its short form read as the full
        name) also binds ``provinceCode``, the first two digits of its GB/T 2260 code, or ``""``
        when the division table does not know it (no parameter of its own: the query finds the
        province's places by it).

        Raises:
            ValueError: ``given`` names a parameter the template does not declare (the
                message lists those it does), or a ``relation`` value that is no relation of
                :data:`kg.schema.SCHEMA` (the message lists them).
        """
        given = dict(given or {})
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise ValueError(f"saved query {self.name!r} has no parameter {unknown[0]!r}; its parameters: {known}")
        if "relation" in given and "relation" in self.params:  # a relation of the schema, or none of them
            from .schema import SCHEMA

            names = [r.name for r in SCHEMA.evidence_relations()]
            if given["relation"] not in names:
                raise ValueError(f"saved query {self.name!r}: relation={given['relation']!r} is no relation of the "
                                 f"graph; relations: {', '.join(names)}")
        if given.get("province") and "province" in self.params:  # 四川 → 四川省 (GB/T 2260)
            given["province"] = _province_name(given["province"])
        values = {name: default for name, (default, _) in self.params.items() if default is not None}
        values |= given
        if "province" in self.params:  # its places by code: 浙江省 → "33" ("" matches no code)
            values["provinceCode"] = _province_code(values.get("province") or "") or ""
        return values


def _province_name(value: str) -> str:
    """The full name of the province whose short form (GB/T 2260 table, ``kg/data/divisions.tsv``)
    ``value`` is (四川 → 四川省, 广西 → 广西壮族自治区); any other value as given. A graph names a
    province by its short form only where an article wrote it so."""
    from .gazetteer import default_gazetteer

    found = [d for d in default_gazetteer().by_short.get(value.strip(), []) if d.level == "province"]
    return found[0].name if len(found) == 1 else value


def _province_code(name: str) -> str | None:
    """The first two digits of the GB/T 2260 code of the province whose full or short name ``name``
    is (浙江省, 浙江 → ``"33"``), which every place of the province has in its ``kg:adcode``; None
    for a name that is no province of the division table."""
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    name = name.strip()
    found = [d for d in gazetteer.by_name.get(name, []) + gazetteer.by_short.get(name, []) if d.level == "province"]
    return found[0].adcode[:2] if len({d.adcode for d in found}) == 1 else None


_PARAM = re.compile(r"^#\s*@param\s+([A-Za-z_]\w*)=(\S*)\s*(.*)$")


def _parse_saved(name: str, text: str) -> SavedQuery:
    lines = text.splitlines()
    paragraph = []
    for line in lines:
        if not line.startswith("#") or not line.lstrip("# ").strip():
            break
        paragraph.append(line.lstrip("#").strip())
    description = " ".join(paragraph)
    description = description.split(":", 1)[1].strip() if description.startswith(f"{name}.rq:") else description
    params: dict[str, tuple[str | None, str]] = {}
    current = None
    for line in lines:
        m = _PARAM.match(line)
        if m:
            current = m.group(1)
            params[current] = (m.group(2) or None, m.group(3).strip())
        elif current and re.match(r"^#\s{3,}\S", line):  # the description goes on
            default, said = params[current]
            params[current] = (default, f"{said} {line.lstrip('#').strip()}")
        else:
            current = None
    return SavedQuery(name, text, description, params)


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
        The SPARQL text (its parameters unbound: run it through :func:`saved_template`'s
        :meth:`SavedQuery.bindings` to get the defaults).

    Raises:
        ValueError: no saved query has that name (the message lists those that exist).
    """
    return saved_template(name).text


def saved_template(name: str) -> SavedQuery:
    """Return one saved query with its description and parameters.

    Args:
        name: a file stem of ``kg/queries/``.

    Returns:
        A :class:`SavedQuery`.

    Raises:
        ValueError: no saved query has that name (the message lists those that exist).
    """
    library = saved_queries()
    try:
        return _parse_saved(name, library[name])
    except KeyError:
        raise ValueError(f"no saved query {name!r}; saved queries: {', '.join(library)}") from None


def run_saved(graph: Graph, name: str, params: dict[str, str] | None = None, **limits) -> QueryResult:
    """Run a saved query with its defaults, overridden by ``params``.

    Args:
        graph: as for :func:`run_query`.
        name: a file stem of ``kg/queries/``.
        params: ``{parameter: value}`` (strings), e.g. ``{"agency": "台州市公安局"}``.
        **limits: ``timeout`` and ``max_rows``, as for :func:`run_query`.

    Returns:
        A :class:`QueryResult`.

    Raises:
        ValueError: unknown query or parameter; and whatever :func:`run_query` raises.
    """
    template = saved_template(name)
    return run_query(graph, template.text, template.bindings(params), **limits)


__all__ = [
    "DEFAULT_MAX_ROWS",
    "DEFAULT_TIMEOUT",
    "GRAPH_FORMATS",
    "NO_NAMED_GRAPHS",
    "PARAM_KINDS",
    "QueryEvaluationError",
    "QueryLimitError",
    "QueryRefusedError",
    "QueryResult",
    "QuerySyntaxError",
    "RESULT_FORMATS",
    "PARAM_FUNCTION",
    "QUERY_PREFIXES",
    "SavedQuery",
    "bind_text",
    "check_sources",
    "clip",
    "compact_iri",
    "minted_names",
    "display_width",
    "find_entity",
    "format_result",
    "has_graph_pattern",
    "kind_hints",
    "kind_lookup",
    "label_literals",
    "name_hints",
    "name_lookup",
    "run_query",
    "term_hints",
    "terminal_safe",
    "untagged_chinese",
    "untagged_hints",
    "run_saved",
    "saved_queries",
    "saved_query",
    "saved_template",
]
