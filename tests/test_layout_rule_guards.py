"""Guards on this session's layout and removal rules: ordinary text they must leave alone (regress 9)."""

def test_the_session_rules_leave_ordinary_text_alone(extract):
    # regress 9 #1–#7: 市院 in a court's news, an announcer before 免去其, a unit's honour in a 荣誉 field, 全体民警
    # in a name column, 拟任 before a name, columns of former posts, a 政协's 第八届委员会
    x = extract("标题\n\n广元市中级人民法院召开会议，市院党组书记、院长柯远舟讲话。\n")
    assert ("柯远舟", "belongsTo", "广元市中级人民法院") in x.rels("belongsTo")
    assert not any("检察院" in o for o in x.names("Organization"))
    x = extract("标题\n\n广元市公安局局长柯远帆宣布，免去其青川县公安局副局长职务。\n")
    assert ("柯远帆", "position", "副局长") not in x.rels("position")
    x = extract("英模风采\n\n姓名：林晓岚\n单位：青川县公安局乔庄派出所\n职务：所长\n荣誉：所在派出所荣获集体一等功，个人荣立二等功1次\n")
    assert ("林晓岚", "received", "集体一等功") not in x.rels("received")
    assert ("林晓岚", "received", "二等功") in x.rels("received")
    x = extract("表彰表格\n\n序号\t单位\t姓名\t职务\t奖励\n1\t青川县公安局乔庄派出所\t全体民警\t—\t集体二等功\n"
                "2\t广元市公安局交通警察支队\t柯远舟\t大队长\t个人三等功\n")
    assert "全体民警" not in x.names("Person")
    assert {("青川县公安局乔庄派出所", "received", "集体二等功"), ("柯远舟", "received", "个人三等功")} <= x.rels("received")
    x = extract("任免名单\n\n任命：\n柯远舟为苍溪县人民法院审判员；\n拟任柯远帆为苍溪县人民法院审判员。\n")
    assert not any(p.startswith("拟任") for p in x.names("Person"))
    x = extract("处分通报\n\n序号\t原单位\t姓名\t原职务\n1\t青川县公安局乔庄派出所\t柯远舟\t所长\n")
    assert ("柯远舟", "belongsTo", "青川县公安局乔庄派出所") not in x.rels("belongsTo")
    x = extract("标题\n\n中国人民政治协商会议南充市第八届委员会第三次会议开幕。\n")
    assert "南充市委员会" not in x.names("Organization")
