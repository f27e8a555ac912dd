"""Signs of a trained network and of the paper's own system (read by :mod:`~.kinds`): "we train X on",
"Once trained, X", "our model achieves", "X, a novel sampling method" (a procedure run on a network), names
written in lower-case words, the paper's main name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc

from paperkg.ingest.extract.kind_evidence import _occurrences
from paperkg.ingest.extract.spans import doc_fields, doc_text, group_spans, span_value
from paperkg.ingest.records import Entity, Origin

__all__: list[str] = []  # (private helpers: :mod:`~.kinds` imports the ones it calls)

# "we train X on", "X is trained", "X modules trained for", "Once trained, X", "X, a specialized
# evaluator fine-tuned from": a trained network
_TRAINED_AFTER = re.compile(
    r"(?:\s+(?:model|network|module|agent|policy)s?|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+"
    r"(?:(?:is|are|was|were|being)\s+)?"
    r"(?:(?:first|then|jointly|further|also|separately|independently)\s+)?(?:(?:pre-?)?trained|fine-?tuned)"
    r"(?=[,.;)]|\s+(?:on|for|with|using|to|via|in|from|by|end-to-end|independently|jointly|separately|only|solely"
    r"|without|until|over)\b)", re.IGNORECASE)
# what ends the object of "we train": "we train X on" (not "we train a DPM predictor")
_TRAINED_OBJECT_END = re.compile(r"$|[,.;:)]|\s+(?:\(|(?:on|for|with|using|to|via|in|from|by|and|as|until"
                                 r"|over|end-to-end|jointly|only|solely)\b)")
# "we develop RareSeek R1 via staged instruction tuning": the name is what training makes (not "we develop X
# via a novel learning framework": the training word must name the training)
_MADE_BEFORE = re.compile(r"\b(?:we|to|and)\s+(?:develop|build|obtain|derive)\s+(?:(?:a|an|the|our)\s+)?$",
                          re.IGNORECASE)
_MADE_BY_TRAINING = re.compile(r"\s+(?:via|through|by|using|with)\s+(?:[\w-]+,?\s+){0,5}?"
                               r"(?:(?:instruction|pre-?|post-?|fine-?)?tuning|(?:pre-?|post-?)?training"
                               r"|distillation|SFT)(?![\w-])(?!\s+(?:data|sets?)\b)", re.IGNORECASE)
# (not "via a training-free framework", "with minimal training data")
# "Post-training a medical LLM on the generated data yields MedGuideX": what training yields (one clause)
_TRAINING_YIELDS = re.compile(r"\b(?:[Pp]ost-?training|[Pp]re-?training|[Tt]raining|[Ff]ine-?tuning)\s+"
                              r"[^.;:]{0,120}?\b(?:yields|produces|gives)\s+$")
_MADE_WORDS = ("develop", "build", "obtain", "derive")  # (what _MADE_BEFORE needs, found fast)
_YIELD_WORDS = ("yields", "produces", "gives")
_TRAINED_BEFORE = re.compile(r"\b(?:we|to)\s+(?:first\s+|then\s+|also\s+)?"
                             r"(?:(?:pre-?)?train(?:ed)?|fine-?tune(?:d)?)\s+"
                             r"(?:(?:a|an|the|our)\s+(?:proposed\s+)?)?$",  # "to train our proposed HAODiff"
                             re.IGNORECASE)
_ONCE_TRAINED = re.compile(r"\b[Oo]nce\s+trained,\s+$")
# "a trained TEMDiff model generalizes well": the name of a trained network (126 corpus abstracts write "a
# trained <name> model"; "a pre-trained CLIP model")
_TRAINED_ARTICLE = re.compile(r"\b(?:a|the|our)\s+(?:pre-?)?trained\s+$", re.IGNORECASE)
_MODEL_AFTER = re.compile(r"\s+(?:model|network)s?\b")
# a paper that calls its own system a model or a network: "our model achieves", "The model learns"
# (read back from each "model"/"network" in the text: :func:`_calls_own_model`)
_OWN_BEFORE = re.compile(
    r"(?:\b(?:[Oo]ur|[Tt]he proposed)\s+(?:proposed\s+)?|(?P<the>(?:^|[.!?]\s+)The\s+))$")
_OWN_VERB = re.compile(r"\s+(?:also\s+|then\s+|further\s+)?[a-z]+s\b")  # "The model learns"
# "X, a training-free framework", "X, a novel sampling method": what is done to a network, not one
_PROCEDURE_APPOSITION = re.compile(
    r"[,:]?\s+(?:(?:is|was)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:training-free|tuning-free|sampling|unlearning|quantization|pruning|distillation|compression"
    r"|acceleration|decoding|guidance)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:method|framework|approach|technique|strategy|algorithm|scheme|pipeline)\b", re.IGNORECASE)
# "X, a training-free, plug-and-play scheduler", "X, an inference-time defense": what runs on a network
# without training it, whatever the noun (1,037 corpus abstracts write such an apposition; its noun is a
# framework, method, approach, module, pipeline, defense, ... and no model noun among the 30 most common)
_UNTRAINED_APPOSITION = re.compile(
    r"[,:]?\s+(?:(?:is|was)\s+)?(?:a|an)\s+(?:(?!(?:for|of|with|to|in|on|at|by|from)\s)[\w-]+,?\s+){0,3}?"
    r"(?:training-free|tuning-free|plug-and-play|inference-time|test-time)\b", re.IGNORECASE)
_UNTRAINED_WORDS = ("-free", "plug-and-play", "-time")  # (what _UNTRAINED_APPOSITION needs, found fast)


def _trained(label: str, text: str) -> bool:
    """Whether the text trains ``label``: "we train X on", "X is trained", "UniR modules trained
    for different tasks", "Once trained, X", "a trained X model" (not "X-trained", "X trained models").

    >>> _trained("UniR", "Once trained, UniR can be combined"), _trained("GRPO", "GRPO trained models")
    (True, False)
    >>> _trained("DPM", "We train a DPM predictor on a mixture")
    False
    >>> _trained("SCFlow2", "We train SCFlow2 on a mix")
    True
    >>> _trained("RareSeek R1", "we develop RareSeek R1 via staged instruction tuning, chain of thought")
    True
    >>> _trained("MedX", "We develop MedX via a training-free framework")
    False
    >>> _trained("MedGuideX", "Post-training a medical LLM on the generated data yields MedGuideX.")
    True
    """
    if "train" not in text and "tune" not in text and "tuning" not in text and "distill" not in text and (
            "SFT" not in text):
        return False
    made = any(word in text for word in _MADE_WORDS)
    yields = any(word in text for word in _YIELD_WORDS)
    for position in _occurrences(text, label):
        end = position + len(label)
        before = text[max(0, position - 40):position]
        if _TRAINED_AFTER.match(text,
                                end) or _ONCE_TRAINED.search(before) or _TRAINED_BEFORE.search(before) and (
                _TRAINED_OBJECT_END.match(text, end)) or (
                    _TRAINED_ARTICLE.search(before) and _MODEL_AFTER.match(text, end)) or (
                    made and _MADE_BEFORE.search(before) and _MADE_BY_TRAINING.match(text, end)) or (
                    yields and _TRAINING_YIELDS.search(text[max(0, position - 160):position])):
            return True
    return False


def _works_on_networks(label: str, text: str) -> bool:
    """Whether the text calls ``label`` a procedure run on a network, which its name then names: "PostDiff,
    a training-free framework for accelerating pre-trained diffusion models", "NegFaceDiff, a novel
    sampling method", "LetheViT, a contrastive unlearning method tailored for ViTs" (techniques).

    >>> _works_on_networks("NegFaceDiff", "we introduce NegFaceDiff, a novel sampling method that")
    True
    >>> _works_on_networks("NS-Net", "we propose NS-Net, a novel detection framework that leverages")
    False
    """
    return any(_PROCEDURE_APPOSITION.match(text, position + len(label))
               for position in _occurrences(text, label))


def _untrained_apposition(label: str, text: str) -> bool:
    """Whether an apposition calls ``label`` something run without training ("AdaBlock-dLLM, a training-free,
    plug-and-play scheduler", "DTR, a novel inference-time defense"): a procedure, not a trained network,
    whatever noun heads it (ANNOTATION: a procedure or framework is a technique).

    >>> _untrained_apposition("AdaBlock-dLLM", "we introduce AdaBlock-dLLM, a training-free, plug-and-play "
    ...                                        "scheduler that adaptively aligns block boundaries")
    True
    >>> _untrained_apposition("FooNet", "we train FooNet, a network for test-time use")
    False
    """
    if not any(word in text for word in _UNTRAINED_WORDS):
        return False
    return any(_UNTRAINED_APPOSITION.match(text, position + len(label))
               for position in _occurrences(text, label))


def _calls_own_model(text: str) -> bool:
    """Whether the paper calls its own system a model or a network: "our model achieves", "the
    proposed network", "The model learns" (not "our model-agnostic method", "our models").

    >>> _calls_own_model("As a result, our model achieves"), _calls_own_model(". The model learns to")
    (True, True)
    >>> _calls_own_model("our model-agnostic method"), _calls_own_model("The model of the")
    (False, False)
    """
    for word in ("model", "network"):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if end == len(text) or not (text[end].isalnum() or text[end] in "-'\u2019"):
                found = _OWN_BEFORE.search(text, max(0, at - 30), at)
                if found is not None and (not found.group("the") or _OWN_VERB.match(text, end)):
                    return True
            at = text.find(word, end)
    return False


# a name written in lower-case words, with units ("3D"): "a recurrent state inverse dynamics model"
_LOWER_PHRASE = re.compile(r"(?:\d+[A-Z]|[a-z][a-z\d-]*)(?:\s+(?:\d+[A-Z]|[a-z][a-z\d-]*))+")


def _plain_written(doc: Doc, spans_key: str, entities: Mapping[str, Entity]) -> frozenset[str]:
    """The ids of the discovered entities every span of which is written in lower-case words ("a
    unique surrogate model", "the proposed 4D diffusion model"): a description of a part of the
    paper's method, not a model's name. (The open dev gold reads 809 of 812 such names as techniques:
    ANNOTATION, a procedure or framework is a technique; generic phrases are never models.) Not a name
    with a short form ("... model (DSSM)") or a capital in the abstract ("Tri-Mode Thinking System"):
    those may name a network; a title writes every word with a capital ("Topology-Adaptive
    Deformation"), which says nothing."""
    title = next((f for f in doc_fields(doc) if f.name == "title"), None)
    title_end = title.end if title is not None else 0
    plain: dict[str, bool] = {}
    for span in group_spans(doc, spans_key):
        entity = entities.get(span.id_)
        if entity is not None and entity.origin is Origin.DISCOVERED and span.start_char >= title_end:
            plain[span.id_] = plain.get(span.id_, True) and _LOWER_PHRASE.fullmatch(span.text) is not None
    return frozenset(eid for eid, lower in plain.items() if lower)


def _main_name(doc: Doc, spans_key: str, entities: Mapping[str, Entity]) -> str | None:
    """The id of the paper's own system: the one-word discovered name its title opens with ("R2LDM:
    An Efficient ..."), else the first one-word name the abstract introduces with "we propose X"
    (not an abbreviation it defines: "the Very Large Telescope (VLT)")."""
    title = next((f for f in doc_fields(doc) if f.name == "title"), None)
    text = doc_text(doc)
    first = None
    for span in sorted(group_spans(doc, spans_key), key=lambda sp: sp.start):
        entity = entities.get(span.id_)
        if entity is None or entity.origin is not Origin.DISCOVERED:
            continue
        if " " in span.text:
            continue  # "Cross-Asset Risk Management: ...": a phrase, not a coined name
        if title is not None and span.start_char == title.start and text[span.end_char:span.end_char
                                                                         + 1] == ":":
            return span.id_
        if first is None and span_value(span, "extractor") == "paperkg_intro" and (
                title is None or span.start_char >= title.end):
            first = span.id_
    return first
