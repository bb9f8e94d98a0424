# Sign Windows executables with the certificate from the repository's secrets
# (WINDOWS_CERTIFICATE: base64 .pfx, WINDOWS_CERTIFICATE_PASSWORD). Without them it says so
# and leaves the files unsigned (SmartScreen will warn). Inno Setup calls it too, for the
# installer and the uninstaller (build-installer.ps1).
param([Parameter(Mandatory = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"

if (-not $env:WINDOWS_CERTIFICATE) {
    Write-Output "::warning::No Windows signing secrets (WINDOWS_CERTIFICATE): $Files stay unsigned."
    exit 0
}
$pfx = Join-Path ([IO.Path]::GetTempPath()) "psd-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
try {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD /fd sha256 `
        /tr http://timestamp.digicert.com /td sha256 /d "Premium Support Desk" @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed with $LASTEXITCODE" }
} finally {
    Remove-Item -Force $pfx
}
