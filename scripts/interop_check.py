#!/usr/bin/env python3
"""Loads Entente's exports into the tools people open them with and checks that every tool
sees as many actors and ties as the node-link JSON export says there are.

    interop_check.py DIR

DIR holds graph.json (required) and any of graph.graphml, graph.dot, graph.cypher and
csv/actors.csv + csv/relations.csv, all exported from the same graph. Exits 1 on a count
mismatch or a load failure, 2 when a required tool or file is missing.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

class Mismatch(Exception):
    pass


def expected_counts(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data, len(data["nodes"]), len(data["edges"])


def check_json(data):
    """node_link_graph with its default arguments, as a notebook would call it."""
    import networkx as nx

    graph = nx.node_link_graph(data)
    for node, attributes in graph.nodes(data=True):
        if "label" not in attributes:
            raise Mismatch(f"json: node {node!r} has no label (pyvis would show its id)")
    for _, _, attributes in graph.edges(data=True):
        if not attributes.get("weight", 0) > 0:
            raise Mismatch(f"json: edge weight must be positive: {attributes}")
    return graph.number_of_nodes(), graph.number_of_edges()


def check_pyvis(data):
    """pyvis draws the NetworkX graph; every node must show its name, not its id."""
    import networkx as nx
    from pyvis.network import Network

    network = Network(directed=True)
    network.from_nx(nx.node_link_graph(data))
    unnamed = [node["id"] for node in network.nodes if node.get("label") == node["id"] and node.get("name") != node["id"]]
    if unnamed:
        raise Mismatch(f"pyvis: nodes labelled by id: {unnamed[:5]}")
    return len(network.nodes), len(network.edges)


def check_graphml(path):
    import networkx as nx

    graph = nx.read_graphml(path)
    for node, attributes in graph.nodes(data=True):
        if "name" not in attributes or "kind" not in attributes:
            raise Mismatch(f"graphml: node {node!r} lacks name or kind")
    for _, _, attributes in graph.edges(data=True):
        if not isinstance(attributes.get("weight"), float) or not isinstance(attributes.get("evidence_count"), int):
            raise Mismatch(f"graphml: edge attributes have the wrong types: {attributes}")
        if attributes["weight"] <= 0 or attributes.get("sign") not in (-1, 0, 1):
            raise Mismatch(f"graphml: weight must be positive and sign -1, 0 or 1: {attributes}")
    return graph.number_of_nodes(), graph.number_of_edges()


def check_igraph(path):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    return graph.vcount(), graph.ecount()


def check_pandas(directory):
    import pandas

    actors = pandas.read_csv(os.path.join(directory, "actors.csv"))
    relations = pandas.read_csv(os.path.join(directory, "relations.csv"))
    if not (relations["weight:float"] > 0).all():
        raise Mismatch("pandas: relations.csv has a weight that is not positive")
    return len(actors), len(relations)


def kuzu_count(connection, query):
    result = connection.execute(query)
    return result.get_next()[0]


def check_csv(directory):
    """Runs the shipped kuzu-schema.cypher from the export directory, as its comment says."""
    import kuzu

    with open(os.path.join(directory, "kuzu-schema.cypher"), encoding="utf-8") as handle:
        statements = [line.strip() for line in handle if line.strip()]
    with tempfile.TemporaryDirectory() as scratch:
        database = kuzu.Database(os.path.join(scratch, "db"))
        connection = kuzu.Connection(database)
        here = os.getcwd()
        os.chdir(directory)
        try:
            for statement in statements:
                connection.execute(statement)
        finally:
            os.chdir(here)
        return (
            kuzu_count(connection, "MATCH (a:Actor) RETURN count(*)"),
            kuzu_count(connection, "MATCH ()-[t:Tie]->() RETURN count(*)"),
        )


def run_cypher(connection, path):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                connection.execute(line)
            except RuntimeError as error:
                raise Mismatch(f"cypher: line {number} does not run in Kùzu: {error}") from error


def cypher_counts(connection):
    edges = sum(
        kuzu_count(connection, f"MATCH ()-[t:{kind}]->() RETURN count(*)")
        for kind in ("COOPERATION", "CONFLICT", "AFFILIATION")
    )
    return kuzu_count(connection, "MATCH (a:Actor) RETURN count(*)"), edges


def check_cypher(path):
    """Runs the script twice in Kùzu, which speaks openCypher too, after the `// kuzu:`
    schema lines it ships: a literal that ended early would fail to parse or add a node, and
    a CREATE where a MERGE belongs would double the ties on the second run."""
    import kuzu

    with open(path, encoding="utf-8") as handle:
        schema = [line[len("// kuzu: "):].strip() for line in handle if line.startswith("// kuzu: ")]
    if not schema:
        raise Mismatch("cypher: the script carries no `// kuzu:` schema lines")
    with tempfile.TemporaryDirectory() as scratch:
        database = kuzu.Database(os.path.join(scratch, "db"))
        connection = kuzu.Connection(database)
        for statement in schema:
            connection.execute(statement)
        run_cypher(connection, path)
        once = cypher_counts(connection)
        run_cypher(connection, path)
        twice = cypher_counts(connection)
        if once != twice:
            raise Mismatch(f"cypher: a second run changed the counts from {once} to {twice}")
        return twice


def check_dot_graphviz(path):
    """Graphviz's own parser: `dot -Tcanon` must accept the file, and gvpr counts it."""
    if not shutil.which("dot") or not shutil.which("gvpr"):
        raise FileNotFoundError("Graphviz's dot and gvpr are needed to check DOT")
    subprocess.run(["dot", "-Tcanon", path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    counted = subprocess.run(
        ["gvpr", 'BEG_G { printf("%d %d\\n", nNodes($G), nEdges($G)) }', path],
        check=True, capture_output=True, text=True,
    )
    nodes, edges = counted.stdout.split()
    return int(nodes), int(edges)


def check_dot_python(path):
    """NetworkX through pydot (or pygraphviz), when one of them is installed."""
    import networkx as nx

    try:
        import pydot  # noqa: F401

        graph = nx.nx_pydot.read_dot(path)
        reader = "networkx+pydot"
    except ImportError:
        try:
            graph = nx.nx_agraph.read_dot(path)
            reader = "networkx+pygraphviz"
        except ImportError:
            return None
    return reader, graph.number_of_nodes(), graph.number_of_edges()


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    directory = argv[1]
    json_path = os.path.join(directory, "graph.json")
    if not os.path.exists(json_path):
        print(f"interop: {json_path} is missing; export json first", file=sys.stderr)
        return 2
    data, nodes, edges = expected_counts(json_path)
    print(f"json export: {nodes} actors, {edges} ties")

    checks = [
        ("networkx node_link_graph(d) (json)", lambda: check_json(data)),
        ("pyvis from_nx (json)", lambda: check_pyvis(data)),
    ]
    files = {
        "graphml": os.path.join(directory, "graph.graphml"),
        "csv": os.path.join(directory, "csv"),
        "cypher": os.path.join(directory, "graph.cypher"),
        "dot": os.path.join(directory, "graph.dot"),
    }
    if os.path.exists(files["graphml"]):
        checks.append(("networkx read_graphml (graphml)", lambda: check_graphml(files["graphml"])))
        checks.append(("igraph Read_GraphML (graphml)", lambda: check_igraph(files["graphml"])))
    if os.path.exists(os.path.join(files["csv"], "actors.csv")):
        checks.append(("kuzu shipped kuzu-schema.cypher (csv)", lambda: check_csv(files["csv"])))
        checks.append(("pandas read_csv (csv)", lambda: check_pandas(files["csv"])))
    if os.path.exists(files["cypher"]):
        checks.append(("kuzu cypher script, run twice (cypher)", lambda: check_cypher(files["cypher"])))
    if os.path.exists(files["dot"]):
        checks.append(("graphviz dot -Tcanon + gvpr (dot)", lambda: check_dot_graphviz(files["dot"])))
        python_dot = check_dot_python(files["dot"])
        if python_dot:
            reader, n, e = python_dot
            checks.append((f"{reader} read_dot (dot)", lambda: (n, e)))
    missing = [name for name, path in files.items() if not os.path.exists(path)]
    if missing:
        print(f"interop: not checked (no file): {', '.join(missing)}")

    failed = 0
    for name, check in checks:
        try:
            got_nodes, got_edges = check()
        except Exception as error:  # any load failure is a finding, not a crash
            print(f"FAIL {name}: {type(error).__name__}: {error}")
            failed += 1
            continue
        same = (got_nodes, got_edges) == (nodes, edges)
        print(f"{'ok  ' if same else 'FAIL'} {name}: {got_nodes} nodes, {got_edges} edges")
        failed += 0 if same else 1
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
