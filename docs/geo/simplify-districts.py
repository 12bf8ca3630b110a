#!/usr/bin/env python3
"""Makes src/main/resources/geo/seoul-districts.geojson from the simplified 25-district file of southkorea/seoul-maps.

Usage: python3 docs/geo/simplify-districts.py ../shared/data/geo/juso_2015_json_seoul_municipalities_geo_simple.json \
           src/main/resources/geo/seoul-districts.geojson

Each ring is simplified with the Douglas-Peucker algorithm (tolerance 0.0004 degrees, about 40 m: invisible at the
scale of a city map) and its coordinates rounded to five decimals (about a metre); only the district code and names
are kept. Standard library only, so that the bundled file can be made again anywhere.
"""
import json
import sys

TOLERANCE = 0.0004


def distance(point, start, end):
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    px, py = x1 + t * dx, y1 + t * dy
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def simplify(points):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > TOLERANCE:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring(coordinates):
    simplified = simplify(coordinates)
    if len(simplified) < 4:  # a closed ring needs four positions
        simplified = coordinates
    return [[round(x, 5), round(y, 5)] for x, y in simplified]


def geometry(source):
    if source["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r) for r in source["coordinates"]]}
    if source["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r) for r in polygon] for polygon in source["coordinates"]]}
    raise ValueError("unexpected geometry " + source["type"])


def main(source_path, target_path):
    with open(source_path, encoding="utf-8") as f:
        source = json.load(f)
    features = []
    for feature in source["features"]:
        p = feature["properties"]
        features.append({"type": "Feature",
                         "properties": {"SIG_CD": p["SIG_CD"], "SIG_KOR_NM": p["SIG_KOR_NM"], "SIG_ENG_NM": p["SIG_ENG_NM"]},
                         "geometry": geometry(feature["geometry"])})
    features.sort(key=lambda f: f["properties"]["SIG_CD"])
    with open(target_path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
