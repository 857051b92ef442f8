"""Detect a file's format from its bytes, never from its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

SNIFF_BYTES = 4096


def detect_format(path: Path, head: bytes | None = None) -> str:
    """Return pdf, docx, ofd, html, txt, image or unknown."""
    if head is None:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"  # OLE2: Word 97 .doc / .wps
    if _looks_like_html(head):
        return "html"
    if _looks_like_text(head):
        return "txt"
    return "unknown"


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        return "unknown"
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    return "unknown"


def _looks_like_html(head: bytes) -> bool:
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:1024]
    if not sample.startswith(b"<"):
        return False
    return any(tag in sample for tag in (b"<html", b"<body", b"<head", b"<div", b"<p", b"<table"))


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in head:
        return False
    # Control bytes other than tab/newline/carriage return/form feed mean binary data.
    controls = sum(1 for b in head if b < 0x20 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 100
