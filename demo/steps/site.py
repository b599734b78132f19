"""The home page, the default site, the footer settings and the section tree."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from demo.content.site import HOME, PORTAL_SETTINGS, SECTIONS, SITE_NAME
from demo.pages import page_state, sync_page, update_page
from home.models import HomePage, PortalSettings
from sections.models import SectionPage

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"


def build_home(context):
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first() or Site(is_default_site=True)
    fields = {"title": HOME["title"][0], "intro": HOME["intro"][0]}
    current = site.root_page.specific if site.root_page_id else None
    if isinstance(current, HomePage) and current.locale_id == context.vi.pk:
        # A Vietnamese home page already serves the site (made by hand, or under another slug): keep it.
        home, changed = update_page(current, fields, user=context.user)
        created = False
    else:
        home, created, changed = sync_page(root, HomePage, HOME["slug"][0], fields, user=context.user)
    context.home = home
    context.count(_("Trang chủ"), page_state(created, changed))

    # The site answers at the address the admin's e-mails link to, so full URLs (take-down register, feeds,
    # sitemap) work on the demo machine too.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    wanted = {
        "hostname": address.hostname or "localhost",
        "port": port,
        "root_page_id": home.pk,
        "site_name": SITE_NAME,
    }
    if site.pk is None or any(getattr(site, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
        context.say(_("Trang web mặc định trỏ vào trang chủ “%(title)s”.") % {"title": home.title})

    # Wagtail's placeholder page is only deleted once the site no longer points at it.
    for page in root.get_children().filter(title=WAGTAIL_WELCOME_TITLE).exact_type(Page):
        page.delete()
        context.say(_("Đã xóa trang chào mừng mặc định của Wagtail."))

    portal = PortalSettings.for_site(site)
    changed_fields = [name for name, value in PORTAL_SETTINGS.items() if getattr(portal, name) != value]
    if changed_fields:
        for name in changed_fields:
            setattr(portal, name, PORTAL_SETTINGS[name])
        portal.save()
    context.count(_("Thông tin cổng"), False if changed_fields else None)


def build_sections(context):
    for section in SECTIONS:
        page = _sync_section(context, context.home, section)
        context.sections[section.slug[0]] = page
        for child in section.children:
            context.sections[f"{section.slug[0]}/{child.slug[0]}"] = _sync_section(context, page, child)


def _sync_section(context, parent, section):
    page, created, changed = sync_page(
        parent,
        SectionPage,
        section.slug[0],
        {"title": section.title[0], "intro": section.intro[0], "show_in_menus": True},
        user=context.user,
    )
    context.count(_("Chuyên mục"), page_state(created, changed))
    return page
