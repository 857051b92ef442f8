"""Periodic review (定期评估): has a withheld document's reason lapsed?

Documents marked 依申请公开 or 不予公开 are reviewed from time to time and converted to 主动公开
once the reason is gone (政府信息公开条例第十四条: a state secret is no longer one when its
保密期限 has run out). Only the secrecy period is judged here; the other grounds (personal
information, internal affairs, process information) do not lapse with time and stay with a
human. A candidate is a proposal, never a conversion.
"""

from __future__ import annotations

import datetime as dt
import re

from normdocs.schemas.determination import Decision, LapseCheck
from normdocs.schemas.record import Metadata
from normdocs.review.determination import DisclosureRules, load_disclosure_rules


def add_period(start: dt.date, period: str) -> dt.date | None:
    """start + `N年` or `N个月` (the end of month clamps: 1月31日 + 1个月 = 2月28/29日); None for 长期."""
    m = re.fullmatch(r"(\d+)(年|个月)", period)
    if not m:
        return None
    months = int(m.group(1)) * (12 if m.group(2) == "年" else 1)
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def check_lapse(md: Metadata, decision: Decision, today: dt.date,
                rules: DisclosureRules | None = None) -> LapseCheck:
    """Whether a 依申请公开/不予公开 document has become a candidate for 主动公开."""
    rules = rules or load_disclosure_rules()
    if decision.proposed == "主动公开":
        return LapseCheck(candidate=False, reason="文件已认定为主动公开，无需定期评估。")
    if not md.classification:
        return LapseCheck(candidate=False, reason="不公开理由不是保密期限，不会随时间自动失效，请按期人工复核。")
    period = md.classification_period or rules.periodic.get("default_periods", {}).get(md.classification)
    if period is None or period == "长期":
        return LapseCheck(candidate=False, reason=f"{md.classification}级文件保密期限为长期，未经解密不得公开。")
    if not md.signed_date:
        return LapseCheck(candidate=False, reason="文件无成文日期，无法计算保密期限，请人工核定。")
    end = add_period(dt.date.fromisoformat(md.signed_date), period)
    if end is None:
        return LapseCheck(candidate=False, reason=f"无法识别保密期限“{period}”，请人工核定。")
    if today < end:
        return LapseCheck(candidate=False, lapsed_on=None,
                          reason=f"保密期限{period}，至{end.isoformat()}届满，尚未到期。")
    persistent = [b for b in decision.basis if b in rules.periodic.get("persistent_basis", [])]
    if persistent:
        return LapseCheck(candidate=False, lapsed_on=end.isoformat(),
                          reason=f"保密期限{period}已于{end.isoformat()}届满，但仍有其他不公开理由"
                                 f"（{'、'.join(persistent)}），请人工复核。")
    return LapseCheck(candidate=True, lapsed_on=end.isoformat(),
                      reason=f"保密期限{period}已于{end.isoformat()}届满，可按程序解密后转为主动公开，请审核。")
