import Foundation

/// One regression case of `ties check`: the exports to analyze, the folder of expected
/// outputs, and the arguments of the analysis (from an `args` file and a `people.yaml`).
public struct CheckCase: Sendable, Equatable {
  public var name: String
  public var inputs: [String]
  public var expected: String
  public var arguments: [String]

  /// Files of a case that configure the run rather than being expected outputs.
  public static let inputFileNames: Set<String> = ["people.yaml", "args"]

  public init(name: String, inputs: [String], expected: String, arguments: [String] = []) {
    self.name = name
    self.inputs = inputs
    self.expected = expected
    self.arguments = arguments
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
  }

  /// Reads a case folder: `expected/`, and either `export/` or every other entry as the
  /// export (archives and folders side by side); `args` and `people.yaml` beside or in
  /// `expected/`.
  public static func load(folder: String) throws -> CheckCase {
    let manager = FileManager.default
    let expected = folder + "/expected"
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: expected, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw Failure(description: "\(folder): no expected/ folder")
    }
    var inputs: [String]
    if manager.fileExists(atPath: folder + "/export") {
      inputs = [folder + "/export"]
    } else {
      let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
      inputs = names.filter {
        !$0.hasPrefix(".") && $0 != "expected" && !inputFileNames.contains($0)
      }
      .sorted().map { folder + "/" + $0 }
    }
    guard !inputs.isEmpty else {
      throw Failure(description: "\(folder): no export beside expected/")
    }
    var arguments: [String] = []
    for place in [folder, expected] {
      if let text = try? String(contentsOfFile: place + "/args", encoding: .utf8) {
        arguments += splitArguments(text)
      }
      if manager.fileExists(atPath: place + "/people.yaml") {
        arguments += ["--people", place + "/people.yaml"]
      }
    }
    let name = URL(fileURLWithPath: folder).lastPathComponent
    return CheckCase(name: name, inputs: inputs, expected: expected, arguments: arguments)
  }

  /// Splits an `args` file into arguments: whitespace separates, double quotes group, a line
  /// starting with `#` is a comment.
  public static func splitArguments(_ text: String) -> [String] {
    var result: [String] = []
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("#") { continue }
      var current = ""
      var quoted = false
      var started = false
      for character in trimmed {
        if character == "\"" {
          quoted.toggle()
          started = true
        } else if character.isWhitespace && !quoted {
          if started { result.append(current) }
          current = ""
          started = false
        } else {
          current.append(character)
          started = true
        }
      }
      if started { result.append(current) }
    }
    return result
  }
}
