"""Matching a document's own names (an alternation of literal strings) without compiling a pattern.

Several passes look again for the names an article has already given (persons, townships,
units' short forms) with ``re.compile("|".join(map(re.escape, names))).finditer(sentence)``. Such
a pattern is built for one article and compiled once per article, and compiling an alternation
of a few dozen names takes longer than all the searches of the article. :class:`Alternation`
gives the same matches: with few names, by ``str.find`` of each name; with many (a whole
newspaper page), by the compiled pattern, whose cost then stays linear in the text.
:func:`in_quotes` tells whether a position of a sentence is inside “…”.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

#: Up to this many names, :class:`Alternation` finds each name with ``str.find`` (a search per
#: name and sentence); beyond, it compiles the pattern (a search per sentence).
FIND_LIMIT = 24


class Alternation:
    """``re.compile("|".join(map(re.escape, names))).finditer`` as ``(start, end, name)``.

    Args:
        names: non-empty strings in the pattern's order (the first that matches at a position is
            taken there, as the regular expression's alternation takes it: longest first when
            ``names`` is sorted so).
        pattern: the same alternation written shorter (see :meth:`product`), compiled instead
            of ``names`` joined when the names are many.
    """

    def __init__(self, names: list[str], pattern: str | None = None) -> None:
        self.names = list(names)
        many = len(self.names) > FIND_LIMIT
        self._pattern = re.compile(pattern or "|".join(map(re.escape, self.names))) if many else None

    @classmethod
    def product(cls, firsts: list[str], seconds: list[str]) -> "Alternation":
        """``(?:firsts)(?:seconds)``: each first string followed by one of the second, tried in
        that order (a first string is given up for the next when none of the second follows it)."""
        def alternation(strings: list[str]) -> str:
            return "(?:" + "|".join(map(re.escape, strings)) + ")"

        return cls([a + b for a in firsts for b in seconds], alternation(firsts) + alternation(seconds))

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """The non-overlapping matches in ``text``, left to right: ``(start, end, name)``."""
        if self._pattern is not None:
            for m in self._pattern.finditer(text):
                yield m.start(), m.end(), m.group()
            return
        starts: dict[int, str] = {}  # where a name starts → the first name (in order) found there
        for name in self.names:
            i = text.find(name)
            while i != -1:
                if i not in starts:
                    starts[i] = name
                i = text.find(name, i + 1)
        at = 0
        for i in sorted(starts):
            if i >= at:
                name = starts[i]
                at = i + len(name)
                yield i, at, name


class WordIndex:
    """The words of a table (posts, roles, unit words) that start or end at a position of a text,
    found by one slice and set lookup per word length instead of a ``startswith``/``endswith``
    test of each word.

    Args:
        words: the words, in the order the answers keep (a word listed twice is answered twice).
    """

    def __init__(self, words) -> None:
        self.words = list(words)
        self._places: dict[str, list[int]] = {}  # word → where it stands in ``words``
        for k, w in enumerate(self.words):
            self._places.setdefault(w, []).append(k)
        self._lengths = sorted({len(w) for w in self.words})

    def ending_at(self, text: str, end: int) -> list[str]:
        """The words ``text[:end]`` ends with (``text.endswith(w, 0, end)``), in the words' order."""
        n = len(text)
        end = min(end, n) if end >= 0 else max(end + n, 0)  # as str.endswith reads its end
        return self._in_order(k for size in self._lengths if size <= end
                              for k in self._places.get(text[end - size:end], ()))

    def starting_at(self, text: str, start: int) -> list[str]:
        """The words ``text[start:]`` starts with (``text.startswith(w, start)``), in the words' order."""
        n = len(text)
        start = start if start >= 0 else max(start + n, 0)  # as str.startswith reads its start
        return self._in_order(k for size in self._lengths if start + size <= n
                              for k in self._places.get(text[start:start + size], ()))

    def _in_order(self, places) -> list[str]:
        return [self.words[k] for k in sorted(places)]


def in_quotes(text: str, i: int) -> bool:
    """Is ``text[i]`` inside “…” (more “ than ” before it: a slogan such as “忠诚守护·平安云岭”, a
    speaker's words, a title in quotes)?"""
    return text.count("“", 0, i) > text.count("”", 0, i)
