"""Document bylines → Person mentions and ``reporter`` / ``correspondent`` statements."""
from __future__ import annotations

import re

from ..nlp import HAN, is_traditional, normalize, tagged, words
from ..types import PERSON, Evidence, Mention, Statement
from .base import Context

#: Class name used for the article end of byline statements (resolved by the graph stage).
ARTICLE = "NewsArticle"


class BylineExtractor:
    """Turn :attr:`Document.bylines` (read by :mod:`kg.ingest`) into statements on the article.

    The subject of a byline statement is the article itself: a Mention of class
    ``"NewsArticle"`` whose ``canonical`` is the document id. The evidence is the byline
    line, with the name's offsets in the input file. A name is normalised like the article's
    sentences (traditional → simplified only when the article is traditional,
    :func:`kg.nlp.is_traditional`); the printed form, when it differs, is the mention's
    ``original`` and so a ``skos:altLabel``.
    """

    name = "bylines"
    requires: tuple[str, ...] = ()
    assigns = (PERSON,)

    def run(self, ctx: Context) -> None:
        """Add one Person mention per byline name, and one statement for a reporter or
        correspondent (an editor of the staff credits gets none)."""
        doc = ctx.doc
        article = Mention(ARTICLE, doc.title, 0, 0, -1, canonical=doc.doc_id)
        trad = is_traditional("\n".join([doc.title, doc.text, *(b.line for b in doc.bylines)]))
        credited = {normalize(b.name, trad): b.role for b in doc.bylines if not _PHOTO_CREDIT.search(b.line)}
        for b in doc.bylines:
            name = normalize(b.name, trad)
            if not _name_like(name):
                continue  # 张·, ··, 供稿, 公安局: what a byline holds where a name should be
            person = ctx.add_mention(Mention(PERSON, name, 0, 0, -1, original=b.name if b.name != name else "",
                                             attrs=(("byline", b.role),)))
            if b.role == "editor":
                continue  # 编辑：某某: a person of the item, in no relation to it
            if _PHOTO_CREDIT.search(b.line) and credited.get(name, b.role) != b.role:
                continue  # （图为…。某某 摄）: the byline's correspondent took the photo, still a correspondent
            ev = Evidence(doc.doc_id, b.line, b.start, b.end, self.name)
            ctx.statements.append(Statement(article, b.role, person, ev))


_HAN_RUN = re.compile(f"[{HAN}]+")
#: A photo credit's line (本报记者 某某摄, 某某 摄影, 摄影：某某, 摄影 某某, 摄影/某某): its name is a reporter
#: unless the byline gave it a role.
_PHOTO_CREDIT = re.compile(rf"摄(?:影)?\s*[）)]?\s*$|摄影\s*[：:/／|｜]|摄影\s+(?=[{HAN}])")
#: Words written where a byline name should be (供稿, 整理): ``bylines.txt``, tag ``notname``.
_NOT_NAMES = frozenset(w for w, tag in tagged("bylines").items() if tag == "notname")


def _name_like(name: str) -> bool:
    """Can a byline's ``name`` be a person's name: two or more Han characters (parts joined by
    single middle dots, none at either end), not a word of ``bylines.txt`` tagged ``notname``
    (供稿, 整理), not ending in a unit word (公安局)?"""
    parts = name.split("·")
    if any(len(p) == 0 for p in parts) or sum(len(p) for p in parts) < 2 or not all(_HAN_RUN.fullmatch(p) for p in parts):
        return False
    if name in _NOT_NAMES:
        return False
    return not name.endswith(tuple(words("units")))

