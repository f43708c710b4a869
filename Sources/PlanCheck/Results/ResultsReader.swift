import PlanText
import PlanValidate

/// Reads a results file, JSON (`Schemas/results.schema.json`) or CSV, into located rows.
///
/// Rows with bad values are listed as problems and left out; the others are kept. A file that
/// is not text, or JSON that does not parse, is an input error.
public enum ResultsReader {
  /// The CSV header names each field may have: English keys or the Vietnamese headings.
  static let csvColumns: [String: String] = [
    "indicator": "indicator", "id": "indicator", "mã chỉ tiêu": "indicator",
    "text": "text", "chỉ tiêu": "text", "tên chỉ tiêu": "text",
    "value": "value", "giá trị": "value", "kết quả": "value",
    "numerator": "numerator", "tử số": "numerator",
    "denominator": "denominator", "mẫu số": "denominator",
    "unit": "unit", "đơn vị": "unit", "đơn vị tính": "unit",
    "period": "period", "kỳ báo cáo": "period",
    "reportedby": "reportedBy", "reported_by": "reportedBy", "đơn vị báo cáo": "reportedBy",
    "reportedon": "reportedOn", "reported_on": "reportedOn", "ngày báo cáo": "reportedOn",
    "note": "note", "ghi chú": "note",
  ]

  /// Reads `bytes`; JSON when the first character is `{`, CSV otherwise.
  public static func read(_ bytes: [UInt8]) throws(ResultsInputError) -> ResultsDocument {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    if let nul = bytes.firstIndex(of: 0) {
      let location = LineTable(bytes: bytes).location(ofOffset: nul)
      throw ResultsInputError(
        line: location.line, column: location.column, message: "binary file (NUL byte)")
    }
    if String(validating: bytes[start...], as: UTF8.self) == nil {
      throw ResultsInputError(message: "not UTF-8 text")
    }
    let first = bytes[start...].first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
    guard let first else { throw ResultsInputError(message: "empty results file") }
    return first == 0x7B || first == 0x5B ? try readJSON(bytes) : try readCSV(bytes)
  }

  // MARK: CSV

  static func readCSV(_ bytes: [UInt8]) throws(ResultsInputError) -> ResultsDocument {
    let table = CSVTable(bytes: bytes)
    guard let header = table.rows.first else {
      throw ResultsInputError(message: "empty results file")
    }
    var keys: [String?] = []
    for field in header.fields {
      let name = field.text.trimmingBlanks().lowercased()
      keys.append(csvColumns[name])
    }
    guard keys.contains("value") || keys.contains("numerator"),
      keys.contains("indicator") || keys.contains("text")
    else {
      throw ResultsInputError(
        line: header.line, column: 1,
        message:
          "the header row names no indicator and value columns (expected e.g. indicator,value or chỉ tiêu;giá trị)"
      )
    }
    var document = ResultsDocument()
    for (position, row) in table.rows.dropFirst().enumerated() {
      let number = position + 1
      if var problem = row.problem {
        problem.row = number
        document.problems.append(problem)
        continue
      }
      guard row.fields.count == header.fields.count else {
        document.problems.append(
          ResultProblem(
            row: number, line: row.line, column: 1,
            message: "row has \(row.fields.count) fields, the header has \(header.fields.count)"))
        continue
      }
      var result = ReportedResult(row: number, line: row.line, column: 1)
      var failed = false
      for (key, field) in zip(keys, row.fields) {
        guard let key else { continue }
        do throws(ReportedValueError) {
          try assign(field.text, to: key, of: &result)
        } catch {
          document.problems.append(
            ResultProblem(
              row: number, line: field.line, column: field.column, message: error.message))
          failed = true
        }
      }
      if !failed, let problem = missingParts(result) ?? unusableRatio(result) {
        document.problems.append(
          ResultProblem(row: number, line: row.line, column: 1, message: problem))
        failed = true
      }
      if !failed { document.results.append(result) }
    }
    return document
  }

  /// Sets one field of a result from a cell's text.
  private static func assign(_ raw: String, to key: String, of result: inout ReportedResult)
    throws(ReportedValueError)
  {
    let text = raw.trimmingBlanks()
    if text.isEmpty { return }
    switch key {
    case "indicator": result.indicator = text
    case "text": result.text = text
    case "value":
      switch try ReportedValue.parse(text) {
      case .number(let value, let unit)?:
        result.value = value
        if let unit, result.unit == nil { result.unit = unit }
      case .ratio(let numerator, let denominator)?:
        result.numerator = numerator
        result.denominator = denominator
      case nil: break
      }
    case "numerator": result.numerator = try ReportedValue.number(text, raw: raw)
    case "denominator":
      let value = try ReportedValue.number(text, raw: raw)
      guard value > 0 else {
        throw ReportedValueError(message: "'\(raw)': the denominator must be greater than 0")
      }
      result.denominator = value
    case "unit": result.unit = ReportedValue.unit(text)
    case "period": result.period = text
    case "reportedBy": result.reportedBy = text
    case "reportedOn":
      guard let date = ReportedValue.date(text) else {
        throw ReportedValueError(message: "'\(raw)' is not a date (YYYY-MM-DD or DD/MM/YYYY)")
      }
      result.reportedOn = date
    case "note": result.note = text
    default: break
    }
  }

  /// A numerator and denominator whose percentage is not a finite number.
  private static func unusableRatio(_ result: ReportedResult) -> String? {
    guard let comparable = result.comparableValue else { return nil }
    return comparable.value.isFinite ? nil : "the ratio is too large to compare"
  }

  private static func missingParts(_ result: ReportedResult) -> String? {
    if result.indicator == nil && result.text == nil {
      return "the row names no indicator (id or text)"
    }
    if result.value == nil && (result.numerator == nil || result.denominator == nil) {
      return "the row has no value"
    }
    return nil
  }

  // MARK: JSON

  static func readJSON(_ bytes: [UInt8]) throws(ResultsInputError) -> ResultsDocument {
    let table = LineTable(bytes: bytes)
    let root: JSONValue
    let duplicates: [JSONReader.DuplicateKey]
    do {
      let document = try JSONReader.read(bytes)
      root = document.value
      duplicates = document.duplicateKeys
    } catch {
      let location = table.location(ofOffset: error.offset)
      throw ResultsInputError(line: location.line, column: location.column, message: error.message)
    }
    guard let object = root.objectValue, let rows = object["results"]?.arrayValue else {
      throw ResultsInputError(message: "expected an object with a \"results\" array")
    }
    var document = ResultsDocument(
      plan: object["plan"]?.stringValue, period: object["period"]?.stringValue,
      asOf: object["asOf"]?.stringValue)
    // A row with a key given twice is ambiguous: which value was meant?
    var ambiguousRows: [Int: JSONReader.DuplicateKey] = [:]
    for duplicate in duplicates {
      if let position = rows.lastIndex(where: { $0.offset <= duplicate.offset }) {
        ambiguousRows[position] = ambiguousRows[position] ?? duplicate
      }
    }
    for (position, element) in rows.enumerated() {
      let number = position + 1
      let location = table.location(ofOffset: element.offset)
      if let duplicate = ambiguousRows[position] {
        let at = table.location(ofOffset: duplicate.offset)
        document.problems.append(
          ResultProblem(
            row: number, line: at.line, column: at.column,
            message: "\"\(duplicate.key)\" is given twice in one result"))
        continue
      }
      guard let fields = element.objectValue else {
        document.problems.append(
          ResultProblem(
            row: number, line: location.line, column: location.column,
            message: "a result must be an object"))
        continue
      }
      var result = ReportedResult(row: number, line: location.line, column: location.column)
      var failed = false
      for member in fields.members {
        let problem = assign(member.value, key: member.key, to: &result)
        if let problem {
          let at = table.location(ofOffset: member.value.offset)
          document.problems.append(
            ResultProblem(row: number, line: at.line, column: at.column, message: problem))
          failed = true
        }
      }
      if !failed, let problem = missingParts(result) ?? unusableRatio(result) {
        document.problems.append(
          ResultProblem(row: number, line: location.line, column: location.column, message: problem)
        )
        failed = true
      }
      if !failed { document.results.append(result) }
    }
    return document
  }

  /// Sets one field from a JSON value; returns a problem message when the value is unusable.
  private static func assign(_ value: JSONValue, key: String, to result: inout ReportedResult)
    -> String?
  {
    if value.isNull { return nil }
    switch key {
    case "value", "numerator", "denominator":
      guard let number = value.numberValue else {
        if let text = value.stringValue {
          do throws(ReportedValueError) {
            try assign(text, to: key, of: &result)
            return nil
          } catch {
            return error.message
          }
        }
        return "\(key) must be a number"
      }
      let double = number.doubleValue
      guard double.isFinite else { return "\(key) \(number.literal) is out of range" }
      guard double >= 0 else {
        return "\(key) \(number.literal) is negative; a reported value cannot be"
      }
      if key == "denominator" && double == 0 { return "the denominator must be greater than 0" }
      switch key {
      case "value": result.value = double
      case "numerator": result.numerator = double
      default: result.denominator = double
      }
      return nil
    case "indicator", "text", "unit", "period", "reportedBy", "reportedOn", "note":
      guard let text = value.stringValue else { return "\(key) must be a string" }
      if key == "unit" {
        result.unit = ReportedValue.unit(text)
        return nil
      }
      do throws(ReportedValueError) {
        try assign(text, to: key, of: &result)
        return nil
      } catch {
        return error.message
      }
    default:
      return "unknown field \"\(key)\""
    }
  }
}
