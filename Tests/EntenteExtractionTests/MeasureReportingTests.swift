import EntenteExtraction
import EntenteGraph
import Testing

/// How reporting on sanctions, expulsions and other measures names who took them and against
/// whom: agents after the noun, owners of a deed, measures carried out by a vague verb of force,
/// things that are the subject of a clause. Every sentence was written for these tests.
@Suite("Measure reporting")
struct MeasureReportingTests {
    @Test("the agents of a measure may follow it after 'by'")
    func agentsAfterTheNoun() {
        expectFound("Sanctions against the leadership of Belarus have already been imposed by Norway, Iceland and Denmark.", [
            Expected(source: "Norway", kind: .sanction, target: "Belarus"),
            Expected(source: "Iceland", kind: .sanction, target: "Belarus"),
            Expected(source: "Denmark", kind: .sanction, target: "Belarus"),
        ])
        expectFound("Sanctions imposed by Canada on Nicaragua took effect on Monday.", [
            Expected(source: "Canada", kind: .sanction, target: "Nicaragua"),
        ])
        expectFound("The expulsion of Iranian diplomats by Albania surprised observers.", [
            Expected(source: "Albania", kind: .expel, target: "Iran"),
        ])
    }

    @Test("a measure counted by a noun before 'of' belongs to the owner of the count")
    func measureNouns() {
        expectFound("Britain's latest round of sanctions against Syria was announced on Friday.", [
            Expected(source: "United Kingdom", kind: .sanction, target: "Syria"),
        ])
    }

    @Test("a verb of response owns the measure its 'with' introduces")
    func responses() {
        expectFound("Moscow retaliated with sanctions on Estonia.", [
            Expected(source: "Russia", kind: .sanction, target: "Estonia"),
        ])
        expectFound("Beijing hit back with sanctions against Lithuania.", [
            Expected(source: "China", kind: .sanction, target: "Lithuania"),
        ])
    }

    @Test("the one joined in an act does it too")
    func joinedPartners() {
        expectFound("Australia joined Japan in sanctioning Myanmar after the coup.", [
            Expected(source: "Australia", kind: .sanction, target: "Myanmar"),
            Expected(source: "Japan", kind: .sanction, target: "Myanmar"),
        ])
    }

    @Test("a stance on someone's deed is a stance on them, not on the one the deed was done to")
    func ownersOfDeeds() {
        let condemned = relationsInBody("Norway condemned Russia's annexation of Crimea.")
        #expect(condemned.contains("Norway condemn Russia (asserted)"), "\(condemned)")
        #expect(!condemned.contains("Norway condemn Ukraine (asserted)"), "\(condemned)")
        expectFound("Egypt criticised Ethiopia's decision to fill the dam.", [
            Expected(source: "Egypt", kind: .criticize, target: "Ethiopia"),
        ])
        // What the possessor owns is no deed: the possessor only says whose it is.
        expectFound("Israel struck Hezbollah's weapons depots.", [Expected(source: "Israel", kind: .attack, target: "Hezbollah")])
    }

    @Test("'target' and 'hit' carry out the measure they are said of")
    func measuresCarriedOut() {
        let sanctions = relationsInBody("Canada issued sanctions targeting two Hamas financiers.")
        #expect(sanctions.contains("Canada sanction Hamas (asserted)"), "\(sanctions)")
        #expect(!sanctions.contains { $0.contains(" attack ") }, "\(sanctions)")
        let tariffs = relationsInBody("Washington hit Brazil with new tariffs on Tuesday.")
        #expect(tariffs.contains("United States sanction Brazil (asserted)"), "\(tariffs)")
        #expect(!tariffs.contains { $0.contains(" attack ") }, "\(tariffs)")
        // Without a measure, or with a use of force, the verbs are force.
        expectFound("Pakistani jets launched strikes targeting the Pakistani Taliban.", [
            Expected(source: "Pakistan", kind: .attack, target: "Tehrik-i-Taliban Pakistan"),
        ])
    }

    @Test("a clause said of a thing is not done by the actor further left")
    func thingsAsSubjects() {
        let shipments = relationsInBody("Britain froze the assets of companies supplying the Houthis.")
        #expect(!shipments.contains { $0.hasPrefix("United Kingdom supply_arms") || $0.hasPrefix("United Kingdom aid") }, "\(shipments)")
        let funding = relationsInBody("Norway acted against Syrian networks that fund Hezbollah.")
        #expect(funding.contains("Syria aid Hezbollah (asserted)"), "\(funding)")
        #expect(!funding.contains("Norway aid Hezbollah (asserted)"), "\(funding)")
    }

    @Test("a place held by an actor, named in one hyphenated word, is theirs when struck")
    func heldPlaces() {
        expectFound("Ethiopian drones struck a TPLF-held town.", [Expected(source: "Ethiopia", kind: .attack, target: "Tigray People's Liberation Front")])
        expectFound("Israeli jets bombed a Hamas-run school.", [Expected(source: "Israel", kind: .attack, target: "Hamas")])
    }

    @Test("states at odds or at war relate to each other")
    func predicateStates() {
        expectFound("Eritrea and Djibouti have long remained at odds over their border.", [
            Expected(source: "Eritrea", kind: .criticize, target: "Djibouti"),
        ])
        expectFound("Iran and Iraq were at war for eight years.", [Expected(source: "Iran", kind: .fight, target: "Iraq")])
    }

    @Test("a side of a fight may be named again with 'known as'")
    func sidesNamedAgain() {
        expectFound("Fighting between the Taliban, known as the Islamic Emirate, and Pakistani forces resumed.", [
            Expected(source: "Taliban", kind: .fight, target: "Pakistan"),
        ])
    }
}
