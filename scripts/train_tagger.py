"""Train the CRF mention tagger (``kg/data/tagger.crfsuite``) from CLUENER2020 train.

Usage::

    .venv/bin/python scripts/train_tagger.py ../shared/ner/cluener2020/train.json \\
        [-o kg/data/tagger.crfsuite] [--iterations 150] [--c1 0.3] [--c2 0.01] [--minfreq 2]

Input: CLUENER2020 JSON lines (``{"text", "label": {type: {mention: [[start, end_incl]]}}}``);
several files may be given and are read in the order given. Never pass an evaluation set
(CLUENER dev, People's Daily): ``bench/eval_ner.py`` scores on them.

Label mapping (CLUENER → tagger): ``name`` → PER; ``government``, ``organization``,
``company`` → ORG; ``address`` → LOC; ``position`` → POST; ``scene``, ``book``, ``game``,
``movie`` → O. Where labelled spans overlap, the longer one (then the earlier) wins.

Deterministic: sentences are used in file order, features come from
:func:`kg.tagger.features` in a fixed order, L-BFGS runs a fixed number of iterations with no
randomness; two runs on the same data write byte-identical model files (checked by
``--check``, which trains twice and compares).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.tagger import features  # noqa: E402

MAPPING = {"name": "PER", "government": "ORG", "organization": "ORG", "company": "ORG",
           "address": "LOC", "position": "POST"}
DEFAULTS = {"iterations": 150, "c1": 0.3, "c2": 0.01, "minfreq": 2}


def read_cluener(path: str | Path, scene: bool = False) -> list[tuple[str, list[str]]]:
    """CLUENER JSON lines → ``[(text, BIO tags)]`` with the tagger's labels.

    Raises:
        ValueError: a line that is not JSON, or a span whose text differs from its mention.
    """
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc})") from None
            text = rec["text"]
            spans = []
            for typ, mentions in sorted((rec.get("label") or {}).items()):
                label = "LOC" if scene and typ == "scene" else MAPPING.get(typ)
                for surface, offsets in sorted(mentions.items()):
                    for s, e in offsets:
                        if text[s:e + 1] != surface:
                            raise ValueError(f"{path}:{n}: span {s}-{e} is {text[s:e + 1]!r}, not {surface!r}")
                        if label:
                            spans.append((s, e + 1, label))
            tags = ["O"] * len(text)
            for s, e, label in sorted(spans, key=lambda x: (x[0] - x[1], x[0], x[2])):
                if all(t == "O" for t in tags[s:e]):
                    tags[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
            out.append((text, tags))
    return out


def train(paths: list[str], out: str | Path, iterations: int, c1: float, c2: float, minfreq: float,
          scene: bool = False, verbose: bool = False) -> dict:
    """Train on ``paths`` and write the model to ``out``.

    Returns:
        ``{"sentences", "seconds", "bytes", "sha256"}`` of the run.
    """
    import pycrfsuite

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    n = 0
    for path in paths:
        for text, tags in read_cluener(path, scene):
            if text:
                trainer.append(features(text), tags)
                n += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": minfreq,
                        "feature.possible_transitions": True})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    data = out.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    # the digest beside the model: kg.tagger refuses a damaged model instead of crashing in CRFsuite
    out.with_name(out.name + ".sha256").write_text(digest + "\n", encoding="ascii")
    return {"sentences": n, "seconds": round(time.perf_counter() - t0, 1), "bytes": len(data),
            "sha256": digest}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("train", nargs="+", help="CLUENER2020 train.json (JSON lines); never an evaluation set")
    ap.add_argument("-o", "--out", default=str(ROOT / "kg" / "data" / "tagger.crfsuite"))
    ap.add_argument("--iterations", type=int, default=DEFAULTS["iterations"], help="L-BFGS iterations")
    ap.add_argument("--c1", type=float, default=DEFAULTS["c1"], help="L1 penalty (prunes features)")
    ap.add_argument("--c2", type=float, default=DEFAULTS["c2"], help="L2 penalty")
    ap.add_argument("--minfreq", type=float, default=DEFAULTS["minfreq"], help="drop features seen fewer times")
    ap.add_argument("--scene", action="store_true", help="also train scenic spots (CLUENER scene) as LOC")
    ap.add_argument("--check", action="store_true", help="train a second time aside and compare the bytes")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    for p in args.train:
        if not Path(p).is_file():
            print(f"error: {p}: no such file", file=sys.stderr)
            return 2
    try:
        res = train(args.train, args.out, args.iterations, args.c1, args.c2, args.minfreq, args.scene, args.verbose)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}: {res['sentences']} sentences, {res['bytes']:,} bytes, {res['seconds']} s, "
          f"sha256 {res['sha256'][:16]}")
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            again = train(args.train, Path(tmp) / "again.crfsuite", args.iterations, args.c1, args.c2,
                          args.minfreq, args.scene)
        same = again["sha256"] == res["sha256"]
        print(f"second run: sha256 {again['sha256'][:16]}: {'identical' if same else 'DIFFERENT'}")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
