#!/usr/bin/env bash
# The Eclipse proof run: assembles an Eclipse 4.38 runtime from Maven Central (no Tycho, no p2 site),
# starts a real workbench under Xvfb on the Dateline perspective, links the sample corpus into a
# workspace project, opens one in the text editor and runs "Open in Dateline" from there, selects
# the articles in the Project Explorer and runs "Open in Dateline" (checking both context menus);
# closes, resizes and reopens the view (no deadlock, no leaked AWT frame) and opens them again;
# waits until the panel read them, screenshots the window and exits the workbench.
# Fails (non-zero) when the Timeline view did not come up: an unresolved bundle, "Failed to create
# the part's controls", an exception in the log, no marker file or screenshot, a leaked AWT frame,
# articles that did not reach the panel, or a context menu that would not offer the command.
#
#   plugin/src/eclipse/run-workbench.sh [ARTICLES_DIR]     (default: samples/articles)
#
# Output in plugin/target/eclipse-run/: timeline.png, view-up.txt, run.log, configuration/.
# Needs: JDK 17, Maven, xvfb-run, libgtk-3-0 (see .ci/run).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
plugin=$(cd "$here/../.." && pwd)
root=$(cd "$plugin/.." && pwd)
corpus=$(realpath -m "${1:-$root/samples/articles}")
run=$plugin/target/eclipse-run
runtime=$plugin/target/eclipse-runtime
bundle=$plugin/target/dateline.jar
started=$(date +%s%N)

fail() { echo "eclipse-run: FAILED: $*" >&2; exit 1; }
seconds_since() { awk -v from="$1" -v now="$(date +%s%N)" 'BEGIN { printf "%.1f", (now - from) / 1e9 }'; }

# 1. The Dateline bundle (plugin/target/dateline.jar), rebuilt when a source is newer.
if [ ! -f "$bundle" ] || [ -n "$(find "$root/core/src/main" "$plugin/src/main" "$plugin/pom.xml" -newer "$bundle" -print -quit)" ]; then
  echo "eclipse-run: building $bundle"
  mvn -B -q -ntp -Dstyle.color=never -f "$root/pom.xml" -pl plugin -am package -DskipTests
fi

# 2. The Eclipse runtime bundles and the Batik CSS wrapper bundle.
if [ ! -d "$runtime/bundles" ] || [ "$here/runtime/pom.xml" -nt "$runtime/org.apache.batik.css.jar" ]; then
  echo "eclipse-run: collecting the Eclipse 4.38 runtime from Maven Central"
  rm -rf "$runtime"
  mvn -B -q -ntp -Dstyle.color=never -f "$here/runtime/pom.xml" package
fi
framework=$(ls "$runtime"/bundles/org.eclipse.osgi-[0-9]*.jar)
launcher=$(ls "$runtime"/bundles/org.eclipse.equinox.launcher-[0-9]*.jar)

# 3. config.ini: every bundle by reference, the few that must start early, the application.
rm -rf "$run"
mkdir -p "$run/configuration" "$run/workspace"
bundles=()
for jar in "$runtime"/bundles/*.jar "$runtime/org.apache.batik.css.jar" "$bundle"; do
  name=$(basename "$jar")
  case "$name" in
    org.eclipse.osgi-[0-9]*|org.eclipse.equinox.launcher-*) continue ;;
    org.apache.felix.scr-*|org.eclipse.equinox.common-*|org.eclipse.equinox.event-*) start="@2:start" ;;
    org.eclipse.core.runtime-*) start="@start" ;;
    *) start="" ;;
  esac
  bundles+=("reference:file:$jar$start")
done
{
  echo "osgi.bundles=$(IFS=,; echo "${bundles[*]}")"
  echo "osgi.bundles.defaultStartLevel=4"
  echo "eclipse.application=org.dateline.plugin.application"
  echo "eclipse.ignoreApp=false"
  # SWT_AWT creates sun.awt.X11.XEmbeddedFrame, which a bundle class loader cannot see otherwise.
  echo "org.osgi.framework.bootdelegation=sun.awt.*"
} > "$run/configuration/config.ini"
echo "eclipse-run: ${#bundles[@]} bundles; articles from $corpus"

# 4. The workbench under a virtual display.
workbench_started=$(date +%s%N)
set +e
xvfb-run -a -s "-screen 0 1280x800x24" \
  timeout 300 java -Xmx1g -Dosgi.framework="file:$framework" -jar "$launcher" \
    -install "file:$runtime/" -configuration "file:$run/configuration" -data "file:$run/workspace" \
    -consoleLog -clean -nosplash \
    -dateline.open "$corpus" -dateline.screenshot "$run/timeline.png" -dateline.marker "$run/view-up.txt" \
    > "$run/run.log" 2>&1
code=$?
set -e
workbench_seconds=$(seconds_since "$workbench_started")
log=$run/workspace/.metadata/.log
[ -f "$log" ] && cat "$log" >> "$run/run.log"
grep -E '^dateline:' "$run/run.log" || true

# 5. Did the view really come up?
problems=$(grep -nE "Failed to create the part's controls|was not resolved|Missing Constraint|Missing required|Could not resolve|Unresolved requirement|Exception|^\s+at [a-z]" "$run/run.log" | head -20 || true)
[ -z "$problems" ] || { echo "$problems" >&2; fail "the log shows errors (all of it: $run/run.log)"; }
[ "$code" -eq 0 ] || fail "the workbench exited with $code (log: $run/run.log)"
[ -s "$run/view-up.txt" ] || fail "no marker file: the Timeline view did not come up (log: $run/run.log)"
[ -s "$run/timeline.png" ] || fail "no screenshot"
grep -qx 'selectedAs=Project Explorer selection' "$run/view-up.txt" \
  || fail "the articles were not opened from a Project Explorer selection: $(grep selectedAs "$run/view-up.txt")"
grep -q '^explorerMenu=.*Open in Dateline' "$run/view-up.txt" \
  || fail "the Project Explorer's context menu for the articles lacks Open in Dateline: $(grep explorerMenu "$run/view-up.txt")"
grep -q '^editorMenu=.*Open in Dateline' "$run/view-up.txt" \
  || fail "the text editor's context menu for an article lacks Open in Dateline: $(grep editorMenu "$run/view-up.txt")"
grep -qx 'contextMenu=shown for articles, hidden for other files' "$run/view-up.txt" \
  || fail "the context menu's Open in Dateline: $(grep contextMenu "$run/view-up.txt")"
opened=$(sed -n 's/^articles=//p' "$run/view-up.txt")
[ "$(sed -n 's/^panelArticles=//p' "$run/view-up.txt")" = "$opened" ] \
  || fail "Open in Dateline passed $opened articles but the panel holds $(sed -n 's/^panelArticles=//p' "$run/view-up.txt")"
[ "$(sed -n 's/^panelEvents=//p' "$run/view-up.txt")" -gt 0 ] || fail "the timeline in the view shows no events"
grep -qx 'awtFrames=1' "$run/view-up.txt" || fail "after closing and reopening the view, live AWT frames: $(grep awtFrames "$run/view-up.txt") (want 1)"
colours=$(sed -n 's/^colours=//p' "$run/view-up.txt")
panel_colours=$(sed -n 's/^panelColours=//p' "$run/view-up.txt")
[ "$colours" -gt 64 ] || fail "the screenshot is nearly blank ($colours colours)"
[ "$panel_colours" -gt 1 ] || fail "the Timeline view's panel is blank ($panel_colours colours)"

echo "eclipse-run: OK: Timeline view up, $opened articles opened, $(sed -n 's/^panelEvents=//p' "$run/view-up.txt") events on its timeline, screenshot $run/timeline.png ($colours colours, $panel_colours in the panel)"
echo "eclipse-run: workbench run (start, view up, reopen, settle, screenshot, exit) took $workbench_seconds s; the whole script $(seconds_since "$started") s"
