# shellcheck shell=bash
# Starts shoal's jar with flags that suit a short-lived CLI. Sourced by both launchers: bin/shoal in a
# checkout and bin/shoal as installed from the release archive (src/dist/shoal), which differ only in
# where the jar and the JDK come from.

# The JVM flags of every start, and of the benchmarks' JVMs that are to start as shoal does (bench/table.sh,
# bench/startup.sh). C1 only and the serial GC: a CLI lives for a fraction of a second, where C2 and a
# parallel GC only cost. C1 inlines methods of up to 15 bytecodes instead of 35: its compilations end
# sooner, which a start of a fraction of a second feels more than slower code (ll on ten repos: 13% less
# CPU, 0.965 of the time). And it compiles a method after 1,000 calls (or 5,000 calls and loop turns)
# instead of 200 (2,000): fewer compilations of what a start runs a few hundred times (ll on ten repos 0.968
# of the time and 3 to 6% less CPU, st 0.967; ll on 100 repos and --version unchanged). JVM log lines (the
# JDK logs warnings to stdout by default) go to stderr, and only errors; so does what the JVM itself prints,
# such as the thread dump on SIGQUIT, which would break --output json.
SHOAL_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=15 -XX:Tier3InvocationThreshold=1000
                 -XX:Tier3MinInvocationThreshold=500 -XX:Tier3CompileThreshold=5000 -XX:+UseSerialGC -XX:-UsePerfData
                 -Xlog:disable -Xlog:all=error:stderr -XX:+DisplayVMOutputToStderr --enable-native-access=ALL-UNNAMED)
# On Linux, the heap in transparent huge pages where the system gives them on request (madvise, the usual
# setting): a start touches every page of the heap it uses once, and the system then zeroes one 2 MB page at
# a fault instead of 512 small ones (ll on 100 repos 0.95 of the time, --version 0.94; bench/README, "Huge
# pages and getsid"); where it gives none, the flag does nothing. The flag is Linux's alone: a JVM elsewhere
# would refuse to start with it. ($OSTYPE is bash's own: no process is started to ask.)
case ${OSTYPE:-} in
  linux*) SHOAL_JVM_FLAGS+=(-XX:+UseTransparentHugePages) ;;
esac

# Runs the jar $2 on the JDK whose home is $1 (shoal_release and shoal_runtime_version describe it),
# keeping the ahead-of-time cache in the folder $3, with the arguments after those; never returns.
shoal_launch() {
  local jdk=$1 jar=$2 cache_dir=$3 cache train_home stale
  shift 3
  local flags=("${SHOAL_JVM_FLAGS[@]}")

  # On JDK 25+, ahead-of-time caches of the classes a start loads and links, made by training runs of the
  # jar's own (the hidden __train command), in the folder $3, named JDK~VERSION~FAMILY.aot after the JDK's
  # home, its build and the family of starts each is for (shoal_family). The home is written so that no
  # two homes give the same name ('%' as %25, '_' as %5F, '~' as %7E, then each '/' as '_') and '~'
  # appears in neither name: the caches of one JDK are told from another's, even one whose path begins
  # the same. A JDK 25 cache loads and links every class it holds at each start, so each family gets one
  # of its own: the cache of every command made ll 9% slower than one trained on ll alone, and ll, st and
  # fetch are 1 to 5% faster with their family's (bench/README, "A cache per command"). A family's cache is made at its first
  # start after the jar changed, which then clears what no start will read again: caches and half-made
  # ones older than the jar, and those of this JDK's earlier builds (a JDK updated in place).
  if [ "$shoal_release" -ge 25 ] && [ -z "${SHOAL_NO_AOT:-}" ]; then
    shoal_family "$@"
    local jdk_name=${jdk//%/%25} build_name=${shoal_runtime_version//[^A-Za-z0-9.+-]/_}
    jdk_name=${jdk_name//_/%5F}
    jdk_name=${jdk_name//\~/%7E}
    jdk_name=${jdk_name//\//_}
    cache=$cache_dir/$jdk_name~$build_name~$shoal_family.aot
    if [ ! "$cache" -nt "$jar" ]; then
      [ -t 2 ] && echo "shoal: preparing the start-up cache of '$shoal_family' for this build (once, a few seconds)..." >&2
      mkdir -p "$cache_dir"
      for stale in "$cache_dir"/*.aot "$cache_dir"/*.aot.*.tmp "$cache_dir"/*.tmp.config; do
        case ${stale##*/} in
          "$jdk_name~$build_name~"*) ;;
          "$jdk_name~"*) rm -f "$stale"; continue ;;
        esac
        [ "$stale" -nt "$jar" ] || rm -f "$stale"
      done
      # JDK 25 also stores the training's method profiles, from which the JIT compiles early what the
      # training ran often. The training of a command runs it many times (each flag, on a pretend terminal),
      # so its profiles describe many starts, and one start paid for compiling what it ran too seldom to
      # repay: without them ll on ten repos took 0.96 of the time, st 0.99, fetch 0.985. --version and help
      # train one start each, and keep them (--version took 1.02 without). The flag is a diagnostic one;
      # a JDK that no longer knows it trains as if it were not given.
      local train_flags=("${flags[@]}")
      case $shoal_family in
        version | help) ;;
        *) train_flags+=(-XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining) ;;
      esac
      # The training run's own output is not wanted; a failed training only means starting without a cache.
      train_home=$(mktemp -d)
      if SHOAL_HOME="$train_home" "$jdk/bin/java" "${train_flags[@]}" -XX:AOTCacheOutput="$cache.$$.tmp" \
           -jar "$jar" __train "$shoal_family" >/dev/null 2>&1; then
        mv -f "$cache.$$.tmp" "$cache" 2>/dev/null || true
      fi
      rm -rf "$train_home" "$cache.$$.tmp"
    fi
    # A cache that does not fit (say, after a JDK update in place) is ignored quietly: the JVM then
    # starts as if there were none, and its complaint is of no use to the user of a CLI.
    [ -f "$cache" ] && flags+=(-XX:AOTCache="$cache" '-Xlog:aot*=off:stderr')
  fi

  # SHOAL_JAVA_OPTS: JVM options of the user's own (say, -Xlog:class+load), after the launcher's so they win.
  if [ -n "${SHOAL_JAVA_OPTS:-}" ]; then
    local user_flags
    read -r -a user_flags <<< "$SHOAL_JAVA_OPTS"
    flags+=("${user_flags[@]}")
  fi

  exec "$jdk/bin/java" "${flags[@]}" -jar "$jar" "$@"
}

# shoal's own top-level commands, as cli/BuiltInCommands.NAMES lists them but the hidden __train
# (CommandsNeededTest holds the two lists equal).
SHOAL_OWN_COMMANDS=" add rm rename ls clear group context super shell flags ll info color freeze clone import sync completion "

# Sets shoal_family to the family of starts the arguments make, which names the AOT cache: "version" for
# --version (which builds no command), "help" for every help and the other starts that name no command
# (shoal alone: the cache that holds picocli's help), the command's name for one of shoal's own, "git" for
# the others (the commands of commands.yml, which all run the same code, and mistyped words). The command
# is the first word that is no option, --color's value aside, as cli/CommandsNeeded finds it.
shoal_family() {
  local arg color_value="" family=help
  for arg in "$@"; do
    case $arg in
      --) break ;;   # what follows is the command's or git's, never shoal's
      --help | -h)
        shoal_family=help
        return
        ;;
      --version | -V) family=version ;;
    esac
  done
  shoal_family=$family
  for arg in "$@"; do
    if [ -n "$color_value" ]; then
      color_value=""
      continue
    fi
    case $arg in
      --color) color_value=1 ;;
      -*) ;;
      *)
        case $arg in
          *[!a-z]*) shoal_family=git ;;
          *) case $SHOAL_OWN_COMMANDS in *" $arg "*) shoal_family=$arg ;; *) shoal_family=git ;; esac ;;
        esac
        return
        ;;
    esac
  done
}

# Sets shoal_physical_path to the absolute path of the folder $1 without symbolic links, . or .., as
# `cd -P "$1" && pwd -P` prints it, but without the subshell that would cost every command a process: the
# path is worked out word by word, and only when a folder on the way is a link does cd work it out.
shoal_physical_path() {
  local rest=$1 part path=""
  case $rest in /*) ;; *) rest=$PWD/$rest ;; esac
  while [ -n "$rest" ]; do
    part=${rest%%/*}
    case $rest in */*) rest=${rest#*/} ;; *) rest="" ;; esac
    case $part in
      '' | .) ;;
      ..) path=${path%/*} ;;
      *)
        path=$path/$part
        if [ -L "$path" ]; then
          shoal_physical_path=$(CDPATH="" cd -P -- "$1" && pwd -P)
          return
        fi
        ;;
    esac
  done
  shoal_physical_path=${path:-/}
}

# The folder in the user's cache home for the AOT caches of the shoal installed or checked out at $1:
# one per copy, named after its path, so copies side by side keep theirs.
shoal_user_cache_dir() {
  shoal_cache_dir=${XDG_CACHE_HOME:-$HOME/.cache}/shoal/aot/${1//\//_}
}
