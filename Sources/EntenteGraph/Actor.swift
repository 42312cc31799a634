/// What sort of actor a node is; drives shapes in diagrams and filters in queries.
public enum ActorKind: String, Codable, Sendable, CaseIterable, Comparable {
    case state
    case person
    case organization
    case armedGroup
    case igo
    case other

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        lhs.code < rhs.code
    }

    /// Accepts the spellings used by other tools and gold files (`armed_group`, `IGO`).
    public init?(loose text: String) {
        let key = text.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
        switch key {
        case "state", "country": self = .state
        case "person", "leader", "individual": self = .person
        case "organization", "organisation", "org": self = .organization
        case "armedgroup", "militia", "rebel": self = .armedGroup
        case "igo", "alliance", "internationalorganization": self = .igo
        case "other": self = .other
        default: return nil
        }
    }
}

/// A participant in events: a state, a leader, an armed group, an alliance.
public struct Actor: Codable, Sendable, Hashable, Identifiable {
    /// Stable across articles and snapshots: lexicon code (`RUS`, `PUTIN`) or a slug of the name.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Other names this actor was seen under, in first-seen order, without the canonical name.
    public var aliases: [String]
    /// For a person or a unit: the id of the actor it belongs to (a leader's state).
    public var affiliation: String?
    /// CAMEO-style actor code (`RUSGOV`, `IGOWSTNAT`).
    public var code: String?

    public init(
        id: String, name: String, kind: ActorKind, aliases: [String] = [],
        affiliation: String? = nil, code: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.affiliation = affiliation
        self.code = code
    }

    /// Every name this actor answers to, canonical name first.
    public var names: [String] { [name] + aliases }

    /// Folds another record of the same actor into this one, keeping what is already known.
    public mutating func absorb(_ other: Actor) {
        for alias in other.names where alias != name && !aliases.contains(alias) {
            aliases.append(alias)
        }
        if affiliation == nil { affiliation = other.affiliation }
        if code == nil { code = other.code }
        if kind == .other && other.kind != .other { kind = other.kind }
    }
}
