"""English versions of articles in "Thể thao" (Sports) and its sub-sections."""

from demo.content.english.article import EnglishArticle

ARTICLES = {
    "Hà Nội dẫn đầu toàn đoàn tại Đại hội Thể thao toàn quốc": EnglishArticle(
        title="Hanoi tops the medal table at the National Sports Games",
        lead=(
            "Hanoi's team finished first overall, beating its target for gold medals, and many young athletes at "
            "their first Games stepped onto the top of the podium."
        ),
        body="""
Hanoi entered every sport on the programme, with a squad drawn from its senior team, its youth team and its
talent squads. Traditional strengths such as athletics, swimming, gymnastics and the martial arts again brought in
a large share of the gold medals.

Notably, sports that used to be weaker, such as sport climbing and archery, also won medals: a sign that targeted
investment is paying off.

> This result is the work of a whole system of training, from talent classes at school to the city team. — Mr
Đinh Công Hậu, Deputy Director of the Department

After the Games, the Department will review the results, reward the medallists and assess its squad ahead of the
regional games.
""",
        table=(
            "Hanoi's medal haul (sample figures)",
            (
                ("Medal", "Number", "Against target"),
                ("Gold", "152", "12 above"),
                ("Silver", "118", "8 above"),
                ("Bronze", "131", "On target"),
            ),
        ),
    ),
    "Sân chơi thể thao trong khu dân cư: nhu cầu lớn, quỹ đất nhỏ": EnglishArticle(
        title="Sports grounds in residential areas: high demand, little land",
        lead=(
            "More and more people want to exercise, yet land for sports grounds in the inner city is very scarce. "
            "Several neighbourhoods have found creative ways round the problem."
        ),
        body="""
Early every morning and every evening, the parks and lakesides of the inner city fill with people exercising.
The rare patches of open ground in narrow lanes are marked out as courts for badminton and shuttlecock kicking.

## Making use of every space

Some wards have turned vacant lots and the space beneath flyovers into low-cost multi-sport grounds. Many schools
open their playgrounds to residents outside school hours, under clear rules.

## The need for long-term planning

According to the Sport Management Division, stopgap solutions are not enough: land for sport must be set aside in
the plans for new urban areas and whenever old apartment blocks are redeveloped, so that every neighbourhood has
at least a minimum of space to keep active.
""",
    ),
    "Đội tuyển bơi Hà Nội tập huấn chuẩn bị mùa giải mới": EnglishArticle(
        title="Hanoi swimming team starts its training camp for the new season",
        lead=(
            "The 32 swimmers of the Hanoi team have begun a three-month training camp that combines fitness work, "
            "technique and time trials."
        ),
        body="""
The camp follows a detailed training plan, with specialists in sports medicine and nutrition on hand. The
swimmers undergo regular physiological tests so that their training load can be adjusted.

The coaches want the leading swimmers to improve their personal bests, while spotting and developing the next
generation for the Games to come.
""",
    ),
    "Từ lớp năng khiếu đến đội tuyển: hành trình của những nhà vô địch trẻ": EnglishArticle(
        title="From talent class to city team: the journey of young champions",
        lead=(
            "Most of Hanoi's team athletes started out in talent classes at school or at a cultural house. The "
            "system that selects them is being renewed so that no talent slips through the net."
        ),
        body="""
Every year, coaches from the Hanoi Sports Training and Competition Centre travel to wards and communes across the
city to scout for talent. Promising children are invited to train on trial and are followed for several months
before they join the youth team.

## School and training

The biggest challenge is striking a balance between schoolwork and training. The centre works with schools to
arrange flexible timetables and runs evening classes for its athletes.

> There is no great athlete without a sound education. — Mr Kim Đức Thắng, Director of the Hanoi Sports Training
and Competition Centre

## Support for athletes

The city has introduced nutrition allowances, pay and bonuses above the standard rates, so that athletes and their
families can commit to a career in professional sport with peace of mind.
""",
    ),
}
