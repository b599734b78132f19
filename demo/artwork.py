"""Illustrations drawn with Pillow for the demo portal: landscapes and scenes of Hanoi, portraits, banners.

Everything is generated from code and a seed, so a fresh machine builds the same pictures without
downloading anything. The drawings are deliberately simple silhouettes; each picture's alt text (in
demo/content/media.py) says that it is an illustration and what it shows.
"""

import math
import random
from functools import cache

from anyascii import anyascii
from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 1600, 900

# A palette is the light of a scene: sky from top to horizon, sun or moon, three depths of silhouette,
# water, an accent (flags, lanterns, shirts) and a light colour (windows, lamps).
PALETTES = {
    "dawn": {
        "sky": ((64, 84, 148), (250, 196, 164)),
        "sun": (255, 230, 190),
        "far": (156, 136, 168),
        "mid": (96, 84, 118),
        "near": (42, 36, 58),
        "water": ((150, 140, 180), (60, 60, 110)),
        "accent": (226, 72, 62),
        "light": (255, 240, 205),
    },
    "day": {
        "sky": ((58, 126, 206), (196, 228, 246)),
        "sun": (255, 251, 232),
        "far": (146, 176, 192),
        "mid": (66, 116, 92),
        "near": (30, 72, 52),
        "water": ((120, 176, 200), (40, 96, 130)),
        "accent": (206, 44, 40),
        "light": (255, 255, 255),
    },
    "dusk": {
        "sky": ((44, 42, 96), (246, 146, 84)),
        "sun": (255, 206, 128),
        "far": (126, 74, 104),
        "mid": (72, 42, 72),
        "near": (30, 20, 36),
        "water": ((196, 120, 110), (50, 34, 70)),
        "accent": (255, 192, 72),
        "light": (255, 222, 150),
    },
    "night": {
        "sky": ((10, 16, 44), (46, 58, 112)),
        "sun": (242, 240, 214),
        "far": (44, 50, 88),
        "mid": (26, 30, 58),
        "near": (10, 10, 26),
        "water": ((40, 52, 100), (8, 12, 36)),
        "accent": (255, 196, 84),
        "light": (255, 224, 140),
    },
    "mist": {
        "sky": ((168, 184, 190), (228, 232, 226)),
        "sun": (246, 246, 236),
        "far": (176, 186, 184),
        "mid": (112, 132, 126),
        "near": (58, 76, 70),
        "water": ((184, 196, 198), (110, 130, 136)),
        "accent": (188, 58, 48),
        "light": (250, 250, 240),
    },
    "spring": {
        "sky": ((118, 170, 222), (250, 222, 232)),
        "sun": (255, 246, 232),
        "far": (204, 172, 194),
        "mid": (116, 152, 108),
        "near": (56, 92, 58),
        "water": ((150, 190, 218), (64, 110, 150)),
        "accent": (228, 96, 138),
        "light": (255, 255, 255),
    },
}

# Interiors use the same keys; "sky" is the wall.
PALETTES["warm"] = {
    **PALETTES["dusk"],
    "curtain": (150, 24, 36),
    "sky": ((74, 40, 28), (176, 112, 64)),
    "far": (120, 70, 40),
    "mid": (92, 52, 30),
    "near": (40, 22, 14),
}
PALETTES["cool"] = {
    **PALETTES["day"],
    "curtain": (34, 60, 128),
    "sky": ((196, 212, 222), (236, 240, 238)),
    "far": (150, 170, 180),
    "mid": (84, 104, 118),
    "near": (40, 52, 64),
}
PALETTES["red"] = {
    **PALETTES["night"],
    "sky": ((40, 6, 10), (120, 18, 24)),
    "far": (90, 14, 20),
    "mid": (60, 10, 14),
    "near": (20, 4, 6),
    "accent": (255, 204, 64),
}


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _shade(colour, factor):
    """Darker below 1, lighter above 1."""
    if factor <= 1:
        return tuple(round(c * factor) for c in colour)
    return _mix(colour, (255, 255, 255), min(factor - 1, 1))


def vertical_gradient(size, top, bottom):
    width, height = size
    mask = Image.linear_gradient("L").resize((width, height))
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _vignette(img, strength=0.35):
    mask = Image.radial_gradient("L").resize(img.size).point(lambda v: round(v * strength))
    return Image.composite(Image.new("RGB", img.size, (0, 0, 0)), img, mask)


def _glow(img, centre, radius, colour, strength=150):
    """A soft disc of light: the sun, the moon, a lamp or a spotlight."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x, y = centre
    draw.ellipse(
        (x - radius * 2.4, y - radius * 2.4, x + radius * 2.4, y + radius * 2.4), fill=(*colour, strength // 3)
    )
    layer = layer.filter(ImageFilter.GaussianBlur(radius))
    draw = ImageDraw.Draw(layer)
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 255))
    img.alpha_composite(layer)


def _ridge(rnd, y, amplitude, waves=3):
    """A smooth skyline (hills, tree lines) as a list of points across the picture."""
    phases = [rnd.uniform(0, math.tau) for _ in range(waves)]
    lengths = [rnd.uniform(180, 520) for _ in range(waves)]
    points = []
    for x in range(-20, WIDTH + 40, 20):
        offset = sum(math.sin(x / length + phase) for length, phase in zip(lengths, phases, strict=True)) / waves
        points.append((x, y - amplitude * (offset + 1) / 2))
    return points


def _band(draw, rnd, y, amplitude, colour, bottom=HEIGHT, waves=3):
    points = _ridge(rnd, y, amplitude, waves)
    draw.polygon([*points, (WIDTH + 40, bottom), (-20, bottom)], fill=colour)


def _tree_line(draw, rnd, y, colour, size=40, density=0.9):
    """A row of rounded crowns, as seen across a lake or a park."""
    x = -size
    while x < WIDTH + size:
        r = size * rnd.uniform(0.7, 1.3)
        if rnd.random() < density:
            draw.ellipse((x - r, y - r * 1.6, x + r, y + r * 0.4), fill=colour)
        x += r * 1.2


def _tree(draw, x, ground, height, colour, trunk=None, rnd=None):
    trunk = trunk or _shade(colour, 0.7)
    draw.rectangle((x - height * 0.04, ground - height * 0.45, x + height * 0.04, ground), fill=trunk)
    rnd = rnd or random.Random(x)
    for _ in range(6):
        cx = x + rnd.uniform(-0.22, 0.22) * height
        cy = ground - height * rnd.uniform(0.55, 0.85)
        r = height * rnd.uniform(0.16, 0.26)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)


def _roof(draw, cx, base, width, height, colour, flare=None):
    """A Vietnamese roof: a tiled slope whose four corners curl upward."""
    flare = flare if flare is not None else width * 0.12
    half = width / 2
    draw.polygon(
        [
            (cx - half - flare, base - height * 0.55),
            (cx - half + flare * 0.4, base),
            (cx + half - flare * 0.4, base),
            (cx + half + flare, base - height * 0.55),
            (cx + half * 0.62, base - height),
            (cx - half * 0.62, base - height),
        ],
        fill=colour,
    )
    draw.line(
        (cx - half * 0.66, base - height, cx + half * 0.66, base - height), fill=colour, width=max(3, round(height / 5))
    )


def _person(draw, x, ground, height, colour, pose="stand", shirt=None):
    """A simple human silhouette; poses: stand, walk, run, wave, sit."""
    w = max(2, round(height * 0.09))
    head = height * 0.075
    neck_y = ground - height * 0.84
    hip_y = ground - height * 0.47
    draw.ellipse((x - head, neck_y - head * 2.1, x + head, neck_y - head * 0.1), fill=colour)
    draw.line((x, neck_y, x, hip_y), fill=shirt or colour, width=round(w * 1.8))
    if pose == "run":
        draw.line((x, hip_y, x + height * 0.2, ground - height * 0.2, x + height * 0.12, ground), fill=colour, width=w)
        draw.line(
            (x, hip_y, x - height * 0.14, ground - height * 0.18, x - height * 0.3, ground - height * 0.12),
            fill=colour,
            width=w,
        )
        draw.line(
            (x, neck_y + w, x + height * 0.16, neck_y + height * 0.14, x + height * 0.26, neck_y), fill=colour, width=w
        )
        draw.line((x, neck_y + w, x - height * 0.14, neck_y + height * 0.2), fill=colour, width=w)
    elif pose == "sit":
        draw.line((x, hip_y, x + height * 0.26, hip_y, x + height * 0.26, ground), fill=colour, width=w)
        draw.line((x, neck_y + w, x + height * 0.2, neck_y + height * 0.24), fill=colour, width=w)
    else:
        spread = 0.12 if pose == "walk" else 0.06
        draw.line((x, hip_y, x - height * spread, ground), fill=colour, width=w)
        draw.line((x, hip_y, x + height * spread, ground), fill=colour, width=w)
        if pose == "wave":
            draw.line((x, neck_y + w, x + height * 0.18, neck_y - height * 0.12), fill=colour, width=w)
        else:
            draw.line((x, neck_y + w, x + height * 0.1, hip_y + height * 0.04), fill=colour, width=w)
        draw.line((x, neck_y + w, x - height * 0.1, hip_y + height * 0.04), fill=colour, width=w)


def _crowd(draw, rnd, y, count, height, colours):
    for i in range(count):
        x = (i + rnd.uniform(0, 0.8)) * WIDTH / count
        h = height * rnd.uniform(0.85, 1.1)
        colour = rnd.choice(colours)
        draw.ellipse((x - h * 0.1, y - h * 0.95, x + h * 0.1, y - h * 0.72), fill=colour)
        draw.rounded_rectangle((x - h * 0.2, y - h * 0.72, x + h * 0.2, y + h * 0.2), radius=h * 0.12, fill=colour)


def _star(draw, cx, cy, r, colour):
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.38
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=colour)


def _flag(draw, x, top, width, colour, star):
    height = width * 2 / 3
    draw.polygon([(x, top), (x + width, top + 8), (x + width, top + height + 8), (x, top + height)], fill=colour)
    _star(draw, x + width / 2, top + height / 2 + 4, height * 0.3, star)


def _reflect(img, layer, waterline, strength=90):
    """Mirror a silhouette layer in the water below `waterline`, fainter and rippled."""
    box = (0, 0, WIDTH, waterline)
    flipped = layer.crop(box).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    alpha = flipped.getchannel("A").point(lambda v: v * strength // 255)
    flipped.putalpha(alpha)
    flipped = flipped.filter(ImageFilter.GaussianBlur(2))
    img.alpha_composite(flipped, (0, waterline))


def _water(img, palette, top):
    water = vertical_gradient((WIDTH, HEIGHT - top), *palette["water"]).convert("RGBA")
    img.alpha_composite(water, (0, top))


def _ripples(draw, rnd, top, colour, count=60):
    for _ in range(count):
        y = rnd.uniform(top + 10, HEIGHT)
        x = rnd.uniform(0, WIDTH)
        length = rnd.uniform(30, 160) * (y - top) / (HEIGHT - top) + 10
        draw.line((x, y, x + length, y), fill=(*colour, 70), width=2)


# Scenes: each draws on an RGBA canvas already filled with its sky or wall gradient.


def _scene_lake_tower(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (rnd.randint(300, 1300), 300), 46, p["sun"])
    waterline = 560
    _band(draw, rnd, waterline - 40, 60, (*p["far"], 255))
    _tree_line(draw, rnd, waterline, p["mid"], size=34)
    _water(img, p, waterline)
    tower = Image.new("RGBA", img.size, (0, 0, 0, 0))
    t = ImageDraw.Draw(tower)
    cx = 960
    t.ellipse((cx - 190, waterline - 26, cx + 190, waterline + 18), fill=p["near"])
    base = waterline - 12
    for width, height in ((150, 86), (112, 62), (80, 46)):
        t.rectangle((cx - width / 2, base - height, cx + width / 2, base), fill=p["near"])
        for i in (-1, 0, 1):
            ax = cx + i * width * 0.3
            t.rounded_rectangle(
                (ax - width * 0.08, base - height * 0.78, ax + width * 0.08, base - height * 0.05),
                radius=width * 0.08,
                fill=_mix(p["sky"][1], p["near"], 0.45),
            )
        t.rectangle((cx - width / 2 - 10, base - height - 8, cx + width / 2 + 10, base - height), fill=p["near"])
        base -= height + 8
    _roof(t, cx, base, 70, 34, p["near"])
    t.rectangle((cx - 3, base - 60, cx + 3, base - 30), fill=p["near"])
    img.alpha_composite(tower)
    _reflect(img, tower, waterline)
    draw = ImageDraw.Draw(img)
    _ripples(draw, rnd, waterline, p["light"])
    # The near bank: an old tree leaning over the water on the left.
    draw.polygon([(-20, HEIGHT), (-20, 700), (260, 720), (420, HEIGHT)], fill=p["near"])
    draw.line((120, 760, 200, 420, 330, 300), fill=p["near"], width=26)
    for cx_, cy_, r in ((330, 260, 120), (200, 320, 110), (440, 330, 90), (90, 380, 100), (300, 400, 80)):
        draw.ellipse((cx_ - r, cy_ - r * 0.8, cx_ + r, cy_ + r * 0.8), fill=p["near"])


def _scene_pagoda(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (rnd.randint(200, 700), 260), 40, p["sun"])
    waterline = 640
    _band(draw, rnd, waterline - 80, 90, p["far"])
    _water(img, p, waterline)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, base = 1100, waterline - 20
    d.rectangle((700, base - 10, 1500, waterline + 6), fill=p["near"])
    for i in range(11):
        width = 150 - i * 9
        height = 34 - i * 0.8
        d.rectangle((cx - width / 2, base - height, cx + width / 2, base), fill=p["near"])
        for j in (-1, 1):
            d.ellipse(
                (cx + j * width * 0.22 - 6, base - height * 0.75, cx + j * width * 0.22 + 6, base - height * 0.25),
                fill=_mix(p["sky"][1], p["near"], 0.5),
            )
        d.polygon(
            [
                (cx - width / 2 - 14, base - height),
                (cx + width / 2 + 14, base - height),
                (cx + width / 2, base - height - 8),
                (cx - width / 2, base - height - 8),
            ],
            fill=p["near"],
        )
        base -= height + 8
    d.polygon([(cx - 18, base), (cx + 18, base), (cx, base - 70)], fill=p["near"])
    _roof(d, 820, waterline - 10, 200, 70, p["near"])
    d.rectangle((740, waterline - 10, 900, waterline + 6), fill=p["near"])
    for x in (600, 660, 1380, 1460):
        _tree(d, x, waterline, rnd.randint(220, 320), p["near"], rnd=rnd)
    img.alpha_composite(layer)
    _reflect(img, layer, waterline, 70)
    _ripples(ImageDraw.Draw(img), rnd, waterline, p["light"], 40)


def _scene_gate(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (1300, 230), 38, p["sun"])
    ground = 760
    _tree_line(draw, rnd, ground - 160, p["far"], size=60)
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill=_shade(p["mid"], 0.8))
    wall = _mix(p["mid"], p["accent"], 0.25)
    draw.rectangle((0, ground - 120, WIDTH, ground), fill=wall)
    for x in range(0, WIDTH, 60):
        draw.rectangle((x, ground - 134, x + 40, ground - 120), fill=wall)
    cx = 800
    stone = _shade(p["near"], 1.25)
    for x in (cx - 170, cx - 70, cx + 40, cx + 140):
        draw.rectangle((x, ground - 260, x + 30, ground), fill=stone)
    draw.rectangle((cx - 200, ground - 290, cx + 200, ground - 250), fill=p["near"])
    _roof(draw, cx, ground - 280, 460, 60, p["near"])
    draw.rectangle((cx - 120, ground - 460, cx + 120, ground - 330), fill=_mix(p["near"], p["accent"], 0.35))
    draw.ellipse((cx - 50, ground - 445, cx + 50, ground - 345), fill=p["light"])
    for angle in range(0, 180, 30):
        dx, dy = 50 * math.cos(math.radians(angle)), 50 * math.sin(math.radians(angle))
        draw.line((cx - dx, ground - 395 - dy, cx + dx, ground - 395 + dy), fill=p["near"], width=4)
    _roof(draw, cx, ground - 455, 330, 70, p["near"])
    _roof(draw, cx, ground - 520, 230, 50, p["near"])
    for x in (120, 330, 1280, 1480):
        _tree(draw, x, ground, rnd.randint(380, 480), p["near"], rnd=rnd)
    for i in range(5):
        _person(draw, 420 + i * 180 + rnd.randint(-40, 40), HEIGHT - 40, 120, _shade(p["near"], 0.8), "walk")


def _scene_old_quarter(img, p, rnd):
    draw = ImageDraw.Draw(img)
    if p is PALETTES["night"]:
        _glow(img, (1400, 160), 30, p["sun"])
    ground = 780
    walls = [(214, 170, 84), (196, 120, 72), (226, 206, 150), (170, 150, 120), (210, 190, 110), (186, 98, 70)]
    x = -30
    while x < WIDTH:
        width = rnd.randint(120, 190)
        top = rnd.randint(260, 460)
        wall = _mix(rnd.choice(walls), p["sky"][0], 0.35)
        draw.rectangle((x, top, x + width, ground), fill=wall)
        draw.polygon(
            [(x - 10, top), (x + width / 2, top - 70), (x + width + 10, top)], fill=_mix((130, 58, 40), p["near"], 0.3)
        )
        for level in range(top + 40, ground - 140, 110):
            draw.rectangle((x + 24, level, x + width - 24, level + 60), fill=_mix((50, 110, 80), p["near"], 0.4))
            draw.line((x + width / 2, level, x + width / 2, level + 60), fill=wall, width=4)
            draw.rectangle((x + 14, level + 60, x + width - 14, level + 68), fill=_shade(wall, 0.6))
        draw.rectangle((x + 20, ground - 110, x + width - 20, ground), fill=_mix(p["light"], wall, 0.4))
        x += width
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill=_shade(p["mid"], 0.7))
    for row in range(2):
        y0 = 200 + row * 90
        previous = None
        for i in range(17):
            lx = i * 100 + 30
            ly = y0 + 30 * math.sin(i / 2.7)
            if previous:
                draw.line((*previous, lx, ly), fill=p["near"], width=2)
            previous = (lx, ly)
            colour = rnd.choice([p["accent"], (230, 70, 60), (250, 190, 60)])
            draw.ellipse((lx - 18, ly + 4, lx + 18, ly + 46), fill=colour)
            draw.line((lx, ly + 46, lx, ly + 62), fill=colour, width=3)
    for _ in range(7):
        _person(
            draw, rnd.randint(60, WIDTH - 60), HEIGHT - rnd.randint(10, 60), rnd.randint(130, 170), p["near"], "walk"
        )


def _scene_stadium(img, p, rnd):
    draw = ImageDraw.Draw(img)
    night = p is PALETTES["night"]
    cx = WIDTH / 2
    draw.ellipse((cx - 900, 360, cx + 900, 1240), fill=_shade(p["mid"], 0.8))
    for ring in range(7):
        inset = 60 + ring * 38
        draw.ellipse(
            (cx - 900 + inset, 360 + inset * 0.55, cx + 900 - inset, 1240 - inset * 0.55), outline=p["near"], width=3
        )
    for _ in range(1600):
        angle = rnd.uniform(math.pi * 1.02, math.pi * 1.98)
        radius = rnd.uniform(0.62, 0.95)
        x = cx + 900 * radius * math.cos(angle)
        y = 800 + 440 * radius * math.sin(angle)
        colour = rnd.choice([p["accent"], (250, 250, 250), (230, 60, 50), (250, 200, 60), p["light"]])
        draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=colour)
    draw.ellipse((cx - 560, 600, cx + 560, 1010), fill=(54, 140, 70) if not night else (40, 110, 60))
    for i in range(-5, 6, 2):
        draw.ellipse(
            (cx - 560 + abs(i) * 30, 600 + abs(i) * 10, cx + 560 - abs(i) * 30, 1010 - abs(i) * 10),
            outline=(70, 160, 86),
            width=10,
        )
    draw.line((cx, 610, cx, 1000), fill=(240, 240, 240), width=4)
    draw.ellipse((cx - 90, 760, cx + 90, 850), outline=(240, 240, 240), width=4)
    for x in (160, WIDTH - 160):
        draw.line((x, 140, x, 560), fill=p["near"], width=12)
        draw.rectangle((x - 70, 100, x + 70, 160), fill=p["near"])
        for i in range(4):
            for j in range(2):
                lx, ly = x - 56 + i * 36, 108 + j * 26
                draw.rectangle((lx, ly, lx + 24, ly + 18), fill=p["light"])
        if night:
            _glow(img, (x, 130), 40, p["light"], 120)
            draw = ImageDraw.Draw(img)


def _scene_runners(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (rnd.randint(300, 1300), 240), 50, p["sun"])
    horizon = 470
    _band(draw, rnd, horizon, 70, p["far"])
    draw.polygon(
        [(700, horizon), (900, horizon), (1600, HEIGHT), (0, HEIGHT)], fill=_mix((90, 90, 96), p["sky"][1], 0.2)
    )
    draw.polygon([(0, horizon), (700, horizon), (0, HEIGHT)], fill=p["mid"])
    draw.polygon([(900, horizon), (WIDTH, horizon), (WIDTH, HEIGHT)], fill=p["mid"])
    for i in range(8):
        y = horizon + 20 + i * i * 8
        draw.line((800 - 4 - i, y, 800 + 4 + i, y + 14 + i * 2), fill=(240, 240, 240), width=2 + i)
    for side in (-1, 1):
        for i in range(7):
            t = i / 6
            x = 800 + side * (180 + 700 * t * t)
            _tree(draw, x, horizon + 30 + 420 * t * t, 80 + 300 * t * t, p["near"], rnd=rnd)
    # A finish arch with a bunting line.
    draw.rectangle((560, 420, 580, 700), fill=p["accent"])
    draw.rectangle((1020, 420, 1040, 700), fill=p["accent"])
    draw.rectangle((560, 420, 1040, 470), fill=p["accent"])
    shirts = [p["accent"], (40, 120, 200), (250, 190, 40), (240, 240, 240), (60, 170, 90)]
    for _ in range(9):
        t = rnd.uniform(0.15, 1)
        x = 800 + rnd.uniform(-0.8, 0.8) * 600 * t
        _person(draw, x, horizon + 430 * t, 60 + 260 * t, p["near"], "run", shirt=rnd.choice(shirts))


def _scene_stage(img, p, rnd):
    draw = ImageDraw.Draw(img)
    curtain = p.get("curtain", p["accent"])
    floor = 700
    draw.polygon([(160, floor), (1440, floor), (1600, 820), (0, 820)], fill=_shade(p["mid"], 1.1))
    for side in (0, 1):
        for i in range(8):
            x0 = i * 24 if side == 0 else WIDTH - (i + 1) * 24
            shade = 0.55 + 0.45 * (i % 2)
            draw.rectangle((x0, 0, x0 + 24, floor + 40), fill=_shade(curtain, shade))
    for i in range(0, WIDTH, 80):
        draw.pieslice((i - 10, 30, i + 90, 150), 0, 180, fill=_shade(curtain, 0.8))
    draw.rectangle((0, 0, WIDTH, 90), fill=_shade(curtain, 0.7))
    beams = Image.new("RGBA", img.size, (0, 0, 0, 0))
    b = ImageDraw.Draw(beams)
    for x in (520, 800, 1080):
        b.polygon([(x - 30, 90), (x + 30, 90), (x + 170, floor + 20), (x - 170, floor + 20)], fill=(*p["light"], 60))
        b.ellipse((x - 180, floor - 10, x + 180, floor + 40), fill=(*p["light"], 90))
    img.alpha_composite(beams.filter(ImageFilter.GaussianBlur(8)))
    draw = ImageDraw.Draw(img)
    for i, x in enumerate((560, 800, 1040)):
        _person(draw, x, floor + 14, 250, p["near"], "wave" if i != 1 else "stand", shirt=_shade(curtain, 0.5))
        draw.pieslice((x + 20, floor - 300, x + 140, floor - 180), 200, 330, fill=p["accent"])
    for row in range(2):
        for i in range(24):
            x = i * 70 + (35 if row else 0)
            y = HEIGHT - 10 - row * 50
            draw.ellipse((x - 26, y - 60, x + 26, y - 8), fill=_shade(p["near"], 0.6))
            draw.rectangle((x - 36, y - 20, x + 36, y + 40), fill=_shade(p["near"], 0.6))


def _scene_library(img, p, rnd):
    draw = ImageDraw.Draw(img)
    book_colours = [
        (160, 40, 40),
        (40, 90, 140),
        (200, 160, 60),
        (60, 120, 80),
        (230, 220, 200),
        (120, 60, 110),
        (200, 100, 40),
    ]
    for shelf in range(5):
        top = 60 + shelf * 130
        draw.rectangle((80, top + 110, 1520, top + 124), fill=p["near"])
        x = 90
        while x < 1500:
            width = rnd.randint(14, 30)
            height = rnd.randint(70, 108)
            colour = _mix(rnd.choice(book_colours), p["sky"][0], 0.25)
            draw.rectangle((x, top + 110 - height, x + width, top + 110), fill=colour)
            draw.line((x + 3, top + 120 - height, x + width - 3, top + 120 - height), fill=_shade(colour, 1.3), width=2)
            x += width + rnd.choice((0, 0, 1, 2))
            if rnd.random() < 0.04:
                x += 60
    draw.rectangle((0, 720, WIDTH, HEIGHT), fill=p["mid"])
    draw.rectangle((300, 700, 1300, 730), fill=_shade(p["near"], 1.4))
    draw.rectangle((330, 730, 350, HEIGHT), fill=p["near"])
    draw.rectangle((1250, 730, 1270, HEIGHT), fill=p["near"])
    _glow(img, (560, 610), 26, p["light"], 170)
    draw = ImageDraw.Draw(img)
    draw.line((560, 620, 520, 700), fill=p["near"], width=6)
    draw.polygon([(520, 600), (600, 600), (580, 560), (540, 560)], fill=p["accent"])
    for x, pose in ((760, "sit"), (1020, "sit")):
        _person(draw, x, 820, 300, p["near"], pose, shirt=rnd.choice(book_colours))
        draw.rectangle((x + 20, 672, x + 110, 700), fill=(240, 236, 220))


def _scene_museum(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (1350, 200), 40, p["sun"])
    ground = 700
    _tree_line(draw, rnd, ground, p["far"], size=50)
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill=_mix((200, 196, 186), p["sky"][1], 0.3))
    for i in range(12):
        draw.line((0, ground + i * i * 2, WIDTH, ground + i * i * 2), fill=_shade(p["mid"], 1.4), width=1)
    cx = 800
    glass = _mix(p["sky"][0], (200, 220, 230), 0.5)
    for tier in range(4):
        bottom = ground - 20 - tier * 110
        half_bottom = 260 + tier * 70
        half_top = 300 + tier * 70
        draw.polygon(
            [
                (cx - half_bottom, bottom),
                (cx + half_bottom, bottom),
                (cx + half_top, bottom - 100),
                (cx - half_top, bottom - 100),
            ],
            fill=_mix(glass, p["near"], 0.25 + tier * 0.05),
        )
        for x in range(-half_top + 30, half_top, 44):
            draw.line((cx + x * half_bottom / half_top, bottom, cx + x, bottom - 100), fill=_shade(glass, 0.7), width=2)
        draw.rectangle((cx - half_top - 6, bottom - 104, cx + half_top + 6, bottom - 96), fill=p["near"])
    draw.rectangle((cx - 240, ground - 20, cx + 240, ground), fill=p["near"])
    for x in (140, 300, 1320, 1470):
        _tree(draw, x, ground + 60, 280, p["mid"], rnd=rnd)
    for i in range(6):
        _person(draw, 300 + i * 190 + rnd.randint(-30, 30), ground + 140 + rnd.randint(0, 50), 130, p["near"], "walk")


def _scene_festival(img, p, rnd):
    draw = ImageDraw.Draw(img)
    for row in range(3):
        y0 = 40 + row * 120
        for i in range(12):
            x = i * 140 + (70 if row % 2 else 0) + 40
            y = y0 + 20 * math.sin(i)
            draw.line((x, 0, x, y), fill=p["near"], width=2)
            colour = rnd.choice([(220, 40, 40), (250, 180, 40), p["accent"], (240, 110, 40)])
            draw.ellipse((x - 34, y, x + 34, y + 66), fill=colour)
            draw.rectangle((x - 16, y - 6, x + 16, y + 4), fill=(250, 210, 90))
            draw.line((x, y + 66, x, y + 96), fill=(250, 210, 90), width=3)
    for x in range(0, WIDTH, 40):
        y = 430 + 18 * math.sin(x / 90)
        draw.polygon(
            [(x, y), (x + 40, y + 4), (x + 20, y + 44)],
            fill=rnd.choice([(220, 40, 40), (250, 200, 40), (40, 120, 200)]),
        )
    cx, cy = 800, 640
    draw.rectangle((cx - 170, cy, cx + 170, cy + 160), fill=(150, 40, 30))
    draw.ellipse((cx - 170, cy + 120, cx + 170, cy + 200), fill=(120, 30, 24))
    draw.ellipse((cx - 170, cy - 60, cx + 170, cy + 60), fill=(236, 200, 140))
    _star(draw, cx, cy, 40, (200, 40, 30))
    for dx in (-240, 240):
        draw.line((cx + dx * 0.9, cy - 120, cx + dx * 0.55, cy + 10), fill=p["near"], width=10)
    _crowd(draw, rnd, HEIGHT - 20, 26, 200, [p["near"], _shade(p["near"], 1.3)])


def _scene_family(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (1180, 520), 60, p["sun"])
    ground = 720
    _band(draw, rnd, 600, 60, p["far"])
    _band(draw, rnd, ground, 40, p["mid"])
    for x in (120, 300, 1450):
        _tree(draw, x, ground + 40, rnd.randint(360, 440), p["near"], rnd=rnd)
    base_x = 620
    for dx, height, pose in ((0, 330, "stand"), (120, 200, "walk"), (230, 170, "wave"), (340, 310, "stand")):
        _person(draw, base_x + dx, ground + 120, height, p["near"], pose)
    for a, b in ((0, 120), (120, 230), (230, 340)):
        draw.line((base_x + a + 20, ground - 10, base_x + b - 20, ground + 10), fill=p["near"], width=8)
    kite = (980, 200)
    draw.polygon(
        [(kite[0], kite[1] - 50), (kite[0] + 40, kite[1]), (kite[0], kite[1] + 60), (kite[0] - 40, kite[1])],
        fill=p["accent"],
    )
    draw.line((kite[0], kite[1] + 60, 850, ground - 70), fill=p["near"], width=2)
    for i in range(5):
        draw.line(
            (kite[0] + i * 6, kite[1] + 60 + i * 24, kite[0] + i * 6 + 14, kite[1] + 72 + i * 24),
            fill=p["accent"],
            width=4,
        )


def _scene_home(img, p, rnd):
    draw = ImageDraw.Draw(img)
    draw.rectangle((980, 120, 1420, 480), fill=_mix(p["sky"][1], (40, 60, 110), 0.5))
    draw.line((1200, 120, 1200, 480), fill=p["near"], width=10)
    draw.line((980, 300, 1420, 300), fill=p["near"], width=10)
    draw.rectangle((960, 100, 1440, 500), outline=p["near"], width=16)
    _glow(img, (420, 170), 30, p["light"], 160)
    draw = ImageDraw.Draw(img)
    draw.line((420, 0, 420, 140), fill=p["near"], width=4)
    draw.polygon([(360, 190), (480, 190), (450, 140), (390, 140)], fill=p["accent"])
    table_top = 600
    for x, height in ((340, 300), (560, 210), (1040, 190), (1260, 310)):
        _person(draw, x, 800, height, p["near"], "sit")
    draw.ellipse((300, table_top - 40, 1300, table_top + 40), fill=_shade(p["near"], 1.6))
    draw.rectangle((760, table_top + 30, 840, HEIGHT), fill=_shade(p["near"], 1.2))
    for i, x in enumerate(range(480, 1140, 130)):
        draw.ellipse((x, table_top - 22, x + 80, table_top + 4), fill=(240, 236, 226))
        if i % 2:
            draw.ellipse((x + 20, table_top - 30, x + 60, table_top - 10), fill=p["accent"])
    draw.rectangle((0, 800, WIDTH, HEIGHT), fill=p["near"])


def _vase(draw, cx, base, height, colour, pattern):
    half_widths = [0.16, 0.3, 0.38, 0.34, 0.22, 0.12, 0.14, 0.2]
    left, right = [], []
    for i, hw in enumerate(half_widths):
        y = base - height * i / (len(half_widths) - 1)
        left.append((cx - hw * height, y))
        right.append((cx + hw * height, y))
    draw.polygon(left + right[::-1], fill=colour)
    for i in range(1, 4):
        y = base - height * i * 0.22
        draw.line((cx - 0.3 * height, y, cx + 0.3 * height, y), fill=pattern, width=max(2, round(height / 60)))
    draw.ellipse(
        (cx - height * 0.1, base - height * 0.55, cx + height * 0.1, base - height * 0.35), outline=pattern, width=3
    )


def _scene_ceramics(img, p, rnd):
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 640, WIDTH, HEIGHT), fill=p["mid"])
    draw.rectangle((0, 430, WIDTH, 446), fill=p["near"])
    glazes = [
        ((236, 232, 220), (40, 70, 150)),
        ((120, 70, 40), (230, 200, 150)),
        ((60, 110, 110), (220, 230, 220)),
        ((200, 150, 80), (90, 50, 30)),
        ((230, 226, 214), (170, 40, 40)),
    ]
    for i in range(9):
        body, pattern = rnd.choice(glazes)
        _vase(draw, 100 + i * 175, 430, rnd.randint(150, 240), body, pattern)
    for i in range(6):
        body, pattern = rnd.choice(glazes)
        _vase(draw, 160 + i * 260, 860, rnd.randint(260, 380), body, pattern)


def _scene_bridge(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (rnd.randint(300, 1300), 280), 44, p["sun"])
    waterline = 560
    _band(draw, rnd, waterline - 10, 30, p["far"])
    _water(img, p, waterline)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    deck, top = 470, 360
    d.rectangle((-10, deck, WIDTH + 10, deck + 18), fill=p["near"])
    span = 260
    for start in range(-100, WIDTH + span, span):
        d.line((start, deck, start + span / 2, top, start + span, deck), fill=p["near"], width=8)
        for k in range(1, 6):
            x = start + span * k / 6
            height = deck - (top + abs(span / 2 - span * k / 6) * (deck - top) / (span / 2))
            d.line((x, deck, x, deck - height), fill=p["near"], width=4)
            d.line((x, deck, x + span / 6, deck - height * 0.7), fill=p["near"], width=3)
        d.rectangle((start - 14, deck + 18, start + 14, waterline + 8), fill=p["near"])
    img.alpha_composite(layer)
    _reflect(img, layer, waterline, 60)
    draw = ImageDraw.Draw(img)
    _ripples(draw, rnd, waterline, p["light"])
    for x in range(40, 420, 70):
        leaf = rnd.randint(140, 220)
        draw.line((x, HEIGHT, x + 10, HEIGHT - leaf), fill=p["near"], width=12)
        draw.ellipse((x - 70, HEIGHT - leaf - 50, x + 30, HEIGHT - leaf + 40), fill=p["near"])
        draw.ellipse((x, HEIGHT - leaf - 60, x + 110, HEIGHT - leaf + 20), fill=p["near"])


def _scene_service_counter(img, p, rnd):
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 650, WIDTH, HEIGHT), fill=_shade(p["far"], 1.1))
    draw.rectangle((480, 60, 1120, 200), fill=(30, 40, 60))
    font = ImageFont.load_default(size=64)
    for i, number in enumerate(("A12", "B07", "C21")):
        draw.text((530 + i * 200, 95), number, fill=(255, 90, 70) if i == 0 else (120, 230, 140), font=font)
    for i in range(5):
        x = 80 + i * 300
        draw.rectangle((x, 420, x + 260, 560), fill=_mix(p["accent"], (255, 255, 255), 0.2))
        draw.rectangle((x, 400, x + 260, 424), fill=_shade(p["mid"], 0.8))
        draw.rectangle((x + 70, 300, x + 190, 380), fill=(40, 50, 70))
        draw.rectangle((x + 78, 308, x + 182, 372), fill=(170, 210, 240))
        draw.rectangle((x + 120, 380, x + 140, 400), fill=(40, 50, 70))
        draw.rectangle((x + 90, 570, x + 170, 590), fill=p["mid"])
    for i in range(8):
        x = 160 + i * 170 + rnd.randint(-30, 30)
        _person(
            draw,
            x,
            HEIGHT - 10,
            rnd.randint(230, 280),
            p["near"],
            "stand",
            shirt=rnd.choice([(60, 90, 140), (180, 60, 50), (90, 120, 90)]),
        )


def _scene_online(img, p, rnd):
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 600, WIDTH, HEIGHT), fill=_mix((150, 110, 70), p["near"], 0.2))
    draw.polygon([(520, 590), (1080, 590), (1160, 640), (440, 640)], fill=(60, 64, 72))
    draw.rectangle((540, 220, 1060, 590), fill=(50, 54, 62))
    draw.rectangle((556, 236, 1044, 574), fill=(246, 248, 250))
    draw.rectangle((556, 236, 1044, 280), fill=(170, 30, 36))
    for i in range(5):
        y = 310 + i * 46
        draw.rectangle((590, y, 700, y + 14), fill=(150, 156, 166))
        draw.rectangle((720, y - 6, 1010, y + 22), outline=(160, 170, 180), width=2)
    draw.rounded_rectangle((860, 530, 1010, 560), radius=10, fill=(30, 120, 200))
    draw.rounded_rectangle((1200, 500, 1290, 640), radius=14, fill=(30, 30, 36))
    draw.rectangle((1210, 514, 1280, 620), fill=(140, 200, 240))
    draw.rectangle((270, 520, 370, 640), fill=(240, 240, 236))
    draw.ellipse((270, 505, 370, 535), fill=(90, 50, 30))
    for i in range(7):
        angle = math.radians(200 + i * 22)
        draw.ellipse(
            (
                200 + 90 * math.cos(angle) - 30,
                400 + 90 * math.sin(angle) - 60,
                200 + 90 * math.cos(angle) + 30,
                400 + 90 * math.sin(angle) + 10,
            ),
            fill=p["mid"],
        )
    draw.rectangle((170, 440, 230, 600), fill=_mix((180, 90, 60), p["near"], 0.2))


def _scene_square_flag(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (300, 220), 40, p["sun"])
    horizon = 520
    _tree_line(draw, rnd, horizon, p["mid"], size=40)
    draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=_mix((210, 206, 196), p["sky"][1], 0.3))
    for row in range(5):
        y0 = horizon + 20 + row * row * 14 + row * 30
        height = 16 + row * 14
        for col in range(-8, 9):
            width = 70 + row * 30
            x0 = 800 + col * (width + 20 + row * 6)
            draw.rectangle((x0, y0, x0 + width, y0 + height), fill=(70, 150, 80))
    draw.line((800, 90, 800, horizon + 20), fill=(220, 220, 220), width=10)
    _flag(draw, 806, 100, 230, (218, 37, 29), (255, 221, 0))
    for i in range(10):
        _person(draw, 120 + i * 150 + rnd.randint(-30, 30), HEIGHT - rnd.randint(10, 40), 150, p["near"], "walk")


def _scene_street(img, p, rnd, variant):
    draw = ImageDraw.Draw(img)
    horizon = 430
    draw.polygon([(720, horizon), (880, horizon), (1400, HEIGHT), (200, HEIGHT)], fill=(96, 98, 104))
    draw.polygon([(0, horizon), (720, horizon), (200, HEIGHT), (0, HEIGHT)], fill=(180, 168, 150))
    draw.polygon([(880, horizon), (WIDTH, horizon), (WIDTH, HEIGHT), (1400, HEIGHT)], fill=(180, 168, 150))
    for i in range(10):
        t = (i + 1) / 10
        y = horizon + (HEIGHT - horizon) * t * t
        draw.line((800 - 3 * t, y, 800 + 3 * t, y + 30 * t), fill=(240, 240, 230), width=max(2, round(8 * t)))
    for side in (-1, 1):
        for i in range(6):
            t = (i + 1) / 6
            x = 800 + side * (90 + 640 * t * t)
            base = horizon + (HEIGHT - horizon) * t * t
            draw.rectangle(
                (x - 40 * t - 60 * t, base - 600 * t - 40, x + 40 * t + 60 * t, base - 40 * t),
                fill=_mix((200, 180, 140), p["sky"][0], 0.3),
            )
    if variant == "green":
        for side in (-1, 1):
            for i in range(7):
                t = (i + 1) / 7
                _tree(
                    draw,
                    800 + side * (60 + 560 * t * t),
                    horizon + (HEIGHT - horizon) * t * t,
                    140 + 520 * t,
                    p["mid"],
                    rnd=rnd,
                )
        for i in range(4):
            _person(draw, 600 + i * 140, HEIGHT - 60 - i * 30, 160 - i * 20, p["near"], "walk")
    elif variant == "wires":
        for x in (360, 1240):
            draw.rectangle((x - 10, 120, x + 10, HEIGHT - 60), fill=(90, 90, 90))
        for _ in range(70):
            y1, y2 = rnd.randint(140, 330), rnd.randint(140, 330)
            sag = rnd.randint(20, 120)
            points = [
                (360 + (1240 - 360) * k / 20, y1 + (y2 - y1) * k / 20 + sag * math.sin(math.pi * k / 20))
                for k in range(21)
            ]
            draw.line(points, fill=(24, 24, 28), width=2)
        for _ in range(20):
            x, y = rnd.choice((360, 1240)) + rnd.randint(-20, 20), rnd.randint(220, 420)
            draw.ellipse((x - 30, y - 20, x + 30, y + 20), outline=(20, 20, 24), width=3)
        for _ in range(6):
            x = rnd.randint(40, 700)
            y = rnd.randint(200, 500)
            draw.rectangle(
                (x, y, x + rnd.randint(80, 160), y + rnd.randint(30, 60)),
                fill=rnd.choice([(230, 60, 50), (250, 200, 40), (40, 120, 200), (240, 240, 240)]),
            )
    elif variant == "litter":
        for _ in range(9):
            x = rnd.randint(60, 520)
            y = rnd.randint(720, 860)
            draw.ellipse((x - 50, y - 40, x + 50, y + 40), fill=rnd.choice([(30, 30, 34), (60, 60, 70), (40, 80, 60)]))
            draw.polygon([(x - 10, y - 40), (x, y - 64), (x + 10, y - 40)], fill=(30, 30, 34))
        draw.rectangle((560, 660, 660, 820), fill=(40, 120, 70))
        for _ in range(40):
            x = rnd.randint(40, 720)
            y = rnd.randint(740, 890)
            draw.rectangle(
                (x, y, x + rnd.randint(8, 24), y + rnd.randint(4, 12)),
                fill=rnd.choice([(240, 240, 240), (220, 200, 60), (200, 60, 60)]),
            )
    else:  # clean pavement with flower pots and benches
        for i in range(6):
            t = (i + 1) / 6
            x = 800 - (110 + 560 * t * t)
            y = horizon + (HEIGHT - horizon) * t * t
            draw.rectangle((x - 40 * t, y - 60 * t, x + 40 * t, y), fill=(150, 90, 60))
            for k in range(5):
                draw.ellipse(
                    (x - 44 * t + k * 18 * t, y - 90 * t, x - 20 * t + k * 18 * t, y - 60 * t),
                    fill=rnd.choice([(230, 60, 90), (250, 200, 40), (240, 120, 40)]),
                )
        draw.rectangle((1120, 740, 1380, 760), fill=(120, 80, 50))
        draw.rectangle((1120, 700, 1380, 716), fill=(120, 80, 50))
        for i in range(3):
            _person(draw, 900 + i * 180, HEIGHT - 40 - i * 20, 170, p["near"], "walk")


def _scene_lotus(img, p, rnd):
    draw = ImageDraw.Draw(img)
    _glow(img, (1300, 200), 40, p["sun"])
    waterline = 380
    _tree_line(draw, rnd, waterline, p["far"], size=30)
    _water(img, p, waterline)
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        y = rnd.uniform(waterline + 20, HEIGHT + 40)
        scale = 0.3 + (y - waterline) / (HEIGHT - waterline)
        x = rnd.uniform(-50, WIDTH + 50)
        draw.ellipse(
            (x - 90 * scale, y - 36 * scale, x + 90 * scale, y + 36 * scale), fill=_mix(p["mid"], (60, 140, 70), 0.5)
        )
        draw.line((x, y, x + 60 * scale, y - 10 * scale), fill=_shade(p["mid"], 0.7), width=2)
    for _ in range(14):
        y = rnd.uniform(waterline + 60, HEIGHT - 40)
        scale = 0.4 + (y - waterline) / (HEIGHT - waterline)
        x = rnd.uniform(40, WIDTH - 40)
        draw.line((x, y, x, y - 140 * scale), fill=_shade(p["mid"], 0.7), width=round(4 * scale) + 1)
        top = y - 140 * scale
        for angle in (-40, -15, 15, 40, 0):
            rad = math.radians(angle - 90)
            tip = (x + 70 * scale * math.cos(rad), top + 70 * scale * math.sin(rad))
            draw.polygon(
                [(x - 14 * scale, top), tip, (x + 14 * scale, top)],
                fill=_mix((236, 120, 160), (255, 255, 255), rnd.uniform(0, 0.4)),
            )


def _scene_pool(img, p, rnd):
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, WIDTH, 200), fill=_shade(p["far"], 1.2))
    for i in range(12):
        draw.rectangle((i * 140, 40, i * 140 + 90, 160), fill=_mix(p["sky"][0], (255, 255, 255), 0.6))
    pool = vertical_gradient((WIDTH, 700), (70, 170, 220), (20, 110, 180))
    img.paste(pool, (0, 200))
    draw = ImageDraw.Draw(img)
    for lane in range(1, 8):
        y = 200 + lane * 87
        for x in range(0, WIDTH, 24):
            colour = (230, 40, 40) if (x // 24) % 4 < 2 else (250, 250, 250)
            draw.ellipse((x, y - 6, x + 18, y + 6), fill=colour)
    for _ in range(80):
        y = rnd.randint(210, HEIGHT)
        x = rnd.randint(0, WIDTH)
        draw.arc((x, y, x + 120, y + 30), 200, 340, fill=(200, 236, 250), width=2)
    for lane, progress in zip(range(7), (0.52, 0.6, 0.45, 0.7, 0.58, 0.4, 0.5), strict=True):
        y = 200 + lane * 87 + 44
        x = 120 + progress * 1300
        draw.ellipse(
            (x - 18, y - 16, x + 18, y + 16), fill=rnd.choice([(250, 200, 40), (240, 240, 240), (230, 60, 50)])
        )
        draw.ellipse((x - 80, y - 10, x - 20, y + 10), fill=(240, 200, 170))
        draw.arc((x - 10, y - 46, x + 70, y + 10), 200, 330, fill=(240, 200, 170), width=10)
        draw.line((x - 120, y, x - 200, y - 6), fill=(200, 236, 250), width=4)


def _scene_football(img, p, rnd):
    draw = ImageDraw.Draw(img)
    horizon = 330
    _crowd(draw, rnd, horizon, 60, 70, [p["far"], p["mid"], p["accent"], (240, 240, 240)])
    pitch = vertical_gradient((WIDTH, HEIGHT - horizon), (60, 150, 70), (40, 120, 56))
    img.paste(pitch, (0, horizon))
    draw = ImageDraw.Draw(img)
    for i in range(8):
        y0 = horizon + i * i * 9
        y1 = horizon + (i + 1) * (i + 1) * 9
        if i % 2:
            draw.rectangle((0, y0, WIDTH, y1), fill=(56, 140, 66))
    draw.line((0, horizon + 20, WIDTH, horizon + 20), fill=(240, 240, 240), width=4)
    draw.rectangle((620, horizon - 110, 980, horizon + 20), outline=(250, 250, 250), width=8)
    for x in range(630, 980, 30):
        draw.line((x, horizon - 100, x, horizon + 16), fill=(220, 220, 220), width=1)
    for y in range(horizon - 100, horizon + 16, 30):
        draw.line((630, y, 970, y), fill=(220, 220, 220), width=1)
    teams = [(210, 40, 40), (250, 250, 250)]
    for i in range(10):
        t = rnd.uniform(0.2, 1)
        _person(
            draw,
            rnd.uniform(80, WIDTH - 80),
            horizon + 60 + 480 * t,
            90 + 200 * t,
            (30, 30, 30),
            rnd.choice(("run", "run", "stand")),
            shirt=teams[i % 2],
        )
    draw.ellipse((1000, 780, 1040, 820), fill=(250, 250, 250))


def _scene_puppets(img, p, rnd):
    draw = ImageDraw.Draw(img)
    waterline = 600
    _water(img, {"water": ((130, 96, 60), (60, 40, 26))}, waterline)
    draw = ImageDraw.Draw(img)
    cx = 800
    draw.rectangle((cx - 380, 360, cx + 380, waterline), fill=(150, 40, 30))
    draw.rectangle((cx - 330, 420, cx + 330, waterline), fill=(60, 20, 16))
    for x in range(cx - 320, cx + 330, 60):
        draw.line((x, 420, x, waterline), fill=(240, 200, 120), width=4)
    _roof(draw, cx, 370, 860, 110, (90, 30, 20))
    _roof(draw, cx, 260, 560, 80, (90, 30, 20))
    for i in range(5):
        x = 300 + i * 250
        y = waterline + 90 + (i % 2) * 60
        colour = rnd.choice([(220, 60, 40), (250, 200, 40), (60, 140, 90), (240, 240, 230)])
        draw.ellipse((x - 22, y - 130, x + 22, y - 86), fill=(240, 200, 160))
        draw.polygon([(x - 50, y), (x - 30, y - 90), (x + 30, y - 90), (x + 50, y)], fill=colour)
        draw.line((x + 30, y - 70, x + 80, y - 100), fill=colour, width=10)
        draw.arc((x - 80, y - 10, x + 80, y + 20), 0, 180, fill=(200, 170, 130), width=3)
    for x in range(100, WIDTH, 200):
        draw.ellipse((x - 24, 120, x + 24, 176), fill=(230, 50, 40))


SCENES = {
    "lake_tower": _scene_lake_tower,
    "pagoda": _scene_pagoda,
    "gate": _scene_gate,
    "old_quarter": _scene_old_quarter,
    "stadium": _scene_stadium,
    "runners": _scene_runners,
    "stage": _scene_stage,
    "library": _scene_library,
    "museum": _scene_museum,
    "festival": _scene_festival,
    "family": _scene_family,
    "home": _scene_home,
    "ceramics": _scene_ceramics,
    "bridge": _scene_bridge,
    "service_counter": _scene_service_counter,
    "online": _scene_online,
    "square_flag": _scene_square_flag,
    "street_green": lambda img, p, rnd: _scene_street(img, p, rnd, "green"),
    "street_wires": lambda img, p, rnd: _scene_street(img, p, rnd, "wires"),
    "street_litter": lambda img, p, rnd: _scene_street(img, p, rnd, "litter"),
    "street_clean": lambda img, p, rnd: _scene_street(img, p, rnd, "clean"),
    "lotus": _scene_lotus,
    "pool": _scene_pool,
    "football": _scene_football,
    "puppets": _scene_puppets,
}


def scene(motif, palette, seed, size=(WIDTH, HEIGHT)):
    """A landscape illustration: `motif` from SCENES lit by `palette` from PALETTES, resized to `size`."""
    colours = PALETTES[palette]
    rnd = random.Random(seed)
    img = vertical_gradient((WIDTH, HEIGHT), *colours["sky"]).convert("RGBA")
    SCENES[motif](img, colours, rnd)
    picture = _vignette(img.convert("RGB"), 0.28)
    if size != (WIDTH, HEIGHT):
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    return picture


def portrait(seed, background, suit, size=(600, 750)):
    """A neutral head-and-shoulders silhouette standing in for a photo that is not ours to publish."""
    rnd = random.Random(seed)
    width, height = size
    img = vertical_gradient(size, _shade(background, 1.25), _shade(background, 0.8))
    draw = ImageDraw.Draw(img)
    skin = _shade(background, 0.55)
    cx = width / 2
    draw.ellipse((cx - width * 0.42, height * 0.66, cx + width * 0.42, height * 1.25), fill=suit)
    draw.polygon([(cx - 60, height * 0.66), (cx + 60, height * 0.66), (cx, height * 0.86)], fill=(236, 236, 236))
    draw.polygon(
        [
            (cx - 14, height * 0.7),
            (cx + 14, height * 0.7),
            (cx + 8, height * 0.84),
            (cx, height * 0.88),
            (cx - 8, height * 0.84),
        ],
        fill=rnd.choice([(150, 30, 40), (40, 60, 120), (90, 90, 100)]),
    )
    draw.rectangle((cx - 44, height * 0.5, cx + 44, height * 0.68), fill=skin)
    draw.ellipse((cx - width * 0.185, height * 0.16, cx + width * 0.185, height * 0.5), fill=_shade(skin, 0.55))
    draw.ellipse((cx - width * 0.165, height * 0.22, cx + width * 0.165, height * 0.58), fill=skin)
    return _vignette(img, 0.25)


@cache
def vietnamese_font(size, bold=True):
    """A system font that has Vietnamese glyphs, or None. The demo must not depend on any particular one."""
    names = (
        ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "NotoSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf")
        if bold
        else ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "Arial.ttf", "arial.ttf")
    )
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return None


def text_font(size, bold=True):
    """The font to write with and a function that fits the text to it (ASCII when no font has Vietnamese)."""
    font = vietnamese_font(size, bold)
    if font is not None:
        return font, str
    return ImageFont.load_default(size=size), anyascii


def wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def campaign_banner(heading, subheading, style, size=(1600, 600)):
    """A campaign banner: a coloured ground, a motif and the campaign's name."""
    width, height = size
    if style == "national":
        img = vertical_gradient(size, (196, 24, 30), (120, 10, 16))
        draw = ImageDraw.Draw(img)
        for i in range(14):
            angle = math.radians(-20 + i * 6)
            draw.polygon(
                [
                    (1340, 300),
                    (1340 + 1400 * math.cos(angle), 300 + 1400 * math.sin(angle)),
                    (1340 + 1400 * math.cos(angle + 0.05), 300 + 1400 * math.sin(angle + 0.05)),
                ],
                fill=(210, 40, 40),
            )
        _star(draw, 1340, 300, 190, (255, 214, 0))
        ink, accent = (255, 236, 160), (255, 214, 0)
    else:
        img = vertical_gradient(size, (12, 70, 140), (20, 40, 90))
        draw = ImageDraw.Draw(img)
        rnd = random.Random(heading)
        for _ in range(26):
            x, y, r = rnd.randint(1080, 1600), rnd.randint(-40, 640), rnd.randint(30, 130)
            colour = rnd.choice([(250, 190, 40), (240, 90, 90), (90, 200, 200), (250, 250, 250), (120, 160, 240)])
            if rnd.random() < 0.5:
                draw.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=10)
            else:
                draw.regular_polygon((x, y, r), rnd.choice((3, 4, 6)), rotation=rnd.randint(0, 90), fill=colour)
        ink, accent = (255, 255, 255), (250, 190, 40)
    font, fit = text_font(64)
    small, fit_small = text_font(34, bold=False)
    y = 150
    for line in wrap(draw, fit(heading), font, 1000):
        draw.text((90, y), line, font=font, fill=ink)
        y += 80
    draw.rectangle((90, y + 16, 290, y + 24), fill=accent)
    draw.text((90, y + 50), fit_small(subheading), font=small, fill=ink)
    return img
