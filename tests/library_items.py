"""Documents for the library's read tests (search, list, export), on both backends."""

from __future__ import annotations

import itertools

from normdocs.schemas.library import LibraryItem

_serial = itertools.count(1)


def doc(title: str, body: str, *, issuer: str = "聊城市人民政府办公室", doc_type: str = "通知",
        signed: str = "2023-07-25", published: str | None = "2023-07-26", validity: str = "有效",
        attribute: str = "主动公开", body_redacted: str | None = None, number: str | None = None,
        valid_until: str | None = None, normative: bool = False, findings: list[dict] = (),
        topic: str | None = None) -> LibraryItem:
    n = next(_serial)
    number = number or f"聊政办发〔{signed[:4]}〕{n}号"
    pending = attribute == "待审"
    return LibraryItem.model_validate({
        "identity": f"{issuer}|{number}", "content_hash": f"{n:064d}", "file": f"{n}.pdf", "format": "pdf",
        "pages": 1,
        "metadata": {"title": title, "doc_number": number, "issuer": issuer, "doc_type": doc_type,
                     "signed_date": signed, "published_date": published,
                     "topic": {"topic": topic, "confidence": 0.9 if topic else 0.0,
                               "source": "rules" if topic else "none"}},
        "body": body, "body_redacted": body if body_redacted is None else body_redacted,
        "disclosure": {"proposed": "主动公开" if pending else attribute, "attribute": attribute,
                       "needs_review": pending, "rules_version": "r1", "reasons": [], "basis": [],
                       "source": "rules"},
        "findings": list(findings), "validity": validity, "normative": normative, "valid_until": valid_until,
    })


def revised(item: LibraryItem, *, metadata: dict | None = None, disclosure: dict | None = None,
            **fields) -> LibraryItem:
    """The item with some fields changed: items are immutable, so a new one, validated again."""
    data = item.model_dump()
    data["metadata"].update(metadata or {})
    if disclosure:
        data["disclosure"].update(disclosure)
    return LibraryItem.model_validate({**data, **fields})


def sample_library(library) -> dict[str, int]:
    """A small library with words spread over titles and bodies; returns name → id."""
    docs = {
        "fund": doc("关于印发聊城市住房公积金管理办法的通知", "为规范住房公积金管理，制定本办法。\n公积金贷款按规定办理。",
                    signed="2023-07-25", normative=True, valid_until="2028-07-31"),
        "flood": doc("关于做好防汛工作的通知", "各县市区：\n　　为切实做好今年汛期各项准备工作，确保安全度汛，现就做好防\n"
                     "汛工作通知如下，住房城乡建设部门要加强巡查，及时排查各类险\n情。",
                     signed="2024-05-10", published="2024-05-11"),
        "secret": doc("关于住房安全检查情况的报告", "检查发现部分住房存在安全隐患。联系电话 13812345678。",
                      doc_type="报告", attribute="不予公开", signed="2022-03-01", published=None,
                      body_redacted="检查发现部分住房存在安全隐患。联系电话 138****5678。"),
        "old": doc("关于住房补贴发放的通知", "住房补贴按月发放。本通知自发布之日起施行。", validity="已废止",
                   signed="2019-01-02", published="2019-01-03", issuer="聊城市财政局", number="聊财发〔2019〕1号"),
        "school": doc("关于义务教育学校招生工作的意见", "做好义务教育招生工作，保障适龄儿童入学。税费减免按规定执行。",
                      doc_type="意见", signed="2024-06-01", published="2024-06-02", issuer="聊城市教育局",
                      attribute="待审"),
    }
    return {name: library.load(item).document_id for name, item in docs.items()}
