"""The demo articles translated into English, keyed by their Vietnamese title: enough of every section for the
English portal to look alive. Within a section they are the first ones published, so that the related links
the seed puts under an article always lead to English pages too."""

from demo.content.english import culture, news, reform, society, sports, spotlight

ARTICLES = {
    **news.ARTICLES,
    **culture.ARTICLES,
    **sports.ARTICLES,
    **society.ARTICLES,
    **spotlight.ARTICLES,
    **reform.ARTICLES,
}
