"""kg/tagger.py (the CRF mention tagger) and scripts/train_tagger.py, on invented sentences."""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

from kg import tagger as T
from kg.errors import KGError
from kg.types import Sentence

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "ner" / "cluener_train_tiny.json"


@pytest.fixture(scope="module")
def train_script():
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "scripts" / "train_tagger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, train_script):
    out = tmp_path_factory.mktemp("model") / "tiny.crfsuite"
    assert train_script.main([str(TINY), "-o", str(out), "--iterations", "60", "--c1", "0", "--minfreq", "1"]) == 0
    return out


def found(text: str, spans) -> set[tuple[str, str]]:
    return {(s.label, s.text_of(text)) for s in spans}


# ----------------------------------------------------------------------------- training script
def test_read_cluener_maps_labels_to_bio(train_script):
    data = train_script.read_cluener(TINY)
    text, tags = data[0]
    assert text.startswith("青河市公安局局长周明远")
    assert tags[:6] == ["B-ORG"] + ["I-ORG"] * 5
    assert tags[6:8] == ["B-POST", "I-POST"]
    assert tags[8:11] == ["B-PER", "I-PER", "I-PER"]
    company = dict(data)["绿源科技有限公司位于西江省云台市。"]
    assert company[:8] == ["B-ORG"] + ["I-ORG"] * 7  # company → ORG
    assert company[10:16] == ["B-LOC"] + ["I-LOC"] * 5
    assert set(dict(data)["今天的天气很好。"]) == {"O"}


def test_training_on_a_tiny_set_gives_a_model_that_tags(tiny_model):
    text = "民警钱晓峰和李文静赶到现场。"
    spans = T.tag_mentions(text, tiny_model)
    assert ("PER", "钱晓峰") in found(text, spans)
    assert all(0 < s.confidence <= 1 for s in spans)


def test_training_is_byte_for_byte_deterministic(tmp_path, train_script):
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    for out in (a, b):
        assert train_script.main([str(TINY), "-o", str(out), "--iterations", "30"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_training_script_rejects_a_missing_file(tmp_path, train_script, capsys):
    assert train_script.main([str(tmp_path / "nope.json"), "-o", str(tmp_path / "m")]) == 2
    assert "no such file" in capsys.readouterr().err


# ----------------------------------------------------------------------------- shipped model
def test_the_shipped_model_is_small_and_opens():
    path = T.default_model_path()
    assert path.is_file() and path.stat().st_size < 3_000_000
    assert T.load_tagger() is T.load_tagger()  # cached


@pytest.mark.parametrize("text, label, mention", [
    ("民警艾力江·吐尔逊在现场", "PER", "艾力江·吐尔逊"),
    ("王建国院长表示，工作要落实。", "PER", "王建国"),
    ("江城市食品药品检验研究院发布了抽检结果。", "ORG", "江城市食品药品检验研究院"),
])
def test_the_shipped_model_finds_invented_mentions(text, label, mention):
    assert (label, mention) in found(text, T.tag_mentions(text))


def test_offsets_slice_back_to_the_given_text():
    text = "据悉，ＸＸ市公安局副局长王建國與民警艾力江·吐尔逊在江城市食品药品检验研究院调查。"
    spans = T.tag_mentions(text)
    assert spans
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text_of(text) == text[s.start:s.end]
    # full-width and traditional characters are tagged like their normalised forms
    from kg.nlp import normalize

    assert spans == T.tag_mentions(normalize(text))


def test_same_text_same_spans():
    text = "王建国院长表示，江城市食品药品检验研究院将配合调查。"
    first = T.tag_mentions(text)
    T.tag_mentions("另一句话，李文静在现场。")
    assert T.tag_mentions(text) == first
    T.load_tagger.cache_clear()
    assert T.tag_mentions(text) == first


def test_empty_text():
    assert T.tag_mentions("") == []


def test_tag_sentence_applies_thresholds_and_labels():
    text = "王建国院长表示，江城市食品药品检验研究院将配合调查。"
    sent = Sentence(0, 10, 10 + len(text), text, text)
    every = T.tag_mentions(text)
    assert T.tag_sentence(sent, 0.0) == every
    assert T.tag_sentence(sent, 1.01) == []
    assert all(s.label == "PER" for s in T.tag_sentence(sent, 0.0, labels=("PER",)))
    default = T.tag_sentence(sent)
    assert all(s.confidence >= T.DEFAULT_THRESHOLDS[s.label] for s in default)


def test_tagged_span_is_frozen():
    s = T.TaggedSpan(0, 2, "PER", 0.9)
    with pytest.raises(AttributeError):
        s.start = 1


def test_spans_of_bio():
    assert T.spans_of(["B-PER", "I-PER", "O", "I-ORG", "B-LOC", "B-LOC", "I-LOC"]) == [
        (0, 2, "PER"), (3, 4, "ORG"), (4, 5, "LOC"), (5, 7, "LOC")]


# ----------------------------------------------------------------------------- errors
def test_a_missing_model_is_a_project_error(tmp_path):
    with pytest.raises(T.TaggerError, match="tagger model not found") as exc:
        T.tag_mentions("王建国院长表示", tmp_path / "missing.crfsuite")
    assert isinstance(exc.value, KGError)


def test_a_corrupt_model_is_a_project_error(tmp_path, tiny_model):
    junk = tmp_path / "junk.crfsuite"
    junk.write_bytes(b"not a model at all" * 10)
    with pytest.raises(T.TaggerError, match="not a CRFsuite model"):
        T.load_tagger(junk)
    # a truncated model would crash CRFsuite itself: it is caught before it is opened
    cut = tmp_path / "cut.crfsuite"
    cut.write_bytes(tiny_model.read_bytes()[:200])
    with pytest.raises(T.TaggerError, match="truncated"):
        T.load_tagger(cut)
    flipped = bytearray(tiny_model.read_bytes())
    flipped[30] ^= 0x55  # a chunk offset
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(bytes(flipped))
    with pytest.raises(T.TaggerError, match="broken"):
        T.load_tagger(bad)


def test_features_read_the_surname_and_suffix_lists():
    feats = T.features("王建国在江城市公安局")
    assert "sn0" in feats[0] and "sn-1" in feats[1]
    assert "end0=org" in feats[-1] and "end1=org" in feats[-2]
    assert "end0=loc" in feats[6]
    assert "t0=M" in T.features("·")[0]


# ----------------------------------------------------------------------------- bench
def test_bench_maps_tagger_spans():
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "bench" / "eval_ner.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    tg = [("PER", 0, 2, 0.95), ("ORG", 3, 9, 0.5), ("POST", 9, 11, 0.99), ("LOC", 12, 15, 0.8)]
    assert ev.tagger_cluener(tg) == {("name", 0, 2), ("gov+org", 3, 9), ("gov+org+co", 3, 9),
                                     ("position", 9, 11), ("address", 12, 15)}
    assert ev.tagger_cluener(tg, 0.9) == {("name", 0, 2), ("position", 9, 11)}
    assert ev.tagger_pd(tg) == {("PER", 0, 2), ("ORG", 3, 9), ("LOC", 12, 15)}
    assert ev.with_any_org({("company", 0, 2), ("government", 3, 5)}) == {
        ("company", 0, 2), ("gov+org+co", 0, 2), ("government", 3, 5), ("gov+org", 3, 5), ("gov+org+co", 3, 5)}


def test_damaged_model_body_is_refused_not_a_crash(tmp_path):
    """CRFsuite segfaults on a damaged body that passes the header checks: the digest catches it."""
    import shutil

    from kg.tagger import TaggerError, default_model_path, load_tagger

    src = default_model_path()
    model = tmp_path / "tagger.crfsuite"
    shutil.copy(src, model)
    shutil.copy(src.with_name(src.name + ".sha256"), tmp_path / "tagger.crfsuite.sha256")
    data = bytearray(model.read_bytes())
    data[100000:100016] = b"\xff" * 16
    model.write_bytes(bytes(data))
    with pytest.raises(TaggerError, match="damaged"):
        load_tagger(str(model))


def _features_by_definition(text: str) -> list[list[str]]:
    """The CRF features spelt out a character at a time (the model was trained on these)."""
    from kg.nlp import normalize

    norm = normalize(text)
    n = len(norm)
    single, compound = T._surnames()
    suffixes = T._suffixes()
    ch = lambda i: norm[i] if 0 <= i < n else ("^2", "^1")[i + 2] if i < 0 else ("$1", "$2")[i - n]  # noqa: E731
    ty = lambda i: T._char_type(norm[i]) if 0 <= i < n else "B" if i < 0 else "E"  # noqa: E731
    ends = ["+".join(sorted({kind for w, kind in suffixes.items() if norm[:i + 1].endswith(w)})) for i in range(n)]
    rows = [["bias", "c-2=" + ch(i - 2), "c-1=" + ch(i - 1), "c0=" + ch(i), "c1=" + ch(i + 1), "c2=" + ch(i + 2),
             "b-1=" + ch(i - 1) + ch(i), "b1=" + ch(i) + ch(i + 1), "b-2=" + ch(i - 2) + ch(i - 1),
             "b2=" + ch(i + 1) + ch(i + 2), "t0=" + ty(i), "t=" + ty(i - 1) + ty(i) + ty(i + 1)] for i in range(n)]
    for i in range(n):
        if norm[i] in single:
            rows[i].append("sn0")
            if i + 1 < n:
                rows[i + 1].append("sn-1")
            if i + 2 < n:
                rows[i + 2].append("sn-2")
        if i + 1 < n and norm[i:i + 2] in compound:
            rows[i].append("csn0")
            rows[i + 1].append("csn-1")
        if ends[i]:
            rows[i].append("end0=" + ends[i])
            if i:
                rows[i - 1].append("end1=" + ends[i])
            if i + 1 < n:
                rows[i + 1].append("end-1=" + ends[i])
    return rows


def test_features_and_crf_items_follow_the_definition():
    """What CRFsuite is given (``_items``, built by maps and zips) and :func:`features` are the
    features spelt out character by character, names and order alike (order changes sums)."""
    import random

    rng = random.Random(5)
    pool = "王李欧阳司马张某市公安局派出所大队支队县区乡镇村省委员会·，。 abc12３Ａ「」廣陳"
    texts = ["", "王", "欧阳", "王某某", "台州市公安局"] + \
        ["".join(rng.choice(pool) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    for text in texts:
        expected = _features_by_definition(text)
        assert T.features(text) == expected, text
        assert T._items(text) == [tuple(row) for row in expected], text


def test_a_sentence_met_again_is_not_tagged_again(monkeypatch):
    """tag_mentions keeps the spans of the sentences it tagged: the same text again gives the
    same spans (a new list) without running the CRF."""
    text = "一段只为这个测试写的句子：台州市公安局民警王某某说。"
    first = T.tag_mentions(text)
    monkeypatch.setattr(T, "load_tagger", lambda *a, **k: pytest.fail("tagged again"))
    again = T.tag_mentions(text)
    assert again == first and again is not first


# ----------------------------------------------------------------------------- scores in numpy
def _reference(tagger, text: str) -> tuple[list[str], list[list[float]]]:
    """pycrfsuite on the model file itself given :func:`kg.tagger._items`: the tags and every
    label's marginal at every position."""
    tagger.set(T._items(text))
    tags = tagger.tag()
    return tags, [[tagger.marginal(y, i) for y in tagger.labels()] for i in range(len(text))]


@functools.lru_cache(maxsize=2)
def _attribute_ids(model: str) -> dict[str, int]:
    """Attribute name → id in a model file's dictionary."""
    _, attrs, _ = T._model_parts(Path(model).read_bytes())
    return {a: i for i, a in enumerate(attrs)}


def _same_as_pycrfsuite(texts: list[str], model=None) -> int:
    """Tag ``texts`` (one batch, as :func:`kg.tagger.prepare` scores a document) through the
    derived tagger and check tags and marginals against :func:`_reference`, bit for bit, and
    the attribute ids against the names of :func:`kg.tagger._items`. Returns the texts checked."""
    from kg.nlp import normalize

    tagger = T.load_tagger(model)
    scorer = T._scorer(None if model is None else str(model))
    aid = _attribute_ids(str(model or T.default_model_path()))
    texts = [t for t in dict.fromkeys(texts) if t]
    norms = [normalize(t) for t in texts]
    ids = iter(scorer.attribute_ids(norms).tolist())
    for text, items in zip(texts, T._carried(scorer, norms)):
        for row in T._items(text):
            assert [x for x in next(ids) if x != scorer.zero] == [aid[a] for a in row if a in aid], text
        want = _reference(tagger, text)
        scorer.tagger.set(items)
        tags = scorer.tagger.tag()
        got = tags, [[scorer.tagger.marginal(y, i) for y in scorer.tagger.labels()] for i in range(len(text))]
        assert got == want, text
    return len(texts)


def _sentences_of(folder: Path) -> list[list[str]]:
    """Each article's sentence texts (``Sentence.norm``, what the extractor tags) under ``folder``."""
    from kg.ingest import read_text
    from kg.nlp import split_sentences
    from kg.pipeline import documents_from_text

    out = []
    for path in sorted(folder.rglob("*.txt")):
        for doc in documents_from_text(read_text(path), str(path)):
            out.append([s.norm for s in split_sentences(doc)])
    return out


@pytest.mark.parametrize("folder", ["tests/data/unseen/texts", "tests/data/invented/texts",
                                    "tests/data/identity/texts", "tests/data/identity2/texts", "../shared/corpus/dev"])
def test_tags_and_marginals_are_pycrfsuites_on_every_sentence(folder):
    """The numpy state scores and the derived model give the shipped model's tags and every
    label's marginal at every position, equal to the last bit, on every sentence of the test
    texts (and of the dev corpus beside the checkout, when there is one); of the 700-odd unseen
    articles every tenth, to keep the suite quick (all of them were checked when the path was
    written: bench/README.md)."""
    root = (ROOT / folder).resolve()
    if not root.is_dir():
        pytest.skip(f"{folder} is not here")
    docs = _sentences_of(root)
    if folder.endswith("unseen/texts"):
        docs = docs[::10]
    assert docs
    assert sum(_same_as_pycrfsuite(sentences) for sentences in docs) >= len(docs)


def test_tags_and_marginals_are_pycrfsuites_on_random_strings(tiny_model):
    """…and on random strings of surnames, name endings, pads-like characters (``^1``, ``$2``:
    the pads of _items are such pairs), digits, letters, spaces, full-width and traditional
    forms and astral characters; the shipped model and a tiny one alike. (A lone surrogate is
    left out: pycrfsuite cannot encode its feature names, the numpy path tags it.)"""
    import random

    rng = random.Random(11)
    pool = list("王李欧阳司马诸葛张某市公安局派出所大队支队县区乡镇村省委员会厅处科·•，。、 \t\n"
                "abcXYZ0129３Ａ「」廣陳^$12^^$$=+|") + ["^1", "^2", "$1", "$2", "😀", "𠀀", "\x00"]
    for model in (None, tiny_model):
        for _ in range(20):
            texts = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 60))) for _ in range(25)]
            assert _same_as_pycrfsuite(texts, model) == len(set(texts))


def test_prepared_and_single_texts_tag_alike():
    """tag_mentions gives the same spans whether the text was prepared with others or not."""
    texts = ["台州市公安局椒江分局民警王某某说。", "李明辉副局长和欧阳春到场。", "", "青河县人民法院"]
    T._tagged.cache_clear()
    alone = [T.tag_mentions(t) for t in texts]
    T._tagged.cache_clear()
    T.prepare(texts)
    assert [T.tag_mentions(t) for t in texts] == alone
    assert not T._PREPARED  # every prepared text was taken


def test_the_derived_model_is_a_whole_crfsuite_model_made_the_same_each_time():
    data = T.default_model_path().read_bytes()
    a, b = T._Scorer(data), T._Scorer(data)
    assert a.data == b.data and T._model_problem(a.data) is None
    labels, attrs, features = T._model_parts(a.data)
    assert labels == T.load_tagger().labels() and len(attrs) == len(T._model_parts(data)[1])
    state = features[features["type"] == 0]
    assert sorted(zip(state["src"].tolist(), state["dst"].tolist())) == [(k, k) for k in range(len(labels))]
    assert set(state["weight"].tolist()) == {1.0}


def test_item_stream_gives_the_dicts_of_zip_bit_for_bit():
    """The items CRFsuite is given, unpickled from one stream (``_ItemPickle``), equal the dicts
    ``dict(zip(carriers, row))`` would make: same keys in order, every float's bits (signed
    zeros, subnormals, infinities), and nothing for no rows."""
    import random
    import struct

    import numpy as np

    scorer = T._scorer(None)
    n = len(scorer.carriers)
    rng = random.Random(3)
    odd = [0.0, -0.0, 5e-324, -1e308, float("inf"), float("-inf"), 1 / 3]
    rows = np.array([[rng.choice(odd) if rng.random() < 0.3 else rng.uniform(-50, 50) for _ in range(n)]
                     for _ in range(200)])
    got = scorer._pickled.items(rows)
    want = [dict(zip(scorer.carriers, row)) for row in rows.tolist()]
    assert [list(d) for d in got] == [list(d) for d in want]
    assert [[struct.pack("<d", v) for v in d.values()] for d in got] == \
        [[struct.pack("<d", v) for v in d.values()] for d in want]
    assert scorer._pickled.items(np.zeros((0, n))) == []
