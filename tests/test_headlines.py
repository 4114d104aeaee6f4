"""Headline lines are read as text (annotators name the agencies they print), and the short
forms a headline uses are the units the body names in full. Invented sentences only."""
from kg.ingest import documents_from_text
from kg.pipeline import run

from conftest import Extracted


def _facts(text: str) -> set[tuple[str, str, str]]:
    res = run(text=text, source="h.txt").resolution
    out = set()
    for s in res.statements:
        if s.predicate == "mentions":
            continue
        label = {k: e.label for k, e in res.entities.items()}
        obj = s.object if isinstance(s.object, str) else label.get(s.object, s.object[1])
        out.add((label.get(s.subject, s.subject[1]), s.predicate, obj))
    return out


def _labels(text: str, cls: str) -> set[str]:
    res = run(text=text, source="h.txt").resolution
    return {e.label for e in res.entities.values() if e.cls == cls}


def test_headline_lines_come_first_in_the_text_and_the_body_after_them():
    (doc,) = documents_from_text("河畔小城\n\n——记旬邑县公安局青柳派出所\n\n民警在街头巡逻。\n", "h.txt")
    assert doc.text == "河畔小城\n——记旬邑县公安局青柳派出所\n民警在街头巡逻。"
    assert doc.body == "民警在街头巡逻。"
    assert doc.text[:doc.body_start].splitlines() == ["河畔小城", "——记旬邑县公安局青柳派出所"]


def test_a_unit_named_only_in_the_subtitle_is_read():
    text = ("小镇上的四季\n\n——陕西省旬邑县公安局土桥镇派出所见闻\n\n本报记者 柯远舟\n\n"
            "土桥镇派出所辖区不大。所长柯某说，全所民警7名。\n")
    facts = _facts(text)
    assert ("旬邑县公安局土桥镇派出所", "belongsTo", "旬邑县公安局") in facts
    assert ("旬邑县公安局", "locatedIn", "旬邑县") in facts


def test_a_headline_short_form_is_the_unit_named_in_full_below():
    text = ("竹海深处的法庭\n\n本报讯（记者 柯远舟）陕西旬邑法院土桥法庭探索纠纷多元化解。近日，在陕西省咸阳市"
            "旬邑县土桥镇，旬邑县人民法院土桥人民法庭庭长柯某主持调解。\n")
    courts = {n for n in _labels(text, "Organization") if n.endswith("法庭")}
    assert courts == {"旬邑县人民法院土桥人民法庭"}


def test_written_shorter_leaves_out_only_levels_people_and_parent_bodies():
    from kg.resolve import _written_shorter

    assert _written_shorter("旬邑县青柳派出所", "旬邑县公安局青柳派出所")
    assert _written_shorter("旬邑县人民法院土桥法庭", "旬邑县人民法院土桥人民法庭")
    assert _written_shorter("咸阳市消防特勤站", "咸阳市消防救援支队特勤站")
    assert _written_shorter("旬邑县公安局青柳派出所", "旬邑县公安局青柳镇派出所")
    assert not _written_shorter("旬邑县公安局东城派出所", "旬邑县公安局东城南派出所")  # another station
    assert not _written_shorter("咸阳市人民法院", "咸阳市中级人民法院")  # another court
    # a complete unit's own sub-unit is not its 支队's; a place's own body is not its bureau's
    assert not _written_shorter("宝鸡市公安局指挥中心", "宝鸡市公安局交警支队指挥中心")
    assert not _written_shorter("宝鸡市公安局党委", "宝鸡市公安局交警支队党委")
    assert not _written_shorter("宝鸡市公安局办公室", "宝鸡市公安局刑侦支队办公室")
    assert not _written_shorter("宝鸡市团委", "宝鸡市公安局团委")


def test_a_city_bureau_is_no_short_form_of_another_city_s():
    text = "标题\n\n鞍山市公安局与马鞍山市公安局联合破获一起案件。\n"
    assert {"鞍山市公安局", "马鞍山市公安局"} <= _labels(text, "Organization")


def test_a_column_kicker_with_a_dot_is_no_person():
    for kicker in ("新春走基层·警营故事", "护航·高质量发展", "走基层·蹲点调研"):
        x = Extracted(f"{kicker}\n\n民警的一天\n\n本报讯 旬邑县公安局民警柯某说。\n")
        assert x.names("Person") == {"柯某"}, kicker


def test_one_unnamed_unit_of_a_place_is_no_unit():
    x = Extracted("宝鸡一派出所获评“枫桥式公安派出所”\n\n本报讯 旬邑县一大队民警柯某说。\n")
    assert x.names("Organization") == {"旬邑县一大队"}


def test_a_province_police_in_short_is_its_department():
    x = Extracted("标题\n\n江苏公安破获一起案件。上海公安通报了案情。\n")
    assert {"江苏省公安厅", "上海市公安局"} <= x.names("Organization")


def test_a_police_website_is_no_unit():
    x = Extracted("标题\n\n陕西公安网发布消息称，旬邑县公安局网安大队民警柯某破获一起案件。\n")
    assert not any(n.startswith("陕西") for n in x.names("Organization"))
    assert "旬邑县公安局网安大队" in x.names("Organization")


def test_levels_or_a_common_word_before_xiang_are_no_township():
    x = Extracted("市县乡三级综治中心实现全覆盖\n\n一个山区乡的平安账本。青柳乡派出所民警柯某说。\n")
    assert x.names("Place") == {"青柳乡"}


def test_a_dotted_name_after_zhuishou_and_before_tongzhi():
    text = ("追授阿不都·买买提同志“旬邑县优秀人民警察”称号\n\n"
            "旬邑县公安局追授阿不都·买买提同志“旬邑县优秀人民警察”称号。\n")
    x = Extracted(text)
    assert x.names("Person") == {"阿不都·买买提"}
    assert ("阿不都·买买提", "received", "旬邑县优秀人民警察") in x.rels("received")


def test_a_column_name_with_a_middle_dot_is_no_person():
    x = Extracted("标题\n\n他们守护公平正义（平安中国·基层一线）。旬邑县公安局民警柯某说。\n")
    assert x.names("Person") == {"柯某"}


def test_a_railway_station_police_station_keeps_the_station_name():
    text = "咸阳站派出所：暑运路上的警务队\n\n本报讯 西安铁路公安局咸阳公安处咸阳站派出所民警柯某说。\n"
    stations = {n for n in _labels(text, "Organization") if n.endswith("派出所")}
    assert stations == {"西安铁路公安局咸阳公安处咸阳站派出所"}
    x = Extracted("标题\n\n咸阳西站派出所民警柯远舟说。\n")
    assert "咸阳西站派出所" in x.names("Organization")


def test_he_before_a_word_after_a_post_is_a_conjunction():
    x = Extracted("标题\n\n最高人民检察院表彰全国模范检察官和先进集体。院长和远舟介绍了情况。\n")
    assert x.names("Person") == {"和远舟"}


def test_a_headline_unit_under_a_city_and_district_in_short_is_the_unit_named_in_full_below():
    """User 6, finding 2: the headline's 广元利州食药环侦大队 (city and district in short, no 公安局 or
    分局) was a unit of its own, 利州区公安局食药环侦大队, beside the 广元市公安局利州区分局食药环侦大队
    of the body; the district's bureau is the city bureau's 利州区分局, so its unit of that name is
    the one written in full, which keeps the headline's form as an alias."""
    text = ("广元利州食药环侦大队被评为全省公安机关先进集体\n\n"
            "本报讯 广元市公安局利州区分局食药环侦大队被四川省公安厅评为全省公安机关先进集体。\n")
    res = run(text=text, source="h.txt").resolution
    units = {e.label: e for e in res.entities.values() if e.cls == "Organization" and e.label.endswith("大队")}
    assert set(units) == {"广元市公安局利州区分局食药环侦大队"}
    assert "广元利州食药环侦大队" in units["广元市公安局利州区分局食药环侦大队"].aliases
    facts = _facts(text.replace("食药环侦", "巡特警").replace("广元", "南充").replace("利州", "顺庆")
                   .replace("四川省公安厅", "南充市公安局"))
    assert {f[0] for f in facts if f[0].endswith("大队")} == {"南充市公安局顺庆区分局巡特警大队"}


def test_a_headline_unit_stays_apart_from_a_unit_of_another_district_or_name():
    """Only the same unit under the same district's bureau is the one: 昭化区分局's 食药环侦大队, or
    利州区分局's 刑侦大队, is another unit than the headline's 利州 食药环侦大队."""
    head = "广元利州食药环侦大队被评为全省公安机关先进集体\n\n本报讯 "
    for body, other in (("广元市公安局昭化区分局食药环侦大队", "广元市公安局昭化区分局食药环侦大队"),
                        ("广元市公安局利州区分局刑侦大队", "广元市公安局利州区分局刑侦大队")):
        units = {n for n in _labels(f"{head}{body}被四川省公安厅评为全省公安机关先进集体。\n", "Organization")
                 if n.endswith("大队")}
        assert len(units) == 2 and other in units, units
