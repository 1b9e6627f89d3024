import Testing
import TiesCore
import TiesTestSupport

@testable import TiesAnalysis

struct CategoryTests {
  private func analyze(_ builder: GraphBuilder) -> [String: PersonMetrics] {
    let analysis = Analyzer().analyze(builder.graph)
    return Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.person.name, $0) })
  }

  @Test func followerFollowedAndMutual() {
    var b = GraphBuilder()
    b.link("fan.one", .follows, .incoming)
    b.link("star.two", .follows, .outgoing)
    b.link("pal.three", .follows, .incoming)
    b.link("pal.three", .follows, .outgoing)
    b.link("old.friend", .friend, .mutual, platform: .facebook)
    let people = analyze(b)
    #expect(people["fan.one"]?.category == .follower)
    #expect(people["fan.one"]?.direction == .them)
    #expect(people["star.two"]?.category == .followed)
    #expect(people["pal.three"]?.category == .mutual)
    #expect(people["old.friend"]?.category == .mutual)
    #expect(people["fan.one"]?.strength == 0)
    #expect(people["fan.one"]?.layer == TieLayer.none)
  }

  /// A block or a removal is its own kind, never `followed` (issue 11).
  @Test func blocksAndRemovalsAreTheirOwnKinds() {
    var b = GraphBuilder()
    b.link("spam.bot", .blocked, .outgoing)
    b.link("old.pal", .unfollowed, .outgoing)
    let people = analyze(b)
    #expect(people["spam.bot"]?.category == .blocked)
    #expect(people["spam.bot"]?.reason.contains("blocked") == true)
    #expect(people["old.pal"]?.category == .removed)
  }

  @Test func groupOnly() {
    var b = GraphBuilder()
    let group = b.group("Climbing", members: ["Gil Grey", "Hal Hill"])
    b.message("Gil Grey", in: group, day: 1)
    b.message(nil, in: group, day: 1, minute: 2)
    let people = analyze(b)
    #expect(people["Gil Grey"]?.category == .groupOnly)
    #expect(people["Gil Grey"]?.groupMessages == 1)
    #expect(people["Hal Hill"]?.category == .groupOnly)
    #expect(people["Hal Hill"]?.groupMessages == 0)
  }

  @Test func oneSidedEachWay() {
    var b = GraphBuilder()
    let you = b.chat(with: "Ian Ives")
    let them = b.chat(with: "Jo Jones")
    for day in stride(from: 0.0, to: 100, by: 10) {
      b.message(nil, in: you, day: day)
      b.message("Jo Jones", in: them, day: day)
      b.message("Jo Jones", in: them, day: day, minute: 1)
    }
    b.message("Ian Ives", in: you, day: 95, minute: 3)
    b.message(nil, in: them, day: 95, minute: 3)
    let people = analyze(b)
    #expect(people["Ian Ives"]?.category == .oneSided)
    #expect(people["Ian Ives"]?.direction == .you)
    #expect(people["Jo Jones"]?.category == .oneSided)
    #expect(people["Jo Jones"]?.direction == .them)
    #expect(people["Jo Jones"]?.reason.contains("they reach out") == true)
  }

  /// Opening every conversation is one-sided only when the other side also answers little:
  /// someone who answers every turn takes part (the reason still says who opens).
  @Test func initiationImbalanceCountsWhenAnswersAreRare() {
    var b = GraphBuilder()
    let chat = b.chat(with: "Kim Kane")
    let rare = b.chat(with: "Rae Rare")
    for (index, day) in stride(from: 0.0, to: 80, by: 10).enumerated() {
      b.conversation(nil, with: "Kim Kane", in: chat, day: day, turns: 2)  // owner always opens
      b.message(nil, in: rare, day: day)
      if index % 3 == 0 { b.message("Rae Rare", in: rare, day: day, minute: 5) }
      b.message(nil, in: rare, day: day + 2)
    }
    let people = analyze(b)
    #expect(people["Kim Kane"]?.category == .twoWay)
    #expect(people["Kim Kane"]?.reason.contains("you opened 8 of 8 conversations") == true)
    #expect(people["Rae Rare"]?.category == .oneSided)
    #expect(people["Rae Rare"]?.direction == .you)
  }

  @Test func twoWayAndMeaningful() {
    var b = GraphBuilder()
    let recent = b.chat(with: "Lee Long")
    let brief = b.chat(with: "Mo Moss")
    for (index, day) in stride(from: 0.0, to: 200, by: 7).enumerated() {
      b.conversation(
        index % 2 == 0 ? nil : "Lee Long", with: "Lee Long", in: recent, day: day, turns: 4)
    }
    b.call("Lee Long", in: recent, day: 150, seconds: 1200)
    for (index, day) in stride(from: 180.0, to: 200, by: 4).enumerated() {
      b.conversation(
        index % 2 == 0 ? nil : "Mo Moss", with: "Mo Moss", in: brief, day: day, turns: 4)
    }
    let people = analyze(b)
    #expect(people["Lee Long"]?.category == .meaningful)
    #expect(people["Lee Long"]?.direction == .both)
    #expect(people["Lee Long"]?.layer == .five)
    #expect(people["Mo Moss"]?.category == .twoWay)
    #expect(people["Mo Moss"]?.reason.contains("weeks of the window") == true)
    #expect((people["Lee Long"]?.strength ?? 0) > (people["Mo Moss"]?.strength ?? 100))
  }
}
