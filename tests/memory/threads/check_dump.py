#!/usr/bin/env python3
"""Checks the output of ThreadDumpSigquit after kill -3 against HotSpot 17's thread dump format.

Usage: check_dump.py OUTPUT_FILE
Prints one line per failed check and exits 1 if any failed. The checks hold for HotSpot's own
output too (run.sh --hotspot validates them), so they test the format, not jvmlab's choices:
the header lines, each td- thread's header line (daemon, prio, os state word), its
java.lang.Thread.State, its top frames and lock lines (with the same object addresses where two
threads share a lock), the JNI line, the two deadlock reports and the heap block.
"""
import re
import sys

ADDR = r"0x[0-9a-f]{16}"
HEADER = re.compile(
    r'^"(?P<name>[^"]*)" #(?P<id>\d+) (?P<daemon>daemon )?prio=(?P<prio>\d+) os_prio=-?\d+ '
    r"cpu=\d+\.\d\dms elapsed=\d+\.\d\ds tid=" + ADDR + r" nid=0x[0-9a-f]+ "
    r"(?P<os>runnable|waiting on condition|waiting for monitor entry|in Object\.wait\(\)|sleeping)  "
    r"\[" + ADDR + r"\]$")
LOCK = re.compile(r"^\t- (?P<state>locked|waiting on|waiting to lock|waiting to re-lock in wait\(\)|parking to wait for ) "
                  r"<(?P<addr>" + ADDR + r")> \(a (?P<cls>.+)\)$")
FRAME = re.compile(r"^\tat (?P<frame>.+)$")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


class Frame:
    def __init__(self, text):
        self.text = text
        self.locks = []  # (state, addr, class)


def parse_stack(lines, i):
    """Frames and their lock lines from lines[i:] up to a line that is neither."""
    frames = []
    while i < len(lines):
        m = FRAME.match(lines[i])
        if m:
            frames.append(Frame(m.group("frame")))
        else:
            m = LOCK.match(lines[i])
            if not m or not frames:
                break
            frames[-1].locks.append((m.group("state"), m.group("addr"), m.group("cls")))
        i += 1
    return frames, i


def main():
    lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().split("\n")
    # Unified logging lines (-Xlog:safepoint, -Xlog:gc) may be interleaved: not part of the dump.
    lines = [l for l in lines if not re.match(r"^\[\d+\.\d+s\]\[", l)]
    try:
        start = next(i for i, l in enumerate(lines) if l.startswith("Full thread dump "))
    except StopIteration:
        print("no 'Full thread dump' line")
        return 1
    check(start > 0 and re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", lines[start - 1]),
          "date line before the header: %r" % (lines[start - 1] if start > 0 else None))
    check(re.match(r"^Full thread dump OpenJDK 64-Bit Server VM \(\S+ [^)]*mode[^)]*\):$", lines[start]),
          "header line: %r" % lines[start])
    check(lines[start + 1] == "", "blank line after the header")

    # Thread blocks: a header line, the state line, the frames, a blank line.
    threads = {}
    i = start + 1
    jni = None
    while i < len(lines):
        line = lines[i]
        if line.startswith("JNI global refs"):
            jni = i
            break
        m = HEADER.match(line)
        if m:
            name = m.group("name")
            state = None
            if i + 1 < len(lines) and lines[i + 1].startswith("   java.lang.Thread.State: "):
                state = lines[i + 1][len("   java.lang.Thread.State: "):]
            frames, i = parse_stack(lines, i + 2)
            check(name not in threads, "thread %s listed twice" % name)
            threads[name] = (m, state, frames)
            continue
        if line.startswith('"') and ("#" in line.split('" ', 1)[-1][:2]):
            failures.append("malformed Java thread header: %r" % line)
        i += 1

    def expect(name, daemon, prio, os_state, state, top):
        if not check(name in threads, "thread %s missing" % name):
            return None
        m, st, frames = threads[name]
        check(bool(m.group("daemon")) == daemon, "%s: daemon flag" % name)
        check(m.group("prio") == str(prio), "%s: prio=%s, expected %s" % (name, m.group("prio"), prio))
        check(m.group("os") == os_state, "%s: os state %r, expected %r" % (name, m.group("os"), os_state))
        check(st == state, "%s: java.lang.Thread.State %r, expected %r" % (name, st, state))
        for k, pattern in enumerate(top):
            if not check(k < len(frames) and re.fullmatch(pattern, frames[k].text),
                         "%s: frame %d %r does not match %r" % (name, k, frames[k].text if k < len(frames) else None, pattern)):
                break
        return frames

    def locks(frames, k):
        return frames[k].locks if frames is not None and k < len(frames) else []

    base = r"java\.base@[^/]+/"
    sleep = r"java\.lang\.Thread\.sleep\(" + base + r"Native Method\)"
    wait = r"java\.lang\.Object\.wait\(" + base + r"Native Method\)"
    park = r"jdk\.internal\.misc\.Unsafe\.park\(" + base + r"Native Method\)"
    src = r"\(ThreadDumpSigquit\.java:\d+\)"
    lam = r"ThreadDumpSigquit\.lambda\$main\$\d+" + src

    f = expect("main", False, 5, "in Object.wait()", "WAITING (on object monitor)",
               [wait, r"java\.lang\.Object\.wait\(" + base + r"Object\.java:\d+\)", r"ThreadDumpSigquit\.main" + src])
    check(f is None or threads["main"][0].group("id") == "1", "main is #1")
    w = locks(f, 0)
    check(len(w) == 1 and w[0][0] == "waiting on" and w[0][2] == "java.lang.Object" and
          locks(f, 2) == [("locked", w[0][1], "java.lang.Object")],
          "main: waiting on the object its own frame has locked: %r %r" % (w, locks(f, 2)))
    expect("Signal Dispatcher", True, 9, "waiting on condition", "RUNNABLE", [])

    f = expect("td-sleeper", True, 5, "waiting on condition", "TIMED_WAITING (sleeping)",
               [sleep, r"ThreadDumpSigquit\.sleepLong" + src, lam])
    sleep_lock = None
    if check(locks(f, 2)[:1] and locks(f, 2)[0][0] == "locked" and locks(f, 2)[0][2] == "java.lang.Object",
             "td-sleeper: '- locked <...> (a java.lang.Object)' under the lambda frame: %r" % locks(f, 2)):
        sleep_lock = locks(f, 2)[0][1]
    check(f is None or all(not fr.locks for fr in f[:2]), "td-sleeper: no lock lines on sleep frames")

    f = expect("td-blocked", True, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", [lam])
    check(locks(f, 0) == [("waiting to lock", sleep_lock, "java.lang.Object")],
          "td-blocked: '- waiting to lock' td-sleeper's monitor %s: %r" % (sleep_lock, locks(f, 0)))

    f = expect("td-waiter", True, 5, "in Object.wait()", "WAITING (on object monitor)",
               [wait, r"java\.lang\.Object\.wait\(" + base + r"Object\.java:\d+\)", lam])
    w = locks(f, 0)
    check(len(w) == 1 and w[0][0] == "waiting on" and w[0][2] == "java.lang.Object",
          "td-waiter: '- waiting on <...> (a java.lang.Object)' under Object.wait: %r" % w)
    check(not locks(f, 1), "td-waiter: no lock line under Object.wait(Object.java)")
    check(w and locks(f, 2) == [("locked", w[0][1], "java.lang.Object")],
          "td-waiter: the lambda frame holds the object waited on: %r" % locks(f, 2))

    f = expect("td-timed-waiter", True, 5, "in Object.wait()", "TIMED_WAITING (on object monitor)", [wait, lam])
    w = locks(f, 0)
    check(len(w) == 1 and w[0][0] == "waiting on", "td-timed-waiter: '- waiting on': %r" % w)
    check(w and locks(f, 1) == [("locked", w[0][1], "java.lang.Object")], "td-timed-waiter: '- locked': %r" % locks(f, 1))

    f = expect("td-notifier", True, 5, "waiting on condition", "TIMED_WAITING (sleeping)",
               [sleep, r"ThreadDumpSigquit\.sleepLong" + src, lam])
    notifier = locks(f, 2)
    f = expect("td-relock", True, 5, "in Object.wait()", "BLOCKED (on object monitor)",
               [wait, r"java\.lang\.Object\.wait\(" + base + r"Object\.java:\d+\)", lam])
    check(len(notifier) == 1 and locks(f, 0) == [("waiting to re-lock in wait()", notifier[0][1], "java.lang.Object")],
          "td-relock: '- waiting to re-lock in wait()' the monitor td-notifier holds: %r %r" % (locks(f, 0), notifier))
    check(notifier and locks(f, 2) == [("locked", notifier[0][1], "java.lang.Object")], "td-relock: '- locked': %r" % locks(f, 2))

    klass = "java.lang.Class for ThreadDumpSigquit"
    f = expect("td-static-holder", True, 5, "waiting on condition", "TIMED_WAITING (sleeping)",
               [sleep, r"ThreadDumpSigquit\.sleepLong" + src, r"ThreadDumpSigquit\.staticSync" + src])
    held = locks(f, 2)
    check(len(held) == 1 and held[0][0] == "locked" and held[0][2] == klass,
          "td-static-holder: synchronized static method holds '(a %s)': %r" % (klass, held))
    f = expect("td-static-blocked", True, 5, "waiting for monitor entry", "BLOCKED (on object monitor)",
               [r"ThreadDumpSigquit\.staticSync" + src])
    check(held and locks(f, 0) == [("waiting to lock", held[0][1], klass)],
          "td-static-blocked: waiting to lock the class: %r" % locks(f, 0))

    f = expect("td-nested", True, 5, "waiting on condition", "TIMED_WAITING (sleeping)",
               [sleep, r"ThreadDumpSigquit\.sleepLong" + src, lam])
    n = locks(f, 2)
    check(len(n) == 2 and n[0][0] == n[1][0] == "locked" and n[0][1] != n[1][1],
          "td-nested: two '- locked' lines (inner first) in one frame: %r" % n)

    f = expect("td-parker", True, 5, "waiting on condition", "WAITING (parking)", [park])
    check(len(locks(f, 0)) == 1 and locks(f, 0)[0][0] == "parking to wait for " and
          locks(f, 0)[0][2] == "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject",
          "td-parker: '- parking to wait for  <...> (a ...ConditionObject)': %r" % locks(f, 0))

    d1 = expect("td-dead-1", True, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", [lam])
    d2 = expect("td-dead-2", True, 5, "waiting for monitor entry", "BLOCKED (on object monitor)", [lam])
    l1, l2 = locks(d1, 0), locks(d2, 0)
    check(len(l1) == 2 and len(l2) == 2 and l1[0][0] == "waiting to lock" and l1[1][0] == "locked" and
          l1[0][1] == l2[1][1] and l1[1][1] == l2[0][1],
          "td-dead-1/2: each waits to lock what the other has locked: %r %r" % (l1, l2))
    sync = "java.util.concurrent.locks.ReentrantLock$NonfairSync"
    r1 = expect("td-rl-1", True, 5, "waiting on condition", "WAITING (parking)", [park])
    r2 = expect("td-rl-2", True, 5, "waiting on condition", "WAITING (parking)", [park])
    check(locks(r1, 0)[:1] and locks(r1, 0)[0][2] == sync and locks(r2, 0)[:1] and locks(r2, 0)[0][2] == sync and
          locks(r1, 0)[0][1] != locks(r2, 0)[0][1], "td-rl-1/2: parked on two ReentrantLocks: %r %r" % (locks(r1, 0), locks(r2, 0)))

    # JNI references, then the deadlocks (DeadlockCycle::print_on_with), then the heap.
    if not check(jni is not None, "no 'JNI global refs' line"):
        return report()
    check(re.match(r"^JNI global refs: \d+, weak refs: \d+$", lines[jni]), "JNI line: %r" % lines[jni])
    rest = lines[jni + 1:]
    check(rest[:3] == ["", "", "Found one Java-level deadlock:"], "deadlock report after one blank line: %r" % rest[:3])
    text = "\n".join(rest)
    monitor_cycle = (
        r'Found one Java-level deadlock:\n=============================\n'
        r'"td-dead-1":\n  waiting to lock monitor ' + ADDR + r' \(object (?P<b>' + ADDR + r'), a java\.lang\.Object\),\n'
        r'  which is held by "td-dead-2"\n\n'
        r'"td-dead-2":\n  waiting to lock monitor ' + ADDR + r' \(object (?P<a>' + ADDR + r'), a java\.lang\.Object\),\n'
        r'  which is held by "td-dead-1"\n\n'
        r'Java stack information for the threads listed above:\n'
        r'===================================================\n'
        r'"td-dead-1":\n(?P<s1>(\t.*\n)+)"td-dead-2":\n(?P<s2>(\t.*\n)+)\n')
    m = re.search(monitor_cycle, text)
    if check(m, "the monitor deadlock report"):
        check(l1 and m.group("b") == l1[0][1] and m.group("a") == l2[0][1], "monitor deadlock: object addresses")
        stack1 = [fr.text for fr in d1] if d1 else []
        check(re.findall(r"^\tat (.+)$", m.group("s1"), re.M) == stack1, "td-dead-1: same frames in the report")
    lock_cycle = (
        r'Found one Java-level deadlock:\n=============================\n'
        r'"td-rl-1":\n  waiting for ownable synchronizer ' + ADDR + r', \(a ' + re.escape(sync) + r'\),\n'
        r'  which is held by "td-rl-2"\n\n'
        r'"td-rl-2":\n  waiting for ownable synchronizer ' + ADDR + r', \(a ' + re.escape(sync) + r'\),\n'
        r'  which is held by "td-rl-1"\n\n'
        r'Java stack information for the threads listed above:\n'
        r'===================================================\n'
        r'"td-rl-1":\n(\t.*\n)+"td-rl-2":\n(\t.*\n)+\n')
    check(re.search(lock_cycle, text), "the ReentrantLock deadlock report")
    check(re.search(r"\nFound 2 deadlocks\.\n\nHeap\n def new generation +total \d+K, used \d+K", text),
          "'Found 2 deadlocks.' then the heap block")
    check(re.search(r"\n   the space \d+K, +\d+% used \[.*\)\n Metaspace +used \d+K, committed \d+K, reserved \d+K\n"
                    r"  class space +used \d+K, committed \d+K, reserved \d+K\n\n", text),
          "the heap block ends with the Metaspace lines and a blank line")
    check("Found one Java-level deadlock" not in text.split("Found 2 deadlocks.")[-1], "no report after the count")
    return report()


def report():
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
