"""bench/eval_ner.py: the gold readers and the exact-span scoring (not the tagger's quality)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ner"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "bench" / "eval_ner.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_read_cluener_converts_inclusive_ends(ev):
    data = ev.read_cluener(DATA / "cluener_tiny.json")
    assert [t for t, _ in data] == ["杭州市公安局局长张伟在西湖区视察。", "李明和王芳参加了会议。", "今天天气很好。"]
    assert data[0][1] == {("government", 0, 6), ("position", 6, 8), ("name", 8, 10), ("address", 11, 14)}
    assert data[1][1] == {("name", 0, 2), ("name", 3, 5)}
    assert data[2][1] == set()
    assert len(ev.read_cluener(DATA / "cluener_tiny.json", limit=2)) == 2


def test_read_cluener_rejects_a_wrong_span(ev, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": "李明来了", "label": {"name": {"李明": [[1, 2]]}}}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="not '李明'"):
        ev.read_cluener(bad)


def test_read_bio(ev):
    data = ev.read_bio(DATA / "pd_tiny.bio")
    assert [t for t, _ in data] == ["张伟在北京工作。", "北京市公安局表彰李明。", "上海人民很好。"]
    assert data[0][1] == {("PER", 0, 2), ("LOC", 3, 5)}
    assert data[1][1] == {("ORG", 0, 6), ("PER", 8, 10)}
    assert data[2][1] == {("LOC", 0, 2)}  # I- without B- opens a span
    assert len(ev.read_bio(DATA / "pd_tiny.bio", limit=1)) == 1


def test_bio_spans_type_change_and_end(ev):
    assert ev.bio_spans(["B-PER", "I-LOC", "O", "B-ORG", "B-ORG", "I-ORG"]) == {
        ("PER", 0, 1), ("LOC", 1, 2), ("ORG", 3, 4), ("ORG", 4, 6)}


def test_score_exact_numbers(ev):
    gold = [{("PER", 0, 2), ("LOC", 3, 5)}, {("ORG", 0, 6), ("PER", 8, 10)}]
    pred = [{("PER", 0, 2), ("LOC", 3, 6)}, {("ORG", 0, 6), ("PER", 8, 10), ("PER", 11, 13)}]
    res = ev.score(gold, pred, ("PER", "LOC"), extra=("ORG",))
    assert res["PER"]["tp"] == 2 and res["PER"]["fp"] == 1 and res["PER"]["fn"] == 0
    assert res["PER"]["p"] == pytest.approx(2 / 3) and res["PER"]["r"] == 1.0
    assert res["PER"]["f1"] == pytest.approx(0.8)
    assert (res["LOC"]["tp"], res["LOC"]["fp"], res["LOC"]["fn"], res["LOC"]["f1"]) == (0, 1, 1, 0.0)
    assert res["ORG"]["f1"] == 1.0
    # micro over PER and LOC only: tp 2, fp 2, fn 1
    assert (res["micro"]["tp"], res["micro"]["fp"], res["micro"]["fn"]) == (2, 2, 1)
    assert res["micro"]["p"] == 0.5 and res["micro"]["r"] == pytest.approx(2 / 3)
    assert res["micro"]["f1"] == pytest.approx(4 / 7)


def test_score_on_the_fixture_with_jieba_style_predictions(ev):
    data = ev.read_cluener(DATA / "cluener_tiny.json")
    pred = [{("name", 8, 10), ("address", 11, 13), ("government", 0, 3), ("government", 0, 6)},
            {("name", 0, 2)}, {("name", 0, 2)}]
    res = ev.score([g for _, g in data], [ev.outer(p) for p in pred], ev.CLUENER_TYPES)
    assert (res["name"]["tp"], res["name"]["fp"], res["name"]["fn"]) == (2, 1, 1)
    assert (res["government"]["tp"], res["government"]["fp"]) == (1, 0)  # nested 0-3 dropped
    assert (res["address"]["tp"], res["address"]["fp"], res["address"]["fn"]) == (0, 1, 1)
    assert (res["position"]["tp"], res["position"]["fn"]) == (0, 1)
    assert (res["micro"]["tp"], res["micro"]["fp"], res["micro"]["fn"]) == (3, 2, 3)


def test_span_policies(ev):
    spans = {("address", 0, 3), ("address", 0, 6), ("address", 6, 9), ("name", 10, 12), ("name", 10, 11),
             ("government", 13, 19), ("address", 13, 16), ("organization", 13, 19)}
    # nested spans go, whatever their type; equal spans of two types stay
    assert ev.outer(spans) == {("address", 0, 6), ("address", 6, 9), ("name", 10, 12),
                               ("government", 13, 19), ("organization", 13, 19)}
    assert ev.merged(spans) == {("address", 0, 9), ("name", 10, 12), ("government", 13, 19), ("organization", 13, 19)}
    assert ev.with_gov_org({("government", 0, 2), ("name", 3, 5)}) == {
        ("government", 0, 2), ("gov+org", 0, 2), ("name", 3, 5)}


def test_errors_mark_boundary_and_spurious(ev):
    texts = ["北京市公安局表彰李明。"]
    err = ev.errors(texts, [{("ORG", 0, 6)}], [{("ORG", 0, 3), ("ORG", 8, 10)}], ("ORG",))["ORG"]
    assert err["fn"] == {"北京市公安局": 1}
    assert err["fp"] == {"北京市→北京市公安局": 1, "李明": 1}
    assert (err["fp_boundary"], err["fp_spurious"]) == (1, 1)


def test_post_span_prefers_the_occurrence_before_the_person(ev):
    text = "局长说，副局长张伟到了。"
    assert ev._post_span(text, "局长", 7, 9) == (5, 7)
    assert ev._post_span("张伟局长", "局长", 0, 2) == (2, 4)
    assert ev._post_span("张伟", "局长", 0, 2) is None
