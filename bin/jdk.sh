# Sourced by bin/claims and bin/test: finds a JDK >= 21 without starting a JVM where possible.
# Order: $JAVA_HOME, then java on PATH, then the newest under /usr/lib/jvm/*.

jdk_major() { # major version of the JDK home $1, or nothing
  local home="$1"
  if [ -f "$home/release" ]; then
    # Read with bash alone: this runs for every JDK on the machine on every command.
    local line v
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"*) v="${line#JAVA_VERSION=\"}"; v="${v%%[!0-9]*}"; echo "$v"; return ;;
      esac
    done <"$home/release"
  elif [ -x "$home/bin/java" ]; then
    "$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]; exit}'
  fi
}

find_jdk_home() { # prints a JDK home with major version >= 21, or fails
  local home v best="" best_v=0 on_path
  on_path="$(command -v java 2>/dev/null || true)"
  for home in ${JAVA_HOME:+"$JAVA_HOME"} ${on_path:+"$(dirname "$(dirname "$(readlink -f "$on_path")")")"}; do
    v="$(jdk_major "$home")"
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then echo "$home"; return 0; fi
  done
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    v="$(jdk_major "$home")"
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best="$home"; best_v="$v"; fi
  done
  [ -n "$best" ] && echo "$best"
}

require_jdk_home() { # sets JDK_HOME and JDK_MAJOR, or explains and exits
  JDK_HOME="$(find_jdk_home || true)"
  if [ -z "$JDK_HOME" ]; then
    echo "claims: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
    echo "claims: install one (e.g. Temurin 25, or Debian's openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JDK_MAJOR="$(jdk_major "$JDK_HOME")"
}
