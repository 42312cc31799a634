import Dispatch
import EntenteGraph
import EntenteRendering
import Foundation

/// Draws diagrams one at a time on a queue of its own, with the answers of recent requests kept.
///
/// Graphviz 2.43 is not thread-safe. `GraphvizBridge` already holds a lock around every call;
/// this queue keeps the waiting off Swift's cooperative threads (two on this machine), so
/// JSON requests go on being answered while a layout runs, and a burst of the same request
/// is laid out once.
final class RenderQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "entente.serve.render")
    /// Guards `cache` and `order`; never held while rendering.
    private let lock = NSLock()
    private var cache: [String: Data] = [:]
    private var order: [String] = []
    private var bytes = 0
    /// At most this many answers, and this many bytes in all: memory stays flat under load.
    let capacity: Int
    let byteBudget: Int

    init(capacity: Int = 64, byteBudget: Int = 32 << 20) {
        self.capacity = capacity
        self.byteBudget = byteBudget
    }

    /// The cached answer for `key`, or `make`'s, computed on the render queue and then cached.
    func answer(for key: String, _ make: @escaping @Sendable () throws -> Data) async throws -> Data {
        if let hit = cached(key) { return hit }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                // A request queued behind an identical one finds its answer here.
                if let hit = self.cached(key) { return continuation.resume(returning: hit) }
                do {
                    let data = try make()
                    self.store(data, for: key)
                    continuation.resume(returning: data)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// The answer kept for `key`, if any; lets a caller skip building a view it will not draw.
    func cached(_ key: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return cache[key]
    }

    private func store(_ data: Data, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        guard cache[key] == nil, data.count <= byteBudget else { return }
        order.append(key)
        cache[key] = data
        bytes += data.count
        while order.count > capacity || bytes > byteBudget {
            let oldest = order.removeFirst()
            bytes -= cache.removeValue(forKey: oldest)?.count ?? 0
        }
    }
}

/// The SVG ids Graphviz gives the actors of a view (`actor-<id>`, characters outside
/// `[A-Za-z0-9._-]` as `_`, a counter on clashes), so the page can tell which actor was clicked.
/// `ServeAPITests` checks every id listed here occurs in the rendered SVG.
enum SVGNodeNames {
    struct Node: Encodable {
        var node: String
        var id: String
        var name: String
        var kind: String
    }

    static func nodes(of view: DiagramView) -> [Node] {
        var used: Set<String> = []
        return view.actors.map { index in
            let actor = view.actor(index)
            let base = "actor-" + identifier(actor.id)
            var name = base
            var counter = 2
            while !used.insert(name).inserted {
                name = base + "-" + String(counter)
                counter += 1
            }
            return Node(node: name, id: actor.id, name: actor.name, kind: actor.kind.rawValue)
        }
    }

    private static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": out.unicodeScalars.append(scalar)
            default: out += "_"
            }
        }
        return out.isEmpty ? "_" : String(out.prefix(120))
    }
}

/// `/api/render?format=json`: the SVG and which element is which actor.
struct RenderedMap: Encodable {
    var svg: String
    var nodes: [SVGNodeNames.Node]
    var actors: Int
    var ties: Int
    var engine: String
}
