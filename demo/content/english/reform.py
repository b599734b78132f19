"""English versions of articles in "Cải cách hành chính" (Administrative Reform)."""

from demo.content.english.article import EnglishArticle

ARTICLES = {
    "Sở Văn hóa và Thể thao đứng trong nhóm dẫn đầu về chỉ số cải cách hành chính": EnglishArticle(
        title="Department of Culture and Sports among leaders in administrative reform index",
        lead=(
            "The ranking of the city's departments and agencies on the administrative reform index puts the "
            "Department of Culture and Sports in the leading group, with high scores for administrative procedures "
            "and digital transformation."
        ),
        body="""
The result reflects the Department's work to review and simplify procedures, to raise the share of applications
made online and to handle applications openly and transparently. Every procedure within the Department's remit
can be completed online.

Some criteria still score low, however, such as the share of fees paid online and the digitisation of decisions.
The Department has asked its divisions to work out remedies over the coming year.
""",
        table=(
            "Component scores of the administrative reform index (sample data)",
            (
                ("Area", "Score", "Maximum"),
                ("Leadership and management", "9.5", "10"),
                ("Reform of administrative procedures", "12.8", "13"),
                ("Reform of the organisational structure", "7.6", "8"),
                ("Building digital government", "11.2", "13"),
            ),
        ),
    ),
    "Một ngày ở bộ phận một cửa: nhanh hơn, gần dân hơn": EnglishArticle(
        title="A day at the one-stop desk: faster and closer to the people",
        lead=(
            "Electronic queue numbers, documents scanned at the counter and results sent by post: the one-stop "
            "service desk is changing so that people need to make as few trips as possible."
        ),
        body="""
At eight in the morning, people are already waiting at the one-stop desk. Each takes a number from the machine and
waits for it to come up on the electronic board. Simple applications, such as a licence to stage a performance, are
taken in within minutes.

## Patient guidance

The counter staff do more than take in applications: they show people how to apply online next time. Many older
people get help setting up their electronic ID account right there at the counter.

## Listening to the public

After each visit, people can rate the service on a tablet at the counter. Their comments are gathered every month
to improve the service.
""",
        picture="People can also apply online from home.",
    ),
}
