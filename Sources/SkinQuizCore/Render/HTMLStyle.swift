/// The HTML report's look: its colours, its one style sheet (for screens and for paper) and the
/// Content-Security-Policy that lets the page load nothing but that style sheet.
enum HTMLStyle {
  /// A colour as `#rrggbb`.
  typealias Color = String

  /// The colours of a verdict's tone: the box's tinted background, its edge, and the text of a
  /// label in that tone (on the tint and on white).
  struct ToneColors {
    var tint: Color
    var edge: Color
    var text: Color
  }

  /// Text and links on the page.
  static let ink: Color = "#1b1b1b"
  /// Secondary text: the date, why a finding appears, its sources.
  static let muted: Color = "#4d5156"
  /// Links.
  static let link: Color = "#0b57d0"
  /// Rules under headings and lines to write on.
  static let rule: Color = "#8a8f94"
  /// The page.
  static let paper: Color = "#ffffff"

  /// The colours of each tone.
  ///
  /// Colour is never the only sign: every label says its word.
  static func colors(_ tone: VerdictTone) -> ToneColors {
    switch tone {
    case .severe: return ToneColors(tint: "#fce8e6", edge: "#b3261e", text: "#8c1d18")
    case .warning: return ToneColors(tint: "#fff3d6", edge: "#a36b00", text: "#6b4500")
    case .notice: return ToneColors(tint: "#f7e7f7", edge: "#9c27b0", text: "#6f1f7a")
    case .good: return ToneColors(tint: "#e6f4ea", edge: "#1e7b34", text: "#145a27")
    case .neutral: return ToneColors(tint: "#f1f3f4", edge: "#5f6368", text: "#3c4043")
    }
  }

  /// Every pair of text and background colours the page uses, to check each for contrast.
  static var textPairs: [(what: String, text: Color, background: Color)] {
    var pairs = [
      ("text", ink, paper), ("secondary text", muted, paper), ("links", link, paper),
    ]
    for tone in VerdictTone.allCases {
      let colors = colors(tone)
      pairs += [
        ("\(tone) verdict text", ink, colors.tint),
        ("\(tone) label on its tint", colors.text, colors.tint),
        ("\(tone) label on the page", colors.text, paper),
      ]
    }
    return pairs
  }

  /// The style sheet, inline in the page's head.
  static let sheet: String = {
    var css = """
      html{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
      color:\(ink);background:\(paper)}
      body{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
      h1{font-size:1.6rem;line-height:1.25;margin:0 0 .25rem}
      h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .5rem;padding-bottom:.2rem;\
      border-bottom:1px solid \(rule)}
      h3{font-size:1.05rem;line-height:1.3;margin:1.25rem 0 .25rem}
      p{margin:.4rem 0}
      a{color:\(link)}
      ul,ol{padding-left:1.5rem}
      .made,.why,.cites{color:\(muted)}
      .why,.cites{font-size:.92rem}
      .box{border-left:.45rem solid;padding:.5rem 1rem;margin:.5rem 0 1rem;\
      -webkit-print-color-adjust:exact}
      .box .title{font-size:1.25rem;font-weight:700;margin:0}
      .label{display:inline-block;font-size:.85rem;font-weight:600;line-height:1.3;\
      padding:0 .4rem;border:1px solid;border-radius:.25rem;white-space:nowrap}
      .finding,.asks li,.sources li,.answers div{break-inside:avoid}
      .sources li{margin:.35rem 0;overflow-wrap:anywhere}
      .asks li{margin:0 0 1rem}
      .line{height:1.9rem;border-bottom:1px solid \(rule)}
      .answers dt{font-weight:600;margin-top:.5rem}
      .answers dd{margin:0 0 0 1.5rem}

      """
    for tone in VerdictTone.allCases {
      let colors = colors(tone)
      css += ".box.\(tone){background:\(colors.tint);border-color:\(colors.edge)}\n"
      css += ".label.\(tone){color:\(colors.text);border-color:\(colors.edge)}\n"
    }
    // On paper: the printer's page size (A4 or Letter), margins that fit both, no link colour,
    // and headings kept with what follows them.
    css += """
      @page{margin:16mm 15mm}
      @media print{html{font-size:11pt}body{max-width:none;padding:0}\
      a{color:inherit}h2,h3{break-after:avoid}h2{margin-top:1.4rem}}

      """
    return css
  }()

  /// The base64 SHA-256 of ``sheet``, which the policy names.
  ///
  /// A style sheet changed by anyone else would not apply. A test recomputes it, so it cannot
  /// fall out of step.
  static let sheetHash = "sha256-3xCe46ONm63spLcmjuIW73DUq3qiLLX34Ms2SwCXhqw="

  /// The policy: nothing may load or run, except the style sheet above.
  static var contentSecurityPolicy: String {
    "default-src 'none'; style-src '\(sheetHash)'; base-uri 'none'; form-action 'none'"
  }
}
