"""A store build's store and files are one set (issue 11, a breaker's finding): a failure or a
``kill -9`` between any two steps of ``kg build --store … --append`` leaves, for every reader and
for the next build, the old store with the old files or the new store with the new files, never
a mix; what a killed build leaves (staging folders, the lock, an uncommitted generation) is
removed by the next command of any kind."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

import kg.atomic  # noqa: E402
import kg.pipeline  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.export import load_graph  # noqa: E402
from kg.store import MANIFEST, open_read_only, write_ntriples  # noqa: E402

POLICE = "巡逻记\n\n湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。\n"
POLICE_CHANGED = "巡逻记\n\n湖南省新宁县公安局交警大队民警苗若溪在集市疏导交通。\n"
JUDGE = "巡回审判\n\n福建省安溪县人民法院审判员柏川屿带领合议庭进村开庭。\n"

#: The steps of a store build, in order: the store's new generation filled, the output
#: switch (kg.atomic.publish) up to the store's commit, the files moved in, the journal removed.
BEFORE = ["store filled", "lock", "recover", "staging", "staged", "journal"]
AFTER = ["store commit", "switch graph.ttl", "switch graph.nt", "commit"]


def _args(inp: Path, out: Path, store: Path) -> list[str]:
    return ["build", "-q", "--no-html", "--format", "nt", str(inp), "-o", str(out), "--store", str(store), "--append"]


def _hooks(fn) -> None:
    kg.pipeline._checkpoint = fn
    kg.atomic._checkpoint = fn


@pytest.fixture(scope="module")
def sets(tmp_path_factory):
    """The old set (a.txt, b.txt built into a store) and the files of the new one (a.txt
    changed, appended), and a copy of the old store/output folders to start each case from."""
    base = tmp_path_factory.mktemp("sets")
    inp = base / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(POLICE, encoding="utf-8")
    (inp / "b.txt").write_text(JUDGE, encoding="utf-8")
    old = base / "old"
    res = CliRunner().invoke(main, _args(inp, old / "out", old / "s"))
    assert res.exit_code == 0, res.output
    (inp / "a.txt").write_text(POLICE_CHANGED, encoding="utf-8")
    new = base / "new"
    shutil.copytree(old, new)
    res = CliRunner().invoke(main, _args(inp, new / "out", new / "s"))
    assert res.exit_code == 0, res.output
    files = {side: {n: (base / side / "out" / n).read_bytes() for n in ("graph.ttl", "graph.nt")} for side in ("old", "new")}
    assert files["old"] != files["new"]
    return base, inp, files


def _fresh(sets, name: str) -> tuple[Path, Path]:
    base, _, _ = sets
    case = base / name
    shutil.copytree(base / "old", case)
    return case / "out", case / "s"


def _store_nt(store: Path) -> bytes:
    import io

    buf = io.BytesIO()
    write_ntriples(open_read_only(store), buf)
    return buf.getvalue()


def _which(sets, out: Path, store: Path) -> str:
    """Read the store and the files as kg's readers do; the side ("old"/"new") both show, or fail."""
    _, _, files = sets
    in_store = _store_nt(store)  # a store reader (kg query/serve/push STORE): the committed generation
    load_graph(out / "graph.ttl")  # a file reader (kg query/view/stats/export FILE): finishes a cut switch
    seen = {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.nt")}
    sides = [side for side in ("old", "new") if files[side] == seen]
    assert sides, "the files are a mix of two builds"
    assert in_store == files[sides[0]]["graph.nt"], f"store and files differ: files {sides[0]}"
    return sides[0]


def _no_leftovers(out: Path, store: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == [".kg-set.json", "graph.nt", "graph.ttl"]
    generations = [p.name for p in store.iterdir() if p.name.startswith("oxigraph")]
    assert len(generations) == 1 and not (store / ".kg-lock").exists(), sorted(p.name for p in store.iterdir())


def test_a_store_build_has_the_steps_the_tests_cut(sets, tmp_path):
    _, inp, _ = sets
    out, store = _fresh(sets, "probe")
    seen: list[str] = []
    _hooks(seen.append)
    try:
        res = CliRunner().invoke(main, _args(inp, out, store))
    finally:
        _hooks(lambda step: None)
    assert res.exit_code == 0, res.output
    order = [s for s in seen if s in BEFORE + AFTER]
    assert order == BEFORE + AFTER, seen


@pytest.mark.parametrize("step", BEFORE + AFTER)
def test_an_exception_at_any_step_leaves_one_whole_set(sets, step):
    """In the process: before the store's commit the old set stays; at or after it the new set
    is finished at once (the build still reports the failure)."""
    _, inp, _ = sets
    out, store = _fresh(sets, f"exc-{step}")

    def fail(at):
        if at == step:
            raise OSError(28, "No space left on device")
    _hooks(fail)
    try:
        res = CliRunner().invoke(main, _args(inp, out, store))
    finally:
        _hooks(lambda at: None)
    assert res.exit_code != 0 and "Traceback" not in res.output, res.output
    assert _which(sets, out, store) == ("old" if step in BEFORE else "new")
    _no_leftovers(out, store)


_KILLER = """
import os, signal, sys
import kg.atomic, kg.pipeline
from kg.cli import main
step = sys.argv[1]
kill = lambda at: os.kill(os.getpid(), signal.SIGKILL) if at == step else None
kg.pipeline._checkpoint = kg.atomic._checkpoint = kill
main(sys.argv[2:])
"""


def _killed(step: str, args: list[str]) -> None:
    """Run ``kg build`` in a process of its own that SIGKILLs itself at ``step`` (a fork of the
    test process would inherit Oxigraph's thread pool half alive)."""
    proc = subprocess.run([sys.executable, "-c", _KILLER, step, *args], capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, (step, proc.returncode, proc.stderr[-2000:])


@pytest.mark.parametrize("step", ["store filled", "journal", "store commit", "switch graph.ttl"])
def test_a_kill_at_any_step_leaves_one_whole_set_for_every_reader_and_the_next_build(sets, step):
    _, inp, _ = sets
    out, store = _fresh(sets, f"kill-{step}")
    _killed(step, _args(inp, out, store))
    assert _which(sets, out, store) == ("old" if step in BEFORE else "new")
    _no_leftovers(out, store)  # the readers removed what the killed build left
    res = CliRunner().invoke(main, _args(inp, out, store))  # the next build: the full build's files
    assert res.exit_code == 0, res.output
    assert _which(sets, out, store) == "new"
    _no_leftovers(out, store)


def test_files_cut_mid_switch_follow_their_generation_after_another_build_commits(sets, tmp_path):
    """A kill after the store's commit, then a build into another output folder commits a later
    generation: the first folder's files still go forward (the manifest remembers the
    generations it committed), so they are the set of the killed build, whole."""
    _, inp, files = sets
    out, store = _fresh(sets, "history")
    _killed("switch graph.ttl", _args(inp, out, store))
    more = tmp_path / "more"
    more.mkdir()
    (more / "c.txt").write_text(JUDGE.replace("安溪县", "永春县"), encoding="utf-8")
    res = CliRunner().invoke(main, _args(more, tmp_path / "other", store))
    assert res.exit_code == 0, res.output
    load_graph(out / "graph.ttl")
    assert {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.nt")} == files["new"]


def test_a_reader_keeps_answering_from_a_generation_a_build_replaced(sets):
    """``kg serve`` holds a generation open; the build that replaces it removes its folder, and
    the open store still answers (its files stay open) until the reader opens the new one."""
    _, inp, _ = sets
    out, store = _fresh(sets, "serve")
    held = open_read_only(store)
    before = len(list(held.query("SELECT * WHERE { ?s ?p ?o }")))
    res = CliRunner().invoke(main, _args(inp, out, store))
    assert res.exit_code == 0, res.output
    assert len(list(held.query("SELECT * WHERE { ?s ?p ?o }"))) == before
    assert len([p for p in store.iterdir() if p.name.startswith("oxigraph")]) == 1


def test_leftovers_of_a_killed_build_are_removed_by_any_reader_and_kept_while_a_build_runs(sets):
    """Staging and backup folders, a lock file and an uncommitted generation: a reader removes
    them when the lock is free, and leaves them while a build holds it."""
    out, store = _fresh(sets, "leftovers")
    for folder in (out / ".kg-build-dead", out / ".kg-old-dead", store / "oxigraph-00000000deadbeef"):
        folder.mkdir()
        (folder / "x").write_bytes(b"half")
    (out / ".kg-lock").write_text("999999\n")
    (out / ".graph.ttl.999999.0badf00d.tmp").write_bytes(b"half")
    (store / ".kg-lock").write_text("999999\n")
    with kg.atomic.output_lock(out), kg.atomic.output_lock(store):  # a build runs: nothing is touched
        load_graph(out / "graph.ttl")
        _store_nt(store)
        assert (out / ".kg-build-dead").exists() and (store / "oxigraph-00000000deadbeef").exists()
    (out / ".kg-lock").write_text("999999\n")  # as kill -9 leaves it
    (store / ".kg-lock").write_text("999999\n")
    res = CliRunner().invoke(main, ["stats", str(out / "graph.ttl")])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(main, ["query", str(store), "ASK { ?s ?p ?o }", "--timeout", "0"])
    assert res.exit_code == 0, res.output
    _no_leftovers(out, store)
    assert (store / MANIFEST).is_file()


def test_reading_the_graph_file_tidies_the_store_beside_it(tmp_path):
    """`kg query OUT/graph.ttl` after a kill -9 of `kg build --append`: the lock file and the dead
    generation of `OUT/.kg-store` go too, as the README promises of any reader of the folder."""
    (tmp_path / "a.txt").write_text(POLICE, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(out), "--append", "-q", "--no-html"])
    assert res.exit_code == 0, res.output
    store = out / kg.pipeline.STORE_DIR
    (store / "oxigraph-00000000deadbeef").mkdir()
    (store / "oxigraph-00000000deadbeef" / "x").write_bytes(b"half")
    (store / ".kg-lock").write_text("999999\n")  # as kill -9 leaves it
    res = CliRunner().invoke(main, ["query", str(out / "graph.ttl"), "ASK { ?s ?p ?o }"])
    assert res.exit_code == 0, res.output
    left = sorted(p.name for p in store.iterdir())
    assert not (store / ".kg-lock").exists() and "oxigraph-00000000deadbeef" not in left, left
    assert (store / MANIFEST).is_file()
