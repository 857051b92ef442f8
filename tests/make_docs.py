"""Small real PDF, DOCX and HTML files for tests, made on the fly (reportlab, python-docx)."""

from __future__ import annotations

from pathlib import Path

NOTICE = [
    ("mark", "聊城市人民政府办公室文件"),
    ("number", "聊政办发〔2023〕9号"),
    ("title", "聊城市人民政府办公室关于印发聊城市"),
    ("title", "2023年政务公开工作要点的通知"),
    ("text", "各县（市、区）人民政府，市政府各部门："),
    ("text", "现将《聊城市2023年政务公开工作要点》印发给你们，请认真贯彻落实。"),
    ("right", "聊城市人民政府办公室"),
    ("right", "2023年7月25日"),
    ("text", "（此件公开发布）"),
    ("text", "抄送：市委有关部门，市人大常委会办公室。"),
    ("text", "聊城市人民政府办公室 2023年7月26日印发"),
]


def make_pdf(path: Path, lines=NOTICE, *, encrypt=None, pages: int = 1) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    width, height = A4
    for page in range(pages):
        y = height - 80
        for kind, text in lines if page == 0 else [("text", f"附件正文第{page}页，本页仅有正文内容。")] * 30:
            size = {"mark": 30, "title": 22}.get(kind, 16)
            c.setFont("STSong-Light", size)
            c.setFillColorRGB(0.9, 0, 0) if kind == "mark" else c.setFillColorRGB(0, 0, 0)
            if kind in ("mark", "title", "number"):
                c.drawCentredString(width / 2, y, text)
            elif kind == "right":
                c.drawRightString(width - 90, y, text)
            else:
                c.drawString(80, y, text)
            y -= size + 14
        c.setFont("STSong-Light", 14)
        c.drawCentredString(width / 2, 40, f"— {page + 1} —")
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def make_html(path: Path, body: str, head: str = "") -> Path:
    """A UTF-8 web page: `head` in <head> after the charset, `body` the whole of <body>."""
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>',
                    encoding="utf-8")
    return path


def pdf_update(data: bytes, objects: dict[int, bytes], size: int, root: bytes, prev: int) -> bytes:
    """`data` (a PDF) with `objects` appended as an incremental update: their own xref section and
    a trailer of /Size `size`, /Root `root` (b"1 0 R") and /Prev `prev` (the last startxref)."""
    out, offsets = bytearray(data if data.endswith(b"\n") else data + b"\n"), {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    out += b"trailer\n<< /Size %d /Root " % size + root + b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
    return bytes(out)
