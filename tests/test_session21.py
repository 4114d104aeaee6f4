"""Recall on articles nobody had read (sets 192–195 of the invented corpus: anti-gang work,
anti-trafficking and forensics): small invented sentences for each rule added after their first
runs."""
from __future__ import annotations


# ----------------------------------------------------------------------------- rules (sets 192–195)
def test_a_concurrent_post_in_the_next_clause_is_its_own_persons(extract):
    # 由甲任专案组组长，某支队副支队长兼某大队大队长乙…: the 兼 opens 乙's second post, not 甲's
    x = extract("标题\n\n咸阳市公安局成立专案组，由副局长柯远舟任专案组组长，刑侦支队副支队长兼扫黑大队大队长甘文具体负责。\n")
    rels = x.rels()
    assert ("甘文", "position", "大队长") in rels and ("甘文", "position", "副支队长") in rels
    assert ("柯远舟", "position", "大队长") not in rels
    assert not any(s == "柯远舟" and p == "belongsTo" and o.endswith("扫黑大队") for s, p, o in rels)
    # a 兼 in the copula's own clause stays the subject's
    x = extract("标题\n\n柯远舟任咸阳市公安局副局长兼刑侦支队支队长。\n")
    assert ("柯远舟", "position", "支队长") in x.rels()
    # another person later in the clause, not right after posts, takes nothing (the breaker's)
    for rest in ("并带领民警罗晓东侦破此案。", "接替罗晓东。"):
        x = extract(f"标题\n\n柯远舟任旬邑县公安局副局长兼刑侦大队大队长{rest}\n")
        assert ("柯远舟", "position", "大队长") in x.rels(), rest


def test_an_age_before_de_describes_the_name_after_it(extract):
    # N岁的 + name, whatever verb follows (not only a copula): a person
    x = extract("标题\n\n认亲仪式上，34岁的柯远舟扑进父母怀中。\n")
    assert "柯远舟" in x.names("Person")
    for said in ("78岁的居民柯丽说。", "66岁的田老汉笑了。", "8岁的女儿走散了。", "56岁的旬邑县公安局民警甘文说。"):
        names = extract(f"标题\n\n{said}\n").names("Person")
        assert not any(n.startswith(("居民", "田老", "女儿", "旬邑")) for n in names), (said, names)
    # (the breaker's) words that open with a surname's character: no person
    for said in ("孙女婿被送往医院", "牛贩子被送往医院", "龙虾店老板报警", "杜鹃花被送往医院", "易燃物被清理", "戴眼镜男子说"):
        assert not extract(f"标题\n\n37岁的{said}。\n").names("Person"), said


def test_a_tagged_name_after_a_common_noun_and_compound_surnames(extract):
    # 居民|柯远舟说: the tagger's span without the noun; 欧阳, 慕容 are surnames, no noun
    assert "柯远舟" in extract("标题\n\n78岁的居民柯远舟说。\n").names("Person")
    assert "居民柯" not in extract("标题\n\n78岁的居民柯丽说。\n").names("Person")
    assert "欧阳柯丽" in extract("标题\n\n居民欧阳柯丽说，感谢民警。\n").names("Person")
    assert "慕容柯丽" in extract("标题\n\n事主慕容柯丽报警。\n").names("Person")


def test_a_squad_named_by_its_branch_after_a_bare_brigade(extract):
    # 刑警大队|扫黑中队中队长某某 (a modifier of modifiers.tsv, then 中队): the brigade's squad
    x = extract("标题\n\n旬邑县公安局接到线索后成立专案组。刑警大队扫黑中队中队长柯远舟带领民警逐条梳理警情。\n")
    rels = x.rels()
    assert ("旬邑县公安局刑警大队扫黑中队", "belongsTo", "旬邑县公安局刑警大队") in rels
    assert ("柯远舟", "belongsTo", "旬邑县公安局刑警大队扫黑中队") in rels


def test_a_bare_police_brigade_is_hosted_by_a_bureau_not_a_task_body(extract):
    # 在某县公安局，督导组听取了刑侦大队教导员某某的汇报: the article is about the 督导组 (gov), but a
    # 刑侦大队 sits in a police unit only
    x = extract("标题\n\n陕西省扫黑办第二督导组到咸阳市督导。督导组听取汇报。督导组组长柯远舟说，督导组将持续跟进。"
                "在旬邑县公安局，督导组听取了刑侦大队教导员罗晓东的汇报。\n")
    rels = x.rels()
    assert not any(s.endswith("刑侦大队") and o.endswith("督导组") for s, p, o in rels if p == "belongsTo"), rels
    assert ("罗晓东", "belongsTo", "旬邑县公安局刑侦大队") in rels


def test_a_bare_brigade_after_another_countys_bureau_is_that_countys(extract):
    # 甲县公安局刑侦大队 …; 乙县公安局接到请求后，刑侦大队副大队长某某…: 乙's brigade, not 甲's read before
    x = extract("标题\n\n旬邑县公安局刑侦大队大队长柯远舟带领民警赶赴外地。淳化县公安局接到协查请求后，"
                "刑侦大队副大队长罗晓东带领民警全力配合。\n")
    rels = x.rels()
    assert ("罗晓东", "belongsTo", "淳化县公安局刑侦大队") in rels
    assert ("罗晓东", "belongsTo", "旬邑县公安局刑侦大队") not in rels


def test_only_a_police_branchs_brigade_of_another_county_moves_to_the_sentences_bureau(extract):
    # (the breaker's) a 人社局's 劳动保障监察大队, a 森林公安局's 森林警察大队 read before stay theirs
    x = extract("标题\n\n旬邑县人力资源和社会保障局劳动保障监察大队接到投诉。旬邑县公安局立案后，劳动保障监察大队大队长柯丽"
                "介绍了情况。旬邑县森林公安局森林警察大队开展巡查。旬邑县公安局民警与森林警察大队民警罗晓东一起巡山。\n")
    rels = x.rels()
    assert ("柯丽", "belongsTo", "旬邑县人力资源和社会保障局劳动保障监察大队") in rels
    assert ("罗晓东", "belongsTo", "旬邑县森林公安局森林警察大队") in rels


def test_a_bare_unit_keeps_its_name_as_written_beside_the_folded_one(extract):
    # 任命某某为某县公安局副局长兼刑事侦查大队大队长: canonical …刑侦大队, the full form an alias
    x = extract("标题\n\n任命柯远舟为淳化县公安局副局长兼刑事侦查大队大队长。\n")
    unit = next(m for m in x.mentions if m.cls == "Organization" and m.text == "刑事侦查大队")
    assert ("also", "淳化县公安局刑事侦查大队") in unit.attrs


def test_honours_of_a_comma_list_whose_item_has_two_posts(extract):
    # 甲局某支队副支队长甲，乙局某所所长、主任法医师乙，…等100人被评为“…”: every item, the 、 inside one
    x = extract("标题\n\n陕西省咸阳市公安局刑侦支队副支队长柯远舟，甘肃省庆阳市公安局刑事科学技术研究所所长、主任法医师罗晓东，"
                "陕西省延安市公安局宝塔分局刑警大队民警甘文武等100人被评为“全国公安机关打拐工作先进个人”。\n")
    got = {s for s, p, o in x.rels() if p == "received" and o == "全国公安机关打拐工作先进个人"}
    assert got == {"柯远舟", "罗晓东", "甘文武"}, got


def test_a_places_discipline_commission_written_inside_the_post(extract):
    # 某县纪委书记某某 (rules.PLACE_BODIES_IN_POSTS): the person serves in the county's 纪委, named as the
    # chain 某县纪委 reads it (纪律检查委员会); the post as written
    x = extract("标题\n\n旬邑县纪委书记罗晓东表示，将以案促改。青柳镇纪委书记柯丽说。\n")
    rels = x.rels()
    assert ("罗晓东", "position", "纪委书记") in rels
    assert ("罗晓东", "belongsTo", "旬邑县纪律检查委员会") in rels
    assert ("旬邑县纪律检查委员会", "locatedIn", "旬邑县") in rels
    assert ("柯丽", "belongsTo", "青柳镇纪律检查委员会") in rels


def test_a_fugitive_office_in_a_bureau_and_a_citys(extract):
    # 某县公安局追逃办主任某某; 市追逃办 (bare_agencies.tsv): the office of the article's city
    x = extract("标题\n\n今年4月，旬邑县公安局追逃办主任柯远舟介绍。咸阳市纪委常委、市追逃办主任罗晓东介绍。\n")
    rels = x.rels()
    assert ("旬邑县公安局追逃办", "belongsTo", "旬邑县公安局") in rels
    assert ("柯远舟", "belongsTo", "旬邑县公安局追逃办") in rels
    assert ("罗晓东", "belongsTo", "咸阳市追逃办") in rels and ("咸阳市追逃办", "locatedIn", "咸阳市") in rels


def test_a_bare_agency_of_a_diqu(extract):
    # 地区公安局 written bare after 某地区公安局: the 地区's bureau (not a 区 of the article)
    x = extract("标题\n\n今年，阿克苏地区公安局将该案列为重点案件，由地区公安局刑侦支队副支队长柯远舟牵头组建攻坚组。\n")
    assert ("柯远舟", "belongsTo", "阿克苏地区公安局刑侦支队") in x.rels()


def test_a_task_force_post_inside_a_run_of_posts(extract):
    # 某支队副支队长、某案专案组组长某某: the task force is no unit, the run goes on before it
    x = extract("标题\n\n咸阳市公安局刑侦支队副支队长、命案积案攻坚专班班长柯远舟被记个人一等功。\n")
    rels = x.rels()
    assert ("柯远舟", "position", "副支队长") in rels and ("柯远舟", "position", "班长") in rels
    assert ("柯远舟", "belongsTo", "咸阳市公安局刑侦支队") in rels


def test_an_ethnic_township_written_with_minzu(extract):
    # the table's 阿什里哈萨克族乡, as the press writes it: 阿什里哈萨克民族乡
    x = extract("标题\n\n在昌吉市阿什里哈萨克民族乡，阿什里哈萨克民族乡司法所所长柯远舟说。\n")
    rels = x.rels()
    assert ("阿什里哈萨克族乡", "locatedIn", "昌吉市") in rels  # (named as the table names it: one node either way)
    assert ("柯远舟", "belongsTo", "阿什里哈萨克民族乡司法所") in rels
    x = extract("标题\n\n阿什里哈萨克族乡派出所民警罗晓东巡逻。阿什里哈萨克民族乡派出所民警柯丽巡逻。\n")
    assert ("柯丽", "belongsTo", "阿什里哈萨克族乡派出所") in x.rels()


def test_a_short_department_word_is_named_by_its_full_form(extract):
    # 某市人社局 (units.tsv full: 人力资源和社会保障局): one entity with 某市人力资源和社会保障局
    x = extract("标题\n\n43名工人来到淳化县人社局投诉。淳化县人力资源和社会保障局副局长柯远舟表示。\n")
    assert "淳化县人社局" not in x.names("Organization")
    assert "淳化县人力资源和社会保障局" in x.names("Organization")


def test_a_division_the_segmenter_cuts_whole_after_a_word_ending_before_it(extract):
    # 在|内蒙古自治区: 在内 is a word, but the segmenter cuts the name whole (not 示范县's 范县)
    x = extract("标题\n\n1月12日凌晨，在内蒙古自治区呼和浩特市武川县的一处山沟里，民警柯远舟找到了老人。\n")
    assert {"内蒙古自治区", "呼和浩特市", "武川县"} <= x.names("Place")
    assert ("呼和浩特市", "locatedIn", "内蒙古自治区") in x.rels()
    assert not extract("标题\n\n示范县创建工作推进会召开。\n").names("Place")


def test_a_body_a_unit_founds_is_not_named_with_the_verb(extract):
    # 某市公安局成立|打拐工作领导小组: no body named 某市公安局成立打拐工作领导小组
    x = extract("标题\n\n为此，咸阳市公安局成立打拐工作领导小组，由副局长柯远舟任组长。\n")
    assert not any("成立" in n for n in x.names("Organization")), x.names("Organization")
    assert ("柯远舟", "belongsTo", "咸阳市公安局") in x.rels()


def test_the_case_before_a_trial_post_in_a_run_of_posts(extract):
    # 某院刑事审判庭副庭长、本案审判长某某 (rules.POST_HOSTS): the run goes on before 本案
    x = extract("标题\n\n庭审中，旬邑县人民法院刑事审判庭副庭长、本案审判长柯远舟充分听取意见。\n")
    rels = x.rels()
    assert ("柯远舟", "belongsTo", "旬邑县人民法院刑事审判庭") in rels and ("柯远舟", "position", "副庭长") in rels
    assert ("柯远舟", "position", "审判长") in rels


def test_new_areas_and_zones_that_hold_agencies(extract):
    # rules.ZONE_DIVISIONS: 新区, 新技术开发区, 经济综合实验区 before an agency are places of their own
    x = extract("标题\n\n青岛西海岸新区人民法院灵山卫人民法庭庭长柯远舟说。郑州航空港经济综合实验区公安局刑侦大队大队长罗晓东表示。"
                "武汉东湖新技术开发区公安分局民警甘文武说。\n")
    rels = x.rels()
    assert ("西海岸新区", "locatedIn", "青岛市") in rels
    assert ("柯远舟", "belongsTo", "西海岸新区人民法院灵山卫人民法庭") in rels
    assert ("罗晓东", "belongsTo", "航空港经济综合实验区公安局刑侦大队") in rels
    assert ("东湖新技术开发区", "locatedIn", "武汉市") in rels
    assert not any("滨海" in o for _, _, o in rels)


def test_a_bare_office_inside_a_run_of_posts(extract):
    # 某局副局长、扫黑办主任某某 (the new user's): the office is read as no unit, the run goes on before it
    x = extract("标题\n\n北安市公安局副局长、扫黑办主任柯远舟说。\n")
    rels = x.rels()
    assert ("柯远舟", "position", "副局长") in rels and ("柯远舟", "belongsTo", "北安市公安局") in rels
    assert ("柯远舟", "position", "主任") in rels


def test_an_honour_whose_conferrer_stands_between_verb_and_title(extract):
    # 某部荣获|某省人民检察院|集体一等功 (the new user's): the unit receives, the body confers
    x = extract("标题\n\n北安市人民检察院第一检察部荣获黑龙江省人民检察院集体一等功。\n")
    assert ("北安市人民检察院第一检察部", "received", "集体一等功") in x.rels()
    assert not any(p == "received" and s == "黑龙江省人民检察院" for s, p, o in x.rels())


def test_merged_culture_and_tourism_departments(extract):
    # units.tsv: the merged departments of county and city governments (文化体育和旅游局, 旅游和文化广电体育局 …)
    x = extract("标题\n\n三亚市旅游和文化广电体育局副局长柯远舟说。九寨沟县文化体育和旅游局局长罗晓东说。"
                "渝中区文化和旅游发展委员会主任甘武说。\n")
    rels = x.rels()
    assert ("柯远舟", "belongsTo", "三亚市旅游和文化广电体育局") in rels
    assert ("罗晓东", "belongsTo", "九寨沟县文化体育和旅游局") in rels
    assert ("甘武", "belongsTo", "渝中区文化和旅游发展委员会") in rels
    assert "广电体育局" not in x.names("Organization")


def test_a_scenic_areas_bureau_and_committee(extract):
    # rules.ZONE_DIVISIONS 风景区, 风景名胜区, 景区 before an agency (公安局, 管委会: AGENCIES_AFTER_DIVISION)
    x = extract("标题\n\n黄山风景区管委会副主任甘文武介绍。黄山风景区公安局光明顶警务站站长柯丽说。\n")
    rels = x.rels()
    assert ("甘文武", "belongsTo", "黄山风景区管委会") in rels
    assert ("柯丽", "belongsTo", "黄山风景区公安局光明顶警务站") in rels
    assert ("黄山风景区公安局光明顶警务站", "belongsTo", "黄山风景区公安局") in rels


def test_the_heads_post_of_a_bare_discipline_commission(extract):
    # 县纪委|书记, 县监委|主任 (rules.BODIES_NAMING_POSTS): the posts 纪委书记 and 监委主任, in those bodies; a
    # deputy stays 副书记
    x = extract("标题\n\n威县县委常委、县纪委书记、县监委主任柯远舟表示。旬邑县公安局党委书记罗晓东说。\n")
    rels = x.rels()
    assert ("柯远舟", "position", "纪委书记") in rels and ("柯远舟", "position", "监委主任") in rels
    assert ("柯远舟", "belongsTo", "威县纪律检查委员会") in rels
    assert ("罗晓东", "position", "党委书记") in rels
    x = extract("标题\n\n平遥县纪委副书记、县监委副主任柯远舟说。\n")
    assert ("柯远舟", "position", "副书记") in x.rels()
