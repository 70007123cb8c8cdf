; Inno Setup 6 recipe for the Windows installer of meetings-app (NOT built or tested in CI:
; the project's CI runs on Linux; see packaging/README.md).
;
; Build on Windows, after `pyinstaller --noconfirm build.spec` made dist\meetings-app\:
;   iscc /DAppVersion=0.1.0 packaging\windows\meetings-app.iss
; Output: dist\meetings-app-0.1.0-setup.exe
;
; Silent rollout (SCCM/Intune/GPO), per machine, no questions, no reboot:
;   meetings-app-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG="%TEMP%\meetings-app-setup.log"
; with the agency's deployment preset copied beside the program:
;   ... /PRESET="\\server\share\meetings-app.toml"
; Silent removal (users' data in %LOCALAPPDATA%\meetings-app is kept):
;   "C:\Program Files\meetings-app\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; and deleting every user's data as well:
;   "C:\Program Files\meetings-app\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /PURGEDATA

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6F1C2B9E-4D3A-4E7B-9C21-7A5E0B3D8F42}
AppName=meetings-app
AppVersion={#AppVersion}
AppPublisher=meetings-app contributors
DefaultDirName={autopf}\meetings-app
DefaultGroupName=meetings-app
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=meetings-app-{#AppVersion}-setup
SetupIconFile={#Root}\build\build\icons\meetings-app.ico
UninstallDisplayIcon={app}\meetings-app.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Vietnamese messages ship with Inno Setup's unofficial translations; add the file to the
; compiler's Languages folder to enable:
; Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Files]
Source: "{#Root}\dist\meetings-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\packaging\meetings-app.toml.example"; DestDir: "{app}"; Flags: ignoreversion
; The agency's preset given with /PRESET=FILE goes beside the program.
Source: "{param:PRESET}"; DestDir: "{app}"; DestName: "meetings-app.toml"; Flags: external skipifsourcedoesntexist; Check: PresetGiven

[Icons]
Name: "{autoprograms}\meetings-app"; Filename: "{app}\meetings-app.exe"
Name: "{autodesktop}\meetings-app"; Filename: "{app}\meetings-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\meetings-app.exe"; Description: "{cm:LaunchProgram,meetings-app}"; Flags: nowait postinstall skipifsilent

[Code]
function PresetGiven: Boolean;
begin
  Result := ExpandConstant('{param:PRESET|}') <> '';
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Purge := Pos('/PURGEDATA', Uppercase(GetCmdTail)) > 0;
  if (not Purge) and (not UninstallSilent) then
    Purge := MsgBox('Also delete your meetings-app data (meetings, documents and notes kept offline, unsent changes)?',
                    mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Purge then
    DelTree(ExpandConstant('{localappdata}\meetings-app'), True, True, True);
end;
