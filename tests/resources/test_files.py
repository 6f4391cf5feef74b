"""Adding a file to a material (resources/files.py): stored privately under a name the
server chooses, its text searchable in every translation, versions kept."""

from django.core.exceptions import ValidationError

from wagtail.search.backends import get_search_backend

import pytest

from resources.files import add_file
from resources.models import Resource, ResourceFile
from tests.resources import samples
from tests.resources.conftest import a_material, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(username="editor", password="x")


def found(words):
    return list(get_search_backend().search(words, Resource))


def stored_paths(folder):
    return [path for path in folder.rglob("*") if path.is_file()]


def test_a_file_is_stored_privately_with_its_text_and_who_uploaded_it(private_files, editor):
    material = a_material()

    stored = add_file(material, samples.pdf("Budget guide.pdf"), by=editor)

    assert stored.name == "Budget guide.pdf"
    assert stored.content_type == "application/pdf"
    assert stored.uploaded_by == editor
    assert stored.resource_key == material.translation_key
    assert "Gender budgeting in Khatlon" in stored.text
    assert stored.file.name.startswith(f"resources/{material.translation_key}/")
    (path,) = stored_paths(private_files)
    assert path.read_bytes()[:5] == b"%PDF-"
    with pytest.raises(ValueError, match="no public address"):
        stored.file.url  # noqa: B018


def test_a_path_in_the_name_never_reaches_the_disk(private_files, editor):
    stored = add_file(a_material(), samples.pdf("../../../etc/cron.d/guide.pdf"), by=editor)

    assert stored.name == "guide.pdf"
    assert ".." not in stored.file.name
    (path,) = stored_paths(private_files)
    assert path.resolve().is_relative_to(private_files.resolve())


def test_a_refused_file_stores_nothing(private_files, editor):
    material = a_material()

    with pytest.raises(ValidationError, match="does not match"):
        add_file(material, samples.upload("guide.pdf", b"<?php echo 1; ?>"), by=editor)

    assert not ResourceFile.objects.exists()
    assert stored_paths(private_files) == []


def test_macros_are_stored_as_a_warning(private_files, editor):
    content = samples.with_members(samples.docx_bytes(), {"word/vbaProject.bin": b"macro"})

    stored = add_file(a_material(), samples.upload("module.docx", content), by=editor)

    assert stored.warning == "Contains macros: open it only with macros turned off."


def test_a_broken_pdf_is_stored_without_text(private_files, editor):
    stored = add_file(a_material(), samples.upload("scan.pdf", b"%PDF-1.4\nbroken"), by=editor)

    assert stored.text == ""
    assert ResourceFile.objects.filter(pk=stored.pk).exists()


def test_every_translation_is_found_by_a_word_only_in_the_file(private_files, editor):
    english = a_material()
    russian = translated(english, "ru")

    add_file(english, samples.pdf(text="Participatory budgeting in Vakhsh"), by=editor)

    assert {resource.locale.language_code for resource in found("Vakhsh")} == {"en", "ru"}
    russian.refresh_from_db()
    assert "Vakhsh" in russian.file_text
    assert "Vakhsh" in english.file_text


def test_a_new_version_replaces_the_old_visibly_and_its_words(private_files, editor):
    material = a_material()
    first = add_file(material, samples.pdf(text="Edition of 2023 about Rasht"), by=editor)

    second = add_file(
        material, samples.pdf(text="Edition of 2025 about Khorog"), by=editor, replaces=first
    )

    first.refresh_from_db()
    assert first.replaced_by == second
    assert first.replaced_at is not None
    assert list(ResourceFile.objects.current()) == [second]
    assert list(second.earlier_versions.all()) == [first]
    assert len(stored_paths(private_files)) == 2  # the old version is kept
    assert [resource.title for resource in found("Khorog")] == ["Gender budgeting"]
    assert found("Rasht") == []


def test_a_file_of_another_material_or_an_old_version_cannot_be_replaced(private_files, editor):
    material, other = a_material(), a_material("Another")
    of_other = add_file(other, samples.pdf(), by=editor)
    old = add_file(material, samples.pdf(), by=editor)
    add_file(material, samples.pdf(), by=editor, replaces=old)
    old.refresh_from_db()

    for replaced in (of_other, old):
        with pytest.raises(ValidationError, match="Only a current file"):
            add_file(material, samples.docx(), by=editor, replaces=replaced)

    assert ResourceFile.objects.count() == 3


def test_files_of_several_kinds_add_their_words_together(private_files, editor):
    material = a_material()

    add_file(material, samples.pdf(text="Khatlon"), by=editor)
    add_file(material, samples.pptx(text="Sughd"), by=editor)

    material.refresh_from_db()
    assert "Khatlon" in material.file_text
    assert "Sughd" in material.file_text
