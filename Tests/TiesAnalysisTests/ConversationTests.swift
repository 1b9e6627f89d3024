import Testing
import TiesCore
import TiesTestSupport

@testable import TiesAnalysis

struct ConversationTests {
  private func metrics(
    _ builder: GraphBuilder, settings: AnalysisSettings = AnalysisSettings(), name: String
  )
    throws -> PersonMetrics
  {
    let analysis = Analyzer(settings: settings).analyze(builder.graph)
    return try #require(analysis.people.first { $0.person.name == name })
  }

  @Test func silenceOfAnHourOpensAConversation() throws {
    var b = GraphBuilder()
    let chat = b.chat(with: "Bea Stone")
    b.message(nil, in: chat, day: 0, minute: 0)
    b.message("Bea Stone", in: chat, day: 0, minute: 10)  // reply after 10 min
    b.message(nil, in: chat, day: 0, minute: 12)  // reply after 2 min
    b.message(nil, in: chat, day: 0, minute: 13)  // same turn
    b.message("Bea Stone", in: chat, day: 0, minute: 80)  // 67 min of silence: new conversation
    b.message(nil, in: chat, day: 0, minute: 84)
    let m = try metrics(b, name: "Bea Stone")
    #expect(m.conversations == 2)
    #expect(m.initiatedByYou == 1)
    #expect(m.initiatedByThem == 1)
    #expect(m.turnsByYou == 3)
    #expect(m.turnsByThem == 2)
    #expect(m.repliesByThem == 1)
    #expect(m.repliesByYou == 2)
    #expect(m.medianReplySecondsThem == 600)
    #expect(m.medianReplySecondsYou == 120)
    #expect(m.messagesSent == 4)
    #expect(m.messagesReceived == 2)
  }

  @Test func gapIsSettable() throws {
    var b = GraphBuilder()
    let chat = b.chat(with: "Bea Stone")
    b.message(nil, in: chat, day: 0, minute: 0)
    b.message(nil, in: chat, day: 0, minute: 40)
    var settings = AnalysisSettings()
    #expect(try metrics(b, settings: settings, name: "Bea Stone").conversations == 1)
    settings.conversationGap = 30 * 60
    #expect(try metrics(b, settings: settings, name: "Bea Stone").conversations == 2)
  }

  @Test func callsOpenConversationsAndCount() throws {
    var b = GraphBuilder()
    let chat = b.chat(with: "Bea Stone")
    b.call("Bea Stone", in: chat, day: 1, seconds: 600)
    b.call(nil, in: chat, day: 3, seconds: 0, missed: true)
    let m = try metrics(b, name: "Bea Stone")
    #expect(m.callsReceived == 1)
    #expect(m.callsPlaced == 1)
    #expect(m.callsMissed == 1)
    #expect(m.callSeconds == 600)
    #expect(m.conversations == 2)
  }
}
