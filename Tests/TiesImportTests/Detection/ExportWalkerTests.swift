import Foundation
import Testing
import TiesTestSupport

@testable import TiesImport

struct ExportWalkerTests {
  @Test func symlinkLoopsEnd() throws {
    let root = try FixturePaths.temporaryFolder("walk")
    let manager = FileManager.default
    try manager.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/a/b/file.txt"))
    try manager.createSymbolicLink(atPath: root + "/a/b/loop", withDestinationPath: root + "/a")
    let entries = try ExportWalker().walk([root])
    #expect(entries.map(\.components) == [["a", "b", "file.txt"]])
  }

  @Test func filesAreSortedAndPrefixesShort() throws {
    let root = try FixturePaths.temporaryFolder("walk")
    for name in ["b.txt", "a.txt", ".DS_Store"] {
      try Data(repeating: 0x41, count: 10_000).write(to: URL(fileURLWithPath: root + "/" + name))
    }
    let entries = try ExportWalker().walk([root])
    #expect(entries.map(\.name) == ["a.txt", "b.txt"])
    #expect(
      entries.allSatisfy { $0.prefix.count == ExportWalker.prefixLength && $0.size == 10_000 })
    #expect(entries[0].displayPath == root + "/a.txt")
  }

  @Test func aFileInputIsItsOwnEntry() throws {
    let root = try FixturePaths.temporaryFolder("walk")
    try Data("hi".utf8).write(to: URL(fileURLWithPath: root + "/chat.txt"))
    try Data("yo".utf8).write(to: URL(fileURLWithPath: root + "/other.txt"))
    // The same file given twice, once on its own and once inside its folder, is read once.
    let entries = try ExportWalker().walk([root + "/chat.txt", root])
    #expect(entries.map(\.name) == ["chat.txt", "other.txt"])
    #expect(entries[0].input == 0 && entries[1].input == 1)
    #expect(entries[0].components == ["chat.txt"])
  }
}
