"""Cues that tell a discovered name's kind when the text says nothing right next to it (read by
:class:`~paperkg.ingest.extract.kinds.KindSettler`).

- :func:`settler_text`: the abstract as the kind patterns read it. Markup that ``flatten_markup``
  blanks leaves a space before a comma ("\\textbf{TiP4GEN}, an advanced ... framework" reads
  "TiP4GEN , an advanced ... framework"), and "X, a ... framework" then went unread (1,689 of the
  corpus's 104k abstracts write a name in markup right before its apposition).
- :func:`own_work_kind`: what the paper calls its own work, for the paper's own name that the text
  types nowhere else ("AgentSwift: Efficient LLM Agent Design via ...", whose abstract says "we
  introduce a comprehensive framework"): ANNOTATION, a procedure or framework is a technique, and the
  dev gold reads anything the paper calls a framework, method, approach or pipeline as one.
- :func:`built_on_procedure`: a name built on a known procedure's short name ("LaF-GRPO",
  "Flat-LoRA", "MA-RAG") names a variant of that procedure, as "T-BiGAN" names a network.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from paperkg.ingest.extract.kind_evidence import _occurrences
from paperkg.ingest.extract.names import METHOD_END
from paperkg.ingest.records import Entity, Kind

__all__ = ["acts_as_procedure", "built_on_procedure", "names_own_procedure", "own_work_kind", "settler_text"]

_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,;:])")
_SPACES = re.compile(r"\s{2,}")

# "we propose a novel RL-based framework", "This paper presents a novel RGB-only approach", "we propose the
# first principled method for": the paper says what its own work is (the noun ends its word: not "a
# model-agnostic method")
_OWN_WORK = (r"\b(?:[Ww]e|[Tt]his\s+(?:paper|work|study|article))\s+(?:(?:first|further|then|also)\s+)?"
             r"(?:propose|introduce|present|develop|design|build|devise)s?\s+(?:a|an|the\s+first)\s+"
             r"(?:(?:[\w/-]+|\([\w/-]+\))\s+){0,6}?"  # (a one-word short form is one: "the first (HR) ...")
             r"(?:\w+-)*")
#: The nouns that call the paper's work a procedure (not a part of one: "a selective Gaussian mechanism",
#: "a dual-level contrastive loss" describe a piece of the system the title names).
_PROCEDURE_WORK = re.compile(_OWN_WORK + r"(?:framework|method|approach|pipeline|paradigm|strategy|algorithm"
                             r"|technique|scheme|workflow)(?!\w|-\w)")
#: The nouns that call it, or a part it builds, a trained network or a system: the paper then makes one,
#: whatever else it calls its work ("we propose a framework ... we design a vision encoder").
_NETWORK_WORK = re.compile(_OWN_WORK + r"(?i:model|network|architecture|system|agent|llm|mllm|vlm|transformer"
                           r"|generator|detector|classifier|policy|tokenizer|encoder)(?!\w|-\w)")
_ENDS_IN_DIGIT = re.compile(r"\d$")  # "Table-R1", "Qwen 1.5", "MiMo-VL-7B": a release's name
# "Lucy, a 1.7B-parameter SLM", "a 7B-parameter model": the paper releases a network of that size
_SIZED_WORK = re.compile(r"\b\d+(?:\.\d+)?[BM][- ]parameters?\b")
_SIZED_LABEL = re.compile(r"[- ]\d+(?:\.\d+)?[BM]\b")  # "-7B", " 540B": parameters
_LOWER_NET = re.compile(r"[A-Z\d]net$")  # "WCBnet": a network's name, as "WCBNet" is


def settler_text(text: str) -> str:
    """``text`` with runs of spaces made one and no space before a comma, semicolon or colon.

    >>> settler_text("we introduce         TiP4GEN , an advanced framework")
    'we introduce TiP4GEN, an advanced framework'
    """
    if not _only_spaces(text):
        return _SPACE_BEFORE_MARK.sub("", _SPACES.sub(" ", text))
    # (the white space is spaces alone: the patterns can match only where these literals are, and two
    # regex scans of an abstract cost several times the substring tests)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " ," in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE_MARK.sub("", text)
    return text


# the ASCII characters other than the space that ``\s`` (``str.isspace``) matches
_OTHER_ASCII_SPACES = tuple(c for c in map(chr, range(128)) if c.isspace() and c != " ")


def _only_spaces(text: str) -> bool:
    """Whether the only white space in ``text`` is the space (an ASCII text with no tab, newline or other
    ASCII space character), so that a run of white space is a run of spaces."""
    if not text.isascii():
        return False
    for char in _OTHER_ASCII_SPACES:  # (a loop: most texts have none, and each test is a fast scan)
        if char in text:
            return False
    return True


def own_work_kind(text: str) -> Kind | None:
    """A technique when the abstract calls the paper's work a framework, method, approach or the like
    ("we introduce a comprehensive framework") and calls nothing it makes a model, network, system or
    agent; else none.

    >>> own_work_kind("In this work, we introduce a comprehensive framework to address these challenges.")
    <Kind.TECHNIQUE: 'technique'>
    >>> own_work_kind("we propose a novel framework. We design a lightweight vision encoder that") is None
    True
    >>> own_work_kind("we propose a model-agnostic method for editing")
    <Kind.TECHNIQUE: 'technique'>
    """
    if _PROCEDURE_WORK.search(text) is None or _NETWORK_WORK.search(text) is not None or (
            _SIZED_WORK.search(text)):
        return None
    return Kind.TECHNIQUE


def names_own_procedure(label: str, text: str) -> bool:
    """Whether ``label``, the paper's own name, names a procedure by what the paper calls its work
    (:func:`own_work_kind`); not a sized release ("Foo-7B") nor a network's name ("WCBnet").

    >>> names_own_procedure("AgentSwift", "we introduce a comprehensive framework to")
    True
    >>> names_own_procedure("WCBnet", "we propose a novel weakly-supervised approach")
    False
    >>> names_own_procedure("Lucy", "We propose a new paradigm. We present Lucy, a 1.7B-parameter SLM")
    False
    """
    return (not _SIZED_LABEL.search(label) and not _LOWER_NET.search(label)
            and own_work_kind(text) is Kind.TECHNIQUE)


# "we propose MG-MTTA, which keeps the backbone frozen", "First-Point-of-Failure (FPoF), which localizes": the
# name does something to data or a network (a copula or modal says nothing: "X, which is", "X, which can")
# (not a verb that tells only a result or what X holds: "CineDance, which demonstrates exceptional quality",
# "KARL, which predicts the number of tokens", "SignaVox-W, which provides ... the largest ... vocabulary": a
# trained network or data does those as well) (the verb has five letters or more, so "uses", "runs", "adds"
# never match: four-letter verbs say little of what a name does)
_WHICH_DOES = re.compile(
    r"(?:\s*\([^()]{0,80}\))?,\s+which\s+(?:(?:first|then|also|further|explicitly)\s+)?"
    r"(?!(?:is|was|has|does|makes|seems|remains|allows|achieves|attains|outperforms|surpasses|demonstrates"
    r"|shows|exhibits|obtains|reaches|delivers|yields|provides|offers|predicts|contains|includes|comprises"
    r"|consists|supports)\b)[a-z]{3,}[^s\W]s\b")
# "A2CF trains a dual-agent system", "HIPIF trains the agent end-to-end": the name trains a network
_TRAINS = re.compile(r"\s+(?:first\s+|then\s+|also\s+|jointly\s+)?(?:trains|fine-tunes)\s+(?:a|an|the|its)\s")


def acts_as_procedure(label: str, text: str) -> bool:
    """Whether the text has ``label`` act on something, as a procedure does, where nothing calls it a
    thing: "we propose MG-MTTA, which keeps the backbone frozen and updates only a lightweight gate",
    "A2CF trains a dual-agent system" (ANNOTATION: a procedure or framework is a technique; a name that
    trains a network is how it is trained).

    >>> acts_as_procedure("MG-MTTA", "we propose MG-MTTA, which keeps the backbone frozen")
    True
    >>> acts_as_procedure("A2CF", "Humanoid. A2CF trains a dual-agent system")
    True
    >>> acts_as_procedure("FooNet", "we propose FooNet, which is a model")
    False
    """
    if "which" not in text and "train" not in text and "tunes" not in text:
        return False
    return any(_WHICH_DOES.match(text, position + len(label)) or _TRAINS.match(text, position + len(label))
               for position in _occurrences(text, label))


def _procedure(entity: Entity) -> bool:
    """Whether a vocabulary technique's spelled-out name ends in a procedure's word ("Group Relative
    Policy Optimization", "Low Rank Adaptation"; not "Mixture of Experts", "Neural Radiance Field")."""
    return any(" " in name and METHOD_END.search(name.rsplit(" ", 1)[1].split("-")[-1].lower())
               for name in (entity.label, *entity.aliases))


def built_on_procedure(label: str, known: Callable[[str], Entity | None]) -> bool:
    """Whether ``label`` is a known procedure's short name with a prefix that is no known model or dataset
    ("LaF-GRPO", "Flat-LoRA", "MA-RAG"): a variant of the procedure. ``known`` looks a name up in the
    vocabulary. Not "SDXL-DPO" (SDXL tuned with DPO), "Table-R1-SFT" or "Qwen 1.5-MoE" (a release).

    >>> from paperkg.ingest.records import Origin
    >>> grpo = Entity(id="technique/grpo", kind=Kind.TECHNIQUE, label="GRPO", origin=Origin.VOCABULARY,
    ...               aliases=("Group Relative Policy Optimization",))
    >>> sdxl = Entity(id="model/sdxl", kind=Kind.MODEL, label="SDXL", origin=Origin.VOCABULARY)
    >>> table = {"GRPO": grpo, "DPO": grpo, "SDXL": sdxl}
    >>> built_on_procedure("LaF-GRPO", table.get), built_on_procedure("SDXL-DPO", table.get)
    (True, False)
    >>> built_on_procedure("Table-R1-GRPO", table.get), built_on_procedure("GRPO", table.get)
    (False, False)
    """
    head, _, tail = label.rpartition("-")
    if not head or len(tail) < 3 or tail.islower() or _ENDS_IN_DIGIT.search(head):
        return False
    procedure = known(tail)
    if procedure is None or procedure.kind is not Kind.TECHNIQUE or procedure.generic or (
            not _procedure(procedure)):
        return False
    base = known(head)
    return base is None or base.kind is Kind.TECHNIQUE
