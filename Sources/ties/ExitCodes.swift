import ArgumentParser

/// The documented exit codes (README, `ties --help`).
enum ExitCodes {
  static let strictWarnings = ExitCode(1)
  static let nothingToRead = ExitCode(2)
  static let cannotWrite = ExitCode(3)
  static let badPeopleFile = ExitCode(4)
}
