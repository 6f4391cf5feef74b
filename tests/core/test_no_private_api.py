"""
No private API (issue 18): the project's code neither reads nor overrides a name that
starts with `_` in Wagtail, Django, treebeard, django-csp or any other library, and
copies no Wagtail admin template. A Wagtail upgrade then cannot break the site
silently through a renamed internal.

The project's own `_names` (helpers, attributes its own classes set) are its own
business: the set of them is read from the project's code itself. Django's `_meta`
(the documented Model _meta API) is public despite its underscore.
"""

import ast
import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_FOLDERS = {".venv", "node_modules", ".git", ".local", "static", "__pycache__"}

# Public API despite the underscore: Django's documented Model _meta API, and the
# documented methods of Python's named tuples.
PUBLIC_NAMES = {"_meta", "_replace", "_asdict", "_fields", "_make"}

# Files another change is rewriting at the moment: what the scan finds there is listed
# here by file, to be revisited once that change has landed.
KNOWN_ELSEWHERE = {}


def project_files(pattern):
    for path in sorted(ROOT.rglob(pattern)):
        if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts):
            yield path


def parsed_files():
    return [(path, ast.parse(path.read_text(), str(path))) for path in project_files("*.py")]


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def top_level_packages():
    return {
        path.name for path in ROOT.iterdir() if path.is_dir() and (path / "__init__.py").exists()
    } | {path.stem for path in ROOT.glob("*.py")}


def assigned_names(target):
    if isinstance(target, ast.Name):
        yield target.id
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from assigned_names(element)


def self_attributes(node):
    """`self._name = ...` in a method: an attribute the project's own class sets."""
    for child in ast.walk(node):
        for target in getattr(child, "targets", [getattr(child, "target", None)]):
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                yield target.attr


def class_members(node):
    """The names a class defines: its methods, class attributes and `self.` attributes."""
    for child in node.body:
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield child.name
        elif isinstance(child, (ast.Assign, ast.AnnAssign)):
            for target in getattr(child, "targets", [getattr(child, "target", None)]):
                yield from assigned_names(target)
    yield from self_attributes(node)


def own_names(trees):
    """Every `_name` the project defines: functions, classes, variables, attributes."""
    names = set()
    for _path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                for target in getattr(node, "targets", [getattr(node, "target", None)]):
                    names.update(assigned_names(target))
            if isinstance(node, ast.ClassDef):
                names.update(class_members(node))
    return {name for name in names if is_private(name)}


def where(path, node):
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def private_reads(path, tree, own, packages):
    """Each use of a library's private name in one file, as `file:line name`."""
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Attribute):
            name = node.attr
            if name == "__dict__":
                yield f"{where(path, node)} __dict__"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "setattr", "hasattr", "delattr", "vars"}
        ):
            if node.func.id == "vars":
                yield f"{where(path, node)} vars()"
            elif (
                len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                name = node.args[1].value
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] not in packages:
                parts = node.module.split(".") + [alias.name for alias in node.names]
                for part in parts:
                    if is_private(part):
                        yield f"{where(path, node)} {part}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                for part in alias.name.split("."):
                    if is_private(part):
                        yield f"{where(path, node)} {part}"
        if isinstance(node, ast.keyword) and (node.arg or "").startswith("path__"):
            # Treebeard's materialised path: Wagtail's child_of / descendant_of say it.
            yield f"{where(path, node)} {node.arg}"
        if name and is_private(name) and name not in PUBLIC_NAMES and name not in own:
            yield f"{where(path, node)} {name}"


def module_name(path):
    relative = path.relative_to(ROOT).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def library_overrides(trees, packages):
    """Private names of a library class that a project class defines again, as
    (`file:line`, class name, name)."""
    found = []
    for path, tree in trees:
        if "migrations" in path.parts:
            continue
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or not node.bases:
                continue
            members = {name for name in class_members(node) if is_private(name)}
            if not members:
                continue
            cls = getattr(importlib.import_module(module_name(path)), node.name)
            library_bases = [
                base for base in cls.__mro__[1:] if base.__module__.split(".")[0] not in packages
            ]
            for name in sorted(members - PUBLIC_NAMES):
                if any(hasattr(base, name) for base in library_bases):
                    found.append((where(path, node), node.name, name))
    return found


def test_the_project_reads_no_private_name_of_a_library():
    trees = parsed_files()
    packages = top_level_packages()
    # A name a project class takes over from a library is the library's, not its own.
    own = own_names(trees) - {name for _, _, name in library_overrides(trees, packages)}
    found = [
        use
        for path, tree in trees
        for use in private_reads(path, tree, own, packages)
        if use.split(":")[0] not in KNOWN_ELSEWHERE
    ]
    assert not found, "Private names of libraries used:\n" + "\n".join(found)


def test_no_project_class_overrides_a_private_name_of_a_library():
    found = [
        f"{place} {cls}.{name} overrides a library's"
        for place, cls, name in library_overrides(parsed_files(), top_level_packages())
        if place.split(":")[0] not in KNOWN_ELSEWHERE
    ]
    assert not found, "Library internals overridden:\n" + "\n".join(found)


TEMPLATE_PRIVATE = re.compile(r"\.(_[A-Za-z]\w*)")


def test_templates_read_no_private_name():
    own = own_names(parsed_files())
    found = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1} {match[1]}"
        for suffix in ("*.html", "*.txt", "*.xml", "*.jinja")
        for path in project_files(suffix)
        if "templates" in path.parts
        for text in [path.read_text()]
        for match in TEMPLATE_PRIVATE.finditer(text)
        if match[1] not in PUBLIC_NAMES and match[1] not in own
    ]
    assert not found, "Private names read in templates:\n" + "\n".join(found)


def test_no_wagtail_admin_template_is_copied():
    copies = [
        str(folder.relative_to(ROOT))
        for folder in project_files("wagtailadmin")
        if folder.is_dir() and folder.parent.name == "templates"
    ]
    assert not copies, f"Copies of Wagtail's admin templates: {copies}"
