#!/usr/bin/env python3
"""Inter-annotator agreement on the corpus gold, and paperkg against each annotator and their agreed core.

Usage (from the repository root)::

    python benchmarks/bench_agreement.py            # every pair under benchmarks/gold/agreement/
    python benchmarks/bench_agreement.py --no-system  # the annotators only (no spaCy, a second)
    python benchmarks/bench_agreement.py --pair FIRST.jsonl SECOND.jsonl   # any two annotations

Some test batches were annotated twice, by two annotators who never saw each other's file
(``benchmarks/gold/agreement/README.md``): the first annotation is the batch's gold
(``benchmarks/gold/corpus_test_N.jsonl``), the second is ``agreement/corpus_test_N.b.jsonl``.
Scored with the very matching of :func:`paperkg.ingest.extract.evaluate.evaluate` (kind and a folded
surface or label in common; a second-annotator entity whose surfaces are all in the first
annotator's borderline list is neither right nor wrong), this prints per kind:

1. **agreement**: the second annotation scored against the first (its F1 is the ceiling a system
   scored on the first annotation can expect, if it judged exactly like another careful person);
2. **paperkg** against the first annotation (the figure ``bench_quality.py`` reports), against the
   second, against the **agreed core** (the entities both annotators marked: read its recall) and
   against **either** annotator (a link is right when either marked it: read its precision).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from paperkg.ingest.extract.evaluate import Evaluation, evaluate, load_gold  # noqa: E402
from paperkg.ingest.records import Kind, Role, fold  # noqa: E402

AGREEMENT = ROOT / "benchmarks" / "gold" / "agreement"


def as_extraction(record: dict) -> SimpleNamespace:
    """One annotator's record in the shape :func:`evaluate` scores: an entity per gold entity, a mention
    per surface."""
    entities, mentions = [], []
    for i, entity in enumerate(record["entities"]):
        eid = f"{entity['kind']}/{i}"
        entities.append(SimpleNamespace(id=eid, label=entity["label"], generic=False))
        for surface in entity["surfaces"]:
            mentions.append(SimpleNamespace(entity_id=eid, kind=Kind(entity["kind"]), surface=surface,
                                            role=Role(entity["role"])))
    return SimpleNamespace(entities=entities, mentions=mentions)


def score_annotation(gold: list[dict], other: list[dict]) -> Evaluation:
    """``other`` (a second annotation of the same papers) scored against ``gold``."""
    by_id = {record["id"]: record for record in other}
    papers = [SimpleNamespace(id=r["id"], arxiv_id=r["id"], title=r["id"]) for r in gold]
    return evaluate(gold, papers, lambda paper: as_extraction(by_id[paper.id]))


def agreed_core(first: list[dict], second: list[dict]) -> list[dict]:
    """The entities both annotators marked (same kind, a folded surface or label in common), with the
    surfaces of both; borderline strings of either annotator stay borderline."""
    by_id = {record["id"]: record for record in second}
    core = []
    for record in first:
        other = by_id[record["id"]]
        entities = []
        for entity in record["entities"]:
            keys = _keys(entity)
            twin = next((o for o in other["entities"]
                         if o["kind"] == entity["kind"] and keys & _keys(o)), None)
            if twin is not None:
                surfaces = list(dict.fromkeys(entity["surfaces"] + twin["surfaces"]))
                entities.append({**entity, "surfaces": surfaces})
        borderline = sorted(set(record.get("borderline", [])) | set(other.get("borderline", [])))
        core.append({"id": record["id"], "entities": entities, "borderline": borderline})
    return core


def either(first: list[dict], second: list[dict]) -> list[dict]:
    """Every entity either annotator marked (the second's only where the first has no twin)."""
    by_id = {record["id"]: record for record in second}
    union = []
    for record in first:
        other = by_id[record["id"]]
        entities = list(record["entities"])
        for entity in other["entities"]:
            keys = _keys(entity)
            if not any(e["kind"] == entity["kind"] and keys & _keys(e) for e in entities):
                entities.append(entity)
        borderline = sorted(set(record.get("borderline", [])) & set(other.get("borderline", [])))
        union.append({"id": record["id"], "entities": entities, "borderline": borderline})
    return union


def _keys(entity: dict) -> set[str]:
    return {fold(s) for s in entity["surfaces"]} | {fold(entity["label"])}


def pairs() -> list[tuple[Path, Path]]:
    """(first annotation, second annotation) for every batch annotated twice."""
    found = []
    for second in sorted(AGREEMENT.glob("corpus_test_*.b.jsonl")):
        first = ROOT / "benchmarks" / "gold" / second.name.replace(".b.jsonl", ".jsonl")
        found.append((first, second))
    return found


def _pool(into: Evaluation, result: Evaluation) -> None:
    into.papers += result.papers
    for kind, counts in result.scores.items():
        into.scores[kind].tp += counts.tp
        into.scores[kind].fp += counts.fp
        into.scores[kind].fn += counts.fn
    into.roles.extend(result.roles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-system", action="store_true", help="score the annotators only")
    parser.add_argument("--pair", nargs=2, type=Path, action="append", metavar=("FIRST", "SECOND"),
                        help="score these two annotations of one batch (repeatable; default: every pair)")
    args = parser.parse_args()
    found = [tuple(pair) for pair in args.pair] if args.pair else pairs()
    if not found:
        sys.exit(f"no second annotation under {AGREEMENT}")
    extract: Callable | None = None
    corpus: dict[str, object] = {}
    if not args.no_system:
        from bench_quality import CORPUS  # the corpus texts, read once

        from paperkg.ingest import read_papers
        from paperkg.ingest.extract import Extractor

        wanted = {r["id"] for first, _ in found for r in load_gold(first)}
        corpus = {p.arxiv_id: p for p in read_papers([CORPUS]) if p.arxiv_id in wanted}
        extract = Extractor.shared().extract
    names = ("agreement: second annotator vs first", "paperkg vs first annotator (the gold)",
             "paperkg vs second annotator", "paperkg vs agreed core (read its recall)",
             "paperkg vs either annotator (read its precision)")
    pooled = {name: Evaluation() for name in names}
    for first_path, second_path in found:
        first, second = load_gold(first_path), load_gold(second_path)
        results = {names[0]: score_annotation(first, second)}
        if extract is not None:
            papers = [corpus[r["id"]] for r in first]
            results[names[1]] = evaluate(first, papers, extract)
            results[names[2]] = evaluate(second, papers, extract)
            results[names[3]] = evaluate(agreed_core(first, second), papers, extract)
            results[names[4]] = evaluate(either(first, second), papers, extract)
        print(f"\n== {first_path.name} (first) and {second_path.name} (second): {len(first)} papers")
        for name, result in results.items():
            print(f"-- {name}\n{result.table()}")
            _pool(pooled[name], result)
    if len(found) > 1:
        print(f"\n== every batch annotated twice together: {pooled[names[0]].papers} papers")
        for name, result in pooled.items():
            if result.papers:
                print(f"-- {name}\n{result.table()}")


if __name__ == "__main__":
    main()
