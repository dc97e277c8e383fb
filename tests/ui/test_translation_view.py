"""Pairing what was heard with its translation when the transcripts come out of order."""

from __future__ import annotations

from desktop_app.store import Message
from desktop_app.ui.translation import TranslationView


def test_words_heard_whose_transcript_comes_after_the_translation_share_its_row(qtbot):
    view = TranslationView()
    qtbot.addWidget(view)
    view.show_message("c", Message(1, "model", 10.0, 10.2, text="Où est"))
    view.show_message("c", Message(2, "user", 10.5, 10.5, text="Where is"))
    view.show_message("c", Message(1, "model", 10.0, 11.0, text="Où est la gare ?", ended_at=11.0))
    view.show_message("c", Message(2, "user", 10.5, 11.2, text="Where is the station?"))
    assert view.rows() == [("Where is the station?", "Où est la gare ?")]


def test_words_heard_well_after_a_translation_start_a_row_of_their_own(qtbot):
    view = TranslationView()
    qtbot.addWidget(view)
    view.show_message("c", Message(1, "user", 0.0, 1.0, text="Hello.", ended_at=1.0))
    view.show_message("c", Message(2, "model", 1.5, 2.0, text="Bonjour.", ended_at=2.0))
    # The same utterance translated in two parts (a streaming translation model) ...
    view.show_message("c", Message(3, "model", 2.5, 3.0, text="Au revoir.", ended_at=3.0))
    # ... and the next utterance, seconds later.
    view.show_message("c", Message(4, "user", 9.0, 9.5, text="Thanks."))
    assert view.rows() == [("Hello.", "Bonjour."), ("", "Au revoir."), ("Thanks.", "")]
