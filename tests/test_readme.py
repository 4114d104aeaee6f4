"""The README's examples are real: each SPARQL block prints the output block shown below it,
and the build summary matches a build of the bundled page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import format_result, run_query

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```sparql\n(.*?)```\n```\n(.*?)```", README, flags=re.S)


def test_readme_has_the_four_query_examples():
    assert len(EXAMPLES) == 4


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
