#!/usr/bin/env python3
"""Generates a varied JSON Lines news corpus from the seed articles, for benchmarks.

    scripts/make_corpus.py SIZE_MB OUT.jsonl [--seed N] [--seeds DIR]

Each line is {"id", "title", "text", "date", "url"}; `text` starts with the title, so
every reader sees exactly the same text. The output is at least SIZE_MB MiB.

Articles are not copies of one seed: each takes the headline and dateline of one seed,
then mixes in paragraphs of the others, shuffles the sentences inside some paragraphs,
swaps every state (name, short form, demonym, capital) and its leader for another state
of the list below, consistently within the article, varies numbers and dates, and keeps
some of the page noise (captions, photo credits, bylines) the seeds carry.
The same SIZE_MB and seed give the same file, byte for byte.
"""

import argparse
import datetime
import json
import random
import re
import sys
from pathlib import Path

# name | short forms (comma-separated) | demonym | plural demonym | capital | leader | leader surname
STATES = """
Russia||Russian|Russians|Moscow|Vladimir Putin|Putin
Ukraine||Ukrainian|Ukrainians|Kyiv|Volodymyr Zelenskyy|Zelenskyy
Belarus||Belarusian|Belarusians|Minsk|Alexander Lukashenko|Lukashenko
Poland||Polish|Poles|Warsaw|Donald Tusk|Tusk
Israel||Israeli|Israelis|Jerusalem|Benjamin Netanyahu|Netanyahu
Iran||Iranian|Iranians|Tehran|Masoud Pezeshkian|Pezeshkian
Lebanon||Lebanese|Lebanese|Beirut|Joseph Aoun|Aoun
Syria||Syrian|Syrians|Damascus|Ahmed al-Sharaa|Sharaa
Iraq||Iraqi|Iraqis|Baghdad|Mohammed Shia al-Sudani|Sudani
Yemen||Yemeni|Yemenis|Sanaa|Rashad al-Alimi|Alimi
Saudi Arabia||Saudi|Saudis|Riyadh|Mohammed bin Salman|bin Salman
Oman||Omani|Omanis|Muscat|Haitham bin Tarik|Haitham
Qatar||Qatari|Qataris|Doha|Tamim bin Hamad Al Thani|Tamim
Egypt||Egyptian|Egyptians|Cairo|Abdel Fattah el-Sisi|Sisi
Sudan||Sudanese|Sudanese|Khartoum|Abdel Fattah al-Burhan|Burhan
United Arab Emirates|UAE|Emirati|Emiratis|Abu Dhabi|Mohamed bin Zayed|bin Zayed
Chad||Chadian|Chadians|N'Djamena|Mahamat Idriss Deby|Deby
Mali||Malian|Malians|Bamako|Assimi Goita|Goita
Burkina Faso||Burkinabe|Burkinabes|Ouagadougou|Ibrahim Traore|Traore
Niger||Nigerien|Nigeriens|Niamey|Abdourahamane Tiani|Tiani
France||French|French|Paris|Emmanuel Macron|Macron
China||Chinese|Chinese|Beijing|Xi Jinping|Xi
Taiwan||Taiwanese|Taiwanese|Taipei|Lai Ching-te|Lai
Philippines||Philippine|Filipinos|Manila|Ferdinand Marcos Jr|Marcos
Japan||Japanese|Japanese|Tokyo|Shigeru Ishiba|Ishiba
North Korea||North Korean|North Koreans|Pyongyang|Kim Jong Un|Kim Jong Un
South Korea||South Korean|South Koreans|Seoul|Lee Jae-myung|Lee
India||Indian|Indians|New Delhi|Narendra Modi|Modi
Pakistan||Pakistani|Pakistanis|Islamabad|Shehbaz Sharif|Sharif
United States|US,U.S.|American|Americans|Washington|Donald Trump|Trump
United Kingdom|UK,Britain|British|Britons|London|Keir Starmer|Starmer
Germany||German|Germans|Berlin|Friedrich Merz|Merz
Turkey||Turkish|Turks|Ankara|Recep Tayyip Erdogan|Erdogan
Azerbaijan||Azerbaijani|Azerbaijanis|Baku|Ilham Aliyev|Aliyev
Armenia||Armenian|Armenians|Yerevan|Nikol Pashinyan|Pashinyan
Ethiopia||Ethiopian|Ethiopians|Addis Ababa|Abiy Ahmed|Abiy
Somalia||Somali|Somalis|Mogadishu|Hassan Sheikh Mohamud|Mohamud
Venezuela||Venezuelan|Venezuelans|Caracas|Nicolas Maduro|Maduro
Serbia||Serbian|Serbs|Belgrade|Aleksandar Vucic|Vucic
Vietnam||Vietnamese|Vietnamese|Hanoi|To Lam|To Lam
Libya||Libyan|Libyans|Tripoli|Abdul Hamid Dbeibah|Dbeibah
Algeria||Algerian|Algerians|Algiers|Abdelmadjid Tebboune|Tebboune
"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((\w+)\) - ")
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“A-Z])")
SMALL_NUMBER = re.compile(r"(?<![\d,.-])\b([1-9]\d{0,2})\b(?![\d,.-])")
ARTICLE = re.compile(r"\b(an?|An?) (?=([A-Z][a-z]+))")
FIELD = {"name": 0, "short": 1, "demonym": 2, "plural": 3, "capital": 4, "leader": 5, "surname": 6}


def load_states():
    states = []
    for line in STATES.strip().splitlines():
        name, short, demonym, plural, capital, leader, surname = line.split("|")
        states.append((name, [s for s in short.split(",") if s], demonym, plural, capital, leader, surname))
    return states


def surface_forms(states):
    """Every spelling to replace, mapped to (state index, field)."""
    forms = {}
    for i, (name, shorts, demonym, plural, capital, leader, surname) in enumerate(states):
        forms.setdefault(name, (i, "name"))
        for short in shorts:
            forms.setdefault(short, (i, "short"))
        forms.setdefault(demonym, (i, "demonym"))
        forms.setdefault(plural, (i, "plural"))
        forms.setdefault(capital, (i, "capital"))
        forms.setdefault(leader, (i, "leader"))
        forms.setdefault(surname, (i, "surname"))
    # Longest first, so "North Korean" wins over "North Korea" and "Korea".
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])")


def article_for(article, word):
    """"a German", "an Iranian": the indefinite article that fits the substituted name."""
    wanted = "an" if word[0] in "AEIOU" else "a"
    return (wanted.capitalize() if article[0] == "A" else wanted) + " "


def read_seeds(directory):
    seeds = []
    for path in sorted(Path(directory).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n", 1)
        headline = lines[0].strip()
        body = lines[1] if len(lines) > 1 else ""
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
        dateline = next((p for p in paragraphs if DATELINE.match(p)), None)
        rest = [p for p in paragraphs if p is not dateline]
        seeds.append({"name": path.stem, "headline": headline, "dateline": dateline, "paragraphs": rest})
    if not seeds:
        sys.exit(f"make_corpus: no seed articles (*.txt) in {directory}")
    return seeds


def is_prose(paragraph):
    """A paragraph of sentences, as opposed to a subheading, caption credit or byline."""
    return paragraph.endswith((".", '."', ".”")) and len(paragraph) > 120 and "photo credit" not in paragraph


def shuffle_sentences(paragraph, rng):
    sentences = SENTENCE_BREAK.split(paragraph)
    if len(sentences) > 1:
        rng.shuffle(sentences)
    return " ".join(sentences)


class Generator:
    def __init__(self, seeds, seed):
        self.seeds = seeds
        self.rng = random.Random(seed)
        self.states = load_states()
        self.forms, self.pattern = surface_forms(self.states)
        self.pool = [(s["name"], p) for s in seeds for p in s["paragraphs"] if is_prose(p)]
        self.start = datetime.date(2022, 1, 1)

    def substitute(self, text, mapping):
        def replace(match):
            index, field = self.forms[match.group(0)]
            target = self.states[mapping[index]]
            if field == "short":
                return target[1][0] if target[1] else target[0]
            return target[FIELD[field]]
        return ARTICLE.sub(lambda m: article_for(m.group(1), m.group(2)), self.pattern.sub(replace, text))

    def vary_numbers(self, text):
        rng = self.rng

        def replace(match):
            value = int(match.group(1))
            if rng.random() < 0.5:
                return match.group(1)
            return str(max(2, int(value * rng.uniform(0.5, 1.8))))
        return SMALL_NUMBER.sub(replace, text)

    def article(self, number):
        rng = self.rng
        seed = rng.choice(self.seeds)
        day = self.start + datetime.timedelta(days=rng.randrange(4 * 365))
        mapping = list(range(len(self.states)))
        rng.shuffle(mapping)
        # Keep a third of the states as they are, so familiar pairs still occur.
        for i in range(len(mapping)):
            if rng.random() < 0.33:
                mapping[i] = i

        paragraphs = []
        if seed["dateline"]:
            paragraphs.append(DATELINE.sub(
                lambda m: f"{m.group(1)}, {MONTHS[day.month - 1]} {day.day} ({m.group(4)}) - ",
                seed["dateline"]))
        for paragraph in seed["paragraphs"]:
            roll = rng.random()
            if roll < 0.15:
                continue  # dropped
            if roll < 0.45 and self.pool:
                paragraph = rng.choice(self.pool)[1]  # taken from another article
            elif roll < 0.55 and self.pool:
                paragraphs.append(rng.choice(self.pool)[1])  # another article's paragraph inserted
            if not is_prose(paragraph) and rng.random() < 0.4:
                continue  # some subheadings, captions and bylines kept, some not
            if is_prose(paragraph) and rng.random() < 0.5:
                paragraph = shuffle_sentences(paragraph, rng)
            paragraphs.append(paragraph)

        headline = self.substitute(seed["headline"], mapping)
        text = self.vary_numbers(self.substitute("\n\n".join(paragraphs), mapping))
        text = headline + "\n\n" + text + "\n"
        slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
        hour, minute = rng.randrange(24), rng.randrange(60)
        return {
            "id": f"bench-{number:06d}",
            "title": headline,
            "text": text,
            "date": f"{day.isoformat()}T{hour:02d}:{minute:02d}:00Z",
            "url": f"https://news.example/{day.isoformat()}/{slug}-{number}",
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("size_mb", type=float, help="minimum size of the output in MiB")
    parser.add_argument("out", help="the JSON Lines file to write")
    parser.add_argument("--seed", type=int, default=20231, help="random seed (default 20231)")
    parser.add_argument("--seeds", default=str(Path(__file__).resolve().parent.parent / "seeds"),
                        help="directory of seed articles (default: the repository's seeds/)")
    args = parser.parse_args()

    generator = Generator(read_seeds(args.seeds), args.seed)
    target = int(args.size_mb * 1024 * 1024)
    written = 0
    count = 0
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        while written < target:
            line = (json.dumps(generator.article(count), ensure_ascii=False) + "\n").encode("utf-8")
            handle.write(line)
            written += len(line)
            count += 1
    print(f"make_corpus: {count} articles, {written} bytes -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
