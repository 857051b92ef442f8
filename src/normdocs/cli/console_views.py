"""Terminal views of the review queue, the quarantine and one document (rich), shared by the CLI.

Each listing shows one kind of id under its own name: 文档编号 (a library document, what
`review decide`, `show` and `withdraw` take) or 隔离编号 (a quarantine entry, which no decision
command accepts). Cells wrap instead of being cut.
"""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from normdocs.reports.run_report import FINDING_KIND_LABELS, SEVERITY_LABELS
from normdocs.schemas.library import DocumentDetail, MaskedFinding, QuarantinedFile, QueueRow, Signoff, StoredDecision
from normdocs.schemas.settings import office_time

STAGE_LABELS = {"extract": "读取", "validate": "校验", "review": "保密审查"}
ACTION_LABELS = {"decide": "签署", "return": "退回", "undo": "撤销", "withdraw": "撤回", "reinstate": "恢复"}


def _table(*columns: str, title: str) -> Table:
    table = Table(title=title, show_lines=True, expand=False)
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def finding_text(f: MaskedFinding) -> str:
    where = f"第{f.page}页第{f.line}行" if f.page and f.line else ""
    return " ".join(x for x in (FINDING_KIND_LABELS.get(f.kind, f.kind), f.evidence, where,
                                f"（{SEVERITY_LABELS.get(f.severity, f.severity)}）") if x)


def review_rows(library) -> list[QueueRow]:
    """The queue: every 待审 document with its proposal, reasons, masked findings and sign-offs so far."""
    decisions = library.decisions()
    rows = []
    for doc, decision, findings in library.review_queue():
        state = decisions.state(doc.id)
        stored = StoredDecision.model_validate(decision) if decision else StoredDecision()
        rows.append(QueueRow(
            document_id=doc.id, title=doc.title, doc_number=doc.doc_number, issuer=doc.issuer, topic=doc.topic,
            proposed=stored.proposed, reasons=stored.reasons or [], conflict=bool(stored.conflict),
            findings=[MaskedFinding.model_validate(f) for f in findings],
            signed=[Signoff.model_validate(d) for d in state.open_round],
            next_stage=state.next_stage, signoffs_needed=state.needed,
        ))
    return rows


def review_table(rows: list[QueueRow]) -> Table:
    table = _table("文档编号", "标题", "文号", "建议属性", "理由", "发现项（已遮蔽）", "签署进度",
                   title=f"待审（{len(rows)} 件）")
    for row in rows:
        progress = "、".join(f"{s.stage} {s.account}" for s in row.signed) or "未签署"
        table.add_row(str(row.document_id), row.title or "（未识别标题）", row.doc_number or "",
                      row.proposed or "", "\n".join(row.reasons),
                      "\n".join(finding_text(f) for f in row.findings) or "无",
                      f"{progress}；下一步：{row.next_stage}")
    return table


def quarantine_table(entries: list[QuarantinedFile]) -> Table:
    table = _table("隔离编号", "文件", "环节", "原因", "发现项（已遮蔽）",
                   title=f"隔离区（{len(entries)} 个文件；隔离编号不是文档编号，不能用于 review decide）")
    for e in entries:
        table.add_row(f"Q{e.id}", e.file, STAGE_LABELS.get(e.stage, e.stage), "\n".join(e.reasons),
                      "\n".join(finding_text(f) for f in e.findings))
    return table


def document_panel(info: DocumentDetail) -> Panel:
    """`normdocs show`: the record in words; `--json` gives the same data as JSON."""
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold", no_wrap=True)
    meta.add_column(overflow="fold")
    state = info.attribute or "无"
    if info.withdrawn:
        state += "（已撤回，不在公开视图中）"
    for label, value in (("文档编号", str(info.id)), ("标题", info.title), ("文号", info.doc_number),
                         ("发文机关", info.issuer), ("文种", info.doc_type), ("成文日期", info.signed_date),
                         ("发布日期", info.published_date), ("有效性", info.validity),
                         ("现行公开属性", state)):
        meta.add_row(label, value or "—")
    parts: list[Table | Text] = [meta]
    d = info.determination
    if d:
        parts.append(Text(f"\n规则建议：{d.proposed}" + ("（须人工审核）" if d.needs_review else "")
                          + ("；附注与内容冲突" if d.conflict else ""), style="bold"))
        for reason in d.reasons or []:
            parts.append(Text(f"  · {reason}"))
        if d.basis:
            parts.append(Text("  依据：" + "；".join(d.basis)))
    if info.findings:
        parts.append(Text("\n发现项（已遮蔽）", style="bold"))
        for f in info.findings:
            parts.append(Text("  · " + finding_text(f)))
    if info.trail:
        trail = _table("时间", "操作", "环节", "账号", "公开属性", "意见", title="审核记录")
        for t in info.trail:
            trail.add_row(office_time(t.decided_at), ACTION_LABELS.get(t.action, t.action),
                          t.stage or "", t.reviewer, t.attribute or "", t.comment or "")
        parts.append(trail)
    versions = _table("版本", "文件", "运行", "入库时间", title="版本")
    for v in info.versions:
        versions.add_row(str(v.version), v.file, v.run_id or "", office_time(v.loaded_at))
    parts.append(versions)
    return Panel(Group(*parts), title=f"文档 {info.id}", expand=False)
