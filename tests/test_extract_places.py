"""kg.extract.places: divisions from the GB/T 2260 table, townships, locatedIn chains."""
from __future__ import annotations
import pytest

from kg.types import PLACE


def _attrs(x, name):
    return dict(x.mention(PLACE, name).attrs)


def test_province_city_county_with_adcode_and_level(extract):
    x = extract("记者来到甘肃省天水市秦州区，走访了当地民警。")
    assert {"甘肃省", "天水市", "秦州区"} <= x.names(PLACE)
    assert _attrs(x, "甘肃省") == {"adcode": "620000", "level": "province"}
    assert _attrs(x, "天水市") == {"adcode": "620500", "level": "prefecture"}
    assert _attrs(x, "秦州区") == {"adcode": "620502", "level": "county"}


def test_located_in_chain(extract):
    x = extract("记者来到甘肃省天水市秦州区，走访了当地民警。")
    rels = x.rels("locatedIn")
    assert ("天水市", "locatedIn", "甘肃省") in rels
    assert ("秦州区", "locatedIn", "天水市") in rels
    assert ("秦州区", "locatedIn", "甘肃省") not in rels  # immediate parent only


def test_located_in_from_table_across_sentences(extract):
    x = extract("天水市召开会议。会后，秦州区民警开展巡逻。")
    assert ("秦州区", "locatedIn", "天水市") in x.rels("locatedIn")


def test_township_after_county(extract):
    x = extract("记者来到甘肃省天水市秦州区青杏镇，走访了当地民警。")
    assert "青杏镇" in x.names(PLACE)
    assert _attrs(x, "青杏镇") == {"level": "township"}
    assert ("青杏镇", "locatedIn", "秦州区") in x.rels("locatedIn")


def test_short_forms_of_prefectures_resolve_to_full_name(extract):
    x = extract("天水警方连夜出动，破获一起盗窃案。")
    assert "天水市" in x.names(PLACE)
    assert _attrs(x, "天水市")["adcode"] == "620500"


def test_ordinary_words_are_not_places(extract):
    x = extract("这座城市很美，超市里人很多，乡村道路也修好了。")
    assert x.names(PLACE) == set()


def test_place_offsets_point_into_document_text(extract):
    x = extract("标题\n\n据了解，甘肃省天水市秦州区警方破获一起案件。\n")
    doc = x.docs[0]
    for m in x.mentions:
        if m.cls == PLACE:
            assert doc.text[m.start:m.end] == m.text


# ----------------------------------------------------------------------------- townships and seats
def test_township_right_after_its_county_even_if_jieba_splits_it(extract):
    x = extract("辽宁省抚顺市抚顺县后安镇大集开集。")
    assert ("后安镇", "locatedIn", "抚顺县") in x.rels("locatedIn")


def test_township_glued_between_units(extract):
    x = extract("上海市公安局崇明分局港沿镇派出所民警到场。")
    assert "港沿镇" in x.names("Place")
    assert "局港沿镇" not in x.names("Place")


def test_verb_before_a_unit_is_not_a_township(extract):
    x = extract("社区民警乔某联合街道司法所调解员上门。")
    assert "联合街道" not in x.names("Place")


def test_street_short_form_before_a_community(extract):
    x = extract("天津市河西区友谊路街桂园里社区的民警。")
    rels = x.rels("locatedIn")
    assert ("桂园里社区", "locatedIn", "友谊路街") in rels and ("友谊路街", "locatedIn", "河西区") in rels


def test_unit_named_after_a_township_sits_in_it(extract):
    x = extract("标题\n\n福建省三明市明溪县夏阳乡是山区乡。\n明溪县公安局夏阳派出所民警林某到场。\n")
    assert ("明溪县公安局夏阳派出所", "locatedIn", "夏阳乡") in x.rels("locatedIn")


def test_no_township_invented_from_a_unit_name(extract):
    x = extract("明溪县公安局夏阳派出所民警到场。")
    assert "夏阳乡" not in x.names("Place") and "夏阳" not in x.names("Place")


@pytest.mark.parametrize("text,child,parent", [
    ("货物销往浙江慈溪、江苏昆山等地。", "慈溪市", "浙江省"),
    ("他是吉林长春人。", "长春市", "吉林省"),
    ("河北秦皇岛警方通报。", "秦皇岛市", "河北省"),
])
def test_division_written_right_after_its_ancestor(extract, text, child, parent):
    assert (child, "locatedIn", parent) in extract(text).rels("locatedIn")


def test_community_between_units_and_its_party_branch(extract):
    x = extract("东湖街道办事处桂园社区党支部书记施某说。")
    assert "桂园社区" in x.names("Place")
    assert ("东湖街道办事处桂园社区党支部", "locatedIn", "桂园社区") in x.rels("locatedIn")


def test_township_after_a_verb_of_motion(extract):
    x = extract("洪水倒灌进柳溪镇，群众连夜转移。")
    assert "柳溪镇" in x.names("Place")


def test_post_ending_in_a_place_short_form_is_not_a_place(extract):
    x = extract("派出所户籍科科长沙玛阿呷介绍说。")
    assert "长沙市" not in x.names("Place")


def test_village_before_cunmin(extract):
    x = extract("江西省赣州市于都县罗坳镇青石村村民报警。")
    assert ("青石村", "locatedIn", "罗坳镇") in x.rels("locatedIn")


def test_street_whose_name_starts_with_a_stop_character_after_its_city(extract):
    x = extract("山东省潍坊市寿光市古城街道西马庄村的蔬菜大棚里已是一片忙碌。")
    rels = x.rels("locatedIn")
    assert ("古城街道", "locatedIn", "寿光市") in rels and ("西马庄村", "locatedIn", "古城街道") in rels


def test_mongolian_townships_and_villages(extract):
    x = extract("内蒙古锡林郭勒盟西乌珠穆沁旗巴彦胡舒苏木额尔敦宝拉格嘎查的牧民说。")
    rels = x.rels("locatedIn")
    assert ("巴彦胡舒苏木", "locatedIn", "西乌珠穆沁旗") in rels
    assert ("额尔敦宝拉格嘎查", "locatedIn", "巴彦胡舒苏木") in rels


@pytest.mark.parametrize("sentence", ["兰山公安推行“一村（社区）一警”机制。", "澜沧县糯扎渡镇"])
def test_no_township_from_quotes_or_level_characters(extract, sentence):
    assert not any(p.startswith(("“", "县")) for p in extract(sentence).names("Place"))


def test_county_with_a_one_character_stem(extract):
    x = extract("9月5日，房县城关镇居民周大爷到房县公安局报案。")
    assert "房县" in x.names(PLACE)
    assert ("房县公安局", "locatedIn", "房县") in x.rels()


def test_village_named_again_alone_is_a_place_and_seats_its_body(extract):
    x = extract("天荒坪镇大溪村的文化礼堂亮着灯。派出所还联合大溪村党总支开展调解。")
    assert ("大溪村党总支", "locatedIn", "大溪村") in x.rels("locatedIn")


@pytest.mark.parametrize("text,written,adcode", [
    ("近日，门源县青石嘴镇遭遇山洪。", "门源县", "632221"),  # 门源回族自治县
    ("柯远舟来到甘孜州理塘县。", "甘孜州", "513300"),  # 甘孜藏族自治州
    ("孟连县公安局禁毒大队民警柯远舟出警。", "孟连县", "530827"),
    ("甘肃省临夏回族自治州东乡县法律援助中心受理此案。", "东乡县", "622926"),  # 东乡族自治县, named after its people
])
def test_autonomous_division_by_its_colloquial_name(extract, text, written, adcode):
    x = extract(text)
    place = next(m for m in x.mentions if m.cls == PLACE and m.text == written)
    assert dict(place.attrs)["adcode"] == adcode


def test_township_after_a_colloquial_autonomous_county(extract):
    x = extract("近日，门源县青石嘴镇遭遇山洪。")
    assert "青石嘴镇" in x.names(PLACE) and "县青石嘴镇" not in x.names(PLACE)


def test_colloquial_name_never_shadows_a_division_of_that_name():
    from kg.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    assert [d.name for d in gaz.candidates("青龙县")] == ["青龙满族自治县"]  # a former name, once
    assert all(d.name.endswith("自治县") for d in gaz.candidates("门源县"))


def test_township_after_the_copula_xi(extract):
    x = extract("张某与王某均系青柳镇石桥村村民。")
    assert ("石桥村", "locatedIn", "青柳镇") in x.rels("locatedIn")


def test_district_whose_stem_is_a_word_is_read_before_its_court(extract):
    x = extract("芙蓉区人民法院依法公开开庭审理此案。")
    assert "芙蓉区" in x.names(PLACE)
    y = extract("他们会同县公安局开展行动。")  # 会同|县公安局: together with the county bureau
    assert "会同县" not in y.names(PLACE)


def test_a_kind_of_city_is_no_unlisted_division(extract):
    x = extract("此次记功经各设区市公安局推荐后确定。")
    assert not x.names(PLACE)


def test_a_preposition_is_no_part_of_an_unlisted_division(extract):
    x = extract("据青山县公安局交警大队中队长许亮介绍，事故原因正在调查中。")
    assert x.names(PLACE) == {"青山县"}


@pytest.mark.parametrize("sentence,zone", [
    ("青川综合实验区公安局柯家派出所民警柯远舟说。", "青川综合实验区"),
    ("青柳经济技术开发区人民法院执行局法官柯远帆说。", "青柳经济技术开发区"),
])
def test_a_functional_zone_before_an_agency_is_a_place(extract, sentence, zone):
    x = extract(sentence)
    assert x.names(PLACE) == {zone}
    assert any(n.startswith(zone) for n in x.names("Organization"))


def test_a_zone_after_a_city_stays_a_modifier_of_the_unit(extract):
    x = extract("江城市公安局经济技术开发区分局民警柯远舟说。")
    assert "经济技术开发区" not in "".join(x.names(PLACE))


@pytest.mark.parametrize("sentence,township", [
    ("桑植县洪家关白族乡司法所所长柯远舟说。", "洪家关白族乡"),
    ("福安市坂中畲族乡司法所所长柯远舟说。", "坂中畲族乡"),
])
def test_an_ethnic_township_after_its_county(extract, sentence, township):
    assert township in extract(sentence).names("Place")


def test_nationalities_come_from_the_autonomous_divisions():
    from kg.gazetteer import ethnic_names
    names = ethnic_names()
    assert {"白族", "畲族", "土家族", "蒙古族", "维吾尔族"} <= names and "各族" not in names


def test_rural_affairs_agencies_name_no_village(extract):
    x = extract("咸阳市农业农村局渔政执法支队也派员参加。")
    assert not any(n.endswith("农村") for n in x.names(PLACE))
    assert "咸阳市农业农村局" in x.names("Organization")


def test_a_village_committee_keeps_its_village(extract):
    assert "石岭村" in extract("旬邑县柳林镇禁毒办联合有关部门在石岭村委会举办培训活动。").names(PLACE)


def test_a_township_named_like_a_county_is_the_township(extract):
    x = extract("贵州省荔波县朝阳镇境内有3家养殖场违规建设。")
    assert "朝阳镇" in x.names(PLACE) and "朝阳" not in x.names(PLACE)
    assert ("朝阳镇", "locatedIn", "荔波县") in x.rels("locatedIn")


def test_a_people_in_an_autonomous_countys_name_is_no_division(extract):
    x = extract("临夏回族自治州积石山保安族东乡族撒拉族自治县公安局大河家派出所记集体二等功。")
    assert not any(n.startswith("东乡") for n in x.names(PLACE))


def test_rural_affairs_offices_name_no_village(extract):
    x = extract("旬邑县青柳镇农业农村办公室主任柯涛说。")
    assert not any(n.endswith("农村") for n in x.names(PLACE))


def test_a_table_township_glued_after_a_verb_in_a_named_county(extract):
    # kg/data/townships.tsv: 土桥镇 610429101 lies in 旬邑县 610429
    x = extract("旬邑县公安局民警扎根土桥镇19年。")
    assert "土桥镇" in x.names(PLACE) and "扎根土桥镇" not in x.names(PLACE)
    assert _attrs(x, "土桥镇") == {"level": "township", "towncode": "610429101"}
    assert ("土桥镇", "locatedIn", "旬邑县") in x.rels("locatedIn")


def test_a_table_township_that_starts_with_a_function_character(extract):
    x = extract("接群众报警称，和睦井乡一商店门前发生纠纷。")  # 和睦井乡 130181203: 和 is also a conjunction
    assert "和睦井乡" in x.names(PLACE)


def test_a_table_township_across_sentences_is_in_its_named_county(extract):
    x = extract("旬邑县召开平安建设会议。会后，民警来到职田镇走访群众。")
    assert ("职田镇", "locatedIn", "旬邑县") in x.rels("locatedIn")


@pytest.mark.parametrize("text,wrong", [
    ("呼和浩特市回民区光明东街街道办事处开展活动。", "东街街道"),  # 东街街道 of 新城区, another county
    ("旬邑县推进平安建设镇村全覆盖。", "建设镇"),  # a common word glued to the text before it
])
def test_a_table_township_name_inside_another_name_is_not_read(extract, text, wrong):
    assert wrong not in extract(text).names(PLACE)


def test_a_verb_after_a_township_starts_no_community(extract):
    x = extract("旬邑县民政局在土桥镇举办社区矫正对象技能培训。")
    assert not any(n.endswith("社区") for n in x.names(PLACE))


@pytest.mark.parametrize("text,word", [
    ("依安县公安局坚持以派出所为中心镇街联动。", "中心镇"),  # 中心镇 (230223104) is a township of 依安县
    ("依安县发动先锋乡贤积极参与。", "先锋乡"),  # 先锋乡 (230223207) too
])
def test_a_township_named_by_a_common_word_inside_running_text_is_no_place(extract, text, word):
    assert word not in extract(text).names(PLACE)


def test_a_township_named_by_a_common_word_before_its_village_is_a_place(extract):
    assert "中心镇" in extract("依安县公安局民警来到中心镇青柳村走访群众。").names(PLACE)


def test_sanya_is_a_city_short_form(extract):
    x = extract("三亚边检站民警柯晓丹在口岸执勤。")
    assert "三亚市" in x.names(PLACE)


def test_a_long_county_short_is_read_when_its_province_is_named(extract):
    x = extract("乌鲁木齐海关所属阿拉山口海关在阿拉山口公路口岸查获一批走私物品。")
    assert _attrs(x, "阿拉山口市")["adcode"] == "652702"
    y = extract("民警在朝阳开展巡逻。")  # a two-character short still needs its county or city named
    assert "朝阳区" not in y.names(PLACE) and "朝阳县" not in y.names(PLACE)


def test_a_division_short_before_a_direction_and_a_road_is_a_road(extract):
    x = extract("咸阳市公安局秦都分局北京西路派出所民警柯远舟说。")
    assert "北京市" not in x.names(PLACE)


def test_a_township_of_the_table_glued_into_a_word_is_none(extract):
    x = extract("办案中，检察官发现部分乡镇对耕地巡查不到位。")
    assert x.names(PLACE) == set()


def test_a_quoted_slogan_ending_in_xiang_is_no_township(extract):
    x = extract("所里民警组建“平安茶乡”微信群。青柳乡派出所民警柯某说。")
    assert x.names(PLACE) == {"青柳乡"}


def test_a_police_unit_word_before_wangjing_is_no_website(extract):
    x = extract("宝鸡市公安局网警支队民警柯某在网上巡查。")
    assert {"宝鸡市公安局", "宝鸡市公安局网警支队"} <= x.names("Organization")


def test_a_direction_and_jie_after_a_city_names_a_community(extract):
    x = extract("湖南长沙北街社区民警柯某说。")
    assert "长沙市" in x.names(PLACE)


def test_a_landmark_named_like_a_division_is_none(extract):
    x = extract("记者来到杭州西湖畔，又去了泰山脚下。")
    assert "西湖区" not in x.names(PLACE) and "泰山区" not in x.names(PLACE)


def test_a_township_of_a_named_county_is_not_read_as_a_short_form_inside_it(extract):
    """朝阳川镇 (a township of 延吉市, named) was read as 朝阳 (a short form of 朝阳区 or 朝阳市) and 川镇;
    a township of the table whose county the document names takes its place. A division written
    in full (朝阳区) is kept."""
    x = extract("延吉市朝阳川镇司法所开展普法宣传。")
    assert "朝阳川镇" in x.names("Place") and "朝阳" not in x.names("Place")
    assert "朝阳区" in extract("北京市朝阳区公安分局开展工作。").names("Place")


def test_a_county_short_form_inside_a_township_station_of_a_named_county_is_no_place(extract):
    # 特木里镇 of 布拖县: 木里 is also the short form of 木里藏族自治县 in the same prefecture
    x = extract("凉山彝族自治州公安局通报表彰。布拖县公安局特木里派出所民警连夜出警。")
    assert "木里藏族自治县" not in x.names(PLACE)
    assert "布拖县公安局特木里派出所" in x.names("Organization")


def test_a_short_form_right_after_a_province_it_does_not_lie_in_is_no_division(extract):
    # 大兴安岭地区 (GB/T 2260 232700) lies in 黑龙江; 内蒙古大兴安岭 is a forest region of 内蒙古
    x = extract("内蒙古大兴安岭森林公安局阿龙山分局民警开展巡山行动。")
    assert "大兴安岭地区" not in x.names(PLACE)
    assert not any("黑龙江" in n or "大兴安岭地区" in n for n in x.names("Organization"))


def test_a_short_form_right_after_its_own_province_stays(extract):
    x = extract("黑龙江大兴安岭森林公安局民警开展巡山行动。")
    assert "大兴安岭地区" in x.names(PLACE)


def test_a_province_short_form_cut_across_two_words_is_no_place(extract):
    # breaker: 东山|西山 holds 山西 (山西省) across jieba's cut
    x = extract("台州市公安局东山西山南山3个派出所被评为先进集体。")
    assert "山西省" not in x.names(PLACE)


def test_a_verb_of_seat_after_a_township_names_no_township(extract):
    # 青柳镇地处水乡: 地处水乡 was read as a township (a name ending in 乡 right after its division)
    assert "地处水乡" not in extract("江苏省苏州市昆山市青柳镇地处水乡。").names("Place")


@pytest.mark.parametrize("sentence,district,branch", [
    ("深圳市公安局南山分局蛇口派出所民警出警。", "南山区", "深圳市公安局南山分局"),
    ("西宁市公安局城中分局南滩派出所民警出警。", "城中区", "西宁市公安局城中分局")])
def test_an_ambiguous_district_short_form_before_a_branch_of_its_citys_bureau(extract, sentence, district, branch):
    # 南山 and 城中 are too ambiguous to read alone (two 南山区, two 城中区); between a city's
    # 公安局 and 分局 they are that city's district, and the branch sits in it
    x = extract(sentence)
    assert district in x.names("Place")
    assert (branch, "locatedIn", district) in x.rels("locatedIn")


def test_he_before_a_bare_county_court_is_the_conjunction(extract):
    # 某委员会和县人民法院: 和 joins two units (the article's county court), not 和县 of 安徽
    x = extract("标题\n\n甲篆镇位于巴马瑶族自治县东部。派出所联合甲篆镇人民调解委员会和县人民法院甲篆法庭建立机制。\n")
    assert "和县" not in x.names("Place")
    assert "巴马瑶族自治县人民法院甲篆法庭" in x.names("Organization")
    y = extract("标题\n\n安徽省马鞍山市和县公安局破获一起案件。\n")
    assert "和县" in y.names("Place")  # with its prefecture named, the county


def test_a_river_named_like_a_county_is_no_county(extract):
    # 清水 is the short form of 清水县 (天水市, named): 清水河监狱 is named after a river
    x = extract("清水河监狱位于天水市麦积区，监区长柯远舟介绍。")
    assert "清水县" not in x.names(PLACE) and "天水市" in x.names(PLACE)


@pytest.mark.parametrize("sentence, county", [
    ("宁夏贺兰山律师事务所律师柯远舟介绍。", "贺兰县"),
    ("门源回族自治县远眺，祁连山的雪线清晰可见。", "祁连县"),
])
def test_a_mountain_named_like_a_county_is_no_county(extract, sentence, county):
    assert county not in extract(sentence).names(PLACE)


@pytest.mark.parametrize("sentence", ["旬邑县青柳乡人民调解委员会调解员柯远舟介绍。", "旬邑县青柳乡人民政府乡长柯远舟介绍。"])
def test_a_township_before_renmin_is_a_place(extract, sentence):
    # 乡人 is a word (villager), but not across 乡|人民政府
    x = extract(sentence)
    assert "青柳乡" in x.names(PLACE) and ("青柳乡", "locatedIn", "旬邑县") in x.rels()


def test_an_adverb_before_ren_and_a_word_of_praise_name_no_place(extract):
    x = extract("标题\n\n柯远舟是澜沧县公安局民警，曾任县公安局刑事侦查大队民警。她曾被评为“大连市优秀社区民警”。\n")
    assert x.names(PLACE) == {"澜沧拉祜族自治县", "大连市"}


def test_a_unit_before_a_stations_town_is_no_part_of_the_towns_name(extract):
    # 肥东县公安局|撮镇派出所: the township is no 公安局撮镇
    x = extract("安徽省合肥市肥东县公安局撮镇派出所民警柯远舟在辖区巡逻。")
    assert not any("公安局" in n for n in x.names(PLACE))


def test_a_sub_bureaus_district_is_the_one_under_its_bureaus_city(extract):
    # two cities with a 鼓楼区 in one sentence: 南京市公安局|鼓楼分局 is in 南京's (320106)
    x = extract("江苏省南京市公安局鼓楼分局民警柯远舟与福建省福州市公安局台江分局民警柯远帆交流经验。")
    codes = {dict(m.attrs).get("adcode") for m in x.mentions if m.cls == PLACE and m.name.startswith("鼓楼")}
    assert codes == {"320106"}


def test_a_bay_named_like_a_county_is_no_county(extract):
    x = extract("近日，青岛海警局在胶州湾海域查获一起走私冻品案。")
    assert "胶州市" not in x.names(PLACE)


def test_a_village_right_after_its_township_may_hold_a_verb_like_character(extract):
    # 亚尔镇|亚尔果勒村: jieba cuts 亚尔果|勒 (勒 a verb); right after its township it is the name's
    x = extract("所长刚从高昌区亚尔镇亚尔果勒村回来。")
    assert "亚尔果勒村" in x.names(PLACE)


def test_a_township_after_xiaqu_in_a_county_named_only_by_its_police_branch(extract):
    # 秦州分局 names the district only as a unit's seat; 辖区 before the township is its left edge (new user)
    x = extract("甘肃省天水市公安局秦州分局通报。辖区玉泉镇发生案件。")
    assert "玉泉镇" in x.names(PLACE)


def test_a_post_taking_verb_before_a_village_is_no_part_of_its_name(extract):
    x = extract("1973年，柯远舟到漠河县公安局工作，历任北极村派出所民警、副所长。")  # (set 46)
    assert not any(n.startswith("历任") for n in x.names(PLACE) | x.names("Organization"))


def test_the_next_village_of_a_list_after_one_read(extract):
    # 巴坡村、马库村等地: the second village of the list (not a person 马库村) (set 47)
    x = extract("贡山县独龙江乡法庭在巴坡村、马库村等地设立了巡回审判点。")
    assert {"巴坡村", "马库村"} <= x.names(PLACE) and "马库村" not in x.names("Person")


def test_a_count_before_a_level_is_no_division(extract):
    # 甲、乙两县公安局: no place 乙两县 nor unit 乙两县公安局 (set 49)
    x = extract("固原市公安局通报\n\n即会同西吉县公安局、隆德县公安局成立专案组。西吉、隆德两县公安局民警兵分三路。")
    assert not any("两县" in n for n in x.names("Place") | x.names("Organization"))


def test_a_county_named_whole_after_and_between_two_units(extract):
    # 和平 is a word, but 和 here joins two bureaus: 平阳县 is written whole after it
    x = extract("瑞安市公安局和平阳县公安局开展联合行动。")
    assert "平阳县" in x.names(PLACE)
    assert ("平阳县公安局", "locatedIn", "平阳县") in x.rels("locatedIn")


@pytest.mark.parametrize("sentence", ["分局正在推广这一工作法，让更多社区民警沉到一线。", "他却说：“这片社区我就不离开。”"])
def test_a_pronoun_or_a_quantity_before_a_community_word_names_no_place(extract, sentence):
    assert not extract(sentence).names(PLACE)


def test_a_zone_of_a_city_keeps_the_city(extract):
    x = extract("合肥经济技术开发区人民法院审理了这起案件。")
    assert "合肥市" in x.names(PLACE)


@pytest.mark.parametrize("sentence,village", [("湖州市吴兴区八里店镇又一村村民柯远舟报警。", "又一村"),
                                              ("南宁市青秀区那口村村民柯远舟报警。", "那口村")])
def test_real_villages_whose_names_start_like_a_quantity_or_a_pronoun_stay(extract, sentence, village):
    assert village in extract(sentence).names(PLACE)


def test_a_street_before_a_prefectures_committee_is_no_division(extract):
    x = extract("受理地址：甘南藏族自治州合作市人民街州委办公大楼州委组织部干部监督科")
    assert not any(p.startswith("人民街") for p in x.names("Place"))
    assert not any("大楼" in o for o in x.names("Organization"))


@pytest.mark.parametrize("sentence, wrong", [
    ("禁毒支队在湖润镇、龙邦镇等边境乡镇布控。", "等边境乡镇"),
    ("成绩的取得，离不开市委、市政府的坚强领导。", "离不开市"),
    ("毒品经靖西中转，向南宁城区分销。", "城区"),
])
def test_words_that_only_look_like_places(extract, sentence, wrong):
    assert wrong not in extract(sentence).names("Place")


def test_a_preposition_opens_no_unlisted_division(extract):
    x = extract("李某拖欠租金38万元，经喀左县法院判决后仍拒不履行。")
    assert not any(p.startswith("经") for p in x.names("Place"))


@pytest.mark.parametrize("sentence, place", [
    ("青川县严格落实社区矫正监督管理。", "严格落实社区"),
    ("经区委政法委员会研究，并报区委组织部同意：", "并报区"),
])
def test_an_adverb_or_conjunction_names_no_place(extract, sentence, place):
    assert place not in extract(sentence).names(PLACE)


@pytest.mark.parametrize("village", ["积善村", "顺利村"])
def test_a_village_named_by_one_adverb_is_a_place(extract, village):
    assert village in extract(f"青川县木鱼镇{village}开展反诈宣传。").names(PLACE)


def test_a_provinces_short_form_is_the_province_the_text_names_in_full(extract):
    x = extract("河南警方破获一起特大电信诈骗案。河南省公安厅刑侦总队总队长柯远舟介绍，")
    assert x.names(PLACE) == {"河南省"}


def test_a_station_named_like_a_province_is_no_province(extract):
    x = extract("延吉市公安局局长柯远舟介绍，朝阳川派出所和河南派出所的民警经常下乡。来自河南省的林晓岚也在其中。")
    assert not {(a, b) for a, _, b in x.rels("locatedIn") if b == "河南省"}
