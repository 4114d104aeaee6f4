"""The output set is switched in as one whole: a failure or a kill between any two steps of
:func:`kg.atomic.publish` leaves (or, on the next run, restores) the previous set; builds into
one folder queue on its lock; stale staging folders are cleaned; errors.jsonl is part of the set."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.atomic as atomic
from kg.atomic import atomic_write, output_lock, publish, recover
from kg.errors import OutputError

NAMES = ["graph.ttl", "graph.nt", "graph.html", "errors.jsonl"]
OLD = {"graph.ttl": b"old ttl\n", "graph.html": b"old html\n", "errors.jsonl": b"old errors\n"}
NEW = {"graph.ttl": b"new ttl\n", "graph.nt": b"new nt\n", "graph.html": b"new html\n"}


def _writer(files):
    def write(staging: Path) -> None:
        for name, data in files.items():
            atomic_write(staging / name, data)
    return write


def _state(out: Path) -> dict[str, bytes]:
    """The files of the folder but the record of the sets (atomic.SET_NAME: tested apart)."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name != atomic.SET_NAME}


def _steps(tmp_path) -> list[str]:
    """The checkpoints of one switch, in order."""
    seen: list[str] = []
    out = tmp_path / "probe"
    publish(out, NAMES, _writer(OLD))
    old = atomic._checkpoint
    atomic._checkpoint = seen.append
    try:
        publish(out, NAMES, _writer(NEW))
    finally:
        atomic._checkpoint = old
    return seen


def test_a_switch_has_the_steps_the_tests_inject_faults_into(tmp_path):
    steps = _steps(tmp_path)
    assert steps[:5] == ["mkdir", "lock", "recover", "staging", "staged"]
    assert "journal" in steps and steps[-1] == "commit"
    assert "backup graph.ttl" in steps and "switch graph.nt" in steps and "switch errors.jsonl" in steps


def test_the_new_set_replaces_the_old_one_whole(tmp_path):
    out = tmp_path / "o"
    publish(out, NAMES, _writer(OLD))
    assert _state(out) == OLD
    written = publish(out, NAMES, _writer(NEW))
    assert _state(out) == NEW  # errors.jsonl of the old set is gone, nothing else is left
    assert [p.name for p in written] == ["graph.ttl", "graph.nt", "graph.html"]


class Boom(Exception):
    pass


def test_an_exception_between_any_two_steps_leaves_the_previous_set(tmp_path):
    steps = _steps(tmp_path)
    for k, step in enumerate(steps[:-1]):
        out = tmp_path / f"o{k}"
        publish(out, NAMES, _writer(OLD))

        def fail(at, step=step):
            if at == step:
                raise Boom(at)
        atomic._checkpoint = fail
        try:
            with pytest.raises(Boom):
                publish(out, NAMES, _writer(NEW))
        finally:
            atomic._checkpoint = lambda at: None
        assert _state(out) == OLD, step  # untouched, and no staging folder, journal or lock left


_KILLER = """
import os, sys
from pathlib import Path
import kg.atomic as a
step = sys.argv[2]
a._checkpoint = lambda at: os._exit(9) if at == step else None
def write(staging):
    for name, data in {new!r}.items():
        a.atomic_write(staging / name, data)
a.publish(Path(sys.argv[1]), {names!r}, write)
"""


def test_a_kill_between_any_two_steps_is_rolled_back_by_the_next_run(tmp_path):
    steps = _steps(tmp_path)
    code = _KILLER.format(new=NEW, names=NAMES)
    for k, step in enumerate(steps[:-1]):
        out = tmp_path / f"k{k}"
        publish(out, NAMES, _writer(OLD))
        proc = subprocess.run([sys.executable, "-c", code, str(out), step], capture_output=True)
        assert proc.returncode == 9, (step, proc.stderr)
        with output_lock(out):
            recover(out)
        assert _state(out) == OLD, step


def test_a_kill_after_the_commit_leaves_the_new_set(tmp_path):
    out = tmp_path / "o"
    publish(out, NAMES, _writer(OLD))
    code = _KILLER.format(new=NEW, names=NAMES)
    subprocess.run([sys.executable, "-c", code, str(out), "commit"], capture_output=True)
    with output_lock(out):
        recover(out)
    assert _state(out) == NEW


def test_stale_staging_folders_are_cleaned_on_the_next_run(tmp_path):
    out = tmp_path / "o"
    publish(out, NAMES, _writer(OLD))
    (out / ".kg-build-deadbeef").mkdir()
    (out / ".kg-build-deadbeef" / "graph.ttl").write_bytes(b"half")
    (out / ".kg-old-cafe").mkdir()
    publish(out, NAMES, _writer(NEW))
    assert _state(out) == NEW


def test_builds_into_one_folder_queue_on_the_lock(tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    notes: list[str] = []
    order: list[str] = []
    with output_lock(out):
        t = threading.Thread(target=lambda: (publish(out, NAMES, _writer(NEW), notify=notes.append),
                                             order.append("second")))
        t.start()
        time.sleep(0.3)
        order.append("first")  # the second build waits while the first holds the lock
        assert not (out / "graph.ttl").exists()
    t.join(10)
    assert order == ["first", "second"] and _state(out) == NEW
    assert notes and "waiting for another kg build" in notes[0] and str(out) in notes[0]


def test_a_lock_held_too_long_is_one_clear_error(tmp_path, monkeypatch):
    out = tmp_path / "o"
    out.mkdir()
    monkeypatch.setattr(atomic, "LOCK_WAIT", 0.2)
    with output_lock(out):
        with pytest.raises(OutputError, match=r"another kg build \(pid \d+\) is writing here"):
            publish(out, NAMES, _writer(NEW))


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    p = tmp_path / "f.txt"
    atomic_write(p, "旧\n")

    def broken(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError):
        atomic_write(p, "新\n")
    assert p.read_text(encoding="utf-8") == "旧\n" and [x.name for x in tmp_path.iterdir()] == ["f.txt"]


def test_failed_articles_go_to_errors_jsonl_and_exit_1(tmp_path, monkeypatch):
    from kg.cli import main
    import kg.batch

    (tmp_path / "a.txt").write_text("甲标题\n\n近日，某县公安局开展巡逻。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("乙标题\n\n近日，某市公安局开展巡逻。\n", encoding="utf-8")
    real = kg.batch.extract_document

    def flaky(doc, exts):
        if doc.source == "b.txt":
            raise RuntimeError("an extractor broke")
        return real(doc, exts)
    monkeypatch.setattr(kg.batch, "extract_document", flaky)
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows == [{"input": str(tmp_path / "b.txt"), "article": rows[0]["article"],
                     "error": "RuntimeError: an extractor broke"}]
    assert "1 read, 0 skipped, 1 failed" in res.output  # read + skipped + failed = the articles given
    assert "甲标题" in (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")
    monkeypatch.setattr(kg.batch, "extract_document", real)
    res = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 0 and not (tmp_path / "o" / "errors.jsonl").exists()


_SIGNALLER = """
import os, signal, sys
from pathlib import Path
import kg.atomic as a
step = sys.argv[2]
a._checkpoint = lambda at: os.kill(os.getpid(), signal.SIGTERM) if at == step else None
def write(staging):
    for name, data in {new!r}.items():
        a.atomic_write(staging / name, data)
try:
    a.publish(Path(sys.argv[1]), {names!r}, write)
except a.Stopped as exc:
    sys.exit(100 + exc.signum)
"""


def test_a_stop_signal_between_any_two_steps_leaves_one_whole_set_at_once(tmp_path):
    """SIGTERM at any step: before the journal the previous set stays, after it the signal waits
    for the switch to end; either way the folder holds one whole set and nothing else (no
    staging folder, journal or lock), without waiting for a next run."""
    steps = _steps(tmp_path)
    code = _SIGNALLER.format(new=NEW, names=NAMES)
    for step in steps:
        out = tmp_path / f"s{steps.index(step)}"
        publish(out, NAMES, _writer(OLD))
        proc = subprocess.run([sys.executable, "-c", code, str(out), step], capture_output=True, text=True)
        assert proc.returncode in (100 + 15, -15), (step, proc.stderr)
        held = steps.index(step) >= steps.index("journal")
        assert _state(out) == (NEW if held else OLD), step


def _kg(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], **kw)


GOOD = "巡逻纪实\n\n近日，陕西省咸阳市公安局交警支队民警岑望舒荣获个人三等功。\n"


def test_kg_build_stopped_by_sigterm_mid_switch_exits_143_with_a_whole_set(tmp_path):
    (tmp_path / "old.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(GOOD.replace("岑望舒", "龚屿川"), encoding="utf-8")
    out = tmp_path / "out"
    assert _kg("build", tmp_path / "old.txt", "-o", out, "-q").returncode == 0
    script = ("import os, signal, sys\nimport kg.atomic as a\n"
              "a._checkpoint = lambda at: os.kill(os.getpid(), signal.SIGTERM) if at == 'switch graph.ttl' else None\n"
              "from kg.cli import run_cli\nsys.argv = ['kg'] + sys.argv[1:]\nrun_cli()\n")
    proc = subprocess.run([sys.executable, "-c", script, "build", str(tmp_path / "new.txt"), "-o", str(out), "-q"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 143 and proc.stderr.strip().splitlines()[-1] == "error: stopped by SIGTERM"
    assert sorted(p.name for p in out.iterdir()) == [".kg-set.json", "graph.html", "graph.ttl"]
    assert "龚屿川" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert "龚屿川" in (out / "graph.html").read_text(encoding="utf-8")


_STOPPER = """
import os, signal, sys
import kg.batch, kg.pipeline
name, where = sys.argv[1], sys.argv[2]

def stopping(real):
    def call(*args, **kwargs):
        os.kill(os.getpid(), getattr(signal, name))
        return real(*args, **kwargs)
    return call

if where == "extract":
    kg.batch.extract_document = stopping(kg.batch.extract_document)
else:
    kg.pipeline.resolve = stopping(kg.pipeline.resolve)
from kg.cli import run_cli
sys.argv = ["kg"] + sys.argv[3:]
run_cli()
"""


@pytest.mark.parametrize("name,where,store", [("SIGTERM", "extract", False), ("SIGHUP", "extract", False),
                                              ("SIGTERM", "resolve", False), ("SIGTERM", "extract", True)])
def test_a_jobs_1_build_stopped_by_a_signal_says_so_and_writes_nothing(tmp_path, name, where, store):
    """SIGTERM or SIGHUP while a --jobs 1 build extracted (or resolved) killed it at once,
    without the error: stopped by SIGTERM line (with --jobs 2 it was said, exit 143): now the
    same line and exit 128 + the signal's number, the previous outputs untouched, no staging
    folder, and a first store build leaves no store."""
    import signal

    (tmp_path / "old.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(GOOD.replace("岑望舒", "龚屿川"), encoding="utf-8")
    out = tmp_path / "out"
    assert _kg("build", tmp_path / "old.txt", "-o", out, "-q").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    more = ["--store", str(tmp_path / "st")] if store else []
    proc = subprocess.run([sys.executable, "-c", _STOPPER, name, where, "build", str(tmp_path / "new.txt"),
                           "-o", str(out), "-q", "--jobs", "1", *more],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=300)
    signum = getattr(signal, name)
    assert proc.returncode == 128 + signum, (proc.returncode, proc.stderr)
    assert proc.stderr.strip().splitlines() == [f"error: stopped by {name}"], proc.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(before) and \
        {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not (tmp_path / "st").exists()


def test_a_reader_rolls_back_a_switch_left_by_a_killed_build(tmp_path):
    """kill -9 between the renames of graph.ttl and graph.html: the first reader of the folder
    (kg query here) puts the previous pair back before reading, as the next build would."""
    (tmp_path / "old.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(GOOD.replace("岑望舒", "龚屿川"), encoding="utf-8")
    out = tmp_path / "out"
    assert _kg("build", tmp_path / "old.txt", "-o", out, "-q").returncode == 0
    before = _state(out)
    script = ("import os, sys\nimport kg.atomic as a\n"
              "a._checkpoint = lambda at: os._exit(9) if at == 'switch graph.ttl' else None\n"
              "from kg.cli import run_cli\nsys.argv = ['kg'] + sys.argv[1:]\nrun_cli()\n")
    proc = subprocess.run([sys.executable, "-c", script, "build", str(tmp_path / "new.txt"), "-o", str(out), "-q"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 9 and (out / atomic.JOURNAL_NAME).exists()
    assert "龚屿川" in (out / "graph.ttl").read_text(encoding="utf-8")  # the half-done switch
    res = CliRunner().invoke(main_cli(), ["query", str(out / "graph.ttl"), "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }"])
    assert res.exit_code == 0 and "岑望舒" in res.stdout and "龚屿川" not in res.stdout
    assert _state(out) == before


def test_a_reader_of_a_read_only_folder_left_mid_switch_gets_one_line(tmp_path, monkeypatch):
    out = tmp_path / "o"
    publish(out, NAMES, _writer({"graph.ttl": b"<http://x/a> <http://x/b> <http://x/c> .\n"}))
    (out / atomic.JOURNAL_NAME).write_text('{"staging": "x", "backup": ".kg-old-x", "names": [], "existed": []}\n')
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: False)  # as for a user who cannot write there
    monkeypatch.setattr(atomic, "output_lock", _refusing_lock)
    from kg.export import GraphFileError, load_graph

    with pytest.raises(GraphFileError, match=r"a kg build was stopped while switching its outputs here"):
        load_graph(out / "graph.ttl")


def _refusing_lock(out, wait=None, notify=None):
    raise OutputError(f"{out}: cannot write here (Permission denied)")


def main_cli():
    from kg.cli import main

    return main


@pytest.mark.parametrize("step", ["staged", "backup graph.ttl"])
def test_what_a_kill_leaves_is_removed_by_the_next_reader_of_any_kind(tmp_path, step):
    """kill -9 while the set is staged (a staging folder and the lock file left) or mid-switch (a
    backup folder and the journal too): the next reader — not only the next build — rolls back
    and removes them, so nothing of the killed build stays in the folder."""
    from kg.atomic import settled

    out = tmp_path / "k"
    publish(out, NAMES, _writer(OLD))
    proc = subprocess.run([sys.executable, "-c", _KILLER.format(new=NEW, names=NAMES), str(out), step],
                          capture_output=True)
    assert proc.returncode == 9, proc.stderr
    left = {p.name for p in out.iterdir()} - set(OLD)
    assert atomic.LOCK_NAME in left and any(n.startswith(atomic.STAGING_PREFIX) for n in left), left
    settled(out)  # what kg query / view / stats / export / serve call before reading a file of the folder
    assert _state(out) == OLD


def test_a_reader_whose_switch_cannot_be_finished_is_told_so_not_that_the_file_is_unreadable(tmp_path, monkeypatch):
    # breaker: an immutable graph.ttl stopped the roll-back; every reader then said "cannot read"
    out = tmp_path / "o"
    publish(out, NAMES, _writer({"graph.ttl": b"<http://x/a> <http://x/b> <http://x/c> .\n"}))
    backup = out / ".kg-old-x"
    backup.mkdir()
    (backup / "graph.ttl").write_bytes(b"<http://x/a> <http://x/b> <http://x/d> .\n")
    (out / atomic.JOURNAL_NAME).write_text('{"staging": "x", "backup": ".kg-old-x", "names": ["graph.ttl"], "existed": ["graph.ttl"]}\n')

    def refuse(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    from kg.export import GraphFileError, load_graph

    with pytest.raises(GraphFileError, match=r"switching its outputs here .* cannot be finished \(Operation not permitted\)"):
        load_graph(out / "graph.ttl")


def test_the_wrote_lines_print_a_newline_in_a_path_escaped(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out x\no"
    res = CliRunner().invoke(main_cli(), ["build", str(tmp_path / "a.txt"), "-o", str(out), "-q", "--no-html"])
    assert res.exit_code == 0
    wrote = [line for line in res.stdout.splitlines() if line.startswith("wrote ")]
    assert wrote and all(line.endswith("graph.ttl") and "\\x0a" in line for line in wrote)


@pytest.mark.parametrize("make", ["fifo", "link to a device"])
@pytest.mark.parametrize("command", [["export", "--to", "graphml", "-o"], ["view", "-o"]])
def test_a_device_pipe_or_link_to_one_is_never_replaced(tmp_path, make, command):
    """kg export/view -o X writes a temporary file and renames it over X: over /dev/full (as
    root) that put a plain file in the device's place. Now: one line, exit 2, X untouched."""
    import os
    import stat

    from kg.cli import main

    target = tmp_path / ("out.svg" if command[0] == "view" else "out.graphml")
    if make == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/null")
    graph = Path(__file__).resolve().parents[1] / "out" / "graph.ttl"
    res = CliRunner().invoke(main, [command[0], str(graph), *command[1:], str(target)])
    assert res.exit_code == 2, res.output
    assert len(res.output.strip().splitlines()) == 1 and "not a file" in res.output
    if make == "fifo":
        assert stat.S_ISFIFO(os.lstat(target).st_mode)
    else:
        assert os.path.islink(target) and os.readlink(target) == "/dev/null"


def _children(pid: int) -> set[int]:
    """Pids whose parent is ``pid`` (Linux /proc)."""
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.add(int(stat.parent.name))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_jobs_build_stopped_by_sigterm_leaves_no_worker(tmp_path):
    # the workers died with the build only on Ctrl-C; SIGTERM (timeout, systemd, CI) left them waiting forever
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(400):
        (folder / f"a{k:03}.txt").write_text(GOOD.replace("岑望舒", "岑望" + "舒远航川"[k % 4]) * 3, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "out"),
                             "--jobs", "2", "--no-html", "-q"], cwd=Path(__file__).resolve().parents[1],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while len(workers := _children(proc.pid)) < 2 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert proc.poll() is None, "the build ended before its workers could be seen"
    time.sleep(0.5)
    proc.send_signal(__import__("signal").SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143 and err.strip().splitlines()[-1] == "error: stopped by SIGTERM"
    deadline = time.time() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() for w in workers)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_jobs_worker_starts_without_importing_anything():
    """A ``--jobs`` worker's start (kg.batch._worker_init: Ctrl-C ignored, dies with its parent)
    imports no module: die_with_parent imported from kg.workers pulled in rdflib's SPARQL engine,
    0.1 s of CPU in each forked worker, and an import after a fork can wait forever on a lock
    another thread of the parent held."""
    code = ("import os, sys\nimport kg.batch\nbefore = set(sys.modules)\n"
            "kg.batch._worker_init(None, True, os.getppid())\nprint(sorted(set(sys.modules) - before))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
