"""kg.extract.literals: Alternation gives the matches of the regular expression it stands for;
WordIndex the answers of ``str.startswith`` and ``str.endswith`` for each word."""
from __future__ import annotations

import random
import re

import pytest

from kg.extract import literals
from kg.extract.literals import Alternation, WordIndex


def _regex(names: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.compile("|".join(map(re.escape, names))).finditer(text)]


@pytest.mark.parametrize("longest_first", [True, False])
@pytest.mark.parametrize("count", [1, 3, literals.FIND_LIMIT, literals.FIND_LIMIT + 5])
def test_same_matches_as_the_pattern(count, longest_first):
    rng = random.Random(count * 2 + longest_first)
    alphabet = "王小明李强大队长派出所.*"  # few characters: names overlap, share prefixes, repeat
    for _ in range(300):
        names = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(count)})
        if longest_first:
            names.sort(key=len, reverse=True)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert list(Alternation(names).finditer(text)) == _regex(names, text), (names, text)


def test_the_first_name_in_order_wins_at_a_position():
    assert list(Alternation(["王小", "王小明"]).finditer("王小明王小明")) == [(0, 2, "王小"), (3, 5, "王小")]
    assert list(Alternation(["王小明", "王小"]).finditer("王小明王小")) == [(0, 3, "王小明"), (3, 5, "王小")]


@pytest.mark.parametrize("count", [1, 4, literals.FIND_LIMIT])
def test_product_same_matches_as_the_pattern(count):
    """``(?:firsts)(?:seconds)``: a first string followed by none of the second is given up for the next."""
    rng = random.Random(count)
    alphabet = "和平镇派出所法庭人民"
    seconds = ["派出所", "人民法庭", "法庭", "所"]
    for _ in range(300):
        firsts = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(count)},
                        key=len, reverse=True)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        pattern = re.compile("(?:" + "|".join(map(re.escape, firsts)) + ")(?:" + "|".join(seconds) + ")")
        expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
        assert list(Alternation.product(firsts, seconds).finditer(text)) == expected, (firsts, text)


def test_word_index_answers_as_startswith_and_endswith():
    rng = random.Random(7)
    alphabet = "局长副所队大"
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))]
        index = WordIndex(words)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for at in range(-len(text) - 2, len(text) + 3):
            assert index.ending_at(text, at) == [w for w in words if text.endswith(w, 0, at)], (words, text, at)
            assert index.starting_at(text, at) == [w for w in words if text.startswith(w, at)], (words, text, at)
