"""Papers with Code datasets: the 2022 dump (names and variants) and the July 2025 archive's
task pages (dataset names, and leaderboard names linked to their dataset)."""

from __future__ import annotations

import re

from vocab_build.inputs import Inputs, read_jsonl
from vocab_build.names import chunk_key, clean, fold, words
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["GENERIC_WORDS", "SOURCE", "SOURCE_2025", "benchmark_name_ok", "dataset_name_ok", "load",
           "load_2025"]

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


def dataset_name_ok(reg: Registry, name: str, origin: str,
                    tasks: set[str] | frozenset[str] = frozenset()) -> bool:
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


#: Words of a leaderboard name that name a split, a setting or a metric, not a dataset.
_SETTING_WORDS = frozenset("""
test val valid validation dev train training split splits set subset full long short easy hard medium
shot shots way zero few one clean noisy unseen seen known novel random cross in out x upscaling level
average mean overall accuracy all only
""".split())
_NAME_WORD = re.compile(r"[a-z][A-Z]|\d|^[A-Z]{5,}$|^[A-Z][A-Z0-9]{2,}-")  # inner capital, digit, acronym


#: Platforms and products that leaderboards name data after but papers write for the platform.
_PLATFORMS = frozenset("youtube github tiktok linkedin reddit twitter facebook instagram wechat "
                       "whatsapp weibo powerpoint iphone android openai deepmind huggingface "
                       "stackoverflow".split())


#: Leaderboard tasks of control and games: their "datasets" are environments ("CartPole-v1",
#: "HalfCheetah"), which ANNOTATION.md counts as data sources, not datasets.
_CONTROL_TASK = re.compile(r"Control|Reinforcement Learning|Atari|OpenAI Gym|Game|SMAC|Meta-Learning",
                           re.IGNORECASE)


def benchmark_name_ok(name: str) -> bool:
    """Whether a benchmark-only PwC name (no ``dataset`` role, no dataset of its first words) is
    itself a dataset's name: at most three words, each capitalised or a number, the first one
    name-shaped (inner capitals, digits, or an acronym of five letters or more: ``CMU Mocap``,
    ``CroHD``, ``ASVspoof2019``, ``NAS-Bench-301``, ``FRANKENSTEIN``; one word of five characters
    or more: not ``ML10``, ``TS50``), no split, setting or
    metric word (``DeLiVER test``, ``ODIC 5-way``) and no punctuation of a setting (``MuST-C EN->DE``,
    ``Cheetah, run``).

    >>> [benchmark_name_ok(n) for n in ("CMU Mocap", "CroHD", "NAS-Bench-301", "DeLiVER test", "YouTube",
    ...                                  "Wisconsin", "MuST-C EN->DE", "dim 512", "AAPD", "Town05 Long")]
    [True, True, True, False, False, False, False, False, False, False]
    """
    parts = name.split()
    if (name.casefold() in _PLATFORMS or not 1 <= len(parts) <= 3 or len(parts) == 1 and len(name) < 5
            or re.search(r"[()\[\]/<>,:;+&=|#%*]", name)):
        return False
    pieces = [w.casefold() for p in parts for w in re.split(r"[-_]", p)]
    if any(w in _SETTING_WORDS or w in _FUNCTION_WORD for w in pieces):
        return False
    if not all(p[:1].isupper() or p[:1].isdigit() for p in parts):
        return False
    if "_" in name or not (_NAME_WORD.search(parts[0]) or len(parts) > 1
                           and re.fullmatch(r"[A-Z]{3,}", parts[0])):
        return False  # ("SMAC 3s5z_vs_4s6z": a map; "CMU Mocap": an acronym and a word)
    return not all(w.casefold() in GENERIC_WORDS for w in words(name))


_YEAR = re.compile(r"[\s_-]?(?:19|20)\d\d$")


def _edition_of(variant: str, label: str) -> bool:
    """Whether ``variant`` is ``label`` with a year: "YouTube-VOS 2019" of "YouTube-VOS".

    >>> _edition_of("YouTube-VOS 2019", "YouTube-VOS"), _edition_of("BraTS2021", "BraTS")
    (True, True)
    >>> _edition_of("COCO-Stuff", "COCO")
    False
    """
    year = _YEAR.search(variant)
    return year is not None and year.start() > 0 and fold(variant[:year.start()]) == fold(label)


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
        # a yearly edition ("YouTube-VOS 2019", "BraTS 2021") is its own dataset in the family
        years = [v for v in variants if _edition_of(v, label)]
        entry = reg.offer("dataset", label, [v for v in variants if v not in years], NAME,
                          id_hint=row.get("slug") or label)
        for v in years:
            if entry is not None and not entry.generic and reg.offer("dataset", v, [], NAME, broader=entry.id,
                                                                     merge_only=False) is not None:
                reg.stats[f"{NAME}:edition"] += 1


def load_2025(reg: Registry, inputs: Inputs) -> None:
    """The 2025 archive: dataset-role names; leaderboard names become aliases of their dataset."""
    rows = sorted(read_jsonl(inputs.source(f"{NAME_2025}.jsonl.gz")), key=lambda r: r["name"])
    benchmarks = []
    environments = set()
    for row in rows:
        name = clean(row["name"])
        action = inputs.overrides.get((NAME_2025, name))
        if action == "-":
            continue
        if "dataset" not in row["roles"]:
            benchmarks.append(name)
            if any(_CONTROL_TASK.search(t) for t in row.get("tasks", ())):
                environments.add(name)
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
                if _edition_of(name, target.label) and reg.offer(
                        "dataset", name, [], NAME_2025, broader=target.id,
                        case_sensitive=target.case_sensitive) is not None:
                    reg.stats[f"{NAME_2025}:edition"] += 1  # "YouTube-VOS 2019": a yearly edition
                elif len(name.split()) < 7 and not _TO_PAIR.search(name):
                    target.origin.add(NAME_2025)
                    if reg.add_alias(target, name, vetted=False):
                        reg.stats[f"{NAME_2025}:benchmark_alias"] += 1
                break
        else:
            # A name-shaped leaderboard name with no dataset of its own ("CMU Mocap", "CroHD") is one;
            # in any case ("CMU MoCap"), but for all-caps words ("FRANKENSTEIN"): exact case.
            if name not in environments and benchmark_name_ok(name) and reg.offer(
                    "dataset", name, [], NAME_2025, case_sensitive=name.isupper()) is not None:
                reg.stats[f"{NAME_2025}:benchmark_named"] += 1
                continue
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
        "(`Video Dataset`, `Study data`, `E-commerce`, `CAD`) and PwC task names dropped; variants kept "
        "as aliases unless they name another dataset (`X-to-Y` pairs, `A + B`), are three characters or "
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
        "prefix; the rest are shipped (all-caps names in exact case) only when name-shaped (at most three "
        "capitalised words, the first with inner capitals, digits or five capitals: `CMU Mocap`, `CroHD`, "
        "`NAS-Bench-301`; one word of five characters or more; no split, setting or metric word; not a "
        "platform such as YouTube; not a control or game environment such as `CartPole-v1`), "
        "else not shipped."]},
)
