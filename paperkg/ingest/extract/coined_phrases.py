"""The phrase that names a method after an introducing cue (``paperkg_coined``, :mod:`~.coined`).

"we propose a multi-scale gate module", "(2) a Dual-level Alignment method", "a class-aware prompt
aggregation scheme (CPA) is designed": generic adjectives passed over, the phrase read up to its head
noun, and a name only when it is specific enough for its head (:meth:`IntroducedPhrases.phrase`). A phrase
with no head noun that ends in a known technique's name after a distinctive modifier is the paper's variant
of it ("we introduce confidence-gated GSPO": :meth:`IntroducedPhrases._ends_in_technique`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from paperkg.ingest.extract.abbreviations import _SHORT_FORM
from paperkg.ingest.extract.coined_cues import _and_name
from paperkg.ingest.extract.coined_words import (
    _ACRONYM,
    _ARTICLE,
    _DATA_NOUNS,
    _DESCRIPTIVE_ADJECTIVES,
    _KEPT_HEADS,
    _METHOD_ADJECTIVES,
    _NAME_HEADS,
    _NOT_PARTS,
    _PLAIN_HEADS,
    _STOP,
    _USED_HEADS,
    _VERB,
    _adjectival,
    _adverb,
    _kind_of,
    _plain,
    _start,
    _title_case,
)
from paperkg.ingest.extract.modifiers import _initials_fit
from paperkg.ingest.extract.names import END, METHOD_END, RAW_END, START, TEXT, NameRules, Word
from paperkg.ingest.extract.vocabulary import VocabEntry
from paperkg.ingest.records import Kind

__all__ = ["IntroducedPhrases"]

#: The most words of an introduced variant of a known technique (:meth:`IntroducedPhrases._ends_in_technique`)
_MAX_VARIANT_WORDS = 4
#: Words before a known technique's name that make no variant of it: data, a task or a problem ("a diagnostic
#: benchmark spanning YouCook2", "the novel task Domain Generalization")
_NOT_VARIANT_WORDS = _DATA_NOUNS | {"data", "task", "tasks", "problem", "problems", "setting", "settings",
                                    "modified", "methodical"}  # "a modified Variational Autoencoder"
# a short form in brackets right after a phrase, as the abbreviations read one: " (AD-LoRA)", "(HIL)", one
# opening with a number of dimensions ("Dynamic 4D Gaussian Splatting (4DGS)")
_BRACKETED = re.compile(r" ?\((" + _SHORT_FORM + r")\)")

_QUANTITY = re.compile(r"(?:multi|two|three|four|five|single|dual|one|many|cross|self|semi|non)-"
                       r"|.*-(?:based|free|level"
                       r"|stage|step|part|layer|tier|tiered|fold|shot|scale|grained|order|wise)$")
_PARTICIPLE = re.compile(r"-(?:based|powered|assisted|driven|guided|aware|enabled"
                         r"|free|oriented|centric|specific)$",
                         re.IGNORECASE)  # "AI-powered", "Transformer-based"
# endings of an adjective that are nouns standing alone ("a passage order adjuster")
_NOUN_ENDINGS = frozenset({"order", "stage", "step", "part", "layer", "tier", "level", "scale", "shot"})
# what steers a part, hyphenated, as the last word before a strong head: "a chemistry-informed curriculum",
# "an adaptive layer-weighted strategy" (but "a Transformer-based encoder", "a task-specific module" are no
# names)
_STEERING = re.compile(r"[a-z]{3,}-(?:aware|guided|driven|conditioned|informed|weighted|constrained"
                       r"|preserving)$")
_STEERED = re.compile(r"[a-z]-(?:aware|guided|driven|conditioned)$")  # "uncertainty-aware", "reward-guided"
# gerunds of use that open a step, not a part's name (:meth:`CoinedNames._named_part`)
_USING_GERUNDS = frozenset({"leveraging", "using", "applying", "employing", "utilizing", "adopting",
                            "exploiting", "incorporating", "combining", "integrating"})
_NAME_ENDS = frozenset({"learning", "training", "scaling"})  # generic alone, the end of a name after others
# nouns that end like a method's name ("-sion", "-tion") but name a thing: "a hard version", "formulation"
_NOT_METHODS = frozenset({"version", "versions", "question", "questions", "condition", "conditions",
                          "section", "position", "dimension", "dimensions", "population", "function",
                          "functions", "application", "applications", "information", "environment",
                          "environments", "setting", "settings", "situation", "formulation", "intention",
                          "emotion", "emotions", "motivation", "direction", "directions", "collection",
                          "edition"})
_LEADING_BASED = re.compile(r"[A-Z]{2,}s?-based")  # "LLM-based", "MLLM-based": before a name, not of it
# what a title-case name of two words or more is driven by: "a large-model-driven User Simulator" (but
# "a kinematics-driven Gaussian splatting module" is the name)
_LEADING_DRIVEN = re.compile(r"[a-z][a-z-]*-(?:based|driven|powered)")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")  # "Partitioning", "Block-wise" (not "PaLM")
_CAPITALISED = re.compile(r"[A-Z][a-z]")  # "Image-text" (not "CLIP")
# adjectives of an established method's name that may be the last modifier before a strong head after
# another ("a view-quality semantic gate", "a hierarchical contrastive loss")
_NAMING_ADJECTIVES = _METHOD_ADJECTIVES | {"semantic", "spatial", "temporal", "causal", "residual",
                                           "structural", "contextual"}
# a past participle after an adverb that says how a method was made, before its name ("carefully
# designed"; not "weakly supervised", "dynamically weighted": a name's words, "DW-DGAT"; nor "semantically
# grounded": what the thing is, "a semantically grounded linguistic representation")
_MADE = re.compile(r"designed|crafted|tailored|engineered|devised|constructed")
_NAME_WORD = re.compile(r"[A-Za-z0-9][\w-]*")
# a noun and the participle after it that starts a clause (:func:`_participle`): a plural noun ("approaches
# outperforming the ...", "numerical examples demonstrating that"; but not "dynamics", "analysis", "loss"), a
# task ("a novel task striving to seek"), or the object or preposition after the participle ("a code
# correcting a single substitution", "a proof-of-concept focusing on ..."; but "greedy pruning, a ..." names a
# method)
# (no "ss", "us", "is", "ics": "loss", "analysis", "dynamics")
# a lower-case word that may be a verb's third person ("integrates", "fuses"; not "loss", "focus", "analysis")
_THIRD_PERSON_VERB = re.compile(r"[a-z]+[^su]s")
_PLURAL = re.compile(r"[a-z-]*[a-z][abd-hj-rtv-z]s")
_PARTICIPLE_SUBJECTS = frozenset({"task", "tasks", "problem", "problems"})
_PARTICIPLE_OBJECTS = frozenset({"a", "an", "the", "on", "upon"})
_BE = frozenset({"is", "are", "was", "were"})  # after an enumerated item, a finding ("(1) X is unreliable")
# a listed part's one modifier that names it before a weak head: a compound of nouns ("translator-builder",
# "x1-prediction"), not where the part runs nor a task in a gerund ("device-side", "fact-checking")
_JOINED_NOUNS = re.compile(r"[a-z][a-z0-9]+-[a-z]{3,}")
_NOT_NAMING_ENDS = ("-side", "ing")
# a first part that describes rather than names ("(2) low-degree node attributes", "a real-time ...")
_ADJECTIVE_FIRSTS = frozenset({"low", "high", "long", "short", "real", "off", "on", "multi", "full", "fine",
                               "coarse", "well", "non", "self", "single", "double", "large", "small", "open"})


@dataclass(frozen=True, slots=True)
class _KnownNames:
    """The vocabulary's case-folded names, lower case, by what they may be in an introduced phrase (one read
    of the vocabulary: :meth:`IntroducedPhrases._known_names`)."""

    #: its techniques that are no umbrella term: what an introduced variant's name may end in
    techniques: frozenset[str]
    #: its models, datasets, languages and umbrella techniques: what no modifier of such a variant may be
    others: frozenset[str]
    #: all of them: what a phrase may not take in past a head noun (:meth:`IntroducedPhrases._known_between`)
    every: frozenset[str]

    @classmethod
    def of(cls, entries: Iterable[VocabEntry]) -> _KnownNames:
        """The names of the vocabulary ``entries``, split as above."""
        techniques: set[str] = set()
        others: set[str] = set()
        for entry in entries:
            variant_end = entry.entity.kind is Kind.TECHNIQUE and not entry.entity.generic
            (techniques if variant_end else others).update(f.lower() for f in entry.folded)
        return cls(frozenset(techniques), frozenset(others), frozenset(techniques | others))


class IntroducedPhrases:
    """The rules that read an introduced method's phrase, a part of :class:`~.coined.CoinedNames`, which
    sets the word sets below."""

    strong: frozenset[str]
    weak: frozenset[str]
    heads: frozenset[str]
    tasks: frozenset[str]
    leading: frozenset[str]
    rules: NameRules
    #: The vocabulary's names, read on first use (:meth:`_known_names`); None until then
    _known: _KnownNames | None = None

    def _known_between(self, texts: list[str], k: int, later: int | None) -> bool:
        """Whether a vocabulary name holds a word between the head ``texts[k]`` and the head ``texts[later]``:
        in "a flow matching group relative policy optimization mechanism" the head "policy" is part of
        Group Relative Policy Optimization, which the phrase must not take in (but "a multimodal attention
        consistency mechanism" goes on)."""
        if later is None:
            return False
        known = self._known_names().every
        return any(" ".join(texts[a:b]).lower() in known
                   for a in range(later) for b in range(max(a, k + 1) + 1, len(texts) + 1))

    def _known_names(self) -> _KnownNames:
        """The vocabulary's case-folded names, lower case, by what they may be in a phrase (read once, on
        first use; empty without a vocabulary)."""
        if self._known is None:
            vocabulary = self.vocabulary() if hasattr(self, "vocabulary") else None
            self._known = _KnownNames.of(vocabulary or ())
        return self._known

    def phrase(self, ws: list[Word], i: int, text: str, *, indefinite: bool = False,
               field_title: bool = False, part: bool = False, strong_only: bool = False,
               own: bool = False) -> tuple[int, int, str, Kind] | None:
        """(first word, end word, label, kind) of the method name starting at word ``i``, if any
        (``indefinite``: after a bare "A"/"An"; ``field_title``: in a title, where every word is
        capitalised, a phrase needs a head noun; ``part``: an item of an enumeration, "(2) a
        Dual-level Alignment method", which needs a specific phrase before a head noun, and no
        task, heading or verb: "(ii) interruption generation", "(i) Output Format:", "(ii) uses ...";
        ``strong_only``: a component the method employs, which needs a strong head: "employs a
        stripe-pattern enhancement mechanism", not "leverages a text-to-video diffusion model"; ``own``: after
        "we implement|adopt|employ", where one hyphenated modifier before a strong head is specific enough:
        "we implement a time-frequency loss")."""
        start = i
        while i < len(ws) and ws[i][TEXT].lower() in _ARTICLE:
            i += 1
        while i < len(ws) and _plain(ws[i], text):
            if (self._leading(ws, i) and (field_title or not ws[i][TEXT][:1].isupper())
                    or _LEADING_BASED.fullmatch(ws[i][TEXT]) and i + 1 < len(ws)
                    and _CAPITALISED.match(ws[i + 1][TEXT])
                    or _driven_before_name(ws, i)):
                i += 1  # (but "an Adaptive Memory module": a capital inside a sentence makes it the name's;
                # "an MLLM-based Image-text Co-augmentation strategy": what it is built on is not the name's)
            elif not field_title and _made_how(ws, i, text):
                i += 2  # "a carefully designed two-stage Mixup strategy": how it was made, before its name
            else:
                break
        determined = i > start  # after an article or an adjective, "denoising ..." is a modifier, not a verb
        phrase: list[Word] = []
        for word in ws[i:i + 7]:
            if word[TEXT].lower() in _STOP or not _NAME_WORD.fullmatch(word[TEXT]) or (
                    phrase and text[phrase[-1][RAW_END]:word[START]] != " ") or _adverb_after(phrase, word):
                # (an adverb after a name is its verb's: "An adaptive fusion strategy dynamically combines")
                break
            phrase.append(word)
            if not _plain(word, text):
                break  # "cascade:" ends the phrase
        if not phrase:
            return None
        texts = [w[TEXT] for w in phrase]
        heads = self.heads
        first = texts[0]
        lone_head = first.lower() in heads and not (first.lower() in _NAME_HEADS and len(texts) > 1)
        if lone_head or first.islower() and first.endswith("ing") and not determined or any(
                _adverb(t) or self.rules.generic_name(t) and not (
                    k == len(texts) - 1 > 0 and t in _NAME_ENDS) for k, t in enumerate(texts)):
            return None  # "the proposed approach shows", "we propose constructing", "theoretically motivated"
            # (but "a novel gate module": a head of a name's last word may start one)
            # (a generic "learning" may end a name: "progressive vocabulary learning")
        title = _title_case(texts)
        for k, word in enumerate(texts):
            low = word.lower()
            if low not in heads:
                continue
            if low in _NAME_HEADS and k < len(texts) - 1:
                continue  # "a latent prior model": the name goes on
            later = next((j for j in range(k + 1, len(texts)) if texts[j].lower() in heads), None)
            goes_on = not field_title and k + 1 < len(texts) and all(title[:k + 1]) and _TITLE_WORD.fullmatch(
                texts[k + 1]) is not None  # (but "which we call Pathways Language Model PaLM": a short form)
            if later is not None and all(title[:later + 1]) or goes_on or _head_as_modifier(
                    texts, k, later, self.strong) and not self._known_between(texts, k, later):
                continue  # "a Hierarchical Attention Refinement Method": the name goes on to its last head;
                # "a Hybrid Optimal Block Partitioning strategy": a title-case name goes on past a head in it;
                # "a multimodal attention consistency mechanism": a head that a plain noun follows modifies
            modifiers = texts[:k]
            if all(m.lower() in _DESCRIPTIVE_ADJECTIVES for m in modifiers):
                return None  # "an adaptive strategy", "a dual loss": a kind of method, unnamed
            if strong_only and low not in self.strong:
                return None
            if first.islower() and first.endswith("ing") and (k < 2 or first in self.tasks):
                return None  # "a novel watermarking scheme", "a message-passing algorithm": a kind of method
            if k == 1 and first in _USED_HEADS:
                return None  # "a novel fusion strategy", "a compression scheme": a method's head noun alone
                # before a head names a kind of method, as a gerund does (but "a recomputation strategy")
            if low == "model" and k and modifiers[-1].lower() == "language":
                return None  # "a specialized Ukrainian language model", "a Large Language Model": unnamed
            if k >= 2 and all(title[:k]):  # "View-wise Instance Partition algorithm"
                named = low in _NAME_HEADS or low in _KEPT_HEADS
                return i, i + k + 1, " ".join(texts[:k + 1] if named else modifiers), _kind_of(low)
            last = modifiers[-1]
            adjective = _adjectival(last) and not (low in self.strong and (
                _STEERING.search(last) or len(modifiers) >= 2 and last.lower() in _NAMING_ADJECTIVES))
            # (a bare "order", "stage" is a noun: "a passage order adjuster"; "an optimism-guided strategy"
            # names the part by what steers it)
            if (last.lower() in self.tasks and not (low in self.strong and _names_a_part(modifiers))
                    or last.islower() and adjective and last not in _NOUN_ENDINGS
                    or _PARTICIPLE.search(last) and adjective or last.endswith("ian")):
                return None  # "a backdoor detection framework", "a multi-task neural network", "AI-powered"
                # (but "a hierarchical scene modeling block": a part named by what it does to what)
            content = [m for m in modifiers if not (m.islower() and (_QUANTITY.match(m) or "-" not in m
                                                                   and _adjectival(m))
                                                    or _PARTICIPLE.search(m))]
            specific = (len(content) >= 2 or any(not m.islower() for m in content)
                        or low in self.strong and (len(modifiers) >= 2
                                                   or own and any("-" in m for m in content))
                        or last in _USED_HEADS and len(modifiers) == 2 and _STEERED.search(modifiers[0]))
            # ("an uncertainty-aware warping process": a method noun after what steers it)
            if low in self.weak and len(modifiers) - (first.lower() in _DESCRIPTIVE_ADJECTIVES) == 1 \
                    and _ACRONYM.fullmatch(last):
                return None  # "a HAR method", "an SSL framework": a method for or of a thing, unnamed
            if part and not specific and content == modifiers == [last] and _JOINED_NOUNS.fullmatch(last) \
                    and not _adjectival(last) and not last.endswith(_NOT_NAMING_ENDS) \
                    and last.split("-", 1)[0].lower() not in _ADJECTIVE_FIRSTS:
                # a part the paper lists as its own is named by one compound of nouns: "(1) A
                # translator-builder pipeline", "(2) a suffix-marker approach" (but not by where it runs or a
                # task: "(2) a device-side mechanism", "(i) an LLM-driven fact-checking process")
                specific = True
            if (low in self.weak or indefinite or part) and not specific:
                return None
            label = " ".join(modifiers) if low in self.weak and low not in _KEPT_HEADS \
                or low in _PLAIN_HEADS and len(modifiers) >= 2 else " ".join(texts[:k + 1])
            return i, i + k + 1, label, _kind_of(low)
        after = ws[i + len(texts)][TEXT].lower() if i + len(texts) < len(ws) else ""
        if part and self._not_part(ws, i, texts, text):
            # "(iii) natural interruption generation", "(ii) uses equivalence testing", "(i) Output Format:"
            return None
        if not (field_title or indefinite or part) and self._ends_in_technique(ws, i, texts, text):
            # "leverages a novel fractal softmax", "we introduce confidence-gated GSPO": the paper's variant
            return i, i + len(texts), " ".join(texts), Kind.TECHNIQUE
        if field_title or indefinite or len(texts) < 2 or len(phrase) == 7 or after == "of" or (
                texts[-1].lower() in _NOT_METHODS) or any(t.lower() in _DATA_NOUNS for t in texts[:-1]):
            return None  # "we present a differentiated replication of ...": an act, not a name; "we develop a
            # benchmark suite comprising ...": data, and a participle after it
        if all(title) and (texts[-1][:1].isupper() or METHOD_END.search(texts[-1].lower())):
            # "2D Instance Boundary-aware Superpoint"
            return i, i + len(texts), " ".join(texts), Kind.TECHNIQUE
        if texts[0].endswith("ing") and len(texts) < 3:
            return None  # "we introduce a pooling operation": a gerund and a noun name a kind of method
        if all(t.islower() for t in texts) and METHOD_END.search(texts[-1].lower()) and (
                texts[-2].lower() not in self.tasks) and not _adjectival(texts[-1].lower()) \
                and not _participle(texts, after, _adjacent(ws, i + len(texts), text)):
            # "backdoor fine-tuning sensitivity analysis"
            return i, i + len(texts), " ".join(texts), Kind.TECHNIQUE
        return None

    def _ends_in_technique(self, ws: list[Word], i: int, texts: list[str], text: str) -> bool:
        """Whether the headless phrase ``texts`` (from word ``i``), read right after an introducing cue, is
        the paper's variant of a known technique: at most four words that end in a vocabulary technique's
        name, no umbrella term ("a sequence-to-sequence Transformer"), after modifiers that are no generic
        or descriptive adjective, data noun or task ("a novel fractal softmax", "we introduce
        confidence-gated GSPO", "a multi-scale bilateral grid"; not "a diagnostic benchmark spanning
        YouCook2", "the novel task Domain Generalization"). A short form in brackets after it must spell
        the initials of the whole phrase (:func:`_initials_fit`: "a low-complexity multiple-input
        multiple-output (MIMO) scheme" names the known technique).

        The paper introduces the longer name, so it is the method the paper names, and the vocabulary's
        name inside it goes ("fractal softmax", not Softmax). On 20k corpus abstracts (slices s10-s40) the
        rule links 42 such names (38 right by ANNOTATION.md: "vocabulary dropout", "untargeted backdoor
        attack", "multi-context GRPO"; wrong: "stochastic random walk", "joint autoencoder"). Items of a
        listed enumeration are left out (1 of 4 right there: "(iii) fine-grained reranking")."""
        if len(texts) > _MAX_VARIANT_WORDS or self._known_tail(texts) is None:
            return False
        short = _BRACKETED.match(text, ws[i + len(texts) - 1][END])
        return short is None or _initials_fit(short.group(1), " ".join(texts))

    def _variant_word(self, word: str, others: frozenset[str]) -> bool:
        """Whether ``word`` before a known technique's name may make the paper's variant of it: no generic
        or descriptive adjective, data noun, task or verb ("the proposed attack leverages SHAP values", "we
        propose OCCDiff applying latent diffusion"), nothing it is built on ("an attention-based feature
        ensemble", "ELAN-based residual blocks", "transformer-guided DRL") and no name of its own (a model,
        dataset, language or umbrella technique of the vocabulary, or an acronym: "Shona spaCy", "a QLSTM
        Seq2Seq autoencoder")."""
        low = word.lower()
        return not (low in self.leading or low in _DESCRIPTIVE_ADJECTIVES or low in _NOT_VARIANT_WORDS
                    or low in self.tasks or low in _NOT_PARTS or _VERB.fullmatch(low)
                    or low.endswith(("ing", "-based")) or low in others
                    or "-" in low and low.split("-", 1)[0] in others
                    or sum(c.isupper() for c in word) > 1)

    def longer_known(self, ws: list[Word], first: int, end: int) -> bool:
        """Whether the phrase of words ``first:end``, read after a cue of what a method is built of or added
        to it (kept names inside it stay; a part listed after a colon keeps them all), is the paper's longer
        name of a known technique: at most four words before an optional method head noun, the last of them
        a vocabulary technique's name that is no umbrella term, after modifiers that make a variant of it
        (:meth:`_variant_word`: "an evidence-augmented self-refinement mechanism", "a multi-scale deep
        supervision strategy", "through a dual-space distillation scheme"): a hyphenated or capitalised
        modifier, or more than one; one plain adjective describes the known technique ("a standard
        pseudo-labeling strategy", "a global SMoE layer", "a joint AdaIN module").

        Without it a kept known name inside such a phrase stays and the longer name is not linked at all.
        On 20k corpus abstracts (slices s10-s40) the rule links 25 longer names (24 right by ANNOTATION.md:
        "a safety-aware weighted soft voting mechanism", "a multi-view distillation strategy"; wrong: "an
        element-wise binary cross-entropy objective"); after one plain adjective too, 8 more (5 wrong)."""
        texts = [w[TEXT] for w in ws[first:end]]
        stop = len(texts) - (len(texts) > 1 and texts[-1].lower() in self.heads)
        if stop > _MAX_VARIANT_WORDS:
            return False
        tail = self._known_tail(texts[:stop])
        return tail is not None and (tail > 1 or "-" in texts[0] or texts[0][:1].isupper())

    def _known_tail(self, texts: list[str]) -> int | None:
        """Where the name of a vocabulary technique that is no umbrella term starts, if one ends the words
        ``texts`` after one word or more that each may make a variant of it (:meth:`_variant_word`): what
        :meth:`_ends_in_technique` and :meth:`longer_known` both read."""
        known = self._known_names()
        techniques, others = known.techniques, known.others
        tail = next((j for j in range(1, len(texts)) if " ".join(texts[j:]).lower() in techniques), None)
        if tail is None or not all(self._variant_word(m, others) for m in texts[:tail]):
            return None
        return tail

    def _named_part(self, ws: list[Word], first: int, end: int) -> bool:
        """Whether a part listed after a colon (words ``first:end``) is named: in title case ("Processing
        Target Selection"), ending in a head noun ("a query-conditioned semantic pruning module") or, after an
        article, in a method noun ("two key ingredients: a ray-centered rotation parameterization for triangle
        regression"), and not a step that uses something
        ("Leveraging Source-Language Consistent Instruction for ...")."""
        if ws[first][TEXT].lower() in _USING_GERUNDS:
            return False
        last = ws[end - 1][TEXT]
        return (all(_title_case([w[TEXT] for w in ws[first:end]])) or last.lower() in self.heads
                or first > 0 and ws[first - 1][TEXT].lower() in ("a", "an") and last.islower()
                and METHOD_END.search(last) is not None)

    def _not_part(self, ws: list[Word], i: int, texts: list[str], text: str) -> bool:
        """Whether an enumerated item with no head noun (``texts``, from word ``i``) names no part: a
        task ("(2) strategic decision-making"), a verb ("(ii) uses ...", "(i) localizes ..."), a
        heading ("(i) Output Format:"), a participle after a noun ("hybrid approaches considering
        both"), or one of two coordinated nouns ("(i) speaker separation and identification"); but a
        method's gerund after a modifier names a step ("(2) hierarchical token pruning in the prefilling
        stage"), unless a plural or a verb comes before it or "is" after it ("(1) naive lookahead decoding is
        unreliable": a finding)."""
        last, end = texts[-1], i + len(texts)
        after = text[ws[end - 1][END]:ws[end - 1][RAW_END]]
        then = ws[end][TEXT] if end < len(ws) else ""
        return (last.lower().rsplit("-", 1)[-1] in self.tasks or texts[0].lower() in _NOT_PARTS
                or _VERB.fullmatch(texts[0]) is not None or after.startswith(":")
                or last.islower() and last.endswith("ing") and "-" not in last and not after
                and not (last in _USED_HEADS and len(texts) >= 2 and then not in _BE
                         and not any(_PLURAL.fullmatch(t) for t in texts[:-1]))
                or not after and then == "and" and end + 1 < len(ws) and ws[end + 1][TEXT].isalpha()
                and ws[end + 1][TEXT].islower())

    def _leading(self, ws: list[Word], i: int) -> bool:
        """Whether word ``i`` is an adjective before a name, not of it: an evaluative one ("a novel
        ..."), or a descriptive one before a title-case name ("an automated Coarse-to-Fine Rubric
        Generation framework"; but "an adaptive fusion strategy" is the name) or an "X-and-Y" compound ("a
        modular detection-and-correction framework")."""
        low = ws[i][TEXT].lower()
        capital_after = i + 1 < len(ws) and ws[i + 1][TEXT][:1].isupper()
        # (nor before a method named by two steps it joins: "a modular detection-and-correction framework")
        joined = i + 1 < len(ws) and "-and-" in ws[i + 1][TEXT] and _and_name(ws[i + 1][TEXT].lower())
        return low in self.leading or low in _DESCRIPTIVE_ADJECTIVES and (capital_after or joined)

    def _passive(self, ws: list[Word], at: int, text: str) -> tuple[int, bool] | None:
        """(where the name starts, False) for "a stepwise update strategy was proposed" ending at
        ``at``: an article at most 7 words before, and a method name running from it up to ``at``
        or up to its short form in parentheses ("a class-aware prompt aggregation scheme (CPA) is
        designed")."""
        last = bisect.bisect_left(ws, at, key=_start) - 1
        if last > 0 and _short_form(ws[last], text):
            last -= 1
        for i in range(last, max(-1, last - 8), -1):
            if ws[i][TEXT].lower() in _ARTICLE:
                if i == last:
                    return None
                found = self.phrase(ws, i, text)
                return (ws[i + 1][START], False) if found is not None and found[1] == last + 1 else None
            if not _plain(ws[i], text) and i < last:
                return None
        return None


def _head_as_modifier(texts: list[str], k: int, later: int | None, strong: frozenset[str]) -> bool:
    """Whether the head noun ``texts[k]`` modifies a strong head ``texts[later]`` after it, with lower-case
    words that are no heads between them ("a multimodal attention consistency mechanism", "a contrastive loss
    weighting scheme"; not "a sparse attention mechanism", where the head alone is the name's kind, nor
    "an attention-based loss framework").

    >>> strong = frozenset({"attention", "mechanism", "loss"})
    >>> _head_as_modifier(["multimodal", "attention", "consistency", "mechanism"], 1, 3, strong)
    True
    >>> _head_as_modifier(["sparse", "attention", "mechanism"], 1, 2, strong)
    False
    >>> _head_as_modifier(["our", "loss", "integrates", "multiple", "mechanism"], 1, 4, strong)
    False
    """
    if later is None or later <= k + 1 or not {texts[later].lower(), texts[k].lower()} <= strong:
        return False
    return all(t.islower() and "-" not in t and t not in strong and not _THIRD_PERSON_VERB.fullmatch(t)
               for t in texts[k + 1:later])


def _participle(texts: list[str], after: str, plain: bool) -> bool:
    """Whether a lower-case phrase ending in "-ing" (``texts``, then the word ``after``; ``plain``: one space
    between) is a noun and the participle that starts a clause about it, no method's name:
    after a plural noun or a task ("diagnostic case studies showing that", "a novel task striving to seek"),
    or before its object ("a code correcting a single substitution", "a proof-of-concept focusing on").

    >>> [_participle(t.split(), a, True)
    ...  for t, a in (("case studies showing", "that"), ("code correcting", "a"),
    ...               ("epistemic caching", "which"), ("greedy pruning", "to"))]
    [True, True, False, False]
    >>> _participle(["greedy", "pruning"], "a", False)
    False
    """
    last, before = texts[-1], texts[-2]
    if not last.endswith("ing") or "-" in last:
        return False
    return (_PLURAL.fullmatch(before) is not None or before in _PARTICIPLE_SUBJECTS
            or plain and after in _PARTICIPLE_OBJECTS)


def _adjacent(ws: list[Word], i: int, text: str) -> bool:
    """Whether word ``i`` follows the word before it after one space, nothing else ("pruning to", not
    "matching , a")."""
    return 0 < i < len(ws) and text[ws[i - 1][END]:ws[i][START]] == " "


def _driven_before_name(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` says in lower case what drives the title-case name of two words or more
    after it ("a large-model-driven User Simulator"), which is no part of the name.

    >>> _driven_before_name([(0, 0, 0, "llm-driven"), (0, 0, 0, "User"), (0, 0, 0, "Simulator")], 0)
    True
    """
    return (i + 2 < len(ws) and _LEADING_DRIVEN.fullmatch(ws[i][TEXT]) is not None
            and all(_CAPITALISED.match(w[TEXT]) for w in ws[i + 1:i + 3]))


def _made_how(ws: list[Word], i: int, text: str) -> bool:
    """Whether words ``i`` and ``i + 1`` are an adverb and a past participle that say how the method after
    them was made, no part of its name ("a carefully designed two-stage Mixup strategy", "a theoretically
    crafted ..."; but "a weakly supervised ..." and "a dynamically weighted ..." are the name's words).

    >>> _made_how([(0, 9, 9, "carefully"), (10, 18, 18, "designed"), (19, 24, 24, "Mixup")], 0, "x" * 24)
    True
    >>> _made_how([(0, 6, 6, "weakly"), (7, 17, 17, "supervised"), (18, 23, 23, "model")], 0, "x" * 23)
    False
    """
    return (i + 2 < len(ws) and _adverb(ws[i][TEXT]) and _plain(ws[i + 1], text)
            and _MADE.fullmatch(ws[i + 1][TEXT]) is not None)


def _adverb_after(phrase: list[Word], word: Word) -> bool:
    """Whether ``word`` is an adverb after a phrase in lower-case words, which ends it there: the adverb is
    the verb's after the name ("An adaptive fusion strategy dynamically combines ..."; but a capitalised
    phrase is left as it was: "the proposed DAC-ALNS algorithm significantly improves" is no name of a
    new method).

    >>> _adverb_after([(0, 1, 1, "gate"), (2, 3, 3, "module")], (4, 5, 5, "jointly"))
    True
    >>> _adverb_after([(0, 1, 1, "DAC-ALNS"), (2, 3, 3, "algorithm")], (4, 5, 5, "jointly"))
    False
    """
    return bool(phrase) and _adverb(word[TEXT]) and all(w[TEXT].islower() for w in phrase)


def _short_form(word: Word, text: str) -> bool:
    """Whether the word is an acronym in parentheses ("(CPA)", "(LCDC)")."""
    return (_ACRONYM.fullmatch(word[TEXT]) is not None and text[word[START] - 1:word[START]] == "("
            and text[word[END]:word[RAW_END]] == ")")


def _names_a_part(modifiers: list[str]) -> bool:
    """Whether the words before a strong head and after the task noun they end in say what the part
    does it to, which makes the phrase a part's name ("hierarchical scene modeling block",
    "multi-round pseudo-label generation strategy"), not a kind of method ("a novel detection
    algorithm", "a tracking module"): two words before the task noun, or a hyphenated one."""
    before = modifiers[:-1]
    return len(before) >= 2 or any("-" in m for m in before)
