"""A known technique with a naming modifier is the longer, more specific method (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.modifiers import modified_names
from paperkg.ingest.records import Entity, Kind, fold
from tests.ingest._helpers import extract


def _links(abstract: str, title: str = "A study") -> dict[str, tuple[Entity, set[str]]]:
    extraction = extract(abstract, title)
    entities = {e.id: e for e in extraction.entities}
    found: dict[str, tuple[Entity, set[str]]] = {}
    for m in extraction.mentions:
        found.setdefault(m.entity_id, (entities[m.entity_id], set()))[1].add(m.surface)
    return found


@pytest.mark.parametrize(("sentence", "eid", "surfaces", "broader"), [
    # arXiv 2506.21714: a listed name, its short form linked with it
    ("Recently, continuous normalizing flows (CNFs) and diffusion models (DMs) have been studied using the "
     "unified theoretical framework.", "technique/continuous-normalizing-flow",
     {"continuous normalizing flows", "CNFs"}, "technique/normalizing-flows"),
    # arXiv 2506.17093: a hyphenated modifier
    ("Our proofs are constructive and center on a connection between deep PNNs and low-rank tensor "
     "decompositions, and Kruskal-type uniqueness theorems.", "technique/low-rank-tensor-decomposition",
     {"low-rank tensor decompositions"}, "technique/tensor-decomposition"),
])
def test_modifiers_a_listed_name_is_its_own_entity_in_the_family(sentence, eid, surfaces, broader):
    links = _links(sentence)
    entity, written = links[eid]
    assert written == surfaces
    assert entity.kind is Kind.TECHNIQUE and entity.broader == broader
    assert broader not in links  # the shorter name is no mention of its own


def test_modifiers_a_modifier_before_an_abbreviation_names_the_vocabulary_long_form():
    # arXiv 2603.15981: "multi-task RL" is the vocabulary's multi-task reinforcement learning
    links = _links("The results show that modeling paralinguistic reasoning with multi-task RL is "
                            "crucial for building emotionally intelligent speech LLMs.")
    assert links["technique/multi-task-reinforcement-learning"][1] == {"multi-task RL"}
    assert "technique/reinforcement-learning" not in links


@pytest.mark.parametrize(("sentence", "eid", "surface"), [
    # arXiv 2504.03622: a function word is no modifier
    ("We employ a dense reward scheme within a Proximal Policy Optimization framework, assigning "
     "fine-grained, token-level rewards based on the discourse distinctiveness relative to human writing.",
     "technique/ppo", "Proximal Policy Optimization"),
    # arXiv 2510.07285: the long form of a model the vocabulary knows (TCN) stays that model's
    ("While Graph Neural Networks (GNNs) excel in modeling topological structures and Temporal "
     "Convolutional Networks (TCNs) are proficient in capturing time-series dependencies, a framework that "
     "synergistically integrates both remains an open challenge.", "model/tcn",
     "Temporal Convolutional Networks"),
])
def test_modifiers_no_longer_name_where_the_word_before_makes_none(sentence, eid, surface):
    links = _links(sentence)
    assert surface in links[eid][1]


def test_modifiers_a_describing_adjective_is_read_over():
    # arXiv 2503.11919: "standard" describes, "linear" names (linear SVM)
    links = _links("In detail, the proposed feature selection algorithm adopts the k-fold "
                            "subsampling and sequential backward elimination approach, while the standard "
                            "linear support vector machine (SVM) is used as the classifier for human "
                            "detection.")
    entity, written = links["technique/linear-svm"]
    assert "linear support vector machine" in written and entity.broader == "technique/svm"


def test_modifiers_no_longer_name_where_the_paper_writes_the_technique_alone_too():
    # arXiv 2511.14199: "heterogeneous" describes the federated learning the paper also writes alone
    links = _links("Traditional centralized machine learning struggles with the distributed data "
                            "and privacy concerns in these heterogeneous environments, while existing "
                            "federated learning approaches suffer from high costs and poor generalization. "
                            "To address these challenges, we propose HFL-FlowLLM, the first framework to "
                            "apply large language models to network traffic flow classification in "
                            "heterogeneous federated learning.")
    assert links["technique/federated-learning"][1] == {"federated learning"}
    assert "technique/heterogeneous-federated-learning" not in links


def test_modifiers_the_shipped_list_names_techniques_only(shipped):
    # every listed name specialises a vocabulary technique and is no vocabulary name of another kind
    matcher = shipped.nlp.get_pipe("paperkg_vocab")
    for (modifier, broader), label in modified_names().items():
        assert shipped.vocabulary.entity(broader).kind is Kind.TECHNIQUE and modifier == modifier.lower()
        eid = matcher.fold_index.get(fold(label))
        assert eid is None or shipped.vocabulary.entity(eid).kind is Kind.TECHNIQUE, label
