import CLibXML2

/// A small HTML page parsed by libxml2's tree parser, safely: no network, no entity
/// substitution, UTF-8 forced, NUL bytes neutralized (docs in ../shared/SWIFT.md §2).
///
/// For pages of a few megabytes; large exports stream through the SAX parser instead.
/// Not `Sendable`: a document lives and dies inside one task.
public final class HTMLDocument {
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case tooLarge(Int)
    case unparsable

    public var description: String {
      switch self {
      case .tooLarge(let size): return "HTML page of \(size) bytes is too large to parse whole"
      case .unparsable: return "not parsable as HTML"
      }
    }
  }

  private let document: htmlDocPtr

  /// libxml2's version, as the library reports it.
  public static var libraryVersion: String { String(cString: ties_xmlDottedVersion()) }

  /// - Throws: `Failure` when the page is over 2 GiB (libxml2 takes an `int` size) or is
  ///   not HTML at all.
  public init(bytes: [UInt8]) throws {
    guard bytes.count < Int(Int32.max) else { throw Failure.tooLarge(bytes.count) }
    LibXML.prepare()
    // A NUL byte silently ends the document in libxml2: replace it before parsing.
    var clean = bytes
    for index in clean.indices where clean[index] == 0 { clean[index] = 0x20 }
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue)
    let parsed = clean.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
        htmlReadMemory(base, Int32(buffer.count), "", "UTF-8", options)
      }
    }
    guard let parsed else { throw Failure.unparsable }
    document = parsed
  }

  deinit { xmlFreeDoc(document) }

  /// The text of every element whose `class` attribute holds the token, in document order.
  /// Tokens, not whole class strings, because Meta's markup adds and reorders classes.
  public func texts(ofClassToken token: String) -> [String] {
    var result: [String] = []
    visit(xmlDocGetRootElement(document)) { node in
      guard
        Self.attribute("class", of: node)?.split(separator: " ").contains(Substring(token)) == true
      else { return }
      result.append(Self.text(of: node))
    }
    return result
  }

  /// The text of the first `<title>`.
  public var title: String? {
    var found: String?
    visit(xmlDocGetRootElement(document)) { node in
      if found == nil, Self.name(of: node) == "title" { found = Self.text(of: node) }
    }
    return found
  }

  private func visit(_ start: xmlNodePtr?, _ body: (xmlNodePtr) -> Void) {
    var node = start
    while let current = node {
      if current.pointee.type == XML_ELEMENT_NODE {
        body(current)
        visit(current.pointee.children, body)
      }
      node = current.pointee.next
    }
  }

  private static func name(of node: xmlNodePtr) -> String {
    node.pointee.name.map { String(cString: $0) } ?? ""
  }

  private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { ties_xmlFree(value) }
    return String(cString: value)
  }

  private static func text(of node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { ties_xmlFree(content) }
    return String(cString: content)
  }
}
