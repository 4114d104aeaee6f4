"""Fuzz ingest and extraction for minutes (not in CI): ``python bench/fuzz.py [--minutes 5]``.

Three targets, run in turns until the time is up, each a hypothesis property with many examples
and fresh random seeds:

- ``text``: any Unicode text, mixed with phrases that wake the extractors → the properties of
  ``tests/test_properties.py`` (round trip through Turtle, N-Triples and JSON-LD, valid IRIs,
  evidence offsets slicing the input to the quoted sentence; SHACL on every 20th example);
- ``bytes``: any bytes written to a file → :func:`kg.ingest.read_text` returns text or raises
  :class:`kg.errors.InputError`, nothing else; what it returns builds;
- ``jsonl``: JSON Lines files of random records → :func:`kg.sources.iter_units` and
  :func:`kg.sources.unit_documents` raise only ``InputError``.

Each failure is printed with its shrunk input and the run goes on; the exit code is the number
of failing targets (0: nothing found).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_properties import check, texts  # noqa: E402

from kg.errors import InputError  # noqa: E402

_TMP = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
_count = {"n": 0}


def text_target(text: str) -> None:
    _count["n"] += 1
    check(text, shacl=_count["n"] % 20 == 0)


def bytes_target(data: bytes) -> None:
    from kg.ingest import read_text
    from kg.pipeline import build_graph

    p = _TMP / "f.txt"
    p.write_bytes(data)
    try:
        text = read_text(p)
    except InputError as exc:
        assert "\n" not in str(exc) and str(p) in str(exc)
        return
    build_graph(text=text)


_records = st.lists(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "page", "source", "x"]),
                                    st.one_of(st.text(max_size=20), st.integers(), st.none(), st.booleans()),
                                    max_size=6), max_size=4)


def jsonl_target(records: list) -> None:
    from kg.sources import iter_units, unit_documents

    p = _TMP / "a.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    try:
        for unit in iter_units([p]):
            unit_documents(unit)
    except InputError:
        pass


TARGETS = {"text": (text_target, texts), "bytes": (bytes_target, st.binary(max_size=200) | texts.map(
    lambda t: t.encode("gb18030", "ignore"))), "jsonl": (jsonl_target, _records)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--batch", type=int, default=200, help="examples per target per turn")
    args = ap.parse_args()
    end = time.monotonic() + args.minutes * 60
    failing: dict[str, str] = {}
    runs = {k: 0 for k in TARGETS}
    while time.monotonic() < end:
        for name, (fn, strategy) in TARGETS.items():
            if time.monotonic() >= end:
                break
            prop = settings(max_examples=args.batch, deadline=None, database=None,
                            suppress_health_check=list(HealthCheck))(given(strategy)(fn))
            try:
                prop()
            except Exception:  # noqa: BLE001 - report and go on
                msg = traceback.format_exc(limit=3)
                if name not in failing:
                    print(f"--- {name}: FAILED\n{msg}", flush=True)
                failing[name] = msg
            runs[name] += args.batch
    print("examples run: " + ", ".join(f"{k} {v}" for k, v in runs.items()))
    print("failing targets: " + (", ".join(failing) or "none"))
    return len(failing)


if __name__ == "__main__":
    sys.exit(main())
