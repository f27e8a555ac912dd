"""What a name's shape and long form say of its kind (read by :mod:`~.kinds`): a long form's head
("time-triggered federated learning (TT-Fed)"), a network's name ("T-BiGAN"), a count of what data holds
("UAVCAP-15k"), a mark of an improved known name ("BRIGHT+"), what a name replaces ("a drop-in replacement
for AdamW")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from paperkg.ingest.extract.kind_evidence import _SIZED_NAME, _occurrences
from paperkg.ingest.extract.kind_words import (
    _AUTOENCODER_CLASS_WORDS,
    _AUTOENCODER_HEADS,
    _AUTOENCODER_TECHNIQUE_WORDS,
    _FORM_HEADS,
    _PREPOSITIONS,
    _TASKS,
)
from paperkg.ingest.extract.names import METHOD_END
from paperkg.ingest.extract.spans import group_spans, span_value
from paperkg.ingest.records import Kind, Origin

__all__: list[str] = []  # (private helpers: :mod:`~.kinds` imports the ones it calls)

#: The end of a name built on a network's name: "T-BiGAN", "MDSTNet", "HDRP-SNN", "Motion-Mamba",
#: "ECTSpeech", "Proteus-ViT/Ti", "Tree-NeRV" (NeRV, a neural representation for videos, is a network fitted
#: to a video; the corpus has six names built on it, each a variant network). A network is a model, even
#: when the paper calls it "a novel framework"; not the bare word, nor "Text-to-Speech"; not "-TTS":
#: test-time scaling as often as text-to-speech; not "-Diff": the corpus calls such a name a framework,
#: method or approach (119 abstracts: "PathSegDiff, a novel approach", "AortaDiff: A Unified Multitask
#: Diffusion Framework") three times as often as a model (36), and the dev gold reads "ACADiff" as a
#: technique: the text's noun decides.
_NETWORK_NAME = re.compile(
    r"(?:(?<=[a-z\d-]|[A-Z])(?:Net|GAN|SNN|CNN|GNN|GCN|LSTM|Mamba|BERT|ViT|Former|former|VAE|NeRV)"
    r"|(?<=[A-Za-z])Speech)(?:-?[vV]?\d+(?:\.\d+)?|[-/](?:Ti|S|B|L|H)(?:/\d+)?)?$")
# "X, a drop-in replacement for AdamW": the kind of what X replaces or extends
_REFERENCE = re.compile(
    r",?\s+(?:(?:which\s+)?is\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:replacement|variant|extension|generali[sz]ation"
    r"|successor|alternative|adaptation|modification|specialization|enhancement)\s+(?:for|of|to|over)\s+"
    r"(?:the\s+|standard\s+|vanilla\s+|existing\s+)?", re.IGNORECASE)
_COUNT_NAME = re.compile(r"[-_]\d+(?:\.\d+)?[kK]$")  # "-15k": thousands of samples
_CONTEXT_WINDOW = re.compile(r"-(?:4|8|16|32|64|128|200|256|512)[kK]$")  # a model's "-128K": tokens it reads
# "X, which contains over 1 million ... images", "X (contains over 2,000,000 instances": what data holds
_CONTENTS = re.compile(
    r"\s*[(,]?\s*(?:which\s+|that\s+)?(?:contains?|containing|compris(?:es|ing)|consists?\s+of"
    r"|consisting\s+of)\s+(?:(?:over|more\s+than|about|approximately|nearly|around|roughly|up\s+to)\s+)?"
    r"[\d,.]+\s*(?:[kKM]|million|thousand|billion)?\+?\s+(?:[\w-]+\s+){0,3}?(?:images|samples|pairs|videos"
    r"|clips|instances|examples|questions|problems|sentences|documents|hours|utterances|dialogues"
    r"|conversations|annotations|prompts|records|entries|frames|scenes|articles|tokens|items|trajectories"
    r"|episodes|queries|texts)\b")
_CONTENTS_WORDS = ("contain", "compris", "consist")  # (what _CONTENTS needs, found fast)


def _head_part(name: str) -> str:
    """A name up to its first preposition: its head is the last word of that ("Physically Reactive
    and Interactive Motor Model for Avatar Learning", "CloudUNet with Attention Module")."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if i and word.lower() in _PREPOSITIONS:
            return " ".join(words[:i])
    return name


def _coined_autoencoder(label: str, aliases: Sequence[str]) -> bool:
    """Whether ``label`` or a long form of it is an autoencoder the paper names: headed by "Autoencoder", with
    a word no autoencoder class has (:data:`~.kind_words._AUTOENCODER_CLASS_WORDS`). "Consistency Autoencoder
    (CAE)", "Multimodal Vision Transformer Autoencoder", "Semi-Supervised Masked Autoencoder (SSMAE)" name
    the network the paper trains, a model (ANNOTATION: a trained network is a model; the dev gold reads CAE
    and MViT-AE so); "Conditional Variational Autoencoder (CVAE)" names the class, a technique, as the dev
    gold reads "autoencoder", "VAE" and "sparse autoencoder"; so is a sparse autoencoder's variant
    (:data:`~.kind_words._AUTOENCODER_TECHNIQUE_WORDS`). Not a name in lower-case words ("physics-informed
    variational autoencoder"): a description, which the gold reads as a technique. (130 of the corpus's 104k
    abstracts write such a coined "X Autoencoder (Y)" in capitals, 293 a class's; the settler typed the 25
    coined names of slices s10-s60 a technique, found under the vocabulary's "autoencoder".)

    >>> _coined_autoencoder("CAE", ("Consistency Autoencoder",))
    True
    >>> _coined_autoencoder("Multimodal Vision Transformer Autoencoder", ())
    True
    >>> _coined_autoencoder("CVAE", ("Conditional Variational Auto-Encoder",))
    False
    >>> _coined_autoencoder("SAE Steering", ("Sparse Autoencoder-Based Steering",))
    False
    """
    if _plain_phrase(label):
        return False
    for name in (label, *aliases):
        words = _head_part(name).split()
        if len(words) < 2 or words[-1].lower() not in _AUTOENCODER_HEADS:
            continue
        modifiers = {word.lower() for word in words[:-1]}
        if not modifiers & _AUTOENCODER_TECHNIQUE_WORDS and modifiers - _AUTOENCODER_CLASS_WORDS:
            return True
    return False


# a long form in brackets right after a short name: "DeSQ (Decomposition-based SPARQL Query Generation)"
_FORM_AFTER = re.compile(r"\s+\(([A-Za-z][\w\s-]{4,70})\)")


#: A title whose description after the colon is headed by "Model" or "Network" ("AMD-Hummingbird: Towards an
#: Efficient Text-to-Video Model", "Foo: A Unified Model for ..."; not "EDITOR: ... Prompt Inversion for
#: Text-to-Image Diffusion Models", whose models are what the work is for)
_MODEL_TITLE_HEAD = re.compile(r"^[^:]+:\s*(?:Towards\s+)?(?:An?|The|an?|the)\s+"
                               r"(?:(?!(?:for|of|via|with|in|on|to|and|by)\b)[\w-]+\s+)"
                               r"{0,6}?(?:Model|Network)s?\b(?!-)")


def _called_a_model(aliases: Sequence[str], title: str) -> bool:
    """Whether a long form of the name ends in "Model" or "Network" ("Masked Edge Prediction Model (MEMO)"),
    or the title's phrase does (:data:`_MODEL_TITLE_HEAD`): a name the paper calls a model, whatever else
    it calls "a ... strategy".

    >>> _called_a_model(("Masked Edge Prediction Model",), "")
    True
    >>> _called_a_model((), "Foo: Towards a Video Model")
    True
    >>> _called_a_model((), "MedCite: Can Language Models Generate Verifiable Text for Medicine?")
    False
    >>> _called_a_model(("Masked Edge Prediction",), "Foo: Model-Agnostic Pruning for Vision")
    False
    >>> _called_a_model((), "EDITOR: Effective and Interpretable Prompt Inversion for Text-to-Image "
    ...                     "Diffusion Models")
    False
    """
    return (any(name.rsplit(" ", 1)[-1].lower() in ("model", "models", "network", "networks")
                for name in aliases if " " in name)
            or bool(_MODEL_TITLE_HEAD.search(title)))


def _long_form_head(label: str, text: str) -> Kind | None:
    """The kind the last word of the long form before "(label)", or after "label (", gives, in any
    case (not past a preposition: "CloudUNet with Attention Module (CAM)" is no module).

    >>> _long_form_head("TT-Fed", "time-triggered federated learning (TT-Fed), as a general form")
    <Kind.TECHNIQUE: 'technique'>
    """
    at = text.find("(" + label)
    while at >= 0:
        end = at + 1 + len(label)
        if end == len(text) or text[end] in "),;":
            words = text[max(0, at - 60):at].split()[-4:]
            kind = _FORM_HEADS.get(words[-1].lower()) if words else None
            if kind is not None and not any(w.lower() in _PREPOSITIONS for w in words[:-1]):
                return kind
        at = text.find("(" + label, end)
    for position in _occurrences(text, label):  # "DeSQ (Decomposition-based SPARQL Query Generation)"
        form = _FORM_AFTER.match(text, position + len(label))
        # (up to a preposition: "PoCo (Position Embedding as a Context Controller)" is an embedding)
        words = _head_part(" ".join(form.group(1).split())).split() if form else []
        if len(words) >= 2:
            kind = _FORM_HEADS.get(words[-1].lower())
            if kind is not None:
                return kind
    return None


def _procedure_form(label: str, aliases: Sequence[str]) -> bool:
    """Whether the long form a short name stands for is headed by a procedure noun (not a task's, not a
    gerund's): "Optics-informed Chromatic Correction (OCC)" is a technique, not the network it is part of.
    (Not a name of several words itself, which may be a network's name cut short: "Angular-Temporal
    Interaction" of "An Angular-Temporal Interaction Network for ...".)

    >>> _procedure_form("OCC", ("Optics-informed Chromatic Correction",))
    True
    >>> _procedure_form("LRM", ("Large Reasoning",))
    False
    >>> _procedure_form("ODN", ("Object Detection Network",)), _procedure_form("OD", ("Object Detection",))
    (False, False)
    """
    if " " in label:
        return False
    for name in aliases:
        words = _head_part(name).split()
        head = words[-1].lower().split("-")[-1] if len(words) >= 2 else ""
        if head and METHOD_END.search(head) and not head.endswith("ing") and head not in _TASKS:
            return True
    return False


def _holds_data(label: str, text: str, kind: Kind | None = None) -> bool:
    """Whether ``label`` names data: a count of thousands in the name ("UAVCAP-15k", "Scene-30K"; not with
    parameters: "Yi-6B-200K", nor a model's context window: "MiniCPM-128K" found as a ``kind`` model), or
    the text counts what it holds ("Lay2Story-1M, which contains over 1 million ... images", "UAVDE-2M
    (contains over 2,000,000 instances").

    >>> _holds_data("MTVR-RL-110k", ""), _holds_data("Yi-6B-200K", ""), _holds_data("TinyViT-21M", "")
    (True, False, False)
    >>> _holds_data("MiniCPM-128K", "", Kind.MODEL), _holds_data("Scene-30K", "", Kind.MODEL)
    (False, True)
    >>> _holds_data("L-1M", "we develop L-1M, which contains over 1 million 720p and higher-res images.")
    True
    """
    if _COUNT_NAME.search(label):
        return not _SIZED_NAME.search(label) and not (kind is Kind.MODEL and _CONTEXT_WINDOW.search(label))
    if not any(word in text for word in _CONTENTS_WORDS):
        return False
    return any(_CONTENTS.match(text, position + len(label)) for position in _occurrences(text, label))


class _References:
    """The kinds of a doc's linked surfaces, read from its spans when first asked for; ``refers``:
    whether the text has the words of "a replacement for X" (:func:`_referred_kind`)."""

    def __init__(self, doc: Doc, spans_key: str, *, refers: bool = True) -> None:
        self.doc, self.spans_key, self.refers = doc, spans_key, refers
        self._kinds: dict[str, Kind] | None = None
        self._known: dict[str, Kind] | None = None

    def kinds(self) -> Mapping[str, Kind]:
        if self._kinds is None:
            self._kinds = {span.text: Kind(span.label_) for span in group_spans(self.doc, self.spans_key)}
        return self._kinds

    def known(self) -> Mapping[str, Kind]:
        """The kinds of the surfaces the vocabulary linked (not discovered names)."""
        if self._known is None:
            self._known = {span.text: Kind(span.label_) for span in group_spans(self.doc, self.spans_key)
                           if span_value(span, "origin") == Origin.VOCABULARY.value}
        return self._known


def _referred_kind(label: str, text: str, references: _References | Mapping[str, Kind]) -> Kind | None:
    """The kind of the linked name that ``label`` replaces, varies or extends ("AdamHuberDecay, a
    drop-in replacement for AdamW": a technique, as AdamW is).

    >>> _referred_kind("X", "We propose X, a drop-in replacement for AdamW that", {"AdamW": Kind.TECHNIQUE})
    <Kind.TECHNIQUE: 'technique'>
    """
    for position in _occurrences(text, label):
        found = _REFERENCE.match(text, position + len(label))
        if found is None:
            continue
        at = found.end()
        kinds = references.kinds() if isinstance(references, _References) else references
        best = max((s for s in kinds if s and text.startswith(s, at) and s != label and (
            at + len(s) == len(text) or not (text[at + len(s)].isalnum() or text[at + len(s)] == "-"))),
                   key=len, default=None)  # not "an alternative to LiDAR-based methods"
        if best is not None:
            return kinds[best]
    return None


def _improved_kind(label: str, references: _References | Mapping[str, Kind]) -> Kind | None:
    """The kind of the vocabulary model or dataset a name marks as improved: "BRIGHT+" (an upgraded
    BRIGHT: a dataset), "UNet++". (Not the last part after a hyphen: "PE-CLIP", "VTD-CLIP" and
    "BiSeg-SAM" are ways of tuning or prompting CLIP and SAM as often as networks built on them.)

    >>> _improved_kind("BRIGHT+", {"BRIGHT": Kind.DATASET})
    <Kind.DATASET: 'dataset'>
    >>> _improved_kind("MARCUS", {"BRIGHT": Kind.DATASET}) is None
    True
    """
    base = _IMPROVED.fullmatch(label)
    if base is None:
        return None
    known = references.known() if isinstance(references, _References) else references
    kind = known.get(base.group(1))
    return kind if kind in (Kind.MODEL, Kind.DATASET) else None


def _plain_phrase(label: str) -> bool:
    """A name written in lower-case words ("passage order adjuster"): a descriptive name of a part
    of the paper's method, which the gold reads as a technique even when it is trained.

    >>> _plain_phrase("passage order adjuster"), _plain_phrase("UniR"), _plain_phrase("Infini Memory")
    (True, False, False)
    """
    return " " in label and label == label.lower()


# a name marked as an improved version of another: "BRIGHT+", "UNet++"
_IMPROVED = re.compile(r"([A-Za-z][\w.-]*[A-Za-z\d])\+{1,2}")
_REFERENCE_WORDS = ("replacement", "variant", "extension", "generali", "successor", "alternative",
                    "adaptation",
                    "modification", "specialization", "enhancement")  # (what _REFERENCE needs, found fast)
