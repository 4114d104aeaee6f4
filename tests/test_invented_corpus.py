"""Regression guard: extraction quality on 24 invented, annotated articles (tests/data/invented)."""
from __future__ import annotations

from pathlib import Path

from kg.evaluate import core, evaluate

DATA = Path(__file__).parent / "data" / "invented"


def test_invented_articles_keep_their_scores():
    total, rows = evaluate(DATA / "texts", DATA / "gold")
    assert len(rows) == 24
    assert total.micro(section="entities").prf()[2] >= 0.95
    assert total.micro().prf()[2] >= 0.93
    assert total.micro(core()).prf()[2] >= 0.92
