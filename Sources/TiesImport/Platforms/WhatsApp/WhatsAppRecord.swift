/// One record of a chat as read, before the file-wide date order turns its date into a time.
struct WhatsAppRecord {
  var first: Int16
  var second: Int16
  var third: Int16
  var secondOfDay: Int32
  /// Index into the parser's senders, or -1 for a line with no sender.
  var sender: Int32
  var kind: WhatsAppBodyKind
  /// Unicode scalars of text, continuation lines and their line breaks included.
  var length: Int32
  var line: Int32
}
