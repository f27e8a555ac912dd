"""The word lists of the kind settler (:mod:`~.kinds`): kind nouns, name endings, the heads of long forms
and titles that say a kind, and the words that end a noun phrase."""

from __future__ import annotations

from paperkg.ingest.extract.names import DEFAULT_TASK_NOUNS
from paperkg.ingest.records import Kind

__all__ = ["DEFAULT_KIND_NOUNS", "DEFAULT_NAME_PRIORS"]  # (private lists: the kind modules import them)

#: Nouns that say what a name is, by kind ("none": nouns that say it is none of them).
DEFAULT_KIND_NOUNS: dict[str, list[str]] = {
    "dataset": ["dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "collection", "suite",
                "testbed", "leaderboard", "database", "databases", "challenge", "competition",
                # an environment the paper builds for agents to act in ("UserVille, an interactive
                # environment", "KnotGym, an interactive environment", "the GasRL environment"): data to
                # evaluate on, as the gold calls "SE-Bench, a diagnostic environment" (ANNOTATION: an RL
                # environment is no model); not the plural, a class ("in most PAMDP environments")
                "environment", "gym", "sandbox", "playground"],
    "model": ["model", "models", "llm", "llms", "mllm", "mllms", "vlm", "vlms", "lvlm", "lvlms", "lmm",
              "lmms", "vla", "language model", "vision-language model", "foundation model",
              "chatbot", "assistant", "family", "series", "checkpoint", "architecture", "system", "agent",
              "network", "networks", "transformer", "generator", "backbone", "classifier", "detector"],
    "technique": ["method", "approach", "framework", "technique", "algorithm", "strategy", "pipeline",
                  "metric", "library", "toolkit", "recipe", "paradigm", "attack", "mechanism", "scheme",
                  "tool", "protocol", "platform", "solver", "renderer", "tracer", "compiler", "module",
                  "block", "layer", "optimizer", "loss", "regularizer", "workflow", "scaffold", "taxonomy"],
    "none": ["language"],
}
#: Name endings that suggest a kind, when the text says nothing (regular expressions), tried in
#: order: a size with a release's tier word is a model's before "Instruct" is a data set's
#: ("Alif-1.0-8B-Instruct", "JoyAI-LLM-48B-A3B Base"; "FaceInstruct").
DEFAULT_NAME_PRIORS: dict[str, str] = {
    "model": r"(?:LM|LLM|LLMs|GPT|BERT|T5|LLaVA|Llama|LLaMA|Former|Coder|-\d+(?:\.\d+)?[BMK]"
             r"|-\d+(?:\.\d+)?B(?:-A\d+(?:\.\d+)?B)?(?:[- ](?:Instruct|Chat|Base|IT|it|Thinking))?)$",
    "dataset": r"(?:[Bb]ench|BENCH|Eval|EVAL|Corpus|Pile|Data|Stories|QA|Set|Instruct)$",
    "technique": r"(?i:Pruner|Tuning|Prompting|Attack|Merging)$",
}
#: Name endings of a trained network or an agent, which a clause saying what the name does leaves a model
#: ("Search-on-Graph-R1, which internalizes this navigation into a compact 8B model", "TheraAgent, which
#: operationalizes ...", "ChainFlow-VLA", "RobustMedSAM", "OTF-LAM", "Omni-RewardModel"), and the words of a
#: title or a long form that call the paper's system a network or a policy ("HyperTea: A Hypergraph-based
#: Temporal Enhancement and Alignment Network for ...", "SPOT (Spatially Prompted Object-Target Policy)").
_NETWORK_ENDING = r"(?:R1|Agent|VLA|Model|(?<!^[ACFGS])SAM|LAM|Policy)$"  # (not ASAM, GSAM: sharpness-aware)
_NETWORK_WORDS = r"(?<![\w-])(?:Network|Policy)(?![\w-])"
#: The last word of a title-case name that says its kind ("Cognitive Blood Request System").
_OWN_HEADS = {"Model": Kind.MODEL, "Transformer": Kind.MODEL, "Network": Kind.MODEL, "System": Kind.MODEL,
              "Agent": Kind.MODEL, "Benchmark": Kind.DATASET, "Dataset": Kind.DATASET, "Corpus": Kind.DATASET}
#: The last word of a name's long form, in any case, that says its kind: "a Trajectory-Aware State
#: Block (TASB)", "time-triggered federated learning (TT-Fed)", "Video Diffusion Transformers (DiTs)".
#: What a name stands for says what it is, more than "the TT-Fed model" (a model trained the TT-Fed
#: way). (Not "machine": "Finite State Machine", "Image Coding for Machines".)
_FORM_HEADS = {"network": Kind.MODEL, "networks": Kind.MODEL, "transformer": Kind.MODEL,
               "transformers": Kind.MODEL,
               # networks named by their kind of network: "incremental Multi-Layer Perceptron (IMLP)"
               "perceptron": Kind.MODEL, "perceptrons": Kind.MODEL,
               # a system, as the title-case "System" is: "an automated discourse analysis system (ADAS)"
               "system": Kind.MODEL,
               "block": Kind.TECHNIQUE, "module": Kind.TECHNIQUE, "layer": Kind.TECHNIQUE,
               "mechanism": Kind.TECHNIQUE, "algorithm": Kind.TECHNIQUE, "optimizer": Kind.TECHNIQUE,
               "loss": Kind.TECHNIQUE, "learning": Kind.TECHNIQUE, "optimization": Kind.TECHNIQUE,
               "attention": Kind.TECHNIQUE, "regularization": Kind.TECHNIQUE,
               # procedures: "retrieval augmented generation (M-RAG)", "Easy Consistency Tuning (ECT)"
               "generation": Kind.TECHNIQUE, "augmentation": Kind.TECHNIQUE, "tuning": Kind.TECHNIQUE,
               "decoding": Kind.TECHNIQUE, "distillation": Kind.TECHNIQUE, "pruning": Kind.TECHNIQUE,
               "quantization": Kind.TECHNIQUE, "sampling": Kind.TECHNIQUE, "prompting": Kind.TECHNIQUE,
               # representations a method computes: "Solvent Data Driven Embeddings (SoDaDE)", "Position
               # Embedding as a Context Controller (PoCo)"
               "embedding": Kind.TECHNIQUE, "embeddings": Kind.TECHNIQUE,
               # data: "Cognitive Hierarchy Benchmark (CHBench)", "a Long Form Dataset (LFD)"
               "benchmark": Kind.DATASET, "dataset": Kind.DATASET, "corpus": Kind.DATASET}
#: The heads of an autoencoder's name (any case): a name the paper coins for one ("Consistency Autoencoder
#: (CAE)", "Multimodal Vision Transformer Autoencoder") names the network it trains, a model (ANNOTATION: a
#: trained network is a model; the dev gold reads both so), where the classes are techniques (below).
_AUTOENCODER_HEADS = frozenset({"autoencoder", "autoencoders", "auto-encoder", "auto-encoders"})
#: The words of an autoencoder class's name ("Conditional Variational Autoencoder", "Vector Quantized
#: Variational Auto-Encoder", "Sparse Autoencoders"): the dev gold reads these classes as techniques, as it
#: reads "autoencoder" and "VAE"; a name with another word is the paper's own network.
_AUTOENCODER_CLASS_WORDS = frozenset({
    "variational", "conditional", "sparse", "masked", "denoising", "convolutional", "graph", "vector",
    "quantized", "vector-quantized", "adversarial", "stacked", "deep", "contractive", "hierarchical",
    "recurrent", "regularized", "residual", "diffusion", "linear", "standard", "vanilla", "classical",
    "simple", "novel", "new", "lightweight", "generative", "neural", "video", "bayesian", "top-k", "a", "an",
    "the", "our", "and", "-"})
#: A word that keeps an autoencoder's name a technique: a sparse autoencoder's variant ("Gradient Sparse
#: Autoencoder", "Temporal Sparse Autoencoders") is a dictionary-learning tool the gold reads as the technique
#: "sparse autoencoder" is (dev: 3 papers), not a network the paper trains to use.
_AUTOENCODER_TECHNIQUE_WORDS = frozenset({"sparse"})
#: Technique nouns that name a benchmark after an evaluation word ("an evaluation framework").
_EVALUATION_HEADS = frozenset({"framework", "pipeline", "protocol", "platform", "toolkit"})
_EVALUATION_WORDS = (" evaluation", " benchmarking", " assessment")
#: Technique nouns too loose to outweigh a paper calling its system a model: "R2LDM, an innovative
#: approach" whose "model achieves 6- to 10-fold densification" (ANNOTATION: a trained network is a model).
_LOOSE_NOUNS = frozenset({"framework", "approach", "method", "paradigm"})
#: Technique nouns that name a part of a network: a name the text calls one, in lower case, is that part
#: (a technique: ANNOTATION's architecture component), whatever network its long form names ("a Dual-Branch
#: Feed-Forward Network (DBFFN) module", "Feature Interaction NEtwork (FINE), a lightweight semantic
#: alignment module"; not "the core of DSSN is the Cross-level Saliency Assessment Block": a name of its own).
_PART_NOUNS = frozenset({"module", "block", "layer", "mechanism"})
_NOT_AFTER = ("on", "upon", "in", "at", "with", "using", "across", "for", "from", "by", "to", "of", "under",
              "over", "via", "into", "compared", "within", "through", "beyond", "after", "without")


#: Words that end the words between an article and its kind noun ("X, a path toward foundation
#: models"): a clause or a prepositional phrase, whose noun is not what X is ("of" stays: "a family of
#: models").
_NOT_FILLER = ("that|which|who|whose|where|to|toward|towards|for|in|on|with|from|by|via|into|across|over|"
               "beyond")


#: Words after a kind noun that end its noun phrase ("a transformer model trained on", "a model that").
_PHRASE_ENDS = frozenset({"for", "of", "that", "which", "who", "to", "with", "in", "on", "and", "or", "is",
                          "are", "was", "by", "from", "via", "using", "based", "trained", "built", "designed",
                          "as", "at", "where", "than", "into", "achieves", "called", "named", "dubbed",
                          "termed", "capable", "the", "a", "an", "its", "their", "our", "this", "these",
                          "each", "his", "her",
                          # participles that open a complement: "a benchmark comprising model outputs"
                          "comprising", "containing", "including", "consisting", "covering", "spanning",
                          "featuring", "targeting", "leveraging", "integrating", "combining", "incorporating",
                          "enabling", "allowing", "requiring", "utilizing", "employing", "involving"})
# an adverb after a kind noun ends its phrase: "a benchmark specifically targeting LLM safety"
_NOT_ADVERBS = frozenset({"family", "anomaly", "assembly", "supply", "poly", "butterfly", "reply", "italy"})

# what ends a title's first noun phrase after its colon: "A Unified Model for ..."
_TITLE_PHRASE_ENDS = frozenset({"for", "to", "with", "of", "from", "in", "on", "via", "through", "towards",
                                "toward", "by", "that", "which", "using", "across", "at", "as", "beyond",
                                "without",
                                # participles that open a complement: "... Framework Leveraging Diffusion
                                # Model"
                                "leveraging", "exploiting", "utilizing", "incorporating", "integrating",
                                "--", "-", ":"})
_TITLE_PHRASE_WORDS = 8
_TASKS = frozenset(DEFAULT_TASK_NOUNS)


_PREPOSITIONS = frozenset({"for", "of", "with", "via", "in", "on", "from", "to", "by", "under", "as"})


#: The last word of a long form that makes its short form a task's or a field's name, not a model's:
#: "Arabic dialect identification (ADI) systems", "Computer-Aided Design (CAD) models", "Multi-Person
#: Pose Estimation (MPPE)" (procedure heads such as "generation" or "learning" are :data:`_FORM_HEADS`).
_TASK_FORM_HEADS = frozenset({
    "detection", "recognition", "classification", "segmentation", "identification", "estimation",
    "prediction", "forecasting", "answering", "translation", "summarization", "captioning", "tracking",
    "understanding", "editing", "analysis", "assessment", "evaluation", "diagnosis", "localization",
    "localisation", "recommendation", "verification", "retrieval", "reasoning", "correction", "imaging",
    "design",
    # "Non-Intrusive Load Monitoring (NILM)", "radiology report generation (RRG)": 903 corpus abstracts
    # spell a short form out as "... generation" or "... monitoring", a task (a procedure such as "retrieval
    # augmented generation" is a technique by :data:`_FORM_HEADS` before this is asked: it drops only models)
    "monitoring", "generation"})
#: The plural heads of a class of models: "pre-trained models (PTMs)", "long-context language models (LCLM)".
_CLASS_HEADS = frozenset({"models", "networks"})


#: The words whose "X-to-Y" names a task or a manner, not a model: "Text-to-Image Models", "Speech-to-Text
#: systems", "a Coarse-to-Fine Model", "End-to-End Model" (not a coined "Debate-to-Detect").
_PAIR_WORDS = ("text|image|video|speech|audio|motion|music|sound|voice|3d|code|sql|any|end|coarse|fine"
               "|sequence|point|mesh|shape|scene|sketch|layout")
#: People with a machine, hyphen-joined: an interaction, not a model ("Full-duplex Human-LLM Speech
#: Interaction", "Human-Robot collaboration"; 348 corpus abstracts join "Human" to an actor so).
_ACTORS = "llm|llms|ai|robot|agent|machine|computer|vlm|mllm"
