#!/usr/bin/env bash
# Makes a JDK AOT cache (JDK 25 or newer, JEP 483/514/515) for the production jar, so that it starts faster:
#
#   docker/app/aot-cache.sh target/smart-city-platform-0.1.0-SNAPSHOT.jar /opt/city [--spring.r2dbc.url=... ...]
#   java -XX:AOTCache=/opt/city/app.aot -jar /opt/city/smart-city-platform-0.1.0-SNAPSHOT.jar [the same settings]
#
# It extracts the jar into the folder (Spring Boot's extracted layout: a cache only holds classes loaded from plain
# jars on the class path, never from the jar-in-jar of `java -jar app.jar`), starts the application there once in
# training mode (-XX:AOTMode=record) with the settings given after the folder or in the environment (SPRING_R2DBC_URL,
# ...), against a real database and search cluster as in production, serves it a first page (the readiness probe,
# the home page, Vaadin's init request and the first round trip that draws the view), stops it, and makes the cache
# from what was recorded (-XX:AOTMode=create). Make it again after every new jar or JDK, on the machine (or image)
# that runs the application, with the JVM options it runs with (JAVA_OPTS, such as -Xmx4g): the JVM refuses a cache
# made with another jar, class path or JDK and starts without it (it says so on its log: "[error][aot] ... Unable to
# map shared spaces"). Options that change the JVM's modules must be the same too: JMX remote
# (-Dcom.sun.management.jmxremote.*) adds the module jdk.management.agent, so train with it or with
# --add-modules=jdk.management.agent in JAVA_OPTS when production runs with it.
#
# Environment: JAVA (default: java on the PATH), JAVA_OPTS, TRAINING_PORT (default 18080), TRAINING_TIMEOUT (s, 600).
# Figures: BENCHMARKS.md, StartupBench.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,5p' "$0" >&2
  exit 2
fi
jar=$1; dir=$2; shift 2
java=${JAVA:-java}
port=${TRAINING_PORT:-18080}
timeout=${TRAINING_TIMEOUT:-600}
# shellcheck disable=SC2206
options=(${JAVA_OPTS:-})
base="http://127.0.0.1:$port"

"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$dir"
app="$dir/$(basename "$jar")"
rm -f "$dir/app.aotconf" "$dir/app.aot"

"$java" "${options[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$dir/app.aotconf" -jar "$app" \
  --server.port="$port" "$@" > "$dir/aot-training.log" 2>&1 &
pid=$!
stop() { kill "$pid" 2>/dev/null || true; }
trap stop EXIT

deadline=$((SECONDS + timeout))
until curl -fsS -o /dev/null "$base/actuator/health/readiness" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The training run stopped before it was ready; see $dir/aot-training.log" >&2
    exit 1
  fi
  if [ $SECONDS -ge $deadline ]; then
    echo "The training run was not ready within $timeout s; see $dir/aot-training.log" >&2
    exit 1
  fi
  sleep 0.5
done

# A first visitor: the page, Vaadin's init request (the UI and its security key) and the navigation to the home view.
cookies=$(mktemp)
curl -fsS -c "$cookies" -b "$cookies" -o /dev/null "$base/"
init=$(curl -fsS -c "$cookies" -b "$cookies" \
  "$base/?v-r=init&location=&query=&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-tzo=-540&v-rtzo=-540&v-dstd=0&v-dston=false&v-tzid=Asia%2FSeoul&v-td=false&v-pr=1")
ui=$(printf '%s' "$init" | grep -o '"v-uiId" *: *[0-9]*' | grep -o '[0-9]*$')
key=$(printf '%s' "$init" | grep -o '"Vaadin-Security-Key" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/')
if [ -z "$ui" ] || [ -z "$key" ]; then
  echo "Vaadin's init request gave no UI or security key; the cache is made from the start alone" >&2
else
  curl -fsS -c "$cookies" -b "$cookies" -o /dev/null -H 'Content-Type: application/json; charset=UTF-8' \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    "$base/?v-r=uidl&v-uiId=$ui"
fi
rm -f "$cookies"

kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
if [ ! -s "$dir/app.aotconf" ]; then
  echo "The training run recorded nothing; see $dir/aot-training.log" >&2
  exit 1
fi
"$java" "${options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$dir/app.aotconf" -XX:AOTCache="$dir/app.aot" \
  -jar "$app" > "$dir/aot-create.log" 2>&1
rm -f "$dir/app.aotconf"
echo "AOT cache: $dir/app.aot ($(du -h "$dir/app.aot" | cut -f1)); start with:"
echo "  $java ${JAVA_OPTS:-} -XX:AOTCache=$dir/app.aot -jar $app [the same settings]"
