# Installs SkinQuiz like any Unix tool:
#
#   make install PREFIX=~/.local      build and install (PREFIX defaults to /usr/local)
#   make uninstall PREFIX=~/.local    remove exactly the files that install put there
#   make installcheck PREFIX=...      try the installed program from another folder (CI does)
#
# DESTDIR stages an install for a package (the files go to $(DESTDIR)$(PREFIX), and the man page
# names $(PREFIX)). What is installed:
#
#   bin/skinquiz                                    the program, with the Swift runtime linked in
#   share/man/man1/skinquiz.1                       its manual
#   share/bash-completion/completions/skinquiz      completions for bash,
#   share/zsh/site-functions/_skinquiz              zsh
#   share/fish/vendor_completions.d/skinquiz.fish   and fish
#   share/skinquiz/microneedling/*.yaml             the built-in pack, to start a pack from

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

# The release build as it ships, shared with bench/run: the Swift runtime and Foundation are
# linked in (--static-swift-stdlib), so the binary runs where no Swift is installed; ncursesw
# and the C library come from the system.
build := .build-release
binary := $(build)/release/skinquiz
# The man page and completions made for this PREFIX.
staged := $(build)/install

# The manual's date: the last commit's, so that the same sources make the same page.
date := $(shell git log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)

bindir := $(PREFIX)/bin
mandir := $(PREFIX)/share/man/man1
bashdir := $(PREFIX)/share/bash-completion/completions
zshdir := $(PREFIX)/share/zsh/site-functions
fishdir := $(PREFIX)/share/fish/vendor_completions.d
packdir := $(PREFIX)/share/skinquiz/microneedling
pack_files := $(notdir $(wildcard Data/microneedling/*.yaml))

installed := $(bindir)/skinquiz $(mandir)/skinquiz.1 $(bashdir)/skinquiz $(zshdir)/_skinquiz \
	$(fishdir)/skinquiz.fish $(addprefix $(packdir)/,$(pack_files))

.PHONY: all release man completions install uninstall installcheck clean

all: release man completions

# swift build knows what is out of date; make asks it every time.
release:
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(build) --product skinquiz

# The page that swift-argument-parser's generate-manual plugin writes from the command's
# definitions, with the help's lists made into sections (scripts/man-sections.awk). The plugin
# builds every product in the configuration it is given, in the default build folder: debug
# there is the build `swift build` already made, where release would relink the shipped binary
# without its static runtime.
man:
	$(SWIFT) package plugin generate-manual --configuration debug --date $(date)
	mkdir -p $(staged)
	awk -v prefix='$(PREFIX)' -f scripts/man-sections.awk \
		.build/plugins/GenerateManual/outputs/skinquiz/skinquiz.1 > $(staged)/skinquiz.1.new
	mv $(staged)/skinquiz.1.new $(staged)/skinquiz.1

completions: release
	mkdir -p $(staged)
	$(binary) --generate-completion-script bash > $(staged)/skinquiz.bash
	$(binary) --generate-completion-script zsh > $(staged)/_skinquiz
	$(binary) --generate-completion-script fish > $(staged)/skinquiz.fish

install: all
	install -d '$(DESTDIR)$(bindir)' '$(DESTDIR)$(mandir)' '$(DESTDIR)$(bashdir)' \
		'$(DESTDIR)$(zshdir)' '$(DESTDIR)$(fishdir)' '$(DESTDIR)$(packdir)'
	install -m 755 $(binary) '$(DESTDIR)$(bindir)/skinquiz'
	install -m 644 $(staged)/skinquiz.1 '$(DESTDIR)$(mandir)/skinquiz.1'
	install -m 644 $(staged)/skinquiz.bash '$(DESTDIR)$(bashdir)/skinquiz'
	install -m 644 $(staged)/_skinquiz '$(DESTDIR)$(zshdir)/_skinquiz'
	install -m 644 $(staged)/skinquiz.fish '$(DESTDIR)$(fishdir)/skinquiz.fish'
	install -m 644 $(addprefix Data/microneedling/,$(pack_files)) '$(DESTDIR)$(packdir)'

# Files only, as the GNU conventions have it: shared folders such as bin/ or share/man/man1/ may
# have been there before. The pack's two folders are skinquiz's own, and go when empty.
uninstall:
	rm -f $(foreach file,$(installed),'$(DESTDIR)$(file)')
	-rmdir '$(DESTDIR)$(packdir)' '$(DESTDIR)$(PREFIX)/share/skinquiz' 2>/dev/null || true

installcheck:
	scripts/installcheck '$(DESTDIR)$(PREFIX)'

clean:
	rm -rf $(staged)
