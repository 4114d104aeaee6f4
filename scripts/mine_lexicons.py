"""Mine organisation head nouns and post words from CLUENER2020 into ``kg/lexicons/mined_*.tsv``.

Source: CLUENER2020 (CLUEbenchmark, arXiv:2001.04351), ``train.json`` (JSONL; ``label`` maps a
type to ``{span: [[start, end], …]}``). Organisation heads are the final 1–4 characters of the
``organization``, ``government`` and ``company`` spans (局, 公安局, 海关, 研究院, 有限公司 …);
post words are the whole ``position`` spans (局长, 总经理 …).

Output (deterministic: rows sorted by count, then by word; the header's date is the source
file's modification date, not today's):

- ``mined_units.tsv`` — head, label, types (distinct spans ending with it), tokens (span
  occurrences), sample (the most frequent such span), curated (in ``units.tsv`` or
  ``national.tsv``).
- ``mined_posts.tsv`` — word, tokens, curated (in ``titles.tsv`` or ``roles.tsv``).

The curated tables decide; :func:`kg.lexicon.admitted_units` and :func:`kg.lexicon.admitted_posts`
admit mined rows by the rule documented there.

Usage::

    python scripts/mine_lexicons.py [/work/shared/ner/cluener2020/train.json] [-o kg/lexicons]
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.lexicon import table, words  # noqa: E402

DEFAULT_SOURCE = Path("/work/shared/ner/cluener2020/train.json")
ORG_LABELS = ("organization", "government", "company")
#: A mined head is written when at least this many distinct spans end with it.
MIN_TYPES = 3
#: A mined post is written when it occurs at least this often.
MIN_POST_TOKENS = 3
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def mine(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Count heads and posts in a CLUENER2020 JSONL file.

    Args:
        path: ``train.json``.

    Returns:
        ``(units, posts)``: rows ``(head, label, types, tokens, sample)`` and ``(word, tokens)``,
        sorted by decreasing count and then by word.
    """
    spans: dict[str, Counter] = {lab: Counter() for lab in ORG_LABELS}
    posts: Counter = Counter()
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for lab, found in rec.get("label", {}).items():
                for span, offsets in found.items():
                    if not _HAN.match(span):
                        continue
                    if lab in spans:
                        spans[lab][span] += len(offsets)
                    elif lab == "position":
                        posts[span] += len(offsets)
    units = []
    for lab in ORG_LABELS:
        by_head: dict[str, Counter] = defaultdict(Counter)
        for span, n in spans[lab].items():
            for k in range(1, 5):
                if len(span) > k:
                    by_head[span[-k:]][span] += n
        for head, c in by_head.items():
            if len(c) >= MIN_TYPES:
                sample = min(c, key=lambda s: (-c[s], s))
                units.append((head, lab, len(c), sum(c.values()), sample))
    units.sort(key=lambda r: (-r[2], -r[3], r[0], r[1]))
    post_rows = sorted(((w, n) for w, n in posts.items() if n >= MIN_POST_TOKENS), key=lambda r: (-r[1], r[0]))
    return units, post_rows


def write(units: list[tuple], posts: list[tuple], source: Path, out: Path) -> None:
    """Write ``mined_units.tsv`` and ``mined_posts.tsv`` into ``out``."""
    date = datetime.datetime.fromtimestamp(source.stat().st_mtime, datetime.timezone.utc).date().isoformat()
    header = (f"# Mined by scripts/mine_lexicons.py from CLUENER2020 train.json (CLUEbenchmark,\n"
              f"# arXiv:2001.04351; file dated {date}). Do not edit: re-run the script.\n")
    curated_units = {r.word for r in table("units")} | words("national")
    with (out / "mined_units.tsv").open("w", encoding="utf-8") as f:
        f.write(header + "# Final 1-4 characters of the organization/government/company spans; types: distinct\n"
                f"# spans ending with the head (>= {MIN_TYPES}); tokens: their occurrences; curated: the head is\n"
                "# a word of units.tsv or national.tsv. Admission rule: kg.lexicon.admitted_units.\n")
        f.write("head\tlabel\ttypes\ttokens\tsample\tcurated\n")
        for head, lab, types, tokens, sample in units:
            f.write(f"{head}\t{lab}\t{types}\t{tokens}\t{sample}\t{'yes' if head in curated_units else 'no'}\n")
    curated_posts = words("titles") | words("roles")
    with (out / "mined_posts.tsv").open("w", encoding="utf-8") as f:
        f.write(header + f"# The position spans occurring >= {MIN_POST_TOKENS} times; curated: a word of titles.tsv or\n"
                "# roles.tsv. Admission rule: kg.lexicon.admitted_posts.\n")
        f.write("word\ttokens\tcurated\n")
        for w, n in posts:
            f.write(f"{w}\t{n}\t{'yes' if w in curated_posts else 'no'}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "kg" / "lexicons")
    args = ap.parse_args(argv)
    units, posts = mine(args.source)
    write(units, posts, args.source, args.out)
    print(f"{len(units)} heads, {len(posts)} posts → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
