/// RFC 4180 CSV as spreadsheets export it: comma or semicolon (guessed from the header row),
/// quoted fields holding delimiters, quotes (`""`) and line breaks, CRLF or LF, optional BOM.
/// Every field keeps its line and column.
public struct CSVTable: Sendable {
  public struct Field: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var column: Int
  }

  public struct Row: Sendable {
    public var fields: [Field]
    public var line: Int
    /// A problem that makes the row unusable (a stray or unclosed quote).
    public var problem: ResultProblem?
  }

  public var delimiter: UInt8
  public var rows: [Row]

  /// Reads the table; never fails (a problem stays with its row).
  public init(bytes: [UInt8]) {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    delimiter = Self.guessDelimiter(bytes, from: start)
    rows = Self.read(bytes, from: start, delimiter: delimiter)
  }

  /// Comma unless the first line has more semicolons than commas outside quotes.
  private static func guessDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
    var commas = 0
    var semicolons = 0
    var quoted = false
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x22 {
        quoted.toggle()
      } else if !quoted {
        if byte == 0x0A || byte == 0x0D { break }
        if byte == 0x2C { commas += 1 }
        if byte == 0x3B { semicolons += 1 }
      }
      index += 1
    }
    return semicolons > commas ? 0x3B : 0x2C
  }

  private static func read(_ bytes: [UInt8], from start: Int, delimiter: UInt8) -> [Row] {
    var rows: [Row] = []
    var fields: [Field] = []
    var field: [UInt8] = []
    var line = 1
    var lineStart = start
    var fieldLine = 1
    var fieldColumn = 1
    var rowLine = 1
    var problem: ResultProblem?
    var quoted = false
    var quoteOpen: (line: Int, column: Int)?
    var index = start
    var atFieldStart = true

    // Columns are asked for in increasing offsets within a line: count on from the last one.
    var countedOffset = start
    var countedColumn = 1
    func column(of offset: Int) -> Int {
      if countedOffset < lineStart || countedOffset > offset {
        countedOffset = lineStart
        countedColumn = 1
      }
      while countedOffset < offset {
        if bytes[countedOffset] & 0xC0 != 0x80 { countedColumn += 1 }
        countedOffset += 1
      }
      return countedColumn
    }
    func finishField() {
      fields.append(
        Field(
          text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
      field.removeAll(keepingCapacity: true)
    }
    func finishRow() {
      finishField()
      // Spreadsheets export empty rows as `,,,,`: blank too.
      let blank = fields.allSatisfy { $0.text.allSatisfy { $0 == " " || $0 == "\t" } }
      if !blank || problem != nil {
        rows.append(Row(fields: fields, line: rowLine, problem: problem))
      }
      fields.removeAll(keepingCapacity: true)
      problem = nil
    }

    while index < bytes.count {
      let byte = bytes[index]
      if atFieldStart {
        fieldLine = line
        fieldColumn = column(of: index)
        if fields.isEmpty { rowLine = line }
        atFieldStart = false
        if byte == 0x22 {
          quoted = true
          quoteOpen = (line, fieldColumn)
          index += 1
          continue
        }
      }
      if quoted {
        if byte == 0x22 {
          if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
            field.append(0x22)
            index += 2
            continue
          }
          quoted = false
          quoteOpen = nil
          index += 1
          continue
        }
        if byte == 0x0A || (byte == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A))
        {
          field.append(byte)
          line += 1
          lineStart = index + 1
          index += 1
          continue
        }
        field.append(byte)
        index += 1
        continue
      }
      switch byte {
      case delimiter:
        finishField()
        atFieldStart = true
      case 0x0D, 0x0A:
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        finishRow()
        line += 1
        lineStart = index + 1
        atFieldStart = true
      case 0x22:
        if problem == nil {
          problem = ResultProblem(
            row: nil, line: line, column: column(of: index),
            message: "a quote inside an unquoted field")
        }
        field.append(byte)
      default:
        field.append(byte)
      }
      index += 1
    }
    if let quoteOpen {
      problem = ResultProblem(
        row: nil, line: quoteOpen.line, column: quoteOpen.column,
        message: "a quoted field is not closed before the end of the file")
    }
    if !atFieldStart || !fields.isEmpty || !field.isEmpty || quoteOpen != nil {
      finishRow()
    }
    return rows
  }
}
