"""Names listed with known names: the ``paperkg_lists`` component (:class:`ListedNames`).

"Evaluated on three repositories (CPA, GEARS, BioLORD)" names nothing the vocabulary knows,
but "outperforms PATH-B (84M) and Sapiens-L (307M)" or "on DAVIS17, MOSE and OVIS" list
unknown names next to known ones: in a list ("A, B and C", "A/B", "A & B") whose linked items
all have one kind, every other item that is a name word gets that kind.

A list of examples of a kind noun names things of that kind even with no known name in it:
"PLM-based code search approaches, i.e., CoCoSoDa and UniXcoder", "benchmarks such as
VideoMMMU and VSI-Bench", "token pruning methods, like FastV and PyramidDrop"; so does a list
right after a dataset noun ("two real-world datasets Pheme and Twitter16", "datasets named TAlt and PAlt"),
or after a count of them and a comma or colon ("on two benchmarks, CLEVRER and CRAFT").

A list of names right before a plural dataset noun, each of up to four capitalised words, names
datasets when a name word or a known dataset is in it: "on the DeepGlobe Road Extraction and
Massachusetts Roads datasets", "on the SinTagRus and Taiga datasets".

One unknown name after "on", in a clause with a score or a word of evaluation or comparison before
it, is a dataset: "0.82 on MODMA", "outperforms state-of-the-art multi-task models on NYUDv2".

A list of plain words after an example cue or a made-of word ("through", "combines") names
techniques where its items end in a method head: "through structured semantic compression and
controlled difficulty augmentation".

Unknown names listed right after a word of comparison name what a paper compares with, techniques
or models: "outperforming state-of-the-art DFlash and DDTree", "compared to VTM-8.0", "than the
recent SPIC baseline", "surpassing HybridSN, SSRN, and SpectralFormer" (models: a network's name), also
after an apposition ("over the prior champion, BertiGO") or a model's size ("the 14B TokenFlow-XL": models).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import compress
from operator import itemgetter, not_
from typing import NamedTuple

from spacy.tokens import Doc, Span

from paperkg.ingest.extract.discover import (FUNCTION_WORDS, RuleComponent, field_span, field_text,
                                             field_words, model_shape, vocab_entity)
from paperkg.ingest.extract.kind_shapes import _NETWORK_NAME
from paperkg.ingest.extract.names import DEFAULT_TASK_NOUNS, END, RAW_END, START, TEXT, TEXT_OF, Word
from paperkg.ingest.extract.spans import Field, SpanWriter, doc_fields, known_names, span_value
from paperkg.ingest.records import Entity, Kind, Role
from paperkg.ingest.text import matches_at, starts_of

__all__ = ["ListedNames"]

_JOIN = frozenset({"and", "or", "&"})
_TASK_NOUNS = frozenset(DEFAULT_TASK_NOUNS)
_LANGUAGE = Kind.LANGUAGE.value
# a size or a score in brackets after an item: "(84M)", "(26.00%)", "(30.18\\%)"
_NUMBER = r"\s*\(\s*[\d.]+\s*(?:[BMK]|\\?%)?\s*\)"
_NUMBER_AFTER = re.compile(_NUMBER)
# what may stand between two items of a list: a comma, "and", "or", "&", "/", after a number in brackets
_GAP = re.compile(r"(?:" + _NUMBER + r")?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)",
                  re.IGNORECASE)

#: Plural nouns whose examples ("models such as X and Y") are names of the noun's kind. Not
#: "metrics", "tasks", "tools", "systems": their examples are no model, dataset or technique.
EXAMPLE_NOUNS: dict[Kind, tuple[str, ...]] = {
    Kind.MODEL: ("models", "llms", "mllms", "vlms", "lvlms", "networks", "architectures", "backbones",
                 "encoders", "detectors", "generators", "classifiers", "trackers", "retrievers",
                 "transformers", "chatbots"),
    Kind.DATASET: ("datasets", "benchmarks", "corpora"),
    Kind.TECHNIQUE: ("methods", "approaches", "techniques", "algorithms", "frameworks", "attacks",
                     "optimizers"),
}
_EXAMPLE_KIND = {noun: kind for kind, nouns in EXAMPLE_NOUNS.items() for noun in nouns}
# "<noun>, such as", "<noun> (e.g.,", "<noun>, i.e.,", "<noun> including", "<noun> like", "<noun>, namely":
# the cue is found first, in the lower-cased text (a case-blind pattern is four times slower),
# then the noun that ends right before it; one pattern with the nouns first tried the whole
# alternation at every word of every field
_CUES = r"(?:such\s+as|including|like|e\.g\.,?|i\.e\.,?|namely)\s+"
_EXAMPLE_CUE = re.compile(_CUES)
#: what every :data:`_EXAMPLE_CUE` match opens with (:func:`_example_cues` tries it only there)
_CUE_WORDS = ("such", "including", "like", "e.g.", "i.e.", "namely")
# or a bracket after a plural noun, closed right after the list: "three architectures (SwinUNETR, ...)"
_BRACKET_CUE = re.compile(r"s \(")
_EXAMPLE_NOUN = re.compile(r"\b(?P<noun>" + "|".join(sorted(_EXAMPLE_KIND, key=len, reverse=True))
                           + r")\s*[,(]?\s*\Z", re.IGNORECASE)
# how far before a cue its noun may start: the longest noun and some spaces
_NOUN_REACH = max(map(len, _EXAMPLE_KIND)) + 12
# a reference after an item: "PSMNet [1], CFNet [2]"
_REFERENCE = re.compile(r"\s*\[[\d,\s-]+\]")
# what may follow the last item of a list: punctuation, or a word that starts the rest of the clause
# (a verb: "models such as Sora2 demonstrate promising progress")
_LIST_END = re.compile(r"\s*(?:$|[.,;:)]"
                       r"|(?:in|on|by|to|for|with|which|that|as|have|has|are|is|were|was|and|or"
                          r"|at|from|while|but|also|when|where|etc|relies|it|we|our|they|respectively|can|may"
                          r"|still|often|(?:fail|rely|use|show|achieve|demonstrate|exhibit|struggle|suffer"
                          r"|perform|remain)s?)\b)")
# where a list of examples may end too: before the rest of the clause's verbs most often after one name of
# such a list in the corpus ("methods like LatentSeek offer a more direct approach", "world models like
# UniZero excel in", "approaches such as NSA introduce excessive extra parameters") or a word that goes on
# with the clause ("datasets like EMPIAR-10345 without relying on"); not after "on", where a verb follows a
# model's name as often ("On Dream-7B-Instruct, X improves ...")
_EXAMPLE_END = re.compile(_LIST_END.pattern + r"|\s*(?:typically|across|without|using|under|via"
                          r"|(?:offer|provide|enable|excel|require|improve|generate|produce|lack|reveal|apply"
                          r"|face|introduce|reduce|attempt|capture|learn|yield|employ|leverage)s?)\b")

#: Last words that make a plain list item after an example cue a technique's name: ways of doing
#: something, never a task ("such as majority voting and early feature fusion"; not "such as
#: question answering and summarization").
METHOD_HEADS = frozenset("""
attention augmentation caching compression decoding descent distillation dropout ensembling fusion
guidance learning masking merging normalization pooling prompting pruning quantization regularization
sampling search smoothing steering tuning unlearning voting
""".split())
#: Words before a plain item that describe rather than name it ("such as standard data augmentation").
_PLAIN_MODIFIERS = frozenset({"standard", "conventional", "traditional", "classical", "classic", "vanilla",
                              "simple", "naive", "popular", "common", "existing", "recent", "advanced",
                              "basic", "typical", "modern", "various"})
#: Words a plain item never holds: the clause goes on ("looping, without any training", "Privilege
#: Learning, where ground-truth-derived guidance"), or the item is a step, not a method ("model training").
_NOT_PLAIN = frozenset({"where", "which", "without", "any", "that", "while", "by", "at", "as", "its",
                        "their", "this", "these", "such", "model", "models"})
# what a list of plain method names follows: an example cue, or a word saying what a method is made
# of ("via staged instruction tuning, chain of thought learning, and graph grounded retrieval")
# (after a space or a bracket: a pattern that starts with a character class is scanned for fast)
_PLAIN_CUE = re.compile(r"[ (](?:such as|including|like|e\.g\.,?|i\.e\.,?|namely|via|through|using"
                        r"|combin(?:es|ing|e)|integrat(?:es|ing|e)|employ(?:s|ing)?|leverag(?:es|ing|e)"
                        r"|incorporat(?:es|ing|e)|adopt(?:s|ing)?|apply|applies|applying) (?=[a-z])")
#: Last words of a plain item that make it a goal, a quality, a measure or data, not a method, in a
#: list of techniques ("accuracy, efficiency, and robustness").
_GOAL_OR_DATA_ENDS = frozenset("""
accuracy efficiency robustness performance quality scalability interpretability explainability reliability
fairness safety privacy security cost costs latency generalization generalisation throughput memory speed
capability ability diversity consistency coherence fidelity transparency usability stability trust
data dataset corpus text information knowledge understanding awareness alignment processing vision
intelligence more research
""".split())
_NOT_METHOD_STARTS = frozenset({"our", "many", "other", "further", "more", "improved", "better", "enhanced",
                                "reduced", "increased", "higher", "lower"})
_PLAIN_REACH = 160  # how far after a cue a method head must be for a list there to be looked at
#: Plural method nouns that, counted before a colon, announce that many techniques after it: "two
#: technical safeguards to curtail a model's person re-identification capacity: index exclusion and
#: confusion loss". Not "components", "modules", "stages": their items are parts or steps described;
#: not "paradigms": their items are kinds of data or of method ("four core generation paradigms").
COUNTED_NOUNS = ("methods", "approaches", "techniques", "algorithms", "strategies", "mechanisms",
                 "safeguards", "defenses", "defences")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# a count, up to three describing words, a counted noun, then the rest of the clause up to the colon
_COUNTED = re.compile(r"(?<![\w-])(?P<count>" + "|".join(_COUNTS) + r")\s+(?:[a-z][\w-]*\s+){0,3}?(?:"
                      + "|".join(COUNTED_NOUNS) + r")\b[^.;:!?()\[\]]{0,100}\Z")
_COUNT_REACH = 160  # how far before a colon its count may start
_PLAIN_WORDS = 4  # the most words of a plain list item
# a lower-case item of a list, one or two words before the list's next gap ("pathfinding and",
# "preference learning,")
_TASK_ITEM = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*)?(?:,\s|\s+(?:and|or)\s)")
_PLAIN_NAME = re.compile(r"[A-Z][a-z]{2,}\d*")  # "Ford", "Countdown": a dataset's name in a list of them
# capitalised plain words joined by hyphens: a dataset's name in a list of them ("Auto-Arena",
# "One-Billion-Word", "Code-Preference-Pairs"); elsewhere mostly a compound adjective ("Vision-Language")
_PLAIN_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]*)+")
# after an item of a list of datasets: a short description in brackets ("MSD (lung and pancreas)", "KHATT
# (Arabic)", "Oulu-CASIA (VIS and NIR)"), or the numbers of sibling sets ("CIFAR-10/100", "RefCOCO/+/g")
_DESCRIBED = re.compile(r" \([^()\[\]$]{1,40}\)")
_SPLITS_AFTER = re.compile(r"(?:/(?:\d+|\+|[a-z]))+(?![\w/])")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z0-9]*(?:-[A-Za-z0-9]+)*")  # "majority", "Bayesian", "cross-attention"


# "on A and B" after an evaluation word in its sentence: the names listed are evaluation sets
# (only where a word that may be a name follows, and a list separator after it; written to start
# with the literal "n ", which the pattern engine finds fast, and look back for the "o")
_ON = re.compile(r"n (?<=\b[Oo]n )(?=(?:[A-Z]|[a-z]+[A-Z])[\w.+-]*(?: \([\d.]+\\?%?\))?(?:,| and | or |/))")
# (a score in a sentence reports one too: "On TR-OP, the Fusion head reaches Acc 97.5%")
_EVALUATION = re.compile(
    r"\b(?:evaluat|experiment|results?\b|outperform|achiev|surpass|accura|state-of-the-art)|\d\\?%",
    re.IGNORECASE)
# a score right before "on": "43.0% on WebWalker", "+4.6% on the Foo": the names after it are what was
# scored on
# (written to start with the literal "% on ", which the pattern engine finds fast)
_SCORE_ON = re.compile(r"% on (?:the )?(?=(?:[A-Z]|[a-z]+[A-Z]))")
# one name after "on", closed by punctuation, a bracket or a clause word: "sets a new state-of-the-art on
# VDC and achieves", "+2.3 BLEU on MathVQA," (written to start with the literal "n ", as :data:`_ON`)
_ONE_ON = re.compile(r"n (?<=\b[Oo]n )(?:the )?(?=(?:[A-Z]|[a-z]+[A-Z])[\w.&+-]*"
                     r"(?:[.,;:](?:\s|$)|$| \(| and | with | while | where ))")
# what says, in the clause before "on", that the name after it is what was scored on: a score, or a word
# of comparison or evaluation ("0.474 on HKO-7", "outperforms in-domain VideoRefer-7B on VideoRefer-BenchQ",
# "Evaluated on WebChoreArena"); not a year ("in 2023 on Reddit"), a digit of a name ("GPT-4 on") or a
# speed-up, measured on a model or a machine ("3.72x speedup on MAR-H")
_SCORED_CLAUSE = re.compile(r"state[- ]of[- ]the[- ]art|\bSOTA\b|outperform|\bevaluat|\btested\b|\bsurpass"
                            r"|(?<![\w.-])\+?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?![\dx\u00d7]|\.\d)",
                            re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:,()]\s[^.;:,()]*\Z")
# a common word numbered: a part or a step, not a name ("on Phase-1", "on Subtask-II"); or a web address
# ("on GitHub.com")
_NUMBERED_WORD = re.compile(r"[A-Z][a-z]+-(?:\d+|[IVX]+)|.*\.(?:com|org|net|io)")
#: Words before "on" after which one name is where something is found, not what was scored on
#: ("evaluation scripts are available on GitHub").
_NOT_SCORED_ON = frozenset({"available", "released", "hosted", "accessible", "posted", "published"})
# a clause that releases or hosts something: the name after "on" is where ("We open-source all 4 model
# variants on GitHub", "we release 3 checkpoints on HuggingFace"), whatever its numbers
_RELEASE_CLAUSE = re.compile(r"\b(?:releas|open[- ]?sourc|publish|host|deploy|upload|shar|distribut)\w*"
                             r"|\bavailable\b|\bcode\b", re.IGNORECASE)
# a dataset noun right before a list of names, with no cue between: "on two real-world datasets Pheme
# and Twitter16", "on benchmarks GenEval and MMBench" (each noun found with str.find, and a name after it
# with this pattern: one pattern over the whole text scanned it at every word)
_BARE_DATASET_NOUNS = ("datasets", "benchmarks", "corpora")
_NAME_STARTS = re.compile(r"[A-Z]|[a-z]+[A-Z]")
# what joins the noun to its list: a space; "named" or "called"; or, after a count of the data ("on two
# benchmarks, CLEVRER and CRAFT", "on three benchmark datasets: CIRR, CIRCO, and FashionIQ"), a comma or a
# colon (without a count, a comma ends the clause as often: "Across benchmarks, FooNet and BarNet ...")
_NOUN_TO_LIST = re.compile(r" (?:named |called )?|(?P<counted>[,:] )")
_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                           r"(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)
#: Words before "on" after which the names are what a method is made of, not data ("based on A and B").
_NOT_DATA_ON = frozenset({"based", "built", "relies", "rely", "relying", "depends", "depend", "focus",
                          "focuses", "focused", "run", "runs", "deployed", "implemented", "conditioned",
                          "builds", "build"})

# a word of comparison whose object is what a paper compares with ("outperforming state-of-the-art DFlash and
# DDTree", "compared to VTM-8.0", "faster than FPS-ALT", "2.8--5.0% relative gains over SkillOpt", "a 65.62%
# BD-rate saving against HEVC"), then the describing words before the names; read in the lower-cased text,
# tried only where one of its words starts (:data:`_COMPARED_WORDS`). Not "versus", "vs." (classes: "HC vs.
# MCI"), a bare "over" or "against" (:data:`_GAIN_BEFORE`, :data:`_AGAINST_BEFORE`: "reason over ESG
# content", "against O-RAN specifications"), "exceeds" ("AlphaEarth exceeds DEM on ...": data)
_COMPARED = re.compile(
    r"(?<![\w-])(?:(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|compar(?:ed|es|e|ing|isons?)\s+(?:to|with"
    r"|against)|(?P<than>than)|(?P<over>over)|(?P<against>against))\s+"
    r"(?:(?:the|a|an|both|all|several|existing|prior|previous|recent|strong|competitive|conventional"
    r"|traditional|classical|classic|vanilla|standard|popular|leading|current|original|representative|advanced"
    r"|prominent|well-known|widely[- ]used|open-source|state-of-the-art|sota|baseline"
    r"|\d+(?:\.\d+)?[bm](?:-parameters?)?)\s+){0,4}"
    r"(?:(?:baselines|methods|models|approaches|systems)\s*,?\s*(?:such\s+as|including|like|e\.g\.,?)\s+)?"
    # "We compare AWM, ASI, and ReasoningBank with ...": names right after the verb (not "comparing an EEG")
    r"|(?P<verb>compar(?:e|es|ed|ing))\s+(?!(?:to|with|against)\b))")
#: what :data:`_COMPARED` opens with
_COMPARED_WORDS = ("outperform", "surpass", "compar", "than", "over", "against")
# what makes "over" a comparison: a gain or a score right before ("improves average accuracy over SSP",
# "1.4$\times$ speedup over PriorDA", "+18.7 pp over CBR", "a 70% reduction over MeanCache"); and
# "against" ("compared against", "a BD-rate saving against HEVC"); and what does not make "than" one ("rather
# than", "other than")
_GAIN_BEFORE = re.compile(r"(?:\b(?:improve[sd]?|improvements?|gains?|speed-?ups?|advantages?|margins?"
                          r"|reductions?|points?|pp)(?:\s+[\w.-]+){0,3}?|\\?%|\\times\$?|\u00d7)\s+\Z")
_AGAINST_BEFORE = re.compile(r"\b(?:compar\w*|benchmark\w*|savings?|gains?)\s+\Z")
_NOT_THAN = re.compile(r"\b(?:rather|other)\s+\Z")
_CUE_BEFORE = 50  # how far before "over", "against" or "than" the words that make it a comparison may start
# a model's size among the words before the names compared with: models are sized so ("surpasses the 14B
# TokenFlow-XL", "outperforming the 27M-parameter HRM"; read in the lower-cased text)
_SIZE_BEFORE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[bm](?:-parameters?)?\s")
# the words of a comparison that only point at the name compared with (its word, an article): after a bare
# "than" they leave an acronym as likely a company's or a measure's ("than NVIDIA", "than TPR"); a
# describing word makes it a method ("than standard JPEG", "than standard DTW")
_POINTING = re.compile(r"the|an?|than|over|against|to|with|outperform\w*|surpass\w*|compar\w*")
# a noun phrase set off by a comma before the name compared with, its apposition: "outperforming the
# strongest baseline, NERExact (69.6s)", "a 0.3% improvement over the prior champion, BertiGO", "faster than
# the recent state-of-the-art method, i.e., PhysTwin" (lower-case words; read in the text as written, after
# the describing words :data:`_COMPARED` took)
_APPOSED_BEFORE = re.compile(r"(?:the\s+)?(?:[a-z][a-z-]*\s+){0,5}?[a-z][a-z-]*,\s+"
                             r"(?:(?:namely|i\.e\.,?)\s+)?")
# where a list of names compared with ends: where any list ends, or before a word that says they are
# baselines or variants ("than the recent SPIC baseline", "We compare MMS-TTS, Qwen3-TTS, and OmniVoice
# variants"); not before another noun, which they describe ("existing AVS methods", "a FIFO policy")
_COMPARED_END = re.compile(_LIST_END.pattern
                           + r"|\s*(?:baselines?|variants?|without|across|under|using|via)\b")
_COMPARED_KINDS = frozenset({Kind.TECHNIQUE.value, Kind.MODEL.value})  # what a list compared with may hold
# what ends the text before a clause that opens on the comparison (the text's start too): "Compared with A,
# B achieves ...", "Moreover, compared to A, B ..."
_CLAUSE_ENDS = ("", ".", ",", ";", ":", "(")
_MODEL_NOUNS = r"(?:networks?|models?|m?llms?|vlms?|detectors?|backbones?|tokenizers?)"
# the apposition's noun saying it is a model ("the previous state-of-the-art model, Spatial-MLLM")
_MODEL_NOUN_END = re.compile(r"\b" + _MODEL_NOUNS + r",", re.IGNORECASE)
# a version at a name's end, which hides a network's name ending ("PKINet-v1")
_VERSION = re.compile(r"-?v\d+(?:\.\d+)?\Z")
# a size letter after a known model's number ("YOLOv8s", "YOLO11n")
_SIZE_LETTER = re.compile(r"\d[nsmlx]\Z")
# where a later part of a CamelCase name starts: "ReLAION", "VideoCutLER" (the match's second letter)
_CAMEL_BOUNDARY = re.compile(r"[a-z](?=[A-Z][A-Za-z0-9])")
# a model noun in an apposition after a name compared with: "surpasses UlikeTrans, a U-shape Transformer-based
# network", "Compared with EAGLE, a typical multi-encoder MLLMs", "(ECHO-BID), a class of long-term re-id
# models" (after the bracket of a name spelled out)
_MODEL_APPOSED = re.compile(r"\)?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?" + _MODEL_NOUNS + r"\b", re.IGNORECASE)
# a model noun right before a name ("the efficient SR network SPAN")
_MODEL_BEFORE = re.compile(r"\b" + _MODEL_NOUNS + r"\s+\Z", re.IGNORECASE)
# the end of a model's name: a network class ("SimpleCNN", "Mask R-CNN"), a speech synthesiser ("METTS",
# "VECL-TTS"), or a size ("MAGVIT-B", "iFormer-T", "Swin-Tiny")
_MODEL_END = re.compile(r"(?:[\w-](?:CNN|RNN|LSTM|TTS)|-(?:[NTSMBLHX]|XL|Tiny|Small|Base|Large|Huge))\Z")
# "baseline" after a name: a method compared with ("than the recent SPIC baseline")
_BASELINE_NEXT = re.compile(r"\s+baselines?\b")
# what ends a clause before a comparison's word (not the dot of a number: "runs 19.2% faster than")
_CLAUSE_BREAK = re.compile(r"[.;:,](?:\s|$)|[()]")
_SUBJECT_REACH = 60  # how far before a comparison's word the model that compares may end
_OWN_MODEL = re.compile(r"\bour\s+(?:[\w-]+\s+)?(?:model|network|detector|backbone|architecture)\b",
                        re.IGNORECASE)
# the paper's own model named in an apposition right before a comparison's word, whose commas end no clause:
# "our model, MiniWin, outperforms MiniMInd" (an adverb may come before the word: "consistently")
_OWN_MODEL_NAMED = re.compile(_OWN_MODEL.pattern + r",\s+[\w.+-]+,\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE)
# a version written after a capital V or a release's "-R1" at a name's end: models are numbered so
# ("EasyAnimateV5.1", "LongVILA-R1"); not a lower-case "v", the version of any method ("PKINet-v1")
_MODEL_VERSION = re.compile(r"[A-Za-z]V\d+(?:\.\d+)?\Z|-R\d\Z")
# what a name after the verb "compare" is compared with, when that is a model: "We compare ECHO-BID to 9
# other models", "comparing GaitPT with GaitFormer" (a linked model: :meth:`ListedNames._compared`)
_COMPARED_TO = re.compile(r"\s+(?:with|to|against)\s+")
_COMPARED_TO_MODELS = re.compile(r"(?:(?:the|an?|\d+|other|several|many|existing|state-of-the-art)\s+){0,3}"
                                 + _MODEL_NOUNS + r"\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")  # (not the dot of a version: "Qwen-2.5-Omni")
# "baselines" after a list compared with: the list may name a task or a family the baselines are of
# ("strong ZSSD baselines", "standard ODE and SDE baselines"), when the paper spells out one of its names as
# a task or an equation ("Zero-shot stance detection (ZSSD)", "stochastic differential equation (SDE)");
# methods compared with are listed before baselines too ("surpassing METTS and VECL-TTS baselines",
# "existing NLHF baselines" of "Nash learning from human feedback (NLHF)"); a single baseline is a method
_BASELINES_NEXT = re.compile(r"\s+baselines\b")
# the last word of a long form that makes its short form a task's or an equation's (the task nouns less
# those a method's name ends in: "learning", "training", "optimization", ...)
_FAMILY_ENDS = _TASK_NOUNS - {"learning", "training", "pre-training", "pretraining", "fine-tuning",
                              "finetuning",
                              "post-training", "tuning", "prompting", "optimization", "inference", "search",
                              "modeling", "modelling", "control", "planning", "reasoning", "synthesis"} | {
    "equation", "equations"}
#: Acronyms and software compared with that are no method of machine learning: a scan ("compared to PET"),
#: a remote desktop ("traditional VNC/RDP"), a graphics or compute interface ("outperforms WebGL")
_NOT_COMPARED = frozenset({"PET", "MRI", "CT", "fMRI", "EEG", "RDP", "VNC", "WebGL", "WebGPU", "OpenGL",
                           "Vulkan", "CUDA",
                           # an image codec (unless described: :data:`_CODEC`) or a colour space ("compared
                           # with JPEG, JPEG-2000 and JPEG-XL")
                           "JPEG", "JPEG-2000", "JPEG-XL", "PNG", "sRGB"})
#: An image or video codec compared with, a compression method (ANNOTATION: a named algorithm), never a model
#: ("than standard JPEG and SQ-GAN", "compared to VTM-8.0"); the JPEG family only after a describing word,
#: as a method run for a baseline ("than standard JPEG", open dev 2604.12622; not "compared with JPEG,
#: JPEG-2000 and JPEG-XL", the formats)
_CODEC = re.compile(r"JPEG(?:-?2000|-XL)?|HEVC|VVC|AVC|BPG|WebP|AV1|H\.26[45]|VTM(?:-[\d.]+)?")
#: A plain lower-case word: what a longer name goes on with after a name that is part of it
#: ("JPEG compression")
_PLAIN_WORD_NEXT = re.compile(r" [a-z]")
#: Where a compared name splits into a known model's name and a part of its own: a case change ("CellSAM"),
#: a letter before a digit ("ViT3D", "CoTracker3") or a hyphen ("Tiny-SD", "MAGVIT-v2")
_PART_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|-| ")


class _PlainList(NamedTuple):
    items: list[Word]  # the plain items of two words or more
    methods: list[Word]  # those of them that end in a method head
    techniques: int  # how many items are techniques: ending in a method head, or linked techniques
    count: int  # how many items the list has
    others: list[Word]  # the plain items of two words or more that may be a method (:func:`_method_like`)


class _Unit(NamedTuple):
    start: int
    end: int
    kind: str | None  # a linked span's kind ("" when it may not type a list); None for a plain word
    text: str
    plain: bool = False  # a plain capitalised word (:func:`_plain_name`): a name only in a list of datasets
    weak: bool = False  # a linked span below the confidence that types a list: it only has to agree


class ListedNames(RuleComponent):
    """Give the unknown name words of a list the kind of its linked items."""

    #: Linked items below this confidence (ambiguous names with a cue) do not type a list; they only have
    #: to agree with the items that do ("Human3.6M, THuman2.0, CAPE, and RenderPeople": CAPE is cue-only).
    min_confidence = 0.9

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        # each span's character offsets read once (a Span property call each), in text order
        spans = sorted(((s.start_char, s.end_char, s) for s in writer.spans()), key=_first)
        for field in doc_fields(doc):
            inside = [linked for linked in spans if field.start <= linked[0] < field.end]
            if not inside:
                continue  # nothing linked: nothing to type a list with
            text = field_text(doc, field)
            if not any(_joined(text, linked[0] - field.start, linked[1] - field.start) for linked in inside):
                continue  # no linked span with a list separator next to it: no list to type
            ws = field_words(doc, field)
            if not _may_chain(text, field.start, inside, ws):
                continue  # no unlinked word across a list separator from a linked span: no chain to type
            for chain in self._chains(text, field, inside, ws):
                kinds = {u.kind for u in chain if u.kind is not None and not u.weak}
                if len(kinds) != 1 or "" in kinds or not {u.kind for u in chain if u.weak} <= kinds:
                    continue  # (a weak item of the same kind carries the chain: "THuman2.0, CAPE, and ...")
                kind = Kind(kinds.pop())
                plain = kind is Kind.DATASET and self._named_data(doc, field, chain, inside)
                for unit in chain:
                    if unit.kind is None and (plain or not unit.plain):
                        span = field_span(doc, field, unit.start, unit.end)
                        if span is not None and writer.free(span.start, span.end):
                            self.add_name(doc, writer, span.start, span.end, kind, 0.75, Role.MENTIONS)
        for field in doc_fields(doc):
            self._examples(doc, writer, field)
            self._evaluated_on(doc, writer, field)
            self._scored_on(doc, writer, field)
            self._data_lists(doc, writer, field)
            self._compared(doc, writer, field)

    def _named_data(self, doc: Doc, field: Field, chain: list[_Unit],
                    inside: list[tuple[int, int, Span]]) -> bool:
        """Whether a list of datasets may name its plain words as datasets: a linked item of it is a
        named dataset, not a generic one ("Millimeter Wave, Microwave, Terahertz, Infrared" are
        imaging modalities; "Nordland, Oxford, and NuScenes datasets" are datasets)."""
        starts = {u.start + field.start for u in chain if u.kind is not None}
        for start_char, _, span in inside:
            if start_char in starts:
                entity = self.entity_of(doc, span)
                if entity is None or not entity.generic:
                    return True
        return False

    def _examples(self, doc: Doc, writer: SpanWriter, field: Field) -> None:
        """The name words listed right after "<kind noun> such as / including / e.g. / i.e.",
        as names of that kind; a method's examples are models when one of them is a model or is
        shaped like a model's name ("code search approaches, i.e., CoCoSoDa and UniXcoder",
        "methods like PSMNet [1], CFNet [2], and LEAStereo [3]", "methods like LISA and PixelLM")."""
        text = field_text(doc, field)
        folded = _lower_in_place(text)
        found = _example_cues(folded)
        cues = [(cue.end(), False, noun) for cue in found
                if (noun := _EXAMPLE_NOUN.search(text, max(0, cue.start() - _NOUN_REACH), cue.start()))]
        cues += [(cue.end(), True, noun) for cue in _BRACKET_CUE.finditer(text)
                 if (noun := _EXAMPLE_NOUN.search(text, max(0, cue.start() - _NOUN_REACH), cue.start() + 1))]
        plain = [cue.end() for cue in _PLAIN_CUE.finditer(folded)
                 if _heads_near(folded, cue.end())]
        counted = [(colon + 2, _COUNTS[count.group("count")]) for colon in _colons(folded)
                   if (count := _COUNTED.search(folded, max(0, colon - _COUNT_REACH), colon))]
        bare = _bare_dataset_lists(text)
        if not (cues or plain or counted or bare):
            return
        starts, linked = _words_and_links(doc, writer, field)
        for position in bare:
            items, labels, _ = self._listed(text, position, starts, linked, plain=True, data=True)
            # a list of two or more with no name of another kind in it ("datasets Pheme and Twitter16");
            # one name alone after the noun may be a word of the clause ("benchmarks Demonstrate ...")
            if len(items) + len(labels) >= 2 and labels <= {Kind.DATASET.value} and not any(
                    _model_like(w[TEXT]) for w in items):
                self._add_listed(doc, writer, field, items, Kind.DATASET)
        for position, bracket, noun in cues:
            kind = _EXAMPLE_KIND[noun.group("noun").lower()]
            data = kind is Kind.DATASET
            items, labels, end = self._listed(text, position, starts, linked, plain=data, data=data,
                                              ends=_EXAMPLE_END)
            if data and not (len(items) + len(labels) >= 2 and labels <= {Kind.DATASET.value}):
                # a plain word names data only in a list of two or more with no name of another kind:
                # "benchmarks such as One-Billion-Word and Yelp", not "corpora such as Wikipedia"
                items = [word for word in items
                         if not (_PLAIN_NAME.fullmatch(word[TEXT]) or _PLAIN_COMPOUND.fullmatch(word[TEXT]))]
            if bracket and (len(items) + len(labels) < 2 or not text.startswith(")", end)):
                continue  # a bracket lists examples when it holds two names or more and closes after them
            models = Kind.MODEL.value in labels or any(_model_like(w[TEXT]) for w in items)
            self._add_listed(doc, writer, field, items,
                             Kind.MODEL if models and kind is Kind.TECHNIQUE else kind)
        for position in plain:
            walked = _plain_list(text, position, starts, linked)
            if walked is not None and walked.techniques >= 2:
                self._add_listed(doc, writer, field, walked.methods, Kind.TECHNIQUE)
                if walked.techniques * 2 >= walked.count:
                    self._add_listed(doc, writer, field, walked.others, Kind.TECHNIQUE)
        for position, count in counted:
            walked = _plain_list(text, position, starts, linked)
            if walked is not None and walked.count == count and not any(map(_plural, walked.items)):
                self._add_listed(doc, writer, field, walked.items, Kind.TECHNIQUE)

    def _evaluated_on(self, doc: Doc, writer: SpanWriter, field: Field) -> None:
        """"achieving state-of-the-art performance on PFPascal, APK, and CUB", "Evaluations on HEVD
        and SCARED": two or more unknown name words listed after "on", in a sentence that reports
        an evaluation, are datasets, and so is one after a sentence's "On" and before a comma ("On
        LiTS, T-MPEDNet achieves ..."). A list with a known name in it is typed by that name; names
        shaped like a model's are left to :class:`~.discover.NameShapes`. A sentence with a score in
        it reports an evaluation, and one name right after a score and "on" is enough ("11.2% on
        Humanity's Last Exam, and 43.0% on WebWalker")."""
        text = field_text(doc, field)
        found = [match for match in _ON.finditer(text)
                 if _word_before(text, match.start() - 1) not in _NOT_DATA_ON]  # (the match starts at "n")
        scored = list(_SCORE_ON.finditer(text))
        if not (found or scored):
            return
        starts, linked = _words_and_links(doc, writer, field)
        for match in scored:
            # "11.2% on Humanity's Last Exam, and 43.0% on WebWalker": one name after a score is enough
            # (a list with a known name of another kind, or a name shaped like a model's, is no data:
            # "4.8% on LLaMA-2-7B")
            items, labels, _ = self._listed(text, match.end(), starts, linked)
            if items and labels <= {Kind.DATASET.value} and not any(_model_like(w[TEXT]) for w in items):
                self._add_listed(doc, writer, field, items, Kind.DATASET)
        for match in found:
            items, labels, _ = self._listed(text, match.end(), starts, linked)
            if items and _opens_sentence(text, match.start() - 1) and text.startswith(", ", items[0][END]):
                items, labels = items[:1], set()  # "On LiTS, T-MPEDNet achieves": the subject follows
            elif len(items) < 2:
                continue
            if labels or any(_model_like(w[TEXT]) for w in items):
                continue
            end = text.find(". ", match.end())
            sentence = text.rfind(". ", 0, match.start()) + 1
            if _EVALUATION.search(text, sentence, len(text) if end < 0 else end):
                self._add_listed(doc, writer, field, items, Kind.DATASET)

    def _scored_on(self, doc: Doc, writer: SpanWriter, field: Field) -> None:
        """One unknown name after "on", in a clause that scores or compares something before it: a
        dataset ("sets a new state of the art on GSM8k", "0.82 on MODMA, outperforming", "Evaluated on
        WebChoreArena, WebDART lifts ..."); not a name shaped like a model's ("4.8% on LLaMA-2-7B"), a
        generic word ("2x speedup on GPU") or a numbered step ("on Phase-1")."""
        text = field_text(doc, field)
        found = [match for match in _ONE_ON.finditer(text)
                 if (before := _word_before(text, match.start() - 1)) not in _NOT_DATA_ON
                 and before not in _NOT_SCORED_ON]
        if not found:
            return
        starts, linked = _words_and_links(doc, writer, field)
        known = known_names(doc)
        for match in found:
            items, labels, _ = self._listed(text, match.end(), starts, linked)
            clause = _CLAUSE_START.search(text, max(0, match.start() - 100), match.start())
            first = starts.get(match.end())
            if not items and not labels and first is not None and text.startswith(", ", first[END]) and (
                    clause is None or text[clause.start()] == ".") and self.rules.name_word(first[TEXT]):
                items = [first]  # "Evaluated on WebChoreArena, WebDART lifts ...": the subject follows
            if not items or labels - {Kind.DATASET.value} or any(
                    _model_like(w[TEXT]) or _NUMBERED_WORD.fullmatch(w[TEXT]) or w[TEXT] in known
                    for w in items):
                continue  # (a name the paper defined keeps the kind it settles on: KnownNames links it)
            clause_start = clause.start() + 1 if clause else max(0, match.start() - 100)
            if (_SCORED_CLAUSE.search(text, clause_start, match.start())
                    and not _RELEASE_CLAUSE.search(text, clause_start, match.start())):
                self._add_listed(doc, writer, field, items, Kind.DATASET)

    def _compared(self, doc: Doc, writer: SpanWriter, field: Field) -> None:
        """The unknown name words listed right after a word of comparison (:data:`_COMPARED`): what a paper
        compares with is a method or a model ("outperforming state-of-the-art DFlash and DDTree by 1.36x",
        "a 65.62% BD-rate saving against HEVC", "than the recent SPIC baseline"): techniques, or models
        when one of the list is a model or shaped like a model's name ("surpassing HybridSN, SSRN, and
        SpectralFormer"). Not a list with a name of another kind in it (a dataset, a metric the
        vocabulary holds as one), nor a name the paper defined (it keeps the kind it settles on)."""
        text = field_text(doc, field)
        folded = _lower_in_place(text)
        found = [match for match in matches_at(_COMPARED, folded, starts_of(folded, _COMPARED_WORDS))
                 if _comparing(folded, match)]
        if not found:
            return
        starts, linked = _words_and_links(doc, writer, field)
        known = known_names(doc)
        opened = [_names_start(text, match) for match in found]
        listed = [self._listed(text, start, starts, linked, ends=_COMPARED_END)[:2] for start, _ in opened]
        # where a comparison's object is a linked model: the names compared with in its sentence are models
        # too ("Bagpiper outperforms Qwen-2.5-Omni on MMAU ... and surpasses CosyVoice3 and TangoFlux"), and
        # so are those after names this rule links as models
        with_models = [match.start() for match, (_, kinds) in zip(found, listed) if Kind.MODEL.value in kinds]
        for match, (start, apposed), (items, labels) in zip(found, opened, listed):
            described = apposed is not None or not all(map(_POINTING.fullmatch, match.group().split()))
            if not items or not labels <= _COMPARED_KINDS or any(
                    _NUMBERED_WORD.fullmatch(w[TEXT]) or w[TEXT] in known or self._known_dataset(w[TEXT])
                    or w[TEXT] in _NOT_COMPARED and not (described and _CODEC.fullmatch(w[TEXT]))
                    for w in items):
                continue  # ("surpasses OpenPi": the dataset Open PI's name; the paper's is another's)
            if _BASELINES_NEXT.match(text, items[-1][END]) and any(_spelled_as_family(text, w[TEXT])
                                                                   for w in items):
                continue
            if folded.startswith("compar", match.start()) and (
                    text[:match.start()].rstrip()[-1:] in _CLAUSE_ENDS):
                # "Compared with DEIM-D-FINE, Le-DETR-M achieves ...": a comma ends what is compared with
                items = items[:next((k for k in range(1, len(items))
                                     if "," in text[items[k - 1][END]:items[k][START]]), len(items))]
            if match.group("than") and not described and not _BASELINE_NEXT.match(text, items[-1][END]):
                # "fewer operators than NVIDIA", "more sensitive to FPR than TPR": after a bare "than", an
                # acronym is as often a company, a part or a measure ("than the SPIC baseline" is a method)
                items = [w for w in items if not (w[TEXT].isalpha() and w[TEXT].isupper())]
            if any(self._prefix_of_linked(writer, w[TEXT]) for w in items):
                continue  # "codecs like JPEG" with JPEG compression linked; "the GroMo baseline" of GroMo25
            built = {self._built_on(w[TEXT]) for w in items}
            if not items or Kind.DATASET in built or any(self._measure(w[TEXT]) for w in items):
                continue  # "more efficiently than ReLAION": a dataset's name made anew
            compared_to_model = match.group("verb") is not None and self._compared_to_model(
                text, items[-1][END], starts, linked)  # "We compare ECHO-BID to 9 other models"
            sized = _SIZE_BEFORE.search(folded, match.start(), start) is not None  # "the 14B TokenFlow-XL"
            models = Kind.MODEL.value in labels or Kind.MODEL in built or sized or apposed is True or any(
                _model_named(text, w) or self._model_part(writer, w[TEXT]) for w in items) or (
                _own_model_compares(text, match.start())) or (
                compared_to_model or _in_sentence_with(text, match.start(), with_models))
            # (a network's class at a name's end makes that name a model, and a codec is a compression
            # method, whatever the rest of the list is: "than standard JPEG and SQ-GAN" compares a codec and a
            # network)
            networks = [w for w in items if _NETWORK_NAME.search(w[TEXT])]
            codecs = [w for w in items if _CODEC.fullmatch(w[TEXT])]
            self._add_listed(doc, writer, field, [w for w in items if w not in networks and w not in codecs],
                             Kind.MODEL if models else Kind.TECHNIQUE)
            self._add_listed(doc, writer, field, networks, Kind.MODEL)
            self._add_listed(doc, writer, field, codecs, Kind.TECHNIQUE)
            if models or networks:  # ("surpasses the 14B TokenFlow-XL ..., surpassing UniTok by 0.15")
                with_models.append(match.start())

    def _compared_to_model(self, text: str, end: int, starts: dict[int, Word],
                           linked: dict[int, tuple[int, str]]) -> bool:
        """Whether the names a "compare" is followed by, ending at ``end``, are compared with a model:
        a linked one, a name shaped like a model's (:func:`_model_named`) or a model noun ("comparing
        GaitPT with GaitFormer", "We compare ECHO-BID to 9 other models"); a paper compares like with
        like."""
        to = _COMPARED_TO.match(text, end)
        if to is None:
            return False
        other = starts.get(to.end())
        return linked.get(to.end(), (0, ""))[1] == Kind.MODEL.value or _COMPARED_TO_MODELS.match(
            text, to.end()) is not None or other is not None and _model_named(text, other)

    def _prefix_of_linked(self, writer: SpanWriter, name: str) -> bool:
        """Whether ``name`` begins the longer name of a technique or a dataset linked in the paper: a part
        of it, not a method of its own ("codecs like JPEG" where "JPEG compression" is linked, "compared
        to the GroMo baseline" where the benchmark GroMo25 is)."""
        return any(s.label_ in (Kind.TECHNIQUE.value, Kind.DATASET.value) and s.text.startswith(name)
                   and (_PLAIN_WORD_NEXT.match(s.text, len(name)) or s.label_ == Kind.DATASET.value
                        and s.text[len(name):].isdigit())
                   for s in writer.spans())

    def _model_part(self, writer: SpanWriter, name: str) -> bool:
        """Whether ``name`` is a model's by its parts: less its version, the start of a model linked in
        the paper before a part that is no letter ("its predecessor SV4D" of SV4D 2.0, "EmbodiedSAM (ESAM)"
        with ESAM++ linked; not "SuperAD" of SuperADD), or a
        known model's name before or after a part of its own (:data:`_PART_BOUNDARY`: "CoTracker3" of
        CoTracker, "CellSAM" of SAM, "ViT3D" of ViT). A part of one or two letters
        counts only after a hyphen (a word's end is as often an acronym: "ReconDreamer" is no DR)."""
        stem = _VERSION.sub("", name).rstrip("0123456789") or name
        models = {s.text for s in writer.spans() if s.label_ == Kind.MODEL.value}
        if any(len(model) > len(stem) and model.startswith(stem) and not model[len(stem)].isalnum()
               for model in models):
            return True
        cuts = [m.start() for m in _PART_BOUNDARY.finditer(name)]
        parts = [name[:cut] for cut in cuts] + [name[cut:].lstrip("- ") for cut in cuts]
        for part in parts:
            if len(part) < 2 or len(part) < 3 and f"-{part}" not in name:
                continue
            if part in models:
                return True  # "the NAME LPDM" with LPDM linked
            entity = self._known(part)
            if entity is not None and entity.kind is Kind.MODEL and not entity.generic:
                return True
        return False

    def _known_dataset(self, name: str) -> bool:
        """Whether ``name``, case-folded, is a dataset's name in the vocabulary ("OpenPi" of Open PI), which
        a name discovered so is settled on. (Not one only an exact spelling links, an acronym of several
        things: "outperforming APE and CacheBlend" compares methods.)"""
        entity = vocab_entity(self.nlp, name, as_written=False)
        return entity is not None and entity.kind is Kind.DATASET

    def _built_on(self, name: str) -> Kind | None:
        """The kind of the known model or dataset that ``name`` is built on, if any: its name with a size
        letter ("YOLOv8s" of YOLOv8), with hyphened parts ("Aegis-LlamaGuard", "DEIM-D-FINE-L" of D-FINE,
        "BGE-Reranker") or with a word or a letter before it ("ReLAION" of LAION, "VMamba" of Mamba): a
        variant of that model or dataset or a name made on it (what a paper compares with is what it is
        built on)."""
        parts = name.split("-")
        names = {"-".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
        names.update(name[m.start() + 1:] for m in _CAMEL_BOUNDARY.finditer(name))
        if _SIZE_LETTER.search(name):
            names.add(name[:-1])
        if name[1:2].isupper() and name[2:3].islower():
            names.add(name[1:])
        names.discard(name)
        kinds = set()
        for part in names:
            if len(part) < 3 or len(part) == 3 and "-" not in name:
                continue  # (a short tail of a word is a word's end: "SkillOpt" is not built on OPT)
            entity = self._known(part)
            if entity is not None and entity.kind in (Kind.MODEL, Kind.DATASET) and not entity.generic:
                kinds.add(entity.kind)
        return next(iter(kinds)) if len(kinds) == 1 else None

    def _known(self, name: str) -> Entity | None:
        """The vocabulary entity spelled ``name`` (as written, else case-folded), if any."""
        return vocab_entity(self.nlp, name)

    def _measure(self, name: str) -> bool:
        """Whether ``name`` ends in a hyphened umbrella name of the vocabulary, a measure's as often as not:
        "Semantic-F1 outperforms Jaccard-F1" compares measures; not a network's name ("SQ-GAN": the
        umbrella is the network's class)."""
        if _NETWORK_NAME.search(name):
            return False
        _, hyphen, last = name.rpartition("-")
        entity = self._known(last) if hyphen else None
        return entity is not None and entity.generic

    def _data_lists(self, doc: Doc, writer: SpanWriter, field: Field) -> None:
        """"on the DeepGlobe Road Extraction and Massachusetts Roads datasets", "the SinTagRus and Taiga
        datasets", "on the ORFD and Rellis datasets": a list of two names or more right before a plural
        dataset noun (:data:`_BARE_DATASET_NOUNS`), each of up to four capitalised words, after a
        lower-case word, names datasets when a name word or a linked named dataset is in it; each item
        with nothing linked in it is linked whole. Not a list with a name of another kind in it ("on English
        and Chinese datasets"), a task ("the Object Detection and Instance Segmentation benchmarks"), a
        generic word ("2D and 3D datasets") or only generic data ("curated MRI and CT datasets")."""
        if field.name == "title":
            return  # (in a title every word is capitalised)
        text = field_text(doc, field)
        if not any(noun in text for noun in _BARE_DATASET_NOUNS):
            return  # (no such word: the field's words are not read one by one)
        ws = field_words(doc, field)
        nouns = [i for i, word in enumerate(ws) if word[TEXT] in _BARE_DATASET_NOUNS]
        if not nouns:
            return
        linked: list[tuple[int, int, Span]] | None = None
        for i in nouns:
            items = _items_before(text, ws, i)
            if len(items) < 2:
                continue
            if linked is None:  # (read once per field, and only for a field with such a list)
                linked = [(s.start_char - field.start, s.end_char - field.start, s) for s in writer.spans()
                          if field.start <= s.start_char < field.end]
            free = self._data_items(doc, ws, items, linked)
            for first, last in free:
                span = field_span(doc, field, ws[first][START], ws[last][END])
                if span is not None and writer.free(span.start, span.end):
                    self.add_name(doc, writer, span.start, span.end, Kind.DATASET, 0.75, Role.MENTIONS)

    def _data_items(self, doc: Doc, ws: list[Word], items: list[tuple[int, int]],
                    linked: list[tuple[int, int, Span]]) -> list[tuple[int, int]]:
        """The items of a list before a dataset noun (:meth:`_data_lists`) to link: those with nothing
        linked in them, when the list names datasets; none when it does not."""
        free: list[tuple[int, int]] = []
        named = False  # a name word in a free item, or a linked named dataset
        for first, last in items:
            start, end = ws[first][START], ws[last][END]
            inside = [span for s, e, span in linked if s < end and start < e]
            if any(span.label_ != Kind.DATASET.value for span in inside):
                return []
            if inside:  # a named dataset makes the list one of names; a generic one ("MRI and CT") does not
                named = named or any(not getattr(self.entity_of(doc, span), "generic", True)
                                     for span in inside)
                continue
            texts = [word[TEXT] for word in ws[first:last + 1]]
            if texts[-1].lower() in _TASK_NOUNS or any(self.rules.generic_name(t) for t in texts):
                return []
            named = named or any(self.rules.name_word(t) for t in texts)
            free.append((first, last))
        return free if named else []

    def _listed(self, text: str, position: int, starts: dict[int, Word],
                linked: dict[int, tuple[int, str]], plain: bool = False,
                data: bool = False, ends: re.Pattern[str] = _LIST_END) -> tuple[list[Word], set[str], int]:
        """The unlinked names of the list that starts at ``position`` (a name word, or two one
        space apart: "NWPU VHR-10"), the kinds of its linked names (``linked``: end and kind of
        each linked span by start) and where the list ends; no names when the last one does not
        end a name ("techniques like JPEG compression"). ``plain``: a plain capitalised word is a
        name too (a list of datasets names them so: "datasets Pheme and Twitter16"). ``data``: a
        list of datasets' examples, whose items may be capitalised words joined by hyphens
        ("Auto-Arena", "One-Billion-Word") and may be followed by a short description in brackets
        ("MSD (lung and pancreas)", "KHATT (Arabic)") or by other splits' numbers ("CIFAR-10/100").
        ``ends``: what may follow the list's last name."""
        items: list[Word] = []
        labels: set[str] = set()
        name_word = self.rules.name_word
        last = position  # where the last name of the list ends
        while (word := starts.get(position)) is not None:
            end, label = linked.get(position, (None, None))  # a linked name (of any length) goes on the list
            if end is None:
                named = name_word(word[TEXT]) or plain and (
                    _PLAIN_NAME.fullmatch(word[TEXT]) is not None
                    or data and _PLAIN_COMPOUND.fullmatch(word[TEXT]) is not None)
                if word[TEXT].islower() or not named:
                    if data and items and last != position and _TASK_ITEM.match(text, word[START]) \
                            and not _LIST_END.match(text, word[START] - 1):
                        items = [w for w in items if name_word(w[TEXT])]
                        # a lower-case item goes on the list: its plain words are tasks ("benchmarks,
                        # including Sudoku, Maze, pathfinding and preference learning")
                    break  # the list ended before this word: "like FastV and PyramidDrop, fail to"
                word = _with_next(text, word, starts, linked, name_word)
                if data and text.startswith(" & ", word[END]) and (
                        joined := starts.get(word[END] + 3)) is not None and joined[TEXT][:1].isupper():
                    word = (word[START], joined[END], joined[RAW_END], text[word[START]:joined[END]])
                    # "Tanks & Temples": one name; "&" joins its words
                items.append(word)
                end = word[END]
            else:
                labels.add(label)
            after = _REFERENCE.match(text, end) or _NUMBER_AFTER.match(text, end) or (
                data and (_SPLITS_AFTER.match(text, end) or _DESCRIBED.match(text, end)))
            stop = after.end() if after else end
            gap = _GAP.match(text, stop)
            if gap is None:
                if ends.match(text, stop):
                    last = stop
                elif data and label is None and not name_word(word[TEXT]):
                    items.pop()  # "Numosim-LA, Urban Anomalies, and ...": the list ended before the plain one
                else:
                    items = []
                break
            last = stop
            position = gap.end()
        return items, labels, last

    def _add_listed(self, doc: Doc, writer: SpanWriter, field: Field, items: list[Word], kind: Kind) -> None:
        for start, end, _, _ in items:
            span = field_span(doc, field, start, end)
            if span is not None and writer.free(span.start, span.end):
                self.add_name(doc, writer, span.start, span.end, kind, 0.75, Role.MENTIONS)

    def _chains(self, text: str, field: Field, spans: list[tuple[int, int, Span]],
                ws: list[Word]) -> list[list[_Unit]]:
        """Runs of two or more units (linked spans and other words) joined by list separators
        (``spans``: the field's linked spans with their character offsets in the doc)."""
        units: list[_Unit] = []
        taken = bytearray(len(text))
        offset = field.start
        for start_char, end_char, s in spans:
            start, end = start_char - offset, end_char - offset
            taken[start:end] = b"\x01" * (end - start)
            label = s.label_
            weak = span_value(s, "confidence", start_char, end_char) < self.min_confidence
            units.append(_Unit(start, end, "" if label == _LANGUAGE else label, text[start:end], weak=weak))
        name_word = self.rules.name_word
        last = -2  # where the last plain unit ended: a name word one space after goes with it ("NWPU VHR-10")
        abstract = field.name != "title"  # (in a title every word is capitalised)
        texts = list(map(TEXT_OF, ws))
        # other units: name words only (a plain word ends a list of names); the lower-case words,
        # most of them, left out in one pass without a Python step each
        for i in compress(range(len(texts)), map(not_, map(str.islower, texts))):
            start, end, _, w = ws[i]
            before = texts[i - 1] if i else ""  # the word before
            if taken.find(1, start, end) >= 0:
                continue
            plain = not name_word(w)
            if plain and not (abstract and _plain_name(text, start, end, before)) or w.lower() in _TASK_NOUNS:
                continue  # (nor a task: "Sentiment Analysis, Commonsense QA, Summarization, and ...")
            if start > 1 and text[start - 1] == " " and taken[start - 2] and not before.islower():
                continue  # the rest of a linked name: "nnUNet ResEnc-L" (not "a fine-tuned YOLOv11")
            if plain:
                units.append(_Unit(start, end, None, w, True))
                continue
            if start == last + 1 and text[last] == " ":
                first = units.pop().start
                units.append(_Unit(first, end, None, text[first:end]))
            else:
                units.append(_Unit(start, end, None, w))
            last = end
        units.sort()
        chains, chain = [], []
        for unit in units:
            if chain and _GAP.fullmatch(text, chain[-1].end, unit.start):
                chain.append(unit)
                continue
            if len(chain) >= 2:
                chains.append(chain)
            chain = [unit]
        if len(chain) >= 2:
            chains.append(chain)
        return [c for c in chains if any(u.kind is not None for u in c) and any(u.kind is None for u in c)]


# a list separator right before a word: after one, a capitalised word before it is another item ("TMDB,
# Spotify, ToolHop"), not the start of one longer name
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:,|/|&|(?<![\w-])(?:and|or)) \Z")


# a count of thousands at a name's end: data is counted so ("TBX11K", "ODIR-5K", "WM-38k"); a model is
# sized by its parameters, in millions or billions ("Qwen2.5-7B")
_THOUSANDS = re.compile(r"\d[Kk]\Z")


def _model_like(word: str) -> bool:
    """Whether ``word`` is shaped like a model's name (:func:`~.discover.model_shape`) and not sized in
    thousands, as data is.

    >>> _model_like("Qwen2.5-7B"), _model_like("TBX11K"), _model_like("PixelLM")
    (True, False, True)
    """
    return model_shape(word) and _THOUSANDS.search(word) is None


def _names_start(text: str, match: re.Match[str]) -> tuple[int, bool | None]:
    """Where the names compared with after a :data:`_COMPARED` match start, and whether an apposition the
    match's words run into calls them models (None: no apposition): after "the" and a noun phrase set off by a
    comma ("over the prior champion, BertiGO"; :data:`_APPOSED_BEFORE`), else right after the match. Not after
    the verb ("We compare AWM, ...") nor after "compared with" opening a clause, whose comma ends what it
    compares with ("Compared to the baseline model, Fracture-YOLO achieves ...").

    >>> text = "a gain over the prior champion, BertiGO."
    >>> _names_start(text, _COMPARED.search(text)), text[32:]
    ((32, False), 'BertiGO.')
    >>> text = "It outperforms the previous best open-source model, OpenCUA."
    >>> _names_start(text, _COMPARED.search(text.lower()))
    (52, True)
    >>> text = "Compared to the baseline model, Fracture-YOLO achieves"
    >>> _names_start(text, _COMPARED.search(text.lower()))[1] is None
    True
    """
    end = match.end()
    apposed = None if match.group("verb") else _APPOSED_BEFORE.match(text, end)
    if apposed is None or " the " not in f" {text[match.start():apposed.end()]} " or (
            text[match.start()] in "Cc" and text[:match.start()].rstrip()[-1:] in _CLAUSE_ENDS):
        return end, None
    return apposed.end(), _MODEL_NOUN_END.search(text, end, apposed.end()) is not None


def _comparing(folded: str, match: re.Match[str]) -> bool:
    """Whether a :data:`_COMPARED` match in the lower-cased text ``folded`` compares: "over" after a gain,
    "against" after a word of comparison, "than" not after "rather" or "other".

    >>> [_comparing(t, _COMPARED.search(t)) for t in ("gains over x", "reason over x", "rather than x")]
    [True, False, False]
    """
    before = max(0, match.start() - _CUE_BEFORE)
    if match.group("over"):
        return _GAIN_BEFORE.search(folded, before, match.start()) is not None
    if match.group("against"):
        return _AGAINST_BEFORE.search(folded, before, match.start()) is not None
    return not match.group("than") or _NOT_THAN.search(folded, before, match.start()) is None


def _model_named(text: str, word: Word) -> bool:
    """Whether the name ``word`` of a list compared with is a model's: shaped like one
    (:func:`_model_like`, less a version: "PKINet-v1"; :data:`_MODEL_END`), or called a model in the text,
    in an apposition after it or by a noun right before it (:data:`_MODEL_APPOSED`, :data:`_MODEL_BEFORE`).

    >>> text = "we integrate it into the SR network SPAN. It outperforms SPAN and FooBar"
    >>> _model_named(text, (58, 62, 62, "SPAN")), _model_named(text, (67, 73, 73, "FooBar"))
    (True, False)
    """
    name = word[TEXT]
    if (_model_like(_VERSION.sub("", name)) or _MODEL_END.search(name) or _MODEL_VERSION.search(name)
            or name.endswith("Nets") and _model_like(name[:-1])  # "over GhostFaceNets"
            or _MODEL_APPOSED.match(text, word[END])):
        return True
    position = text.find(name)
    while position >= 0:
        if _MODEL_BEFORE.search(text, max(0, position - 20), position) or _MODEL_APPOSED.match(
                text, position + len(name)):
            return True
        position = text.find(name, position + len(name))
    return False


def _spelled_as_family(text: str, name: str) -> bool:
    """Whether ``text`` spells ``name`` out as a task or an equation, a long form ending in one of
    :data:`_FAMILY_ENDS` right before "(name)", or as a class, a plural long form before "(names)".

    >>> _spelled_as_family("Zero-shot stance detection (ZSSD) aims", "ZSSD")
    True
    >>> _spelled_as_family("Nash learning from human feedback (NLHF)", "NLHF")
    False
    """
    position = text.find(f" ({name})")
    if position < 0:
        # a plural short form names a class ("Time Series Foundation Models (TSFMs)"): "TSFM baselines"
        return f" ({name}s)" in text
    last = text[:position].rsplit(None, 1)[-1:] or [""]
    return last[0].lower() in _FAMILY_ENDS


def _in_sentence_with(text: str, position: int, others: list[int]) -> bool:
    """Whether one of the positions ``others`` is in the sentence of ``position``.

    >>> _in_sentence_with("A beats Qwen-2.5 and B. C beats D", 26, [2]), _in_sentence_with("A, B", 3, [0])
    (False, True)
    """
    return any(_SENTENCE_END.search(text, min(other, position), max(other, position)) is None
               for other in others)


def _own_model_compares(text: str, cue: int) -> bool:
    """Whether the paper's own model is what compares with the list at ``cue``: "our model" in its
    clause ("our model outperforms the state-of-the-art iFormer-T"), and a paper compares like with like.
    (Not any model named before it: "Qwen3-8B-Base improves by +3.0 points over R-Zero" compares methods
    run on that model.)

    >>> _own_model_compares("At 108.95 FPS, our model outperforms the", 31)
    True
    >>> _own_model_compares("Our model is small. It outperforms the", 23)
    False
    """
    reach = max(0, cue - _SUBJECT_REACH)
    if _OWN_MODEL_NAMED.search(text, reach, cue):
        return True  # "our model, MiniWin, outperforms": the apposition's commas end no clause
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, reach, cue)), default=reach)
    return _OWN_MODEL.search(text, start, cue) is not None


def _plain_name(text: str, start: int, end: int, before: str) -> bool:
    """Whether the word ``text[start:end]`` (after the word ``before``) is a plain capitalised word
    that may name a dataset in a list of them ("on Ford and SemanticKITTI"): one capital, three
    letters or more, not a sentence's first word ("However, GPT-4 and ...") and not one of a run of
    capitalised words ("Poetry Writing", "Scene Flow", "Tanks & Temples"), unless a list separator
    stands between ("TMDB, Spotify, ToolHop").

    >>> _plain_name("on Ford and X", 3, 7, "on"), _plain_name("Done. However, X", 6, 13, "Done")
    (True, False)
    >>> _plain_name("(TMDB, Spotify, X)", 7, 14, "TMDB"), _plain_name("the Scene Flow", 4, 9, "the")
    (True, False)
    """
    if (not _PLAIN_NAME.fullmatch(text, start, end) or start < 2 or text[start - 2:start] == ". "
            or text.startswith(" & ", end) or text.startswith(" & ", start - 3)):
        return False
    separated = _LIST_SEPARATOR_BEFORE.search(text, max(0, start - 6), start) is not None
    return (not before[:1].isupper() or separated) and not (
        text.startswith(" ", end) and text[end + 1:end + 2].isupper())


def _plain_list(text: str, position: int, starts: dict[int, Word],
                linked: dict[int, tuple[int, str]]) -> _PlainList | None:
    """The plain list that starts at ``position``, right after a cue (:data:`_PLAIN_CUE`, or a
    counted method noun and a colon: :data:`_COUNTED`): its plain items of two words or more, those of
    them ending in a method head (:data:`METHOD_HEADS`), how many items are techniques (those and
    linked techniques) and how many items it has; None when an item is a linked name of another kind or
    no plain item, or when the list does not end where a list ends (``linked``: end and kind of
    each linked span by start). "through structured semantic compression and controlled difficulty
    augmentation" has two techniques; plain words are a technique's name only with two of them or
    a counted noun: a list of them alone names tasks and steps as often ("such as question
    answering and fact checking")."""
    items: list[Word] = []
    methods: list[Word] = []
    others: list[Word] = []
    techniques = count = 0
    closed = False  # whether the last gap held "and" or "or": the item after it ends the list
    ended = False  # whether the list's last item is behind
    last: Word = (position, position, position, "")  # the list's last item
    while True:
        end, label = linked.get(position, (None, None))
        if label is not None and label != Kind.TECHNIQUE.value:
            return None
        item = (position, end, end, "") if end is not None else _plain_item(text, position, starts)
        if item is None:
            return None
        count += 1
        head = end is None and item[TEXT].rsplit(" ", 1)[-1].lower() in METHOD_HEADS
        techniques += end is not None or head
        if not ended:
            last = item  # the list's last item so far
        if end is None and " " in item[TEXT]:
            items.append(item)
            if head:
                methods.append(item)
            elif not ended and _method_like(item):
                others.append(item)
        gap = _GAP.match(text, item[END])
        if gap is None:
            if not _LIST_END.match(text, item[END]):
                return None
            # only a list that reached its "and"/"or" adds other items, and not one whose last item is
            # plural: a head the items share ("decoupled static and dynamic parameterizations": things)
            kept = others if (closed or ended) and not _plural(last) else []
            return _PlainList(items, methods, techniques, count, kept)
        # the item after the one after "and"/"or" is a word of the next clause ("... and step
        # distillation, reaching up"): the list has ended
        ended = ended or closed
        closed = _CONJUNCTION.search(gap.group()) is not None
        position = gap.end()


_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")


def _method_like(item: Word) -> bool:
    """Whether a plain item of a list of techniques, not ending in a method head, may be one more
    technique: not plural (things), and not ending in a task, a goal or a quality, or data
    ("via data augmentation, label smoothing, and improved robustness": the last is a goal)."""
    words = item[TEXT].lower().split()
    return (not _plural(item) and words[-1] not in _TASK_NOUNS and words[-1] not in _GOAL_OR_DATA_ENDS
            and words[0] not in _NOT_METHOD_STARTS
            and not any(_plural((0, 0, 0, word)) for word in words[1:-1]))  # "... bridges dominate": a clause


def _bare_dataset_lists(text: str) -> list[int]:
    """Where a name starts right after a plural dataset noun (:data:`_BARE_DATASET_NOUNS`), a space
    or "named" between, or a comma or colon after a count of them (:data:`_NOUN_TO_LIST`), in text order.

    >>> _bare_dataset_lists("two datasets Pheme and Twitter16; subdatasets X; the datasets we use")
    [13]
    >>> _bare_dataset_lists("on two benchmarks, CLEVRER and CRAFT; across benchmarks, FooNet and BarNet")
    [19]
    """
    found = []
    for noun in _BARE_DATASET_NOUNS:
        position = text.find(noun)
        while position >= 0:
            after = position + len(noun)
            joint = _NOUN_TO_LIST.match(text, after)
            whole = position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "-_")
            if (joint is not None and whole and _NAME_STARTS.match(text, joint.end()) and (
                        joint.group("counted") is None
                        or _COUNT_BEFORE.search(text, max(0, position - 60), position) is not None)):
                found.append(joint.end())
            position = text.find(noun, after)
    return sorted(found)


_ITEM_WORDS = 4  # the most words of an item of a list before a dataset noun


def _item_word(word: Word) -> bool:
    """Whether ``word`` may be a word of a list item's name: capitalised or led by a digit ("NYU Depth V2",
    "12Scenes"), not a function word or a list word."""
    text = word[TEXT]
    return ((text[0].isupper() or text[0].isdigit()) and text.lower() not in FUNCTION_WORDS
            and "," not in text and ";" not in text)  # "USTC-CSL100,and": two words the text ran together


def _items_before(text: str, ws: list[Word], i: int) -> list[tuple[int, int]]:
    """The items, as (first, last) word indices, of the list "A, B and C" that ends right before
    ``ws[i]``: each a run of up to four capitalised words (:func:`_item_word`) one space apart; the
    list must start after a lower-case word inside its sentence, else there are none.

    >>> from paperkg.ingest.extract.names import words
    >>> text = "on the Ab Cd, Ef and Gh Ij datasets"
    >>> _items_before(text, words(text), 8)
    [(6, 7), (4, 4), (2, 3)]
    """
    items: list[tuple[int, int]] = []
    last = i - 1
    while last >= 0 and _item_word(ws[last]):
        tail = text[ws[last][END]:ws[last][RAW_END]]
        if tail not in ({"", ","} if items else {""}):
            return []
        first = last
        while (first > 0 and last - first < _ITEM_WORDS - 1 and _spaced(ws, first - 1)
               and _item_word(ws[first - 1])):
            first -= 1
        items.append((first, last))
        if first == 0:
            return []
        before = ws[first - 1]
        if before[TEXT] in ("and", "or") and first > 1:
            last = first - 2  # not "&", which joins the words of one name ("Tanks & Temples")
        elif text[before[END]:before[RAW_END]] == "," and before[RAW_END] + 1 == ws[first][START]:
            last = first - 1
        elif before[TEXT].islower() and _spaced(ws, first - 1):
            return items
        else:
            return []
    return []


def _spaced(ws: list[Word], k: int) -> bool:
    """Whether one space and nothing else lies between ``ws[k]`` and ``ws[k + 1]``."""
    return ws[k][END] == ws[k][RAW_END] and ws[k][RAW_END] + 1 == ws[k + 1][START]


def _plural(item: Word) -> bool:
    """Whether a plain item ends in a plural noun: things, not a method ("two complementary
    approaches: discrete tokens and continuous features").

    >>> _plural((0, 15, 15, "discrete tokens")), _plural((0, 14, 14, "confusion loss"))
    (True, False)
    """
    return item[TEXT].endswith("s") and not item[TEXT].endswith(("ss", "is", "us"))


def _lower_in_place(text: str) -> str:
    """``text`` lower-cased with every offset kept: a character whose lower case is longer ("İ" ->
    "i̇") stays as it is, so that positions found in the result are positions in ``text``."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _colons(folded: str) -> list[int]:
    """Where each colon followed by a space and a word stands in ``folded``.

    >>> _colons("two methods: a and b; x: 1")
    [11]
    """
    found = []
    colon = folded.find(": ")
    while colon >= 0:
        if folded[colon + 2:colon + 3].isalpha():
            found.append(colon)
        colon = folded.find(": ", colon + 2)
    return found


def _heads_near(folded: str, position: int) -> bool:
    """Whether a method head (:data:`METHOD_HEADS`) soon after ``position`` of the lower-cased
    text ends an item before a comma, "and" or "or": a cheap test before the list there is read
    word by word (a list of two techniques has one before its last).

    >>> _heads_near("via data augmentation and x", 4), _heads_near("via question answering, x", 4)
    (True, False)
    """
    ws = folded[position:position + _PLAIN_REACH].split()
    return any(word[:-1] in METHOD_HEADS if word.endswith(",")
               else word in METHOD_HEADS and following in _JOIN for word, following in zip(ws, ws[1:]))


def _plain_item(text: str, position: int, starts: dict[int, Word]) -> Word | None:
    """The plain words from ``position`` to the next list separator (up to :data:`_PLAIN_WORDS`,
    not counting an inner "of": "mixture of experts"), less the describing words before them
    (:data:`_PLAIN_MODIFIERS`); None when there is none."""
    first: Word | None = None
    last: Word | None = None
    count = 0
    while (word := starts.get(position)) is not None and count < _PLAIN_WORDS:
        low = word[TEXT].lower()
        if low in _NOT_PLAIN:
            return None
        if (not _PLAIN_WORD.fullmatch(word[TEXT]) or low in _JOIN
                or low in FUNCTION_WORDS and (low != "of" or last is None)):
            break
        if first is None and low in _PLAIN_MODIFIERS:
            position = word[RAW_END] + 1
            continue
        first = first or word
        last = word
        count += low != "of"
        if word[RAW_END] != word[END] or text[word[END]:word[END] + 1] != " ":
            break
        position = word[END] + 1
    if first is None or last is None or last[TEXT].lower() == "of":
        return None
    return (first[START], last[END], last[RAW_END], text[first[START]:last[END]])


def _words_and_links(doc: Doc, writer: SpanWriter,
                     field: Field) -> tuple[dict[int, Word], dict[int, tuple[int, str]]]:
    """The words of ``field`` by start, and the end and kind of each span linked so far by start
    (offsets in the field), for :meth:`ListedNames._listed`."""
    starts = {w[0]: w for w in field_words(doc, field)}
    linked = {s.start_char - field.start: (s.end_char - field.start, s.label_) for s in writer.spans()
              if field.start <= s.start_char < field.end}
    return starts, linked


def _opens_sentence(text: str, position: int) -> bool:
    """Whether a capitalised word starts a sentence at ``position``.

    >>> _opens_sentence("Done. On X, y", 6), _opens_sentence("On X", 0), _opens_sentence("done on X", 5)
    (True, True, False)
    """
    return text[position].isupper() and (position == 0 or text.startswith(". ", position - 2))


def _word_before(text: str, position: int) -> str:
    """The lower-cased word that ends right before the spaces before ``position``.

    >>> _word_before("methods based on A", 14)
    'based'
    """
    end = len(text[:position].rstrip())
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def _with_next(text: str, word: Word, starts: dict[int, Word], linked: dict[int, tuple[int, str]],
               name_word: Callable[[str], bool]) -> Word:
    """``word`` and the unlinked name word one space after it as one name ("NWPU VHR-10",
    "nnUNet Primus-M"): a qualified name is two name words with nothing between them."""
    following = starts.get(word[END] + 1) if word[RAW_END] == word[END] else None
    if (following is None or following[START] in linked or following[TEXT].islower()
            or not name_word(following[TEXT])):
        return word
    return (word[START], following[END], following[RAW_END], text[word[START]:following[END]])


_SEPARATOR_END = re.compile(r"(?:,|/|&|and|or)$", re.IGNORECASE)  # how a _GAP before a unit ends


def _may_chain(text: str, offset: int, spans: list[tuple[int, int, Span]], ws: list[Word]) -> bool:
    """Whether :meth:`ListedNames._chains` may find a chain in a field's ``text`` (``spans``: its linked
    spans, offsets in the doc, ``offset`` where the field starts; ``ws``: its words): a cheap test,
    a few words around each linked span, that skips the walk over all the field's words where no
    chain can be (an exact gate).

    A chain it keeps holds a linked unit and an unlinked one side by side, a :data:`_GAP` in full
    between them. An unlinked unit starts where a word not all in lower case that no linked span
    covers starts, and ends where such a word ends (a unit of two words too). A text the gap pattern
    matches in full from a position ends no later than its match there (its three ways exclude each
    other by their first mark, ",", a word or "/", and each takes all the spaces it can; the number in
    brackets before them is there or not by the text), and holds at most :data:`_GAP_WORDS` words
    ("(84 M), and"). So such a word starts inside the gap's match after a linked span, or ends
    before one, at most that many words back, a gap in full between.

    >>> from paperkg.ingest.extract.names import words
    >>> from spacy.lang.en import English
    >>> text = "on DAVIS17, MOSE and OVIS"; doc = English().make_doc(text)
    >>> _may_chain(text, 0, [(3, 10, doc[1:2])], words(text)), _may_chain(text, 0, [], words(text))
    (True, False)
    >>> text = "on DAVIS17, and other data"
    >>> _may_chain(text, 0, [(3, 10, doc[1:2])], words(text))
    False
    >>> text = "on Foo (84 M), and DAVIS17"
    >>> _may_chain(text, 0, [(19, 26, doc[1:2])], words(text))
    True
    """
    taken = bytearray(len(text))
    bounds = []
    for start_char, end_char, _ in spans:
        start, end = start_char - offset, end_char - offset
        taken[start:end] = b"\x01" * (end - start)
        bounds.append((start, end))
    for start, end in bounds:
        gap = _GAP.match(text, end)
        if gap is not None:  # a word after it
            i = bisect.bisect_right(ws, end, key=_START_OF)
            while i < len(ws) and ws[i][START] <= gap.end():
                if _free_word(taken, ws[i]) and _GAP.fullmatch(text, end, ws[i][START]):
                    return True
                i += 1
        if _separator_before(text, start):  # a word before it
            i = bisect.bisect_left(ws, start, key=_END_OF)
            for word in ws[max(0, i - _GAP_WORDS - 1):i]:
                if _free_word(taken, word) and _GAP.fullmatch(text, word[END], start):
                    return True
    return False


#: The most words a :data:`_GAP` text holds: a number in brackets ("( 84 M )") and "and" or "or".
_GAP_WORDS = 3
_START_OF, _END_OF = itemgetter(START), itemgetter(END)


def _free_word(taken: bytearray, word: Word) -> bool:
    """Whether ``word`` may be (the first or last word of) an unlinked unit of a chain: not all in lower
    case, and no linked span (``taken``) on it."""
    return not word[TEXT].islower() and taken.find(1, word[START], word[END]) < 0


def _joined(text: str, start: int, end: int) -> bool:
    """Whether a list separator (:data:`_GAP`) may end right before ``text[start:end]`` or
    starts right after it: what every list with that unit in it needs (a cheap test first).

    >>> (_joined("on DAVIS17, MOSE", 3, 10), _joined("on DAVIS17, MOSE", 12, 16),
    ...  _joined("on DAVIS17 only", 3, 10))
    (True, True, False)
    """
    return _GAP.match(text, end) is not None or _separator_before(text, start)


def _separator_before(text: str, start: int) -> bool:
    """Whether a list separator (:data:`_GAP`) may end right before ``text[start:]``: every text the
    pattern matches ends in one of its marks and spaces."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return _SEPARATOR_END.search(text, max(0, start - 3), start) is not None


def _example_cues(folded: str) -> list[re.Match[str]]:
    """``_EXAMPLE_CUE.finditer(folded)``'s matches, the pattern tried only where one of its words
    (:data:`_CUE_WORDS`) starts (:func:`~paperkg.ingest.text.matches_at`): a scan tries every position
    that starts with one of the words' first letters, a fifth of a text's letters.

    >>> [m.group() for m in _example_cues("methods such as a, e.g. b; likely, like  c")]
    ['such as ', 'e.g. ', 'like  ']
    """
    return matches_at(_EXAMPLE_CUE, folded, starts_of(folded, _CUE_WORDS))


def _first(item: tuple[int, int, Span]) -> int:
    return item[0]
