import Testing
import TiesCore

@testable import TiesImport

/// The one owner-inference helper every platform guesses through.
struct OwnerInferenceTests {
  /// A graph of one platform's chats: each chat's senders in order, and its partner.
  private func chats(
    _ platform: Platform, _ chats: [(senders: [String], partner: String?, group: Bool)]
  ) -> (InteractionGraph, [String: Int]) {
    var graph = InteractionGraph()
    let file = graph.addFile(SourceFile(path: "chats/a.txt", platform: platform, role: "chat"))
    var ids: [String: Int] = [:]
    func id(_ name: String) -> Int {
      if let known = ids[name] { return known }
      let index = graph.identity(IdentityKey(platform: platform, kind: .name, value: name))
      ids[name] = index
      return index
    }
    for (number, chat) in chats.enumerated() {
      let members = Array(Set(chat.senders + (chat.partner.map { [$0] } ?? []))).sorted().map(id)
      let thread = graph.thread(
        ChatThread(
          platform: platform, key: "chat/\(number)", title: "", isGroup: chat.group,
          participants: members, namedAfter: chat.partner.map(id), source: SourceRef(file: file)))
      for (position, sender) in chat.senders.enumerated() {
        graph.interactions.append(
          Interaction(
            time: Int64(position), thread: Int32(thread), sender: Int32(id(sender)),
            kind: .message, length: 1, position: Int32(position)))
      }
    }
    return (graph, ids)
  }

  @Test func commonIsTheIntersectionAndNilWithoutConversations() {
    #expect(OwnerInference.common([Set([1, 2, 3]), [2, 3], [3, 2, 9]]) == [2, 3])
    #expect(OwnerInference.common([Set<Int>]()) == nil)
    #expect(OwnerInference.common([Set([1]), [2]]) == [])
  }

  @Test func theWriterOfEveryOneToOneChatIsTheOwner() {
    let (graph, ids) = chats(
      .whatsapp,
      [
        (["Ann", "Me", "Ann"], "Ann", false), (["Bo", "Me"], "Bo", false),
        (["Cy", "Dee", "Me"], nil, true),
      ])
    #expect(OwnerInference.writersOfOneToOneChats(graph, platform: .whatsapp) == [ids["Me"]!])
  }

  @Test func groupsAndOtherPlatformsDoNotCount() {
    let (graph, _) = chats(.telegram, [(["Ann", "Bo"], nil, true)])
    #expect(OwnerInference.writersOfOneToOneChats(graph, platform: .telegram) == nil)
    #expect(OwnerInference.writersOfOneToOneChats(graph, platform: .whatsapp) == nil)
  }

  @Test func aOneSidedChatWithoutPartnerSaysNothingWhenBothSidesAreNeeded() {
    // Only Bo wrote in the second chat and its partner is unknown: Bo may be the partner.
    let (graph, ids) = chats(.telegram, [(["Me", "Ann"], "Ann", false), (["Bo"], nil, false)])
    #expect(
      OwnerInference.writersOfOneToOneChats(graph, platform: .telegram, needsBothSides: true)
        == [ids["Me"]!])
    #expect(OwnerInference.writersOfOneToOneChats(graph, platform: .telegram) == [])
  }

  @Test func settleMarksTheOnlyCandidate() {
    var (graph, ids) = chats(.whatsapp, [(["Me", "Ann"], "Ann", false)])
    OwnerInference.settle([ids["Me"]!], in: &graph, path: "p") { "no\($0)" }
    #expect(graph.ownerIdentities == [ids["Me"]!])
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func settleNamesTheCandidatesWhenItCannotTell() {
    var (graph, ids) = chats(.whatsapp, [(["Me", "Ann"], nil, false)])
    OwnerInference.settle([ids["Me"]!, ids["Ann"]!], in: &graph, path: "chat.txt") {
      "cannot tell\($0)"
    }
    #expect(graph.ownerIdentities.isEmpty)
    #expect(graph.diagnostics.map(\.message) == ["cannot tell (candidates: Ann, Me)"])
    #expect(graph.diagnostics.map(\.path) == ["chat.txt"])
    OwnerInference.settle(nil, in: &graph, path: "chat.txt") { "none\($0)" }
    #expect(graph.diagnostics.last?.message == "none")
  }

  @Test func theParticipantOfEveryThreadIsTheOwnerUnlessOneIsKnown() {
    var (graph, ids) = chats(
      .facebook, [(["Me", "Ann"], nil, false), (["Me", "Bo", "Cy"], nil, true)])
    OwnerInference.participantOfEveryThread(&graph, platforms: [.facebook], label: "Facebook")
    #expect(graph.ownerIdentities == [ids["Me"]!])

    var (known, knownIDs) = chats(.facebook, [(["Me", "Ann"], nil, false), (["Ann"], nil, false)])
    known.ownerIdentities.insert(knownIDs["Ann"]!)
    OwnerInference.participantOfEveryThread(&known, platforms: [.facebook], label: "Facebook")
    #expect(known.ownerIdentities == [knownIDs["Ann"]!])
    #expect(known.diagnostics.isEmpty)
  }

  @Test func placeholdersAreNeverTheOwner() {
    var graph = InteractionGraph()
    let file = graph.addFile(
      SourceFile(path: "inbox/a/message_1.json", platform: .facebook, role: "messages"))
    let ghost = graph.identity(
      IdentityKey(platform: .facebook, kind: .name, value: "Facebook user"), placeholder: true)
    let ann = graph.identity(IdentityKey(platform: .facebook, kind: .name, value: "Ann"))
    let bo = graph.identity(IdentityKey(platform: .facebook, kind: .name, value: "Bo"))
    for (number, other) in [ann, bo].enumerated() {
      _ = graph.thread(
        ChatThread(
          platform: .facebook, key: "inbox/\(number)", title: "", isGroup: false,
          participants: [ghost, other], source: SourceRef(file: file)))
    }
    OwnerInference.participantOfEveryThread(&graph, platforms: [.facebook], label: "Facebook")
    #expect(graph.ownerIdentities.isEmpty)
    #expect(
      graph.diagnostics.map(\.message) == [
        "cannot tell which Facebook participant is you; pass --me NAME"
      ])
    #expect(graph.diagnostics.map(\.path) == ["inbox/a/message_1.json"])
  }

  @Test func onlyDistinctiveOwnerNamesMarkAnyone() {
    var graph = InteractionGraph()
    let max = graph.identity(IdentityKey(platform: .facebook, kind: .name, value: "Max"))
    let full = graph.identity(IdentityKey(platform: .facebook, kind: .name, value: "Ada Lovelace"))
    graph.ownerNames = ["Max", "Ada Lovelace"]
    OwnerInference.markByName(&graph, platforms: [.facebook])
    #expect(graph.ownerIdentities == [full])
    #expect(!graph.ownerIdentities.contains(max))
  }
}
