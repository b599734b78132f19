"""Sample administrative documents as one-page PDFs, laid out like a Vietnamese official document and drawn
with Pillow. Each one says on its face that it is sample data without legal value."""

from io import BytesIO

from PIL import Image, ImageDraw

from demo.artwork import text_font, wrap

PAGE = (827, 1169)  # A4 at 100 dpi
MARGIN = 80


def official_document(number, heading, paragraphs):
    """PDF bytes: the two-column heading, the number, the document type, the body and a sample-data notice."""
    buffer = BytesIO()
    official_page(number, heading, paragraphs).save(buffer, "PDF", resolution=100.0, title=heading)
    return buffer.getvalue()


def official_page(number, heading, paragraphs):
    page = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(page)
    bold, fit = text_font(16)
    regular, fit_regular = text_font(16, bold=False)
    title, fit_title = text_font(24)
    left_centre, right_centre = 200, 590

    def centred(y, text, font, fitter, x):
        draw.text((x, y), fitter(text), font=font, fill=0, anchor="ma")

    centred(70, "UBND THÀNH PHỐ HÀ NỘI", regular, fit_regular, left_centre)
    centred(94, "SỞ VĂN HÓA VÀ THỂ THAO", bold, fit, left_centre)
    draw.line((left_centre - 60, 120, left_centre + 60, 120), fill=0, width=1)
    centred(130, number, regular, fit_regular, left_centre)
    centred(70, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, fit, right_centre)
    centred(94, "Độc lập - Tự do - Hạnh phúc", bold, fit, right_centre)
    draw.line((right_centre - 110, 120, right_centre + 110, 120), fill=0, width=1)

    centred(200, heading, title, fit_title, PAGE[0] // 2)
    y = 240
    first, *rest = paragraphs
    for line in wrap(draw, fit(first), bold, PAGE[0] - 2 * MARGIN - 80):
        centred(y, line, bold, fit, PAGE[0] // 2)
        y += 26
    y += 24
    for paragraph in rest:
        for line in wrap(draw, fit_regular(paragraph), regular, PAGE[0] - 2 * MARGIN):
            draw.text((MARGIN, y), line, font=regular, fill=0)
            y += 26
        y += 12

    notice, fit_notice = text_font(14, bold=False)
    draw.line((MARGIN, PAGE[1] - 90, PAGE[0] - MARGIN, PAGE[1] - 90), fill=120, width=1)
    draw.text(
        (MARGIN, PAGE[1] - 76),
        fit_notice("Tài liệu mẫu của Cổng thông tin điện tử (dữ liệu demo) – không có giá trị pháp lý."),
        font=notice,
        fill=90,
    )
    return page
