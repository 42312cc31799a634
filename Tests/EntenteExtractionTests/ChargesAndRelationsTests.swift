import EntenteExtraction
import EntenteGraph
import Testing

/// Charges and soured relations, written for these tests.
@Suite("Charges and relations")
struct ChargesAndRelationsTests {
    @Test("what a charge or an allegation says is reported, not stated")
    func chargesAreReported() {
        let found = relationsInBody("Uganda rejected allegations that it had armed the M23.")
        #expect(found.contains("Uganda supply_arms March 23 Movement (reported)"), "\(found)")
        #expect(!found.contains("Uganda supply_arms March 23 Movement (asserted)"), "\(found)")
    }

    @Test("relations that sour between two states are a quarrel between them")
    func souredRelations() {
        expectFound("Relations between Algeria and Morocco have sharply deteriorated since the summer.", [
            Expected(source: "Algeria", kind: .criticize, target: "Morocco"),
            Expected(source: "Morocco", kind: .criticize, target: "Algeria"),
        ])
    }

    @Test("relations said to be good are friendly; allies after an owning pronoun are allies")
    func warmRelationsAndAllies() {
        expectFound("Relations between Ghana and Togo have always been cordial.", [
            Expected(source: "Ghana", kind: .support, target: "Togo"),
        ])
        expectFound("Niger and its allies Mali and Burkina Faso quit the bloc.", [
            Expected(source: "Mali", kind: .ally, target: "Niger"),
            Expected(source: "Burkina Faso", kind: .ally, target: "Niger"),
        ])
    }

    @Test("unnamed people before a participle are its subject, not the actor further left")
    func unnamedPeopleAsSubjects() {
        let found = relationsInBody("Eritrea armed insurgents seeking to topple Ethiopian Prime Minister Abiy Ahmed.")
        #expect(!found.contains { $0.hasPrefix("Eritrea rebel") }, "\(found)")
    }
}
