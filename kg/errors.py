"""User-facing errors: one class, one line, shown by the CLI without a traceback."""
from __future__ import annotations


class KGError(Exception):
    """An error caused by the user's input or environment (bad file, bad query, …).

    The message is one line that names the file or argument at fault. The CLI prints
    ``error: <message>`` and exits with :attr:`exit_code`.
    """

    exit_code = 2


class InputError(KGError):
    """An input file or folder cannot be read as Chinese text (missing, empty, binary, undecodable)."""


class LexiconError(KGError):
    """A lexicon line is malformed (e.g. a part-of-speech tag that jieba would silently mangle)."""


class OutputError(KGError):
    """An output file or folder cannot be written (not a folder, read-only, …)."""


class WorkerError(KGError):
    """A ``--jobs`` worker process died (killed, or out of memory): the build stops, nothing is written."""


class InputProblems(InputError):
    """Several problems of the inputs found in one pass (two records that claim one id, a line
    that is no JSON), each one line: the CLI prints each as an ``error:`` line. The message is
    the first of them.

    Attributes:
        lines: the problems, one line each, in input order.
    """

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines[0])
        self.lines = list(lines)
