"""What the open sessions of an HPROF heap dump hold, by class: a stand-in for a dominator tree (no Eclipse MAT here).

usage: hprof_sessions.py dump.hprof [rows=40] [component class to break down by class, e.g. com.vaadin.flow.component.grid.Grid$Column]

Two walks of the object graph. The first starts at the GC roots (and every class's static fields) and does not
enter sessions, UIs, components, state nodes or WebSocket sessions: what it reaches is shared. The second starts
at those objects: what it reaches and the first did not is held by the sessions. Sizes are the JVM's with
compressed references (4 bytes) and 12-byte headers, aligned to 8. Prints KB per VaadinSession by class and by
package, the components per session by class, what each kind of component holds, and what each session holds by
the view it shows. Used for docs/BENCHMARKS.md "Memory per signed-in session"
with SessionMemoryBenchmark's dump.
"""
import sys, struct, mmap, collections
path = sys.argv[1]; ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 40
BREAK_DOWN = sys.argv[3] if len(sys.argv) > 3 else None
f = open(path, 'rb'); m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
p = m.find(b'\0') + 1; assert struct.unpack('>I', m[p:p+4])[0] == 8; p += 12
SZ = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
JVM = {2: 4, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PNAME = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]', 11: 'long[]'}
U4 = struct.Struct('>I'); U8 = struct.Struct('>Q')
strings = {}; classname = {}; classinfo = {}; segments = []
while p < len(m):
    tag = m[p]; ln = U4.unpack_from(m, p+5)[0]; body = p + 9
    if tag == 1: strings[U8.unpack_from(m, body)[0]] = m[body+8:body+ln].decode('utf-8', 'replace')
    elif tag == 2: classname[U8.unpack_from(m, body+4)[0]] = U8.unpack_from(m, body+16)[0]
    elif tag in (0x0C, 0x1C): segments.append((body, body + ln))
    p = body + ln
for c in classname: classname[c] = strings.get(classname[c], '?').replace('/', '.')
roots = []; cls = {}; size = {}; refs = {}
ROOT_SKIP = {0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x06: 12, 0x08: 16, 0xFF: 8, 0x05: 8, 0x07: 8}
for (s, e) in segments:  # pass 1: class layouts, roots, statics
    q = s
    while q < e:
        t = m[q]; q += 1
        if t in ROOT_SKIP: roots.append(U8.unpack_from(m, q)[0]); q += ROOT_SKIP[t]
        elif t == 0x20:
            cid = U8.unpack_from(m, q)[0]; sup = U8.unpack_from(m, q+12)[0]; r = q + 8+4+8*6+4
            cp = struct.unpack('>H', m[r:r+2])[0]; r += 2
            for _ in range(cp): ty = m[r+2]; r += 3 + SZ[ty]
            st = struct.unpack('>H', m[r:r+2])[0]; r += 2
            for _ in range(st):
                ty = m[r+8]
                if ty == 2: roots.append(U8.unpack_from(m, r+9)[0])
                r += 9 + SZ[ty]
            fc = struct.unpack('>H', m[r:r+2])[0]; r += 2; fields = []
            for _ in range(fc): fields.append(m[r+8]); r += 9
            classinfo[cid] = (sup, fields); q = r
        elif t == 0x21: n = U4.unpack_from(m, q+20)[0]; q += 24 + n
        elif t == 0x22: n = U4.unpack_from(m, q+12)[0]; q += 24 + n*8
        elif t == 0x23: n = U4.unpack_from(m, q+12)[0]; q += 17 + n*SZ[m[q+16]]
        else: raise Exception('tag %x' % t)
layout = {}
def lay(cid):  # reference offsets in the dump's instance data, and the JVM's instance size
    if cid in layout: return layout[cid]
    offs = []; pos = 0; jvm = 12; c = cid
    while c in classinfo:
        sup, fields = classinfo[c]
        for ty in fields:
            if ty == 2: offs.append(pos)
            pos += SZ[ty]; jvm += JVM[ty]
        c = sup
    layout[cid] = (offs, (jvm + 7) // 8 * 8); return layout[cid]
def supers(cid):
    out = []
    while cid in classinfo: out.append(classname.get(cid, '?')); cid = classinfo[cid][0]
    return out
BLOCK = {'com.vaadin.flow.server.VaadinSession', 'com.vaadin.flow.component.Component', 'com.vaadin.flow.internal.StateNode',
         'org.apache.tomcat.websocket.WsSession', 'org.apache.catalina.session.StandardSession'}
blocked_class = {}
for (s, e) in segments:  # pass 2: objects, sizes, references
    q = s
    while q < e:
        t = m[q]; q += 1
        if t in ROOT_SKIP: q += ROOT_SKIP[t]
        elif t == 0x20:
            r = q + 8+4+8*6+4; cp = struct.unpack('>H', m[r:r+2])[0]; r += 2
            for _ in range(cp): r += 3 + SZ[m[r+2]]
            st = struct.unpack('>H', m[r:r+2])[0]; r += 2
            for _ in range(st): r += 9 + SZ[m[r+8]]
            fc = struct.unpack('>H', m[r:r+2])[0]; q = r + 2 + 9*fc
        elif t == 0x21:
            oid = U8.unpack_from(m, q)[0]; cid = U8.unpack_from(m, q+12)[0]; n = U4.unpack_from(m, q+20)[0]
            offs, jvm = lay(cid); cls[oid] = cid; size[oid] = jvm
            rs = [U8.unpack_from(m, q+24+o)[0] for o in offs]; refs[oid] = [r for r in rs if r]
            if cid not in blocked_class: blocked_class[cid] = bool(BLOCK.intersection(supers(cid)))
            q += 24 + n
        elif t == 0x22:
            oid = U8.unpack_from(m, q)[0]; n = U4.unpack_from(m, q+12)[0]; cid = U8.unpack_from(m, q+16)[0]
            cls[oid] = ('[]', cid); size[oid] = (16 + 4*n + 7) // 8 * 8
            refs[oid] = [r for r in (U8.unpack_from(m, q+24+8*k)[0] for k in range(n)) if r]; q += 24 + n*8
        elif t == 0x23:
            oid = U8.unpack_from(m, q)[0]; n = U4.unpack_from(m, q+12)[0]; ty = m[q+16]
            cls[oid] = PNAME[ty]; size[oid] = (16 + JVM[ty]*n + 7) // 8 * 8; q += 17 + n*SZ[ty]
        else: raise Exception('tag %x' % t)
def name(oid):
    c = cls[oid]
    return c if isinstance(c, str) else classname.get(c[1], '?') + '[]' if isinstance(c, tuple) else classname.get(c, '?')
blocked = [o for o, c in cls.items() if not isinstance(c, (str, tuple)) and blocked_class.get(c)]
def walk(starts, stop, seen):
    stack = [o for o in starts if o in cls and o not in seen]
    seen.update(stack)
    while stack:
        for r in refs.get(stack.pop(), ()):
            if r in cls and r not in seen and r not in stop:
                seen.add(r); stack.append(r)
    return seen
stop = set(blocked)
shared = walk(roots, stop, set())
held = walk(blocked, shared, set()) - shared
sessions = sum(1 for o in blocked if name(o) == 'com.vaadin.flow.server.VaadinSession')
by_class = collections.Counter(); count = collections.Counter(); by_package = collections.Counter()
for o in held:
    n = name(o); by_class[n] += size[o]; count[n] += 1
    by_package['.'.join(n.rstrip('[]').split('.')[:3]) if '.' in n else n] += size[o]
total = sum(by_class.values())
print('%d VaadinSessions; held by sessions, UIs, components and WebSockets: %.1f KB per session' % (sessions, total / 1024 / sessions))
print('by class (KB per session, objects per session):')
for n, b in by_class.most_common(ROWS): print('  %8.1f KB %8.1f  %s' % (b / 1024 / sessions, count[n] / sessions, n))
print('components by number (per session): what the views build')
components = collections.Counter(name(o) for o in blocked if 'com.vaadin.flow.component.Component' in supers(cls[o]))
for n, c in components.most_common(ROWS): print('  %8.1f  %s' % (c / sessions, n))
print('held by each kind of component, with its state node and what only they reach (KB per session, per component):')
component_ids = [o for o in blocked if 'com.vaadin.flow.component.Component' in supers(cls[o])]
def node_of(component):
    for element in refs.get(component, ()):
        if element in cls and name(element) == 'com.vaadin.flow.dom.Element':
            for node in refs.get(element, ()):
                if node in cls and name(node) == 'com.vaadin.flow.internal.StateNode': return node
    return None
claimed = set(); by_component = collections.Counter(); broken_down = collections.Counter()
for c in component_ids:  # each component with its node, stopping at every other blocked object
    group = [c] + [n for n in [node_of(c)] if n is not None]
    reach = set(group); stack = list(group)
    while stack:
        for r in refs.get(stack.pop(), ()):
            if r in cls and r not in reach and r not in shared and r not in stop and r not in claimed:
                reach.add(r); stack.append(r)
    claimed |= reach; by_component[name(c)] += sum(size[o] for o in reach)
    if name(c) == BREAK_DOWN:
        for o in reach: broken_down[name(o)] += size[o]
rest = collections.Counter()
for o in held - claimed: rest[name(o)] += size[o]
for n, b in by_component.most_common(ROWS):
    print('  %8.1f KB %8.2f KB  %s' % (b / 1024 / sessions, b / 1024 / max(1, components[n]), n))
if BREAK_DOWN:
    print('  what the %s components hold, by class (KB per component):' % BREAK_DOWN)
    for n, b in broken_down.most_common(ROWS): print('      %8.2f KB  %s' % (b / 1024 / max(1, components[BREAK_DOWN]), n))
print('  %8.1f KB  not reached through a component (session, UI internals, nodes without a component, connections); biggest:'
      % (sum(rest.values()) / 1024 / sessions))
for n, b in rest.most_common(ROWS // 2): print('      %8.1f KB  %s' % (b / 1024 / sessions, n))
print('held per session, by the view it shows (its component class named *View; KB, components, state nodes):')
session_ids = [o for o in blocked if name(o) == 'com.vaadin.flow.server.VaadinSession']
others = set(session_ids)
by_view = collections.defaultdict(list)
for session in session_ids:  # each session alone: what it reaches that is neither shared nor another session
    reach = {session}; stack = [session]
    while stack:
        for r in refs.get(stack.pop(), ()):
            if r in cls and r not in reach and r not in shared and r not in others:
                reach.add(r); stack.append(r)
    parts = [o for o in reach if o in stop and 'com.vaadin.flow.component.Component' in supers(cls[o])]
    views = sorted(n for n in (name(o) for o in parts) if n.endswith('View'))
    nodes = sum(1 for o in reach if name(o) == 'com.vaadin.flow.internal.StateNode')
    by_view[views[0].rsplit('.', 1)[-1] if views else '(no view)'].append((sum(size[o] for o in reach), len(parts), nodes))
for view, found in sorted(by_view.items()):
    print('  %-28s sessions %3d  %8.1f KB  %6.0f components  %6.0f nodes' % (view, len(found),
          sum(f[0] for f in found) / 1024 / len(found), sum(f[1] for f in found) / len(found), sum(f[2] for f in found) / len(found)))
print('by package:')
for n, b in by_package.most_common(ROWS // 2): print('  %8.1f KB  %s' % (b / 1024 / sessions, n))
