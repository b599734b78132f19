/*
 * Wagtail builds a page's address (slug) from its title with transliteration tables that know no Vietnamese
 * letters: "Kiểm thử" became "kim-th". Vietnamese letters are folded to ASCII first ("kiem-thu"), in the
 * capture phase, so Wagtail's own slug controller then sees text it can handle.
 */
(() => {
  const SLUG_FIELD = '[data-controller~="w-slug"]';
  const fold = (text) =>
    text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

  // The title field sends its value to the slug field in these events' detail.
  ['w-sync:check', 'w-sync:apply'].forEach((name) => {
    document.addEventListener(
      name,
      (event) => {
        if (event.target.matches?.(SLUG_FIELD) && typeof event.detail?.value === 'string') {
          event.detail.value = fold(event.detail.value);
        }
      },
      true,
    );
  });

  // An address typed by hand is cleaned when the field loses focus.
  document.addEventListener(
    'blur',
    (event) => {
      if (event.target.matches?.(SLUG_FIELD) && event.target.dataset.wSlugAllowUnicodeValue !== 'true') {
        event.target.value = fold(event.target.value);
      }
    },
    true,
  );
})();
