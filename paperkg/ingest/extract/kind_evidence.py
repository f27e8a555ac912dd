"""The kind the text gives a name right around it (:class:`_Evidence`, :func:`evidence_kind`): "X, a
multilingual dataset", "the X framework", "a method, X", "models like VAST and X", a title's "X: A Unified
Model for ..."."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from paperkg.ingest.extract.kind_words import (
    _EVALUATION_HEADS,
    _EVALUATION_WORDS,
    _LOOSE_NOUNS,
    _NOT_ADVERBS,
    _NOT_AFTER,
    _NOT_FILLER,
    _PART_NOUNS,
    _PHRASE_ENDS,
    _TASKS,
    _TITLE_PHRASE_ENDS,
    _TITLE_PHRASE_WORDS,
    DEFAULT_KIND_NOUNS,
)
from paperkg.ingest.extract.names import METHOD_END
from paperkg.ingest.records import Kind

__all__ = ["evidence_kind"]

_SIZED_NAME = re.compile(r"[- ]\d+(?:\.\d+)?[BM]\b")  # "-7B", " 540B", "-350M": parameters


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
        # form after a colon; a short form among the words: "CA-MIQ (...), a lightweight dual-critic
        # reinforcement learning (RL) framework" (384 corpus abstracts); not past a preposition: "position X
        # as a promising path toward foundation models" calls X no model)
        self.after = re.compile(
            r"[\"\u201d]?\)?(?:\s*\([^)]{0,100}\)|:\s+(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,7},)?"
            r"[,:]?\s+(?:which\s+(?:is,\s+)?)?"
            r"(?:(?:to the best of|to) our knowledge,?\s+)?"
            r"(?:(?:is|was|which is|as)\s+)?"
            r"(?:a|an|the)\s+(?:(?!(?:" + _NOT_FILLER + r")\s)(?:[\w/-]+|\([\w/-]+\)),?\s+){0,8}?" + noun,
            re.IGNORECASE)
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
        # <noun>, called X"), and, opening a sentence, "Our method, SP-Guard, addresses ..." (242 corpus
        # abstracts write "Our <noun>, X" so; not "In our framework, TDGL simulations", "On our benchmark, X
        # achieves", "On LongMemEval-RR, our ... protocol, EMBER-14B reaches")
        pp = r"(?:\s+(?:for|of|on|in)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
        self.before = re.compile(
            r"\b(?:(?:a|an|the|[Oo]ur)\s+(?:[\w-]+\s+){0,4}?" + noun
            + r"(?:\s*(?:,|--|\u2014|:)\s*(?:(?:called|named|dubbed|termed)\s+)?(?:[\w-]+\s+){0,3}?\("
            r"|\s*(?:,|--|\u2014)?\s*(?:called|named|dubbed|termed|which\s+we\s+(?:call|name|term|dub))\s+|"
            + pp + r"\s*,\s*namely\s+)"
            r"|" + "".join(f"(?<!\\b{w} )" for w in _NOT_AFTER)
            + r"(?:a|an|(?-i:Our))\s+(?:[\w-]+\s+){0,4}?"
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
        if kind is Kind.DATASET and noun in _ENVIRONMENTS and match.re is not self.right_after and not (
                _AGENTS_ENVIRONMENT.search(match.group(0)) or noun in _PLACES and (
                    _AGENTS_ENVIRONMENT.search(match.string[match.end():match.end() + 60].split(". ")[0]))):
            # "a scalable negotiation-oriented environment", "a Python execution environment": a system's
            # or a program's setting, not the "interactive environment" agents are trained and tested in (a
            # sandbox's words may follow it: "a high-throughput sandbox designed for reconfigurable
            # multi-agent tasks")
            return None
        if kind is Kind.DATASET and not of and noun in _PLACES and (
                _noun_after(match.string, match.end(group))):
            # "AgentBay, a novel sandbox service designed ...": "sandbox" modifies the noun after it, and a
            # named service is no data (a kind noun after it heads the phrase: :meth:`compound_head`)
            return None
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
        if kind is Kind.DATASET and head in _PLACES and not (
                _AGENTS_ENVIRONMENT.search(" ".join(phrase))):
            # "AgentBay: A Hybrid Interaction Sandbox for ...": a service, not an environment agents act in
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

    def called_part(self, label: str, text: str) -> bool:
        """Whether the text calls ``label`` a part of a network right after it (:data:`_PART_NOUNS`, written
        in lower case): "a Global-Local Transformer (GL-Trans) block", "FINE, a lightweight semantic
        alignment module that ..."; not "a module-based network" (the compound's head is no part).

        >>> _DEFAULT_EVIDENCE.called_part("DBFFN", "a Dual-Branch Feed-Forward Network (DBFFN) module as")
        True
        >>> _DEFAULT_EVIDENCE.called_part("DSSN", "The core of DSSN is the Cross-level Saliency Block.")
        False
        """
        for pattern in (self.after, self.right_after):
            for position in _occurrences(text, label):
                found = pattern.match(text, position + len(label))
                if found is None or self.noun_of(found) not in _PART_NOUNS or found.group("of"):
                    continue
                if not found.group("noun").islower() or self.compound_head(text, found.end()) not in (
                        "", *_PART_NOUNS):
                    continue
                return True
        return False

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


# the kind nouns of an environment agents act in, and the words that say an apposition's environment is one
# ("UserVille, an interactive environment", "DR-Gym, an open-source, online Gymnasium-compatible environment")
# (and "sandbox", "playground", "gym": "FactoryLLM, a safe and open-source AI playground" is no data, "DeR2, a
# controlled deep-research sandbox" is)
#: (the kind nouns but "environment", which need the agents' words even after them and no noun after them)
_PLACES = frozenset({"sandbox", "playground", "gym"})
_ENVIRONMENTS = _PLACES | {"environment"}
_AGENTS_ENVIRONMENT = re.compile(
    r"(?i)\b(?:interactive|simulat\w*|gym\w*|rl|reinforcement|game|games|agentic|embodied|virtual|training|"
    r"evaluation|benchmark\w*|testing|test|3d|open-ended|multi-agent|web|realistic|text-based|physics\w*|"
    r"learning|robotic|driving|research|reasoning)\b")
# a lower-case noun right after a kind noun, which the kind noun then modifies ("a sandbox service"; not a
# word that ends the phrase, a participle or an adverb: "a sandbox designed for", "a sandbox where")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:" + "|".join(sorted(_PHRASE_ENDS)) + r")\b)[a-z][a-z-]*(?<!ed)(?<!ing)(?<!ly)\b(?![-(])")
# a verb right after the kind noun of "X: a/an ...": the colon opens a clause ("X: an LLM synthesizes code")
_COLON_CLAUSE = re.compile(r"\s+(?:[a-z]+s|can|will|may|is|are|was|were)\b")
# the words right after a kind noun, up to punctuation: where the noun phrase's head may still come
_COMPOUND_WORD = re.compile(r"(?<=\s)[A-Za-z][\w-]*|[,.;:()\[\]]")
_COMPOUND_WORDS = 3
# a kind noun's short form that makes it a modifier: "model (MLLM)-based"
_ABBREVIATED_MODIFIER = re.compile(r"\s*\([^()]{1,20}\)-[a-z]+")


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case noun follows the kind noun ending at ``end``: "a sandbox service" (not "a
    sandbox designed for", "a sandbox that", nor a verb: "a sandbox enables")."""
    found = _NOUN_AFTER.match(text, end)
    return found is not None and not _plural(found.group(0).strip())


def _plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural or a verb's third person ("models", "enables";
    not "corpus", "class")."""
    return word.endswith("s") and not word.endswith(("us", "ss", "is"))


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
