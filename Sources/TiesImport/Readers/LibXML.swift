import CLibXML2

/// libxml2's global state. It must be set up once before two threads parse at the same
/// time: otherwise their first dictionaries race for an uninitialized lock and both wait
/// forever (seen with two HTML pages read in parallel).
enum LibXML {
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Call before any parse; cheap after the first time.
  static func prepare() { _ = initialized }
}
