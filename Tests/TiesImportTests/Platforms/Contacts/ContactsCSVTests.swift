import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Contact archives in CSV: Google's two flavours, Outlook's own export in German, and a
/// table known only by its header (`fixtures/exports/contacts-csv`).
struct ContactsCSVTests {
  private func identity(_ graph: InteractionGraph, _ kind: IdentityKind, _ value: String) -> Int? {
    graph.identityIndex(of: IdentityKey(platform: .contacts, kind: kind, value: value))
  }

  @Test func everyFlavourIsRecognizedWithItsMapping() async throws {
    let run = try await importFixture("contacts-csv")
    let layouts = run.graph.layouts[.contacts] ?? []
    #expect(
      layouts == [
        "Google CSV", "Outlook CSV (English)", "Outlook CSV (German)",
        "contacts CSV: name from 'Full Name'; phones from 'Mobile'; e-mails from 'Mail'",
      ])
    #expect(run.graph.files.map(\.records) == [4, 1, 2, 2, 2])
    #expect(run.graph.files.allSatisfy { $0.status == .read })
  }

  @Test func everyNumberAndAddressIsAKeyAndEveryRowAContact() async throws {
    let graph = try await importFixture("contacts-csv").graph
    // One contact link a row, never a follow; Jenny's Google star ("* starred") adds none.
    #expect(graph.links.allSatisfy { $0.kind == .contact && $0.platform == .contacts })
    #expect(graph.links.count == 11)
    // Google writes two numbers of one field in one cell, separated by " ::: ".
    let dan = try #require(identity(graph, .phone, "+13125550147"))
    let second = try #require(identity(graph, .phone, "+13125550148"))
    #expect(graph.sameAs.contains(SameAs(dan, second)))
    // Case-folded; the 2017 Google CSV ("Name", "Group Membership") writes him again with
    // a number, and the two rows are one person by the address.
    let bubba = try #require(identity(graph, .email, "bubba@example.net"))
    let bubbaPhone = try #require(identity(graph, .phone, "+12285550142"))
    #expect(graph.sameAs.contains(SameAs(bubbaPhone, bubba)))
    #expect(graph.identities[bubba].displayNames == ["Bubba Blue", "Benjamin Buford Blue"])
    // An organization-only row is named by its organization.
    let shrimp = try #require(identity(graph, .phone, "+12285550100"))
    #expect(graph.identities[shrimp].displayNames == ["Gump Shrimp Co"])
    // A company switchboard and an assistant's line are shared: never a person's key.
    let forrest = try #require(identity(graph, .email, "forrest@example.com"))
    #expect(!graph.sameAs.contains { $0.first == forrest || $0.second == forrest })
    #expect(identity(graph, .phone, "+12285550101") == nil)
    // Outlook in German: "Mobiltelefon", "E-Mail-Adresse"; "E-Mail: Angezeigter Name" is no address.
    let juergen = try #require(identity(graph, .email, "juergen@example.de"))
    #expect(graph.identities[juergen].displayNames == ["Jürgen Weiß"])
  }

  @Test func contactsMeetTheirMessagesByNumberInTheRunsRegion() async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports("contacts-csv"), FixturePaths.exports("sms-home-region")],
      options: ImportOptions(jobs: 2))
    let graph = run.graph
    // "(901) 867-5309" of the contacts CSV is read in the run's region (US), from the texts.
    let jenny = try #require(identity(graph, .phone, "+19018675309"))
    #expect(graph.identities[jenny].displayNames == ["Jenny Curran"])
    // German numbers do not exist in the US: they stay as written rather than gain +1.
    #expect(identity(graph, .phone, "015123456789") != nil)
    #expect(identity(graph, .phone, "0301234567") != nil)
    #expect(graph.phoneRegionNote?.contains("3 of 8 could not be placed") == true)
  }

  @Test func headersThatNameNobodyOrNoAddressAreNotContacts() {
    #expect(ContactsColumns(header: ["Name", "Birthday"]) == nil)
    #expect(ContactsColumns(header: ["Phone", "E-mail"]) == nil)
    #expect(ContactsColumns(header: ["Date", "From", "To", "Content"]) == nil)
    let mapped = ContactsColumns(header: ["Nom", "Prénom", "Téléphone mobile", "Courriel"])
    #expect(mapped?.phones == [2])
    #expect(mapped?.emails == [3])
  }
}
