"""Entente from Python: runs the `entente` binary and hands back NetworkX graphs and pandas
frames, so a notebook can go from articles to analysis in one call.

    import entente
    graph = entente.graph("seeds/")             # networkx.MultiDiGraph, one edge per tie
    ties = entente.ties("seeds/", polarity="conflict")  # pandas.DataFrame, one row per tie
    claims = entente.relations("seeds/")        # pandas.DataFrame, one row per claim

The binary is found through ENTENTE_BIN, then PATH, then this repository's build folders.
"""

from .runner import EntenteError, actors, binary, graph, relations, run, ties

__all__ = ["EntenteError", "actors", "binary", "graph", "relations", "run", "ties"]
