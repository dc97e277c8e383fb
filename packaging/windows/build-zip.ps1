# Builds the Windows bundle and a zip, on Windows (CI: .github/workflows/package.yml).
# Written and checked by reading only: the project's machines are Linux, so it has not run.
#
#   pwsh packaging/windows/build-zip.ps1
#
# -> dist\LiveDesk\LiveDesk.exe           the app (no console window), icon and version info
# -> dist\LiveDesk\livedesk-console.exe   the same app with a console, for `--self-test`
# -> dist\LiveDesk-<version>-windows-<arch>.zip
#
# Environment: PYTHON (default: python), LIVEDESK_DIST and LIVEDESK_WORK (dist\ and build\).
# Signing (not done here): signtool sign /fd SHA256 /tr <timestamp URL> /td SHA256 on both
# .exe files before zipping, so SmartScreen has a publisher to show.
$ErrorActionPreference = "Stop"
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$py = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$dist = if ($env:LIVEDESK_DIST) { $env:LIVEDESK_DIST } else { "$root\dist" }
$work = if ($env:LIVEDESK_WORK) { $env:LIVEDESK_WORK } else { "$root\build" }

function Invoke-Checked {
    # Native commands do not stop the script on failure by themselves.
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "$($args[0]) failed with exit code $LASTEXITCODE" }
}

Invoke-Checked $py -m PyInstaller --noconfirm --log-level WARN `
    --distpath $dist --workpath $work "$root\packaging\livedesk.spec"
Invoke-Checked $py "$root\packaging\bundle_size.py" "$dist\LiveDesk"

$version = (& $py -c "from desktop_app import __version__; print(__version__)").Trim()
$arch = if ($env:PROCESSOR_ARCHITECTURE -eq "ARM64") { "arm64" } else { "x64" }
$zip = "$dist\LiveDesk-$version-windows-$arch.zip"
Compress-Archive -Path "$dist\LiveDesk" -DestinationPath $zip -Force
Write-Output "${zip}: $([math]::Round((Get-Item $zip).Length / 1MB)) MiB"
