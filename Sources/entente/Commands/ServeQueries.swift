import ArgumentParser
import EntenteGraph
import EntenteRendering
import EntenteServe
import Foundation

/// Answers `entente serve`'s API with the commands themselves: a query string becomes the
/// command line it stands for (`?source=Wagner&target=Poland&k=3` → `path --k=3 -- Wagner Poland`),
/// parsed and validated by the command's own options, and answered with the JSON that
/// `--format json` prints, byte for byte. The graph is loaded once and never written.
struct ServeQueries: MapService {
    let graph: KnowledgeGraph
    /// The shipped styles by name; a request names one, never a file path.
    let styles: [String: StyleSheet]

    static let filters: Set<String> = ["polarity", "kinds", "certainty", "min-evidence", "from", "through"]

    /// Parameters per endpoint: the command's long options, its flags, and its positional
    /// arguments under the names the API gives them.
    static let options: [String: (options: Set<String>, flags: Set<String>, positional: [String])] = [
        "meta": ([], [], []),
        "actors": ([], [], []),
        "relations": (filters.union(["actor", "other"]), ["include-negated"], []),
        "ties": (filters.union(["limit", "list"]), [], ["actor"]),
        "path": (filters.union(["k", "max-hops", "limit"]), ["all", "weighted"], ["source", "target"]),
        "neighbors": (filters.union(["depth"]), [], ["actor"]),
        "blocs": (filters.union(["split-above", "limit"]), [], []),
        "timeline": (filters.union(["by"]), [], ["actor", "other"]),
        "render": (
            filters.union(["focus", "depth", "layers", "style", "layout", "max-nodes", "title", "format"]), ["blocs"],
            []
        ),
    ]

    init(graph: KnowledgeGraph) throws {
        self.graph = graph
        var styles: [String: StyleSheet] = [:]
        for style in StyleSheet.availableStyles() { styles[style.name] = try StyleSheet.resolve(style.path) }
        self.styles = styles
    }

    func parameters(for endpoint: String) -> Set<String> {
        guard let entry = Self.options[endpoint] else { return [] }
        return entry.options.union(entry.flags).union(entry.positional)
    }

    func json(_ endpoint: APIEndpoint, _ query: QueryItems) throws -> Data {
        do {
            // `timeline --format json` alone prints no final newline; the API answers as each command prints.
            let newline = endpoint == .timeline ? Data() : Data("\n".utf8)
            return try JSONOutput.encoder().encode(AnyEncodable(try answer(endpoint, query))) + newline
        } catch let error as APIError {
            throw error
        } catch {
            throw Self.refusal(error)
        }
    }

    func diagram(_ query: QueryItems) throws -> DiagramJob {
        do {
            let styleName = query["style"] ?? "default"
            guard let style = styles[styleName] else {
                throw APIError.badRequest(
                    "no style '\(QueryItems.clip(styleName))'; styles: \(styles.keys.sorted().joined(separator: ", "))")
            }
            var items = query
            items.remove(["style", "format"])
            let arguments = try DiagramArguments.parse(
                try commandLine(items, endpoint: "render", except: Self.filters, command: false))
            let filter = try FilterOptions.parse(try filterLine(query)).filter()
            return DiagramJob(view: try arguments.view(of: graph, filter: filter), style: style)
        } catch let error as APIError {
            throw error
        } catch {
            throw Self.refusal(error)
        }
    }

    private func answer(_ endpoint: APIEndpoint, _ query: QueryItems) throws -> any Encodable {
        let names = graph.nameLookup
        switch endpoint {
        case .meta:
            return Meta(graph: graph, styles: styles.keys.sorted())
        case .actors:
            return Actors.order(graph).order.map { JSONOutput.ActorRecord(graph.actors[$0], names: names) }
        case .relations:
            var indices = try Relations.parse(try commandLine(query, endpoint: "relations", except: ["other"])).indices(
                in: graph)
            if let other = query["other"] {
                guard let actor = query["actor"] else {
                    throw APIError.badRequest("'other' needs 'actor': the relations between the two")
                }
                let pair: Set = [try graph.resolve(actor), try graph.resolve(other)]
                indices = indices.filter { pair == [graph.sources[$0], graph.targets[$0]] }
            }
            return indices.map { JSONOutput.RelationRecord(graph.relations[$0], names: names) }
        case .ties:
            var items = query
            items.remove(["list"])
            try require(query, ["actor"], endpoint)
            let arguments = try TieListingArguments.parse(
                try commandLine(items, endpoint: "ties", except: Self.filters, command: false))
            let filter = try FilterOptions.parse(try filterLine(query)).filter()
            let polarity: Polarity
            switch query["list"] ?? "allies" {
            case "allies": polarity = .cooperation
            case "rivals": polarity = .conflict
            case let other: throw APIError.badRequest("list '\(QueryItems.clip(other))' is not allies or rivals")
            }
            if !filter.polarities.contains(polarity) {
                throw APIError.badRequest(
                    "polarity leaves out \(polarity.rawValue), so there is nothing to list; drop polarity")
            }
            return TieListing(
                graph: graph, center: try graph.resolve(arguments.actor), polarity: polarity, filter: filter,
                limit: arguments.limit
            ).report
        case .path:
            try require(query, ["source", "target"], endpoint)
            return try Path.parse(try commandLine(query, endpoint: "path")).report(in: graph).record
        case .neighbors:
            try require(query, ["actor"], endpoint)
            return try Neighbors.parse(try commandLine(query, endpoint: "neighbors")).records(in: graph)
        case .blocs:
            return try ServeBlocs.report(Blocs.parse(try commandLine(query, endpoint: "blocs")), graph: graph)
        case .timeline:
            try require(query, ["actor"], endpoint)
            return try ServeTimeline.record(
                TimelineCommand.parse(try commandLine(query, endpoint: "timeline")), graph: graph)
        }
    }

    private func require(_ query: QueryItems, _ names: [String], _ endpoint: APIEndpoint) throws {
        for name in names where (query[name] ?? "").isEmpty {
            throw APIError.badRequest(
                "\(endpoint.rawValue) needs '\(name)'; give \(names.map { "\($0)=NAME" }.joined(separator: "&"))")
        }
    }

    /// The command line a query stands for. `--graph` names no file: the command is parsed
    /// and validated, never run; the served graph answers it.
    private func commandLine(_ query: QueryItems, endpoint: String, except: Set<String> = [], command: Bool = true)
        throws -> [String]
    {
        guard let entry = Self.options[endpoint] else { return [] }
        var words = command ? ["--graph=(served)"] : []
        for (name, value) in query.values.sorted(by: { $0.key < $1.key }) where !except.contains(name) {
            if entry.flags.contains(name) {
                switch value.lowercased() {
                case "", "1", "true", "yes", "on": words.append("--\(name)")
                case "0", "false", "no", "off": break
                default: throw APIError.badRequest("'\(name)' is true or false, not '\(QueryItems.clip(value))'")
                }
            } else if entry.options.contains(name) {
                // `--name=value` keeps a value that starts with '-' a value.
                words.append("--\(name)=\(value)")
            }
        }
        let positional = entry.positional.compactMap { query[$0] }
        if !positional.isEmpty { words += ["--"] + positional }
        return words
    }

    private func filterLine(_ query: QueryItems) throws -> [String] {
        Self.filters.sorted().compactMap { name in query[name].map { "--\(name)=\($0)" } }
    }

    /// A refused request in the CLI's words ("no actor 'Belaruss'; did you mean Belarus?").
    static func refusal(_ error: any Error) -> APIError {
        var text = ErrorReport.message(for: error)
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        let notFound = (error as? GraphError).map { if case .unknownActor = $0 { true } else { false } } ?? false
        return APIError(status: notFound ? 404 : 400, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

extension QueryItems {
    mutating func remove(_ names: Set<String>) {
        self =
            (try? QueryItems(
                values.filter { !names.contains($0.key) }.map { ($0.key, $0.value) }, allowed: Set(values.keys)))
            ?? self
    }
}

/// What the page needs before its first request: sizes, the date span, and the choices its
/// filters offer.
struct Meta: Encodable {
    var actors: Int
    var relations: Int
    var firstDate: String?
    var lastDate: String?
    var styles: [String]
    var kinds: [String]
    var polarities: [String]
    var certainties: [String]
    var layers: [String]

    init(graph: KnowledgeGraph, styles: [String]) {
        actors = graph.actorCount
        relations = graph.relationCount
        let dates = graph.relations.compactMap { $0.evidence.date.map { String($0.prefix(10)) } }.filter(
            CalendarDate.isValid)
        firstDate = dates.min()
        lastDate = dates.max()
        self.styles = styles
        kinds = Choices.kinds
        polarities = Choices.polarities
        certainties = Choices.certainties
        layers = Choices.layers
    }

    enum CodingKeys: String, CodingKey {
        case actors, relations, styles, kinds, polarities, certainties, layers
        case firstDate = "first_date"
        case lastDate = "last_date"
    }
}

/// Lets `answer` return any of the commands' records and encode it once.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
