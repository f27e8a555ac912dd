"""LLM evaluation benchmarks: the task folders of EleutherAI's lm-evaluation-harness."""

from __future__ import annotations

import re

from vocab_build.inputs import Inputs, read_jsonl
from vocab_build.names import clean
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["SOURCE", "load"]

_HEADING_NOISE = re.compile(r"\b(?:Benchmark Datasets|Benchmark|Tasks|evaluations|Dataset)\b|"
                            r"\(Validation\)|🇳🇴", re.IGNORECASE)
NAME = "lm_eval_benchmarks"


def load(reg: Registry, inputs: Inputs) -> None:
    """One dataset per folder, named by its README heading; folder and task families are aliases."""
    for row in sorted(read_jsonl(inputs.source(f"{NAME}.jsonl.gz")), key=lambda r: r["dir"]):
        action = inputs.overrides.get((NAME, row["dir"]))
        if action == "-":
            reg.stats[f"{NAME}:override_dropped"] += 1
            continue
        heading = row.get("readme_heading") or ""
        if action:
            label = action
        elif not heading or heading == "Task-name":
            label = row["dir"]
        else:
            label = clean(_HEADING_NOISE.sub("", heading.split(":")[0]))
        aliases = [row["dir"], *row.get("families", [])]
        aliases = [a for a in aliases if "_" not in a or len(a) > 4]
        if not label or len(label) <= 2:
            continue
        reg.offer("dataset", label, aliases, NAME, id_hint=label)


SOURCE = Source(
    name=NAME,
    what="repo `EleutherAI/lm-evaluation-harness`, `lm_eval/tasks/*/README.md` and `lm_eval/tasks/README.md`",
    commit="4e7e0d47f33bc71070c1d38394bafbb52b117163", licence="MIT", load=load,
    filters={"dataset": [
        "lm_eval_benchmarks: README heading cleaned (\"Benchmark\", \"Tasks\", \"evaluations\", "
        "text after a colon removed); template (`Task-name`) and missing headings replaced per "
        "`source_overrides.tsv`; folder name and task families are aliases."]},
)
