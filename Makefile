# Installs SkinQuiz like any Unix tool:
#
#   make install PREFIX="$HOME/.local"    build and install (PREFIX defaults to /usr/local)
#   make && sudo make install             build as yourself, install as root
#   make uninstall PREFIX="$HOME/.local"  remove exactly what install put there
#   make installcheck PREFIX=...          try the installed program from another folder (CI does)
#
# DESTDIR stages an install for a package (the files go to $(DESTDIR)$(PREFIX), and the man page
# names $(PREFIX)). What is installed:
#
#   bin/skinquiz                                    the program, its pack built in
#   share/man/man1/skinquiz.1                       its manual
#   share/bash-completion/completions/skinquiz      completions for bash,
#   share/zsh/site-functions/_skinquiz              zsh
#   share/fish/vendor_completions.d/skinquiz.fish   and fish
#   share/skinquiz/microneedling/                   the built-in pack, to start a pack from

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

ifeq ($(filter /%,$(PREFIX)),)
$(error PREFIX must be an absolute path, not '$(PREFIX)' (a ~ is not expanded here: use $$HOME))
endif

# The release build as it ships, shared with Benchmarks/run: on Linux the Swift runtime and
# Foundation are linked in (--static-swift-stdlib), so the binary runs where no Swift is
# installed. macOS has the runtime built in and cannot link it statically.
static := $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib)
build := .build-release
binary := $(build)/release/skinquiz
# skinquiz(1) for this PREFIX, on standard output: the program writes it from the same
# description of its command line as its help (Sources/CommandLineKit/ManualPage.swift), dated
# by the last commit so that the same sources make the same page.
man_page = SOURCE_DATE_EPOCH=$(date) $(binary) --generate-manual '$(PREFIX)'
completions := $(build)/completions
# Everything the program and its help are made of: when none of it changed since the last
# build, install builds nothing, so `sudo make install` leaves no root-owned build files.
sources := Package.swift $(shell find Sources Plugins Data -type f)

# The manual's date: the last commit's, in seconds since 1970.
date := $(shell git log -1 --format=%ct 2>/dev/null || date +%s)

bindir := $(PREFIX)/bin
mandir := $(PREFIX)/share/man/man1
bashdir := $(PREFIX)/share/bash-completion/completions
zshdir := $(PREFIX)/share/zsh/site-functions
fishdir := $(PREFIX)/share/fish/vendor_completions.d
packdir := $(PREFIX)/share/skinquiz/microneedling

.PHONY: all man install uninstall installcheck clean

all: $(binary) $(completions)/skinquiz.bash

$(binary): $(sources)
	$(SWIFT) build -c release $(static) --scratch-path $(build) --product skinquiz
	touch $@

$(completions)/skinquiz.bash: $(binary)
	mkdir -p $(completions)
	$(binary) --generate-completion-script bash > $(completions)/skinquiz.bash
	$(binary) --generate-completion-script zsh > $(completions)/_skinquiz
	$(binary) --generate-completion-script fish > $(completions)/skinquiz.fish

# The page for this PREFIX, to read before installing: man -l .build-release/skinquiz.1
man: $(binary)
	$(man_page) > $(build)/skinquiz.1

# The pack's folder is replaced whole, so that no file of an older pack stays behind. The
# binary is stripped of its symbol tables and debug information (28 MB to 15.8 MB); Swift needs
# none of them to run.
install: all
	install -d '$(DESTDIR)$(bindir)' '$(DESTDIR)$(mandir)' '$(DESTDIR)$(bashdir)' \
		'$(DESTDIR)$(zshdir)' '$(DESTDIR)$(fishdir)'
	install -s -m 755 $(binary) '$(DESTDIR)$(bindir)/skinquiz'
	$(man_page) > '$(DESTDIR)$(mandir)/skinquiz.1'
	chmod 644 '$(DESTDIR)$(mandir)/skinquiz.1'
	install -m 644 $(completions)/skinquiz.bash '$(DESTDIR)$(bashdir)/skinquiz'
	install -m 644 $(completions)/_skinquiz '$(DESTDIR)$(zshdir)/_skinquiz'
	install -m 644 $(completions)/skinquiz.fish '$(DESTDIR)$(fishdir)/skinquiz.fish'
	rm -rf '$(DESTDIR)$(packdir)'
	install -d '$(DESTDIR)$(packdir)'
	install -m 644 Data/microneedling/*.yaml '$(DESTDIR)$(packdir)'

# Files only, as the GNU conventions have it: shared folders such as bin/ or share/man/man1/ may
# have been there before. share/skinquiz/ is skinquiz's own, and goes whole when it is empty.
uninstall:
	rm -f '$(DESTDIR)$(bindir)/skinquiz' '$(DESTDIR)$(mandir)/skinquiz.1' \
		'$(DESTDIR)$(bashdir)/skinquiz' '$(DESTDIR)$(zshdir)/_skinquiz' \
		'$(DESTDIR)$(fishdir)/skinquiz.fish'
	rm -rf '$(DESTDIR)$(packdir)'
	rmdir '$(DESTDIR)$(PREFIX)/share/skinquiz' 2>/dev/null || true

installcheck:
	scripts/installcheck '$(DESTDIR)$(PREFIX)'

clean:
	rm -rf $(completions) $(build)/skinquiz.1
