# awsmfa prompt hook for fish: before each prompt, refreshes the MFA session that
# `awsmfa env` put in this shell when it is about to expire (or has expired).
# Off: `set -e AWSMFA_PROFILE`, or `awsmfa env --unset | source`.
# Refresh window: AWSMFA_HOOK_REFRESH_SECONDS (300).

function __awsmfa_self
    __AWSMFA_SELF__ $argv
end

# awsmfa reports its own errors on stderr; on failure it prints nothing to source.
# The status is awsmfa's, not that of `source`.
function __awsmfa_refresh
    __awsmfa_self env --quiet --profile $AWSMFA_PROFILE --shell fish $argv | source
    return $pipestatus[1]
end

# Defining the function again replaces it, so sourcing this twice still runs it once per prompt.
function __awsmfa_hook --on-event fish_prompt
    set -l previous_status $status
    set -q AWSMFA_PROFILE[1]; or return $previous_status
    set -l expires "$AWSMFA_SESSION_EXPIRES_EPOCH"
    set -l window 300
    set -q AWSMFA_HOOK_REFRESH_SECONDS[1]; and set window "$AWSMFA_HOOK_REFRESH_SECONDS"
    # Digits only, so that `math` gets numbers.
    if string match -qr '^[0-9]{1,12}$' -- $expires; and string match -qr '^[0-9]{1,9}$' -- $window
        and test "$expires" != "$__awsmfa_tried"
        # fish has no clock of its own: one `date`, only while a session is in this shell.
        set -l now (command date +%s)
        if test (math $now + $window) -ge $expires
            # Marked before asking: Ctrl-C at the code prompt must not make the next prompt ask again.
            set -g __awsmfa_tried $expires
            # awsmfa serves its cached session until 5 min before expiry (another shell may have
            # refreshed it already); only when that is still the old one, ask for a new one.
            if __awsmfa_refresh; and test "$AWSMFA_SESSION_EXPIRES_EPOCH" = "$expires"
                __awsmfa_refresh --refresh
            end
            if test "$AWSMFA_SESSION_EXPIRES_EPOCH" = "$expires"
                # Said once: the hook does not ask again until the session changes.
                printf 'awsmfa hook: the session of profile %s was not refreshed; refresh it with: awsmfa env --profile %s | source\n' $AWSMFA_PROFILE $AWSMFA_PROFILE >&2
            end
        end
    end
    return $previous_status
end

# Add to ~/.config/fish/config.fish:
#   awsmfa hook fish | source
