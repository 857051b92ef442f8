"""A spaCy text classifier for 主题分类, trained on pages whose sites printed their topic.

It does not decide alone: rules/topics.yaml may name a trained model (`model:`), and then a cue
verdict stands only where the model's first choice is the same topic (see topics.classify_text).
Training takes (title, body, topic) triples; `benchmarks/topic_train.py` builds them from the
tune half of the topic corpus. The model reads characters and their bigrams and trigrams
(spacy.blank("zh") splits into characters), so no word segmenter is needed.
"""

from __future__ import annotations

import random
from typing import Any
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed

BODY_CHARS = 600  # the start of the body the model reads
EPOCHS = 12
BATCH = 16
SEED = 0


def model_text(title: str | None, body: str | None) -> str:
    """What the model reads: the title twice (it says most), then the start of the body."""
    title = (title or "").strip()
    return f"{title}。{title}。{(body or '')[:BODY_CHARS]}"


def train(examples: list[tuple[str, str, str]], *, epochs: int = EPOCHS) -> Language:
    """A textcat trained on (title, body, topic) examples; the same examples give the same model."""
    fix_random_seed(SEED)
    nlp = spacy.blank("zh")
    textcat: Any = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 3,
        "no_output_layer": False, "length": 2 ** 14}})
    labels = sorted({topic for _, _, topic in examples})
    for label in labels:
        textcat.add_label(label)
    batch = [Example.from_dict(nlp.make_doc(model_text(title, body)),
                               {"cats": {label: float(label == topic) for label in labels}})
             for title, body, topic in examples]
    optimizer = nlp.initialize(lambda: batch)
    for epoch in range(epochs):
        random.Random(epoch).shuffle(batch)
        for i in range(0, len(batch), BATCH):
            nlp.update(batch[i:i + BATCH], sgd=optimizer, drop=0.1)
    return nlp


@lru_cache(maxsize=2)
def load(path: str) -> Language:
    return spacy.load(Path(path))


def predict(nlp: Language, title: str | None, body: str | None) -> dict[str, float]:
    """The model's probability for each topic it was trained on."""
    return dict(nlp(model_text(title, body)).cats)
