import Testing
import TiesCore
import TiesTestSupport

@testable import TiesAnalysis

struct TimelineTests {
  private let day = GraphBuilder.day

  @Test func dormantAfterAYearOfSilence() {
    var b = GraphBuilder()
    let old = b.chat(with: "Ned North")
    b.conversation(nil, with: "Ned North", in: old, day: 0, turns: 2)
    b.link("someone", .follows, .incoming)  // keeps the export's end where it is
    let late = b.chat(with: "Ola Oak")
    b.conversation(nil, with: "Ola Oak", in: late, day: 400, turns: 2)
    let people = Dictionary(
      uniqueKeysWithValues: Analyzer().analyze(b.graph).people.map { ($0.person.name, $0) })
    #expect(people["Ned North"]?.status == .dormant)
    #expect(people["Ola Oak"]?.status == .active)
  }

  @Test func fadingWhenTheRecentRateDropsSharply() {
    let timeline = ContactTimeline(settings: AnalysisSettings(), end: GraphBuilder.base + 600 * day)
    let weekly = stride(from: 100, to: 400, by: 7).map { GraphBuilder.base + Int64($0) * day }
    let fading = weekly + [GraphBuilder.base + 500 * day]
    #expect(timeline.status(contactDays: fading, last: fading.last) == .fading)
    let steady = stride(from: 100, to: 600, by: 7).map { GraphBuilder.base + Int64($0) * day }
    #expect(timeline.status(contactDays: steady, last: steady.last) == .active)
    #expect(timeline.status(contactDays: [], last: nil) == .none)
  }

  @Test(arguments: [(7, TieLayer.five), (30, .fifteen), (90, .fifty), (300, .oneFifty)])
  func layerFollowsContactFrequency(every: Int, expected: TieLayer) {
    let end = GraphBuilder.base + 730 * day
    let timeline = ContactTimeline(settings: AnalysisSettings(), end: end)
    let contacts = stride(from: 0, through: 730, by: every).map {
      GraphBuilder.base + Int64($0) * day
    }
    var metrics = PersonMetrics(
      person: Person(id: "p", name: "x", identities: [], isOwner: false, isPlaceholder: false))
    #expect(timeline.layer(directContacts: contacts, into: &metrics) == expected)
  }

  @Test func rareContactIsBeyondTheLayers() {
    let end = GraphBuilder.base + 1000 * day
    let timeline = ContactTimeline(settings: AnalysisSettings(), end: end)
    var metrics = PersonMetrics(
      person: Person(id: "p", name: "x", identities: [], isOwner: false, isPlaceholder: false))
    #expect(timeline.layer(directContacts: [GraphBuilder.base], into: &metrics) == .beyond)
    #expect(timeline.layer(directContacts: [], into: &metrics) == TieLayer.none)
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
