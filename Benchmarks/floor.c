/* Benchmarks/floor.c: the C floor of Benchmarks/run's tty part, SkinQuiz's own.
 *
 *   gcc -O2 -o floor_c Benchmarks/floor.c -lncursesw
 *   floor_c wait        # draw, then Up/Down move the highlight, Enter or q ends
 *   floor_c             # draw and end at once
 *
 * The least an ncursesw program does to show a menu like `dialog --menu`'s: initscr, a boxed
 * window with a title, a question and five items (the last, "Sensitive", is the harness's
 * marker), a key loop that repaints the highlight, endwin. Any interactive terminal program in
 * C pays this much; what SkinQuiz costs beyond it is its own.
 */
#include <locale.h>
#include <ncursesw/curses.h>
#include <string.h>

static const char *items[] = {"Oily", "Dry", "Combination", "Normal", "Sensitive"};
enum { N_ITEMS = 5 };

static void draw(WINDOW *w, int selected) {
  for (int i = 0; i < N_ITEMS; i++) {
    if (i == selected) wattron(w, A_REVERSE);
    mvwprintw(w, 3 + i, 4, "%d  %-20s", i + 1, items[i]);
    if (i == selected) wattroff(w, A_REVERSE);
  }
  wrefresh(w);
}

int main(int argc, char **argv) {
  int wait = argc > 1 && strcmp(argv[1], "wait") == 0;
  setlocale(LC_ALL, "");
  initscr();
  cbreak();
  noecho();
  curs_set(0);
  refresh();
  int h = 11, wd = 40;
  WINDOW *w = newwin(h, wd, (LINES - h) / 2, (COLS - wd) / 2);
  keypad(w, TRUE);
  box(w, 0, 0);
  mvwprintw(w, 0, 2, " Skin type ");
  mvwprintw(w, 1, 2, "What is your skin type?");
  int selected = 0;
  draw(w, selected);
  while (wait) {
    int c = wgetch(w);
    if (c == KEY_DOWN) selected = (selected + 1) % N_ITEMS;
    else if (c == KEY_UP) selected = (selected + N_ITEMS - 1) % N_ITEMS;
    else if (c == '\n' || c == '\r' || c == KEY_ENTER || c == 'q') break;
    else continue;
    draw(w, selected);
  }
  delwin(w);
  endwin();
  return 0;
}
