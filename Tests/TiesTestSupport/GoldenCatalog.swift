import Foundation
import TiesWorkflow

/// The golden cases, discovered: every folder under `fixtures/expected/` is one case, run on
/// the export of the same name under `fixtures/exports/`. A case whose outputs come from
/// something else names it in an `args` file beside its outputs: the exports to read (paths
/// from the package root, as a user would type them) and any options (`--people …`,
/// `--region …`); a `people.yaml` there is passed as `--people`.
public enum GoldenCatalog {
  public static let expectedFolder = FixturePaths.root.appendingPathComponent("fixtures/expected")
    .path
  public static let exportsFolder = FixturePaths.root.appendingPathComponent("fixtures/exports")
    .path

  /// The folders under `fixtures/expected/`, sorted.
  public static var caseNames: [String] { folders(in: expectedFolder) }

  /// The exports under `fixtures/exports/`, sorted.
  public static var exportNames: [String] { folders(in: exportsFolder) }

  /// The check case of a folder under `fixtures/expected/`; throws, saying what is missing,
  /// when it has no export of its name and its `args` names none.
  public static func checkCase(_ name: String) throws -> CheckCase {
    let expected = FixturePaths.expected(name)
    var arguments: [String] = []
    if let text = try? String(contentsOfFile: expected + "/args", encoding: .utf8) {
      arguments += CheckCase.splitArguments(text)
    }
    if FileManager.default.fileExists(atPath: expected + "/people.yaml") {
      arguments += ["--people", "fixtures/expected/\(name)/people.yaml"]
    }
    let ownExport = exportNames.contains(name)
    guard ownExport || !exports(named: arguments).isEmpty else {
      throw CheckCase.Failure(
        description:
          "fixtures/expected/\(name) has no export: add fixtures/exports/\(name), name its "
          + "exports in fixtures/expected/\(name)/args, or list it in GoldenTests.unpaired")
    }
    return CheckCase(
      name: name, inputs: ownExport ? ["fixtures/exports/\(name)"] : [], expected: expected,
      arguments: arguments)
  }

  /// The exports a case reads: its own and those its arguments name.
  public static func exports(of item: CheckCase) -> Set<String> {
    exports(named: item.inputs + item.arguments)
  }

  private static func exports(named arguments: [String]) -> Set<String> {
    let prefix = "fixtures/exports/"
    return Set(
      arguments.filter { $0.hasPrefix(prefix) }.compactMap {
        $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      })
  }

  private static func folders(in path: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }.sorted()
  }
}
