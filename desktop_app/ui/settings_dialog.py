"""The settings dialog: every field of `Settings`, gated by what the chosen model accepts.

A Live model answers a field it does not take with a 1007 close, and which model takes what
changes every few months, so the capability table (`resources/models.json`),
not this code, decides which options are enabled; a disabled option says why in its tooltip.
The model list is editable because model IDs churn faster than releases.

The dialog edits a copy and hands back a new `Settings` through `applied`; it never saves,
stores the key or reconnects itself — the app does that (and a live conversation reconnects
with its resumption handle, so changing the voice keeps the context).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.live.capabilities import (
    ModelCapabilities,
    capabilities_for,
    known_models,
    offered,
)
from desktop_app.preview_status import PreviewState, PreviewStatus
from desktop_app.resources import languages, load_json, voices
from desktop_app.settings import FOLLOW_INTERFACE, Settings
from desktop_app.tools.listing import ToolListing
from desktop_app.ui.access import describe, tie_labels
from desktop_app.ui.forms import choice_combo, chosen, secret_field, select, set_item_enabled
from desktop_app.ui.i18n import interface_languages

KEY_URL = "https://aistudio.google.com/apikey"
_CONTEXT = "SettingsDialog"
_TOOL_NAME = Qt.ItemDataRole.UserRole  # a tool's identifier, on its row in the list
_DEFAULT = QT_TRANSLATE_NOOP("SettingsDialog", "Server default")
_HIGH = QT_TRANSLATE_NOOP("SettingsDialog", "High")
_LOW = QT_TRANSLATE_NOOP("SettingsDialog", "Low")
_SENSITIVITY = [(_DEFAULT, ""), (_HIGH, "high"), (_LOW, "low")]
_RESOLUTION = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Automatic: low for the camera, medium for a screen"),
     "auto"),
    (_DEFAULT, ""),
    (_LOW, "low"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Medium"), "medium"),
    (_HIGH, "high"),
]
_COVERAGE = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Model default"), ""),
    (QT_TRANSLATE_NOOP("SettingsDialog",
                       "Only what came while you spoke (cheapest; typed questions may not see "
                       "the picture)"), "activity"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Everything since the last turn, silence included"),
     "all_input"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Your speech and every video frame"),
     "activity_and_all_video"),
]
_ALL_VIDEO = "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO"
_THINKING = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Model default"), "default"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Off"), "off"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Token budget"), "budget"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Level"), "level"),
]
_VIDEO = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Camera"), "camera"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Screen"), "screen"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Off"), "none"),
]
_API_VERSIONS = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "Automatic (what the model needs)"), ""),
    ("v1beta", "v1beta"),
    ("v1alpha", "v1alpha"),
    ("v1", "v1"),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _choices(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (label, value) pairs with their labels in the interface's language."""
    return [(_tr(label), value) for label, value in items]


def key_link() -> str:
    """Where keys come from, as a link (for this dialog and the first-run one)."""
    text = QCoreApplication.translate("SettingsDialog", "Get a Gemini API key (Google AI Studio)")
    return f'<a href="{KEY_URL}">{text}</a>'


@dataclass(frozen=True)
class DeviceLists:
    """What the pickers offer; filled by the app from the media layer (the UI never probes
    devices itself). Monitors are (label, mss number)."""

    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    cameras: list[str] = field(default_factory=list)
    monitors: list[tuple[str, int]] = field(default_factory=list)


def _language_items() -> list[tuple[str, str]]:
    return [(f"{lang['name']} — {lang['code']}", lang["code"]) for lang in languages()]


def _not_supported(caps: ModelCapabilities) -> str:
    return QCoreApplication.translate("SettingsDialog", "Not supported by {model}.").format(
        model=caps.label
    )


class SettingsDialog(QDialog):
    applied = Signal(object)  # the new Settings (api_key included)
    models_requested = Signal(object)  # the Settings as edited: whom to ask, with which key
    preview_requested = Signal(object)  # the Settings as edited: the voice to hear, and how

    def __init__(
        self,
        settings: Settings,
        devices: DeviceLists | None = None,
        tools: list[ToolListing] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LiveDesk settings"))
        self.setObjectName("settings-dialog")
        self._base = settings
        self._devices = devices or DeviceLists()
        self._tools = tools or []
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._connection_tab(), self.tr("Connection"))
        self.tabs.addTab(self._model_tab(), self.tr("Model and voice"))
        self.tabs.addTab(self._turns_tab(), self.tr("Turn taking"))
        self.tabs.addTab(self._devices_tab(), self.tr("Devices"))
        note = QLabel(
            self.tr(
                "Changes apply at once. A live conversation reconnects with its resumption "
                "handle and keeps its context."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self._apply)
        for button, what in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Apply the changes and close")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Close; applied changes stay")),
            (QDialogButtonBox.StandardButton.Apply, self.tr("Apply the changes now")),
        ):
            push = buttons.button(button)
            describe(push, push.text().replace("&", ""), what)
        describe(self.tabs, self.tr("Settings pages"), self.tr("Ctrl+Tab moves to the next page"))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.load(settings)

    # ------------------------------------------------------------------ tabs
    def _connection_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.backend_gemini = QRadioButton(self.tr("Gemini API (API key)"), page)
        self.backend_vertex = QRadioButton(
            self.tr("Vertex AI (project, Application Default Credentials)")
        )
        self._backend = QButtonGroup(page)
        self._backend.addButton(self.backend_gemini)
        self._backend.addButton(self.backend_vertex)
        form.addRow(self.tr("Service"), self.backend_gemini)
        form.addRow("", self.backend_vertex)
        self.api_key, key_row = secret_field(
            page, "api-key", self.tr("Paste your key; it is kept in the system keyring only")
        )
        form.addRow(self.tr("API &key"), key_row)
        link = QLabel(key_link(), page)
        link.setObjectName("key-link")
        link.setOpenExternalLinks(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        describe(link, self.tr("Get a Gemini API key"), self.tr("Opens Google AI Studio"))
        form.addRow("", link)
        self.vertex_project = QLineEdit(page)
        self.vertex_location = QLineEdit(page)
        form.addRow(self.tr("Vertex project"), self.vertex_project)
        form.addRow(self.tr("Vertex location"), self.vertex_location)
        advanced = QLabel(f"<b>{self.tr('Advanced')}</b>", page)
        form.addRow(advanced)
        self.endpoint = QLineEdit(page)
        self.endpoint.setPlaceholderText(self.tr("Google (default), or https://relay.example:443"))
        form.addRow(self.tr("Endpoint"), self.endpoint)
        self.ca_file = QLineEdit(page)
        browse = QPushButton(self.tr("Browse…"), page)
        describe(browse, self.tr("Browse for a CA file"), self.tr("Choose a PEM file"))
        browse.clicked.connect(
            lambda: self._browse(self.ca_file, self.tr("PEM files (*.pem *.crt)"))
        )
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("CA file"), ca_row)
        self.api_version = choice_combo(_choices(_API_VERSIONS), page, editable=True)
        form.addRow(self.tr("API version"), self.api_version)
        self.ephemeral_token_url = QLineEdit(page)
        self.ephemeral_token_url.setPlaceholderText(
            self.tr("An organisation's token service (optional)")
        )
        form.addRow(self.tr("Token service"), self.ephemeral_token_url)
        self.backend_gemini.toggled.connect(self._backend_changed)
        describe(
            self.backend_vertex,
            self.tr("Vertex AI"),
            self.tr("Vertex AI (project, Application Default Credentials)"),
        )
        tie_labels(form)
        return page

    def _model_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.model = QComboBox(page)
        self.model.setObjectName("model")
        self.model.setEditable(True)
        self.model.currentTextChanged.connect(self._model_changed)
        add = QPushButton(self.tr("Add to list"), page)
        add.setToolTip(self.tr("Keep the typed model ID in the list"))
        add.clicked.connect(self._add_model)
        self.remove_model = QPushButton(self.tr("Remove"), page)
        self.remove_model.setToolTip(self.tr("Remove a model you added from the list"))
        self.remove_model.clicked.connect(self._remove_model)
        ask = QPushButton(self.tr("Ask the server"), page)
        ask.setObjectName("ask-models")
        ask.setToolTip(self.tr("Add the models the service lists for Live conversations"))
        ask.clicked.connect(self._ask_for_models)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(add)
        model_row.addWidget(self.remove_model)
        model_row.addWidget(ask)
        form.addRow(self.tr("&Model"), model_row)
        self.model_list_note = QLabel(page)
        self.model_list_note.setObjectName("model-list-note")
        self.model_list_note.setWordWrap(True)
        self.model_list_note.hide()
        form.addRow("", self.model_list_note)
        self.capability_note = QLabel(page)
        self.capability_note.setObjectName("capabilities")
        self.capability_note.setWordWrap(True)
        form.addRow("", self.capability_note)

        self.voice = choice_combo(
            ((f"{v['name']} — {v['description']}", v["name"]) for v in voices()), page
        )
        self.voice.setObjectName("voice")
        self.play_voice = QPushButton(self.tr("&Play"), page)
        self.play_voice.setObjectName("play-voice")
        describe(
            self.play_voice,
            self.tr("Play a sample of this voice"),
            self.tr("The chosen model says one short sentence in this voice and language"),
        )
        self.play_voice.clicked.connect(self._ask_for_preview)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(self.play_voice)
        form.addRow(self.tr("&Voice"), voice_row)
        self.preview_note = QLabel(page)
        self.preview_note.setObjectName("preview-note")
        self.preview_note.setWordWrap(True)
        describe(self.preview_note, self.tr("Voice sample"), self.tr("How the voice sample goes"))
        self.preview_note.hide()
        form.addRow("", self.preview_note)
        self.language = choice_combo(
            [
                (self.tr("The interface's language, where the model speaks it"), FOLLOW_INTERFACE),
                (self.tr("Automatic (the model chooses)"), ""),
                *_language_items(),
            ],
            page,
        )
        describe(
            self.language,
            self.tr("Language"),
            self.tr("The language the model speaks; by default the interface's"),
        )
        form.addRow(self.tr("&Language"), self.language)
        self.ui_language = choice_combo(
            [(self.tr("The system's language"), "system"), *interface_languages()], page
        )
        self.ui_language.setObjectName("ui-language")
        describe(
            self.ui_language,
            self.tr("Interface language"),
            self.tr("The language of LiveDesk's windows; it changes at the next start"),
        )
        form.addRow(self.tr("&Interface language"), self.ui_language)
        self.translation_target = choice_combo([(self.tr("None"), ""), *_language_items()], page)
        form.addRow(self.tr("Translate into"), self.translation_target)
        self.system_instruction = QPlainTextEdit(page)
        self.system_instruction.setPlaceholderText(
            self.tr("How the model should behave (optional)")
        )
        self.system_instruction.setMaximumHeight(90)
        self.system_instruction.setTabChangesFocus(True)  # Tab leaves the box, as in a form
        form.addRow(self.tr("S&ystem instruction"), self.system_instruction)
        self.output_transcription = QCheckBox(self.tr("Show what the model says as text"), page)
        form.addRow(self.tr("Transcript"), self.output_transcription)
        self.media_resolution = choice_combo(_choices(_RESOLUTION), page)
        describe(
            self.media_resolution,
            self.tr("Video resolution"),
            self.tr("How finely the model looks at each frame: low costs 64 tokens a frame, "
                    "medium and high 256"),
        )
        form.addRow(self.tr("Video resolution"), self.media_resolution)
        self.temperature_set = QCheckBox(self.tr("Set"), page)
        describe(
            self.temperature_set,
            self.tr("Set the temperature"),
            self.tr("Unticked, the model's default temperature is used"),
        )
        self.temperature = QDoubleSpinBox(page)
        describe(self.temperature, self.tr("Temperature"), self.tr("From 0 (steady) to 2 (varied)"))
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature_set.toggled.connect(self.temperature.setEnabled)
        temp_row = QHBoxLayout()
        temp_row.addWidget(self.temperature_set)
        temp_row.addWidget(self.temperature, 1)
        form.addRow(self.tr("Temperature"), temp_row)

        self.thinking = choice_combo(_choices(_THINKING), page)
        self.thinking.currentIndexChanged.connect(self._thinking_changed)
        self.thinking_budget = QSpinBox(page)
        self.thinking_budget.setRange(0, 32768)
        self.thinking_budget.setSuffix(self.tr(" tokens"))
        describe(
            self.thinking_budget,
            self.tr("Thinking budget"),
            self.tr("How many tokens the model may think with"),
        )
        self.thinking_level = QComboBox(page)
        describe(
            self.thinking_level, self.tr("Thinking level"), self.tr("How much the model thinks")
        )
        think_row = QHBoxLayout()
        think_row.addWidget(self.thinking, 1)
        think_row.addWidget(self.thinking_budget)
        think_row.addWidget(self.thinking_level)
        form.addRow(self.tr("Thinking"), think_row)
        self.include_thoughts = QCheckBox(self.tr("Show thought summaries (collapsed)"), page)
        form.addRow("", self.include_thoughts)
        self.affective_dialog = QCheckBox(self.tr("Affective dialog (adapts to your tone)"), page)
        form.addRow(self.tr("Features"), self.affective_dialog)
        self.proactive_audio = QCheckBox(
            self.tr("Proactive audio (may choose not to answer)"), page
        )
        form.addRow("", self.proactive_audio)
        self.google_search = QCheckBox(self.tr("Google Search grounding"), page)
        form.addRow("", self.google_search)
        self.tools = QListWidget(page)
        self.tools.setObjectName("tools")
        describe(
            self.tools,
            self.tr("Functions it may call"),
            self.tr("Tick the local functions the model may call; Space ticks"),
        )
        self.tools.setMaximumHeight(90)
        for tool in self._tools:
            self._list_tool(tool)
        self.tools.setVisible(bool(self._tools))
        form.addRow(self.tr("Functions it may call") if self._tools else "", self.tools)
        self.allow_local_pages = QCheckBox(
            self.tr("Pages on this computer or the local network may be opened"), page
        )
        self.allow_local_pages.setVisible(bool(self._tools))
        form.addRow("", self.allow_local_pages)
        tie_labels(form)
        return page

    def _list_tool(self, tool: ToolListing) -> None:
        """A tool by what it does; its identifier (what the model calls) in the tooltip."""
        # The labels live with the tools (Qt-free), marked there for lupdate under the
        # context "ToolListing" (desktop_app/tools/listing.py).
        label = QCoreApplication.translate("ToolListing", tool.label)
        if tool.asks_first:
            label = self.tr("{tool} — asks you first").format(tool=label)
        item = QListWidgetItem(label, self.tools)
        item.setData(_TOOL_NAME, tool.name)
        item.setToolTip(f"{tool.name}: {tool.description}")

    def _turns_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.push_to_talk = QCheckBox(
            self.tr("Push to talk: the model listens only while Space is held")
        )
        form.addRow(self.tr("Mode"), self.push_to_talk)
        self.start_sensitivity = choice_combo(_choices(_SENSITIVITY), page)
        form.addRow(self.tr("Start-of-speech sensitivity"), self.start_sensitivity)
        self.end_sensitivity = choice_combo(_choices(_SENSITIVITY), page)
        form.addRow(self.tr("End-of-speech sensitivity"), self.end_sensitivity)
        self.silence_duration_ms = QSpinBox(page)
        self.silence_duration_ms.setRange(0, 10000)
        self.silence_duration_ms.setSingleStep(100)
        self.silence_duration_ms.setSuffix(self.tr(" ms"))
        self.silence_duration_ms.setSpecialValueText(self.tr("Server default"))
        form.addRow(self.tr("Silence that ends your turn"), self.silence_duration_ms)
        self.prefix_padding_ms = QSpinBox(page)
        self.prefix_padding_ms.setRange(0, 2000)
        self.prefix_padding_ms.setSingleStep(20)
        self.prefix_padding_ms.setSuffix(self.tr(" ms"))
        self.prefix_padding_ms.setSpecialValueText(self.tr("Server default"))
        form.addRow(self.tr("Speech kept before the start"), self.prefix_padding_ms)
        self.turn_coverage = choice_combo(_choices(_COVERAGE), page)
        describe(
            self.turn_coverage,
            self.tr("What a turn includes"),
            self.tr("Which of the audio and video sent since the last answer the model takes "
                    "(and bills) with your turn"),
        )
        form.addRow(self.tr("What a turn includes"), self.turn_coverage)
        self.push_to_talk.toggled.connect(self._vad_enabled)
        tie_labels(form)
        return page

    def _devices_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        devices = self._devices
        self.input_device = choice_combo(
            [(self.tr("System default"), ""), *((n, n) for n in devices.inputs)],
            page,
            editable=True,
        )
        form.addRow(self.tr("&Microphone"), self.input_device)
        self.output_device = choice_combo(
            [(self.tr("System default"), ""), *((n, n) for n in devices.outputs)],
            page,
            editable=True,
        )
        form.addRow(self.tr("S&peaker"), self.output_device)
        self.headphones = QCheckBox(self.tr("I use headphones (turns echo cancellation off)"), page)
        form.addRow("", self.headphones)
        self.noise_suppression = QCheckBox(self.tr("Suppress background noise"), page)
        form.addRow("", self.noise_suppression)
        self.quiet_gate = QCheckBox(
            self.tr("Pause sending while the microphone hears nothing (saves CPU and data)"), page)
        form.addRow("", self.quiet_gate)
        self.video_source = choice_combo(_choices(_VIDEO), page)
        form.addRow(self.tr("Video at start"), self.video_source)
        cameras = devices.cameras or ["0"]
        self.camera = choice_combo(((c, c) for c in cameras), page, editable=True)
        self.camera.setToolTip(self.tr("A camera index, or a video file or URL"))
        browse = QPushButton(self.tr("Video file…"), page)
        describe(browse, self.tr("Video file"), self.tr("Use a video file as the camera"))
        browse.clicked.connect(self._browse_camera)
        cam_row = QHBoxLayout()
        cam_row.addWidget(self.camera, 1)
        cam_row.addWidget(browse)
        form.addRow(self.tr("Camera"), cam_row)
        monitors = devices.monitors or [(self.tr("Monitor 1"), 1)]
        self.monitor = choice_combo(monitors, page)
        form.addRow(self.tr("Screen to share"), self.monitor)
        self.video_still_interval_s = QSpinBox(page)
        self.video_still_interval_s.setRange(1, 600)
        self.video_still_interval_s.setSuffix(self.tr(" s"))
        describe(
            self.video_still_interval_s,
            self.tr("A still picture is sent every"),
            self.tr("When nothing moves and nobody speaks; changes, speech and the start of "
                    "your turn send a frame at once. 1 sends one every second"),
        )
        form.addRow(self.tr("A still picture is sent every"), self.video_still_interval_s)
        tie_labels(form)
        return page

    # ------------------------------------------------------------------ load / read
    def load(self, s: Settings) -> None:
        (self.backend_vertex if s.backend == "vertex" else self.backend_gemini).setChecked(True)
        self._backend_changed()
        self.api_key.setText(s.api_key)
        self.vertex_project.setText(s.vertex_project)
        self.vertex_location.setText(s.vertex_location)
        self.endpoint.setText(s.endpoint)
        self.ca_file.setText(s.ca_file)
        select(self.api_version, s.api_version)
        self.ephemeral_token_url.setText(s.ephemeral_token_url)

        self._fill_models(s.extra_models, s.model)
        select(self.voice, s.voice)
        select(self.language, s.language)
        select(self.ui_language, s.ui_language)
        select(self.translation_target, s.translation_target)
        self.system_instruction.setPlainText(s.system_instruction)
        self.output_transcription.setChecked(s.output_transcription)
        select(self.media_resolution, s.media_resolution)
        select(self.turn_coverage, s.turn_coverage)
        self.video_still_interval_s.setValue(s.video_still_interval_s)
        self.temperature_set.setChecked(s.temperature is not None)
        self.temperature.setValue(s.temperature if s.temperature is not None else 1.0)
        self.temperature.setEnabled(s.temperature is not None)
        select(self.thinking, s.thinking)
        self.thinking_budget.setValue(s.thinking_budget)
        self.include_thoughts.setChecked(s.include_thoughts)
        self.affective_dialog.setChecked(s.affective_dialog)
        self.proactive_audio.setChecked(s.proactive_audio)
        self.google_search.setChecked(s.google_search)
        for i in range(self.tools.count()):
            item = self.tools.item(i)
            on = item.data(_TOOL_NAME) in s.tools
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.allow_local_pages.setChecked(s.allow_local_pages)

        self.push_to_talk.setChecked(s.push_to_talk)
        select(self.start_sensitivity, s.start_sensitivity)
        select(self.end_sensitivity, s.end_sensitivity)
        self.silence_duration_ms.setValue(s.silence_duration_ms)
        self.prefix_padding_ms.setValue(s.prefix_padding_ms)
        self._vad_enabled(s.push_to_talk)

        select(self.input_device, s.input_device)
        select(self.output_device, s.output_device)
        self.headphones.setChecked(s.headphones)
        self.noise_suppression.setChecked(s.noise_suppression)
        self.quiet_gate.setChecked(s.quiet_gate)
        select(self.video_source, s.video_source)
        select(self.camera, s.camera)
        select(self.monitor, s.monitor)
        self._model_changed()
        index = self.thinking_level.findText(s.thinking_level)
        if index >= 0:
            self.thinking_level.setCurrentIndex(index)

    def settings(self) -> Settings:
        """The edited copy. Options the model does not accept keep their values (they are
        simply not sent), so switching models back and forth loses nothing."""
        model = str(chosen(self.model) or self._base.model)
        known = set(known_models())
        extras = [
            str(self.model.itemData(i))
            for i in range(self.model.count())
            if str(self.model.itemData(i)) not in known
        ]
        return self._base.replace(
            backend="vertex" if self.backend_vertex.isChecked() else "gemini",
            api_key=self.api_key.text().strip(),
            vertex_project=self.vertex_project.text().strip(),
            vertex_location=self.vertex_location.text().strip(),
            endpoint=self.endpoint.text().strip(),
            ca_file=self.ca_file.text().strip(),
            api_version=str(chosen(self.api_version) or ""),
            ephemeral_token_url=self.ephemeral_token_url.text().strip(),
            model=model,
            extra_models=extras,
            voice=self.voice.currentData(),
            language=self.language.currentData(),
            ui_language=self.ui_language.currentData(),
            translation_target=self.translation_target.currentData(),
            system_instruction=self.system_instruction.toPlainText(),
            output_transcription=self.output_transcription.isChecked(),
            media_resolution=self.media_resolution.currentData(),
            temperature=self.temperature.value() if self.temperature_set.isChecked() else None,
            thinking=self.thinking.currentData(),
            thinking_budget=self.thinking_budget.value(),
            thinking_level=self.thinking_level.currentText() or self._base.thinking_level,
            include_thoughts=self.include_thoughts.isChecked(),
            affective_dialog=self.affective_dialog.isChecked(),
            proactive_audio=self.proactive_audio.isChecked(),
            google_search=self.google_search.isChecked(),
            tools=[
                self.tools.item(i).data(_TOOL_NAME)
                for i in range(self.tools.count())
                if self.tools.item(i).checkState() == Qt.CheckState.Checked
            ]
            if self._tools
            else self._base.tools,
            allow_local_pages=self.allow_local_pages.isChecked(),
            push_to_talk=self.push_to_talk.isChecked(),
            start_sensitivity=self.start_sensitivity.currentData(),
            end_sensitivity=self.end_sensitivity.currentData(),
            silence_duration_ms=self.silence_duration_ms.value(),
            prefix_padding_ms=self.prefix_padding_ms.value(),
            turn_coverage=self.turn_coverage.currentData(),
            input_device=str(chosen(self.input_device) or ""),
            output_device=str(chosen(self.output_device) or ""),
            headphones=self.headphones.isChecked(),
            noise_suppression=self.noise_suppression.isChecked(),
            quiet_gate=self.quiet_gate.isChecked(),
            video_source=self.video_source.currentData(),
            camera=str(chosen(self.camera) or "0"),
            monitor=int(self.monitor.currentData() or 1),
            video_still_interval_s=self.video_still_interval_s.value(),
        )

    def accept(self) -> None:
        self._apply()
        super().accept()

    def _apply(self) -> None:
        self._base = self.settings()
        self.applied.emit(self._base)

    # ------------------------------------------------------------------ the model list
    def _fill_models(self, extras: list[str], current: str) -> None:
        self.model.blockSignals(True)
        self.model.clear()
        for model_id in known_models():
            caps = capabilities_for(model_id)
            self.model.addItem(f"{caps.label} ({model_id})", model_id)
        for model_id in extras:
            if self.model.findData(model_id) < 0:
                self.model.addItem(model_id, model_id)
        self.model.blockSignals(False)
        select(self.model, current)

    def _add_model(self) -> None:
        model_id = str(chosen(self.model)).strip()
        if model_id and self.model.findData(model_id) < 0:
            self.model.addItem(model_id, model_id)
            select(self.model, model_id)

    def _remove_model(self) -> None:
        index = self.model.currentIndex()
        if index >= 0 and self.model.itemData(index) not in set(known_models()):
            self.model.removeItem(index)

    def _ask_for_models(self) -> None:
        self.model_list_note.setText(self.tr("Asking the server for its Live models…"))
        self.model_list_note.show()
        self.models_requested.emit(self.settings())

    def _ask_for_preview(self) -> None:
        self.preview_requested.emit(self.settings())

    def show_preview_status(self, status: PreviewStatus) -> None:
        """How the voice sample asked for goes, in words; Play waits while it is asked for
        or playing."""
        self.play_voice.setEnabled(
            status.state not in (PreviewState.ASKING, PreviewState.PLAYING)
            and self.voice.isEnabled()
        )
        self.preview_note.setText(self._preview_words(status))
        self.preview_note.show()

    def _preview_words(self, status: PreviewStatus) -> str:
        voice = status.voice
        stand_in = self.tr(
            "Offline: this is the built-in emulator's stand-in voice, not {voice}."
        ).format(voice=voice)
        match status.state:
            case PreviewState.ASKING:
                words = self.tr("Asking the model for a sample of {voice}…").format(voice=voice)
            case PreviewState.PLAYING if status.cached:
                words = self.tr("Playing {voice} (kept from before: no request).").format(
                    voice=voice
                )
            case PreviewState.PLAYING:
                words = self.tr("Playing {voice}.").format(voice=voice)
            case PreviewState.DONE:
                words = self.tr("That was {voice}.").format(voice=voice)
            case PreviewState.MODEL_SPEAKING:
                return self.tr(
                    "Gemini is speaking in the conversation: play the sample when it has "
                    "finished."
                )
            case PreviewState.BUSY:
                return self.tr("A sample is already being asked for or played.")
            case _:
                return self.tr("No sample of {voice}: {error}").format(
                    voice=voice, error=status.detail
                )
        return f"{words} {stand_in}" if status.stand_in else words

    def show_listed_models(self, model_ids: list[str], error: str = "") -> None:
        """The server's answer: its Live models join the picker (and are kept with the
        settings), or why it could not be asked — the list stays as it was. Models the table
        marks as transcription only are left out: they cannot hold a conversation."""
        if error:
            self.model_list_note.setText(
                self.tr("Could not list the server's models: {error}").format(error=error)
            )
        else:
            model_ids = [m for m in model_ids if offered(m)]
            new = [m for m in model_ids if self.model.findData(m) < 0]
            for model_id in new:
                self.model.addItem(model_id, model_id)
            self.model_list_note.setText(
                self.tr("The server lists {count} Live models; {new} were new here.").format(
                    count=len(model_ids), new=len(new)
                )
            )
        self.model_list_note.show()

    # ------------------------------------------------------------------ capability gating
    def capabilities(self) -> ModelCapabilities:
        return capabilities_for(str(chosen(self.model) or self._base.model))

    def _model_changed(self, _text: str = "") -> None:
        caps = self.capabilities()
        self.remove_model.setEnabled(caps.model not in set(known_models()))
        self.capability_note.setText(_summary(caps))
        why = _not_supported(caps)
        speech = not caps.is_translation
        _gate(self.voice, speech, why)
        _gate(self.play_voice, speech, why)
        _gate(self.language, speech, why)
        _gate(self.translation_target, caps.is_translation, self.tr("Only for translation models."))
        _gate(self.system_instruction, caps.system_instruction, why)
        _gate(self.media_resolution, caps.media_resolution and caps.video_input, why)
        _gate(self.turn_coverage, bool(caps.turn_coverage), why)
        all_video = _ALL_VIDEO in caps.turn_coverage
        set_item_enabled(self.turn_coverage, self.turn_coverage.findData("activity_and_all_video"),
                         all_video)
        _gate(self.affective_dialog, caps.affective_dialog, why)
        always = caps.proactive_audio == "always"
        _gate(
            self.proactive_audio,
            caps.proactive_audio == "optional",
            self.tr("Always on for this model.") if always else why,
        )
        _gate(self.google_search, caps.google_search, why)
        _gate(self.tools, caps.tools, why)
        _gate(self.include_thoughts, caps.include_thoughts, why)
        for box in (
            self.push_to_talk,
            self.start_sensitivity,
            self.end_sensitivity,
            self.silence_duration_ms,
            self.prefix_padding_ms,
        ):
            _gate(box, speech, why)
        if speech:
            self._vad_enabled(self.push_to_talk.isChecked())
        classic = set(load_json("voices.json")["classic"])
        for i in range(self.voice.count()):
            set_item_enabled(self.voice, i, caps.all_voices or self.voice.itemData(i) in classic)
        self._fill_thinking(caps)

    def _fill_thinking(self, caps: ModelCapabilities) -> None:
        has = caps.thinking != "none"
        _gate(
            self.thinking, has, self.tr("{model} has no thinking control.").format(model=caps.label)
        )
        off_ok = caps.thinking == "budget" or "MINIMAL" in caps.thinking_levels
        for i, enabled in enumerate(
            (True, off_ok, caps.thinking == "budget", caps.thinking == "level")
        ):
            set_item_enabled(self.thinking, i, enabled)
        previous = self.thinking_level.currentText() or self._base.thinking_level
        self.thinking_level.clear()
        self.thinking_level.addItems(list(caps.thinking_levels))
        index = self.thinking_level.findText(previous)
        if index >= 0:
            self.thinking_level.setCurrentIndex(index)
        self._thinking_changed()

    def _thinking_changed(self, _index: int = 0) -> None:
        caps = self.capabilities()
        mode = self.thinking.currentData()
        self.thinking_budget.setVisible(caps.thinking == "budget")
        self.thinking_budget.setEnabled(caps.thinking == "budget" and mode == "budget")
        self.thinking_level.setVisible(caps.thinking == "level")
        self.thinking_level.setEnabled(caps.thinking == "level" and mode == "level")

    def _vad_enabled(self, push_to_talk: bool) -> None:
        why = self.tr("Push to talk turns the server's voice detection off.")
        for box in (
            self.start_sensitivity,
            self.end_sensitivity,
            self.silence_duration_ms,
            self.prefix_padding_ms,
        ):
            _gate(box, not push_to_talk, why)

    def _backend_changed(self, _checked: bool = True) -> None:
        vertex = self.backend_vertex.isChecked()
        self.vertex_project.setEnabled(vertex)
        self.vertex_location.setEnabled(vertex)

    # ------------------------------------------------------------------ files
    def _browse(self, target: QLineEdit, pattern: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), target.text(), pattern
        )
        if path:
            target.setText(path)

    def _browse_camera(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Use a video file as the camera"),
            "",
            self.tr("Video (*.mp4 *.avi *.mkv *.mov)"),
        )
        if path:
            self.camera.setEditText(path)


def _gate(widget: QWidget, supported: bool, why: str) -> None:
    widget.setEnabled(supported)
    widget.setToolTip("" if supported else why)


def _summary(caps: ModelCapabilities) -> str:
    if not caps.known:
        return QCoreApplication.translate(
            "SettingsDialog",
            "A model the app does not know: only the options every Live model accepts are "
            "sent. Add it to resources/models.json to use more.",
        )
    parts = [caps.label]
    if caps.is_translation:
        parts.append(
            QCoreApplication.translate(
                "SettingsDialog", "speech translation: no voice, tools or text input"
            )
        )
    if caps.thinking == "budget":
        parts.append(QCoreApplication.translate("SettingsDialog", "thinking by budget"))
    elif caps.thinking != "none":
        parts.append(QCoreApplication.translate("SettingsDialog", "thinking by level"))
    if caps.affective_dialog:
        parts.append(QCoreApplication.translate("SettingsDialog", "affective dialog"))
    if caps.proactive_audio == "always":
        parts.append(QCoreApplication.translate("SettingsDialog", "proactive audio always on"))
    elif caps.proactive_audio != "none":
        parts.append(QCoreApplication.translate("SettingsDialog", "proactive audio"))
    if caps.google_search:
        parts.append("Google Search")
    return " · ".join(p.strip() for p in parts)
