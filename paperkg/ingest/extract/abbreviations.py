"""Names a paper defines with a short form: the ``paperkg_abbreviations`` component.

"Low-Rank Adaptation (LoRA)": the long and the short form are one entity. The long form is
found by Schwartz & Hearst (2003), from the words whose initials spell a short form in capitals where
that starts it earlier ("Proximal Policy Optimization (PPO)", "VisualPatchWorld (VPW)"), or, for a coined
short form, as the title-case phrase before it ("a technique called Mixture of Scales (BinaryMoS)"). A
name before its long form in brackets is one entity with it ("ComprExIT (Context Compression via Explicit
Information Transmission)"). What the paper defines wins
over a vocabulary entity of the same letters that means something else. A title-case long form
and its short form before a singular dataset noun name a dataset ("on the Schema-Guided Dialogue
(SGD) dataset").
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span

from paperkg.ingest.extract.discover import FUNCTION_WORDS, RuleComponent, field_span, field_text
from paperkg.ingest.extract.lists import METHOD_HEADS
from paperkg.ingest.extract.names import DEFAULT_TASK_NOUNS, discovered_entity
from paperkg.ingest.extract.spans import Field, SpanWriter, doc_fields, fold, known_names
from paperkg.ingest.records import Entity, Kind, Origin, Role

__all__ = ["Abbreviations", "long_form_start", "names_concept", "names_no_method", "normal_name"]

# (a short form may start with a number of dimensions: "the 2D Tensor-Guided Adversarial Fusion (2D-TGAF)
# framework", "4D Gaussian Splatting (4DGS)"; 984 such short forms in the 104k corpus, 697 of them 3DGS)
_SHORT_FORM = r"[A-Za-z][\w.+-]{1,15}|[1-9]D[\w.+-]{1,14}"
_PAREN = re.compile(r"\((" + _SHORT_FORM + r")\)")
# (the name before its long form, and the long form, may open with a number of dimensions as _PAREN's short
# form does: "4DGS (4D Gaussian Splatting)")
_NAME_THEN_LONG = re.compile(r"(?P<short>" + _SHORT_FORM + r") "
                             r"\((?P<long>(?:[A-Z]|[1-9]D)[\w-]*(?:\s+[\w-]+){1,7})\)")
_TITLE_CASE_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:of|for|and|the|in|to|[A-Z][\w-]*))*\s+[A-Z][\w-]*\s*$")
#: A number of dimensions as a word or a word's start: "3D", "2D-HPE", "4DGS" ("3Dx" is none)
_DIMENSION = re.compile(r"(?<![\w-])[1-9]D(?![a-z0-9])")
INTRO_BEFORE = re.compile(
    r"\b(?:present(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|releas(?:e|es|ed|ing)"
    r"|develop(?:s|ed|ing)?|called|named|dubbed|termed)\b", re.IGNORECASE)
_GENERIC_HEADS = frozenset({"system", "systems", "framework", "model", "models", "network", "networks",
                            "tool"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


# after a short form: the part of a method it names ("the Distribution Alignment (DA) module")
_PART_AFTER = re.compile(r"\s+(module|block|mechanism|strateg(?:y|ies)|loss(?:es)?|branch(?:es)?|"
                         r"sub-?module)s?\b(?!-)")
# long forms that name a task, a measure or a place, not a method ("Model FLOPs Utilization (MFU)")
_NOT_METHOD_ENDS = frozenset(DEFAULT_TASK_NOUNS) | {
    "utilization", "likelihood", "ratio", "ratios", "rate", "score", "error", "accuracy", "engine",
    "distance", "index", "metric", "network", "networks", "model", "models"}
# a use word right before a long form, with no article between: a name taken from elsewhere (not
# "via", "based on", "built on": a paper names its own parts so, "adapted via Domain-Specific Semantic
# Alignment (DSSA)")
_BARE_USE = re.compile(r"(?<![\w-])(?:using|use|uses|leverag(?:e|es|ing)|by|from|(?<!based )(?<!built )on|"
                       r"employ(?:s|ing)?|"
                       r"adopt(?:s|ing)?|apply|applies|applying|utiliz(?:e|es|ing))\s+$", re.IGNORECASE)
_TASK_ENDS = frozenset(DEFAULT_TASK_NOUNS)
#: Task words that also end a way of doing something ("Decoupled Turn Policy Optimization"), unlike
#: "recognition" or "segmentation" ("Named Entity Recognition" is a task).
_METHOD_TASK_ENDS = frozenset({"optimization", "learning", "training", "tuning", "fine-tuning", "finetuning",
                               "pre-training", "pretraining", "post-training", "prompting", "search"})
#: Last words of a lower-case long form that make it a method's name: ways of doing something
#: (:data:`~.lists.METHOD_HEADS`, "joint angle-based refinement (JAR)"), never a task or a thing.
_LOWER_METHOD_ENDS = METHOD_HEADS | {"refinement", "optimization", "training", "fine-tuning", "finetuning",
                                     "prefixing", "alignment", "calibration", "aggregation", "propagation"}
#: A singular method noun right after a short form: "the geometric partitioning (GEO) scheme"
#: (not "approach", "framework", "paradigm", "solver": as often after a theory, a property or a problem
#: the method works with: "a Universal Grammar (UG) approach", "the restricted isometry property (RIP)
#: framework", "a power flow (PF) solver")
_METHOD_AFTER = re.compile(r"\s+(?:scheme|technique|algorithm|method|procedure|decoder|heuristic)\b(?![-s])")
# a singular dataset noun right after a short form: "the Visual Spatial Reasoning (VSR) dataset" (a plural
# one names a kind of data as often: "Visual Question Answering (VQA) datasets")
_DATA_AFTER = re.compile(r"\s?(?:dataset|benchmark|corpus|testbed)\b(?![-s])")
# words before a long form that make the data it names a particular one: "on the Schema-Guided Dialogue (SGD)
# dataset", "A novel Visual-Audio Anomaly Recognition (VAAR) dataset" (not "a Visual Question Answering
# (VQA) dataset": any one)
_PARTICULAR = frozenset({"the", "our", "this", "its", "their", "new", "novel", "first"})
#: Last words of a long form that name no method, model or dataset but a measure ("Equal Error Rates
#: (EER)", "Inter-class Correlation Coefficient (ICC)"), a body ("National Weather Service (NWS)"), a
#: problem ("Capacitated Vehicle Routing Problem (CVRP)"), a field or kind of data ("Cyber Threat
#: Intelligence (CTI)", "Personally Identifiable Information (PII)"), a device or an imaging modality
#: ("Micro Air Vehicle (MAV)", "Scanning Electron Microscopy (SEM)") or a disease ("Acute Lymphoblastic
#: Leukemia (ALL)")
_THING_ENDS = frozenset({
    "score", "scores", "rate", "rates", "index", "coefficient", "coefficients", "ratio", "metric", "metrics",
    "alliance", "institute", "association", "consortium", "agency", "organization", "organisation", "service",
    "services", "council", "committee", "problem", "problems", "information", "intelligence",
    "medicine", "technology", "vehicle", "vehicles", "satellite", "satellites", "microscopy", "tomography",
    "angiography", "sonar", "camera", "carcinoma", "hypertension", "disease", "disorder", "syndrome",
    "diseases", "disorders", "cancer", "tumor", "tumour", "leukemia", "sclerosis", "injury", "dementia",
    "infection", "cancers", "tumors", "tumours", "dementias", "injuries", "infections", "syndromes"})
#: What follows the short form of a task: "Generalized Category Discovery (GCD) aims to classify ...",
#: "the Word Sense Disambiguation (WSD) task", "Multimodal Policy Internalization (MPI), a new task that",
#: "Natural Language Description (NLD) is a Natural Language Processing (NLP) task", "Dynamic Flexible Job
#: Shop Scheduling (DFJSS) is a complex combinatorial optimisation problem" (not "a framework for optimisation
#: tasks")
_TASK_AFTER = re.compile(r"\s+(?:aims?\s+(?:to|at)|seeks?\s+to|refers?\s+to|tasks?\b(?!-))"
                         r"|(?:,\s+|\s+is\s+)(?:a|an|the)\s+(?:(?!(?:for|of|in|on)\s)[\w()-]+\s+){0,4}?"
                         r"(?:tasks?|problems?)\b(?!-)")
#: Last words of a long form that name a structure, a formalism, a theory, a field or a kind of system
#: rather than a method: "Directed Acyclic Graph (DAG)", "Abstract Syntax Tree (AST)", "Unified Modeling
#: Language (UML)", "Moral Foundations Theory (MFT)", "Ordinary Differential Equation (ODE)", "Evidence Lower
#: Bound (ELBO)", "Quality of Experience (QoE)", "Intelligent Transportation Systems (ITS)": named so, a thing
#: the paper works with; its own only when it introduces it ("we propose a Temporal Memory Tree (TMT)")
_CONCEPT_ENDS = frozenset({
    "graph", "graphs", "tree", "language", "languages", "theory", "theories", "hypothesis", "equation",
    "equations", "bound", "experience", "survey", "array", "reality", "science", "system", "systems",
    "range", "development", "management", "principle", "principles", "questionnaire", "level", "levels"})
#: Last words of a long form that name a class of networks rather than one model: "the Complex-Valued Neural
#: Network (CVNN) handles", "a causal graph neural network (Causal-GNN)" (not in the plural, which as often
#: names one published method: "Random-Set Neural Networks (RS-NNs)")
_CLASS_ENDS = frozenset({("neural", "network")})
#: A kind noun after such a pair that makes it one named network: "the Integrated Finite Element Neural
#: Network (IFENN) framework", "a Hierarchical Graph Neural Network (HGNN) model"
_NAMED_AFTER = re.compile(r"\)?\s+(?:framework|model|method|architecture)s?\b")
#: A kind noun right after a pair, which names the kind of a long form whose own last word says none: "the
#: Massively Multilingual Speech (MMS) model", "the Schema-Guided Dialogue (SGD) dataset", "the Planning
#: Domain Definition Language (PDDL) language" ("(SF) language model" is a model; not "models",
#: "model-based": a class, a use). A "model" is as often a theory's, a physical or an economic one ("the
#: Attributed Scattering Center (ASC) model", "Webb's Depth of Knowledge (DOK) model", "a Quantal Response
#: Equilibrium (QRE) model": slices s10-s30, 6 of 16 such kind changes a trained network), so it types only
#: a long form that ends in what a network is or learns (:data:`_NETWORK_LAST`)
_KIND_AFTER = re.compile(r"\)?\s+(?:(?P<model>(?:language\s+)?model)|(?P<dataset>dataset|benchmark|corpus)"
                         r"|(?P<language>language(?!\s+model)))\b(?![-s])")
#: Last words of a long form that make "(SF) model" a trained network: "a Multi-level Mixture of Experts
#: (MMoE) model", "the Cross-Sensor Masked Autoencoder (CSMAE) model", "the Efficient Linear Hidden State
#: Reward (ELHSR) model", "the Massively Multilingual Speech (MMS) model"
_NETWORK_LAST = frozenset({"experts", "mixture-of-experts", "autoencoder", "auto-encoder", "autoencoders",
                           "reward", "speech", "text-to-speech"})
#: A method noun right after a pair: what no vocabulary dataset or model known by its short form only is
#: ("the Abstractions of State-Action Pairs (ASAP) framework" is no dataset ASAP)
_TECHNIQUE_AFTER = re.compile(r"\)?\s+(?:framework|method|algorithm|technique|approach|strategy)\b(?![-s])")
#: Words just before a long form that make it the paper's own: "our Integrated Finite Element Neural Network"
_OWN_BEFORE = frozenset({"our", "novel", "new", "proposed"})
# a layer noun after a pair: a part of a network, whatever its name ("A Structural Prior Graph (SPG) layer")
_LAYER_AFTER = re.compile(r"\)?\s+layers?\b")
#: A noun right after a pair that says it names a measure, a problem, a field or a format: "a Clinical
#: Intent Alignment (CIA) score of 60.12%", "the Spiral of Silence (SoS) theory", "the Business Process
#: Management (BPM) discipline", "in Resource Description Framework (RDF) formats"
_THING_AFTER = re.compile(r"\)?\s+(?:scores?|metrics?|values|theory|hypothesis|problems?|users|scenarios|"
                          r"principles|discipline|domains?|formats?|files|images|standards?)\b(?!-)")
#: Verbs by which a paper makes a structure its own: those that introduce a name, and "We first define a
#: Facial Image Concept Tree (FICT)", "we design a Self-instantiated Multi-agent System (SMS)", "We first
#: construct a Geo-Semantic Contextual Graph (GSCG)"
_MADE_BEFORE = re.compile(INTRO_BEFORE.pattern + r"|\b(?:design(?:s|ed|ing)?|defin(?:e|es|ed|ing)"
                          r"|construct(?:s|ed|ing)?|build(?:s|ing)?|built|devis(?:e|es|ed|ing))\b",
                          re.IGNORECASE)
_NOT_INTRO = re.compile(r"[.;]|(?<![\w-])"
                        r"(?:using|with|based|from|by|via|on|in|for|to|and|or|that|which|as|such)"
                        r"(?![\w-])", re.IGNORECASE)


# stems of words many unrelated names share ("Evidence-Based Medicine" and "energy-based model" share no name)
_WEAK_STEMS = frozenset({"based", "aware", "guide", "drive", "model", "netwo", "learn", "metho", "frame",
                         "syste"})


def _shared_word(long_form: str, names: list[str]) -> bool:
    """Whether ``long_form`` and one of ``names`` share a content word (its first five letters:
    "Low-Rank Adapters" and "Low-Rank Adaptation" do, "Perception-Cognition-Action" and
    "Principal Component Analysis" do not).

    >>> _shared_word("Low-Rank Adapters", ["Low-Rank Adaptation"])
    True
    >>> _shared_word("Perception-Cognition-Action", ["Principal Component Analysis"])
    False
    >>> _shared_word("Evidence-Based Medicine", ["energy-based model"])
    False
    """
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower())
                if w not in FUNCTION_WORDS} - _WEAK_STEMS
    wanted = stems(long_form)
    return any(wanted & stems(name) for name in names)


# an apposition after the pair that calls it a method: "(DOA), a strategy that", "(TDT), a novel detection
# paradigm"
_METHOD_APPOSITION = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:strategy|method|paradigm|framework|approach|"
                                r"technique|algorithm|mechanism|scheme|procedure)\b")


def names_no_method(text: str, after: int, long_form: str) -> bool:
    """Whether a long form names no method but a measure, a body, a problem, a field, a device or a
    disease, by its last word (:data:`_THING_ENDS`), or a task, by what follows the pair at ``after``
    (:data:`_TASK_AFTER`, "Open-Set Domain Generalization (OSDG) aims to ..."), unless it ends in a
    way of doing something ("Personalized Federated Learning (PFL) aims to ...": a learning paradigm);
    never when a part noun follows (:data:`_PART_AFTER`).

    >>> names_no_method("Equal Error Rates (EER) across", 23, "Equal Error Rates")
    True
    >>> names_no_method("Decoupled Object Association (DOA), a strategy that", 34,
    ...                 "Decoupled Object Association")
    False
    >>> [names_no_method(t, t.index(")") + 1, t[:t.index(" (")]) for t in (
    ...     "Video Step Grounding (VSG) aims to", "Personalized Federated Learning (PFL) aims to")]
    [True, False]
    """
    if _PART_AFTER.match(text, after):
        return False  # a part of a method: "the Domain Alignment Mutual Information (DAMI) loss"
    if _METHOD_APPOSITION.match(text, after):
        # "Temporal Discrepancy Tomography (TDT), a novel detection paradigm": the text says method
        return False
    last = long_form.split()[-1].lower()
    if last in _THING_ENDS:
        return True
    return _TASK_AFTER.match(text, after) is not None and last not in _METHOD_TASK_ENDS


def names_concept(text: str, after: int, long_form: str, short: str, long_start: int) -> bool:
    """Whether a pair names a thing the paper works with rather than a method: a noun after it says a
    measure, a problem, a field or a format (:data:`_THING_AFTER`), or, unless an introducing verb governs
    it (:data:`_MADE_BEFORE`), its last word names a structure, a theory or a kind of system
    (:data:`_CONCEPT_ENDS`: "Register Transfer Level (RTL)"), or it names models in the plural ("Video
    Diffusion Models (VDMs)": a class of models, not one), or a class of neural networks not called the
    paper's own or a model (:data:`_CLASS_ENDS`: "the Complex-Valued Neural Network (CVNN) handles ...").

    >>> t = "effectively creating a Directed Acyclic Graph (DAG) that"
    >>> names_concept(t, t.index(")") + 1, "Directed Acyclic Graph", "DAG", t.index("Directed"))
    True
    >>> t = "we propose a Temporal Memory Tree (TMT) that"
    >>> names_concept(t, t.index(")") + 1, "Temporal Memory Tree", "TMT", t.index("Temporal"))
    False
    >>> t = "while the Complex-Valued Neural Network (CVNN) processes"
    >>> names_concept(t, t.index(")") + 1, "Complex-Valued Neural Network", "CVNN", t.index("Complex"))
    True
    >>> t = "this paper proposes a Hierarchical Graph Neural Network (HGNN) model that"
    >>> names_concept(t, t.index(")") + 1, "Hierarchical Graph Neural Network", "HGNN", t.index("Hier"))
    False
    >>> t = "we demonstrate how the Integrated Finite Element Neural Network (IFENN) framework can"
    >>> names_concept(t, t.index(")") + 1, "Integrated Finite Element Neural Network", "IFENN",
    ...               t.index("Int"))
    False
    >>> t = "achieves a Clinical Intent Alignment (CIA) score of 60.12%"
    >>> names_concept(t, t.index(")") + 1, "Clinical Intent Alignment", "CIA", t.index("Clinical"))
    True
    """
    if _THING_AFTER.match(text, after):
        return True
    if _LAYER_AFTER.match(text, after):
        return False
    words = long_form.lower().split()
    last = words[-1]
    plural = last == "models" and short[-1] == "s" and short[-2:-1].isupper()
    before = text[max(0, long_start - 30):long_start].lower().split()[-2:]
    net_class = tuple(words[-2:]) in _CLASS_ENDS and _OWN_BEFORE.isdisjoint(before) \
        and not _NAMED_AFTER.match(text, after)
    return (last in _CONCEPT_ENDS or plural or net_class) and not _introduced(text, long_start, _MADE_BEFORE)


def _expansions(entity: Entity, short: str) -> list[str]:
    """The names of ``entity`` that spell out a short form: two words or more, without ``short`` in them."""
    names = (entity.label, *entity.aliases)
    return [n for n in names if len(n.split()) >= 2 and short.lower() not in n.lower()]


def _kind_after(text: str, after: int, long_form: str = "") -> Kind | None:
    """The kind the noun right after a pair (ending at ``after``) gives it (:data:`_KIND_AFTER`), if any;
    a model only for a ``long_form`` that ends in a network's word (:data:`_NETWORK_LAST`), if given."""
    match = _KIND_AFTER.match(text, after)
    if match is None or not match.lastgroup:
        return None
    kind = Kind(match.lastgroup)
    if kind is Kind.MODEL and long_form and long_form.split()[-1].lower() not in _NETWORK_LAST:
        return None
    return kind


def _other_kind_after(span: Span, kind: Kind) -> bool:
    """Whether the noun right after the short form ``span`` (and its closing bracket) says another kind
    than ``kind``: "(ASAP) framework" (a method), "(ASAP) model" (for a dataset)."""
    text, end = span.doc.text, span.end_char
    said = _kind_after(text, end)
    if said is None and _TECHNIQUE_AFTER.match(text, end) is not None:
        said = Kind.TECHNIQUE
    return said is not None and said is not kind


def _introduced(text: str, long_start: int, verbs: re.Pattern[str] = INTRO_BEFORE) -> bool:
    """Whether an introducing verb (``verbs``) governs the long form at ``long_start`` ("we propose the
    Deviation-Aware Distillation (DAD)"; not "we propose X using light detection and ranging (LiDAR)")."""
    last = None
    for last in verbs.finditer(text, max(0, long_start - 120), long_start):
        pass
    return last is not None and not _NOT_INTRO.search(text, last.end(), long_start)


def normal_name(text: str) -> str:
    """A long form for comparison: no parenthetical, one dash, -ize spelling, no plural s, folded.

    >>> normal_name("Proximal Policy Optimisation") == normal_name("proximal policy optimization")
    True
    """
    text = _DASHES.sub("-", re.sub(r"\s*\([^)]*\)", "", text)).lower()
    return fold(re.sub(r"(?<=[a-z])s\b", "", re.sub(r"is(ation|e|ed|ing)\b", r"iz\1", text)))


def _singular(noun: str) -> str:
    """A part noun in the singular ("strategies" -> "strategy", "losses" -> "loss").

    >>> [_singular(w) for w in ("modules", "strategies", "losses", "branches", "module")]
    ['module', 'strategy', 'loss', 'branch', 'module']
    """
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "ches")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _spells(long_form: str, entity: Entity) -> bool:
    """Whether ``long_form`` is ``entity``'s label or one of its aliases, spelling aside
    (:func:`normal_name`)."""
    wanted = normal_name(long_form)
    return any(normal_name(name) == wanted for name in (entity.label, *entity.aliases))


def _acronym(short: str) -> bool:
    """A short form of capital letters only, hyphens aside ("JAR", "OTA-FEEL"; not "PCA-Seg", "SIDs").

    >>> [_acronym(w) for w in ("JAR", "OTA-FEEL", "PCA-Seg", "SIDs", "A")]
    [True, True, False, False, False]
    """
    letters = short.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


#: Words before "Network" that make it a network of devices, places or people, not a neural one: "Radio
#: Access Network (RAN)", "Location-Based Social Network (LBSN)", "Mobile Embodied AI Network (MEAN)",
#: "Lunar Delay-Tolerant Network (LDTN)", "National Ecological Observatory Network (NEON)"
_THINGS_NETWORK = frozenset({
    "observatories", "tolerant", "national", "international",
    "access", "area", "sensor", "sensors", "social", "ai", "delivery", "mobile", "moisture", "gas", "power",
    "road", "transportation", "transport", "distribution", "service", "services", "computer", "core", "space",
    "iot", "things", "edge", "data", "storage", "supply", "optical", "research", "monitoring", "observation",
    "observing", "defined", "software-defined", "infrastructure"})
#: Words anywhere before "Network" that make it a network of places, devices or brain regions: "the Indian
#: Railway Network (IRN)", "an Emergency Communication Support Network (ECSN)", "the Default Mode Network
#: (DMN)", "the Dorsal Attention Network (DAN)"
_THINGS_ANYWHERE = frozenset({"railway", "railways", "rail", "communication", "communications", "default",
                              "salience", "dorsal", "ventral", "wireless", "cellular", "vehicular", "radio",
                              "satellite", "telecommunication", "observatory"})


def _coined_end(words: list[str], part: str) -> bool:
    """Whether a title-case long form the paper coins (its lower-case ``words``) may end as it does: not in
    a task, a measure or a thing, but in a task word that is also a way of doing something ("Decoupled Turn
    Policy Optimization (DTPO)") or in "Network", one neural network ("The Motion Autoregressive Network
    (MAN) operates"; a class of them, "the Complex-Valued Neural Network (CVNN)", is left by
    :func:`names_concept`, and a network of devices, places or people is none: :data:`_THINGS_NETWORK`,
    :data:`_THINGS_ANYWHERE`), unless a part noun follows (that names a part: :func:`_part_end`).

    >>> [_coined_end(p.lower().split(), "") for p in ("Decoupled Turn Policy Optimization",
    ...     "Motion Autoregressive Network", "Radio Access Network", "Video Question Answering")]
    [True, True, False, False]
    """
    last = words[-1]
    if last == "network":  # (the first word too: "National ... Network" is a body)
        return not part and _THINGS_NETWORK.isdisjoint((words[0], words[-2])) \
            and _THINGS_ANYWHERE.isdisjoint(words)
    return last not in _NOT_METHOD_ENDS or last in _METHOD_TASK_ENDS and not part


def _part_end(long_span: Span) -> bool:
    """Whether a long form before a part noun may end as it does: not in a task, a measure or a
    thing, but in a task word when it is written in title case ("the Scale-Aware Control (SAC) module")."""
    last = long_span[-1].lower_
    return last not in _NOT_METHOD_ENDS or last in _TASK_ENDS and _title_case(long_span.text)


def _longer_name(label: str, short: str) -> bool:
    """Whether ``label`` is a longer name that starts with ``short`` and a hyphen: "TQD-Track", a
    title's name for "Temporal Query Denoising", is not what "Temporal Query Denoising (TQD)" defines
    (the title's method is built on it).

    >>> [_longer_name(label, "TQD") for label in ("TQD-Track", "TQD", "TQDA")]
    [True, False, False]
    """
    return len(label) > len(short) + 1 and label.startswith(short) and label[len(short)] in "-+"


def _plain_method(long_span: Span, short: str) -> bool:
    """Whether a long form in plain words names a method: lower case, a method head last, an acronym
    of capitals as its short form, about a word a letter ("joint angle-based refinement (JAR)")."""
    return (_lower_case(long_span.text) and len(long_span) >= 2 and long_span[-1].lower_ in _LOWER_METHOD_ENDS
            and _acronym(short) and len(long_span.text.split()) <= len(short) + 1)


def _title_case(phrase: str) -> bool:
    """"Relation Distillation", "Mixture of Scales", "Safety as Polytope": two or more words, the content
    words capitalised."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or w == "as" for w in words)


def _capitalised(word: str) -> bool:
    """Whether ``word`` is written as a name's word is: a capital first, or a number of dimensions ("3D",
    "2D-Aware"), which a short form carries as its long form does ("3D Inverse Design (3DID)").

    >>> [_capitalised(w) for w in ("Inverse", "3D", "2D-Aware", "design", "3rd", "30D")]
    [True, True, True, False, False, False]
    """
    return word[:1].isupper() or _DIMENSION.match(word) is not None


def _lower_case(phrase: str) -> bool:
    """Whether ``phrase`` is in lower case, a number of dimensions aside: "2D human pose estimation" is
    written as "human pose estimation" is, so a pair of it is judged as that one's (a task, here).

    >>> [_lower_case(p) for p in ("2D human pose estimation", "human pose estimation", "3D Inverse Design")]
    [True, True, False]
    """
    return _DIMENSION.sub("nd", phrase).islower()


def _same_dimension(short: str, long_form: str) -> bool:
    """Whether a long form carries the number of dimensions its short form opens with, if any: "Detailed 3D
    Referring Expression Segmentation (3D-DRES)" does; "Referring Expression Segmentation", the title-case
    run after "3D", is not what 3D-DRES shortens (it is another concept, the vocabulary's task).

    >>> [_same_dimension(s, lf) for s, lf in (("3D-DRES", "Referring Expression Segmentation"),
    ...     ("3D-DRES", "Detailed 3D Referring Expression Segmentation"), ("HPE", "human pose estimation"))]
    [False, True, True]
    """
    return _DIMENSION.match(short) is None or short[:2] in _DIMENSION.findall(long_form)


def _name_runs_on(before: str) -> bool:
    """Whether the name of a long form starts before it: the word right before it is capitalised, mid-sentence
    ("a Deep Distance-guided Multi-stage (DDM) decoder", "an Aspect Ratio-Constrained Label Assignment (LA)
    method": the long form found is only the end of the name), so the pair names no whole method.

    >>> [_name_runs_on(t) for t in ("we construct a Deep ", "an Aspect Ratio-Constrained ", "the ", "",
    ...                             "Ours. We ")]
    [True, True, False, False, False]
    """
    words = before.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    return not words[-2].endswith((".", "!", "?", ":"))


def long_form_start(text: str, paren: int, short: str) -> int | None:
    """Schwartz & Hearst (2003): where the long form of ``short`` starts before ``paren``, if any.

    >>> text = "We use Low-Rank Adaptation (LoRA)."
    >>> text[long_form_start(text, text.index("("), "LoRA"):text.index("(")]
    'Low-Rank Adaptation '
    >>> text = "The Abstraction and Reasoning Corpus (ARC) is"
    >>> text[long_form_start(text, text.index("("), "ARC"):text.index("(")]
    'Abstraction and Reasoning Corpus '
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if not letters:
        return None
    window_start = max(0, paren - 12 * (len(letters) + 3))
    words = list(re.finditer(r"[\w'-]+", text[window_start:paren]))
    max_words = min(len(letters) + 5, len(letters) * 2)
    words = words[-max_words:]
    if not words:
        return None
    segment_start = window_start + words[0].start()
    segment = text[segment_start:paren].lower()
    s, ln = len(letters) - 1, len(segment) - 1
    while s >= 0:
        c = letters[s]
        while ln >= 0 and (segment[ln] != c or (s == 0 and ln > 0 and segment[ln - 1].isalnum())):
            ln -= 1
        if ln < 0:
            return None
        ln -= 1
        s -= 1
    start = segment.rfind(" ", 0, ln + 1) + 1
    first = segment[start:].split(" ", 1)[0]
    if first in _LEADING_FUNCTION_WORDS:
        # "the Abstraction and Reasoning Corpus (ARC)", "the adaptive gradient and phase edge operator
        # (AGPEO)": the first letter matched "and", but a name does not start with "and": it starts at a
        # word with that letter up to three words before, or there is none ("Online detection of Take and
        # Release (OTR)" names a task)
        before = list(re.finditer(r"\S+", segment[:start]))[-3:]
        starts = [w.start() for w in before if w.group(0)[:1] == first[:1]]
        if not starts:
            return None
        start = starts[-1]
    long_form = segment[start:].strip()
    if len(long_form) <= len(short) or " " not in long_form and "-" not in long_form:
        return None
    return segment_start + start


def _initials_start(text: str, paren: int, short: str) -> int | None:
    """Where the long form of an all-capitals ``short`` starts before ``paren`` when its letters
    are the first letters of the words right before it, a hyphen's parts counted as words: the
    long form Schwartz & Hearst miss when a letter repeats inside the last word ("Contour
    Consistency (CC)" ends at a "c" of "Consistency").

    >>> text = "and a Contour Consistency (CC) module"
    >>> text[_initials_start(text, text.index("("), "CC"):]
    'Contour Consistency (CC) module'
    >>> _initials_start("with both consistency (CC)", 22, "CC") is None
    True
    """
    letters = [c.lower() for c in short]
    if not (2 <= len(letters) <= 6 and short.isalpha() and short.isupper()):
        return None
    window = max(0, paren - 20 * len(letters))
    # whole words, letters of any script ("Gödel Bridge (DB)" is no D-B: "del" is no word)
    found = list(re.finditer(r"(?<![\w'])[^\W\d_][\w']*", text[window:paren]))[-len(letters):]
    if len(found) < len(letters) or [w.group(0)[0].lower() for w in found] != letters:
        return None
    start = window + found[0].start()
    if re.search(r"[^\w\s-]", text[start:paren]):
        return None  # a comma or a bracket between: no one phrase
    return start


#: Words a long form may hold between the words its short form's letters start: "Directional Decomposition and
#: Correction (DDC)", "Video Intelligence via Tool-Augmented Learning (VITAL)"
# (not an article: "out a post-operation (OP)", "Area Under the Accuracy-Rejection Curve (AUARC)")
_INITIAL_SKIPS = frozenset({"and", "of", "for", "via", "with", "to", "in", "on", "from", "by", "or", "at"})
# a word a long form may hold: letters, digits and inner hyphens, nothing around ("Tool-Augmented")
_LONG_WORD = re.compile(r"[^\W\d_][\w']*(?:-[\w']+)*")
# the capitals and digit runs of a word written in CamelCase ("VisualPatchWorld", "Filter2Noise")
_INNER_INITIALS = re.compile(r"[A-Z]|\d+")


def _part_initials(part: str) -> set[str]:
    """What one word (or a hyphen's part) may give a short form: its first letter, or, written in
    CamelCase or capitals, that and its capitals and numbers after ("VisualPatchWorld": "v" or "vpw",
    "GAN": "g" or "gan"); a function word may give nothing.

    >>> sorted(_part_initials("VisualPatchWorld")), sorted(_part_initials("of")), _part_initials("Point")
    (['v', 'vpw'], ['', 'o'], {'p'})
    """
    found = {part[0].lower()}
    inner = _INNER_INITIALS.findall(part[1:])
    if inner:
        found.add((part[0] + "".join(inner)).lower())
    if part.lower() in _INITIAL_SKIPS:
        found.add("")
    return found


def _word_initials(word: str) -> set[str]:
    """What a word may give a short form: its first letter, or the initials of its hyphen's parts
    (:func:`_part_initials`: "Tool-Augmented" gives "t" or "ta", "Mixture-of-Experts" "m", "me" or "moe")."""
    found = {word[0].lower()}
    combined = {""}
    for part in filter(None, word.split("-")[:4]):
        combined = {head + tail for head in combined for tail in _part_initials(part)}
    return found | combined


def _joined(words: list[str]) -> bool:
    """Whether the words of a long form read as one name across its function words: each, but "and", after
    a capitalised word ("Learning from Label Proportions", "independent and identically distributed"; not
    "methods in multimode fiber (MMF)", "strategy from Saliency-based Auto-Encoder (SSAE)": a phrase that
    runs into the name).

    >>> [_joined(p.split()) for p in ("Learning from Label Proportions", "methods in multimode fiber")]
    [True, False]
    """
    return all(word == "and" or word.lower() not in _INITIAL_SKIPS or before[:1].isupper()
               for before, word in zip(words, words[1:]))


def _initials_long_start(text: str, paren: int, short: str) -> int | None:
    """Where the long form of ``short``, written in capitals (and numbers), starts before ``paren`` when its
    letters are the initials of the words right before it: function words may come between
    (:data:`_INITIAL_SKIPS`), a hyphen's parts and the capitals of a CamelCase word count as words'. No
    punctuation comes between, and the long form starts at a word that is no function word. What Schwartz &
    Hearst miss when a letter repeats inside a word: their long form of "Directional Decomposition and
    Correction (DDC)" starts at "Decomposition"; and a name in one CamelCase word ("VisualPatchWorld (VPW)").

    >>> text = "We propose Directional Decomposition and Correction (DDC), a framework"
    >>> text[_initials_long_start(text, text.index("("), "DDC"):text.index("(")]
    'Directional Decomposition and Correction '
    >>> text = "We introduce VisualPatchWorld (VPW), which"
    >>> text[_initials_long_start(text, text.index("("), "VPW"):text.index("(")]
    'VisualPatchWorld '
    >>> [_initials_long_start(t, t.index("("), "PPO") for t in ("and, Policy Optimization (PPO)",
    ...                                                             "the proximal Optimization (PPO)")]
    [None, None]
    """
    letters = short.replace("-", "").lower()
    if not 2 <= len(letters) <= 8 or not letters.isalnum() or not short.replace("-", "").isupper() \
            or text[:paren].rstrip().endswith(short):
        return None  # ("AI (AI)": no long form)
    window = max(0, paren - 25 * len(letters))
    words = text[window:paren].split()
    position = paren
    remaining = {len(letters)}  # how many of the short form's letters, from its start, are still to match
    for word in reversed(words[-2 * len(letters) - 2:]):
        position = text.rindex(word, window, position)
        if not _LONG_WORD.fullmatch(word) or not remaining:
            return None
        after: set[int] = set()
        for left in remaining:
            for given in _word_initials(word):
                if given and len(given) <= left and letters[left - len(given):left] == given:
                    if left == len(given) and word.lower() not in _INITIAL_SKIPS:
                        return position if _joined(text[position:paren].split()) else None
                    after.add(left - len(given))
                elif not given:
                    after.add(left)
        remaining = {left for left in after if left > 0}
    return None


def _spells_from_start(long_form: str, short: str) -> bool:
    """Whether the letters of ``short`` come in order in ``long_form``, the first its first: what Schwartz &
    Hearst check from the end, where a letter that repeats may start the long form later ("ComprExIT
    (Context Compression via Explicit Information Transmission)" read from "Compression"); not a long form
    that holds the name ("RetinaNet (RMK RetinaNet)").

    >>> [_spells_from_start(lf, s) for lf, s in (
    ...     ("Context Compression via Explicit Information Transmission", "ComprExIT"),
    ...     ("RMK RetinaNet", "RetinaNet"), ("Low-Rank Adaptation", "QLoRA"))]
    [True, False, False]
    """
    letters = [c for c in short.lower() if c.isalnum()]
    lower = long_form.lower()
    if not letters or lower[:1] != letters[0] or short.lower() in lower:
        return False
    at = 1
    for letter in letters[1:]:
        at = lower.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _data_title_case(phrase: str) -> bool:
    """Whether ``phrase`` is a name in title case, a hyphen's parts counted as words: two parts or more,
    the first and every content word capitalised ("Android-in-the-Wild", "Parkinson's Progression
    Markers Initiative"; not "underwater camouflaged instance segmentation").

    >>> [_data_title_case(p) for p in ("Android-in-the-Wild", "Schema-Guided Dialogue", "grammatical error")]
    [True, True, False]
    """
    parts = [p for p in re.split(r"[\s-]+", phrase) if p]
    return len(parts) >= 2 and parts[0][:1].isupper() and all(
        p[:1].isupper() or p[:1].isdigit() or p.lower() in _LEADING_FUNCTION_WORDS for p in parts)


def _data_name_start(text: str, paren: int, short: str) -> int | None:
    """Where a title-case run right before ``paren`` starts at a word with ``short``'s first letter
    (sentence-opening words before it left out): the name of the data a short form with a digit or a
    coined spelling shortens ("While the Detecting and Grounding Multi-Modal Media Manipulation (DGM4)").

    >>> text = "While the Detecting and Grounding Multi-Modal Media Manipulation (DGM4) dataset"
    >>> text[_data_name_start(text, text.index("("), "DGM4"):text.index("(")]
    'Detecting and Grounding Multi-Modal Media Manipulation '
    """
    run = _TITLE_CASE_BEFORE.search(text, max(0, paren - 100), paren)
    if run is None:
        return None
    first = short[:1].lower()
    for word in re.finditer(r"\S+", text[run.start():paren]):
        if word.group(0)[:1].lower() == first and word.group(0)[:1].isupper():
            return run.start() + word.start()
    return None


# words a long form does not start with when the word before them could start it
_LEADING_FUNCTION_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "on", "or", "an", "a", "with",
                                     "at", "by"})


class Abbreviations(RuleComponent):
    """"Long Form (LF)": the long and short forms are one entity (defined, or the vocabulary's)."""

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        for field in doc_fields(doc):
            self._field(doc, writer, field, field_text(doc, field))

    def _field(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        self._long_forms(doc, writer, field, text)
        self._short_forms(doc, writer, field, text)

    def _short_forms(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"Using CoLaNET (Columnar Layered Network)": a name with its long form after it."""
        position = text.find(" (")
        while position >= 0:
            match = _NAME_THEN_LONG.match(text, text.rfind(" ", 0, position) + 1)
            position = text.find(" (", position + 2)
            if match is None:
                continue
            short, long_form = match.group("short"), match.group("long")
            # (the words between a long form's may be "via", "by", "at": "ComprExIT (Context Compression via
            # Explicit Information Transmission)", "CODA (Compute Allocation by Difficulty Awareness)")
            if not self.rules.strong_name(short) or len(long_form.split()) < 2 or not all(
                    _capitalised(w) or w in FUNCTION_WORDS or w in _INITIAL_SKIPS for w in long_form.split()):
                continue
            if long_form_start(long_form + " (", len(long_form) + 1, short) != 0 \
                    and not _spells_from_start(long_form, short):
                continue  # the letters of the name do not spell the long form
            short_span = field_span(doc, field, match.start("short"), match.end("short"))
            long_span = field_span(doc, field, match.start("long"), match.end("long"))
            if short_span is None or long_span is None or not writer.free(long_span.start, long_span.end):
                continue
            if not writer.free(short_span.start, short_span.end):
                # "We propose ComprExIT (Context Compression via Explicit Information Transmission)": the rule
                # of introduced names linked the name, and its long form is that entity too
                taken = [sp for sp in writer.spans()
                         if (sp.start, sp.end) == (short_span.start, short_span.end)]
                entity = self.entity_of(doc, taken[0]) if len(taken) == 1 else None
                if entity is not None and taken[0]._.origin == Origin.DISCOVERED.value:
                    self._link(writer, long_span, entity, taken[0])
                    known_names(doc).setdefault(long_span.text, entity)
                continue
            intro = _introduced(text, match.start())
            self._define(doc, writer, text, field, long_span, short_span, short, intro)

    def _long_forms(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"Low-Rank Adaptation (LoRA)": a long form with its short form after it."""
        rules = self.rules
        for match in _PAREN.finditer(text):
            short = match.group(1)
            if rules.generic_name(short) or sum(c.isupper() for c in short) < 2:
                continue
            data = _DATA_AFTER.match(text, match.end()) is not None
            long_start = long_form_start(text, match.start(), short)
            if long_start is None and len(short) > 3 and short[-1] == "s" and short[-2].isupper():
                # "generalized orders of magnitude (GOOMs)": a plural short form spells the singular
                long_start = long_form_start(text, match.start(), short[:-1])
            if long_start is None:
                long_start = _initials_start(text, match.start(), short)
            initials = _initials_long_start(text, match.start(), short)
            if initials is not None and (long_start is None or initials < long_start):
                # "Proximal Policy Optimization (PPO)", read by Schwartz & Hearst from "Policy" (its "p" and
                # "o" matched inside "Optimization"), and "VisualPatchWorld (VPW)", one word: the words its
                # letters start (the corpus has some 540 long forms so cut short, 145 such one-word names)
                long_start = initials
            data_name = False  # the long form is only the data's name before its short form
            if long_start is None and data:
                # "the Detecting and Grounding Multi-Modal Media Manipulation (DGM4) dataset": the data's
                # name in title case before its short form, whose letters it need not spell
                long_start = _data_name_start(text, match.start(), short)
                data_name = long_start is not None
            if long_start is None:
                # "a technique called Mixture of Scales (BinaryMoS)": a coined name and its short form
                title_case = _TITLE_CASE_BEFORE.search(text, max(0, match.start() - 80), match.start())
                if title_case is None or not rules.strong_name(short) or not INTRO_BEFORE.search(
                        text, max(0, title_case.start() - 60), title_case.start()):
                    continue
                long_start = title_case.start()
            if not _same_dimension(short, text[long_start:match.start()]):
                continue  # "Detailed 3D Referring Expression Segmentation (3D-DRES)" read from "Referring"
            long_end = match.start()
            while long_end > long_start and text[long_end - 1] == " ":
                long_end -= 1
            long_span = field_span(doc, field, long_start, long_end, "expand")
            short_span = field_span(doc, field, match.start(1), match.end(1))
            if long_span is None or short_span is None:
                continue
            intro = _introduced(text, long_start)
            after = _PART_AFTER.match(text, match.end())
            part = _singular(after.group(1)) if after is not None else ""
            if data and self._data_pair(doc, writer, text, field, long_span, short_span, short, intro):
                continue
            if data_name and not writer.free(short_span.start, short_span.end):
                continue  # a data name that spells no short form takes no linked one: "the Stanford
                # Sentiment Treebank (SST-2) dataset" keeps the vocabulary's SST-2
            self._pair(doc, writer, text, field, long_span, short_span, short, intro, part)

    def _data_pair(self, doc: Doc, writer: SpanWriter, text: str, field: Field, long_span: Span,
                   short_span: Span, short: str, intro: bool) -> bool:
        """A title-case long form and its short form before a singular dataset noun, that no rule
        linked (or only datasets inside the long form): one dataset, when the words before make it a
        particular one ("on the Schema-Guided Dialogue (SGD) dataset", "A novel Visual-Audio Anomaly
        Recognition (VAAR) dataset", "on the EuroCity Persons Dense Pose (ECP-DP) dataset"); whether it was
        linked so. A short form the vocabulary links as another entity the long form does not name (SGD,
        the optimiser) is taken by the data."""
        rules = self.rules
        if not _data_title_case(long_span.text) or rules.generic_name(short) or not rules.name_token(short) \
                or rules.kind_from_words(long_span.text.split()[-1:], Kind.DATASET) is not Kind.DATASET:
            return False  # (a long form whose head says another kind keeps it: "Jericho Test-Time Learning")
        local = long_span.start_char - field.start
        before = set(text[max(0, local - 40):local].lower().split()[-3:])
        if not intro and _PARTICULAR.isdisjoint(before):
            return False
        spans = list(writer.spans())
        on_long = [sp for sp in spans if sp.start < long_span.end and long_span.start < sp.end]
        on_short = [sp for sp in spans if sp.start < short_span.end and short_span.start < sp.end]
        if on_short and (len(on_short) > 1 or self._names(doc, on_short[0], long_span.text, short, intro)):
            return False
        if any(sp.label_ != Kind.DATASET.value or not long_span.start <= sp.start < sp.end <= long_span.end
               or sp.start == long_span.start and sp.end == long_span.end for sp in on_long):
            return False
        taken = {(sp.start, sp.end) for sp in on_long + on_short}
        writer.drop(lambda sp: (sp.start, sp.end) in taken)
        own = intro or not {"new", "novel", "first", "our"}.isdisjoint(before)
        self._define(doc, writer, text, field, long_span, short_span, short, own, kind=Kind.DATASET)
        return True

    def _pair(self, doc: Doc, writer: SpanWriter, text: str, field: Field, long_span: Span, short_span: Span,
              short: str, intro: bool, part: str = "") -> None:
        spans = list(writer.spans())
        on_long = [sp for sp in spans if sp.start < long_span.end and long_span.start < sp.end]
        on_short = [sp for sp in spans if sp.start == short_span.start and sp.end == short_span.end]
        exact = [sp for sp in on_long if sp.start == long_span.start and sp.end == long_span.end]
        agree = bool(exact) and exact[0].id_ == on_short[0].id_ if on_short else False
        if on_short and not agree and (exact
                                       or not self._names(doc, on_short[0], long_span.text, short, intro)):
            # "Deviation-Aware Distillation (DAD)": the paper defines the short form, and not as
            # the vocabulary entity of that name (a dataset DAD): the paper's meaning wins (and a
            # long form the vocabulary knows names the short one).
            wrong = on_short[0].id_
            writer.drop(lambda sp: sp.text == short and sp.id_ == wrong)
            on_short = []
        if on_short and not on_long:
            entity = self.entity_of(doc, on_short[0])
            if entity is not None:
                self._link(writer, long_span, entity, on_short[0])
        elif on_long and not on_short:
            if len(on_long) == 1 and exact:
                entity = self.entity_of(doc, exact[0])
                if entity is not None:
                    self._link(writer, short_span, entity, exact[0])
                    known_names(doc).setdefault(short, entity)
            elif not exact and (intro or _title_case(long_span.text) or _plain_method(long_span, short)
                                or self._method_after(text, field, long_span, short_span)) \
                    and not names_no_method(text, self._pair_end(text, field, long_span, short_span),
                                            long_span.text) \
                    and all(long_span.start <= sp.start and sp.end <= long_span.end
                            and sp.label_ == Kind.TECHNIQUE.value for sp in on_long):
                # "Multimodal Distillation (MDist)", "multi-modal fine-tuning (MMFT)": a named method more
                # specific than the vocabulary names inside it ("Distillation"), and a kind of it
                generic = {sp.id_ for sp in on_long}
                self._define(doc, writer, text, field, long_span, short_span, short, intro,
                             broader=generic.pop() if len(generic) == 1 else None,
                             replace={(sp.start, sp.end) for sp in on_long})
            elif not exact and intro and len(on_long) == 1 and on_long[0].start == long_span.start \
                    and on_long[0].end < long_span.end and on_long[0]._.origin == Origin.DISCOVERED.value \
                    and not re.search(r"[^\w\s-]", long_span.text) \
                    and not _acronym(on_long[0].text):
                # "we present the MechMath Agent Team (MMAT)": the rule of introduced names took "MechMath",
                # the start of the name the paper defines (a phrase: not "PolyFusionAgent, an interactive
                # framework coupling a multimodal polymer foundation model (PolyFusion)"; not a short form the
                # paper defined before: "TIS" of "we propose TIS position dilution of precision (TPDoP)")
                self._define(doc, writer, text, field, long_span, short_span, short, intro,
                             replace={(on_long[0].start, on_long[0].end)})
        elif not on_long and not on_short and intro and not (  # "visual question answering (VQA)": a task
                _lower_case(long_span.text) and long_span[-1].lower_ in DEFAULT_TASK_NOUNS):
            self._define(doc, writer, text, field, long_span, short_span, short, intro)
        elif not on_long and not on_short and _title_case(long_span.text) and self.rules.name_word(short) \
                and len(long_span.text.split()) >= 3 and _coined_end([t.lower_ for t in long_span], part):
            # "Our dynamic stream leverages a Mixture of Spiking Experts (MoSE)", "Central to our approach
            # is Decoupled Turn Policy Optimization (DTPO)": a name the paper coins and defines, known to
            # no list: its own; not one it takes from elsewhere, named bare after a use word ("leverages
            # Range Asymmetric Numeral Systems (rANS)", "inspired by Finite-Time Lyapunov Exponents
            # (FTLE)"): the role tagger reads its cue
            own = intro or _BARE_USE.search(text, max(0, long_span.start_char - field.start - 40),
                                            long_span.start_char - field.start) is None
            self._define(doc, writer, text, field, long_span, short_span, short, own)
        elif not on_long and not on_short and not part and (
                _plain_method(long_span, short) or self._method_after(text, field, long_span, short_span)) \
                and not self._other_vocabulary_entity(short, long_span.text):
            # "Tests show that joint angle-based refinement (JAR) outperforms ...", "combines
            # language-specific token prefixing (LTP) with ...": plain words that end in a way of doing
            # something, shortened by the paper, name a method
            self._define(doc, writer, text, field, long_span, short_span, short, intro)
        elif not on_long and not on_short and part and not self.rules.generic_name(short) \
                and len(long_span) >= 2 and _part_end(long_span):
            # "the Distribution Alignment (DA) module", "a cross-semantic relation measuring (CSRM)
            # mechanism": a part of a method, named and shortened by the paper (called by its part noun);
            # a task word ends one written in title case ("the Scale-Aware Control (SAC) module")
            self._define(doc, writer, text, field, long_span, short_span, short, intro, part=part)

    def _define(self, doc: Doc, writer: SpanWriter, text: str, field: Field, long_span: Span,
                short_span: Span, short: str, intro: bool, broader: str | None = None, part: str = "",
                kind: Kind | None = None, replace: set[tuple[int, int]] | None = None) -> None:
        """One discovered entity for the long and short form (``broader``: the vocabulary
        technique it specialises; ``part``: the part noun after them, which its label takes, "Dynamic
        Instance module"; ``replace``: the vocabulary spans inside the long form it replaces, dropped only
        once the pair is defined, so a pair that names no method keeps them: "a standard Tensor Principal
        Component Analysis (TPCA) problem" keeps PCA); a short form the vocabulary has is that entity."""
        # the long form's head noun ("... Distillation"), else a kind noun just before it in its sentence
        local = long_span.start_char - field.start
        sentence = text[max(0, local - 60):local].rsplit(". ", 1)[-1]
        rules = self.rules
        near = [w.strip(",:;(") for w in sentence.split()[-2:]]  # "a new benchmark, Foo Bar (FB)"
        given = kind
        after = self._pair_end(text, field, long_span, short_span)
        kind = (kind or rules.kind_from_words(long_span.text.split()[-1:], None)
                or _kind_after(text, after, long_span.text) or rules.kind_from_words(near[::-1], None)
                or Kind.TECHNIQUE)
        entity = discovered_entity(short, kind, 0.85)
        vocabulary = self.vocabulary()
        known = vocabulary.entity(entity.id) if vocabulary is not None and entity.id in vocabulary else None
        # "Low-Rank Adapters (LoRA)": the known LoRA (not "State Space Prompting (SSP)": the vocabulary's SSP
        # is Shifted Softplus, whose name shares no word with it)
        as_known = known is not None and (_spells(long_span.text, known) or kind is Kind.TECHNIQUE and (
            not _expansions(known, short) or _shared_word(long_span.text, _expansions(known, short))))
        if given is None and not part and kind is not Kind.DATASET and (
                names_no_method(text, after, long_span.text)
                or not as_known and names_concept(text, after, long_span.text, short, local)):
            return  # "Inter-class Correlation Coefficient (ICC)", "Video Temporal Grounding (VTG) aims to",
            # "creating a Directed Acyclic Graph (DAG)" (a name the vocabulary has is no concept: "VQ-VAEs";
            # one it has in another sense is: "Stochastic Shortest Path (SSP) problems", not Shifted Softplus)
        if replace:
            writer.drop(lambda sp: (sp.start, sp.end) in replace)
        role = Role.INTRODUCES if intro else Role.MENTIONS
        named = known_names(doc).get(long_span.text)
        if named is not None and named.origin is Origin.DISCOVERED and (named.kind is kind or given is None) \
                and not _longer_name(named.label, short):
            # "Delta Sampling: ..." in the title, "Delta Sampling (DS)" here; whatever kind each guessed from
            # its own words ("MechMath Agent Team: LLM Driven Agents ..." a model, "the MechMath Agent Team
            # (MMAT)" none): the kind settler reads the paper for the one name
            entity, origin = named, Origin.DISCOVERED
        elif known is not None and as_known:
            entity = known
            origin = Origin.VOCABULARY
        else:
            entity = discovered_entity(short, kind, 0.85, aliases=(long_span.text,),
                                       broader=broader if kind is Kind.TECHNIQUE else None)
            if part:
                entity = dataclasses.replace(entity, label=f"{long_span.text} {part}")
            origin = Origin.DISCOVERED
        for target in (long_span, short_span):
            writer.add(target.start, target.end, entity, confidence=0.85, role=role, origin=origin)
        known_names(doc).setdefault(short, entity)
        if origin is Origin.DISCOVERED and _DIMENSION.match(short) is not None:
            # "3DID: Direct 3D Inverse Design for Aerodynamics" in the title, "a 3D Inverse Design (3DID)
            # framework" here: the long form's other mentions are this entity too (as the coined names'
            # rule, which took these pairs before their short forms were read, links them)
            known_names(doc).setdefault(long_span.text, entity)

    def _method_after(self, text: str, field: Field, long_span: Span, short_span: Span) -> bool:
        """Whether a singular method noun follows a pair of two words or more, lower case or title case, that
        ends in no task ("the existing geometric partitioning (GEO) scheme", "the Discrete Morse (DM)
        technique", "the minimum-weight perfect matching (MWPM) decoder"; not "a multi-object tracking
        (MOT) framework", nor "Low-Light Image Enhancement (LLIE) methods": methods for a task)."""
        words = long_span.text.split()
        last = words[-1].lower()
        return len(words) >= 2 and (_lower_case(long_span.text) or _title_case(long_span.text)) \
            and not _name_runs_on(text[:long_span.start_char - field.start]) \
            and (last not in _TASK_ENDS or last in _METHOD_TASK_ENDS) \
            and _METHOD_AFTER.match(text, self._pair_end(text, field, long_span, short_span)) is not None

    @staticmethod
    def _pair_end(text: str, field: Field, long_span: Span, short_span: Span) -> int:
        """Where the text after a long and short form pair starts in ``text`` (past a closing bracket)."""
        end = max(long_span.end_char, short_span.end_char) - field.start
        return end + 1 if text[end:end + 1] == ")" else end

    def _other_vocabulary_entity(self, short: str, long_form: str) -> bool:
        """Whether the vocabulary has an entity of ``short``'s id that ``long_form`` does not name
        ("multi-objective search (MOS)" is no Mean Opinion Score): what :meth:`_define` would link."""
        vocabulary = self.vocabulary()
        entity_id = discovered_entity(short, Kind.TECHNIQUE, 0.85).id
        if vocabulary is None or entity_id not in vocabulary:
            return False
        known = vocabulary.entity(entity_id)
        return not _spells(long_form, known)

    def _names(self, doc: Doc, span: Span, long_form: str, short: str, intro: bool) -> bool:
        """Whether the vocabulary entity that ``span`` links may be what ``long_form`` defines.

        It is when one of its expansions is this long form (spelling aside). Otherwise it is not
        when the long form shares no word with any expansion, when the long form is a lower-case phrase and
        the entity a dataset or model, when the paper introduces the name ("We propose the Deviation-Aware
        Distillation (DAD) method" is not the dataset DAD), or when the entity has expansions and the long
        form's head noun says another kind ("self-speculative decoding (SSD)" is no detector model).
        """
        if span._.origin != Origin.VOCABULARY.value:
            return True
        entity = self.entity_of(doc, span)
        if entity is None:
            return True
        wanted = normal_name(long_form)
        expansions = _expansions(entity, short)
        if any(normal_name(name) == wanted for name in expansions):
            return True
        if expansions and not _shared_word(long_form, expansions):
            return False  # "Perception-Cognition-Action (PCA)" is no Principal Component Analysis
        if intro or entity.kind in (Kind.DATASET, Kind.MODEL) and _lower_case(long_form):
            return False  # "channel state information (CSI)" is no dataset CSI
        last = long_form.split()[-1].lower()
        rules = self.rules
        head = None if last in _GENERIC_HEADS else (
            rules.kind_from_words([last], None)
            or rules.kind_from_words([last[:-1]] if last.endswith("s") else [], None))
        if not expansions and entity.kind in (Kind.DATASET, Kind.MODEL) and (
                last in _THING_ENDS or last in _LOWER_METHOD_ENDS or head not in (None, entity.kind)
                or head is None and _other_kind_after(span, entity.kind)):
            # a dataset or model known by its short form only: "Adaptive Patch Encoder (APE)" is no dataset
            # APE, "Archaic Insertion Rate (AIR)" none AIR, "Sparrow Search Algorithm (SSA)" no model SSA,
            # "the Abstractions of State-Action Pairs (ASAP) framework" no dataset ASAP
            return False
        return not (expansions and head is not None and head is not entity.kind)

    def _link(self, writer: SpanWriter, span: Span, entity: Entity, source: Span) -> None:
        """Link ``span`` to the entity of ``source`` (its other form), with its origin and role."""
        writer.add(span.start, span.end, entity, confidence=min(0.9, source._.confidence),
                   role=Role(source._.role), origin=Origin(source._.origin))
