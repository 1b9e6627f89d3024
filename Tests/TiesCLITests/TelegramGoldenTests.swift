import Foundation
import Testing
import TiesTestSupport

/// End to end on the Telegram fixtures: the built executable, compared with golden outputs.
struct TelegramGoldenTests {
  static let cases = [
    "telegram-full", "telegram-single-chat", "telegram-calls-only", "telegram-pitfalls",
    "telegram-html", "telegram-html-multipage",
  ]

  @Test(arguments: cases)
  func matchesGoldenFiles(_ name: String) async {
    await Golden.run(Golden.fixtureCase(name))
  }
}
