"""Score extraction against a hand-annotated gold file: precision, recall and F1 per kind.

Gold file: JSON Lines, one paper a line: ``{"title", "file", "entities": [{"kind", "label",
"surfaces": [...], "role", "new"}], "borderline": [surface, ...]}`` (see
``tests/data/gold/README.md``). Scoring is per paper and per entity (one concept, one
entity): a predicted entity is right when its kind matches a gold entity and one of its
surface forms (or its label) is one of that entity's surfaces, folded for case and separators.
A second predicted entity for the same gold concept is a duplicate and counts as wrong; a
predicted entity whose every surface is listed as borderline is ignored, and so is one flagged
generic (an umbrella term, which ``ANNOTATION.md`` neither rewards nor penalises) that matches
no gold entity.

Gold papers are found by title (``"title"``, the sample-corpus gold files) or by arXiv id
(``"id"``, the corpus gold files in ``benchmarks/gold/``). Roles are scored on the matched
entities: the predicted role of an entity is the strongest role among its mentions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from paperkg.ingest.records import ROLE_ORDER, Extraction, Kind, Paper, fold, normalize_title

__all__ = ["Evaluation", "Score", "evaluate", "load_gold"]


@dataclass
class Score:
    """Counts for one kind: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Scores per kind and overall, and the errors (for reading, not for scoring)."""

    scores: dict[str, Score] = field(default_factory=lambda: {k.value: Score() for k in Kind})
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str, str]] = field(default_factory=list)
    papers: int = 0
    #: (gold role, predicted role) of every matched entity
    roles: list[tuple[str, str]] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        """Micro-averaged counts over the four kinds."""
        total = Score()
        for score in self.scores.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    @property
    def role_accuracy(self) -> float:
        """Share of matched entities whose predicted role equals the gold role (1.0 when none)."""
        return sum(g == p for g, p in self.roles) / len(self.roles) if self.roles else 1.0

    def role_score(self, role: str = "introduces") -> Score:
        """Precision and recall of one role over the matched entities."""
        score = Score()
        for gold, predicted in self.roles:
            score.tp += gold == role and predicted == role
            score.fp += gold != role and predicted == role
            score.fn += gold == role and predicted != role
        return score

    def table(self) -> str:
        """A plain-text table of P/R/F1 per kind and overall."""
        lines = [f"{'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, score in [*self.scores.items(), ("overall", self.overall)]:
            lines.append(f"{name:<10} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
                         f"{score.tp:5d} {score.fp:5d} {score.fn:5d}")
        intro = self.role_score("introduces")
        lines.append(f"roles: accuracy {self.role_accuracy:.3f} on {len(self.roles)} matched entities; "
                     f"introduces P {intro.precision:.3f} R {intro.recall:.3f} F1 {intro.f1:.3f}")
        return "\n".join(lines)


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold file (JSON Lines)."""
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def evaluate(gold: Iterable[dict], papers: Iterable[Paper],
             extract: Callable[[Paper], Extraction]) -> Evaluation:
    """Extract every gold paper (matched by id or title in ``papers``) and score the result."""
    gold = list(gold)
    wanted = {record["id"] for record in gold if "id" in record}
    by_title: dict[str, Paper] = {}
    by_id: dict[str, Paper] = {}
    for p in papers:
        by_title.setdefault(normalize_title(p.title), p)
        for key in (p.id, p.arxiv_id):
            if key in wanted:
                by_id[key] = p
    result = Evaluation()
    order = {role.value: i for i, role in enumerate(ROLE_ORDER)}
    for record in gold:
        name = record.get("id") or record["title"]
        paper = by_id.get(record["id"]) if "id" in record else by_title.get(normalize_title(record["title"]))
        if paper is None:
            raise KeyError(f"gold paper not found in the input: {name!r}")
        result.papers += 1
        extraction = extract(paper)
        labels = {e.id: e.label for e in extraction.entities}
        generic = {e.id for e in extraction.entities if getattr(e, "generic", False)}
        predicted: dict[str, dict] = {}
        for mention in extraction.mentions:
            entry = predicted.setdefault(mention.entity_id, {"kind": mention.kind.value, "surfaces": set(),
                                                             "role": mention.role.value})
            entry["surfaces"].add(fold(mention.surface))
            if order[mention.role.value] < order[entry["role"]]:
                entry["role"] = mention.role.value
        borderline = {fold(s) for s in record.get("borderline", [])}
        gold_entities = [
            {"kind": g["kind"], "label": g["label"],
             "keys": {fold(s) for s in g["surfaces"]} | {fold(g["label"])}}
            for g in record["entities"]
        ]
        matched: set[int] = set()
        for eid, entry in sorted(predicted.items()):
            keys = entry["surfaces"] | {fold(labels.get(eid, ""))}
            hit = next((i for i, g in enumerate(gold_entities)
                        if g["kind"] == entry["kind"] and keys & g["keys"]), None)
            if hit is not None and hit not in matched:
                matched.add(hit)
                result.scores[entry["kind"]].tp += 1
                result.roles.append((record["entities"][hit]["role"], entry["role"]))
            elif hit is None and (entry["surfaces"] <= borderline or eid in generic):
                continue  # neither rewarded nor penalised
            else:
                result.scores[entry["kind"]].fp += 1
                why = "duplicate" if hit is not None else "not in gold"
                result.false_positives.append((name[:60], f"{entry['kind']}:{labels.get(eid, eid)}", why))
        for i, g in enumerate(gold_entities):
            if i not in matched:
                result.scores[g["kind"]].fn += 1
                result.false_negatives.append((name[:60], f"{g['kind']}:{g['label']}", "missed"))
    return result
