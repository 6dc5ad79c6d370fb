#!/usr/bin/env python3
# Regenerates the rows of test_serialArgumentsHotSpot.cpp by running the real HotSpot 17 with each
# flag combination (-XX:+PrintFlagsFinal and the exit heap block). Writes rows.inc in the current
# directory; paste it into the table (and set HotSpotMachineRam to this machine's memory).
# physical memory is whatever this machine has (os.sysconf) at the time of the run
import re
import subprocess
combos = [
 "", "-Xmx16m", "-Xms16m -Xmx64m", "-Xms32m -Xmx32m -Xmn10m", "-Xms20m -Xmx20m -Xmn10m",
 "-Xmx64m", "-Xmx1g", "-Xms1g", "-Xms100m", "-Xmx3m", "-Xmx2m", "-Xms8m -Xmx8m",
 "-Xmx256m -Xmn64m", "-Xmx256m -XX:NewSize=32m", "-Xmx256m -XX:MaxNewSize=32m",
 "-Xmx256m -XX:NewSize=32m -XX:MaxNewSize=48m", "-Xms64m -Xmx256m -XX:NewSize=100m",
 "-Xmx64m -XX:NewRatio=1", "-Xmx64m -XX:NewRatio=7", "-Xmx64m -XX:SurvivorRatio=2",
 "-Xmx64m -XX:SurvivorRatio=32", "-Xmx100m -Xmn99m", "-Xmx100m -Xmn100m", "-Xmx100m -Xmn200m",
 "-Xms10m -Xmx100m -Xmn50m", "-Xmx17m", "-Xmx33m -Xms5m", "-XX:OldSize=64m", "-Xmx512m -XX:OldSize=64m",
 "-XX:NewSize=64m", "-Xmn300m", "-XX:MaxNewSize=64m", "-Xms200m -Xmx200m", "-Xms200m -Xmx300m -XX:NewRatio=3 -XX:SurvivorRatio=6",
 "-Xmx5g", "-Xmx31g", "-Xmx40g", "-Xms3m -Xmx3m", "-Xmx24m -XX:MaxNewSize=30m", "-Xmx24m -XX:NewSize=1m",
 "-Xms48m -Xmx96m -Xmn16m", "-Xmx96m -XX:NewSize=16m -XX:MaxNewSize=8m",
]
def size(v):
    m = re.match(r"(\d+)([kmgKMG]?)$", v)
    n = int(m.group(1)); u = m.group(2).lower()
    return n * {"":1,"k":1024,"m":1024**2,"g":1024**3}[u]
rows = []
for flags in combos:
    out = subprocess.run(["java","-XX:+UseSerialGC"] + flags.split() + ["-XX:+PrintFlagsFinal","-Xlog:gc+heap+exit","-version"], capture_output=True, text=True)
    text = out.stdout + out.stderr
    def v(name):
        m = re.search(r"^\s*size_t %s\s+=\s+(\d+)" % name, text, re.M)
        return int(m.group(1)) if m else -1
    def cap(pat):
        m = re.search(pat, text)
        return int(m.group(1)) * 1024 if m else -1
    err = ""
    m = re.search(r"Error occurred during initialization of VM\n(.*)", text)
    if m: err = m.group(1).strip()
    inp = dict(xmx=0, xms=0, minh=0, ns=0, mns=0, old=0, nr=2, sr=8)
    for f in flags.split():
        if f.startswith("-Xmx"): inp["xmx"] = size(f[4:])
        elif f.startswith("-Xms"): inp["xms"] = size(f[4:]); inp["minh"] = size(f[4:])
        elif f.startswith("-Xmn"): inp["ns"] = inp["mns"] = size(f[4:])
        elif f.startswith("-XX:NewSize="): inp["ns"] = size(f.split("=")[1])
        elif f.startswith("-XX:MaxNewSize="): inp["mns"] = size(f.split("=")[1])
        elif f.startswith("-XX:OldSize="): inp["old"] = size(f.split("=")[1])
        elif f.startswith("-XX:NewRatio="): inp["nr"] = int(f.split("=")[1])
        elif f.startswith("-XX:SurvivorRatio="): inp["sr"] = int(f.split("=")[1])
    res = dict(minh=v("MinHeapSize"), inih=v("InitialHeapSize"), maxh=v("MaxHeapSize"), ns=v("NewSize"), mns=v("MaxNewSize"), old=v("OldSize"),
               eden=cap(r"eden space (\d+)K"), frm=cap(r"from space (\d+)K"), ten=cap(r"tenured generation\s+total (\d+)K"))
    rows.append((flags, inp, res, err))
    print(flags, "|", res, "|", err)
with open("rows.inc","w") as f:
    for flags, i, r, err in rows:
        f.write('    {"%s", {%d, %d, %d, %d, %d, %d, %d, %d}, {%d, %d, %d, %d, %d, %d, %d, %d, %d}, %s},\n' % (
            flags, i["xmx"], i["xms"], i["minh"], i["ns"], i["mns"], i["old"], i["nr"], i["sr"],
            r["minh"], r["inih"], r["maxh"], r["ns"], r["mns"], r["old"], r["eden"], r["frm"], r["ten"],
            ('"%s"' % err) if err else "nullptr"))
