import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Receives the events of an HTML page, in document order.
protocol HTMLEventHandler: AnyObject {
  /// An element starts; `attributes` are name/value pairs ending in a nil name.
  func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
  func end(_ name: UnsafePointer<UInt8>)
  func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// Streams an HTML file through libxml2's SAX parser: memory stays flat however large the
/// page (../shared/SWIFT.md §2, pitfalls 5 and 6). Input is read through our own callback,
/// which turns NUL bytes into spaces (pitfall 8); UTF-8 is forced (pitfall 10); no network
/// and no entity substitution (pitfall 12).
enum HTMLStream {
  enum Failure: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    case cannotParse(String)
    case readFailed(String, ByteStreamError)

    var description: String {
      switch self {
      case .cannotOpen(let path): return "cannot open '\(path)'"
      case .cannotParse(let path): return "cannot parse '\(path)' as HTML"
      case .readFailed(let path, let error): return "reading '\(path)' failed \(error)"
      }
    }
  }

  /// The input and the handler, reachable from C callbacks through the parser's `_private`.
  private final class Session {
    let stream: ByteStream
    /// `parse` holds the handler for the whole parse; unowned(unsafe) spares a retain and a
    /// release per SAX event.
    unowned(unsafe) let handler: HTMLEventHandler
    var failure: ByteStreamError?
    /// The last bytes read: only a missing `</html>` there tells a page that was cut.
    private(set) var tail: [UInt8] = []
    /// Read ahead of libxml2, which asks for 4,000 bytes at a time: one `read` per 64 KiB.
    private let ahead = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
    private var aheadStart = 0
    private var aheadEnd = 0
    /// Why the stream stopped under the bytes still ahead, once it has.
    private var streamFailure: ByteStreamError?
    private var streamEnded = false

    init(stream: ByteStream, handler: HTMLEventHandler) {
      self.stream = stream
      self.handler = handler
    }

    deinit { ahead.deallocate() }

    /// Fills `buffer` as far as the input goes, NUL bytes turned into spaces.
    ///
    /// - Returns: the bytes copied; when the stream failed under them, `failure` is set.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
      var count = 0
      while count < buffer.count {
        if aheadStart == aheadEnd {
          guard !streamEnded else { break }
          refill()
          if aheadStart == aheadEnd { break }
        }
        let chunk = min(buffer.count - count, aheadEnd - aheadStart)
        UnsafeMutableRawBufferPointer(rebasing: buffer[count..<(count + chunk)]).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: ahead[aheadStart..<(aheadStart + chunk)]))
        aheadStart += chunk
        count += chunk
      }
      if aheadStart == aheadEnd, let streamFailure { failure = streamFailure }
      keepTail(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
      return count
    }

    private func refill() {
      let (count, error) = stream.fill(ahead)
      aheadStart = 0
      aheadEnd = count
      if let error {
        streamFailure = error as? ByteStreamError ?? ByteStreamError(offset: 0, reason: "\(error)")
        streamEnded = true
      } else if count < ahead.count {
        streamEnded = true
      }
      guard var at = ahead.baseAddress else { return }
      var left = count
      while left > 0, let found = memchr(at, 0, left) {
        found.storeBytes(of: 0x20, as: UInt8.self)
        left -= found - at + 1
        at = found + 1
      }
    }

    private func keepTail(_ bytes: UnsafeRawBufferPointer) {
      if bytes.count >= 256 {
        tail.removeAll(keepingCapacity: true)
        tail.append(contentsOf: bytes[(bytes.count - 256)...])
      } else {
        tail.append(contentsOf: bytes)
        if tail.count > 256 { tail.removeFirst(tail.count - 256) }
      }
    }
  }

  /// Streams a file of the file system; see `parse(_:name:handler:)`.
  @discardableResult
  static func parse(path: String, handler: HTMLEventHandler) throws -> [UInt8] {
    try parse(ByteSource(path: path), handler: handler)
  }

  /// Streams an export entry, a file or a zip member.
  @discardableResult
  static func parse(_ entry: ExportEntry, handler: HTMLEventHandler) throws -> [UInt8] {
    try parse(ByteSource(entry: entry), handler: handler)
  }

  @discardableResult
  static func parse(_ source: ByteSource, handler: HTMLEventHandler) throws -> [UInt8] {
    let stream: ByteStream
    do { stream = try source.open() } catch { throw Failure.cannotOpen(source.name) }
    return try parse(stream, name: source.name, handler: handler)
  }

  /// Sends the page's events to `handler` and returns its last 256 bytes.
  ///
  /// - Throws: `Failure.readFailed` when the input failed part way: the events before the
  ///   failure were delivered.
  static func parse(_ input: ByteStream, name path: String, handler: HTMLEventHandler)
    throws -> [UInt8]
  {
    LibXML.prepare()
    guard let context = htmlNewParserCtxt() else { throw Failure.cannotParse(path) }
    defer { htmlFreeParserCtxt(context) }
    // libxml2 frees the handler with the context, so it must come from malloc.
    guard
      let sax = malloc(MemoryLayout<htmlSAXHandler>.size)?.assumingMemoryBound(
        to: htmlSAXHandler.self)
    else { throw Failure.cannotParse(path) }
    memset(sax, 0, MemoryLayout<htmlSAXHandler>.size)
    sax.pointee.startElement = startElement
    sax.pointee.endElement = endElement
    sax.pointee.characters = characters
    sax.pointee.cdataBlock = characters
    context.pointee.sax = sax
    let session = Session(stream: input, handler: handler)
    let pointer = Unmanaged.passUnretained(session).toOpaque()
    context.pointee._private = pointer
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue)
    let document = withExtendedLifetime((session, handler)) {
      htmlCtxtReadIO(context, readInput, nil, pointer, nil, "UTF-8", options)
    }
    if let document { xmlFreeDoc(document) }
    if let failure = session.failure { throw Failure.readFailed(path, failure) }
    return session.tail
  }

  /// The handler of the parse `context` belongs to, nil before it is set up.
  private static func handler(_ context: UnsafeMutableRawPointer?) -> HTMLEventHandler? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let pointer = parser.pointee._private else { return nil }
    return Unmanaged<Session>.fromOpaque(pointer)._withUnsafeGuaranteedRef { $0.handler }
  }

  private static let readInput: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let session = Unmanaged<Session>.fromOpaque(context).takeUnretainedValue()
    if session.failure != nil { return -1 }
    // libxml2's HTML tokenizer misreads a page handed over a few bytes at a time (a
    // doctype split after "<" became text), so each call is filled as far as the input goes.
    let count = session.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length)))
    // What was read before a failure is still handed over; the next call ends the page.
    if count == 0, session.failure != nil { return -1 }
    return Int32(count)
  }

  private static let startElement: startElementSAXFunc = { context, name, attributes in
    guard let name else { return }
    handler(context)?.start(name, attributes: attributes)
  }

  private static let endElement: endElementSAXFunc = { context, name in
    guard let name else { return }
    handler(context)?.end(name)
  }

  private static let characters: charactersSAXFunc = { context, bytes, length in
    guard let bytes, length > 0 else { return }
    handler(context)?.text(UnsafeBufferPointer(start: bytes, count: Int(length)))
  }
}
