#!/usr/bin/env python3
"""Gazette against Hugo on generated news sites, measured side by side in one run.

For each size (default 1,000 and 10,000 articles; set SIZES=1000,10000,100000 for more):
generates the site with ../shared/bench/gen_corpus.py (real BBC paragraphs and names),
gives Hugo Gazette's actors as taxonomies (../shared/bench/hugo_site.py), builds both cold
under /usr/bin/time -v, and prints wall and CPU seconds, peak memory, files and bytes
written, and the Gazette/Hugo ratios. Then, on the 10,000-article site (or the largest
below it): a rebuild with nothing changed, after one article changed and after one
template changed, with the time of each stage (`gazette build --timings`).

usage: Scripts/bench_scale.py [path/to/gazette]   (Hugo: Debian's `hugo`, installed if missing)
"""
import os, re, shutil, subprocess, sys, tempfile, json

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZETTE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build/release/gazette"))
SHARED = os.environ.get("SHARED", os.path.join(REPO, "..", "shared"))
SIZES = [int(s) for s in os.environ.get("SIZES", "1000,10000").split(",")]


def ensure_hugo():
    if shutil.which("hugo"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if subprocess.run(sudo + ["apt-get", "install", "-y", "hugo"], stdout=subprocess.DEVNULL).returncode != 0:
        subprocess.run(sudo + ["apt-get", "update"], stdout=subprocess.DEVNULL)
        subprocess.run(sudo + ["apt-get", "install", "-y", "hugo"], stdout=subprocess.DEVNULL, check=True)


def timed(command, cwd=None):
    """Runs a command under /usr/bin/time -v; returns wall s, CPU s, peak MB and its output (stdout + stderr)."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{result.stderr[-2000:]}")
    err = result.stderr
    wall = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)", err)
    hours, minutes, seconds = wall.groups()
    wall_s = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", err).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", err).group(1))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024
    return wall_s, cpu, peak, result.stdout + err


def tree_size(folder):
    files = total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            total += os.path.getsize(os.path.join(root, name))
    return files, total


def make_sites(count, work):
    site, hugo = os.path.join(work, f"gazette-{count}"), os.path.join(work, f"hugo-{count}")
    subprocess.run([sys.executable, os.path.join(SHARED, "bench/gen_corpus.py"), str(count), os.path.join(site, "Content")],
                   check=True)
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(site, "Templates"))
    with open(os.path.join(site, "site.yml"), "w") as f:
        f.write("title: Bench\nactor_min_articles: 1\n")
    paths = sorted(os.path.join(r, n) for r, _, ns in os.walk(os.path.join(site, "Content")) for n in ns if n.endswith(".md"))
    actors = []
    for start in range(0, len(paths), 2000):  # command lines stay short at 100,000 articles
        out = subprocess.run([GAZETTE, "extract", "--json"] + paths[start:start + 2000], check=True, capture_output=True).stdout
        actors += json.loads(out)
    with open(os.path.join(work, f"actors-{count}.json"), "w") as f:
        json.dump(actors, f)
    subprocess.run([sys.executable, os.path.join(SHARED, "bench/hugo_site.py"), os.path.join(site, "Content"),
                    os.path.join(work, f"actors-{count}.json"), hugo], check=True)
    return site, hugo


def gazette_build(site, *flags):
    return timed([GAZETTE, "build", "--root", site] + list(flags))


def main():
    if not os.path.exists(GAZETTE):
        sys.exit(f"bench: {GAZETTE} not found; run 'swift build -c release' first")
    ensure_hugo()
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    work = tempfile.mkdtemp(prefix="gazette-scale-")
    try:
        print(f"Cold builds, side by side (Hugo {hugo_version}, {os.cpu_count()} cores)")
        print(f"{'articles':>9} | {'tool':7} | {'wall s':>7} | {'CPU s':>7} | {'peak MB':>8} | {'files':>7} | {'MB written':>10}")
        rows, sites = [], {}
        for count in SIZES:
            site, hugo = make_sites(count, work)
            sites[count] = site
            h = timed(["hugo", "--quiet"], cwd=hugo)
            hf, hb = tree_size(os.path.join(hugo, "public"))
            g = gazette_build(site, "--quiet")
            gf, gb = tree_size(os.path.join(site, "Public"))
            for tool, (wall, cpu, peak, _), files, size in (("Hugo", h, hf, hb), ("Gazette", g, gf, gb)):
                print(f"{count:>9,} | {tool:7} | {wall:7.2f} | {cpu:7.2f} | {peak:8.0f} | {files:>7,} | {size / 1e6:10.1f}")
            rows.append((count, g[0] / h[0], g[1] / h[1], g[2] / h[2], g[0] / count * 1000))
            shutil.rmtree(hugo)
        print()
        print(f"{'articles':>9} | Gazette/Hugo wall | CPU | peak memory | Gazette ms per article")
        for count, wall, cpu, peak, per in rows:
            print(f"{count:>9,} | {wall:17.2f} | {cpu:4.2f} | {peak:11.2f} | {per:.2f}")

        count = max([c for c in SIZES if c <= 10000] or SIZES)
        site = sites[count]
        print(f"\nRebuilds of the {count:,}-article site")
        print(f"{'change':30} | {'wall s':>7} | {'peak MB':>8} | files written")
        article = sorted(os.path.join(r, n) for r, _, ns in os.walk(os.path.join(site, "Content")) for n in ns)[0]
        template = os.path.join(site, "Templates/footer.mustache")
        timings = ""
        for label, change in (("nothing", None), ("one article", article), ("one template", template)):
            if change:
                with open(change, "a") as f:
                    f.write("\nOne more line about Tony Blair and the BBC.\n" if change == article else "\n<!-- restyled -->\n")
            wall, _, peak, output = gazette_build(site, "--timings")
            written = re.search(r"(\d+) written", output)
            print(f"{label:30} | {wall:7.2f} | {peak:8.0f} | {written.group(1) if written else '?'}")
            if label == "one article":
                timings = "\n".join(line for line in output.splitlines() if re.match(r"\s+[\d.]+ s  ", line))
        print(f"\nStages of the rebuild after one article changed:\n{timings}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
