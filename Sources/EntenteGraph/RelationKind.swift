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

/// The closed set of relation kinds: the twenty CAMEO event roots, with the second-level events
/// news reports most often as kinds of their own, plus three affiliations.
///
/// Each kind's CAMEO code, QuadClass, Goldstein weight, polarity and phrase come from one table,
/// `RelationKind.table`; `docs/relation-kinds.md` prints it. A relation may carry a finer CAMEO
/// code of its own (`Relation.code`), always under its kind's root.
public enum RelationKind: String, Codable, Sendable, CaseIterable {
    // 01–05 verbal cooperation
    case statement, appeal, pledge
    case meet, visit, host, negotiate, mediate
    case praise, support, recognize, apologize, ally, agreement
    // 06–08 material cooperation
    case cooperate, train, shareIntelligence = "share_intelligence", hostTroops = "host_troops"
    case aid, supplyArms = "supply_arms", defend, grantAsylum = "grant_asylum"
    case yield, release, easeSanctions = "ease_sanctions", ceasefire, withdraw
    // 09–13 verbal conflict
    case investigate, demand, criticize, condemn, accuse, reject, threaten, warn
    // 14–20 material conflict
    case protest, mobilize, breakTies = "break_ties", reduceAid = "reduce_aid", sanction, expel
    case coerce, arrest, seize, attack, assault, abduct, assassinate, rebel
    case fight, blockade, invade, occupy, massViolence = "mass_violence"
    // Affiliation
    case leaderOf = "leader_of", memberOf = "member_of", partOf = "part_of"

    /// One row of the kind table.
    public struct Info: Sendable {
        /// The CAMEO event code a plain mention of the kind gets ("042" for a visit).
        public let code: String
        public let goldstein: Double
        public let phrase: String
        public let symmetric: Bool
        /// What the CAMEO codebook calls the event.
        public let cameoName: String
    }

    private static func row(_ code: String, _ goldstein: Double, _ phrase: String, _ name: String, symmetric: Bool = false) -> Info {
        Info(code: code, goldstein: goldstein, phrase: phrase, symmetric: symmetric, cameoName: name)
    }

    /// The table every property below reads. Goldstein values after Goldstein (1992) as CAMEO
    /// assigns them to the code.
    public var info: Info {
        switch self {
        case .statement: return Self.row("010", 0.0, "makes a statement on", "make public statement")
        case .appeal: return Self.row("020", 3.0, "appeals to", "make an appeal or request")
        case .pledge: return Self.row("030", 4.0, "pledges cooperation with", "express intent to cooperate")
        case .meet: return Self.row("040", 1.0, "meets", "consult", symmetric: true)
        case .visit: return Self.row("042", 1.9, "visits", "make a visit")
        case .host: return Self.row("043", 2.8, "hosts", "host a visit")
        case .negotiate: return Self.row("046", 7.0, "negotiates with", "engage in negotiation", symmetric: true)
        case .mediate: return Self.row("045", 5.0, "mediates for", "mediate")
        case .praise: return Self.row("051", 3.4, "praises", "praise or endorse")
        case .support: return Self.row("050", 3.5, "supports", "engage in diplomatic cooperation")
        case .recognize: return Self.row("054", 6.5, "recognizes", "grant diplomatic recognition")
        case .apologize: return Self.row("055", 7.0, "apologizes to", "apologize")
        case .ally: return Self.row("057", 8.0, "is allied with", "sign formal agreement (alliance)", symmetric: true)
        case .agreement: return Self.row("057", 8.0, "signs an agreement with", "sign formal agreement", symmetric: true)
        case .cooperate: return Self.row("060", 6.0, "cooperates with", "engage in material cooperation", symmetric: true)
        case .train: return Self.row("062", 7.4, "trains", "cooperate militarily")
        case .shareIntelligence: return Self.row("064", 7.0, "shares intelligence with", "share intelligence or information")
        case .hostTroops: return Self.row("062", 6.4, "hosts troops of", "cooperate militarily (basing)")
        case .aid: return Self.row("070", 7.0, "aids", "provide aid")
        case .supplyArms: return Self.row("072", 8.3, "supplies arms to", "provide military aid")
        case .defend: return Self.row("074", 8.5, "pledges to defend", "provide military protection or peacekeeping")
        case .grantAsylum: return Self.row("075", 7.0, "grants asylum to", "grant asylum")
        case .yield: return Self.row("080", 5.0, "yields to", "yield")
        case .release: return Self.row("084", 7.0, "releases people of", "return, release")
        case .easeSanctions: return Self.row("085", 7.0, "eases sanctions on", "ease economic sanctions, boycott, embargo")
        case .ceasefire: return Self.row("0871", 9.0, "agrees a ceasefire with", "declare truce, ceasefire", symmetric: true)
        case .withdraw: return Self.row("0874", 10.0, "withdraws from", "retreat or surrender militarily")
        case .investigate: return Self.row("090", -2.0, "investigates", "investigate")
        case .demand: return Self.row("100", -5.0, "makes demands of", "demand")
        case .criticize: return Self.row("111", -2.0, "criticizes", "criticize or denounce")
        case .condemn: return Self.row("111", -2.2, "condemns", "criticize or denounce")
        case .accuse: return Self.row("112", -2.0, "accuses", "accuse")
        case .reject: return Self.row("120", -4.0, "rejects", "reject")
        case .threaten: return Self.row("138", -7.0, "threatens", "threaten with military force")
        case .warn: return Self.row("130", -4.4, "warns", "threaten")
        case .protest: return Self.row("140", -6.5, "protests against", "engage in political dissent")
        case .mobilize: return Self.row("150", -7.2, "mobilizes against", "demonstrate military or police power")
        case .breakTies: return Self.row("161", -4.0, "breaks ties with", "reduce or break diplomatic relations")
        case .reduceAid: return Self.row("162", -5.6, "cuts aid to", "reduce or stop material aid")
        case .sanction: return Self.row("163", -8.0, "sanctions", "impose embargo, boycott, or sanctions")
        case .expel: return Self.row("166", -7.0, "expels", "expel or withdraw")
        case .coerce: return Self.row("170", -7.0, "coerces", "coerce")
        case .arrest: return Self.row("173", -5.0, "arrests people of", "arrest, detain, or charge with legal action")
        case .seize: return Self.row("171", -9.2, "seizes property of", "seize or damage property")
        case .attack: return Self.row("190", -10.0, "attacks", "use conventional military force")
        case .assault: return Self.row("180", -9.0, "carries out assaults on", "use unconventional violence")
        case .abduct: return Self.row("181", -9.0, "abducts people of", "abduct, hijack, or take hostage")
        case .assassinate: return Self.row("186", -10.0, "assassinates a leader of", "assassinate")
        case .rebel: return Self.row("180", -9.0, "rebels against", "use unconventional violence (rebellion)")
        case .fight: return Self.row("190", -10.0, "fights", "use conventional military force", symmetric: true)
        case .blockade: return Self.row("191", -9.5, "blockades", "impose blockade, restrict movement")
        case .invade: return Self.row("192", -9.5, "invades", "occupy territory")
        case .occupy: return Self.row("192", -9.5, "occupies", "occupy territory")
        case .massViolence: return Self.row("200", -10.0, "commits mass violence against", "use unconventional mass violence")
        case .leaderOf: return Self.row("--", 0, "leads", "(affiliation)")
        case .memberOf: return Self.row("--", 0, "is a member of", "(affiliation)")
        case .partOf: return Self.row("--", 0, "is part of", "(affiliation)")
        }
    }

    public var polarity: Polarity {
        switch self {
        case .leaderOf, .memberOf, .partOf: return .affiliation
        // Roots 01–08 cooperate. Compared as text ("0874" < "09" <= "090"): building the root
        // and parsing it cost about 1.5 % of extraction, which asks this of every claim.
        default: return info.code < "09" ? .cooperation : .conflict
        }
    }

    /// The CAMEO event code a plain mention of the kind gets ("042"); "--" for affiliations.
    public var cameoCode: String { info.code }

    /// CAMEO root code (two digits); affiliations have none and answer "--".
    public var cameo: String { String(info.code.prefix(2)) }

    /// The CAMEO root, two digits ("04"); "--" for affiliations.
    public var root: String { cameo }

    /// Whether the kind is a use of force (CAMEO roots 18–20): assault, fight, mass violence.
    public var usesForce: Bool { ["18", "19", "20"].contains(root) }

    /// CAMEO QuadClass: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08),
    /// 3 verbal conflict (09–13), 4 material conflict (14–20); 0 for affiliations.
    public var quadClass: Int { QuadClass.of(root: root) }

    /// Goldstein-style weight (-10 most hostile … +10 most cooperative); affiliations weigh 0.
    public var weight: Double { info.goldstein }

    /// Whether "A kind B" says the same as "B kind A" (allies, fighting each other).
    public var isSymmetric: Bool { info.symmetric }

    /// A short phrase for tables and path hops: "Poland —mobilize against→ Belarus".
    public var phrase: String { info.phrase }

    /// The kind a CAMEO event code falls under: the kind whose own code is the longest prefix of
    /// it, else the first kind of its root ("0431" → host, "196" → attack).
    public init?(cameoCode text: String) {
        let digits = text.filter(\.isNumber)
        guard digits.count >= 2, QuadClass.of(root: String(digits.prefix(2))) != 0 else { return nil }
        var best: (kind: RelationKind, length: Int)?
        for kind in RelationKind.allCases where kind.polarity != .affiliation {
            let code = kind.cameoCode
            if digits.hasPrefix(code), code.count > (best?.length ?? 0) { best = (kind, code.count) }
        }
        if let best { self = best.kind; return }
        let root = String(digits.prefix(2))
        guard let first = RelationKind.allCases.first(where: { $0.root == root }) else { return nil }
        self = first
    }

    /// Accepts raw values and loose spellings from CSV files and the command line.
    public init?(loose text: String) {
        let key = text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let kind = RelationKind(rawValue: key) {
            self = kind
            return
        }
        let squeezed = key.replacingOccurrences(of: "_", with: "")
        if let kind = RelationKind.allCases.first(where: { $0.rawValue.replacingOccurrences(of: "_", with: "") == squeezed }) {
            self = kind
            return
        }
        switch squeezed {
        case "arm", "arms": self = .supplyArms
        case "alliance", "allied": self = .ally
        case "threat": self = .threaten
        case "massacre": self = .massViolence
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
