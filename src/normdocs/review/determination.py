"""Disclosure determination (公开属性认定): the 附注 marker, then the rules in disclosure.yaml.

`decide` is a pure function of the metadata and the findings. The rules are data; the one
guarantee written in code is the safety net: a document with a state-secret mark, a resident
ID, a bank card, passport, permit or officer's number never comes out 主动公开 without a human decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from normdocs.schemas.disclosure_rules import Conditions, DisclosureRule, DisclosureRuleFile, Outcome
from normdocs.schemas.rules import load_rules
from normdocs.schemas.determination import ATTRIBUTE_RANK, SEVERITY_RANK, Decision, Finding
from normdocs.schemas.record import Metadata
from normdocs.review.phrases import PhraseCues

ATTRIBUTES = tuple(ATTRIBUTE_RANK)
# finding kinds that may never be published without a human decision, whatever the rule file says
NEVER_UNREVIEWED = ("state_secret", "id_card", "bank_card", "passport", "travel_permit", "officer_id")
UNREAD_PICTURE_REASON = "文件首页版头处有无法识别的图片，可能盖印密级或内部标志，须人工查看后方可公开。"
QUOTED_LEVEL_REASON = "正文句中出现密级字样（{evidence}），看来是引用而非本文件的密级标志；须人工核实后方可公开。"
UNRULED_FINDING_REASON = "文件含有须人工查看的信息，须人工审核后方可公开。"
# findings that ask a human to look without saying the content conflicts with a 主动公开 附注
_LOOK_ONLY = ("unread_picture", "secret_quoted")


@dataclass(frozen=True)
class Cond:
    """One condition group of a rule; its phrase lists live in the rule set's cues under `key`."""

    key: str
    findings: frozenset[str] = frozenset()
    classification: bool = False
    doc_types: frozenset[str] = frozenset()
    min_body_phrases: int = 1
    no_findings: bool = False
    phrase_fields: frozenset[str] = frozenset()  # which of title/body/issuer/recipient lists are given


@dataclass(frozen=True)
class Rule:
    id: str
    proposed: str
    review: bool
    overrides_marker: bool
    consistent_markers: frozenset[str]
    basis: tuple[str, ...]
    reason: str
    cause: str
    when: Cond
    requires: Cond | None = None
    unless: Cond | None = None


_PHRASE_FIELDS = {"title": "title_phrases", "body": "body_phrases", "issuer": "issuer_phrases",
                  "recipient": "recipient_phrases"}


@dataclass(frozen=True)
class DisclosureRules:
    version: str
    rules: tuple[Rule, ...]
    default: Rule
    unreadable: Rule
    marker_basis: dict[str, tuple[str, ...]]
    marker_reason: str
    conflict_reason: str
    title_cues: PhraseCues
    body_cues: PhraseCues
    issuer_cues: PhraseCues = field(default_factory=lambda: PhraseCues({}))
    recipient_cues: PhraseCues = field(default_factory=lambda: PhraseCues({}))
    periodic: dict = field(default_factory=dict)


def _cond(when: Conditions, key: str, phrases: dict[str, dict[str, list[str]]]) -> Cond:
    given = set()
    for name, attr in _PHRASE_FIELDS.items():
        listed = list(getattr(when, attr))
        if listed:
            phrases[name][key] = listed
            given.add(name)
    return Cond(key=key, findings=frozenset(str(k) for k in when.findings), classification=when.classification,
                doc_types=frozenset(when.doc_types), min_body_phrases=when.min_body_phrases,
                no_findings=when.no_findings, phrase_fields=frozenset(given))


def _rule(entry: Outcome, rule_id: str, phrases: dict[str, dict[str, list[str]]]) -> Rule:
    rule = entry if isinstance(entry, DisclosureRule) else None
    when = rule.when if rule else Conditions()
    requires = rule.requires if rule else None
    unless = rule.unless if rule else None
    return Rule(
        id=rule_id, proposed=str(entry.proposed), review=entry.review,
        overrides_marker=bool(rule and rule.overrides_marker),
        consistent_markers=frozenset(str(m) for m in rule.consistent_markers) if rule else frozenset(),
        basis=tuple(entry.basis), reason=entry.reason, cause=entry.cause,
        when=_cond(when, rule_id, phrases),
        requires=_cond(requires, f"{rule_id}+requires", phrases) if requires else None,
        unless=_cond(unless, f"{rule_id}-unless", phrases) if unless else None,
    )


@lru_cache(maxsize=4)
def load_disclosure_rules(name: str = "disclosure.yaml") -> DisclosureRules:
    """The packaged rule file, checked against its schema (schemas.disclosure_rules): an error names
    the file, the rule and the key."""
    raw = load_rules(name, DisclosureRuleFile)
    phrases: dict[str, dict[str, list[str]]] = {name: {} for name in _PHRASE_FIELDS}
    rules = tuple(_rule(entry, entry.id, phrases) for entry in raw.rules)
    return DisclosureRules(
        version=raw.version, rules=rules, default=_rule(raw.default, "default", phrases),
        unreadable=_rule(raw.unreadable, "unreadable", phrases),
        marker_basis={str(k): tuple(v) for k, v in raw.marker.basis.items()},
        marker_reason=raw.marker.reason, conflict_reason=raw.marker.conflict_reason,
        title_cues=PhraseCues(phrases["title"]), body_cues=PhraseCues(phrases["body"]),
        issuer_cues=PhraseCues(phrases["issuer"]), recipient_cues=PhraseCues(phrases["recipient"]),
        periodic=raw.periodic.model_dump(mode="json"),
    )


@dataclass(frozen=True)
class _Facts:
    """What the conditions are tested on: finding kinds and the phrases found, by cue key."""

    md: Metadata
    kinds: frozenset[str]
    phrases: dict[str, dict[str, set[str]]]  # field -> key -> phrases found

    def checks(self, cond: Cond) -> list[bool]:
        """The outcome of each condition the group gives."""
        out = []
        if cond.findings:
            out.append(bool(cond.findings & self.kinds))
        if cond.classification:
            out.append(bool(self.md.classification))
        if cond.doc_types:
            out.append(bool(self.md.doc_type) and self.md.doc_type in cond.doc_types)
        if cond.no_findings:
            out.append(not self.kinds)
        for name in sorted(cond.phrase_fields):
            found = self.phrases[name].get(cond.key, set())
            out.append(len(found) >= (cond.min_body_phrases if name == "body" else 1))
        return out


def _facts(rules: DisclosureRules, md: Metadata, findings: list[Finding]) -> _Facts:
    texts: dict[str, list[str | None]] = {"title": [md.title], "body": [md.body], "issuer": [md.issuer, md.issuer_printed],
             "recipient": list(md.recipients)}
    cues = {"title": rules.title_cues, "body": rules.body_cues, "issuer": rules.issuer_cues,
            "recipient": rules.recipient_cues}
    phrases: dict[str, dict[str, set[str]]] = {}
    for name, cue in cues.items():
        found: dict[str, set[str]] = {}
        # one text at a time: a phrase never runs from one recipient into the next
        for text in texts[name]:
            for h in cue.find(text):
                found.setdefault(h.key, set()).add(h.phrase)
        phrases[name] = found
    kinds = frozenset(f.kind for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK["review"])
    return _Facts(md, kinds, phrases)


def _matches(rules: DisclosureRules, md: Metadata, findings: list[Finding]) -> list[Rule]:
    """The rules that apply, in file order."""
    facts = _facts(rules, md, findings)
    return [rule for rule in rules.rules
            if any(facts.checks(rule.when))
            and (rule.requires is None or all(facts.checks(rule.requires)))
            and (rule.unless is None or not any(facts.checks(rule.unless)))]


def _overrides(rule: Rule, marker: str) -> bool:
    """The rule contradicts the printed marker: it is stricter and does not accept the marker."""
    return (rule.overrides_marker and marker not in rule.consistent_markers
            and ATTRIBUTE_RANK[rule.proposed] > ATTRIBUTE_RANK[marker])


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def decide(md: Metadata, findings: list[Finding], rules: DisclosureRules | None = None) -> Decision:
    """The disclosure decision for one readable document."""
    rules = rules or load_disclosure_rules()
    matched = _matches(rules, md, findings)
    top = matched[0] if matched else rules.default
    marker = md.disclosure_marker
    conflict = False
    if marker is None:
        source, proposed, needs_review = "rules", top.proposed, top.review
        # every ground stays in the basis (periodic review reads the lasting ones); a rule that
        # decides without review is not explained by rules that would ask for one or propose
        # another attribute: their reasons would contradict the decision shown
        basis = _unique(b for r in (matched or [top]) for b in r.basis)
        cited = (matched or [top]) if top.review else [r for r in matched
                                                        if r.proposed == top.proposed and not r.review]
        reasons = _unique(r.reason for r in cited)
    else:
        overriding = [r for r in matched if _overrides(r, marker)]
        override = overriding[0] if overriding else None
        if override is None:
            source, proposed, needs_review = "marker", marker, False
            agreeing = [r for r in matched if r.proposed == marker]
            basis = _unique([*rules.marker_basis.get(marker, ()), *(b for r in agreeing for b in r.basis)])
            # the marker decides and nobody reviews: a rule's reason that asks for review (it was
            # written for a document without a marker) would contradict the decision
            reasons = _unique([rules.marker_reason.format(marker=marker),
                               *(r.reason for r in agreeing if not r.review)])
        else:
            source, proposed, needs_review = "rules", override.proposed, True
            conflict = marker == "主动公开"
            causes = "、".join(_unique(r.cause or r.id for r in overriding))
            restrictive = [r for r in matched if ATTRIBUTE_RANK[r.proposed] > ATTRIBUTE_RANK[marker]]
            basis = _unique(b for r in restrictive for b in r.basis)
            reasons = _unique([rules.conflict_reason.format(marker=marker, cause=causes),
                               *(r.reason for r in restrictive)])
    # the safety net: never 主动公开 without a human when a mark or a personal number is there
    blocking = [f for f in findings if f.kind in NEVER_UNREVIEWED or f.severity == "block"]
    quoted = _unique(f.evidence for f in findings if f.kind == "secret_quoted")
    if (blocking or md.classification) and proposed == "主动公开" and not needs_review:
        needs_review = True
        substantive = any(f.kind not in _LOOK_ONLY for f in blocking) or bool(md.classification)
        conflict = conflict or (marker == "主动公开" and (substantive or any(f.kind == "unread_picture" for f in blocking)))
        if substantive:
            reasons.append("文件含有密级标志或公民身份号码、银行卡号等信息，须人工审核后方可公开。")
        if any(f.kind == "unread_picture" for f in blocking):
            reasons.append(UNREAD_PICTURE_REASON)
        if quoted:
            reasons.append(QUOTED_LEVEL_REASON.format(evidence="、".join(quoted)))
    elif not needs_review and any(f.severity == "block" and not f.secret and f.kind != "state_secret" for f in findings):
        # withheld without a reviewer is not enough: an unread picture may be a state-secret mark,
        # and a secret document leaves the library for the secrecy office
        needs_review = True
        if any(f.kind == "unread_picture" for f in findings):
            reasons.append(UNREAD_PICTURE_REASON)
        if quoted:
            reasons.append(QUOTED_LEVEL_REASON.format(evidence="、".join(quoted)))
        if not any(f.kind in _LOOK_ONLY for f in findings):
            reasons.append("文件含有须人工查看的信息，须人工审核后确定公开属性。")
    elif proposed == "主动公开" and not needs_review and any(
            SEVERITY_RANK[f.severity] >= SEVERITY_RANK["review"] for f in findings):
        # a finding no rule speaks for (a kind added to confidentiality.yaml later): when in doubt, review
        needs_review = True
        reasons.append(UNRULED_FINDING_REASON)
    return Decision(
        proposed=proposed, attribute="待审" if needs_review else proposed, source=source, basis=basis,
        reasons=reasons, needs_review=needs_review, conflict=conflict, rules_version=rules.version,
    )


def decide_unreadable(rules: DisclosureRules | None = None) -> Decision:
    """A record that failed extraction: nothing is known, nothing is published."""
    rules = rules or load_disclosure_rules()
    rule = rules.unreadable
    return Decision(proposed=rule.proposed, attribute="待审", source="rules", basis=list(rule.basis),
                    reasons=[rule.reason], needs_review=True, conflict=False, rules_version=rules.version)
