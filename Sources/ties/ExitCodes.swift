import ArgumentParser

/// The exit codes, in one place: commands throw them, `ties --help` lists them, and a test
/// holds the README's table to the same list.
enum ExitCodes {
  static let strictWarnings = ExitCode(1)
  static let nothingToRead = ExitCode(2)
  static let cannotWrite = ExitCode(3)
  static let badPeopleFile = ExitCode(4)
  /// ArgumentParser's own code for a usage error (EX_USAGE).
  static let invalidUsage = ExitCode.validationFailure

  /// Every code with its meaning, as the README's table says it.
  static let documented: [(code: ExitCode, meaning: String)] = [
    (.success, "success (warnings may have been printed)"),
    (strictWarnings, "`--strict` and at least one warning"),
    (nothingToRead, "an input does not exist, or holds no file ties reads"),
    (cannotWrite, "the outputs could not be written"),
    (badPeopleFile, "the `--people` file cannot be read or is not YAML"),
    (invalidUsage, "invalid command-line usage"),
  ]

  /// The list for `--help`, one code a line.
  static var helpText: String {
    documented.map { "  \($0.code.rawValue)  \($0.meaning)" }.joined(separator: "\n")
  }
}
