"""kg eval: gold reader, scoring rules, CLI (tiny invented gold file) and the bundled page's gold."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import Gold, evaluate, score_graph
from kg.pipeline import run, sample_path

DATA = Path(__file__).parent / "data"
ARTICLE = "咸阳公安表彰先进\n\n□ 本报记者 柯远舟\n\n近日，陕西省咸阳市公安局交警支队被评为全国优秀公安基层单位。\n"
GOLD = """# invented
E Person 柯远舟
E Place 陕西省|陕西
E Place 咸阳市|咸阳
E Organization 咸阳市公安局
E Organization 咸阳市公安局交警支队|交警支队
E Honor 全国优秀公安基层单位
?E Organization 咸阳交警
R 咸阳市 locatedIn 陕西省
R 咸阳市公安局 locatedIn 咸阳市
R 咸阳市公安局交警支队 belongsTo 咸阳市公安局
R 咸阳市公安局交警支队 received 全国优秀公安基层单位
R 咸阳公安表彰先进 reporter 柯远舟
R 柯远舟 belongsTo 咸阳市公安局
"""


def test_gold_parse_merges_names_and_flags_optional():
    g = Gold.parse(GOLD, "x.gold")
    assert len(g.entities) == 7
    assert ("Organization", frozenset({"咸阳交警"}), False) in g.entities
    assert len(g.relations) == 6


@pytest.mark.parametrize("line", ["X Person 甲", "E Animal 猫", "R 甲 likes 乙"])
def test_gold_parse_rejects_bad_lines_with_line_number(line):
    with pytest.raises(InputError, match=r"x.gold:2:"):
        Gold.parse("# ok\n" + line, "x.gold")


def test_score_counts_exact():
    rep = score_graph(Gold.parse(GOLD, "x.gold"), run(text=ARTICLE, source="a.txt").graph)
    ents = rep.micro(section="entities")
    assert (ents.tp, ents.fn) == (6, 0)
    rels = rep.micro()
    # the invented last relation (a reporter serving in the bureau) is never said: one miss
    assert (rels.tp, rels.fn) == (5, 1)
    assert rep.missed == ["R 柯远舟 belongsTo 咸阳市公安局"]


def test_cli_eval_prints_table_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.gold").write_text(GOLD, encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(tmp_path), str(tmp_path), "--errors", "--per-file"])
    assert res.exit_code == 0, res.output
    assert "ent:Organization" in res.output and "missed:" in res.output and "a.txt: entities F1" in res.output
    assert "R 柯远舟 belongsTo 咸阳市公安局" in res.output


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "gb18030"])
def test_a_gold_file_is_read_in_the_encodings_of_texts(tmp_path, encoding):
    """A gold file saved as UTF-16 with a byte-order mark (Windows Notepad's "Unicode") was refused
    as neither UTF-8 nor a Chinese encoding, though a text file in it is read."""
    bom = "\ufeff" if encoding.endswith("-be") else ""
    (tmp_path / "a.txt").write_bytes((bom + ARTICLE).encode(encoding))
    (tmp_path / "a.gold").write_bytes((bom + GOLD).encode(encoding))
    res = CliRunner().invoke(main, ["eval", str(tmp_path), str(tmp_path), "--errors", "-q"])
    assert res.exit_code == 0, res.output
    assert "R 柯远舟 belongsTo 咸阳市公安局" in res.output


def test_a_gold_file_with_a_utf16_mark_but_broken_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.gold").write_bytes(b"\xff\xfeE\x00 \x00\x00\xd8")  # a lone surrogate
    res = CliRunner().invoke(main, ["eval", str(tmp_path), str(tmp_path), "-q"])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert res.output.strip().endswith("a.gold: starts with a UTF-16 byte-order mark but is not valid UTF-16")


def test_cli_eval_errors_name_their_file(tmp_path):
    for stem in ("a", "b"):
        (tmp_path / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / f"{stem}.gold").write_text(GOLD, encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(tmp_path), str(tmp_path), "--errors"])
    assert res.exit_code == 0, res.output
    assert "  a.txt: R 柯远舟 belongsTo 咸阳市公安局" in res.output
    assert "  b.txt: R 柯远舟 belongsTo 咸阳市公安局" in res.output


def test_identity_table_marks_a_class_without_pairs():
    from kg.evaluate import Counts, IdentityReport, format_identity

    rep = IdentityReport(pairs={"Person": Counts(), "Honor": Counts()}, wrong=[], anonymised=0, entities=0, files=2)
    assert "merge:Honor                 –      –      –" in format_identity(rep)
    assert "merge F1 –" in format_identity(rep) and "0.000" not in format_identity(rep)  # nothing marked: no score


def test_cli_eval_without_pairs_is_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(tmp_path), str(tmp_path)])
    assert res.exit_code == 2
    assert res.output.strip().startswith("error:") and len(res.output.strip().splitlines()) == 1


def test_bundled_page_scores_against_its_gold():
    total, _ = evaluate(sample_path(), DATA / "fazhi-ribao-page.gold")
    assert total.micro(section="entities").prf()[2] >= 0.9
    assert total.micro(("locatedIn", "belongsTo", "received")).prf()[2] >= 0.9


def test_text_without_gold_is_reported_not_silently_dropped(tmp_path, capsys):
    from kg.evaluate import pair_files

    (tmp_path / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "a.gold").write_text("", encoding="utf-8")
    assert [t.name for t, _ in pair_files(tmp_path, tmp_path)] == ["a.txt"]
    assert "b.txt" in capsys.readouterr().err


def test_eval_reports_every_text_without_gold_and_gold_without_text(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    texts, golds = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    golds.mkdir()
    article = "某市民警\n\n某市公安局民警王小明表示。\n"
    for name in ("a.txt", "b.txt", "c.md", "d.text"):  # the text files kg build reads
        (texts / name).write_text(article, encoding="utf-8")
    (golds / "a.gold").write_text("E Organization 某市公安局\nE Person 王小明\n", encoding="utf-8")
    (golds / "z.gold").write_text("E Person 王小明\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(texts), str(golds), "--quiet", "--corpus"])
    assert res.exit_code == 0, res.output
    assert "texts: 1 scored, 3 without a gold file, not scored (b.txt, c.md, d.text); " \
           "1 gold file(s) without a text (z.gold)" in res.stdout
    warnings = [line for line in res.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 4  # once each, though --corpus pairs the files again
    assert "ent:Honor                   –      –      –    0    0    0" in res.stdout  # nothing to score


@pytest.mark.parametrize("line", ["?", "??", "? "])
def test_gold_line_with_only_a_question_mark_is_a_clear_error(line):
    from kg.errors import InputError
    from kg.evaluate import Gold

    with pytest.raises(InputError, match="g.gold:1"):
        Gold.parse(line + "\n", "g.gold")


@pytest.mark.parametrize("encode", [lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), lambda t: t.encode("gbk")],
                         ids=["utf-8 with a BOM", "gbk"])
def test_a_gold_file_is_read_as_text_files_are(tmp_path, encode):
    """A BOM made the first line no E/R line; GBK gave a raw codec message (breaker 3)."""
    (tmp_path / "a.txt").write_text("标题\n\n江城市公安局民警柯远舟说。\n", encoding="utf-8")
    (tmp_path / "a.gold").write_bytes(encode("E Person 柯远舟\nE Organization 江城市公安局\n"))
    total, _ = evaluate(tmp_path / "a.txt", tmp_path / "a.gold")
    assert total.micro(section="entities").prf()[1] == 1.0


@pytest.mark.parametrize("line,what", [("E Person |", "empty name"), ("E Person 柯远舟 =", "identity")])
def test_a_gold_line_with_an_empty_name_or_identity_is_an_error(line, what):
    from kg.errors import InputError
    from kg.evaluate import Gold
    with pytest.raises(InputError, match=what):
        Gold.parse(line, "g.gold")


def test_a_comment_after_a_gold_line_is_no_part_of_its_names():
    from kg.evaluate import Gold
    assert Gold.parse("E Person 柯远舟  # 主人公", "g.gold").entities == [("Person", frozenset({"柯远舟"}), True)]


def test_a_relation_annotated_but_never_found_has_no_precision():
    from kg.evaluate import Counts, Report, format_report

    rep = Report()
    rep.relations["received"] = Counts(tp=0, fp=0, fn=2)
    rep.relations["position"] = Counts(tp=0, fp=3, fn=0)
    table = format_report(rep)
    received = next(ln for ln in table.splitlines() if ln.startswith("rel:received"))
    position = next(ln for ln in table.splitlines() if ln.startswith("rel:position"))
    assert received.split()[1:4] == ["–", "0.000", "0.000"]  # (was P 0.000: read as all found wrong)
    assert position.split()[1:4] == ["0.000", "–", "0.000"]


def test_a_jsonl_archive_given_to_eval_is_one_clear_line(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "t/news.jsonl").write_text('{"id": "a", "text": "正文。"}\n', encoding="utf-8")
    (tmp_path / "g/news.gold").write_text("E Person 甲\n", encoding="utf-8")
    for args in ([str(tmp_path / "t"), str(tmp_path / "g")], [str(tmp_path / "t/news.jsonl"), str(tmp_path / "g/news.gold")]):
        res = CliRunner().invoke(main, ["eval", *args])
        assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1, res.output
        assert "not a .jsonl archive" in res.output


def test_a_build_output_folder_given_as_a_graph_names_its_graph_and_store(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(out), "--no-html", "--append"]).exit_code == 0
    for cmd in (["query", str(out), "ASK {}"], ["stats", str(out)]):
        res = CliRunner().invoke(main, cmd)
        assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1, res.output
        assert f"{out / 'graph.ttl'} or {out / '.kg-store'}" in res.output


def test_the_readme_names_every_kind_of_text_kg_eval_scores(tmp_path):
    """kg eval scored a7.html against a7.gold while the README said texts are only the .txt,
    .text and .md files (user 7, A8): it names every suffix it reads now."""
    import re

    from kg.evaluate import pairing
    from kg.ingest import TEXT_SUFFIXES

    for suffix in TEXT_SUFFIXES:
        (tmp_path / f"a{suffix.replace('.', '_')}{suffix}").write_text("标题\n\n正文。\n", encoding="utf-8")
        (tmp_path / f"a{suffix.replace('.', '_')}.gold").write_text("", encoding="utf-8")
    assert len(pairing(tmp_path, tmp_path).pairs) == len(TEXT_SUFFIXES)
    readme = " ".join(((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8") + "\n" + (Path(__file__).resolve().parents[1] / "docs" / "manual.md").read_text(encoding="utf-8")).split())
    sentence = re.search(r"Texts are the (.*?) files of TEXTS", readme).group(1)
    assert set(re.findall(r"`(\.\w+)`", sentence)) == set(TEXT_SUFFIXES), sentence


def test_kg_evals_messages_name_every_kind_of_text_it_scores(tmp_path, capsys):
    """kg eval scores .html texts (user 7, A8), but its warning for a gold file with no text named
    only .txt, .text and .md, and its refusal of an archive .txt, .md and .html: both list what
    it reads now (kg.ingest.TEXT_SUFFIXES)."""
    from kg.errors import InputError
    from kg.evaluate import pair_files
    from kg.ingest import TEXT_SUFFIXES

    (tmp_path / "a.html").write_text("<h1>标题</h1><p>正文。</p>", encoding="utf-8")
    (tmp_path / "a.gold").write_text("", encoding="utf-8")
    (tmp_path / "b.gold").write_text("", encoding="utf-8")
    assert pair_files(tmp_path, tmp_path) == [(tmp_path / "a.html", tmp_path / "a.gold")]
    warning = capsys.readouterr().err
    assert "b.gold: no text b.txt (or " in warning and all(s in warning for s in TEXT_SUFFIXES), warning
    (tmp_path / "c.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        pair_files(tmp_path / "c.jsonl", tmp_path)
    assert all(s in str(refused.value) for s in TEXT_SUFFIXES), refused.value
