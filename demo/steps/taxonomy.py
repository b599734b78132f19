"""Topics and campaigns, wards and communes, the department's units with their leaders, banners and links."""

from django.utils.translation import gettext as _

from demo.content.taxonomy import BANNERS, LOCALITIES, TOPICS, UNITS
from demo.pages import apply_children, apply_fields
from sections.taxonomy import Banner, ContributingUnit, Locality, Topic, UnitLeader


def upsert(model, lookup, fields, children=()):
    """Find a snippet by its stable key (`lookup`), create it or update it in place.

    Returns (instance, created) with created True (new), False (updated) or None (unchanged).
    """
    instance = model.objects.filter(**lookup).first()
    created = instance is None
    if created:
        instance = model(**lookup)
    changed = apply_fields(instance, fields)
    for relation, child_model, rows in children:
        changed = apply_children(instance, relation, child_model, rows, locale=lookup.get("locale")) or changed
    if created or changed:
        instance.full_clean()
        instance.save()
    return instance, True if created else (False if changed else None)


def build_taxonomy(context):
    vi = context.vi
    for slug, name, _slug_en, _name_en, kind, featured, description, _description_en in TOPICS:
        topic, created = upsert(
            Topic,
            {"locale": vi, "slug": slug},
            {"name": name, "kind": kind, "is_featured": featured, "description": description},
        )
        context.topics[slug] = topic
        context.count(_("Chủ đề / chiến dịch"), created)

    for key, code, name, kind in LOCALITIES:
        locality, created = upsert(Locality, {"locale": vi, "code": code}, {"name": name, "kind": kind})
        context.localities[key] = locality
        context.count(_("Địa bàn"), created)

    for order, unit in enumerate(UNITS, start=1):
        leaders = [
            {"name": leader.name, "position": leader.position[0], "phone": leader.phone, "email": leader.email}
            for leader in unit.leaders
        ]
        instance, created = upsert(
            ContributingUnit,
            {"locale": vi, "name": unit.name[0]},
            {
                "short_name": unit.short_name[0],
                "functions": unit.functions[0],
                "address": unit.address[0],
                "phone": unit.phone,
                "email": unit.email,
                "sort_order": order * 10,
            },
            children=[("leaders", UnitLeader, leaders)],
        )
        context.units[unit.key] = instance
        context.count(_("Đơn vị"), created)

    for banner in BANNERS:
        context.banners[banner.title[0]], created = upsert(
            Banner,
            {"locale": vi, "title": banner.title[0]},
            {
                "description": banner.description[0],
                "url": "" if banner.topic else banner.url,
                "topic": context.topics.get(banner.topic) if banner.topic else None,
                "page": None,
                "image": context.images.get(banner.image[0]),
                "placement": banner.placement,
                "sort_order": banner.sort_order,
                "is_active": True,
            },
        )
        context.count(_("Banner / liên kết nhanh"), created)
