"""English versions of articles in "Tiêu điểm Hà Nội" (Hanoi Spotlight)."""

from demo.content.english.article import EnglishArticle

ARTICLES = {
    "Công nghiệp văn hóa – động lực tăng trưởng mới của Thủ đô": EnglishArticle(
        title="Cultural industries: a new engine of growth for the capital",
        lead=(
            "With its heritage, its creative people and its market, Hanoi has made the cultural industries a "
            "spearhead of its economy. The city Party Committee's resolution is opening up many new opportunities."
        ),
        body="""
Cultural industries such as design, film, the performing arts, handicrafts and cultural tourism contribute more
and more to the capital's growth. Many creative spaces have grown out of old factories and former collective
housing estates, drawing large numbers of young people.

## Three pillars

- Complete the policies that encourage investment in culture and protect copyright.
- Develop creative talent by bringing universities, businesses and artists together.
- Build infrastructure and creative spaces, and make the capital's cultural events into brands.

## Challenges

Experts say many cultural businesses are still small and short of capital, and using heritage for economic
development has to be weighed against the need to preserve it. The city is studying a pilot scheme that would let
public property be used as creative space.

> The cultural industries must be rooted in Hanoi's own identity, not just copy models from elsewhere. — Ms Lại
Thu Trang, Head of the Culture and Arts Management Division
""",
    ),
    "Lễ hội Thiết kế sáng tạo Hà Nội thu hút hàng trăm nghìn lượt khách": EnglishArticle(
        title="Hanoi Creative Design Festival draws hundreds of thousands of visitors",
        lead=(
            "The festival's exhibitions, light shows, design market and talks are spread across heritage sites and "
            "creative spaces all over the capital."
        ),
        body="""
The festival is one of the ways Hanoi puts into practice its commitments as a member of the UNESCO Creative
Cities Network in the field of design. This year it has spread to wards on the outskirts, with programmes linked
to the craft villages.

Many designs inspired by ceramics, silk, dó paper and folk paintings are on show and on sale at the design market,
proof of what can come from bringing heritage and contemporary creativity together.
""",
    ),
}
