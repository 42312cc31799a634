/// The sign of a relation: does it draw two actors together, set them against each other,
/// or place one inside the other?
public enum Polarity: String, Codable, Sendable, CaseIterable {
    case cooperation
    case conflict
    case affiliation
}

/// How sure the text is that a relation holds.
public enum Certainty: String, Codable, Sendable, CaseIterable {
    /// Stated as fact by the article.
    case asserted
    /// Attributed to a speaker ("X said that…", "quoted X as saying").
    case reported
    /// Possible, intended or conditional ("would", "risk of", "keen to").
    case hypothetical
    /// Denied by the text ("has not committed"); never drawn, never traversed by default.
    case negated
}

/// The closed set of relation kinds, aligned with the CAMEO root codes.
///
/// Each kind carries a polarity, its CAMEO root code and a Goldstein-style weight
/// (-10 most hostile … +10 most cooperative); affiliations weigh 0.
public enum RelationKind: String, Codable, Sendable, CaseIterable {
    // Cooperation
    case meet, host, negotiate, praise, support, ally, mediate
    case train, supplyArms = "supply_arms", aid, hostTroops = "host_troops", defend
    // Conflict
    case criticize, condemn, accuse, demand, reject, threaten, warn, mobilize
    case sanction, expel, attack, fight, invade, occupy, rebel
    // Affiliation
    case leaderOf = "leader_of", memberOf = "member_of", partOf = "part_of"

    public var polarity: Polarity {
        switch self {
        case .meet, .host, .negotiate, .praise, .support, .ally, .mediate,
            .train, .supplyArms, .aid, .hostTroops, .defend:
            return .cooperation
        case .criticize, .condemn, .accuse, .demand, .reject, .threaten, .warn, .mobilize,
            .sanction, .expel, .attack, .fight, .invade, .occupy, .rebel:
            return .conflict
        case .leaderOf, .memberOf, .partOf:
            return .affiliation
        }
    }

    /// CAMEO root code (two digits); affiliations have none and answer "--".
    public var cameo: String {
        switch self {
        case .meet, .host, .negotiate, .mediate: return "04"
        case .praise, .support, .ally: return "05"
        case .train, .hostTroops: return "06"
        case .supplyArms, .aid, .defend: return "07"
        case .demand: return "10"
        case .criticize, .condemn, .accuse: return "11"
        case .reject: return "12"
        case .threaten, .warn: return "13"
        case .mobilize: return "15"
        case .sanction, .expel: return "16"
        case .rebel, .attack: return "18"
        case .fight, .invade, .occupy: return "19"
        case .leaderOf, .memberOf, .partOf: return "--"
        }
    }

    /// The CAMEO root, two digits ("04"); "--" for affiliations.
    public var root: String { String(cameo.prefix(2)) }

    /// CAMEO QuadClass: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08),
    /// 3 verbal conflict (09–13), 4 material conflict (14–20); 0 for affiliations.
    public var quadClass: Int { QuadClass.of(root: root) }

    /// Goldstein-style weight, after the Goldstein (1992) scale for the matching CAMEO events.
    public var weight: Double {
        switch self {
        case .meet: return 1.0
        case .host: return 2.8
        case .negotiate: return 3.5
        case .praise: return 3.4
        case .support: return 3.5
        case .ally: return 8.0
        case .mediate: return 5.0
        case .train: return 6.4
        case .supplyArms: return 8.3
        case .aid: return 7.4
        case .hostTroops: return 6.4
        case .defend: return 8.5
        case .criticize: return -2.0
        case .condemn: return -2.2
        case .accuse: return -2.0
        case .demand: return -5.0
        case .reject: return -4.0
        case .threaten: return -7.0
        case .warn: return -4.0
        case .mobilize: return -7.2
        case .sanction: return -8.0
        case .expel: return -5.0
        case .rebel: return -8.0
        case .attack: return -10.0
        case .fight: return -10.0
        case .invade: return -10.0
        case .occupy: return -9.5
        case .leaderOf, .memberOf, .partOf: return 0
        }
    }

    /// Whether "A kind B" says the same as "B kind A" (allies, fighting each other).
    public var isSymmetric: Bool {
        switch self {
        case .meet, .negotiate, .ally, .fight: return true
        default: return false
        }
    }

    /// A short phrase for tables and path hops: "Poland —mobilize against→ Belarus".
    public var phrase: String {
        switch self {
        case .meet: return "meets"
        case .host: return "hosts"
        case .negotiate: return "negotiates with"
        case .praise: return "praises"
        case .support: return "supports"
        case .ally: return "is allied with"
        case .mediate: return "mediates for"
        case .train: return "trains"
        case .supplyArms: return "supplies arms to"
        case .aid: return "aids"
        case .hostTroops: return "hosts troops of"
        case .defend: return "pledges to defend"
        case .criticize: return "criticizes"
        case .condemn: return "condemns"
        case .accuse: return "accuses"
        case .demand: return "makes demands of"
        case .reject: return "rejects"
        case .threaten: return "threatens"
        case .warn: return "warns"
        case .mobilize: return "mobilizes against"
        case .sanction: return "sanctions"
        case .expel: return "expels"
        case .rebel: return "rebels against"
        case .attack: return "attacks"
        case .fight: return "fights"
        case .invade: return "invades"
        case .occupy: return "occupies"
        case .leaderOf: return "leads"
        case .memberOf: return "is a member of"
        case .partOf: return "is part of"
        }
    }

    /// Accepts raw values and loose spellings from CSV files and the command line.
    public init?(loose text: String) {
        let key = text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let kind = RelationKind(rawValue: key) {
            self = kind
            return
        }
        switch key {
        case "leaderof": self = .leaderOf
        case "memberof": self = .memberOf
        case "partof": self = .partOf
        case "supplyarms", "arm", "arms": self = .supplyArms
        case "hosttroops": self = .hostTroops
        case "alliance", "allied": self = .ally
        case "threat": self = .threaten
        default: return nil
        }
    }
}

/// CAMEO's four-way grouping of event roots.
public enum QuadClass {
    /// The QuadClass of a two-digit root ("04" → 1); 0 for anything that is not an event root.
    public static func of(root: String) -> Int {
        guard let value = Int(root.prefix(2)) else { return 0 }
        switch value {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        case 14...20: return 4
        default: return 0
        }
    }
}
