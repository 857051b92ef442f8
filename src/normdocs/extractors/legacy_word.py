"""Legacy Word 97-2003 .doc and WPS .wps (both OLE2 files): LibreOffice converts, read_docx reads.

Each conversion runs `soffice --headless --convert-to docx` in its own temporary folder with
its own LibreOffice profile (-env:UserInstallation), so parallel conversions never wait on
each other's profile lock, and nothing is left behind. A conversion that hangs is killed
(with the processes it started) after NORMDOCS_SOFFICE_TIMEOUT seconds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from normdocs.extractors.docx_reader import read_docx
from normdocs.schemas.layout import Layout
from normdocs.schemas.record import ErrorCode, ExtractionError
from normdocs.schemas.settings import Settings

_CANDIDATES = ("soffice", "libreoffice")
_KNOWN_PATHS = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)
# Keep these suffixes so LibreOffice's type detection gets the right hint; anything else is
# presented as .doc (the content is OLE2, and the filter is chosen from the bytes anyway).
_KEEP_SUFFIX = {".doc", ".dot", ".wps", ".wpt"}


def find_soffice() -> str | None:
    """The LibreOffice binary: $NORMDOCS_SOFFICE, then PATH, then the usual install places."""
    configured = Settings().soffice
    if configured and Path(configured).is_file():
        return configured
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN_PATHS if Path(p).is_file()), None)


def read_legacy_word(path: Path) -> Layout:
    soffice = find_soffice()
    if soffice is None:
        raise ExtractionError(
            ErrorCode.unsupported_format,
            "旧版 Word（.doc）或 WPS（.wps）文件需要 LibreOffice 转换，但本机未安装 LibreOffice"
            "（找不到 soffice / libreoffice 命令）。请安装 LibreOffice，或先将文件另存为 .docx 或 PDF。",
        )
    with tempfile.TemporaryDirectory(prefix="normdocs-lo-") as tmp:
        tmp_dir = Path(tmp)
        suffix = path.suffix.lower() if path.suffix.lower() in _KEEP_SUFFIX else ".doc"
        source = tmp_dir / f"input{suffix}"
        shutil.copyfile(path, source)
        out_dir = tmp_dir / "out"
        out_dir.mkdir()
        converted = _convert(soffice, source, out_dir, tmp_dir / "profile")
        try:
            return read_docx(converted)
        except ExtractionError as exc:
            message = exc.message.replace("DOCX 文件", "文件（由 LibreOffice 从 DOC/WPS 转换后）")
            raise ExtractionError(exc.code, message) from exc


def _convert(soffice: str, source: Path, out_dir: Path, profile: Path) -> Path:
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "--convert-to", "docx:MS Word 2007 XML",
        "--outdir", str(out_dir),
        str(source),
    ]
    env = dict(os.environ, HOME=str(profile.parent))  # LibreOffice writes beside HOME too
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, start_new_session=True,
        )
    except OSError as exc:
        raise ExtractionError(
            ErrorCode.unsupported_format, f"无法启动 LibreOffice（{soffice}）转换 DOC/WPS 文件：{exc}"
        ) from exc
    timeout = Settings().soffice_timeout
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill_group(proc)
        raise ExtractionError(
            ErrorCode.corrupt_file,
            f"LibreOffice 转换 DOC/WPS 文件超时（{timeout:.0f} 秒），文件可能已损坏或过大。",
        ) from exc
    converted = out_dir / f"{source.stem}.docx"
    if not converted.is_file() or converted.stat().st_size == 0:
        detail = (stderr or stdout or b"").decode("utf-8", "replace").strip().splitlines()
        hint = f"（{detail[-1][:200]}）" if detail else ""
        raise ExtractionError(
            ErrorCode.corrupt_file,
            f"DOC/WPS 文件无法转换：文件可能已损坏、设有打开密码或不是 Word/WPS 文档{hint}。",
        )
    return converted


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill the conversion and whatever it spawned (soffice.bin runs in the same session)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.communicate()
