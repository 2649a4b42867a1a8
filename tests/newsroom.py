"""A corpus of short news articles written for graphkit's tests: as many as asked, the same for a seed.

The articles are made from sentences written for these tests (no text of the
dev sets): each tells what two or three states and their leaders did to one
another, and, as real news does, names bystanders nothing is said to happen
between (a company whose shares fell, a spokesman who declined to comment, a
city), quotes people speaking to newspapers and broadcasters, and sometimes
names a leader by surname only. Over 100 articles that gives a connected
core of states and leaders, hundreds of actors with no relation, statements
to the media and a bare surname shared by two people: what a real corpus
shows the HTML view.

Each record has an id, a title, a date and a web address, so the documents
table and the view's links have something to show.

Examples
--------
>>> records = articles(3)
>>> [r["id"] for r in records], records[0]["url"].startswith("https://news.example/")
(['story-000', 'story-001', 'story-002'], True)
>>> articles(3) == records
True
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

#: States that act in the stories, the first ones most often: (name, demonym, capital).
STATES = (
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Poland", "Polish", "Warsaw"),
    ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"), ("Egypt", "Egyptian", "Cairo"),
    ("Kenya", "Kenyan", "Nairobi"), ("Canada", "Canadian", "Ottawa"), ("Turkey", "Turkish", "Ankara"),
    ("Mexico", "Mexican", "Mexico City"), ("Norway", "Norwegian", "Oslo"), ("Chile", "Chilean", "Santiago"),
    ("Ghana", "Ghanaian", "Accra"), ("Peru", "Peruvian", "Lima"), ("Greece", "Greek", "Athens"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Morocco", "Moroccan", "Rabat"), ("Sweden", "Swedish", "Stockholm"),
    ("Argentina", "Argentine", "Buenos Aires"), ("Nigeria", "Nigerian", "Abuja"), ("Portugal", "Portuguese", "Lisbon"),
    ("Thailand", "Thai", "Bangkok"), ("Austria", "Austrian", "Vienna"), ("Colombia", "Colombian", "Bogota"),
)
#: Leaders, one per state: (full name, surname, title).
LEADERS = (
    ("Paulo Ramos", "Ramos", "President"), ("Greta Lindqvist", "Lindqvist", "Chancellor"),
    ("Tomasz Wrona", "Wrona", "Prime Minister"), ("Haruto Sakai", "Sakai", "Prime Minister"),
    ("Lucia Ferraz", "Ferraz", "President"), ("Omar Nassif", "Nassif", "President"),
    ("Wanjiru Kamau", "Kamau", "President"), ("Claire Dubois", "Dubois", "Prime Minister"),
    ("Emre Aydin", "Aydin", "President"), ("Diego Salinas", "Salinas", "President"),
    ("Ingrid Solberg", "Solberg", "Prime Minister"), ("Mateo Rojas", "Rojas", "President"),
    ("Kwame Mensah", "Mensah", "President"), ("Rosa Quispe", "Quispe", "President"),
    ("Nikos Pappas", "Pappas", "Prime Minister"), ("Linh Tran", "Tran", "Prime Minister"),
    ("Youssef Alami", "Alami", "Prime Minister"), ("Astrid Berg", "Berg", "Prime Minister"),
    ("Julian Ortega", "Ortega", "President"), ("Chidi Okafor", "Okafor", "President"),
    ("Rui Tavares", "Tavares", "Prime Minister"), ("Somchai Wongsa", "Wongsa", "Prime Minister"),
    ("Franz Huber", "Huber", "Chancellor"), ("Camila Duarte", "Duarte", "President"),
)
#: International organizations that speak to states now and then.
BODIES = ("the United Nations", "the World Bank", "the European Union", "the African Union", "NATO",
          "the International Monetary Fund")
#: A second Ramos, so that a bare "Ramos" cannot be told apart.
OTHER_RAMOS = "Ines Ramos"
#: Newspapers, broadcasters and agencies leaders speak to.
OUTLETS = ("Reuters", "the BBC", "Le Monde", "the Financial Times", "Al Jazeera", "the Associated Press")

#: What one state (or leader) does to another: {a} acts on {b}.
ACTIONS = (
    "{a} criticised {b} on {day}.",
    "{a} accused {b} of breaking the ceasefire.",
    "{a} warned {b} against further provocations.",
    "{a} praised {b} for its help with the flood relief.",
    "{a} rejected the proposal from {b}.",
    "{a} held talks with {b} in {city}.",
    "{a} threatened to impose sanctions on {b}.",
    "{a} urged {b} to resume negotiations.",
    "{a} signed a trade agreement with {b}.",
    "{a} condemned {b} over the border incident.",
    "{a} thanked {b} for its support.",
    "{a} invited {b} to a summit next month.",
)
#: Bystanders: named, but nothing happens between them and anyone.
COMPANIES = ("Aldmere", "Brightwater", "Corvane", "Dunmore", "Elstree", "Fenwick", "Galloway", "Harrowgate",
             "Ivel", "Jessop", "Kestrel", "Larkfield", "Marlow", "Northcote", "Oakhurst", "Penrose", "Quarry Bank",
             "Redmire", "Saltash", "Tamworth", "Upton", "Verity", "Westbrook", "Yarrow")
SECTORS = ("Holdings", "Energy", "Shipping", "Logistics", "Mining", "Textiles", "Foods", "Airways")
FIRST = ("Anton", "Beatriz", "Carl", "Dalia", "Erik", "Fatima", "Goran", "Helena", "Ivan", "Julia", "Karim",
         "Lena", "Marco", "Nadia", "Oskar", "Petra", "Rafael", "Sofia", "Tariq", "Vera")
LAST = ("Albers", "Brandt", "Castillo", "Dragan", "Eklund", "Fischer", "Grant", "Havel", "Iversen", "Jansen",
        "Keller", "Lorenz", "Moreau", "Novak", "Olsen", "Pereira", "Quinn", "Reyes", "Strand", "Toth")
PLACES = ("Lyon", "Hamburg", "Krakow", "Osaka", "Recife", "Alexandria", "Mombasa", "Vancouver", "Izmir",
          "Monterrey", "Bergen", "Valparaiso")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _bystanders(rng: random.Random) -> list[str]:
    """Two or three sentences naming actors nothing is said to happen between."""
    company = f"{rng.choice(COMPANIES)} {rng.choice(SECTORS)}"
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    sentences = [
        f"Shares in {company} fell by {rng.randint(2, 9)} per cent.",
        f"{person}, a spokesman, declined to comment.",
        f"The meeting was held in {rng.choice(PLACES)}.",
    ]
    rng.shuffle(sentences)
    return sentences[: rng.randint(2, 3)]


def _pick(rng: random.Random, k: int) -> list[int]:
    """``k`` distinct states, the first of :data:`STATES` far more often than the last (as news goes)."""
    weights = [1 / (rank + 1) for rank in range(len(STATES))]
    picks: list[int] = []
    while len(picks) < k:
        j = rng.choices(range(len(STATES)), weights)[0]
        if j not in picks:
            picks.append(j)
    return picks


def article(i: int, rng: random.Random) -> dict[str, str]:
    """The ``i``-th record: a story about two or three states, with bystanders and a quote to the media."""
    picks = _pick(rng, 3)
    (a, a_dem, a_city), (b, b_dem, _), (c, _, _) = (STATES[k] for k in picks)
    (a_lead, a_last, a_title), (b_lead, b_last, b_title) = LEADERS[picks[0]], LEADERS[picks[1]]
    day = date(2025, 3, 3) + timedelta(days=i % 60)
    lines = [f"{a_dem} {a_title} {a_lead} met {b_dem} {b_title} {b_lead} in {a_city} on {rng.choice(DAYS)}."]
    for template in rng.sample(ACTIONS, rng.randint(1, 2)):
        who, whom = rng.choice(((a, b), (b, a), (a, c), (a_last, b)))
        lines.append(template.format(a=who, b=whom, day=rng.choice(DAYS), city=a_city))
    if rng.random() < 0.5:  # someone of the country's own politics, named once
        critic = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        lines.append(f"Opposition leader {critic} criticised {rng.choice((a_last, b_last))} over the deal.")
    if rng.random() < 0.3:
        body = rng.choice(BODIES)
        lines.append(f"{body[0].upper()}{body[1:]} urged {b} to resume negotiations.")
    lines.append(f"{a_last} told {rng.choice(OUTLETS)} that the talks had been difficult.")
    if i % 7 == 3:  # a bare surname, in an article that never gives the full name
        lines = [f"Ramos spoke about the economy in {rng.choice(PLACES)}."] + lines[1:]
    if i % 11 == 5:
        lines.append(f"{OTHER_RAMOS}, an economist, said growth would slow.")
    lines += _bystanders(rng)
    title = f"{a} and {b}: {rng.choice(('talks', 'tensions', 'trade', 'a summit'))}"
    return {"id": f"story-{i:03d}", "title": title, "date": day.isoformat(),
            "url": f"https://news.example/{day:%Y/%m/%d}/story-{i:03d}", "text": " ".join(lines)}


def articles(n: int, seed: int = 15) -> list[dict[str, str]]:
    """``n`` records (id, title, date, url, text), the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def write_corpus(path: Path, n: int = 100, seed: int = 15) -> Path:
    """Write :func:`articles` as JSON Lines at ``path`` (its folder created); return ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in articles(n, seed)), encoding="utf-8")
    return path
