"""Kinds the settler gives on untuned corpus text: an environment a paper builds for agents is data, a
unit after a number is no name, and "Our method, X" calls X a method (real corpus sentences, shortened)."""

from __future__ import annotations

from tests.ingest._helpers import kinds


def test_an_interactive_environment_is_data() -> None:
    # 2511.02208: "UserVille, an interactive environment" was a model
    found = kinds("We introduce UserVille, an interactive environment with LLM-based user simulators "
                  "enabling diverse, configurable user preferences. Leveraging UserVille, we introduce "
                  "PPP, a multi-objective reinforcement learning approach that jointly optimizes all "
                  "three dimensions.")
    assert found["UserVille"] == "dataset"
    assert found["PPP"] == "technique"
    # 2605.11376: "a scalable negotiation-oriented environment" is a system's setting, no data
    found = kinds("We propose a personal-LLM exchange (LLM-X), a scalable negotiation-oriented "
                  "environment that enables direct, structured communication across populations of "
                  "personal agents (LLMs). Unlike existing tool-centric protocols, LLM-X introduces a "
                  "message bus and routing substrate.",
                  "LLM-X: A Scalable Negotiation-Oriented Exchange for Communication Among Personal LLM "
                  "Agents")
    assert found["LLM-X"] != "dataset"


def test_a_reinforcement_learning_environment_is_data() -> None:
    # 2511.14778: "FERMAT, a reinforcement learning (RL) environment" was a technique
    found = kinds("First, we introduce FERMAT, a reinforcement learning (RL) environment that models "
                  "concept discovery and theorem-proving using a set of symbolic actions. Second, we "
                  "explore a specific problem through FERMAT.")
    assert found["FERMAT"] == "dataset"


def test_a_unit_after_a_number_is_no_name() -> None:
    # 2510.24778: "150 MHz" was a model
    found = kinds("This paper proposes an FPGA-based Lane Detector Vehicle LDV architecture that relies "
                  "on the Sobel algorithm for edge detection. Operating on 416 x 416 images and 150 MHz, "
                  "the system can generate a valid output every 1.17 ms.")
    assert "MHz" not in found


def test_a_frequency_band_is_no_name() -> None:
    # 2602.21558: "Terahertz (THz) communications" linked a model THz
    found = kinds("Terahertz (THz) communications has emerged as a promising technology for future "
                  "wireless systems due to its potential to support extremely high data rates. However, "
                  "severe path loss, blockage effects, and sensitivity to beam misalignment pose major "
                  "challenges to reliable indoor THz communications. In this paper, we investigate the "
                  "coverage probability of downlink transmission in a three-dimensional (3D) indoor THz "
                  "communication system under structured access point (AP) deployments.")
    assert "THz" not in found


def test_our_method_comma_name_is_a_method() -> None:
    # 2511.11014: "Our method, SP-Guard, addresses ..." was a model
    found = kinds("Existing inference-time guiding methods lack both adaptivity and selectivity. Our "
                  "method, SP-Guard, addresses these limitations by estimating prompt harmfulness and "
                  "applying a selective guidance mask to guide only unsafe areas. Experiments show that "
                  "SP-Guard generates safer images than existing methods.",
                  "SP-Guard: Selective Prompt-adaptive Guidance for Safe Text-to-Image Generation")
    assert found["SP-Guard"] == "technique"
