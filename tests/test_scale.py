"""Input at scale (issue 9): JSON Lines and folder trees streamed, article metadata in the graph,
RDF files refused, progress bars, the build summary's counts, and ``--jobs N`` giving the same
bytes as one process. All names below are invented."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, Namespace, URIRef

DCTERMS = Namespace("http://purl.org/dc/terms/")
SDO = Namespace("https://schema.org/")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

from kg.cli import main
from kg.errors import InputError
from kg.graph import entity_iri

ROOT = Path(__file__).resolve().parents[1]
INVENTED = ROOT / "tests/data/invented/texts"

ARTICLE = ("本报讯（记者柳言川 通讯员苗禾）近日，青石县公安局城关派出所民警走进社区开展反诈宣传。"
           "城关派出所所长岑立峰介绍，今年以来该所已劝阻潜在受害群众30余人。")
RECORDS = [
    {"id": "qs-001", "title": "青石县公安局开展反诈宣传", "date": "2024年5月12日", "source": "青石日报",
     "url": "https://news.example.org/qs/001.html", "page": "A04", "text": ARTICLE, "author": "ignored"},
    {"id": 2, "title": "青石县民警获表彰", "date": "2024-05-13", "text": "青石县公安局交警大队民警宁远航荣立个人三等功。"},
]


def _jsonl(path: Path, records: list, extra: str = "") -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def jsonl_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jsonl")
    src = _jsonl(tmp / "news.jsonl", RECORDS)
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp / "out"), "--no-html"])
    from kg.export import load_graph

    return res, load_graph(tmp / "out/graph.ttl")


def test_jsonl_articles_carry_their_metadata(jsonl_build):
    res, g = jsonl_build
    assert res.exit_code == 0, res.output
    assert "articles: 2 read, 0 skipped, 0 failed" in res.output
    a = entity_iri("NewsArticle", "qs-001")
    assert (a, DCTERMS.date, Literal("2024-05-12", datatype=XSD_DATE)) in g
    assert (a, DCTERMS.source, Literal("青石日报")) in g
    assert (a, SDO.url, URIRef("https://news.example.org/qs/001.html")) in g
    assert (a, SDO.printPage, Literal("A04")) in g
    b = entity_iri("NewsArticle", "2")
    assert (b, DCTERMS.date, Literal("2024-05-13", datatype=XSD_DATE)) in g
    assert (b, SDO.url, None) not in g


def test_jsonl_article_is_read_like_a_text(jsonl_build):
    from kg.query import run_query

    _, g = jsonl_build
    rows = run_query(g, 'SELECT ?n WHERE { ?a kg:reporter/rdfs:label ?n }')
    assert {str(r[0]) for r in rows.rows} == {"柳言川"}
    labels = {str(o) for o in g.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert {"岑立峰", "宁远航", "青石县公安局开展反诈宣传"} <= labels


def test_jsonl_graph_with_metadata_validates(jsonl_build):
    from kg.validate import validate

    assert validate(jsonl_build[1]).conforms


def test_bad_metadata_is_a_shape_violation():
    from kg.export import load_graph
    from kg.validate import validate

    g = load_graph(ROOT / "out/graph.ttl")
    art = next(g.subjects(URIRef("https://w3id.org/tupu/ontology#sourceFile"), None))
    g.add((art, DCTERMS.date, Literal("May 12")))
    g.add((art, SDO.url, Literal("https://x.example.org/")))
    assert validate(g).violations == 2


BAD_LINES = [
    ('{"id": "a", "text": "正文。"', "news.jsonl:2: not valid JSON"),
    ('["a", "b"]', "news.jsonl:2: expected a JSON object"),
    ('{"text": "正文。"}', "news.jsonl:2: needs an id"),
    ('{"id": "b"}', "news.jsonl:2: field 'text' is missing (the article's text, a string)"),
    ('{"id": "<b>", "text": "正文。"}', "news.jsonl:2: the id '<b>' is empty once markup"),  # (it stopped the build)
    ('{"id": "\\u200b", "text": "正文。"}', "news.jsonl:2: the id '\\u200b' is empty once markup"),
    ('{"id": "b", "text": 7}', "news.jsonl:2: field 'text' must be a string, not a number"),
    ('{"id": "b", "text": "正文。", "url": "javascript:alert(1)"}', "news.jsonl:2: url 'javascript:alert(1)' is not"),
    ('{"id": "b", "text": "%s"}' % ("正" * 400), "news.jsonl:2: line longer than the limit of 1,024 bytes"),
]


@pytest.mark.parametrize("raw,message", [
    (b'{"id": "b", "text": "\xe6\xad\xa3\xe6\x96\x87"\n', "truncated: the line ends inside the record, at column 25"),
    (b'{"id": "b", "text": "\xe6\xad\xa3\r\n', "truncated: the line ends inside a string opened at column 21"),
    (b'{"id": , "text": "x"}\n', "Expecting value at column 8"),
    (b'{"id": "b", "text": "x"}}\n', "'}' after the record, at column 25: one JSON object a line, lines separated by \\n only"),
    ('{"id": "b", "text": "x"}\u2028\n'.encode(), "U+2028 LINE SEPARATOR after the record, at column 25: one JSON "
                                                 "object a line, lines separated by \\n only"),  # (was "truncated")
])
def test_a_bad_jsonl_line_names_where_it_went_wrong(raw, message):
    """A cut line is called truncated, and columns count the line's own characters: before, the
    line end was decoded with the record, so a cut line was reported at column 1 (of a second
    line the file does not have), and an open string 'starting at at column 18'."""
    from kg.errors import InputError
    from kg.sources import _record

    with pytest.raises(InputError) as err:
        _record(raw, "news.jsonl:2")
    assert str(err.value) == f"news.jsonl:2: not valid JSON ({message})"


@pytest.mark.parametrize("raw,message", [
    (b'{"id": "b", "text": "x", "n": NaN}', "NaN (JSON has no NaN or Infinity)"),
    (b'{"id": "b", "text": "x", "n": [-Infinity]}', "-Infinity (JSON has no NaN or Infinity)"),
    (b'{"id": "b", "text": "x", "id": "c"}', "key 'id' given twice in one object"),
    (b'{"id": "b", "text": "x", "m": {"k": 1, "k": 2}}', "key 'k' given twice in one object"),
])
def test_nan_infinity_and_a_key_given_twice_are_refused(raw, message):
    """Python's json reads NaN and Infinity, which JSON has not, and lets the last of two equal keys
    win: such a record was taken silently (the id of {"id": "b", …, "id": "c"} was c)."""
    from kg.errors import InputError
    from kg.sources import _record

    with pytest.raises(InputError) as err:
        _record(raw, "news.jsonl:2")
    assert str(err.value) == f"news.jsonl:2: not valid JSON: {message}"


def test_a_line_separator_inside_a_jsonl_string_is_text(tmp_path):
    """JSON strings may hold U+2028 and U+2029 raw: records are split on \\n alone, so the record is whole
    and the next line is the next record."""
    from kg.sources import iter_units

    src = tmp_path / "news.jsonl"
    src.write_bytes('{"id": "a", "text": "一段\u2028二段\u2029三段"}\n{"id": "b", "text": "正文"}\n'.encode())
    units = list(iter_units([src]))
    assert [(u.line, u.error, u.record and u.record["id"]) for u in units] == [(1, None, "a"), (2, None, "b")]


@pytest.mark.parametrize("line,message", [
    ('{"id": "\\ud800x", "text": "正文。"}', "news.jsonl:2: field 'id' holds a lone surrogate ('\\ud800'), not text"),
    ('{"id": "b", "text": "正文\\udc00。"}', "news.jsonl:2: field 'text' holds a lone surrogate ('\\udc00'), not text"),
    ('{"id": "b", "text": "正文。", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "news.jsonl:2: JSON nested too deeply"),
    ('{"id": ' + "9" * 5000 + ', "text": "正文。"}', "news.jsonl:2: a number too long to read"),
])
@pytest.mark.parametrize("store", [False, True])
def test_a_jsonl_line_python_cannot_hold_fails_alone(tmp_path, line, message, store):
    """Lines that json.loads reads into no text (a lone surrogate from a \\ud800 escape, which no
    IRI, digest or file can hold), or cannot read (nesting deeper than the interpreter's stack, an
    integer over Python's 4,300-digit limit), fail alone with the line named: before, each ended
    the build with a bare Python message (with --store even the surrogate in a text)."""
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join([json.dumps(RECORDS[0], ensure_ascii=False), line, json.dumps(RECORDS[1], ensure_ascii=False)])
                   + "\n", encoding="utf-8")
    args = ["build", str(src), "-o", str(tmp_path / "out"), "--max-file-size", "1M", "--no-html"]
    res = CliRunner().invoke(main, args + (["--store", str(tmp_path / "st")] if store else []))
    assert res.exit_code == 1, res.output
    assert f"news.jsonl:2: {message.split(': ', 1)[1]}" in res.output and "warning: " in res.output
    rows = [json.loads(r) for r in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["input"].endswith("news.jsonl:2") for r in rows] == [True]


@pytest.mark.parametrize("line,message", BAD_LINES)
def test_a_bad_jsonl_line_fails_alone(tmp_path, line, message):
    """A corpus build goes on past a bad record (a crawler's cut last line, say): the line is
    named on stderr and in errors.jsonl, the exit code is 1, the other articles are built."""
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join([json.dumps(RECORDS[0], ensure_ascii=False), line, json.dumps(RECORDS[1], ensure_ascii=False)])
                   + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--max-file-size", "1K"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert res.stderr.startswith("warning: ") and message in res.stderr and res.stderr.endswith("; not read\n"), res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    rows = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["input"], r["article"]) for r in rows] == [(f"{src}:2", None)] and message in rows[0]["error"]
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "岑立峰" in ttl and "宁远航" in ttl  # the records before and after it


def test_a_gbk_jsonl_file_is_told_to_be_utf8(tmp_path):
    """A Windows export in GBK failed on every line with only "not valid UTF-8 (bad byte …)"."""
    src = tmp_path / "news.jsonl"
    src.write_bytes(("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n").encode("gb18030"))
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and res.stderr.startswith(f"error: {src}:1: not valid UTF-8 (bad byte at offset ")
    assert res.stderr.endswith("; JSON Lines must be UTF-8, and this reads as GB18030 (GBK): convert it, "
                               f"iconv -f gb18030 -t utf-8 {src} > {src}.utf8 && mv {src}.utf8 {src}\n") \
        and not (tmp_path / "out").exists()


@pytest.mark.parametrize("append", [False, True])
def test_a_build_where_every_record_fails_or_is_empty_writes_nothing(tmp_path, append):
    """Records that all failed but one with no text: the build wrote a 1-byte graph.ttl over the
    previous one, exit 1 (the empty record counted as read). It is now one error line, exit 2,
    and the previous output stays."""
    src = tmp_path / "news.jsonl"
    src.write_text('{"title": "x", "text": "正文。"}\n{"id": "e", "text": ""}\n{"id": "b", "text": 7}\n',
                   encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--no-html"] + (["--append"] if append else []))
    assert res.exit_code == 2 and res.stderr == (f"error: {src}:1: needs an id (a non-empty string or an integer); "
                                                 "no input gave an article (2 failed), so nothing is written\n")
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"] and (out / "graph.ttl").read_text() == "previous\n"


@pytest.mark.parametrize("store", [False, True])
def test_a_record_whose_date_is_no_date_is_read_without_it(tmp_path, store):
    """An optional date that reads as no date made the whole record fail (its text not read,
    exit 1): the article is now read without the date, with one warning naming the line."""
    src = tmp_path / "news.jsonl"
    bad = {"id": "b", "title": "青石县民警获表彰", "date": "五月十二日", "text": RECORDS[1]["text"]}
    _jsonl(src, [RECORDS[0], bad])
    args = ["build", str(src), "-o", str(tmp_path / "out"), "--no-html"] + (["--append"] if store else [])
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert res.stderr == (f"warning: {src}:2: date '五月十二日' is not a date such as 2024-05-12 or 2024年5月12日; "
                          "the article is read without it\n")
    assert not (tmp_path / "out" / "errors.jsonl").exists()
    from kg.export import load_graph

    g = load_graph(tmp_path / "out/graph.ttl")
    art = entity_iri("NewsArticle", "b")
    assert "宁远航" in (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")
    assert (art, None, None) in g and list(g.objects(art, DCTERMS.date)) == []
    assert list(g.objects(entity_iri("NewsArticle", "qs-001"), DCTERMS.date)) == [Literal("2024-05-12", datatype=XSD_DATE)]


def test_an_append_that_finds_the_record_unchanged_does_not_warn_again(tmp_path):
    """The warning of a date that is no date was printed again at every --append, though the
    record was not read again (unchanged, skipped); a changed record is read, and warned of, again."""
    src = tmp_path / "news.jsonl"
    bad = {"id": "b", "title": "青石县民警获表彰", "date": "五月十二日", "text": RECORDS[1]["text"]}
    _jsonl(src, [RECORDS[0], bad])
    args = ["build", str(src), "-o", str(tmp_path / "out"), "--no-html", "-q", "--append"]
    warning = f"warning: {src}:2: date '五月十二日' is not a date such as 2024-05-12 or 2024年5月12日; the article is read without it\n"
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and first.stderr == warning, first.output
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and again.stderr == "", again.output
    _jsonl(src, [RECORDS[0], {**bad, "text": bad["text"] + "此外，民警另有表彰。"}])
    changed = CliRunner().invoke(main, args)
    assert changed.exit_code == 0 and changed.stderr == warning, changed.output


@pytest.mark.parametrize("line,message", BAD_LINES[:1] + [
    ('{"id": "qs-001", "text": "正文。"}', "news.jsonl:2: id 'qs-001' was already used at"),
])
def test_a_file_of_bad_lines_or_a_repeated_id_is_one_error_line_and_nothing_is_written(tmp_path, line, message):
    """Nothing readable at all, or two records that claim one IRI: the build stops."""
    src = _jsonl(tmp_path / "news.jsonl", RECORDS[:1] if "qs-001" in line else [], line + "\n")
    if "qs-001" not in line:
        src.write_text("\n" + line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out)])
    assert res.exit_code == 2
    assert res.stderr.startswith("error: ") and message in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.output
    assert not out.exists()


@pytest.mark.parametrize("name,content", [
    ("graph.ttl", "anything"),
    ("graph.nt", "anything"),
    ("graph.jsonld", "{}"),
    ("graph.owl", "anything"),
    ("page.txt", "@prefix kg: <https://w3id.org/tupu/ontology#> .\nkg:a kg:b \"中文\" .\n"),
    ("page.txt", "# a comment\n<https://x.example/a> <https://x.example/b> \"公安局\" .\n"),
    ("page.txt", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">公安</rdf:RDF>'),
    ("page.txt", '{"@context": {"kg": "https://w3id.org/tupu/ontology#"}, "kg:x": "公安局"}'),
    ("news.jsonl", '{"@context": {"kg": "https://w3id.org/tupu/ontology#"}, "@id": "x"}\n'),
])
def test_rdf_input_is_refused(tmp_path, name, content):
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(f), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert res.stderr == f"error: {f}: is an RDF graph file, not a news text; give the articles it was built from\n"
    assert not (tmp_path / "out").exists()


def test_a_json_lines_archive_named_txt_is_refused_with_a_hint(tmp_path):
    # (breaker: its title was {"id":"s1","text"…, with no warning)
    f = tmp_path / "news.txt"
    f.write_text('{"id": "s1", "text": "青石县公安局召开会议。"}\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(f), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and res.stderr == (f"error: {f}: is a JSON Lines archive (one article per line), "
                                                 "not a news text; name it .jsonl\n")
    assert not (tmp_path / "out").exists()
    ok = tmp_path / "quote.txt"  # a text that opens with a brace but is prose is read
    ok.write_text("{编者按}\n青石县公安局召开会议。\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(ok), "-o", str(tmp_path / "out2"), "--no-html"]).exit_code == 0


def test_a_json_array_file_is_read_as_records(tmp_path):
    """A scraper's JSON export (a .json array of article objects) was read as one news article
    titled "[", the keys and three records' texts mixed into its prose, exit 0. Its records are
    now read as JSON Lines records are: the same graph as the .jsonl of the same objects."""
    outs = {}
    for name, text in [("news.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n"),
                       ("news.json", json.dumps(RECORDS, ensure_ascii=False, indent=1))]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        res = CliRunner().invoke(main, ["build", str(tmp_path / name), "-o", str(tmp_path / name[5:]), "--no-html"])
        assert res.exit_code == 0, res.output
        assert "articles: 2 read, 0 skipped, 0 failed" in res.stdout
        outs[name] = (tmp_path / name[5:] / "graph.ttl").read_text(encoding="utf-8")
    assert outs["news.json"] == outs["news.jsonl"].replace("news.jsonl", "news.json")
    assert "青石县公安局开展反诈宣传" in outs["news.json"]


def test_a_bad_record_of_a_json_array_fails_alone_named_by_its_place(tmp_path):
    src = tmp_path / "news.json"
    src.write_text(json.dumps([RECORDS[0], {"id": "b"}, RECORDS[1]], ensure_ascii=False), encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 1 and res.stderr == (f"warning: {src}:2: field 'text' is missing (the article's text, "
                                                 "a string); not read\n"), res.stderr
    assert "articles: 2 read, 0 skipped, 1 failed" in res.stdout


@pytest.mark.parametrize("name,content,message", [
    ("news.json", '{"articles": []}', "holds no JSON array of articles; give a JSON array of objects with id and text"),
    ("news.json", '[{"id": "a", "text": "正文。"},', "not valid JSON (Expecting value at line 1, column 29)"),
    ("news.json", "[]", "the JSON array holds no article"),
    ("news.json", '[{"id": "a", "text": "正文。"}, {"id": "a", "text": "正文二。"}]', "news.json:2: id 'a' was already used"),
    ("news.csv", "id,title,text\n1,青石县公安局召开会议,青石县公安局召开会议。\n", "is a table of articles (a column text)"),
])
def test_a_json_file_that_is_no_array_and_a_csv_file_are_one_error_line(tmp_path, name, content, message):
    """A .csv of articles given by name was read as prose (one article titled id,title,text, exit 0);
    a table of facts is read as one (tests/test_tables.py)."""
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and res.stderr.startswith(f"error: {tmp_path}/") and message in res.stderr, res.stderr
    assert len(res.stderr.splitlines()) == 1 and not (tmp_path / "out").exists()


def test_a_json_array_on_standard_input_is_read_as_records(tmp_path):
    data = json.dumps(RECORDS, ensure_ascii=False).encode("utf-8")
    res = CliRunner().invoke(main, ["build", "-", "-o", str(tmp_path / "out"), "--no-html"], input=data)
    assert res.exit_code == 0, res.output
    ttl = (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")
    assert "article-qs-001" in ttl and '"["' not in ttl


def test_the_shipped_graph_is_refused_as_an_article():
    res = CliRunner().invoke(main, ["build", str(ROOT / "out/graph.ttl"), "-o", "/nonexistent/never"])
    assert res.exit_code == 2 and "is an RDF graph file" in res.stderr


def test_folder_tree_mixes_texts_and_jsonl_and_counts_skipped(tmp_path):
    (tmp_path / "in/2024/05").mkdir(parents=True)
    (tmp_path / "in/2024/05/a.txt").write_text("青石县民警获表彰\n" + RECORDS[1]["text"], encoding="utf-8")
    _jsonl(tmp_path / "in/2024/feed.jsonl", RECORDS[:1] + [{"id": "empty", "text": ""}])
    (tmp_path / "in/graph.ttl").write_text("@prefix x: <y> .", encoding="utf-8")  # not read from a folder
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 0, res.output
    assert "articles: 2 read, 1 skipped, 0 failed" in res.stdout


def test_jsonl_title_and_text_make_one_article_even_with_subheadings():
    from kg.sources import Unit, unit_documents

    rec = {"id": "x1", "title": "标题", "text": "第一段正文。\n小标题一\n小标题二\n第二段正文。", "meta": ()}
    docs = unit_documents(Unit(Path("f.jsonl"), 1, 0, rec))
    assert [d.doc_id for d in docs] == ["x1"]
    d = docs[0]
    assert d.title == "标题" and "第一段正文" in d.text and "第二段正文" in d.text
    assert len(d.char_map) == len(d.text)
    composed = "标题\n" + rec["text"]
    assert all(composed[o] == c for o, c in zip(d.char_map, d.text) if c != "\n")


# ----------------------------------------------------------------------------- streaming and --jobs
def _counting(units):
    seen = []

    def gen():
        for u in units:
            seen.append(u)
            yield u
    return seen, gen()


@pytest.mark.parametrize("jobs", [1, 2])
def test_extraction_streams_its_input(tmp_path, jobs, monkeypatch):
    import kg.batch as batch
    from kg.batch import WINDOW_PER_JOB, extract_units
    from kg.sources import iter_units

    records = [{"id": f"n{k}", "title": f"青石县第{k}次会议", "text": "青石县公安局召开会议。"} for k in range(40)]
    seen, units = _counting(iter_units([_jsonl(tmp_path / "many.jsonl", records)]))
    monkeypatch.setattr(batch, "POOL_GROUP_BYTES", 250)  # about three of these lines a task
    stream = extract_units(units, jobs=jobs)
    first = next(stream)
    assert first.unit.line == 1 and first.results[0].doc.char_map == ()  # the char map is not kept
    # not the 40 lines: the tasks in flight, and the units read ahead to find the end (batch._group_limits)
    assert len(seen) <= max(1, jobs * (WINDOW_PER_JOB + batch.POOL_TAIL_GROUPS) * 3)
    rest = list(stream)
    assert [r.unit.line for r in rest] == list(range(2, 41))


def test_jobs_send_small_units_in_groups(tmp_path, monkeypatch):
    """Issue 9: small files and JSON Lines records go to a --jobs worker together (one task a
    unit cost the parent a millisecond each); results come back one a unit, in order, as with
    --jobs 1, and a unit that cannot be read fails alone inside its group."""
    import kg.batch as batch
    from kg.sources import iter_units

    records = [{"id": f"n{k}", "title": f"青石县第{k}次会议", "text": "青石县公安局召开会议。"} for k in range(30)]
    path = _jsonl(tmp_path / "many.jsonl", records)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    sent = []
    real = batch._pool_tasks

    def counted(pool, units):
        for item in real(pool, units):
            sent.append(item)
            yield item
    monkeypatch.setattr(batch, "_pool_tasks", counted)
    one = list(batch.extract_units(iter_units([path]), jobs=1))
    two = list(batch.extract_units(iter_units([path]), jobs=2))
    assert [(r.unit, r.results, r.failed) for r in two] == [(r.unit, r.results, r.failed) for r in one]
    assert len(two) == 31 and two[-1].unread is not None
    assert len(sent) < 31 / 5, len(sent)  # groups, not a task a line


def test_jobs_2_gives_byte_identical_files(tmp_path):
    texts = sorted(INVENTED.glob("*.txt"))[:6]
    inputs = [str(p) for p in texts] + [str(_jsonl(tmp_path / "news.jsonl", RECORDS))]
    outs = {}
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}"
        res = CliRunner().invoke(main, ["build", *inputs, "-o", str(out), "--jobs", str(jobs), "--format", "trig"])
        assert res.exit_code == 0, res.output
        outs[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert outs[1] == outs[2] and set(outs[1]) == {"graph.ttl", "graph.trig", "graph.html", ".kg-set.json"}


def _slow_extraction(docs):
    """A stand-in for ``kg.batch._extract_documents`` that takes 0.4 s per article (a sleep:
    a busy machine does not change it) and records the process that extracted each."""
    import os
    import time

    import kg.batch as batch

    docs = list(docs)
    time.sleep(0.4 * len(docs))
    out, failed = _REAL_EXTRACT(docs)
    return out, failed + tuple((d.doc_id, f"pid {os.getpid()}") for d in docs)


_REAL_EXTRACT = None


def test_jobs_2_share_the_articles_of_one_large_page(tmp_path, monkeypatch):
    """Issue 9: a page of many articles is read here and its articles sent to the workers in
    batches, so --jobs 2 extracts it in about half the time (sent whole it took one worker);
    the results are those of --jobs 1, in order."""
    import time

    import kg.batch as batch
    import kg.ingest as ingest
    from kg.sources import iter_units

    global _REAL_EXTRACT
    _REAL_EXTRACT = batch._extract_documents
    texts = sorted(INVENTED.glob("*.txt"))[:8]
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in texts), encoding="utf-8")
    (here,) = list(batch.extract_units(iter_units([page])))
    n = len(here.results)
    assert n >= 6
    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 0)
    monkeypatch.setattr(batch, "POOL_SPLIT_BYTES", 0)
    monkeypatch.setattr(batch, "POOL_BATCH_CHARS", 1)  # one article a batch
    monkeypatch.setattr(batch, "_extract_documents", _slow_extraction)  # the forked workers run it
    start = time.monotonic()
    (got,) = list(batch.extract_units(iter_units([page]), jobs=2))
    took = time.monotonic() - start
    assert got.results == here.results
    pids = {why for _, why in got.failed}
    assert len(pids) == 2, pids  # both workers extracted some of the page
    assert took < 0.4 * n * 0.8, took  # not one after the other (0.4 s each)


def test_jobs_must_be_positive(tmp_path):
    res = CliRunner().invoke(main, ["build", "--jobs", "0", "-o", str(tmp_path)])
    assert res.exit_code == 2 and "--jobs" in res.output
    res = CliRunner().invoke(main, ["build", "--jobs", "many", "-o", str(tmp_path)])
    assert res.exit_code == 2 and "--jobs" in res.output and "auto" in res.output


def test_jobs_auto_takes_the_cores_this_process_may_use(tmp_path, monkeypatch):
    """--jobs auto: one worker a core the process may run on; the files are those of --jobs 1."""
    import os

    import kg.pipeline as P

    asked = []
    real = P.build
    monkeypatch.setattr(P, "build", lambda *a, **k: asked.append(k["jobs"]) or real(*a, **k))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    src = sorted(INVENTED.glob("*.txt"))[:3]
    outs = []
    for jobs in ("auto", "1"):
        out = tmp_path / jobs
        res = CliRunner().invoke(main, ["build", *map(str, src), "-o", str(out), "--jobs", jobs, "--no-html"])
        assert res.exit_code == 0, res.output
        outs.append((out / "graph.ttl").read_bytes())
    assert asked == [2, 1] and outs[0] == outs[1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_unreadable_file_in_a_folder_fails_alone(tmp_path, jobs):
    (tmp_path / "in").mkdir()
    for k in range(5):
        (tmp_path / f"in/a{k}.txt").write_text(RECORDS[1]["text"].replace("宁远航", f"宁远{'甲乙丙丁戊'[k]}"),
                                              encoding="utf-8")
    (tmp_path / "in/a3.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in/a4.txt").write_bytes(b"")  # (an empty file is skipped with a note, no failure)
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", jobs])
    assert res.exit_code == 1
    assert res.stderr == (f"note: {tmp_path / 'in/a4.txt'}: the file is empty; skipped (no article)\n"
                          f"warning: {tmp_path / 'in/a3.txt'}: looks like a binary file (NUL bytes), expected Chinese "
                          "text; not read\n")
    assert "articles: 3 read, 1 skipped, 1 failed" in res.stdout
    rows = [json.loads(x) for x in (tmp_path / "out/errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["input"], r["article"]) for r in rows] == [(str(tmp_path / "in/a3.txt"), None)]
    ttl = (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")
    assert all(f"宁远{c}" in ttl for c in "甲乙丙") and "宁远丁" not in ttl


def test_a_folder_where_nothing_can_be_read_is_one_error_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in/b.txt").write_bytes(b"")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "2"])
    assert res.exit_code == 2
    assert res.stderr.splitlines()[-1] == f"error: {tmp_path / 'in/a.txt'}: looks like a binary file (NUL bytes), expected Chinese text"
    assert not (tmp_path / "out").exists()


def test_the_python_api_still_raises_on_an_unreadable_file(tmp_path):
    from kg.errors import InputError
    from kg.pipeline import build_graph

    (tmp_path / "a.txt").write_text(RECORDS[1]["text"], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(InputError, match="b.txt: the file is empty"):
        build_graph([tmp_path])


class _Crashing:
    """An extractor that fails on one article (a stand-in for a bug)."""

    name = "crashing"
    requires = ()
    assigns = ()

    error = RuntimeError("invented failure")

    def run(self, ctx) -> None:
        if "宁远航" in ctx.doc.text:
            raise self.error


class _Exiting(_Crashing):
    """An extractor that calls sys.exit() on one article (a library doing so)."""

    error = SystemExit("invented exit")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("extractor", [_Crashing, _Exiting])
def test_a_failing_article_is_counted_named_and_left_out(tmp_path, jobs, extractor):
    """An article whose extraction raises, or calls sys.exit() (a --jobs worker then died and the
    build waited for ever), fails alone."""
    from kg.extract.base import registered

    src = _jsonl(tmp_path / "news.jsonl", RECORDS)
    with registered(extractor):
        res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "--no-html", "-j", jobs])
    assert res.exit_code == 1
    assert "articles: 1 read, 0 skipped, 1 failed" in res.stdout
    why = f"{type(extractor.error).__name__}: {extractor.error}"
    assert res.stderr == f"warning: {src}:2: article 2: extraction failed ({why})\n"
    ttl = (tmp_path / "out/graph.ttl").read_text(encoding="utf-8")
    assert "岑立峰" in ttl and "宁远航" not in ttl


# ----------------------------------------------------------------------------- progress
def test_progress_is_drawn_on_a_terminal_only():
    from rich.console import Console

    from kg.progress import progress

    for quiet, tty in ((False, True), (True, True), (False, False)):
        buf = io.StringIO()
        console = Console(file=buf, force_terminal=tty, width=120)
        with progress("build", 100, quiet=quiet, console=console) as bar:
            bar.advance(50, items=3)
            if bar.shown:
                bar._progress.refresh()
        assert bar.shown == (tty and not quiet)
        assert ("3 articles" in buf.getvalue() and "articles/s" in buf.getvalue()) == bar.shown
        assert (buf.getvalue() == "") != bar.shown


def test_build_off_a_terminal_prints_no_bar(tmp_path):
    res = CliRunner().invoke(main, ["build", "-o", str(tmp_path), "--no-html"])
    assert res.exit_code == 0 and res.stderr == ""


def test_input_size_counts_every_input_byte(tmp_path):
    from kg.sources import input_size

    src = _jsonl(tmp_path / "news.jsonl", RECORDS)
    (tmp_path / "b.txt").write_text("青石县", encoding="utf-8")
    assert input_size([tmp_path]) == src.stat().st_size + 9
    with pytest.raises(InputError):
        input_size([tmp_path / "missing"])


# ----------------------------------------------------------------------------- kg validate at scale
def _broken_graph():
    """The bundled page's graph with two statements lacking evidence and one orphan evidence node."""
    from kg.export import load_graph
    from kg.namespaces import KG

    g = load_graph(ROOT / "out/graph.ttl")
    people = sorted(g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG.Person))
    orgs = sorted(g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG.Organization))
    g.add((people[0], KG.belongsTo, orgs[0]))
    g.add((people[1], KG.belongsTo, orgs[1]))
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    for evidence in sorted(g.subjects(KG.extractor, None)):  # a statement with one evidence node
        s, p, o = (g.value(evidence, URIRef(rdf + k)) for k in ("subject", "predicate", "object"))
        if len(set(g.subjects(URIRef(rdf + "subject"), s)) & set(g.subjects(URIRef(rdf + "object"), o))) == 1:
            g.remove((s, p, o))
            return g
    raise AssertionError("no statement with one evidence node")


def test_python_evidence_checks_agree_with_the_sparql_shapes():
    """kg validate runs kgsh:GraphShape's two SPARQL checks in Python: same findings as pySHACL on them."""
    import pyshacl
    from rdflib.namespace import SH

    from kg.validate import GRAPH_SHAPE, evidence_violations, ontology_graph, shapes_graph

    g = _broken_graph()
    _, report, _ = pyshacl.validate(g, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none")
    sparql = {str(report.value(r, SH.resultMessage)) for r in report.subjects(SH.sourceShape, GRAPH_SHAPE)}
    python = {v.message for v in evidence_violations(g)}
    # the orphan's statement is gone, so its evidence node is an orphan and the statement has no evidence left
    assert len(python) == 3 and python == sparql


def test_validate_counts_all_and_shows_limit_sorted():
    from kg.validate import validate

    g = _broken_graph()
    full = validate(g)
    assert full.violations == 3 and len(full.results) == 3 and list(full.results) == sorted(full.results)
    one = validate(g, limit=1)
    assert one.violations == 3 and one.results == full.results[:1]
    assert one.text.count("\tMessage: ") == 1 and one.text.endswith("... and 2 more (shown: the first 1, --limit)")
    assert full.text.startswith("Validation Report\nConforms: False\nResults (3):\nViolation in SPARQLConstraintComponent")


def test_cli_validate_limit(tmp_path):
    from kg.export import serialize

    serialize(_broken_graph(), tmp_path / "g.ttl")
    res = CliRunner().invoke(main, ["validate", str(tmp_path / "g.ttl"), "--limit", "2"])
    assert res.exit_code == 1
    assert res.stdout.count("\tMessage: ") == 2 and "... and 1 more" in res.stdout
    assert res.stderr == f"{tmp_path / 'g.ttl'}: 3 violation(s)\n"
    res = CliRunner().invoke(main, ["validate", str(tmp_path / "g.ttl"), "--limit", "-1"])
    assert res.exit_code == 2


@pytest.mark.parametrize("args,unit", [
    (["build", "-o", "{tmp}/out", "--no-html"], "articles/s"),
    (["validate", str(ROOT / "out/graph.ttl")], "steps/s"),
    (["view", str(ROOT / "out/graph.ttl"), "-o", "{tmp}/g.html"], "steps/s"),
    (["eval", str(ROOT / "kg/data/sample/fazhi-ribao-page.txt"), str(ROOT / "tests/data/fazhi-ribao-page.gold")],
     "articles/s"),
])
@pytest.mark.parametrize("quiet", [False, True])
def test_long_commands_draw_a_bar_on_a_terminal(tmp_path, monkeypatch, args, unit, quiet):
    import kg.progress
    from rich.console import Console

    buf = io.StringIO()
    monkeypatch.setattr(kg.progress, "Console", lambda stderr=True: Console(file=buf, force_terminal=True, width=120))
    args = [a.replace("{tmp}", str(tmp_path)) for a in args] + (["--quiet"] if quiet else [])
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert (unit in buf.getvalue() and "ETA" in buf.getvalue()) is not quiet


def test_a_bad_jsonl_line_read_alone_raises_its_own_error(tmp_path):
    from kg.errors import InputError
    from kg.sources import iter_units, unit_documents

    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps(RECORDS[1], ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    units = list(iter_units([src]))
    assert [u.error is None for u in units] == [True, False]
    with pytest.raises(InputError, match=r"news\.jsonl:2: not valid JSON"):
        unit_documents(units[1])  # never the whole file read as one text


def test_row22_validation_runs_no_sparql_constraint_in_pyshacl(monkeypatch):
    """CASES.md row 22: pySHACL runs a SPARQL-based constraint once per focus node, and rdflib's
    FILTER NOT EXISTS scans the graph each time, so validation would grow with the square of the
    graph; kg validate hands pySHACL the shapes without them and runs the two whole-graph checks
    in one pass each (bench/bench_scale.py measures the time per triple at 1× and 10×)."""
    import pyshacl
    from rdflib.namespace import SH

    import kg.validate
    from kg.validate import shapes_graph, validate

    assert any(shapes_graph().triples((None, SH.sparql, None)))  # shapes.ttl keeps them for other engines
    seen = []
    real = pyshacl.validate

    def spy(data_graph, *args, shacl_graph=None, **kwargs):
        seen.append(shacl_graph)
        return real(data_graph, *args, shacl_graph=shacl_graph, **kwargs)

    monkeypatch.setattr(kg.validate.pyshacl, "validate", spy)
    assert validate(_broken_graph()).violations == 3
    assert seen and all(not any(g.triples((None, SH.sparql, None))) for g in seen)


def test_an_empty_json_lines_file_in_a_corpus_fails_alone(tmp_path):
    from click.testing import CliRunner
    from kg.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "e.jsonl").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text("江城新闻\n\n旬邑县公安局民警柯远舟说。\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "-q", "--no-html"])
    assert res.exit_code == 1, res.output
    assert "holds no article" in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8")
    assert "柯远舟" in (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")


def test_a_killed_jobs_worker_fails_the_build_instead_of_hanging(tmp_path, monkeypatch):
    """A worker killed by a signal (the OOM killer's kill -9) left multiprocessing.Pool waiting
    for its task forever, holding the output's lock; the build now stops with one error line."""
    from kg import batch
    from kg.errors import WorkerError
    from kg.sources import iter_units

    for k in range(4):
        (tmp_path / f"a{k}.txt").write_text(f"标题{k}\n\n江城市公安局民警柯远舟出警。\n", encoding="utf-8")

    monkeypatch.setattr(batch, "_extract_group", _killed_in_worker)
    with pytest.raises(WorkerError, match="worker process died"):
        list(batch.extract_units(iter_units([tmp_path]), jobs=2))


def _killed_in_worker(units):
    """A ``--jobs`` task that kills its own worker process, as the OOM killer would."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def test_jsonl_titles_and_fields_lose_control_characters_and_the_xml_outputs_parse(tmp_path):
    # a JSON Lines title "标题\x01\x1b[31m红" and page "A\x0004" reached graph.ttl raw and made
    # GraphML and GEXF that no XML parser reads (a text file's title was already cleaned)
    import json
    import xml.dom.minidom

    import networkx as nx

    from kg.pipeline import build

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "r\x011", "title": "标题\x01\x1b[31m红", "page": "A\x0004",
                               "text": "江城市公安局民警柯远舟出警。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    build([src], tmp_path / "out", html=False, formats=("turtle", "graphml", "gexf"))
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "标题红" in ttl and not any(c in ttl for c in "\x00\x01\x1b")
    nx.read_graphml(tmp_path / "out" / "graph.graphml")
    xml.dom.minidom.parse(str(tmp_path / "out" / "graph.gexf"))


def test_a_null_jsonl_field_is_called_null_not_missing(tmp_path):
    from kg.errors import InputError
    from kg.sources import _record

    with pytest.raises(InputError, match="'text' must be a string, not null"):
        _record(b'{"id": "a", "title": "t", "text": null}', "a.jsonl:1")
    # "title": null (scrapers write it so): the article is read with no title, not lost (user 12, F15)
    assert _record(b'{"id": "a", "title": null, "text": "x"}', "a.jsonl:1")["title"] == ""
    with pytest.raises(InputError, match="'text' is missing \\(the article's text"):
        _record(b'{"id": "a"}', "a.jsonl:1")


def test_the_statement_index_keeps_many_values_of_one_subject_in_linear_time():
    # an article of 20,000 headline lines has 19,999 skos:altLabel: a list scan per new value took
    # minutes in kg view, stats, export and a build with graph.html
    import time
    from rdflib.namespace import SKOS
    from kg.statements import read_only_graph

    s, g = URIRef("https://example.org/a"), URIRef("https://example.org/g")
    labels = [Literal(f"标题{k}", lang="zh") for k in range(20000)]
    t = time.process_time()
    graph = read_only_graph({g: dict.fromkeys((s, SKOS.altLabel, o) for o in labels + labels[:100])})
    assert len(list(graph.objects(s, SKOS.altLabel))) == 20000  # each value once
    assert time.process_time() - t < 5  # (about 0.1 s; it was about a minute)


# --- a text file's own date: its date line, a portal header's 发布时间, its page's masthead
PAGE = ("法治日报 2024年4月10日 星期三 第8版 地方\n青石县公安局表彰先进\n"
        "本报讯 近日，青石县公安局城关派出所民警宁远航荣获个人三等功。\n"
        "青石县法院审结一起案件\n本报讯（记者 柳言川）近日，青石县人民法院审结一起案件。\n")


def _dates(docs) -> list:
    return [dict(d.meta).get("dcterms:date") for d in docs]


def test_a_masthead_dates_every_item_of_its_page():
    from kg.ingest import documents_from_text

    assert _dates(documents_from_text(PAGE, "page.txt")) == ["2024-04-10", "2024-04-10"]


def test_a_date_line_or_portal_field_dates_its_article():
    from kg.ingest import documents_from_text

    portal = "青石县公安局召开会议\n来源：青石日报  作者：柳言川  发布时间：2025-06-06 09:30\n近日，青石县公安局召开会议。\n"
    assert _dates(documents_from_text(portal, "a.txt")) == ["2025-06-06"]
    line = "青石县公安局召开会议\n2025年6月7日 10:12\n近日，青石县公安局召开会议。\n"
    assert _dates(documents_from_text(line, "b.txt")) == ["2025-06-07"]
    assert _dates(documents_from_text("青石县公安局召开会议\n2025-02-30\n近日，会议召开。\n", "c.txt")) == [None]
    assert _dates(documents_from_text("青石县公安局召开会议\n近日，青石县公安局召开会议。\n", "d.txt")) == [None]


def test_a_jsonl_record_without_a_date_takes_its_texts_date_line(tmp_path):
    from kg.sources import iter_units, unit_documents

    src = _jsonl(tmp_path / "n.jsonl", [{"id": "x", "title": "青石县公安局召开会议",
                                         "text": "发布时间：2025-06-06 09:30\n近日，青石县公安局召开会议。"},
                                        {"id": "y", "date": "2024-01-02", "text": "2025-06-06\n近日，青石县公安局召开会议。"}])
    docs = [d for u in iter_units([src]) for d in unit_documents(u)]
    assert _dates(docs) == ["2025-06-06", "2024-01-02"]


def test_a_page_read_in_segments_keeps_its_masthead_date(tmp_path, monkeypatch):
    import kg.ingest as ingest

    page = tmp_path / "page.txt"
    masthead, items = PAGE.split("\n", 1)
    page.write_text(masthead + "\n" + items * 40, encoding="utf-8")  # one masthead over 80 items
    whole = _dates(ingest.documents_from_text(page.read_text(encoding="utf-8"), "page.txt"))
    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 100)
    streamed = list(ingest.iter_file_documents(page))
    assert len(streamed) == len(whole) == 80 and _dates(streamed) == whole == ["2024-04-10"] * 80


@pytest.mark.parametrize("header", ["【发布时间：2025-06-06】", "2025年6月6日 星期五 农历五月十一",
                                    "2025/06/06 10:21 | 来源：青石日报", "来源：青石网 2025-06-06 10:21"])
def test_web_header_date_forms(header):
    # (breaker 2: the first three were read as the title, the last dated nothing)
    from kg.ingest import documents_from_text

    (doc,) = documents_from_text(f"青石县公安局召开会议\n{header}\n近日，青石县公安局召开会议。\n", "a.txt")
    assert doc.title == "青石县公安局召开会议" and _dates([doc]) == ["2025-06-06"]


def test_a_date_line_in_the_body_is_no_date_of_the_article():
    from kg.ingest import documents_from_text

    page = "法治日报 2024年4月10日 星期三 第8版\n青石县公安局召开会议\n本报讯 近日，柯远舟在日记中写道：\n1994年8月12日\n今天出警三次。\n"
    assert _dates(documents_from_text(page, "p.txt")) == ["2024-04-10"]  # (breaker 2: 1994-08-12)


def test_jobs_2_of_graph_ttl_alone_forks_its_evidence_blocks(tmp_path, monkeypatch):
    """Issue 9: a --jobs 2 build of graph.ttl alone has a forked process make and render the
    evidence nodes (kg.statements.ForkedBlocks) while the parent writes the rest, once the
    extraction's workers are gone: graph.ttl and the summary's counts are those of --jobs 1."""
    import os

    import kg.batch as batch
    import kg.statements as statements
    from kg.batch import usable_cores
    from kg.pipeline import build

    if not hasattr(os, "fork") or usable_cores() < 2:
        pytest.skip("needs fork and two cores")
    forked = []
    real = statements.ForkedBlocks
    monkeypatch.setattr(statements, "ForkedBlocks", lambda make: forked.append(1) or real(make))
    monkeypatch.setattr(batch, "idle_cores", lambda before, after: 1.0)  # (a core free, whatever the machine does)
    texts = [str(p) for p in sorted(INVENTED.glob("*.txt"))[:6]]
    one = build(texts, tmp_path / "j1", html=False, jobs=1)
    two = build(texts, tmp_path / "j2", html=False, jobs=2)
    assert forked == [1]
    assert (tmp_path / "j1/graph.ttl").read_bytes() == (tmp_path / "j2/graph.ttl").read_bytes()
    assert one.summary() == two.summary() and sum(two.counts["relations"].values())
    monkeypatch.setattr(batch, "idle_cores", lambda before, after: 0.2)  # every core busy: no helper
    three = build(texts, tmp_path / "j3", html=False, jobs=2)
    assert forked == [1] and three.summary() == one.summary()
    assert (tmp_path / "j3/graph.ttl").read_bytes() == (tmp_path / "j1/graph.ttl").read_bytes()


def test_idle_cores_come_from_the_machines_cpu_ticks(tmp_path, monkeypatch):
    """Issue 9: the helper of a --jobs build is forked only when a core was idle while the
    entities were resolved (kg.pipeline.FREE_CORE), read from /proc/stat's first line."""
    import os

    from kg.batch import cpu_ticks, idle_cores

    stat = tmp_path / "stat"
    stat.write_text("cpu  400 0 100 1000 20 0 0 5 0 0\ncpu0 200 0 50 500 10 0 0 2 0 0\n")
    assert cpu_ticks(str(stat)) == (1020, 1525)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert idle_cores((1020, 1525), (1120, 1725)) == 1.0  # 100 of 200 ticks idle on two cores
    assert idle_cores((1020, 1525), (1020, 1725)) == 0.0
    assert idle_cores(None, (1, 2)) is None and idle_cores((1, 2), (1, 2)) is None
    stat.write_text("intr 1 2 3\n")
    assert cpu_ticks(str(stat)) is None and cpu_ticks(str(tmp_path / "none")) is None
