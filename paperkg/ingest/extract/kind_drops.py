"""Spans the kind settler (:mod:`~.kinds`) drops: discovered models that are short forms of tasks ("Arabic
dialect identification (ADI) systems") or pairs ("Text-to-Image"), and vocabulary techniques nested in
another name's long form ("reinforcement learning from verifiable feedback (RLVR)"); and a title's
technique that the paper's short name spells out ("Case-Augmented Deliberative Alignment", "CADA"), which
becomes that name."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span

from paperkg.ingest.extract.coined_appositions import _described_by_title
from paperkg.ingest.extract.kind_words import _ACTORS, _CLASS_HEADS, _PAIR_WORDS, _TASK_FORM_HEADS
from paperkg.ingest.extract.names import ascii_lower, initials
from paperkg.ingest.extract.spans import (
    Field,
    SpanWriter,
    doc_entities,
    doc_fields,
    doc_text,
    field_at,
    group_spans,
    known_names,
    set_doc_value,
    span_value,
)
from paperkg.ingest.records import Entity, Kind, Origin

__all__: list[str] = []  # (private helpers: :mod:`~.kinds` imports the ones it calls)

_SHORT_FORM = re.compile(r"\(([A-Za-z][\w.+-]{1,15})\)")
# what may follow a name inside its own long form: a generic head ("proximal gradient algorithms (PGA)")
_GENERIC_REST = re.compile(r"\s+(?:algorithms?|methods?|approach(?:es)?|techniques?|frameworks?|models?)",
                           re.IGNORECASE)
# words no long form of a short form holds: the span runs past the name; and a possessive, which makes what
# follows it a part of a thing named, no word of a name ("UNet's skip connections (UNet-SC)" uses skip
# connections)
_NOT_ONE_NAME = re.compile(r"[,;:]|\b(?:with|a|an|the|baseline|variant|than|is|are)\b|\w's\b")


def _names_task(label: str, text: str) -> bool:
    """Whether ``label`` is the short form of a task or a field the text spells out before it, or of
    a class of models written in lower-case words ("surgical video foundation models (FMs)").

    >>> _names_task("ADI", "Arabic dialect identification (ADI) systems are essential")
    True
    >>> _names_task("PTM", "While pre-trained models (PTMs) have become pivotal")
    True
    >>> _names_task("SwinV2-Tiny", "glaucoma classification (SwinV2-Tiny), and")
    False
    >>> _names_task("Hi-MAR", "Hierarchical Masked Autoregressive models (Hi-MAR)")
    False
    >>> _names_task("SEMD", "we propose Sentiment-Enriched Metaphor Detection (SEMD), a baseline model")
    False
    >>> _names_task("OCGNet", "Object-level Cross-view Geo-localization Network (OCGNet)")
    False
    """
    at = text.find("(" + label + ")")
    if at < 0:
        at = text.find("(" + label + "s)")  # "pre-trained models (PTMs)" of "PTM"
        if at < 0:
            return False
    from paperkg.ingest.extract.abbreviations import long_form_start  # (abbreviations imports kinds' peers)

    if long_form_start(text, at, label) is None:
        return False  # "glaucoma classification (SwinV2-Tiny)": a task and the model that does it
    end = text.find(")", at) + 1
    if text.startswith((", a ", ", an "), end):
        return False  # "Sentiment-Enriched Metaphor Detection (SEMD), a baseline model": the paper's own
    words = text[max(0, at - 60):at].split()[-3:]
    if not words:
        return False
    if words[-1] in _CLASS_HEADS:
        return all(word.islower() for word in words[-2:])
    return words[-1].lower().rsplit("-", 1)[-1] in _TASK_FORM_HEADS
_TASK_PAIR = re.compile(f"(?i:{_PAIR_WORDS})-to-(?i:{_PAIR_WORDS})")
_ACTOR_PAIR = re.compile(f"(?i:human)-(?i:{_ACTORS})|(?i:{_ACTORS})-(?i:human)")


def _drop_task_models(doc: Doc, spans_key: str, text: str) -> None:
    """Drop the discovered models that are short forms of tasks (:func:`_names_task`), that pair
    modalities ("Text-to-Image", :data:`_TASK_PAIR`) or people and machines ("Human-LLM",
    :data:`_ACTOR_PAIR`): "ADI systems" and "Text-to-Image Models" are
    systems for a task, no named model (ANNOTATION: tasks are neither rewarded nor penalised, generic
    phrases are never models)."""
    entities = doc_entities(doc)
    tasks: dict[str, bool] = {}
    for span in group_spans(doc, spans_key):
        entity = entities.get(span.id_)
        if span.label_ == Kind.MODEL.value and entity is not None and entity.origin is Origin.DISCOVERED and (
                span.id_ not in tasks):
            pair = _TASK_PAIR.fullmatch(entity.label) or _ACTOR_PAIR.fullmatch(entity.label)
            tasks[span.id_] = bool(pair) or _names_task(entity.label, text)
    if any(tasks.values()):
        SpanWriter(doc, spans_key, "paperkg_kinds").drop(lambda span: tasks.get(span.id_, False))


# a unit of measure ("150 MHz", "0.3 THz", "a 3 dB gain"): written after a number, it names no model,
# dataset or technique (1,472 corpus abstracts write a number and one of these; shape rules took "MHz"
# and "THz" for models, "dB" for a technique: 5 links in 15,000 slice abstracts)
_UNIT = re.compile(r"(?:[kMGT]?Hz|dBm?|dBi|[KMGT]B|[GT]FLOPS?|[GT]OPS|FPS|fps|mAh|[mk]W)")
_NUMBER_BEFORE = re.compile(r"\d\s?$")


def _drop_units(doc: Doc, spans_key: str) -> None:
    """Drop the discovered names that are units of measure written after a number (:data:`_UNIT`), and
    bands of frequency anywhere: "Operating on 416 x 416 images and 150 MHz" mentions no model MHz,
    "Terahertz (THz) communications" no model THz."""
    entities = doc_entities(doc)
    text = doc_text(doc)
    units = {span.id_ for span in group_spans(doc, spans_key)
             if _UNIT.fullmatch(text, span.start_char, span.end_char)
             and (_NUMBER_BEFORE.search(text, max(0, span.start_char - 3), span.start_char)
                  or text.endswith("Hz", span.start_char, span.end_char))  # "Terahertz (THz) communications"
             and (entity := entities.get(span.id_)) is not None and entity.origin is Origin.DISCOVERED}
    if units:
        SpanWriter(doc, spans_key, "paperkg_kinds").drop(lambda span: span.id_ in units)


# the words of a name whose first letters a short name takes ("On-policy Self-distillation": O, p, S, d)
_NAME_PARTS = re.compile(r"[^\s-]+")
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z\d]*")
# small words a short name may skip ("Q-learning with Adjoint Matching (QAM)")
_SKIPPED = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to", "via", "with"})
# what a longer name may go on with after a known method it applies ("Nested Rollout Policy Adaptation for
# Goal-oriented Dialogue (NRPA-GD)": the title's "Nested Rollout Policy Adaptation" is that known method)
_APPLIED = frozenset({"across", "at", "by", "for", "from", "in", "into", "of", "on", "over", "to", "under",
                      "via"})
# the head nouns that end a longer name the title cuts short ("... with Causal Intervention" of "a causal
# intervention module"), not a longer phrase it merely opens ("Prompt-Free Diffusion" of "prompt-free
# diffusion image steganography", a task's words "Lossless Data Compression" of "... compression coding")
_PART_HEADS = frozenset({"algorithm", "approach", "architecture", "block", "component", "framework", "layer",
                         "learning", "mechanism", "method", "module", "network", "paradigm", "pipeline",
                         "protocol", "scheme", "strategy", "technique"})
_JOINED = frozenset({"and", "with"})


def _spelled(label: str) -> tuple[str, ...]:
    """The short names ``label`` spells by its words' first letters, upper-cased, with and without its
    small words.

    >>> _spelled("Case-Augmented Deliberative Alignment")
    ('CADA',)
    >>> _spelled("Q-learning with Adjoint Matching")
    ('QLWAM', 'QLAM')
    """
    every = initials(label)
    content = "".join(p[0] for p in _NAME_PARTS.findall(label) if p.lower() not in _SKIPPED).upper()
    return (every,) if content == every else (every, content)


def _cut_short(rest: str, label: str, after: str) -> bool:
    """Whether ``rest``, what a longer name adds to a title's technique, is its head noun, a part its
    one-word short name ``label`` spells ("and Reinforcement" of VLADR, "Steering" of IDS), or the title's
    own next word ``after`` (the title span cut short), not a domain or more words of a phrase.

    >>> _cut_short("module", "causal intervention module", ""), _cut_short("and reinforcement", "VLADR", "")
    (True, True)
    >>> _cut_short("image steganography", "prompt-free diffusion image steganography", "")
    False
    """
    words = rest.split()
    if not words or words[0] in _APPLIED:
        return False
    if words[0] in _PART_HEADS or ascii_lower(after).lstrip(" -").startswith(words[0]):
        return True
    if words[0] in _JOINED:
        words = words[1:]
    return bool(words) and " " not in label and words[0][:1].upper() in {c for c in label if c.isupper()}


def _merge_spelled_out(doc: Doc, spans_key: str) -> None:
    """A technique the title coins ("Reasoning over Precedents Alongside Statutes: Case-Augmented
    Deliberative Alignment for LLM Safety") whose words' first letters are the capitals of a technique
    the paper names by a short name ("we propose CADA, a case-augmented deliberative alignment method";
    "SODA", "CroVCA", "SeeCo") is that technique written out: one entity per concept (ANNOTATION), so
    its spans go to the short name, which takes its label as an alias. A short name of two capitals
    must be a coined word ("SeeCo"), not an acronym ("MD"), to be taken for one. So does a title's
    technique, written in the title only, that opens a longer technique name of the paper, which the
    title cuts short by a head noun or a second part ("... with Causal Intervention" of "a causal
    intervention module", "Vision-Language Attribute Disentanglement and Reinforcement for Lifelong Person
    Re-Identification" of "VLADR"), not a domain it applies the method to, which may be a known method's
    (:data:`_APPLIED`); and a title's technique that the abstract says a name is ("Cost-Aware Speculative
    Decoding for Mixture-of-Experts", "We propose EcoSpec, a cost-aware speculative decoding framework":
    :func:`~.coined_appositions._described_by_title`)."""
    entities = doc_entities(doc)
    if len(entities) < 2:
        return
    title = next((f for f in doc_fields(doc) if f.name == "title"), None)
    if title is None:
        return
    spans = group_spans(doc, spans_key)
    technique = Kind.TECHNIQUE.value
    titled = {span.id_ for span in spans if span.label_ == technique and span.start_char < title.end
              and field_at(doc, span.start_char) is title}
    if not titled:
        return
    text = doc_text(doc)
    ends = {span.id_: span.end_char for span in spans if span.id_ in titled and span.start_char < title.end}
    beyond = {span.id_ for span in spans if span.id_ in titled and (span.start_char >= title.end or text[
        max(0, span.start_char - 4):span.start_char].lower() == "for ")}  # (or what the title's method's for)
    shorts: dict[str, str] = {}  # capitals -> id of a short name
    for span in spans:
        entity = entities.get(span.id_)
        if span.label_ != technique or entity is None or entity.origin is not Origin.DISCOVERED:
            continue
        if _SHORT_NAME.fullmatch(entity.label):
            capitals = "".join(c for c in entity.label if c.isupper())
            if len(capitals) >= 3 or len(capitals) == 2 and not entity.label.isupper():
                shorts.setdefault(capitals, entity.id)
    longer: list[tuple[str, str]] = []  # (a technique's folded name, its id), for names the title cuts short
    for span in spans:
        entity = entities.get(span.id_)
        if span.label_ == technique and entity is not None and entity.origin is Origin.DISCOVERED \
                and span.id_ not in titled:
            longer += [(ascii_lower(name), entity.id)
                       for name in (text[span.start_char:span.end_char], entity.label, *entity.aliases)]
    described = _described_by_title(spans, entities, text, titled)  # (a name may be a model: "Hi-VAE")
    if not shorts and not longer and not described:
        return
    moved: dict[str, str] = {}
    for eid in sorted(titled):
        entity = entities.get(eid)
        if entity is None or entity.origin is not Origin.DISCOVERED or len(
                _NAME_PARTS.findall(entity.label)) < 2:
            continue
        target = next((shorts[s] for s in _spelled(entity.label) if s in shorts), None) or described.get(eid)
        if target is None and eid not in beyond:  # (named in the abstract too: a name of its own, "SSFF")
            opening = ascii_lower(entity.label) + " "
            after = text[ends[eid]:title.end]
            target = min(((len(name), oid) for name, oid in longer if name.startswith(opening)
                          and _cut_short(name[len(opening):], entities[oid].label, after)),
                         default=(0, None))[1]
        if target is not None and target != eid and target not in moved:
            moved[eid] = target
    if moved:
        _move_entities(doc, spans_key, {eid: entities[target] for eid, target in moved.items()})


def _move_entities(doc: Doc, spans_key: str, targets: Mapping[str, Entity]) -> None:
    """Make the entity of each old id in ``targets`` its target (a new kind of it, another discovered
    entity, a vocabulary entity it is a plural of): its spans take the target's id and kind, the target
    takes every name of every entity moved onto it as an alias (two entities moved to one id lose none),
    families follow (:func:`_refamily`), and ``doc._.known`` names the target."""
    moved = {old: new.id for old, new in targets.items()}
    spans = []
    for span in group_spans(doc, spans_key):
        new = targets.get(span.id_)
        if new is None:
            spans.append(span)
            continue
        copy = Span(doc, span.start, span.end, label=new.kind.value, span_id=new.id)
        for attr in ("role", "origin", "confidence", "extractor"):
            setattr(copy._, attr, getattr(span._, attr))
        if new.origin is not Origin.DISCOVERED:  # a plural of a vocabulary name
            copy._.origin, copy._.confidence = new.origin.value, max(copy._.confidence, 0.9)
        elif span_value(span, "origin") != Origin.DISCOVERED.value:  # a known name the paper coins anew
            copy._.origin, copy._.confidence = new.origin.value, new.confidence
        spans.append(copy)
    doc.spans[spans_key] = spans
    # id -> (the entity that keeps it, the targets moved onto it, every entity that lands on it)
    landed: dict[str, tuple[list[Entity], list[Entity], list[Entity]]] = {}
    for eid, entity in doc_entities(doc).items():
        new = targets.get(eid)
        stays, onto, names = landed.setdefault(eid if new is None else new.id, ([], [], []))
        (stays if new is None else onto).append(entity if new is None else new)
        names.append(entity)
    settled: dict[str, Entity] = {}
    for eid, (stays, onto, names) in landed.items():
        kept = (stays or onto)[0]  # (the entity already there: "ReKey", which "REKEY" retyped joins)
        have = {kept.label, *kept.aliases}
        more = tuple(dict.fromkeys(n for entity in (*onto, *names) for n in (entity.label, *entity.aliases)
                                   if n not in have))
        settled[eid] = replace(kept, aliases=kept.aliases + more) if more else kept
    for new in targets.values():  # (a known name the paper coins anew was no discovered entity)
        if new.origin is Origin.DISCOVERED:
            settled.setdefault(new.id, new)
    entities = {e: _refamily(entity, moved, settled) for e, entity in settled.items()}
    set_doc_value(doc, "entities", entities)
    known = known_names(doc)
    for surface, entity in list(known.items()):
        if entity.id in moved:
            known[surface] = entities[moved[entity.id]]
        elif entity.id in entities and entities[entity.id].broader != entity.broader:
            known[surface] = replace(entity, broader=entities[entity.id].broader)


def _refamily(entity: Entity, moved: Mapping[str, str], settled: Mapping[str, Entity]) -> Entity:
    """``entity`` with its family's new id; no family when the family settled on another kind
    (the framework "MT-Ladder" is a technique, the model "MT-Ladder-2B" it trains has no family)."""
    if not entity.broader:
        return entity
    family = moved.get(entity.broader, entity.broader)
    if family in settled and settled[family].kind is not entity.kind:
        family = None
    return entity if family == entity.broader else replace(entity, broader=family)


def _short_forms(doc: Doc, text: str) -> list[tuple[Field, re.Match[str], str]]:
    """Each field's short forms in parentheses with two capitals or more ("(RLVR)", "(BiGAN)"): the only
    places :func:`_drop_nested_in_long_forms` looks, found before it reads any span."""
    found = []
    for field in doc_fields(doc):
        for match in _SHORT_FORM.finditer(text, field.start, field.end):
            short = match.group(1)
            if sum(c.isupper() for c in short) >= 2:
                found.append((field, match, short))
    return found


def _drop_nested_in_long_forms(doc: Doc, spans_key: str) -> None:
    """A vocabulary technique strictly inside the long form of a short form that is not its own
    is a word of that longer name, not a mention of it: "reinforcement learning from verifiable
    feedback (RLVR)", "bidirectional Generative Adversarial Network (BiGAN)", "Low-Rank Adapters
    (LoRA)", "message-passing least squares (MPLS)" mention no reinforcement learning, GAN,
    adapters or message passing. Kept: the head of a long form whose short form links nothing
    ("data-free knowledge distillation (DFKD)", "vanilla adversarial training (VAT)").

    (Gated, exactly: a doc with no short form of two capitals, or no vocabulary technique, drops nothing;
    a long form lies in its field before its parenthesis, so a short form with no such technique between
    the field's start and the parenthesis is not read: 99% of docs drop nothing here.)"""
    # (abbreviations imports this module's peers)
    from paperkg.ingest.extract.abbreviations import long_form_start

    text = doc_text(doc)
    if " (" not in text:
        return
    shorts = _short_forms(doc, text)
    if not shorts:
        return
    spans = [span for span in group_spans(doc, spans_key) if span.label_ == Kind.TECHNIQUE.value
             and span_value(span, "origin") == Origin.VOCABULARY.value
             and span_value(span, "extractor") == "paperkg_vocab"]
    if not spans:
        return
    at: dict[tuple[int, int], str] | None = None
    inside: set[tuple[int, int]] = set()
    for field, match, short in shorts:
        paren = match.start()
        if not any(field.start <= span.start_char and span.end_char <= paren for span in spans):
            continue  # (no technique before the parenthesis in its field: none inside its long form)
        part = text[field.start:field.end]
        local = paren - field.start
        start = long_form_start(part, local, short)
        if start is None and len(short) > 3 and short[-1] == "s" and short[-2].isupper():
            start = long_form_start(part, local, short[:-1])  # "finite automata (PFAs)"
        if start is None:
            continue
        start, end = field.start + start, field.start + len(part[:local].rstrip())
        if _NOT_ONE_NAME.search(text, start, end):
            continue  # "a MAPPO baseline with a graph-attention variant (MAPPO+GAT)": no one long form
        if at is None:
            at = {(span.start_char, span.end_char): span.id_ for span in group_spans(doc, spans_key)}
        own = at.get((match.start(1), match.end(1)))
        for span in spans:
            if not (start <= span.start_char and span.end_char <= end) or (span.start_char,
                                                                           span.end_char) == (
                    start, end) or span.id_ == own:
                continue
            if _GENERIC_REST.fullmatch(text, span.end_char, end) or own is None and (
                    span.end_char == end or text[span.end_char:span.end_char + 1] == "-"):
                # "data-free knowledge distillation (DFKD)", "LSTM-based global encoding (LSTM-GE)",
                # "proximal gradient algorithms (PGA)": it, a kind of it, or built on it
                continue
            inside.add((span.start_char, span.end_char))
    if inside:
        SpanWriter(doc, spans_key, "paperkg_kinds").drop(
            lambda span: (span.start_char, span.end_char) in inside and span.label_ == Kind.TECHNIQUE.value
            and span_value(span, "extractor") == "paperkg_vocab")


# a bare word coordinated with the name it would join: "supervised and self-supervised learning" names two
_COORDINATED = re.compile(r"\s*(?:and|or|/|,)\s")
# a word before a bare technique that sets it against the paper's own kind of it: "outperforms standard RAG
# baselines" beside "GraphRAG", "in forward RL" beside "inverse reinforcement learning"
_CONTRASTED = re.compile(
    r"(?:standard|conventional|traditional|vanilla|na[iï]ve|classical|classic|existing|plain|regular|general|"
    r"generic|forward|other|prior|previous|common|typical|ordinary|basic|simple|usual|current|recent|earlier|"
    r"original|static|flat|hierarchical)\s+$", re.IGNORECASE)


def _merge_bare_heads(doc: Doc, spans_key: str, entity_of: Callable[[str], Entity | None]) -> None:
    """A known technique the paper writes only as one bare word ("pruning", "distillation", "RL"), where
    it also names one known technique that word heads ("visual token pruning", "dataset distillation",
    "multi-task reinforcement learning"), is that technique written short: one entity per concept
    (ANNOTATION), not the broader one beside it. Not a generic name (an umbrella term such as
    "attention" stays what it is), nor where two known techniques end in the word (which one is
    meant?), the paper writes the broader one out ("knowledge distillation" beside "dataset
    distillation"), the word is coordinated with the longer name ("supervised and self-supervised
    learning") or set against it ("standard RAG" beside "GraphRAG")."""
    technique = Kind.TECHNIQUE.value
    spans = [span for span in group_spans(doc, spans_key) if span.label_ == technique]
    if len(spans) < 2:
        return
    text = doc_text(doc)
    written: dict[str, set[str]] = {}  # id -> its surfaces, lower case
    known: set[str] = set()  # ids of vocabulary techniques (the only ones merged, either side)
    for span in spans:
        written.setdefault(span.id_, set()).add(text[span.start_char:span.end_char].lower())
        if span_value(span, "origin") == Origin.VOCABULARY.value:
            known.add(span.id_)
    targets: dict[str, str] = {}  # id of the bare word's technique -> id of the technique it heads
    for eid, surfaces in written.items():
        if eid not in known or any(" " in s for s in surfaces):
            continue
        entity = entity_of(eid)
        if entity is None or entity.generic:
            continue
        heads = surfaces | {entity.label.lower()}
        longer = [other for other in sorted(written) if other != eid and other in known and any(
            s.endswith(tail) and len(s) > len(tail) + 1 and s[-len(tail) - 1] in " -"
            for s in written[other] for tail in heads)]
        if len(longer) == 1:
            targets[eid] = longer[0]
    if not targets:
        return
    out = []
    for span in group_spans(doc, spans_key):
        new = targets.get(span.id_) if span.label_ == technique else None
        if new is not None and (_CONTRASTED.search(text, max(0, span.start_char - 16), span.start_char) or (
                _COORDINATED.match(text, span.end_char) and any(
                    s in text[span.end_char:span.end_char + 60].lower() for s in written[new]))):
            new = None
        if new is None:
            out.append(span)
            continue
        copy = Span(doc, span.start, span.end, label=technique, span_id=new)
        for attr in ("role", "origin", "confidence", "extractor"):
            setattr(copy._, attr, getattr(span._, attr))
        out.append(copy)
    doc.spans[spans_key] = out
