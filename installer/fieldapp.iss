; Inno Setup script for the Windows installer. installer/build.py passes /DAppVersion=…
; from pyproject.toml and /DSourceDir=… (the PyInstaller output folder).
#ifndef AppVersion
  #error AppVersion must be given: iscc /DAppVersion=x.y.z /DSourceDir=dist\fieldapp-x.y.z fieldapp.iss
#endif

[Setup]
AppName=fieldapp
AppVersion={#AppVersion}
DefaultDirName={autopf}\fieldapp
DefaultGroupName=fieldapp
OutputBaseFilename=fieldapp-{#AppVersion}-setup
PrivilegesRequired=lowest
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\fieldapp"; Filename: "{app}\fieldapp.exe"
Name: "{autodesktop}\fieldapp"; Filename: "{app}\fieldapp.exe"
