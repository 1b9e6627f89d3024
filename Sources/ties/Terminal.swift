import Foundation
import TiesCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard error: diagnostics compiler-style, and a progress line only when a
/// person is watching (stderr is a terminal), so logs and pipes stay clean.
enum Terminal {
  static var isInteractive: Bool { isatty(2) == 1 }

  static func error(_ text: String) {
    write(text + "\n")
  }

  static func print(_ diagnostic: Diagnostic) {
    error(diagnostic.description)
  }

  static func progress(_ done: Int, _ total: Int) {
    guard isInteractive else { return }
    write("\rreading files: \(done)/\(total)")
    if done == total { write("\r\u{1B}[K") }
  }

  /// A status line that rewrites itself; nil clears it.
  static func status(_ text: String?) {
    guard isInteractive else { return }
    write(text.map { "\r\u{1B}[K" + $0 } ?? "\r\u{1B}[K")
  }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
