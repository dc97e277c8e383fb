"""Checking a URL the model wants opened, and rebuilding it from its parsed parts.

The model reads the user's screen, camera and search results, so a page it wants opened may
have been chosen by whoever wrote that text. What the user is asked about and what the
browser gets must therefore be one and the same string, and one a person can read: the raw
string is never used. It is parsed, refused if anything in it could make the question read
differently from what the browser does (user info, control or bidirectional characters,
whitespace), refused if it points into the user's own machine or network (loopback, private,
link-local addresses, single-label and `.local` names) unless the settings allow that, and
rebuilt from its parts with the host in ASCII (punycode), so look-alike letters show.

Only the host's spelling is checked: a public name that resolves to a private address is not
caught here (the threat model says so).
"""

from __future__ import annotations

import ipaddress
import socket
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from desktop_app.tools.registry import ToolError

MAX_URL_CHARS = 2048
_SCHEMES = ("http", "https")
# Names that never leave the user's network, whatever DNS says.
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa", ".intranet")
# What may stay literal in a rebuilt path, query or fragment (RFC 3986 plus '%').
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


class UnsafeUrl(ToolError):
    """A URL the app will not show or open; the message tells the model why."""


@dataclass(frozen=True, slots=True)
class CheckedUrl:
    """A URL rebuilt from checked parts: `url` is what is shown and opened, `host` (ASCII)
    is what the user is asked about in large type."""

    url: str
    host: str


def check_url(raw: str, *, allow_local: bool = False) -> CheckedUrl:
    """`raw` parsed, checked and rebuilt; `UnsafeUrl` saying why when it cannot be."""
    if len(raw) > MAX_URL_CHARS:
        raise UnsafeUrl(f"The URL is longer than {MAX_URL_CHARS} characters.")
    for char in raw:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Zs"):
            raise UnsafeUrl(
                f"The URL contains a space or an invisible character (U+{ord(char):04X})."
            )
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise UnsafeUrl(f"The URL cannot be parsed: {exc}.") from exc
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise UnsafeUrl("Only http:// and https:// pages can be opened.")
    if "@" in parts.netloc:
        raise UnsafeUrl("A URL with a user name or password in it is not opened.")
    host = _ascii_host(parts.hostname or "")
    if not allow_local and _is_local(host):
        raise UnsafeUrl(
            f"{host} is on this computer or its local network; pages there are not opened "
            "(Settings → Tools allows them)."
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    url = f"{scheme}://{netloc}{quote(parts.path, safe=_PATH_SAFE) or '/'}"
    if parts.query:
        url += "?" + quote(parts.query, safe=_QUERY_SAFE)
    if parts.fragment:
        url += "#" + quote(parts.fragment, safe=_QUERY_SAFE)
    return CheckedUrl(url, host)


def _ascii_host(host: str) -> str:
    """The host as the browser will look it up: lower case, IDNA (punycode) for non-ASCII."""
    if not host:
        raise UnsafeUrl("The URL has no host.")
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise UnsafeUrl("The URL's host name is not a valid domain name.") from exc
    if ":" not in ascii_host and not all(c.isalnum() or c in "-." for c in ascii_host):
        raise UnsafeUrl("The URL's host name is not a valid domain name.")
    return ascii_host


def _is_local(host: str) -> bool:
    """True for a host on this computer or its network: loopback, private, link-local,
    unspecified, multicast or reserved addresses (in any of the spellings a browser reads as
    an address: `127.1`, `0x7f.1`, `2130706433`), `localhost` and names without a dot."""
    name = host.rstrip(".")
    address = _address(name)
    if address is not None:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return not address.is_global or address.is_multicast
    return "." not in name or name == "localhost" or name.endswith(_LOCAL_SUFFIXES)


def _address(name: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        pass
    if name and all(c in "0123456789abcdefx." for c in name):
        try:  # the legacy forms inet_aton (and browsers) accept: 127.1, 0x7f000001, 2130706433
            return ipaddress.IPv4Address(socket.inet_aton(name))
        except OSError:
            return None
    return None
