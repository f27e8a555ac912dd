"""Papers with Code datasets: the 2022 dump (names and variants) and the July 2025 archive's
task pages (dataset names, and leaderboard names linked to their dataset)."""

from __future__ import annotations

import re

from vocab_build.inputs import Inputs, read_jsonl
from vocab_build.names import chunk_key, clean, fold, words
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["GENERIC_WORDS", "SOURCE", "SOURCE_2025", "dataset_name_ok", "load", "load_2025"]

_TO_PAIR = re.compile(r"\bto\b|→|->|\u2192", re.IGNORECASE)
_FUNCTION_WORD = {"and", "or", "is", "of", "in", "on", "with", "to", "from", "by", "for", "a", "an",
                  "among", "about", "after", "against", "all", "any", "as", "at", "before", "between",
                  "each", "how", "if", "into", "it", "its", "more", "most", "no", "not", "other", "over",
                  "some", "such", "than", "that", "them", "these", "they", "this", "those", "under",
                  "what", "when", "where", "which", "while", "who", "why", "we", "our", "your"}
#: Words that describe data rather than name it: a name made of these only ("Video Dataset",
#: "Study data", "E-commerce", "CAD") is a generic phrase, not a dataset.
GENERIC_WORDS = frozenset("""
data dataset datasets corpus corpora benchmark benchmarks collection set sets images image video
videos text texts audio speech study studies survey user users medical clinical synthetic real
training test testing evaluation e commerce ecommerce online web news social media question
questions answer answers dialogue dialog dialogues conversation conversations review reviews tweets
documents document sentences sentence graph graphs time series scene scenes object objects face
faces human humans people driving traffic weather health finance financial legal code math
mathematics science scientific general public open mixed multimodal multilingual english cad
design product products patient patients record records sample samples language languages
""".split())
NAME, NAME_2025 = "pwc_datasets", "pwc_dataset_names_2025"


def dataset_name_ok(reg: Registry, name: str, origin: str, tasks: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a PwC dataset name may become an entry (too short, sentence-like, task names, junk)."""
    toks = words(name)
    if (len(name) <= 2 or len(name.split()) >= 7 or "?" in name or "http" in name
            or (toks and toks[0].casefold() in _FUNCTION_WORD)
            or (fold(name) in tasks and not reg.find(name, "dataset"))
            or name.casefold().split()[-1:] in (["dataset"], ["benchmark"]) and len(toks) <= 2
            and toks[0].casefold() in {"the", "and", "this", "our", "new"}):
        reg.stats[f"{origin}:filtered"] += 1
        return False
    if not re.search(r"[A-Za-z]", name):
        reg.stats[f"{origin}:filtered"] += 1
        return False
    if all(w.casefold() in GENERIC_WORDS for w in toks) and not reg.find(name, "dataset"):
        reg.stats[f"{origin}:generic_dropped"] += 1
        reg.dropped[f"{origin}:generic"].append(name)
        return False
    return True


def _phrase_keys(key: str) -> list[str]:
    parts = key.split()
    return [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


def _word_key(text: str) -> str:
    """Folded words joined by spaces (sub-phrases of a name can be looked up)."""
    return " ".join(chunk_key(text))


def load(reg: Registry, inputs: Inputs) -> None:
    """The 2022 dump: one dataset per name; variants are aliases unless they name another one."""
    rows = sorted(read_jsonl(inputs.source(f"{NAME}.jsonl.gz")), key=lambda r: r["name"])
    all_keys = {_word_key(r["name"]) for r in rows if len(r["name"]) > 3}
    for row in rows:
        name = clean(row["name"])
        action = inputs.overrides.get((NAME, name))
        if action == "-" or not dataset_name_ok(reg, name, NAME, inputs.tasks):
            continue
        label = action or name
        own = _word_key(label)
        variants = []
        for v in row.get("variants", []):
            v = clean(v)
            vk = _word_key(v)
            if len(v) <= 3 or _TO_PAIR.search(v) or len(v.split()) >= 7:
                continue
            # drop variants that name another dataset ("SVNH-to-MNIST", "CelebA + AFLW")
            if any(k != own and k in all_keys and re.search(rf"(?:^| ){re.escape(k)}(?: |$)", vk)
                   for k in _phrase_keys(vk)):
                reg.stats[f"{NAME}:variant_other_dataset"] += 1
                continue
            # a variant must share a word with its dataset or look like a name ("Medical domain" no)
            if not set(vk.split()) & set(own.split()) and not re.search(r"\d|[a-z][A-Z]|[A-Z]{2}", v):
                reg.stats[f"{NAME}:variant_unrelated"] += 1
                continue
            variants.append(v)
        reg.offer("dataset", label, variants, NAME, id_hint=row.get("slug") or label)


def load_2025(reg: Registry, inputs: Inputs) -> None:
    """The 2025 archive: dataset-role names; leaderboard names become aliases of their dataset."""
    rows = sorted(read_jsonl(inputs.source(f"{NAME_2025}.jsonl.gz")), key=lambda r: r["name"])
    benchmarks = []
    for row in rows:
        name = clean(row["name"])
        action = inputs.overrides.get((NAME_2025, name))
        if action == "-":
            continue
        if "dataset" not in row["roles"]:
            benchmarks.append(name)
            continue
        if not dataset_name_ok(reg, name, NAME_2025, inputs.tasks):
            continue
        reg.offer("dataset", action or name, [], NAME_2025)
    # Leaderboard names ("COCO test-dev") link to their dataset by the longest word prefix.
    for name in benchmarks:
        toks = words(name)
        for n in range(len(toks) - 1, 0, -1):
            target = reg.find(" ".join(toks[:n]), "dataset")
            if target is not None and target.generic:
                reg.stats[f"{NAME_2025}:benchmark_generic"] += 1  # "VOT2022" is no umbrella's alias
                break
            if target is not None:
                if len(name.split()) < 7 and not _TO_PAIR.search(name):
                    target.origin.add(NAME_2025)
                    if reg.add_alias(target, name, vetted=False):
                        reg.stats[f"{NAME_2025}:benchmark_alias"] += 1
                break
        else:
            reg.stats[f"{NAME_2025}:benchmark_unlinked"] += 1


SOURCE = Source(
    name=NAME,
    what="Papers with Code datasets via repo `GaganSD/ttds-cw3-research-team` "
         "(`core_algorithms/ir_eval/paperwithcode_df.csv`, commit a36d080cae6af09cc118db9c997534a173f0ebad) "
         "and repo `viswavi/datafinder` (`anserini_search_collections/.../documents.jsonl`, commit "
         "1203e86554dd18bf51a75a2ee66d4081b514c75b)",
    commit="see source", licence="CC BY-SA 4.0 (Papers with Code)", load=load,
    filters={"dataset": [
        "pwc_datasets: names of two characters or fewer, seven words or more, questions, URLs, "
        "names starting with a function word, names made only of words that describe data "
        "(`Video Dataset`, `Study data`, `E-commerce`, `CAD`) and PwC task names dropped; variants kept as aliases "
        "unless they name another dataset (`X-to-Y` pairs, `A + B`), are three characters or "
        "fewer, or share no word with the dataset and do not look like a name."]},
)

SOURCE_2025 = Source(
    name=NAME_2025,
    what="repo `World-Snapshot/papers-with-code`, `results/*/*_tasks_detailed.csv`",
    commit="c50b88eb13b179903ecf715bb941fef91bdb5414", licence="CC BY-SA 4.0 (Papers with Code)",
    load=load_2025,
    filters={"dataset": [
        "pwc_dataset_names_2025: `dataset`-role names with the same filters; benchmark-only "
        "names (`COCO test-dev`) become aliases of the dataset named by their longest token "
        "prefix, or are not shipped."]},
)
