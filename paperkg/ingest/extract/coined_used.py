"""Methods named in plain words after a cue of use (``paperkg_coined``, :mod:`~.coined`).

"trained under variable-specific loss weighting", "consisting of label matching and triple matching",
"low-confidence remasking improves single-sample quality", "performs voxel-based refinement": one to
three modifiers and a method noun (:meth:`UsedPhrases.used_phrase`), the phrases coordinated with it,
and which known names inside it the phrase replaces (:func:`_used_room`).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from paperkg.ingest.extract.coined_cues import _EFFECT_ADVERBS, _EFFECT_WORDS, _RELIED_WORDS
from paperkg.ingest.extract.coined_words import (
    _ALL_HEADS,
    _ARTICLE,
    _METHOD_ADJECTIVES,
    _NOT_PARTS,
    _STOP,
    _USED_HEADS,
    _USED_WORD,
    _VERB,
    _adjectival,
    _adverb,
    _plain,
    _start,
)
from paperkg.ingest.extract.discover import field_span
from paperkg.ingest.extract.names import END, RAW_END, START, TEXT, TEXT_OF, NameRules, Word, initials
from paperkg.ingest.extract.spans import Field, SpanWriter
from paperkg.ingest.records import Kind

__all__ = ["UsedPhrases"]

# heads that such an adjective alone before them qualifies, not names: "incorporating iterative optimization",
# "employing adaptive training strategies"
_MANNER_HEADS = frozenset({"optimization", "training"})
# what a known name inside a method named after a cue of use does (:func:`_used_room`): an umbrella term of
# two words gives way to the variant's name ("competitive cross attention"); under a head of training or
# prompting, the modifiers name a setting ("domain-specific fine-tuning"), and the known name stays
_UMBRELLAS = frozenset({"cross attention", "self attention"})
_COUNTED = re.compile(r"(?:multi|two|three|four|five|single|dual|one|many)-"
                      r"|.*-(?:stage|step|fold|shot|round|pass|phase)$")
_SETTING_HEADS = frozenset({"fine-tuning", "finetuning", "tuning", "training", "pre-training", "pretraining",
                            "prompting"})
_CLAUSE_MARKS = (". ", "; ", ": ", ", ", " that ", " while ", " whereas ")  # where a subject starts
_MAX_SUBJECT = 80  # characters of a subject before its verb
# words that open a subject before the method it names: a subordinator or a determiner
_SUBJECT_OPENERS = frozenset({"while", "whereas", "although", "though", "since", "because", "if", "when",
                              "as", "this", "our"})
#: Words that say a method compared with is another's, before its name ("outperforms prior one-step flow
#: distillation", "outperforms conventional consensus sampling")
_COMPARED_OPENERS = frozenset({"prior", "previous", "conventional", "existing", "standard", "traditional",
                               "classical", "vanilla", "naive", "recent", "strong", "competing", "both",
                               "state-of-the-art"})
#: Words that join two methods named after one cue ("consisting of label matching and triple matching")
_CONJUNCTIONS = frozenset({"and", "or"})
_MAX_CONJUNCTS = 5  # the conjuncts read after one cue
_MAX_CONJUNCT_WORDS = 6  # the words of a conjunct passed over to find the next
#: Words that modify no method name: prepositions, numbers and words of a like setting ("relationship between
#: attention", "six prompting", "under identical resource allocation")
_NOT_MODIFIERS = frozenset({"between", "among", "against", "about", "per", "four", "five", "six", "seven",
                            "eight", "nine", "ten", "many", "few", "some", "other", "same", "standard",
                            "conventional", "traditional", "existing", "joint", "further", "extreme",
                            "special", "typical", "certain", "high", "low", "high-quality", "no", "expensive",
                            "distinct", "separate", "limited", "this", "which", "what", "identical", "equal",
                            "moderate", "excessive", "either", "neither", "like",
                            # verbs, which open a clause ("rely on superpixel segmentation and perform
                            # superpixel-level clustering")
                            "perform", "apply", "use", "employ", "adopt", "leverage", "utilize", "conduct",
                            "require", "exploit", "show", "lack", "achieve", "demonstrate", "enable",
                            # and conjunctions that open one ("rely on noisy evidence when correction ...")
                            "when", "if", "unless", "because", "since", "although", "though"})
#: Words after the head that end the phrase though they are no function words
_FOLLOWERS = frozenset({"technique", "techniques", "methods", "strategies", "alone", "instead", "together"})
# what steers a step performed (:func:`_described_step`): "voxel-based refinement"
_STEERING_MODIFIER = re.compile(r"[a-z]{3,}-(?:based|guided|aware|wise|conditioned|agnostic|adaptive|driven"
                                r"|consistent|informed|weighted|constrained|preserving)")

#: Verbs of effect whose object is a method used (:meth:`UsedPhrases._used_objects`)
_USE_VERBS = frozenset({"use", "uses"})
#: Subjects before "use" that make it a cue of use of its own ("we use", "and use": ``coined_cues._USE_CUE``)
_CUED_SUBJECTS = frozenset({"we", "and"})
#: Words after "use(s)" that say what is not used ("uses no labels, retrieval, ... or calibration")
_NEGATIONS = frozenset({"no", "not", "neither", "nor"})
#: Quote marks: a word in quotes is no name ("an adaptive ''gating'' system")
_QUOTES = re.compile(r"''|``|[\"\u201c\u201d]")

#: Cues after which a method is one that others rest on, that the paper sets itself apart from or that a
#: method utilizes ("existing methods rely on dense matching", "Unlike uniform pruning, ...", "utilizes
#: entropy-guided index clustering"), matched on the text before the phrase (``coined_cues._USE_CUE`` finds
#: them): what follows as often names a setting or a cost of that work ("rely on per-scene optimization",
#: "rely on complex training procedures", "rely on pixel-level supervision"), which :func:`_relied_setting`
#: leaves out
_RELIED_CUE = re.compile(r"\b(?:" + _RELIED_WORDS + r")\s+$", re.IGNORECASE)
_RELIED_REACH = 24  # characters before a phrase searched for such a cue
#: Modifiers that say what a method relied on costs or how crude it is, no part of a name ("rely on complex
#: training", "diverse normalization", "severe feature compression", "expert curation", "implicit attention")
_RELIED_NOT_MODIFIERS = frozenset({"complex", "diverse", "severe", "hard", "implicit", "manual", "expert",
                                   "human", "costly", "heavy", "handcrafted", "hand-crafted", "naive",
                                   "model", "expensive", "labor-intensive", "sub-optimal", "suboptimal",
                                   "simpler", "coarse", "rigid", "static", "fixed", "crude", "omniscient",
                                   "massive", "direct", "invasive", "slow", "time-consuming", "common",
                                   "compact", "noisy"})
#: Heads of what a method relied on is given, no method ("rely on frequency guidance", "utilizing multi-modal
#: guidance")
_RELIED_INPUTS = frozenset({"guidance"})
#: Words that open a clause, not a method, where a list after a cue of reliance or contrast breaks off
#: ("Unlike baseline approaches, our method overcomes ... and establishes ...", "relies on ... or added
#: layers, which erodes ... and weakens ...")
_CLAUSE_OPENERS = frozenset({"we", "our", "it", "its", "they", "their", "which", "that", "this", "these",
                             "who", "whose", "there"})
# modifiers that scope a method to one case, a setting ("per-scene optimization", "scene-specific
# optimization", "scene-wise optimization", "expert-driven manual modeling")
_SCOPED = re.compile(r"per-.*|scene-wise|.*-(?:specific|intensive|driven|dependent)")

# plural nouns after a phrase that make it a group of methods
_GROUP_NOUNS = frozenset({"methods", "approaches", "techniques"})
# heads of a process that name a method only when what steers it and what it acts on come first
# ("incorporating entropy-aware advantage estimation", "incorporates risk-aware world modeling", "performs
# functionality-aware contact reasoning"): alone or after a plain modifier they name a task or a kind of step
# ("depth estimation", "via causal reasoning", "feature extraction")
_STEERED_HEADS = frozenset({"reasoning", "modeling", "modelling", "estimation", "perception", "extraction",
                            "construction", "inference", "selection", "retrieval", "planning", "rewriting",
                            "mining"})
# what steers such a process, as the first of at least two modifiers (not "-based": "transformer-based object
# detection" names what it is built on)
_STEERING_FIRST = re.compile(r"[a-z]{3,}-(?:guided|aware|conditioned|adaptive|driven|informed|weighted"
                             r"|constrained|preserving)")
# heads of a process or a stage of training that one hyphenated modifier saying what it rests on or what
# steers it makes a method ("via graph-grounded retrieval", "through region-aware posttraining", "leverages
# model-based planning"): alone, after a plain modifier or after a count or a scope they name a task or a
# step ("external retrieval", "long-horizon planning", "two-stage post-training"); in the corpus, 43 phrases
# of a cue, such a modifier and "retrieval", 18 with "planning", 6 with "post-training" or "posttraining"
# (not "evaluation": of its 39, most name a setting of a study, "by accuracy-based evaluation", "with a
# scenario-based evaluation of an AI-generated versus clinician-written consultation summary")
_GROUNDED_HEADS = frozenset({"retrieval", "planning", "post-training", "posttraining"})
_GROUNDING = re.compile(r"[a-z]{3,}-(?:based|grounded|augmented|guided|aware|driven|conditioned|informed"
                        r"|constrained)")
#: Every word :meth:`UsedPhrases.used_phrase` ends a phrase at, its head: a window of words that holds none
#: names no method, and the call returns before reading it word by word (29k calls on 5,000 corpus
#: abstracts, all but 3% of them finding nothing)
_ANY_HEAD = _USED_HEADS | _STEERED_HEADS | _GROUNDED_HEADS


def _task_or_group(ws: list[Word], found: tuple[int, int, str, Kind], tasks: frozenset[str]) -> bool:
    """Whether a phrase a method is compared with names a task or a group of methods, not a method: a task
    noun after a plain word ("outperforms state-of-the-art data-driven motion estimation methods"; not
    "similarity-based retrieval"), or a phrase before "methods" whose modifier is not one of a pair
    ("outperforms traditional prompt-based adaptation methods"; not "logit-based and feature-based
    distillation methods", which names two kinds side by side); ``tasks``: the component's task nouns."""
    start, end = found[0], found[1]
    if end - start > 1 and ws[end - 1][TEXT].lower() in tasks and "-" not in ws[end - 2][TEXT]:
        return True
    return (end < len(ws) and ws[end][TEXT].lower() in _GROUP_NOUNS
            and ws[end - 1][RAW_END] == ws[end - 1][END]
            and not (start > 0 and ws[start - 1][TEXT] in ("and", "or")))


class UsedPhrases:
    """The rules that read a method named after a cue of use, a part of :class:`~.coined.CoinedNames`,
    which sets the word sets below."""

    strong: frozenset[str]
    heads: frozenset[str]
    tasks: frozenset[str]
    adjectives: frozenset[str]
    rules: NameRules

    def _used_phrases(self, ws: list[Word], i: int, text: str, *,
                      grounded: bool = True) -> list[tuple[int, int, str, Kind]]:
        """The methods named in plain words after a cue of use at word ``i``: the first, and those
        coordinated with it ("consisting of label matching and triple matching", "via PLM-based
        similarity scoring and sampling-based fusion": a conjunct that names none is passed over)."""
        out: list[tuple[int, int, str, Kind]] = []
        at: int | None = i
        relied = i < len(ws) and _RELIED_CUE.search(text, max(0, ws[i][START] - _RELIED_REACH),
                                                     ws[i][START]) is not None
        if relied:  # "Unlike prior pruning methods": the words that only say the method is another's
            while i < len(ws) and ws[i][TEXT].lower() in _COMPARED_OPENERS and ws[i][RAW_END] == ws[i][END]:
                i += 1
            at = i
        for _ in range(_MAX_CONJUNCTS):
            if at is None or at >= len(ws):
                break
            found = self.used_phrase(ws, at, text, grounded=grounded)
            if relied and found is None and (ws[at][TEXT].lower() in _CLAUSE_OPENERS
                                             or ws[at][TEXT][:1].isupper()):
                break  # "Unlike baseline approaches, our method ...", "In contrast to prior work ..., RADAR
                # targets ...": the cue's list has ended
            if found is not None and not _QUOTES.search(text[ws[found[0]][START]:ws[found[1] - 1][END]]) \
                    and not (relied and _relied_setting(ws, found[0], found[1])):
                out.append(found)  # not "an adaptive ''gating'' system": a word in quotes is no name
            at = _next_conjunct(ws, found[1] - 1 if found is not None else at, text)
        return out

    def _subjects(self, ws: list[Word], text: str, ends: list[int],
                  lower: str) -> list[tuple[int, int, str, Kind]]:
        """The methods named in plain words that are the subject of a verb of effect, each subject
        ending at one of ``ends`` ("To mitigate this, low-confidence remasking improves single-sample
        quality", "Additional static parsing and dependency pruning further reduce context complexity"):
        the clause before the verb is one method phrase or a list of them (as after a cue of use), the
        last one right before the verb."""
        out = self._compared(ws, text, ends)
        out.extend(self._used_objects(ws, text, ends))
        for verb in ends:
            clause = _clause_start(lower, verb)
            if verb - clause > _MAX_SUBJECT:
                continue
            first = bisect.bisect_left(ws, clause, key=_start)
            last = bisect.bisect_left(ws, verb, key=_start)
            if first < last and ws[first][START] == clause and ws[first][TEXT].lower() in _SUBJECT_OPENERS:
                first += 1  # "While context compression mitigates this issue, ...", "this core-coverage
                # projection significantly improves ..."
            elif first >= last or ws[first][START] != clause:
                continue
            if first >= last:
                continue
            words = ws[first:last]
            head = words[0][TEXT]
            if head[:1].isupper() and head[1:].islower():  # "Soft compression architectures"
                words[0] = (*words[0][:TEXT], head.lower())
            found = self._used_phrases(words, 0, text)
            if found and found[-1][1] == len(words):
                out.extend((first + a, first + b, label, kind) for a, b, label, kind in found)
        return out

    def _compared(self, ws: list[Word], text: str, ends: list[int]) -> list[tuple[int, int, str, Kind]]:
        """The methods named in plain words that a verb of effect among ``ends`` is compared with, read as
        after a cue of use: the object of "outperform(s)", what follows "improve(s) over" ("consistently
        outperforms prior one-step flow distillation", "improves consistently over similarity-based
        retrieval") and what follows "than", "compared to/with", "relative to" or "versus" after the verb in
        its clause (:func:`_comparison_end`: "achieves broader behavioral coverage compared to
        temperature-based sampling"), after the words that only say the method is another's ("prior",
        "conventional"); kept when what steers it comes first."""
        out: list[tuple[int, int, str, Kind]] = []
        for verb in ends:
            k = _verb_at(ws, verb)
            if k + 1 >= len(ws) or ws[k][RAW_END] != ws[k][END]:
                continue
            verb_word, at = ws[k][TEXT], k
            if verb_word in ("improve", "improves"):
                k += 1
                while k < len(ws) and _adverb(ws[k][TEXT]) and ws[k][RAW_END] == ws[k][END]:
                    k += 1
            if k < len(ws) and (verb_word in ("outperform", "outperforms")
                                or verb_word in ("improve", "improves") and ws[k][TEXT] == "over"):
                k += 1
            else:
                compared = _comparison_end(ws, at, text)
                if compared is None:
                    continue
                k = compared
            while k < len(ws) and ws[k][TEXT] in _COMPARED_OPENERS and ws[k][RAW_END] == ws[k][END]:
                k += 1
            out.extend(found for found in self._used_phrases(ws, k, text)
                       if _STEERING_MODIFIER.fullmatch(ws[found[0]][TEXT])
                       and not _task_or_group(ws, found, self.tasks))
        return out

    def _used_objects(self, ws: list[Word], text: str, ends: list[int]) -> list[tuple[int, int, str, Kind]]:
        """The methods named in plain words that a subject other than "we" uses, among the verbs of effect
        at ``ends``: the object of "use(s)", read as after a cue of use ("a training method that uses
        segmentation-based masking", "It uses a single-path feature fusion", "current detectors use
        anchor-free regression"); "we use" and "and use" are cues of their own, and "uses no ..." names
        what is not used."""
        out: list[tuple[int, int, str, Kind]] = []
        for verb in ends:
            k = _verb_at(ws, verb)
            if k + 1 >= len(ws) or ws[k][TEXT] not in _USE_VERBS or ws[k][RAW_END] != ws[k][END] or (
                    k > 0 and ws[k - 1][TEXT].lower() in _CUED_SUBJECTS) or ws[k + 1][TEXT] in _CONJUNCTIONS:
                continue  # ("land use and land cover consistency": a noun, no verb)
            if ws[k + 1][TEXT].lower() in _NEGATIONS:
                continue  # "uses no labels, retrieval, ... or per-model calibration": what it does not use
            out.extend(self._used_phrases(ws, k + 1, text))
        return out

    def used_phrase(self, ws: list[Word], i: int, text: str, *,
                    grounded: bool = True) -> tuple[int, int, str, Kind] | None:
        """(first word, end word, label, kind) of a method named in plain lower-case words after a
        cue of use ("trained under variable-specific loss weighting,", "via gray-box learning."):
        one to three modifiers and a method head ("weighting", "learning", "pruning"), the phrase
        ending at punctuation or a function word; the last modifier a noun or a hyphenated
        compound (no "aggressive filtering", "learned interpolation"), none a verb ("building ..."); an
        adjective of ``_METHOD_ADJECTIVES`` may start the name ("via multinomial sampling") unless a head noun
        follows it ("an adversarial guidance mechanism" is read as an introduced or employed part)."""
        while i < len(ws) and ws[i][TEXT].lower() in _ARTICLE:
            i += 1
        while i < len(ws) and ws[i][TEXT] in self.adjectives and ws[i][TEXT] not in _METHOD_ADJECTIVES \
                and _plain(ws[i], text):
            i += 1
        if _ANY_HEAD.isdisjoint(map(TEXT_OF, ws[i:i + 4])):
            return None  # (no head among the words the loop below reads: it would find none)
        phrase: list[str] = []
        for word in ws[i:i + 4]:
            t = word[TEXT]
            if not _USED_WORD.fullmatch(t):
                return None
            phrase.append(t)
            if t in _USED_HEADS and len(phrase) >= 2 or t in _STEERED_HEADS and len(phrase) >= 3 \
                    and _STEERING_FIRST.fullmatch(phrase[0]) or grounded and t in _GROUNDED_HEADS \
                    and len(phrase) == 2 and _GROUNDING.fullmatch(phrase[0]):
                break
            if not _plain(word, text) or t in _STOP:
                return None
        else:
            return None
        end = i + len(phrase)
        after = ws[end][TEXT] if end < len(ws) and not _set_off(ws, end, text) else ""
        # (the word after the head; "" at the field's end and before a parenthesis or a spaced dash, which
        # end the phrase: "four methods -- concept bottleneck steering (Steerling-8B)", "agentic decomposition
        # -- we find")
        if _plain(ws[end - 1], text) and after and after not in _STOP and not self._head_noun(after) \
                and after not in _FOLLOWERS:
            return None  # "limited calibration data", "a large learning rate"
        modifiers = phrase[:-1]
        last, first = modifiers[-1], modifiers[0]
        if any(m in self.adjectives and not (k == 0 and m in _METHOD_ADJECTIVES) or m in _STOP
               or m in _NOT_MODIFIERS or _adverb(m) or m[:1].isdigit() for k, m in enumerate(modifiers)):
            return None
        if "-" not in first and first.endswith(("ing", "ed", "able", "ible")) or last in self.tasks or any(
                m in _NOT_PARTS or _VERB.fullmatch(m) for m in modifiers):
            return None  # "building neural encoding", "maintaining the training", "(the interactor) applies
            # cross-context attention", "configurable hyperparameter optimization"
        if "-" not in last and not (len(modifiers) == 1 and last in _METHOD_ADJECTIVES) and (
                _adjectival(last) or last.endswith(("ing", "ary", "ent", "ant"))) and not (
                len(modifiers) >= 2 and _STEERING_FIRST.fullmatch(first) and _adjectival(last)
                and not (_plain(ws[end - 1], text) and self._head_noun(after))):
            return None  # "aggressive filtering", "pairwise training", "learned interpolation" (but what
            # steers it, first, names the step: "leverages trajectory-guided deformable sampling"; one a head
            # noun follows is read as the part it names, "employs an action-conditioned multimodal selection
            # policy")
        if first in _METHOD_ADJECTIVES and (
                _plain(ws[i + len(phrase) - 1], text) and self._head_noun(after)
                or len(modifiers) == 1 and phrase[-1] in _MANNER_HEADS):
            return None  # "an adversarial guidance mechanism": the name goes on to its head noun
        label = " ".join(phrase)
        if self.rules.generic_name(label):
            return None
        if _plain(ws[end - 1], text) and after in self.strong:
            # the mention goes on to a strong head noun after it, as the name is written ("employs a
            # dual-conditional refinement mechanism", "adopt a two-stage adaptation procedure"; but a weak
            # head says what kind of thing the method is: "an appearance-agnostic motion learning approach");
            # the label is the method's, which a title names without the head ("Graph Smoothing for ..." and
            # "integrates a graph smoothing module")
            return i, end + 1, label, Kind.TECHNIQUE
        return i, end, label, Kind.TECHNIQUE

    def _head_noun(self, word: str) -> bool:
        """Whether a word after a method noun is a head that ends the name: any head, or a strong head
        in the plural ("feasibility validation mechanisms", "prior-guided fusion modules"; but "neural
        network training pipelines" names a kind of pipeline, not a method)."""
        strong = self.strong
        return word in self.heads or word.endswith("s") and (word[:-1] in strong
                                                             or word.endswith("es") and word[:-2] in strong)


def _used_room(doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], first: int, end: int) -> int:
    """Which known names a method named after a cue of use (words ``first:end``) replaces
    (:meth:`CoinedNames._link`'s ``room``): a one-word family name or an umbrella term it ends in
    ("contribution-based pruning", "inter-frame attention": a variant's name), but no known name of
    several words or among its modifiers ("heatmap-based knowledge distillation", "self-consistency
    resampling" keep the known method) and none under a head of training or prompting ("task-specific
    fine-tuning", "diverse prompting": a setting, not a name)."""
    if end - first > 2 and ws[end - 1][TEXT].lower() in _ALL_HEADS:
        end -= 1  # "a label-constrained distillation paradigm": the name before its head noun decides
    if ws[end - 1][TEXT].lower() in _SETTING_HEADS or all(_COUNTED.match(w[TEXT]) for w in ws[first:end - 1]):
        return 0  # (and "single-stage distillation" is distillation done once: a count, not a variant)
    span = field_span(doc, field, ws[first][START], ws[end - 1][END])
    if span is None:
        return 0
    inside = [sp for sp in writer.spans() if sp.start < span.end and span.start < sp.end]
    return 2 if all(sp.end == span.end and (" " not in sp.text or sp.text.lower() in _UMBRELLAS)
                    for sp in inside) else 0


#: Heads that, after "under", name the kind of labels a model learns from, a setting and no method ("under
#: projection supervision", "under scene flow supervision", "under video-level supervision"): 271 corpus
#: abstracts say "under ... supervision".
_SETTING_UNDER = frozenset({"supervision"})
#: First modifiers that make a kind of supervision an established way of learning, a technique ("under weak
#: supervision", "under distant supervision")
_PARADIGM_SUPERVISION = frozenset({"weak", "distant"})


def _relied_setting(ws: list[Word], first: int, end: int) -> bool:
    """Whether a method phrase (words ``first:end``) read after a cue of reliance or contrast
    (``_RELIED_CUE``) names a setting rather than a method: a kind of supervision other than an established
    one ("rely on pixel-level supervision"; not "weak supervision"), training or prompting ("rely on
    category-specific training"), or a modifier of scope or cost ("per-scene optimization", "complex ...").

    >>> _relied_setting([(0, 1, 1, "per-scene"), (2, 3, 3, "optimization")], 0, 2)
    True
    >>> _relied_setting([(0, 1, 1, "dense"), (2, 3, 3, "matching")], 0, 2)
    False
    """
    head = ws[end - 1][TEXT].lower()
    if head in _SETTING_UNDER and ws[first][TEXT].lower() not in _PARADIGM_SUPERVISION \
            or head in _SETTING_HEADS or head in _RELIED_INPUTS:
        return True
    return any(w[TEXT].lower() in _RELIED_NOT_MODIFIERS or _SCOPED.fullmatch(w[TEXT].lower())
               for w in ws[first:end - 1])


def _under_setting(lower: str, cue_end: int, ws: list[Word], end: int) -> bool:
    """Whether the method phrase ending before word ``end``, read after the cue that ends at ``cue_end``, is
    a setting: the cue is "under" and the phrase's head a kind of supervision, other than an established one
    ("under weak supervision").

    >>> words = [(6, 16, 16, "projection"), (17, 28, 28, "supervision")]
    >>> _under_setting("under projection supervision", 6, words, 2)
    True
    """
    if not lower.endswith("under ", 0, cue_end) or ws[end - 1][TEXT].lower() not in _SETTING_UNDER:
        return False
    first = bisect.bisect_left(ws, cue_end, key=_start)
    return first >= len(ws) or ws[first][TEXT].lower() not in _PARADIGM_SUPERVISION


#: Words of dashes set off between spaces ("agentic decomposition -- we find")
_DASHES = frozenset({"-", "--", "---", "\u2013", "\u2014"})


def _set_off(ws: list[Word], i: int, text: str) -> bool:
    """Whether word ``i`` is set off from the word before it by a parenthesis or a dash between spaces,
    which end a method phrase ("hard gating (selecting ...)", "concept bottleneck steering (Steerling-8B)",
    "maximum-ratio transmission (MRT)", "agentic decomposition -- we find"); a bracket that opens on an
    acronym of another name (no initial of the words before it starts it) ends nothing: "faster attention
    (SDPA)" is SDPA's description, no name of its own.

    >>> t = "hard gating (selecting it) and decomposition -- we faster attention (SDPA) for attention (FA)"
    >>> ws = [(0, 4, 4, "hard"), (5, 11, 11, "gating"), (13, 22, 22, "selecting"), (23, 25, 26, "it"),
    ...       (27, 30, 30, "and"), (31, 44, 44, "decomposition"), (45, 47, 47, "--"), (48, 50, 50, "we"),
    ...       (51, 57, 57, "faster"), (58, 67, 67, "attention"), (69, 73, 74, "SDPA"), (75, 78, 78, "for"),
    ...       (79, 88, 88, "attention"), (90, 92, 93, "FA")]
    >>> [_set_off(ws, i, t) for i in (1, 2, 4, 6, 10, 13)]
    [False, True, False, True, False, True]
    """
    word = ws[i][TEXT]
    if word in _DASHES:
        return True
    if "(" not in text[ws[i - 1][RAW_END]:ws[i][START]]:
        return False
    acronym = word[:-1] if word.endswith("s") else word
    if not (len(acronym) >= 2 and acronym.isalpha() and acronym.isupper()):
        return True
    letters = set()
    for k in range(i - 1, max(-1, i - 5), -1):  # the words before the bracket, back to a punctuation mark
        if k < i - 1 and ws[k][RAW_END] != ws[k][END]:
            break
        letters.update(initials(ws[k][TEXT]))
    return acronym[0] in letters


def _described_step(ws: list[Word], first: int, end: int) -> bool:
    """Whether a step performed (words ``first:end``, head last) is described enough to be named: two
    modifiers ("performs global diversity filtering") or one that says what steers it ("performs voxel-based
    refinement"); one modifier alone is a kind of step ("performs modality fusion", "conducts dense
    supervision").

    >>> _described_step([(0, 1, 1, "voxel-based"), (2, 3, 3, "refinement")], 0, 2)
    True
    >>> _described_step([(0, 1, 1, "modality"), (2, 3, 3, "fusion")], 0, 2)
    False
    """
    return end - first >= 3 or _STEERING_MODIFIER.fullmatch(ws[first][TEXT]) is not None


#: Words that say what an effect is measured against, after its verb in the clause ("achieves a 3x speedup
#: compared to dense attention", "yields higher accuracy than uniform-based sampling")
_COMPARISON_WORDS = frozenset({"than", "versus", "vs.", "vs"})
_COMPARISON_PAIRS = frozenset({("compared", "to"), ("compared", "with"), ("relative", "to")})
_MAX_COMPARISON_WORDS = 20  # the words after a verb of effect searched for a comparison


def _comparison_end(ws: list[Word], k: int, text: str) -> int | None:
    """The word after a comparison that follows the verb of effect at word ``k`` in its clause ("reduces
    latency by 40% compared to ...", "achieves higher recall than ..."), if any: no clause or sentence mark
    between (a comma only before the comparison's words: "improves accuracy, compared to ...").

    >>> t = "x improves recall by 3%, compared to y. z improves recall. than w"
    >>> from paperkg.ingest.extract.names import words
    >>> ws = words(t)
    >>> _comparison_end(ws, 1, t), _comparison_end(ws, 9, t)
    (7, None)
    """
    for j in range(k + 1, min(len(ws), k + _MAX_COMPARISON_WORDS)):
        t = ws[j][TEXT]
        if t in _COMPARISON_WORDS and j + 1 < len(ws):
            return j + 1
        if j + 2 < len(ws) and (t, ws[j + 1][TEXT]) in _COMPARISON_PAIRS and ws[j][RAW_END] == ws[j][END]:
            return j + 2
        after = text[ws[j][END]:ws[j][RAW_END]]
        if after and after != ",":
            return None
    return None


def _clause_start(lower: str, at: int) -> int:
    """Where the clause that ``at`` is in starts: after the last sentence or clause mark before it.

    >>> _clause_start("we x. then, dependency pruning helps", 30)
    12
    """
    start = 0
    for mark in _CLAUSE_MARKS:
        found = lower.rfind(mark, 0, at)
        if found >= 0:
            start = max(start, found + len(mark))
    return start


def _next_conjunct(ws: list[Word], i: int, text: str) -> int | None:
    """Where the conjunct after the one that word ``i`` is in starts ("X, Y", "X and Y", "X, and
    Y"), if the list goes on: no function word, clause or sentence end before the comma or "and"
    (in "using X, we show ..." the comma ends the cue's phrase, and "we" no method).

    >>> _next_conjunct([(0, 1, 1, "a"), (2, 3, 4, "b"), (5, 8, 8, "and"), (9, 10, 10, "c")], 0, "a b, and c")
    3
    """
    for j in range(i, min(len(ws), i + _MAX_CONJUNCT_WORDS)):
        t = ws[j][TEXT]
        if t in _CONJUNCTIONS and j > i:
            return j + 1
        if t in _STOP and j > i:
            return None
        after = text[ws[j][END]:ws[j][RAW_END]]
        if not after and j + 1 < len(ws) and "(" in text[ws[j][RAW_END]:ws[j + 1][START]]:
            # a short bracket after the conjunct: "concept bottleneck steering (Steerling-8B), sparse ..."
            closed = _bracket_end(ws, j + 1, text)
            if closed is not None:
                after = text[ws[closed][END]:ws[closed][RAW_END]][1:]
                if not after and closed + 1 < len(ws) and ws[closed + 1][TEXT] in _CONJUNCTIONS:
                    return closed + 2
                if after != "," or closed + 1 < len(ws) and ws[closed + 1][TEXT].removesuffix("s") in _VERBS:
                    return None  # "such as Low-Rank Adaptation (LoRA), achieve adaptation by ...": a verb
                return closed + 2 if closed + 2 < len(ws) and ws[closed + 1][TEXT] in _CONJUNCTIONS \
                    else closed + 1
        if after == ",":
            return j + 2 if j + 1 < len(ws) and ws[j + 1][TEXT] in _CONJUNCTIONS else j + 1
        if after:
            return None
    return None


_VERBS = frozenset(_EFFECT_WORDS)  # a verb after a bracket and a comma: the bracket closed an apposition
_MAX_BRACKET_WORDS = 4  # the words of a short form or a model in brackets after a listed method


def _verb_at(ws: list[Word], verb: int) -> int:
    """The index of the verb of effect whose match starts at character ``verb``: the first word there that
    is no adverb or modal before it ("also", "can", "consistently" in "consistently outperforms")."""
    k = bisect.bisect_left(ws, verb, key=_start)
    while k < len(ws) and (ws[k][TEXT] in _EFFECT_ADVERBS or _adverb(ws[k][TEXT])):
        k += 1
    return k


def _bracket_end(ws: list[Word], i: int, text: str) -> int | None:
    """The last word of a short bracket that opens before word ``i`` and closes right after a word
    ("(Steerling-8B)", "(SPAR++)"), if it closes within a few words and opens no other.

    >>> t = "steering (Steerling-8B), sparse (a b c d e)"
    >>> ws = [(0, 8, 8, "steering"), (10, 22, 24, "Steerling-8B"), (25, 31, 31, "sparse"), (33, 34, 34, "a"),
    ...       (35, 36, 36, "b"), (37, 38, 38, "c"), (39, 40, 40, "d"), (41, 42, 43, "e")]
    >>> _bracket_end(ws, 1, t), _bracket_end(ws, 3, t)
    (1, None)
    """
    for k in range(i, min(len(ws), i + _MAX_BRACKET_WORDS)):
        if k == i and ws[k][TEXT][:1].isdigit():
            return None  # "(68.1%)": a figure, no name; what follows it is no list of methods
        after = text[ws[k][END]:ws[k][RAW_END]]
        if after.startswith(")"):
            return k
        if after or k > i and "(" in text[ws[k - 1][RAW_END]:ws[k][START]]:
            return None
    return None
