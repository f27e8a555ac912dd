"""Pairs whose short form opens with a number of dimensions are read as the other pairs are.

- The long form carries the short form's dimension: "Detailed 3D Referring Expression Segmentation
  (3D-DRES)" is not read from "Referring" (that run is the vocabulary's task, a second entity).
- A number of dimensions is no capital: "2D human pose estimation (2D-HPE)" is a lower-case task pair, left
  unlinked as "human pose estimation (HPE)" would be.
- The long form of a dimension pair is known to the paper's other mentions ("3D Inverse Design" in the title).
- A name before its long form may open with a number of dimensions too: "4DP-QA (4D Perception QA)".

Sentences from corpus abstracts (arXiv ids in comments).
"""

from __future__ import annotations

from tests.ingest._helpers import entity_ids, extract, kinds

# 2603.02896
_DRES = ("Current 3D visual grounding tasks only process sentence level detection or segmentation. "
         "To address this challenge, we introduce Detailed 3D Referring Expression Segmentation (3D-DRES), "
         "a new task that provides a phrase to 3D instance mapping, aiming at enhancing fine-grained 3D "
         "vision language understanding. To support 3D-DRES, we present DetailRefer, a new dataset "
         "comprising 54,432 descriptions spanning 11,054 distinct objects.")


def test_dimension_short_form_is_one_entity() -> None:
    ids = entity_ids(_DRES, "3D-DRES: Detailed 3D Referring Expression Segmentation")
    assert len(ids["3D-DRES"]) == 1
    assert not any("referring-expression" in i for i in ids["3D-DRES"])


def test_lower_case_dimension_task_pair_unlinked() -> None:
    # 2504.10190
    found = kinds("In this work, we present the first differentially private 2D human pose estimation "
                  "(2D-HPE) by applying Differentially Private Stochastic Gradient Descent (DP-SGD) to "
                  "this task.")
    assert "2D-HPE" not in found
    assert "2D human pose estimation" not in found


def test_dimension_long_form_in_title() -> None:
    # 2512.08987
    abstract = ("In this paper, we propose a 3D Inverse Design (3DID) framework that directly navigates the "
                "3D design space by coupling a continuous latent representation with a physics-aware "
                "optimization strategy.")
    title = "3DID: Direct 3D Inverse Design for Aerodynamics with Physics-Aware Optimization"
    in_title = {m.surface: m.entity_id for m in extract(abstract, title).mentions if m.field == "title"}
    assert in_title.get("3D Inverse Design") == "technique/3did"


def test_name_then_dimension_long_form() -> None:
    # 2606.11568
    found = kinds("From this pipeline, we generate a large-scale training dataset of 400K samples, 4DP-QA "
                  "(4D Perception QA), and a 2.2K-sample benchmark, 4DP-QA-Bench.")
    assert found.get("4DP-QA") == "dataset"
    assert found.get("4D Perception QA") == "dataset"
