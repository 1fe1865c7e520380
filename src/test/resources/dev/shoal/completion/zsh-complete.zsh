# Prints what zsh's completion offers for a command line, one candidate a line ("word" or
# "word -- description"), by driving a real interactive zsh in a pseudo-terminal (zsh/zpty): compinit,
# the completion function on fpath, then the line and a TAB. A compadd wrapper records every candidate
# zsh would show, after zsh's own matching against what is typed. (Lookups with -O, -A or -D are how
# completion functions work internally, not candidates: the wrapper passes them through.)
# Usage: zsh -f zsh-complete.zsh FPATH-DIR COMPDUMP-FILE 'shoal gr'
# (compinit's dump file makes every run after the first one start in a fraction of the time.)
zmodload zsh/zpty || exit 2
fpath_dir=$1 dump=$2 line=$3

zpty -b shell zsh -f -i
zpty -w shell "PS1='' PS2='' RPS1=''; unsetopt zle_bracketed_paste; stty columns 500; fpath=(${(q)fpath_dir} \$fpath)"
zpty -w shell "autoload -Uz compinit && compinit -u -d ${(q)dump}"
zpty -w shell 'zstyle ":completion:*" list-prompt ""; zstyle ":completion:*" menu no'
zpty -w shell 'bindkey "^I" complete-word; setopt no_beep no_auto_menu no_menu_complete no_list_ambiguous'
zpty -w shell '
compadd() {
  if [[ ${(j: :)@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return
  fi
  local -a hits descriptions
  local d
  if (( $@[(I)-d] )); then
    d=${@[$(( ${@[(i)-d]} + 1 ))]}
    if [[ $d == \(* ]]; then eval "descriptions=$d"; else descriptions=("${(@P)d}"); fi
  fi
  builtin compadd -A hits -D descriptions "$@"
  local -a before shown
  zparseopts -E P:=before p:=shown
  local i word d
  for (( i = 1; i <= $#hits; i++ )); do
    word=$IPREFIX${before[2]}${shown[2]}${hits[i]}
    d=${descriptions[i]#${hits[i]}}
    while [[ $d == " "* ]]; do d=${d# }; done
    d=${d#-- }
    if [[ -n $d ]]; then
      print; print -r -- "<<$word -- $d>>"
    else
      print; print -r -- "<<$word>>"
    fi
  done
  builtin compadd "$@"
}
_shoal_harness_end() { print; print -r -- "<<END-OF-COMPLETION>>"; }
comppostfuncs=(_shoal_harness_end)
'
# Typed ahead, the line could reach zsh before the setup ran: wait for the setup's output (computed, so
# the echo of the command itself does not match) before typing it.
zpty -w shell 'print -r -- "<<READY$(( 6 * 7 ))>>"'
zpty -r -m shell out '*<<READY42>>*' || exit 3
zpty -n -w shell "$line"$'\t'
zpty -r -m shell out '*<<END-OF-COMPLETION>>*' || exit 4
zpty -d shell
print -r -- "${out//$'\r'/}" | grep '^<<.*>>$' | sed -e 's/^<<//' -e 's/>>$//' -e '/^END-OF-COMPLETION$/d'
