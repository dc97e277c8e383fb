"""The composition root: builds the session, the devices, the history and the window, and
wires them together. Wiring only — every decision lives in the module it belongs to.

Data flows one way each direction (README, "How it is built"): session events go to one
ordered list of subscribers (`routing.py`: the speaker, the tools, the history, and through
`EventBridge`'s Qt signals the window, which gets only what it shows), device events to a
second such list (the log, the window); what the user does leaves the window as Qt signals
connected here to the session and the devices. The settings in force are one
`CurrentSettings` that everything reads; what a change of them requires is
`settings_change.py`'s to say. Everything runs on one asyncio loop that qasync drives from
the Qt main thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from desktop_app.current_settings import CurrentSettings
from desktop_app.listening import LiveWhenListening
from desktop_app.live import events as ev
from desktop_app.live.capabilities import capabilities_for
from desktop_app.live.client import Credentials, list_live_models
from desktop_app.live.errors import classify
from desktop_app.live.session import LiveSession
from desktop_app.live.tokens import TokenCredentials
from desktop_app.media.events import MediaEvent
from desktop_app.media.player import Player
from desktop_app.media.probe import available_devices
from desktop_app.media.rig import MediaRig, MediaSample
from desktop_app.metrics.figures import ConversationFigures, Figures
from desktop_app.metrics.pricing import load_table as load_prices
from desktop_app.offline import BuiltInServer
from desktop_app.previewing import ModelSpeech, PreviewRunner
from desktop_app.routing import SpeakerFeed, Subscribers, WindowFeed
from desktop_app.settings import (
    APP_NAME,
    KeyStoreError,
    Settings,
    key_to_store,
    load_settings,
    needs_key,
    persistable,
    save_settings,
    store_api_key,
    with_stored_key,
)
from desktop_app.store import ConversationRecorder
from desktop_app.store.fallback import open_history
from desktop_app.tools.builtin import grab_screen, standard_tools
from desktop_app.tools.consent import ConsentGate
from desktop_app.tools.runner import ToolRunner
from desktop_app.ui import i18n
from desktop_app.ui.confirm import Confirmation
from desktop_app.ui.first_run import FirstRunDialog
from desktop_app.ui.health import HealthReporter
from desktop_app.ui.history import HistoryDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import DeviceLists

if TYPE_CHECKING:  # the emulator is imported lazily, only in offline mode
    from desktop_app.emulator import EmulatorThread

log = logging.getLogger(__name__)

LIST_TIMEOUT_S = 15.0
# Closing the window, SIGTERM or SIGINT ends the process within 2 s, whatever the network or
# the devices do: each step of the shutdown gets this long, and what has not finished by then
# (a device stuck in its driver, say) is given up on; the process leaves without it.
STOP_S = 1.0  # the conversation, the devices, and the requests still running
FLUSH_S = 0.5  # the history's last writes: one commit, normally milliseconds
OFFLINE_S = 0.3  # the built-in emulator, a thread of this process
_STOPPED = (ev.ConnectionState.PAUSED, ev.ConnectionState.CLOSED, ev.ConnectionState.FAILED)
# Milestones worth a line in the log file (audio and transcript fragments are not).
_LOGGED = (ev.StateChanged, ev.SessionError, ev.TurnComplete, ev.Interrupted, ev.GoAway)


@dataclass
class Launch:
    """How this run was started: where settings and history live, and the command line's
    overrides, which apply to this run only and are never written back."""

    config_dir: Path
    data_dir: Path
    overrides: dict[str, Any] = field(default_factory=dict)
    connect: bool = False
    minimized: bool = False  # the window starts minimized
    offline: bool = False
    diagnostics: Path | None = None  # append health figures here every second
    cache_dir: Path | None = None  # voice previews; None: the platform's cache directory


class EventBridge(QObject):
    """Session and device events, and recorded messages, as Qt signals for the window.

    Emitting is safe from any thread: a receiver on the GUI thread gets a queued call.
    """

    event = Signal(object)
    message = Signal(str, object)  # conversation id, store.Message
    history_problem = Signal(str)  # why the history is not being saved; "" once it is again
    figures = Signal(object)  # metrics.figures.Figures, when one of them changed


def _takes_pictures(settings: Settings) -> bool:
    """Whether the chosen model is shown video at all (a translation model is not)."""
    return capabilities_for(settings.model).video_input


class _MediaLog:
    """Device events are rare (a device opened or failed, a turn's first sound): each gets a
    line in the log."""

    def handle(self, event: MediaEvent) -> None:
        log.info("%s", event)


def device_lists() -> DeviceLists:
    """What the settings dialog offers, as the media layer finds it."""
    found = available_devices()
    return DeviceLists(inputs=found.inputs, outputs=found.outputs, monitors=found.monitors)


class LiveDesk:
    """One running app. `start()` shows the window; the window's `close_requested` says the
    user closed it; `shutdown()` ends the conversation and releases everything."""

    def __init__(self, launch: Launch) -> None:
        self.launch = launch
        self.overrides = dict(launch.overrides)
        self.saved, settings_notes = load_settings(launch.config_dir)
        self.offline: BuiltInServer | None = None
        if launch.offline:
            self._start_offline()
        # The one settings object everything reads (`settings` is its value).
        self.current = CurrentSettings(with_stored_key(self.saved.replace(**self.overrides)))
        self._tasks: set[asyncio.Task[Any]] = set()

        self.bridge = EventBridge()
        self.history_files = open_history(launch.data_dir, self.bridge.history_problem.emit)
        self.store = self.history_files.store
        self.recorder = ConversationRecorder(
            self.store,
            model=self.settings.model,
            voice=self.settings.voice,
            on_message=self.bridge.message.emit,
        )
        i18n.install(self.settings.ui_language)  # before any widget is made: they read it
        self.window = MainWindow(self.settings, probe=self._sample, devices=device_lists)
        self.confirm = Confirmation(self.window)
        self.consent = ConsentGate(self.confirm)
        self.tools = standard_tools(
            confirm=self.consent,
            copy=lambda text: QGuiApplication.clipboard().setText(text),
            grab=lambda: grab_screen(self.settings.monitor),
            send_frame=lambda data, mime: self.session.send_frame(data, mime),
            allow_local=lambda: self.settings.allow_local_pages,
        )
        # Every session event, to each consumer in this order (filled in by `_wire`).
        self.events: Subscribers[ev.Event] = Subscribers()
        self.session = LiveSession(
            self.current.get,
            self.events.handle,
            # A key, or a token from the organisation's token URL, kept to resume its session.
            credentials=TokenCredentials(self.current.get),
            function_declarations=self.tools.declarations(),
        )
        self.tool_runner = ToolRunner(
            self.tools, self.session, on_result=self.recorder.record_tool_result
        )
        # Every device event (opened, failed, the first sound of a turn...), likewise.
        self.media_events: Subscribers[MediaEvent] = Subscribers()
        self.devices = MediaRig(self.session, self.media_events.handle)
        # Latency and cost (issue 13): one more subscriber, to session and device events.
        self.figures = ConversationFigures(
            load_prices(),
            self.settings.model,
            player=lambda: self.devices.player,
            on_change=self._figures_changed,
        )
        self.window.set_tools(self.tools.listings())
        self.first_run: FirstRunDialog | None = None
        self.history: HistoryDialog | None = None
        self.model_speech = ModelSpeech()  # whether the model is answering (voice previews wait)
        self._wire()
        self._wire_previews()
        self.health = (
            None
            if launch.diagnostics is None
            else HealthReporter(launch.diagnostics, self.bridge.event, self.window)
        )
        if self.history_files.problem:
            self.window.show_problem("history", self.history_files.problem)
        if settings_notes:
            self.window.show_problem("settings", " ".join(settings_notes))

    @property
    def settings(self) -> Settings:
        """The settings in force (read-only: changes go through `current.set`)."""
        return self.current.value

    # ------------------------------------------------------------------ wiring
    def _wire(self) -> None:
        # The window hears of Live once the mic listens (listening.py), not before.
        self.window_feed = LiveWhenListening(WindowFeed(self.bridge.event.emit),
                                             lambda: self.devices.running)
        # The speaker first (an interruption silences it before anything else runs); the
        # history before the window: it is the window's source of truth for the conversation.
        self.events.subscribers = (
            SpeakerFeed(lambda: self.devices.player),
            self.figures,  # early: it stamps when each answer's first chunk came
            self.tool_runner,
            self.consent,
            self.recorder,
            self.window_feed,
            self.model_speech,
            self,
        )
        self.media_events.subscribers = (
            _MediaLog(),
            self.figures,
            WindowFeed(self.bridge.event.emit),
        )
        self.current.subscribe(self.window.apply_settings)
        self.current.subscribe(self._record_as)
        w = self.window
        self.bridge.event.connect(w.handle)
        self.bridge.message.connect(w.show_message)
        self.bridge.figures.connect(w.show_figures)
        self.bridge.history_problem.connect(
            lambda text: w.show_problem("history", text) if text else w.clear_problem("history")
        )
        w.connect_requested.connect(self.connect)
        w.pause_requested.connect(lambda: self._spawn(self.session.pause()))
        w.end_requested.connect(lambda: self._spawn(self.session.stop()))
        w.text_submitted.connect(self._send_text)
        w.mute_changed.connect(self.devices.mute)
        w.talk_held.connect(self._talk)
        w.video_source_chosen.connect(self._choose_video)
        w.settings_applied.connect(self._apply_settings)
        w.history_requested.connect(self._open_history)
        w.models_requested.connect(lambda s: self._spawn(self._list_models(s)))

    def _wire_previews(self) -> None:
        """Voice previews (previewing.py): the settings dialog asks, the runner answers, and
        knows from the session whether the model is speaking."""
        speech = self.model_speech

        def busy() -> bool:  # the devices restart, so the player is looked up when asked
            return speech.speaking or _still_playing(self.devices.player)

        def stand_in(settings: Settings) -> bool:
            return self.offline is not None and settings.endpoint == self.offline.emulator.base_url

        self.previews = PreviewRunner(
            self.launch.cache_dir or default_cache_dir(),
            report=self.window.show_preview_status,
            busy=busy,
            stand_in=stand_in,
            hold_mic=self.devices.hold_mic,
        )
        self.window.preview_requested.connect(self.previews.request)

    def handle(self, event: ev.Event) -> None:
        """The last of the session's subscribers: milestones go to the log, and the devices
        stop with the conversation."""
        if isinstance(event, _LOGGED):
            log.info("%s", event)
        if isinstance(event, ev.StateChanged) and event.state in _STOPPED:
            self._spawn(self.devices.stop())

    def _figures_changed(self, figures: Figures) -> None:
        """New answer times, tokens or cost: kept with the conversation, shown in the window."""
        self.recorder.record_figures(figures.to_dict())
        self.bridge.figures.emit(figures)

    def _sample(self, preview_box: tuple[int, int]) -> MediaSample:
        return self.devices.sample(preview_box)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        self._title()
        self.devices.warm()  # the audio engine's process, idle until Connect opens the devices
        if self.launch.minimized:
            self.window.showMinimized()
        else:
            self.window.show()
        if needs_key(self.settings):
            self._ask_for_key()
        elif self.launch.connect:
            self.connect()

    def connect(self) -> None:
        if needs_key(self.settings):
            self._ask_for_key()
            return
        self._spawn(self._start_devices())
        self.session.start()

    async def shutdown(self) -> None:
        """End the conversation and release everything, each step within its time (STOP_S,
        FLUSH_S, OFFLINE_S): what is still stuck after it is left behind, logged."""
        await _within(STOP_S, self._stop_conversation(), "the conversation and the devices")
        if self.recorder.close(FLUSH_S):
            self.store.close()
        else:  # the writer thread is stuck on the disk: closing would wait for it
            log.warning("the history's last writes were not committed within %.1f s", FLUSH_S)
        if self.offline is not None:
            await _within(OFFLINE_S, asyncio.to_thread(self.offline.stop), "the built-in emulator")
        self.history_files.cleanup()
        # Last, with nothing awaited after it: where Qt quits with its last window (a
        # QApplication not made by `run`), that stops the loop.
        self.window.close()

    async def _stop_conversation(self) -> None:
        await self.previews.stop()
        await self.session.stop()
        await self.devices.close()
        while self._tasks:  # pause/stop/apply requests still running, and what they started
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # ------------------------------------------------------------------ user intents
    def _send_text(self, text: str) -> None:
        if not self.session.running:
            self.connect()
        self.devices.typed_turn()
        self.session.send_text(text)
        self.figures.user_turn_ended("typed")
        self.recorder.record_user_text(text)

    async def _list_models(self, settings: Settings) -> None:
        try:
            credentials = Credentials(api_key=settings.api_key)
            models = await asyncio.wait_for(list_live_models(settings, credentials), LIST_TIMEOUT_S)
        except Exception as exc:  # unreachable, refused, not supported: all mean "no list"
            log.info("model list unavailable: %r", exc)
            self.window.show_listed_models([], classify(exc).message)
            return
        self.window.show_listed_models(models)

    def _open_history(self) -> None:
        dialog = HistoryDialog(self.store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "history", None))
        self.history = dialog
        dialog.show()

    def _choose_video(self, source: str, monitor: int) -> None:
        self.current.replace(video_source=source, monitor=monitor)
        self._spawn(self._show(self.settings))

    def _talk(self, down: bool) -> None:
        if not self.settings.push_to_talk:
            return
        self.devices.push_to_talk(down)
        if down:
            self.session.activity_start()
        else:
            self.session.activity_end()
            self.figures.user_turn_ended("push_to_talk")

    def _apply_settings(self, chosen: Settings) -> None:
        key = key_to_store(self.settings, chosen)
        if key is not None:
            self._store_key(key)
        self._save(chosen)
        change = self.current.set(chosen)
        if change.reconnect:
            self._spawn(self.session.reconnect())
        if change.restart_devices and self.devices.running:
            self._spawn(self._restart_devices())
        elif change.switch_video:
            self._spawn(self._show(chosen))

    def _save(self, chosen: Settings) -> None:
        self.saved = persistable(chosen, self.saved, self.overrides)
        try:
            save_settings(self.saved, self.launch.config_dir)
        except OSError as exc:  # they still apply now: the window and the session agree
            log.warning("settings not saved: %s", exc)
            self.window.show_problem(
                "settings", f"The settings could not be saved ({exc}); they apply until you quit."
            )
        else:
            self.window.clear_problem("settings")

    def _record_as(self, settings: Settings) -> None:
        """The next conversation in the history is recorded with this model and voice."""
        self.recorder.model, self.recorder.voice = settings.model, settings.voice
        self.figures.model = settings.model

    async def _restart_devices(self) -> None:
        await self.devices.stop()
        await self._start_devices()

    async def _start_devices(self) -> None:
        try:
            await self.devices.start(self.settings, takes_pictures=_takes_pictures(self.settings))
        finally:
            self.window_feed.devices_started()

    async def _show(self, settings: Settings) -> None:
        """Switch the video to what `settings` choose, as far as the model takes pictures."""
        await self.devices.set_video(settings, takes_pictures=_takes_pictures(settings))

    # ------------------------------------------------------------------ keys and offline mode
    def _ask_for_key(self) -> None:
        dialog = FirstRunDialog(self.window)
        dialog.key_entered.connect(self._key_entered)
        dialog.offline_chosen.connect(self._go_offline)
        self.first_run = dialog
        dialog.open()

    def _key_entered(self, key: str) -> None:
        self._store_key(key)
        self._use(self.settings.replace(api_key=key))
        self.connect()

    def _go_offline(self) -> None:
        self._start_offline()
        self._use(self.settings.replace(**self.overrides))
        self.connect()

    def _store_key(self, key: str) -> None:
        try:
            store_api_key(key)
        except KeyStoreError as exc:
            self.window.show_problem("keyring", f"{exc}. The key works for this run only.")

    def _use(self, settings: Settings) -> None:
        """Settings for the next connection (a key, offline mode), before it is made."""
        self.current.set(settings)
        self._title()

    def _title(self) -> None:
        offline = " — offline mode (built-in emulator)" if self.emulator is not None else ""
        self.window.setWindowTitle(f"LiveDesk{offline}")

    def _start_offline(self) -> None:
        """The built-in emulator on loopback: a working demo and self-test with no key."""
        if self.offline is not None:
            return
        self.offline = BuiltInServer()
        self.offline.start()
        log.info("offline mode: built-in emulator at %s", self.offline.emulator.url)
        self.overrides.update(self.offline.overrides())

    @property
    def emulator(self) -> EmulatorThread | None:
        """The built-in emulator in offline mode (tests script it), else None."""
        return self.offline.emulator if self.offline is not None else None


def default_cache_dir() -> Path:
    """Where voice previews are kept: the platform's cache directory (safe to delete)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "voice-previews"


def _still_playing(player: Player | None) -> bool:
    """Whether the conversation's speaker still has the model's words to play."""
    return player is not None and player.stats().queued_ms > 0


def default_data_dir(config_override: str | None) -> Path:
    """History lives beside an explicit `--config-dir` (one self-contained profile), else in
    the platform's data directory."""
    if config_override:
        return Path(config_override) / "history"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


async def _within(seconds: float, step: Awaitable[object], what: str) -> None:
    """Run `step` for at most `seconds`. Past that it is cancelled but not waited for: it may
    be stuck where cancelling cannot reach (a thread in a driver, a swallowed cancellation)."""
    task = asyncio.ensure_future(step)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        task.cancel()
        log.warning("%s did not finish within %.1f s; not waiting for it", what, seconds)
    elif not task.cancelled() and task.exception() is not None:
        log.error("%s failed", what, exc_info=task.exception())
