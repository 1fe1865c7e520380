# shellcheck shell=bash
# Finds a JDK of at least release $SHOAL_MIN_JAVA (21) without starting a JVM: each candidate's
# `release` file names its version, so looking costs no process. Sourced by bin/shoal and bin/test.

SHOAL_MIN_JAVA=21

# The feature release (17, 21, 25) of the JDK whose home is $1, or nothing.
shoal_jdk_release() {
  local release_file="$1/release" line
  [ -x "$1/bin/java" ] && [ -r "$release_file" ] || return 1
  line=$(grep -m1 '^JAVA_VERSION=' "$release_file") || return 1
  line=${line#JAVA_VERSION=\"}
  line=${line%%\"*}
  case "$line" in 1.*) line=${line#1.} ;; esac
  printf '%s\n' "${line%%[.+-]*}"
}

# The home of the java found on PATH (bin/java may be a chain of links, as with Debian's alternatives).
shoal_path_java_home() {
  local java
  java=$(command -v java) || return 1
  java=$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")
  printf '%s\n' "${java%/bin/java}"
}

# Prints the home of the JDK to use: JAVA_HOME if new enough, else java on PATH if new enough,
# else the newest under the usual install roots. Returns 1 when there is none.
shoal_find_jdk() {
  local home release best="" best_release=0 candidate
  for home in "${JAVA_HOME:-}" "$(shoal_path_java_home)"; do
    [ -n "$home" ] || continue
    release=$(shoal_jdk_release "$home") || continue
    if [ "$release" -ge "$SHOAL_MIN_JAVA" ]; then printf '%s\n' "$home"; return 0; fi
  done
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
    release=$(shoal_jdk_release "$candidate") || continue
    if [ "$release" -ge "$SHOAL_MIN_JAVA" ] && [ "$release" -gt "$best_release" ]; then
      best=$candidate best_release=$release
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

shoal_require_jdk() {
  local jdk
  if ! jdk=$(shoal_find_jdk); then
    echo "shoal: needs a JDK $SHOAL_MIN_JAVA or newer; none found in JAVA_HOME, on PATH, or under /usr/lib/jvm, ~/.sdkman or /Library/Java." >&2
    echo "shoal: install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
  printf '%s\n' "$jdk"
}
