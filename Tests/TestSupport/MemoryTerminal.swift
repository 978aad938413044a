import DrawingSurface
import SkinQuizTUI

/// A terminal in memory for screen tests: scripted keys in, every frame kept as a canvas.
public final class MemoryTerminal: Terminal {
  public var size: TerminalSize
  public var usesColor: Bool
  /// The keys still to come; when they run out, the terminal reports the end of input.
  public var keys: [Key]
  /// Every canvas presented, in order.
  public private(set) var frames: [Canvas] = []

  /// Creates a terminal of `size` that will deliver `keys`.
  public init(size: TerminalSize, keys: [Key] = [], usesColor: Bool = true) {
    self.size = size
    self.keys = keys
    self.usesColor = usesColor
  }

  /// The last canvas presented, as text.
  public var screen: String { frames.last?.text ?? "" }

  public func present(_ canvas: Canvas) {
    frames.append(canvas)
  }

  /// How many times a full repaint was asked for.
  public private(set) var repaints = 0

  public func repaint() {
    repaints += 1
  }

  public func nextKey() -> Key {
    keys.isEmpty ? .endOfInput : keys.removeFirst()
  }
}
