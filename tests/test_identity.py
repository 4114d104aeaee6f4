"""Identity across a corpus (issue 8): articles, persons, organizations and places, one node per
real entity; judgement merges recorded; separate builds that merge by union. Invented texts."""
from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.namespaces import KG
from kg.pipeline import run
from kg.validate import validate


def _write(folder, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_same_file_name_in_two_folders_gives_two_valid_articles(tmp_path):
    _write(tmp_path / "a", "page.txt", "春巡记\n\n青禾县公安局民警柏晓川在集市巡逻。\n")
    _write(tmp_path / "b", "page.txt", "夏训记\n\n青禾县公安局民警苗若溪参加集训。\n")
    g = run([tmp_path / "a", tmp_path / "b"]).graph
    articles = sorted(g.subjects(RDF.type, KG.NewsArticle))
    assert len(articles) == 2
    assert sorted(str(g.value(a, RDFS.label)) for a in articles) == ["夏训记", "春巡记"]
    assert validate(g).conforms
