// ncursesw for the Swift floors: the declarations Swift cannot reach on its own, the same way
// as the main package's Sources/CNcursesw/shim.h, cut to what floor.c's menu calls.
//
// SwiftPM drops the -D_XOPEN_SOURCE flags pkg-config gives, so the wide-character API is switched
// on here, before curses.h is read, as in the main package.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

// Attribute bits are macros built from casts, which do not import.
static inline int floor_a_reverse(void) { return (int)A_REVERSE; }

// `LINES` and `COLS` import as global variables, which Swift 6 rejects as shared mutable state.
static inline int floor_lines(void) { return LINES; }
static inline int floor_cols(void) { return COLS; }
