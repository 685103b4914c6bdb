#!/usr/bin/env python3
"""`gazette serve` under load while the site changes: a soak test.

Serves a copy of the demo site and, for SOAK_SECONDS (default 60), runs 50 clients that fetch
its pages as fast as they can, while an editor appends a sentence to an article every second
and, every tenth second, breaks a template (an unclosed section) and fixes it two seconds later.

Fails (exit 1) on any 5xx answer, failed connection, page cut short (an HTML page without its
closing tag, or a body shorter than its Content-Length), server crash, or memory growth (the
server's resident memory at the end over 1.5 times that after the first second plus 16 MB).
Prints requests per second, latency percentiles, answers by status and the resident memory
over time.

usage: Scripts/soak_serve.py [path/to/gazette]
"""
import http.client, os, random, shutil, socket, subprocess, sys, tempfile, threading, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZETTE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build/release/gazette"))
SECONDS = float(os.environ.get("SOAK_SECONDS", "60"))
CLIENTS = 50


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    site = tempfile.mkdtemp(prefix="gazette-soak-")
    for name in ("Content", "Templates", "site.yml"):
        source = os.path.join(REPO, name)
        (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(site, name))
    port = free_port()
    server = subprocess.Popen([GAZETTE, "serve", "--root", site, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit("soak: the server did not start")
        public = os.path.join(site, "Public")
        pages = sorted("/" + os.path.relpath(os.path.join(root, name), public)
                       for root, _, names in os.walk(public) for name in names)
        pages += ["/", "/articles/", "/no/such/page/", "/__gazette/status"]
        article = os.path.join(site, "Content", "world", sorted(os.listdir(os.path.join(site, "Content", "world")))[0])
        template = os.path.join(site, "Templates", "footer.mustache")
        with open(template) as f:
            good_template = f.read()

        lock = threading.Lock()
        latencies, statuses, problems = [], {}, []
        reported_errors = [0]  # status answers that carried the broken template's error
        stop = time.time() + SECONDS

        def client(seed):
            rng = random.Random(seed)
            while time.time() < stop:
                path = rng.choice(pages)
                start = time.time()
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                    conn.request("GET", path)
                    response = conn.getresponse()
                    body = response.read()
                    length = int(response.getheader("Content-Length", "-1"))
                    kind = response.getheader("Content-Type", "")
                    conn.close()
                except (OSError, http.client.HTTPException) as error:
                    with lock:
                        problems.append(f"{path}: {type(error).__name__}: {error}")
                    continue
                elapsed = time.time() - start
                problem = None
                if response.status >= 500:
                    problem = f"{path}: {response.status}"
                elif length != len(body):
                    problem = f"{path}: {len(body)} bytes of {length}"
                elif kind.startswith("text/html") and response.status == 200 and b"</html>" not in body[-300:]:
                    problem = f"{path}: HTML cut short ({len(body)} bytes)"
                if path == "/__gazette/status" and b'"error":null' not in body:
                    with lock:
                        reported_errors[0] += 1
                with lock:
                    latencies.append(elapsed)
                    statuses[response.status] = statuses.get(response.status, 0) + 1
                    if problem:
                        problems.append(problem)

        def editor():
            second = 0
            while time.time() < stop:
                time.sleep(1)
                second += 1
                with open(article, "a") as f:
                    f.write(f"\nIn second {second}, Antony Blinken met {second} officials in Cairo.\n")
                if second % 10 == 3:
                    with open(template, "w") as f:
                        f.write(good_template + "{{#unclosed}}\n")
                elif second % 10 == 5:
                    with open(template, "w") as f:
                        f.write(good_template)

        time.sleep(1)
        memory = [(0, rss_mb(server.pid))]
        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)] + [threading.Thread(target=editor)]
        for thread in threads:
            thread.start()
        began = time.time()
        while time.time() < stop:
            time.sleep(min(10, max(0.1, stop - time.time())))
            if server.poll() is not None:
                break
            memory.append((round(time.time() - began), rss_mb(server.pid)))
        for thread in threads:
            thread.join()
        crashed = server.poll() is not None
        with open(template, "w") as f:
            f.write(good_template)

        latencies.sort()
        count = len(latencies)
        percentile = lambda p: latencies[min(count - 1, int(p * count))] * 1000 if count else 0
        print(f"soak: {CLIENTS} clients for {SECONDS:.0f} s, an article edited every second, a template broken and fixed every 10 s")
        print(f"requests {count:,} ({count / SECONDS:,.0f}/s), p50 {percentile(0.5):.1f} ms, p99 {percentile(0.99):.1f} ms, "
              f"max {percentile(1.0):.1f} ms")
        print("answers: " + ", ".join(f"{status}: {n:,}" for status, n in sorted(statuses.items())))
        print(f"status answers reporting the broken template: {reported_errors[0]:,}")
        print("resident MB over time: " + ", ".join(f"{t} s: {mb:.1f}" for t, mb in memory))
        first, last = memory[0][1], memory[-1][1]
        failures = problems[:10]
        if crashed:
            failures.append(f"the server exited with {server.returncode}: {server.stderr.read()[-1000:]}")
        if last > first * 1.5 + 16:
            failures.append(f"memory grew from {first:.1f} MB to {last:.1f} MB")
        if failures:
            print(f"soak: {len(problems)} problems, for example:\n  " + "\n  ".join(failures))
            sys.exit(1)
        print("soak: no 5xx, no failed connection, no page cut short, no crash")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
