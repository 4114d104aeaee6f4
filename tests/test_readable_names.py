"""Names with a middle dot (艾山·买买提) are shown as written where the tool prints IRIs for a person
(the query table, decision notes), and such a name typed into a query finds its node, on a graph
file and on a store alike (user 10, finding 13). The IRIs themselves keep ``%C2%B7``."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.namespaces import minted_local, readable_local
from kg.query import compact_iri, minted_names

IRI = "https://w3id.org/tupu/id/person-艾山%C2%B7买买提_疏附县公安局"


def test_a_kgid_name_is_shown_readable_and_read_back_as_its_iri():
    assert compact_iri(IRI) == "kgid:person-艾山·买买提_疏附县公安局"
    assert readable_local("org-a%2Fb") == "org-a%2Fb"  # an ASCII escape stays: a name cannot hold "/"
    assert readable_local("org-a%E2%80%94b") == "org-a%E2%80%94b"  # — (no name character) stays
    assert minted_local("person-艾山·买买提_疏附县公安局") == "person-艾山%C2%B7买买提_疏附县公安局"
    text = 'SELECT * { kgid:person-艾山·买买提_x ?p "kgid:person-甲·乙" } # kgid:person-丙·丁'
    assert minted_names(text) == 'SELECT * { kgid:person-艾山%C2%B7买买提_x ?p "kgid:person-甲·乙" } # kgid:person-丙·丁'


def test_the_table_shows_the_name_and_a_query_finds_it_on_a_graph_and_a_store(tmp_path):
    (tmp_path / "a.txt").write_text("疏附县公安局表彰\n\n疏附县公安局民警艾山·买买提获评优秀民警。\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "-q", "--no-html", "--append"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["query", str(tmp_path / "o" / "graph.ttl"), "SELECT ?p WHERE { ?p a kg:Person }"])
    assert "kgid:person-艾山·买买提_疏附县公安局" in res.output and "%C2%B7" not in res.output
    for source in ("graph.ttl", ".kg-store"):
        res = runner.invoke(main, ["query", str(tmp_path / "o" / source), "--format", "csv",
                                   "SELECT ?l WHERE { kgid:person-艾山·买买提_疏附县公安局 rdfs:label ?l }"])
        assert res.exit_code == 0 and res.output.splitlines()[1:] == ["艾山·买买提"], (source, res.output)
    res = runner.invoke(main, ["query", str(tmp_path / "o" / "graph.ttl"), "--format", "csv", "SELECT ?p WHERE { ?p a kg:Person }"])
    assert "%C2%B7" in res.output  # (machine formats keep the IRI as it is)
