/*
 * Progressive enhancement for the public site. Every feature here is optional: without this file the menu is
 * open, the gallery shows every photo, and printing and copying work through the browser's own commands.
 * All text the reader sees comes from the templates (data-* attributes), so it is translated there.
 */
(function () {
    "use strict";

    var root = document.documentElement;

    /* Text size: A−, A, A+ step through the sizes; the choice is remembered on this device. */
    var TEXT_SIZES = ["small", "", "large", "larger", "largest"];
    var TEXT_SIZE_KEY = "portal-text-size";

    function storedTextSize() {
        try {
            return localStorage.getItem(TEXT_SIZE_KEY) || "";
        } catch (error) {
            return "";
        }
    }

    function applyTextSize(size) {
        TEXT_SIZES.forEach(function (name) {
            if (name) {
                root.classList.remove("text-" + name);
            }
        });
        if (size) {
            root.classList.add("text-" + size);
        }
        try {
            if (size) {
                localStorage.setItem(TEXT_SIZE_KEY, size);
            } else {
                localStorage.removeItem(TEXT_SIZE_KEY);
            }
        } catch (error) {
            /* Private browsing may refuse storage; the size still applies to this page. */
        }
    }

    function initTextSize() {
        var control = document.querySelector("[data-text-size]");
        if (!control) {
            return;
        }
        control.hidden = false;
        control.addEventListener("click", function (event) {
            var button = event.target.closest("[data-text-size-step]");
            if (!button) {
                return;
            }
            var step = parseInt(button.getAttribute("data-text-size-step"), 10);
            var index = TEXT_SIZES.indexOf(storedTextSize());
            if (index < 0) {
                index = 1;
            }
            var next = step === 0 ? 1 : Math.min(Math.max(index + step, 0), TEXT_SIZES.length - 1);
            applyTextSize(TEXT_SIZES[next]);
        });
    }

    /* Phone menu: the list folds behind a toggle button. */
    function initMenu() {
        var toggle = document.querySelector("[data-menu-toggle]");
        var nav = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
        if (!nav) {
            return;
        }
        toggle.hidden = false;
        function setOpen(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            nav.classList.toggle("is-open", open);
        }
        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        nav.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    /* Photo report gallery: one photo at a time with Previous/Next, thumbnails and arrow keys. */
    function initGallery(gallery) {
        var items = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-item]"));
        var controls = gallery.querySelector("[data-gallery-controls]");
        var thumbList = gallery.querySelector("[data-gallery-thumbs]");
        var viewer = gallery.querySelector("[data-gallery-viewer]");
        var status = gallery.querySelector("[data-gallery-status]");
        if (items.length < 2 || !controls || !viewer || !status) {
            return;
        }
        var thumbs = thumbList ? Array.prototype.slice.call(thumbList.querySelectorAll("[data-gallery-thumb]")) : [];
        var template = gallery.getAttribute("data-status-template") || "{current}/{total}";
        var current = 0;

        function show(index) {
            current = (index + items.length) % items.length;
            items.forEach(function (item, position) {
                item.hidden = position !== current;
            });
            thumbs.forEach(function (thumb, position) {
                if (position === current) {
                    thumb.setAttribute("aria-current", "true");
                } else {
                    thumb.removeAttribute("aria-current");
                }
            });
            status.textContent = template
                .replace("{current}", String(current + 1))
                .replace("{total}", String(items.length));
            // Lazy images in a frame that was hidden may not have started loading yet.
            var image = items[current].querySelector("img");
            if (image && image.loading === "lazy") {
                image.loading = "eager";
            }
        }

        gallery.classList.add("is-enhanced");
        controls.hidden = false;
        if (thumbList) {
            thumbList.hidden = false;
        }
        viewer.setAttribute("tabindex", "0");
        viewer.setAttribute("role", "group");
        viewer.setAttribute("aria-label", gallery.getAttribute("data-viewer-label") || "");

        gallery.querySelector("[data-gallery-prev]").addEventListener("click", function () {
            show(current - 1);
        });
        gallery.querySelector("[data-gallery-next]").addEventListener("click", function () {
            show(current + 1);
        });
        thumbs.forEach(function (thumb) {
            thumb.addEventListener("click", function () {
                show(parseInt(thumb.getAttribute("data-gallery-thumb"), 10));
            });
        });
        gallery.addEventListener("keydown", function (event) {
            var moves = { ArrowLeft: -1, ArrowRight: 1 };
            if (event.key === "Home" || event.key === "End") {
                if (event.target === viewer) {
                    event.preventDefault();
                    show(event.key === "Home" ? 0 : items.length - 1);
                }
                return;
            }
            if (!(event.key in moves) || event.altKey || event.ctrlKey || event.metaKey) {
                return;
            }
            event.preventDefault();
            show(current + moves[event.key]);
            // Keep focus on the thumbnail row in step with the photo, so Enter/Space act on what is shown.
            if (thumbs.indexOf(event.target) !== -1) {
                thumbs[current].focus();
            }
        });
        show(0);
    }

    /* Print button: the law asks that every article can be printed (Decree 42/2022/NĐ-CP Art. 7(1)(c)). */
    function initPrint() {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
                window.print();
            });
        });
        // A closed <details> (a video transcript) would print empty; open it for the printout only. Lazy images
        // below the fold may not have loaded yet, and every photo of a gallery is printed.
        var opened = [];
        window.addEventListener("beforeprint", function () {
            document.querySelectorAll('img[loading="lazy"]').forEach(function (image) {
                image.loading = "eager";
            });
            opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (details) {
                details.open = true;
                return true;
            });
        });
        window.addEventListener("afterprint", function () {
            opened.forEach(function (details) {
                details.open = false;
            });
            opened = [];
        });
    }

    /* Copy link: only offered where the clipboard API is available. */
    function initCopyLink() {
        if (!navigator.clipboard || !window.isSecureContext) {
            return;
        }
        document.querySelectorAll("[data-copy-link]").forEach(function (button) {
            var item = button.closest("[data-copy-link-item]");
            var share = button.closest(".share");
            var status = share && share.querySelector("[data-copy-status]");
            if (item) {
                item.hidden = false;
            }
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(
                    function () {
                        if (status) {
                            status.textContent = button.getAttribute("data-copied-text");
                        }
                    },
                    function () {
                        if (status) {
                            status.textContent = button.getAttribute("data-failed-text");
                        }
                    }
                );
            });
        });
    }

    function init() {
        root.classList.add("js");
        root.classList.remove("no-js");
        initTextSize();
        initMenu();
        document.querySelectorAll("[data-gallery]").forEach(initGallery);
        initPrint();
        initCopyLink();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
