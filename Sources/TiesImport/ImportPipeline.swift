import TiesCore

/// The graph of a whole run and what detection found.
public struct ImportRun: Sendable {
  public var graph: InteractionGraph
  public var detection: DetectionResult
}

/// Detect, import every claimed file (a few at a time), merge in path order, finish.
public enum ImportPipeline {
  /// - Parameter progress: called after each file with (files done, files in all).
  /// - Throws: `ExportWalker.Failure` when an input does not exist.
  public static func run(
    _ inputs: [String], options: ImportOptions,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) async throws -> ImportRun {
    let entries = try ExportWalker().walk(inputs)
    let detection = Detector().detect(entries)
    let importers = PlatformRegistry.importers
    let claimed = detection.claimed
    var parts = [InteractionGraph?](repeating: nil, count: claimed.count)
    await withTaskGroup(of: (Int, InteractionGraph).self) { group in
      var next = 0
      func launch() {
        let index = next
        let file = claimed[index]
        let importer = importers[file.importer]
        group.addTask {
          (index, importer.importFile(file.entry, as: file.recognition, options: options))
        }
        next += 1
      }
      while next < min(options.jobs, claimed.count) { launch() }
      var done = 0
      while let (index, part) = await group.next() {
        parts[index] = part
        done += 1
        progress?(done, claimed.count)
        if next < claimed.count { launch() }
      }
    }

    var graph = InteractionGraph()
    for index in parts.indices {
      guard let part = parts[index] else { continue }
      parts[index] = nil  // let each part go as soon as it is merged
      if graph.files.isEmpty && graph.identities.isEmpty {
        graph = part
      } else {
        graph.merge(part)
      }
    }
    for file in detection.unclaimed {
      graph.addFile(
        SourceFile(
          path: file.entry.displayPath, platform: nil, role: "unrecognized", status: .skipped,
          reason: file.reason))
      if file.isProblem {
        graph.diagnostics.append(Diagnostic(path: file.entry.displayPath, message: file.reason))
      }
    }
    let html = detection.unclaimed.filter { $0.reason == Detector.metaHTML }
    if let first = html.first {
      // One warning for the lot: an HTML download has hundreds of pages.
      graph.diagnostics.append(
        Diagnostic(
          path: first.entry.displayPath,
          message: "\(html.count) HTML page(s) of a Meta export were not read; "
            + "ties reads the JSON download"))
    }
    PlausibleTimes.enforce(on: &graph)
    OwnerResolution.apply(options.me, to: &graph)
    for importer in importers
    where graph.files.contains(where: { $0.platform == importer.platform }) {
      importer.finalize(&graph, options: options)
    }
    graph.diagnostics.sort()
    return ImportRun(graph: graph, detection: detection)
  }
}
