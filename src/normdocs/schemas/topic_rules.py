"""rules/topics.yaml: the 主题分类 taxonomy and its cues (read by enrichment.topics, and by the
library's filters for the list of topic names)."""

from __future__ import annotations

from pydantic import Field, model_validator

from normdocs.schemas.rules import RuleModel

RULES_FILE = "topics.yaml"


class Subtopic(RuleModel):
    name: str
    cues: list[str] = Field(default_factory=list)
    weak_cues: list[str] = Field(default_factory=list)  # generic words: count `weak_weight` of a cue


class Topic(RuleModel):
    name: str
    aliases: list[str] = Field(default_factory=list)  # names sites print for it (卫健、体育, 组织机构)
    cues: list[str] = Field(default_factory=list)
    weak_cues: list[str] = Field(default_factory=list)
    subtopics: list[Subtopic] = Field(default_factory=list)


class TopicRules(RuleModel):
    """rules/topics.yaml, checked."""

    version: str = ""
    threshold: float = Field(0.45, ge=0, le=1)
    # a document with a body whose title's cues point to the same topic as all its text needs only
    # this much confidence (None: the title is no corroboration, `threshold` alone decides)
    corroborated_threshold: float | None = Field(None, ge=0, le=1)
    min_score: float = Field(3.0, gt=0)
    title_weight: float = Field(3.0, ge=0)
    body_chars: int = Field(3000, ge=0)
    weak_weight: float = Field(0.34, ge=0, le=1)
    # phrases inside which no cue counts: 人民政府 holds 民政, 健康发展 holds 健康
    masks: list[str] = Field(default_factory=list)
    # a spaCy textcat trained on labelled pages (benchmarks/topic_train.py); when set, a cue
    # verdict stands only where the model's first choice is the same topic. Relative to this file.
    model: str | None = None
    site_keys: list[str] = Field(default_factory=lambda: ["主题分类"])
    topics: list[Topic]

    @model_validator(mode="after")
    def _unique(self) -> "TopicRules":
        names = [t.name for t in self.topics]
        if len(names) != len(set(names)):
            raise ValueError(f"主题名称重复：{sorted({n for n in names if names.count(n) > 1})}")
        return self

    def find(self, topic: str) -> Topic | None:
        """The topic of this name, or the one a site's variant name (an alias) stands for."""
        return next((t for t in self.topics if t.name == topic), None) or next(
            (t for t in self.topics if topic in t.aliases), None)
