import EntenteExtraction
import EntenteGraph
import Testing

/// Actors as diplomatic reporting names them: envoys with their posting, office holders named
/// by their office, seas named after states, headline participles. Sentences are written for
/// the test.
@Suite("Diplomatic actors")
struct DiplomaticActorTests {
    private func actorNames(_ text: String) -> [String] {
        extract("Headline\n\n" + text).actors.map(\.name)
    }

    @Test func aHeadlineParticipleAfterATitleIsNoName() {
        let extraction = extract("Kenyan Envoy Expelled\n\nNairobi said nothing.")
        #expect(!extraction.actors.contains { $0.name == "Expelled" }, "\(summary(extraction))")
    }

    @Test func anEnvoyNamedAfterHisPosting() {
        expectFound("The Chinese ambassador to Kenya Zhou Lin met Kenyan officials.", [
            Expected(source: "Zhou Lin", kind: .memberOf, target: "China"),
        ])
        expectFound("Kenya summoned the Chinese ambassador to Nairobi, Zhou Lin.", [
            Expected(source: "Zhou Lin", kind: .memberOf, target: "China"),
        ])
    }

    @Test func anOfficeNamedWithoutItsHolderStillStatesTheOffice() {
        let found = relationsInBody("The Ugandan president accused Kenya of meddling.")
        #expect(found.contains { $0.hasSuffix("leader_of Uganda (asserted)") }, "\(found)")
    }

    @Test func aSeaNamedAfterAStateIsNoActor() {
        let names = actorNames("Tensions rose in the East China Sea as Vietnamese ships waited.")
        #expect(!names.contains("China"), "\(names)")
    }

    @Test func theTwoAlliesAreThePairJustNamed() {
        expectFound("Iran warned Israel and Greece, condemning the two allies.", [
            Expected(source: "Iran", kind: .condemn, target: "Israel"),
            Expected(source: "Iran", kind: .condemn, target: "Greece"),
        ])
    }

    @Test func aRegionAdjectiveIsNotTheWest() {
        let names = actorNames("The West African country recalled its ambassador from Ghana.")
        #expect(!names.contains("the West"), "\(names)")
    }

    @Test func membershipAndLeaningCompounds() {
        expectFound("EU-member Latvia closed its border with Russia.", [
            Expected(source: "Latvia", kind: .memberOf, target: "European Union"),
        ])
        expectFound("Israel struck pro-Iranian Hezbollah near Tyre.", [
            Expected(source: "Hezbollah", kind: .support, target: "Iran"),
        ])
    }

    @Test func anAideIsAMemberOfHisPrincipalsState() {
        expectFound("President Duda's aide Marek Kowalczyk dismissed the claims.", [
            Expected(source: "Marek Kowalczyk", kind: .memberOf, target: "Poland"),
        ])
    }

    @Test func aSanctionedFirmIsItsOwnActor() {
        expectFound("Beijing sanctioned Northrop Grumman and BAE Systems.", [
            Expected(source: "China", kind: .sanction, target: "Northrop Grumman"),
            Expected(source: "China", kind: .sanction, target: "BAE Systems"),
        ])
        let found = relationsInBody("Beijing sanctioned Northrop Grumman.")
        #expect(!found.contains { $0.contains("member_of") }, "\(found)")
    }

    @Test func anEnvoyWithoutHisStateBeforeTheTitle() {
        let found = relationsInBody("The ambassador to Kenya Zhou Lin met Kenyan officials.")
        #expect(found.contains { $0.hasPrefix("Zhou Lin ") && $0.hasSuffix(" Kenya (asserted)") }, "\(found)")
    }

    @Test func aFormerOfficeHolderWithoutANameIsNoState() {
        let found = relationsInBody("A former Georgian lawmaker passed secrets to Russia.")
        #expect(!found.contains { $0.hasPrefix("Georgia ") }, "\(found)")
        // Sitting officials still are.
        expectFound("Georgian officials criticized Russia.", [Expected(source: "Georgia", kind: .criticize, target: "Russia")])
    }
}
