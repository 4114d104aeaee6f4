"""Recall on articles nobody had read (sets 138 and 140 of the invented corpus: prisons and judicial
administration, discipline inspection and political-legal committees): small invented sentences for
each rule added after their first runs."""
from __future__ import annotations


def test_a_portrait_subtitle_gives_its_person_the_titles(extract):
    # ——记<title>、<title><unit><post><name>: the feature portrays the person, who holds the titles
    x = extract("忠诚卫士\n——记全国优秀人民警察、二级英雄模范旬邑县公安局青柳派出所所长柯远舟\n\n"
                "本报记者 罗晓东\n\n柯远舟说，他会继续努力。\n")
    assert ("柯远舟", "received", "全国优秀人民警察") in x.rels()
    assert ("柯远舟", "received", "二级英雄模范") in x.rels()


def test_a_portrait_subtitle_gives_its_unit_the_title(extract):
    # ——记<title><unit>: the unit closing the line received it
    x = extract("坚守一线\n——记全国公安系统先进集体旬邑县公安局青柳派出所\n\n本报记者 罗晓东\n\n"
                "青柳派出所所长柯远舟说，他们会继续努力。\n")
    assert ("旬邑县公安局青柳派出所", "received", "全国公安系统先进集体") in x.rels()


def test_a_portrait_subtitle_without_a_title_gives_nothing(extract):
    # ——记扎根边疆的民警某某: a description, no honour
    x = extract("坚守一线\n——记扎根边疆的优秀民警柯远舟\n\n本报记者 罗晓东\n\n柯远舟说，他会继续努力。\n")
    assert not [r for r in x.rels() if r[1] == "received"]


def test_a_bare_city_body_is_the_county_level_city_of_the_first_unit(extract):
    # 在某省某市江油市纪委监委…，市委巡察办: the article's units are the county-level city's
    x = extract("标题\n\n在四川省绵阳市江油市纪委监委，第一纪检监察室常常加班。"
                "市委巡察办主任柯丽介绍，今年已移交线索10件。\n")
    assert "江油市委巡察办" in x.names("Organization")
    assert ("柯丽", "belongsTo", "江油市委巡察办") in x.rels()
    assert "绵阳市委巡察办" not in x.names("Organization")


def test_a_stationed_group_written_again_alone(extract):
    # 某市纪委监委派驻市公安局纪检监察组 …; 派驻纪检监察组组长某某: the one group of the article
    x = extract("标题\n\n广元市纪委监委派驻市公安局纪检监察组开展专项检查。"
                "派驻纪检监察组组长柯远舟说，问题已全部整改。\n")
    group = "广元市纪律检查委员会派驻市公安局纪检监察组"
    assert ("柯远舟", "belongsTo", group) in x.rels()
    assert dict(x.mention("Organization", group).attrs).get("short") == "派驻市公安局纪检监察组"  # its alias
    assert "派驻市" not in x.names("Place")


def test_a_verb_of_stationing_is_no_unlisted_city(extract):
    # 广元派驻|市公安局纪检监察组: 派驻 is no city's stem
    x = extract("广元派驻市公安局纪检监察组监督见实效\n\n正文。\n")
    assert "派驻市" not in x.names("Place")
    assert not any("派驻市公安局" == n for n in x.names("Organization"))


def test_a_leading_group_named_by_its_task_and_its_office(extract):
    # 某省扫黑除恶斗争领导小组办公室: a body named by its task after the place, and its office
    x = extract("标题\n\n广元市扫黑除恶斗争领导小组办公室副主任柯丽表示，线索已全部核查。\n")
    assert ("广元市扫黑除恶斗争领导小组办公室", "belongsTo", "广元市扫黑除恶斗争领导小组") in x.rels()
    assert ("柯丽", "belongsTo", "广元市扫黑除恶斗争领导小组办公室") in x.rels()


def test_a_place_inside_a_task_name_seats_no_leading_group(extract):
    # 省委平安河南建设领导小组: 河南 is part of the task's name (平安河南建设), no 河南省建设领导小组
    x = extract("标题\n\n中共河南省委平安河南建设领导小组印发通报。\n")
    assert not any(n.endswith("建设领导小组") for n in x.names("Organization"))


def test_the_anti_gang_office_written_short_is_the_long_name(extract):
    # 市扫黑办 (units.tsv full form): the office of the city's 扫黑除恶斗争领导小组
    x = extract("标题\n\n广元市扫黑办主任柯丽介绍，今年共打掉犯罪团伙5个。\n")
    assert "广元市扫黑除恶斗争领导小组办公室" in x.names("Organization")
    assert ("柯丽", "belongsTo", "广元市扫黑除恶斗争领导小组办公室") in x.rels()


def test_an_inspection_office_of_a_party_committee(extract):
    # 市委巡察办 (units.tsv): a section of the city's committee
    x = extract("标题\n\n广元市委巡察办主任柯丽介绍，今年已完成巡察12轮。\n")
    assert ("广元市委巡察办", "belongsTo", "广元市委") in x.rels()
    assert ("柯丽", "belongsTo", "广元市委巡察办") in x.rels()


def test_an_office_in_a_run_of_posts_is_the_run_units_own(extract):
    # 某中院新闻发言人、办公室主任某某: the court's office, not another body's office read before
    x = extract("标题\n\n广元市公安局办公室已发布公告。\n\n"
                "广元市中级人民法院审理此案。广元中院新闻发言人、办公室主任柯丽介绍，该院将依法判决。\n")
    assert ("柯丽", "belongsTo", "广元市中级人民法院办公室") in x.rels()
    assert ("柯丽", "belongsTo", "广元市公安局办公室") not in x.rels()


def test_this_office_names_the_notary_office_named_before(extract):
    # 某公证处…。去年，该处被司法部评为…: 该处 (rules.ANAPHOR_HEADS) is the 公证处
    x = extract("标题\n\n广元市柳溪公证处已办理公证业务380余件。去年，该处被司法部评为全国司法行政系统先进集体。\n")
    assert [s for s, p, o in x.rels("received") if s.endswith("柳溪公证处")]


def test_should_deal_with_is_no_anaphor(extract):
    # 应该处理, 该处罚决定: 该 of 应该 and 处 of 处理/处罚 (rules.ANAPHOR_HEAD_NOT_BEFORE) name no unit
    x = extract("标题\n\n广元市柳溪公证处主任柯丽说，群众的诉求应该处理好。该处罚决定已送达。\n")
    assert not [m for m in x.mentions if m.text.startswith("该")]


def test_a_firms_trade_name_may_hold_he(extract):
    # 甘肃陇原正和律师事务所律师某某: 正和 (和 inside a trade name) after a place and a name word
    x = extract("标题\n\n中心指派甘肃陇原正和律师事务所律师柯丽代理此案。\n")
    firm = next(n for n in x.names("Organization") if n.endswith("陇原正和律师事务所"))
    assert ("柯丽", "belongsTo", firm) in x.rels()


def test_a_rare_surname_of_the_hundred_families(extract):
    # 姒, 琚 (surnames.tsv, 百家姓): 局长姒海 is a name (a given name of one character needs a known surname)
    x = extract("标题\n\n河北省监狱管理局局长姒海表示，副局长琚平将具体负责。\n")
    assert ("姒海", "position", "局长") in x.rels()
    assert ("琚平", "position", "副局长") in x.rels()


def test_a_numbered_section_right_after_its_section_written_again(extract):
    # 某监狱三监区 …; 在三监区二分监区，分监区长某某: the 分监区 of the 监区 written again
    x = extract("标题\n\n四川省青柳监狱三监区的大屏实时滚动。三监区监区长罗晓东说。"
                "在三监区二分监区，分监区长柯远舟每天谈话。\n")
    assert ("四川省青柳监狱三监区二分监区", "belongsTo", "四川省青柳监狱三监区") in x.rels()
    assert ("柯远舟", "belongsTo", "四川省青柳监狱三监区二分监区") in x.rels()


def test_a_described_section_closing_a_clause_holds_the_post_after_it(extract):
    # 在关押…的一监区，副监区长某某: the 监区 of the one prison, and the post after the comma is its
    x = extract("标题\n\n四川省青柳监狱三监区的大屏实时滚动。三监区监区长罗晓东说。"
                "在关押老病残罪犯的一监区，副监区长柯丽带领民警值守。\n")
    assert ("柯丽", "belongsTo", "四川省青柳监狱一监区") in x.rels()


def test_a_committee_seat_written_short_continues_the_run_of_posts(extract):
    # 某院副检察长、检委会专职委员某某 (titles.tsv: 检委会专职委员): both posts, in the procuratorate
    x = extract("标题\n\n广元市人民检察院副检察长、检委会专职委员柯远舟主持会议。\n")
    assert ("柯远舟", "position", "副检察长") in x.rels()
    assert ("柯远舟", "belongsTo", "广元市人民检察院") in x.rels()


def test_a_school_rule_of_law_post_after_a_prosecutors_post(extract):
    # 该院副检察长、法治副校长某某: 法治副校长 (titles.tsv) is written whole and the run goes on before it
    x = extract("标题\n\n广元市人民检察院开展普法活动。该院副检察长、法治副校长柯丽为学生们上课。\n")
    assert ("柯丽", "position", "副检察长") in x.rels()
    assert ("柯丽", "position", "法治副校长") in x.rels()
    assert ("柯丽", "position", "副校长") not in x.rels()


def test_a_service_centre_named_by_its_hotline_number(extract):
    # 某院12309检察服务中心 (units.tsv: 检察服务中心): the number is its name
    x = extract("标题\n\n广元市人民检察院12309检察服务中心主任柯丽说。\n")
    assert ("广元市人民检察院12309检察服务中心", "belongsTo", "广元市人民检察院") in x.rels()
    assert ("柯丽", "belongsTo", "广元市人民检察院12309检察服务中心") in x.rels()


def test_the_department_in_focus_written_as_bumen(extract):
    # 某院第五检察部…。部门副主任某某; 该部门主任某某 (rules.DEPARTMENT_WORDS): the 检察部 in focus
    x = extract("标题\n\n今年初，广元市人民检察院第五检察部在履职中发现问题。部门副主任柯丽带领检察官助理罗晓东实地勘查。\n\n"
                "据了解，广元市人民检察院第六检察部专门负责未成年人检察工作。该部门主任柯远舟介绍，今年以来成效明显。\n")
    assert ("柯丽", "belongsTo", "广元市人民检察院第五检察部") in x.rels()
    assert ("柯远舟", "belongsTo", "广元市人民检察院第六检察部") in x.rels()


def test_a_partner_named_once_is_not_the_unit_in_focus(extract):
    # 某大队…联合某局路政大队…。大队教导员某某: the brigade written twice, not its partner
    x = extract("标题\n\n广元市公安局交警支队青川大队民警加强巡逻。近年来，青川大队紧盯货车超载问题，"
                "联合青川县交通运输局路政大队设置联合执法站。大队教导员柯丽介绍，事故明显下降。\n")
    assert ("柯丽", "belongsTo", "广元市公安局交警支队青川大队") in x.rels()


def test_a_leading_group_after_a_run_of_places_and_its_office_written_bare(extract):
    # 湖南省广元市…领导小组办公室 (the place run before the task), then 市委政法委副书记、市扫黑办主任某某
    x = extract("标题\n\n四川省广元市扫黑除恶斗争领导小组办公室日前通报。\n\n"
                "广元市委政法委副书记、市扫黑办主任柯丽介绍，成效明显。\n")
    assert ("广元市扫黑除恶斗争领导小组办公室", "belongsTo", "广元市扫黑除恶斗争领导小组") in x.rels()
    assert ("柯丽", "belongsTo", "广元市扫黑除恶斗争领导小组办公室") in x.rels()
    assert ("柯丽", "position", "副书记") in x.rels()


def test_a_highway_bureau_and_its_branch(extract):
    # 某公路局某分局 (units.tsv: 公路局): a government body and its county branch
    x = extract("标题\n\n青川县公安局交警大队联合广元公路局青川分局开展整治。\n")
    assert ("广元市公路局青川分局", "belongsTo", "广元市公路局") in x.rels()


def test_a_firm_named_after_a_city_of_another_province(extract):
    # 兰州安顺驾驶员培训学校: 安顺 (Guizhou) is not inside 兰州 (Gansu), so it is the school's trade name
    x = extract("标题\n\n兰州安顺驾驶员培训学校校长柯丽说，学员考试合格率明显提升。\n")
    school = next(n for n in x.names("Organization") if n.endswith("驾驶员培训学校"))
    assert (school, "locatedIn", "兰州市") in x.rels()
    assert (school, "locatedIn", "安顺市") not in x.rels()


def test_a_prefecture_body_named_since_is_the_bare_city_bodys(extract):
    # 江油市公安局…。绵阳市委政法委…。市委政法委书记某某: the prefecture named on its own since, not the county-level city
    x = extract("标题\n\n江油市公安局近日被评为先进单位。绵阳市委政法委对此予以通报表扬。市委政法委书记柯远舟在会上讲话。\n")
    assert ("柯远舟", "belongsTo", "绵阳市委政法委") in x.rels()
    assert "江油市委政法委" not in x.names("Organization")
    x = extract("标题\n\n江油市公安局近日破获一起电信诈骗案。该案由绵阳市公安局统一指挥，市公安局刑侦支队支队长柯丽带队抓捕。\n")
    assert ("绵阳市公安局", "locatedIn", "江油市") not in x.rels()


def test_two_stationed_groups_leave_a_bare_one_unresolved(extract):
    # 某纪委监委派驻市公安局纪检监察组和派驻市人民检察院纪检监察组…; 派驻纪检监察组组长某某: either group
    x = extract("标题\n\n江油市纪委监委派驻市公安局纪检监察组和派驻市人民检察院纪检监察组联合开展督查。"
                "派驻纪检监察组组长柯远舟表示，将持续跟进。\n")
    assert not [r for r in x.rels("belongsTo") if r[0] == "柯远舟"]
    assert "派驻市" not in x.names("Place")


def test_a_meeting_or_a_founding_is_no_leading_groups_task(extract):
    # 某市召开扫黑除恶斗争领导小组会议, 某市近日成立疫情防控领导小组: a verb and a time, the place their subject
    x = extract("标题\n\n绵阳市召开扫黑除恶斗争领导小组会议。江油市近日成立疫情防控领导小组。\n")
    assert not [n for n in x.names("Organization") if "召开" in n or "近日" in n]


def test_a_two_character_trade_name_with_he(extract):
    # 四川明和律师事务所: 明和 after the province
    x = extract("标题\n\n四川明和律师事务所律师柯丽代理此案。\n")
    assert ("柯丽", "belongsTo", "四川明和律师事务所") in x.rels()


def test_a_bare_county_body_is_the_county_of_its_own_sentence(extract):
    # 甲县…。乙县山高林密，县公安局…: with two counties named, the one of its own sentence
    x = extract("标题\n\n陵水黎族自治县代表介绍了经验。琼中黎族苗族自治县山高林密，县公安局联合各乡镇组建宣讲队。\n")
    assert "琼中黎族苗族自治县公安局" in x.names("Organization")
    assert "陵水黎族自治县公安局" not in x.names("Organization")



def test_a_post_before_its_term_is_no_unit(extract):
    # 从某大队副大队长|任上调任…: 任上 ends the post (rules.TENURE_WORDS), no 副大队 unit before a "name" 长任上…
    x = extract("标题\n\n2019年，柯远舟从吴兴区分局刑侦大队副大队长任上调任织里派出所所长。\n")
    assert not [n for n in x.names("Organization") if n.endswith("副大队")]


def test_financial_regulators_and_inspection_bureaus(extract):
    # 中国证券监督管理委员会 (national.tsv), 某证监局, 某税务局稽查局, 某市场监督管理局执法稽查局 (units.tsv)
    x = extract("标题\n\n中国证券监督管理委员会已部署专项行动。旬邑县税务局稽查局局长柯丽说。"
                "咸阳市市场监督管理局执法稽查局局长罗晓东说。\n")
    assert "中国证券监督管理委员会" in x.names("Organization")
    assert "中国证券" not in x.names("Organization")
    assert ("柯丽", "belongsTo", "旬邑县税务局稽查局") in x.rels()
    assert ("咸阳市市场监督管理局执法稽查局", "belongsTo", "咸阳市市场监督管理局") in x.rels()


def test_a_school_post_after_a_police_post(extract):
    # 某派出所副所长、学校法治副校长某某 (rules.POST_HOSTS): both posts, the station kept
    x = extract("标题\n\n凯里市公安局大十字派出所副所长、学校法治副校长柯远舟抛出问题。\n")
    assert ("柯远舟", "position", "副所长") in x.rels()
    assert ("柯远舟", "position", "法治副校长") in x.rels()
    assert ("柯远舟", "belongsTo", "凯里市公安局大十字派出所") in x.rels()


def test_a_committee_for_the_next_generation(extract):
    # 某市关工委, 市关工委主任某某 (units.tsv, bare_agencies.tsv)
    x = extract("标题\n\n凯里市公安局联合凯里市关工委开展活动。市关工委主任柯丽说。\n")
    assert ("柯丽", "belongsTo", "凯里市关工委") in x.rels()


def test_a_line_of_many_named_officers_is_linear(tmp_path):
    # From the user trial: one line of 24,000 sentences each naming a person (about 650 KB) took 46 s
    # (a dotted-name scan of every mention per person, a paragraph walked back per post); now a few seconds.
    import time

    from kg.pipeline import run

    path = tmp_path / "officers.txt"
    path.write_text("标题\n\n湖州市公安局吴兴区分局 " + "民警柯远舟巡逻辖区" * 24000 + "\n", encoding="utf-8")
    t0 = time.process_time()
    res = run([path])
    assert len(res.resolution.documents) == 1
    assert time.process_time() - t0 < 25


def test_a_leading_group_after_a_verb_of_working_with(extract):
    # 法院将配合|某市处置非法集资工作领导小组办公室…: a verb before the place, which seats the body
    x = extract("标题\n\n法院将配合广元市处置非法集资工作领导小组办公室做好追赃挽损工作。\n")
    assert ("广元市处置非法集资工作领导小组办公室", "belongsTo", "广元市处置非法集资工作领导小组") in x.rels()


def test_portrait_subtitles_with_quotes_commas_and_holder_words(extract):
    # ——记“title”、…; ——记title、title，<units><post><name>; ——记<title>获得者、… (from the breaker)
    x = extract("坚守\n——记“全国优秀人民警察”、旬邑县公安局青柳派出所所长柯远舟\n\n柯远舟扎根基层二十年。\n")
    assert ("柯远舟", "received", "全国优秀人民警察") in x.rels()
    x = extract("公正司法的践行者\n——记全国模范法官、全省优秀法官，广元市中级人民法院审判员柯远舟\n\n他1998年进入法院工作。\n")
    assert ("柯远舟", "received", "全国模范法官") in x.rels()
    x = extract("忠诚卫士\n——记全国五一劳动奖章获得者、旬邑县公安局交警大队民警罗晓东\n\n罗晓东参加工作已有十五年。\n")
    assert ("罗晓东", "received", "全国五一劳动奖章") in x.rels()


def test_a_subtitle_line_is_never_joined_to_the_paragraph_below(extract):
    # 标题\n——记…审判员某某\n\n某某1998年…: the 副题 ends its line (no name 某某某 across the break)
    x = extract("标题\n——记全国模范法官、全省优秀法官，广元市中级人民法院审判员柯丽\n\n柯丽1998年进入法院工作。\n")
    assert ("柯丽", "received", "全国模范法官") in x.rels()
    assert "柯丽柯" not in x.names("Person")


def test_a_committee_seat_after_a_colleague_is_held_in_the_same_court(extract):
    # 某院审委会委员甲、审委会专职委员乙 (rules.COURT_COMMITTEE_SEATS): no party post, the list's court
    x = extract("标题\n\n广元市人民法院审委会委员柯远舟、审委会专职委员柯丽参加活动。\n")
    assert ("柯丽", "belongsTo", "广元市人民法院") in x.rels()


def test_a_county_named_in_passing_seats_no_bare_body(extract):
    # 被告人某某曾在乙县务工，县法院…; 来自乙县的当事人…县法院 (from the second breaker): the article's county
    x = extract("标题\n\n平武县人民法院近日审结一起案件。被告人柯某曾在北川羌族自治县务工，县法院依法判处其有期徒刑三年。\n")
    assert not [n for n in x.names("Organization") if n.startswith("北川")]
    x = extract("标题\n\n盐亭县公安局近日破获一起盗窃案。犯罪嫌疑人柯某系三台县人，县公安局民警罗晓东将其抓获。\n")
    assert ("盐亭县公安局", "locatedIn", "三台县") not in x.rels()


def test_a_prefecture_inside_a_meetings_name_does_not_take_the_bare_city_body(extract):
    # 江油市委政法委…。会议传达了绵阳市政法工作会议精神。市委政法委书记某某: still 江油's
    x = extract("标题\n\n江油市委政法委近日召开会议。会议传达了绵阳市政法工作会议精神。市委政法委书记柯远舟作报告。\n")
    assert ("柯远舟", "belongsTo", "江油市委政法委") in x.rels()


def test_work_verbs_open_no_leading_groups_task_and_a_road_is_no_highway_bureau(extract):
    # 协助某市开展…领导小组督导工作, 支持某市落实…领导小组的决定; 境内公路局部路段 (rules.UNIT_WORD_BREAKERS)
    x = extract("标题\n\n民警协助岳阳市开展扫黑除恶斗争领导小组督导工作。各地支持常德市落实平安建设领导小组的决定。"
                "平武县境内公路局部路段塌方。\n")
    assert not [n for n in x.names("Organization") if "开展" in n or "落实" in n or n.endswith("公路局")]
