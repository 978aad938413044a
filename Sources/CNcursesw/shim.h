// ncursesw for Swift: the declarations Swift cannot reach on its own.
//
// SwiftPM drops the -D_XOPEN_SOURCE flags pkg-config gives, so the wide-character API (wget_wch,
// cchar_t, mvwaddnwstr) must be switched on here, before curses.h is read.
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

// glibc declares wcwidth only under _XOPEN_SOURCE, which the Glibc module does not set.
extern int wcwidth(wchar_t c);

// Attribute bits are macros built from casts, which do not import.
static inline attr_t skinquiz_a_normal(void) { return A_NORMAL; }
static inline attr_t skinquiz_a_bold(void) { return A_BOLD; }
static inline attr_t skinquiz_a_reverse(void) { return A_REVERSE; }
static inline attr_t skinquiz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t skinquiz_a_dim(void) { return A_DIM; }

// Mouse masks are function-like macros.
static inline mmask_t skinquiz_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t skinquiz_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t skinquiz_button1_clicked(void) { return BUTTON1_CLICKED; }

// `stdscr` imports as a global variable, which Swift 6 rejects as shared mutable state.
static inline WINDOW *skinquiz_stdscr(void) { return stdscr; }

// `stdout` and `stdin` are global variables too; newterm (unlike initscr) returns NULL instead of
// printing and calling exit(1) when the terminal cannot be used.
static inline SCREEN *skinquiz_newterm(const char *type) { return newterm(type, stdout, stdin); }

// Whether the locale's character set is UTF-8 (glibc says "UTF-8", other systems "utf8").
static inline int skinquiz_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

// Whether terminfo knows `term` as a terminal that can move the cursor. Uses the errret form of
// setupterm, so ncurses reports instead of printing and exiting, and puts the previous terminal
// back so the probe leaves no state behind.
static inline int skinquiz_terminal_is_usable(const char *term) {
  int status = 0;
  TERMINAL *saved = cur_term;
  if (setupterm(term, STDOUT_FILENO, &status) != OK) {
    set_curterm(saved);
    return 0;
  }
  const char *move = tigetstr("cup");
  int addressable = move != NULL && move != (char *)-1;
  TERMINAL *probe = cur_term;
  if (probe != saved) {  // setupterm reuses the current terminal when it is the same one
    set_curterm(saved);
    del_curterm(probe);
  }
  return status == 1 && addressable;
}

// Whether the current terminal has an alternate screen (smcup and rmcup): there, leaving curses
// brings back what was on the screen before. Without one (vt100, the Linux console) the last
// screen would stay, under whatever is printed next.
static inline int skinquiz_has_alternate_screen(void) {
  const char *enter = tigetstr("smcup");
  const char *leave = tigetstr("rmcup");
  return enter != NULL && enter != (char *)-1 && *enter != 0 && leave != NULL
         && leave != (char *)-1 && *leave != 0;
}

// Where skinquiz_put_byte writes, set just before tputs (which has no argument to carry it).
static int skinquiz_clear_descriptor = -1;

static inline int skinquiz_put_byte(int byte) {
  unsigned char value = (unsigned char)byte;
  return write(skinquiz_clear_descriptor, &value, 1) == 1 ? byte : EOF;
}

// Clears the screen and homes the cursor with the current terminal's `clear`, padding and all,
// written straight to `descriptor`: after endwin, when curses no longer draws. Only write(2)
// (and a sleep for padding), so a signal handler may call it. Whether there was a `clear`.
static inline int skinquiz_clear_screen(int descriptor) {
  const char *clear = tigetstr("clear");
  if (clear == NULL || clear == (char *)-1 || *clear == 0) return 0;
  skinquiz_clear_descriptor = descriptor;
  return tputs(clear, 1, skinquiz_put_byte) == OK;
}

// Signal actions, for restoring the terminal on every way out (TerminalGuard). POSIX names the
// handler fields `sa_handler` and `sa_sigaction`, but each C library makes them macros over a
// union of its own (glibc `__sigaction_handler`, Darwin `__sigaction_u`), so Swift sees a
// different field on each. Reached through these, one Swift source serves both.
#include <signal.h>

typedef void (*skinquiz_signal_handler)(int);
typedef void (*skinquiz_signal_info_handler)(int, siginfo_t *, void *);

static inline skinquiz_signal_handler skinquiz_action_handler(const struct sigaction *action) {
  return action->sa_handler;
}
static inline void skinquiz_set_action_handler(
    struct sigaction *action, skinquiz_signal_handler handler) {
  action->sa_handler = handler;
}
static inline skinquiz_signal_info_handler skinquiz_action_info_handler(
    const struct sigaction *action) {
  return action->sa_sigaction;
}
static inline void skinquiz_set_action_info_handler(
    struct sigaction *action, skinquiz_signal_info_handler handler) {
  action->sa_sigaction = handler;
}
