from wagtail import hooks

from membership.views import MembershipApplicationViewSet


@hooks.register("register_admin_viewset")
def register_membership_application_viewset():
    return MembershipApplicationViewSet("membership_applications")
