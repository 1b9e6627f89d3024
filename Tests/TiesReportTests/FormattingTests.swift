import Testing

@testable import TiesReport

struct FormattingTests {
  @Test(arguments: [
    (0.0, 3, "0.000"), (1.0 / 3, 3, "0.333"), (2.0 / 3, 3, "0.667"), (12.25, 1, "12.3"),
    (-0.5, 1, "-0.5"), (5, 0, "5"),
  ])
  func fixed(value: Double, decimals: Int, expected: String) {
    #expect(Formatting.fixed(value, decimals) == expected)
  }

  @Test func csvQuotesOnlyWhenNeeded() {
    #expect(Formatting.csv("plain") == "plain")
    #expect(Formatting.csv("a,b") == "\"a,b\"")
    #expect(Formatting.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Formatting.csv("two\nlines") == "\"two\nlines\"")
    #expect(Formatting.csvRow(["a", "b,c"]) == "a,\"b,c\"\n")
  }

  @Test func markdownCellsCannotBreakTables() {
    #expect(Formatting.cell("a|b\nc") == "a\\|b c")
  }

  @Test func jsonEscapes() {
    let text = JSONText.object([("k", .string("a\"b\\c\n\u{1}")), ("n", .null), ("e", .array([]))])
      .rendered()
    #expect(text == "{\n  \"k\": \"a\\\"b\\\\c\\n\\u0001\",\n  \"n\": null,\n  \"e\": []\n}\n")
  }
}
