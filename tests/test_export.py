"""kg.export: round trips (bug case 6), deterministic bytes, atomic UTF-8 writes, load errors."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

import kg.export as export
from kg.export import FORMATS, GraphFileError, load_graph, serialize, to_bytes, union_graph
from kg.namespaces import KG, mint
from test_validate import entity_iri, good_graph, zh

ROOT = Path(__file__).resolve().parents[1]

#: Names that trip IRI building (bug case 6): ASCII specials, full-width brackets, quotes.
AWKWARD_NAMES = ["江城 存储", "《晨报》", "a<b>c", 'say "hi"', "（城关派出所）", "【要闻】", "100%", "a/b#c?d",
                 "x:y", "tab\there", "反斜杠\\", "{大括号}", "|竖线|", "^`"]


def awkward_graph() -> Graph:
    """The sample graph plus one organization per awkward name, labelled with the raw name."""
    graph = good_graph()
    for name in AWKWARD_NAMES:
        node = entity_iri("org", name)
        graph.add((node, RDF.type, KG.Organization))
        graph.add((node, RDFS.label, zh(name)))
        graph.add((node, SKOS.altLabel, zh(name + "（简称）")))
        graph.add((node, KG.start, Literal(len(name))))
        graph.add((node, KG.anonymised, Literal(False)))
    return graph


def article_dataset(graph: Graph) -> Dataset:
    """Spread ``graph`` over named graphs, as a build with one named graph per article would."""
    dataset = Dataset()
    for i, triple in enumerate(sorted(graph)):
        dataset.graph(mint("article", f"page-{i % 3 + 1}")).add(triple)
    return dataset


def run_python(script: str, *args: str, env: dict[str, str]) -> str:
    """Run ``script`` in a fresh interpreter that imports kg and the test modules; its stdout."""
    env = dict(env, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def shuffled(graph: Graph, seed: int) -> Graph:
    """The same statements as ``graph``, inserted in another order."""
    triples = list(graph)
    random.Random(seed).shuffle(triples)
    out = Graph()
    for triple in triples:
        out.add(triple)
    return out


# ---------------------------------------------------------------------------- IRIs and round trips


def test_awkward_names_give_valid_iris_and_keep_the_text_in_labels():
    graph = awkward_graph()
    for name in AWKWARD_NAMES:
        iri = str(entity_iri("org", name))
        assert not set(iri) & set(' <>"{}|\\^`\t'), iri
        assert [str(label) for label in graph.objects(entity_iri("org", name), RDFS.label)] == [name]
    assert str(entity_iri("org", "杭州市公安局")).endswith("/id/org-杭州市公安局")  # CJK stays readable


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_is_isomorphic(fmt, tmp_path):
    graph = awkward_graph()
    path = serialize(graph, tmp_path / f"graph{FORMATS[fmt]}", format=fmt)
    back = load_graph(path)
    assert isomorphic(union_graph(back), graph)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_dataset_round_trip_keeps_every_statement(fmt, tmp_path):
    graph = awkward_graph()
    path = serialize(article_dataset(graph), tmp_path / f"graph{FORMATS[fmt]}", format=fmt)
    assert isomorphic(union_graph(load_graph(path)), graph)


def test_trig_writes_one_named_graph_per_article(tmp_path):
    graph = awkward_graph()
    dataset = article_dataset(graph)
    back = load_graph(serialize(dataset, tmp_path / "graph.trig", format="trig"))
    assert isinstance(back, Dataset)
    names = {g.identifier for g in back.graphs() if len(g)}
    assert names == {mint("article", f"page-{n}") for n in (1, 2, 3)}
    for name in names:
        assert isomorphic(back.graph(name), dataset.graph(name))


def test_trig_of_a_plain_graph_uses_the_default_graph():
    text = to_bytes(good_graph(), "trig").decode("utf-8")
    assert "_:" not in text  # rdflib alone would name the graph by a random blank node
    assert text.count("{") == 1


def test_turtle_of_a_dataset_is_the_union():
    graph = good_graph()
    back = Graph().parse(data=to_bytes(article_dataset(graph), "turtle"), format="turtle")
    assert isomorphic(back, graph)


def test_output_binds_the_project_prefixes():
    text = to_bytes(good_graph(), "turtle").decode("utf-8")
    assert "@prefix kg: <https://w3id.org/tupu/ontology#> ." in text
    assert "@prefix brick:" not in text


def test_unknown_format_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="unknown graph format 'n3'"):
        serialize(good_graph(), tmp_path / "graph.n3", format="n3")


# ---------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_statements_give_the_same_bytes(fmt):
    graph = awkward_graph()
    expected = to_bytes(graph, fmt)
    for seed in (1, 2):
        assert to_bytes(shuffled(graph, seed), fmt) == expected


def test_same_bytes_in_other_processes_with_other_hash_seeds():
    """rdflib's store is hash-ordered: only sorting makes nt/jsonld/xml/trig stable across runs."""
    script = (
        "import hashlib, sys\n"
        "from kg.export import FORMATS, to_bytes\n"
        "from test_export import article_dataset, awkward_graph\n"
        "g = awkward_graph()\n"
        "for f in sorted(FORMATS): print(f, hashlib.sha256(to_bytes(g, f)).hexdigest())\n"
        "print('trig-dataset', hashlib.sha256(to_bytes(article_dataset(g), 'trig')).hexdigest())\n"
    )
    outputs = {run_python(script, env=dict(os.environ, PYTHONHASHSEED=seed)) for seed in ("1", "2")}
    assert len(outputs) == 1


def test_blank_nodes_are_relabelled_canonically():
    graph = good_graph()
    for n in range(3):
        node = BNode()
        graph.add((entity_iri("person", "张晓峰"), URIRef(f"{KG}note"), node))  # a term of no schema
        graph.add((node, RDFS.comment, Literal(f"备注{n}")))
    relabelled = Graph()  # same shape, fresh blank node ids
    fresh: dict = {}
    for triple in graph:
        relabelled.add(tuple(fresh.setdefault(t, BNode()) if isinstance(t, BNode) else t for t in triple))
    for fmt in ("turtle", "nt", "jsonld", "xml"):
        assert to_bytes(relabelled, fmt) == to_bytes(graph, fmt)


# ---------------------------------------------------------------------------- atomic, UTF-8 writes


def test_failed_serialisation_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old content")

    def boom(*args, **kwargs):
        raise RuntimeError("serialiser failed")

    monkeypatch.setattr(Graph, "serialize", boom)
    monkeypatch.setattr("kg.turtle.turtle_bytes", boom)  # Turtle's own writer (kg.turtle) too
    with pytest.raises(RuntimeError):
        serialize(good_graph(), path)
    assert path.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_failed_write_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.nt"
    path.write_bytes(b"old content")

    def fail_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", fail_replace)
    with pytest.raises(GraphFileError, match="graph.nt: cannot write: No space left on device"):
        serialize(good_graph(), path, format="nt")
    assert path.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt"]


def test_write_into_a_missing_directory_is_a_graph_file_error(tmp_path):
    with pytest.raises(GraphFileError, match="cannot write"):
        serialize(good_graph(), tmp_path / "missing" / "graph.ttl")


def test_new_file_gets_the_usual_permissions(tmp_path):
    path = serialize(good_graph(), tmp_path / "graph.ttl")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_files_are_utf8_under_a_c_locale(fmt, tmp_path):
    """Bug case 11: LANG=C must not change the bytes written (no locale encoding, no \\u escapes)."""
    path = tmp_path / f"graph{FORMATS[fmt]}"
    script = (
        "import locale, sys\n"
        "from kg.export import serialize\n"
        "from test_validate import good_graph\n"
        f"serialize(good_graph(), sys.argv[1], format={fmt!r})\n"
        "print(locale.getpreferredencoding(False))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHON"))}
    # no UTF-8 mode (PEP 540) and no coercion of the C locale to C.UTF-8 (PEP 538)
    env.update(LANG="C", LC_ALL="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    encoding = run_python(script, str(path), env=env).strip()
    assert "utf" not in encoding.lower().replace("-", "")  # the test really ran under an ASCII locale
    data = path.read_bytes()
    assert data == to_bytes(good_graph(), fmt)
    assert "杭州市公安局".encode("utf-8") in data


# ---------------------------------------------------------------------------- load_graph errors


def test_missing_file_is_a_one_line_error_naming_it(tmp_path):
    path = tmp_path / "nope.ttl"
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("suffix,content", [
    (".ttl", '@prefix kg: <https://w3id.org/tupu/ontology#> .\nkg:a kg:b "unterminated .\n'),
    (".ttl", "foo:bar a <x:y> .\n"),
    (".nt", "<a:b> <a:c> not-a-term .\n"),
    (".jsonld", "{not json"),
    (".trig", "<a:g> { <a:b> <a:c> }\n"),
    (".rdf", "<rdf:RDF"),
])
def test_parse_error_is_a_one_line_error_naming_the_file(tmp_path, suffix, content):
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    message = str(info.value)
    assert message.startswith(f"{path}: not valid ")
    assert "\n" not in message and len(message) < len(str(path)) + 250


def test_unknown_suffix_is_a_graph_file_error(tmp_path):
    path = tmp_path / "graph.docx"
    path.write_bytes(b"x")
    with pytest.raises(GraphFileError, match="unknown graph file suffix '.docx'"):
        load_graph(path)


def test_load_reads_paths_with_special_characters(tmp_path):
    folder = tmp_path / "图谱 #1 %20"
    folder.mkdir()
    path = serialize(good_graph(), folder / "graph.ttl")
    assert isomorphic(load_graph(path), good_graph())


def test_loaded_trig_queries_see_every_named_graph(tmp_path):
    path = serialize(article_dataset(good_graph()), tmp_path / "graph.trig", format="trig")
    back = load_graph(path)
    assert back.default_union
    with export.quiet_rdflib_deprecations():
        assert len(list(back.triples((None, RDF.type, KG.Person)))) == 1


def test_xml_outputs_of_a_graph_with_control_characters_in_labels_parse(tmp_path):
    # a graph file whose label holds \x01: GraphML, GEXF and SPARQL XML results leave it out
    import xml.dom.minidom

    import networkx as nx
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.namespaces import KG
    from kg.network import write_export
    from kg.query import format_result, run_query

    g = Graph()
    node = URIRef("https://w3id.org/tupu/id/org-江城\x01局")
    g.add((node, RDF.type, KG.Organization))
    g.add((node, RDFS.label, Literal("江城\x01局", lang="zh")))
    write_export(g, "graphml", tmp_path / "g.graphml")
    write_export(g, "gexf", tmp_path / "g.gexf")
    assert "江城局" in {d.get("label") for _, d in nx.read_graphml(tmp_path / "g.graphml").nodes(data=True)}
    xml.dom.minidom.parse(str(tmp_path / "g.gexf"))
    xml.dom.minidom.parseString(format_result(run_query(g, "SELECT ?l WHERE { ?s ?p ?l }"), "xml").encode("utf-8"))


#: ``-o`` of each command that writes files, given the path asked for: (argv, the file it writes there).
_OUTPUTS = {
    "build": lambda o: (["build", "-q", "--no-html", str(ROOT / "kg" / "data" / "sample" / "fazhi-ribao-page.txt"),
                         "-o", str(o)], o / "graph.ttl"),
    "export-graphml": lambda o: (["export", str(ROOT / "out" / "graph.ttl"), "--to", "graphml", "-o", str(o)], o),
    "export-csv": lambda o: (["export", str(ROOT / "out" / "graph.ttl"), "--to", "csv", "-o", str(o)], o / "nodes.csv"),
    "view": lambda o: (["view", str(ROOT / "out" / "graph.ttl"), "-o", str(o.with_suffix(".svg"))], o.with_suffix(".svg")),
}


@pytest.mark.parametrize("command", list(_OUTPUTS))
def test_o_makes_missing_folders_alike_and_a_file_on_the_way_is_one_line(tmp_path, command):
    """kg export -o /nonexist/dir/x.graphml made the missing folders, as kg build -o makes its
    output folder with the folders above it (mkdir -p): that is what -o does, for every command
    alike (the README says so). A file where a folder of the path should be was one line in
    three wordings ('cannot write here (Not a directory)', 'cannot make the output folder (File
    exists)'); it is now the same line for all, naming the file, and nothing is made."""
    from click.testing import CliRunner

    from kg.cli import main

    argv, written = _OUTPUTS[command](tmp_path / "reports" / "2024" / "x")
    res = CliRunner().invoke(main, argv)
    assert res.exit_code == 0 and written.is_file(), res.output
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    argv, _ = _OUTPUTS[command](tmp_path / "notes.txt" / "more" / "x")
    res = CliRunner().invoke(main, argv)
    assert res.exit_code == 2, res.output
    assert res.output.splitlines() == [f"error: {tmp_path / 'notes.txt'}: exists and is not a folder"], res.output
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
