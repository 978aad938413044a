import Testing

/// The suites that use ncurses' global state (the current terminal and screen), run one test
/// at a time: a probe of a terminal type swaps the current terminal, which must not happen
/// under a test drawing on a screen.
@Suite(.serialized) enum CursesGlobalState {}
