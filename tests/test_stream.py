"""A large page file read in a stream (kg.ingest.iter_file_documents): the same documents as the
whole file gives, items made one at a time, the file's bytes read as the items are asked for."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.ingest as ingest
from kg.errors import InputError
from kg.ingest import _lines, _segments, documents_from_text, iter_file_documents, read_text
from kg.pipeline import sample_path

ROOT = Path(__file__).resolve().parent
TEXTS = sorted({*ROOT.glob("data/**/*.txt")} | {sample_path()})


@pytest.fixture
def stream_all(monkeypatch):
    """Stream every file, in small chunks (chunk ends fall inside lines and characters)."""
    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 0)
    monkeypatch.setattr(ingest, "STREAM_CHUNK", 4096)


def _readable() -> list[str]:
    out = []
    for f in TEXTS:
        try:
            out.append(read_text(f))
        except InputError:
            pass
    return out


def _page(tmp_path: Path, text: str, name: str = "page.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_every_test_text_streams_to_the_documents_of_the_whole_file(stream_all):
    count = 0
    for f in TEXTS:
        try:
            whole = documents_from_text(read_text(f), f.name)
        except InputError:
            continue
        assert list(iter_file_documents(f)) == whole, f
        count += 1
    assert count > 100


def test_a_page_of_all_test_texts_is_cut_at_many_item_breaks_and_reads_the_same(stream_all, tmp_path):
    page = "\n\n".join(_readable())
    assert len(list(_segments(_lines([page])))) > 100  # the stream really is cut
    path = _page(tmp_path, page)
    assert list(iter_file_documents(path)) == documents_from_text(read_text(path), "page.txt")


@pytest.mark.parametrize("variant", ["gb18030", "utf-16", "utf-32", "utf-8-sig", "crlf", "markup", "invisible",
                                     "open-comment", "open-osc", "open-script", "open-tag", "script-tag-split"])
def test_encodings_line_ends_and_markup_stream_as_the_whole_file_reads(stream_all, tmp_path, variant):
    texts = _readable()[:40]
    page = "\n\n".join(texts)
    encoding = variant if variant in ("gb18030", "utf-16", "utf-32", "utf-8-sig") else "utf-8"
    if variant == "crlf":
        page = page.replace("\n", "\r\n")
    if variant == "markup":  # markup that runs over lines: the segment holding it is never cut inside it
        page = "\n\n".join(f"<p>{t[:200]}</p>\n<!-- a\ncomment -->\n<script>\nvar a = '。<!--';\n</script>\n{t[200:]}"
                           if k % 3 == 0 else f'<div class="x"\n id="y">\n{t}' if k % 3 == 1 else t
                           for k, t in enumerate(texts))
    if variant == "invisible":
        page = "\n\n".join(t.replace("公安局", "公\u200b安局", 1).replace("。\n", "。\u2028\n", 1) for t in texts)
    if variant.startswith("open") or variant == "script-tag-split":  # never closed: read on to the end uncut
        opener = {"open-comment": "<!-- 注释", "open-osc": "\x1b]0;标题", "open-script": "<script>var a;",
                  "open-tag": '<a title="一', "script-tag-split": "<script\n>var a;</script>"}[variant]
        page = "\n\n".join(texts[:20] + [texts[20].replace("\n", "\n" + opener + "\n", 1)] + texts[21:])
    path = _page(tmp_path, page, encoding=encoding)
    if variant != "invisible":  # (a line with an invisible character is never at a cut)
        assert len(list(_segments(_lines([read_text(path)])))) > 10  # cut, markup or not
    assert list(iter_file_documents(path)) == documents_from_text(read_text(path), "page.txt")


def test_a_traditional_page_is_read_whole_and_reads_the_same(stream_all, tmp_path):
    import opencc

    page = opencc.OpenCC("s2t").convert("\n\n".join(_readable()[:10]))
    path = _page(tmp_path, page)
    assert list(iter_file_documents(path)) == documents_from_text(read_text(path), "page.txt")


@pytest.mark.parametrize("data, message", [
    (b"\xe5\x85\xac\x00\xe5\xae\x89", "looks like a binary file"),
    ("公安局\n".encode() + b"\xff\xfe\xfd" * 3, "not valid UTF-8"),
    (b"  \n\n", "the file is empty"),
    (b"plain ascii only\n", "holds no Chinese text"),
])
def test_a_bad_large_file_gives_the_error_of_the_whole_reading(stream_all, tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as streamed:
        list(iter_file_documents(path))
    with pytest.raises(InputError) as whole:
        read_text(path)
    assert message in str(streamed.value)
    assert str(streamed.value) == str(whole.value)


def test_a_large_rdf_file_is_refused_before_any_document(stream_all, tmp_path):
    from kg.sources import iter_units, unit_documents

    path = _page(tmp_path, "@prefix kg: <https://example.org/kg#> .\n" + "\n\n".join(_readable()[:5]))
    with pytest.raises(InputError, match="is an RDF graph file"):
        unit_documents(next(iter_units([path])))


def _counting_reads(monkeypatch) -> list[int]:
    """Make every input file count the bytes read from it: a list of counts, one per open."""
    counts: list[int] = []
    real = ingest.open_regular

    class Counting:
        def __init__(self, fh, k):
            self.fh, self.k = fh, k

        def read(self, n=-1):
            data = self.fh.read(n)
            counts[self.k] += len(data)
            return data

        def close(self):
            self.fh.close()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def open_counting(path, max_size=ingest.MAX_FILE_SIZE):
        fh, size = real(path, max_size)
        counts.append(0)
        return Counting(fh, len(counts) - 1), size

    monkeypatch.setattr(ingest, "open_regular", open_counting)
    return counts


def test_a_large_page_is_extracted_item_by_item_while_it_is_read(monkeypatch, tmp_path):
    """The first item is extracted when a small part of the file has been read (the old reading
    read the whole file, then cut it, then extracted)."""
    import kg.batch as batch
    from kg.sources import iter_units

    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 1024)
    monkeypatch.setattr(ingest, "STREAM_CHUNK", 1024)
    page = "\n\n".join(_readable())
    path = _page(tmp_path, page)
    size = path.stat().st_size
    counts = _counting_reads(monkeypatch)
    seen: list[int] = []

    def fake_extract(doc, extractors=None):
        seen.append(counts[-1])  # bytes read so far by the latest open of the file
        raise RuntimeError("not extracted")  # each document is reported failed, nothing kept

    monkeypatch.setattr(batch, "extract_document", fake_extract)
    monkeypatch.setattr(batch, "_extractors", [])
    done = batch.extract_unit(next(iter_units([path])))
    assert len(seen) == len(done.failed) > 100
    assert seen[0] < size / 20  # the first item is extracted before most of the file is read
    assert seen == sorted(seen) and seen[-1] == size  # and the file is read as items are asked for


def test_a_file_that_changes_while_it_is_streamed_stops_with_one_line(stream_all, tmp_path, monkeypatch):
    path = _page(tmp_path, "\n\n".join(_readable()[:20]))
    real = ingest._cut_at

    def rewrite_first(lines, sizes):
        path.write_text("\n\n".join(_readable()[1:21]), encoding="utf-8")  # another crawl lands
        return real(lines, sizes)

    monkeypatch.setattr(ingest, "_cut_at", rewrite_first)
    with pytest.raises(InputError, match=r"page.txt: the file changed while it was read; build again"):
        list(iter_file_documents(path))


@pytest.mark.parametrize("tail,codec", [("公安局民警张三荣获一等功。\n".encode("gbk"), "utf-8"), (b"A", "utf-16")])
def test_a_file_invalid_only_past_its_first_chunk_gets_the_named_refusal(stream_all, tmp_path, tail, codec):
    line = "平江县公安局城关派出所民警柯远舟荣获个人二等功。\n"
    data = (b"\xff\xfe" + (line * 400).encode("utf-16-le")) if codec == "utf-16" else (line * 400).encode()
    f = tmp_path / "m.txt"
    f.write_bytes(data + tail)
    with pytest.raises(ingest.InputError, match="m.txt"):
        list(ingest.iter_file_documents(f))


def test_two_unclosed_terminal_titles_swallow_no_text(stream_all, tmp_path):
    """An OSC sequence (ESC ] … BEL) left open ends at its line: the stream and the whole read
    give the same documents, and the article after it is read."""
    page = sample_path().read_text(encoding="utf-8")
    f = tmp_path / "osc.txt"
    f.write_text("\x1b]0;t\n\x1b]0;t\n" + page, encoding="utf-8")
    whole = documents_from_text(read_text(f), f.name)
    assert whole and [d.text for d in ingest.iter_file_documents(f)] == [d.text for d in whole]


def test_an_unclosed_html_comment_swallows_no_text(stream_all, tmp_path):
    """A comment left open by a cut-off page ends at its line (it hid the whole rest of the file):
    the stream and the whole read give the documents of the page without it."""
    page = sample_path().read_text(encoding="utf-8")
    f = tmp_path / "comment.txt"
    f.write_text("<!-- 页脚开始\n" + page, encoding="utf-8")
    whole = documents_from_text(read_text(f), f.name)
    assert [d.text for d in whole] == [d.text for d in documents_from_text(page, f.name)]
    assert [d.text for d in ingest.iter_file_documents(f)] == [d.text for d in whole]
