"""The `normdocs` command line: a thin layer over the stages, callable in-process for tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator, List

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

app = typer.Typer(
    help="normdocs: 公文归档 → 规范性文件库。Extract, determine and validate official documents.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_UNREAD = 3  # some file could not be read; 2 stays typer's usage error
PROGRESS_MIN_FILES = 5  # a clerk's quick look at one file needs no bar


def iter_inputs(paths: list[Path]) -> Iterator[str]:
    """Files as given, folders walked recursively in sorted order; hidden files skipped."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        else:
            yield str(path)


@app.callback()
def main() -> None:
    """normdocs command line."""


@app.command()
def inspect(
    paths: List[Path] = typer.Argument(..., help="Files, or folders walked recursively in sorted order."),
    body: bool = typer.Option(False, "--body", help="Include metadata.body, the cleaned full text, and metadata.body_redacted beside it."),
    layout: bool = typer.Option(False, "--layout", help="Include the page/line/zone document model."),
) -> None:
    """Print one JSON object per file (JSON Lines) with its GB/T 9704 metadata, the
    confidentiality findings and the proposed disclosure attribute (公开属性).

    Exit status 0 when every file was read, 3 when any was not.
    """
    from normdocs.extractors import extract_file
    from normdocs.validators import review

    files = list(iter_inputs(paths))
    failed = 0
    stderr = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=stderr, transient=True,
        disable=len(files) < PROGRESS_MIN_FILES or not stderr.is_terminal,
    ) as progress:
        task = progress.add_task("提取元数据", total=len(files))
        for file in files:
            # the layout locates findings on page and line; it is printed only with --layout
            record = review(extract_file(file, keep_layout=True))
            if not layout:
                record.layout = None
            failed += record.status != "ok"
            sys.stdout.write(record.to_json(body=body, layout=layout) + "\n")
            sys.stdout.flush()
            progress.advance(task)
    if failed:
        stderr.print(f"[yellow]{failed} 个文件未能读取（见各记录的 error 字段）。[/yellow]")
        raise typer.Exit(EXIT_UNREAD)


if __name__ == "__main__":
    app()
