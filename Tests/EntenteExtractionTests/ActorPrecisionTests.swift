import EntenteExtraction
import EntenteGraph
import Testing

/// Actors that fresh reporting names in ways the lexicon does not list: bodies whose names begin
/// with a state's, names written with a lower-case Arabic article. Every sentence is invented.
@Suite("Actor precision on unseen reporting")
struct ActorPrecisionTests {
    @Test func bodyNamedAfterAStateIsNotTheState() {
        let found = relationsInBody("The Chad Lawyers Network accused the RSF of looting Geneina.")
        #expect(found.contains("Chad Lawyers Network accuse Rapid Support Forces (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Chad ") && !$0.hasPrefix("Chad Lawyers") }, "\(found)")
    }

    @Test func bodyNameRunsOnThroughItsComplement() {
        let found = relationsInBody("The Libya Observatory for Civil Rights condemned Haftar.")
        #expect(found.contains { $0.hasPrefix("Libya Observatory for Civil Rights condemn") }, "\(found)")
    }

    @Test func titleCaseHeadlineEndsTheNameAtItsHead() {
        let extraction = extract("Niger Teachers Union Accuses Junta\n\nThe union said so.")
        let names = extraction.actors.map(\.name)
        #expect(names.contains("Niger Teachers Union"), "\(names)")
        #expect(!names.contains { $0.contains("Accuses") }, "\(names)")
    }

    @Test func aStateBeforeOrdinaryCapitalsIsStillTheState() {
        expectFound("Chad accused Sudan of arming rebels.", [Expected(source: "Chad", kind: .accuse, target: "Sudan")])
    }

    @Test func lowerCaseArabicArticlesMatchTheLexiconName() {
        let found = relationsInBody("Fighters from al-shabaab attacked Kenya.")
            + relationsInBody("On Monday al Qaeda attacked Mali.")
        #expect(found.contains { $0.hasPrefix("Al-Shabaab attack Kenya") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Al-Qaeda attack Mali") }, "\(found)")
    }

    @Test func nationalRedCrossSocietyIsNotTheCommittee() {
        let found = relationsInBody("The Chad Red Cross condemned the attack by Boko Haram.")
        #expect(!found.contains { $0.hasPrefix("International Committee") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Chad Red Cross condemn Boko Haram") }, "\(found)")
    }

    @Test func groupNounOfANamedGroupIsThatGroup() {
        let found = relationsInBody("Boko Haram raided a village. The militants of al-Qaeda attacked Malian soldiers.")
        #expect(found.contains { $0.hasPrefix("Al-Qaeda attack Mali") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Boko Haram attack Mali") }, "\(found)")
    }

    @Test func proGovernmentForcesAreTheArticlesState() {
        let found = relationsInBody("Chad's army advanced on Monday. Pro-government forces attacked Boko Haram on Tuesday.")
        #expect(found.contains { $0.hasPrefix("Chad attack Boko Haram") }, "\(found)")
    }

    @Test func demonymBeforeAQualifiedOrganIsTheState() {
        let found = relationsInBody("Malian pro-government forces attacked Boko Haram near the border.")
        #expect(found.contains { $0.hasPrefix("Mali attack Boko Haram") }, "\(found)")
    }

    @Test func bodyNamedWithADemonymIsNotTheState() {
        let found = relationsInBody("The Ukrainian Red Cross criticised Russia.")
            + relationsInBody("The Chadian Journalists Syndicate condemned Boko Haram.")
        #expect(found.contains { $0.hasPrefix("Ukrainian Red Cross criticize Russia") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Chadian Journalists Syndicate condemn Boko Haram") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("International Committee") || $0.hasPrefix("Chad ") }, "\(found)")
    }

    @Test func demonymBeforeAStateBodyIsStillTheState() {
        let extraction = extract("Headline\n\nThe Chadian Security Council condemned Boko Haram.")
        #expect(!extraction.actors.contains { $0.name.contains("Council") }, "\(extraction.actors.map(\.name))")
    }

    @Test func unownedSecurityForcesAreTheArticlesState() {
        let found = relationsInBody("Chad closed its border on Monday. Clashes between security forces and Boko Haram left five dead.")
        #expect(found.contains { $0.hasPrefix("Chad fight Boko Haram") }, "\(found)")
    }

    @Test func theIslamistsAreTheGroupNamedLast() {
        let found = relationsInBody("Boko Haram raided Baga on Monday. Fighting between Chadian troops and the Islamists erupted near the lake.")
        #expect(found.contains { $0.hasPrefix("Chad fight Boko Haram") }, "\(found)")
    }

    @Test func aStateNamedBeforeATitleSetsTheArticlesState() {
        let found = relationsInBody("Chad's president visited Abeche. Clashes between security forces and Boko Haram left five dead.")
            + relationsInBody("Chad's army chief visited Abeche. Clashes between security forces and Boko Haram left five dead.")
        #expect(found.filter { $0.hasPrefix("Chad fight Boko Haram") }.count == 2, "\(found)")
    }

    @Test func aFirstNameThatIsAStateIsThePerson() {
        let found = relationsInBody("Chad Okoro criticised Macron on Monday.")
            + relationsInBody("Jordan Okafor, a spokesman for the party, criticised Israel.")
        #expect(found.contains { $0.hasPrefix("Chad Okoro criticize Emmanuel Macron") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Jordan Okafor criticize Israel") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Chad criticize") || $0.hasPrefix("Jordan criticize") }, "\(found)")
    }

    @Test func aTitleCaseHeadlineKeepsTheState() {
        let names = extract("Jordan Condemns Israeli Raids\n\nThe kingdom said so.").actors.map(\.name)
        #expect(names.contains("Jordan") && !names.contains { $0.hasPrefix("Jordan ") }, "\(names)")
    }

    @Test func newspapersNamedAfterACapitalAreNotTheState() {
        let found = relationsInBody("The Khartoum Tribune accused Chad of arming rebels.")
        #expect(!found.contains { $0.hasPrefix("Sudan ") }, "\(found)")
    }

    @Test func membersFromANamedGroupAreThatGroup() {
        let found = relationsInBody("Boko Haram raided a village. Jihadists from the Islamic State group attacked Chadian soldiers.")
        #expect(found.contains { $0.hasPrefix("Islamic State attack Chad") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Boko Haram attack Chad") }, "\(found)")
    }

    @Test func theArticleOfTheSudanIsNotTheBodys() {
        let names = extract("Headline\n\nThe Sudan Teachers Association accused the RSF of looting schools.").actors.map(\.name)
        #expect(names.contains("Sudan Teachers Association"), "\(names)")
    }
}
