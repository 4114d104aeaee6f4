"""Progress bars for long commands (build, validate, view, eval), drawn with rich on stderr.

A bar is drawn only when stderr is a terminal and the user did not ask for ``--quiet``;
otherwise :func:`progress` hands out a bar that does nothing, so output piped to a file or
read by a script never holds control characters.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (BarColumn, Progress, ProgressColumn, Task, TaskProgressColumn, TextColumn,
                           TimeRemainingColumn)
from rich.text import Text


class _Rate(ProgressColumn):
    """Items done and items per second (``120 articles  35.2 articles/s``)."""

    def render(self, task: Task) -> Text:  # noqa: D102 - rich API
        items, unit = task.fields.get("items", 0), task.fields.get("unit", "")
        elapsed = task.elapsed or 0.0
        rate = f"{items / elapsed:6.1f} {unit}/s" if elapsed > 0.5 else f"{'':>6} {unit}/s"
        return Text(f"{items} {unit}  {rate}", style="progress.data.speed")


class Bar:
    """A progress bar handed out by :func:`progress` (a no-op when quiet).

    Attributes:
        shown: True when the bar is drawn.
    """

    def __init__(self, progress: Progress | None = None, task: int | None = None) -> None:
        self._progress, self._task = progress, task
        self._items = 0
        self.shown = progress is not None

    def set_total(self, total: float | None) -> None:
        """Set the whole work, once it is known (None: unknown)."""
        if self._progress is not None:
            self._progress.update(self._task, total=total)

    def advance(self, amount: float = 1.0, items: int = 0, step: str | None = None) -> None:
        """Move the bar.

        Args:
            amount: work done, in the unit of ``total`` (bytes of input, steps, …).
            items: articles (or other counted items) done with it, for the count and the rate.
            step: a new description (the stage now running), or None to keep it.
        """
        self._items += items
        if self._progress is not None:
            extra = {"description": step} if step is not None else {}
            self._progress.update(self._task, advance=amount, items=self._items, **extra)


@contextmanager
def progress(label: str, total: float | None, unit: str = "articles", quiet: bool = False,
             console: Console | None = None) -> Iterator[Bar]:
    """A progress bar on stderr for the duration of a ``with`` block.

    Args:
        label: what runs (``"build"``), shown left of the bar.
        total: the whole work in the unit :meth:`Bar.advance` counts in (bytes, steps), for the
            bar and the estimated time left; None when unknown.
        unit: the name of the counted items (``"articles"``), shown with their rate per second.
        quiet: draw nothing.
        console: where to draw (tests); stderr by default. Nothing is drawn unless it is a terminal.

    Yields:
        A :class:`Bar`; the drawn bar is removed when the block ends.
    """
    console = console or Console(stderr=True)
    if quiet or not console.is_terminal:
        yield Bar()
        return
    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), _Rate(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as prog:
        yield Bar(prog, prog.add_task(label, total=total, items=0, unit=unit))


__all__ = ["Bar", "progress"]
