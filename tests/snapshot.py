"""
A copy of the test database as the demo content left it, taken once per test session
and put back before each test that commits (the browser tests), instead of loading the
demo content again.

SQLite (an in-memory database) is copied with sqlite3's backup API; PostgreSQL's
tables are copied into a schema of their own inside the test database.
"""

import sqlite3

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

SCHEMA = "demo_snapshot"


class Snapshot:
    def __init__(self):
        self.copy = None
        self.tables = []

    def take(self):
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
            return
        self.tables = connection.introspection.table_names()
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
            cursor.execute(f"CREATE SCHEMA {SCHEMA}")
            for table in self.tables:
                cursor.execute(f"CREATE TABLE {SCHEMA}.{quote(table)} AS TABLE {quote(table)}")

    def restore(self):
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self.copy.backup(connection.connection)
            return
        quote = connection.ops.quote_name
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("TRUNCATE " + ", ".join(quote(table) for table in self.tables))
            for table in self.tables:
                # Table names come from the database's own catalogue, quoted.
                copy = f"INSERT INTO {quote(table)} SELECT * FROM {SCHEMA}.{quote(table)}"  # noqa: S608
                cursor.execute(copy)
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)
