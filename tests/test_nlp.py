"""kg.nlp: length-keeping normalisation, lexicon validation, sentence offsets."""
from __future__ import annotations

import pytest

from kg.errors import LexiconError
from kg.ingest import documents_from_text
from kg.nlp import LexiconEntry, lexicon, normalize, parse_lexicon, split_sentences


@pytest.mark.parametrize("text", ["截至２０２４年５月，共１２００起。", "廣州市公安局天河區分局", "ＡＢＣ　ｘｙｚ１２３", "“引号”（括号）"])
def test_normalize_keeps_length(text):
    assert len(normalize(text)) == len(text)


def test_normalize_full_width_digits_and_letters():
    assert normalize("２０２４年５月") == "2024年5月"
    assert normalize("ＡＢＣｘｙｚ") == "ABCxyz"
    assert normalize("甲\u3000乙") == "甲 乙"


def test_texts_normalize_leaves_untranslated_have_no_character_to_fold():
    """normalize skips the width table for a text with no character of kg.nlp._may_fold: that
    pattern holds every character _fold_width changes (all of Unicode checked)."""
    import kg.nlp as nlp

    may = nlp._may_fold()
    missed = [code for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF
              and nlp._fold_width(chr(code)) != chr(code) and not may.match(chr(code))]
    assert missed == []
    assert normalize("民警张伟（右）在１２３号，“好”。") == "民警张伟（右）在123号，“好”。"


def test_normalize_keeps_chinese_punctuation():
    assert normalize("民警说：“好。”") == "民警说：“好。”"


def test_normalize_traditional_to_simplified():
    assert normalize("廣州市公安局天河區分局民警陳志明獲評全國優秀人民警察") == \
        "广州市公安局天河区分局民警陈志明获评全国优秀人民警察"


def test_parse_lexicon_rejects_uppercase_tag_with_file_and_line():
    text = "# 自定义词典\n警务站 50 nt\n江城存储 100 ORG\n"
    with pytest.raises(LexiconError) as info:
        parse_lexicon(text, "user.txt")
    msg = str(info.value)
    assert "user.txt:3" in msg
    assert "ORG" in msg


def test_parse_lexicon_accepts_valid_lines():
    entries = parse_lexicon("# c\n江城存储 100 nt\n巡特警\n反诈中心 30\n网格员 n\n", "user.txt")
    assert entries == [LexiconEntry("江城存储", 100, "nt"), LexiconEntry("巡特警", None, None),
                       LexiconEntry("反诈中心", 30, None), LexiconEntry("网格员", None, "n")]


@pytest.mark.parametrize("line", ["江城存储 -5 nt", "江城存储 100 nt extra", "江城存储 nt 100", "江城存储 100 n1"])
def test_parse_lexicon_rejects_malformed_lines(line):
    with pytest.raises(LexiconError, match="lex.txt:1"):
        parse_lexicon(line + "\n", "lex.txt")


@pytest.mark.parametrize("name", ["units", "titles", "honors", "modifiers", "roles", "surnames", "honor_verbs", "national", "seat_units", "sections",
                                  "bylines", "simplified_also"])
def test_shipped_lexicons_are_valid(name):
    assert len(lexicon(name)) > 0


def test_split_sentences_offsets():
    text = "河畔小城\n\n民警赶到现场。“请大家让一让！”他说。\n群众纷纷让路？是的\n"
    (doc,) = documents_from_text(text, "s.txt")
    sents = split_sentences(doc)
    assert [s.text for s in sents] == ["河畔小城", "民警赶到现场。", "“请大家让一让！”", "他说。", "群众纷纷让路？", "是的"]
    for i, s in enumerate(sents):
        assert s.index == i
        assert doc.text[s.start:s.end] == s.text
        assert len(s.norm) == len(s.text)


def test_split_sentences_norm_is_normalised():
    (doc,) = documents_from_text("标题\n\n截至２０２４年，陳某說明情況。\n", "s.txt")
    (_, s) = split_sentences(doc)  # the headline, then the body
    assert s.text == "截至２０２４年，陳某說明情況。"
    assert s.norm == "截至2024年，陈某说明情况。"


def test_normalize_leaves_simplified_text_with_ambiguous_characters_alone():
    assert normalize("吉林省松原市乾安县民警於雨桐") == "吉林省松原市乾安县民警於雨桐"


def test_split_sentences_decides_traditional_once_per_document():
    (doc,) = documents_from_text("標題\n\n陳某說明情況。乾淨。\n", "s.txt")
    assert [s.norm for s in split_sentences(doc)] == ["标题", "陈某说明情况。", "干净。"]


def test_jieba_cache_lives_in_a_private_directory(tmp_path, monkeypatch):
    import os
    import stat
    import tempfile

    from kg.nlp import _private_cache_dir

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    d = _private_cache_dir()
    assert d.startswith(str(tmp_path)) and not os.stat(d).st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    os.chmod(d, 0o777)  # someone opened it up: not trusted any more
    assert _private_cache_dir() != d


def test_tokens_skip_the_repairs_only_where_there_is_nothing_to_repair(monkeypatch):
    """A text with no Han character beyond jieba's range and no ``·`` takes jieba's words as
    they are; the words are those of the repairing path, and the repairs still happen."""
    import random
    import re

    from kg import nlp

    rng = random.Random(9)
    pool = "王明李华公安局派出所民警·，。 abc12䶮𬘭鿖丽"
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    fast = [nlp._tokens.__wrapped__(t) for t in texts]
    monkeypatch.setattr(nlp, "_REPAIRED", re.compile("."))  # every text through the repairs
    assert fast == [nlp._tokens.__wrapped__(t) for t in texts]
    assert nlp._tokens.__wrapped__("陈䶮说")[0][0] == "陈䶮"
    assert any(w == "买买提·艾力" for w, _, _ in nlp._tokens.__wrapped__("买买提·艾力说"))


def test_a_short_traditional_text_with_few_traditional_forms_is_traditional():
    # 6 of its 35 Han characters are traditional forms (under the 20% share), and none is a
    # simplified form: the text is traditional
    from kg.nlp import is_traditional

    assert is_traditional("民警獲表彰\n\n浙江省杭州市公安局西湖分局民警張偉被浙江省公安廳記個人二等功。")
    assert not is_traditional("据台湾媒体报道，民警張偉獲表彰，个人二等功由公安厅记。这是他们第三次获奖。")



def test_a_full_stop_after_a_numeral_opening_a_row_is_no_name_dot():
    # 一．王建军，男，…: a numbered row (a full stop between Han characters is no dot; breaker: the person was lost)
    from kg.nlp import normalize

    assert normalize("一．柯远舟，男") == "一．柯远舟，男" and normalize("民警柯远舟.柯远帆赶到") == "民警柯远舟.柯远帆赶到"


_TAG_READS = r"""
import sys
import jieba

reads = []
real = jieba.Tokenizer.get_dict_file


def counted(self):
    caller = sys._getframe(1)
    if caller.f_code.co_name == "__init__" and type(caller.f_locals.get("self")).__name__ == "POSTokenizer":
        reads.append(self.dictionary)
    return real(self)


jieba.Tokenizer.get_dict_file = counted
from kg.lexicon import user_dictionary
from kg.nlp import tokenizer

pos = tokenizer()
read = len(reads)
import jieba.posseg

fresh = jieba.posseg.POSTokenizer(jieba.Tokenizer())
fresh.word_tag_tab.update((w, t) for w, _, t in user_dictionary() if t)
print(read, pos.word_tag_tab == fresh.word_tag_tab, pos.word_tag_tab is not jieba.posseg.dt.word_tag_tab)
"""


def test_the_dictionarys_tags_are_read_once_per_process():
    """Issue 9: importing jieba.posseg reads the dictionary's tags for jieba's global tokenizer
    (about 0.25 s); kg.nlp.tokenizer copies that fresh table for its own tokenizer of the same
    dictionary instead of reading the file again (every kg command and --jobs build starts so).
    The tags are those of a POSTokenizer that reads them, with the lexicons' words."""
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-c", _TAG_READS], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.split()
    assert out == ["1", "True", "True"], out


def test_simplified_count_reads_the_text_once():
    """``_simplified_count`` counts the simplified characters of a text in one pass (a
    ``str.count`` per character read a page of megabytes again for each of them), with the count
    that reading gave: 说 们 这 里 远 count, traditional forms (國 後), characters OpenCC leaves alone
    and punctuation do not."""
    from kg.nlp import _HAN_RE, _TRADITIONAL, _changed_by, _simplified_count, _traditional_in

    class NoCount(str):
        def count(self, *args):
            raise AssertionError("read again for one character")

    text = "江城市公安局民警柯远舟说，這個國家的後來们这里。" * 3
    _traditional_in(text)  # (the traditional forms are judged first, as is_traditional does)
    want = sum(text.count(c) for c in set(text) if _HAN_RE.match(c) and _changed_by("s2t", c) and c not in _TRADITIONAL)
    assert want == 5 * 3  # 说 们 这 里 远, once in each of the three copies
    assert _simplified_count(NoCount(text)) == _simplified_count(text) == want
