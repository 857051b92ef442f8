"""主题分类: a topic and subtopic of the 国务院政策文件库's taxonomy for each document.

The taxonomy and its cues are data (rules/topics.yaml). A page whose site metadata prints its
主题分类 gives it directly (source "site"); otherwise the cues (spaCy PhraseMatcher) are counted in
the title (weighted) and the start of the body. Below the confidence threshold the topic stays
null: pages then say 待定, never a guess, unless the title and the whole text name the same topic
(`corroborated_threshold`): a long national document names many subjects, so its best topic's
share stays low even when its title says plainly what it is about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from normdocs.schemas.annotations import TopicAssignment
from normdocs.schemas.record import Record
from normdocs.schemas.rules import load_rules, parse_rules
from normdocs.schemas.topic_rules import RULES_FILE, TopicRules
from normdocs.enrichment import topic_model
from normdocs.review.phrases import PhraseCues, PhraseHit

# what sites put between a topic and its subtopic, or between two topics
SITE_SEPARATORS = re.compile(r"[\\/／＼>＞|;；,，]+")
PER_CUE_CAP = 3  # occurrences of one cue counted in the body: long texts repeat their words


@lru_cache(maxsize=4)
def load_topic_rules(path: str | None = None) -> TopicRules:
    """The packaged taxonomy, or a staff copy of the file at `path`."""
    if path:
        rules = parse_rules(path, Path(path).read_text(encoding="utf-8"), TopicRules)
        if rules.model and not Path(rules.model).is_absolute():
            rules = rules.model_copy(update={"model": str(Path(path).parent / rules.model)})
        return rules
    return load_rules(RULES_FILE, TopicRules)


MASK = "\tmask"


@lru_cache(maxsize=4)
def _matcher(rules: TopicRules) -> PhraseCues:
    # key: topic, subtopic ("" for the topic's own cues) and strength, tab-separated
    lists: dict[str, list[str]] = {MASK: list(rules.masks)}
    for topic in rules.topics:
        lists[f"{topic.name}\t\tstrong"] = list(topic.cues)
        lists[f"{topic.name}\t\tweak"] = list(topic.weak_cues)
        for sub in topic.subtopics:
            lists[f"{topic.name}\t{sub.name}\tstrong"] = list(sub.cues)
            lists[f"{topic.name}\t{sub.name}\tweak"] = list(sub.weak_cues)
    return PhraseCues(lists)


def _outermost(hits: list[PhraseHit]) -> list[PhraseHit]:
    """Hits not inside a longer one: 高速公路 counts once, not again as 公路; a mask swallows its cues."""
    return [h for h in hits if h.key != MASK and not any(
        o is not h and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
        for o in hits)]


# pydantic models are not hashable by default; the rules object is cached, so its id is stable
TopicRules.__hash__ = object.__hash__  # type: ignore[assignment]


def from_site(site: dict[str, str], rules: TopicRules) -> TopicAssignment | None:
    """The 主题分类 a publishing site printed ("城乡建设、环境保护\\城市规划", "劳动、人事、监察;人事工作"),
    when it names a known topic; of several listed ("工业、交通,商贸、海关") the first known one."""
    for key in rules.site_keys:
        value = (site or {}).get(key, "").strip()
        if not value:
            continue
        parts = [p.strip() for p in SITE_SEPARATORS.split(value) if p.strip()]
        found = next(((i, t) for i, p in enumerate(parts) if (t := rules.find(p)) is not None), None)
        if found is None:
            continue
        i, topic = found
        following = parts[i + 1] if i + 1 < len(parts) else None
        sub = following if following and any(s.name == following for s in topic.subtopics) else None
        return TopicAssignment(topic=topic.name, subtopic=sub, confidence=1.0, cues=[f"网站标注：{value}"],
                               source="site")
    return None


def _best(scores: dict[str, float], rules: TopicRules) -> str | None:
    """The topic with the most evidence; a tie goes to the one listed first in the rules."""
    names = [x.name for x in rules.topics]
    return max(scores, key=lambda t: (scores[t], -names.index(t))) if scores else None


def classify_text(title: str | None, body: str | None, rules: TopicRules | None = None) -> TopicAssignment:
    rules = rules or load_topic_rules()
    matcher = _matcher(rules)
    scores: dict[str, float] = defaultdict(float)
    title_scores: dict[str, float] = defaultdict(float)
    sub_scores: dict[tuple[str, str], float] = defaultdict(float)
    cues: dict[str, list[str]] = defaultdict(list)
    counted: dict[tuple[str, str], int] = defaultdict(int)
    body = (body or "")[: rules.body_chars]
    for text, place_weight, in_title in ((title or "", rules.title_weight, True), (body, 1.0, False)):
        for hit in _outermost(matcher.find(text)):
            if not in_title:
                counted[(hit.key, hit.phrase)] += 1
                if counted[(hit.key, hit.phrase)] > PER_CUE_CAP:
                    continue
            topic, sub, strength = hit.key.split("\t")
            weight = place_weight * (rules.weak_weight if strength == "weak" else 1.0)
            scores[topic] += weight
            if in_title:
                title_scores[topic] += weight
            if sub:
                sub_scores[(topic, sub)] += weight
            if hit.phrase not in cues[topic]:
                cues[topic].append(hit.phrase)
    best = _best(scores, rules)
    if best is None:
        return TopicAssignment(topic=None, subtopic=None, confidence=0.0, cues=[], source="rules")
    share = scores[best] / sum(scores.values())
    confidence = round(share * min(1.0, scores[best] / rules.min_score), 3)
    subs = {s: v for (t, s), v in sub_scores.items() if t == best}
    subtopic = max(subs, key=lambda sub: subs[sub]) if subs else None
    corroborated = (rules.corroborated_threshold is not None and body.strip() != ""
                    and _best(title_scores, rules) == best)
    needed = min(rules.threshold, rules.corroborated_threshold or 1.0) if corroborated else rules.threshold
    if confidence < needed:
        return TopicAssignment(topic=None, subtopic=None, confidence=confidence, cues=cues[best][:10], source="rules")
    doubt = _model_doubt(rules, best, title, body)
    if doubt:
        return TopicAssignment(topic=None, subtopic=None, confidence=confidence, cues=cues[best][:9] + [doubt],
                               source="rules")
    return TopicAssignment(topic=best, subtopic=subtopic, confidence=confidence, cues=cues[best][:10], source="rules")


def _model_doubt(rules: TopicRules, topic: str, title: str | None, body: str | None) -> str | None:
    """Why the model holds the cues' topic back ("模型判为：其他"), or None: no model, a model never
    trained on this topic (the cues decide), or one whose first choice is the same topic."""
    if not rules.model:
        return None
    cats = topic_model.predict(topic_model.load(rules.model), title, body)
    first = max(cats, key=lambda t: cats[t])
    return None if topic not in cats or first == topic else f"模型判为：{first}"


def classify_topic(record: Record, rules: TopicRules | None = None, *, use_site: bool = True) -> TopicAssignment:
    """The record's 主题分类: the site's printed one when there is one, else the cues' verdict."""
    if record.status != "ok":
        return TopicAssignment()
    rules = rules or load_topic_rules()
    if use_site and record.layout is not None:
        printed = from_site(record.layout.site_metadata, rules)
        if printed is not None:
            return printed
    md = record.metadata
    return classify_text(md.title, md.body, rules)
