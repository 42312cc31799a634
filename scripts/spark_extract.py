#!/usr/bin/env python3
"""PySpark side of `scripts/spark`: `entente extract -` as an RDD.pipe() stage.

    spark_extract.py ENTENTE CORPUS.jsonl OUT.parquet CORES

Each partition of the JSON Lines corpus is piped through one `entente extract -` process
(JSON Lines in, one relation per line out); the relations become a DataFrame with a fixed
schema (no inference pass, so the corpus is extracted once) and are written as Parquet.
"""
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

EVIDENCE = StructType([
    StructField("document", StringType()), StructField("sentence", LongType()),
    StructField("start", LongType()), StructField("end", LongType()), StructField("text", StringType()),
    StructField("date", StringType()), StructField("url", StringType()),
])
RELATION = StructType([
    StructField("source", StringType()), StructField("target", StringType()),
    StructField("source_id", StringType()), StructField("target_id", StringType()),
    StructField("kind", StringType()), StructField("polarity", StringType()), StructField("cameo", StringType()),
    StructField("weight", DoubleType()), StructField("certainty", StringType()), StructField("speaker", StringType()),
    StructField("evidence", EVIDENCE),
])


def main():
    entente, corpus, out, cores = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    spark = (SparkSession.builder.master(f"local[{cores}]").appName("entente-extract")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    articles = spark.sparkContext.textFile(corpus, minPartitions=cores * 2)
    count = articles.count()
    start = time.perf_counter()
    events = articles.pipe(f"{entente} extract - --format jsonl --quiet")
    frame = spark.read.schema(RELATION).json(events)
    frame.write.mode("overwrite").parquet(out)
    seconds = time.perf_counter() - start
    rows = spark.read.parquet(out).count()
    size = os.path.getsize(corpus)
    print(f"spark local[{cores}]: {count} articles ({size / 1e6:.1f} MB) -> {rows} relations in {out}")
    print(f"  {seconds:.1f} s wall: {count / seconds:.0f} articles/s, {count / seconds / cores:.0f} articles/s per core, "
          f"{size / 1e6 / seconds / cores:.2f} MB/s per core")
    spark.stop()


if __name__ == "__main__":
    main()
