"""The contract every format reader answers: a path in, a Layout out, or ExtractionError."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from normdocs.schemas.layout import Layout


class Reader(Protocol):
    def __call__(self, path: Path) -> Layout: ...
