import Testing
import TiesCore
import TiesTestSupport

@testable import TiesAnalysis

/// A saved contact is never a follow, whichever address book it comes from (a Google
/// Takeout vCard or a contacts CSV) and whatever mark it carries (a star is no follow).
struct AddressBookLinkTests {
  @Test(arguments: [
    (Platform.google, LinkKind.contact), (.google, .closeFriend), (.contacts, .contact),
    (.contacts, .closeFriend),
  ])
  func aSavedContactIsAContactNotAFollow(platform: Platform, kind: LinkKind) {
    #expect(!LinkClassifier.isFollow(kind, on: platform))
    var builder = GraphBuilder()
    builder.link("Ada Example", kind, .outgoing, platform: platform)
    let analysis = Analyzer().analyze(builder.graph)
    let ada = analysis.people.first { $0.person.name == "Ada Example" }
    #expect(ada?.category == .contact)
    #expect(ada?.youFollow == [])
  }

  /// The same kind on a social platform is a follow: Instagram's close friends follow you.
  @Test func aCloseFriendOnInstagramIsAFollow() {
    #expect(LinkClassifier.isFollow(.closeFriend, on: .instagram))
  }
}
