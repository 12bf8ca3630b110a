#!/usr/bin/env python3
"""Draws the application icon: Seoul's 25 districts in white on the city blue (#0b3d91), as an SVG on stdout.

The outlines are the bundled district boundaries (src/main/resources/geo/seoul-districts.geojson, Apache-2.0, see
NOTICE), scaled into the middle 62 % so the icon survives a round or squircle mask. Render it to the 512 px PNG the
app serves (src/main/resources/META-INF/resources/icons/icon.png; Vaadin makes the other sizes from it), e.g.:

    python3 docs/icon/app-icon.py > /tmp/icon.svg
    chromium --headless --hide-scrollbars --window-size=512,512 --screenshot=icon.png /tmp/icon.svg
"""
import json
import math
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SIZE, MARGIN = 512, 96


def rings(geometry):
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def main():
    districts = json.loads((ROOT / "src/main/resources/geo/seoul-districts.geojson").read_text(encoding="utf-8"))
    points = [p for f in districts["features"] for ring in rings(f["geometry"]) for p in ring]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    squeeze = math.cos(math.radians((south + north) / 2))  # a degree of longitude is shorter than one of latitude
    width, height = (east - west) * squeeze, north - south
    scale = (SIZE - 2 * MARGIN) / max(width, height)
    left, top = (SIZE - width * scale) / 2, (SIZE - height * scale) / 2
    paths = []
    for feature in districts["features"]:
        d = " ".join("M" + " L".join(f"{left + (x - west) * squeeze * scale:.1f},{top + (north - y) * scale:.1f}"
                                     for x, y in ring) + " Z" for ring in rings(feature["geometry"]))
        paths.append(f'<path d="{d}"/>')
    print(f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">'
          f'<rect width="{SIZE}" height="{SIZE}" fill="#0b3d91"/>'
          f'<g fill="#ffffff" stroke="#0b3d91" stroke-width="3" stroke-linejoin="round">{"".join(paths)}</g></svg>')


if __name__ == "__main__":
    main()
