# shellcheck shell=bash
# Finds a JDK of at least release $SHOAL_MIN_JAVA (21) without starting a JVM: each candidate's
# `release` file names its version. Sourced by bin/shoal and bin/test. The functions set variables
# instead of printing, and read files with builtins, so that looking costs no process on the common
# path (JAVA_HOME set): every process here would delay every shoal command.

SHOAL_MIN_JAVA=21

# Where JDKs are usually installed: the Linux distributions' folders, SDKMAN's, macOS's.
SHOAL_JDK_ROOTS=(/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*
                 /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home)

# Sets shoal_release (the feature release: 17, 21, 25) and shoal_runtime_version (the exact build,
# e.g. 25.0.3+9-LTS) from the release file of the JDK whose home is $1; fails if $1 is not a JDK.
shoal_read_release() {
  local line version="" runtime=""
  shoal_release="" shoal_runtime_version=""
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -r "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      JAVA_VERSION=*) version=${line#*=\"} version=${version%%\"*} ;;
      JAVA_RUNTIME_VERSION=*) runtime=${line#*=\"} runtime=${runtime%%\"*} ;;
    esac
  done < "$1/release"
  case $version in 1.*) version=${version#1.} ;; esac
  shoal_release=${version%%[.+-]*}
  shoal_runtime_version=${runtime:-$version}
  case $shoal_release in '' | *[!0-9]*) return 1 ;; esac
}

# True when $1 is the home of a JDK new enough; sets shoal_release and shoal_runtime_version.
shoal_usable_jdk() {
  shoal_read_release "$1" && [ "$shoal_release" -ge "$SHOAL_MIN_JAVA" ]
}

# Prints the home of the java found on PATH (bin/java may be a chain of links, as with Debian's alternatives).
shoal_path_java_home() {
  local java link
  java=$(type -P java) || return 1
  while [ -L "$java" ]; do
    link=$(readlink "$java") || return 1
    case $link in /*) java=$link ;; *) java=${java%/*}/$link ;; esac
  done
  printf '%s\n' "${java%/bin/java}"
}

# Sets shoal_jdk to the home of the JDK to use (and shoal_release, shoal_runtime_version to its
# version): JAVA_HOME if new enough, else java on PATH if new enough, else the newest under
# SHOAL_JDK_ROOTS. Fails when there is none.
shoal_find_jdk() {
  local home best="" best_release=0
  shoal_jdk=""
  if shoal_usable_jdk "${JAVA_HOME:-}"; then
    shoal_jdk=$JAVA_HOME
    return 0
  fi
  if home=$(shoal_path_java_home) && shoal_usable_jdk "$home"; then
    shoal_jdk=$home
    return 0
  fi
  for home in "${SHOAL_JDK_ROOTS[@]}"; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue
    if shoal_usable_jdk "$home" && [ "$shoal_release" -gt "$best_release" ]; then
      best=$home best_release=$shoal_release
    fi
  done
  [ -n "$best" ] && shoal_usable_jdk "$best" && shoal_jdk=$best
}

# Like shoal_find_jdk, and says what to do on stderr when there is no JDK new enough.
shoal_require_jdk() {
  if ! shoal_find_jdk; then
    echo "shoal: needs a JDK $SHOAL_MIN_JAVA or newer; none found in JAVA_HOME, on PATH, or under /usr/lib/jvm, ~/.sdkman or /Library/Java." >&2
    echo "shoal: install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
}
