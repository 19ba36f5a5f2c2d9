# awsmfa prompt hook for PowerShell: before each prompt, refreshes the MFA session that
# `awsmfa env` put in this shell when it is about to expire (or has expired).
# Costs no process while the session is fresh. Off: `Remove-Item Env:AWSMFA_PROFILE`, or
# `awsmfa env --unset --shell pwsh | Out-String | Invoke-Expression`.
# Refresh window: AWSMFA_HOOK_REFRESH_SECONDS (300).

# Works under Set-StrictMode: no variable is read before it exists.

function global:__awsmfa_self {
    # 2>&1 on the call itself: inside `prompt` the console host discards a native command's
    # stderr, so awsmfa's messages come back here as error records instead.
    & __AWSMFA_SELF__ @args 2>&1
}

# awsmfa's messages go to the console's stderr; on failure it prints nothing to evaluate.
function global:__awsmfa_refresh {
    # Windows PowerShell makes each stderr line an error record, which 'Stop' would throw.
    $ErrorActionPreference = 'Continue'
    $code = @()
    foreach ($line in (__awsmfa_self env --quiet --profile $env:AWSMFA_PROFILE --shell pwsh @args)) {
        if ($line -is [System.Management.Automation.ErrorRecord]) { [Console]::Error.WriteLine("$line") }
        else { $code += "$line" }
    }
    if ($LASTEXITCODE -ne 0) { return $false }
    # One string: Invoke-Expression runs each element of an array as its own script.
    Invoke-Expression ($code -join "`n")
    return $true
}

function global:__awsmfa_hook {
    $expires = [long]0
    $window = [long]300
    if (-not $env:AWSMFA_PROFILE) { return }
    if (-not [long]::TryParse("$env:AWSMFA_SESSION_EXPIRES_EPOCH", [ref]$expires)) { return }
    if ($env:AWSMFA_HOOK_REFRESH_SECONDS -and -not [long]::TryParse($env:AWSMFA_HOOK_REFRESH_SECONDS, [ref]$window)) { return }
    # Get-Variable, not $global:__awsmfa_tried: strict mode throws on reading it before the first refresh.
    if ("$expires" -eq "$(Get-Variable __awsmfa_tried -Scope Global -ValueOnly -ErrorAction Ignore)") { return }
    if ([DateTimeOffset]::UtcNow.ToUnixTimeSeconds() + $window -lt $expires) { return }
    # Marked before asking: Ctrl-C at the code prompt must not make the next prompt ask again.
    $global:__awsmfa_tried = "$expires"
    # awsmfa serves its cached session until 5 min before expiry (another shell may have
    # refreshed it already); only when that is still the old one, ask for a new one.
    if ((__awsmfa_refresh) -and "$env:AWSMFA_SESSION_EXPIRES_EPOCH" -eq "$expires") {
        $null = __awsmfa_refresh --refresh
    }
    if ("$env:AWSMFA_SESSION_EXPIRES_EPOCH" -eq "$expires") {
        # Said once: the hook does not ask again until the session changes.
        [Console]::Error.WriteLine("awsmfa hook: the session of profile $env:AWSMFA_PROFILE was not refreshed; refresh it with: awsmfa env --profile $env:AWSMFA_PROFILE --shell pwsh | Out-String | Invoke-Expression")
    }
}

# Installed once per prompt: a theme (starship, oh-my-posh) that defines `prompt` after this line
# replaces the wrapper, so put this line last; running it again wraps the theme's prompt, and
# running it twice in a row does nothing. The wrapper keeps $LASTEXITCODE and $? for the prompt
# it wraps, and never lets the hook break the prompt.
if ("$function:prompt" -notmatch '__awsmfa_hook') {
    $global:__awsmfa_prompt_old = $function:prompt
    function global:prompt {
        $succeeded = $?
        $exitCode = Get-Variable LASTEXITCODE -Scope Global -ValueOnly -ErrorAction Ignore
        try { $null = __awsmfa_hook } catch { [Console]::Error.WriteLine("awsmfa hook: $_") }
        if ($null -ne $exitCode) { $global:LASTEXITCODE = $exitCode }
        # Sets $? back to false for the wrapped prompt, which may show it.
        if (-not $succeeded) { Write-Error '' -ErrorAction Ignore }
        if ($global:__awsmfa_prompt_old) { & $global:__awsmfa_prompt_old } else { "PS $PWD> " }
    }
}

# Add to $PROFILE:
#   awsmfa hook pwsh | Out-String | Invoke-Expression
