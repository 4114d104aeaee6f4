"""Issue 11: a long line with no punctuation is built in linear time with a small constant.

Inputs of about 200 KB, time bounds generous for a loaded two-core machine; a build of real
text of that size takes a few seconds."""
from __future__ import annotations

import random
import re
import time
from pathlib import Path

from kg.nlp import MAX_HMM_RUN, tokens
from kg.pipeline import run

ROOT = Path(__file__).resolve().parents[1]
SIZE = 70_000  # characters: about 210 KB of UTF-8


def _real_han() -> str:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/invented/texts").glob("*.txt")))
    return re.sub(r"[^\u4e00-\u9fff]", "", text)


def _timed_build(path: Path) -> float:
    t0 = time.process_time()
    res = run([path])
    assert len(res.resolution.documents) == 1
    return time.process_time() - t0


def test_a_line_of_rare_characters_is_linear(tmp_path):
    """Random characters, most unknown to jieba's HMM tables (about 3 ms a character there)."""
    rng = random.Random(11)
    path = tmp_path / "rand.txt"
    path.write_text("标题\n" + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(SIZE)) + "\n", encoding="utf-8")
    assert _timed_build(path) < 60  # was over 3 minutes (≈ 2.7 ms a character)


def test_a_line_of_real_text_without_punctuation_is_linear(tmp_path):
    han = _real_han()
    path = tmp_path / "real.txt"
    path.write_text("标题\n" + (han * (SIZE // len(han) + 1))[:SIZE] + "\n", encoding="utf-8")
    assert _timed_build(path) < 90


def test_only_long_unknown_runs_skip_the_hmm():
    """A run of unknown characters longer than MAX_HMM_RUN is one token per character; a short
    one still goes through jieba's HMM (a name of rare characters stays one word)."""
    rng = random.Random(3)
    run_ = "".join(chr(rng.randint(0x9000, 0x9FA5)) for _ in range(MAX_HMM_RUN * 3))
    toks = tokens(run_)
    assert all(len(w) == 1 for w, _, _ in toks) and "".join(w for w, _, _ in toks) == run_
    short = "鿅鿆"  # unknown to the dictionary: the HMM decides, as jieba does
    from kg.posseg import FastPOS
    from kg.nlp import tokenizer

    pos = tokenizer()
    exact = [(p.word, p.flag) for p in pos.cut(short)]
    assert [(w, t) for w, t, _ in tokens(short)] == exact
    assert FastPOS(pos).cut(run_) == [(p.word, p.flag) for p in pos.cut(run_)]  # default: exact jieba
