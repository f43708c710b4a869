/// A way Vietnamese text arrives garbled although it is valid Unicode: a legacy font
/// encoding or UTF-8, read as Windows-1252 and saved again.
package enum LegacyEncoding: String, Sendable, CaseIterable {
  /// TCVN3 (TCVN 5712:1993 VN3, ABC, `.VnTime` fonts): `KÕ ho¹ch` for `Kế hoạch`.
  case tcvn3
  /// VNI-Windows (VNI fonts): `Keá hoaïch` for `Kế hoạch`.
  case vni
  /// UTF-8 read as Windows-1252 or Latin-1: `Káº¿ hoáº¡ch` for `Kế hoạch`.
  case mojibakeUTF8 = "mojibake-utf8"
}
