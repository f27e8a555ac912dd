"""The kind settler's renames: an entity moved onto another keeps every name as an alias (two entities moved
to one id lose none), and a discovered name that is a vocabulary name written with other hyphens, spaces,
dots or case is that entity (one entity per concept; no split by case or punctuation). Real corpus
sentences, shortened."""

from __future__ import annotations

from tests.ingest._helpers import entity_ids, extract

STQE = ("STQE: Spatial-Temporal Quality Enhancement for G-PCC Compressed Dynamic Point Clouds",
        "Very few studies have addressed quality enhancement for compressed dynamic point clouds. Addressing "
        "this gap, we propose a spatial-temporal attribute quality enhancement (STQE) network that exploits "
        "both spatial and temporal correlations to improve the visual quality of G-PCC compressed dynamic "
        "point clouds. When applied to the latest G-PCC test model, STQE achieved improvements of 0.855 dB.")


def test_names_moved_onto_one_entity_are_all_kept() -> None:
    # 2507.17522: the title's "Spatial-Temporal Quality Enhancement" and the abstract's long form both
    # become STQE; the title's name was lost
    title, abstract = STQE
    extraction = extract(abstract, title)
    stqe = next(e for e in extraction.entities if e.label == "STQE")
    assert {"Spatial-Temporal Quality Enhancement", "spatial-temporal attribute quality enhancement"} <= set(
        stqe.aliases)
    assert {m.entity_id for m in extraction.mentions if m.surface in {"STQE", "Spatial-Temporal Quality "
                                                                      "Enhancement"}} == {stqe.id}


def test_a_vocabulary_name_with_other_punctuation_is_that_entity() -> None:
    # 2507.20284: "Celeb-A" is CelebA
    found = entity_ids("Finally, we validate that our method outperforms existing approaches on four "
                       "benchmark datasets: Corrupted CIFAR-10, Biased FFHQ, WaterBirds, and Celeb-A.")
    assert found["Celeb-A"] == {"dataset/celeba"}
    # 2512.11722: "Mask-RCNN" is Mask R-CNN
    found = entity_ids("We present a weak to strong generalization methodology for a multi-head Mask-RCNN "
                       "model.",
                       "Weak-to-Strong Generalization Enables Fully Automated De Novo Training of Multi-head "
                       "Mask-RCNN Model for Segmenting Densely Overlapping Cell Nuclei")
    assert found["Mask-RCNN"] == {"model/mask-r-cnn"}
    # 2608.10928: "GSM-8K" is the benchmark GSM8K, whatever kind the discovered name had
    found = entity_ids("Experiments across five reasoning models (1.5B--8B parameters) on GSM-8K, MATH-500, "
                       "AIME 2025, and SciQ demonstrate that ThinkRetrieve consistently improves accuracy.")
    assert found["GSM-8K"] == {"dataset/gsm8k"}
    # ... but not with other numbers or capitals
    # 2510.13827: "LLaMA-3-3B" folds to "LLaMA 33B" but is no LLaMA 33B
    found = entity_ids("On the seven-language MultiSpider dataset, fine-tuning the LLaMA-3-3B model with "
                       "GRPO improved the execution accuracy up to 87.4 percent.")
    assert "model/llama-33b" not in found.get("LLaMA-3-3B", set())
    # 2604.12322: the paper's "APEX" is no Ape-X
    found = entity_ids("We present APEX, built on a key theoretical insight: adversarial correction signals "
                       "can be extracted endogenously from a flow model through condition shifting.")
    assert "technique/ape-x" not in found.get("APEX", set())
