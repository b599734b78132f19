"""Factories for the portal's pages, images, documents and snippets, in realistic Vietnamese."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone

from wagtail.models import Collection, Locale

from about.models import AboutPage
from home.models import HomePage
from sections.images import PortalImage
from sections.models import ArticlePage, SectionPage
from sections.taxonomy import Banner, ContributingUnit, Locality, Topic


def default_locale():
    return Locale.get_default()


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """A small real JPEG with alt text, as every image in the library has."""

    class Meta:
        model = PortalImage

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Ảnh lễ hội số {n}")
    description = "Nghệ nhân biểu diễn múa rối nước ở Thủy Đình"
    credit = "Ảnh: Trung tâm Thông tin Triển lãm Hà Nội"
    file = factory.django.ImageField(width=64, height=36, color="#b5452b", format="JPEG", filename="anh.jpg")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Kế hoạch số {n}/KH-SVHTT")
    file = factory.django.FileField(filename="ke-hoach.pdf", data=b"%PDF-1.4\n%%EOF\n")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Cổng thông tin điện tử Sở Văn hóa và Thể thao Hà Nội"
    slug = "trang-chu"
    locale = factory.LazyFunction(default_locale)


class SectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    intro = "Tin tức, sự kiện văn hóa và thể thao của Thủ đô."


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A live article; pass live=False, first_published_at=None for a draft."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Khai mạc Lễ hội văn hóa truyền thống lần thứ {n}")
    format = ArticlePage.Format.NEWS
    lead = "Sáng nay, tại Hoàng thành Thăng Long, lễ hội văn hóa truyền thống đã khai mạc với hàng nghìn du khách."
    byline = "Minh Anh – Trung tâm Thông tin Triển lãm"
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Lễ hội diễn ra trong ba ngày với nhiều hoạt động trình diễn nghệ thuật.</p>")]
    )


class AboutPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AboutPage

    title = "Giới thiệu"
    slug = "gioi-thieu"
    intro = "Sở Văn hóa và Thể thao là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội."


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"80 năm Cách mạng Tháng Tám {n}")
    slug = factory.Sequence(lambda n: f"80-nam-cach-mang-thang-tam-{n}")
    kind = Topic.Kind.CAMPAIGN
    locale = factory.LazyFunction(default_locale)


class UnitFactory(DjangoModelFactory):
    class Meta:
        model = ContributingUnit

    name = factory.Sequence(lambda n: f"Phòng Quản lý Di sản văn hóa {n}")
    short_name = "QLDS"
    phone = "024 3825 3838"
    email = "vanhoa@example.gov.vn"
    locale = factory.LazyFunction(default_locale)


class LocalityFactory(DjangoModelFactory):
    class Meta:
        model = Locality

    code = factory.Sequence(lambda n: f"{n:05d}")
    name = factory.Iterator(["Hoàn Kiếm", "Ba Đình", "Cửa Nam", "Sóc Sơn"])
    kind = Locality.Kind.WARD
    locale = factory.LazyFunction(default_locale)


class BannerFactory(DjangoModelFactory):
    class Meta:
        model = Banner

    title = "Cổng Dịch vụ công quốc gia"
    url = "https://dichvucong.gov.vn"
    placement = Banner.Placement.QUICK_LINK
    locale = factory.LazyFunction(default_locale)
