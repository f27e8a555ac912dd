"""The shipped vocabulary: canonical entities with aliases, loaded from JSON Lines data files."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from paperkg.errors import InputError
from paperkg.ingest.records import Entity, Kind, Origin

__all__ = ["DISTILL_VERBS", "SPELLED_OUT_WORDS", "VOCAB_DIR", "VocabEntry", "Vocabulary", "acronym_plural",
           "inflections", "spelled_out", "spelling_variants", "surface_variants", "vocabulary_files"]

#: Where the vocabulary files ship: ``models.jsonl``, ``datasets.jsonl``, ``techniques.jsonl``,
#: ``languages.jsonl`` (schema in ``SOURCES.md`` beside them).
VOCAB_DIR = Path(__file__).parent / "vocab"

# Chunks of a name: runs of letters, runs of digits (with decimals), and the separators between.
_CHUNK = re.compile(r"[^\W\d_]+|\d+(?:\.\d+)*|[^\w\s-]+|[\s-]+|_+", re.UNICODE)
# Prepositions that papers also write as a prefix ("under-sampling", "over-sampling"): spaced after
# them, a two-word name is a phrase ("grows under sampling stochasticity", "a speedup over sampling").
_PREPOSITION_PREFIXES = frozenset({"under", "over", "up", "down", "out", "off", "in", "on", "by"})


def surface_variants(alias: str, *, limit: int = 27, one_at_a_time: bool = False) -> list[str]:
    """Spellings a paper may write for ``alias``: separators folded between name chunks.

    Between a letter chunk and a digit chunk the separator may be a space, a hyphen or
    nothing (``Llama 2``, ``Llama-2``, ``Llama2``); between two words only a space or a
    hyphen, all swapped (``Mixture-of-Experts``) or, with ``one_at_a_time`` (technique names,
    whose compound modifiers papers hyphenate: ``next-token prediction``), one at a time too;
    a two-word name led by a preposition keeps its hyphen (``under-sampling``). The alias itself
    always comes first.

    >>> surface_variants("Llama 2")
    ['Llama 2', 'Llama-2', 'Llama2']
    >>> surface_variants("Mixture of Experts")
    ['Mixture of Experts', 'Mixture-of-Experts']
    >>> surface_variants("next token prediction", one_at_a_time=True)
    ['next token prediction', 'next-token-prediction', 'next-token prediction', 'next token-prediction']
    >>> surface_variants("under-sampling", one_at_a_time=True), surface_variants("cross-validation")
    (['under-sampling'], ['cross-validation', 'cross validation'])
    """
    chunks = _CHUNK.findall(alias)
    parts: list[str] = []  # alternating tokens and separators, starting with a token
    for chunk in chunks:
        is_sep = chunk.strip(" -") == ""
        if is_sep:
            if parts and not parts[-1].startswith("\0"):
                parts.append("\0" + chunk)
        elif parts and not parts[-1].startswith("\0"):
            prev = parts[-1]
            if (prev[-1].isalpha() and chunk[0].isdigit()) or (prev[-1].isdigit() and chunk[0].isalpha()):
                parts.append("\0")  # an implicit boundary: letter next to digit
                parts.append(chunk)
            else:
                parts[-1] = prev + chunk
        else:
            parts.append(chunk)
    tokens = parts[0::2]
    seps = [s[1:] for s in parts[1::2]]
    if len(tokens) < 2 or len(tokens) != len(seps) + 1:
        return [alias]
    options: list[tuple[str, ...]] = []
    word_boundaries = []
    for i, (sep, left, right) in enumerate(zip(seps, tokens, tokens[1:], strict=False)):
        letter_digit = left[-1].isalpha() and right[0].isdigit()
        version_next = right.replace(".", "").isdigit() and (i + 1 == len(seps) or seps[i + 1] != "")
        if sep == "":
            # "Llama2" -> "Llama 2": only a long-enough name before a standalone version number
            ok = letter_digit and version_next and len(left) >= 2
            options.append(("", " ", "-") if ok else ("",))
        elif sep not in (" ", "-"):
            options.append((sep,))
        elif letter_digit:
            options.append((sep, " ", "-", ""))
        else:
            options.append((sep,))
            if not _prefix_hyphen(sep, tokens):
                word_boundaries.append(i)
    out: list[str] = []
    # Every word boundary swapped at once first ("Mixture-of-Experts"), then one at a time
    # ("group-relative policy optimization", "next-token prediction"): papers hyphenate a
    # compound modifier and leave the rest of the name spaced.
    swaps = [word_boundaries, *([i] for i in word_boundaries if one_at_a_time)] if word_boundaries else []
    for swapped in ([], *swaps):
        opts = list(options)
        for i in swapped:
            opts[i] = ("-" if seps[i] == " " else " ",)
        for combo in itertools.product(*[tuple(dict.fromkeys(o)) for o in opts]):
            text = tokens[0] + "".join(s + t for s, t in zip(combo, tokens[1:], strict=True))
            if text not in out:
                out.append(text)
            if len(out) >= limit:
                return out
    return out


def _prefix_hyphen(sep: str, tokens: list[str]) -> bool:
    """Whether ``sep`` is the hyphen of a two-word name led by a preposition ("under-sampling"),
    which keeps it: papers write the spaced form only as two words of a sentence.

    >>> _prefix_hyphen("-", ["under", "sampling"]), _prefix_hyphen("-", ["cross", "validation"])
    (True, False)
    """
    return sep == "-" and len(tokens) == 2 and tokens[0].lower() in _PREPOSITION_PREFIXES


# Head words whose participle or adjective papers write for the technique ("majority-voted",
# "gradient-boosted trees", "pseudo-labeled data", "teacher-forced", "pruned layers", "quantized
# weights", "Granger-causal"). Only these: after most nouns a participle reads as a verb in a relative
# clause ("data mined from", "the model edited by").
_HEAD_FORMS = {"pruning": "pruned", "merging": "merged", "voting": "voted", "boosting": "boosted",
               "labeling": "labeled", "labelling": "labelled", "forcing": "forced", "clipping": "clipped",
               "quantization": "quantized", "quantisation": "quantised", "distillation": "distilled",
               "causality": "causal"}
# Inflected forms papers write for a technique: "instruction-tuned models", "quantized weights".
_INFLECT = (
    (re.compile(r"(?<=\w[ -])((?:pre|fine)-?)?tuning$", re.IGNORECASE),
     lambda m: (m.group(1) or "") + "tuned"),
    (re.compile(r"(?<=\w[ -])(pre-?)?training$", re.IGNORECASE), lambda m: (m.group(1) or "") + "trained"),
    (re.compile(r"(?<=\w[ -])(%s)$" % "|".join(_HEAD_FORMS), re.IGNORECASE),
     lambda m: _HEAD_FORMS[m.group(1).lower()]),
)
#: The verb forms of "distillation" ("we distill", "a distilled student"); the vocabulary matcher
#: links them only near a model (:func:`~.vocab_matcher._distils_a_model`)
DISTILL_VERBS: tuple[str, ...] = ("distill", "distills", "distilled", "distilling")
# Verb forms of a one-word technique name ("we distill", "a quantized model", "pruned layers").
_VERB_FORMS = {
    "distillation": DISTILL_VERBS,
    "quantization": ("quantize", "quantizes", "quantized", "quantizing"),
    "quantisation": ("quantise", "quantises", "quantised", "quantising"),
    "sparsification": ("sparsify", "sparsifies", "sparsified"),
    "binarization": ("binarize", "binarizes", "binarized"),
    "fine-tuning": ("fine-tune", "fine-tunes", "fine-tuned", "finetune", "finetuned"),
    "finetuning": ("finetune", "finetunes", "finetuned"),
    "ensembling": ("ensembled",),
    "whitening": ("whitened", "whitens"),
}
# Head words that take no plural ("gradient descent", "label smoothing"); a name ending in
# -tion or -sion has one ("tensor decompositions", "data augmentations").
_NO_PLURAL = re.compile(
    r"(?:ing|ment|ness|ity|ics|ism|sis|ance|ence|ogy|ss|us|descent|decay|dropout|"
    r"attention|learning|data|search|loss|inference|regression|softmax|smoothing|forward|"
    r"[^aeiou]ed)$", re.IGNORECASE)
# ...but an "-ing" head that names a thing made has one: "knowledge graph embeddings", "positional encodings"
_ING_PLURAL = re.compile(r"(?:embedding|encoding)$", re.IGNORECASE)
_WORD_END = re.compile(r"(?<![\w-])([A-Za-z][a-z]{2,})$")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z]")


def inflections(name: str) -> list[str]:
    """Participle, verb and number forms of a technique name (lower-case matching applies).

    >>> inflections("instruction tuning")
    ['instruction tuned']
    >>> inflections("Continual Pre-training")
    ['Continual Pre-trained']
    >>> inflections("Support Vector Machine"), inflections("Gaussian Processes")
    (['Support Vector Machines'], ['Gaussian Process'])
    >>> inflections("distillation")
    ['distill', 'distills', 'distilled', 'distilling', 'distillations']
    >>> inflections("gradient descent"), inflections("fine-tuning")[:2]
    ([], ['fine-tune', 'fine-tunes'])
    >>> inflections("tensor decomposition"), inflections("knowledge graph embedding")
    (['tensor decompositions'], ['knowledge graph embeddings'])
    """
    out = []
    for pattern, form in _INFLECT:
        match = pattern.search(name)
        if match and (" " in name.strip() or not name.lower().startswith(("fine", "pre"))):
            out.append(name[: match.start()] + _same_case(form(match), match.group(0)))
    out += _VERB_FORMS.get(name.lower(), ())
    match = _WORD_END.search(name)
    if match and (not _NO_PLURAL.search(name) or _ING_PLURAL.search(name)):
        word = match.group(1)
        if word.endswith("ies") and len(word) > 4:
            other = word[:-3] + "y"
        elif word.endswith(("sses", "xes", "ches", "shes")):
            other = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            other = word[:-1]
        elif word.endswith(("s", "x", "ch", "sh")):
            other = word + "es"
        elif word.endswith("y") and word[-2] not in "aeiou":
            other = word[:-1] + "ies"
        else:
            other = word + "s"
        out.append(name[: match.start()] + other)
    return out


# British and American spellings papers write for one technique name ("optimisation", "modelling"):
# "-ize" forms become "-ise" ones, but only "-isation" becomes "-ization" ("supervised", "denoising" stay)
_BRITISH = re.compile(r"(?<=[a-z]{3})(iz)(?=(?:ation|ations|e|es|ed|ing|er|ers)(?![a-z]))|"
                      r"(?<=[a-z]{3})(is)(?=ations?(?![a-z]))|"
                      r"(?<=[a-z]{3}e)(ll?)(?=ing(?![a-z]))|(?<=behavio)(u?)(?=rs?(?![a-z]))", re.IGNORECASE)
_SWAP = {"iz": "is", "is": "iz", "l": "ll", "ll": "l", "": "u", "u": ""}
# Prefixes papers write closed or hyphenated ("hyperparameter"/"hyper-parameter", "non-convex"/
# "nonconvex"); "co" and "re" only lose a hyphen ("co-training" -> "cotraining"), since splitting
# them off a word ("contrastive", "regression") would make no name.
_PREFIX = re.compile(r"(?<![\w-])(hyper|auto|meta|multi|semi|pre|post|non|co|re)(-?)(?=[a-z]{4})",
                     re.IGNORECASE)
_CLOSED_ONLY = frozenset({"co", "re"})


def spelling_variants(name: str) -> list[str]:
    """The other spelling of a technique name (British/American) and its prefixes closed or
    hyphenated the other way, each change made throughout the name (lower-case matching applies).

    >>> spelling_variants("prompt optimization"), spelling_variants("regularisation")
    (['prompt optimisation'], ['regularization'])
    >>> spelling_variants("agent-based modeling"), spelling_variants("behavior cloning")
    (['agent-based modelling'], ['behaviour cloning'])
    >>> spelling_variants("hyperparameter tuning"), spelling_variants("non-convex optimization")
    (['hyper-parameter tuning'], ['non-convex optimisation', 'nonconvex optimization'])
    >>> spelling_variants("co-training"), spelling_variants("contrastive learning")
    (['cotraining'], [])
    """
    out = []
    british = _BRITISH.sub(lambda m: _SWAP[m.group(m.lastindex)], name)
    if british != name:
        out.append(british)
    prefixed = _PREFIX.sub(lambda m: m.group(1) + ("" if m.group(2) else
                                                   "" if m.group(1).lower() in _CLOSED_ONLY else "-"), name)
    if prefixed != name:
        out.append(prefixed)
    return out


def acronym_plural(name: str) -> str | None:
    """The plural papers write for an all-caps acronym ("GANs", "VAEs"), else None.

    >>> acronym_plural("GAN"), acronym_plural("LoRA")
    ('GANs', None)
    """
    return name + "s" if _ACRONYM.fullmatch(name) else None


# the last word of a longer name when it is an acronym after a word ("ODE" in "neural ODE", "CAM" in
# "Grad-CAM"); not after a short form or a number ("3D SA": "3D SAS" is synthetic aperture sonar)
_ACRONYM_TAIL = re.compile(r"[a-z]{2}[\s-][A-Z][A-Z0-9]*[A-Z]$")


def acronym_tail_plural(name: str) -> str | None:
    """The plural of a name whose last word is an acronym after a word ("neural ODEs", "Wasserstein
    GANs"), matched in any case like the name: the word before keeps it from being a common word's plural.

    >>> acronym_tail_plural("neural ODE"), acronym_tail_plural("Grad-CAM"), acronym_tail_plural("GAN")
    ('neural ODEs', 'Grad-CAMs', None)
    >>> acronym_tail_plural("3D SA"), acronym_tail_plural("Mask R-CNN")
    (None, None)
    """
    return name + "s" if _ACRONYM_TAIL.search(name) else None


# Words of a name: runs split at spaces and hyphens ("Weight-Decomposed Low-Rank Adaptation": five)
_NAME_WORDS = re.compile(r"[\s-]+")
#: Words a spelled-out name needs before it matches in any case though its entry keeps case (an entry
#: made case-sensitive for a word-like short form: CART, ANOVA, Adam)
SPELLED_OUT_WORDS = 3


def spelled_out(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names of a case-sensitive technique that are spelled out in three or more words: papers write
    them in title case or lower case at will, so they match in any case while the short form keeps its case
    ("Classification and Regression Trees" for CART, "analysis of variance" for ANOVA).

    >>> spelled_out(("CART", "classification and regression trees", "Context Optimization"))
    ('classification and regression trees',)
    """
    return tuple(n for n in names if len(_NAME_WORDS.split(n.strip())) >= SPELLED_OUT_WORDS)


def _same_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


@dataclass(frozen=True, slots=True)
class VocabEntry:
    """An entity with the surface forms to match: ``folded`` (any case) and ``exact`` (case kept)."""

    entity: Entity
    folded: tuple[str, ...]
    exact: tuple[str, ...]
    cue: bool = False


class Vocabulary:
    """Entities by id, with alias lookup; ``Vocabulary.load()`` reads the shipped files."""

    def __init__(self, entries: dict[str, VocabEntry]) -> None:
        self.entries = entries

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entries

    def __iter__(self) -> Iterator[VocabEntry]:
        return iter(self.entries.values())

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError when unknown)."""
        return self.entries[entity_id].entity

    @classmethod
    def load(cls, path: str | Path | None = None) -> Vocabulary:
        """Load every ``*.jsonl`` file in ``path`` (a folder) or one file; default: shipped files."""
        return _load(str(Path(path) if path is not None else VOCAB_DIR))


def _entry(record: dict, where: Path, line: int) -> VocabEntry:
    try:
        kind = Kind(record["kind"])
        label = record["label"].strip()
        entity_id = record["id"]
    except (KeyError, ValueError, AttributeError) as error:
        raise InputError(where, f"vocabulary entry needs id, label and a valid kind ({error})",
                         line=line) from None
    aliases = tuple(dict.fromkeys(a.strip() for a in record.get("aliases") or () if a and a.strip() != label))
    exact = tuple(dict.fromkeys(a.strip() for a in record.get("exact") or () if a))
    case_sensitive = bool(record.get("case_sensitive"))
    names = (label, *aliases)
    if kind is Kind.TECHNIQUE:
        if not case_sensitive:
            names = tuple(dict.fromkeys((*names, *(f for n in names for f in inflections(n)))))
            names = tuple(dict.fromkeys((*names, *(v for n in names for v in spelling_variants(n)))))
            names = tuple(dict.fromkeys((*names, *filter(None, map(acronym_tail_plural, names)))))
        plurals = (acronym_plural(n) for n in (*exact, *names))  # "LSTMs" for a folded "LSTM" too
        forms = tuple(dict.fromkeys((*exact, *(p for p in plurals if p))))
    else:
        forms = exact
    entity = Entity(
        id=entity_id,
        label=label,
        kind=kind,
        aliases=tuple(dict.fromkeys((*aliases, *exact))),
        broader=record.get("broader") or None,
        origin=Origin.VOCABULARY,
        language_type=record.get("language_type") or None,
        iso639_3=record.get("iso639_3") or None,
        wikidata=record.get("wikidata") or None,
        hf_id=record.get("hf_id") or None,
        generic=bool(record.get("generic")),
    )
    folded = names
    if case_sensitive:
        # a cue-only entry stays exact ("Exponential Decay"); else its spelled-out names match in any case
        folded = () if kind is not Kind.TECHNIQUE or record.get("cue") else spelled_out(names)
        folded = tuple(dict.fromkeys((*folded, *(f for n in folded for f in inflections(n)))))
    return VocabEntry(
        entity=entity,
        folded=folded,
        exact=tuple(dict.fromkeys((*names, *forms))) if case_sensitive else forms,
        cue=bool(record.get("cue")),
    )


def vocabulary_files(path: str | Path | None = None) -> list[Path]:
    """The files :meth:`Vocabulary.load` reads for ``path``: a folder's ``*.jsonl`` files in name
    order, or the one file; default: the shipped files.

    >>> [p.name for p in vocabulary_files()]
    ['datasets.jsonl', 'languages.jsonl', 'models.jsonl', 'techniques.jsonl']
    """
    root = Path(path) if path is not None else VOCAB_DIR
    return sorted(root.glob("*.jsonl")) if root.is_dir() else [root]


@lru_cache(maxsize=4)
def _load(path: str) -> Vocabulary:
    entries: dict[str, VocabEntry] = {}
    for file in vocabulary_files(path):
        with open(file, encoding="utf-8") as stream:
            for line, text in enumerate(stream, start=1):
                if not text.strip():
                    continue
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as error:
                    raise InputError(file, f"broken JSON in vocabulary: {error.msg}", line=line) from None
                entry = _entry(record, file, line)
                entries.setdefault(entry.entity.id, entry)
    return Vocabulary(entries)
