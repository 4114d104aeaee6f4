"""kg.collector: the cycle collector paused around whole-build stages and the loaded tables
frozen during extraction, each restored as it was found."""
import gc

import pytest

from kg.collector import paused, tables_frozen


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_stops_the_collector_and_restores_it(collector_on):
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block does not re-enable it early
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled(collector_on):
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


def test_paused_restores_after_an_error(collector_on):
    with pytest.raises(RuntimeError):
        with paused():
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_tables_frozen_hides_what_is_alive_and_unfreezes_after():
    assert gc.get_freeze_count() == 0
    table = [[i] for i in range(100)]
    with tables_frozen():
        assert gc.get_freeze_count() >= len(table)
        with tables_frozen():  # nested: the outer block unfreezes
            pass
        assert gc.get_freeze_count() >= len(table)
    assert gc.get_freeze_count() == 0


def test_stages_run_with_the_collector_paused(monkeypatch, collector_on):
    """Resolution and the grouping of statements run with the collector off (most of their
    time went to full collections over the build's objects) and leave it on."""
    import kg.resolve as R
    from kg.statements import group_quads

    seen = []
    real = R._resolve
    monkeypatch.setattr(R, "_resolve", lambda *a: seen.append(gc.isenabled()) or real(*a))
    R.resolve([])
    group_quads(iter(lambda: seen.append(gc.isenabled()) or None, None))  # the quads read with it off
    assert seen == [False, False]
    assert gc.isenabled()


def test_extraction_freezes_the_loaded_tables(monkeypatch):
    """``--jobs 1`` extraction runs with the tables frozen and unfreezes them after."""
    from kg import batch
    from kg.sources import Unit

    counts = []
    monkeypatch.setattr(batch, "extract_unit", lambda unit: counts.append(gc.get_freeze_count()) or unit)
    list(batch.extract_units([Unit(path="a.txt", line=0, size=1)], jobs=1))
    assert counts and counts[0] > 0
    assert gc.get_freeze_count() == 0


def test_settle_only_inside_tables_frozen():
    from kg.collector import settle

    with pytest.raises(RuntimeError):
        settle()
    with tables_frozen():
        kept = [[i] for i in range(50)]  # (lists are tracked; a dict of numbers is not)
        before = gc.get_freeze_count()
        settle()
        assert gc.get_freeze_count() >= before + len(kept) - 5
    assert gc.get_freeze_count() == 0


def test_a_build_settles_each_unit_and_gives_everything_back(monkeypatch, tmp_path):
    """The results kept during extraction stay out of the collector's walks (one settle a unit;
    on the 100x corpus full collections over them took 1.7 s), and the build gives them back."""
    import kg.pipeline as P

    for k in range(3):
        (tmp_path / f"a{k}.txt").write_text(f"江城县公安局第{k}次表彰\n江城县公安局民警柯远舟荣获个人三等功。", encoding="utf-8")
    calls = []
    real = P.settle
    monkeypatch.setattr(P, "settle", lambda: calls.append(gc.get_freeze_count()) or real())
    P.build_graph([str(tmp_path)])
    assert len(calls) == 3
    assert gc.get_freeze_count() == 0


def test_repeated_builds_in_one_process_keep_a_flat_memory(tmp_path):
    """A graph dropped between two builds is freed, not frozen by the next build (which then
    gave it back to a full collection that did not come: about 2,000 objects a build crept)."""
    import kg

    src = tmp_path / "a.txt"
    src.write_text("江城县公安局表彰先进\n江城县公安局青柳派出所民警柯远舟荣获个人三等功。", encoding="utf-8")
    for _ in range(5):
        g = kg.build_graph([str(src)])
        del g
    start = len(gc.get_objects())
    for _ in range(15):
        g = kg.build_graph([str(src)])
        del g
    assert len(gc.get_objects()) - start < 3000
    assert gc.get_freeze_count() == 0


def test_blocks_overlapping_in_threads_give_everything_back():
    """Two builds in threads, the first to start ending first: the last block to end unfreezes."""
    import threading

    from kg.collector import settle

    entered, first_done = threading.Event(), threading.Event()

    def second():
        with tables_frozen():
            entered.set()
            first_done.wait(5)
            settle()

    with tables_frozen():
        t = threading.Thread(target=second)
        t.start()
        entered.wait(5)
    first_done.set()
    t.join(5)
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_are_left_alone(tmp_path):
    """A process that froze objects before (a server before forking) keeps its frozen set as it
    was: the build neither adds to it nor unfreezes it."""
    import kg

    src = tmp_path / "a.txt"
    src.write_text("江城县公安局表彰先进\n江城县公安局民警柯远舟荣获个人三等功。", encoding="utf-8")
    keep = [[i] for i in range(100)]
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        kg.build_graph([str(src)])
        after = gc.get_freeze_count()  # (objects frozen before may die meanwhile: never more)
        assert before // 2 < after <= before
    finally:
        gc.unfreeze()
    assert keep


@pytest.mark.parametrize("task", ["_extract_group", "_extract_batch"])
def test_a_jobs_worker_settles_what_earlier_tasks_left_before_each_task(task):
    """A ``--jobs`` worker (forked inside the parent's tables_frozen block) freezes what its
    earlier tasks left alive (its caches) before each task: its full collections walked them
    again and again (about 0.45 s of a worker's 11 s on dev + unseen)."""
    from kg import batch

    with tables_frozen():
        left = [[i] for i in range(50)]  # what an earlier task left (lists are tracked)
        before = gc.get_freeze_count()
        getattr(batch, task)(() if task == "_extract_group" else [])
        assert gc.get_freeze_count() >= before + len(left) - 5
    assert gc.get_freeze_count() == 0


def test_a_worker_outside_tables_frozen_settles_nothing():
    """A worker in no tables_frozen block (no fork, a Dask worker) freezes nothing and does not fail."""
    from kg import batch
    from kg.collector import settle_if_frozen

    assert settle_if_frozen() is False
    assert batch._extract_group(()) == ()
    assert gc.get_freeze_count() == 0


def test_a_build_leaves_its_resolution_in_the_oldest_generation(tmp_path, collector_on):
    """``kg build`` hands what it holds (the resolution its result keeps) to the oldest generation
    when the collector resumes: as young objects, the first collection after the build walked
    all of them (about 0.17 s of dev + unseen, serial time of every build)."""
    from kg.pipeline import build

    src = tmp_path / "a.txt"
    src.write_text("江城县公安局表彰先进\n江城县公安局青柳派出所民警柯远舟荣获个人三等功。", encoding="utf-8")
    result = build([str(src)], tmp_path / "out", html=False)
    gc.disable()  # (no collection moves anything while the generation is read)
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    gc.enable()
    assert id(result.resolution) in oldest and id(result.resolution.statements) in oldest
    assert gc.get_freeze_count() == 0


def test_paused_aged_keeps_objects_frozen_by_someone_else(collector_on):
    """``paused(aged=True)`` moves nothing when objects were frozen before (their owner unfreezes
    them), nor inside a tables_frozen block."""
    keep = [[i] for i in range(100)]
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with paused(aged=True):
            made = [[i] for i in range(100)]
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
    with tables_frozen():
        frozen = gc.get_freeze_count()
        with paused(aged=True):
            made += [[i] for i in range(100)]
        assert gc.get_freeze_count() == frozen
    assert keep and made and gc.get_freeze_count() == 0
