"""Matching a document's own names (an alternation of literal strings) without compiling a pattern.

Several passes look again for the names an article has already given (persons, townships,
units' short forms) with ``re.compile("|".join(map(re.escape, names))).finditer(sentence)``. Such
a pattern is built for one article and compiled once per article, and compiling an alternation
of a few dozen names takes longer than all the searches of the article. :class:`Alternation`
gives the same matches: with few names, by ``str.find`` of each name; with many (a whole
newspaper page), by the compiled pattern, whose cost then stays linear in the text.
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
