"""
Object storage: S3-compatible buckets (django-storages) when AWS_STORAGE_BUCKET_NAME is set.

Public media (images, renditions, documents) go to that bucket. Applicants' files go
to AWS_PRIVATE_STORAGE_BUCKET_NAME, or, without one, under the AWS_PRIVATE_LOCATION
prefix of the same bucket; they are written with the private ACL and have no URL at
all (applications/s3.py): only the admin's permission-checked view streams them.
Without a bucket, both stay on local disk (MEDIA_ROOT, PRIVATE_MEDIA_ROOT).
"""

from .env import env_int, env_str


def object_storages():
    """The `default` and `private` entries of STORAGES for a bucket, or {} for local disk."""
    bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {}
    # Only what differs between the two buckets is set apart; the rest is shared.
    shared = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
        "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE") or None,
        "signature_version": "s3v4",
        # Never replace a file: a second upload of the same name gets a new one.
        "file_overwrite": False,
        # Files read back larger than this wait on disk, not in the worker's memory.
        "max_memory_size": 5 * 1024 * 1024,
        "client_config": _client_config(),
    }
    private_bucket = env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME")
    default_private_prefix = "" if private_bucket else "private"
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **shared,
                "bucket_name": bucket,
                "default_acl": env_str("AWS_DEFAULT_ACL", "public-read") or None,
                "querystring_auth": False,
                "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            },
        },
        "private": {
            "BACKEND": "applications.s3.PrivateS3Storage",
            "OPTIONS": {
                **shared,
                "bucket_name": private_bucket or bucket,
                "location": env_str("AWS_PRIVATE_LOCATION", default_private_prefix),
            },
        },
    }


def _client_config():
    """Give up on an unreachable store in seconds (the health check must answer quickly)."""
    from botocore.config import Config

    return Config(
        connect_timeout=env_int("AWS_S3_CONNECT_TIMEOUT", 5),
        read_timeout=60,
        retries={"mode": "standard", "max_attempts": 3},
    )
