#!/bin/sh
# Rebuilds the constructed charset fixtures from the UTF-8 sources in charsets/src with iconv.
# Each output is "<lang>-<charset>[-variant].xml"; see PROVENANCE.md.
set -eu
cd "$(dirname "$0")/charsets"
build() { # lang enc-label-in-prolog iconv-target out [with-language]
  lang="$1"; label="$2"; target="$3"; out="$4"; langline="${5:-<language>$lang</language>}"
  sed -e "s/@ENC@/$label/" -e "s#@LANG@#$langline#" "src/$lang.xml" | iconv -f UTF-8 -t "$target" > "$out"
}
noprolog() { # lang iconv-target out
  sed -e '1s/ encoding="@ENC@"//' -e 's#@LANG@##' "src/$1.xml" | iconv -f UTF-8 -t "$2" > "$3"
}
build ru windows-1251 WINDOWS-1251 ru-windows-1251.xml
build ru KOI8-R KOI8-R ru-koi8-r.xml
build lt windows-1257 WINDOWS-1257 lt-windows-1257.xml
build lt ISO-8859-13 ISO-8859-13//TRANSLIT lt-iso-8859-13.xml  # no en dash in 8859-13
build pl ISO-8859-2 ISO-8859-2 pl-iso-8859-2.xml
build ru UTF-16 UTF-16LE ru-utf-16le-nobom.xml
build ru UTF-16 UTF-16BE ru-utf-16be-nobom.xml
printf '\377\376' > lt-utf-16le-bom.xml; build lt UTF-16 UTF-16LE tmp.xml; cat tmp.xml >> lt-utf-16le-bom.xml
printf '\376\377' > pl-utf-16be-bom.xml; build pl UTF-16 UTF-16BE tmp.xml; cat tmp.xml >> pl-utf-16be-bom.xml
rm tmp.xml
# Wrong or missing declarations.
noprolog ru WINDOWS-1251 ru-windows-1251-undeclared.xml
noprolog ru KOI8-R ru-koi8-r-undeclared.xml
noprolog lt WINDOWS-1257 lt-windows-1257-undeclared.xml
noprolog pl ISO-8859-2 pl-iso-8859-2-undeclared.xml
build lt ISO-8859-1 UTF-8 lt-utf-8-prolog-latin1.xml
build ru UTF-8 WINDOWS-1251 ru-windows-1251-prolog-utf-8.xml
