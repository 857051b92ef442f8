"""Terminal output shared by the commands: on a terminal, tables that wrap (never cut); when
stdout is a file or a pipe (cron's log, grep), plain whole lines, one per row, tab-separated,
never wrapped at 80 columns (a log must hold `待审 6` on one line)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Sequence, TextIO, Union

from rich.console import Console
from rich.table import Table
from rich.text import Text

HIGHLIGHT_STYLE = "bold yellow"
PLAIN_MARKS = ("〖", "〗")  # around a highlighted word in plain output


@dataclass(frozen=True)
class Marked:
    """Text with spans to highlight (a search hit's words)."""

    text: str
    spans: Sequence[tuple[int, int]] = ()

    def rich(self) -> Text:
        out = Text(self.text)
        for start, end in self.spans:
            out.stylize(HIGHLIGHT_STYLE, start, end)
        return out

    def plain(self) -> str:
        out, pos = [], 0
        for start, end in sorted(self.spans):
            if start < pos:
                continue
            out += [self.text[pos:start], PLAIN_MARKS[0], self.text[start:end], PLAIN_MARKS[1]]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


Cell = Union[str, Marked, None]


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _stream(stderr: bool) -> TextIO:
    return sys.stderr if stderr else sys.stdout


def line(message: str, stderr: bool = False, style: str | None = None) -> None:
    """One message line: styled on a terminal, written as it is elsewhere."""
    stream = _stream(stderr)
    if is_terminal(stream):
        Console(file=stream, highlight=False).print(Text(message, style=style or ""))
    else:
        stream.write(message + "\n")
        stream.flush()


def error(message: str) -> None:
    line(message, stderr=True, style="red")


def _rich(cell: Cell) -> Text:
    if isinstance(cell, Marked):
        return cell.rich()
    return Text("" if cell is None else str(cell))  # Text, not markup: a title may hold [ ]


def _plain(cell: Cell) -> str:
    text = cell.plain() if isinstance(cell, Marked) else ("" if cell is None else str(cell))
    return " ".join(text.split()) if ("\n" in text or "\t" in text) else text


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
          min_widths: dict[int, int] | None = None) -> None:
    """A titled table: wrapped to the terminal's width, or title, header and rows as plain lines."""
    stream = sys.stdout
    if not is_terminal(stream):
        for text in [title, "\t".join(headers)] + ["\t".join(_plain(c) for c in row) for row in rows]:
            stream.write(text + "\n")
        stream.flush()
        return
    widths = min_widths or {}
    out = Table(title=Text(title), title_justify="left", show_lines=False)
    for i, header in enumerate(headers):
        out.add_column(header, overflow="fold", min_width=widths.get(i))
    for row in rows:
        out.add_row(*[_rich(c) for c in row])
    Console(file=stream, highlight=False).print(out)
