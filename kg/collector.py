"""Python's cycle collector around the stages that hold a whole build in memory.

A build keeps hundreds of thousands of small objects alive at once (extraction results,
entities, statements, rdflib terms), none of them in a reference cycle. Each full collection
walks all of them: on the 10× corpus of ``bench/gen_corpus.py`` collections took about 40 % of
resolution and of grouping the statements. These context managers keep that walk out:

* :func:`paused` stops the collector for a stage that makes no cyclic garbage (resolution,
  the statements, the writers); reference counting still frees everything else at once;
* :func:`tables_frozen` moves the loaded tables (tokenizer dictionary, lexicons, gazetteer,
  tagger) out of the collector's sight while extraction runs, so a collection walks only
  what extraction made (``--jobs`` workers share those pages after the fork as well: a
  collector that never walks them never copies them);
* :func:`settle`, inside :func:`tables_frozen`, adds what is alive now (the results kept so
  far) to what the collector does not walk, so collections during a long extraction walk
  only the last unit's objects, not every result before it (on the 100× corpus a full
  collection walked millions of objects: 1.7 s of a 57 s build).

:func:`paused` and :func:`tables_frozen` restore the collector as they found it (nesting is safe).
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Disable the cycle collector inside the block; re-enable it after, if it was enabled."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_frozen_blocks = 0  # tables_frozen() blocks open in this process (gc.get_freeze_count() walks a list)


@contextmanager
def tables_frozen() -> Iterator[None]:
    """``gc.freeze()`` everything alive now (the loaded tables) for the block; ``gc.unfreeze()``
    after, unless something was frozen before the block (then it is left to whoever froze it)."""
    global _frozen_blocks
    outer = _frozen_blocks > 0 or gc.get_freeze_count() > 0
    gc.freeze()
    _frozen_blocks += 1
    try:
        yield
    finally:
        _frozen_blocks -= 1
        if not outer:
            gc.unfreeze()


def settle() -> None:
    """``gc.freeze()`` everything alive now (constant time); only inside a :func:`tables_frozen`
    block, whose end gives it back to the collector.

    Raises:
        RuntimeError: outside such a block (nothing would give the objects back).
    """
    if not _frozen_blocks:
        raise RuntimeError("settle() outside tables_frozen()")
    gc.freeze()
