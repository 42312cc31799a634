"""Runs the real binary on the repository's sample articles; skipped when none is built."""

from pathlib import Path

import pytest

import entente

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

try:
    entente.binary()
except entente.EntenteError:
    pytest.skip("no entente binary built", allow_module_level=True)


def test_graph_matches_the_tie_table():
    graph = entente.graph(SEEDS)
    ties = entente.ties(SEEDS)
    assert graph.number_of_edges() == len(ties) > 0
    assert graph.number_of_nodes() >= len(set(ties["source"]) | set(ties["target"]))
    for _, attributes in graph.nodes(data=True):
        assert attributes["label"]
    assert (ties["weight"] > 0).all()
    assert set(ties["sign"]) <= {-1, 0, 1}


def test_filters_reach_the_binary():
    conflict = entente.ties(SEEDS, polarity="conflict")
    assert len(conflict) > 0
    assert set(conflict["polarity"]) == {"conflict"}
    attacks = entente.ties(SEEDS, kinds=["attack"])
    assert all("attack" in kinds for kinds in attacks["kinds"])


def test_frames_of_actors_and_claims():
    actors = entente.actors(SEEDS)
    claims = entente.relations(SEEDS)
    assert {"id", "name", "kind"} <= set(actors.columns)
    assert {"source", "target", "kind", "evidence_text"} <= set(claims.columns)
    assert len(claims) >= len(entente.ties(SEEDS))


def test_refusals_carry_the_message():
    with pytest.raises(entente.EntenteError, match="did you mean attack"):
        entente.ties(SEEDS, kinds="attak")
