"""Sentences → Person (and, alone, Organization and Place) mentions proposed by the CRF tagger.

The statistical tagger (:mod:`kg.tagger`, a character CRF trained on CLUENER2020) finds
names that no rule cue announces: a name at the start of a clause with no post
(``某某先后获得…``), after ``的`` or in a list with no title, a name with a middle dot. Beside
the rules it only *adds* persons the rules missed, and only where the span also looks like a
person name by the project's own checks:

- confidence at least :data:`PERSON_THRESHOLD` (precision about 0.94 on CLUENER2020 dev,
  ``bench/eval_ner.py --thresholds``);
- 2–4 characters beginning with a surname of ``surnames.tsv``, or parts joined by a middle dot;
  names without either need :data:`BARE_THRESHOLD`;
- not overlapping a mention the rules found (organizations, places, persons), not a common
  dictionary word (jieba's dictionary, frequency ≥ :data:`WORD_FREQ`, not tagged as a name),
  and not an anonymised form (a surname and 某, handled by the persons rules);
- a unit written right before the name places the person in it (``某某派出所民警`` is the
  rules' job; ``某某派出所某某`` with no role is this one's), and so do the persons rules' copula
  and 所在的 patterns (``某某担任某调委会主任``) for the names added.

Run alone (``kg build --mentions tagger``, the ablation of ``bench``), it emits every person,
organization and place span above the default thresholds of :data:`kg.tagger.DEFAULT_THRESHOLDS`
without the checks above, so the tagger can be scored on its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import rules
from ..nlp import HAN, dictionary_freq, tokenizer, words
from ..tagger import DEFAULT_THRESHOLDS, prepare, tag_sentence
from ..types import ORGANIZATION, PERSON, PLACE, Mention
from .base import Context
from .persons import governed_word, units_ending

#: Minimum confidence of a tagged person span whose extent the persons rules confirm.
PROPOSAL_THRESHOLD = 0.5
#: Minimum confidence of a person span taken as tagged (CLUENER2020 dev: P 0.94, R 0.47 at 0.9).
PERSON_THRESHOLD = 0.9
#: Minimum confidence of a span the persons rules read as a name of jieba's dictionary (nr) whose
#: given name is a common word (刘建军: 建军): CLUENER2020-trained spans below it are mostly words.
DICTIONARY_NAME_THRESHOLD = 0.8
#: Minimum confidence of a person span with neither a known surname nor a middle dot (旦增次仁).
BARE_THRESHOLD = 0.98
#: A span that is a dictionary word this frequent is a word, not a name (even tagged nr: 杨树).
WORD_FREQ = 40
_LABEL_CLASS = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE}
_NAME = re.compile(f"[{HAN}]{{2,4}}|(?:[{HAN}]{{1,6}}·)+[{HAN}]{{1,6}}")


def _noun_head(text: str, a: int, b: int) -> bool:
    """Does the tagged span ``text[a:b]`` (four characters or more) open with a common noun of
    two characters (jieba tag ``n``, not a name's ``nr``: 居民, 游客; not 欧阳) that the dictionary
    knows well (``WORD_FREQ``)?"""
    head = text[a:a + 2]
    return b - a >= 4 and tokenizer().word_tag_tab.get(head, "") == "n" and dictionary_freq(head) >= WORD_FREQ


def _glued(text: str, a: int, b: int) -> bool:
    """Is the span ``text[a:b]`` glued to the text after it: the name and the next character
    make a dictionary word (海洛|因), or a two-character word straddles its end (黄墙黛|瓦)?"""
    if b >= len(text):
        return False
    return dictionary_freq(text[a:b + 1]) > 0 or dictionary_freq(text[b - 1:b + 1]) >= 20


def _glued_before(text: str, a: int) -> bool:
    """Is the span starting at ``text[a]`` glued to the text before it: the character before and
    its first make a dictionary word (模范) while the two before it make none (爱民模|范 and a name), and the
    one before is no preposition (由|于 and a name)? (母亲 before a name of the surname 王, 司机 before one of
    关: the word before is whole, 亲王 and 机关 straddle by chance.)"""
    return a >= 2 and dictionary_freq(text[a - 1:a + 1]) >= WORD_FREQ and dictionary_freq(text[a - 2:a]) < WORD_FREQ \
        and text[a - 1] not in rules.PREPOSITIONS


def _word_then_verb(text: str, a: int, b: int) -> bool:
    """Is the three-character span ``text[a:b]`` a word of two characters (a dictionary noun or
    place word, 黄连) and a verb of one (卖) with a complement after it (得, 着: 黄连卖得上价)?"""
    if b - a != 3 or b >= len(text) or text[b] not in "得着":
        return False
    tags = tokenizer().word_tag_tab
    head = text[a:a + 2]
    return dictionary_freq(head) >= 100 and tags.get(head, "x")[:1] == "n" and tags.get(head) != "nr" \
        and tags.get(text[a + 2], "")[:1] == "v"


class TaggerExtractor:
    """Add the tagger's confident persons that the rules missed (see module docstring)."""

    name = "tagger"
    requires: tuple[str, ...] = ()
    assigns = (PERSON,)

    def __init__(self) -> None:
        from .persons import PersonExtractor

        surnames = words("surnames")
        self.surnames = tuple(sorted(surnames, key=len, reverse=True))
        self.persons = PersonExtractor()

    def run(self, ctx: Context) -> None:
        """Add Person mentions (with ``belongsTo`` a unit written right before) to ``ctx``."""
        alone = "persons" not in ctx.facts.get("ran", ())
        known = sorted({m.name for m in ctx.mentions if m.cls == PERSON}, key=len, reverse=True)
        prepare(s.norm for s in ctx.sentences)  # the document's sentences scored in one go (same tags)
        for s in ctx.sentences:
            if alone:
                self._alone(ctx, s)
                continue
            taken = [(m.start - s.start, m.end - s.start) for m in ctx.in_sentence(s.index)]
            org_end = units_ending(ctx, s)
            added: dict[int, str] = {}  # the names the tagger adds, by where they start in the sentence
            for span in tag_sentence(s, {"PER": PROPOSAL_THRESHOLD}, labels=("PER",)):
                if _noun_head(s.norm, span.start, span.end) and self.persons.name_at(s.norm, span.start + 2, strong="role"):
                    span = replace(span, start=span.start + 2)  # 居民|柯丽说: a common noun (a role the tables do
                    # not list) before the name the tagger spans with it: the name alone
                a = span.start
                name = self._name(s.norm, span, known)
                b = a + len(name)
                if not name or any(x < b and a < y for x, y in taken) or _glued(s.norm, a, b) or _glued_before(s.norm, a):
                    continue
                if governed_word(s.norm, a):
                    continue  # 副局长曾|多次表示: an adverb (a preposition, a verb) and its word, as the rules read it
                if _word_then_verb(s.norm, a, b):
                    continue  # 黄连|卖得上价: a word, then a verb and its complement
                ms, me = ctx.span_of(s, a, b)
                original = s.text[a:b]
                person = ctx.add_mention(Mention(PERSON, name, ms, me, s.index,
                                                 original=original if original != name else ""))
                taken.append((a, b))
                added[a] = name
                if a in org_end:
                    ctx.add(person, "belongsTo", org_end[a], s, self.name)
            if added:  # 老人某某担任某调委会主任, 某某所在的某队: the persons rules' unit grammar, for the new names
                orgs = ctx.in_sentence(s.index, ORGANIZATION)
                self.persons._copula(ctx, s, orgs)
                self.persons._serving_in(ctx, s, orgs)
                others = [span for span in taken if span[0] not in added]
                self.persons._before_posts(ctx, s, dict(added), others)  # 北山派出所张伟所长介绍: the post after

    def _name(self, text: str, span, known: list[str]) -> str:
        """The name at a tagged span: a person the article already names starting there
        (the name again, not the name and the next character); else the persons rules' reading of a name starting there
        (:meth:`kg.extract.persons.PersonExtractor.name_at`, which knows surnames, name
        lengths and the words that follow names) when it ends within a character of the
        span; else the span itself when it is confident and passes the checks; else ``""``."""
        tagged = text[span.start:span.end]
        same = next((k for k in known if text.startswith(k, span.start)), None)
        if same is not None:
            return same
        ruled = self.persons.name_at(text, span.start, strong="role")
        if ruled and abs(len(ruled) - len(tagged)) <= 1 and "某" not in ruled \
                and self._looks_like_name(ruled, 1.0, dictionary_name=span.confidence >= DICTIONARY_NAME_THRESHOLD):
            return ruled
        if span.confidence >= PERSON_THRESHOLD and self._looks_like_name(tagged, span.confidence):
            return tagged
        return ""

    def _looks_like_name(self, name: str, confidence: float, dictionary_name: bool = False) -> bool:
        """The project's own checks on a tagged person span (see module docstring);
        ``dictionary_name``: a surname and a given name that is a common word (刘建军) pass when
        jieba's dictionary has the whole as a person name (nr)."""
        if not _NAME.fullmatch(name) or "某" in name or name.endswith("副"):
            return False  # (李副|局长说: a surname and a deputy post's 副, as 李局长 is a surname and a post)
        if "·" not in name:
            if dictionary_freq(name) >= WORD_FREQ:
                return False  # 杨树, 胡杨: jieba's dictionary tags them nr, but they are words
            surname = next((x for x in self.surnames if name.startswith(x)), "")
            if not surname and confidence < BARE_THRESHOLD:
                return False
            given = name[len(surname):]
            if dictionary_freq(given) >= 100 and tokenizer().word_tag_tab.get(given, "x")[:1] in "nav" \
                    and not (dictionary_name and surname and tokenizer().word_tag_tab.get(name, "") == "nr"):
                return False  # 张清单: the "given name" is a common noun, adjective or verb (刘建军,
                # a name of jieba's dictionary, is one whatever its given name means)
        return True

    def _alone(self, ctx: Context, s) -> None:
        """Tagger only: every span above the default thresholds, as a mention of its class."""
        for span in tag_sentence(s, DEFAULT_THRESHOLDS, labels=tuple(_LABEL_CLASS)):
            ms, me = ctx.span_of(s, span.start, span.end)
            ctx.add_mention(Mention(_LABEL_CLASS[span.label], s.norm[span.start:span.end], ms, me, s.index))
