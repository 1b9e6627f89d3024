import TiesCore

extension InteractionGraph {
  /// Registers the file an importer is about to read, with the layout its recognition
  /// named; returns the file's index for diagnostics and records.
  mutating func addFile(for entry: ExportEntry, as recognition: Recognition) -> Int {
    if let layout = recognition.layout { addLayout(layout, for: recognition.platform) }
    return addFile(
      SourceFile(
        path: entry.displayPath, platform: recognition.platform, role: recognition.label,
        isCallLog: recognition.role.isCallLog))
  }
}
