"""Sentences → Organization mentions, ``belongsTo`` between units and ``locatedIn`` their place.

Grammar (unit words ``kg/lexicons/units.tsv``, modifiers ``modifiers.tsv``, bare agencies
``bare_agencies.tsv``, closed word classes :mod:`kg.rules`, divisions from the gazetteer): a name is a chain of segments ``[places][modifier | proper name] suffix``,
e.g. ``咸阳市 | 公安局 | 交警 支队 | 渭城 大队``. Every segment is a unit of its own, inside the
one before it; the first is located in the last place written before it.

Canonical names: the place in full (咸阳公安 → 咸阳市公安局); a police unit written right after
a place gets the bureau it sits in (旬邑交警大队 → 旬邑县公安局交警大队); party committees and
governments keep the place's short stem (咸阳市委, 喀什地委); courts get 人民法院 and, for a
county, the prefecture (北京朝阳法院 → 北京市朝阳区人民法院); synonyms of modifiers are folded
(刑事警察支队 → 刑警支队).

Chains may also start from a national body (公安部, 最高人民法院; ``national.tsv``), a place and
a police branch (旬邑特警), an anaphor (``该支队东兴边境管理大队``: the unit read before), or a bare
agency of the article's county or city (``县法院``, ``市委政法委``, ``市公安局指挥中心``).

Bare units (``交警大队``, ``一中队``, ``黄岛分局``) are resolved inside the document: to a unit already
read whose name ends the same way, to the parent of a sibling listed just before
(``网安大队联合治安大队``), else under the document's police bureau.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import SimpleNamespace

from ..gazetteer import default_gazetteer, township_table, without_nationalities
from .. import rules
from ..lexicon import admitted_units, kind_group, longest_first, spelled_out, spelled_out_units, table
from ..nlp import dictionary_freq, tokenizer, tokens, words
from ..types import ORGANIZATION, PLACE, Mention
from .base import Context, opens_line
from .literals import Alternation, WordIndex, in_quotes

_STOP = rules.ORG_STOP_CHARS
_GENERIC_NAME = rules.GENERIC_NAMES
#: Generic words that never name a unit inside a chain (辖区 in 指导辖区法院); 社区 and 街道 do (钟鼓楼社区党支部).
_GAP_GENERIC = _GENERIC_NAME - rules.GENERIC_NAMES_IN_CHAIN
_NAME_TAGS = rules.NAME_TAGS
_NOUN_TAGS = _NAME_TAGS | {"n"}
_BARE_BEFORE = rules.BARE_AGENCY_BEFORE
_LIST_VERBS = rules.LIST_VERBS
_PREPOSITIONS = rules.PREPOSITIONS
#: Short bureaus written bare (市局刑侦支队, 省厅刑侦总队): the level of the article's division they are
#: the bureau of, and that bureau's word (省厅: the province's 公安厅).
_BUREAU_SHORTS = {"市局": ("市", "公安局"), "县局": ("县", "公安局"), "州局": ("州", "公安局"), "盟局": ("盟", "公安局"),
                  "省厅": ("省", "公安厅")}
#: A unit written bare as a clause's subject (大队被公安部评为…), or after a copula (曾任市局刑警支队支队长).
_BARE_SUBJECT = re.compile(r"(?:^|(?<=[，。,；;：:、”])|(?<=[曾现历担调出兼]任)|" + "|".join(f"(?<={v})" for v in rules.LIST_VERBS)
                           + r")(?:\d{4}年，?)?("
                           + "|".join(rules.BARE_SUBJECT_UNITS) + ")"
                           r"(?=(?:\d{4}年(?:以来)?，?)?(?:" + "|".join(rules.BARE_SUBJECT_CUES) + ")"
                           r"|[\u4e00-\u9fff]{2,4}(?:" + "|".join(rules.BARE_SUBJECT_SUBUNITS + rules.BARE_SUBJECT_SECTIONS) + ")"
                           r"|" + "|".join(rules.BARE_SUBJECT_OFFICES) + ")")
_HEADS = "|".join(h + (f"(?![{rules.ANAPHOR_HEAD_NOT_BEFORE[h]}])" if h in rules.ANAPHOR_HEAD_NOT_BEFORE else "")
                  for h in sorted(rules.ANAPHOR_HEADS, key=len, reverse=True))  # (该部门 before 该部)
_ANAPHOR = re.compile(r"(?<!应)(?:" + "|".join(rules.ANAPHOR_DETERMINERS) + r")((?:[\u4e00-\u9fff](?<![" + rules.LEVEL_CHARS_ALL
                      + r"]))" + "{0,3}?(?:" + _HEADS + r"))(?![长伍]|员(?!额))")
#: A demonstrative, a description and 的 before a unit word: 这个只有38名民警的派出所 (the unit in focus).
_DESCRIBED_ANAPHOR = re.compile(r"(?:" + "|".join(d for d in rules.ANAPHOR_DETERMINERS if d.startswith("这"))
                                + r")[^，。；：、！？,;:!?“”\"（）()]{1,16}?的(" + _HEADS + r")(?![长伍]|员(?!额))")
_POLICE = rules.POLICE_COLLECTIVE
#: An item of a list of bodies that a distributive opens, every place of a level (各设区市公安局: group 1 the
#: level), ending in a unit: a bare agency of that level listed right after it (、团市委) is every such place's too.
_DISTRIBUTED_ITEM = re.compile(f"[{''.join(rules.LIST_DISTRIBUTIVES)}](?:设区的?)?([{rules.LEVEL_CHARS}乡镇])[^，。；：,;:]*"
                               f"[{''.join(rules.UNIT_FINALS)}]$")
#: A date's day or year right before a bare agency (7月2日|县人大常委会, 去年|市律协…).
_DATE_BEFORE = re.compile(r"(?:\d{1,2}[日号]|(?:\d{4}|[去今前]|同)年)$")
#: 驻某看守所检察室, 驻某监狱检察官办公室: an office stationed (驻) in a unit, named after it.
_STATIONED_OFFICES = ("检察室", "检察官办公室", "警务室")
_STATIONED = re.compile("派?驻[\u4e00-\u9fff]{1,14}(?:" + "|".join(_STATIONED_OFFICES) + ")")
_STATIONED_GROUP = re.compile(rules.STATIONED_GROUP)
_STATIONED_AGAIN = re.compile(rules.STATIONED_GROUP_AGAIN)
_STATIONED_AT = re.compile("驻[\u4e00-\u9fff]{0,8}$")  # (驻|看守所, 驻青川县|看守所: the unit it is stationed in)


def _stationed_in(text: str, start: int, end: int) -> bool:
    """Is the unit word ``text[start:end]`` where an office is stationed: 驻 up to eight characters before it and a
    stationed office word (``_STATIONED_OFFICES``) right after (驻某看守所|检察室, 驻某市场监督管理局|警务室)?"""
    return text.startswith(_STATIONED_OFFICES, end) and _STATIONED_AT.search(text, max(0, start - 8), start) is not None


#: 经厅党委研究, 局党组会议: the party body of the 厅 (局, 院) in focus, its host written by one
#: character at a clause start or after a preposition (group 1: the host's ending).
_HOST_PARTY_BODY = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[经由在和与及]))([市县州]局|[厅局院])(?=党委|党组)")


@lru_cache(maxsize=1)
def _lex() -> SimpleNamespace:
    """The rule tables the grammar reads, indexed once.

    Returns:
        A namespace: ``kinds`` (unit word → group), ``fine`` (unit word → its kind of ``kinds.tsv``),
        ``needs`` (unit word → needs_name),
        ``parents`` (unit word → the kinds it sits under, ``("-",)`` for a body of a place),
        ``full`` (unit word → full form, courts and procuratorates), ``mined`` (the mined heads admitted),
        ``level_units`` (市委,
        县政府: only after a place), ``branches`` / ``forces`` / ``own`` (modifiers by branch),
        ``synonyms`` (modifier → (folded form, suffixes it folds before)), ``bare`` (bare agency
        word → its rows, one per seat level) and ``bare_re`` (the pattern of bare agencies). Sources: ``units.tsv`` and
        the mined heads it admits (``mined_units.tsv``, :func:`kg.lexicon.admitted_units`),
        ``kinds.tsv``, ``modifiers.tsv``, ``bare_agencies.tsv``.
    """
    groups = kind_group()
    units = table("units") + admitted_units()  # the curated table, then mined heads it admits
    mods = table("modifiers")
    bare = table("bare_agencies")
    return SimpleNamespace(
        kinds={r.word: groups[r.kind] for r in units},
        fine={r.word: r.kind for r in units},
        needs={r.word: r.needs_name for r in units},
        parents={r.word: r.parents for r in units},
        full={r.word: r.full for r in units if r.full},
        mined=frozenset(r.word for r in admitted_units()),
        level_units=frozenset(r.word for r in units if r.needs_name == "place"),
        branches=frozenset(r.word for r in mods if r.branch in ("bureau", "force")),
        forces=tuple(r.word for r in mods if r.branch == "force"),
        own=frozenset(r.word for r in mods if r.branch == "own"),
        synonyms={r.word: (r.folds_to, r.fold_before) for r in mods if r.folds_to},
        post_heads=_post_heads(),
        bare={w: tuple(r for r in bare if r.word == w) for w in dict.fromkeys(r.word for r in bare)},
        bare_re=_bare_pattern(bare),
    )


def _bare_pattern(bare) -> re.Pattern:
    """The pattern of ``bare_agencies.tsv``'s words (group 2) after an optional level (group 1),
    longest word first (村委会, not 村委); a word only a village has (委会 of 村委会) is read only
    right after 村 (团区委会签: 区委, no 委会)."""
    words = sorted(dict.fromkeys(r.word for r in bare), key=len, reverse=True)
    village = {w for w in words if all(r.levels == ("村",) for r in bare if r.word == w)}
    return re.compile(r"(自治区|地区|街道|省|市|州|盟|县|区|旗|乡|镇|村)?("
                      + "|".join(("(?<=村)" if w in village else "") + w for w in words) + r")(?!长|员)")


@lru_cache(maxsize=None)
def _branch_squad() -> re.Pattern:
    """A squad (中队, 分队) named by a modifier of ``modifiers.tsv`` (扫黑中队, 治安中队), written right
    after a bare brigade: that brigade's (:meth:`OrganizationExtractor._numbered_after`)."""
    words = sorted({r.word for r in table("modifiers")}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?:中队|分队)")


def _post_heads() -> tuple[dict[str, str], re.Pattern]:
    """The heads' posts of ``titles.tsv`` (ending in 长) whose holder heads a unit of a longer ending
    (检察长 → 检察院; not 书记员, which courts and procuratorates both have), and a pattern finding any
    post of ``titles.tsv`` (longest first): ``({post: ending}, pattern)``."""
    rows = table("titles")
    heads = {r.word: r.heads[0] for r in rows if r.heads and len(r.heads[0]) > 1 and r.word.endswith("长")}
    return heads, re.compile("|".join(sorted({r.word for r in rows}, key=len, reverse=True)))


#: 第八: the ordinal a unit word of needs_name ``ordinal`` (师) must follow (第八师, 第十四师).
_ORDINAL_BEFORE = re.compile(f"第[{rules.NUMERALS}]+$")
#: 二〇一: the numerals a unit word of needs_name ``numeral`` (团) must follow (二〇一团, 三一二团; never 集团, 社团).
_NUMERAL_BEFORE = re.compile(f"(?<![{rules.NUMERALS}〇零第])[{rules.NUMERALS}〇零]{{2,4}}$")


@dataclass
class _Segment:
    start: int              # sentence-norm offset where the segment's own text starts
    end: int
    name: str               # modifier or proper name ('' for none)
    suffix: str
    kind: str
    places: list[Mention] = field(default_factory=list)
    anaphor: bool = False   # 该支队: stands for a unit read before
    seat: Mention | None = None  # 市公安局 without its city: the article's city it sits in
    target: Mention | None = None  # the unit an anaphor head stands for, when chosen already


def _procuratorates_news(ctx: Context) -> bool:
    """Does the article name procuratorates more often than courts (检察院 against 法院 in its text),
    so that 市院 or 县院 is that level's 人民检察院 (``rules.SHORT_YUAN``)? Counted once per article."""
    found = ctx.facts.get("procuratorates_news")
    if found is None:
        found = ctx.facts["procuratorates_news"] = ctx.doc.text.count("检察院") > ctx.doc.text.count("法院")
    return found


class OrganizationExtractor:
    """Find organization chains, their parents and their places (see module docstring)."""

    name = "organizations"
    requires = (PLACE,)
    assigns = (ORGANIZATION,)

    def __init__(self) -> None:
        groups = kind_group()
        self.kinds = _lex().kinds  # unit word → group (police, court, …, org)
        nationals = table("national")
        self.national = {f: groups[r.kind] for r in nationals for f in r.forms()}
        self.national_name = {f: r.name for r in nationals for f in r.forms()}
        self.modifiers = sorted(words("modifiers"), key=len, reverse=True)
        self._modifiers_by_last = _by_last(self.modifiers)
        self._town_stems: set[str] = set()  # of the article being read (see run)
        self.titles = sorted(words("titles"), key=len, reverse=True)
        self.title_set = frozenset(self.titles)
        #: posts that head a unit (副局长, 所长: ending in 长): never inside a unit's own name
        self.head_posts = tuple(t for t in self.titles if len(t) >= 2 and t.endswith("长"))
        self.titles_by_first: dict[str, list[str]] = {}
        for t in self.titles:
            self.titles_by_first.setdefault(t[0], []).append(t)
        self._posts = WordIndex(self.titles)  # (for :meth:`_title_at`)
        self.cues = tuple(self.titles) + tuple(sorted(words("roles"), key=len, reverse=True))  # 户政股|民警
        self.honour_verbs = tuple(sorted(words("honor_verbs"), key=len, reverse=True))
        alts = sorted(set(self.kinds) | set(_POLICE), key=len, reverse=True)
        numbered = f"(?<=[{rules.NUMERALS}〇零])"  # 团 (needs_name numeral) only right after a numeral
        self.suffix_re = re.compile("|".join(numbered + re.escape(a) if _lex().needs.get(a) == "numeral" else re.escape(a)
                                             for a in alts))
        self.national_re = re.compile("|".join(map(re.escape, sorted(self.national, key=len, reverse=True))))

    # ------------------------------------------------------------------ driver
    def run(self, ctx: Context) -> None:
        """Add Organization mentions, ``belongsTo`` and ``locatedIn`` statements to ``ctx``."""
        chains: list[tuple[object, list[Mention]]] = []
        signed: list[tuple[object, list[_Segment]]] = []  # chains headed by 我局 with no unit read before
        suffixes = {}  # sentence index → its unit suffixes (read once, used by every pass)
        # stems of the townships the article names (满归镇 → 满归: 满归分局 is named after it)
        self._town_stems = {m.name[:-1] for m in ctx.mentions if m.cls == PLACE and len(m.name) >= 3
                            and dict(m.attrs).get("level") == "township" and m.name[-1] in rules.TOWN_CHARS}
        for s in ctx.sentences:
            places = ctx.in_sentence(s.index, PLACE)
            sufs = suffixes[s.index] = self._suffixes(s.norm)
            heads = [_Segment(m.start(), m.end(), self.national_name[m.group()], "",
                              self.national[m.group()] or "gov")
                     for m in self.national_re.finditer(s.norm)
                     if not s.norm.startswith(rules.GENERIC_AFTER_BODY, m.end())] + self._police_forces(ctx, s, places)
            heads += self._anaphor_heads(heads, s)
            heads += self._bare_agency_heads(ctx, s, heads, places)
            heads += self._echo_heads(ctx, s, heads, places, sufs)
            for chain in sorted(self._chains(s.norm, places, s.start, heads, sufs), key=lambda c: c[0].start):
                if chain[0].anaphor and not self._resolve_anaphor(ctx, s, chain[0], chain[1].suffix if len(chain) > 1 else ""):
                    if s.norm.startswith(rules.FIRST_PERSON, chain[0].start) and not in_quotes(s.norm, chain[0].start):
                        signed.append((s, chain))  # 我局… before the unit signs at the end: read after the rest
                    continue
                if _quoted_title(s.norm, chain[0].start, chain[-1].end, self.honour_verbs):
                    continue  # 被评为“某省优秀人民调解委员会”: an honour's title, not a unit
                if chain[0].suffix in rules.PROVINCE_COURT_SYSTEM and not chain[0].name and chain[0].places \
                        and dict(chain[0].places[-1].attrs).get("level") == "province" \
                        and chain[0].end - chain[0].places[-1].end + s.start == len(chain[0].suffix):
                    if len(chain) == 1 and not self._title_at(s.norm, chain[0].end, 2) \
                            or len(chain) > 1 and chain[1].kind != "court" and chain[1].suffix not in rules.PARTY_BODIES_OF_UNITS:
                        continue  # 甲省法院3人获评…, 北京市人民法院, 甲省法院检察院: a province's courts, no unit
                    chain[0] = replace(chain[0], suffix=rules.PROVINCE_COURT)  # 陕西省法院党组书记、院长某某, 某省法院
                    # 刑一庭: the province's own court, the 高级人民法院
                if chain[0].places and _COUNTED_LEVELS.match(s.norm, chain[0].places[-1].end - s.start):
                    continue  # 甲、乙、丙|三省区公安厅, 两市公安局: the bodies of places counted, no one unit
                if chain[0].start and s.norm[chain[0].start - 1] in rules.OPENING_QUOTES and not chain[0].places \
                        and s.norm[chain[-1].end:chain[-1].end + 1] in rules.CLOSING_QUOTES \
                        and not _division_stem(chain[0].name) and not _nickname(chain[0].name) and not any(
                            p.name.startswith(chain[0].name) for p in ctx.mentions if p.cls == PLACE and chain[0].name):
                    continue  # 完成了“智慧监狱”升级改造: a programme's name in quotes, no unit (挂着“青柳司法所”
                    # 牌子, named after a place of the article, is one; so is “老柯调解室”, named after a person)
                mentions = self._emit(ctx, s, chain)
                if mentions:
                    chains.append((s, mentions))
                    self._listed_places_units(ctx, s, chain)  # 甲县、乙县公安局: 甲县's too
            self._distributed_units(ctx, s, sufs)
        for s, chain in signed:  # the unit a 警情通报 speaks for, named only in its signature
            chain[0].target = _issuer(ctx, chain[0].suffix)
            if chain[0].target is not None and self._resolve_anaphor(ctx, s, chain[0]):
                if mentions := self._emit(ctx, s, chain):
                    chains.append((s, mentions))
        read = len(ctx.mentions)  # (what the chains read: the anaphors point among those)
        self._stationed_groups(ctx)
        self._listed_subunits(ctx)
        self._sections_in_charge(ctx)
        self._bare_units(ctx, chains, suffixes)
        self._bare_sections(ctx)
        for s in ctx.sentences:  # 某院刑事审判第二庭审理，该庭庭长…: the division _bare_sections read, the anaphor's
            _point_anaphors(ctx, s)
        self._short_forms(ctx)
        self._township_stations(ctx)
        self._stated_parents(ctx)
        self._lone_held_units(ctx)
        self._numbered_teams_again(ctx)
        self._defined_short_names(ctx)
        self._named_task_forces(ctx)
        self._event_commands(ctx)
        self._coordinated_modifiers(ctx)
        self._anaphors_again(ctx, read)
        self._county_brigades(ctx)
        self._offices_named_after_persons(ctx)

    @staticmethod
    def _offices_named_after_persons(ctx: Context) -> None:
        """``挂着“柯远舟警务室”牌子``, ``命名为“罗晓东调解工作室”``: a person's full name (a surname of
        ``surnames.tsv`` and one or two characters; no dictionary word but a two-character name jieba tags
        as one; no model: 雷锋式) and an office word of
        ``rules.PERSON_NAMED_OFFICES``, in quotes, is a unit named after that person (a hero's
        警务室, a mediator's 工作室): an Organization mention of the quoted name."""
        for s in ctx.sentences:
            for m in _PERSON_NAMED_OFFICE.finditer(s.norm):
                name, word = m.group("name"), m.group("word")
                sur = 2 if name[:2] in _COMPOUND_SURNAMES else 1 if name[:1] in _SURNAMES else 0
                if not sur or not 1 <= len(name) - sur <= 2 or name[-1] in rules.MODEL_SUFFIXES \
                        or dictionary_freq(name) and not (len(name) == 2 and tokenizer().word_tag_tab.get(name, "").startswith("nr")) \
                        or dictionary_freq(name[sur:]) >= rules.COMMON_WORD_FREQ and len(name) - sur == 1:
                    continue  # (“平安警务室”, “红色工作室”, “蒲公英工作室”: a word, unless a two-character one jieba tags
                    # as a name; “雷锋式警务室”: a model, no person's name)
                ms, me = ctx.span_of(s, m.start("name"), m.end("word"))
                if any(o.start < me and ms < o.end for o in ctx.in_sentence(s.index, ORGANIZATION)):
                    continue
                kind = "police" if word.startswith("警务") else "org"
                ctx.add_mention(Mention(ORGANIZATION, name + word, ms, me, s.index, attrs=(("kind", kind),)))

    def _county_brigades(self, ctx: Context) -> None:
        """``某市公安局交警支队…。青柳大队大队长某某``: a county's name and 大队 alone (no bureau between)
        in an article that names one 支队 of the bureau of the county's prefecture, and no bureau of
        the county, is that 支队's brigade named after the county (某市公安局交警支队青柳大队), not a
        unit of the county's own. Renames the mentions in place; adds the ``belongsTo``."""
        for p in [m for m in ctx.mentions if m.cls == PLACE and dict(m.attrs).get("level") == "county"]:
            orgs = [m for m in ctx.mentions if m.cls == ORGANIZATION and not _anaphor_only(m)]  # (as renamed so far)
            brigade = next((o for o in orgs if o.start == p.start and o.name == p.name + rules.COUNTY_BRIGADE), None)
            code = dict(p.attrs).get("adcode", "")
            if brigade is None or not code.isdigit() or any(o.name.startswith(p.name) and o.name.endswith("局") for o in orgs):
                continue
            longer = [o for o in orgs if o.start == brigade.start and o.end > brigade.end]
            kinds = {"fire" if o.name.endswith(_fire_words()) else dict(o.attrs).get("kind") for o in longer} - {None, "police"}
            if len(kinds) > 1 or kinds - {"fire"}:
                continue  # 某县大队|某站 of a force of its own: no 支队's of the police
            seat = next((m.name for m in ctx.mentions if m.cls == PLACE and dict(m.attrs).get("adcode") == code[:4] + "00"), None)
            force = rules.FIRE_DETACHMENT if kinds else "公安局"  # 某县大队|某消防救援站: the fire service's 支队
            detachments = {o.name: o for o in orgs if seat and o.name.startswith(seat + force)
                           and o.name.endswith("支队" if not kinds else force)}
            if len(detachments) != 1:
                continue
            parent = next(iter(detachments.values()))
            also = tuple(("also", v + brigade.text) for k, v in parent.attrs if k == "also")  # (the 支队's full name)
            renamed = {m: ctx.replace_mention(m, replace(m, canonical=parent.name + brigade.text, attrs=m.attrs + also))
                       for m in [m for m in ctx.mentions if m.cls == ORGANIZATION and m.name == brigade.name]}
            ctx.add(renamed[brigade], "belongsTo", parent, ctx.sentences[brigade.sentence], self.name)

    def _listed_places_units(self, ctx: Context, s, chain: list[_Segment]) -> None:
        """``甲县、乙县公安局``, ``甲市和乙市法院``: places of one level listed before the unit word the last
        one's chain reads each have that unit, named as the chain's place's is (:func:`_head_name`)
        and located there. Only a chain of one unit word right after its place, with no implicit
        parent (a count between, 甲、乙两县公安局, makes no unit at all: ``_COUNTED_LEVELS``)."""
        head = chain[0]
        if len(chain) != 1 or not head.places or head.anaphor or head.seat is not None:
            return
        last = head.places[-1]
        if s.norm[last.end - s.start:head.end] != head.suffix:
            return  # (甲县、乙县某某公安局: a name between)
        level = dict(last.attrs).get("level")
        places = [p for p in ctx.in_sentence(s.index, PLACE) if p.end <= last.start]
        listed, k = [], last.start - s.start
        while k >= 3 and s.norm[k - 1] in "、和与及":
            before = next((p for p in places if p.end - s.start == k - 1), None)
            if before is None or dict(before.attrs).get("level") != level:
                break
            listed.insert(0, before)
            k = before.start - s.start
        for place in listed:
            canon, implicit = _head_name(replace(head, name="", places=[place]), place)
            if implicit:
                return
            unit = ctx.add_mention(Mention(ORGANIZATION, place.text, place.start, place.end, s.index,
                                           canonical=canon, attrs=(("kind", head.kind),)))
            ctx.add(unit, "locatedIn", place, s, self.name)

    def _stationed_groups(self, ctx: Context) -> None:
        """``青川县纪委监委驻县检察院纪检监察组``, ``某区纪委监委第二派驻纪检监察组`` (``rules.STATIONED_GROUP``):
        one unit of the commission written right before it (``rules.DISCIPLINE_BODIES``), named
        with where it is stationed; the chains the grammar read from the commission into those
        words (县纪委监委驻县公安局, 市纪委监委驻市委) are no units and are dropped. The group's own words
        (派驻市公安局纪检监察组) are its short name; written again alone (派驻纪检监察组,
        ``rules.STATIONED_GROUP_AGAIN``) they stand for the article's one stationed group."""
        groups: dict[str, Mention] = {}
        for s in ctx.sentences:
            if "纪检监察组" not in s.norm:
                continue
            for m in _STATIONED_GROUP.finditer(s.norm):
                orgs = ctx.in_sentence(s.index, ORGANIZATION)
                host = max((o for o in orgs if o.end - s.start == m.start() and o.name.endswith(rules.DISCIPLINE_BODIES)),
                           key=lambda o: o.end - o.start, default=None)
                if host is None:
                    continue
                for o in orgs:
                    if o is not host and o.start <= host.start and host.end < o.end <= s.start + m.end():
                        ctx.drop_mention(o)  # (县纪委监委|驻县公安局: a chain through 驻, no unit)
                ms, me = ctx.span_of(s, host.start - s.start, m.end())
                group = ctx.add_mention(Mention(ORGANIZATION, s.norm[host.start - s.start:m.end()], ms, me, s.index,
                                                canonical=host.name + m.group(), attrs=(("kind", "party"), ("short", m.group()))))
                ctx.add(group, "belongsTo", host, s, self.name)
                groups.setdefault(group.name, group)
        written = {m.group() for s in ctx.sentences if "纪检监察组" in s.norm for m in _STATIONED_GROUP.finditer(s.norm)
                   if not _STATIONED_AGAIN.fullmatch(m.group())}
        if len(groups) != 1 or len(written) != 1:
            return  # (none, or two groups, with a commission or written after one: 派驻纪检监察组 alone names neither)
        (group,) = groups.values()
        for s in ctx.sentences:
            if "纪检监察组" not in s.norm:
                continue
            for m in _STATIONED_AGAIN.finditer(s.norm):
                a, b = ctx.span_of(s, m.start(), m.end())
                if not any(o.start <= a < o.end or o.start < b <= o.end for o in ctx.in_sentence(s.index, ORGANIZATION)):
                    ctx.add_mention(Mention(ORGANIZATION, m.group(), a, b, s.index, canonical=group.name,
                                            attrs=(("kind", "party"),)))

    def _coordinated_modifiers(self, ctx: Context) -> None:
        """``某局刑侦、治安大队``, ``某院刑事、民事审判庭``, ``某院第一、第二检察部``: a modifier
        (``modifiers.tsv``: 刑侦, 第一) written before 、 and a unit read as modifier + unit word shares
        that word: modifier + word is a unit too, a sibling in the same parent, named as the unit
        read is with the modifier swapped. The modifier must follow a unit (the parent), and the
        unit read must open with a modifier of its length (治安) or the first one with the word make
        a unit word of ``units.tsv`` (刑事 + 审判庭)."""
        for s in ctx.sentences:
            if "、" not in s.norm:
                continue
            text = s.norm
            orgs = list(ctx.in_sentence(s.index, ORGANIZATION))
            parents_end = {o.end - s.start for o in orgs}  # where a unit ends: a parent before a modifier
            for m in orgs:
                a = m.start - s.start
                if a < 3 or text[a - 1] != "、":
                    continue
                for L in (2, 3, 4):  # the first modifier, right before 、
                    x0 = a - 1 - L
                    word = m.text[L:]
                    x = text[x0:a - 1] if x0 >= 0 else ""
                    if not x or not word or x not in _MODIFIER_SET or not (
                            m.text[:L] in _MODIFIER_SET or x + word in _lex().needs) or word not in _lex().needs:
                        continue
                    if x0 not in parents_end:
                        continue  # (第一、特警大队…: a list's marks at a line's start, no unit before)
                    if any(o.start - s.start <= x0 < o.end - s.start for o in ctx.in_sentence(s.index)):
                        continue
                    name = m.name[:len(m.name) - len(m.text)] + x + word if m.name.endswith(m.text) else x + word
                    ms, me = ctx.span_of(s, x0, a - 1)
                    sibling = ctx.add_mention(Mention(ORGANIZATION, x + word, ms, me, s.index, canonical=name,
                                                      attrs=m.attrs))
                    for st in [st for st in ctx.statements if st.subject is m and st.predicate == "belongsTo"]:
                        ctx.add(sibling, "belongsTo", st.object, s, self.name)
                    break

    def _named_task_forces(self, ctx: Context) -> None:
        """``某局成立“9·17”专案组``: a task force named by its case's date in quotes (``rules.TASK_FORCE``)
        is a unit (``9·17专案组``), in the unit written right before it or else in the subject of the
        verb that set it up (成立, 组建: the unit opening its clause); the bare word written later
        (专案组民警…) is that unit when the article names one task force so."""
        named: dict[str, Mention] = {}
        hosts: dict[str, Mention] = {}
        for s in ctx.sentences:
            for m in _TASK_FORCE.finditer(s.norm):
                ms, me = ctx.span_of(s, m.start(), m.end())
                if any(o.start <= ms and me <= o.end and o.end - o.start > me - ms for o in ctx.in_sentence(s.index, ORGANIZATION)):
                    continue
                unit = ctx.add_mention(Mention(ORGANIZATION, m.group(), ms, me, s.index, canonical=m.group(1) + m.group(2),
                                               attrs=(("kind", "police"),)))
                named.setdefault(unit.name, unit)
                host = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end == ms), key=lambda o: len(o.name), default=None)
                verb = next((v for v in _SET_UP.finditer(s.norm, 0, m.start()) if v.end() == m.start()
                             or (led := _TASK_FORCE_LED_BY.match(s.norm, v.end())) and led.end() == m.start()), None)
                # (成立以副局长某某为组长的“5·20”专案组: the frame naming its leaders between)
                if host is None and verb is not None:  # the unit right before the verb (指导某局成立…)
                    host = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == verb.start()
                                and o is not unit), key=lambda o: len(o.name), default=None)
                if host is None and verb is not None:  # the unit opening the verb's clause, or an earlier clause
                    longest: dict[int, Mention] = {}  # the whole unit written at each start (某局|禁毒大队副大队长…)
                    for o in ctx.in_sentence(s.index, ORGANIZATION):
                        if o.end - s.start <= verb.start() and o is not unit and (
                                o.start == s.start or s.norm[o.start - s.start - 1] in "，,；;：:") \
                                and (o.start not in longest or o.end > longest[o.start].end):
                            longest[o.start] = o
                    host = max((o for o in longest.values() if not s.norm.startswith(self.cues, o.end - s.start)),
                               key=lambda o: o.start, default=None)  # (某局高度重视，立即成立…; 某总队副总队长某某…: his unit)
                if host is not None and host.name.endswith(rules.PARTY_BODIES_OF_UNITS):  # 某局党委高度重视，…成立…:
                    body = host.name[:-len(next(b for b in rules.PARTY_BODIES_OF_UNITS if host.name.endswith(b)))]
                    host = next((o for o in ctx.mentions if o.cls == ORGANIZATION and o.name == body), host)  # the bureau's
                if host is not None:
                    ctx.add(unit, "belongsTo", host, s, self.name)
                    hosts.setdefault(unit.name, host)
        if len(named) != 1 or any(_UNNAMED_TASK_FORCE.search(s.norm) for s in ctx.sentences):
            return  # (某分局也组成专案组，专案组民警…: another task force, unnamed; the bare word is ambiguous)
        (unit,) = named.values()
        host = hosts.get(unit.name)
        word = next(w for w in rules.TASK_FORCE_WORDS if unit.name.endswith(w))
        for s, bare in _written_alone(ctx, word, unit, lambda c: c in _STOP or not "\u4e00" <= c <= "\u9fff"):
            if host is not None:  # (the same unit: in the same host, so one node)
                ctx.add(bare, "belongsTo", host, s, self.name)

    @staticmethod
    def _event_commands(ctx: Context) -> None:
        """``成立青柳庙会安保指挥部``: a command post set up for an event (``_EVENT_COMMAND``) is named by every
        word between the verb and its unit word (青柳庙会安保), not only the last one the chain reader takes
        (安保); when the article sets up one such post, a bare 指挥部 at a clause start is that post."""
        named: dict[str, Mention] = {}
        for s in ctx.sentences:
            for m in _EVENT_COMMAND.finditer(s.norm):
                ms, me = ctx.span_of(s, m.start("name"), m.end("name"))
                orgs = ctx.in_sentence(s.index, ORGANIZATION)
                if any(o.start <= ms and me <= o.end for o in orgs) \
                        or dictionary_freq(m.group("name")[:-len(m.group("word"))]) >= rules.COMMON_WORD_FREQ:
                    continue  # (成立旬邑县公安局安保指挥部: the chain read it whole; 成立现场指挥部: a kind of post, no name)
                for o in [o for o in orgs if ms < o.start and o.end == me]:
                    ctx.drop_mention(o)  # (安保|指挥部 alone: a part of the name)
                unit = ctx.add_mention(Mention(ORGANIZATION, m.group("name"), ms, me, s.index, attrs=(("kind", "police"),)))
                named.setdefault(unit.name, unit)
        if len(named) != 1:
            return
        (unit,) = named.values()
        _written_alone(ctx, rules.EVENT_COMMAND_WORDS[0], unit, lambda c: c in "，,；;。：:“")

    @staticmethod
    def _anaphors_again(ctx: Context, read: int) -> None:
        """``…角美派出所工作，现任港尾派出所所长。该所…``: an anaphor alone points at the unit
        with its ending written last before it, also when a pass after the chains (mentions from
        ``read`` on) read that unit (a bare 港尾派出所) after the chains had pointed the anaphor at
        an earlier one."""
        late = [m for m in ctx.mentions[read:] if m.cls == ORGANIZATION and not _anaphor_only(m)]
        if not late:
            return
        for m in [m for m in ctx.mentions if m.cls == ORGANIZATION and _anaphor_only(m)]:
            hit = _ANAPHOR.fullmatch(m.text)
            if hit is None or m.text in _BUREAU_SHORTS or not any(
                    u.name.endswith(hit.group(1)) and (u.sentence, u.end) < (m.sentence, m.start + 1) for u in late):
                continue
            s = ctx.sentences[m.sentence]
            target = _latest(ctx, s, hit.group(1), before=m.start)
            if target is not None and target.name != m.name:
                ctx.replace_mention(m, replace(m, canonical=target.name, attrs=target.attrs))

    @staticmethod
    def _defined_short_names(ctx: Context) -> None:
        """``某省公安厅交通警察总队高速公路支队（以下简称“高速支队”）``: the short name defined in the
        bracket right after a unit is that unit wherever the article writes it, and so are the
        units read under it (高速支队二大队 → 某省…高速公路支队二大队), instead of what the grammar
        made of the short name alone."""
        for s in ctx.sentences:
            for hit in _DEFINED_SHORT.finditer(s.norm):
                at = ctx.span_of(s, hit.start(), hit.start())[0]
                defined = max((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end == at and not _anaphor_only(m)),
                              key=lambda m: len(m.name), default=None)
                if defined is None:
                    continue
                short = hit.group(1)
                made = {m.name for m in ctx.mentions if m.cls == ORGANIZATION and m.text == short and m.name != defined.name}
                for m in list(ctx.mentions):
                    if m.cls != ORGANIZATION or (m.sentence, m.start) < (s.index, at):
                        continue
                    old = next((c for c in made if m.name == c or m.name.startswith(c)), None)
                    if old is not None:
                        ctx.replace_mention(m, replace(m, canonical=defined.name + m.name[len(old):]))
                if not made:
                    _write_short_name(ctx, s.index, hit.end(), short, defined)

    def _distributed_units(self, ctx: Context, s, suffixes: list[tuple[int, int, str]]) -> None:
        """Names listed before one unit word they share (某大队陈埭、西滨、池店3个消防救援站, 调集西滨、
        池店派出所): each name with the word is a unit (``seat_units.tsv`` words), in the unit written
        right before the list (or before a verb of ``rules.DISPATCH_VERBS`` right before it: the
        sender's own units) when its kind may hold them, else the unit of the document that ends
        so (:func:`_latest`).
        A name is two or three Han characters between list marks (the first after a unit, a clause
        boundary or a verb of ``rules.LIST_VERBS``), no stop character, no common word
        (:func:`_seat_name`; between two list marks, or right after a unit or such a verb, any
        name but a generic one, a post or a role:
        某委员会调解员、某村党支部 is no list); a count (3个, 两个) or 等 may come before the word.
        ``s``: the sentence; ``suffixes``: its unit words (:meth:`_suffixes`)."""
        text = s.norm
        for start, end, suf in suffixes:
            if suf not in _SEAT_WORDS:
                continue
            count = _LIST_COUNT.search(text, max(0, start - 6), start)
            pos = count.start() if count is not None else start
            last = (_seat_name(text, pos, suf) or _between_marks(text, pos)) if pos != start else ""
            stems: list[tuple[int, str]] = []
            if last:
                stems.append((pos - len(last), last))
                pos -= len(last)
            elif pos == start:
                # the last name joined to the word (西滨、池店|派出所): read with the chain
                k = next((k for k in (3, 2) if pos - k - 1 >= 0 and text[pos - k - 1] == "、"), None)
                if k is None:
                    continue
                pos -= k
            while pos > 0 and text[pos - 1] == "、":
                name = _seat_name(text, pos - 1, suf) or _between_marks(text, pos - 1)
                if not name:
                    parent = next((m for m in ctx.in_sentence(s.index, ORGANIZATION)
                                   if m.end == ctx.span_of(s, pos - 1, pos)[0]), None)
                    if parent is not None:
                        break
                    name = next((text[pos - 1 - k:pos - 1] for k in (2, 3) if pos - 1 - k >= 0
                                 and _list_stem(text[pos - 1 - k:pos - 1]) and not text.endswith(self.cues, 0, pos - 1)
                                 and (text.endswith(rules.LIST_VERBS, 0, pos - 1 - k)
                                      or any(m.end == ctx.span_of(s, pos - 1 - k, pos - 1 - k)[0]
                                             for m in ctx.in_sentence(s.index, ORGANIZATION)))), "")
                    if not name:
                        break
                if text[pos - 2 - len(name):pos - 1 - len(name)] == "·":
                    break  # 主任甲·|乙、某派出所所长: the last part of a dotted name, no unit's name
                stems.insert(0, (pos - 1 - len(name), name))
                pos -= 1 + len(name)
            if len(stems) < 1 or not any(text[a + len(n)] == "、" for a, n in stems):
                continue
            verb = next((v for v in rules.DISPATCH_VERBS if text.endswith(v, 0, pos)), "")
            at = ctx.span_of(s, pos - len(verb), pos)[0]  # (某大队调派|甲、乙站: the sender's own)
            parent = next((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end == at), None)
            allowed = _lex().parents.get(suf, ("-",))
            if parent is not None and not ("*" in allowed or dict(parent.attrs).get("kind", "") in allowed
                                           or _fine_kind(parent) in allowed):
                parent = None
            taken = [(m.start, m.end) for m in ctx.in_sentence(s.index, ORGANIZATION)]
            for a, name in stems:
                ms, me = ctx.span_of(s, a, a + len(name))
                if any(x < me and ms < y for x, y in taken):
                    continue
                unit = name + suf
                if parent is not None:
                    canon = parent.name + unit
                else:
                    known = _latest(ctx, s, unit)
                    canon = known.name if known is not None else unit
                mention = ctx.add_mention(Mention(ORGANIZATION, name, ms, me, s.index, canonical=canon,
                                                  attrs=(("kind", self.kinds.get(suf, "gov")), ("short", unit), ("form", unit))))
                if parent is not None:
                    ctx.add(mention, "belongsTo", parent, s, self.name + ":list")

    @staticmethod
    def _numbered_teams_again(ctx: Context) -> None:
        """A numbered team written alone at a clause start (四队副队长某某) after the article named
        one team ending so (某边检站执勤六队): that team again."""
        for s in ctx.sentences:
            for hit in _NUMBERED_TEAM.finditer(s.norm):
                a = hit.start()
                if a and s.norm[a - 1] not in _STOP and s.norm[a - 1] not in "，,。；;：:“”\"（(）) ":
                    continue
                ms, me = ctx.span_of(s, a, hit.end())
                if any(m.start < me and ms < m.end for m in ctx.in_sentence(s.index, ORGANIZATION)):
                    continue
                team = _latest(ctx, s, hit.group(), ms)
                if team is not None and len(team.name) > len(hit.group()) and not _anaphor_only(team):
                    ctx.add_mention(Mention(ORGANIZATION, hit.group(), ms, me, s.index, canonical=team.name,
                                            attrs=team.attrs))

    @staticmethod
    def _lone_held_units(ctx: Context) -> None:
        """``葭沚中队副中队长某某…`` in a story of one 大队: a police unit written by its own name alone
        (no parent in its name, none stated) whose unit word sits in a unit of ``rules.UNIT_HOLDERS``
        (中队 → 大队, 警务室 → 派出所; not 大队, which 支队 and 分局 both hold) belongs to the one unit of that holding word the article names
        (none when it names two)."""
        parented = {st.subject.name for st in ctx.statements if st.predicate == "belongsTo"}
        for m in list(ctx.mentions):
            if m.cls != ORGANIZATION or m.name in parented or m.name != m.text or _anaphor_only(m) \
                    or dict(m.attrs).get("kind") != "police":
                continue
            holds = next((h for w, h in rules.UNIT_HOLDERS.items() if m.name.endswith(w) and w != "大队"), None)
            if holds is None or len(m.name) <= 3 or not all("\u4e00" <= c <= "\u9fff" for c in m.name):
                continue  # (青柳边境管理大队 in a story of a 支队: a brigade is no 支队's by its word alone)
            if any(o.cls == ORGANIZATION and o.name != m.name and o.name.endswith(m.name) for o in ctx.mentions):
                continue  # (青柳大队木鱼中队 … 木鱼中队: the longer name read is that unit's, resolution's to join)
            hosts = {o.name: o for o in ctx.mentions if o.cls == ORGANIZATION and o.name.endswith(holds)
                     and not _anaphor_only(o) and o.name != m.name}
            if len(hosts) == 1:
                host = next(iter(hosts.values()))
                ctx.add(m, "belongsTo", host, ctx.sentences[m.sentence], "organizations")
                parented.add(m.name)

    def _stated_parents(self, ctx: Context) -> None:
        """``甲隶属于乙`` (``rules.BELONGS_VERBS``): a unit written right before such a verb belongs to
        the unit written right after it; ``甲位于某区`` (``rules.SEAT_VERBS``): it is located in the
        place written right after (the last of the places written together: 某市某区). The unit
        that opens the sentence is also the subject of a later clause that opens with such a verb
        (甲位于某区，隶属乙); ``位于某区的甲``: 甲 is located in that place too."""
        for s in ctx.sentences:
            orgs = ctx.in_sentence(s.index, ORGANIZATION)
            starts = {o.start - s.start for o in orgs}
            topic = next((o for o in orgs if o.start == s.start), None)
            subjects = [(a.end - s.start, a) for a in orgs]
            if topic is not None:
                subjects += [(k + 1, topic) for k, ch in enumerate(s.norm)
                             if ch in rules.CLAUSE_MARKS and k >= topic.end - s.start and k + 1 not in starts]
            for at, a in subjects:
                verb = next((v for v in rules.BELONGS_VERBS if s.norm.startswith(v, at)), None)
                if verb is not None:
                    b = next((o for o in orgs if o.start - s.start == at + len(verb)), None)
                    if b is not None and b.name != a.name:
                        ctx.add(a, "belongsTo", b, s, self.name)
                    continue
                verb = next((v for v in rules.SEAT_VERBS if s.norm.startswith(v, at)), None)
                if verb is not None:
                    place = _place_run(ctx, s, at + len(verb))
                    if place is not None:
                        ctx.add(a, "locatedIn", place, s, self.name)
            for m in re.finditer("|".join(rules.SEAT_VERBS), s.norm):  # 位于某市某区的甲: 甲 is located there
                place = _place_run(ctx, s, m.end())
                e = place.end - s.start if place is not None else -1
                unit = next((o for o in orgs if o.start - s.start == e + 1), None) if s.norm[e:e + 1] == "的" else None
                if unit is not None:
                    ctx.add(unit, "locatedIn", place, s, self.name)

    def _township_stations(self, ctx: Context) -> None:
        """A station named after a township (土桥派出所, 职田镇派出所, 某某人民法庭) with no parent
        written belongs to the body of that township's county that the article names and seats
        there, and is named in full after it (旬邑县公安局土桥派出所, as a chain would name it)
        (``rules.SEAT_STATION_PARENTS``: 派出所 → 公安局/分局, 司法所 → 司法局, 人民法庭 → 法院;
        townships and their counties: ``kg/data/townships.tsv``). Nothing is added when no such
        body, or more than one, is named."""
        parented = {st.subject.name for st in ctx.statements
                    if st.predicate == "belongsTo" and st.subject.cls == ORGANIZATION}
        seated: dict[str, list[Mention]] = {}
        for st in ctx.statements:
            if st.predicate == "locatedIn" and st.subject.cls == ORGANIZATION and isinstance(st.object, Mention):
                code = dict(st.object.attrs).get("adcode")
                if code:
                    seated.setdefault(code, []).append(st.subject)
        if not seated:
            return
        table = township_table()
        self._township_station_mentions(ctx, seated)
        names = {m.name for m in ctx.mentions if m.cls == ORGANIZATION}
        ending_in: dict[str, set[str]] = {}  # the station keys' every ending → the names whose key ends so
        for n in names:
            key = _station_key(n)
            for k in range(len(key)):
                ending_in.setdefault(key[k:], set()).add(n)
        for m in list(ctx.mentions):
            if m.cls != ORGANIZATION or m.name in parented or m.text.startswith(rules.ANAPHOR_DETERMINERS) \
                    or ending_in.get(_station_key(m.name), set()) - {m.name}:
                continue  # (某县司法局某乡司法所 written in full too: resolution makes them one)
            head = _station_head(m.name)
            stem = m.name[:-len(head)] if head else ""
            towns = table.by_name.get(stem, ()) or table.by_stem.get(stem, ())
            bodies = {b.name: b for t in towns for b in seated.get(t.parent, ())
                      if b.name.endswith(rules.SEAT_STATION_PARENTS[head])
                      and (head != "分局" or t.parent.endswith("00"))}  # (a town's 分局: of a city with no counties,
            # 某市公安局某镇分局; a county's towns have 派出所, and a forest police body names its 分局 after towns too)
            if len(bodies) == 1:
                body = next(iter(bodies.values()))
                short, full = m.name, body.name + m.name  # named in full as a chain would name it
                for other in [o for o in ctx.mentions if o.cls == ORGANIZATION and o.name.startswith(short)]:
                    renamed = ctx.replace_mention(other, replace(other, canonical=body.name + other.name))
                    if other is m:  # (某镇分局交警大队, a unit of the station written after it, is renamed too)
                        m = renamed
                ctx.add(m, "belongsTo", body, ctx.sentences[m.sentence], self.name + ":townships")
                parented.update((short, full))

    @staticmethod
    def _township_station_mentions(ctx: Context, seated: dict[str, list[Mention]]) -> None:
        """Stations named after a township of a county whose body the article seats there, that the
        chains missed or cut (和睦井派出所 starts with a function character: read as 睦井派出所 or
        not at all): the township's name or stem right before a station word of
        ``rules.SEAT_STATION_PARENTS`` is the station's name."""
        table = township_table()
        for m in [m for m in ctx.mentions if m.cls == ORGANIZATION and _station_head(m.name)]:
            s = ctx.sentences[m.sentence]
            k = m.start - s.start
            head = _station_head(m.text)
            if head and k > 0 and m.text == m.name and s.norm[k - 1:m.end - s.start - len(head)] in table.by_name:
                a, _ = ctx.span_of(s, k - 1, k)  # 和|平镇派出所: the township's first character, cut as a conjunction
                ctx.replace_mention(m, replace(m, text=s.norm[k - 1:m.end - s.start], canonical="", start=a))
        # only the forms the article writes: the pattern of a county's dozens of forms took more
        # time to compile than all the searches of the article
        norm = _doc_norm(ctx)
        forms = sorted({f for code in seated for t in table.by_parent.get(code, ())
                        for f in (t.name, t.stem) if len(f) >= 2 and f in norm}, key=len, reverse=True)
        if not forms:
            return
        pattern = Alternation.product(forms, list(_STATION_WORDS))
        added: set[Mention] = set()  # the stations this pass reads: each occurrence is a mention
        for s in ctx.sentences:
            for start, end, written in pattern.finditer(s.norm):
                a, b = ctx.span_of(s, start, end)
                orgs = [m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.start < b and a < m.end]
                if any(m.start <= a and b <= m.end for m in orgs):
                    continue  # read already, alone or inside a longer chain
                cut = [m for m in orgs if m.end == b and a < m.start]  # 睦井派出所 for 和睦井派出所
                if any(_station_key(m.name).endswith(_station_key(written)) for m in ctx.mentions
                       if m.cls == ORGANIZATION and m not in cut and m not in added):
                    continue  # 某法庭 for the 某人民法庭 read elsewhere: resolution makes them one
                if len(cut) == len(orgs):
                    head = _station_head(written)
                    new = Mention(ORGANIZATION, written, a, b, s.index, attrs=(("kind", _lex().kinds.get(head, "gov")),))
                    if cut:
                        added.add(ctx.replace_mention(cut[0], replace(new, attrs=cut[0].attrs)))
                    else:
                        added.add(ctx.add_mention(new))

    # ------------------------------------------------------------------ chains
    def _suffixes(self, text: str) -> list[tuple[int, int, str]]:
        """Unit suffixes in ``text`` as ``(start, end, suffix)``, leaving out those that begin a
        longer post (中队 in 中队长)."""
        out = []
        for m in self.suffix_re.finditer(text):
            suf = m.group()
            if any(len(t) > len(suf) and text.startswith(t, m.start())
                   and not (suf in rules.UNITS_BEFORE_POSTS and t[len(suf):] in self.title_set)
                   and not (t == suf + "长" and self._unit_word_follows(text, m.end()))
                   for t in self.titles_by_first.get(suf[0], ())):  # 中队长, 党委委员 are posts; 政治部|主任 is a unit and a post
                continue  # (某分局|长柳派出所: a name starting with 长 after the unit, no 分局长)
            if suf in _POLICE and text.startswith("公安局", m.start()):
                continue
            if suf in _POLICE and (school := self.suffix_re.search(text, m.end(), m.end() + rules.PLACE_ANCHOR + 4)) is not None \
                    and _lex().fine.get(school.group()) == "school" and _CJK_RUN.fullmatch(text, m.end(), school.start()) \
                    and not any(t[:1] in "vpc" or t.startswith("ns") for _, t, _ in tokens(text[m.end():school.start()])):
                continue  # 某省公安|警官职业学院: 公安 opens a school's name, not the province's police (某省公安|与某省
                # 警察学院, 某市公安|走进…学院: a conjunction, a verb or a place between, two bodies)
            if len(suf) == 2 and suf.endswith("庭") and suf[0] not in rules.NUMERALS and self.kinds.get(suf) == "court" and (
                    suf != rules.TRIBUNAL_WORDS[1] and dictionary_freq(text[m.end() - 1:m.end() + 1]) >= rules.WORD_FREQ
                    or m.start() > 0 and dictionary_freq(text[m.start() - 1:m.start() + 1]) >= rules.WORD_FREQ):
                continue  # 村民|庭院, 民庭|外 (庭外调解): a court's short division word inside other words (not
                # 法庭, a tribunal's own word: 某法院青柳法庭|审理)
            if _stationed_in(text, m.start(), m.end()):
                continue  # 驻某看守所检察室: where the office is stationed, no unit of its own
            if _lex().needs.get(suf) == "ordinal" and not _ORDINAL_BEFORE.search(text, 0, m.start()):
                continue  # 第八师 (units.tsv: needs_name ordinal); 律师, 工程师, 主任医师 are no units
            if _lex().needs.get(suf) == "numeral" and (not _NUMERAL_BEFORE.search(text, 0, m.start())
                                                         or any(dictionary_freq(text[m.start():m.end() + k]) >= rules.WORD_FREQ // 2
                                                                for k in (1, 2))):
                continue  # 二〇一团 (units.tsv: needs_name numeral); 集团, 社团, 代表团, 一二三团体操, 二〇二四团拜会 are none
            if m.start() and suf in rules.UNIT_WORDS_IN_WORDS and dictionary_freq(text[m.start() - 1:m.end()]) >= rules.WORD_FREQ:
                continue  # 在中小学开展…: the unit word ends a longer word (中小学), no school of that name
            if text.startswith(rules.UNIT_WORD_BREAKERS, m.end() - 1):
                continue  # 境内公路|局部路段: the unit word's last character opens another word (rules.UNIT_WORD_BREAKERS)
            if text.startswith(rules.UNIT_WORD_BREAKING_VERBS, m.end() - 1) and not any(
                    dictionary_freq(text[m.end():m.end() + k]) >= rules.WORD_FREQ for k in (2, 3)):
                continue  # 海事处|理了: the verb 处理 (办事处|理论: a word after the unit, which stands)
            if text.startswith(rules.SYSTEM_AFTER_UNIT, m.end()) or rules.SITE_AFTER_UNIT.match(text, m.end()):
                continue  # 河北监狱系统, 全省法院系统: every unit of that kind, no unit; 江城公安网: a website
            road = _STREET_AFTER_UNIT.match(text, m.end())
            if road and self.suffix_re.match(text, road.end()):
                continue  # 医院街派出所: the unit word is part of a street's name
            if text.startswith("长", m.end()) and suf[-1] + "长" in self.title_set and in_quotes(text, m.start()):
                continue  # “全省优秀司法所长”: a title in quotes, no unit
            if m.end() < len(text) and dictionary_freq(text[m.start():m.end() + 1]) >= rules.WORD_FREQ and \
                    not text.startswith(self.cues, m.start()) and \
                    not any(dictionary_freq(text[m.end():m.end() + k]) >= rules.WORD_FREQ for k in (2, 3)):
                continue  # 银行业, 公安部门: the word goes on past the unit word (not 大队长: a post;
                # not 公司|法定代表人: a word of its own starts after the unit word)
            out.append((m.start(), m.end(), suf))
        starts = {a: suf for a, _, suf in out}
        out = [(a, b, suf) for a, b, suf in out if not (suf in _lex().mined and b in starts
                                                         and self.kinds.get(starts[b]) == "court")]
        # (证券|审判庭: the mined head, a company's 证券, names the tribunal after it, no unit of its own;
        # 西南证券|营业部 is the company's)
        taken = [(a, b) for a, b, _ in out]
        for m in _NUMBERED.finditer(text):  # 侦查二科, 监管一科: only inside a chain (see _chains)
            if not any(a < m.end() and m.start() < b for a, b in taken) and \
                    (m.end() >= len(text) or dictionary_freq(text[m.end() - 1:m.end() + 1]) < 20
                     or text.startswith(self.cues, m.end())) and \
                    not self._title_at(text, m.start() + len(m.group(1)), 2):  # (二队|伍, 一庭|审)
                out.append((m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
        for m in _SECTION.finditer(text):  # 教育改造科, 刑事科学技术系: only inside a chain
            if any(a < m.end() and m.start() < b for a, b in taken) or m.end() < len(text) and \
                    dictionary_freq(text[m.end() - 1:m.end() + 1]) >= 20 and not text.startswith(self.cues, m.end()) or \
                    dictionary_freq(text[max(0, m.start() - 1):m.end()]) >= 20 and not text.startswith(self.cues, m.end()) \
                    and not _task_before(text, m.start()) or \
                    any(self._title_at(text, k, m.start() - k + 1) for k in range(max(0, m.start() - 5), m.start() + 1)):
                continue  # 科学, 处理, 系统: the word goes on; 联系, 关系: it ends one; 科长, 党组书记: a post
                # (a post or role right after the section keeps it: 侦查处|处长, 技术科|科长, 侦查三处|处长)
            if _stationed_in(text, m.start(), m.end()):
                continue  # 驻某市场监督管理局|警务室: where the office is stationed, no section of the unit before
            out.append((m.start(), m.end(), "§" + m.group()))
        return sorted(out)

    def _list_item_between(self, text: str, a: int, b: int) -> bool:
        """Does a mark of a list of units (``_LIST_ITEM_MARKS``: 、 or ；) stand between ``text[a]`` and
        ``text[b]`` with no post right before it (乙市公安局某派出所、|市公安局…: two items; 乙市公安局某派出所所长、
        市公安局…: one person's run of posts, the same bureau's)?"""
        mark = max(text.rfind(c, a, b) for c in _LIST_ITEM_MARKS)
        return mark >= 0 and not self._posts.ending_at(text, mark)

    def _title_at(self, text: str, k: int, shortest: int = 1) -> bool:
        """Does a post of ``titles.tsv`` of at least ``shortest`` characters start at ``text[k]``?"""
        return any(len(t) >= shortest for t in self._posts.starting_at(text, k))

    def _unit_word_follows(self, text: str, at: int) -> bool:
        """Does a unit word start within 7 characters of ``text[at]`` (长柳派出所, 长青中队, 长途汽车站派出所
        after 某分局: a station's name), with no function character nor verb before it?"""
        if text[at + 1:at + 2] in rules.CONCURRENT_MARKS or text.startswith(rules.TENURE_WORDS, at + 1):
            return False  # 副大队长|兼一中队中队长: a second post follows the first, no station's name (…大队长|任上调任)
        hit = self.suffix_re.search(text, at + 2, at + 14)
        if hit is None or not all("\u4e00" <= c <= "\u9fff" and c not in rules.PLACE_FUNCTION for c in text[at:hit.start()]):
            return False
        if hit.start() <= at + 4:
            return not any(t.startswith("v") and len(w) >= 2 for w, t, _ in tokens(text[at:hit.start()]))  # (长|调任…)
        first = tokens(text[at:hit.start()])[0][0]  # a longer name only when 长 starts a word (长途汽车站, not
        return hit.start() <= at + 7 and len(first) >= 2  # 副支队长|某某是大队…: a name after the post)

    def _chains(self, text: str, places: list[Mention], base: int,
                heads: list[_Segment] = (), sufs: list[tuple[int, int, str]] | None = None) -> list[list[_Segment]]:
        """Chains of segments; ``heads`` are ready-made first segments (national bodies, 衡水交警);
        ``sufs``: :meth:`_suffixes` of ``text`` when already read."""
        place_at_end = {}
        for p in places:
            place_at_end.setdefault(p.end, p)
        chains: list[list[_Segment]] = []
        prev_end = -1
        events = [(h.start, h.end, "", h) for h in heads]
        events += [(a, b, suf, None) for a, b, suf in (self._suffixes(text) if sufs is None else sufs)
                   if not any(h.start <= a < h.end for h in heads)]
        for start, end, suf, ready in sorted(events, key=lambda e: (e[0], -e[1])):
            if ready is not None:
                chains.append([ready])
                prev_end = end
                continue
            gap = text[prev_end:start] if prev_end >= 0 else None
            if chains and gap and _lex().needs.get(suf) == "numeral" and _lex().fine.get(chains[-1][-1].suffix) != "corps" \
                    and _NUMERAL_BEFORE.fullmatch(gap):
                continue  # 某师某市公安局|二〇一团派出所: the regiment names the bureau's station, no unit of the chain
            whole = (gap or "") + suf.lstrip("§")  # 驻看守所检察|室: an office named after where it is stationed
            stationed = bool(gap) and _STATIONED.fullmatch(whole) is not None
            first_place = min((p.start - base for p in places if prev_end <= p.start - base < start), default=None)
            if gap and not stationed and first_place is not None and first_place > prev_end \
                    and text[prev_end:first_place] not in rules.CHAIN_LINKS:
                gap = None  # 某法庭依法委托|浙江某鉴定中心: words before a place end the chain there
            place_gap = bool(gap) and any(p.start - base == prev_end and p.end - base == start for p in places)
            if gap and (any(t in gap for t in self.head_posts)
                        or gap in _POST_WORDS and suf.lstrip("§") in _SURNAMES and gap not in _gap_words()[0]):
                gap = None  # 某局副局长率|队, 副局长率领工作|组: a post and a verb end the chain, name no unit;
                # 某检察部副主任|班某某: a post, then a surname that is a unit word
            founded = _FOUNDED.match(gap) if gap and chains and suf.endswith(rules.FOUNDED_UNITS) \
                and (chains[-1][0].start == 0 or text[chains[-1][0].start - 1] in "，,；;：:") else None
            # (the founder opens its clause: not 甲院、乙局和丙局设立…, 依托某所成立…)
            if founded is not None and tokens(gap[founded.start("verb"):])[0][0] == founded.group("verb"):
                gap, seg_from = gap[founded.end():], prev_end + founded.end()  # 某局(新)组建|合成作战中心, 成立|禁毒大队:
                # the unit founds one of its own, named by what follows the verb
            elif gap and not suf.startswith("§") and gap.startswith(rules.FORMING_VERBS) and tokens(gap)[0][0] in rules.FORMING_VERBS:
                gap = None  # 某派出所组成|工作专班: the units form a new body, which is none of theirs
            else:
                seg_from = prev_end
            if gap and gap.startswith(rules.LISTING_VERBS):
                gap = None  # 我院现设|立案庭、…: the list of the unit's sections (_listed_subunits), no name
            if gap and chains and chains[-1][-1].anaphor and text[chains[-1][-1].start] in rules.FIRST_PERSON \
                    and (tokens(gap)[0][1] == "v" or tokenizer().word_tag_tab.get(gap[0], "")[:1] == "v"):
                gap = None  # 我局接|县林业局移送…: the anaphor is the subject of a verb, no unit's host
            district = bool(gap) and suf in rules.DISTRICT_BRANCHES and chains and _district_of(chains[-1], gap)
            if chains and gap is not None and suf not in _POLICE and len(chains[-1]) < rules.MAX_CHAIN and (
                    stationed or district or (not suf.startswith("§") and (gap == "" or place_gap or (_gap_len(gap) <= rules.MAX_GAP and _name_like(gap))
                                                  or _seat_gap(gap, suf)
                                                  or gap in _lex().synonyms and self._fold(gap, suf) != gap))  # 食品药品环境犯罪侦查|支队
                    or ((_is_section(suf) or suf.endswith(rules.TASK_NAMED_UNITS))
                        and not text.startswith(rules.ROAD_AFTER, end)
                        and not text[start - 1:end] in _BUREAU_SHORTS  # (…坚决拥护|市局党委: a bureau's short name)
                        and not text.endswith(rules.ROOMS, 0, end)  # (某院第三会议室, 某办值班室: a room, no section)
                        and not (text.endswith(rules.STATIONED_GROUP_WORD, 0, end)
                                 and not chains[-1][-1].suffix.endswith(rules.DISCIPLINE_BODIES))  # (驻甲局、乙院纪检监察组)
                        and _task_name(gap, brigade=suf.endswith(rules.BRANCH_UNITS)))):  # 侦查二科, 教育改造科
                suf = suf.lstrip("§")
                link = next((w for w in rules.CHAIN_LINKS if gap.startswith(w) and len(gap) > len(w)), "")
                name = self._fold(gap[len(link):], suf)  # 某海关所属|大窑湾海关: the link names nothing
                inner = [p for p in places if prev_end <= p.start - base and p.end - base <= start]
                kind = self.kinds.get(suf) or (chains[-1][-1].kind if not chains[-1][-1].anaphor else "police")
                chains[-1].append(_Segment(seg_from, end, name, suf, kind, inner))  # 某法院刑事审判第二庭: the court's kind
                prev_end = end
                continue
            if _is_section(suf):
                continue  # a section names no unit outside a chain (第二科 of nothing)
            seg = self._head(text, start, end, suf, place_at_end, base)
            if seg is not None:
                chains.append([seg])
                prev_end = end
        return chains

    def _modifier_before(self, text: str, pos: int) -> str:
        """The first of :attr:`modifiers` (longest first) that ``text[:pos]`` ends with, or ``""``:
        only the modifiers ending in the character before ``pos`` are tried (the endswith of
        every modifier at every suffix was about a million calls on dev and the unseen sets)."""
        if not 0 < pos <= len(text):
            return next((m for m in self.modifiers if m and text.endswith(m, 0, pos)), "")
        return next((m for m in self._modifiers_by_last.get(text[pos - 1], ()) if text.endswith(m, 0, pos)), "")

    def _head(self, text: str, start: int, end: int, suf: str, place_at_end, base: int) -> _Segment | None:
        """Read leftwards from a suffix: modifier, proper name, places."""
        need = _lex().needs.get(suf)
        if need in ("ordinal", "numeral"):  # 第八师, 二〇一团: the number is the name (a place may not come before)
            number = (_ORDINAL_BEFORE if need == "ordinal" else _NUMERAL_BEFORE).search(text, 0, start)
            if number is None or number.start() and "\u4e00" <= text[number.start() - 1] <= "\u9fff" \
                    and text[number.start() - 1] not in rules.PLACE_FUNCTION and not text.endswith("兵团", 0, number.start()):
                return None  # (陆军第八师: another word's division, no corps unit of its own; 兵团第九师 is one)
            return _Segment(number.start(), end, number.group(), suf, self.kinds.get(suf, "gov"))
        pos = start
        name = ""
        seg_places: list[Mention] = []
        # a place whose last character is the suffix's first (台州市|市委 → 台州 + 市委)
        overl = place_at_end.get(base + start + 1)
        if overl is not None and suf[0] == text[start] and suf in _lex().level_units:
            seg_places.append(overl)
            pos = overl.start - base
            return self._with_more_places(text, pos, start, end, "", suf, seg_places, place_at_end, base)
        mod = self._modifier_before(text, pos)
        if mod:
            name = mod
            pos -= len(mod)
        if base + pos - 1 in place_at_end and text[pos - 1] in rules.LEVEL_CHARS:
            pos -= 1  # 大理|州|公安局: the level character of a place written short
        task = suf in rules.TASK_NAMED_BODIES  # 某省扫黑除恶斗争|领导小组: a task's name after the place
        reach = rules.COMPANY_ANCHOR if suf.endswith(rules.LEGAL_FORMS) else rules.MAX_SECTION_NAME if task else rules.PLACE_ANCHOR
        anchored = next((k for k in range(pos - 1, max(pos - reach - 1, -1), -1) if base + k in place_at_end), None)
        if anchored is None and suf in rules.MEDIATION_COMMITTEES and text.endswith(rules.DISPUTE_WORDS, 0, pos):
            # 某市|婚姻家庭纠纷|人民调解委员会: a committee named by the disputes it settles, up to MAX_NAME characters
            anchored = next((k for k in range(pos - 1, max(pos - rules.MAX_NAME - 1, -1), -1) if base + k in place_at_end), None)
            if anchored is not None and any(t[:1] in "adilpcurm" for _, t, _ in tokens(text[anchored:pos - 2])):
                anchored = None  # (某市积极化解矛盾纠纷…, 深入开展矛盾纠纷…: an adverb or an idiom, a verb phrase, no
                # committee's name; 道路交通事故纠纷: nouns of a kind of dispute)
        if anchored is not None and text.startswith(rules.KIND_QUANTIFIERS, anchored) and base + pos not in place_at_end:
            return None  # 某区一家食品公司: a kind of company, not a name
        if anchored is not None and text[anchored:pos] in rules.COUNTED_BEFORE_UNIT and not name \
                and not suf.endswith(rules.NUMBERED_UNIT_WORDS):
            return None  # 宝鸡一派出所获评…, 陕西两法院入选…: one (two) of that place's units, unnamed
        if anchored is not None and len(text[anchored:pos]) == 2 and text[anchored] in rules.COUNTED_BEFORE_UNIT \
                and text[pos - 1] in rules.LEVEL_CHARS:
            return None  # 甲、乙两县公安局: the bodies of the counted divisions, no unit of one
        if task and anchored is not None:
            p0 = place_at_end[base + anchored].start - base
            while base + p0 in place_at_end:  # 某省|某市|…: the first place of the run
                p0 = place_at_end[base + p0].start - base
            if p0 > 0 and "\u4e00" <= text[p0 - 1] <= "\u9fff" and text[p0 - 1] not in rules.PLACE_FUNCTION \
                    and not text.endswith(rules.LIST_VERBS + rules.SENDING_VERBS + rules.ADDRESSING_VERBS, 0, p0) \
                    and not tokenizer().word_tag_tab.get(text[max(0, p0 - 2):p0], "").startswith("v"):
                return None  # 省委平安|河南|建设领导小组: the place is inside the task's name, not the body's seat
                # (配合|某市…领导小组办公室: a verb before the place, which seats the body)
        if anchored is not None and _lex().fine.get(suf) == "school" and pos - anchored == 1 \
                and tokenizer().word_tag_tab.get(text[anchored], "").startswith("v") \
                and dictionary_freq(text[anchored]) >= rules.COMMON_WORD_FREQ:
            return None  # 在兰州|读|大学: a common one-character verb between the place and the school, no name
        if base + pos not in place_at_end and anchored is not None \
                and ((_name_like(text[anchored:pos]) and (not task or pos - anchored <= rules.PLACE_ANCHOR)
                      or task and _task_of_body(text[anchored:pos])
                      or _lex().needs.get(suf) == "proper" and _trade_name(text[anchored:pos]))
                     and text[anchored:pos] not in _GENERIC_NAME
                     or text[anchored:pos] == _POLICE[0] and _lex().fine.get(suf) == "school"):  # 上海|公安|高等专科学校:
            # the police's own school
            name = text[anchored:pos] + name  # 安徽省|九成|监狱管理分局: a name between a place and a suffix
            pos = anchored
        elif base + pos not in place_at_end:
            proper = _proper_name(text, pos, nouns=self.kinds.get(suf) == "org") or _seat_name(text, pos, suf)
            if not proper and suf in rules.TOWN_NAMED_BRANCHES:  # 满归分局 in an article naming 满归镇
                proper = next((t for t in (text[max(0, pos - 3):pos], text[max(0, pos - 2):pos]) if t in self._town_stems), "")
            if proper[:1] == rules.FORMER_MARK and len(proper) >= 3:
                proper = proper[1:]  # 原|昌硕派出所与…合并: the mark of a former name, no part of it
            if proper[:1] == "以" and len(proper) >= 3 and text.startswith("为", end):
                proper = proper[1:]  # 某局以|柳苏派出所为样板: 以…为, not part of the name
            verb = next((v for v in _LIST_VERBS if proper.startswith(v)
                         and (len(proper) >= len(v) + 2 or proper[len(v):] in rules.LEVEL_CHARS)), "")
            proper = proper[len(verb):]  # 联系|宏泰公司: the verb before a company's name is no part of it
            founding = _FOUNDING_AT_START.match(proper)
            if founding is not None:
                proper = proper[founding.end():]  # 某分局新组建|合成作战中心: the verb of founding it, no name
            # (会同|市见义勇为协会: the verb before a bare level, the city's own body)
            cut = max((k for k in range(pos - len(proper) + 1, pos) if base + k in place_at_end), default=None)
            if cut is not None:  # 湖南省|刑事科学技术协会: the name starts after a place, never inside it
                proper = text[cut:pos]
            if proper[:1] in rules.DISTRIBUTIVES:
                return None  # 各县区党委: every such body, not one
            if proper and _lex().needs.get(suf) == "proper" and any(
                    text.endswith(self.cues, 0, k) for k in range(pos - len(proper), min(pos, pos - len(proper) + 3))):
                return None  # 调解员某某联系|保险公司 (解员某某…: the name read into the role): a person after a
                # role, then what they did, no business's name
            if proper and _lex().needs.get(suf) == "proper" and not any(t in _NAME_TAGS for _, t, _ in tokens(proper)) \
                    and base + pos - len(proper) not in place_at_end:  # 湖南省刑事科学技术协会: the place names it
                return None  # 物业公司, 保险公司: a kind of business, not a name
            if proper and any(k in proper for k in rules.KINSHIP_ROLES):
                return None  # 女儿某某|大学毕业后: a relative, then the school they went to, named nowhere
            if proper and text.endswith(rules.KIND_QUANTIFIERS, 0, pos - len(proper)):
                return None  # 一家保健品公司: a kind of company, not a name
            if proper and proper not in _GENERIC_NAME and not any(g in proper for g in rules.NOT_IN_UNIT_NAME):
                name = proper + name
                pos -= len(proper)
        seg = self._with_more_places(text, pos, start, end, name, suf, seg_places, place_at_end, base)
        return seg

    def _with_more_places(self, text, pos, start, end, name, suf, seg_places, place_at_end, base):
        while base + pos in place_at_end:
            p = place_at_end[base + pos]
            seg_places.insert(0, p)
            pos = p.start - base
        if not name and len(seg_places) >= 2 and _lex().needs.get(suf) == "proper" \
                and not _within(seg_places[-1], seg_places[-2]):
            name = seg_places.pop().text  # 甲市|乙市|驾驶员培训学校 (乙 in another province): a firm named after that city
        if suf in _POLICE and (not seg_places or name and ("段" in name or name.endswith(rules.OTHER_POLICE_SYSTEMS + ("式",)))):
            return None  # (长江某段|港航|公安: a stretch of a river and another system's police, no bureau of the
            # place; 江西省枫桥式|公安派出所: a style; 浦东公安 stays the city's)
        if suf == rules.POLICE_COLLECTIVE[-1] and dict(seg_places[-1].attrs).get("level") == "province":
            return None  # 海南省公安机关: every police organ of the province, no unit (its bureau is a 公安厅)
        if not seg_places and not name and _lex().needs.get(suf) in ("yes", "proper"):
            return None
        if name and re.fullmatch(f"[{rules.NUMERALS}两几数多]+[所个家座支]", name):
            return None  # 某街道|两所|小学: a count of units of a kind, no name
        if not seg_places and name and all(c in rules.LEVEL_CHARS for c in name):
            return None  # 当选|市律协会长: a level alone, the bare agency's (read by _bare_agency_heads or not at all)
        if not seg_places and not name and suf not in self.kinds:
            return None
        if suf in _lex().level_units and (not seg_places or seg_places[-1].text.startswith("某")):
            return None  # (某乡镇卫生院: a place kept anonymous names no unit)
        if suf in _lex().level_units and suf.endswith("委") and not name and text.endswith(rules.YOUTH_LEAGUE_BEFORE, 0, pos) \
                and (pos == 1 or not "\u4e00" <= text[pos - 2] <= "\u9fff" or text[pos - 2] in _BARE_BEFORE):
            pos, name = pos - len(rules.YOUTH_LEAGUE_BEFORE), rules.YOUTH_LEAGUE_BEFORE  # 团|咸阳市委: the Youth League's
        if not seg_places and (self.kinds.get(suf) == "police" or _lex().parents.get(suf, ("-",)) != ("-",)) and (
                name in self.modifiers or re.fullmatch(f"[{rules.NUMERALS}第]*", name)):
            return None  # 交警大队, 一中队, 禁毒教研室: a part of a body the text does not give here
        return _Segment(pos, end, self._fold(name, suf), suf, self.kinds.get(suf, "police"), seg_places)

    @staticmethod
    def _bare_agency_heads(ctx: Context, s, heads: list[_Segment], places: list[Mention]) -> list[_Segment]:
        """``市公安局``, ``县法院``, ``公安局`` written without their place: the agency of the
        article's county (县/区) or city (市, or no level written), heading a chain
        (``市公安局指挥中心``)."""
        out = []
        place_ends = {p.end - s.start for p in places}
        inside = [(p.start - s.start, p.end - s.start) for p in places]
        for m in _lex().bare_re.finditer(s.norm):
            k = m.start()
            if any(h.start <= k < h.end for h in heads) or k in place_ends or any(a < k < b for a, b in inside):
                continue  # (某某联合|旗公安局: the level character ends a place's name)
            league = m.group(1) and m.group(2) == "委" and s.norm.endswith(rules.YOUTH_LEAGUE_BEFORE, 0, k)
            if league:
                k -= len(rules.YOUTH_LEAGUE_BEFORE)  # 团县委: the Youth League's committee of the county
            before = s.norm[:k]
            if before and "\u4e00" <= before[-1] <= "\u9fff" and before[-1] not in _BARE_BEFORE \
                    and not before.endswith(_LIST_VERBS) and not _DATE_BEFORE.search(before) \
                    and not (_clause_start(s.norm, k) and not any(s.norm.startswith(a, k - len(a) + len(lv)) for a, lv in rules.AUTONOMOUS_COLLOQUIAL)):
                continue  # (2日|县人大常委会…: a date before it, 2024年7月2日县人大常委会第二十一次会议; a verb of two
                # characters or more, 督促|县司法局…, 当选|市律协会长, but not 威宁自治|县公安局: an autonomous county's)
            if m.group(1) and before.endswith("、") and (d := _DISTRIBUTED_ITEM.search(re.split(r"[、，,；;：:。]", before[:-1])[-1])) \
                    and d.group(1) == m.group(1):
                continue  # 各设区市公安局、团市委: a list every place of a kind has, no unit of the article's place (not
                # 县公安局各派出所、县法院, 各县市区公安局、市中院: 各 of another level)
            level = _LEVEL_ALIKE.get(m.group(1), m.group(1)) or "-"  # (a banner is a county)
            rows = [r for r in _lex().bare[m.group(2)] if level in r.levels]
            if not rows:
                continue  # a bare 法院 or 检察院 is the institution in general; 县中级人民法院 is none
            if m.group(2) == rules.SHORT_YUAN and not _procuratorates_news(ctx):
                continue  # 市院 in a court's news (市院党组书记、院长): not the procuratorate
            seat = _doc_division(ctx, m.group(1) or "", s, s.start + k)
            if m.group(1) in ("乡", "镇", "街道"):  # 甲镇和乙镇交界处…乙镇党委书记介绍，镇综治中心…: the township named last
                # before it, one of that level's ending first (某街道…镇综治中心: the street's, named so loosely)
                before_it = [p for p in places if p.end - s.start <= k and dict(p.attrs).get("level") == "township"]
                seat = max([p for p in before_it if p.name.endswith(m.group(1))] or before_it, key=lambda p: p.end, default=seat)
            elif m.group(1) == "村":  # 村委会, 村党支部: the village named last before it in the article, where the
                # article names one village only (甲村…乙村…村委会: which, the text does not say)
                villages = {p.name for p in ctx.mentions if p.cls == PLACE and dict(p.attrs).get("level") == "village"
                            and p.name.endswith("村")}
                seat = seat if len(villages) == 1 and seat is not None and seat.start < s.start + k else None
            row = seat and next((r for r in rows if r.seat in ("-", dict(seat.attrs).get("level"))), None)
            if row is None:
                continue  # (市法院 in a municipality's article: its courts are not named so)
            agency = row.full
            if level == "-" and kind_group()[row.kind] == "court":
                named = {o.name for o in ctx.mentions if o.cls == ORGANIZATION and o.name.endswith(agency)}
                if named - {seat.name + agency} or seat.name + agency not in named and seat.text + agency not in s.norm[:k]:
                    continue  # 中院执行局 alone: only in an article naming that one 中级人民法院, before it or earlier in
                    # its sentence (西安、宝鸡等地中院: none)
            if agency == "委":  # 市委: the committee of the article's city, named by its stem (邯郸市委)
                name = (rules.YOUTH_LEAGUE if league else "") + _place_stem(seat) + m.group(1) + "委"
            else:
                name = seat.name + agency
            out.append(_Segment(k, m.end(), name, "", kind_group()[row.kind], seat=seat))
        return out

    def _echo_heads(self, ctx: Context, s, heads: list[_Segment], places: list[Mention],
                    sufs: list[tuple[int, int, str]]) -> list[_Segment]:
        """``由执行局执行一庭庭长…``, ``缉私分局侦查科科长…``: a unit written bare (its unit word
        alone, or after a branch modifier) right before a sub-unit of its own stands for the unit
        of the document whose full name ends so (read earlier), and heads the chain of that
        sub-unit. Only after a clause boundary or a function character, never after a place.
        ``sufs``: the sentence's :meth:`_suffixes`."""
        text = s.norm
        place_ends = {p.end - s.start for p in places}
        out = []
        for (a, b, suf), (c, _, nxt) in zip(sufs, sufs[1:]):
            if suf.startswith("§") or _is_section(suf) or any(h.start <= a < h.end for h in heads):
                continue
            k = a - len(self._modifier_before(text, a))
            while k == a and k > 0 and text[k - 1] in rules.NUMERALS:
                k, a = k - 1, a - 1  # 二大队一中队: a numbered unit written again
            if k == a and k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and suf in rules.BARE_UNIT_SUFFIXES:
                k = next((j for j in range(k - 2, max(k - rules.MAX_SECTION_NAME, 0) - 1, -1)
                          if (j == 0 or not "\u4e00" <= text[j - 1] <= "\u9fff" or text[j - 1] in "由经据")
                          and _earlier_unit(ctx, text[j:b]) is not None
                          and len({o.name for o in ctx.mentions if o.cls == ORGANIZATION and o.name.endswith(text[j:b])}) == 1), k)  # ，执法|支队二大队 after 某市…综合行政执法
                # 支队: the ending of a unit read before, written again after a clause mark (not 支队 alone)
            if k in place_ends or (k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in rules.SEAT_NAME_AFTER
                                   and text[k - 1] not in "由经据" and not _clause_start(text, k)):
                continue  # (抽调|支队二大队: a verb of two characters ends the phrase before it)
            if any(text.endswith(t, 0, k) for t in self._town_stems):
                continue  # 满归|分局刑侦大队 in an article naming 满归镇: that township's 分局, no echo
            gap = text[b:c]
            if not (_is_section(nxt) and 0 < len(gap) <= rules.MAX_SECTION_NAME or nxt in self.kinds and (
                    gap == "" or re.fullmatch(f"[{rules.NUMERALS}]+", gap)
                    or len(gap) <= rules.MAX_SEAT_TOWN_NAME and _name_like(gap) or _seat_gap(gap, nxt))):
                continue  # only a bare unit with a sub-unit of its own right after it (青柳分局|柳林派出所)
            written = text[k:b]
            target = _earlier_unit(ctx, written)
            folded = target is None and k < a
            if folded:  # 刑事侦查支队|二大队 after 某市公安局刑事侦查支队: read as 刑侦支队
                written = self._fold(text[k:a], suf) + suf
                target = _earlier_unit(ctx, written)
            if target is None or target.sentence > s.index:
                continue
            # two units end so (a police and a market-regulation 青柳分局): the one of the sub-unit's kind
            chosen = _earlier_unit(ctx, written, kind=self.kinds.get(nxt.lstrip("§"), "police"), before=(s.index, s.start + k))
            bureau = None
            if folded:  # a bureau named before it in its own sentence (its chains are not read yet)
                here = [p for p in places if p.end - s.start < k and text.startswith("公安局", p.end - s.start)]
                bureau = max(here, key=lambda p: p.end).name + "公安局" if here else None
            if bureau is not None and not (chosen or target).name.startswith(bureau):
                continue  # (甲市公安局刑侦支队 … 乙市公安局召开会议，刑事侦查支队二大队: 乙's, not 甲's)
            out.append(_Segment(k, b, "", written, "police", anaphor=True, target=chosen))
        return out

    @staticmethod
    def _anaphor_heads(heads: list[_Segment], s) -> list[_Segment]:
        """``该支队东兴边境管理大队``: an anaphor heads a chain, standing for the unit it refers to
        (resolved when the chain is emitted, once the units before it are known)."""
        found = [(m.start(), m.end(), m.group(1)) for m in _ANAPHOR.finditer(s.norm)]
        found += [(m.start(1), m.end(1), m.group(1)[-1] if m.group(1) in _BUREAU_SHORTS else m.group(1))
                  for m in _BARE_SUBJECT.finditer(s.norm)]  # 大队被公安部评为…: the unit in focus
        found += [(m.start(1), m.end(1), m.group(1)[-1] if m.group(1) in _BUREAU_SHORTS else m.group(1))
                  for m in _HOST_PARTY_BODY.finditer(s.norm)]  # 经厅党委研究, 经州局党委研究
        found += [(m.start(), m.end(), m.group(1)) for m in _FIRST_PERSON.finditer(s.norm)]  # 我局指挥中心
        return [_Segment(a, b, "", suffix, "police", anaphor=True)
                for a, b, suffix in found if not any(h.start <= a < h.end for h in heads)]

    @staticmethod
    def _resolve_anaphor(ctx: Context, s, head: _Segment, sub: str = "") -> bool:
        """Point an anaphor head at the last unit with its ending read before it; False if none.
        With ``sub``, the unit word of the sub-unit written after it (该院|第三检察部), the last
        such unit of a kind that may hold it (``units.tsv`` parents: a 检察院, not a 法院)."""
        target = head.target
        written = s.norm[head.start:head.end]
        if written.startswith(rules.FIRST_PERSON) and target is None:  # 我局: the unit the text speaks for, read before (its
            if in_quotes(s.norm, head.start):
                return False  # （某局局长说：“我局…”: the speaker's unit, not the issuer's)
            target = _issuer(ctx, head.suffix, before=(s.index, s.start + head.start))  # title), or none yet
            if target is None:
                return False
        if target is None and written.startswith(rules.ANAPHOR_DETERMINERS):
            target = _headed_by_post(ctx, s, head)
        hosts = _holding_kinds(sub.lstrip("§")) if sub else ()
        if target is None and hosts and written not in _BUREAU_SHORTS:
            fits = [m for m in ctx.mentions if m.cls == ORGANIZATION and m.name.endswith(head.suffix)
                    and not _anaphor_only(m) and dict(m.attrs).get("kind", "police") in hosts
                    and (m.sentence, m.start) < (s.index, s.start + head.start)]
            target = max(fits, key=lambda m: (not _passive_agent(ctx, m), m.sentence, m.start, m.end), default=None)
            # (某市局某分局: the 分局; 某院被最高人民法院授予…。该院某法庭: not the passive's agent)
        if target is None and written in _BUREAU_SHORTS:  # 市局, 县局, 州局: the bureau of the article's city
            level, word = _BUREAU_SHORTS[written]
            seat = _doc_division(ctx, level)  # (county, prefecture), not the last 局 named
            name = seat.name + word if seat is not None else None
            target = next((m for m in ctx.mentions if m.cls == ORGANIZATION and m.name == name), None)
        if target is None and len(written) == 1:  # 院党组副书记某某 (in a court's meeting news): the court the
            titled = {m.name: m for m in ctx.mentions if m.cls == ORGANIZATION and m.sentence == 0  # headline names
                      and m.name.endswith(head.suffix) and not _anaphor_only(m)}
            target = next(iter(titled.values())) if len(titled) == 1 else None  # (not a court listed on the way)
        latest = target is None
        target = target or _latest(ctx, s, _anaphor_endings(head.suffix), before=s.start + head.start)
        if target is not None and latest and written.startswith(rules.ANAPHOR_DETERMINERS) \
                and (kind := _title_unit_word(s.norm, head.end, _anaphor_endings(head.suffix))) \
                and not target.name.endswith(kind) and _lex().kinds.get(kind) != dict(target.attrs).get("kind"):
            target = _latest(ctx, s, kind, before=s.start + head.start) or target
            # 该所被命名为“枫桥式公安派出所”: a 派出所, not the 司法所 named last (该局被授予“全国优秀公安局”: the 分局
            # named last, a police unit too, stays)
        if target is None or len(written) == 1 and not target.name.endswith(written):
            return False  # (局党组 in an article naming only a 厅: no 局 in focus)
        head.name, head.suffix = target.name, ""
        head.kind = dict(target.attrs).get("kind", "police")
        return True

    @staticmethod
    def _police_forces(ctx: Context, s, places: list[Mention]) -> list[_Segment]:
        """``旬邑特警``, ``旬邑交警``: a place and a police branch, read as that branch's unit
        (大队 of a county's bureau, 支队 of a prefecture's); ``江城市局``, ``青川县局``: a city's
        (county's) name in full and 局 alone (no word 局部, 局面, 局长 jieba reads there), its 公安局, unless the
        article has named another 局 of that place (某市司法局…某市局: ambiguous)."""
        out = []
        for p in places:
            k = p.end - s.start
            m = re.match("(" + "|".join(_lex().forces) + ")(?![支大中队总])", s.norm[k:])
            level = dict(p.attrs).get("level")
            if m and level in ("county", "prefecture"):
                suffix = "大队" if level == "county" else "支队"
                out.append(_Segment(p.start - s.start, k + m.end(), m.group(1), suffix, "police", [p]))
            elif s.norm.startswith(rules.BUREAU_SHORT, k) and level in ("county", "prefecture") \
                    and not any(o.cls == ORGANIZATION and o.name.startswith(p.name) and o.name.endswith("局")
                                and "公安局" not in o.name for o in ctx.mentions) \
                    and p.text[-1:] in rules.LEVEL_CHARS \
                    and (len(tokens(s.norm[k:k + 3])[0][0]) == 1 or s.norm.startswith("局局", k)):  # (jieba: 局局长)
                out.append(_Segment(p.start - s.start, k + 1, "", "公安局", "police", [p]))  # 江城市局: its 公安局
        return out

    @staticmethod
    def _fold(name: str, suf: str) -> str:
        for long, (short, before) in _lex().synonyms.items():
            if name.endswith(long) and (not before or suf in before):
                return name[: -len(long)] + short
        return name

    @staticmethod
    def _unfolded(written: str, canon: str) -> tuple[tuple[str, str], ...]:
        """``(("also", form),)`` when ``canon`` folds a modifier of ``written`` (刑事侦查 → 刑侦,
        ``modifiers.tsv``): ``form`` is the end of ``written`` that folds to ``canon`` exactly
        (江城市青川县公安局刑事侦查大队 → 青川县公安局刑事侦查大队 for 青川县公安局刑侦大队), the
        unit's full name as printed; ``()`` when there is none or nothing was folded."""
        if canon in written:
            return ()
        pairs = [(long, short, before) for long, (short, before) in _lex().synonyms.items() if long in written]
        if not pairs:
            return ()
        pairs.sort(key=lambda p: -len(p[0]))
        folded, i = [], 0
        starts = []  # for each character of the folded text, where it came from in written
        while i < len(written):
            hit = next(((long, short) for long, short, before in pairs if written.startswith(long, i)
                        and (not before or written.startswith(tuple(before), i + len(long)))), None)
            if hit:
                folded.append(hit[1])
                starts.extend([i] + [-1] * (len(hit[1]) - 1))
                i += len(hit[0])
            else:
                folded.append(written[i])
                starts.append(i)
                i += 1
        text = "".join(folded)
        if not text.endswith(canon):
            return ()
        at = starts[len(text) - len(canon)]
        return (("also", written[at:]),) if at >= 0 and written[at:] != canon else ()

    # ------------------------------------------------------------------ mentions
    def _emit(self, ctx: Context, s, chain: list[_Segment]) -> list[Mention]:
        head = chain[0]
        place = head.places[-1] if head.places else None
        canon, implicit = _head_name(head, place)
        if implicit and place is not None and implicit == place.name + "公安局" and place.name.endswith("区"):
            branch = _district_branch(ctx, place)
            if branch:  # 玄武刑警大队 in an article naming 南京市公安局玄武分局: the district's 分局, not 玄武区公安局
                canon, implicit = branch + canon[len(implicit):], branch
        written_head = s.norm[head.start:head.end]
        earlier = _earlier_unit(ctx, written_head) if (head.kind == "police" and place is not None) or \
            (place is None and len(written_head) >= 4) or (place is not None and place.text != place.name) else None
        # (北海海事法院防城港法庭 … 防城港法庭: a short place's unit written again, as a police one)
        traffic = bool(implicit) and place is not None and head.suffix == "大队" and head.name.startswith("交")  # 利州交警大队
        if earlier is None and traffic:
            earlier = next((e for w in dict.fromkeys((place.text, place.name)) if (e := _earlier_unit(ctx, w + "大队"))
                            is not None and e.name[:-len(w) - 2].endswith(rules.TRAFFIC_DETACHMENTS)), None)
            # 利州交警大队 after 某市公安局交通警察支队利州大队: the city detachment's brigade, no 利州区公安局
        if earlier is not None and head.seat is not None and earlier.name != canon \
                and any(m.cls == ORGANIZATION and m.name == canon for m in ctx.mentions) \
                and not any(m.name.startswith(earlier.name) and m.end <= s.start + head.start
                            and not self._list_item_between(s.norm, m.end - s.start, head.start)
                            for m in ctx.in_sentence(s.index, ORGANIZATION)):  # (乙市公安局某支队长介绍，市公安局…: 乙's)
            earlier = None  # 甲市公安局与乙市公安局…。市公安局…: the bare bureau is its seat's (_doc_division), read before;
            # so is one listed after another item (乙市公安局某派出所、丙县公安局某派出所、市公安局某支队)
        if earlier is not None and head.seat is not None and earlier.name != canon and head.seat.sentence == s.index \
                and dict(head.seat.attrs).get("level") == "township":
            earlier = None  # 甲镇司法所…。联合乙镇综治中心、镇司法所: 乙's, the township its sentence names, not 甲's
        if earlier is not None and len(chain) > 1 and dict(earlier.attrs).get("kind") != chain[1].kind:
            earlier = _earlier_unit(ctx, written_head, kind=chain[1].kind) or earlier  # 青柳分局|柳林派出所: the police one
        if earlier is None and head.suffix in _SEAT_WORDS and written_head.endswith(head.suffix):
            stem = written_head[:-len(head.suffix)]  # 西江法庭 after 某县人民法院西江人民法庭: a shorter unit word
            earlier = next((e for w in _SEAT_WORDS_LONGEST if w != head.suffix and w.endswith(head.suffix)
                            and (e := _earlier_unit(ctx, stem + w)) is not None), None)
        vertical = rules.VERTICAL_DIVISIONS.get(head.suffix) if earlier is None and place is not None and not implicit else None
        if vertical and head.name and not vertical[0].startswith(head.name):
            vertical = None  # 某市森林公安处: a body of its own kind, not the railway's
        bureau = _latest(ctx, s, vertical[0]) if vertical else None  # 江城公安处 in a 江城铁路公安局 notice
        if bureau is not None:  # (江城铁路公安处: 铁路 names the body's kind, not the division)
            own = "" if vertical[0].startswith(head.name) else head.name
            canon, implicit = bureau.name + place.text + own + head.suffix, bureau.name
        if earlier is not None:  # 黄岛分局 after 青岛市公安局黄岛分局: the same unit, not a new one
            canon, implicit, place = earlier.name, "", None
            while head.start > 0 and earlier.name.endswith(s.norm[head.start - 1:head.end]) \
                    and s.norm[head.start - 1] not in _STOP:
                head.start -= 1  # 托|斯特边境派出所: the earlier name says where this one starts
        out: list[Mention] = []
        first_start = head.start
        force = next((w for w in rules.FORCE_PREFIXES if s.norm.endswith(w, 0, head.start)), "") \
            if place is not None and head.suffix in rules.FORCE_UNITS and earlier is None else ""
        if force:  # 武警江城总队: the force's unit in that place, named as written
            first_start -= len(force)
            canon, implicit = force + place.text + head.name + head.suffix, ""
        sibling = None
        if head.suffix and head.seat is None and earlier is None and not implicit and head.start > 0 \
                and s.norm[head.start - 1] in rules.LIST_MARKS:  # 甲局东湖派出所民警某、西湖派出所民警某
            sibling = _sibling_parent(ctx, s, ctx.span_of(s, head.start, head.end)[0], head.suffix, placed=place)
            if sibling is not None and place is not None:
                canon = written_head  # 某支队甲县大队、乙县大队: named after its place as its sibling is
            if sibling is not None and not canon.startswith(sibling.name):
                canon = sibling.name + canon
        if sibling is None and head.suffix in rules.PREFECTURE_NAMED_UNITS and head.seat is None and earlier is None \
                and not force and place is not None and written_head == place.text + head.suffix \
                and (sibling := _prefecture_sibling_parent(ctx, place, head.suffix, s.start + head.start)) is not None:
            canon = sibling.name + written_head  # 某总队宝鸡支队…。咸阳支队旬邑大队: the same bureau's detachment of
            # another prefecture of the province
        if traffic and earlier is None and implicit \
                and re.search(f"(?:{'|'.join(rules.TRAFFIC_DETACHMENTS)})(?:{re.escape(place.text)}|{re.escape(place.name)})区?大队",
                              ctx.doc.text):
            implicit = ""  # 利州交警 in a headline, 某市公安局交通警察支队利州大队 below: no 利州区公安局 to compose
            # (the brigade is the detachment's: resolve._short_unit_names)
        if implicit:  # 邻水交警大队 → 邻水县公安局 (implicit parent)
            ms, me = ctx.span_of(s, first_start, first_start + len(place.text) if place else head.end)
            in_place = place is None or implicit.startswith(place.name)  # not so for a district's branch (霞山分局)
            parent = Mention(ORGANIZATION, (place.text if place else "") + "公安局" if in_place else implicit, ms, me,
                             s.index, canonical=implicit, attrs=(("kind", "police"),))
            out.append(ctx.add_mention(parent))
            if place is not None and implicit.startswith(place.name):
                ctx.add(parent, "locatedIn", place, s, self.name)
        league = next((w for w in rules.PARTY_BODY_PREFIXES if s.norm.endswith(w, 0, first_start)), "")
        if league and _lex().kinds.get(head.suffix) == "party" and place is not None:
            first_start -= len(league)  # 共青团云南省委: the Youth League's committee, not the party's
            canon, head.kind = league + canon, "people"
        head_end = head.end
        committee = place is not None and _lex().kinds.get(head.suffix) == "party"  # a place's 县委, 市委 …
        in_full = committee and s.norm.startswith("员会", head.end)  # …委员会
        prefix, body = next(((w, b) for w, b in rules.COMMITTEE_BODIES.items() if s.norm.endswith(w, 0, first_start)),
                            ("", "")) if in_full and not league else ("", "")
        party_name = next((w for w in rules.PARTY_NAMES if s.norm.endswith(w, 0, first_start)), "") \
            if committee and not league and not body else ""
        if body:  # 中国人民政治协商会议青川县委员会: 青川县政协
            first_start -= len(prefix)
            head_end += len("员会")
            canon, head.kind = place.name + body, "gov"
        elif in_full and head.suffix.endswith("委") and len(chain) == 1 and (league or party_name):
            head_end += len("员会")  # 中共青川县委员会|书记: the committee's name ends after 员会 (with the
            # party's or the league's name before it: 民盟四川省委员会 is no party committee)
        system = next((w for w in rules.SYSTEM_PREFIXES if s.norm.endswith(w, 0, first_start)), "")
        if system and earlier is None and not canon.startswith(system):
            first_start -= len(system)  # 民航西南地区管理局: the system's body, named as written
            canon = system + (place.text if place is not None else "") + head.name + head.suffix
        written = s.norm[first_start:head_end]
        ms, me = ctx.span_of(s, first_start, head_end)
        if rules.PEOPLES_CONGRESS in canon:  # 青川县第十八届人民代表大会常务委员会: the body of every term, one
            canon = _TERM.sub("", canon)  # (政协某市第八届委员会: not this way)
        if body:
            aliases = (("also", written),)  # the full name as printed
        else:  # a modifier folded (刑事侦查 → 刑侦), else the party's name as printed (中共广元市委)
            aliases = self._unfolded(written, canon) or ((("also", party_name + written),) if party_name else ())
            full = _lex().full.get(head.suffix, "")
            if not aliases and full and canon.endswith(full) and written.endswith(head.suffix) \
                    and (short := canon[:-len(full)] + head.suffix) != written and len(head.suffix) >= 3:
                aliases = (("also", short),)  # 某省某县某乡综治中心: also 某乡综治中心 (of 某乡社会治安综合治理中心), as
                # its name is written after the place's parents
        if rules.PEOPLES_CONGRESS in canon and _TERM.search(written) and _TERM.sub("", written) != canon:
            aliases += (("also", _TERM.sub("", written)),)  # 广元市八届人大常委会: also 广元市人大常委会, as every term
        m = ctx.add_mention(Mention(ORGANIZATION, written, ms, me, s.index, canonical=canon,
                                    original=s.text[first_start:head_end] if s.text[first_start:head_end] != written else "",
                                    attrs=(("kind", head.kind), *aliases)))
        if out:
            ctx.add(m, "belongsTo", out[-1], s, self.name)
            if place is not None and not implicit.startswith(place.name):  # 霞山分局: in its district
                ctx.add(m, "locatedIn", place, s, self.name)
        elif sibling is not None:
            ctx.add(m, "belongsTo", sibling, s, self.name)
            if place is not None:  # 某支队甲县大队、乙县大队: also in its county
                ctx.add(m, "locatedIn", place, s, self.name)
        elif place is not None:
            ctx.add(m, "locatedIn", _firm_seat(ctx, s, head, place), s, self.name)
        elif head.seat is not None:
            ctx.add(m, "locatedIn", head.seat, s, self.name + ":bare")
        out.append(m)
        for k, seg in enumerate(chain[1:], 1):
            written = s.norm[first_start:seg.end]
            if seg.start > chain[k - 1].end:  # 某局组建|合成作战中心: the verb of founding it skipped (_FOUNDED)
                written = s.norm[first_start:chain[k - 1].end] + s.norm[seg.start:seg.end]
            name = seg.name[2:] if seg.name.startswith("员会") and (out[-1].name.endswith("委") or body) else seg.name
            if name[:1] in rules.FORMER and not ctx.gazetteer.is_known(name):
                name = name[1:]  # 某院|原审判|委员会委员: a former post's 原 is no part of the unit's name (a district's 原, 原X区分局, is: a division's name)
            canon = out[-1].name + name + _lex().full.get(seg.suffix, seg.suffix)  # 反诈中心 → 反电信网络诈骗中心
            # (中共咸阳市委员会|组织部: the committee read as 咸阳市委, its 组织部 咸阳市委组织部)
            if seg.suffix and seg.suffix == chain[k - 1].suffix and len(seg.name) >= 2 and seg.name not in self.modifiers:
                canon = seg.name + seg.suffix  # 大连海关所属大窑湾海关: a unit of the same word with a name of its own
            ms, me = ctx.span_of(s, first_start, seg.end)
            kind = seg.kind
            if seg.suffix in rules.SHARED_UNIT_WORDS:  # 某市场监督管理局|青柳分局: the branch is of its body's kind
                kind = dict(out[-1].attrs).get("kind", kind)
            own = s.norm[seg.start:seg.end]  # the segment as written (反诈中心 of 反电信网络诈骗中心)
            also = self._unfolded(written, canon) or (
                (("also", out[-1].name + own),) if seg.suffix in _lex().full and out[-1].name + own != canon
                and not own.startswith(rules.CHAIN_LINKS) else ())
            party = next((w for w in rules.PARTY_NAMES if s.norm.endswith(w, 0, first_start)), "") \
                if k == 1 and own == rules.COMMITTEE_WORD and dict(out[-1].attrs).get("kind") != "party" else ""
            if party:  # 中共某市公安局委员会: the bureau's party committee, 某市公安局党委 (the name as printed an alias)
                canon, kind, also = out[-1].name + rules.UNIT_PARTY_COMMITTEE, "party", (("also", party + written),)
            sub = ctx.add_mention(Mention(ORGANIZATION, written, ms, me, s.index, canonical=canon,
                                          attrs=(("kind", kind), ("short", seg.name + seg.suffix), *also)))
            ctx.add(sub, "belongsTo", out[-1], s, self.name)
            if seg.places and _outside(seg.places[-1], [p for g in chain[:k] for p in g.places]):
                ctx.drop_mention(seg.places[-1])  # 成都市公安局武侯区分局|玉林|派出所: a name, not 广西's 玉林市
            elif seg.places:  # 绵阳市公安局|安州区|公安分局: the unit sits in the place it names
                ctx.add(sub, "locatedIn", seg.places[-1], s, self.name)
            out.append(sub)
        return out

    # ------------------------------------------------------------------ bare units
    def _section_after(self, ctx: Context, s, unit: Mention, start: int, end: int, sufs) -> None:
        """``执勤一队女子查验班``, ``某监狱心理健康指导中心``, ``边检站执勤三队``: a section (``sections.tsv``), a
        numbered one (``_NUMBERED``) or a unit named by its task (``rules.TASK_NAMED_UNITS``) right after
        a unit written again alone is that unit's section (as inside a chain)."""
        nxt = next(((a, b, suf) for a, b, suf in sufs
                    if a > end and (suf.startswith("§") or suf.endswith(rules.TASK_NAMED_UNITS))
                    or a >= end and bool(_NUMBERED.fullmatch(suf))), None)  # 一大队|三中队, 边检站|执勤|三队
        if nxt is None:
            return
        a, b, suf = nxt
        gap = s.norm[end:a]
        if gap and not _task_name(gap) and not re.fullmatch(f"[{rules.NUMERALS}]+", gap):
            return  # (一大队|三|中队: a numbered team)
        ms, me = ctx.span_of(s, start, b)
        sub = ctx.add_mention(Mention(ORGANIZATION, s.norm[start:b], ms, me, s.index,
                                      canonical=unit.name + gap + suf.lstrip("§"), attrs=unit.attrs))
        ctx.add(sub, "belongsTo", unit, s, self.name)

    def _second_post_at(self, text: str, start: int) -> bool:
        """Does a second post start at ``text[start]``: a join of ``rules.SECOND_POST_JOINS`` right
        after a post of titles.tsv (大队长兼|反诈中心主任, 副局长、|指挥中心主任, 副局长，兼任|刑侦大队大队长)?"""
        join = next((j for j in rules.SECOND_POST_JOINS if text.endswith(j, 0, start)), "")
        return bool(join) and start > len(join) and text.endswith(tuple(self.titles), 0, start - len(join))

    def _described_subunit(self, ctx: Context, s, start: int, end: int, suf: str) -> list[Mention]:
        """``心理矫治中心主任某某`` in a profile of one institution: a sub-unit word (a row of
        ``units.tsv`` with parents) after a descriptive modifier (:func:`_descriptive_start`) and
        no unit of its own is a sub-unit of the article's main unit of a kind that may hold it
        (:func:`_host_unit`). Returns the new mention (in a list), or none."""
        if suf.startswith("§") or _lex().needs.get(suf) != "yes":
            return []
        ends = {m.end - s.start for m in ctx.in_sentence(s.index, ORGANIZATION)}
        k = _descriptive_start(s.norm, start, ends=ends, post_after=s.norm.startswith(self.cues, end))
        if k == start or suf in rules.DISTRICT_BRANCHES and ctx.gazetteer.is_known(s.norm[k:start]):
            return []  # (鼓楼分局: a district's name, not a description)
        if _COUNTED_KIND.search(s.norm, 0, k):
            return []  # 组建了3个专业化审判团队: a number of units of a kind, none named
        if end < len(s.norm) and not s.norm.startswith(self.cues, end):
            nxt = next((t for w, t, a in tokens(s.norm) if a == end), "")
            if nxt in ("n", "vn", "nz"):
                return []  # 以数字化派出所建设为契机: a noun goes on, the phrase names a kind of work
        ms, me = ctx.span_of(s, k, end)
        allowed = _lex().parents.get(suf, ("-",))
        link = next((len(w) + 1 for w in rules.CHAIN_LINKS if s.norm.endswith(w + "的", 0, k)), 0)  # 下属的
        parent = next((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end == ms - link
                       and ("*" in allowed or dict(m.attrs).get("kind") in allowed)), None)
        hosted = parent is None
        if hosted:
            parent = _host_unit(ctx, s, ms, suf)  # not after the unit written right before (交警大队宣传中队)
        if parent is None:
            return []
        if hosted and s.norm[k - 1:k] in rules.PARTNER_CONJUNCTIONS and s.norm[k - 2:k - 1] in rules.UNIT_FINALS:
            before = next((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end == ms - 1), None)
            if before is not None and before.name == parent.name or before is None and parent.name.endswith(s.norm[k - 3:k - 1]):
                return []  # 派出所与|某运行指挥中心建立…: a partner of the host, none of its units (某大队与
                # 治安管理大队: the bureau's two units)
        short = s.norm[k:end]
        unit = ctx.add_mention(Mention(ORGANIZATION, short, ms, me, s.index, canonical=parent.name + short,
                                       attrs=(("kind", _lex().fine.get(suf, "org")),)))
        if hosted:
            ctx.facts.setdefault("hosted_units", set()).add(unit.name)
        ctx.add(unit, "belongsTo", parent, s, self.name + ":bare")
        return [unit]

    @staticmethod
    def _short_forms(ctx: Context) -> None:
        """``宝力根站`` after ``宝力根消防救援站``, ``东湖所`` after ``东湖派出所``: a unit named after
        its seat (``seat_units.tsv``) is written again as its name and the last character of its
        unit word, or a shorter unit word its word ends with (西江法庭 after 西江人民法庭); each such
        later form, outside other mentions, is a mention of that unit."""
        forms: dict[str, Mention] = {}
        for m in ctx.mentions:
            short = dict(m.attrs).get("short") or m.text
            word = next((w for w in _SEAT_WORDS_BY_LAST.get(short[-1:], ()) if short.endswith(w) and len(w) >= 3), None)
            if m.cls == ORGANIZATION and word and 2 <= len(short) - len(word) <= 4:
                for tail in {word[-1]} | {t for t in _SEAT_WORDS if word.endswith(t) and t != word}:
                    forms.setdefault(short[:-len(word)] + tail, m)  # 西江人民法庭 → 西江庭, 西江法庭
        if not forms:
            return
        pattern = Alternation(sorted(forms, key=len, reverse=True))
        for s in ctx.sentences:
            taken = [(m.start, m.end) for m in ctx.in_sentence(s.index)]
            for start, end, name in pattern.finditer(s.norm):
                ms, me = ctx.span_of(s, start, end)
                unit = forms[name]
                nxt = s.norm[end:end + 1]
                if any(a < me and ms < b for a, b in taken) or \
                        (start and "\u4e00" <= s.norm[start - 1] <= "\u9fff"
                         and s.norm[start - 1] not in _STOP) or nxt in ("长", "员"):
                    continue  # inside a longer word or unit; 东湖所长: a post
                if (s.index, ms) <= (unit.sentence, unit.start):
                    continue  # only after the unit is read in full
                ctx.add_mention(Mention(ORGANIZATION, name, ms, me, s.index, canonical=unit.name,
                                        attrs=unit.attrs))
                taken.append((ms, me))

    def _written_again(self, ctx: Context, s, lo: int, hi: int, end: int, sufs, suf: str, alone: int,
                       after_verb: bool = False) -> Mention | None:
        """A unit read before written again, ending at ``s.norm[end]`` and starting at some
        ``j`` in ``range(lo, hi)`` after a clause boundary, a stop character or 由/经/据 (with
        ``after_verb``, also after a two-character verb: 调度|高速公路一大队): a mention of that
        unit, and of its section right after (:meth:`_section_after`); the mention, or None.
        和兴路派出所 again, 执行局 alone, 据高速公路一大队大队长…. The unit word ``suf`` written alone
        (from ``s.norm[alone]``) names no unit when two units read before end in it (two courts'
        执行局)."""
        for j in range(lo, hi):
            prior = _earlier_unit(ctx, s.norm[j:end])
            if j == alone and prior is not None and len({m.name for m in ctx.mentions if m.cls == ORGANIZATION
                                                         and m.name.endswith((suf, _lex().full.get(suf, suf)))}) > 1:
                prior = None  # two courts' 执行局: the text does not say which
            if prior is not None and (j == 0 or s.norm[j - 1] in _STOP or s.norm[j - 1] in "由经据"
                                      or s.norm[j - 1] == rules.COPULA_END and _lex().post_heads[1].match(s.norm, end)
                                      and (prior.sentence, prior.start) < (s.index, s.start + j)
                                      or after_verb and _clause_start(s.norm, j)):  # (兼任|情报指挥中心主任: a post's unit)
                js, je = ctx.span_of(s, j, end)
                again = ctx.add_mention(Mention(ORGANIZATION, s.norm[j:end], js, je, s.index,
                                                canonical=prior.name, attrs=prior.attrs))
                self._section_after(ctx, s, again, j, end, sufs)
                return again
        return None

    def _numbered_after(self, ctx: Context, s, unit: Mention, start: int, end: int, suf: str,
                        brigades: bool = False) -> list[tuple[int, int]]:
        """``刑事侦查大队三中队中队长某某``: a numbered squad (``_NUMBERED_SQUAD``: 三中队, 二分队; or one
        named by a modifier of ``modifiers.tsv``, :func:`_branch_squad`: 刑警大队扫黑中队; with
        ``brigades``, after a 支队 also a numbered brigade, ``_NUMBERED_BRIGADE``: 网安支队一大队; not
        after one written again in a sentence naming another bureau, whose brigade it is) written
        right after a bare unit read at ``s.norm[start:end]`` (its unit word ``suf``) is that unit's,
        named after it (the unit's name as written, unfolded, an alias); returns its document span
        in a list (none when there is none)."""
        m = (_NUMBERED_BRIGADE if brigades and suf.endswith(rules.FORCE_UNITS) else _NUMBERED_SQUAD).match(s.norm, end) \
            or _branch_squad().match(s.norm, end)  # 刑警大队|扫黑中队中队长某某: a squad named by its branch
        if m is None or self._title_at(s.norm, m.end() - 1, 2) and not self._title_at(s.norm, m.end(), 2):
            return []  # (三中队长: a post, 三中队|中队长 is the team)
        ms, me = ctx.span_of(s, start, m.end())
        written = s.norm[start:end]
        folded = self._fold(written[:-len(suf)], suf) + suf if written.endswith(suf) else written
        also = tuple(("also", v + m.group()) for k, v in unit.attrs if k == "also") + (
            (("also", unit.name[:-len(folded)] + written + m.group()),)
            if folded != written and unit.name.endswith(folded) else ())  # (…刑事侦查大队三中队, as written)
        team = ctx.add_mention(Mention(ORGANIZATION, s.norm[start:m.end()], ms, me, s.index, canonical=unit.name + m.group(),
                                       attrs=tuple(a for a in unit.attrs if a[0] != "also") + also))
        ctx.add(team, "belongsTo", unit, s, self.name)
        return [ctx.span_of(s, end, m.end())]

    @staticmethod
    def _bureau_again(ctx: Context, s, start: int, end: int) -> None:
        """``某省公安厅机场公安局 … 机场公安局局长某某``: a 公安局 written by a name of two characters or
        more (``s.norm[j:end]``, the unit word at ``start``) after a clause boundary or a stop character
        is the one bureau read before whose name ends so; none when two do (甲省和乙省的机场公安局) or
        when 各, 全, 两 … before it makes it every such bureau (``rules.ALL_UNITS_BEFORE``: 各铁路公安局).
        (A level character and 公安局, 市公安局, is a bare agency: :meth:`_bare_agency_heads`.)"""
        for j in range(max(0, start - rules.MAX_SECTION_NAME), start - 1):
            if j and s.norm[j - 1] not in _STOP and s.norm[j - 1] not in "由经据":
                continue
            written = s.norm[j:end]
            names = {m.name for m in ctx.mentions if m.cls == ORGANIZATION and m.name != written
                     and m.name.endswith(written) and not _anaphor_only(m)}
            if not names:
                continue
            if len(names) > 1 or j and s.norm[j - 1] in rules.ALL_UNITS_BEFORE:
                return
            prior = _earlier_unit(ctx, written)
            if prior is None:
                return
            ms, me = ctx.span_of(s, j, end)
            ctx.add_mention(Mention(ORGANIZATION, written, ms, me, s.index, canonical=prior.name, attrs=prior.attrs))
            return

    def _bare_sections(self, ctx: Context) -> None:
        """``第三监区教导员某某``: a numbered section written alone at a clause start, in an article
        that names exactly one unit of the kind that holds such sections
        (``rules.BARE_SECTION_PARENTS``: 监区 → 监狱; 执勤二队 → 边防检查站), is that unit's section;
        so is a court's division (:func:`_court_divisions`: 民二庭, 立案庭) after one court, and a
        section named by its task (教育改造科) in an article naming one prison or rehabilitation
        centre (``rules.SECTION_HOLDERS``)."""
        for s in ctx.sentences:
            text = s.norm
            taken = [(m.start - s.start, m.end - s.start) for m in ctx.in_sentence(s.index, ORGANIZATION)]
            for m in _BARE_SECTION.finditer(text):
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                holder = rules.BARE_SECTION_PARENTS[m.group(2)]
                parent = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == a
                               and isinstance(holder, str) and o.name.endswith(holder)), None)
                if parent is not None:  # 三监区|二分监区 (the 监区 written again, then its own numbered section)
                    ms, me = ctx.span_of(s, a, b)
                    sub = ctx.add_mention(Mention(ORGANIZATION, m.group(), ms, me, s.index, canonical=parent.name + m.group(),
                                                  attrs=(("kind", dict(parent.attrs).get("kind", "prison")), ("short", m.group()))))
                    ctx.add(sub, "belongsTo", parent, s, self.name)
                    taken.append((a, b))
                    continue
                if a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff" and text[a - 1] not in rules.SEAT_NAME_AFTER \
                        and not text.endswith(rules.COPULAS + rules.SENDING_VERBS + rules.INCLUDING_VERBS, 0, a) \
                        and not (text[a - 1] == "的" and text[b:b + 1] in "，,"):  # 柯某任五监区监区长, 指派第二检察部,
                    # 其中包括第二监区副监区长某某
                    continue  # (在关押某类罪犯的一监区，: a described section, the clause's topic)
                if m.group(2) in rules.DUTY_NAMED_SECTIONS and not m.group(1).startswith(rules.TEAM_DUTIES):
                    continue  # 二队, 一处 alone: a team (division) of no named duty
                if self._section_of_one(ctx, s, a, b, rules.BARE_SECTION_PARENTS[m.group(2)], "prison"):
                    taken.append((a, b))  # (青川监狱 and 四川省青川监狱: one prison written short and long)
            for m in _TASK_SECTION.finditer(text):  # 教育改造科科长某某 in a profile of one prison: its 科
                a, b = m.span()
                if any(x < b and a < y for x, y in taken) or (a > 0 and text[a - 1] not in _CLAUSE_MARKS) \
                        or not _task_name(m.group(1)) or dictionary_freq(text[b - 1:b + 1]) >= rules.WORD_FREQ:
                    continue  # (教育科普工作: 科普 is a word, no 教育科)
                if self._section_of_one(ctx, s, a, b, rules.SECTION_HOLDERS, "prison"):
                    taken.append((a, b))
            colleges = {o.end - s.start for o in ctx.in_sentence(s.index, ORGANIZATION)
                        if o.name.endswith(rules.SCHOOL_SECTION_HOLDERS)}  # where a college ends (学院|侦查系: written short)
            for m in _SCHOOL_SECTION_WORD.finditer(text):  # 治安系副主任某某, 在治安系推广 in an article about one college: its 系
                b = m.end()
                a = next((k for k in range(m.start() - 2, max(-1, m.start() - 7), -1)
                          if k == 0 or text[k - 1] in _CLAUSE_MARKS or k in colleges
                          or text[k - 1] in _BARE_BEFORE and dictionary_freq(text[max(0, k - 2):k]) < rules.WORD_FREQ), None)
                # (在|治安系, 明年在|…; not 正在|总结侦查系: 在 ends the adverb 正在, no preposition)
                if a is None or any(x < b and a < y for x, y in taken) or not _task_name(text[a:m.start()]) \
                        or any(t == "v" for _, t, _ in tokens(text[a:m.start()])[:-1]) \
                        or dictionary_freq(text[b - 2:b]) >= rules.WORD_FREQ or dictionary_freq(text[b - 1:b + 1]) >= rules.WORD_FREQ:
                    continue  # (体系, 联系: words ending in 系; 系统, 系列: words starting with it; 正在|总结侦查系, 送交|教研室:
                    # a verb, no department's task)
                if self._section_of_one(ctx, s, a, b, rules.SCHOOL_SECTION_HOLDERS, "school"):
                    taken.append((a, b))
            for m in _court_divisions().finditer(text):  # 某院召开发布会，民二庭庭长某某…: the court's 民二庭
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                court = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == a
                              and o.name.endswith("法院")), None) if a > 0 and text[a - 1] == "院" else None
                if court is not None:  # 市中院|刑事审判第一庭: the division of the court written short right before
                    ms, me = ctx.span_of(s, a, b)
                    full = _lex().full.get(m.group(), m.group())
                    sub = ctx.add_mention(Mention(ORGANIZATION, m.group(), ms, me, s.index, canonical=court.name + full,
                                                  attrs=(("kind", "court"),)))
                    ctx.add(sub, "belongsTo", court, s, self.name)
                    taken.append((a, b))
                    continue
                if a > 0 and text[a - 1] not in _CLAUSE_MARKS and not text.endswith(rules.COPULAS + rules.SENDING_VERBS, 0, a):
                    continue  # (先后任|民一庭书记员: after a copula, as at a clause's start)
                if self._section_of_one(ctx, s, a, b, "法院", "court", own_kind=True):
                    taken.append((a, b))

    def _listed_subunits(self, ctx: Context) -> None:
        """``某院执行局下设甲中心、乙庭和丙庭`` (内设, 设有, 下辖; a count and a colon may come
        first: 内设5个科室：…): every item of the list that ends in a unit word
        (``units.tsv``) after a name and is read as no unit yet is a sub-unit of the unit written
        right before the verb, named after it (its later bare mentions, 丙庭庭长某某, are read
        as that unit)."""
        for s in ctx.sentences:
            text = s.norm
            for m in _LISTED_UNDER.finditer(text):
                before = [o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == m.start()]
                parent = max((o for o in before if not _anaphor_only(o)), key=lambda o: o.end - o.start, default=None)
                if parent is None and before:  # 我院现设…, 该局下设…: the unit the anaphor stands for
                    parent = next((o for o in reversed(ctx.mentions) if o.cls == ORGANIZATION and not _anaphor_only(o)
                                   and o.name == before[0].name), None)
                bare = next((u for u in self.suffix_re.finditer(text, max(0, m.start() - 6), m.start())
                             if u.end() == m.start() and (u.start() == 0 or text[u.start() - 1] in _CLAUSE_MARKS)),
                            None) if parent is None else None
                if bare is not None:  # ，执行局下设…: the unit of that word read before
                    parent = _latest(ctx, s, bare.group(), before=s.start + bare.start()) \
                        or self._held_word(ctx, s, bare.start(), bare.end())
                if parent is None:
                    continue
                taken = [(o.start - s.start, o.end - s.start) for o in ctx.in_sentence(s.index, ORGANIZATION)]
                end = _list_end(text, m.end())
                fine = _lex().fine.get(next((w for w in sorted(_lex().fine, key=len, reverse=True) if parent.name.endswith(w)), ""))
                for a, b in self._list_items(text, m.end(), end):
                    hosts = _lex().parents.get(text[a:b], ())
                    alone = _lex().needs.get(text[a:b]) == "no" and (fine in hosts or "*" in hosts)
                    if not (alone or self._ends_in_unit_word(text, a, b)) or any(x < b and a < y for x, y in taken):
                        continue  # (下设3个中队: no name; a unit the chains read already; 现设立案庭: a unit word
                        # the parent's kind holds, units.tsv)
                    ms, me = ctx.span_of(s, a, b)
                    word = next((u.group() for u in self.suffix_re.finditer(text, a, b) if u.end() == b), "")
                    kind = self.kinds.get(word, dict(parent.attrs).get("kind", "police"))
                    sub = ctx.add_mention(Mention(ORGANIZATION, text[a:b], ms, me, s.index,
                                                  canonical=parent.name + text[a:b], attrs=(("kind", kind),)))
                    ctx.add(sub, "belongsTo", parent, s, self.name)

    def _sections_in_charge(self, ctx: Context) -> None:
        """``市检察院党组书记、检察长某某主持全面工作，分管政治部和第三检察部`` (``rules.IN_CHARGE_VERBS``
        after a post of ``titles.tsv`` in the sentence): every item of the list after the verb, up to
        the clause's end, that ends in a unit word (or is one that needs no name) and is read as no
        unit yet is a section of the holder's unit, named after it: of the units of the sentence before
        the verb that are no party body of a unit (某院党组), the first whose kind holds the item's unit
        word (``units.tsv`` parents; of its own kind for a word any unit may hold: 县委政法委副书记，县公安局
        局长某某…分管指挥中心、督察大队 is the 公安局's), else the first (the first post's: 某委副书记、某中心
        主任，分管某科 is the 委's); with none there, the last unit read whose name ends with what the last
        post before the verb heads (副检察长 → 检察院, ``titles.tsv`` heads). (分管刑侦和治安工作,
        分管的社区警务队: no unit listed; 县某中心: a level's own body, not a section.)"""
        heads = _post_endings()
        for s in ctx.sentences:
            text = s.norm
            for m in _IN_CHARGE.finditer(text):
                anchor = _named_before(text, m.start())  # 甲局副局长乙、丙局副局长丁出席，丁分管…: 丁's posts
                posts = [p for p in _lex().post_heads[1].finditer(text, 0, anchor or m.start())]
                if not posts:
                    continue
                run = max(text.rfind(c, 0, posts[-1].start()) for c in "，,；;。") + 1  # the holder's clause
                units = sorted((o for o in ctx.in_sentence(s.index, ORGANIZATION) if run <= o.start - s.start
                                and o.end - s.start <= m.start() and not _anaphor_only(o)
                                and not o.name.endswith(rules.PARTY_BODIES_OF_UNITS) and not _level_committee(o)),
                               key=lambda o: (o.start, -o.end))
                ending = heads.get(posts[-1].group())
                if anchor is not None:  # the unit of the named holder's posts: written right before them
                    units = [o for o in units if o.end - s.start <= posts[-1].start()
                             and _posts_only().fullmatch(text[o.end - s.start:posts[-1].start()])][-1:]
                if ending:
                    units = [o for o in units if o.name.endswith(ending)]  # (副检察长: a 检察院's, not the court's)
                if not units and ending:
                    units = sorted((o for o in ctx.mentions if o.cls == ORGANIZATION and o.name.endswith(ending)
                                    and not _anaphor_only(o) and (o.sentence, o.end) < (s.index, s.start)),
                                   key=lambda o: (o.sentence, o.end), reverse=True)  # the latest first
                if not units:
                    continue
                taken = [(o.start - s.start, o.end - s.start) for o in ctx.in_sentence(s.index, ORGANIZATION)]
                for a, b in self._list_items(text, m.end(), _list_end(text, m.end())):
                    word = text[a:b]
                    if not (_lex().needs.get(word) == "no" or self._ends_in_unit_word(text, a, b)) or word in rules.UNIT_LEVELS \
                            or word[0] in rules.LEVEL_CHARS or any(x < b and a < y for x, y in taken):
                        continue  # (检查分管|派出所: a unit word alone names no section)
                    unit = next((u.group() for u in self.suffix_re.finditer(text, a, b) if u.end() == b), "")
                    hosts = _holding_kinds(unit or word)  # (none: a word any unit holds, of its own kind first)
                    kinds = hosts or (self.kinds.get(unit or word),)
                    parent = next((o for o in units if dict(o.attrs).get("kind") in kinds), None if hosts else units[0])
                    if parent is None:
                        continue  # (副院长某某分管第一检察部 with no procuratorate in the clause: not the court's)
                    ms, me = ctx.span_of(s, a, b)
                    own = self._fold(word[:len(word) - len(unit)], unit) + _lex().full.get(unit, unit) if unit \
                        else _lex().full.get(word, word)  # (刑事侦查大队 → 刑侦大队, as the chains name it)
                    sub = ctx.add_mention(Mention(ORGANIZATION, word, ms, me, s.index, canonical=parent.name + own,
                                                  attrs=(("kind", self.kinds.get(unit, dict(parent.attrs).get("kind", "police"))),)))
                    ctx.add(sub, "belongsTo", parent, s, self.name)

    def _held_word(self, ctx: Context, s, a: int, b: int) -> Mention | None:
        """``s.norm[a:b]``, a unit word that needs no name (``units.tsv``: 执行局) written alone, as
        the unit of the last unit read before it of a kind that holds it (the court's 执行局), or
        None when there is no such unit."""
        word = s.norm[a:b]
        hosts = _holding_kinds(word)
        if _lex().needs.get(word) != "no" or not hosts:
            return None
        held = {st.subject.name for st in ctx.statements if st.predicate == "belongsTo"
                and isinstance(st.object, Mention) and st.object.cls == ORGANIZATION}  # (某院刑事审判庭: a part)
        host = max((o for o in ctx.mentions if o.cls == ORGANIZATION and not _anaphor_only(o) and o.name not in held
                    and dict(o.attrs).get("kind", "police") in hosts and (o.sentence, o.end) <= (s.index, s.start + a)),
                   key=lambda o: (o.sentence, o.end), default=None)
        if host is None:
            return None
        ms, me = ctx.span_of(s, a, b)
        unit = ctx.add_mention(Mention(ORGANIZATION, word, ms, me, s.index, canonical=host.name + word,
                                       attrs=(("kind", self.kinds.get(word, "police")),)))
        ctx.add(unit, "belongsTo", host, s, self.name)
        return unit

    def _list_items(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The ``(start, end)`` offsets of the items of a list in ``text[start:end]`` joined by 、
        (the last two perhaps by 和 or 及, split there only when both halves end in a unit word or are
        one, 研究室和政治部: 人力资源和社会保障局 is one item); a closing 等 and a count after it are dropped."""
        tail = re.search(r"等(?:\d+|[一二两三四五六七八九十]+)?个?[\u4e00-\u9fff]{0,4}$", text[start:end])
        end = start + tail.start() if tail else end
        out, a = [], start
        for b in [j for j in range(start, end) if text[j] == "、"] + [end]:
            unit = lambda x, y: self._ends_in_unit_word(text, x, y) or text[x:y] in self.kinds  # noqa: E731
            joined = next((j for j in range(a + 2, b - 1) if text[j] in "和及" and unit(a, j) and unit(j + 1, b)), None)
            out += [(a, joined), (joined + 1, b)] if joined is not None else [(a, b)]
            a = b + 1
        return [(x, y) for x, y in out if 2 <= y - x <= 12 and all("\u4e00" <= c <= "\u9fff" for c in text[x:y])
                and "个" not in text[x:y]]  # (下辖一个沿海派出所: a described unit, not a name)

    def _ends_in_unit_word(self, text: str, a: int, b: int) -> bool:
        """Does ``text[a:b]`` end in a unit word of ``units.tsv``, or in a section's ending of
        ``rules.LISTED_UNIT_ENDS`` (一庭, 建设科), with a name of two characters or more before it?"""
        return any(u.end() == b and u.start() > a for u in self.suffix_re.finditer(text, a, b)) \
            or any(text.endswith(e, a + 2, b) for e in rules.LISTED_UNIT_ENDS)

    def _section_of_one(self, ctx: Context, s, a: int, b: int, holds, kind: str, own_kind: bool = False) -> bool:
        """Make ``s.norm[a:b]``, a section written alone, the section of the one unit named before
        it in the article whose name ends with ``holds`` (a name and its longer form are one unit:
        青川监狱, 四川省青川监狱), or of the one of several that the headline names (an article
        about that unit); the section takes that unit's kind (``kind`` when it has none,
        or always with ``own_kind``). Returns False (nothing added) when there is no such unit,
        or two and the headline names neither: the text does not say whose."""
        units = {o.name: o for o in ctx.mentions if o.cls == ORGANIZATION and o.name.endswith(holds)
                 and (o.sentence < s.index or o.sentence == s.index and o.end - s.start <= a)}
        units = {n: o for n, o in units.items() if not any(x != n and x.endswith(n) for x in units)}
        written = s.norm[a:b]
        word = _NUMBERED_SECTION_WORD.sub("", written)
        holding = {n: o for n, o in units.items() if word in rules.BARE_SECTION_PARENTS and any(
            m.cls == ORGANIZATION and m.name != n and m.name.startswith(n) and _NUMBERED_SECTION_WORD.sub("", m.name[len(n):]) == word
            for m in ctx.mentions)}  # the units that hold a numbered section of that word already (甲院第一检察部)
        if len(units) > 1 and len(holding) == 1:
            units = holding  # 甲市人民检察院第一检察部 … 乙县人民检察院 … 第六检察部: 甲's, whose sections are numbered
        if len(units) > 1 and not any(m.cls == ORGANIZATION and m.name.endswith(written) for m in ctx.mentions) \
                and not any(o.sentence == s.index for o in units.values()):
            # 某区人民检察院工作报告 … 甲市人民检察院 …: the one the headline names (not when a unit of
            # that section word is named: 甲院刑事审判庭 … 刑事审判庭 is that one or another's; nor when
            # one of them is named in the section's own sentence: 甲市人民检察院召开会议，第一检察部…)
            headed = {m.name for m in ctx.mentions if m.cls == ORGANIZATION and m.start < ctx.doc.body_start}
            if not headed & set(units) and len(holding) > 1:  # a headline naming none, and several of them with
                # numbered sections of that word: the one the lead's first unit is (本报讯 …，某院举办…)
                lead = min((m for m in ctx.mentions if m.cls == ORGANIZATION and m.start >= ctx.doc.body_start
                            and not _anaphor_only(m)), key=lambda m: (m.start, -m.end), default=None)
                headed = {lead.name} if lead is not None else set()
            units = {n: o for n, o in units.items() if n in headed}
        if len(units) != 1:
            return False
        unit = next(iter(units.values()))
        ms, me = ctx.span_of(s, a, b)
        full = _lex().full.get(written, written)  # 民一庭 → 民事审判第一庭 (units.tsv), the form as written an alias
        sub = ctx.add_mention(Mention(ORGANIZATION, written, ms, me, s.index, canonical=unit.name + full,
                                      attrs=(("kind", kind if own_kind else dict(unit.attrs).get("kind", kind)),
                                             *((("also", unit.name + written),) if full != written else ()))))
        ctx.add(sub, "belongsTo", unit, s, self.name)
        return True

    def _bare_units(self, ctx: Context, chains, suffixes: dict[int, list[tuple[int, int, str]]]) -> None:
        """Resolve 该支队 / 交警大队 / 市公安局 written without their place to a unit of the document
        (``suffixes``: sentence index → its :meth:`_suffixes`)."""
        known = [m for _, ms in chains for m in ms]
        bureau = next((m for m in known if m.name.endswith("公安局")), None)
        for s in ctx.sentences:
            taken = [(m.start, m.end) for m in ctx.in_sentence(s.index, ORGANIZATION)]
            _point_anaphors(ctx, s)
            for start, end, suf in suffixes[s.index]:
                ms, me = ctx.span_of(s, start, end)
                if any(a <= ms < b for a, b in taken):
                    continue
                k = start - len(self._modifier_before(s.norm, start))
                listed_branch = False  # (a list's numbered brigade after its branch: its conjuncts level with it)
                if k < start and (outer := self._modifier_before(s.norm, k)):
                    k -= len(outer)  # 水上|治安|支队: two modifiers, the outer narrowing the inner
                if k < start and _COUNTED_KIND.search(s.norm, 0, k):
                    continue  # 下设甲、乙、丙3个|森林警察中队: a kind of unit counted, no unit of its own
                if k == start and start > 0 and s.norm[start - 1] in rules.NUMERALS:
                    k = start - 1
                    again = self._written_again(ctx, s, max(0, k - rules.MAX_SECTION_NAME), k + 1, end, suffixes[s.index],
                                                suf, start, after_verb=True)
                    if again is not None:  # 高速公路一大队 again: the numbered unit read before
                        taken.append((again.start, again.end))
                        continue
                    mod = self._modifier_before(s.norm, k)
                    if mod and s.norm[k - len(mod) - 1:k - len(mod)] in rules.LIST_MARKS and re.search(
                            f"{re.escape(mod)}[{rules.NUMERALS}]+{re.escape(suf)}$", s.norm[:k - len(mod) - 1]):
                        k -= len(mod)  # 特警一大队、|特警二大队: a branch before the number, the list's item before
                        # of the same branch and word (特警一大队、交警二大队: which 支队's, the text does not say)
                        listed_branch = True
                if suf == "公安局":  # bare bureaus head chains (_bare_agency_heads); 机场公安局 after 某省公安厅
                    self._bureau_again(ctx, s, start, end)  # 机场公安局: the bureau read before, written again
                    continue
                # 大队长兼|反诈中心主任 (某院副院长兼|执行局局长): the unit word of a second post, a police
                # one the bureau's, another the unit before it that holds it (not 党工委副书记、综治中心主任)
                second_at = k == start and self._second_post_at(s.norm, start)
                holder = _unit_holding(ctx, s, ms, suf) if second_at else None
                second = second_at and (self.kinds.get(suf) == "police" or holder is not None)
                own = second_at and any(o.end <= ms for o in ctx.in_sentence(s.index, ORGANIZATION))
                if own and holder is None and _lex().parents.get(suf) == ("*",):
                    holder = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end <= ms
                                  and not o.name.endswith(rules.PARTY_BODIES_OF_UNITS)), key=lambda o: (o.end, -o.start), default=None)
                    # 某院党组成员、|政治部主任: a section any unit has, the first post's unit's (not its 党组's)
                if k == start:  # 和兴路派出所 again: a unit read before, by its ending (执行局 alone: a
                    # word that needs no name, 执行局 or 政治部, is the one read before)
                    last = start + 1 if (_lex().needs.get(suf) == "no" or suf in spelled_out_units()
                                         and _lex().fine.get(suf) != "court") \
                        and suf not in rules.BARE_SUBJECT_UNITS else start - 1  # (边检站 alone: the station read before;
                    # 中院 alone names any court of that level: 从乡村法庭到中院)
                    if not own and self._written_again(ctx, s, max(0, start - rules.MAX_SECTION_NAME), last, end,
                                                       suffixes[s.index], suf, start) is not None:
                        continue  # (某院党组成员、|政治部主任: the second post's unit, the 院's, not one read before)
                    described = self._described_subunit(ctx, s, start, end, suf)
                    known.extend(described)
                    if not described and (named := _stem_named(s.norm, start, suf)):
                        taken.append(ctx.span_of(s, start - len(named), end))  # 鼓楼派出所 alone (not
                        ctx.add_mention(Mention(ORGANIZATION, named + suf, *taken[-1], s.index,  # written
                                                attrs=(("kind", self.kinds.get(suf, "police")),)))  # again)
                        continue
                    if described or not (second and s.norm.startswith(self.cues, end)
                                         and (holder is not None or suf.endswith(rules.BARE_UNIT_SUFFIXES))):
                        continue  # (a second post's unit is resolved below as a bare unit)
                if k > 0 and s.norm[k - 1] not in _STOP and not second and not self._second_post_at(s.norm, k) \
                        and not s.norm.endswith(rules.SIBLING_VERBS + rules.DISPATCH_VERBS, 0, k) \
                        and not (s.norm[k - 1] == "据" and (k == 1 or not "\u4e00" <= s.norm[k - 2] <= "\u9fff")):
                    continue  # (据|刑侦大队大队长某某介绍: 据 at a clause start opens the source, no name)
                short = s.norm[k:end]
                ms, me = ctx.span_of(s, k, end)
                folded = self._fold(short[:-len(suf)], suf)  # the modifier as canonical names write it (刑事侦查 → 刑侦)
                match = next((c for c in known if c.name.endswith(folded + suf)), None)
                provincial = rules.BARE_UNIT_HOLDERS.get(suf)  # 刑侦总队 with a 公安厅 named: the 厅's
                held = next((c for c in known if c.name.endswith(provincial)), None) if provincial else None
                court = max((h for w in rules.COURT_POLICE_HOSTS if (h := _latest(ctx, s, w, before=ms)) is not None),
                            key=lambda h: (h.sentence, h.end), default=None) \
                    if short.startswith(rules.COURT_POLICE) else None  # 司法警察大队: a court's (procuratorate's)
                parent = holder or court or _conjunct_parent(ctx, s, k, suf) or _sibling_parent(ctx, s, ms, suf) \
                    or _sender(ctx, s, k) or held or _branch_before(ctx, s, ms, suf)
                level_bureau = _level_bureau_before(ctx, s, ms, suf)
                other_county = match is not None and level_bureau is not None and k < start \
                    and folded in _lex().branches and not match.name.startswith(level_bureau.name) \
                    and match.name[:-len(folded + suf)].endswith(rules.POLICE_BUREAU_WORDS)
                if parent is None and level_bureau is not None and (suf == "支队" or other_county):
                    parent = level_bureau
                if other_county and parent is level_bureau:
                    match = None  # 乙县公安局接到请求后，刑侦大队…: 乙's brigade, not the one of 甲县 read before (a
                    # police branch's brigade of another bureau or 分局 only: not a 人社局's, a 支队's, a 公安处's)
                host = _host_unit(ctx, s, ms, suf, police=short[:-len(suf)] in _lex().branches) if parent is None else None
                if parent is None:
                    parent = _more_named(ctx, host, bureau)
                hosted = parent is None
                if hosted:
                    parent = host  # 三大队 in a profile of one 戒毒所
                if (match is None or own and holder is not None) and parent is not None \
                        and (suf in rules.BARE_UNIT_SUFFIXES or second):  # (某院党组成员、政治部主任: the 院's)
                    canon = parent.name + folded + _lex().full.get(suf, suf)
                    also = (("also", parent.name + short),) if parent.name + short != canon else ()  # (…刑事侦查大队, as written)
                    mention = ctx.add_mention(Mention(ORGANIZATION, short, ms, me, s.index, canonical=canon,
                                                      attrs=(("kind", "police"),) + also
                                                      + ((("short", folded + suf),) if listed_branch else ())))
                    if hosted:
                        ctx.facts.setdefault("hosted_units", set()).add(mention.name)
                    ctx.add(mention, "belongsTo", parent, s, self.name + ":bare")
                    known.append(mention)
                    taken.extend(self._numbered_after(ctx, s, mention, k, end, suf, brigades=True))
                elif match is not None:
                    again = ctx.add_mention(Mention(ORGANIZATION, short, ms, me, s.index, canonical=match.name,
                                                    attrs=match.attrs))
                    other = any(o.end <= ms and o.name.endswith(rules.LEVEL_BUREAU) and not match.name.startswith(o.name)
                                for o in ctx.in_sentence(s.index, ORGANIZATION))  # (乙市公安局召开会议，刑侦支队二大队…)
                    taken.extend(self._numbered_after(ctx, s, again, k, end, suf, brigades=not other))
                elif parent is None and k < start and suf in rules.BARE_UNIT_SUFFIXES \
                        and (any(m.start < ms for m in ctx.in_sentence(s.index, ORGANIZATION))
                             or k == 0 and end == len(s.norm.rstrip()) and opens_line(ctx, s.index)):
                    # 乔庄派出所、刑侦大队 (a unit before it in its sentence, none that may hold it) or a
                    # row of a 名单 (刑侦大队 alone on its line): the unit as written, alone (a bare
                    # 交警大队 in a sentence with no unit about is no entity)
                    known.append(ctx.add_mention(Mention(ORGANIZATION, short, ms, me, s.index,
                                                         attrs=(("kind", "police"),))))


def _list_end(text: str, at: int) -> int:
    """Where a list written from ``text[at]`` ends: at the next clause mark, colon or bracket, or
    the text's end."""
    return min((j for j in (text.find(c, at) for c in "，,。；;：:（(") if j >= 0), default=len(text))


@lru_cache(maxsize=None)
def _post_endings() -> dict[str, str]:
    """post → the ending of the unit its holder serves in (``titles.tsv`` heads: 副检察长 → 检察院)."""
    return {r.word: r.heads[0] for r in table("titles") if r.heads}


@lru_cache(maxsize=None)
def _posts_only() -> re.Pattern:
    """A run of posts of ``titles.tsv`` (perhaps none), each perhaps followed by 、 (党委委员、副局长)."""
    return re.compile(f"(?:(?:{_lex().post_heads[1].pattern})、?)*")


def _named_before(text: str, at: int) -> int | None:
    """``…副局长柯远舟出席，柯远舟分管…``: where the name of two or three characters right before
    ``text[at]`` was written earlier in the sentence right after a post of ``titles.tsv`` (the post's
    end), or None."""
    for k in (3, 2):
        if at - k <= 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[at - k:at]):
            continue
        j = text.rfind(text[at - k:at], 0, at - k)
        if j > 0 and any(p.end() == j for p in _lex().post_heads[1].finditer(text, max(0, j - 8), j)):
            return j
    return None


def _level_committee(m: Mention) -> bool:
    """Is ``m`` a level's party committee (某县委, 某市委: kind party, its name ending with a level
    character and 委), whose sections no 分管 list names (其政法委, 纪委 are bodies of their own)?"""
    return dict(m.attrs).get("kind") == "party" and m.name.endswith("委") and m.name[-2:-1] in rules.LEVEL_CHARS


def _holding_kinds(suffix: str) -> tuple[str, ...]:
    """The kinds of unit that hold the unit word ``suffix`` (``units.tsv`` parents: 检察部 →
    procuratorate), or ``()`` when it sits in a place (``-``) or in any unit (``*``)."""
    hosts = _lex().parents.get(suffix, ("-",))
    return () if "-" in hosts or "*" in hosts else hosts


def _unit_holding(ctx: Context, s, at: int, suffix: str) -> Mention | None:
    """The last unit of sentence ``s`` before document offset ``at`` of a kind that holds the unit
    word ``suffix`` (:func:`_holding_kinds`, not a police one: 某院副院长兼|执行局局长 → the court),
    or None (a police unit word, or no such unit)."""
    hosts = _holding_kinds(suffix)
    if not hosts or "police" in hosts:
        return None
    before = [o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end <= at and dict(o.attrs).get("kind") in hosts]
    return max(before, key=lambda o: (o.end, -o.start), default=None)


def _branch_before(ctx: Context, s, at: int, suffix: str) -> Mention | None:
    """``某分局副局长甲、刑警大队大队长乙``, ``某分局副局长兼刑侦大队大队长``: a bare 大队 (中队)
    whose sentence names a bureau's branch (分局) as the last unit before it (document offset
    ``at``) is that branch's, not the city bureau's; a bare 中队 held with a post of the 大队 just
    before it (某大队副大队长兼一中队中队长) is that 大队's; None otherwise (a 支队 sits in the bureau)."""
    if suffix not in ("大队", "中队"):
        return None
    before = [o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end <= at]
    if not before:
        return None
    last = max(before, key=lambda o: (o.end, len(o.name)))
    if suffix == "中队" and last.name.endswith("大队") and "兼" in ctx.doc.text[last.end:at] and at - last.end <= 8:
        return last  # 某大队副大队长兼一中队中队长: the brigade's squad, held with the first post
    return last if last.name.endswith("分局") else None


def _level_bureau_before(ctx: Context, s, at: int, suffix: str) -> Mention | None:
    """``某县公安局…。某市公安局成立专案组，禁毒支队支队长某某…``: a bare 支队 whose sentence names a
    prefecture's 公安局 before it (document offset ``at``) is that bureau's, not the article's county
    bureau's; a bare 大队 after a county's 公安局 in its sentence (乙县公安局接到请求后，刑侦大队…) is
    that county's, not the brigade of another county read before (a county's bureau has 大队, a
    prefecture's 支队; ``rules.UNIT_BUREAU_LEVEL``). The last such bureau, or None."""
    level = rules.UNIT_BUREAU_LEVEL.get(suffix)
    if level is None:
        return None
    word = rules.LEVEL_BUREAU
    seats = {(p.start, p.name) for p in ctx.in_sentence(s.index, PLACE) if dict(p.attrs).get("level") == level}
    return max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end <= at and o.name.endswith(word)
                and any(a == o.start and o.name == n + word for a, n in seats)),
               key=lambda o: o.end, default=None)


def _sender(ctx: Context, s, k: int) -> Mention | None:
    """``某分局…，抽调刑侦大队、…``: the unit that sends the bare unit at ``s.norm[k]`` after a
    verb of ``rules.DISPATCH_VERBS``, the sentence's subject (its first unit, the longest there,
    not the object of 由, 对, 为 …); None after no such verb or with no unit before it."""
    if not s.norm.endswith(rules.DISPATCH_VERBS, 0, k):
        return None
    text = s.norm

    def governed(o: Mention) -> bool:  # 由网安大队牵头，抽调…: the object of 由 (对, 为) sends nothing
        a = o.start - s.start
        return re.search("[由对为给向经]", text[max(text.rfind(c, 0, a) for c in "，,；;：:") + 1:a]) is not None

    before = [o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end <= s.start + k and not governed(o)]
    if not before:
        return None
    first = min(o.start for o in before)
    return max((o for o in before if o.start == first), key=lambda o: (o.end, len(o.name)))


#: Verbs before a unit word that act on the unit, never name its task (联系|大队, 成立|指挥中心).
_TASKLESS_VERBS = frozenset(rules.LIST_VERBS + rules.SENDING_VERBS + rules.FOUNDING_VERBS)


def _descriptive_start(text: str, start: int, ends: "set[int] | frozenset[int]" = frozenset(),
                       post_after: bool = False) -> int:
    """Where a descriptive modifier of a unit word at ``text[start]`` begins (心理|矫治中心,
    教育|矫治中心, 执勤|一队 is not one): one common noun of 2–4 characters (jieba tag n or vn), or
    a noun and the two-character verb done to it (事故|处理|中队), right before it, itself after a clause start, a stop character, a verb of setting up
    (``rules.FOUNDING_VERBS``: 建成教育矫治中心) or a unit (``ends``: sentence offsets where
    units end; 交警大队|宣传|中队); at a clause start, before a post or role (``post_after``), also a
    verb of two characters naming the task (执行|指挥中心主任某某), unless it lists, sends or founds
    units; ``start`` when there is none."""
    toks = tokens(text)
    i = next((n for n, (w, _, a) in enumerate(toks) if a + len(w) == start), None)
    if i is None:
        return start
    word, tag, a = toks[i]
    if tag == "v" and len(word) == 2 and i > 0 and toks[i - 1][1] in ("n", "vn") and len(toks[i - 1][0]) == 2 \
            and word[-1] not in rules.COVERBS:  # (法官|坐在|法庭里: a place the noun is at, no task)
        b = toks[i - 1][2]  # 事故|处理|中队: a noun and the verb done to it name the task
        if toks[i - 1][0] not in _GENERIC_NAME and (b == 0 or text[b - 1] in _STOP or b in ends):
            return b
    linked = any(text.endswith(w + "的", 0, a) and a - len(w) - 1 in ends for w in rules.CHAIN_LINKS)
    opening = post_after and (a == 0 or text[a - 1] in _STOP) and len(word) == 2 and word not in _TASKLESS_VERBS
    if tag not in ("n", "vn") + (("v",) if linked or opening else ()) or not 2 <= len(word) <= 4 or word in _GENERIC_NAME \
            or word in rules.ADDRESSING_VERBS:  # (及时劝离并报告|派出所: the unit is what is told, no task)
        return start  # (执行局下属的|执行|指挥中心: after a chain link a verb may name the task)
    if linked:
        return a
    if a > 0 and text[a - 1] in "“‘《":
        return start  # 把“流动警务室”开进村里: a quoted form names a way of working, not a unit
    if a == 0 or text[a - 1] in _STOP or text.endswith(rules.FOUNDING_VERBS, 0, a) or a in ends:
        return a
    return start


def _more_named(ctx: Context, host: Mention | None, bureau: Mention | None) -> Mention | None:
    """``bureau`` (the article's first 公安局), unless ``host`` (the unit the article is about,
    :func:`_host_unit`) is another unit the article names more often: 一大队 in a profile of a
    戒毒所 that names a city's 公安局 once is the 戒毒所's."""
    if host is None or bureau is None or host.name == bureau.name:
        return bureau

    def times(name: str) -> int:
        return sum(1 for m in ctx.mentions if m.cls == ORGANIZATION and m.name == name)
    return host if times(host.name) > times(bureau.name) else bureau


def _host_unit(ctx: Context, s, at: int, suf: str, police: bool = False) -> Mention | None:
    """The unit a bare sub-unit written at ``at`` (document offset) belongs to: of the units
    read before it whose kind may hold ``suf`` (its ``parents`` in ``units.tsv``), the one the
    article names most often (at least ``rules.HOST_UNIT_MENTIONS`` times, unless it is the only
    one; the latest on a tie), not itself ending in ``suf`` nor in a unit word of its level or
    lower (``rules.UNIT_LEVELS``: no 派出所 hosts a 大队; such a unit still makes the host doubtful).
    A profile of one institution (某戒毒所) names its centres alone (心理矫治中心主任某某).
    ``police``: the sub-unit is named by a police branch (刑侦大队, 交警大队: a modifier of branch
    bureau or force in ``modifiers.tsv``), so only a police unit hosts it (not a 督导组 or 扫黑办 the
    article is about)."""
    allowed = _lex().parents.get(suf, ("-",))
    if allowed in (("-",), "-"):
        return None
    if police:
        allowed = tuple(k for k in allowed if k == "police") or allowed
    counts: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    hosted = ctx.facts.setdefault("hosted_units", set())
    for m in ctx.mentions:
        if m.cls != ORGANIZATION or m.text.startswith(rules.ANAPHOR_DETERMINERS) or m.name.endswith(suf) \
                or m.name in hosted:  # a sub-unit placed so hosts no other
            continue
        counts[m.name] = counts.get(m.name, 0) + 1
        if m.sentence < s.index or m.sentence == s.index and m.end <= at:
            kind = dict(m.attrs).get("kind", "")
            if "*" in allowed or kind in allowed:
                latest[m.name] = m
    provincial = rules.BARE_UNIT_HOLDERS.get(suf)  # 治安管理总队 with a 公安厅 named: the 厅's
    if provincial and any(n.endswith(provincial) for n in latest):
        latest = {n: m for n, m in latest.items() if n.endswith(provincial)}
    known = len(latest)  # a unit that cannot hold it still makes the host doubtful (below)
    level = rules.UNIT_LEVELS.get(suf)
    if level is not None:  # a 派出所 holds no 大队 (rules.UNIT_LEVELS)
        latest = {n: m for n, m in latest.items()
                  if not any(n.endswith(w) and lv >= level for w, lv in rules.UNIT_LEVELS.items())}
    if not latest:
        return None
    holder = rules.UNIT_HOLDERS.get(suf, ())  # 中队 sits in a 大队: on a tie, the unit that holds such
    name = max(latest, key=lambda n: (counts[n], bool(holder) and n.endswith(holder), latest[n].sentence, latest[n].start))
    if counts[name] < rules.HOST_UNIT_MENTIONS and known > 1:
        return None
    return latest[name]


#: The term of an elected body written inside its name (某县第十八届人民代表大会常务委员会): no part of the
#: body's canonical name, which every term shares (the name as written stays an alias).
_TERM = re.compile(r"第?[一二三四五六七八九十百\d]{1,4}届")
#: A numbered squad right after its brigade written bare (刑事侦查大队|三中队): numeral + squad word.
_NUMBERED_SQUAD = re.compile(f"[{rules.NUMERALS}]{{1,3}}(?:中队|分队)")
#: A numbered brigade or squad (二大队, 三中队) written right after a bare detachment (网安支队|一大队).
_NUMBERED_BRIGADE = re.compile(f"[{rules.NUMERALS}]{{1,3}}(?:大队|中队|分队)")
#: A section of a unit (``sections.tsv``) after a numeral (监管一科, 三监区): numeral + section.
_SECTIONS = tuple(sorted(words("sections"), key=len, reverse=True))
def _by_last(words: "list[str] | tuple[str, ...]") -> dict[str, tuple[str, ...]]:
    """``words`` (none empty) by their last character, each group in the order of ``words``: the
    words a text ending in that character may end with."""
    out: dict[str, list[str]] = {}
    for w in words:
        if w:
            out.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


_SEAT_WORDS = frozenset(words("seat_units"))
#: Posts (titles.tsv): a gap between two unit words that is one, before a unit word that is a surname,
#: is no unit's name (副主任|班某某).
_POST_WORDS = frozenset(words("titles"))
#: One-character surnames (surnames.tsv) that are also unit words (班).
_SURNAMES = frozenset(w for w in words("surnames") if len(w) == 1)
_SEAT_WORDS_LONGEST = longest_first("seat_units")
_SEAT_WORDS_BY_LAST = _by_last(_SEAT_WORDS_LONGEST)
_BARE_SECTION = re.compile(r"((?:" + "|".join(rules.TEAM_DUTIES) + r")?第?[一二三四五六七八九十]{1,2})("
                           + "|".join(rules.BARE_SECTION_PARENTS) + r")(?![长伍]|员(?!额))")  # (第二检察部|员额检察官)
#: A section named by its task (教育改造科, 刑罚执行科), not before 长 or 员 (group 1: the task).
_TASK_SECTION = re.compile(r"([\u4e00-\u9fff]{2,6}?)科(?![长员])")
#: The word ending a college's department or teaching section named by its task (侦查|系, 警体|教研室), read alone.
_SCHOOL_SECTION_WORD = re.compile(r"(?:系|教研室)(?![长员])")
#: Modifiers of unit names (modifiers.tsv: 刑侦, 治安, 第一), for coordinated ones (刑侦、治安大队).
_MODIFIER_SET = frozenset(words("modifiers"))
#: What may come right before a court division written alone: a clause's start.
_CLAUSE_MARKS = frozenset("，,。；;：:、 \t\u3000“")


@lru_cache(maxsize=1)
def _court_divisions() -> re.Pattern:
    """The divisions of a court that need no name of their own (``units.tsv``: kind court, under a
    court, needs_name no: 民二庭, 立案庭, 刑事审判庭, 执行局), longest first, not before 长 or 员; one of
    four characters or more may be numbered before its 庭 (执行实施一庭, 刑事审判第二庭)."""
    words = [r.word for r in table("units") if r.kind == "court" and r.needs_name == "no" and r.word.endswith(("庭", "局"))
             and "court" in r.parents]
    forms = [w[:-1] + "(?:第?[一二三四五六七八九十]{1,2})?庭" if len(w) >= 4 else w
             for w in sorted(words, key=len, reverse=True)]
    return re.compile("(?:" + "|".join(forms) + ")(?![长员])")


_NUMBERED = re.compile(r"(第?[一二三四五六七八九十]{1,2})(" + "|".join(_SECTIONS) + r")(?![长员])")
#: The number opening a numbered section's name (第六|检察部, 三|监区): what is left is the section word.
_NUMBERED_SECTION_WORD = re.compile(r"^第?[一二三四五六七八九十]{1,2}")
_SECTION = re.compile("(" + "|".join(_SECTIONS) + r")(?![长员])")


def _code_prefix(place: Mention) -> str:
    """The GB/T 2260 code of ``place`` without the zero pairs of the levels below it (四川省
    510000 → 51, 成都市 510100 → 5101); a township's longer code whole; "" when it has none."""
    code = dict(place.attrs).get("adcode", "")
    while len(code) == 6 and code.endswith("00") or len(code) == 4 and code.endswith("00"):
        code = code[:-2]
    return code


def _outside(place: Mention, outer: list[Mention]) -> bool:
    """Is ``place``, read in a sub-unit's name, a division outside (and not above) the county
    or township the chain before it (``outer``) names last? Then it is the sub-unit's own name
    that a division happens to share (成都市…武侯区分局|玉林|派出所: not 玉林市 in 广西). Only under
    a county: a vertical agency's prefecture may hold units named after other prefectures, even
    of other provinces (上海铁路公安局|蚌埠|公安处)."""
    inner = _code_prefix(place)
    coded = [p for p in outer if _code_prefix(p)]
    if not inner or not coded:
        return False
    last = _code_prefix(coded[-1])
    return len(last) >= 6 and not (inner.startswith(last) or last.startswith(inner))


def _district_of(chain: list[_Segment], stem: str) -> bool:
    """Is ``stem`` + 区 a district of the city the chain's bureau is named after (某市公安局|<stem>|分局:
    the city's <stem>区, a branch named after its district even where the stem reads as a word)?"""
    places = [p for seg in chain for p in seg.places]
    code = _code_prefix(places[-1]) if places else ""
    if len(code) not in (2, 4) or not chain[-1].suffix.endswith("公安局"):
        return False
    return any(d.adcode.startswith(code) for d in default_gazetteer().by_name.get(stem + "区", ()))


def _is_section(suf: str) -> bool:
    """A section suffix from :meth:`OrganizationExtractor._suffixes`: numbered (二科) or marked ``§``."""
    return suf.startswith("§") or bool(_NUMBERED.fullmatch(suf))


@lru_cache(maxsize=1)
def _gap_words() -> tuple[frozenset[str], frozenset[str]]:
    """For :func:`_name_like`, made once: the words a unit's name may hold (modifiers.tsv and
    roles.tsv: 警察学院, 交警大队), and the roles (not modifiers) and posts (titles.tsv) that, with a
    name after them, make a gap no unit's name (某分局|民警石某|某公安局)."""
    return frozenset(words("modifiers") | words("roles")), \
        frozenset((words("roles") - words("modifiers")) | words("titles"))


def _write_short_name(ctx: Context, sentence: int, after: int, short: str, defined: Mention) -> None:
    """Each place the article writes ``short`` (a short name its bracket defined, 某市公安局高新技术
    产业开发区分局（以下简称高新分局）, that the grammar read as no unit) from offset ``after`` of
    sentence ``sentence`` (``norm`` offsets) on, outside another unit's mention: a mention of the
    unit ``defined``."""
    for s in ctx.sentences[sentence:]:
        k = s.norm.find(short, after if s.index == sentence else 0)
        while k >= 0:
            start, end = ctx.span_of(s, k, k + len(short))
            if not any(m.start < end and start < m.end for m in ctx.in_sentence(s.index, ORGANIZATION)):
                ctx.add_mention(Mention(ORGANIZATION, short, start, end, s.index,
                                        canonical=defined.name, attrs=defined.attrs))
            k = s.norm.find(short, k + len(short))


def _gap_len(gap: str) -> int:
    """The length of a gap between two unit words as :data:`rules.MAX_GAP` counts it: a functional
    zone's full name at its end (``rules.ZONE_DIVISIONS``: 某市公安局|高新技术产业开发区|分局) counts as
    its short form's two characters (高新区 is one word of a name, however it is written)."""
    zone = next((z for z in rules.ZONE_DIVISIONS if gap.endswith(z)), "")
    stem = gap[:-len(zone)] if zone else ""
    if stem and dictionary_freq(stem) and not default_gazetteer().is_known(stem):
        return len(gap)  # 某局督导|经济技术开发区|分局: a word before the zone (no place), no name of one unit
    return len(gap) - len(zone) + min(len(zone), 2)


def _name_like(gap: str) -> bool:
    """A gap between two unit suffixes that can be a unit's own name (渭城, 经开区刑侦, 一, 和兴路)."""
    if not all("\u4e00" <= c <= "\u9fff" or c.isdigit() or "A" <= c <= "Z" for c in gap):  # DNA实验室
        return False
    if gap.startswith(_PREPOSITIONS) and gap in township_table().by_stem:
        return True  # 某县司法局|向塘|司法所: a township's stem (the Ministry's table) a preposition opens
    lo, hi = rules.ROAD_NAME_LEN
    if lo <= len(gap) <= hi and gap.endswith(rules.ROAD_ENDINGS) and not any(c in "的，、。" for c in gap):
        return True  # stations named after a road: 和兴路派出所
    if any(c in _STOP for c in gap) or any(w in gap for w in rules.NOT_IN_UNIT_NAME):
        return False  # (某法院|一审判决一起|证券: a court's procedure, no unit's name)
    if gap.startswith(rules.REORGANIZING_VERBS) and tokens(gap)[0][0] in rules.REORGANIZING_VERBS:
        return False  # 某局|调整|派出所领导: a verb of changing units, no unit's name
    mods, posts = _gap_words()
    toks = tokens(gap)
    if any(w in posts for w, _, _ in toks[:-1]):
        return False  # 某分局|民警石某|某公安局: a role or post and a name between two units, no unit's name
    if len(toks) == 2 and len(toks[0][0]) == 2 and len(toks[1][0]) == 1 and toks[1][1] == "ns" \
            and toks[0][1] not in ("p", "c", "u", "r", "d", "m"):
        return True  # 如意|湖 派出所: a word and a one-character place word (湖, 山, 河) name a station
    # 那吾, 吾库萨克: a transliterated name jieba cuts into single characters (or a name after one)
    # may start with a character it tags as a pronoun
    foreign = len(gap) >= 2 and "某" not in gap and (all(len(w) == 1 for w, _, _ in toks) or any(t in _NAME_TAGS for _, t, _ in toks[1:]))
    return not gap.startswith(_PREPOSITIONS) and not any(
        w not in mods and ((tag.startswith("v") and tag != "vn" and len(w) >= 2 and dictionary_freq(w))  # (腾席: no verb
                           or tag[:1] in ("p", "c", "u", "d")  # the HMM made up, 阿勒腾席热人民法庭; 拉着: a particle)
                           or tag == "r" and not (foreign and len(w) == 1) or w in _GAP_GENERIC or w in rules.SENDING_VERBS)
        for w, tag, _ in toks)


def _seat_gap(gap: str, suf: str) -> bool:
    """Can ``gap``, between a unit and a unit word named after its township (``seat_units.tsv``:
    青柳分局|柳林|派出所), be that township's name? Two or three Han characters, no stop
    character, and no common word in it (jieba frequency below ``rules.SEAT_NAME_FREQ``): jieba's
    guesses for unknown names (霄|nr 边|d) are not read as grammar; a conjunction opening it
    (某大队|或城关|派出所) joins two units."""
    return suf in _SEAT_WORDS and 2 <= len(gap) <= 3 and all("\u4e00" <= c <= "\u9fff" and c not in _STOP for c in gap) \
        and gap[0] not in rules.GAP_CONJUNCTIONS \
        and gap not in _GENERIC_NAME and not gap.startswith(rules.REORGANIZING_VERBS) and not any(dictionary_freq(gap[i:j]) >= rules.SEAT_NAME_FREQ
                                                for i in range(len(gap)) for j in range(i + 2, len(gap) + 1))


#: A numbered team (四队, 二中队) that may be written alone for a team named in full before.
_NUMBERED_TEAM = re.compile(f"[{rules.NUMERALS}]+(?:中队|大队|队)")
#: A street named after a unit word, and the street's own body after it (医院|街|派出所, 学院|路社区|警务室);
#: a direction before the road's ending starts a name of its own (某分局|南街派出所).
_STREET_AFTER_UNIT = re.compile(r"(?:" + "|".join(rules.ROAD_ENDINGS) + r")(?:街道|社区)?")


#: The station words of ``rules.SEAT_STATION_PARENTS``, longest first (人民法庭 before 法庭).
_STATION_WORDS = tuple(sorted(rules.SEAT_STATION_PARENTS, key=len, reverse=True))


def _station_head(name: str) -> str | None:
    """The station word ``name`` ends with (某某派出所 → 派出所, 某某人民法庭 → 人民法庭), or None."""
    return next((h for h in _STATION_WORDS if name.endswith(h)), None)


def _station_key(name: str) -> str:
    """``name`` with 人民法庭 written 法庭, to compare a tribunal's two forms (某人民法庭 = 某法庭)."""
    return name.replace(*rules.TRIBUNAL_WORDS)


def _proper_name(text: str, pos: int, nouns: bool = False) -> str:
    """The proper name ending at ``pos``: the last jieba token if tagged as a name (ns, nr, nz, …);
    with ``nouns`` (schools, companies, museums) a run of up to six characters of noun tokens."""
    if pos == 0:
        return ""
    window = max(0, pos - rules.NAME_WINDOW)
    toks = tokens(text[window:pos])
    name = ""
    for k in range(len(toks) - 1, -1, -1):
        w, tag, _ = toks[k]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", w) or (tag == "m" and not re.fullmatch(f"[{rules.NUMERALS}第]+", w)):
            break
        if tag in _NAME_TAGS or (nouns and tag in _NOUN_TAGS):
            if name and tag == "j" and len(w) == 1 and len(name) + len(w) <= rules.MAX_NAME:
                name = w + name  # 琼|粤|大桥: one-character abbreviations of places open the name
                continue
            if len(name) + len(w) > (rules.MAX_NAME if nouns or not name else rules.MAX_JOINED_NAME):
                break
            name = w + name
            if k and toks[k - 1][1] == "j" and len(toks[k - 1][0]) == 1:
                continue  # (港珠澳|大桥)
            if not nouns and not (k and toks[k - 1][1] in _NAME_TAGS and toks[k - 1][1] != "m"
                                  and len(name) + len(toks[k - 1][0]) <= rules.MAX_JOINED_NAME
                                  and _clause_start(text, pos - len(name) - len(toks[k - 1][0]))):
                break  # 五马|坪, 王|舍人, 小溪|塔: a name jieba cut in name-tagged pieces, from a clause start
        elif nouns and name and tag == "f" and len(w) == 2 and len(name) + 2 <= rules.MAX_NAME:
            name = w + name  # 北方|民族|大学, 西南|医科大学: a direction word of two characters opens the name
            break
        else:
            break
    if len(name) == 1 and pos >= 2 and "\u4e00" <= text[pos - 2] <= "\u9fff" \
            and text[pos - 2:pos] in township_table().by_stem:
        name = text[pos - 2:pos]  # 存|瑞派出所, 要|庄派出所 (jieba: a verb, then a one-character
        # name): a township's stem (the Ministry's table) the verb's character opens
    elif not name and pos >= 2 and text[pos - 2:pos] in township_table().by_stem \
            and [len(w) for w, _, _ in toks[-2:]] == [1, 1] and toks[-2][1][:1] not in "cpurdmf" \
            and not text.endswith(rules.TOWN_SUFFIXES, 0, pos):
        name = text[pos - 2:pos]  # 任X|Y派出所 (jieba: two characters of no name's tag, g and ng, or a
        # verb's): a township's stem of rare characters, cut in two (not 在和|村党总支: a conjunction, a village)
    at = pos - len(name)
    if len(name) >= 2 and len(name) < rules.MAX_NAME and at >= 1 and "\u4e00" <= text[at - 1] <= "\u9fff" \
            and text[at - 1] not in _STOP and (at == 1 or not "\u4e00" <= text[at - 2] <= "\u9fff") \
            and text[at - 1] not in rules.VERBS_BEFORE_TOWNS | rules.PREPOSITION_SURNAMES | set(rules.PREPOSITIONS) \
            and not name.startswith(rules.DISTRIBUTIVES) and text[at - 1] not in rules.OPENING_SOURCE_WORDS \
            and tokenizer().word_tag_tab.get(text[at - 1], "n")[:1] not in "pcudrmvfq" and not nouns:
        name = text[at - 1] + name  # 三、石|马河派出所 (jieba: 石 n, 马河 ns): one character alone between a list mark or a
        # clause start and the name opens it
    if name and name[0] in "年月日号" and pos - len(name) > 0 and text[pos - len(name) - 1].isdigit():
        name = name[1:]  # 2日|县人大常委会 (jieba: 日县 ns): a date's unit, not the start of a name
    if len(name) >= 3 and name[0] in rules.VERBS_BEFORE_TOWNS | rules.PREPOSITION_SURNAMES \
            and name not in township_table().by_stem \
            and (name[1:] in township_table().by_stem or name[1:] in township_table().by_name):
        name = name[1:]  # 任|马栏派出所所长, 由|军庄人民法庭庭长: a one-character verb or preposition before a
        # township's name (jieba: 任马栏 nr, 由军庄 nr)
    if len(name) >= 3 and name[0] in rules.PAIR_MARKS and any(text.endswith(w, 0, pos - len(name)) for w in _lex().kinds):
        name = name[1:]  # 交警大队和|街津口派出所: a conjunction after a unit (jieba: 和街津口 nz), not the next name's
    return name


def _clause_start(text: str, i: int) -> bool:
    """Does ``text[i]`` start a clause (text start, after punctuation, or after a verb token)?"""
    if i <= 0:
        return True
    if not "\u4e00" <= text[i - 1] <= "\u9fff":
        return True
    before = tokens(text[max(0, i - 4):i])
    return bool(before) and before[-1][1].startswith("v") and len(before[-1][0]) >= 2


#: A quoted name of an office named after a person (“柯远舟警务室”, “罗晓东调解工作室”): see
#: :meth:`OrganizationExtractor._offices_named_after_persons`.
_PERSON_NAMED_OFFICE = re.compile(rf"(?<=[{''.join(rules.OPENING_QUOTES)}])(?P<name>[\u4e00-\u9fff]{{2,4}}?)"
                                  rf"(?P<word>{'|'.join(rules.PERSON_NAMED_OFFICES)})(?=[{''.join(rules.CLOSING_QUOTES)}])")
_COMPOUND_SURNAMES = frozenset(w for w in words("surnames") if len(w) == 2)


def _nickname(name: str) -> bool:
    """Is ``name`` a familiar form of a person's name: 老柯, 小罗, 阿柯 (``rules.NICKNAME_PREFIXES`` and a
    surname) or 柯姐, 罗大哥 (a surname and ``rules.NICKNAME_SUFFIXES``), and no common word of jieba's
    dictionary (小康, 帅哥)?"""
    return len(name) >= 2 and dictionary_freq(name) < rules.WORD_FREQ and (
        name[0] in rules.NICKNAME_PREFIXES and name[1:] in _SURNAMES
        or name[0] in _SURNAMES and name[1:] in rules.NICKNAME_SUFFIXES)  # (小康, 帅哥, 师姐: words)


def _quoted_title(text: str, start: int, end: int, verbs: tuple[str, ...]) -> bool:
    """Is ``text[start:end]`` a whole quoted title right after an honour verb (``honor_verbs.tsv``:
    被评为“…”, 获评“…”) or before 称号? Such a quote names an honour, not a unit."""
    if start == 0 or end >= len(text) or text[start - 1] not in "“\"" or text[end] not in "”\"":
        return False
    return text.endswith(verbs, 0, start - 1) or text.startswith("称号", end + 1)


def _task_before(text: str, at: int) -> bool:
    """Is ``text[at - 2:at]`` one noun-verb word of jieba's dictionary (管理, 服务), a task the
    section word at ``at`` closes (社区矫正管理|科), though its last character and the section
    word make a word (理科)?"""
    toks = tokens(text[max(0, at - 2):at]) if at >= 2 else []
    return len(toks) == 1 and toks[0][1] == "vn" and len(toks[0][0]) == 2


def _task_name(gap: str, brigade: bool = False) -> bool:
    """Can ``gap`` name a section by its task (侦查|二科, 教育改造|科, 女子查验|班)? Two to
    ``rules.MAX_SECTION_NAME`` Han characters, no stop character, no preposition first, no verb
    phrase governing the section (:func:`_governs`), no generic word (代表), and not a numeral
    then a word (一审判|处被告人), and no person, role or leading verb in it (民警柯丽娟轮流坐|班,
    科长某某带领|专案组). Two such
    names of 2–4 characters joined by 与 are one (训练与战勤保障|支队, 指挥与情报|中心)."""
    if gap.count("与") == 1 and len(gap) <= rules.MAX_SECTION_NAME:
        first, second = gap.split("与")
        return all(2 <= len(part) <= 4 and _task_name(part, brigade) for part in (first, second))
    return _task_words(gap) and not _governs(gap, brigade) and not (gap[0] in rules.NUMERALS and gap.strip(rules.NUMERALS)) \
        and not any(v in gap for v in rules.LEADING_VERBS)  # 民警柯丽娟轮流坐|班, 科长某某带领|专案组


def _task_words(gap: str) -> bool:
    """What every name by task holds (:func:`_task_name`, :func:`_task_of_body`): two to
    ``rules.MAX_SECTION_NAME`` Han characters, no stop character, no preposition first, no generic
    word (代表), and no person or role in it."""
    return 2 <= len(gap) <= rules.MAX_SECTION_NAME and all("\u4e00" <= c <= "\u9fff" for c in gap) \
        and not any(c in _STOP for c in _without_stop_words(gap)) and not gap.startswith(_PREPOSITIONS) \
        and gap not in _GENERIC_NAME and not any(t == "nr" and len(w) <= 3 or w in words("roles") for w, t, _ in tokens(gap))


def _firm_seat(ctx: Context, s, head: _Segment, place: Mention) -> Mention:
    """Where a firm named after its province (某省|凉都|律师事务所, ``needs_name`` proper in units.tsv) is:
    a place of that province written right before the name (某市|某省凉都律师事务所) or before 的 right
    before it (某州的某省苍洱律师事务所), else the province; any other unit, ``place``."""
    if _lex().needs.get(head.suffix) != "proper" or dict(place.attrs).get("level") != "province" or not head.name:
        return place
    if len(head.places) >= 2 and head.places[-2].end == place.start and _within(head.places[-2], place):
        return head.places[-2]
    k = place.start - s.start
    if s.norm.endswith(rules.ATTRIBUTIVE, 0, k):
        before = next((p for p in ctx.in_sentence(s.index, PLACE) if p.end - s.start == k - len(rules.ATTRIBUTIVE)), None)
        if before is not None and before is not place and _within(before, place):
            return before
    return place


def _within(inner: Mention, outer: Mention) -> bool:
    """Is place ``inner`` inside place ``outer`` by their GB/T 2260 codes (the outer's :func:`_code_prefix`
    opens the inner's code)? True when either has no code (unlisted: no evidence)."""
    a, b = dict(inner.attrs).get("adcode", ""), _code_prefix(outer)
    return not a or not b or a.startswith(b)


def _trade_name(gap: str) -> bool:
    """Can ``gap``, between a place and a firm's word (某省|柳原正和|律师事务所), be the firm's trade name
    though it holds 和 (正和, 中和: a common character of trade names that :func:`_name_like` stops at)?
    Two to four Han characters, 和 after the first and no other stop character; of three or four, the first
    word a name (ns, nz, nr)."""
    if len(gap) == 2 and all("\u4e00" <= c <= "\u9fff" and c not in _STOP for c in gap) and gap not in _GENERIC_NAME:
        toks = tokens(gap)  # 某省|凉都|律师事务所: two characters jieba reads as no name (凉|v 都|d) are the trade name,
        if toks[0][1][:1] not in "dpcurm" and not (len(toks) == 1 and toks[0][1][:1] in "vad"):
            return True  # unless an adverb or a word of grammar opens them (某省|还有, 共有|律师事务所)
    return 2 <= len(gap) <= 4 and "和" in gap[1:] and all("\u4e00" <= c <= "\u9fff" for c in gap) \
        and not any(c in _STOP for c in gap.replace("和", "")) and (len(gap) == 2 or tokens(gap)[0][1] in _NAME_TAGS)


def _task_of_body(gap: str) -> bool:
    """Can ``gap`` name a body by its task right after its place (扫黑除恶斗争|领导小组, 政法队伍教育整顿|领导小组)?
    The words of any task's name (:func:`_task_words`), no time word and no verb of founding or of a meeting
    first (``rules.FOUNDING_VERBS``, ``rules.EVENT_VERBS``); unlike a section's name (:func:`_task_name`) the
    task may be a verb phrase."""
    return _task_words(gap) and not any(t == "t" for _, t, _ in tokens(gap)) \
        and not gap.startswith(rules.FOUNDING_VERBS + rules.EVENT_VERBS) \
        and not any(v in gap for v in rules.FOUNDING_VERBS)  # (某市公安局成立|打拐工作领导小组: the bureau founds it)
    # (某市近日成立|疫情防控领导小组, 某市召开|扫黑除恶斗争领导小组会议: a time and a verb, the place their subject)


def _without_stop_words(gap: str) -> str:
    """``gap`` without the words of ``rules.STOP_CHAR_WORDS`` (网络安全保卫: 全 of 安全 is no 全市's)."""
    for word in rules.STOP_CHAR_WORDS:
        gap = gap.replace(word, "")
    return gap


def _governs(gap: str, brigade: bool = False) -> bool:
    """Does ``gap`` hold a verb phrase that governs the section after it (组成|专案组,
    迅速成立|专案组): two or more jieba tokens, the first a verb (``v``, not the noun-verb
    ``vn``), or any an adverb (``d``, ``ad``)? A section named by one task verb (侦查科), a
    noun-verb phrase (教育改造科, 长江大保护工作专班) or, before a ``brigade`` (支队, 大队, 中队), a verb
    and a noun-verb (执法稽查大队) does not; nor does a task and the unit's number before a brigade
    (侦查|一|支队, 巡逻|二|中队: the numeral is its number, not what the verb governs)."""
    if brigade and len(gap.rstrip(rules.NUMERALS)) >= 2:
        gap = gap.rstrip(rules.NUMERALS)
    toks = tokens(gap)
    if any(w in rules.FORMING_VERBS for w, _, _ in toks[:-1] if len(toks) >= 2):
        return True  # 精干警力组成|专案组: a verb of forming inside the phrase
    if len(toks) >= 2 and toks[0][0] in rules.SENDING_VERBS:
        return True  # 某局调集|治安|大队: a verb sending the unit (jieba: 调集 vn), no task of its name
    if brigade and len(toks) == 2 and toks[0][1] == "v" and toks[1][1] == "vn":
        return False  # 执法|稽查|大队: before a brigade, a verb and a noun-verb name one task (开办|培训|班 does not)
    if len(toks) >= 2 and toks[-1][1] == "v" and len(toks[-1][0]) == 1:
        return True  # 某仲裁委员会定期派员|坐|班: a verb of one character and its object (坐班), no section
    return len(toks) >= 2 and (toks[0][1] == "v" or any(t in ("d", "ad") for _, t, _ in toks))


def _stem_named(text: str, start: int, suf: str) -> str:
    """The name of a unit named after its seat (``seat_units.tsv``) written alone, when jieba reads
    the name as a common word (鼓楼|派出所: _seat_name refuses words that common): two or three
    characters before ``text[start]`` that are a division's or township's name
    (:func:`_division_stem`), after a clause boundary or a function word; else ``""``."""
    if suf not in _SEAT_WORDS:
        return ""
    for k in (start - 3, start - 2):
        if k >= 0 and _division_stem(text[k:start]) and (
                k == 0 or not "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in rules.OPENING_QUOTES
                or text[k - 1] in rules.SEAT_NAME_AFTER):
            return text[k:start]
    return ""


@lru_cache(maxsize=4096)
def _division_stem(name: str) -> bool:
    """Is ``name`` the short form of a county-level division (GB/T 2260: 城阳 of 城阳区) or the stem
    of a township (the Ministry's table: 城阳 of a 城阳街道), and no generic name or unit word (公安, also
    a county's short name)?"""
    return (name in default_gazetteer().by_short or name in township_table().by_stem) \
        and name not in _GENERIC_NAME and not any(name in w for w in _lex().kinds)


def _seat_name(text: str, pos: int, suf: str) -> str:
    """The name of a unit called after its township (``seat_units.tsv``: 派出所, 司法所, 法庭…)
    written alone after a clause boundary or a function word (在滩头派出所, 与岩口派出所): two or
    three characters of noun tokens that make no common word (jieba frequency below
    ``rules.SEAT_NAME_FREQ``) and no generic name (当地, 辖区); else ``""``. In a list after a
    unit of the same kind (某派出所民警甲、青石嘴派出所民警乙) a common noun may be part of the name."""
    if suf not in _SEAT_WORDS:
        return ""
    for L in (3, 2):
        k = pos - L
        if k < 0:
            continue
        name = text[k:pos]
        before = text[k - 1] if k else ""
        if name.startswith(rules.FORMER_MARK):
            continue  # 原|昌硕派出所: the mark of a former name, no part of it
        if before and "\u4e00" <= before <= "\u9fff" and before not in rules.SEAT_NAME_AFTER \
                and not text.endswith(rules.LIST_VERBS, 0, k):
            continue
        toks = tokens(name)
        listed = before in rules.LIST_MARKS and before and suf in text[:k]  # 浩门派出所民警某、青石嘴派出所…
        opens = (not before or not "\u4e00" <= before <= "\u9fff" or before in rules.SEAT_NAME_AFTER) \
            and not any(c in rules.TOWN_STOP for c in name)
        # (at a clause start or after 在: single characters jieba guesses as a verb, 磨|憨, may name
        # the place, when the name is no word of the dictionary)
        if name in _GENERIC_NAME or dictionary_freq(name) >= rules.SEAT_NAME_FREQ or \
                not all(t in _NOUN_TAGS or opens and len(w) == 1 and t[0] in "nvg" and not dictionary_freq(name)
                        for w, t, _ in toks) or \
                (not listed and any(dictionary_freq(w) >= rules.SEAT_NAME_FREQ for w, _, _ in toks
                                    if not (opens and len(w) == 1 and not dictionary_freq(name)))):
            continue
        return name
    return ""


_DEFINED_SHORT = re.compile(rules.DEFINED_SHORT)
#: A unit's verb of founding one of its own, then its name (某局|新组建|合成作战中心, 某局|正式成立|禁毒大队):
#: ``rules.FOUNDING_VERBS`` but those that list (下设, 设有) and 组成 (units forming a body of none of theirs).
_FOUNDED = re.compile(r"(?:正式|日前|近日|专门|还|又|新|通过)?新?(?P<verb>" + "|".join(
    sorted((v for v in rules.FOUNDING_VERBS if v not in rules.LISTING_VERBS), key=len, reverse=True)) + ")")
#: A founding verb (rules.FOUNDING_VERBS, perhaps after 新) opening a would-be proper name (某分局|新组建|合成作战中心):
#: no part of the name, stripped in _head (compiled once: _head runs for every unit word).
_FOUNDING_AT_START = re.compile("新?(?:" + "|".join(rules.FOUNDING_VERBS) + ")")
#: A count right before a described unit word (3个|专业化审判团队, 两支|青年突击队): units of a kind, none named.
_COUNTED_KIND = re.compile(r"(?:[0-9]+|[两二三四五六七八九十几多]+)[个支家]$")
#: A count written between a list of names and the unit word they share (3个, 两个, 等三个).
_LIST_COUNT = re.compile(r"(?:等?(?:[0-9]+|[两二三四五六七八九十]+)个|等)$")


def _between_marks(text: str, end: int) -> str:
    """The name of two or three characters ending at ``text[end]`` with a list mark 、 right
    before it (东山、|西山|、南山3个派出所: a list's inner name, any word but a generic one), or ``""``."""
    return next((text[end - k:end] for k in (2, 3) if end - k - 1 >= 0 and text[end - k - 1] == "、"
                 and _list_stem(text[end - k:end])), "")


def _fine_kind(unit: Mention) -> str:
    """The kind (``kinds.tsv``) of the unit word ``unit``'s name ends with, longest first
    (某消防救援大队 → fire; a chain's mention records only the kind's group, gov), or ``""``."""
    fine = _lex().fine
    return next((fine[unit.name[k:]] for k in range(len(unit.name))
                 if unit.name[k:] in fine), "")


def _list_stem(name: str) -> bool:
    """Can ``name`` (two or three characters right after a unit) be the first of a list of names
    sharing one unit word? Han characters, no stop character, no generic name (辖区, 当地)."""
    return all("\u4e00" <= c <= "\u9fff" and c not in rules.TOWN_STOP for c in name) \
        and name not in _GENERIC_NAME


def _place_stem(place: Mention) -> str:
    """咸阳市 → 咸阳, 喀什地区 → 喀什, 旬邑县 → 旬邑, 琼中黎族苗族自治县 → 琼中 (the nationalities
    of an autonomous division left out: 琼中县委) (for 咸阳市委, 喀什地委)."""
    full = place.name
    for end in rules.STEM_ENDINGS:
        if full.endswith(end) and len(full) > len(end) + 1:
            stem = full[: -len(end)]
            return (without_nationalities(stem) or stem) if end.startswith("自治") else stem
    return full


def _doc_norm(ctx: Context) -> str:
    """The article's normalised sentences, one per line, joined once per article (searched for the
    forms it writes)."""
    text = ctx.facts.get("norm_text")
    if text is None:
        text = ctx.facts["norm_text"] = "\n".join(t.norm for t in ctx.sentences)
    return text


def _district_branch(ctx: Context, place: Mention) -> str:
    """The name of the city bureau's 分局 of district ``place`` (南京市公安局玄武分局) when the
    article writes ``<district stem>分局`` anywhere (玄武分局), else ``""``: a district's police is
    its city's branch, as the article says, not a ``<district>公安局`` made up from a short form."""
    stem = _place_stem(place)
    if len(stem) < 2 or stem + "分局" not in _doc_norm(ctx):
        return ""
    city = default_gazetteer().by_code.get(dict(place.attrs).get("adcode", ""))
    city = default_gazetteer().parent(city) if city else None
    return city.name + "公安局" + stem + "分局" if city is not None and city.name.endswith("市") else ""


def _head_name(head: _Segment, place: Mention | None) -> tuple[str, str]:
    """Canonical name of a chain's first segment, and of its implicit parent bureau ('' if none)."""
    suf, name = head.suffix, head.name
    if place is None:
        return name + suf, ""
    if suf == "区委" and not name and place.name.endswith("自治区"):
        return place.name + "党委", ""  # 中共宁夏回族自治区委员会: the region's 党委 (not 宁夏回族自治区委)
    full = place.name if place.name.endswith(tuple(rules.LEVEL_CHARS)) or dict(place.attrs).get("level") else place.text
    division = default_gazetteer().by_code.get(dict(place.attrs).get("adcode", ""))
    if division is not None and place.text in division.old_names and "自治" not in division.name:
        full = place.text  # 襄樊市公安局 (襄樊市 is now 襄阳市): the unit as it was named, not renamed
        # (an autonomous county written short, 某县 for 某某族自治县: its units take the full name)
    if suf in _lex().level_units:  # (团某市委, 某市团市委: the Youth League's committee of the city, 共青团某市委)
        return (rules.YOUTH_LEAGUE if name == rules.YOUTH_LEAGUE_BEFORE else "") + _place_stem(place) + suf, ""
    if suf in _POLICE:  # 江苏警方 → 江苏省公安厅 (a province's department), 上海警方 → 上海市公安局
        provincial = dict(place.attrs).get("level") == "province" and not full.endswith("市")
        return full + ("公安厅" if provincial else "公安局"), ""
    if _lex().parents.get(suf) == ("party",) and place.name.endswith(tuple(rules.PARTY_COMMITTEE_LEVELS)) \
            and not place.name.endswith("自治区") and dict(place.attrs).get("level"):
        return place.name + "委" + name + (_lex().full.get(suf) or suf), ""  # 某市全面依法治市委员会办公室: a body of
        # the city's party committee (units.tsv parents: party), named as 某市委… is
    if _lex().fine.get(suf) in rules.AS_WRITTEN_KINDS:  # 江城海事法院: its name, not 江城市海事人民法院
        return place.text + name + suf, ""
    if suf in _lex().full:  # courts and procuratorates: 法院 → 人民法院
        core = _lex().full[suf]
        if _lex().fine.get(suf) in rules.PLACE_NAMED_KINDS and place.text != place.name and \
                dict(place.attrs).get("level") in ("prefecture", "county"):
            full = place.text  # 江城边检总站 → 江城出入境边防检查总站, as the station is named
        if dict(place.attrs).get("level") == "county" and full.endswith("区"):
            parent = default_gazetteer().by_code.get(dict(place.attrs).get("adcode", ""))
            parent = default_gazetteer().parent(parent) if parent else None
            if parent is not None:  # a district's court carries its city: 北京市朝阳区人民法院
                return parent.name + full + name + core, ""
        return full + name + core, ""
    if name in _lex().own:  # 防城港边境管理支队: not a bureau's unit, named as written
        return place.text + name + suf, ""
    if head.kind == "police" and suf in rules.BRANCH_UNITS and name in _lex().branches and \
            dict(place.attrs).get("level") in ("province", "prefecture", "county"):
        bureau = full + ("公安厅" if dict(place.attrs).get("level") == "province" else "公安局")
        return bureau + name + suf, bureau
    if head.kind == "org" and len(name) >= 3 and any(t in _NAME_TAGS for _, t, _ in tokens(name)):
        return name + suf, ""  # 广汉市三星堆博物馆 → 三星堆博物馆 (the place stays an alias);
        # a descriptive name keeps its place: 湖南省刑事科学技术协会
    if suf in rules.DISTRICT_BRANCHES and not name and place.name.endswith("区") and dict(place.attrs).get("level") == "county":
        city = default_gazetteer().by_code.get(dict(place.attrs).get("adcode", ""))
        city = default_gazetteer().parent(city) if city else None
        if city is not None and city.name.endswith("市"):  # 霞山分局 → 湛江市公安局霞山分局: a district's branch
            bureau = city.name + "公安局"                   # of its city's bureau
            stem = place.text if place.text.endswith("区") else _place_stem(place)  # (青柳区分局: as written)
            return bureau + stem + "分局", bureau
    written_places = "".join(p.text for p in head.places[-1:])
    if _lex().fine.get(suf) in rules.PLACE_NAMED_KINDS and place.text != place.name and \
            dict(place.attrs).get("level") in ("prefecture", "county"):
        return place.text + name + suf, ""  # 江城省青柳强制隔离戒毒所 → 青柳强制隔离戒毒所, not 青柳市…
    if re.fullmatch(r"[东西南北]?站", name):  # 咸阳站派出所, 江城西站派出所: a railway station's police, named
        return place.text + name + suf, ""   # after the station, not 咸阳市站派出所
    if head.kind == "police" or (dict(place.attrs).get("adcode") and head.kind != "org"):
        return _with_city(place, full) + name + suf, ""
    return written_places + name + suf, ""


def _with_city(place: Mention, full: str) -> str:
    """``full`` (a place's name) as :meth:`kg.gazetteer.Gazetteer.qualified_name` gives it when
    ``place`` is that coded division (南京市鼓楼区: two 鼓楼区司法局 would be one node); else as it is."""
    div = default_gazetteer().by_code.get(dict(place.attrs).get("adcode", ""))
    return default_gazetteer().qualified_name(div) if div is not None and div.name == full else full


def _sibling_parent(ctx: Context, s, at: int, suffix: str, placed: Mention | None = None) -> Mention | None:
    """``…分局网安大队联合治安大队``: a bare unit listed after a sibling of the same level sits in
    the sibling's parent; when the unit is named after a place (``placed``, its place mention:
    某支队甲县大队、乙县大队), only when the sibling, named after a place of the same prefecture (GB/T
    2260 parent), is written right before it and a 、 (``at``: a document offset). Returns that
    parent's mention, or None."""
    siblings = [m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end <= at and m.name.endswith(suffix)
                and dict(m.attrs).get("short")]
    if not siblings:
        return None
    sib = max(siblings, key=lambda m: m.end)
    short = dict(sib.attrs)["short"]
    if placed is not None:
        own = ctx.gazetteer.by_code.get(dict(placed.attrs).get("adcode", ""))
        near = [ctx.gazetteer.by_code.get(dict(p.attrs).get("adcode", "")) for p in ctx.in_sentence(s.index, PLACE)
                if p.start == sib.end - len(short) and p.end == sib.end - len(suffix)]
        if sib.end != at - 1 or ctx.doc.text[at - 1] != "、" or own is None \
                or not any(d is not None and d.parent == own.parent for d in near):
            return None  # (甲师某市公安局…，与乙县公安局…: no list of two; 咸阳支队旬邑大队、正宁县大队: another city's county)
    parent_name = sib.name[: -len(short)]
    return next((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.name == parent_name), None)


@lru_cache(maxsize=None)
def _fire_words() -> tuple[str, ...]:
    """The unit words of ``units.tsv`` of the fire and rescue service (kind fire: 消防救援站, 消防救援大队)."""
    return tuple(w for w, k in _lex().fine.items() if k == "fire")


def _prefecture_sibling_parent(ctx: Context, place: Mention, suffix: str, before: int) -> Mention | None:
    """``某省公安厅高速公路交通警察总队宝鸡支队 …。咸阳支队旬邑大队``: a unit written as a prefecture's short name and
    ``suffix`` alone (咸阳支队), where the article named before document offset ``before`` a unit of one
    bureau that ends in another prefecture of the same province (GB/T 2260 parent) and ``suffix``
    (…总队宝鸡支队, its short name 宝鸡支队): that bureau's mention, the parent of both; None when no such
    unit, or units of two bureaus, were named, or a unit of the prefecture's own (咸阳市公安局…) before it
    or in its sentence."""
    gaz = ctx.gazetteer
    own = gaz.by_code.get(dict(place.attrs).get("adcode", ""))
    if own is None or own.level != "prefecture":
        return None
    places = {(m.start, m.end): m for m in ctx.mentions if m.cls == PLACE and m.end <= before}
    code = dict(place.attrs).get("adcode")
    if any(m.cls == ORGANIZATION and m.end <= before and m.name.startswith((place.name, place.text)) for m in ctx.mentions) \
            or any(m.cls == PLACE and m.sentence == place.sentence and m.start != place.start and dict(m.attrs).get("adcode") == code
                   and ctx.doc.text.startswith(rules.CITY_FORCE_WORDS, m.end) for m in ctx.mentions):
        return None  # (咸阳市公安局刑侦支队…，咸阳支队: the city's own units named too; which one, the text does not say)
    parents = set()
    for m in ctx.mentions:
        short = dict(m.attrs).get("short", "")
        if m.cls != ORGANIZATION or m.end > before or not short.endswith(suffix) or not m.name.endswith(short):
            continue
        p = places.get((m.end - len(short), m.end - len(suffix)))
        other = gaz.by_code.get(dict(p.attrs).get("adcode", "")) if p is not None else None
        if other is not None and other.level == "prefecture" and other.parent == own.parent and other.adcode != own.adcode:
            parents.add(m.name[:-len(short)])
    if len(parents) != 1:
        return None
    name = parents.pop()
    return next((m for m in ctx.mentions if m.cls == ORGANIZATION and m.name == name and m.end <= before), None)


def _place_run(ctx: Context, s, k: int) -> Mention | None:
    """The last place of the places written one after another from ``k`` (an offset into
    ``s.norm``): 齐齐哈尔市富拉尔基区 → 富拉尔基区; None when no place starts at ``k``."""
    by_start = {m.start - s.start: m for m in ctx.in_sentence(s.index, PLACE)}
    place = None
    while k in by_start:
        place = by_start[k]
        k = place.end - s.start
    return place


def _conjunct_parent(ctx: Context, s, k: int, suffix: str) -> Mention | None:
    """``…分局东湖派出所、刑侦大队``: a bare unit written right after a list mark that follows a
    sub-unit read in its chain (a mention with a ``short`` form) is its conjunct and sits in the
    same parent, when that parent's kind may hold ``suffix`` (``parents`` in ``units.tsv``); so is
    one after a conjunct of its own (…分局甲派出所、乙派出所、刑侦大队: 乙's parent, read in this sentence).
    ``k``: where the bare unit (with its modifier) starts in ``s.norm``. Returns the parent's
    mention, or None."""
    if k == 0 or s.norm[k - 1] not in rules.LIST_MARKS:
        return None
    mark = ctx.span_of(s, k - 1, k)[0]
    before = [m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end == mark and dict(m.attrs).get("short")]
    allowed = _lex().parents.get(suffix, ("-",))
    if not before:
        parent = next((st.object for st in reversed(ctx.statements) if st.predicate == "belongsTo"
                       and st.subject.sentence == s.index and st.subject.end == mark and st.subject.cls == ORGANIZATION
                       and isinstance(st.object, Mention) and st.object.sentence == s.index
                       and st.object.end < st.subject.start), None)
        return parent if parent is not None and ("*" in allowed or dict(parent.attrs).get("kind", "") in allowed) else None
    sib = max(before, key=lambda m: len(m.text))
    if not dict(sib.attrs)["short"].endswith(suffix):  # 某局交通警察支队思明大队、|网安支队: a conjunct of the chain's
        level = max((m for m in ctx.in_sentence(s.index, ORGANIZATION) if sib.name.startswith(m.name) and m is not sib
                     and dict(m.attrs).get("short", "").endswith(suffix)), key=lambda m: len(m.name), default=None)
        sib = level or sib  # unit of its own level (the 支队), in that one's parent
    parent_name = sib.name[: -len(dict(sib.attrs)["short"])]
    return next((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.name == parent_name
                 and ("*" in allowed or dict(m.attrs).get("kind", "") in allowed)), None)


#: 我局, 我院, 我分局…: the unit the text speaks for (``rules.FIRST_PERSON_UNITS``), not 我所在的 (group 1: the word).
_FIRST_PERSON = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[在到经向对给为与和及据来]))[" + "".join(rules.FIRST_PERSON) + "](" + "|".join(rules.FIRST_PERSON_UNITS) + ")(?![" + "".join(rules.FIRST_PERSON_NOT_AFTER) + "])")


def _issuer(ctx: Context, word: str, before: tuple[int, int] | None = None) -> Mention | None:
    """The unit a text speaking as 我局 (我院, 我分局…) speaks for: of the units whose names end with
    ``word`` (read before ``(sentence, offset)`` when given), the one named in the title, else the one
    that fills a line of its own (the signature of a 警情通报), else the first one named; None when no
    unit ends so."""
    units = [m for m in ctx.mentions if m.cls == ORGANIZATION and m.name.endswith(word) and not _anaphor_only(m)
             and not m.text.startswith(rules.FIRST_PERSON) and (before is None or (m.sentence, m.start) < before)]
    if not units:
        return None
    units.sort(key=lambda m: (m.sentence, m.start, -len(m.name)))  # (a chain's unit before its parent)
    titled = [m for m in units if m.sentence == 0]
    signed = [m for m in units if ctx.sentences[m.sentence].norm.strip("。 ") == m.text]
    return (titled or signed or units)[0]


#: A task force named by its case's date in quotes: “9·17”专案组 (group 1 the date, group 2 the word).
_TASK_FORCE = re.compile("[“\"]([0-9]{1,2}[·.．・][0-9]{1,2})[”\"](" + "|".join(rules.TASK_FORCE_WORDS) + ")")
#: A task force set up with no name (组成专案组, 成立专案组): a second one, so a bare 专案组 is ambiguous.
_UNNAMED_TASK_FORCE = re.compile("(?:成立|组建|组成)了?(?:" + "|".join(rules.TASK_FORCE_WORDS) + ")")
#: Verbs that set a task force up, right before it (某局立即成立“9·17”专案组).
_TASK_FORCE_LED_BY = re.compile(rules.TASK_FORCE_LED_BY)
#: 三省区, 两市, 11个市州, 三地: a count of divisions (of the places listed before it), not a name's part.
_COUNTED_LEVELS = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个?(?:省|市|县|区|州|盟|旗|地)+")
_SET_UP = re.compile("(?:成立|组建|成立了|组建了|抽调精干警力组成|抽调警力组成|组成)")
#: 成立<event and task>指挥部 (成立青柳庙会安保指挥部, 组建柳林灯会安保指挥部; group name): the command post set up for an event.
_EVENT_COMMAND = re.compile("(?:成立|组建|成立了|组建了)(?P<name>[^，,。；;：:、“”的以为由和与及]{2,10}?(?P<word>"
                            + "|".join(rules.EVENT_COMMAND_WORDS) + "))")


#: 分管|协管 a list of sections, not 分管的 nor inside a word (划分管辖, 部分管理; rules.IN_CHARGE_VERBS).
_IN_CHARGE = re.compile("(?<![划区部十过充])(?:" + "|".join(rules.IN_CHARGE_VERBS) + ")(?![的辖理控])")
#: 某局下设|内设|设有|下辖 a list of its sub-units, perhaps after a count and a colon (内设5个科室：).
_LISTED_UNDER = re.compile(r"(?:" + "|".join(rules.LISTING_VERBS) + r")了?(?!的)(?:(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{1,4}[：:])?")


def _anaphor_only(m: Mention) -> bool:
    """Is ``m`` an anaphor alone (该所, 这支队伍), naming no unit of its own? 该局经济犯罪侦查支队
    names the bureau's 支队: a unit read in full."""
    return m.text.startswith(rules.ANAPHOR_DETERMINERS) and not any(
        m.text.startswith(d) and len(m.text) > len(d) + rules.MAX_ANAPHOR_HEAD for d in rules.ANAPHOR_DETERMINERS)


def _earlier_unit(ctx: Context, written: str, kind: str | None = None,
                  before: tuple[int, int] | None = None) -> Mention | None:
    """An organization already read in the document whose full name ends with ``written``
    (``青岛市公安局黄岛分局`` for a later ``黄岛分局``), or None; with ``kind``, the last such one of
    that kind (a police and a market-regulation 青柳分局: the one a 派出所 sits under), read before
    ``before`` ((sentence index, document offset)) when given."""
    if kind is not None:
        fits = [m for m in ctx.mentions if m.cls == ORGANIZATION and m.name.endswith(written) and m.name != written
                and not _anaphor_only(m) and dict(m.attrs).get("kind", "police") == kind
                and (before is None or (m.sentence, m.start) < before)]
        return max(fits, key=lambda m: (m.sentence, m.start), default=None)
    read, scanned, index = ctx.facts.get("unit_endings", (None, 0, {}))
    if read is not ctx.mentions:  # a mention dropped or replaced since (Context.drop_mention makes a new
        scanned, index = 0, {}  # list): read them all again, the dropped one no more a unit to find
    for m in ctx.mentions[scanned:]:  # an index of every proper ending of the units read so far,
        if m.cls == ORGANIZATION and not _anaphor_only(m):  # kept up to date: linear overall
            for k in range(1, len(m.name)):
                index[m.name[k:]] = m  # the latest unit wins, as in reading order
    ctx.facts["unit_endings"] = (ctx.mentions, len(ctx.mentions), index)
    found = index.get(written)
    if found is None:
        word, spelled = spelled_out(written)
        if word and len(written) - len(word) != 1:  # (镇综治中心: a bare agency of a level, read as one)
            found = index.get(spelled)  # 边检站 again: the 出入境边防检查站 read before
    return found


#: What stands between a division and a bare agency of a run of posts (甲市|副市长、|市公安局, 甲县|副县长
#: 兼|县公安局): Han characters and 、 only, a short run closing with 、 or 兼.
_POSTS_RUN = re.compile("[\u4e00-\u9fff、]{1,12}[、兼]")
#: A run of Han characters only (某省公安|警官职业|学院: nothing else between 公安 and the school's word).
_CJK_RUN = re.compile("[\u4e00-\u9fff]*")
#: What separates items of a list of units (乙市公安局某派出所、|市公安局某支队): a bare unit after it is
#: no part of the item before.
_LIST_ITEM_MARKS = "、；;"
#: The level of the division a bare agency's level character names (市公安局: a prefecture's).
_LEVEL_OF_CHAR = {"省": "province", "自治区": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture", "地区": "prefecture",
                  "县": "county", "区": "county", "旗": "county"}
#: Level characters of Inner Mongolia read as the level they stand for in bare_agencies.tsv's levels
#: (a banner, 旗, is a county; a league, 盟, and a 地区 are prefectures like an autonomous 州), and a
#: street (街道综治中心) as the township it ranks with.
_LEVEL_ALIKE = {"旗": "县", "盟": "州", "地区": "州", "街道": "镇"}


def _doc_division(ctx: Context, level_char: str, s=None, before: int | None = None) -> Mention | None:
    """The division a bare agency belongs to: the nearest division of its level written before it
    in its own clause run (sentence ``s``, before document offset ``before``: 甲市副市长、市公安局局长
    is 甲市's bureau whichever city the article named first); else, for 省/自治区 the first province the article names
    whose name ends with it; for 乡/镇 the first such township; for 县/区/旗 the first county-level division the article names whose
    name ends with it; for 市 the county-level city whose unit the article names first (when no unit of the
    prefecture is named before ``before``), else the first city (prefecture), else the first municipality (天津市), else the first county-level city; for nothing the first city or county; for 州 the first prefecture whose name ends with it (an
    autonomous 州)."""
    if s is not None and level_char:
        near = [m for m in ctx.in_sentence(s.index, PLACE) if m.end <= before and m.name.endswith(level_char)
                and dict(m.attrs).get("adcode") and dict(m.attrs).get("level") == _LEVEL_OF_CHAR.get(level_char)]
        last = max(near, key=lambda m: m.end, default=None)  # only in a run of posts: 甲市副市长、市公安局局长
        if last is not None and _POSTS_RUN.fullmatch(s.norm[last.end - s.start:before - s.start]) \
                and not s.norm[:last.start - s.start].endswith(rules.PREPOSITIONS):
            return last  # (为学习甲市的做法，市公安局…; 在某省…时期，省公安厅…: another clause, no run)
    if level_char in ("乡", "镇", "街道", "村"):  # 乡党委, 街道综治中心, 村委会: the first township (village) of that
        # level the article names; for a township's, any township's when none ends so (镇综治中心 in a street's article)
        level = "village" if level_char == "村" else "township"
        towns = [m for m in ctx.mentions if m.cls == PLACE and dict(m.attrs).get("level") == level]
        return next((m for m in towns if m.name.endswith(level_char)), None) or (
            towns[0] if towns and level == "township" else None)
    places = [m for m in ctx.mentions if m.cls == PLACE and dict(m.attrs).get("adcode")]
    if level_char in ("省", "自治区"):  # 省公安厅: the first province the article names in full
        return next((m for m in places if dict(m.attrs).get("level") == "province"
                     and m.name.endswith(level_char)), None)
    county = [m for m in places if dict(m.attrs).get("level") == "county"]
    prefecture = [m for m in places if dict(m.attrs).get("level") == "prefecture"]
    if level_char in ("县", "区", "旗"):  # (旗公安局: the first banner, Inner Mongolia's county)
        here = [m for m in county if m.name.endswith(level_char) and s is not None and m.sentence == s.index
                and before is not None and m.end <= before
                and _topic_or_seat(ctx, s, m)]  # (not 曾在某县务工, 来自某县的, 系某县人: a county named in passing)
        if here and len({m.name for m in county if m.name.endswith(level_char)}) > 1:
            return max(here, key=lambda m: m.end)  # 甲县…。乙县山高林密，县禁毒办…: the county of its own sentence
        return next((m for m in county if m.name.endswith(level_char)), None)
    if level_char == "市":  # (天津市公安局 for 市公安局 in an article of a municipality: its 市 is a province's level)
        cities = [m for m in county if m.name.endswith("市")]
        first = min((o for o in ctx.mentions if o.cls == ORGANIZATION and any(o.name.startswith(c.name) for c in prefecture + cities)),
                    key=lambda o: o.start, default=None) if cities else None  # (no county-level city: no scan)
        own = next((c for c in cities if first is not None and first.name.startswith(c.name)), None)
        if own is not None and before is not None:
            starts = {m.start for m in county}
            heads = {o.start for o in ctx.mentions if o.cls == ORGANIZATION}
            if any(p.start < before and p.end not in starts and (p.start in heads or s is not None and p.sentence == s.index)
                   for p in prefecture):
                own = None  # 甲市公安局…。乙市委政法委…，市委政法委书记: the prefecture 乙, named since at the head of a
                # unit of its own (not of 乙市甲市, not in 乙市政法工作会议) or in this sentence, is the 市 of a bare body
        if own is not None:
            return own  # 甲市纪委监委 … 市委巡察办 (甲 a county-level city): the article's first unit is its, so is its 市
        return next((m for m in prefecture if m.name.endswith("市")), None) or \
            next((m for m in places if dict(m.attrs).get("level") == "province" and m.name.endswith("市")), None) or \
            next((m for m in county if m.name.endswith("市")), None)
    if level_char in ("州", "盟", "地区"):  # 州中院, 州公安局, 盟公安局, 地区公安局: the first (autonomous) prefecture,
        # league or 地区 named so
        return next((m for m in prefecture if m.name.endswith(level_char)), None)
    return (prefecture or county or [None])[0]


def _topic_or_seat(ctx: Context, s, place: Mention) -> bool:
    """Is ``place`` (in sentence ``s``) the topic of its clause (opening it, perhaps after 在 and the places that
    hold it: 在某州某县，县公安局…; 某县山高林密，县禁毒办…) or the seat of a unit written right after it
    (某县人民检察院与县林业局…)?"""
    text, a, b = s.norm, place.start - s.start, place.end - s.start
    ends = {p.end - s.start: p.start - s.start for p in ctx.in_sentence(s.index, PLACE)}
    while a in ends and ends[a] < a:
        a = ends[a]  # 在某州|某县: the run of places
    opening = a == 0 or text[a - 1] in "，,；;：:" or text[a - 1] == "在" and (a == 1 or text[a - 2] in "，,；;：:")
    return opening or any(text.startswith(w, b) for w in _lex().needs)


def _headed_by_post(ctx: Context, s, head: _Segment) -> Mention | None:
    """``该院党组书记、检察长柯远舟`` after a 法院 and a 检察院: the post written after the anaphor in its
    clause names a longer ending (检察长 heads a 检察院, ``titles.tsv``), so the anaphor stands for the
    last unit read with that ending, not the last with its own (院); None when the clause has no such
    post or no such unit was read before."""
    heads, posts = _lex().post_heads
    k, ending = head.end, None
    while (post := posts.match(s.norm, k)) is not None:  # the run of posts right after the anaphor (该院党组书记、检察长)
        if post.group() in heads and heads[post.group()].endswith(head.suffix) and heads[post.group()] != head.suffix:
            ending = heads[post.group()]
        k = post.end() + (s.norm[post.end():post.end() + 1] == "、")
    return _latest(ctx, s, ending, before=s.start + head.start) if ending else None


def _passive_agent(ctx: Context, m: Mention) -> bool:
    """Is ``m`` written right after 被 and before a verb of conferring (``rules.CONFERRING_VERBS``), the
    body that honours (某院被最高人民法院授予…), not the topic an anaphor after it (该院) points back to?
    (柯某被某法院判处…。该院…: the court is the topic.)"""
    sent = ctx.sentences[m.sentence]
    return sent.norm[:m.start - sent.start].endswith("被") \
        and sent.norm.startswith(rules.CONFERRING_VERBS, m.end - sent.start)


def _written_alone(ctx: Context, word: str, unit: Mention, opens) -> list[tuple[object, Mention]]:
    """Mentions of ``unit`` (a task force, a command post: the article's one) wherever its unit word ``word``
    is written alone, at a sentence's start or after a character ``opens(c)`` accepts, and inside no unit
    read there: ``[(sentence, mention), …]`` in text order."""
    out = []
    for s in ctx.sentences:
        for k in [m.start() for m in re.finditer(word, s.norm)]:
            ms, me = ctx.span_of(s, k, k + len(word))
            if (k == 0 or opens(s.norm[k - 1])) \
                    and not any(o.start < me and ms < o.end for o in ctx.in_sentence(s.index, ORGANIZATION)):
                out.append((s, ctx.add_mention(Mention(ORGANIZATION, word, ms, me, s.index, canonical=unit.name,
                                                       attrs=unit.attrs))))
    return out


def _anaphor_endings(head: str) -> "str | tuple[str, ...]":
    """The endings of the units an anaphor's head stands for: a department word's (``rules.DEPARTMENT_WORDS``:
    该部门 → 部, 科, 处 …), the school words of ``units.tsv`` for 该校 (``rules.SCHOOL_ANAPHOR_HEAD``: 中学, 小学,
    学院, 教育中心 …, and 学校), else the head itself."""
    if head == rules.SCHOOL_ANAPHOR_HEAD:
        return _school_endings()
    return rules.DEPARTMENT_WORDS.get(head, head)


@lru_cache(maxsize=None)
def _school_endings() -> tuple[str, ...]:
    """The unit words of kind ``school`` in ``units.tsv`` (not a section's, 教研室) and 学校."""
    words = {r.word for r in table("units") if r.kind == "school" and not r.word.endswith("室")} | {"学校"}
    return tuple(sorted(words, key=len, reverse=True))


#: A quoted title after an anaphor (该所被命名为“…派出所”): group 1 the title.
_QUOTED_TITLE = re.compile(r"“([^“”]{2,30})”")


def _title_unit_word(text: str, at: int, endings: "str | tuple[str, ...]") -> str:
    """The unit word of ``units.tsv`` (longest first) that ends the first quoted title after ``text[at]`` in its
    sentence (该所被命名为“枫桥式公安派出所”: 派出所), when it ends with one of the anaphor's ``endings``;
    else ``""``."""
    q = _QUOTED_TITLE.search(text, at)
    if q is None:
        return ""
    return next((w for w in longest_first("units") if q.group(1).endswith(w) and w.endswith(endings) and len(w) >= 2), "")


def _point_anaphors(ctx: Context, s) -> None:
    """Each anaphor of sentence ``s`` (该支队, 该部门, 这个…的派出所) that no organization mention covers yet
    stands for the latest unit read with its ending (:func:`_latest`), when there is one: a mention of
    that unit is added at the anaphor."""
    taken = [(m.start, m.end) for m in ctx.in_sentence(s.index, ORGANIZATION)]
    for m in [*_ANAPHOR.finditer(s.norm), *_DESCRIBED_ANAPHOR.finditer(s.norm)]:
        target = _latest(ctx, s, _anaphor_endings(m.group(1)))  # (该部门: the 检察部 in focus; 该校: the school)
        if target is not None and not any(a <= s.start + m.start() < b for a, b in taken):
            ms, me = ctx.span_of(s, m.start(), m.end())
            ctx.add_mention(Mention(ORGANIZATION, m.group(), ms, me, s.index, canonical=target.name, attrs=target.attrs))
            taken.append((ms, me))


def _latest(ctx: Context, s, suffix: "str | tuple[str, ...]", before: int | None = None) -> Mention | None:
    """The most recent organization whose name ends in ``suffix``, read before sentence ``s`` or
    in it (before offset ``before`` when given): the one written last (at a tie, the last read),
    unless it is only the agent of a passive (被最高人民法院授予…) and another is named."""
    def earlier(m: Mention) -> bool:
        if m.sentence < s.index:
            return True
        return m.sentence == s.index and (before is None or m.end <= before)

    def later(m: Mention, than: Mention | None) -> bool:  # read later in the text (a later pass may
        return than is None or (m.sentence, m.end) >= (than.sentence, than.end)  # add an earlier unit)

    best = top = agent_best = None
    for m in ctx.mentions:
        if m.cls == ORGANIZATION and m.name.endswith(suffix) and earlier(m) and not _anaphor_only(m):
            if len(suffix) == 1 and m.name.endswith("总" + suffix):
                top = m if later(m, top) else top  # 该站 after a 站 and its 总站: the 站 (a 总站 only when no 站 is named)
            elif _passive_agent(ctx, m):  # 某院被最高人民法院授予…。该院…: the passive's agent is no topic
                agent_best = m if later(m, agent_best) else agent_best
            elif later(m, best):
                best = m
    best = best or agent_best
    if best is None and top is None and suffix in rules.ANAPHOR_ANY_UNIT:
        for m in ctx.mentions:
            if m.cls == ORGANIZATION and earlier(m) and not _anaphor_only(m) and later(m, best):
                best = m
    return best or top
