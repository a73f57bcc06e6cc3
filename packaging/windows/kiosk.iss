; Inno Setup 6 script for the IDmeta Kiosk (per-machine, 64-bit).
; Build: iscc /DAppVersion=0.1.0 /DDistDir=..\..\dist\kiosk packaging\windows\kiosk.iss
; Signing: packaging/windows/build_installer.ps1 passes /Ssigntool=... when a certificate is
; configured (see docs/packaging.md); without it the installer is built unsigned.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\kiosk"
#endif
#ifndef IconFile
  #define IconFile "..\..\dist\kiosk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Fixed for ever: upgrades find and replace the installed version by this id.
AppId={{5E0B6D2C-3F4A-4B8E-9C71-2A6D8F1E4B90}
AppName=IDmeta Kiosk
AppVersion={#AppVersion}
AppVerName=IDmeta Kiosk {#AppVersion}
AppPublisher=IDmeta
VersionInfoVersion={#AppVersion}
VersionInfoProductName=IDmeta Kiosk
VersionInfoCompany=IDmeta
DefaultDirName={autopf}\IDmeta Kiosk
DefaultGroupName=IDmeta Kiosk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=IDmetaKiosk-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\kiosk.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Only the uninstaller touches per-user folders, and only when asked to.
UsedUserAreasWarning=no
#ifdef UseSignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Tasks]
Name: "autostart"; Description: "Start in kiosk mode when a user signs in"; GroupDescription: "Kiosk:"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\IDmeta Kiosk (staff mode)"; Filename: "{app}\kiosk.exe"; Parameters: "run --mode staff"
Name: "{group}\IDmeta Kiosk (kiosk mode)"; Filename: "{app}\kiosk.exe"; Parameters: "run --mode kiosk"
Name: "{group}\Uninstall IDmeta Kiosk"; Filename: "{uninstallexe}"
Name: "{commonstartup}\IDmeta Kiosk"; Filename: "{app}\kiosk.exe"; Parameters: "run --mode kiosk"; Tasks: autostart

[Run]
; The installation checks itself (console twin: it prints; the log keeps the line).
Filename: "{app}\kiosk-cli.exe"; Parameters: "--self-test"; StatusMsg: "Checking the installation..."; Flags: runhidden waituntilterminated
Filename: "{app}\kiosk.exe"; Parameters: "run --mode staff"; Description: "Open IDmeta Kiosk now (staff mode)"; Flags: postinstall nowait skipifsilent unchecked

[UninstallDelete]
; Files the app writes next to itself (none today); user data is handled below.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
var
  RemoveUserData: Boolean;

function InitializeUninstall(): Boolean;
begin
  RemoveUserData := False;
  if not UninstallSilent() then
    RemoveUserData := MsgBox('Also remove this user''s kiosk settings (%APPDATA%\IDmetaKiosk) ' +
      'and the stored API token?' + #13#10#13#10 +
      'Choose No to keep them for a later installation.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
  begin
    DelTree(ExpandConstant('{userappdata}\IDmetaKiosk'), True, True, True);
    DelTree(ExpandConstant('{localappdata}\IDmetaKiosk'), True, True, True);
    { The token lives in Windows Credential Manager under the service "idmeta-kiosk". }
    Exec(ExpandConstant('{sys}\cmdkey.exe'), '/delete:idmeta-kiosk', '',
      SW_HIDE, ewWaitUntilTerminated, ResultCode);
  end;
end;
