"""Runs the entente command line and parses what it prints."""

import json
import os
import shutil
import subprocess
from pathlib import Path


class EntenteError(RuntimeError):
    """The binary is missing or refused the request; the message is entente's own."""


def binary():
    """The entente executable: $ENTENTE_BIN, then PATH, then the repository's build output."""
    explicit = os.environ.get("ENTENTE_BIN")
    if explicit:
        return explicit
    found = shutil.which("entente")
    if found:
        return found
    root = Path(__file__).resolve().parents[2]
    for build in (".build-release/release", ".build/release", ".build/debug"):
        candidate = root / build / "entente"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise EntenteError("no entente binary: build it with 'swift build', put it on PATH or set ENTENTE_BIN")


def run(*arguments):
    """Runs `entente ARGUMENTS...` and returns its standard output as text."""
    completed = subprocess.run([binary(), *map(str, arguments)], capture_output=True, text=True)
    if completed.returncode != 0:
        message = completed.stderr.strip().splitlines()
        raise EntenteError(message[0] if message else f"entente exited with {completed.returncode}")
    return completed.stdout


def _source(inputs, graph_file):
    if graph_file is not None:
        return ["--graph", graph_file]
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return [str(path) for path in inputs or []]


def _filters(polarity=None, kinds=None, certainty=None, min_evidence=None):
    arguments = []
    for option, value in (("--polarity", polarity), ("--kinds", kinds), ("--certainty", certainty)):
        if value:
            arguments += [option, value if isinstance(value, str) else ",".join(value)]
    if min_evidence:
        arguments += ["--min-evidence", min_evidence]
    return arguments


def _export(inputs, graph_file, filters):
    return json.loads(run("export", *_source(inputs, graph_file), "--format", "json", *_filters(**filters)))


def graph(inputs=None, *, graph_file=None, **filters):
    """The graph of ARTICLES (files or directories) or of a snapshot (graph_file=), as a
    networkx.MultiDiGraph: nodes keyed by actor id with name/label/kind, one edge per tie
    with kinds, codes, polarity, sign, weight (positive), goldstein and evidence_count.
    Filters: polarity=, kinds=, certainty= (a string or a list), min_evidence=."""
    import networkx as nx

    data = _export(inputs, graph_file, filters)
    data["multigraph"] = True  # the same for every call, whatever ties this graph has
    return nx.node_link_graph(data)


def ties(inputs=None, *, graph_file=None, **filters):
    """One row per tie (source, target, polarity, kinds, weight, sign, goldstein, ...)."""
    import pandas as pd

    data = _export(inputs, graph_file, filters)
    return pd.DataFrame(data["edges"])


def actors(inputs=None, *, graph_file=None):
    """One row per actor: id, name, kind, code, aliases, affiliation."""
    import pandas as pd

    return pd.DataFrame(json.loads(run("actors", *_source(inputs, graph_file), "--format", "json")))


def relations(inputs=None, *, graph_file=None, **filters):
    """One row per claim, with its evidence sentence flattened into evidence_* columns."""
    import pandas as pd

    rows = json.loads(run("relations", *_source(inputs, graph_file), "--format", "json", *_filters(**filters)))
    return pd.json_normalize(rows, sep="_")
