#!/bin/sh
# Runs one test against a real, throwaway Secret Service (gnome-keyring-daemon), so SecretStore
# is tested through QtKeychain and libsecret as users run it, not against a mock.
#
#   dbus-run-session -- tests/with-keyring.sh TEST [ARGS...]
#
# parlance_add_test(... KEYRING) wraps a test this way. HOME and the XDG folders point into a
# scratch folder, so the user's own keyring is never opened, and the login keyring is created
# unlocked with a fixed password. If the keyring cannot start, this exits non-zero: a keychain
# test must fail, not skip, when there is no keychain to test.
set -u

say() { echo "with-keyring.sh: $*" >&2; }

if [ $# -eq 0 ]; then
    say "usage: dbus-run-session -- $0 TEST [ARGS...]"
    exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    say "no session bus; run me as: dbus-run-session -- $0 $*"
    exit 1
fi
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    say "gnome-keyring-daemon is not installed (Debian: apt-get install gnome-keyring)"
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/parlance-keyring.XXXXXX") || exit 1
daemon=
cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null
        wait "$daemon" 2>/dev/null
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads the password from stdin and creates the login keyring when there is none;
# --foreground keeps the daemon our child, so it is stopped by its own pid afterwards.
printf '%s' parlance-test \
    | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$scratch/daemon.out" 2>"$scratch/daemon.err" &
daemon=$!

owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}
tries=0
until owned; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
        say "gnome-keyring-daemon did not come up on the session bus:"
        cat "$scratch/daemon.err" >&2
        exit 1
    fi
    sleep 0.1
done

# Whatever the daemon announces (GNOME_KEYRING_CONTROL, SSH_AUTH_SOCK, ...) goes to the test.
while IFS= read -r line; do
    case "$line" in
        [A-Z_]*=*) export "$line" ;;
    esac
done <"$scratch/daemon.out"

"$@"
exit $?
