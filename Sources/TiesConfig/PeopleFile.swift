import Foundation
import TiesCore
import Yams

/// Reads a `people.yaml` (docs/identity.md) into overrides. Mistakes inside a well-formed file
/// are warnings with their line; a file that is not YAML at all is an error, because running
/// without what the user said would give a report they did not ask for.
public enum PeopleFile {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The overrides, and warnings for what the file says that cannot be used.
  public static func load(path: String) throws -> (PersonOverrides, [Diagnostic]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(description: "\(path): error: cannot read the people file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Failure(description: "\(path): error: the people file is not UTF-8 text")
    }
    return try parse(text, source: path)
  }

  public static func parse(_ text: String, source: String) throws -> (PersonOverrides, [Diagnostic])
  {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Failure(description: "\(source): error: not valid YAML: \(Self.describe(error))")
    }
    var reader = PeopleFileReader(source: source)
    guard let root else { return (PersonOverrides(source: source), []) }
    return (reader.read(root), reader.diagnostics.sorted())
  }

  private static func describe(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return "line \(mark.line), column \(mark.column): \(problem)"
    default:
      return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown"
    }
  }
}
