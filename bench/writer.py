"""Writes one benchmark article at a time: a Vietnamese title, lead and body about a theme, from bench/vocabulary.

Everything comes from the `random.Random` passed in, so a seed gives the same archive every time."""

import uuid
from dataclasses import dataclass
from html import escape

from bench import vocabulary as words

THEMES = tuple(words.TOPICS)
TITLE_WORDS = (6, 14)
LEAD_WORDS = (25, 45)
PARAGRAPHS = (3, 6)
SENTENCES_PER_PARAGRAPH = (4, 7)
# How often a sentence of the article's own theme is picked over a general one.
THEME_SENTENCE_SHARE = 0.35
# Editors name the best-known people often; everyone else is one of thousands of names.
WELL_KNOWN_PERSON_SHARE = 0.2


@dataclass
class WrittenArticle:
    title: str
    lead: str
    # Raw StreamField data for ArticlePage.body: paragraphs, and a heading in longer pieces.
    body: list
    byline: str


def word_count(text):
    return len(text.split())


def district(rng):
    name = rng.choice(words.DISTRICTS)
    if name in words.URBAN_DISTRICTS:
        kind = "quận"
    elif name in words.TOWNS:
        kind = "thị xã"
    else:
        kind = "huyện"
    return f"{kind} {name}"


def person_name(rng):
    if rng.random() < WELL_KNOWN_PERSON_SHARE:
        return rng.choice(words.WELL_KNOWN_PEOPLE)
    return f"{rng.choice(words.SURNAMES)} {rng.choice(words.MIDDLE_NAMES)} {rng.choice(words.GIVEN_NAMES)}"


def person_with_role(rng):
    name = person_name(rng)
    title = "bà" if " Thị" in name else "ông"
    return f"{title} {name}, {rng.choice(words.ROLES)}"


def _time(rng):
    return rng.choice(words.TIMES).format(day=rng.randint(1, 28), month=rng.randint(1, 12))


def _capitalised(text):
    return text[:1].upper() + text[1:]


def _slots(rng, theme):
    return {
        "place": district(rng),
        "landmark": rng.choice(words.LANDMARKS),
        "org": rng.choice(words.ORGANISATIONS),
        "person": person_with_role(rng),
        "topic": rng.choice(words.TOPICS[theme]),
        "event": rng.choice(words.EVENTS),
        "outcome": rng.choice(words.OUTCOMES),
    }


def _title_candidate(rng, theme, year):
    topic = rng.choice(words.TOPICS[theme])
    action = rng.choice(words.ACTIONS[theme])
    event = rng.choice(words.EVENTS)
    patterns = (
        lambda: f"{_capitalised(event)} về {topic} tại {district(rng)}",
        lambda: f"{_capitalised(district(rng))}: {action} {topic}",
        lambda: f"Khai mạc {event} {topic} tại {rng.choice(words.LANDMARKS)}",
        lambda: f"{person_name(rng)}: {topic} cần được quan tâm hơn nữa",
        # Vietnamese groups thousands with a dot: 4.600.
        lambda: f"Hơn {rng.randint(2, 50) * 100:,} người tham gia {event} về {topic}".replace(",", "."),
        lambda: f"Đẩy mạnh {topic} trên địa bàn {district(rng)} năm {year}",
        lambda: f"{_capitalised(action)} {topic} tại {rng.choice(words.LANDMARKS)}",
        lambda: f"{rng.choice(words.ORGANISATIONS)} {action} {topic}",
    )
    return rng.choice(patterns)()


def title(rng, theme, year):
    low, high = TITLE_WORDS
    for _attempt in range(20):
        candidate = _title_candidate(rng, theme, year)
        if word_count(candidate) < low:
            candidate = f"{candidate} năm {year}"
        if low <= word_count(candidate) <= high:
            return candidate
    # Twenty long candidates in a row is unlikely; keep the last one's first words.
    return " ".join(candidate.split()[:high])


def _sentence(rng, theme, used=None):
    """A sentence for an article about `theme`; with `used`, not one of the templates already in that set (an
    article does not say the same thing twice)."""
    for _attempt in range(5):
        if rng.random() < THEME_SENTENCE_SHARE:
            template = rng.choice(words.THEME_SENTENCES[theme])
        else:
            template = rng.choice(words.BODY_SENTENCES)
        if used is None or template not in used:
            break
    if used is not None:
        used.add(template)
    return _capitalised(template.format(**_slots(rng, theme)))


def lead(rng, theme):
    slots = _slots(rng, theme)
    opening = f"{_time(rng)}, tại {slots['landmark']}, {slots['org']} đã tổ chức {slots['event']} về {slots['topic']}."
    low, high = LEAD_WORDS
    text = opening
    for _attempt in range(20):
        if word_count(text) >= low:
            break
        addition = rng.choice((f"Hoạt động {slots['outcome']}.", _sentence(rng, theme)))
        if word_count(text) + word_count(addition) <= high:
            text = f"{text} {addition}"
    if word_count(text) > high:
        text = " ".join(text.split()[:high]).rstrip(",") + "."
    return text


def _block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def body(rng, theme, *, with_heading):
    blocks = []
    used = set()
    paragraphs = rng.randint(*PARAGRAPHS)
    for number in range(paragraphs):
        if with_heading and number == 2:
            blocks.append(
                {"type": "heading", "value": {"text": rng.choice(words.HEADINGS), "level": "h2"}, "id": _block_id(rng)}
            )
        sentences = " ".join(_sentence(rng, theme, used) for _ in range(rng.randint(*SENTENCES_PER_PARAGRAPH)))
        blocks.append({"type": "paragraph", "value": f"<p>{escape(sentences, quote=False)}</p>", "id": _block_id(rng)})
    return blocks


def byline(rng):
    name = f"{rng.choice(words.SURNAMES)} {rng.choice(words.GIVEN_NAMES)}"
    return f"{name} – {rng.choice(words.BYLINE_UNITS)}"


def article(rng, theme, year, *, long_read=False):
    return WrittenArticle(
        title=title(rng, theme, year),
        lead=lead(rng, theme),
        body=body(rng, theme, with_heading=long_read),
        byline=byline(rng),
    )
