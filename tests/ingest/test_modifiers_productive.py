"""A productive family word ("distillation") written after the words that name what is distilled or how is
a method of its own, in the family of the broad technique (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Entity
from tests.ingest._helpers import extract

KD = "technique/knowledge-distillation"


def _links(abstract: str, title: str = "A study") -> dict[str, tuple[Entity, set[str]]]:
    extraction = extract(abstract, title)
    entities = {e.id: e for e in extraction.entities}
    found: dict[str, tuple[Entity, set[str]]] = {}
    for m in extraction.mentions:
        found.setdefault(m.entity_id, (entities[m.entity_id], set()))[1].add(m.surface)
    return found


@pytest.mark.parametrize(("sentence", "surface"), [
    # arXiv 2607.07548: two modifier words, the hyphenated one first
    ("Third, a 1.7B-parameter executor trained via quality-filtered trajectory distillation matches a "
     "frontier sub-agent in accuracy while consuming 37% fewer sub-agent tokens, advancing the Pareto "
     "frontier.",
     "quality-filtered trajectory distillation"),
    # arXiv 2606.00543: the same name twice, after "of the" and after "a"
    ("To address this problem, we propose an Extreme Token Compression (ETC) framework that minimizes task "
     "loss when reducing the number of input tokens based on the principle of variational information "
     "distillation. Moreover, ETC introduces a variational information distillation, enabling the compact "
     "representation to preserve the essential information to recover this predictive statistic.",
     "variational information distillation"),
])
def test_modifiers_productive_head_with_modifiers_is_its_own_technique(sentence, surface):
    links = _links(sentence)
    entity, written = links[f"technique/{surface.replace(' ', '-')}"]
    assert written == {surface} and entity.broader == KD
    assert KD not in links


def test_modifiers_productive_name_leaves_out_a_describing_word():
    # arXiv 2511.23342: "one-step" says how many steps, "flow distillation" is the method
    links = _links("Extensive experiments on ImageNet at 64, 256, and 512 resolutions show that Re-MeanFlow "
                   "consistently outperforms prior one-step flow distillation and Rectified Flow methods in "
                   "both sample quality and training efficiency.")
    assert links["technique/flow-distillation"][1] == {"flow distillation"}
    assert KD not in links and "technique/one-step-flow-distillation" not in links


def test_modifiers_productive_name_goes_over_a_technique_whose_last_word_makes_one_with_the_head():
    # arXiv 2510.13998: "multi-head attention" + "distillation", where "attention distillation" is a technique
    links = _links("Specifically, BitDistill incorporates three key techniques: the SubLN module, as "
                   "introduced in BitNet; multi-head attention distillation, based on MiniLM; and continual "
                   "pre-training, which serves as a crucial warm-up step to mitigate the scalability issue "
                   "of the performance gap between finetuned full-precision and 1.58-bit LLMs on specific "
                   "tasks.")
    entity, written = links["technique/multi-head-attention-distillation"]
    assert written == {"multi-head attention distillation"}
    assert entity.broader == "technique/attention-distillation"
    assert KD not in links and "technique/multi-head-attention" not in links


def test_modifiers_productive_name_in_a_title_is_the_name_the_abstract_writes_in_lower_case():
    # arXiv 2507.00445: the title's "Iterative Distillation" is the abstract's "iterative distillation-based"
    links = _links("In this work, we propose an iterative distillation-based fine-tuning framework that "
                   "enables diffusion models to optimize for arbitrary reward functions.",
                   "Iterative Distillation for Reward-Guided Fine-Tuning of Diffusion Models in Biomolecular "
                   "Design")
    entity, written = links["technique/iterative-distillation"]
    assert written == {"Iterative Distillation", "iterative distillation"} and entity.broader == KD
    assert KD not in links

