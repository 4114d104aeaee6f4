"""kg query speaks the standards: W3C SPARQL 1.1 results (JSON, XML, CSV, TSV) that rdflib's
own parsers read back, RDF for CONSTRUCT/DESCRIBE, ``kgid:`` names with ``/`` (rdflib #1871),
saved queries as templates with parameters, whole descriptions in --list, terminal-safe tables."""
from __future__ import annotations

import io
import json
import textwrap

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.query import Result

from kg.cli import main
from kg.namespaces import ID, KG
from kg.query import format_result, run_query, run_saved, saved_queries, saved_template
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


@pytest.mark.parametrize("name", ["kgid:org/杭州市公安局", r"kgid:org\/杭州市公安局"])
def test_kgid_names_with_a_slash(name):
    g = good_graph()
    assert run_query(g, f"SELECT ?l WHERE {{ {name} rdfs:label ?l }}").rows == [("杭州市公安局",)]
    # a '/' inside a string or an IRI is left alone; a path after a kgid name still works
    q = f'SELECT ?x WHERE {{ ?u kg:belongsTo {name} . ?u kg:belongsTo/rdfs:label ?x FILTER(?x != "kgid:org/x") }}'
    assert run_query(g, q).rows == [("杭州市公安局",)]


def test_escaped_kgid_name_is_standard_sparql_in_oxigraph(sample_ttl):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(sample_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    q = (r"PREFIX kgid: <https://w3id.org/tupu/id/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         r"SELECT ?l WHERE { kgid:org\/格尔木市公安局 rdfs:label ?l }")
    assert [s["l"].value for s in store.query(q)] == ["格尔木市公安局"]


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
