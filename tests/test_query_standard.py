"""kg query speaks the standards: W3C SPARQL 1.1 results (JSON, XML, CSV, TSV) that rdflib's
own parsers read back, RDF for CONSTRUCT/DESCRIBE, ``kgid:`` prefixed names in every engine,
saved queries as templates with parameters, whole descriptions in --list, terminal-safe tables."""
from __future__ import annotations

import io
import json
import re
import textwrap

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.query import Result

from kg.cli import main
from kg.namespaces import KG, PREFIXES
from kg.query import QuerySyntaxError, format_result, run_query, run_saved, saved_queries, saved_template
from test_validate import AGENCY, UNIT, good_graph, zh

UNITS = ("SELECT ?u ?name ?n WHERE { ?u a kg:Organization ; kg:belongsTo ?a ; rdfs:label ?name . "
         "OPTIONAL { ?u kg:nothing ?n } }")


def _check_json_structure(doc: dict) -> None:
    """The shape of application/sparql-results+json (W3C SPARQL 1.1 Query Results JSON, section 3)."""
    assert set(doc) == {"head", "results"} and isinstance(doc["head"]["vars"], list)
    for binding in doc["results"]["bindings"]:
        for var, term in binding.items():
            assert var in doc["head"]["vars"]
            assert term["type"] in ("uri", "literal", "bnode") and isinstance(term["value"], str)
            assert set(term) <= {"type", "value", "xml:lang", "datatype"}


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv", "csv"])
def test_w3c_result_formats_read_back_with_rdflib(fmt):
    result = run_query(good_graph(), UNITS)
    text = format_result(result, fmt)
    if fmt == "json":
        _check_json_structure(json.loads(text))
    back = Result.parse(io.BytesIO(text.encode("utf-8")), format=fmt)
    assert [str(v) for v in back.vars] == ["u", "name", "n"]
    rows = [tuple(row) for row in back]
    if fmt == "csv":  # CSV keeps plain strings only
        assert rows == [(UNIT, Literal("杭州市公安局特警支队"), None)]
    else:
        assert rows == [(UNIT, zh("杭州市公安局特警支队"), None)]


def test_ask_in_xml_and_tsv():
    yes = run_query(good_graph(), "ASK { ?p a kg:Person }")
    assert Result.parse(io.BytesIO(format_result(yes, "xml").encode()), format="xml").askAnswer is True
    assert format_result(yes, "tsv") == "?boolean\ntrue\n"


def test_construct_and_describe_print_rdf():
    g = good_graph()
    built = run_query(g, "CONSTRUCT { ?u kg:belongsTo ?a } WHERE { ?u kg:belongsTo ?a ; a kg:Organization }")
    turtle = format_result(built, "table")
    assert turtle.startswith("@prefix kg: <https://w3id.org/tupu/ontology#> .")
    assert set(Graph().parse(data=turtle, format="turtle")) == {(UNIT, KG.belongsTo, AGENCY)}
    nt = format_result(built, "nt")
    assert nt == f"<{UNIT}> <{KG.belongsTo}> <{AGENCY}> .\n"
    described = run_query(g, f"DESCRIBE <{AGENCY}>")
    assert (AGENCY, RDFS.label, zh("杭州市公安局")) in Graph().parse(data=format_result(described, "jsonld"), format="json-ld")
    with pytest.raises(ValueError, match="gives a graph: use --format turtle|nt|jsonld"):
        format_result(built, "csv")


#: ``kgid:`` prefixed names of every kind on the bundled page, each with a pattern that uses it.
KGID_QUERIES = {
    "org": "SELECT ?l WHERE { kgid:org-格尔木市公安局 rdfs:label ?l }",
    "place": "SELECT ?l WHERE { kgid:place-632801 rdfs:label ?l }",
    "person": "SELECT ?l WHERE { kgid:person-吕祖期_台州市公安局 rdfs:label ?l }",
    "honor": "SELECT ?l WHERE { kgid:honor-集体一等功 rdfs:label ?l }",
    "article": "SELECT ?l WHERE { ?e prov:wasDerivedFrom kgid:article-fazhi-ribao-page-e2f36d9e-1 ; "
               "rdf:predicate kg:reporter . kgid:article-fazhi-ribao-page-e2f36d9e-1 rdfs:label ?l }",
    "path": "SELECT ?l WHERE { kgid:org-格尔木市公安局 kg:locatedIn/rdfs:label ?l }",
}
_HEADER = "".join(f"PREFIX {p}: <{ns}> " for p, ns in PREFIXES.items())


@pytest.mark.parametrize("kind", sorted(KGID_QUERIES))
def test_kgid_prefixed_names_return_rows_in_rdflib_and_oxigraph(kind, sample_graph, sample_ttl):
    """The same standard query text, with its PREFIX lines, gives the same rows in three engines."""
    query = _HEADER + KGID_QUERIES[kind]
    ours = sorted(run_query(sample_graph, KGID_QUERIES[kind]).rows)  # kg query's predeclared prefixes
    assert ours, kind
    plain = Graph().parse(sample_ttl, format="turtle")  # rdflib alone, no kg code in the way
    assert sorted((str(row[0]),) for row in plain.query(query)) == ours
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(sample_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert sorted((s["l"].value,) for s in store.query(query)) == ours


def test_entity_iris_are_turtle_prefixed_names(sample_ttl):
    """rdflib writes every node IRI of the page as ``kgid:<kind>-<key>``: none needs ``<…>``."""
    text = sample_ttl.read_text(encoding="utf-8")
    assert re.findall(r"<https://w3id\.org/tupu/id/[^>]*>", text) == ["<https://w3id.org/tupu/id/>"]  # @prefix
    assert "kgid:org-格尔木市公安局" in text


def test_old_slash_names_get_a_hint_and_escapes_are_undone(sample_graph):
    with pytest.raises(QuerySyntaxError, match=r"write kgid:org-… for kgid:org/…"):
        run_query(sample_graph, "SELECT ?l WHERE { kgid:org/格尔木市公安局 rdfs:label ?l }")
    # the standard PN_LOCAL_ESC escape names the same IRI (rdflib alone keeps the backslash: #1871)
    escaped = r"SELECT ?l WHERE { kgid:org\-格尔木市公安局 rdfs:label ?l }"
    assert run_query(sample_graph, escaped).rows == [("格尔木市公安局",)]


def test_every_saved_query_returns_rows_on_the_bundled_page_with_its_defaults(sample_graph):
    for name in saved_queries():
        assert run_saved(sample_graph, name).rows, name


def test_parameters_are_bound_not_pasted(sample_graph):
    rows = run_saved(sample_graph, "evidence", {"relation": "received"}).rows
    assert rows and {row[1] for row in rows} == {"received"}
    injected = 'x") || true || ("'
    assert run_saved(sample_graph, "units_and_honours", {"agency": injected}).rows == []
    with pytest.raises(ValueError, match="has no parameter 'agent'; its parameters: agency"):
        run_saved(sample_graph, "units_and_honours", {"agent": "x"})


def test_cli_param_and_list(sample_ttl):
    runner = CliRunner()
    res = runner.invoke(main, ["query", str(sample_ttl), "--saved", "people_posts", "--param", "name=马宇斌",
                               "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[1].startswith("马宇斌,")
    res = runner.invoke(main, ["query", str(sample_ttl), "--saved", "people_posts", "--param", "name"])
    assert res.exit_code == 2 and "write NAME=VALUE" in res.stderr
    listed = " ".join(runner.invoke(main, ["query", "--list"]).stdout.split())
    for name in saved_queries():
        template = saved_template(name)
        assert " ".join(template.description.split()) in listed  # whole, never cut mid-sentence
        for param, (default, said) in template.params.items():
            assert f"--param {param}={default or ''} {said}" in listed


def test_table_escapes_terminal_control_characters():
    g = good_graph()
    g.set((AGENCY, RDFS.label, Literal("\x1b[2J\x1b]0;pwned\x07局\u202e反\x9b")))
    out = format_result(run_query(g, f"SELECT ?l WHERE {{ <{AGENCY}> rdfs:label ?l }}"))
    assert out.splitlines()[2] == r"\x1b[2J\x1b]0;pwned\x07局\u202e反\x9b"
    assert all(ch == "\n" or ch.isprintable() for ch in out)
