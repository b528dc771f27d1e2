#!/usr/bin/env bash
# Regenerates samples/acme-org-mdapi/ (metadata/MDAPI format, as `sf project retrieve start
# --target-metadata-dir out --unzip` lays it out) from the source-format sample samples/acme-org/.
# Each file is copied byte for byte and renamed: "<Name>.<suffix>-meta.xml" -> "<Name>.<suffix>".
# unpackaged/package.xml lists every member that was copied.
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/acme-org/force-app/main/default"
dest="$here/acme-org-mdapi/unpackaged"
api_version="66.0"

# folder -> metadata type (the folders used by the sample; see salesforce-metadata.md §0 and §1.1)
declare -A type_of=(
    [connectedApps]=ConnectedApp
    [externalClientApps]=ExternalClientApplication
    [extlClntAppGlobalOauthSets]=ExtlClntAppGlobalOauthSettings
    [extlClntAppOauthSettings]=ExtlClntAppOauthSettings
    [extlClntAppOauthPolicies]=ExtlClntAppOauthConfigurablePolicies
    [extlClntAppPolicies]=ExtlClntAppConfigurablePolicies
    [settings]=Settings
)

rm -rf "$dest"
mkdir -p "$dest"

declare -A members_of=()
for dir in "$src"/*/; do
    folder="$(basename "$dir")"
    type="${type_of[$folder]:-}"
    if [[ -z "$type" ]]; then
        echo "make-mdapi: no metadata type known for folder '$folder'" >&2
        exit 1
    fi
    mkdir -p "$dest/$folder"
    for file in "$dir"*-meta.xml; do
        name="$(basename "$file")"
        target="${name%-meta.xml}"          # Postman.eca-meta.xml -> Postman.eca
        cp "$file" "$dest/$folder/$target"
        member="${target%.*}"               # Postman.eca -> Postman
        members_of[$type]+="$member"$'\n'
    done
done

{
    printf '<?xml version="1.0" encoding="UTF-8"?>\n'
    printf '<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n'
    for type in $(printf '%s\n' "${!members_of[@]}" | sort); do
        printf '    <types>\n'
        printf '%s' "${members_of[$type]}" | sort | while IFS= read -r member; do
            printf '        <members>%s</members>\n' "$member"
        done
        printf '        <name>%s</name>\n' "$type"
        printf '    </types>\n'
    done
    printf '    <version>%s</version>\n' "$api_version"
    printf '</Package>\n'
} > "$dest/package.xml"

echo "make-mdapi: wrote $(find "$dest" -type f | wc -l) files to ${dest#"$here"/}"
