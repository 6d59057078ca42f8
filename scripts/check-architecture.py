#!/usr/bin/env python3
# Checks that docs/architecture.md names what the tree has (issue 23: the plan describes the
# house as it is): every path in backticks or in a relative link (`core/util/Logging.h`,
# `widgets/<area>/`, `tests/**/tst_*.cpp`), every `Class::member`, every CamelCase name and every
# `function()` exists in the sources. A heuristic over the text, not a parser; endpoints
# (`/master/state`, `/v2/apps`), settings keys and host paths (`~/.ssh/config`) are left alone.
#   scripts/check-architecture.py [ROOT [DOC]]    prints what it did not find; exit 1 if anything
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
doc_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'docs', 'architecture.md')
doc = open(doc_path, encoding='utf-8').read()

# Placeholders the text uses for a family of names (addClusterPage, addAppsPage, …).
PLACEHOLDERS = {'addXPage'}
NOT_PATHS = {'apps/showGroups', 'master/elected'}  # a QSettings key, a metric name
WRITTEN_AT_RUN_TIME = ('provision-runs/',)  # beside the workspace, not in the tree

files = []
for d in ('core', 'models', 'widgets', 'app', 'localcluster', 'tests', 'resources', 'scripts', 'cmake',
          'installer', 'docs', 'translations'):
    for dp, dn, fn in os.walk(os.path.join(root, d)):
        files += [os.path.relpath(os.path.join(dp, f), root) for f in fn]
code = {f: open(os.path.join(root, f), encoding='utf-8', errors='replace').read()
        for f in files if f.endswith(('.cpp', '.h', '.txt', '.cmake', '.py', '.sh'))}
alltext = '\n'.join(code.values())
words = set(re.findall(r'\w+', alltext))
basenames = {os.path.splitext(os.path.basename(f))[0] for f in files}


def path_exists(p):
    p = p.replace('…', '').rstrip('/')
    for cand in (p, os.path.join('docs', p)):
        full = os.path.normpath(os.path.join(root, cand))
        if os.path.exists(full) or any(os.path.exists(full + ext) for ext in ('.h', '.cpp')):
            return True
        if '*' in cand or '<' in cand:
            rx = re.escape(os.path.normpath(cand)).replace(r'\*\*', '.*').replace(r'\*', '[^/]*')
            rx = re.sub(r'\\?<[^>]*\\?>', '[^/]+', rx) + '(/.*)?'
            if any(re.fullmatch(rx, f) for f in files):
                return True
    return False


fences = re.findall(r'```\n(.*?)```', doc, re.S)
body = re.sub(r'```\n.*?```', '', doc, flags=re.S)
mentions = re.findall(r'`([^`]+)`', body)
for fence in fences:  # the layers diagram: its folders and class names
    mentions += re.findall(r'^(\S+/)', fence, re.M)
    mentions += [w for w in re.findall(r'\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b', fence)
                 if not w.startswith('Qt')]

missing, checked = [], 0
for link in re.findall(r'\]\(([^)#]+)', body):
    if not link.startswith('http'):
        checked += 1
        if not path_exists(link):
            missing.append(f'link {link}')
for t in mentions:
    t = t.strip()
    if not t.startswith(('/', '~', '<', 'GET ', 'PUT ', 'POST ')) and '://' not in t:
        for m in re.finditer(r'(?<![\w.<>*/~-])((?:[\w.<>*-]+/)+[\w.<>*-]*)', t):
            if m.group(1) in NOT_PATHS or m.group(1).startswith(WRITTEN_AT_RUN_TIME):
                continue
            checked += 1
            if not path_exists(m.group(1)):
                missing.append(f'path {m.group(1)}')
    for m in re.finditer(r'\b([A-Z]\w+)::(\w+)', t):
        cls, member = m.groups()
        checked += 1
        if re.search(r'\b' + cls + '::' + member + r'\b', alltext):
            continue
        declaring = [c for c in code.values() if cls in c
                     and re.search(r'\b(class|struct)\s+(\w+\s+)?' + cls + r'\b[^;]*\{', c)]
        if not any(re.search(r'\b' + member + r'\b', c) for c in declaring):
            missing.append(f'member {cls}::{member}')
    for m in re.finditer(r'(?<![\w:/.])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)(?![\w.])', t):
        checked += 1
        if m.group(1) not in basenames and m.group(1) not in words:
            missing.append(f'name {m.group(1)}')
    for m in re.finditer(r'(?<![\w:])([a-z]\w+)\(\)', t):
        checked += 1
        if m.group(1) not in PLACEHOLDERS and not re.search(r'\b' + m.group(1) + r'\s*\(', alltext):
            missing.append(f'function {m.group(1)}()')

print(f'{os.path.relpath(doc_path, root)}: {checked} mentions checked, {len(set(missing))} not found')
for m in sorted(set(missing)):
    print('  ' + m)
sys.exit(1 if missing else 0)
