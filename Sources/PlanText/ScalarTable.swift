/// Unicode properties the extractors ask of every scalar, precomputed for the scalars below
/// U+2000 (Latin with every Vietnamese letter, Greek, Cyrillic and the common marks).
///
/// `Unicode.Scalar.Properties` looks each answer up in the runtime's compressed tables,
/// which costs ten to twenty times an array read on the parser's hot paths. Scalars above
/// the table fall back to the runtime, so the answers are always the runtime's.
public enum ScalarTable {
  /// Scalars below this value are in the table.
  @usableFromInline static let limit: UInt32 = 0x2000

  @usableFromInline
  struct Entry: Sendable {
    /// The single-scalar lowercase mapping, or 0 when the mapping is several scalars.
    @usableFromInline var lower: UInt32
    @usableFromInline var isAlphabetic: Bool
    @usableFromInline var isWhitespace: Bool
    @usableFromInline var isMark: Bool
    /// General category L (Lu, Ll, Lt, Lm, Lo): what `\p{L}` matches.
    @usableFromInline var isLetter: Bool
    /// General category Lu: what `\p{Lu}` matches.
    @usableFromInline var isUppercaseLetter: Bool
  }

  @usableFromInline static let entries: [Entry] = (0..<limit).map { value in
    guard let scalar = Unicode.Scalar(value) else {
      return Entry(
        lower: value, isAlphabetic: false, isWhitespace: false, isMark: false, isLetter: false,
        isUppercaseLetter: false)
    }
    let properties = scalar.properties
    let mapping = properties.lowercaseMapping.unicodeScalars
    let lower = mapping.count == 1 ? mapping.first.map(\.value) ?? 0 : 0
    let category = properties.generalCategory
    return Entry(
      lower: lower, isAlphabetic: properties.isAlphabetic,
      isWhitespace: properties.isWhitespace, isMark: isMark(category),
      isLetter: isLetter(category), isUppercaseLetter: category == .uppercaseLetter)
  }

  @usableFromInline
  static func isLetter(_ category: Unicode.GeneralCategory) -> Bool {
    switch category {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar is a letter by general category (`\p{L}`).
  @inlinable
  public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isASCIILetter(scalar.value) }
    return scalar.value < limit
      ? entries[Int(scalar.value)].isLetter : isLetter(scalar.properties.generalCategory)
  }

  /// Whether the scalar is an uppercase letter by general category (`\p{Lu}`).
  @inlinable
  public static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.value < limit
      ? entries[Int(scalar.value)].isUppercaseLetter
      : scalar.properties.generalCategory == .uppercaseLetter
  }

  /// Whether the scalar is an ASCII digit, `0` to `9` (what the patterns' `[0-9]` takes).
  @inlinable
  public static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// ASCII letters are A-Z and a-z: answered without the table (whose first use in a
  /// function costs a global's once-check).
  @inlinable
  static func isASCIILetter(_ value: UInt32) -> Bool {
    (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
  }

  @usableFromInline
  static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
    category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
  }

  /// Whether the scalar is a combining mark (general category Mn, Mc or Me).
  @inlinable
  public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return false }
    return scalar.value < limit
      ? entries[Int(scalar.value)].isMark : isMark(scalar.properties.generalCategory)
  }

  /// Whether the scalar goes on the character before it rather than starting one: a
  /// combining mark, a zero-width (non-)joiner, a halfwidth kana voicing mark, an emoji skin
  /// tone or a tag (the grapheme extenders that are not marks).
  @inlinable
  public static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return isMark(scalar) || value == 0x200C || value == 0x200D || value == 0xFF9E
      || value == 0xFF9F || (0x1F3FB...0x1F3FF).contains(value)
      || (0xE0020...0xE007F).contains(value)
  }

  /// Whether the scalar is alphabetic (`properties.isAlphabetic`).
  @inlinable
  public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isASCIILetter(scalar.value) }
    return scalar.value < limit
      ? entries[Int(scalar.value)].isAlphabetic : scalar.properties.isAlphabetic
  }

  /// Whether the scalar is white space (`properties.isWhitespace`).
  @inlinable
  public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
    if scalar.isASCII {
      return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }
    return scalar.value < limit
      ? entries[Int(scalar.value)].isWhitespace : scalar.properties.isWhitespace
  }

  /// The scalar lowercased when its lowercase form is one scalar; otherwise the scalar.
  @inlinable
  public static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if let lower = singleLowercase(scalar.value) { return Unicode.Scalar(lower) ?? scalar }
    // Below the limit the table knows the mapping is several scalars: keep the scalar.
    guard scalar.value >= limit else { return scalar }
    let mapping = scalar.properties.lowercaseMapping.unicodeScalars
    guard mapping.count == 1, let first = mapping.first else { return scalar }
    return first
  }

  /// Appends the UTF-8 bytes of the full lowercase mapping of `scalar` (one scalar or, for
  /// a few, several).
  @inline(__always)
  static func appendLowercase(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    if let lower = singleLowercase(scalar.value), let mapped = Unicode.Scalar(lower) {
      UTF8.encode(mapped) { bytes.append($0) }
      return
    }
    for mapped in scalar.properties.lowercaseMapping.unicodeScalars {
      UTF8.encode(mapped) { bytes.append($0) }
    }
  }

  /// The lowercase form of valid UTF-8 bytes (see ``Swift/StringProtocol/lowercasedByTable()``):
  /// ASCII bytes are mapped in place, other scalars decoded, looked up and encoded again.
  @usableFromInline
  static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var hasUpperOrNonASCII = false
    for byte in bytes where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
      hasUpperOrNonASCII = true
      break
    }
    if !hasUpperOrNonASCII { return String(decoding: bytes, as: UTF8.self) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        result.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
        index += 1
        continue
      }
      guard let (value, length) = UTF8Scalar.decode(bytes, at: index) else { break }
      if let scalar = Unicode.Scalar(value) {
        appendLowercase(of: scalar, to: &result)
      }
      index += length
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether lowercasing may change the scalar (false only when the table knows it maps to
  /// itself).
  @inlinable
  public static func lowercaseMayChange(_ scalar: Unicode.Scalar) -> Bool {
    singleLowercase(scalar.value) != scalar.value
  }

  /// The lowercase form of a scalar value when the table holds it as one scalar.
  @inlinable
  static func singleLowercase(_ value: UInt32) -> UInt32? {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
    guard value < limit else { return nil }
    let lower = entries[Int(value)].lower
    return lower == 0 ? nil : lower
  }

  /// The number of UTF-8 bytes of a scalar value.
  @inline(__always)
  static func utf8Length(_ value: UInt32) -> Int {
    value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
  }

  /// Writes the UTF-8 encoding of a scalar value at `offset`; the offset past it.
  @inline(__always)
  static func writeUTF8(
    _ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) -> Int {
    var next = offset
    if let scalar = Unicode.Scalar(value) {
      UTF8.encode(scalar) {
        buffer[next] = $0
        next += 1
      }
    }
    return next
  }
}

extension StringProtocol {
  /// The same text as `lowercased()`, built from ``ScalarTable`` instead of the runtime's
  /// per-scalar lookups (ASCII text is lowercased byte by byte).
  @inlinable
  public func lowercasedByTable() -> String {
    if let lowered = utf8.withContiguousStorageIfAvailable(ScalarTable.lowercased) {
      return lowered
    }
    return String(self).lowercasedByTable()
  }

  /// The text with every occurrence of `needle` replaced by `replacement`, comparing UTF-8
  /// bytes (Foundation's `replacingOccurrences` compares with Unicode folding, ten times
  /// slower; on NFC text the two agree).
  public func utf8Replacing(_ needle: String, with replacement: String) -> String {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, var found = firstUTF8Offset(of: pattern, from: 0) else {
      return String(self)
    }
    let source = Array(utf8)
    var result: [UInt8] = []
    result.reserveCapacity(source.count)
    var copied = 0
    while true {
      result.append(contentsOf: source[copied..<found])
      result.append(contentsOf: replacement.utf8)
      copied = found + pattern.count
      guard let next = ByteSearch.firstOffset(of: pattern, in: source, from: copied) else { break }
      found = next
    }
    result.append(contentsOf: source[copied...])
    return String(decoding: result, as: UTF8.self)
  }

}

extension String {
  /// The text of a run of scalars, encoded straight into the string's storage (appending
  /// to a `String.UnicodeScalarView` costs several times more; short runs stay inline).
  public init(scalars: ArraySlice<Unicode.Scalar>) {
    var length = 0
    for scalar in scalars { length += ScalarTable.utf8Length(scalar.value) }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var written = 0
      for scalar in scalars {
        written = ScalarTable.writeUTF8(scalar.value, into: buffer, at: written)
      }
      return written
    }
  }

  /// The text of a run of scalars, lowercased as `lowercased()` would.
  public init(lowercasing scalars: ArraySlice<Unicode.Scalar>) {
    var length = 0
    for scalar in scalars {
      guard let lower = ScalarTable.singleLowercase(scalar.value) else {
        // A scalar whose lowercase form is several scalars: the general path.
        var bytes: [UInt8] = []
        for scalar in scalars { ScalarTable.appendLowercase(of: scalar, to: &bytes) }
        self = String(decoding: bytes, as: UTF8.self)
        return
      }
      length += ScalarTable.utf8Length(lower)
    }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var written = 0
      for scalar in scalars {
        let lower = ScalarTable.singleLowercase(scalar.value) ?? scalar.value
        written = ScalarTable.writeUTF8(lower, into: buffer, at: written)
      }
      return written
    }
  }
}
