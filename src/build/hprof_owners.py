"""Which objects hold the big primitive arrays (byte[], char[], int[], ...) of an HPROF heap dump.

usage: hprof_owners.py dump.hprof [min_bytes=1024] [depth=4] [rows=60]

For every array of at least min_bytes it follows one referrer (the first found) up to depth levels and prints
the total bytes per chain, e.g. "byte[] <- HeapByteBuffer via .hb <- WsFrameServer via .inputBuffer <- ...".
A stand-in for a dominator tree (no Eclipse MAT here); used for docs/BENCHMARKS.md "Memory per signed-in
session" with the dump SessionMemoryBenchmark writes (-Dbench.heapdump). Expects 8-byte ids (64-bit JVM).
"""
import sys, struct, mmap, collections
path = sys.argv[1]; MIN = int(sys.argv[2]) if len(sys.argv) > 2 else 1024; DEPTH = int(sys.argv[3]) if len(sys.argv) > 3 else 4
f = open(path, 'rb'); m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
p = m.find(b'\0') + 1; IDS = struct.unpack('>I', m[p:p+4])[0]; p += 12
assert IDS == 8
SZ = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PNAME = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]', 11: 'long[]'}
strings = {}; classname = {}; classinfo = {}  # class id -> (super, [(name,type)])
segments = []
end = len(m)
while p < end:
    tag = m[p]; ln = struct.unpack('>I', m[p+5:p+9])[0]; body = p + 9
    if tag == 1:
        sid = struct.unpack('>Q', m[body:body+8])[0]; strings[sid] = m[body+8:body+ln].decode('utf-8', 'replace')
    elif tag == 2:
        cid, nid = struct.unpack('>Q', m[body+4:body+12])[0], struct.unpack('>Q', m[body+16:body+24])[0]
        classname[cid] = nid
    elif tag in (0x0C, 0x1C):
        segments.append((body, body + ln))
    p = body + ln
for c in classname: classname[c] = strings.get(classname[c], '?').replace('/', '.')
U4 = struct.Struct('>I'); U8 = struct.Struct('>Q')
def walk(visit_instance, visit_objarr, visit_primarr):
    for (s, e) in segments:
        q = s
        while q < e:
            t = m[q]; q += 1
            if t == 0x21:
                oid = U8.unpack_from(m, q)[0]; cid = U8.unpack_from(m, q+12)[0]; n = U4.unpack_from(m, q+20)[0]
                visit_instance(oid, cid, q+24, n); q += 24 + n
            elif t == 0x22:
                oid = U8.unpack_from(m, q)[0]; n = U4.unpack_from(m, q+12)[0]; cid = U8.unpack_from(m, q+16)[0]
                visit_objarr(oid, cid, q+24, n); q += 24 + n*8
            elif t == 0x23:
                oid = U8.unpack_from(m, q)[0]; n = U4.unpack_from(m, q+12)[0]; ty = m[q+16]
                visit_primarr(oid, ty, n); q += 17 + n*SZ[ty]
            elif t == 0x20:
                cid = U8.unpack_from(m, q)[0]; sup = U8.unpack_from(m, q+12)[0]; r = q + 8+4+8*6+4
                cp = struct.unpack('>H', m[r:r+2])[0]; r += 2
                for _ in range(cp): ty = m[r+2]; r += 3 + SZ[ty]
                st = struct.unpack('>H', m[r:r+2])[0]; r += 2
                for _ in range(st): ty = m[r+8]; r += 9 + SZ[ty]
                fc = struct.unpack('>H', m[r:r+2])[0]; r += 2; fields = []
                for _ in range(fc):
                    fields.append((U8.unpack_from(m, r)[0], m[r+8])); r += 9
                classinfo[cid] = (sup, fields); q = r
            elif t == 0xFF or t == 0x05 or t == 0x07: q += 8
            elif t == 0x01: q += 16
            elif t in (0x02, 0x03, 0x08): q += 16
            elif t in (0x04, 0x06): q += 12
            else: raise Exception('tag %x' % t)
# pass 1: classes, big arrays, object class map for all objects (needed for owner names)
objclass = {}; arrays = {}
def i1(oid, cid, off, n): objclass[oid] = cid
def a1(oid, cid, off, n): objclass[oid] = ('[]', cid)
def p1(oid, ty, n):
    b = n * SZ[ty]
    if b >= MIN: arrays[oid] = (PNAME[ty], b)
    objclass[oid] = PNAME[ty]
walk(i1, a1, p1)
refoffs = {}
def offsets(cid):
    if cid in refoffs: return refoffs[cid]
    offs = []; pos = 0; c = cid
    while c in classinfo:
        sup, fields = classinfo[c]
        for (nid, ty) in fields:
            if ty == 2: offs.append((pos, strings.get(nid, '?')))
            pos += SZ[ty]
        c = sup
    refoffs[cid] = offs; return offs
def name(oid):
    c = objclass.get(oid)
    if c is None: return '?'
    if isinstance(c, str): return c
    if isinstance(c, tuple): return classname.get(c[1], '?')
    return classname.get(c, '?')
# passes: parents of targets, DEPTH levels
parent = {}
targets = set(arrays)
for level in range(DEPTH):
    found = {}
    def i2(oid, cid, off, n):
        for (o, fname) in offsets(cid):
            r = U8.unpack_from(m, off + o)[0]
            if r in targets and r not in found: found[r] = (oid, '.' + fname)
    def a2(oid, cid, off, n):
        for k in range(n):
            r = U8.unpack_from(m, off + 8*k)[0]
            if r in targets and r not in found: found[r] = (oid, '[]')
    walk(i2, a2, lambda *a: None)
    parent.update(found)
    targets = set(v[0] for v in found.values()) - set(parent)
agg = collections.Counter(); cnt = collections.Counter()
for oid, (kind, b) in arrays.items():
    chain = [kind]; cur = oid
    for _ in range(DEPTH):
        if cur not in parent: chain.append('(no owner found: root or cut)'); break
        cur, via = parent[cur]; chain.append(name(cur) + ' via ' + via)
    key = ' <- '.join(chain); agg[key] += b; cnt[key] += 1
for key, b in agg.most_common(int(sys.argv[4]) if len(sys.argv) > 4 else 60):  # rows
    print('%10.1f KB %6d  %s' % (b/1024, cnt[key], key))
