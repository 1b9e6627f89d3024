import TiesCore

/// Where one file's reader puts what it read, and how the file fared.
///
/// Every reader has one shape, `read(_ entry: ExportEntry, into sink: inout FileSink)`
/// (readers that need more, a role or a time zone, take it in their initializer): records
/// go in as values, and the file's status goes through `read(records:)`, `partial`,
/// `skipped` and `fail`, so that the common cases are one line. The pipeline merges each
/// file's sink into the run in path order; a streaming analysis can take records from the
/// sink instead without touching any reader.
public struct FileSink: Sendable {
  /// This file's part of the run; readers reach it only through the methods below.
  private var graph: InteractionGraph
  /// The file's index in `graph.files`, for provenance (`SourceRef`).
  let file: Int
  /// The path diagnostics name.
  let path: String

  /// Registers the file under its recognition, with the layout the recognition named;
  /// interactions past `spillAfter` go to a scratch file (`InteractionGraph.spillAfter`).
  init(_ entry: ExportEntry, as recognition: Recognition, spillAfter: Int? = nil) {
    var graph = InteractionGraph()
    graph.spillAfter = spillAfter
    file = graph.addFile(for: entry, as: recognition)
    path = entry.displayPath
    self.graph = graph
  }

  /// Registers a file described outright (tests, tools).
  init(registering source: SourceFile) {
    var graph = InteractionGraph()
    file = graph.addFile(source)
    path = source.path
    self.graph = graph
  }

  /// A sink for work folded into another file's sink later (the second half of a split
  /// read): it registers no file, and its records name file 0.
  init(scratchFor path: String, spillAfter: Int? = nil) {
    graph = InteractionGraph()
    graph.spillAfter = spillAfter
    file = 0
    self.path = path
  }

  /// The file's part of the run, once its reader is done: for the pipeline to merge.
  consuming func finish() -> InteractionGraph { graph }

  // MARK: Outcome

  /// The file was read; this many records came from it.
  mutating func read(records: Int) {
    graph.files[file].records = records
  }

  /// How many records the file gave so far.
  var records: Int { graph.files[file].records }

  /// Counts records read on top of those already counted.
  mutating func add(records: Int) {
    graph.files[file].records += records
  }

  /// Read up to a point, or with some records left out; the diagnostic says where and why.
  mutating func partial(_ reason: String, _ diagnostic: Diagnostic? = nil) {
    graph.mark(file, .partial(reason), diagnostic)
  }

  /// Nothing of the file is used; the diagnostic says where and why.
  mutating func skipped(_ reason: String, _ diagnostic: Diagnostic? = nil) {
    graph.mark(file, .skipped(reason), diagnostic)
  }

  /// A read that broke off: partial when records were kept before the break, else skipped.
  mutating func brokeOff(keptRecords: Bool, _ reason: String, _ diagnostic: Diagnostic? = nil) {
    graph.mark(file, .brokeOff(keptRecords: keptRecords, reason), diagnostic)
  }

  /// Skips the file and warns with the same reason, at the offset when known.
  mutating func fail(_ reason: String, offset: Int? = nil) {
    graph.fail(file, path: path, offset: offset, reason: reason)
  }

  /// A note about the file that does not change its status.
  mutating func warn(
    _ message: String, _ severity: Diagnostic.Severity = .warning, line: Int? = nil,
    offset: Int? = nil
  ) {
    graph.diagnostics.append(
      Diagnostic(severity, path: path, line: line, offset: offset, message: message))
  }

  /// Names the file in the report by what reading found (`chat (3 pages)`), in place of
  /// its role's label; report text only, never read back.
  mutating func describe(as label: String, isCallLog: Bool? = nil) {
    graph.files[file].role = label
    if let isCallLog { graph.files[file].isCallLog = isCallLog }
  }

  /// Names the file by the role reading found, when it differs from the recognized one.
  mutating func describe(as role: some FileRole) {
    graph.files[file].role = role.label
    graph.files[file].isCallLog = role.isCallLog
  }

  // MARK: Records

  /// The identity under `key`, made on first sight; its index in the run's identities.
  mutating func identity(_ key: IdentityKey, name: String? = nil, placeholder: Bool = false)
    -> Int
  {
    graph.identity(key, name: name, placeholder: placeholder)
  }

  /// The identity already made under `key`, if any.
  func identityIndex(of key: IdentityKey) -> Int? { graph.identityIndex(of: key) }

  /// An identity made earlier from this file.
  func identity(at index: Int) -> Identity { graph.identities[index] }

  /// Another name the owner of the export gave an identity.
  mutating func displayName(_ name: String, to identity: Int) {
    graph.addDisplayName(name, to: identity)
  }

  /// Marks an identity, and optionally a name, as the export's owner.
  mutating func owner(_ identity: Int? = nil, name: String? = nil) {
    if let identity { graph.ownerIdentities.insert(identity) }
    if let name, !name.isEmpty { graph.ownerNames.insert(name) }
  }

  /// Whether an identity is known as the export's owner.
  func isOwner(_ identity: Int) -> Bool { graph.ownerIdentities.contains(identity) }

  /// Marks the owner and every account this file declared the same as another, for account
  /// files whose only `sameAs` pairs are the owner's own ids.
  mutating func ownerWithAliases(_ identity: Int) {
    graph.ownerIdentities.insert(identity)
    for pair in graph.sameAs { graph.ownerIdentities.formUnion([pair.first, pair.second]) }
  }

  /// The thread, merged with one of the same key; its index in the run's threads.
  @discardableResult
  mutating func thread(_ thread: ChatThread) -> Int { graph.thread(thread) }

  /// A thread made earlier from this file.
  func thread(at index: Int) -> ChatThread { graph.threads[index] }

  /// Sets what a thread's later pages taught about it.
  mutating func updateThread(_ index: Int, isGroup: Bool, participants: [Int]) {
    graph.updateThread(index, isGroup: isGroup, participants: participants)
  }

  /// The identity a thread is named after, once reading found it.
  mutating func setNamedAfter(_ index: Int, _ identity: Int?) {
    graph.setNamedAfter(index, identity)
  }

  /// The identities made so far, for folding a scratch sink into another.
  var identities: [Identity] { graph.identities }

  /// The interactions appended so far, in order, for folding a scratch sink into another.
  func forEachInteractionChunk(_ body: (UnsafeBufferPointer<Interaction>) -> Void) {
    graph.forEachInteractionChunk(body)
  }

  /// How many interactions this file gave so far.
  var interactionCount: Int { graph.interactionCount }

  /// Room for this many more interactions (no more than stay in memory before a spill).
  mutating func reserve(interactions count: Int) {
    let room = min(count, graph.spillAfter ?? count)
    graph.interactions.reserveCapacity(graph.interactions.count + room)
  }

  mutating func append(_ interaction: Interaction) { graph.appendInteraction(interaction) }

  mutating func link(_ link: Link) { graph.links.append(link) }

  mutating func sameAs(_ pair: SameAs) { graph.sameAs.append(pair) }

  /// The layout era the file showed, for the report's per-platform layouts.
  mutating func layout(_ era: String, for platform: Platform) {
    graph.addLayout(era, for: platform)
  }

  /// The span a date-limited export says it covers.
  mutating func coverage(_ range: ClosedRange<Int64>, for platform: Platform) {
    graph.addCoverage(range, for: platform)
  }

  /// When the export says it was made: the end of what it covers.
  mutating func declaredEnd(_ time: Int64, for platform: Platform) {
    graph.addDeclaredEnd(time, for: platform)
  }

  /// How the file's lines fared, for line-based formats.
  mutating func lineCounts(_ counts: LineCounts) { graph.files[file].lineCounts = counts }

  /// Notes the reader collected while reading.
  mutating func append(diagnostics: [Diagnostic]) { graph.diagnostics += diagnostics }

  mutating func append(_ diagnostic: Diagnostic) { graph.diagnostics.append(diagnostic) }

}
