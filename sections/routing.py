"""Routing that finds a child page with its specific type in one query instead of two."""

from django.http import Http404


class SpecificChildRoutingMixin:
    """Looks the next URL segment up directly in the page types this page may have as children.

    Wagtail's default routing fetches the child as a plain Page and then its specific row. A page whose children
    are known types can ask those tables directly, joined with the relations the child renders (its
    `routing_select_related`), which keeps the page furniture of an article inside its query budget."""

    def route(self, request, path_components):
        if path_components and not self._is_own_route(path_components):
            slug, remaining = path_components[0], path_components[1:]
            for model in self.specific_child_models():
                child = (
                    model.objects.child_of(self)
                    .filter(slug=slug)
                    .select_related(*getattr(model, "routing_select_related", ()))
                    .first()
                )
                if child is not None:
                    child._cached_parent_obj = self
                    return child.route(request, remaining)
        return super().route(request, path_components)

    def specific_child_models(self):
        return self.specific_class.allowed_subpage_models()

    def _is_own_route(self, path_components):
        """Sub-routes of a RoutablePage (e.g. rss/) come before children with the same slug, as in Wagtail."""
        resolve = getattr(self, "resolve_subpage", None)
        if resolve is None:
            return False
        try:
            resolve("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True
