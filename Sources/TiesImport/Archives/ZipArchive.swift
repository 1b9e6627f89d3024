#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A zip archive read in place: the central directory (ZIP64 included) is parsed once, and
/// each member is inflated as a reader pulls bytes, never extracted to disk. Opened from a
/// file, or from memory for a zip inside a zip.
public final class ZipArchive: Sendable {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var offset: Int64?
    public var reason: String
    public var description: String {
      offset.map { "at byte \($0): \(reason)" } ?? reason
    }
  }

  /// Where the archive's bytes are.
  enum Storage: Sendable {
    case file(String)
    case memory([UInt8])
  }

  let storage: Storage
  let length: Int64
  public let members: [ZipMember]

  public convenience init(path: String, limits: ZipLimits = ZipLimits()) throws {
    let reader = try ArchiveReader(.file(path))
    try self.init(storage: .file(path), reader: reader, limits: limits)
  }

  public convenience init(bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws {
    let reader = try ArchiveReader(.memory(bytes))
    try self.init(storage: .memory(bytes), reader: reader, limits: limits)
  }

  private init(storage: Storage, reader: ArchiveReader, limits: ZipLimits) throws {
    self.storage = storage
    length = reader.length
    var members = try Self.centralDirectory(reader, limits: limits)
    Self.markOverlaps(&members)
    self.members = members
  }

  /// A stream over one member's inflated bytes.
  public func open(_ member: ZipMember) throws -> ByteStream {
    if let problem = member.problem { throw ByteStreamError(offset: 0, reason: problem) }
    let reader = try ArchiveReader(storage)
    let header = try reader.bytes(at: member.headerOffset, count: 30)
    guard ZipArchive.u32(header, 0) == 0x0403_4B50 else {
      throw ByteStreamError(offset: 0, reason: "no local header where the directory points")
    }
    let start =
      member.headerOffset + 30 + Int64(ZipArchive.u16(header, 26))
      + Int64(ZipArchive.u16(header, 28))
    guard member.compressedSize <= length - start else {
      throw ByteStreamError(offset: 0, reason: "the member runs past the end of the archive")
    }
    return try ZipMemberStream(reader: reader, member: member, dataStart: start)
  }

  // MARK: Central directory

  private static func centralDirectory(_ reader: ArchiveReader, limits: ZipLimits) throws
    -> [ZipMember]
  {
    let tailLength = min(reader.length, 65_557)
    let tail = try reader.bytes(at: reader.length - tailLength, count: Int(tailLength))
    guard var end = lastIndex(of: 0x0605_4B50, in: tail) else {
      throw Failure(offset: nil, reason: "no end of central directory: not a zip, or cut short")
    }
    guard end + 22 <= tail.count else {
      throw Failure(offset: nil, reason: "end of central directory is cut short")
    }
    var count = Int64(u16(tail, end + 10))
    var size = Int64(u32(tail, end + 12))
    var offset = Int64(u32(tail, end + 16))
    let endOffset = reader.length - tailLength + Int64(end)
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, end >= 20,
      u32(tail, end - 20) == 0x0706_4B50
    {
      let locator = Int64(bitPattern: u64(tail, end - 12))
      let record = try reader.bytes(at: locator, count: 56)
      guard u32(record, 0) == 0x0606_4B50 else {
        throw Failure(offset: locator, reason: "broken ZIP64 end of central directory")
      }
      // Untrusted 64-bit fields: read as bit patterns, so a huge one is negative, and refused.
      count = Int64(bitPattern: u64(record, 32))
      size = Int64(bitPattern: u64(record, 40))
      offset = Int64(bitPattern: u64(record, 48))
      end = 0
    }
    guard count >= 0, count <= Int64(limits.members) else {
      throw Failure(offset: nil, reason: "\(count) members: more than \(limits.members)")
    }
    guard offset >= 0, size >= 0, size <= endOffset, offset <= endOffset - size else {
      throw Failure(offset: offset, reason: "the central directory lies outside the archive")
    }
    let directory = try reader.bytes(at: offset, count: Int(size))
    var members: [ZipMember] = []
    var position = 0
    while members.count < count {
      guard position + 46 <= directory.count, u32(directory, position) == 0x0201_4B50 else {
        throw Failure(offset: offset + Int64(position), reason: "broken central directory entry")
      }
      let (member, next) = try entry(directory, at: position, base: offset, limits: limits)
      members.append(member)
      position = next
    }
    return members
  }

  private static func entry(
    _ directory: [UInt8], at position: Int, base: Int64, limits: ZipLimits
  ) throws -> (ZipMember, Int) {
    let flags = u16(directory, position + 8)
    let method = u16(directory, position + 10)
    var compressed = Int64(u32(directory, position + 20))
    var size = Int64(u32(directory, position + 24))
    let nameLength = Int(u16(directory, position + 28))
    let extraLength = Int(u16(directory, position + 30))
    let commentLength = Int(u16(directory, position + 32))
    var headerOffset = Int64(u32(directory, position + 42))
    let nameStart = position + 46
    let next = nameStart + nameLength + extraLength + commentLength
    guard next <= directory.count else {
      throw Failure(offset: base + Int64(position), reason: "central directory entry cut short")
    }
    let rawName = Array(directory[nameStart..<(nameStart + nameLength)])
    // ZIP64: the real values follow in an extra field, in this order, for each that is full.
    var extra = nameStart + nameLength
    let extraEnd = nameStart + nameLength + extraLength
    while extra + 4 <= extraEnd {
      let id = u16(directory, extra)
      let length = Int(u16(directory, extra + 2))
      // A field's own length is the file's word: it is held to the extra area it sits in.
      let fieldEnd = min(extra + 4 + length, extraEnd)
      if id == 0x0001 {
        var field = extra + 4
        if size == 0xFFFF_FFFF, field + 8 <= fieldEnd {
          size = Int64(bitPattern: u64(directory, field))
          field += 8
        }
        if compressed == 0xFFFF_FFFF, field + 8 <= fieldEnd {
          compressed = Int64(bitPattern: u64(directory, field))
          field += 8
        }
        if headerOffset == 0xFFFF_FFFF, field + 8 <= fieldEnd {
          headerOffset = Int64(bitPattern: u64(directory, field))
        }
      }
      extra += 4 + length
    }
    let decoded =
      String(validating: rawName, as: UTF8.self)
      ?? String(decoding: rawName.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    let isDirectory = decoded.hasSuffix("/") || decoded.hasSuffix("\\")
    let name = ZipMember.safeName(decoded)
    var member = ZipMember(
      name: name ?? decoded, method: method, flags: flags, crc: u32(directory, position + 16),
      compressedSize: compressed, size: size, headerOffset: headerOffset,
      isDirectory: isDirectory, problem: nil)
    member.problem = problem(member, safe: name != nil, limits: limits)
    return (member, next)
  }

  private static func problem(_ member: ZipMember, safe: Bool, limits: ZipLimits) -> String? {
    if !safe { return "unsafe name (absolute, or climbing out with '..'): not read" }
    if member.flags & 1 != 0 { return "encrypted: not read" }
    if member.method != 0 && member.method != 8 {
      return "compression method \(member.method) is not supported (only stored and deflate)"
    }
    if member.size < 0 || member.compressedSize < 0 || member.headerOffset < 0 {
      return "impossible sizes in the central directory"
    }
    if member.size > limits.memberBytes {
      return "inflates to \(member.size) bytes, more than the \(limits.memberBytes) allowed"
    }
    let (allowed, overflow) = max(1, member.compressedSize).multipliedReportingOverflow(
      by: limits.ratio)
    if member.size > limits.ratioFloor, !overflow, member.size > allowed {
      return "expands \(member.size / max(1, member.compressedSize)) times: taken for a zip bomb"
    }
    return nil
  }

  /// Members whose data begins inside another's are how non-recursive zip bombs multiply
  /// one stream many times: all but the first are refused.
  private static func markOverlaps(_ members: inout [ZipMember]) {
    let order = members.indices.filter { !members[$0].isDirectory }.sorted {
      members[$0].headerOffset < members[$1].headerOffset
    }
    var reach: Int64 = -1
    for index in order {
      let member = members[index]
      if member.headerOffset < reach, member.problem == nil {
        members[index].problem = "overlaps another member's data: taken for a zip bomb"
      }
      let (span, first) = member.compressedSize.addingReportingOverflow(
        30 + Int64(member.name.utf8.count))
      let (end, second) = member.headerOffset.addingReportingOverflow(span)
      reach = max(reach, first || second ? .max : end)
    }
  }

  // MARK: Bytes

  static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
  }

  static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
  }

  private static func lastIndex(of signature: UInt32, in bytes: [UInt8]) -> Int? {
    var index = bytes.count - 4
    while index >= 0 {
      if bytes[index] == 0x50, u32(bytes, index) == signature { return index }
      index -= 1
    }
    return nil
  }
}
