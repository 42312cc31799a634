#!/usr/bin/env python3
"""Python side of `scripts/bench queries`: runs NetworkX and igraph on the files that
entente-bench generated, with the same query pairs, and compares with Entente's answers.

    bench_queries.py run DIR            print NetworkX and igraph results as JSON
    bench_queries.py compare SWIFT PY   print the table; exit 1 if the answers disagree
"""
import csv
import json
import sys
import time


def read_inputs(directory):
    with open(f"{directory}/actors.csv", newline="") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    index = {actor: i for i, actor in enumerate(ids)}
    edges, cooperation = [], []
    with open(f"{directory}/relations.csv", newline="") as f:
        for row in csv.DictReader(f):
            edges.append((index[row["source"]], index[row["target"]]))
            cooperation.append(row["polarity"] == "cooperation")
    return ids, index, edges, cooperation


def read_pairs(directory, index):
    pairs = {"path": [], "simple": [], "centre": []}
    with open(f"{directory}/pairs.txt") as f:
        for line in f:
            parts = line.split()
            pairs[parts[0]].append(tuple(index[p] for p in parts[1:]))
    return pairs


def timed(timings, name, body):
    start = time.perf_counter()
    result = body()
    timings[name] = time.perf_counter() - start
    return result


def best(timings, name, body):
    """Best of up to five runs, stopping once a second has gone by (the same rule as
    entente-bench), so that scheduling noise does not decide a ratio."""
    fastest, spent = float("inf"), 0.0
    for _ in range(5):
        start = time.perf_counter()
        result = body()
        seconds = time.perf_counter() - start
        fastest, spent = min(fastest, seconds), spent + seconds
        if spent > 1:
            break
    timings[name] = fastest
    return result


def run_networkx(directory):
    import networkx as nx

    timings = {}

    def load():
        ids, index, edges, cooperation = read_inputs(directory)
        graph = nx.Graph()  # paths are sequences of actors: parallel relations are one hop
        graph.add_nodes_from(range(len(ids)))
        graph.add_edges_from(edges)
        return ids, index, edges, cooperation, graph

    ids, index, edges, cooperation, graph = timed(timings, "load", load)
    pairs = read_pairs(directory, index)

    def shortest():
        out = []
        for s, t in pairs["path"]:
            try:
                out.append(nx.shortest_path_length(graph, s, t))
            except nx.NetworkXNoPath:
                out.append(-1)
        return out

    def simple():
        return [sum(1 for _ in nx.all_simple_paths(graph, s, t, cutoff=3)) for s, t in pairs["simple"]]

    def neighbourhood():
        return [len(nx.single_source_shortest_path_length(graph, c, cutoff=2)) for (c,) in pairs["centre"]]

    def components():
        coop = nx.Graph()
        coop.add_nodes_from(range(len(ids)))
        coop.add_edges_from(e for e, c in zip(edges, cooperation) if c)
        return sorted((len(c) for c in nx.connected_components(coop)), reverse=True)

    return {
        "version": nx.__version__,
        "path_lengths": best(timings, "shortest_paths", shortest),
        "simple_path_counts": best(timings, "simple_paths_3", simple),
        "neighbourhood_sizes": best(timings, "neighbourhood_2", neighbourhood),
        "coop_component_sizes": best(timings, "coop_components", components),
        "timings": timings,
    }


def run_igraph(directory):
    import igraph as ig

    timings = {}

    def load():
        ids, index, edges, cooperation = read_inputs(directory)
        multigraph = ig.Graph(n=len(ids), edges=edges, edge_attrs={"coop": cooperation})
        # Traversals walk actors, not relations: collapse parallel relations as Entente does.
        simple = multigraph.copy()
        simple.simplify(multiple=True, loops=True, combine_edges="first")
        return ids, index, multigraph, simple

    ids, index, multigraph, graph = timed(timings, "load", load)
    pairs = read_pairs(directory, index)

    def shortest():
        out = []
        for s, t in pairs["path"]:
            path = graph.get_shortest_path(s, to=t)
            out.append(len(path) - 1 if path else -1)
        return out

    def simple():
        return [len(graph.get_all_simple_paths(s, to=t, maxlen=3)) for s, t in pairs["simple"]]

    def neighbourhood():
        return [graph.neighborhood_size(c, order=2) for (c,) in pairs["centre"]]

    def components():
        coop = multigraph.subgraph_edges(multigraph.es.select(coop=True), delete_vertices=False)
        return sorted(coop.connected_components().sizes(), reverse=True)

    return {
        "version": ig.__version__,
        "path_lengths": best(timings, "shortest_paths", shortest),
        "simple_path_counts": best(timings, "simple_paths_3", simple),
        "neighbourhood_sizes": best(timings, "neighbourhood_2", neighbourhood),
        "coop_component_sizes": best(timings, "coop_components", components),
        "timings": timings,
    }


ANSWERS = ["path_lengths", "simple_path_counts", "neighbourhood_sizes", "coop_component_sizes"]
QUERIES = ["load", "shortest_paths", "simple_paths_3", "neighbourhood_2", "coop_components"]


def compare(swift_file, python_file):
    with open(swift_file) as f:
        swift = json.load(f)
    with open(python_file) as f:
        python = json.load(f)
    nx, ig = python["networkx"], python["igraph"]
    ok = True
    for key in ANSWERS:
        for name, other in (("NetworkX", nx), ("igraph", ig)):
            if swift[key] != other[key]:
                ok = False
                diffs = [i for i, (a, b) in enumerate(zip(swift[key], other[key])) if a != b]
                print(f"MISMATCH {key} vs {name}: lengths {len(swift[key])}/{len(other[key])}, "
                      f"first differences at {diffs[:5]}")
    print(f"{swift['actors']} actors, {swift['relations']} relations; NetworkX {nx['version']}, "
          f"igraph {ig['version']}")
    print(f"entente-bench peak RSS: {swift.get('rss_after_load_bytes', 0) / 2**20:.0f} MiB after load, "
          f"{swift['rss_bytes'] / 2**20:.0f} MiB at the end (two graphs alive during the snapshot reload)")
    print(f"{'query':<18}{'entente':>12}{'igraph':>12}{'networkx':>12}{'ig/ent':>10}{'nx/ent':>10}  bar")
    failures = []
    for query in QUERIES:
        e, i, n = swift["timings"][query], ig["timings"][query], nx["timings"][query]
        ri, rn = i / e, n / e
        if query == "load":
            passed, bar = e <= 2 * i, "<= 2x igraph"
        else:
            passed, bar = ri >= 1 and rn >= 20, ">= igraph and >= 20x networkx"
        if not passed:
            failures.append(query)
        print(f"{query:<18}{e:>11.4f}s{i:>11.4f}s{n:>11.4f}s{ri:>9.1f}x{rn:>9.1f}x  "
              f"{'ok' if passed else 'MISSED'} ({bar})")
    for query in ("snapshot_save", "snapshot_load"):
        if query in swift["timings"]:
            print(f"{query:<18}{swift['timings'][query]:>11.4f}s  (binary snapshot, Entente only)")
    for query, seconds in swift.get("extra_timings", {}).items():
        print(f"{query:<34}{seconds:>11.4f}s  (Entente only, one run)")
    print("answers agree with NetworkX and igraph" if ok else "ANSWERS DISAGREE")
    if failures:
        print("bars missed: " + ", ".join(failures))
    return 0 if ok else 1


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "run":
        json.dump({"networkx": run_networkx(sys.argv[2]), "igraph": run_igraph(sys.argv[2])}, sys.stdout)
        return 0
    if len(sys.argv) == 4 and sys.argv[1] == "compare":
        return compare(sys.argv[2], sys.argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
