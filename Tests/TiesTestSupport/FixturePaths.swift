import Foundation

/// Where the project's fixtures and the shared samples are, from any test's source file.
public enum FixturePaths {
  /// The package root, found from this file's location.
  public static let root: URL = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }()

  public static func exports(_ name: String) -> String {
    root.appendingPathComponent("fixtures/exports").appendingPathComponent(name).path
  }

  public static func expected(_ name: String) -> String {
    root.appendingPathComponent("fixtures/expected").appendingPathComponent(name).path
  }

  /// The shared folder: `TIES_SHARED_DIR` when set (CI points it at a missing folder to run the
  /// suite as a fresh clone sees it), else `../shared` beside the project.
  public static var sharedFolder: URL {
    if let override = ProcessInfo.processInfo.environment["TIES_SHARED_DIR"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    return root.deletingLastPathComponent().appendingPathComponent("shared")
  }

  /// `samples` in the shared folder, or nil when this checkout has none (a fresh clone).
  public static var sharedSamples: String? {
    let path = sharedFolder.appendingPathComponent("samples").path
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue ? path : nil
  }

  /// Whether golden files are re-recorded instead of compared (`RECORD_GOLDEN=1`).
  public static var recording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  }

  /// A fresh empty folder under the system's temporary folder.
  public static func temporaryFolder(_ label: String = "ties") throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
