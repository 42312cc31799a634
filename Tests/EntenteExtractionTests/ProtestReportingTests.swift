import EntenteExtraction
import EntenteGraph
import Testing

/// Diplomatic protest and rejection as wire copy and state media phrase them, written for
/// these tests.
@Suite("Protest reporting")
struct ProtestReportingTests {
    @Test("a wire dateline naming several cities in capitals is no caption: its paragraph is read")
    func datelineWithSeveralCities() {
        let text = "BEIJING, SEOUL, March 3. Vietnam protested against China's new survey mission in the disputed waters."
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix("Vietnam protest China") }, "\(found)")
    }

    @Test("a people-adjective on the deed condemned names the one condemned")
    func adjectiveOnTheDeed() {
        expectFound("Seoul condemned the North Korean decision.", [Expected(source: "South Korea", kind: .condemn, target: "North Korea")])
    }

    @Test("denying or rejecting someone's accusation is a rejection of them")
    func rejections() {
        expectFound("Hanoi rejected the Chinese accusation.", [Expected(source: "Vietnam", kind: .reject, target: "China")])
        expectFound("Iran denied the Israeli allegations.", [Expected(source: "Iran", kind: .reject, target: "Israel")])
    }

    @Test("opposing someone's interference is opposing them, not standing by them")
    func opposingInterference() {
        let found = relationsInBody("Beijing opposes the European Union's interference in its affairs.")
        #expect(found.contains("China criticize European Union (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("China support") }, "\(found)")
    }

    @Test("short of force, a pronoun owning the verb's object is the subject's own")
    func reflexiveOwners() {
        let found = relationsInBody("Malaysia met Brunei, amid China flexing its muscles.")
        #expect(!found.contains { $0.hasPrefix("China mobilize") }, "\(found)")
        expectFound("Russia massed its troops on the border with Finland.", [Expected(source: "Russia", kind: .mobilize, target: "Finland")])
    }

    @Test("a joint exercise between two states is their military cooperation")
    func jointExercise() {
        let found = relationsInBody("Pyongyang denounced the joint naval exercise between Japan and the Philippines.")
        #expect(found.contains { $0.hasPrefix("Japan train Philippines") || $0.hasPrefix("Philippines train Japan") }, "\(found)")
    }
}
