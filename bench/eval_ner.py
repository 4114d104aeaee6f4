"""Mention-level NER evaluation of Tupu's extractors against public gold sets.

Reports exact-span precision / recall / F1 per type (and micro) on

* CLUENER2020 dev (JSON lines, ``{"text", "label": {type: {mention: [[start, end_incl]]}}}``)
  for ``name``, ``government``, ``position``, ``address`` (plus ``organization`` and
  ``government+organization`` as extra rows, outside the micro average);
* People's Daily dev (one ``char tag`` per line, BIO, blank line between sentences) for
  ``PER``, ``LOC``, ``ORG``;

for three systems on the same sentences:

* ``tupu``: the project's extractors (``kg.extract.base.extract_document``), each sentence
  run as a one-sentence :class:`kg.types.Document` built directly (``char_map`` = identity,
  so mention offsets are offsets into the sentence);
* ``jieba``: ``jieba.posseg`` with a fresh default ``jieba.Tokenizer`` (no project lexicons),
  tags ``nr*`` → person, ``ns*`` → place, ``nt*`` → organization / government; it has no
  position tag;
* ``tagger``: the statistical mention tagger alone (:func:`kg.tagger.tag_mentions`, the
  shipped CRF trained on CLUENER2020 train), spans of confidence ≥ ``--tagger-threshold``
  (default 0: every span). Its ORG does not tell government from organization or company:
  on CLUENER it is scored only in the ``gov+org`` row (where its companies count as false
  hits) and the ``gov+org+co`` row (government ∪ organization ∪ company gold, the classes it
  was trained on); its government and organization rows are empty.

Type mapping (ours → gold):

==============  ====================================================  ==========
gold type       Tupu                                                  jieba
==============  ====================================================  ==========
name / PER      Person mentions                                       nr, nrfg, nrt
government      Organization with ``kind`` in police, party, court,   nt
                procuratorate, gov
organization    other Organizations (``kind`` org or none)            (none)
gov+org         all Organizations vs. government ∪ organization gold  nt
gov+org+co      all Organizations vs. government ∪ organization ∪     nt
                company gold
position        ``position`` statements: the post literal located     (none)
                in the sentence (nearest occurrence ending at or
                before the person, else the nearest after it)
address / LOC   Place mentions                                        ns
ORG             all Organizations                                     nt
==============  ====================================================  ==========

Span policy (``--spans``), applied to predictions only (the gold sets are flat): ``outer``
(default) drops a predicted span strictly inside another predicted span of any type (a chain
浙江省 / 浙江省杭州市 keeps the longest; the place 杭州市 inside the unit 杭州市公安局 is dropped);
``raw`` keeps every mention; ``merged`` additionally joins predicted spans of the same type
that touch (浙江省 + 杭州市 → 浙江省杭州市), which matches CLUENER's "longest address" rule.

Usage::

    .venv/bin/python bench/eval_ner.py [--cluener PATH] [--pd PATH] [--limit N]
        [--workers 2] [--spans outer|raw|merged] [--errors K] [--json OUT]
        [--tagger-threshold T] [--thresholds 0.5,0.7,0.9]
    .venv/bin/python bench/eval_ner.py --speed DIR   # tagger vs jieba.cut, characters/second

``--thresholds`` adds, per data set, the tagger's precision / recall per label at each
confidence threshold (a span is kept when its confidence is at least the threshold).

Defaults for the data point to ``../shared/ner/`` next to the repository; the project does
not need them at run time.
"""
from __future__ import annotations

import os
import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CLUENER = REPO.parent / "shared" / "ner" / "cluener2020" / "dev.json"
DEFAULT_PD = REPO.parent / "shared" / "ner" / "peoples_daily" / "example.dev"

CLUENER_TYPES = ("name", "government", "position", "address")
CLUENER_EXTRA = ("organization", "gov+org", "gov+org+co")
PD_TYPES = ("PER", "LOC", "ORG")
GOV_KINDS = frozenset({"police", "party", "court", "procuratorate", "gov"})

Span = tuple[str, int, int]  # (type, start, end) — end exclusive


# ----------------------------------------------------------------------------- readers
def read_cluener(path: str | Path, limit: int | None = None) -> list[tuple[str, set[Span]]]:
    """Read CLUENER JSON lines into ``[(text, {(type, start, end_exclusive)})]``.

    Raises:
        ValueError: a span whose text differs from the labelled mention.
    """
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"]
            spans: set[Span] = set()
            for typ, mentions in (rec.get("label") or {}).items():
                for surface, offsets in mentions.items():
                    for s, e in offsets:
                        if text[s:e + 1] != surface:
                            raise ValueError(f"{path}:{n}: span {s}-{e} is {text[s:e + 1]!r}, not {surface!r}")
                        spans.add((typ, s, e + 1))
            out.append((text, spans))
            if limit and len(out) >= limit:
                break
    return out


def bio_spans(tags: list[str]) -> set[Span]:
    """Spans of a BIO tag sequence (an ``I-X`` without a preceding ``B-X``/``I-X`` opens a span);
    the same reading as the tagger's own :func:`kg.tagger.spans_of`."""
    from kg.tagger import spans_of

    return {(t, a, b) for a, b, t in spans_of(tags)}


def read_bio(path: str | Path, limit: int | None = None) -> list[tuple[str, set[Span]]]:
    """Read a char-per-line BIO file (blank line between sentences) into ``[(text, spans)]``."""
    out = []
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        if chars:
            out.append(("".join(chars), bio_spans(tags)))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                if limit and len(out) >= limit:
                    return out
                continue
            ch, sep, tag = line.rpartition(" ")
            if not sep or len(ch) != 1:
                raise ValueError(f"{path}:{n}: expected 'char tag', got {line!r}")
            chars.append(ch)
            tags.append(tag)
    flush()
    return out[:limit] if limit else out


# ----------------------------------------------------------------------------- scoring
def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f}


def score(gold: list[set[Span]], pred: list[set[Span]], types: tuple[str, ...],
          extra: tuple[str, ...] = ()) -> dict[str, dict]:
    """Exact-span P/R/F1 per type, plus ``micro`` over ``types`` (``extra`` types get rows only).

    Args:
        gold: per sentence, the gold spans ``(type, start, end)``.
        pred: per sentence, the predicted spans (same length as ``gold``).
        types: types averaged in ``micro``.
        extra: types reported but left out of ``micro``.
    """
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    counts = {t: [0, 0, 0] for t in types + extra}
    for g, p in zip(gold, pred):
        for t, c in counts.items():
            gt = {s for s in g if s[0] == t}
            pt = {s for s in p if s[0] == t}
            c[0] += len(gt & pt)
            c[1] += len(pt - gt)
            c[2] += len(gt - pt)
    res = {t: prf(*c) for t, c in counts.items()}
    res["micro"] = prf(*(sum(counts[t][k] for t in types) for k in range(3)))
    return res


def errors(texts: list[str], gold: list[set[Span]], pred: list[set[Span]], types) -> dict[str, dict]:
    """Per type, Counters of false-negative and false-positive surfaces.

    A false positive overlapping a gold span of its type is marked ``boundary`` (its surface
    is shown as ``pred→gold``); otherwise ``spurious``.
    """
    out = {t: {"fn": Counter(), "fp": Counter(), "fp_boundary": 0, "fp_spurious": 0} for t in types}
    for text, g, p in zip(texts, gold, pred):
        for t in types:
            gt = {s for s in g if s[0] == t}
            pt = {s for s in p if s[0] == t}
            for _, s, e in gt - pt:
                out[t]["fn"][text[s:e]] += 1
            for _, s, e in pt - gt:
                over = [(gs, ge) for _, gs, ge in gt if gs < e and s < ge]
                if over:
                    out[t]["fp_boundary"] += 1
                    out[t]["fp"][f"{text[s:e]}→{text[over[0][0]:over[0][1]]}"] += 1
                else:
                    out[t]["fp_spurious"] += 1
                    out[t]["fp"][text[s:e]] += 1
    return out


def outer(spans: set[Span]) -> set[Span]:
    """Flatten: drop spans strictly inside another span (of any type), as the gold sets are flat."""
    return {a for a in spans
            if not any(b[1] <= a[1] and a[2] <= b[2] and (b[1], b[2]) != (a[1], a[2]) for b in spans)}


def merged(spans: set[Span]) -> set[Span]:
    """:func:`outer`, then join spans of the same type that touch or overlap."""
    out: set[Span] = set()
    by_type = defaultdict(list)
    for t, s, e in outer(spans):
        by_type[t].append((s, e))
    for t, lst in by_type.items():
        lst.sort()
        cs, ce = lst[0]
        for s, e in lst[1:]:
            if s <= ce:
                ce = max(ce, e)
            else:
                out.add((t, cs, ce))
                cs, ce = s, e
        out.add((t, cs, ce))
    return out


POLICIES = {"raw": lambda s: set(s), "outer": outer, "merged": merged}


# ----------------------------------------------------------------------------- systems
_EXTRACTORS = None
_JIEBA = None
_TAGGER_MODEL = None  # None: the shipped model


def _init_worker():
    global _EXTRACTORS, _JIEBA
    import logging

    import jieba
    import jieba.posseg

    from kg.extract.base import load_extractors
    from kg.gazetteer import default_gazetteer
    from kg.pipeline import mention_extractors

    jieba.setLogLevel(logging.WARNING)
    _EXTRACTORS = load_extractors(mention_extractors(os.environ.get("TUPU_MENTIONS", "both")))
    default_gazetteer()
    tk = jieba.Tokenizer()
    tk.initialize()
    _JIEBA = jieba.posseg.POSTokenizer(tk)
    from kg.tagger import load_tagger

    load_tagger(_TAGGER_MODEL)


def _post_span(norm: str, post: str, person_start: int, person_end: int) -> tuple[int, int] | None:
    """The occurrence of ``post`` nearest before the person (ending at or before its start), else after."""
    best = None
    i = norm.find(post)
    while i >= 0:
        if i + len(post) <= person_start:
            d = person_start - (i + len(post))
        elif i >= person_end:
            d = 1000 + i - person_end  # after the person: only if none before
        else:
            d = None
        if d is not None and (best is None or d < best[0]):
            best = (d, i)
        i = norm.find(post, i + 1)
    return (best[1], best[1] + len(post)) if best else None


def tupu_mentions(text: str) -> list[tuple[str, int, int, str]]:
    """Run the extractors on ``text`` as a one-sentence document.

    Returns:
        ``[(kind, start, end, extra)]`` with kind ``Person``, ``Organization`` (extra = its
        ``kind`` attr), ``Place``, ``Honor`` or ``post`` (extra = the post literal).
    """
    from kg.extract.base import extract_document
    from kg.nlp import normalize
    from kg.types import Document

    if _EXTRACTORS is None:
        _init_worker()
    body = text.replace("\n", " ")
    doc = Document("eval-1", "eval.txt", "", (), body, tuple(range(len(body))), ())
    ctx = extract_document(doc, _EXTRACTORS)
    out = []
    for m in ctx.mentions:
        if m.end <= m.start:
            continue  # bylines
        out.append((m.cls, m.start, m.end, dict(m.attrs).get("kind", "")))
    norm = normalize(body)
    for st in ctx.statements:
        if st.predicate == "position" and isinstance(st.object, str):
            span = _post_span(norm, st.object, st.subject.start, st.subject.end)
            if span:
                out.append(("post", span[0], span[1], st.object))
    return out


def jieba_tags(text: str) -> list[tuple[str, int, int]]:
    """``[(flag, start, end)]`` of jieba's tokens tagged nr*, ns* or nt*."""
    if _JIEBA is None:
        _init_worker()
    out = []
    pos = 0
    for w, flag in _JIEBA.cut(text, HMM=True):
        if flag[:2] in ("nr", "ns", "nt"):
            out.append((flag[:2], pos, pos + len(w)))
        pos += len(w)
    return out


def tagger_spans(text: str) -> list[tuple[str, int, int, float]]:
    """``[(label, start, end, confidence)]`` of the CRF tagger on ``text`` (no threshold)."""
    from kg.tagger import tag_mentions

    return [(s.label, s.start, s.end, s.confidence) for s in tag_mentions(text, _TAGGER_MODEL)]


def _both(text: str):
    return tupu_mentions(text), jieba_tags(text), tagger_spans(text)


def to_cluener(ours, jb) -> tuple[set[Span], set[Span]]:
    p: set[Span] = set()
    for cls, s, e, extra in ours:
        if cls == "Person":
            p.add(("name", s, e))
        elif cls == "Place":
            p.add(("address", s, e))
        elif cls == "post":
            p.add(("position", s, e))
        elif cls == "Organization":
            p.add(("government" if extra in GOV_KINDS else "organization", s, e))
    j: set[Span] = set()
    for flag, s, e in jb:
        t = {"nr": "name", "ns": "address", "nt": "government"}[flag]
        j.add((t, s, e))
    return p, j


def to_pd(ours, jb) -> tuple[set[Span], set[Span]]:
    m = {"Person": "PER", "Place": "LOC", "Organization": "ORG"}
    p = {(m[cls], s, e) for cls, s, e, _ in ours if cls in m}
    j = {({"nr": "PER", "ns": "LOC", "nt": "ORG"}[flag], s, e) for flag, s, e in jb}
    return p, j


def with_gov_org(spans: set[Span]) -> set[Span]:
    """Add a ``gov+org`` copy of every government and organization span (CLUENER)."""
    return spans | {("gov+org", s, e) for t, s, e in spans if t in ("government", "organization")}


def with_any_org(spans: set[Span]) -> set[Span]:
    """:func:`with_gov_org`, plus a ``gov+org+co`` copy of every government, organization and company span."""
    return with_gov_org(spans) | {("gov+org+co", s, e) for t, s, e in spans
                                  if t in ("government", "organization", "company")}


def tagger_cluener(tg, threshold: float = 0.0) -> set[Span]:
    """Tagger spans → CLUENER types (ORG → ``gov+org`` and ``gov+org+co`` only)."""
    m = {"PER": ("name",), "LOC": ("address",), "POST": ("position",), "ORG": ("gov+org", "gov+org+co")}
    return {(t, s, e) for lab, s, e, c in tg if c >= threshold for t in m[lab]}


def tagger_pd(tg, threshold: float = 0.0) -> set[Span]:
    """Tagger spans → People's Daily types (POST is dropped)."""
    return {(lab, s, e) for lab, s, e, c in tg if c >= threshold and lab in PD_TYPES}


# ----------------------------------------------------------------------------- driver
def run_systems(texts: list[str], workers: int) -> list:
    if workers > 1:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(workers, initializer=_init_worker) as pool:
            return pool.map(_both, texts, chunksize=16)
    _init_worker()
    return [_both(t) for t in texts]


def evaluate(name: str, data, convert, types, extra, policy, workers, n_errors,
             tagger_threshold: float = 0.0, thresholds: tuple[float, ...] = ()):
    texts = [t for t, _ in data]
    t0 = time.perf_counter()
    raw = run_systems(texts, workers)
    elapsed = time.perf_counter() - t0
    cluener = convert is to_cluener
    derive = with_any_org if cluener else (lambda x: x)
    to_tagger = tagger_cluener if cluener else tagger_pd
    gold = [derive(g) for _, g in data]
    pol = POLICIES[policy]
    ours, jb, tg = [], [], []
    for o, j, t in raw:
        p, q = convert(o, j)
        ours.append(derive(pol(p)))
        jb.append(derive(pol(q)))
        tg.append(to_tagger(t, tagger_threshold))
    tagger_types = (("name", "address", "position", "gov+org", "gov+org+co") if cluener else PD_TYPES)
    res = {
        "dataset": name, "sentences": len(data), "seconds": round(elapsed, 1), "spans": policy,
        "gold_counts": dict(Counter(t for g in gold for t, _, _ in g)),
        "tupu": score(gold, ours, types, extra),
        "jieba": score(gold, jb, types, extra),
        "tagger": score(gold, tg, types, extra),
        "tagger_threshold": tagger_threshold,
    }
    # rows the tagger cannot produce (it has one ORG label) are blanked, not scored as 0
    for t in res["tagger"]:
        if t not in tagger_types and t != "micro":
            res["tagger"][t] = None
    if thresholds:
        res["tagger_thresholds"] = {
            str(th): score(gold, [to_tagger(t, th) for _, _, t in raw], types, extra) for th in thresholds}
    if n_errors:
        err = errors(texts, gold, ours, types + extra)
        res["tupu_errors"] = {t: {"fn": e["fn"].most_common(n_errors), "fp": e["fp"].most_common(n_errors),
                                  "fp_boundary": e["fp_boundary"], "fp_spurious": e["fp_spurious"]}
                              for t, e in err.items()}
    return res


def format_table(res: dict) -> str:
    lines = [f"{res['dataset']}: {res['sentences']} sentences, {res['seconds']} s (all systems), spans={res['spans']}"
             f" (tagger: raw spans, confidence >= {res.get('tagger_threshold', 0)})",
             f"{'type':<14}{'gold':>6} | {'tupu P':>7}{'R':>7}{'F1':>7}{'pred':>6} | {'jieba P':>8}{'R':>7}{'F1':>7}{'pred':>6}"
             f" | {'tagger P':>9}{'R':>7}{'F1':>7}{'pred':>6}"]

    def cols(x, w):
        if x is None:
            return f"{'–':>{w}}{'':>7}{'':>7}{'':>6}"
        return f"{x['p']:>{w}.3f}{x['r']:>7.3f}{x['f1']:>7.3f}{x['tp'] + x['fp']:>6}"

    for t, a in res["tupu"].items():
        gold = a["tp"] + a["fn"]
        lines.append(f"{t:<14}{gold:>6} | {cols(a, 7)} | {cols(res['jieba'][t], 8)} | {cols(res['tagger'].get(t), 9)}")
    for th, sc in (res.get("tagger_thresholds") or {}).items():
        lines.append(f"  tagger at confidence >= {th}: " + ", ".join(
            f"{t} P {x['p']:.3f} R {x['r']:.3f}" for t, x in sc.items()
            if res["tagger"].get(t) is not None or t == "micro"))
    for t, e in (res.get("tupu_errors") or {}).items():
        lines.append(f"  [{t}] FN: " + ", ".join(f"{s}×{c}" for s, c in e["fn"]))
        lines.append(f"  [{t}] FP ({e['fp_boundary']} boundary, {e['fp_spurious']} spurious): "
                     + ", ".join(f"{s}×{c}" for s, c in e["fp"]))
    return "\n".join(lines)


def speed(folder: str, repeat: int = 3) -> int:
    """Print characters/second of :func:`kg.tagger.tag_mentions` and ``jieba.cut`` on the same sentences.

    The ``*.txt`` files of ``folder`` are cut into sentences (at 。！？ and line ends); each
    system runs over all of them ``repeat`` times after one warm-up sentence, the best time counts.
    """
    import logging
    import re

    import jieba

    from kg.tagger import tag_mentions

    files = sorted(Path(folder).glob("*.txt"))
    if not files:
        print(f"error: {folder}: no .txt files", file=sys.stderr)
        return 2
    sents = [s for f in files for s in re.findall(r"[^。！？\n]+[。！？]*", f.read_text(encoding="utf-8")) if s.strip()]
    chars = sum(len(s) for s in sents)
    jieba.setLogLevel(logging.WARNING)
    list(jieba.cut("预热"))
    tag_mentions("预热", _TAGGER_MODEL)

    def best(fn):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for s in sents:
                fn(s)
            times.append(time.perf_counter() - t0)
        return min(times)

    tj = best(lambda s: list(jieba.cut(s)))
    tt = best(lambda s: tag_mentions(s, _TAGGER_MODEL))
    print(f"{len(files)} files, {len(sents)} sentences, {chars:,} characters")
    print(f"jieba.cut:    {chars / tj:>10,.0f} chars/s ({tj:.3f} s)")
    print(f"tag_mentions: {chars / tt:>10,.0f} chars/s ({tt:.3f} s)")
    print(f"tagger / jieba speed ratio: {tj / tt:.2f} (tagger takes {tt / tj:.2f}× jieba's time)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cluener", default=str(DEFAULT_CLUENER), help="CLUENER2020 dev.json (JSON lines)")
    ap.add_argument("--pd", default=str(DEFAULT_PD), help="People's Daily example.dev (char-per-line BIO)")
    ap.add_argument("--only", choices=("cluener", "pd"), help="evaluate one data set")
    ap.add_argument("--limit", type=int, help="first N sentences of each set")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--mentions", choices=["both", "rules"], default="both",
                    help="Tupu's mention source: rules and tagger (as shipped) or the rules alone")
    ap.add_argument("--spans", choices=tuple(POLICIES), default="outer")
    ap.add_argument("--errors", type=int, default=0, metavar="K", help="show the top K FN / FP surfaces per type")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON ('-' for stdout)")
    ap.add_argument("--tagger-model", metavar="PATH", help="a tagger model other than the shipped one")
    ap.add_argument("--tagger-threshold", type=float, default=0.0, metavar="T",
                    help="keep tagger spans of confidence >= T in the main table (default 0)")
    ap.add_argument("--thresholds", default="", metavar="T1,T2,…",
                    help="also report the tagger's P/R per label at these confidence thresholds")
    ap.add_argument("--speed", metavar="DIR", help="only time the tagger against jieba.cut on DIR/*.txt")
    args = ap.parse_args(argv)
    os.environ["TUPU_MENTIONS"] = args.mentions  # read by the worker initialiser
    global _TAGGER_MODEL
    _TAGGER_MODEL = args.tagger_model
    if args.speed:
        return speed(args.speed)
    thresholds = tuple(float(x) for x in args.thresholds.split(",") if x.strip())

    jobs = []
    if args.only in (None, "cluener"):
        jobs.append(("CLUENER2020 dev", args.cluener, read_cluener, to_cluener, CLUENER_TYPES, CLUENER_EXTRA))
    if args.only in (None, "pd"):
        jobs.append(("People's Daily dev", args.pd, read_bio, to_pd, PD_TYPES, ()))
    for name, path, *_ in jobs:
        if not Path(path).is_file():
            print(f"error: {name} data not found at {path}; pass its path with "
                  f"{'--cluener' if 'CLUENER' in name else '--pd'}", file=sys.stderr)
            return 2
    results = []
    for name, path, reader, convert, types, extra in jobs:
        data = reader(path, args.limit)
        res = evaluate(name, data, convert, types, extra, args.spans, args.workers, args.errors,
                       args.tagger_threshold, thresholds)
        results.append(res)
        print(format_table(res), end="\n\n", flush=True)
    if args.json:
        text = json.dumps(results, ensure_ascii=False, indent=1)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    from kg.errors import KGError

    try:
        sys.exit(main())
    except KGError as exc:  # e.g. a missing or broken --tagger-model
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
