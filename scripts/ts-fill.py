#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file, keeping lupdate's layout.

  scripts/ts-fill.py TARGET.ts [--from OTHER.ts ...] [--map FILE.py]

Translations come from other .ts files (finished entries, same context and source; else same source in
any context) and from a Python file defining T = {(context, source): translation}. Used after
scripts/update-translations.sh and when merging branches that each translated their own strings.
Prints what is still unfinished.
"""
import html
import re
import sys
import xml.etree.ElementTree as ET


def finished(path):
    by_ctx, by_src = {}, {}
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            tr = m.find('translation')
            if tr.get('type') in ('unfinished', 'vanished', 'obsolete') or m.get('numerus') == 'yes':
                continue
            if tr.text:
                by_ctx[(name, m.find('source').text)] = tr.text
                by_src.setdefault(m.find('source').text, tr.text)
    return by_ctx, by_src


def numerus_blocks(path):
    """(context, source) -> the finished <translation> element of each plural message, as written."""
    out = {}
    text = open(path, encoding='utf-8').read()
    for ctx in re.finditer(r'<context>.*?</context>', text, re.S):
        name = html.unescape(re.search(r'<name>(.*?)</name>', ctx.group(0), re.S).group(1))
        for m in re.finditer(r'<message numerus="yes">.*?</message>', ctx.group(0), re.S):
            tr = re.search(r'<translation(?: type="[a-z]+")?>.*?</translation>', m.group(0), re.S)
            if tr and 'type=' not in tr.group(0)[:30]:
                src = html.unescape(re.search(r'<source>(.*?)</source>', m.group(0), re.S).group(1))
                out[(name, src)] = tr.group(0)
    return out


def main(argv):
    target, sources, maps = argv[0], [], []
    i = 1
    while i < len(argv):
        if argv[i] == '--from':
            sources.append(argv[i + 1])
        elif argv[i] == '--map':
            maps.append(argv[i + 1])
        else:
            sys.exit(f'ts-fill: unknown argument {argv[i]}')
        i += 2
    by_ctx, by_src, plural = {}, {}, {}
    for s in sources:
        plural.update(numerus_blocks(s))
        c, b = finished(s)
        by_ctx.update(c)
        for k, v in b.items():
            by_src.setdefault(k, v)
    for mp in maps:
        ns = {}
        exec(open(mp, encoding='utf-8').read(), ns)
        by_ctx.update(ns['T'])
    text = open(target, encoding='utf-8').read()
    out, pos, left = [], 0, []
    for ctx in re.finditer(r'<context>.*?</context>', text, re.S):
        name = html.unescape(re.search(r'<name>(.*?)</name>', ctx.group(0), re.S).group(1))
        block = ctx.group(0)

        def fill(m):
            msg = m.group(0)
            if 'numerus="yes"' in msg:
                if 'type="unfinished"' not in msg:
                    return msg
                src = html.unescape(re.search(r'<source>(.*?)</source>', msg, re.S).group(1))
                block = plural.get((name, src))
                if isinstance(by_ctx.get((name, src)), list):  # a map entry: one form per plural
                    block = '<translation>' + ''.join(
                        f'\n            <numerusform>{html.escape(f, quote=False)}</numerusform>' for f in by_ctx[(name, src)]) + '\n        </translation>'
                if not block:
                    left.append((name, src))
                    return msg
                um = re.search(r'<translation type="unfinished">.*?</translation>', msg, re.S)
                return msg[:um.start()] + block + msg[um.end():]
            um = re.search(r'<translation type="unfinished"(?:/>|>(.*?)</translation>)', msg, re.S)
            if not um:
                return msg
            src = html.unescape(re.search(r'<source>(.*?)</source>', msg, re.S).group(1))
            tr = by_ctx.get((name, src)) or by_src.get(src)
            if not tr:
                left.append((name, src))
                return msg
            esc = html.escape(tr, quote=False).replace("'", '&apos;').replace('"', '&quot;')
            return msg[:um.start()] + f'<translation>{esc}</translation>' + msg[um.end():]

        out.append(text[pos:ctx.start()])
        out.append(re.sub(r'<message[ >].*?</message>', fill, block, flags=re.S))
        pos = ctx.end()
    out.append(text[pos:])
    open(target, 'w', encoding='utf-8').write(''.join(out))
    for name, src in left:
        print(f'unfinished: [{name}] {src}')
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
