"""A parameter value holding a caret (a custom field's label) survives our own export and
import: RFC 6868 writes ``^`` as ``^^`` before any other escape (``^"`` came back as ``^'``,
``a^nb`` with a line break; found by the round-trip property test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.interop.vcard_export import vcard_text
from crm_desktop.interop.vcard_import import ReadCard, read_vcard_file
from crm_desktop.records.drafts import ContactDraft, CustomValue


@pytest.mark.parametrize("version", ["2.1", "3.0", "4.0"])
@pytest.mark.parametrize("label", ['^"', "a^nb", "^", 'x"y^', "^'", "Region"])
def test_a_label_with_a_caret_comes_back_as_it_was(
    tmp_path: Path, version: str, label: str
) -> None:
    draft = ContactDraft("Ana Puig", custom_fields=(CustomValue(label, "Attica"),))
    path = tmp_path / "a.vcf"
    path.write_text("".join(vcard_text([draft], version)), encoding="utf-8")
    [card] = list(read_vcard_file(path))
    assert isinstance(card, ReadCard) and isinstance(card.record, ContactDraft)
    assert card.record.custom_fields == (CustomValue(label, "Attica"),)
