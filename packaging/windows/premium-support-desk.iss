; Inno Setup 6 script: a per-user installer for the one-folder build in dist\premium-support-desk.
;   iscc /DAppVersion=0.1.0 /DAppBuild=ci12.abc1234 packaging\windows\premium-support-desk.iss
; Signing: add /DSign=1 and /Ssigntool="signtool.exe sign ... $f" (release.yml does, when the
; certificate secrets exist); without them the installer is built unsigned.
;
; Upgrades: the same AppId finds the installed copy and replaces the program files in place.
; Settings (HKCU\Software\Premium Support Desk), drafts and the local workspace
; (%LOCALAPPDATA%\Premium Support Desk) and the keyring entries (Windows Credential Manager)
; are not in {app}, so neither an upgrade nor the uninstaller touches them.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z
#endif
#ifndef AppBuild
  #define AppBuild "local"
#endif
#define AppName "Premium Support Desk"
#define AppPublisher "Premium Support Desk"
#define AppExe "premium-support-desk.exe"
#define SourceDir "..\..\dist\premium-support-desk"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed copy.
AppId={{8543C148-7AF4-4F91-B2AD-DEEB34339296}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=© {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion} ({#AppBuild})
VersionInfoDescription={#AppName} installer
; Per user: no administrator rights; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\build\pyinstaller\generated\icons\premium-support-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; A running copy is closed before its files are replaced, and started again afterwards.
CloseApplications=yes
RestartApplications=yes
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=premium-support-desk-{#AppVersion}-windows-x64-setup
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's libraries go, so that none of them lingers beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Ticket links in notification mails (premium-support-desk://ticket/<number>) open in the app,
; for this user only (no administrator rights), removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\premium-support-desk"; ValueType: string; ValueName: ""; ValueData: "URL:Premium Support Desk ticket link"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\premium-support-desk"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\premium-support-desk\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\premium-support-desk\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder gathered at run time (Python's caches); user data stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
