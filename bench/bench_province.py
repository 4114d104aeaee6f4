"""Can another shape of the README's province query answer under 50 ms on a million triples (issue 9)?

Each shape below asks the same question of the store (every officer serving anywhere in 浙江省,
with the unit: standard SPARQL on the contract's terms only, ``kg:belongsTo`` and
``kg:locatedIn`` walked as property paths) and must give the README shape's rows. Printed: the
p50 CPU time of Oxigraph's evaluation (the querying thread, 7 runs after a warm-up) and its ratio
to the README shape in the same run, then two floors: the units the province holds (the path
alone) and a count of every person–unit link, which any shape has to join one way or the other.

Usage: python bench/bench_province.py [--store STORE] [--triples 1000000]
(without --store a store of about --triples statements is built first, as bench_store builds it).

Not run in CI.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_compact import p50  # noqa: E402  (median CPU of the calling thread, after a warm-up)

#: Timed runs of each shape (median reported).
RUNS = 7
#: The shapes; "readme" is the README's query as written.
SHAPES = {
"readme": """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label "浙江省"@zh .
  ?p a kg:Person ; kg:belongsTo ?u ; rdfs:label ?person .
  ?u rdfs:label ?unit ; kg:belongsTo*/kg:locatedIn+ ?prov .
} ORDER BY ?person""",
"walk_down": """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label "浙江省"@zh .
  ?place kg:locatedIn* ?prov .
  ?top kg:locatedIn ?place .
  ?u kg:belongsTo* ?top .
  ?p kg:belongsTo ?u ; a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
"sub_units": """SELECT DISTINCT ?person ?unit WHERE {
  { SELECT DISTINCT ?u WHERE { ?prov rdfs:label "浙江省"@zh . ?u kg:belongsTo*/kg:locatedIn+ ?prov } }
  ?p kg:belongsTo ?u ; a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
"inverse_path": """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label "浙江省"@zh .
  ?prov ^kg:locatedIn+/^kg:belongsTo* ?u .
  ?p kg:belongsTo ?u ; a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
"union_plus": """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label "浙江省"@zh .
  { ?u kg:locatedIn+ ?prov } UNION { ?u kg:belongsTo+/kg:locatedIn+ ?prov }
  ?p kg:belongsTo ?u ; a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
"places_sub": """SELECT DISTINCT ?person ?unit WHERE {
  { SELECT DISTINCT ?place WHERE { ?prov rdfs:label "浙江省"@zh . ?place kg:locatedIn* ?prov } }
  ?top kg:locatedIn ?place .
  ?u kg:belongsTo* ?top .
  ?p kg:belongsTo ?u ; a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
"inverse_split": """SELECT DISTINCT ?person ?unit WHERE {
  ?prov rdfs:label "浙江省"@zh .
  ?prov ^kg:locatedIn+ ?top .
  ?top ^kg:belongsTo* ?u .
  ?u ^kg:belongsTo ?p .
  ?p a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
"inverse_units_distinct": """SELECT DISTINCT ?person ?unit WHERE {
  { SELECT DISTINCT ?u WHERE { ?prov rdfs:label "浙江省"@zh . ?prov ^kg:locatedIn+/^kg:belongsTo* ?u } }
  ?u ^kg:belongsTo ?p .
  ?p a kg:Person ; rdfs:label ?person .
  ?u rdfs:label ?unit .
} ORDER BY ?person""",
}
#: What every shape pays at least: the province's units alone, and all person–unit links counted.
FLOORS = {
    "units of the province": """SELECT DISTINCT ?u WHERE {
  ?prov rdfs:label "浙江省"@zh . ?prov ^kg:locatedIn+/^kg:belongsTo* ?u }""",
    "count person-unit links": "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person ; kg:belongsTo ?u }",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, help="a kg build --store folder (default: build one)")
    ap.add_argument("--triples", type=int, default=1_000_000)
    args = ap.parse_args()

    import pyoxigraph as ox

    from kg.namespaces import PREFIXES

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.store
        if folder is None:
            from bench_store import quads

            from kg.statements import group_quads
            from kg.store import Store

            folder = Path(tmp) / "s"
            with Store(folder, create=True) as st:
                st.replace_statements(group_quads(quads(args.triples)))
                st.commit()
        current = json.loads((folder / "tupu-store.json").read_text(encoding="utf-8")).get("rdf") or "oxigraph"
        store = ox.Store.read_only(str(folder / current))
        prefixes = {k: str(v) for k, v in PREFIXES.items()}

        def run(q):
            return [tuple(t.value for t in row) for row in store.query(q, prefixes=prefixes)]

        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        ref = sorted(run(SHAPES["readme"]))
        base = p50(lambda: run(SHAPES["readme"]), RUNS)
        print(f"{'readme':24} {base * 1000:8.1f} ms  ratio 1.00  ({len(ref)} rows)")
        for name, q in SHAPES.items():
            if name == "readme":
                continue
            assert sorted(run(q)) == ref, name
            sec = p50(lambda q=q: run(q), RUNS)
            print(f"{name:24} {sec * 1000:8.1f} ms  ratio {sec / base:.2f}")
        for name, q in FLOORS.items():
            rows = run(q)
            sec = p50(lambda q=q: run(q), RUNS)
            print(f"floor: {name:17} {sec * 1000:8.1f} ms  ratio {sec / base:.2f}  "
                  f"({rows[0][0] if len(rows) == 1 else len(rows)} {'' if len(rows) == 1 else 'rows'})")


if __name__ == "__main__":
    main()
