#!/usr/bin/env python3
"""Rebuild the learned span classifier that ships in ``paperkg/ingest/extract/model/``.

Usage: python scripts/train_spans.py [--silver N] [--scirex] [--hold DEV_FILE] [--out DIR] [--ship]
       python scripts/train_spans.py --frequency

Two sources (three with ``--scirex``), all tokenised with paperkg's tokenizer (``blank_nlp``) and
written as spaCy DocBins (silver and SciREX once, cached under ``--out``); then ``spacy train`` with
``scripts/train_spans.cfg`` (seeded) in ``--out/<run>``; ``--ship`` copies the last component
into the package. Reproducible: the same inputs and seed give the same model.

- **silver** (only with ``--silver N``; the shipped recipe since round 16 has none: with the
  fourteen open dev files, gold alone scored higher on the cross-validation folds): ``--silver``
  abstracts (and titles) of ``../shared/corpora/arxiv-cs-ai.jsonl.gz``,
  a seeded sample, labelled by paperkg's vocabulary matcher (its kinds); spans the rule
  components discover, and vocabulary entities flagged generic, are ignored (neither positive
  nor negative); every other candidate is a negative, weighted ``--silver-negative-weight``
  (the vocabulary does not hold every name, so an unlabelled candidate is only likely none).
- **SciREX** (``../shared/training/scirex``, Apache-2.0; only with ``--scirex``, which the shipped
  weights were not trained with: it triples a fold's training time): full ML papers with every Method and
  Material mention. Mentions the vocabulary knows take its kind; other Material names (with a
  capital or digit) are datasets; other Method names are models when shaped like a network
  name ("FFDNet", "ResNet-50"), techniques when named otherwise ("Batch Normalization");
  unnamed lower-case phrases ("residual learning"; techniques with ``--scirex-lowercase``, which
  lowered dev precision), generic phrases ("our model"), bare acronyms and single lower-case
  words are ignored. Task and Metric mentions are negatives.
- **gold**: every open dev file (``benchmarks/gold/corpus_dev.jsonl``, ``corpus_dev_2`` to
  ``corpus_dev_17``, named one by one; ``corpus_dev_18`` and ``corpus_dev_19`` stay unread, never
  trained on, never a fold: :data:`UNREAD_DEV`) and the sample-corpus seeds gold
  (``tests/data/gold/seeds_gold.jsonl``; ``heldout_gold.jsonl`` is an evaluation set and is never
  trained on): every occurrence of a gold surface is a positive of
  its kind, borderline surfaces are ignored, the rest negatives. ``--hold corpus_dev_4`` leaves that
  dev file out and makes it the run's dev set (one fold of the cross-validation; score it with
  ``benchmarks/bench_learned.py --weights RUN/pipeline/model-last``).

``--frequency`` writes the component's corpus phrase frequency table instead (no training): how
many corpus papers hold each candidate phrase the shipped suggester proposes, over every corpus
paper but the gold ones, counted on 64-bit phrase hashes and stored on 32-bit keys, signed for
the shipped model's head words (run it again after ``--ship``: the component warns otherwise).

Every paper id a gold round draws is excluded from the silver sample and the frequency table:
the ids of every batch of every round of ``benchmarks/gold/select.py`` (``batches(corpus_records())``
over ``SIZES`` and ``LATER_ROUNDS``, the script imported by path), so also the rounds being
annotated whose gold files do not exist yet, and every id in ``benchmarks/gold/*.jsonl``. Only
ids are taken from the gold files; test texts are never read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy
import srsly
from spacy.tokens import Doc, DocBin, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "arxiv-cs-ai.jsonl.gz"
SCIREX = SHARED / "training" / "scirex" / "scirex-train.jsonl.gz"
GOLD_DIR = ROOT / "benchmarks" / "gold"
#: Dev gold files kept unread (figures only): never trained on, never a fold.
UNREAD_DEV = frozenset({"corpus_dev_18", "corpus_dev_19"})
#: The open dev gold files, named one by one (one cross-validation fold each); the test files and
#: :data:`UNREAD_DEV` are never read.
DEV_GOLD = [GOLD_DIR / f"corpus_dev{suffix}.jsonl" for suffix in ("", *(f"_{n}" for n in range(2, 18)))]
assert not {p.stem for p in DEV_GOLD} & UNREAD_DEV
#: The gold selection script: every batch of every round it draws (``SIZES`` and ``LATER_ROUNDS``),
#: also the rounds whose gold files do not exist yet (being annotated).
SELECT = GOLD_DIR / "select.py"
#: Sample-corpus gold always trained on (``heldout_gold.jsonl`` is an evaluation set: never).
SEEDS_GOLD = ROOT / "tests" / "data" / "gold" / "seeds_gold.jsonl"
CONFIG = ROOT / "scripts" / "train_spans.cfg"
SEED = 20261205

sys.path.insert(0, str(ROOT))
from paperkg.ingest import SAMPLE_DIR  # noqa: E402
from paperkg.ingest.extract.learned import (FREQUENCY_FILE, IGNORE_KEY, MODEL_DIR,  # noqa: E402
                                            CandidateSuggester, frequency_signature, phrase_hash)
from paperkg.ingest.extract.pipeline import blank_nlp, make_nlp, paper_doc  # noqa: E402
from paperkg.ingest.extract.spans import SPANS_KEY, span_value  # noqa: E402
from paperkg.ingest.readers import read_papers  # noqa: E402
from paperkg.ingest.records import Kind, Origin, Paper, normalize_title  # noqa: E402


def selected_ids() -> set[str]:
    """Every paper id ``benchmarks/gold/select.py`` draws: each batch of each round (``SIZES`` and
    ``LATER_ROUNDS``, from ``batches(corpus_records())``), imported by path; only ids are taken."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("paperkg_gold_select", SELECT)
    select = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(select)
    return {record["id"] for batch in select.batches(select.corpus_records()).values() for record in batch}


def gold_ids() -> set[str]:
    """Every paper id a gold round draws or a gold file lists (never mined or trained on as silver,
    never counted in the frequency table): :func:`selected_ids` (also the rounds being annotated,
    whose files do not exist yet) and the ids in ``benchmarks/gold/*.jsonl``."""
    ids = selected_ids()
    for path in GOLD_DIR.glob("*.jsonl"):
        with open(path, encoding="utf-8") as handle:
            ids.update(json.loads(line)["id"] for line in handle if line.strip())
    return ids


# -- silver ----------------------------------------------------------------------------------


def rules_nlp():  # noqa: ANN201
    """The rule components without the roles (what labels the silver data)."""
    nlp = make_nlp()
    nlp.remove_pipe("paperkg_roles")
    return nlp


class FoldedTechniques:
    """The vocabulary's techniques matched in any case ("gradient descent", "Knowledge
    Distillation"): the matcher links many of them only as written, but for silver labels a
    technique written in lower case is still that technique (generic entries are left out)."""

    def __init__(self, nlp, vocabulary) -> None:  # noqa: ANN001
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entry in vocabulary:
            entity = entry.entity
            if entity.kind is not Kind.TECHNIQUE or entity.generic:
                continue
            # only names written as words ("Knowledge Distillation"), not coined ("ZeRO", "ReAct")
            names = [n for n in {entity.label, *entity.aliases} if len(n) >= 4 and not any(
                c.isupper() for word in re.split(r"[\s-]+", n) for c in word[1:])]
            if names:
                self.matcher.add(entity.id, list(nlp.tokenizer.pipe(names)))

    def spans(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Longest matches that overlap no token in ``taken`` (which they are added to)."""
        found = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
        out = []
        for _, start, end in found:
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            out.append(Span(doc, start, end, label=Kind.TECHNIQUE.value))
        return out


def _labelled(doc: Doc, positives: list[Span], ignored: list[Span], negative_weight: float) -> Doc:
    """A clean copy of ``doc`` (words only) with the reference spans for training."""
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.spans[SPANS_KEY] = [Span(out, s.start, s.end, label=s.label_) for s in positives]
    out.spans[IGNORE_KEY] = [Span(out, s.start, s.end) for s in ignored]
    out._.negative_weight = negative_weight
    return out


def silver_docs(count: int, negative_weight: float, seed: int = SEED) -> Iterator[Doc]:
    """Papers (title and abstract, one doc each, as the extractor makes them) of a seeded corpus
    sample, labelled by the vocabulary matcher."""
    excluded = gold_ids()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        ids = [json.loads(line)["id"] for line in handle]
    pool = sorted(set(ids) - excluded)
    chosen = set(random.Random(seed).sample(pool, min(count, len(pool))))
    nlp = rules_nlp()
    vocabulary = nlp.get_pipe("paperkg_vocab").vocabulary
    folded = FoldedTechniques(nlp, vocabulary)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle)
        papers = (Paper(id=r["id"], title=r["title"], abstract=r["abstract"]) for r in records
                  if r["id"] in chosen)
        for doc in nlp.pipe(paper_doc(nlp, paper) for paper in papers):
            positives, ignored = [], []
            for span in doc.spans.get(SPANS_KEY, []):
                generic = span.id_ in vocabulary and vocabulary.entity(span.id_).generic
                vocab = (span_value(span, "origin") == Origin.VOCABULARY.value
                         and span_value(span, "confidence") >= 0.8)
                (positives if vocab and not generic else ignored).append(span)
            taken = {i for span in positives + ignored for i in range(span.start, span.end)}
            positives += folded.spans(doc, taken)
            yield _labelled(doc, positives, ignored, negative_weight)


# -- SciREX ----------------------------------------------------------------------------------

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", ")", "]", "?", "!", "'s", "%"})
_NO_SPACE_AFTER = frozenset({"(", "["})
_GENERIC_HEAD = frozenset(
    "network networks model models method methods approach approaches architecture architectures "
    "framework frameworks system systems algorithm algorithms layer layers module modules classifier "
    "classifiers encoder encoders decoder decoders baseline baselines technique techniques scheme "
    "schemes function functions representation representations feature features embedding embeddings "
    "mechanism mechanisms component components unit units net nets block blocks structure "
    "strategy strategies procedure process variant variants version versions".split())
_DETERMINERS = frozenset("our the this that these those their its a an proposed such".split())
_NETWORK_NAME = re.compile(r"(?:[Nn]et|NN|GAN|BERT|GPT|former|Former|LM|[- ]?\d+)(?:[- ]?v?\d+)?$")


def _detokenise(words: list[str]) -> tuple[str, list[int]]:
    """SciREX words as text ("Full - Resolution" -> "Full-Resolution") and each word's offset."""
    parts: list[str] = []
    offsets = []
    at = 0
    for i, word in enumerate(words):
        glue = (i == 0 or word in _NO_SPACE_BEFORE or words[i - 1] in _NO_SPACE_AFTER
                or word == "-" and words[i - 1][-1:].isalnum() and i + 1 < len(words)
                and words[i + 1][:1].isalnum()
                or words[i - 1] == "-" and i >= 2 and words[i - 2][-1:].isalnum() and word[:1].isalnum())
        if not glue:
            parts.append(" ")
            at += 1
        offsets.append(at)
        parts.append(word)
        at += len(word)
    return "".join(parts), offsets


def _scirex_kind(text: str, kind: str, *, lowercase_methods: bool = True) -> str | None:
    """Our kind for a SciREX mention the vocabulary does not know: a kind, "none", or None (ignore)."""
    words = text.split()
    if kind in ("Task", "Metric"):
        return "none"
    named = any(c.isupper() or c.isdigit() for c in text)
    if words[0].lower() in _DETERMINERS:
        return None
    if kind == "Material":
        return Kind.DATASET.value if named and not text.isupper() or named and len(text) > 5 else None
    if named:
        if _NETWORK_NAME.search(text) and not text.isupper():
            return Kind.MODEL.value
        return None if text.replace("-", "").isupper() or len(words) > 4 else Kind.TECHNIQUE.value
    if not lowercase_methods or len(words) < 2 or words[-1].lower() in _GENERIC_HEAD:
        return None
    return Kind.TECHNIQUE.value


def scirex_docs(max_tokens: int = 250, *, lowercase_methods: bool = True) -> Iterator[Doc]:
    """SciREX papers cut into abstract-sized chunks of whole sentences, with mapped labels."""
    nlp = rules_nlp()
    vocab_matcher = nlp.get_pipe("paperkg_vocab")
    vocabulary = vocab_matcher.vocabulary
    folded = FoldedTechniques(nlp, vocabulary)
    with gzip.open(SCIREX, "rt", encoding="utf-8") as handle:
        papers = [json.loads(line) for line in handle]
    for paper in papers:
        words = paper["words"]
        mentions = sorted((s, e, t) for s, e, t in paper["ner"])
        chunk_start = 0
        sentences = paper["sentences"]
        for k, (start, end) in enumerate(sentences):
            last = k + 1 == len(sentences)
            if end - chunk_start < max_tokens and not last:
                continue
            chunk = words[chunk_start:end]
            text, offsets = _detokenise(chunk)
            doc = vocab_matcher(nlp.make_doc(text))
            positives, ignored = [], []
            taken = set()
            for span in doc.spans.get(SPANS_KEY, []):
                generic = vocabulary.entity(span.id_).generic
                (ignored if generic else positives).append(span)
                taken.update(range(span.start, span.end))
            positives += folded.spans(doc, taken)
            for s, e, kind in mentions:
                if s < chunk_start or e > end:
                    continue
                a, b = offsets[s - chunk_start], offsets[e - 1 - chunk_start] + len(words[e - 1])
                span = doc.char_span(a, b)
                if span is None or taken.intersection(range(span.start, span.end)):
                    continue
                ours = _scirex_kind(span.text, kind, lowercase_methods=lowercase_methods)
                if ours is None:
                    ignored.append(span)
                elif ours != "none":  # Task and Metric mentions stay negatives
                    positives.append(Span(doc, span.start, span.end, label=ours))
            yield _labelled(doc, positives, ignored, 1.0)
            chunk_start = end


# -- dev gold --------------------------------------------------------------------------------


def _occurrences(doc: Doc, text: str, surface: str) -> Iterator[Span]:
    position = text.find(surface)
    while position >= 0:
        end = position + len(surface)
        if ((position == 0 or not text[position - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())):
            span = doc.char_span(position, end)
            if span is not None:
                yield span
        position = text.find(surface, end)


def _read_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _corpus_papers(ids: set[str]) -> dict[str, Paper]:
    """The corpus papers with these arXiv ids."""
    papers = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in ids:
                papers[record["id"]] = Paper(id=record["id"], title=record["title"],
                                             abstract=record["abstract"])
    return papers


def gold_docs(files: Iterable[Path], *, seeds: bool = True) -> Iterator[Doc]:
    """Gold papers (title, abstract) with their entities: the corpus dev files ``files`` (papers
    by arXiv id) and, with ``seeds``, the sample-corpus seeds gold (papers by title)."""
    nlp = blank_nlp()
    records = [record for path in files for record in _read_gold(path)]
    papers = _corpus_papers({record["id"] for record in records})
    for record in records:
        yield _gold_doc(paper_doc(nlp, papers[record["id"]]), record)
    if seeds:
        by_title = {normalize_title(p.title): p for p in read_papers([SAMPLE_DIR])}
        for record in _read_gold(SEEDS_GOLD):
            yield _gold_doc(paper_doc(nlp, by_title[normalize_title(record["title"])]), record)


def _gold_doc(doc: Doc, record: dict) -> Doc:
    text = doc.text
    positives, ignored = [], []
    for entity in record["entities"]:
        for surface in {*entity["surfaces"], entity["label"]}:
            positives += [Span(doc, s.start, s.end, label=entity["kind"])
                          for s in _occurrences(doc, text, surface)]
    for surface in record.get("borderline", []):
        ignored += list(_occurrences(doc, text, surface))
    return _labelled(doc, positives, ignored, 1.0)


# -- corpus phrase frequencies -----------------------------------------------------------------

#: Phrases held by fewer corpus papers are left out of the frequency table (they count 0).
MIN_STORED_FREQUENCY = 3


def truncate_keys(hashes: numpy.ndarray, counts: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """64-bit phrase hashes and their counts as the table stores them: sorted unique 32-bit keys
    (the low half, :func:`~paperkg.ingest.extract.learned.phrase_key`) and counts capped at 255;
    phrases whose keys collide merge by the **max** of their counts (the key then reads as the
    more common phrase, never as a sum that neither phrase reaches)."""
    keys = (numpy.asarray(hashes, dtype="uint64") & numpy.uint64(0xFFFFFFFF)).astype("uint32")
    order = numpy.argsort(keys, kind="stable")
    keys, counts = keys[order], numpy.asarray(counts)[order]
    unique, first = numpy.unique(keys, return_index=True)
    merged = numpy.maximum.reduceat(counts, first) if len(first) else counts[:0]
    return unique, numpy.minimum(merged, 255).astype("uint8")


def phrase_frequencies(heads: Iterable[str],
                       minimum: int = MIN_STORED_FREQUENCY) -> tuple[numpy.ndarray, ...]:
    """How many corpus papers (title and abstract; gold papers left out) hold each candidate
    phrase the shipped suggester proposes (``heads``: its head words), counted on the folded
    phrase's full 64-bit hash and kept when at least ``minimum`` papers hold it; then truncated
    to the table's 32-bit keys (:func:`truncate_keys`): (sorted keys, counts capped at 255)."""
    excluded = gold_ids()
    nlp = blank_nlp()
    suggester = CandidateSuggester(skip_key=None)
    suggester.set_heads(heads)
    per_paper = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in excluded:
                continue
            doc = paper_doc(nlp, Paper(id=record["id"], title=record["title"], abstract=record["abstract"]))
            hashes = {phrase_hash(doc[start:end].text) for start, end in suggester.spans(doc).tolist()}
            per_paper.append(numpy.fromiter(hashes, dtype="uint64", count=len(hashes)))
    hashes, counts = numpy.unique(numpy.concatenate(per_paper), return_counts=True)
    kept = counts >= minimum
    return truncate_keys(hashes[kept], counts[kept])


def write_frequencies(path: Path = FREQUENCY_FILE) -> None:
    """Write the frequency table the component gates common phrases with (:data:`FREQUENCY_FILE`),
    signed with the shipped model's :func:`~paperkg.ingest.extract.learned.frequency_signature`
    (its head words and the suggester's ``max_length``)."""
    heads = srsly.read_json(MODEL_DIR / "cfg")["heads"]
    keys, counts = phrase_frequencies(heads)
    signature = frequency_signature(heads, CandidateSuggester().max_length)
    numpy.savez_compressed(path, keys=keys, counts=counts, signature=numpy.array(signature))
    print(f"{len(keys)} phrases held by >= {MIN_STORED_FREQUENCY} corpus papers "
          f"(signature {signature}): {path}")


# -- training --------------------------------------------------------------------------------


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    """Write docs with their span groups and user data; returns how many."""
    bin_ = DocBin(store_user_data=True)
    count = 0
    for doc in docs:
        bin_.add(doc)
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)
    return count


def _cached(path: Path, make: Callable[[], Iterable[Doc]]) -> int:
    """Write ``make()``'s docs to ``path`` unless it is there already (silver and SciREX do not
    change between folds); returns how many docs it holds."""
    if not path.exists():
        return write_docbin(make(), path)
    return len(DocBin().from_disk(path))


def build_corpus(out: Path, run: Path, *, silver: int, silver_weight: float, gold_copies: int,
                 hold: Path | None, use_scirex: bool = True,
                 scirex_lowercase: bool = False) -> dict[str, int]:
    """Write ``run/train/`` (silver, SciREX and gold DocBins; the first two cached under ``out``)
    and ``run/dev.spacy`` (the held-out dev file, else every dev file); returns doc counts."""
    counts = {}
    train_dir = run / "train"
    shutil.rmtree(train_dir, ignore_errors=True)
    train_dir.mkdir(parents=True)
    sources = []
    if silver:
        sources.append((out / f"silver-{silver}-{silver_weight}.spacy",
                        lambda: silver_docs(silver, silver_weight)))
    if use_scirex:
        sources.append((out / f"scirex-{int(scirex_lowercase)}.spacy",
                        lambda: scirex_docs(lowercase_methods=scirex_lowercase)))
    for path, make in sources:
        counts[path.stem] = _cached(path, make)
        (train_dir / path.name).symlink_to(path.resolve())
    trained = [path for path in DEV_GOLD if path != hold]
    gold = list(gold_docs(trained))
    counts["gold"] = write_docbin(gold * gold_copies, train_dir / "gold.spacy") // gold_copies
    counts["dev"] = write_docbin(gold_docs([hold] if hold else DEV_GOLD, seeds=False), run / "dev.spacy")
    return counts


def train(run: Path, overrides: dict[str, object]) -> Path:
    """Run ``spacy train`` on the corpus under ``run``; returns the last pipeline's folder (the
    dev set is in training unless a file is held out, so it does not pick the model)."""
    from spacy.cli.train import train as spacy_train

    spacy_train(CONFIG, run / "pipeline", use_gpu=-1,
                overrides={"paths.train": str(run / "train"), "paths.dev": str(run / "dev.spacy"),
                           **overrides})
    return run / "pipeline" / "model-last"


def ship(best: Path) -> None:
    """Copy the trained component (cfg and weights) into the package. The cfg leaves out
    ``max_frequency``: a factory setting, not a trained one (a saved value would make the shipped
    weights read the frequency table even when the factory turns the gate off)."""
    source = best / "paperkg_learned"
    MODEL_DIR.mkdir(exist_ok=True)
    shutil.copy(source / "model", MODEL_DIR / "model")
    cfg = srsly.read_json(source / "cfg")
    cfg.pop("max_frequency", None)
    srsly.write_json(MODEL_DIR / "cfg", cfg)


def _held_file(name: str | None) -> Path | None:
    """The dev gold file called ``name`` (e.g. ``corpus_dev_4``), or None."""
    if not name:
        return None
    found = [path for path in DEV_GOLD if path.stem == name]
    if not found:
        raise SystemExit(f"unknown dev file {name!r}; known: {', '.join(p.stem for p in DEV_GOLD)}")
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/paperkg-train-spans"))
    parser.add_argument("--silver", type=int, default=0,
                        help="corpus papers labelled by the vocabulary (0: none, the shipped recipe)")
    parser.add_argument("--silver-negative-weight", type=float, default=0.1)
    parser.add_argument("--gold-copies", type=int, default=5, help="times each gold doc is seen per epoch")
    parser.add_argument("--scirex", action="store_true",
                        help="also train on SciREX (three times slower; not in the shipped recipe)")
    parser.add_argument("--scirex-lowercase", action="store_true",
                        help="also take unnamed multi-word SciREX Methods as techniques")
    parser.add_argument("--hold", help="a dev file left out (cross-validation fold), e.g. corpus_dev_4")
    parser.add_argument("--set", action="append", default=[], help="a config override, key=value")
    parser.add_argument("--name", default=None,
                        help="the run's folder under --out (default: the held file or 'all')")
    parser.add_argument("--ship", action="store_true", help="copy the trained model into the package")
    parser.add_argument("--frequency", action="store_true",
                        help="only write the corpus phrase frequency table into the package (no training)")
    args = parser.parse_args()
    if args.frequency:
        write_frequencies()
        return
    started = time.perf_counter()
    hold = _held_file(args.hold)
    run = args.out / (args.name or (hold.stem if hold else "all"))
    counts = build_corpus(args.out, run, silver=args.silver, silver_weight=args.silver_negative_weight,
                          gold_copies=args.gold_copies, hold=hold, use_scirex=args.scirex,
                          scirex_lowercase=args.scirex_lowercase)
    print(f"corpus {counts} in {time.perf_counter() - started:.0f}s", flush=True)
    overrides: dict[str, object] = {}
    for item in args.set:
        key, value = item.split("=", 1)
        overrides[key] = json.loads(value) if value[:1] in "0123456789-[{tfn\"" else value
    best = train(run, overrides)
    print(f"trained in {time.perf_counter() - started:.0f}s: {best}", flush=True)
    if args.ship:
        if hold:
            raise SystemExit("--ship takes a model trained on every dev file (no --hold)")
        ship(best)
        print(f"shipped to {MODEL_DIR}")


if __name__ == "__main__":
    main()
