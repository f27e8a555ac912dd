"""What is set beside a coined method's phrase (``paperkg_coined``, :mod:`~.coined`): a name, a short form.

"FreeCP, a novel training-free class purification framework" names FreeCP, not a second method;
"Denoising Entropy, a computable metric" is no method; "Trajectory-Aware Alignment (TAA)" is the
entity its short form is; a title's method in plain words that the abstract says a name is ("Cost-Aware
Speculative Decoding" and "EcoSpec, a cost-aware speculative decoding framework") is that name's entity.
"""

from __future__ import annotations

import re

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from paperkg.ingest.extract.coined_words import _ALL_HEADS, DEFAULT_GENERIC_ADJECTIVES
from paperkg.ingest.extract.learned import MAX_FREQUENCY, phrase_frequency
from paperkg.ingest.extract.spans import Field, doc_text, field_at
from paperkg.ingest.records import Entity, Kind, Origin

__all__: list[str] = []  # (private helpers: :mod:`~.coined` imports the ones it calls)

# what an introduced name is said to be, right after it, when that is no method: a task ("Video Connecting, an
# innovative task that aims to ..."), a metric ("Denoising Entropy, a computable metric", "Light Stability
# Score, the first quantitative metric") or a capability ("scientific instruction following: the capability to
# ...")
_TASK_APPOSITION = re.compile(r"(?:\s*\([^()]{1,30}\))?[,:]\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:task|metric|measure|capability)\b(?!-)")
# a name set beside the phrase that describes it, which is no second method: "we propose FreeCP, a novel
# training-free class purification framework", "we introduce \textbf{AnimeColor}, a novel ...",
# "Multi-Perspective Contextual Augmentation for Reasoning (MPCAR), a novel inference-time strategy" (the name
# before the phrase: a word with inner capitals or digits, or one set in bold; :func:`_beside_a_name`)
_NAME_TOKEN = (r"(?:\\textbf\{[^{}]+\}|\*\*[^*]+\*\*"
               r"|[\w.+-]*(?:[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d|-[A-Z])[\w.+-]*)")
_NAME_BEFORE = re.compile(r"(?:^|[\s(])" + _NAME_TOKEN + r"\)?,\s$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])an?\s+((?:[\w-]+\s+){0,3})$")  # (and the adjectives after it)
# ... and after it: "a novel image fusion method, MMIF-AMIN, which ...", "a recursive rewriting strategy
# called Balanced Structural Decomposition (BSD)", "a novel RGB-only approach for off-road freespace
# detection, named ROD"
_NAME_AFTER = re.compile(r"(?:\s+for(?:\s+[\w-]+){1,5})?"
                         r"(?:,?\s+(?:called|named|dubbed|termed)(?:\s+as)?\s+(?:the\s+)?"
                         r"(?:[A-Z]|\\textbf|\*\*)"
                         r"|,\s+" + _NAME_TOKEN
                         + r"(?=(?!,\s*(?:and|or)\b)[,.;:]|\s\(|\s+(?:which|that|with)\b))")
# a verb after the phrase that makes it the subject of a clause ("Building on GPT-4, a gated fusion module is
# designed"): the name before the comma is not the phrase's
_SUBJECT_OF = re.compile(r"\s+(?:is|are|was|were)\b")
# a name after a fronted participle or preposition ("Using CLIP, a novel contrastive alignment module aligns
# ..."): the phrase after its comma is the clause's subject, not the name's description
_FRONTED_NAME = re.compile(r"(?:(?<![\s\S])|(?<=[.;:] )|(?<=\n))(?:[A-Z][a-z]+ing|With|For|Unlike|On|In|Via|"
                           r"Through|Like|Beyond|Besides|Compared|Built|Based|Inspired|Given|From|After)\b"
                           r"[^,.;\n]*,\s$")
_BESIDE = 120  # characters read on each side of a phrase for a name beside it
_SHORT_FORM_AFTER = re.compile(r" \([^()\s]{2,15}\)")  # "... Rate (RPDR)": the phrase's short form
_MAX_SHORT_FORM = 40  # characters of a short form in parentheses after a phrase
# a name and then what it is, up to the phrase that says it: "We propose EcoSpec, a cost-aware ...",
# "Mixture of Decoder Experts (MoDE), a dual-latent ..." (markup blanked to spaces: "\\textsc{EcoSpec}, a"
# reads "EcoSpec , a"); group 1: the adjectives before the phrase ("a novel ...")
_NAME_THEN_ARTICLE = re.compile(r"\)?\s*,\s+an?\s+((?:[\w-]+\s+){0,3})$")
# what may follow the phrase that says what a name is: its head noun ("... decoding framework") or where the
# noun phrase ends ("... re-weighting method to enhance", "a Proactive Routing Paradigm that")
_AFTER_DESCRIPTION = re.compile(r"\s*(?:[,.;:]|$)|\s+([\w-]+)")
_DESCRIPTION_ENDS = frozenset({"that", "which", "for", "to", "with", "designed", "tailored", "based"})
_GENERIC = frozenset(DEFAULT_GENERIC_ADJECTIVES)


def _beside_a_name(text: str, field: Field, start: int, end: int, label: str,
                   adjectives: frozenset[str]) -> bool:
    """Whether the phrase ``text[start:end]`` (in ``field``; after an indefinite article and none but
    ``adjectives``) describes a name set beside it: before it with a comma ("FreeCP, a novel training-free
    class purification framework"; not the subject of a clause: "Building on GPT-4, a gated fusion module
    is designed") or after it with a comma or a naming word ("a novel image fusion method, MMIF-AMIN,
    which", "a recursive rewriting strategy called Balanced Structural Decomposition"): the paper's method
    is the name, and its description is no second one; unless the paper names the method ``label`` again
    elsewhere ("SegTrans, a novel transfer attack framework" and "transfer attack success rate").

    >>> from paperkg.ingest.extract.spans import Field
    >>> text = "We propose FreeCP, a novel class purification framework that works."
    >>> field = Field("abstract", 0, len(text))
    >>> _beside_a_name(text, field, 27, 55, "class purification", frozenset({"novel"}))
    True
    >>> text = "Using GPT-4, a gated fusion module is designed."
    >>> _beside_a_name(text, Field("abstract", 0, len(text)), 15, 34, "gated fusion module", frozenset())
    False
    >>> text = "Using CLIP, a contrastive alignment module aligns the two modalities."
    >>> _beside_a_name(text, Field("abstract", 0, len(text)), 14, 42, "contrastive alignment module",
    ...                frozenset())
    False
    """
    article = _ARTICLE_BEFORE.search(text, max(field.start, start - _BESIDE), start)
    if article is None or not all(word in adjectives for word in article.group(1).split()):
        return False  # "an OT approach based on gradient-preserving compression, named GradOT": not its name
    if _NAME_BEFORE.search(text, max(field.start, article.start() - _BESIDE), article.start()) is not None:
        if _SUBJECT_OF.match(text, end, field.end) is not None or _FRONTED_NAME.search(
                text, max(field.start, article.start() - _BESIDE), article.start()) is not None:
            return False
    elif _NAME_AFTER.match(text, end, min(field.end, end + _BESIDE)) is None:
        return False
    lower, name = text[field.start:field.end].lower(), label.lower()
    return lower.count(name) == lower.count(name, start - field.start, end - field.start)


def _short_form_entity(doc: Doc, end: int, known: dict[str, Entity]) -> Entity | None:
    """The entity discovered for the short form in parentheses right after character ``end``, if any
    ("Trajectory-Aware Alignment (TAA)" is the entity that "TAA" is, and so is "the Motion-Semantics DETR
    (MS-DETR)" the title's "MS-DETR", a name of several tokens; but "a tensor-based domain alignment (DA)
    algorithm" is not the vocabulary's domain adaptation)."""
    text = doc_text(doc)
    start = end + 1 + text.startswith(" ", end)  # (after the bracket, a space before it or none)
    if not text.startswith("(", start - 1):
        return None
    close = text.find(")", start, start + _MAX_SHORT_FORM)
    entity = known.get(text[start:close]) if close > start else None
    return entity if entity is not None and entity.origin == Origin.DISCOVERED else None


def _described_by_title(spans: Sequence[Span], entities: Mapping[str, Entity], text: str,
                        titled: set[str]) -> dict[str, str]:
    """The title's methods in plain words that the abstract says a name it introduces is: the title's
    technique (an id of ``titled``) written right after "<name>, a" and the generic adjectives, before a head
    noun or where the noun phrase ends ("Less Experts, Faster Decoding: Cost-Aware Speculative Decoding for
    Mixture-of-Experts" and "We propose EcoSpec, a cost-aware speculative decoding framework"), is the
    name's description: one entity per concept (ANNOTATION); id of the title's technique -> id of the name
    (a discovered technique or model). Not where the abstract writes the phrase before ("Map-free LiDAR
    relocalization offers an effective solution ... we propose MAILS, a novel map-free LiDAR relocalization
    framework"): the task or the method the name is one of; nor a phrase that three corpus papers or more
    hold ("FLoRIST, a federated fine-tuning framework", "a novel head pruning algorithm"): a method of its
    own, one kind of which the paper introduces.

    ``spans``: the doc's spans; ``entities``: its discovered entities by id; ``text``: the doc's text."""
    first: dict[str, Span] = {}  # id -> the first span of a title's technique outside the title
    for span in spans:
        if span.id_ in titled and field_at(span.doc, span.start_char).name != "title" and (
                span.id_ not in first or span.start_char < first[span.id_].start_char):
            first[span.id_] = span
    if not first:
        return {}
    ends = {span.end_char: span for span in spans}
    described: dict[str, str] = {}
    for eid, span in first.items():
        entity = entities.get(eid)
        if entity is None or entity.origin is not Origin.DISCOVERED:
            continue
        field = field_at(span.doc, span.start_char)
        start, end = span.start_char, span.end_char
        before = _NAME_THEN_ARTICLE.search(text, max(field.start, start - _BESIDE), start)
        if before is None or not _GENERIC.issuperset(before.group(1).lower().split()):
            continue
        name = ends.get(before.start())
        named = entities.get(name.id_) if name is not None else None
        if named is None or named.id == eid or named.kind not in (Kind.TECHNIQUE, Kind.MODEL):
            continue
        after = _AFTER_DESCRIPTION.match(text, end, field.end)
        word = after.group(1).lower() if after is not None and after.group(1) else None
        if after is None or word is not None and word not in _DESCRIPTION_ENDS and word.removesuffix(
                "s") not in _ALL_HEADS:
            continue  # "an Intermediate Representation (IR)-based framework", "a novel ECG encoding method"
        if max(phrase_frequency(text[start:end]), phrase_frequency(entity.label)) >= MAX_FREQUENCY:
            continue  # "MolAct, an agentic reinforcement learning framework": a method of its own
        described[eid] = named.id
    return described
