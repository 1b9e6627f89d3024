import Foundation

/// Runs the built `ties` executable, as a user would, from the package root.
public enum TiesExecutable {
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The `ties` binary beside the test bundle in the build folder.
  public static var url: URL { url(of: "ties") }

  /// A binary of the package (`ties`, `ties-fuzz`) beside the test bundle.
  public static func url(of name: String) -> URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = bundle.deletingLastPathComponent()
    // On Linux the runner is `…/debug/<package>PackageTests.xctest`; elsewhere it may be a
    // bundle folder a few levels further in.
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return bundle.deletingLastPathComponent().appendingPathComponent(name)
  }

  public static func run(
    _ arguments: [String], in directory: URL = FixturePaths.root, executable: String = "ties"
  ) throws -> Result {
    try run(url(of: executable), arguments, in: directory)
  }

  /// Runs any program and collects its exit status and both outputs.
  public static func run(_ program: URL, _ arguments: [String], in directory: URL) throws -> Result
  {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes before waiting, so a chatty run cannot fill a pipe and stall.
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}
