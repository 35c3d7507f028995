"""TopoJSON helpers shared by the build tools (tools/basemap, tools/gazetteer)."""


def decode_arcs(topo, digits=None):
    """The quantized, delta-encoded arcs of a TopoJSON topology as [lon, lat] points; rounded when digits is set."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            lon, lat = x * sx + tx, y * sy + ty
            pts.append([round(lon, digits), round(lat, digits)] if digits is not None else [lon, lat])
        arcs.append(pts)
    return arcs
