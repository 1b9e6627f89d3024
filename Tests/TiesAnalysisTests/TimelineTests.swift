import Testing
import TiesCore
import TiesTestSupport

@testable import TiesAnalysis

struct TimelineTests {
  private func people(_ b: GraphBuilder) -> [String: PersonMetrics] {
    Dictionary(
      uniqueKeysWithValues: Analyzer().analyze(b.graph).people.map { ($0.person.name, $0) })
  }

  @Test func dormantAfterAYearWithoutAReciprocatedExchange() {
    var b = GraphBuilder(platform: .sms)
    let old = b.chat(with: "Ned North")
    b.conversation(nil, with: "Ned North", in: old, day: 0, turns: 2)
    let late = b.chat(with: "Ola Oak")
    b.conversation(nil, with: "Ola Oak", in: late, day: 400, turns: 2)
    let people = people(b)
    #expect(people["Ned North"]?.status == .dormant)
    #expect(people["Ola Oak"]?.status == .active)
  }

  @Test func fadingWhenSilenceOutgrowsThePairsRhythm() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Fay Fern")
    for day in stride(from: 100, to: 400, by: 7) {
      b.conversation(nil, with: "Fay Fern", in: chat, day: Double(day), turns: 2)
    }
    b.conversation(nil, with: "Fay Fern", in: chat, day: 500, turns: 2)
    let other = b.chat(with: "End Marker")
    b.conversation(nil, with: "End Marker", in: other, day: 600, turns: 2)
    #expect(people(b)["Fay Fern"]?.status == .fading)
  }

  /// A friend met every July is not fading in May: the silence is their usual one.
  @Test func aYearlyRhythmIsNotFading() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Jul July")
    for year in 0..<4 {
      b.conversation(nil, with: "Jul July", in: chat, day: Double(year * 365 + 180), turns: 8)
    }
    let other = b.chat(with: "End Marker")
    b.conversation(nil, with: "End Marker", in: other, day: 3 * 365 + 180 + 300, turns: 2)
    let july = people(b)["Jul July"]
    #expect(july?.status == .active)
    #expect(july?.usualGapDays == 364)
  }

  @Test(arguments: [(7, TieLayer.five), (30, .fifteen), (90, .fifty), (300, .oneFifty)])
  func layerFollowsWeeksWithAReciprocatedExchange(every: Int, expected: TieLayer) {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Lee Layer")
    for day in stride(from: 0, through: 730, by: every) {
      b.conversation(nil, with: "Lee Layer", in: chat, day: Double(day), turns: 2)
    }
    let other = b.chat(with: "End Marker")
    b.conversation(nil, with: "End Marker", in: other, day: 731, turns: 2)
    #expect(people(b)["Lee Layer"]?.layer == expected)
  }

  /// Contact crammed into ten days and a 20-day-old acquaintance: too short to tell.
  @Test func shortSpansAreTooShortToTell() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "New Nell")
    for day in 0..<20 {
      b.conversation(nil, with: "New Nell", in: chat, day: Double(700 + day), turns: 4)
    }
    let old = b.chat(with: "Old Olga")
    b.conversation(nil, with: "Old Olga", in: old, day: 0, turns: 2)
    #expect(people(b)["New Nell"]?.layer == .tooShort)
  }

  @Test(arguments: [(true, Trend.growing), (false, Trend.declining)])
  func trendComparesTheLaterQuartersWithTheEarlier(growing: Bool, expected: Trend) {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Tia Trend")
    for day in stride(from: 0, to: 720, by: 3) {
      let late = day >= 360
      // Every third day in one year, every twelfth in the other.
      guard late == growing || day % 12 == 0 else { continue }
      b.conversation(nil, with: "Tia Trend", in: chat, day: Double(day), turns: 2)
    }
    #expect(people(b)["Tia Trend"]?.trend == expected)
  }

  /// A turn after the other side's unanswered opener is a reply within the reply window;
  /// after a conversation both took part in, the next message after silence is a start.
  @Test func repliesAndStarts() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Ray Reply")
    b.message(nil, in: chat, day: 0)
    b.message("Ray Reply", in: chat, day: 2)  // two days late: still a reply
    b.message(nil, in: chat, day: 4)  // after a reciprocated conversation: a start
    b.message("Ray Reply", in: chat, day: 30)  // past the reply window: a start
    let ray = people(b)["Ray Reply"]
    #expect(ray?.conversations == 3)
    #expect(ray?.initiatedByYou == 2)
    #expect(ray?.initiatedByThem == 1)
    #expect(ray?.repliesByThem == 1)
    #expect(ray?.medianReplySecondsThem == Int64(2 * 86_400))
  }

  @Test func oneWayContactHasNoLayer() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Shop Promo")
    for day in stride(from: 0, to: 700, by: 7) {
      b.message("Shop Promo", in: chat, day: Double(day))
    }
    let shop = people(b)["Shop Promo"]
    #expect(shop?.layer == TieLayer.none)
    #expect(shop?.category == .oneSided)
    #expect(shop?.direction == .them)
  }
}

struct StrengthTests {
  @Test func moreTwoWayContactNeverLowersStrength() {
    var previous = -1
    for conversations in [1, 2, 5, 10, 40] {
      var b = GraphBuilder()
      let chat = b.chat(with: "Pat Pine")
      for index in 0..<conversations {
        b.conversation(
          index % 2 == 0 ? nil : "Pat Pine", with: "Pat Pine", in: chat, day: Double(index * 3),
          turns: 4)
      }
      let strength = Analyzer().analyze(b.graph).people[0].strength
      #expect(strength >= previous)
      #expect((0...100).contains(strength))
      previous = strength
    }
  }

  /// Group messages add to intensity only: the same direct messages plus 400 group
  /// messages never score lower (issue 11).
  @Test func groupMessagesNeverLowerStrength() {
    func strength(group: Int) -> Int {
      var b = GraphBuilder(platform: .sms)
      let chat = b.chat(with: "Gia Group")
      for index in 0..<20 {
        b.conversation(
          index % 2 == 0 ? nil : "Gia Group", with: "Gia Group", in: chat, day: Double(index * 7),
          turns: 4)
      }
      let crowd = b.group("Crowd", members: ["Gia Group"])
      for index in 0..<group { b.message("Gia Group", in: crowd, day: Double(index % 140)) }
      return Analyzer().analyze(b.graph).people.first { $0.person.name == "Gia Group" }?.strength
        ?? -1
    }
    #expect(strength(group: 400) >= strength(group: 0))
  }

  /// Your own unanswered messages earn nothing but intensity, and lower nothing.
  @Test func unansweredMessagesNeverLowerStrength() {
    func person(extra: Int) -> PersonMetrics? {
      var b = GraphBuilder(platform: .sms)
      let chat = b.chat(with: "Una Answer")
      for index in 0..<10 {
        b.conversation(nil, with: "Una Answer", in: chat, day: Double(index * 7), turns: 2)
      }
      for index in 0..<extra { b.message(nil, in: chat, day: 80 + Double(index)) }
      return Analyzer().analyze(b.graph).people.first { $0.person.name == "Una Answer" }
    }
    let base = person(extra: 0)
    let more = person(extra: 30)
    #expect((more?.scores.reciprocity ?? 0) == (base?.scores.reciprocity ?? 1))
    #expect((more?.scores.intensity ?? 0) > (base?.scores.intensity ?? 1))
    #expect(more?.lastReciprocated == base?.lastReciprocated)
  }

  @Test func weightsSumToOne() {
    let w = StrengthWeights()
    #expect(abs(w.intensity + w.reciprocity + w.duration + w.recency + w.intimacy - 1) < 1e-9)
  }
}

/// The same message read from two exports is one message; repeats within one export stay.
struct DeduplicationTests {
  @Test func copiesAcrossThreadsMergeRepeatsWithinOneStay() {
    var b = GraphBuilder()
    let first = b.chat(with: "Dee Dup")
    b.message(nil, in: first, day: 1)
    b.message(nil, in: first, day: 1)  // two "ok"s in the same minute: two messages
    b.message("Dee Dup", in: first, day: 1, minute: 3)
    var graph = b.graph
    let partner = b.person("Dee Dup")
    let second = Int32(
      graph.thread(
        ChatThread(
          platform: .whatsapp, key: "chat:Dee Dup (newer export)", title: "Dee Dup",
          isGroup: false, participants: [b.owner, partner], source: SourceRef(file: 0))))
    for original in graph.interactions {
      var copy = original
      copy.thread = second
      graph.interactions.append(copy)
    }
    graph.interactions.append(
      Interaction(
        time: GraphBuilder.base + 2 * GraphBuilder.day, thread: second, sender: Int32(partner),
        kind: .message, length: 10, position: 99))
    let analysis = Analyzer().analyze(graph)
    let dee = analysis.people.first { $0.person.name == "Dee Dup" }
    #expect(analysis.duplicatesMerged == 3)
    #expect(dee?.messagesSent == 2)
    #expect(dee?.messagesReceived == 2)
  }
}
