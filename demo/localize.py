"""English versions made with wagtail-localize, the way a translator makes them in the admin.

The Vietnamese object is submitted for translation (a TranslationSource and a Translation into English),
every string segment gets its English text as a StringTranslation, and the translation is saved and
published. Translators later open the same Translation in the admin and can sync it with the source.
"""

import json

from django.core.management.base import CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.strings import StringValue


def translate(instance, locale, strings, overrides=None, user=None):
    """Create or refresh the translation of `instance` into `locale`.

    `strings` maps each Vietnamese text of the object (plain text) to its translation; `overrides` maps a
    content path of a synchronised field (e.g. "url") to the value the translation uses instead.
    Returns (translated instance, state): state True when created, False when saved again, None unchanged.
    """
    # Read it afresh: an object in hand may predate its last publication.
    instance = type(instance).objects.get(pk=instance.pk)
    previous = (
        TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id)
        .values_list("last_updated_at", flat=True)
        .first()
    )
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    changed = previous is None or previous != source.last_updated_at
    translation, created = LocalizeTranslation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    changed = changed or created

    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = StringValue(segment.string.data).render_text()
        if text not in strings:
            missing.append(f"{segment.context.path}: {text}")
            continue
        data = StringValue.from_plaintext(strings[text]).data
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                last_translated_by=user,
            )
            changed = True
        elif existing.data != data or existing.has_error:
            existing.data, existing.has_error, existing.field_error = data, False, ""
            existing.save()
            changed = True
    if missing:
        raise CommandError(
            _("Thiếu bản dịch tiếng Anh cho “%(object)s”:\n%(missing)s")
            % {"object": instance, "missing": "\n".join(missing)}
        )

    for path, value in (overrides or {}).items():
        context = TranslationContext.objects.get(object_id=source.object_id, path=path)
        data_json = json.dumps(value)
        override = SegmentOverride.objects.filter(locale=locale, context=context).first()
        if override is None or override.data_json != data_json:
            SegmentOverride.objects.update_or_create(
                locale=locale, context=context, defaults={"data_json": data_json, "last_translated_by": user}
            )
            changed = True

    existed = instance.get_translation_or_none(locale) is not None
    if changed or not existed:
        # wagtail-localize publishes pages on commit; the block commits here, before the result is read back.
        with transaction.atomic():
            translation.save_target(user=user, publish=True)
    target = instance.get_translation(locale)
    if hasattr(target, "specific"):
        target = target.specific
    return target, (False if changed else None) if existed else True
