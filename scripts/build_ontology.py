"""Write the OWL ontology and the SHACL shapes rendered from the schema (kg/schema.py).

Usage: ``python scripts/build_ontology.py [--check]``. Writes ``kg/ontology/kg.ttl`` and
``kg/ontology/shapes.ttl`` (the packaged copies) and the repository copies in ``ontology/``;
with ``--check`` writes nothing and exits 1 when a file differs from the schema's rendering.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.schema_turtle import ontology_turtle, shapes_turtle

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` compare) the four Turtle files; return the exit status."""
    rendered = {"kg.ttl": ontology_turtle(), "shapes.ttl": shapes_turtle()}
    stale = []
    for folder in (ROOT / "kg" / "ontology", ROOT / "ontology"):
        for name, text in rendered.items():
            path = folder / name
            data = text.encode("utf-8")
            if path.exists() and path.read_bytes() == data:
                continue
            stale.append(path)
            if "--check" not in argv:
                path.write_bytes(data)
    for path in stale:
        print(("differs from the schema: " if "--check" in argv else "wrote ") + str(path.relative_to(ROOT)))
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
