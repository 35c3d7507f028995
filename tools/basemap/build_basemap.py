#!/usr/bin/env python3
"""Builds the offline base map of the web page: Natural Earth countries at 1:110m from the pinned npm package
world-atlas@2.0.2 (ISC; Natural Earth data is public domain), decoded from TopoJSON to GeoJSON so the page
needs no TopoJSON client. Output: vigil-app/src/main/resources/web/static/basemap/countries-110m.geojson.

Run from the project root: python3 tools/basemap/build_basemap.py   (needs npm; nothing is fetched at run time)
"""
import json, os, subprocess, sys, tarfile, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from topojson import decode_arcs  # noqa: E402

PACKAGE = "world-atlas@2.0.2"
OUT = "vigil-app/src/main/resources/web/static/basemap/countries-110m.geojson"


def fetch(tmp):
    name = subprocess.check_output(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, text=True).strip().splitlines()[-1]
    with tarfile.open(os.path.join(tmp, name)) as t:
        t.extractall(tmp)
    with open(os.path.join(tmp, "package", "countries-110m.json")) as f:
        return json.load(f)


def ring(arcs, idx):
    pts = []
    for i in idx:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def unwrap(pts):
    """TopoJSON rings are spherical: a ring may jump from 180 to -180. Leaflet draws planar rings, so keep
    longitudes continuous (a ring may reach past 180); a ring around the pole (Antarctica) is closed along it."""
    out = [pts[0]]
    for x, y in pts[1:]:
        px = out[-1][0]
        while x - px > 180:
            x -= 360
        while px - x > 180:
            x += 360
        out.append([round(x, 3), y])
    if abs(out[-1][0] - out[0][0]) > 180:
        pole = -90 if min(p[1] for p in out) < 0 else 90
        out += [[out[-1][0], pole], [out[0][0], pole], out[0]]
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        topo = fetch(tmp)
    arcs = decode_arcs(topo, 3)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            coords = [unwrap(ring(arcs, r)) for r in g["arcs"]]
        elif g["type"] == "MultiPolygon":
            coords = [[unwrap(ring(arcs, r)) for r in p] for p in g["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "id": g.get("id"), "properties": {"name": g["properties"]["name"]},
                         "geometry": {"type": g["type"], "coordinates": coords}})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, separators=(",", ":"))
    print(f"{OUT}: {len(features)} countries")


if __name__ == "__main__":
    main()
