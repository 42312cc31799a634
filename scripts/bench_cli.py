#!/usr/bin/env python3
"""Python side of `scripts/bench cli`: what one user query costs end to end.

    bench_cli.py ENTENTE GRAPH DIR [--calls N]

Entente: N `entente path A B --graph GRAPH`, N `entente neighbors A --depth 2`, N `entente
allies A` and N `entente explain A B` (A and B joined by a relation) calls, each a fresh
process started with posix_spawn and reaped with waitpid (no run-loop polling in the timing),
so each figure includes process start and opening the graph file. `--only-entente` skips the
peers (to compare two builds of Entente on their own).
Peers: NetworkX and igraph load the CSV files once (timed apart), then answer the same N
queries in process; their per-query figures exclude loading, so the per-call comparison
favours them, and the load line says what a fresh process of theirs would add.
Same pairs and the same number of calls on every side.
"""
import csv
import os
import statistics
import sys
import time


def spawn_ms(argv):
    actions = [(os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"bench_cli: {' '.join(argv)} failed with status {status}")
    return seconds * 1000


def summary(times):
    ordered = sorted(times)

    def quantile(q):
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    return (f"median {statistics.median(ordered):8.2f} ms   p95 {quantile(0.95):8.2f} ms   "
            f"p99 {quantile(0.99):8.2f} ms   ({len(ordered)} calls)")


def joined_pairs(directory, count):
    """Pairs of actors with a relation between them, for `explain`: the first rows of
    relations.csv whose endpoints differ."""
    out = []
    with open(f"{directory}/relations.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["source"] != row["target"]:
                out.append((row["source"], row["target"]))
            if len(out) == count:
                break
    return out


def main():
    entente, graph, directory = sys.argv[1:4]
    calls = int(sys.argv[sys.argv.index("--calls") + 1]) if "--calls" in sys.argv else 100
    pairs = []
    with open(f"{directory}/pairs.txt") as f:
        for line in f:
            parts = line.split()
            if parts[0] == "path":
                pairs.append((parts[1], parts[2]))
    pairs = (pairs * (calls // max(1, len(pairs)) + 1))[:calls]
    centres = [a for a, _ in pairs]

    print(f"graph {graph}: {calls} calls per query, pairs from {directory}/pairs.txt")
    path = [spawn_ms([entente, "path", a, b, "--graph", graph]) for a, b in pairs]
    print(f"entente path A B (fresh process, posix_spawn)            {summary(path)}")
    hood = [spawn_ms([entente, "neighbors", a, "--depth", "2", "--graph", graph]) for a in centres]
    print(f"entente neighbors A --depth 2 (fresh process, posix_spawn) {summary(hood)}")
    allies = [spawn_ms([entente, "allies", a, "--graph", graph]) for a in centres]
    print(f"entente allies A (fresh process, posix_spawn)              {summary(allies)}")
    joined = joined_pairs(directory, calls)
    explain = [spawn_ms([entente, "explain", a, b, "--graph", graph]) for a, b in joined]
    print(f"entente explain A B (fresh process, posix_spawn)           {summary(explain)}")
    if "--only-entente" in sys.argv:
        return

    start = time.perf_counter()
    with open(f"{directory}/relations.csv", newline="") as f:
        edges = [(row["source"], row["target"]) for row in csv.DictReader(f)]
    parse = time.perf_counter() - start
    print(f"Python csv parse of relations.csv (shared by both peers)  {parse * 1000:9.0f} ms once")

    import networkx as nx
    start = time.perf_counter()
    g = nx.Graph()
    g.add_edges_from(edges)
    print(f"networkx: build Graph from parsed edges                   {(time.perf_counter() - start) * 1000:9.0f} ms once")
    times = []
    for a, b in pairs:
        t = time.perf_counter()
        try:
            nx.bidirectional_shortest_path(g, a, b)
        except nx.NetworkXNoPath:
            pass
        times.append((time.perf_counter() - t) * 1000)
    print(f"networkx bidirectional_shortest_path (in process)          {summary(times)}")
    times = []
    for a in centres:
        t = time.perf_counter()
        nx.single_source_shortest_path_length(g, a, cutoff=2)
        times.append((time.perf_counter() - t) * 1000)
    print(f"networkx single_source_shortest_path_length cutoff=2       {summary(times)}")
    del g

    import igraph as ig
    start = time.perf_counter()
    h = ig.Graph.TupleList(edges, directed=False)
    print(f"igraph: Graph.TupleList from parsed edges                  {(time.perf_counter() - start) * 1000:9.0f} ms once")
    index = {name: i for i, name in enumerate(h.vs["name"])}
    times = []
    for a, b in pairs:
        t = time.perf_counter()
        h.get_shortest_path(index[a], index[b])
        times.append((time.perf_counter() - t) * 1000)
    print(f"igraph get_shortest_path (one-sided BFS, in process)       {summary(times)}")
    times = []
    for a in centres:
        t = time.perf_counter()
        h.neighborhood(index[a], order=2)
        times.append((time.perf_counter() - t) * 1000)
    print(f"igraph neighborhood order=2 (in process)                   {summary(times)}")


if __name__ == "__main__":
    main()
