"""Research tasks written as acronyms (VOS, VLN, VPR): generic entries, so that no task is a name.

Papers define acronyms for the task they work on ("video object segmentation (VOS)",
"vision-and-language navigation (VLN)") and then write the acronym as if it named a dataset,
a model or a method ("VOS benchmarks", "VLN agents"). ``scripts/vocab/task_acronyms.tsv`` lists
the task acronyms that the corpus defines for a Papers with Code research task, each reviewed by
hand (tasks kept; techniques, paradigms and real datasets that share an acronym left out). Each
becomes an entry flagged ``generic`` (linked, hidden from rankings): the task under its full name,
the acronym in exact case. The Papers with Code task list (``pwc_tasks_2025``) must hold the task
or a task the name ends with ("Composed Image Retrieval" -> "Image Retrieval"), so every entry
names its source. A source record that later offers the acronym (a PwC dataset "VOS") merges into
the task entry, or loses the acronym when it is of another kind.
"""

from __future__ import annotations

from vocab_build.inputs import Inputs, read_jsonl, read_lines
from vocab_build.names import fold
from vocab_build.registry import KINDS, Entry, Registry
from vocab_build.sources.base import Source

__all__ = ["SOURCE", "load", "parent_task", "read_task_acronyms"]

NAME = "pwc_tasks_2025"
FILE = "task_acronyms.tsv"


def parent_task(label: str, tasks: dict[str, str]) -> str | None:
    """The longest Papers with Code task (folded key -> name) that ``label`` ends with.

    >>> parent_task("Zero-Shot Composed Image Retrieval", {"imageretrieval": "Image Retrieval"})
    'Image Retrieval'
    >>> parent_task("Video Object Segmentation", {"imageretrieval": "Image Retrieval"}) is None
    True
    """
    words = label.replace("-", " ").split()
    for i in range(len(words)):
        name = tasks.get(fold(" ".join(words[i:])))
        if name:
            return name
    return None


def read_task_acronyms(inputs: Inputs) -> list[tuple[list[str], str, str, int]]:
    """(acronyms, task name, kind, corpus definitions) of every reviewed line."""
    out = []
    for line in read_lines(inputs.curated / FILE):
        acronyms, label, kind, count = line.split("\t")
        if kind not in KINDS:
            raise ValueError(f"{FILE}: unknown kind {kind!r} in {line!r}")
        out.append(([a for a in acronyms.split("|") if a], label, kind, int(count)))
    return out


def load(reg: Registry, inputs: Inputs) -> None:
    """Add one generic entry per reviewed task acronym (skipped when a curated entry has it)."""
    path = inputs.source(f"{NAME}.jsonl.gz")
    tasks = {fold(r["name"]): r["name"] for r in read_jsonl(path)} if path.exists() else {}
    for acronyms, label, kind, _ in read_task_acronyms(inputs):
        if tasks and parent_task(label, tasks) is None:
            raise ValueError(f"{FILE}: {label!r} is no Papers with Code task (nor ends with one)")
        if any(reg.find(s) for s in [label, *acronyms]):
            reg.stats[f"{NAME}:task_known"] += 1
            continue
        entry = Entry(id=reg.new_id(kind, label), kind=kind, label=label, generic=True,
                      origin={NAME}, curated=True)
        entry.exact = list(acronyms)
        reg.add_entry(entry)
        reg.stats[f"{NAME}:task_added"] += 1


SOURCE = Source(
    name=NAME,
    what="repo `World-Snapshot/papers-with-code` (task names), with the acronyms the 104k corpus "
         "defines for them, reviewed by hand: `scripts/vocab/task_acronyms.tsv`",
    commit="c50b88eb13b179903ecf715bb941fef91bdb5414",
    licence="CC BY-SA 4.0 (Papers with Code); also used to drop task names", load=load,
    filters={"dataset": [
        "pwc_tasks_2025: research tasks that papers write as acronyms and then use like names "
        "(VOS, VLN, VPR, IQA, MOT, NVS, HAR, AES, ...; `task_acronyms.tsv`, each defined for the task "
        "in the corpus and reviewed by hand) are entries flagged `generic` under the task's full name, "
        "the acronym in exact case; a PwC dataset or method record with the same acronym merges into "
        "them or loses it. Fields written as acronyms (ISAC, QML, SemCom, PIML) are generic techniques."]},
)
