import EntenteExtraction
import EntenteGraph
import Testing

/// How wire copy and state media phrase sanctions, expulsions, arrests and border closures
/// (events-news.yaml and the cue lists behind them). Sentences are written for the test.
@Suite("Diplomatic reporting phrases")
struct DiplomaticReportingTests {
    @Test(arguments: [
        "Hungary has closed its borders with Serbia.",
        "Hungary shut a border crossing along its southern border with Serbia.",
        "Hungary ended its defence cooperation agreement with Serbia.",
    ])
    func aBorderClosedOrAPactEndedBreaksTies(_ text: String) {
        expectFound(text, [Expected(source: "Hungary", kind: .breakTies, target: "Serbia")])
    }

    @Test func aSealedBorderAndASingleForeignerStayOrdinary() {
        // Sealing one's own border is border control; one journalist stands for no state.
        #expect(relationsInBody("Chile sealed the border with Peru.").isEmpty)
        let found = relationsInBody("Tunisian police detained a Libyan reporter in Sfax.")
        #expect(!found.contains { $0.contains("Libya") }, "\(found)")
    }

    @Test func anEndedPactIsNotAnAlliance() {
        let found = relationsInBody("Hungary ended its defence cooperation agreement with Serbia.")
        #expect(!found.contains { $0.contains(" ally ") }, "\(found)")
    }

    @Test func drillsResumedByTwoStatesAreMilitaryCooperation() {
        let found = relationsInBody("Peru and Chile resumed joint naval drills on Monday.")
        #expect(found.contains { $0.hasPrefix("Peru train Chile") || $0.hasPrefix("Chile train Peru") }, "\(found)")
    }

    @Test func aPromisedResponseIsAThreatNotAPledge() {
        let found = relationsInBody("Ghana promised a tough response to Togo.")
        #expect(found.contains("Ghana warn Togo (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains(" pledge ") }, "\(found)")
    }

    @Test func callingADeedUnacceptableCriticisesItsOwner() {
        expectFound("Spain called Morocco's decision unacceptable.", [
            Expected(source: "Spain", kind: .criticize, target: "Morocco"),
        ])
        // An appeal keeps its own reading.
        let found = relationsInBody("Spain called on Morocco to free the fishermen.")
        #expect(!found.contains { $0.contains(" criticize ") }, "\(found)")
    }

    @Test(arguments: [
        "Canada placed three Iranian companies on its sanctions list.",
        "Canada added two Iranian banks to its blacklist.",
        "Canada suspended the operating licence of Iran's national carrier.",
    ])
    func listingsAndSuspendedLicencesAreSanctions(_ text: String) {
        expectFound(text, [Expected(source: "Canada", kind: .sanction, target: "Iran")])
    }

    @Test(arguments: [
        "Chile cancelled the visas of Bolivian diplomats.",
        "Chile stripped the Bolivian consul of his diplomatic immunity.",
    ])
    func cancelledVisasAndStrippedImmunityAreCoercion(_ text: String) {
        expectFound(text, [Expected(source: "Chile", kind: .coerce, target: "Bolivia")])
    }

    @Test func aRaidOnAForeignBroadcastersOffices() {
        expectFound("Serbian police raided the offices of Croatia's state broadcaster in Belgrade.", [
            Expected(source: "Serbia", kind: .seize, target: "Croatia"),
        ])
    }

    @Test func aCourtSentenceIsTheStatesAndNamesThePrisonersState() {
        expectFound("A Tunisian court sentenced two Libyan reporters to five years in prison.", [
            Expected(source: "Tunisia", kind: .arrest, target: "Libya"),
        ])
        expectFound("Tunisian prosecutors charged two Libyan businessmen with smuggling.", [
            Expected(source: "Tunisia", kind: .accuse, target: "Libya"),
        ])
    }

    @Test func deniedAllegationsAreRejected() {
        expectFound("Uruguay denied Paraguay's allegations.", [
            Expected(source: "Uruguay", kind: .reject, target: "Paraguay"),
        ])
    }

    @Test func theExpulsionAnnounced() {
        expectFound("Ghana announced the expulsion of Togo's envoy.", [
            Expected(source: "Ghana", kind: .expel, target: "Togo"),
        ])
    }

    @Test(arguments: [
        "Peru was hit with fresh sanctions by Ecuador.",
        "Ecuador hit Peru with new sanctions.",
        "Ecuador agreed a new package of sanctions against Peru.",
        "Ecuador targeted Peruvian oligarchs with sanctions.",
    ])
    func sanctionsAsWireCopyWordsThem(_ text: String) {
        expectFound(text, [Expected(source: "Ecuador", kind: .sanction, target: "Peru")])
    }

    @Test func hitWithAirstrikesStaysAnAttack() {
        let found = relationsInBody("Ecuador hit Peru with airstrikes.")
        #expect(!found.contains { $0.contains(" sanction ") }, "\(found)")
    }

    @Test(arguments: [
        "Ghana ordered Togo's ambassador to leave the country.",
        "Ghana gave Togolese diplomats 72 hours to leave the country.",
        "Ghana told the Togolese envoy to leave.",
    ])
    func toldToLeaveIsAnExpulsion(_ text: String) {
        expectFound(text, [Expected(source: "Ghana", kind: .expel, target: "Togo")])
    }

    @Test func anEnvoyCalledIn() {
        let found = relationsInBody("Ghana called in the Togolese ambassador.")
        #expect(found.contains { $0.hasPrefix("Ghana ") && $0.hasSuffix(" Togo (asserted)") }, "\(found)")
    }

    @Test func aForeignerNamedByHisRoleIsTheOneArrested() {
        expectFound("Bolivia detained Chilean businessman Mateo Rivas.", [
            Expected(source: "Bolivia", kind: .arrest, target: "Mateo Rivas"),
        ])
        expectFound("Belarus sentenced Lithuanian reporter Tomas Vaitkus to six years.", [
            Expected(source: "Belarus", kind: .arrest, target: "Tomas Vaitkus"),
        ])
        // A title keeps its capital: "National" there is no role.
        expectFound("Saudi National Security Adviser Faisal Harbi met Omani officials.", [
            Expected(source: "Faisal Harbi", kind: .memberOf, target: "Saudi Arabia"),
        ])
    }

    @Test func holyWarAndAFirmResponseAreThreats() {
        let jihad = relationsInBody("Al-Shabaab declared jihad on Kenya.")
        #expect(jihad.contains { $0.hasPrefix("Al-Shabaab threaten Kenya") }, "\(jihad)")
        let response = relationsInBody("Ghana will respond firmly to Togo.")
        #expect(response.contains { $0.hasPrefix("Ghana warn Togo") }, "\(response)")
        // Answering a letter is no threat.
        #expect(relationsInBody("Ghana responded to Togo's letter.").isEmpty)
    }

    @Test func atLoggerheadsWithIsAStandingQuarrel() {
        let found = relationsInBody("Ghana is at loggerheads with Togo.")
        #expect(found.contains { $0.hasPrefix("Ghana criticize Togo") }, "\(found)")
    }

    @Test func aSpeakerIsATitle() {
        let found = relationsInBody("Speaker Ion Rusu summoned the Russian ambassador.")
        #expect(found.contains { $0.hasPrefix("Ion Rusu ") && $0.contains(" Russia") }, "\(found)")
    }
}
