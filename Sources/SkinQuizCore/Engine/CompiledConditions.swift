/// Conditions compiled once into truth tables over their atoms: what the engine runs on every
/// evaluation.
///
/// Evaluation has two passes with no branch that depends on the answers, so the processor never
/// guesses wrong on them. First every atom of every condition becomes one bit,
/// `selection & mask == target` (the form that `=`, `in`, `has`, `has any`, `has all` and
/// `answered` take on a bit set, some of them negated), packed 64 to a word with each
/// condition's atoms side by side. Then each condition's bits index its truth table, computed
/// here once from its `and`, `or` and `not` and the atoms' negations. No recursion, reference
/// counting or allocation happens while evaluating. The few atoms of another form
/// (`count(q) op n`) are evaluated as written, and so is a condition with more than `tableLimit`
/// atoms (as a tree), each giving one bit.
///
/// The atom bits are not computed one by one either: every answer a slot can have (one option
/// of a single question or the verdict, or any set of a multi question of up to 8 options)
/// has a row of the bits of all the atoms that read that slot, so the bits are one look-up and
/// an `or` per slot. Answers outside that (several options of a single question, which valid
/// answers never have) take the exact way, one atom at a time.
struct CompiledConditions: Sendable {
  /// One atom: `selections[slot] & mask == target`.
  private struct Leaf: Sendable {
    var mask: UInt64
    var target: UInt64
    var slot: UInt32
  }

  /// A bit that is computed as written, after the leaves.
  private struct Special: Sendable {
    enum Kind: Sendable {
      case atom(ConditionAtom)
      case tree(Condition)
    }
    var position: Int
    var kind: Kind
  }

  /// One condition: its atoms are bits `shift ..< shift + width` of word `word`.
  private struct Rule: Sendable {
    var word: UInt32
    /// Where its truth table starts in `tables`.
    var table: UInt32
    var shift: UInt64
    var widthMask: UInt64
    var label: Int
  }

  /// Conditions with more atoms than this are evaluated as trees (a table has 2^n bits).
  static let tableLimit = 12

  /// A leaf whose bit is always 0: padding, and the place of a special bit.
  private static let zero = Leaf(mask: 0, target: 1, slot: 0)

  private var leaves: [Leaf] = []
  private var specials: [Special] = []
  private var rules: [Rule] = []
  private var tables: [UInt64] = []
  /// The selections must have at least this many slots.
  private var slotCount = 0

  /// The rows of one slot: `words.count` words per possible answer, or'ed into words
  /// `firstWord...`; a single-valued slot's row is its option's index (64: not answered), a
  /// multi-valued slot's row is its selection.
  private struct SlotRows: Sendable {
    var slot: Int
    var singleValued: Bool
    var firstWord: Int
    var width: Int
    var offset: Int
  }

  private var slotRows: [SlotRows] = []
  private var rows: [UInt64] = []
  /// The leaves not covered by rows (slots of multi questions of more than 8 options).
  private var unrowed: [Int] = []

  /// How many conditions there are.
  var count: Int { rules.count }

  /// Compiles `conditions`, evaluated in this order and reported with their labels.
  ///
  /// `slotWidth(slot)` is the number of options of a slot and whether it holds one at most.
  init(
    _ conditions: [(condition: Condition, label: Int)],
    slotWidth: (Int) -> (options: Int, singleValued: Bool)
  ) {
    for (condition, label) in conditions { append(condition, label: label) }
    if leaves.isEmpty { leaves.append(Self.zero) }
    buildRows(slotWidth: slotWidth)
  }

  /// Adds `written`'s atoms as leaves (or special bits) and its truth table.
  private mutating func append(_ written: Condition, label: Int) {
    var condition = Self.normalized(written)
    let slots = condition.atoms.map(\.slot)
    slotCount = max(slotCount, (slots.max() ?? -1) + 1)
    var atoms = condition.atoms
    var tree: Condition?
    if atoms.count > Self.tableLimit {
      // One bit, computed from the tree; the condition is that bit.
      tree = condition
      condition = .atom(ConditionAtom(slot: 0, operation: .answered))
      atoms = [ConditionAtom(slot: 0, operation: .answered)]
    }
    // The condition's atoms stay within one word: pad to the next word when they would not.
    if leaves.count % 64 + atoms.count > 64 {
      leaves += Array(repeating: Self.zero, count: 64 - leaves.count % 64)
    }
    rules.append(
      Rule(
        word: UInt32(leaves.count / 64), table: UInt32(tables.count),
        shift: UInt64(leaves.count % 64), widthMask: (1 << UInt64(atoms.count)) - 1,
        label: label))
    var negated: [Bool] = []
    for atom in atoms {
      if let tree {
        specials.append(Special(position: leaves.count, kind: .tree(tree)))
        leaves.append(Self.zero)
        negated.append(false)
      } else if let (leaf, isNegated) = Self.leaf(atom) {
        leaves.append(leaf)
        negated.append(isNegated)
      } else {
        specials.append(Special(position: leaves.count, kind: .atom(atom)))
        leaves.append(Self.zero)
        negated.append(false)
      }
    }
    // Bit `i` of the table: whether the condition holds when its atoms' bits are those of `i`.
    var next = 0
    var table = Self.table(condition, atomCount: atoms.count, negated, &next)
    if atoms.count < 6 { table[0] &= (1 << UInt64(1 << atoms.count)) - 1 }
    tables += table
  }

  /// Builds each slot's rows: for every answer the slot can have, the bits of all the leaves
  /// that read it, so that evaluation looks them up instead of testing each leaf.
  private mutating func buildRows(slotWidth: (Int) -> (options: Int, singleValued: Bool)) {
    let special = Set(specials.map(\.position))
    var bySlot: [Int: [Int]] = [:]
    for (position, leaf) in leaves.enumerated() where !special.contains(position) {
      if leaf.mask != 0 || leaf.target != 1 { bySlot[Int(leaf.slot), default: []].append(position) }
    }
    for (slot, positions) in bySlot.sorted(by: { $0.key < $1.key }) {
      let (options, singleValued) = slotWidth(slot)
      guard singleValued || options <= 8 else {
        unrowed += positions
        continue
      }
      // With up to two words in all (128 atoms), every row has both, so the look-ups need no
      // loop; otherwise a row spans the words of its slot's atoms.
      let twoWords = leaves.count <= 128
      let firstWord = twoWords ? 0 : positions.map { $0 / 64 }.min() ?? 0
      let width = twoWords ? 2 : (positions.map { $0 / 64 }.max() ?? 0) - firstWord + 1
      slotRows.append(
        SlotRows(
          slot: slot, singleValued: singleValued, firstWord: firstWord, width: width,
          offset: rows.count))
      let answers: [UInt64] =
        singleValued ? (0..<64).map { 1 << UInt64($0) } + [0] : (0..<256).map { UInt64($0) }
      // No reserveCapacity here: reserving the exact size slot by slot copied the whole table
      // each time, which made a pack of a thousand questions take seconds to compile.
      for selection in answers {
        // Straight into `rows`: an array per row was 3,600 allocations for the shipped pack.
        let row = rows.count
        rows.append(contentsOf: repeatElement(0, count: width))
        for position in positions where Self.bit(leaves[position], selection) {
          rows[row + position / 64 - firstWord] |= 1 << UInt64(position % 64)
        }
      }
    }
  }

  @inline(__always)
  private static func bit(_ leaf: Leaf, _ selection: UInt64) -> Bool {
    selection & leaf.mask == leaf.target
  }

  /// `condition` with each `q != o` written as `not q = o and answered(q)`, which is what it
  /// means, so that every atom but `count` takes the form of a leaf.
  private static func normalized(_ condition: Condition) -> Condition {
    switch condition {
    case .and(let parts): return .and(parts.map(normalized))
    case .or(let parts): return .or(parts.map(normalized))
    case .not(let part): return .not(normalized(part))
    case .atom(let atom) where atom.operation == .notEquals:
      return .and([
        .not(.atom(ConditionAtom(slot: atom.slot, operation: .equals, mask: atom.mask))),
        .atom(ConditionAtom(slot: atom.slot, operation: .answered)),
      ])
    case .atom: return condition
    }
  }

  /// The leaf for `atom` and whether its bit is the atom's negation, or `nil`.
  ///
  /// `nil` is for an atom that is evaluated as written. Every atom is false on an empty
  /// selection, and each form keeps that.
  private static func leaf(_ atom: ConditionAtom) -> (Leaf, negated: Bool)? {
    let slot = UInt32(atom.slot)
    switch atom.operation {
    case .isOneOf, .has, .hasAny:  // not (selection & mask == 0)
      return (Leaf(mask: atom.mask, target: 0, slot: slot), true)
    case .equals where atom.mask != 0:
      return (Leaf(mask: .max, target: atom.mask, slot: slot), false)
    case .hasAll where atom.mask != 0:
      return (Leaf(mask: atom.mask, target: atom.mask, slot: slot), false)
    case .answered:  // not (selection == 0)
      return (Leaf(mask: .max, target: 0, slot: slot), true)
    default:
      return nil
    }
  }

  /// The truth table of `condition`, every assignment of its atoms at once.
  ///
  /// Bit `a` is whether it holds when each atom `i` (in the order they are written) is bit `i`
  /// of `a`, flipped where `negated`. Computed 64 assignments to a word, so a condition of 12
  /// atoms costs a few hundred word operations rather than 4,096 walks of its tree. Bits past
  /// `2^atomCount` are not cleared.
  private static func table(
    _ condition: Condition, atomCount: Int, _ negated: [Bool], _ next: inout Int
  ) -> [UInt64] {
    let words = max(1, (1 << atomCount) / 64)
    switch condition {
    case .and(let parts):
      var result = [UInt64](repeating: .max, count: words)
      for part in parts {
        for (index, word) in table(part, atomCount: atomCount, negated, &next).enumerated() {
          result[index] &= word
        }
      }
      return result
    case .or(let parts):
      var result = [UInt64](repeating: 0, count: words)
      for part in parts {
        for (index, word) in table(part, atomCount: atomCount, negated, &next).enumerated() {
          result[index] |= word
        }
      }
      return result
    case .not(let part):
      return table(part, atomCount: atomCount, negated, &next).map { ~$0 }
    case .atom:
      defer { next += 1 }
      let flip: UInt64 = negated[next] ? .max : 0
      return (0..<words).map { word in
        // Within a word, atom i < 6 follows a fixed pattern; past that, whole words alternate.
        let column =
          next < 6 ? columnPatterns[next] : (word >> (next - 6)) & 1 == 1 ? UInt64.max : 0
        return column ^ flip
      }
    }
  }

  /// Bit `a` of pattern `i` is bit `i` of `a`, for the assignments `a` of one word.
  private static let columnPatterns: [UInt64] = [
    0xAAAA_AAAA_AAAA_AAAA, 0xCCCC_CCCC_CCCC_CCCC, 0xF0F0_F0F0_F0F0_F0F0,
    0xFF00_FF00_FF00_FF00, 0xFFFF_0000_FFFF_0000, 0xFFFF_FFFF_0000_0000,
  ]

  /// Evaluates every condition on `selections` (one bit set per slot) and writes the labels of
  /// those that hold, in order, to `output` (room for `count` labels); returns how many.
  ///
  /// The engine's hot path (every answer set `check` enumerates, every result): kept as one
  /// function, with its buffers borrowed once, so that nothing in it allocates or calls out.
  func evaluate(
    _ selections: UnsafeBufferPointer<UInt64>, into output: UnsafeMutableBufferPointer<Int>
  ) -> Int {
    precondition(selections.count >= slotCount, "answers for another pack")
    precondition(output.count >= rules.count)
    guard let slots = selections.baseAddress, let output = output.baseAddress else { return 0 }
    let wordCount = (leaves.count + 63) / 64
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(2, wordCount)) { words in
      words.initialize(repeating: 0)
      // Each slot's row; `invalid` gathers what no row covers (never, on valid answers).
      var invalid: UInt64 = 0
      rows.withUnsafeBufferPointer { rows in
        var first: UInt64 = 0
        var second: UInt64 = 0
        for slotRow in slotRows {
          let selection = slots[slotRow.slot]
          let row: Int
          if slotRow.singleValued {
            row = selection.trailingZeroBitCount
            invalid |= selection & (selection &- 1)
          } else {
            row = Int(truncatingIfNeeded: selection & 0xFF)
            invalid |= selection &>> 8
          }
          let offset = slotRow.offset &+ row &* slotRow.width
          if wordCount <= 2 {
            first |= rows[offset]
            second |= rows[offset &+ 1]
          } else {
            for index in 0..<slotRow.width {
              words[slotRow.firstWord &+ index] |= rows[offset &+ index]
            }
          }
        }
        if wordCount <= 2 { (words[0], words[1]) = (first, second) }
      }
      leaves.withUnsafeBufferPointer { leaves in
        if invalid != 0 {
          // One atom at a time.
          for word in 0..<wordCount {
            var bits: UInt64 = 0
            var shift: UInt64 = 0
            for leaf in leaves[(word * 64)..<min(word * 64 + 64, leaves.count)] {
              bits |= UInt64(Self.bit(leaf, slots[Int(leaf.slot)]) ? 1 : 0) &<< shift
              shift &+= 1
            }
            words[word] = bits
          }
        } else {
          for position in unrowed {
            let leaf = leaves[position]
            let bit = Self.bit(leaf, slots[Int(leaf.slot)])
            words[position / 64] |= UInt64(bit ? 1 : 0) << UInt64(position % 64)
          }
        }
      }
      for special in specials {
        let bit: Bool
        switch special.kind {
        case .atom(let atom): bit = atom.holds(slots[atom.slot])
        case .tree(let tree): bit = tree.holds(Array(selections))
        }
        words[special.position / 64] |= UInt64(bit ? 1 : 0) << UInt64(special.position % 64)
      }
      return tables.withUnsafeBufferPointer { tables in
        // Every label is written; the count moves past those that hold (no branch).
        var count = 0
        for rule in rules {
          let bits = words[Int(rule.word)] &>> rule.shift & rule.widthMask
          let holds = tables[Int(rule.table) &+ Int(bits &>> 6)] &>> (bits & 63) & 1
          output[count] = rule.label
          count &+= Int(holds)
        }
        return count
      }
    }
  }
}
