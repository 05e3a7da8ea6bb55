; Atelier's Windows installer (NSIS 3.08+), built around the PyInstaller folder dist\atelier\.
;
; Build:   makensis installer\atelier.nsi            (Windows, from the repository root)
;          bash tools/build_installer.sh             (Linux/CI: also signs, lists and checks)
; Defines: /DBUNDLE=folder     the PyInstaller one-folder bundle (default ..\dist\atelier)
;          /DOUTFILE=file      the installer to write (default ..\dist\Atelier-<version>-setup.exe)
;          /DSIGN_COMMAND=cmd  a command that signs the PE file given as its last argument in
;                              place; then atelier.exe, atelier-cli.exe, the uninstaller and
;                              the installer are signed while they are built
;          /DCOMPRESSOR=name   lzma (default), zlib or bzip2
;
; Run:     Atelier-<version>-setup.exe [/S] [/DBHOST=host] [/DBPORT=5432] [/DBNAME=db]
;                                      [/SITE=code] [/WAIT=seconds] [/LANG=fr|nl|en]
;                                      [/D=install folder]
; The database parameters are written machine-wide to %ProgramData%\Atelier\atelier.ini
; (see docs/decisions/delivery-installer.md and docs/it-deployment.md).

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin

; The version is written once, in app/__init__.py.
!searchparse /file "${__FILEDIR__}\..\app\__init__.py" `__version__ = "` VERSION `"`
!searchparse "${VERSION}.0.0.0" `` VERSION_MAJOR `.` VERSION_MINOR `.` VERSION_PATCH `.`
!define PRODUCT "Atelier"
!define PUBLISHER "Atelier"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Atelier"
!define SETTINGS_DIR "$APPDATA\Atelier"
!define SETTINGS_FILE "$APPDATA\Atelier\atelier.ini"
!ifndef BUNDLE
  !define BUNDLE "${__FILEDIR__}\..\dist\atelier"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}\..\dist\Atelier-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID ${COMPRESSOR}
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIFileVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© ${PUBLISHER}"

!ifdef SIGN_COMMAND
  ; The two programs are signed before they are packed, the uninstaller when makensis has
  ; written it, the installer once it is complete.
  !if /FileExists "${BUNDLE}\atelier.exe"
    !system '${SIGN_COMMAND} "${BUNDLE}\atelier.exe"' = 0
    !system '${SIGN_COMMAND} "${BUNDLE}\atelier-cli.exe"' = 0
  !else
    !echo "No atelier.exe in ${BUNDLE} (not a Windows bundle): the programs are not signed."
  !endif
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"

!define MUI_ICON "${__FILEDIR__}\..\resources\icons\atelier.ico"
!define MUI_UNICON "${__FILEDIR__}\..\resources\icons\atelier.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_NOAUTOCLOSE
!define MUI_UNFINISHPAGE_NOAUTOCLOSE

Var DbHost
Var DbPort
Var DbName
Var Site
Var WaitSeconds
Var HostField
Var PortField
Var NameField
Var SiteField

!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
Page custom DatabasePage DatabasePageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: the default when Windows speaks none of the three.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!include "${__FILEDIR__}\strings.nsh"

!macro IsRunning result
  ; 0 when atelier.exe or atelier-cli.exe runs: listed by tasklist (any session), or its
  ; file is locked (Windows refuses to open a running program's image for writing).
  nsExec::ExecToStack `"$SYSDIR\cmd.exe" /c "$SYSDIR\tasklist.exe" /NH /FO CSV | "$SYSDIR\findstr.exe" /I /C:"atelier.exe" /C:"atelier-cli.exe"`
  Pop ${result}
  Pop $R9
  ${If} ${result} != 0
    !insertmacro _LockedProgram "$INSTDIR\atelier.exe" ${result}
    !insertmacro _LockedProgram "$INSTDIR\atelier-cli.exe" ${result}
  ${EndIf}
!macroend

!macro _LockedProgram file result
  ${If} ${FileExists} "${file}"
    ClearErrors
    FileOpen $R8 "${file}" a
    ${If} ${Errors}
      StrCpy ${result} 0
    ${Else}
      FileClose $R8
    ${EndIf}
  ${EndIf}
!macroend

Function .onInit
  SetShellVarContext all
  SetRegView 64
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 != ""
    StrCpy $INSTDIR $R0
  ${EndIf}
  ; Current machine-wide settings first, then what the command line says.
  ReadINIStr $DbHost "${SETTINGS_FILE}" "database" "host"
  ReadINIStr $DbPort "${SETTINGS_FILE}" "database" "port"
  ReadINIStr $DbName "${SETTINGS_FILE}" "database" "name"
  ReadINIStr $Site "${SETTINGS_FILE}" "station" "site"
  ${GetParameters} $R1
  ClearErrors
  ${GetOptions} $R1 "/DBHOST=" $R2
  ${IfNot} ${Errors}
    StrCpy $DbHost $R2
  ${EndIf}
  ClearErrors
  ${GetOptions} $R1 "/DBPORT=" $R2
  ${IfNot} ${Errors}
    StrCpy $DbPort $R2
  ${EndIf}
  ClearErrors
  ${GetOptions} $R1 "/DBNAME=" $R2
  ${IfNot} ${Errors}
    StrCpy $DbName $R2
  ${EndIf}
  ClearErrors
  ${GetOptions} $R1 "/SITE=" $R2
  ${IfNot} ${Errors}
    StrCpy $Site $R2
  ${EndIf}
  ClearErrors
  ${GetOptions} $R1 "/LANG=" $R2
  ${IfNot} ${Errors}
    ${If} $R2 == "nl"
      StrCpy $LANGUAGE ${LANG_DUTCH}
    ${ElseIf} $R2 == "en"
      StrCpy $LANGUAGE ${LANG_ENGLISH}
    ${Else}
      StrCpy $LANGUAGE ${LANG_FRENCH}
    ${EndIf}
  ${EndIf}
  StrCpy $WaitSeconds 120
  ClearErrors
  ${GetOptions} $R1 "/WAIT=" $R2
  ${IfNot} ${Errors}
    IntOp $WaitSeconds $R2 + 0
  ${EndIf}
  ${If} $DbPort == ""
  ${AndIf} $DbHost != ""
    StrCpy $DbPort 5432
  ${EndIf}
  Call CheckSettings
FunctionEnd

Function CheckSettings
  ; A port must be a number; a database needs a host and a name.
  ${If} $DbPort != ""
    IntOp $R3 $DbPort + 0
    ${If} $R3 < 1
    ${OrIf} $R3 > 65535
      MessageBox MB_ICONSTOP "$(BadPort)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
  ${If} $DbHost != ""
  ${AndIf} $DbName == ""
    MessageBox MB_ICONSTOP "$(NameMissing)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

Function SkipDirectoryOnUpgrade
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 != ""
    Abort ; an upgrade installs where the previous version is
  ${EndIf}
FunctionEnd

Function DatabasePage
  !insertmacro MUI_HEADER_TEXT "$(DatabaseTitle)" "$(DatabaseSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "$(DatabaseIntro)"
  Pop $0
  ${NSD_CreateLabel} 0 42u 30% 12u "$(HostLabel)"
  Pop $0
  ${NSD_CreateText} 32% 40u 68% 12u "$DbHost"
  Pop $HostField
  ${NSD_CreateLabel} 0 60u 30% 12u "$(PortLabel)"
  Pop $0
  ${NSD_CreateNumber} 32% 58u 20% 12u "$DbPort"
  Pop $PortField
  ${NSD_CreateLabel} 0 78u 30% 12u "$(NameLabel)"
  Pop $0
  ${NSD_CreateText} 32% 76u 68% 12u "$DbName"
  Pop $NameField
  ${NSD_CreateLabel} 0 96u 30% 12u "$(SiteLabel)"
  Pop $0
  ${NSD_CreateText} 32% 94u 30% 12u "$Site"
  Pop $SiteField
  ${NSD_CreateLabel} 0 116u 100% 24u "$(DatabaseNote)"
  Pop $0
  nsDialogs::Show
FunctionEnd

Function DatabasePageLeave
  ${NSD_GetText} $HostField $DbHost
  ${NSD_GetText} $PortField $DbPort
  ${NSD_GetText} $NameField $DbName
  ${NSD_GetText} $SiteField $Site
  ${If} $DbHost != ""
  ${AndIf} $DbPort == ""
    StrCpy $DbPort 5432
  ${EndIf}
  ${If} $DbHost != ""
  ${AndIf} $DbName == ""
    MessageBox MB_ICONEXCLAMATION "$(NameMissing)"
    Abort
  ${EndIf}
FunctionEnd

Function WaitForAtelier
  ; Interactive: ask the administrator to close Atelier. Silent: ask it to close, wait up
  ; to /WAIT seconds (drafts are saved every 20 s), then end it.
  StrCpy $R5 0
  ${Do}
    !insertmacro IsRunning $R6
    ${If} $R6 != 0
      ${Break}
    ${EndIf}
    ${IfNot} ${Silent}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
      SetErrorLevel 3
      Quit
      retry:
    ${Else}
      ${If} $R5 == 0
        DetailPrint "$(AskingToClose)"
        nsExec::Exec `"$SYSDIR\taskkill.exe" /IM atelier.exe`
        Pop $R7
      ${EndIf}
      ${If} $R5 >= $WaitSeconds
        DetailPrint "$(Ending)"
        nsExec::Exec `"$SYSDIR\taskkill.exe" /F /IM atelier.exe /IM atelier-cli.exe`
        Pop $R7
        Sleep 2000
        ${Break}
      ${EndIf}
      Sleep 5000
      IntOp $R5 $R5 + 5
    ${EndIf}
  ${Loop}
FunctionEnd

Function WriteMachineSettings
  ; Contract with the application: docs/decisions/delivery-installer.md.
  ${If} $DbHost == ""
    Return ; no shared database given: each Windows user chooses at first start
  ${EndIf}
  CreateDirectory "${SETTINGS_DIR}"
  WriteINIStr "${SETTINGS_FILE}" "database" "host" "$DbHost"
  WriteINIStr "${SETTINGS_FILE}" "database" "port" "$DbPort"
  WriteINIStr "${SETTINGS_FILE}" "database" "name" "$DbName"
  ${If} $Site != ""
    WriteINIStr "${SETTINGS_FILE}" "station" "site" "$Site"
  ${Else}
    DeleteINIStr "${SETTINGS_FILE}" "station" "site"
  ${EndIf}
  FlushINI "${SETTINGS_FILE}"
  DetailPrint "$(SettingsWritten)"
FunctionEnd

Section "Atelier" SecMain
  SectionIn RO
  Call WaitForAtelier
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole runtime: no library of the previous version is left behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\atelier.exe" "" "$INSTDIR\atelier.exe" 0
  Call WriteMachineSettings

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\atelier.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Language" "$LANGUAGE"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "VersionMajor" ${VERSION_MAJOR}
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "VersionMinor" ${VERSION_MINOR}
  ${GetSize} "$INSTDIR" "/S=0K" $R0 $R1 $R2
  IntFmt $R0 "0x%08X" $R0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$R0"
SectionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
  ; The uninstaller speaks the language the installer spoke, unless /LANG= says otherwise.
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "Language"
  ${If} $R0 != ""
    StrCpy $LANGUAGE $R0
  ${EndIf}
  ${GetParameters} $R1
  ClearErrors
  ${GetOptions} $R1 "/LANG=" $R2
  ${IfNot} ${Errors}
    ${If} $R2 == "nl"
      StrCpy $LANGUAGE ${LANG_DUTCH}
    ${ElseIf} $R2 == "en"
      StrCpy $LANGUAGE ${LANG_ENGLISH}
    ${Else}
      StrCpy $LANGUAGE ${LANG_FRENCH}
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Uninstall"
  !insertmacro IsRunning $R6
  ${If} $R6 == 0
    MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(UnStillRunning)" /SD IDOK IDOK end_it
    Quit
    end_it:
    nsExec::Exec `"$SYSDIR\taskkill.exe" /F /IM atelier.exe /IM atelier-cli.exe`
    Pop $R7
    Sleep 2000
  ${EndIf}
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$INSTDIR\atelier.exe"
  Delete "$INSTDIR\atelier-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; The machine-wide settings go with the program; each user's database, logs and settings
  ; (under their own profile) are kept.
  Delete "${SETTINGS_FILE}"
  RMDir "${SETTINGS_DIR}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
