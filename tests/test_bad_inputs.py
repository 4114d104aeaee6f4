"""A table of bad inputs and faults (issue 11, rows 19-21 of ../shared/bugs/CASES.md).

Each row either builds the right graph (exit 0), or stops with exactly one line
``error: <file>: <reason>`` naming the file, exit code 2, and the previous outputs in OUT
byte for byte as they were. Names in the texts are invented.
"""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.cli import main
from kg.namespaces import KG

GOOD = "巡逻纪实\n\n近日，陕西省咸阳市公安局交警支队民警岑望舒荣获个人三等功。\n"
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def _w(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _fifo(d: Path) -> Path:
    p = d / "pipe.txt"
    os.mkfifo(p)
    return p


def _socket(d: Path) -> Path:
    p = d / "s.txt"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(p))
    s.close()
    return p


def _loop(d: Path, a: str = "a.txt", b: str = "b.txt") -> Path:
    (d / a).symlink_to(d / b)
    (d / b).symlink_to(d / a)
    return d / a


def _bytes_name(d: Path, name: bytes, data: bytes) -> Path:
    p = Path(os.fsdecode(os.path.join(os.fsencode(str(d)), name)))
    p.write_bytes(data)
    return p


def _deep(d: Path, depth: int = 1200) -> Path:
    """A folder ``depth`` levels deep holding one article (made and removed without recursion)."""
    p = top = str(d / "deep")
    os.mkdir(p)
    for _ in range(depth):
        p = os.path.join(p, "d")
        os.mkdir(p)
    _w(Path(p) / "a.txt", GOOD)
    return top and Path(top)


def _remove_deep(top: Path) -> None:
    p = str(top)
    levels = [p]
    while os.path.isdir(os.path.join(p, "d")):
        p = os.path.join(p, "d")
        levels.append(p)
    os.unlink(os.path.join(p, "a.txt"))
    for p in reversed(levels):
        os.rmdir(p)


# ----------------------------------------------------------------------------- errors
# (id, make(tmp) -> argv, words the one line holds besides the file name; None: the file name
# is the first argument)
ERRORS = [
    ("missing", lambda d: [d / "nope.txt"], "no such file"),
    ("empty", lambda d: [_w(d / "e.txt", b"")], "empty"),
    ("blank", lambda d: [_w(d / "e.txt", b" \n\t\r\n")], "empty"),
    ("nul-bytes", lambda d: [_w(d / "b.txt", b"\x00\x01\x02abc")], "binary"),
    ("not-utf8-not-chinese", lambda d: [_w(d / "b.txt", b"\x80\x81\xfe\xfe\xff abc")], "no Chinese encoding"),
    ("utf16-bom-broken", lambda d: [_w(d / "b.txt", b"\xff\xfe\x00\xd8")], "UTF-16"),
    ("utf32-bom-broken", lambda d: [_w(d / "b.txt", b"\xff\xfe\x00\x00\x00\xd8\x00\x00")],
     "starts with a UTF-32 byte-order mark but is not valid UTF-32"),
    ("fifo", lambda d: [_fifo(d)], "FIFO"),
    ("dev-zero", lambda d: [Path("/dev/zero")], "character device"),
    ("dev-urandom", lambda d: [Path("/dev/urandom")], "character device"),
    ("dev-null", lambda d: [Path("/dev/null")], "character device"),
    ("socket", lambda d: [_socket(d)], "socket"),
    ("folder-without-text", lambda d: [_w(d / "f" / "x.dat", "a,b").parent], "no text files"),
    ("over-size-limit", lambda d: [_w(d / "big.txt", GOOD * 40), "--max-file-size", "1K"], "over the limit"),
    ("jsonl-line-over-limit", lambda d: [_w(d / "a.jsonl", '{"id": 1, "text": "%s"}\n' % ("民警" * 600)),
                                         "--max-file-size", "1K"], "longer than the limit"),
    ("jsonl-not-json", lambda d: [_w(d / "a.jsonl", '{"id": 1, "text": "民警"\n')], "not valid JSON"),
    ("jsonl-no-id", lambda d: [_w(d / "a.jsonl", '{"text": "民警巡逻。"}\n')], "needs an id"),
    ("jsonl-same-id", lambda d: [_w(d / "a.jsonl", '{"id": 1, "text": "民警。"}\n{"id": 1, "text": "巡逻。"}\n')],
     "already used"),
    ("jsonl-array", lambda d: [_w(d / "a.jsonl", '["民警"]\n')], "expected a JSON object"),
    ("jsonl-text-number", lambda d: [_w(d / "a.jsonl", '{"id": 1, "text": 5}\n')], "must be a string"),
    ("jsonl-fifo", lambda d: [_fifo(d).rename(d / "p.jsonl") or d / "p.jsonl"], "FIFO"),
    ("turtle-file", lambda d: [_w(d / "g.ttl", "@prefix a: <http://x/> .\n")], "RDF graph file"),
    ("turtle-in-txt", lambda d: [_w(d / "g.txt", "@prefix a: <http://x/> .\na:b a:c \"民警\" .\n")], "RDF graph file"),
    ("english-only", lambda d: [_w(d / "en.txt", "Police patrol the city.\n")], "no Chinese"),
    ("dangling-link", lambda d: [(d / "l.txt").symlink_to(d / "gone.txt") or d / "l.txt"], "link to nothing"),
    ("link-loop", lambda d: [_loop(d)], "loop"),
    ("bytes-name-binary", lambda d: [_bytes_name(d, b"\xb0\xb8\xc0\xfd.txt", b"\x00\x00")], "binary"),
    ("newline-in-name", lambda d: [_w(d / "a\nb.txt", b"")], "empty"),
    ("rtl-mark-in-name", lambda d: [_w(d / "a\u202eb.txt", b"")], "empty"),
    ("decisions-missing", lambda d: [_w(d / "a.txt", GOOD), "--decisions", d / "none.txt"], "cannot read decisions"),
    ("bad-size-flag", lambda d: [_w(d / "a.txt", GOOD), "--max-file-size", "lots"], "--max-file-size"),
    ("unreadable-file", lambda d: [(_w(d / "u.txt", GOOD), os.chmod(d / "u.txt", 0))[0]], "cannot read"),
]
_ROOT_SKIP = {"unreadable-file"}


def _named(argv: list, line: str) -> bool:
    """Does the error line name the input at fault (escaped as kg prints names)?"""
    from kg.ingest import shown

    paths = [a for a in argv if isinstance(a, Path)]
    return any(shown(p) in line or shown(p.name) in line for p in paths) or "--max-file-size" in line


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> Path:
    """A good build: the outputs every failing row must leave untouched."""
    d = tmp_path_factory.mktemp("prev")
    res = CliRunner().invoke(main, ["build", str(_w(d / "good.txt", GOOD)), "-o", str(d / "out"), "--format", "nt"])
    assert res.exit_code == 0, res.output
    return d / "out"


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.parametrize("make,words", [
    pytest.param(*r[1:], id=r[0], marks=[pytest.mark.skipif(ROOT_USER and r[0] in _ROOT_SKIP, reason="root reads all")])
    for r in ERRORS])
def test_bad_input_is_one_line_naming_the_file_and_exit_2(tmp_path, previous, make, words):
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before = _snapshot(out)
    argv = make(tmp_path)
    res = CliRunner().invoke(main, ["build", *map(str, argv), "-o", str(out), "--quiet"])
    lines = res.stderr.strip().splitlines()
    assert res.exit_code == 2, res.output
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in res.output, res.stderr
    assert words in lines[0] and _named(argv, lines[0]), lines[0]
    assert res.stdout == ""
    assert _snapshot(out) == before


def test_output_folder_faults_leave_previous_outputs(tmp_path, previous):
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before = _snapshot(out)
    (out / "graph.nt").unlink()
    (out / "graph.nt").mkdir()  # an output name taken by a folder
    res = CliRunner().invoke(main, ["build", str(_w(tmp_path / "a.txt", GOOD)), "-o", str(out), "--format", "nt"])
    assert res.exit_code == 2 and "graph.nt" in res.stderr and len(res.stderr.splitlines()) == 1
    assert (out / "graph.ttl").read_bytes() == before["graph.ttl"]
    f = _w(tmp_path / "file", "x")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(f)])
    assert res.exit_code == 2 and "not a folder" in res.stderr and f.read_text() == "x"


# ----------------------------------------------------------------------------- right graphs
def _graph(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl", format="turtle")


def _labels(g: Graph, cls: str) -> set[str]:
    return {str(o) for n in g.subjects(RDF.type, KG[cls]) for o in g.objects(n, RDFS.label)}


def _persons(name: str):
    return lambda g: name in _labels(g, "Person")


def _unit(name: str):
    return lambda g: name in _labels(g, "Organization")


def _gbk_headline(d: Path) -> list:
    return [_w(d / "h.txt", "“警察蓝”+“防疫白”守护百姓安康".encode("gbk"))]


def _mixed(d: Path) -> list:
    _w(d / "in" / "a.txt", GOOD)
    os.mkfifo(d / "in" / "pipe.txt")
    _loop(d / "in", "x.txt", "y.txt")
    (d / "in" / "sub").mkdir()
    (d / "in" / "sub" / "up").symlink_to(d / "in")  # a link back up: read once
    return [d / "in"]


OK = [
    ("plain", lambda d: [_w(d / "a.txt", GOOD)], _persons("岑望舒")),
    ("zero-width-space-in-name", lambda d: [_w(d / "a.txt", GOOD.replace("望舒", "望\u200b舒"))], _persons("岑望舒")),
    ("rtl-mark-in-name", lambda d: [_w(d / "a.txt", GOOD.replace("望舒", "\u200f望舒"))], _persons("岑望舒")),
    ("bidi-override", lambda d: [_w(d / "a.txt", GOOD.replace("岑望舒", "\u202e岑望舒\u202c"))], _persons("岑望舒")),
    ("soft-hyphen-and-bom-inside", lambda d: [_w(d / "a.txt", GOOD.replace("望舒", "望\u00ad\ufeff舒"))],
     _persons("岑望舒")),
    ("markup-around-unit", lambda d: [_w(d / "a.txt", GOOD.replace("咸阳市公安局", "<i>咸阳市公安局</i>"))],
     lambda g: "咸阳市公安局" in _labels(g, "Organization") and not any("<" in x or ">" in x for x in
                                                                       _labels(g, "Place") | _labels(g, "Organization"))),
    ("html-page", lambda d: [_w(d / "a.html.txt", "<html><head><title>巡逻纪实</title><script>var x='<b>';</script>"
                                                  "</head><body><p>近日，陕西省咸阳市公安局交警支队民警岑望舒荣获个人三等功。</p>"
                                                  "</body></html>")],
     lambda g: _persons("岑望舒")(g) and "var x" not in g.serialize(format="nt")),
    ("entities", lambda d: [_w(d / "a.txt", GOOD.replace("，", "&#xff0c;").replace("民警", "&nbsp;民警"))],
     _persons("岑望舒")),
    ("unclosed-comment", lambda d: [_w(d / "a.txt", GOOD.replace("近日", "<!-- 旧版页脚\n近日"))], _persons("岑望舒")),
    ("cdata-section", lambda d: [_w(d / "a.txt", GOOD.replace("近日", "<![CDATA[近日").replace("。\n", "。]]>\n"))],
     lambda g: _persons("岑望舒")(g) and "CDATA" not in g.serialize(format="nt")),
    ("terminal-escape-in-title", lambda d: [_w(d / "a.txt", "\x1b[31m巡逻纪实\x1b[0m\x07" + GOOD[4:])],
     lambda g: "\x1b" not in g.serialize(format="nt") and "[31m" not in g.serialize(format="nt")),
    ("gbk-headline", _gbk_headline, lambda g: len(list(g.subjects(RDF.type, KG.NewsArticle))) == 1),
    ("gb18030-file", lambda d: [_w(d / "a.txt", GOOD.encode("gb18030"))], _persons("岑望舒")),
    ("big5-file", lambda d: [_w(d / "a.txt", "巡邏紀實\n\n近日，陝西省咸陽市公安局交警支隊民警岑望舒榮獲個人三等功。\n".encode("big5"))],
     _persons("岑望舒")),
    ("utf16-bom", lambda d: [_w(d / "a.txt", GOOD.encode("utf-16"))], _persons("岑望舒")),
    ("utf32-bom", lambda d: [_w(d / "a.txt", GOOD.encode("utf-32"))], _persons("岑望舒")),
    ("utf32-be-bom", lambda d: [_w(d / "a.txt", ("\ufeff" + GOOD).encode("utf-32-be"))], _persons("岑望舒")),
    ("utf8-bom-crlf", lambda d: [_w(d / "a.txt", ("\ufeff" + GOOD).replace("\n", "\r\n"))], _persons("岑望舒")),
    ("old-mac-cr", lambda d: [_w(d / "a.txt", GOOD.replace("\n", "\r"))], _persons("岑望舒")),
    ("form-feed-and-line-separator", lambda d: [_w(d / "a.txt", GOOD.replace("\n\n", "\f\u2028"))],
     _persons("岑望舒")),
    ("mostly-digits-and-url", lambda d: [_w(d / "a.txt", "2024 https://example.org/a/1234567890 12345 警讯\n")],
     lambda g: len(list(g.subjects(RDF.type, KG.NewsArticle))) == 1),
    ("fifo-socket-loop-in-folder", _mixed, _persons("岑望舒")),
    ("deep-folder-1200", lambda d: [_deep(d)], _persons("岑望舒")),
    ("bytes-name", lambda d: [_bytes_name(d, b"\xb0\xb8\xc0\xfd.txt", GOOD.encode())],
     lambda g: _persons("岑望舒")(g) and Literal("案例.txt") in set(g.objects(None, KG.sourceFile))),
    ("same-name-two-folders", lambda d: [_w(d / "x" / "p.txt", GOOD), _w(d / "y" / "p.txt", GOOD.replace("岑望舒", "龚屿川"))],
     lambda g: len(list(g.subjects(RDF.type, KG.NewsArticle))) == 2 and _persons("龚屿川")(g)),
    ("same-file-twice", lambda d: [_w(d / "a.txt", GOOD), d / "a.txt"],
     lambda g: len(list(g.subjects(RDF.type, KG.NewsArticle))) == 1),
    ("long-line-no-punctuation", lambda d: [_w(d / "a.txt", "长行\n" + "民警巡逻检查" * 2000 + "\n" + GOOD)],
     _persons("岑望舒")),
    ("size-limit-raised", lambda d: [_w(d / "big.txt", GOOD + "民警巡逻。\n" * 200), "--max-file-size", "1M"],
     _persons("岑望舒")),
    ("jsonl-with-markup", lambda d: [_w(d / "a.jsonl", '{"id": "x1", "title": "巡逻<b>纪实</b>", '
                                                       '"text": "近日，陕西省咸阳市公安局交警支队民警岑\u200b望舒荣获个人三等功。"}\n')],
     _persons("岑望舒")),
]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_a_text_with_a_byte_order_mark_reads_as_its_utf8_copy(tmp_path, encoding):
    """A UTF-32 file with its byte-order mark was decoded as UTF-16 (its mark starts with
    UTF-16's) with the NULs dropped, so every offset was doubled (and big-endian UTF-32 was
    "binary"); it reads now as the same text in UTF-8 does: the same characters, the same
    evidence offsets and sentences."""
    from kg.ingest import read_text

    text = "\ufeff" + GOOD if encoding.endswith("-be") else GOOD  # (utf-16, utf-32 write their mark)
    (tmp_path / "bom").mkdir()
    _w(tmp_path / "bom" / "a.txt", text.encode(encoding))
    _w(tmp_path / "utf8" / "a.txt", GOOD.encode("utf-8"))
    assert read_text(tmp_path / "bom" / "a.txt") == GOOD

    def evidence(folder: str) -> set:
        res = CliRunner().invoke(main, ["build", str(tmp_path / folder / "a.txt"), "-o", str(tmp_path / f"out-{folder}"),
                                        "-q", "--no-html"])
        assert res.exit_code == 0, res.output
        g = _graph(tmp_path / f"out-{folder}")
        return {(str(g.value(e, KG.sentence)), int(g.value(e, KG.start)), int(g.value(e, KG.end)))
                for e in g.subjects(RDF.type, KG.Evidence)}

    assert evidence("bom") == evidence("utf8") != set()


@pytest.mark.parametrize("make,check", [pytest.param(*r[1:], id=r[0]) for r in OK])
def test_odd_input_gives_the_right_graph(tmp_path, make, check):
    argv = make(tmp_path)
    res = CliRunner().invoke(main, ["build", *map(str, argv), "-o", str(tmp_path / "out"), "--quiet"])
    assert res.exit_code == 0, res.output
    assert check(_graph(tmp_path / "out"))
    assert "Traceback" not in res.output
    if (tmp_path / "deep").exists():
        _remove_deep(tmp_path / "deep")


def test_special_files_in_a_folder_are_listed(tmp_path):
    argv = _mixed(tmp_path)
    res = CliRunner().invoke(main, ["build", *map(str, argv), "-o", str(tmp_path / "out"), "--quiet"])
    assert res.exit_code == 0
    warned = [ln for ln in res.stderr.splitlines() if ln.startswith("warning:")]
    assert any("pipe.txt" in ln and "FIFO" in ln for ln in warned)
    assert any("x.txt" in ln and "loop" in ln for ln in warned)


def test_lone_surrogate_in_the_python_api_is_dropped_with_offsets_kept():
    """CASES.md row 21."""
    from kg.pipeline import build_graph

    text = "巡逻纪实\n\n近日，陕西省咸阳市公安局交警支队民警岑\ud83d望舒荣获个人三等功。\n"
    g = build_graph(text=text, source="s\udcb0.txt")
    assert "岑望舒" in _labels(g, "Person")
    for e in g.subjects(KG.sentence, None):
        start, end = int(g.value(e, KG.start)), int(g.value(e, KG.end))
        assert text[start:end].replace("\ud83d", "") == str(g.value(e, KG.sentence))
    g.serialize(format="nt", encoding="utf-8")
    g = build_graph(text=text, source="\ud83d.txt")  # a surrogate no file name decodes to
    assert {str(o) for o in g.objects(None, KG.sourceFile)} == {"\\xed\\xa0\\xbd.txt"}


def test_non_utf8_file_name_is_built_and_printed_decoded_or_escaped(tmp_path):
    """CASES.md row 20: a GBK-named file from a Windows share: its name is decoded as GBK (user 9,
    F14: it was written ``\\xb0\\xb8\\xc0\\xfd.txt``); bytes no Chinese encoding reads stay escaped."""
    p = _bytes_name(tmp_path, "案例.txt".encode("gbk"), GOOD.encode())
    res = CliRunner().invoke(main, ["build", str(p), "-o", str(tmp_path / "out"), "--quiet"])
    assert res.exit_code == 0
    assert Literal("案例.txt") in set(_graph(tmp_path / "out").objects(None, KG.sourceFile))
    q = _bytes_name(tmp_path, b"\xff\xfe.txt", GOOD.encode())
    res = CliRunner().invoke(main, ["build", str(q), "-o", str(tmp_path / "out2"), "--quiet"])
    assert res.exit_code == 0
    assert Literal("\\xff\\xfe.txt") in set(_graph(tmp_path / "out2").objects(None, KG.sourceFile))


def test_short_gbk_headline_is_decoded():
    """CASES.md row 19: a one-line GBK headline (charset guessers call it Thai or Cyrillic)."""
    from kg.ingest import decode_chinese

    for line in ("“警察蓝”+“防疫白”守护百姓安康", "民警巡逻", "法治"):
        assert decode_chinese(line.encode("gbk")) == line
        assert decode_chinese(line.encode("gb18030")) == line
    assert decode_chinese("巡邏紀實".encode("big5")) == "巡邏紀實"
    assert decode_chinese(bytes(range(0x80, 0x100))) is None


# ----------------------------------------------------------------------------- other files the user names
def _special(d: Path, kind: str, suffix: str) -> Path:
    """A FIFO, or a link to /dev/zero, under a name with the given suffix."""
    p = d / f"special{suffix}"
    if kind == "fifo":
        os.mkfifo(p)
    else:
        p.symlink_to("/dev/zero")
    return p


READERS = [
    ("query", lambda f, d: ["query", f, "ASK { ?s ?p ?o }"], ".ttl"),
    ("query-trig", lambda f, d: ["query", f, "ASK { ?s ?p ?o }"], ".trig"),
    ("query-file", lambda f, d: ["query", _w(d / "g.nt", "<http://x/a> <http://x/b> <http://x/c> .\n"), "-f", f], ".rq"),
    ("view", lambda f, d: ["view", f, "-o", d / "v.html"], ".ttl"),
    ("stats", lambda f, d: ["stats", f], ".jsonld"),
    ("validate", lambda f, d: ["validate", f], ".nt"),
    ("export", lambda f, d: ["export", f, "--to", "graphml", "-o", d / "g.graphml"], ".rdf"),
    ("serve", lambda f, d: ["serve", f, "--port", "0"], ".ttl"),
    ("decisions", lambda f, d: ["build", _w(d / "a.txt", GOOD), "-o", d / "out", "--decisions", f], ".txt"),
    ("eval-gold", lambda f, d: ["eval", _w(d / "t" / "special.txt", GOOD).parent, f.parent], ".gold"),
]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
@pytest.mark.parametrize("argv,suffix", [pytest.param(r[1], r[2], id=r[0]) for r in READERS])
def test_every_file_the_user_names_is_read_only_when_regular(tmp_path, kind, argv, suffix):
    """A FIFO (no writer: a plain read blocks for ever) or a device (endless: a read fills
    memory) named as a graph file, a query file, decisions or gold annotations: one line
    naming it, exit 2, promptly."""
    import threading

    f = _special(tmp_path, kind, suffix)
    args = [str(a) for a in argv(f, tmp_path)]
    done: list = []
    worker = threading.Thread(target=lambda: done.append(CliRunner().invoke(main, args)), daemon=True)
    worker.start()
    worker.join(30)
    assert done, f"kg {args[0]} still reading {f.name} after 30 s"
    res = done[0]
    what = "FIFO" if kind == "fifo" else "character device"
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("error: ") and what in res.stderr, res.stderr
    assert f.name in res.stderr


def test_a_file_of_another_kind_in_a_folder_is_named_not_read(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_text("标题\n\n旬邑县公安局民警柯远舟在街头巡逻。\n", encoding="utf-8")
    (tmp_path / "in/report.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "in/.DS_Store").write_bytes(b"\x00")
    res = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-html"])
    assert res.exit_code == 0
    assert res.stderr == f"warning: {tmp_path / 'in/report.pdf'}: skipped, not a .txt, .text, .md, .markdown, .html, .htm, .csv, .tsv, .jsonl file\n"
    assert "articles: 1 read" in res.stdout
