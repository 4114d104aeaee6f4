"""Recall on articles nobody had read (sets 238–245 of the invented corpus: railway, airport and
forest police, prisons and detention, specialised courts, heroes and memorials): small invented
sentences for each rule added after their first runs."""
from __future__ import annotations


# ----------------------------------------------------------------------------- rules (sets 238–241)
def test_a_branch_before_the_number_of_the_next_listed_brigade(extract):
    # 特警一大队、特警二大队: the second item repeats the branch (modifiers.tsv) before its number
    x = extract("标题\n\n咸阳市公安局特警一大队、特警二大队被评为先进集体。\n")
    rels = x.rels()
    assert ("咸阳市公安局特警二大队", "belongsTo", "咸阳市公安局") in rels
    assert ("咸阳市公安局特警二大队", "received", "先进集体") in rels
    # the train police (乘警) as a branch of a 乘警支队's brigades, after another word (动车乘警)
    x = extract("标题\n\n江城铁路公安处乘警支队动车乘警二大队乘警长柯远舟介绍了情况。\n")
    rels = x.rels()
    assert ("江城铁路公安处乘警支队动车乘警二大队", "belongsTo", "江城铁路公安处乘警支队") in rels
    assert ("柯远舟", "belongsTo", "江城铁路公安处乘警支队动车乘警二大队") in rels


def test_a_distributive_after_a_post_opens_no_name(extract):
    # 乘警长每趟值乘结束后…: 每 (every) after the post, no name without a Han surname
    x = extract("标题\n\n江城铁路公安处乘警支队政委柯远舟介绍，乘警长每趟值乘结束后都要复盘。\n")
    assert x.names("Person") == {"柯远舟"}


def test_a_speaker_whose_surname_and_given_name_make_two_words(extract):
    # “……”白天明说: 白天 and 天明 are words, 白 a surname; 据高铁站介绍 stays no name
    x = extract("标题\n\n“口岸无小事。”白天明说。他带领全所民警查看车厢。\n")
    assert "白天明" in x.names("Person")
    x = extract("标题\n\n据高铁站介绍，列车晚点。“活太多了。”包工头说。\n")
    assert not x.names("Person")


def test_a_dotted_name_in_a_dateline_byline_before_the_text(extract):
    # 本报某地7月2日电 通讯员甲·乙 丙 7月1日，…: the dotted name whole (7 characters or more)
    x = extract("标题\n\n本报咸阳7月2日电 通讯员艾力·吐尔逊 柯丽 7月1日，咸阳市公安局召开表彰大会。\n")
    rels = x.rels()
    assert any(p == "correspondent" and o == "艾力·吐尔逊" for s, p, o in rels)
    assert any(p == "correspondent" and o == "柯丽" for s, p, o in rels)


def test_a_list_of_units_then_a_clause_before_the_grant(extract):
    # 甲、乙、丙在专项整治中成效明显，被记集体二等功: every unit of the list, not the first alone
    x = extract("标题\n\n通报指出，咸阳市公安局城关派出所、旬邑县公安局交警大队、淳化县公安局刑侦大队在专项整治中成效明显，"
                "被省公安厅记集体二等功。\n")
    rels = x.rels()
    for unit in ("咸阳市公安局城关派出所", "旬邑县公安局交警大队", "淳化县公安局刑侦大队"):
        assert (unit, "received", "集体二等功") in rels
    # another unit in the clause: the list is not the subject alone
    x = extract("标题\n\n咸阳市公安局城关派出所、旬邑县公安局交警大队在专项整治中配合淳化县公安局刑侦大队，被记集体二等功。\n")
    assert ("旬邑县公安局交警大队", "received", "集体二等功") not in x.rels()


# ----------------------------------------------------------------------------- rules (sets 242–245)
def test_divisions_of_specialised_courts(extract):
    # 破产审判庭, 综合审判二庭 (numbered): divisions of a court that need no name (units.tsv)
    x = extract("标题\n\n该案由咸阳互联网法院综合审判二庭审理。审判长、综合审判二庭副庭长柯远舟介绍了案情。"
                "咸阳市中级人民法院破产审判庭被评为全国法院先进集体。\n")
    rels = x.rels()
    assert ("咸阳互联网法院综合审判二庭", "belongsTo", "咸阳互联网法院") in rels
    assert ("柯远舟", "belongsTo", "咸阳互联网法院综合审判二庭") in rels
    assert ("咸阳市中级人民法院破产审判庭", "received", "全国法院先进集体") in rels


def test_a_yi_family_name_after_a_post_in_a_list(extract):
    # 庭长阿都拉哈等15人被授予…: a Yi family name (name_parts.tsv) and a two-character given name
    x = extract("标题\n\n咸阳市中级人民法院刑事审判庭庭长柯远舟、旬邑县人民法院环境资源审判庭庭长阿都拉哈等15人"
                "被授予“全国优秀法官”称号。\n")
    assert "阿都拉哈" in x.names("Person")
    assert ("阿都拉哈", "received", "全国优秀法官") in x.rels()


def test_a_government_approves_or_rates_a_martyr(extract):
    # 批准其为烈士, 评定某某为烈士 (honor_verbs.tsv, active, only with a recipient and 为)
    x = extract("标题\n\n旬邑县公安局民警柯远舟因公牺牲。陕西省人民政府批准其为烈士。\n")
    assert ("柯远舟", "received", "烈士") in x.rels()
    x = extract("标题\n\n旬邑县公安局民警罗晓东因公牺牲。此后，陕西省人民政府评定罗晓东为烈士。\n")
    assert ("罗晓东", "received", "烈士") in x.rels()
    x = extract("标题\n\n正规产品有完整规范的包装、标识，包含生产厂家、批准文号等信息。经省政府批准，旬邑县公安局成立反诈中心。\n")
    assert not x.names("Person") and not x.names("Honor")


def test_an_office_named_after_a_person_is_a_unit_not_an_honour(extract):
    # 命名为“柯远舟警务室”, 挂着“欧阳晓东调解工作室”: a person's name and an office word, quoted
    x = extract("标题\n\n旬邑县公安局城关派出所民警柯远舟因公牺牲。旬邑县公安局将他生前工作的警务室命名为“柯远舟警务室”。"
                "城关派出所一楼挂着一块铜牌：“欧阳晓东调解工作室”。\n")
    orgs = x.names("Organization")
    assert {"柯远舟警务室", "欧阳晓东调解工作室"} <= orgs
    assert "柯远舟警务室" not in x.names("Honor")
    # no person's name: a programme's name in quotes, no unit
    x = extract("标题\n\n城关派出所建成“平安警务室”和“红色工作室”。\n")
    assert x.names("Organization") == {"城关派出所"}


def test_a_demonstrative_subject_with_a_unit_and_a_post(extract):
    # 这位<unit><post>，…: the person named before holds the post in the unit
    x = extract("标题\n\n寒风里，柯远舟裹紧大衣，查看车厢封条。这位旬邑县公安局城关派出所所长，已经在这里干了18年。\n")
    rels = x.rels()
    assert ("柯远舟", "position", "所长") in rels
    assert ("柯远舟", "belongsTo", "旬邑县公安局城关派出所") in rels
    # the name written after the post is the one who holds it
    x = extract("标题\n\n柯远舟说。这位旬邑县公安局城关派出所所长罗晓东已经在这里干了18年。\n")
    assert ("柯远舟", "position", "所长") not in x.rels()


def test_a_numbered_section_after_a_verb_of_including(extract):
    # 其中包括第二监区副监区长某某: the prison's own section, not the one named before
    x = extract("标题\n\n陕西省咸阳监狱第五监区被评为先进集体。监区长柯远舟介绍了经验。据了解，该监狱今年还有2名民警"
                "荣立个人二等功，其中包括第二监区副监区长罗晓东。\n")
    rels = x.rels()
    assert any(s == "罗晓东" and p == "belongsTo" and o.endswith("第二监区") for s, p, o in rels)
    assert not any(s == "罗晓东" and p == "belongsTo" and o.endswith("第五监区") for s, p, o in rels)


# ----------------------------------------------------------------------------- the breaker's probes
def test_the_listed_branch_brigade_levels_its_conjuncts(extract):
    # 特警支队特警一大队、特警二大队、刑侦支队: the 支队 after the list is the bureau's, not the 特警支队's
    x = extract("标题\n\n咸阳市公安局特警支队特警一大队、特警二大队、刑侦支队民警参加大练兵。\n")
    rels = x.rels()
    assert ("咸阳市公安局特警支队特警二大队", "belongsTo", "咸阳市公安局特警支队") in rels
    assert ("咸阳市公安局刑侦支队", "belongsTo", "咸阳市公安局") in rels
    # another branch before the number (交警二大队 after 特警一大队): which 支队's, the text does not say
    x = extract("标题\n\n宝鸡市公安局特警支队特警一大队、交警二大队民警参加演练。\n")
    assert not any(o == "宝鸡市公安局特警支队" and s.endswith("交警二大队") for s, p, o in x.rels())


def test_a_surname_and_a_word_for_a_person_is_no_speaker(extract):
    # “……”周代表说, 文教授说, 高大姐说: a surname and a common word for a person, no given name
    x = extract("标题\n\n“要守住底线。”周代表说。“很有收获。”文教授说。“放心吧。”高大姐说。\n")
    assert not x.names("Person")


def test_a_yi_given_name_does_not_take_the_verb(extract):
    # 副局长吉克森介绍了…: 介 opens 介绍, no second character of the given name; 阿都热合曼 is no Yi name
    x = extract("标题\n\n西昌市公安局副局长吉克森介绍了相关情况。\n")
    assert "吉克森介" not in x.names("Person")
    x = extract("标题\n\n喀什地区公安局民警阿都热合曼和同事赶到现场。\n")
    assert "阿都热合" not in x.names("Person")


def test_admission_to_the_police_is_no_honour(extract):
    # 批准甲为人民警察: a role, not an honour; 为 never opens the title of a naming verb
    x = extract("标题\n\n陕西省公安厅批准柯远舟等5名同志为人民警察。国家追认罗晓东为人民英雄。\n")
    assert "人民警察" not in x.names("Honor")
    assert not any(h.startswith("为") for h in x.names("Honor"))


def test_an_answer_after_a_dotted_name_in_a_transcript(extract):
    # 艾力·买买提答：…: 答 opens the answer, no part of the name
    x = extract("标题\n\n记者问：下一步如何巩固成果？\n\n艾尔肯·买买提答：我们将把好做法固定下来。\n")
    assert "艾尔肯·买买提" in x.names("Person")
    assert not any(n.endswith("答") for n in x.names("Person"))


def test_a_role_then_a_common_word_and_a_verb_is_no_name(extract):
    # 将遇险渔民|全部|救回: the role, then 全部 (a surname's character) and the verb
    x = extract("标题\n\n3个小时后，执法艇将遇险渔民全部救回。旬邑县公安局民警柯远舟说。\n")
    assert x.names("Person") == {"柯远舟"}


def test_maritime_safety_offices_and_their_patrol_brigades(extract):
    # 某海事局某海事处 (units.tsv) and its 海巡执法大队 (modifiers.tsv)
    x = extract("标题\n\n汕头海事局南澳海事处副处长柯远舟介绍情况。宁波海事局象山海事处海巡执法大队被评为全国青年文明号。\n")
    rels = x.rels()
    assert any(s.endswith("南澳海事处") and p == "belongsTo" and o.endswith("汕头市海事局") for s, p, o in rels) \
        or any(s.endswith("南澳海事处") and p == "belongsTo" and o.endswith("汕头海事局") for s, p, o in rels)
    assert any(s == "柯远舟" and p == "belongsTo" and o.endswith("南澳海事处") for s, p, o in rels)
    assert any(s.endswith("海巡执法大队") and p == "received" and o == "全国青年文明号" for s, p, o in rels)


def test_the_second_breakers_probes(extract):
    # 这位<unit><post> after a sentence naming two persons: which one, the text does not say
    x = extract("标题\n\n民警柯远舟将犯罪嫌疑人罗某抓获。这名旬邑县公安局刑警大队副大队长，已连续作战三天。\n")
    assert not any(p == "position" and o == "副大队长" for s, p, o in x.rels())
    # 授予“某某警务室”“…”称号: the office receives the quoted title after it
    x = extract("标题\n\n公安部授予“柯远舟警务室”“全国公安系统英雄模范集体”称号。\n")
    assert ("柯远舟警务室", "received", "全国公安系统英雄模范集体") in x.rels()
    # a word (蒲公英) or a model (雷锋式) before the office word: no person's office
    x = extract("标题\n\n旬邑县人民检察院“蒲公英工作室”检察官柯丽长期从事未成年人检察工作。"
                "旬邑县公安局城关派出所警务室被命名为“雷锋式警务室”。\n")
    assert "蒲公英工作室" not in x.names("Organization")
    assert "雷锋式警务室" in x.names("Honor")
    # a Yi given name whose second character starts a word with the verb after it (吉克石布|告诉)
    x = extract("标题\n\n昭觉县公安局民警吉克石布告诉记者，村里的路修好了。\n")
    assert "吉克石布" in x.names("Person")
    # 命名甲为民服务标兵: 为民 and a verb open the title
    x = extract("标题\n\n旬邑县委命名柯远舟为民服务标兵。\n")
    assert "为民服务标兵" in x.names("Honor")


def test_words_after_units_and_roles_that_name_nothing(extract):
    # 海事处|理了: 处理 is a verb; 地方海事处 of a transport bureau is a unit; 十八里村驻村警务室 too
    x = extract("标题\n\n旬邑县海事处理了一起案件。\n")
    assert not x.names("Organization")
    x = extract("标题\n\n咸阳市交通运输局地方海事处处长柯远舟说。旬邑县公安局城关派出所柳林村驻村警务室民警罗晓东说。\n")
    orgs = x.names("Organization")
    assert "咸阳市交通运输局地方海事处" in orgs
    assert any(o.endswith("柳林村驻村警务室") for o in orgs)
    # 由5名调解员|分片包户: a counted role, then words; 司法局|太村司法所: no village 法局太村
    x = extract("标题\n\n村调委会推行工作法，由5名调解员分片包户，每周走访一遍。旬邑县司法局太村司法所被评为先进。\n")
    assert not x.names("Person")
    assert not any("法局" in p for p in x.names("Place"))


def test_a_mediation_committee_named_by_a_long_kind_of_dispute(extract):
    # 某市|道路交通事故纠纷|人民调解委员会: the name between the place and the unit word longer than
    # PLACE_ANCHOR, ending in 纠纷 or 争议
    x = extract("标题\n\n咸阳市道路交通事故纠纷人民调解委员会主任柯远舟说。旬邑县婚姻家庭纠纷人民调解委员会被评为先进。\n")
    orgs = x.names("Organization")
    assert {"咸阳市道路交通事故纠纷人民调解委员会", "旬邑县婚姻家庭纠纷人民调解委员会"} <= orgs
    assert ("柯远舟", "belongsTo", "咸阳市道路交通事故纠纷人民调解委员会") in x.rels()


def test_the_third_breakers_probes(extract):
    # 办事处|理论: a word after the unit word, which stands (海事处|理了: the verb 处理)
    x = extract("标题\n\n旬邑县城关街道办事处理论学习中心组召开会议。\n")
    assert any(o.endswith("办事处") for o in x.names("Organization"))
    # 命名甲为人民调解能手: 为 the copula (为民服务标兵 keeps it: 为民 and 服务)
    x = extract("标题\n\n旬邑县委命名柯远舟为民服务标兵，命名罗晓东为人民调解能手。\n")
    assert {"为民服务标兵", "人民调解能手"} <= x.names("Honor")
    # 某市积极化解矛盾纠纷…: an adverb and a verb phrase, no committee's name
    x = extract("标题\n\n咸阳市积极化解矛盾纠纷人民调解委员会工作成效明显。\n")
    assert not any("积极" in o for o in x.names("Organization"))
