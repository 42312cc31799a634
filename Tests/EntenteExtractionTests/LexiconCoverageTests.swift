import EntenteExtraction
import EntenteGraph
import Testing

/// The built-in lexicon, loaded once for the table tests below.
private let coverageLexicon: Lexicon = {
    do { return try Lexicon.builtIn() } catch { preconditionFailure("built-in lexicon: \(error)") }
}()

/// One lexicon entry as these tests expect it: id, kind and (optional) affiliation.
struct CoverageEntry: CustomStringConvertible, Sendable {
    var id: String
    var kind: ActorKind
    var affiliation: String?

    init(_ id: String, _ kind: ActorKind, _ affiliation: String? = nil) {
        self.id = id
        self.kind = kind
        self.affiliation = affiliation
    }

    var description: String { id }
}

/// A written name and the lexicon actor it must resolve to.
struct NamedActor: CustomStringConvertible, Sendable {
    var text: String
    var id: String

    init(_ text: String, _ id: String) {
        self.text = text
        self.id = id
    }

    var description: String { "\(text) → \(id)" }
}

@Suite("Lexicon coverage")
struct LexiconCoverageTests {
    // MARK: Entries, kinds and affiliations

    @Test(arguments: [
        // Intelligence and security services are state organs.
        CoverageEntry("FSB", .organization, "RUS"), CoverageEntry("GRU", .organization, "RUS"),
        CoverageEntry("SVR", .organization, "RUS"), CoverageEntry("SBU", .organization, "UKR"),
        CoverageEntry("HUR", .organization, "UKR"), CoverageEntry("CIA", .organization, "USA"),
        CoverageEntry("FBI", .organization, "USA"), CoverageEntry("MI6", .organization, "GBR"),
        CoverageEntry("GCHQ", .organization, "GBR"), CoverageEntry("MOSSAD", .organization, "ISR"),
        CoverageEntry("SHIN_BET", .organization, "ISR"), CoverageEntry("MOIS", .organization, "IRN"),
        CoverageEntry("MSS_CHINA", .organization, "CHN"), CoverageEntry("ISI", .organization, "PAK"),
        CoverageEntry("RAW", .organization, "IND"), CoverageEntry("MIT_TURKEY", .organization, "TUR"),
        // NGOs and research institutes stand alone.
        CoverageEntry("HRW", .organization), CoverageEntry("AMNESTY", .organization),
        CoverageEntry("ICRC", .organization), CoverageEntry("MSF", .organization),
        CoverageEntry("ICG", .organization), CoverageEntry("ACLED", .organization),
        CoverageEntry("SIPRI", .organization), CoverageEntry("ISW", .organization),
        CoverageEntry("CHATHAM_HOUSE", .organization), CoverageEntry("IISS", .organization),
        // Missions belong to their parent organisation.
        CoverageEntry("MONUSCO", .igo, "UN"), CoverageEntry("MINUSCA", .igo, "UN"),
        CoverageEntry("UNMISS", .igo, "UN"), CoverageEntry("UNFICYP", .igo, "UN"),
        CoverageEntry("EUFOR_ALTHEA", .igo, "EU"), CoverageEntry("EUNAVFOR_ASPIDES", .igo, "EU"),
        CoverageEntry("AU_SOMALIA_MISSION", .igo, "AU"), CoverageEntry("SAMIDRC", .igo, "SADC"),
        CoverageEntry("ECOWAS_STANDBY_FORCE", .igo, "ECOWAS"), CoverageEntry("OCHA", .igo, "UN"),
        CoverageEntry("OPERATION_PROSPERITY_GUARDIAN", .other),
        // Armed groups and governing bodies.
        CoverageEntry("G9", .armedGroup), CoverageEntry("CODECO", .armedGroup),
        CoverageEntry("PDF_MYANMAR", .armedGroup, "NUG_MYANMAR"), CoverageEntry("ASAIB_AHL_AL_HAQ", .armedGroup),
        CoverageEntry("AZOV", .organization, "UKR"), CoverageEntry("HAITI_TPC", .organization, "HTI"),
        // People.
        CoverageEntry("FILS_AIME", .person, "HTI"), CoverageEntry("CHERIZIER", .person, "VIV_ANSANM"),
        CoverageEntry("BARNEA", .person, "MOSSAD"), CoverageEntry("BORTNIKOV", .person, "FSB"),
        CoverageEntry("AG_GHALY", .person, "JNIM"), CoverageEntry("OCALAN", .person, "PKK"),
        CoverageEntry("TWAN_MRAT_NAING", .person, "ARAKAN_ARMY"), CoverageEntry("VOLKER_TURK", .person, "OHCHR"),
    ])
    func entryHasKindAndAffiliation(_ expected: CoverageEntry) throws {
        let entry = try #require(coverageLexicon.entry(id: expected.id), "missing \(expected.id)")
        #expect(entry.actor.kind == expected.kind)
        #expect(entry.actor.affiliation == expected.affiliation)
    }

    @Test func servicesAreNoLongerNamesOfTheirStates() throws {
        for (state, service) in [("RUS", "FSB"), ("RUS", "GRU"), ("UKR", "SBU"), ("GBR", "MI6"), ("ISR", "Mossad"), ("USA", "CIA"), ("PAK", "ISI")] {
            let entry = try #require(coverageLexicon.entry(id: state))
            #expect(!entry.metonyms.contains(service), "\(state) still claims \(service)")
            #expect(!entry.actor.aliases.contains(service), "\(state) still claims \(service)")
        }
    }

    // MARK: Recognition by name and alias

    @Test(arguments: [
        NamedActor("Security Service of Ukraine", "SBU"), NamedActor("SBU", "SBU"),
        NamedActor("Ukrainian military intelligence", "HUR"), NamedActor("GUR", "HUR"),
        NamedActor("Russian military intelligence", "GRU"), NamedActor("Lubyanka", "FSB"),
        NamedActor("Shabak", "SHIN_BET"), NamedActor("Inter-Services Intelligence", "ISI"),
        NamedActor("Doctors Without Borders", "MSF"), NamedActor("Red Cross", "ICRC"),
        NamedActor("Crisis Group", "ICG"), NamedActor("HRW", "HRW"),
        NamedActor("Operation Aspides", "EUNAVFOR_ASPIDES"), NamedActor("ATMIS", "AU_SOMALIA_MISSION"),
        NamedActor("AMISOM", "AU_SOMALIA_MISSION"), NamedActor("EUFOR", "EUFOR_ALTHEA"),
        NamedActor("G9 Family and Allies", "G9"), NamedActor("Hashd al-Shaabi", "PMF"),
        NamedActor("Asaib Ahl al-Haq", "ASAIB_AHL_AL_HAQ"), NamedActor("Gulf Clan", "CLAN_DEL_GOLFO"),
        NamedActor("Fitna al-Khawarij", "TTP"), NamedActor("National Unity Government", "NUG_MYANMAR"),
        NamedActor("State Administration Council", "MMR"), NamedActor("Presidential Leadership Council", "YEM"),
        NamedActor("Öcalan", "OCALAN"), NamedActor("Nduhungirehe", "NDUHUNGIREHE"),
    ])
    func nameResolvesToTheActor(_ named: NamedActor) {
        let extraction = extract("Report\n\nOn Monday \(named.text) issued a statement.")
        let ids = extraction.actors.map(\.id)
        #expect(ids.contains(named.id), "\(named.text): \(ids)")
    }

    @Test func aServiceBringsItsStateAlong() throws {
        let extraction = extract("Report\n\nThe SBU said it had detained two GRU agents.")
        let sbu = try #require(extraction.actors.first { $0.id == "SBU" })
        #expect(sbu.kind == .organization)
        #expect(sbu.affiliation == "UKR")
        let ids = Set(extraction.actors.map(\.id))
        #expect(ids.isSuperset(of: ["SBU", "GRU", "UKR", "RUS"]), "\(ids)")
    }

    // MARK: Relations between the new actors

    @Test(arguments: [
        ("The FSB accused MI6 of recruiting officers.", "Federal Security Service accuse Secret Intelligence Service (asserted)"),
        ("Iran's MOIS accused Mossad of plotting attacks.", "Ministry of Intelligence of Iran accuse Mossad (asserted)"),
        ("The CIA warned the Houthis on Tuesday.", "Central Intelligence Agency warn Houthis (asserted)"),
        ("Amnesty International condemned Israel.", "Amnesty International condemn Israel (asserted)"),
        ("UNIFIL accused Hezbollah of attacking its peacekeepers.", "United Nations Interim Force in Lebanon accuse Hezbollah (asserted)"),
        ("EUNAVFOR Aspides shot down Houthi drones.", "EUNAVFOR Aspides attack Houthis (asserted)"),
        ("Viv Ansanm attacked the Transitional Presidential Council.", "Viv Ansanm attack Transitional Presidential Council (asserted)"),
        ("Kenya supported the Gang Suppression Force.", "Kenya support Gang Suppression Force (asserted)"),
        ("The People's Defence Force attacked the Tatmadaw.", "People's Defence Force attack Myanmar (asserted)"),
        ("Riek Machar criticised Salva Kiir.", "Riek Machar criticize Salva Kiir (asserted)"),
        ("Mossad chief David Barnea met Qatari officials.", "David Barnea leader_of Mossad (asserted)"),
    ])
    func sentenceYieldsRelation(_ text: String, _ expected: String) {
        let extraction = extract("Report\n\n\(text)")
        #expect(summary(extraction).contains(expected), "\(summary(extraction))")
    }

    @Test func reportedClaimKeepsTheInstituteAsSource() {
        let extraction = extract("Report\n\nThe Institute for the Study of War said Russia threatened Ukraine.")
        #expect(extraction.actors.contains { $0.id == "ISW" })
        #expect(summary(extraction).contains("Russia threaten Ukraine (reported)"), "\(summary(extraction))")
    }

    // MARK: Words that must not become actors

    @Test(arguments: [
        ("MIT researchers published a study on drones.", "MIT_TURKEY"),
        ("The report is available as a PDF on the ministry website.", "PDF_MYANMAR"),
        ("An amnesty was offered to fighters who surrender.", "AMNESTY"),
        ("Amnesty for the fighters was debated in parliament.", "AMNESTY"),
        ("Raw materials are scarce in the region.", "RAW"),
        ("Russian warships sailed in the Sea of Azov.", "AZOV"),
        ("Atalanta beat Inter Milan on Sunday.", "EUNAVFOR_ATALANTA"),
        ("Kayikwamba Wagner met Olivier Nduhungirehe in Washington.", "WAGNER"),
        ("The National Resistance Front claimed an attack in Panjshir.", "TRF"),
        ("South Africa's Government of National Unity held together.", "LBY"),
        ("Shares in BP PLC fell after the results.", "YEM"),
    ])
    func ordinaryWordIsNoActor(_ text: String, _ id: String) {
        let extraction = extract("Report\n\n\(text)")
        let ids = extraction.actors.map(\.id)
        #expect(!ids.contains(id), "\(text): \(ids)")
    }

    @Test func congoleseMinisterIsNotTheWagnerGroup() throws {
        let extraction = extract("Talks\n\nKayikwamba Wagner met Olivier Nduhungirehe in Washington.")
        #expect(summary(extraction).contains("Thérèse Kayikwamba Wagner meet Olivier Nduhungirehe (asserted)"), "\(summary(extraction))")
    }
}
