; Inno Setup 6 script for the IDmeta Kiosk (per-machine, 64-bit).
; Build: packaging\windows\build_installer.ps1 -Version X.Y.Z, which runs
;   iscc /DAppVersion=X.Y.Z /DVersionNumbers=X.Y.Z.0 /DDistDir=... [/DUseSignTool=1 /Ssigntool=...]
; Signing: build_installer.ps1 defines UseSignTool and the Sign Tool "signtool" on the ISCC
; command line when a certificate is configured (docs/packaging.md); otherwise unsigned.
; Needs Inno Setup 6.3 or newer (the x64compatible architecture identifier).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; VersionInfoVersion takes numbers only (up to four), not "1.2.3rc1".
#ifndef VersionNumbers
  #define VersionNumbers "0.0.0.0"
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
VersionInfoVersion={#VersionNumbers}
VersionInfoProductVersion={#VersionNumbers}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName=IDmeta Kiosk
VersionInfoCompany=IDmeta
VersionInfoDescription=IDmeta Kiosk installer
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
; The installation checks itself in CurStepChanged below (its exit code is looked at).
Filename: "{app}\kiosk.exe"; Parameters: "run --mode staff"; Description: "Open IDmeta Kiosk now (staff mode)"; Flags: postinstall nowait skipifsilent unchecked

[UninstallDelete]
; Files the app writes next to itself (none today); user data is handled below.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
var
  RemoveUserData: Boolean;

procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    { The console twin prints its one line; Setup's log (/LOG) records the exit code. }
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not Exec(ExpandConstant('{app}\kiosk-cli.exe'), '--self-test', ExpandConstant('{app}'),
      SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    begin
      Log(Format('kiosk-cli --self-test failed (exit code %d)', [ResultCode]));
      SuppressibleMsgBox('The installed kiosk did not pass its self-test (exit code ' +
        IntToStr(ResultCode) + '). Run "' + ExpandConstant('{app}\kiosk-cli.exe') +
        ' --self-test" in a console to see why.', mbError, MB_OK, IDOK);
    end
    else
      Log('kiosk-cli --self-test passed');
  end;
end;

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
