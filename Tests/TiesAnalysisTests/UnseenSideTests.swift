import Testing
import TiesCore
import TiesTestSupport

@testable import TiesAnalysis

/// Evidence that shows only the owner's side: public replies and mentions (an X archive
/// holds only the owner's posts) and chats of exports that hold only the owner's messages
/// (Discord). Neither may make a tie look one-sided or two-way.
struct UnseenSideTests {
  private func analyze(_ builder: GraphBuilder) -> [String: PersonMetrics] {
    let analysis = Analyzer().analyze(builder.graph)
    return Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.person.name, $0) })
  }

  @Test func publicMentionsKeepTheLinkCategoryAndWeighBelowMessages() {
    var b = GraphBuilder()
    b.link("fan.one", .follows, .incoming, platform: .x)
    b.link("fan.two", .follows, .incoming, platform: .x)
    b.link("star", .follows, .outgoing, platform: .x)
    for day in 0..<4 { b.publicMention(of: "fan.one", day: Double(day * 30)) }
    b.publicMention(of: "star", day: 100)
    b.publicMention(of: "stranger", day: 100)
    let dm = b.chat(with: "pen.pal")
    for day in 0..<4 { b.message(nil, in: dm, day: Double(day * 30)) }
    let people = analyze(b)
    #expect(people["fan.one"]?.category == .follower)
    #expect(people["fan.one"]?.publicMentionsSent == 4)
    #expect(people["fan.one"]?.conversations == 0)
    #expect(people["fan.one"]?.reason.contains("4 public replies or mentions from you") == true)
    #expect(people["star"]?.category == .followed)
    #expect(people["stranger"]?.category == .followed)
    #expect(people["stranger"]?.reason.hasPrefix("no link either way") == true)
    // Four public mentions weigh more than none and less than four direct messages.
    let mentioned = people["fan.one"]?.strength ?? 0
    #expect(mentioned > 0)
    #expect(people["pen.pal"].map { mentioned < $0.strength } == true)
  }

  @Test func ownerOnlyChatsAreContactWithoutABalance() {
    var b = GraphBuilder()
    b.link("jules", .friend, .mutual, platform: .discord)
    let dm = b.ownerOnlyChat(with: "jules")
    for day in 0..<5 { b.message(nil, in: dm, day: Double(day)) }
    let other = b.ownerOnlyChat(with: "stranger")
    b.message(nil, in: other, day: 3)
    let people = analyze(b)
    let jules = people["jules"]
    #expect(jules?.category == .mutual)
    #expect(jules?.ownerOnlyMessages == 5)
    #expect(jules?.messagesSent == 0)
    #expect(jules?.lastContact != nil)
    #expect((jules?.strength ?? 0) > 0)
    #expect(jules?.reason.contains("only your own messages") == true)
    #expect(people["stranger"]?.category == .followed)
    #expect(people["stranger"]?.category != .oneSided)
  }

  @Test func ownerOnlyMessagesStayOutOfAnotherPlatformsBalance() {
    var b = GraphBuilder()
    let whatsapp = b.chat(with: "Kim Lee")
    for day in 0..<3 {
      b.message(nil, in: whatsapp, day: Double(day))
      b.message("Kim Lee", in: whatsapp, day: Double(day), minute: 5)
    }
    // The same person on Discord, merged by name: twenty messages from the owner only.
    let discord = b.ownerOnlyChat(with: "Kim Lee")
    for day in 0..<20 { b.message(nil, in: discord, day: Double(day) + 0.5) }
    let people = analyze(b)
    #expect(people["Kim Lee"]?.category == .twoWay)
    #expect(people["Kim Lee"]?.messageBalance == 1)
    #expect(people["Kim Lee"]?.ownerOnlyMessages == 20)
  }
}
