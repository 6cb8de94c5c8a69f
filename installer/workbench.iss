; Inno Setup 6 script for the Windows installer, built from the PyInstaller folder of installer/workbench.spec.
; Build (see installer/README.md):  iscc /DAppVersion=X.Y.Z installer\workbench.iss
; Per-user install without administrator rights; the uninstaller removes the program only, never the
; databases in %LOCALAPPDATA%\workbench.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z installer\workbench.iss
#endif

[Setup]
AppId={{6E0B6C1E-2F55-4C8B-9C3A-7D3F1E4B5A10}
AppName=Programme workbench
AppVersion={#AppVersion}
AppPublisher=Programme workbench team
DefaultDirName={autopf}\Programme workbench
DefaultGroupName=Programme workbench
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\build
OutputBaseFilename=workbench-{#AppVersion}-setup
SetupIconFile=..\resources\icons\workbench.ico
UninstallDisplayIcon={app}\workbench.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\build\dist\workbench\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Programme workbench"; Filename: "{app}\workbench.exe"
Name: "{group}\{cm:UninstallProgram,Programme workbench}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Programme workbench"; Filename: "{app}\workbench.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\workbench.exe"; Description: "{cm:LaunchProgram,Programme workbench}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: the user's databases live outside {app} and stay.
