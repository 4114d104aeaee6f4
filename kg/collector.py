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
  collection walked millions of objects: 1.7 s of a 57 s build); a ``--jobs`` worker does the
  same before each task with what earlier tasks left (:func:`settle_if_frozen`).

:func:`paused` and :func:`tables_frozen` restore the collector as they found it (nesting and
blocks overlapping in threads are safe). Young cycles are collected before each freeze, so a
graph dropped between two builds in one process is freed, not frozen: repeated builds keep a
flat memory.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(*, aged: bool = False) -> Iterator[None]:
    """Disable the cycle collector inside the block; re-enable it after, if it was enabled.

    Args:
        aged: at the end, before the collector resumes, put what the block left alive (a whole
            build's resolution, held by its result) in the oldest generation (:func:`_aged`), so
            the first collection after it does not walk all of it as young objects (about
            0.17 s at the end of a build of dev + unseen, in one process whatever ``--jobs``).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aged:
            _aged()
        if was:
            gc.enable()


_lock = threading.Lock()
_blocks = 0  # tables_frozen() blocks open in this process, in any thread
_ours = False  # the outermost block froze (nothing was frozen before it): the last block to end unfreezes


def _aged() -> None:
    """Move every object the collector tracks into its oldest generation: ``gc.freeze()`` then
    ``gc.unfreeze()``, two splices of its lists (no walk); the next full collection walks them,
    as it would once they had outlived two young ones. Nothing is done inside a
    :func:`tables_frozen` block or when something else froze objects (a server before forking):
    an unfreeze here would give back their frozen objects."""
    with _lock:
        if _blocks == 0 and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()


def _young_garbage() -> None:
    """Free the cycles among young objects (a dropped graph of an earlier build) before a freeze,
    which would otherwise keep them until a full collection (the collector's own pace, when on)."""
    if gc.isenabled():
        gc.collect(1)


@contextmanager
def tables_frozen() -> Iterator[None]:
    """``gc.freeze()`` everything alive now (the loaded tables) for the block, and again at each
    nested block (tables loaded since: a ``--jobs`` pool forks after it); the last block of the
    process to end (blocks may overlap in threads) calls ``gc.unfreeze()``. When something
    else froze objects before the first block (a server that froze before forking), nothing is
    frozen or unfrozen here: those objects are its to give back."""
    global _blocks, _ours
    with _lock:
        if _blocks == 0:
            _ours = gc.get_freeze_count() == 0
            if _ours:
                _young_garbage()
        _blocks += 1
        if _ours:
            gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _blocks -= 1
            if _blocks == 0 and _ours:
                gc.unfreeze()


def settle() -> None:
    """``gc.freeze()`` everything alive now (the results kept so far), after freeing young cycles;
    only inside a :func:`tables_frozen` block, whose end gives them back to the collector (nothing
    when the block does not freeze).

    Raises:
        RuntimeError: outside such a block (nothing would give the objects back).
    """
    if not settle_if_frozen():
        raise RuntimeError("settle() outside tables_frozen()")


def settle_if_frozen() -> bool:
    """:func:`settle` where this process is inside a :func:`tables_frozen` block, else nothing.

    A ``--jobs`` worker forked inside the parent's block is inside it too (it never ends there:
    the worker's frozen objects go with the process). Before each task the worker settles what
    earlier tasks left alive (the caches of tokens, blocks and tags, bounded): the collector's full
    collections walked them again and again, about 0.45 s of a worker's 11 s of dev + unseen
    (a single process settles its kept results after each unit and walked them in none).
    A worker started otherwise (no fork, Dask) is in no block and settles nothing.

    Returns:
        Whether this process is inside such a block (whether or not the block freezes).
    """
    with _lock:
        if not _blocks:
            return False
        if _ours:
            _young_garbage()
            gc.freeze()
        return True
