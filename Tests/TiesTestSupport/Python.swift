import Foundation

/// Runs `python3` (the scripts, the JUnit XML parser, DuckDB) as a test's helper.
public enum Python {
  public struct Failure: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
  }

  public static func run(_ arguments: [String]) throws -> TiesExecutable.Result {
    try TiesExecutable.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, in: FixturePaths.root)
  }
}
