"""English versions of articles in "Văn hóa" (Culture) and its sub-sections."""

from demo.content.english.article import EnglishArticle

ARTICLES = {
    "Thư viện Hà Nội ra mắt không gian đọc mở cho thanh thiếu niên": EnglishArticle(
        title="Hanoi Library opens an open-plan reading space for teenagers",
        lead=(
            "The new reading space, more than 400 m² in size, has books grouped by theme, a corner for group "
            "discussions and computers for searching the catalogue, and it stays open in the evenings and at "
            "weekends."
        ),
        body="""
The space was converted from an old book store on the second floor and divided into small areas where tables and
chairs can be moved around at will. Readers can borrow books, read newspapers online, join a book club or study
in groups without booking in advance.

The library has also added more than 5,000 new titles on science, life skills, children's literature and Hanoi
itself. Once a month it invites an author, an illustrator or a young scientist to meet readers.

> We want the library to be a place young people like to come to, not just somewhere they have to go when exams
are near. — Ms Tô Thị Ngọc Hà, Director of Hanoi Library

Library cards are free for pupils and students; everyone else can register online and collect their card at the
desk.
""",
    ),
    "Làng gốm Bát Tràng giữ nghề trong thời đại mới": EnglishArticle(
        title="Bát Tràng pottery village keeps its craft alive in a new age",
        lead=(
            "As markets change fast, the potters of Bát Tràng are holding on to traditional techniques while "
            "bringing new designs, hands-on tourism and online sales into their craft."
        ),
        body="""
Morning in Bát Tràng begins with the smell of wet clay and the steady hum of the potter's wheel. In small
workshops along the riverbank, many families still mix their glazes and throw their pots the way it has been
done for generations.

## Old techniques, new designs

Many young potters are boldly bringing contemporary motifs into their work, teaming up with architects and
designers to make decorative ceramics for buildings. Old glazes such as blue-and-white and crackle have been
revived and have become a signature of the village.

> Keeping the craft does not mean doing exactly what our forefathers did; it means keeping the soul of the clay
and the glaze. — A Bát Tràng master potter

## Hands-on tourism

Pottery classes for pupils and visitors are fully booked at weekends. Bát Tràng commune is working with the
Department on a visitor trail that links the communal house, the pagoda and the workshops, with signposts in two
languages.
""",
        picture="Blue-and-white and coloured-glaze vases on display.",
    ),
    "Hoàn thành tu bổ gác mái cổ tại khu di tích trung tâm": EnglishArticle(
        title="Restoration of an old pavilion at the central heritage site completed",
        lead=(
            "After more than a year of work, the restoration of the old pavilion's roof, wooden columns and "
            "lightning protection is complete, with the original materials and traditional techniques preserved."
        ),
        body="""
The work followed the regulations on the preservation, restoration and rehabilitation of historic monuments.
Before it began, the consultants surveyed and drew every structural element in detail; sound timbers were kept,
and damaged ones were replaced with wood of the same kind.

The site stayed open throughout, with the visitors' route adjusted. Information boards at the works explained each
stage of the restoration, helping visitors learn more about traditional building techniques.
""",
    ),
    "Liên hoan Chèo Hà Nội quy tụ 18 đơn vị nghệ thuật": EnglishArticle(
        title="Hanoi Chèo Festival brings together 18 companies",
        lead=(
            "The ten-day festival of chèo, the traditional folk opera of northern Vietnam, presents new productions "
            "and classic excerpts, with many free performances for pupils and students."
        ),
        body="""
Taking part are professional theatres, touring companies and amateur chèo clubs. Many productions draw on the
history of Thăng Long, life in today's countryside and the stories of people who do good in their communities.

The organisers set aside one performance for veteran artists to teach traditional melodies to young performers
right there on the stage, and the audience received it with warm applause.
""",
    ),
    "Bữa cơm gia đình – nơi giữ nếp nhà": EnglishArticle(
        title="The family meal: where household traditions live on",
        lead=(
            "In today's busy lives, meals with the whole family round the table are becoming rarer. Many Hanoi "
            "families are finding ways to hold on to these simple moments together."
        ),
        body="""
For many Hanoians, dinner is when the family shares the news of the day, and where children learn to invite their
grandparents to eat first, how to serve others and how to listen. But work, extra classes and phones are making
that meal shorter.

## “No-phone time”

Some families in Ngọc Hà ward have agreed on a rule: nobody uses a phone at the table. The children protested at
first, but little by little the whole family found that meals were happier and there was more to talk about.

## Spreading through the community

The Women's Union and the Civilised Living and Family Division organised a photo contest, “Our family meal”, which
drew thousands of entries. Simple pictures of everyday meals touched many people's hearts.

> The family is the cell of society; keeping the family meal means keeping the family's customs and traditions.
— Ms Đặng Thị Hải Yến, Head of the Civilised Living and Family Division
""",
    ),
    "Video: Một đêm diễn cuối tuần ở phố cổ": EnglishArticle(
        title="Video: A weekend night of performances in the Old Quarter",
        lead=(
            "Free evenings of traditional performing arts at the weekend have become a favourite meeting place for "
            "residents and visitors alike."
        ),
        body="""
Each evening lasts about 90 minutes, with chèo, ca trù sung poetry, water puppetry and traditional instrumental
music. After the show, the audience can talk with the artists and take a closer look at the instruments.

The video is an illustrative recording with Vietnamese subtitles.
""",
    ),
}
