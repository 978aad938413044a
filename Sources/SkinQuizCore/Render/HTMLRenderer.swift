/// Renders a result as one self-contained HTML page to print and bring to an appointment.
///
/// The page loads nothing and runs nothing: its only style sheet is inline, and a
/// Content-Security-Policy says so. It gives the short block first, then the verdict and the
/// findings with their sources as links, the sources, the questions to ask with room to write,
/// the answers and the disclaimer. Every text from the pack is escaped.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The page.
  public func render(_ result: QuizResult) -> String {
    let pack = result.pack
    var html = """
      <!DOCTYPE html>
      <html lang="\(HTMLText.attribute(pack.language))">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(HTMLStyle.contentSecurityPolicy)">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="color-scheme" content="light">
      <meta name="referrer" content="no-referrer">
      <title>\(HTMLText.escape(pack.title)): your summary</title>
      <style>\(HTMLStyle.sheet)</style>
      </head>
      <body>
      <header>
      <h1>\(HTMLText.escape(pack.title))</h1>
      <p class="made">Your personal summary, made \(HTMLText.escape(result.madeOn)). \
      Educational, not a diagnosis.</p>
      </header>
      <main>

      """
    html += shortBlock(result)
    html += details(result)
    html += sources(result)
    html += questions(result)
    html += answers(result)
    html += """
      <section aria-labelledby="please-read">
      <h2 id="please-read">Please read</h2>
      <p>\(HTMLText.escape(pack.intro.disclaimer))</p>
      </section>
      </main>
      </body>
      </html>

      """
    return html
  }

  /// "In short": the verdict in a box of its tone, what needs attention, what it may help with,
  /// how many questions to ask, the next step.
  private func shortBlock(_ result: QuizResult) -> String {
    let content = ShortSummary.Content(result)
    let tone = result.pack.tone(ofVerdict: result.verdict.id)
    var html = """
      <section aria-labelledby="in-short">
      <h2 id="in-short">In short</h2>
      <div class="box \(tone)">
      <p class="title">\(HTMLText.escape(content.verdict))</p>

      """
    if let next = content.nextStep {
      html += "<p><strong>Next step:</strong> \(HTMLText.escape(next))</p>\n"
    }
    html += "</div>\n"
    let attention = result.findings(.contraindication, .caution)
    if !attention.isEmpty {
      html += "<p><strong>Needs attention:</strong></p>\n<ul>\n"
      for fired in attention {
        html += "<li>\(HTMLText.escape(fired.finding.title)) \(label(of: fired, in: result))</li>\n"
      }
      html += "</ul>\n"
    }
    if !content.benefits.isEmpty {
      html +=
        "<p><strong>\(HTMLText.escape(content.benefitsHeading)):</strong> "
        + content.benefits.map(HTMLText.escape).joined(separator: "; ") + "</p>\n"
    }
    if !content.asks.isEmpty {
      html += "<p><strong>Questions to ask:</strong></p>\n<ul>\n"
      html += content.asks.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined()
      html +=
        "</ul>\n<p>Each has room for your notes <a href=\"#questions\">further down</a>.</p>\n"
    }
    return html + "</section>\n"
  }

  /// The verdict in full, then each section's findings with why they appear and their sources.
  private func details(_ result: QuizResult) -> String {
    var html = """
      <section aria-labelledby="verdict">
      <h2 id="verdict">Verdict</h2>
      <p><strong>\(HTMLText.escape(result.verdict.title))</strong></p>
      <p>\(HTMLText.escape(result.verdict.text))</p>
      </section>

      """
    for (number, section) in result.sections.enumerated() {
      let heading = "section-\(number + 1)"
      html += """
        <section aria-labelledby="\(heading)">
        <h2 id="\(heading)">\(HTMLText.escape(section.title))</h2>

        """
      let shared = section.sharedBecause
      if let shared {
        html += "<p class=\"why\">Why these appear: \(because(shared))</p>\n"
      }
      for fired in section.findings {
        html += "<article class=\"finding\">\n<h3>\(HTMLText.escape(fired.finding.title))"
        if section.showsKinds { html += " " + label(of: fired, in: result) }
        html += "</h3>\n<p>\(HTMLText.escape(fired.finding.text))</p>\n"
        if let ask = fired.finding.ask {
          html += "<p><strong>Ask:</strong> \(HTMLText.escape(ask))</p>\n"
        }
        if shared == nil {
          html += "<p class=\"why\">Why this appears: \(because(fired.because))</p>\n"
        }
        if !fired.sources.isEmpty {
          let links = fired.sources.map {
            "<a href=\"#\(HTMLText.fragment("source-", $0.id))\">\(HTMLText.escape($0.id))</a> "
              + "(\(HTMLText.escape($0.kind.label)))"
          }
          html += "<p class=\"cites\">Sources: \(links.joined(separator: ", "))</p>\n"
        }
        html += "</article>\n"
      }
      html += "</section>\n"
    }
    return html
  }

  /// The sources the findings cite, each with its kind and a link when it has one.
  private func sources(_ result: QuizResult) -> String {
    let sources = result.citedSources
    guard !sources.isEmpty else { return "" }
    var html = """
      <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <ul class="sources">

      """
    for source in sources {
      html +=
        "<li id=\"\(HTMLText.fragment("source-", source.id))\"><strong>"
        + "\(HTMLText.escape(source.id))</strong> (\(HTMLText.escape(source.kind.label))) "
        + HTMLText.escape(source.reference)
      // Only a web address becomes a link: a pack is data, and `javascript:` is not a source.
      if let url = source.url {
        if ReferenceSyntax.urlProblem(url) == nil {
          html += " <a href=\"\(HTMLText.attribute(url))\">\(HTMLText.escape(url))</a>"
        } else {
          html += " " + HTMLText.escape(url)
        }
      }
      html += "</li>\n"
    }
    return html + "</ul>\n</section>\n"
  }

  /// The questions to ask, each with lines to write the answer on, and lines for other notes.
  private func questions(_ result: QuizResult) -> String {
    let lines = String(repeating: "<div class=\"line\"></div>\n", count: 3)
    var html = """
      <section aria-labelledby="questions">
      <h2 id="questions">Questions to ask</h2>

      """
    let asks = result.questionsToAsk
    if asks.isEmpty {
      html += "<p>None of your answers raised a question to ask.</p>\n"
    } else {
      html += "<ol class=\"asks\">\n"
      for ask in asks {
        html += "<li>\n<p>\(HTMLText.escape(ask))</p>\n\(lines)</li>\n"
      }
      html += "</ol>\n"
    }
    html += "<h3>Other questions and notes</h3>\n" + lines
    return html + "</section>\n"
  }

  /// The answers given, question by question.
  private func answers(_ result: QuizResult) -> String {
    var html = """
      <section aria-labelledby="answers">
      <h2 id="answers">Your answers</h2>
      <dl class="answers">

      """
    for (question, options) in result.answeredQuestions {
      html +=
        "<div><dt>\(HTMLText.escape(question.text))</dt>"
        + "<dd>\(options.map { HTMLText.escape($0.label) }.joined(separator: "; "))</dd></div>\n"
    }
    return html + "</dl>\n</section>\n"
  }

  /// A finding's label in the tone of the verdict it leads to (neutral for any other).
  private func label(of fired: QuizResult.FiredFinding, in result: QuizResult) -> String {
    let tone = fired.finding.floor.map { result.pack.tone(ofVerdict: $0) } ?? .neutral
    return
      "<span class=\"label \(tone)\">\(HTMLText.escape(result.label(of: fired.finding)))</span>"
  }

  private func because(_ reasons: [String]) -> String {
    reasons.map(HTMLText.escape).joined(separator: "; ")
  }
}
