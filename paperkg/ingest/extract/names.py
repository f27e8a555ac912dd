"""What a name looks like, and which kind the words around it give: shared by the rule components.

The word lists are the defaults of the components' configs (``generic_names``,
``kind_words``); :class:`NameRules` holds one component's lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

from paperkg.ingest.records import Entity, Kind, Origin, slugify

__all__ = [
    "DEFAULT_GENERIC_NAMES",
    "DEFAULT_KIND_WORDS",
    "DEFAULT_TASK_NOUNS",
    "END",
    "RAW_END",
    "START",
    "TEXT",
    "TEXT_OF",
    "NameRules",
    "Word",
    "ascii_lower",
    "discovered_entity",
    "initials",
    "words",
]

#: Tokens that are never a name on their own: generic model words, acronyms of fields, title words.
DEFAULT_GENERIC_NAMES: tuple[str, ...] = (
    "llm", "llms", "mllm", "mllms", "lm", "lms", "slm", "slms", "vlm", "vlms", "lmm", "lmms", "plm", "plms",
    "nlp", "ai", "agi", "gpu", "gpus", "tpu", "cpu", "api", "apis", "sota", "rl", "ml", "dl", "nn", "cnn",
    "rnn", "gnn", "gan", "vae", "ocr", "asr", "tts", "mt", "qa", "ner", "pos", "kg", "kgs", "rag", "moe",
    "sft", "cot", "icl", "peft", "rlhf", "covid", "sql", "url", "http", "https", "json", "pdf", "survey",
    "review", "overview", "tutorial", "position", "report", "benchmarking", "towards", "beyond",
    "rethinking", "revisiting", "introduction", "understanding", "evaluating", "exploring", "improving",
    "scaling", "learning", "training",
    # classes of models written as acronyms, like LLM: vision-language-action, vision foundation,
    # process/outcome reward, large reasoning and structural causal models; and a company
    "vla", "vlas", "vfm", "vfms", "prm", "prms", "orm", "orms", "lrm", "lrms", "scm", "scms", "openai",
)
#: Head nouns that say a name's kind ("X, a multilingual dataset", "the X framework").
DEFAULT_KIND_WORDS: dict[str, list[str]] = {
    "dataset": ["dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "collection", "suite",
                "leaderboard", "testbed", "arena", "instructions", "data"],
    "model": ["model", "models", "llm", "llms", "lm", "mllm", "vlm", "transformer", "network", "encoder",
              "decoder", "chatbot", "assistant", "checkpoint", "checkpoints", "family", "embeddings",
              "foundation"],
    "technique": ["method", "methods", "approach", "framework", "technique", "algorithm", "strategy",
                  "training", "tuning", "learning", "attack", "pipeline", "metric", "library", "toolkit",
                  "binarization", "quantization", "pruning", "adaptation", "decoding", "distillation",
                  "architecture", "mechanism", "paradigm", "objective", "loss", "protocol", "system",
                  "initialization", "scheme", "merging", "optimization", "alignment", "prompting", "recipe",
                  "compression", "regularization", "regularizer", "optimizer"],
}

#: Task nouns: a phrase ending in one names a task, not a method ("a backdoor detection framework").
DEFAULT_TASK_NOUNS = (
    "detection", "recognition", "classification", "segmentation", "generation", "forecasting", "prediction",
    "estimation", "answering", "translation", "summarization", "retrieval", "reasoning", "understanding",
    "editing", "captioning", "tracking", "analysis", "evaluation", "assessment", "modeling", "modelling",
    "learning", "training", "inference", "synthesis", "planning", "control", "search", "optimization",
    "pre-training", "pretraining", "fine-tuning", "finetuning", "post-training", "tuning", "prompting",
    "driving", "imaging", "shopping", "voting", "advertising", "recommendation", "navigation", "restoration",
    "inpainting", "identification", "re-identification", "completion", "perception", "manipulation", "making",
    "solving", "rendering", "resolution", "super-resolution", "localization", "compliance", "diagnosis",
)
# "LLM", "MLLMs", "Code-LLM", "LVLMs" (large vision-language models): classes of models, no names
_GENERIC_SUFFIX = re.compile(r"^(?:m|v|s|l|code|vision|multimodal|omni|multi|video|audio|speech)?-?"
                             r"(?:llm|lm|llms|lms|mllms?|vlms?|plms?)$",
                             re.IGNORECASE)
_TITLE_NAME_TOKEN = re.compile(r"^(?=.*[A-Za-z])(?:[A-Z0-9][\w.+-]*|[a-z]+[A-Z][\w.+-]*)$")
#: The end of a word that names a method or procedure ("pruning", "factorization", "constraints").
METHOD_END = re.compile(
    r"(?<!find)(?<!sett)(?<!th)(?:tion|sion|ment|ysis|ing|constraints?|feedback|search|heuristic)$")
_KIND_ORDER = (Kind.DATASET, Kind.MODEL, Kind.TECHNIQUE)
_CACHE_SIZE = 1 << 18
_UNIT = re.compile(r"\d+(?:\.\d+)?[A-Za-z]{0,2}|[A-Za-z]\d*|\d+(?:st|nd|rd|th)")  # "5M", "3D", "2nd"
_ADJECTIVE_END = re.compile(r"-[a-z]{3,}$")  # "BERT-based", "LLaVA-style"
_PLURAL_ACRONYM = re.compile(r".*[A-Z]s")  # "HVMs", "MM-LLMs", "multiPLMs": a category


#: :meth:`NameRules.name_word`'s answers, by set of generic names: one table per process for all
#: the components' rules with the same names (each table is cleared once it holds more than ``_CACHE_SIZE``
#: words).
_NAME_WORDS: dict[frozenset[str], dict[str, bool]] = {}
_NAME_WORD_TABLES = 8  # at most this many sets of generic names are kept


class NameRules:
    """One component's word lists, and the tests built on them.

    >>> rules = NameRules()
    >>> rules.strong_name("ChocoLlama"), rules.strong_name("Model"), rules.strong_name("LLMs")
    (True, False, False)
    >>> rules.kind_from_words(["a", "new", "benchmark", "for", "models"], None)
    <Kind.DATASET: 'dataset'>
    """

    def __init__(self, generic_names: Iterable[str] = DEFAULT_GENERIC_NAMES,
                 kind_words: Mapping[str, Sequence[str]] | None = None) -> None:
        self.generic = frozenset(w.lower() for w in generic_names)
        words = DEFAULT_KIND_WORDS if kind_words is None else kind_words
        self.kind_words = tuple((kind, frozenset(w.lower() for w in words.get(kind.value, ())))
                                for kind in _KIND_ORDER)
        # name_word answers: words repeat across papers, and across the components (each has its
        # own NameRules, most with the same generic names: they share one table per set of them)
        if self.generic not in _NAME_WORDS and len(_NAME_WORDS) >= _NAME_WORD_TABLES:
            _NAME_WORDS.clear()  # (rules made with many sets of names: tests; the tables stay theirs)
        self._name_words = _NAME_WORDS.setdefault(self.generic, {})

    def generic_name(self, text: str) -> bool:
        """Whether ``text`` is a generic word ("LLMs", "AI", "Survey") or generic model acronym ("MLLM")."""
        return text.lower() in self.generic or bool(_GENERIC_SUFFIX.match(text))

    def kind_from_words(self, words: Iterable[str], default: Kind | None) -> Kind | None:
        """The kind of the first kind noun among ``words`` ("Delta-Compression" counts by its last part)."""
        words = [w.lower() for w in words]
        best: tuple[int, Kind] | None = None
        for kind, vocab in self.kind_words:
            for position, word in enumerate(words):
                if word in vocab or (kind is Kind.TECHNIQUE and "-" in word
                                     and word.rsplit("-", 1)[1] in vocab):
                    if best is None or position < best[0]:
                        best = (position, kind)
                    break
        return best[1] if best else default

    def name_token(self, text: str) -> bool:
        """A token that may be (part of) a name: capitalised, or with inner capitals or digits."""
        if len(text) < 2 or self.generic_name(text):
            return False
        has_inner_upper = any(c.isupper() for c in text[1:])
        has_digit = any(c.isdigit() for c in text)
        return bool(_TITLE_NAME_TOKEN.match(text)) and (has_inner_upper or has_digit or text[0].isupper())

    def name_word(self, text: str) -> bool:
        """A word that is a name on its own: inner capitals or digits ("QRData", "3DSSG", "CRC-HGD"),
        not a generic word, a unit ("5M", "3D"), a category ("HVMs"), or a compound adjective
        ("BERT-based", "Vision-Language").

        >>> rules = NameRules()
        >>> [rules.name_word(w) for w in ("QRData", "Ami-Br", "5M", "HVMs", "DiT-based", "Open-Source", "AI")]
        [True, True, False, False, False, False, False]
        """
        cached = self._name_words.get(text)
        if cached is None:
            if len(self._name_words) > _CACHE_SIZE:
                self._name_words.clear()
            cached = self._name_words[text] = self._name_word(text)
        return cached

    def _name_word(self, text: str) -> bool:
        if (not self.strong_name(text) or _UNIT.fullmatch(text) or _ADJECTIVE_END.search(text)
                or "$" in text or "\\" in text or _PLURAL_ACRONYM.fullmatch(text) or text[-1] in "-."):
            return False
        if sum(c.isalpha() for c in text) < 3 and text.isupper():
            return False  # "AI", "ML": too short to tell
        parts = text.split("-")  # "Vision-Language", "Open-Source": a title-case compound adjective
        return not (len(parts) > 1
                    and all(len(p) >= 3 and p[:1].isupper() and p[1:].islower() for p in parts))

    def strong_name(self, text: str) -> bool:
        """A token that looks like a name: inner capitals (ChocoLlama, mBLIP) or digits (GEB-1.3B)."""
        return self.name_token(text) and (any(c.isupper() for c in text[1:])
                                          or any(c.isdigit() for c in text))


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with A-Z made a-z, nothing else changed: offsets stay ("İ".lower() is two characters).

    >>> ascii_lower("We Propose İ")
    'we propose İ'
    """
    return text.translate(_ASCII_LOWER)


#: a name's words and the parts of its hyphenated words ("On-policy Self-distillation": four parts)
_NAME_PARTS = re.compile(r"[^\s-]+")


def initials(name: str) -> str:
    """The first letters of ``name``'s words and of the parts of its hyphenated words, upper-cased: the
    short form a name spells.

    >>> initials("Case-Augmented Deliberative Alignment"), initials("On-policy Self-distillation")
    ('CADA', 'OPSD')
    """
    return "".join(part[0] for part in _NAME_PARTS.findall(name)).upper()


def discovered_entity(surface: str, kind: Kind, confidence: float, **fields: object) -> Entity:
    """A discovered entity named ``surface``: id ``<kind>/<slug>``."""
    return Entity(id=f"{kind.value}/{slugify(surface)}", label=surface, kind=kind, origin=Origin.DISCOVERED,
                  confidence=confidence, **fields)  # type: ignore[arg-type]


#: A whitespace-separated word of a field without the punctuation around it: a plain tuple
#: ``(start, end, raw_end, text)`` (offsets in the field's text; ``raw_end`` is where the word
#: ended before its trailing punctuation was cut: ``text[end:raw_end]`` is, e.g., ``","``).
#: Plain tuples, indexed by :data:`START`, :data:`END`, :data:`RAW_END`, :data:`TEXT`: an
#: abstract has hundreds of words, and a tuple subclass costs three times as much to make.
Word = tuple[int, int, int, str]
START, END, RAW_END, TEXT = range(4)
#: A word's text (``map(TEXT_OF, ws)``)
TEXT_OF = itemgetter(TEXT)

_LEAD = "()[]{}\"'\u201c\u2018"
_EDGE = _LEAD + ",.;:!?\u201d\u2019"


def words(text: str) -> list[Word]:
    """The words of ``text``, punctuation around them cut (a word of punctuation only is left out).

    >>> [w[TEXT] for w in words("on (CPA, GEARS, BioLORD). GSM8K. GPT-5.2 e.g. x : y")]
    ['on', 'CPA', 'GEARS', 'BioLORD', 'GSM8K', 'GPT-5.2', 'e.g', 'x', 'y']
    """
    parts = text.split()
    if " ".join(parts) != text:
        return _spaced_words(text, parts)
    out: list[Word] = []
    append = out.append
    position = 0
    for raw in parts:  # one space between words: each starts one past the last one's end
        end = position + len(raw)
        core = raw.strip(_EDGE)
        if core is raw:  # most words: no punctuation to cut (strip hands back the same string)
            append((position, end, end, raw))
        else:
            core = raw.lstrip(_LEAD)
            start = end - len(core)
            core = core.rstrip(_EDGE)
            if core:
                append((start, start + len(core), end, core))
        position = end + 1
    return out


def _spaced_words(text: str, parts: list[str]) -> list[Word]:
    """:func:`words` of a text with other whitespace than single spaces between its words."""
    out = []
    position = 0
    find = text.index
    for raw in parts:
        start = find(raw, position)
        position = start + len(raw)
        core = raw.lstrip(_LEAD)
        start += len(raw) - len(core)
        core = core.rstrip(_EDGE)
        if core:
            out.append((start, start + len(core), position, core))
    return out
