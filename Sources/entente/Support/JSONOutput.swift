import EntenteGraph
import Foundation

/// The JSON shapes the CLI prints; actor references are names, as a reader expects.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One record per line (JSON Lines): compact, keys sorted.
    static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encoded JSON with invisible and direction-changing characters (U+202E, U+200F, ...)
    /// written as `\uXXXX` escapes, which JSONEncoder leaves raw: the same text to a parser,
    /// but nothing that reorders or hides what a terminal shows.
    static func escapingInvisibles(_ json: Data) -> Data {
        guard json.contains(where: { $0 >= 0x80 }) else { return json }
        var result = ""
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            let category = scalar.properties.generalCategory
            if scalar.value >= 0x80 && (category == .format || category == .control || category == .lineSeparator || category == .paragraphSeparator) {
                for unit in String(scalar).utf16 { result += String(format: "\\u%04x", unit) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return Data(result.utf8)
    }

    struct ActorRecord: Encodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        var affiliation: String?
        var code: String?

        init(_ actor: Actor, names: (String) -> String) {
            id = actor.id
            name = actor.name
            kind = actor.kind.rawValue
            aliases = actor.aliases
            affiliation = actor.affiliation.map(names)
            code = actor.code
        }
    }

    struct RelationRecord: Encodable {
        var source: String
        var target: String
        var sourceId: String
        var targetId: String
        var kind: String
        var polarity: String
        /// The full CAMEO event code ("0871"); `root` is its first two digits.
        var cameo: String
        var root: String
        var quadClass: Int
        /// The Goldstein value of the kind.
        var weight: Double
        var certainty: String
        var speaker: String?
        var evidence: Evidence

        init(_ relation: Relation, names: (String) -> String) {
            source = names(relation.source)
            target = names(relation.target)
            sourceId = relation.source
            targetId = relation.target
            kind = relation.kind.rawValue
            polarity = relation.kind.polarity.rawValue
            cameo = relation.eventCode
            root = relation.kind.root
            quadClass = relation.kind.quadClass
            weight = relation.kind.weight
            certainty = relation.certainty.rawValue
            speaker = relation.speaker.map(names)
            evidence = relation.evidence
        }

        enum CodingKeys: String, CodingKey {
            case source, target, kind, polarity, cameo, root, weight, certainty, speaker, evidence
            case quadClass = "quad_class"
            case sourceId = "source_id"
            case targetId = "target_id"
        }
    }

    struct DocumentRecord: Encodable {
        var document: DocumentInfo
        var actors: [ActorRecord]
        var relations: [RelationRecord]

        init(_ extraction: DocumentExtraction) {
            var byID: [String: String] = [:]
            for actor in extraction.actors { byID[actor.id] = actor.name }
            let names: (String) -> String = { byID[$0] ?? $0 }
            document = extraction.document
            actors = extraction.actors.map { ActorRecord($0, names: names) }
            relations = extraction.relations.map { RelationRecord($0, names: names) }
        }
    }
}
