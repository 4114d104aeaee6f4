"""A nightly crawler → triple store pipeline (user 13's findings 4, 6, 8, 10, and ``-`` as a
store or an export file): empty crawler files, byte-identical copies under another name, a
machine-readable build summary, stale graphs left on the remote store by ``kg push``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

ARTICLE = "巡逻纪实\n\n近日，江城市公安局交警支队民警柯远舟荣获个人三等功。\n"
OTHER = "表彰通报\n\n日前，四川省广元市青川县公安局民警罗晓东荣获个人二等功。\n"


def _build(*args) -> object:
    return CliRunner().invoke(main, ["build", "--no-html", *map(str, args)])


def _nights(tmp_path: Path) -> tuple[Path, Path]:
    """night1: an article and an empty crawler file; night2: another article and a file of white space."""
    night1, night2 = tmp_path / "night1", tmp_path / "night2"
    night1.mkdir()
    night2.mkdir()
    (night1 / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (night1 / "empty_article.txt").write_bytes(b"")
    (night2 / "b.txt").write_text(OTHER, encoding="utf-8")
    (night2 / "blank.txt").write_bytes("\ufeff \r\n\u3000\r\n".encode("utf-8"))
    return night1, night2


# ----------------------------------------------------------------------------- F6. empty crawler files


@pytest.mark.parametrize("append", [False, True])
def test_an_empty_crawler_file_is_skipped_with_a_note_not_a_failure(tmp_path, append):
    """``kg build night1 night2 -o out --append`` gave exit 1 every night while an empty file was
    there, and counted it ``1 failed`` beside ``0 empty (skipped)``: now it is skipped, one note
    names it, exit 0, no errors.jsonl, and the files equal those of a build without it."""
    night1, night2 = _nights(tmp_path)
    res = _build(night1, night2, "-o", tmp_path / "out", *(["--append"] if append else []))
    assert res.exit_code == 0, res.output
    notes = [ln for ln in res.stderr.splitlines() if "empty" in ln]
    assert notes == [f"note: {night1 / 'empty_article.txt'}: the file is empty; skipped (no article)",
                     f"note: {night2 / 'blank.txt'}: the file is empty; skipped (no article)"], res.stderr
    assert "warning" not in res.stderr
    if append:
        assert "articles: 2 read, 2 empty (skipped), 0 failed, 2 in the store" in res.stdout, res.stdout
    else:
        assert "articles: 2 read, 2 skipped, 0 failed" in res.stdout, res.stdout
    assert not (tmp_path / "out" / "errors.jsonl").exists()
    (night1 / "empty_article.txt").unlink()
    (night2 / "blank.txt").unlink()
    clean = _build(night1, night2, "-o", tmp_path / "clean")
    assert clean.exit_code == 0, clean.output
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "clean" / "graph.ttl").read_bytes()


def test_the_next_append_counts_an_empty_file_unchanged_and_exits_0(tmp_path):
    """The store records an empty file as read: the next night's --append does not read it again
    (no note, no failure), and when it is filled it is read as any changed file."""
    night1, night2 = _nights(tmp_path)
    first = _build(night1, "-o", tmp_path / "out", "--append")
    assert first.exit_code == 0, first.output
    again = _build(night1, night2, "-o", tmp_path / "out", "--append")
    assert again.exit_code == 0, again.output
    assert "inputs: 4 given, 2 unchanged (skipped), 2 new or changed (read)" in again.stdout, again.stdout
    assert [ln for ln in again.stderr.splitlines() if "empty" in ln] == [
        f"note: {night2 / 'blank.txt'}: the file is empty; skipped (no article)"]
    (night1 / "empty_article.txt").write_text(OTHER.replace("罗晓东", "罗晓南"), encoding="utf-8")
    filled = _build(night1, night2, "-o", tmp_path / "out", "--append")
    assert filled.exit_code == 0, filled.output
    assert "articles: 1 read, 0 empty (skipped), 0 failed, 3 in the store" in filled.stdout, filled.stdout


def test_an_empty_file_beside_a_failure_still_exits_1(tmp_path):
    """A real failure (a binary file) still gives exit 1 and its errors.jsonl row; the empty file
    is not in errors.jsonl."""
    night1, _ = _nights(tmp_path)
    (night1 / "c.txt").write_bytes(b"\x00\x01binary")
    res = _build(night1, "-o", tmp_path / "out")
    assert res.exit_code == 1, res.output
    rows = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["input"] for r in rows] == [str(night1 / "c.txt")]
    assert "articles: 1 read, 1 skipped, 1 failed" in res.stdout, res.stdout


def test_empty_files_alone_are_still_an_error(tmp_path):
    """Nothing but empty files: no article to write, exit 2, nothing written, the old message."""
    night1, night2 = _nights(tmp_path)
    res = _build(night1 / "empty_article.txt", "-o", tmp_path / "out")
    assert res.exit_code == 2
    assert res.stderr.splitlines()[-1] == f"error: {night1 / 'empty_article.txt'}: the file is empty"
    both = _build(night1 / "empty_article.txt", night2 / "blank.txt", "-o", tmp_path / "out")
    assert both.exit_code == 2
    assert both.stderr.splitlines()[-1] == (f"error: {night1 / 'empty_article.txt'}: the file is empty; no input "
                                            "gave an article (2 empty), so nothing is written")
    assert not (tmp_path / "out").exists()


# ----------------------------------------------------------------------------- F4. a copy under another name


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    night1, night2 = tmp_path / "night1", tmp_path / "night2"
    night1.mkdir()
    night2.mkdir()
    (night1 / "cs_court.txt").write_text(ARTICLE, encoding="utf-8")
    (night1 / "b.txt").write_text(OTHER, encoding="utf-8")
    (night2 / "cs_copy.txt").write_bytes((night1 / "cs_court.txt").read_bytes())
    (night2 / "cs_court.txt").write_bytes((night1 / "cs_court.txt").read_bytes())  # (same name: one article)
    return night1, night2


def _same_text_notes(res) -> list[str]:
    return [ln for ln in res.stderr.splitlines() if "hold the same text" in ln]


def test_a_copy_under_another_name_is_named_in_one_note_whatever_the_order(tmp_path):
    """A byte-identical file under another name became a second article without a word: one note
    names both (sorted, so the same line whatever the order of the inputs); both are still read,
    and the files are the same for either order and for --append night by night."""
    night1, night2 = _copies(tmp_path)
    note = [f"note: {night1 / 'cs_court.txt'} and {night2 / 'cs_copy.txt'} hold the same text: read as 2 separate "
            "articles, its statements have evidence from each and article counts count it 2 times (give one of "
            "them, or --remove the others with --append, to count it once)"]
    full = _build(night1, night2, "-o", tmp_path / "full")
    assert full.exit_code == 0, full.output
    assert _same_text_notes(full) == note, full.stderr
    assert "articles: 3 read" in full.stdout  # (cs_court.txt twice under its name: one article)
    backwards = _build(night2, night1, "-o", tmp_path / "backwards")
    assert _same_text_notes(backwards) == note, backwards.stderr
    for nights in ([night2], [night1], [night1, night2]):  # the copy first, then the original, then both
        res = _build(*nights, "-o", tmp_path / "inc", "--append")
        assert res.exit_code == 0, res.output
        alone = f"note: {night2 / 'cs_copy.txt'} and {night2 / 'cs_court.txt'} hold"  # (night2 alone)
        assert _same_text_notes(res) == (note if nights != [night2] else [alone + note[0].split(" hold", 1)[1]])
    graph = (tmp_path / "full" / "graph.ttl").read_bytes()
    assert graph == (tmp_path / "backwards" / "graph.ttl").read_bytes() == (tmp_path / "inc" / "graph.ttl").read_bytes()
    assert graph.count(b"a kg:NewsArticle") == 3


def test_the_same_text_in_another_encoding_is_named_too_and_other_texts_are_not(tmp_path):
    """The same text read from GBK with CRLF line ends is the same text; a file with one character
    changed is not named."""
    night1, night2 = tmp_path / "night1", tmp_path / "night2"
    night1.mkdir()
    night2.mkdir()
    (night1 / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (night2 / "a_gbk.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("gbk"))
    (night2 / "c.txt").write_text(ARTICLE.replace("三等功", "二等功"), encoding="utf-8")
    res = _build(night1, night2, "-o", tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert [ln.split(" hold")[0] for ln in _same_text_notes(res)] == [
        f"note: {night1 / 'a.txt'} and {night2 / 'a_gbk.txt'}"], res.stderr


# ----------------------------------------------------------------------------- F10. machine-readable summaries


def test_summary_json_counts_the_build_in_a_fixed_key_order(tmp_path):
    """The summary was text to regex: --summary-json FILE writes one JSON object, keys in a fixed
    order, with the counts of the text summary, the triples of graph.ttl, the files written, the
    empty files and the failures; the text summary is still printed."""
    night1, night2 = _nights(tmp_path)
    (night2 / "c.txt").write_bytes(b"\x00\x01binary")
    res = _build(night1, night2, "-o", tmp_path / "out", "--append", "--summary-json", tmp_path / "s" / "night.json")
    assert res.exit_code == 1, res.output
    assert "articles: 2 read, 2 empty (skipped), 1 failed, 2 in the store" in res.stdout
    text = (tmp_path / "s" / "night.json").read_text(encoding="utf-8")
    record = json.loads(text)
    assert list(record) == ["summary_version", "exit_code", "out", "inputs", "articles", "entities", "relations",
                            "merges", "triples", "store", "files", "empty", "failed"]
    assert record["exit_code"] == 1 and record["summary_version"] == 1
    assert record["inputs"] == {"given": 5, "unchanged": 0, "read": 5, "missing": 0, "removed": 0}
    assert record["articles"] == {"read": 2, "unchanged": 0, "empty": 2, "skipped": 0, "failed": 0, "unread": 1,
                                  "total": 2}
    import pyoxigraph

    graph = tmp_path / "out" / "graph.ttl"
    assert record["triples"] == len(list(pyoxigraph.parse(graph.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)))
    assert record["files"] == {"written": [str(graph), str(tmp_path / "out" / "errors.jsonl")], "removed": []}
    assert record["empty"] == [str(night1 / "empty_article.txt"), str(night2 / "blank.txt")]
    assert [f["input"] for f in record["failed"]] == [str(night2 / "c.txt")]
    assert record["store"]["article_graphs"]["added"] == 2
    again = _build(night1, night2, "-o", tmp_path / "out", "--append", "--summary-json", "-")
    assert again.stdout.startswith("{") and json.loads(again.stdout)["inputs"]["unchanged"] == 4  # JSON alone
    assert again.exit_code == 1 and json.loads(again.stdout)["articles"]["unread"] == 1


def test_summary_json_may_not_overwrite_an_output_of_the_build(tmp_path):
    night1, _ = _nights(tmp_path)
    res = _build(night1, "-o", tmp_path / "out", "--summary-json", tmp_path / "out" / "graph.ttl")
    assert res.exit_code == 2 and not (tmp_path / "out").exists()
    assert res.stderr.splitlines()[-1].startswith(f"error: --summary-json {tmp_path / 'out' / 'graph.ttl'}: is a file")
    empty = _build(night1, "-o", tmp_path / "out", "--summary-json", "")
    assert empty.exit_code == 2 and "'--summary-json'" in empty.stderr


def test_validate_format_json(tmp_path):
    """kg validate printed an rdflib text report only: --format json is one object, same exit codes."""
    night1, _ = _nights(tmp_path)
    assert _build(night1, "-o", tmp_path / "out").exit_code == 0
    graph = tmp_path / "out" / "graph.ttl"
    ok = CliRunner().invoke(main, ["validate", str(graph), "--format", "json", "-q"])
    assert ok.exit_code == 0, ok.output
    record = json.loads(ok.stdout)
    assert list(record) == ["graph", "conforms", "triples", "violations", "shown", "results"]
    assert record["conforms"] is True and record["violations"] == 0 and record["triples"] > 0
    bad = tmp_path / "bad.ttl"
    bad.write_text(graph.read_text(encoding="utf-8").replace("kg:extractor", "kg:sentence"), encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(bad), "--format", "json", "--limit", "1", "-q"])
    assert res.exit_code == 1, res.output
    record = json.loads(res.stdout)
    assert record["conforms"] is False and record["violations"] >= 1 and record["shown"] == 1
    assert list(record["results"][0]) == ["focus", "path", "value", "message", "component", "shape"]
    assert record["results"][0]["path"] == "kg:extractor"


# ----------------------------------------------------------------------------- F8. kg push --prune

from test_push import _count, oxigraph  # noqa: E402,F401 (the real Oxigraph server on loopback)


def _graphs_there(url: str) -> set[str]:
    from test_push import _select

    return {row["g"]["value"] for row in _select(url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


def test_push_prune_deletes_the_graphs_the_store_no_longer_has(oxigraph, tmp_path):
    """Each push PUT the store's graphs and never deleted one: an article --remove dropped stayed on
    the server. --prune deletes the server's graphs under Tupu's IRIs the store lacks, and leaves
    the default graph and graphs of other names alone."""
    night1, night2 = _nights(tmp_path)
    out, store = tmp_path / "out", str(tmp_path / "out" / ".kg-store")
    assert _build(night1, night2, "-o", out, "--append").exit_code == 0
    endpoint = oxigraph + "/store"
    other = "https://example.org/theirs"
    import urllib.request

    for target in (f"{endpoint}?graph={other}", f"{endpoint}?default"):
        req = urllib.request.Request(target, data=b"<https://example.org/a> <https://example.org/b> \"c\" .\n",
                                     method="PUT", headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(req, timeout=10).read()
    first = CliRunner().invoke(main, ["push", store, "--endpoint", endpoint, "--prune"])
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[-1] == "pruned 0 graph(s) the store no longer has"
    before = _graphs_there(oxigraph)
    assert _build("-o", out, "--append", "--remove", night2 / "b.txt").exit_code == 0
    plain = CliRunner().invoke(main, ["push", store, "--endpoint", endpoint])  # (without --prune: kept)
    assert plain.exit_code == 0 and _graphs_there(oxigraph) == before
    res = CliRunner().invoke(main, ["push", store, "--endpoint", endpoint, "--prune"])
    assert res.exit_code == 0, res.output
    gone = sorted(before - _graphs_there(oxigraph))
    assert len(gone) == 1 and gone[0].startswith("https://w3id.org/tupu/id/article-b-")
    assert res.stdout.splitlines()[-2:] == [f"deleted graph <{gone[0]}>", "pruned 1 graph(s) the store no longer has"]
    assert other in _graphs_there(oxigraph) and _count(oxigraph, "?s ?p ?o") >= 1  # (the default graph kept)
    pushed = CliRunner().invoke(main, ["export", store, "--to", "nq", "-o", str(tmp_path / "g.nq")])
    assert pushed.exit_code == 0
    assert _graphs_there(oxigraph) - {other} == {line.rsplit(" ", 2)[-2].strip("<>") for line in
                                                 (tmp_path / "g.nq").read_text(encoding="utf-8").splitlines()}


def test_push_prune_is_refused_where_it_could_only_guess(tmp_path):
    """--prune with a graph file or --graph (no graphs of its own to keep), or at an endpoint whose
    query URL is unknown: one error line, exit 2, nothing sent (the endpoint is not even up)."""
    night1, _ = _nights(tmp_path)
    assert _build(night1, "-o", tmp_path / "out", "--append").exit_code == 0
    store, graph = str(tmp_path / "out" / ".kg-store"), str(tmp_path / "out" / "graph.ttl")
    for args in ([graph, "--prune"], [store, "--prune", "--graph", "https://example.org/g"]):
        res = CliRunner().invoke(main, ["push", *args, "--endpoint", "http://127.0.0.1:9/store"])
        assert res.exit_code == 2 and res.stderr.startswith("error: --prune deletes"), res.output
    res = CliRunner().invoke(main, ["push", store, "--prune", "--endpoint", "http://127.0.0.1:9/graphs"])
    assert res.exit_code == 2 and "--query-endpoint" in res.stderr and "cannot reach" not in res.stderr
    res = CliRunner().invoke(main, ["push", store, "--query-endpoint", "http://127.0.0.1:9/q",
                                    "--endpoint", "http://127.0.0.1:9/store"])
    assert res.exit_code == 2 and "--query-endpoint is for --prune" in res.stderr


# ----------------------------------------------------------------------------- cli13 leftovers: '-' as a folder or file


def test_store_dash_and_export_dash_are_one_error_line(tmp_path, monkeypatch):
    """``kg build --store -`` made a store folder named ``-`` and ``kg export -o -`` a file named
    ``-``: each is one error line, exit 2, nothing made (as ``kg build -o -``)."""
    night1, _ = _nights(tmp_path)
    assert _build(night1, "-o", tmp_path / "out").exit_code == 0
    monkeypatch.chdir(tmp_path)
    res = _build(night1, "-o", "out2", "--store", "-")
    assert res.exit_code == 2 and res.stderr == ("error: --store -: a store is a folder of files, not standard "
                                                 "output; give a folder name\n"), res.output
    for fmt in ("graphml", "nq", "csv"):
        res = CliRunner().invoke(main, ["export", "out/graph.ttl", "--to", fmt, "-o", "-"])
        assert res.exit_code == 2 and res.stderr.startswith("error: -o -: kg export writes a file"), res.output
        assert len(res.stderr.splitlines()) == 1
    assert not (tmp_path / "-").exists() and not (tmp_path / "out2").exists()
