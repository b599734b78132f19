"""English versions of articles in "Người Hà Nội thanh lịch, văn minh" (Elegant, Civilised Hanoians) and
"Hà Nội đẹp và chưa đẹp" (Hanoi: Beautiful and Not Yet)."""

from demo.content.english.article import EnglishArticle

ARTICLES = {
    "Chương trình 06-CTr/TU: những kết quả nổi bật trong xây dựng người Hà Nội thanh lịch, văn minh": EnglishArticle(
        title="Programme 06-CTr/TU: the main results in building elegant, civilised Hanoians",
        lead=(
            "Since the Hanoi Party Committee launched Programme 06-CTr/TU, cultural life in the neighbourhoods has "
            "changed in many ways: more families and residential groups have earned the “cultural” title, and "
            "cultural facilities have received more investment."
        ),
        body="""
The programme sets out to develop culture and to build elegant, civilised Hanoians, treating culture as the
spiritual foundation and a driving force of the capital's development. Departments, agencies and local
authorities have turned it into yearly plans with clear targets.

## The figures

According to the interim review, most households have earned the “cultural family” title, and many villages and
residential groups have been recognised as “cultural” several years running. Residents' own campaigns for a clean
environment and for safety and order are kept up regularly.

## The lessons

Experience shows that where Party committees and local authorities pay close attention and draw on respected
members of the community, the movement takes root instead of going through the motions.

> Being elegant and civilised is not a slogan; it is the way every Hanoian lives each day. — Ms Vũ Thị Phương
Thảo, Deputy Director of the Department
""",
        table=(
            "Selected grassroots cultural indicators (sample figures)",
            (
                ("Indicator", "Result", "Target"),
                ("Households with the “cultural family” title", "89%", "88%"),
                ("“Cultural” villages and residential groups", "70%", "68%"),
                ("Agencies and units meeting the cultural standard", "92%", "90%"),
            ),
        ),
    ),
    "Sửa đổi hương ước, quy ước theo hướng gọn, dễ thực hiện": EnglishArticle(
        title="Village codes revised to be shorter and easier to follow",
        lead=(
            "Many villages and residential groups on the outskirts have revised their village codes, dropping rules "
            "that no longer fit and adding provisions on protecting the environment and on holding weddings and "
            "funerals in a civilised way."
        ),
        body="""
The new codes were drawn up democratically, through several rounds of consultation with residents. Weddings,
funerals and longevity celebrations are covered in detail, encouraging thrift rather than show.

The Department is guiding the communes in reviewing their village codes as the regulations require, to make sure
they are lawful and in keeping with the good customs and traditions of each place.
""",
    ),
    "Hà Nội đẹp: những con đường rợp bóng cây": EnglishArticle(
        title="Beautiful Hanoi: streets in the shade of trees",
        lead=(
            "Rows of dracontomelon, sao and Indian oak trees give Hanoi's streets a beauty all their own. A photo "
            "report on the capital's green avenues."
        ),
        body="""
Trees are part of every Hanoian's memories: the season of white sưa blossom, of crimson Indian oak flowers, of
dracontomelon fruit dropping onto the pavement. In recent years many streets have been planted with more shade
trees and their pavements relaid, making them a pleasure to walk along.

In many neighbourhoods, residents also look after the trees themselves and plant flowers in the beds, making their
own street more beautiful still.
""",
        gallery=(
            "A tree-lined avenue in the heart of the capital.",
            "A relaid pavement with flower beds and benches.",
            "Old trees on the shore of Sword Lake in the early morning.",
            "The cool, green road along West Lake.",
            "Lotus season on the ponds at the edge of the city.",
            "Green fields on the riverbank below the iron bridge.",
            "An ancient tree in the grounds of a historic site.",
        ),
    ),
    "Chưa đẹp: dây điện, dây cáp chằng chịt trên phố": EnglishArticle(
        title="Not yet beautiful: tangled power lines and cables over the streets",
        lead=(
            "Despite repeated clean-ups, power lines and telecom cables still hang in tangles over many streets, "
            "spoiling the view and posing a fire risk."
        ),
        body="""
The problem is worst in the old streets, where each pole is shared by several telecom companies. Coils of spare
cable and lines no longer in use are never taken down and dangle over the heads of passers-by.

The city has told the companies to survey and remove unused cables and to move their lines underground step by
step, as planned. Residents can report dangerous cables to the hotline of their ward or commune.
""",
        gallery=(
            "Cables tangled between two poles on an old street.",
            "Rubbish dumped at the foot of a utility pole.",
            "Shop signs and wires hide the fronts of old houses.",
            "A street whose cables now run underground: open, clean and tidy.",
        ),
    ),
}
