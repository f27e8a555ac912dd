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

The rules are in sibling modules, one family each: :mod:`~.kind_words` (the word lists),
:mod:`~.kind_evidence` (the kind noun the text gives a name), :mod:`~.kind_shapes` (what a name's shape and
long form say), :mod:`~.kind_trained` (signs of a trained network and of the paper's own system),
:mod:`~.kind_drops` (spans the settler drops) and :mod:`~.kind_cues` (what the paper calls its own work);
this module holds the component.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.kind_cues import (
    acts_as_procedure,
    built_on_procedure,
    names_own_procedure,
    settler_text,
)
from paperkg.ingest.extract.kind_drops import (
    _drop_nested_in_long_forms,
    _drop_task_models,
    _drop_units,
    _merge_bare_heads,
    _merge_spelled_out,
    _move_entities,
)
from paperkg.ingest.extract.kind_evidence import _SIZED_NAME, _Evidence, evidence_kind
from paperkg.ingest.extract.kind_shapes import (
    _CONTENTS_WORDS,
    _IMPROVED,
    _NETWORK_NAME,
    _REFERENCE_WORDS,
    _called_a_model,
    _coined_autoencoder,
    _head_part,
    _holds_data,
    _improved_kind,
    _long_form_head,
    _plain_phrase,
    _procedure_form,
    _References,
    _referred_kind,
)
from paperkg.ingest.extract.kind_trained import (
    _calls_own_model,
    _main_name,
    _plain_written,
    _trained,
    _untrained_apposition,
    _works_on_networks,
)
from paperkg.ingest.extract.kind_words import (
    _FORM_HEADS,
    _LOOSE_NOUNS,
    _NETWORK_ENDING,
    _NETWORK_WORDS,
    _OWN_HEADS,
    DEFAULT_KIND_NOUNS,
    DEFAULT_NAME_PRIORS,
)
from paperkg.ingest.extract.discover import vocab_component, vocab_entity
from paperkg.ingest.extract.names import discovered_entity
from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    doc_entities,
    doc_fields,
    doc_text,
    fold,
    group_spans,
    span_value,
)
from paperkg.ingest.records import Entity, Kind, Origin

if TYPE_CHECKING:
    from paperkg.ingest.extract.vocab_matcher import VocabMatcher

__all__ = ["DEFAULT_KIND_NOUNS", "DEFAULT_NAME_PRIORS", "KindSettler", "evidence_kind"]
# a plural of a name: with an inner capital ("EfficientNets", "ResNets"), an acronym ("GATs", "TCNs"),
# title-case words ("Graph Attention Networks"); not "Transformers" (no vocabulary model or dataset)
_PLURAL_NAME = re.compile(
    r"[A-Z]\w*[a-z][A-Z]\w*[a-z]s|[A-Z][A-Z\d-]*[A-Z]s|(?:[A-Z][\w-]*\s)+[A-Z][\w-]*[a-z]s")

_NUMBER = re.compile(r"\d+")
#: A benchmark's name: "LLM-KG-Bench", "ImpossibleBench", "OPT-BENCH", "DeepScholar-bench".
_BENCH_NAME = re.compile(r"(?<=[\w-])(?:[Bb]ench|BENCH)$")

_NETWORK_END = re.compile(_NETWORK_ENDING)
_NETWORK_WORD = re.compile(_NETWORK_WORDS)

# a size or tier at the end of a model's name: "_mobile", "-S", "-Large", "-7B", " 13B"
_TIER = re.compile(r"(?:[-_ ](?:[Tt]iny|[Ss]mall|[Bb]ase|[Ll]arge|[Hh]uge|[Mm]obile|[Ss]erver|[Ll]ite|[Mm]ini"
                   r"|[Mm]edium|[Nn]ano|[SMLBTHNX]|XL|XXL)|[-_ ]?\d+(?:\.\d+)?[BM])\Z")
# a later version after a model's name: " 2.0", "-v2", "-2"
_LATER_VERSION = re.compile(r"(?:[ -]?[vV]?\d+(?:\.\d+)*)")
# below this confidence a discovered name was typed by a list or a shape, not by what the text says of it
_LISTED_CONFIDENCE = 0.8
# the confidence of a title's name the paper coins (as ``paperkg_title`` gives it)
_COINED_CONFIDENCE = 0.9
_KIND_RANK = {Kind.MODEL: 0, Kind.DATASET: 1, Kind.TECHNIQUE: 2, Kind.LANGUAGE: 3}


def _summed(votes: dict[str, list[int]], old: set[str], entity: Entity, entities: dict[str, Entity],
            renamed: dict[str, Entity]) -> tuple[int, int]:
    """(introducing spans, spans) of the old ids that now are ``entity``."""
    mine = [votes.get(eid, [0, 0]) for eid in old if renamed.get(eid, entities[eid]).id == entity.id]
    return sum(v[0] for v in mine), sum(v[1] for v in mine)


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
        form = _form_kind(label, aliases, text)
        if form is not None:
            # (a network's long form, but the text calls the name a part of one: "a Dual-Branch Feed-Forward
            # Network (DBFFN) module" is a technique; not the paper's ``main`` name, the network it builds
            # even where it calls it "a general-purpose module" to plug in: "LAKAN: Landmark-assisted
            # Adaptive Kolmogorov-Arnold Network for Face Forgery Detection"; nor a name its introduction
            # calls a network: "the Harmonic Beltrami Signature Network (HBSN), a novel deep learning
            # architecture", later "HBSN as a general-purpose module")
            if (form is Kind.MODEL and not main and self.evidence.called_part(label, text)
                    and self.evidence.kind(label, text) is not Kind.MODEL):
                return Kind.TECHNIQUE
            return form
        if references is not None and references.refers:
            referred = _referred_kind(label, text, references)
            if referred is not None:
                return referred
        found, noun = self.evidence.found(label, text)
        if found is Kind.TECHNIQUE and noun == "framework" and _BENCH_NAME.search(label):
            # a benchmark's name the text calls a framework is an evaluation framework, data (ANNOTATION: like
            # HELM): "The LLM-KG-Bench framework", "ImpossibleBench, a benchmark framework that systematically
            # measures", "HeartBench, a framework designed to evaluate" (slices s10-s60: 29 such names, 15 of
            # them a technique)
            return Kind.DATASET
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
        if found is None and kind is Kind.MODEL and _untrained_apposition(label, text):
            return Kind.TECHNIQUE  # "AdaBlock-dLLM, a training-free, plug-and-play scheduler"
        if found is not None or typed:
            return found or kind
        for prior, pattern in self.priors:
            if pattern.search(label):
                return prior
        if kind is Kind.MODEL and (titled is Kind.TECHNIQUE or _procedure_form(label, aliases)) and (
                not _NETWORK_NAME.search(label)):
            # (not a network's name: "Tree-NeRV: A Tree-Structured Neural Representation for ..." names the
            # network, whatever procedure word heads the title)
            return Kind.TECHNIQUE
        if kind is Kind.MODEL and titled is None and (
                main and not own_model and not _NETWORK_NAME.search(label) and not _trained(label, text)
                and not _called_a_model(aliases, title) and names_own_procedure(label, text)
                or built_on_procedure(label, self._known)):
            return Kind.TECHNIQUE  # the paper's own name, its work "a ... framework"; "LaF-GRPO", "Flat-LoRA"
        # (what the text has the name do, where nothing else types it: "we propose MG-MTTA, which keeps the
        # backbone frozen"; "A2CF trains a dual-agent system"; not a name, long form or title that says
        # network, policy or agent: "TheraAgent, which operationalizes ...", "HyperTea: A ... Network")
        if kind is Kind.MODEL and titled is None and not own_model and not _NETWORK_NAME.search(label) and (
                not _SIZED_NAME.search(label) and not _NETWORK_END.search(label) and not _trained(label, text)
                and not _called_a_model(aliases, title) and not _NETWORK_WORD.search(title)
                and not any(_NETWORK_END.search(alias) for alias in aliases)
                and acts_as_procedure(label, text)):
            return Kind.TECHNIQUE
        return kind

    def _vocabulary_entity(self, entity_id: str) -> Entity | None:
        """The vocabulary entity with this id, if any."""
        matcher = vocab_component(self.nlp)
        entry = matcher.vocabulary.entries.get(entity_id) if matcher is not None else None
        return entry.entity if entry is not None else None

    def _known(self, name: str) -> Entity | None:
        """The vocabulary entity spelled ``name`` (as written, else case-folded), if any."""
        return vocab_entity(self.nlp, name)

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
            renamed.update(self._variant_kinds(doc, entities, renamed, text, title))
            renamed.update(self._sibling_kinds(entities, renamed, text))
            renamed.update(self._unify(doc, entities, renamed))
            renamed.update(self._plurals(entities))
        if renamed:
            _move_entities(doc, self.spans_key, renamed)
        if _any_discovered(doc_entities(doc)):  # (the drops below drop and merge discovered names only)
            _drop_task_models(doc, self.spans_key, text)
            _drop_units(doc, self.spans_key)
            _merge_spelled_out(doc, self.spans_key)
        _merge_bare_heads(doc, self.spans_key, self._vocabulary_entity)
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
        """A discovered name that is a vocabulary name in another form is that entity, not a new one (one
        entity per concept per paper; no split by case or punctuation): the plural of a model or dataset
        ("EfficientNets", "ResNets", "GATs", "Graph Attention Networks"), in its label or a short form
        ("Temporal Convolutional Networks (TCNs)"), or a name written with other hyphens, spaces, dots or
        case (:func:`_vocabulary_variant`: "Mask-RCNN", "Celeb-A", "Core-Set Selection", "LBFGS")."""
        out: dict[str, Entity] = {}
        matcher = None
        for eid, entity in entities.items():
            if entity.origin is not Origin.DISCOVERED:
                continue
            for name in (entity.label, *entity.aliases):
                if matcher is None:  # (looked up once a name needs it)
                    matcher = vocab_component(self.nlp)
                    if matcher is None:
                        return {}
                known = _vocabulary_variant(matcher, name)
                if known is not None and known.id == entity.broader:
                    known = None  # (a variant of it, "ImageNet-1k" of ImageNet, is a name of its own)
                known = known or (
                    self._vocabulary_singular(matcher, name) if _PLURAL_NAME.fullmatch(name) else None)
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
        discovered = {eid: entity for eid, entity in entities.items() if entity.origin is Origin.DISCOVERED}
        long_forms = {fold(alias): fold(entity.label) or entity.label for eid, entity in discovered.items()
                      for alias in renamed.get(eid, entity).aliases}
        groups: dict[str, list[Entity]] = {}
        for eid, entity in discovered.items():
            key = fold(entity.label) or entity.label
            groups.setdefault(long_forms.get(key, key), []).append(renamed.get(eid, entity))
        merged_groups = [(group, ids) for group in groups.values() if len(ids := {e.id for e in group}) >= 2]
        if not merged_groups:
            return {}  # (99% of docs: no two names to unify, and no spans to count)
        votes: dict[str, list[int]] = {}
        for span in group_spans(doc, self.spans_key):
            if span.id_ in entities:
                vote = votes.setdefault(span.id_, [0, 0])
                vote[0] += span_value(span, "role") == "introduces"
                vote[1] += 1
        out: dict[str, Entity] = {}
        for group, ids in merged_groups:
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
                elif _own_autoencoder(entity, kind, said):
                    kind = Kind.MODEL
            elif entity.confidence < 0.8:  # ... and names typed by a list or a shape, unless a kind noun
                # heads the list ("models like VAST and X") or the name counts data ("Agri-342K")
                said = self.evidence.example_kind(entity.label, text, entity.kind)
                kind = said or (Kind.DATASET if eid in data else entity.kind)
                if said is None and kind is Kind.MODEL and self._called_method(entity.label, text):
                    kind = Kind.TECHNIQUE  # "ToMCLIP (Topological Alignment for ...), a ... framework"
                elif _own_autoencoder(entity, kind, said):
                    kind = Kind.MODEL
            else:
                kind = self._settled(entity.label, entity.kind, text, eid in typed, entity.aliases,
                                     own_model=eid == own_model, references=references, title=title,
                                     main=eid == main)
            if kind is Kind.MODEL and eid in plain:
                kind = Kind.TECHNIQUE  # "a recurrent state inverse dynamics model": a part of a method
            if kind is not entity.kind:
                renamed[eid] = replace(entity, kind=kind, id=f"{kind.value}/{eid.split('/', 1)[1]}")
        return renamed

    def _variant_kinds(self, doc: Doc, entities: dict[str, Entity], renamed: dict[str, Entity],
                       text: str, title: str = "") -> dict[str, Entity]:
        """One kind for a name and its "+"/"++" variant in one paper: the variant takes a vocabulary
        base's kind ("U-Net" and "U-Net++"); else the name the text gives a kind noun lends it to the
        other ("GSDMM" and "an improved approach, GSDMM+"), but a loose noun does not outweigh a network's
        name or a long form ("PENet" and "PENet+, a lightweight steganalysis framework"; "Time Enhanced
        Spatio Temporal Attention Model (TESTAM)" and "TESTAM+, an enhanced ... framework"); else the variant
        takes the base's kind ("FreeLong" and "FreeLong++") -- unless the variant has evidence of its own (an
        apposition that calls it run without training, "Fast-dLLM++, a training-free extension"; the title's
        phrase, "RASC+: Retrieval-Constrained LLM Adjudication for ...") or nothing but a default gave the
        base its kind ("GammaTune+" beside a "GammaTune" no noun, shape or title types). Names both given a
        kind noun keep theirs ("the HPSv3 model" and "HPSv3++, a reward model framework")."""
        current = {eid: renamed.get(eid, e) for eid, e in entities.items()}
        variants = [(eid, base.group(1)) for eid, e in current.items()
                    if e.label.endswith("+") and (base := _IMPROVED.fullmatch(e.label))]
        if not variants:
            return {}
        labels = {e.label: eid for eid, e in current.items()}
        known = {span.text: Kind(span.label_) for span in group_spans(doc, self.spans_key)
                 if span.id_ not in entities and span.label_ != Kind.LANGUAGE.value}
        out: dict[str, Entity] = {}
        for eid, base_label in variants:
            variant, base_id = current[eid], labels.get(base_label)
            base = current[base_id] if base_id is not None else None
            if base is None or base.generic:
                if known.get(base_label, variant.kind) is not variant.kind:
                    out[eid] = _retyped(variant, known[base_label])
                continue
            if base.kind is variant.kind:
                continue
            # (the base's own occurrences: "an improved approach, GSDMM+" says nothing of GSDMM)
            masked = text.replace(variant.label, "_" * len(variant.label))
            said_base = self.evidence.kind(base.label, masked)
            said, noun = self.evidence.found(variant.label, text)
            if said_base is not None and said is not None:
                continue
            if said is None and (_untrained_apposition(variant.label, text)
                                 or self.evidence.title_found(variant.label, title)[0] is not None
                                 or not self._kind_shown(base, said_base, title)):
                continue
            if said is None or noun in _LOOSE_NOUNS and _named_as_network(base):
                out[eid] = _retyped(variant, base.kind)
                continue
            for old, now in ((eid, variant), (base_id, base)):
                if said is not now.kind:
                    out[old] = _retyped(now, said)
        return out

    def _sibling_kinds(self, entities: dict[str, Entity], renamed: dict[str, Entity],
                       text: str) -> dict[str, Entity]:
        """A technique a list typed by default (no kind noun of its own) that is a sibling of a model in the
        paper is a model: the same name with another size or tier ("PP-OCRv5_mobile" beside the model
        PP-OCRv5_server, "Foo-S" beside Foo-L, "Bar-7B" beside Bar-13B), or an earlier version of it ("its
        predecessor SV4D" of the model SV4D 2.0). Read on the settled kinds: the list's rule ran before the
        text made the sibling a model ("We present Stable Video 4D 2.0 (SV4D 2.0), a multi-view video
        diffusion model")."""
        current = {eid: renamed.get(eid, e) for eid, e in entities.items()}
        models = [e.label for e in current.values() if e.kind is Kind.MODEL and not e.generic]
        if not models:
            return {}
        out: dict[str, Entity] = {}
        for eid, entity in current.items():
            if (entity.origin is not Origin.DISCOVERED or entity.kind is not Kind.TECHNIQUE
                    or entity.confidence >= _LISTED_CONFIDENCE
                    or self.evidence.kind(entity.label, text) is not None):
                continue  # (a name the text gives a kind noun keeps it)
            if any(_siblings(entity.label, model) for model in models):
                out[eid] = _retyped(entity, Kind.MODEL)
        return out

    def _kind_shown(self, base: Entity, said: Kind | None, title: str) -> bool:
        """Whether something beyond a default gave ``base`` its kind: a kind noun of the text (``said``), a
        network's name ("PENet") or a long form's head for a model, a shape ("OSMa-Bench"), the title's
        phrase ("CorGi: Contribution-Guided Block-Wise Interval Caching for ...")."""
        return said is not None or base.kind is Kind.MODEL and _named_as_network(base) or any(
            prior is base.kind and pattern.search(base.label) for prior, pattern in self.priors) or (
            self.evidence.title_found(base.label, title)[0] is not None)

    def _called_method(self, label: str, text: str) -> bool:
        """Whether the text calls ``label``, a name whose shape made it a model ("ToMCLIP"), a method or
        framework, and shows no trained network: neither a network's name ("T-BiGAN") nor "we train X". (Not
        in a list: "reranking methods like DELG, Patch-NetVLAD" lists networks, as the list's rule reads
        it.)"""
        return self.evidence.kind(label, text, examples=False) is Kind.TECHNIQUE and not (
            _NETWORK_NAME.search(label)) and not _trained(label, text)


def _any_discovered(entities: Mapping[str, Entity]) -> bool:
    """Whether one of ``entities`` is discovered: the gate of the settler's passes that change discovered
    entities only (a quarter of docs link no discovered name)."""
    return any(entity.origin is Origin.DISCOVERED for entity in entities.values())


def _vocabulary_variant(matcher: VocabMatcher, name: str) -> Entity | None:
    """The vocabulary entity (a model, dataset or technique; not a generic one, nor one named only with a
    cue) whose label or alias ``name`` is written otherwise: with other hyphens, spaces, dots or case
    ("Mask-RCNN" of Mask R-CNN, "ElasticNet" of elastic net, "GSM-8K" of GSM8K), the same numbers
    ("LLaMA-3-3B" is no "LLaMA 33B") and, if either is in capitals, both ("APEX" is no "Ape-X")."""
    key = fold(name)
    target = matcher.fold_index.get(key)
    if target is None or target in matcher.cue_ids:
        return None
    known = matcher.vocabulary.entity(target)
    if known is None or known.generic or known.kind is Kind.LANGUAGE:
        return None
    numbers = _NUMBER.findall(name)
    lower = name.lower()
    for form in (known.label, *known.aliases):
        if form.lower() == lower:
            return None  # (the vocabulary's own name, left unlinked on purpose)
    for form in (known.label, *known.aliases):
        if fold(form) == key and _NUMBER.findall(form) == numbers and form.isupper() == name.isupper():
            return known
    return None


def _siblings(name: str, model: str) -> bool:
    """Whether ``name`` names another size or tier of the model ``model`` (both less a size or tier at the
    end, :data:`_TIER`, are one name of three characters or more, and one of them had one), or an earlier
    version of it (``model`` is ``name`` and a version: "SV4D" of "SV4D 2.0", "Foo" of "Foo-v2").

    >>> _siblings("PP-OCRv5_mobile", "PP-OCRv5_server"), _siblings("ViT-S", "ViT-L")
    (True, True)
    >>> _siblings("SV4D", "SV4D 2.0"), _siblings("Bar-7B", "Bar-13B")
    (True, True)
    >>> _siblings("Foo", "FooNet"), _siblings("GPT", "GPT-4o"), _siblings("ABC", "ABC")
    (False, False, False)
    """
    if name == model:
        return False
    if model.startswith(name) and _LATER_VERSION.fullmatch(model, len(name)):
        return True
    stem, model_stem = _TIER.sub("", name), _TIER.sub("", model)
    return len(stem) >= 3 and stem == model_stem and (stem != name or model_stem != model)


def _form_kind(label: str, aliases: Sequence[str], text: str) -> Kind | None:
    """The kind the head of the name, of a long form of it, or of its long form in the text gives
    ("the Regression Transformer (RT), a novel method": a model; an autoencoder the paper names:
    :func:`~.kind_shapes._coined_autoencoder`), if any."""
    if _coined_autoencoder(label, aliases):
        return Kind.MODEL
    for name in (label, *aliases):
        head = _head_part(name).rsplit(" ", 1)
        if len(head) == 2 and head[1] in _OWN_HEADS and head[0][:1].isupper():
            return _OWN_HEADS[head[1]]
        if len(head) == 2 and head[1].lower() in _FORM_HEADS:
            return _FORM_HEADS[head[1].lower()]
    return _long_form_head(label, text)


def _own_autoencoder(entity: Entity, kind: Kind, said: Kind | None) -> bool:
    """Whether the discovered ``entity``, a technique so far (``kind``) that the text gives no kind of its
    own (``said``), is an autoencoder the paper names (:func:`~.kind_shapes._coined_autoencoder`): the
    network the paper trains, a model, not the technique it was found under ("a high-compression
    Consistency Autoencoder (CAE)", under the vocabulary's "autoencoder"; "a novel Multimodal Vision
    Transformer Autoencoder (MViT-AE)")."""
    return said is None and kind is Kind.TECHNIQUE and _coined_autoencoder(entity.label, entity.aliases)


def _named_as_network(entity: Entity) -> bool:
    """Whether ``entity``'s name says what it is: a network's name ("PENet") or a long form headed by a
    kind word (:func:`_form_headed`)."""
    return _NETWORK_NAME.search(entity.label) is not None or _form_headed(entity)


def _form_headed(entity: Entity) -> bool:
    """Whether a long form of ``entity`` ends in a word that says its kind ("Time Enhanced Spatio Temporal
    Attention Model"; not "Gibbs Sampling algorithm for the Dirichlet Multinomial Mixture model", whose head
    is "algorithm")."""
    for name in entity.aliases:
        head = _head_part(name).rsplit(" ", 1)
        if len(head) == 2 and (
                head[1] in _OWN_HEADS and head[0][:1].isupper() or head[1].lower() in _FORM_HEADS):
            return True
    return False


def _retyped(entity: Entity, kind: Kind) -> Entity:
    """``entity`` as a ``kind``, with the id to match."""
    return replace(entity, kind=kind, id=f"{kind.value}/{entity.id.split('/', 1)[1]}")
