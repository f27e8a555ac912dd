"""paperkg's spaCy components, every one registered here with ``@Language.factory``.

In pipeline order (:func:`~paperkg.ingest.extract.pipeline.make_nlp`):

==========================  =================================================================
``paperkg_vocab``           vocabulary names (:class:`~.vocab_matcher.VocabMatcher`)
``paperkg_modifiers``       a known technique with a naming modifier: "continuous normalizing flows"
                            (:class:`~.modifiers.ModifiedNames`)
``paperkg_title``           a title's name before its colon (:class:`~.discover.TitleNames`)
``paperkg_intro``           "we present X" (:class:`~.discover.IntroNames`)
``paperkg_variants``        released variants and families (:class:`~.variants.VariantNames`)
``paperkg_abbreviations``   "Long Form (LF)" (:class:`~.abbreviations.Abbreviations`)
``paperkg_heads``           names a head noun types: "the DSEC dataset" (:class:`~.heads.HeadNouns`)
``paperkg_coined``          methods named in plain words: "we propose a cone constraint"
                            (:class:`~.coined.CoinedNames`)
``paperkg_lists``           unknown names listed with known ones (:class:`~.lists.ListedNames`)
``paperkg_known``           other occurrences of names found so far (:class:`~.discover.KnownNames`)
``paperkg_shapes``          name shapes: ``X-Bench``, ``Name-7B`` (:class:`~.discover.NameShapes`)
(``paperkg_learned``)       opt-in: names no rule finds, scored by a trained model
                            (:class:`~.learned.LearnedSpans`)
``paperkg_kinds``           one kind per discovered name (:class:`~.kinds.KindSettler`)
``paperkg_roles``           introduces / uses / evaluates_on / ... (:class:`~.roles.RoleTagger`)
==========================  =================================================================

Each factory's word lists are in its config, with the shipped defaults; the contract between
components (span group and extensions) is in :mod:`paperkg.ingest.extract.spans`.
"""

from __future__ import annotations

from spacy.language import Language

from paperkg.ingest.extract.abbreviations import Abbreviations
from paperkg.ingest.extract.coined import (
    DEFAULT_GENERIC_ADJECTIVES,
    DEFAULT_STRONG_HEADS,
    DEFAULT_WEAK_HEADS,
    CoinedNames,
)
from paperkg.ingest.extract.discover import (
    DEFAULT_INTRO_VERBS,
    IntroNames,
    KnownNames,
    NameShapes,
    TitleNames,
)
from paperkg.ingest.extract.heads import DEFAULT_HEAD_NOUNS, HeadNouns
from paperkg.ingest.extract.learned import LEARNED
from paperkg.ingest.extract.kinds import DEFAULT_KIND_NOUNS, DEFAULT_NAME_PRIORS, KindSettler
from paperkg.ingest.extract.lists import ListedNames
from paperkg.ingest.extract.modifiers import (
    DEFAULT_DESCRIBING_WORDS,
    DEFAULT_FUNCTION_WORDS,
    DEFAULT_PRODUCTIVE_HEADS,
    ModifiedNames,
)
from paperkg.ingest.extract.names import DEFAULT_GENERIC_NAMES, DEFAULT_KIND_WORDS, DEFAULT_TASK_NOUNS
from paperkg.ingest.extract.roles import (
    DEFAULT_AVOID_WORDS,
    DEFAULT_COMPARE_WORDS,
    DEFAULT_EVAL_WORDS,
    DEFAULT_USE_WORDS,
    RoleTagger,
)
from paperkg.ingest.extract.spans import SPANS_KEY
from paperkg.ingest.extract.variants import DEFAULT_VARIANT_WORDS, VariantNames
from paperkg.ingest.extract.vocab_matcher import (DEFAULT_CUES, DEFAULT_PARADIGMS, VocabMatcher,
                                                  vocabulary_patterns)

__all__ = ["COMPONENTS", "LEARNED", "SPANS_KEY", "vocabulary_patterns"]

#: The rule components in pipeline order (``make_nlp`` adds them so).
COMPONENTS = ("paperkg_vocab", "paperkg_modifiers", "paperkg_title", "paperkg_intro", "paperkg_variants",
              "paperkg_abbreviations", "paperkg_heads", "paperkg_coined", "paperkg_lists", "paperkg_known",
              "paperkg_shapes", "paperkg_kinds", "paperkg_roles")

_NAMES = {"spans_key": SPANS_KEY, "generic_names": list(DEFAULT_GENERIC_NAMES),
          "kind_words": DEFAULT_KIND_WORDS}


@Language.factory("paperkg_vocab", assigns=["doc.spans"],
                  default_config={"spans_key": SPANS_KEY, "vocab_path": None, "cues": DEFAULT_CUES,
                                  "paradigms": list(DEFAULT_PARADIGMS)})
def make_vocab_matcher(nlp: Language, name: str, spans_key: str, vocab_path: str | None,
                       cues: dict[str, list[str]], paradigms: list[str]) -> VocabMatcher:
    """Vocabulary matcher: ``vocab_path`` is a folder of ``*.jsonl`` files (default: shipped);
    ``cues``: the context words that let an ambiguous name count, by kind; ``paradigms``: the
    adjectives that name "<adjective> learning" before a noun ("self-supervised approaches")."""
    return VocabMatcher(nlp, name, spans_key=spans_key, vocab_path=vocab_path, cues=cues, paradigms=paradigms)


# The rule components share a signature: (nlp, name, *, spans_key, generic_names, kind_words, ...).
_RULES = (
    # right after the vocabulary: the later rules see the longer name ("continuous normalizing flows") as
    # taken
    ("paperkg_modifiers", ModifiedNames, {"generic_adjectives": list(DEFAULT_GENERIC_ADJECTIVES),
                                          "function_words": list(DEFAULT_FUNCTION_WORDS),
                                          "names_path": None,
                                          "productive_heads": list(DEFAULT_PRODUCTIVE_HEADS),
                                          "describing_words": list(DEFAULT_DESCRIBING_WORDS)}),
    ("paperkg_title", TitleNames, {}),
    ("paperkg_intro", IntroNames, {"intro_verbs": list(DEFAULT_INTRO_VERBS)}),
    ("paperkg_variants", VariantNames, {"variant_words": list(DEFAULT_VARIANT_WORDS)}),
    ("paperkg_abbreviations", Abbreviations, {}),
    ("paperkg_heads", HeadNouns, {"head_nouns": DEFAULT_HEAD_NOUNS}),
    ("paperkg_coined", CoinedNames, {"strong_heads": list(DEFAULT_STRONG_HEADS),
                                     "weak_heads": list(DEFAULT_WEAK_HEADS),
                                     "task_nouns": list(DEFAULT_TASK_NOUNS),
                                     "generic_adjectives": list(DEFAULT_GENERIC_ADJECTIVES)}),
    ("paperkg_lists", ListedNames, {}),
    ("paperkg_known", KnownNames, {}),
    ("paperkg_shapes", NameShapes, {}),
)
for _name, _component, _extra in _RULES:
    Language.factory(_name, assigns=["doc.spans"], default_config={**_NAMES, **_extra}, func=_component)


@Language.factory("paperkg_kinds", assigns=["doc.spans"],
                  default_config={"spans_key": SPANS_KEY, "kind_nouns": DEFAULT_KIND_NOUNS,
                                  "name_priors": DEFAULT_NAME_PRIORS,
                                  "typed_by": ["paperkg_heads", "paperkg_lists"]})
def make_kind_settler(nlp: Language, name: str, spans_key: str, kind_nouns: dict[str, list[str]],
                      name_priors: dict[str, str], typed_by: list[str]) -> KindSettler:
    """One kind per discovered name: what the paper calls it, else (unless a ``typed_by``
    component typed it) its shape."""
    return KindSettler(nlp, name, spans_key=spans_key, kind_nouns=kind_nouns, name_priors=name_priors,
                       typed_by=typed_by)


@Language.factory("paperkg_roles", assigns=["doc.spans"],
                  default_config={"spans_key": SPANS_KEY, "compare_words": list(DEFAULT_COMPARE_WORDS),
                                  "use_words": list(DEFAULT_USE_WORDS),
                                  "eval_words": list(DEFAULT_EVAL_WORDS),
                                  "avoid_words": list(DEFAULT_AVOID_WORDS)})
def make_role_tagger(nlp: Language, name: str, spans_key: str, compare_words: list[str], use_words: list[str],
                     eval_words: list[str], avoid_words: list[str]) -> RoleTagger:
    """Tag each span with its role (introduces, uses, evaluates_on, compares_with, mentions)."""
    return RoleTagger(nlp, name, spans_key=spans_key, compare_words=compare_words, use_words=use_words,
                      eval_words=eval_words, avoid_words=avoid_words)
