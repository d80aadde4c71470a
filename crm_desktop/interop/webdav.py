"""A thin WebDAV client for CardDAV (RFC 6352), over ``httpx``.

Why our own: no maintained Python CardDAV client exists (``caldav`` has no address book,
``carddav`` on PyPI is weeks old with one maintainer; see ``notes/sync.md``), and the six
request kinds a sync needs are short: PROPFIND (discovery, listing), REPORT
(``addressbook-multiget`` and ``sync-collection``, RFC 6578), PUT with
``If-None-Match: *`` / ``If-Match``, DELETE with ``If-Match``, and MKCOL. The calendar goes
through the ``caldav`` library (``caldav_client``), which raises the ``SyncError`` defined
here, so both sides give the same messages. (``multiget(..., calendar=True)`` stays for the
tests, which read the server's calendar with a client other than the one under test.)

Rules: only ``https://`` (plain ``http://`` only to this machine); certificates verified;
redirects followed by us, keeping the method and never sending credentials to another host;
every failure is a ``SyncError`` naming what happened in the user's terms.
"""

from __future__ import annotations

import ipaddress
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from crm_desktop.errors import CrmError

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
_NS = {"d": DAV, "card": CARDDAV, "cal": CALDAV, "cs": CS}
TIMEOUT = 30.0  # seconds for any one request (connect, read, write)
MULTIGET = 100  # hrefs per multiget REPORT
_REDIRECTS = 5


class SyncProblem(Enum):
    """What went wrong talking to a server, in the user's terms."""

    BAD_URL = "bad-url"
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    TLS = "tls"
    UNAUTHORIZED = "unauthorized"  # 401: wrong user name or password
    FORBIDDEN = "forbidden"  # 403
    CHANGED = "changed"  # 412: the server's copy changed since we read it
    FULL = "full"  # 507: the server has no room
    NOT_FOUND = "not-found"
    NO_ADDRESS_BOOK = "no-address-book"
    NO_KEYRING = "no-keyring"
    NO_PASSWORD = "no-password"
    SERVER = "server"  # any other refusal or a reply we cannot read


_WHAT = {
    SyncProblem.BAD_URL: "not a usable server address",
    SyncProblem.OFFLINE: "the server cannot be reached (offline, or the address is wrong)",
    SyncProblem.TIMEOUT: "the server did not answer in time",
    SyncProblem.TLS: "the server's certificate could not be verified",
    SyncProblem.UNAUTHORIZED: "the server refused the user name or password (401)",
    SyncProblem.FORBIDDEN: "the server forbids this (403)",
    SyncProblem.CHANGED: "the server's copy changed meanwhile (412)",
    SyncProblem.FULL: "the server has no room left (507)",
    SyncProblem.NOT_FOUND: "the server has no such address (404)",
    SyncProblem.NO_ADDRESS_BOOK: "the server offers no address book to this user",
    SyncProblem.NO_KEYRING: "no keyring is available to keep the password",
    SyncProblem.NO_PASSWORD: "no password is known for this sync account",
    SyncProblem.SERVER: "the server's reply could not be used",
}


class SyncError(CrmError):
    """A sync request failed; nothing local was changed by it."""

    def __init__(self, problem: SyncProblem, where: str = "", detail: str = "") -> None:
        self.problem = problem
        self.where = where
        self.detail = detail
        super().__init__(problem, where, detail)

    def __str__(self) -> str:
        text = _WHAT[self.problem]
        if self.where:
            text = f"{self.where}: {text}"
        return f"{text} ({self.detail})" if self.detail else text


def _local_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """``url`` if it may be used: ``https://``, or ``http://`` to this machine only."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or parts.scheme not in ("https", "http"):
        raise SyncError(SyncProblem.BAD_URL, url, "expected https://host/...")
    if parts.scheme == "http" and not _local_host(host):
        raise SyncError(SyncProblem.BAD_URL, url, "plain http:// only to this machine; use https")
    return url if parts.path else url + "/"


@dataclass(frozen=True, slots=True)
class Collection:
    """An address book or a calendar on the server."""

    url: str
    name: str
    sync_token: str | None  # None: the server offers no sync-collection here
    versions: tuple[str, ...] = ()  # vCard versions an address book accepts ("3.0", "4.0")
    components: tuple[str, ...] = ()  # VEVENT / VTODO a calendar accepts


@dataclass(frozen=True, slots=True)
class Changes:
    """What a ``sync-collection`` report (or a full listing) says: changed members with their
    ETags, members gone, and the token to ask from next time (None: no token)."""

    changed: dict[str, str]
    deleted: tuple[str, ...]
    token: str | None
    full: bool  # a full listing: any member not in ``changed`` is gone from the server


class InvalidTokenError(Exception):
    """The server no longer knows our sync token (RFC 6578 ``valid-sync-token``)."""


def _q(name: str) -> str:
    prefix, local = name.split(":", 1)
    return f"{{{_NS[prefix]}}}{local}"


def _body(root: ET.Element) -> bytes:
    for prefix, uri in _NS.items():
        ET.register_namespace(prefix, uri)
    text: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + text


def _element(name: str, *children: ET.Element, text: str | None = None) -> ET.Element:
    node = ET.Element(_q(name))
    node.extend(children)
    if text is not None:
        node.text = text
    return node


def _prop(*names: str) -> ET.Element:
    return _element("d:prop", *(_element(n) for n in names))


@dataclass(frozen=True, slots=True)
class _Response:
    href: str
    status: int
    props: dict[str, ET.Element]


def _status(text: str | None) -> int:
    parts = (text or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _responses(content: bytes, where: str) -> Iterator[_Response]:
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise SyncError(SyncProblem.SERVER, where, f"not XML: {exc}") from exc
    for response in root.iter(_q("d:response")):
        href = unquote((response.findtext(_q("d:href")) or "").strip())
        status = _status(response.findtext(_q("d:status")))
        props: dict[str, ET.Element] = {}
        for propstat in response.iter(_q("d:propstat")):
            if _status(propstat.findtext(_q("d:status"))) // 100 != 2:
                continue
            for holder in propstat.iter(_q("d:prop")):
                for child in holder:
                    props[child.tag] = child
        yield _Response(href, status or (200 if props else 0), props)


def _text(props: dict[str, ET.Element], name: str) -> str:
    node = props.get(_q(name))
    return (node.text or "").strip() if node is not None else ""


def _href_inside(props: dict[str, ET.Element], name: str) -> str:
    node = props.get(_q(name))
    if node is None:
        return ""
    return unquote((node.findtext(_q("d:href")) or "").strip())


class DavClient:
    """One server, one user: a keep-alive connection and the requests a sync makes."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        timeout: float = TIMEOUT,
        verify: bool | str = True,
    ) -> None:
        self.base = check_url(url)
        self._origin = urlsplit(self.base)[:2]
        self._client = httpx.Client(
            auth=httpx.BasicAuth(username, password),
            timeout=timeout,
            verify=verify,
            follow_redirects=False,
            headers={"User-Agent": "CRM Desktop"},
        )
        self.requests = 0  # made so far (the benchmark counts them)
        self.waited = 0.0  # seconds spent waiting for the server's replies

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def absolute(self, href: str) -> str:
        return urljoin(self.base, href)

    # Requests ---------------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: Iterable[int] = (200, 201, 204, 207),
    ) -> httpx.Response:
        """Send one request (following redirects on the same host, method kept); a reply
        outside ``ok`` raises ``SyncError`` (412 as ``CHANGED``)."""
        target = self.absolute(url)
        for _ in range(_REDIRECTS + 1):
            response = self._send(method, target, body, headers or {})
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                following = urljoin(target, response.headers["location"])
                if urlsplit(following)[:2] != self._origin:
                    raise SyncError(
                        SyncProblem.SERVER, target, f"redirected to another server: {following}"
                    )
                target = following
                continue
            break
        allowed = set(ok)
        if response.status_code not in allowed:
            raise _refusal(response, target)
        return response

    def _send(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> httpx.Response:
        self.requests += 1
        started = time.perf_counter()
        try:
            return self._client.request(method, url, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise SyncError(SyncProblem.TIMEOUT, url) from exc
        except httpx.ConnectError as exc:
            text = str(exc)
            if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
                raise SyncError(SyncProblem.TLS, url, text) from exc
            raise SyncError(SyncProblem.OFFLINE, url) from exc
        except httpx.TransportError as exc:
            raise SyncError(SyncProblem.OFFLINE, url, type(exc).__name__) from exc
        finally:
            self.waited += time.perf_counter() - started

    def propfind(self, url: str, depth: int, *props: str) -> list[_Response]:
        body = _body(_element("d:propfind", _prop(*props)))
        reply = self.request(
            "PROPFIND",
            url,
            body=body,
            headers={"Depth": str(depth), "Content-Type": "application/xml; charset=utf-8"},
            ok=(207,),
        )
        return list(_responses(reply.content, self.absolute(url)))

    # Discovery --------------------------------------------------------------------------

    def _principal(self) -> str:
        starts = [self.base]
        for well_known in ("/.well-known/carddav", "/.well-known/caldav"):
            starts.append(self.absolute(well_known))
        last: SyncError | None = None
        for start in starts:
            try:
                found = self.propfind(start, 0, "d:current-user-principal")
            except SyncError as exc:
                if exc.problem in (SyncProblem.UNAUTHORIZED, SyncProblem.OFFLINE, SyncProblem.TLS,
                                   SyncProblem.TIMEOUT):  # fmt: skip
                    raise
                last = exc
                continue
            for response in found:
                principal = _href_inside(response.props, "d:current-user-principal")
                if principal:
                    return self.absolute(principal)
        raise last or SyncError(SyncProblem.NO_ADDRESS_BOOK, self.base, "no principal")

    def homes(self) -> tuple[str | None, str | None]:
        """The address-book home and the calendar home of the user (None where absent)."""
        principal = self._principal()
        found = self.propfind(principal, 0, "card:addressbook-home-set", "cal:calendar-home-set")
        cards = calendars = None
        for response in found:
            cards = cards or _href_inside(response.props, "card:addressbook-home-set") or None
            calendars = calendars or _href_inside(response.props, "cal:calendar-home-set") or None
        return (
            self.absolute(cards) if cards else None,
            self.absolute(calendars) if calendars else None,
        )

    def collections(self, home: str) -> list[Collection]:
        """The address books and calendars under ``home``."""
        found = self.propfind(
            home,
            1,
            "d:resourcetype",
            "d:displayname",
            "d:sync-token",
            "card:supported-address-data",
            "cal:supported-calendar-component-set",
        )
        result = []
        for response in found:
            kinds = response.props.get(_q("d:resourcetype"))
            if kinds is None:
                continue
            is_book = kinds.find(_q("card:addressbook")) is not None
            is_calendar = kinds.find(_q("cal:calendar")) is not None
            if not (is_book or is_calendar):
                continue
            versions = tuple(
                node.get("version", "3.0")
                for node in response.props.get(_q("card:supported-address-data"), ET.Element("x"))
            )
            components = tuple(
                node.get("name", "")
                for node in response.props.get(
                    _q("cal:supported-calendar-component-set"), ET.Element("x")
                )
            )
            token = _text(response.props, "d:sync-token") or None
            url = self.absolute(response.href)
            name = _text(response.props, "d:displayname") or urlsplit(url).path.rstrip("/")
            result.append(Collection(url, name, token, versions if is_book else (), components))
        return result

    def make_address_book(self, home: str, slug: str, name: str) -> str:
        """Create an address book under ``home`` (extended MKCOL, RFC 5689); its URL."""
        url = urljoin(home if home.endswith("/") else home + "/", slug.strip("/") + "/")
        kinds = _element("d:resourcetype", _element("d:collection"), _element("card:addressbook"))
        setting = _element("d:set", _element("d:prop", kinds, _element("d:displayname", text=name)))
        self.request(
            "MKCOL",
            url,
            body=_body(_element("d:mkcol", setting)),
            headers={"Content-Type": "application/xml; charset=utf-8"},
            ok=(201,),
        )
        return url

    # Listing and reading ----------------------------------------------------------------

    def etags(self, collection: str) -> dict[str, str]:
        """Every member of ``collection`` (an absolute URL) with its ETag."""
        found = self.propfind(collection, 1, "d:getetag", "d:resourcetype")
        own = urlsplit(collection).path.rstrip("/")
        members = {}
        for response in found:
            if urlsplit(self.absolute(response.href)).path.rstrip("/") == own:
                continue
            kinds = response.props.get(_q("d:resourcetype"))
            if kinds is not None and kinds.find(_q("d:collection")) is not None:
                continue
            etag = _text(response.props, "d:getetag")
            if etag:
                members[self.absolute(response.href)] = etag
        return members

    def changes(self, collection: str, token: str | None) -> Changes:
        """What changed since ``token`` (``sync-collection``); a full listing when there is
        no token; ``InvalidTokenError`` when the server forgot it."""
        if token is None:
            return Changes(self.etags(collection), (), None, True)
        changed: dict[str, str] = {}
        deleted: list[str] = []
        while True:
            body = _body(
                _element(
                    "d:sync-collection",
                    _element("d:sync-token", text=token),
                    _element("d:sync-level", text="1"),
                    _prop("d:getetag"),
                )
            )
            try:
                reply = self.request(
                    "REPORT",
                    collection,
                    body=body,
                    headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
                    ok=(207,),
                )
            except SyncError as exc:
                if exc.problem in (SyncProblem.FORBIDDEN, SyncProblem.CHANGED) or (
                    exc.problem is SyncProblem.SERVER and "valid-sync-token" in exc.detail
                ):
                    raise InvalidTokenError from exc
                raise
            truncated = False
            own = urlsplit(collection).path.rstrip("/")
            for response in _responses(reply.content, collection):
                url = self.absolute(response.href)
                if urlsplit(url).path.rstrip("/") == own:
                    truncated = truncated or response.status == 507
                    continue
                if response.status == 404:
                    deleted.append(url)
                    changed.pop(url, None)
                else:
                    etag = _text(response.props, "d:getetag")
                    if etag:
                        changed[url] = etag
            new_token = _new_token(reply.content) or token
            if not truncated or new_token == token:
                return Changes(changed, tuple(deleted), new_token, False)
            token = new_token

    def current_token(self, collection: str) -> str | None:
        found = self.propfind(collection, 0, "d:sync-token")
        for response in found:
            token = _text(response.props, "d:sync-token")
            if token:
                return token
        return None

    def multiget(self, collection: str, hrefs: Sequence[str], calendar: bool = False
                 ) -> dict[str, tuple[str, str]]:  # fmt: skip
        """``{href: (etag, text)}`` of these members (a member gone is absent)."""
        kind, data = ("cal:calendar-multiget", "cal:calendar-data") if calendar else (
            "card:addressbook-multiget", "card:address-data")  # fmt: skip
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(hrefs), MULTIGET):
            chunk = hrefs[start : start + MULTIGET]
            body = _body(
                _element(
                    kind,
                    _prop("d:getetag", data),
                    *(_element("d:href", text=urlsplit(self.absolute(h)).path) for h in chunk),
                )
            )
            reply = self.request(
                "REPORT",
                collection,
                body=body,
                headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
                ok=(207,),
            )
            for response in _responses(reply.content, collection):
                text = _text(response.props, data) if response.status // 100 == 2 else ""
                node = response.props.get(_q(data))
                if node is not None and node.text:
                    text = node.text  # untrimmed: a card keeps its last CRLF
                if text:
                    found[self.absolute(response.href)] = (_text(response.props, "d:getetag"), text)
        return found

    # Writing ----------------------------------------------------------------------------

    def put(self, href: str, text: str, content_type: str, etag: str | None) -> str | None:
        """Write a member: a new one (``etag`` None: ``If-None-Match: *``) or over the version
        of ``etag`` (``If-Match``). The server's new ETag, if it says it."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        reply = self.request("PUT", href, body=text.encode("utf-8"), headers=headers,
                             ok=(200, 201, 204))  # fmt: skip
        etag = reply.headers.get("etag")
        return str(etag) if etag else None

    def delete(self, href: str, etag: str | None) -> None:
        """Delete a member if it is still the version of ``etag``; a member already gone is
        fine."""
        headers = {"If-Match": etag} if etag else {}
        self.request("DELETE", href, headers=headers, ok=(200, 204, 404))


def _new_token(content: bytes) -> str | None:
    try:
        root = ET.fromstring(content)
    except ET.ParseError:
        return None
    token = root.findtext(_q("d:sync-token"))
    return token.strip() if token else None


def _refusal(response: httpx.Response, url: str) -> SyncError:
    code = response.status_code
    detail = ""
    if code in (403, 409, 412, 400) and b"valid-sync-token" in response.content:
        detail = "valid-sync-token"
    problem = {
        401: SyncProblem.UNAUTHORIZED,
        403: SyncProblem.FORBIDDEN,
        404: SyncProblem.NOT_FOUND,
        412: SyncProblem.CHANGED,
        507: SyncProblem.FULL,
    }.get(code, SyncProblem.SERVER)
    if problem is SyncProblem.SERVER and not detail:
        detail = f"HTTP {code}"
    return SyncError(problem, url, detail)
