# Build the per-user installer from dist\premium-support-desk with Inno Setup 6:
#   packaging/windows/build-installer.ps1 -Version 0.1.0
# Writes dist\premium-support-desk-<version>-windows-x64-setup.exe, signed (with its
# uninstaller) when the signing secrets are set.
param([Parameter(Mandatory = $true)][string]$Version)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) {
    choco install innosetup --no-progress -y
    if ($LASTEXITCODE -ne 0) { throw "could not install Inno Setup" }
}
$info = Get-Content (Join-Path $root "build\pyinstaller\generated\build-info.json") | ConvertFrom-Json
$arguments = @("/DAppVersion=$Version", "/DAppBuild=$($info.build)")
if ($env:WINDOWS_CERTIFICATE) {
    # Inno Setup runs this for setup.exe and the uninstaller, with $f for the file.
    $sign = Join-Path $PSScriptRoot "sign.ps1"
    $arguments += "/DSign=1"
    $arguments += "/Ssigntool=powershell.exe -NoProfile -ExecutionPolicy Bypass -File `"$sign`" -Files `$f"
} else {
    Write-Output "::warning::No Windows signing secrets: the installer is unsigned."
}
& $iscc @arguments (Join-Path $PSScriptRoot "premium-support-desk.iss")
if ($LASTEXITCODE -ne 0) { throw "ISCC failed with $LASTEXITCODE" }
