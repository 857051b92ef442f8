"""Train the 主题分类 text classifier on the tune half of the topic corpus (never on test).

    python benchmarks/topic_train.py --out DIR [--mirrors DIR] [--cache DIR]

The documents are restored from the mirrors as benchmarks/topic_corpus.py does; the model reads
what the classifier reads (title, and the body where the source kept it), trained on the label
the site printed. Point `model:` in a copy of rules/topics.yaml at DIR (or score with
`topic_corpus.py --model DIR`). The model is not committed: it is rebuilt from the mirrors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _topic_corpus():
    spec = importlib.util.spec_from_file_location("normdocs_topic_corpus", HERE / "topic_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    corpus = _topic_corpus()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mirrors", type=Path, default=corpus.DEFAULT_MIRRORS)
    parser.add_argument("--cache", type=Path, default=corpus.DEFAULT_CACHE)
    args = parser.parse_args()
    from normdocs.enrichment import topic_model

    entries = [json.loads(line) for line in corpus.LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = [e for e in entries if e["split"] == "tune"]
    examples = []
    for entry, item in corpus.restore_inputs(tune, args.mirrors, args.cache):
        title, body = item if isinstance(item, tuple) else (item.metadata.title, item.metadata.body)
        examples.append((title or "", body or "", entry["topic_printed"]))
    if not examples:
        print("没有可用的训练文档（镜像缺失？）", file=sys.stderr)
        return 1
    nlp = topic_model.train(examples)
    nlp.to_disk(args.out)
    print(f"trained on {len(examples)} tune documents ({dict(Counter(t for _, _, t in examples))}) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
