"""OCR of page images with RapidOCR (PP-OCR models shipped inside the `rapidocr` wheel).

Nothing here is imported on the text path: `rapidocr`, `onnxruntime` and OpenCV load the
first time a page actually needs OCR, and one engine then serves the whole process.

What a page goes through (`ocr_image`):
1. recognition on the page image (RGB, ~200 dpi);
2. orientation: when most detected boxes stand upright (text running down the page) the
   page was scanned sideways; the text-line direction classifier (the wheel's cls model) on
   a few crops tells which way, the page is turned and read again. A page whose lines the
   classifier calls upside down is turned 180 degrees and read again. Upright pages pay
   only a handful of tiny classifier calls (a few ms);
3. red seals: regions of red ink the size and shape of a seal that overlap recognised
   text (a date under the seal) are read again on the red channel, where red ink turns
   white and black text stays; the second reading replaces the first in that region when
   its mean confidence is higher;
4. boxes become `Line`s in reading order (rows of boxes sharing a baseline are joined),
   with positions in points from the top-left, a font size estimated from the box height,
   the ink colour measured from the pixels (red issuer marks stay red) and a confidence.

Settings (environment): NORMDOCS_OCR=0 turns OCR off; NORMDOCS_OCR_DPI (200) is the render
resolution for PDF pages; NORMDOCS_OCR_LOW_CONFIDENCE (0.9) is the line confidence below
which a field read from that line is flagged for review; NORMDOCS_OCR_THREADS (all cores,
at most 4) is onnxruntime's thread count; NORMDOCS_OCR_DET_LIMIT (0: off) runs text
detection on the page shrunk to that longest side (960: about a third faster and 300 MB
less, but a short line or a character is now and then missed; see benchmarks/ocr_bench.py).
RapidOCR's own limit applies otherwise: pages are read at most 2000 px tall (A4 at ~170 dpi).
"""

from __future__ import annotations

import math
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from normdocs.schemas.layout import Line, Page
from normdocs.schemas.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

    from normdocs.schemas.record import OcrInfo

DEFAULT_DPI = 200
A4_WIDTH_PT = 595.28
# CJK box height from the detector (unclip ratio 1.6) over the font size in points, measured
# on rendered samples (16 pt body and 22 pt title lines at 200 dpi: 16.2 and 21.2).
BOX_HEIGHT_PER_POINT = 1.24
# ... and the character pitch (box length less one box height of margins, per character)
# comes out 3% short of the size (same samples; and a gazette scan with 19.7 / 14.7 pt text)
PITCH_FACTOR = 1.03


def enabled() -> bool:
    return Settings().ocr


def render_dpi() -> int:
    return Settings().ocr_dpi


def low_confidence_threshold() -> float:
    return Settings().ocr_low_confidence


# ----------------------------------------------------------------------------- engine

_ENGINE = None
_ENGINE_LOCK = threading.Lock()  # RapidOCR keeps per-call switches on the instance
_MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}


def _threads() -> int:
    configured = Settings().ocr_threads
    if configured > 0:
        return configured
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _det_limit() -> int:
    return Settings().ocr_det_limit


def _model_path(models: Path, task: str) -> str:
    """The packaged model file; a path keeps RapidOCR from ever downloading one."""
    exact = models / _MODEL_FILES[task]
    if exact.is_file():
        return str(exact)
    found = sorted(models.glob(f"*{task.lower()}*.onnx"))
    if not found:
        raise RuntimeError(f"rapidocr wheel ships no {task} model in {models}")
    return str(found[0])


def engine():
    """The process's one RapidOCR engine, created on first use (models load lazily)."""
    global _ENGINE
    if _ENGINE is None:
        with _ENGINE_LOCK:
            if _ENGINE is None:
                import rapidocr
                from rapidocr import RapidOCR

                models = Path(rapidocr.__file__).parent / "models"
                params = {
                    "Global.log_level": "error",  # "no text detected" is an answer, not a warning
                    "Det.model_path": _model_path(models, "Det"),
                    "Rec.model_path": _model_path(models, "Rec"),
                    "Cls.model_path": _model_path(models, "Cls"),
                    "EngineConfig.onnxruntime.intra_op_num_threads": _threads(),
                    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                }
                det_side = _det_limit()
                if det_side:  # detect on a page shrunk to this longest side; read at full size
                    params.update({"Det.limit_type": "max", "Det.limit_side_len": det_side,
                                   "Global.max_side_len": 2400})
                _ENGINE = RapidOCR(params=params)
    return _ENGINE


# ----------------------------------------------------------------------------- results


@dataclass
class Box:
    """One recognised text box, axis-aligned, in pixels of the (upright) image."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float
    thickness: float = 0.0  # the text line's own height (the quad's side), skew left out
    length: float = 0.0  # and its own length

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class OcrPage:
    page: Page
    confidence: float | None  # mean line confidence, weighted by characters; None: nothing read
    rotation: int = 0  # degrees the image was turned counter-clockwise to stand upright
    seconds: float = 0.0
    passes: list[str] = field(default_factory=list)  # what ran: read, turn, red

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.page.lines)


def _recognise(image: "Image.Image", offset: tuple[float, float] = (0.0, 0.0)) -> list[Box]:
    eng = engine()
    with _ENGINE_LOCK:
        result = eng(image, use_det=True, use_cls=True, use_rec=True)
    boxes = getattr(result, "boxes", None)
    txts = getattr(result, "txts", None)
    if boxes is None or txts is None or len(txts) == 0:
        return []
    out = []
    dx, dy = offset
    for quad, text, score in zip(boxes, txts, result.scores):
        xs = [float(p[0]) for p in quad]
        ys = [float(p[1]) for p in quad]
        if not str(text).strip():
            continue
        side = (math.dist(quad[0], quad[3]) + math.dist(quad[1], quad[2])) / 2
        length = (math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2
        out.append(Box(min(xs) + dx, min(ys) + dy, max(xs) + dx, max(ys) + dy, str(text), float(score),
                       float(side), float(length)))
    return out


def _classify(crops: list) -> list[tuple[str, float]]:
    """The text-line direction classifier ('0' or '180') on each crop (numpy arrays)."""
    eng = engine()
    labels = []
    with _ENGINE_LOCK:
        for crop in crops:
            try:
                res = eng(crop, use_det=False, use_cls=True, use_rec=False)
            except Exception:  # noqa: BLE001 - an odd crop gives no vote
                continue
            found = getattr(res, "cls_res", None)
            labels.append(tuple(found[0]) if found else ("", 0.0))
    return labels


def _mean_score(boxes: list[Box]) -> float | None:
    weight = sum(max(1, len(b.text)) for b in boxes)
    if not weight:
        return None
    return sum(b.score * max(1, len(b.text)) for b in boxes) / weight


# ----------------------------------------------------------------------------- orientation


def _vertical_share(boxes: list[Box]) -> float:
    """Share of the text (by box length) in boxes that stand upright."""
    long = [b for b in boxes if max(b.width, b.height) > 3 * min(b.width, b.height) and len(b.text) >= 3]
    if not long:
        return 0.0
    upright = sum(max(b.width, b.height) for b in long if b.height > b.width)
    return upright / sum(max(b.width, b.height) for b in long)


def _longest(boxes: list[Box], n: int, upright: bool) -> list[Box]:
    chosen = [b for b in boxes if (b.height > b.width) == upright and len(b.text) >= 3]
    return sorted(chosen, key=lambda b: -max(b.width, b.height))[:n]


def _crops(image: "Image.Image", boxes: list[Box], turn_upright: bool) -> list:
    import numpy as np

    arr = np.asarray(image)
    crops = []
    for b in boxes:
        crop = arr[int(b.y0) : int(b.y1) + 1, int(b.x0) : int(b.x1) + 1]
        if crop.size == 0:
            continue
        if turn_upright:
            crop = np.rot90(crop)  # counter-clockwise, as RapidOCR turns tall crops
        crops.append(np.ascontiguousarray(crop[:, :, ::-1]))  # BGR, as the models expect
    return crops


def _votes_upside_down(labels: list[tuple[str, float]]) -> bool:
    flipped = sum(1 for label, score in labels if label == "180" and score >= 0.8)
    upright = sum(1 for label, score in labels if label == "0" and score >= 0.8)
    return flipped > upright


# ----------------------------------------------------------------------------- red seals


def _seal_regions(image: "Image.Image", boxes: list[Box], dpi: float) -> list[tuple[int, int, int, int]]:
    """Regions (pixels) where a seal-sized blob of red ink overlaps recognised text."""
    import cv2
    import numpy as np

    arr = np.asarray(image).astype(np.int16)
    r, g, b = arr[:, :, 0], arr[:, :, 1], arr[:, :, 2]
    red = ((r - np.maximum(g, b)) > 60) & (r > 120)
    if red.sum() < dpi * dpi * 0.02:
        return []
    step = 4
    h, w = red.shape
    small = red[: h - h % step, : w - w % step].reshape(h // step, step, w // step, step).any(axis=(1, 3))
    red_small = small
    dilated = cv2.dilate(np.asarray(small, dtype=np.uint8), np.ones((5, 5), np.uint8))
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(dilated, connectivity=8)
    regions = []
    for i in range(1, count):
        x, y, bw, bh, _area = (int(v) * (step if k < 4 else 1) for k, v in enumerate(stats[i]))
        # seals are round or oval, 3.5-5 cm across (1.4-2 in); allow scanning slop
        if not (0.9 * dpi <= bw <= 2.8 * dpi and 0.9 * dpi <= bh <= 2.8 * dpi):
            continue
        if not 0.6 <= bw / bh <= 1.7:
            continue
        if not _ring_like(red_small, x // step, y // step, bw // step, bh // step):
            continue  # a red character of the issuer mark, not a seal
        x0, y0, x1, y1 = x, y, x + bw, y + bh
        hits = [bx for bx in boxes if bx.x1 > x0 and bx.x0 < x1 and bx.y1 > y0 and bx.y0 < y1]
        if not hits:
            continue
        # widen to the text lines it touches, across the whole text column (the seal can
        # split a line in two boxes, one outside it), plus a margin
        pad = int(0.08 * dpi)
        top = max(0, min([y0] + [bx.y0 for bx in hits]) - pad)
        bottom = min(h, max([y1] + [bx.y1 for bx in hits]) + pad)
        left = max(0, min([x0] + [bx.x0 for bx in boxes]) - pad)
        right = min(w, max([x1] + [bx.x1 for bx in boxes]) + pad)
        regions.append((int(left), int(top), int(right), int(bottom)))
    return _merge_regions(regions)


def _ring_like(mask, x: int, y: int, w: int, h: int) -> bool:
    """A seal's outline: red ink near the rim of the blob's ellipse all the way round."""
    import numpy as np

    cx, cy, rx, ry = x + w / 2, y + h / 2, w / 2, h / 2
    hits = 0
    angles = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    for a in angles:
        for f in (0.84, 0.88, 0.92, 0.96, 1.0):
            px = int(cx + f * rx * np.cos(a))
            py = int(cy + f * ry * np.sin(a))
            if 0 <= py < mask.shape[0] and 0 <= px < mask.shape[1] and mask[py, px]:
                hits += 1
                break
    return hits >= 0.7 * len(angles)


def _merge_regions(regions: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    merged: list[tuple[int, int, int, int]] = []
    for reg in sorted(regions):
        for i, m in enumerate(merged):
            if reg[0] < m[2] and reg[2] > m[0] and reg[1] < m[3] and reg[3] > m[1]:
                merged[i] = (min(m[0], reg[0]), min(m[1], reg[1]), max(m[2], reg[2]), max(m[3], reg[3]))
                break
        else:
            merged.append(reg)
    return merged


def _red_channel_pass(image: "Image.Image", boxes: list[Box], dpi: float) -> tuple[list[Box], bool]:
    """Read seal regions again on the red channel; drop the seal's own (red) text."""
    import numpy as np

    regions = _seal_regions(image, boxes, dpi)
    if not regions:
        return boxes, False
    arr = np.asarray(image)
    red = image.split()[0]
    changed = False
    for x0, y0, x1, y1 in regions:
        inside = [b for b in boxes if x0 <= b.cx <= x1 and y0 <= b.cy <= y1]
        again = _recognise(_stretch(red.crop((x0, y0, x1, y1))).convert("RGB"), offset=(x0, y0))
        before = [b for b in inside if not _is_red(_ink_colour(arr, b))]
        after = [b for b in again if not _is_red(_ink_colour(arr, b))]
        score_before, score_after = _mean_score(before), _mean_score(after)
        chosen = after if score_after is not None and (score_before is None or score_after > score_before) else before
        if chosen is not inside:
            boxes = [b for b in boxes if b not in inside] + chosen
            changed = True
    return boxes, changed


def _stretch(channel: "Image.Image") -> "Image.Image":
    """Levels on the red channel: ink stays dark, paper and red ink (now light grey) go white."""
    import numpy as np

    values = np.asarray(channel)
    ink, paper = np.percentile(values, 3), np.percentile(values, 90)
    white = ink + 0.7 * (paper - ink)
    if white - ink < 20:
        return channel
    scale = 255 / (white - ink)
    return channel.point(lambda v: int(max(0, min(255, (v - ink) * scale))))


def _is_red(colour: str | None) -> bool:
    return Line(text="", color=colour).is_red


# ----------------------------------------------------------------------------- lines

_YEAR_BRACKET = re.compile(r"[\[\(（【［〈<]\s*((?:19|20)\d{2})\s*[\]\)）】］〉>](?=\s*\d{1,4}\s*号)")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


_CJK_PARENS = re.compile(r"\(([^()]*[\u4e00-\u9fff][^()]*)\)")
_CJK_COLON = re.compile(r"(?<=[\u4e00-\u9fff]):")
_CJK_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])")


def normalise_ocr_text(text: str) -> str:
    """OCR reads Chinese punctuation as ASCII: 〔2023〕 as [2023], （此件…） as (此件…)."""
    text = text.translate(_FULLWIDTH_DIGITS)
    text = _YEAR_BRACKET.sub(r"〔\1〕", text)
    text = _CJK_PARENS.sub(r"（\1）", text)
    text = _CJK_COLON.sub("：", text)
    return _CJK_COMMA.sub("，", text)


def _ink_colour(arr, box: Box) -> str | None:
    """The dominant ink colour inside a box as #rrggbb: red when most ink is red."""
    import numpy as np

    crop = arr[int(box.y0) : int(box.y1) + 1, int(box.x0) : int(box.x1) + 1].reshape(-1, 3).astype(np.int16)
    if not len(crop):
        return None
    r, g, b = crop[:, 0], crop[:, 1], crop[:, 2]
    lum = 0.299 * r + 0.587 * g + 0.114 * b
    redness = r - np.maximum(g, b)
    ink = (lum < 150) | (redness > 90)
    if ink.sum() < 8:
        return None
    # black ink is dark in the red channel too, red ink is not: text under a seal is black
    black = ink & (r < 110)
    if black.sum() >= 0.25 * ink.sum():
        colour = np.median(crop[black], axis=0)
        return "#" + "".join(f"{int(max(0, min(255, round(v)))):02x}" for v in colour)
    reddish = ink & (redness > 50)
    if reddish.sum() > 0.6 * ink.sum():
        # the stroke cores: scans wash red out towards pink at the strokes' edges
        core = redness >= np.percentile(redness[reddish], 90)
        r0, g0, b0 = np.median(crop[reddish & core], axis=0)
        # a scanned print red is still red ink: keep the hue, undo the wash so that
        # Line.is_red holds (red above 150, green and blue under 100)
        wash = max(g0, b0)
        if wash >= 100:
            g0, b0 = g0 * 90 / wash, b0 * 90 / wash
        r0 = max(r0, 160)
        return "#" + "".join(f"{int(max(0, min(255, round(v)))):02x}" for v in (r0, g0, b0))
    pick = crop[ink & ~reddish]
    if not len(pick):
        pick = crop[ink]
    colour = np.median(pick, axis=0)
    return "#" + "".join(f"{int(max(0, min(255, round(v)))):02x}" for v in colour)


def _rows(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into printed lines (vertical overlap), top to bottom, left to right."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.cy, b.x0)):
        best = None
        for row in rows:
            top = min(b.y0 for b in row)
            bottom = max(b.y1 for b in row)
            overlap = min(bottom, box.y1) - max(top, box.y0)
            ref = min(box.height, min(b.height for b in row))
            if overlap >= 0.5 * ref and not any(b.x0 < box.x1 and box.x0 < b.x1 for b in row):
                best = row
                break
        if best is None:
            rows.append([box])
        else:
            best.append(box)
    for row in rows:
        row.sort(key=lambda b: b.x0)
    rows.sort(key=lambda row: min(b.y0 for b in row))
    return rows


def _font_size(box: Box) -> float:
    """Font size in pixels. CJK is set solid, one em per character: the box's length less
    the detector's margins over the characters (ASCII counts half) is the size; the box's
    height is the fallback for short lines and letter-spaced ones (pitch far above height)."""
    height = (box.thickness or box.height) / BOX_HEIGHT_PER_POINT
    units = sum(0.5 if ch.isascii() else 1.0 for ch in box.text if not ch.isspace())
    if units < 4:
        return height
    thickness = box.thickness or box.height
    pitch = PITCH_FACTOR * ((box.length or box.width) - thickness) / units
    return pitch if 0.85 * height <= pitch <= 1.15 * height else height


def _to_lines(image: "Image.Image", boxes: list[Box], number: int, pt_per_px: float) -> list[Line]:
    import numpy as np

    arr = np.asarray(image)
    width_pt = image.width * pt_per_px
    lines = []
    for index, row in enumerate(_rows(boxes)):
        parts = []
        for i, b in enumerate(row):
            if i and b.x0 - row[i - 1].x1 > 1.5 * min(b.height, row[i - 1].height):
                parts.append(" ")
            parts.append(b.text)
        raw = "".join(parts)
        main = max(row, key=lambda b: len(b.text))
        x0 = min(b.x0 for b in row) * pt_per_px
        x1 = max(b.x1 for b in row) * pt_per_px
        top = min(b.y0 for b in row) * pt_per_px
        bottom = max(b.y1 for b in row) * pt_per_px
        confidence = _mean_score(row)
        centre_offset = abs((x0 + x1) / 2 - width_pt / 2)
        lines.append(
            Line(
                text=normalise_ocr_text(raw).strip(), orig=raw, page=number, index=index,
                x0=round(x0, 1), top=round(top, 1), x1=round(x1, 1), bottom=round(bottom, 1),
                size=round(_font_size(main) * pt_per_px, 1),
                color=_ink_colour(arr, main),
                centered=centre_offset < width_pt * 0.04 and (x1 - x0) < width_pt * 0.8,
                confidence=round(confidence, 4) if confidence is not None else None,
            )
        )
    return lines


# ----------------------------------------------------------------------------- entry points


def points_per_pixel(width: int, height: int, dpi: float | None) -> float:
    """The scale `ocr_image` gives positions in: 72/dpi for a page-sized image, else the image
    is taken as an A4 page wide."""
    if dpi is None or not 300 <= min(width, height) * 72 / dpi <= 1500:
        return A4_WIDTH_PT / min(width, height)
    return 72 / dpi


def ocr_image(image: "Image.Image", number: int, dpi: float | None = None) -> OcrPage:
    """OCR one page image. `dpi` maps pixels to points; unknown: the page is taken as A4 wide."""
    started = time.perf_counter()
    image = image.convert("RGB")
    passes = ["read"]
    boxes = _recognise(image)
    rotation = 0
    if boxes and _vertical_share(boxes) > 0.6:
        # Sideways: RapidOCR turned each tall crop counter-clockwise before reading; the
        # classifier says whether that made the text upright ('0') or upside down ('180').
        labels = _classify(_crops(image, _longest(boxes, 5, upright=True), turn_upright=True))
        rotation = 270 if _votes_upside_down(labels) else 90
        image = image.rotate(rotation, expand=True)
        boxes = _recognise(image)
        passes.append(f"turn{rotation}")
    if boxes:
        labels = _classify(_crops(image, _longest(boxes, 5, upright=False), turn_upright=False))
        if _votes_upside_down(labels):
            image = image.rotate(180, expand=True)
            rotation = (rotation + 180) % 360
            boxes = _recognise(image)
            passes.append("turn180")
    pt_per_px = points_per_pixel(image.width, image.height, dpi)
    dpi = 72 / pt_per_px
    if boxes:
        boxes, changed = _red_channel_pass(image, boxes, dpi)
        if changed:
            passes.append("red")
    lines = _to_lines(image, boxes, number, pt_per_px)
    page = Page(
        number=number, width=round(image.width * pt_per_px, 1), height=round(image.height * pt_per_px, 1),
        lines=lines, detailed=True,
    )
    weights = [(ln.confidence, max(1, len(ln.text))) for ln in lines if ln.confidence is not None]
    total = sum(w for _, w in weights)
    confidence = sum(c * w for c, w in weights) / total if total else None
    return OcrPage(page=page, confidence=confidence, rotation=rotation,
                   seconds=time.perf_counter() - started, passes=passes)


def render_pdf_page(pdf_page, dpi: int | None = None) -> "Image.Image":
    """A pypdfium2 page as an RGB image; pdfium applies the page's /Rotate."""
    dpi = dpi or render_dpi()
    bitmap = pdf_page.render(scale=dpi / 72, grayscale=False)
    try:
        return bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()


def ocr_pdf_page(pdf_page, number: int) -> OcrPage:
    dpi = render_dpi()
    return ocr_image(render_pdf_page(pdf_page, dpi), number, dpi)


# ----------------------------------------------------------------------------- the record

REVIEW_FIELDS = [
    "title", "doc_number", "issuer", "signed_date", "printed_date", "printer", "signer",
    "recipients", "cc", "attachments", "classification", "urgency", "copy_number",
]
_CN = "〇一二三四五六七八九"
_KEY_DROP = re.compile(r"[\s〔〕\[\]()（）［］【】:：,，.。、]")


def _key(text: str) -> str:
    return _KEY_DROP.sub("", text.translate(_FULLWIDTH_DIGITS))


def _cn_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    if not tens:
        return _CN[ones]
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def _printed_forms(value: str) -> list[str]:
    """How a value may be printed: ISO dates as 2023年9月1日 or 二〇二三年九月一日."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return [value]
    y, mo, d = (int(g) for g in m.groups())
    cn_year = "".join(_CN[int(c)] for c in str(y))
    return [f"{y}年{mo}月{d}日", f"{cn_year}年{_cn_number(mo)}月{_cn_number(d)}日",
            f"{cn_year.replace('〇', '零')}年{_cn_number(mo)}月{_cn_number(d)}日"]


def _value_confidence(value: str, lines: list[Line]) -> float | None:
    """Confidence of the OCR line(s) a value was read from: the best line that holds all of
    it, else the weakest of the lines holding a part of it (a title over two lines)."""
    whole: list[float] = []
    parts: list[float] = []
    for form in _printed_forms(value):
        key = _key(form)
        if not key:
            continue
        for line in lines:
            lk = _key(line.text)
            if not lk or line.confidence is None:  # (OCR'd lines all carry one)
                continue
            if key in lk:
                whole.append(line.confidence)
            elif len(lk) >= min(4, len(key)) and lk in key:
                parts.append(line.confidence)
    if whole:
        return max(whole)
    if parts:
        return min(parts)
    return None


def summarise(layout, metadata) -> "OcrInfo | None":
    """The record's `ocr` entry: OCR'd pages, their mean confidence, fields to review."""
    from normdocs.schemas.record import OcrInfo

    ocr_pages = [p for p in layout.pages if p.ocr]
    if not ocr_pages:
        return None
    lines = [ln for p in ocr_pages for ln in p.lines if ln.confidence is not None]
    total = sum(max(1, len(ln.text)) for ln in lines)
    mean = sum(ln.confidence * max(1, len(ln.text)) for ln in lines) / total if total else None
    threshold = low_confidence_threshold()
    low = []
    for name in REVIEW_FIELDS:
        value = getattr(metadata, name, None)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if not v:
                continue
            conf = _value_confidence(str(v), lines)
            if conf is not None and conf < threshold:
                low.append(name)
                break
    return OcrInfo(pages=[p.number for p in ocr_pages],
                   mean_confidence=round(mean, 4) if mean is not None else None,
                   low_confidence_fields=low)
