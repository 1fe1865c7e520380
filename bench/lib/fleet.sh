# shellcheck shell=bash
# The repos the benchmarks run on, sourced by ll.sh and table.sh: bench_template makes a remote with
# three commits in $1/template.git; bench_make_repo I WORK copies it to WORK/remotes/rI.git, clones it to
# WORK/repos/repo-NNNN and leaves the clone in one of ten states by I (exported, for xargs -P).

bench_template() {
  local work=$1 i
  git init -q --bare "$work/template.git"
  git clone -q "$work/template.git" "$work/seed" 2>/dev/null
  for i in 1 2 3; do
    printf 'line %s\n' "$i" >>"$work/seed/file.txt"
    printf 'notes %s\n' "$i" >"$work/seed/notes-$i.md"
    git -C "$work/seed" add -A
    git -C "$work/seed" commit -q -m "commit number $i"
  done
  git -C "$work/seed" push -q origin main
  mkdir -p "$work/remotes" "$work/repos"
}

# One repo in one of ten states, by its number.
bench_make_repo() {
  local i=$1 work=$2
  local remote="$work/remotes/r$i.git" repo
  repo=$(printf '%s/repos/repo-%04d' "$work" "$i")
  cp -r "$work/template.git" "$remote"
  git clone -q "$remote" "$repo"
  cd "$repo"
  case $((i % 10)) in
    0) ;;                                                             # clean, in sync
    1) git commit -q --allow-empty -m "local only" ;;                 # ahead 1 (gita says in sync)
    2) git reset -q --hard HEAD~1 ;;                                  # behind 1
    3) git reset -q --hard HEAD~1 && git commit -q --allow-empty -m "other way" ;;  # diverged 1/1
    4) echo change >>file.txt ;;                                      # unstaged
    5) echo change >>file.txt && git add file.txt ;;                  # staged
    6) echo new >new.txt ;;                                           # untracked
    7) echo change >>file.txt && git stash -q ;;                      # stash
    8) git checkout -q -b feature ;;                                  # no upstream
    9) echo a >>file.txt && git add file.txt && echo b >>notes-1.md && echo c >new.txt ;;  # all three
  esac
}
export -f bench_make_repo
