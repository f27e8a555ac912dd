"""One kind per discovered name in a paper: the ``paperkg_kinds`` component (:class:`KindSettler`).

A discovered name gets the kind the whole paper gives it, in this order:

- what it stands for: the head of its long form, before or after it ("a Trajectory-Aware State
  Block (TASB)", "time-triggered federated learning (TT-Fed)", "the Efficient Hybrid Network
  (EHNet)", "DeSQ (Decomposition-based SPARQL Query Generation)");
- what it replaces or extends: "AdamHuberDecay, a drop-in replacement for AdamW" (an optimizer);
- the kind noun the text gives it ("X, a multilingual dataset", "the X framework", "a method, X",
  "introduce X as a ... evaluation pipeline", "language models like VAST and X"; the head of a
  compound: "a multi-agent pipeline", "a model merging framework") -- unless the noun is a loose
  one ("framework", "approach", "method", "paradigm") and the title calls X a model or a dataset
  ("OmniFD: A Unified Model for ..."), X marks a known model or dataset as improved ("BRIGHT+"), or
  the text shows a trained network: "we train X on", "Once trained, X", "X, an evaluator fine-tuned
  from", or, for the paper's own system, "our model achieves", or the name is built on a network's
  ("T-BiGAN", "MDSTNet", "Motion-Mamba": :data:`_NETWORK_NAME`; not "NegFaceDiff, a novel sampling
  method": a procedure run on a network) (ANNOTATION: a trained network is a model; not for names in
  plain lower-case words, which name parts of a method); "X: a multilingual transformer" is an
  apposition as "X, a ..." is; "prior methods like X" gives a technique;
- else, for a name that counts what it holds, a dataset ("UAVCAP-15k"; "Lay2Story-1M, which contains
  over 1 million ... images"; also for family members and names a list or a shape typed);
- else (unless a head noun typed it: ``typed_by``) the kind its shape suggests (``...Bench`` is
  a dataset, ``...LM`` a model), else a technique for a name found as a model whose title names a
  procedure ("WavInWav: Time-domain Speech Hiding via Invertible Neural Network"), else the kind it
  was found with.

A vocabulary name that the title opens with and the abstract calls a thing of another kind is the
paper's own coinage ("Falcon: A Cross-Modal Evaluation Dataset ...", "we introduce Falcon, a
large-scale vision-language safety dataset", where the vocabulary's Falcon is a model): a
discovered entity of the text's kind.

A family with sized members ("GemmAr" of "GemmAr-7B") is a model family unless the text says
otherwise; other family-shaped names keep their kind unless the text calls them data ("the MIDOG
challenge", "the ONER-2025 dataset"). Renamed entities get new ids (``<kind>/<slug>``), and their
spans, ``doc._.entities`` and ``doc._.known`` follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.kind_cues import built_on_procedure, names_own_procedure, settler_text
from paperkg.ingest.extract.names import DEFAULT_TASK_NOUNS, METHOD_END, discovered_entity
from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    SpanWriter,
    doc_entities,
    doc_fields,
    doc_text,
    fold,
    group_spans,
    known_names,
    set_doc_value,
    span_value,
)
from paperkg.ingest.records import Entity, Kind, Origin

if TYPE_CHECKING:
    from paperkg.ingest.extract.vocab_matcher import VocabMatcher

_SHORT_FORM = re.compile(r"\(([A-Za-z][\w.+-]{1,15})\)")
# what may follow a name inside its own long form: a generic head ("proximal gradient algorithms (PGA)")
_GENERIC_REST = re.compile(r"\s+(?:algorithms?|methods?|approach(?:es)?|techniques?|frameworks?|models?)",
                           re.IGNORECASE)
# words no long form of a short form holds: the span runs past the name
_NOT_ONE_NAME = re.compile(r"[,;:]|\b(?:with|a|an|the|baseline|variant|than|is|are)\b")

__all__ = ["DEFAULT_KIND_NOUNS", "DEFAULT_NAME_PRIORS", "KindSettler", "evidence_kind"]

#: Nouns that say what a name is, by kind ("none": nouns that say it is none of them).
DEFAULT_KIND_NOUNS: dict[str, list[str]] = {
    "dataset": ["dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "collection", "suite",
                "testbed", "leaderboard", "database", "databases", "challenge", "competition"],
    "model": ["model", "models", "llm", "llms", "mllm", "mllms", "vlm", "vlms", "lvlm", "lvlms", "lmm",
              "lmms", "vla", "language model", "vision-language model", "foundation model",
              "chatbot", "assistant", "family", "series", "checkpoint", "architecture", "system", "agent",
              "network", "networks", "transformer", "generator", "backbone", "classifier", "detector"],
    "technique": ["method", "approach", "framework", "technique", "algorithm", "strategy", "pipeline",
                  "metric", "library", "toolkit", "recipe", "paradigm", "attack", "mechanism", "scheme",
                  "tool", "protocol", "platform", "solver", "renderer", "tracer", "compiler", "module",
                  "block", "layer", "optimizer", "loss", "regularizer", "workflow", "scaffold", "taxonomy"],
    "none": ["language"],
}
#: Name endings that suggest a kind, when the text says nothing (regular expressions), tried in
#: order: a size with a release's tier word is a model's before "Instruct" is a data set's
#: ("Alif-1.0-8B-Instruct", "JoyAI-LLM-48B-A3B Base"; "FaceInstruct").
DEFAULT_NAME_PRIORS: dict[str, str] = {
    "model": r"(?:LM|LLM|LLMs|GPT|BERT|T5|LLaVA|Llama|LLaMA|Former|Coder|-\d+(?:\.\d+)?[BMK]"
             r"|-\d+(?:\.\d+)?B(?:-A\d+(?:\.\d+)?B)?(?:[- ](?:Instruct|Chat|Base|IT|it|Thinking))?)$",
    "dataset": r"(?:[Bb]ench|BENCH|Eval|EVAL|Corpus|Pile|Data|Stories|QA|Set|Instruct)$",
    "technique": r"(?i:Pruner|Tuning|Prompting|Attack|Merging)$",
}
#: The last word of a title-case name that says its kind ("Cognitive Blood Request System").
_OWN_HEADS = {"Model": Kind.MODEL, "Transformer": Kind.MODEL, "Network": Kind.MODEL, "System": Kind.MODEL,
              "Agent": Kind.MODEL, "Benchmark": Kind.DATASET, "Dataset": Kind.DATASET, "Corpus": Kind.DATASET}
#: The last word of a name's long form, in any case, that says its kind: "a Trajectory-Aware State
#: Block (TASB)", "time-triggered federated learning (TT-Fed)", "Video Diffusion Transformers (DiTs)".
#: What a name stands for says what it is, more than "the TT-Fed model" (a model trained the TT-Fed
#: way). (Not "machine": "Finite State Machine", "Image Coding for Machines".)
_FORM_HEADS = {"network": Kind.MODEL, "networks": Kind.MODEL, "transformer": Kind.MODEL,
               "transformers": Kind.MODEL,
               # networks named by their kind of network: "incremental Multi-Layer Perceptron (IMLP)"
               "perceptron": Kind.MODEL, "perceptrons": Kind.MODEL,
               # a system, as the title-case "System" is: "an automated discourse analysis system (ADAS)"
               "system": Kind.MODEL,
               "block": Kind.TECHNIQUE, "module": Kind.TECHNIQUE, "layer": Kind.TECHNIQUE,
               "mechanism": Kind.TECHNIQUE, "algorithm": Kind.TECHNIQUE, "optimizer": Kind.TECHNIQUE,
               "loss": Kind.TECHNIQUE, "learning": Kind.TECHNIQUE, "optimization": Kind.TECHNIQUE,
               "attention": Kind.TECHNIQUE, "regularization": Kind.TECHNIQUE,
               # procedures: "retrieval augmented generation (M-RAG)", "Easy Consistency Tuning (ECT)"
               "generation": Kind.TECHNIQUE, "augmentation": Kind.TECHNIQUE, "tuning": Kind.TECHNIQUE,
               "decoding": Kind.TECHNIQUE, "distillation": Kind.TECHNIQUE, "pruning": Kind.TECHNIQUE,
               "quantization": Kind.TECHNIQUE, "sampling": Kind.TECHNIQUE, "prompting": Kind.TECHNIQUE,
               # representations a method computes: "Solvent Data Driven Embeddings (SoDaDE)", "Position
               # Embedding as a Context Controller (PoCo)"
               "embedding": Kind.TECHNIQUE, "embeddings": Kind.TECHNIQUE,
               # data: "Cognitive Hierarchy Benchmark (CHBench)", "a Long Form Dataset (LFD)"
               "benchmark": Kind.DATASET, "dataset": Kind.DATASET, "corpus": Kind.DATASET}
#: Technique nouns that name a benchmark after an evaluation word ("an evaluation framework").
_EVALUATION_HEADS = frozenset({"framework", "pipeline", "protocol", "platform", "toolkit"})
_EVALUATION_WORDS = (" evaluation", " benchmarking", " assessment")
#: Technique nouns too loose to outweigh a paper calling its system a model: "R2LDM, an innovative
#: approach" whose "model achieves 6- to 10-fold densification" (ANNOTATION: a trained network is a model).
_LOOSE_NOUNS = frozenset({"framework", "approach", "method", "paradigm"})
#: The end of a name built on a network's name: "T-BiGAN", "MDSTNet", "HDRP-SNN", "Motion-Mamba",
#: "ECTSpeech", "Proteus-ViT/Ti" (a network is a model, even when the paper calls it "a novel framework";
#: not the bare word, nor "Text-to-Speech"; not "-TTS": test-time scaling as often as text-to-speech; not
#: "-Diff": the corpus calls such a name a framework, method or approach (119 abstracts: "PathSegDiff, a
#: novel approach", "AortaDiff: A Unified Multitask Diffusion Framework") three times as often as a model
#: (36), and the dev gold reads "ACADiff" as a technique: the text's noun decides).
_NETWORK_NAME = re.compile(
    r"(?:(?<=[a-z\d-]|[A-Z])(?:Net|GAN|SNN|CNN|GNN|GCN|LSTM|Mamba|BERT|ViT|Former|former|VAE)"
    r"|(?<=[A-Za-z])Speech)(?:-?[vV]?\d+(?:\.\d+)?|[-/](?:Ti|S|B|L|H)(?:/\d+)?)?$")
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
# "X, a training-free framework", "X, a novel sampling method": what is done to a network, not one
_PROCEDURE_APPOSITION = re.compile(
    r"[,:]?\s+(?:(?:is|was)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:training-free|tuning-free|sampling|unlearning|quantization|pruning|distillation|compression"
    r"|acceleration|decoding|guidance)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:method|framework|approach|technique|strategy|algorithm|scheme|pipeline)\b", re.IGNORECASE)
_SIZED_NAME = re.compile(r"[- ]\d+(?:\.\d+)?[BM]\b")  # "-7B", " 540B", "-350M": parameters
# a plural of a name: with an inner capital ("EfficientNets", "ResNets"), an acronym ("GATs", "TCNs"),
# title-case words ("Graph Attention Networks"); not "Transformers" (no vocabulary model or dataset)
_PLURAL_NAME = re.compile(
    r"[A-Z]\w*[a-z][A-Z]\w*[a-z]s|[A-Z][A-Z\d-]*[A-Z]s|(?:[A-Z][\w-]*\s)+[A-Z][\w-]*[a-z]s")
_NOT_AFTER = ("on", "upon", "in", "at", "with", "using", "across", "for", "from", "by", "to", "of", "under",
              "over", "via", "into", "compared")


#: Words that end the words between an article and its kind noun ("X, a path toward foundation
#: models"): a clause or a prepositional phrase, whose noun is not what X is ("of" stays: "a family of
#: models").
_NOT_FILLER = ("that|which|who|whose|where|to|toward|towards|for|in|on|with|from|by|via|into|across|over|"
               "beyond")


class _Evidence:
    """The patterns that read a kind off the text around a name."""

    def __init__(self, kind_nouns: Mapping[str, Sequence[str]]) -> None:
        self.kind_of_noun: dict[str, Kind | None] = {}
        for key, nouns in kind_nouns.items():
            for noun in nouns:
                self.kind_of_noun[noun.lower().split()[-1]] = None if key == "none" else Kind(key)
        nouns = "|".join(sorted((re.escape(n) for ns in kind_nouns.values() for n in ns), key=len,
                                reverse=True))
        # a list's plural: "prior methods like CAVP", "strategies such as X" ("-ies" read as itself)
        for key, listed in kind_nouns.items():
            for noun in listed:
                if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
                    self.kind_of_noun[noun[:-1] + "ies"] = None if key == "none" else Kind(key)
        plurals = "|".join(sorted((re.escape(n[:-1]) + "(?:y|ies)" if n.endswith("y") else re.escape(n)
                                   for ns in kind_nouns.values() for n in ns), key=len, reverse=True))
        # (a noun ends its word: "a transformer-based method", "an LLM-based framework" are methods;
        # "the COSOCO dataset--the first of its kind" is a dataset)
        noun = (r"(?:\w+-)*(?P<noun>" + nouns + r")(?!\w|-\w)(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:\w+-)*(?P<of>"
                + nouns + r")(?!\w|-\w))?")
        # After the name: "X, a multilingual dataset", "X (Y), the first ... corpus", "X is a framework",
        # "we propose MUTEX: a multilingual transformer combined with ..."
        # ("MAC), a benchmark": the short form of "Long Form (MAC)"; "X, which to our knowledge is the
        # first framework", "X, which is, to the best of our knowledge, the first ... mechanism";
        # '"MApLe", a ... approach': a quoted name; "RIFT: RubrIc Failure mode Taxonomy, a taxonomy": its long
        # form after a colon; not past a preposition: "position X as a promising path
        # toward foundation models" calls X no model)
        self.after = re.compile(
            r"[\"\u201d]?\)?(?:\s*\([^)]{0,100}\)|:\s+(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,7},)?"
            r"[,:]?\s+(?:which\s+(?:is,\s+)?)?"
            r"(?:(?:to the best of|to) our knowledge,?\s+)?"
            r"(?:(?:is|was|which is|as)\s+)?"
            r"(?:a|an|the)\s+(?:(?!(?:" + _NOT_FILLER + r")\s)[\w/-]+,?\s+){0,8}?" + noun, re.IGNORECASE)
        # Right after the name: "the LLaVA-KD framework", "our X dataset", "a Long Form (LF) benchmark"
        # (not a model: "a historical dynamic refractory period (HDRP) model" is a mathematical one)
        self.right_after = re.compile(r"(?P<paren>\)?(?:\s+\([^)]{0,40}\))?)\s+" + noun, re.IGNORECASE)
        # Right before the name: "a search system MMMORRF", "the occupancy model COAP"
        self.right_before = re.compile(r"\b(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?" + noun + r"\s$",
                                       re.IGNORECASE)
        # Before the name: "a novel approach, Partially-Binarized LLM (X)", "a new benchmark called X",
        # "a training-free memory-based method, X" (an indefinite appositive: "the ... datasets, X"
        # is no apposition), "the novel method for LLMs, namely X"; the paper's own: "Our proposed
        # method, called MIRO", "Our method, which we name BehaviorBox" (91 corpus abstracts write "our
        # <noun>, called X")
        pp = r"(?:\s+(?:for|of|on|in)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
        self.before = re.compile(
            r"\b(?:(?:a|an|the|[Oo]ur)\s+(?:[\w-]+\s+){0,4}?" + noun
            + r"(?:\s*(?:,|--|\u2014|:)\s*(?:(?:called|named|dubbed|termed)\s+)?(?:[\w-]+\s+){0,3}?\("
            r"|\s*(?:,|--|\u2014)?\s*(?:called|named|dubbed|termed|which\s+we\s+(?:call|name|term|dub))\s+|"
            + pp + r"\s*,\s*namely\s+)"
            r"|" + "".join(f"(?<!\\b{w} )" for w in _NOT_AFTER)
            + r"(?:a|an)\s+(?:[\w-]+\s+){0,4}?"
                                 + noun.replace("?P<noun>", "?P<noun2>").replace("?P<of>", "?P<of2>")
            + pp + r"\s*,\s*)$", re.IGNORECASE)
        # One of a counted set the paper makes: "we propose two novel methods, DMILO and DMILO-PGD", "we
        # introduce three new benchmarks, X, Y and Z" (X is one of them, as "a method, X" is the one). Only
        # after a verb of making: "Evaluated on the four ... benchmarks, ComposeRAG outperforms" and "after
        # training two variants on four benchmarks, GraphMoE" end a fronted phrase, and the name is its
        # subject
        self.counted = re.compile(
            r"\b(?:propos|introduc|present|releas|construct|develop|design|buil|curat|creat|contribut|offer)"
            r"\w*\s+(?:[a-z]+\s+)?(?:two|three|four|five|several|multiple)\s+"
            r"(?:(?!(?:on|in|across|over|for|of|with|from)\s)[\w-]+\s+){0,3}?(?P<noun>" + plurals
            + r")(?P<plural>e?s)?\s*,\s*(?:namely\s+)?$", re.IGNORECASE)
        # An example of a kind noun: "multimodal language models like VAST and LanguageBind", "benchmarks
        # such as A, B, and X", "prior methods like CAVP" (what the list's other names are does not matter)
        self.example = re.compile(
            r"\b(?P<noun>" + plurals + r")(?P<plural>e?s)?\s+(?:like|such\s+as|including|e\.g\.,?)\s+"
            r"(?:[\w.+-]+(?:\s+[\d.]+[BM]?)?(?:\s*\([^()]{0,20}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,5}$",
            re.IGNORECASE)

    @staticmethod
    def noun_of(match: re.Match[str]) -> str:
        """The kind noun a match found ("framework"; "models" of "a family of models")."""
        groups = match.groupdict()
        of = groups.get("of") or groups.get("of2")
        noun = of or groups.get("noun") or groups.get("noun2") or ""
        return noun.lower().split()[-1] if noun else ""

    def kind_of(self, match: re.Match[str]) -> Kind | None:
        groups = match.groupdict()
        group = "noun" if groups.get("noun") else "noun2"
        of = groups.get("of") or groups.get("of2")
        noun = self.noun_of(match)  # "a suite of LLMs", "a family of models", "a collection of benchmarks"
        kind = self.kind_of_noun.get(noun)
        if kind is Kind.TECHNIQUE and not of and noun in _EVALUATION_HEADS and not groups.get("plural"):
            # "an adaptive evaluation framework": a benchmark (ANNOTATION: like HELM)
            start = match.start(group)
            if match.string[max(0, start - 14):start].lower().rstrip().endswith(_EVALUATION_WORDS):
                return Kind.DATASET
        if kind is Kind.MODEL and not of and noun == "architecture" and (
                match.string[max(0, match.start(group) - 8):match.start(group)].lower().endswith("memory ")):
            # "a ... persistent memory architecture": how an agent keeps what it saw, no network
            return Kind.TECHNIQUE
        return kind

    def compound_head(self, text: str, end: int) -> str:
        """A kind noun that heads the noun phrase a kind noun ending at ``end`` opens: "a multi-agent
        pipeline that ...", "a model compression framework for ..."; "" when the phrase ends first.

        >>> _DEFAULT_EVIDENCE.compound_head("a multi-agent pipeline that leverages", 13)
        'pipeline'
        >>> _DEFAULT_EVIDENCE.compound_head("a transformer model trained on text", 19)
        ''
        """
        words = _COMPOUND_WORDS
        modifier = _ABBREVIATED_MODIFIER.match(text, end)
        if modifier:  # "a multimodal large language model (MLLM)-based image forgery analysis framework"
            end, words = modifier.end(), _COMPOUND_WORDS + 2
        for word in _COMPOUND_WORD.findall(text, end, min(len(text), end + 60))[:words]:
            word = word.lower()
            if not word[:1].isalpha() or word in _PHRASE_ENDS or _plural(word) or (
                    word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS):
                return ""  # (a verb or a plural ends it: "our FST method enables LLMs")
            if word in self.kind_of_noun and self.kind_of_noun[word] is not None:
                return word
        return ""

    def title_kind(self, label: str, title: str) -> Kind | None:
        """The kind the head of a title's first noun phrase after "label:" gives: "OmniFD: A Unified
        Model for ..." (a model), "LLaVA-KD: A Framework of ..." (a technique), a procedure noun
        ("WavInWav: Time-domain Speech Hiding via ...": a technique); none for a phrase that opens with
        a verb ("MUTEX: Leveraging Multilingual Transformers ..."), ends in a plural or joins two nouns
        ("Dataset and Method"); a data noun needs an article (not "Transit OD Data Collection with ..."); a
        technique noun does not: "CrowdQuery: Density-Guided Query Module for ..." names a module.

        >>> _DEFAULT_EVIDENCE.title_kind("OmniFD",
        ...                              "OmniFD: A Unified Model for Versatile Face Forgery Detection")
        <Kind.MODEL: 'model'>
        >>> _DEFAULT_EVIDENCE.title_kind("WavInWav",
        ...                              "WavInWav: Time-domain Speech Hiding via Invertible Networks")
        <Kind.TECHNIQUE: 'technique'>
        """
        return self.title_found(label, title)[0]

    def title_found(self, label: str, title: str) -> tuple[Kind | None, bool]:
        """(:meth:`title_kind`, whether a procedure noun gave it: "MApLe: Multi-instance Alignment of
        ...", not a kind noun: "R2LDM: An Efficient ... Framework").

        >>> _DEFAULT_EVIDENCE.title_found("MApLe", "MApLe: Multi-instance Alignment of Diagnostic Reports")
        (<Kind.TECHNIQUE: 'technique'>, True)
        """
        if not title.startswith(label) or not title[len(label):].lstrip().startswith(":"):
            return None, False
        phrase = []
        for word in title.split(":", 1)[1].split()[:_TITLE_PHRASE_WORDS]:
            word = word.strip(",.;()!?")
            if word.lower() == "and":
                return None, False  # "ClimbingCap: Multi-Modal Dataset and Method for ...": which one is it?
            if word.lower() in _TITLE_PHRASE_ENDS or not word:
                break
            phrase.append(word)
        head = phrase[-1].lower().split("-")[-1] if phrase else ""
        if not head or phrase[0].lower().endswith("ing") or _plural(head):
            # (a plural names the topic: "HFL-FlowLLM: Large Language Models for Network ...")
            return None, False
        kind = self.kind_of_noun.get(head)
        if kind is None and head not in self.kind_of_noun and METHOD_END.search(head) and head not in _TASKS:
            # a procedure ("Time-domain Speech Hiding"), not a task ("Object Detection"); a gerund ("Hiding",
            # "Nowcasting") names an activity as often as a method
            return Kind.TECHNIQUE, not head.endswith("ing")
        if kind is Kind.DATASET and phrase[0].lower() not in ("a", "an", "the"):
            # "TransitReID: Transit OD Data Collection with ...": an activity, not a collection
            return None, False
        return kind, False

    def example_kind(self, label: str, text: str, listed: Kind | None = None) -> Kind | None:
        """The kind of the noun ``label`` is an example of: "language models like VAST and X"; a loose
        noun does not undo a model that a list gave (``listed``): "pretraining methods including
        Proteus-ViT/Ti (5M)" lists trained networks."""
        for position in _occurrences(text, label):
            window = text[max(0, position - 160):position]
            found = self.example.search(window) if _EXAMPLE_WORDS.search(window, len(window) - 80) else None
            kind = self.kind_of(found) if found else None
            if kind is Kind.TECHNIQUE and listed is Kind.MODEL and self.noun_of(found) in _LOOSE_NOUNS:
                continue
            if kind is not None:
                return kind
        return None

    def kind(self, label: str, text: str, *, examples: bool = True) -> Kind | None:
        """The kind the text gives a name: "X, a ... dataset", "the X framework", "a method, X" (and, with
        ``examples``, "methods like X")."""
        return self.found(label, text, examples=examples)[0]

    def found(self, label: str, text: str, *, examples: bool = True) -> tuple[Kind | None, str]:
        """(:meth:`kind`, the noun that gave it)."""
        for pattern in (self.after, self.right_after):
            for position in _occurrences(text, label):
                found = pattern.match(text, position + len(label))
                if found and pattern is self.after and not _spelled_after_colon(label, text, found):
                    # "SciBench: Our analysis shows that GPT-4, a ... model": a clause, not its long form
                    continue
                kind = self.kind_of(found) if found else None
                if kind is Kind.MODEL and pattern is self.right_after and found and found.group("paren"):
                    continue
                if found and ":" in found.group(0) and _COLON_CLAUSE.match(text, found.end()):
                    continue  # "CAGE (...): an LLM synthesizes executable code": a clause, no apposition
                if kind is not None or found and self.noun_of(found) in self.kind_of_noun:
                    head = self.compound_head(text, found.end())
                    if head:  # "a multi-agent pipeline", "a model compression framework", "a vision-language
                        return self.kind_of_noun[head], head  # safety dataset" (not a language)
                    if kind is not None:
                        return kind, self.noun_of(found)
        for position in _occurrences(text, label, variants=True):  # "a model, GemmAr-7B-V1" holds for GemmAr
            window = text[max(0, position - 160):position]
            # ``before`` is anchored at the window's end: try it only where the window ends as it must
            found = (self.before.search(window) if window.rstrip()[-6:].lower().endswith(_BEFORE_ENDS)
                     else None)
            if found is None and window.endswith(", "):
                found = self.counted.search(window, len(window) - 100)
            if found is None and window.endswith(" ") and window[-30:].split()[-1:] and (
                    window[-30:].split()[-1].lower() in self.kind_of_noun):
                found = self.right_before.search(window[-80:])
            if found is None and examples and _EXAMPLE_WORDS.search(window, len(window) - 80):
                found = self.example.search(window)
            kind = self.kind_of(found) if found else None
            if kind is not None:
                return kind, self.noun_of(found)
        return None, ""


#: Words after a kind noun that end its noun phrase ("a transformer model trained on", "a model that").
_PHRASE_ENDS = frozenset({"for", "of", "that", "which", "who", "to", "with", "in", "on", "and", "or", "is",
                          "are", "was", "by", "from", "via", "using", "based", "trained", "built", "designed",
                          "as", "at", "where", "than", "into", "achieves", "called", "named", "dubbed",
                          "termed", "capable", "the", "a", "an", "its", "their", "our", "this", "these",
                          "each", "his", "her",
                          # participles that open a complement: "a benchmark comprising model outputs"
                          "comprising", "containing", "including", "consisting", "covering", "spanning",
                          "featuring", "targeting", "leveraging", "integrating", "combining", "incorporating",
                          "enabling", "allowing", "requiring", "utilizing", "employing", "involving"})
# a verb right after the kind noun of "X: a/an ...": the colon opens a clause ("X: an LLM synthesizes code")
_COLON_CLAUSE = re.compile(r"\s+(?:[a-z]+s|can|will|may|is|are|was|were)\b")
# an adverb after a kind noun ends its phrase: "a benchmark specifically targeting LLM safety"
_NOT_ADVERBS = frozenset({"family", "anomaly", "assembly", "supply", "poly", "butterfly", "reply", "italy"})
# the words right after a kind noun, up to punctuation: where the noun phrase's head may still come
_COMPOUND_WORD = re.compile(r"(?<=\s)[A-Za-z][\w-]*|[,.;:()\[\]]")
_COMPOUND_WORDS = 3
# a kind noun's short form that makes it a modifier: "model (MLLM)-based"
_ABBREVIATED_MODIFIER = re.compile(r"\s*\([^()]{1,20}\)-[a-z]+")

# what ends a title's first noun phrase after its colon: "A Unified Model for ..."
_TITLE_PHRASE_ENDS = frozenset({"for", "to", "with", "of", "from", "in", "on", "via", "through", "towards",
                                "toward", "by", "that", "which", "using", "across", "at", "as", "beyond",
                                "without",
                                # participles that open a complement: "... Framework Leveraging Diffusion
                                # Model"
                                "leveraging", "exploiting", "utilizing", "incorporating", "integrating",
                                "--", "-", ":"})
_TITLE_PHRASE_WORDS = 8
_TASKS = frozenset(DEFAULT_TASK_NOUNS)


def _plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural or a verb's third person ("models", "enables";
    not "corpus", "class")."""
    return word.endswith("s") and not word.endswith(("us", "ss", "is"))


# the confidence of a title's name the paper coins (as ``paperkg_title`` gives it)
_COINED_CONFIDENCE = 0.9
_KIND_RANK = {Kind.MODEL: 0, Kind.DATASET: 1, Kind.TECHNIQUE: 2, Kind.LANGUAGE: 3}


def _summed(votes: dict[str, list[int]], old: set[str], entity: Entity, entities: dict[str, Entity],
            renamed: dict[str, Entity]) -> tuple[int, int]:
    """(introducing spans, spans) of the old ids that now are ``entity``."""
    mine = [votes.get(eid, [0, 0]) for eid in old if renamed.get(eid, entities[eid]).id == entity.id]
    return sum(v[0] for v in mine), sum(v[1] for v in mine)


_COLON_LONG_FORM = re.compile(r"[\"\u201d]?\)?:\s+(?!(?i:a|an|the)\s)([^,]*),")


def _spelled_after_colon(label: str, text: str, found: re.Match[str]) -> bool:
    """Whether an apposition reached over a colon follows the name's long form ("RIFT: RubrIc Failure
    mode Taxonomy, a taxonomy", "ProDG: Generative Prototypes for Data-Free ..., a novel framework": a
    capitalised word in it starts with the name's first letter); true of every other apposition."""
    colon = _COLON_LONG_FORM.match(text, found.start(), found.end())
    return colon is None or label[:1].upper() in {w[0] for w in colon.group(1).split() if w[0].isupper()}


def _occurrences(text: str, label: str, *, variants: bool = False) -> Iterator[int]:
    """Where ``label`` stands as a whole name in ``text`` (``variants``: also "label-7B-V1"); an empty
    label stands nowhere (``find`` would return the same place for ever)."""
    if not label:
        return
    position = text.find(label)
    while position >= 0:
        end = position + len(label)
        if (position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")
                or variants and text[end] == "-" and _SIZED_NAME.match(text, end)):
            yield position
        position = text.find(label, end)


_PREPOSITIONS = frozenset({"for", "of", "with", "via", "in", "on", "from", "to", "by", "under", "as"})


def _head_part(name: str) -> str:
    """A name up to its first preposition: its head is the last word of that ("Physically Reactive
    and Interactive Motor Model for Avatar Learning", "CloudUNet with Attention Module")."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if i and word.lower() in _PREPOSITIONS:
            return " ".join(words[:i])
    return name


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


def _trained(label: str, text: str) -> bool:
    """Whether the text trains ``label``: "we train X on", "X is trained", "UniR modules trained
    for different tasks", "Once trained, X", "a trained X model" (not "X-trained", "X trained models").

    >>> _trained("UniR", "Once trained, UniR can be combined"), _trained("GRPO", "GRPO trained models")
    (True, False)
    >>> _trained("DPM", "We train a DPM predictor on a mixture")
    False
    >>> _trained("SCFlow2", "We train SCFlow2 on a mix")
    True
    """
    if "train" not in text and "tune" not in text:
        return False
    for position in _occurrences(text, label):
        end = position + len(label)
        before = text[max(0, position - 40):position]
        if _TRAINED_AFTER.match(text,
                                end) or _ONCE_TRAINED.search(before) or _TRAINED_BEFORE.search(before) and (
                _TRAINED_OBJECT_END.match(text, end)) or (
                    _TRAINED_ARTICLE.search(before) and _MODEL_AFTER.match(text, end)):
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


#: The last word of a long form that makes its short form a task's or a field's name, not a model's:
#: "Arabic dialect identification (ADI) systems", "Computer-Aided Design (CAD) models", "Multi-Person
#: Pose Estimation (MPPE)" (procedure heads such as "generation" or "learning" are :data:`_FORM_HEADS`).
_TASK_FORM_HEADS = frozenset({
    "detection", "recognition", "classification", "segmentation", "identification", "estimation",
    "prediction", "forecasting", "answering", "translation", "summarization", "captioning", "tracking",
    "understanding", "editing", "analysis", "assessment", "evaluation", "diagnosis", "localization",
    "localisation", "recommendation", "verification", "retrieval", "reasoning", "correction", "imaging",
    "design",
    # "Non-Intrusive Load Monitoring (NILM)", "radiology report generation (RRG)": 903 corpus abstracts
    # spell a short form out as "... generation" or "... monitoring", a task (a procedure such as "retrieval
    # augmented generation" is a technique by :data:`_FORM_HEADS` before this is asked: it drops only models)
    "monitoring", "generation"})
#: The plural heads of a class of models: "pre-trained models (PTMs)", "long-context language models (LCLM)".
_CLASS_HEADS = frozenset({"models", "networks"})


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


#: The words whose "X-to-Y" names a task or a manner, not a model: "Text-to-Image Models", "Speech-to-Text
#: systems", "a Coarse-to-Fine Model", "End-to-End Model" (not a coined "Debate-to-Detect").
_PAIR_WORDS = ("text|image|video|speech|audio|motion|music|sound|voice|3d|code|sql|any|end|coarse|fine"
               "|sequence|point|mesh|shape|scene|sketch|layout")
_TASK_PAIR = re.compile(f"(?i:{_PAIR_WORDS})-to-(?i:{_PAIR_WORDS})")
#: People with a machine, hyphen-joined: an interaction, not a model ("Full-duplex Human-LLM Speech
#: Interaction", "Human-Robot collaboration"; 348 corpus abstracts join "Human" to an actor so).
_ACTORS = "llm|llms|ai|robot|agent|machine|computer|vlm|mllm"
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


# a name marked as an improved version of another: "BRIGHT+", "UNet++"
_IMPROVED = re.compile(r"([A-Za-z][\w.-]*[A-Za-z\d])\+{1,2}")
_REFERENCE_WORDS = ("replacement", "variant", "extension", "generali", "successor", "alternative",
                    "adaptation",
                    "modification", "specialization", "enhancement")  # (what _REFERENCE needs, found fast)
_EXAMPLE_WORDS = re.compile(r" (?:like|such as|including|e\.g\.,?) ")
#: How every match of ``_Evidence.before`` ends (but for spaces): "(", "called X", "namely X", ", X".
_BEFORE_ENDS = ("(", ",", "called", "named", "dubbed", "termed", "namely", "call", "name", "term", "dub")
_DEFAULT_EVIDENCE = _Evidence(DEFAULT_KIND_NOUNS)


def evidence_kind(label: str, text: str) -> Kind | None:
    """The kind ``text`` gives the name ``label`` (default nouns), if it says one.

    >>> evidence_kind("Dolma", "We release Dolma, a three-trillion-token English corpus.")
    <Kind.DATASET: 'dataset'>
    >>> evidence_kind("FooNet", "On a challenging benchmark, FooNet wins.") is None
    True
    """
    return _DEFAULT_EVIDENCE.kind(label, text)


class KindSettler:
    """Give each discovered entity the kind the whole paper supports; rename ids to match."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 kind_nouns: Mapping[str, Sequence[str]] | None = None,
                 name_priors: Mapping[str, str] | None = None,
                 typed_by: Sequence[str] = ("paperkg_heads", "paperkg_lists")) -> None:
        self.name = name
        self.nlp = nlp
        self.spans_key = spans_key
        self.typed_by = frozenset(typed_by)
        self.evidence = _Evidence(DEFAULT_KIND_NOUNS if kind_nouns is None else kind_nouns)
        priors = DEFAULT_NAME_PRIORS if name_priors is None else name_priors
        self.priors = tuple((Kind(k), re.compile(p)) for k, p in priors.items())

    def _settled(self, label: str, kind: Kind, text: str, typed: bool, aliases: Sequence[str] = (), *,
                 own_model: bool = False, references: _References | None = None, title: str = "",
                 main: bool = False) -> Kind:
        """The kind of ``label``: its long form's head, what it replaces or extends (``references``:
        the kinds of the paper's linked surfaces), the text's kind noun (a loose one yields to the
        model or dataset noun of the ``title``: "OmniFD: A Unified Model ..." called "a unified
        framework"), signs of a trained network (``own_model``: the paper's own system, which it calls
        "our model"), the shape of the name; for the paper's ``main`` name that nothing else types, what
        the paper calls its own work (:func:`~.kind_cues.names_own_procedure`), and a name built on a known
        procedure's (:func:`~.kind_cues.built_on_procedure`)."""
        for name in (label, *aliases):  # "the Regression Transformer (RT), a novel method": a model
            head = _head_part(name).rsplit(" ", 1)
            if len(head) == 2 and head[1] in _OWN_HEADS and head[0][:1].isupper():
                return _OWN_HEADS[head[1]]
            if len(head) == 2 and head[1].lower() in _FORM_HEADS:
                return _FORM_HEADS[head[1].lower()]
        form = _long_form_head(label, text)
        if form is not None:
            return form
        if references is not None and references.refers:
            referred = _referred_kind(label, text, references)
            if referred is not None:
                return referred
        found, noun = self.evidence.found(label, text)
        loose = found is None or noun in _LOOSE_NOUNS
        titled, procedure = self.evidence.title_found(label, title) if title else (None, False)
        if titled in (Kind.MODEL, Kind.DATASET) and loose:
            return titled
        improved = _improved_kind(label, references) if references is not None else None
        if improved is not None and loose:
            return improved
        # (a title that calls X a procedure outweighs "our model", which may mean the network X trains:
        # "MApLe: Multi-instance Alignment of Diagnostic Reports ...", "a ... vision language alignment
        # approach"; and "X, a ... quantization method" outweighs "to train X": its router is trained, X is
        # the method)
        if not _plain_phrase(label) and (
                (found or kind) is Kind.TECHNIQUE and loose and (
                    own_model and not procedure
                    or (_NETWORK_NAME.search(label) or _trained(label, text))
                    and not _works_on_networks(label, text))
                or found is None and kind is Kind.DATASET and _trained(label, text)):
            # (data is collected, not trained: "FalconEye, ... fine-tuned from Qwen2.5-VL-7B")
            return Kind.MODEL
        if found is None and _holds_data(label, text, kind):
            return Kind.DATASET  # "UAVCAP-15k", "Lay2Story-1M, which contains over 1 million ... images"
        if found is not None or typed:
            return found or kind
        for prior, pattern in self.priors:
            if pattern.search(label):
                return prior
        if kind is Kind.MODEL and (titled is Kind.TECHNIQUE or _procedure_form(label, aliases)):
            return Kind.TECHNIQUE
        if kind is Kind.MODEL and titled is None and (
                main and not own_model and not _NETWORK_NAME.search(label) and not _trained(label, text)
                and not _called_a_model(aliases, title) and names_own_procedure(label, text)
                or built_on_procedure(label, self._known)):
            return Kind.TECHNIQUE  # the paper's own name, its work "a ... framework"; "LaF-GRPO", "Flat-LoRA"
        return kind

    def _known(self, name: str) -> Entity | None:
        """The vocabulary entity spelled ``name`` (as written, else case-folded), if any."""
        if "paperkg_vocab" not in self.nlp.pipe_names:
            return None
        matcher = self.nlp.get_pipe("paperkg_vocab")
        eid = matcher.fold_index.get("=" + name) or matcher.fold_index.get(fold(name))
        return matcher.vocabulary.entity(eid) if eid is not None else None

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans:
            return doc
        _drop_nested_in_long_forms(doc, self.spans_key)
        found = doc_entities(doc)
        entities = {span.id_: found[span.id_] for span in group_spans(doc, self.spans_key)
                    if span.id_ in found}
        # (markup blanked to spaces leaves "TiP4GEN , an advanced ... framework": read as "TiP4GEN, an ...")
        abstract = " ".join(doc_text(doc)[f.start:f.end] for f in doc_fields(doc) if f.name == "abstract")
        text = settler_text(abstract)
        renamed = self._coined_anew(doc, text)
        if entities:
            typed = {span.id_ for span in group_spans(doc, self.spans_key)
                     if span_value(span, "extractor") in self.typed_by}
            # (what a name replaces, and the paper's own system, are looked for only where the text has the
            # words)
            references = _References(doc, self.spans_key,
                                     refers=any(word in text for word in _REFERENCE_WORDS))
            main = _main_name(doc, self.spans_key, entities)
            own_model = main if _calls_own_model(text) else None
            title = " ".join(doc_text(doc)[f.start:f.end] for f in doc_fields(doc) if f.name == "title")
            plain = _plain_written(doc, self.spans_key, entities)
            renamed.update(self._renames(entities, text, typed, own_model, references, title, plain, main))
            renamed.update(self._unify(doc, entities, renamed))
            renamed.update(self._plurals(entities))
        if renamed:
            self._rename(doc, renamed)
        _drop_task_models(doc, self.spans_key, text)
        return doc

    def _coined_anew(self, doc: Doc, text: str) -> dict[str, Entity]:
        """A vocabulary name that the title opens with ("MARS: a Multimodal Alignment and Ranking
        System for ...") and that the abstract calls a thing of another kind ("Falcon, a large-scale
        vision-language safety dataset", where the vocabulary's Falcon is a model) is the paper's own
        name that happens to be spelled like a known one: a discovered entity of the text's kind."""
        title = next((f for f in doc_fields(doc) if f.name == "title"), None)
        if title is None or ":" not in doc_text(doc)[title.start:title.end]:
            return {}
        text_of = doc_text(doc)
        out: dict[str, Entity] = {}
        for span in group_spans(doc, self.spans_key):
            if (span.start_char != title.start or text_of[span.end_char:span.end_char + 1] != ":"
                    or span_value(span, "origin") != Origin.VOCABULARY.value):
                continue
            kind = self.evidence.kind(span.text, text)
            if kind is not None and kind.value != span.label_:
                out[span.id_] = discovered_entity(span.text, kind, _COINED_CONFIDENCE)
        return out

    def _plurals(self, entities: dict[str, Entity]) -> dict[str, Entity]:
        """A discovered name that is the plural of a vocabulary model or dataset ("EfficientNets",
        "ResNets", "GATs", "Graph Attention Networks"), in its label or a short form ("Temporal
        Convolutional Networks (TCNs)"), is that entity, not a new one (one entity per concept per
        paper)."""
        out: dict[str, Entity] = {}
        matcher = None
        for eid, entity in entities.items():
            if entity.origin is not Origin.DISCOVERED:
                continue
            for name in (entity.label, *entity.aliases):
                if not _PLURAL_NAME.fullmatch(name):
                    continue
                if matcher is None:  # (asked only for a plural: ``pipe_names`` makes a list each time)
                    if "paperkg_vocab" not in self.nlp.pipe_names:
                        return {}
                    matcher = self.nlp.get_pipe("paperkg_vocab")
                known = self._vocabulary_singular(matcher, name)
                if known is not None:
                    out[eid] = known
                    break
        return out

    @staticmethod
    def _vocabulary_singular(matcher: VocabMatcher, plural: str) -> Entity | None:
        """The vocabulary model or dataset (not a generic one) that ``plural`` is the plural of (a
        case-sensitive name, "TCN", is keyed as written)."""
        singular = fold(plural[:-1])
        target = matcher.fold_index.get(singular) or matcher.fold_index.get("=" + plural[:-1])
        known = matcher.vocabulary.entity(target) if target is not None else None
        if known is not None and known.kind in (Kind.MODEL, Kind.DATASET) and not known.generic and (
                fold(known.label) == singular or any(fold(a) == singular for a in known.aliases)):
            return known
        return None

    def _unify(self, doc: Doc, entities: dict[str, Entity], renamed: dict[str, Entity]) -> dict[str, Entity]:
        """One entity per name in a paper: discovered entities whose labels differ only in case or
        punctuation ("KGym" in the title, "kGym" in the abstract; "LangSAMP" as model and as
        technique), or one of which is the other's long form ("Alignment-Aware Decoding" in the title,
        "alignment-aware decoding (AAD)" in the abstract), become the one with the most introducing
        spans, then the most spans."""
        votes: dict[str, list[int]] = {}
        for span in group_spans(doc, self.spans_key):
            if span.id_ in entities:
                vote = votes.setdefault(span.id_, [0, 0])
                vote[0] += span_value(span, "role") == "introduces"
                vote[1] += 1
        discovered = {eid: entity for eid, entity in entities.items() if entity.origin is Origin.DISCOVERED}
        long_forms = {fold(alias): fold(entity.label) or entity.label for eid, entity in discovered.items()
                      for alias in renamed.get(eid, entity).aliases}
        groups: dict[str, list[Entity]] = {}
        for eid, entity in discovered.items():
            key = fold(entity.label) or entity.label
            groups.setdefault(long_forms.get(key, key), []).append(renamed.get(eid, entity))
        out: dict[str, Entity] = {}
        for group in groups.values():
            ids = {e.id for e in group}
            if len(ids) < 2:
                continue
            old = {eid for eid, e in entities.items() if renamed.get(eid, e).id in ids}
            best = max(group,
                       key=lambda e: (*_summed(votes, old, e, entities, renamed), -_KIND_RANK[e.kind], e.id))
            aliases = tuple(sorted(({e.label for e in group} | {a for e in group
                                                                for a in e.aliases}) - {best.label}))
            merged = replace(best, aliases=aliases)
            for eid in old:
                if eid != merged.id or renamed.get(eid, entities[eid]) != merged:
                    out[eid] = merged
        return out

    def _renames(self, entities: dict[str, Entity], text: str, typed: set[str], own_model: str | None = None,
                 references: _References | None = None, title: str = "",
                 plain: frozenset[str] = frozenset(), main: str | None = None) -> dict[str, Entity]:
        """New kinds (and ids) of the discovered ``entities``; ``typed``: ids a head noun typed;
        ``own_model``: the id of the paper's own system (:func:`_main_name`) when the paper calls
        its system a model ("our model achieves"); ``title``: the paper's title; ``plain``: ids
        written in lower-case words only (:func:`_plain_written`), which are no models; ``main``: the id
        of the paper's own name (:func:`_main_name`)."""
        renamed: dict[str, Entity] = {}
        families = {e.broader for e in entities.values() if e.broader}
        # A discovered family with sized members ("GemmAr" of "GemmAr-7B") is a model family unless
        # the paper says otherwise ("WebVid-2M, a dataset of clips"); a vocabulary dataset's sample stays.
        # names that count what they hold (not "-1M" parameters); the words looked for once a paper
        counted = text if any(word in text for word in _CONTENTS_WORDS) else ""
        data = {eid for eid, e in entities.items()
                if e.origin is Origin.DISCOVERED and _holds_data(e.label, counted, e.kind)}
        sized = {e.broader for eid, e in entities.items()
                 if e.broader and _SIZED_NAME.search(e.label) and eid not in data
                 and e.broader in entities and entities[e.broader].origin is Origin.DISCOVERED}
        for eid, entity in sorted(entities.items()):
            if entity.origin is not Origin.DISCOVERED:
                continue
            if eid not in data and (
                    eid in sized or entity.broader in sized and _SIZED_NAME.search(entity.label)):
                kind = self.evidence.kind(entity.label, text) or Kind.MODEL  # "-7B": parameters
            elif entity.broader or eid in families:  # shape-only names ("BioBERT") keep the kind their shape
                # gives, unless the text names data: "the MItosis DOmain Generalization (MIDOG) challenge"
                # -- or a method: "a machine-centric image quality assessment (MIQA) framework", whose
                # "RA-MIQA model" is the model (not a network's name: "T-BiGAN, a novel framework")
                said = self.evidence.kind(entity.label, text)
                kind = Kind.DATASET if said is Kind.DATASET or said is None and eid in data else entity.kind
                if said is Kind.TECHNIQUE and kind is not said and self._called_method(entity.label, text):
                    kind = Kind.TECHNIQUE
                elif said is Kind.MODEL and kind is not said and _NETWORK_NAME.search(entity.label):
                    # "USF-Net, a Unified Spatiotemporal Fusion Network", whatever a variant rule said
                    kind = Kind.MODEL
            elif entity.confidence < 0.8:  # ... and names typed by a list or a shape, unless a kind noun
                # heads the list ("models like VAST and X") or the name counts data ("Agri-342K")
                said = self.evidence.example_kind(entity.label, text, entity.kind)
                kind = said or (Kind.DATASET if eid in data else entity.kind)
                if said is None and kind is Kind.MODEL and self._called_method(entity.label, text):
                    kind = Kind.TECHNIQUE  # "ToMCLIP (Topological Alignment for ...), a ... framework"
            else:
                kind = self._settled(entity.label, entity.kind, text, eid in typed, entity.aliases,
                                     own_model=eid == own_model, references=references, title=title,
                                     main=eid == main)
            if kind is Kind.MODEL and eid in plain:
                kind = Kind.TECHNIQUE  # "a recurrent state inverse dynamics model": a part of a method
            if kind is not entity.kind:
                renamed[eid] = replace(entity, kind=kind, id=f"{kind.value}/{eid.split('/', 1)[1]}")
        return renamed

    def _called_method(self, label: str, text: str) -> bool:
        """Whether the text calls ``label``, a name whose shape made it a model ("ToMCLIP"), a method or
        framework, and shows no trained network: neither a network's name ("T-BiGAN") nor "we train X". (Not
        in a list: "reranking methods like DELG, Patch-NetVLAD" lists networks, as the list's rule reads
        it.)"""
        return self.evidence.kind(label, text, examples=False) is Kind.TECHNIQUE and not (
            _NETWORK_NAME.search(label)) and not _trained(label, text)

    def _rename(self, doc: Doc, renamed: dict[str, Entity]) -> None:
        moved = {old: new.id for old, new in renamed.items()}
        spans = []
        for span in group_spans(doc, self.spans_key):
            new = renamed.get(span.id_)
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
        doc.spans[self.spans_key] = spans
        entities = doc_entities(doc)
        settled = {moved.get(e, e): renamed.get(e, entity) for e, entity in entities.items()}
        for new in renamed.values():  # (a known name the paper coins anew was no discovered entity)
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


def _drop_nested_in_long_forms(doc: Doc, spans_key: str) -> None:
    """A vocabulary technique strictly inside the long form of a short form that is not its own
    is a word of that longer name, not a mention of it: "reinforcement learning from verifiable
    feedback (RLVR)", "bidirectional Generative Adversarial Network (BiGAN)", "Low-Rank Adapters
    (LoRA)", "message-passing least squares (MPLS)" mention no reinforcement learning, GAN,
    adapters or message passing. Kept: the head of a long form whose short form links nothing
    ("data-free knowledge distillation (DFKD)", "vanilla adversarial training (VAT)")."""
    # (abbreviations imports this module's peers)
    from paperkg.ingest.extract.abbreviations import long_form_start

    text = doc_text(doc)
    if " (" not in text:
        return
    spans = [span for span in group_spans(doc, spans_key) if span.label_ == Kind.TECHNIQUE.value
             and span_value(span, "origin") == Origin.VOCABULARY.value
             and span_value(span, "extractor") == "paperkg_vocab"]
    if not spans:
        return
    at = {(span.start_char, span.end_char): span.id_ for span in group_spans(doc, spans_key)}
    inside: set[tuple[int, int]] = set()
    for field in doc_fields(doc):
        part = text[field.start:field.end]
        for match in _SHORT_FORM.finditer(part):
            short = match.group(1)
            if sum(c.isupper() for c in short) < 2:
                continue
            start = long_form_start(part, match.start(), short)
            if start is None and len(short) > 3 and short[-1] == "s" and short[-2].isupper():
                start = long_form_start(part, match.start(), short[:-1])  # "finite automata (PFAs)"
            if start is None:
                continue
            start, end = field.start + start, field.start + len(part[:match.start()].rstrip())
            if _NOT_ONE_NAME.search(text, start, end):
                continue  # "a MAPPO baseline with a graph-attention variant (MAPPO+GAT)": no one long form
            own = at.get((field.start + match.start(1), field.start + match.end(1)))
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


def _refamily(entity: Entity, moved: dict[str, str], settled: dict[str, Entity]) -> Entity:
    """``entity`` with its family's new id; no family when the family settled on another kind
    (the framework "MT-Ladder" is a technique, the model "MT-Ladder-2B" it trains has no family)."""
    if not entity.broader:
        return entity
    family = moved.get(entity.broader, entity.broader)
    if family in settled and settled[family].kind is not entity.kind:
        family = None
    return entity if family == entity.broader else replace(entity, broader=family)
