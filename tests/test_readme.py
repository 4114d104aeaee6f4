"""The README's examples are real: each SPARQL block prints the output block shown below it,
and the build summary matches a build of the bundled page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import format_result, run_query

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8") + "\n" + (Path(__file__).parent.parent / "docs" / "manual.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```sparql\n(.*?)```\n```\n(.*?)```", README, flags=re.S)


def test_readme_has_the_six_query_examples():
    assert len(EXAMPLES) == 6
    assert any("kg:conferrer" in query for query, _ in EXAMPLES)


@pytest.mark.parametrize("query,shown", EXAMPLES)
def test_readme_query_output_is_real(sample_graph, query, shown):
    got = format_result(run_query(sample_graph, query), "table")
    assert [ln.rstrip() for ln in got.strip().splitlines()] == [ln.rstrip() for ln in shown.strip().splitlines()]


def test_readme_build_summary_is_real(tmp_path):
    res = CliRunner().invoke(main, ["build", "-o", str(tmp_path)])
    assert res.exit_code == 0
    for line in res.output.splitlines()[:3]:
        assert line in README


def test_readme_kgid_examples_run_unchanged_in_oxigraph(sample_graph, sample_ttl):
    """The README's queries with ``kgid:`` names are standard SPARQL: Oxigraph gives the same rows."""
    pyoxigraph = pytest.importorskip("pyoxigraph")
    from kg.namespaces import PREFIXES

    store = pyoxigraph.Store()
    store.load(path=str(sample_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    with_kgid = [query for query, _ in EXAMPLES if "kgid:" in query]
    assert with_kgid
    for query in with_kgid:
        ours = run_query(sample_graph, query)
        solutions = store.query(header + query)
        names = [v.value for v in solutions.variables]
        theirs = [tuple(None if s[n] is None else s[n].value for n in names) for s in solutions]
        assert names == ours.vars and theirs and sorted(theirs, key=str) == sorted(ours.rows, key=str)


#: Jena as Debian packages it (libapache-jena-java): its command-line classes and what they need.
DEBIAN_JENA_JARS = (
    "jena-cmds", "jena-arq", "jena-core", "jena-base", "jena-iri", "jena-shacl", "jena-shex", "jena-tdb", "jena-tdb2",
    "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage", "jena-dboe-trans-data", "jena-dboe-transaction",
    "jena-rdfconnection", "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io",
    "commons-lang3", "dexx.collection-0.7", "gson", "guava", "httpclient", "httpcore", "jackson-core",
    "jackson-databind", "jackson-annotations", "jsonld-java", "jakarta.json-api", "titanium-json-ld",
    "slf4j-api", "slf4j-nop",
)


def _jena_sparql(tmp: Path) -> list[str] | None:
    """The command that runs Jena's ``sparql`` (ARQ): ``sparql`` of a Jena distribution on PATH
    or in ``$JENA_HOME/bin``, else the Debian package's jars under ``java``; None without Jena.

    Debian's Jena 4.5.0 relocates the bundled Xerces to ``xerces.*`` but leaves its message
    resources under ``org/apache/jena/ext/xerces``, so it fails at start-up (ExceptionInInitializerError
    in ``SchemaDVFactory``); the resources are copied under the relocated name into ``tmp``."""
    import os
    import shutil
    import zipfile

    home = os.environ.get("JENA_HOME")
    found = shutil.which("sparql", path=os.path.join(home, "bin")) if home else shutil.which("sparql")
    if found:
        return [found]
    java, jars = shutil.which("java"), Path("/usr/share/java")
    if not java or not (jars / "jena-cmds.jar").is_file():
        return None
    with zipfile.ZipFile(jars / "jena-core.jar") as core:
        for name in core.namelist():
            if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                target = tmp / name[len("org/apache/jena/ext/"):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(core.read(name))
    path = [str(jars / f"{jar}.jar") for jar in DEBIAN_JENA_JARS]
    path += [str(p) for p in sorted(jars.glob("protobuf-[0-9]*.jar"))[:1] + sorted(jars.glob("thrift-[0-9]*.jar"))[:1]]
    return [java, "-cp", os.pathsep.join(path + [str(tmp)]), "arq.sparql"]


def test_readme_kgid_examples_run_unchanged_in_jena(sample_graph, sample_ttl, tmp_path):
    """The README's queries with ``kgid:`` names give the same rows in Apache Jena (ARQ) as in
    kg query, with only the PREFIX lines added (skipped when Jena is not installed:
    ``apt-get install libapache-jena-java``, or a Jena distribution's ``sparql`` on PATH)."""
    import json
    import subprocess

    from kg.namespaces import PREFIXES

    command = _jena_sparql(tmp_path)
    if command is None:
        pytest.skip("Apache Jena is not installed (apt-get install libapache-jena-java)")
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    with_kgid = [query for query, _ in EXAMPLES if "kgid:" in query]
    assert with_kgid
    for k, query in enumerate(with_kgid):
        (tmp_path / f"q{k}.rq").write_text(header + query, encoding="utf-8")
        run = subprocess.run([*command, "--data", str(sample_ttl), "--query", str(tmp_path / f"q{k}.rq"),
                              "--results", "JSON"], capture_output=True, text=True, encoding="utf-8", timeout=120)
        assert run.returncode == 0, run.stderr[-2000:]
        doc = json.loads(run.stdout)
        ours = run_query(sample_graph, query)
        assert doc["head"]["vars"] == ours.vars
        theirs = [tuple(b[n]["value"] if n in b else None for n in ours.vars) for b in doc["results"]["bindings"]]
        assert theirs and sorted(theirs, key=str) == sorted(ours.rows, key=str)


def test_readme_introduces_kg_run_with_its_real_signature_before_its_first_use():
    import inspect

    import kg

    first = README.index("kg.run")
    line = README[first:README.index("\n", first)]
    shown = re.search(r"kg\.run\((inputs=.*)\)", line)  # the first line names it with its signature
    assert shown, f"kg.run is first mentioned without its signature: {line!r}"
    params = inspect.signature(kg.run).parameters
    for part in shown.group(1).split(","):
        name, _, default = part.strip().partition("=")
        if name in ("*", "…", ""):
            continue
        assert name in params and repr(params[name].default) == default, part
    assert "BuildResult" in README[first:first + 400] and hasattr(kg.run([], text="标题\n\n正文。"), "summary")


def test_readme_says_query_stats_export_view_and_validate_take_a_store():
    for cmd in ("query", "export", "stats", "view", "validate"):
        assert re.search(rf"^kg {cmd} OUT/graph\.ttl\|STORE ", README, flags=re.M), cmd
    assert "`kg query`, `kg stats`, `kg export`, `kg view` and `kg validate` take a graph file" in README


def test_readme_says_exports_hold_articles_and_mentions(sample_graph):
    """The export holds NewsArticle nodes and mentions edges, and the README says so."""
    from kg.network import to_networkx

    G = to_networkx(sample_graph)
    assert any(attrs["class"] == "NewsArticle" for _, attrs in G.nodes(data=True))
    assert any(key == "mentions" for _, _, key in G.edges(keys=True))
    section = README[README.index("## Graph exports"):README.index("## Figures of a graph")]
    text = " ".join(section.split())
    assert "The articles are nodes too (`class` `NewsArticle`" in text and "`mentions` from an article" in text


def test_readme_append_summary_is_real(tmp_path):
    """The --append summary quoted in the README is what kg build prints in the case it describes."""
    pytest.importorskip("pyoxigraph")
    texts = {"a.txt": "巡逻记\n\n湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。\n",
             "b.txt": "巡回审判\n\n福建省安溪县人民法院审判员柏川屿带领合议庭进村开庭。\n",
             "c.txt": "夜市见闻\n\n“多巡一圈，大家就多一分安心。”柏川屿说。\n"}
    (tmp_path / "in").mkdir()
    for name, text in texts.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    common = ["--no-html", "-o", str(tmp_path / "out"), "--store", str(tmp_path / "s")]
    assert CliRunner().invoke(main, ["build", str(tmp_path / "in"), *common]).exit_code == 0
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in" / "a.txt"), *common, "--append"])
    assert res.exit_code == 0, res.output
    for line in res.output.splitlines()[:2]:
        assert f"\n{line}\n" in README, line


def test_readme_queries_name_things_the_way_a_store_finds_fast():
    """On a million-triple store a ``FILTER(str(?x) = "…")`` reads every label and a path to a
    written-out IRI is walked from every node (up to 500 ms); the examples show ``"…"@zh`` and
    ``VALUES`` (8–26 ms, bench/bench_store.py), and the guide says why."""
    for query, _ in EXAMPLES:
        assert "FILTER(str(" not in query
        assert not re.search(r"\+ kgid:", query), query
    assert "reads every label of the graph" in README


def test_the_quick_start_query_pairs_each_post_with_its_own_unit(sample_graph):
    block = README.split("## Your own articles, in three steps", 1)[1].split("```", 4)[3]
    sparql = re.search(r"kg query out-news/graph\.ttl '(.*?)'", block, flags=re.S).group(1)
    rows = {tuple(str(v) if v is not None else "" for v in row) for row in run_query(sample_graph, sparql).rows}
    assert ("马宇斌", "局长", "台州市公安局") in rows and ("马宇斌", "副市长", "") in rows
    assert ("马宇斌", "副市长", "台州市公安局") not in rows  # a post is never paired with another post's unit
    assert ("吕祖期", "", "台州市公安局特警支队") in rows  # serving with no post written
