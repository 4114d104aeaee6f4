"""The ``kg`` command: a thin click layer over the library (build, view, query, validate).

Every user mistake becomes one line ``error: …`` on stderr and a non-zero exit code.
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import KGError


class _Error(click.ClickException):
    """One-line error, exit code 2."""

    exit_code = 2

    def __init__(self, message: str, lines: list[str] | None = None) -> None:
        super().__init__(message)
        self.lines = lines or [message]  # several problems found at once: one error line each

    def show(self, file=None) -> None:  # noqa: D102 - click API
        for line in self.lines:
            _show(f"error: {line}", err=True)


def _on_terminal(err: bool = False) -> bool:
    """Is standard output (``err``: standard error) a terminal?"""
    stream = sys.stderr if err else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _show(text: str, nl: bool = True, err: bool = False) -> None:
    """Print text that holds values read from a graph or an input (labels, literals, names).

    On a terminal, characters it would act on (escape sequences, other controls, bidi marks)
    are escaped (:func:`kg.query.terminal_safe`); to a file or a pipe the text goes as it is,
    so ``kg query … --format csv > out.csv`` keeps the data byte for byte."""
    if _on_terminal(err):
        from .query import terminal_safe

        text = terminal_safe(text)
    click.echo(text, nl=nl, err=err)


def _named(ctx, param, value: str | None) -> Path | None:
    """``-o``'s path (a click callback): an empty one (``-o ""``, an unset ``$OUT``) is an error,
    not the current folder (a build wrote its graph.ttl into the working folder)."""
    if value is None:
        return None
    if not value.strip():
        raise click.BadParameter("give a folder or file name, not an empty string",
                                 param_hint=f"'{param.opts[0]}'" if param is not None else "'-o'")
    return Path(value)


def _not_stdout(why: str):
    """A click callback for a path option that names a folder or a file the command writes:
    :func:`_named`, and ``-`` is refused with one line ``error: OPTION -: WHY`` (exit 2, before
    anything is read or written): ``kg build - -o -`` made a folder named ``-``, ``kg build
    --store -`` a store folder named ``-``, ``kg export -o -`` a file named ``-``."""

    def check(ctx, param, value: str | None) -> Path | None:
        if value is not None and value.strip() == "-":
            raise _Error(f"{param.opts[0] if param is not None else '-o'} -: {why}")
        return _named(ctx, param, value)

    return check


#: ``kg build -o``: a build writes a folder of files.
_folder = _not_stdout("kg build writes a folder of files (graph.ttl, graph.html, …), not standard output; "
                      "give a folder name")
#: ``kg build --store``: a store is a folder.
_store_folder = _not_stdout("a store is a folder of files, not standard output; give a folder name")
#: ``kg export -o``: an export is a file a tool opens (a folder for csv and neo4j).
_export_path = _not_stdout("kg export writes a file (a folder for csv and neo4j), not standard output; give a file "
                           "name (kg query … --format nt, or kg export … -o FILE then cat FILE, for a pipe)")


def _guard(fn, *args, _target=None, **kwargs):
    """Call ``fn``; turn user-facing exceptions into one-line errors (``_target``: the output
    path to name when the failing file is a temporary one)."""
    from .export import GraphFileError
    from .query import QuerySyntaxError

    try:
        return fn(*args, **kwargs)
    except (KGError, GraphFileError, QuerySyntaxError, ValueError) as exc:
        lines = [line.splitlines()[0] for line in getattr(exc, "lines", ()) if line]  # (InputProblems)
        raise _Error(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, lines) from None
    except OSError as exc:
        name = str(exc.filename or "")
        if "/." in name and name.endswith(".tmp"):  # a temporary file: name what the user asked for
            name = str(_target or name)
        raise _Error(f"{name}: {exc.strerror or exc}".lstrip(": ")) from None
    except (RuntimeError, ImportError) as exc:  # e.g. PNG output without matplotlib
        raise _Error(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None


class _Stopped(click.ClickException):
    """Ctrl-C (``error: interrupted``, exit 130) or a stop signal (:class:`kg.atomic.Stopped`:
    ``error: stopped by SIGTERM``, exit 128 + the signal's number), as one line on stderr.

    Raised by :class:`_Main` in place of the ``KeyboardInterrupt``, which click would meet
    first and answer with an empty line on stderr (``\nerror: stopped by SIGTERM``, where a
    pipeline's log wants one line). On a terminal the line still starts on a line of its own:
    after the ``^C`` the terminal echoed (the progress bar is removed when it ends)."""

    def __init__(self, exc: BaseException | None) -> None:
        signum = getattr(exc, "signum", 2)
        super().__init__("interrupted" if signum == 2 else f"stopped by {exc}")
        self.exit_code = 128 + signum

    def show(self, file=None) -> None:  # noqa: D102 - click API
        if _on_terminal(err=True):
            click.echo("", err=True)
        click.echo(f"error: {self.message}", err=True)


class _Main(click.Group):
    """The ``kg`` group: a command stopped by Ctrl-C or a stop signal ends as :class:`_Stopped`."""

    def invoke(self, ctx):  # noqa: D102 - click API
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            raise _Stopped(exc) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tupu")
def main() -> None:  # noqa: D401
    """Tupu (图谱): build a knowledge graph from Chinese public-security and legal news.

    Example: kg build                (the bundled sample page → out/graph.ttl, out/graph.html)
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(), callback=_folder,
              help="Output folder for graph.ttl and graph.html (made if missing, with the folders above it).")
@click.option("--format", "formats", multiple=True,
              type=click.Choice(["nt", "jsonld", "trig", "nq", "nquads", "graphml", "gexf", "cytoscape", "csv", "neo4j",
                                 "turtle", "ttl"]),
              help="Extra outputs besides Turtle (repeatable): RDF (nt, jsonld, trig, nq: N-Quads, also written "
                   "nquads; trig and nq keep one named graph per article) or the property-graph "
                   "files of kg export (graphml, gexf, cytoscape, csv, neo4j); turtle (ttl) is always written. "
                   "An --append without --format writes those of its store's last build.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("-j", "--jobs", default="1", show_default=True, metavar="N|auto",
              help="Extract in this many processes, or 'auto': one per core this process may use "
                   "(same output whatever the number).")
@click.option("--dask", "dask", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or local:N "
                   "(start N local workers). Same output as --jobs 1; needs pip install '.[dask]' in the Tupu checkout.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar, and of the summary only the files written (and removed).")
@click.option("--no-merge-persons", is_flag=True, help="Keep every person a node of its own article.")
@click.option("--decisions", "decisions_file", type=click.Path(path_type=Path), default=None,
              help="File of 'same A B' / 'different A B' lines (labels or IRIs), applied after the rules "
                   "(read in the encodings of INPUT texts). A store keeps them: a later --append without "
                   "--decisions applies them again.")
@click.option("--no-decisions", "no_decisions", is_flag=True,
              help="With --append: drop the decisions the store keeps from an earlier --decisions.")
@click.option("--max-file-size", "max_file_size", default="16M", show_default=True, metavar="SIZE",
              help="Largest input file (or JSON Lines line) read: bytes, or with K, M, G.")
@click.option("--store", "store_dir", type=click.Path(), default=None, callback=_store_folder,
              help="Keep the graph in this on-disk store folder (one named graph per article) and write the files from it.")
@click.option("--append", is_flag=True,
              help="Add the inputs to the store (--store, or OUT/.kg-store): unchanged articles are skipped, "
                   "changed ones replace their old version.")
@click.option("--remove", "remove", multiple=True, metavar="PATH|ID",
              help="With --append: take an input out of the store (repeatable): a file, a JSON Lines file or a "
                   "folder as it was given (it need not exist any more), or an article's id or IRI; the files "
                   "then equal a full build without it.")
@click.option("--replace-ids/--no-replace-ids", "replace_ids", default=None,
              help="A JSON Lines record whose id an earlier record used (earlier in the inputs, or, with --append, "
                   "in the store) replaces it, with a note naming both: a correction in a later batch. Without "
                   "it such records are refused (equal records are read once either way). A store keeps it for "
                   "later --append builds until --no-replace-ids.")
@click.option("--summary-json", "summary_json", default=None, metavar="FILE", callback=_named,
              help="Also write the summary as one JSON object (counts of inputs, articles, entities, relations, "
                   "triples; the files written; the failures) to FILE, or with '-' to standard output instead of "
                   "the text summary.")
def build(inputs: tuple[Path, ...], out_dir: Path, formats: tuple[str, ...], no_html: bool, jobs: str,
          dask: str | None, quiet: bool, no_merge_persons: bool, decisions_file: Path | None, max_file_size: str,
          store_dir: Path | None, append: bool, remove: tuple[str, ...], replace_ids: bool | None,
          no_decisions: bool, summary_json: Path | None) -> None:
    """Build the graph of INPUT files or folders (default: the bundled sample page).

    An INPUT is a text file (a newspaper page, or one article with its title on the first
    line; UTF-8 with or without BOM, UTF-16 or UTF-32 with BOM, GB18030/GBK or Big5): .txt or
    .text, Markdown (.md, .markdown: its marks dropped, a table's rows read as rows) or a web page
    (.html, .htm: its markup dropped, its <h1> the headline); a table (.csv, .tsv: one article,
    its rows read as tab-separated lines, the header row too; UTF-8 or GBK, with or without
    BOM; an Excel .xlsx is refused, save it as CSV); a JSON Lines file (.jsonl, one
    article per line: id, title, date, source, url, page, text; id and text required), or a
    JSON file given by name (.json: an array of such objects); or a
    folder of them, read at any depth (other files are named on stderr and skipped); '-' reads standard input (a text, or JSON
    Lines when it starts with '{', a JSON array when it starts with '[' and '{'), recorded as stdin.txt (stdin.jsonl,
    stdin.json). An article whose
    extraction fails, or an input file (JSON Lines line) that cannot be read while others can, is
    left out, named on stderr and in OUT/errors.jsonl, and the exit code is 1.

    With --store DIR the graph is kept in an on-disk store; with --append the inputs are added
    to it (an article already built, same path and content, is skipped; a changed one replaces
    its old statements: a JSON Lines record keeps its id, "replaced" in the store's summary line,
    while a changed text file's articles get new IRIs, the content's hash in them, "added" and
    "removed") and the files are those of a full build of all its articles. Without
    --append, an OUT/.kg-store that earlier --append builds left is rebuilt from the inputs.
    --remove PATH|ID (with --append) takes an input out of the store, its file needed no more:
    kg build -o out-news --append --remove news/wrong.txt (no INPUT: nothing else is read).

    --summary-json FILE (or -) writes the counts as one JSON object (keys in a fixed order; the
    manual, docs/manual.md, lists them) for a pipeline to read, where the text summary would have to be parsed.

    Example: kg build ../articles/ -o out/ --jobs 2 --decisions same-people.txt
    """
    from .atomic import stop_on_signals
    from .pipeline import build as run_build
    from .pipeline import read_decisions
    from .progress import progress
    from .sources import input_size

    fmts = ("turtle",) + tuple(dict.fromkeys(_FORMAT_ALIASES.get(f, f) for f in formats if f not in ("turtle", "ttl")))
    if inputs and click.get_current_context().get_parameter_source("out_dir").name == "DEFAULT":  # (with --quiet too:
        # the one line that says the committed graph is being overwritten)
        click.echo(f"note: no -o given: writing to {_shown(out_dir)}/, the default folder (in a Tupu checkout, "
                   "the bundled page's committed graph); give -o DIR to write elsewhere", err=True)
    jobs = _jobs(jobs)
    limit = _size(max_file_size)
    to_stdout = summary_json is not None and str(summary_json) == "-"
    if summary_json is not None and not to_stdout:
        _not_an_output(summary_json, out_dir, fmts)
        _make_parent(summary_json)
    if no_decisions and decisions_file:
        raise _Error("give --decisions FILE (the decisions to apply and keep) or --no-decisions (none), not both")
    # (None: an --append applies the decisions its store keeps)
    decisions = _guard(read_decisions, decisions_file) if decisions_file else [] if no_decisions else None
    if append and not inputs:  # nothing new: the store's articles resolved again (--decisions) and written
        inputs = _nothing_new(out_dir, store_dir, remove)
    # SIGTERM, SIGHUP: the whole build stops as on Ctrl-C (error: stopped by SIGTERM, exit 143, the
    # staging folder and a first store removed), whatever --jobs; they killed a --jobs 1 build at once
    with stop_on_signals(), _stdin_inputs(inputs, limit) as (inputs, rename, stdin):
        try:
            skip = (out_dir, *([store_dir] if store_dir else []), *([decisions_file] if decisions_file else []))
            given = list(inputs) or ([] if append else None)  # (None: the sample page; [] reads no file)
            with progress("build", _guard(input_size, list(inputs), skip) if list(inputs) else None, quiet=quiet) as bar:
                result = _guard(run_build, given, out_dir, html=not no_html, formats=fmts,
                                jobs=jobs, bar=bar, merge_persons=not no_merge_persons, decisions=decisions,
                                max_file_size=limit, notify=lambda msg: click.echo(f"note: {msg}", err=True),
                                store=store_dir, append=append, dask=dask, stdin=stdin, skip=skip,
                                remove=remove, replace_ids=replace_ids)
        except _Error as exc:
            raise _Error(rename(exc.message), [rename(line) for line in exc.lines]) from None
    summary = result.summary()
    if summary_json is not None:  # (before the lines on stderr: a file that cannot be written is the one error)
        record = _guard(result.summary_record, out_dir, _target=summary_json)
        text = rename(json.dumps(record, ensure_ascii=False, indent=2)) + "\n"
        if not to_stdout:
            from .atomic import atomic_write

            _guard(atomic_write, summary_json, text, _target=summary_json)
    for where, why in result.ignored:
        click.echo(f"warning: {rename(where)}: skipped, {why}", err=True)
    for warning in result.warnings:  # (an input read with a field left out: fails nothing)
        _show(f"warning: {rename(warning)}", err=True)
    for note in result.resolution.notes:
        _show(f"note: {rename(note)}", err=True)
    for where, doc_id, why in result.failed:
        if doc_id is None:  # an input that could not be read (the message names it)
            _show(f"warning: {rename(why)}; not read", err=True)
        else:
            _show(f"warning: {rename(where)}: article {doc_id}: extraction failed ({why})", err=True)
    if to_stdout:  # standard output holds the JSON object alone
        click.echo(text, nl=False)
        sys.exit(1 if result.failed else 0)
    if not quiet:  # (--quiet: only the files written and removed, not the counts)
        if "inputs" in summary:  # --append: what was given and read now, then the store's articles
            click.echo("inputs: " + ", ".join(f"{v} {k}" for k, v in summary["inputs"].items()))
        click.echo("articles: " + ", ".join(f"{v} {k}" for k, v in summary["articles"].items()))
        click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
        click.echo("relations: " + ", ".join(f"{k} {v}" for k, v in summary["relations"].items()))
        click.echo("merges: " + ", ".join(f"{k} {v}" for k, v in summary["merges"].items()))
        if result.store is not None:
            folder, graphs, entities = result.store
            shared = f"; entities graph {entities}" if entities else ""
            click.echo(f"store {_shown(folder)}: article graphs " + ", ".join(f"{v} {k}" for k, v in graphs.items())
                       + shared)
    for f in result.files:
        click.echo(f"wrote {_shown(f)}")
    for f in result.removed:  # (an earlier build's extra format, not asked for now: say so, do not just drop it)
        click.echo(f"removed {_shown(f)} (an earlier build's output this build does not write)")
    if result.failed:
        sys.exit(1)


def _not_an_output(path: Path, out_dir: Path, fmts: tuple[str, ...]) -> None:
    """Refuse ``kg build --summary-json PATH`` where the build writes, or keeps, a file of its own:
    a name of its output set in ``OUT`` (``graph.ttl``, ``errors.jsonl``, …), a name starting
    ``.kg`` there (its store, lock and records), or a file inside a store folder.

    Raises:
        _Error: one line naming PATH, before anything is read or written."""
    from .pipeline import _output_names

    _not_a_kept_file(path)
    try:
        inside = path.parent.resolve() == out_dir.resolve()
    except OSError:
        inside = False
    if inside and (path.name in _output_names(fmts)[2] or path.name.startswith(".kg")):
        raise _Error(f"--summary-json {_shown(path)}: is a file kg build writes in {_shown(out_dir)}; "
                     "give another name (summary.json)")


def _nothing_new(out_dir: Path, store_dir: Path | None, remove: tuple[str, ...]) -> tuple:
    """The inputs of ``kg build --append`` given no INPUT: none (an empty list, which
    :func:`kg.pipeline.build` reads as no file, where None is the bundled sample page): the store is
    the input, its articles resolved again (with ``--decisions``, say) and written, as with ``--remove``.

    Raises:
        _Error: there is no store to write the files from (a first ``--append``), so no articles:
            one line naming the store folder, nothing written."""
    from .pipeline import STORE_DIR

    store = store_dir if store_dir is not None else out_dir / STORE_DIR
    if not remove and not _is_store(store):
        raise _Error(f"--append without INPUT writes the files again from the store, and {_shown(store)} is no "
                     "store yet: give the INPUT files or folders to add (kg build INPUT -o OUT --append)")
    return []


#: Other names ``kg build --format`` and ``kg export --to`` take for a format.
_FORMAT_ALIASES = {"nquads": "nq"}


def _shown(path) -> str:
    """A path as printed: one line (a newline in it written ``\\x0a``; :func:`kg.ingest.shown`)."""
    from .ingest import shown

    return shown(path)


@contextmanager
def _stdin_inputs(inputs: tuple[Path, ...], limit: int):
    """Replace an input ``-`` by a private copy of standard input, for the length of the block.

    Standard input is read once, in chunks (at most ``limit`` bytes for a text, like a file;
    an endless stream stops there), into a
    temporary folder as ``stdin.txt``, or ``stdin.jsonl`` when it starts with ``{`` (JSON Lines),
    ``stdin.json`` when it starts with ``[`` and ``{`` (a JSON array of articles);
    the build then reads it as it reads any file, so the article ids hash its text and are the
    same run after run. Yields ``(inputs, rename, path)``: the inputs with ``-`` replaced, a
    function that writes the temporary path as ``<stdin>`` in a message, and the temporary path
    (None without ``-``), which ``--append`` keys by its content (:func:`kg.pipeline.build`).
    """
    if Path("-") not in inputs:
        yield inputs, lambda text: text, None
        return
    if inputs.count(Path("-")) > 1:
        raise _Error("-: standard input can be given once")
    if sys.stdin is None or sys.stdin.isatty():
        raise _Error("-: standard input is a terminal; pipe a text into kg build - (… | kg build -)")
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    with tempfile.TemporaryDirectory(prefix="kg-stdin-") as folder:
        part = Path(folder) / "stdin.part"
        kind, size, head = None, 0, b""
        with open(part, "wb") as fh:  # in chunks: an endless stream (… < /dev/zero) never fills memory
            while chunk := stream.read(1 << 20):
                if isinstance(chunk, str):
                    chunk = chunk.encode("utf-8")
                fh.write(chunk)
                size += len(chunk)
                if kind is None:  # JSON Lines when the first byte that is no space or BOM is "{"
                    head = (head + chunk).lstrip(b"\xef\xbb\xbf \t\r\n")  # (a JSON array: "[" then "{")
                    kind = ("jsonl" if head.startswith(b"{") else "json" if re.match(rb"\[[ \t\r\n]*[{\]]", head)
                            else "txt") if head else None
                if kind != "jsonl" and size > limit:  # a JSON Lines archive: the limit is per line
                    raise _Error(f"<stdin>: more than {limit:,} bytes, over the limit of {limit:,} bytes per file "
                                 "(raise it with --max-file-size)")
        path = part.rename(Path(folder) / {"jsonl": "stdin.jsonl", "json": "stdin.json"}.get(kind, "stdin.txt"))
        yield (tuple(path if p == Path("-") else p for p in inputs), lambda text: text.replace(str(path), "<stdin>"),
               path)


def _jobs(text: str) -> int:
    """``--jobs``: a number of processes (1 or more), or ``auto``: the cores this process may
    run on (:func:`kg.batch.usable_cores`). More than :data:`kg.batch.JOBS_PER_CORE` per core
    is that many, with a warning: each worker is a process of a few hundred megabytes, and
    ``--jobs 5000`` forked thousands of them for eight articles."""
    from .batch import JOBS_PER_CORE, usable_cores

    cores = usable_cores()
    if text.strip().lower() == "auto":
        return cores
    if not text.strip().isdigit() or int(text) < 1:
        raise click.BadParameter(f"{text!r}: give a number of processes (1 or more) or auto", param_hint="'--jobs'")
    if int(text) > JOBS_PER_CORE * cores:
        click.echo(f"warning: --jobs {int(text)} is more than {JOBS_PER_CORE} per core ({cores} cores here); "
                   f"using {JOBS_PER_CORE * cores}", err=True)
        return JOBS_PER_CORE * cores
    return int(text)


def _size(text: str) -> int:
    """``--max-file-size`` in bytes: ``16M``, ``500K``, ``2G`` or a number of bytes."""
    import re

    m = re.fullmatch(r"\s*(\d{1,15})\s*([KMG]?)i?B?\s*", text, flags=re.I)
    if not m or int(m.group(1)) == 0:
        raise _Error(f"--max-file-size {text!r}: give a size such as 16M, 500K, 2G or a number of bytes")
    size = int(m.group(1)) * 1024 ** " KMG".index((m.group(2) or " ").upper())
    if size > _MAX_SIZE:  # (a size past what an index can hold ended in a traceback)
        raise _Error(f"--max-file-size {text!r}: at most {_MAX_SIZE // 1024 ** 3}G")
    return size


#: Largest ``--max-file-size`` (1 TiB).
_MAX_SIZE = 1024 ** 4


class _Seconds(click.ParamType):
    """A number of seconds from ``low`` to :data:`_MAX_SECONDS` (``inf``, ``nan`` and ``1e308``
    ended in tracebacks where the limit became a timer)."""

    name = "seconds"

    def __init__(self, low: float = 0.0) -> None:
        self.low = low

    def convert(self, value, param, ctx):
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not self.low <= seconds <= _MAX_SECONDS:  # (nan compares false: refused too)
            self.fail(f"{value!r} is not a number of seconds from {self.low:g} to {_MAX_SECONDS:g}", param, ctx)
        return seconds


#: Longest time limit a command takes (a week).
_MAX_SECONDS = 7 * 24 * 3600.0


def _load_source(path: Path, named_graphs: bool = False):
    """The graph of a graph file, or of a store folder (``kg build --store DIR``): its default
    graph, the union of its named graphs, copied into rdflib (``kg stats``, ``kg export``,
    ``kg view``, ``kg validate``); with ``named_graphs``, a store's named graphs as a
    ``Dataset`` (``kg export --to nq``; a TriG or N-Quads file is read into one anyway).

    Raises:
        _Error: a folder that is not a store, or a file that cannot be read as a graph (one line, exit 2).
    """
    from .export import load_graph
    from .store import open_read_only, to_rdflib

    if path.is_dir():
        if not _is_store(path):
            raise _Error(_not_a_store(path))
        return to_rdflib(_guard(open_read_only, path), dataset=named_graphs)
    return _guard(load_graph, path)


_NOT_A_STORE = "{path}: a folder that is not a Tupu store (no tupu-store.json); give a graph file or a kg build --store folder"


def _not_a_store(path: Path) -> str:
    """The error line for a folder given as a graph that is no store: for a build's output
    folder, it names the folder's graph file and the store an ``--append`` build keeps in it."""
    from .pipeline import STORE_DIR

    graph, store = path / "graph.ttl", path / STORE_DIR
    given = [str(p) for p, there in ((graph, graph.is_file()), (store, _is_store(store))) if there]
    if given:
        return f"{path}: a kg build output folder, not a store; give {' or '.join(given)}"
    return _NOT_A_STORE.format(path=path)


def _source_name(path: Path) -> str:
    """A graph source's name in a page title: ``out`` for ``out/.kg-store`` (:func:`kg.store.source_name`)."""
    from .store import source_name

    return source_name(path)


def _a_graph_or_store(path: Path) -> None:
    """Refuse a folder that is no store before ``kg serve`` or ``kg push`` opens it, with the line
    the other commands give (a build's output folder: name its graph file and its store).

    Raises:
        _Error: ``path`` is a folder and no store.
    """
    if path.is_dir() and not _is_store(path):
        raise _Error(_not_a_store(path))


def _is_store(path: Path) -> bool:
    from .store import is_store

    return is_store(path)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_file", default="graph.html", show_default=True, type=click.Path(), callback=_named,
              help="HTML file to write (.html), or a picture (.svg, .png).")
@click.option("--focus", default=None,
              help="Draw only the neighbourhood of the entity with this name or IRI (kgid:person-… or in full).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(min=0),
              help="Hops around --focus (0: the entity alone). Ignored without --focus, with a warning on stderr.")
@click.option("--max-nodes", default=None, type=click.IntRange(min=1),
              help="Draw at most this many nodes (best connected).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def view(graph_file: Path, out_file: Path, focus: str | None, depth: int, max_nodes: int | None, quiet: bool) -> None:
    """Draw GRAPH_FILE (a graph file or a kg build --store folder) as an interactive HTML network
    (or an SVG/PNG picture).

    Example: kg view out/graph.ttl -o taizhou.html --focus 台州市公安局 --depth 2   (or -o taizhou.svg)
    """
    from .progress import progress
    from .view import render_html, render_image

    suffix = out_file.suffix.lower()
    if suffix not in (".html", ".htm", ".svg", ".png"):
        raise _Error(f"{out_file}: unknown output type {suffix or '(none)'}; use .html, .svg or .png")
    _not_the_input(out_file, graph_file)
    _not_a_kept_file(out_file, set_files=False)
    if focus is None and click.get_current_context().get_parameter_source("depth").name != "DEFAULT":
        click.echo(f"warning: --depth {depth} is ignored without --focus (it counts hops around the --focus "
                   "entity); drawing the whole graph", err=True)
    _make_parent(out_file)
    with progress("view: reading", 2, unit="steps", quiet=quiet) as bar:
        g = _load_source(graph_file)
        bar.advance(1, step="view: drawing")
        if suffix in (".svg", ".png"):
            stats = _guard(render_image, g, out_file, max_nodes=max_nodes, focus=focus, depth=depth, _target=out_file)
        else:
            stats = _guard(render_html, g, out_file, title=f"Tupu 图谱 — {_source_name(graph_file)}", focus=focus,
                           _target=out_file, depth=depth, max_nodes=max_nodes)
        bar.advance(1)
    click.echo(f"wrote {_shown(out_file)} ({_count(stats.nodes, 'node')}, {_count(stats.edges, 'edge')}, "
               f"{stats.dropped} left out)")


def _count(number: int, noun: str) -> str:
    """``1 node``, ``2 nodes``, ``0 nodes``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _not_the_input(out: Path, source: Path) -> None:
    """Refuse to write ``out`` over the graph (file or store folder) it is made from.

    Raises:
        _Error: one line naming the file.
    """
    try:
        same = out.exists() and os.path.samefile(out, source)
    except OSError:
        same = False
    if same:
        raise _Error(f"{out}: is the input graph; write the output to another path")


def _not_a_kept_file(out: Path, set_files: bool = True) -> None:
    """Refuse to write ``out`` into a store folder (its manifest or any file there: the store was
    then "damaged") or, with ``set_files``, over a file of a build's output set (``graph.nt``,
    ``.kg-set.json``, … as the folder's set record names them): ``kg export … -o`` wrote GraphML
    there with exit 0.

    Raises:
        _Error: one line naming the file.
    """
    from .atomic import recorded_names
    from .store import MANIFEST

    folder = out.parent
    if out.name == MANIFEST or (folder / MANIFEST).is_file():
        raise _Error(f"{out}: is inside the store folder {folder}; write the output to another path")
    if set_files and out.name in recorded_names(folder):
        raise _Error(f"{out}: is a file of the build in {folder}; write the output to another path")


def _make_parent(out: Path) -> None:
    """Make the folder ``out`` is written in, with the missing folders above it, as ``kg build -o``
    makes its output folder (:func:`kg.atomic.make_folder`: ``kg view -o maps/g.svg``).

    Raises:
        _Error: a part of the path is no folder, or the folder cannot be made (one line naming it)."""
    from .atomic import make_folder

    _guard(make_folder, out.parent)


#: File suffixes of ``kg export``'s formats: ``-o`` with another format's suffix is refused.
_EXPORT_SUFFIXES = {"graphml": (".graphml",), "gexf": (".gexf",), "cytoscape": (".json", ".cyjs"), "csv": (".csv",),
                    "neo4j": (".csv",), "nq": (".nq", ".nquads")}


def _suffix_fits(fmt: str, out: Path) -> None:
    """Refuse ``kg export --to FMT -o OUT`` when OUT's suffix is that of another format
    (``--to graphml -o g.gexf`` wrote GraphML into a .gexf file that Gephi then could not read),
    or names a file where FMT writes a folder (``--to csv -o file.csv`` made a folder
    ``file.csv``); an existing folder is taken as given.

    Raises:
        _Error: one line naming OUT and the suffix or the format that fits.
    """
    suffix = out.suffix.lower()
    if fmt in ("csv", "neo4j"):
        if suffix in {s for v in _EXPORT_SUFFIXES.values() for s in v} and not out.is_dir():
            raise _Error(f"{_shown(out)}: --to {fmt} writes a folder (two CSV files), not a {suffix} file; "
                         "give a folder name")
        return
    other = [f for f, v in _EXPORT_SUFFIXES.items() if suffix in v and f not in ("csv", "neo4j")]
    if suffix in _EXPORT_SUFFIXES["csv"] or (other and fmt not in other):
        fits = " or ".join(_EXPORT_SUFFIXES[fmt])
        hint = f", or give --to {other[0]}" if other else ""
        raise _Error(f"{_shown(out)}: --to {fmt} writes {fmt} data, not {suffix}; name the file {fits}{hint}")


#: What ``kg export --to`` says of names that are a tool's, not a format's: the format the tool reads.
#: Options to add for the tool (Excel opens the CSV files as UTF-8 with --excel's byte-order mark).
_FORMAT_OF_TOOL = {"gephi": ("Gephi", "gexf"), "yed": ("yEd", "graphml"), "cyjs": ("Cytoscape", "cytoscape"),
                   "json": ("Cytoscape", "cytoscape"), "pandas": ("pandas", "csv"), "excel": ("Excel", "csv", " --excel"),
                   "xlsx": ("Excel", "csv", " --excel")}


class _ExportFormat(click.Choice):
    """``kg export --to``: an unknown name is one ``error:`` line, as the tool's other mistakes are,
    with the format meant when it names a tool (``--to gephi``: gexf, Gephi's format)."""

    def convert(self, value, param, ctx):  # noqa: D102 - click API
        if isinstance(value, str) and value.lower() in self.choices:
            return _FORMAT_ALIASES.get(value.lower(), value.lower())
        tool = _FORMAT_OF_TOOL.get(str(value).lower())
        hint = f" ({tool[0]} reads {tool[1]}: give --to {tool[1]}{tool[2] if len(tool) > 2 else ''})" if tool else ""
        names = ", ".join(c for c in self.choices if c not in _FORMAT_ALIASES)  # (nquads: nq's other name)
        raise _Error(f"--to {value}: not an export format{hint}; choose one of {names}")


@main.command(name="export")
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--to", "fmt", required=True,
              type=_ExportFormat(["graphml", "gexf", "cytoscape", "csv", "neo4j", "nq", "nquads"]),
              help="Property-graph format (entities as nodes, relations as edges with evidence counts), or nq "
                   "(also nquads): the statements as N-Quads, one named graph per article of a store or TriG "
                   "file (a file of triples: all in the default graph).")
@click.option("-o", "--out", "out_path", required=True, type=click.Path(), callback=_export_path,
              help="File to write; a folder for csv (nodes.csv, edges.csv) and neo4j (nodes.csv, relationships.csv). "
                   "Missing folders on the way are made, as kg build -o makes its folder.")
@click.option("--excel", is_flag=True,
              help="With --to csv: start each file with a UTF-8 byte-order mark, so that Excel opens it by "
                   "double-click as UTF-8 (without it, Excel on a Chinese Windows reads it as GBK).")
def export_(graph_file: Path, fmt: str, out_path: Path, excel: bool) -> None:
    """Export GRAPH_FILE (a graph file or a kg build --store folder) for networkx, Gephi, Cytoscape,
    pandas or Neo4j, or as N-Quads (--to nq) for a quad store.

    Example: kg export out/graph.ttl --to csv --excel -o tables/
    """
    from .network import write_export

    if excel and fmt != "csv":
        raise _Error(f"--excel is for --to csv (the files Excel opens), not --to {fmt}")
    _not_the_input(out_path, graph_file)
    _not_a_kept_file(out_path)
    _suffix_fits(fmt, Path(out_path))
    _make_parent(out_path)
    if fmt == "nq":  # RDF with its named graphs, not a property graph (the bytes of kg build --format nq)
        from .export import serialize

        written = _guard(serialize, _load_source(graph_file, named_graphs=True), out_path, "nq", _target=out_path)
        click.echo(f"wrote {_shown(written)}")
        return
    g = _load_source(graph_file)
    for written in _guard(write_export, g, fmt, out_path, excel, _target=out_path):
        click.echo(f"wrote {_shown(written)}")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "json"]),
              help="table for a terminal, csv (section,key,label,metric,value) for pandas, or json.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=0),
              help="Rows of the most-connected organizations and persons (0: all).")
def stats(graph_file: Path, fmt: str, top: int) -> None:
    """Figures of GRAPH_FILE (a graph file or a kg build --store folder): entities per class, statements per relation, connected
    components, the most connected organizations and persons (degree, betweenness), and
    articles per agency.

    Example: kg stats out/graph.ttl --format csv > stats.csv
    """
    from .stats import format_stats, graph_stats

    g = _load_source(graph_file)
    _show(_guard(format_stats, _guard(graph_stats, g, top), fmt), nl=False)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path), required=False)
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--saved", default=None, help="Run a saved query by name (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to the string VALUE (a saved query's parameter; repeatable).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "xml", "csv", "tsv", "turtle", "nt", "jsonld"]),
              help="SELECT/ASK: table or W3C SPARQL results (json, xml, csv, tsv); CONSTRUCT/DESCRIBE: "
                   "turtle (also for table), nt, jsonld.")
@click.option("--timeout", default=60.0, show_default=True, type=_Seconds(),
              help="Stop the query after this many seconds (0: no limit).")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(min=0),
              help="Stop when the result has more rows than this (0: no limit).")
@click.option("--max-memory", default=None, type=click.IntRange(min=0),
              help="Megabytes of memory the query may take beyond the open graph (0: no limit; default: half "
                   "the machine's memory, at most 8192).")
@click.option("--excel", is_flag=True,
              help="With --format csv or tsv: start the output with a UTF-8 byte-order mark, so that Excel opens "
                   "the file it is saved to by double-click as UTF-8.")
def query(graph_file: Path | None, sparql: str | None, query_file: Path | None, saved: str | None,
          params: tuple[str, ...], list_saved: bool, fmt: str, timeout: float, max_rows: int,
          max_memory: int | None, excel: bool) -> None:
    """Run a SPARQL query on GRAPH_FILE, a graph file or a kg build --store folder (prefixes kg:, kgid:, rdfs:, skos:, prov: … are predeclared).

    Both are queried with Oxigraph: a graph file loaded into memory (rdflib reads a file Oxigraph
    cannot), a store on disk, where GRAPH ?g { … } names each article's graph (the default graph
    is their union, the same rows as graph.ttl gives).

    Example: kg query out/graph.ttl --saved units_and_honours --param agency=格尔木市公安局
    """
    from .query import format_result, saved_queries, saved_template

    if list_saved:
        _list_saved(saved_queries(), saved_template)
        return
    if graph_file is None:
        raise _Error("give a GRAPH_FILE (or --list)")
    if excel and fmt not in ("csv", "tsv"):
        raise _Error(f"--excel is for --format csv or tsv (the files Excel opens), not --format {fmt}")
    if sparql is None and query_file is None and saved is None and _looks_like_query(graph_file):
        raise _Error(f"no graph file given: {_clipped(str(graph_file))!r} is a query, not a graph file or store "
                     "folder (write kg query GRAPH_FILE 'SELECT …')")
    if sparql is not None and _looks_like_query(graph_file) and os.path.exists(sparql):  # kg query 'SELECT…' g.ttl
        raise _Error(f"{_clipped(str(graph_file))!r} is a query and {sparql} a graph: the order is GRAPH then QUERY "
                     f"(write kg query {sparql} 'SELECT …')")
    if sum(x is not None for x in (sparql, query_file, saved)) > 1:
        raise _Error("give only one of: a SPARQL query, -f FILE.rq, --saved NAME")
    bindings = _guard(_parse_params, params)
    given = dict(bindings)
    if query_file is not None:
        from .ingest import read_regular

        try:
            sparql = _guard(read_regular, query_file, "query").decode("utf-8-sig")  # (a BOM is no syntax)
        except UnicodeDecodeError as exc:
            raise _Error(f"{query_file}: cannot read query ({exc})") from None
    elif saved:
        template = _guard(saved_template, saved)
        sparql, bindings = template.text, _guard(template.bindings, bindings)
    if not sparql:
        raise _Error("give a SPARQL query, -f FILE.rq or --saved NAME")
    from .workers import default_max_memory

    memory = default_max_memory(1) if max_memory is None else max_memory << 20  # (0: no limit)
    if graph_file.is_dir():  # a store: Oxigraph answers, GRAPH patterns included, in a worker killed at --timeout
        from .workers import query_in_worker

        if not _is_store(graph_file):
            raise _Error(_not_a_store(graph_file))

        def run(text: str, values: dict[str, str]):
            return _guard(query_in_worker, graph_file, text, values, timeout=timeout, max_rows=max_rows,
                          max_memory=memory)
    else:  # a graph file: loaded into an in-memory Oxigraph store (rdflib where Oxigraph cannot read it), the
        # query answered in a forked child, sealed and killed at --timeout (one step can hold either engine)
        from .graphfile import open_graph_file
        from .workers import query_in_fork

        source = _guard(open_graph_file, graph_file)

        def run(text: str, values: dict[str, str]):
            return _guard(query_in_fork, source, text, values, timeout=timeout, max_rows=max_rows, max_memory=memory)
    result = run(sparql, bindings)
    _show(("\ufeff" if excel else "") + _guard(format_result, result, fmt), nl=False)  # (EXCEL_BOM, decoded)
    if not result.rows if result.boolean is None else not result.boolean:  # nothing found: a name without @zh?
        from .query import term_hints, untagged_hints

        for text in term_hints(sparql):  # a kg: term the ontology does not declare (kg:belongTo)
            _show(f"hint: {text}", err=True)
        for text in untagged_hints(sparql):  # a name without @zh
            _show(f"hint: {text}", err=True)
        named = {k: v for k, v in bindings.items() if k in template.params} if saved else bindings
        _name_hints(run, sparql, saved, named, given)  # (not a value derived from one: provinceCode)


def _name_hints(run, sparql: str, saved: str | None, bindings: dict[str, str], given: dict[str, str]) -> None:
    """After an empty result, one line on stderr for each name that no node has as its rdfs:label:
    a name the query matches with ``rdfs:label`` that is a ``skos:altLabel`` (or a folded form) of
    a node (``hint:``), and a saved query's name parameter, given or left at its default, that
    matches a node's alternative name only or no name at all (``note:``). ``run(text, params)``
    answers a query on the same graph; a lookup that fails says nothing."""
    from .query import PARAM_KINDS, kind_hints, kind_lookup, label_literals, name_hints, name_lookup

    labels = label_literals(sparql)
    names = {name: value for name, value in bindings.items() if saved and name != "relation" and value.strip()}
    wanted = list(dict.fromkeys([*labels, *names.values()]))
    if not wanted:
        return
    typed = {name: value for name, value in names.items() if name in PARAM_KINDS}
    try:
        rows = run(*name_lookup(wanted)).rows
        kinds = kind_hints(typed, run(*kind_lookup(list(typed.values()))).rows) if typed else {}
    except _Error:
        return
    hints = name_hints(wanted, rows)
    for text in labels:
        if hints.get(text):
            either = "" if hints[text].startswith("names only") else " (match rdfs:label|skos:altLabel to find either)"
            _show(f'hint: "{text}" {hints[text]}{either}', err=True)
    for name, value in names.items():
        if value not in hints and name not in kinds:
            continue
        if name not in given:
            written = f"{value} (the default of --saved {saved}; give --param {name}=NAME)"
        else:
            written = given[name] if given[name] == value else f"{given[name]} (read as {value})"
        if name in kinds and hints.get(value) is not None and not hints[value]:  # no node: the division table's word
            said = f"matches no rdfs:label or skos:altLabel in the graph; {given.get(name, value)} {kinds[name]}"
        else:
            said = kinds.get(name) or hints[value] or "matches no rdfs:label or skos:altLabel in the graph"
        _show(f"note: --param {name}={written} {said}", err=True)


def _looks_like_query(path: Path) -> bool:
    """Is ``path``, given as GRAPH_FILE, no file but SPARQL text (``kg query 'SELECT …'`` with the
    graph forgotten)?"""
    import re

    return not path.exists() and bool(re.match(r"\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", str(path), re.I)
                                           or "{" in str(path))


def _clipped(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters and ended with ``…`` when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    """``--param`` values → ``{name: value}``; ValueError for a malformed one or a name given
    twice (the last one won, with no word)."""
    out: dict[str, str] = {}
    for text in params:
        name, value = _parse_param(text)
        if name in out:
            raise ValueError(f"--param {name} given twice ({out[name]!r} and {value!r}); give it once")
        out[name] = value
    return out


def _parse_param(text: str) -> tuple[str, str]:
    """``"agency=台州市公安局"`` → ``("agency", "台州市公安局")``; ValueError if not NAME=VALUE."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise ValueError(f"--param {text!r}: write NAME=VALUE, NAME a variable name without ?")
    return name.strip(), value


def _list_saved(library: dict[str, str], template_of) -> None:
    """Print each saved query: its name, its whole description, then its parameters."""
    import textwrap

    for name in library:
        t = template_of(name)
        click.echo(textwrap.fill(t.description, 100, initial_indent=f"{name:<22}", subsequent_indent=" " * 22))
        for pname, (default, said) in t.params.items():
            click.echo(textwrap.fill(f"--param {pname}={default or ''}  {said}", 100, initial_indent=" " * 22,
                                     subsequent_indent=" " * 26))


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--limit", default=None, type=click.IntRange(min=0),
              help="Show at most N violations (all are counted).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]),
              help="text: the SHACL report; json: one JSON object (graph, conforms, triples, violations, shown, "
                   "results: focus, path, value, message, component, shape) on standard output.")
def validate(graph_file: Path, limit: int | None, quiet: bool, fmt: str) -> None:
    """Check GRAPH_FILE (a graph file or a kg build --store folder) against the ontology's SHACL
    shapes (exit 1 on violations).

    Example: kg validate out/graph.ttl --limit 20   (or --format json for a pipeline)
    """
    from .progress import progress
    from .validate import validate as run_validate

    with progress("validate: reading", 4, unit="steps", quiet=quiet) as bar:
        g = _load_source(graph_file)
        bar.advance(1, step="validate: copying")
        res = _guard(run_validate, g, limit=limit, bar=bar)
    if not len(g):  # (an empty file conforms to every shape: say so, it is rarely what was meant)
        click.echo(f"warning: {graph_file}: the graph holds no statements", err=True)
    if fmt == "json":  # (the same exit codes; the count of violations in the object, not on stderr)
        click.echo(json.dumps({"graph": str(graph_file), **res.record(len(g))}, ensure_ascii=False, indent=2))
        sys.exit(0 if res.conforms else 1)
    if res.conforms:
        click.echo(f"{graph_file}: conforms")
        return
    _show(res.text)
    click.echo(f"{graph_file}: {res.violations} violation(s)", err=True)
    sys.exit(1)


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=_Seconds(),
              help="Stop a query after this many seconds (0: no limit).")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(min=0),
              help="Refuse a result of more rows (or triples) than this (0: no limit).")
@click.option("--max-memory", default=None, type=click.IntRange(min=0),
              help="Megabytes of memory a query may take in its process, beyond the open graph (0: no limit; "
                   "default: the machine's memory shared by the processes, at most 8192).")
@click.option("--max-result", default=100, show_default=True, type=click.IntRange(min=0),
              help="Refuse a result whose values hold more than this many million characters (0: no limit).")
@click.option("--max-waiting", default=8, show_default=True, type=click.IntRange(min=0),
              help="Queries that may wait while every query process is busy; more are answered 503 at once.")
@click.option("-q", "--quiet", is_flag=True, help="Do not log each request.")
def serve(source: Path, host: str, port: int, timeout: float, max_rows: int, max_memory: int | None,
          max_result: int, max_waiting: int, quiet: bool) -> None:
    """Serve SOURCE (a graph file or a --store folder) as a read-only SPARQL 1.1 endpoint at /sparql,
    with the HTML view at /.

    Updates, SERVICE, LOAD and FROM are refused (400); each query has a time, a row, a memory and
    a result-size limit.

    Example: kg serve out/graph.ttl --port 8000   (then http://127.0.0.1:8000/sparql?query=…)
    """
    from .serve import make_server

    _a_graph_or_store(source)
    server = _guard(make_server, source, host, port, timeout=timeout, max_rows=max_rows, quiet=quiet,
                    max_waiting=max_waiting,
                    max_memory=None if max_memory is None else max_memory << 20, max_result=max_result * 1_000_000)
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"serving {source} at http://{bound_host}:{bound_port}/sparql (view: http://{bound_host}:{bound_port}/); "
               "Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:  # the usual way to stop a server: not an error
        click.echo("stopped", err=True)
    finally:
        server.server_close()
        server.endpoint.close()


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL of the server (Oxigraph: http://HOST:7878/store; Fuseki: http://HOST:3030/DS/data).")
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="Push the union of all statements into this one graph (default: each named graph under its own name).")
@click.option("--timeout", default=120.0, show_default=True, type=_Seconds(1.0),
              help="Seconds to wait for the server on each graph.")
@click.option("--prune", is_flag=True,
              help="Then delete the graphs under Tupu's IRIs (https://w3id.org/tupu/id/…) that the server holds "
                   "and the store no longer has (articles --remove dropped or an edit replaced). SOURCE must be a "
                   "store; the server should hold no other Tupu store's graphs.")
@click.option("--query-endpoint", "query_endpoint", default=None, metavar="URL",
              help="With --prune: the server's SPARQL query URL, which lists its graphs (default: …/query beside "
                   "an Oxigraph …/store or a Fuseki …/data URL).")
def push(source: Path, endpoint: str, graph_iri: str | None, timeout: float, prune: bool,
         query_endpoint: str | None) -> None:
    """Load SOURCE (a --store folder or a graph file) into an external SPARQL store over the
    SPARQL 1.1 Graph Store HTTP Protocol (PUT: each graph sent replaces that graph there).

    Example: kg push store/ --endpoint http://127.0.0.1:7878/store --prune
    """
    from .push import prune as run_prune
    from .push import push as run_push
    from .push import query_endpoint_of

    _a_graph_or_store(source)
    if query_endpoint is not None and not prune:
        raise _Error("--query-endpoint is for --prune (the query that lists the server's graphs)")
    if prune and (graph_iri is not None or not source.is_dir()):
        raise _Error("--prune deletes the server's article graphs that a store no longer has: give a store folder "
                     "(kg build --store, OUT/.kg-store), pushed graph by graph (not with --graph)")
    if prune and query_endpoint is None and query_endpoint_of(endpoint) is None:  # (said before anything is sent)
        raise _Error(f"{endpoint}: not an Oxigraph (…/store) or Fuseki (…/data) graph store URL; give its SPARQL "
                     "query URL with --query-endpoint for --prune")
    done = _guard(run_push, source, endpoint, graph_iri, timeout=timeout)
    triples = sum(n for _, n in done)
    click.echo(f"pushed {len(done)} graph(s), {triples} triples, to {endpoint}")
    if prune:
        gone = _guard(run_prune, endpoint, {name for name, _ in done if name is not None},
                      query_endpoint=query_endpoint, timeout=timeout)
        for name in gone:
            click.echo(f"deleted graph <{name}>")
        click.echo(f"pruned {len(gone)} graph(s) the store no longer has")


@main.command(name="eval")
@click.argument("texts", type=click.Path(path_type=Path))
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="List the misses and the false hits.")
@click.option("--per-file", is_flag=True, help="Also print F1 per text file.")
@click.option("--mentions", default="both", show_default=True, type=click.Choice(["both", "rules", "tagger"]),
              help="Mention source: rules and tagger, the rules alone, or the CRF tagger alone (ablation).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--corpus", is_flag=True,
              help="Also build all texts together and score which entities of different files are one (=ID in gold).")
def eval_(texts: Path, gold: Path, show_errors: bool, per_file: bool, mentions: str, quiet: bool, corpus: bool) -> None:
    """Build TEXTS (a file or folder) and score against GOLD annotations (a .gold file or folder).

    Each text a.txt is built on its own and scored against a.gold; the gold format is in the
    manual (docs/manual.md, "Measuring on your own articles"). With --corpus the texts are also built together
    and the merges across files are scored against the gold's =ID marks.

    Example: kg eval my-articles/ my-gold/ --errors
    """
    from .evaluate import evaluate, evaluate_corpus, format_identity, format_report
    from .progress import progress

    with progress("eval", None, quiet=quiet) as bar:
        total, rows = _guard(evaluate, texts, gold, mentions, bar=bar)
    _show(format_report(total, rows if per_file else None, errors=show_errors, by_file=rows))
    if corpus:
        _show(format_identity(_guard(evaluate_corpus, texts, gold, mentions), errors=show_errors))


def run_cli() -> None:
    """Entry point of the ``kg`` command: :func:`main`, with Ctrl-C as a one-line error (exit 130),
    and ``SIGTERM``/``SIGHUP`` during a build's writing as ``error: stopped by SIGTERM`` (exit 143, 129)."""
    try:
        main(standalone_mode=False, prog_name="kg")
    except click.exceptions.Abort as exc:  # click's wrapping of KeyboardInterrupt
        _interrupted(exc.__cause__)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt as exc:
        _interrupted(exc)


def _interrupted(exc: BaseException | None) -> None:
    """Ctrl-C: ``error: interrupted``, exit 130; SIGTERM or SIGHUP while a build writes its outputs
    (:class:`kg.atomic.Stopped`): ``error: stopped by SIGTERM``, exit 128 + the signal's number
    (:class:`_Stopped`: one line, an empty one before it only on a terminal)."""
    stopped = _Stopped(exc)
    stopped.show()
    sys.exit(stopped.exit_code)


if __name__ == "__main__":  # pragma: no cover
    run_cli()
