# shellcheck shell=bash
# Runs Maven for bin/shoal (when the sources changed) and bin/build, with one line of progress in place
# of Maven's log: a first build downloads and compiles for a minute or more, and a silent minute looks
# like a hang. On a terminal the line names the step and the seconds so far; piped, it is printed once,
# with no carriage returns or escape codes. The whole log goes to target/build.log; on failure its
# errors are shown.

# shoal_build ROOT JDK WHAT MAVEN_ARGS...: builds the checkout ROOT with the JDK whose home is JDK;
# WHAT names the result in the progress line. Fails when Maven does.
shoal_build() {
  local root=$1 jdk=$2 what=$3 line pending='' step='starting Maven' shown='' width=0 status=1 fd
  shift 3
  local log=$root/target/build.log start=$SECONDS
  mkdir -p "$root/target"
  : >"$log"
  [ -t 2 ] || echo "shoal: building $what..." >&2
  # Maven's own dependencies poke at sun.misc.Unsafe, which newer JDKs warn about. jansi.noreset: Maven
  # 3.8's Jansi ends its output with stray ESC[0m codes even with colors off; it must be set when the
  # JVM starts (-D on mvn's command line comes too late).
  exec {fd}< <(cd "$root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow -Djansi.noreset=true" \
                 JAVA_HOME="$jdk" mvn -B -ntp -Dstyle.color=never "$@" 2>&1
               echo "shoal-build-status:$?")
  while :; do
    if IFS= read -r -t 1 -u "$fd" line; then
      line=$pending$line pending=''
      case $line in
        # Maven may end on a line of its own without a newline (a stray ESC[0m), so the status is matched anywhere.
        *shoal-build-status:*) status=${line##*shoal-build-status:}; printf '%s\n' "${line%shoal-build-status:*}" >>"$log"; break ;;
        '[INFO] --- '*) shoal_build_step "$line" ;;
      esac
      printf '%s\n' "$line" >>"$log"
    elif [ $? -gt 128 ]; then
      pending+=$line  # a timeout keeps what it read of an unfinished line
    else
      break
    fi
    if [ -t 2 ]; then
      shown="shoal: building $what: $step ($((SECONDS - start))s)"
      printf '\r%-*s' "$width" "$shown" >&2
      width=${#shown}
    fi
  done
  exec {fd}<&-
  [ -t 2 ] && printf '\r%-*s\r' "$width" '' >&2
  if [ "$status" != 0 ]; then
    echo "shoal: building $what failed after $((SECONDS - start))s:" >&2
    grep -m 40 '^\[ERROR\]' "$log" >&2 || tail -n 20 "$log" >&2
    echo "shoal: the whole log is in $log" >&2
    return 1
  fi
}

# Sets step to what the Maven log line "[INFO] --- PLUGIN:VERSION:GOAL (EXECUTION) @ shoal ---" does.
shoal_build_step() {
  local mojo=${1#'[INFO] --- '}
  mojo=${mojo%% @ *}
  case $mojo in
    *:resources\ * | *:testResources\ *) step='copying resources' ;;
    maven-compiler-plugin:*:compile\ *) step='compiling' ;;
    maven-compiler-plugin:*:testCompile\ *) step='compiling the tests' ;;
    maven-surefire-plugin:*) step='running the tests' ;;
    maven-failsafe-plugin:*) step='running the integration tests' ;;
    maven-jar-plugin:*) step='making the jar' ;;
    maven-shade-plugin:*) step='adding the libraries to the jar' ;;
    *'(upgrade-old-class-files)') step='preparing the jar for the start-up cache' ;;
    *'(man-page-sources)') step='writing the man pages' ;;
    asciidoctor-maven-plugin:*) step='formatting the man pages' ;;
    maven-assembly-plugin:*) step='making the archive' ;;
    *) step=${mojo#*:*:} ;;
  esac
}
