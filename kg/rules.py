"""Closed word classes and numeric thresholds of the extractors' grammar, in one place.

Open word classes (unit words, posts, roles, modifiers, national bodies, surnames) are the
tables of ``kg/lexicons/`` (see :mod:`kg.lexicon`). What is here is the small, closed part of
the grammar: function characters, pronouns and determiners, generic words that never name
anything, the character sets of division levels, and the thresholds on jieba's dictionary
frequencies and on lengths. Sources: general knowledge of Chinese function words and of the
naming of administrative divisions (GB/T 2260); the frequencies are those of jieba's bundled
dictionary (``dict.txt``, total ≈ 6·10⁷).
"""
from __future__ import annotations

import re

# ----------------------------------------------------------------------------- shared
#: Level characters that end a division name (江城市, 旬邑县, 临夏州).
LEVEL_CHARS = "省市县区州旗盟"
#: Han numerals that number a unit (一中队, 第三大队).
NUMERALS = "一二三四五六七八九十"
#: Endings of road names; a station named after a road (和兴路派出所) and a division name
#: followed by one (中山路) are read as roads.
ROAD_ENDINGS = ("路", "街", "巷", "大道")

# ----------------------------------------------------------------------------- organizations
#: Characters that end a unit name on the left (function words, pronouns, punctuation).
ORG_STOP_CHARS = frozenset("的在于到是和与及、，,。；;：:从赴往至了被将把为对向由等并同该各全每其我你他她它们这那此个以兼"
                           "“”‘’《》（）()【】 \n")
#: Words of a task's name holding a stop character that there stops nothing (网络安全保卫局, 财产保全组).
STOP_CHAR_WORDS = ("安全", "保全")
#: Words that are never a unit's own name (辖区派出所, 全市公安机关, 基层法院).
GENERIC_NAMES = frozenset("社区 辖区 当地 基层 各级 全市 全县 全省 全区 全旗 全盟 全镇 全乡 我们 上级 有关 相关 属地 本地 外地 "
                          "所在 附近 周边 辖内 市县 县市 县区 市区 省市 两级 三级 各级 市级 县级 省级 地方 一线 专门 部分 多个 街道 "
                          "一个 一处 几个 这个 当天 今年 去年 近日 目前 记者 民警 警方 公安 政府 机关 基层党 村级 乡级 镇级 区级 乡镇级 代表".split())
#: Generic names that do name a unit between two unit words (钟鼓楼社区党支部).
GENERIC_NAMES_IN_CHAIN = frozenset({"社区", "街道"})
#: Words that, inside a would-be name, show it is not one (记者 in 记者从江城市公安局…; a court's
#: procedure in a headline: 某法院一审判决一起证券…案, where jieba reads 一审判决 as a name).
NOT_IN_UNIT_NAME = ("记者", "民警", "判决", "宣判", "审结", "一审", "二审", "终审", "大楼", "办公楼")
#: jieba tags a proper name inside a unit name may carry (place, person, other proper noun, …).
NAME_TAGS = frozenset("ns nr nz nt j m nrt nrfg eng".split())
#: Verbs of conferring an honour after its giver (被最高人民法院授予…): the giver is no topic of the text.
CONFERRING_VERBS = ("授予", "评为", "命名为", "表彰为", "确定为", "认定为", "记")
#: Unit words written short for a longer one (某州禁毒办 for 某州禁毒委员会办公室, 某县妇联 for 某县妇女联合会): in
#: an article writing both with the same place, the short name is the long one's (resolve._short_unit_names).
ABBREVIATED_UNITS = {"禁毒办": "禁毒委员会办公室", "妇联": "妇女联合会", "关工委": "关心下一代工作委员会",
                     "残联": "残疾人联合会", "调委会": "人民调解委员会"}  # (工商联: units.tsv writes it in full)
#: The unit words of a court of no level: after a province alone (甲省法院, 北京市人民法院) they name the
#: province's courts, no unit (its own court is the 高级人民法院)…
PROVINCE_COURT_SYSTEM = ("法院", "人民法院")
#: …unless a post or a division of it follows (陕西省法院党组书记、院长某某): then the province's own court.
PROVINCE_COURT = "高级人民法院"
#: A division's government (某市人民政府, 某县政府): its offices are the division's own, written with it or not
#: (旬邑县口岸管理办公室 = 旬邑县人民政府口岸管理办公室; resolve._written_shorter).
GOVERNMENT_WORDS = ("人民政府", "政府")
#: Unit words that end longer common words (中小学, 大中学): after a character that makes such a word
#: (jieba frequency ≥ WORD_FREQ), they name no unit.
UNIT_WORDS_IN_WORDS = ("小学", "中学", "大学")
#: A list's title opening so is proposed, not conferred (拟录用…名单, 建议表彰…名单), and one holding these
#: words names no honour (录用, 招录, 候选: 2024年度拟录用公务员名单).
PROPOSED_TITLE_STARTS = ("拟", "建议", "推荐")
NOT_HONOUR_LIST_WORDS = ("录用", "招录", "候选", "考察", "公示")
#: Kinds of site closing a list after 等 (在甲、乙等热门景区; also 等地 before a clause mark): its items are places,
#: no persons (not 等在景区执勤, 等国家工作人员, 等林区干部: persons).
SITE_LIST_WORDS = ("景区", "景点", "地区", "乡镇", "口岸", "城市", "省份", "港口", "海域", "牧区", "目的地", "县市")
#: Words that may stand between 等 and the kind of site (等热门景区, 等边境口岸).
SITE_LIST_MODIFIERS = ("热门", "著名", "知名", "重点", "旅游", "边境", "偏远", "沿海", "周边")
#: Words after a kind of site that make it a modifier of persons (等地区干部): the list is of persons.
SITE_LIST_PERSONS_AFTER = ("干部", "民警", "人员", "工作人员", "群众", "居民", "村民", "代表", "领导")
#: Verbs that give a person's name (这名民警叫某某，…; 队长名叫某某): longest first.
NAMING_VERBS = ("名叫", "叫做", "名字叫", "叫")
#: Rooms of a unit, written after it as a section would be (某院第三会议室, 某办值班室): places, no sections.
ROOMS = ("会议室", "值班室", "接待室", "接访室", "讯问室", "审讯室", "候问室", "监控室", "会见室", "休息室", "阅览室")
#: Police of another system than a place's bureau, written between a place and 公安 (长江某段港航公安).
OTHER_POLICE_SYSTEMS = ("港航", "航运", "铁路", "地铁", "机场", "民航", "森林", "海关", "海警")
#: Collective words for the police of a place (江城公安 → 江城市公安局); not units of their own.
POLICE_COLLECTIVE = ("公安", "公安机关")
#: First characters that make a would-be name a quantifier (各县区党委: every such body).
DISTRIBUTIVES = ("各", "全", "该", "本", "我", "每")
#: Those of them that open a list of bodies every place of a kind has (各设区市公安局、团市委).
LIST_DISTRIBUTIVES = ("各", "每")
#: Words before a company or school that make it a kind, not a name (一家保健品公司).
KIND_QUANTIFIERS = ("一家", "一个", "这家", "那家", "多家", "一所", "某", "该", "各")
#: Counts written between a place and a unit word that make it one (two …) unnamed unit of that
#: place (江城一派出所获评…, 江城两法院入选…), not a unit named 一; numbered units (一大队) stay.
COUNTED_BEFORE_UNIT = frozenset("一 两 二 三 四 五 六 七 八 九 十 几 多".split())
#: Unit words that are numbered (一大队, 三中队, 二监区, 一庭): a count before them is their number.
NUMBERED_UNIT_WORDS = ("队", "监区", "科", "庭", "组", "处", "室")
#: Merit awards of the commendation rules, whole honours in themselves (记集体一等功（3个）:
#: the count of a list of them; 先进集体（5个）: a category of a longer title).
MERIT_AWARDS = ("一等功", "二等功", "三等功", "嘉奖")
#: Verbs of commendation that may follow an honour verb as one act (命名表彰).
COMMENDING_VERBS = ("表彰", "命名")
#: Characters that make a name before a unit word a model to follow (雷锋式警务室, 枫桥式), not a person's.
MODEL_SUFFIXES = frozenset("式型")
#: Office words a unit named after a person ends in, longest first (“柯远舟警务室”, “罗晓东调解工作室”).
PERSON_NAMED_OFFICES = ("调解工作室", "警务工作室", "工作室", "警务室", "警务站", "调解室")
#: Verbs that give an honour only as ``<verb><recipient>为<title>`` (命名甲为“…”, 批准其为烈士, 评定乙为烈士,
#: 追认丙为…): without the recipient and 为 they name or approve something else (经批准成立…).
HONOUR_NAMING_VERBS = ("命名", "批准", "评定", "追认")
#: Words that start with 为 after the recipients of an honour verb, where 为 is no link to the
#: title (为人民服务, 为民).
WORDS_OPENED_BY_WEI = ("为人民", "为民", "为群众")
#: What follows such a word when 为 opens a title of service (命名甲为民服务标兵, 为群众办实事…).
SERVICE_AFTER_WEI = ("服务", "办事", "办实事", "解忧", "解难")
#: Awards written after the body that gives them (受到公安部通报表扬, 荣获某局嘉奖): the body confers, the
#: award is the title (not 某市公安机关先进集体: a title of its own).
BODY_NAMED_AWARDS = ("通报表扬", "通报嘉奖", "嘉奖", "表彰", "通报表彰")
#: Units of a vertical police body named after the city they sit in (江城公安处 of 江城铁路公安局):
#: written with the city alone, they are that body's (the last one the article names) → its ending.
VERTICAL_DIVISIONS = {"公安处": ("铁路公安局",)}
#: Characters after which a bare agency (市公安局) may start.
BARE_AGENCY_BEFORE = frozenset("的在和与及、是对向为由从到经被将把让给任据兼了选请找")  # (当选|市律协会长)
#: The Communist Youth League's committee of a level written bare (团县委, 团市委, 团区委): the character before
#: the level's 委, and the full form's opening (共青团旬邑县委: the league's committee of the article's county).
YOUTH_LEAGUE_BEFORE, YOUTH_LEAGUE = "团", "共青团"
#: Branch words that forest, railway and port police name after a township (满归分局 of a forest
#: police bureau, in an article that names 满归镇): the township's stem names the branch even where
#: jieba reads it as no name (满归: a verb).
TOWN_NAMED_BRANCHES = ("分局",)
#: Verbs by which a unit sends its own units (某大队调派甲、乙两个消防救援站: the stations are the brigade's).
DISPATCH_VERBS = ("调派", "调集", "调动", "抽调", "安排")
#: A bare police unit word → the division level (GB/T 2260) whose bureau holds such units: 禁毒支队 in a
#: sentence naming 某市公安局 is that prefecture's bureau's, 刑侦大队 after 某县公安局… that county's.
UNIT_BUREAU_LEVEL = {"支队": "prefecture", "大队": "county"}
#: The word of the bureau that holds the units of UNIT_BUREAU_LEVEL.
LEVEL_BUREAU = "公安局"
#: Words ending the police bodies whose branch brigades (刑侦大队, 交警大队) are theirs (not a 公安处's, a 支队's).
POLICE_BUREAU_WORDS = ("公安局", "分局")
#: Verbs that send someone or a unit (某检察院指派|第二检察部检察官, jieba tags 指派 and 委派 as nouns):
#: no part of a unit's name inside a chain.
SENDING_VERBS = DISPATCH_VERBS + ("指派", "委派", "选派", "派驻")
#: Verbs that list a unit next to another or send units (会同县公安局, 联合治安大队, 调集某派出所).
LIST_VERBS = ("会同", "联合", "配合", "协同", "联系", "协调", "会商", "报请", "移送", "提请") + DISPATCH_VERBS
#: Verbs whose object is the unit told or handed something (并报告派出所, 移交派出所): before a unit
#: word such a verb names no task of the unit (jieba tags 报告 a noun).
ADDRESSING_VERBS = ("报告", "通报", "移交", "通知", "告知", "求助", "报案")
#: Verbs after which a bare unit is a sibling of the unit before (网安大队联合治安大队).
SIBLING_VERBS = ("联合", "会同", "协同", "配合")
#: Conjunctions between a unit and a partner it works with (派出所与某中心建立机制): the partner is no sub-unit.
PARTNER_CONJUNCTIONS = frozenset("与和同及跟")
#: A gap between two unit words that starts with one of these is not a name.
PREPOSITIONS = tuple("以在对向为从由把被将与和及到于并")
#: Unit endings an anaphor may stand for (该支队, 该所).
#: Determiners of an anaphoric unit (该支队, 这支大队, 该警务队: the last unit read with that ending).
ANAPHOR_DETERMINERS = ("该", "这支", "这个", "这家", "这所")
#: Unit endings written bare before a post at a clause start for the unit just named (…法律援助中心。
#: 中心主任柯某…; …公证处。处里…; 厅党委委员、政治部主任柯某): the post is held in the last unit
#: ending so (kg/extract/persons.py).
BARE_UNIT_WORDS = ("中心", "总队", "处", "室", "站", "厅", "局", "院")
#: Generic words for a unit's department, written bare or after 该 for the one in focus (第五检察部…。部门副主任
#: 某某; 该部门主任某某): the word → the endings of the units it may stand for.
DEPARTMENT_WORDS = {"部门": ("部", "科", "处", "室", "庭")}
#: Characters of division levels, never inside a unit anaphor's descriptive word (该市公安局 is a chain).
LEVEL_CHARS_ALL = "省市县区州盟旗镇乡村"
#: Longest unit ending after an anaphor's determiner (该派出所); a longer mention (该局经济犯罪侦查支队)
#: names a unit of its own.
MAX_ANAPHOR_HEAD = 3
ANAPHOR_HEADS = ("局", "支队", "大队", "中队", "所", "院", "委", "队", "站", "分局", "派出所", "中心", "狱", "科", "庭", "室", "部", "厅",
                 "支行", "分行", "处", "部门", "校", "委员会")  # (该支行: a bank branch; never 该行, which opens 该行为; 该部门, 该校:
# DEPARTMENT_WORDS, SCHOOL_ANAPHOR_HEAD; 该委员会: not 该委 and 员)
#: The anaphor head that stands for the school in focus (该校: the last unit of a school's word of units.tsv,
#: 中学, 小学, 学院, 教育中心 …, or ending in 学校).
SCHOOL_ANAPHOR_HEAD = "校"
#: Characters after an anaphor's head that make it another word (该处理, 该处罚决定, 该处所: no 处 of a
#: unit; 该处 alone may still be "that spot", so it names only a unit ending in 处 named before).
ANAPHOR_HEAD_NOT_BEFORE = {"处": "理罚置分所", "校": "验正准对"}
#: Unit words after 我 that name the unit issuing the text (我局指挥中心, 我院, 我分局: a 警情通报's or a
#: court's own voice), longest first; FIRST_PERSON_NOT_AFTER: characters after them that make 我所 (我站)
#: the pronoun and a verb (我所在的, 我所知, 我站在).
FIRST_PERSON_UNITS = ("分局", "支队", "大队", "中队", "中心", "局", "院", "所", "队", "站", "处", "厅")
#: The words of a text's own voice before those unit words: 我局, 本局 (本院审结…, 本局指挥中心接警…).
FIRST_PERSON = ("我", "本")
FIRST_PERSON_NOT_AFTER = frozenset("在说知做能有属以谓想见用")
#: Endings of the sections a unit lists as its own after 下设 / 内设 (某院执行局下设甲庭、乙庭; 内设5个
#: 科室：办公室、甲科…), beside the unit words of units.tsv.
LISTED_UNIT_ENDS = ("庭", "科", "处", "股", "所", "站", "队", "部", "中心", "办")  # (not 室, 组: 设有会见室、
# 提讯室 are rooms; 工作组 may be a passing team)
#: Anaphor endings that fall back to the last unit of any ending (该局 with no 局 read before).
ANAPHOR_ANY_UNIT = ("局", "队", "所", "院")
#: Bare units at a clause start that name the unit in focus (大队被公安部评为…).
BARE_SUBJECT_UNITS = ("大队", "支队", "中队", "市局", "县局", "州局", "盟局", "省厅", "分局", "派出所")
#: Sub-units that may follow such a bare unit, which then stands for the unit in focus
#: (支队技术大队: the article's 支队's 技术大队; 市局指挥中心: the city's bureau's 指挥中心).
BARE_SUBJECT_SUBUNITS = ("大队", "中队", "支队", "总队", "局", "中心")
#: Sections that may follow such a bare unit at once (市局办公室) or after a name of two to four
#: characters (市局警务保障处, 市局法制处): the unit in focus's section.
BARE_SUBJECT_OFFICES = ("办公室", "政治部")
BARE_SUBJECT_SECTIONS = ("处",)
#: What may follow such a bare subject.
BARE_SUBJECT_CUES = ("被", "先后", "连续", "曾", "荣", "获", "共", "组建", "成立", "破获", "民警", "全体", "党委", "局长", "副局长",
                     "政委", "政治处", "政治部")
#: Characters after a national body's name that make it a generic word (公安部门 is not 公安部,
#: 教育部门 not 教育部, 中国银行业 not 中国银行).
GENERIC_AFTER_BODY = ("门", "业")
#: Longest line of a list (名单) under a heading that may be a row the grammar cannot read
#: without ending the list.
MAX_ROW = 40
#: Names written before a place's committee (省委, 市委) that make it another body's committee
#: than the party's (共青团云南省委, the Communist Youth League's).
PARTY_BODY_PREFIXES = ("共青团",)
#: The party's names written before its committees (中共广元市委, 中国共产党青川县委员会): the
#: committee's name as printed, with them, is an alias.
#: A unit's party committee written in full after the party's name (中共某市公安局委员会) and as the
#: papers name it (某市公安局党委): the word written, the name given.
COMMITTEE_WORD = "委员会"
UNIT_PARTY_COMMITTEE = "党委"
PARTY_NAMES = ("中国共产党", "中共")
#: Forces written before a place and a unit word of their own (武警江城总队, 武警青柳支队): the unit
#: is the force's, named as written (no city bureau's 支队, no 江城市).
FORCE_PREFIXES = ("武警",)
FORCE_UNITS = ("总队", "支队")
#: 院 after a level character (市院, 县院: bare_agencies.tsv) is that level's 人民检察院 only in an article that
#: names procuratorates more often than courts (检察院 against 法院 in its text): procuratorates' usage;
#: in a court's news 市院 is the court (kg/extract/organizations.py, _bare_agency_heads).
SHORT_YUAN = "院"
#: Words before a person who is the subject of a later 免去其…职务 in the sentence (任命甲为…，免去其…); a
#: person at a clause's start is one too (kg/extract/persons.py, _removed_from_them).
APPOINTING_VERBS = ("任命", "决定任命", "提请任命", "批准任命", "撤销")
#: What 记 records right after a name (某某记个人二等功, 某某记嘉奖一次): the verb 记 and its award, so 记 is no
#: last character of the name (kg/extract/persons.py, name_at).
RECORDED_AWARDS = ("个人", "集体", "一等功", "二等功", "三等功", "嘉奖", "大功")
#: Bodies whose committee holds the seats 审判委员会委员 and 检察委员会委员 (kg/extract/persons.py,
#: _committee_holder): a seat written after a division's post is the court's (procuratorate's).
COMMITTEE_HOLDERS = ("法院", "检察院")
#: The mark before a run of units and posts before a name that says they are former ones (原某局局长某某).
FORMER_MARK = "原"
#: The former mark as a copula before the run of a relative clause (原任某局副局长的某某): the same.
FORMER_COPULA = "原任"
#: Adverbs of tense that open a copula after a dotted name (柯远·买买提|曾任, …|现任, …|历任): cut from the
#: name's last part; other characters before 任 end the name (柯远·沙吾提|任, not 提任).
TENSE_BEFORE_COPULA = frozenset("曾现历")
#: Surnames that are also conjunctions (和, 与 is none): before a township's full name (委员和|太村镇居民) the
#: conjunction, no name.
CONJUNCTION_SURNAMES = frozenset("和及")
#: Conjunctions that open no township's name between two units (某大队或城关派出所: two units, either one).
GAP_CONJUNCTIONS = frozenset("或及")
#: A prefecture's fire and rescue detachment (某市消防救援支队): a county's 大队 before a 消防救援站 is its brigade.
FIRE_DETACHMENT = "消防救援支队"
#: Units a provincial bureau names after a prefecture (某省公安厅高速公路交通警察总队宝鸡支队, 某总队咸阳支队): one written
#: later as the prefecture's short name alone (咸阳支队) is the same bureau's (organizations._prefecture_sibling_parent).
PREFECTURE_NAMED_UNITS = ("支队",)
#: Words after a city's name that open a unit of the city's own (咸阳市公安局, 咸阳市消防救援支队, 咸阳交警): with one in
#: the sentence, a bare 咸阳支队 may be the city's, not the provincial bureau's.
CITY_FORCE_WORDS = ("公安", "消防", "交警")
#: Characters that with 任 right after them make a copula, not the end of a given name before 任
#: (柯远|曾任, 柯远|现任, 柯远|历任, 柯丽|挂任: a secondment).
COPULA_OPENERS = TENSE_BEFORE_COPULA | frozenset("挂")
#: Verbs of a move right after a name (<unit><post>某某调任<unit><post>): the posts and units written
#: before the name were held until the move (kg/extract/persons.py, _moved).
MOVING_VERBS = ("调任", "转任", "交流任职", "升任", "提任", "改任")  # (调往灾区支援, 调入专案组: a secondment)
#: Words of a class or id naming a web page's frame around its article (<div class="share">,
#: <div class="related">, <div id="footer">, <ul class="side-nav">): such a block and all inside it is
#: no part of the article (kg/ingest.py, _blank_chrome), as <footer> and <aside> are not.
PAGE_CHROME_WORDS = frozenset(("share", "related", "footer", "copyright", "sidebar", "side", "comment", "comments",
                               "recommend", "breadcrumb", "crumb", "nav", "navbar", "menu", "toolbar", "pager",
                               "pagination", "friendlink", "links"))
#: Verbs opening a clause of a career told in a sentence (她考入某院，…; 两年后，他调任某队，…): the unit
#: right after one is where the posts written bare later in the sentence are held (kg/extract/persons.py,
#: _career_clauses); after those of CAREER_JOINING_VERBS the subject belongs to it (考入: a school too).
CAREER_ENTRY_VERBS = ("被分配到", "分配到", "交流到", "交流至", "调任", "调到", "调至", "调入", "进入", "考入", "考录到", "回到")
CAREER_JOINING_VERBS = ("被分配到", "分配到", "交流到", "交流至", "调任", "调到", "调至", "调入", "考录到")  # (进入某院: a
# witness or a lawyer too; the posts after it place the person)
#: Verbs of a move after ``从<unit><post>`` (某某从甲队副大队长调任乙所所长: the post left is ended).
CAREER_MOVE_VERBS = ("调任", "升任", "转任", "交流到", "交流至", "调到", "调至", "调入", "提拔为", "晋升为", "改任")
#: Copulas opening such a clause, then a run of posts joined by 、, each after its unit or bare (…，先后担任
#: 某队一中队中队长、某队副大队长; …，曾任该部副主任; …也从一名战斗员成长为班长、副站长).
CAREER_POST_VERBS = ("先后担任", "先后任", "历任", "曾任", "后任", "现任", "升任", "担任", "出任", "任", "成长为", "干到")
#: Adverbs between a clause's start and its verb (…，随后调任…; …，先在某所当民警).
CAREER_CLAUSE_ADVERBS = ("随后", "后来", "此后", "之后", "先后", "先", "后", "又", "再", "也", "还", "并", "曾", "则", "便")
#: Verbs of saying between a person and 免去其: the person announces or reports the removal of
#: someone else (局长某某宣布，免去其…).
ANNOUNCING_VERBS = ("宣布", "宣读", "了解", "通报", "介绍", "表示", "说", "称", "透露", "指出")
#: The body whose term (第十八届) is no part of its canonical name (kg/extract/organizations.py, _TERM).
PEOPLES_CONGRESS = "人民代表大会"
#: Header cells of a table that name no unit or post held now (原单位, 原职务, 拟任职务; persons.headed_cells).
NOT_CURRENT_COLUMN = ("原", "拟", "前")
#: National systems whose regional bodies are named with the system first (民航西南地区管理局, 民航四川
#: 安全监督管理局, 民航云南公安局): the body's name begins with it, the place is no body's seat
#: (kg/extract/organizations.py, _emit).
SYSTEM_PREFIXES = ("民航",)
#: Names written before a place's 委员会 that make it another body's committee, and the word that
#: body's committee is named by after its place (中国人民政治协商会议青川县委员会 → 青川县政协; the
#: form as printed is kept as an alias).
COMMITTEE_BODIES = {"中国人民政治协商会议": "政协", "政协": "政协"}
#: Police branch words named after a city's district (霞山分局): the branch of that city's bureau
#: (湛江市公安局霞山分局), by the GB/T 2260 parent of the district.
DISTRICT_BRANCHES = ("分局", "公安分局")
#: Bare units resolved under the document's bureau when no earlier unit has their ending.
BARE_UNIT_SUFFIXES = ("总队", "支队", "大队", "中队", "中心")
#: How often the article must name a unit for a sub-unit written alone after a descriptive
#: word (心理矫治中心) to be read as its sub-unit (``organizations._host_unit``).
HOST_UNIT_MENTIONS = 2
#: Verbs of setting up a unit, after which a descriptive word and a unit word name a new
#: sub-unit of the subject (建成心理矫治中心, 下设执法办案中心).
FOUNDING_VERBS = ("建成", "成立", "设立", "组建", "建立", "设有", "下设", "成立了", "建立了", "设立了")
#: Units a unit founds as its own (某局组建合成作战中心, 成立禁毒大队): standing units, not ad-hoc groups
#: (专班, 专案组, 工作组).
FOUNDED_UNITS = BARE_UNIT_SUFFIXES
#: Verbs of forming a body out of others (…和某派出所组成工作专班): founding verbs and 组成.
FORMING_VERBS = FOUNDING_VERBS + ("组成",)
#: Verbs of changing units (某局调整派出所领导, 撤并警务室): no unit is named by them (新建, a district's
#: name too, is left out).
REORGANIZING_VERBS = FOUNDING_VERBS + ("调整", "撤销", "撤并", "整合", "合并", "改建", "增设", "新设", "优化", "充实",
                                       "重组", "裁撤", "升级", "改造", "规范化", "标准化")
#: A post in a list after a colleague's (某法庭庭长甲、法官助理乙) is held in the colleague's unit,
#: unless it is a party post or a posting, which name bodies of their own (所长甲和驻村第一书记乙),
#: or a rank.
PARTY_POST_ENDS = ("书记", "委员")
#: Seats on a court's or procuratorate's committee, held in that court (某院审委会委员甲、审委会专职委员乙):
#: no party posts, though they end in 委员.
COURT_COMMITTEE_SEATS = ("审委会", "检委会", "审判委员会", "检察委员会")
#: Commanders' posts ending in 委员 that are no party seats (支队长甲、政治委员乙: the 支队's).
COMMAND_POSTS_IN_WEIYUAN = ("政治委员", "副政治委员")
POSTED_IN = ("驻",)
#: A contest's prizes (honors.tsv: 个人一等奖, 团体三等奖) and who holds them: the words of the event
#: before the holder (手枪速射|个人一等奖) are none of the prize's name.
PRIZE_ENDINGS = ("等奖",)
PRIZE_HOLDERS = ("个人", "团体")
#: Prepositions of place after a one-character verb of posture or motion (站在, 走到, 坐于, 跑向): the verb
#: starts a clause. Verbs only that no name part ends with (not 拉: 阿不都拉|在).
PLACING_PREPOSITIONS = ("在", "到", "于", "向")
POSTURE_VERBS = frozenset("站坐走跑躺蹲跪爬")
#: A rank of the police and judicial ladders (一级警长, 四级高级法官): no post in a unit.
RANK_STARTS = tuple(f"{n}级" for n in "一二三四五六七八")
#: The endings of the police's ranks (一级警长, 二级高级警长, 警务技术一级主管): persons.
POLICE_RANK_ENDS = ("警长", "主管")
#: Personal pronouns that stand for the last person named (她所在的执勤一队).
PERSONAL_PRONOUNS = ("他", "她")
#: Characters of personal pronouns: no name starts with one (和他一起, 与她交流).
PRONOUN_CHARS = frozenset("他她它我你您咱")
# A surname and the first character of a post is how colleagues call its holder (沈所 for 沈所长, 柯队 for
# 柯队长); before an adverb of habit (总说, 常讲) it is no name of three characters (general usage).
NICKNAME_POST_CHARS = frozenset("所局队科院庭")
HABIT_ADVERBS = frozenset("总常就也都还又便才却老")
# Days of the week written 周一 … 周日 (周末): after 每, a list's 、 or a range's 至/到 (每周二、周五有检察官值班),
# or before 有/在, a day, not the surname 周 and a given name (general knowledge).
WEEKDAYS = tuple("周" + c for c in "一二三四五六日末")
WEEKDAY_BEFORE = frozenset("每、至到和及")
WEEKDAY_AFTER = frozenset("有在上下晚早")
#: What opens no appointed name (任命其为…, 免去该同志的…, 任命以下同志为…): pronouns and determiners.
NOT_APPOINTED = ("其", "他", "她", "该", "这", "那", "此", "上述", "以下", "下列", "有关", "相关")
#: Kinds of unit (kinds.tsv) that a province runs and names after a city or county in its short
#: form (江城省青柳强制隔离戒毒所, 江城省柳林监狱, 江城出入境边防检查总站, 江城海关): the name keeps the short
#: form as written.
PLACE_NAMED_KINDS = ("prison", "rehab", "border", "customs")
#: Kinds of unit (kinds.tsv) named after their city exactly as written, at any level, and never
#: given a full form (江城海事法院, 江城互联网法院, 江城海警局, 江城仲裁委员会: no 市, no 人民).
AS_WRITTEN_KINDS = ("specialcourt", "corps", "reserve", "coastguard", "arbitration")
#: Marks between the items of a list (甲、乙和丙): a unit right after one, of the same kind as a
#: unit read before it in the sentence, is that unit's sibling and sits in the same parent.
LIST_MARKS = "、和与及"
#: A discipline commission's group stationed in a unit (青川县纪委监委驻县检察院纪检监察组, 某区纪委监委第二
#: 派驻纪检监察组): the words after the commission, and the endings of the commissions that station them.
STATIONED_GROUP = "(?:第[一二三四五六七八九十]{1,3})?派?驻[\u4e00-\u9fff]{0,12}?(?:第[一二三四五六七八九十]{1,3})?纪检监察组"
#: A discipline commission's stationed group: a section of the commission only, never of the unit
#: written before it (驻县公安局、县人民检察院纪检监察组: stationed in the 检察院).
STATIONED_GROUP_WORD = "纪检监察组"
#: A stationed group written again without its commission or its host (派驻纪检监察组, 驻局纪检监察组):
#: the one stationed group the article names.
STATIONED_GROUP_AGAIN = "派?驻(?:局|院|所)?纪检监察组"
DISCIPLINE_BODIES = ("纪委监委", "纪委", "纪律检查委员会", "监委")
#: A photo caption's mark of where a person stands, in brackets after the name (民警甲（右二）、
#: 乙（左一）; （前排中）, （左起第三人）): the list of names goes on past it.
PHOTO_POSITION = r"[（(](?:前排|后排|中排|第[一二三]排)?(?:[左右]起第?[一二三四五六七八九]人?|[左右][一二三四五六七八九]?|中)[）)]"
#: Heads of a people's government (县长, 副市长): never of the party committee listed before them
#: (县委书记甲、县长乙: 乙 is no member of the 县委 by that list).
GOVERNMENT_HEAD_POSTS = tuple(p + w for p in ("", "副", "常务副") for w in ("省长", "市长", "州长", "盟长", "县长", "区长", "旗长", "镇长", "乡长"))
#: What follows a list of persons holding a list of posts in order (甲、乙分别任某局副局长、政治部主任:
#: the n-th person the n-th post).
RESPECTIVELY_VERBS = ("分别担任", "分别兼任", "分别出任", "分别任", "分别为", "分别是", "分别系")
#: Police units a branch (交警, 刑侦) written right after a place forms in the place's bureau.
BRANCH_UNITS = ("支队", "大队", "中队")
#: How an autonomous division is named in running text: the short form with the plain level
#: word (门源回族自治县 → 门源县, 甘孜藏族自治州 → 甘孜州, 鄂温克族自治旗 → 鄂温克旗). Read as the
#: division's colloquial full name unless another division bears that name (GB/T 2260 naming).
AUTONOMOUS_COLLOQUIAL = (("自治县", "县"), ("自治旗", "旗"), ("自治州", "州"))
#: How a banner named after a tribe's wing is written short: the tribe's first character, the wing
#: and the banner's place (察哈尔右翼前旗 → 察右前旗); group 1 the tribe's first
#: character, 2 the wing, 3 the place in the wing. Read as the banner's colloquial name (as above).
WING_BANNER = r"(.)[^左右]{1,3}(左|右)翼(.)旗"
#: Endings cut from a division's name to give the stem its committee is named by (咸阳市委).
STEM_ENDINGS = ("地区", "自治州", "自治县", "省", "市", "县", "区", "州", "旗", "盟")
#: A short name defined in a bracket right after a unit: （以下简称“高速支队”）, （下称某分局）, （以下称为“X”）;
#: group 1 is the short name.
DEFINED_SHORT = r"[（(]\s*(?:以下|下文|下)?简?称为?[：:]?\s*[“\"「]?([\u4e00-\u9fff]{2,12})[”\"」]?\s*[）)]"
#: Longest gap (characters) between two unit words read as the second unit's own name.
MAX_GAP = 8
#: Road-named gap lengths (和兴路派出所).
ROAD_NAME_LEN = (2, 6)
#: How far left (characters) a proper name before a unit word is looked for.
NAME_WINDOW = 8
#: Longest proper name before a unit word (characters).
MAX_NAME = 8
#: Longest unit name joined from several name-tagged jieba pieces (五马|坪, 王|舍人).
MAX_JOINED_NAME = 4
#: How far left of a unit word a place may end with a name between them (安徽省|九成|监狱管理分局).
PLACE_ANCHOR = 4
#: Units inside a chain named by their task or subject, which may be a verb (长江大保护工作专班,
#: 侦查学院, 禁毒教研室, 执法大队, 心理矫治中心): their name needs only to be 2–MAX_SECTION_NAME characters without stops.
TASK_NAMED_UNITS = ("大队", "支队", "中队", "中心", "专班", "工作组", "专案组", "领导小组", "办公室", "学院", "研究所", "研究院", "教研室", "实验室")
#: Bodies named by their task right after their place (某省扫黑除恶斗争领导小组, 某市政法队伍教育整顿领导小组):
#: the task may be up to MAX_SECTION_NAME characters, longer than a proper name's PLACE_ANCHOR.
TASK_NAMED_BODIES = ("领导小组",)
#: Words whose first character would end a unit word before them (公路局|部 in 公路局部路段, 口岸办|案): no unit there.
UNIT_WORD_BREAKERS = ("局部", "办案", "办理", "部分", "部长")  # (口岸办|案: 在某口岸办案; 组织部|分: 组织部分委员视察;
# 青柳镇武装部|长: the post 武装部长)
#: Verbs whose first character would end a unit word before them unless a word starts right after
#: it (海事处|理了: 处理; 办事处|理论, 海事处|置换, 公安处|理顺: a unit, then a word).
UNIT_WORD_BREAKING_VERBS = ("处理", "处置")
#: Words after a post that speak of its term (从某大队副大队长|任上调任…, 所长|任内): the post ends there, no
#: station's name starting with its 长 follows.
TENURE_WORDS = ("任上", "任内", "任期")
#: Verbs of holding a meeting, issuing a paper or carrying out work, which open no body's task (某市召开|扫黑除恶
#: 斗争领导小组会议, 协助某市开展|…领导小组督导工作): the place is their subject.
EVENT_VERBS = ("召开", "举行", "举办", "印发", "部署", "组织", "出台", "开展", "推进", "落实", "加强", "深化", "启动", "做好")
#: Most segments a chain of units holds (公安部…总站…支队…大队…派出所: real ones have up to 6); a
#: run of unit words with no punctuation past it starts a new chain (a pathological page made names
#: of 600 characters and resolution cubic).
MAX_CHAIN = 8
#: Longest task name of a section of a unit (长江大保护工作|专班, 教育改造|科).
MAX_SECTION_NAME = 12
#: Companies in their legal form (某市某某冷链物流有限公司) carry a longer name after their place.
COMPANY_ANCHOR = 8
#: The legal forms of companies (Company Law of the PRC), the suffixes COMPANY_ANCHOR applies to.
LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司")

#: Mined heads that are never admitted as unit words: they end generic phrases (监管部门,
#: 美国政府, 服务中心) or armed forces.
GENERIC_HEADS = frozenset("部门 政府 中心 部队 机构 单位 机关 组织 方面 系统 海军 陆军 空军 司令部".split())
#: A mined head is admitted when at least this many distinct CLUENER spans end with it.
MIN_MINED_TYPES = 10
#: A mined post is admitted when it occurs at least this often in CLUENER.
MIN_MINED_POSTS = 10
#: Endings of mined position words that make them posts (行长, 总经理), not roles or trades.
POST_ENDINGS = ("长", "经理", "主任", "书记", "主席", "总裁", "董事", "主编")

# ----------------------------------------------------------------------------- persons
#: Characters that may follow a name (function words and punctuation).
AFTER_NAME = frozenset("各均说的在等是和与及对向为被将把从也都又就还已正同称带率讲问笑谈曾着了们因于，。、,；：:”（(）) ")
#: Surnames that are also prepositions, verbs or adverbs: after a post, followed by a word of
#: jieba's dictionary of one of the tags given ("" any) and at least that frequency, they are
#: that word's preposition, verb or adverb, not a name (副局长向记者介绍, 局长赴宁波调研,
#: 副局长于近日到任, 局长曾多次表示); a given name that is a word stays one (向东林, 于和平). Tags in a
#: tuple are whole tags (("n",): a common noun, not 建国 ns).
FUNCTION_SURNAMES = {"赴": ("", 100), "于": ("tmr", 100), "曾": ("mdvp", 100),
                     "向": ("nrbv", 1000), "给": ("nrbv", 1000), "跟": ("nrbv", 1000),
                     "谈": (("n",), 1), "解": (("n",), 1),  # 局长谈|警务改革, 庭长解|纠纷 (headlines)
                     "用": (("n", "vn"), 100),  # 所长用|生命诠释…, 民警用|双手…: the means, no 用某
                     "来": (("s", "r", "n"), 100),  # 检察官助理来|村里, 民警来|这里: the motion to a place, no 来某
                     "连": (("n",), 20)}  # 有个学员连|电表都不认识: 连…都 before a noun, no 连某
#: Schooling written in a résumé's fields without 学历 (某某，男，…，在职研究生，中共党员，现任…; 省委党校
#: 研究生, 法学硕士), longest first.
SCHOOLING = ("博士研究生", "硕士研究生", "大学本科", "大学专科", "研究生", "大学", "本科", "大专", "专科", "中专",
             "法学博士", "法学硕士", "法学学士", "博士", "硕士", "学士")
#: The longest line read as a row of a 名单 headed by its unit (某市公安局指挥中心：甲、乙), in characters.
MAX_ROW_LINE = 120
#: Surnames that are also verbs opening resultative words (查明, 查清, 查获): after a post or role,
#: a two-character "name" that is such a word of jieba's dictionary, at least this frequent, is
#: the verb (执行干警查明，…; jieba tags 查明 and 查清 nr).
VERB_SURNAMES = {"查": 50}
#: Conjunctions that are also the one-character stem of a county (和县): 和县 read as a county only
#: when the article names its prefecture or province (places._word_named).
CONJUNCTION_STEMS = frozenset("和与及")
#: Quantifiers that make a role (民警, 干警) stand for many people (广大民警, 个别政法干警): no name
#: follows such a role.
COLLECTIVE_QUANTIFIERS = ("广大", "全体", "个别", "部分", "众多", "许多", "一些", "不少", "各级")
#: Distributives right before a post or role (每名法治副校长, 每位民警): every holder, no name after it.
DISTRIBUTIVES_BEFORE_POST = ("每名", "每位", "每个", "每一名", "每一位")
#: Characters that are never the first character of a given name.
#: Characters of NOT_FIRST_GIVEN that also start given names (柯正国): after a post they do, unless
#: they start a word there (王正在…, 王正式…).
GIVEN_OR_ADVERB = frozenset("正")
#: Characters of NOT_FIRST_GIVEN that also start given names (祁向东, 齐向明): after a post they do
#: when one more character and then the clause's verb (or its end) follow (书记祁向东|出席).
GIVEN_OR_PREPOSITION = frozenset("向")
NOT_FIRST_GIVEN = frozenset("说的在等是对向为被将把从也都又就还已正同称了们着他她它我你，。、,；：:”（(）) ")
#: Characters that, after a surname and one given character, start the predicate rather than
#: end a three-character name (检察官柯露|到学校, 所长欧阳明|则组织…, 柯明|赴现场, 教导员柯晓|用方言讲解,
#: 执法员柯涛|第一个登船, 队长岩某|每天巡逻, 被告人柯勇|系同村村民, 民警柯勇|系好安全绳).
NOT_THIRD_GIVEN = frozenset("到则赴用第每系")
#: Conjunctions that also end given names (柯清和, 柯立与): right before a one-character verb of speech and a
#: clause mark (柯清和说，) or a longer one (柯清和告诉记者, 柯清和笑着说) they do, since nothing is joined there.
NAME_ENDING_CONJUNCTIONS = frozenset("和与")
#: One-character adverbs and negations that open the predicate after a two-character name
#: (柯远|却不这么看, 柯远|仍在值守, 柯远|不愿透露), when a predicate word follows them (not speech,
#: a pause or a list mark: 柯玉未|说 keeps the name whole): no third given name of the annotated
#: corpora (dev, tests/data/unseen) is one. (现 ends given names: 柯宝现.)
ADVERBS_AFTER_NAME = frozenset("却仍只便再曾将不没未")
#: One-character adverbs before a speech verb (某某总说, 某某常说, 某某也表示): no part of the name.
SPEECH_ADVERBS = ADVERBS_AFTER_NAME | frozenset("总常也还都又就才再")
#: 负责人|作交流发言, 局长|作工作报告: 作 before these (within four characters) is the verb "make",
#: not the surname 作.
MADE_SPEECHES = ("发言", "报告", "讲话", "部署", "总结", "表态", "说明", "汇报", "动员", "点评", "辅导")
#: Quote marks that open and close a quoted word (“蓝盾”行动).
OPENING_QUOTES = ("“", "\"", "‘", "「")
CLOSING_QUOTES = ("”", "\"", "’", "」")
#: Verbs of police reports that follow a name (民警赵磊|接报后, 张伟|接警后, 民警柯远帆|获“…”称号, 教导员
#: 凌云|到会, 柯远帆|现为…, 甲、乙、凌云|三人): their first character is no third character of the name,
#: though jieba's dictionary rates them rare, and a given name that is a word (凌云) is a name before them.
VERBS_AFTER_NAME = ("接报", "接警", "接处警", "获“", "获得", "获评", "获个人", "获集体", "获表彰", "获嘉奖", "获授",
                    "到会", "现为", "二人", "两人", "三人", "四人", "五人", "另有任用")
#: Characters a name never ends with (they end a unit word or a role: 警, 局长, 关员).
NOT_GIVEN = frozenset("警局长所队员")
#: Honorifics that are not given names (周先生, 郭女士).
HONORIFICS = frozenset("先生 女士 老师 警官 师傅 同志 大姐 大爷 阿姨 阿婆 大妈 大娘 大哥 奶奶 爷爷".split())
#: The end of a copula of office (拟任, 调任, 兼任): no unlisted division's name ends so (拟任|县公安局).
COPULA_END = "任"
#: The unit word of a 支队's brigade named after a county (某市公安局交警支队|青柳大队; organizations).
COUNTY_BRIGADE = "大队"
#: Posts of a body's officers listed after its head's (某人大常委会主任甲主持，副主任乙，秘书长丙出席): the post →
#: the head's posts (deputies' marks stripped) it is listed beside in one body (persons._carried_unit).
#: Posts written bare that head a section opening their paragraph (第三检察部聚焦…。主任某某介绍…:
#: that 检察部's), by the endings of the sections each heads (base post; 副 stripped).
PARAGRAPH_SECTION_HEADS = {"主任": ("部", "办公室", "中心", "办事处")}
#: Ends of a clause that is subordinate (接到某所通报后, 在某队的配合下): a unit in it is no subject.
SUBORDINATE_ENDS = ("后", "时", "下", "中", "以来")
#: Nouns of people that a verb before them describes (和参战民警, 和在场群众): a group, not a predicate.
GROUP_NOUNS = ("群众", "人员", "队员", "领导", "干部", "儿童", "同事", "家属", "官兵", "志愿者", "村民", "居民",
               "学生", "老人", "战友", "同志")
#: Openings of a conditional clause (如调离，不再担任…): what follows is no act.
CONDITIONALS = ("如", "若", "一旦", "假如", "如果")
#: Characters before a unit word that make it every unit of that name (各铁路公安局, 两机场公安局).
ALL_UNITS_BEFORE = "各全两多诸"
#: A city's traffic police detachments, whose brigades are named after the districts they serve
#: (某市公安局交通警察支队利州大队, later 利州交警大队: that brigade, not a district bureau's).
TRAFFIC_DETACHMENTS = ("交通警察支队", "交警支队", "交通管理支队")
BODY_OFFICERS = {"秘书长": ("主任", "会长", "主席"), "副秘书长": ("主任", "会长", "主席")}
#: Verbs placing a person in a new unit before 任 and a post (交流到某局任副局长): a move, as MOVING_VERBS
#: (only with the post after them: 交流到外地学习 is none).
MOVE_TO_VERBS = ("交流到", "交流至", "调到", "调至", "调入")
#: Verbs after a unit that list its sections (某院执行局下设甲中心、乙庭, 我院现设立案庭、…; organizations).
LISTING_VERBS = ("下设", "内设", "设有", "下辖", "现设", "另设")
#: Seats on a party committee named with the committee's level (某市委常委 holds the post 市委常委, as
#: written; persons._committee_seats).
COMMITTEE_SEATS = ("常委",)
#: Awards also written as the verb between the body that gives them and the recipients (某市公安局嘉奖
#: 某派出所; honors._award_as_verb), longest first.
AWARDS_AS_VERBS = ("通报嘉奖", "嘉奖")
#: Verbs after a post holder that list the sections they are in charge of (副检察长某某分管第三检察部、
#: 政治部; organizations): sections of the holder's unit, no post in them.
IN_CHARGE_VERBS = ("分管", "协管")
#: Words before an honour in its clause that make it one received before the article's decision
#: (曾荣立, 先后荣获, 累计荣立, 多次获评, 从警以来): its conferrer is not the deciding body.
PAST_HONOUR_MARKS = ("曾", "先后", "此前", "累计", "多次", "历年", "以来", "从警", "过去", "去年", "往年")
#: Copulas between a name and a unit (柯远舟是江城市公安局民警, 柯远舟当选旬邑县人民法院院长), longest first.
COPULAS = ("被提拔为", "被任命为", "被选举为", "交流任职到", "交流任职", "交流任", "挂职任", "挂职", "挂任", "生前任", "生前系", "生前是",
           "现任", "担任", "调任", "转任", "升任", "改任", "提任", "兼任", "历任", "时任", "出任", "当选为", "当选", "现为",
           "是", "系", "任")
#: Demonstratives that make a phrase point back (此称号, 该荣誉, 这一称号): no new title.
DEMONSTRATIVES = ("此", "该", "这一", "这个", "这项", "上述")
#: Nouns that open an honour's clause without naming another receiver (个人先后荣立…, 本人曾获…).
NO_SUBJECT_NOUNS = frozenset("个人 本人 自己 年度 当年 同年".split())
#: A demonstrative and a classifier of persons opening a sentence (这位从警23年的老民警…): it stands
#: for the person named last.
PERSON_DEMONSTRATIVES = ("这位", "这名", "该名")
#: Marks (anywhere) and endings of an honour only a unit receives (集体一等功, 先进集体, 青年文明号,
#: 枫桥式公安派出所; not 优秀派出所所长) and marks of one only a person receives (个人二等功, 先进个人):
#: a recipient of the other class is dropped,
#: and a collective honour read with no unit goes to the nearest unit before the verb.
COLLECTIVE_HONOUR_MARKS = ("集体",)
COLLECTIVE_HONOUR_ENDINGS = ("单位", "文明号", "文明岗", "派出所", "人民法庭")
PERSONAL_HONOUR_MARKS = ("个人",)
#: Adverbs between a list of recipients and the verb that confers on each (为甲、乙分别记…).
DISTRIBUTIVE_ADVERBS = ("分别", "一并", "各", "均", "都")
#: Sentences after a résumé's name within which a line 现任职务：… (拟任职务：…) gives that person's posts.
DUTY_FIELD_LINES = 3
#: Adverbs that may stand between a name and its copula (某某也是某村调委会的调解员, 同时担任…).
COPULA_ADVERBS = ("同时也", "同时", "曾经", "曾先后", "先后", "也", "还", "曾", "又", "已")
#: Adverbs of time before a copula of office only (此前担任, 后来调任, 开始担任), never before 是 or 系
#: (某某后来是派出所的常客: no member).
TENURE_ADVERBS = ("此前", "随后", "后来", "开始", "原")
#: Speech verbs after a name (柯远舟介绍说).
SPEECH_VERBS = ("介绍说", "表示", "介绍", "告诉记者", "说", "称", "坦言", "回忆说", "认为", "指出", "强调", "透露",
                "坦言", "回忆", "笑着说", "同志", "总书记")
#: Verbs that confer an honour on a list of names written right after them (授予某某(…)、…).
CONFER_VERBS = ("授予", "追授", "表彰", "命名", "为", "给予")
#: Longest name of a village, community or street read before its own body (木渣洛村党支部,
#: 大学东街街道党工委) when jieba reads the name as a person's or a common word.
MAX_SEAT_TOWN_NAME = 4
#: A unit named after its township, written alone (在滩头派出所): the name is no common word
#: (jieba frequency below this: 滩头 72, 当地 and 附近 are far above) …
SEAT_NAME_FREQ = 100
#: … and follows a clause boundary or one of these function characters.
SEAT_NAME_AFTER = frozenset("在与和及到向从赴至经由原")  # (原|青石派出所: the unit before a change)
#: Mediation committees, and the words that end the kind of dispute a committee is named by
#: (某市道路交通事故纠纷人民调解委员会, 某县劳动争议调解委员会): such a name may be longer than PLACE_ANCHOR.
MEDIATION_COMMITTEES = ("人民调解委员会", "调解委员会", "调委会")
DISPUTE_WORDS = ("纠纷", "争议")
#: Verbs that open the members of a group (其中包括第二监区…): a bare section after them is at a clause start.
INCLUDING_VERBS = ("包括", "包含", "其中有")
#: Words between a unit and a place that still join the unit named after the place to it
#: (某海关所属某某海关); any other words there end the chain (某法院依法委托|某省某鉴定中心).
CHAIN_LINKS = ("所属", "下属", "直属")
#: Characters after which an anonymised name (柯某, 柯某某) starts inside a clause (伙同柯某,
#: 被害人的柯某, 与柯某某).
BEFORE_ANONYMISED = frozenset("的和与及被将对向由是名同给让把叫帮")
#: Words right after a name that refer back to the person (某某本人曾被评为…).
SELF_WORDS = ("本人", "自己", "同志")
#: Conjunctions that end a transliterated name when a speech verb or punctuation follows
#: (巴图孟和说, 苏和，): a conjunction needs a second item after it.
NAME_FINAL_CONJUNCTIONS = frozenset("和")
#: Numbered sections read alone (第三监区教导员…) when the article names exactly one unit of the
#: kind that holds them: section word → the unit word of that kind.
#: Words after a unit word that make it every unit of that kind (河北监狱系统, 全国法院系统).
SYSTEM_AFTER_UNIT = ("系统",)
#: A unit word that names a website (江城公安网, 中国法院网讯): 网 after it, then no Han character or
#: a word of publishing (讯, 消息, 报道, 发布); not 网警, 网安支队, 网拍, 网信办, 网格.
SITE_AFTER_UNIT = re.compile("网(?=[^\u4e00-\u9fff]|$|讯|消息|报道|发布|记者|刊发|转载)")
#: Characters a post may have before it after a copula and still be the clause's predicate
#: (担任主办检察官，检察官助理某某: 主办).
MAX_POST_MODIFIER = 2
#: Words after a quoted title that make it an honour whatever it says (“反诈先锋”荣誉证书).
HONOUR_MARKERS = ("称号", "荣誉证书", "荣誉称号", "荣誉")
#: Words after a title that make it no honour received: a candidate, a nominee (…候选人).
NOT_CONFERRED_AFTER = ("候选", "拟表彰", "拟推荐", "提名", "人选", "评选对象", "拟表彰对象")
#: Characters after 对 (为, 给) that make it no "to whom" before an honour verb (对象, 对于, 为此, 为了).
NOT_FOR_WHOM_AFTER = frozenset("象于此了何止")
#: Longest headline line (characters); a subtitle or kicker with a dash (——记…) may be longer.
MAX_HEADLINE = 40
MAX_SUBTITLE = 64
#: Honour endings that alone name a kind of thing handed over or a kind of recipient, no title
#: (为受表彰个人颁发奖章; 一、集体 heading a 记功 decision's units).
BARE_HONOUR_KINDS = frozenset("奖章 勋章 称号 证书 集体 个人".split())
#: Words ending in 对 that are no "to whom" before an honour verb (针对, 面对: 对…予以嘉奖 is).
NOT_FOR_WHOM_DUI = ("针对", "面对", "绝对", "相对", "应对", "核对", "反对", "比对", "一对")
#: Verbs by which a post holder leads a colleague of the same unit (庭长某某带领法官助理某某).
LEADING_VERBS = ("带领", "带着")
#: A post in apposition to the pronoun after it (作为某所法医室主任，他…), and its longest span.
APPOSITION_OPENER = "作为"
MAX_APPOSITION = 40
#: Unit words any agency uses for its branches and teams (市场监督管理局青柳分局, 消防救援支队特勤大队):
#: such a unit is of its parent's kind, not of the word's own (police) kind.
SHARED_UNIT_WORDS = ("分局", "总队", "支队", "大队", "中队")
#: Township-level endings: a division's short form right before one is the township's name
#: (旬邑县朝阳镇 is no 朝阳县).
TOWNSHIP_LEVELS = ("镇", "乡", "街道")
#: Heading words of a list that is a part of the recipients announced before (部分先进集体名单：).
PARTIAL_LIST_MARKS = ("部分",)
#: Words that open a list of recipients without being one (其中，甲、乙记集体二等功).
LIST_LEADERS = (r"(?:其中|此外|另外|同时|近日|日前|近期|近年来|今年|去年|此前|(?:\d{4}年|今年|去年)?\d{1,2}月(?:\d{1,2}日)?"
                r"|\d{4}年|(?:大会|会议|会)上|(?:今年|去年|近年|\d{4}年)以来|为此|对此"
                r"|在?(?:此次|这次|本次)?[\u4e00-\u9fff]{0,4}(?:行动|活动)中)[，,]")
# (近日，, 2024年5月，, 会上，, 在此次行动中，: a time or occasion opening the sentence, not an item of the list)
#: The speaker's own division before a list of units (我市甲、乙被评为…): no item of the list.
OWN_DIVISION = r"(?:我|本)[省市县区州盟旗]"
#: The unit word that usually holds a team of a unit word (a 中队 sits in a 大队): the host of a
#: bare team among units named equally often (kg/extract/organizations.py, _host_unit).
UNIT_HOLDERS = {"中队": ("大队",), "大队": ("支队", "分局"), "警务室": ("派出所",), "警务站": ("派出所",)}
#: The count of a 名单 heading's rows in brackets (（3名）, （12个）), and a whole heading that counts
#: its rows (全国优秀人民警察（3名）: 2–16 characters, no clause mark): the honours' headings and labels
#: (kg/extract/honors.py) and the line the layout keeps apart (kg/ingest.py, _repair_layout).
ROW_COUNT = r"[（(]\s*\d{1,4}\s*[名个人位项]\s*[）)]"
COUNTED_HEADING = r"[^，,。；;：:（(]{2,16}" + ROW_COUNT
#: The honour a heading of praised rows names when no decision before it conferred one (一、表扬集体名单
#: alone: 通报表扬; kg/extract/honors.py, _praise_conferred).
PRAISE_HONOURS = {"表扬": "通报表扬", "嘉奖": "嘉奖"}
#: Levels of a public-security bureau's units, highest first (a 派出所 and a 刑侦大队 are both the
#: bureau's, a 中队 sits in either): a bare unit is never hosted by a unit whose word is of its own
#: level or lower (乔庄派出所、刑侦大队: no 派出所 holds a 大队; kg/extract/organizations.py, _host_unit).
#: A 分局 may hold a 支队 (a railway or river-shipping bureau's 分局 has its 刑警支队), so it ranks between;
#: a township's 司法所 holds no 大队 either (a 戒毒所's 教育矫治大队 is the 戒毒所's).
UNIT_LEVELS = {"公安厅": 0, "公安局": 1, "公安分局": 1.5, "分局": 1.5, "支队": 2, "大队": 3,
               "派出所": 3, "司法所": 3, "中队": 4, "警务室": 4, "警务站": 4}
#: Unit words a provincial body holds (刑侦总队: a 公安厅's): written bare, such a unit belongs to
#: the article's unit ending so (its 公安厅), not to the 公安局 it names most (a city's has 支队; _host_unit).
BARE_UNIT_HOLDERS = {"总队": ("厅",)}
#: Longest unit and role written between an honour's relative clause and the person it describes
#: (荣获…称号的|青川县公安局刑侦大队民警|某某), in characters.
MAX_UNIT_BEFORE_ROLE = 16
#: The character that, right after a city's or county's full name, is its public security bureau
#: written short (江城市局, 青川县局: police usage; the CONTRACT's 市局).
BUREAU_SHORT = "局"
#: Words opening a clause that shares the subject (or the 对 phrase) of the clause before: 并授予….
JOINED_CLAUSE = ("并", "同时", "还")
#: Words of a task force a case's date in quotes names (“9·17”专案组), longest first.
TASK_FORCE_WORDS = ("联合专案组", "工作专班", "专案组", "专班")
#: Unit words of a command post set up for an event (成立青柳庙会安保指挥部): the first is also written bare for it.
EVENT_COMMAND_WORDS = ("指挥部",)
#: Posts of a task force (成立专案组，由某某任组长): their holder belongs to the task force of the sentence.
TASK_FORCE_POSTS = ("组长", "副组长")
#: Party bodies of a unit written after its name (某局党委): a task force that body set up is the unit's.
PARTY_BODIES_OF_UNITS = ("党委", "党组")
#: 以某某为组长、某某为副组长的(“5·20”专案组), 由某某任组长的…: the frame naming a task force's leaders, a pattern whose
#: group 1 is each post; it may stand between the verb that sets the task force up and its name.
TASK_FORCE_LEADER = "[为任](" + "|".join(sorted(TASK_FORCE_POSTS, key=len, reverse=True)) + ")"
TASK_FORCE_LED_BY = ("[以由][^，,。；;：:“”\"以由]{2,24}?" + TASK_FORCE_LEADER + "(?:[、，,][^，,。；;：:“”\"以由]{2,24}?"
                     + TASK_FORCE_LEADER.replace("(", "(?:") + ")*的?")
#: A pronoun of the dictionary this frequent opening a name after a role is that pronoun (当警察|那些年),
#: not a surname (那日图: 那日 is rarer).
PRONOUN_WORD_FREQ = 5000
#: Verbs of a notice a police release closes with (民警温馨提示：…, 严正警告): a common word right
#: before one (ROLE_VERB_FREQ) is its manner, not a name.
NOTICE_VERBS = ("提示", "提醒", "警告", "告诫", "呼吁", "忠告", "声明")
#: After a role (民警), a surname and the next character that make a verb or adverb this frequent
#: in jieba's dictionary are that word, not a name (民警常驻值守); after a post the bar is COMMON_WORD_FREQ.
ROLE_VERB_FREQ = 300
#: jieba frequency from which an adjective (tag a/ad) after a post or role is an adverb of the verb
#: after it (民警连续蹲守, 严格执法), not a surname and a given name (平安, 高明 stay names).
ADVERBIAL_WORD_FREQ = 3000
#: Marks that join two persons as a pair (某所民警甲和四级警长乙): a rank after one shares the unit.
PAIR_MARKS = frozenset("和及与")
#: How a job not among the posts ends in a numbered row of a 名单 (社区矫正社会工作者, 网格管理员,
#: 辅助调解员), and at most how long it is: a person's work, not a relation (居民, 之妻).
JOB_ENDINGS = ("者", "员", "师", "官", "长", "警", "手")
MAX_ROW_JOB = 10
#: Characters that join a second post to the first (副大队长兼中队长, 所长和教导员).
CONCURRENT_MARKS = frozenset("兼和及与、")
#: What joins a second post, with its own unit word, to a post of titles.tsv before it (副局长兼|刑侦大队
#: 大队长, 副局长、|指挥中心主任, 副局长，兼任|刑侦大队大队长), longest first.
SECOND_POST_JOINS = ("，兼任", ",兼任", "，兼", ",兼", "兼任", "兼", "、")
#: Words right before an honour verb that say it was not (yet) received (从未荣立, 希望荣立).
NOT_RECEIVED_BEFORE = r"(?:未|没有|没|不曾|不|希望|争取|力争|渴望|梦想|想)$"
#: Words opening a sentence that goes on with a résumé (曾任…, 曾在…工作, 历任…): its subject is the
#: person the résumé opened with (kg/extract/honors.py).
RESUME_OPENERS = ("曾任", "曾在", "曾先后", "历任", "先后任", "先后在", "曾获")
#: Characters that make a post the deputy of another (副主任 of 主任, 常务副局长 of 局长).
DEPUTY_MARKS = "副常务第一"
#: Verbs of a leader's duties written after the posts in a row of a page of leaders (某某　副书记，
#: 分管甲科; 主持全面工作; 负责…; 协助…; 联系…).
DUTY_VERBS = ("分管", "主持", "负责", "协助", "联系", "兼管")
#: Words of taking an honour back, in the clause before its title or verb (撤销某所“…”称号, 撤销其荣获的…):
#: the honour is revoked, not received.
REVOKING = ("撤销", "收回", "褫夺")
#: Words before an honour verb that make the honour proposed, not conferred (拟授予, 拟荣立, 申报…):
#: the honour is named, no one has received it yet.
PROPOSED_BEFORE = r"(?:拟|申报|推荐)$"
#: Kinship words that are roles before a name (roles.tsv: 某某的父亲甘武): a relative, of no unit of the officer's.
KINSHIP_ROLES = ("父亲", "母亲", "儿子", "女儿", "哥哥", "弟弟", "姐姐", "妹妹", "妻子", "丈夫")
#: Roles of people a post holder may lead or be with who are not of the leader's unit (律师, 记者, 嫌疑人 …;
#: 民警甲和父亲乙, 局长甲带着女儿乙: a relative).
OUTSIDE_ROLES = ("律师", "记者", "犯罪嫌疑人", "嫌疑人", "网格员", "专职网格员", "社区矫正专干", "矫正专干",
                 "调解员", "人民调解员", "专职人民调解员", "专职调解员", "兼职调解员", "志愿者", "村民", "群众", "实习生",
                 "人民监督员", "听证员") + KINSHIP_ROLES
#: Unit heads after 农村 that make it the word of an agency (农业农村局, 农业农村部), not a village
#: (村委会 after a village is its committee: 委 is none of them).
BODY_AFTER_RURAL = ("局", "部", "厅")
#: Numbered sections written alone (第三监区, 第二检察部, 第三分监区, 执勤二队) and the unit word of the one
#: unit of the article that holds them (kg/extract/organizations.py, _bare_sections).
BARE_SECTION_PARENTS = {"监区": "监狱", "分监区": "监区", "检察部": "检察院", "队": ("检查站", "边检站"),
                        "处": "执行局"}
#: Duties that name a numbered team of a border inspection station (执勤二队, 查验一队) or a numbered
#: division of a court's enforcement bureau (执行实施一处); only such a named one is read alone (a
#: bare 二队 or 一处 is not).
TEAM_DUTIES = ("执勤", "查验", "勤务", "执行实施")
#: Section words of BARE_SECTION_PARENTS read alone only after a duty of TEAM_DUTIES.
DUTY_NAMED_SECTIONS = ("队", "处")
#: A national qualification written before a post-like word (国家二级心理咨询师): a
#: qualification, not a post (persons: the run of posts goes on before it).
QUALIFICATION = re.compile("国家[一二三四五]级")
#: Marks of a former post (原所长).
FORMER = "原前"
#: Words that may stand before a post and qualify it (某调委会专职调解员, 党委副书记、常务副厅长, 某局代理局长): the
#: person still serves in the unit written before the word, and holds the post as written.
POST_MODIFIERS = ("专职", "兼职", "特邀", "首席", "常务", "员额", "代理")
#: Words naming where a concurrent post is held, written before it in a run of posts (某所副所长、学校法治副校长
#: 某某; 某院刑事审判庭副庭长、本案审判长某某: the case heard): the run goes on before them, and the post is
#: shown without them.
POST_HOSTS = ("学校", "本案")
#: Modifiers of POST_MODIFIERS that before a role of OUTSIDE_ROLES mean acting for the unit, not
#: serving in it (被告某局代理律师: a lawyer for the bureau, none of its staff; 代理局长 is a post).
ACTING_FOR = ("代理",)
#: What a table's header cells name (序号  单位  姓名  职务  奖励等次): a column of names, of units, of
#: posts; a header cell is of a kind when it is one of the words or ends with one (工作单位, 现任职务), and
#: of none when it names two (单位及职务). kg/extract/persons.py, headed_cells; the same words label the
#: fields of a profile box, one per line (姓名：某某 / 【单位】某局某所 / 职务：所长 / 荣誉：…: profile_boxes).
TABLE_COLUMNS = {"name": ("姓名",), "unit": ("单位", "单位名称", "工作单位", "所在单位"),
                 "post": ("职务", "现任职务", "职务职级", "职级"), "honour": ("荣誉", "所获荣誉", "主要荣誉", "获得荣誉", "荣誉称号")}
#: Labels of a table's rows or columns, padded like names (组　长, 成　员): never a person.
ROW_LABELS = ("成员", "个人", "集体", "领队", "教练", "队员", "姓名", "单位", "职务", "备注", "序号", "组员")
#: Posts that several people hold in one unit, so a list of names after one shares it
#: (副厅长甲、乙; 党委委员甲、乙): deputies, written with their modifier or not (常务副厅长) …
DEPUTY_PREFIXES = ("副", "常务副")
#: … and seats on a body (党委委员, 党组成员).
SEAT_POSTS = ("委员", "成员")
#: … and grades of a court's, procuratorate's or notary office's staff, which many hold in one
#: unit (审判员甲、乙; 人民陪审员甲、乙; 法官助理, 检察官助理; 书记员; 公证员; 执行员).
STAFF_POSTS = ("审判员", "陪审员", "检察员", "书记员", "法官助理", "检察官助理", "公证员", "执行员")
#: Ends of a clause that only dates the next one (某某任县委书记期间，…): its person is no subject of that clause.
TIME_CLAUSE_ENDS = ("期间", "时", "之际", "以来")
#: Words after the next name of a would-be list that make it no member sharing the first name's post
#: (人民陪审员甲、乙的妻子; 甲、乙夫妇; 书记员甲、乙一案的被害人).
NOT_LISTED_AFTER_NAME = ("的", "夫妇", "夫妻", "一家", "一案", "案")
#: Units read as units even where a post begins with them (某局政治部主任 → 某局政治部 + 主任);
#: other posts beginning with a unit word stay posts (中队长, 党委委员).
UNITS_BEFORE_POSTS = ("政治部", "办公室")
#: Bodies written inside a post after their parent (县委副书记、政法委书记; 某院党组成员、政治部主任):
#: the post places the person in <parent><body>; body → kind of the body ("": the parent's kind, a
#: 公安厅's 政治部 is a police unit, as a chain that writes it in full reads it).
ELIDED_BODIES = {"政法委": "party", "党组": "party", "党委": "party", "政治部": ""}
#: Bodies every division has, written inside a post right after the place (旬邑县纪委书记 → 旬邑县纪委,
#: the post 纪委书记): the person serves in <place><body> (a township's 党委 is ELIDED_BODIES').
PLACE_BODIES_IN_POSTS = ("纪委",)
#: Bodies whose head's post is named with the body (县纪委|书记 → 纪委书记, 市监委|主任 → 监委主任, as
#: 旬邑县纪委书记 reads): the body, as written right before the post → the posts so named (the head's only:
#: a deputy stays 副书记, 副主任, as annotators and the press name them).
BODIES_NAMING_POSTS = {"纪委": ("书记",), "监委": ("主任",)}
#: Groups of units that head a region-grouped 名单's line like a place (省直单位：某监狱某监区).
UNIT_GROUPS = ("直单位", "直属单位", "其他单位")
#: Modifiers of the judicial police's units (司法警察大队, 法警支队): a court's or a procuratorate's
#: (COURT_POLICE_HOSTS: the last such body named before), not a public-security bureau's.
COURT_POLICE = ("司法警察", "法警")
COURT_POLICE_HOSTS = ("法院", "检察院")
#: The marks opening a feature story's subtitle before whom it portrays or interviews (——记全国优秀人民警察某某,
#: ——追记某某, ——访某所所长某某): an honour title written right after one opens a clause of its own,
#: and honour titles written right after one are received by that person or unit.
PORTRAIT_MARKS = ("——追记", "——专访", "——记", "——访", "—追记", "—专访", "—记", "—访")
#: Words after an honour title naming its holder (全国五一劳动奖章获得者): the title is the honour before them.
HONOUR_HOLDER_WORDS = ("获得者", "荣获者")
#: Time words and adverbs between a described subject and its passive 被 (这位女民警|今年刚|被…授予), as
#: regular-expression alternatives, longer first where one opens another (曾经 before 曾).
TIME_BEFORE_PASSIVE = ("今年", "去年", "当年", "此前", "曾经", "曾", "刚刚", "刚", "先后", "还", "也", "已", r"\d{4}年")
#: Words that open an honour title's scope (全国优秀人民警察, 全省模范法官, 省级青年文明号).
HONOUR_SCOPES = ("全国", "全省", "全市", "全区", "全州", "全县", "全军", "省级", "市级", "县级", "国家级")
#: The bodies a scope's quoted title is awarded among (全省公安机关“人民满意窗口”: the quotes hold the title).
HONOUR_SCOPE_BODIES = ("公安机关", "检察机关", "政法机关", "审判机关", "公安系统", "法院系统", "检察系统", "政法系统",
                       "司法行政系统", "法院", "检察院")
#: Longest honour title in characters (全国公安机关打击治理电信网络新型违法犯罪工作成绩突出集体: 28).
MAX_HONOUR = 40
#: Characters a title may hold between a quality of ``honor_qualities.tsv`` and the role or post
#: that ends it (十佳|公益|律师, 杰出|青年|律师, 百佳|社区|民警).
QUALITY_GAP = 4
#: Function characters that also end Yi given names (沙马伍各, 马海日各): read as the name's end when
#: the name can end right after them (马海伍各说; not 吉克阿各自…).
YI_GIVEN_FINALS = frozenset("各")
#: Surnames that are far more often prepositions at a clause start (由会说…, 向大家说…).
PREPOSITION_SURNAMES = frozenset("由从向对被把将为于以")
#: Characters after 某 that make a time or place left vague (某日, 某月, 某地, 某处), not a
#: pseudonym, after a preposition that is also a surname (民警于某日…, 从某地运来).
VAGUE_TIME_PLACE = frozenset("日月年天时地处")
#: Characters after an event word that make it a time (案发后, 庭审中, 庭前): after 于 it is no given name.
TIME_FRAME_ENDS = frozenset("后前时中间")
#: Last characters that make a "name" a township (高勒镇, 大均乡), and what follows a village
#: name ending in 村 (李宝村，, 李宝村的, 李宝村村民).
TOWN_CHARS = frozenset("镇乡")
AFTER_VILLAGE = frozenset("，。、,的村党委里民")
#: Characters ending a verb of motion or a preposition of place (来到, 赴, 在, 走进): a "name" ending in 村
#: right after one is the village (民警来到李集村开展…).
BEFORE_PLACE = frozenset("到赴在往进至于")
#: Police roles that serve in the station written earlier in their sentence when no unit is
#: written before them, and the station-level units they may serve in.
POLICE_ROLES = frozenset("民警 辅警 值班民警 社区民警 驻村民警 驻所民警 社区辅警 值班辅警 交警 特警 巡警 刑警 "
                         "执勤民警 巡逻民警 办案民警 出警民警 带班民警 户籍民警 女民警 女辅警".split())
STATION_UNITS = ("派出所", "中队", "大队", "警务室", "警务站", "检查站", "消防救援站")
#: Aspect particles: a character followed by one is a verb (迎了), not part of a name.
ASPECT = frozenset("了着过")
#: Characters a name of known parts (name_parts.tsv) ends before: a numeral (巴图孟和|一声令下) or
#: a modal verb (普布卓玛|会说藏语).
PARTS_NAME_STOPS = frozenset("一二三四五六七八九十会能要便")
#: Verbs of police work jieba hardly knows (接警 has frequency 2): a dotted name's last part ends before
#: them (…·某某|接警后赶到).
POLICE_ACTION_VERBS = ("接警", "出警", "接报", "处警", "接处警")
#: … and 接到 (a report, a call): a unit opening a clause with one of these is the one acting
#: (某支队接报后，由…; persons._acting_unit_before).
REPORT_RECEIVED_VERBS = POLICE_ACTION_VERBS + ("接到", "在接到")
#: Characters that make a familiar form of a name (小李, 老马), not its first syllable.
NICKNAME_PREFIXES = frozenset("小老阿")
#: Words after a surname that make a familiar form of a name (柯姐, 罗哥): a unit named so (“柯姐调解室”)
#: is named after its person, even in quotes.
NICKNAME_SUFFIXES = frozenset("姐 哥 叔 婶 姨 嫂 大姐 大哥".split())
#: A word this frequent in jieba's dictionary inside a dotted run makes it a column's name, no
#: person (走基层·蹲点调研); the most frequent part of a transliterated name (买买提) is far rarer.
DOTTED_WORD_FREQ = 1000
#: A verb or adjective this frequent inside a dotted run makes it a column's name (护航·…).
DOTTED_VERB_FREQ = 50
#: Parts that make a dotted run no name (中国·江城 is a place, not a person).
NOT_NAME_PARTS = frozenset("中国 全国 国际".split())
#: Characters after which a name may start although they are no function words (据某某介绍).
NAME_OPENERS = frozenset("据由让请")
#: A two-character noun at least this frequent in jieba's dictionary (老人, 牧民) written before the
#: first part of a dotted name is a word of its own, not part of the name.
COMMON_NOUN_FREQ = 300
#: Adverbs that are also surnames: after a post they start the clause, not a name
#: (法定代表人都一致, 局长也表示).
ADVERB_STARTS = frozenset("都也又就还已正同很非挺太真")
#: Adverbs that follow a subject, often a list of names (甲、柯远|都表示: not 柯远都).
LIST_ADVERBS = frozenset("都也又就还已")
#: Characters that close a temporal frame (在抓捕嫌疑人时…, 当民警赶到时…) and the words that open
#: it within the clause: after a role such a character is no surname (时英勇, 时受伤).
FRAME_CLOSERS = {"时": ("在", "当")}
#: Last characters of a run that make it a time or place word, not a name (…后, …中).
NOT_NAME_RUN_END = "后前时中上下里内外"
#: Longest name without a Han surname read after a post (仁青措, 阿旺扎西).
MAX_NAME_RUN = 5
#: Longest name made of name parts (name_parts.tsv: 尼玛次仁旦增, 阿依古丽买买提).
MAX_COMPOSED_NAME = 8
#: Sentences back (besides the current one) in which a post with no unit looks for its unit.
FOCUS_SENTENCES = 4
#: Fewest mentions of the unit an article is about before a post or role written alone is read
#: as held in it (kg.extract.persons._focus_unit).
FOCUS_UNIT_MENTIONS = 3
#: Units named after the township they serve, and the endings of the county body they sit in: a
#: 派出所 named after a township of a county (土桥派出所, 职田镇派出所) with no parent written is in
#: that county's 公安局 when the article names it (kg/data/townships.tsv).
SEAT_STATION_PARENTS = {"派出所": ("公安局", "分局"), "分局": ("公安局",), "司法所": ("司法局",), "人民法庭": ("人民法院", "法院"),
                        "法庭": ("人民法院", "法院")}
#: Verbs that state a unit's parent (某边检站隶属于某总站).
BELONGS_VERBS = ("隶属于", "归属于", "隶属")
#: Verbs that state where a unit is (某监狱位于某区): it is located in the place after them.
SEAT_VERBS = ("位于", "坐落于", "坐落在", "地处")
#: Marks after which a clause of the same sentence starts (某监狱位于某区，隶属某局: its subject is
#: the sentence's).
CLAUSE_MARKS = frozenset("，,；;")
#: A people's tribunal's unit word in full and as written short (某人民法庭 = 某法庭).
TRIBUNAL_WORDS = ("人民法庭", "法庭")
#: One-character verbs that jieba glues to a township name after them (柯某任|马栏派出所所长).
VERBS_BEFORE_TOWNS = frozenset("任在到赴是系")
#: One-character words opening a clause that say through or by whom (经各县区司法局推荐, 据某所统计): never the
#: first character of a name after them.
OPENING_SOURCE_WORDS = frozenset("经据凭按依")

#: The last characters of a verb that takes a place or a person after it (坐在, 来到, 走向, 交给, 位于,
#: and directions: 带回, 送往, 带至, 走进, 送入): such a verb before a unit word tells where, never the
#: unit's task (法官坐在法庭里, 将双方带回派出所).
COVERBS = frozenset("在到向给于回往至进入")
#: Characters of a modifier between a clause start and a role (线路民警, 90后民警) that still lets the
#: role be held in the unit an article is about.
MAX_ROLE_MODIFIER = 4
#: Modifiers of a role that place its holder outside the unit an article is about (外地民警).
OUTSIDE_MODIFIERS = ("外地", "外省", "外市", "外县", "兄弟", "其他", "其它", "友邻", "别的")
#: jieba frequency from which two characters after a surname are a common word (时表示).
COMMON_WORD_FREQ = 1000
#: jieba frequency from which a string starts a word (so a name ends before it).
WORD_START_FREQ = 20
#: jieba frequency from which a string is a word, not a name (荣幸, 东道主) …
WORD_FREQ = 50
#: … even when jieba tags it a person name (nr).
NAME_WORD_FREQ = 100
#: A fourth character this rare as a word of its own (jieba's dictionary) ends a four-character
#: name after a post (卓玛才措: 措 209, 沙玛阿呷: 呷 217) rather than a verb after a three-character name
#: (孟庆春|盯着: 盯 1977; 高俊杰|记: 记 7460).
NAME_END_CHAR_FREQ = 1000

# ----------------------------------------------------------------------------- places
#: Short forms that are far more often ordinary words than places.
#: Bureaus of a prefecture whose branches (DISTRICT_BRANCHES) are named after its districts
#: (深圳市公安局|南山|分局): an ambiguous short form between them is that prefecture's district.
BRANCHING_BUREAUS = ("公安局",)
AMBIGUOUS_SHORTS = frozenset("安康 来宾 白银 长治 大同 吉安 中山 阿里 山南 海东 海北 平安 和平 新华 城关 "
                             "东方 永安 太平 普安 长安 新城 城中 城东 城西 城南 城北 郊区 矿区 江南 河口 "
                             "南山 北山 东山 西山 龙华 宝安 青山 白山 黄山 三明 东区 西区 红旗 铁西 "
                             "铁东 南关 西关 永和 大安 安宁 建设 开发 胜利 光明 和田 通州 公安 高新 吉林".split())
#: Agencies after which an unlisted ``<stem>市/县/区`` is read as a division (青山县公安局).
AGENCIES_AFTER_DIVISION = ("公安局", "公安分局", "人民法院", "中级人民法院", "人民检察院", "法院", "检察院", "人民政府",
                           "委", "政府", "管委会")
#: Functional zones that hold agencies of their own like a division (某综合实验区公安局, 某经济开发区人民法院,
#: a state-level new area's 某新区人民法院 where GB/T 2260 lists no district of that name, a scenic area's
#: 某风景区公安局 and 某景区管委会):
#: an unlisted ``<stem><zone>`` before an agency (AGENCIES_AFTER_DIVISION) is a place, as 青山县 is.
ZONE_DIVISIONS = ("高新技术产业开发区", "经济技术开发区", "自由贸易试验区", "经济综合实验区", "综合实验区", "综合保税区",
                  "新技术开发区", "经济开发区", "开发区", "高新区", "经开区", "保税区", "试验区", "实验区", "示范区", "合作区",
                  "管理区", "新区", "风景名胜区", "风景区", "景区")
#: Function characters that cannot be inside or right before a place name.
PLACE_FUNCTION = frozenset("的在于到是和与及、，,从赴往至了个各全该本每对向以为过把被将由据他她它我你们")
#: One-character prepositions that open no unlisted division's stem (经|青川县法院判决: 经 is "after").
PREPOSITION_CHARS = frozenset("经由据向对给被把将")
#: Characters that are not the stem of an unlisted division (全市, 该县, 曾任县公安局…: 曾 and 现 before
#: 任 are adverbs; 并报区委…: 并 joins a second verb).
NOT_STEMS = frozenset("全 本 该 各 我 市 县 区 州 省 这 某 两 城 郊 新 老 小 大 上 下 辖 此 当 外 同 他 曾 现 并".split())
#: First characters of a numeral word that makes a count, not a name, before a village or township suffix
#: (一处村委会, 几个村: jieba's m words; 三合村, 五里村 are names).
INDEFINITE_COUNTS = ("一", "两", "几")
#: Township, street and village endings, longest first.
TOWN_SUFFIXES = ("街道", "镇", "乡", "村", "社区", "苏木", "嘎查")
#: Longest name of a township or village written right after its division (transliterated
#: Mongolian names: 额尔敦宝拉格嘎查, 浩勒图高勒镇).
MAX_LONG_TOWN_NAME = 6
#: First characters that never start a township name written after its division (等: 某镇等边境乡镇 closes a list).
NOT_TOWN_START = frozenset("省市县区州旗盟一二三四五六七八九十第等")
#: Suffixes of village-level places (the rest are townships); 嘎查 is a village and 苏木 a
#: township in Inner Mongolia.
VILLAGE_SUFFIXES = ("村", "社区", "嘎查")
#: Last characters of unit heads (局, 所, 院 …): a township name glued after one (某分局陈家镇派出所)
#: starts right after it.
UNIT_FINALS = frozenset("局所院队委处科室站部会司厅")
#: Characters that end a township name on the left.
TOWN_STOP = frozenset("的在于到是系和与及、，,从赴往至进入请让派找了个各全该本每城农小大新老集乡镇村对向以为过把被将由再经又也就都还他她它我你们")
#: Nouns of an area after which a township's name starts (辖区|青柳镇, as 在, 、 or a comma do).
TOWN_AREA_WORDS = ("辖区",)
#: Words ending in a township suffix that are not names.
GENERIC_TOWNS = frozenset("城镇 乡镇 农村 乡村 城乡 村镇 小镇 全镇 本村 该村 各村 社区 城市社区 农村社区 新农村 "
                          "美丽乡村 示范村 文明村 贫困村 行政村 自然村 重点村 城中村".split())
#: Division names that are ordinary words (城区 is a district of 长治, 阳泉, 晋城, …).
WORD_DIVISIONS = frozenset("城区 郊区 矿区 新区 市中区 市辖区".split())
#: Words a division name may be glued into (范县 in 超市 …).
GLUED_WORDS = ("超市", "城市", "都市", "门市", "股市", "夜市")
#: Characters after a short division name that make it a road or bridge (中山路).
ROAD_AFTER = ("路", "街", "巷", "桥", "大道")
#: A direction between a division's short name and a road word (南京东路, 北京西路): still a road
#: (not 北街, 南桥: a community or a township is named so).
ROAD_DIRECTIONS = frozenset("东西南北中")
ROAD_AFTER_DIRECTION = ("路", "大道", "大街")
#: Words after a division's short name that make it a landmark of that name (泰山脚下, 西湖畔, 胶州湾,
#: 井冈山精神, 清水河监狱, 贺兰山律师事务所: a river or mountain named like a county), not the
#: division (not 边 or 草原: 山南边境管理支队, 内蒙古草原…公司).
LANDMARK_AFTER = ("畔", "脚下", "景区", "风景区", "精神", "山麓", "河", "山", "湾",
                  "江畔", "江边", "江面", "江水", "江段", "江流域")  # (图们江畔: the river; 武汉江岸区: a district)
#: Words after a place's short form that keep it a place where it could be a compound surname after a
#: post (副局长濮阳|籍民警, 濮阳|人, 濮阳|警方).
PLACE_WORDS_AFTER = ("籍", "人", "警方", "公安", "地区", "境内", "一带")
#: Level characters of the divisions whose party committee is named by the division and 委 (咸阳市委, 旬邑县委).
PARTY_COMMITTEE_LEVELS = "省市县区州旗"
#: The attributive particle between a place and what lies in it (某州的某律师事务所).
ATTRIBUTIVE = "的"
#: The last character of a river's or lake's name that jieba knows as one place word and that starts
#: with a county's short form (澜沧江, 金沙江, 嘉陵江, 鄱阳湖): the water, not the county.
WATER_AFTER = ("江", "湖")
#: A county's short form this long (满洲里, 格尔木) is vouched for by naming its province; a shorter
#: one (朝阳, 城关) only by naming the county or its city.
DISTINCT_COUNTY_SHORT = 3
#: jieba frequency from which a division's stem is an ordinary word (会同县, 联系市).
STEM_WORD_FREQ = 500
#: A division's name of three characters or more is glued into two words when its first character
#: closes a region's name with the one before (皖南, 河南, 粤西: tagged ns in jieba's dictionary; not
#: 向东) and the rest is a common word (山区, 城区: at least this frequent): 皖南|山区 holds no 南山区.
GLUED_TAIL_FREQ = 1000
#: The last character of a verb of stationing (派驻, 进驻, 常驻) before a level and an agency word
#: (某市纪委监委派驻|市公安局纪检监察组): where a body is stationed, never an unlisted division's name.
STATIONING_END = "驻"
#: jieba frequency from which a township name standing alone is a common word (联系街道).
TOWN_WORD_FREQ = 1000
#: jieba frequency from which 乡/村 + next character is a word (乡村, 村民).
TOWN_SUFFIX_WORD_FREQ = 50
#: jieba frequency from which a village name is a common word.
VILLAGE_WORD_FREQ = 100
#: Longest township name (characters before the suffix).
MAX_TOWN_NAME = 4

#: Verbs of working in a unit after 在<unit> (某某在某派出所|工作, 任职, 挂职).
WORK_VERBS = ("工作", "任职", "挂职", "就职", "供职", "上班")

#: Units whose sections named by their task are written alone in a profile of the unit
#: (教育改造科科长某某 in an article naming one prison: the prison's section; 勤务指挥科 of a border
#: inspection station).
SECTION_HOLDERS = ("监狱", "戒毒所", "边防检查站", "边检站")
#: Units whose departments and teaching sections (侦查系, 警体教研室) are read alone in an article
#: naming one of them (某警察学院…。治安系副主任某某).
SCHOOL_SECTION_HOLDERS = ("学院", "大学")
