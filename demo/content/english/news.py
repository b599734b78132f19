"""English versions of articles in "Tin tức - Sự kiện" (News and Events)."""

from demo.content.english.article import EnglishArticle

ARTICLES = {
    "Hà Nội tổ chức chuỗi hoạt động văn hóa, thể thao chào mừng Quốc khánh 2/9": EnglishArticle(
        title="Hanoi marks National Day with a month of culture and sport",
        lead=(
            "More than 200 performances, exhibitions, sports competitions and community events are taking place in "
            "the city's wards and communes to celebrate the anniversary of the August Revolution and National Day "
            "on 2 September."
        ),
        body="""
Under the plan drawn up by the Department of Culture and Sports, the celebrations run almost without a break for
a month. They are centred on public places bound up with the history of the revolution: squares, flower gardens,
cultural houses and historic sites across the city.

The highlights are street performances around Hoàn Kiếm Lake, an exhibition of archive photographs from those
historic autumn days and a traditional run open to all ages. Wards and communes are decking their streets with
flags, flowers, banners and posters in a common design by the Hanoi Information and Exhibition Centre.

## Neighbourhoods first

This year the Department has asked local authorities to give priority to programmes that residents stage
themselves: amateur arts festivals, sports matches between neighbourhoods, exhibitions of family photographs
through the decades. That way the holiday becomes a festival of the whole community, not just a show on a big
stage.

> Every ward and commune must have at least one activity that people can join in, not just watch. — Ms Tạ Thị
Minh Nguyệt, Deputy Director of the Department

The detailed programme is updated regularly on the Department's web portal and on the information pages of the
wards and communes.
""",
        table=(
            "Highlights of the programme",
            (
                ("Event", "Venue", "When"),
                ("Street performances", "Hoàn Kiếm Lake pedestrian zone", "Saturday and Sunday evenings"),
                ("Archive photo exhibition", "Lý Thái Tổ Flower Garden", "All month"),
                ("Traditional run", "Streets around Hoàn Kiếm Lake", "Sunday morning"),
                ("Amateur arts festival", "Ward and commune cultural houses", "As scheduled locally"),
            ),
        ),
    ),
}
