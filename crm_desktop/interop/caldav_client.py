"""The calendar side of a sync (CalDAV, RFC 4791) through the maintained ``caldav`` library.

``caldav.DAVClient`` does the discovery (the principal, the calendar home set), lists and
makes calendars, runs ``sync-collection`` (RFC 6578) and ``calendar-multiget``; its own
request methods send the conditional writes (``If-None-Match: *`` to create, ``If-Match`` to
change or delete) that its high-level ``save()`` cannot. Underneath it is ``niquests``: our
session keeps certificates verified, puts our timeout on every request, follows redirects
only on the same server (keeping the method) and counts the requests. Every failure,
whichever layer raises it, becomes the ``SyncError`` the address-book side (``webdav``)
raises, with the same messages.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import niquests
from caldav.collection import Calendar, Principal, SynchronizableCalendarObjectCollection
from caldav.davclient import DAVClient
from caldav.elements import cdav, dav
from caldav.lib import error as caldav_error
from caldav.lib.url import URL
from caldav.response import PropfindResult

from crm_desktop.interop.webdav import (
    MULTIGET,
    TIMEOUT,
    Changes,
    Collection,
    InvalidTokenError,
    SyncError,
    SyncProblem,
    check_url,
)

# caldav logs what it works around (a server without current-user-principal, a truncated
# reply) at WARNING; with no handler set up, Python would print those lines on stderr beside
# our one-line message. Whoever sets up logging still receives them.
logging.getLogger("caldav").addHandler(logging.NullHandler())

_PROBLEMS = {
    401: SyncProblem.UNAUTHORIZED,
    403: SyncProblem.FORBIDDEN,
    404: SyncProblem.NOT_FOUND,
    412: SyncProblem.CHANGED,
    507: SyncProblem.FULL,
}
_TOKEN = "{DAV:}valid-sync-token"
# Failures another discovery address cannot mend.
_FATAL = (SyncProblem.UNAUTHORIZED, SyncProblem.OFFLINE, SyncProblem.TLS, SyncProblem.TIMEOUT)


def _refusal(status: int | None, url: str, detail: str = "") -> SyncError:
    problem = _PROBLEMS.get(status or 0, SyncProblem.SERVER)
    if problem is SyncProblem.SERVER and not detail:
        detail = f"HTTP {status}" if status else "no reply"
    return SyncError(problem, url, detail)


class _Session(niquests.Session):
    """caldav's HTTP session with our rules: TLS verified, our timeout on every request,
    redirects only on the same server with the method kept, and every request counted."""

    def __init__(self, owner: CalDavClient, origin: tuple[str, str]) -> None:
        super().__init__()
        self.owner = owner
        self.origin = origin
        self.max_redirects = 5

    def request(self, *args: Any, **kwargs: Any) -> niquests.Response:
        kwargs["timeout"] = self.owner.timeout
        kwargs["verify"] = self.owner.verify
        self.owner.requests += 1
        started = time.perf_counter()
        try:
            return super().request(*args, **kwargs)
        finally:
            self.owner.waited += time.perf_counter() - started

    def get_redirect_target(self, resp: niquests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        if target is not None:
            following = urljoin(str(resp.url), target)
            if urlsplit(following)[:2] != self.origin:
                raise SyncError(
                    SyncProblem.SERVER, str(resp.url), f"redirected to another server: {following}"
                )
        return target

    def rebuild_method(self, prepared_request: Any, response: Any) -> None:
        """Keep the method (a PROPFIND stays a PROPFIND), as the address-book side does."""


class CalDavClient:
    """One server, one user, for the calendar: a ``caldav.DAVClient`` and the requests a
    sync makes, with the surface ``services.sync_activities`` uses."""

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
        self.timeout = timeout
        self.verify = verify
        self.requests = 0  # made so far (the benchmark counts them)
        self.waited = 0.0  # seconds spent waiting for the server's replies
        self._principal: Principal | None = None
        self.dav = DAVClient(
            url=self.base,
            username=username,
            password=password,
            auth_type="basic",  # no unauthenticated first request to learn the scheme
            ssl_verify_cert=verify,
            enable_rfc6764=False,  # the URL is given: no DNS look-ups
            headers={"User-Agent": "CRM Desktop"},
        )
        self.dav.session.close()
        self.dav.session = _Session(self, (urlsplit(self.base).scheme, urlsplit(self.base).netloc))

    def close(self) -> None:
        self.dav.close()

    def __enter__(self) -> CalDavClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def absolute(self, href: str) -> str:
        return urljoin(self.base, href)

    def _calendar(self, url: str) -> Calendar:
        return Calendar(client=self.dav, url=self.absolute(url))

    @contextlib.contextmanager
    def _talking(self, url: str) -> Iterator[None]:
        """Whatever caldav or niquests raise, as our ``SyncError``."""
        where = self.absolute(url)
        try:
            yield
        except SyncError:
            raise
        except niquests.exceptions.Timeout as exc:
            raise SyncError(SyncProblem.TIMEOUT, where) from exc
        except niquests.exceptions.SSLError as exc:
            raise SyncError(SyncProblem.TLS, where, str(exc)) from exc
        except niquests.exceptions.ConnectionError as exc:
            text = str(exc)
            if "CERTIFICATE" in text.upper() or "[SSL" in text.upper():  # not a host name
                raise SyncError(SyncProblem.TLS, where, text) from exc
            raise SyncError(SyncProblem.OFFLINE, where) from exc
        except niquests.exceptions.TooManyRedirects as exc:
            raise SyncError(SyncProblem.SERVER, where, "too many redirects") from exc
        except niquests.exceptions.RequestException as exc:
            raise SyncError(SyncProblem.OFFLINE, where, type(exc).__name__) from exc
        except caldav_error.NotFoundError as exc:
            raise SyncError(SyncProblem.NOT_FOUND, where) from exc
        except caldav_error.DAVError as exc:
            detail = "valid-sync-token" if _TOKEN in exc.preconditions else ""
            if exc.status is None and not detail:
                detail = str(exc.reason)[:200]
            raise _refusal(exc.status, where, detail) from exc
        except SyntaxError as exc:  # lxml's XMLSyntaxError is one
            raise SyncError(SyncProblem.SERVER, where, f"not XML: {exc}") from exc
        except ValueError as exc:  # caldav's word for a reply it cannot use
            raise SyncError(SyncProblem.SERVER, where, str(exc)[:200]) from exc

    # Discovery --------------------------------------------------------------------------

    def calendar_home(self) -> str | None:
        """The calendar home set of the user: caldav's principal of the URL given, else of
        ``/.well-known/caldav`` (RFC 6764); None where the server offers no calendars."""
        last: SyncError | None = None
        for start in (self.base, self.absolute("/.well-known/caldav")):
            try:
                with self._talking(start):
                    self.dav.url = URL.objectify(start)  # where caldav asks for the principal
                    principal = Principal(client=self.dav)
                    if not principal.get_property(cdav.CalendarHomeSet()):
                        continue
                    self._principal = principal
                    return self.absolute(str(principal.calendar_home_set.url))
            except SyncError as exc:
                if exc.problem in _FATAL:
                    raise
                last = exc
            finally:
                self.dav.url = URL.objectify(self.base)
        if last is not None and last.problem is not SyncProblem.NOT_FOUND:
            raise last
        return None

    def _user(self) -> Principal:
        if self._principal is None and self.calendar_home() is None:
            raise SyncError(SyncProblem.NOT_FOUND, self.base, "no calendar home")
        assert self._principal is not None
        return self._principal

    def calendars(self) -> list[Collection]:
        """The user's calendars (caldav's principal listing), with the components each
        takes."""
        found = []
        with self._talking(self.base):
            for calendar in self.dav.get_calendars(self._user()):
                url = self.absolute(str(calendar.url))
                name = calendar.get_display_name() or urlsplit(url).path.rstrip("/")
                takes = calendar.get_supported_components()
                assert isinstance(takes, list)  # a sync client
                kinds = tuple(str(c) for c in takes)
                found.append(Collection(url, str(name), None, (), kinds))
        return found

    def make_calendar(self, slug: str, name: str) -> str:
        """Create a calendar for events and to-dos in the user's calendar home; its URL."""
        with self._talking(self.base):
            made = self._user().make_calendar(
                name=name, cal_id=slug.strip("/"),
                supported_calendar_component_set=["VEVENT", "VTODO"],
            )  # fmt: skip
        assert isinstance(made, Calendar)  # a sync client
        url = self.absolute(str(made.url))
        return url if url.endswith("/") else url + "/"

    # Listing and reading ----------------------------------------------------------------

    def _status(self, reply: Any, url: str) -> None:
        if int(reply.status) not in (200, 207):
            raise _refusal(int(reply.status), url)

    def etags(self, collection: str) -> dict[str, str]:
        """Every member of ``collection`` (an absolute URL) with its ETag."""
        own = urlsplit(self.absolute(collection)).path.rstrip("/")
        members: dict[str, str] = {}
        with self._talking(collection):
            reply = self.dav.propfind(self.absolute(collection), ["getetag"], depth=1)
            self._status(reply, collection)
            for result in reply.results or []:
                if not isinstance(result, PropfindResult):
                    continue
                url = self.absolute(unquote(str(result.href)))
                if urlsplit(url).path.rstrip("/") == own:
                    continue
                etag = result.properties.get(dav.GetEtag.tag)
                if etag and not url.endswith("/"):
                    members[url] = str(etag)
        return members

    def changes(self, collection: str, token: str | None) -> Changes:
        """What changed since ``token`` (``sync-collection`` through caldav, truncated replies
        followed); a full listing when there is no token; ``InvalidTokenError`` when the
        server forgot it."""
        if token is None:
            return Changes(self.etags(collection), (), None, True)
        calendar = self._calendar(collection)
        try:
            with self._talking(collection):
                found = calendar.get_objects_by_sync_token(
                    sync_token=token, load_objects=False, disable_fallback=True
                )
        except SyncError as exc:
            if exc.problem in (SyncProblem.FORBIDDEN, SyncProblem.CHANGED) or (
                exc.problem is SyncProblem.SERVER and "valid-sync-token" in exc.detail
            ):
                raise InvalidTokenError from exc
            raise
        assert isinstance(found, SynchronizableCalendarObjectCollection)  # a sync client
        deleted = {str(u) for u in found.deleted_urls}
        changed: dict[str, str] = {}
        gone: list[str] = []
        for thing in found.objects:
            url = self.absolute(unquote(str(thing.url)))
            if str(thing.url.canonical()) in deleted:
                gone.append(url)
                continue
            etag = (thing.props or {}).get(dav.GetEtag.tag)
            if etag:
                changed[url] = str(etag)
        new_token = str(found.sync_token) if found.sync_token else token
        return Changes(changed, tuple(gone), new_token, False)

    def current_token(self, collection: str) -> str | None:
        with self._talking(collection):
            token = self._calendar(collection).get_property(dav.SyncToken())
        return str(token).strip() or None if token else None

    def multiget(self, collection: str, hrefs: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``{href: (etag, text)}`` of these members (caldav's ``calendar-multiget``; a
        member gone is absent)."""
        calendar = self._calendar(collection)
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(hrefs), MULTIGET):
            chunk = [URL.objectify(self.absolute(h))
                     for h in hrefs[start : start + MULTIGET]]  # fmt: skip
            with self._talking(collection):
                things: object = calendar.multiget(chunk)
            assert isinstance(things, list)  # a sync client
            for thing in things:
                raw = thing.raw_data
                if not raw:
                    continue
                etag = (thing.props or {}).get(dav.GetEtag.tag) or ""
                found[self.absolute(unquote(str(thing.url)))] = (str(etag), raw.decode("utf-8"))
        return found

    # Writing (caldav's request methods: its save() cannot send If-Match) ----------------

    def put(self, href: str, text: str, etag: str | None) -> str | None:
        """Write a member: a new one (``etag`` None: ``If-None-Match: *``) or over the version
        of ``etag`` (``If-Match``); a 412 is ``SyncProblem.CHANGED``. The server's new ETag,
        if it says it."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        url = self.absolute(href)
        with self._talking(url):
            reply = self.dav.put(url, text, headers)
        if int(reply.status) not in (200, 201, 204):
            raise _refusal(int(reply.status), url)
        new = reply.headers.get("etag")
        return str(new) if new else None

    def delete(self, href: str, etag: str | None) -> None:
        """Delete a member if it is still the version of ``etag``; a member already gone is
        fine."""
        url = self.absolute(href)
        with self._talking(url):
            reply = self.dav.delete(url, {"If-Match": etag} if etag else {})
        if int(reply.status) not in (200, 204, 404):
            raise _refusal(int(reply.status), url)
