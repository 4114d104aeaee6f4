"""A test-only extractor: case numbers (案号) as ``kg:Case``, handled by the court before them.

It shows what a new extractor with a new class and relation takes: this one module (the
class with its ``schema`` entry) and one registration line, ``kg.extract.base.register(
CaseExtractor)`` (or ``with registered(CaseExtractor):``). Not shipped: only the tests register it.
"""
from __future__ import annotations

import re

from kg.extract.base import Context
from kg.schema import ORGANIZATION, ClassSpec, RelationSpec, Style
from kg.types import Mention

CASE = "Case"
HANDLED_BY = "handledBy"

#: ``（2024）浙0402刑初123号``: year in brackets (full or half width), court code, case type, number.
_CASE_NO = re.compile(r"[（(](\d{4})[）)][\u4e00-\u9fff]\d{0,4}[\u4e00-\u9fff]{1,4}\d+号")


class CaseExtractor:
    """Case numbers → ``Case`` mentions; ``handledBy`` the nearest court written before them."""

    name = "cases"
    requires = (ORGANIZATION,)
    assigns = (CASE,)
    #: The schema entry: the class and the relation this extractor adds.
    schema = (
        ClassSpec(CASE, "案件", "Case", "A court case, named by its case number (案号) as written.",
                  ("schema:CreativeWork",), iri_path="case", extracted=True,
                  view=Style("案件", "#76b7b2", "hexagon")),
        RelationSpec(HANDLED_BY, "承办法院", "handled by", "The court that handles the case.",
                     (CASE,), ORGANIZATION, view=Style("承办", "#76b7b2")),
    )

    def run(self, ctx: Context) -> None:
        """Add a Case mention per case number and a ``handledBy`` statement to its court."""
        for s in ctx.sentences:
            for m in _CASE_NO.finditer(s.norm):
                ms, me = ctx.span_of(s, m.start(), m.end())
                printed = s.text[m.start():m.end()]
                case = ctx.add_mention(Mention(CASE, m.group(), ms, me, s.index,
                                               original=printed if printed != m.group() else ""))
                courts = [o for o in ctx.in_sentence(s.index, ORGANIZATION)
                          if o.end <= ms and dict(o.attrs).get("kind") == "court"]
                if courts:
                    ctx.add(case, HANDLED_BY, courts[-1], s, self.name)
