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

# Kùzu needs its tables before COPY FROM or a script can fill them. These mirror
# GraphExport.kuzuSchema (CSV) and the properties GraphExport.cypher writes.
KUZU_CSV_SCHEMA = [
    "CREATE NODE TABLE Actor(id STRING PRIMARY KEY, name STRING, kind STRING, labels STRING)",
    "CREATE REL TABLE Tie(FROM Actor TO Actor, type STRING, kind STRING, polarity STRING,"
    " weight DOUBLE, certainty STRING, evidence INT64)",
]
KUZU_CYPHER_SCHEMA = [
    "CREATE NODE TABLE Actor(id STRING PRIMARY KEY, name STRING, kind STRING, code STRING, affiliation STRING)",
] + [
    f"CREATE REL TABLE {kind}(FROM Actor TO Actor, kind STRING, polarity STRING, weight DOUBLE,"
    " certainty STRING, evidence_count INT64, direction STRING, first_date STRING, last_date STRING)"
    for kind in ("COOPERATION", "CONFLICT", "AFFILIATION")
]


class Mismatch(Exception):
    pass


def expected_counts(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data, len(data["nodes"]), len(data["links"])


def check_json(data):
    import networkx as nx

    try:
        graph = nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4 names the keyword `link`
        graph = nx.node_link_graph(data, link="links")
    return graph.number_of_nodes(), graph.number_of_edges()


def check_graphml(path):
    import networkx as nx

    graph = nx.read_graphml(path)
    for node, attributes in graph.nodes(data=True):
        if "name" not in attributes or "kind" not in attributes:
            raise Mismatch(f"graphml: node {node!r} lacks name or kind")
    for _, _, attributes in graph.edges(data=True):
        if not isinstance(attributes.get("weight"), float) or not isinstance(attributes.get("evidence_count"), int):
            raise Mismatch(f"graphml: edge attributes have the wrong types: {attributes}")
    return graph.number_of_nodes(), graph.number_of_edges()


def kuzu_count(connection, query):
    result = connection.execute(query)
    return result.get_next()[0]


def check_csv(directory):
    import kuzu

    with tempfile.TemporaryDirectory() as scratch:
        database = kuzu.Database(os.path.join(scratch, "db"))
        connection = kuzu.Connection(database)
        for statement in KUZU_CSV_SCHEMA:
            connection.execute(statement)
        actors = os.path.join(directory, "actors.csv").replace("'", "\\'")
        relations = os.path.join(directory, "relations.csv").replace("'", "\\'")
        connection.execute(f"COPY Actor FROM '{actors}' (HEADER=true)")
        connection.execute(f"COPY Tie FROM '{relations}' (HEADER=true)")
        return (
            kuzu_count(connection, "MATCH (a:Actor) RETURN count(*)"),
            kuzu_count(connection, "MATCH ()-[t:Tie]->() RETURN count(*)"),
        )


def check_cypher(path):
    """Runs the script statement by statement in Kùzu, which speaks openCypher too; a
    literal that ended early would fail to parse or create an extra node."""
    import kuzu

    with tempfile.TemporaryDirectory() as scratch:
        database = kuzu.Database(os.path.join(scratch, "db"))
        connection = kuzu.Connection(database)
        for statement in KUZU_CYPHER_SCHEMA:
            connection.execute(statement)
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                line = line.strip()
                if not line or line.startswith("//"):
                    continue
                try:
                    connection.execute(line)
                except RuntimeError as error:
                    raise Mismatch(f"cypher: line {number} does not run in Kùzu: {error}") from error
        edges = sum(
            kuzu_count(connection, f"MATCH ()-[t:{kind}]->() RETURN count(*)")
            for kind in ("COOPERATION", "CONFLICT", "AFFILIATION")
        )
        return kuzu_count(connection, "MATCH (a:Actor) RETURN count(*)"), edges


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

    checks = [("networkx node_link_graph (json)", lambda: check_json(data))]
    files = {
        "graphml": os.path.join(directory, "graph.graphml"),
        "csv": os.path.join(directory, "csv"),
        "cypher": os.path.join(directory, "graph.cypher"),
        "dot": os.path.join(directory, "graph.dot"),
    }
    if os.path.exists(files["graphml"]):
        checks.append(("networkx read_graphml (graphml)", lambda: check_graphml(files["graphml"])))
    if os.path.exists(os.path.join(files["csv"], "actors.csv")):
        checks.append(("kuzu COPY FROM (csv)", lambda: check_csv(files["csv"])))
    if os.path.exists(files["cypher"]):
        checks.append(("kuzu cypher script (cypher)", lambda: check_cypher(files["cypher"])))
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
