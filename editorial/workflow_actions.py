"""WAGTAIL_FINISH_WORKFLOW_ACTION of the site. Wagtail imports it while ``wagtail.models`` is
still loading, so this module imports nothing at the top."""


def finish_workflow(workflow_state, user=None):
    """On a workflow's last approval: see ``editorial.releases.finish_workflow``."""
    from editorial.releases import finish_workflow as pin_or_publish

    return pin_or_publish(workflow_state, user=user)
