"""The ``paperkg_vocab`` component (:class:`VocabMatcher`): the shipped vocabulary's names in a ``Doc``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from paperkg.ingest.extract.names import discovered_entity
from paperkg.ingest.extract.patterns import TOKENS_PATH, PhraseIndex, pattern_tokens, tokenizer_signature
from paperkg.ingest.extract.spans import SPANS_KEY, SpanWriter, doc_text, field_at, fold, known_names
from paperkg.ingest.extract.variants import DEFAULT_VARIANT_WORDS
from paperkg.ingest.extract.vocab_cache import cache_key, cached, source_files
from paperkg.ingest.extract.vocabulary import DISTILL_VERBS, Vocabulary, surface_variants, vocabulary_files
from paperkg.ingest.records import Kind

__all__ = ["DEFAULT_CUES", "DEFAULT_PARADIGMS", "DEFAULT_PARADIGM_HEADS", "MatcherTables", "VocabMatcher",
           "build_matcher_tables", "matcher_tables", "vocabulary_patterns"]

#: Context words that make an ambiguous name (a ``cue`` entry) count, by kind.
DEFAULT_CUES: dict[str, list[str]] = {
    "language": ["language", "languages", "speakers", "speaking", "dialect", "dialects", "native",
                 "monolingual", "bilingual", "programming", "code", "written"],
    "dataset": ["dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "test", "split",
                "suite", "leaderboard"],
    "model": ["model", "models", "llm", "llms", "checkpoint", "checkpoints", "architecture"],
    "technique": ["method", "methods", "technique", "techniques", "algorithm", "approach"],
}
#: "architecture(s)" -> the head nouns of the vocabulary names it stands for ("deep neural architectures")
_ARCHITECTURE_HEADS: dict[str, tuple[str, ...]] = {"architecture": ("network",),
                                                   "architectures": ("networks", "network")}
#: their ``LOWER`` ids, to find their tokens in a doc's id array (:func:`_tokens_of`)
_ARCHITECTURE_IDS = tuple(get_string_id(word) for word in _ARCHITECTURE_HEADS)
#: Words after "architecture" that make it part of another name: "neural architecture search"
_ARCHITECTURE_BLOCKERS = frozenset({"search", "searches", "searching"})
#: The most words before "architecture" tried as the rest of a name
_ARCHITECTURE_SPAN = 4
#: Adjectives of a learning paradigm: "self-supervised approaches" names self-supervised learning
DEFAULT_PARADIGMS: list[str] = ["self-supervised", "semi-supervised", "weakly supervised",
                                "weakly-supervised", "unsupervised"]
_METHOD_NOUNS = ["method", "methods", "approach", "approaches", "technique", "techniques", "framework",
                 "frameworks", "paradigm", "paradigms", "objective", "objectives", "pre-training",
                 "pretraining"]
#: Adjectives that name "<adjective> learning" only before one of these nouns: "standard contrastive
#: methods" is contrastive learning, "contrastive decoding" or "contrastive pairs" is not, nor is
#: "supervised target"; "in-context examples" are in-context learning's demonstrations
DEFAULT_PARADIGM_HEADS: dict[str, list[str]] = {
    "supervised": [*_METHOD_NOUNS, "training", "algorithm", "algorithms", "baseline", "baselines"],
    "contrastive": _METHOD_NOUNS,
    "in-context": ["example", "examples", "demonstration", "demonstrations", "exemplars"],
}
#: Words after a paradigm adjective that leave it a modifier of nothing ("supervised and ...")
_NOT_AFTER_PARADIGM = frozenset({"and", "or", "to", "by", "of", "in", "on", "with", "for", "as", "learning",
                                 "manner", "fashion", "way", "setting", "settings"})
_LIST_GLUE = frozenset({",", "and", "or", "/", "&", "(", ")", "-", "to", "into", "from"})
_CONJUNCTIONS = frozenset({"and", "or"})
# a part's noun that, after another name, is that name's part ("LoRA adapters", "a Mamba adapter")
_PART_NOUNS = frozenset({"adapter", "adapters"})
#: "<word> and " / "<word>- or " just before a paradigm adjective
_LEFT_CONJUNCT = re.compile(r"(?<![\w-])([A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*-?) (?:and|or) $")
_CONJUNCT = re.compile(r"[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*-?")  # "supervised", "self-supervised", "single-"
_PARTICIPLE_TAIL = re.compile(r"-(?:based|driven|style|like|aware|free|guided|oriented)$")
#: Words before a plain left conjunct that end a phrase, so that the conjunct is a modifier of its own
_BEFORE_CONJUNCT = frozenset({
    "a", "an", "the", "of", "in", "on", "for", "with", "by", "via", "using", "use", "uses", "like", "as",
    "from", "to", "into", "over", "between", "both", "either", "including", "such", "and", "or", "than",
    "under", "through", "combining", "combines", "combine", "and", "is", "are", "apply", "applies",
    "applying", "employ", "employs",
})
#: Words near a verb of distillation (:data:`~.vocabulary.DISTILL_VERBS`) that make it model
#: distillation: what is distilled, or into what ("distill the teacher's knowledge", "a distilled
#: student"); without one it is the plain verb,
#: "we distill our findings into guidelines", "distill informative user intent from conversations"
_DISTILL_OBJECTS = frozenset({
    "model", "models", "teacher", "teachers", "student", "students", "knowledge", "llm", "llms", "vlm",
    "vlms", "mllm", "mllms", "network", "networks", "policy", "policies", "encoder", "encoders", "decoder",
    "decoders", "generator", "generators", "capability", "capabilities", "ability", "abilities", "checkpoint",
    "checkpoints", "backbone", "backbones", "classifier", "classifiers", "transformer", "transformers", "slm",
    "slms", "vae", "vfm", "vfms", "few-step",
})
#: How many words before and after the verb hold its subject or its object
_DISTILL_WINDOW = (4, 12)
#: Tokens that end the verb's clause
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
#: Words after a natural language's name that make it a region's or a tradition's, not the
#: language: "Latin America", "Japanese American", "Traditional Chinese Medicine"
_NOT_THE_LANGUAGE = frozenset({"america", "american", "americans", "medicine"})
#: Nouns of a place, an institution, an event or an economy that make a natural language's name,
#: before them, a nation's ("38 Chinese cities", "the Danish Maritime Authority", "the French AI
#: Action Summit", "Chinese stock market datasets"): right after the name, or ending the capitalised
#: words that follow it (:data:`_NATION_RUN` words at most)
_NATION_NOUNS = frozenset({
    "cities", "city", "regions", "region", "provinces", "province", "estuary", "coast", "territory",
    "republic", "plateau", "peninsula", "gulf", "government", "ministry", "academy", "university",
    "summit", "authority", "agency", "foundation", "association", "parliament", "church", "railway",
    "station", "army", "navy", "police", "empire", "elections", "population", "citizens", "firms",
    "market", "markets", "stock", "stocks",
})
_NATION_RUN = 4
#: A lower-case "attention" in its everyday sense, not the mechanism: after a verb of getting or
#: giving it, a few words back ("has gained significant attention", "pay little attention to",
#: "receiving minute attention"), or after a word of its amount or kind ("little attention has
#: been paid", "with special attention to"); only when no noun follows ("attention scores")
_ATTENTION_VERBS = frozenset({
    "gain", "gains", "gained", "gaining", "attract", "attracts", "attracted", "attracting", "receive",
    "receives", "received", "receiving", "garner", "garners", "garnered", "garnering", "draw", "draws",
    "drew", "drawn", "drawing", "pay", "pays", "paid", "paying", "deserve", "deserves", "deserved",
    "devote", "devotes", "devoted", "bring", "brings", "brought", "merit", "merits", "warrant", "warrants",
})
_ATTENTION_AMOUNTS = frozenset({
    "little", "less", "limited", "particular", "special", "increasing", "increased", "growing",
    "insufficient", "careful", "close", "closer", "scant", "minute", "considerable", "significant",
    "widespread", "renewed", "research", "scholarly", "academic", "media", "public",
})
#: Words that may follow the everyday "attention" ("... attention to", "... attention in recent years")
_AFTER_ATTENTION = frozenset({
    "to", "in", "from", "for", "due", "as", "and", "or", "recently", "because", "owing", "among", "within",
    "over", "on", "by", "with", "across", "since", "lately", "than", "that", "is", "are", "has", "have",
    "was", "were", "being", "yet", "but", "thanks", "worldwide", "globally", "throughout", "during",
    "towards", "toward", "of",
})
#: How many words back a verb of :data:`_ATTENTION_VERBS` may stand ("attracted a lot of attention")
_ATTENTION_REACH = 4
#: The same, hyphen-joined only: "Latin-script languages" are a writing system's, while "Thai
#: script" may be text in Thai ("Python scripts" keep their programming language)
_JOINED_NOT_THE_LANGUAGE = frozenset({"script", "scripts", "alphabet"})
#: Words after a suspended hyphen ("U-Net- and Transformer-based", "CNN-, RNN- or ViT-based")
_SUSPENDED_NEXT = frozenset({"and", "or", ","})
#: The quick test before looking for suspended hyphens
_SUSPENDED = re.compile(r"-(?<=\w-)(?: (?:and|or) |, )")  # (from the hyphen: a scan skips to it)
#: A hyphen before a space or a comma: where a token with a suspended hyphen ends (a token whose
#: hyphen the next token "and", "or" or "," follows ends so)
_HYPHEN_BEFORE = re.compile(r"-(?=[ ,])")
#: How many tokens written without spaces a name before a suspended hyphen may span ("U", "-", "Net-")
_SUSPENDED_TOKENS = 5
#: Tokens that open a name's context, before a name with a suspended hyphen ("(U-Net- and ...")
_OPENERS = frozenset("([{\"'/")
_CASE_RANK = {True: 0, False: 1}
_HYPHENS = frozenset({"-", "--", "\u2010", "\u2011", "\u2013"})
#: Words after "Name-" that make the pair an adjective ("CLIP-Based", "RL-Driven"), not a longer name
_ADJECTIVE_TAIL = re.compile(r"(?:[A-Za-z]+ed|[Dd]riven|[Aa]ware|[Ff]ree|[Ll]ike|[Ss]tyle|[Oo]nly|[Ss]pecific"
                             r"|[Cc]entric|[Ll]evel|[Ff]riendly|[Rr]eady|[Cc]ompatible|[Ii]nspired"
                             r"|[Ee]quivalent)")
_VARIANT_WORDS = frozenset(DEFAULT_VARIANT_WORDS)
#: Prefixes that, hyphen-joined before a technique, make another concept of it: "self-supervised
#: contrastive learning" is no supervised contrastive learning, "non-autoregressive" no autoregression
#: ("non-English" still speaks of English).
_TURNING_PREFIXES = frozenset({"self", "semi", "non", "un", "weakly", "pseudo", "anti"})
#: Makers written before their model's name: "OpenAI-gpt-oss" is gpt-oss, not a longer name
_MAKERS = frozenset({"openai", "google", "meta", "microsoft", "anthropic", "deepseek", "alibaba", "mistral",
                     "nvidia", "apple", "amazon", "ibm", "baidu", "tencent"})
# a dataset's named subset: "LongBench-Write", "CRC-HGD"
_SUBSET = re.compile(r"[A-Z][a-z]{1,5}|[A-Z]{2,6}\d*")
_GENERIC_DATASET = re.compile(r"[A-Za-z][a-z]+ (?:[Dd]atasets?|[Bb]enchmarks?|[Cc]orpus|[Dd]ata)")
_PROPER = (Kind.DATASET, Kind.MODEL)
# "SuperPoint", "DeepONet"  # names: written in lower case, a phrase of several words is no name
_CAMEL = re.compile(r"[a-z][A-Z]")
_KIND_RANK = {Kind.MODEL: 0, Kind.DATASET: 1, Kind.TECHNIQUE: 2, Kind.LANGUAGE: 3}


def vocabulary_patterns(vocabulary: Vocabulary) -> Iterator[tuple[bool, str, str]]:
    """(exact, entity id, text) for every spelling the matcher looks for, in vocabulary order."""
    closed, known = _closed_compounds(vocabulary)
    for entry in vocabulary:
        eid = entry.entity.id
        technique = entry.entity.kind is Kind.TECHNIQUE
        named = entry.entity.kind is not Kind.LANGUAGE
        for exact, names in ((True, entry.exact), (False, entry.folded)):
            for name in names:
                for text in surface_variants(name, one_at_a_time=technique):
                    yield exact, eid, text
                joined = _join_compounds(name, closed) if technique and not exact else None
                if joined and _spelled(joined) not in known:
                    yield exact, eid, joined
                closed_up = _closed_name(name) if named else None
                if closed_up and _spelled(closed_up) not in known:
                    yield True, eid, closed_up  # in exact case: "MultiPL-E" closed up is "multiple" folded
                for version in _version_spellings(name) if entry.entity.kind in _PROPER else ():
                    if _spelled(version) not in known:
                        yield False, eid, version


_WORD_SPLIT = re.compile(r"([ -])")


def _closed_compounds(vocabulary: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word technique names of eight letters or more ("autoencoder", "backpropagation",
    "finetuning"), lower case, and every surface of the vocabulary (:func:`_spelled`)."""
    closed, known = set(), set()
    for entry in vocabulary:
        for name in (*entry.folded, *entry.exact):
            known.add(_spelled(name))
            if entry.entity.kind is Kind.TECHNIQUE and len(name) >= 8 and name.isalpha():
                closed.add(name.lower())
    return frozenset(closed), frozenset(known)


def _spelled(name: str) -> str:
    """A surface with its word boundaries kept: lower case, hyphens as spaces."""
    return name.lower().replace("-", " ")


def _join_compounds(name: str, closed: frozenset[str]) -> str | None:
    """``name`` with every pair of words that a one-word technique name writes closed joined:
    "Conditional Variational Auto Encoder" -> "Conditional Variational AutoEncoder" (matched
    case-folded, so "conditional variational autoencoder"); None when no pair joins.

    >>> _join_compounds("Variational Graph Auto Encoder", frozenset({"autoencoder"}))
    'Variational Graph AutoEncoder'
    """
    parts = _WORD_SPLIT.split(name)
    out, i, changed = [parts[0]], 1, False
    while i < len(parts):
        sep, word = parts[i], parts[i + 1]
        left = out[-1]
        if len(left) >= 3 and len(word) >= 3 and (left + word).lower() in closed:
            out[-1] = left + word
            changed = True
        else:
            out += [sep, word]
        i += 2
    return "".join(out) if changed else None


#: A model or dataset name of two parts, the second capitalised: "Video-MME", "Grounding DINO"
_TWO_PARTS = re.compile(r"([A-Za-z][A-Za-z0-9]+)[ -]([A-Z][A-Za-z0-9]+)")


def _closed_name(name: str) -> str | None:
    """A two-part name with its parts closed up, as papers also write it ("VideoMME", "GroundingDINO",
    "FashionMNIST", "GradCAM"); None for other names. Matched in exact case and only where no other
    entry spells it (:func:`vocabulary_patterns`); a one-letter second part is left alone, since
    "MultiPL-E" closed up is the word "multiple".

    >>> (_closed_name("Video-MME"), _closed_name("Depth Anything"), _closed_name("Llama 2"),
    ...  _closed_name("MultiPL-E"))
    ('VideoMME', 'DepthAnything', None, None)
    """
    match = _TWO_PARTS.fullmatch(name)
    return match.group(1) + match.group(2) if match else None


#: A name with a separate version: "Inception-v3", "VQA v2" (group 1 the name, group 2 the number)
_SEPARATE_VERSION = re.compile(r"([A-Za-z][\w.+-]*[A-Za-z]{2})[ -][vV](\d+(?:\.\d+)?)")
#: A name of three characters or more with its version closed up, the "v" a word of its own by its
#: case: "InceptionV3", "YOLOv8", "DINOv2" (not "FPv1")
_CLOSED_VERSION = re.compile(r"([A-Za-z][\w.+-]+(?:[a-z]V|[A-Z]v))(\d+(?:\.\d+)?)")


def _version_spellings(name: str) -> tuple[str, ...]:
    """The other way papers write a model's or dataset's version: closed up ("Inception-v3" ->
    "Inceptionv3", matched case-folded, so "InceptionV3" too) or apart ("YOLOv8" -> "YOLO-v8",
    "YOLO v8"). A lower-case "v" after a lower-case letter ("Conv2") may be a letter of the word:
    left alone.

    >>> _version_spellings("Inception-v3"), _version_spellings("DINOv2"), _version_spellings("Conv2")
    (('Inceptionv3',), ('DINO-v2', 'DINO v2'), ())
    """
    match = _SEPARATE_VERSION.fullmatch(name)
    if match:
        return (f"{match.group(1)}v{match.group(2)}",)
    match = _CLOSED_VERSION.fullmatch(name)
    if match:
        base, number = match.group(1)[:-1], match.group(2)
        return f"{base}-v{number}", f"{base} v{number}"
    return ()


class MatcherTables(NamedTuple):
    """What :class:`VocabMatcher` builds from a vocabulary (cached per user: :mod:`~.vocab_cache`)."""

    vocabulary: Vocabulary
    #: token ids -> entity ids, matched as written / case-folded (:attr:`.PhraseIndex.keys`)
    exact: dict[tuple[int, ...], list[str]]
    folded: dict[tuple[int, ...], list[str]]
    #: ids of the ambiguous names that need a cue
    cue_ids: set[str]
    #: id -> how many ``broader`` steps up its family goes
    depth: dict[str, int]
    #: folded surface (or ``"="`` + an exact one) -> entity id
    fold_index: dict[str, str]


def matcher_tables(nlp: Language, vocab_path: str | Path | None = None) -> MatcherTables:
    """The matcher's tables for the vocabulary at ``vocab_path`` (default: shipped), from the user's
    cache when it holds them for exactly these files, code and tokenizer rules, else built."""
    key = cache_key([*vocabulary_files(vocab_path), TOKENS_PATH, *source_files()], tokenizer_signature(nlp))
    return cached("vocab-matcher", key, lambda: build_matcher_tables(nlp, vocab_path))


def build_matcher_tables(nlp: Language, vocab_path: str | Path | None = None) -> MatcherTables:
    """:func:`matcher_tables` without the cache."""
    vocabulary = Vocabulary.load(vocab_path)
    folded = PhraseIndex(nlp.vocab, lower=True)
    exact = PhraseIndex(nlp.vocab, lower=False)
    patterns = list(vocabulary_patterns(vocabulary))
    tokens = pattern_tokens(nlp, [text for _, _, text in patterns])
    for (is_exact, eid, _), words in zip(patterns, tokens, strict=True):
        (exact if is_exact else folded).add(words, eid)
    depth: dict[str, int] = {}
    fold_index: dict[str, str] = {}
    for entry in vocabulary:
        depth[entry.entity.id] = _depth(vocabulary, entry.entity.id)
        for surface in entry.folded:
            fold_index.setdefault(fold(surface), entry.entity.id)
        for surface in entry.exact:  # case matters: keyed as written
            fold_index.setdefault("=" + surface, entry.entity.id)
    return MatcherTables(vocabulary=vocabulary, exact=exact.keys, folded=folded.keys,
                         cue_ids={entry.entity.id for entry in vocabulary if entry.cue}, depth=depth,
                         fold_index=fold_index)


def _depth(vocabulary: Vocabulary, eid: str) -> int:
    depth, seen = 0, set()
    while eid in vocabulary and eid not in seen:
        seen.add(eid)
        parent = vocabulary.entity(eid).broader
        if not parent:
            break
        eid, depth = parent, depth + 1
    return depth


class VocabMatcher:
    """Match vocabulary entities: surface variants, case folded (or exact), cues for ambiguous names.

    A dataset or model name of several words found only case-folded and written all in lower
    case ("the stack", "natural questions") is a phrase, not the name, and is not linked; nor is
    a dataset "name" that is one plain word and a head noun ("Video Dataset").
    """

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY, vocab_path: str | None = None,
                 cues: Mapping[str, Sequence[str]] | None = None, paradigms: Sequence[str] | None = None,
                 paradigm_heads: Mapping[str, Sequence[str]] | None = None) -> None:
        self.name = name
        self.spans_key = spans_key
        self.cues = {Kind(k): frozenset(v) for k, v in (DEFAULT_CUES if cues is None else cues).items()}
        tables = matcher_tables(nlp, vocab_path)
        self.vocabulary = tables.vocabulary
        self.exact = PhraseIndex.from_keys(nlp.vocab, tables.exact, lower=False)
        self.folded = PhraseIndex.from_keys(nlp.vocab, tables.folded, lower=True)
        self.exact.flush()  # before any fork: workers share the built matchers
        self.folded.flush()
        self.cue_ids = tables.cue_ids
        self.depth = tables.depth
        #: every two words that follow each other in a name of the index (orth ids as written, lower ids
        #: folded): a bracketed group can sit inside a name only between two such words (:meth:`_bracketed`)
        self._joins = frozenset((key[i - 1], key[i]) for index in (self.exact, self.folded)
                                for key in index.keys for i in range(1, len(key)))
        #: model id -> its families' folded names, for lower-case model ids (:func:`_model_id`)
        self._family_keys = _family_keys(self.vocabulary)
        #: folded surface (lower case, letters and digits only) -> entity id, for variant discovery
        self.fold_index = tables.fold_index
        #: paradigm adjective (folded) -> the vocabulary's "<adjective> learning"; a regex finds them
        heads = DEFAULT_PARADIGM_HEADS if paradigm_heads is None else paradigm_heads
        #: folded adjective -> the nouns it must come before (adjectives in ``paradigms`` take any noun)
        self.paradigm_heads = {fold(a): frozenset(n.lower() for n in nouns) for a, nouns in heads.items()}
        words = [*(DEFAULT_PARADIGMS if paradigms is None else paradigms), *heads]
        self.paradigms = {fold(a): self.fold_index[fold(a + " learning")] for a in words
                          if fold(a + " learning") in self.fold_index}
        #: the quick test before the regex: each adjective's last word but its first letter ("upervised")
        self._paradigm_stems = sorted({re.split(r"[- ]", a)[-1][1:] for a in words})
        alternatives = "|".join(sorted((re.escape(a).replace(r"\ ", "[- ]").replace(r"\-", "[- ]")
                                        for a in words),
                                       key=len, reverse=True))
        self._paradigm = re.compile(r"(?<![\w-])(?:" + alternatives + r")\b(?!-)(?= +([A-Za-z][\w-]*))",
                                    re.IGNORECASE)

    def _has_cue(self, doc: Doc, start: int, end: int, kind: Kind, others: list[tuple[int, int]]) -> bool:
        """An ambiguous name counts next to its cue ("Even language", "the Go programming language")
        or inside a list of unambiguous names of the same kind ("English, Even and Chukchi"). A name
        written with its cue as its last word carries its own ("the Julia programming language" matches
        the alias "Julia programming language" whole)."""
        cues = self.cues.get(kind, frozenset())
        if end < len(doc) and doc[end].lower_ in cues:
            return True
        if end - start > 1 and doc[end - 1].lower_ in cues:
            return True
        if kind != Kind.LANGUAGE and start > 0 and doc[start - 1].lower_ in cues:
            return True
        if kind == Kind.DATASET and start > 0 and doc[start - 1].lower_ in {"on", "from"}:
            return True
        for o_start, o_end in others:
            gap = doc[o_end:start] if o_end <= start else doc[end:o_start]
            if 1 <= len(gap) <= 2 and all(t.text.lower() in _LIST_GLUE for t in gap) and any(
                    t.text in {",", "and", "or", "/"} for t in gap):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        found: dict[tuple[int, int], list[tuple[int, int, int, str]]] = {}
        depth, entries = self.depth, self.vocabulary.entries
        for exact, index in ((True, self.exact), (False, self.folded)):
            rank = _CASE_RANK[exact]
            for start, end, eid in index.find(doc):
                # (an option's order: as written first, the deepest in its family, then by kind, then by id)
                option = (rank, -depth.get(eid, 0), _KIND_RANK[entries[eid].entity.kind], eid)
                found.setdefault((start, end), []).append(option)
        text = doc_text(doc)
        gaps = self._bracketed(doc, text, found) if "(" in text else {}
        writer = SpanWriter(doc, self.spans_key, self.name)
        if found:
            self._write(doc, writer, found, gaps)
        if _SUSPENDED.search(text):
            self._suspended(doc, writer)
        if any(stem in text for stem in self._paradigm_stems):
            self._paradigm_adjectives(doc, writer, text)
        if "rchitecture" in text:
            self._architecture_heads(doc, writer)
        return doc

    def _architecture_heads(self, doc: Doc, writer: SpanWriter) -> None:
        """A vocabulary technique of three or more words ending in "network" written with
        "architecture" as its head is that technique: "a conditional generative adversarial
        architecture" is a conditional GAN, "deep neural architectures" deep neural networks. Not
        before "search" ("graph neural architecture search" is a search over architectures), and
        not a two-word name ("neural architecture" is no neural network)."""
        entries = self.vocabulary.entries
        for i in _tokens_of(doc, _ARCHITECTURE_IDS):
            head = _ARCHITECTURE_HEADS.get(doc[i].lower_)  # (the word itself: its id may be another's)
            if head is None or (i + 1 < len(doc) and doc[i + 1].lower_ in _ARCHITECTURE_BLOCKERS):
                continue
            for start in range(max(0, i - _ARCHITECTURE_SPAN), i - 1):
                words = doc[start:i]
                if not writer.free(start, i + 1) or not words[0].is_alpha \
                        or sum(t.is_alpha for t in words) < 2 \
                        or not all(t.is_alpha or t.text == "-" for t in words):
                    continue
                eid = next((self.fold_index[key] for noun in head
                            if (key := fold(doc[start:i].text + " " + noun)) in self.fold_index), None)
                if eid is not None and entries[eid].entity.kind is Kind.TECHNIQUE:
                    writer.add(start, i + 1, entries[eid].entity, confidence=0.9)
                    break

    def _bracketed(self, doc: Doc, text: str, found: dict[tuple[int, int], list[tuple[int, int, int, str]]]
                   ) -> dict[tuple[int, int], _Gap]:
        """Add to ``found`` the vocabulary names written with a bracketed group inside them: "key-value
        (KV) cache", "Squeeze-and-Excitation (SE) block", "residual (or skip) connections". The words
        outside the brackets are a whole name of the index (as written or case-folded), and the group is
        a short form of the words before it (:func:`_short_form_of`) or one or two lower-case words
        (:data:`_BRACKET_WORDS`); the span covers the whole phrase. Returns (start, end) ->
        :class:`_Gap`, for :meth:`_write`."""
        gaps: dict[tuple[int, int], _Gap] = {}
        depth, entries = self.depth, self.vocabulary.entries
        for match in _BRACKETED.finditer(text):  # (only these "(" tokens: a Token for each costs more)
            group = match.group(1)
            if not (_SHORT_FORM.fullmatch(group) or _BRACKET_WORDS.fullmatch(group)):
                continue
            near = doc.char_span(match.start() + 1, match.start() + 2)
            if near is None:
                continue
            opening = near.start
            close = next((k for k in range(opening + 2, min(len(doc), opening + _BRACKET_TOKENS + 2))
                          if doc[k].text in "()"), None)
            if close is None or doc[close].text != ")" or close + 1 >= len(doc) or opening == 0:
                continue
            last, after = doc[opening - 1], doc[close + 1]
            if (last.lower, after.lower) not in self._joins and (last.orth, after.orth) not in self._joins \
                    or doc[opening + 1:close].text != group:
                continue  # (no name of the index goes on from the word before the group to the one after)
            lo = opening
            while lo > 0 and opening - lo < _BRACKET_LEFT and (
                    doc[lo - 1].is_alpha or doc[lo - 1].text in _HYPHENS or doc[lo - 1].text.isalnum()):
                lo -= 1
            for start in range(lo, opening):
                if doc[start].text in _HYPHENS:
                    continue
                before = doc[start:opening].text
                short = _short_form_of(group, before)
                if not (short or _BRACKET_WORDS.fullmatch(group) and group not in _NOT_BRACKET_WORDS):
                    continue
                left_lower = tuple(t.lower for t in doc[start:opening])
                left_orth = tuple(t.orth for t in doc[start:opening])
                # the name the words before a short form make alone ("maximum a posteriori (MAP)")
                left_eid = next((keys[0] for keys in (self.exact.keys.get(left_orth),
                                                      self.folded.keys.get(left_lower)) if keys), None) \
                    if short else None
                for end in range(close + 2, min(len(doc), close + 1 + _BRACKET_RIGHT) + 1):
                    if not (doc[end - 1].is_alpha or doc[end - 1].text.isalnum()):
                        break
                    for rank, keys, left, attr in ((0, self.exact.keys, left_orth, "orth"),
                                                   (1, self.folded.keys, left_lower, "lower")):
                        key = left + tuple(getattr(doc[k], attr) for k in range(close + 1, end))
                        for eid in keys.get(key, ()):
                            option = (rank, -depth.get(eid, 0), _KIND_RANK[entries[eid].entity.kind], eid)
                            options = found.setdefault((start, end), [])
                            if option not in options:
                                options.append(option)
                            gaps[(start, end)] = _Gap(before + " " + doc[close + 1:end].text,
                                                      group if short else "", left_eid)
        return gaps

    def _write(self, doc: Doc, writer: SpanWriter,
               found: dict[tuple[int, int], list[tuple[int, int, int, str]]],
               gaps: Mapping[tuple[int, int], _Gap]) -> None:
        """Keep the longest non-overlapping matches and link those that pass the checks (a name
        written with a bracketed group inside, ``gaps``, checked as its words without the group)."""
        candidates = []
        for (start, end), options in found.items():
            best = options[0] if len(options) == 1 else min(options)  # (no two options are equal)
            candidates.append((start, end, best[3], best[0] == 0))
        # Longest first, then one that ends where its word ends, then leftmost: keep non-overlapping spans.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), _ends_inside(doc, c[1]), c[0]))
        taken = bytearray(len(doc))
        kept = []
        for start, end, eid, exact in candidates:
            if any(taken[start:end]) or (_after_turning_prefix(doc, start)
                                         and self.vocabulary.entity(eid).kind is Kind.TECHNIQUE):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, eid, exact))
        plain: dict[Kind, list[tuple[int, int]]] = {}
        for start, end, eid, _ in kept:
            if eid not in self.cue_ids:
                plain.setdefault(self.vocabulary.entity(eid).kind, []).append((start, end))
        ends = {end for _, end, _, _ in kept}
        for start, end, eid, exact in sorted(kept):
            entity = self.vocabulary.entity(eid)
            confidence = 0.97 if not exact else 0.99
            if eid in self.cue_ids:
                if not self._has_cue(doc, start, end, entity.kind, plain.get(entity.kind, [])):
                    continue
                confidence = 0.8
            gap = gaps.get((start, end))  # (the words as written, read only where a check needs them)
            if not exact and end - start > 1 and entity.kind in _PROPER and not entity.label.islower() \
                    and (gap.written if gap else doc[start:end].text).islower() \
                    and not self._lower_model_id(doc, start, end, eid):
                continue  # "the stack", "hate speech", "natural questions": a phrase, not the name
            word = doc[start].text
            if not exact and end - start == 1 and entity.kind is Kind.MODEL and _word_and_number(word) \
                    and not entity.label.islower() and not _model_id(word, self._family_keys.get(eid, ())):
                continue  # "a model's step-2 prediction": a word and a number, no model id of a family
            if not exact and end - start == 1 and entity.kind in _PROPER and _CAMEL.search(entity.label) \
                    and doc[start].is_lower and not self._has_cue(doc, start, end, entity.kind,
                                                                  plain.get(entity.kind, [])):
                continue  # "superpoint clustering" is no SuperPoint ("arc, boolq, piqa" lists BoolQ)
            if entity.kind is Kind.DATASET and _GENERIC_DATASET.fullmatch(
                    gap.written if gap else doc[start:end].text):
                continue  # "Video Dataset", "classification benchmark": a description, not a name
            if end - start == 1 and doc[start].lower_ in _PART_NOUNS and _after_name(doc, start, ends):
                continue  # "LoRA adapters", "LoRA (Low-Rank Adaptation) adapters": LoRA's, no adapter tuning
            if _glued(doc, start, end, taken, entity.kind):
                continue  # "M-RAG", "YOLO-World-v2", "RRT-Connect": a name built on the known one
            if entity.kind is Kind.LANGUAGE and entity.language_type == "natural" and _names_other(doc, end):
                continue  # "Latin-script languages", "Latin America", "the French AI Action Summit"
            if end - start == 1 and _everyday_attention(doc, start):
                continue  # "has gained significant attention", "with special attention to": no mechanism
            if end - start == 1 and doc[start].lower_ in DISTILL_VERBS \
                    and not _distils_a_model(doc, start, self._model_tokens(kept)):
                continue  # "we distill our findings into guidelines": the plain verb
            if writer.free(start, end):
                writer.add(start, end, entity, confidence=confidence)
                if gap is not None and gap.short and gap.left and gap.left not in self.cue_ids:
                    # the short form is known as the name before it, as the abbreviations would
                    # have paired them ("maximum a posteriori (MAP) estimation": MAP's other mentions)
                    known_names(doc).setdefault(gap.short, self.vocabulary.entity(gap.left))
                if entity.kind is Kind.TECHNIQUE and start >= 2 and doc[start - 1].lower_ in _CONJUNCTIONS:
                    self._ellipsis(doc, writer, start, end)

    def _lower_model_id(self, doc: Doc, start: int, end: int, eid: str) -> bool:
        """Whether ``doc[start:end]``, in lower case, writes the model ``eid`` as a whole model id
        (:func:`_model_id`): "deepseek-r1", not "claude-opus-4" of "claude-opus-4-6"."""
        return self.vocabulary.entity(eid).kind is Kind.MODEL \
            and _model_id(doc[start:end].text, self._family_keys.get(eid, ())) \
            and not _hyphen_joined(doc, start, end)

    def _suspended(self, doc: Doc, writer: SpanWriter) -> None:
        """A name whose hyphen is suspended before a conjunction: "U-Net- and Transformer-based
        diffusion models", "CNN- or ViT-based" name U-Net and CNN (the tokenizer keeps the hyphen on
        the name's last token, "Net-", so no pattern matches it). Only a whole vocabulary name written
        with a capital and without a cue; a prefix ("pre- and post-training") is none."""
        text = doc_text(doc)
        for hyphen in _HYPHEN_BEFORE.finditer(text):  # (not every token: a Token made for each costs more)
            at = hyphen.start()
            near = doc.char_span(at, at + 1, alignment_mode="expand")
            if near is None:
                continue
            i = near.start
            token = doc[i]
            if token.idx + len(token) != at + 1 or len(token) < 2 or i + 1 >= len(doc):
                continue  # (the hyphen ends no token here, or the token is the hyphen)
            following = doc[i + 1].lower_  # a conjunction after a space, or a comma right after ("CNN-,")
            if following not in _SUSPENDED_NEXT or not (token.whitespace_ or following == ","):
                continue
            start = i
            while start > 0 and i - start < _SUSPENDED_TOKENS and not doc[start - 1].whitespace_ \
                    and doc[start - 1].text not in _OPENERS:
                start -= 1
            name = doc[start:i].text + token.text[:-1]
            if name.islower():
                continue  # "transformer- and diffusion-based", "rule- or learning-based": no name
            eid = self.fold_index.get("=" + name) or self.fold_index.get(fold(name))
            if eid is None or eid in self.cue_ids or not writer.free(start, i + 1):
                continue
            entity = self.vocabulary.entity(eid)
            if entity.kind is Kind.LANGUAGE:
                continue  # "English- and Chinese-centric", "English- and Arabic-speaking samples"
            writer.add(start, i + 1, entity, confidence=0.9)

    def _model_tokens(self, kept: list[tuple[int, int, str, bool]]) -> set[int]:
        """The tokens of the kept matches that name models (for :func:`_distils_a_model`)."""
        return {i for start, end, eid, _ in kept if self.vocabulary.entity(eid).kind is Kind.MODEL
                for i in range(start, end)}

    def _paradigm_adjectives(self, doc: Doc, writer: SpanWriter, text: str) -> None:
        """A learning paradigm's adjective before a noun names the paradigm: "self-supervised
        approaches", "Weakly Supervised Open-Vocabulary Object Detection", "Unsupervised Detection"
        (self-supervised, weakly supervised, unsupervised learning), unless a longer name holds it
        (a capitalised adjective after a capitalised word, in the abstract)."""
        for match in self._paradigm.finditer(text):
            if match.group(1).lower() in _NOT_AFTER_PARADIGM:
                continue
            nouns = self.paradigm_heads.get(fold(match.group(0)))
            if nouns is not None and match.group(1).lower() not in nouns:
                continue  # "contrastive decoding", "in-context retrieval": another thing
            before = text[max(0, match.start() - 30):match.start()].split()
            if match.group(0)[:1].isupper() and before and before[-1][:1].isupper() \
                    and field_at(doc, match.start()).name != "title" and before[-1][-1:] not in ".:;!?":
                continue  # "Ultrasound Self-Supervised Foundation Model (USF-MAE)": inside a name
            eid = self.paradigms.get(fold(match.group(0)))
            span = doc.char_span(match.start(), match.end())
            if eid is not None and span is not None and writer.free(span.start, span.end):
                writer.add(span.start, span.end, self.vocabulary.entity(eid), confidence=0.85)
                self._paradigm_ellipsis(doc, writer, text, match.start())

    def _paradigm_ellipsis(self, doc: Doc, writer: SpanWriter, text: str, at: int) -> None:
        """The left conjunct of a paradigm adjective: "supervised and unsupervised methods",
        "self- or semi-supervised approaches" name the left paradigm too (when it is one)."""
        left = _LEFT_CONJUNCT.search(text, max(0, at - 40), at)
        if left is None:
            return
        word = left.group(1)
        eid = self.paradigms.get(fold(word))
        if eid is None and word.endswith("-"):  # "self- or semi-supervised": the hanging prefix
            right = _CONJUNCT.match(text, at)
            tail = right.group(0).split("-", 1)[-1] if right and "-" in right.group(0) else ""
            eid = self.paradigms.get(fold(word + tail)) if tail else None
        span = doc.char_span(left.start(1), left.end(1))
        if eid is not None and span is not None and writer.free(span.start, span.end):
            writer.add(span.start, span.end, self.vocabulary.entity(eid), confidence=0.85)

    def _ellipsis(self, doc: Doc, writer: SpanWriter, start: int, end: int) -> None:
        """The left conjunct of an elliptical coordination before the technique ``doc[start:end]``:
        "supervised or semi-supervised learning" names Supervised Learning too, and "single- and
        multi-agent reinforcement learning" single-agent reinforcement learning. A plain left
        word counts only when the vocabulary knows the whole name; a hanging hyphen ("single-")
        is ellipsis as written, so its name is discovered when the vocabulary does not know it."""
        k = start  # the end of the right conjunct's first word ("semi-supervised", "multi-agent")
        while k < end - 1 and not doc[k].whitespace_:
            k += 1
        first, tail = doc[start:k + 1].text, doc[k + 1:end].text
        left = start - 2  # the left conjunct's last token; it runs back over tokens joined without space
        if doc[left].text.endswith("-") and len(doc[left]) > 1:  # "single- and multi-agent ..."
            lo, hanging = left, True
            if "-" not in first or _PARTICIPLE_TAIL.search(first):
                return  # ("transformer- and diffusion-based models": no name)
            name = doc[left].text + first.split("-", 1)[1] + (" " + tail if tail else "")
        else:
            lo, hanging = left, False
            while lo > 0 and left - lo < 2 and not doc[lo - 1].whitespace_ and doc[lo - 1].text != "(":
                lo -= 1
            if not tail or lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].lower_ not in _BEFORE_CONJUNCT \
                    and not _compound_end(doc, lo - 1):
                return  # "optical flow or feature matching": "flow" ends a name of its own
            name = doc[lo:left + 1].text + " " + tail
        if not _CONJUNCT.fullmatch(doc[lo:left + 1].text) or not writer.free(lo, left + 1):
            return
        eid = self.fold_index.get(fold(name)) or self.fold_index.get("=" + name)
        if eid is not None and eid not in self.cue_ids:
            entity = self.vocabulary.entity(eid)
            if entity.kind is Kind.TECHNIQUE:
                writer.add(lo, left + 1, entity, confidence=0.9)
        elif eid is None and hanging and tail:
            writer.add(lo, left + 1, discovered_entity(name, Kind.TECHNIQUE, 0.8), confidence=0.8)


class _Gap(NamedTuple):
    """A name written with a bracketed group inside it (:meth:`VocabMatcher._bracketed`)."""

    #: the name's words without the group
    written: str
    #: the group when it is a short form of the words before it, else ""
    short: str
    #: the vocabulary name those words make alone, if any
    left: str | None


#: A bracketed group between spaces, a word after it: "key-value (KV) cache" (not "Karush-Kuhn-Tucker(KKT)
#: conditions", glued: a name and its short form). The look-behind comes after the literal " ": a
#: pattern that opens with a literal lets the search skip to it, one that opens with a look-behind is
#: tried at every character (four times slower)
_BRACKETED = re.compile(r" (?<=\w )\(([^()\s]+(?: [^()\s]+)?)\) (?=\w)")
#: How many tokens a bracketed group inside a name may hold ("(KV)", "(QC-LDPC)", "(top-p)")
_BRACKET_TOKENS = 5
#: How many tokens of a name may stand before / after its bracketed group
_BRACKET_LEFT = 6
_BRACKET_RIGHT = 4
#: A group of one or two lower-case words inside a name: "quadratic (unconstrained) binary optimization"
_BRACKET_WORDS = re.compile(r"[a-z][a-z]*(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*)?")
#: Lower-case groups that are no words of the name: enumerations, Latin abbreviations
_NOT_BRACKET_WORDS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "a", "b", "c", "d", "e", "eg", "ie", "etc",
                                "resp", "respectively", "see", "cf", "vs"})
#: A short form: one word of letters and digits, a capital in it
_SHORT_FORM = re.compile(r"(?=[^ ]*[A-Z])[A-Za-z][A-Za-z0-9.+&-]{0,11}")


def _short_form_of(short: str, long: str) -> bool:
    """Whether ``short`` is a short form of the words ``long``, as Schwartz & Hearst (2003) pair them:
    its first letter is the first word's, and its letters and digits come in order in ``long``.

    >>> _short_form_of("KV", "key-value"), _short_form_of("SCL", "successive cancellation list")
    (True, True)
    >>> _short_form_of("HGA", "Attention"), _short_form_of("MCMC", "Monte Carlo")
    (False, False)
    """
    if not _SHORT_FORM.fullmatch(short) or short[0].lower() != long[0].lower():
        return False
    rest = iter(long[1:].lower())
    return all(char in rest for char in short[1:].lower() if char.isalnum())


def _model_id(text: str, family_keys: Sequence[str]) -> bool:
    """Whether ``text`` writes a model as a model id: one word of hyphen-joined parts with a digit in
    it, its first part a version ("o3-mini", "qwen2-7b") or its folded text starting with a family's
    name (``family_keys``, folded: "deepseek-r1" of DeepSeek, "gpt-oss-120b" of gpt-oss, "llama-3-70b"
    of Llama 3), as APIs and hubs write released names in lower case. Plain words and a number are
    no id: "the model's step-2 prediction" (Step-2 is in no family), "the stack" (no digit).

    >>> _model_id("deepseek-r1", ("deepseek",)), _model_id("step-2", ()), _model_id("o3-mini", ())
    (True, False, True)
    """
    if " " in text or "-" not in text or not any(map(str.isdigit, text)):
        return False
    if any(map(str.isdigit, text.split("-", 1)[0])):
        return True
    key = fold(text)
    return any(key.startswith(family) for family in family_keys)


def _word_and_number(text: str) -> bool:
    """Whether ``text`` is one lower-case word hyphen-joined to a number: "step-2", "phase-1", "gpt-4"
    (which :func:`_model_id` then tells apart: a family's name and a version).

    >>> _word_and_number("step-2"), _word_and_number("Step-2"), _word_and_number("t5-base")
    (True, False, False)
    """
    word, _, number = text.partition("-")
    return word.isalpha() and word.islower() and number.replace(".", "").isdigit()


def _hyphen_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is joined by a hyphen, without spaces, to a word before or after it:
    "claude-opus-4" in "claude-opus-4-6" is part of a longer id."""
    after = end < len(doc) - 1 and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_
    before = start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_
    return after or before


def _family_keys(vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
    """Model id -> the folded names (two characters or more) of the families above it, nearest first:
    "model/llama-3-70b" -> ("llama3", "metallama3", "llama", ...)."""
    keys: dict[str, tuple[str, ...]] = {}
    for entry in vocabulary:
        entity = entry.entity
        if entity.kind is not Kind.MODEL or not entity.broader:
            continue
        names: list[str] = []
        parent, seen = entity.broader, set()
        while parent and parent in vocabulary and parent not in seen:
            seen.add(parent)
            family = vocabulary.entity(parent)
            names += [key for key in map(fold, (family.label, *family.aliases)) if len(key) >= 2]
            parent = family.broader
        keys[entity.id] = tuple(names)
    return keys


def _compound_end(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` ends a hyphen-joined modifier ("state-of-the-art", "large-scale"): a
    modifier before a left conjunct, as an article would be ("state-of-the-art self-supervised and
    transfer learning models" names self-supervised learning)."""
    return at >= 2 and doc[at - 1].text in _HYPHENS and not doc[at - 1].whitespace_ \
        and not doc[at - 2].whitespace_


def _distils_a_model(doc: Doc, at: int, models: set[int]) -> bool:
    """Whether the verb "distill" at token ``at`` means model distillation: a model word
    (:data:`_DISTILL_OBJECTS`) or a model's name (a token in ``models``) within its clause, a few
    words either side ("distilling knowledge from large frontier models", "a compact encoder
    distilled", "distilled down from GPT-3.5 to T5 variants"); "we distill key takeaways", "pairs
    distilled from scans" have none."""
    before, after = _DISTILL_WINDOW
    words: set[str] = set()
    for step, limit in ((-1, before), (1, after)):
        i, seen = at + step, 0
        while 0 <= i < len(doc) and seen < limit and doc[i].text not in _CLAUSE_ENDS:
            if i in models:
                return True
            if not doc[i].is_punct:
                words.update((doc[i].lower_, *doc[i].lower_.split("-")))
                seen += 1
            i += step
    return bool(words & _DISTILL_OBJECTS)


def _names_other(doc: Doc, end: int) -> bool:
    """Whether the word after a language's name makes the name another thing's: "Latin American"
    (:data:`_NOT_THE_LANGUAGE`), "Arabic-script" (:data:`_JOINED_NOT_THE_LANGUAGE`), a nation's
    place, institution or market (:data:`_NATION_NOUNS`: "Chinese cities", "the Danish Maritime
    Authority")."""
    if end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        return doc[end + 1].lower_ in _JOINED_NOT_THE_LANGUAGE or doc[end + 1].lower_ in _NOT_THE_LANGUAGE
    if end < len(doc) and doc[end].lower_ in _NOT_THE_LANGUAGE:
        return True
    for at in range(end, min(len(doc), end + _NATION_RUN)):
        if doc[at].lower_ in _NATION_NOUNS:
            return True
        if not doc[at].text[:1].isupper():
            return False
    return False


def _everyday_attention(doc: Doc, at: int) -> bool:
    """Whether the word "attention" at token ``at``, in lower case, is the everyday word, not the
    mechanism: "time series receiving minute attention", "has garnered increasing attention due to",
    "little attention has been paid to", "with special attention to" (:data:`_ATTENTION_VERBS`,
    :data:`_ATTENTION_AMOUNTS`); "attention scores", "allocate more attention" stay the mechanism."""
    if doc[at].text != "attention":
        return False
    if at + 1 < len(doc) and (doc[at + 1].text in _HYPHENS or doc[at + 1].is_alpha
                              and doc[at + 1].lower_ not in _AFTER_ATTENTION):
        return False  # "attention heads", "attention-based"
    if at > 0 and doc[at - 1].lower_ in _ATTENTION_AMOUNTS:
        return True
    for i in range(at - 1, max(-1, at - 1 - _ATTENTION_REACH), -1):
        if doc[i].lower_ in _ATTENTION_VERBS:
            return True
        if not (doc[i].is_alpha and doc[i].is_lower):
            return False
    return False


def _after_name(doc: Doc, start: int, ends: set[int]) -> bool:
    """Whether the token at ``start`` comes right after a matched name written as one (with a
    capital: "LoRA adapters", "(Low-Rank Adaptation) adapters"; not "the quantized adapter")."""
    before = start - 1 if start > 0 and doc[start - 1].text == ")" else start
    return before in ends and before > 0 and not doc[before - 1].text.islower()


def _tokens_of(doc: Doc, lower_ids: tuple[int, ...]) -> list[int]:
    """The indices of ``doc``'s tokens whose ``LOWER`` id is one of ``lower_ids``, in order: read off
    the doc's id array (a ``Token`` and its lower-case text made for each of a doc's hundreds of
    tokens cost five times more)."""
    lowers = doc.to_array(LOWER)
    found = lowers == lower_ids[0]
    for lower_id in lower_ids[1:]:
        found |= lowers == lower_id
    return found.nonzero()[0].tolist()


def _ends_inside(doc: Doc, end: int) -> bool:
    """Whether a match ending at token ``end`` stops inside a hyphen-joined word: of two names
    overlapping in "OpenAI-gpt-oss", "gpt-oss" (the compound's head, on the right) is the name,
    not "OpenAI-gpt" (OpenAI GPT); an adjective after the hyphen ends the word
    ("Diffusion-Transformer-based")."""
    return 0 < end < len(doc) - 1 and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and not _ADJECTIVE_TAIL.fullmatch(doc[end + 1].text)


def _after_turning_prefix(doc: Doc, start: int) -> bool:
    """``doc[start]`` follows a hyphen-joined prefix that makes another concept of the name there
    ("self-supervised contrastive learning" is no supervised contrastive learning: its words are
    left to shorter names, contrastive learning)."""
    return start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].lower_ in _TURNING_PREFIXES


def _glued(doc: Doc, start: int, end: int, taken: bytearray, kind: Kind) -> bool:
    """``doc[start:end]`` is part of a longer name, joined by a hyphen without spaces to a
    capitalised or digit-led word that no vocabulary name covers ("3D-VAEs" names a 3D variant, not
    the VAE), or to one capital letter before it even when that letter is a name too: "M-RAG",
    "Motion--Mamba", "YOLO-World-v2", "RRT-Connect", "C-STS" name other things than RAG, Mamba,
    YOLO, RRT and STS (nor is that C the language). A lower-case word ("BERT-based"), an adjective
    ("CLIP-Based"), a second known name ("CNN-LSTM") or a variant tail ("Qwen-VL", a dataset's
    "LongBench-Write": ``paperkg_variants`` links those to their family) leaves the name as it is, and so does
    a model's maker before it ("OpenAI-gpt-oss")."""
    if start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and (not taken[start - 2] or len(doc[start - 2]) == 1) \
            and (doc[start - 2].text[:1].isupper() or doc[start - 2].text[:1].isdigit()) \
            and not (kind is Kind.MODEL and doc[start - 2].lower_ in _MAKERS):
        return True
    return end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and not taken[end + 1] and doc[end + 1].text[:1].isupper() \
        and not _ADJECTIVE_TAIL.fullmatch(doc[end + 1].text) and doc[end + 1].text not in _VARIANT_WORDS \
        and not (kind is Kind.DATASET and _SUBSET.fullmatch(doc[end + 1].text)
                 and (end + 2 >= len(doc) or doc[end + 1].whitespace_ or doc[end + 2].text not in _HYPHENS))
