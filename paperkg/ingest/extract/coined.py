"""Methods a paper names in plain words: the ``paperkg_coined`` component (:class:`CoinedNames`).

"We introduce a cone constraint", "we propose a novel online entropy algorithm", "we design a
multi-scale gate module", "We further introduce backdoor fine-tuning sensitivity analysis",
"we propose a View-wise Instance Partition algorithm", "An iterative nudge mechanism raises ...":
after an introducing phrase, a noun phrase that names a method is a technique the paper
introduces. The phrase is read word by word:

- leading generic adjectives ("novel", "simple", "unified") are not part of the name;
- the phrase ends at its first head noun ("algorithm", "module", "framework"), or where a
  function word or punctuation stops it;
- a strong head ("algorithm", "mechanism", "module", "loss") needs one modifier, a weak head
  ("framework", "method", "pipeline") two or a hyphenated one, and a phrase with no head noun
  must end in a method noun ("analysis", "factorization", "constraint");
- a phrase that names a task ("a backdoor detection framework") is no method name;
- a title-case phrase ("2D Instance Boundary-aware Superpoint") is a name as it stands.

Other contexts: the parts listed after "<count> <parts noun>:" ("two decoder-side modules: Expert-Specific
Enhancement (ESE), which ..., and Cross-Expert Modulation (CEM)"), a component named before its short form ("a
class-aware prompt aggregation scheme (CPA) is designed"), one a method employs, which needs a strong head
("GenePheno incorporates a gene function bottleneck layer") or gives "with a ..." ("integrates diffusion
models with a dual-prior control mechanism"), methods in plain words after a cue of use, with those
coordinated with them ("consisting of label matching and triple matching"), and those that are the subject of
a verb of effect ("low-confidence remasking improves single-sample quality"), the paper's own part after "our"
("Our two-stage inference strategy achieves ..."), a step a method performs, named by what steers it
("performs voxel-based refinement"), and a known method after what steers it, which the paper names as its
variant ("we propose confidence-aware early stopping", "through distribution-aware stratified sampling": the
variant in place of the known name). A phrase the paper then calls a task, a metric or a capability
("Denoising Entropy, a computable metric") names no method, nor does a noun and the participle that starts a
clause about it ("numerical examples demonstrating that ..."). A known name inside a method
named after a cue of use stays, unless it is a one-word family name or umbrella term the phrase ends in
("inter-frame attention").

The entity's label is the name without a weak head ("PDE-constrained regularization" for
"PDE-constrained regularization framework") or without a "strategy", "scheme" or "mechanism" after
two modifiers ("binary residual approximation" for "binary residual approximation strategy": the
name is written both ways, and a title's "Progressive Field-of-View Focusing" is the same method);
the span covers the whole phrase.

The rules are in sibling modules, one family each: :mod:`~.coined_cues` (where the cues end),
:mod:`~.coined_phrases` (the introduced phrase), :mod:`~.coined_used` (methods named after a cue of
use), :mod:`~.coined_appositions` (a name or short form beside the phrase) and :mod:`~.coined_words`
(the word lists); this module holds the component, which reads each field with them and links.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.abbreviations import long_form_start, names_concept, names_no_method
from paperkg.ingest.extract.coined_appositions import (
    _SHORT_FORM_AFTER,
    _TASK_APPOSITION,
    _beside_a_name,
    _short_form_entity,
)
from paperkg.ingest.extract.coined_cues import (
    _ADDING_WORDS,
    _ENHANCED_WITH_NAME,
    _EXAMPLES_CUE,
    _EXAMPLES_MARKS,
    _EXAMPLES_WORDS,
    _NAMED_AFTER,
    _NAMING_WORDS,
    _OUR,
    _OWN_CUES,
    _PERFORM_CUE,
    _SPACED_DASH,
    _THIRD_PERSON,
    _THIRD_PERSON_WORDS,
    _USE_CUE,
    _USE_CUE_PREFIXES,
    _and_names,
    _any_in,
    _built_with_ends,
    _colon_parts,
    _coordinated_ends,
    _effect_ends,
    _enhanced_ends,
    _enumerated_parts,
    _indefinite_ends,
    _match_ends,
    _passive_starts,
    _then_names,
    _trigger_ends,
    _with_cue_ends,
)
from paperkg.ingest.extract.coined_phrases import IntroducedPhrases
from paperkg.ingest.extract.coined_used import UsedPhrases, _described_step, _under_setting, _used_room
from paperkg.ingest.extract.coined_words import (
    _ARTICLE,
    _DATA_HEADS,
    _DESCRIPTIVE_ADJECTIVES,
    _MODEL_HEADS,
    _STOP,
    DEFAULT_GENERIC_ADJECTIVES,
    DEFAULT_STRONG_HEADS,
    DEFAULT_WEAK_HEADS,
    _adjectival,
    _adverb,  # noqa: F401  (imported from here by tests)
    _described,
    _index,
    _plain,
    _start,
    _title_case,
)
from paperkg.ingest.extract.discover import KnownNames, RuleComponent, field_span, field_text, field_words
from paperkg.ingest.extract.names import (
    DEFAULT_TASK_NOUNS,
    END,
    START,
    TEXT,
    Word,
    ascii_lower,
    discovered_entity,
)
from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    Field,
    SpanWriter,
    doc_fields,
    doc_text,
    doc_value,
    known_names,
    set_doc_value,
    span_value,
)
from paperkg.ingest.records import Kind, Origin, Role
from paperkg.ingest.text import starts_of

__all__ = ["DEFAULT_GENERIC_ADJECTIVES", "DEFAULT_STRONG_HEADS", "DEFAULT_WEAK_HEADS", "CoinedNames"]

# a method introduced, then its name in parentheses: "a space-filling variant (SF-DiVeQ)", "two
# drop-in nonlinearities (Smooth-Leaky and Randomized Smooth-Leaky)"
_PAREN_NAMES = re.compile(r"\(((?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*(?:(?:,\s|,?\sand\s)(?:[A-Z][\w-]*\s){0,3}"
                          r"[A-Z][\w-]*){0,3})\)")
_PAREN_NAME = re.compile(r"(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*")
# a coined token: an inner capital or a hyphen with capitals ("SF-DiVeQ", "Smooth-Leaky", "DiVeQ")
_COINED_TOKEN = re.compile(r"[A-Z][A-Za-z]*(?:[a-z][A-Z]|-[A-Z])[\w-]*")
# another part introduced by the same cue, after the name of the one before: "we propose a multi-scale gate
# module and a cross-modal prompt aggregation mechanism", "a dynamic routing module, a region-aware
# contrastive loss, and a confidence-guided sampling strategy" (an article after the comma or "and": a noun
# phrase of its own, not a modifier going on; groups 1 and 2: the "and" that closes the list, without which a
# comma before "a" opens an apposition, "we introduce Polar Express, a GPU-friendly algorithm")
_NEXT_PART = re.compile(r"(?:\s*,\s*(and\s+)?|\s+(and)\s+)(?=an?\s)")
_MAX_PARTS = 3  # the parts after the first read after one cue
# what steers a known method, hyphenated, right before its name after a cue ("we propose confidence-aware
# early stopping", "through distribution-aware stratified sampling", "via Lipschitz-guided stochastic depth"):
# a variant the paper names (no "-based", "-driven": what it is built on, "transformer-based deep learning",
# "data-driven neural networks"; no capitals before the hyphen: "LLM-guided RL" names a pairing)
_STEERING = ("aware", "guided", "conditioned", "informed", "preserving", "filtered", "constrained",
             "weighted", "grounded", "regularized")
_STEERED_KNOWN = re.compile(r"[A-Za-z][a-z]{2,}-(?:"
                            + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _STEERING) + ")")
# what every _STEERED_KNOWN word holds, in the lower-cased text: a field without one has no steered variant
_STEERED_MARKS = tuple("-" + word for word in _STEERING)
_STEERED_VARIANTS = "steered"  # ``doc._.steered``: "<modifier> <known id>" -> the variant
# what a variant's name before it measures or is, not a method: "geometry-aware optimal transport measures"
_STEERED_NOT_AFTER = frozenset({"metric", "metrics", "measure", "measures", "distance", "distances", "score",
                                "scores"})
_BEFORE_STEERED = frozenset({"a", "an", "the", "novel", "new"})  # passed over between cue and modifier
# a head after the variant that its name is written without ("an uncertainty-aware multi-task learning
# strategy"); any other noun after it goes on with the name ("entropy-constrained spherical harmonics
# compression", "semantics-aware KV cache reuse"): no variant then
_STEERED_HEADS = frozenset({f"{head}{s}" for s in ("", "s") for head in (
    "method", "approach", "framework", "technique", "paradigm", "model", "scheme", "mechanism", "algorithm",
    "module")} | {"strategy", "strategies"})
# words that end the name rather than go on with it: clause words, verbs and adverbs after it
_STEERED_ENDS = _STOP | frozenset({"along", "alongside", "together", "while", "whereas", "when", "if", "so",
                                   "thus", "thereby", "but", "yet", "must", "should", "could", "may", "might",
                                   "would", "not", "between", "among", "during", "after", "before", "against",
                                   "toward", "towards", "upon", "beyond", "per", "versus", "vs"})


class CoinedNames(IntroducedPhrases, UsedPhrases, RuleComponent):
    """Discover the methods a paper names in plain words after an introducing phrase."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None,
                 kind_words: Mapping[str, Sequence[str]] | None = None,
                 strong_heads: Iterable[str] = DEFAULT_STRONG_HEADS,
                 weak_heads: Iterable[str] = DEFAULT_WEAK_HEADS,
                 task_nouns: Iterable[str] = DEFAULT_TASK_NOUNS,
                 generic_adjectives: Iterable[str] = DEFAULT_GENERIC_ADJECTIVES) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        self.strong = frozenset(strong_heads)
        self.weak = frozenset(weak_heads)
        self.heads = self.strong | self.weak
        self.tasks = frozenset(task_nouns)
        self.adjectives = frozenset(generic_adjectives)
        self.leading = self.adjectives - _DESCRIPTIVE_ADJECTIVES  # the adjectives no name starts with

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        for field in doc_fields(doc):
            text = field_text(doc, field)
            ws = None
            lower = ascii_lower(text)
            introduced = _trigger_ends(lower)  # ("we propose", "a novel", ...)
            introduced.extend(_coordinated_ends(lower))  # ("..., and propose multi-frame fusion")
            triggers = [(end, False) for end in introduced]
            triggers.extend((end, True) for end in _indefinite_ends(text))
            ours: frozenset[int] = frozenset()
            if "our " in lower:  # (as before: "our" and other white space is left out)
                ours = frozenset(_match_ends(_OUR, lower, starts_of(lower, ("our",))))
            # (the paper's own part: "Our two-stage inference strategy")
            triggers.extend((end, True) for end in ours)
            parts = frozenset(_enumerated_parts(text, lower)) if ")" in text else frozenset()
            listed = frozenset(_colon_parts(text, lower)) if ": " in text else frozenset()
            parts |= listed
            if _any_in(lower, _NAMING_WORDS):  # (each one: "coined" holds no "name", "call", "term", "dub")
                triggers.extend((m.end(), False) for m in _NAMED_AFTER.finditer(lower))
            triggers.extend((end, False) for end in parts)
            added = frozenset(_enhanced_ends(lower))
            if " with " in text and _any_in(text, _ADDING_WORDS):
                named = frozenset(m.end() for m in _ENHANCED_WITH_NAME.finditer(text))
                triggers.extend((end, False) for end in named)
                added |= named
            triggers.extend((end, True) for end in added)
            third: frozenset[int] = frozenset()
            if "es a" in text and _any_in(lower, _THIRD_PERSON_WORDS):
                third = frozenset(m.end() for m in _THIRD_PERSON.finditer(lower))
                triggers.extend((end, True) for end in third)
            built = frozenset(_built_with_ends(lower)) - added
            # (the paper's own part, after its subject: "we implement a time-frequency loss", "our model
            # introduces a habit-preservation module")
            own = frozenset(end for end in built if lower.endswith(_OWN_CUES, 0, end)) | third
            triggers.extend((end, True) for end in built)
            passive = _passive_starts(text)
            if passive:
                ws = field_words(doc, field)
                triggers.extend(found for found in (self._passive(ws, at, text) for at in passive) if found)
            subjects = _effect_ends(lower)
            if subjects:
                ws = ws if ws is not None else field_words(doc, field)
                for found in self._subjects(ws, text, subjects, lower):
                    room = _used_room(doc, writer, field, ws, *found[:2])
                    self._link(doc, writer, field, ws, *found, role=Role.USES, room=room)
            ends = _match_ends(_USE_CUE, lower, starts_of(lower, _USE_CUE_PREFIXES))
            examples = starts_of(lower, _EXAMPLES_WORDS)
            listing: frozenset[int] = frozenset()  # where the examples of a counted method noun start
            if examples and (_any_in(lower, _EXAMPLES_MARKS) or _SPACED_DASH.search(lower)):
                listing = frozenset(_match_ends(_EXAMPLES_CUE, lower, examples))
                ends.extend(listing)
            ends.extend(_with_cue_ends(lower))
            performed = frozenset(_match_ends(_PERFORM_CUE, lower, starts_of(lower, ("perform", "conduct"))))
            for end in sorted((*ends, *performed)):
                ws = ws if ws is not None else field_words(doc, field)
                i = _index(ws, end)
                if i is not None:
                    # (after "two approaches: ...", one hyphenated modifier before "retrieval" or "planning"
                    # is left to the list's items, :mod:`~.lists`: "memory-based retrieval and ...")
                    for found in self._used_phrases(ws, i, text, grounded=end not in listing):
                        if end in performed and not _described_step(ws, *found[:2]):
                            # "performs modality fusion", "conducts dense supervision": a kind of step
                            continue
                        if _under_setting(lower, end, ws, found[1]):
                            continue  # "under projection supervision": the labels learnt from, a setting
                        room = _used_room(doc, writer, field, ws, *found[:2])
                        self._link(doc, writer, field, ws, *found, role=Role.USES, room=room)
            if "(" in text:
                for end in introduced:
                    ws = ws if ws is not None else field_words(doc, field)
                    self._parenthesised(doc, writer, field, ws, text, end)
            for end, indefinite in sorted(triggers):
                ws = ws if ws is not None else field_words(doc, field)
                i = _index(ws, end)
                if i is not None:
                    found = self.phrase(ws, i, text, indefinite=indefinite, field_title=field.name == "title",
                                        part=end in parts,
                                        strong_only=end in built and end not in added or end in ours,
                                        own=end in own)
                    if found is None and end in added:  # "complemented by an exclusive regularization"
                        found = self.used_phrase(ws, i, text)
                    if end in listed and found is not None and not self._named_part(ws, *found[:2]):
                        found = None  # "two branches: an implicit physics-guided branch employing ..."
                    if found is not None and _TASK_APPOSITION.match(text, ws[found[1] - 1][END]):
                        # "we propose Evidence Ranking, a novel task that ...": a task or a metric
                        found = None
                    if found is not None and end in ours and not _described(ws, *found[:2]):
                        # "our 7B model", "our KL-Coverage regularizer": a size, or a name read elsewhere
                        found = None
                    if found is not None:
                        # (an item of a list keeps the models and datasets inside it: "(1) a
                        # shared Swin Transformer encoder" uses Swin Transformer; "(1) a Modality-driven
                        # Mixture-of-Experts module" is more specific than Mixture-of-Experts; one listed
                        # after a colon keeps every known name: "a head-level Group Normalization layer";
                        # after a cue of what a method is built of or added to, a longer name of a known
                        # technique is the paper's: "we employ an evidence-augmented self-refinement
                        # mechanism", IntroducedPhrases.longer_known)
                        if end in listed:
                            room = 0
                        elif end in added or end in built:
                            room = 1 if self.longer_known(ws, *found[:2]) else 0
                        else:
                            room = 1 if end in parts else 2
                        self._link(doc, writer, field, ws, *found, room=room)
                        if end in introduced and not indefinite:
                            self._next_parts(doc, writer, field, ws, text, found[1])
            if "-then-" in lower:  # (a method named by its steps in order: "a 'locate-then-segment'
                # pipeline"; no room over another link, the role from the words before it; one word without
                # the quotes that the field's words keep with it)
                for start, stop, head in _then_names(lower):
                    if text[head:head + 1].isupper() and field.name != "title":
                        continue  # "Cache-then-Select Inference (CSI)": a part of a title-case name
                    name = text[start:stop]
                    self._link(doc, writer, field, [(start, stop, stop, name)], 0, 1, name, Kind.TECHNIQUE,
                               Role.MENTIONS, room=0)
            if "-and-" in lower:  # (a method named by two steps it joins, with its method noun: "a modular
                # detection-and-correction framework"; "a divide-and-conquer strategy" is the vocabulary's;
                # the role from the words before it; a capitalised word outside the title is part of a
                # title-case name)
                for start, joined, stop in _and_names(lower):
                    if not text[start:stop].islower() and (field.name != "title"
                                                           or text[stop + 1:stop + 2].isupper()):
                        continue  # "Sim-and-Real Policy Co-Training": a part of a title-case name
                    compound = field_span(doc, field, start, joined)
                    if compound is None or any(sp.start == compound.start and sp.end >= compound.end
                                               for sp in writer.spans()):
                        continue  # "a divide-and-conquer strategy": the vocabulary's name
                    # (a name inside the compound is a step's and goes: "pruning" in "a pruning-and-splitting
                    # module")
                    name = text[start:stop]
                    self._link(doc, writer, field, [(start, stop, stop, name)], 0, 1, name, Kind.TECHNIQUE,
                               Role.MENTIONS, room=2)
            if _any_in(lower, _STEERED_MARKS):  # (a known method after what steers it, where no other rule
                # linked a phrase: "we propose confidence-aware early stopping"; the gate is exact: the
                # modifier is a word of _STEERED_KNOWN, which holds one of _STEERED_MARKS)
                ws = ws if ws is not None else field_words(doc, field)
                for end, role in sorted({*((e, Role.INTRODUCES) for e in introduced),
                                         *((e, Role.USES) for e in (*ends, *built))}):
                    self._steered_known(doc, writer, field, ws, text, end, role)

    def _next_parts(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], text: str,
                    end: int) -> None:
        """Link the parts coordinated with an introduced name that ends before word ``end``, each read as
        after a bare "A" (a specific phrase and a head noun needed): "we propose a multi-scale gate
        module and a cross-modal prompt aggregation mechanism"."""
        listed: list[tuple[int, int, str, Kind]] = []
        for _ in range(_MAX_PARTS):
            match = _NEXT_PART.match(text, ws[end - 1][END]) if end < len(ws) else None
            i = _index(ws, match.end()) if match is not None else None
            if match is None or i is None:
                return
            found = self.phrase(ws, i, text, indefinite=True)
            if found is None:
                return
            stop = found[1]
            if _TASK_APPOSITION.match(text, ws[stop - 1][END]) or (
                    stop < len(ws) and ws[stop][TEXT][:1].isupper() and _plain(ws[stop - 1], text)):
                return  # (a name after the phrase is the part's: "a real-time scheduling framework NPFP")
            listed.append(found)
            if match.group(1) or match.group(2):
                break  # the list's last part
            end = found[1]
        else:
            return
        for found in listed:  # (a known name inside stays unless it is a technique's: "a CUDA parallel
            # quantization operator" keeps CUDA)
            self._link(doc, writer, field, ws, *found, room=1)

    def _steered_known(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], text: str, end: int,
                       role: Role) -> None:
        """Link a known method and what steers it, written before it after a cue that ends at ``end``, as
        the variant the paper names ("we propose confidence-aware early stopping", "through
        distribution-aware stratified sampling"): the modifier hyphenated (``_STEERED_KNOWN``), the name
        right after it a vocabulary technique that is no umbrella term ("data-driven neural networks" is no
        variant), nothing hyphenated after it ("a structure-aware F1-product objective"), and no noun that
        goes on from a lone adjective ("a text-guided contrastive objective"). The known name inside is the
        variant's, and goes (the gold marks the variant alone)."""
        i = _index(ws, end)
        if i is None:
            return
        while i < len(ws) and ws[i][TEXT].lower() in _BEFORE_STEERED:
            i += 1
        if i + 1 >= len(ws) or not _STEERED_KNOWN.fullmatch(ws[i][TEXT]) or not _plain(ws[i], text) \
                or text[ws[i][END]:ws[i + 1][START]] != " ":
            return
        modifier = field_span(doc, field, ws[i][START], ws[i][END])
        if modifier is None or not writer.free(modifier.start, modifier.end):
            return
        inner = [sp for sp in writer.spans() if sp.start == modifier.end]
        if len(inner) != 1 or inner[0].label_ != Kind.TECHNIQUE.value \
                or span_value(inner[0], "origin") != Origin.VOCABULARY.value:
            return
        known = self.entity_of(doc, inner[0])
        stop = inner[0].end_char - field.start
        if known is None or known.generic or text[stop:stop + 1] == "-":
            return
        last = bisect.bisect_left(ws, stop, key=_start)
        if ws[last - 1][END] != stop or last - 1 == i + 1 and _adjectival(ws[last - 1][TEXT]):
            return  # "a text-guided contrastive objective", "uncertainty-aware semi-supervised training"
        after = ws[last][TEXT] if last < len(ws) and text[ws[last - 1][END]:ws[last][START]] == " " else ""
        if after.lower() in _STEERED_NOT_AFTER or after[:1].isupper() or (
                after.replace("-", "").isalpha() and after not in _STEERED_HEADS | _STEERED_ENDS):
            return  # "physics-aware optimal transport metrics", "Uncertainty-Guided NeRF Augmentation",
            # "semantics-aware KV cache reuse strategy": the name goes on
        short = _SHORT_FORM_AFTER.match(text, stop)
        if short is not None and any(sp.id_ == known.id and sp.start_char >= field.start + short.start()
                                     and sp.end_char <= field.start + short.end() for sp in writer.spans()):
            return  # "Hindsight-Guided On-Policy Distillation (OPD)": the short form is the known name's
        # one variant however the known name is written: "through Hardware-Aware Neural Architecture
        # Search" in the title, "we use hardware-aware NAS" in the abstract
        variants = doc_value(doc, _STEERED_VARIANTS)
        if variants is None:
            variants = {}
            set_doc_value(doc, _STEERED_VARIANTS, variants)
        key = f"{ws[i][TEXT].lower()} {known.id}"
        surface = text[ws[i][START]:stop]
        if key in variants:
            known_names(doc).setdefault(surface, variants[key])
        self._link(doc, writer, field, ws, i, last, surface, Kind.TECHNIQUE, role, room=2)
        linked = known_names(doc).get(surface)
        if linked is not None:
            variants.setdefault(key, linked)

    def _parenthesised(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], text: str,
                       end: int) -> None:
        """The coined names in parentheses after an introduced method phrase: "We also present a
        space-filling variant (SF-DiVeQ)", "we introduce two drop-in nonlinearities (Smooth-Leaky and
        Randomized Smooth-Leaky)": within eight words of the trigger, no clause or sentence between;
        each name a coined token ("SF-DiVeQ", "Smooth-Leaky"), not a dataset's or benchmark's."""
        paren = text.find("(", end, end + 90)
        if paren < 0:
            return
        between = text[end:paren]
        words = between.split()
        if not words or len(words) > 8 or any(c in between for c in ".;:,)") or any(
                w.lower() in _STOP and w.lower() not in _ARTICLE for w in words):
            return
        match = _PAREN_NAMES.match(text, paren)
        if match is None:
            return
        if not words[-1].islower() or words[-1].lower() in _ARTICLE:
            return  # "we introduce HKVE (Hierarchical Key-Value Equalization)": a name and its long form
        heads = {w.lower().rstrip("s") for w in words}
        if heads & _DATA_HEADS or heads & self.tasks or "task" in heads:
            return  # "a benchmark (FooBench)", "a story-generation task (Next-Chapter Prediction)": no method
        kind = Kind.MODEL if heads & _MODEL_HEADS else Kind.TECHNIQUE
        for name in _PAREN_NAME.finditer(text, match.start(1), match.end(1)):
            label = name.group()
            if label == "and" or not any(_COINED_TOKEN.fullmatch(w) for w in label.split()) or (
                    match.group(1) == label and long_form_start(text, paren, label) is not None):
                continue  # "a dynamic pattern decoder (D-PaDe)": a long form and its short form, paired later
            first = _index(ws, name.start())
            last = bisect.bisect_left(ws, name.end(), key=_start) - 1
            if first is None or last < first or ws[last][END] != name.end():
                continue
            self._link(doc, writer, field, ws, first, last + 1, label, kind, room=1)

    def _link(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], first: int, end: int,
              label: str, kind: Kind, role: Role = Role.INTRODUCES, *, room: int = 2) -> None:
        """Link words ``first:end`` as ``label``; ``room``: which linked names inside the phrase it
        replaces (2: any, 1: techniques only, 0: none)."""
        span = field_span(doc, field, ws[first][START], ws[end - 1][END])
        if span is None or self.rules.generic_name(label):
            return
        start, stop = field.start + ws[first][START], field.start + ws[end - 1][END]
        text = doc_text(doc)
        if _beside_a_name(text, field, start, stop, label, self.adjectives):
            return  # "FreeCP, a novel training-free class purification framework": the method is FreeCP
        short = _SHORT_FORM_AFTER.match(text, stop)
        if short is not None and (names_no_method(text, short.end(), label)
                                  or names_concept(text, short.end(), label, short.group()[2:-1], start)):
            # "Relative Performance Dropping Rate (RPDR)", "Video Step Grounding (VSG) aims to", "a novel
            # Change-Aware Temporal IoU (CA-TIoU) metric": a measure, a task or a concept, which the
            # abbreviations component leaves unlinked too
            return
        if not writer.free(span.start, span.end):
            inside = [sp for sp in writer.spans() if sp.start < span.end and span.start < sp.end]
            head = ws[end - 1][TEXT]
            starts = {span.start, span.start + (ws[first][TEXT].lower() in _DESCRIPTIVE_ADJECTIVES)}
            if any(sp.start in starts and span_value(sp, "origin") == Origin.VOCABULARY.value
                   and (room < 2 and not all(_title_case([w[TEXT] for w in ws[first:end]]))
                        or head.lower() in self.heads and doc[sp.end:span.end].text == head)
                   for sp in inside):
                # "an alternating minimization algorithm", "a KV cache mechanism": a known method's name;
                # "(2) a contrastive-learning-based ... model": a list item built on a known method
                return
            if room == 2 or room == 1 and all(sp.label_ == Kind.TECHNIQUE.value for sp in inside):
                # "... Boundary-aware Superpoint" over "Superpoint"
                KnownNames.make_room(writer, span.start, span.end)
            if not writer.free(span.start, span.end):
                return
        known = known_names(doc)
        entity = (known.get(span.text) or _short_form_entity(doc, span.end_char, known)
                  or discovered_entity(label, kind, 0.8))
        writer.add(span.start, span.end, entity, confidence=0.8, role=role)
        known.setdefault(span.text, entity)
        known.setdefault(label, entity)
