"""What the record says about a document beyond its printed elements: the GB/T 9704 format
report and the topic (主题分类). Both are advisory: neither ever quarantines a document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class FormatCheck(BaseModel):
    """One departure from GB/T 9704-2012, with the clause it rests on (message in Chinese)."""

    check: str  # id from rules/format_checks.yaml, e.g. doc_number_year
    clause: str  # e.g. 7.2.5
    message: str


class TopicAssignment(BaseModel):
    """主题分类. Below the confidence threshold `topic` is null (pages say 待定): never a guess."""

    topic: str | None = None
    subtopic: str | None = None
    confidence: float = 0.0
    cues: list[str] = Field(default_factory=list)  # the phrases that fired, or the site's printed label
    source: Literal["site", "rules", "none"] = "none"
