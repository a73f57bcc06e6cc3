# Build the Windows installer from dist\kiosk (made by `pyinstaller packaging\kiosk.spec`).
# Signs kiosk.exe, kiosk-cli.exe, the installer and its uninstaller when a certificate is
# configured, and says so (a workflow warning) when it is not:
#   WINDOWS_CERT_PFX_BASE64   the code-signing certificate (.pfx), base64
#   WINDOWS_CERT_PASSWORD     its password (only given to Import-PfxCertificate)
#   WINDOWS_TIMESTAMP_URL     RFC 3161 time-stamp server (default http://timestamp.digicert.com)
# Needs Inno Setup 6.3 or newer (x64compatible) and, to sign, the Windows SDK's signtool.exe.
# Usage: pwsh packaging\windows\build_installer.ps1 -Version 0.1.0
param([Parameter(Mandatory = $true)][string]$Version)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$dist = Join-Path $root "dist"
$app = Join-Path $dist "kiosk"
foreach ($exe in "kiosk.exe", "kiosk-cli.exe") {
  if (-not (Test-Path (Join-Path $app $exe))) { throw "missing $app\${exe}: run pyinstaller packaging\kiosk.spec first" }
}
# Windows version resources take up to four numbers: "1.2.3rc1" -> "1.2.3.0".
if ($Version -notmatch '^(\d+)(?:\.(\d+))?(?:\.(\d+))?') { throw "not a version: $Version" }
$numbers = "{0}.{1}.{2}.0" -f [int]$Matches[1], [int]("0" + $Matches[2]), [int]("0" + $Matches[3])

# The installer's icon, from the same PNG the executables were made from (Pillow is in the
# build venv: PyInstaller converts the PNG with it too).
& "$root\.venv\Scripts\python.exe" -c "from PIL import Image; Image.open(r'$root\assets\icon.png').save(r'$dist\kiosk.ico', sizes=[(16,16),(32,32),(48,48),(64,64),(128,128),(256,256)])"
if ($LASTEXITCODE -ne 0) { throw "could not make kiosk.ico" }

$isccArgs = @("/DAppVersion=$Version", "/DVersionNumbers=$numbers", "/DDistDir=$app", "/DOutputDir=$dist", "/DIconFile=$dist\kiosk.ico")
if ($env:WINDOWS_CERT_PFX_BASE64) {
  # Imported into the user's certificate store and chosen by thumbprint (/sha1 ... /s My), so
  # no password appears on a command line (ISCC prints its Sign Tool commands in the log).
  $tmp = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { [IO.Path]::GetTempPath() }
  $pfx = Join-Path $tmp "kiosk-signing.pfx"
  [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
  try {
    $password = ConvertTo-SecureString $env:WINDOWS_CERT_PASSWORD -AsPlainText -Force
    $cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\CurrentUser\My -Password $password
  } finally {
    Remove-Item $pfx -Force
  }
  $thumb = $cert.Thumbprint
  $ts = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
  $signtool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
    Sort-Object { try { [version]$_.Directory.Parent.Name } catch { [version]"0.0" } } | Select-Object -Last 1).FullName
  if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
  & $signtool sign /fd SHA256 /sha1 $thumb /s My /tr $ts /td SHA256 (Join-Path $app "kiosk.exe") (Join-Path $app "kiosk-cli.exe")
  if ($LASTEXITCODE -ne 0) { throw "signing the executables failed" }
  & $signtool verify /pa (Join-Path $app "kiosk.exe") (Join-Path $app "kiosk-cli.exe")
  if ($LASTEXITCODE -ne 0) { throw "the executables' signatures do not verify" }
  # Inno Setup signs the installer and the uninstaller with this Sign Tool ($q: a quote,
  # $f: the file, both replaced by ISCC); kiosk.iss sets SignTool=signtool when UseSignTool is defined.
  $isccArgs += "/DUseSignTool=1"
  $isccArgs += "/Ssigntool=`$q$signtool`$q sign /fd SHA256 /sha1 $thumb /s My /tr $ts /td SHA256 `$f"
} else {
  Write-Output "::warning title=Windows installer unsigned::WINDOWS_CERT_PFX_BASE64 is not set: kiosk.exe, kiosk-cli.exe and the installer are not signed (SmartScreen will warn)."
}

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found at $iscc" }
& $iscc @isccArgs (Join-Path $PSScriptRoot "kiosk.iss")
if ($LASTEXITCODE -ne 0) { throw "ISCC failed (exit $LASTEXITCODE)" }
$setup = Join-Path $dist "IDmetaKiosk-$Version-windows-x64-setup.exe"
if (-not (Test-Path $setup)) { throw "installer not produced: $setup" }
if ($env:WINDOWS_CERT_PFX_BASE64) {
  & $signtool verify /pa $setup
  if ($LASTEXITCODE -ne 0) { throw "the installer's signature does not verify" }
}
Write-Output "installer: $setup"
