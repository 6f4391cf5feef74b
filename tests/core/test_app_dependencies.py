"""
The project's apps depend on each other one way, never in a circle (issue 18): events
on programmes (an event names its programme), never programmes on events (a programme
page shows its next dates through the events' template tag `next_events_of`).

Read from the import statements of every Python file of each app, the imports inside
functions included: an import there is a dependency all the same.
"""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def project_apps():
    """The installed apps that are the project's own: {name: folder}."""
    return {
        config.name: Path(config.path)
        for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT
    }


def app_of(parts, names):
    """The app of a module, from its dotted name's parts or its file's path's parts
    (without ".py"); None for a module of no app in `names`."""
    return parts[0] if parts and parts[0] in names else None


def imported_modules(tree):
    """The absolute names of the modules a file imports (relative imports stay in its app)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def dependencies():
    """{app: the other apps it imports}."""
    folders = project_apps()
    graph = {name: set() for name in folders}
    for folder in folders.values():
        for path in folder.rglob("*.py"):
            importer = app_of(path.relative_to(ROOT).with_suffix("").parts, graph)
            tree = ast.parse(path.read_text(), str(path))
            for module in imported_modules(tree):
                imported = app_of(module.split("."), graph)
                if imported not in (None, importer):
                    graph[importer].add(imported)
    return graph


def a_circle(graph):
    """One circle of apps importing each other, [a, b, ..., a], or None."""
    done, path = set(), []

    def visit(app):
        if app in path:
            return [*path[path.index(app) :], app]
        if app in done:
            return None
        path.append(app)
        for other in sorted(graph[app]):
            circle = visit(other)
            if circle:
                return circle
        path.pop()
        done.add(app)
        return None

    for app in sorted(graph):
        circle = visit(app)
        if circle:
            return circle
    return None


def test_events_depend_on_programmes_and_never_the_other_way():
    graph = dependencies()

    assert "programmes" in graph["events"]
    assert "events" not in graph["programmes"]


def test_no_apps_import_each_other_in_a_circle():
    circle = a_circle(dependencies())

    assert circle is None, " -> ".join(circle)


def test_a_circle_is_found_however_long():
    assert a_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert a_circle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
