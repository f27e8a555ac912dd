"""Names the vocabulary does not know: the ``paperkg_discover`` component (:class:`NameDiscoverer`).

A title's name before a colon, "we present / introduce / propose X", abbreviations the paper
defines ("Low-Rank Adaptation (LoRA)"), variants of known names ("Qwen2-72B-Instruct") and name
shapes (``Name-13B``, ``NameLM``); each discovered entity gets a kind from its context and a
confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.spans import SPANS_KEY, fold
from paperkg.ingest.records import Entity, Kind, Origin, Role, slugify

__all__ = ["NameDiscoverer"]

_GENERIC = frozenset(
    ["llm", "llms", "mllm", "mllms", "lm", "lms", "slm", "slms", "vlm", "vlms", "lmm", "lmms", "plm", "plms", "nlp", "ai", "agi", "gpu", "gpus", "tpu", "cpu", "api", "apis", "sota", "rl", "ml", "dl", "nn", "cnn", "rnn", "gnn", "gan", "vae", "ocr", "asr", "tts", "mt", "qa", "ner", "pos", "kg", "kgs", "rag", "moe", "sft", "cot", "icl", "peft", "rlhf", "covid", "sql", "url", "http", "https", "json", "pdf", "survey", "review", "overview", "tutorial", "position", "report", "benchmarking", "towards", "beyond", "rethinking", "revisiting", "introduction", "understanding", "evaluating", "exploring", "improving", "scaling", "learning", "training"]
)
_GENERIC_SUFFIX = re.compile(r"^(?:m|v|s|code|vision|multimodal)?-?(?:llm|lm|llms|lms|mllms?|vlms?|plms?)$", re.IGNORECASE)
_TITLE_NAME_TOKEN = re.compile(r"^(?=.*[A-Za-z])(?:[A-Z0-9][\w.+-]*|[a-z]+[A-Z][\w.+-]*)$")
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
                                "mechanism", "paradigm", "objective", "loss", "protocol", "system", "initialization", "scheme",
                                "merging", "optimization", "alignment", "prompting", "recipe", "compression"})),
)


def _kind_from_words(words: Iterable[str], default: Kind | None) -> Kind | None:
    words = [w.lower() for w in words]
    best: tuple[int, Kind] | None = None
    for kind, vocab in _KIND_WORDS:
        for position, word in enumerate(words):
            # "Delta-Compression": a hyphenated technique noun counts by its last part
            if word in vocab or kind is Kind.TECHNIQUE and "-" in word and word.rsplit("-", 1)[1] in vocab:
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
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self._vocab_index: dict[str, str] | None = None
        self._vocab_kind: dict[str, Kind] = {}

    @staticmethod
    def _taken(doc: Doc) -> list[tuple[int, int]]:
        taken = doc.user_data.get("paperkg_taken")
        if taken is None:
            taken = [(s.start, s.end) for s in doc.spans[SPANS_KEY]]
            doc.user_data["paperkg_taken"] = taken
        return taken

    def _free(self, doc: Doc, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self._taken(doc))

    def _add(self, doc: Doc, start: int, end: int, kind: Kind, confidence: float, role: Role) -> None:
        if start >= end or not self._free(doc, start, end):
            return
        span_text = doc[start:end].text
        if span_text in doc.user_data.get("paperkg_known", {}):
            entity = doc.user_data["paperkg_known"][span_text]
        else:
            entity = _discovered_entity(span_text, kind, confidence)
        self._append(doc, start, end, entity, confidence, role)
        doc.user_data.setdefault("paperkg_known", {})[span_text] = entity

    def _append(self, doc: Doc, start: int, end: int, entity: Entity, confidence: float, role: Role,
                origin: Origin = Origin.DISCOVERED) -> None:
        span = Span(doc, start, end, label=entity.kind.value, span_id=entity.id)
        ext = span._
        ext.origin = origin.value
        ext.confidence = confidence
        ext.extractor = self.name
        ext.role = role.value
        doc.spans[self.spans_key].append(span)
        doc.user_data.setdefault("paperkg_entities", {})[entity.id] = entity
        self._taken(doc).append((start, end))

    def _title_prefix(self, doc: Doc, text: str) -> None:
        colon = text.find(":")
        end_char = colon
        if colon < 0:
            # "Qwen2 Technical Report", "Tele-FLM Technical Report"
            match = _REPORT_TITLE.match(text)
            if not match:
                return
            end_char = match.end(1)
        head = doc.char_span(0, end_char, alignment_mode="contract")
        if head is None or not 1 <= len(head) <= 4:
            return
        texts = [t.text for t in head if t.text not in {"-", "."}]
        if not texts or any(not (t[0].isupper() or t[0].isdigit() or _is_name_token(t)) for t in texts):
            return
        if any(t.lower() in _GENERIC or t.lower() in _FUNCTION_WORDS for t in texts):
            return
        if len(texts) > 1 and not any(_strong_name(t) for t in texts):
            return
        rest = [w.strip(",.;()!?") for w in (text[colon + 1:].split() if colon >= 0 else ["model"])]
        # The head of the first noun phrase: "An Open-Source Dataset to Equip LLMs" -> Dataset
        phrase = []
        for word in rest:
            if word.lower() in _NP_END or word in {"--", "-", ":"}:
                break
            phrase.append(word)
        if phrase and phrase[0].lower() in _BENCHMARK_GERUNDS:
            kind = Kind.DATASET  # "CapArena: Benchmarking and Analyzing ...": a benchmark
        elif (phrase and phrase[0][:1].isupper() and phrase[0].endswith("ing") and len(phrase[0]) > 5
                and phrase[0].lower() not in _MODEL_GERUNDS):
            kind = Kind.TECHNIQUE  # "ToMoE: Converting Dense LLMs to MoE ...": a verb phrase, a procedure
        else:
            kind = _kind_from_words(phrase[::-1], None) or _kind_from_words(rest, Kind.MODEL) or Kind.MODEL
        existing = [sp for sp in doc.spans[self.spans_key] if sp.start < head.end]
        if existing:  # the vocabulary knows the name: the title introduces it
            for span in existing:
                if span.start == head.start and span.end == head.end:
                    span._.role = Role.INTRODUCES.value
            return
        self._add(doc, head.start, head.end, kind, 0.9, Role.INTRODUCES)

    def _intro_phrases(self, doc: Doc, text: str) -> None:
        for match in _INTRO_RE.finditer(text):
            span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
            if span is None or not self._free(doc, span.start, span.end):
                continue
            name = span.text
            if not _strong_name(name.split("-")[0]) and not _strong_name(name):
                continue
            before = match.group("before").split()
            after = text[match.end("name"): match.end("name") + 80].split()
            kind = _kind_from_words(before[::-1], None) or _kind_from_words(after, Kind.MODEL) or Kind.MODEL
            self._add(doc, span.start, span.end, kind, 0.85, Role.INTRODUCES)

    def _known(self, doc: Doc, text: str) -> None:
        known: dict[str, Entity] = doc.user_data.get("paperkg_known", {})
        for surface, entity in list(known.items()):
            position = text.find(surface)
            while position >= 0:
                end = position + len(surface)
                boundary = (position == 0 or not text[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                span = doc.char_span(position, end) if boundary else None
                if span is not None and self._free(doc, span.start, span.end):
                    self._append(doc, span.start, span.end, entity, entity.confidence, Role.MENTIONS)
                position = text.find(surface, end)

    def _shapes(self, doc: Doc, text: str) -> None:
        for match in _DATASET_HINT.finditer(text):
            start = _word_start(text, match.start())
            if not _DATASET_SHAPE.fullmatch(text, start, match.end()):
                continue
            span = doc.char_span(start, match.end())
            if span is not None and self._free(doc, span.start, span.end):
                self._add(doc, span.start, span.end, Kind.DATASET, 0.7, Role.MENTIONS)
        for match in _SHAPE_HINT.finditer(text):
            end = match.end()
            start = _word_start(text, match.start())
            word = text[start:end]
            if start > 0 and text[start - 1] in "@/" or not _SHAPE_NAME.match(word):
                continue
            if not word[-1].isalpha() or word[-1] in "BMK" and word[-2].isdigit():
                pass  # a size name: "GEB-1.3B"
            elif len(word) <= len(_LM_SUFFIX.search(word).group(0)) + 1:
                continue
            if _GENERIC_SUFFIX.match(word) or (word.isupper() and len(word) <= 5) or not any(c.islower() for c in word):
                continue
            span = doc.char_span(start, end)
            if span is not None and self._free(doc, span.start, span.end):
                self._add(doc, span.start, span.end, Kind.MODEL, 0.6, Role.MENTIONS)

    def _fold_index(self, doc: Doc) -> dict[str, str]:
        if self._vocab_index is None:
            self._vocab_index = {}
            if "paperkg_vocab" in self.nlp.pipe_names:
                matcher = self.nlp.get_pipe("paperkg_vocab")
                self._vocab_index = {k: v for k, v in matcher.fold_index.items()
                                     if matcher.vocabulary.entity(v).kind in (Kind.MODEL, Kind.DATASET)}
                self._vocab_kind = {v: matcher.vocabulary.entity(v).kind for v in self._vocab_index.values()}
        return self._vocab_index

    def _base_entity(self, doc: Doc, base: str) -> tuple[str, Kind] | None:
        """The id and kind of a known model or dataset name (vocabulary or discovered in this paper)."""
        for surface, entity in doc.user_data.get("paperkg_known", {}).items():
            if fold(surface) == fold(base) and entity.kind in (Kind.MODEL, Kind.DATASET):
                return entity.id, entity.kind
        index = self._fold_index(doc)
        eid = index.get(fold(base)) or index.get("=" + base)
        return (eid, self._vocab_kind[eid]) if eid else None

    def _variant_at(self, doc: Doc, match: re.Match[str], base_id: str, base_kind: Kind, kind: Kind) -> bool:
        surface = match.group(0)
        span = doc.char_span(match.start(), match.end())
        if span is None:
            return False
        # The variant is more specific than a vocabulary span inside it: replace that span.
        group = doc.spans[self.spans_key]
        if any(sp.start == span.start and sp.end == span.end for sp in group):
            return True  # already linked as a whole (vocabulary variant, introduced name)
        inside = [sp for sp in group if span.start <= sp.start and sp.end <= span.end]
        if any(sp.start < span.end and span.start < sp.end for sp in group if sp not in inside):
            return False
        if inside:
            doc.spans[self.spans_key] = [sp for sp in group if sp not in inside]
            doc.user_data.pop("paperkg_taken", None)
        known = doc.user_data.setdefault("paperkg_known", {})
        entity = known.get(surface) or Entity(
            id=f"{kind.value}/{slugify(surface)}", label=surface, kind=kind, origin=Origin.DISCOVERED,
            broader=base_id if kind == base_kind else None, confidence=0.8)
        self._append(doc, span.start, span.end, entity, entity.confidence, Role.MENTIONS)
        known[surface] = entity
        return True

    def _variants(self, doc: Doc, text: str) -> None:
        """"Qwen2-72B-Instruct", "ChocoLlama-2", "PaLM 540B": a known model name plus a variant tail."""
        for match in _COMPOUND.finditer(text):
            surface = match.group(0)
            parts = _PART_SPLIT.split(surface)
            seps = _PART_SPLIT.findall(surface)
            if len(parts) >= 2 and _PREFIX_PART.match(parts[0]) and seps[0] == "-":
                # "m-MMLU", "X-LLaVA": a short prefix on a known name
                rest = parts[1] + "".join(sep + part for sep, part in zip(seps[1:], parts[2:], strict=True))
                found = self._base_entity(doc, rest)
                if found is not None and self._variant_at(doc, match, found[0], found[1], found[1]):
                    continue
            for k in range(len(parts) - 1, 0, -1):
                tail = parts[k:]
                if not all(_VARIANT_PART.match(p) for p in tail):
                    continue
                base = parts[0] + "".join(sep + part for sep, part in zip(seps[:k - 1], parts[1:k], strict=True))
                found = self._base_entity(doc, base)
                if found is None:
                    continue
                kind = Kind.DATASET if _DATASET_TAIL.match(tail[-1]) else found[1]
                self._variant_at(doc, match, found[0], found[1], kind)
                break

    def _families(self, doc: Doc) -> None:
        """A discovered sized name ("CodeFuse-13B") makes its family ("CodeFuse") known too."""
        known: dict[str, Entity] = doc.user_data.get("paperkg_known", {})
        for surface, entity in list(known.items()):
            match = _SIZED.match(surface)
            if not match or entity.broader or entity.kind != Kind.MODEL:
                continue
            family_label = match.group(1)
            if fold(family_label) in self._fold_index(doc) or len(family_label) < 3:
                continue
            family = known.get(family_label) or Entity(
                id=f"model/{slugify(family_label)}", label=family_label, kind=Kind.MODEL,
                origin=Origin.DISCOVERED, confidence=entity.confidence)
            known[family_label] = family
            variant = Entity(id=entity.id, label=entity.label, kind=entity.kind, origin=entity.origin,
                             broader=family.id, confidence=entity.confidence)
            known[surface] = variant
            entities = doc.user_data.setdefault("paperkg_entities", {})
            entities[variant.id] = variant
            entities[family.id] = family

    def _abbreviations(self, doc: Doc, text: str) -> None:
        """"Low-Rank Adaptation (LoRA)": the long and short forms are one entity."""
        for match in _PAREN.finditer(text):
            short = match.group(1)
            if short.lower() in _GENERIC or _GENERIC_SUFFIX.match(short) or sum(c.isupper() for c in short) < 2:
                continue
            long_start = _long_form_start(text, match.start(), short)
            if long_start is None:
                # "a technique called Mixture of Scales (BinaryMoS)": a coined name and its short form
                title_case = _TITLE_CASE_BEFORE.search(text, max(0, match.start() - 80), match.start())
                if title_case is None or not _strong_name(short) or not _INTRO_BEFORE.search(
                        text, max(0, title_case.start() - 60), title_case.start()):
                    continue
                long_start = title_case.start()
            long_end = match.start()
            while long_end > long_start and text[long_end - 1] == " ":
                long_end -= 1
            long_span = doc.char_span(long_start, long_end, alignment_mode="expand")
            short_span = doc.char_span(match.start(1), match.end(1))
            if long_span is None or short_span is None:
                continue
            group = doc.spans[self.spans_key]
            on_long = [sp for sp in group if sp.start < long_span.end and long_span.start < sp.end]
            on_short = [sp for sp in group if sp.start == short_span.start and sp.end == short_span.end]
            known = doc.user_data.setdefault("paperkg_known", {})
            intro = _INTRO_BEFORE.search(text, max(0, long_start - 120), long_start) is not None
            exact = [sp for sp in on_long if sp.start == long_span.start and sp.end == long_span.end]
            if on_short and (exact and exact[0].id_ != on_short[0].id_ or not self._names(doc, on_short[0], long_span.text, short, intro)):
                # "Deviation-Aware Distillation (DAD)": the paper defines the short form, and not
                # as the vocabulary entity of that name (a dataset DAD): the paper's meaning wins
                # (and a long form the vocabulary knows names the short one).
                self._drop(doc, lambda sp: sp.text == short and sp.id_ == on_short[0].id_)
                on_short = []
            if on_short and not on_long:
                entity = self._entity_of(doc, on_short[0])
                if entity is not None:
                    self._append_linked(doc, long_span, entity, on_short[0])
            elif on_long and not on_short:
                exact_long = [sp for sp in on_long if sp.start == long_span.start and sp.end == long_span.end]
                if len(on_long) == 1 and exact_long:
                    entity = self._entity_of(doc, exact_long[0])
                    if entity is not None:
                        self._append_linked(doc, short_span, entity, exact_long[0])
                        known.setdefault(short, entity)
                elif not exact_long and (intro or _title_case(long_span.text)) and all(
                        long_span.start <= sp.start and sp.end <= long_span.end and sp.label_ == Kind.TECHNIQUE.value
                        for sp in on_long):
                    # "Multimodal Distillation (MDist)": a named method more specific than the
                    # vocabulary names inside it ("Distillation")
                    inside = {(sp.start, sp.end) for sp in on_long}
                    generic = {sp.id_ for sp in on_long}  # "Relation Distillation" is a kind of distillation
                    self._drop(doc, lambda sp: (sp.start, sp.end) in inside)
                    self._define(doc, text, long_span, short_span, short, intro,
                                 broader=generic.pop() if len(generic) == 1 else None)
            elif not on_long and not on_short and intro:
                self._define(doc, text, long_span, short_span, short, intro)

    def _define(self, doc: Doc, text: str, long_span: Span, short_span: Span, short: str, intro: bool,
                broader: str | None = None) -> None:
        """A name the paper defines with its short form: one discovered entity for both (``broader``:
        the vocabulary technique it specialises)."""
        # the long form's head noun ("... Distillation"), else a kind noun just before it in its sentence
        sentence = text[max(0, long_span.start_char - 60):long_span.start_char].rsplit(". ", 1)[-1]
        kind = (_kind_from_words(long_span.text.split()[-1:], None) or _kind_from_words(sentence.split()[::-1], None)
                or Kind.TECHNIQUE)
        entity = _discovered_entity(short, kind, 0.85)
        vocabulary = self._vocabulary()
        if vocabulary is not None and entity.id in vocabulary:  # "Low-Rank Adapters (LoRA)": the known LoRA
            known = vocabulary.entity(entity.id)
            role = Role.INTRODUCES if intro else Role.MENTIONS
            for target in (long_span, short_span):
                self._append(doc, target.start, target.end, known, 0.85, role, origin=Origin.VOCABULARY)
            doc.user_data.setdefault("paperkg_known", {}).setdefault(short, known)
            return
        entity = Entity(id=entity.id, label=short, kind=kind, aliases=(long_span.text,),
                        origin=Origin.DISCOVERED, confidence=0.85, broader=broader if kind is Kind.TECHNIQUE else None)
        role = Role.INTRODUCES if intro else Role.MENTIONS
        self._append(doc, long_span.start, long_span.end, entity, 0.85, role)
        self._append(doc, short_span.start, short_span.end, entity, 0.85, role)
        doc.user_data.setdefault("paperkg_known", {}).setdefault(short, entity)

    def _names(self, doc: Doc, span: Span, long_form: str, short: str, intro: bool) -> bool:
        """Whether the vocabulary entity that ``span`` links may be what ``long_form`` defines.

        It is when one of its expansions is this long form (spelling aside: "Optimisation",
        "Kolmogorov–Arnold", "Networks"). Otherwise it is not when the paper introduces the name
        ("We propose the Deviation-Aware Distillation (DAD) method" is not the dataset DAD), or
        when the entity has expansions and the long form's head noun says another kind
        ("self-speculative decoding (SSD)" is no detector model). Else the vocabulary stands.
        """
        if span._.origin != Origin.VOCABULARY.value:
            return True
        entity = self._entity_of(doc, span)
        if entity is None:
            return True
        wanted = _normal_name(long_form)
        expansions = [n for n in (entity.label, *entity.aliases)
                      if len(n.split()) >= 2 and short.lower() not in n.lower()]
        if any(_normal_name(name) == wanted for name in expansions):
            return True
        if intro:
            return False
        last = long_form.split()[-1].lower()
        head = None if last in _GENERIC_HEADS else (
            _kind_from_words([last], None) or _kind_from_words([last[:-1]] if last.endswith("s") else [], None))
        return not (expansions and head is not None and head is not entity.kind)

    def _drop(self, doc: Doc, which: Callable[[Span], bool]) -> None:
        doc.spans[self.spans_key] = [sp for sp in doc.spans[self.spans_key] if not which(sp)]
        doc.user_data.pop("paperkg_taken", None)

    def _vocabulary(self):  # noqa: ANN202  (the matcher's Vocabulary, when the pipeline has one)
        return self.nlp.get_pipe("paperkg_vocab").vocabulary if "paperkg_vocab" in self.nlp.pipe_names else None

    def _entity_of(self, doc: Doc, span: Span) -> Entity | None:
        entities = doc.user_data.get("paperkg_entities", {})
        if span.id_ in entities:
            return entities[span.id_]
        vocabulary = self._vocabulary()
        if vocabulary is not None and span.id_ in vocabulary:
            return vocabulary.entity(span.id_)
        return None

    def _append_linked(self, doc: Doc, span: Span, entity: Entity, source: Span) -> None:
        new = Span(doc, span.start, span.end, label=entity.kind.value, span_id=entity.id)
        new._.origin = source._.origin
        new._.confidence = min(0.9, source._.confidence)
        new._.extractor = self.name
        new._.role = source._.role
        doc.spans[self.spans_key].append(new)
        self._taken(doc).append((span.start, span.end))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans.setdefault(self.spans_key, [])
        text = doc.user_data.get("paperkg_text") or doc.text
        if doc.user_data.get("paperkg_field", "abstract") == "title":
            self._title_prefix(doc, text)
        self._intro_phrases(doc, text)
        self._families(doc)
        self._variants(doc, text)
        self._abbreviations(doc, text)
        self._known(doc, text)
        self._shapes(doc, text)
        doc.user_data.pop("paperkg_taken", None)
        return doc


def _word_start(text: str, position: int) -> int:
    """Where the hyphenated word holding ``position`` starts (its first letter or digit)."""
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
        start -= 1
    while start < position and not text[start].isalnum():
        start += 1
    return start


def _long_form_start(text: str, paren: int, short: str) -> int | None:
    """Schwartz & Hearst (2003): where the long form of ``short`` starts before ``paren``, if any."""
    letters = [c.lower() for c in short if c.isalnum()]
    if not letters:
        return None
    window_start = max(0, paren - 12 * (len(letters) + 3))
    words = list(re.finditer(r"[\w'-]+", text[window_start:paren]))
    max_words = min(len(letters) + 5, len(letters) * 2)
    words = words[-max_words:]
    if not words:
        return None
    segment_start = window_start + words[0].start()
    segment = text[segment_start:paren].lower()
    s, ln = len(letters) - 1, len(segment) - 1
    while s >= 0:
        c = letters[s]
        while ln >= 0 and (segment[ln] != c or (s == 0 and ln > 0 and segment[ln - 1].isalnum())):
            ln -= 1
        if ln < 0:
            return None
        ln -= 1
        s -= 1
    start = segment.rfind(" ", 0, ln + 1) + 1
    long_form = segment[start:].strip()
    if len(long_form) <= len(short) or " " not in long_form and "-" not in long_form:
        return None
    return segment_start + start


_COMPOUND = re.compile(
    r"(?<![\w.-])[A-Za-z][\w.]*+(?:(?:-|\s(?=\d+(?:\.\d+)?[BMK]\b))[\w.]++)++(?![\w-])"
)
_PART_SPLIT = re.compile(r"-|\s")
_VARIANT_PART = re.compile(
    r"^(?:\d+(?:\.\d+)?[BMKT]|v?\d+(?:\.\d+)*|\d+(?:\.\d+)?[BMK]-\d+(?:\.\d+)?[BMK]"
    r"|Instruct|Chat|Base|IT|it|Turbo|Plus|Pro|Mini|mini|Small|Large|XL|XXL|Medium|Doctor|Coder|Math"
    r"|Vision|V|Bench|bench|Eval|SFT|DPO|MoE|RLHF|Preview|Lite|Flash|Ultra|Nano|Max|Air|Code|chat|instruct)$"
)
_DATASET_TAIL = re.compile(r"^(?:Bench|bench|Eval)$")
_PREFIX_PART = re.compile(r"^[a-zA-Z]{1,2}$")
_DATASET_HINT = re.compile(r"(?:[Bb]ench|BENCH|Eval|EVAL|-QA|-IR|-NER|-CC)(?![\w-])")
_DATASET_SHAPE = re.compile(
    r"[^\W\d_][\w.]*(?:-[\w.]+)*(?:-?[Bb]ench|-?BENCH|-?Eval|-?EVAL|-QA|-IR|-NER|-CC)")
_SIZED = re.compile(r"^(.+?)[- ]\d+(?:\.\d+)?[BMK]$")
_TITLE_CASE_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:of|for|and|the|in|to|[A-Z][\w-]*))*\s+[A-Z][\w-]*\s*$")
_PAREN = re.compile(r"\(([A-Za-z][\w.+-]{1,15})\)")
_INTRO_BEFORE = re.compile(
    r"\b(?:present(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|releas(?:e|es|ed|ing)"
    r"|develop(?:s|ed|ing)?|called|named|dubbed|termed)\b", re.IGNORECASE)


# "Fraesormer: Learning Adaptive Sparse Transformer ...": titles that start so often name a model.
_BENCHMARK_GERUNDS = frozenset({"benchmarking", "evaluating", "assessing", "measuring", "probing", "testing"})
_MODEL_GERUNDS = frozenset({"learning", "training", "pretraining", "pre-training", "scaling", "building"})


_GENERIC_HEADS = frozenset({"system", "systems", "framework", "model", "models", "network", "networks", "tool"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def _normal_name(text: str) -> str:
    """A long form for comparison: no parenthetical, one dash, -ize spelling, no plural s, folded
    ("Proximal Policy Optimisation" ~ "proximal policy optimization", "Networks" ~ "Network")."""
    text = _DASHES.sub("-", re.sub(r"\s*\([^)]*\)", "", text)).lower()
    return fold(re.sub(r"(?<=[a-z])s\b", "", re.sub(r"is(ation|e|ed|ing)\b", r"iz\1", text)))


def _title_case(phrase: str) -> bool:
    """"Relation Distillation", "Mixture of Scales": two or more words, the content words capitalised."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in words)


_NP_END = frozenset({"for", "to", "with", "of", "from", "in", "on", "via", "through", "towards", "toward",
                     "by", "that", "which", "using", "across", "at", "as", "beyond", "without"})
_FUNCTION_WORDS = frozenset({"a", "an", "the", "on", "of", "do", "does", "is", "are", "can", "how", "what",
                             "why", "when", "we", "to", "for", "and", "in", "with", "from", "not", "all"})
_REPORT_TITLE = re.compile(r"^(\S+(?: \S+){0,2}) [Tt]echnical [Rr]eport$")
_SHAPE_HINT = re.compile(r"(?:LM|GPT|BERT|Llama|LLaMA|T5|CLIP|BLIP|Coder|\d[BMK])(?![\w-])")
_SHAPE_NAME = re.compile(
    r"(?:[A-Z][A-Za-z]{2,}(?:-[A-Za-z]+)*-?\d+(?:\.\d+)?[BMK]"
    r"|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:LM|LLM|GPT|BERT|Llama|LLaMA|T5|CLIP|BLIP|Coder))$"
)
_LM_SUFFIX = re.compile(r"(?:LM|LLM|GPT|BERT|Llama|LLaMA|T5|CLIP|BLIP|Coder)$")
_INTRO_RE = re.compile(
    r"\b(?:we|this paper|this work|here we)\s+(?:\w+\s+)?(?:present|introduce|propose|release|develop|build|construct|curate|create)s?\b"
    r"(?P<before>(?:\s+(?!\b(?:that|which|to|for)\b)[\w-]+,?){0,6}?)\s+(?:called\s+|named\s+|dubbed\s+|termed\s+)?"
    r"(?P<name>[A-Za-z][\w.+]*(?:-[\w.+]+)*)",
    re.IGNORECASE,
)


def _strong_name(text: str) -> bool:
    """A token that looks like a name: inner capitals (ChocoLlama, mBLIP) or digits (GEB-1.3B)."""
    return _is_name_token(text) and (any(c.isupper() for c in text[1:]) or any(c.isdigit() for c in text))


def _discovered_entity(surface: str, kind: Kind, confidence: float) -> Entity:
    return Entity(
        id=f"{kind.value}/{slugify(surface)}",
        label=surface,
        kind=kind,
        origin=Origin.DISCOVERED,
        confidence=confidence,
    )
