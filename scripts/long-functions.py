#!/usr/bin/env python3
# Lists the functions of the production code that are longer than N lines (default 100), the
# longest first: `LINES C|- FILE:LINE SIGNATURE`, `C` when a comment stands just above (issue 23:
# no function over 100 lines without a comment saying why). A heuristic on the project's
# clang-format style, not a parser: a definition's body opens with `{` in column 0 and ends at
# the next `}` in column 0; class, struct, namespace and enum bodies are skipped.
#   scripts/long-functions.py [N] [FOLDER...]    default: core models widgets app localcluster
import os, re, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100
roots = sys.argv[2:] or ['core', 'models', 'widgets', 'app', 'localcluster']
out = []
for root in roots:
    for dp, dn, fn in os.walk(root):
        for f in fn:
            if not f.endswith('.cpp'): continue
            p = os.path.join(dp, f)
            L = open(p, encoding='utf-8', errors='replace').read().split('\n')
            i = 0
            while i < len(L):
                l = L[i]
                if l.startswith('{') and i > 0:
                    # find signature start
                    j = i - 1
                    while j > 0 and L[j].strip() and not L[j].startswith(('}', '//', '#', ' *', '/*')) and not L[j-1].rstrip().endswith((';', '}')) and L[j-1].strip():
                        j -= 1
                    sig = L[j]
                    # The first line of the signature that is not a comment.
                    k0 = j
                    while k0 < i and L[k0].lstrip().startswith('//'):
                        k0 += 1
                    sig = L[k0] if k0 < i else sig
                    body_kind = ' '.join(L[k0:i]).lstrip()
                    k = i + 1
                    while k < len(L) and not L[k].startswith('}'):
                        k += 1
                    length = k - i + 1
                    if length > N and not body_kind.startswith(('namespace', 'struct', 'class', 'enum', 'template<typename T> class', 'template <')) and '=' not in sig.split('(')[0]:
                        # comment above?
                        c = j - 1
                        while c >= 0 and L[c].startswith('template'): c -= 1
                        has = c >= 0 and (L[c].startswith('//') or L[c].rstrip().endswith('*/'))
                        out.append((length, p, j + 1, sig.strip()[:90], has))
                    i = k
                i += 1
for length, p, ln, sig, has in sorted(out, reverse=True):
    print(f"{length:4d} {'C' if has else '-'} {p}:{ln} {sig}")
