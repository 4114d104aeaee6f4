"""kg.extract.tagged: the CRF tagger beside the rules, and the mention-source switch."""
from __future__ import annotations

import pytest

from kg.extract.base import extract_document, load_extractors
from kg.ingest import documents_from_text
from kg.pipeline import mention_extractors
from kg.types import PERSON


def _persons(text: str, source: str = "both") -> set[str]:
    exts = load_extractors(mention_extractors(source))
    out = set()
    for doc in documents_from_text(text, "t.txt"):
        out |= {m.name for m in extract_document(doc, exts).mentions if m.cls == PERSON}
    return out


def test_tagger_adds_an_uncued_name_that_then_receives_an_honour(extract):
    x = extract("周明远先后获得全国五一劳动奖章、全国优秀人民警察等荣誉。")
    assert "周明远" in x.names(PERSON)
    assert ("周明远", "received", "全国五一劳动奖章") in x.rels("received")


def test_rules_alone_miss_the_uncued_name():
    assert "周明远" not in _persons("周明远先后获得全国五一劳动奖章、全国优秀人民警察等荣誉。", "rules")


@pytest.mark.parametrize("name", ["孙和平", "邓建军"])
def test_a_dictionary_name_whose_given_name_is_a_word_is_a_name(name):
    """和平, 建军 are words, but jieba's dictionary has the whole as a person name (nr) and the
    tagger proposes it (0.8–0.9): a name with no cue (…”某某红着眼眶回忆)."""
    assert name in _persons("标题\n\n“老所长总说，牧民的事再小也是大事。”" + name + "红着眼眶回忆。\n")


@pytest.mark.parametrize("sentence", ["路边种着杨树，远处是胡杨。", "警方缴获海洛因500克。"])
def test_tagger_does_not_name_words(extract, sentence):
    assert not extract(sentence).names(PERSON)


def test_tagger_alone_gives_mentions_without_relations():
    exts = load_extractors(mention_extractors("tagger"))
    (doc,) = documents_from_text("江城市公安局民警周明远先后获得全国五一劳动奖章。", "t.txt")
    res = extract_document(doc, exts)
    assert res.mentions and not res.statements


def test_unknown_mention_source():
    with pytest.raises(ValueError):
        mention_extractors("magic")


def test_eval_cli_takes_the_mention_source(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    (tmp_path / "a.txt").write_text("标题\n\n周明远先后获得全国五一劳动奖章。\n", encoding="utf-8")
    (tmp_path / "a.gold").write_text(
        "E Person 周明远\nE Honor 全国五一劳动奖章\nR 周明远 received 全国五一劳动奖章\n", encoding="utf-8")
    rules = CliRunner().invoke(main, ["eval", str(tmp_path / "a.txt"), str(tmp_path / "a.gold"), "--mentions", "rules"])
    both = CliRunner().invoke(main, ["eval", str(tmp_path / "a.txt"), str(tmp_path / "a.gold")])
    assert rules.exit_code == 0 and both.exit_code == 0
    assert "entities F1 1.000" not in rules.output and "entities F1 1.000" in both.output


@pytest.mark.parametrize("sentence", ["城关派出所王副所长介绍，辖区平安。", "李副局长说，要抓好落实。"])
def test_a_surname_and_a_deputy_posts_fu_are_no_name(sentence):
    # 王副|所长: a surname and 副 of the post, as 王所长 (breaker 2: person 王副)
    (doc,) = documents_from_text(f"标题\n{sentence}", "a.txt")
    persons = [m for m in extract_document(doc, load_extractors()).mentions if m.cls == "Person"]
    assert not any(m.name.endswith("副") for m in persons)
