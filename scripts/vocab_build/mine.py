"""Mine method-headed phrases from a corpus of abstracts: candidates for a reviewed technique list.

Offline helper, not part of the build (it reads a corpus the package never ships)::

    python -m vocab_build.mine --corpus ../shared/corpora/arxiv-cs-ai.jsonl.gz \\
        --exclude benchmarks/gold --min-papers 15 > /tmp/mined_candidates.tsv

``--cued`` lists instead the lower-case phrases of one to four words written after a method cue ("we
use X", "using X", "via X", "based on X", "X-based"): established names of any shape ("optical flow",
"Granger causality", "fictitious play"), for ``scripts/vocab/established_review.tsv``.

A candidate is one to three content words followed by a method head ("gradient descent",
"knowledge distillation", "Gibbs sampling", "k-means clustering"), counted once per paper. The
papers whose ids the gold files under ``--exclude`` list are skipped. The output (phrase, papers,
share written in lower case, head) is for a person to review: ``scripts/vocab/mined_techniques.tsv``
ships what the review kept, with these counts; nothing from the corpus text is shipped.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["HEADS", "candidates", "cued_phrases", "gold_ids", "mine", "mine_cued", "mine_names", "name_words"]

#: Words that head a method name (singular and plural forms as written).
HEADS = frozenset("""
learning distillation sampling sampler regularization regularisation attention clustering
optimization optimisation descent search decoding inference estimation estimator regression
augmentation normalization normalisation pruning quantization quantisation tuning fine-tuning
alignment propagation decomposition factorization analysis transform transformation filtering
filter smoothing dropout pooling boosting bagging programming annealing encoding prompting
matching unlearning editing merging gradient gradients forest forests tree trees machine machines
network networks autoencoder autoencoders process processes algorithm algorithms loss
mechanism sparsification compression interpolation initialization warmup clipping decay stopping
validation averaging checkpointing parallelism splatting fields field rendering replay shaping
coding hashing voting convolution convolutions embedding embeddings kernel kernels models model
method methods reasoning generation modeling modelling planning control sketching imputation
ensembling ensemble ensembles calibration elimination selection reduction minimization
maximization relaxation approximation
test tests trick tricks prediction poisoning attack attacks defense defenses defence training
adaptation injection jailbreaking steering guidance masking labeling labelling mining
tokenization scaling rollout fusion gating routing caching watermarking scheduling optimizer
heuristic heuristics retrieval reranking re-ranking ranking weighting resampling bootstrapping
thresholding perturbation perturbations expansion rewriting chunking indexing pretraining
pre-training schedule solver solvers inversion lens transducer transducers
""".split())

_STOP = frozenset("""
a an the this that these those our their its his her my your we they it of in on for to with by
from at as via into onto over under than then and or nor but not no is are was were be been being
has have had do does did can could may might will would should must such each every all any both
either neither other another more most less least many much few several various different same new
novel proposed existing standard traditional conventional classical typical common popular recent
current previous prior simple efficient effective robust better improved enhanced advanced modern
state-of-the-art sota powerful strong weak large small big high low good poor key main major
general specific particular certain given based using use used which who what where when how
while whereas also only just even well further first second third two three one single multiple
same full extensive comprehensive significant substantial through during although however
enhance enhances enable enables enabling improve improves improving apply applies applying employ
employs employing leverage leverages leveraging like propose proposes introduce introduces uses
train training trained toward towards between without require requires thereby simultaneously
jointly directly effectively recently years steep insufficient guide guides facilitate
facilitates stabilize stabilizes accelerate accelerates deploy deploying subsequent underlying
additional targeted explicit implicit increasing little limited gained considerable attracted
garnered received growing widespread research perform performs performing achieve achieves
via versus vs unlike including include includes across within without upon whose whether here
there thus hence therefore moreover furthermore since because yet still often usually typically
commonly widely generally mainly mostly largely highly very extremely fully partially
""".split())

_TOKEN = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n")


def gold_ids(folder: Path) -> set[str]:
    """Every paper id the gold files (``*.jsonl``) in ``folder`` list."""
    ids = set()
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (record := json.loads(line)).get("id"):
                ids.add(record["id"])
    return ids


def candidates(text: str, max_modifiers: int = 3) -> Iterator[tuple[str, str]]:
    """(phrase as written, head) for every modifier run before a head word in ``text``.

    >>> sorted(candidates("We train it with stochastic gradient descent and 3D Gaussian splatting."))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('3D Gaussian splatting', 'splatting'), ('Gaussian splatting', 'splatting'),
     ('gradient descent', 'descent'), ('stochastic gradient', 'gradient'),
     ('stochastic gradient descent', 'descent')]
    """
    for sentence in _SENTENCE.split(text):
        tokens = _TOKEN.findall(sentence)
        lowered = [t.lower() for t in tokens]
        for i, head in enumerate(lowered):
            if head not in HEADS or i == 0:
                continue
            for n in range(1, max_modifiers + 1):
                start = i - n
                if start < 0:
                    break
                words = lowered[start:i]
                if any(w in _STOP for w in words) or words[-1] in HEADS and n == 1 and words[-1] == head:
                    break
                yield " ".join(tokens[start:i + 1]), head


#: Words that end a cued phrase (besides :data:`_STOP`): "using X to ...", "via X and our ..."
_CUED_STOP = (_STOP - {"train", "training", "trained", "use", "based"}) | frozenset(
    "to be our proposed method approach framework model models technique techniques data dataset datasets"
    .split())
#: Method cues: what follows names the method used ("we adopt X", "based on X", "via X")
_CUE = re.compile(r"\b(?:[Ww]e\s+(?:use|apply|employ|adopt|utili[sz]e|leverage|exploit|introduce|propose)"
                  r"|based on|via|using|through|employing|applying|adopting|leveraging)\s+")
#: A determiner or plain modifier after a cue, skipped ("using a standard X")
_LEAD = re.compile(r"(?:(?:a|an|the|standard|classical|classic|conventional|traditional|simple|modified)"
                   r"\s+)*")
_LOWER_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
#: "X-based" / "X-driven" with up to three words before X, not inside a longer word
_BASED = re.compile(r"(?<![A-Za-z0-9'-])((?:[a-z0-9][a-z0-9'-]*\s+){0,3}[a-z0-9][a-z0-9']*(?:-[a-z0-9']+)*)"
                    r"-(?:based|driven)\b")


def _cued_run(words: list[str], max_words: int) -> str | None:
    """The phrase of the leading lower-case content words (``None`` if none or too long)."""
    run = []
    for raw in words:
        word = raw.rstrip(",.;:)")
        if not _LOWER_WORD.fullmatch(word) or word in _CUED_STOP:
            break
        run.append(word)
        if word != raw:
            break
    return " ".join(run) if 1 <= len(run) <= max_words else None


def cued_phrases(text: str, max_words: int = 4) -> set[str]:
    """The lower-case phrases of ``text`` written after a method cue or before "-based"/"-driven".

    >>> sorted(cued_phrases("We adopt optical flow, a permutation test-based check, "
    ...                     "using the median filter."))
    ['median filter', 'optical flow', 'permutation test']
    """
    found = set()
    for cue in _CUE.finditer(text):
        rest = text[cue.end():cue.end() + 160]
        rest = rest[_LEAD.match(rest).end():]
        if phrase := _cued_run(rest.split(), max_words):
            found.add(phrase)
    for based in _BASED.finditer(text):
        words = based.group(1).split()
        tail = []
        for word in reversed(words):
            if word in _CUED_STOP:
                break
            tail.insert(0, word)
        if 1 <= len(tail) <= max_words:
            found.add(" ".join(tail))
    return found


def mine_cued(records: Iterable[dict], exclude: set[str] = frozenset(),
              min_papers: int = 5) -> list[tuple[str, int]]:
    """(cued phrase, papers) for every phrase in at least ``min_papers`` papers, most papers first."""
    papers: Counter = Counter()
    for record in records:
        if record.get("id") not in exclude:
            text = f"{record.get('title', '')}. {record.get('abstract', '')}".replace("\n", " ")
            papers.update(cued_phrases(text))
    return sorted(((p, n) for p, n in papers.items() if n >= min_papers), key=lambda row: (-row[1], row[0]))


#: A name-shaped word: inner capitals (UniXcoder, InceptionTime), letters with digits (SAM2, GPT-4o)
#: or four capitals and more (CTGAN), hyphenated parts kept (Lumina-DiMOO, Qwen2.5-VL)
_NAME_WORD = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*")
_NAME_SHAPE = re.compile(r"[a-z][A-Z]|[A-Za-z][-.]?\d|[A-Z]{4}")


def name_words(text: str) -> set[str]:
    """The name-shaped words of ``text`` (an acronym's plural is left to the vocabulary's rules).

    >>> sorted(name_words("We compare CTGAN, UniXcoder and Lumina-DiMOO with the LLM on 3 tasks."))
    ['CTGAN', 'Lumina-DiMOO', 'UniXcoder']
    """
    return {w for w in _NAME_WORD.findall(text) if _NAME_SHAPE.search(w) and not w.endswith("-")}


def mine_names(records: Iterable[dict], exclude: set[str] = frozenset(),
               min_papers: int = 4) -> list[tuple[str, int]]:
    """(name-shaped word, papers) for every word in at least ``min_papers`` papers, most papers first:
    candidates for a reviewed list of model and dataset names."""
    papers: Counter = Counter()
    for record in records:
        if record.get("id") not in exclude:
            papers.update(name_words(f"{record.get('title', '')}\n{record.get('abstract', '')}"))
    return sorted(((w, n) for w, n in papers.items() if n >= min_papers), key=lambda row: (-row[1], row[0]))


def mine(records: Iterable[dict], exclude: set[str] = frozenset(),
         min_papers: int = 15) -> list[tuple[str, int, float, str]]:
    """(most common spelling, papers, share of mentions in lower case, head), most papers first."""
    papers: Counter = Counter()
    spellings: dict[str, Counter] = defaultdict(Counter)
    heads: dict[str, str] = {}
    for record in records:
        if record.get("id") in exclude:
            continue
        seen = set()
        for phrase, head in candidates(f"{record.get('title', '')}.\n\n{record.get('abstract', '')}"):
            key = phrase.lower()
            spellings[key][phrase] += 1
            heads[key] = head
            seen.add(key)
        papers.update(seen)
    out = []
    for key, n in papers.items():
        if n < min_papers:
            continue
        forms = spellings[key]
        lower = sum(c for form, c in forms.items() if form == form.lower()) / sum(forms.values())
        out.append((forms.most_common(1)[0][0], n, round(lower, 2), heads[key]))
    out.sort(key=lambda row: (-row[1], row[0].lower()))
    return out


def _read(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    """Print the candidates as TSV: phrase, papers, lower-case share, head."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, help="a folder of gold files whose paper ids are skipped")
    ap.add_argument("--min-papers", type=int, default=15)
    ap.add_argument("--names", action="store_true", help="name-shaped words (models, datasets) instead")
    ap.add_argument("--cued", action="store_true", help="lower-case phrases after method cues instead")
    args = ap.parse_args(argv)
    exclude = gold_ids(args.exclude) if args.exclude else set()
    if args.names:
        print("# name\tpapers")
        for word, n in mine_names(_read(args.corpus), exclude, args.min_papers):
            print(f"{word}\t{n}")
        return 0
    if args.cued:
        print("# phrase\tpapers")
        for phrase, n in mine_cued(_read(args.corpus), exclude, args.min_papers):
            print(f"{phrase}\t{n}")
        return 0
    print("# phrase\tpapers\tlower_share\thead")
    for phrase, n, lower, head in mine(_read(args.corpus), exclude, args.min_papers):
        print(f"{phrase}\t{n}\t{lower}\t{head}")
    print(f"excluded {len(exclude)} gold paper ids", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
