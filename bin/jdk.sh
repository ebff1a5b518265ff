# Sourced by bin/claims and bin/test: finds a JDK >= 21 without starting a JVM where possible.
# Order: $JAVA_HOME, then java on PATH, then the newest under /usr/lib/jvm/*.
# Runs before every command, so it forks nothing on the common path: results come back in
# variables (_jdk_v, _jdk_home), not through $(...) subshells.

_jdk_major() { # sets _jdk_v to the major version of the JDK home $1, or to nothing
  local home="$1" line
  _jdk_v=""
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"*) _jdk_v="${line#JAVA_VERSION=\"}"; _jdk_v="${_jdk_v%%[!0-9]*}"; return ;;
      esac
    done <"$home/release"
  elif [ -x "$home/bin/java" ]; then
    _jdk_v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]; exit}')"
  fi
}

_find_jdk_home() { # sets _jdk_home (and _jdk_v) to a JDK home with major version >= 21, or fails
  local home on_path best="" best_v=0
  _jdk_home=""
  if [ -n "${JAVA_HOME:-}" ]; then
    _jdk_major "$JAVA_HOME"
    if [ -n "$_jdk_v" ] && [ "$_jdk_v" -ge 21 ] 2>/dev/null; then _jdk_home="$JAVA_HOME"; return 0; fi
  fi
  on_path="$(command -v java 2>/dev/null || true)"
  if [ -n "$on_path" ]; then
    on_path="$(readlink -f "$on_path")"
    home="${on_path%/bin/java}"
    _jdk_major "$home"
    if [ -n "$_jdk_v" ] && [ "$_jdk_v" -ge 21 ] 2>/dev/null; then _jdk_home="$home"; return 0; fi
  fi
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    _jdk_major "$home"
    if [ -n "$_jdk_v" ] && [ "$_jdk_v" -ge 21 ] 2>/dev/null && [ "$_jdk_v" -gt "$best_v" ]; then best="$home"; best_v="$_jdk_v"; fi
  done
  [ -n "$best" ] || return 1
  _jdk_home="$best"; _jdk_v="$best_v"
}

find_jdk_home() { # prints a JDK home with major version >= 21, or fails
  _find_jdk_home && echo "$_jdk_home"
}

require_jdk_home() { # sets JDK_HOME and JDK_MAJOR, or explains and exits
  if ! _find_jdk_home; then
    echo "claims: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
    echo "claims: install one (e.g. Temurin 25, or Debian's openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JDK_HOME="$_jdk_home"
  JDK_MAJOR="$_jdk_v"
}
