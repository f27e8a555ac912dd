"""A title's means after "via|through" that the abstract does not write again (lowtech20): a means ending
in a title method head with no method ending ("via Cross-Modal Doppler Guidance"), one ending in "Analysis"
("through Person-Specific Velocity Analysis"), and one whose paper names its own system ("we present
NURBGen ... through LLM-Driven NURBS Modeling"): each a technique the paper introduces. Real corpus papers
(slices s10, s30), with their abstracts' first sentences."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract

_DOGFLOW = ("Accurate 3D scene flow estimation is critical for autonomous systems to navigate dynamic "
            "environments safely, but creating the necessary large-scale, manually annotated datasets "
            "remains a significant bottleneck for developing robust perception models. We introduce "
            "DoGFlow, a novel self-supervised framework that recovers full 3D object motions for LiDAR "
            "scene flow estimation without requiring any manual ground truth annotations.")
_VELOCITY = ("Detecting anomalies in crowded scenes is challenging due to severe inter-person occlusions and "
             "highly dynamic, context-dependent motion patterns. To address these limitations, we introduce "
             "VelocityNet, a dual-pipeline framework that combines head detection and dense optical flow to "
             "extract person-specific velocities.")
_NURBGEN = ("Generating editable 3D CAD models from natural language remains challenging, as existing "
            "text-to-CAD systems either produce meshes or rely on scarce design-history data. We present "
            "NURBGen, the first framework to generate high-fidelity 3D CAD models directly from text using "
            "Non-Uniform Rational B-Splines (NURBS).")
_SUMI = ("Photon-counting CT (PCCT) provides superior image quality with higher spatial resolution and "
         "lower noise compared to conventional energy-integrating CT (EICT), but its limited clinical "
         "availability restricts large-scale research and clinical deployment. To bridge this gap, we "
         "propose SUMI, a simulated degradation-to-enhancement method that learns to reverse realistic "
         "acquisition artifacts in low-quality EICT by leveraging high-quality PCCT as reference.")


@pytest.mark.parametrize(("title", "abstract", "surface"), [
    # 2508.18506: "Guidance" is a title method head without a method ending
    ("DoGFlow: Self-Supervised LiDAR Scene Flow via Cross-Modal Doppler Guidance", _DOGFLOW,
     "Cross-Modal Doppler Guidance"),
    # 2510.18187: "Analysis" heads a means of three words or more
    ("VelocityNet: Real-Time Crowd Anomaly Detection via Person-Specific Velocity Analysis", _VELOCITY,
     "Person-Specific Velocity Analysis"),
    # 2511.06194: the abstract names its system, NURBGen; the title's means is a technique of its own
    ("NURBGen: High-Fidelity Text-to-CAD Generation through LLM-Driven NURBS Modeling", _NURBGEN,
     "LLM-Driven NURBS Modeling"),
    # 2604.07329: the abstract proposes SUMI, built on the degradation modeling the title names
    ("Distilling Photon-Counting CT into Routine Chest CT through Clinically Validated Degradation Modeling",
     _SUMI, "Clinically Validated Degradation Modeling"),
])
def test_title_means_is_an_introduced_technique(title: str, abstract: str, surface: str) -> None:
    found = {(m.surface, m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}
    assert (surface, Kind.TECHNIQUE, Role.INTRODUCES) in found



@pytest.mark.issue(12)
def test_a_two_word_guidance_means_is_no_method() -> None:
    # 2511.19909: "via Prior Guidance" is a kind of signal, not a method the title names
    title = "Motion Marionette: Rethinking Rigid Motion Transfer via Prior Guidance"
    abstract = ("We present Motion Marionette, a zero-shot framework for rigid motion transfer from "
                "monocular videos.")
    titled = {m.surface for m in extract(abstract, title).mentions if m.field == "title"}
    assert "Prior Guidance" not in titled
