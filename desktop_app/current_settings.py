"""The settings in force now: one object that the session, the devices, the tools and the
window read, instead of copies kept in step by hand.

Whoever changes the settings (the settings dialog, the video picker, the first-run key,
offline mode) calls `set`; it returns what the change requires (`settings_change.py`) and
tells the subscribers, so a reader never holds an old copy.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.routing import dispatch
from desktop_app.settings import Settings
from desktop_app.settings_change import SettingsChange, settings_change

Subscriber = Callable[[Settings], object]


class CurrentSettings:
    def __init__(self, settings: Settings) -> None:
        self._value = settings
        self._subscribers: list[Subscriber] = []

    @property
    def value(self) -> Settings:
        return self._value

    def get(self) -> Settings:
        """`value`, as a callable for readers that take one (the session)."""
        return self._value

    def subscribe(self, subscriber: Subscriber) -> None:
        """`subscriber(settings)` after each change that changed something (in the order
        they subscribed; one that raises is logged and the rest still run)."""
        self._subscribers.append(subscriber)

    def set(self, settings: Settings) -> SettingsChange:
        """Put `settings` in force; returns what that requires of a running conversation.

        The API key is compared too (`Settings` leaves it out of `==`): a new key is a change.
        """
        change = settings_change(self._value, settings)
        self._value = settings
        if change.changed:
            dispatch(settings, self._subscribers)
        return change

    def replace(self, **changes: object) -> SettingsChange:
        """`set` with these fields changed."""
        return self.set(self._value.replace(**changes))
