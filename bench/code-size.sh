#!/usr/bin/env bash
# Prints the largest classes (lines per file) and the longest methods (lines from the signature's opening brace to
# its closing brace) of src/main/java, for issue 23's limits: a view near 250 lines at most, a method near 50.
# Methods are found by a simple brace matcher: a line that opens a brace one level inside a top-level class body
# and looks like a method or constructor signature starts a method. Nested and anonymous classes count towards
# the method that holds them. Text blocks and braces inside strings are not special-cased.
#   bench/code-size.sh [TOP] [DIR]      default: 15 src/main/java
set -eu
top=${1:-15}
dir=${2:-$(cd "$(dirname "$0")/.." && pwd)/src/main/java}

echo "Largest classes (lines), top $top:"
find "$dir" -name '*.java' ! -name package-info.java -print0 | xargs -0 wc -l | grep -v ' total$' \
  | sort -rn | head -n "$top" | awk -v d="$dir/" '{ sub(d, "", $2); printf "  %5d  %s\n", $1, $2 }'

echo
echo "Longest methods (lines), top $top:"
find "$dir" -name '*.java' ! -name package-info.java -print0 | xargs -0 awk -v d="$dir/" '
  FNR == 1 { depth = 0; start = 0; sig = 0; file = FILENAME; sub(d, "", file) }
  {
    line = $0
    sub(/\/\/.*$/, "", line)
    gsub(/"([^"\\]|\\.)*"/, "\"\"", line)
    gsub(/'\''([^'\''\\]|\\.)*'\''/, "x", line)
    opens = gsub(/\{/, "{", line); closes = gsub(/\}/, "}", line)
    if (start == 0 && depth == 1) {
      # a member signature: a name followed by "(" at the class body level, not a call inside an annotation
      if (line ~ /^[ \t]*[^@ \t].*[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/ && line !~ /^[ \t]*(return|new|throw)[ \t(]/) {
        sig = FNR; name = line; sub(/[ \t]*\(.*/, "", name); n = split(name, w, /[ \t]+/); name = w[n]
      }
      if (opens > closes && sig > 0 && line ~ /\{[ \t]*$/ && line !~ /(=|->)[ \t]*\{?[ \t]*$/) { start = sig }
      if (line ~ /;[ \t]*$/ || line ~ /\}[ \t]*$/) { sig = 0 }
    }
    depth += opens - closes
    if (start > 0 && depth == 1) { printf "%5d  %s#%s\n", FNR - start + 1, file, name; start = 0; sig = 0 }
  }' | sort -rn | head -n "$top" | sed 's/^/  /'
