"""``kg eval``'s table keeps its columns apart for counts of five digits (the new user's
``0.96813549  579  311``)."""
from __future__ import annotations

from kg.evaluate import Counts, Report, format_report


def test_counts_of_five_digits_stay_in_their_columns():
    rep = Report()
    c = Counts()
    c.tp, c.fp, c.fn = 13054, 480, 236
    rep.entities["Person"] = c
    line = next(x for x in format_report(rep).splitlines() if x.startswith("ent:Person"))
    assert line.split()[-4:] == ["0.973", "13054", "480", "236"], line
