"""Applicants' files in an S3-compatible bucket: private ACL, no URL, read only by the site.

Used as settings.STORAGES["private"] when object storage is configured
(bactria_site/settings/storage.py); imported only then, so boto3 loads only then.
"""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    def get_default_settings(self):
        return {
            **super().get_default_settings(),
            "default_acl": "private",
            "custom_domain": None,
        }

    # Not even a signed link: a link could be forwarded; the admin's view checks who asks.
    def url(self, name, *args, **kwargs):
        raise ValueError("Applicants' files have no public address.")
