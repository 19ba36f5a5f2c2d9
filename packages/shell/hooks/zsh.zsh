# awsmfa prompt hook for zsh: before each prompt, refreshes the MFA session that
# `awsmfa env` put in this shell when it is about to expire (or has expired).
# Costs no process while the session is fresh. Off: `unset AWSMFA_PROFILE`, or
# `eval "$(awsmfa env --unset)"`. Refresh window: AWSMFA_HOOK_REFRESH_SECONDS (300).

# $EPOCHSECONDS: zsh's clock, so no `date` process on every prompt.
zmodload -F zsh/datetime p:EPOCHSECONDS

__awsmfa_self() {
  __AWSMFA_SELF__ "$@"
}

# Prints nothing on failure: awsmfa reports its own errors on stderr.
__awsmfa_refresh() {
  emulate -L zsh
  local code
  code="$(__awsmfa_self env --quiet --profile "$AWSMFA_PROFILE" --shell zsh "$@")" || return
  eval "$code"
}

__awsmfa_hook() {
  local previous_exit_status=$?
  # The user's options (sh_glob, ksh_arrays, …) stay outside.
  emulate -L zsh
  local expires=${AWSMFA_SESSION_EXPIRES_EPOCH-} window=${AWSMFA_HOOK_REFRESH_SECONDS:-300}
  # Digits only: zsh arithmetic would run a $(…) hidden in a variable's value.
  if [[ -n ${AWSMFA_PROFILE-} && $expires == <-> && ${#expires} -le 12 && $window == <-> && ${#window} -le 9 && $expires != "${__awsmfa_tried-}" ]] &&
    ((EPOCHSECONDS + window >= expires)); then
    # Marked before asking: Ctrl-C at the code prompt aborts this function, and must not make
    # the next prompt ask again.
    typeset -g __awsmfa_tried=$expires
    # awsmfa serves its cached session until 5 min before expiry (another shell may have
    # refreshed it already); only when that is still the old one, ask for a new one.
    if __awsmfa_refresh && [[ ${AWSMFA_SESSION_EXPIRES_EPOCH-} == "$expires" ]]; then
      __awsmfa_refresh --refresh
    fi
    if [[ ${AWSMFA_SESSION_EXPIRES_EPOCH-} == "$expires" ]]; then
      # Said once: the hook does not ask again until the session changes.
      print -ru2 -- "awsmfa hook: the session of profile $AWSMFA_PROFILE was not refreshed; refresh it with: eval \"\$(awsmfa env --profile $AWSMFA_PROFILE)\""
    fi
  fi
  return $previous_exit_status
}

# Installed once: add-zsh-hook does not add a function that is already there.
autoload -Uz add-zsh-hook
add-zsh-hook precmd __awsmfa_hook

# Add to ~/.zshrc:
#   eval "$(awsmfa hook zsh)"
