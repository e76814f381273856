#!/usr/bin/env bash
# Checks that docker/Dockerfile builds what the Maven build builds: same inputs, same jar.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "docker/Dockerfile: $*" >&2; exit 1; }

final_name=$(sed -n 's:.*<finalName>\(.*\)</finalName>.*:\1:p' pom.xml)
[ -n "$final_name" ] || fail "pom.xml has no <finalName>"
grep -q "target/${final_name}.jar" docker/Dockerfile || fail "does not copy target/${final_name}.jar"

# Every directory the pom packages as resources must be copied into the build stage.
for dir in src bpmn forms; do
  grep -qE "^COPY ${dir} ${dir}\$" docker/Dockerfile || fail "does not copy ${dir}/"
done
for dir in $(sed -n 's:.*<directory>\([^/<]*\).*</directory>.*:\1:p' pom.xml | sort -u); do
  grep -qE "^COPY ${dir} " docker/Dockerfile || fail "pom.xml packages ${dir}/ but the Dockerfile does not copy it"
done
grep -q "mvn -B -DskipTests -Dskip.lint=true package" docker/Dockerfile || fail "Maven package step differs"
echo "docker/Dockerfile matches the Maven build (target/${final_name}.jar)"
