"""kg.posseg.FastPOS gives exactly jieba.posseg's words and tags (it only has to be faster)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import nlp
from kg.posseg import FastPOS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def both():
    """(jieba's POSTokenizer with the project dictionary, a FastPOS around it), user tags merged."""
    pos = nlp.tokenizer()
    list(pos.cut("预热"))  # jieba merges the user tags on its first cut
    return pos, FastPOS(pos)


def _jieba(pos, text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in pos.cut(text, HMM=True)]


def test_same_as_jieba_on_the_invented_corpus(both):
    pos, fast = both
    texts = [line for f in sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts
    for text in texts:
        assert fast.cut(text) == _jieba(pos, text), text


def test_same_as_jieba_on_random_text(both):
    """Unknown and rare characters (the HMM's widest state sets), letters, digits, spaces."""
    pos, fast = both
    rng = random.Random(7)
    common = "公安局民警王李张派出所荣获三等功在我市开展了专项行动中被评为先进个人县刑警大队长"
    extra = "abcXYZ019 .#&_+\r\n\t·，。䶮𬘭鿕鿖"
    for _ in range(300):
        n = rng.randint(1, 30)
        text = "".join(rng.choice(common + extra) if rng.random() < 0.6 else chr(rng.randint(0x4E00, 0x9FD5))
                       for _ in range(n))
        assert fast.cut(text) == _jieba(pos, text), repr(text)


def test_viterbi_ties_and_unknown_characters(both):
    """Characters outside the HMM's tables take every state; the route still matches jieba's."""
    pos, fast = both
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi

    for obs in ("鿕鿕鿕", "龘靐齉", "王鿕明", "丂丄丅丆"):
        _, route = viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)
        assert fast._viterbi(obs) == route


def test_user_dictionary_tags_are_known_before_the_first_cut():
    """jieba merges user-word tags into word_tag_tab at its first cut; Tupu's tokenizer does it at
    once, so a lookup before any article was tokenized (the first article of a build) sees them."""
    import subprocess
    import sys

    code = "from kg.nlp import tokenizer; print(tokenizer().word_tag_tab.get('派出所'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "police"


def test_viterbi_in_arrays_matches_jieba_on_random_runs(both, monkeypatch):
    """The Viterbi over arrays (:class:`kg.posseg._Tables`) gives jieba's route, ties included,
    on runs of common, rare and unknown characters; the Python loop is not used for them."""
    pos, fast = both
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi

    monkeypatch.setattr(fast, "_viterbi_py", lambda obs: pytest.fail("Python Viterbi used"))
    rng = random.Random(11)
    common = "公安局民警王李张派出所荣获三等功在我市开展了专项行动中被评为先进个人县刑警大队长的一是了不人"
    for _ in range(200):
        obs = "".join(rng.choice(common) if rng.random() < 0.7 else chr(rng.randint(0x4E00, 0x9FD5))
                      for _ in range(rng.randint(1, 12)))
        _, route = viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)
        assert fast._viterbi(obs) == route, obs
    assert fast._tables is not None


def test_dictionary_route_is_jiebas(both):
    """The one-pass route (:meth:`FastPOS._route`) has jieba's scores and word ends at every position."""
    pos, fast = both
    tk = pos.tokenizer
    rng = random.Random(3)
    common = "的一是了我不人在他有这个上们来公安局派出所民警刑警大队长"
    for _ in range(300):
        text = "".join(rng.choice(common) if rng.random() < 0.8 else chr(rng.randint(0x4E00, 0x9FD5))
                       for _ in range(rng.randint(1, 40)))
        route: dict = {}
        tk.calc(text, tk.get_DAG(text), route)
        assert list(fast._route(text)) == [route[k] for k in range(len(text) + 1)], text



def test_route_keeps_each_fragment_of_the_dictionary_once():
    """:meth:`FastPOS._route` looks a fragment up in jieba's dictionary once: after, its
    ``_words`` holds a word's ``log(freq) - log(total)`` and 0 for a prefix that is no word (and
    nothing for a fragment the dictionary lacks); the route computed again from them is the same."""
    from math import log

    pos = nlp.tokenizer()
    fast = FastPOS(pos)
    fast.cut("预热")
    tk = pos.tokenizer
    text = "县公安局派出所民警"
    first = fast._route(text)
    words = dict(fast._words)
    assert words["公安局"] == log(tk.FREQ["公安局"]) - log(tk.total)
    assert words["派出所"] == log(tk.FREQ["派出所"]) - log(tk.total)
    prefixes = [w for w in words if tk.FREQ[w] == 0]
    assert prefixes and all(words[w] == 0 for w in prefixes)
    assert all(w in tk.FREQ for w in words)
    assert fast._route(text) == first and fast._words == words  # met again: nothing new looked up


def test_may_open_alone_is_never_false_when_the_cut_opens_with_the_character_so_tagged():
    """:func:`kg.nlp.may_open_alone` lets an extractor skip segmenting a window: wherever it
    says False, no cut of a text opening with that character gives it alone with that tag —
    on the invented corpus's windows and on random text (unknown characters run the HMM)."""
    rng = random.Random(11)
    texts = [line for f in sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    windows = [t[i:i + 6] for t in texts for i in range(0, len(t), 3)]
    windows += ["".join(chr(rng.randint(0x4E00, 0x9FD5)) for _ in range(rng.randint(1, 6))) for _ in range(400)]
    said_false = 0
    for w in windows:
        first = nlp.tokens(w)[:1]
        for tag in ("d", "v", "p"):
            if not nlp.may_open_alone(w[:1], tag):
                said_false += 1
                assert first != [(w[:1], tag, 0)], (w, tag)
    assert said_false  # (the check is not vacuous)
    assert nlp.may_open_alone("，", "d") and nlp.may_open_alone("", "d")  # undecided: not a Han character
