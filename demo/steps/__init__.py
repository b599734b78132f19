"""The steps of `seed_demo`, run in this order. A later feature adds its demo data by adding a step here:
a label and a function taking the SeedContext, idempotent (look things up by stable keys)."""

from django.utils.translation import gettext_lazy as _

from demo.runner import Step
from demo.steps import about, accounts, articles, english, media, plan, search, site, taxonomy, workflows

STEPS = [
    Step(_("Tài khoản mẫu"), accounts.build_accounts, creates_accounts=True),
    Step(_("Trang chủ, trang web mặc định và thông tin cổng"), site.build_home),
    Step(_("Thư viện ảnh, tài liệu và video"), media.build_library),
    Step(_("Chủ đề, địa bàn, đơn vị và banner"), taxonomy.build_taxonomy),
    Step(_("Chuyên mục"), site.build_sections),
    Step(_("Giới thiệu và Ban Giám đốc"), about.build_about),
    Step(_("Bài viết"), articles.build_articles),
    Step(_("Tin nổi bật trang chủ và bài ghim chuyên mục"), articles.feature_articles),
    Step(_("Phiên bản tiếng Anh"), english.build_english),
    Step(_("Bài viết tiếng Anh"), english.translate_articles),
    Step(_("Nhóm quyền theo chuyên mục"), accounts.build_roles),
    Step(_("Chỉ mục tìm kiếm"), search.rebuild_index),
    Step(_("Quy trình duyệt tin, bài và bản dịch"), workflows.build_workflows),
    Step(_("Kế hoạch viết tin, bài"), plan.build_plan),
]
