import Foundation
import Testing
import TiesTestSupport

/// Every input a fuzzer ever crashed a reader with is kept in `fixtures/fuzz/<harness>/` and
/// replayed here through the same harness (scripts/fuzz; docs/robustness.md).
struct FuzzReplayTests {
  static let harnesses: [String] = {
    let root = FixturePaths.root.appendingPathComponent("fixtures/fuzz").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
  }()

  @Test func everyHarnessHasARegressionFolder() throws {
    let listed = try TiesExecutable.run(["--list"], executable: "ties-fuzz")
    let names = listed.stdout.split(separator: "\n").map(String.init)
    #expect(names.count >= 6)
    #expect(Set(names).isSubset(of: Set(Self.harnesses)), "\(names) vs \(Self.harnesses)")
  }

  @Test(arguments: harnesses)
  func crashInputsStayFixed(_ harness: String) throws {
    let folder = FixturePaths.root.appendingPathComponent("fixtures/fuzz/\(harness)").path
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
      .map { "fixtures/fuzz/\(harness)/\($0)" }
    #expect(!files.isEmpty)
    let result = try TiesExecutable.run([harness] + files, executable: "ties-fuzz")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count == files.count)
  }
}
