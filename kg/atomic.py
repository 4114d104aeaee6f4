"""Atomic writes: one file (:func:`atomic_write`) or a whole set of outputs (:func:`publish`).

Every file Tupu writes goes through :func:`atomic_write` (or :func:`atomic_path` for a library
that wants a path to write to): the bytes go to a temporary file in the target's folder, are
flushed to disk, then renamed over the target, so a reader sees the old file or the new one,
never a half-written one.

A build writes a *set* of files (``graph.ttl``, other formats, ``graph.html``,
``errors.jsonl``) that belong together. :func:`publish` switches the whole set in:

1. it takes ``OUT/.kg-lock`` (an exclusive ``flock``), so a second build into the same folder
   waits for the first (queues) and then writes its own whole set;
2. it rolls back a switch that a killed build left half done (``OUT/.kg-switch.json``) and
   removes staging folders (``OUT/.kg-build-*``, ``OUT/.kg-old-*``) left by killed builds;
3. the caller writes the new set into a fresh staging folder ``OUT/.kg-build-*``;
4. a journal ``OUT/.kg-switch.json`` naming the staging folder, a backup folder and the files
   that existed before is written atomically;
5. each output is hard-linked into the backup folder and replaced by its new version;
6. the journal is removed: this single unlink is the commit. Until it happens, any failure
   (an exception here, or a kill followed by the next run's step 2) restores the previous
   set from the backup; after it, the new set is complete.

A build into a store (``kg build --store``) links the switch to the store (:class:`Linked`):
the journal names the store and the generation the new files belong with, the store's own
commit (one rename of its manifest) is the commit of the whole set, and the files are moved in
after it; a switch cut after that commit is finished, not rolled back, by the next run or
reader. So the store and the files of a build are one set, whatever the moment of a crash.

A stop signal (``SIGINT``, ``SIGTERM``, ``SIGHUP``) while the new set is written raises
:class:`Stopped` there (the staging folder is removed, the previous set untouched); during
steps 4-6 it is held until the switch is whole, then raised. Only ``SIGKILL`` or a power cut
can leave a journal behind; :func:`settled`, called by every reader of a graph file
(:func:`kg.export.load_graph`), then rolls the folder back (or forward) before reading it, as
the next build would, and removes what a killed build left (:func:`tidy`).

The files stay ordinary files at their usual place (``OUT/graph.ttl``), so copying, serving,
``git`` and Windows see nothing special (see docs/manual.md, "Outputs").
"""
from __future__ import annotations

import contextlib
import ctypes  # (for die_with_parent, in forked processes: imported before they fork)
import errno
import json
import os
import re
import secrets
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError

#: Lock file of an output folder (removed when the build that holds it ends).
LOCK_NAME = ".kg-lock"
#: The store ``kg build --append`` keeps in the output folder (``kg.pipeline.STORE_DIR``): a reader
#: of the folder's files tidies it too (:func:`settled`).
STORE_DIR = ".kg-store"
#: Journal of a switch in progress; its removal commits the switch.
JOURNAL_NAME = ".kg-switch.json"
#: Prefixes of staging and backup folders inside an output folder.
STAGING_PREFIX = ".kg-build-"
BACKUP_PREFIX = ".kg-old-"
#: The record of which files of the folder each kind of set wrote last (``{"sets": {kind:
#: [names]}}``): a new set removes only the files an older one of its kind wrote, never a
#: user's file that happens to bear an output's name (switched with the set it records).
SET_NAME = ".kg-set.json"
#: Seconds a build waits for another build holding the same output folder before giving up.
LOCK_WAIT = 600.0

#: Test hook: called with the name of each step of :func:`publish` (see the test of the switch).
_checkpoint: Callable[[str], None] = lambda step: None  # noqa: E731
#: Signals that stop a build: raised as :class:`Stopped` while a set is staged, held during the
#: switch itself (and its roll-back) and raised when it is over.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class Stopped(KeyboardInterrupt):
    """A signal (``SIGINT``, ``SIGTERM``, ``SIGHUP``) stopped a build while it wrote its outputs;
    the previous set is in place (or the new one, when the signal came during the switch).

    Attributes:
        signum: the signal's number (the ``kg`` command exits with ``128 + signum``).
    """

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def stop_on_signals() -> "_SignalGuard":
    """A context in which a stop signal (``SIGTERM``, ``SIGHUP``, ``SIGINT`` left to their default
    action) raises :class:`Stopped` in the main thread, so the code inside stops as on Ctrl-C:
    its ``finally`` blocks run (a ``--jobs`` pool is shut down) and ``kg`` says
    ``error: stopped by SIGTERM``, where the default action ended the process at once."""
    return _SignalGuard()


class _SignalGuard:
    """Signals during :func:`publish`, in the main thread (elsewhere signals cannot be handled
    and the guard does nothing): a stop signal raises :class:`Stopped` at once, except inside
    :meth:`held`, where it is kept and raised when the block ends, so a switch is never cut
    between two renames. Only signals left to their default action, or to an enclosing guard,
    are taken over (an ignored ``SIGHUP`` under ``nohup`` stays ignored); the previous handlers
    are put back on exit, and a signal held when an error ended the block goes to them."""

    def __init__(self) -> None:
        self.holding = False
        self.pending: int | None = None
        self.previous: dict[int, object] = {}

    def __enter__(self) -> "_SignalGuard":
        if threading.current_thread() is threading.main_thread():
            for sig in STOP_SIGNALS:
                current = signal.getsignal(sig)
                # (a guard inside another, publish's inside kg build's: the inner one holds the
                # signal during its switch, then the outer one's handler is back)
                if current in (signal.SIG_DFL, signal.default_int_handler) or \
                        isinstance(getattr(current, "__self__", None), _SignalGuard):
                    self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        pending, self.pending = self.pending, None
        if pending is not None:  # held while an error ended the switch: delivered now, as it came
            signal.raise_signal(pending)

    def _handle(self, signum, frame) -> None:
        if self.holding:
            self.pending = self.pending or signum
            return
        raise Stopped(signum)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Keep stop signals for the length of the block; raise the first as :class:`Stopped`
        when the block ends normally (after an error, :meth:`__exit__` delivers it)."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        pending, self.pending = self.pending, None
        if pending is not None:
            raise Stopped(pending)


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}(?:\.[A-Za-z0-9]{1,8})?")


def stale_temporary(name: str) -> bool:
    """Is ``name`` a temporary file of :func:`atomic_path` (``.<target>.<pid>.<8 hex><suffix>``)
    whose process is gone (killed before its rename)? Such a file is garbage; a live process's
    one is not."""
    m = _TEMPORARY.fullmatch(name)
    if m is None:
        return False
    pid = int(m.group("pid"))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):
        return False
    return False


def _regular_or_absent(target: Path) -> None:
    """Refuse to replace what is not a file: a device (``/dev/null``, ``/dev/full``), a named
    pipe, a socket, a folder, or a link to one of them (``/dev/stdout``); the rename would put a
    plain file in its place (as root, in place of a device of the system).

    Raises:
        IsADirectoryError: ``target`` is a folder; OSError (``EINVAL``): anything else not a
            regular file; the message names it.
    """
    try:
        st = os.stat(target)  # (through links: what a link points to)
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError:
        return  # (unreadable: the write itself reports it)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(target))
    if not stat.S_ISREG(st.st_mode):
        kind = "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else \
            "a named pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "no regular file"
        raise OSError(errno.EINVAL, f"is {kind}, not a file: Tupu writes a file in its place, so give a file's path",
                      str(target))


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, suffix: str = ".tmp") -> Iterator[Path]:
    """Give a temporary path beside ``path``; on success it replaces ``path`` atomically.

    For libraries that write to a path themselves (``matplotlib.savefig``): write to the
    yielded path; when the ``with`` block ends without an exception the file is flushed,
    given the permissions of the file it replaces (0o644 for a new one) and renamed over
    ``path``; on an exception it is removed and ``path`` keeps its old content.

    Args:
        path: the file to (re)write.
        suffix: suffix of the temporary name (``.png`` where a library reads the type from it).

    Yields:
        The temporary ``Path`` (same folder, name starting with ``.``).

    Raises:
        OSError: the folder is missing or not writable, the disk is full, ….
    """
    target = Path(path)
    _regular_or_absent(target)
    mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{suffix}")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def atomic_write(path: str | os.PathLike, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Args:
        path: the file to (re)write.
        data: the complete new content; a ``str`` is written as UTF-8 with ``\\n`` line ends
            whatever the locale.

    Raises:
        OSError: the folder is missing or not writable, the disk is full, …; ``path`` then
            keeps its old content and no temporary file is left.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


# ----------------------------------------------------------------------------- lock
@contextlib.contextmanager
def output_lock(out: Path, wait: float | None = None, notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the exclusive lock of the output folder ``out`` (``out/.kg-lock``).

    Another build holding it is waited for (builds into one folder queue); the lock file is
    removed when the block ends. Where ``fcntl`` is missing (Windows) the lock file is
    created exclusively instead.

    Args:
        out: an existing folder.
        wait: seconds to wait for another build (default :data:`LOCK_WAIT`).
        notify: called once with a message when this build has to wait.

    Raises:
        OutputError: the lock was not free after ``wait`` seconds, or cannot be created.
    """
    wait = LOCK_WAIT if wait is None else wait
    path = out / LOCK_NAME
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        fcntl = None
    deadline, told = time.monotonic() + wait, False
    while True:
        try:
            if fcntl is None:  # pragma: no cover - Windows
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            else:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    raise FileExistsError(path) from None
                try:  # the holder before us may have removed the file we locked
                    same = os.path.samestat(os.fstat(fd), os.stat(path))
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
        except FileExistsError:
            if time.monotonic() >= deadline:
                raise OutputError(f"{out}: another kg build ({_holder(path)}) is writing here; "
                                  f"waited {wait:g} s — wait for it or use another -o folder") from None
            if notify is not None and not told:
                notify(f"{out}: waiting for another kg build ({_holder(path)}) to finish writing here")
                told = True
            time.sleep(0.05)
            continue
        except OSError as exc:
            raise OutputError(f"{out}: cannot write here ({exc.strerror or exc})") from None
        break
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        try:
            path.unlink()
        except OSError:
            pass
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        pid = ""
    return f"pid {pid}" if pid.isdigit() else "pid unknown"


# ----------------------------------------------------------------------------- switch
@dataclass(frozen=True)
class Linked:
    """A store whose commit is also the commit of an output set (``kg build --store``, see
    :func:`publish`): the new files belong with one state of the store, and the store's own
    atomic commit decides, for a build killed mid-switch, whether they are switched in.

    Attributes:
        folder: the store folder (recorded as an absolute path in the journal).
        generation: the name of the store state the new files belong with.
        commit: makes that state the store's in one atomic step (:meth:`kg.store.Store.commit`).
    """

    folder: Path
    generation: str
    commit: Callable[[], None]


def _linked_committed(record: dict) -> bool:
    """For a journal of a linked switch: did its store commit the generation its files belong with?"""
    from .store import generation_committed

    try:
        return generation_committed(record["store"], record["generation"])
    except (KeyError, TypeError):
        return False


def _forward(out: Path, staging: Path, names: list[str], new: set[str], hook: bool = True) -> None:
    """Finish a linked switch: move each new file of ``staging`` over its name in ``out`` and
    remove the names that the new set does not hold. Idempotent (a file already moved is not
    in ``staging`` any more), so a switch cut anywhere is finished by running it again."""
    for name in names:
        if name in new:
            if (staging / name).exists():
                os.replace(staging / name, out / name)
        else:
            (out / name).unlink(missing_ok=True)
        if hook:
            _checkpoint(f"switch {name}")
    _fsync_dir(out)


def recover(out: Path) -> bool:
    """Finish or undo a switch that a killed build left half done, and remove what killed
    builds left behind (staging and backup folders, temporary files of dead processes).

    A plain switch is rolled back (the previous set comes back from the backup folder). A
    switch linked to a store (:class:`Linked`) goes the way of the store: when the store
    committed the generation the journal names, the new set is switched in from the staging
    folder; else the folder was not touched yet and the staging folder is dropped.

    Call with the lock held (:func:`output_lock`).

    Args:
        out: the output folder.

    Returns:
        True when a half-done switch was finished or rolled back.

    Raises:
        OSError: a file cannot be moved (the journal is kept, so the next run retries).
    """
    journal = out / JOURNAL_NAME
    rolled = False
    if journal.exists():
        try:
            record = json.loads(journal.read_text(encoding="utf-8"))
            names, existed = list(record["names"]), set(record.get("existed", ()))
            backup = out / Path(record["backup"]).name if record.get("backup") else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            record, names, existed, backup = {}, [], set(), None
        if "generation" in record:
            if _linked_committed(record):
                _forward(out, out / Path(str(record.get("staging", ""))).name, names, set(record.get("new", ())),
                         hook=False)
        elif backup is not None:
            _roll_back(out, backup, names, existed)
        journal.unlink()
        _fsync_dir(out)
        rolled = True
    for p in out.iterdir():
        if p.name.startswith((STAGING_PREFIX, BACKUP_PREFIX)) and p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        elif stale_temporary(p.name):
            p.unlink(missing_ok=True)
    return rolled


def _leftovers(names: list[str]) -> bool:
    """Do these folder entries include what a killed build leaves (lock file, staging or backup
    folders, temporary files of dead processes)?"""
    return any(n == LOCK_NAME or n.startswith((STAGING_PREFIX, BACKUP_PREFIX)) or stale_temporary(n) for n in names)


def tidy(folder: str | os.PathLike) -> bool:
    """Remove what a ``kill -9`` of a build left in an output folder — the lock file, staging
    and backup folders, temporary files — when no build holds the folder (its lock is free
    now: :func:`recover` under it). While a build runs, or in a folder this process cannot
    write, they are left alone (readers never read them). One listing when there is nothing.

    Returns:
        True when the folder was tidied.
    """
    folder = Path(folder)
    try:
        if not _leftovers(os.listdir(folder)):
            return False
        with output_lock(folder, wait=0):
            recover(folder)
        return True
    except (OutputError, OSError):
        return False


def settled(folder: str | os.PathLike, wait: float = 10.0) -> None:
    """Make sure no switch is half done in ``folder`` before one of its files is read.

    Without a journal (``folder/.kg-switch.json``) this is one ``stat`` and one listing (what
    killed builds left is removed when the folder's lock is free: :func:`tidy`; in the store
    ``folder/.kg-store`` beside the files too, :func:`kg.store.tidy`). With one,
    either a build is switching its outputs right now (a few milliseconds: wait for its
    journal to go) or a build was killed mid-switch (the lock is free): the switch is
    finished or rolled back under the lock (:func:`recover`), so the reader sees one set
    whole, never a new ``graph.ttl`` beside an old ``graph.html`` (nor files of a store state
    other than the store's).

    Args:
        folder: the folder of the file about to be read.
        wait: seconds to wait for a switch in progress.

    Raises:
        OutputError: the roll-back cannot be done (a read-only folder, a file that cannot be
            moved back) or the switch did not end in ``wait`` seconds; one line naming the folder.
    """
    folder = Path(folder)
    journal = folder / JOURNAL_NAME
    deadline = time.monotonic() + wait
    while journal.exists():
        try:
            with output_lock(folder, wait=0):
                recover(folder)
            return
        except OSError as exc:  # a file of the set cannot be moved back (immutable, or a disk error)
            raise OutputError(f"{folder}: a kg build was stopped while switching its outputs here ({JOURNAL_NAME}) "
                              f"and the switch cannot be finished ({exc.strerror or exc}); make the folder's files "
                              f"writable and run kg build into it again") from None
        except OutputError:
            if not os.access(folder, os.W_OK):
                raise OutputError(f"{folder}: a kg build was stopped while switching its outputs here "
                                  f"({JOURNAL_NAME}); run kg build into it again, or read it from a writable copy") from None
            if time.monotonic() >= deadline:
                raise OutputError(f"{folder}: a kg build has been switching its outputs here for {wait:g} s "
                                  f"({JOURNAL_NAME}); try again when it has finished") from None
            time.sleep(0.02)
    tidy(folder)
    store = Path(folder) / STORE_DIR
    if store.is_dir():  # OUT/graph.ttl read: the store beside it is tidied too (docs/manual.md: "the next command
        from .store import tidy as tidy_store  # that reads the folder"), as a reader of the store would
        tidy_store(store)


def _roll_back(out: Path, backup: Path, names: list[str], existed: set[str]) -> None:
    """Put the files of ``backup`` back in ``out``; remove new files that had no old version."""
    for name in names:
        old = backup / name
        if old.exists():
            os.replace(old, out / name)
        elif name not in existed:
            (out / name).unlink(missing_ok=True)
    _fsync_dir(out)


def _previous_set(out: Path, kind: str) -> tuple[dict, list[str] | None]:
    """The record of :data:`SET_NAME` in ``out`` and the names the last set of ``kind`` wrote
    there; None when there is no record of it: then, for a build (``kind`` "build"), a folder
    holding a ``graph.ttl`` of Tupu's (:func:`_tupu_graph`) was written by a Tupu of before the
    record (every name is its own), and any other folder holds none of ours (a user's own
    graph.ttl beside their graph.nt and nodes.csv: nothing of theirs is removed)."""
    record = _set_record(out)
    if record is not None:
        names = record["sets"].get(kind)
        return record, [n for n in names if isinstance(n, str)] if isinstance(names, list) else []
    return {"sets": {}}, (None if kind == "build" and _tupu_graph(out / "graph.ttl") else [])


#: What the head of a graph.ttl of Tupu's holds: the prefix of its ontology (kg.schema.KG_IRI, written
#: out: this module does not load the schema and rdflib; a test holds the two equal).
_TUPU_PREFIX = b"@prefix kg: <https://w3id.org/tupu/ontology#>"


def _tupu_graph(path: Path) -> bool:
    """Is ``path`` a file whose first 4 KiB declare Tupu's ontology prefix (``_TUPU_PREFIX``), as
    every graph.ttl a build writes does? A file that cannot be read is none."""
    try:
        with open(path, "rb") as fh:
            return _TUPU_PREFIX in fh.read(4096)
    except OSError:
        return False


def _set_record(out: Path) -> dict | None:
    """The record of :data:`SET_NAME` in ``out`` (``{"sets": {kind: [names]}, …}``), or None when
    there is none, or one no Tupu wrote."""
    try:
        record = json.loads((out / SET_NAME).read_text(encoding="utf-8"))
        if isinstance(record.get("sets"), dict):
            return record
    except (OSError, ValueError, AttributeError, RecursionError):
        pass
    return None


def make_folder(folder: str | os.PathLike) -> None:
    """Make the folder an output is written in, with the missing folders above it (as
    ``mkdir -p``): what ``-o`` of ``kg build`` (its output folder), ``kg export`` and ``kg view``
    (the folder of the file, or the csv/neo4j folder) do alike, so ``-o reports/2024/g.graphml``
    makes ``reports/2024/``. Nothing is made when a part of the path is no folder.

    Args:
        folder: the folder (it may exist).

    Raises:
        OutputError: a part of the path exists and is not a folder (``notes.txt: exists and is
            not a folder``), or the folder cannot be made (``x: cannot make the folder
            (Permission denied)``); one line naming it.
    """
    folder = Path(folder)
    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():
                raise OutputError(f"{part}: exists and is not a folder")
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot make the folder ({exc.strerror or exc})") from None


def recorded_names(out: str | os.PathLike) -> set[str]:
    """The names of the files the sets of folder ``out`` wrote, as its :data:`SET_NAME` record
    lists them (every kind), with the record and the switch journal themselves."""
    record = _set_record(Path(out)) or {"sets": {}}
    return {SET_NAME, JOURNAL_NAME} | {n for names in record["sets"].values() if isinstance(names, list)
                                       for n in names if isinstance(n, str)}


def publish(out: str | os.PathLike, names: list[str], write: Callable[[Path], None], *,
            notify: Callable[[str], None] | None = None, linked: Linked | None = None,
            kind: str | None = "build", removed: list[Path] | None = None,
            started: int | None = None) -> list[Path]:
    """Write a set of output files and switch it into ``out`` as one whole (see the module doc).

    With ``linked`` (a store, :class:`Linked`), the store's commit is the switch's: once the new
    set is staged, the journal names the store and the generation the files belong with, then
    ``linked.commit()`` runs, then the files are moved in and the journal removed. A failure
    before the store's commit leaves both as they were (the folder is not touched before it);
    one after it is finished, here or by the next reader or build (:func:`recover`), so the
    files always match the store's committed state.

    Args:
        out: the output folder (made if missing, with the folders above it: :func:`make_folder`).
        names: every file name the set may hold (``graph.ttl``, ``graph.html``, ``errors.jsonl``…).
            A name that ``write`` does not create is removed from ``out`` when an older set of
            the same ``kind`` wrote it (:data:`SET_NAME`): no file of an older set stays beside
            the new one, and a user's own file of such a name stays.
        write: writes the new files into the staging folder it is given (a ``Path``).
        notify: told when the build must wait for another build of the same folder.
        linked: a store whose commit commits the set.
        kind: what writes the set (``"build"``): each kind's files are recorded apart, so one
            kind never removes another's; None for a set that always writes all its ``names``
            (the two CSV files of ``kg export``): no record, nothing to remove.
        removed: gets the paths in ``out`` of an older set's files that this set removed
            (``graph.nt`` of a build asked for N-Triples, when this one is not).
        started: when the build began (:func:`time.time_ns`; a store build: when it took the
            store): the latest-started build wins, not the last to finish. The modification
            time of the set record (:data:`SET_NAME`) is set to it, and a build whose
            ``started`` is earlier than the record's (a build that started later switched its
            set in meanwhile) is refused (:func:`_started_later`) before it writes anything.
            None: no check, and the record keeps the time it had.

    Returns:
        The paths in ``out`` of the files written, in the order of ``names``.

    Raises:
        OutputError: ``out`` (or a part of its path) is not a folder or not writable, a name is
            a folder there, the lock was not free in time, or a build that started later than
            ``started`` wrote the folder's set; the previous set is then untouched.
        OSError: from ``write`` or the switch (the previous set is restored first; after a
            linked commit, the new set is finished first, or by the next run when it cannot be).
        Any exception of ``write`` or ``linked.commit`` (the previous set is untouched).
    """
    out = Path(out)
    for name in [*names, SET_NAME]:
        if (out / name).is_dir():
            raise OutputError(f"{out / name}: is a folder, cannot write the {name} output there")
    make_folder(out)
    _checkpoint("mkdir")
    with _SignalGuard() as guard, output_lock(out, notify=notify):
        _checkpoint("lock")
        try:
            with guard.held():
                recover(out)
                _checkpoint("recover")
                stamp = _stamp_of(out)
                if started is not None and stamp is not None and stamp > started:
                    raise OutputError(_started_later(out, stamp, started))
                try:
                    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
                except OSError as exc:
                    raise OutputError(f"{out}: cannot write here ({exc.strerror or exc})") from None
            _checkpoint("staging")
            write(staging)
            written = [n for n in names if (staging / n).exists()]
            switched = list(names)
            record, previous = _previous_set(out, kind or "")
            for other in record["sets"].values():  # the files written now are no other set's any more
                if isinstance(other, list):
                    other[:] = [n for n in other if n not in written]
            if kind is not None:  # the record of what each kind wrote: remove only what we wrote
                record["sets"][kind] = written
                switched = [n for n in names if n in written or previous is None or n in previous]
            if kind is not None or (out / SET_NAME).is_file():  # (a plain export folder gets no record)
                atomic_write(staging / SET_NAME, json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                if started is not None or stamp is not None:  # the start of the set's build, not the write
                    os.utime(staging / SET_NAME, ns=(started or stamp, started or stamp))
                switched.append(SET_NAME)
            for name in switched:
                if (staging / name).exists():
                    with open(staging / name, "rb") as fh:
                        os.fsync(fh.fileno())
            _checkpoint("staged")
            gone = [out / n for n in switched if n != SET_NAME and not (staging / n).exists() and (out / n).is_file()]
            with guard.held():  # a stop signal waits until the set is switched whole, or rolled back
                if linked is not None:
                    _switch_linked(out, switched, staging, linked)
                else:
                    _switch(out, switched, staging)
            if removed is not None:
                removed.extend(gone)
        finally:
            with guard.held():
                for p in out.iterdir():
                    if p.name.startswith((STAGING_PREFIX, BACKUP_PREFIX)) and not (out / JOURNAL_NAME).exists():
                        shutil.rmtree(p, ignore_errors=True)
    return [out / n for n in written]


def _stamp_of(out: Path) -> int | None:
    """When the build of the set in ``out`` began (nanoseconds): the modification time of its set
    record (:data:`SET_NAME`, which :func:`publish` sets to it); None when there is no record."""
    try:
        return (out / SET_NAME).stat().st_mtime_ns
    except OSError:
        return None


def _started_later(out: Path, stamp: int, started: int) -> str:
    """The refusal of a build that started before the build whose set ``out`` now holds."""
    def clock(ns: int) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ns / 1e9))

    return (f"{out}: not replaced: a kg build that started later ({clock(stamp)}) wrote its files here while this "
            f"one ran (started {clock(started)}); its files are kept — run kg build again to replace them")


def _switch(out: Path, names: list[str], staging: Path) -> None:
    """The plain switch: journal, back up and replace each file, remove the journal (the commit)."""
    backup = Path(tempfile.mkdtemp(prefix=BACKUP_PREFIX, dir=out))
    existed = sorted(n for n in names if (out / n).exists())
    try:
        atomic_write(out / JOURNAL_NAME, json.dumps(
            {"staging": staging.name, "backup": backup.name, "names": names, "existed": existed},
            ensure_ascii=False, sort_keys=True) + "\n")
        _checkpoint("journal")
        for name in names:
            if name in existed:
                _keep(out / name, backup / name)
                _checkpoint(f"backup {name}")
            if (staging / name).exists():
                os.replace(staging / name, out / name)
            else:
                (out / name).unlink(missing_ok=True)
            _checkpoint(f"switch {name}")
        _fsync_dir(out)
    except BaseException:
        _roll_back(out, backup, names, set(existed))
        (out / JOURNAL_NAME).unlink(missing_ok=True)
        raise
    (out / JOURNAL_NAME).unlink()  # the commit
    _fsync_dir(out)
    _checkpoint("commit")


def _switch_linked(out: Path, names: list[str], staging: Path, linked: Linked) -> None:
    """The switch of :func:`publish` with ``linked``: journal, the store's commit, then the files."""
    journal = out / JOURNAL_NAME
    new = sorted(n for n in names if (staging / n).exists())
    record = {"staging": staging.name, "names": names, "new": new,
              "store": str(Path(linked.folder).resolve()), "generation": linked.generation}
    try:
        atomic_write(journal, json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        _checkpoint("journal")
        linked.commit()
    except BaseException:
        if not _linked_committed(record):  # the store keeps its old state: so does the folder
            journal.unlink(missing_ok=True)
            raise
        late: BaseException | None = sys.exc_info()[1]  # committed, then failed: finish the files first
    else:
        late = None
    try:
        _checkpoint("store commit")
        _forward(out, staging, names, set(new))
    except BaseException:
        try:  # finish the switch now if the files can be moved; else the journal stays for the next run
            _forward(out, staging, names, set(new), hook=False)
            journal.unlink()
        except OSError:
            pass
        raise
    journal.unlink()  # the files match the store's state
    _fsync_dir(out)
    _checkpoint("commit")
    if late is not None:
        raise late


def _keep(current: Path, backup: Path) -> None:
    """Keep the current version of an output in the backup folder (a hard link, else a copy)."""
    try:
        os.link(current, backup)
    except OSError:
        shutil.copy2(current, backup)


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when its parent (pid ``parent``) dies (Linux
    ``PR_SET_PDEATHSIG``): a ``kg query`` stopped by SIGTERM or ``kill -9`` leaves no worker
    running a query with no time limit, nor a ``--jobs`` build an extraction worker. Elsewhere
    (no prctl) a no-op. (The parent's pid is given, not guessed: a kg running as pid 1, in a
    container, is a live parent.) Here, in a module every forking caller has imported before it
    forks: imported from :mod:`kg.workers` (which imports rdflib's SPARQL engine), it cost each
    ``--jobs`` worker 0.1 s of CPU at its start, and an import in a forked process can wait
    forever on a lock another thread of the parent held."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, int(signal.SIGKILL), 0, 0, 0) == 0 and os.getppid() != parent:  # 1 = PR_SET_PDEATHSIG
            os._exit(1)  # the parent died before the request took effect
    except (OSError, AttributeError):
        pass


__all__ = ["atomic_write", "atomic_path", "make_folder", "output_lock", "publish", "recover", "settled", "stale_temporary", "tidy",
           "Linked", "Stopped", "stop_on_signals", "die_with_parent", "LOCK_NAME", "JOURNAL_NAME", "LOCK_WAIT", "STAGING_PREFIX", "BACKUP_PREFIX",
           "STOP_SIGNALS"]
