"""S3-compatible buckets for tests: moto's standalone S3 server on a free port of 127.0.0.1.

moto's server is a real S3 implementation over HTTP; the site reaches it through
django-storages and boto3 exactly as it would reach any S3-compatible store.
"""

import contextlib
import hashlib
import socket
import uuid

import boto3
from moto.server import ThreadedMotoServer

KEYS = {"aws_access_key_id": "test-key", "aws_secret_access_key": "test-secret"}


@contextlib.contextmanager
def s3_server():
    """Run the server; give a client of it (a module-scoped fixture in each test module).
    The port is a free one: moto waits forever for a server that could not bind its port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        endpoint = f"http://127.0.0.1:{port}"
        yield boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **KEYS)
    finally:
        server.stop()


def new_buckets(s3):
    """A new public and private bucket, and the environment that names them."""
    public, private = f"media-{uuid.uuid4().hex[:8]}", f"applicants-{uuid.uuid4().hex[:8]}"
    for bucket in (public, private):
        s3.create_bucket(Bucket=bucket)
    return {
        "AWS_STORAGE_BUCKET_NAME": public,
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": private,
        "AWS_S3_ENDPOINT_URL": s3.meta.endpoint_url,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": KEYS["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY": KEYS["aws_secret_access_key"],
        "AWS_S3_ADDRESSING_STYLE": "path",
    }


def keys(s3, bucket):
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return sorted(item["Key"] for page in pages for item in page.get("Contents", []))


def checksums(s3, bucket):
    return {
        key: hashlib.sha256(s3.get_object(Bucket=bucket, Key=key)["Body"].read()).hexdigest()
        for key in keys(s3, bucket)
    }
