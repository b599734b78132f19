"""English for the texts that come from the shared library rather than from one article: the alt text of each
picture (the library's Vietnamese description, copied into every article that uses the picture), the video
clips' titles and transcripts, and the heading of the related-links list."""

RELATED_HEADING = ("Tin liên quan", "Related stories")
# The library's credit line (demo/content/media.py CREDIT), for image blocks that carry it.
CREDIT = "Illustration – sample data"

# Picture key (demo/content/media.py SCENES) -> English alt text.
ALT_TEXTS = {
    "quang-truong-co-ngay": (
        "Illustration: a wide square with green lawns and the red flag with a yellow star against a blue sky."
    ),
    "thu-vien-sang": (
        "Illustration: a bright reading room with bookshelves lining the walls and readers sitting at a long table."
    ),
    "gom-men-lam": (
        "Illustration: blue-glazed and brown-glazed vases of many shapes on shelves and on the floor of a pottery "
        "workshop."
    ),
    "gom-trung-bay": "Illustration: white vases painted in blue and pieces in coloured glazes displayed in two rows.",
    "khue-van-cac": (
        "Illustration: a two-storey pavilion with curved roofs and round windows in the grounds of a historic site, "
        "visitors strolling in front of it."
    ),
    "bua-com-gia-dinh": (
        "Illustration: three generations of a family gathered round the dinner tray under the lamp, night already "
        "fallen outside the window."
    ),
    "san-khau-rem-do": (
        "Illustration: a stage with red velvet curtains, three dancers performing a fan dance under the lights and "
        "the audience filling the front rows."
    ),
    "san-khau-rem-xanh": (
        "Illustration: three artists performing under three spotlights, dark blue curtains in the wings on either side."
    ),
    "san-van-dong-dem": (
        "Illustration: a floodlit stadium during an evening match, the stands a sea of colourful supporters."
    ),
    "chay-bo-ban-ngay": (
        "Illustration: runners in shirts of every colour heading for the finish arch on an avenue lined with trees."
    ),
    "be-boi": "Illustration: swimmers racing in lanes separated by red and white lane ropes.",
    "chay-bo-binh-minh": "Illustration: runners on a tree-shaded road at dawn, heading for a red finish arch.",
    "ho-guom-binh-minh": (
        "Illustration: the Turtle Tower in the middle of Sword Lake at dawn, the water reflecting a pale pink sky "
        "and an old tree leaning over the bank."
    ),
    "le-hoi-dem": (
        "Illustration: a festival night with clusters of red and yellow lanterns, a great drum and crowds of people."
    ),
    "pho-xanh": (
        "Illustration: an avenue shaded by green trees on both sides, with clear pavements and people strolling."
    ),
    "via-he-van-minh": (
        "Illustration: a clean pavement with colourful flower beds and stone benches, people walking along it."
    ),
    "chua-ho-tay-ngay": (
        "Illustration: the eleven-storey stupa of an ancient pagoda by West Lake, green trees on either side and a "
        "clear blue sky."
    ),
    "dam-sen": "Illustration: a lotus pond, its water covered with green leaves and tall pink lotus flowers.",
    "cau-sat-binh-minh": (
        "Illustration: a long iron bridge spanning the river at dawn, green banana groves on the near bank."
    ),
    "khue-van-cac-xuan": (
        "Illustration: a pavilion with curved roofs and a round window under a spring sky, brick walls and old "
        "trees on either side."
    ),
    "day-dien-chang-chit": (
        "Illustration: power lines and cables tangled between two poles on a street, with cluttered advertising signs."
    ),
    "rac-via-he": "Illustration: rubbish bags, overflowing bins and litter strewn across the pavement of a street.",
    "pho-co-ngay": (
        "Illustration: a row of narrow tube houses with tiled roofs in many colours on an old street, red and "
        "yellow lanterns strung across it."
    ),
    "pho-co-dem": "Illustration: the Old Quarter at night, strings of glowing lanterns above the crowds strolling by.",
    "bo-phan-mot-cua": (
        "Illustration: a one-stop service desk with five counters with computers, an electronic queue board and "
        "people waiting their turn."
    ),
    "nop-ho-so-truc-tuyen": (
        "Illustration: a laptop open at an online application form, with a phone, a cup of coffee and a potted "
        "plant beside it."
    ),
}

# Clip key (demo/content/media.py CLIPS) -> (English title, English transcript). The captions file stays
# Vietnamese, and the English articles say so.
CLIPS = {
    "van-hoa-the-thao": (
        "The colours of culture and sport in the capital",
        "Dawn over Hoàn Kiếm Lake, where a thousand years of the capital's culture come together. Every weekend "
        "evening, the lights go up on traditional stages to welcome their audiences. Community sport is spreading "
        "through every ward and commune.",
    ),
}
