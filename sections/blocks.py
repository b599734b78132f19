"""StreamField blocks shared by every page body. Each renders through its own template in
sections/templates/sections/blocks/ and checks its editorial rules in clean(), so a message sits on the
field it concerns and the rest of the draft is kept."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

VIDEO_EXTENSIONS = {"mp4", "webm"}
CAPTION_EXTENSIONS = {"vtt"}

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


def _alt_text_error(value):
    """Alt text may come from the block or, failing that, from the image's own description."""
    image = value.get("image")
    if image is not None and not (value.get("alt_text") or "").strip() and not (image.description or "").strip():
        return ValidationError(_("Ảnh này chưa có văn bản thay thế (alt). Hãy mô tả ngắn nội dung ảnh."))
    return None


class ParagraphBlock(blocks.RichTextBlock):
    """Body text with the small set of formatting a news article needs."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text", _("Chữ đậm, nghiêng, liên kết và danh sách; dán từ Word sẽ mất phông chữ, cỡ chữ và màu.")
        )
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Đoạn văn")
        template = "sections/blocks/paragraph.html"
        group = _("Văn bản")
        description = _("Đoạn văn bản có định dạng cơ bản và liên kết.")
        preview_value = "<p>Sáng 2/9, tại Quảng trường Ba Đình, hàng vạn người dân Thủ đô đã về dự lễ kỷ niệm.</p>"


class HeadingBlock(blocks.StructBlock):
    """A sub-heading inside the body; h2 or h3 so the page outline stays correct under the h1 title."""

    text = blocks.CharBlock(
        label=_("Tiêu đề"), max_length=200, help_text=_("Ngắn gọn, nói nội dung của phần bên dưới.")
    )
    level = blocks.ChoiceBlock(
        label=_("Cấp"),
        choices=[("h2", _("Tiêu đề mục (H2)")), ("h3", _("Tiêu đề phụ (H3)"))],
        default="h2",
        help_text=_("H2 cho phần lớn của bài, H3 cho phần nhỏ bên trong một phần H2."),
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "sections/blocks/heading.html"
        group = _("Văn bản")
        description = _("Tiêu đề chia bài viết thành các phần.")
        preview_value = {"text": "Gìn giữ giá trị di sản", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """One photo with caption, credit and alt text."""

    image = ImageChooserBlock(
        label=_("Ảnh"), help_text=_("Ảnh trong thư viện, rộng tối thiểu 1200 điểm ảnh, đã có văn bản thay thế.")
    )
    alt_text = blocks.CharBlock(
        label=_("Văn bản thay thế (alt)"),
        required=False,
        max_length=255,
        help_text=_(
            "Để trống thì khi lưu sẽ lấy văn bản thay thế của ảnh trong thư viện; sửa khi bài này cần tả khác."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Chú thích"),
        required=False,
        max_length=500,
        help_text=_("Một đến hai câu kể điều đang diễn ra trong ảnh: ai, làm gì, ở đâu."),
    )
    credit = blocks.CharBlock(
        label=_("Nguồn ảnh"), required=False, max_length=150, help_text=_("Để trống để dùng nguồn ảnh trong thư viện.")
    )

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "sections/blocks/image.html"
        group = _("Đa phương tiện")
        description = _("Một ảnh kèm chú thích và nguồn.")

    def clean(self, value):
        value = super().clean(value)
        error = _alt_text_error(value)
        if error:
            raise StructBlockValidationError(block_errors={"alt_text": error})
        # Kept in the block, not only in the image library, so that the English translation gets it as a
        # segment to translate instead of showing the Vietnamese description to English screen readers.
        if value.get("image") is not None and not (value.get("alt_text") or "").strip():
            value["alt_text"] = value["image"].description
        return value


class GalleryImageBlock(ImageBlock):
    class Meta:
        icon = "image"
        label = _("Ảnh trong bộ ảnh")
        template = "sections/blocks/image.html"


class GalleryBlock(blocks.StructBlock):
    """An ordered set of photos with captions: the heart of a photo report (phóng sự ảnh)."""

    title = blocks.CharBlock(
        label=_("Tên bộ ảnh"), required=False, max_length=200, help_text=_("Có thể để trống; hiện phía trên bộ ảnh.")
    )
    images = blocks.ListBlock(
        GalleryImageBlock(),
        label=_("Các ảnh"),
        min_num=2,
        help_text=_("Nên 4–8 ảnh, xếp theo thứ tự kể chuyện; mỗi ảnh một chú thích."),
    )

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "sections/blocks/gallery.html"
        group = _("Đa phương tiện")
        description = _("Nhiều ảnh theo thứ tự, mỗi ảnh có chú thích; dùng cho phóng sự ảnh.")


def _embeddable(url):
    """Whether Wagtail's embed finders can show `url`, as EmbedBlock checked before."""
    try:
        embeds.get_embed(url)
    except EmbedException:
        return False
    return True


class VideoBlock(blocks.StructBlock):
    """A video clip: an mp4/webm file from the document library, or a video from another site by its URL."""

    title = blocks.CharBlock(
        label=_("Tên video"), max_length=200, help_text=_("Tên ngắn của video, hiện dưới khung phát.")
    )
    video_file = DocumentChooserBlock(
        label=_("Tệp video (MP4 hoặc WebM)"),
        required=False,
        help_text=_("Tải tệp lên mục Tài liệu (tối đa 200 MB) rồi chọn ở đây."),
    )
    # A URL, embedded when shown, rather than an EmbedBlock: wagtail-localize cannot extract an empty EmbedBlock
    # (it reads the URL of None), so every uploaded clip, whose embed address is empty, broke "Dịch trang này".
    # The stored value is the same address string either way.
    embed_url = blocks.URLBlock(
        label=_("Hoặc địa chỉ video trên trang khác"),
        required=False,
        help_text=_("Chỉ dùng khi không tải tệp lên, ví dụ địa chỉ video trên kênh YouTube của Sở."),
    )
    poster = ImageChooserBlock(
        label=_("Ảnh đại diện video"),
        required=False,
        help_text=_("Ảnh ngang 16:9, tối thiểu 1200 × 675 điểm ảnh, hiện trước khi bấm phát."),
    )
    captions = DocumentChooserBlock(
        label=_("Phụ đề (tệp .vtt)"),
        required=False,
        help_text=_("Phụ đề tiếng Việt dạng WebVTT, cho người khiếm thính và người xem không bật âm thanh."),
    )
    transcript = blocks.TextBlock(
        label=_("Nội dung lời thoại"),
        required=False,
        help_text=_("Toàn bộ lời nói trong video, kèm tên người nói, cho người không xem được video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "sections/blocks/video.html"
        group = _("Đa phương tiện")
        description = _("Video tải lên (MP4/WebM) kèm phụ đề, hoặc video nhúng từ địa chỉ khác.")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video_file, embed = value.get("video_file"), value.get("embed_url")
        if not video_file and not embed:
            errors["video_file"] = ValidationError(_("Hãy chọn tệp video hoặc nhập địa chỉ video."))
        elif video_file and embed:
            errors["embed_url"] = ValidationError(_("Chỉ chọn một nguồn: tệp video hoặc địa chỉ video."))
        elif embed and not _embeddable(embed):
            errors["embed_url"] = ValidationError(
                _("Không nhúng được video từ địa chỉ này. Hãy dùng địa chỉ trang xem video, ví dụ trên YouTube.")
            )
        if video_file and video_file.file_extension.lower() not in VIDEO_EXTENSIONS:
            errors["video_file"] = ValidationError(
                _("Tệp “%(name)s” không phải video MP4 hoặc WebM. Trình duyệt chỉ phát được hai định dạng này.")
                % {"name": video_file.filename}
            )
        captions = value.get("captions")
        if captions and captions.file_extension.lower() not in CAPTION_EXTENSIONS:
            errors["captions"] = ValidationError(_("Phụ đề phải là tệp WebVTT (.vtt)."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("Trích dẫn"), max_length=1000, help_text=_("Nguyên văn lời trích, không cần dấu ngoặc kép.")
    )
    attribution = blocks.CharBlock(
        label=_("Người phát biểu"),
        required=False,
        max_length=200,
        help_text=_("Họ tên và chức vụ, ví dụ: Giám đốc Sở Văn hóa và Thể thao."),
    )

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "sections/blocks/quote.html"
        group = _("Văn bản")
        description = _("Lời phát biểu hoặc trích dẫn nổi bật.")
        preview_value = {"text": "Văn hóa là hồn cốt của dân tộc.", "attribution": "Giám đốc Sở"}


class DataTableBlock(TableBlock):
    """A table with an optional header row and a caption, for figures and schedules.

    wagtail-localize skips blocks it does not know: get_translatable_segments and restore_translated_segments
    make the caption and the text cells segments of the translation editor, with paths ("caption",
    "cell-<row>-<column>") that stay put when other blocks of the body change."""

    CAPTION_PATH = "caption"
    # Digits with signs, percentages, dashes, slashes and colons ("152", "89%", "08:00–17:00", "2/9") read the
    # same in English, so nobody has to retype them. A decimal comma or thousands dot ("9,5", "1.250") does not.
    LANGUAGE_NEUTRAL_CHARACTERS = frozenset("0123456789%+-–—−/:() \t\n")

    class Meta:
        icon = "table"
        label = _("Bảng")
        template = "sections/blocks/table.html"
        group = _("Văn bản")
        description = _("Bảng số liệu; hàng đầu có thể là tiêu đề cột.")

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("Hàng đầu làm tiêu đề cột; mỗi ô một số liệu, không để ô trống."))
        super().__init__(**kwargs)

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        caption = value.get("table_caption")
        if isinstance(caption, str) and caption.strip():
            segments.append(StringSegmentValue(self.CAPTION_PATH, caption))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row or []):
                if self.cell_needs_translation(cell):
                    segments.append(StringSegmentValue(f"cell-{row_index}-{col_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        # New lists: the value handed in is the source page's, which must stay Vietnamese.
        rows = [list(row) if row is not None else None for row in value.get("data") or []]
        value = {**value, "data": rows}
        for segment in segments:
            text = segment.render_text()
            if segment.path == self.CAPTION_PATH:
                value["table_caption"] = text
                continue
            cell = self._cell_position(segment.path)
            # A segment for a cell the source no longer has (a row removed since) is dropped, not forced in.
            if cell is not None and cell[0] < len(rows) and rows[cell[0]] is not None and cell[1] < len(rows[cell[0]]):
                rows[cell[0]][cell[1]] = text
        return value

    @classmethod
    def cell_needs_translation(cls, cell):
        return isinstance(cell, str) and bool(cell.strip()) and not set(cell) <= cls.LANGUAGE_NEUTRAL_CHARACTERS

    @staticmethod
    def _cell_position(path):
        kind, _sep, position = path.partition("-")
        row, _sep, col = position.partition("-")
        if kind != "cell" or not row.isdigit() or not col.isdigit():
            return None
        return int(row), int(col)


class DocumentBlock(blocks.StructBlock):
    """A downloadable attachment that shows its type and size before the citizen clicks."""

    document = DocumentChooserBlock(
        label=_("Tài liệu"), help_text=_("Tệp PDF, Word, Excel… đã tải lên mục Tài liệu; không dùng ảnh chụp văn bản.")
    )
    title = blocks.CharBlock(
        label=_("Tên hiển thị"), required=False, max_length=255, help_text=_("Để trống để dùng tên tài liệu.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu đính kèm")
        template = "sections/blocks/document.html"
        group = _("Liên kết")
        description = _("Tệp đính kèm để tải về, hiện loại tệp và dung lượng.")


class RelatedLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Tên liên kết"),
        required=False,
        max_length=255,
        help_text=_("Bắt buộc với địa chỉ bên ngoài; để trống thì dùng tiêu đề của trang đã chọn."),
    )
    page = blocks.PageChooserBlock(
        label=_("Trang trong cổng"),
        required=False,
        help_text=_("Chọn một trang trong cổng, hoặc nhập địa chỉ bên dưới."),
    )
    url = blocks.URLBlock(
        label=_("Hoặc địa chỉ bên ngoài"), required=False, help_text=_("Địa chỉ đầy đủ, bắt đầu bằng https://.")
    )

    class Meta:
        icon = "link"
        label = _("Liên kết")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Chọn một trang hoặc nhập địa chỉ."))}
            )
        if value.get("url") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Liên kết bên ngoài cần có tên hiển thị."))}
            )
        return value


class RelatedLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Tiêu đề"),
        required=False,
        max_length=200,
        default="Tin liên quan",
        help_text=_("Tên của danh sách, ví dụ: Tin liên quan."),
    )
    links = blocks.ListBlock(
        RelatedLinkBlock(),
        label=_("Các liên kết"),
        min_num=1,
        help_text=_("Mỗi mục là một trang trong cổng hoặc một địa chỉ bên ngoài."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Danh sách liên kết")
        template = "sections/blocks/related_links.html"
        group = _("Liên kết")
        description = _("Danh sách bài viết hoặc trang liên quan.")

    def get_context(self, value, parent_context=None):
        """Each link as the reader of this language should follow it. A translated article keeps the Vietnamese
        pages its source linked to (wagtail-localize synchronises page choices); the reader goes to their live
        translation instead, or, when there is none, to the Vietnamese page marked as such."""
        context = super().get_context(value, parent_context=parent_context)
        locale = Locale.get_active()
        links = []
        for link in value["links"]:
            page = link.get("page")
            if page is not None:
                if page.locale_id != locale.pk:
                    translation = page.get_translation_or_none(locale)
                    page = translation if translation is not None and translation.live else page
                if not page.live:
                    continue
                foreign = page.locale_id != locale.pk
                title = link.get("title") or page.title
                links.append({"url": page.url, "title": title, "lang": page.locale.language_code if foreign else ""})
            elif link.get("url"):
                links.append({"url": link["url"], "title": link.get("title") or link["url"], "lang": ""})
        context["links"] = links
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    table = DataTableBlock()
    document = DocumentBlock()
    related_links = RelatedLinksBlock()

    class Meta:
        block_counts = {"gallery": {"max_num": 3}}


class StandardBodyBlock(blocks.StreamBlock):
    """For the department's own pages (introduction, functions, contacts): text, images, tables, files."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    table = DataTableBlock()
    document = DocumentBlock()
    related_links = RelatedLinksBlock()
