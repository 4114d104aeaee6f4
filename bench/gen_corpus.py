"""Generate a larger news corpus from real text: real sentences recombined, entity names varied.

The source articles (default: ``/work/shared/corpus/dev``, else the invented articles in
``tests/data/invented/texts``) are read with ``kg`` itself: their titles, their body sentences
(split at 。！？) and the people and places ``kg`` finds in them. Each generated article is one
text file: a real headline, then paragraphs of real sentences drawn from the whole pool, and
sometimes a byline (``本报记者 …``). Inside an article every person found in the sources is
renamed consistently (a surname from ``kg/lexicons/surnames.tsv`` and one or two given-name
characters drawn from the sources' names), and every county or city named is replaced by another
division of the same level from ``kg/data/divisions.tsv`` (so units such as 某某县公安局 vary
too). The result reads like the sources, at any size, with new names: more entities, not
copies that a cache would serve.

``--scale K`` writes about K times the characters of the sources. Deterministic (``--seed``).
Usage::

    .venv/bin/python bench/gen_corpus.py OUT_FOLDER [--scale 10] [--seed 1] [SOURCE ...]
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/shared/corpus/dev")


def _sources(paths: list[str]) -> list[Path]:
    if not paths:
        paths = [str(DEV)] if DEV.is_dir() else [str(ROOT / "tests/data/invented/texts")]
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return out


class Pool:
    """Titles, sentences, person names and divisions read from the source articles."""

    def __init__(self, files: list[Path]) -> None:
        from kg.extract.base import extract_document
        from kg.gazetteer import default_gazetteer
        from kg.sources import iter_units, unit_documents

        self.titles: list[str] = []
        self.sentences: list[str] = []
        self.persons: set[str] = set()
        self.places: dict[str, str] = {}  # name → level
        self.chars = 0
        for unit in iter_units(files):
            for doc in unit_documents(unit):
                self.chars += len(doc.title) + len(doc.text)
                if doc.title:
                    self.titles.append(doc.title)
                for para in doc.text.split("\n"):
                    self.sentences += [s for s in re.findall(r"[^。！？]+[。！？]+[”’」』）)]*", para) if len(s) >= 8]
                res = extract_document(doc)
                for m in res.mentions:
                    if m.cls == "Person" and 2 <= len(m.name) <= 4 and not m.name.endswith("某"):
                        self.persons.add(m.name)
        gaz = default_gazetteer()
        self.divisions: dict[str, list[str]] = {}
        for name, ds in gaz.by_name.items():
            for d in ds:
                if d.level in ("county", "city") and len(name) >= 3:
                    self.divisions.setdefault(d.level, []).append(name)
                    self.places.setdefault(name, d.level)
        self.given = sorted({c for name in self.persons for c in name[1:]})
        from kg.lexicon import table

        self.surnames = sorted({r.word for r in table("surnames") if len(r.word) == 1}) or list("王李张刘陈杨")
        self.persons_sorted = sorted(self.persons, key=lambda n: (-len(n), n))  # longest first
        self.places_sorted = sorted(self.places, key=lambda n: (-len(n), n))


def _rename(text: str, mapping: dict[str, str], names: list[str], make) -> str:
    """Replace every name of ``names`` found in ``text`` (longest first), consistently via ``mapping``."""
    found = [n for n in names if n in text]
    if not found:
        return text
    pattern = re.compile("|".join(map(re.escape, found)))

    def sub(m: re.Match) -> str:
        name = m.group()
        if name not in mapping:
            mapping[name] = make(name)
        return mapping[name]

    return pattern.sub(sub, text)


def article(pool: Pool, rng: random.Random) -> str:
    """One generated article: headline, paragraphs of real sentences, names varied."""
    persons: dict[str, str] = {}
    places: dict[str, str] = {}

    def person(name: str) -> str:
        return rng.choice(pool.surnames) + "".join(rng.choice(pool.given) for _ in range(len(name) - 1))

    def place(name: str) -> str:
        return rng.choice(pool.divisions[pool.places[name]])

    def vary(text: str) -> str:
        text = _rename(text, persons, pool.persons_sorted, person)
        return _rename(text, places, pool.places_sorted, place)

    lines = [vary(rng.choice(pool.titles)), ""]
    if rng.random() < 0.5:
        lines.append("本报记者 " + person("王小明"))
    for _ in range(rng.randint(3, 8)):
        lines.append("　　" + "".join(vary(rng.choice(pool.sentences)) for _ in range(rng.randint(2, 4))))
    return "\n".join(lines) + "\n"


def generate(out: Path, scale: float, seed: int = 1, sources: list[str] | None = None) -> tuple[int, int]:
    """Write about ``scale`` times the sources' characters as articles ``a000001.txt``, … in ``out``.

    Returns:
        ``(files, characters)`` written.
    """
    pool = Pool(_sources(sources or []))
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    target, chars, n = pool.chars * scale, 0, 0
    while chars < target:
        n += 1
        text = article(pool, rng)
        (out / f"a{n:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return n, chars


def main() -> None:
    """Command line (see module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("sources", nargs="*")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    files, chars = generate(Path(args.out), args.scale, args.seed, args.sources)
    print(f"wrote {files} articles, {chars} characters to {args.out}")


if __name__ == "__main__":
    main()
