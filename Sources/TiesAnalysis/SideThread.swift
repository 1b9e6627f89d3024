import Dispatch
import Foundation

/// A value computed on a thread of its own while the caller goes on, for work that needs
/// no more than what it was given and would otherwise leave a core idle. A thread, not a
/// worker of the global queue: the passes over the run take the queue's workers with
/// `concurrentPerform`, and a worker could wait behind them.
final class SideThread<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written once by the thread before it signals; read after the wait.
  private var result: Value?

  init(_ body: @escaping @Sendable () -> Value) {
    Thread.detachNewThread { [self] in
      result = body()
      done.signal()
    }
  }

  /// The value, once the thread has finished; call it once.
  func value() -> Value {
    done.wait()
    guard let result else { preconditionFailure("SideThread finished without a value") }
    return result
  }
}
