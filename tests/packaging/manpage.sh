#!/bin/sh
# End-to-end: man/emscore.1 agrees with the binary's help, both ways.
# Commands come from `emscore --help`, options from `emscore CMD --help`;
# in the page, each command is a .SS under COMMANDS whose .TP tags name its
# options as the help does ("-s, --scorecard SC"), the global options are
# .TP tags under OPTIONS, and SYNOPSIS holds every command's usage line.
# A new command or option makes this suite say what the page lacks.
. "$(dirname "$0")/../lib.sh"
PAGE="$ROOT/man/emscore.1"

fail() {
    FAIL=$((FAIL + 1))
    echo "FAIL: $1"
}

run --help
check "emscore --help" 0
cp "$OUT" "$SCRATCH/help.main"
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' "$SCRATCH/help.main")
[ -n "$commands" ] && ok || fail "no command listed by emscore --help"
for c in $commands; do
    run "$c" --help
    check "emscore $c --help" 0 "" "^usage: emscore $c "
    cp "$OUT" "$SCRATCH/help.$c"
done

# One line per finding: "ok NAME" or "fail NAME: WHAT".
python3 - "$PAGE" "$SCRATCH" $commands > "$SCRATCH/verdicts" <<'EOF' || fail "manpage checker crashed"
import re, sys

page_path, scratch, commands = sys.argv[1], sys.argv[2], sys.argv[3:]
OPT = re.compile(r'(?:(-\w), )?(--[a-z][a-z0-9-]*)(?: ([A-Z][^ ,]*))?')


def plain(troff):
    """Text of a troff line: no macro name, quotes or font changes."""
    s = re.sub(r'^\.[A-Za-z]+\s*', '', troff)
    s = re.sub(r'\\f(\[[^]]*\]|\(..|.)', '', s)
    s = s.replace('\\-', '-').replace('\\ ', ' ').replace('\\e', '\\').replace('"', '')
    return re.sub(r'\s+,', ',', re.sub(r'\s+', ' ', s)).strip()


def specs(text):
    """Options named in text, each as the help prints it: "-s, --scorecard SC"."""
    return {', '.join(filter(None, m.groups()[:2])) + (' ' + m.group(3) if m.group(3) else '')
            for m in OPT.finditer(text)}


def help_options(path):
    out, on = set(), False
    for line in open(path):
        if line.rstrip() == 'Options:':
            on = True
        elif on and not line.strip():
            break
        elif on:
            out |= specs(re.split(r'\s{2,}', line.strip())[0])
    return out


# The page: synopsis lines (continuations joined), .TP tags by section.
sections, synopsis, tag_next = {}, [], False
sh = ss = None
for raw in open(page_path).read().split('\n'):
    if raw.startswith('.SH'):
        sh, ss = plain(raw), None
    elif raw.startswith('.SS'):
        ss = plain(raw).split(' ')[0]
        sections.setdefault((sh, ss), set())
    elif raw.startswith('.TP'):
        tag_next = True
    elif tag_next and not raw.startswith('.\\"'):
        tag_next = False
        sections.setdefault((sh, ss), set()).update(specs(plain(raw)))
    if sh == 'SYNOPSIS' and not raw.startswith('.'):
        if raw[:1].isspace() and synopsis:
            synopsis[-1] += ' ' + plain(raw)
        else:
            synopsis.append(plain(raw))


def verdict(name, missing, extra, hint):
    if not missing and not extra:
        print('ok', name)
        return
    for m in sorted(missing):
        print('fail %s: man/emscore.1 lacks %s (%s)' % (name, m, hint))
    for x in sorted(extra):
        print('fail %s: man/emscore.1 has %s, which --help does not list' % (name, x))


page_commands = {s for (h, s) in sections if h == 'COMMANDS' and s}
verdict('commands', set(commands) - page_commands, page_commands - set(commands),
        'add a .SS section under COMMANDS, with a .TP tag per option')
main_help, main_page = help_options(scratch + '/help.main'), sections.get(('OPTIONS', None), set())
verdict('global options', main_help - main_page, main_page - main_help,
        'add a .TP tag under OPTIONS')
for c in commands:
    helped = help_options('%s/help.%s' % (scratch, c)) - {'-h, --help'}
    paged = sections.get(('COMMANDS', c), set())
    verdict('options of ' + c, helped - paged, paged - helped, 'add a .TP tag under .SS ' + c)
    usage = open('%s/help.%s' % (scratch, c)).readline().strip()[len('usage: '):]
    if usage in synopsis:
        print('ok synopsis of', c)
    else:
        print('fail synopsis of %s: SYNOPSIS lacks the line "%s"' % (c, usage))
if any('emscore --help | --version' == s for s in synopsis):
    print('ok synopsis of emscore')
else:
    print('fail synopsis of emscore: SYNOPSIS lacks "emscore --help | --version"')
EOF
while read -r v rest; do
    case $v in
    ok) ok ;;
    *) fail "$rest" ;;
    esac
done < "$SCRATCH/verdicts"

# Both pages render without a warning, and name the version of the binary.
run --version
version=$(sed 's/^emscore //' "$OUT")
for p in "$ROOT/man/emscore.1" "$ROOT/man/emscore.5"; do
    name=$(basename "$p")
    grep -q "^\.TH EMSCORE [15] [0-9-]* \"emscore $version\"" "$p" && ok ||
        fail "$name: .TH does not name emscore $version"
    if command -v groff >/dev/null 2>&1; then
        warnings=$(groff -man -Tutf8 -ww -z "$p" 2>&1)
        [ -z "$warnings" ] && ok || fail "$name: groff warns: $warnings"
    fi
done
for s in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES \
    "SEE ALSO"; do
    grep -q "^\.SH \"\{0,1\}$s\"\{0,1\}\$" "$PAGE" && ok || fail "emscore.1 has no $s section"
done
finish
