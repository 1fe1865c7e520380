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

# Sets shoal_path_java to the java found on PATH, looking with builtins (`type -P` would need a subshell).
shoal_path_java() {
  local dir IFS=:
  shoal_path_java=""
  for dir in $PATH; do
    if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
      shoal_path_java=${dir:-.}/java
      return 0
    fi
  done
  return 1
}

# Sets shoal_path_home to the home of the java found on PATH (bin/java may be a chain of links, as with
# Debian's alternatives). A JDK under SHOAL_JDK_ROOTS is recognised as the same file (-ef), which costs no
# process; only a java from elsewhere has its links read.
shoal_path_java_home() {
  local java link home
  shoal_path_home=""
  shoal_path_java || return 1
  java=$shoal_path_java
  for home in "${SHOAL_JDK_ROOTS[@]}"; do
    if [ "$java" -ef "$home/bin/java" ]; then
      shoal_path_home=$home
      return 0
    fi
  done
  while [ -L "$java" ]; do
    link=$(readlink "$java") || return 1
    case $link in /*) java=$link ;; *) java=${java%/*}/$link ;; esac
  done
  shoal_path_home=${java%/bin/java}
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
  if shoal_path_java_home && shoal_usable_jdk "$shoal_path_home"; then
    shoal_jdk=$shoal_path_home
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
