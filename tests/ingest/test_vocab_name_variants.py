"""Vocabulary names written in a variant the matcher had dropped (corpus sentences): a programming language
whose alias ends in its own cue ("Julia programming language") matched whole, and a technique of three or
more words ending in "network" written with "architecture" as its head ("generative adversarial
architectures")."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind

from tests.ingest._helpers import kinds_and_labels


@pytest.mark.parametrize(("abstract", "surface", "label"), [
    ("We propose Herb.jl, a unifying program synthesis library written in the Julia programming language, "
     "to address these issues.", "Julia programming language", "Julia"),
    ("We have developed implementations in the C programming language for computing the Hamming distance "
     "that clearly outperform both state-of-art licensed software and open-source libraries.",
     "C programming language", "C"),
])
def test_language_alias_with_its_own_cue_is_linked(abstract: str, surface: str, label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (Kind.LANGUAGE, label)


def test_generative_adversarial_architecture_is_a_gan() -> None:
    found = kinds_and_labels("It also supports complex multi-model training setups such as generative "
                             "adversarial architectures.")
    gan = (Kind.TECHNIQUE, "Generative Adversarial Network")
    assert found.get("generative adversarial architectures") == gan


def test_physics_informed_neural_architectures_are_pinns() -> None:
    found = kinds_and_labels("Deep vs. Shallow: Benchmarking Physics-Informed Neural Architectures on the "
                             "Biharmonic Equation.")
    pinn = (Kind.TECHNIQUE, "physics-informed neural network")
    assert found.get("Physics-Informed Neural Architectures") == pinn
