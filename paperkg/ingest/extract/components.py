"""paperkg's spaCy components, all registered here with ``@Language.factory``.

Each component reads and writes ``doc.spans["paperkg"]``: ``label_`` is the entity kind,
``id_`` the entity id; span extensions ``role``, ``origin``, ``confidence`` and
``extractor`` carry the rest of a mention. ``doc.user_data`` holds the field being read
(``"paperkg_field"``: title or abstract) and the names the title introduced
(``"paperkg_known"``: surface -> Entity), so that the abstract links them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.vocabulary import Vocabulary, surface_variants
from paperkg.ingest.records import Entity, Kind, Origin, Role, slugify

__all__ = ["SPANS_KEY", "VocabMatcher", "NameDiscoverer", "RoleTagger", "sentence_bounds"]

SPANS_KEY = "paperkg"

for _name, _default in (("role", Role.MENTIONS.value), ("origin", Origin.VOCABULARY.value),
                        ("confidence", 1.0), ("extractor", "paperkg_vocab")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)

# Context words that make an ambiguous name (a ``cue`` entry) count, by kind.
_CUES: dict[str, frozenset[str]] = {
    Kind.LANGUAGE: frozenset({"language", "languages", "speakers", "speaking", "dialect", "dialects",
                              "native", "monolingual", "bilingual", "programming", "code", "written"}),
    Kind.DATASET: frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora",
                             "test", "split", "suite", "leaderboard"}),
    Kind.MODEL: frozenset({"model", "models", "llm", "llms", "checkpoint", "checkpoints", "architecture"}),
    Kind.TECHNIQUE: frozenset({"method", "methods", "technique", "techniques", "algorithm", "approach"}),
}
_LIST_GLUE = frozenset({",", "and", "or", "/", "&", "(", ")", "-", "to", "into", "from"})

_CASE_RANK = {True: 0, False: 1}
_KIND_RANK = {Kind.MODEL: 0, Kind.DATASET: 1, Kind.TECHNIQUE: 2, Kind.LANGUAGE: 3}


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``text[start:end]`` (a light rule, no model).

    >>> text = "We use LoRA. It helps. On MMLU, e.g. 5-shot, we win."
    >>> s, e = sentence_bounds(text, 26, 30); text[s:e]
    'On MMLU, e.g. 5-shot, we win.'
    """
    window = max(0, start - 1000)
    left = window
    for match in _SENT_END_BEFORE.finditer(text, window, start):
        left = match.end()
    m = _SENT_END_AFTER.search(text, end)
    right = m.start() + 1 if m else len(text)
    return left, right


_SENT_END_BEFORE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)(?<!\bvs)[.!?](?=\s+[A-Z0-9(\"'])\s+")
_SENT_END_AFTER = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)(?<!\bvs)[.!?](?=\s+[A-Z0-9(\"']|\s*$)")


class VocabMatcher:
    """Match vocabulary entities: surface variants, case folded (or exact), cues for ambiguous names."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 vocab_path: str | None = None) -> None:
        self.name = name
        self.spans_key = spans_key
        self.vocabulary = Vocabulary.load(vocab_path)
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.cue_ids: set[str] = set()
        self.depth: dict[str, int] = {}
        folded: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        for entry in self.vocabulary:
            eid = entry.entity.id
            if entry.cue:
                self.cue_ids.add(eid)
            folded[eid] = [v for a in entry.folded for v in surface_variants(a)]
            exact[eid] = [v for a in entry.exact for v in surface_variants(a)]
        for matcher, table in ((self.folded, folded), (self.exact, exact)):
            keys = [k for k, v in table.items() if v]
            texts = [t for k in keys for t in table[k]]
            docs = iter(nlp.tokenizer.pipe(texts, batch_size=1000))
            for key in keys:
                matcher.add(key, [next(docs) for _ in table[key]])
        for entry in self.vocabulary:
            self.depth[entry.entity.id] = self._depth(entry.entity.id)

    def _depth(self, eid: str) -> int:
        depth, seen = 0, set()
        while eid in self.vocabulary and eid not in seen:
            seen.add(eid)
            parent = self.vocabulary.entity(eid).broader
            if not parent:
                break
            eid, depth = parent, depth + 1
        return depth

    def _has_cue(self, doc: Doc, start: int, end: int, kind: Kind, others: list[tuple[int, int]]) -> bool:
        cues = _CUES[kind]
        window = doc[max(0, start - 3): min(len(doc), end + 3)]
        if any(t.lower_ in cues for t in window if t.i < start or t.i >= end):
            return True
        if kind == Kind.DATASET and start > 0 and doc[start - 1].lower_ in {"on", "from"}:
            return True
        # Part of a list of names of the same kind: "English, Even and Chukchi".
        for o_start, o_end in others:
            gap = doc[o_end:start] if o_end <= start else doc[end:o_start]
            if 0 <= len(gap) <= 2 and all(t.text.lower() in _LIST_GLUE for t in gap):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        found: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        for exact, matcher in ((True, self.exact), (False, self.folded)):
            for match_id, start, end in matcher(doc):
                found.setdefault((start, end), []).append(
                    (_CASE_RANK[exact], -self.depth.get(strings[match_id], 0), strings[match_id])
                )
        if not found:
            return doc
        candidates = []
        for (start, end), options in found.items():
            options.sort(key=lambda o: (o[0], o[1], _KIND_RANK[self.vocabulary.entity(o[2]).kind], o[2]))
            candidates.append((start, end, options[0][2], options[0][0] == 0))
        # Longest first, then leftmost: keep non-overlapping spans.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(doc))
        kept = []
        for start, end, eid, exact in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, eid, exact))
        plain = {}
        for start, end, eid, _ in kept:
            if eid not in self.cue_ids:
                plain.setdefault(self.vocabulary.entity(eid).kind, []).append((start, end))
        group = doc.spans.setdefault(self.spans_key, [])
        for start, end, eid, exact in sorted(kept):
            entity = self.vocabulary.entity(eid)
            confidence = 0.97 if not exact else 0.99
            if eid in self.cue_ids:
                if not self._has_cue(doc, start, end, entity.kind, plain.get(entity.kind, [])):
                    continue
                confidence = 0.8
            span = Span(doc, start, end, label=entity.kind.value, span_id=eid)
            span._.confidence = confidence
            span._.extractor = self.name
            group.append(span)
        return doc


# -- discovery of names the vocabulary does not know ---------------------------------------

_GENERIC = frozenset(
    """llm llms mllm mllms lm lms slm slms vlm vlms lmm lmms plm plms nlp ai agi gpu gpus tpu cpu api apis
    sota rl ml dl nn cnn rnn gnn gan vae ocr asr tts mt qa ner pos kg kgs rag moe sft cot icl peft rlhf
    covid sql url http https json pdf
    survey review overview tutorial position report benchmarking towards beyond rethinking revisiting
    introduction understanding evaluating exploring improving scaling learning training
    """.split()
)
_GENERIC_SUFFIX = re.compile(r"^(?:m|v|s|code|vision|multimodal)?-?(?:llm|lm|llms|lms|mllms?|vlms?|plms?)$", re.I)
_SIZE_NAME = re.compile(r"^[A-Z][A-Za-z]{2,}(?:-[A-Za-z]+)*-?\d+(?:\.\d+)?[BMK]$")
_LM_NAME = re.compile(r"^(?=[A-Za-z0-9-]*[a-z])[A-Za-z][A-Za-z0-9-]{1,}(?:LM|LLM|GPT|BERT|Llama|LLaMA|T5|CLIP|BLIP|Coder)$")
_TITLE_NAME_TOKEN = re.compile(r"^(?=.*[A-Za-z])(?:[A-Z0-9][\w.+-]*|[a-z]+[A-Z][\w.+-]*)$")
_INTRO_VERB = frozenset({"present", "presents", "introduce", "introduces", "propose", "proposes",
                         "release", "releases", "develop", "develops", "called", "named", "dubbed",
                         "termed", "build", "construct", "curate", "create"})

_KIND_WORDS: tuple[tuple[Kind, frozenset[str]], ...] = (
    (Kind.DATASET, frozenset({"dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks",
                              "collection", "suite", "leaderboard", "testbed", "arena", "instructions",
                              "data"})),
    (Kind.MODEL, frozenset({"model", "models", "llm", "llms", "lm", "mllm", "vlm", "transformer",
                            "network", "encoder", "decoder", "chatbot", "assistant", "checkpoint",
                            "checkpoints", "family", "embeddings", "foundation"})),
    (Kind.TECHNIQUE, frozenset({"method", "methods", "approach", "framework", "technique", "algorithm",
                                "strategy", "training", "tuning", "learning", "attack", "pipeline",
                                "metric", "library", "toolkit", "binarization", "quantization",
                                "pruning", "adaptation", "decoding", "distillation", "architecture",
                                "mechanism", "paradigm", "objective", "loss", "protocol", "system",
                                "merging", "optimization", "alignment", "prompting", "recipe"})),
)


def _kind_from_words(words: Iterable[str], default: Kind | None) -> Kind | None:
    words = [w.lower() for w in words]
    best: tuple[int, Kind] | None = None
    for kind, vocab in _KIND_WORDS:
        for position, word in enumerate(words):
            if word in vocab:
                if best is None or position < best[0]:
                    best = (position, kind)
                break
    return best[1] if best else default


def _is_name_token(text: str) -> bool:
    low = text.lower()
    if low in _GENERIC or _GENERIC_SUFFIX.match(text) or len(text) < 2:
        return False
    has_inner_upper = any(c.isupper() for c in text[1:])
    has_digit = any(c.isdigit() for c in text)
    return bool(_TITLE_NAME_TOKEN.match(text)) and (has_inner_upper or has_digit or text[0].isupper())


class NameDiscoverer:
    """Find names the vocabulary lacks: a title's name before a colon, "we present X", name shapes."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key

    def _free(self, doc: Doc, start: int, end: int) -> bool:
        return not any(s.start < end and start < s.end for s in doc.spans[self.spans_key])

    def _add(self, doc: Doc, start: int, end: int, kind: Kind, confidence: float, role: Role) -> None:
        if start >= end or not self._free(doc, start, end):
            return
        span_text = doc[start:end].text
        entity = _discovered_entity(span_text, kind, confidence)
        span = Span(doc, start, end, label=kind.value, span_id=entity.id)
        span._.origin = Origin.DISCOVERED.value
        span._.confidence = confidence
        span._.extractor = self.name
        span._.role = role.value
        doc.spans[self.spans_key].append(span)
        doc.user_data.setdefault("paperkg_entities", {})[entity.id] = entity
        doc.user_data.setdefault("paperkg_known", {})[span_text] = entity

    def _title_prefix(self, doc: Doc) -> None:
        colon = next((t.i for t in doc if t.text == ":"), None)
        report = None
        if colon is None:
            # "Qwen2 Technical Report", "Tele-FLM Technical Report"
            words = [t.lower_ for t in doc]
            if len(words) >= 3 and words[-2:] == ["technical", "report"] and len(words) <= 6:
                report = len(doc) - 2
            else:
                return
        end = colon if colon is not None else report
        assert end is not None
        tokens = doc[0:end]
        if not 1 <= len(tokens) <= 4:
            return
        texts = [t.text for t in tokens if t.text not in {"-", "."}]
        if not texts or any(not (t[0].isupper() or t[0].isdigit() or _is_name_token(t)) for t in texts):
            return
        if any(t.lower() in _GENERIC or t.lower() in {"a", "an", "the", "on", "of", "do", "is", "are",
                                                         "can", "how", "what", "why", "when", "we"} for t in texts):
            return
        if len(texts) > 1 and not any(_is_name_token(t) and (any(c.isdigit() for c in t) or any(c.isupper() for c in t[1:])) for t in texts):
            return
        rest = [t.text for t in doc[end + 1:]] if colon is not None else ["model"]
        kind = _kind_from_words(rest, Kind.MODEL) or Kind.MODEL
        existing = [s for s in doc.spans[self.spans_key] if s.start < end and 0 < s.end]
        if existing:  # the vocabulary knows the name: the title introduces it
            for span in existing:
                if span.start == 0 and span.end == end:
                    span._.role = Role.INTRODUCES.value
            return
        self._add(doc, 0, end, kind, 0.9, Role.INTRODUCES)

    def _intro_phrases(self, doc: Doc) -> None:
        for token in doc:
            if token.lower_ not in _INTRO_VERB:
                continue
            # look ahead a few tokens for a name-shaped token
            for cand in doc[token.i + 1: token.i + 8]:
                if cand.text in {".", ";"}:
                    break
                if _is_name_token(cand.text) and (any(c.isupper() for c in cand.text[1:]) or any(c.isdigit() for c in cand.text)) and self._free(doc, cand.i, cand.i + 1):
                    end = cand.i + 1
                    # "Mixture of Scales (BinaryMoS)": take "X-Y" compounds
                    while end + 1 < len(doc) and doc[end].text == "-" and _is_name_token(doc[end + 1].text):
                        end += 2
                    before = [t.text for t in doc[token.i + 1: cand.i]]
                    after = [t.text for t in doc[end: end + 8]]
                    kind = _kind_from_words(before[::-1], None) or _kind_from_words(after, Kind.MODEL) or Kind.MODEL
                    self._add(doc, cand.i, end, kind, 0.85, Role.INTRODUCES)
                    break

    def _known(self, doc: Doc) -> None:
        known: dict[str, Entity] = doc.user_data.get("paperkg_known", {})
        if not known:
            return
        for token in doc:
            entity = known.get(token.text)
            if entity is not None and self._free(doc, token.i, token.i + 1):
                span = Span(doc, token.i, token.i + 1, label=entity.kind.value, span_id=entity.id)
                span._.origin = Origin.DISCOVERED.value
                span._.confidence = entity.confidence
                span._.extractor = self.name
                doc.spans[self.spans_key].append(span)

    def _shapes(self, doc: Doc) -> None:
        for token in doc:
            text = token.text
            if (_SIZE_NAME.match(text) or _LM_NAME.match(text)) and not _GENERIC_SUFFIX.match(text):
                if self._free(doc, token.i, token.i + 1):
                    self._add(doc, token.i, token.i + 1, Kind.MODEL, 0.6, Role.MENTIONS)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans.setdefault(self.spans_key, [])
        field = doc.user_data.get("paperkg_field", "abstract")
        if field == "title":
            self._title_prefix(doc)
        self._known(doc)
        self._intro_phrases(doc)
        self._known(doc)
        self._shapes(doc)
        return doc


def _discovered_entity(surface: str, kind: Kind, confidence: float) -> Entity:
    return Entity(
        id=f"{kind.value}/{slugify(surface)}",
        label=surface,
        kind=kind,
        origin=Origin.DISCOVERED,
        confidence=confidence,
    )


# -- roles -----------------------------------------------------------------------------------

_COMPARE = frozenset({"outperform", "outperforms", "outperforming", "outperformed", "surpass", "surpasses",
                      "surpassing", "beats", "beat", "than", "versus", "vs", "vs.", "compared", "baseline",
                      "baselines", "rivals", "matches", "exceeds", "over"})
_USE = frozenset({"using", "use", "uses", "used", "based", "built", "leverage", "leverages", "leveraging",
                  "employ", "employs", "employing", "adopt", "adopts", "apply", "applies", "applying",
                  "fine-tune", "fine-tuned", "finetune", "finetuned", "train", "trained", "via", "with",
                  "utilize", "utilizes", "utilizing", "initialized", "from"})
_EVAL = frozenset({"on", "across", "benchmark", "benchmarks", "evaluate", "evaluated", "evaluation",
                   "including", "such"})


class RoleTagger:
    """Give each span a role from the words before it in its sentence."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.spans.get(self.spans_key)
        if not spans:
            return doc
        text = doc.text
        for span in spans:
            if span._.role == Role.INTRODUCES.value:
                continue
            s, _ = sentence_bounds(text, span.start_char, span.end_char)
            before = [t.lower_ for t in doc[max(0, span.start - 6): span.start] if t.idx >= s]
            near = before[-3:]
            if any(w in _COMPARE for w in before):
                role = Role.COMPARES_WITH
            elif span.label_ == Kind.DATASET and (any(w in _EVAL for w in near) or _followed_by(doc, span, {"benchmark", "dataset"})):
                role = Role.EVALUATES_ON
            elif any(w in _USE for w in before):
                role = Role.USES
            else:
                role = Role.MENTIONS
            span._.role = role.value
        return doc


def _followed_by(doc: Doc, span: Span, words: set[str]) -> bool:
    return span.end < len(doc) and doc[span.end].lower_ in words


@Language.factory("paperkg_vocab", assigns=["doc.spans"],
                  default_config={"spans_key": SPANS_KEY, "vocab_path": None})
def make_vocab_matcher(nlp: Language, name: str, spans_key: str, vocab_path: str | None) -> VocabMatcher:
    """Vocabulary matcher: ``vocab_path`` is a folder of ``*.jsonl`` files (default: shipped)."""
    return VocabMatcher(nlp, name, spans_key=spans_key, vocab_path=vocab_path)


@Language.factory("paperkg_discover", assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY})
def make_name_discoverer(nlp: Language, name: str, spans_key: str) -> NameDiscoverer:
    """Discover new names (title prefixes, "we present X", name shapes)."""
    return NameDiscoverer(nlp, name, spans_key=spans_key)


@Language.factory("paperkg_roles", assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY})
def make_role_tagger(nlp: Language, name: str, spans_key: str) -> RoleTagger:
    """Tag each span with its role (introduces, uses, evaluates_on, compares_with, mentions)."""
    return RoleTagger(nlp, name, spans_key=spans_key)
