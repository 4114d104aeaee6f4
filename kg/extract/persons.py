"""Sentences → Person mentions, their posts (``position``) and units (``belongsTo``).

Patterns (tables ``kg/lexicons/titles.tsv``, ``roles.tsv``, ``surnames.tsv``; closed word
classes and thresholds in :mod:`kg.rules`):

- ``[unit][post、post…]<name>``: 咸阳市公安局副局长柯远舟, 旬邑县委副书记、政法委书记林小禾
  (``政法委书记`` after a committee is a post in that committee's 政法委);
- ``[unit]<role><name>``: 咸阳市公安局特警支队民警柯远舟 (roles such as 民警 place a person in a
  unit but are not posts);
- ``<unit><name>`` when the name is followed by a function word or jieba tags it a name;
- ``<name>说/表示/介绍`` after punctuation.

A name is a surname (compound surnames first) and one or two more characters. It is cut to
two characters when the third starts a dictionary word or is a function character
(林禾介绍说 → 林禾; 韩立冬赶到 → 韩立冬), which fixes jieba's split of unknown three-character names.
Dictionary words that are not person names (荣幸, 东道主) are never names. After a post, a name
without a Han surname is read up to the next word (庭长仁青措正在…). Also: runs of posts across
commas share their bodies (党委委员、副局长，交警大队大队长X); ``<name>是/现任<unit>``; a post with
no unit heads the unit of that kind named just before (所长X带着…); lists of names (甲、乙和丙);
anonymised names (孙某某, 钱某).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from .. import rules
from ..gazetteer import default_gazetteer, township_table
from ..lexicon import admitted_posts, kind_group, longest_first, table
from ..nlp import HAN, dictionary_freq, may_open_alone, tokens, tokenizer, words
from ..schema import ENDED
from ..types import ORGANIZATION, PERSON, PLACE, Mention, Qualifiers
from .base import Context, opens_line, paragraph_start
from .literals import Alternation, WordIndex, in_quotes

_AFTER_NAME = rules.AFTER_NAME
#: The start of an amount: a digit or a Chinese numeral (80余万元, 三万元, 数万元).
_AMOUNT = re.compile(r"(?:共计|合计|总计|累计|约|达|近|逾)?[0-9０-９一二两三四五六七八九十百千万几数]")  # (钱款|共计2000余万元)
#: 所在的: the unit someone serves in follows (闫某某所在的某中队, 她所在的某队).
_SERVING_IN = re.compile("所在的?")
#: 的带领下, 的带领下， after a leader's name: the unit the leader heads opens the next clause.
_LED_BY = re.compile("的(?:带领|领导|指挥|率领)下[，,]?")
#: A verb of going right before a unit (前往某派出所的民警: those who went there, not its own).
_MOTION_BEFORE = re.compile("(?:前往|赶往|赶赴|赶到|来到|走进|进入|到|去|往|赴)$")
#: 在 between a person and the unit the person works in (某某在某派出所|工作).
_WORKS_IN = re.compile("在")
#: Verbs placing a person in the unit right after them (被分配到某所, 调到某所工作, 任职于某所, 现为某所民警).
_ASSIGNED = re.compile("(?:被分配到|分配到|被调到|调到|调入|任职于|就职于|现为)")
#: A unit a person is placed in before 任 and a post (在某局任副局长, 交流到某局任党委委员、副局长, 调至某所任所长).
_POSTED_AT = re.compile("(?:交流到|交流至|调到|调至|调入|来到|在|到|至)")
#: Adverbs before 在 that make the post held there a former one (曾在某所任所长, 先后在…任…).
_FORMER_AT = ("曾", "曾经", "先后", "此前")
#: A removal's clause between a name and the copula of the new post (某某另有任用，已任…).
_REASSIGNED = re.compile("另有任用[，,]")
#: Verbs after 由 and a name that give the post written before 由 to the name (主任由某某担任).
_TAKING_VERBS = ("担任", "兼任", "出任", "负责", "任")
#: Adverbs between a name and _POSTED_AT (某某则到某院任庭长, 某某随后调到…).
_ADVERBS_AT = ("则", "也", "又", "还", "将", "已") + rules.TENURE_ADVERBS
#: Sent to a place or unit to hold a post there (被选派到某村担任…, 被派驻某社区任…): the post follows.
_SENT_TO_SERVE = re.compile("(?:被)?(?:选派|派驻|下派|选调)(?:到|至)?[^，,。；;]{2,15}?(?:担任|任)")
#: A copula, with an adverb before it or not (是, 也是, 同时担任), longest first.
COPULA_FORMS = tuple(sorted({a + c for a in ("",) + rules.COPULA_ADVERBS for c in rules.COPULAS}
                            | {a + c for a in rules.TENURE_ADVERBS for c in rules.COPULAS if c not in ("是", "系")},
                            key=len, reverse=True))
#: The same as a set, and their lengths longest first (:func:`_copula_ending`).
_COPULA_SET = frozenset(COPULA_FORMS)
#: Copulas of two characters or more (担任, 交流任): one in a clause makes the post closing it its predicate.
_LONG_COPULAS = tuple(c for c in COPULA_FORMS if len(c) >= 2)
_COPULA_LENGTHS = tuple(sorted({len(c) for c in COPULA_FORMS}, reverse=True))
#: 现任职务：, 拟任职务：: a résumé's field of the posts held now (or to be held), the line after its name.
_DUTY_FIELD = "(?:现任|拟任|原任|现)?职务[：:][ \t\u3000]*"
_COPULA = re.compile("[，,](?:" + "|".join(f for f in COPULA_FORMS if len(f) >= 2 and f.endswith("任")) + ")|"
                     + _DUTY_FIELD + "|" + "|".join(COPULA_FORMS))  # (柯某，现任…)
_SPEECH = re.compile("(?:" + "|".join(rules.SPEECH_VERBS) + ")")
#: Copulas of a career: the posts listed after them, one an item between commas, are the subject's
#: (历任某所所长，某队大队长，某局副局长).
_CAREER_COPULAS = ("历任", "先后任", "先后担任", "曾任", "曾先后任")
#: Adverbs and copulas that give a post held before, not now (曾任, 曾担任, 此前任, 历任, 先后任): the
#: posts after them are ended, as a removal's are (历任甲所所长、乙队大队长，现任…: the current one follows 现任).
_FORMER_COPULAS = ("曾", "此前", "历任", "先后", "原")


def _unformer(cue: str, titles) -> str:
    """A post written with one mark of a post held before (原所长, 前局长: ``rules.FORMER``) without it, when
    the rest is a post of ``titles``; any other post as written (前线指挥长 is a post of its own)."""
    return cue[1:] if cue[:1] and cue[0] in rules.FORMER and cue[1:] in titles else cue


def _cut_across(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` start inside one word of jieba's dictionary and end inside another that is
    no name (乡村|民宿 holds 村民 across the cut; 村寨|老柯昌明 holds the role 寨老 before a name, 协辅|警甘文
    the role 辅警: no words of the dictionary)?"""
    toks = tokens(text)
    cuts = {k for _, _, k in toks} | {len(text)}
    inner = [(w, t) for w, t, k in toks if k < a < k + len(w) or k < b < k + len(w)]
    return a not in cuts and b not in cuts and all(not t.startswith("nr") and dictionary_freq(w) for w, t in inner)


def _former(copula: str) -> bool:
    """Does ``copula`` (a match of ``_COPULA``, its comma included) give a former post (曾任…)?"""
    return copula.lstrip("，,").startswith(_FORMER_COPULAS)


def _ended_before(ctx: Context, since: int, name: str) -> None:
    """Mark ended the posts and units of ``name`` recorded since ``since`` by a copula of a former
    post (曾任<unit>局长, 历任…): as a removal's (:data:`_ENDED_BY`, ``kg:postStatus "ended"``), and
    remembered (``ctx.facts["former"]``) so that :func:`_held_again` can lift the mark."""
    before = set(ctx.statements[since:])
    ctx.qualify_since(since, name, _ENDED_BY, Qualifiers(status=ENDED))
    ctx.facts.setdefault("former", set()).update(
        st for st in ctx.statements[since:] if st not in before and st.qualifiers.status == ENDED)


#: What may stand between a name and its move (rules.MOVING_VERBS): 同志, a date or a time word, a comma.
_BEFORE_MOVE = re.compile(r"(?:同志)?(?:于?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|近日|日前|近期|今年\d{1,2}月)?[，,]?")


def _committee_holder(ctx: Context, unit: Mention) -> Mention:
    """The body a committee seat shared with ``unit`` sits in (审判委员会委员, 检察委员会委员 after a
    division's post): the court or procuratorate (``rules.COMMITTEE_HOLDERS``) ``unit`` belongs to, read in
    the article's ``belongsTo`` statements; else ``unit``."""
    seen, at = set(), unit
    while not at.name.endswith(rules.COMMITTEE_HOLDERS) and at.name not in seen:
        seen.add(at.name)
        parent = next((st.object for st in ctx.statements if st.predicate == "belongsTo" and st.subject.name == at.name
                       and isinstance(st.object, Mention) and st.object.cls == ORGANIZATION), None)
        if parent is None:
            return unit
        at = parent
    return at


def _moved(ctx: Context) -> None:
    """``甲院副院长某某调任乙院副院长`` (``rules.MOVING_VERBS``: 调任, 交流任职, 升任, …
    right after the name), and ``原淳安县公安局局长某某`` (``rules.FORMER_MARK`` before the run): the units
    written before the name in the sentence, and the posts held in them, were held until the move:
    ended, as a former copula's are (:func:`_ended_before`). (a city's name opening with 原 is a place, no mark.)"""
    for s in ctx.sentences:
        for p in ctx.in_sentence(s.index, PERSON):
            gap = _BEFORE_MOVE.match(s.norm, p.end - s.start)  # (某某同志|于2023年3月|调任…: a date between)
            moving = s.norm.startswith(rules.MOVING_VERBS, gap.end()) or (s.index, p.end) in ctx.facts.get("moves", ())
            if not moving and rules.FORMER_MARK not in s.norm[:p.start - s.start]:
                continue  # (neither a move nor a former mark: the statements need not be looked at)
            here = lambda m: m is not None and isinstance(m, Mention) and m.sentence == s.index and m.end <= p.start  # noqa: E731
            run = [st for st in ctx.statements if st.subject.name == p.name and st.subject.sentence == s.index
                   and st.qualifiers.status is None and (st.predicate == "belongsTo" and here(st.object)
                                                         or st.predicate == "position" and here(st.qualifiers.unit))]
            if not run:
                continue
            first = min((st.object if st.predicate == "belongsTo" else st.qualifiers.unit).start for st in run) - s.start
            former = first > 0 and (s.norm[first - 1] == rules.FORMER_MARK and not (
                first > 1 and dictionary_freq(s.norm[first - 2:first]))  # (扎根高原|某局: a word, no mark)
                or s.norm.endswith(rules.FORMER_COPULA, 0, first)) and not any(  # (原任某局副局长的某某)
                m.start - s.start < first <= m.end - s.start for m in ctx.in_sentence(s.index, ORGANIZATION))
            if not (former or moving):
                continue  # (原|某局局长某某: the posts of a former unit, as 调任 after the name says)
            kept = {st.object.name for st in ctx.statements if st.predicate == "belongsTo" and st.subject.name == p.name
                    and isinstance(st.object, Mention) and st.object.sentence == s.index and st.object.start >= p.end}
            run = [st for st in run if not (st.predicate == "belongsTo" and st.object.name in kept)]  # (某所所长某某改任
            # 某所教导员: the unit held still; only the post ends)
            changed = ctx.qualify(lambda st: st in run, Qualifiers(status=ENDED))
            ctx.facts.setdefault("former", set()).update(changed)


#: A date opening a later clause of a career, before its verb (，2000年调到…; ，2019年起任…).
_CAREER_DATE = re.compile(r"(?:(?:(?:19|20)\d{2}年|次年|同年|当年|翌年)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|底|初|末)?)?")
#: 从 a first post 成长为/干到 the later ones (某某从一名战斗员成长为班长、副站长): group 1 the verb.
_GROWN_INTO = re.compile("从[^，,；;]{1,12}?(成长为|干到)")
#: 在 units, then a verb of work there (在立案庭、民事审判庭工作; 在某所当民警; 在某科从书记员干起): group 1 the
#: units, group 2 the verb (PersonExtractor._held_there reads what follows it).
_WORKED_AT = re.compile(r"在([^，,；;]{2,40}?)(工作|任职|当|担任|任|从)")
#: A sentence of a career narrated year by year (2014年，…; 2019年起，…; 两年后，…; 次年，…): the posts it
#: gives are held then, not necessarily now (:func:`_held_again`).
_NARRATED = re.compile(r"\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:起|底|初|末|后)?|[两三四五六七八九十]年后|次年|同年|此后|后来)[，,]")


def _held_again(ctx: Context) -> None:
    """A former post or unit (:func:`_ended_before`) that the article also gives the person as held
    is held (现任某局局长，曾任某局副局长: the unit 某局 stays, the post 副局长 ends), unless only a sentence
    of the career narrated year by year gives it (``_NARRATED``: 2014年，某某任某局副局长): the article's
    statements of it are one in resolution, where an ended one would end the held one too. Same
    person, relation and post or unit name (a post: in the same unit, its membership's); a removal's
    mark (免去…职务) is not lifted."""
    former = ctx.facts.get("former")
    if not former:
        return
    key = lambda st: (st.subject.name, st.predicate, getattr(st.object, "name", st.object),  # noqa: E731
                      st.qualifiers.unit.name if st.predicate == "position" and st.qualifiers.unit else None)
    # (a post is held again in its unit: a membership per person, post and unit; 副院长 of 甲院 ended and
    # 副院长 of 乙院 held stay two)
    held = {key(st) for st in ctx.statements if st.predicate in _ENDED_BY and st.qualifiers.status is None
            and not _NARRATED.match(st.evidence.sentence)}  # (2014年，某某任某局副局长。…某某曾任某局副局长，
    # 现任…: a year's narration tells a post held then; the former copula says it ended)
    lifted = {st: replace(st, qualifiers=replace(st.qualifiers, status=None))
              for st in ctx.statements if st in former and key(st) in held}
    if lifted:
        ctx.restate([lifted.get(st, st) for st in ctx.statements])  # (in their order: the last unit read of
        # a post is its membership's)


@lru_cache(maxsize=None)
def _bare_agency_pattern() -> re.Pattern:
    """An agency of ``bare_agencies.tsv`` after a level character, ending where the text searched
    ends (省法院, 市检察院, 区法院)."""
    return re.compile("(?:自治区|[" + rules.LEVEL_CHARS + "])(?:" + "|".join(longest_first("bare_agencies")) + ")$")


def _committee_seats(ctx: Context) -> None:
    """``某市委常委``: a seat of ``rules.COMMITTEE_SEATS`` held in a party committee named by its level
    (某市委, 某县委, 某自治区党委) is the post written with that level (市委常委, 自治区党委常委), as the papers
    name it; the seat alone (常委) stays for a committee of another name."""
    def seat(st):
        unit = st.qualifiers.unit
        if st.predicate != "position" or st.object not in rules.COMMITTEE_SEATS or unit is None:
            return st
        body = next((b for b in ("党委", "委") if unit.name.endswith(b)), "")
        level = "自治区" if unit.name.endswith("自治区" + body) else unit.name[-len(body) - 1:-len(body)] if body else ""
        return replace(st, object=level + body + st.object) if level and level[-1] in rules.LEVEL_CHARS else st
    renamed = [seat(st) for st in ctx.statements]
    if renamed != ctx.statements:
        ctx.restate(renamed)


#: A résumé's sentence that opens with its copula, its subject the person the résumé names.
_RESUME_OPENERS = ("现任",) + _CAREER_COPULAS
#: A date before a copula in a résumé (…；2021年11月任某局政委).
_DATE_BEFORE_POST = r"\d{4}年(?:\d{1,2}月)?(?:起|至今)?"
#: 45岁的|王芳是…, 1980年出生的|王芳是…, 获评优秀律师的|王芳是…: an age, a birth year or an honour won before
#: 的 describes the name after it.
_DESCRIBED = re.compile(r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁|\d{4}年(?:出生|生)?|[一二三四五六七八九十]{2,3}后"
                        r"|(?:获评|荣获|被评为|获得)[^，,。；;：:]{2,16})的$")
#: 一、蒲某某，男，汉族，…: a numbered row of a 公示 or 名单 opening with a name and the sex (group name).
_BIO_ROW = re.compile(f"(?:(?:[一二三四五六七八九十]{{1,3}}|\\d{{1,3}})[、.．]|[（(]\\d{{1,3}}[）)])\\s*(?:(?P<spaced>[{HAN}][ \u3000]{{1,2}}[{HAN}])|(?P<name>[{HAN}]{{2,4}}))(?:[，,][男女]|[（(][男女][）)])[，,]")
#: 34岁的|某某扑进…: an age and 的 before a name (a person whatever verb follows; 45岁的|王芳是… is _DESCRIBED's).
_AGE_BEFORE = re.compile(r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁的")
#: 某某今年67岁，…, 某某现年45岁: a name opening a clause, then its age (a person, even a name that is a
#: word: 江河今年67岁; not a name the article writes in quotes: 警犬“闪电”).
_AGED = re.compile("(?:今年|现年|已经|已)\\d{1,3}岁")
#: 欧阳某，男，汉族，…: a name opening a sentence with the sex and one more field of a résumé after it.
_BIO_LEAD = re.compile(f"(?P<name>[{HAN}]{{2,4}})[，,][男女][，,](?:[{HAN}]{{1,6}}族|\\d{{4}}年)")
#: The fields of a résumé after a name, before its copula (某某，男，汉族，1975年5月出生，大学学历，
#: 中共党员，现任…): sex, nationality, birth, schooling (大学学历, or 在职研究生, 本科: rules.SCHOOLING),
#: party, native place, start of work.
_BIO_FIELDS = re.compile(f"(?:[（(][男女][）)])?(?:[，,](?:[男女]|[{HAN}]{{1,6}}族|\\d{{4}}年(?:\\d{{1,2}}月)?(?:\\d{{1,2}}日)?(?:出生|生|参加工作|入党|加入中国共产党|入警|参加公安工作)"
                         f"|[{HAN}]{{1,8}}(?:学历|学位)|中共党员|中共预备党员|群众|无党派人士|[{HAN}]{{2,8}}人(?=[，,。；;])"
                         f"|(?:在职|全日制)?(?:[{HAN}]{{1,3}}党校)?(?:{'|'.join(rules.SCHOOLING)})(?=[，,])))+")
#: 他叫刘洋，…, 她名叫…: a pronoun at a clause start introducing a name.
_NAMED_AS = re.compile("(?:^|(?<=[，,。；;：:]))(?:" + "|".join(rules.PERSONAL_PRONOUNS) + ")(?:名叫|叫)")
#: 他现任…, 她是…: a pronoun at a clause start, the subject of the copula after it (ends before it).
_PRONOUN_SUBJECT = re.compile("(?:^|(?<=[，,。；;：:]))(?:" + "|".join(rules.PERSONAL_PRONOUNS) + ")(?=[^们])")
_CLAUSE_RUN = re.compile(f"[{HAN}、]{{1,20}}")  # the Han run of a clause (to its punctuation)
_POST_NOTE = re.compile(r"[（(〔][^（）()〔〕，。,]{1,6}[）)〕]")  # a note on a post before the name (（主持工作）, （正科级）)
_TAB_CELL = re.compile("[^\t]+")  # a cell of a tab-separated row
_ONE_SPACE = (" ", "\u3000")  # (a post, one space and a name: 副所长 柯远舟)
_CJK = re.compile(f"[{HAN}]")  # name characters: basic block, Ext A, Ext B-H (陈䶮, 陈立𬘭)
_DOTTED = re.compile(f"(?:[{HAN}]{{1,6}}·)+")  # the parts before the last dot of 热依拉·阿不都
_NOT_GIVEN = rules.NOT_GIVEN
_NOT_FIRST_GIVEN = rules.NOT_FIRST_GIVEN
_PARTY_BODIES = ("党支部", "党总支", "党委", "党组")  # before a post: 和党支部书记 is a second post
_HONORIFICS = rules.HONORIFICS


class PersonExtractor:
    """Find persons by title, role, unit and speech patterns (see module docstring)."""

    name = "persons"
    requires = (ORGANIZATION,)
    assigns = (PERSON,)

    def __init__(self) -> None:
        self.title_set = words("titles") | set(admitted_posts())  # curated, then mined posts it admits
        self.verbs = words("honor_verbs")  # 吐尔逊|荣立: jieba tags 荣立 as a name
        self.honour_verbs = tuple(sorted(self.verbs, key=len, reverse=True))
        #: 全国模范|法官: a scope and a quality of honor_qualities.tsv before a post make an honour's title
        #: (某院优秀法官某某, with no scope, is still the court's judge)
        self.praised_re = re.compile("(?:" + "|".join(rules.HONOUR_SCOPES) + ")(?:" + "|".join(
            map(re.escape, sorted(words("honor_qualities"), key=len, reverse=True))) + f")[{HAN}]{{0,{rules.QUALITY_GAP}}}?$")
        self.long_honour_verbs = tuple(v for v in self.honour_verbs if len(v) >= 2)  # (获, 记: also in names)
        self.titles = sorted(self.title_set, key=len, reverse=True)
        self.post_words = tuple(self.titles)
        self.roles = sorted(words("roles"), key=len, reverse=True)
        self.role_set = frozenset(self.roles)
        self._cues = WordIndex(self.titles + self.roles)  # the posts then the roles (:meth:`_cues_ending_at`)
        self._posts = WordIndex(self.titles)
        surnames = words("surnames")
        self.compound = {s for s in surnames if len(s) == 2}
        self.single = {s for s in surnames if len(s) == 1}
        self.cue_re = re.compile("|".join(map(re.escape, sorted(set(self.titles) | set(self.roles), key=len, reverse=True))))
        units = table("units")  # a unit word written bare before a post (边检站党委书记): its forms
        self.unit_forms = {r.word: (r.word, r.full) if r.full else (r.word,) for r in units}
        self.unit_full = {r.word: r.full for r in units if r.full}  # 纪委 → 纪律检查委员会 (a canonical name's form)
        self.unit_kinds = {r.word: (r.kind, r.needs_name) for r in units}
        self.unit_forms.update({w: (w,) for w in rules.BARE_UNIT_WORDS})
        self.unit_forms.update(rules.DEPARTMENT_WORDS)  # 部门副主任: the 检察部 (科, 处) in focus
        self.unit_words = tuple(sorted(self.unit_forms, key=len, reverse=True))
        self._units = WordIndex(self.unit_words)
        parts = table("name_parts")  # names without a Han surname, built of common parts
        self.parts_re = re.compile("|".join(map(re.escape, sorted({r.word for r in parts if r.origin not in ("yi", "dai")},
                                                                   key=len, reverse=True))))
        self.yi_families = frozenset(r.word for r in parts if r.origin == "yi")
        self.dai_prefixes = frozenset(r.word for r in parts if r.origin == "dai")

    def composed_name(self, text: str, i: int, after_cue: bool = False) -> tuple[str, int]:
        """A name of parts (``name_parts.tsv``) starting at ``text[i]``: ``(name, number of parts)``,
        or ``("", 0)``. Parts run together (旦增 + 罗布, 阿依古丽 + 买买提) up to
        :data:`kg.rules.MAX_COMPOSED_NAME` characters, or a Yi family name with a two-character
        given name (吉克 + 阿果), or a Dai prefix and one syllable (岩 + 温); the name must end where the clause goes on (punctuation, a
        function character, a verb or other clause word, an honour verb) — for a Yi name only
        when no post or role comes before it (``after_cue``: 监区长吉克阿果用…)."""
        yi = text[i:i + 2] in self.yi_families and i + 4 <= len(text) and \
            all(_CJK.match(c) and (c not in _AFTER_NAME or k == 1 and c in rules.YI_GIVEN_FINALS
                                   and self._name_ends(text, i + 4))
                for k, c in enumerate(text[i + 2:i + 4])) and \
            (after_cue and not self._word_starts(text, i + 3) or self._name_ends(text, i + 4)
             and not (self._word_starts(text, i + 3) and not self._word_starts(text, i + 4)))
        # (马海林|承办: 承 starts a word; 吉克森|介绍了: so does 介, and 绍 none; 吉克拉布|告诉: 告 starts one)
        if yi and (tail := self.parts_re.match(text, i + 2)) is not None and tail.end() > i + 4:
            yi = False  # 阿都 and a Uyghur part: a part of another origin runs past the Yi given name's two characters
        parts = self._parts_name(text, i, after_cue)
        if yi and len(parts[0]) <= 4:
            return text[i:i + 4], 2
        if not parts[0] and text[i:i + 1] in self.dai_prefixes and i + 2 <= len(text) and _CJK.match(text[i + 1]) \
                and text[i + 1] not in _AFTER_NAME and dictionary_freq(text[i:i + 2]) < rules.WORD_FREQ \
                and self._name_ends(text, i + 2):
            return text[i:i + 2], 2  # 岩温, 玉香: a Dai prefix and one syllable, no dictionary word
        return parts

    def _parts_name(self, text: str, i: int, after_cue: bool = False) -> tuple[str, int]:
        """:meth:`composed_name` from name parts only; after a post or role (``after_cue``) the
        name may also end where any dictionary word starts (其木格|扎根社区: jieba tags 扎根 as a
        place, so it is no clause word)."""
        j, n = i, 0
        while (m := self.parts_re.match(text, j)) and m.end() - i <= rules.MAX_COMPOSED_NAME:
            j, n = m.end(), n + 1
        if after_cue and n >= 2 and j < len(text) and tokenizer().word_tag_tab.get(text[j], "x")[:1] in "vpdc" \
                and not self._word_starts(text, j):
            return text[i:j], n  # 法官罗桑旦增|用藏汉双语: two parts, then a one-character verb or preposition
        if n and text.startswith("任", j) and self.cue_re.match(text, j + 1):
            return text[i:j], n  # 由教导员巴特尔|任队长: taking a post, no syllable of the name
        if after_cue and n == 1 and not (self._name_ends(text, j) or self._word_starts(text, j)):
            if more := self._syllables_after_part(text, i, j):
                return more, 2  # 民警才让吉沫|说, 辅警旦正嘉|骑马: a part and syllables of no word
        if after_cue and n == 0 and (last := self._part_after_syllables(text, i)):
            return last, 2  # 检察长嘎央拉姆|、: syllables of no word, then a part that ends the name
        while n and not (self._name_ends(text, j) or after_cue and self._word_starts(text, j)):  # 扎西|顿 …: back off to a part that ends the name
            k = max((m.end() for m in [self.parts_re.match(text, i)] if m), default=i)
            if k >= j or n == 1:
                return "", 0
            j, n = k, 1
        return (text[i:j], n) if n else ("", 0)

    def _syllables_after_part(self, text: str, i: int, j: int) -> str:
        """After a post or role, a name part (``name_parts.tsv``) ending at ``text[j]`` and one or
        two more name characters that make no dictionary word, where the name ends: the name
        (才让 + 吉沫, 旦正 + 嘉), or ``""``."""
        for k in (j + 2, j + 1):
            tail = text[j:k]
            if len(tail) != k - j or not all(_CJK.match(c) and c not in _AFTER_NAME and c not in rules.PARTS_NAME_STOPS
                                              and c not in rules.SPEECH_ADVERBS for c in tail):  # (某某|总说)
                continue
            if tokens(text[j:k + 1])[0][1] in ("v", "vd", "d") or tokenizer().word_tag_tab.get(tail[0], "") == "d":
                continue  # 扎西|拦下…, 拉姆|刚下班: a verb or an adverb opens the predicate (jieba's cut)
            if self._word_starts(text, j) or self.parts_re.match(text, k) or \
                    len(tail) == 2 and (dictionary_freq(tail) >= rules.WORD_START_FREQ or self._word_starts(text, j + 1)):
                continue  # 才让|我们, 旦正|加班: the characters start a word of the clause (阿拉坦某|通报)
            if self._name_ends(text, k) or self._word_starts(text, k):
                return text[i:k]
        return ""

    def _part_after_syllables(self, text: str, i: int) -> str:
        """After a post or role, two name characters that start no dictionary word and a name part
        that ends the name (嘎央 + 拉姆): the name, or ``""``. A Han surname or a nickname prefix
        (小, 老) opens no such name (刘华|扎西: two names), nor a verb (抱起|卓玛: the verb and its object)."""
        head = text[i:i + 2]
        part = self.parts_re.match(text, i + 2)
        if part is None or len(head) < 2 or self.parts_re.match(text, i) or self._word_starts(text, i) or \
                head[0] in self.single or head[0] in rules.NICKNAME_PREFIXES or \
                any(t in ("v", "vd", "d", "p") for _, t, _ in tokens(head)) or \
                not all(_CJK.match(c) and c not in _AFTER_NAME and c not in rules.PARTS_NAME_STOPS for c in head):
            return ""
        return text[i:part.end()] if self._name_ends(text, part.end()) else ""

    def _name_ends(self, text: str, j: int) -> bool:
        """Can a name end right before ``text[j]``?"""
        if j < len(text) and text[j] == "·":
            return False  # 阿不都热合曼|·吐尔逊: the dot joins the next part
        return j >= len(text) or not _CJK.match(text[j]) or text[j] in _AFTER_NAME or text[j] in rules.PARTS_NAME_STOPS \
            or self._clause_word_starts(text, j) or text.startswith(self.honour_verbs, j) \
            or text[j + 1:j + 2] in rules.ASPECT

    # ------------------------------------------------------------------ names
    def name_at(self, text: str, i: int, strict: bool = False, strong: bool = False) -> str:
        """The person name starting at ``text[i]``, or ``""`` (see :meth:`_name_at`); a name
        ending in a township suffix (巴拉嘎尔高勒镇, 大均乡李宝村的) is a place, not a person."""
        if text[i:i + 1] == "作" and any(text.startswith(w, k) for k in range(i + 1, i + 6) for w in rules.MADE_SPEECHES):
            return ""  # 负责人作交流发言: the verb 作 and what is made, not the surname 作
        if strong and text[i:i + 1] == "兼":
            return ""  # 副支队长兼某所政委: 兼 joins two posts after a post, no surname
        if text[i:i + 1] in rules.PRONOUN_CHARS:
            return ""  # 辅警甲和他一起…: a pronoun, never a surname
        if text[i:i + 1] in rules.CONJUNCTION_SURNAMES and _township_at(text, i + 1):
            return ""  # 政协委员和|太村镇居民代表: the conjunction, then a township of the table, no surname 和
        if text.startswith(rules.WEEKDAYS, i) and (text[i - 1:i] == "每" or i and text[i - 1] in rules.WEEKDAY_BEFORE
                                                   and text.endswith(rules.WEEKDAYS, 0, i - 1)
                                                   or text[i + 2:i + 3] in rules.WEEKDAY_AFTER):
            return ""  # 每周二、周五有检察官值班: a day of the week, not the surname 周 (民警柯某、周一鸣: a name)
        if strong and text[i:i + 1] == "谈" and dictionary_freq(text[i + 1:i + 3]) >= rules.COMMON_WORD_FREQ \
                and not tokenizer().word_tag_tab.get(text[i + 1:i + 3], "").startswith(("nr", "ns", "nz")):
            return ""  # 院长谈|执行工作, 局长谈|平安建设: an interview's title (the post talks about a topic), no 谈某
            # (所长谈建国: a given name jieba tags a name or place)
        if text[i:i + 1] == "余" and i and (text[i - 1].isdigit() or text[i - 1] in rules.NUMERALS + "百千万亿"):
            return ""  # 400余宗, 1.5万余宗: "more than" after a number, not the surname 余
        if strong and self._bare_unit_at(text, i):
            return ""  # 检察长甲、县公安局局长乙: a unit written bare, then its post
        if _nationality_at(text, i, i):
            return ""  # 队长鄂伦春族民警某某, 苗族干部: a nationality (GB/T 3304), not a name
        if strong and _clause_at(text, i) and not self.composed_name(text, i, after_cue=True)[0]:
            return ""  # 民警雷厉风行, 所长闻讯后, 社区民警常来走访: the predicate, no name (所长才让… of a Tibetan name is one)
        name = self._honour_cut(text, i, self._name_at(text, i, strict, strong))
        if "·" not in name and any(c in rules.PRONOUN_CHARS for c in name[1:]) and (
                text[i + len(name):i + len(name) + 1] == "们" or len(name) >= 3 and name[-1] in rules.PRONOUN_CHARS):
            return ""  # 牧民信任我们, 群众信任我，: a verb and a pronoun, no given name
        if name[:1] in rules.PREPOSITION_SURNAMES and name[1:].startswith(rules.ANAPHOR_DETERMINERS):
            return ""  # 审判长由|该院副院长某某担任: a preposition and an anaphor (该院), no name
        level = text[i + len(name):i + len(name) + 1]
        if len(name) >= 3 and "·" not in name and (level and level in rules.LEVEL_CHARS and name[1:] + level
                                                   in default_gazetteer().by_name or name[1:] in default_gazetteer().by_name):
            return ""  # 当事人向|青川县人民法院, 原|青川县: a preposition (an adjective) and a division's name, no given name
        if len(name) >= 3 and any(dictionary_freq(text[i:i + L]) >= rules.PRONOUN_WORD_FREQ for L in range(2, len(name) + 2)) \
                and (first := tokens(text[i:i + len(name) + 1])[0]) and len(first[0]) >= 2 \
                and first[1] == "r" and dictionary_freq(first[0]) >= rules.PRONOUN_WORD_FREQ:  # (the first word is
            # one of those prefixes: no need to segment the window when none is that common)
            return ""  # 当警察|那些年: a pronoun of the dictionary (那些), no surname
        if len(name) == 3 and "·" not in name and name[1] in rules.NICKNAME_POST_CHARS and name[2] in rules.HABIT_ADVERBS \
                and _SPEECH.match(text, i + 3):
            return ""  # 沈所|总说, 柯队|常说: a colleague's name for a post's holder, then an adverb, no given name
        if len(name) == 3 and name[-1] == "作" and any(text.startswith(w, k) for k in range(i + 3, i + 8)
                                                       for w in rules.MADE_SPEECHES):
            name = name[:2]  # 局长方军|作报告, 方军|作了工作报告: the verb 作, not the name's end
        if len(name) >= 3 and name[-1] == "记" and "·" not in name and text.startswith(rules.RECORDED_AWARDS, i + len(name)):
            name = name[:-1]  # 民警柯英姬|记个人二等功: the verb 记 before the award, not the name's end
        if len(name) == 4 and name[-1] in "和与及" and "·" not in name and _COUNTED_AFTER.match(text, i + len(name)):
            name = name[:-1]  # 民警柯远帆和|4名辅警: the conjunction before a counted group, not the name's end
        if len(name) >= 3 and name[-1] == "家" and "·" not in name and text[i + len(name):i + len(name) + 1] in ("的", "里"):
            name = name[:-1]  # 牧民斯琴家的蒙古包: the home of the name, not part of it
        if name and (name[-1] in rules.TOWN_CHARS or name[-1] == "村" and (
                text[i + len(name):i + len(name) + 1] in rules.AFTER_VILLAGE or i and text[i - 1] in rules.BEFORE_PLACE)):
            return ""  # (被选派到|孙楼村担任…: a village after a verb of motion or a preposition of place)
        if len(name) == 2 and strong and tokenizer().word_tag_tab.get(name) == "n" and _AMOUNT.match(text, i + 2):
            return ""  # 骗取被害人钱款|80余万元: a common noun (jieba's n) and its amount, no name
        if strong and name and (may_open_alone(text[i], "v") or may_open_alone(text[i], "p")) \
                and len(cut := tokens(text[i:i + 6])) >= 2 and cut[0][0] == name[0]:  # (both tests need
            # the first character alone as a verb or a preposition: no need to segment when no cut gives that)
            if cut[0][1] == "v" and cut[1][0] == name[1:2] and cut[1][1] == "f":
                return ""  # 副站长|任上|调任…: a verb and a locative (in office), no surname and given name
            if len(name) == 2 and cut[0][1] == "p" and len(cut[1][0]) >= 3:
                return ""  # 民警向|受表彰的…: a preposition (jieba's p) and a word of three or more, no name
        if len(name) == 3 and name[2] == "某" and name[1] in self.single and \
                tokenizer().word_tag_tab.get(name[0], "x")[:1] in "cdp":
            return ""  # 但|柯某一直…: a conjunction before a pseudonym, which is read from its own surname
        if strong and len(name) == 2 and text[i + 2:i + 3] in ("了", "着") and not self._word_starts(text, i + 2) \
                and dictionary_freq(name) >= rules.ROLE_VERB_FREQ:
            return ""  # 民警查明|了…: a common word and an aspect particle is the verb, not a name (jieba tags 查明 nr)
        if strong and len(name) == 2 and name[0] in rules.VERB_SURNAMES \
                and dictionary_freq(name) >= rules.VERB_SURNAMES[name[0]]:
            return ""  # 执行干警查明，…, 民警查清…: the verb and its result, no surname 查
        if strong and len(name) == 2 and text.startswith(rules.NOTICE_VERBS, i + 2) \
                and dictionary_freq(name) >= rules.ROLE_VERB_FREQ:
            return ""  # 民警温馨|提示: the manner of a notice (jieba tags 温馨 nr), no name
        if name[:1] == "和" and strong and "·" not in name:
            after = tokens(text[i + len(name):i + len(name) + 4])
            if after and len(after[0][0]) >= 2 and not text.startswith(self.honour_verbs, i + len(name)) and \
                    (tokenizer().word_tag_tab.get(after[0][0]) or after[0][1])[:1] == "n":
                return ""  # 负责人和|制茶|师傅, 调解员和驻村|法律顾问: 和 joins two nouns (站长和建军带领…: a name)
        return name

    def _honour_cut(self, text: str, i: int, name: str) -> str:
        """``柯建|记个人三等功``, ``李强|获颁``: a three-character name whose last character begins
        an honour verb of two characters or more (``honor_verbs.tsv``), 记功, or 记 and a title
        (记个人…, 记集体…, 记一等功) is the two characters before it — unless the name ends in 荣 before
        记 and a 对 opens its clause (对…柯光荣记个人二等功: the verb 记 of the 对 frame)."""
        credit = ("记个人", "记集体", "记一等", "记二等", "记三等", "记功")
        if len(name) == 3 and "·" not in name and text.startswith(credit + self.long_honour_verbs, i + 2):
            clause = max(text.rfind(c, 0, i) for c in "，,。；;：:")
            if name[2] == "荣" and text.startswith(credit, i + 3) and re.search("(?<![针面相绝应反核])对", text[clause + 1:i]):
                return name  # 对某队副队长柯光荣|记个人二等功: 对 governs the recipient of 记, no 荣记 follows a name
            return name[:2]
        return name

    def _name_at(self, text: str, i: int, strict: bool = False, strong: bool = False) -> str:
        """The person name starting at ``text[i]``, or ``""``.

        Args:
            text: a normalised sentence.
            i: where the surname would start.
            strict: also require the name to end before a function word or punctuation.
            strong: the name follows a post or role (局长吴建平): a given name that is also a
                word (建平, 光明) is kept; a conjunction (民警和医生) still is not a surname.

        Returns:
            The name (2–4 characters, or parts joined by ``·``) or ``""``.
        """
        dotted = _DOTTED.match(text, i)
        joined = re.match(f"((?:[{HAN}]{{1,6}}·)+[{HAN}]{{2,6}}?)[和与及](?=(?:[{HAN}]{{1,6}}·)+[{HAN}])", text[i:]) \
            if dotted else None
        if joined and not any(c in _AFTER_NAME or c in rules.PREPOSITION_SURNAMES or c in rules.NAME_OPENERS
                              for c in joined.group(1).replace("·", "").replace("不都", "").replace("布都", "")) \
                and not self.cue_re.search(joined.group(1).split("·")[0]) and not text.startswith(self.honour_verbs, i):
            return joined.group(1)  # 热依木·买买提|和|艾力·吐尔逊: two dotted names joined by 和
        if dotted and any(c in _AFTER_NAME or c in rules.PREPOSITION_SURNAMES or c in rules.NAME_OPENERS or c in _DOTTED_NAME_ENDS
                          for c in dotted.group().replace("·", "").replace("不都", "").replace("布都", "")):
            dotted = None  # 岁的叶尔兰·…, 由叶尔兰·…: a function character is no part of a name
        if dotted and text[i] not in _AFTER_NAME and not self.cue_re.search(dotted.group().split("·")[0]) \
                and not text.startswith(self.honour_verbs, i):  # (追授|…·…, 原所长|…·…: no part of the name)
            last = self._last_part(text, dotted.end())
            if last and not _worded(dotted.group() + last):  # (走基层·蹲点调研: a column's name)
                return dotted.group() + last  # 热依拉·阿不都, whole
        if strong and text[i:i + 1] in ("和", "兼") and (self.cue_re.match(text, i + 1) or any(
                text.startswith(b, i + 1) and self.cue_re.match(text, i + 1 + len(b)) for b in _PARTY_BODIES)):
            return ""  # 所长和党支部书记…, 所长兼教导员: a second post, not a name
        if strong and governed_word(text, i):
            return ""  # 副局长向|记者介绍, 局长赴|宁波, 副局长于|近日: a preposition or verb and its object
        if strong:
            composed, _ = self.composed_name(text, i, after_cue=True)
            if composed:
                return composed  # 辅警次旦, 所长旦增罗布, 监区长吉克阿果
        if _function_word_at(text, i):
            return ""  # 总书记关于新时代…: a preposition or conjunction, not a surname
        if strong == "role" and (run := self._four_after_role(text, i, strict)):
            return run  # 消防员降央扎西, 检察官卓玛才措
        if strong == "post":  # 庭长仁青措, 法官助理阿旺扎西: names without a Han surname
            run = self._name_run(text, i)
            cut = next((k for k in (2, 3) if k < len(run) and (text.startswith(rules.VERBS_AFTER_NAME, i + k)
                                                                 or self._post_copula_at(text, i + k))), 0)
            if cut:
                run = run[:cut]  # 教导员凌云|到会: no four-character name across the verb
            if len(run) >= 4 and run[-1] in rules.NOT_THIRD_GIVEN:
                run = run[:-1]  # 法官助理柯文远|用方言…: 用 (到, 赴, 则) after the name starts the predicate
            han = self.name_at(text, i, strict, strong="role-free")
            if run and not han and len(run) == 4 and text[i] in self.single and text[i:i + 2] not in self.compound \
                    and len(self.name_at(text, i, strong="role-free")) == 3:
                run = ""  # 高俊杰|记: a Han surname's three-character name before a one-character verb
            if len(run) == 4 and len(han) == 3 and (self._four_character_name(text, i, run) or (
                    tokenizer().word_tag_tab.get(run[1:], "").startswith("nr") and not _CJK.match(text[i + 4:i + 5] or "、"))):
                han = ""  # 科长沙玛阿呷|说: the fourth character is no word of its own; 副检察长柯玛丽娅|、: a
                # surname and a transliterated given name of the dictionary (玛丽娅), ending the clause
            if len(run) == 4 and _name_then_verb(text, i, run[:2]):
                run = ""  # 所长柯浩|背起: the name and a verb of the dictionary, as jieba cuts them
            if run and (text[i] in rules.ADVERB_STARTS or text[i] in rules.DISTRIBUTIVES):
                run = ""  # 法官很专业: an adverb, 乘警长每趟值乘…: a distributive, not a name without a Han surname
            tags = tokenizer().word_tag_tab
            if len(run) == 3 and (tags.get(run[0]) == "n" and tags.get(run[1:]) == "a"
                                  and dictionary_freq(run[1:]) >= rules.COMMON_WORD_FREQ
                                  or tags.get(run[0]) == "v" and tags.get(run[1:], "")[:1] == "n" and dictionary_freq(run[1:])):
                run = ""  # 所长|人|年轻 (a noun and an adjective), 法官|进|村组 (a verb and a noun): a clause, no name
            if run and not han and (text.startswith(self.honour_verbs, i) and not self._one_word_free_run(run)
                                    or tokenizer().word_tag_tab.get(run[0], "") in ("v", "d")
                                    and dictionary_freq(run[1:3]) >= rules.NAME_WORD_FREQ):
                run = ""  # 检察官|获表彰, 法官|进校园, 退休法官|再出发 (headlines): a verb and its object, no name
            if len(run) >= 5 and not han and _verb_inside(text, i, i + len(run)):
                run = ""  # 县委书记|坐进接访室: a verb phrase of five characters, no name without a surname
            if run and han and len(run) > len(han) and run[len(han)] == "任" \
                    and (post := _CLAUSE_RUN.match(text, i + len(han) + 1)) and post.group().endswith(self.post_words):
                run = ""  # 大队长柯伟|任副组长: the copula 任 and the post it gives after a Han name
            if len(run) == 2 and not han and _SPEECH.match(text, i + 2) and not dictionary_freq(run) \
                    and not (dictionary_freq(run[0]) >= rules.COMMON_WORD_FREQ and tokenizer().word_tag_tab.get(run[0], "")[:1] in "dpcuvr") \
                    and not self._glued(text, i):
                return run  # 副局长娜帕说: two name characters without a Han surname, no word, then speech
            if run and (not han and 3 <= len(run) <= 4 or len(han) <= 2 and len(run) >= 4) \
                    and not self._glued(text, i) and not (
                        dictionary_freq(run) >= 50 and not tokenizer().word_tag_tab.get(run, "").startswith("nr")):
                return run  # (教授小朋友: a word after a verb-like post is no name)
            if han and text[i] in rules.ADVERB_STARTS:
                return ""  # 法定代表人都一致: an adverb, not a surname
            return han
        if text[i:i + 2] in self.compound:
            sur = 2
        elif text[i:i + 1] in self.single:
            sur = 1
        else:
            return ""
        g1 = text[i + sur:i + sur + 1]
        if strong and g1 in rules.GIVEN_OR_ADVERB and (not self._word_starts(text, i + sur) or tokenizer().word_tag_tab.get(
                text[i + sur:i + sur + 2], "")[:1] == "n"):
            pass  # 书记柯正国: after a post, 正 starting no word (正在, 正式) or a noun (正文) is a given name's
        elif strong and g1 in _NOT_FIRST_GIVEN and g1 not in "的某" and _place_word_at(text, i + sur):
            pass  # 所长柯正阳, 所长柯同江: after a post, the character starts a place's name (a county's),
            # no adverb or preposition, so a given name's (所长柯正在|指挥: 正在 is no place)
        elif strong and g1 in rules.GIVEN_OR_PREPOSITION and _CJK.match(text[i + sur + 1:i + sur + 2]) \
                and (text[i + sur + 2:i + sur + 3] in _AFTER_NAME or i + sur + 2 == len(text)
                     or self._clause_word_starts(text, i + sur + 2)) and not self._is_word(text[i + sur + 1:i + sur + 3]):
            return text[i:i + sur + 2]  # 书记祁向东|出席: after a post, 向 and one character before the verb
            # (向记者|介绍, 向群众|宣传: 向 is the preposition, its object a word)
        elif not g1 or not _CJK.match(g1) or g1 in _NOT_FIRST_GIVEN or g1 in "某":
            if g1 == "某":
                if sur == 1 and text[i] in rules.PREPOSITION_SURNAMES and text[i + 2:i + 3] in rules.VAGUE_TIME_PLACE:
                    return ""  # 民警于某日…, 从某地…: a preposition before a time or place left vague
                m = re.match(r"某某|某[\u4e00-\u9fff]?", text[i + sur:])
                anon = m.group() if m else "某"
                nxt = text[i + sur + 2:i + sur + 3]
                tag = tokenizer().word_tag_tab.get
                given = len(anon) == 2 and _CJK.match(nxt or "x") is not None and tag(nxt, "x")[:1] == "p" \
                    and tag(anon[1], "x").startswith("nr") and anon[1] not in "系是诉" \
                    and dictionary_freq(anon[1] + nxt) < rules.WORD_START_FREQ  # 柯某辉|以… (not 柯某|终于, 柯某便|给)
                if len(anon) == 2 and tag(anon[1], "x")[:1] in "pc" and not _CJK.match(nxt or "x"):
                    anon = "某"  # 柯某|以“…”为由: a preposition after the pseudonym
                elif given and anon[1] not in _AFTER_NAME and anon[1] not in _NOT_FIRST_GIVEN:
                    pass
                elif len(anon) == 2 and (anon[1] in _AFTER_NAME or anon[1] in _NOT_FIRST_GIVEN or anon[1] in "系是诉"  # 柯某|系同村村民, 柯某|诉称
                                       or anon != "某某" and nxt in rules.ASPECT  # 柯某|作了发言: a verb and its particle
                                       or anon != "某某" and tag(anon[1], "x")[:1] == "d"  # 柯某|欲从…出境, 柯某|遂…: an
                                       # adverb of one character after the pseudonym (not 柯某亮: 亮, a verb, may be a name's)
                                       or self._word_starts(text, i + sur + 1)
                                       or (anon != "某某" and nxt and _CJK.match(nxt) and nxt not in _AFTER_NAME)):
                    anon = "某"  # 钱某等, 钱某说: the name ends at 某
                return text[i:i + sur] + anon
            return ""
        if not strong and dictionary_freq(text[i + sur:i + sur + 2]) >= rules.COMMON_WORD_FREQ:
            return ""  # 时表示, 李商量过: the "given name" starts a common word
        if sur == 1 and tokenizer().word_tag_tab.get(text[i]) == "v" and tokenizer().word_tag_tab.get(text[i + 1:i + 3]) == "m" \
                and dictionary_freq(text[i + 1:i + 3]) >= rules.ROLE_VERB_FREQ:
            return ""  # 牧民来|一趟: a verb and a count of times (jieba's v and m), not a surname and a given name
            # (辅警胡一刀: 胡 is no verb)
        two = text[i:i + sur + 1]
        c3 = text[i + sur + 1:i + sur + 2]
        after3 = text[i + sur + 2:i + sur + 3]
        take3 = bool(c3) and bool(_CJK.match(c3)) and c3 not in _AFTER_NAME and c3 not in rules.NOT_THIRD_GIVEN \
            and not (c3 in rules.COPULA_OPENERS and after3 == "任") \
            and not (_predicate_at(text, i + sur + 2) and (
                c3 in rules.ADVERBS_AFTER_NAME and not dictionary_freq(c3 + after3)  # 柯远|却不…
                or tokenizer().word_tag_tab.get(g1 + c3, "")[:1] in ("d", "t")  # 柯|刚才|赶到 (柯未来|介绍 stays)
                and dictionary_freq(g1 + c3) >= rules.ADVERBIAL_WORD_FREQ)) \
            and not text.startswith(rules.VERBS_AFTER_NAME, i + sur + 1) and not _adverb_at(text, i + sur + 1) and (
            not self._word_starts(text, i + sur + 1) or self._word_starts(text, i + sur + 2)
            or bool(_SPEECH.match(text, i + sur + 2)) or (bool(after3) and after3 in _AFTER_NAME)
            or strong and any(k == sur and w == g1 + c3 for w, _, k in tokens(text[i:i + sur + 4]))  # 所长柯|远航|站在…:
            # jieba keeps the given name's two characters one word, the third no start of the next
            or after3 == "任" and _CJK.match(text[i + sur + 3:i + sur + 4] or "。") is not None
            and not dictionary_freq(text[i + sur + 2:i + sur + 4]))  # 柯春林|任副组长 (jieba: 林任; not 任务)
        said = bool(after3) and _SPEECH.fullmatch(after3) is not None and text[i + sur + 3:i + sur + 4] in "，,：:。"
        speech = _SPEECH.match(text, i + sur + 2) if c3 in rules.NAME_ENDING_CONJUNCTIONS else None
        if not take3 and c3 in rules.NAME_ENDING_CONJUNCTIONS and (said or speech is not None and len(speech.group()) >= 2):
            take3 = True  # 队长柯清和说，…, 柯清和告诉记者, 柯清和笑着说: 和 ends the name (no one is joined before the
            # verb of speech)
        if take3 and after3 and dictionary_freq(c3 + after3) >= rules.ROLE_VERB_FREQ \
                and tokenizer().word_tag_tab.get(c3 + after3, "")[:1] in "vcp" \
                and not said \
                and any(k == sur + 1 and w == c3 + after3 for w, _, k in tokens(text[i:i + sur + 4])):
            take3 = False  # 民警李明|参与救援, 王强|慰问, 审判员舒勇|以及: the third character starts a verb or a
            # conjunction, as jieba cuts it (not before 说 and a comma or a full stop: 站长柯德明说，…, …所长柯德明说。,
            # though 明说 is a verb)
        if not take3 and strong and c3 and _CJK.match(c3) and default_gazetteer().by_short.get(g1 + c3) \
                and not (c3 in "和与及" and self.cue_re.match(text, i + sur + 2)) and not _adverb_at(text, i + sur + 1) \
                and not (c3 in rules.ADVERB_STARTS and (c3 in rules.LIST_ADVERBS or text[i - 1:i] == "、")) \
                and (i + sur + 2 == len(text) or after3 in _AFTER_NAME or _SPEECH.match(text, i + sur + 2)
                     or self._clause_word_starts(text, i + sur + 2)):
            take3 = True  # 民警柯铜川|介绍, 民警柯辽源|说: a place's name (铜川, 辽源) as the given name, then
            # speech or what follows names (not its third character read as an adverb or a preposition)
        if take3 and c3 == "任" and (clause := _CLAUSE_RUN.match(text, i + sur + 2)) is not None \
                and clause.group().endswith(self.post_words):
            take3 = False  # 支队长柯骏|任专案组组长: the copula 任 and the post it gives, not a given name's end
        if take3 and sur == 1 and _name_then_verb(text, i, two) and not said:
            take3 = False  # 王强|冲进火场, 王强|蹲守: a name and a verb of the dictionary as jieba cuts them
        if strong and c3 == "和" and (dictionary_freq(g1 + c3) and _verb_after(text, i + sur + 2)
                                     or _predicate_after_and(text, i + sur + 2)):
            take3 = True  # 所长柯永和|带领: the given name is a word (永和) and a verb, not a second holder, follows
            # (所长柯永和|教导员柯立行, 民警柯永和|柯立行: 和 joins two); 教导员柯正和|在处置…, 副局长柯家和|介绍，:
            # a predicate to the clause's end, no second conjunct
        name = text[i:i + sur + 2] if take3 else two
        if name[-1] in _NOT_GIVEN or name[sur:] in _HONORIFICS:
            return ""
        if strong == "role" and _closes_frame(text, i):
            return ""  # 在抓捕嫌疑人|时英勇负伤: 时 closes the 在…时 frame, no surname
        if strong and text[i] in "同及与" or (strong == "role" and text[i] in "和都也"):
            return ""  # 民警和医生 (a conjunction after a role); 院长和建军 (a surname after a post)
        if strong and text[i] == "和" and dictionary_freq(text[i + 1:i + 3]) >= rules.COMMON_WORD_FREQ \
                and tokenizer().word_tag_tab.get(text[i + 1:i + 3], "") == "n":
            return ""  # 委员和群众: a conjunction before a common noun, not the surname 和
        if strong and dictionary_freq(text[i:i + 2]) >= (rules.ROLE_VERB_FREQ if strong == "role" else rules.COMMON_WORD_FREQ) and \
                tokenizer().word_tag_tab.get(text[i:i + 2], "x")[:1] in "vpcd":  # (民警常驻|值守)
            return ""  # 民警包括|柯某: a common verb or function word, not a surname and a given name
        if strong and tokenizer().word_tag_tab.get(text[i:i + 2], "") in ("a", "ad") \
                and dictionary_freq(text[i:i + 2]) >= rules.ADVERBIAL_WORD_FREQ:
            return ""  # 民警连续|蹲守, 严格|执法: a very common adjective used as an adverb, not a name
        if strong == "role" and sur == 1 and len(name) == 3 and _verb_and_object(text[i:i + 3]):
            return ""  # 交警管|违法、路政管|超限: a verb and its object after a role, not a name
        if strong == "role" and text[i] in rules.PREPOSITION_SURNAMES and self._word_starts(text, i + 1) \
                and self._cue_ends_at(text, i) and not self._surname_yu(text, i):
            return ""  # 民警向|群众…: a preposition before its object, not a surname
        if strong == "role" and text[i] in rules.PREPOSITION_SURNAMES and text[i + 1:i + 2] in self.single \
                and re.match(f"[{HAN}]{{2}}同志", text[i + 2:]):
            return ""  # 民警向|潘启航同志学习: the preposition before a full name and 同志, not the surname 向
        if strong and tokenizer().word_tag_tab.get(name, "").startswith("nr"):
            return name  # 支队长李强: a known name after a post (the dictionary's own names)
        if strong and len(name) == 2 and tokenizer().word_tag_tab.get(name, "").startswith("ns") \
                and (_SPEECH.match(text, i + 2) or text[i + 2:i + 3] in "，,。、；;：:被等和与及"):
            return name  # 民警黄海说, 民警江海被授予: a place word that is a surname and a given name, then
            # speech, a pause, the passive or a list word
        if strong and len(name) == 2 and sur == 1 and _SPEECH.match(text, i + 2) \
                and tokenizer().word_tag_tab.get(name, "") in ("n", "nz") and dictionary_freq(name) < rules.COMMON_WORD_FREQ \
                and not text.startswith(rules.VERBS_AFTER_NAME, i + 1):
            return name  # 所长金星介绍, 民警文静说: a rare noun that is a surname and a given name, then speech
            # (局长严肃指出, 检察长全面介绍, 所长方才说: an adjective or a common word, the manner of speaking)
        if strong and len(name) == 2 and sur == 1 and tokenizer().word_tag_tab.get(name, "") == "v" \
                and dictionary_freq(name) < rules.ROLE_VERB_FREQ and not text.startswith(rules.VERBS_AFTER_NAME, i + 1) \
                and (_SPEECH.match(text, i + 3) and text[i + 2] in "则也还又" or text[i + 2:i + 3] == "被"):
            return name  # 副大队长某某|则介绍, 律师某某|被聘为: a surname and a given name that make a rare word jieba tags a verb, then an adverb and
            # speech or the passive (民警某某说 with such a word stays ambiguous: the manner of speaking)
        if strong and len(name) == 2 and sur == 1 and dictionary_freq(name) < rules.NAME_WORD_FREQ \
                and (text.startswith(rules.VERBS_AFTER_NAME, i + 2) and not text.startswith("获得者", i + 2)
                     or self._post_copula_at(text, i + 2)):  # (民警全部|到会, 金牌|获得者: common words)
            return name  # 教导员凌云|到会, 民警凌云|获个人三等功, 甲、凌云|任副组长: a given name that is a
            # word, then the verb
        if self._is_word(name) or (not (strong and take3) and self._is_word(two)) or \
                (take3 and not strong and self._is_word(name[sur:], rules.NAME_WORD_FREQ)):
            return ""  # after a post, 白雪梅 is a name although 白雪 is a word
        if strict:
            nxt = text[i + len(name):i + len(name) + 1]
            if nxt and nxt not in _AFTER_NAME and not _SPEECH.match(text, i + len(name)) \
                    and not (nxt in rules.ADVERBS_AFTER_NAME and len(name) == 2) \
                    and not (nxt in rules.TENSE_BEFORE_COPULA and text[i + len(name) + 1:i + len(name) + 2] == "任"):
                return ""  # 王强|却不这么看, 王强|现任…
            if nxt in "正同将" and text[i + len(name):i + len(name) + 2] not in ("正在", "正是", "同时", "将会", "将要"):
                return ""  # 匡扶正义, 钱某同志: the character starts a word, not a clause
        return name

    def _members_listed(self, ctx: Context, s, found: dict[int, str], org_end: dict[int, Mention],
                        inside: list[tuple[int, int]]) -> None:
        """``民事审判第一庭的甲、刑事审判庭的乙，以及某法庭的丙作为代表…``: a list of two or more items
        ``<unit>的<name>`` (``org_end``: where units end in the sentence), each name closed by a list
        mark, a pause, 以及/和/等 or 作为: each person serves in the unit before it (a single
        ``某所的某某`` is left alone). ``found``: names read in the sentence so far (start → name)."""
        text = s.norm
        items = []
        for k, unit in org_end.items():
            if text[k:k + 1] != "的" or k + 1 in found or any(a <= k + 1 < b for a, b in inside):
                continue
            name = self.name_at(text, k + 1, strong="post")  # (柯子豪-like names whose first two characters are a word: as after a post)
            end = k + 1 + len(name)
            if name and "某" not in name and (end == len(text) or text[end] in "、，,；;。" or text.startswith(_LISTED_MEMBER_ENDS, end)):
                items.append((k + 1, name, unit))
        if len(items) < 2:
            return
        for at, name, unit in items:
            found[at] = name
            ctx.add(self._mention(ctx, s, at, name), "belongsTo", unit, s, self.name)

    def _post_copula_at(self, text: str, j: int) -> bool:
        """Is ``text[j]`` the copula 任 with a post closing its clause after it (甲、乙|任副组长)?"""
        return text[j:j + 1] == "任" and (clause := _CLAUSE_RUN.match(text, j + 1)) is not None \
            and clause.group().endswith(self.post_words)

    @staticmethod
    def _surname_yu(text: str, i: int) -> bool:
        """Is ``text[i]`` the surname 于 before a given name (儿子于远帆赶到, 民警于丽娟说) rather
        than the preposition 于 before a time or place (民警于凌晨赶到, 于现场查获)? The two
        characters after it make a name of jieba's dictionary (tag nr…) or a rare word
        (frequency < ``rules.NAME_WORD_FREQ``) that is no time, place, locality or number word."""
        if text[i:i + 1] != "于":
            return False
        word = text[i + 1:i + 3]
        if "某" in word:
            return False  # 民警于某日…: a date left vague, no name
        tag = tokenizer().word_tag_tab.get(word, "")
        if text[i + 3:i + 4] in rules.TIME_FRAME_ENDS and not tag.startswith("nr"):
            return False  # 民警于案发后…, 于庭审中…: the preposition before an event and its time
        return tag.startswith("nr") or dictionary_freq(word) < rules.NAME_WORD_FREQ and tag[:1] not in ("t", "m", "f", "s") \
            and not tag.startswith("ns")

    def _four_after_role(self, text: str, i: int, strict: bool) -> str:
        """A four-character name after a role (消防员降央扎西, 村民格桑卓玛说), or ``""``: the
        run of :meth:`_name_run` has four characters, is no dictionary word, and has no
        reading as a Han name (no surname of ``surnames.tsv``, or a three-character one whose
        fourth character is no word of its own: 卓玛才|措)."""
        run = self._name_run(text, i) or _run_before_verb(text, i)
        if len(run) != 4 or self._glued(text, i) or dictionary_freq(run) >= 50 or text[i] in _AFTER_NAME \
                or text[i] in rules.PREPOSITION_SURNAMES:
            return ""
        if _verb_inside(text, i, i + len(run)):
            return ""  # 民警巡边踏查: a verb phrase, not a name
        han = self.name_at(text, i, strict, strong="role-free")
        if not han and self._one_word_free_run(run) or len(han) == 3 and self._four_character_name(text, i, run):
            return run
        return ""

    @staticmethod
    def _one_word_free_run(run: str) -> bool:
        """No two adjacent characters of ``run`` make a dictionary word (frequency ≥
        ``rules.NAME_WORD_FREQ``): 降央扎西 (扎西 17), not 以|办公|室."""
        return all(dictionary_freq(run[k:k + 2]) < rules.NAME_WORD_FREQ for k in range(len(run) - 1))

    def _four_character_name(self, text: str, i: int, run: str) -> bool:
        """Does the four-character ``run`` at ``text[i]`` read as one transliterated name
        (沙玛阿呷) rather than a three-character name and a word (孟庆春|盯着)? No two
        adjacent characters inside it make a dictionary word (:meth:`_one_word_free_run`),
        and its last character is rare as a word of its own
        (``rules.NAME_END_CHAR_FREQ``) and starts no word with what follows."""
        return self._one_word_free_run(run) and (run[3] in rules.NAME_FINAL_CONJUNCTIONS or dictionary_freq(run[3]) < rules.NAME_END_CHAR_FREQ) \
            and not self._word_starts(text, i + 3)

    @staticmethod
    def _glued(text: str, i: int) -> bool:
        """Is ``text[i]`` the end of a word begun by the post before it (委员|会, 书记|处)? A place
        name across the boundary is no such word (科长|沙玛阿呷 is not 长沙)."""
        return any(dictionary_freq(w := text[max(0, i - k):i + 1]) >= rules.WORD_START_FREQ
                   and not (k == 1 and tokenizer().word_tag_tab.get(w, "") == "ns") for k in (1, 2, 3))

    def _name_run(self, text: str, i: int) -> str:
        """The characters after a post up to a function character or the start of a word:
        a whole name of any origin (仁青措, 阿旺扎西, 苏和巴特尔), or ``""``."""
        j = i
        while j < len(text) and j - i < rules.MAX_NAME_RUN and _CJK.match(text[j]) and text[j] not in _AFTER_NAME \
                and not (j >= i + 2 and (self._word_starts(text, j) or text.startswith(self.long_honour_verbs, j))):
            j += 1
        if j - i >= 2 and j < len(text) and text[j] in rules.NAME_FINAL_CONJUNCTIONS and j - i < rules.MAX_NAME_RUN \
                and (j + 1 == len(text) or not _CJK.match(text[j + 1]) or _SPEECH.match(text, j + 1)):
            j += 1  # 所长巴图孟和说: a conjunction before a speech verb or a comma ends a name (孟和)
        run = text[i:j]
        opening = self.parts_re.match(run)  # 阿拉坦|仓: a name part of three or more characters opens it
        common_start = dictionary_freq(run[:2]) >= rules.NAME_WORD_FREQ and not (opening and len(opening.group()) >= 3)
        if len(run) < 2 or run[-1] in rules.NOT_NAME_RUN_END or common_start or (j < len(text) and _CJK.match(text[j])
                                                               and not self._word_starts(text, j)
                                                               and text[j] not in _AFTER_NAME):
            return ""
        return run

    def _last_part(self, text: str, k: int) -> str:
        """The part of a dotted name after its last dot: up to 6 name characters, ending at a
        function character (but 都 after 不/布, as in 阿不都, is a name character) or, after two, at
        the start of a word (艾山·吐尔逊|荣立); ``""`` if shorter than 2."""
        part = self.parts_re.match(text, k)
        if part and text[part.end():part.end() + 1] in _ANSWER_VERBS and text[part.end() + 1:part.end() + 2] in "：:":
            return part.group()  # 某某·某某|答：: a name part, then the verb that opens an answer
        if part and part.end() < len(text) and _CJK.match(text[part.end()]) and self._word_starts(text, part.end()) \
                and not self.parts_re.match(text, part.end()):
            return part.group()  # 艾力·买买提|打电话, …·买买提|调解纠纷: a name part, then a word
        if part and part.end() < len(text) and \
                tokenizer().word_tag_tab.get(text[part.end()], "x")[:1] in "dcp" and self._word_starts(text, part.end() + 1):
            return part.group()  # 阿依古丽·买买提|则|安抚: a name part, an adverb, then the clause goes on
        if part and text[part.end() + 1:part.end() + 2] in rules.PLACING_PREPOSITIONS \
                and text[part.end():part.end() + 1] in rules.POSTURE_VERBS:
            return part.group()  # 阿迪力·吐尔逊|站在岗台上: a name part, a common verb and where
        j = k
        while j < len(text) and j - k < 6 and _CJK.match(text[j]) and (text[j] not in _AFTER_NAME or text[j - 1:j + 1] in ("不都", "布都")) \
                and not (j >= k + 2 and (self._clause_word_starts(text, j) or text[j + 1:j + 2] in rules.ASPECT
                                         and not self._is_word(text[j + 1:j + 3])  # (…·吾守尔|了解: no aspect)
                                         or text[j] in rules.PREPOSITION_SURNAMES or text[j] in _DOTTED_NAME_ENDS
                                         or text[j + 1:j + 2] in _DIRECTIONS and tokenizer().word_tag_tab.get(text[j], "")[:1] == "v"
                                         or text[j] in rules.PARTS_NAME_STOPS or text.startswith(self.honour_verbs, j)
                                         or text.startswith(_PART_HONORIFICS, j) or _adverb_then_verb(text, j)
                                         or text.startswith(rules.POLICE_ACTION_VERBS, j)
                                         or text[j] == rules.COPULA_END and self.cue_re.match(text, j + 1))):
            j += 1  # (…·甘文|任副主任: the copula and its post; 库尔班|迎了: a one-character verb with its aspect particle ends the name; …·某某|接警后)
        return text[k:j] if j - k >= 2 else ""

    def _clause_word_starts(self, text: str, j: int) -> bool:
        """Does a word that continues the clause start at ``text[j]``: a verb, adverb, preposition,
        conjunction or particle of the dictionary, a post or a role (托合塔尔别克 goes on: 塔尔 is
        a name word; 吐尔逊|荣立 stops)?"""
        if self.cue_re.match(text, j):
            return True
        for L in (4, 3, 2):
            w = text[j:j + L]
            if len(w) == L and dictionary_freq(w) >= rules.WORD_START_FREQ:
                return tokenizer().word_tag_tab.get(w, "x")[:1] in "vdpcuatb" or w in self.verbs  # b: 主动
        return False

    @staticmethod
    def _word_starts(text: str, j: int) -> bool:
        for L in (4, 3, 2):
            w = text[j:j + L]
            if len(w) == L and dictionary_freq(w) >= rules.WORD_START_FREQ:
                return True
        return False

    @staticmethod
    def _is_word(w: str, threshold: int = rules.WORD_FREQ) -> bool:
        """A dictionary word that is not tagged as a person name (荣幸, 东道主, 医生)."""
        freq = dictionary_freq(w)
        if freq < threshold:
            return False
        tag = tokenizer().word_tag_tab.get(w, "")
        return not tag.startswith("nr") or freq >= rules.NAME_WORD_FREQ  # jieba tags 荣幸, 荣获, 东道主 as nr

    # ------------------------------------------------------------------ driver
    def run(self, ctx: Context) -> None:
        """Add Person mentions with ``position`` and ``belongsTo`` statements to ``ctx``."""
        self._reassigned_openings(ctx)
        for s in ctx.sentences:
            text = s.norm
            orgs = ctx.in_sentence(s.index, ORGANIZATION)
            org_end = units_ending(ctx, s)
            found: dict[int, str] = {}
            inside = [(o.start - s.start, o.end - s.start) for o in orgs + ctx.in_sentence(s.index, PLACE)]
            cues = list(self.cue_re.finditer(text))
            cues += [c for k in org_end if (c := self.cue_re.match(text, k)) is not None
                     and not any(c.span() == d.span() for d in cues)]  # 某局政治部|主任: a post right after a unit
            for m in sorted(cues, key=lambda c: c.start()):
                named_after = self._place_opening_name(ctx, s, m)
                if any(a <= m.end() < b or a < m.start() < b for a, b in inside if (a, b) != named_after):
                    continue
                if m.start() and text[m.start() - 1] in rules.NUMERALS + "几" and len(m.group()) == 2:
                    continue  # 一处|长江江心洲: a measure word, not the post 处长
                if m.start() and org_end.get(m.start()) is None and text[m.start() - 1] != text[m.start()] \
                        and m.group() in self.title_set and m.group() not in self.role_set \
                        and tokenizer().word_tag_tab.get(text[m.start() - 1:m.start() + 1], "")[:1] in ("v", "s") \
                        and dictionary_freq(text[m.start() - 1:m.start() + 1]) >= rules.ROLE_VERB_FREQ:
                    continue  # 地处|长城脚下, 位处…: a verb of the dictionary holds the post's first character
                if m.start() and m.group() in self.title_set and org_end.get(m.start()) is None \
                        and dictionary_freq(text[m.start() - 1:m.start() + 1]) >= rules.ROLE_VERB_FREQ \
                        and dictionary_freq(text[m.end() - 1:m.end() + 1]) >= rules.ROLE_VERB_FREQ:
                    continue  # 事关|长江上游, 全省|长江禁捕: the post's characters end one word and begin the next
                if m.group() in self.role_set and _COLLECTIVE_ROLE.search(text, max(0, m.start() - 8), m.start()):
                    continue  # 个别政法干警|纪法意识淡薄, 广大民警: the role of many, no name after it
                if text.endswith(rules.DISTRIBUTIVES_BEFORE_POST, 0, m.start()):
                    continue  # 每名法治副校长|每学期…: every holder of the post, no one named after it
                if m.group() in self.role_set and org_end.get(m.start()) is None and _cut_across(text, m.start(), m.end()):
                    continue  # 乡村|民宿项目: a role's characters (村民) ending one word and beginning the next
                name = self.name_at(text, m.end(), strong="post" if m.group() in self.title_set else "role")
                if len(name) == 3:  # how jieba cuts the three characters (only for such names: a hot path)
                    cut = [(w, t) for w, t, k in tokens(text) if m.end() <= k < m.end() + 3]
                    if cut == [(name[:2], "n"), (name[2], "v")] and dictionary_freq(name[:2]) >= rules.COMMON_NOUN_FREQ:
                        continue  # 让辅警|干事有劲头: a common noun and a verb of one character, no name
                    if len(cut) == 2 and cut[0] == (name[:2], "n") and cut[1][0].startswith(name[2]) \
                            and cut[1][1][:1] == "v" and m.group() in self.role_set \
                            and dictionary_freq(name[:2]) >= rules.COMMON_WORD_FREQ:
                        continue  # 将遇险渔民|全部|救回: a role, then a common word and a verb, no name
                if len(name) >= 3 and tokenizer().word_tag_tab.get(name[0]) == "f" \
                        and tokenizer().word_tag_tab.get(name[1:3], "")[:1] == "v":
                    continue  # 从全市律师|中|遴选: a word of place (中, 上) and a verb, no surname and given name
                length = None
                if not name and (spaced := self._spaced_name(text, m.end())):
                    name, length = spaced  # 审判员田  甜: a two-character name padded to the width of three
                gap = 0
                by = 3 if text.startswith("分别由", m.end()) else 1  # (副局长分别由甲、乙担任: the list's names, each)
                if text.startswith("由", m.end() + by - 1) and m.group() in self.title_set \
                        and (taker := self.name_at(text, m.end() + by, strong="post")) and len(taker) <= 4 \
                        and self.cue_re.search(taker) is None and (text.startswith(
                            _TAKING_VERBS, m.end() + by + len(taker) + 2 * text.startswith("同志", m.end() + by + len(taker)))
                            or by == 3 and text[m.end() + by + len(taker):m.end() + by + len(taker) + 1] in "、和"):
                    name, gap = taker, by  # 第一检察部主任由某某（同志）担任: the post's holder after 由 (no surname 由)
                if not name:
                    note = _POST_NOTE.match(text, m.end()) if m.group() in self.title_set else None
                    if note is not None:
                        gap = note.end() - m.end()  # 副所长（主持工作）甲, 副大队长（正科级）乙: the note on the post
                    elif text[m.end():m.end() + 1] in _ONE_SPACE and text[m.end() + 1:m.end() + 2] not in _ONE_SPACE:
                        gap = 1  # 副所长 柯远舟, 教导员　赵勇: a name after one space
                if gap:
                    after = self.name_at(text, m.end() + gap, strong="post" if m.group() in self.title_set else "role")
                    k = m.end() + gap + len(after)
                    if after and (k == len(text) or text[k] in _ONE_SPACE or not _CJK.match(text[k])
                                  or self._word_starts(text, k)) and not (gap == 1 and dictionary_freq(after) >= rules.WORD_FREQ):
                        name = after  # (教导员 周密|部署: a common word after the space, no name)
                    else:
                        gap = 0
                if name in self.verbs:
                    continue  # 5名民警荣立…: an honour verb, not a name
                if name and m.start() and text[m.start() - 1] in rules.OPENING_QUOTES \
                        and text[m.end() + gap + len(name):m.end() + gap + len(name) + 1] in rules.CLOSING_QUOTES:
                    continue  # 推行“局长接访日”制度: a post and what it does, quoted as a name of a practice
                if name[:1] and name[:1] in "和与及" and (self.cue_re.match(text, m.end() + len(name)) or dictionary_freq(name) >= 50
                                            or self.cue_re.match(text, m.end() + 1)  # 法官和|书记员
                                            or text.startswith("的", m.end() + len(name))  # 法官和|寨老的
                                            or any(dictionary_freq(text[m.end() + 1:m.end() + k]) >= rules.WORD_FREQ
                                                   for k in range(len(name) + 1, len(name) + 3))):  # 检察官和|先进集体
                    continue  # 王队长和|李科长: a conjunction before a surname and a post, not a name
                if name and m.group() in self.role_set and "·" not in name and name[:1] not in self.single \
                        and name[:2] not in self.compound and _COUNT_BEFORE_ROLE.search(text, 0, m.start()) \
                        and not self.composed_name(text, m.end() + gap, after_cue=True)[0]:
                    continue  # 由5名调解员|分片包户: a role counted, then words (3名民警甲、乙: names with surnames or parts)
                if name and m.end() + gap not in found:
                    found[m.end() + gap] = name
                    self._affiliate(ctx, s, m.end() + gap, name, org_end, post_end=m.end() if gap else None,
                                    length=length)
                elif not name and text.startswith("的", m.end()) and org_end.get(m.start()) is not None \
                        and (m.group() in self.title_set or m.group() in self.role_set
                             and text.endswith(rules.COPULAS, 0, org_end[m.start()].start - s.start)) \
                        and m.end() + 1 not in found:  # (现为某分局民警的某某: a role after a copula and the unit)
                    described = self.name_at(text, m.end() + 1, strict=True, strong="post")
                    if described:  # 如今已是某局刑侦支队副支队长的某某: the unit and post describe the name
                        found[m.end() + 1] = described
                        self._affiliate(ctx, s, m.end() + 1, described, org_end, post_end=m.end())
            self._appointments(ctx, s, found, org_end)  # before the other rules' guesses at the name
            self._composed_at_clause_start(ctx, s, found, inside)  # before jieba's shorter guesses
            for k, o in org_end.items():
                if k in found or k >= len(text) or any(a <= k < b for a, b in inside) or text[k] in rules.PAIR_MARKS:
                    continue  # (某大队|陈埭、西滨消防救援站: a unit or place starts there, not a name; 某镇人民政府|和
                    # 宣和镇…: a conjunction after a unit, not the surname 和)
                name = self.name_at(text, k, strict=True)
                if name and tokenizer().word_tag_tab.get(name, "").startswith("v") \
                        and text[k + len(name):k + len(name) + 1] in "。，；！,;!":
                    continue  # 为审判庭揭牌。: a verb closing the clause after the unit, no name
                if name:
                    found[k] = name
                    person = self._mention(ctx, s, k, name)
                    ctx.add(person, "belongsTo", o, s, self.name)
            self._members_listed(ctx, s, found, org_end, inside)
            pos = 0
            for w, tag, _ in tokens(text):  # jieba's own name tags, checked by name_at and context
                if tag == "nr" and 2 <= len(w) <= 3 and not any(f <= pos < f + len(n) for f, n in found.items()) and \
                        not any(a < pos + len(w) and pos < b for a, b in inside) and self._jieba_name_ok(text, pos, w):
                    whole = self.composed_name(text, pos)[0]
                    if len(whole) > len(w) and whole.startswith(w) and not any(a < pos + len(whole) and pos < b for a, b in inside):
                        w = whole  # 吉克阿|呷: a name of parts (a Yi family name) read whole, not as jieba cut it
                    found[pos] = w
                    person = self._mention(ctx, s, pos, w)
                    if pos in org_end:  # 旬邑特警柯远舟: a unit right before the name
                        ctx.add(person, "belongsTo", org_end[pos], s, self.name)
                pos += len(w)
            for m in re.finditer(r"某", text):  # 孙某某, 钱某: anonymised names at a clause start
                for i in (m.start() - 1, m.start() - 2):
                    if i < 0 or i in found or (i and _CJK.match(text[i - 1]) and text[i - 1] not in rules.BEFORE_ANONYMISED
                                               and not _noun_before(text, i)):
                        continue
                    name = self.name_at(text, i)
                    if "某" in name and i + len(name) > m.start():
                        found[i] = name
                        self._mention(ctx, s, i, name)
                        break
            self._dotted(ctx, s, found, inside)
            self._bracketed_posts(ctx, s, found, org_end)
            self._bracketed_units(ctx, s, found, org_end)
            self._names_after_unit_label(ctx, s, found)
            self._unit_headed_row(ctx, s)
            self._list_row(ctx, s, found, org_end)
            self._line_of_names(ctx, s, found)
            self._profile_lead(ctx, s, found, org_end)
            self._as_post_lead(ctx, s, found, org_end)
            self._before_posts(ctx, s, found, inside)
            self._lists(ctx, s, found, inside)
            self._counted_names(ctx, s, found, inside)
            self._copula(ctx, s, orgs)
            self._respectively(ctx, s, orgs)
            self._elected_alike(ctx, s, orgs)
            self._serving_in(ctx, s, orgs)
            for m in _SPEECH.finditer(text):
                if any(a <= m.start() < b for a, b in inside):
                    continue  # 某州|称某县: the first character of a place or unit, no verb of speech
                for L in (4, 3, 2):
                    i = m.start() - L
                    if i < 0 or i in found or any(f <= i < f + len(n) for f, n in found.items()):
                        continue
                    according = text[i - 1:i] == "据" and (i == 1 or not _CJK.match(text[i - 2]))  # 据某某介绍
                    if i == 0 or not _CJK.match(text[i - 1]) and text[i - 1] != "·" or according \
                            or text[i - 1] == "的" and i - 1 in org_end:  # (…·艾力|会说: a dotted name's part)
                        name = self.name_at(text, i)
                        if L == 2 and text[i] in rules.PREPOSITION_SURNAMES:
                            continue  # 由会说…: a preposition, not the surname of a two-character name
                        if not name and (i == 0 or text[i - 1] in "，。；：,;:“”" or according) \
                                and text[m.end():m.end() + 1] in ("，,：:。" if len(m.group()) == 1 else "，,：:") \
                                and self._speaker_name(text, i, L):
                            name = text[i:i + L]  # 柯红梅说，…, “……”柯建军说。, 据柯红梅介绍，: a given name
                            # that is a word, at a clause start before speech
                        if name and len(name) == L:
                            found[i] = name
                            self._mention(ctx, s, i, name)
                            break
            for p in ctx.in_sentence(s.index, PERSON):  # 某派出所的某某介绍: the speaker of the unit
                a = p.start - s.start
                unit = org_end.get(a - 1) if a >= 1 and text[a - 1] == "的" else None
                at = unit.start - s.start if unit is not None else -1
                if unit is not None and (at == 0 or text[at - 1] in "，。；：,;:“") and _SPEECH.match(text, p.end - s.start) \
                        and not _has_unit(ctx, p):
                    ctx.add(p, "belongsTo", unit, s, self.name)
        self._sites_listed(ctx)
        self._profile_boxes(ctx)
        self._carried_subject(ctx)
        self._named_again(ctx)
        self._pronoun_apposition(ctx)
        self._places_inside_names(ctx)
        self._movers(ctx)
        self._called(ctx)
        self._career_clauses(ctx)
        self._party_seats(ctx)
        self._task_force_leaders(ctx)
        for s in ctx.sentences:
            self._contact_line(ctx, s)
        _moved(ctx)
        _held_again(ctx)
        _committee_seats(ctx)
        self._demonstrative_subjects(ctx)

    @staticmethod
    def _sites_listed(ctx: Context) -> None:
        """Drop the names read in a list that closes as one of sites (在甲、乙、丙等热门景区, 甲、乙等地:
        ``_SITE_LIST``, the kinds of site ``rules.SITE_LIST_WORDS``): places, not persons."""
        for p in [m for m in ctx.mentions if m.cls == PERSON]:
            s = ctx.sentences[p.sentence]
            end = p.end - s.start
            if (s.norm[end:end + 1] in "、等" or s.norm[p.start - s.start - 1:p.start - s.start] == "、") \
                    and _SITE_LIST.match(s.norm, end):
                ctx.drop_mention(p)

    def _reassigned_openings(self, ctx: Context) -> None:
        """``某某另有任用。``, ``经研究决定：某某同志另有任用，…``: a sentence opening with a name before
        另有任用 (``_REMOVED_OPENING``) names that person, though no cue stands before the name."""
        for s in ctx.sentences:
            opening = _REMOVED_OPENING.match(s.norm)
            if opening is None or not s.norm.startswith(("另有任用", "同志"), opening.end("name")):
                continue
            at, name = opening.start("name"), opening.group("name")
            if not any(p.start - s.start <= at < p.end - s.start for p in ctx.in_sentence(s.index)) \
                    and self.name_at(s.norm, at, strong="post") == name:
                self._mention(ctx, s, at, name)

    def _carried_subject(self, ctx: Context) -> None:
        """``某某另有任用，免去其<unit><post>职务`` (``_REMOVED_THEIR``; 任命甲为…，免去其…职务; 某某同志任…，
        不再担任…职务): the person
        named last before 免去其 in the sentence held the posts up to now, in those units; they are
        ended (kg:postStatus), as a removal's are. ``某某任甲院党组书记，经某县人大常委会任命为甲院检察长``
        (``_APPOINTED_THEM``): that person takes the posts, as an appointment gives them."""
        for s in ctx.sentences:
            for m in sorted([*_REMOVED_THEIR.finditer(s.norm), *_APPOINTED_THEM.finditer(s.norm),
                             *_CONCURRENT_POST.finditer(s.norm)], key=lambda m: m.start()):
                removed = m.re is _REMOVED_THEIR
                person = max((p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start <= m.start()),
                             key=lambda p: p.start, default=None)
                if m.re is _CONCURRENT_POST and (person is None or re.search("[，,；;：:]", s.norm[:person.start - s.start])
                                                 or len(ctx.in_sentence(s.index, PERSON)) > 1
                                                 and any(p.start < m.start() + s.start and p is not person
                                                         for p in ctx.in_sentence(s.index, PERSON))):
                    continue  # (兼任…: the subject of the sentence, named in its first clause and no one else before)
                if person is None and (opening := _REMOVED_OPENING.match(s.norm)) is not None and opening.end() <= m.start() \
                        and self.name_at(s.norm, opening.start("name"), strong="post") == opening.group("name") \
                        and self._appointed(opening.group("name")):
                    person = self._mention(ctx, s, opening.start("name"), opening.group("name"))  # (a name the
                    # tagger reads later: 某某同志另有任用，免去其…)
                org_end = units_ending(ctx, s)
                if person is None or not self._row_closes(s, m.start("rest"), m.end("rest"), org_end):
                    continue
                before = re.split("[，,；;：:。]", s.norm[:m.start()].rstrip("，,；;"))[-1]
                if before.startswith(rules.CONDITIONALS):
                    continue  # 某某同志任…，如调离，不再担任…: a condition, no removal
                if before.endswith(rules.TIME_CLAUSE_ENDS):
                    continue  # 某某任县委书记期间，经…任命为…: the clause dates what follows, someone else's
                a, b = person.start - s.start, person.end - s.start
                if not (a == 0 or s.norm[a - 1] in "：:；;，," or s.norm.endswith(rules.APPOINTING_VERBS, 0, a)
                        or not removed and s.norm.startswith(("任", "同志任"), b)
                        or m.re is _CONCURRENT_POST and self._cues_ending_at(s.norm, a)) \
                        or any(v in s.norm[b:m.start()] for v in rules.ANNOUNCING_VERBS):
                    continue  # (局长某某宣布，免去其…; 据记者某某了解: 其 is no one of theirs)
                lo, hi = s.start + m.start("rest"), s.start + m.end("rest")
                ctx.drop_statements(lambda st: st.subject is person and st.predicate in _ENDED_BY and isinstance(
                    unit := st.object if st.predicate == "belongsTo" else st.qualifiers.unit, Mention)
                    and lo <= unit.start < hi)  # (不再兼任…政委: read first as a second post, now as removed)
                mark = len(ctx.statements)
                self._affiliate(ctx, s, person.start - s.start, person.name, org_end, post_end=m.end("rest"),
                                length=person.end - person.start)
                if removed:
                    ctx.qualify_since(mark, person.name, _ENDED_BY, Qualifiers(status=ENDED))

    def _career_clauses(self, ctx: Context) -> None:
        """A career told clause by clause in one sentence (两年后，他调任某局刑警大队，先后担任刑警大队一中队中队长、
        刑警大队副大队长; 她考入某区人民法院，先后在立案庭、民事审判庭工作，曾任民事审判庭副庭长; 某某交流到某处
        乘警支队，先后任乘警、乘警长，曾任乘警支队二大队副大队长): the person opening a clause (a name alone in
        its clause and not followed by 的, or 他/她, not 他们, for a person named near it, :func:`_named_near`)
        is the subject of each later clause of the sentence that names no one and opens (after
        ``rules.CAREER_CLAUSE_ADVERBS``) with a verb of entry (``rules.CAREER_ENTRY_VERBS``: its unit, an
        agency of the field (:func:`_agency`), is where bare posts are held), with 在 and units and a verb of
        work there (:meth:`_held_there`), or with a copula of office (``rules.CAREER_POST_VERBS``) and a run of
        posts joined by 、, each bare or after its unit (:meth:`_career_unit`); a clause opened by a role
        (民警赶到现场) has another subject. Posts after 曾任, 先后任, 历任 are former ones."""
        for s in ctx.sentences:
            text = s.norm
            if not any(v in text for v in rules.CAREER_POST_VERBS + rules.CAREER_ENTRY_VERBS + ("在",)):
                continue
            persons = ctx.in_sentence(s.index, PERSON)
            subject, current = None, None
            for c in re.finditer(r"[^，,；;：:。！？!?]+", text):
                a, b = c.span()
                named = [p for p in persons if a <= p.start - s.start < b]
                titled = bool(named) and named[0].start - s.start > a and self._titled_subject(ctx, s, a, named[0])
                if titled:
                    a = named[0].start - s.start  # 某队大队长某某到某局挂职，…: the subject after its unit and post
                if named and named[0].start - s.start == a:
                    subject, k, own = named[0], named[0].end - s.start, True
                    if text.startswith("的", k) or len({p.name for p in named}) > 1:
                        subject = None  # 某某的妻子…调入…, 某某安排乙进入…: another's move, or two people's
                elif text.startswith(rules.PERSONAL_PRONOUNS, a) and not named and text[a + 1:a + 2] != "们":
                    subject, k, own = _named_near(ctx, s, a), a + 1, True  # (他们: a group, no one person)
                elif named or subject is None:
                    subject = None
                    continue
                else:
                    k, own = a, False
                if subject is None or dict(subject.attrs).get("anonymised"):
                    subject = None
                    continue
                while (adv := next((w for w in rules.CAREER_CLAUSE_ADVERBS if text.startswith(w, k)), None)) is not None \
                        or (adv := _CAREER_DATE.match(text, k)) is not None and adv.group():
                    k += len(adv) if isinstance(adv, str) else len(adv.group())  # (，2000年调到…: a date before the verb)
                if text.startswith("从", k) and (left := self._moved_from(ctx, s, subject, k + 1, b)) is not None:
                    k = left  # 某某从甲队副大队长调任乙所所长: the post left, ended; then the move as any other
                former = text[a:k].endswith(("曾", "先后"))
                entry = next((v for v in rules.CAREER_ENTRY_VERBS if text.startswith(v, k)), None)
                if entry is None and text.startswith("到", k) and (unit := _unit_from(ctx, s, k + 1)) is not None \
                        and _agency(unit) \
                        and text.startswith(("挂职",) if titled else rules.WORK_VERBS, unit.end - s.start):
                    # (某局副局长某某到某所工作，…: a leader's visit; only 挂职 moves one who holds a post)
                    ctx.add(subject, "belongsTo", unit, s, self.name)  # 某某到某局挂职，任…: the unit worked in,
                    current = unit  # and the posts of the clauses after it there
                    continue
                if entry is None and own:  # 他从部队退役后考入某局: the verb later in the subject's clause
                    hit = min(((text.find(v, k, b), v) for v in rules.CAREER_ENTRY_VERBS if text.find(v, k, b) >= 0), default=None)
                    if hit is not None:
                        k, entry = hit
                if entry is not None:
                    unit = _unit_from(ctx, s, k + len(entry))
                    if unit is None or not _agency(unit):
                        current = None  # (考入某大学, 进入某医院: no unit of a career in the field)
                        continue
                    current = unit
                    after = unit.end - s.start
                    if entry in rules.CAREER_JOINING_VERBS and (after == b or text.startswith(rules.WORK_VERBS, after)):
                        ctx.add(subject, "belongsTo", unit, s, self.name)
                    elif entry in rules.CAREER_JOINING_VERBS and (run := self._post_run(text, after)):
                        mark = len(ctx.statements)  # …，后又调任某队副大队长: the posts in the unit entered
                        ctx.add(subject, "belongsTo", unit, s, self.name)
                        for post in run:
                            ctx.add(subject, "position", post, s, self.name, Qualifiers(unit=unit))
                        if former:
                            _ended_before(ctx, mark, subject.name)
                    continue
                mark = len(ctx.statements)
                verb = next((v for v in rules.CAREER_POST_VERBS if text.startswith(v, k)), None)
                if verb is None and own:  # 某某也从一名战斗员成长为班长、副站长
                    grown = _GROWN_INTO.match(text, k)
                    verb, k = (grown.group(1), grown.start(1)) if grown else (None, k)
                at = _WORKED_AT.match(text, k) if text.startswith("在", k) else None
                if verb is not None:
                    former = former or verb.startswith(("曾", "先后", "历"))
                    self._career_posts(ctx, s, subject, k + len(verb), b, current)
                elif at is not None and (held := self._held_there(text, at, b)) is not None:
                    units = []
                    for item in re.finditer("[^、]+", at.group(1)):
                        unit = self._career_unit(ctx, s, k + 1 + item.start(), k + 1 + item.end(), current)
                        if unit is None or not _agency(unit):
                            units = []
                            break
                        units.append(unit)
                    for unit in units:
                        ctx.add(subject, "belongsTo", unit, s, self.name)
                    if len(units) > 1 and held == "posts":  # 先后在甲所、乙所任所长: the post in each
                        for post in self._post_run(text, at.end()):
                            for unit in units:
                                ctx.add(subject, "position", post, s, self.name, Qualifiers(unit=unit))
                    if len(units) == 1:
                        current = units[0]
                        if held == "from":  # 在某科从书记员干起
                            cue = self.cue_re.match(text, at.end())
                            if cue.group() in self.title_set:
                                ctx.add(subject, "position", cue.group(), s, self.name, Qualifiers(unit=current))
                        elif held == "posts":
                            self._career_posts(ctx, s, subject, at.end(), b, current)
                elif not own and self.cue_re.match(text, a):
                    subject = None  # (某某报警后，民警赶到现场，随后进入…: a role opens the clause, another subject)
                    continue
                if former:
                    _ended_before(ctx, mark, subject.name)

    def _titled_subject(self, ctx: Context, s, a: int, person: Mention) -> bool:
        """Is ``s.norm[a:]`` up to ``person`` a run of units and posts (市局刑警支队二大队大队长|某某) that the
        person holds, so that the clause is the person's own?"""
        text, k = s.norm, person.start - s.start
        while k > a:
            cue = next(iter(self._cues_ending_at(text, k)), None)
            if cue is not None:
                k -= len(cue)
                continue
            unit = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == k and o.start - s.start >= a), None)
            if unit is None:
                return False
            k = unit.start - s.start
        return k == a and any(st.subject == person and st.predicate == "position" for st in ctx.statements)

    def _called(self, ctx: Context) -> None:
        """``这名民警叫某某，…``, ``队长名叫某某。``: the name a naming verb (``rules.NAMING_VERBS``) gives, when
        it closes its clause (a comma or stop after it): a person (叫他过来, 叫醒: no name there)."""
        for s in ctx.sentences:
            text = s.norm
            for m in re.finditer("|".join(rules.NAMING_VERBS), text):
                k = m.end()
                if any(p.start - s.start <= k < p.end - s.start for p in ctx.in_sentence(s.index, PERSON)):
                    continue
                name = self.name_at(text, k, strong="role")
                if 2 <= len(name) <= 4 and text[k + len(name):k + len(name) + 1] in "，,。；;" \
                        and not self._is_word(name):
                    self._mention(ctx, s, k, name)

    def _movers(self, ctx: Context) -> None:
        """``某某从<unit><post>调任…`` at a clause start: the two to four characters before 从 are a name
        when :meth:`name_at` reads them so (the move names its subject; no cue is needed), so that
        :meth:`_moved_from` finds the subject of the move (柯远航从某所所长调任某局副局长)."""
        for s in ctx.sentences:
            text = s.norm
            for m in re.finditer("从", text):
                at = m.start()
                if self._move_at(ctx, s, at + 1) is None:
                    continue
                for k in (at - 3, at - 2, at - 4):
                    if k < 0 or k and text[k - 1] not in "，,。；;：:、 \n\u3000" or any(
                            p.start - s.start < at and k < p.end - s.start for p in ctx.in_sentence(s.index, PERSON)):
                        continue
                    if self.name_at(text, k, strong="role") == text[k:at]:
                        self._mention(ctx, s, k, text[k:at])
                        break

    def _move_at(self, ctx: Context, s, at: int) -> tuple[Mention, re.Match] | None:
        """``<unit><post><move verb>`` from ``s.norm[at]`` (right after 从): the unit read there and the
        post of ``titles.tsv`` closing it, before a verb of ``rules.CAREER_MOVE_VERBS`` (调任, 升任 …); else None."""
        unit = _unit_from(ctx, s, at)
        cue = self.cue_re.match(s.norm, unit.end - s.start) if unit is not None else None
        if cue is None or cue.group() not in self.title_set or not s.norm.startswith(rules.CAREER_MOVE_VERBS, cue.end()):
            return None
        return unit, cue

    def _moved_from(self, ctx: Context, s, subject: Mention, at: int, b: int) -> int | None:
        """``从<unit><post><move verb>…`` from ``s.norm[at]`` (after 从) in a clause ending at ``b``: the
        post and unit the subject left (``kg:postStatus "ended"``, as a removal's); returns where the move
        verb (``rules.CAREER_MOVE_VERBS``: 调任, 升任, 交流到 …) starts, or None when the clause is no such move
        (从警20年, 从一名民警干起)."""
        move = self._move_at(ctx, s, at)
        if move is None or not _agency(move[0]) or move[1].end() >= b:
            return None
        unit, cue = move
        mark = len(ctx.statements)
        ctx.add(subject, "belongsTo", unit, s, self.name)
        ctx.add(subject, "position", cue.group(), s, self.name, Qualifiers(unit=unit))
        _ended_before(ctx, mark, subject.name)
        return cue.end()

    def _held_there(self, text: str, at: re.Match, b: int) -> str | None:
        """How a clause ``在<units><verb>…`` (``at``) ending at ``text[b]`` tells work there: ``"work"`` (工作,
        任职), ``"posts"`` (当, 担任, 任 and a post or role: 在某所当民警), ``"from"`` (从 a post 干起/做起:
        在某科从书记员干起); None when it tells none (在某医院当场…, 从病房…)."""
        verb = at.group(2)
        if verb in ("工作", "任职"):
            return "work"
        cue = self.cue_re.match(text, at.end())
        if verb == "从":
            return "from" if cue is not None and text.startswith(("干起", "做起"), cue.end()) else None
        return "posts" if cue is not None and (cue.end() == b or text[cue.end()] in "、兼") else None

    def _career_posts(self, ctx: Context, s, person: Mention, k: int, b: int, current: Mention | None) -> None:
        """The run of posts in ``s.norm[k:b]`` joined by 、, each item a post of ``titles.tsv`` closing it after
        its unit (:meth:`_career_unit`) or bare (held in the item before's unit, else in ``current``):
        ``person`` holds each, in that unit, and belongs to a unit written in the item."""
        text, unit = s.norm, current
        for item in re.finditer("[^、]+", text[k:b]):
            ia, ib = k + item.start(), k + item.end()
            e = next((e for e in range(ia, ib) if (cue := self.cue_re.match(text, e)) is not None
                      and cue.end() == ib), None)
            if e is None:
                continue
            if e > ia:
                written = self._career_unit(ctx, s, ia, e, current)
                if written is None:
                    continue  # (助理检察员: no unit read; the one carried stays for the bare posts after it)
                unit = written
                ctx.add(person, "belongsTo", unit, s, self.name)  # (某大队侦查员: a role, the unit still)
            if text[e:ib] in self.title_set:
                ctx.add(person, "position", text[e:ib], s, self.name, Qualifiers(unit=unit))

    def _career_unit(self, ctx: Context, s, k: int, e: int, current: Mention | None, split: bool = True) -> Mention | None:
        """The unit written as ``s.norm[k:e]`` in a career clause: 该所 (该 and a character: ``current``, the unit
        entered, when its name ends in that character); a unit read there; 该部 otherwise the last unit of the
        sentence before it ending in that character; a unit read
        earlier in the article whose name ends with the text (教育改造科 after 某监狱教育改造科); a unit word
        whose parents hold the kind of ``current`` (立案庭 of the court entered); with ``split``, an ordinal
        sub-unit of one of those (乘警支队|二大队: a new unit, in it). None when none is."""
        text, ut = s.norm, s.norm[k:e]
        orgs = ctx.in_sentence(s.index, ORGANIZATION)
        if len(ut) == 2 and ut[0] == "该" and current is not None and current.name.endswith(ut[1]):
            return current  # 调到某派出所，与某律师事务所合作，任该所副所长: the unit entered, not one named in passing
        exact = max((o for o in orgs if o.start - s.start == k and o.end - s.start == e), key=lambda o: len(o.name), default=None)
        if exact is not None:
            return exact
        if len(ut) == 2 and ut[0] == "该":
            return max((o for o in orgs if o.end - s.start <= k and o.name.endswith(ut[1])), key=lambda o: o.end, default=None)
        if len(ut) >= 3 and _CJK.match(ut[0]):
            earlier = max((o for o in ctx.mentions if o.cls == ORGANIZATION and o.start < s.start + k
                           and (o.name.endswith(ut) or o.text.endswith(ut))), key=lambda o: o.start, default=None)
            if earlier is not None:
                return earlier
        kind = dict(current.attrs).get("kind") if current is not None else None
        for word in self._units.ending_at(text, e):
            head = text[k:e - len(word)]
            if current is not None and kind in _section_parents().get(word, ()) and (head == "" or head in _MODIFIERS):
                return self._elided(ctx, s, current, head + word, k, kind=kind)  # (调到某局，任刑警支队副支队长: its 刑警支队)
            if current is not None and len(word) >= 2 and re.fullmatch(f"第?[{rules.NUMERALS}]+", head) \
                    and not current.name.endswith(word):
                return self._elided(ctx, s, current, ut, k, kind=kind or "")  # 调任某支队，在二大队…: its 二大队
            ordinal = re.search(f"第?[{rules.NUMERALS}]+$", head)
            if split and ordinal is not None and ordinal.start() > 0:
                parent = self._career_unit(ctx, s, k, k + ordinal.start(), current, split=False)
                if parent is not None:
                    return self._elided(ctx, s, parent, text[k + ordinal.start():e], k + ordinal.start(),
                                        kind=dict(parent.attrs).get("kind", ""))
        return None

    def _profile_boxes(self, ctx: Context) -> None:
        """``姓名：某某`` / ``单位：某局某派出所`` / ``职务：副所长`` on lines of their own (or ``【姓名】某某``
        …: a profile box, :func:`profile_boxes`): the person of the name field serves in the unit
        that is the whole unit field, with the post field's post (a role: the unit alone)."""
        for fields in profile_boxes(ctx):
            s, a, b = fields["name"]
            name = s.norm[a:b]
            person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start - s.start == a and p.name == name), None)
            if person is None and (2 <= len(name) <= 4 and self.name_at(name + "，", 0, strong="post") == name
                                   or "·" in name and all(_CJK.match(c) or c == "·" for c in name)):
                person = self._mention(ctx, s, a, name)
            if person is None or "unit" not in fields:
                continue
            us, ua, ub = fields["unit"]
            unit = max((o for o in ctx.in_sentence(us.index, ORGANIZATION) if (o.start - us.start, o.end - us.start) == (ua, ub)),
                       key=lambda o: len(o.name), default=None)
            if unit is None:
                continue
            ctx.add(person, "belongsTo", unit, us, self.name)
            if "post" in fields:
                ps, pa, pb = fields["post"]
                if (post := ps.norm[pa:pb]) in self.title_set:
                    ctx.add(person, "position", post, ps, self.name, Qualifiers(unit=unit))

    def _task_force_leaders(self, ctx: Context) -> None:
        """``成立以副局长某某为组长、某某为副组长的“5·20”专案组``, ``成立由某某任组长的专案组`` (the frame
        以<person>为<post> or 由<person>任<post>,
        ``_TASK_FORCE_LED_BY``): each person named right before 为 holds the post (``rules.TASK_FORCE_POSTS``)
        and belongs to the task force named after the frame (``专案组``, ``工作专班``) when one is."""
        for s in ctx.sentences:
            for m in _TASK_FORCE_LED_BY.finditer(s.norm):
                frame_end = s.start + m.end()
                force = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == frame_end
                              and o.name.endswith(rules.TASK_FORCE_WORDS)), None)  # (…组长的指挥部和以…: not its)
                for lead in _TASK_FORCE_LEADER.finditer(s.norm, m.start(), m.end()):
                    p = next((p for p in ctx.in_sentence(s.index, PERSON) if p.end == s.start + lead.start()), None)
                    if p is None:
                        continue
                    ctx.add(p, "position", lead.group(1), s, self.name, Qualifiers(unit=force))
                    if force is not None:
                        ctx.add(p, "belongsTo", force, s, self.name)

    def _place_opening_name(self, ctx: Context, s, cue: re.Match) -> tuple[int, int] | None:
        """``局长达日扎措表示``: a county's short form (达日 of 达日县) read right after a post or
        role, that a name read there (:meth:`name_at`) runs past: the place's span in ``s.norm``
        (no obstacle to the name; the place is dropped), else None."""
        at = cue.end()
        place = next((p for p in ctx.in_sentence(s.index, PLACE) if p.start - s.start == at and p.text != p.name), None)
        if place is None:
            return None
        name = self.name_at(s.norm, at, strong="post" if cue.group() in self.title_set else "role")
        if len(name) <= len(place.text) or not self.parts_re.match(s.norm, at + len(place.text)):
            return None  # (the name goes on with a name part: 多杰, 才让)
        ctx.drop_mention(place)
        return place.start - s.start, place.end - s.start

    @staticmethod
    def _places_inside_names(ctx: Context) -> None:
        """``孟兴安说``: a place read after the first character of a person's name and ending within
        it (兴安, a short form, inside 孟兴安) is part of the name, not a place: it is dropped."""
        for s in ctx.sentences:
            persons = [p for p in ctx.in_sentence(s.index, PERSON) if len(p.name) >= 3]
            for place in ctx.in_sentence(s.index, PLACE):
                if any(p.start < place.start and place.end <= p.end for p in persons) or (
                        place.text != place.name and any(p.start == place.start and place.end < p.end
                                                         and "某" not in p.name for p in persons)):
                    ctx.drop_mention(place)  # (达日洛桑: a county's short form opening a name read whole)

    def _pronoun_apposition(self, ctx: Context) -> None:
        """``作为<unit><post>，他…``: the post, and the unit written before it, are the person the
        pronoun stands for, the last one named before (in reading order)."""
        for s in ctx.sentences:
            text = s.norm
            for m in re.finditer(rules.APPOSITION_OPENER, text):
                j = text.find("，", m.end())
                if j < 0 or j - m.end() > rules.MAX_APPOSITION or not text.startswith(rules.PERSONAL_PRONOUNS, j + 1):
                    continue
                post = next((t for t in self.titles if text.endswith(t, m.end(), j)), None)
                if post is None:
                    continue
                person = _last_person(ctx, s, s.start + m.start())
                if person is None:
                    continue
                unit = max((o for o in ctx.in_sentence(s.index, ORGANIZATION)
                            if o.end == s.start + j - len(post) and o.start >= s.start + m.end()),
                           key=lambda o: len(o.name), default=None)
                ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))
                if unit is not None:
                    ctx.add(person, "belongsTo", unit, s, self.name)

    def _demonstrative_subjects(self, ctx: Context) -> None:
        """``这位<unit><post>，…`` (这名; a sentence that names no one): the post, in the unit, is the
        one person the sentence before names (not one written 某某), when no unit is known for them
        (柯某裹紧大衣…。这位某派出所所长，…). Run after every other pass has read the names."""
        for s in ctx.sentences:
            text = s.norm
            for m in _DEMONSTRATIVE_SUBJECT.finditer(text):  # 这位<unit><post>，…
                unit = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start + m.end()),
                           key=lambda o: len(o.name), default=None)
                k = unit.end - s.start if unit is not None else -1
                post = next((t for t in self.titles if text.startswith(t, k)), None) if unit is not None else None
                if post is None or self.name_at(text, k + len(post), strong="post") or ctx.in_sentence(s.index, PERSON):
                    continue  # (这位所长柯某…: the name written; a person named in the sentence: which one, unsure)
                before = {p.name: p for p in ctx.in_sentence(s.index - 1, PERSON)} if s.index else {}
                person = next(iter(before.values())) if len(before) == 1 else None
                if person is not None and any(t.startswith("nr") and len(w) >= 2 and w not in person.name
                                              and dictionary_freq(w) < rules.COMMON_WORD_FREQ
                                              for w, t, _ in tokens(ctx.sentences[s.index - 1].norm)):
                    continue  # (…评价师傅罗振刚。这位…: another name jieba tags, read by the tagger later)
                if person is not None and "某" not in person.name and not _has_unit(ctx, person):
                    # (the sentence before names one person, the one 这位 points back to; 民警甲将嫌疑人乙抓获。这名…: two)
                    ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))
                    ctx.add(person, "belongsTo", unit, s, self.name)

    def _named_again(self, ctx: Context) -> None:
        """A person the article has named with a cue, written again alone (乌日娜荣立个人二等功,
        巴特尔本人曾被评为…): every later occurrence that starts a clause (or follows a function
        character) and ends before a function character, a verb or punctuation is a mention of
        that person. Two-character names need a clause start. The first part of a dotted name
        (热依拉 of 热依拉·阿不力孜), when no other dotted name of the article opens so, is that person too."""
        full = {m.name for m in ctx.mentions if m.cls == PERSON and "某" not in m.name and len(m.name) >= 2}
        firsts: dict[str, set[str]] = {}  # 热依拉 → {热依拉·阿不力孜}: a dotted name's first part, written alone
        for name in full:
            if "·" in name and len(name.split("·")[0]) >= 2:
                firsts.setdefault(name.split("·")[0], set()).add(name)
        parts = {first: next(iter(of)) for first, of in firsts.items() if len(of) == 1 and first not in full}
        names = sorted(full | set(parts), key=len, reverse=True)
        if not names:
            return
        pattern = Alternation(names)
        for s in ctx.sentences:
            text = s.norm
            taken = [(m.start - s.start, m.end - s.start) for m in ctx.in_sentence(s.index)]
            places = {(m.start - s.start, m.end - s.start) for m in ctx.in_sentence(s.index, PLACE)}
            for a, b, name in pattern.finditer(text):
                short = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start - s.start == a
                              and p.end - s.start < b and name.startswith(p.text)), None)
                if any(x < b and a < y for x, y in taken if (short is None or (x, y) != (a, short.end - s.start))
                       and not ((x, y) in places and a < x and y <= b and b - a >= 3)):
                    continue  # (孟|兴安说: a place read inside a name named before is no obstacle; see _places_inside_names)
                before = text[a - 1] if a else ""
                start_ok = not before or not _CJK.match(before) or (len(name) >= 3 and before in _AFTER_NAME) \
                    or short is not None and self._ends_with_post(text, a)  # 所长柯光|荣记… read short: 柯光荣 named
                after = text[b:b + 1]
                end_ok = not after or not _CJK.match(after) or after in _AFTER_NAME or self._clause_word_starts(text, b) \
                    or text.startswith(rules.SELF_WORDS, b) or text.startswith(self.honour_verbs, b) \
                    or len(name) >= 3 and start_ok and self._word_starts(text, b)  # ，柯正勋|多年来…: a word after it
                if start_ok and end_ok and (not self._word_starts(text, b - 1) or text.startswith(rules.SELF_WORDS, b)):
                    # (柯卫国|本人: 国本 is a word, but 本人 after the name stands for it)
                    if short is not None:  # 巴图孟|和本人: the name read too short is the one named before
                        ms, me = ctx.span_of(s, a, b)
                        ctx.replace_mention(short, Mention(PERSON, name, ms, me, s.index))
                    elif name in parts:  # 热依拉去年荣获…: the one dotted name of the article opening so
                        ms, me = ctx.span_of(s, a, b)
                        ctx.add_mention(Mention(PERSON, name, ms, me, s.index, canonical=parts[name]))
                    else:
                        self._mention(ctx, s, a, name)
                    taken.append((a, b))

    def _dotted(self, ctx: Context, s, found: dict[int, str], inside) -> None:
        """Names in parts joined by a middle dot anywhere outside quotes (据牧民热孜万古丽·买买提
        介绍): transliterated names are written so, and the dot marks them without a cue. The
        name starts at a clause start, after a function character or a role or post."""
        text = s.norm
        for m in _DOTTED_ANY.finditer(text):
            i = m.start()
            while i > 0 and _CJK.match(text[i - 1]) and text[i - 1] not in _AFTER_NAME and m.start() - i < 6:
                i -= 1  # the first part may run left of where the pattern matched
            span = range(i, text.index("·", m.start()) - 1)  # the first part has two characters at least
            starts = [k for k in span  # a clause start, a function character, a post or role before
                      if k == 0 or not _CJK.match(text[k - 1]) or text[k - 1] in _AFTER_NAME
                      or text[k - 1] in rules.NAME_OPENERS or text[k - 1] in _DOTTED_NAME_ENDS or self._cue_ends_at(text, k)
                      or any(text.endswith(v, 0, k) for v in self.honour_verbs)]  # 追授|阿不都·…
            starts += [k for k in span if k not in starts  # else after a common word: 牧民|热孜万古丽
                       and k >= 2 and dictionary_freq(text[k - 2:k]) >= 100 > dictionary_freq(text[k:k + 2])
                       and dictionary_freq(text[k - 2:k + 1]) < 100]  # (农民工|买买提: not 农民|工买买提)
            for k in sorted(starts):  # the leftmost first (旅客|阿不都某某·…, not 阿不都|某某·…)
                if k in found or any(a <= k < b for a, b in inside) or in_quotes(text, k):
                    break
                if self.cue_re.match(text, k) or text.startswith(self.honour_verbs, k) \
                        or k and dictionary_freq(text[k - 1:k + 1]) >= rules.WORD_FREQ:
                    continue  # 消防员艾力·…, 追授艾力·…: the name starts after the role or the verb; 被告|某某·…:
                    # not inside a word (被 ends names, 被告 is a word)
                if text[k] in _AFTER_NAME or text[k] in rules.NAME_OPENERS or text[k] in _DOTTED_NAME_ENDS or (
                        text.index("·", k) - k >= 4 and _common_noun(text[k:k + 2])):
                    continue  # 给|叶尔兰·…, 老人|吐尔逊·…: a function character or a common noun before the name
                name = self.name_at(text, k)
                if "·" not in name:
                    continue
                if any(f < k + len(name) and k < f + len(n) for f, n in found.items()):
                    break  # already read from a cue (教导员努尔买买提·…), not again from 员
                if any(ctx.gazetteer.is_known(part) or any(w in part for w in rules.NOT_NAME_PARTS)
                       for part in name.split("·")):
                    break  # 中国·江城, （平安中国·某某栏目）: places or a column's name joined by a dot
                    # (one holding a common word, 新春走基层·警营故事, name_at reads as no name)
                found[k] = name
                self._mention(ctx, s, k, name)
                break

    def _composed_at_clause_start(self, ctx: Context, s, found: dict[int, str], inside) -> None:
        """A name of two or more parts (:meth:`composed_name`) at a clause start or after a
        function character, with no cue: 旦增罗布已经…, 和阿依古丽一起."""
        text = s.norm
        for m in self.parts_re.finditer(text):
            i = m.start()
            if i in found or any(a <= i < b for a, b in inside) or any(f <= i < f + len(n) for f, n in found.items()):
                continue
            if i and _CJK.match(text[i - 1]) and text[i - 1] not in _AFTER_NAME and text[i - 1] not in rules.NAME_OPENERS:
                continue
            if text[i - 1:i] == "·":
                continue  # 甲·|乙 (two transliterated parts): the last part of a dotted name, read whole by the dotted names' rule
            name, n = self.composed_name(text, i)
            if n >= 2 and not in_quotes(text, i):
                found[i] = name
                self._mention(ctx, s, i, name)
        for i, c in enumerate(text):  # 岩温骑着…: a Dai name at a clause start
            if c not in self.dai_prefixes or i in found or any(a <= i < b for a, b in inside) \
                    or any(f <= i < f + len(n) for f, n in found.items()):
                continue
            if i and _CJK.match(text[i - 1]) and text[i - 1] not in _AFTER_NAME and text[i - 1] not in rules.NAME_OPENERS:
                continue
            name, n = self.composed_name(text, i)
            if n >= 2 and len(name) == 2 and not in_quotes(text, i):
                found[i] = name
                self._mention(ctx, s, i, name)

    def _counted_names(self, ctx: Context, s, found: dict[int, str], inside) -> None:
        """``甲、乙两名民警立即…`` (``_COUNTED_NAMES``): names listed at a clause start, then their count
        and a role or post of ``roles.tsv``/``titles.tsv``; each item is a name when the role-strong
        name grammar reads it whole (every item, or none is taken)."""
        text = s.norm
        for m in _COUNTED_NAMES.finditer(text):
            if not self.cue_re.match(text, m.end()):
                continue
            items = re.split("[、和与及]", m.group("names"))
            at, spans = m.start("names"), []
            for item in items:
                if self.name_at(text, at, strong="role") != item or any(a <= at < b for a, b in inside):
                    break
                spans.append((at, item))
                at += len(item) + 1
            else:
                for k, item in spans:
                    if k not in found:
                        found[k] = item
                        self._mention(ctx, s, k, item)

    def _cue_ends_at(self, text: str, k: int) -> bool:
        """Does a post or role end right before ``text[k]``?"""
        return bool(self._cues_ending_at(text, k))

    def _before_posts(self, ctx: Context, s, found: dict[int, str], inside) -> None:
        """``<name><post>`` with the post closing the phrase: 周明远院长表示, …贯彻某某总书记关于….

        The name starts a clause (after punctuation, a function character or a verb) and the
        post is followed by punctuation, a speech verb, a function word or a verb; the post is
        recorded as the person's ``position`` (its body is not written).
        """
        text = s.norm
        unit_end = units_ending(ctx, s)  # 北山派出所|张伟所长介绍: the unit written right before the name
        for m in self.cue_re.finditer(text):
            post = m.group()
            if post not in self.title_set or any(a <= m.start() < b for a, b in inside):
                continue
            closes = _closes_phrase(text, m.end())
            if not closes:
                continue
            for L in (3, 2, 4):
                i = m.start() - L
                if i >= 0 and found.get(i) == text[i:m.start()]:  # read already (jieba's name tag): add the post
                    person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start - s.start == i
                                   and p.end - s.start == m.start()), None)
                    if person is not None and (_opens_phrase(text, i) or i in unit_end) and closes is True:
                        body = unit_end.get(i) or _unit_in_focus(ctx, s, post, s.start + i)
                        ctx.add(person, "position", post, s, self.name, Qualifiers(unit=body))
                        if body is not None:
                            ctx.add(person, "belongsTo", body, s, self.name)
                    break
                if i < 0 or i in found or any(a <= i < b for a, b in inside) \
                        or any(f < i < f + len(n) for f, n in found.items()):
                    continue  # (…·甘文|任副主任: inside a name read before)
                name = self.name_at(text, i, strong="role")
                if len(name) != L or not _opens_phrase(text, i) or (
                        closes == "weak" and i > 0 and _CJK.match(text[i - 1])):
                    continue  # 周明远副局长作了…: a one-character verb only after punctuation
                if self._is_word(name):
                    continue  # 谢谢|法官: a word, not a name
                if name[-1] == post[0]:
                    continue  # 公诉科|科长, 某某所|所长: a unit word and the post heading it, no name
                if in_quotes(text, i) and not text.startswith(tuple("，,。！？!?、”"), m.end()):
                    continue  # “楼栋警长+网格员”: a post in a quoted scheme, no person
                if name[0] in "和与及同" and self._cue_ends_at(text, i):
                    continue  # 王队长和|李科长: a conjunction between two posts, not a surname
                if name[0] in rules.PREPOSITION_SURNAMES and len(name) == 3 and (
                        tokenizer().word_tag_tab.get(name[1:], "").startswith("v") or _frequent_noun(name[1:])):
                    continue  # 由持证|心理咨询师, 向公司|负责人: a preposition and a verb or a common noun, not a name
                if len(name) == 3 and i > 0 and dictionary_freq(text[i - 1:i + 1]) >= rules.COMMON_WORD_FREQ \
                        and tokenizer().word_tag_tab.get(name[1:], "").startswith("v"):
                    continue  # 同|时邀请|律师: the surname ends a word (同时), a verb after it, no name
                if len(name) == 3 and name[-1] == rules.FORMER_MARK and _frequent_noun(name[:2]):
                    continue  # 公司|原|实际控制人: a common noun and the mark of a former post, no name
                found[i] = name
                person = self._mention(ctx, s, i, name)
                body = _unit_in_focus(ctx, s, post, s.start + i)  # 某某所长说: the 派出所 the article is about
                ctx.add(person, "position", post, s, self.name, Qualifiers(unit=body))
                if body is not None:
                    ctx.add(person, "belongsTo", body, s, self.name)
                break

    def _jieba_name_ok(self, text: str, pos: int, w: str) -> bool:
        """Accept a token jieba tags ``nr``: an unknown three-character name (one jieba made up
        from its HMM, not a dictionary word) anywhere name_at agrees; a shorter one only at the
        start of a clause and before a function word."""
        if w[0] in "和与及" and pos and _CJK.match(text[pos - 1]) and not self._cue_ends_at(text, pos):
            return False  # 监控和|治超: a conjunction between two words (消防员和某某: the surname 和)
        if text[pos - 1:pos] in rules.OPENING_QUOTES and text[pos + len(w):pos + len(w) + 1] in rules.CLOSING_QUOTES:
            return False  # “蓝盾”行动: a word in quotes alone (an operation's, a team's name), not a person
        if _DOCUMENT_NUMBER.match(text, pos + len(w)):
            return False  # 川公通〔2026〕17号: an issuer's code before a document's year and number, not a person
        if len(w) == 3 and dictionary_freq(w) == 0 and self.name_at(text, pos) == w:
            return True
        if len(w) == 2 and w[1] in rules.LEVEL_CHARS_ALL and pos and _CJK.match(text[pos - 1]):
            return False  # 家在前|郭县: a division's level word ends it, the end of a place's name
        return self.name_at(text, pos, strict=True) == w and \
            (pos == 0 or not _CJK.match(text[pos - 1]) or text[pos - 1] in "时者后前和与及"
             and not (text[pos - 1] in "和与及" and dictionary_freq(text[pos - 2:pos]) >= rules.WORD_FREQ))  # (参与|安保)

    def _lists(self, ctx: Context, s, found: dict[int, str], inside) -> None:
        """Extend a found name over a list: 甲、乙和丙 (each next name must end before a function word)."""
        text = s.norm
        members: set[int] = set()  # names a list read from an earlier name: that list covers the rest
        for start in sorted(found):
            self._list_opening(ctx, s, start, found, inside)
        for start in sorted(found):
            k = self._past_note(text, start + len(found[start]))
            if k >= len(text) or text[k] not in "、和与及" or start in members:
                continue  # no list goes on from this name (and no scan of the statements: linear time)
            head = next((m for m in ctx.in_sentence(s.index, PERSON) if m.start == s.start + start), None)
            said = [st for st in ctx.statements if st.subject == head] if head is not None else []
            units = list(dict.fromkeys(st.object for st in said if st.predicate == "belongsTo"))
            posts = [st for st in said if st.predicate == "position"] if text[k] == "、" else []
            if not all(_shared_post(str(st.object)) for st in posts):
                posts = []  # 副厅长甲、乙: a post several hold is the list's (局长甲、乙 is no list of one post)
            while k < len(text) and text[k] in "、和与及":
                if text[k] != "、" and self._word_starts(text, k):
                    break  # 甲及时劝阻, 甲与其…: the character opens a word, no conjunction
                if cue := self.cue_re.match(text, k + 1):  # 甲和辅警乙: the next name has a cue of its own (read
                    after = next((m for m in ctx.in_sentence(s.index, PERSON) if m.start == s.start + cue.end()), None)
                    if after is not None and cue.group() in self.role_set and cue.group() not in self.title_set \
                            and cue.group() not in rules.OUTSIDE_ROLES and not any(st.subject == after and st.predicate == "belongsTo" for st in ctx.statements):
                        for unit in units:  # with it); 民警甲、乙和辅警丙: with no unit of its own, the list's
                            ctx.add(after, "belongsTo", unit, s, self.name)
                    break
                name = self.name_at(text, k + 1, strict=True, strong="post")
                loose = self.name_at(text, k + 1, strong="role") if not name else ""
                if loose and (self._word_starts(text, k + 1 + len(loose)) and not self._word_starts(text, k + len(loose))
                              or _name_then_verb(text, k + 1, loose)):
                    name = loose  # 甲、乙立即出警, 甲、柯浩|背起: the last name of a list before an adverb or verb
                if not name and loose and found.get(k + 1) == loose:
                    name = loose  # 甲、乙|记个人一等功: a name another reading found (jieba's tag) ends the list
                if not name or found.get(k + 1, name) != name or any(a <= k + 1 < b for a, b in inside):
                    break
                if "·" not in name and found.get(k + 1) != name and not (name[0] in self.single or name[:2] in self.compound) \
                        and any(t.startswith("v") or len(w) >= 2 and t[:1] in "ng" and not t.startswith("nr")
                                and dictionary_freq(w) >= rules.WORD_FREQ for w, t, _ in tokens(name)):
                    break  # 民警晋升、评先评优, 甲、村人民: no surname opens it and jieba cuts a verb or a common noun
                    # from it (Uyghur, Tibetan or Mongolian names after 甲、: no surname, no such word)
                if any((c := self.cue_re.match(text, j)) and c.end() > k + 1 + len(name)
                       for j in range(k + 2, k + 1 + len(name))):
                    break  # 甲和村|警务助理乙: a role starts inside the "name" and runs past it, no name there
                found[k + 1] = name  # (already read from jieba's name tag: it still shares the unit)
                members.add(k + 1)
                member = self._mention(ctx, s, k + 1, name)
                for unit in units:  # 某所民警甲、乙: the list shares the first name's unit
                    ctx.add(member, "belongsTo", unit, s, self.name)
                after = k + 1 + len(name)
                if not (self.cue_re.match(text, after) or text.startswith(rules.NOT_LISTED_AFTER_NAME, after)):
                    for st in posts:  # (法官助理甲、乙法官: 乙's own post; 人民陪审员甲、乙的妻子: no list)
                        ctx.add(member, "position", st.object, s, self.name, st.qualifiers)
                k = self._past_note(text, after)

    def _list_opening(self, ctx: Context, s, start: int, found: dict[int, str], inside) -> None:
        """``，甲、乙等31名民警…`` with ``乙`` found at ``s.norm[start]``: the name that opens the list at a
        clause start (after ，；： or the sentence's start) and ends at the 、 before ``乙`` is a person
        too, where the strict reading after a post gives exactly it (柯婷婷: jieba tags the given name
        婷婷 a descriptive word, so no reading found it alone)."""
        text = s.norm
        if start < 3 or text[start - 1] != "、":
            return
        for length in (3, 2):
            b = start - 1 - length
            if b < 0 or (b and text[b - 1] not in "，,；;：:") or b in found or any(a <= b < e for a, e in inside):
                continue
            name = text[b:start - 1]
            cut = tokens(name)
            if len(cut) == 1 and (not cut[0][1].startswith("nr") or dictionary_freq(name) >= rules.WORD_FREQ):
                continue  # 金店、某某经营的超市, 祝福、…, 文明、…: a word, no name
            if self.name_at(text, b, strict=True, strong="post") == name and self.name_at(text, b) in ("", name) \
                    and not any(o.start - s.start < start - 1 and o.end - s.start > b for o in ctx.in_sentence(s.index)):
                found[b] = name
                self._mention(ctx, s, b, name)
                return

    def _bare_unit_at(self, text: str, i: int) -> bool:
        """Does a unit written without its place (县公安局, 市司法局: ``rules.LEVEL_CHARS`` and a unit
        word of two characters or more) start at ``text[i]``?"""
        return text[i:i + 1] in rules.LEVEL_CHARS and any(len(w) >= 2 for w in self._units.starting_at(text, i + 1))

    def _speaker_name(self, text: str, i: int, length: int) -> bool:
        """Is ``text[i:i + length]``, at a clause start right before a speech verb and its comma, a
        name whose given name is a word (柯红梅, 柯国庆)? The loose reading after a role must give
        it, and it must be no word of the dictionary (车主, 战友: n) or one jieba tags as a name
        (nr) below ``rules.COMMON_WORD_FREQ`` (师傅 is tagged nr, but far more frequent)."""
        run = text[i:i + length]
        if self.name_at(text, i, strong="role") != run or len(run) >= 3 and run[-1] in rules.SPEECH_ADVERBS:
            return False  # (某某总说: 总 is the adverb of the verb)
        tags = tokenizer().word_tag_tab
        if len(run) == 3 and dictionary_freq(run[:2]) >= rules.NAME_WORD_FREQ \
                and not tags.get(run[:2], "").startswith("nr") \
                and not (run[0] in self.single and rules.NAME_WORD_FREQ <= dictionary_freq(run[1:]) < rules.COMMON_WORD_FREQ
                         and run[2] not in rules.JOB_ENDINGS and tags.get(run[2], "n")[:1] not in "nqfmr"
                         and tags.get(run[1:], "")[:1] != "v" and run[1:] not in self.title_set
                         and run[1:] not in self.role_set and run[1:] not in rules.NICKNAME_SUFFIXES):
            return False  # 据高铁|站介绍, 项目|方: a word and a suffix, no surname and given name (“……”柯|国庆说
            # with a surname whose given name is a word, 国庆, and no noun of one character after the word; not
            # a surname and a common word for a person: 周|代表, 文|教授, 高|大姐)
        freq = dictionary_freq(run)
        return freq == 0 or tokenizer().word_tag_tab.get(run, "").startswith("nr") and freq < rules.COMMON_WORD_FREQ

    def _bare_word_before(self, text: str, end: int) -> str | None:
        """The unit word (``units.tsv``, ``rules.BARE_UNIT_WORDS``) written alone at a clause start
        and ending at ``text[end]`` (，执行局|局长; 中心|主任), or a word of three characters or more after a
        preposition (``rules.PREPOSITIONS``: 每周由|派出所|所长某某带领…; not 由|部门|主任某某: 部门 is any
        department), or None."""
        return next((w for w in self._units.ending_at(text, end)
                     if end == len(w) or text[end - len(w) - 1] in _FOCUS_BEFORE
                     or len(w) >= 3 and text[end - len(w) - 1] in rules.PREPOSITIONS), None)

    def _fits_word_before(self, unit: Mention, text: str, end: int) -> bool:
        """May ``unit`` be the unit word written bare right before ``text[end]``
        (:meth:`_bare_word_before`)? Not a unit of another kind (``units.tsv``) ending in the same
        character (，执行局|局长: a court's 执行局, not the 人社局 named last; 交警队 may be a 交警大队), nor
        another division of a court for a court's division that needs no name (民事审判庭|庭长: not a
        人民法庭 named before); True when no such word is written."""
        word = self._bare_word_before(text, end)
        if word is None or word[-1] != unit.name[-1] or unit.name.endswith(self.unit_forms.get(word, (word,))):
            return True
        kind, needs = self.unit_kinds.get(word, (None, ""))
        return kind is None or kind == dict(unit.attrs).get("kind", kind) and not (kind == "court" and needs == "no")

    def _unread_unit_before(self, ctx: Context, s, text: str, end: int, post: str) -> bool:
        """Is a unit written right before the post at ``text[end]`` but not read: the character before
        it is the post's own unit character (某某法治局|局长, 某某处|处长), two more characters of a name before
        that, and no unit word of ``units.tsv`` (of two characters or more) ends there, nor any unit read
        (民事审判第五庭|副庭长, read before in the article)? Its post is no other unit's
        (not the 公安部刑事侦查局 named in the sentence before)."""
        if end < 3 or text[end - 1] != post.lstrip(rules.DEPUTY_MARKS)[:1] or not all(_CJK.match(c) for c in text[end - 3:end]):
            return False
        return not any(len(w) >= 2 for w in self._units.ending_at(text, end)) \
            and not any(o.end - s.start == end for o in ctx.in_sentence(s.index, ORGANIZATION)) \
            and not any(m.cls == ORGANIZATION and m.name.endswith(text[end - 4:end]) for m in ctx.mentions)

    def _modified_unit_before(self, text: str, end: int) -> bool:
        """Does a unit word with a modifier of ``modifiers.tsv`` before it (高新区分局, 机场派出所), or an
        agency of ``bare_agencies.tsv`` after its level (市法院 in an article naming no city), end at
        ``text[end]``: a unit written but not read, whose post is no other unit's?"""
        word = next(iter(self._units.ending_at(text, end)), None)
        return word is not None and text.endswith(_MODIFIERS, 0, end - len(word)) \
            or _bare_agency_pattern().search(text, max(0, end - 12), end) is not None

    @staticmethod
    def _past_note(text: str, k: int) -> int:
        """Where a list goes on after a name ending at ``text[k]``: past a note of sex or nationality
        in brackets (柯某（女）、乙, 甲（女，藏族）、乙; ``_NAME_NOTE``) or a photo's mark of where the
        person stands before 、 (甲（右二）、乙: ``rules.PHOTO_POSITION``; 民警甲（右）与村民乙 pictures two
        sides), else ``k``."""
        note = _NAME_NOTE.match(text, k)
        if note is None and (note := _PHOTO_POSITION.match(text, k)) is not None and not text.startswith("、", note.end()):
            return k
        return note.end() if note else k

    def _copula(self, ctx: Context, s, orgs: list[Mention]) -> None:
        """``<name>是<unit>的一名民警`` / ``<name>现任<unit>局长``: the person serves in the unit."""
        starts = _units_starting(s, orgs)
        text = s.norm
        for k0 in starts:  # a name at the start of a clause, right before the copula
            cop = _copula_ending(text, k0)
            if not cop:
                continue
            j = k0 - len(cop)
            unit_end = starts[k0].end - s.start
            unit_end += len(_ONE_OF.match(text, unit_end).group())  # 是<unit>的一名|社区民警
            post = next(iter(self._posts.starting_at(text, unit_end)), "")
            if not post and (cue := self.cue_re.match(text, unit_end)):
                post = cue.group()  # 是<unit>(的一名)|社区民警: a role closing the clause
            after = unit_end + len(post)
            posted = bool(post) and (after == len(text) or text[after] in "，。；,;！") and cop in ("是", "系")
            # (柯建国是<unit>所长。: a unit and a post closing the clause after the copula, so a given
            # name that is a word (建国) is one; not 某地是<unit>局长柯某的老家)
            for L in (3, 2, 4):
                i = j - L
                described = i > 0 and _CJK.match(text[i - 1]) and _DESCRIBED.search(text, 0, i)
                loose = (posted or len(cop) >= 2 and cop.endswith("任")) and not default_gazetteer().by_short.get(text[i:j]) \
                    and not ctx.gazetteer.is_known(text[i:j])  # (柯雪峰先后任<unit>…: a career copula marks the name too)
                if i >= 0 and (i == 0 or not _CJK.match(text[i - 1]) and text[i - 1] != "·" or described) \
                        and len(self.name_at(text, i, strong="role" if described or loose else False)) == L:
                    self._mention(ctx, s, i, text[i:j])  # (45岁的|王芳是…: an age describes the name)
                    break
        lead = _BIO_LEAD.match(text)  # 欧阳某，男，汉族，…: a résumé opens with its name (a given name
        if lead is not None and not any(p.start - s.start == 0 for p in ctx.in_sentence(s.index, PERSON)) \
                and (self.name_at(text, 0, strong="role") == lead.group("name")  # that is a word is one; the
                     or not dictionary_freq(lead.group("name"))  # layout marks a name of a rare surname, 滑某某,
                     and [t for _, t, _ in tokens(lead.group("name"))] == ["nr"]):  # that the tagger reads as one:
            # 报警人, 驾驶人 (a verb and 人) are none
            self._mention(ctx, s, 0, lead.group("name"))
        for aged in _AGED.finditer(text):  # 某某今年67岁，…: a name a clause opens with its age after it
            name, at = self._aged_name(ctx, s, aged.start())
            if name and (name[0] in self.single or name[:2] in self.compound) and f"“{name}”" not in ctx.doc.text and not any(
                    p.start - s.start <= at < p.end - s.start for p in ctx.in_sentence(s.index)) \
                    and tokenizer().word_tag_tab.get(name, "")[:1] not in ("r", "t", "d"):
                if self._cues_ending_at(text, at):  # 某所民警某某今年32岁: the run of posts before it too
                    self._affiliate(ctx, s, at, name, units_ending(ctx, s))
                else:
                    self._mention(ctx, s, at, name)
        for aged in _AGE_BEFORE.finditer(text):  # 34岁的某某扑进父母怀中: an age before 的 describes the name after it
            # (as the segmenter reads it: the surname a token of its own, no noun or verb, or the name one token that
            # is no word of the dictionary; not 37岁的|龙虾|店老板, 孙女婿, 牛|贩子, 戴|眼镜)
            at = aged.end()
            name = "" if self.cue_re.match(text, at) else self.name_at(text, at, strong="role")  # (居民某某: the role's)
            first = tokens(text[at:at + len(name) + 2])[0] if name else ("", "", 0)
            if len(name) >= 3 and name[-2:] not in rules.HONORIFICS and name[1] not in "老阿小" \
                    and (first[0] == name[:1] and first[1] not in ("n", "v") or first[0] == name and not dictionary_freq(name)) \
                    and tokenizer().word_tag_tab.get(name[:2], "nr")[:2] == "nr" and not ctx.gazetteer.is_known(name) \
                    and not default_gazetteer().by_short.get(name[:2]) \
                    and not any(p.start - s.start <= at < p.end - s.start for p in ctx.in_sentence(s.index)):
                self._mention(ctx, s, at, name)
        bio = _BIO_ROW.match(text)  # 一、某某，男，汉族，…, 2. 某某（女），…: a numbered row of a 公示 opens with its name
        # (the row's layout marks it: a name the grammar would not read, 才旦加, is one when it is no word)
        if bio is not None and bio.group("spaced"):  # 3．柯　岚，男，…: a two-character name padded to the width of three
            if not any(p.start - s.start == bio.start("spaced") for p in ctx.in_sentence(s.index, PERSON)):
                self._mention(ctx, s, bio.start("spaced"), re.sub(r"[ \u3000]", "", bio.group("spaced")),
                              len(bio.group("spaced")))
        elif bio is not None and (self.name_at(text, bio.start("name"), strong="role") == bio.group("name")
                                  or self.name_at(text, bio.start("name"), strong="post") == bio.group("name")
                                  or not dictionary_freq(bio.group("name"))) \
                and not any(p.start - s.start == bio.start("name") for p in ctx.in_sentence(s.index, PERSON)):
            self._mention(ctx, s, bio.start("name"), bio.group("name"))
        for m in _NAMED_AS.finditer(text):  # 他叫刘洋，是…: the name the pronoun introduces
            name = self.name_at(text, m.end(), strict=True)
            if name and text[m.end() + len(name):m.end() + len(name) + 1] in "，,。" and \
                    not any(p.start - s.start == m.end() for p in ctx.in_sentence(s.index, PERSON)):
                self._mention(ctx, s, m.end(), name)
        # subjects of a copula: (person, where the copula may start); a clause-start pronoun stands
        # for the last person named (他现任某局副局长), when no other is named in the sentence before it
        subjects = [(p, p.end - s.start) for p in ctx.in_sentence(s.index, PERSON)]
        subjects += [(p, p.end - s.start + 1) for p in ctx.in_sentence(s.index, PERSON)
                     if text[p.end - s.start:p.end - s.start + 1] in "，," and _NAMED_AS.search(text, 0, p.start - s.start)]
        subjects += [(p, bio.end()) for p in ctx.in_sentence(s.index, PERSON)
                     if (bio := _BIO_FIELDS.match(text, p.end - s.start))]  # 某某，男，汉族，…，现任…: the name's résumé
        subjects += [(p, p.end - s.start + 2) for p in ctx.in_sentence(s.index, PERSON)
                     if text.startswith("同志", p.end - s.start)]  # 某某同志现任…
        subjects += [(p, gap.end()) for p in ctx.in_sentence(s.index, PERSON)
                     if (gap := _REASSIGNED.match(text, p.end - s.start))]  # 某某另有任用，已任<unit><post>
        if text.startswith(_RESUME_OPENERS) and not opens_line(ctx, s.index) and not ctx.in_sentence(s.index, PERSON):
            p = _last_person(ctx, s, s.start)  # 一、某某，男，…。现任某局副局长: the row's person (no subject
            if p is not None and not opens_line(ctx, p.sentence + 1) and not dict(p.attrs).get("anonymised"):
                subjects.append((p, 0))        # written: the clause goes on about the one named in its paragraph)
        if re.match(_DUTY_FIELD, text) and not ctx.in_sentence(s.index, PERSON):
            p = _last_person(ctx, s, s.start)  # 某某，男，…。\n现任职务：某局副局长: the résumé's person
            if p is not None and s.index - p.sentence <= rules.DUTY_FIELD_LINES and not dict(p.attrs).get("anonymised"):
                subjects.append((p, 0))
        for m in _PRONOUN_SUBJECT.finditer(text):
            if not any(p.start - s.start < m.start() for p in ctx.in_sentence(s.index, PERSON)) \
                    and (p := _named_near(ctx, s, m.start())) is not None \
                    and not dict(p.attrs).get("anonymised"):  # (…孙某某落网。他是…侦查员: a name the
                subjects.append((p, m.end()))                  # grammar missed, not the suspect)
        subjects.sort(key=lambda x: x[1])
        for n, (p, k) in enumerate(subjects):
            m = _COPULA.match(s.norm, k)
            if not m:
                continue
            end = subjects[n + 1][1] if n + 1 < len(subjects) else len(text)
            later = [c for c in re.finditer(f"[，,；;](?:{_DATE_BEFORE_POST})?({_COPULA.pattern})", text[:end])
                     if c.start() >= m.end()]  # X是…，也是<unit>…: the clause's subject is X
            ats = [m.end()] + [c.end() for c in later]
            # where each copula's posts begin, latest first, and whether they are former ones (曾任…，现任…)
            tenses = [(c.end(), _former(c.group(1))) for c in reversed(later)] + [(m.end(), _former(m.group()))]
            others = [q.start - s.start for q in ctx.in_sentence(s.index, PERSON) if q.name != p.name
                      and self._ends_with_post(text, q.start - s.start)]  # (another's name right after its posts)
            ats += [c.end() for c in re.finditer("兼任?", text[:end]) if c.start() >= m.end()  # …副局长兼<unit>主任
                    and not _named_in_clause(text, c.end(), others)]  # (not …，某支队副支队长兼某大队大队长乙: 乙's)
            if m.group().lstrip("，,").startswith(_CAREER_COPULAS):  # 历任甲所所长，乙队大队长，…: each item
                ats += [c.end() for c in re.finditer("[，,；;、]", text[:end]) if c.start() >= m.end()]  # of the list
            post = self.cue_re.match(text, m.end())  # 某某担任审判长，…: a post with no unit written
            force_word = next((w for w in rules.TASK_FORCE_WORDS if text.startswith(w, m.end())), "")
            if post is None and force_word and (led := self.cue_re.match(text, m.end() + len(force_word))) \
                    and led.group() in rules.TASK_FORCE_POSTS:
                post = led  # 某某担任专案组副组长: the post of the task force (no unit: 专案组 alone is none)
            if post and post.group() in self.title_set and m.end() not in starts and \
                    (post.end() == len(text) or not _CJK.match(text[post.end()])):
                ctx.add(p, "position", post.group(), s, self.name, Qualifiers(unit=None))
                force = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start <= k
                              and o.name.endswith(rules.TASK_FORCE_WORDS)), None)
                if force is not None and post.group() in rules.TASK_FORCE_POSTS:
                    ctx.add(p, "belongsTo", force, s, self.name)  # 成立某专案组，由某某任组长: its leader
            for at in ats:
                if at not in starts:
                    continue
                unit = starts[at]
                mark, former = len(ctx.statements), next(f for k1, f in tenses if k1 <= at)
                rest = s.norm[unit.end - s.start:]
                modifier = next((w for w in rules.POST_MODIFIERS if rest.startswith(w)), "")
                rest = rest[len(modifier):]  # 专职调解员, 代理政委: the post as written keeps its modifier
                cue = self.cue_re.match(rest)
                if m.group()[:1] in "，," and (cue and rest.startswith("的", cue.end()) or rest[:1] == "的"):
                    continue  # 林某，现任某局副局长的柯某…: the post is another person's
                if rest[:1] in "的，。,、" or cue:
                    ctx.add(p, "belongsTo", unit, s, self.name)
                if cue and cue.group() in self.title_set:  # X生前任某监狱副监狱长
                    body = next((b for b in _PARTY_BODIES if unit.name.endswith(b)), "")
                    post = body + cue.group() if body and cue.group() in ("书记", "副书记", "委员") else modifier + cue.group()
                    ctx.add(p, "position", post, s, self.name, Qualifiers(unit=unit))  # (某村党总支|书记: 党总支书记)
                    sub = _elided_body(post, party=True)
                    if sub is not None and not unit.name.endswith(sub):  # 现任某局党委委员、副局长: a seat
                        ctx.add(p, "belongsTo", self._elided(ctx, s, unit, sub, unit.end - s.start), s, self.name)
                        # on the bureau's 党委 (某院党组成员: its 党组), as in a run of posts before a name
                    k = cue.end()
                    while rest[k:k + 1] in ("、", "，", ",") and (more := self.cue_re.match(rest, k + 1)) is not None \
                            and more.group() in self.title_set and (more.end() == len(rest) or rest[more.end()] in "，。,；;、") \
                            and (rest[k] == "、" or more.group().startswith(rules.RANK_STARTS)):
                        ctx.add(p, "position", more.group(), s, self.name, Qualifiers(unit=unit))
                        if (sub := _elided_body(more.group())) is not None and rules.ELIDED_BODIES[sub] != "party" \
                                and not unit.name.endswith(sub):  # 任某院党组成员、政治部主任: the 院's 政治部
                            at = unit.end - s.start + len(modifier) + k + 1
                            ctx.add(p, "belongsTo", self._elided(ctx, s, unit, sub, at, _elided_kind(sub, unit)), s, self.name)
                        k = more.end()  # 生前系某所副所长、一级警长: each post of the run, in that unit (现任某局
                        # 政委，一级高级警长。: a rank after a comma is the same person's)
                elif rest[:1] == "的" and m.group().endswith(("是", "系")) and (rank := self.cue_re.match(rest, 1)) \
                        and rank.group() in self.title_set and (rank.end() == len(rest) or rest[rank.end()] in "，。,；;"):
                    ctx.add(p, "position", rank.group(), s, self.name, Qualifiers(unit=unit))  # 某某是某所的一级警长
                if former:  # 曾任<unit>局长: a post held before, ended as a removal's is (kg:postStatus)
                    _ended_before(ctx, mark, p.name)
            for c in later:  # 调到甲局，任党委委员、副局长: posts with no unit after a later copula, in the unit
                at = c.end()  # the clause before named after its copula
                held = max((u for k2, u in starts.items() if m.end() <= k2 < at), key=lambda u: u.start, default=None)
                if at in starts or held is None or next(f for k1, f in tenses if k1 <= at):
                    continue
                run = self._post_run(text, at)
                if run:
                    self._hold_posts(ctx, s, p, run, held)

    def _respectively(self, ctx: Context, s, orgs: list[Mention]) -> None:
        """``甲、乙分别任某局副局长、政治部主任`` (``rules.RESPECTIVELY_VERBS``): the n-th person of the
        list before the verb holds the n-th post of the list after it, in the unit written before
        that post or, when none is, before an earlier one of the list (``甲、乙分别任甲所所长、乙所所长``:
        each its own). Only when the two lists are as long and every item is a post of titles.tsv or
        a role of roles.tsv (a role: the unit, no position)."""
        text = s.norm
        if not any(verb in text for verb in rules.RESPECTIVELY_VERBS):
            return  # (most sentences: no list of persons to pair with posts)
        persons = sorted(ctx.in_sentence(s.index, PERSON), key=lambda p: p.start)
        starts = _units_starting(s, orgs)
        for verb in rules.RESPECTIVELY_VERBS:
            for k in (m.start() for m in re.finditer(verb, text)):
                holders: list[Mention] = []
                counted = _COUNTED_HOLDERS.search(text, 0, k)
                at = counted.start() if counted else k  # (甲、乙等5名干警分别兼任…: the count closes the list)
                for p in reversed([p for p in persons if p.end - s.start <= at]):
                    if p.end - s.start != at:
                        break
                    holders.insert(0, p)
                    at = p.start - s.start
                    cues = self._cues_ending_at(text, at) if holders[1:] or counted else []
                    at -= len(cues[0]) if cues and text[at - len(cues[0]) - 1:at - len(cues[0])] in rules.LIST_MARKS else 0
                    # (检察官甲、检察官助理乙等…: a post or role before a later name of the list)
                    if not text[at - 1:at] or text[at - 1] not in rules.LIST_MARKS:
                        break
                    at -= 1
                posts: list[tuple[Mention | None, str]] = []
                at, unit = k + len(verb), None
                while True:
                    if at in starts:
                        unit = starts[at]
                        at = unit.end - s.start
                    cue = self.cue_re.match(text, at)
                    if cue is None or cue.group() not in self.title_set and cue.group() not in self.role_set:
                        break
                    posts.append((unit, cue.group()))
                    at = cue.end()
                    if text[at:at + 1] == "" or text[at] not in rules.LIST_MARKS:
                        break
                    at += 1
                if not posts and counted and (kind := _KIND_OF_UNITS.match(text, k + len(verb))) \
                        and (cue := self.cue_re.match(text, kind.end())) and cue.group() in self.title_set \
                        and not _CJK.match(text[cue.end():cue.end() + 1] or "。"):
                    posts = [(None, cue.group())] * len(holders)  # 甲、乙等5名干警分别兼任辖区12所中小学的|法治副校长:
                    # the same post, each in a unit of that kind the text does not name
                if len(holders) < 2 or len(posts) != len(holders):
                    continue
                for p, (u, post) in zip(holders, posts):
                    if post in self.title_set:  # (甲、乙分别是某所民警、辅警: roles, the unit alone)
                        ctx.add(p, "position", post, s, self.name, Qualifiers(unit=u))
                    if u is not None:
                        ctx.add(p, "belongsTo", u, s, self.name)

    def _elected_alike(self, ctx: Context, s, orgs: list[Mention]) -> None:
        """``甲当选为某市律师协会会长，乙当选为副会长`` (``_ELECTED``): a post elected to with no unit
        written holds in the unit of the election before it in the sentence (or of the body the
        sentence's election is held for: 选举产生了某省律师协会第十届理事会，甲当选会长); every person of the
        list before the verb (乙、丙当选副会长) takes it."""
        text = s.norm
        if "当选" not in text:
            return
        starts = _units_starting(s, orgs)
        held = _ELECTION_HELD.search(text)  # (选举产生了某省律师协会第十届理事会，甲当选会长: that body's)
        unit = starts.get(held.end()) if held is not None else None
        persons = sorted(ctx.in_sentence(s.index, PERSON), key=lambda p: p.start)
        for m in _ELECTED.finditer(text):
            at = m.end()
            if at in starts:
                unit = starts[at]  # (当选为|某市律师协会会长: the election's unit)
                continue
            cue = self.cue_re.match(text, at)
            if unit is None or cue is None or cue.group() not in self.title_set \
                    or _CJK.match(text[cue.end():cue.end() + 1] or "。"):
                continue
            counted = _COUNTED_HOLDERS.search(text, 0, m.start())
            holders, k = [], counted.start() if counted else m.start()  # (甲、乙等5人当选副会长)
            for p in reversed([p for p in persons if p.end - s.start <= k]):
                if p.end - s.start != k:
                    break
                holders.insert(0, p)
                k = p.start - s.start
                k = self._unit_and_post_before(s, k, orgs)  # (…律师事务所高级合伙人甲、…主任乙等: each its own)
                if text[k - 1:k] not in ("、", "和"):
                    break
                k -= 1
            if not holders and not counted:  # (，甲当选秘书长: a name at the clause's start no other rule read)
                i = next((m.start() - L for L in (3, 2, 4) if m.start() - L >= 0 and text[m.start() - L - 1:m.start() - L] in "，,；;"
                          and len(self.name_at(text, m.start() - L, strong="role")) == L), None)
                if i is not None:
                    holders = [self._mention(ctx, s, i, text[i:m.start()])]
            for p in holders:
                ctx.add(p, "position", cue.group(), s, self.name, Qualifiers(unit=unit))
                ctx.add(p, "belongsTo", unit, s, self.name)

    def _unit_and_post_before(self, s, k: int, orgs: list[Mention]) -> int:
        """Where a list item's unit and post written before its name at ``s.norm[k]`` start (某所主任|甲: the
        post's start, and the unit's before it; ``orgs``: the sentence's units), or ``k`` when none is written."""
        cues = self._cues_ending_at(s.norm, k)
        if not cues:
            return k
        k -= len(cues[0])
        unit = next((o for o in orgs if o.end - s.start == k), None)
        return unit.start - s.start if unit is not None else k

    def _serving_in(self, ctx: Context, s, orgs: list[Mention]) -> None:
        """``<name>所在的<unit>`` / ``她所在的<unit>``: the person (or the last person named before
        the pronoun) serves in the unit written right after (闫某某所在的某中队…)."""
        text = s.norm
        for m in _SERVING_IN.finditer(text):
            unit = max((o for o in orgs if o.start - s.start == m.end()), key=lambda o: o.end, default=None)
            if unit is None:
                continue
            a = m.start()
            person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start == a), None)
            if person is None and text.endswith(rules.PERSONAL_PRONOUNS, 0, a) and \
                    (a == 1 or not _CJK.match(text[a - 2:a - 1])) and \
                    len({p.name for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start <= a}) <= 1:
                person = _last_person(ctx, s, s.start + a)  # (two named before it: which one is unclear)
            if person is None:  # 闫某某所在的…: a name at a clause start
                person = self._name_ending_at(ctx, s, a)
            if person is not None:
                for p in [person] + self._listed_before(ctx, s, person):  # 甲、乙所在的…: each of the list
                    ctx.add(p, "belongsTo", unit, s, self.name)
        for m in _ASSIGNED.finditer(text):  # 某某被分配到某派出所, 调到某所工作, 任职于某所, 现为某所民警
            unit = max((o for o in orgs if o.start - s.start == m.end()), key=lambda o: o.end, default=None)
            if unit is None:
                continue
            after = text[unit.end - s.start:]
            cue = self.cue_re.match(after)
            if not (re.match("[，,。；;]|$", after) or after.startswith(rules.WORK_VERBS) or cue and m.group() == "现为"
                    or after.startswith("当") and any((c := self.cue_re.match(after, j)) and re.match("[，,。；;]|$", after[c.end():])
                                                      for j in range(1, 5))):  # (分配到某中队当一线民警: a role there)
                continue  # (the unit must close the clause, or 工作 or a post or role follow it)
            person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start == m.start()), None) \
                or _sole_subject(ctx, s, m.start())  # (柯某从警校毕业，被分配到…: the person opening the sentence)
            if person is not None and not _has_unit(ctx, person):
                ctx.add(person, "belongsTo", unit, s, self.name)
                if cue and cue.group() in self.title_set:
                    ctx.add(person, "position", cue.group(), s, self.name, Qualifiers(unit=unit))
        for m in _SENT_TO_SERVE.finditer(text):  # 某某…，被选派到某村担任驻村第一书记: the subject's post there
            post = self.cue_re.match(text, m.end())
            if post is None or post.group() not in self.title_set or _CJK.match(text[post.end():post.end() + 1] or "，"):
                continue
            if (person := _sole_subject(ctx, s, m.start())) is not None:
                ctx.add(person, "position", post.group(), s, self.name, Qualifiers(unit=None))
        for m in _POSTED_AT.finditer(text):  # 某某交流到某局任副局长: the post is held in that unit
            self._posted_at(ctx, s, orgs, m)
        for m in _WORKS_IN.finditer(text):  # 某某在某派出所工作: the person works in the unit
            unit = max((o for o in orgs if o.start - s.start == m.end()), key=lambda o: o.end, default=None)
            if unit is None or not text.startswith(rules.WORK_VERBS, unit.end - s.start):
                continue
            a = m.start()
            person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start == a), None) \
                or self._name_ending_at(ctx, s, a, strict=True)  # (a name at a clause start)
            if person is not None:
                ctx.add(person, "belongsTo", unit, s, self.name)

    def _posted_at(self, ctx: Context, s, orgs: list[Mention], m: re.Match) -> None:
        """``某某在某局任副局长``, ``原某局副局长某某，交流到某局任党委委员、副局长``: a unit right after
        ``m`` (``_POSTED_AT``), then 任 or 担任 and a run of posts of ``titles.tsv`` closing the clause:
        the person holds each post in that unit (a former post after 曾在, 先后在: ``_FORMER_AT``). The
        person: the name right before ``m`` (or before a comma or an adverb there); a move's verb
        (``rules.MOVE_TO_VERBS``) ends the posts written before that name (:func:`_moved`)."""
        text = s.norm
        unit = max((o for o in orgs if o.start - s.start == m.end()), key=lambda o: o.end, default=None)
        if unit is None:
            return
        k = unit.end - s.start
        copula = re.compile("担任|任").match(text, k)
        if copula is None:
            return
        k = copula.end()
        if (section := self._section_after(ctx, s, unit, k)) is not None:
            unit, k = section  # 交流到某县人民法院任执行局副局长: the post is the court's 执行局's
        run = self._post_run(text, k)
        if not run:
            return
        at = m.start()
        former = text.endswith(_FORMER_AT, 0, at)
        at -= next((len(a) for a in _FORMER_AT if text.endswith(a, 0, at)), 0)
        at -= next((len(a) for a in _ADVERBS_AT if text.endswith(a, 0, at)), 0)
        names = ctx.in_sentence(s.index, PERSON)
        person = next((p for p in names if p.end - s.start in (at, at - 1) and text[p.end - s.start:at] in ("", "，", ",")), None)
        if person is None and not any(a <= at - 1 < b for a, b in ((n.start - s.start, n.end - s.start) for n in
                                                                    ctx.in_sentence(s.index))):
            person = self._name_ending_at(ctx, s, at, strong=True)  # 柯某则到某院任…: a name opening the clause
        if person is None or dict(person.attrs).get("anonymised"):
            return  # (柯某介绍，其父亲在某局任副局长: no name right before, no post of anyone named)
        if m.group() in rules.MOVE_TO_VERBS:  # 某局副局长某某交流到乙局任…: the posts before the name end
            ctx.facts.setdefault("moves", set()).add((s.index, person.end))
        mark = len(ctx.statements)
        ctx.add(person, "belongsTo", unit, s, self.name)
        self._hold_posts(ctx, s, person, run, unit)
        if former:
            _ended_before(ctx, mark, person.name)

    def _post_run(self, text: str, k: int) -> list[str]:
        """The posts of ``titles.tsv`` written from ``text[k]`` joined by 、 (党委委员、副局长) when the run
        closes its clause (a comma, full stop or the end follows), else ``[]``."""
        run = []
        while (cue := self.cue_re.match(text, k)) is not None and cue.group() in self.title_set:
            run.append(cue.group())
            k = cue.end()
            if text[k:k + 1] != "、":
                break
            k += 1
        return run if run and (k == len(text) or text[k] in "，。,；;") else []

    def _hold_posts(self, ctx: Context, s, person: Mention, run: list[str], unit: Mention) -> None:
        """``person`` holds each post of ``run`` in ``unit``, and a party seat among them (党委委员) puts
        the person in the unit's party body (its 党委, :func:`_elided_body`)."""
        for post in run:
            ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))
            if (sub := _elided_body(post, party=True)) is not None and not unit.name.endswith(sub):
                ctx.add(person, "belongsTo", self._elided(ctx, s, unit, sub, unit.end - s.start), s, self.name)

    def _section_after(self, ctx: Context, s, unit: Mention, k: int) -> tuple[Mention, int] | None:
        """``某县人民法院任|执行局副局长``, ``…任|第二检察部主任``: a unit word of ``units.tsv`` that the kind
        of ``unit`` holds (its parents), alone or after an ordinal (第二), written at ``s.norm[k]`` right
        before a post of ``titles.tsv``: ``(the section of unit, where the post starts)``, or None."""
        text, kind = s.norm, dict(unit.attrs).get("kind")
        for e in range(k + 2, min(len(text), k + rules.MAX_SECTION_NAME + 4)):
            post = self.cue_re.match(text, e)
            if post is None or post.group() not in self.title_set:
                continue
            for word in self._units.ending_at(text, e):
                head = text[k:e - len(word)]
                if (head == "" or re.fullmatch(f"第[{rules.NUMERALS}]+", head)) and kind in _section_parents().get(word, ()):
                    return self._elided(ctx, s, unit, text[k:e], k, kind=kind), e
        return None

    def _listed_before(self, ctx: Context, s, person: Mention) -> list[Mention]:
        """The persons listed right before ``person`` (甲、乙和|丙), each ending where 、, 和, 与 or
        及 comes before the next one, nearest first; a name of two or three characters at the
        list's start (a clause start) is read there when no mention ends there."""
        out, at, text = [], person.start - s.start, s.norm
        names = ctx.in_sentence(s.index, PERSON)
        while at >= 3 and text[at - 1] in "、和与及":
            before = next((p for p in names if p.end - s.start == at - 1), None) \
                or self._name_ending_at(ctx, s, at - 1, strong=True)
            if before is None:
                break
            out.append(before)
            at = before.start - s.start
        return out

    def _name_ending_at(self, ctx: Context, s, a: int, **options) -> Mention | None:
        """The person named by three or two characters that end at ``s.norm[a]`` and open a clause
        (the sentence's start, or after a character that is no Han character), read by
        :meth:`name_at` with ``options``: its new mention, or None."""
        text = s.norm
        for L in (3, 2):
            i = a - L
            if i >= 0 and (i == 0 or not _CJK.match(text[i - 1])) and self.name_at(text, i, **options) == text[i:a]:
                return self._mention(ctx, s, i, text[i:a])
        return None

    def _spaced_name(self, text: str, i: int) -> tuple[str, int] | None:
        """``田  甜``: a surname and one more character with one to three spaces between them (papers
        pad two-character names to the width of three), whose second character starts no word
        with what follows (王  建设… is none). Returns ``(name, printed length)`` or None."""
        m = _SPACED_NAME.match(text, i)
        if m is None or m.group(1) not in self.single:
            return None
        end = m.end()
        if end < len(text) and _CJK.match(text[end]) and text[end] not in _AFTER_NAME \
                and self._word_starts(text, end - 1) and not self._clause_word_starts(text, end) \
                and not _SPEECH.match(text, end):
            return None  # 王  建设…: the second character starts a word with what follows (not 李  想|来自)
        return m.group(1) + m.group(2), end - i

    def _mention(self, ctx: Context, s, i: int, name: str, length: int | None = None) -> Mention:
        """A Person mention of ``name`` at ``s.norm[i:i + length]`` (``length``: the printed span
        when it differs from the name, as in a spaced ``王  强``)."""
        length = len(name) if length is None else length
        ms, me = ctx.span_of(s, i, i + length)
        attrs = (("anonymised", "true"),) if "某" in name or "化名" in s.norm[i:i + length + 6] else ()
        original = s.text[i:i + length].replace(" ", "").replace("\u3000", "")
        if "dotted_text" not in ctx.facts:  # (a dotted name needs a dot in the text: most articles have none, and a
            ctx.facts["dotted_text"] = any("·" in x.norm for x in ctx.sentences)  # scan per name was quadratic)
        dotted = {m.name for m in ctx.mentions if m.cls == PERSON and m.name.startswith(name + "·")} \
            if ctx.facts["dotted_text"] else set()
        return ctx.add_mention(Mention(PERSON, name, ms, me, s.index, canonical=dotted.pop() if len(dotted) == 1 else "",
                                       original=original if original != name else "", attrs=attrs))
        # (“……”某某说: the first part of the one dotted name the article opens so is that person)

    def _list_row(self, ctx: Context, s, found: dict[int, str], org_end) -> None:
        """``巴特尔（女）  某市公安局某大队副大队长``: a row of a list of names (名单), one per line:
        a name (any origin: the row's layout marks where it ends), an optional bracket
        (女, 蒙古族), spaces, then units and a post or role that end the line. The person gets
        the post and the unit before it, as in ``<unit><post><name>``."""
        labelled = LABELLED_ROW.fullmatch(s.norm)
        if labelled is not None:
            self._labelled_row(ctx, s, labelled, found, org_end)
            return
        if self._unit_first_row(ctx, s, found) or self._numbered_row(ctx, s, found) or self._signed(ctx, s, found, org_end) \
                or self._unit_column_row(ctx, s, found):
            return
        label = _LINE_LABEL.match(s.norm) or _SERIAL_CELL.match(s.norm)  # 记个人一等功：某某  某局某支队副支队长,
        m = LIST_ROW.fullmatch(s.norm) or (LIST_ROW.fullmatch(s.norm, label.end()) if label else None)  # 1<TAB>某某<TAB>…
        if m is None:
            return
        cell = s.norm.find("\t", m.start(2))  # 某某<TAB>某局某所所长<TAB>个人一等功: the unit and post end at the next cell
        fields = self._post_cell(s, m.start(2), org_end, _header_cells(ctx, s))  # 某某<TAB>男<TAB>汉族<TAB>某局某所所长
        if m.start() > 0:
            name, length = re.sub(r"[ \t\u3000]", "", m.group(1)), m.end(1) - m.start()  # 6. 戴　安: spaced
            if found.get(m.start(), name) != name or self._common_word(name) and (name == m.group(1) or self._label(name)):
                return  # (舒　展: a name padded to the width of three is one, though a word; 组　长 a label)
            at, end = fields or (m.start(2), cell if cell > 0 else _duties_at(s.norm, m.start(2)))
            self._row_affiliate(ctx, s, name, at, end, found, org_end, length=length, start=m.start())
            self._unit_and_post_cells(ctx, s, m, cell, found, org_end)
            unit = _unit_from(ctx, s, m.start(2))
            job = s.norm[unit.end - s.start:len(s.norm)].rstrip() if unit is not None else ""
            if label is not None and unit is not None and "某" not in name and len(job) <= rules.MAX_ROW_JOB \
                    and job.endswith(rules.JOB_ENDINGS):  # 4. 某某（女）  某局某所社区矫正社会工作者: a numbered
                # row of a name, its unit and a job of no known post (not 辖区居民, 所长某某之妻)
                person = next((p for p in ctx.in_sentence(s.index, PERSON)
                               if p.start - s.start == m.start() and p.name == name), None)
                if person is None and m.start() not in found and self.name_at(name + "，", 0, strong="post") == name:
                    found[m.start()] = name
                    person = self._mention(ctx, s, m.start(), name, length)
                if person is not None and not _has_unit(ctx, person):
                    ctx.add(person, "belongsTo", unit, s, self.name)
            return
        name, rest = re.sub(r"[ \t\u3000]", "", m.group(1)), m.start(2)  # 王  强: a name printed spaced
        prior = found.get(0, name)
        if prior != name and not (name.startswith(prior) and self._row_closes(s, rest, len(s.norm), org_end)):
            return
        if self._common_word(name) and (name == m.group(1) or self._label(name)):
            return  # 名单  某某: a common word, not a name (舒　展 padded to the width of three is one; 组　长 a label)
        if prior != name:  # 吉克阿|呷  某派出所民警: a name read short before the row's layout was seen
            old = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == s.start and p.text == prior), None)
            if old is None:
                return
            ctx.replace_mention(old, replace(old, text=name, end=ctx.span_of(s, 0, m.end(1))[1], original=""))
            found[0] = name
        at, end = fields or (rest, cell if cell > rest else _duties_at(s.norm, rest))
        self._row_affiliate(ctx, s, name, at, end, found, org_end, length=m.end(1))
        if name == m.group(1) and fields is None:
            self._unit_and_post_cells(ctx, s, m, cell, found, org_end)  # 某某<TAB>某局某支队<TAB>副支队长
        if 0 not in found and self.name_at(name + "，", 0, strong="post") == name and self._in_block_of_rows(ctx, s):
            found[0] = name  # 鲜国富    某市某街道渔民: a row of a list of citizens (no unit, no post): a person
            self._mention(ctx, s, 0, name, m.end(1))
        person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == s.start and p.name == name), None)
        end = len(s.norm.rstrip())
        unit = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start - s.start == rest and o.end - s.start == end),
                    None)  # (the unit that is the whole rest of the row)
        if person is not None and unit is not None and self._in_block_of_rows(ctx, s) and not any(
                st.subject is person and st.predicate == "belongsTo"
                for st in takewhile(lambda st: st.subject.sentence == s.index, reversed(ctx.statements))):
            ctx.add(person, "belongsTo", unit, s, self.name)  # 某某    某律师事务所: a row of a name and its unit alone

    def _label(self, word: str) -> bool:
        """Is ``word`` a post, a role or a label of a table's rows (``rules.ROW_LABELS``: 成员, 个人),
        so that padded to the width of three (组　长) it is no name?"""
        return word in self.title_set or word in self.role_set or word in rules.ROW_LABELS

    def _post_cell(self, s, start: int, org_end, header: list[str] | None = None) -> tuple[int, int] | None:
        """The span of the tab-separated cell after ``start`` that holds units and closes with a post
        or role (工作单位及职务), when it is not the first cell after the name (性别 and 民族 between);
        else None. With the table's ``header`` (its cells' texts, one a column of the row), a column
        headed as proposed (拟任职务) is passed over for the current one (现任职务)."""
        row = tab_cells(s.norm)
        cells = [(a, b) for a, b in row if a >= start]
        if len(cells) < 2:
            return None
        hits = [(a, b) for a, b in cells[1:] if self._row_closes(s, a, b, org_end)]
        if header is not None and len(header) == len(row) and len(hits) > 1:
            current = [c for c in hits if "拟" not in header[row.index(c)]]
            hits = current or hits  # (姓名 性别 … 现任职务 拟任职务: the post held now)
        return hits[-1] if hits and not self._row_closes(s, *cells[0], org_end) else None

    def _unit_and_post_cells(self, ctx: Context, s, m: re.Match, cell: int, found: dict[int, str], org_end) -> None:
        """``1<TAB>某某<TAB>某局某分局<TAB>副局长``: a table row whose unit and post are cells of their
        own (a 名单 with 单位 and 职务 columns): the person (``m``: :data:`LIST_ROW` after the serial
        cell) serves in the unit with that post."""
        if cell <= 0 or m.start() in found and found[m.start()] != m.group(1):
            return
        unit = org_end.get(cell)
        post_end = s.norm.find("\t", cell + 1)
        post = s.norm[cell + 1:post_end if post_end > 0 else len(s.norm)].strip()
        if unit is None or unit.start - s.start != m.start(2) or post not in self.title_set | self.role_set:
            return
        person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start - s.start == m.start()), None) \
            or self._mention(ctx, s, m.start(), m.group(1), m.end(1) - m.start())
        found[m.start()] = m.group(1)
        ctx.add(person, "belongsTo", unit, s, self.name)
        if post in self.title_set:
            ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))

    def _line_of_names(self, ctx: Context, s, found: dict[int, str]) -> None:
        """``张伟　李强　王芳　赵敏`` or ``张伟、李强、王芳、赵敏``: a line of three or more bare names
        apart by spaces or 、 and nothing else (a 名单's row of names, ``_NAMES_LINE``): each is a
        person when it reads as a name (:meth:`name_at` after a post, or a composed name)."""
        if _NAMES_LINE.fullmatch(s.norm):
            self._bare_names(ctx, s, found, 0)

    def _bare_names(self, ctx: Context, s, found: dict[int, str], at: int) -> None:
        """The runs of Han characters (and ·) of ``s.norm`` from offset ``at`` on, a layout's bare
        names: when each reads as a name (:meth:`name_at` after a post, or a composed name), each
        not read already is a person (added to ``found``); else none is."""
        chunks = [(m.group(), m.start()) for m in _HAN_RUN.finditer(s.norm, at)]
        if not all(self.name_at(c + "，", 0, strong="post") == c or self.composed_name(c + "，", 0)[0] == c
                   for c, _ in chunks):
            return
        for c, k in chunks:
            if k not in found and not any(a < k + len(c) and k < a + len(n) for a, n in found.items()):
                found[k] = c
                self._mention(ctx, s, k, c)

    def _names_after_unit_label(self, ctx: Context, s, found: dict[int, str]) -> None:
        """``某市公安局某分局：甲、乙、丙``: a line that opens with a unit and a colon, then two or
        more bare names apart by 、 (``_LABELLED_NAMES``) and nothing else: each is a person when it
        reads as a name (:meth:`name_at` after a post, or a composed name); :meth:`_unit_headed_row`
        then puts them in the unit."""
        head = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start), key=lambda o: o.end, default=None)
        at = head.end - s.start + 1 if head is not None else 0
        if at and s.norm[at - 1:at] in ("：", ":") and opens_line(ctx, s.index) \
                and _LABELLED_NAMES.fullmatch(s.norm, at):
            self._bare_names(ctx, s, found, at)

    def _contact_line(self, ctx: Context, s) -> None:
        """``联系人：某县公安局刑事侦查大队 甲 乙`` (a notice's contact line, ``_CONTACT_LABEL``): the names
        written after a unit, apart by spaces or 、 (``_CONTACT_GAP``), are persons serving in it, up to
        the first word that is no name (a telephone number); a unit written after them opens its own
        names (…；某派出所 丙)."""
        label = _CONTACT_LABEL.match(s.norm)
        if label is None:
            return
        text = s.norm
        orgs = {}
        for o in ctx.in_sentence(s.index, ORGANIZATION):  # the outermost unit starting at each offset
            a = o.start - s.start
            if a >= label.end() and (a not in orgs or o.end > orgs[a].end):
                orgs[a] = o
        persons = {p.start - s.start: p for p in ctx.in_sentence(s.index, PERSON)}
        unit, k = None, label.end()
        while k < len(text):
            if k in orgs:
                unit, k = orgs[k], orgs[k].end - s.start
            elif unit is not None and (read := persons.get(k)) is not None:
                ctx.add(read, "belongsTo", unit, s, self.name)  # (a name read already: 柯远·买买提)
                k = read.end - s.start
            elif unit is not None and (run := _CONTACT_NAME.match(text, k)) is not None \
                    and self.name_at(run.group() + "，", 0, strong="post") == run.group():
                ctx.add(self._mention(ctx, s, k, run.group()), "belongsTo", unit, s, self.name)
                k = run.end()
            else:
                unit = None  # (a telephone number, a comma: the run of names has ended)
                k += 1
                continue
            gap = _CONTACT_GAP.match(text, k)
            if gap is None and k < len(text) and k not in orgs:
                unit = None
            k = gap.end() if gap is not None else k

    @staticmethod
    def _in_block_of_rows(ctx: Context, s) -> bool:
        """Is the line ``s`` one of at least two consecutive lines of a 名单 (``LIST_ROW``)?"""
        def row(k: int) -> bool:
            return 0 <= k < len(ctx.sentences) and LIST_ROW.fullmatch(ctx.sentences[k].norm) is not None
        return row(s.index - 1) or row(s.index + 1)

    @staticmethod
    def _common_word(name: str) -> bool:
        """Is ``name`` a common word of jieba's dictionary (frequency at least ``rules.WORD_FREQ``,
        not tagged as a person name): 名单, 同志 — no name, whatever the layout says?"""
        return dictionary_freq(name) >= rules.WORD_FREQ and not tokenizer().word_tag_tab.get(name, "").startswith("nr")

    def _unit_first_row(self, ctx: Context, s, found: dict[int, str]) -> bool:
        """``某市公安局某派出所　　王  晓　　教导员``: a row of a table of units, one per line: a unit
        ending at the line's first run of spaces, a name (a two-character one may be
        padded with spaces), a run of spaces, and a post (a bracketed note after it, （主持工作）,
        is no part of it). The person holds the post in the unit; True when the row was read."""
        text = s.norm
        unit, gap = table_row_unit(ctx, s)
        if unit is None:
            return False
        parts = [(m.group(), m.start()) for m in _ROW_CELL.finditer(text, gap)]
        if len(parts) < 2 or TABLE_GAP.search(text, parts[-2][1], parts[-1][1]) is None:
            return False
        post = re.sub(f"{ROW_NOTE}$", "", parts[-1][0])
        middle = parts[:-1]
        name = "".join(p for p, _ in middle)
        if post not in self.title_set and post not in self.role_set or len(middle) > 2 or not self._cell_name(name):
            return False
        start, end = middle[0][1], middle[-1][1] + len(middle[-1][0])
        self._row_person(ctx, s, start, name, end - start, post, unit, found)
        return True

    def _cell_name(self, name: str) -> bool:
        """Is ``name``, the whole of a table cell, a person's name: two to four Han characters (or
        parts joined by ·) that read as a name (:meth:`name_at` after a post, a composed name, or a
        surname and two characters: 綦向东, a surname no name check knows)?"""
        if not (2 <= len(name) <= 4 or "·" in name) or not all(_CJK.match(c) or c == "·" for c in name):
            return False
        return "·" in name or self.name_at(name, 0, strong="post") == name or bool(self.composed_name(name, 0)[0]) \
            or name[0] in self.single and len(name) == 3

    def _unit_column_row(self, ctx: Context, s, found: dict[int, str]) -> bool:
        """``4<TAB>某局某派出所<TAB>某某<TAB>所长<TAB>个人一等功``: a row of a table whose header puts the
        column of units before the column of names (:func:`headed_cells`): the person of the name
        cell (a name, not ``—``) serves in the unit that is the whole unit cell, with the post cell's
        post (a role: the unit alone). True when the row was read."""
        cells = headed_cells(ctx, s)
        if cells is None or cells["unit"] > cells["name"]:
            return False  # (姓名 before 单位: the rows of names first are read as lists of names)
        (a, b), (ua, ub) = cells["name"], cells["unit"]
        name = re.sub(r"[ \u3000]", "", s.norm[a:b])
        unit = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if (o.start - s.start, o.end - s.start) == (ua, ub)),
                   key=lambda o: len(o.name), default=None)
        if unit is None or self._label(name) or found.get(a, name) != name or not self._cell_name(name):
            return False  # (全体民警 in the name column: no one named)
        post = s.norm[slice(*cells["post"])].strip() if "post" in cells else ""
        person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start - s.start == a and p.name == name), None)
        if person is None:
            person = self._mention(ctx, s, a, name, b - a)
            found[a] = name
        if post in self.title_set:
            ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))
        ctx.add(person, "belongsTo", unit, s, self.name)
        return True

    def _row_person(self, ctx: Context, s, start: int, name: str, length: int, post: str, unit: Mention,
                    found: dict[int, str]) -> None:
        """The person of a table row at ``s.norm[start:start + length]``: in ``unit``, holding
        ``post`` there when it is a post (titles.tsv), not a role."""
        person = self._mention(ctx, s, start, name, length)
        found[start] = name
        if post in self.title_set:
            ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))
        ctx.add(person, "belongsTo", unit, s, self.name)

    def _signed(self, ctx: Context, s, found: dict[int, str], org_end) -> bool:
        """``某州人民检察院检察长  龙某某``: a line of units and a post, a run of spaces, and the
        name of their holder (the signature of a report or a speech): the person holds the post in
        the unit (:meth:`_affiliate`); True when read."""
        m = _SIGNED.fullmatch(s.norm)
        if m is None:
            return False
        name = re.sub(r"[ \u3000]", "", m.group("name"))
        post_end = m.end("posts")
        if found.get(m.start("name"), name) != name or self._common_word(name) and " " not in m.group("name") \
                or not any(s.norm.endswith(t, 0, post_end) for t in self.titles) \
                or not any(k <= post_end for k in org_end):
            return False
        found[m.start("name")] = name
        self._affiliate(ctx, s, m.start("name"), name, org_end, post_end=post_end, length=len(m.group("name")))
        return True

    def _numbered_row(self, ctx: Context, s, found: dict[int, str]) -> bool:
        """``3  黄  山（女）  某市消防救援支队某大队  副大队长``: a row of a numbered table (序号
        姓名 单位 职务): cells apart by spaces (one will do: 1　某某　某局某所　所长, an ideographic
        space read as one), a row number, a name
        (two characters may be padded: 黄  山; a note may close it), a unit that is the whole
        cell, and a post or role. The person holds the post in the unit; True when read."""
        text = s.norm
        lead = _ROW_NUMBER.match(text)
        if lead is None:
            return False
        cells = [(c.group(), c.start()) for c in _ROW_CELL.finditer(text, lead.end())]
        if len(cells) < 3 or len(cells) > 5:
            return False
        post, (unit_text, unit_at) = re.sub(f"{ROW_NOTE}$", "", cells[-1][0]), cells[-2]
        unit = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start - s.start == unit_at
                    and o.end - s.start == unit_at + len(unit_text)), key=lambda o: len(o.name), default=None)
        middle = cells[:-2]
        if unit is None or post not in self.title_set and post not in self.role_set or len(middle) > 2:
            return False
        start, end = middle[0][1], middle[-1][1] + len(middle[-1][0])
        name = re.sub(f"{ROW_NOTE}$", "", "".join(c for c, _ in middle))
        if not (2 <= len(name) <= 4 or "·" in name) or not all(_CJK.match(c) or c == "·" for c in name) \
                or self._common_word(name) and len(middle) == 1 or found.get(start, name) != name:
            return False  # (a padded 黄  山 or 温  泉 is a name whatever the word: the layout says so)
        end = start + len(re.sub(f"{ROW_NOTE}$", "", text[start:end]))
        self._row_person(ctx, s, start, name, end - start, post, unit, found)
        return True

    def _appointments(self, ctx: Context, s, found: dict[int, str], org_end) -> None:
        """``任命甲为<unit><post>、<post>；`` (任免名单, 人事任免): the name between 任命 and 为 (its
        extent marked by them, as a list row's layout marks it) holds the posts of the run that
        closes the clause, in the units written before them (:meth:`_affiliate`); ``免去乙的<unit>
        <post>职务``: the name between 免去 and 的 is a person who held the posts up to now (a
        former post, as 原所长 is one), in those units. Pattern ``_APPOINTED``; a pronoun (任命其为) or a
        common word is no name."""
        text = s.norm
        for m in _TAKES_POST.finditer(text):  # 某某（女）任某局某支队支队长，免去其…: a line of a 人事 list
            name, i, former = m.group("name"), m.start("name"), False
            if len(name) >= 3 and "·" not in name and name[-1] + "任" in COPULA_FORMS:
                name, former = name[:-1], _former(name[-1] + "任")  # 赵伟|现任, 某某|曾任: the copula's
                # first character, not the name's last (曾任, 历任: the posts are former ones)
            elif "·" in name and (k := next((k for k in (2, 1) if len(name.rsplit("·", 1)[1]) - k >= 2
                                             and name[-k:] + "任" in COPULA_FORMS and name[-k] in rules.TENSE_BEFORE_COPULA), 0)):
                name, former = name[:-k], _former(name[-k:] + "任")  # 柯远·买买提|曾任, …|曾担任 (柯远·沙吾提|任:
                # 提 ends the name; only an adverb of tense opens the copula)
            alone = name + "，"  # (马立新|新任: 任 marks where the name ends; read it so)
            if name[-1] in rules.LEVEL_CHARS and any(p.start - s.start <= i < p.end - s.start for p in ctx.in_sentence(s.index, PLACE)):
                continue  # 某省某市|任某区人民检察院: a city's name before a district's starting with 任, no person
            if found.get(i, name) != name or not self._appointed(name) \
                    or not (m.group("note") or "·" in name and self.name_at(alone, 0) == name
                            or self.name_at(alone, 0, strong="post") == name
                            or self.composed_name(alone, 0)[0] == name):
                continue
            end = m.end("rest")
            closing = self._cues_ending_at(text, end)
            if self._row_closes(s, m.start("rest"), end, org_end) or m.group("rest") in self.title_set \
                    or m.start() and all(p in self.title_set or p.startswith(rules.RANK_STARTS) and p.endswith(self.post_words)
                                         for p in m.group("rest").split("、")) \
                    or (m.start() and closing and _BARE_UNIT_RUN.fullmatch(m.group("rest")[:-len(closing[0])])):
                found[i] = name  # (…调任某局副局长，某某任支队长: a post alone, in the unit of the article)
                mark = len(ctx.statements)
                self._affiliate(ctx, s, i, name, org_end, post_end=end)
                if former:
                    _ended_before(ctx, mark, name)
        verb = self._appointment_section(ctx, s)
        row = _SECTION_ROW.match(text) if verb is not None else None
        if row is None and (head := _APPOINTMENT_HEADING.match(text)) is not None and head.group(0).rstrip()[-1:] in "：:":
            verb, row = head.group("verb"), _SECTION_ROW.match(text, head.end())  # 任命：|甲为…；: the heading's line
            # and its first row, read as one sentence
        names = [] if row is None else [(row.group("name"), row.start("name"))] + [
            (k.group(), row.start("more") + k.start()) for k in _HAN_RUN.finditer(row.group("more")) if k.group() != "同志"]
        if row is not None and row.group("link") == ("为" if verb == "任命" else "的") \
                and all(self._appointed(n, listed=True) and i not in found for n, i in names):
            # 一、决定任命 … 某某（女）为某局局长；甲、乙为某院审判员；
            closes = self._row_closes(s, row.start("rest"), row.end("rest"), org_end)
            for name, i in names:
                if closes:
                    found[i] = name
                    mark = len(ctx.statements)
                    self._affiliate(ctx, s, i, name, org_end, post_end=row.end("rest"))
                    if verb == "免去":  # a post taken from the person: held until now, ended
                        ctx.qualify_since(mark, name, _ENDED_BY, Qualifiers(status=ENDED))
                elif verb == "免去":  # (no unit and post written: the person alone)
                    found[i] = name
                    self._mention(ctx, s, i, name)
        for m in _RESIGNED.finditer(text):  # 接受某某辞去…职务的请求: a person, no post stated
            if m.start("name") not in found and self._appointed(m.group("name")):
                found[m.start("name")] = m.group("name")
                self._mention(ctx, s, m.start("name"), m.group("name"))
        for m in _APPOINTED_MANY.finditer(text):  # 任命甲、乙为某院审判员: each name holds the posts
            names = [(k.group(), m.start("names") + k.start()) for k in _HAN_RUN.finditer(m.group("names"))]
            if m.group("tail") == "分别" or m.group("link") != _APPOINTMENT_LINK[m.group("verb")] or any(
                    i in found or not self._appointed(n) or not 2 <= len(n) <= 4
                    for n, i in names) or not self._row_closes(s, m.start("rest"), m.end("rest"), org_end):
                continue  # (甲、乙分别为…: each its own post, _respectively's)
            for name, i in names:
                found[i] = name
                mark = len(ctx.statements)
                self._affiliate(ctx, s, i, name, org_end, post_end=m.end("rest"))
                if m.group("verb") == "免去":
                    ctx.qualify_since(mark, name, _ENDED_BY, Qualifiers(status=ENDED))
        bodies = [m for m in _APPOINTED_BY_BODY.finditer(text) if m.start() and org_end.get(m.start()) is not None
                  and text[m.start() - 1] not in _CLAUSE_START_MARKS]  # 某县人民政府|任命某某为…: the appointing body
        for m in [*_APPOINTED.finditer(text), *bodies, *_NO_LONGER.finditer(text)]:
            key = "spaced" if m.groupdict().get("spaced") else "name"  # 任命  柯  远  为…: a name padded to a width
            name, i, length = re.sub(r"[ \u3000]", "", m.group(key)), m.start(key), len(m.group(key))
            verb = m.group("verb")  # 任命, 免去, 撤销 (a dismissal: read as 免去), or 不再担任 (read as 免去)
            if i in found or not self._appointed(name) or m.group("link") != _APPOINTMENT_LINK[verb]:
                continue
            end = m.end("rest")
            if not self._row_closes(s, m.start("rest"), end, org_end):
                if verb not in ("任命", "撤销"):  # (no unit and post written: the person alone; 撤销某某的…: a
                    # penalty or a licence as well as a post)
                    found[i] = name
                    self._mention(ctx, s, i, name, length)
                continue
            found[i] = name
            mark = len(ctx.statements)
            self._affiliate(ctx, s, i, name, org_end, post_end=end, length=length)
            if verb != "任命":  # a post taken from the person: held until now, ended (kg:postStatus)
                ctx.qualify_since(mark, name, _ENDED_BY, Qualifiers(status=ENDED))

    @staticmethod
    def _appointment_section(ctx: Context, s) -> str | None:
        """任命 or 免去 when sentence ``s`` opens a line under a heading of that section of a
        任免名单 (一、决定任命; 二、免去: ``_APPOINTMENT_HEADING``) with only such rows since; else None."""
        sections = ctx.facts.get("appointment_sections")
        if sections is None:
            sections, verb = {}, None
            for t in ctx.sentences:
                head = _APPOINTMENT_HEADING.match(t.norm)
                if head is not None and (head.end() == len(t.norm) or _SECTION_ROW.match(t.norm, head.end())):
                    verb = head.group("verb")
                elif verb is not None and _SECTION_ROW.match(t.norm) is None:
                    verb = None  # the section has ended (a line that is no row of it)
                elif verb is not None and opens_line(ctx, t.index):
                    sections[t.index] = verb
            ctx.facts["appointment_sections"] = sections
        return sections.get(s.index)

    def _appointed(self, name: str, listed: bool = False) -> bool:
        """Can ``name``, read between an appointment's words (任命…为, 免去…的, …任), be a person:
        no pronoun or determiner (``rules.NOT_APPOINTED``), no common word, not anonymised? A row
        of a 任免名单's section (``listed``: its line's layout marks the name) may be a common word
        (柯必, 江河) when a surname opens it."""
        if name.startswith(rules.NOT_APPOINTED) or "某" in name:
            return False
        if len(name) >= 5 and "·" not in name and tokenizer().word_tag_tab.get(name[:2], "")[:1] in ("v", "d", "p", "c"):
            return False  # 拟任柯远舟, 选举柯远帆: a verb, then the name (a Mongolian name of five: none)
        if len(name) >= 5 and "·" not in name and any(name[:k] in self.title_set for k in range(2, len(name) - 1)):
            return False  # 院长柯远舟为…委员: a post, then the name
        if listed and 2 <= len(name) <= 3 and (name[0] in self.single or name[:2] in self.compound):
            return True
        return not self._common_word(name)

    def _row_closes(self, s, rest: int, end: int, org_end) -> bool:
        """Does ``s.norm[rest:end]`` close with a post or role after a unit (a row of a 名单), a note
        on the post after it or not (副大队长（主持工作）)?"""
        end = _before_note(s.norm, end)
        return bool(self._cues_ending_at(s.norm, end)) and any(rest <= k < end for k in org_end)

    def _row_affiliate(self, ctx: Context, s, name: str, rest: int, end: int, found: dict[int, str], org_end,
                       length: int | None = None, start: int = 0) -> bool:
        """The person ``name`` at ``s.norm[start]`` (the start of a 名单 row, a profile's opening)
        gets the post or role that closes ``s.norm[rest:end]`` and the unit before it, when a
        unit is written there (:meth:`_affiliate`); else nothing. Returns whether it did."""
        if not self._row_closes(s, rest, end, org_end):
            return False  # the line must close with a post or role after a unit
        found[start] = name
        self._affiliate(ctx, s, start, name, org_end, post_end=_before_note(s.norm, end), length=length)
        return True

    def _profile_lead(self, ctx: Context, s, found: dict[int, str], org_end) -> None:
        """``马某，某市公安局某派出所所长。``: a profile that opens with a name, an optional note
        (（女）), a comma, then units and a post or role that close the sentence (``PROFILE_LEAD``).
        The person gets the post and the unit before it, as in ``<unit><post><name>``. Rows of a
        表彰 list joined by semicolons (记个人二等功：甲，某局某大队大队长；乙，某所副所长。) are read one
        after another while each is such a row."""
        label = _LINE_LABEL.match(s.norm) or _SERIAL_CELL.match(s.norm)  # 承办法官：某某（女），某院某庭副庭长:
        # a labelled line (3.某某（女），…: a numbered one)
        if label is None:  # 某州公安局：甲，某县公安局某所民警；: a group's heading joined to its first row
            label = next((c for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start
                          and (c := _UNIT_LABEL_END.match(s.norm, o.end - s.start))), None)
        at = label.end() if label else 0
        m = PROFILE_LEAD.fullmatch(s.norm, at) or _PROFILE_OPENING.match(s.norm, at)
        while m is not None and found.get(at, m.group("name")) == m.group("name"):
            name = m.group("name")
            if len(name) > 4 and "·" not in name and not (m.group("note") or label):
                return  # (a long run before a comma in prose: no name)
            if (m.group("note") or label) and found.get(at, name) == name and not self._common_word(name):
                pass  # 某某（傣族），某局某大队大队长: a note in brackets (or a label before) marks the name's end
            elif len(name) <= 4 and m.end() == len(s.norm) and s.norm[-1] in "；;。" and dictionary_freq(name) == 0 \
                    and (len(name) <= 3 or self._one_word_free_run(name)) and not ctx.gazetteer.is_known(name):
                pass  # 卯某某，某分局某派出所社区民警；: a row of a 名单 on its own line, closed by its semicolon
                # (a name no word of the dictionary, whatever its surname; of four characters, none inside)
            elif self.name_at(s.norm, at, strong="role") != name and self.composed_name(s.norm, at, after_cue=True)[0] != name:
                return  # 据了解，…: the first words are no name
            if not self._row_affiliate(ctx, s, name, m.start("rest"), m.end("rest"), found, org_end, start=at):
                return  # the row must close with a post or role after a unit
            at = m.end("rest") + 1
            if s.norm[at - 1:at] not in ("；", ";"):
                return
            m = _PROFILE_OPENING.match(s.norm, at)  # …大队长；乙，某所副所长: the next row of the list

    def _as_post_lead(self, ctx: Context, s, found: dict[int, str], org_end) -> None:
        """``作为某县公安局某派出所所长，某某每天…`` (``_AS_POST``): a clause of 作为, a unit and a post
        or role closing it, then a name opening the next clause: the person holds the post in that
        unit, as in ``<unit><post><name>``."""
        text = s.norm
        for m in _AS_POST.finditer(text):
            name = found.get(m.end()) or self.name_at(text, m.end(), strict=True)
            if name and not self._common_word(name):  # (strict: 高峰|每天 is no name; 作为一项重要工作，…:
                # no unit and post close the clause, nothing is read)
                self._row_affiliate(ctx, s, name, m.start("what"), m.end() - 1, found, org_end, start=m.end())

    def _labelled_row(self, ctx: Context, s, m: re.Match, found: dict[int, str], org_end) -> None:
        """``杨  晨  单位：某市公安局某分局  职务：副局长``: a row of a 名单 with labelled fields
        (``LABELLED_ROW``): the person serves in the unit of the 单位 field and holds the post of the
        职务 field (a role such as 民警 places them only)."""
        name = re.sub(r"[ \t\u3000]", "", m.group("name"))
        if found.get(0, name) != name or len(name) < 2:
            return
        unit = org_end.get(m.end("unit"))
        post = m.group("post")
        if unit is None and post not in self.title_set:
            return
        found[0] = name
        person = self._mention(ctx, s, 0, name, m.end("name"))
        if post in self.title_set:
            ctx.add(person, "position", post, s, self.name, Qualifiers(unit=unit))
        if unit is not None:
            ctx.add(person, "belongsTo", unit, s, self.name)

    def _bracketed_posts(self, ctx: Context, s, found: dict[int, str], org_end) -> None:
        """``授予某某(某市公安局某大队大队长)、某某某(某派出所民警)…``: a name followed by its
        unit and post in brackets, as lists of honourees are written. The bracket must end with
        a post or role; the name before it starts a clause or a list item."""
        text = s.norm
        for m in BRACKET.finditer(text):
            close = _before_note(text, m.end() - 1)  # 某所副所长〔主持工作〕）: the note on the post, inside
            if not self._cues_ending_at(text, close):
                continue
            open_ = m.start() - (len(COMRADE) if text.endswith(COMRADE, 0, m.start()) else 0)  # 某某同志（某所所长）
            i, name = next(((k, n) for k, n in found.items() if k + len(n) == open_), (0, ""))
            if name:  # already read (a dotted name, or with a cue before it): the bracket adds its unit
                self._affiliate(ctx, s, i, name, org_end, post_end=close)
                continue
            for L in (4, 3, 2):
                i = open_ - L
                if i < 0 or not (i == 0 or not _CJK.match(text[i - 1]) or text[i - 1] in _AFTER_NAME
                                 or text.endswith(rules.CONFER_VERBS, 0, i) or org_end.get(i) is not None):
                    continue  # (某大队|柯某（大队长）: a unit right before the name)
                name = self.name_at(text, i, strong="post")
                if len(name) == L:
                    break
            else:
                name = next((text[k:open_] for k in range(max(0, open_ - 12), open_ - 2)
                             if "·" in text[k:open_] and self.name_at(text, k) == text[k:open_]), "")
                if not name and 2 <= open_ <= 4 and re.fullmatch(f"[{HAN}]+", text[:open_]) and not text[m.end():].strip() \
                        and not self._common_word(text[:open_]):
                    name = text[:open_]  # 续立新（某所主任）alone on its line: a 名单's row, whatever the surname
                if not name:
                    continue
                i = open_ - len(name)
            found[i] = name
            self._affiliate(ctx, s, i, name, org_end, post_end=close)
            unit = org_end.get(i)
            if unit is not None and text[open_ + 1:close] in self.title_set:  # 某大队柯某（大队长）: the post
                person = self._mention(ctx, s, i, name)                          # in the unit before the name
                ctx.add(person, "belongsTo", unit, s, self.name)
                ctx.add(person, "position", text[open_ + 1:close], s, self.name, Qualifiers(unit=unit))

    def _bracketed_units(self, ctx: Context, s, found: dict[int, str], org_end) -> None:
        """``给予甲（女，某分局某派出所）、乙（某县公安局某大队）等5名同志记…``: a name followed by its
        unit alone in brackets (after a note of sex or nationality), as lists of honourees are
        written: the person belongs to the unit. The name opens a clause or a list item, or
        follows a verb conferring; a given name that is a word is one here (时光, 冷雪): the
        bracket marks it; on a line that is nothing but such rows (``BRACKETED_RUN``) so does a
        surname the tables lack (not a short form ending as a unit does: 某某所（某县公安局某某派出所）)."""
        text = s.norm
        run = BRACKETED_RUN.fullmatch(text) is not None  # 甲（某所）、乙（某大队）… alone on a line: the
        # layout marks each name, whatever its surname
        for m in _UNIT_BRACKET.finditer(text):
            unit = org_end.get(m.end() - 1)
            if unit is None or unit.start - s.start != m.end("note"):
                continue
            open_ = m.start() - (len(COMRADE) if text.endswith(COMRADE, 0, m.start()) else 0)  # 某某同志（某派出所）
            i, name = next(((k, n) for k, n in found.items() if k + len(n) == open_), (-1, ""))
            if not name:
                for L in (3, 2):
                    i = open_ - L
                    if i < 0 or not (i == 0 or text[i - 1] in "、，,：:" or text.endswith(rules.CONFER_VERBS, 0, i)):
                        continue
                    if (text[i] in self.single or run and text[open_ - 1] not in rules.UNIT_FINALS and text[open_ - 1] != "组") \
                            and re.fullmatch(f"[{HAN}]+", text[i:open_]) \
                            and not any(o.start - s.start <= i < o.end - s.start for o in ctx.in_sentence(s.index)):
                        name = text[i:open_]
                        break
                if not name:
                    continue
                found[i] = name
            person = self._mention(ctx, s, i, name)
            ctx.add(person, "belongsTo", unit, s, self.name)

    def _unit_headed_row(self, ctx: Context, s) -> None:
        """``某市公安局指挥中心：甲、乙``: a line of a 名单 that opens with a unit and a colon, then
        names between 、 (each read as a person, perhaps with its own unit in brackets): each person
        belongs to that unit, unless the bracket gave one."""
        text = s.norm
        head = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start), key=lambda o: o.end, default=None)
        if head is None or not opens_line(ctx, s.index) or text[head.end - s.start:head.end - s.start + 1] not in "：:":
            return
        at = head.end - s.start + 1
        persons = {p.start - s.start: p for p in ctx.in_sentence(s.index, PERSON)}
        items = []
        while at < len(text) and (p := persons.get(at)) is not None:
            items.append(p)
            at = p.end - s.start
            bracket = BRACKET.match(text, at)
            at = bracket.end() if bracket else at
            if text[at:at + 1] != "、":
                break
            at += 1
        if not items or text[at:].strip(" \t\u3000。；;…") or len(text) > rules.MAX_ROW_LINE:
            return  # (the whole line must be the row: 某局：甲、乙 and nothing else)
        placed = {st.subject.start for st in ctx.statements if st.predicate == "belongsTo" and st.subject.cls == PERSON
                  and st.subject.sentence == s.index}
        for p in items:
            if p.start in placed:
                continue  # (甲（某派出所）: the bracket's unit)
            part = self._bracketed_part(ctx, s, head, p.end - s.start)
            ctx.add(p, "belongsTo", part or head, s, self.name)

    def _bracketed_part(self, ctx: Context, s, head: Mention, at: int) -> Mention | None:
        """The part of unit ``head`` a bracket at ``s.norm[at]`` names alone (某院：甲（立案庭）: a run
        ending in a unit word or a unit ending of ``rules.ANAPHOR_HEADS``, 刑事审判第一庭; no unit read in it): a new mention named ``head``'s name and the run,
        belonging to ``head``; else None."""
        bracket = BRACKET.match(s.norm, at)
        if bracket is None:
            return None
        a, b = at + 1, bracket.end() - 1
        run = s.norm[a:b]
        if not re.fullmatch(f"[{HAN}]{{2,12}}", run) or not (self._units.ending_at(s.norm, b) or run.endswith(rules.ANAPHOR_HEADS)) \
                or any(a <= o.start - s.start < b for o in ctx.in_sentence(s.index, ORGANIZATION)):
            return None
        ms, me = ctx.span_of(s, a, b)
        part = ctx.add_mention(Mention(ORGANIZATION, run, ms, me, s.index, canonical=head.name + run,
                                       attrs=(("kind", dict(head.attrs).get("kind", "org")),)))
        ctx.add(part, "belongsTo", head, s, self.name)
        return part

    def _aged_name(self, ctx: Context, s, end: int) -> tuple[str, int]:
        """The 2–3 characters before an age (``s.norm[end:]`` is 今年67岁) that a clause opens with,
        or that a post or role opening the clause or following a unit stands before (民警某某今年32岁,
        某所民警某某今年32岁): ``(name, start)``, or ``("", end)``; three characters first."""
        text = s.norm
        for L in (3, 2):
            at = end - L
            if at < 0 or not re.fullmatch(f"[{HAN}]+", text[at:end]):
                continue
            if at == 0 or text[at - 1] in "，,。；;：:":
                return text[at:end], at
            cue = next(iter(self._cues_ending_at(text, at)), "")
            opening = at - len(cue)
            if cue and (opening == 0 or text[opening - 1] in "，,。；;：:"
                        or any(o.end - s.start == opening for o in ctx.in_sentence(s.index, ORGANIZATION))):
                return text[at:end], at
        return "", end

    def _cues_ending_at(self, text: str, end: int) -> list[str]:
        """The posts and roles ``text[:end]`` ends with (``text.endswith(c, 0, end)``), in the order of
        ``self.titles + self.roles``."""
        return self._cues.ending_at(text, end)

    def _affiliate(self, ctx: Context, s, name_start: int, name: str, org_end, post_end: int | None = None,
                   length: int | None = None) -> None:
        """Read the ``[unit]post、[unit]post`` run before a name (or ending at ``post_end``, in
        brackets after the name); emit posts and units."""
        person = self._mention(ctx, s, name_start, name, length)
        text = s.norm
        end = name_start if post_end is None else post_end
        last_org = None
        pairs = []
        shown: dict[int, str] = {}  # a post as written with its modifier (常务副厅长), by where it starts
        sections: dict[int, tuple[str, int]] = {}  # a section written before a post in the run, by the post's start
        unowned: set[int] = set()  # posts of a unit written bare in the run, by where they start: no unit shared
        quals: set[int] = set()  # where qualifications (国家二级心理咨询师) start: not posts
        while True:
            cues = self._cues_ending_at(text, end)
            # the longest post, unless a shorter one follows a unit read in full (某局政治部|主任)
            with_unit = [c for c in cues if org_end.get(end - len(c)) is not None]
            if cues and "委员会" in cues[0]:
                with_unit = []  # 某院审判委员会委员: a seat on the court's committee is the post, held in the court
            cue = min(with_unit, key=len) if with_unit else (cues[0] if cues else None)
            if cue is None:
                break
            start = end - len(cue)
            verb = start - len(next((w for w in rules.TASK_FORCE_WORDS if text.endswith(w, 0, start)), ""))
            if pairs and verb > 1 and text[verb - 1] in "为任" and any(
                    p.end == s.start + verb - 1 for p in ctx.in_sentence(s.index, PERSON)):
                break  # 以甲为组长、某大队大队长乙为副组长, 由甲任专案组组长，…乙: 组长 is 甲's, no post of 乙's run
            if start > 0 and text[start - 1] in rules.FORMER and cue in self.titles \
                    and not (start >= 2 and dictionary_freq(text[start - 2:start]) >= rules.WORD_FREQ):
                start -= 1  # 派出所原所长: a former post, still in that unit (日前|局长, 目前|所长: a word's end)
                cue = text[start] + cue
            qual = rules.QUALIFICATION.search(text, 0, start) if org_end.get(start) is None else None
            if qual is not None and qual.end() == start:  # 主任、国家二级心理咨询师<name>: a qualification,
                quals.add(qual.start())                   # no post; the run of posts goes on before it
                start = qual.start()
            praised = self.praised_re.search(text, max(0, start - rules.QUALITY_GAP - 4), start) \
                if org_end.get(start) is None else None
            if praised is not None and praised.end() == start:  # 全国模范法官、某院庭长<name>: an honour's
                quals.add(praised.start())                       # title (honors), no post
                start = praised.start()
            org = org_end.get(start)
            if org is not None and (body := next((b for b, posts in rules.BODIES_NAMING_POSTS.items()
                                                  if cue in posts and text.endswith(b, 0, start)), "")):
                shown[start] = body + cue  # 县纪委书记, 市监委主任: the post as the writers name it (纪委书记)
            if org is None and start >= 1 and text[start - 1] == "的" and (of := org_end.get(start - 1)) is not None \
                    and not _MOTION_BEFORE.search(text, 0, of.start - s.start):
                org = of  # 来自某局刑侦大队的民警某某, 某派出所的教导员某某: the unit before 的 (前往某所的民警: no)
            if org is None and start >= 2 and text[start - 1] in rules.CLOSING_QUOTES \
                    and (quoted := org_end.get(start - 1)) is not None and quoted.start - s.start >= 1 \
                    and text[quoted.start - s.start - 1] in rules.OPENING_QUOTES:
                org = quoted  # “老柯调解室”调解员某某: the unit named in quotes, then its post or role
            if org is None and not pairs and (verb := next((v for v in rules.SENDING_VERBS if text.endswith(v, 0, start)), "")):
                org = org_end.get(start - len(verb))  # 某检察院指派|检察员某某: the unit sends one of its own
            mod = next((w for w in rules.POST_MODIFIERS + rules.POST_HOSTS if text.endswith(w, 0, start)
                        and not (w in rules.ACTING_FOR and cue in rules.OUTSIDE_ROLES)), "") if org is None else ""
            if mod:  # 某调委会专职调解员, 党委副书记、常务副厅长: the unit, or the run, before the modifier
                start -= len(mod)
                org = org_end.get(start)
                shown[start] = cue if mod in rules.POST_HOSTS else mod + cue  # (副所长、学校|法治副校长: where it is held)
            if org is None:
                org = self._seat_body(ctx, s, start, cue)
            if org is None:
                org = _listed_seat_unit(ctx, s, start)
            if org is None and (bare := self._bare_unit(ctx, s, start, cue)) is not None:
                pairs.append((bare, cue, start))  # 某法律援助中心…。中心主任某某; 总队党委书记、总队长某某
                last_org = bare
                break
            section = _SECTION_IN_RUN.search(text, 0, start) if org is None and cue in self.title_set else None
            pairs.append((org, cue, start))
            end = start
            if section is not None:  # 某厅新闻发言人、宣传处处长<name>: a section of the run's unit
                sections[start] = (section.group(1), section.start(1))
                end = section.start(1)
            elif org is None and cue in self.title_set and (unread := _UNREAD_IN_RUN.search(text, 0, start)) is not None:
                unowned.add(start)  # 某街道党工委副书记、综治中心|主任<name>: a unit the grammar did not read (a
                end = unread.start(1)  # bare one), no part of the run's unit; the run goes on before it
            if org is not None:
                end = org.start - s.start
                last_org = org
            if end > 0 and text[end - 1] in "、，,兼" and (text[end - 1] in "、兼" or self._ends_with_post(text, end - 1)
                                                          and not self._post_is_predicate(text, end - 1)
                                                          and self._post_held_before(ctx, s, end - 1)):
                end -= 1  # 党委委员、副局长，交警大队大队长<name>: one run of posts (某支队副支队长兼某所政委<name>)
                continue
            if org is None and self._ends_with_post(text, end):
                continue
            nat = _nationality_at(text, end, None) if org is None else ""
            if nat and self._ends_with_post(text, end - len(nat)):
                end -= len(nat)  # 执勤二队队长鄂伦春族民警某某: a nationality between the posts
                continue
            break
        for k, (org, cue, start) in enumerate(pairs):  # pairs run right to left
            post = _unformer(cue, self.title_set)
            if org is None and post in self.title_set and not post.startswith("政法委") and start not in unowned:
                # 县公安局党委委员、副局长: a post with no body of its own shares the one written before it
                org = next((o for o, _, _ in pairs[k + 1:] if o is not None), None)
                if org is not None and "委员会" in cue:
                    org = _committee_holder(ctx, org)  # 某院刑事审判庭庭长、审判委员会委员: the court's committee
                if org is not None and start in sections:  # …、宣传处处长: in that body's section
                    name, at = sections[start]
                    org = self._elided(ctx, s, org, name, at, dict(org.attrs).get("kind", "gov"))
            pairs[k] = (org, cue, start)
        pairs = [p for p in pairs if p[2] not in quals]
        shared = None  # 副所长、主任法医师某某: a run of posts with no body; the one that heads a unit names it
        if len(pairs) > 1 and all(o is None for o, _, _ in pairs):
            shared = next((u for _, cue, start in reversed(pairs) if (post := _unformer(cue, self.title_set)) in self.title_set
                           and (u := _unit_in_focus(ctx, s, post, s.start + start)) is not None), None)
        for org, cue, start in pairs:
            post = _unformer(cue, self.title_set)
            body = org
            sub = _elided_body(post)
            if sub == "政法委" and body is None and last_org is not None:
                body = self._elided(ctx, s, last_org, sub, start)
            elif sub == "政法委" and body is not None and dict(body.attrs).get("kind") == "party" \
                    and body.name.endswith("委") and not body.name.endswith(sub):
                body = self._elided(ctx, s, body, sub, start)  # 某市委政法委书记: the 市委's 政法委
            elif sub is not None and sub != "政法委" and (body or last_org) is not None \
                    and not (body or last_org).name.endswith(sub):  # 某院党组成员、政治部主任
                host = body or last_org
                if rules.ELIDED_BODIES[sub] == "party" and host.name.endswith(rules.UNITS_BEFORE_POSTS):
                    host = next((st.object for st in ctx.statements if st.predicate == "belongsTo" and st.subject.name == host.name
                                 and isinstance(st.object, Mention)), host)  # 党组成员、政治部主任: the 院's 党组, not its 政治部's
                body = self._elided(ctx, s, host, sub, start, _elided_kind(sub, host))
            if body is None and len(pairs) == 1 and start > 0 and text[start - 1] in rules.LIST_MARKS \
                    and (not post.endswith(rules.PARTY_POST_ENDS) or post.startswith(rules.COURT_COMMITTEE_SEATS)
                         or post in rules.COMMAND_POSTS_IN_WEIYUAN) \
                    and not post.startswith(rules.POSTED_IN) \
                    and post not in rules.OUTSIDE_ROLES \
                    and (not post.startswith(rules.RANK_STARTS) or text[start - 1] in rules.PAIR_MARKS):
                body = _listed_unit(ctx, s, start - 1)  # 某法庭庭长甲、法官助理乙和书记员丙: the list's unit
                if body is not None and (post in rules.GOVERNMENT_HEAD_POSTS or post in rules.COMMAND_POSTS_IN_WEIYUAN) \
                        and dict(body.attrs).get("kind") == "party":
                    body = None  # 县委书记甲、县长乙 (、政治委员乙): the head of the government (a force's commissar),
                    # not of the committee
                # (a rank only in a pair, 某所民警甲和四级警长乙: after 、 it may follow a colleague of another unit)
            if body is None and len(pairs) == 1 and text.endswith(rules.LEADING_VERBS, 0, start) \
                    and post not in rules.OUTSIDE_ROLES:
                body = _leader_unit(ctx, s, start)  # 庭长某某带领法官助理某某: the leader's unit
            if body is None and len(pairs) == 1 and post in self.title_set and post_end is None:
                body = _led_unit(ctx, s, name_start + len(name))  # 在所长某某的带领下，某派出所…: the unit led
            if body is None and len(pairs) == 1 and post in self.title_set and start > 0 and text[start - 1] in "，,":
                body = _clause_unit(ctx, s, start, post)  # 在…的一监区，副监区长某某: the unit closing the clause before
            if body is None and len(pairs) == 1 and post in self.title_set and not self._modified_unit_before(text, start):
                body = _unit_in_focus(ctx, s, post, s.start + start)  # (高新区分局局长: a unit written, unread,
                # is the post's; not the article's bureau)
                if body is not None and not self._fits_word_before(body, text, start):
                    body = None  # 执行局局长 with no 执行局 in focus: not the 人社局 named last
            if body is None and len(pairs) == 1 and post in self.title_set and start > 0 and text[start - 1] in "，,；;":
                body = _carried_unit(ctx, s, start, post)  # 某委员会主任甲主持会议，副主任乙出席: the head's unit
            headed = rules.PARAGRAPH_SECTION_HEADS.get(post.lstrip(rules.DEPUTY_MARKS))
            if body is None and len(pairs) == 1 and headed \
                    and not any(st.subject.name == person.name and st.predicate == "position" for st in ctx.statements):
                body = _paragraph_topic(ctx, s, s.start + start, headed)  # 第三检察部聚焦…。主任某某介绍: the
                # section the paragraph is about
            if body is None and shared is not None:
                body = shared
            if body is None and len(pairs) == 1 and post in rules.POLICE_ROLES:
                body = _station_before(ctx, s, start)  # 某派出所接警后，值班民警某某…
                if body is None:  # 某派出所所长甲提醒…。社区民警乙表示…: the station of the paragraph
                    body = _unit_of_paragraph(ctx, s, rules.STATION_UNITS, s.start + start)
            ranked = post.startswith(rules.RANK_STARTS) and post.endswith(rules.POLICE_RANK_ENDS) \
                and all(o is None for o, _, _ in pairs)
            if body is None and (ranked or len(pairs) == 1 and post in rules.POLICE_ROLES) \
                    and not (start > 0 and text[start - 1] in rules.LIST_MARKS) and not _place_before(ctx, s, start):
                body = _acting_unit_before(ctx, s, start)  # 某支队接报后，由二级高级警长某某带领…
                # (某中队中队长甲、一级警长乙: after a colleague, who may serve in another unit; 旬邑县民警某某:
                # a place of its own)
            if body is None and len(pairs) == 1 and _role_units().get(post):
                body = _station_before(ctx, s, start, _role_units()[post])  # 某公证处…，公证员某某介绍
                if body is None:
                    body = _only_unit_before(ctx, s, start, _role_units()[post])  # 某站赶到现场。…消防员某某
            if body is None and len(pairs) == 1 and (post in self.title_set or post in rules.POLICE_ROLES) \
                    and (start == 0 or text[start - 1] in _FOCUS_BEFORE or post in rules.POLICE_ROLES and _modifier_before(ctx, s, start)):
                body = _focus_unit(ctx)  # a profile of one unit: 指导员某某, 班长某某 are its own
            here = _PLACE_WORD.search(text, 0, start) if body is None and len(pairs) == 1 else None
            if here is not None and (post in self.title_set or post in self.role_set):  # 所里…的，是社区民警某某
                body = _unit_of_kind(ctx, s, (here.group(1),), s.start + start, window=False)
            if org is None and body is not None and self._unread_unit_before(ctx, s, text, start, post):
                body = None  # 某某法治局|局长: its own unit, written but unread, not one in focus
            if post in self.title_set:  # the post, with the body it is held in (org:Membership); 某所原所长:
                former = cue != post and cue.startswith(tuple(rules.FORMER))  # the post, ended
                ctx.add(person, "position", post if former else shown.get(start, cue), s, self.name,
                        Qualifiers(unit=body, status=ENDED if former else None))
            if body is not None:
                ctx.add(person, "belongsTo", body, s, self.name)

    def _bare_unit(self, ctx: Context, s, start: int, post: str) -> Mention | None:
        """The unit a bare unit word (a word of ``units.tsv`` or ``rules.BARE_UNIT_WORDS``: 中心,
        总队, 边检站 …) stands for when it is written alone at a clause start right before the post
        at ``text[start]``: the unit ending in that word or its full form (边检站 →
        出入境边防检查站) the article names (:func:`_unit_of_kind`), or None."""
        text = s.norm
        bare = self._bare_word_before(text, start)
        if bare is None or post not in self.title_set and post not in self.role_set:
            return None
        found = _unit_of_kind(ctx, s, self.unit_forms[bare], s.start + start)
        if found is None and len(bare) >= 3:  # 某院执行局…（far on）…执行局局长某某: the only one named
            found = _only_unit_before(ctx, s, start, (self.unit_forms[bare],))
        at = start - len(bare)
        run_unit = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start < at),
                       key=lambda o: o.end, default=None) if text[at - 1:at] == "、" else None
        if found is not None and run_unit is not None and not found.name.startswith(run_unit.name):
            return None  # 某中院新闻发言人、办公室|主任: the section of the run's unit, not another unit's office read before
        return found

    def _seat_body(self, ctx: Context, s, start: int, post: str) -> Mention | None:
        """``坊门街社区党委书记某某``: a post that begins with a party body (``rules.ELIDED_BODIES``)
        right after a township, street, community or village names that place's body; one of
        ``rules.PLACE_BODIES_IN_POSTS`` (某县纪委书记) after a place of any level too; returns the
        new unit (located in the place), or None."""
        body = _elided_body(post, party=True)
        levels = ("township", "village")
        if body is None:  # 某县纪委书记: a body any level's place has (a county's, a city's), its post after the place
            body = next((b for b in rules.PLACE_BODIES_IN_POSTS if post.startswith(b) and len(post) > len(b)), None)
            levels += ("county", "prefecture", "province")
        if body is None:
            return None
        place = next((p for p in ctx.in_sentence(s.index, PLACE) if p.end - s.start == start
                      and dict(p.attrs).get("level") in levels), None)
        if place is None:
            return None
        ms, me = ctx.span_of(s, place.start - s.start, start + len(body))
        full = self.unit_full.get(body, "") if body in rules.PLACE_BODIES_IN_POSTS else ""
        unit = ctx.add_mention(Mention(ORGANIZATION, place.text + body, ms, me, s.index, attrs=(("kind", "party"),),
                                       canonical=place.text + full if full else ""))  # (as the chain 某县纪委 reads)
        ctx.add(unit, "locatedIn", place, s, self.name)
        return unit

    def _post_is_predicate(self, text: str, end: int) -> bool:
        """Does the post ending at ``text[end]`` follow a copula, or a copula and a modifier of up
        to ``rules.MAX_POST_MODIFIER`` characters (某某担任审判长，…; 担任主办检察官，…), or close a clause
        holding a copula of two characters or more and, after it, no 的, 是 or 为 (某某交流任某县公安局副局长，…;
        not 担任会议主持的是某局副局长，政委某某): the previous clause's predicate, not a post of the run
        of posts before the next name?"""
        if any(text.endswith(cop + t, 0, end)
               or cop in text[max(0, end - len(t) - len(cop) - rules.MAX_POST_MODIFIER):end - len(t)]
               for t in self.titles if text.endswith(t, 0, end) for cop in COPULA_FORMS):
            return True
        clause = text[max(text.rfind(c, 0, end) for c in "，,；;。：:") + 1:end]
        return any(cop in clause and not any(w in clause[clause.index(cop) + len(cop):] for w in "的是为")
                   for cop in _LONG_COPULAS)  # 某某交流任|某县公安局副局长，…: a unit between

    def _post_held_before(self, ctx: Context, s, end: int) -> bool:
        """Does the post ending at ``s.norm[end]`` stand where a run of posts may: after punctuation or the
        text's start, a unit or place read there, another post, or a name (not 帮着|参谋，局长某某: a verb before it)?"""
        text = s.norm
        start = end - max(len(p) for p in self._posts.ending_at(text, end))
        if start <= 0 or not _CJK.match(text[start - 1]) or self._ends_with_post(text, start):
            return True
        return any(m.end - s.start == start for cls in (ORGANIZATION, PERSON, PLACE) for m in ctx.in_sentence(s.index, cls)) \
            or bool(units_ending(ctx, s).get(start))  # (某市副市长，市公安局局长某某: a place's post)

    def _ends_with_post(self, text: str, end: int) -> bool:
        """Does ``text[:end]`` end with a post (so a comma there continues a run of posts)?"""
        return bool(self._posts.ending_at(text, end))

    def _party_seats(self, ctx: Context) -> None:
        """``<unit>党委委员``, ``<unit>党组成员``, ``<unit>党委副书记`` written with no holder read (a
        résumé's table row 2018.01—2021.06  某局党委委员、副局长, 拟任某局党委委员): the unit's party
        body (``rules.ELIDED_BODIES``) is an organisation of its own, in the unit, as when a person
        holds the seat (:meth:`_elided`)."""
        for s in ctx.sentences:
            for unit in ctx.in_sentence(s.index, ORGANIZATION):
                at = unit.end - s.start
                post = next(iter(self._posts.starting_at(s.norm, at)), "")
                body = _elided_body(post, party=True) if post else None
                if body is not None and not unit.name.endswith(body) and dict(unit.attrs).get("kind") != "party":
                    self._elided(ctx, s, unit, body, at)

    def _elided(self, ctx: Context, s, parent: Mention, unit: str, at: int, kind: str = "party") -> Mention:
        """``X委副书记、政法委书记``: the 政法委 of committee X (the second body is elided); also
        a body written inside a post (最高人民法院党组成员 → 最高人民法院党组, ``rules.ELIDED_BODIES``)."""
        ms, me = ctx.span_of(s, at, at + len(unit))
        canon = parent.name + unit if not parent.name.endswith(unit) else parent.name
        attrs: tuple[tuple[str, str], ...] = (("kind", kind),)
        if parent.sentence == s.index and parent.end == ms and parent.text + unit != canon \
                and not parent.text.startswith(rules.FIRST_PERSON + rules.ANAPHOR_DETERMINERS):  # (本院党组: no name)
            attrs += (("also", parent.text + unit),)  # 某县检察院党组 as printed, beside 某县人民检察院党组
        m = ctx.add_mention(Mention(ORGANIZATION, unit, ms, me, s.index, canonical=canon, attrs=attrs))
        if m.name != parent.name:
            ctx.add(m, "belongsTo", parent, s, self.name)
        return m


#: Characters that end a dotted name's last part or come before its first (给|艾力·…, …·热合曼|请进):
#: verbs of giving, helping and asking, and 把/被.
#: Verbs of a transcript before a colon (某某答：…, 记者问：…): no character of a name.
_ANSWER_VERBS = frozenset("答问说")
_DOTTED_NAME_ENDS = frozenset("用给帮请让叫把被替向")
#: The rest of a list from an item on, closing with 等 and a kind of site (、某某湖等热门景区, 等地): the items
#: are places.
_SITE_LIST = re.compile(r"(?:、[^、，,。；;：:“”]{2,8})*等(?:(?:" + "|".join(rules.SITE_LIST_MODIFIERS) + r")?(?:"
                        + "|".join(rules.SITE_LIST_WORDS) + r")(?!" + "|".join(rules.SITE_LIST_PERSONS_AFTER)
                        + r")|地(?=[，,。；;]))")
#: What may close a member's name in a list ``<unit>的<name>`` (:meth:`PersonExtractor._members_listed`).
_LISTED_MEMBER_ENDS = ("以及", "和", "与", "等", "作为")


def _duties_at(text: str, start: int) -> int:
    """Where the units and posts of a row starting at ``text[start]`` end: at a comma before the
    duties that follow them on a page of leaders (某某　某委副书记，分管…; ``rules.DUTY_VERBS``),
    else at the line's end."""
    duty = re.search("[，,](?=" + "|".join(rules.DUTY_VERBS) + ")", text[start:])
    return start + duty.start() if duty else len(text)


def _header_cells(ctx: Context, s) -> list[str] | None:
    """The cells' texts of the header row (holding 姓名) of the tab-separated table whose row is
    sentence ``s``: the nearest line before it, in a run of tabbed lines, that holds 姓名; else None."""
    k = s.index - 1
    while k >= 0 and "\t" in ctx.sentences[k].norm:
        row = ctx.sentences[k].norm
        if "姓名" in row:
            return [row[a:b] for a, b in tab_cells(row)]
        k -= 1
    return None


#: A count and a measure word of persons (4名辅警, 两位老人): after 和 ending a name, that 和 joins them.
_COUNTED_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:名|位|个)")
#: A field of a profile box on a line of its own: 姓名：某某, 【单位】某局某所 (label, value).
_FIELD_LINE = re.compile(r"(?:【(?P<boxed>[\u4e00-\u9fff]{2,4})】|(?P<label>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3})[：:])"
                         r"[ \t\u3000]*(?P<value>\S.*?)\s*")  # (姓　名：, a label padded to the width of three)


def profile_field(s) -> tuple[str, int, int] | None:
    """The field sentence ``s`` is when it is a line ``姓名：某某`` or ``【职务】副所长``: ``(kind, value start,
    value end)`` in ``s.norm``, the kind one of ``rules.TABLE_COLUMNS`` by its label,
    else ``"other"`` (性别：男, 民族：汉族: a field of the box read for nothing); None for no such line."""
    m = _FIELD_LINE.fullmatch(s.norm)
    if m is None:
        return None
    label = re.sub(r"[ \u3000]", "", m.group("boxed") or m.group("label"))
    kind = next((k for k, words in rules.TABLE_COLUMNS.items() if label in words), "other")
    end = m.end("value")
    if kind == "name" and (note := re.search(ROW_NOTE + "$", s.norm[:end])):
        end = note.start()  # 姓名：某某（女）: the note is no part of the name
    return kind, m.start("value"), end


def profile_boxes(ctx: Context) -> list[dict[str, tuple[object, int, int]]]:
    """The profile boxes of the article (one field a line, :func:`profile_field`): each opens with
    its 姓名 line and runs on over the field lines after it, up to a line that is none or the next
    姓名; kind → ``(sentence, value start, value end)``, the first field of each kind (fields read
    for nothing left out). Read once per article (``ctx.facts``): the persons' and the honours'
    passes both ask."""
    boxes = ctx.facts.get("profile_boxes")
    if boxes is None:
        boxes, box = [], None
        for s in ctx.sentences:
            field = profile_field(s)
            if field is None:
                box = None
            elif field[0] == "name":
                box = {"name": (s, field[1], field[2])}
                boxes.append(box)
            elif box is not None and field[0] != "other":
                box.setdefault(field[0], (s, field[1], field[2]))
        ctx.facts["profile_boxes"] = boxes
    return boxes


def headed_cells(ctx: Context, s) -> dict[str, tuple[int, int]] | None:
    """The cells of table row ``s`` by the kind of column its header names (``rules.TABLE_COLUMNS``):
    ``{"name": (start, end), "unit": …, "post": …}`` offsets in ``s.norm``, for a tab-separated row
    as long as its header row (:func:`_header_cells`) whose header has a column of names and one of
    units apart (序号  单位  姓名  职务  拟奖励等次); else None."""
    header = _header_cells(ctx, s)
    row = tab_cells(s.norm)
    if header is None or len(header) != len(row) or "姓名" in s.norm:
        return None
    out: dict[str, tuple[int, int]] = {}
    for text, cell in zip(header, row):
        if text.strip().startswith(rules.NOT_CURRENT_COLUMN):
            continue  # 原单位, 拟任职务: no unit or post held now
        kinds = [k for k, words in rules.TABLE_COLUMNS.items() if text.strip().endswith(words)]
        if len(kinds) == 1 and not any(w in text for k, ws in rules.TABLE_COLUMNS.items() if k != kinds[0] for w in ws):
            out.setdefault(kinds[0], cell)  # (单位及职务: a column of two kinds, none)
    return out if "name" in out and "unit" in out else None


def tab_cells(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the tab-separated cells of a table row ``text`` (trailing
    whitespace dropped): ``甲<TAB>某所所长<TAB>个人一等功`` → three cells."""
    return [(c.start(), c.end()) for c in _TAB_CELL.finditer(text, 0, len(text.rstrip()))]


def table_row_unit(ctx: Context, s) -> tuple[Mention | None, int]:
    """The unit in the first cell of a table row (``某局某派出所　　王  晓　　教导员``): the fullest
    unit mention of sentence ``s`` ending at its first :data:`TABLE_GAP` (the unit's chain may be
    cut in mentions), and where that gap ends in ``s.norm``; ``(None, 0)`` when there is none."""
    gap = TABLE_GAP.search(s.norm)
    if gap is None:
        return None, 0
    unit = max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == gap.start()),
               key=lambda o: len(o.name), default=None)
    return unit, gap.end()


def _worded(name: str) -> bool:
    """Does a dotted run hold a common word: a verb or adjective of jieba's dictionary (frequency
    ≥ ``rules.DOTTED_VERB_FREQ``) or any word but a name's (nr, ns, nz) of frequency ≥
    ``rules.DOTTED_WORD_FREQ``: a column's name (新春走基层·警营故事, 护航·高质量发展), no
    transliterated name (whose parts jieba tags as names, or 买买提 as a rare noun)?"""
    return any(len(w) >= 2 and (t[:1] in "vad" and dictionary_freq(w) >= rules.DOTTED_VERB_FREQ
                                or not t.startswith(("nr", "ns", "nz")) and dictionary_freq(w) >= rules.DOTTED_WORD_FREQ)
               for part in name.split("·") for w, t, _ in tokens(part))


#: Honorifics that end a dotted name's last part (…·买买提同志); not 阿姨, 大姐: 阿 and 大 begin name parts.
_PART_HONORIFICS = tuple(sorted(h for h in rules.HONORIFICS if h[0] not in "阿大"))
#: Directional complements after a one-character verb (送去, 冲进, 找回): the verb ends a name.
_DIRECTIONS = frozenset("去来进出回到上下")
#: ``所里``, ``站里``: the unit in focus, by the last character of its kind.
_PLACE_WORD = re.compile(r"(所|站|队|院|庭|局)里")
#: Units named after their seat (``seat_units.tsv``), longest first.
_SEAT_WORDS = longest_first("seat_units")
#: A two-character name printed spaced (田  甜): surname, spaces, one character.
_SPACED_NAME = re.compile(f"([{HAN}])[ \u3000]{{1,3}}([{HAN}])")
#: A note in brackets after a listed name: sex, nationality, or both (（女）, （女，瑶族）, （追记）).
ROW_NOTE = f"[（(][{HAN}，,、]{{1,10}}[）)]"
#: Modifiers inside unit names (modifiers.tsv: 高新区, 开发区, 交警), longest first.
_MODIFIERS = longest_first("modifiers")
#: A note of sex or nationality in brackets right after a name in a running list (柯某（女）、乙,
#: 甲（满族）和乙, 甲（女，藏族）、乙); a photo's position (（右）) is none.
_NAME_NOTE = re.compile(f"[（(](?:[男女](?:[，,、][{HAN}]{{1,4}}族)?|[{HAN}]{{1,4}}族)[）)]")
#: A photo caption's mark of where a listed person stands (甲（右二）、乙: rules.PHOTO_POSITION).
_PHOTO_POSITION = re.compile(rules.PHOTO_POSITION)
#: A row of a 名单: a name (two to eight characters, parts joined by dots, or two or three
#: characters printed spaced, 王  强), an optional note (ROW_NOTE), spaces or a tab, then the
#: rest of the line (units and a post).
LIST_ROW = re.compile(f"((?:[{HAN}]{{1,6}}·)*[{HAN}]{{2,8}}|[{HAN}](?:[ \u3000]{{1,3}}[{HAN}]){{1,2}}(?=[ \t\u3000（(]))"
                       f"(?:{ROW_NOTE})?[ \t\u3000]+([{HAN}].*)")
#: A signature line (or a row of a table of speakers): units and posts (a run joined by 、), a run
#: of spaces, a name (two characters may be padded) and an optional note (（女，回族）).
_SIGNED = re.compile(f"(?P<posts>[{HAN}][{HAN}、]{{3,40}}(?<=[{HAN}]))[ \t\u3000]{{2,}}"
                     f"(?P<name>(?:[{HAN}]{{1,6}}·)+[{HAN}]{{1,6}}|[{HAN}]{{2,4}}|[{HAN}][ \u3000]{{1,3}}[{HAN}])(?:{ROW_NOTE})?")
#: The number opening a row of a numbered table (``3  黄  山  某大队  副大队长``), and the gap after it.
_ROW_NUMBER = re.compile(r"\d{1,3}[.、．]?[ \t\u3000]{1,}")
#: A cell of a table row: characters up to spaces, a tab or an ideographic space.
_ROW_CELL = re.compile(r"[^ \t\u3000]+")
#: The run of spaces (two or more, a tab, ideographic spaces) between the cells of a table row.
TABLE_GAP = re.compile(r"[ \t\u3000]{2,}")
#: A profile's opening sentence: a name, an optional note (（女）, or the sex as a field: 某某，男，…),
#: a comma, then units and a post (马某，某市公安局某派出所所长。); read by
#: :meth:`PersonExtractor._profile_lead`.
#: The name opening a profile's line (parts joined by dots, or two to six Han characters; group name).
_PROFILE_NAME = f"(?P<name>(?:[{HAN}]{{1,6}}·)+[{HAN}]{{1,6}}|[{HAN}]{{2,6}})"
PROFILE_LEAD = re.compile(f"{_PROFILE_NAME}(?P<note>{ROW_NOTE}|[，,][男女](?=[，,]))?[，,]"
                          f"(?P<rest>[{HAN}]{{4,40}})[。；;]?")
#: 的一名, 的一位 between a unit and its member's post or role (是某所的一名社区民警).
_ONE_OF = re.compile("(?:的)?(?:一名|一位)?")
#: Names listed at a clause start before their count (甲、乙两名民警, 甲和乙二人; groups names, count).
_COUNTED_NAMES = re.compile(f"(?:^|(?<=[，,。；;：:]))(?P<names>[{HAN}]{{2,4}}(?:[、和与及][{HAN}]{{2,4}}){{1,5}}?)"
                            "(?P<count>[两二三四五六])(?:名|位)")
#: A profile's opening clause before more of the sentence: a name, a note, details (``_BIO_FIELDS``:
#: ，女，1978年出生), a comma, then units and a post or role that end at a stop (某某，女，1978年出生，
#: 某局某所副所长。; 某某，某局某所所长，曾获…); groups as ``PROFILE_LEAD``.
_PROFILE_OPENING = re.compile(f"{_PROFILE_NAME}(?P<note>{ROW_NOTE})?"
                              f"(?:{_BIO_FIELDS.pattern})?[，,](?P<rest>[{HAN}]{{4,40}})(?=[，,。；;]|$)")
#: A label opening a line before a name (承办法官：, 主审法官：, 讲解员：): two to six Han characters and a colon.
_LINE_LABEL = re.compile(f"[{HAN}]{{2,6}}[：:][ \u3000]*")
#: A document number's year and serial after the issuer's code (〔2026〕17号, [2026]3号).
_DOCUMENT_NUMBER = re.compile(r"[〔［\[【(（]\d{4}[〕］\]】)）]\s*\d{1,4}\s*号")
#: A count of persons right before a role (5名|调解员, 两位|民警).
_COUNT_BEFORE_ROLE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:名|位)$")
#: 这位 (这名) at a clause start, a unit and a post after it: the subject the text names before (这位某派出所所长，…).
_DEMONSTRATIVE_SUBJECT = re.compile("(?:^|(?<=[，,。；;：:]))这(?:位|名)")
#: 作为 (and 一名) at a clause start, what the subject serves as, and the comma before the subject.
_AS_POST = re.compile(f"(?:^|(?<=[，,。；;：:]))作为(?:一名|一位)?(?P<what>[{HAN}]{{4,40}}?)[，,]")
#: The colon after a unit that opens a line as the heading of its rows (某州公安局：甲，…).
_UNIT_LABEL_END = re.compile("[：:][ \u3000]*")
#: A row's serial number in a cell of its own (1<TAB>某某<TAB>某局民警) or before a stop (1. 某某  某局民警,
#: 1、某某  …): the row starts after it.
_SERIAL_CELL = re.compile("\\d{1,3}(?:\t|[.．、][ \u3000]*)")
#: A row of a 名单 with labelled fields: ``name[（note）]  单位：unit  职务：post`` (the name may be
#: printed spaced, 杨  晨; the labels may be 工作单位, 现任职务).
LABELLED_ROW = re.compile(f"(?P<name>(?:[{HAN}]{{1,6}}·)*[{HAN}]{{2,8}}|[{HAN}](?:[ \u3000]{{1,3}}[{HAN}]){{1,2}}(?=[ \t\u3000（(]))"
                          f"(?:{ROW_NOTE})?[ \t\u3000]+(?:工作)?单位[：:][ \t\u3000]*(?P<unit>[^ \t\u3000：:]+)"
                          f"[ \t\u3000]+(?:现任)?职务[：:][ \t\u3000]*(?P<post>[{HAN}]+)(?:[（(][^（）()]{{1,8}}[）)])?"
                          f"(?:[ \t\u3000]+[{HAN}]{{2,4}}[：:][^：:]*)?[ \t\u3000]*")  # (…  备注：追记, 民警（已退休）)
#: The label of a notice's contact line (联系人：, 联系民警：) at a line's start.
_CONTACT_LABEL = re.compile("(?:联系人|联系民警|联 系 人)[：:][ \t\u3000]*")
#: A name of a contact line: two to four Han characters, then a gap or the line's end.
_CONTACT_NAME = re.compile(f"[{HAN}]{{2,4}}(?=[ \t\u3000、，,；;]|$)")
#: What stands between the names of a contact line (spaces, 、), and between its unit and its first name.
_CONTACT_GAP = re.compile("[ \t\u3000、，,]+")
#: Characters before a post that let it stand alone for the article's focus unit (，班长某某).
_FOCUS_BEFORE = frozenset("，,。；;：:、“”\"（(")
#: The name an appointment's words mark out (group name): parts joined by dots, or two to four
#: characters, as few as the words after it allow (任命|柯远舟|为, 柯远舟|同志任).
_APPOINTEE = f"(?P<name>(?:[{HAN}]{{1,8}}·)+[{HAN}]{{1,8}}|[{HAN}]{{2,4}}?)"
#: The same at the start of a row of a 任免名单's section, where the line marks the name: up to six
#: characters (Mongolian names of five or six, written with no surname).
_LISTED_APPOINTEE = f"(?P<name>(?:[{HAN}]{{1,8}}·)+[{HAN}]{{1,8}}|[{HAN}]{{2,6}}?)"
#: The units and posts an appointment gives or takes (group rest), 职务 and a bracketed note after them.
_APPOINTMENT_POSTS = f"(?P<rest>[{HAN}、]+?)(?:等?职务)?(?:[（(][^（）()]{{1,10}}[）)])?"
#: The marks after which an appointment's words may start (a clause's start, or a row's number).
_CLAUSE_START_MARKS = "，,；;。：:、.．）)"
#: Where _APPOINTED, _APPOINTED_MANY and _NO_LONGER start: a line's or a clause's start.
_AT_CLAUSE_START = f"(?:^|(?<=[{_CLAUSE_START_MARKS}\\s]))"
#: 任命<name>为<units and posts>, 免去<name>的<units and posts>职务, 撤销<name>的<units and posts>职务
#: (groups verb, name, rest), anywhere: a name of two to four characters or of parts joined by
#: dots, right after the verb (and an aspect particle: 免去了某某的…); the rest runs to the clause end (or 职务). The meeting may open the
#: clause (会议还批准任命…: _APPOINTER).
_APPOINTER = "(?:会议|会上)?(?:还|并|同时|也|又)?(?:决定|提请|拟|批准|依法)?"
_APPOINTMENT = (_APPOINTER + "(?P<verb>任命|免去|撤销)了?[：:]?"
                + f"(?:[ \u3000]*(?P<spaced>[{HAN}](?:[ \u3000]{{1,3}}[{HAN}]){{1,2}})[ \u3000]*|[ \u3000]*" + _APPOINTEE + "[ \u3000]*)"
                + "(?:[（(][男女][）)])?(?:同志)?(?P<link>为|的)(?!为)" + _APPOINTMENT_POSTS
                + "(?=[，,；;。]|$)")
#: _APPOINTMENT at a clause start (1.任命…, 一）任命…: after a row's number; 某某（女）为…).
_APPOINTED = re.compile(_AT_CLAUSE_START + _APPOINTMENT)
#: _APPOINTMENT after the body that appoints (某县人民政府任命某某为…): kept where a unit ends right
#: before the verb.
_APPOINTED_BY_BODY = re.compile(_APPOINTMENT)
#: 任命甲、乙为<units and posts>, 免去甲、乙的<units and posts>职务: names of two to four characters
#: joined by 、 (group names; verb, link, rest as in _APPOINTED).
_APPOINTED_MANY = re.compile(_AT_CLAUSE_START + _APPOINTER + "(?P<verb>任命|免去)了?[：:]?"
                             + f"(?P<names>[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}}?)+)(?P<tail>等|分别)?(?:同志)?(?P<link>为|的)(?!为)"
                             + _APPOINTMENT_POSTS + "(?=[，,；;。]|$)")
#: <name>[同志]不再担任<units and posts>职务 at a clause start (groups verb and link 不再担任, name,
#: rest): a removal, read as 免去<name>的… is.
_NO_LONGER = re.compile(_AT_CLAUSE_START + _APPOINTEE
                        + "(?:[（(][男女][）)])?(?:同志)?(?P<link>(?P<verb>不再担任))" + _APPOINTMENT_POSTS
                        + "(?=[，,；;。]|$)")
#: 免去其<units and posts>职务 at a clause start (group rest): a removal from the person named before
#: it in the sentence (某某另有任用，免去其…职务; 任命甲为…，免去其…职务; 某某同志任…，不再担任…职务).
_REMOVED_THEIR = re.compile("(?:^|(?<=[，,；;。：:]))(?:同时|并|决定|并决定)?"
                            "(?:免去(?:其|该同志|他|她)的?|(?:其|该同志|他|她)?不再(?:担任|兼任))"
                            + _APPOINTMENT_POSTS + "(?=[，,；;。]|$)")


#: What ends a clause for :func:`_named_in_clause`.
_CLAUSE_STOP = re.compile("[，,；;。]")


def _named_in_clause(text: str, at: int, starts: list[int]) -> bool:
    """Is a person named later in the clause of ``text[at]`` (before its next ，；。)? Offsets in
    the sentence; ``starts``: where the other persons of the sentence begin, each right after a
    post. The 兼 of ``…，刑侦支队副支队长兼扫黑大队大队长乙`` then opens a post of 乙, not of the clause
    before (甲任某局副局长兼某大队大队长并带领民警乙…: 乙 follows a role, the posts are 甲's)."""
    stop = _CLAUSE_STOP.search(text, at)
    end = stop.start() if stop else len(text)
    return any(at <= k < end for k in starts)


#: The count that closes a list of persons before 分别 (甲、乙等5名干警|分别兼任…).
_COUNTED_HOLDERS = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:名|位|人)[\u4e00-\u9fff]{0,4}$")
#: Units of a kind counted after 分别<verb> and 的 (分别兼任辖区12所中小学的|法治副校长): no unit named.
_KIND_OF_UNITS = re.compile(r"[^，,。；;、“”]{0,8}?(?:\d+|[一二两三四五六七八九十]+)(?:所|个|家)[^，,。；;、“”]{1,10}?的")
#: The verb of an election (甲当选为某协会会长，乙当选为副会长: :meth:`PersonExtractor._elected_alike`).
_ELECTED = re.compile("当选为?")
#: An election held for a body named right after (选举产生了某省律师协会第十届理事会): its posts elected to are that body's.
_ELECTION_HELD = re.compile("选举产生了?(?:新一届)?")
#: A second post taken up later in the sentence (庭长某某从事…工作20余年，兼任某小学法治副校长，…; group rest):
#: the sentence's subject holds it too.
_CONCURRENT_POST = re.compile("(?<=[，,])(?:还|并|同时|另)?兼任" + _APPOINTMENT_POSTS + "(?=[，,；;。]|$)")
#: An appointment with no name at a clause start (group rest): the person named before it in the
#: sentence takes the posts (某某任某院党组书记，经某县人大常委会任命为某院检察长; ，并被任命为…; ，并于同年当选为…),
#: after a comma (a clause after ； may be another row's).
_APPOINTED_THEM = re.compile("(?<=[，,])(?:并|同时|随后|后)?(?:于[^，,。；;：:]{1,8}?)?(?:经[^，,。；;：:]{2,30}?)?(?:被|依法)?"
                             "(?:任命|选举|当选)为" + _APPOINTMENT_POSTS + "(?=[，,；;。]|$)")
#: The subject of a removal by 免去其 at a sentence's start, after a label (经研究决定：): <name>同志 before
#: a comma or a clause of why, or <name> before 另有任用 or 因… (group name; 经研究， is no name).
_REMOVED_OPENING = re.compile(f"(?:[^，,。：:]{{1,12}}[：:])?" + _APPOINTEE + "(?:同志(?=[，,因另已])|(?=另有任用|因))")
#: The word after an appointment's name, by verb (任命甲为…, 免去乙的…, 撤销丙的…, 丁不再担任…).
_APPOINTMENT_LINK = {"任命": "为", "免去": "的", "撤销": "的", "不再担任": "不再担任"}
#: The relations a removal's qualifier marks ended (the person's post and its unit).
_ENDED_BY = ("position", "belongsTo")
#: A unit written bare before the post a name takes (…，某某任|刑侦支队|支队长): Han characters ending in
#: a unit word of the police's (the bare unit resolved as a post's: _bare_unit).
_BARE_UNIT_RUN = re.compile(f"[{HAN}]{{0,6}}(?:支队|大队|中队|派出所|分局|科|室|中心)")
#: <name>[同志][（note）]任<units and posts> at a line's (or a 人事 list clause's, or after a comma) start: the name takes the
#: posts of the clause (groups name, note, rest); the rest runs to the clause end.
_TAKES_POST = re.compile("(?:^|(?<=[；;：:，,])|(?<=宣布))" + _APPOINTEE +
                         f"(?:同志)?(?P<note>{ROW_NOTE})?任(?P<rest>[{HAN}、]+?)(?=[，,；;。]|$)")
#: A heading of a 任免名单's section (一、决定任命; 二、免去; 任命：; 四、批准任命：) at a sentence's start: groups
#: verb (任命 or 免去). A colon joins the heading and its first row in one sentence.
_APPOINTMENT_HEADING = re.compile(f"(?:[一二三四五六七八九十]{{1,3}}[、.．]\\s*)?(?:根据[^，,。：:]{{2,30}}[，,]\\s*)?"
                                  f"(?:(?:本次)?会议|会上)?(?:还|并|同时|也|又)?(?:决定|提请|批准)?(?P<verb>任命|免去)[：:]?\\s*")
#: (根据某院院长的提请，任命; 会议决定任命：, 会议批准任命：: the meeting as in _APPOINTER)
#: A row of such a section, at a line's start: <name>[同志][（note）]为<units and posts>[；。] under
#: 任命, <name>…的<units and posts>职务 under 免去 (groups name, link, rest; more: the names after it
#: joined by 、, 甲、乙为某院审判员, who hold the same posts).
_SECTION_ROW = re.compile("(?!任命|免去|决定)" + _LISTED_APPOINTEE + f"(?P<more>(?:(?:同志)?、[{HAN}]{{2,4}}?)*)"
                          + f"(?:同志)?(?:{ROW_NOTE})?(?P<link>为|的)(?!为)"
                          + _APPOINTMENT_POSTS + r"[；;。，,]?\s*$")
#: 接受<name>辞去…职务的请求 (a resignation accepted): the name is a person (no post is stated).
_RESIGNED = re.compile("接受[：:]?" + _APPOINTEE + "(?:同志)?辞去")
#: A section written after 、 in a run of posts, before its head's post (某厅新闻发言人、宣传处|处长;
#: 某院审判委员会委员、民事审判第二庭|庭长, …、执行局|局长): two to six characters and a section word,
#: a court's division of up to eight, or its 执行局 (group 1), ending where the post starts.
_SECTION_IN_RUN = re.compile(f"(?<=[、])([{HAN}]{{2,6}}?(?:处|科|室)|[{HAN}]{{2,8}}?庭|执行局)$")
#: A unit written bare after 、 in a run of posts that the grammar read as no unit (某街道党工委副书记、
#: 综治中心|主任, 某总队副总队长、省反诈中心|主任, 某局副局长、扫黑办|主任): two to six characters and a unit word
#: (group 1); or a
#: task force of rules.TASK_FORCE_WORDS, which is no unit (某支队副支队长、某案攻坚专班|班长).
_UNREAD_IN_RUN = re.compile(f"(?<=[、])([{HAN}]{{2,6}}?(?:中心|支队|大队|总队|中队|办公室|工作站|办)"
                            f"|[{HAN}]{{0,8}}?(?:{'|'.join(rules.TASK_FORCE_WORDS)}))$")  # (…副支队长、某案专案组|组长: a task force)
#: A role of many people: a plural quantifier (``rules.COLLECTIVE_QUANTIFIERS``) and up to four
#: characters of modifier right before the role (广大民警, 个别政法干警, 全体参战民警).
_COLLECTIVE_ROLE = re.compile(f"(?:{'|'.join(rules.COLLECTIVE_QUANTIFIERS)})[{HAN}]{{0,4}}$")
#: A line of bare names: three or more of two to four characters (or dotted), apart by spaces or 、.
_NAMES_LINE = re.compile(f"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}})+)"
                         f"(?:(?:[ \t\u3000]+|[ \u3000]*、[ \u3000]*)(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}})+)){{2,}}[ \t\u3000]*")
#: A run of Han characters and middle dots (a name in a layout of bare names).
_HAN_RUN = re.compile(f"[{HAN}·]+")
#: Names after a unit's label (某局：甲、乙、丙): two or more of two to four characters (or dotted),
#: apart by 、, an end mark after them or none.
_LABELLED_NAMES = re.compile(f"[ \u3000]*(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}})+)"
                             f"(?:[ \u3000]*、[ \u3000]*(?:[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}})+))+[。；;]?\\s*")
#: A bracketed phrase, full- or half-width: 某某（某派出所民警）.
BRACKET = re.compile(r"[(（][^()（）]{2,60}[)）]")
#: The form of address a 名单 may print between a name and its bracket (某某同志（某所所长）).
COMRADE = "同志"
#: （女，某分局某派出所）, （某县公安局某大队）: a bracket holding a unit alone after an optional note of
#: sex or nationality (group note: the note and its comma).
_UNIT_BRACKET = re.compile(f"[(（](?P<note>(?:(?:[男女]|[{HAN}]{{1,5}}族)[，,、])*)[^()（），,、]{{2,40}}[)）]")
#: Rows ``name（unit post）`` run on in one paragraph, separated by 、 or ；(甲（某县公安局某所）、乙（某县
#: 公安局某大队）。): BRACKETED_ITEM is one (group 1: the name), BRACKETED_RUN the whole line (or a piece of
#: an over-long one, cut after a mark: kg.nlp.split_sentences).
BRACKETED_ITEM = re.compile(f"((?:[{HAN}]{{1,6}}·)*[{HAN}]{{2,8}})[（(][^（）()]{{4,60}}[）)]")
BRACKETED_RUN = re.compile(f"(?:{BRACKETED_ITEM.pattern}[、；;，,])+(?:{BRACKETED_ITEM.pattern}[。；;]?)?\\s*")
#: Two or three name parts joined by middle dots (阿依古丽·买买提, 热孜万古丽·买买提).
_DOTTED_ANY = re.compile(f"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,6}}){{1,2}}")


@lru_cache(maxsize=1)
def _nationalities() -> tuple[frozenset[str], tuple[int, ...]]:
    """The nationalities with 族 (鄂伦春族; :func:`kg.gazetteer.ethnic_names`), and their lengths,
    longest first: a set looked up by length, not a hundred names tried at every name's start."""
    from ..gazetteer import ethnic_names

    names = frozenset(ethnic_names())
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


def _nationality_at(text: str, end: int, start: int | None) -> str:
    """The longest nationality written from ``text[start]`` (with ``start``) or ending at
    ``text[end]`` (``start`` None), or ``""``."""
    names, lengths = _nationalities()
    for n in lengths:
        a = start if start is not None else end - n
        if a >= 0 and text[a:a + n] in names and a + n <= len(text):
            return text[a:a + n]
    return ""


def _closes_frame(text: str, i: int) -> bool:
    """Does ``text[i]`` close a temporal frame opened earlier in its clause (在…时, 当…时;
    ``rules.FRAME_CLOSERS``)? The clause starts after the last mark of ``rules.CLAUSE_MARKS`` or
    a sentence end."""
    openers = rules.FRAME_CLOSERS.get(text[i:i + 1])
    if not openers:
        return False
    start = max(text.rfind(c, 0, i) for c in (*rules.CLAUSE_MARKS, "。", "：", ":")) + 1
    return any(o in text[start:i] for o in openers)


def _adverb_at(text: str, j: int) -> bool:
    """Does jieba's segmentation of ``text`` start an adverb of two or more characters at
    ``text[j]`` (法官张伟|一同参与; not 李志刚|正和, where 刚正 is no token)? Its first character
    then is no part of the name before it."""
    if not any(tokenizer().word_tag_tab.get(text[j:j + L], "")[:1] == "d" for L in (2, 3, 4)):
        return False  # no adverb of the dictionary starts here: no need to segment the sentence
    return any(start == j and tag[:1] == "d" and len(w) >= 2 for w, tag, start in tokens(text))


def _run_before_verb(text: str, i: int) -> str:
    """The characters from ``text[i]`` up to the first token jieba tags as a verb, adverb,
    preposition, conjunction or particle (降央扎西|冲进: a one-character verb that starts no
    dictionary word with the next), if they start at a token boundary; else ``""``."""
    toks = tokens(text)
    if not any(start == i for _, _, start in toks):
        return ""
    end = next((start for w, tag, start in toks if start > i and (tag[:1] in "vdpcu" or not _CJK.match(w[0]))), None)
    run = text[i:end] if end is not None else ""
    return run if all(_CJK.match(c) for c in run) else ""


def _verb_inside(text: str, a: int, b: int) -> bool:
    """Does jieba's tagger read a verb, adverb or preposition in ``text[a:b]`` (踏查 v in
    民警踏查抵边)? Tokens overlapping the span count."""
    return any(start < b and a < start + len(w) and tag[:1] in "vdp" for w, tag, start in tokens(text))


def _has_unit(ctx: Context, person: Mention) -> bool:
    """Has a rule already placed the Person mention ``person`` in a unit (a ``belongsTo`` of it)?"""
    return any(st.subject is person and st.predicate == "belongsTo" for st in ctx.statements)


def _predicate_at(text: str, k: int) -> bool:
    """Does a predicate start at ``text[k]``: a Han character, no list mark (、和与及) and no verb of
    speech (``SPEECH_VERBS``: a name's end is read before those)?"""
    return k < len(text) and _CJK.match(text[k]) is not None and text[k] not in rules.CONCURRENT_MARKS \
        and not _SPEECH.match(text, k)


def _before_note(text: str, end: int) -> int:
    """``end``, or where a note on a post (``_POST_NOTE``: （主持工作）, （正科级）) ending at
    ``text[end]`` starts."""
    opener = {"）": "（", ")": "(", "〕": "〔"}.get(text[end - 1:end])  # (〔主持工作〕: a 公文's bracket)
    k = text.rfind(opener, 0, end) if opener else -1
    return k if k > 0 and _POST_NOTE.fullmatch(text, k, end) else end


_DEFINED_SHORT = re.compile(rules.DEFINED_SHORT)


def _copula_ending(text: str, end: int) -> str:
    """The longest of :data:`COPULA_FORMS` ending right before ``text[end]`` and starting after
    ``text[0]`` (``""``: none), one set look-up per length of the forms.

    Args:
        text: a sentence's ``norm``.
        end: an offset in it (``0 <= end <= len(text)``).
    """
    return next((text[end - n:end] for n in _COPULA_LENGTHS if end - n > 0 and text[end - n:end] in _COPULA_SET), "")


def _units_starting(s, orgs: list[Mention]) -> dict[int, Mention]:
    """The longest of the units ``orgs`` (mentions of sentence ``s``) starting at each offset:
    offset in ``s.norm`` → Organization mention (where a unit follows a copula: 是|某局…)."""
    out: dict[int, Mention] = {}
    for o in orgs:
        k = o.start - s.start
        if k not in out or o.end > out[k].end:
            out[k] = o
    return out


def units_ending(ctx: Context, s) -> dict[int, Mention]:
    """The most specific unit (the longest name) ending at each offset of sentence ``s``: offset
    in ``s.norm`` → Organization mention (where a name starts right after a unit: 某所民警|某某)."""
    out: dict[int, Mention] = {}
    for o in ctx.in_sentence(s.index, ORGANIZATION):
        k = o.end - s.start
        if k not in out or len(o.name) > len(out[k].name):
            out[k] = o
    for k, o in list(out.items()):  # 某分局（以下简称某某）民警|某某: the bracket defining its short name
        if (hit := _DEFINED_SHORT.match(s.norm, k)) is not None:
            out.setdefault(hit.end(), o)
    return out


def _led_unit(ctx: Context, s, name_end: int) -> Mention | None:
    """``在所长某某的带领下，某派出所荣获…``: the unit (the outermost) that opens the clause after a
    leader's name and ``的带领下`` (``_LED_BY``), or None."""
    m = _LED_BY.match(s.norm, name_end)
    if m is None:
        return None
    units = [o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start + m.end()]
    return max(units, key=lambda o: o.end, default=None)


def _leader_unit(ctx: Context, s, start: int) -> Mention | None:
    """``<unit>庭长甲带领法官助理乙``: the unit of the person written right before the leading
    verb (``rules.LEADING_VERBS``) that ends at ``s.norm[start]`` — in this sentence, else the
    last one read for that name earlier in the article (所长甲…。甲带着法医乙…) — or None (no
    person there, or one with no unit)."""
    verb = next(v for v in rules.LEADING_VERBS if s.norm.endswith(v, 0, start))
    leader = next((p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start == start - len(verb)), None)
    if leader is None:  # a name read earlier in the article, written again before the verb
        leader = next((p for p in reversed(ctx.mentions) if p.cls == PERSON and p.sentence < s.index
                       and len(p.name) >= 2 and s.norm.endswith(p.name, 0, start - len(verb))), None)
    if leader is None:
        return None
    return next((st.object for st in reversed(ctx.statements)
                 if st.subject is leader and st.predicate == "belongsTo"), None) or \
        next((st.object for st in reversed(ctx.statements)  # the leader's unit read earlier in the article
              if st.predicate == "belongsTo" and st.subject.cls == PERSON and st.subject.name == leader.name
              and st.subject.sentence < s.index), None)



def _last_person(ctx: Context, s, before: int) -> Mention | None:
    """The person a pronoun at document offset ``before`` stands for: the last person named
    before it, in sentence ``s`` or an earlier one; None if none. A name already read and written
    again after that mention counts where it is written again (甲……乙说，甲在车里守了两夜。2022年，
    甲被授予…。他出任…: 甲, though the sentence loop has not read the later 甲s yet)."""
    def aside(norm: str, a: int, b: int) -> bool:  # “某某是我的师傅”, 成为某某的徒弟: quoted, or owning what follows
        return in_quotes(norm, a) or norm.startswith("的", b)

    def mention_aside(m: Mention) -> bool:
        t = ctx.sentences[m.sentence] if 0 <= m.sentence < len(ctx.sentences) else None
        return t is not None and aside(t.norm, m.start - t.start, m.end - t.start)

    before_it = [m for m in ctx.mentions if m.cls == PERSON and (m.sentence < s.index or m.sentence == s.index and m.end <= before)]
    best = max((m for m in before_it if not mention_aside(m)), key=lambda m: m.start, default=None) \
        or max(before_it, key=lambda m: m.start, default=None)
    if best is None:
        return None
    known = {m.name: m for m in ctx.mentions if m.cls == PERSON and len(m.name) >= 2 and m.start <= best.start
             and "某" not in m.name and not dict(m.attrs).get("anonymised")}
    at, again = best.start, best
    for t in ctx.sentences[best.sentence:s.index + 1]:
        lo = best.end - t.start if t.index == best.sentence else 0
        hi = before - t.start if t.index == s.index else len(t.norm)
        inside = [(u.start, u.end) for u in ctx.in_sentence(t.index) if u.cls in (ORGANIZATION, PLACE)]
        for name, m in known.items():
            k = t.norm.rfind(name, max(lo, 0), hi)
            while k >= 0 and (any(u <= t.start + k < v for u, v in inside) or aside(t.norm, k, k + len(name))):
                k = t.norm.rfind(name, max(lo, 0), k + len(name) - 1)  # (张洪派出所: a unit's name; a name quoted
                # or owning something is not the one the story follows)
            if k >= 0 and (t.start + k, len(name)) > (at, len(again.name)):
                at, again = t.start + k, m
    return again


def _unit_from(ctx: Context, s, k: int) -> Mention | None:
    """The longest unit read in sentence ``s`` that starts at ``s.norm[k]``, or None."""
    return max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start - s.start == k), key=lambda o: o.end, default=None)


def _agency(unit: Mention) -> bool:
    """Is ``unit`` of a kind a career in the field is spent in (``kinds.tsv`` groups police, court,
    procuratorate, party, gov), not a school, hospital or company (group org)?"""
    return kind_group().get(dict(unit.attrs).get("kind", ""), "org") != "org"


def _named_near(ctx: Context, s, at: int) -> Mention | None:
    """The person a pronoun at ``s.norm[at]`` opening a clause stands for (:func:`_last_person`), when
    that person is named in the sentence before it or in the sentence before that one; else None
    (…牺牲。“……”某某红着眼眶回忆。他任…: the one named last may be a name the tagger reads later)."""
    p = _last_person(ctx, s, s.start + at)
    if p is None or p.name in s.norm[:at] or s.index > 0 and p.name in ctx.sentences[s.index - 1].norm:
        return p
    return None


def _common_noun(w: str) -> bool:
    """Is ``w`` a common noun of two characters (居民, 老人): jieba's tag n, frequency at least
    ``rules.COMMON_NOUN_FREQ``? Such a word before a name is no part of it."""
    return len(w) == 2 and tokenizer().word_tag_tab.get(w, "") == "n" and dictionary_freq(w) >= rules.COMMON_NOUN_FREQ


def _frequent_noun(w: str) -> bool:
    """Is ``w`` a noun (jieba's n, or org: a unit word of the lexicons, 公司) of frequency at least
    ``rules.COMMON_NOUN_FREQ``? After a preposition-like surname (向公司) or before 原 (公司原), no given name."""
    return tokenizer().word_tag_tab.get(w, "") in ("n", "org") and dictionary_freq(w) >= rules.COMMON_NOUN_FREQ


def _township_at(text: str, i: int) -> bool:
    """Does the full name of a township of the Ministry of Civil Affairs table (``kg/data/townships.tsv``:
    太村镇, 方里镇) start at ``text[i]``?"""
    return township_table().name_at(text, i) is not None


def _noun_before(text: str, i: int) -> bool:
    """Does a common noun (:func:`_common_noun`) end at ``text[i]`` (居民|柯某, 司机|柯某某), so
    an anonymised name may start there?"""
    return _common_noun(text[max(0, i - 2):i])


def _listed_seat_unit(ctx: Context, s, end: int) -> Mention | None:
    """``竹泉村党支部书记、村委会主任某某``: a seat unit word (``seat_units.tsv``) written bare after
    ``、`` (or 兼) in a run of posts, ending at ``s.norm[end]``, is that word's unit of the place the unit
    before it in the run is named after (竹泉村 → 竹泉村村委会). Returns the new mention (located
    in the place), or None."""
    text = s.norm
    word = next((w for w in _SEAT_WORDS if text.endswith(w, 0, end)), None)
    k = end - len(word) if word else 0
    if k <= 0 or text[k - 1] not in "、兼":
        return None  # (某村党支部书记兼|村委会主任: a second post, as after 、)
    before = [o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start < k]
    prev = max(before, key=lambda o: o.end, default=None)
    place = max((p for p in ctx.in_sentence(s.index, PLACE) if prev.start <= p.start and p.end < prev.end
                 and dict(p.attrs).get("level") in ("township", "village")), key=lambda p: p.end, default=None) \
        if prev is not None else None
    if place is None or prev.end - s.start + 1 < k and not _ends_in_post(text, prev.end - s.start, k - 1):
        place = next((p for p in ctx.in_sentence(s.index, PLACE) if dict(p.attrs).get("level") in ("township", "village")
                      and (prev is None or p.start >= prev.end) and text.startswith(tuple(rules.ELIDED_BODIES), p.end - s.start)
                      and _ends_in_post(text, p.end - s.start, k - 1)), None)
        # 柯家社区党委书记、居委会主任某某: the place's party body (read later, from the post) before the run
        if place is None:
            return None
    if word.startswith(_VILLAGE_BODY_STARTS) and dict(place.attrs).get("level") != "village":
        return None  # 某镇党委书记、村委会主任: a village's committee, not the township's
    ms, me = ctx.span_of(s, k, end)
    unit = ctx.add_mention(Mention(ORGANIZATION, word, ms, me, s.index, canonical=place.name + word,
                                   attrs=(("kind", "gov"),)))
    ctx.add(unit, "locatedIn", place, s, "persons")
    return unit


#: The first characters of a village's (a community's) own committees (村委会, 村民委员会, 居委会): no
#: township has one.
_VILLAGE_BODY_STARTS = ("村", "居")


def _ends_in_post(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` (between a unit and ``、``) one word or post (书记, 主任), no clause?"""
    return 0 < b - a <= 6 and all(_CJK.match(c) for c in text[a:b])


def _carried_unit(ctx: Context, s, at: int, post: str) -> Mention | None:
    """The unit of the last person of sentence ``s`` before ``s.norm[at]`` (a post opening a clause
    with no unit of its own), when that person holds the same post or the one it deputises
    (主任 for 副主任: ``rules.DEPUTY_MARKS`` stripped), or a post ``rules.BODY_OFFICERS`` gives that
    body beside it (秘书长 beside 主任), in a unit written in the sentence and no unit is written
    between them (某人大常委会主任甲主持会议，副主任乙，秘书长丙出席); else None (局长甲…，副县长乙:
    another body's post)."""
    base = post.lstrip(rules.DEPUTY_MARKS)
    units = ctx.in_sentence(s.index, ORGANIZATION)
    recent = list(takewhile(lambda st: st.subject.sentence >= s.index, reversed(ctx.statements)))  # (this sentence's)
    for st in recent:
        person = st.subject
        if st.predicate != "belongsTo" or person.cls != PERSON or person.end - s.start > at \
                or not isinstance(st.object, Mention) or st.object.sentence != s.index:
            continue
        if any(person.end <= u.start and u.end - s.start <= at for u in units):
            return None  # (a unit written between: the post may be its)
        held = {x.object.lstrip(rules.DEPUTY_MARKS) for x in recent
                if x.subject == person and x.predicate == "position" and isinstance(x.object, str)}
        officer = post in rules.BODY_OFFICERS and held & set(rules.BODY_OFFICERS[post])  # 主任甲…，秘书长乙
        return st.object if base in held or officer else None
    return None


def _listed_unit(ctx: Context, s, at: int) -> Mention | None:
    """The unit of the person whose name ends right before ``s.norm[at]`` (a list mark), as the
    persons rules read it (``<unit><post>甲、<post>乙``: 乙 serves there too), or None."""
    prev = next((p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start == at), None)
    if prev is None:
        return None
    for st in reversed(ctx.statements):  # this sentence's statements are the last ones added
        if st.subject.sentence < s.index:
            return None  # (an earlier sentence's: no need to read on)
        if st.predicate == "belongsTo" and st.subject == prev:
            return st.object
    return None


@lru_cache(maxsize=1)
def _role_units() -> dict[str, tuple[str, ...]]:
    """Role → endings of the units its holder belongs to (``units`` of ``roles.tsv``)."""
    return {r.word: tuple(r.units) for r in table("roles") if r.units}


def _station_before(ctx: Context, s, at: int, endings: tuple[str, ...] = rules.STATION_UNITS) -> Mention | None:
    """A police role with no unit before it (…派出所接警后，值班民警某某): the last station-level
    unit (``rules.STATION_UNITS``, or the role's own ``endings``: 公证员 → 公证处) named earlier in
    the same sentence, when it is the only one — or the others are its parents, named in its own
    name (某区人民法院…。某区人民法院某人民法庭快立快审，法官某某…: the tribunal)."""
    units = [m for m in ctx.in_sentence(s.index, ORGANIZATION)
             if m.end <= s.start + at and m.name.endswith(endings)]
    if len({m.name for m in units}) == 1:
        return units[-1]
    return _chain_end(units)


def _chain_end(units: list[Mention]) -> Mention | None:
    """The unit of ``units`` (mentions of one sentence) that ends last, when every other is itself
    or one of its parents, written in its name (某区人民法院 … 某区人民法院某人民法庭: the
    tribunal); None when there is none or two that are not parent and child. A chain's unit ends
    after its parent, so the last one is the only candidate."""
    last = max(units, key=lambda m: (m.end, -m.start), default=None)
    return last if last is not None and all(last.name.startswith(m.name) for m in units) else None


def _acting_unit_before(ctx: Context, s, at: int) -> Mention | None:
    """The unit a police rank (一级警长: ``rules.RANK_STARTS``, ``rules.POLICE_RANK_ENDS``) or a
    police role (``rules.POLICE_ROLES``) written with no unit of its own is held in: the police
    unit that opens a clause of the sentence of ``s`` before offset ``at`` as the subject of a
    police report's verb (``rules.POLICE_ACTION_VERBS``, 接到: 某支队接报后，由二级高级警长某某带领…
    → the 支队), when the sentence names no other unit before ``at`` but its parents and no units
    acting together (``rules.LIST_VERBS``); else None (据某局通报, 根据某局部署, 冒充某局…: a source,
    an order or a name used, no unit of the officer's)."""
    units = [m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end <= s.start + at]
    last = _chain_end(units)
    if last is None or any(v in s.norm[:at] for v in rules.LIST_VERBS) \
            or kind_group().get(dict(last.attrs).get("kind", "")) != "police":
        return None
    first = min((m for m in units if last.name.startswith(m.name)), key=lambda m: m.start)
    if not _opens_clause(ctx, first):
        return None
    clause = re.split("[，,；;。]", s.norm[last.end - s.start:at], maxsplit=1)[0]
    return last if clause.startswith(rules.REPORT_RECEIVED_VERBS) else None


def _place_before(ctx: Context, s, at: int) -> bool:
    """Does a place mention end right before ``s.norm[at]`` (旬邑县|民警某某: the officer's own place)?"""
    return any(p.end == s.start + at for p in ctx.in_sentence(s.index, PLACE))


def _only_unit_before(ctx: Context, s, at: int, endings: tuple[str, ...]) -> Mention | None:
    """The unit a holder of a role with units of its own (``roles.tsv``: 消防员 → 消防救援站,
    消防救援大队) belongs to when no such unit is written in the sentence: the one unit the article
    names before with the first of ``endings`` any unit has (a rescue story of one station: its
    消防员 are the station's); None when it names two or more (which one is not said)."""
    for ending in endings:
        units = [m for m in ctx.mentions if m.cls == ORGANIZATION and m.name.endswith(ending)
                 and (m.sentence, m.end) <= (s.index, s.start + at) and not m.text.startswith(rules.ANAPHOR_DETERMINERS)]
        names = {m.name for m in units}
        if names:
            return max(units, key=lambda m: (m.sentence, m.end)) if len(names) == 1 else None
    return None


def _verb_and_object(three: str) -> bool:
    """Does jieba cut ``three`` (a would-be surname and two-character given name) into a verb
    and a common verb or noun-verb (管|违法, 管|超限: frequency at least ``rules.ROLE_VERB_FREQ``)?"""
    toks = tokens(three)
    return len(toks) == 2 and toks[0][1][:1] == "v" and toks[1][1][:1] == "v" \
        and dictionary_freq(toks[1][0]) >= rules.ROLE_VERB_FREQ


def _adverb_then_verb(text: str, j: int) -> bool:
    """Is ``text[j]`` a one-character adverb (jieba's ``d``: 刚, 正, 已) before a preposition or a
    verb (…·哈力克|刚|从…回来): the clause, not the end of a name part?"""
    tags = tokenizer().word_tag_tab
    return tags.get(text[j], "") == "d" and tags.get(text[j + 1:j + 2], "")[:1] in ("p", "v") \
        and text[j - 1:j + 1] not in ("不都", "布都")  # (…布都拉: 都 is a name's there)


def _name_then_verb(text: str, i: int, name: str) -> bool:
    """Does jieba cut ``text[i:]`` into ``name`` (a two-character name it tags ``nr*``) and then a
    two-character verb of its dictionary (王强|冲进, 柯浩|背起, 王强|蹲守; not 叶子|涵说, a word the
    HMM made up)?"""
    if len(name) != 2:
        return False  # (before segmenting the window)
    cut = tokens(text[i:i + 6])
    return len(cut) >= 2 and cut[0][0] == name and cut[0][1].startswith("nr") \
        and cut[1][1] == "v" and len(cut[1][0]) == 2 and dictionary_freq(cut[1][0]) > 0


def _clause_at(text: str, i: int) -> bool:
    """Does the predicate start at ``text[i]`` rather than a name: an idiom of four characters
    (jieba's tags ``i``, ``l``: 雷厉风行, 华灯初上), a common word other than a name before 后 or
    时 (闻讯|后: a time clause), or a one-character adverb and verb as jieba cuts them (常|来)?"""
    four = text[i:i + 4]
    if len(four) == 4 and tokenizer().word_tag_tab.get(four, "") in ("i", "l"):
        return True
    two = text[i:i + 2]
    if text[i + 2:i + 3] in ("后", "时") and dictionary_freq(two) >= rules.NAME_WORD_FREQ \
            and not tokenizer().word_tag_tab.get(two, "").startswith("nr"):
        return True
    if not may_open_alone(text[i:i + 1], "d"):
        return False  # (no cut gives that character alone as an adverb: no need to segment the window)
    cut = tokens(text[i:i + 6])
    return len(cut) >= 2 and len(cut[0][0]) == len(cut[1][0]) == 1 and cut[0][1] == "d" and cut[1][1] == "v"


def _verb_after(text: str, j: int) -> bool:
    """Does jieba cut a verb (tag ``v``) of two characters or more at ``text[j]`` (带领, 介绍)?"""
    first = tokens(text[j:j + 6])[:1]
    return bool(first) and len(first[0][0]) >= 2 and first[0][1] == "v"


@lru_cache(maxsize=1)
def _people_words() -> tuple[str, ...]:
    """Words of people: the roles of ``roles.tsv`` and ``rules.GROUP_NOUNS`` of two characters or more."""
    return tuple(w for w in (*words("roles"), *rules.GROUP_NOUNS) if len(w) >= 2)


def _predicate_after_and(text: str, j: int) -> bool:
    """After a name's would-be conjunction 和 (``text[j - 1]``), does the clause go on as a predicate
    rather than a second conjunct: a verb of two characters or more (:func:`_verb_after`: 介绍; or a
    common verb of the dictionary starting the word jieba cuts, 主持|会议), an adverb (jieba ``d``: 正, 一直,
    随即) or a one-character preposition (``p``: 在) first, not followed by people (a role of ``roles.tsv`` or
    ``rules.GROUP_NOUNS``: 和参战民警, 和在场群众 join a group), and no 的 up to the clause's end
    (民警柯某和参与救援的群众, 和正在值班的民警: a relative clause, the conjunct's)?"""
    cut = tokens(text[j:j + 8])
    verb = _verb_after(text, j) or tokenizer().word_tag_tab.get(text[j:j + 2], "") == "v" \
        and dictionary_freq(text[j:j + 2]) >= rules.ROLE_VERB_FREQ
    if not cut or not (verb or len(cut[0][0]) == 1 and cut[0][1] == "p" or cut[0][1] == "d"):
        return False  # (一直, 随即, 在: an adverb of any length or a one-character preposition)
    if any(text.startswith(w, k) for k in range(j + 1, j + 5) for w in _people_words()):
        return False  # 所长柯某和|参战|民警, 和|在场|群众, 和|巡逻队员: a verb and the people it describes, a conjunct
    clause = _CLAUSE_RUN.match(text, j)
    return clause is not None and "的" not in clause.group()


def _elided_body(post: str, party: bool = False) -> str | None:
    """The body written at the start of ``post`` (``rules.ELIDED_BODIES``: 党组成员 → 党组, 政法委书记 →
    政法委), before a post of two characters or more (政法委员 is a post of its own, not 政法委 and
    员); with ``party`` only a party body (not 政治部); None when there is none."""
    return next((b for b in rules.ELIDED_BODIES if post.startswith(b) and len(post) - len(b) >= 2
                 and (not party or rules.ELIDED_BODIES[b] == "party")), None)


def _elided_kind(body: str, host: Mention) -> str:
    """The kind of the body ``body`` (``rules.ELIDED_BODIES``) written inside a post held in ``host``:
    its own (党组: party), else the host's (某院…政治部主任: the court's)."""
    return rules.ELIDED_BODIES[body] or dict(host.attrs).get("kind", "gov")


def _place_word_at(text: str, j: int) -> bool:
    """Does a word of two or three characters that the dictionary tags as a place name (``ns``:
    正阳, 同江, 都匀) start at ``text[j]``? Such a word says nothing of the character's use as an
    adverb or preposition (正, 同, 都), so after a post and a surname it may start the given name."""
    return any(tokenizer().word_tag_tab.get(text[j:j + L], "").startswith("ns") for L in (3, 2)
               if len(text[j:j + L]) == L)


def _function_word_at(text: str, i: int) -> bool:
    """Does a common preposition or conjunction (关于, 对于, 和平?) start at ``text[i]``?"""
    w = text[i:i + 2]
    return dictionary_freq(w) >= 1000 and tokenizer().word_tag_tab.get(w, "")[:1] in ("p", "c")


def _opens_phrase(text: str, i: int) -> bool:
    """Can a name start at ``text[i]``: the start, after punctuation or a function character,
    or right after a verb (贯彻, 陪同, 看望)?"""
    if i == 0 or not _CJK.match(text[i - 1]) or text[i - 1] in "的和与及对向由被将把在是为同跟给":
        return True
    toks = tokens(text[max(0, i - 4):i])
    return bool(toks) and toks[-1][1].startswith("v") and len(toks[-1][0]) >= 2 \
        and not (i >= 2 and dictionary_freq(text[i - 2:i + 1]) >= rules.WORD_FREQ)
    # (检察|官和法官: the character ends a word of three begun before it, 检察官, and starts no name;
    # 来到|任某某所长: a word of two, 到任, may be the verb's end and a surname)


def _closes_phrase(text: str, j: int) -> "bool | str":
    """Does the phrase end at ``text[j]``: the end, punctuation, a speech verb, a function
    character, or a word tagged preposition, verb, conjunction, adverb or time (关于, 强调, 在, 假期)?
    Returns ``"weak"`` for a one-character verb (作了), which needs a clause start before the name."""
    if j >= len(text) or not _CJK.match(text[j]) or text[j] in _AFTER_NAME or _SPEECH.match(text, j):
        return True
    toks = tokens(text[j:j + 4])
    if not toks or toks[0][1][:1] not in ("p", "v", "c", "d", "t"):  # t: 某某支队长假期期间…
        return False
    return True if len(toks[0][0]) >= 2 else ("weak" if toks[0][1][:1] == "v" else False)


def _modifier_before(ctx: Context, s, start: int) -> bool:
    """Is ``s.norm[:start]`` a clause start and a short modifier of the role at ``start`` (线路|民警,
    90后|民警, 女|民警): at most ``rules.MAX_ROLE_MODIFIER`` characters after punctuation, no verb,
    preposition or conjunction among them, and no unit or place written there?"""
    text = s.norm
    k = start
    while k > 0 and text[k - 1] not in _FOCUS_BEFORE and start - k <= rules.MAX_ROLE_MODIFIER:
        k -= 1
    if start - k > rules.MAX_ROLE_MODIFIER or not (k == 0 or text[k - 1] in _FOCUS_BEFORE):
        return False
    if text[k:start].startswith(rules.OUTSIDE_MODIFIERS):
        return False  # 外地民警, 兄弟单位民警: from elsewhere
    if any(m.start < s.start + start and s.start + k < m.end for m in ctx.in_sentence(s.index)
           if m.cls in (ORGANIZATION, PLACE)):
        return False
    return all(tag[:1] not in "vpcdr" for _, tag, _ in tokens(text[k:start]))


def _shared_post(post: str) -> bool:
    """Can several people hold ``post`` in one unit, so that a list of names after it shares it
    (副厅长甲、乙; 党委委员甲、乙)? A deputy post (``rules.DEPUTY_PREFIXES``) or a seat on a body
    (``rules.SEAT_POSTS``: 委员, 成员) or a grade of the staff (``rules.STAFF_POSTS``: 审判员,
    人民陪审员, 法官助理); 局长 and 所长 have one holder."""
    return post.startswith(rules.DEPUTY_PREFIXES) or post.endswith(rules.SEAT_POSTS + rules.STAFF_POSTS)


def _focus_unit(ctx: Context) -> Mention | None:
    """The unit an article is about, when there is one: the unit named most often (at least
    ``rules.FOCUS_UNIT_MENTIONS`` times, and more than twice as often as any other that is no
    parent of it), with no sub-unit of its own named in the article. A post or role written
    with no unit of its own in such an article is held in it (a profile of one station)."""
    if "focus_unit" in ctx.facts:
        return ctx.facts["focus_unit"]
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.cls == ORGANIZATION and not m.text.startswith(rules.ANAPHOR_DETERMINERS):
            counts[m.name] = counts.get(m.name, 0) + 1
            last.setdefault(m.name, m)
    best = None
    if counts:
        top = max(counts, key=lambda n: (counts[n], len(n)))
        others = [c for n, c in counts.items() if n != top and not top.startswith(n)]
        if counts[top] >= rules.FOCUS_UNIT_MENTIONS and all(counts[top] > 2 * c for c in others) \
                and not any(n != top and n.startswith(top) for n in counts):
            best = last[top]
    ctx.facts["focus_unit"] = best
    return best


@lru_cache(maxsize=1)
def _post_unit_endings() -> dict[str, tuple[str, ...]]:
    """Post → the endings of the units its holder heads (``heads`` in ``titles.tsv``: 所长 → 所, 政委 → 局 所
    支队), for the posts that have them; the first row of a post counts."""
    out: dict[str, tuple[str, ...]] = {}
    for r in table("titles"):
        if r.heads:
            out.setdefault(r.word, tuple(r.heads))
    return out


def _clause_unit(ctx: Context, s, start: int, post: str) -> Mention | None:
    """``在关押某类罪犯的一监区，副监区长某某…``: the unit that closes the clause right before the post at
    ``s.norm[start]`` (after its comma), when it is of a kind the post heads (``heads`` in ``titles.tsv``:
    副监区长 → 监区), else None."""
    suffix = _post_unit_endings().get(post)
    if suffix is None:
        return None
    return max((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end - s.start == start - 1 and o.name.endswith(suffix)),
               key=lambda o: o.end - o.start, default=None)


def _unit_in_focus(ctx: Context, s, post: str, before: int | None = None) -> Mention | None:
    """``所长沈某带着…``: a post with no unit written before it heads the last unit of a kind it
    heads (``heads`` in ``titles.tsv``: 所长 → 所, 政委 → 局 所 支队) that opens the paragraph
    (:func:`_paragraph_topic`, when no person's unit of the paragraph is one), else named in this or the
    previous ``rules.FOCUS_SENTENCES`` sentences — unless that one is named once and another of
    the kind at least ``rules.FOCUS_UNIT_MENTIONS`` times (a partner named near the post in a
    profile of one station); failing that, the unit of such a kind that the article has named
    most often before it, if at least ``rules.HOST_UNIT_MENTIONS`` times (a profile of one 戒毒所
    whose 所长 speaks late in the text). Units of the post's own sentence count only when they
    end before ``before`` (a document offset), when given."""
    suffix = _post_unit_endings().get(post)
    if suffix is None:
        return None
    return _unit_of_paragraph(ctx, s, suffix, before) or (before is not None and _paragraph_topic(ctx, s, before, suffix)) \
        or _unit_of_kind(ctx, s, suffix, before)


def governed_word(text: str, i: int) -> bool:
    """Is ``text[i]`` a surname that is also a preposition, verb or adverb (``rules.FUNCTION_SURNAMES``)
    and the two characters after it a word it governs (of its tags and least frequency in jieba's
    dictionary; never one tagged nr): 向|记者, 赴|宁波, 于|近日, 曾|多次 — not 向|东林, 于|和平?"""
    if text[i:i + 1] in rules.PREPOSITION_SURNAMES and text[i + 1:i + 2] in rules.LEVEL_CHARS \
            and text.startswith(longest_first("bare_agencies"), i + 2):
        return True  # 组长由|省司法厅副厅长某某担任: a preposition, then a bare agency (省司法厅), no name 由省
    if text[i:i + 1] not in rules.FUNCTION_SURNAMES:
        return False
    tags, least = rules.FUNCTION_SURNAMES[text[i]]
    w = text[i + 1:i + 3]
    tag = tokenizer().word_tag_tab.get(w, "")
    return len(w) == 2 and dictionary_freq(w) >= least and not tag.startswith("nr") and (
        not tags or (tag in tags if isinstance(tags, tuple) else tag[:1] in tags))


def _unit_of_paragraph(ctx: Context, s, suffix: tuple[str, ...], before: int | None) -> Mention | None:
    """``所长甲告诉记者，…。”教导员乙说``: the unit a person named earlier in the paragraph (before
    ``before``, a document offset, in ``s``) belongs to, when its name ends in one of ``suffix``
    — posts written bare in one paragraph speak of one unit — or None (the last one, when several)."""
    first = paragraph_start(ctx, s.index)
    found, seen = None, 0
    for st in ctx.statements:
        if st.predicate == "belongsTo" and st.subject.cls == PERSON and first <= st.subject.sentence <= s.index \
                and (before is None or st.subject.end <= before) and isinstance(st.object, Mention) \
                and st.object.cls == ORGANIZATION and st.object.name.endswith(suffix):
            found, seen = st.object, st.subject.end
    if found is not None and any(m.cls == ORGANIZATION and m.name.endswith(suffix) and m.name != found.name
                                 and m.sentence == s.index and seen <= m.start and (before is None or m.end <= before)
                                 and _opens_clause(ctx, m) for m in ctx.mentions):
        return None  # 甲局局长某某…。乙局成立以副局长某某为组长…: a unit of the kind named since, in the post's sentence
    return found


#: A time phrase opening a paragraph's first clause (近日，, 今年7月，, 3月15日，): the topic is in the next clause.
_OPENING_TIME = re.compile(r"(?:近日|日前|近期|目前|当前|今年以来|今年|去年|\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚)?(?:以来)?)?")


def _paragraph_topic(ctx: Context, s, before: int, endings: tuple[str, ...]) -> Mention | None:
    """``第三检察部聚焦经济犯罪。主任某某介绍…`` (``位于县城的某派出所辖区…。所长某某…``): the unit that
    opens the paragraph of sentence ``s`` (the first unit of its first clause, that clause's subject or
    place: nothing, 在, a modifier ending in 的 or an agent's 由 before it, and no subordinate clause,
    ``rules.SUBORDINATE_ENDS``; after a time phrase alone, ``_OPENING_TIME``, the next clause's),
    when its name ends in one of ``endings`` and no other unit is named in the paragraph before
    ``before`` (a document offset; the unit's own parent, written in its name, does not count); else None."""
    first = paragraph_start(ctx, s.index)
    opening = ctx.sentences[first]
    clauses = re.split("[，,；;：:]", opening.norm, maxsplit=2)
    skip = len(clauses[0]) + 1 if len(clauses) > 1 and _OPENING_TIME.fullmatch(clauses[0]) else 0
    clause = clauses[1] if skip else clauses[0]  # 近日，某所…: the clause after the time phrase
    units = [m for m in ctx.mentions if m.cls == ORGANIZATION and first <= m.sentence <= s.index
             and (m.sentence < s.index or m.end <= before)]
    topic = min((m for m in units if m.sentence == first and skip <= m.start - opening.start
                 and m.end - opening.start <= skip + len(clause)), key=lambda m: (m.start, -m.end), default=None)
    if topic is None or not topic.name.endswith(endings):
        return None
    lead = opening.norm[skip:topic.start - opening.start]
    if lead and lead != "在" and not lead.endswith(("的", "由")) or clause.endswith(rules.SUBORDINATE_ENDS):
        return None  # (接到甲所通报后，所长…; 乙大队移交线索后，…: the unit is no subject of the paragraph)
    if any(m.name != topic.name and not topic.name.startswith(m.name) for m in units):
        return None  # (another unit named since: the post may be its)
    return topic


@lru_cache(maxsize=1)
def _section_parents() -> dict[str, tuple[str, ...]]:
    """Unit word → the kinds of unit that hold it (``units.tsv`` parents; 执行局 → court), for the
    words that sit in a unit of a named kind (not in a place, ``-``, nor in any unit, ``*``)."""
    return {r.word: tuple(r.parents) for r in table("units") if r.parents and not {"-", "*"} & set(r.parents)}


def _sole_subject(ctx: Context, s, at: int) -> Mention | None:
    """The one person named in sentence ``s`` before ``s.norm[at]`` (its mentions all of one name),
    when the first mention opens the sentence or a clause (柯某从警校毕业，被分配到…, 2021年，柯某被选派到…):
    the subject of a later clause that names none; else None."""
    before = [p for p in ctx.in_sentence(s.index, PERSON) if p.end - s.start <= at]
    if len({p.name for p in before}) != 1:
        return None
    first = before[0]
    return first if first.start == s.start or s.norm[first.start - s.start - 1] in "，," else None


def _opens_clause(ctx: Context, unit: Mention) -> bool:
    """Does the unit mention open its clause as its subject (…。|某局成立…, 案发后，|某局…): at the
    sentence's start or after a clause mark, and followed by no list mark, 等 or 的 (不是 在某局的
    部署下, 甲局、乙局等单位负责人)?"""
    s = ctx.sentences[unit.sentence]
    a, b = unit.start - s.start, unit.end - s.start
    return (a == 0 or s.norm[a - 1] in "，,；;：:") and s.norm[b:b + 1] not in ("、", "和", "及", "与", "等", "的")


def _partner(ctx: Context, m: Mention) -> bool:
    """Is unit ``m`` written right after a verb of working together (``rules.SIBLING_VERBS``: 联合, 会同),
    the partner of the clause's subject?"""
    sent = ctx.sentences[m.sentence]
    return sent.norm.endswith(rules.SIBLING_VERBS, 0, m.start - sent.start)


def _unit_of_kind(ctx: Context, s, suffix: tuple[str, ...], before: int | None = None,
                  window: bool = True) -> Mention | None:
    """The unit whose name ends in one of ``suffix`` that a post or role with no unit of its own
    belongs to (see :func:`_unit_in_focus`); ``window``: prefer the last one named nearby. An anaphor
    alone (该院) counts for nothing; a unit written after one (该院第一检察部) does."""
    best = None
    counts: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.cls == ORGANIZATION and m.sentence <= s.index and m.name.endswith(suffix) \
                and not (m.text.startswith(rules.ANAPHOR_DETERMINERS) and not dict(m.attrs).get("short")) \
                and (before is None or m.sentence < s.index or m.end <= before):
            if window and m.sentence >= s.index - rules.FOCUS_SENTENCES:
                best = m
            counts[m.name] = counts.get(m.name, 0) + 1
            latest[m.name] = m
    if not counts:
        return best
    name = max(counts, key=lambda n: (counts[n], latest[n].sentence, latest[n].start))
    if best is not None and counts[best.name] == 1 and counts[name] >= rules.FOCUS_UNIT_MENTIONS:
        return latest[name]  # 派出所联合某司法所…，副所长某某: the station the article is about
    if best is not None and best.name != name and counts[best.name] == 1 and counts[name] >= rules.HOST_UNIT_MENTIONS \
            and _partner(ctx, best):
        return latest[name]  # 某大队…联合某局路政大队…。大队教导员某某: the partner named once is not in focus
    if best is None and counts[name] >= rules.HOST_UNIT_MENTIONS:
        best = latest[name]
    return best


#: 以某某为组长、某某为副组长的…专案组: the frame naming a task force's leaders (``_task_force_leaders``).
_TASK_FORCE_LEADER = re.compile(rules.TASK_FORCE_LEADER)
_TASK_FORCE_LED_BY = re.compile(rules.TASK_FORCE_LED_BY)
