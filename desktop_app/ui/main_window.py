"""The main window: what the model sees, what was said, and the controls of a conversation.

The window observes and asks; it never acts. Session and device events come in through
`handle`, recorded messages through `show_message`, levels and preview frames are polled
from a `MediaProbe`; everything the user does leaves as a Qt signal (`connect_requested`,
`text_submitted`, `mute_changed`...) that the app wires to the session and the devices.
That keeps the SDK out of the UI and lets tests drive the real widgets against the real
session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.languages import language_name
from desktop_app.live import events as ev
from desktop_app.live.capabilities import capabilities_for
from desktop_app.media.events import (
    DeviceError,
    DeviceKind,
    DeviceOpened,
    DeviceProblem,
    MediaEvent,
)
from desktop_app.media.sample import NO_PREVIEW, MediaSample
from desktop_app.metrics.figures import Figures
from desktop_app.preview_status import PreviewStatus
from desktop_app.settings import Settings
from desktop_app.store import Message
from desktop_app.tools.listing import ToolListing
from desktop_app.ui.access import describe
from desktop_app.ui.conversation import ConversationView
from desktop_app.ui.diagnostics import DiagnosticsPanel, compact
from desktop_app.ui.forms import choice_combo, select
from desktop_app.ui.meters import LevelMeter
from desktop_app.ui.push_to_talk import HOLD_KEY_NAME, HoldToTalk
from desktop_app.ui.settings_dialog import DeviceLists, SettingsDialog
from desktop_app.ui.status import StatusLine, describe_error
from desktop_app.ui.translation import TranslationView
from desktop_app.ui.video import VideoPreview

POLL_MS = 33
# While only the preview moves (the meters are still), 20 polls a second: previews come at
# ~15 fps (media/camera.py), so each is shown within 50 ms, and a third of the 30 Hz polls,
# which mostly found nothing new, are saved.
VIDEO_POLL_MS = 50
# Once the meters and the preview have not moved for IDLE_AFTER_POLLS polls, the window polls
# this often instead (the meters still rise within 0.1 s), and not at all while no
# conversation runs and the meters are empty.
IDLE_POLL_MS = 100
IDLE_AFTER_POLLS = 30
_RUNNING = (
    ev.ConnectionState.CONNECTING,
    ev.ConnectionState.LIVE,
    ev.ConnectionState.RECONNECTING,
)
# The texts below are marked for translation here and translated where they are shown
# (`_tr`), so the constants keep the English source that tests and lupdate read.
_VIDEO_OFF = QT_TRANSLATE_NOOP(
    "MainWindow", "Video off. Choose Camera or Screen to let Gemini see."
)
_VIDEO_WAITING = {  # (source, conversation running) → what the empty preview says
    ("none", False): _VIDEO_OFF,
    ("none", True): _VIDEO_OFF,
    ("camera", False): QT_TRANSLATE_NOOP("MainWindow", "The camera starts when you connect."),
    ("camera", True): QT_TRANSLATE_NOOP("MainWindow", "Starting the camera…"),
    ("screen", False): QT_TRANSLATE_NOOP("MainWindow", "Screen sharing starts when you connect."),
    ("screen", True): QT_TRANSLATE_NOOP("MainWindow", "Starting screen sharing…"),
}
VIDEO_TIP = QT_TRANSLATE_NOOP("MainWindow", "What the model sees (one picture a second)")
HEARS_ONLY = QT_TRANSLATE_NOOP(
    "MainWindow", "This model hears only: no camera or screen is shared with it."
)
SHORTCUTS = [
    ("F5", QT_TRANSLATE_NOOP("MainWindow", "Connect, or resume a paused conversation")),
    ("F6", QT_TRANSLATE_NOOP("MainWindow", "Pause (keeps the conversation)")),
    ("Shift+F5", QT_TRANSLATE_NOOP("MainWindow", "End the conversation")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("MainWindow", "Mute or unmute the microphone")),
    (
        HOLD_KEY_NAME,
        QT_TRANSLATE_NOOP("MainWindow", "Hold to talk, in push-to-talk mode (not while typing)"),
    ),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Type a message")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("MainWindow", "History")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("MainWindow", "Diagnostics: answer times, tokens and cost")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
]


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the interface's language."""
    return QCoreApplication.translate("MainWindow", text)


# Asked with the video pane's size in device pixels, so the preview comes already fitted to it.
MediaProbe = Callable[[tuple[int, int]], MediaSample]


class MainWindow(QMainWindow):
    connect_requested = Signal()
    pause_requested = Signal()
    end_requested = Signal()
    text_submitted = Signal(str)
    mute_changed = Signal(bool)
    talk_held = Signal(bool)
    video_source_chosen = Signal(str, int)  # "camera" / "screen" / "none", monitor number
    settings_applied = Signal(object)  # a new Settings
    models_requested = Signal(object)  # Settings to ask the service's model list with
    preview_requested = Signal(object)  # Settings whose voice to play a sample of
    history_requested = Signal()
    close_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        probe: MediaProbe | None = None,
        devices: Callable[[], DeviceLists] | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("LiveDesk")
        self.setObjectName("main-window")
        describe(self, "LiveDesk", self.tr("A live voice and video conversation with Gemini"))
        self.settings = settings
        self.state = ev.ConnectionState.IDLE
        self._probe = probe or (lambda _box: MediaSample())
        self._devices = devices or DeviceLists
        self._tools: list[ToolListing] = []
        self._frame_time = 0.0
        self._unchanged_polls = 0
        self._watching_exposure = False  # the window handle's expose events (showEvent)
        self._problems: dict[str, str] = {}
        self._hears_only = False  # a model without video input (a translation model)
        self.settings_dialog: SettingsDialog | None = None
        self.diagnostics: DiagnosticsPanel | None = None  # View → Diagnostics, made when opened
        self._figures = Figures()

        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_center())
        self.status = StatusLine(self)
        self.statusBar().addWidget(self.status, 1)
        self.hold = HoldToTalk(self)
        self.hold.held.connect(self._on_hold)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_media)
        self._poll_soon()
        self.apply_settings(settings)
        self._update_controls()
        self.resize(1100, 680)

    # ------------------------------------------------------------------ building
    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        icon = self.style().standardIcon
        pixmap = QStyle.StandardPixmap
        self.act_connect = self._action(self.tr("&Connect"), "F5", self.connect_requested.emit)
        self.act_connect.setIcon(icon(pixmap.SP_MediaPlay))
        self.act_pause = self._action(self.tr("&Pause"), "F6", self.pause_requested.emit)
        self.act_pause.setIcon(icon(pixmap.SP_MediaPause))
        self.act_end = self._action(self.tr("&End"), "Shift+F5", self.end_requested.emit)
        self.act_end.setIcon(icon(pixmap.SP_MediaStop))
        self.act_mute = QAction(icon(pixmap.SP_MediaVolumeMuted), self.tr("&Mute microphone"), self)
        self.act_mute.setCheckable(True)
        self.act_mute.setShortcut(QKeySequence("Ctrl+M"))
        self.act_mute.toggled.connect(self._on_mute)
        self.addAction(self.act_mute)
        self.act_type = self._action(self.tr("&Type a message"), "Ctrl+L", self._focus_text)
        self.act_settings = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.act_history = self._action(self.tr("&History…"), "Ctrl+H", self.history_requested.emit)
        self.act_quit = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.act_shortcuts = self._action(
            self.tr("&Keyboard shortcuts"), "F1", self._show_shortcuts
        )
        self.act_diagnostics = self._action(
            self.tr("&Diagnostics…"), "Ctrl+D", self.open_diagnostics
        )
        self.act_about = QAction(self.tr("&About LiveDesk"), self)
        self.act_about.triggered.connect(self._show_about)

    def _build_menus(self) -> None:
        conversation = self.menuBar().addMenu(self.tr("&Conversation"))
        for action in (self.act_connect, self.act_pause, self.act_end):
            conversation.addAction(action)
        conversation.addSeparator()
        conversation.addAction(self.act_mute)
        conversation.addAction(self.act_type)
        conversation.addSeparator()
        conversation.addAction(self.act_history)
        conversation.addAction(self.act_settings)
        conversation.addSeparator()
        conversation.addAction(self.act_quit)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.act_diagnostics)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)

    def _build_center(self) -> QWidget:
        center = QWidget(self)
        outer = QVBoxLayout(center)
        outer.setContentsMargins(8, 8, 8, 4)
        outer.addWidget(self._build_banner())

        splitter = QSplitter(Qt.Orientation.Horizontal, center)
        splitter.addWidget(self._build_video_side())
        splitter.addWidget(self._build_conversation_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        outer.addWidget(splitter, 1)
        outer.addLayout(self._build_controls())
        return center

    def _build_banner(self) -> QFrame:
        self.banner = QFrame(self)
        self.banner.setObjectName("error-banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("error-text")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        describe(self.banner_text, self.tr("Problem"), self.tr("What went wrong and what to do"))
        settings = QPushButton(self.tr("&Open settings"), self.banner)
        settings.setObjectName("banner-settings")
        describe(settings, self.tr("Open settings"), self.tr("Change the settings to fix this"))
        settings.clicked.connect(self.open_settings)
        dismiss = QToolButton(self.banner)
        dismiss.setObjectName("banner-dismiss")
        dismiss.setText("✕")
        dismiss.setToolTip(self.tr("Dismiss"))
        describe(dismiss, self.tr("Dismiss"), self.tr("Hide these problems"))
        dismiss.clicked.connect(self._dismiss_problems)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(settings)
        row.addWidget(dismiss)
        self.banner.hide()
        return self.banner

    def _build_video_side(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.video = VideoPreview(side)
        column.addWidget(self.video, 1)
        row = QHBoxLayout()
        sees = QLabel(self.tr("Gemini &sees:"), side)
        row.addWidget(sees)
        self.video_source = choice_combo(
            [
                (self.tr("Camera"), "camera"),
                (self.tr("Screen"), "screen"),
                (self.tr("Nothing"), "none"),
            ],
            side,
        )
        self.video_source.setObjectName("video-source")
        self.video_source.setToolTip(_tr(VIDEO_TIP))
        describe(self.video_source, self.tr("Gemini sees"), _tr(VIDEO_TIP))
        sees.setBuddy(self.video_source)
        self.video_source.activated.connect(self._on_video_choice)
        row.addWidget(self.video_source)
        self.monitor = QComboBox(side)
        self.monitor.setObjectName("monitor")
        self.monitor.setToolTip(self.tr("Which screen to share"))
        describe(self.monitor, self.tr("Screen to share"), self.tr("Which screen to share"))
        self.monitor.activated.connect(self._on_video_choice)
        row.addWidget(self.monitor)
        row.addStretch(1)
        column.addLayout(row)
        return side

    def _build_conversation_side(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.conversation = ConversationView(
            side,
            placeholder=self.tr(
                "Press Connect (F5) and start talking, or type below.\n"
                "Your words and Gemini's answers appear here as they are spoken."
            ),
            announce=True,
        )
        column.addWidget(self.conversation, 1)
        self.translation = TranslationView(side)  # shown instead, for translation models
        self.translation.hide()
        column.addWidget(self.translation, 1)
        row = QHBoxLayout()
        self.text = QLineEdit(side)
        self.text.setObjectName("message")
        self.text.setPlaceholderText(self.tr("Type a message to Gemini and press Enter"))
        describe(
            self.text,
            self.tr("Message"),
            self.tr("Type a message to Gemini and press Enter (Ctrl+L comes here)"),
        )
        self.text.returnPressed.connect(self._submit_text)
        self.send = QPushButton(self.tr("Sen&d"), side)
        self.send.setObjectName("send")
        describe(self.send, self.tr("Send"), self.tr("Send the typed message to Gemini"))
        self.send.clicked.connect(self._submit_text)
        row.addWidget(self.text, 1)
        row.addWidget(self.send)
        column.addLayout(row)
        return side

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.connect_button = self._button(self.act_connect, "connect")
        self.pause_button = self._button(self.act_pause, "pause")
        self.end_button = self._button(self.act_end, "end")
        self.mute_button = self._button(self.act_mute, "mute")
        self.talk_button = QPushButton(
            self.tr("Hold to talk ({key})").format(key=HOLD_KEY_NAME), self
        )
        self.talk_button.setObjectName("talk")
        describe(
            self.talk_button,
            self.tr("Hold to talk"),
            self.tr("Gemini listens while this button or {key} is held").format(key=HOLD_KEY_NAME),
        )
        self.talk_button.pressed.connect(lambda: self.hold.set_down(True))
        self.talk_button.released.connect(lambda: self.hold.set_down(False))
        for widget in (self.connect_button, self.pause_button, self.end_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.mute_button)
        row.addWidget(self.talk_button)
        row.addSpacing(12)
        self.mic_meter = LevelMeter(self.tr("Microphone"), self)
        self.model_meter = LevelMeter(self.tr("Gemini"), self)
        row.addWidget(self.mic_meter, 1)
        row.addWidget(self.model_meter, 1)
        return row

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, everywhere
        self._describe_action(button, action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setMinimumWidth(80)
        return button

    def _describe_action(self, button: QToolButton, action: QAction) -> None:
        """The button's accessible name follows its action's text (Connect/Resume, Mute/
        Unmute); the description says what it does and its shortcut."""
        name = action.text().replace("&", "")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        describe(
            button,
            name,
            self.tr("{action} ({shortcut})").format(action=name, shortcut=shortcut)
            if shortcut
            else name,
        )

    # ------------------------------------------------------------------ inputs
    def handle(self, event: ev.Event | MediaEvent) -> None:
        """A session event or a device event (delivered on the GUI thread)."""
        if isinstance(event, DeviceOpened | DeviceError):
            self._device_event(event)
            return
        self.status.handle(event)
        if isinstance(event, ev.SessionError) and event.fatal:
            self.show_problem("connection", describe_error(event))
        elif isinstance(event, ev.StateChanged):
            self._state_changed(event)

    def _state_changed(self, event: ev.StateChanged) -> None:
        self.state = event.state
        if event.state in (ev.ConnectionState.CONNECTING, ev.ConnectionState.LIVE):
            self.clear_problem("connection")
        self.conversation.set_live(event.state is ev.ConnectionState.LIVE)
        if event.state not in _RUNNING:
            self.hold.set_down(False)
            self._show_video_placeholder()  # the devices stop with the conversation
        self._poll_soon()
        self._update_controls()

    def set_tools(self, tools: list[ToolListing]) -> None:
        """The local functions the app offers, for the settings."""
        self._tools = list(tools)

    def show_message(self, conversation_id: str, message: Message) -> None:
        self.conversation.show_message(conversation_id, message)
        self.translation.show_message(conversation_id, message)

    def show_problem(self, source: str, text: str) -> None:
        """A problem the user must act on, shown until it is solved or dismissed. One line
        per source (connection, microphone, history...), so one never hides another."""
        self._problems[source] = text
        self._show_problems()

    def clear_problem(self, source: str) -> None:
        if self._problems.pop(source, None) is not None:
            self._show_problems()

    def _dismiss_problems(self) -> None:
        self._problems.clear()
        self._show_problems()

    def _show_problems(self) -> None:
        self.banner_text.setText("\n".join(self._problems.values()))
        self.banner.setVisible(bool(self._problems))

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        caps = capabilities_for(settings.model)
        can_type = caps.text_input != "none"
        self.text.setEnabled(can_type)
        self.send.setEnabled(can_type)
        self.text.setToolTip(
            "" if can_type else self.tr("{model} takes spoken input only.").format(model=caps.label)
        )
        self.conversation.setVisible(not caps.is_translation)
        self.translation.setVisible(caps.is_translation)
        self.translation.set_target(language_name(settings.translation_target))
        self.status.set_model(caps)
        self._hears_only = not caps.video_input
        for picker in (self.video_source, self.monitor):
            picker.setEnabled(caps.video_input)
        self.video_source.setToolTip(
            _tr(VIDEO_TIP)
            if caps.video_input
            else self.tr("{model} hears only: it takes no pictures.").format(model=caps.label)
        )
        self.video_source.setAccessibleDescription(self.video_source.toolTip())
        self.hold.enabled = settings.push_to_talk
        self.talk_button.setVisible(settings.push_to_talk)
        self.status.set_push_to_talk(settings.push_to_talk, self.hold.down)
        self._fill_monitors(settings.monitor)
        select(self.video_source, settings.video_source)
        self._video_visibility()
        if self.video.image is None or self._hears_only:
            self._show_video_placeholder()

    # ------------------------------------------------------------------ user actions
    def open_settings(self) -> SettingsDialog:
        """Non-modal-blocking: `open()` returns at once, so the conversation keeps running."""
        dialog = SettingsDialog(self.settings, self._devices(), self._tools, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._on_settings_applied)
        dialog.models_requested.connect(self.models_requested)
        dialog.preview_requested.connect(self.preview_requested)
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def show_listed_models(self, model_ids: list[str], error: str = "") -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.show_listed_models(model_ids, error)

    def show_preview_status(self, status: PreviewStatus) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.show_preview_status(status)

    def _on_settings_applied(self, settings: Settings) -> None:
        self.apply_settings(settings)
        self.settings_applied.emit(settings)

    def _submit_text(self) -> None:
        text = self.text.text().strip()
        if not text or not self.text.isEnabled():
            return
        self.text.clear()
        self.text_submitted.emit(text)

    def _focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_mute(self, muted: bool) -> None:
        self.act_mute.setText(
            self.tr("Un&mute microphone") if muted else self.tr("&Mute microphone")
        )
        self._describe_action(self.mute_button, self.act_mute)
        self.mic_meter.label = (
            self.tr("Microphone (muted: not sent)") if muted else self.tr("Microphone")
        )
        self.mic_meter.setAccessibleName(self.mic_meter.label)
        self.mic_meter.update()
        self.status.set_muted(muted)
        self.mute_changed.emit(muted)

    def _on_hold(self, down: bool) -> None:
        self.talk_button.setDown(down)
        self.status.set_push_to_talk(self.settings.push_to_talk, down)
        self.talk_held.emit(down)

    def _on_video_choice(self, _index: int = 0) -> None:
        source = self.video_source.currentData()
        self._video_visibility()
        self._show_video_placeholder()
        self.video_source_chosen.emit(source, int(self.monitor.currentData() or 1))

    def _show_video_placeholder(self) -> None:
        if self._hears_only:
            self.video.show_placeholder(_tr(HEARS_ONLY))
            return
        source = self.video_source.currentData() or "none"
        self.video.show_placeholder(_tr(_VIDEO_WAITING[source, self.state in _RUNNING]))

    def _video_visibility(self) -> None:
        self.monitor.setVisible(self.video_source.currentData() == "screen")

    def _fill_monitors(self, current: int) -> None:
        self.monitor.clear()
        for label, number in self._devices().monitors or [(self.tr("Monitor 1"), 1)]:
            self.monitor.addItem(label, number)
        select(self.monitor, current)

    # ------------------------------------------------------------------ figures (issue 13)
    def show_figures(self, figures: Figures) -> None:
        """The conversation's latency and cost: a compact form in the status bar, all of it
        in the diagnostics panel when it is open."""
        self._figures = figures
        self.status.usage.setText(compact(figures))
        if self.diagnostics is not None:
            self.diagnostics.show_figures(figures)

    def open_diagnostics(self) -> DiagnosticsPanel:
        if self.diagnostics is None:
            self.diagnostics = DiagnosticsPanel(self)
        self.diagnostics.show_figures(self._figures)
        self.diagnostics.show()
        self.diagnostics.raise_()
        return self.diagnostics

    def _show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{key}</b></td><td>{_tr(text)}</td></tr>" for key, text in SHORTCUTS
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LiveDesk"),
            self.tr(
                "LiveDesk {version}<br>Real-time voice and video conversations with Gemini "
                "through the Live API."
            ).format(version=__version__),
        )

    # ------------------------------------------------------------------ state
    def _update_controls(self) -> None:
        state = self.state
        running = state in _RUNNING
        self.act_connect.setEnabled(not running)
        paused = state is ev.ConnectionState.PAUSED
        self.act_connect.setText(self.tr("&Resume") if paused else self.tr("&Connect"))
        self._describe_action(self.connect_button, self.act_connect)
        self.act_pause.setEnabled(running)
        # End is how a failed conversation is left behind (the session then forgets its
        # handle, so Connect starts afresh): it works in every state but the ended ones.
        self.act_end.setEnabled(state not in (ev.ConnectionState.IDLE, ev.ConnectionState.CLOSED))

    def _device_event(self, event: DeviceOpened | DeviceError) -> None:
        video = event.kind in (DeviceKind.CAMERA, DeviceKind.SCREEN)
        name = {
            DeviceKind.MIC: self.tr("Microphone"),
            DeviceKind.SPEAKER: self.tr("Speaker"),
            DeviceKind.CAMERA: self.tr("Camera"),
            DeviceKind.SCREEN: self.tr("Screen"),
        }[event.kind]
        if isinstance(event, DeviceError):
            problem = {
                DeviceProblem.NOT_FOUND: self.tr("{device} not found: {message}"),
                DeviceProblem.UNAVAILABLE: self.tr("{device} unavailable: {message}"),
                DeviceProblem.LOST: self.tr("{device} lost: {message}"),
            }[event.problem]
            text = problem.format(device=name, message=event.message)
            if video:
                self.video.show_placeholder(
                    self.tr("{problem}\nThe conversation goes on without video.").format(
                        problem=text
                    )
                )
            else:
                self.show_problem(event.kind.value, text)
        elif not video:
            self.clear_problem(event.kind.value)
            self.status.show_notice(
                self.tr("{device}: {name}.").format(device=name, name=event.device)
            )

    def _poll_soon(self) -> None:
        """Polls at full rate again (something may start moving: a conversation, a voice)."""
        self._unchanged_polls = 0
        self._poll.setInterval(POLL_MS)
        if not self._poll.isActive():
            self._poll.start()

    def _out_of_sight(self) -> bool:
        """Whether nobody can see the window: minimized, or shown but not exposed, which is
        Qt's word for a window on another virtual desktop, moved off screen, or wholly covered
        where the platform says so (macOS). No previews are made for it, none painted."""
        if self.isMinimized():
            return True
        handle = self.windowHandle()
        return self.isVisible() and handle is not None and not handle.isExposed()

    def _poll_media(self) -> None:
        hidden = self._out_of_sight()
        sample = self._probe(NO_PREVIEW if hidden else self.video.pixel_size())
        metered = self.mic_meter.set_level(sample.mic_level)
        metered = self.model_meter.set_level(sample.model_level) or metered
        running = self.state in _RUNNING
        showing = (
            self.video_source.currentData() != "none" and running and not self._hears_only
            and not hidden
        )
        framed = showing and sample.frame is not None and sample.frame_time != self._frame_time
        if framed:
            self._frame_time = sample.frame_time
            self.video.show_frame(sample.frame)
        if metered or framed:
            interval = POLL_MS if metered else VIDEO_POLL_MS
            if self._poll.interval() != interval:
                self._poll.setInterval(interval)
            self._unchanged_polls = 0
            return
        self._unchanged_polls += 1
        if not running and self.mic_meter.value == 0 and self.model_meter.value == 0:
            self._poll.stop()  # nothing runs and nothing shows: _state_changed starts it again
        elif self._unchanged_polls == IDLE_AFTER_POLLS:
            self._poll.setInterval(IDLE_POLL_MS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            self._poll_soon()  # restored: previews come again, fitted to the pane

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()  # exists from the first show on, and stays
        if handle is not None and not self._watching_exposure:
            handle.installEventFilter(self)
            self._watching_exposure = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window came into sight again (another desktop left, uncovered): previews
        fitted to the pane come at once, not at the idle poll's next tick."""
        if (event.type() == QEvent.Type.Expose and watched is self.windowHandle()
                and self.windowHandle().isExposed()):
            self._poll_soon()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._poll.stop()
        self.close_requested.emit()
        event.accept()
