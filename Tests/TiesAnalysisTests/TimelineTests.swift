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
    for day in 0..<20 { b.conversation(nil, with: "New Nell", in: chat, day: Double(700 + day), turns: 4) }
    let old = b.chat(with: "Old Olga")
    b.conversation(nil, with: "Old Olga", in: old, day: 0, turns: 2)
    #expect(people(b)["New Nell"]?.layer == .tooShort)
  }

  @Test func oneWayContactHasNoLayer() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Shop Promo")
    for day in stride(from: 0, to: 700, by: 7) { b.message("Shop Promo", in: chat, day: Double(day)) }
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

  @Test func weightsSumToOne() {
    let w = StrengthWeights()
    #expect(abs(w.intensity + w.reciprocity + w.duration + w.recency + w.intimacy - 1) < 1e-9)
  }
}
