/// Dense position of an actor in a `KnowledgeGraph`; valid for that graph value only.
public typealias ActorIndex = Int32
/// Dense position of a relation in a `KnowledgeGraph`.
public typealias RelationIndex = Int32

/// The in-memory store: actors, relations with their evidence, an alias index and adjacency
/// in both directions. A value type: copies are cheap until written.
///
/// Layout: actors and relations are dense arrays addressed by `Int32` indices; relation
/// endpoints, kinds and certainties are also kept as narrow columns so that queries sweep a
/// few bytes per relation instead of whole records. Adjacency (compressed sparse rows, one per
/// filter, both directions) is derived lazily and cached until the next mutation.
///
/// A graph opened from a graph file (`GraphFile.load`) reads in place: `actors` and
/// `relations` decode one record per access, and the unfiltered and directed indices come
/// from the file; its first mutation copies everything into memory.
///
/// Sizes: indices are `Int32`, so up to 2^31 - 1 actors and relations; a filter's adjacency
/// lists each admitted relation from both ends and so holds up to 2^30 of them. At one million
/// actors and ten million imported relations the graph and its unfiltered index take about
/// 2.2 GiB (`scripts/bench queries --large`).
public struct KnowledgeGraph: Sendable {
    /// Records in memory; empty while the graph reads from a mapped graph file.
    private var actorStore: [Actor] = []
    private var relationStore: [Relation] = []
    private var documentStore: [DocumentInfo] = []

    private var indexByID: [String: ActorIndex] = [:]
    /// Folded name or alias → actors answering to it (several when ambiguous).
    private(set) var nameIndex: [String: [ActorIndex]] = [:]
    /// Relation endpoints as dense indices, parallel to `relations`.
    public private(set) var sources: [ActorIndex] = []
    public private(set) var targets: [ActorIndex] = []
    /// `RelationKind.code` and `Certainty.code` per relation, parallel to `relations`.
    private(set) var kindCodes: [UInt8] = []
    private(set) var certaintyCodes: [UInt8] = []
    private var documentIDs: Set<String> = []
    private var cache = GraphCache()
    /// The graph file this value reads its records and indices from, until its first change
    /// copies them into memory (`GraphFile`).
    private var file: MappedGraph?

    public init() {}

    /// A graph that reads from an opened graph file.
    init(file: MappedGraph) {
        self.file = file
        sources = file.sources
        targets = file.targets
        kindCodes = file.kindCodes
        certaintyCodes = file.certaintyCodes
    }

    public var actors: ActorList { ActorList(storage: file.map { .file($0) } ?? .memory(actorStore)) }
    public var relations: RelationList { RelationList(storage: file.map { .file($0) } ?? .memory(relationStore)) }
    public var documents: [DocumentInfo] { file?.documents ?? documentStore }

    public var actorCount: Int { file?.actorCount ?? actorStore.count }
    public var relationCount: Int { sources.count }

    /// Whether the records are read from a mapped graph file rather than held in memory.
    public var isMapped: Bool { file != nil }

    /// The stamp of the graph file this graph reads from, if any.
    public var fileStamp: GraphFile.Stamp? { file?.stamp }

    /// This graph with every record in memory: a mapped graph decoded in full.
    /// - Complexity: O(size of the graph) when mapped, O(1) otherwise.
    public func inMemory() -> KnowledgeGraph {
        var copy = self
        copy.detachFile()
        return copy
    }

    /// Copies a mapped graph's records into memory, so that it can change.
    private mutating func detachFile() {
        guard let file else { return }
        var fresh = KnowledgeGraph()
        fresh.reserveCapacity(actors: file.actorCount, relations: file.relationCount)
        for document in file.documents { fresh.register(document) }
        for a in 0..<file.actorCount { fresh.add(file.actor(a)) }
        for r in 0..<file.relationCount {
            let relation = file.relation(r)
            // A damaged file may name an actor whose id string could not be read; such a
            // relation has no place to go.
            _ = try? fresh.add(relation)
        }
        self = fresh
    }

    // MARK: Lookup

    /// - Complexity: O(1) on average.
    public func index(ofID id: String) -> ActorIndex? {
        if let file { return file.index(ofID: id) }
        return indexByID[id]
    }

    /// - Complexity: O(1) on average.
    public func actor(id: String) -> Actor? { index(ofID: id).map { actors[Int($0)] } }

    /// Actors whose id, name or alias folds to the same key as `name`.
    /// - Complexity: O(length of `name`) on average.
    public func actors(named name: String) -> [ActorIndex] {
        if let exact = index(ofID: name) { return [exact] }
        if let file { return file.actors(withKey: NameKey.fold(name)) }
        return nameIndex[NameKey.fold(name)] ?? []
    }

    /// The date of relation `r`'s evidence, without decoding the rest of it.
    /// - Complexity: O(length of the date).
    func date(of r: Int) -> String? {
        if let file { return file.date(r) }
        return relationStore[r].evidence.date
    }

    /// Relations leaving an actor, in the order they were added.
    /// - Complexity: O(R + A) once after a mutation to index; then O(degree).
    public func outgoingRelations(of actor: ActorIndex) -> [RelationIndex] {
        directedIndex.outgoing(of: actor)
    }

    /// Relations entering an actor, in the order they were added.
    /// - Complexity: O(R + A) once after a mutation to index; then O(degree).
    public func incomingRelations(of actor: ActorIndex) -> [RelationIndex] {
        directedIndex.incoming(of: actor)
    }

    var directedIndex: DirectedIndex {
        cache.directed { file?.directedIndex() ?? DirectedIndex(sources: sources, targets: targets, actorCount: actorCount) }
    }

    /// The undirected neighbour index over the relations `filter` admits, built on first use
    /// and shared by every query with the same filter until the graph changes.
    /// - Complexity: O(R + A) on first use per filter (plus O(R log R) when the filter asks for
    ///   a minimum evidence count), O(1) afterwards.
    public func adjacency(for filter: RelationFilter = .all) -> AdjacencyIndex {
        cache.adjacency(for: filter) {
            (filter == .all ? file?.adjacency() : nil) ?? AdjacencyIndex(self, filter: filter)
        }
    }

    /// Builds the index for `filter` and the working memory traversals use, so that the first
    /// query runs as fast as later ones; a server or benchmark calls this after loading.
    /// - Complexity: O(R + A).
    public func prepareForQueries(filter: RelationFilter = .all) {
        _ = adjacency(for: filter)
        cache.warmScratch(actorCount: actorCount)
    }

    func withScratch<R>(_ body: (TraversalScratch) throws -> R) rethrows -> R {
        try cache.withScratch(actorCount: actorCount, body)
    }

    /// Drops derived indices unless this value is their only owner and none were built yet.
    private mutating func invalidate() {
        detachFile()
        if !isKnownUniquelyReferenced(&cache) || !cache.isEmpty { cache = GraphCache() }
    }

    /// Makes room for a bulk load without repeated reallocation.
    public mutating func reserveCapacity(actors actorCount: Int, relations relationCount: Int) {
        detachFile()
        actorStore.reserveCapacity(actorCount)
        indexByID.reserveCapacity(actorCount)
        nameIndex.reserveCapacity(actorCount)
        relationStore.reserveCapacity(relationCount)
        sources.reserveCapacity(relationCount)
        targets.reserveCapacity(relationCount)
        kindCodes.reserveCapacity(relationCount)
        certaintyCodes.reserveCapacity(relationCount)
    }

    // MARK: Building

    /// Adds an actor, or folds it into the one with the same id and returns that.
    /// - Complexity: O(number of names) on average.
    @discardableResult
    public mutating func add(_ actor: Actor) -> ActorIndex {
        invalidate()
        if let existing = indexByID[actor.id] {
            let before = actorStore[Int(existing)].names
            actorStore[Int(existing)].absorb(actor)
            for name in actorStore[Int(existing)].names where !before.contains(name) {
                indexName(name, for: existing)
            }
            return existing
        }
        let index = ActorIndex(actorStore.count)
        actorStore.append(actor)
        indexByID[actor.id] = index
        indexName(actor.id, for: index)
        for name in actor.names { indexName(name, for: index) }
        return index
    }

    private mutating func indexName(_ name: String, for index: ActorIndex) {
        let key = NameKey.fold(name)
        guard !key.isEmpty else { return }
        if nameIndex[key]?.contains(index) == true { return }
        nameIndex[key, default: []].append(index)
    }

    /// Adds a relation between two actors already in the graph.
    /// - Throws: `GraphError.unknownActorID` when an endpoint is missing.
    /// - Complexity: O(1) amortized.
    @discardableResult
    public mutating func add(_ relation: Relation) throws(GraphError) -> RelationIndex {
        detachFile()
        guard let source = indexByID[relation.source] else { throw .unknownActorID(relation.source) }
        guard let target = indexByID[relation.target] else { throw .unknownActorID(relation.target) }
        return append(relation, source: source, target: target)
    }

    /// Adds a relation whose endpoints were already resolved; `relation.source` and
    /// `relation.target` must be the ids of `source` and `target`.
    @discardableResult
    mutating func append(_ relation: Relation, source: ActorIndex, target: ActorIndex) -> RelationIndex {
        invalidate()
        let index = RelationIndex(relationStore.count)
        relationStore.append(relation)
        sources.append(source)
        targets.append(target)
        kindCodes.append(relation.kind.code)
        certaintyCodes.append(relation.certainty.code)
        return index
    }

    /// Appends relations whose endpoint indices and column codes were computed by the caller
    /// (a snapshot reader); into an empty graph the arrays are adopted without copying.
    mutating func appendColumns(
        relations new: [Relation], sources newSources: [ActorIndex], targets newTargets: [ActorIndex],
        kindCodes newKinds: [UInt8], certaintyCodes newCertainties: [UInt8]
    ) {
        invalidate()
        if relationStore.isEmpty {
            relationStore = new
            sources = newSources
            targets = newTargets
            kindCodes = newKinds
            certaintyCodes = newCertainties
        } else {
            relationStore += new
            sources += newSources
            targets += newTargets
            kindCodes += newKinds
            certaintyCodes += newCertainties
        }
    }

    /// Merges one document's extraction: actors are matched by id, then by an unambiguous
    /// name of the same kind, so that "Mark Milley" from two articles is one actor.
    /// Re-ingesting a document already in the graph changes nothing.
    /// - Returns: whether the document was new.
    @discardableResult
    public mutating func merge(_ extraction: DocumentExtraction) throws(GraphError) -> Bool {
        invalidate()
        guard documentIDs.insert(extraction.document.id).inserted else { return false }
        documentStore.append(extraction.document)
        // First decide which incoming actors are already known under another id, then add them
        // with their affiliations pointing at the ids the graph uses.
        var renamed: [String: String] = [:]
        for actor in extraction.actors where indexByID[actor.id] == nil {
            if let match = uniqueMatch(for: actor) { renamed[actor.id] = actors[Int(match)].id }
        }
        for var actor in extraction.actors {
            actor.id = renamed[actor.id] ?? actor.id
            if let affiliation = actor.affiliation { actor.affiliation = renamed[affiliation] ?? affiliation }
            add(actor)
        }
        for var relation in extraction.relations {
            relation.source = renamed[relation.source] ?? relation.source
            relation.target = renamed[relation.target] ?? relation.target
            if let speaker = relation.speaker { relation.speaker = renamed[speaker] ?? speaker }
            try add(relation)
        }
        return true
    }

    private func uniqueMatch(for actor: Actor) -> ActorIndex? {
        let candidates = (nameIndex[NameKey.fold(actor.name)] ?? []).filter {
            actorStore[Int($0)].kind == actor.kind
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Whether a document with this id has been merged.
    public func contains(document id: String) -> Bool { file?.contains(document: id) ?? documentIDs.contains(id) }

    /// Records a document without relations, as an import does.
    public mutating func register(_ document: DocumentInfo) {
        detachFile()
        if documentIDs.insert(document.id).inserted { documentStore.append(document) }
    }
}

public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownActorID(String)
    case unknownActor(name: String, suggestions: [String])
    case ambiguousActor(name: String, candidates: [String])

    public var description: String {
        switch self {
        case .unknownActorID(let id):
            return "relation names actor id '\(id)', which is not in the graph"
        case .unknownActor(let name, let suggestions):
            if suggestions.isEmpty {
                return "no actor '\(name)' in the graph; run 'entente actors' to list them"
            }
            return "no actor '\(name)'; did you mean \(suggestions.joined(separator: ", "))?"
        case .ambiguousActor(let name, let candidates):
            return "'\(name)' names several actors (\(candidates.joined(separator: ", "))); use one of these ids"
        }
    }
}
