"""Sentences → Honor mentions and ``received`` statements.

Pattern (lexicons ``honor_verbs.tsv`` and ``honors.tsv``): ``[year年][被<conferrer>]<verb><title>``
where the title runs from the verb to the first punctuation and ends with a known honour ending
(一等功, 英雄模范, 基层单位, 先进集体, …) or is quoted before 称号 (“人民满意的公务员”称号). The
recipient is the subject of the verb's clause (the unit or person nearest before the verb; with
被, the subject before 被, a pronoun standing for the last person named), every person of a list
(甲、乙等20人荣获, …分别荣立), the object of an active 授予 (公安部授予<recipient>…), or, in a
clause with no subject, the sentence's earlier recipient. Coordinated titles (集体二等功1次、集体
三等功2次) are each received. The year and the conferring body are kept as qualifiers on the
evidence (``2021年被公安部荣记集体一等功``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import rules
from ..lexicon import longest_first, table
from ..nlp import dictionary_freq, tokenizer, tokens, words
from ..types import BELONGS_TO, HONOR, ORGANIZATION, PERSON, PLACE, Mention, Qualifiers
from .base import Context
from .literals import in_quotes
from .persons import (BRACKET, BRACKETED_ITEM, BRACKETED_RUN, COMRADE, LABELLED_ROW, LIST_ROW, PROFILE_LEAD, ROW_NOTE,
                      _worded, headed_cells, profile_boxes, tab_cells, table_row_unit)

#: 等5个单位, 等8名同志: the end of a list of recipients after an active verb.
_COUNTED_UNITS = re.compile(r"等\s*(?P<count>\d+|[一二两三四五六七八九十百]+)\s*(?:个|名|位|家)?(?:单位|集体|同志|人|"
                            + "|".join(sorted(words("roles"), key=len, reverse=True)) + ")?")  # (等7名指战员: roles.tsv)
#: 授予其所在的<unit>, 授予某某所在的<unit>: the unit of the person named before receives the title.
_THEIR_UNIT = re.compile(r"所在(?:的)?(?:单位)?(?=[\u4e00-\u9fff])")
#: 授予200个单位“…”称号, 500名同志“…”: recipients counted right before a quoted title.
_COUNT_BEFORE_QUOTE = re.compile(r"(?P<count>\d+|[一二两三四五六七八九十百千]+)\s*(?:个|名|位|家)[\u4e00-\u9fff]{0,8}?(?=[“\"])")
#: 授予198个人民调解委员会“…”称号, 授予296名同志“…”称号: a title granted to recipients counted by kind,
#: none named (groups count, measure, kind, title).
_KIND_GRANT = re.compile(r"授予(?P<count>\d+|[一二两三四五六七八九十百千]+)\s*(?P<measure>个|名|位|家)"
                         r"(?P<kind>[\u4e00-\u9fff]{1,8}?)[“\"](?P<title>[^”\"“]{2,30})[”\"]")
#: The heading of a list of those who received a quoted title (附：2024年度某省“十佳公益律师”名单): group title.
_TITLED_LIST = re.compile(r"[“\"](?P<title>[^”\"“]{2,30})[”\"](?:称号)?(?:获得者|获奖者)?(?:人员|集体|单位)?名单"
                          r"(?:[（(][^（）()]{1,16}[）)])?[：:]?\s*$")
#: A line labelled by the honour its recipients receive (记集体二等功：…, 授予“…”称号：…): groups verb, title.
_HONOUR_LABEL = re.compile(r"(?P<verb>记|授予|给予|荣记)?(?P<title>[“\"]?[\u4e00-\u9fff]{2,16}[”\"]?(?:称号)?)"
                           r"(?:" + rules.ROW_COUNT + r")?[：:][ \t\u3000]*")  # (记个人一等功（2名）：)
#: A heading's category of praised recipients (表扬集体, 嘉奖个人): the praise (group 1) the article's
#: decision conferred (予以通报表扬), not an honour of its own (HonorExtractor._praise_conferred).
_PRAISED_CATEGORY = re.compile(r"(?:通报)?(表扬|嘉奖)(?:集体|个人|单位|同志|人员)(?:[和及与](?:集体|个人|单位|同志|人员))?"
                               r"(?:名单)?(?:" + rules.ROW_COUNT + r")?[：:]?\s*")
#: A sub-heading of a 名单 that names only who its rows are (一、集体（6个）, 二、个人（10名）): the rows
#: keep the honour of the heading above (通报表扬集体和个人名单).
_WHO_ONLY = re.compile(r"(?:集体|个人|单位|同志|人员)(?:" + rules.ROW_COUNT + r")?[：:]?\s*")
#: The heading of a 名单 (部分受表彰集体和个人名单如下：, 受表彰名单：, 部分受表彰的律师事务所：).
_LIST_HEADING = re.compile(r"(?:名单(?:如下)?|^(?:部分)?受表彰的?[\u4e00-\u9fff]{1,10})(?:[（(][^（）()]{1,12}[）)])?[：:]\s*$")
#: 等3名消防员: the end of a counted group of recipients written between 对 (为, 给) and the verb.
_COUNT_TAIL = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:个|名|位|家)[\u4e00-\u9fff]{0,4}$")
#: What opens a sentence naming some of the recipients counted before (受到表彰的集体中，有…; 此次受表彰的
#: 个人中, 获得表彰的单位中): group kind, the kind of recipient.
_AMONG_HONOURED = re.compile(r"(?:其中[，,]?)?(?:此次|本次|这次)?(?:受到|受|获得|获)?表彰的(?P<kind>先进集体|集体|单位|先进个人|个人|同志)"
                             r"(?:中[，,]?|(?:还|也)?包括)(?:有)?")
#: The next group of the same sentence after a semicolon (…等；先进个人中，有…): its kind.
_AMONG_NEXT = re.compile(r"[；;](?P<kind>先进集体|集体|单位|先进个人|个人|同志)(?:中[，,]?|(?:还|也)?包括)(?:有)?")
#: 受表彰的<unit>, 此次受到表彰的<person>: a sentence opening with one of those honoured, written right after.
_HONOURED_ONE = re.compile(r"(?:此次|本次|这次)?(?:受到|受|获得|获)表彰的(?=[\u4e00-\u9fff])")
#: <person>所在的<unit> (甲所在的律所被评为…): the unit the person serves in is the subject, not the person.
_WHERE_ONE_SERVES = ("所在的", "所在")
#: 等12个派出所 before 为: a counted group of recipients named by their kind (命名甲、乙等12个派出所为“…”).
_COUNTED_KIND = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:个|名|位|家)[\u4e00-\u9fff]{1,8}?(?=为)")
#: 为<winners>颁奖 (颁发奖杯, 颁发证书, 颁发荣誉证书): the winners handed an award (group who).
_PRESENTED = re.compile(r"为(?P<who>[^，,。；;：:]{2,80}?)(?:颁奖|颁发奖杯|颁发证书|颁发荣誉证书|颁发奖章)")
#: 等10名同志, 等3人: a counted list ends here.
_COUNTED = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:名|位|个)?(?:同志|人|民警|干警)")
#: A sub-heading of an announcement that names what its list receives (一、记集体一等功,
#: 二、授予“…”称号, 记个人一等功：, 嘉奖：, 个人二等功（2名）): a numeral, a short line ending with a colon,
#: or one ending with the count of its rows; then an optional conferring verb.
_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]\s*|[（(][一二三四五六七八九十]{1,3}[）)]\s*|(?=[^，,。；;：:]{2,16}[：:]\s*$)"
                      r"|(?=" + rules.COUNTED_HEADING + r"\s*$)"
                      r"|(?=(?:通报)?(?:表扬|嘉奖)[^，,。；;：:]{2,8}名单\s*$)"  # 通报表扬集体和个人名单
                      r"|(?=(?:授予|给予|追授|对)(?:以下|下列)[^，,。；;：:]{2,30}[：:]\s*$))"  # 授予下列单位“…”称号：
                      r"(?:荣记|荣立|追记|追授|授予|给予|记)?"
                      r"(?:对?(?:以下|下列)\s*(?:\d+|[一二两三四五六七八九十百]+)?\s*(?:个|名|位)?"  # 给予以下2个单位记…
                      r"(?:单位|集体|个人|同志|人员|民警|辅警)(?:荣记|荣立|追记|追授|授予|记|予以|给予)?)?")  # 对以下同志予以…
#: 命名以下10个派出所为2024年度全市“枫桥式公安派出所”: units listed on the lines after the sentence
#: receive the quoted title (count and title as groups).
_FOLLOWING = re.compile(r"(?:命名|授予|评为|确定)以下\s*(?P<count>\d+|[一二两三四五六七八九十百]+)?\s*(?:个|家)?"
                        r"[\u4e00-\u9fff]{0,8}?为?(?:\d{4}年度?)?[\u4e00-\u9fff]{0,6}?[“\"](?P<title>[^”\"，,。；;]{2,30})[”\"]")
#: 对3名“最美基层民警”予以通报表扬: a count and a quoted title before a verb of praise, the
#: persons (units) counted listed after it (``_LIST_OPENER``); count, title and verb as groups.
_COUNTED_TITLE = re.compile(r"对\s*(?P<count>\d+|[一二两三四五六七八九十百]+)\s*(?:名|位|个|家)[\u4e00-\u9fff]{0,6}?"
                            r"(?:\d{4}年度?)?[“\"](?P<title>[^”\"，,。；;]{2,30})[”\"](?:称号)?(?:获得者)?"
                            r"(?:予以|进行|给予)了?(?P<verb>(?:通报)?(?:表扬|表彰|嘉奖|褒奖))")
#: 公安部命名新一批“枫桥式公安派出所”，某市共有5个派出所榜上有名，: a batch named with a quoted title,
#: then how many of them won (榜上有名, 入选 …; not 候选人, 参与创建), up to the clause's end (count, title
#: and verb as groups).
_COUNTED_BATCH = re.compile(r"(?P<verb>命名|评选出?|表彰|授予)了?(?:新一批|一批|第[一二三四五六七八九十]+批|\d{4}年度?)?"
                            r"[“\"](?P<title>[^”\"，,。；;]{2,30})[”\"](?:称号)?[，,][^，,。；;]{0,20}?(?:共有|有)"
                            r"(?P<count>\d+|[一二两三四五六七八九十]+)\s*(?:名|位|个|家)[^，,。；;]{0,10}?"
                            r"(?:榜上有名|入选|当选|获此殊荣|获评|上榜|受到表彰|被命名|获得命名)")
#: 获此殊荣的5名民警分别是：, 此次获评的4名检察官是：: a list of recipients counted (group count) of an
#: honour the article named before, in the sentence that counts them as many (5名民警被授予“…”称号).
_COUNTED_AGAIN = re.compile(r"(?:获此殊荣|获此荣誉|此次获评|本次获评|此次入选|本次入选|此次受表彰|本次受表彰|受到表彰|受表彰)的\s*"
                            r"(?P<count>\d+|[一二两三四五六七八九十]+)\s*(?:名|位|个|家)[\u4e00-\u9fff]{0,6}?"
                            r"(?:分别|依次)?(?:是|为|有)[：:]")
#: 12名民警被评为“…”，其中包括<unit><post>甲、<unit>乙等: a counted group that received a quoted title, then some of
#: them named after 其中包括 (groups measure, title; the list runs from the match's end).
_COUNTED_AMONG = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s*(?P<measure>名|位|个|家)[\u4e00-\u9fff]{0,6}?"
                            r"(?:被评为|被授予|获评|荣获|被命名为|被表彰为)[“\"](?P<title>[^”\"，,。；;]{2,30})[”\"](?:称号)?"
                            r"[，,]其中(?:包括|有)[：:]?")
#: A count of persons or units (3名, 三名, 12个): group 1 the number.
_COUNT = re.compile(r"(?<![\d一二两三四五六七八九十百])(\d+|[一二两三四五六七八九十]+)\s*(?:名|位|个|家|人)")
#: What closes a clause that counts those who joined a list (有4名检察官|入选, 获此殊荣, 榜上有名).
_COUNTED_JOINED = re.compile(r"[^，,。；;]{0,8}?(?:入选|当选|获评|上榜|榜上有名|获此殊荣|受到表彰|受表彰)")
#: 在<body>公布的新一批<title>名单中，甲、乙、丙榜上有名: the persons (units) listed after the comma
#: receive the title named before 名单中 (group title; the list ends at the verb, group verb).
_ON_THE_LIST = re.compile(r"(?:公布|发布|公示|印发|揭晓)的(?:最新一批|新一批|首批|一批|第[一二三四五六七八九十]+批|第[一二三四五六七八九十]+届"
                          r"|\d{4}年度?)?[“\"]?(?P<title>[^，,。；;：:“”\"]{4,30}?)[”\"]?名单[中里][，,](?:[^，,。；;]{0,12}?有)?"
                          r"(?P<list>[^。；;]{2,200}?)(?P<verb>榜上有名|入选|上榜|名列其中|位列其中)")
#: 他们是：, 分别是：, 名单如下：: what opens the list of those counted (in the sentence or the next).
_LIST_OPENER = re.compile(r"(?:(?:他们|她们|它们|分别|具体|依次)是|名单如下)[：:]")
#: 以下3名同志, 下列5个单位: recipients counted and listed below, written between the verb and the title.
_LISTED_BELOW = re.compile(r"(?:以下|下列)\s*(?:\d+|[一二两三四五六七八九十百]+)?\s*(?:个|名|位|家)?"
                           r"(?:先进集体|先进个人|单位|集体|同志|人员|民警|辅警)")
#: A row ``name（units and post）`` alone on its line, after its number or not (a note may open the bracket:
#: （畲族，某所所长）).
_BRACKETED_ROW = re.compile(r"(?:\d{1,3}[.、．]\s*)?((?:[\u4e00-\u9fff]{1,6}·)*[\u4e00-\u9fff]{2,8}?)(?:" + COMRADE
                            + r")?[（(][^（）()]{4,60}[）)]\s*")
#: 获评“福建省三八红旗集体”的是：, 荣获“…”称号的有：, 获评“…”的部分人员：, 获评“…”：: what a list after
#: the colon received (group title).
_WINNERS = re.compile(r"(?:获评|荣获|获得|被评为|被授予|被命名为|入选|当选)为?[“\"](?P<title>[^”\"，,。；;]{2,30})[”\"]"
                      r"(?:荣誉)?(?:称号)?(?:(?:的|者)(?:部分)?(?:集体|个人|单位|同志|人员)?(?:是|有|为|分别是|名单如下)?)?[：:]")
#: 记集体二等功的集体是：, 荣立个人三等功的同志有：: a merit award (rules.MERIT_AWARDS, unquoted) with
#: the kind of those listed after the colon (group title), as ``_WINNERS``; not one proposed (拟记,
#: 建议记, 申请记, 报请记, 推荐记).
_AWARDED_LIST = re.compile(r"(?<![拟议请荐报])(?:荣记|被记|记|荣立|立|给予|被授予|授予)(?P<title>(?:个人|集体)?(?:"
                           + "|".join(rules.MERIT_AWARDS) + r"))的(?:部分)?(?:集体|个人|单位|同志|人员|民警)"
                           r"(?:是|有|为|分别是|名单如下)?[：:]")
#: A line that is a title alone, with an optional note (南充市见义勇为英雄（追授）), or the heading of
#: its list (附：南通市优秀人民陪审员名单（部分））: title as group 1.
_TITLE_LINE = re.compile(r"(?:附[：:]\s*)?([\u4e00-\u9fff]{4,30}?)(?:获得者)?(?:名单)?"
                         r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[：:]?\s*")
#: The gap between two cells of a table row: a tab, or two spaces or more.
_CELL_GAP = re.compile(r"[ \u3000]*\t[ \t\u3000]*|[ \u3000]{2,}")
#: The count of a heading's rows closing it (个人二等功（2名）, 某市（3个）).
_COUNTED_HEADING = re.compile(rules.ROW_COUNT + r"\s*$")
#: A count and a measure word opening what follows an honour verb (12个集体, 20名个人): recipients counted.
_COUNT_OPENING = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s*[个名位家]")
#: A short description of the recipient before a quoted title (牺牲民警|“…”称号): group 1 ends before the quote.
_DESCRIBED_QUOTE = re.compile(r"([\u4e00-\u9fff]{1,8})(?=[“\"][^”\"]{2,30}[”\"](?:荣誉)?称号)")
#: The number that opens a row of a numbered table (序号  单位 / 序号  姓名  单位  职务): digits and a gap.
_SERIAL = re.compile(r"(?:\d{1,3}(?:[\s\u3000]+|[、.．]\s*)|[（(]\d{1,3}[）)]\s*)(?=[\u4e00-\u9fff])")
#: 对2024年度“全市平安建设先进集体”进行了表彰，受表彰单位为：: a quoted title praised, then the list
#: of those praised (group title), as ``_WINNERS``.
_PRAISED_LIST = re.compile(r"对(?:\d{4}年度?)?[“\"](?P<title>[^”\"，,。；;]{2,30})[”\"](?:称号)?(?:获得者)?"
                           r"(?:进行|予以|给予)了?(?:通报)?(?:表彰|表扬|嘉奖)[，,]?"
                           r"受表彰(?:的)?(?:单位|集体|个人|同志|人员|对象)(?:为|是|有|名单如下)[：:]")
#: 长沙市：甲派出所；乙法庭, 省直单位：…, 株洲市：: a line of a 名单 grouped by region (groups group, items).
_GROUP_LINE = re.compile(r"(?P<group>[\u4e00-\u9fff]{2,14})[：:][ \u3000]*(?P<items>[^：:]*?)[；;。]?\s*")
#: An item of a grouped line: what ；、 or a run of two spaces (or an ideographic space) leave.
_GROUP_ITEM = re.compile(r"[^；;、\s\u3000]+(?:[ ][^；;、\s\u3000]+)*")
#: A merit award run on into the next (一等功二等功, in a headline): the first ends there.
_RUN_ON_AWARDS = re.compile("(?:" + "|".join(rules.MERIT_AWARDS) + ")(?=(?:个人|集体)?(?:" + "|".join(rules.MERIT_AWARDS) + "))")
#: An item of a list of titles in a profile box's 荣誉 field (全国优秀人民警察、个人一等功).
_FIELD_ITEM = re.compile(r"[^、，,；;。\s]+")
#: A note in brackets after a listed person's name: sex or nationality (某某（女）, 某某（藏族）).
_NOTE = re.compile(r"[(（][\u4e00-\u9fff]{1,6}[)）]")
#: “全国青年文明号”称号: a quoted title before 称号 (group 1).
def _in_quotes(shortest: int) -> str:
    """Pattern of a title in quotes (group 1): no clause punctuation inside (a slogan has some),
    ``shortest`` to ``rules.MAX_HONOUR`` characters."""
    return r"[“\"]([^”\"，,。；;！!？?]{%d,%d})[”\"]" % (shortest, rules.MAX_HONOUR)


#: The year (2023年度) and the edition (第十届) written before an honour's title: no part of it.
_YEAR = r"\d{4}年度?"
_ORDINAL_EDITION = r"第[一二三四五六七八九十百\d]+届"
_QUOTED_TITLE = re.compile(_in_quotes(2) + r"(?:荣誉)?称号")
#: 荣获“…”称号的<units and posts><name>: a title qualifying the person it describes.
_TITLE_OF = re.compile(_in_quotes(3) + r"(?:荣誉)?称号的")
#: A title where a verb expects one: “…” followed by 称号, the end, a clause or list mark, the
#: next quoted title (“…”“…”) or 等 (…等荣誉).
_TITLE_IN_QUOTES = re.compile(f"(?:{_YEAR})?(?:{_ORDINAL_EDITION})?" r"(?:全[国省市县区州盟](?:" + "|".join(rules.HONOUR_SCOPE_BODIES) + r")?|[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|州|盟|县|区))?" + _in_quotes(2) + r"(?:荣誉)?(?:称号|$|[，,。；;！、和“\"\t]|荣誉|等)")  # (\t: a table's cell ends)
#: A row of a 名单 that opens with a name and a wide gap (two spaces or more, an ideographic
#: space, a tab) before its details (sex, nationality, unit and post, with commas).
_GAPPED_NAME = re.compile(r"([\u4e00-\u9fff·]{2,12})(?:[ \u3000]{2,}|\t|\u3000)")
#: The year or edition written before an unquoted title (获评2023年度全省…, 荣获第十届全国…).
_EDITION = re.compile(f"{_YEAR}|{_ORDINAL_EDITION}")
#: A title in quotes after a short lead (a region: 命名2024年度全省“青柳之星”的决定) inside an
#: unquoted phrase: the quotes hold the title.
#: A title with a quoted middle and a tail of its own words (全国公安机关“减负增效”先进集体, 第十届
#: “全国119消防奖”先进个人): the title, the year or edition before it left out, up to 荣誉, 称号 or a stop.
_QUOTED_MIDDLE = re.compile(f"(?:{_YEAR})?(?:{_ORDINAL_EDITION})?(?P<title>[\u4e00-\u9fff]{{0,10}}?[“\"][^“”\"，。,；;]{{2,20}}[”\"]"
                            f"(?P<tail>(?!称号|荣誉|等|的)[\u4e00-\u9fff]{{2,12}}?))(?=荣誉称号|称号|荣誉|[，,。；;！、和]|$)")
_QUOTED_AFTER_LEAD = re.compile(r"[^“\"]{0,8}[“\"]([^“”\"]{2,%d})[”\"]" % rules.MAX_HONOUR)
#: A quoted title right before a name (“全国法院先进个人”某某, “办案标兵”的某某).
_QUOTED_BEFORE_NAME = re.compile(_in_quotes(3) + "的?")
#: 某厅（党委）（研究）决定，: a clause of a decision, whose body confers what the next clause gives.
_DECIDED = re.compile(r"(?:研究|会议)?决定\s*[，,]\s*$")
#: Unquoted titles listed with 、 and closed by 等荣誉 (等称号, 等荣誉称号): the list's form makes each
#: item a title, whatever its ending (获得全国优秀公安局、全省执法示范单位等荣誉; group title, the first).
_LISTED_TITLES = re.compile("(?P<title>[\u4e00-\u9fff]{4,30}?)(?:、[\u4e00-\u9fff]{4,30}?)*"
                            "等(?:多项|多个|\\d+项|[一二三四五六七八九十]+项)?(?:荣誉称号|荣誉|称号)")
#: A clause or a list item (what 、，；： and quotes close): where an unquoted title may open.
_SEGMENT = re.compile(r"[^、，,；;：:。！？!?“”\"]+")
#: A preposition that may stand before a title opening a clause (以 a 全国 title and a name 的名字命名, 向 a title and a name 学习).
_BEFORE_TITLE = "以向为对给与和同跟"
#: 发布“最美青柳卫士”, 举行“最美青柳卫士”发布仪式: the announced title (group 1 or 2).
_ANNOUNCE = re.compile(r"(?:发布|评选出|推选出|评出|选出|揭晓|公布)了?(?:\d{4}年度?)?[“\"]([^”\"，,。；;！？]{2,%d})[”\"]"
                       r"|[“\"]([^”\"，,。；;！？]{2,%d})[”\"](?:发布仪式|发布会|揭晓仪式|颁奖仪式|颁奖典礼|评选结果)"
                       % (rules.MAX_HONOUR, rules.MAX_HONOUR))
#: …等20名同志光荣入选: the end of an announced list of honourees.
_JOINED = re.compile(r"(?:等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:名|位|个)?(?:同志|人|民警|干警|集体|单位)?)?"
                     r"(?:光荣|成功|正式|分别|均|同时)?(?:入选|当选|获此殊荣)")
#: A note in brackets closing a list heading: （部分）, （排名不分先后）, （按姓氏笔画排序）; not a count
#: (一、先进集体（5个）: the category of a longer title named before, left unread).
_HEADING_NOTE = re.compile(r"\s*[（(](?![^（）()]*[0-9一二三四五六七八九十]+\s*[个名位人])[^（）()]{1,10}[）)]\s*[：:]?\s*$")
#: A count closing a list heading (（3个）, （12名）).
_HEADING_COUNT = re.compile(r"\s*[（(]\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[个名位人家]\s*[）)]\s*[：:]?\s*$")
#: Who a 名单's heading lists after its honour, at its end or before its count (二、记个人二等功的同志（8名）):
#: the receivers, no part of the title.
_HEADING_WHO = re.compile(r"的?(?:同志|集体|单位|个人|人员|民警|先进个人)(?=" + _HEADING_COUNT.pattern + "|$)")
#: The conferring verbs a list heading may open with (the optional verb of ``_HEADING``).
_HEADING_VERBS = ("荣记", "荣立", "追记", "追授", "授予", "给予", "记")
#: Plural personal pronouns (他们, 她们): a sentence opening with one may stand for the persons before.
_PLURAL_PRONOUNS = tuple(p + "们" for p in rules.PERSONAL_PRONOUNS)
#: An award written as the verb (某局嘉奖某所, 通报嘉奖): rules.AWARDS_AS_VERBS, not 嘉奖令 or 嘉奖的.
_AWARD_VERB = re.compile("(?:" + "|".join(rules.AWARDS_AS_VERBS) + ")(?![令的])")
#: What after a name marks a person, though the name is also a place's (嘉奖岳阳同志, 岳阳等3人).
_COMRADE = ("同志", "等")
#: Closing quotes that may end a title (“…”, "…", ‘…’).
_CLOSING_QUOTES = "”\"’"


def _names_only(ctx: Context, s) -> list[Mention]:
    """The persons of line ``s`` when they are all it holds (two or more, apart by spaces, 、 or
    a comma): a row of bare names in a list; else none."""
    names = ctx.in_sentence(s.index, PERSON)
    if len(names) < 2:
        return []
    rest = s.norm
    for p in reversed(names):
        rest = rest[:p.start - s.start] + rest[p.end - s.start:]
    return names if not rest.strip(" \t\u3000、，,；;。") else []


def _list_then_clause(ctx: Context, s, first: Mention, verb_at: int) -> list[Mention]:
    """``甲所、乙大队、丙科在专项整治中成效明显，被记集体二等功``: units joined by list marks from
    ``first`` on, then a clause of no other unit or person up to a comma right before the verb at
    ``s.norm[verb_at]`` (or before its 被): the list's units, in order; ``[]`` when the text is not so."""
    text = s.norm
    comma = max(text.rfind("，", 0, verb_at), text.rfind(",", 0, verb_at))
    if comma < first.end - s.start or not re.fullmatch(r"被?[^，,；;。：:、]{0,20}", text[comma + 1:verb_at]):
        return []  # (…，被省公安厅记…: the conferrer after the comma is no item)
    units = sorted(_outermost([o for o in ctx.in_sentence(s.index, ORGANIZATION) if first.start <= o.start
                               and o.end - s.start <= comma]), key=lambda o: o.start)
    out = [first]
    for o in units:
        if o.start >= out[-1].end and text[out[-1].end - s.start:o.start - s.start] in rules.LIST_MARKS \
                and o.start - out[-1].end == 1:
            out.append(o)
        elif o.start >= out[-1].end:
            return []  # another unit in the clause: its subject is not the list alone
    if len(out) < 2:
        return []
    rest = text[out[-1].end - s.start:comma]
    if not re.fullmatch(r"[在于][^，,；;。：:、]{2,30}", rest) \
            or any(out[-1].end <= p.start and p.end - s.start <= verb_at for p in ctx.in_sentence(s.index, PERSON)):
        return []
    return out


def _outermost(units: list[Mention]) -> list[Mention]:
    """The units of ``units`` inside no longer one of them (a list's items, not the parts of each)."""
    return [o for o in units if not any(u is not o and u.start <= o.start and o.end <= u.end
                                        and len(u.name) > len(o.name) for u in units)]


def _group_line(ctx: Context, s) -> list[Mention] | None:
    """A line of a 名单 grouped by region (``_GROUP_LINE``): a place or a group of units
    (省直单位) before a colon, then nothing (the group's heading: ``[]``), units separated by
    ``；``, ``、`` or runs of spaces, each written whole (``[unit, …]``), or a person's row
    (天津市：某某  某局某支队副支队长: ``[person]``); None when the line is no such line."""
    m = _GROUP_LINE.fullmatch(s.norm)
    if m is None:
        return None
    if not _group_at_start(ctx, s, m.group("group")):
        return None
    out = []
    units = _outermost(ctx.in_sentence(s.index, ORGANIZATION))
    for item in _GROUP_ITEM.finditer(s.norm, m.start("items"), m.end("items")):
        a, b = ctx.span_of(s, item.start(), item.end())
        unit = next((o for o in units if o.start == a and o.end == b), None)
        if unit is None:  # a person's row, or no line of the list
            named = [next((p for p in ctx.in_sentence(s.index, PERSON) if (p.start, p.end) == ctx.span_of(s, *i.span())), None)
                     for i in _GROUP_ITEM.finditer(s.norm, m.start("items"), m.end("items"))]
            if len(named) > 1 and all(named):
                return named  # 某市人民法院：甲、乙: the unit's persons, each a row
            at = ctx.span_of(s, m.start("items"), m.start("items"))[0]
            first = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == at), None)
            return [first] if first is not None else None
        out.append(unit)
    return out


def _run_of_bracketed_rows(ctx: Context, s, at: int = 0) -> list[Mention]:
    """The persons of a paragraph of rows ``name（unit post）`` run on with 、 or ；from
    ``s.norm[at]`` to the line's end (``BRACKETED_RUN``: 甲（某县公安局某派出所）、乙（某县公安局某大队）。),
    each read as a Person where its item starts, in order; ``[]`` when the line is no such run."""
    if BRACKETED_RUN.fullmatch(s.norm, at) is None:
        return []
    persons = {(p.start, p.text): p for p in ctx.in_sentence(s.index, PERSON)}
    out = [persons.get((s.start + m.start(1), m.group(1))) for m in BRACKETED_ITEM.finditer(s.norm, at)]
    return [p for p in out if p is not None]


def _receivers(ctx: Context) -> set[Mention]:
    """The mentions that received an honour so far (the list readers leave their rows as they are)."""
    return {st.subject for st in ctx.statements if st.predicate == "received"}


def _group_at_start(ctx: Context, s, group: str) -> bool:
    """Is ``group``, written at the start of line ``s``, a place read there whole (河北省, 长沙市), a
    group of units (省直单位, ``rules.UNIT_GROUPS``) or a unit read there whole (某市公安局: the bureau
    whose members' rows follow): what a 名单 grouped by region or agency groups by?"""
    return group.endswith(rules.UNIT_GROUPS) or any(
        p.start == s.start and p.end == s.start + len(group) for p in ctx.in_sentence(s.index) if p.cls in (PLACE, ORGANIZATION))


def _region_line(ctx: Context, s) -> bool:
    """Is line ``s`` a group alone (:func:`_group_at_start`: 河北省, 省直单位), a colon after it or
    not: the heading of a grouped 名单's rows?"""
    text = s.norm.rstrip("：: \t\u3000")
    return bool(text) and _group_at_start(ctx, s, text)


def _opener_after(text: str, at: int, skipped: str) -> re.Match | None:
    """``_LIST_OPENER`` (他们是：, 分别是：) at ``text[at:]`` after any of the characters ``skipped``."""
    while at < len(text) and text[at] in skipped:
        at += 1
    return _LIST_OPENER.match(text, at)


#: A sentence deciding to honour (某厅印发通报…予以表彰, 决定对…, 对…进行表彰): the body opening it confers
#: the honours the article names after it (HonorExtractor._decided_by).
_DECISION = re.compile(r"(?:印发|下发|发布|作出|发出|下达)[^。；;]{0,40}?(?:表彰|记功|嘉奖|通报表扬|命名|奖励)"
                       r"|决定[，,：:]?(?:对|给予|授予)|(?:予以|给予|进行)(?:通报)?(?:表彰|表扬|记功|嘉奖)")


#: 经某部批准 (研究, 同意): a body named in an honour's own sentence as the one that decides it.
_APPROVED_BY = re.compile(r"经[^，,。；;]{2,40}?(?:批准|研究|同意|评审|审核)")


def _clause_end(text: str, at: int) -> int:
    """Where the clause of ``text[at]`` ends (its comma, semicolon or full stop), or ``len(text)``."""
    return min((j for j in (text.find(c, at) for c in "，,；;。！!") if j >= 0), default=len(text))


def _clause_from(text: str, at: int) -> int:
    """Where the clause holding ``text[at]`` starts: after the last clause or sentence mark
    (，；。：) before it, or 0."""
    return max(text.rfind(c, 0, at) for c in "，,；;。：:") + 1


def _revoked(text: str, at: int, verb_end: int | None = None) -> bool:
    """Is the honour at ``text[at]`` (a quoted title and 称号 in a clause with no honour verb, or
    with ``verb_end`` the honour verb there) the object of a word of taking an honour back
    (``rules.REVOKING``: 撤销, 收回) earlier in its clause: 撤销某所“…”称号, 撤销其荣获的… (the verb in a
    relative clause)? Not when 被 or 并 stands between (收回执行款…被评为…, 撤销原处分并授予…), nor for
    a verb of its own clause (协助撤销…户口荣立…)."""
    clause = _clause_from(text, at)
    hit = max((k + len(w) for w in rules.REVOKING if (k := text.rfind(w, clause, at)) >= 0), default=-1)
    if hit < 0 or "被" in text[hit:at] or "并" in text[hit:at]:
        return False
    return verb_end is None or text.startswith("的", verb_end)  # 撤销其荣获的…称号


def _after_quote(text: str, end: int) -> str:
    """The text after a title ending at ``text[end]``, past its closing quotes if any."""
    return text[end:].lstrip(_CLOSING_QUOTES)


_TITLE_END = re.compile(r"[，。,；;、！？：:（(）)”\"\s]|之后|以来|后|的")


class HonorExtractor:
    """Find honours conferred on units and persons (see module docstring)."""

    name = "honors"
    requires = (ORGANIZATION, PERSON)
    assigns = (HONOR, PERSON)  # persons only as bare names in a list of recipients

    def __init__(self) -> None:
        self.roles = sorted(words("roles"), key=len, reverse=True)
        self.endings = tuple(sorted(words("honors"), key=len, reverse=True))
        self.ending_re = re.compile("|".join(map(re.escape, self.endings)))
        self.ending_set = frozenset(self.endings)
        #: 全国模范检察官, 全市十佳公益律师: a quality of honor_qualities.tsv, up to
        #: rules.QUALITY_GAP characters, then a role or post: an honour ending of its own
        people = self.people = sorted(words("roles") | words("titles"), key=len, reverse=True)
        #: words of praise inside a title (先进, 优秀, 模范 …): a title opening with a verb (某省扫黑除恶
        #:专项斗争先进个人) is one when it holds one
        self.praise = tuple(words("honor_qualities")) + ("先进",)
        self.quality_re = re.compile("(?:" + "|".join(map(re.escape, sorted(words("honor_qualities"), key=len, reverse=True)))
                                     + r")[\u4e00-\u9fff]{0,%d}?(?:" % rules.QUALITY_GAP + "|".join(map(re.escape, people)) + ")")
        #: 全国优秀公安派出所, 全省先进刑警大队: words of praise, up to rules.QUALITY_GAP characters, then
        #: the word of the kind of unit honoured (units.tsv), closing the title where it stops
        self.unit_title_re = re.compile("[\u4e00-\u9fff]{0,8}?(?:" + "|".join(map(re.escape, sorted(self.praise, key=len, reverse=True)))
                                        + r")[\u4e00-\u9fff]{0,%d}?(?:" % rules.QUALITY_GAP
                                        + "|".join(map(re.escape, sorted(words("units"), key=len, reverse=True))) + ")")
        self.verbs = words("honor_verbs")
        verbs = sorted(self.verbs, key=len, reverse=True)
        #: verbs whose grammatical subject confers the honour (公安部授予…), unless written with 被
        self.active = frozenset(r.word for r in table("honor_verbs") if r.voice == "active")
        self.by_form = frozenset(r.word for r in table("honor_verbs") if r.title == "form")
        self.verb_re = re.compile("|".join(map(re.escape, verbs)))
        from .persons import PersonExtractor

        self.persons = PersonExtractor()  # its name grammar, for bare names in a list of recipients
        posts = sorted(words("titles") | words("roles") | words("modifiers"), key=len, reverse=True)
        units = sorted(words("units") | words("sections"), key=len, reverse=True)
        # units, posts and roles between a title or verb and a person: 某分局青柳派出所原所长, 党组书记、局长
        self.post_re = re.compile("(?:(?:" + "|".join(f"[{rules.FORMER}]?{re.escape(p)}" for p in posts) + "|"
                                  + "[\u4e00-\u9fff]{0,6}?(?:" + "|".join(map(re.escape, units)) + "))、?)+")

    def _verb_matches(self, ctx: Context, s):
        """The honour verbs of sentence ``s`` (``self.verb_re``, left to right, not overlapping), a
        verb whose first character ends a person's name read from its next character on (对某某
        柯光荣|记个人二等功: the name keeps 荣, the verb is 记). Yields ``re.Match`` on ``s.norm``."""
        text = s.norm
        names = [(p.start - s.start, p.end - s.start) for p in ctx.in_sentence(s.index, PERSON)]
        pos = 0
        while (m := self.verb_re.search(text, pos)) is not None:
            if any(a <= m.start() < b for a, b in names) and (inner := self.verb_re.match(text, m.start() + 1)):
                m = inner
            yield m
            pos = m.end()

    def run(self, ctx: Context) -> None:
        """Add Honor mentions and ``received`` statements to ``ctx``."""
        for s in ctx.sentences:
            text = s.norm
            last: list[Mention] = []  # recipients of the sentence so far (…，此前还曾荣立…)
            last_conferrer: Mention | None = None  # …为甲记…，为乙记…: the second 为 has the first's subject
            received: list[Mention] = []  # every recipient of the sentence so far: none of them confers
            for m in self._verb_matches(ctx, s):
                if _inside_word(text, m.start(), m.end(), self.verbs):
                    continue  # 牢记, 书记, 登记: the verb is part of another word
                if text.startswith(rules.COMMENDING_VERBS, m.end()):
                    continue  # 命名|表彰…的决定: two verbs of one act, the title read after the second (if any)
                if text.count("《", 0, m.start()) > text.count("》", 0, m.start()):
                    continue  # 《关于给予…记功奖励的决定》: the title of a document, no honour given
                if re.search(rules.NOT_RECEIVED_BEFORE, text[max(0, m.start() - 6):m.start()]):
                    continue  # 从未荣立过…, 希望荣立…: no honour received
                if _revoked(text, m.start(), m.end()):
                    continue  # 撤销其荣获的…称号: taken back
                proposed = re.search(rules.PROPOSED_BEFORE, text[max(0, m.start() - 6):m.start()]) is not None
                after = m.end()
                if text.startswith(("过", "了"), after) and not re.match(r"了(?:其|他们|她们|他|她|该同志)", text[after:]):
                    after += 1  # 荣立过个人二等功, 颁发了…奖章: the aspect particle is no part of the title
                if text.startswith("为", after) and not m.group().endswith("为"):
                    after += 1  # 被追授为“…”, 追记为个人一等功: 为 joins the verb and the title, no part of it
                pron = re.match(r"(?:了)?(?:其|他们|她们|他|她|该同志)", text[after:])
                after += pron.end() if pron else 0
                if pron and (seat := _THEIR_UNIT.match(text, after)):
                    after, pron = seat.end(), None  # 授予其所在的<unit>“…”称号: the unit receives, not the person
                role = next((r for r in self.roles if text.startswith(r, after)), "")
                after += len(role)
                clause = re.split(r"[，,；;。]", text[:m.start()])[-1]
                active = m.group() in self.active and "被" not in clause \
                    and _obtained_from(ctx, s, m.start()) is None  # 被公安部授予, 获公安部授予 are passive
                # 授予<recipient>“…”称号: the recipient is written between the verb and the title
                objs: list[Mention] = []
                if m.group() in rules.HONOUR_NAMING_VERBS and not re.match(r"[^，,。；;：:]{0,80}?为", text[after:]):
                    continue  # 批准文号, 经批准成立…: no 为 and title after the verb, so no recipient between them
                if m.group() in self.active and not pron and (m.group() not in self.by_form
                                                               or m.group() in rules.HONOUR_NAMING_VERBS):
                    # (the verbs of titles by form write their recipients before them: 对甲予以…, 为甲颁发…;
                    # not those that name them: 批准甲为烈士)
                    # 授予<recipient>、<recipient>…等N个单位“…”称号: the recipients between verb and title
                    objs, after = self._objects(ctx, s, after)
                    if objs and (seat := _THEIR_UNIT.match(text, after)):
                        objs, after = self._objects(ctx, s, seat.end())  # 授予某某所在的<unit>…: the unit
                    if not objs:  # 追记在…中牺牲的某派出所民警某某个人一等功: the person right before the title
                        objs, after = self._described_object(ctx, s, after)
                    if not objs and (group := _PERSONS_COUNTED.match(text, after)) and group.group(1):
                        counted = _persons_before(ctx, s, after, group.group(1))  # 授予两人“…”称号: the persons
                        if counted:                                              # named before, as many
                            objs, after = counted, group.end()
                if objs and not text.startswith("为", after) and (kind := _COUNTED_KIND.match(text, objs[-1].end - s.start)):
                    after = kind.end()  # 命名甲、乙等12个派出所|为…: the kind counted is no title
                if m.group() in rules.HONOUR_NAMING_VERBS and not ((objs or pron) and text.startswith("为", after)):
                    continue  # 以某某的名字命名“某某调解室”, 经批准成立…: a name given, an approval, no honour
                    # (命名<recipients>为“…”, 批准其为烈士 is one)
                wei = next((w for w in rules.WORDS_OPENED_BY_WEI if text.startswith(w, after)), "")
                serving = bool(wei) and text.startswith(rules.SERVICE_AFTER_WEI, after + len(wei))
                # (命名甲为民服务标兵: 为民 and a verb open the title; 评定乙为民族团结…, 追认丙为人民英雄: 为 is the copula)
                if (objs or pron) and m.group() in rules.HONOUR_NAMING_VERBS and text.startswith("为", after) and not serving \
                        or objs and text.startswith("为", after) and not wei:
                    after += 1  # 追授王强为“…”称号, 命名某某等10名同志为2024年度…: 为 between the recipient and the title
                below = _LISTED_BELOW.match(text, after)
                if below:  # 授予以下3名同志“…”称号：: the recipients are the rows below (_following_rows)
                    after = below.end()
                title, t_start = self._title(text, after)
                office = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start + t_start
                               and o.end == s.start + t_start + len(title)), None) \
                    if title.endswith(rules.PERSON_NAMED_OFFICES) else None
                if office is not None:  # 命名为“柯远舟警务室”: an office named after a person, a unit (organizations.py)
                    if objs:
                        continue
                    title, t_start = self._title(text, t_start + len(title) + 1)
                    if not title or not text.startswith(("“", "\""), t_start - 1):
                        continue  # (授予“某某警务室”“…”称号: the office receives the quoted title after it)
                    objs = [office]
                lead = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start == s.start + t_start
                             and o.end < s.start + t_start + len(title)), None) if title else None
                if lead is not None and any(text.startswith(v, lead.end - s.start) for v in self.active):
                    continue  # 获公安部|授予…称号: the body confers by the verb after it, read there
                if lead is not None and (rest := self._title(text, lead.end - s.start))[0] in rules.BODY_NAMED_AWARDS:
                    title, t_start = rest  # 受到公安部通报表扬: the body that confers it, then the title
                else:
                    lead = None
                if not title and not objs and (body := next((o for o in ctx.in_sentence(s.index, ORGANIZATION)
                                                             if o.start == s.start + after), None)) is not None:
                    rest = self._title(text, body.end - s.start)  # 某部荣获|某省人民检察院|集体一等功: the body that
                    if rest[0] and rest[1] == body.end - s.start:  # confers it, then the title
                        title, t_start, lead = rest[0], rest[1], body
                if not title or m.group() in self.by_form and not self._by_form(text, title, t_start):
                    continue  # (予以“训诫”, 颁发“居住证”: no honour by its form)
                if m.group() in rules.HONOUR_NAMING_VERBS and title.removeprefix("人民") in self.roles:
                    continue  # 批准甲为人民警察: admitted to a force, a role, no honour
                if below and not objs:  # 授予以下3名同志“…”称号：甲、乙、丙。: the list after the colon
                    objs = _listed_after_colon(ctx, s, t_start + len(title), below.group())
                elif not objs and (have := _HOLDERS_AFTER.match(text, t_start + len(title))):
                    # 荣立个人二等功的有：甲，乙; 同获集体三等功的还有甲局和乙所: the recipients after 有
                    after_have = [o for o in ctx.in_sentence(s.index) if o.start >= s.start + have.end()]
                    objs = [p for p in after_have if p.cls == PERSON] \
                        or _outermost([o for o in after_have if o.cls == ORGANIZATION])
                elif not objs and m.start() == 0:
                    # 记个人三等功：甲（某局民警）、乙（…）: a line opening with the verb and the title lists
                    # its recipients after the colon (persons, else units)
                    objs = _listed_after_colon(ctx, s, t_start + len(title), "") \
                        or _listed_after_colon(ctx, s, t_start + len(title), "单位")
                ms, me = ctx.span_of(s, t_start, t_start + len(title))
                honors = [ctx.add_mention(Mention(HONOR, title, ms, me, s.index))]
                counted = {0: _times_before(text, m.start())}  # 3次荣立个人三等功: times written before the verb
                nxt = t_start + len(title)
                while (more := re.match(r"[”\"]?(?:称号)?(?:\d+|[一二两三四五六七八九十]+)?次?[、和及]|[”\"](?=[“\"])|(?=(?:个人|集体)?[一二三]等功)",
                                        text[nxt:])):  # (一等功二等功: run on, in a headline)
                    at = nxt + more.end()
                    count = _COUNT_BEFORE_VERB.match(text, at)
                    if count and self.verb_re.match(text, count.end()):
                        at = count.end()  # 3次荣立个人三等功、2次荣立个人二等功: the second count and verb
                        counted[len(honors)] = _number(count.group(1))
                    verb2 = self.verb_re.match(text, at)
                    if verb2 and not _inside_word(text, at, verb2.end(), self.verbs):
                        at = verb2.end()  # 荣立个人三等功3次、获嘉奖7次: the second verb shares the subject
                    title2, t2 = self._title(text, at)
                    if not title2:
                        break
                    a, b = ctx.span_of(s, t2, t2 + len(title2))
                    honors.append(ctx.add_mention(Mention(HONOR, title2, a, b, s.index)))
                    nxt = t2 + len(title2)
                if proposed:
                    continue  # 拟荣立…的民警某某, 拟授予…称号: the honour is named, not yet received
                conferrer = self._conferrer(ctx, s, m.start()) or lead
                written = objs or self._for_whom(ctx, s, m.start())  # 授予甲…, 为甲记…
                if active:  # 公安部授予<recipient>…: the subject confers, the object (or 其) receives
                    conferrer = self._recipient(ctx, s, m.start(), None)
                    if conferrer is not None and (self._object_of_phrase(s, conferrer) or conferrer in received
                                                  or conferrer in objs):
                        conferrer = last_conferrer  # 会议对…某某进行了表彰，并授予…: the object of 对, and
                        # 授予甲…称号；授予乙…: a recipient, confer nothing; the sentence's body before does
                    if not objs and not pron and re.search(r"(?:为|给|向)(?:其|他|她)$", text[:m.start()]):
                        pron = True  # 为其追记个人二等功: the pronoun stands before the verb
                    recipients = written or ([_previous_person(ctx, s)] if pron else []) or \
                        ([] if self._to_whom_written(s, m.start()) else list(last))  # 并追记…; 对86名同志予以…
                    recipients = [r for r in recipients if r is not None]
                    if not objs and not written and clause.startswith(rules.JOINED_CLAUSE) \
                            and (prior := self._to_whom_before(ctx, s, m.start() - len(clause))):
                        recipients = prior  # 对甲、乙给予…，并（分别）授予（他们、其）…: the 对 phrase's
                    if not written and clause.startswith("并") and m.group() in self.by_form and len(set(received)) > len(last):
                        recipients = list(dict.fromkeys(received))  # 授予甲…称号，授予乙…称号，并予以通报表扬:
                        # the decision's praise, of every recipient its clauses named
                else:
                    if written and conferrer is None:  # 某厅为<recipient>记…: the subject of 为 confers
                        conferrer = self._phrase_subject(ctx, s, m.start(), written) or last_conferrer
                    recipients = written or self._recipients(ctx, s, m.start(), conferrer)
                    whom = self._to_whom_at(text, m.start()) if not written else None
                    if whom is not None and whom[1] + 1 < m.start():  # 某支队为<unread unit>记…: the 为
                        recipients = [r for r in recipients if r.start > s.start + whom[1]]  # phrase's, never the subject
                    clause = re.split(r"[，,；;。：:]", text[:m.start()])[-1]
                    if recipients and _PRONOUN_OPENING.match(clause) \
                            and all(r.start < s.start + m.start() - len(clause) for r in recipients):
                        recipients = []  # 该所被评为…，他本人也被授予…: the pronoun is the clause's subject
                    part = s.start + max(text.rfind("；", 0, m.start()), text.rfind(";", 0, m.start()))
                    # (甲…，被记…；乙…，被记…: the part after ； has its own recipient, not the sentence's first)
                    if re.search(r"另有|另一|其余|其他|\d+\s*(?:名|位|个|人)", clause) and \
                            not any(o.start >= s.start + m.start() - len(clause) for o in recipients):
                        recipients = []  # 另有49名民警荣立…: a subject counted, not named — no one of the list
                    elif last and not any(o.start >= s.start + m.start() - len(clause) for o in recipients) \
                            and not _own_subject(clause.split("被")[0]) \
                            and not (recipients and all(o.start < part for o in last)
                                     and all(o.start > part for o in recipients)) \
                            and not (_PRONOUN_OPENING.match(clause) and all(o.cls == ORGANIZATION for o in last)):
                        # (…，其徒弟荣立…: a subject of its own; 该所被评为…，他本人也被授予…: a person, not the unit)
                        recipients = last  # a clause with no subject of its own: the sentence's recipient
                    elif not recipients and (opening := _PRONOUN_OPENING.match(clause)) \
                            and (before := _described_person(ctx, s) if "的" in opening.group()
                                 else _previous_person(ctx, s, s.start + m.start() - len(clause))) is not None:
                        recipients = [before]  # …柯某说。他先后荣立…: the pronoun stands for the last person (38岁的他被评为…:
                        # the one the sentence before is about)
                    elif not recipients and self._pronoun_subject(ctx, s, m.start()) \
                            and (before := _previous_person(ctx, s)) is not None:
                        recipients = [before]  # …里，他参与侦破…，先后荣立…: the pronoun opening an earlier clause
                    elif not recipients and s.norm.startswith(_PLURAL_PRONOUNS) \
                            and len(re.findall(r"[，,；;：:]", text[:m.start()])) <= 1:
                        recipients = _previous_persons(ctx, s)  # 甲…；乙…。他们（与…一起，）被授予…: the persons before
                if recipients and all(r.cls == ORGANIZATION for r in recipients) \
                        and (subject := _resume_subject(ctx, s, m.start())) is not None:
                    recipients = [subject]  # 某某，女，1983年生…。曾在甲庭工作，2024年被…评为…: the résumé's person
                described = self._described_holder(ctx, s, t_start + len(title)) if not objs else None
                if described is not None:
                    recipients = [described]  # 向荣立个人二等功的民警某某表示祝贺: the clause describes the name after it
                    while (nxt := next((p for p in ctx.in_sentence(s.index, PERSON) if p.start - recipients[-1].end == 1
                                        and text[recipients[-1].end - s.start] in "、和"), None)) is not None:
                        recipients.append(nxt)  # …的民警甲、乙: every name of the list
                if not recipients:
                    continue
                recipients = recipients + [c for c in _co_recipients(ctx, s, m.start()) if c not in recipients]
                year = re.search(r"(\d{4})年[^，。,]{0,12}$", text[:m.start()]) or \
                    re.search(r"(?:^|[。；;])\s*(\d{4})年度?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,][^，。,；;]{0,30}$", text[:m.start()]) or \
                    (re.search(r"(?:^|[。；;])\s*(\d{4})年度?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,](?:[^。；;\d]{0,80})$", text[:m.start()])
                     if received and not re.search(r"先后|累计|多次|曾|以来|至今", text[:m.start()]) else None)
                # (2023年，甲被…记集体三等功，乙被评为…: the date opening the sentence dates its later honours too)
                # (2023年12月，某局被…授予…: a date opening the sentence dates the honour of its next clause)
                year = year or re.match(r"[“\"]?(\d{4})年", text[after:t_start]) \
                    or re.match(r"(\d{4})年度", title)  # 获评2023年度…, 获评“2024年度全省…”: the award's year
                qualifiers = Qualifiers(year=int(year.group(1)) if year else None,
                                        conferrer=_joint_bodies(ctx, s, conferrer, m.start()))
                last, last_conferrer = recipients, conferrer
                received += recipients
                paired = len(honors) > 1 and len(recipients) == len(honors) and \
                    re.search(r"分别(?:被|由)?[^，。；]{0,12}$", text[:m.start()]) is not None
                for n, honor in enumerate(honors):
                    times = _times(text, honor.end - s.start) or counted.get(n)
                    # 甲、乙分别记A、B: the n-th recipient receives the n-th title
                    holders = [recipients[n]] if paired else recipients
                    for recipient in self._holders(ctx, s, m.start(), honor, holders, conferrer):
                        ctx.add(recipient, "received", honor, s, self.name,
                                replace(qualifiers, count=times) if times else qualifiers)
            self._quoted_titles(ctx, s)
            self._appositions(ctx, s)
            self._quoted_before_person(ctx, s)
            self._title_before_name(ctx, s)
            self._portrait(ctx, s)
            self._titled_person(ctx, s)
            self._award_as_verb(ctx, s)
        self._announced(ctx)
        self._listed_rows(ctx)
        self._headed_rows(ctx)
        self._following_rows(ctx)
        self._counted_list(ctx)
        self._counted_again(ctx)
        self._counted_among(ctx)
        self._on_the_list(ctx)
        self._winners(ctx)
        self._lists_by_kind(ctx)
        self._labelled_lines(ctx)
        self._titled_lists(ctx)
        ctx.drop_statements(_wrong_class)  # whichever pass read it: a unit holds no 个人二等功
        self._lines_of_names(ctx)
        self._honour_cells(ctx)
        self._profile_honours(ctx)
        ctx.drop_statements(_wrong_class)  # (荣誉：所在派出所荣获集体一等功: no person's)
        self._among_the_honoured(ctx)  # (last: it needs every honour the article's units and persons received)
        self._the_honoured(ctx)
        self._bare_titles(ctx)
        self._presented(ctx)
        self._decided_by(ctx)  # (after every rule: it fills the conferrer the honours' sentences leave out)

    def _described_holder(self, ctx: Context, s, end: int) -> Mention | None:
        """The person a relative clause of an honour describes: the title ending at ``s.norm[end]``,
        then ``的``, a unit, roles or posts, and a Person mention (荣立个人二等功的民警某某, 获评…称号的某某,
        …的刑侦大队民警某某); else None."""
        text = s.norm
        k = end
        while text.startswith(("”", "\"", "称号", "荣誉"), k):
            k += 2 if text.startswith(("称号", "荣誉"), k) else 1
        if not text.startswith("的", k):
            return None
        k += 1
        start = k
        while (word := next((w for w in self.people if text.startswith(w, k)), None)) is not None:
            k += len(word)
        person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == s.start + k), None)
        if person is None and k == start:  # 荣获…称号的刑侦大队民警某某: the person's unit, then the role
            person = next((p for p in ctx.in_sentence(s.index, PERSON) if 0 < p.start - s.start - k <= rules.MAX_UNIT_BEFORE_ROLE), None)
            between = text[k:person.start - s.start] if person is not None else ""
            if not between or not re.fullmatch(r"[\u4e00-\u9fff]+", between) or "的" in between \
                    or not between.endswith(tuple(self.people)):
                return None
        return person

    def _honour_cells(self, ctx: Context) -> None:
        """``某某<TAB>某局某所所长<TAB>个人一等功``: a table row (a tab-separated line, or a Markdown
        table's row) with a cell after the first that is an honour's title and nothing else (the last
        such cell: a conferrer's may follow it, 授予机关): the row's recipient (:meth:`_row_head`)
        receives it."""
        rows = None
        for s in ctx.sentences:
            line = s.norm.rstrip()
            cells = tab_cells(line)
            if len(cells) < 2:
                continue
            hit = None
            for start, end in reversed(cells[1:]):  # the last cell, or one before a conferrer's (授予机关)
                title, at = self._title(line, start)
                bare = line[start:end].strip("“”\"")
                if title and title == bare:
                    hit = title, at
                    break
            if hit is None:
                continue
            title, at = hit
            rows = rows if rows is not None else self._row_heads(ctx)
            head = rows.get(s.index)
            if head is None:
                continue
            a, b = ctx.span_of(s, at, at + len(title))
            ctx.add(head, "received", ctx.add_mention(Mention(HONOR, title, a, b, s.index)), s, self.name)

    def _profile_honours(self, ctx: Context) -> None:
        """``荣誉：荣立个人二等功1次`` (or ``【荣誉】…``), the honours field of a profile box (姓名：某某 on a
        line above, :func:`profile_boxes`): every honour read in the field that nobody received is
        the box's person's."""
        received = {st.object for st in ctx.statements if st.predicate == "received"}
        for fields in profile_boxes(ctx):
            if "honour" not in fields:
                continue
            (ns, a, b), (s, va, vb) = fields["name"], fields["honour"]
            person = next((p for p in ctx.in_sentence(ns.index, PERSON) if (p.start - ns.start, p.end - ns.start) == (a, b)), None)
            if person is not None and not ctx.in_sentence(s.index, HONOR):  # 荣誉：全国优秀人民警察、个人一等功: titles
                for item in _FIELD_ITEM.finditer(s.norm, va, vb):  # listed with no verb, each one read
                    title, at = self._title(s.norm, item.start())
                    if title and at == item.start() and at + len(title) == item.end() and self._is_title(title):
                        hs, he = ctx.span_of(s, at, at + len(title))
                        ctx.add_mention(Mention(HONOR, title, hs, he, s.index))
            for honour in ctx.in_sentence(s.index, HONOR) if person is not None else ():
                if honour not in received:
                    ctx.add(person, "received", honour, s, self.name)

    def _lines_of_names(self, ctx: Context) -> None:
        """A row of a list that is names alone (张伟　李强　王芳, 张伟、李强、王芳: persons apart by
        spaces or 、, nothing else on the line): what its first name received (read by the list
        passes, the first name being the row's head), every name of the line receives."""
        for st in list(ctx.statements):
            if st.predicate != "received" or st.subject.cls != PERSON:
                continue
            names = _names_only(ctx, ctx.sentences[st.subject.sentence])
            if names and names[0] is st.subject:
                for person in names[1:]:
                    ctx.add(person, "received", st.object, ctx.sentences[person.sentence], self.name, st.qualifiers)

    def _by_form(self, text: str, title: str, start: int) -> bool:
        """Is ``title`` (at ``text[start]``) an honour by its form: ending in an honour ending of
        ``honors.tsv``, or quoted before a word that marks an honour (称号, 荣誉证书)?"""
        end = start + len(title)
        return title.endswith(self.endings) or \
            text[end:end + 1] in _CLOSING_QUOTES and _after_quote(text, end).startswith(rules.HONOUR_MARKERS)

    def _title(self, text: str, start: int) -> tuple[str, int]:
        i = start
        counted = _COUNTED_UNITS.match(text, i) or _COUNT_BEFORE_QUOTE.match(text, i)
        if counted and counted.group("count"):
            i = counted.end()  # 等50名同志“…”, 授予200个单位“…”: the recipients counted, not the title's start
        quoted = _TITLE_IN_QUOTES.match(text[i:])
        if quoted and _after_quote(text, i + quoted.end(1)).startswith(rules.NOT_CONFERRED_AFTER):
            return "", i  # 被确定为“全国优秀人民警察”候选人: a candidate, no honour yet
        if quoted:  # “人民满意的公务员”称号: whatever the quotes hold is the title
            return quoted.group(1), i + quoted.start(1)
        middle = _QUOTED_MIDDLE.match(text, i)
        if middle and (middle.group("tail").endswith(self.endings) or self.quality_re.fullmatch(middle.group("tail"))
                       or self.unit_title_re.fullmatch(middle.group("tail"))):
            return middle.group("title"), middle.start("title")  # 全国公安机关“减负增效”先进集体: the tail
            # after the quotes ends as a title does, so the quotes are the title's middle
        while i < len(text) and text[i] in "“\"‘":
            i += 1
        edition = _EDITION.match(text, i)
        if edition and re.match("[\u4e00-\u9fff]", text[edition.end():edition.end() + 1]):
            i = edition.end()  # 获评2023年度|全省…先进集体, 荣获第十届|全国…: the year or edition of the
            # award, no part of its title (the year is the statement's kg:year)
        if text.startswith(("荣记", "记"), i) and not _inside_word(text, i, i + 1, self.verbs):
            i += 2 if text.startswith("荣记", i) else 1  # 获记个人二等功: the title starts after 记
        listed = _LISTED_TITLES.match(text, i)
        if listed and all("的" not in item and (item.startswith(rules.HONOUR_SCOPES) or item.endswith(self.endings))
                          for item in listed.group().split("等")[0].split("、")):
            return listed.group("title"), i  # 获得全国优秀公安局、全省…示范单位等荣誉: the items of a list
            # closed by 等荣誉, each with a title's scope or ending (not 公安部、省厅授予的…, 年度考核优秀)
        stop = _TITLE_END.search(text, i)
        chunk = text[i:stop.start() if stop else len(text)][:rules.MAX_HONOUR]
        if _COUNT_OPENING.match(chunk):
            return "", i  # 授予12个集体和20名个人荣誉称号: the recipients counted, no title named
        described = _DESCRIBED_QUOTE.match(text, i)
        if described:  # 追授牺牲民警“全国公安系统二级英雄模范”称号: a description of the recipient, then the title
            return self._title(text, described.end(1))
        best = ""
        for end in self.endings:
            k = chunk.rfind(end)
            if k >= 0 and k + len(end) > len(best):
                best = chunk[:k + len(end)]
        for hit in self.quality_re.finditer(chunk):
            end = max((k + len(w) for k in range(hit.start(), hit.end()) for w in self.people
                       if chunk.startswith(w, k)), default=hit.end())  # 模范监|狱警|察: a longer role
            if end > len(best):  # overlapping the one read (监狱警察 over 狱警) ends it
                best = chunk[:end]  # 全国模范|检察官: the role ends it, not the quality (模范)
        if len(best) < len(chunk) and self.unit_title_re.fullmatch(chunk):
            best = chunk  # 被评为全国优秀公安派出所, 全省优秀刑警大队: praise, then the kind of unit honoured
        first = min((k for k in range(2, len(best)) if best[k] in "和、及"
                     and any(best.endswith(e, 0, k) for e in self.endings)), default=None)
        if first is not None:
            best = best[:first]  # 集体一等功和集体二等功: two titles, the second read as coordinated
        run_on = _RUN_ON_AWARDS.search(best)
        if run_on is not None:
            best = best[:run_on.end()]  # 分别荣立一等功二等功 (a headline): two awards run on, the second read as
            # coordinated
        inner = _QUOTED_AFTER_LEAD.match(text, i) if "“" in best or "\"" in best else None
        if inner is not None:  # 命名2024年度全省“青柳之星”的决定: the quotes hold the title, what is
            return inner.group(1), inner.start(1)  # before them (a region) and after (的决定) is none of it
        prize = next((k for k in (best.rfind(w) for w in rules.PRIZE_HOLDERS) if k > 0), None) \
            if best.endswith(rules.PRIZE_ENDINGS) else None
        if prize is not None:  # 获得手枪速射|个人一等奖: the event before the prize's holder is no part of it
            best, i = best[prize:], i + prize
        if best.endswith("称号") and len(best) > 4:
            best = best[:-2]  # 全国优秀人民警察称号 = 全国优秀人民警察
        if best.endswith("荣誉") and len(best) > 4 and text.startswith("称号", i + len(best)) or best.endswith("荣誉称号"):
            best = best.removesuffix("称号")[:-2]  # 全国优秀人民警察荣誉称号 = “全国优秀人民警察”荣誉称号
            if best[-1:] in ("和", "及", "与", "、"):
                return "", i  # 多次获得上级表彰和荣誉称号: honours in general, no title
        if best and text.startswith(("证", "命令", "资格", "职业资格"), i + len(best)):
            return "", i  # 颁发人民警察证, 助理社会工作者职业资格证书: a document or a qualification, no honour
        if best and _after_quote(text, i + len(best)).startswith(rules.NOT_CONFERRED_AFTER):
            return "", i  # 被确定为“全国优秀人民警察”候选人: a candidate, no honour yet
        if best.startswith(rules.DEMONSTRATIVES) or best in rules.BARE_HONOUR_KINDS or best.startswith(("记功", "等")):
            return "", i  # 被授予此称号, 该荣誉: the honour named before; 颁发奖章, 予以记功和嘉奖: kinds, no title
            # (给予某所等集体和个人记功: the end of a list, no title)
        if re.search("记(?:个人|集体)", best[1:]) or re.search("(?:派出所|局|队|院|庭|站|科|处)(?:个人|集体)", best):
            return "", i  # 给予某派出所(记)集体一等功: a recipient (and 记) before the title, not a title
        return (best, i) if best and len(best) >= 2 else ("", i)

    def _objects(self, ctx: Context, s, pos: int, limit: int | None = None) -> tuple[list[Mention], int]:
        """Recipients written after an active verb, and where the title starts.

        Pattern: ``<item>(、|和)<item>…[等N个单位|等N名同志]`` where an item is a unit, or units,
        posts and roles followed by a person (石拐区分局某派出所原所长某某), or a bare name
        (甲、乙等8名同志): ``授予甲、乙等2名同志“…”称号``.

        Returns:
            ``(recipients, title_start)``; ``([], pos)`` when no recipient is written there.
        """
        text = s.norm
        out: list[Mention] = []
        at = pos
        while True:
            item = self._item_at(ctx, s, at, len(text) if limit is None else limit,
                                 listed=bool(out) and all(o.cls == PERSON for o in out))
            if item is None:
                break
            out.append(item)
            at = item.end - s.start
            if item.cls == PERSON and text.startswith("同志", at):
                at += 2  # 追授某某同志“…”称号
            bracket = BRACKET.match(text, at) or _NOTE.match(text, at)
            if bracket:  # 某某(某派出所副所长)、…, 某某（女）: the item's unit and post, or a note on the person
                at = bracket.end()
            group = _COUNTED_UNITS.match(text, at)
            if group and text[group.end():group.end() + 1] in ("、", "和") and self._item_at(
                    ctx, s, group.end() + 1, len(text) if limit is None else limit) is not None:
                at = group.end()  # 对甲局等2个集体、乙等3名同志予以…: a counted group, then the next one
            if at < len(text) and text[at] in "、和" and at + 1 < len(text) and text[at + 1] not in "“\"":
                at += 1
                continue
            if at < len(text) and text[at] in "，," and item.cls == PERSON and all(o.cls == PERSON for o in out):
                nxt = self._item_at(ctx, s, at + 1, len(text) if limit is None else limit)
                if nxt is not None and nxt.cls == PERSON and nxt.start > item.start:
                    at += 1  # 授予<unit>民警甲，<unit>民警乙（藏族），…“…”称号: long items between commas
                    continue
            break
        if not out:
            return [], pos
        counted = _COUNTED_UNITS.match(text, at)
        return out, counted.end() if counted else at

    def _described_object(self, ctx: Context, s, pos: int) -> tuple[list[Mention], int]:
        """The recipient of an active verb written with a description before it (追记在处置警情中
        因公牺牲的某派出所民警某某个人一等功): the first person of the verb's clause whose name
        the title follows at once. Returns ``([person], title_start)`` or ``([], pos)``."""
        text = s.norm
        end = min((k for k in (text.find(c, pos) for c in "，,。；;") if k >= 0), default=len(text))
        for p in ctx.in_sentence(s.index, PERSON):
            at = p.end - s.start
            at += 2 if text.startswith("同志", at) else 0
            if pos <= p.start - s.start and at < end:
                title, t = self._title(text, at)
                if title and not text[at:t].strip("“\"‘"):
                    return [p], at
        return [], pos

    def _item_at(self, ctx: Context, s, at: int, limit: int, listed: bool = False) -> Mention | None:
        """A recipient starting at ``s.norm[at]`` (see :meth:`_objects`), or None."""
        text = s.norm
        chunk = re.match(r"[\u4e00-\u9fff]{2,4}?(?=[、和等“\"(（]|$|同志|为[“\"]|(?:记|荣记)?(?:个人|集体)(?:[一二三]等功|嘉奖))"
                         r"|(?:[\u4e00-\u9fff]{1,6}·)+[\u4e00-\u9fff]{1,6}?(?=[、和等“\"(（]|$|同志)",
                         text[at:limit])
        if chunk and any(s.start + at < p.start and p.end == s.start + at + len(chunk.group())
                         for p in ctx.in_sentence(s.index, PERSON)):
            chunk = None  # 民警吴敏|记…: a role and a person read inside the chunk, not one name
        if chunk and self._bare_name(ctx, s, at, chunk.group(), listed):  # 周明远、斯琴巴雅、…等8名同志
            found = [p for p in ctx.in_sentence(s.index, PERSON) if p.start == s.start + at and p.name == chunk.group()]
            if found:
                return found[0]
            a, b = ctx.span_of(s, at, at + len(chunk.group()))
            return ctx.add_mention(Mention(PERSON, chunk.group(), a, b, s.index))
        mentions = [m for m in ctx.in_sentence(s.index) if m.cls in (PERSON, ORGANIZATION) and m.start >= s.start + at]
        persons = [p for p in mentions if p.cls == PERSON]
        person = min(persons, key=lambda p: p.start) if persons else None
        if person is not None and (person.start == s.start + at or
                                   self._only_units_and_posts(ctx, s, at, person.start - s.start)):
            return person  # 某派出所原所长某某 → the person
        units = [o for o in mentions if o.cls == ORGANIZATION and o.start == s.start + at]
        if units:
            unit = max(units, key=lambda o: o.end)
            nxt = text[unit.end - s.start:unit.end - s.start + 1]
            if nxt in ("、", "和", "“", "\"", "等") or _COUNTED_UNITS.match(text, unit.end - s.start) \
                    or text.startswith(("为“", "为\""), unit.end - s.start) \
                    or unit.end - s.start == limit \
                    or re.match(r"(?:记|荣记)?(?:集体|个人)", text[unit.end - s.start:]) \
                    or text.startswith(rules.MERIT_AWARDS + rules.BODY_NAMED_AWARDS, unit.end - s.start):
                # 给甲、乙、丙记…: the last item ends at the verb; 给予某所集体嘉奖, 给予某所嘉奖: the award itself
                return unit
            return None
        return None

    def _bare_name(self, ctx: Context, s, at: int, chunk: str, listed: bool = False) -> bool:
        """Is ``chunk`` (2–4 characters or dotted parts, between list separators) a person's
        name: not inside a unit or place, not a common word, and read as a name by the persons
        grammar or not a dictionary word at all (斯琴高娃, 阿拉坦仓)?"""
        start, end = s.start + at, s.start + at + len(chunk)
        if any(m.start < end and start < m.end for m in ctx.in_sentence(s.index) if m.cls in (ORGANIZATION, PLACE)):
            return False
        if "·" in chunk:
            return not _worded(chunk)
        if chunk[0] in rules.NUMERALS + "两" and chunk[1] in "人名位":
            return False  # 为两人记嘉奖: the persons counted, named before (_PERSONS_COUNTED)
        if dictionary_freq(chunk) >= 50 and not tokenizer().word_tag_tab.get(chunk, "").startswith("nr"):
            return False
        return self.persons.name_at(s.norm, at, strong="role") == chunk or listed or all(
            dictionary_freq(chunk[i:i + 2]) < 50 for i in range(len(chunk) - 1))  # (listed: after other names)

    @staticmethod
    def _to_whom_at(text: str, verb_at: int) -> tuple[int, int] | None:
        """``(clause start, k)``: where the 为 (给, 对) that introduces the recipients of the verb
        at ``text[verb_at]`` stands in its clause (为甲记…, 对甲予以嘉奖), or None when there is none
        (成为, 针对, 对象, 对于, 为此, 为了 are no "to whom")."""
        clause_start = _clause_from(text, verb_at)
        k = max(text.rfind(c, clause_start, verb_at) for c in "为给对")
        if k < 0 or text[k - 1:k + 1] in ("成为", "作为", "因为", "认为", "评为", "称为", "被为") \
                or text[k - 1:k + 1] in rules.NOT_FOR_WHOM_DUI or text[k + 1:k + 2] in rules.NOT_FOR_WHOM_AFTER:
            return None
        return clause_start, k

    def _to_whom_written(self, s, verb_at: int) -> bool:
        """Is a 对 (为, 给) phrase written between the clause start and the verb at ``verb_at``
        (对86名同志予以嘉奖): its recipients, named or not, are the verb's own."""
        at = self._to_whom_at(s.norm, verb_at)
        return at is not None and at[1] + 1 < verb_at

    def _for_whom(self, ctx: Context, s, verb_at: int) -> list[Mention]:
        """``为<recipients>记个人一等功`` (or 给, or 对…予以嘉奖): the recipients written between
        为 (给, 对) and the verb."""
        text = s.norm
        at = self._to_whom_at(text, verb_at)
        if at is None:
            return self._to_whom_across(ctx, s, verb_at)
        clause_start, k = at
        if text[k:k + 2] == "给予":
            k += 1  # 给予甲、乙记集体二等功: the recipients follow 给予
        adverb = next((a for a in rules.DISTRIBUTIVE_ADVERBS if text.endswith(a, clause_start, verb_at)), "")
        stop = verb_at - len(adverb)  # 为甲、乙各记…, 为甲、乙分别记…
        objs, end = self._objects(ctx, s, k + 1, stop)
        j = text.rfind("的", k + 1, stop)
        if not objs and j > k + 1 and not re.search("[，,、；;：:“”\"]", text[k + 1:j]):
            objs, end = self._objects(ctx, s, j + 1, stop)  # 为在抢险中牺牲的<unit>民警某某追记…: after the clause
        if objs and end < stop and _COUNT_TAIL.fullmatch(text, objs[-1].end - s.start, stop):
            end = stop  # 对甲等3名消防员予以嘉奖: the named ones of a counted group
        if not objs and (group := _PERSONS_COUNTED.fullmatch(text, k + 1, stop)):
            return _persons_before(ctx, s, k, group.group(1))  # 甲、乙…，某局为二人各记…: the persons named before
        return objs if objs and end == stop else []

    def _to_whom_across(self, ctx: Context, s, verb_at: int) -> list[Mention]:
        """``对甲派出所，乙支队民警某某、丙所民警某某等4名同志予以嘉奖``: a 对 phrase whose recipients run
        over a comma (a unit in the clause that opens with 对, then the persons in the verb's clause,
        closed by a count: 等4名同志): the recipients of both clauses, or ``[]`` unless each clause holds
        recipients and nothing else and the count closes the second."""
        text = s.norm
        clause_start = _clause_from(text, verb_at)
        if clause_start < 2 or text[clause_start - 1] not in "，,":
            return []
        opening = _clause_from(text, clause_start - 1)
        if text[opening] != "对" or self.verb_re.search(text, opening, clause_start):
            return []
        first, end = self._objects(ctx, s, opening + 1, clause_start - 1)
        if not first or end != clause_start - 1:
            return []
        stop = verb_at - 2 if text.startswith(("予以", "给予"), verb_at - 2) else verb_at
        rest, end = self._objects(ctx, s, clause_start, stop)  # (the count closing the list marks its items
        counted = bool(rest) and _COUNT_TAIL.fullmatch(text, rest[-1].end - s.start, stop) is not None  # as
        return first + rest if counted else []  # recipients: 对某所，局长甲、政委乙予以嘉奖 names the givers)

    def _to_whom_before(self, ctx: Context, s, clause_start: int) -> list[Mention]:
        """The recipients of the 对 (为, 给) phrase opening the clause before ``s.norm[clause_start]``
        (对甲、乙给予通报表彰，|并授予…称号: the second verb has no object of its own), or ``[]``."""
        text = s.norm
        end = clause_start - 1
        if end <= 0 or text[end] not in "，,":
            return []
        start = _clause_from(text, end)
        hit = re.match(r"(?:[^，,；;。：:]{0,8}?)([对为给])", text[start:end])
        if hit is None:
            return []
        verb = re.search("给予|予以", text[start + hit.end():end]) or self.verb_re.search(text[start + hit.end():end])
        limit = start + hit.end() + verb.start() if verb else end  # 对某大队|给予通报表彰, 为某某|追记…: the objects end at the verb
        objs, _ = self._objects(ctx, s, start + hit.end(), limit)
        return objs

    @staticmethod
    def _pronoun_subject(ctx: Context, s, verb_at: int) -> bool:
        """Is the subject of the verb at ``s.norm[verb_at]`` a personal pronoun (他, 她; not 他们)
        opening an earlier clause of its sentence, with no person or unit written between it and
        the verb (在…里，他参与侦破…，先后荣立…)?"""
        text = s.norm
        starts = [0] + [k + 1 for k in range(verb_at) if text[k] in "，,"]
        opening = next((k for k in starts if _PRONOUN_OPENING.match(text, k)), None)  # (他的搭档…: the partner's clause)
        if opening is None or any(c in text[opening:verb_at] for c in "；;。：:"):
            return False
        return not any(m.cls in (PERSON, ORGANIZATION) and s.start + opening <= m.start < s.start + verb_at
                       for m in ctx.in_sentence(s.index))

    def _decided_by(self, ctx: Context) -> None:
        """``近日，某厅印发通报，对…集体和个人予以表彰。…某支队被记集体一等功。``: the body that opens a
        sentence of a decision to honour (``_DECISION``: 印发…表彰, 决定对…, 予以表彰) confers the honours
        of that sentence and the later ones that name no conferrer of their own, until the next
        such sentence; not an honour read as past (``rules.PAST_HONOUR_MARKS`` in its clause before
        it: 曾荣立, 先后荣获, 累计…), nor one the body itself receives. Sets ``conferrer`` in place."""
        deciders: list[tuple[int, tuple[Mention, ...]]] = []
        for s in ctx.sentences:
            hit = _DECISION.search(s.norm)
            if hit is None:
                continue
            body = next((o for o in sorted(ctx.in_sentence(s.index, ORGANIZATION), key=lambda o: o.start)
                         if o.end - s.start <= hit.start() and not self._object_of_phrase(s, o)
                         and not in_quotes(s.norm, o.start - s.start) and "《" not in s.norm[:o.start - s.start]), None)
            if body is not None:  # (人力资源社会保障部、公安部决定…: the bodies listed with it decide together)
                deciders.append((s.index, _joint_bodies(ctx, s, body, hit.start())))
        if not deciders:
            return

        def decider(st) -> tuple[Mention, ...] | None:
            if st.predicate != "received" or st.qualifiers.conferrer is not None or not isinstance(st.object, Mention):
                return None
            k = st.object.sentence
            bodies = next((b for i, b in reversed(deciders) if i <= k), None)
            if bodies is None or any(st.subject.name == b.name for b in bodies):
                return None
            s = ctx.sentences[k]
            clause = s.norm[_clause_from(s.norm, st.object.start - s.start):st.object.start - s.start]
            if _APPROVED_BY.search(s.norm, 0, st.object.start - s.start):
                return None  # 某某经甲部、乙部批准，被授予…: the sentence names its own bodies
            return None if any(w in clause for w in rules.PAST_HONOUR_MARKS) else bodies

        given: dict[tuple[Mention, ...], set] = {}  # the deciding bodies → the statements they confer
        for st in ctx.statements:
            if (bodies := decider(st)) is not None:
                given.setdefault(bodies, set()).add(st)
        for bodies, statements in given.items():  # (one pass over the article's statements per decision)
            ctx.qualify(lambda x, statements=statements: x in statements, Qualifiers(conferrer=bodies))

    @staticmethod
    def _object_of_phrase(s, m: Mention) -> bool:
        """Is mention ``m`` written inside a 对 (为, 给, 向) phrase of its clause (会议对…某某进行了
        表彰): an object, never the subject that confers?"""
        text = s.norm
        k = m.start - s.start
        clause_start = _clause_from(text, k)
        return re.search("[对为给向]", text[clause_start:k]) is not None

    def _phrase_subject(self, ctx: Context, s, verb_at: int, written: list[Mention]) -> Mention | None:
        """The body that confers in ``<body>为<recipients>记…`` (给, 对…予以): the unit that opens
        the clause of the verb at ``s.norm[verb_at]`` and ends before its 为 (给, 对), the longest
        of those starting first; None when the clause opens with the phrase (…，为乙记…) or with
        no unit."""
        at = self._to_whom_at(s.norm, verb_at)
        if at is None:
            return None
        clause_start, k = at
        cands = [o for o in ctx.in_sentence(s.index, ORGANIZATION)
                 if clause_start <= o.start - s.start and o.end - s.start <= k and o not in written]
        if not cands and clause_start > 1 and _DECIDED.search(s.norm, 0, clause_start):
            before = _clause_from(s.norm, clause_start - 1)  # 某厅决定，为甲记…: the body that decided
            cands = [o for o in ctx.in_sentence(s.index, ORGANIZATION)
                     if before <= o.start - s.start and o.end - s.start < clause_start and o not in written]
        if not cands:
            return None
        first = min(o.start for o in cands)
        return max((o for o in cands if o.start == first), key=lambda o: (o.end, len(o.name)))

    def _quoted_titles(self, ctx: Context, s) -> None:
        """A quoted title before 称号 with no honour verb (摘得“全国青年文明号”称号): the title is
        an honour by its form, received by the subject of its clause."""
        text = s.norm
        have = {(m.start, m.end) for m in ctx.in_sentence(s.index, HONOR)}
        for m in _QUOTED_TITLE.finditer(text):
            a, b = ctx.span_of(s, m.start(1), m.end(1))
            if (a, b) in have:
                continue
            clause_start = _clause_from(text, m.start())
            if any(not _inside_word(text, v.start(), v.end(), self.verbs)
                   for v in self.verb_re.finditer(text, clause_start, m.start())):
                continue  # the clause has an honour verb: its pattern decides the recipient
            recipient = self._recipient(ctx, s, m.start(), None)
            if recipient is None or recipient.start < s.start + clause_start or _revoked(text, m.start()):
                continue  # (撤销某所“…”称号: taken back, not received)
            honor = ctx.add_mention(Mention(HONOR, m.group(1), a, b, s.index))
            ctx.add(recipient, "received", honor, s, self.name)

    def _title_before_name(self, ctx: Context, s) -> None:
        """An honour title by its form opening a clause or list item and a name right after it
        (全国优秀人民警察李强介绍…, 副庭长、全国审判业务专家公孙明哲担任…): the person received it.
        The title opens with its scope (``rules.HONOUR_SCOPES``: 全国, 全省 …) or a place, or is an
        ending whole (一等功臣); the name must end where a word or a clause does; a person the
        rules read there is used."""
        text = s.norm
        for seg in _SEGMENT.finditer(text):
            k = seg.start()
            if text[k] in _BEFORE_TITLE and text.startswith(rules.HONOUR_SCOPES, k + 1):
                k += 1  # 以|全国…模范 and a name 的名字命名: a preposition, then the title
            if k and text[k - 1] in rules.OPENING_QUOTES + rules.CLOSING_QUOTES:
                continue  # “人民警察荣誉勋章”, 全国公安机关“减负增效”先进集体荣誉称号: a quoted title's own
                # words, or the tail after its quoted middle (its rules read them)
            ends = sorted({m.end() for m in self.ending_re.finditer(text, k, seg.end())}
                          | {m.end() for m in self.quality_re.finditer(text, k, seg.end())}, reverse=True)
            place_end = max((p.end - s.start for p in ctx.in_sentence(s.index, PLACE) if p.start == s.start + k), default=k)
            placed = place_end > k
            for j in ends:  # the longest title first
                title = text[k:j]
                if not self._is_title(title) or any(o.start < s.start + j < o.end for o in ctx.in_sentence(s.index)):
                    continue
                if not (title.startswith(rules.HONOUR_SCOPES) or placed or title in self.ending_set):
                    continue  # (雇人在本村集体|林地内…, 澜沧各界送别缉毒英雄|胡扎约: no title's scope opens it)
                if title in self.people:
                    continue  # 民警、共产党员某某: a role of roles.tsv written whole, no honour (优秀共产党员 is one)
                if placed and not title.startswith(rules.HONOUR_SCOPES) and _opens_with_verb(text, place_end, j) \
                        and not any(w in title for w in self.praise):
                    continue  # 某县召开新任职干部集体|廉政谈话会: the place is the subject of a verb, no title's scope
                person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == s.start + j), None)
                if person is None and any(o.start <= s.start + j < o.end and (
                        o.cls == ORGANIZATION or o.cls == PLACE and not text.startswith(_COMRADE, o.end - s.start))
                        for o in ctx.in_sentence(s.index)):
                    continue  # 某市公安局嘉奖|栾江县公安局…: a place or unit after the verb, no name (栾 a surname;
                    # 嘉奖岳阳同志: a name)
                if person is None:
                    name = self._announced_name(text, j)
                    if not name or self.persons._common_word(name):
                        continue
                    a, b = ctx.span_of(s, j, j + len(name))
                    person = ctx.add_mention(Mention(PERSON, name, a, b, s.index))
                if any(st.predicate == "received" and st.subject == person for st in ctx.statements):
                    break
                a, b = ctx.span_of(s, k, j)
                honor = ctx.add_mention(Mention(HONOR, text[k:j], a, b, s.index))
                ctx.add(person, "received", honor, s, self.name)
                break

    def _portrait(self, ctx: Context, s) -> None:
        """A feature story's subtitle (``rules.PORTRAIT_MARKS``): ``——记全国优秀人民警察、某县公安局某派出所
        所长某某``, ``——记全国公安系统先进集体某县公安局某派出所``. The honour titles right after the
        mark (joined by 、, the last one possibly run into the units or followed by a comma; quoted or not;
        ending in 获得者 (``rules.HONOUR_HOLDER_WORDS``) or not; the first opening with its
        scope, ``rules.HONOUR_SCOPES``, or an ending whole, 一等功臣) are received by whom the line
        portrays: the person after them, with only units, places, posts and roles between, or the
        unit that closes the line. Nothing when the line has a verb (a title's rules read those)."""
        text = s.norm.rstrip("。 ")
        mark = next((m for m in rules.PORTRAIT_MARKS if text.startswith(m)), "")
        if not mark or any(st.predicate == "received" and s.start <= st.object.start < s.end for st in ctx.statements):
            return
        titles: list[tuple[int, int]] = []
        at = len(mark)
        while at < len(text):
            quoted = text[at:at + 1] in rules.OPENING_QUOTES  # ——记“全国优秀人民警察”、…: a quoted title
            at += quoted
            ends = [m.end() for m in self.ending_re.finditer(text, at)] + [m.end() for m in self.quality_re.finditer(text, at)]
            j = max((e for e in ends if self._is_title(text[at:e]) and "、" not in text[at:e] and "的" not in text[at:e]
                     and (titles or text.startswith(rules.HONOUR_SCOPES, at) or text[at:e] in self.ending_set)
                     and not any(o.start < s.start + e < o.end for o in ctx.in_sentence(s.index))), default=None)
            if j is None:
                at -= quoted
                break
            titles.append((at, j))
            at = j + quoted
            holder_word = next((w for w in rules.HONOUR_HOLDER_WORDS if text.startswith(w, at)), "")
            at += len(holder_word)  # 全国五一劳动奖章|获得者、…
            at = at + 1 if text[at:at + 1] in "、，," else at  # (…、全省优秀法官，某院审判员某某: a comma before the units)
        if not titles:
            return
        holder = next((p for p in sorted(ctx.in_sentence(s.index, PERSON), key=lambda p: p.start)
                       if p.start - s.start >= at and self._only_units_and_posts(ctx, s, at, p.start - s.start, runs=True)), None)
        if holder is None:
            holder = max((o for o in ctx.in_sentence(s.index, ORGANIZATION)
                          if o.end - s.start == len(text) and self._only_units_and_posts(ctx, s, at, o.start - s.start)),
                         key=lambda o: o.end - o.start, default=None)
        if holder is None:
            return
        for a0, b0 in titles:
            a, b = ctx.span_of(s, a0, b0)
            honor = ctx.add_mention(Mention(HONOR, text[a0:b0], a, b, s.index))
            ctx.add(holder, "received", honor, s, self.name)

    def _award_as_verb(self, ctx: Context, s) -> None:
        """``某市公安局嘉奖某县公安局某派出所`` (a headline's or a lead's form): an award of
        ``rules.AWARDS_AS_VERBS`` written as the verb between the unit that confers it (ending right
        before it) and its recipients (:meth:`_objects`, up to the clause's end) is received by
        them, that unit its conferrer; nothing when an honour was read in the clause already."""
        text = s.norm
        for m in _AWARD_VERB.finditer(text):
            body = next((o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.end == s.start + m.start()), None)
            end = _clause_end(text, m.end())
            if body is None or any(s.start + m.start() <= h.start < s.start + end for h in ctx.in_sentence(s.index, HONOR)):
                continue
            objs, after = self._objects(ctx, s, m.end(), limit=end)
            if not objs or after < end:
                continue  # (嘉奖某所…的做法: the object is no recipient list closing the clause)
            a, b = ctx.span_of(s, m.start(), m.end())
            honor = ctx.add_mention(Mention(HONOR, m.group(), a, b, s.index))
            for recipient in objs:
                ctx.add(recipient, "received", honor, s, self.name,
                        Qualifiers(conferrer=_joint_bodies(ctx, s, body, m.start())))

    def _announced_name(self, text: str, at: int) -> str:
        """The name a title right before ``text[at]`` announces (the persons' name grammar after a
        role), when it ends where a word or a clause does; else ``""``."""
        name = self.persons.name_at(text, at, strong="role")
        nxt = at + len(name)
        if name and (nxt >= len(text) or text[nxt] in rules.AFTER_NAME or self.persons._word_starts(text, nxt)):
            return name
        return ""

    def _quoted_before_person(self, ctx: Context, s) -> None:
        """A quoted honour title right before a person (庭长、“全国法院先进个人”某某; “办案标兵”的某某):
        the person received it. The title must be an honour by its form (a nickname in quotes,
        “老所长”某某, is not)."""
        text = s.norm
        for m in _QUOTED_BEFORE_NAME.finditer(text):
            if not self._is_title(m.group(1)):
                continue
            person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == s.start + m.end()), None)
            if person is None:  # the title announces a name the rules had no cue for
                name = self._announced_name(text, m.end())
                if not name or any(o.start <= s.start + m.end() < o.end for o in ctx.in_sentence(s.index)) \
                        or text.startswith(rules.HONOUR_MARKERS, m.end()) or self.persons._common_word(name):
                    continue  # (颁发“护航卫士”荣誉证书: the certificate, not a name)
                a, b = ctx.span_of(s, m.end(), m.end() + len(name))
                person = ctx.add_mention(Mention(PERSON, name, a, b, s.index))
            a, b = ctx.span_of(s, m.start(1), m.end(1))
            honor = ctx.add_mention(Mention(HONOR, m.group(1), a, b, s.index))
            ctx.add(person, "received", honor, s, self.name)

    def _titled_person(self, ctx: Context, s) -> None:
        """``荣获“全国优秀人民警察”称号的某局某大队大队长某某``: the person that a title before
        称号的 describes received it, when only units, places, posts and roles stand between, in
        one clause, and the honour's verb has no recipient of its own."""
        text = s.norm
        for m in _TITLE_OF.finditer(text):
            if not self._is_title(m.group(1)):
                continue
            a, b = ctx.span_of(s, m.start(1), m.end(1))
            if any(st.predicate == "received" and st.object.start == a and st.object.end == b for st in ctx.statements):
                continue
            end = next((k for k in range(m.end(), len(text)) if text[k] in "，,；;。：:"), len(text))
            person = min((p for p in ctx.in_sentence(s.index, PERSON) if m.end() <= p.start - s.start and p.end - s.start <= end),
                         key=lambda p: p.start, default=None)
            if person is None or not self._only_units_and_posts(ctx, s, m.end(), person.start - s.start):
                continue
            honor = ctx.add_mention(Mention(HONOR, m.group(1), a, b, s.index))  # (the verb's own, once)
            ctx.add(person, "received", honor, s, self.name)

    def _is_title(self, chunk: str) -> bool:
        """Whether ``chunk`` (no punctuation) is an honour by its form: it ends with an honour
        ending of ``honors.tsv`` (…英雄模范, …先进集体, …奖章, …一等功) and is longer than it, or
        with a quality and a role (全国模范法官: ``honor_qualities.tsv``)."""
        return 3 <= len(chunk) <= rules.MAX_HONOUR and not self.verb_re.search(chunk) \
            and not _COUNTED_UNITS.search(chunk) and (  # (决定对某局等6个集体: recipients counted, no title)
            chunk.endswith(self.endings) or any(m.end() == len(chunk) for m in self.quality_re.finditer(chunk)))

    def _appositions(self, ctx: Context, s) -> None:
        """Titles written before a person, joined by 、, receive nothing but name that person.

        Pattern: ``<title>、[<title>、…]<unit>…<post><person>`` at the start of a clause, where
        everything between the titles and the person is organization or place mentions, posts
        (``titles.tsv``) and roles (``roles.tsv``): ``一等功臣、二级英模、某支队副支队长某某``.
        """
        text = s.norm
        for clause in re.finditer(r"[^，,；;。：:！？!?]+", text):
            parts = clause.group().split("、")
            titles: list[tuple[str, int]] = []
            pos = clause.start()
            for part in parts[:-1]:
                core = part.lstrip("“”\"‘’ ")
                mark = next((m for m in rules.PORTRAIT_MARKS if core.startswith(m)), "")
                core = core[len(mark):].lstrip("“”\"‘’ ")  # ——访全国优秀人民警察、…: the subtitle's mark is no part of the title
                if not self._is_title(core):
                    break
                titles.append((core, pos + len(part) - len(core)))
                pos += len(part) + 1
            if not titles:
                continue
            persons = [p for p in ctx.in_sentence(s.index, PERSON)
                       if p.start >= s.start + pos and p.end <= s.start + clause.end()]
            if not persons:
                continue
            person = min(persons, key=lambda p: p.start)
            if not self._only_units_and_posts(ctx, s, pos, person.start - s.start):
                continue
            for title, at in titles:
                a, b = ctx.span_of(s, at, at + len(title))
                honor = ctx.add_mention(Mention(HONOR, title, a, b, s.index))
                ctx.add(person, "received", honor, s, self.name)

    def _described_before(self, ctx: Context, s, p: Mention) -> bool:
        """Is person ``p`` written right after its units and posts, from its clause's start (the first
        item of a list of described names)?"""
        end = p.start - s.start
        start = _clause_from(s.norm, end)
        return start < end and any(m.start - s.start == start for m in ctx.in_sentence(s.index) if m.cls in (ORGANIZATION, PLACE)) \
            and self._only_units_and_posts(ctx, s, start, end, runs=True)

    def _described(self, ctx: Context, s, start: int, end: int) -> bool:
        """Whether ``s.norm[start:end]`` is a list item's description before its name: honour
        titles joined by 、 (二级英雄模范、), then units, places, posts and roles only; or units and a run
        of posts joined by 、 (某研究所所长、主任法医师)."""
        parts = s.norm[start:end].split("、")
        return all(self._is_title(p) for p in parts[:-1]) and self._only_units_and_posts(ctx, s, end - len(parts[-1]), end) \
            or len(parts) > 1 and self._only_units_and_posts(ctx, s, start, end, runs=True)  # (某所所长、主任法医师)

    def _only_units_and_posts(self, ctx: Context, s, start: int, end: int, runs: bool = False) -> bool:
        """Whether ``s.norm[start:end]`` is covered by organization and place mentions, posts
        and roles alone (no verb, no other words); ``runs``: posts may be joined by 、 (党委副书记、政法委员)."""
        if end - start > 40:
            return False
        covered = [False] * (end - start)
        for m in ctx.in_sentence(s.index):
            if m.cls in (ORGANIZATION, PLACE):
                for i in range(max(m.start - s.start, start), min(m.end - s.start, end)):
                    covered[i - start] = True
        rest = "".join(ch if not c else "|" for ch, c in zip(s.norm[start:end], covered))
        return all(not seg or self.post_re.fullmatch(seg) for g in rest.split("|")
                   for seg in (g.strip(" \t\u3000").split("、") if runs else [g.strip(" \t\u3000")]))
        # (副所长 柯远舟: the space between the post and the name is no word)

    def _announced(self, ctx: Context) -> None:
        """Honourees of an announced list receive the announced title.

        Pattern: ``发布/评选出/揭晓“<title>”`` (or ``“<title>”发布仪式``) in one sentence, then
        ``甲、乙…等N名同志(光荣)入选`` (or 获此殊荣), in that sentence or a later one
        (or ``入选``/``当选`` with no title after it) in a later sentence of the article: every
        person (or unit) of that list receives the title.
        """
        title: Mention | None = None
        for s in ctx.sentences:
            text = s.norm
            for m in _ANNOUNCE.finditer(text):
                g = 1 if m.group(1) else 2
                a, b = ctx.span_of(s, m.start(g), m.end(g))
                title = Mention(HONOR, m.group(g), a, b, s.index)
            if title is None:
                continue
            for m in _JOINED.finditer(text):
                if re.match(r"[“\"]", text[m.end():]) or self._title(text, m.end())[0]:
                    continue  # 入选“某某”: the title written after the verb (the verb pattern)
                recipients = self._recipients(ctx, s, m.start(), None)
                if not recipients:
                    continue
                honor = ctx.add_mention(title)
                for r in recipients:
                    ctx.add(r, "received", honor, s, self.name)

    def _listed_rows(self, ctx: Context) -> None:
        """``授予甲等5个单位“…”称号，记集体二等功`` and, later in the article, a list (名单) with
        one recipient per line (a unit alone on its line, or ``name  unit post``): every row of
        the list that holds 甲 receives what 甲 received in that sentence, when the list has
        exactly the count written (等5个单位 → 5 rows), or fewer under a heading that says it is a
        part (``rules.PARTIAL_LIST_MARKS``: 部分先进集体名单：)."""
        grants = []  # (statement, its sentence, the count written after its recipient)
        for st in ctx.statements:
            if st.predicate == "received" and isinstance(st.object, Mention):
                grant = ctx.sentences[st.subject.sentence]
                counted = _COUNTED_UNITS.match(grant.norm, st.subject.end - grant.start)
                n = _number(counted.group("count")) if counted else None
                if n is not None:
                    grants.append((st, grant, n))
        if not grants:
            return  # (no list is read in an article that counts no recipients)
        rows = self._row_heads(ctx)
        for st, grant, n in grants:
            at = next((k for k in range(grant.index + 1, len(ctx.sentences))
                       if rows[k] is not None and rows[k].name == st.subject.name), None)
            if at is None:
                continue
            lo, hi = at, at
            while lo - 1 > grant.index and rows[lo - 1] is not None and rows[lo - 1].cls == st.subject.cls:
                lo -= 1
            while hi + 1 < len(ctx.sentences) and rows[hi + 1] is not None and rows[hi + 1].cls == st.subject.cls:
                hi += 1
            partial = lo - 1 > grant.index and ctx.sentences[lo - 1].norm.startswith(rules.PARTIAL_LIST_MARKS)
            if hi - lo + 1 != n and not (partial and 2 <= hi - lo + 1 < n):
                continue  # the list is not the one counted (部分…名单：: a part of it, fewer rows)
            for k in range(lo, hi + 1):
                if rows[k].name != st.subject.name:
                    ctx.add(rows[k], "received", st.object, grant, self.name, st.qualifiers)

    def _among_the_honoured(self, ctx: Context) -> None:
        """``授予甲等20个单位“…”称号`` and later ``受到表彰的集体中，有…乙、丙，也有…丁``
        (``_AMONG_HONOURED``: 受表彰的个人中, 此次获表彰的单位中): every unit (person) the sentence names
        receives what the counted group of units (persons) received before, when that is the one
        honour units (persons) receive in the article; units named inside a longer unit's name
        (乙's city bureau) are not counted."""
        grants = None
        for s in ctx.sentences:
            m = _AMONG_HONOURED.match(s.norm)
            if m is None:
                continue
            if grants is None:
                grants = _counted_grants(ctx)
            groups = [m] + list(_AMONG_NEXT.finditer(s.norm, m.end()))  # (…包括甲、乙等；先进个人中，有丙，丁)
            for g, nxt in zip(groups, groups[1:] + [None]):
                self._among_group(ctx, s, grants, g, nxt.start() if nxt is not None else len(s.norm), len(groups) > 1)

    def _among_group(self, ctx: Context, s, grants, m: re.Match, end: int, grouped: bool) -> None:
        """One group of :meth:`_among_the_honoured` (``m``: its opening, ``end``: where the next starts):
        with more than one group (``grouped``), the persons of a group are each comma part's first."""
        cls = ORGANIZATION if m.group("kind") in ("集体", "单位", "先进集体") else PERSON
        st = _one_counted_grant(ctx, grants, cls, s.index)
        if st is not None:
            honour, qualifiers = st.object, st.qualifiers
        elif (honour := _one_kind_grant(ctx, cls, s.index)) is not None:
            qualifiers = Qualifiers()  # 授予28个集体“…”称号 (none named), then 受表彰的先进集体中，甲、乙…
        else:
            return  # no counted grant of that kind before, or several honours of that kind: which
            # one, the text does not say (受表彰的个人中 after 个人一等功 and 个人二等功 lists)
        if st is None and cls == ORGANIZATION:  # (a grant to a count: the units of the list's own clause, not the
            end = min(end, _clause_end(s.norm, m.end()))  # guests or the conferrer named after it)
        named = sorted((o for o in ctx.in_sentence(s.index, cls) if m.end() <= o.start - s.start < end), key=lambda o: o.start)
        if cls == PERSON:  # the first person of each part (甲…；乙…；丙…), not others the part names (为他颁奖的局长)
            marks = "；;，," if grouped or _list_of_names(s, m.end(), end, named) else "；;"
            # (先进个人中，有某站站长甲，某队队长乙: each comma part's; 包括：某院庭长甲，某院副院长乙等: a list)
            parts = [m.end()] + [k + 1 for k, c in enumerate(s.norm[:end]) if c in marks and k >= m.end()]
            firsts = [o for o in (next((o for o in named if o.start - s.start >= a and (b is None or o.start - s.start < b)), None)
                                  for a, b in zip(parts, parts[1:] + [None])) if o is not None]
            listed = list(firsts)
            for o in named:  # 有民警甲、乙: the names listed right after a part's first one
                if o not in listed and any(o.start - x.end == 1 and s.norm[x.end - s.start] in rules.LIST_MARKS
                                           for x in listed):
                    listed.append(o)
            named = listed
        for o in named:
            if not any(x is not o and x.start <= o.start and o.end <= x.end and x.end - x.start > o.end - o.start
                       for x in named) and (st is None or o.name != st.subject.name) \
                    and not s.norm.startswith("的", o.end - s.start):  # (某局的|某派出所: the possessor)
                ctx.add(o, "received", honour, s, self.name, qualifiers)

    def _the_honoured(self, ctx: Context) -> None:
        """``授予甲等50个集体“…”称号`` and later a sentence opening ``受表彰的<unit>，…`` (``_HONOURED_ONE``:
        此次受到表彰的, 获表彰的): the unit (person) written right after receives what the counted group
        of units (persons) received before, when that is the one honour units (persons) receive
        in the article (as :meth:`_among_the_honoured`)."""
        grants = None
        for s in ctx.sentences:
            m = _HONOURED_ONE.match(s.norm)
            if m is None:
                continue
            first = max((o for o in ctx.in_sentence(s.index) if o.start - s.start == m.end()
                         and o.cls in (ORGANIZATION, PERSON)), key=lambda o: o.end, default=None)
            if first is None:
                continue
            if grants is None:
                grants = _counted_grants(ctx)
            st = _one_counted_grant(ctx, grants, first.cls, s.index)
            if st is not None and first.name != st.subject.name:
                ctx.add(first, "received", st.object, s, self.name, st.qualifiers)

    def _bare_titles(self, ctx: Context) -> None:
        """A title written as a bare ending of ``honors.tsv`` (被授予先进个人称号) after a sentence that
        confers one longer title ending with it on a counted group (授予甲等98名同志“全省政法系统先进
        个人”称号) is that title, written short, when no other title of the article ends so; a merit
        award (``rules.MERIT_AWARDS``: 一等功, 个人一等功) is its own, whatever else the article names."""
        grants = [(st.object.name, g.index) for st, g in _counted_grants(ctx)]
        if not grants:
            return
        titles = {m.name for m in ctx.mentions if m.cls == HONOR}
        for m in [m for m in ctx.mentions if m.cls == HONOR and m.name in self.ending_set]:
            if m.name.endswith(rules.MERIT_AWARDS):
                continue
            longer = {t for t in titles if len(t) > len(m.name) and t.endswith(m.name)}
            if len(longer) == 1 and any(t in longer and k < m.sentence for t, k in grants):
                ctx.replace_mention(m, replace(m, canonical=next(iter(longer))))

    def _presented(self, ctx: Context) -> None:
        """``甲为<unit><post>乙颁奖`` (``_PRESENTED``: 颁奖, 颁发奖杯, 颁发证书) in an article that names one
        honour title: the persons between 为 and the verb receive it (a ceremony where each winner
        is handed the award); an article of several titles says nothing of which one."""
        titles = {m.name for m in ctx.mentions if m.cls == HONOR}
        if len(titles) != 1:
            return
        title = next(m for m in ctx.mentions if m.cls == HONOR)
        for s in ctx.sentences:
            for m in _PRESENTED.finditer(s.norm):
                for p in ctx.in_sentence(s.index, PERSON):
                    if m.start("who") <= p.start - s.start and p.end - s.start <= m.end("who"):
                        ctx.add(p, "received", title, s, self.name)

    def _following_rows(self, ctx: Context) -> None:
        """``命名以下10个派出所为2024年度全市“枫桥式公安派出所”`` (``授予以下3名同志“…”称号：``),
        then a list with one unit (person) per line: every unit (person) of the rows after the
        sentence (a heading line between them is skipped) receives the quoted title, when the rows
        are as many as the count written (or no count is written)."""
        for s in ctx.sentences:
            m = _FOLLOWING.search(s.norm)
            if m is None:
                continue
            rows = self._row_heads(ctx)
            k = s.index + 1
            if k < len(ctx.sentences) and rows.get(k) is None:
                k += 1  # 附：…名单（排名不分先后）: the list's heading
            heads = []
            while k < len(ctx.sentences) and rows.get(k) is not None and rows[k].cls == (heads[0].cls if heads else rows[k].cls):
                heads.append(rows[k])  # units, or persons (a row of <unit><post><name>), one kind
                k += 1
            n = _number(m.group("count")) if m.group("count") else None
            if not heads or n is not None and len(heads) != n:
                continue
            a, b = ctx.span_of(s, m.start("title"), m.end("title"))
            honor = ctx.add_mention(Mention(HONOR, m.group("title"), a, b, s.index))
            for head in heads:
                ctx.add(head, "received", honor, s, self.name)

    def _counted_list(self, ctx: Context) -> None:
        """``某厅对3名“最美基层民警”予以通报表扬。他们是：<unit><post>甲、<unit><post>乙、…``: the
        persons of the list opened by 他们是 (分别是, 名单如下) right after the verb, in its sentence
        or the next, receive the quoted title when they are as many as the count written (units,
        when the list names no person and its units are as many); the body before 对 confers.

        Pattern: ``_COUNTED_TITLE`` (or ``_COUNTED_BATCH``: 某部命名新一批“…”，某市共有5个派出所榜上有名，) then
        ``_LIST_OPENER``; a list of another length is left unread.
        """
        for s in ctx.sentences:
            m = _COUNTED_TITLE.search(s.norm) or _COUNTED_BATCH.search(s.norm)
            if m is None:
                continue
            where, opener = s, _opener_after(s.norm, m.end(), "，,。： :")
            if opener is None and s.index + 1 < len(ctx.sentences):
                where = ctx.sentences[s.index + 1]
                opener = _opener_after(where.norm, 0, " \t\u3000\n")
            if opener is None:
                continue
            n = _number(m.group("count"))
            start = where.start + opener.end()
            listed = [p for p in ctx.in_sentence(where.index, PERSON) if p.start >= start] \
                or _outermost([o for o in ctx.in_sentence(where.index, ORGANIZATION) if o.start >= start])
            if not listed or len(listed) != n:
                continue
            a, b = ctx.span_of(s, m.start("title"), m.end("title"))
            honor = ctx.add_mention(Mention(HONOR, m.group("title"), a, b, s.index))
            conferrer = self._phrase_subject(ctx, s, m.start("verb"), [])
            for recipient in listed:
                ctx.add(recipient, "received", honor, where, self.name,
                        Qualifiers(conferrer=_joint_bodies(ctx, s, conferrer, m.start("verb"))))

    def _counted_again(self, ctx: Context) -> None:
        """``有5名民警被授予“全国优秀人民警察”称号…获此殊荣的5名民警分别是：甲，乙，…`` (``_COUNTED_AGAIN``:
        此次获评的4名检察官是：): the persons (units, when the list names no person) listed after the
        colon, in that sentence, receive the honour of the nearest sentence before (the headline
        too) that counts them as many (5名, 4名) and names an honour: the first honour after that
        count, else its only honour; a list of another length is left unread."""
        for s in ctx.sentences:
            m = _COUNTED_AGAIN.search(s.norm)
            if m is None:
                continue
            n = _number(m.group("count"))
            listed = _listed_in(ctx, s, m.end(), len(s.norm))
            if n is None or len(listed) != n:
                continue
            honor = None
            for k in range(s.index - 1, -1, -1):
                before = ctx.sentences[k]
                at = [c for c in _COUNT.finditer(before.norm) if _number(c.group(1)) == n]
                if not at:
                    continue
                end = at[-1].end()  # (3名民警荣立个人一等功，另有3名民警被授予…: the latest count)
                clause_end = _clause_end(before.norm, end)
                honours = ctx.in_sentence(k, HONOR)
                honor = next((h for h in honours if end <= h.start - before.start < clause_end), None)
                if honor is None and len({h.name for h in honours}) == 1 \
                        and _COUNTED_JOINED.match(before.norm, end):  # 在…标兵名单中，某省有4名检察官入选
                    honor = honours[0]
                if honor is not None:
                    break
            if honor is None:
                continue
            for recipient in listed:
                ctx.add(recipient, "received", honor, s, self.name)

    def _counted_among(self, ctx: Context) -> None:
        """``全省还有12名民警被评为“…”，其中包括某支队某大队副大队长甲、某大队民警乙等`` (``_COUNTED_AMONG``): the
        persons (for 个, 家: the outermost units) listed after 其中包括, up to the clause's end, receive the
        quoted title."""
        for s in ctx.sentences:
            for m in _COUNTED_AMONG.finditer(s.norm):
                honour = _honour_at(ctx, s, m)
                if honour is None:
                    continue
                end = _clause_end(s.norm, m.end())
                cls = PERSON if m.group("measure") in "名位" else ORGANIZATION
                if cls == PERSON:
                    listed = _list_items(ctx, s, m.end(), end)
                elif any(m.end() <= p.start - s.start < end for p in ctx.in_sentence(s.index, PERSON)):
                    continue  # (…其中包括某支队民警甲所在的城关中队: which unit, the persons' words say)
                else:
                    listed = [o for o in _outermost([o for o in ctx.in_sentence(s.index, ORGANIZATION)
                                                     if m.end() <= o.start - s.start and o.end - s.start <= end])
                              if not s.norm.startswith(("的", "所在"), o.end - s.start)]  # (某支队的一个中队: no)
                for recipient in listed:
                    ctx.add(recipient, "received", honour, s, self.name)

    def _on_the_list(self, ctx: Context) -> None:
        """``在最高人民法院公布的新一批全国法院办案标兵名单中，<unit><post>甲、…乙榜上有名`` (``_ON_THE_LIST``:
        入选, 上榜): the persons written between the comma and the verb (the outermost units, when
        it names no person) receive the title named before 名单中, when it is an honour's
        (``honors.tsv``: it ends as one)."""
        for s in ctx.sentences:
            for m in _ON_THE_LIST.finditer(s.norm):
                title = m.group("title")
                if not title.endswith(self.endings) or title.startswith(rules.PROPOSED_TITLE_STARTS) \
                        or any(w in title for w in rules.NOT_HONOUR_LIST_WORDS):
                    continue  # (拟录用人民警察名单: no honour)
                listed = _listed_in(ctx, s, m.start("list"), m.end("list"))
                if not listed:
                    continue
                a, b = ctx.span_of(s, m.start("title"), m.end("title"))
                honor = ctx.add_mention(Mention(HONOR, title, a, b, s.index))
                for recipient in listed:
                    ctx.add(recipient, "received", honor, s, self.name)

    def _winners(self, ctx: Context) -> None:
        """``获评“福建省三八红旗集体”的是：甲单位，乙单位…`` (荣获“…”称号的有：): the units and
        persons listed after the colon receive the quoted title — those of the rest of the
        sentence (the outermost units, the persons), or, when the colon ends it, the rows below
        it (:meth:`_row_head`, one per line, up to the first line that is no row).

        Patterns: ``_WINNERS``; ``_PRAISED_LIST`` (对“…”进行了表彰，受表彰单位为：); ``_AWARDED_LIST``
        (记集体二等功的集体是：)."""
        for s in ctx.sentences:
            m = _WINNERS.search(s.norm) or _PRAISED_LIST.search(s.norm) or _AWARDED_LIST.search(s.norm)
            if m is None:
                continue
            start = s.start + m.end()
            nxt = next((k for k in range(m.end(), len(s.norm)) if s.norm[k] in "：:"), None)
            stop = s.start + (max(s.norm.rfind(c, m.end(), nxt) for c in "；;，,") if nxt is not None else len(s.norm))
            # (…；给予嘉奖的有：…: the next heading's clause ends the list)
            persons = [p for p in ctx.in_sentence(s.index, PERSON) if start <= p.start < stop]
            listed = persons + [o for o in _outermost([o for o in ctx.in_sentence(s.index, ORGANIZATION) if start <= o.start < stop])
                                if not any(_same_item(s, o, p) for p in persons)]  # (<unit><post>甲: 甲 receives, not the unit)
            if not listed and not s.norm[m.end():].strip():  # the colon ends the line: rows follow
                listed = [row for _, row in self._rows_below(ctx, s.index)]
            if not listed:
                continue
            a, b = ctx.span_of(s, m.start("title"), m.end("title"))
            honor = ctx.add_mention(Mention(HONOR, m.group("title"), a, b, s.index))
            for recipient in listed:  # (the evidence: each recipient's own line)
                ctx.add(recipient, "received", honor, ctx.sentences[recipient.sentence], self.name)

    def _titled_lists(self, ctx: Context) -> None:
        """``附：2024年度某省“十佳公益律师”名单`` (``_TITLED_LIST``: a quoted title, then 名单, ending
        the line), then one recipient per line (:meth:`_row_head`): each row receives the title,
        up to the first line that is no row. Rows that received a title already are left as
        they are."""
        has = _receivers(ctx)
        for s in ctx.sentences:
            m = _TITLED_LIST.search(s.norm)
            if m is None:
                continue
            a, b = ctx.span_of(s, m.start("title"), m.end("title"))
            honor = None
            for k, row in self._rows_below(ctx, s.index):
                if row not in has:
                    honor = honor or ctx.add_mention(Mention(HONOR, m.group("title"), a, b, s.index))
                    ctx.add(row, "received", honor, ctx.sentences[k], self.name)

    def _rows_below(self, ctx: Context, index: int) -> list[tuple[int, Mention]]:
        """``(line, recipient)`` of each line right after line ``index`` that is a row of a list
        (:meth:`_row_head`) or a region's line of units (:func:`_group_line`, each unit), up to the
        first line that is neither."""
        rows, out = self._row_heads(ctx), []
        for k in range(index + 1, len(ctx.sentences)):
            if rows.get(k) is None:
                grouped = _group_line(ctx, ctx.sentences[k])  # 广元市：甲派出所、乙派出所: a region's units
                if grouped is None:
                    break
                out.extend((k, unit) for unit in grouped)
                continue
            out.append((k, rows[k]))
        return out

    def _labelled_lines(self, ctx: Context) -> None:
        """``记集体二等功：甲局、乙所`` and ``记个人二等功：某某  某局某大队大队长`` (a 记功 decision's
        lines, ``_HONOUR_LABEL``): the title labels the line, whose units (the outermost) or person
        (the row after the colon, and each row after a semicolon: 记个人二等功：甲，某局某大队大队长；乙，
        某所副所长) receive it, and so do the rows below it (:meth:`_row_head`) up to
        the next label or a line that is no row. A label must be a title, a verb (记, 授予, 给予)
        before it or not, and nothing else."""
        rows = self._row_heads(ctx)
        honor: Mention | None = None
        for s in ctx.sentences:
            m = _HONOUR_LABEL.match(s.norm)
            title = self._title(s.norm, m.start("title"))[0] if m is not None and (
                m.group("verb") or not self.verb_re.match(s.norm, m.start("title"))) else ""  # (荣立…：: a verb the
            # label pattern does not take, read by the headings' pass)
            if m is not None and title and title == m.group("title").removesuffix("称号"):
                a, b = ctx.span_of(s, m.start("title"), m.start("title") + len(title))
                honor = ctx.add_mention(Mention(HONOR, title, a, b, s.index))
                start = s.start + m.end()
                person = next((p for p in ctx.in_sentence(s.index, PERSON) if p.start == start), None)
                listed = list(dict.fromkeys(  # …；乙，某所副所长, 甲（某所）、乙（某队）: each row
                    [person] + [p for p in ctx.in_sentence(s.index, PERSON) if s.norm[p.start - s.start - 1:p.start - s.start]
                                in ("；", ";") and s.norm[p.end - s.start:p.end - s.start + 1] in ("，", ",", "（", "(")]
                    + _run_of_bracketed_rows(ctx, s, m.end()))) \
                    if person is not None else \
                    _outermost([o for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start >= start])
                if person is None and _personal(title):
                    listed = [p for p in ctx.in_sentence(s.index, PERSON) if p.start >= start]  # 记个人三等功：
                    # 某局某大队教导员甲，某所所长乙: a personal honour goes to the persons the items close on
                for recipient in listed:
                    ctx.add(recipient, "received", honor, s, self.name)
            elif honor is not None and rows.get(s.index) is not None:
                ctx.add(rows[s.index], "received", honor, s, self.name)  # a row under the label
            else:
                honor = None

    def _lists_by_kind(self, ctx: Context) -> None:
        """``授予198个人民调解委员会“甲”称号，授予296名同志“乙”称号`` (recipients counted by kind, none
        named), then a 名单 (``部分受表彰集体和个人名单如下：``) whose rows may be grouped under lines
        of a region alone (河北省) or of a group of units (省直单位): each unit row receives the
        title granted to units (个, 家), each person row the one granted to persons (名, 位; 个人,
        同志). Rows that received a title already are left as they are. Pattern ``_KIND_GRANT``."""
        granted: dict[str, Mention] = {}
        first = None
        for s in ctx.sentences:
            for m in _KIND_GRANT.finditer(s.norm):
                a, b = ctx.span_of(s, m.start("title"), m.end("title"))
                granted.setdefault(_kind_grant_class(m), ctx.add_mention(Mention(HONOR, m.group("title"), a, b, s.index)))
                first = s.index if first is None else first
        if not granted:
            return
        heading = next((s.index for s in ctx.sentences[first + 1:] if _LIST_HEADING.search(s.norm)), None)
        if heading is None:
            return
        rows = self._row_heads(ctx)
        has = _receivers(ctx)
        for s in ctx.sentences[heading + 1:]:
            row = rows.get(s.index)
            if row is None:
                if _region_line(ctx, s) or not re.search(r"[，,。；;！？!?]", s.norm):
                    continue  # 河北省: the heading of a region's rows (or a row that names nothing read)
                break
            honor = granted.get(row.cls)
            if honor is not None and row not in has:
                ctx.add(row, "received", honor, s, self.name)

    def _headed_rows(self, ctx: Context) -> None:
        """``一、记集体一等功`` then one recipient per line (名单): a numbered sub-heading that
        names an honour (after an optional conferring verb, ``_HEADING``) gives it to every row
        under it (:meth:`_row_head`: a unit alone on its line, or ``name  unit post``), up to the
        first line that is no row."""
        honour = None
        conferred = {}  # titles read so far (授予某某等11人“南充市见义勇为先进分子”称号): a line of one is a heading
        for s in ctx.sentences:
            titled = _TITLE_LINE.fullmatch(s.norm)
            earlier = conferred.get(titled.group(1)) if titled else None
            if earlier is not None:  # 南充市见义勇为先进分子 alone on its line, then its rows
                a, b = ctx.span_of(s, 0, len(titled.group(1)))
                honour = ctx.add_mention(Mention(HONOR, titled.group(1), a, b, s.index, canonical=earlier.name))
                continue
            conferred.update((m.text, m) for m in ctx.in_sentence(s.index, HONOR))
            grouped = _group_line(ctx, s) if honour is not None else None
            if grouped is not None:  # 长沙市：甲所；乙庭 (each receives), 株洲市： (a group's heading)
                for recipient in grouped:
                    ctx.add(recipient, "received", honour, s, self.name)
                continue
            head = _HEADING.match(s.norm)
            tail = None if head else (re.search(r"[：:]\s*([^：:，,。；;]{2,16}[：:])\s*$", s.norm) or re.search(
                r"[；;，,]\s*(?:以下|下列)(?:同志|人员|集体|单位)?([^：:，,。；;]{2,16}[：:])\s*$", s.norm))
            if tail:  # 名单如下：记个人一等功：: a heading on the line after an introduction
                head = _HEADING.match(s.norm, tail.start(1))
            if head:
                start = head.end()
                verb = self.verb_re.match(s.norm, start + (s.norm.startswith("被", start)))
                if verb is not None:  # 以下同志被评为全省优秀人民警察：: the title after the verb
                    start = verb.end()
                praised = _PRAISED_CATEGORY.fullmatch(s.norm, start)
                if praised:  # 一、表扬集体名单: the rows are those the decision praises
                    honour = self._praise_conferred(ctx, s, praised.group(1))
                    continue
                title, at = self._title(s.norm, start)
                if title and any(s.start + at <= p.start and p.end <= s.start + at + len(title)
                                 for p in (*ctx.in_sentence(s.index, PERSON), *ctx.in_sentence(s.index, ORGANIZATION))):
                    honour = None  # 四、追记某所原副所长某某个人一等功。: a numbered decision naming its
                    continue       # recipient (read as a sentence), no heading of rows (三、某派出所被…命名为…: a unit)
                if not title and honour is not None and _WHO_ONLY.fullmatch(s.norm, head.end()):
                    continue  # 通报表扬集体和个人名单 … 一、集体（6个）: the rows of the honour above
                if not title and honour is not None and (s.norm.startswith(("（", "(")) or not head.group()
                                                         and _COUNTED_HEADING.search(s.norm)) \
                        and len(s.norm) <= rules.MAX_ROW and not re.search(r"[，,。；;：:]", s.norm):
                    continue  # 一、先进集体 … （一）监狱系统, 某市（2个）: a group of the rows under the honour
                honour = None
                if title and title.startswith(rules.PARTIAL_LIST_MARKS):
                    continue  # 部分先进集体名单：: a part of a list announced before, no honour of its own
                rest = _HEADING_NOTE.sub("", s.norm).rstrip("：:")  # 荣立集体三等功（部分）: a note ends the heading
                rest = _HEADING_WHO.sub("", rest)  # 二、记个人二等功的同志（8名）: who received it, before the count
                rest = re.sub(r"[”\"]?(?:荣誉)?称号$", "", rest)  # 授予下列单位“…”称号：: the title's closing words
                if title and (head.group().endswith(_HEADING_VERBS) or title.endswith(rules.MERIT_AWARDS)):
                    rest = _HEADING_COUNT.sub("", rest)  # 一、记集体一等功（3个）, 七、嘉奖（2名）: a whole
                    # honour and the count of its rows
                elif title and title.startswith(rules.HONOUR_SCOPES):
                    rest = _HEADING_COUNT.sub("", rest)  # 全国优秀人民警察（3名）: a title with its scope, counted
                elif title and head.group()[:2].lstrip("（(")[:1] in rules.NUMERALS and _HEADING_COUNT.search(rest) \
                        and at + len(title) >= len(_HEADING_COUNT.sub("", rest)) - 2:
                    honour = self._category(ctx, s, title, at)  # 一、先进集体（10个）: the rows' category
                    continue
                if title and at + len(title) >= len(rest) - 2:  # (…称号: the rest)
                    a, b = ctx.span_of(s, at, at + len(title))
                    full = None if title.endswith(rules.MERIT_AWARDS) else next(
                        (m.name for m in ctx.mentions if m.cls == HONOR and m.sentence < s.index
                         and m.name.endswith(title) and m.name != title
                         and _CONFERRING.search(ctx.sentences[m.sentence].norm)), None)  # the first title the
                    # decision confers (授予…称号), not one named as background (去年还被评为…, 曾获…)
                    honour = ctx.add_mention(Mention(HONOR, title, a, b, s.index, canonical=full))  # 先进个人名单：
                    # after 授予…“全省…先进个人”称号: the rows receive that title, not a generic one
                continue
            if honour is None:
                continue
            row = self._row_heads(ctx)[s.index]
            run = _run_of_bracketed_rows(ctx, s) if row is None else []
            if run:  # 七、嘉奖（20名） then 甲（某所）、乙（某大队）…: each item of the paragraph is a row
                for person in run:
                    ctx.add(person, "received", honour, s, self.name)
                continue
            if row is None:
                if any(c in s.norm for c in "，。,；;！？：:") or len(s.norm) > rules.MAX_ROW:
                    honour = None  # the list has ended (a line the rows grammar cannot read does not end it)
                continue
            ctx.add(row, "received", honour, s, self.name)

    @staticmethod
    def _praise_conferred(ctx: Context, s, praise: str) -> Mention:
        """The honour a heading of praised recipients (``_PRAISED_CATEGORY``: 一、表扬集体名单,
        二、嘉奖个人（3名）) stands for: the last honour read before it whose name ends with the
        praise (``praise``: 表扬 → 通报表扬 of 决定对以下集体和个人予以通报表扬); when the article
        conferred none, the honour the praise names (``rules.PRAISE_HONOURS``: 表扬 → 通报表扬).
        Returns that honour as a mention at the heading."""
        earlier = [m for m in ctx.mentions if m.cls == HONOR and m.sentence < s.index and m.name.endswith(praise)]
        at = s.norm.find(praise)
        a, b = ctx.span_of(s, at, at + len(praise))
        canonical = earlier[-1].name if earlier else rules.PRAISE_HONOURS.get(praise, praise)
        return ctx.add_mention(Mention(HONOR, praise, a, b, s.index, canonical=canonical))

    @staticmethod
    def _category(ctx: Context, s, title: str, at: int) -> Mention | None:
        """The honour a numbered, counted heading of a 名单 names by its category (一、先进集体（10个）;
        二、先进个人（12名）): the title read earlier in the article that ends with it (授予某某等10个单位
        “全省禁毒工作先进集体”称号), the last one when several; else the heading's own words when the
        article wrote them before (通报表彰2024年度先进集体和先进个人 … 一、先进集体); else None (a
        heading alone says nothing was conferred). Returns the honour mention at the heading."""
        a, b = ctx.span_of(s, at, at + len(title))
        earlier = [m for m in ctx.mentions if m.cls == HONOR and m.sentence < s.index
                   and m.name.endswith(title) and m.name != title]
        if not earlier and title not in ctx.doc.text[:s.start]:
            return None
        canonical = earlier[-1].name if earlier else None
        return ctx.add_mention(Mention(HONOR, title, a, b, s.index, canonical=canonical))

    def _row_heads(self, ctx: Context) -> dict[int, Mention | None]:
        """:meth:`_row_head` of every sentence, read once per article (the list passes all ask;
        what they add, honours and ``received``, changes no row's head)."""
        rows = ctx.facts.get("honour_row_heads")
        if rows is None:
            rows = ctx.facts["honour_row_heads"] = {s.index: self._row_head(ctx, s) for s in ctx.sentences}
        return rows

    @staticmethod
    def _row_head(ctx: Context, s) -> Mention | None:
        """The recipient a line of a list names: a unit that is the whole line or the first cell of
        a table row (``unit　　name　　post``), or the person that starts a line of
        ``name  unit post`` (no clause punctuation) or ``name[（note）]，unit post``, or the person a
        line of ``unit post name`` closes on; else None."""
        cells = headed_cells(ctx, s) if "\t" in s.norm else None  # 序号  单位  姓名  职务  奖励: the name's cell
        if cells and cells["unit"] < cells["name"]:
            named = next((p for p in ctx.in_sentence(s.index, PERSON) if (p.start - s.start, p.end - s.start) == cells["name"]), None)
            if named is not None:
                return named
        labelled = LABELLED_ROW.fullmatch(s.norm) is not None  # 某某  单位：…  职务：…
        bracketed = _BRACKETED_ROW.fullmatch(s.norm)  # 郑某某（某院某庭庭长）: a name, its unit and post in brackets
        lead = PROFILE_LEAD.fullmatch(s.norm)  # 某某（傣族），某局某大队大队长: a row of name, note, comma
        for written, at in ((bracketed.group(1), bracketed.start(1)) if bracketed else (None, 0),
                            (lead.group("name"), 0) if lead else (None, 0)):
            first = next((m for m in ctx.in_sentence(s.index, PERSON) if m.start == s.start + at and m.text == written), None)
            if written is not None and first is not None:
                return first
        names = _names_only(ctx, s)
        if names and names[0].start == s.start:
            return names[0]  # 张伟、李强、王芳: a row of names alone (:meth:`_lines_of_names` gives the others)
        gapped = _GAPPED_NAME.match(s.norm)  # 某某　　男，汉族，某局某所民警: a name, a wide gap, its details
        first = next((p for p in ctx.in_sentence(s.index, PERSON) if gapped and p.start == s.start
                      and p.end - s.start == gapped.end(1)), None)
        if first is not None:
            return first
        plain = re.sub(ROW_NOTE, "", s.norm)  # 某某（女，瑶族）: the note's comma ends no clause
        if any(c in plain for c in "，。,；;！？") or not labelled and any(c in plain for c in "：:"):
            return None
        mentions = ctx.in_sentence(s.index)
        serial = _SERIAL.match(s.norm)  # 3  某某支队某大队 (序号  单位): the row after its number
        k = serial.end() if serial else 0
        whole = [m for m in mentions if m.cls == ORGANIZATION and m.start == s.start + k and m.end == s.end]
        if whole:
            return max(whole, key=lambda m: len(m.name))
        cell = _CELL_GAP.search(s.norm, k) if serial else None  # 1　某局某大队　集体三等功: the unit's cell
        first = [m for m in mentions if cell is not None and m.cls == ORGANIZATION and m.start == s.start + k
                 and m.end == s.start + cell.start()]
        if first:
            return max(first, key=lambda m: len(m.name))
        unit, _ = table_row_unit(ctx, s)  # 某局某派出所　　王  晓　　教导员: the unit of a table row
        if unit is not None and not re.search(r"[，。,；;：:\s]", s.norm[:unit.end - s.start]):
            return unit
        first = [m for m in mentions if m.cls == PERSON and m.start == s.start + k]
        if first and (labelled or LIST_ROW.fullmatch(s.norm[k:])):  # the row grammar of the persons extractor
            return first[0]
        closing = s.end - (len(COMRADE) if s.norm.endswith(COMRADE) else 0)  # (某某同志: the name before the address)
        last = [m for m in mentions if m.cls == PERSON and m.end == closing]
        at = last[0].start - s.start if last else 0
        if last and s.norm[at - 1:at] in (" ", "\u3000") and s.norm[at - 2:at - 1] not in (" ", "\u3000", "\t"):
            plain = plain.replace(s.norm[at - 1] + last[0].text, last[0].text)
            # (某派出所副所长 柯远舟: one space before the name it closes on, no table's gap)
        if last and not labelled and any(m.cls == ORGANIZATION and m.start == s.start + k for m in mentions) \
                and not any(c in plain for c in "：: \t\u3000") and any(
                    st.predicate == "belongsTo" and st.subject == last[0] for st in ctx.statements):
            return last[0]  # (1．)某市公安局某大队大队长某某(同志): a line of units, a post and the name it closes on
        return None

    @staticmethod
    def _conferrer(ctx: Context, s, verb_at: int) -> Mention | None:
        before = s.norm[:verb_at]
        if "被" not in before[-14:]:
            return _obtained_from(ctx, s, verb_at)  # 获某院记集体二等功: the body after 获 confers
        bei = s.start + before.rfind("被")
        cands = [m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.start >= bei and m.end <= s.start + verb_at]
        return max(cands, key=lambda m: len(m.name)) if cands else None

    def _recipients(self, ctx: Context, s, verb_at: int, conferrer: Mention | None) -> list[Mention]:
        """The recipient, or every person of a list written before the verb (甲、乙和丙被评为…;
        after an announced list ``…等N名同志入选`` also ``<unit><post>甲，<unit><post>乙…``)."""
        if self._places_subject(ctx, s, verb_at):
            return []  # 乙市、丙盟被评为…: places receive nothing (kg:received: a unit or person), nor the unit before
        clause = re.split(r"[，,；;。：:]", s.norm[:verb_at])[-1]
        if (counted := _COUNTED_SUBJECT.fullmatch(clause)) and (n := _number(counted.group(1))):
            named = [p for p in ctx.in_sentence(s.index, PERSON) if p.end <= s.start + verb_at - len(clause)]
            if not named and s.index and (verb_at == len(clause) or "人" in counted.group() and counted.group(2)):
                named = _persons_named(ctx, s.index - 1)  # 甲…；乙…；丙…。（事后，）三人均被记…: the sentence
                # before (after an opener only 两人均/都…, which points back; 会上，两名民警被记…: others)
            last = list({p.name: p for p in named}.values())  # 甲…；乙…；丙…，三人均被记…: the three named
            return last if len(last) == n else []  # (甲、乙、丙…，两人被记…: which two, the text does not say)
        first = self._recipient(ctx, s, verb_at, conferrer)
        if first is not None and first.cls == PERSON and s.norm.startswith(_WHERE_ONE_SERVES, first.end - s.start):
            units = {st.object.name: st.object for st in ctx.statements if st.predicate == BELONGS_TO
                     and st.subject.name == first.name and not isinstance(st.object, str)}
            return list(units.values()) if len(units) == 1 else []  # 甲所在的律所被评为…: 甲's unit, not 甲
        tail = s.norm[first.end - s.start:verb_at] if first is not None else ""
        if conferrer is not None and first is not None and first.end <= conferrer.start \
                and conferrer.end - s.start <= verb_at:  # 甲、乙被公安部命名为…: the conferrer is no part of the subject
            tail = tail[:conferrer.start - first.end] + tail[conferrer.end - first.end:]
        if first is not None and len(tail) > 3 and first.cls == ORGANIZATION \
                and not _COUNT_TAIL.match(re.sub(r"被$", "", tail)):
            return _list_then_clause(ctx, s, first, verb_at) or [first]  # the recipient does not end the subject:
            # no list to read (甲、乙等20个集体被…: a list)
        items = self._items_before(ctx, s, first) if first is not None else []
        if len(items) >= 2:
            return items
        if first is None or first.cls != PERSON:
            return [first] if first is not None else []
        clause = re.split(r"[，,；;。：:]", s.norm[:verb_at])[-1]
        if clause.endswith(("分别", "均", "都", "同时", "一同", "先后")):  # 甲、乙队长丙分别荣立…
            start = s.start + verb_at - len(clause)
            listed = [p for p in ctx.in_sentence(s.index, PERSON) if start <= p.start and p.end <= s.start + verb_at]
            return listed or [first]  # …，先后荣立: no list in the clause, the sentence's subject
        persons = sorted(ctx.in_sentence(s.index, PERSON), key=lambda m: m.start)
        counted = bool(_COUNTED.match(s.norm, first.end - s.start))  # 甲，乙…等10名同志
        out = [first]
        for p in reversed([p for p in persons if p.end <= first.start]):
            between = s.norm[p.end - s.start:out[-1].start - s.start]
            listed = between in ("、", "和", "与", "及", ",", "，") or (
                between[:1] in "、和" and len(between) <= 40 and not any(c in between for c in "，,；;。：:")) or (
                (counted or self._described_before(ctx, s, p)) and between[:1] in "，,、"
                and self._described(ctx, s, p.end - s.start + 1, out[-1].start - s.start))
            # (某镇党委副书记甲，某庭庭长乙被评为…: two items, each its units and posts before the name)
            if not listed:  # 甲、某院检察长乙、丙等20人: the units and posts between names are fine
                break
            out.append(p)
        return out[::-1]

    @staticmethod
    def _places_subject(ctx: Context, s, verb_at: int) -> bool:
        """Is the subject of the verb at ``s.norm[verb_at]`` places alone (乌海市、兴安盟被评为…):
        its clause, up to 被 or the verb, covered by place mentions joined by list marks?"""
        text = s.norm
        start = _clause_from(text, verb_at)
        end = verb_at - 1 if text[verb_at - 1:verb_at] == "被" else verb_at
        if end <= start:
            return False
        covered = [c in rules.LIST_MARKS for c in text[start:end]]
        for p in ctx.in_sentence(s.index, PLACE):
            for i in range(max(p.start - s.start, start), min(p.end - s.start, end)):
                covered[i - start] = True
        return all(covered) and any(p.start - s.start == start for p in ctx.in_sentence(s.index, PLACE))

    def _items_before(self, ctx: Context, s, first: Mention) -> list[Mention]:
        """``某局某大队、某分局某中心被记集体二等功`` and ``<unit><post>甲，<unit><post>乙被记个人一等功``:
        when everything from the start of the sentence (or the last ；, and a leading 其中，) to the recipient is a
        list of items separated by 、 or ， — each a unit written in full, or units and posts
        and a person's name — every item receives. Returns the items in order, or ``[]``."""
        text = s.norm
        end = first.end - s.start
        start = max(text.rfind(c, 0, end) for c in "；;。：:") + 1
        first_part = re.split("[，,、]", text[start:end])[0]
        if (space := max(first_part.rfind(" "), first_part.rfind("\u3000"))) >= 0:
            start += space + 1  # 本报讯 甲、乙荣立…: the dateline before a space is no item
        lead = re.match(rules.LIST_LEADERS, text[start:end])
        if lead:  # 其中，甲、乙、丙记集体二等功 (本报讯 近日，…): the list starts after the leading word
            start += lead.end()
        if re.match(rules.OWN_DIVISION, text[start:end]) and any(o.start - s.start == start + 2 for o in ctx.in_sentence(s.index)):
            start += 2  # 我市甲县委政法委、乙派出所被评为…: the speaker's division before the list, no item
        out = self._listed_items(ctx, s, first, start, end)
        comma = max(text.rfind(c, start, end) for c in "，,")
        if not out and comma > start:
            out = self._listed_items(ctx, s, first, comma + 1, end)  # 甲记集体一等功，乙、丙记集体二等功: the
            # list after the clause of another honour; 经某局批准，甲所、乙所被记…: after an opening clause
        return out

    def _listed_items(self, ctx: Context, s, first: Mention, start: int, end: int) -> list[Mention]:
        """The items of :meth:`_items_before`'s list in ``s.norm[start:end]`` (``end``: the end of
        ``first``), or ``[]`` when that span is no such list."""
        text = s.norm
        joins = {o.end - s.start for o in ctx.in_sentence(s.index, ORGANIZATION)} & \
            {o.start - s.start - 1 for o in ctx.in_sentence(s.index, ORGANIZATION)} if first.cls == ORGANIZATION else set()
        marked = "".join("、" if k in joins and c in "和及与" else c for k, c in enumerate(text[:end]))
        parts = re.split("[，,、]", marked[start:end])  # 甲大队和乙大队荣立…: 和 between two units (和美派出所: a name)
        if len(parts) < 2:
            return []
        out, pos = [], start
        for part in parts:
            pend = pos + len(part)
            ending = [m for m in ctx.in_sentence(s.index, first.cls) if m.end - s.start == pend and m.start - s.start >= pos]
            if first.cls == PERSON:
                item = max(ending, key=lambda m: len(m.name), default=None)
                if item is None or not self._only_units_and_posts(ctx, s, pos, item.start - s.start):
                    return []
            else:
                heads = {o.end for o in ctx.in_sentence(s.index, ORGANIZATION) if o.start - s.start == pos}
                item = max((m for m in ending if m.start - s.start == pos or m.start in heads),
                           key=lambda m: len(m.name), default=None)  # (某市公安局|和平派出所: the parent, then the unit)
                if item is None:
                    return []
            out.append(item)
            pos = pend + 1
        return out

    @staticmethod
    def _holders(ctx: Context, s, verb_at: int, honor: Mention, recipients: list[Mention],
                 conferrer: Mention | None) -> list[Mention]:
        """The recipients that can hold ``honor``: a collective honour
        (``rules.COLLECTIVE_HONOUR_MARKS`` / ``_ENDINGS``) only units, and with none among ``recipients`` the
        nearest unit written before the verb that does not confer it (在某某的带领下，某大队…
        被评为…先进集体); a personal one (个人二等功) only persons; any other, all of them."""
        if _personal(honor.name):
            return [r for r in recipients if r.cls == PERSON]
        if not any(k in honor.name for k in rules.COLLECTIVE_HONOUR_MARKS) \
                and not honor.name.endswith(rules.COLLECTIVE_HONOUR_ENDINGS):
            return recipients
        units = [r for r in recipients if r.cls == ORGANIZATION]
        if units or not recipients:
            return units
        before = _candidates(ctx, s, verb_at, conferrer, (ORGANIZATION,))
        return [max(before, key=lambda o: (o.end, len(o.name)))] if before else []

    @staticmethod
    def _recipient(ctx: Context, s, verb_at: int, conferrer: Mention | None) -> Mention | None:
        cands = _candidates(ctx, s, verb_at, conferrer, (ORGANIZATION, PERSON))
        bei = s.norm.find("被", 0, verb_at)
        if s.norm.startswith(rules.PERSON_DEMONSTRATIVES) and bei > 0 \
                and (not cands and re.split(r"[，,]", s.norm, maxsplit=1)[0].endswith(_POSTS_AND_POLICE)
                     or _DESCRIBED_HOLDER.match(s.norm[:bei]) and not any(m.start < s.start + bei for m in cands)):
            return _previous_person(ctx, ctx.sentences[s.index - 1]) if s.index else None  # 这位从警23年的
            # 女大队长，2022年被…授予, 这位侗族女民警今年被…授予: the person named before the sentence,
            # described by a post or role (the units after 被 confer)
        if not cands:
            return None
        clause_start = s.start + max(s.norm.rfind(c, 0, verb_at) for c in "，,；;：:") + 1
        bei = s.norm.rfind("被", clause_start - s.start, verb_at)
        if bei < 0 and (body := _obtained_from(ctx, s, verb_at)) is not None:
            bei = body.start - s.start - 1  # 该庭此前已获某院记集体二等功: as 被<agent>记, the subject receives
        if bei >= 0:  # 被<agents>授予: the agents confer, the subject before 被 receives
            cands = [m for m in cands if m.end <= s.start + bei]
            subject = s.norm[clause_start - s.start:bei]
            if subject.strip() in ("他", "她", "其", "他们", "她们") or (not cands and subject.strip()[:1] in "他她"):
                return _previous_person(ctx, s)
            if not cands:
                return None
        zai = s.norm.rfind("在", clause_start - s.start, verb_at)
        frame = _FRAME_BEFORE_VERB.fullmatch(s.norm, zai, verb_at) if zai >= 0 else None
        if frame is not None:  # 甲在某局举办的竞赛中获得…: the frame's units are no subject
            cands = [m for m in cands if not frame.start() <= m.start - s.start < frame.end()]
        in_clause = [m for m in cands if m.start >= clause_start]
        if in_clause:  # the subject of the verb's own clause: the mention nearest before the verb
            best = max(in_clause, key=lambda m: (m.end, m.cls == PERSON, len(m.name)))
            if best.cls == PERSON and s.norm.startswith("的", best.end - s.start):
                return None  # 甲的师傅乙曾荣获…: the possessor, not the subject (乙 unread)
            if best.cls == ORGANIZATION and s.norm.startswith(longest_first("roles"), best.end - s.start):
                return None  # 某分局民警|江海被授予…, the name unread: one of its officers, not the unit
            return best
        if _own_subject(s.norm[clause_start - s.start:bei if bei >= 0 else verb_at]):
            return None  # 柯某说，妻子也曾被评为…; …，其徒弟荣立…: the clause names its own receiver, unread
        persons = [m for m in cands if m.cls == PERSON]
        if persons:  # 民警<name>荣立…: the person, not the unit written before the name
            return max(persons, key=lambda m: m.start)
        first = min(m.start for m in cands)
        group = [m for m in cands if m.start == first]
        best = max(group, key=lambda m: (m.end, len(m.name)))
        while best.cls == ORGANIZATION and (after := max((m for m in cands if m.cls == ORGANIZATION and m.start == best.end),
                                                        key=lambda m: m.end, default=None)) is not None:
            best = after  # 市中院|刑事审判第一庭审结…，被…记集体二等功: the unit the chain ends with
        return best


#: A frame of place or event closing right before an honour verb (在全省公安机关技能竞赛中|获得…,
#: 在2024年度考核中|被评为…; a few adverbs may follow it): what it names receives nothing.
_FRAME_BEFORE_VERB = re.compile(r"在[^，,；;。：:“”在]{2,40}(?:中|上|期间)(?:先后|分别|均|都|还|又|再次|一举|共|被)?")


#: 与甲、乙等26个单位一道 / 一起 / 共同: those listed receive what the sentence's subject receives.
_CO_RECIPIENTS = re.compile(r"与([^，。；;：:]{2,120}?)(?:等\s*(?:\d+|[０-９]+|[一二两三四五六七八九十百]+)\s*(?:个|名|位|家)?"
                            r"(?:单位|集体|同志|人|民警)?)?(?:一道|一起|共同|同时)")


#: What separates the items of a list of recipients (甲、乙，丙；丁): :func:`_list_items`, :func:`_same_item`.
_ITEM_MARKS = "、，,；;"


def _listed_in(ctx: Context, s, lo: int, hi: int) -> list[Mention]:
    """The recipients of a list written in ``s.norm[lo:hi]``: its persons (:func:`_list_items`), or, when it
    names none, its outermost units (a chain's whole unit, not its parents)."""
    return _list_items(ctx, s, lo, hi) or _outermost(
        [o for o in ctx.in_sentence(s.index, ORGANIZATION) if s.start + lo <= o.start and o.end <= s.start + hi])


def _list_items(ctx: Context, s, lo: int, hi: int) -> list[Mention]:
    """The persons of a list written in ``s.norm[lo:hi]``: the last person of each item (items split
    at 、，；outside brackets: 由院长甲推荐的…法官乙 is 乙's item), up to the first item that goes on
    after its person (…丙，他们所在的某局局长丁表示祝贺: the list has ended); items with no person are
    skipped (a unit's name alone)."""
    text = s.norm
    bounds, depth, start = [], 0, lo
    for k in range(lo, hi):
        c = text[k]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and c in _ITEM_MARKS:
            bounds.append((start, k))
            start = k + 1
    bounds.append((start, hi))
    persons = ctx.in_sentence(s.index, PERSON)
    out = []
    for a, b in bounds:
        inside = [p for p in persons if a <= p.start - s.start and p.end - s.start <= b]
        if not inside:
            continue
        last = max(inside, key=lambda p: p.start)
        tail = re.sub(r"[（(][^（）()]*[）)]", "", text[last.end - s.start:b]).strip(" \u3000。.！!")
        if tail and tail not in ("同志", "等"):
            break
        out.append(last)
    return out


def _obtained_from(ctx: Context, s, verb_at: int) -> Mention | None:
    """The unit written between 获 and the honour verb at ``s.norm[verb_at]`` (该庭已获某省高级人民法院|记集体二等功,
    获某部|授予…): the body that confers, as after 被; None when there is none."""
    return max((m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end == s.start + verb_at
                and m.start > s.start and s.norm[m.start - s.start - 1] == "获"), key=lambda m: m.end - m.start, default=None)


def _same_item(s, unit: Mention, person: Mention) -> bool:
    """Are ``unit`` and ``person`` of one item of a list in sentence ``s`` (<unit><post><person>, no
    list mark, clause mark nor bracket between them: 某院民一庭庭长甲; not 某庭（庭长甲）)?"""
    a, b = (unit, person) if unit.start < person.start else (person, unit)
    return not any(c in _ITEM_MARKS + "（(" for c in s.norm[a.end - s.start:b.start - s.start])  # (某庭（庭长甲）: the unit's item)


def _counted_grants(ctx: Context) -> list:
    """The ``received`` statements of ``ctx`` whose recipient closes a counted group (授予甲等20个单位…:
    ``_COUNTED_UNITS``), each with its sentence: ``[(statement, sentence)]``."""
    grants = [(st, ctx.sentences[st.subject.sentence]) for st in ctx.statements
              if st.predicate == "received" and isinstance(st.object, Mention)]
    return [(st, g) for st, g in grants if _COUNTED_UNITS.match(g.norm, st.subject.end - g.start)]


def _one_kind_grant(ctx: Context, cls: str, before: int) -> Mention | None:
    """The honour granted to recipients counted by kind, none named (``_KIND_GRANT``: 授予28个集体
    “…”称号 for units, 授予56名干警“…”称号 for persons), in a sentence before index ``before``, when it
    is the one such title for class ``cls`` (ORGANIZATION or PERSON) and no recipient of that class
    receives another title in the article; else None. The mention is the quoted title's."""
    found: dict[str, Mention] = {}
    for s in ctx.sentences[:before]:
        for m in _KIND_GRANT.finditer(s.norm):
            if _kind_grant_class(m) != cls:
                continue
            a, b = ctx.span_of(s, m.start("title"), m.end("title"))
            found.setdefault(m.group("title"), _honour_at(ctx, s, m) or ctx.add_mention(Mention(HONOR, m.group("title"), a, b, s.index)))
    if len(found) != 1:
        return None
    titles = {st.object.name for st in ctx.statements if st.predicate == "received"
              and st.subject.cls == cls and isinstance(st.object, Mention)}
    honour = next(iter(found.values()))
    return honour if titles <= {honour.name} else None


def _kind_grant_class(m: re.Match) -> str:
    """Who a ``_KIND_GRANT`` counts: PERSON for 名, 位 or a kind of persons (个人, 同志), else ORGANIZATION."""
    return PERSON if m.group("measure") in "名位" or m.group("kind") in ("个人", "同志", "人") else ORGANIZATION


def _honour_at(ctx: Context, s, m: re.Match) -> Mention | None:
    """The Honor mention read exactly at group ``title`` of ``m`` (a match in ``s.norm``), or None."""
    a, b = ctx.span_of(s, m.start("title"), m.end("title"))
    return next((h for h in ctx.in_sentence(s.index, HONOR) if h.start == a and h.end == b), None)


def _list_of_names(s, start: int, end: int, named: list) -> bool:
    """Is ``s.norm[start:end]`` a list of persons, each comma part closing with one of ``named`` (the
    persons' mentions) and the last with it and 等 (某院庭长甲，某院副院长乙，…某局局长丙等)? Offsets in the
    sentence."""
    text = s.norm[start:end].rstrip("。；; ")
    text = text[:-1] if text.endswith("等") else text
    parts, at = text.split("，"), start
    if len(parts) < 2:
        return False
    for part in parts:
        at += len(part)
        if not any(o.end - s.start == at for o in named):
            return False
        at += 1
    return True


def _one_counted_grant(ctx: Context, grants: list, cls: str, before: int):
    """The one ``received`` statement of ``grants`` (statement, its sentence: a counted group, 等20个单位)
    with a recipient of class ``cls`` in a sentence before index ``before``, when it is the one such
    grant and the one honour recipients of that class receive in the article; else None."""
    given = {(st.object.name, st.qualifiers): st for st, g in grants if st.subject.cls == cls and g.index < before}
    titles = {st.object.name for st in ctx.statements if st.predicate == "received"
              and st.subject.cls == cls and isinstance(st.object, Mention)}
    if len(given) != 1 or len(titles) != 1:
        return None
    return next(iter(given.values()))


def _joint_bodies(ctx: Context, s, body: Mention | None, verb_at: int) -> tuple[Mention, ...] | None:
    """The bodies conferring together with ``body`` (the conferrer read in sentence ``s``), in
    the order written, ``body`` among them: the organizations listed with it before the verb at
    ``s.norm[verb_at]``, each joined to the next by one mark of :data:`kg.rules.LIST_MARKS`
    alone (被人力资源社会保障部、公安部授予…, 省委和省政府授予…); where mentions nest, the longest.
    None when ``body`` is None (for :attr:`kg.schema.Qualifiers.conferrer`)."""
    if body is None:
        return None
    if body.sentence != s.index:  # a conferrer carried from a sentence before (the lead's): alone
        return (body,)
    orgs = [m for m in ctx.in_sentence(s.index, ORGANIZATION) if m.end <= s.start + verb_at and m.cls == body.cls]
    listed = [body]
    while (after := max((m for m in orgs if m.start == listed[-1].end + 1
                         and s.norm[listed[-1].end - s.start] in rules.LIST_MARKS), key=lambda m: m.end, default=None)):
        listed.append(after)
    while (before := min((m for m in orgs if m.end == listed[0].start - 1 and listed[0].start - s.start > 0
                          and s.norm[m.end - s.start] in rules.LIST_MARKS), key=lambda m: m.start, default=None)):
        listed.insert(0, before)
    return tuple(listed)


def _co_recipients(ctx: Context, s, verb_at: int) -> list[Mention]:
    """The units and persons written in ``与<list>（等N个单位）一道`` before the verb at
    ``s.norm[verb_at]`` in its sentence (某支队…，与甲、乙、丙等26个单位一道，被授予…): they share
    the award with the subject; each mention whole inside the list, the longest where they nest."""
    hit = None
    for h in _CO_RECIPIENTS.finditer(s.norm, 0, verb_at):
        hit = h
    if hit is None or any(c in s.norm[hit.end():verb_at] for c in "。；;"):
        return []
    a, b = ctx.span_of(s, hit.start(1), hit.end(1))
    inside = [m for m in ctx.in_sentence(s.index) if m.cls in (ORGANIZATION, PERSON) and a <= m.start and m.end <= b]
    return [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         and (o.end - o.start) > (m.end - m.start) for o in inside)]


#: A personal pronoun opening a clause (他, 她; not 他们, nor 他的…), or one a short description opens
#: (38岁的他, 从警多年的她): the person named last.
_PRONOUN_OPENING = re.compile(f"(?:[^，,；;。：:“”\"]{{1,10}}的)?(?:{'|'.join(rules.PERSONAL_PRONOUNS)})(?![们的])")
#: Posts (titles.tsv) and police roles that close a description of the person named before
#: (这位从警23年的女大队长, not 这位82岁的老人 nor 这名民警的妻子).
_POSTS_AND_POLICE = tuple(sorted(set(longest_first("titles")) | rules.POLICE_ROLES, key=len, reverse=True))
#: A decision conferring a title (授予…称号, 决定…表彰): what a 名单's generic heading stands for.
_CONFERRING = re.compile(r"授予|决定|表彰|命名")
#: A demonstrative and a short description closed by a post or police role, then time words before
#: 被 (这位侗族女民警|今年刚|被…授予): the subject of a passive honour is the person named before.
_DESCRIBED_HOLDER = re.compile("(?:" + "|".join(rules.PERSON_DEMONSTRATIVES) + r")[\u4e00-\u9fff]{0,8}?(?:"
                               + "|".join(map(re.escape, _POSTS_AND_POLICE)) + r")(?:" + "|".join(rules.TIME_BEFORE_PASSIVE) + r")*$")


#: A résumé's opening: a name, then the sex (某某，女，…; 某某（女），…).
_BIO_OPENING = re.compile(r"[\u4e00-\u9fff·]{2,12}(?:[，,][男女][，,]|[（(][男女][，,）)])")


def _own_subject(clause: str) -> bool:
    """Does ``clause`` (the words of the verb's clause before it, or before its 被) hold a subject of
    its own: a noun, a pronoun or a name (妻子也曾, 该所辅警, 其徒弟, 他的妻子), not only adverbs, times,
    numbers and circumstances (先后, 2019年度, 也曾, 工作中, 疫情期间, 任所长期间)? Such a clause's
    receiver is not the one named in the clause before."""
    cut = tokens(clause.strip(" \t\u3000"))
    places = [n for n, (_, tag, _) in enumerate(cut) if tag == "f"]
    if places:
        cut = cut[places[-1] + 1:]  # 疫情防控工作中|多次荣立: a circumstance, its nouns no subject
    if cut and cut[0][1] == "r" and cut[0][0][0] in "该本此":
        cut = cut[2:] if len(cut[0][0]) == 1 else cut[1:]  # 该监区2024年被…: the unit named before, no subject
    for n, (w, tag, _) in enumerate(cut):                    # of its own (该所|辅警 荣立…: its officer is one)
        if w in rules.NO_SUBJECT_NOUNS or tag[:1] == "n" and n and cut[n - 1][1] == "m":
            continue  # 个人先后荣立, 2019年度被评为: no one else
        if tag[:1] == "n" or tag in ("vn", "j") or tag[:1] == "r" and len(w) >= 2 and (w[0] in "该这那各每" or w == "其中"):
            return True  # (其|曾荣立, 他|先后…: a one-character pronoun stands for the person before)
        if tag[:1] in "pv" or tag[:1] == "u" and w != "的":
            return False  # 在全省…中荣立, 因…被评为: a phrase of the predicate, not its subject
    return False


def _candidates(ctx: Context, s, verb_at: int, conferrer: Mention | None, classes: tuple[str, ...]) -> list[Mention]:
    """Mentions of ``classes`` in sentence ``s`` that end before the verb at ``s.norm[verb_at]``
    and may receive what it confers: not the conferring body (nor a mention of its name), and
    not written right after 被 or 由 (被<conferrer>记…: never the recipient)."""
    return [m for m in ctx.in_sentence(s.index) if m.cls in classes
            and m.end <= s.start + verb_at and m is not conferrer
            and (conferrer is None or m.name != conferrer.name)
            and s.norm[m.start - s.start - 1:m.start - s.start] not in ("被", "由")]


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "十": 10}


def _personal(title: str) -> bool:
    """Is ``title`` an honour only a person receives (``rules.PERSONAL_HONOUR_MARKS``: 个人二等功)?"""
    return any(k in title for k in rules.PERSONAL_HONOUR_MARKS)


def _wrong_class(st) -> bool:
    """Is ``st`` a ``received`` whose recipient cannot hold its honour: a unit and a personal one
    (``rules.PERSONAL_HONOUR_MARKS``: 个人二等功), a person and a collective one (集体一等功)?"""
    if st.predicate != "received" or not isinstance(st.object, Mention):
        return False
    name = st.object.name
    personal = _personal(name)
    if st.subject.cls == ORGANIZATION:
        return personal
    return st.subject.cls == PERSON and not personal and any(k in name for k in rules.COLLECTIVE_HONOUR_MARKS)
    # (全省集体林权制度改革先进个人: a person's, whatever 集体 it names)


def _times(text: str, end: int) -> int | None:
    """The count written right after an honour ending at ``text[end]`` (三等功2次, 嘉奖三次), or None."""
    m = re.match(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})次", text[end:])
    if not m:
        return None
    return _number(m.group(1))


#: A count of times before an honour verb (3次荣立…, 先后两次被评为…): group 1 the number.
_COUNT_BEFORE_VERB = re.compile(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})次")


def _times_before(text: str, verb_at: int) -> int | None:
    """The count written right before the verb at ``text[verb_at]`` (先后3次荣立…, 曾两次被评为…:
    passive 被 and a conferrer may stand between), or None."""
    m = re.search(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})次(?:被[^，,。；;]{0,20})?$", text[:verb_at])
    return _number(m.group(1)) if m else None


def _number(n: str) -> int | None:
    """``"12"``, ``"五"``, ``"十二"``, ``"二十"``, ``"三十五"`` → the number (1–99), else None."""
    if n.isdigit():
        return int(n)
    if not n or any(c not in _CN_DIGITS for c in n):
        return None
    if n == "十":
        return 10
    if n.startswith("十"):
        return 10 + _CN_DIGITS[n[1]] if len(n) == 2 else None
    if len(n) == 1:
        return _CN_DIGITS[n]
    return _CN_DIGITS[n[0]] * 10 + (_CN_DIGITS[n[2]] if len(n) == 3 else 0) if n[1] == "十" else None


def _inside_word(text: str, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Whether the verb match ``text[start:end]`` is part of a longer dictionary word
    (牢记, 书记, 登记, 获得者): jieba's dictionary knows the word with the next or previous
    character, and that word is not itself one of the honour ``verbs``; the previous character
    counts only when it ends no common word of its own (分别|记)."""
    before, after = text[max(start - 1, 0):end], text[start:end + 1]
    if start >= 2 and dictionary_freq(text[start - 2:start]) >= rules.WORD_FREQ:
        before = ""  # 分别|记: the character before ends a word of its own (not 别记)
    return any(len(w) > end - start and w not in verbs and dictionary_freq(w) > 0
               and not tokenizer().word_tag_tab.get(w, "").startswith("ns") for w in (before, after))  # 获|嘉奖, not 获嘉


#: What follows a title whose holders are listed after it (荣立个人二等功的有：…, 同获…的还有…).
_HOLDERS_AFTER = re.compile(r"[”\"]?(?:称号)?的(?:还)?有[：:]?")
#: What follows a title before the list of its recipients in the same sentence: ”称号：.
_COLON_AFTER_TITLE = re.compile(r"[”\"]?\s*(?:荣誉)?(?:称号)?\s*[：:]")


def _listed_after_colon(ctx: Context, s, end: int, counted: str) -> list[Mention]:
    """The recipients listed after the colon that follows a title ending at ``s.norm[end]``
    (授予以下3名同志“…”称号：甲、乙（某所民警）、丙。): the persons, or for a count of units
    (以下5个单位, 先进集体) the units, written there outside brackets, in reading order."""
    colon = _COLON_AFTER_TITLE.match(s.norm, end)
    if colon is None:
        return []
    cls = ORGANIZATION if re.search(r"个|家|单位|集体", counted) else PERSON
    text = s.norm
    stop = re.search(r"[；;。]", text[colon.end():])  # …：甲、乙；授予以下2名同志“…”称号：丙: the list ends at the clause
    end = colon.end() + stop.start() if stop else len(text)

    def bracketed(k: int) -> bool:  # 甲（某所民警）: 某所 stands in a bracket, no recipient
        return text.count("（", 0, k) + text.count("(", 0, k) > text.count("）", 0, k) + text.count(")", 0, k)

    listed = [m for m in ctx.in_sentence(s.index, cls) if colon.end() <= m.start - s.start < end
              and not bracketed(m.start - s.start)]
    return sorted(_outermost(listed), key=lambda m: m.start)  # (a chain's whole unit, not its parents)


#: The persons of a sentence counted or named by a pronoun in a 为 (给, 对) phrase: 二人, 两人, 3人,
#: 他们, 她们 (group 1 the count, when written).
#: A counted subject of persons named before it (三人均被记…, 两名民警分别被评为…): group 1 the count.
_COUNTED_SUBJECT = re.compile(r"(?:以上|上述)?(\d{1,2}|[二两三四五六七八九十]{1,2})(?:人|名同志|名民警|位同志)(均|都|分别|同时|一同)?被?")
_PERSONS_COUNTED = re.compile(r"(?:(\d{1,2}|[二两三四五六七八九十]{1,2})(?:人|名同志)|他们|她们|他们二人|她们二人)")


def _persons_before(ctx: Context, s, at: int, count: str | None) -> list[Mention]:
    """The persons named in sentence ``s`` before ``s.norm[at]`` (none there and a ``count``
    written: in the sentence before), one mention each, in reading order, when there are two or
    more and as many as ``count`` says (when written; else none: 二人 stands for others)."""
    named = _persons_named(ctx, s.index, s.start + at)
    if not named and count is not None and s.index:  # 甲、乙救起…。某局为二人各记…: the sentence before
        named = _persons_named(ctx, s.index - 1)
    return named if len(named) >= 2 and (count is None or _number(count) == len(named)) else []


def _persons_named(ctx: Context, index: int, before: int | None = None) -> list[Mention]:
    """The persons named in sentence ``index`` (ending at or before document offset ``before``,
    when given), one mention per name, in reading order."""
    seen: dict[str, Mention] = {}
    for m in ctx.in_sentence(index, PERSON):
        if before is None or m.end <= before:
            seen.setdefault(m.name, m)
    return sorted(seen.values(), key=lambda m: m.start)


def _previous_persons(ctx: Context, s) -> list[Mention]:
    """The persons a plural pronoun opening sentence ``s`` (他们, 她们) stands for: every person
    named in the sentence before it, one mention each, in reading order, when it names two or
    more (else none: the pronoun stands for people the text does not name)."""
    named = _persons_named(ctx, s.index - 1) if s.index else []
    return named if len(named) >= 2 else []  # (某所长带出了十多名徒弟。他们…: 他们 are others, unnamed)


def _described_person(ctx: Context, s) -> Mention | None:
    """The person a described pronoun opening sentence ``s`` (38岁的他) stands for: the first one the
    sentence before names (its subject: 甲是…民警，多次受到所长乙的表扬。38岁的他…), else the last
    named before."""
    named = _persons_named(ctx, s.index - 1) if s.index else []
    return named[0] if named else _previous_person(ctx, s)


def _resume_subject(ctx: Context, s, verb_at: int) -> Mention | None:
    """The person a résumé is about when sentence ``s`` goes on with it: ``s`` opens with a word of
    a career (``rules.RESUME_OPENERS``: 曾任, 曾在, 历任) and no clause before the verb at
    ``s.norm[verb_at]`` has a subject of its own, and the sentence right before it, in the same
    paragraph, opens with a name and sex (某某，女，1983年生，…). Its units are where the person
    served, never the honour's recipients. None otherwise."""
    clause = _clause_from(s.norm, verb_at)
    subject = s.norm[clause:verb_at].split("被")[0]  # (the words before 被: the subject, if any)
    if not s.index or not s.norm.startswith(rules.RESUME_OPENERS) or _own_subject(subject) \
            or any(m.cls in (ORGANIZATION, PERSON) and clause <= m.start - s.start < clause + len(subject)
                   for m in ctx.in_sentence(s.index)):
        return None  # (…，2019年某法院被授予…: the unit is the clause's subject)
    before = ctx.sentences[s.index - 1]
    if "\n" in ctx.doc.text[before.end:s.start] or not _BIO_OPENING.match(before.norm):
        return None
    return next((p for p in ctx.in_sentence(before.index, PERSON) if p.start == before.start), None)


def _previous_person(ctx: Context, s, before: int | None = None) -> Mention | None:
    """The person a pronoun (其, 他, 她) most likely stands for: the last one named before ``s``
    or earlier in it (before the document offset ``before``, when given: the pronoun's clause)."""
    persons = [m for m in ctx.mentions if m.cls == PERSON and 0 <= m.sentence <= s.index
               and (before is None or m.sentence < s.index or m.start < before)]
    return max(persons, key=lambda m: (m.sentence, m.start), default=None)  # in reading order


def _opens_with_verb(text: str, at: int, end: int) -> bool:
    """Does ``text[at:end]`` open with a verb of two characters or more (jieba's tag v: 召开, 举行)?"""
    cut = tokens(text[at:end])
    return bool(cut) and len(cut[0][0]) >= 2 and cut[0][1] == "v"
