; Inno Setup script: StoreSync for Windows, made from the PyInstaller bundle.
;
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath build\dist --workpath build\pyinstaller packaging\storesync.spec
;   iscc /DAppVersion=0.1.0 packaging\storesync.iss
;
; AppVersion must be pyproject.toml's version (packaging/README.md shows how to read it). The
; installer goes per user (no admin rights), like the app's data and its start-at-login Run value.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\storesync.iss
#endif

[Setup]
AppId={{6C1F0E52-8B7A-4C7B-9D51-3F0D2A5E7B11}
AppName=StoreSync
AppVersion={#AppVersion}
AppPublisher=StoreSync
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\StoreSync
DefaultGroupName=StoreSync
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\build
OutputBaseFilename=StoreSync-{#AppVersion}-setup
Compression=lzma2/fast
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\storesync.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "Start StoreSync when I log in"; GroupDescription: "Start-up:"; Flags: unchecked

[Files]
Source: "..\build\dist\storesync\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\StoreSync"; Filename: "{app}\storesync.exe"
Name: "{autodesktop}\StoreSync"; Filename: "{app}\storesync.exe"; Tasks: desktopicon

[Registry]
; The same value the Settings dialog's "Start at login" writes (app/ui/autostart.py).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "StoreSync"; ValueData: """{app}\storesync.exe"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\storesync.exe"; Description: "{cm:LaunchProgram,StoreSync}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Stop a running copy so its files can be removed; the data folder and keychain entries stay.
Filename: "{sys}\taskkill.exe"; Parameters: "/IM storesync.exe /F"; Flags: runhidden; RunOnceId: "StopStoreSync"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The Settings dialog may have written the Run value itself; an uninstalled app must not start. }
  if CurUninstallStep = usPostUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', 'StoreSync');
end;
