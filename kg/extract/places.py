"""Sentences → Place mentions and ``locatedIn`` between places.

Rules (source: GB/T 2260 division table via :mod:`kg.gazetteer`; closed word classes and
thresholds in :mod:`kg.rules`):

- full and former names of divisions anywhere (``浙江省``, ``襄樊市``); short forms of provinces
  and prefectures (``浙江``, ``台州``) except a few that are ordinary words (安康, 白银);
  short forms of counties only in a document that names the county in full or one of its
  ancestors (``天台`` after ``台州市天台县``);
- townships of the Ministry of Civil Affairs table (``kg/data/townships.tsv``, 2025-12-31) by
  their full names (谋道镇, 与儿街镇, 都亭街道), wherever the document names their county or
  prefecture; elsewhere only where a township pattern could start (after punctuation, a function
  word or a division) and the name is no common word; such a township is in its county when
  the document names the county;
- other townships, streets, villages and communities: ``<name>镇/乡/街道/村/社区`` right after a
  division or after a function word (的, 在, …);
- a bare 县/市/区/州 is never a place; a name shared by several divisions (朝阳区) gets the
  one whose ancestor the document names, else no code and no parent;
- ``locatedIn``: a place written right after another (``四川省邻水县``) is in it; a division is
  in its nearest ancestor (from the table) that the document names.
"""
from __future__ import annotations

import re

from .. import rules
from ..gazetteer import Division, township_table, without_nationalities
from ..lexicon import longest_first
from ..nlp import dictionary_freq, tokenizer, tokens, words
from ..types import PLACE, Mention
from .base import Context
from .literals import Alternation, WordIndex

AMBIGUOUS_SHORTS = rules.AMBIGUOUS_SHORTS
_UNKNOWN_DIVISION = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:" + "|".join(rules.ZONE_DIVISIONS) + r"|[市县区州旗])")
_AGENCY_AFTER = rules.AGENCIES_AFTER_DIVISION
_FUNCTION = rules.PLACE_FUNCTION
#: jieba tags of words that make a would-be stem a clause (专程给|县公安局: an adverb, a preposition).
_CLAUSE_TAGS = ("p", "d", "c", "u")
_NOT_STEMS = rules.NOT_STEMS
_TOWN_SUFFIX = re.compile("|".join(rules.TOWN_SUFFIXES) + r"|街(?=[\u4e00-\u9fff]{2,3}(?:社区|村))")
#: 甲、乙、丙等4个乡镇, 甲、乙两镇, 甲、乙等乡镇: a count of townships (or 等) right after a list of their names (each written
#: without its suffix): the count (等 optional) and the suffix, 乡镇 for either.
_COUNTED_TOWNS = re.compile(f"(?:等(?:[\\d{rules.NUMERALS}两]+个?)?|[\\d{rules.NUMERALS}两]+个?)(乡镇|镇|乡|街道)")
#: Posts (``titles.tsv``), so that 科长|沙… is not read as 长沙.
_POSTS = tuple(words("titles"))
#: Compound surnames (``surnames.tsv``) that are also divisions' short forms (濮阳).
_COMPOUND_SURNAMES = frozenset(w for w in words("surnames") if len(w) == 2)
#: The posts of two characters or more (for :func:`_post_ends_at`).
_LONG_POSTS = WordIndex(t for t in _POSTS if len(t) >= 2)
#: Words of praise (honor_qualities.tsv: 优秀, 模范): no township or village is named so.
_QUALITIES = frozenset(words("honor_qualities"))
_UNIT_FINALS = rules.UNIT_FINALS
#: Units named after the township they sit in (lexicon ``seat_units.tsv``): a township name right
#: before one is read as a township even when glued to the unit before it (某分局陈家镇派出所).
_SEAT_HEADS = longest_first("seat_units")
#: A body of a division between it and a division under it (南京市公安局|鼓楼分局: the sub-bureau's
#: district is 南京's).
_BODY_BETWEEN = re.compile("公安局|公安厅|人民法院|中级人民法院|人民检察院|检察院|司法局|交警支队|交通警察支队|消防救援支队")
#: The head of a unit inside what would be a town's name: no township is so named (公安局撮 + 镇,
#: 某镇人民政府副 + 镇长).
_UNIT_INSIDE = re.compile("公安局|分局|法院|检察院|派出所|司法局|司法所|大队|支队|中队|政府")
_TOWN_STOP = rules.TOWN_STOP
#: A village or community named right after a township (和平镇|堑对村).
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}(?:" + "|".join(rules.VILLAGE_SUFFIXES) + ")")
_GENERIC_TOWN = rules.GENERIC_TOWNS
_WORD_DIVISIONS = rules.WORD_DIVISIONS
def _town_level(suffix: str) -> str:
    """The level of a place named with ``suffix`` (``rules.TOWN_SUFFIXES``): ``"village"`` (村, 社区, 嘎查:
    ``rules.VILLAGE_SUFFIXES``) or ``"township"`` (镇, 乡, 街道, 苏木; 街 of 挂甲寺街美化里社区 = 街道)."""
    return "village" if suffix in rules.VILLAGE_SUFFIXES else "township"


def _VERB_BEFORE(text: str, k: int) -> bool:
    """Is the text before ``k`` a verb (辗转长所乡: the township follows a verb)?"""
    toks = tokens(text[max(0, k - 4):k])
    return bool(toks) and toks[-1][1].startswith("v") and len(toks[-1][0]) >= 2


_LEVELS = {"province": "province", "prefecture": "prefecture", "county": "county"}


class PlaceExtractor:
    """Find places with the division table and township patterns (see module docstring)."""

    name = "places"
    requires: tuple[str, ...] = ()
    assigns = (PLACE,)

    def run(self, ctx: Context) -> None:
        """Add Place mentions and their ``locatedIn`` statements to ``ctx``."""
        gaz = ctx.gazetteer
        full = " ".join(s.norm for s in ctx.sentences) + " " + ctx.doc.title + " ".join(ctx.doc.alt_titles)
        grams = set(map(str.__add__, full, full[1:]))  # only names whose first two characters occur
        by_name, by_old, by_short = (_by_head(gaz, attr) for attr in ("by_name", "by_old", "by_short"))
        named = {d.adcode for g in grams & by_name.keys() for name, ds in by_name[g] if name in full for d in ds}
        named |= {d.adcode for g in grams & by_old.keys() for name, ds in by_old[g] if name in full for d in ds}
        named |= {d.adcode for g in grams & by_short.keys() for short, ds in by_short[g]
                  if short not in AMBIGUOUS_SHORTS and short in full for d in ds if d.level != "county"}
        ctx.facts["named_divisions"] = named
        shorts_of = _county_shorts(gaz)  # {short for county d: d or its parent named}, by index
        counties_ok = {short for code in named for short in shorts_of.get(code, ())}
        # a county's short form of three characters or more (满洲里, 格尔木) is no common word: naming
        # its province, or any division of it, vouches for it
        counties_ok |= {short for code in {c[:2] + "0000" for c in named if c[:2].isdigit()}
                        for short in shorts_of.get(code, ()) if len(short) >= rules.DISTINCT_COUNTY_SHORT}
        by_sentence: list[list[Mention]] = []
        for s in ctx.sentences:
            found = self._divisions(ctx, s, counties_ok, named)
            found = self._unknown_divisions(ctx, s, found)
            found = self._table_towns(ctx, s, found, named)
            found = self._station_stems(s, found, named)
            found = self._branch_districts(ctx, s, found)
            found = self._named_agency_shorts(ctx, s, found, named)
            found = self._outside_province(found)
            found = self._towns(ctx, s, found)
            by_sentence.append(found)
            for m in found:
                ctx.add_mention(m)
            parent_of: dict[Mention, Mention] = {}
            for a, b in zip(found, found[1:]):
                if a.end == b.start and _rank(a) < _rank(b):
                    ctx.add(b, "locatedIn", a, s, self.name)
                    parent_of[b] = a
                elif s.norm[a.end - s.start:b.start - s.start] in ("、", "和", "及") and a in parent_of \
                        and _rank(a) == _rank(b) and _rank(b) >= 3:  # 旬邑县青柳镇、柳林镇
                    ctx.add(b, "locatedIn", parent_of[a], s, self.name)
                    parent_of[b] = parent_of[a]
        self._table_parents(ctx, by_sentence)
        self._named_again(ctx)

    @staticmethod
    def _named_again(ctx: Context) -> None:
        """A township or village read once (天荒坪镇大溪村) is a mention wherever its name is
        written again alone (联合大溪村党总支, 记着大溪村的大事), unless glued into a word."""
        known = {m.name: m for m in ctx.mentions if m.cls == PLACE and len(m.name) >= 3
                 and dict(m.attrs).get("level") in ("township", "village")}
        if not known:
            return
        pattern = Alternation(sorted(known, key=len, reverse=True))
        for s in ctx.sentences:
            places = ctx.in_sentence(s.index, PLACE)
            taken = [(m.start - s.start, m.end - s.start) for m in places]
            for a, b, name in pattern.finditer(s.norm):
                short = [m for m in places if a == m.start - s.start and m.end - s.start < b and m.text != m.name
                         and dict(known[name].attrs).get("level") == "village"]
                for m in short:  # 某镇雁塔村 … 雁塔村网格员: the village again, not a county's short name (雁塔区)
                    ctx.drop_mention(m)
                    taken.remove((m.start - s.start, m.end - s.start))
                if any(x < b and a < y for x, y in taken) or _inside_word(s.norm, a, b - a):
                    continue
                first = known[name]
                ms, me = ctx.span_of(s, a, b)
                ctx.add_mention(Mention(PLACE, name, ms, me, s.index, canonical=first.canonical,
                                        attrs=first.attrs))
                taken.append((a, b))

    # -- divisions from the table
    def _divisions(self, ctx: Context, s, counties_ok: set[str], named: set[str]) -> list[Mention]:
        gaz, text = ctx.gazetteer, s.norm
        out: list[Mention] = []
        heads = _pair_heads(gaz)
        i = 0
        while i < len(text):
            if text[i:i + 2] not in heads:  # no name, former name or short form starts here
                i += 1
                continue
            pair = _nested_pair(gaz, text, i)
            if pair is not None:  # 浙江慈溪, 吉林长春, 河北秦皇岛: a division right after its ancestor
                (l1, d1), (l2, d2) = pair
                out.append(_mention(ctx, s, i, i + l1, text[i:i + l1], d1))
                if text[i + l1:i + l1 + l2] not in gaz.by_name and _landmark_after(text, i + l1 + l2):
                    i += l1 + l2  # 杭州西湖边: the lake, not 西湖区
                    continue
                if text[i + l1:i + l1 + l2] not in gaz.by_name and _water_named(gaz, text, i + l1, l2):
                    i += l1 + l2 + 1  # 云南澜沧江: the river, not 澜沧 (county)
                    continue
                out.append(_mention(ctx, s, i + l1, i + l1 + l2, text[i + l1:i + l1 + l2], d2))
                i += l1 + l2
                continue
            hit = None
            for L in _lengths_at(gaz, text, i):
                w = text[i:i + L]
                if w in gaz.by_name or w in gaz.by_old:
                    hit = w
                    break
                if w in gaz.by_short and w not in AMBIGUOUS_SHORTS and _short_ok(gaz.by_short[w], w, counties_ok):
                    hit = w
                    break
            if hit is not None and hit not in gaz.by_name and _post_ends_at(text, i + 1):
                hit = None  # 科长沙玛…: a post ending in the first character, not 长沙
            if hit is not None and hit not in gaz.by_name and hit in _COMPOUND_SURNAMES and _post_ends_at(text, i) \
                    and not text.startswith(tuple(rules.LEVEL_CHARS) + rules.PLACE_WORDS_AFTER, i + len(hit)):
                hit = None  # 政法委书记|濮阳志强: a post, then a compound surname (濮阳), no city
            if hit is not None and hit not in gaz.by_name and hit not in gaz.by_old \
                    and text.startswith(rules.TOWNSHIP_LEVELS + ("族",), i + len(hit)):
                hit = None  # 旬邑县朝阳镇: a township named like a county (朝阳); 保安族东乡族…: a people
            if hit is not None and hit not in gaz.by_name and hit not in gaz.by_old and text.endswith(rules.TOWNSHIP_LEVELS, 0, i) \
                    and (vil := next((v for v in rules.VILLAGE_SUFFIXES if text.startswith(v, i + len(hit))), None)) \
                    and not (len(vil) == 1 and dictionary_freq(text[i + len(hit):i + len(hit) + 2]) > rules.TOWN_SUFFIX_WORD_FREQ):
                hit = None  # 某镇|雁塔村: a village named like a county (雁塔) right after its township (not 某镇雁塔|村民)
            if hit is not None and hit not in gaz.by_name and hit not in gaz.by_old and _across_words(text, i, len(hit)):
                hit = None  # 东山|西山|南山: a short form (山西) cut from two words, starting and ending inside them
            if hit is not None and hit not in gaz.by_name and hit not in gaz.by_old and _within_word(text, i, len(hit)):
                hit = None  # 入海口: a short form (海口) ending a word that starts before it
            if hit is not None and hit not in gaz.by_name and hit not in gaz.by_old and _water_named(gaz, text, i, len(hit)):
                hit = None  # 沿着澜沧江, 金沙江, 鄱阳湖: a river or lake named like a county (澜沧, 金沙, 鄱阳), no division
            if hit in _WORD_DIVISIONS and out and out[-1].end - s.start == i - 1 and text[i - 1] == "、":
                sib = gaz.by_code.get(dict(out[-1].attrs).get("adcode", ""))
                peers = [d for d in gaz.candidates(hit) if sib is not None and (d.parent, d.level) == (sib.parent, sib.level)]
                if len(peers) == 1:  # 历下区、市中区: in a list after a district, the same city's one
                    out.append(_mention(ctx, s, i, i + len(hit), hit, peers[0]))
                    i += len(hit)
                    continue
            if hit is None or (hit in _WORD_DIVISIONS and not (out and out[-1].end - s.start == i)) or \
                    _inside_word(text, i, len(hit)) or (
                    hit not in gaz.by_name and (text[i + len(hit):i + len(hit) + 1] in rules.ROAD_AFTER
                                                or text[i + len(hit):i + len(hit) + 1] in rules.ROAD_DIRECTIONS
                                                and text.startswith(rules.ROAD_AFTER_DIRECTION, i + len(hit) + 1)
                                                or _landmark_after(text, i + len(hit)))):
                i += 1
                continue
            before = out[-1] if out and (out[-1].end - s.start == i or _BODY_BETWEEN.fullmatch(text, out[-1].end - s.start, i)) \
                else None  # 南京市|鼓楼区, 南京市公安局|鼓楼分局: the division under the one written before
            div = _choose(gaz, gaz.candidates(hit), named, before,
                          seat=text.startswith(_SEAT_HEADS, i + len(hit)))
            if hit in _WORD_DIVISIONS and (div is None or before is None or dict(before.attrs).get("adcode")
                                           not in {a.adcode for a in gaz.ancestors(div)}):
                i += len(hit)  # 江城|城区: the word (no 城区 of that city), not another city's district of that name
                continue
            if div is not None and _word_named(gaz, div, hit, named):
                i += 1  # 会同县公安局 written as 会同|县公安局 (together with the county bureau)
                continue
            out.append(_mention(ctx, s, i, i + len(hit), hit, div))
            i += len(hit)
        return out

    # -- divisions missing from the table, written before an agency (青山县公安局)
    def _unknown_divisions(self, ctx: Context, s, found: list[Mention]) -> list[Mention]:
        text = s.norm
        ends = {m.end - s.start for m in found}
        taken = [(m.start - s.start, m.end - s.start) for m in found]
        out = list(found)
        for m in _UNKNOWN_DIVISION.finditer(text):
            if not text.startswith(_AGENCY_AFTER, m.end()):
                continue
            for stem_len in (2, 3):
                k = m.start() - stem_len
                if k < 0:
                    continue
                name = text[k:m.end()]
                stem = text[k:m.start()]
                if ctx.gazetteer.is_known(name) or (dictionary_freq(stem) >= rules.STEM_WORD_FREQ and
                                                    not tokenizer().word_tag_tab.get(stem, "").startswith("ns")) \
                        or (len(stem) == 3 and tokenizer().word_tag_tab.get(stem, "").startswith("v")
                            and dictionary_freq(stem) >= rules.ROLE_VERB_FREQ):
                    continue  # 会同县 (rejected above as a verb), 联系市, 离不开|市委: a word, not an unlisted division
                boundary = k == 0 or k in ends or not "\u4e00" <= text[k - 1] <= "\u9fff" or text[k - 1] in _FUNCTION
                seat = [f for f in out if len(m.group()) > 1 and (f.start - s.start, f.end - s.start) == (k, m.start())
                        and dict(f.attrs).get("level") == "county"]  # (合肥经开区: a city's zone stays the city's)
                others = [t for t in taken if t != (k, m.start())] if seat else taken  # a county's short name
                if boundary and not any(a < m.end() and k < b for a, b in others) and stem not in _NOT_STEMS \
                        and name[0] not in _NOT_STEMS and not any(c in _FUNCTION for c in stem) \
                        and not any(c in rules.LEVEL_CHARS for c in stem) \
                        and stem[-1] not in rules.COUNTED_BEFORE_UNIT and stem[0] not in rules.PREPOSITION_CHARS \
                        and not stem.endswith(rules.COPULA_END) and not stem.endswith(rules.STATIONING_END) \
                        and not (len(stem) >= 3 and stem.endswith(rules.ROAD_ENDINGS)) \
                        and not (k > 0 and text[k - 1].isdigit()) \
                        and not (len(cut := tokens(stem)) > 1 and any(t[:1] in _CLAUSE_TAGS for _, t, _ in cut)) \
                        and not (len(stem) == 3 and tokenizer().word_tag_tab.get(stem[1:], "").startswith("v")
                                 and dictionary_freq(stem[1:]) >= rules.STEM_WORD_FREQ):  # 各设区市公安局: a kind of city; 甲、乙两县: a count;
                    # 2019年起任|市公安局, 2016年调任|县公安局: a date's unit and a verb after a number, no name;
                    # 专程给|县公安局, 再请|县人民法院: an adverb or a preposition in the stem, a clause's words;
                    # 该院|联合|县公安局: a character and a common verb (联合), no name; 拟任|县公安局: a copula;
                    # 建设街|州委办公大楼: an address (a street, then the prefecture's committee; a two-character stem ending in 街 may be a city's)
                    ms, me = ctx.span_of(s, k, m.end())
                    out = [f for f in out if f not in seat]  # 某县短名|综合实验区公安局: the zone's, not the county's
                    out.append(Mention(PLACE, name, ms, me, s.index, canonical=name, attrs=(("unlisted", "1"),)))
                    taken = others + [(k, m.end())]
                    break
        return sorted(out, key=lambda x: x.start)

    # -- townships of the Ministry of Civil Affairs table
    @staticmethod
    def _table_towns(ctx: Context, s, found: list[Mention], named: set[str]) -> list[Mention]:
        """Townships of ``kg/data/townships.tsv`` written in full in sentence ``s``.

        A name is read when one of its townships lies in a county or prefecture the document
        names (``named``: adcodes); otherwise only at a place where a township pattern could
        start (start of text, punctuation, a function word of ``rules.TOWN_STOP``, a unit's
        final character or right after a division) with a stem of two characters or more that
        is no common word (frequency < ``rules.TOWN_WORD_FREQ``): 扎根韦州镇 gives 韦州镇 in a
        document about 同心县; 与儿街镇 keeps its first character, a function word elsewhere.
        The mention carries ``towncode`` (nine digits) when one township of that name fits. A
        township of a named county takes the place of a division read inside it by its short
        form (朝阳川镇: not 朝阳 of 朝阳区 and 川镇) or starting at its last character (湫坡头镇江段: not 镇江).
        """
        gaz, text = ctx.gazetteer, s.norm
        taken = [(m.start - s.start, m.end - s.start) for m in found]
        ends = {m.end - s.start for m in found}
        out = list(found)
        for a, b, towns in township_table().find(text):
            scoped = [t for t in towns if t.parent in named or (t.parent in gaz.by_code and gaz.by_code[t.parent].parent in named)]
            inside = [m for m in out if a <= m.start - s.start and m.end - s.start < b]
            if scoped and inside and all((dict(m.attrs).get("adcode") or dict(m.attrs).get("ambiguous"))
                                         and m.text[-1] not in rules.LEVEL_CHARS_ALL for m in inside) \
                    and not any(m.start - s.start < b and a < m.end - s.start for m in out if m not in inside):
                # 朝阳川镇 of a county the document names: a township, not the short form 朝阳 (区) in it
                out = [m for m in out if m not in inside]
                taken = [(m.start - s.start, m.end - s.start) for m in out]
            across = [m for m in out if m.start - s.start == b - 1 and m.text[-1] not in rules.LEVEL_CHARS_ALL
                      and dict(m.attrs).get("adcode")]
            if scoped and across and not any(m.start - s.start < b and a < m.end - s.start for m in out if m not in across):
                # 湫坡头镇江段 of a county the document names: the township and its river reach, not 镇江 (市)
                out = [m for m in out if m not in across]
                taken = [(m.start - s.start, m.end - s.start) for m in out]
            if any(x < b and a < y for x, y in taken):
                continue
            stem = towns[0].stem
            before = text[a - 1] if a else ""
            left_ok = not before or a in ends or not "\u4e00" <= before <= "\u9fff" or before in _TOWN_STOP \
                or text.endswith(rules.TOWN_AREA_WORDS, 0, a) \
                or before in _UNIT_FINALS and dictionary_freq(text[a - 1:a + 1]) < rules.TOWN_WORD_FREQ  # (部分|乡镇)
            if not scoped and (len(stem) < 2 or not left_ok or dictionary_freq(stem) >= rules.TOWN_WORD_FREQ
                               or dictionary_freq(text[a:b]) >= rules.TOWN_WORD_FREQ):
                continue
            if not left_ok and not any(t.parent in named for t in towns):
                continue  # 大学东街街道 (not in the table) is no 东街街道 of another county of the city
            if not left_ok and (len(stem) < 2 or dictionary_freq(stem) >= rules.TOWN_WORD_FREQ):
                continue  # 杨镇, 建设镇 glued after a character: part of another word
            common = dictionary_freq(stem) >= rules.TOWN_WORD_FREQ or (
                dictionary_freq(text[a:b]) >= rules.TOWN_SUFFIX_WORD_FREQ
                and not tokenizer().word_tag_tab.get(text[a:b], "").startswith("ns"))  # 小城镇 is a word
            if common and not (scoped and a in ends) and b < len(text) and "\u4e00" <= text[b] <= "\u9fff" \
                    and not _VILLAGE_AFTER.match(text, b) \
                    and (text[b] not in _TOWN_STOP and not text.startswith(_SEAT_HEADS, b)
                         or dictionary_freq(text[b - 1:b + 1]) >= rules.TOWN_SUFFIX_WORD_FREQ):
                continue  # 小城镇治安, 中心镇街联动, 先锋乡贤: a common word and the word after, not a township (平江县|安定镇:
                # right after its county, a township of that county whatever its name)
            if text[b - 1] == "乡" and dictionary_freq(text[b - 1:b + 1]) > rules.TOWN_SUFFIX_WORD_FREQ:
                continue  # …乡村, …乡镇: the suffix starts a word
            pick = scoped if scoped else towns
            attrs = (("level", "township"),) + ((("towncode", pick[0].code),) if len(pick) == 1 else ())
            ms, me = ctx.span_of(s, a, b)
            official = towns[0].name if len({t.name for t in towns}) == 1 else text[a:b]
            out.append(Mention(PLACE, text[a:b], ms, me, s.index, attrs=attrs,  # (某某民族乡 as written: the
                               canonical=official if official != text[a:b] else ""))  # table's 某某族乡 names it)
            taken.append((a, b))
        return sorted(out, key=lambda x: x.start)

    @staticmethod
    def _outside_province(found: list[Mention]) -> list[Mention]:
        """Leave out a division's short form written right after a province it does not lie in
        (内蒙古大兴安岭: a forest region of 内蒙古, not 大兴安岭地区 of 黑龙江, GB/T 2260 232700):
        the province names where the words after it are."""
        out: list[Mention] = []
        for m in found:
            code = dict(m.attrs).get("adcode", "")
            prev = out[-1] if out else None
            pcode = dict(prev.attrs).get("adcode", "") if prev is not None else ""
            if prev is not None and prev.end == m.start and m.text != m.name and code and pcode.endswith("0000") \
                    and dict(prev.attrs).get("level") == "province" and code[:2] != pcode[:2]:
                continue
            out.append(m)
        return out

    @staticmethod
    def _station_stems(s, found: list[Mention], named: set[str]) -> list[Mention]:
        """Leave out a division's short form read inside the name of a township's station: one or
        two characters before it and it make the stem of a township (``kg/data/townships.tsv``) of a
        county the document names, and a unit word named after townships (``seat_units.tsv``)
        follows (某县公安局特木里派出所 in a document about 布拖县: 特木里镇's station, not 木里 (县)); so is
        one that is itself the stem of a township of the county written right before it (安岳县岳阳司法所:
        安岳县's 岳阳镇, not 岳阳市)."""
        text, by_stem = s.norm, township_table().by_stem
        out = []
        for m in found:
            a, b = m.start - s.start, m.end - s.start
            if m.text != m.name and a and "\u4e00" <= text[a - 1] <= "\u9fff" and text.startswith(_SEAT_HEADS, b) \
                    and any(t.parent in named for k in (1, 2) if k <= a for t in by_stem.get(text[a - k:b], ())):
                continue
            county = next((dict(p.attrs).get("adcode") for p in found if p.end == m.start), None)
            if m.text != m.name and county and text.startswith(_SEAT_HEADS, b) \
                    and any(t.parent == county for t in by_stem.get(m.text, ())):
                continue
            out.append(m)
        return out

    @staticmethod
    def _branch_districts(ctx: Context, s, found: list[Mention]) -> list[Mention]:
        """``深圳市公安局南山分局``: a short form too ambiguous to read alone (``rules.AMBIGUOUS_SHORTS``:
        南山, 城中, 宝安) right before a branch word (``rules.DISTRICT_BRANCHES``: 分局) of a bureau
        (``rules.BRANCHING_BUREAUS``) of a prefecture just named is that prefecture's district of
        that short form (GB/T 2260), when it has exactly one; the mention is added to ``found``."""
        text, gaz = s.norm, ctx.gazetteer
        out = list(found)
        for p in found:
            code, k = dict(p.attrs).get("adcode"), p.end - s.start
            bureau = next((b for b in rules.BRANCHING_BUREAUS if text.startswith(b, k)), None)
            if not code or dict(p.attrs).get("level") != "prefecture" or bureau is None:
                continue
            k += len(bureau)
            for L in (3, 2):
                short = text[k:k + L]
                if short not in AMBIGUOUS_SHORTS or not text.startswith(rules.DISTRICT_BRANCHES, k + L) \
                        or any(m.start - s.start == k for m in out):
                    continue
                divs = [d for d in gaz.by_short.get(short, ()) if d.parent == code]
                if len(divs) == 1:
                    out.append(_mention(ctx, s, k, k + L, short, divs[0]))
                    break
        return out if len(out) == len(found) else sorted(out, key=lambda m: (m.start, -m.end))

    @staticmethod
    def _named_agency_shorts(ctx: Context, s, found: list[Mention], named: set[str]) -> list[Mention]:
        """``长治中院``: a prefecture's short form too ambiguous to read alone (``rules.AMBIGUOUS_SHORTS``:
        长治, a word too) right before an agency of ``bare_agencies.tsv`` (中院, 公安局, 检察院) is that
        prefecture when the document names it in full (长治市, GB/T 2260); the mention is added to
        ``found``."""
        text, gaz = s.norm, ctx.gazetteer
        out = list(found)
        shorts = ctx.facts.get("named_ambiguous_shorts")
        if shorts is None:  # once per document: the ambiguous shorts of the prefectures it names in full
            shorts = ctx.facts["named_ambiguous_shorts"] = {
                short: divs for short in AMBIGUOUS_SHORTS
                if (divs := [d for d in gaz.by_short.get(short, ()) if d.level == "prefecture" and d.adcode in named])}
        for short, divs in shorts.items():
            k = text.find(short)
            while k >= 0:
                if len(divs) == 1 and text.startswith(longest_first("bare_agencies"), k + len(short)) \
                        and not any(m.start - s.start <= k < m.end - s.start for m in out) \
                        and not (k and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in rules.PLACE_FUNCTION):
                    out.append(_mention(ctx, s, k, k + len(short), short, divs[0]))
                k = text.find(short, k + 1)
        return out if len(out) == len(found) else sorted(out, key=lambda m: (m.start, -m.end))

    # -- townships, streets, villages
    def _towns(self, ctx: Context, s, found: list[Mention]) -> list[Mention]:
        text = s.norm
        ends = {m.end - s.start: m for m in found}
        taken = [(m.start - s.start, m.end - s.start) for m in found]
        out = list(found)
        for m in _COUNTED_TOWNS.finditer(text):  # 甲、乙、丙等4个乡镇
            if m.start() and (listed := self._listed_towns(ctx, s, m.start(), m.group(1), taken, counted=True)):
                out += listed
                taken += [(t.start - s.start, t.end - s.start) for t in listed]
        for m in _TOWN_SUFFIX.finditer(text):
            suf, ss = m.group(), m.start()
            after = text[ss:ss + 2]
            if ss and tokenizer().word_tag_tab.get(text[ss - 1:ss + len(suf)], "").startswith("v"):
                continue  # 坐镇, 下乡: a verb, not a suffix
            if suf in ("乡", "村") and len(after) == 2 and after[1] != suf and \
                    dictionary_freq(after) > rules.TOWN_SUFFIX_WORD_FREQ and not text.startswith("人民", ss + 1):
                continue  # 乡村, 村民, 村居: a word, not a suffix (某乡|人民政府: 乡人 is none there)
            if suf == "村" and (text.startswith(rules.BODY_AFTER_RURAL, ss + 1) or text[ss - 1:ss] == "农"):
                continue  # 农业农村|局, 农业农村办公室: rural affairs (农村 is a word), no village
            if text[ss - 1:ss] == "等" and (listed := self._listed_towns(ctx, s, ss - 1, suf, taken)):
                out += listed  # 高砂、青州等镇: each item of the list is a township so named
                taken += [(t.start - s.start, t.end - s.start) for t in listed]
                continue
            k = ss
            while k > 0 and ss - k < rules.MAX_TOWN_NAME and text[k - 1] not in _TOWN_STOP and "\u4e00" <= text[k - 1] <= "\u9fff" \
                    and k not in ends:
                k -= 1
            after_division = next((e for e in range(ss - 2, ss - rules.MAX_LONG_TOWN_NAME - 1, -1)
                                   if e in ends and _may_name_town(text[e:ss])
                                   and dict(ends[e].attrs).get("level")
                                   in ("county", "prefecture", "township") and not any(c in _FUNCTION for c in text[e:ss])), None)
            if after_division is not None and k > after_division:
                k = after_division  # 寿光市古城街道: right after its division, 城/新/老 may start the name
            seat = text.startswith(_SEAT_HEADS, ss + len(suf))  # 某派出所桂园社区警务室: start after the unit
            first = k
            if any(text[j:j + 1] == "全" and text[j + 1:j + 2] in rules.LEVEL_CHARS for j in (k - 1, k)):
                continue  # “全市优秀社区警务室创建先进单位”: the whole city's (a title's scope), no place named
            inside_unit = {c for u in _UNIT_INSIDE.finditer(text, max(0, first - 3), ss) for c in range(u.start() + 1, u.end())}
            # (某县司法局|太村司法所: no village's name starts inside the unit word before it)
            k = next((c for c in range(first, ss - 1) if seat and c > 0 and text[c - 1] in _UNIT_FINALS
                      and c not in inside_unit and self._town_name_ok(text, c, ss, suf, ends, taken)), None)
            if k is None:
                k = next((c for c in range(first, ss - 1) if c not in inside_unit
                          and self._town_name_ok(text, c, ss, suf, ends, taken)), None)
            if k is None:
                continue
            level = _town_level(suf)
            ms, me = ctx.span_of(s, k, ss + len(suf))
            town = Mention(PLACE, text[k:ss + len(suf)], ms, me, s.index, attrs=(("level", level),))
            out.append(town)
            ends[ss + len(suf)] = town
            taken.append((k, ss + len(suf)))
        return sorted(out, key=lambda x: x.start)

    @staticmethod
    def _listed_towns(ctx: Context, s, at: int, suf: str, taken: list, counted: bool = False) -> list[Mention]:
        """``甲、乙等镇`` (``s.norm[at]`` is 等, ``suf`` follows; or a count, 甲、乙等4个乡镇): the items
        of the list before ``at``, each written without the suffix, as townships (villages) of that
        suffix (乡镇: 镇 or 乡, whichever the table has): the written item is the mention, the item and
        the suffix its name. Only when every item is two to four Han characters of no function word
        and, for 镇/乡/街道, a township of the Ministry of Civil Affairs table (``townships.tsv``), for 村
        (and for any item before a count: 建成平安、幸福等10个乡镇 names kinds of township) no common word;
        else ``[]``."""
        text = s.norm
        start = at
        while start > 0 and ("\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] == "、"):
            start -= 1
        items, k = [], start
        for part in text[start:at].split("、"):
            items.append((k, k + len(part)))
            k += len(part) + 1
        table = township_table().by_name
        sufs = ("镇", "乡") if suf == "乡镇" else (suf,)
        named = lambda a, b: next((text[a:b] + x for x in sufs if text[a:b] + x in table), None)  # noqa: E731
        ok = lambda a, b: 2 <= b - a <= 4 and not any(c in _FUNCTION for c in text[a:b]) and (  # noqa: E731
            named(a, b) is not None if suf != "村" else True) and (
            suf not in ("村",) and not counted or dictionary_freq(text[a:b]) < rules.TOWN_WORD_FREQ)
        if len(items) < 2:
            return []
        a0, b0 = items[0]  # the first item ends at the first 、; where it starts, the longest name that fits says
        a0 = next((a for a in range(max(a0, b0 - 4), b0 - 1) if ok(a, b0)
                   and (a == 0 or not "\u4e00" <= text[a - 1] <= "\u9fff" or text[a - 1] in _FUNCTION
                        or _VERB_BEFORE(text, a) or tokenizer().word_tag_tab.get(text[a - 1], "").startswith("v"))),
                  None)  # (法庭辖甲、乙等4个乡镇: after a verb)
        if a0 is None:
            return []
        items[0] = (a0, b0)
        if not all(ok(a, b) for a, b in items) or any(x < at and a0 < y for x, y in taken):
            return []
        level = _town_level(suf)
        out = []
        for a, b in items:
            ms, me = ctx.span_of(s, a, b)
            out.append(Mention(PLACE, text[a:b], ms, me, s.index, canonical=named(a, b) or text[a:b] + suf,
                               attrs=(("level", level),)))
        return out

    @staticmethod
    def _town_name_ok(text: str, k: int, ss: int, suf: str, ends: dict, taken: list) -> bool:
        """Can ``text[k:ss]`` be the name of a township/village ending in ``suf``?"""
        name = text[k:ss]
        if name[0] == "等":
            return False  # 甲、乙等|边境村: the end of a list, then a kind of village
        if len(name) < 2 or name + suf in _GENERIC_TOWN or any(a < ss + len(suf) and k < b for a, b in taken) \
                or all(c in rules.LEVEL_CHARS_ALL for c in name) or name in rules.TOWN_SUFFIXES:
            return False  # (市县乡三级, 各苏木镇: levels, not a name)
        if name[-1] in _UNIT_FINALS and suf == "社区":
            return False  # 司法局|社区矫正管理局: a unit, then a word beginning with 社区
        if name.startswith("社区"):
            return False  # 社区戒毒|社区康复工作站: a service named after the level (社区戒毒), no community's name
        if _UNIT_INSIDE.search(name):
            return False  # 肥东县公安局|撮镇派出所: a unit's head, then the town its station is named after
        if any(c in _FUNCTION for c in name) or name in _QUALITIES:
            return False  # (优秀|社区民警: a word of praise, honor_qualities.tsv, names no community)
        if len(name) == 2 and name[0] in rules.INDEFINITE_COUNTS and tokenizer().word_tag_tab.get(name, "") == "m":
            return False  # 在某镇|一处|村委会会议室, 几个村: "a" or "some" and a measure word, no name
        if len(name) >= 3 and (name[1] == "任" and dictionary_freq(name[:2]) or k and text[k - 1].isdigit()
                               and re.match(r"[年月日](?:起|底|初|末|中)?任", name)):
            return False  # 历任|青柳村派出所民警, 曾任|…, 2019年(起)任|某村派出所所长: taking a post (jieba tags 历任 a
            # noun; a date before 年, 月), then the name
        core = without_nationalities(name) if suf in ("乡", "镇") else name  # 洪家关|白族|乡
        if k in ends and suf != "村" and _may_name_town(core) \
                and 2 <= len(core) <= (rules.MAX_LONG_TOWN_NAME if suf in ("苏木", "嘎查", "镇") else 3) \
                and not any(t[0] == "v" and len(w) >= 2 and dictionary_freq(w) >= rules.TOWN_WORD_FREQ
                            for w, t, _ in tokens(core)):
            return True  # 抚顺县后安镇: right after its county (jieba reads 后|安 as words)
        seat = text.startswith(_SEAT_HEADS, ss + len(suf))  # the village's or township's own body follows
        if seat and k > 0 and text[k - 1] in _UNIT_FINALS \
                and 2 <= len(name) <= 3 and all(t[0] != "v" for _, t, _ in tokens(name)):
            return True  # 崇明分局陈家镇派出所: a township between a unit and the unit named after it
        if suf in ("乡", "镇") and name + suf not in township_table().by_name and (
                dictionary_freq(name) >= rules.TOWN_WORD_FREQ
                or any(len(w) >= 2 and dictionary_freq(w) >= rules.TOWN_WORD_FREQ for w, _, _ in tokens(name))):
            return False  # 这个山区乡, “平安茶乡”: a common word in it, and no township is named so
        cut = tokens(name)
        if any(t[0] == "r" and (len(w) >= 2 or w == "这" and n + 1 < len(cut) and cut[n + 1][1][0] == "q")
               for n, (w, t, _) in enumerate(cut)) or len(cut) == 2 and cut[0][0] == "更" and cut[1][1][0] == "m":
            return False  # 这片社区, 那个村, 更多社区: a pronoun or a quantity, no name
        if k > 0 and text[k - 1] == "、" and (prev := ends.get(k - 1)) is not None and prev.name.endswith(suf) \
                and len(name) <= 3 and dictionary_freq(name) < rules.VILLAGE_WORD_FREQ:
            return True  # 青柳村、白石村等地: the next of a list of villages (of townships) after one read (青柳镇、
            # 柯滴达镇: a name jieba cuts into a "verb" too)
        after_town = suf in rules.VILLAGE_SUFFIXES and k in ends and dict(ends[k].attrs).get("level") == "township"
        if any(tag[0] == "v" and not (after_town and len(w) == 1 and at > 0) and (len(w) == 1 or dictionary_freq(w) or not (seat or after_town))
               or ((tag[0] in "dpcur" or tag == "ad" and len(cut) > 1) and (len(w) >= 2 or w in _FUNCTION))
               for w, tag, at in cut):
            return False  # 鼓励乡…, 担任村…, 严格落实社区…: a verb, an adverb or function word, not a name (before the village's own
            # body, 控拜村调委会, or right after its township, 青柳镇|柯荡村, a verb the HMM made up and the
            # dictionary does not know is none; right after its township, 青柳镇|阿克果勒村, a one-character
            # "verb" inside the name is none)
        if k in ends:
            return True
        if k > 0 and text[k - 1] in rules.LEVEL_CHARS_ALL and dictionary_freq(text[k - 1:k + 1]) >= rules.TOWN_WORD_FREQ:
            return False  # 在村里|比村支书还熟, 镇上: the name would start inside a word of the level before it (村里)
        cjk_before = k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff"
        inside = cjk_before and any(a < k < a + len(w) and dictionary_freq(w) >= rules.TOWN_WORD_FREQ for w, _, a in tokens(text))
        if cjk_before and text[k - 1] not in _TOWN_STOP and not _VERB_BEFORE(text, k) \
                and not (text[k - 1] in rules.LEVEL_CHARS and not inside and any(a + len(w) == k for w, _, a in tokens(text))):
            return False  # (江城市|青柳镇: a division not in the table, its level character ending a word, then the name)
        if inside:
            return False  # 是著名|侨乡: the name would start inside a common word of the sentence (著名)
        if seat and len(name) <= rules.MAX_SEAT_TOWN_NAME \
                and dictionary_freq(name) < rules.TOWN_WORD_FREQ:
            return True  # 邀请西马庄村党支部书记…: a name before the village's own body (seat_units.tsv; not 联系街道)
        if not cjk_before and suf in ("街道", "镇", "乡") and dictionary_freq(name) < rules.TOWN_WORD_FREQ:
            return True  # after punctuation or at the start: ”鼓楼街道办事处… (not 联系街道)
        if suf == "村" and k > 0 and text[k - 1] in rules.BEFORE_PLACE and 2 <= len(name) <= 3 \
                and dictionary_freq(name) < rules.VILLAGE_WORD_FREQ and all(t[0] in "nv" for _, t, _ in cut):
            return True  # 民警来到|王楼村开展…: a village after a verb of motion or a preposition of place
        # standalone: the name must look like a proper noun (雷锋乡, 长所乡; not 联系街道, not 刘洋扎根社区)
        if suf in rules.VILLAGE_SUFFIXES and (len(name) > 3 or dictionary_freq(name) >= rules.VILLAGE_WORD_FREQ
                                    or any(t.startswith("nr") for _, t, _ in cut)):
            return False
        return all(len(w) == 1 or tag in ("ns", "nr", "nz", "nt", "j") or dictionary_freq(w) == 0
                   for w, tag, _ in cut)

    # -- parents from the table, when the document names them
    def _table_parents(self, ctx: Context, by_sentence: list[list[Mention]]) -> None:
        gaz = ctx.gazetteer
        first: dict[str, Mention] = {}
        for ms in by_sentence:
            for m in ms:
                code = dict(m.attrs).get("adcode")
                if code:
                    first.setdefault(code, m)
        adjacent = {st.subject for st in ctx.statements if st.predicate == "locatedIn"}
        towns = township_table().by_code
        for ms, s in zip(by_sentence, ctx.sentences):
            for m in ms:
                code = dict(m.attrs).get("adcode")
                town = towns.get(dict(m.attrs).get("towncode", ""))
                if town is not None and town.parent in gaz.by_code:  # a township: its county, then up
                    county = gaz.by_code[town.parent]
                    chain, source = [county] + gaz.ancestors(county), ":townships"
                elif code and code in gaz.by_code:
                    chain, source = gaz.ancestors(gaz.by_code[code]), ":gbt2260"
                else:
                    continue
                for anc in chain:
                    if anc.adcode in first:
                        if m not in adjacent:
                            ctx.add(m, "locatedIn", first[anc.adcode], s, self.name + source)
                        break


def _may_name_town(name: str) -> bool:
    """Can ``name``, written right after its division, name a township: Han characters only,
    not starting with a level character, a numeral (县糯扎渡镇, 一村) or a verb of seat (地处水乡)?"""
    return bool(name) and name[0] not in rules.NOT_TOWN_START and all("\u4e00" <= c <= "\u9fff" for c in name) \
        and not name.startswith(rules.SEAT_VERBS)  # 青柳镇|地处水乡: a verb of seat, not a township


def _post_ends_at(text: str, j: int) -> bool:
    """Does a post of ``titles.tsv`` (科长, 所长, 队长 …) end at ``text[j - 1]``?"""
    return j > 0 and bool(_LONG_POSTS.ending_at(text, j))


_BY_HEAD: dict[tuple[int, str], dict[str, list]] = {}


def _by_head(gaz, attr: str) -> dict[str, list]:
    """``gaz.<attr>`` (name → divisions) grouped by the names' first two characters (cached)."""
    key = (id(gaz), attr)
    if key not in _BY_HEAD:
        index: dict[str, list] = {}
        for name, ds in getattr(gaz, attr).items():
            index.setdefault(name[:2], []).append((name, ds))
        _BY_HEAD[key] = index
    return _BY_HEAD[key]


_COUNTY_SHORTS: dict[int, dict[str, set[str]]] = {}


def _county_shorts(gaz) -> dict[str, set[str]]:
    """Adcode → short forms of the counties with that adcode or that parent, and for a province
    the short forms of ``rules.DISTINCT_COUNTY_SHORT`` characters or more of its counties (cached
    per gazetteer): the short forms a document vouches for by naming a county, its city or province."""
    key = id(gaz)
    if key not in _COUNTY_SHORTS:
        index: dict[str, set[str]] = {}
        for short, ds in gaz.by_short.items():
            for d in ds:
                if d.level == "county":
                    index.setdefault(d.adcode, set()).add(short)
                    index.setdefault(d.parent, set()).add(short)
                    if len(short) >= rules.DISTINCT_COUNTY_SHORT:
                        index.setdefault(d.adcode[:2] + "0000", set()).add(short)
        _COUNTY_SHORTS[key] = index
    return _COUNTY_SHORTS[key]


_PAIR_HEADS: dict[int, frozenset[str]] = {}


def _pair_heads(gaz) -> frozenset[str]:
    """First two characters of every division name, former name and short form (a fast
    pre-check for :func:`_nested_pair`), per gazetteer."""
    key = id(gaz)
    if key not in _PAIR_HEADS:
        names = list(gaz.by_name) + list(gaz.by_old) + list(gaz.by_short)
        _PAIR_HEADS[key] = frozenset(n[:2] for n in names)
    return _PAIR_HEADS[key]


_HEAD_LENGTHS: dict[int, dict[str, tuple[int, ...]]] = {}


def _lengths_at(gaz, text: str, i: int) -> list[int]:
    """The lengths, longest first, of the division names, former names and short forms that
    start with ``text[i:i + 2]`` and fit in ``text`` from ``i`` (at most ``gaz.max_len``, at least
    2): the only lengths at which a look-up of ``text[i:i + L]`` can find one (per gazetteer)."""
    key = id(gaz)
    index = _HEAD_LENGTHS.get(key)
    if index is None:
        grouped: dict[str, set[int]] = {}
        for n in (*gaz.by_name, *gaz.by_old, *gaz.by_short):
            if len(n) >= 2:
                grouped.setdefault(n[:2], set()).add(len(n))
        index = _HEAD_LENGTHS[key] = {h: tuple(sorted(ls, reverse=True)) for h, ls in grouped.items()}
    room = min(gaz.max_len, len(text) - i)
    return [n for n in index.get(text[i:i + 2], ()) if n <= room]


def _nested_pair(gaz, text: str, i: int):
    """Two divisions written together, the second inside the first (浙江慈溪, 吉林长春, 河北秦皇岛).

    Short forms that are ambiguous or ordinary words on their own (吉林 is also a city, 河北 a
    district of 天津, a county short form 慈溪 needs context) are read when the pair agrees with
    the GB/T 2260 table.

    Returns:
        ``((len1, division1), (len2, division2))`` or None.
    """
    if text[i:i + 2] not in _pair_heads(gaz):
        return None
    if i and text[i - 1] in "省市县区州旗盟" or i and "\u4e00" <= text[i - 1] <= "\u9fff" and \
            dictionary_freq(text[i - 1:i + 1]) >= 500:
        return None
    for l1 in _lengths_at(gaz, text, i):
        w1 = text[i:i + l1]
        c1 = gaz.candidates(w1)
        if not c1 or w1 in _WORD_DIVISIONS or w1 in gaz.by_name:
            continue  # a full name (浙江省) needs no help
        for l2 in _lengths_at(gaz, text, i + l1):
            w2 = text[i + l1:i + l1 + l2]
            c2 = [d for d in gaz.candidates(w2) if w2 not in _WORD_DIVISIONS]
            pairs = [(a, b) for b in c2 for a in c1 if a in gaz.ancestors(b)]
            if len(pairs) == 1 and text[i + l1 + l2:i + l1 + l2 + 1] not in ("路", "街", "巷", "桥") \
                    and not (w2 not in gaz.by_name and i + l1 + l2 < len(text)
                            and dictionary_freq(text[i + l1 + l2 - 1:i + l1 + l2 + 1]) >= 500):
                return (l1, pairs[0][0]), (l2, pairs[0][1])
    return None


def _word_named(gaz, div: Division, hit: str, named: set[str]) -> bool:
    """A county whose stem is an ordinary word (会同, 东方, 和平) and whose parents the article
    never names is more likely the word followed by 县/市: reject it."""
    if div.level != "county" or hit != div.name or div.name.endswith("区"):
        return False  # (芙蓉区: no word is followed by 区 as 县 follows 会同, 同县公安局)
    stem = div.name[:-1]
    if len(stem) == 1:  # 房县, 沙县: a one-character stem is no word that 县 could follow, but a
        # conjunction is (某委员会和县人民法院: 和 joins two units; 和县 of 安徽 only with its parents named)
        return stem in rules.CONJUNCTION_STEMS and not any(a.adcode in named for a in gaz.ancestors(div))
    if dictionary_freq(stem) < rules.STEM_WORD_FREQ or tokenizer().word_tag_tab.get(stem, "").startswith("ns"):
        return False
    return not any(a.adcode in named for a in gaz.ancestors(div))


def _rank(m: Mention) -> int:
    order = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4}
    return order.get(dict(m.attrs).get("level", ""), 5)


def _short_ok(divs: list[Division], short: str, counties_ok: set[str]) -> bool:
    if any(d.level != "county" for d in divs):
        return True
    return short in counties_ok


def _across_words(text: str, i: int, n: int) -> bool:
    """Does ``text[i:i + n]`` start inside one jieba token of ``text`` and end inside another
    (东山|西山 holds 山西 across the cut)?"""
    cuts = _token_starts(text)
    return i not in cuts and i + n not in cuts


def _token_starts(text: str) -> set[int]:
    """Where jieba's tokens of ``text`` start, and its end: the offsets the segmenter cuts at."""
    return {a for _, _, a in tokens(text)} | {len(text)}


def _within_word(text: str, i: int, n: int) -> bool:
    """Does ``text[i:i + n]`` lie inside one jieba token of ``text`` that starts before it
    (入海口 holds 海口)?"""
    return any(k < i and k + len(w) >= i + n for w, _, k in tokens(text) if k < i < k + len(w))


def _water_named(gaz, text: str, i: int, n: int) -> bool:
    """Is ``text[i:i + n]`` (a division's short form) the start of one jieba token, a word of jieba's
    dictionary, that is the short form and one character of ``rules.WATER_AFTER`` (澜沧江, 金沙江,
    嘉陵江, 鄱阳湖) and no division's name or short form itself (镇江, 洪湖, 牡丹江 are)?"""
    if text[i + n:i + n + 1] not in rules.WATER_AFTER:
        return False
    word = text[i:i + n + 1]
    if word in gaz.by_name or word in gaz.by_short or word in gaz.by_old:
        return False
    return dictionary_freq(word) > 0 and any(k == i and w == word for w, _, k in tokens(text))


def _landmark_after(text: str, j: int) -> bool:
    """Does a landmark word (``rules.LANDMARK_AFTER``: 畔, 河, 山 …) start at ``text[j]``, right after a
    division's short name (西湖畔, 清水河监狱, 贺兰山), and no township named after it (贺兰山镇)? A river's
    word (江畔, 江段) after a name ending in 江 is that city's river bank (九江|江段, 镇江|江边)."""
    word = next((w for w in rules.LANDMARK_AFTER if text.startswith(w, j)), "")
    if not word or word[0] == "江" and len(word) > 1 and j and text[j - 1] == "江":
        return False
    return not text.startswith(rules.TOWNSHIP_LEVELS, j + 1)


def _inside_word(text: str, i: int, n: int) -> bool:
    """A match glued into a longer word: 范县 in 示范县, 城市, 超市, or cut across two (皖南|山区 holds no
    南山区: ``rules.GLUED_TAIL_FREQ``). A match right after a
    division suffix (湖南省|长沙市) is fine, even though 省长 is a word."""
    if i == 0 or text[i - 1] in rules.LEVEL_CHARS:
        return False
    if text[i - 1:i + n] in rules.GLUED_WORDS:
        return True
    if n >= 3 and tokenizer().word_tag_tab.get(text[i - 1:i + 1], "").startswith("ns") \
            and dictionary_freq(text[i + 1:i + n]) >= rules.GLUED_TAIL_FREQ:
        return True  # 皖南|山区, 河南|山区: two words, no 南山区 (驶向|东城区 is one)
    if text[i - 1] in rules.PAIR_MARKS and i >= 2 and (text[i - 2] in _UNIT_FINALS or text[i - 2] in rules.LEVEL_CHARS) \
            and text[i + n - 1] in rules.LEVEL_CHARS:
        return False  # 某市公安局和|平阳县公安局: 和 joins two units (和平 is a word), the name is written whole
    if dictionary_freq(text[i - 1:i + 1]) < rules.STEM_WORD_FREQ:
        return False
    if n >= 3 and {i, i + n} <= _token_starts(text):
        return False  # 在|内蒙古自治区: the segmenter cuts the name whole, though 在内 is a word
    return dictionary_freq(text[i:i + 2]) < rules.STEM_WORD_FREQ


def _choose(gaz, cands: list[Division], named: set[str], before: Mention | None = None,
            seat: bool = False) -> Division | None:
    """Pick one division among same-named ones: the one under the division written right
    ``before`` it (南京市|鼓楼区, 福州市|鼓楼区 in one article: two districts), else the province
    the document names in full (a province's short form that is also a county's, with the
    province written in full; not before a unit named after its seat, ``seat``: a street's
    station), else the one whose ancestor the document names."""
    if len(cands) == 1:
        return cands[0]
    above = dict(before.attrs).get("adcode") if before is not None else None
    under = [d for d in cands if any(a.adcode == above for a in gaz.ancestors(d))] if above else []
    if len(under) == 1:
        return under[0]
    written = [d for d in cands if d.adcode in named]
    if len(written) == 1 and written[0].level == "province" and not seat:  # (a street's station)
        return written[0]  # 某省警方…某省公安厅: the province the document names in full (not a county so named)
    others = named - {d.adcode for d in cands}  # 朝阳 does not vouch for 朝阳县 by naming 朝阳市

    def closeness(d: Division) -> int:  # how many levels up the nearest named ancestor is
        return next((n for n, a in enumerate(gaz.ancestors(d)) if a.adcode in others), 99)

    best = min((closeness(d) for d in cands), default=99)
    scored = [d for d in cands if closeness(d) == best < 99]
    if len(scored) == 1:
        return scored[0]
    for d in cands:  # 阿勒泰 → 阿勒泰地区 rather than its seat 阿勒泰市
        if all(o is d or d in gaz.ancestors(o) for o in cands):
            return d
    return None


def _mention(ctx: Context, s, start: int, end: int, surface: str, div: Division | None) -> Mention:
    ms, me = ctx.span_of(s, start, end)
    original = s.text[start:end]
    if div is None:
        return Mention(PLACE, surface, ms, me, s.index, canonical=surface if surface[-1] in rules.LEVEL_CHARS else "",
                       original=original if original != surface else "", attrs=(("ambiguous", "1"),))
    attrs = (("adcode", div.adcode), ("level", _LEVELS[div.level]))
    return Mention(PLACE, surface, ms, me, s.index, canonical=div.name,
                   original=original if original != surface else "", attrs=attrs)
