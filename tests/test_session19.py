"""Recall on articles nobody had read (sets 164 and 166 of the invented corpus: ecology and
resources enforcement, juvenile and family justice): small invented sentences for each rule
added after their first runs."""
from __future__ import annotations

from kg.graph import KG


def test_a_township_before_its_river_reach_is_no_city(extract):
    # 湫坡头镇江段 in an article about 旬邑县: the township (of that county) and 江段, not 镇江 (市)
    x = extract("标题\n\n旬邑县公安局民警在湫坡头镇江段巡查时发现一艘可疑船只。\n")
    places = x.names("Place")
    assert "湫坡头镇" in places and "镇江市" not in places and "镇江" not in places
    # 镇江 written as a city still is one
    assert "镇江市" in extract("标题\n\n镇江市公安局民警在长江镇江段巡查。\n").names("Place")


def test_a_short_division_name_ending_a_longer_word_is_no_place(extract):
    # 黄河入海口: 入海口 is one word, no 海口 (市) in it
    x = extract("标题\n\n咸阳市检察机关护航黄河入海口生态，开展公益诉讼。\n")
    assert "海口市" not in x.names("Place") and "海口" not in x.names("Place")
    assert "海口市" in extract("标题\n\n海口市公安局民警在海口巡查。\n").names("Place")


def test_government_enforcement_detachments_and_their_brigades(extract):
    # 综合行政执法支队 (a city's government body) and its county 大队; 综合行政执法大队 of a county
    x = extract("标题\n\n咸阳市生态环境保护综合行政执法支队旬邑大队大队长柯远舟表示，将加强巡查。"
                "旬邑县交通运输综合行政执法大队大队长罗晓东说。\n")
    assert ("咸阳市生态环境保护综合行政执法支队旬邑大队", "belongsTo", "咸阳市生态环境保护综合行政执法支队") in x.rels()
    assert ("柯远舟", "belongsTo", "咸阳市生态环境保护综合行政执法支队旬邑大队") in x.rels()
    assert ("罗晓东", "belongsTo", "旬邑县交通运输综合行政执法大队") in x.rels()
    # a rescue centre and a fishery station of a place
    x = extract("标题\n\n穿山甲已移交咸阳市野生动物救护中心救治。民警联合旬邑县渔政监督管理站开展巡查。\n")
    assert {"咸阳市野生动物救护中心", "旬邑县渔政监督管理站"} <= x.names("Organization")


def test_a_detachment_written_short_again_before_its_numbered_brigade(extract):
    # 某市…综合行政执法支队二大队 …，执法支队二大队: that detachment's, not the police 支队 named last
    x = extract("标题\n\n今年3月，咸阳市农业综合行政执法支队二大队开展检查。\n\n"
                "执法支队副支队长柯远舟说，案件线索已移送咸阳市公安局刑事警察支队。\n\n"
                "据介绍，执法支队二大队去年被评为“全国农业执法先进集体”。\n")
    assert ("咸阳市农业综合行政执法支队二大队", "received", "全国农业执法先进集体") in x.rels()
    assert "咸阳市公安局刑警支队二大队" not in x.names("Organization")


def test_a_county_brigade_written_short_is_the_city_detachments_brigade(gh):
    # 旬邑县森林警察大队 (headline) = 咸阳市公安局森林警察支队旬邑大队 (below): one unit
    from kg.pipeline import run

    g = run(text="旬邑森林警察大队记集体二等功\n\n本报讯 咸阳市公安局森林警察支队旬邑大队记集体二等功，"
                 "大队长柯远舟说。\n").graph
    orgs = gh.labels(g, "Organization")
    assert "咸阳市公安局森林警察支队旬邑大队" in orgs
    assert not [o for o in orgs if o.endswith("森林警察大队")]
    # a county's brigade of another branch (综合行政执法 is no 生态环境保护综合行政执法): a unit of its own
    g = run(text="标题\n\n咸阳市生态环境保护综合行政执法支队旬邑大队近日查处一起案件。"
                 "旬邑县综合行政执法大队队长甘文表示将配合。\n").graph
    assert "旬邑县综合行政执法大队" in gh.labels(g, "Organization")


def test_gai_xiao_is_the_school_in_focus_and_keeps_the_first_post(extract):
    # <unit><post>、该校<post><name>: both posts, the first unit's and the school's
    x = extract("标题\n\n在旬邑县城关小学的教室里，站在讲台上的是旬邑县公安局城关派出所副所长、该校法治副校长柯远舟。\n")
    assert ("柯远舟", "belongsTo", "旬邑县公安局城关派出所") in x.rels()
    assert ("柯远舟", "position", "副所长") in x.rels() and ("柯远舟", "position", "法治副校长") in x.rels()
    # 该校验: a verb (校验), no school
    x = extract("标题\n\n旬邑县城关小学组织检查。该校验收了新教室。\n")
    assert [m for m in x.mentions if m.text.startswith("该校")] == []


def test_the_youth_leagues_committee_written_bare(gh):
    # 团县委 (团 before a bare 县委): the Youth League's committee of the county, not the party's 县委
    from kg.pipeline import run

    g = run(text="标题\n\n旬邑县人民检察院联合县公安局、团县委开展检查，团县委书记柯远舟说。"
                 "旬邑县委书记罗晓东说。团咸阳市委书记甘文也到场。\n").graph
    orgs = gh.labels(g, "Organization")
    assert {"共青团旬邑县委", "旬邑县委", "共青团咸阳市委"} <= orgs
    person = gh.node(g, "Person", "柯远舟")
    assert {gh.label_of(g, o) for o in g.objects(person, KG.belongsTo)} == {"共青团旬邑县委"}
    person = gh.node(g, "Person", "罗晓东")
    assert {gh.label_of(g, o) for o in g.objects(person, KG.belongsTo)} == {"旬邑县委"}
    person = gh.node(g, "Person", "甘文")
    assert {gh.label_of(g, o) for o in g.objects(person, KG.belongsTo)} == {"共青团咸阳市委"}
    # 某市团市委: the place written before 团市委, still the league's
    g = run(text="标题\n\n咸阳市团市委近日联合市中院开展普法活动。\n").graph
    orgs = gh.labels(g, "Organization")
    assert "共青团咸阳市委" in orgs and "咸阳市委" not in orgs


def test_a_bare_agency_in_a_list_opened_by_ge_names_no_unit(extract):
    # 要求各设区市公安局、团市委…: every city's, no unit of the article's city; 经各…推荐、省公安厅…: steps
    x = extract("标题\n\n咸阳市公安局发布通知，要求各县公安局、县法院认真落实。\n")
    assert "旬邑县人民法院" not in x.names("Organization") and not [o for o in x.names("Organization") if o.endswith("县人民法院")]
    x = extract("标题\n\n旬邑县公安局发布通知，经各派出所推荐、县法院审核，名单确定。\n")
    assert "旬邑县人民法院" in x.names("Organization")
    # 各 of another level, or inside the item: the bare agency is the article's place's
    x = extract("标题\n\n旬邑县召开会议，县公安局各派出所、县法院各人民法庭负责人参加。\n")
    assert "旬邑县人民法院" in x.names("Organization")
    x = extract("标题\n\n咸阳市召开会议，各县市区公安局、市中院负责人参加。\n")
    assert "咸阳市中级人民法院" in x.names("Organization")


def test_a_village_right_after_its_township_may_look_like_a_verb(extract):
    # 栽麻镇宰荡村: jieba's HMM makes 宰荡 a verb; right after its township it is the village's name
    x = extract("标题\n\n榕江县人民法院邀请栽麻镇宰荡村村民代表旁听。\n")
    assert ("宰荡村", "locatedIn", "栽麻镇") in x.rels()
    # a known verb (走访) after a township names no village
    assert "走访村" not in extract("标题\n\n旬邑县湫坡头镇走访村民。\n").names("Place")


def test_the_next_township_of_a_list_may_hold_a_verb(extract):
    # 春化镇、马滴达镇一带: the second of a list of townships (马滴|达: a "verb" character)
    x = extract("标题\n\n珲春市公安局抽调120余人，分12个小组进入春化镇、马滴达镇一带林区。\n")
    assert {"春化镇", "马滴达镇"} <= x.names("Place")


def test_a_bare_agency_after_le_and_its_full_name_in_one_article(gh):
    # 拨打了县妇联… (了 before a bare agency); 宾川县妇女联合会 written in full too: one body
    from kg.pipeline import run

    g = run(text="标题\n\n旬邑县一名妇女拨打了县妇联反家暴热线。接报后，旬邑县妇女联合会、旬邑县公安局介入。"
                 "县妇联主席柯丽介绍，情况好转。\n").graph
    orgs = gh.labels(g, "Organization")
    assert "旬邑县妇女联合会" in orgs and "旬邑县妇联" not in orgs and "妇联" not in orgs
    person = gh.node(g, "Person", "柯丽")
    assert {gh.label_of(g, o) for o in g.objects(person, KG.belongsTo)} == {"旬邑县妇女联合会"}
    # 镇调委会 and the township's 人民调解委员会: one body
    g = run(text="标题\n\n湫坡头镇人民调解委员会主任柯远舟调处纠纷。村委会把情况报告给了镇调委会。\n").graph
    orgs = gh.labels(g, "Organization")
    assert "湫坡头镇人民调解委员会" in orgs and not [o for o in orgs if o.endswith("调委会")]


def test_no_name_after_a_role_cut_across_words_or_a_word_of_place(extract):
    # 乡村|民宿项目: 村民 across two words, no role before 宿项目; 从全市律师中遴选: 中 and a verb, no name
    x = extract("标题\n\n律师罗晓东来到旬邑县湫坡头镇，帮村里审查一份乡村民宿项目合作协议。"
                "咸阳市律师协会从全市律师中遴选了执业10年以上的律师担任调解员。\n")
    assert x.names("Person") == {"罗晓东"}
    # a role cut across words before a name jieba tags so, or across no words of the dictionary, still gives it
    assert "柯昌明" in extract("标题\n\n70岁的青柳村寨老柯昌明用方言讲古规。\n").names("Person")
    assert "甘武" in extract("标题\n\n旬邑县公安局协辅警甘武在巡逻中发现一名走失儿童。\n").names("Person")


def test_no_township_starts_inside_a_common_word(extract):
    # 是著名侨乡: 名侨乡 starts inside 著名
    x = extract("标题\n\n旬邑是著名侨乡，旅居海外的乡亲很多。\n")
    assert not [p for p in x.names("Place") if p.endswith("乡")]


def test_the_bar_association_written_short(extract):
    # 某区律协会长 (律协 + 会长, not 律协会); 市律协 after a year or 当选: the city's 律师协会
    x = extract("标题\n\n咸阳市秦都区律协会长甘文在会上通报情况。律协秘书长柯丽负责日常管理。\n")
    assert ("甘文", "belongsTo", "咸阳市秦都区律师协会") in x.rels() and ("甘文", "position", "会长") in x.rels()
    assert not [o for o in x.names("Organization") if o.endswith("律协会")]
    x = extract("标题\n\n咸阳市律师协会会长柯远舟介绍。去年市律协惩戒委员会处分了17名律师。\n")
    assert ("咸阳市律师协会惩戒委员会", "belongsTo", "咸阳市律师协会") in x.rels()
    assert "市律协" not in x.names("Organization")


def test_a_bare_agency_after_a_verb_of_two_characters(extract):
    # 督促县司法局…: the county's bureau after a verb; not inside 某某自治县公安局 (自治 is a verb to jieba)
    x = extract("标题\n\n旬邑县人民检察院发现问题后，随即督促县司法局社区矫正管理局整改。\n")
    assert "旬邑县司法局社区矫正管理局" in x.names("Organization")
    x = extract("标题\n\n江城发生事故。咸阳自治县公安局交通警察大队民警赶到现场，旬邑县公安局配合。\n")
    assert "旬邑县公安局交警大队" not in x.names("Organization")


def test_a_notarys_assistant_and_a_townships_legal_service_station(extract):
    x = extract("标题\n\n旬邑县青柳公证处安排公证员助理罗晓东上门。"
                "走进旬邑县湫坡头镇公共法律服务工作站，墙上贴着明白卡。\n")
    assert ("罗晓东", "position", "公证员助理") in x.rels()
    assert ("罗晓东", "belongsTo", "旬邑县青柳公证处") in x.rels()
    assert any(o.endswith("湫坡头镇公共法律服务工作站") for o in x.names("Organization"))


def test_a_dotted_name_before_liaojie(extract):
    # …·吾守尔了解情况: 了解 is a word, no aspect particle after a one-character verb
    x = extract("标题\n\n司法所所长马丽娅·吾守尔了解情况后，帮他申请法律援助。\n")
    assert "马丽娅·吾守尔" in x.names("Person")


def test_groups_of_the_honoured_in_one_sentence(extract):
    # 授予甲等32个集体“X先进集体”称号，授予乙等86名同志“X先进个人”称号 … 受表彰的先进集体还包括A、B等；
    # 先进个人中，有<unit><post>丙，<unit><post>丁: each group's own title
    x = extract("标题\n\n咸阳市委、市政府决定，授予旬邑县公安局城关派出所等32个集体“抗洪抢险先进集体”称号，"
                "授予柯丽等86名同志“抗洪抢险先进个人”称号。\n\n"
                "受表彰的先进集体还包括旬邑县公安局交警大队、咸阳青柳救援队等；先进个人中，"
                "有旬邑县消防救援大队城关消防救援站站长柯远舟，咸阳青柳救援队队长罗晓东，特警支队民警甘文等。\n")
    for unit in ("旬邑县公安局交警大队", "咸阳青柳救援队"):
        assert (unit, "received", "抗洪抢险先进集体") in x.rels()
    for person in ("柯远舟", "罗晓东", "甘文"):
        assert (person, "received", "抗洪抢险先进个人") in x.rels()
    assert ("罗晓东", "belongsTo", "咸阳青柳救援队") in x.rels()


def test_rescue_teams_armed_forces_departments_and_militia(extract):
    x = extract("标题\n\n旬邑县人民武装部部长柯远舟带领湫坡头镇民兵应急连赶到，县人武部政委罗晓东说。"
                "咸阳青柳救援队队员甘文也赶来。\n")
    orgs = x.names("Organization")
    assert {"旬邑县人民武装部", "湫坡头镇民兵应急连", "咸阳青柳救援队"} <= orgs
    assert ("罗晓东", "belongsTo", "旬邑县人民武装部") in x.rels()
    # a kind of team, no name: 消防救援队
    assert not [o for o in extract("标题\n\n消防救援队赶到现场。\n").names("Organization") if o.endswith("救援队")]


def test_associations_of_the_legal_and_civic_sphere(extract):
    # 法学会, 工商联 (= 工商业联合会), 残联, 关心下一代工作委员会: bodies of their own, also bare; a 会长 after one is
    # that body's, not the 律协 named before it
    x = extract("标题\n\n陕西省近日召开会议，省律协会长柯远舟、省法学会会长罗晓东出席。\n")
    assert ("罗晓东", "belongsTo", "陕西省法学会") in x.rels() and ("罗晓东", "belongsTo", "陕西省律师协会") not in x.rels()
    x = extract("标题\n\n旬邑县关心下一代工作委员会近日开展活动。旬邑县工商联主席甘文出席。\n")
    assert {"旬邑县关心下一代工作委员会", "旬邑县工商业联合会"} <= x.names("Organization")
    assert ("甘文", "belongsTo", "旬邑县工商业联合会") in x.rels()


def test_the_unit_a_person_serves_in_receives(extract):
    # 甲所在的律所被评为…: 甲's unit receives, not 甲
    x = extract("标题\n\n律师柯丽所在的律所去年被咸阳市律师协会评为“优秀律师事务所”。柯丽是咸阳青柳律师事务所律师。\n")
    assert ("咸阳青柳律师事务所", "received", "优秀律师事务所") in x.rels()
    assert ("柯丽", "received", "优秀律师事务所") not in x.rels()


def test_gai_weiyuanhui_and_a_name_described_by_its_honour(extract):
    # 该委员会主任某某 (not 该委 and 员); 获评优秀律师的某某是<unit><post>
    x = extract("标题\n\n湫坡头镇人民调解委员会被评为“全国模范人民调解委员会”，该委员会主任柯远舟同时被评为“全国模范人民调解员”。\n")
    assert ("柯远舟", "belongsTo", "湫坡头镇人民调解委员会") in x.rels()
    x = extract("标题\n\n获评优秀律师的柯丽是咸阳青柳律师事务所合伙人，今年带领团队服务企业。\n")
    assert ("柯丽", "belongsTo", "咸阳青柳律师事务所") in x.rels() and ("柯丽", "position", "合伙人") in x.rels()


def test_a_concurrent_post_later_in_the_sentence(extract):
    # 庭长某某从事…20余年，兼任<unit><post>，…: the sentence's subject holds the post too
    x = extract("标题\n\n旬邑县人民法院召开会议。庭长柯丽从事少年审判工作20余年，兼任旬邑县城关小学法治副校长，被孩子们称为法官妈妈。\n")
    assert ("柯丽", "position", "法治副校长") in x.rels() and ("柯丽", "position", "庭长") in x.rels()
    # another person named before the clause: not the subject's (所长某某介绍，民警乙…，兼任…)
    x = extract("标题\n\n所长罗晓东介绍，民警柯丽工作多年，兼任城关小学法治副校长。\n")
    assert ("罗晓东", "position", "法治副校长") not in x.rels()


def test_a_counted_list_each_takes_the_same_post_in_unnamed_units(extract):
    # 甲、<post>乙等5名干警分别兼任辖区12所中小学的法治副校长: each holds that post
    x = extract("标题\n\n旬邑县人民检察院第九检察部检察官柯丽、检察官助理罗晓东等5名干警分别兼任辖区12所中小学的法治副校长。\n")
    assert ("柯丽", "position", "法治副校长") in x.rels() and ("罗晓东", "position", "法治副校长") in x.rels()
    assert ("罗晓东", "belongsTo", "旬邑县人民检察院第九检察部") in x.rels()


def test_a_social_work_service_centre_after_a_place(extract):
    x = extract("标题\n\n旬邑县人民法院联合湫坡头镇阳光社工服务中心开展家庭教育指导。\n")
    assert any(o.endswith("阳光社工服务中心") for o in x.names("Organization"))


def test_a_command_post_set_up_for_an_event_and_its_posts(extract):
    # 成立广交会安保指挥部 (the whole name), 某某任总指挥 / 副总指挥 (posts: not 欧阳成任), 指挥部 again
    x = extract("标题\n\n咸阳市公安局成立马拉松安保指挥部，常务副局长柯远舟任总指挥，交警支队支队长欧阳成任副总指挥。"
                "指挥部下设8个工作组。\n")
    assert "马拉松安保指挥部" in x.names("Organization") and "安保指挥部" not in x.names("Organization")
    assert ("柯远舟", "position", "总指挥") in x.rels() and ("欧阳成", "position", "副总指挥") in x.rels()
    assert "欧阳成任" not in x.names("Person")
    assert [m for m in x.mentions if m.text == "指挥部"]
    # 成立现场指挥部: a kind of post, no name
    assert "现场指挥部" not in extract("标题\n\n事故发生后，旬邑县公安局成立现场指挥部。\n").names("Organization")


def test_volunteer_and_auxiliary_units(extract):
    x = extract("标题\n\n为旬邑县公安局城关派出所辅警中队记集体二等功。湫坡头镇治安联防队队长柯远舟带着队员夜巡。"
                "咸阳市平安志愿者协会授予罗晓东“优秀平安志愿者”称号。\n")
    assert {"旬邑县公安局城关派出所辅警中队", "湫坡头镇治安联防队", "咸阳市平安志愿者协会"} <= x.names("Organization")
    assert ("柯远舟", "belongsTo", "湫坡头镇治安联防队") in x.rels()


def test_no_name_of_a_common_noun_and_a_one_character_verb(extract):
    # 让辅警干事有劲头: 干事|有, no person; 民警高峰说: a name that is a word stays one
    x = extract("标题\n\n让辅警干事有劲头、发展有奔头。民警高峰说，情况好转。\n")
    assert x.names("Person") == {"高峰"}


def test_a_utf16_mark_before_bytes_of_another_kind_is_one_clear_error():
    # FF FE then bytes that read as rare characters in UTF-16: no text, one line naming the file
    import pytest

    from kg.errors import InputError
    from kg.ingest import decode_text

    with pytest.raises(InputError, match=r"bad\.txt: starts with a UTF-16 byte-order mark but does not read as Chinese"):
        decode_text(b"\xff\xfe\x00bad utf8 \xc3\x28 text\n", "bad.txt")
    assert decode_text("旬邑县公安局召开会议\n".encode("utf-16"), "good.txt") == "旬邑县公安局召开会议\n"
    assert decode_text("plain English\n".encode("utf-16"), "en.txt") == "plain English\n"


def test_no_person_after_a_verb_ending_in_a_conjunction_character(extract):
    # 也派出力量参与安保: 参与 is a verb (与 no conjunction), 安保 no name jieba tags nr
    x = extract("标题\n\n武警旬邑中队、旬邑县卫健局也派出力量参与安保。\n")
    assert "安保" not in x.names("Person")


def test_a_post_elected_to_after_an_election_with_its_unit(extract):
    # 甲当选为某市律师协会会长，乙当选为副会长; 丙、丁等5人当选副会长; ，戊当选秘书长: the same association's
    x = extract("标题\n\n咸阳青柳律师事务所主任柯远舟当选为咸阳市律师协会会长，咸阳锦城律师事务所合伙人柯丽当选为副会长，"
                "罗晓东、甘文等5人当选副会长，甘武当选秘书长。\n")
    for name, post in (("柯丽", "副会长"), ("罗晓东", "副会长"), ("甘文", "副会长"), ("甘武", "秘书长")):
        assert (name, "belongsTo", "咸阳市律师协会") in x.rels() and (name, "position", post) in x.rels()
    assert ("柯丽", "belongsTo", "咸阳锦城律师事务所") in x.rels()
    # the body an election is held for: 选举产生了某省律师协会第十届理事会，甲当选会长，乙当选秘书长
    x = extract("标题\n\n大会选举产生了陕西省律师协会第十届理事会，咸阳青柳律师事务所主任柯远舟当选会长，甘文当选秘书长。\n")
    assert ("柯远舟", "belongsTo", "陕西省律师协会") in x.rels() and ("甘文", "belongsTo", "陕西省律师协会") in x.rels()
    # no election with a unit before: nothing to carry
    assert not [r for r in extract("标题\n\n柯丽当选副会长。\n").rels() if r[1] == "belongsTo"]


def test_committees_of_a_peoples_congress_and_a_cppcc(extract):
    # 监察和司法委员会, 社会和法制委员会, 法制工作委员会 / 法工委 (和 inside the name); 主任委员 a post
    x = extract("标题\n\n咸阳市人大常委会监察和司法委员会主任委员柯远舟介绍，该委将开展执法检查。"
                "咸阳市政协社会和法制委员会副主任罗晓东说。咸阳市人大常委会法工委主任甘文主持听证会。\n")
    assert ("柯远舟", "belongsTo", "咸阳市人民代表大会常务委员会监察和司法委员会") in x.rels()
    assert ("柯远舟", "position", "主任委员") in x.rels() and ("柯远舟", "position", "委员") not in x.rels()
    assert ("罗晓东", "belongsTo", "咸阳市政协社会和法制委员会") in x.rels()
    assert ("甘文", "belongsTo", "咸阳市人民代表大会常务委员会法制工作委员会") in x.rels()


def test_no_organization_department_before_bufen(extract):
    # 组织部分委员视察: 组织 + 部分 (some), no 组织部; 市委组织部部长 stays a unit
    x = extract("标题\n\n咸阳市政协社会和法制委员会组织部分政协委员开展视察。咸阳市委组织部部长柯远舟说。\n")
    orgs = x.names("Organization")
    assert "咸阳市委组织部" in orgs and not [o for o in orgs if o.endswith("委员会组织部")]


def test_a_post_starting_with_qian_that_is_no_former_mark(extract):
    # 前线指挥长: a post of its own (not 线指挥长); 原局长, 前所长: posts held before
    x = extract("标题\n\n旬邑县公安局前线指挥长柯远舟出席活动。旬邑县公安局原局长罗晓东、前所长甘文出席。\n")
    assert ("柯远舟", "position", "前线指挥长") in x.rels()
    assert ("罗晓东", "position", "局长") in x.rels() and ("甘文", "position", "所长") in x.rels()


def test_gai_xiao_is_the_last_school_of_any_school_word(extract):
    # 该校 after a school named by another school word of units.tsv (教育中心); 该校党支部书记: the school's branch
    x = extract("标题\n\n旬邑县太村中学开展法治教育，该校党支部书记甘文表示感谢。旬邑县职业技术教育中心开展法治教育，"
                "该校校长罗晓东介绍了情况。\n")
    assert ("甘文", "belongsTo", "旬邑县太村中学党支部") in x.rels()
    assert ("罗晓东", "belongsTo", "旬邑县职业技术教育中心") in x.rels()


def test_the_enforcement_bureaus_implementation_section(extract):
    x = extract("标题\n\n旬邑县人民法院执行局执行实施科科长柯远舟带队。旬邑县法院执行实施科干警甘文说。\n")
    assert ("旬邑县人民法院执行局执行实施科", "belongsTo", "旬邑县人民法院执行局") in x.rels()
    assert ("柯远舟", "belongsTo", "旬邑县人民法院执行局执行实施科") in x.rels()
    assert ("甘文", "belongsTo", "旬邑县人民法院执行实施科") in x.rels()


def test_a_township_right_after_its_county_even_when_its_name_is_a_common_word(extract):
    # 平江县安定镇某养殖场: 安定 is a word, but right after its county the table's township is read
    x = extract("标题\n\n湖南省岳阳市平江县安定镇某生态养殖场负责人介绍情况。\n")
    assert ("安定镇", "locatedIn", "平江县") in x.rels()


def test_a_pseudonym_before_a_one_character_adverb(extract):
    # 被执行人柯某欲从咸阳出境: 柯某, then the adverb 欲 (not a given name); 柯某亮等人: 亮 may be a name's
    x = extract("标题\n\n法院发现被执行人柯某欲从咸阳出境。犯罪嫌疑人罗某亮等人多次作案。\n")
    assert "柯某" in x.names("Person") and "柯某欲" not in x.names("Person")
    assert "罗某亮" in x.names("Person")
