/// FNV-1a 64 over the fired rule ids, as in profiles.py's Checksum.
struct Checksum {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  var fired = 0

  mutating func add(_ ids: some Sequence<UInt8>) {
    for id in ids {
      hash = (hash ^ UInt64(id)) &* 0x100_0000_01b3
      fired += 1
    }
    hash = (hash ^ 0) &* 0x100_0000_01b3
  }
}
