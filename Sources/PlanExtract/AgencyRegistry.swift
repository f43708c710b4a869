import Foundation
import PlanModel
import PlanText

/// The agencies of one plan, one per real body: names are made canonical (abbreviations
/// written out, `Ủy ban nhân dân huyện, thị xã, thành phố` -> `… các huyện, …`, a bare
/// `… thành phố` completed with the issuing city's name) and other spellings become aliases.
struct AgencyRegistry {
  private(set) var agencies: [Agency] = [] {
    didSet { revision += 1 }
  }
  /// Changes with every change to `agencies`, so derived tables know when to rebuild.
  private(set) var revision = 0
  /// The position in `agencies` of each id.
  private var positionOfID: [String: Int] = [:]
  /// For each loose key (of an agency's id or of an alias's canonical id), the first agency
  /// in `agencies` holding it: kept up to date as agencies and aliases come, so that a name
  /// is compared with every known spelling by one lookup.
  private var looseOwner: [String: Int] = [:]
  let issuerLevel: AgencyLevel
  /// The issuing city (`Hải Phòng`) when the issuer is a `thành phố`.
  let city: String?

  init(issuer: String?) {
    let lower = issuer?.lowercasedByTable() ?? ""
    if lower.utf8Contains("huyện") || lower.utf8Contains("quận") {
      issuerLevel = .district
    } else if lower.utf8Contains(" xã") || lower.utf8Contains("phường") {
      issuerLevel = .commune
    } else {
      issuerLevel = .province
    }
    if let issuer, let range = issuer.utf8Range(of: "thành phố ") {
      let name = issuer[range.upperBound...].trimmingBlanks()
      city = name.isEmpty ? nil : name
    } else {
      city = nil
    }
  }

  /// The canonical spelling of a body's name as written.
  func canonical(_ written: String) -> String {
    var name = AgencyNames.expand(written).trimmingScalars(in: " *:;,.")
    name = AgencyNames.repairingUnits(name.split(separator: " ").joined(separator: " "))
    let council = "Ủy ban nhân dân "
    if name.utf8HasPrefix(council) {
      let rest = name.dropFirst(council.count)
      if AgencyNames.units.contains(where: { rest.utf8HasPrefix($0) }) && rest.utf8Contains(", ") {
        name = council + "các " + rest
      }
    }
    if let city, name.utf8HasSuffix(" thành phố"), !name.lowercasedByTable().utf8Contains("các ") {
      name += " " + city
    }
    if let first = name.first, first.isLowercase {
      name = first.uppercased() + name.dropFirst()
    }
    return name
  }

  /// A department collective (`các sở, ban, ngành`, `các cơ quan, đơn vị liên quan`).
  static func isDepartmentCollective(_ name: String) -> Bool {
    let lower = name.lowercasedByTable()
    guard lower.utf8HasPrefix("các ") else { return false }
    let rest = lower.dropFirst(4)
    return ["sở", "cơ quan", "ban,", "ngành", "đơn vị"].contains { rest.utf8HasPrefix($0) }
  }

  /// A slug without trailing level or `liên quan` words, for matching other spellings.
  private func loose(_ slug: String) -> String {
    var result = slug
    var suffixes = ["-huyen", "-tinh", "-thanh-pho", "-lien-quan"]
    if let city { suffixes.append("-thanh-pho-" + AgencyExtractor.slug(city)) }
    var changed = true
    while changed {
      changed = false
      for suffix in suffixes where result.utf8HasSuffix(suffix) && result.count > suffix.count {
        result = String(result.dropLast(suffix.count))
        changed = true
      }
    }
    return result
  }

  /// The id of a known agency named `written`, if any.
  func resolve(_ written: String) -> String? {
    let name = canonical(written)
    return resolve(name: name, id: AgencyExtractor.slug(name))
  }

  /// The id of a known agency with the canonical `name` (whose slug is `id`), if any.
  private func resolve(name: String, id: String) -> String? {
    if positionOfID[id] != nil { return id }
    if let owner = looseOwner[loose(id)] { return agencies[owner].id }
    // OCR damage: a long name one or two letters away from a known one.
    if id.count >= 20,
      let close = agencies.first(where: {
        AgencyNames.editDistance(id, $0.id, limit: 2) <= 2
      })
    {
      return close.id
    }
    if Self.isDepartmentCollective(name),
      let first = agencies.first(where: { Self.isDepartmentCollective($0.name) })
    {
      return first.id
    }
    return nil
  }

  /// Registers a body (or a new spelling of a known one) and returns its id.
  mutating func register(_ written: String) -> String {
    let trimmed = written.trimmingScalars(in: " *:;,.")
    let name = canonical(trimmed)
    let id = AgencyExtractor.slug(name)
    if let known = resolve(name: name, id: id) {
      addAlias(trimmed, to: known)
      return known
    }
    agencies.append(
      Agency(
        id: id, name: name, aliases: [],
        level: AgencyNames.level(of: name, issuerLevel: issuerLevel)))
    positionOfID[id] = agencies.count - 1
    own(loose(id), by: agencies.count - 1)
    addAlias(trimmed, to: id)
    return id
  }

  private mutating func addAlias(_ written: String, to id: String) {
    guard let index = positionOfID[id] else { return }
    let agency = agencies[index]
    if written != agency.name && !agency.aliases.contains(written)
      && AgencyExtractor.slug(written) != id
    {
      agencies[index].aliases.append(written)
      own(loose(AgencyExtractor.slug(canonical(written))), by: index)
    }
  }

  /// Records that the agency at `index` holds `key`, unless an earlier one does.
  private mutating func own(_ key: String, by index: Int) {
    if let owner = looseOwner[key], owner <= index { return }
    looseOwner[key] = index
  }

  /// Every spelling of the known agencies, longest first, with their ids.
  var spellings: [(text: String, id: String)] {
    agencies.flatMap { agency in
      ([agency.name] + agency.aliases).map { (AgencyNames.expand($0), agency.id) }
    }
    .map { (spelling: $0, length: $0.0.count) }
    .sorted { $0.length > $1.length }
    .map(\.spelling)
  }
}
