; Inno Setup 6 script of the Windows installer: the one-folder bundle made by
; packaging/build.py (dist\kzpk-desktop) becomes dist\KZPK-Desktop-<version>-setup.exe.
;   python packaging\build.py --installer      (runs ISCC with the version below)
;   ISCC /DAppVersion=0.2.0 packaging\kzpk-desktop.iss   (the same by hand)
; The version comes from kzpk_desktop/__init__.py through /DAppVersion; see README.md here.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging\build.py --installer does)
#endif

[Setup]
; One AppId for every release: a newer installer upgrades the installed one in place.
AppId={{7D5B6F0E-3C1A-4E8B-9A57-2F4C8E1D6B90}
AppName=KZPK Desktop
AppVersion={#AppVersion}
AppVerName=KZPK Desktop {#AppVersion}
AppPublisher=KZPK
DefaultDirName={autopf}\KZPK Desktop
DefaultGroupName=KZPK Desktop
DisableProgramGroupPage=yes
; Per user by default (no administrator needed, installs under %LOCALAPPDATA%\Programs);
; IT may install for all users instead (/ALLUSERS on the command line, or the dialog).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=KZPK-Desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kzpk-desktop.exe
; The app must not run while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the program's own files only: the bundle's libraries of the
; previous version go first (a file it no longer ships must not stay behind). The
; database, its backups and the settings are never here (see [Dirs]).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\kzpk-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The per-user data folder the app uses (platformdirs: %LOCALAPPDATA%\KZPK\kzpk-desktop):
; the database kzpk.sqlite and backups\. Made here for the installing user, left in
; place by upgrades and by the uninstaller, so no record is ever lost with the program.
; Settings (language, window state) are in HKCU\Software\KZPK\KZPK Desktop, also kept.
Name: "{localappdata}\KZPK\kzpk-desktop"; Flags: uninsneveruninstall; Check: not IsAdminInstallMode

[Icons]
Name: "{autoprograms}\KZPK Desktop"; Filename: "{app}\kzpk-desktop.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\KZPK Desktop"; Filename: "{app}\kzpk-desktop.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\kzpk-desktop.exe"; Description: "{cm:LaunchProgram,KZPK Desktop}"; Flags: nowait postinstall skipifsilent
