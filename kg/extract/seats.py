"""Organization and Place mentions → ``locatedIn`` from a unit to the township it is named after.

Pattern (lexicon ``seat_units.tsv``): a unit ``…X<head>`` whose head serves one township
(派出所, 司法所, 人民法庭, 警务室 …) sits in the township ``X镇`` / ``X乡`` / ``X街道`` / ``X社区``
that the same article names (某县公安局东湖派出所 … 某县东湖镇 → 东湖派出所 locatedIn 东湖镇).
Only townships the article names are used; no place is invented from a unit's name.
"""
from __future__ import annotations

from ..lexicon import longest_first
from ..types import ORGANIZATION, PLACE
from .base import Context

#: Township suffixes whose stem a unit may carry (东湖镇 → 东湖).
_TOWN_SUFFIXES = ("街道", "镇", "乡", "街", "社区", "苏木")


class SeatExtractor:
    """Place units named after a township in that township (see module docstring)."""

    name = "seats"
    requires = (PLACE, ORGANIZATION)
    assigns: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.heads = longest_first("seat_units")

    def run(self, ctx: Context) -> None:
        """Add ``locatedIn`` statements from seat-named units to their township."""
        towns: dict[str, object] = {}
        for m in ctx.mentions:
            if m.cls != PLACE or dict(m.attrs).get("level") not in ("township", "village"):
                continue
            for suf in _TOWN_SUFFIXES:
                if m.name.endswith(suf) and len(m.name) - len(suf) >= 2:
                    towns.setdefault(m.name[:-len(suf)], m)
                    towns.setdefault(m.name, m)
        if not towns:
            return
        done: set[str] = set()
        sentences = {s.index: s for s in ctx.sentences}
        for m in list(ctx.mentions):
            if m.cls != ORGANIZATION or m.name in done:
                continue
            head = next((h for h in self.heads if m.name.endswith(h)), None)
            if head is None:
                continue
            rest = m.name[:-len(head)]
            stem = next((t for t in sorted(towns, key=len, reverse=True) if rest.endswith(t)), None)
            if stem is None:
                continue
            done.add(m.name)
            ctx.add(m, "locatedIn", towns[stem], sentences[m.sentence], self.name)
