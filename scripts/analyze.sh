#!/usr/bin/env bash
# Static analysis of the project's own sources (core, models, widgets, app, localcluster,
# tests): clang-tidy with the checks in .clang-tidy and clazy (KDE's Qt-aware checks) with
# CLAZY_CHECKS below. Generated files (moc, uic, rcc) and the libraries the project uses
# (Qt, simdjson, QCustomPlot, libssh, yaml-cpp) are not analysed; headers of the project
# are, through the files that include them. See docs/static-analysis.md.
#   scripts/analyze.sh [PATH...]    every file, or the files below each PATH
#   MC_ANALYZE_JOBS=N               files analysed at once (default 2, under nice)
#   MC_ANALYZE_SECONDS=N            start no analysis after N s; the files left are named and
#                                   analysed by the next run (exit 0 when what ran found nothing)
#   MC_ANALYZE_CACHE=DIR            result cache (default ~/.cache/mesos-console/analyze)
# Configures build-analyze/ (clang, compile_commands.json) and runs only its autogen step
# (moc/uic headers), no compilation. Results are cached per file and tool, keyed by a hash
# of the tool's version, the file's compile command, its content and the content of every
# project header it includes (transitively), all relative to the checkout, and kept with
# the checks they were made with: a re-run, in this clone or a fresh one, analyses only
# what changed or what a newly enabled check has not seen.
# Exits 1 when there is any finding, printing each one (file:line:col, message, check).
# A false positive is suppressed at its line, with the reason:
#   // NOLINT(check-name): reason           (clang-tidy)
#   // clazy:exclude=check-name reason      (clazy)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# clazy: level 0 and 1, plus the Qt 6 porting checks that apply to Qt 6 code and a few
# manual-level checks that find real bugs. Left out (reasons in docs/static-analysis.md):
# non-pod-global-static (load time of libraries; this is an application), level 2 (style),
# qt6-qlatin1stringchar-to-u (style), qt6-header-fixes (Qt 5 headers only), qstring-ref
# (proposes QString::midRef(), which Qt 6 removed),
# qt6-deprecated-api-fixes (flags QProcess::start(program, arguments), which Qt 6 keeps;
# what Qt 6 deprecates the build's -Wdeprecated-declarations already fails under MC_WERROR).
CLAZY_CHECKS="level0,level1,qt6-qhash-signature,qt6-fwd-fixes"
CLAZY_CHECKS+=",assert-with-side-effects,ifndef-define-typo,qproperty-type-mismatch"
CLAZY_CHECKS+=",signal-with-return-value,unexpected-flag-enumerator-value,old-style-connect,tr-non-literal"
CLAZY_CHECKS+=",no-non-pod-global-static,no-qstring-ref"
export CLAZY_CHECKS

# The build dependencies (the analysis reads the same headers) and the analysers.
./scripts/install-deps.sh clang clang-tidy clazy

build=build-analyze
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_COMPILER=clang++ >/dev/null
# The moc and uic step of every target, as its build rule runs it, but not the rule itself:
# with Ninja, CMake 3.25 makes that step wait for the libraries the target links.
find "$build" -path '*/CMakeFiles/*_autogen.dir/AutogenInfo.json' -print0 \
  | xargs -0 -P "${MC_ANALYZE_JOBS:-2}" -I{} nice cmake -E cmake_autogen {} ""

exec python3 - "$root" "$build" "${MC_ANALYZE_JOBS:-2}" "$@" <<'PY'
import concurrent.futures, hashlib, json, os, re, shlex, subprocess, sys, time

started = time.monotonic()
root, build, jobs, only = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
dirs = ("core", "models", "widgets", "app", "localcluster", "tests")
header_filter = "^" + re.escape(root) + "/(" + "|".join(dirs) + ")/"
cache = os.environ.get("MC_ANALYZE_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "mesos-console", "analyze")

def version(cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout

def enabled(cmd):
    out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True).stdout
    return {l.strip() for l in out.split("Enabled checks:", 1)[1].splitlines() if l.strip()}

tools = {
    "clang-tidy": (version(["clang-tidy", "--version"]), enabled(["clang-tidy", "--list-checks"]),
                   lambda f: ["clang-tidy", "-p", build, "--quiet", "--header-filter=" + header_filter, f]),
    "clazy": (version(["clazy-standalone", "--version"]),
              enabled(["clazy-standalone", "--checks=" + os.environ["CLAZY_CHECKS"], "--list-checks"]),
              lambda f: ["clazy-standalone", "-p", build, "--checks=" + os.environ["CLAZY_CHECKS"],
                         "--header-filter=" + header_filter, "--ignore-dirs=" + re.escape(root) + "/build", f]),
}

entries = []
for e in json.load(open(os.path.join(build, "compile_commands.json"))):
    rel = os.path.relpath(e["file"], root)
    if rel.split("/")[0] not in dirs or not os.path.isfile(rel):
        continue  # generated files live in the build directory
    if only and not any(rel == p.rstrip("/") or rel.startswith(p.rstrip("/") + "/") for p in only):
        continue
    entries.append((rel, e))
entries.sort(key=lambda e: (dirs.index(e[0].split("/")[0]), e[0]))
if not entries:
    sys.exit("analyze.sh: no project source matches " + " ".join(only))

include_re = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
content_cache = {}
def read(path):
    if path not in content_cache:
        try:
            with open(path, "rb") as f:
                content_cache[path] = f.read()
        except OSError:
            content_cache[path] = None
    return content_cache[path]

def key(tool, rel, entry):
    """The tool, the compile command and every project file the source reads."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    inc = [a[2:] for a in args if a.startswith("-I")]
    inc = [p if os.path.isabs(p) else os.path.join(entry["directory"], p) for p in inc]
    h = hashlib.sha256()
    h.update(tools[tool][0].encode())  # the version
    h.update(json.dumps(args).replace(root, "<root>").encode())
    seen, todo = set(), [os.path.join(root, rel)]
    while todo:
        path = os.path.normpath(todo.pop())
        if path in seen:
            continue
        seen.add(path)
        data = read(path)
        if data is None:
            continue
        h.update(path.replace(root, "<root>").encode() + b"\0" + data + b"\0")
        for name in include_re.findall(data.decode("utf-8", "replace")):
            for base in [os.path.dirname(path)] + inc:
                candidate = os.path.join(base, name)
                if os.path.isfile(candidate):
                    todo.append(candidate)
                    break
    return h.hexdigest()

finding_re = re.compile(r"^([^:\s]+):(\d+):(\d+): (warning|error): (.*)$")
check_re = re.compile(r"\[(?:-Wclazy-)?([a-z0-9.,-]+)\]$")

def wanted(tool, line):
    """A finding of a check enabled now (an error or a crash always is)."""
    m = check_re.search(line)
    return not m or ": error: " in line or any(c in tools[tool][1] for c in m.group(1).split(","))

def cached_result(path, checks):
    try:
        with open(path) as f:
            head, _, text = f.read().partition("\n")
    except OSError:
        return None
    made_with = set(head.removeprefix("# checks: ").split(","))
    return text if checks <= made_with else None

limit = float(os.environ.get("MC_ANALYZE_SECONDS") or "inf")

def run(tool, rel, entry):
    k = key(tool, rel, entry)
    out_path = os.path.join(cache, tool, k)
    text = cached_result(out_path, tools[tool][1])
    if text is not None:
        return tool, rel, text, None
    if time.monotonic() - started > limit:
        return tool, rel, None, None
    t0 = time.monotonic()
    p = subprocess.run(["nice"] + tools[tool][2](os.path.join(root, rel)), cwd=root,
                       capture_output=True, text=True)
    lines = []
    for line in (p.stdout + p.stderr).splitlines():
        m = finding_re.match(line)
        if not m:
            continue
        if tool == "clazy" and m.group(4) == "warning" and "[-Wclazy-" not in line:
            continue  # a compiler warning (-Wall); the build reports those
        lines.append(line.replace(root + "/", ""))
    if p.returncode != 0 and not lines:
        lines.append(f"{rel}:1:1: error: {tool} failed (exit {p.returncode}): "
                     + (p.stderr.strip().splitlines() or ["no output"])[-1])
    text = "".join(l + "\n" for l in lines)
    if p.returncode == 0 or lines:
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with open(out_path + ".tmp", "w") as f:
            f.write("# checks: " + ",".join(sorted(tools[tool][1])) + "\n" + text)
        os.replace(out_path + ".tmp", out_path)
    return tool, rel, text, time.monotonic() - t0

work = [(t, rel, e) for rel, e in entries for t in tools]
findings, ran, cached, done, left = {}, 0, 0, 0, []
print(f"analyze.sh: {len(entries)} files, clang-tidy and clazy, {jobs} at a time", flush=True)
with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
    for tool, rel, text, took in pool.map(lambda w: run(*w), work):
        done += 1
        if text is None:
            left.append(f"{tool} {rel}")
            continue
        if took is None:
            cached += 1
        else:
            ran += 1
            print(f"  [{done}/{len(work)}] {tool} {rel}: {took:.0f} s", flush=True)
        for line in text.splitlines():
            if wanted(tool, line):
                findings.setdefault(line, tool)

per_check = {}
for line, tool in sorted(findings.items()):
    m = check_re.search(line)
    name = f"{tool}: {m.group(1) if m else 'error'}"
    per_check[name] = per_check.get(name, 0) + 1
    print(line)
took = time.monotonic() - started
print(f"analyze.sh: {len(entries)} files ({ran} analyses run, {cached} cached) in {took:.0f} s")
if left:
    print(f"analyze.sh: {len(left)} analyses not started within MC_ANALYZE_SECONDS={limit:.0f} "
          f"(the next run does them): " + ", ".join(left[:10]) + (" ..." if len(left) > 10 else ""))
if findings:
    for name, count in sorted(per_check.items()):
        print(f"  {count:5d}  {name}")
    print(f"analyze.sh: {len(findings)} findings")
    sys.exit(1)
print("analyze.sh: no findings")
PY
