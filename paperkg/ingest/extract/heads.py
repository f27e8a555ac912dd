"""Names that a head noun types: the ``paperkg_heads`` component (:class:`HeadNouns`).

- a name before its head noun: "the DSEC dataset", "our BeaverTails classification
  benchmark", "3DSSG and Replica benchmarks", "a ResNetRS50 backbone" (not "X LLM": too often
  an adjective, "Text-to-Text LLM");
- a name after it: "the prior occupancy model COAP", "datasets FSD-50K and GTZAN",
  "two new benchmarks: SUSTech1K-E and CCGR-Mini-E";
- a name in apposition: "LAMBDA, a multi-agent data-analysis system", "PolarNS and
  PolarBurstSR, two innovative datasets";
- a name a naming word gives after a noun: "a novel SSL framework, namely CITab", "a fine-tuning
  strategy called PoseMaskRefine", "a novel multi-modal tracker, dubbed RDTTrack";
- a Title Case name of several words before a singular head noun: "the GameVibe Few-Shot
  dataset", "the Ubuntu Dialogue Corpus" (of plain words before a data noun too: "the Long Range
  Arena benchmark"), and with a head that only counts capitalised, as part of the name: "a User
  Understanding Agent", "the Political Compass Test".

The head noun gives the kind. A dataset name keeps a year after it ("YouTube-VOS 2019").
Names are words with inner capitals, digits or all capitals ("ScanNet200", "CRC-HGD",
"QRData"); a plain capitalised word ("Replica") counts only right before a singular dataset
noun inside a sentence.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.discover import FUNCTION_WORDS, RuleComponent, field_span, field_text, field_words
from paperkg.ingest.extract.names import DEFAULT_TASK_NOUNS, END, RAW_END, START, TEXT, Word, ascii_lower
from paperkg.ingest.extract.spans import SPANS_KEY, Field, SpanWriter, doc_fields, known_names, span_value
from paperkg.ingest.records import Kind, Role

__all__ = ["DEFAULT_HEAD_NOUNS", "DEFAULT_NAME_HEADS", "HeadNouns"]

#: Head nouns by kind, singular and plural.
DEFAULT_HEAD_NOUNS: dict[str, list[str]] = {
    "dataset": ["dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "testbed",
                "leaderboard", "database", "challenge", "competition"],
    "model": ["model", "models", "backbone", "backbones", "architecture", "architectures", "system",
              "detector", "encoder", "classifier"],
    "technique": ["algorithm", "algorithms", "method", "framework", "optimizer", "technique", "approach",
                  "mechanism", "paradigm", "strategy", "scheme", "module", "regularizer"],
}
#: Head nouns that count only capitalised, at the end of a Title Case name, as part of it
#: ("an Item Ranker Agent", "the Political Compass Test"; not "GUI agents", "the KITTI test set").
DEFAULT_NAME_HEADS: dict[str, list[str]] = {"dataset": ["test", "set"], "model": ["agent"]}
_PLURALS = frozenset({"datasets", "benchmarks", "corpora", "models", "backbones", "architectures",
                      "algorithms"})
#: Last words that make a Title Case run before a data noun a task, not a name ("the Left Atrial
#: Segmentation dataset").
_TASK_ENDS = frozenset(DEFAULT_TASK_NOUNS)
_JOIN = frozenset({"and", "or", "&"})
_DET = frozenset({"a", "an", "the"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_MODIFIER = re.compile(r"[a-z][a-z-]*")
_NUMBERS = frozenset({"two", "three", "four", "five", "both"})
_VERSION = re.compile(r"v?\d+(?:\.\d+)+")  # "MultiVENT 2.0"
_RUN = 4  # the most words of a Title Case name before its head noun
_ADJECTIVE = re.compile(r"-[a-z]{3,}$")  # "LLM-based", "Model-simulated"
#: Head nouns that type only the name word right before them ("the ADNI database", "the 8th
#: ABAW challenge"; not "the CVPR event-based eye-tracking challenge"), never one after them.
_DIRECT = frozenset({"database", "challenge", "competition"})
#: Head nouns a Title Case run before is not a name of: a hardware design ("the NVIDIA Blackwell
#: architecture"), a system described in capitals ("a multimodal Language INdependent Collaboration system").
_NOT_AFTER_RUN = frozenset({"architecture", "system"})
#: Technique heads that a describing phrase goes before more often than a name: they type only a
#: name word right before them, lower-case ("the ACmix module", "an SDE-Corrector mechanism"; not
#: "a 2D-to-3D projection training scheme", "An Efficient Plug-and-Play Strategy"); not one after
#: them, which abbreviates the phrase before ("a multi-scale gate module (MSGate)", "a quadratic
#: regularizer (DAQ)"). A name in apposition to one is typed ("ZoomText, a coarse-to-fine strategy").
_PART_HEADS = frozenset({"mechanism", "paradigm", "strategy", "scheme", "module", "regularizer"})
#: Event heads that, capitalised after a Title Case run, end the name of a shared task or contest: the
#: name keeps them ("the GenText-Forensics Challenge", "the Fair Disease Diagnosis Challenge", "the 5th PVUW
#: Challenge"); 774 corpus abstracts hold a capitalised run before "Challenge" or "Competition".
_EVENTS = frozenset({"challenge", "competition"})
#: Words of a contest in a paper that names one with plain capitalised words only ("the Autonomous Greenhouse
#: Challenge"): else such a run names a problem or a goal ("the Cold Start Challenge", "The Nobel Turing
#: Challenge sets the goal", "the 2024 Grand Challenge on ..."); an edition before the run ("the second",
#: "the latest") or a venue or year after it does too.
_CONTEST = re.compile(r"\b(?:tracks?|teams?|ranked|ranking|winning|won|winners?|workshops?|participants|"
                      r"leaderboards?|organi[sz]ed|hosted|submissions?|baselines)\b", re.IGNORECASE)
_EDITION = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"latest|recent|annual|inaugural")
_VENUE = re.compile(r" (?:at [A-Z]|(?:19|20)\d\d\b)")  # "Challenge at Interspeech 2025", "Competition 2023"
_STOPS = frozenset({".", "?", "!"})  # what ends the sentence before a word
#: A word of plain words joined by "-to-" before a data head noun says what the data maps from and to, a
#: task, or how it runs, not its name: "text-to-SQL benchmarks", "Existing Document-to-Table benchmarks",
#: "An End-to-End Benchmark" (176 corpus abstracts hold the shape; a word with an inner capital is built of
#: names: "the SemanticKITTI-to-SemanticSTF benchmark").
_TASK_PAIR = re.compile(r"(?:[A-Za-z]+-)*[A-Za-z]+-to-[A-Za-z]+(?:-[A-Za-z]+)*")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_ONLY_BEFORE = _DIRECT | _PART_HEADS  # heads that type only the name right before them
_NOT_APPOSED = _PLURALS | _DIRECT  # heads that do not type a name in apposition ("X, a ... challenge")
#: Nouns that name a part of a dataset, or a shared task, after the words that say so: the name
#: before them is a dataset's ("a 997-sentence FLORES+ dev set", "the KITTI test set", "under
#: VBench-I2V test suite", "the MM-ArgFallacy2025 shared task").
_SPLIT = frozenset({"test", "dev", "development", "validation", "val", "training", "train", "evaluation",
                    "eval", "held-out"})
_PART_WORDS: dict[str, frozenset[str]] = {
    "set": _SPLIT, "sets": _SPLIT, "split": _SPLIT, "splits": _SPLIT, "suite": _SPLIT,
    "task": frozenset({"shared"}), "tasks": frozenset({"shared"}),
}
#: An acronym with a small letter inside ("OoD" for out-of-distribution): before a plural head
#: noun, like an all-capitals word ("three RSI benchmark datasets"), a category, not a name.
_MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]")
#: A compound adjective or phrase in a title's capitals, before a technique head noun: "An LLM-Based
#: Approach", "A LiDAR-Dominant multimodal refinement framework", "A Plug-and-Play Framework", "A Unified
#: Imagination-and-Planning Framework" say how the titled method works (its name is before the colon);
#: written in a sentence, they are lower case ("an LLM-based approach"), which no name word is.
_TITLE_DESCRIPTION = re.compile(r"[\w.+]+(?:-[\w.+]+)*-[A-Z][a-z]+(?:ed|ven|ant)"
                                r"|[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*-(?:and|to|then|as)-"
                                r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")
#: Acronyms of a signal, an imaging or data modality, a design field, a class of equations or a
#: kind of hardware: before a model head noun they say what the model works on, they do not name
#: it ("an interpretable ECG foundation model", "the reference CAD model", "the PDE forward
#: model", "a MIL backbone", "the INT8 quantized model"). 252 corpus abstracts hold the shape.
_FIELD_ACRONYMS = frozenset({
    "EEG", "ECG", "EMG", "EOG", "PPG", "MEG", "fMRI", "MRI", "CT", "PET", "CXR", "OCT", "EHR", "WSI",
    "CAD", "PDE", "ODE", "SDE", "RNA", "DNA", "RGB", "RGB-D", "RGB-T", "RGBA", "SAR", "HSI", "LiDAR",
    "IMU", "GPU", "NPU", "TPU", "FPGA", "CPU", "INT8", "INT4", "FP8", "FP16", "MIL", "GUI", "UAV", "IoT",
})


#: The same before a dataset head noun, and a few more kinds of signal, scan or sensor: "a synthetic CAD
#: dataset", "An Open Multimodal EEG Dataset", "a 4K HDR image-video dataset", "a dataset of ICU discharge
#: notes" name no data (269 corpus abstracts write one before a singular data noun; the data's name is
#: elsewhere: "CineMatte-4K, a 4K HDR ... dataset").
_DATA_FIELDS = _FIELD_ACRONYMS | frozenset({"HDR", "GPS", "NIR", "SWIR", "ICU", "BCI", "HOI", "sMRI", "dMRI",
                                            "DTI", "CTA", "MRA"})


class HeadNouns(RuleComponent):
    """Discover names typed by a head noun next to them (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None,
                 kind_words: Mapping[str, Sequence[str]] | None = None,
                 head_nouns: Mapping[str, Sequence[str]] | None = None,
                 name_heads: Mapping[str, Sequence[str]] | None = None) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        nouns = DEFAULT_HEAD_NOUNS if head_nouns is None else head_nouns
        self.heads = {noun.lower(): Kind(kind) for kind, ns in nouns.items() for noun in ns}
        named = DEFAULT_NAME_HEADS if name_heads is None else name_heads
        self.name_heads = {noun.lower(): Kind(kind) for kind, ns in named.items() for noun in ns}
        #: every lower-case word :meth:`_head_words` may keep: a head noun (possessive too), a name
        #: head, a part word
        self._cues = frozenset({*self.heads,
                                *(noun + mark for noun in self.heads for mark in _POSSESSIVE_MARKS),
                                *self.name_heads, *_PART_WORDS})

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        for field in doc_fields(doc):
            text = field_text(doc, field)
            ws = field_words(doc, field)  # made once per doc: the later components read them too
            for i in self._head_words(ws):
                low = _unpossessed(ws[i][TEXT].lower())
                if low != ws[i][TEXT].lower():  # "the BEAM benchmark's memory tasks": a name before only
                    if _capital_before(ws, i) and low in self.heads:
                        self._before(doc, writer, field, text, ws, i, self.heads[low], low in _PLURALS)
                    continue
                # a split ("test set"), not "the MIDOG 2025 Atypical Training Set"
                if low in _PART_WORDS and ws[i][TEXT].islower():
                    self._split(doc, writer, field, ws, i)
                    continue
                kind, plural = self.heads.get(low), low in _PLURALS or _compound_plural(ws, i)
                if _capital_before(ws, i):  # a name can only be there
                    if not plural and field.name != "title" \
                            and self._title_case(doc, writer, field, text, ws, i):
                        continue
                    if kind is not None:
                        self._before(doc, writer, field, text, ws, i, kind, plural)
                if kind is not None and not plural and low not in _PART_HEADS:
                    self._bracketed(doc, writer, field, text, ws, i, kind)
                if kind is None or low in _ONLY_BEFORE:
                    continue
                if i + 1 < len(ws) and not ws[i + 1][TEXT].islower():
                    self._after(doc, writer, field, text, ws, i, kind, plural)
            starts = _apposition_starts(text)
            if starts:
                self._appositions(doc, writer, field, text, ws, starts)
            if any(word in text for word in _NAMING_WORDS):
                self._named_by_word(doc, writer, field, text, ws)

    def _head_words(self, ws: list[Word]) -> list[int]:
        """The indices of the words that are head nouns, A-Z folded ("Dataset", "(datasets)";
        not "datasets-based"). One set lookup per word: cheaper than a pattern of all the head
        nouns run over the text and its matches looked up among the words."""
        heads, named, cues = self.heads, self.name_heads, self._cues
        # a first pass keeps the few words whose str.lower is a cue at all (one C call and one set
        # lookup per word); the rest of the test runs on those. A word A-Z folds to a cue only
        # when str.lower gives the same (its other characters are no letters a cue holds), so
        # the first pass drops no word the A-Z folded test keeps ("K" (Kelvin) lowers to "k").
        found = []
        for i in [i for i, word in enumerate(ws) if word[TEXT].lower() in cues]:
            text = ws[i][TEXT]
            low = text.lower() if text.isascii() else ascii_lower(text)
            if (low in heads or _unpossessed(low) in heads or low in named and text[0].isupper()
                    or low in _PART_WORDS and i > 1 and text.islower()):
                found.append(i)
        return found

    def _split(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], i: int) -> None:
        """"a 997-sentence FLORES+ dev set", "the CLEARS shared task": the name word before a split
        word and ``ws[i]`` (:data:`_PART_WORDS`) is a dataset's."""
        if ws[i - 1][TEXT].lower() in _PART_WORDS[ws[i][TEXT]] and _spaced(ws, i - 1) and _spaced(ws, i - 2) \
                and self.rules.name_word(ws[i - 2][TEXT]):
            self._link(doc, writer, field, ws, i - 2, Kind.DATASET, 0.8)

    def _bracketed(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int,
                   kind: Kind) -> None:
        """"a machine-centric image quality database (MIQD-2.5M)": a name word alone in brackets
        right after a singular head noun is the name of what the head noun says; not a plain
        acronym, which abbreviates the words before it ("a large pattern database (PDB)")."""
        end = ws[i][END]
        if (ws[i][RAW_END] != end or i + 1 == len(ws) or ws[i + 1][START] != end + 2
                or not text.startswith(" (", end)):
            return
        word = ws[i + 1]
        if (text.startswith(")", word[END]) and self.rules.name_word(word[TEXT])
                and not (word[TEXT].isalpha() and word[TEXT].isupper())):
            self._link(doc, writer, field, ws, i + 1, kind, 0.8)

    def _link(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], j: int, kind: Kind,
              confidence: float, role: Role = Role.MENTIONS, first: int | None = None,
              stem: bool = True) -> bool:
        """Link the name ``ws[j]`` (``ws[first:j + 1]`` when ``first`` is given) as a ``kind`` (``stem``: also
        where the vocabulary took its first hyphen parts, :func:`_vocabulary_stem`)."""
        word = ws[j]
        if first is None and word[TEXT].lower() in self.heads:
            return False  # "... LLM BenchmarK (LLM-KICK)": the head noun itself
        end = word[END]
        if kind is Kind.DATASET and j + 1 < len(ws) and word[RAW_END] == word[END] \
                and _YEAR.fullmatch(ws[j + 1][TEXT]):
            end = ws[j + 1][END]  # "YouTube-VOS 2019", "MIDOG 2025"
        span = field_span(doc, field, ws[j if first is None else first][START], end)
        if span is None:
            return False
        if not writer.free(span.start, span.end) and not (
                stem and kind is Kind.DATASET and first is None
                and _vocabulary_stem(doc, writer, span, word[TEXT])):
            return False
        return self.add_name(doc, writer, span.start, span.end, kind, confidence, role) is not None

    def _title_case(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word],
                    i: int) -> bool:
        """"the GameVibe Few-Shot dataset", "the Ubuntu Dialogue Corpus", "an Item Ranker Agent":
        a Title Case run (:meth:`_run_start`) and the singular head noun ``ws[i]`` after it, as
        one name; a capitalised head is part of it. Two words at least, or one name word before
        a head of :attr:`name_heads` ("NLI Agent"). A run needs a name word in it ("GameVibe")
        unless its capitalised head names data or is a name head: "the Large Language Model"
        names nothing; nor does a head that Title Case words go on after ("the NVIDIA Open Model
        License"), nor a run that describes a name (:meth:`_describes`)."""
        head = ws[i][TEXT]
        named = head.lower() in self.name_heads
        kind = self.name_heads[head.lower()] if named else self.heads[head.lower()]
        if (kind is Kind.TECHNIQUE or head.lower() in _NOT_AFTER_RUN or named and not head[1:].islower()
                or _name_goes_on(text, ws, i)):
            return False
        capital = head[0].isupper()
        event = capital and head.lower() in _EVENTS  # "the BabyLM Challenge", "The DCASE 2025 Challenge"
        start = self._run_start(ws, i, text, event)
        if start is None or self._describes(doc, ws, start, i + 1 if capital else i):
            return False
        strong = any(self.rules.name_word(word[TEXT]) for word in ws[start:i])
        # a plain run before a lower-case data noun names the data unless it names a task ("the Panoptic
        # Studio dataset", "the Semantic Shuffle benchmark"; not "the Left Atrial Segmentation dataset")
        # (not before "database", "challenge", "competition": "a Bayesian Bertrand competition"; but a
        # capitalised event names one: "the Left Atrial Segmentation Challenge")
        plain_data = event or (kind is Kind.DATASET and ws[i - 1][TEXT].lower() not in _TASK_ENDS
                               and head.lower() not in _DIRECT)
        if event and not strong and not (_EDITION.fullmatch(ws[start - 1][TEXT].lower())
                                         or _VENUE.match(text, ws[i][END]) or _CONTEST.search(text)):
            return False  # "We tackle the Cold Start Challenge": a problem, not a contest
        if i - start < 2 and not ((named or event) and strong) or not (
                strong or (capital or plain_data) and (named or kind is Kind.DATASET)):
            return False
        last = i if capital else i - 1
        if kind is Kind.DATASET and not named:  # (not "a Visual Turing Test")
            _free_of_techniques(doc, writer, field, ws[start][START], ws[last][END], event)
        return self._link(doc, writer, field, ws, last, kind, 0.8, first=start)

    def _run_start(self, ws: list[Word], i: int, text: str, event: bool = False) -> int | None:
        """Where the run of up to four capitalised words (:meth:`_capitalised`) right before
        ``ws[i]`` starts, one space apart; None when there is none or it does not lie inside a
        sentence after a lower-case word other than "and" or "or" ("Using the X", "A and B
        Dataset": the end of a longer name). Before an ``event`` head (:data:`_EVENTS`), a run word
        may start with a digit ("1X", "3D") and the run may open a sentence after "The" ("The 1X
        World Model Challenge introduces ...")."""
        start = i
        while start > 0 and i - start < _RUN and _spaced(ws, start - 1) and (
                self._capitalised(ws[start - 1])
                or event and ws[start - 1][TEXT][0].isdigit() and ws[start - 1][TEXT][-1].isupper()):
            start -= 1
        if start == i or start == 0 or not _spaced(ws, start - 1) \
                or not (ws[start][TEXT][0].isupper() or event and ws[start][TEXT][0].isdigit()):
            return None
        before = ws[start - 1][TEXT]
        if event and before == "The" and (
                start == 1 or text[ws[start - 2][END]:ws[start - 2][RAW_END]] in _STOPS):
            return start
        return start if before.islower() and before not in _JOIN else None

    def _describes(self, doc: Doc, ws: list[Word], start: int, end: int) -> bool:
        """Whether the name ``ws[start:end]`` spells out or describes another name: its initials
        start a word of the paper ("DSDBench: the Data Science Debugging Benchmark", "VGRP-Bench"
        for "Visual Grid Reasoning Puzzle Benchmark"; hyphens left out), or it is in apposition
        to a name word ("A2HCoder: a Hierarchical Algorithm-to-HDL Coding Agent")."""
        if ws[start - 1][TEXT] in _DET and start > 1 and ws[start - 2][RAW_END] == ws[start - 2][END] + 1 \
                and self.rules.name_word(ws[start - 2][TEXT]):
            return True
        initials = "".join(word[TEXT][0] for word in ws[start:end])
        # (a word's letters without hyphens lie in its field's: a field without the initials there
        # has no such word, and most have none)
        return any(initials in field_text(doc, field).replace("-", "")
                   and any(word[TEXT].replace("-", "").startswith(initials)
                           for word in field_words(doc, field))
                   for field in doc_fields(doc))

    def _capitalised(self, word: Word) -> bool:
        """Whether ``word`` may be a word of a Title Case name: capitalised or a number ("MIDOG
        2025 Atypical Training Set"), not a function word, a compound adjective ("LLM-based") or
        a generic acronym ("LLM"; a generic title word is one: "User Understanding Agent")."""
        text = word[TEXT]
        return ((text[0].isupper() or text.isdigit()) and text.lower() not in FUNCTION_WORDS
                and not _ADJECTIVE.search(text) and (text[1:].islower() or not self.rules.generic_name(text)))

    def _before(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int,
                kind: Kind, plural: bool) -> None:
        """"the DSEC dataset", "our BeaverTails classification benchmark", "3DSSG and Replica benchmarks"."""
        j = i - 1
        low = _unpossessed(ws[i][TEXT].lower())
        if low in _PART_HEADS and not ws[i][TEXT].islower():
            return
        direct = low in _ONLY_BEFORE
        while not direct and j >= 0 and i - j <= 2 and ws[j][RAW_END] == ws[j][END] \
                and _MODIFIER.fullmatch(ws[j][TEXT]) and ws[j][TEXT] not in FUNCTION_WORDS \
                and ws[j][TEXT] not in self.heads:
            j -= 1
        if j < 0 or ws[j][RAW_END] != ws[j][END]:
            return
        names = [j]
        k = j
        while True:  # "A and B", "A, B, and C", "A, B"
            if k >= 2 and ws[k - 1][TEXT] in _JOIN:
                prev = k - 2
            elif k >= 1 and text[ws[k - 1][END]:ws[k - 1][RAW_END]] == ",":
                prev = k - 1
            else:
                break
            if not self.rules.name_word(ws[prev][TEXT]) \
                    or text[ws[prev][END]:ws[prev][RAW_END]] not in {"", ","}:
                break
            names.append(prev)
            k = prev
        strong = self.rules.name_word(ws[j][TEXT])
        if not strong and kind is Kind.DATASET and not plural and len(names) == 1 and "-" in ws[j][TEXT]:
            # "our proposed Falcon-test dataset", "the DeformingThings4D-skl dataset": a lower-case part after
            # a vocabulary name makes no name word, but names the data with it (only where the vocabulary
            # took the stem: :func:`_vocabulary_stem`)
            stem, tail = ws[j][TEXT].split("-", 1)
            span = field_span(doc, field, ws[j][START], ws[j][END])
            if (i - j == 1 and self.rules.name_word(stem) and _stem_tail(tail) and span is not None
                    and not writer.free(span.start, span.end)):
                self._link(doc, writer, field, ws, j, kind, 0.7)
            return
        if (strong and kind is Kind.TECHNIQUE and field.name == "title"
                and _TITLE_DESCRIPTION.fullmatch(ws[j][TEXT])):
            return  # "An LLM-Based Framework", "A Plug-and-Play Framework": how the method works, no name
        weak = (not strong and not plural and not direct and kind is Kind.DATASET and field.name != "title"
                and ws[j][TEXT][:1].isupper() and ws[j][TEXT][1:].islower() and ws[j][TEXT].isalpha()
                and j > 0 and ws[j - 1][TEXT].lower() in _DET | {"our"})
        if not (strong or weak) or kind is Kind.MODEL and ws[j][TEXT] in _FIELD_ACRONYMS \
                or kind is Kind.DATASET and len(names) == 1 and ws[j][TEXT] in _DATA_FIELDS:
            return  # "an ECG foundation model", "a novel HDR dataset": the field of a model or data, no name
        if kind is Kind.DATASET and len(names) == 1 and _TASK_PAIR.fullmatch(ws[j][TEXT]) \
                and not _INNER_CAPITAL.search(ws[j][TEXT]):
            return  # "Existing Document-to-Table benchmarks", "An End-to-End Benchmark": a task, a way
        category = ws[j][TEXT].isupper() or _MIXED_ACRONYM.fullmatch(ws[j][TEXT]) is not None
        if plural and len(names) == 1 and (category or kind is not Kind.DATASET and i - j > 1):
            return  # "VQA datasets", "RGB images": a category, not a name
        if strong and len(names) == 1 and low in _EVENTS and ws[i][TEXT][0].isupper() and _spaced(ws, j) \
                and not (i + 1 < len(ws) and _spaced(ws, i) and ws[i + 1][TEXT][:1].isupper()):
            # "the HoloAssist Challenge", "MMVPR Challenge: ...": the event's name keeps its head (not "the
            # DCASE Challenge Task 1 datasets": a longer name goes on, the name word before is the data's)
            self._link(doc, writer, field, ws, i, kind, 0.8, first=j)
            return
        for n in names:  # (a vocabulary stem only right before the head: not "the first LiDAR-Camera
            # multimodal benchmark", "fine-tuning Llama-3-on this dataset")
            self._link(doc, writer, field, ws, n, kind, 0.8 if strong else 0.7, stem=i - j == 1)

    def _after(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int,
               kind: Kind, plural: bool) -> None:
        """"the occupancy model COAP", "datasets FSD-50K and GTZAN", "benchmarks: A and B"."""
        if i == 0 or ws[i - 1][TEXT].lower() in {"of", "for", "on", "to", "with"} and not plural:
            return
        tail = text[ws[i][END]:ws[i][RAW_END]]
        low_head = ws[i][TEXT].lower()
        if tail == ",":
            if not plural:
                self._named_after_comma(doc, writer, field, text, ws, i, kind)
            return
        if tail not in {"", ":"} or low_head in _SPELLED_HEADS and _abbreviated(text, ws, i):
            return
        j = i + 1
        found = []
        while j < len(ws) and self.rules.name_word(ws[j][TEXT]):
            found.append(j)
            if not plural or ws[j][RAW_END] != ws[j][END] and text[ws[j][END]:ws[j][RAW_END]] != ",":
                break
            if j + 1 < len(ws) and ws[j + 1][TEXT] in _JOIN:
                j += 2
            elif ws[j][RAW_END] != ws[j][END]:
                j += 1
            else:
                break
        role = Role.INTRODUCES if _introduced(text, ws, i) else Role.MENTIONS
        for n in found:
            self._link(doc, writer, field, ws, n, kind, 0.8, role)

    def _named_after_comma(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word],
                           i: int, kind: Kind) -> None:
        """"we propose a novel method, FreeGrasp, that ...", "a new NLG model, Pictor, which": an
        indefinite head noun, a comma, and one name word set off by a comma or a bracket."""
        j = i + 1
        article = next((k for k in range(i - 1, max(-1, i - 7), -1) if ws[k][TEXT].lower() in {"a", "an"}),
                       None)
        if j >= len(ws) or article is None or any(w[RAW_END] != w[END] for w in ws[article:i]):
            return  # "a ... method," with nothing between but words
        word, after = ws[j][TEXT], text[ws[j][END]:ws[j][RAW_END]]
        bracket = not after and j + 1 < len(ws) and text[ws[j + 1][START] - 1:ws[j + 1][START]] == "("
        plain = (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 3
                 and word.lower() not in FUNCTION_WORDS and not self.rules.generic_name(word))
        if (after == "," or bracket) and (self.rules.name_word(word) or plain):
            role = Role.INTRODUCES if _introduced(text, ws, i) else Role.MENTIONS
            self._link(doc, writer, field, ws, j, kind, 0.8, role)

    def _appositions(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word],
                     starts: list[int]) -> None:
        """"LAMBDA, a multi-agent data-analysis system"; after a number, a plural head noun and
        the names listed before the comma: "PolarNS and PolarBurstSR, two innovative datasets",
        "MultiVENT 2.0 and TVR, two multimodal benchmarks" (``starts``: :func:`_apposition_starts`)."""
        for position in starts:
            j = bisect.bisect_left(ws, position, key=_start)
            if j >= len(ws) - 2 or ws[j][START] != position or text[ws[j][END]:ws[j][RAW_END]] != ",":
                continue
            word = ws[j]
            if not (self.rules.name_word(word[TEXT]) or self._plain_introduced(text, word)) \
                    or (j > 0 and ws[j - 1][TEXT].lower() in {"on", "in", "with", "using"}
                        and (_fronted(ws, j - 1) or ws[j + 1][TEXT] not in ("a", "an"))):
                continue
            numbered = ws[j + 1][TEXT].lower() in _NUMBERS
            for k in range(j + 2, min(len(ws), j + 8)):
                low = ws[k][TEXT].lower()
                kind = self.heads.get(low)
                if kind is not None and low not in _DIRECT and (low in _PLURALS) == numbered:
                    if _subject(ws, k):
                        break
                    if not numbered:
                        self._link(doc, writer, field, ws, j, kind, 0.8)
                    elif len(items := self._listed_before(text, ws, j)) >= 2:
                        for first, last in items:
                            self._link(doc, writer, field, ws, last, kind, 0.8, first=first)
                    break
                if ws[k][RAW_END] != ws[k][END] and text[ws[k][END]:ws[k][RAW_END]] != ",":
                    break

    def _named_by_word(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word]) -> None:
        """"a novel SSL framework, namely CITab", "a new collaborative MAD protocol, termed ColMAD", "a
        fine-tuning strategy called PoseMaskRefine", "a novel multi-modal tracker, dubbed RDTTrack": a
        singular noun of a method or a model (:data:`_NAMED_HEADS`), a naming word, and one name word that no
        capitalised word goes on from ("an interactive visualization tool, termed LoR-LUT Viewer" is a
        longer name); the noun gives the kind. (The intro rule reads "we propose ... termed X" too, but
        takes the first name-shaped word after the verb: "a new collaborative MAD protocol".)"""
        for match in _NAMED_BY_WORD.finditer(text):
            head = _named_noun(text, match)
            if head is None:
                continue
            noun, noun_start = head
            kind = _NAMED_HEADS.get(noun.lower())
            if kind is None:
                continue
            j = bisect.bisect_left(ws, match.end(), key=_start)
            if j >= len(ws) or ws[j][START] != match.end() or not self.rules.name_word(ws[j][TEXT]) \
                    or _name_goes_on(text, ws, j) and not text.startswith(" (", ws[j][END]):
                continue  # (a bracket after the name spells it out: "called KFF (Knowledge ...)")
            if ws[j][TEXT] in known_names(doc):
                continue  # found already ("TimeTracker: ..." in the title): the kind it settles on is its own
            i = bisect.bisect_left(ws, noun_start, key=_start)
            role = Role.INTRODUCES if _introduced(text, ws, i) or _introduced_after(text, ws[j][END]) or (
                _OWN_NOUN.search(text, max(0, noun_start - 45), noun_start)) or _OWN_MADE.search(
                text[max(0, noun_start - 45):noun_start].rpartition(". ")[2]) else Role.MENTIONS
            self._link(doc, writer, field, ws, j, kind, 0.8, role)

    def _plain_introduced(self, text: str, word: Word) -> bool:
        """Whether ``word``, a plain capitalised word ("Mathesis", "Cognivolve"), is a name the paper makes:
        its verb of making is right before it ("We propose Mathesis, a neuro-symbolic architecture", "we
        train Cognivolve, a 124 M-parameter GPT-2 model", "we introduce Agora, a benchmark"); its apposition
        then types it (:meth:`_appositions`). A plain word is no name word (:meth:`NameRules.name_word`), and
        "we introduce" does not take one (the intro rule asks for a name's shape)."""
        name = word[TEXT]
        return (len(name) > 3 and name[0].isupper() and name[1:].islower() and name.isalpha()
                and name.lower() not in FUNCTION_WORDS and not self.rules.generic_name(name)
                and _MADE_BEFORE.search(text, max(0, word[START] - 50), word[START]) is not None)

    def _listed_before(self, text: str, ws: list[Word], j: int) -> list[tuple[int, int]]:
        """The names of the list "A, B and C" that ends with the name word ``ws[j]``, as (first,
        last) word indices; a name may end in a version ("MultiVENT 2.0")."""
        items = [(j, j)]
        k = j
        while True:
            if k >= 2 and ws[k - 1][TEXT] in _JOIN:
                last = k - 2
            elif k >= 1 and text[ws[k - 1][END]:ws[k - 1][RAW_END]] == ",":
                last = k - 1
            else:
                break
            if text[ws[last][END]:ws[last][RAW_END]] not in {"", ","}:
                break
            first = (last - 1 if last > 0 and _VERSION.fullmatch(ws[last][TEXT]) and _spaced(ws, last - 1)
                     else last)
            if not self.rules.name_word(ws[first][TEXT]):
                break
            items.append((first, last))
            k = first
        return items


_APPOSITION = re.compile(r", (?:a|an|the|two|three|four|five|both) ")
# a noun, a naming word and what follows it: "framework, namely ", "strategy called ", "tracker, dubbed ",
# "framework, named as " (:meth:`HeadNouns._named_by_word`)
_NAMING_WORDS = ("termed", "dubbed", "called", "named", "namely", "coined")
_NAMED_BY_WORD = re.compile(r"\b(?P<noun>[A-Za-z]+),?\s+(?:" + "|".join(_NAMING_WORDS) + r")(?:\s+as)?\s+")
#: The singular nouns that, named by a naming word, give the name their kind: the head nouns of
#: :data:`DEFAULT_HEAD_NOUNS` (not "database", "challenge", "competition", "leaderboard": no name of
#: something made) and nouns of a made thing seldom written so before a name ("a visual token pruner
#: called ReconPruner", "a Triplane generator, namely TriplaneTurbo"). Not "data", "setting", "metric",
#: "task", "agent": "noisy data, termed AIRMVC" names a method, "an EDA-specialized metric named EDAgent" a
#: measure.
_NAMED_HEADS: dict[str, Kind] = {
    **{noun: Kind.DATASET for noun in ("dataset", "benchmark", "corpus", "testbed")},
    **{noun: Kind.MODEL for noun in ("model", "backbone", "architecture", "system", "detector", "encoder",
                                     "classifier", "network", "tracker", "generator")},
    **{noun: Kind.TECHNIQUE for noun in ("algorithm", "method", "framework", "optimizer", "technique",
                                         "approach", "mechanism", "paradigm", "strategy", "scheme", "module",
                                         "regularizer", "solver", "pruner", "protocol", "pipeline",
                                         "procedure")},
}
# what attaches a noun to a phrase before it, whose head it is not: "a novel method for CLIP with a reference
# model, termed DRRho-CLIP" names a method (:func:`_named_noun`)
_ATTACHED_NOUN = re.compile(r"\b(?:with|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}\Z")
# a determiner and a noun of :data:`_NAMED_HEADS` a few words on: the head of the phrase a naming word follows
_DETERMINED_NOUN = re.compile(r"\b(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + "|".join(_NAMED_HEADS)
                              + r")\b")
_HEAD_REACH = 120  # how far before an attached noun its phrase's head may start
# a verb of making right after a name a naming word gives: "an automatic annotation framework, named CAPO, is
# proposed"
_MADE_AFTER = re.compile(r",?\s+(?:is|was|are)\s+(?:(?:first|then|further|also)\s+)?"
                         r"(?:proposed|introduced|presented|developed|designed|constructed|built)\b")
# the paper's own noun before a naming word: "our method, dubbed LM-EEC"
_OWN_NOUN = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,3}\Z")
#: Before a noun a name is given to, words that make it the paper's own: "The resulting fine-tuned model,
#: named fCLIPSeg", "we further designed a dataset named 6GTech" (:meth:`HeadNouns._named_by_word`)
_OWN_MADE = re.compile(r"\b(?:[Tt]he resulting|[Ww]e\s+(?:[a-z]+\s+)?design(?:ed)?)\b")
#: A verb of making right before a name, after "we" or "this paper": "We propose X", "we also train X", "This
#: paper presents X" (:meth:`HeadNouns._plain_introduced`).
_MADE_BEFORE = re.compile(r"\b(?:[Ww]e|[Tt]his (?:paper|work|study|article))\s+"
                          r"(?:(?:also|then|further|first|here|now|thus|therefore)\s+)?"
                          r"(?:propose|present|introduce|develop|release|build|design|create|construct|curate|train)"
                          r"(?:s|d|ed)?\s+$")
#: A hyphen part after a vocabulary name that says how data is made or what it is like, not a name of its
#: own: "ImageNet-like", "GenImage-derived", "NIAH-style", "HELM-standardized", "English-centric",
#: "CITE-seq", "COCO-Based".
_STEM_ADJECTIVES = frozenset({"based", "like", "style", "derived", "centric", "specific", "level", "scale",
                              "grade", "wise", "free", "aware", "only", "oriented", "driven", "guided",
                              "related", "sized", "type", "inspired", "compatible", "format", "labeled",
                              "labelled", "annotated", "augmented", "generated", "sourced", "language",
                              "script", "grained", "seq", "powered", "enhanced", "standardized", "domain"})
_VOCAB = "paperkg_vocab"


def _stem_tail(rest: str) -> bool:
    """Whether the hyphen part ``rest`` starts with, after a vocabulary name, may be part of a name ("Dialog",
    "nuScenes", "test", "skl"; not "like", "derived", "Based": :data:`_STEM_ADJECTIVES`)."""
    tail = rest.split("-")[0]
    low = tail.lower()
    if tail.islower():  # a split or a short tag ("Falcon-test", "DeformingThings4D-skl"), not a word that
        # says what the data holds ("a paired CBCT-report dataset", "a panoramic RGB-D-pose dataset")
        return low in _SPLIT or len(low) <= 3 and low not in FUNCTION_WORDS and low not in _STEM_ADJECTIVES
    return bool(tail) and low not in _STEM_ADJECTIVES


def _vocabulary_stem(doc: Doc, writer: SpanWriter, span: Span, word: str) -> bool:
    """Free ``span``, the one hyphenated word ``word`` before a data head noun, of the vocabulary names
    that cover only its first hyphen parts ("the PubMed-Dialog dataset", "the DeformingThings4D-skl
    dataset", "UAV-SCC dataset", "the DriveLM-nuScenes dataset": the vocabulary matched "PubMed",
    "DeformingThings4D", "UAV", "DriveLM"), when what follows the stem is a name's part and not a
    describing one ("ImageNet-like", "NIAH-style": :data:`_STEM_ADJECTIVES`); whether it did so."""
    if "-" not in word:
        return False
    inside = [s for s in writer.spans() if s.start < span.end and s.end > span.start]
    if not inside or any(s.start != span.start or s.end >= span.end
                         or span_value(s, "extractor") != _VOCAB for s in inside):
        return False
    stem = max(s.end for s in inside)
    rest = doc[stem:span.end].text
    if not rest.startswith("-"):
        return False
    if not _stem_tail(rest[1:]):
        return False
    writer.drop(lambda s: s.start == span.start and s.end <= stem and span_value(s, "extractor") == _VOCAB)
    return True


def _apposition_starts(text: str) -> list[int]:
    """Where each word (no space or comma in it, after a space or at the start) right before
    ", a|an|the " or ", two|three|...|both " starts. The ", a " is searched for and the word read back from
    it, rather than a pattern for the word tried at every word of the text.

    >>> _apposition_starts("LAMBDA, a system; x,y, an z")
    [0]
    """
    starts = []
    for match in _APPOSITION.finditer(text):
        start = end = match.start()
        while start > 0 and not text[start - 1].isspace() and text[start - 1] != ",":
            start -= 1
        if start < end and (start == 0 or text[start - 1] != ","):
            starts.append(start)
    return starts


def _fronted(ws: list[Word], k: int) -> bool:
    """Whether the preposition ``ws[k]`` may open a phrase put before its clause's subject: it opens the
    text, is capitalised, or follows punctuation ("On MMLU, a model ...", "Finally, using X, a ..."). Not
    after a lower-case word in mid-sentence: "complemented it with SSDF-Navigator, a pluggable consultation
    navigation model", "classified using MICAnet, a deep learning model" (an indefinite apposition there
    names what the preposition takes; a definite one may still be the subject: "Working in synergy with
    DAScan, the Depth-Synergized State-Space Model (DS-SSM) modulates ...")."""
    return k == 0 or not ws[k][TEXT].islower() or not _spaced(ws, k - 1) or not ws[k - 1][TEXT].islower()


#: Verbs after a head noun that make its phrase the subject of a clause, not an apposition
#: ("to address the uncertainty of sparse CSI, a dual-scale feature extraction scheme is designed").
_SUBJECT_VERBS = frozenset({"is", "are", "was", "were", "has", "have"})


def _subject(ws: list[Word], k: int) -> bool:
    """Whether the head noun ``ws[k]`` is followed right away by a verb that makes it a clause's subject."""
    return k + 1 < len(ws) and ws[k][RAW_END] == ws[k][END] and ws[k + 1][TEXT].lower() in _SUBJECT_VERBS


_POSSESSIVE = re.compile(r"['\u2019]s$")
_POSSESSIVE_MARKS = ("'s", "\u2019s")  # the endings _POSSESSIVE takes off


def _unpossessed(low: str) -> str:
    """A lower-case word without a possessive ending ("benchmark's" -> "benchmark"), so that a head
    noun in the possessive types the name before it."""
    return _POSSESSIVE.sub("", low) if low.endswith("s") else low


# a word's start, the key its list is bisected by (a C-level key: a Python function called at each
# step of every bisection cost more than the search)
_start = operator.itemgetter(START)


def _name_goes_on(text: str, ws: list[Word], i: int) -> bool:
    """Whether a capitalised word or a bracket follows ``ws[i]``: "the NVIDIA Open Model
    License", "the Self-Annotated Reddit Corpus (SARC2.0)" (left to :mod:`~.abbreviations`)."""
    end = ws[i][END]
    return ws[i][RAW_END] == end and (text.startswith(" (", end) or i + 1 < len(ws) and _spaced(ws, i)
                                      and ws[i + 1][TEXT][:1].isupper())


def _free_of_techniques(doc: Doc, writer: SpanWriter, field: Field, start: int, end: int,
                        models: bool = False) -> None:
    """Drop the technique spans inside a dataset's name of several words (field characters
    ``[start, end)``) when nothing else is linked there: "the GameVibe Few-Shot dataset" names
    data, not the way of learning in it; with ``models``, model spans too: "the NVIDIA Nemotron
    Model Reasoning Challenge" names a contest, not a model it uses."""
    dropped = {Kind.TECHNIQUE.value, Kind.MODEL.value} if models else {Kind.TECHNIQUE.value}
    span = field_span(doc, field, start, end)
    if span is None:
        return
    inside = [sp for sp in writer.spans() if sp.start < span.end and span.start < sp.end]
    if inside and all(sp.label_ in dropped and span.start <= sp.start and sp.end <= span.end
                      for sp in inside):
        keys = {(sp.start, sp.end) for sp in inside}
        writer.drop(lambda sp: (sp.start, sp.end) in keys)


#: Head nouns whose bracketed plain acronym after them (:func:`_abbreviated`) abbreviates a description:
#: "the Human Visual System (HVS)", "The Bethesda System (TBS)", "a Cyber-Physical System (CPS)", "the
#: Fatality Analysis Reporting System (FARS)" name a body, a standard, a class of systems or a database, not
#: a trained model ("the Hierarchical Reasoning Model (HRM)" is one: other heads keep the acronym)
_SPELLED_HEADS = frozenset({"system"})


def _abbreviated(text: str, ws: list[Word], i: int) -> bool:
    """Whether a plain acronym alone in brackets follows the head noun ``ws[i]``: it abbreviates the
    words before ("the Human Visual System (HVS)", "Automatic Identification System (AIS) tracks", "a
    statistical intrusion detection system (IDS)"), no name of its own typed by the head
    (:meth:`HeadNouns._bracketed` reads a name word that is no plain acronym)."""
    if i + 1 == len(ws) or not text.startswith(" (", ws[i][END]):
        return False
    word = ws[i + 1][TEXT]
    return word.isalpha() and word.isupper() and text.startswith(")", ws[i + 1][END])


def _compound_plural(ws: list[Word], i: int) -> bool:
    """Whether a plural head noun follows the head noun ``ws[i]``: "benchmark datasets"."""
    return i + 1 < len(ws) and ws[i + 1][TEXT].lower() in _PLURALS and _spaced(ws, i)


def _spaced(ws: list[Word], k: int) -> bool:
    """Whether one space and nothing else (no punctuation) lies between ``ws[k]`` and ``ws[k + 1]``."""
    return ws[k][END] == ws[k][RAW_END] and ws[k][RAW_END] + 1 == ws[k + 1][START]


def _capital_before(ws: list[Word], i: int) -> bool:
    """Whether one of the three words before ``ws[i]`` is not all lower case."""
    for word in ws[max(0, i - 3):i]:
        if not word[TEXT].islower():
            return True
    return False


_INTRO = re.compile(r"\b(?:introduc|present|propos|releas|construct|build|buil"
                    r"|creat|curat|contribut|collect|develop)\w*"
                    r"|\b(?:new|novel)\b", re.IGNORECASE)


def _named_noun(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The noun a :data:`_NAMED_BY_WORD` match names and where it starts: its own noun, or, when that is
    attached to the phrase before by "with a" or "for a", the head noun of that phrase ("a novel method
    for CLIP with a reference model, termed DRRho-CLIP" names a method); None when there is none.

    >>> _named_noun("a method for CLIP with a reference model, termed X", _NAMED_BY_WORD.search(
    ...     "a method for CLIP with a reference model, termed X"))
    ('method', 2)
    """
    start = match.start("noun")
    if _ATTACHED_NOUN.search(text, max(0, start - 40), start) is None:
        return match.group("noun"), start
    before = text[max(0, start - _HEAD_REACH):start]
    before = before[before.rfind(". ") + 1:]
    heads = list(_DETERMINED_NOUN.finditer(before))
    if not heads:
        return None
    head = heads[-1]
    return head.group("noun"), start - len(before) + head.start("noun")


def _introduced_after(text: str, end: int) -> bool:
    """Whether a verb of making follows the name that ends at ``end``: "framework, named CAPO, is proposed".

    >>> _introduced_after("named CAPO, is proposed to", 10), _introduced_after("named CAPO, is used", 10)
    (True, False)
    """
    return _MADE_AFTER.match(text, end) is not None


def _introduced(text: str, ws: list[Word], i: int) -> bool:
    """Whether the head noun ``ws[i]`` follows an introducing word in its sentence ("we release
    two new benchmarks: A and B")."""
    start = ws[max(0, i - 8)][START]
    before = text[start:ws[i][START]]
    before = before[before.rfind(". ") + 1:]
    return _INTRO.search(before) is not None
