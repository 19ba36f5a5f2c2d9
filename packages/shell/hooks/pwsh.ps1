# awsmfa prompt hook for PowerShell: before each prompt, refreshes the MFA session that
# `awsmfa env` put in this shell when it is about to expire (or has expired).
# Costs no process while the session is fresh. Off: `Remove-Item Env:AWSMFA_PROFILE`, or
# `awsmfa env --unset --shell pwsh | Out-String | Invoke-Expression`.
# Refresh window: AWSMFA_HOOK_REFRESH_SECONDS (300).

function global:__awsmfa_self {
    & __AWSMFA_SELF__ @args
}

# awsmfa reports its own errors on stderr; on failure it prints nothing to evaluate.
function global:__awsmfa_refresh {
    $code = __awsmfa_self env --profile $env:AWSMFA_PROFILE --shell pwsh @args | Out-String
    if ($LASTEXITCODE -ne 0) { return $false }
    # Out-String: Invoke-Expression wants one string, not one call per line.
    Invoke-Expression $code
    return $true
}

function global:__awsmfa_hook {
    $expires = [long]0
    $window = [long]300
    if (-not $env:AWSMFA_PROFILE) { return }
    if (-not [long]::TryParse("$env:AWSMFA_SESSION_EXPIRES_EPOCH", [ref]$expires)) { return }
    if ($env:AWSMFA_HOOK_REFRESH_SECONDS -and -not [long]::TryParse($env:AWSMFA_HOOK_REFRESH_SECONDS, [ref]$window)) { return }
    if ("$expires" -eq "$global:__awsmfa_tried") { return }
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
        [Console]::Error.WriteLine("awsmfa hook: the session of profile $env:AWSMFA_PROFILE was not refreshed; refresh it with: awsmfa env --profile $env:AWSMFA_PROFILE | Out-String | Invoke-Expression")
    }
}

# Installed once: the existing prompt is wrapped the first time only. The wrapper keeps
# $LASTEXITCODE and $? for the prompt it wraps, and never lets the hook break the prompt.
if (-not $global:__awsmfa_hooked) {
    $global:__awsmfa_hooked = $true
    $global:__awsmfa_prompt_old = $function:prompt
    function global:prompt {
        $succeeded = $?
        $exitCode = $global:LASTEXITCODE
        try { $null = __awsmfa_hook } catch { [Console]::Error.WriteLine("awsmfa hook: $_") }
        $global:LASTEXITCODE = $exitCode
        # Sets $? back to false for the wrapped prompt, which may show it.
        if (-not $succeeded) { Write-Error '' -ErrorAction Ignore }
        if ($global:__awsmfa_prompt_old) { & $global:__awsmfa_prompt_old } else { "PS $PWD> " }
    }
}

# Add to $PROFILE:
#   awsmfa hook pwsh | Out-String | Invoke-Expression
