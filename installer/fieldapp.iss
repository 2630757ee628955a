; Inno Setup 6 script for fieldapp's Windows installer (per user, no administrator rights).
;
; Build the app first (python installer\build.py → dist\fieldapp\), then, from the repository:
;     iscc installer\fieldapp.iss                  → dist\fieldapp-<version>-setup.exe
;     iscc /DAppVersion=1.2.3 installer\fieldapp.iss   (to override the version)
; The version comes from dist\fieldapp\VERSION, written by installer\fieldapp.spec from
; pyproject.toml. Needs Inno Setup 6.5 or newer for the official Arabic translation
; (compiler:Languages\Arabic.isl); this file is UTF-8.
;
; The user's data (database, device identity, logs) lives in %LOCALAPPDATA%\fieldapp
; (platformdirs user_data_dir("fieldapp", appauthor=False)), outside the install folder
; %LOCALAPPDATA%\Programs\fieldapp. The uninstaller removes the program only: it leaves the data
; folder in place, so a reinstall or an upgrade finds the registrations again. Do not add an
; [UninstallDelete] entry for {localappdata}\fieldapp.

#define AppName "fieldapp"
#define BuildDir AddBackslash(SourcePath) + "..\dist\fieldapp"

#ifndef AppVersion
  #define VersionFile BuildDir + "\VERSION"
  #if !FileExists(VersionFile)
    #error dist\fieldapp\VERSION not found: build the app first with python installer\build.py
  #endif
  #define VersionHandle FileOpen(VersionFile)
  #define AppVersion Trim(FileRead(VersionHandle))
  #expr FileClose(VersionHandle)
#endif

[Setup]
; Fixed for every version: Windows recognises an upgrade of the same app by this id.
AppId={{1B6A4482-25F9-408A-975D-404A91860679}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=fieldapp
; Per-user install: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\fieldapp.ico
UninstallDisplayIcon={app}\fieldapp.exe
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; The Start-menu entries, named in the installer's language (the window's own title).
arabic.AppShortcutName=fieldapp — الأيام التحسيسية
french.AppShortcutName=fieldapp — journées de sensibilisation
english.AppShortcutName=fieldapp — outreach days
arabic.SelfTestShortcutName=fieldapp — فحص التثبيت
french.SelfTestShortcutName=fieldapp — vérifier l'installation
english.SelfTestShortcutName=fieldapp — check the installation

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder's contents (modules dropped by a newer build
; must not linger). This is the install folder, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppShortcutName}"; Filename: "{app}\fieldapp.exe"; WorkingDir: "{app}"
; Runs `fieldapp-cli self-test` in a console that stays open to show the result.
Name: "{autoprograms}\{cm:SelfTestShortcutName}"; Filename: "{cmd}"; Parameters: "/k ""{app}\fieldapp-cli.exe"" self-test"; WorkingDir: "{app}"; IconFilename: "{app}\fieldapp-cli.exe"
Name: "{autodesktop}\{cm:AppShortcutName}"; Filename: "{app}\fieldapp.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldapp.exe"; Description: "{cm:LaunchProgram,{cm:AppShortcutName}}"; Flags: nowait postinstall skipifsilent
