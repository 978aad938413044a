# Turns the manual page that swift-argument-parser's generate-manual plugin writes for skinquiz
# into skinquiz(1): the headed lists of the command's help ("Examples:", "Environment:",
# "Files:", "Exit codes:"; see Sources/skinquiz/HelpSection.swift for their layout) become
# sections of their own, the real exit codes replace the generic EXIT STATUS, and blank lines
# become paragraph breaks, so that `man --warnings` has nothing to say. Three slips of the
# generator are mended: the synopsis made the subcommand compulsory, ArgumentParser's own
# `help` subcommand was listed with a stray list of its arguments, and NAME's description ended
# in a full stop.
#
#   PREFIX=/usr/local awk -f scripts/man-sections.awk generated.1 > skinquiz.1
#
# PREFIX (from the environment, where awk leaves backslashes alone) replaces "<prefix>" in the
# text. Anything in the help that this script does not understand stops it with the line,
# rather than producing a wrong page.

function fail(message) {
  printf "man-sections.awk: %s:%d: %s: '%s'\n", FILENAME, FNR, message, $0 > "/dev/stderr"
  failed = 1
  exit 1
}

# `s` with every "<prefix>" replaced by PREFIX, taken literally (gsub would read & in it).
function with_prefix(s,    at, out) {
  out = ""
  while ((at = index(s, "<prefix>")) > 0) {
    out = out substr(s, 1, at - 1) ENVIRON["PREFIX"]
    s = substr(s, at + length("<prefix>"))
  }
  return out s
}

# Text on a text line of the page: backslashes escaped, and a leading dot or apostrophe kept
# from being read as a request.
function text(s) {
  s = with_prefix(s)
  gsub(/\\/, "\\e", s)
  if (s ~ /^[.']/) s = "\\&" s
  return s
}

# An argument of a macro line, quoted, with its double quotes escaped.
function argument(s) {
  s = with_prefix(s)
  gsub(/\\/, "\\e", s)
  gsub(/"/, "\\(dq", s)
  return "\"" s "\""
}

# Prints a line of the page, the way mandoc -T lint likes it: a paragraph break only where one
# is made (not twice, nor before a list or a section), and each sentence of a text line on a
# line of its own, so that sentences get their spacing (not inside literal blocks).
function emit(line) {
  if (line == ".Pp") { held_paragraph = 1; return }
  if (held_paragraph && line !~ /^\.(Bl|Sh|Ss|Pp)( |$)/) print ".Pp"
  held_paragraph = 0
  if (line ~ /^\.Bd -literal/) literal = 1
  if (line ~ /^\.Ed/) literal = 0
  if (line !~ /^[.']/ && !literal) {
    while (match(line, /[a-z0-9)][.?!] [A-Z]/)) {
      print substr(line, 1, RSTART + 1)
      line = substr(line, RSTART + 3)
    }
  }
  print line
}

# The lists whose terms stand on lines of their own (HelpSection's `stacked` layout): a command
# or a path, which may hold two spaces in a row, is never split into a term and a text.
function is_stacked(name) {
  return name == "EXAMPLES" || name == "FILES"
}

function section_of(heading) {
  if (heading == "Examples") return "EXAMPLES"
  if (heading == "Environment") return "ENVIRONMENT"
  if (heading == "Files") return "FILES"
  if (heading == "Exit codes") return "EXIT STATUS"
  fail("a heading with no manual section")
}

# Prints the collected entries of a section in the form mdoc gives it.
function print_section(name,    i) {
  if (!(name in count)) fail("the help has no list for section " name)
  emit(".Sh " argument(name))
  if (name == "EXAMPLES") {
    for (i = 1; i <= count[name]; i++) {
      if (i > 1) emit(".Pp")
      emit(text(body[name, i]))
      emit(".Bd -literal -offset indent")
      emit(text(term[name, i]))
      emit(".Ed")
    }
    return
  }
  emit(".Bl -tag -width Ds")
  for (i = 1; i <= count[name]; i++) {
    if (name == "ENVIRONMENT") emit(".It Ev " argument(term[name, i]))
    else if (name == "FILES") emit(".It Pa " argument(term[name, i]))
    else emit(".It " argument(term[name, i]))
    emit(text(body[name, i]))
  }
  emit(".El")
}

BEGIN { state = "before" }

# The help's text: from DESCRIPTION to the first macro line (the list of options).
state == "before" && /^\.Sh DESCRIPTION$/ { state = "discussion"; emit($0); next }
state == "discussion" && /^\./ { state = "options" }
state == "discussion" {
  # A paragraph break only between paragraphs, not before the list or after a heading.
  if ($0 == "") { section = ""; paragraph = 1; next }
  if ($0 ~ /^[A-Z][A-Za-z ]*:$/) {
    section = section_of(substr($0, 1, length($0) - 1))
    count[section] = 0
    next
  }
  if (section == "") {
    if (paragraph && printed) emit(".Pp")
    paragraph = 0
    printed = 1
    emit(text($0))
    next
  }
  if ($0 ~ /^  [^ ]/) {
    n = ++count[section]
    line = substr($0, 3)
    if (!is_stacked(section) && match(line, /   */)) {
      term[section, n] = substr(line, 1, RSTART - 1)
      body[section, n] = substr(line, RSTART + RLENGTH)
    } else {
      term[section, n] = line
      body[section, n] = ""
    }
    next
  }
  if ($0 ~ /^   +[^ ]/ && count[section] > 0) {
    sub(/^ +/, "")
    n = count[section]
    body[section, n] = body[section, n] == "" ? $0 : body[section, n] " " $0
    next
  }
  fail("a line of the help's " section " that is neither an entry nor its text")
}

state == "before" && /^\.Ar subcommand$/ { emit(".Op Ar subcommand"); next }

# mdoc(7): the one-line description in NAME ends without a full stop.
state == "before" && /^\.Nd / { sub(/\."$/, "\"") }

# ArgumentParser's `help` subcommand: its item and the list nested in it.
state == "options" && /^\.It Em help$/ { skipping_help = 1; depth = 0; next }
skipping_help && /^\.Bl / { depth++; next }
skipping_help && /^\.El$/ && depth > 0 { depth--; next }
skipping_help && /^\.(El|It Em )/ { skipping_help = 0 }
skipping_help { next }

# The generic EXIT STATUS ("exits 0 on success, and >0 if an error occurs") gives way to the
# help's own sections, in the order of mdoc(7).
/^\.Sh "EXIT STATUS"$/ {
  if (state != "options") fail("no DESCRIPTION before EXIT STATUS")
  print_section("ENVIRONMENT")
  print_section("FILES")
  print_section("EXIT STATUS")
  print_section("EXAMPLES")
  state = "skipping"
  next
}
state == "skipping" && /^\.Sh / { state = "after" }
state == "skipping" { next }

{ emit($0) }

END {
  if (failed) exit 1
  if (state != "after" && state != "skipping") {
    printf "man-sections.awk: %s: not a page from generate-manual (no DESCRIPTION and EXIT STATUS)\n", FILENAME > "/dev/stderr"
    exit 1
  }
}
