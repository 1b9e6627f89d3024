/// What a streaming reader reads, opened when reading starts: a file by path, an export
/// entry (a file, or a zip member inflated as it is read), or a stream already open.
public struct ByteSource {
  /// How errors name it: the path, or the entry's display path.
  public let name: String
  private let opener: () throws -> ByteStream

  public init(path: String) {
    name = path
    opener = { try FileByteStream(path: path) }
  }

  public init(entry: ExportEntry) {
    name = entry.displayPath
    opener = { try entry.open() }
  }

  public init(stream: ByteStream, name: String) {
    self.name = name
    opener = { stream }
  }

  /// The stream from the first byte.
  ///
  /// - Throws: `ByteStreamError` with the reason it cannot be opened.
  func open() throws -> ByteStream {
    do {
      return try opener()
    } catch let error as ByteStreamError {
      throw error
    } catch {
      throw ByteStreamError(offset: 0, reason: "\(error)")
    }
  }
}
