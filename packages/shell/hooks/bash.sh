# shellcheck shell=bash
# awsmfa prompt hook for bash: before each prompt, refreshes the MFA session that
# `awsmfa env` put in this shell when it is about to expire (or has expired).
# Costs no process while the session is fresh. Off: `unset AWSMFA_PROFILE`, or
# `eval "$(awsmfa env --unset)"`. Refresh window: AWSMFA_HOOK_REFRESH_SECONDS (300).

__awsmfa_self() {
  __AWSMFA_SELF__ "$@"
}

# Prints nothing on failure: awsmfa reports its own errors on stderr.
__awsmfa_refresh() {
  local code
  code="$(__awsmfa_self env --quiet --profile "$AWSMFA_PROFILE" --shell bash "$@")" || return
  # Ctrl-C must not leave half of the variables set.
  trap -- '' SIGINT
  eval "$code"
  trap - SIGINT
}

__awsmfa_hook() {
  local previous_exit_status=$? expires=${AWSMFA_SESSION_EXPIRES_EPOCH-} window=${AWSMFA_HOOK_REFRESH_SECONDS:-300} now
  # Digits only: bash arithmetic would run a $(…) hidden in a variable's value.
  if [[ -n ${AWSMFA_PROFILE-} && $expires =~ ^[0-9]{1,12}$ && $window =~ ^[0-9]{1,9}$ && $expires != "${__awsmfa_tried-}" ]]; then
    # printf's %(…)T is bash's clock (4.2+); no `date` process on every prompt.
    printf -v now '%(%s)T' -1 2>/dev/null || now=$(command date +%s)
    if ((now + window >= expires)); then
      # Marked before asking: Ctrl-C at the code prompt aborts this function, and must not make
      # the next prompt ask again.
      __awsmfa_tried=$expires
      # awsmfa serves its cached session until 5 min before expiry (another shell may have
      # refreshed it already); only when that is still the old one, ask for a new one.
      if __awsmfa_refresh && [[ ${AWSMFA_SESSION_EXPIRES_EPOCH-} == "$expires" ]]; then
        __awsmfa_refresh --refresh
      fi
      if [[ ${AWSMFA_SESSION_EXPIRES_EPOCH-} == "$expires" ]]; then
        # Said once: the hook does not ask again until the session changes.
        printf 'awsmfa hook: the session of profile %s was not refreshed; refresh it with: eval "$(awsmfa env --profile %s)"\n' "$AWSMFA_PROFILE" "$AWSMFA_PROFILE" >&2
      fi
    fi
  fi
  return "$previous_exit_status"
}

# Installed once, first, so that it sees the exit status of the user's command. PROMPT_COMMAND
# may be a string or (bash 5.1+) an array; IFS=';' joins an array's elements like the string's.
__awsmfa_install() {
  local IFS=';'
  [[ ";${PROMPT_COMMAND[*]-};" == *";__awsmfa_hook;"* ]] && return
  if [[ "$(declare -p PROMPT_COMMAND 2>&1)" == "declare -a"* ]]; then
    PROMPT_COMMAND=(__awsmfa_hook "${PROMPT_COMMAND[@]}")
  else
    PROMPT_COMMAND="__awsmfa_hook${PROMPT_COMMAND:+;$PROMPT_COMMAND}"
  fi
}
__awsmfa_install
unset -f __awsmfa_install

# Add to ~/.bashrc:
#   eval "$(awsmfa hook bash)"
