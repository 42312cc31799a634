/// The actors of a graph as a random-access collection: an array in memory, or records read
/// one at a time from a mapped graph file, so that a query touching ten actors of a million
/// decodes ten. Code that needs an array writes `Array(graph.actors)`.
public struct ActorList: RandomAccessCollection, Sendable, Equatable {
    enum Storage: Sendable {
        case memory([Actor])
        case file(MappedGraph)
    }

    let storage: Storage

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .memory(let actors): return actors.count
        case .file(let file): return file.actorCount
        }
    }

    /// - Complexity: O(1) in memory; O(length of the actor's names) from a graph file.
    public subscript(position: Int) -> Actor {
        switch storage {
        case .memory(let actors): return actors[position]
        case .file(let file):
            precondition(position >= 0 && position < file.actorCount, "actor index out of range")
            return file.actor(position)
        }
    }

    public static func == (lhs: ActorList, rhs: ActorList) -> Bool { lhs.elementsEqual(rhs) }
    public static func == (lhs: ActorList, rhs: [Actor]) -> Bool { lhs.elementsEqual(rhs) }
    public static func == (lhs: [Actor], rhs: ActorList) -> Bool { lhs.elementsEqual(rhs) }
}

/// Encoded as the array it stands for.
extension ActorList: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for actor in self { try container.encode(actor) }
    }
}

/// The relations of a graph as a random-access collection; see `ActorList`.
public struct RelationList: RandomAccessCollection, Sendable, Equatable {
    enum Storage: Sendable {
        case memory([Relation])
        case file(MappedGraph)
    }

    let storage: Storage

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .memory(let relations): return relations.count
        case .file(let file): return file.relationCount
        }
    }

    /// - Complexity: O(1) in memory; O(length of its evidence) from a graph file.
    public subscript(position: Int) -> Relation {
        switch storage {
        case .memory(let relations): return relations[position]
        case .file(let file):
            precondition(position >= 0 && position < file.relationCount, "relation index out of range")
            return file.relation(position)
        }
    }

    public static func == (lhs: RelationList, rhs: RelationList) -> Bool { lhs.elementsEqual(rhs) }
    public static func == (lhs: RelationList, rhs: [Relation]) -> Bool { lhs.elementsEqual(rhs) }
    public static func == (lhs: [Relation], rhs: RelationList) -> Bool { lhs.elementsEqual(rhs) }
}

/// Encoded as the array it stands for.
extension RelationList: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for relation in self { try container.encode(relation) }
    }
}
