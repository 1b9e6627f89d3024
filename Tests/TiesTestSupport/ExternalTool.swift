import Foundation

/// Real clients the output tests read our files with (sqlite3, python3 with networkx and
/// jsonschema, xmllint, chromium). `scripts/ensure-deps` installs them; a test without one
/// skips with a message naming it.
public enum ExternalTool {
  /// The absolute path of `name` on PATH, or nil.
  public static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Whether python3 can import every module named.
  public static func python(has modules: [String]) -> Bool {
    guard let python = find("python3") else { return false }
    let result = try? run(python, ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
    return result?.status == 0
  }

  public static func run(_ executable: String, _ arguments: [String]) throws
    -> TiesExecutable.Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = FixturePaths.root
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return TiesExecutable.Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Writes `ties.sqlite.sql`, the sqlite3 shell's `.dump` of `ties.sqlite`: the golden of the
  /// binary file. Returns false when sqlite3 is missing.
  public static func dumpSQLite(in folder: String) throws -> Bool {
    guard let sqlite = find("sqlite3") else { return false }
    let result = try run(sqlite, [folder + "/ties.sqlite", ".dump"])
    try result.stdout.write(toFile: folder + "/ties.sqlite.sql", atomically: true, encoding: .utf8)
    return result.status == 0
  }
}
