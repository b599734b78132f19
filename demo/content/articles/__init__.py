"""Every article of the demo portal, section by section, in the order they are created."""

from demo.content.articles import cityscape, civilised, conduct, culture, news, reform, sports, spotlight

ARTICLES = (
    *news.ARTICLES,
    *culture.ARTICLES,
    *sports.ARTICLES,
    *conduct.ARTICLES,
    *civilised.ARTICLES,
    *cityscape.ARTICLES,
    *spotlight.ARTICLES,
    *reform.ARTICLES,
)
