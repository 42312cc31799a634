#!/usr/bin/env python3
"""Reads Entente's event table (`export --format events`) with PySpark, as an analyst would,
and checks it against the counts Entente printed. QuadClass 0 marks affiliations (leader_of,
member_of), which have no CAMEO QuadClass.

    spark_events.py EVENTS.csv EVENTS.jsonl EXPECTED_ROWS

CSV is read twice: with Spark's defaults (escape is a backslash, one record per line) and
with the RFC 4180 options the README gives (escape '"', multiLine). JSON Lines with the
defaults. Exits non-zero on any disagreement.
"""
import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

COLUMNS = ["date", "source_id", "source_name", "source_code", "target_id", "target_name", "target_code", "kind",
           "event_code", "root", "quad_class", "goldstein", "certainty", "speaker", "document", "url", "sentence",
           "start", "end", "evidence"]


def check(name, frame, expected, problems, quoted=None):
    rows = frame.count()
    if quoted is not None and "evidence" in frame.columns:
        # Sentences with quotation marks must come through whole ("" inside a CSV field).
        inside = frame.filter(F.col("evidence").contains('"')).count()
        if inside != quoted:
            problems.append(f"{name}: {inside} evidence sentences with a quotation mark, expected {quoted}")
    columns = frame.columns
    bad_quad = frame.filter(~F.col("quad_class").cast("int").isin(0, 1, 2, 3, 4)).count() if "quad_class" in columns else rows
    bad_goldstein = frame.filter(F.col("goldstein").cast("double").isNull()).count() if "goldstein" in columns else rows
    print(f"{name}: {rows} rows, {len(columns)} columns, {bad_quad} bad quad_class, {bad_goldstein} bad goldstein")
    if rows != expected:
        problems.append(f"{name}: {rows} rows, expected {expected}")
    if sorted(columns) != sorted(COLUMNS):
        problems.append(f"{name}: columns {columns}")
    if bad_quad or bad_goldstein:
        problems.append(f"{name}: {bad_quad} rows with a bad quad_class, {bad_goldstein} with a bad goldstein")


def main():
    csv_path, jsonl_path, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    spark = SparkSession.builder.master("local[2]").appName("entente-events").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    problems, defaults = [], []
    lines = spark.read.json(jsonl_path)
    quoted = lines.filter(F.col("evidence").contains('"')).count()
    check("JSON Lines, defaults", lines, expected, problems)
    check("CSV, Spark defaults", spark.read.csv(csv_path, header=True), expected, defaults, quoted)
    check("CSV, escape '\"' and multiLine", spark.read.csv(csv_path, header=True, escape='"', multiLine=True), expected, problems, quoted)
    spark.stop()
    for problem in defaults:
        print("note (defaults): " + problem)
    for problem in problems:
        print("FAIL " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
