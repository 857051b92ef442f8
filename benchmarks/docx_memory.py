"""Peak memory and time of one very long DOCX, read in the sandbox child as ingest reads it.

    python benchmarks/docx_memory.py [-n 500000] [--stages] [--keep FILE]

1. Writes a DOCX of N paragraphs (default 500,000: the file of issue 9): a cover (版头, number,
   title, recipients), short body paragraphs with run properties as Word writes them, a
   signature and a 版记 at the end; planted in the middle of the body, a 内部资料 mark in a text
   box and a tracked insertion holding 机密★1年 (places only the confidentiality view reads).
2. Runs `prepare_isolated` on it in a fresh sandbox child (extractors/sandbox.py, the child
   ingest uses) and reports the child's peak resident memory (VmHWM: after its warm-up, and
   after the document), the wall time, the record's status, elements and finding places.
3. `--stages`: the same steps in this process, printing the resident peak after each
   (read, clean-up, elements, review), to show where the memory goes.

Prints the git commit measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
HEAD = ["聊城市人民政府办公室文件", "聊政办发〔2023〕9号", "聊城市人民政府办公室关于印发统计资料汇编的通知",
        "各县（市、区）人民政府：", "现将汇编印发给你们，请认真贯彻执行。"]
TAIL = ["聊城市人民政府办公室", "2023年7月25日", "（此件公开发布）", "聊城市人民政府办公室 2023年7月26日印发"]


def git_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _p(text: str, *, size: int = 32, centered: bool = False) -> str:
    jc = '<w:jc w:val="center"/>' if centered else '<w:jc w:val="both"/>'
    return (f'<w:p><w:pPr>{jc}</w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="{size}"/>'
            f'</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


PLANTED = ('<w:p><w:r><w:t>见附表。</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
           '<w:p><w:r><w:t>内部资料</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
           '<w:p><w:ins w:id="1" w:author="x" w:date="2023-07-01T00:00:00Z"><w:r><w:t>机密★1年</w:t></w:r></w:ins>'
           '</w:p>')


def write_docx(path: Path, paragraphs: int) -> None:
    """A long DOCX written directly (python-docx takes minutes to build one this long)."""
    import docx

    skeleton = docx.Document()
    skeleton.add_paragraph("x")
    skeleton.save(str(path))
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    body_count = max(0, paragraphs - len(HEAD) - len(TAIL) - 2)
    with tempfile.TemporaryFile() as xml:
        xml.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS} {V_NS}><w:body>'
                  .encode())
        xml.write(_p(HEAD[0], size=72, centered=True).encode())
        xml.write("".join(_p(t, centered=i < 2) for i, t in enumerate(HEAD[1:])).encode())
        for start in range(0, body_count, 10_000):
            chunk = "".join(_p(f"第{i}项 数据记录。") for i in range(start, min(start + 10_000, body_count)))
            xml.write(chunk.encode())
            if start <= body_count // 2 < start + 10_000:
                xml.write(PLANTED.encode())
        xml.write("".join(_p(t) for t in TAIL).encode())
        xml.write(b'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
        xml.seek(0)
        members["word/document.xml"] = xml.read()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _hwm_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _summary(record) -> dict:
    meta = record.metadata
    return {
        "status": record.status, "error": record.error.code.value if record.error else None,
        "doc_number": meta.doc_number if meta else None, "printed_date": meta.printed_date if meta else None,
        "body_chars": len(meta.body or "") if meta else 0,
        "finding_places": sorted({f"{f.kind.value}@{f.place or '正文'}" for f in record.findings or []}),
        "attribute": record.disclosure.attribute.value if record.disclosure else None,
    }


def in_sandbox(path: Path) -> dict:
    from normdocs.extractors.sandbox import Sandbox
    from normdocs.pipeline.stages import InputFile

    box = Sandbox("normdocs.pipeline.stages:prepare_isolated", warmup="normdocs.pipeline.stages:warm_up")
    box.start()
    box._wait_ready()
    assert box.pid is not None
    warm = _hwm_mb(box.pid)
    started = time.perf_counter()
    outcome = box.run((InputFile(path=str(path), rel=path.name), None, dt.date(2026, 1, 1), None, None))
    seconds = time.perf_counter() - started
    peak = _hwm_mb(box.pid) if box.pid is not None else float("nan")
    box.close()
    result = {"peak_rss_mb": round(peak, 1), "warm_rss_mb": round(warm, 1), "seconds": round(seconds, 1)}
    if outcome.failure is not None:
        result["failure"] = f"{outcome.failure.stage}: {outcome.failure.code.value} {outcome.failure.message}"
    else:
        result.update(_summary(outcome.result))
    return result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(path: Path) -> None:
    """The reading steps one by one in this process, the resident peak after each."""
    from normdocs.extractors import READERS, _parse
    from normdocs.extractors.cleanup import clean_layout
    from normdocs.pipeline.stages import warm_up
    from normdocs.review import review
    from normdocs.schemas.record import Record

    warm_up()
    print(f"  warm-up            peak {_peak_mb():7.0f} MB")
    t = time.perf_counter()
    layout = READERS["docx"](path)
    print(f"  read_docx          peak {_peak_mb():7.0f} MB  {time.perf_counter() - t:6.1f} s  "
          f"{sum(len(p.lines) for p in layout.pages):,} lines, {len(layout.extra)} extra")
    t = time.perf_counter()
    layout = clean_layout(layout)
    print(f"  clean_layout       peak {_peak_mb():7.0f} MB  {time.perf_counter() - t:6.1f} s")
    t = time.perf_counter()
    record = Record(file=str(path), format="docx", status="ok", layout=layout)
    record.metadata = _parse(layout)
    print(f"  elements           peak {_peak_mb():7.0f} MB  {time.perf_counter() - t:6.1f} s")
    t = time.perf_counter()
    record = review(record)
    print(f"  review             peak {_peak_mb():7.0f} MB  {time.perf_counter() - t:6.1f} s")
    print("  " + json.dumps(_summary(record), ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--paragraphs", type=int, default=500_000)
    parser.add_argument("--stages", action="store_true", help="also the steps in this process, peak after each")
    parser.add_argument("--keep", type=Path, help="write the DOCX here and keep it (reused when it exists)")
    args = parser.parse_args()
    os.environ.setdefault("NORMDOCS_HOME", tempfile.mkdtemp(prefix="docx-memory-home-"))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "long.docx"
        if not path.exists():
            t = time.perf_counter()
            write_docx(path, args.paragraphs)
            print(f"wrote {path.name}: {args.paragraphs:,} paragraphs, {path.stat().st_size / 2**20:.1f} MB "
                  f"({zipfile.ZipFile(path).getinfo('word/document.xml').file_size / 2**20:.0f} MB document.xml) "
                  f"in {time.perf_counter() - t:.0f} s")
        print(f"commit {git_commit()}  load {os.getloadavg()[0]:.2f} (2 shared cores)")
        print("sandbox child: " + json.dumps(in_sandbox(path), ensure_ascii=False))
        if args.stages:
            stages(path)


if __name__ == "__main__":
    main()
