import Testing

@testable import TiesCore

struct NameNormalizerTests {
  @Test(arguments: [
    ("Chloé  Dubois", "chloe dubois"),
    ("\u{200E}Bruno Costa\u{200F}", "bruno costa"),
    ("~\u{202F}Kai Müller", "kai muller"),
    ("Eve 🌸", "eve"),
    ("ＡＬＩＣＥ　Ｍａｒｔｉｎ", "alice martin"),
    ("  Hana\u{00A0}Yamada ", "hana yamada"),
    ("Renée Çelik", "renee celik"),
  ])
  func normalize(input: String, expected: String) {
    #expect(NameNormalizer.normalize(input) == expected)
  }

  @Test func distinctiveNamesHaveTwoWords() {
    #expect(NameNormalizer.isDistinctive("bruno costa"))
    #expect(!NameNormalizer.isDistinctive("bruno"))
    #expect(!NameNormalizer.isDistinctive(""))
  }

  @Test(arguments: ["Facebook user", "Instagram User", "", "  ", "Deleted User"])
  func placeholders(name: String) {
    #expect(NameNormalizer.isPlaceholder(name))
  }

  @Test func looseKeyIgnoresPunctuation() {
    #expect(
      NameNormalizer.looseKey("Md. Shafikul Islam") == NameNormalizer.looseKey("Md Shafikul Islam"))
    #expect(NameNormalizer.looseKey("dmitri.ivanov") == "dmitri ivanov")
  }
}
