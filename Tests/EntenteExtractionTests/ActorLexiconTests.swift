import EntenteExtraction
import EntenteGraph
import Testing

/// The built-in lexicon, loaded once for the dictionary checks below.
private let actorLexicon: Lexicon = {
    do { return try Lexicon.builtIn() } catch { preconditionFailure("built-in lexicon: \(error)") }
}()

/// The actor dictionaries as reporting needs them: former leaders, officials, regional bodies,
/// missions, rival authorities and armed groups, each found by its name, aliases and acronym,
/// without any alias taking over ordinary words.
@Suite("Actor lexicon")
struct ActorLexiconTests {
    // MARK: Names, aliases and acronyms

    @Test(arguments: [
        // Former heads of state and government, with their transliterations.
        NamedActor("Barack Obama", "OBAMA"), NamedActor("Obama", "OBAMA"), NamedActor("George W. Bush", "GEORGE_W_BUSH"),
        NamedActor("Tony Blair", "BLAIR"), NamedActor("Boris Yeltsin", "YELTSIN"), NamedActor("Saddam Hussein", "SADDAM"),
        NamedActor("Muammar Gaddafi", "GADDAFI"), NamedActor("Qaddafi", "GADDAFI"), NamedActor("Kadhafi", "GADDAFI"),
        NamedActor("Hafez al-Assad", "HAFEZ_ASSAD"), NamedActor("Hosni Mubarak", "MUBARAK"), NamedActor("Morsy", "MORSI"),
        NamedActor("Ehud Olmert", "OLMERT"), NamedActor("Hassan Rouhani", "ROUHANI"), NamedActor("Milošević", "MILOSEVIC"),
        NamedActor("Petro Poroshenko", "POROSHENKO"), NamedActor("Ashraf Ghani", "ASHRAF_GHANI"), NamedActor("Jokowi", "JOKOWI"),
        // Officials in office or recently out of it.
        NamedActor("Musaad al-Aiban", "AIBAN"), NamedActor("Ali Shamkhani", "SHAMKHANI"), NamedActor("Nasser Bourita", "BOURITA"),
        NamedActor("Ahmed Attaf", "ATTAF"), NamedActor("Gilberto Teodoro", "TEODORO"), NamedActor("Mohammad Javad Zarif", "ZARIF"),
        NamedActor("Tess Lazaro", "THERESA_LAZARO"), NamedActor("Pablo Quirno", "QUIRNO"), NamedActor("Bukele", "BUKELE"),
        NamedActor("Tufan Erhurman", "ERHURMAN"), NamedActor("Aguila Saleh", "AGUILA_SALEH"), NamedActor("Qais al-Khazali", "QAIS_AL_KHAZALI"),
        NamedActor("Diosdado Cabello", "CABELLO"), NamedActor("Robert Kyagulanyi", "BOBI_WINE"), NamedActor("Minni Minnawi", "MINNI_MINAWI"),
        NamedActor("Fayez al-Serraj", "SARRAJ"), NamedActor("Iván Mordisco", "MORDISCO"), NamedActor("Roberta Metsola", "METSOLA"),
        // Regional bodies, missions and courts, written out, abbreviated and in title case.
        NamedActor("Organisation of American States", "OAS"), NamedActor("OAS", "OAS"), NamedActor("WAEMU", "UEMOA"),
        NamedActor("Uemoa", "UEMOA"), NamedActor("EULEX", "EULEX"), NamedActor("Eulex", "EULEX"), NamedActor("SAMIM", "SAMIM"),
        NamedActor("UNOCHA", "OCHA"), NamedActor("the Commonwealth", "COMMONWEALTH"), NamedActor("UNAMI", "UNAMI"),
        NamedActor("Yugoslav war crimes tribunal", "ICTY"),
        // Rival governments and sub-state authorities.
        NamedActor("Republika Srpska", "REPUBLIKA_SRPSKA"), NamedActor("Puntland", "PUNTLAND"), NamedActor("Jubaland", "JUBALAND"),
        NamedActor("Libyan House of Representatives", "LIBYA_HOR"), NamedActor("Government of National Accord", "LIBYA_GNA"),
        NamedActor("Tripoli-based Government of National Unity", "LIBYA_GNU"), NamedActor("Transnistria", "TRANSNISTRIA"),
        NamedActor("FARDC", "COD"), NamedActor("UPDF", "UGA"), NamedActor("Peshmerga", "KRG"), NamedActor("Taliban government", "TALIBAN"),
        NamedActor("Supreme National Security Council", "IRN"), NamedActor("PLO", "PLO"), NamedActor("Fatah", "FATAH"),
        // Armed groups.
        NamedActor("Ambazonian separatists", "AMBAZONIA_SEPARATISTS"), NamedActor("Hurras al-Din", "HURRAS_AL_DIN"),
        NamedActor("Anti-balaka", "ANTI_BALAKA"), NamedActor("Liwa Fatemiyoun", "FATEMIYOUN"), NamedActor("MEK", "MEK"),
        NamedActor("Kosovo Liberation Army", "KLA"), NamedActor("Giants Brigades", "GIANTS_BRIGADES"), NamedActor("SLA-AW", "SLM_AW"),
    ])
    func nameResolvesToTheActor(_ named: NamedActor) {
        let extraction = extract("Report\n\nOn Monday \(named.text) issued a statement.")
        let ids = extraction.actors.map(\.id)
        #expect(ids.contains(named.id), "\(named.text): \(ids)")
    }

    @Test(arguments: [
        CoverageEntry("OAS", .igo), CoverageEntry("UEMOA", .igo), CoverageEntry("EULEX", .igo, "EU"),
        CoverageEntry("SAMIM", .igo, "SADC"), CoverageEntry("UNAMI", .igo, "UN"), CoverageEntry("REPUBLIKA_SRPSKA", .organization, "BIH"),
        CoverageEntry("PUNTLAND", .organization, "SOM"), CoverageEntry("LIBYA_HOR", .organization, "LBY"),
        CoverageEntry("VDP_BURKINA", .organization, "BFA"), CoverageEntry("JANJAWEED", .armedGroup),
        CoverageEntry("OBAMA", .person, "USA"), CoverageEntry("GADDAFI", .person, "LBY"), CoverageEntry("AIBAN", .person, "SAU"),
        CoverageEntry("MULLAH_OMAR", .person, "TALIBAN"), CoverageEntry("DENI", .person, "PUNTLAND"),
        CoverageEntry("AGUILA_SALEH", .person, "LIBYA_HOR"), CoverageEntry("ERHURMAN", .person, "NORTHERN_CYPRUS"),
        CoverageEntry("ALBERT_RAMDIN", .person, "OAS"),
    ])
    func entryHasKindAndAffiliation(_ expected: CoverageEntry) throws {
        let entry = try #require(actorLexicon.entry(id: expected.id), "missing \(expected.id)")
        #expect(entry.actor.kind == expected.kind)
        #expect(entry.actor.affiliation == expected.affiliation)
    }

    @Test(arguments: [
        ("The Salvadoran president criticised Mexico.", "Nayib Bukele criticize Mexico (asserted)"),
        ("The Ivorian president met Ghana's president in Accra.", "Alassane Ouattara meet John Mahama (asserted)"),
        ("Jubaland forces attacked al-Shabab fighters.", "Jubaland attack Al-Shabaab (asserted)"),
        ("The OAS condemned Nicaragua.", "Organization of American States condemn Nicaragua (asserted)"),
        ("M23 president Bertrand Bisimwa accused Burundi.", "Bertrand Bisimwa leader_of March 23 Movement (asserted)"),
        ("India's foreign secretary met Touhid Hossain in Dhaka.", "Vikram Misri meet Touhid Hossain (asserted)"),
    ])
    func newOfficeHoldersAndBodiesTakePartInRelations(_ text: String, _ expected: String) {
        let found = summary(extract("Report\n\n\(text)"))
        #expect(found.contains(expected), "\(found)")
    }

    // MARK: Former office-holders

    /// A person known only by past offices ("former President", "late King") holds none now, so
    /// an office-holder lookup ("the Egyptian president") must never reach them.
    @Test func formerOfficeHoldersHoldNoCurrentRole() {
        let past = ["former ", "late ", "ex-", "ousted ", "deposed ", "assassinated "]
        for entry in actorLexicon.actors where entry.actor.kind == .person && !entry.titles.isEmpty {
            let onlyPast = entry.titles.allSatisfy { title in past.contains { title.lowercased().hasPrefix($0) } }
            guard onlyPast else { continue }
            #expect(entry.role == "other", "\(entry.actor.id) has only past titles but role \(entry.role ?? "none")")
        }
    }

    @Test(arguments: [
        ("Former President Barack Obama criticised Vladimir Putin.", "Barack Obama"),
        ("Former Libyan leader Muammar Gaddafi threatened Italy.", "Muammar Gaddafi"),
        ("Former Egyptian President Hosni Mubarak met Yasser Arafat in Cairo.", "Hosni Mubarak"),
        ("Ousted President Mohamed Bazoum criticised the junta in Niger.", "Mohamed Bazoum"),
    ])
    func formerTitleGivesNoLeadership(_ text: String, _ person: String) {
        let found = summary(extract("Report\n\n\(text)"))
        #expect(found.contains { $0.hasPrefix("\(person) ") && !$0.contains(" leader_of ") }, "\(person) takes no part: \(found)")
        #expect(!found.contains { $0.hasPrefix("\(person) leader_of") }, "\(found)")
    }

    @Test(arguments: [
        ("Ex-President Petro Poroshenko accused Russia of aggression.", "Petro Poroshenko"),
    ])
    func pastTitleWrittenAsOneWordGivesNoLeadership(_ text: String, _ person: String) {
        let found = summary(extract("Report\n\n\(text)"))
        #expect(!found.contains { $0.hasPrefix("\(person) leader_of") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("\(person) ") }, "\(person) takes no part: \(found)")
    }

    @Test func formerLeaderIsNotTheSittingOne() {
        let extraction = extract("Report\n\nFormer US President Barack Obama warned Iran on Tuesday.")
        let ids = extraction.actors.map(\.id)
        #expect(ids.contains("OBAMA"), "\(ids)")
        #expect(!ids.contains("TRUMP"), "\(ids)")
    }

    // MARK: Ordinary text stays ordinary

    @Test(arguments: [
        """
        The morning was cold and the market opened late. Farmers brought apples, pears and fresh \
        bread to the square, and a teacher said the new library would open in spring. Children \
        played near the river until the rain began, and most shoppers said they were happy.
        """,
        """
        In May, Sharon Brown and her brother Abe walked through the bush to watch the Moon rise. \
        Major repairs to the bridge began on Monday, and the new Security Belt for the stadium \
        was praised. Popular Forces of habit kept the old men at the café, where Uhuru, the dog, slept.
        """,
    ])
    func plainProseYieldsNoActor(_ text: String) {
        let extraction = extract("Notes\n\n\(text)")
        #expect(extraction.actors.isEmpty, "\(extraction.actors.map(\.id))")
    }
}
