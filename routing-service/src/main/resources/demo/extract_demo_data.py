#!/usr/bin/env python3
"""Copies the demo city's public data (嘉兴市, 330400) out of ../shared/data into this folder.

Run from anywhere: python3 extract_demo_data.py [/path/to/shared/data]
Rows and features are copied as published (no coordinate is changed); only the filter applies.
"""
import csv
import json
import shutil
import sys
from pathlib import Path

CITY_CODE12 = "330400000000"
CITY_ADCODE = "330400"
HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[5] / "shared" / "data"


def divisions():
    source = SHARED / "divisions" / "divisions_2023.csv"
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # the city itself, its counties (parent = city) and their townships (parent = one of those counties)
    counties = {r["code12"] for r in rows if r["parent_code12"] == CITY_CODE12}
    kept = [r for r in rows
            if r["code12"] == CITY_CODE12 or r["code12"] in counties or r["parent_code12"] in counties]
    with (HERE / "divisions.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["code12", "code", "name", "level", "parent_code12"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    shutil.copyfile(SHARED / "divisions" / "LICENSE", HERE / "LICENSE-divisions")
    return len(kept)


def boundaries(crs):
    source = SHARED / "boundaries" / f"zhejiang_counties_{crs}.geojson"
    with source.open(encoding="utf-8") as f:
        collection = json.load(f)
    features = [ft for ft in collection["features"]
                if str(ft["properties"].get("parent_adcode")) == CITY_ADCODE
                or str(ft["properties"].get("adcode", "")).startswith("3304")]
    collection["features"] = features
    with (HERE / f"boundaries_{crs}.geojson").open("w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    return len(features)


if __name__ == "__main__":
    print("divisions:", divisions())
    print("gcj02 features:", boundaries("gcj02"))
    print("wgs84 features:", boundaries("wgs84"))
