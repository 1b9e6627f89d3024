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
    var graph = await importClaimed(detection.claimed, options: options, progress: progress)
    account(for: detection.unclaimed, in: &graph)
    PlausibleTimes.enforce(on: &graph)
    HomeRegion.apply(options.region, to: &graph)
    OwnerResolution.apply(options.me, to: &graph)
    for importer in PlatformRegistry.importers
    where graph.files.contains(where: { $0.platform == importer.platform }) {
      importer.finalize(&graph, options: options)
    }
    graph.diagnostics.sort()
    var scratchNoted = false
    graph.diagnostics.removeAll { diagnostic in
      guard diagnostic.path == InteractionGraph.scratchPath else { return false }
      defer { scratchNoted = true }
      return scratchNoted
    }
    return ImportRun(graph: graph, detection: detection)
  }

  /// Reads the claimed files `options.jobs` at a time and merges their parts in path order.
  private static func importClaimed(
    _ claimed: [ClaimedFile], options: ImportOptions, progress: (@Sendable (Int, Int) -> Void)?
  ) async -> InteractionGraph {
    let importers = PlatformRegistry.importers
    // Parts are merged in path order as soon as the next one is ready, so that at most the
    // parts finished out of order wait in memory, never the whole export.
    var graph = InteractionGraph()
    graph.spillAfter = options.spillAfter
    var waiting: [Int: InteractionGraph] = [:]
    var nextToMerge = 0
    await withTaskGroup(of: (Int, InteractionGraph).self) { group in
      // Files start at most a bounded window ahead of the merge, so that a slow file cannot
      // make every later part wait in memory.
      var queue = LaunchQueue(
        sizes: claimed.map(\.entry.size), jobs: options.jobs, window: options.jobs * 4)
      var running = 0
      func fill() {
        while running < options.jobs, let index = queue.next(merging: nextToMerge) {
          let file = claimed[index]
          let importer = importers[file.importer]
          group.addTask {
            (index, importer.importFile(file.entry, as: file.recognition, options: options))
          }
          running += 1
        }
      }
      fill()
      var done = 0
      while let (index, finished) = await group.next() {
        running -= 1
        queue.finished(index)
        var part = finished
        // A part that must wait for earlier ones and holds more than an eighth of what a
        // graph keeps in memory moves it to its scratch file, and gives back its buffer:
        // the parts waiting hold at most 256 KiB of interactions each (8,192), not up to
        // 2 MiB. Large files read ahead of the merge make many parts wait at once.
        if index != nextToMerge {
          if let limit = options.spillAfter, part.interactions.count > limit / 8 {
            part.spillInteractions()
          }
          part.releaseSpareCapacity()
        }
        waiting[index] = part
        while let ready = waiting.removeValue(forKey: nextToMerge) {
          if graph.files.isEmpty && graph.identities.isEmpty {
            graph = ready
            graph.spillAfter = options.spillAfter
          } else {
            graph.merge(ready)
          }
          queue.merged(nextToMerge)
          nextToMerge += 1
        }
        done += 1
        progress?(done, claimed.count)
        fill()
      }
    }
    return graph
  }

  /// Lists every file no importer claimed, and flags claimed files that yielded nothing.
  private static func account(for unclaimed: [UnclaimedFile], in graph: inout InteractionGraph) {
    for file in unclaimed {
      graph.addFile(
        SourceFile(
          path: file.entry.displayPath, platform: nil, role: "unrecognized", status: .skipped,
          reason: file.reason))
      if file.isProblem {
        graph.diagnostics.append(Diagnostic(path: file.entry.displayPath, message: file.reason))
      }
    }
    // A file that was recognized and read but yielded nothing is never a silent success:
    // an export cut to its skeleton, or a list the platform left empty, is worth a look.
    for (index, file) in graph.files.enumerated()
    where file.platform != nil && file.status == .read && file.records == 0 {
      graph.files[index].reason = "recognized, but holds no records"
      graph.diagnostics.append(
        Diagnostic(
          path: file.path,
          message:
            "recognized as \(file.platform?.displayName ?? "") \(file.role), but holds no records"))
    }
  }
}
