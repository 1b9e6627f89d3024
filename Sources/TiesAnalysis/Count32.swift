/// A count kept in 32 bits and read as `Int`. A person's conversations are kept until their
/// tie is judged and their number grows with the messages, so each field's size counts.
/// Counts within one conversation stay far below 2^31; one past it would clamp, not trap.
@propertyWrapper
struct Count32: Sendable, Hashable {
  private var value: Int32

  init(wrappedValue: Int) { value = Int32(clamping: wrappedValue) }

  var wrappedValue: Int {
    get { Int(value) }
    set { value = Int32(clamping: newValue) }
  }
}
