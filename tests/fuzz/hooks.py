"""Schemathesis hooks for the tik service: values a schema cannot describe, filled in for
requests generated to be valid. Requests generated to be invalid are left alone, so the
service must still refuse them. And a check (`IdempotencyKeys`) of what a request's
Idempotency-Key does when it comes again, and a dedupe key, which generated requests alone
would not meet: the fuzzer's keys are fresh.
"""

import base64
import hashlib
import json
import os
import sys
import threading
import time
import uuid
from collections import Counter

import requests
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.core.parameters import ParameterLocation


def _valid_headers(case):
    return case.meta is None or not case.meta.is_negative_at(ParameterLocation.HEADER)


# The names of the tokens the runs go by (tests/api_fuzz.rs), comma-separated.
_KEPT_TOKENS = set(filter(None, os.environ.get("TIK_FUZZ_KEPT_TOKENS", "").split(",")))

# Operations that revoke a token by its name.
_REVOKE_BY_NAME = {"/v1/me/tokens/{name}", "/v1/users/{user}/tokens/{name}"}

# The live streams of events: they follow for ever unless asked not to.
_EVENT_STREAMS = {"/v1/events", "/v1/tickets/{key}/events"}


@schemathesis.hook
def before_call(context, case, kwargs):
    # Revoking the token the run goes by would have every later request refused, and the rest
    # of the run test nothing: the stateful phase learns its name from GET /v1/me/tokens.
    # Another name, that no token has, keeps the request valid (404).
    if (
        case.method.upper() == "DELETE"
        and case.path in _REVOKE_BY_NAME
        and case.path_parameters
        and case.path_parameters.get("name") in _KEPT_TOKENS
    ):
        case.path_parameters = {**case.path_parameters, "name": case.path_parameters["name"] + "-kept"}
    # A stream that follows never ends, and a fuzzer waits for a whole answer: it reads the
    # same stream with `follow=false`, which sends the events there are (the backlog the
    # stream replays before it follows) and ends. A generated `follow` that is not a boolean
    # is left, to be refused.
    if case.method.upper() == "GET" and case.path in _EVENT_STREAMS:
        query = dict(case.query or {})
        if query.get("follow") in (None, True, "true"):
            query["follow"] = "false"
        case.query = query
    if not _valid_headers(case) or not case.headers:
        return
    headers = dict(case.headers)
    # A key reused for another request is refused by design (422, as the IETF idempotency-key
    # draft says); the fuzzer draws keys from a tiny space ("0", "00", ...), so keys collide
    # across unrelated requests. A fresh key keeps a valid request valid; what a key does when
    # it comes again is checked below (`IdempotencyKeys`), with requests made to that end.
    if "Idempotency-Key" in headers:
        headers["Idempotency-Key"] = str(uuid.uuid4())
    # An upload's Content-Digest must be the SHA-256 of its body: a schema can give the
    # header's syntax, not that. Computed here, valid uploads land, and the stateful phase can
    # attach, download and withdraw them.
    if "Content-Digest" in headers and case.method.upper() == "POST" and case.path == "/v1/uploads":
        # Binary bodies come wrapped (schemathesis's `Binary`, a `str` holding `data`).
        body = getattr(case.body, "data", case.body)
        if isinstance(body, str):
            body = body.encode()
        if isinstance(body, (bytes, bytearray)):
            headers["Content-Digest"] = _digest(body)
    case.headers = headers


@schemathesis.hook
def filter_failure(context, failure, case, response):
    # An upload is consumed when a ticket or comment takes it (the stateful phase follows the
    # `attach` link from an upload), after which withdrawing it is 404 by design. The
    # "created resource not found" check assumes only a DELETE can make a resource go away.
    # Its per-operation setting in the config is not consulted by the stateful phase, so the
    # exclusion is made here, for this operation only.
    consumed_upload = (
        failure.code == "ST302"
        and case.method.upper() == "DELETE"
        and case.path == "/v1/uploads/{id}"
    )
    # A ticket holds a secret only once one is given (PUT), yet the check takes every path
    # under a created ticket's for a part of it: reading or clearing the secret of a ticket
    # given none is 404 by design. Only that 404 is excluded; "no ticket" still fails.
    secret_never_given = (
        failure.code == "ST302"
        and case.path == "/v1/tickets/{key}/secret"
        and response is not None
        and "holds no secret" in response.text
    )
    return not (consumed_upload or secret_never_given)


# What an Idempotency-Key does when it comes again, and what a dedupe key does: requests made
# here from generated ones the service accepted, each answer validated by schemathesis's own
# checks against the document (`Case.validate_response`, every check the run has on), and
# what a schema cannot state (a replay is the first answer, a 409 says when to retry) asserted
# besides. `after_run` fails the run if any of it never happened.

_CREATE = ("POST", "/v1/tickets")
_UPLOAD = ("POST", "/v1/uploads")
# Replays checked per operation: its first accepted requests with a key. Which ones those are
# is the seed's; a handful suffices, since the replay is the store's, one code path for all.
_REPLAYS_PER_OPERATION = 2
# How long a held request waits to be let go, and any request here for its answer: a bound
# for a failure, never reached when things work.
_TIMEOUT = 30
# A held request's headers are sent when its body is asked for; the service claims its key as
# soon as they arrive, well within this. Should a second request still come first, the
# exchange is made again with another key.
_HEADERS_LAND = 0.05
_IN_FLIGHT_ATTEMPTS = 5

# Set while this module's own requests are validated: the check is not run on them.
_probing = False


def _body_bytes(request):
    body = request.body
    if body is None:
        return b""
    return body.encode() if isinstance(body, str) else bytes(body)


def _digest(data):
    return f"sha-256=:{base64.b64encode(hashlib.sha256(data).digest()).decode()}:"


def _problem_fields(response):
    try:
        return [error.get("field") for error in response.json().get("errors", [])]
    except (ValueError, AttributeError):
        return []


@schemathesis.check
class IdempotencyKeys:
    """Every keyed POST the service accepts, sent again: with the same key and body it is
    replayed (the first answer, `Idempotent-Replayed: true`); with another body, refused
    (422 naming Idempotency-Key); while the first is still being sent, refused (409 with
    Retry-After). And a report with a dedupe key held by an open ticket is recorded on it.
    """

    def __init__(self):
        self.replays = Counter()
        self.reuses_refused = Counter()
        self.in_flight_refused = Counter()
        self.deduplicated = Counter()
        # The creates the fuzzer itself sent with a dedupe_key, and those it had deduplicated.
        self.generated = Counter()

    def after_response(self, ctx, response, case):
        global _probing
        if _probing or case.method.upper() != "POST" or not 200 <= response.status_code < 300:
            return None
        if case.meta is None or not case.meta.generation.mode.is_positive:
            return None
        operation = (case.method.upper(), case.path)
        if operation == _CREATE and isinstance(case.body, dict) and case.body.get("dedupe_key"):
            self.generated["with a dedupe_key"] += 1
            self.generated["deduplicated"] += response.json().get("deduplicated") is True
        if "Idempotency-Key" not in response.request.headers:
            return None
        label = case.operation.label
        # before_call gave the request a key of its own: its answer is no replay.
        assert "idempotent-replayed" not in response.headers, (
            f"{label} with a fresh Idempotency-Key was answered as a replay"
        )
        exchange = _Exchange(ctx, case, response)
        keyed = operation in (_CREATE, _UPLOAD)
        steps = [
            (self.replays, exchange.replay, _REPLAYS_PER_OPERATION),
            (self.reuses_refused, exchange.reuse_for_another_body, keyed),
            (self.in_flight_refused, exchange.while_in_flight, keyed),
            (self.deduplicated, exchange.deduplicate, operation == _CREATE),
        ]
        failed = []
        _probing = True
        try:
            # Each step on its own, counted once tried: one failing hides none of the others.
            for done, step, times in steps:
                if done[label] < times:
                    done[label] += 1
                    try:
                        step()
                    except AssertionError as failure:
                        failed.append(str(failure))
        finally:
            _probing = False
        assert not failed, "\n\n".join(failed)
        return None

    def after_run(self, ctx):
        replayed = ", ".join(f"{n}x {label}" for label, n in sorted(self.replays.items()))
        print(
            "idempotency keys (tests/fuzz/hooks.py): "
            f"replayed {self.replays.total()} ({replayed}); "
            f"key reused for another body refused (422): {self.reuses_refused.total()}; "
            f"key in flight refused (409): {self.in_flight_refused.total()}; "
            f"dedupe: {self.deduplicated.total()} report deduplicated (200) and replayed; "
            f"generated creates with a dedupe_key: {self.generated['with a dedupe_key']}, "
            f"deduplicated: {self.generated['deduplicated']}",
            file=sys.stderr,
        )
        create, upload = (" ".join(operation) for operation in (_CREATE, _UPLOAD))
        missing = [
            what
            for what, done in [
                (f"a replay of {create}", self.replays[create]),
                (f"a replay of {upload}", self.replays[upload]),
                (f"a key of {create} reused for another body", self.reuses_refused[create]),
                (f"a key of {upload} reused for another body", self.reuses_refused[upload]),
                (f"a key of {create} in flight", self.in_flight_refused[create]),
                (f"a key of {upload} in flight", self.in_flight_refused[upload]),
                ("a deduplicated report", self.deduplicated[create]),
            ]
            if not done
        ]
        assert not missing, "the run never tried " + ", ".join(missing)


class _Exchange:
    """Requests made from one accepted request (`case`, answered `response`), with its
    credentials, and their answers validated."""

    def __init__(self, ctx, case, response):
        self.ctx = ctx
        self.case = case
        self.first = response
        self.sent = response.request

    def _request(self, *, key=None, json_body=None, data=None):
        request = self.sent.copy()
        if key is not None:
            request.headers["Idempotency-Key"] = key
        if json_body is not None:
            request.prepare_body(data=None, files=None, json=json_body)
        if data is not None:
            request.body = data
            request.headers["Content-Length"] = str(len(data))
            request.headers["Content-Digest"] = _digest(data)
        return request

    def _case_of(self, request):
        """The case a request made here is: not generated, so the checks of generated data
        (positive and negative data acceptance) have nothing to say of it; the response
        checks judge its answer."""
        if "json" in (request.headers.get("Content-Type") or ""):
            body = json.loads(_body_bytes(request))
        else:
            body = _body_bytes(request)
        # The generated headers, as this request sends them (its own key and digest).
        sent = request.headers
        headers = {name: sent[name] for name in self.case.headers or {} if name in sent}
        return self.case.operation.Case(
            path_parameters=dict(self.case.path_parameters or {}),
            headers=headers,
            query=dict(self.case.query or {}),
            body=body,
            media_type=self.case.media_type,
        )

    def _send(self, request):
        # A connection of its own: one answered 409 before its body was read may not be
        # kept alive.
        with requests.Session() as session:
            return session.send(request, timeout=_TIMEOUT)

    def _validate(self, case, response, what):
        internals = self.ctx.internals
        try:
            # The run's explicit headers and transport, as the run's own checks get them: the
            # authentication check tells the configured token from a generated one by them.
            # (`internals` is no stable API; requirements.txt pins the version it is read in.)
            case.validate_response(
                response,
                headers=dict(internals.headers) if internals.headers else None,
                transport_kwargs=internals.transport_kwargs,
            )
        except FailureGroup as group:
            raise AssertionError(f"{what}:\n{group.message}") from None

    def _assert_replay(self, first, again, what):
        assert again.status_code == first.status_code, (
            f"{what}: answered {again.status_code}, the first time {first.status_code}"
        )
        assert again.headers.get("Idempotent-Replayed") == "true", (
            f"{what}: no `Idempotent-Replayed: true` (headers: {dict(again.headers)})"
        )
        assert again.json() == first.json(), f"{what}: the body is not the first answer's"

    def replay(self):
        what = f"{self.case.operation.label} sent again with its Idempotency-Key and body"
        again = self._send(self._request())
        self._validate(self.case, again, what)
        self._assert_replay(self.first, again, what)

    def reuse_for_another_body(self):
        if self.case.path == _UPLOAD[1]:
            # More bytes, a new digest: the same file name and kind (judged by its head).
            request = self._request(data=_body_bytes(self.sent) + b"\n")
        else:
            body = json.loads(_body_bytes(self.sent))
            other = "another title" if body.get("title") != "another title" else "a third title"
            request = self._request(json_body={**body, "title": other})
        what = f"{self.case.operation.label} with its Idempotency-Key and another body"
        answer = self._send(request)
        self._validate(self._case_of(request), answer, what)
        assert answer.status_code == 422, f"{what}: answered {answer.status_code}, not 422"
        assert "Idempotency-Key" in _problem_fields(answer), (
            f"{what}: the problem does not name Idempotency-Key: {answer.text}"
        )

    def while_in_flight(self):
        label = self.case.operation.label
        what = f"{label} while one with its Idempotency-Key is still being sent"
        for _ in range(_IN_FLIGHT_ATTEMPTS):
            if self.case.path == _UPLOAD[1]:
                request = self._request(key=str(uuid.uuid4()))
            else:
                # A ticket of its own: the accepted one's uploads, if any, are taken.
                body = {"title": "A request held open"}
                request = self._request(key=str(uuid.uuid4()), json_body=body)
            held = _Held(request)
            time.sleep(_HEADERS_LAND)
            answer = self._send(request)
            held_answer = held.let_go()
            case = self._case_of(request)
            self._validate(case, answer, what)
            self._validate(case, held_answer, f"{label} held open, then let go")
            if answer.status_code != 409:
                # The second came first after all; both conform. Again, with another key.
                continue
            retry_after = answer.headers.get("Retry-After")
            assert retry_after is not None and retry_after.isdigit(), (
                f"{what}: answered 409 without a Retry-After in seconds ({retry_after!r})"
            )
            fresh = "Idempotent-Replayed" not in held_answer.headers
            assert 200 <= held_answer.status_code < 300 and fresh, (
                f"{label} held open, then let go: answered {held_answer.status_code} "
                f"{dict(held_answer.headers)}"
            )
            # Retried once the first is done, the second has the first's answer replayed.
            again = self._send(request)
            self._validate(case, again, f"{label} retried after a 409")
            self._assert_replay(held_answer, again, f"{label} retried after a 409")
            return
        raise AssertionError(f"{what}: never answered 409 in {_IN_FLIGHT_ATTEMPTS} attempts")

    def deduplicate(self):
        # A key of this run's own: a report of it goes to the ticket it opened, not another's.
        dedupe_key = f"fuzz:{uuid.uuid4()}"
        what = "a create with a new dedupe_key"
        body = {"title": "Nightly build fails", "dedupe_key": dedupe_key}
        opening = self._request(key=str(uuid.uuid4()), json_body=body)
        opened = self._send(opening)
        self._validate(self._case_of(opening), opened, what)
        assert opened.status_code == 201, f"{what}: answered {opened.status_code}"
        ticket = opened.json()
        said = (ticket.get("deduplicated"), ticket.get("occurrences"))
        assert said == (False, 1), f"{what}: {ticket}"
        what = "a create with the dedupe_key of an open ticket"
        body = {"title": "Nightly build fails", "description": "again", "dedupe_key": dedupe_key}
        report = self._request(key=str(uuid.uuid4()), json_body=body)
        reported = self._send(report)
        self._validate(self._case_of(report), reported, what)
        assert reported.status_code == 200, f"{what}: answered {reported.status_code}"
        occurrence = reported.json()
        said = [occurrence.get(field) for field in ("key", "deduplicated", "occurrences")]
        assert said == [ticket["key"], True, 2], f"{what}: {occurrence}"
        what = f"{what}, sent again with its Idempotency-Key"
        again = self._send(report)
        self._validate(self._case_of(report), again, what)
        self._assert_replay(reported, again, what)


class _Held:
    """A request sent from a thread, its headers at once and its body once let go: the service
    has taken it in (and claimed its key) but is still waiting for the body."""

    def __init__(self, request):
        self.data = _body_bytes(request)
        self.started = threading.Event()
        self.release = threading.Event()
        self.answer = None
        self.request = request.copy()
        # Sent in chunks, the body is asked for once the headers are out.
        self.request.body = self._body()
        self.request.headers.pop("Content-Length", None)
        self.thread = threading.Thread(target=self._send, daemon=True)
        self.thread.start()
        assert self.started.wait(_TIMEOUT), "a held request was never sent"

    def _body(self):
        self.started.set()
        self.release.wait(_TIMEOUT)
        yield self.data

    def _send(self):
        with requests.Session() as session:
            self.answer = session.send(self.request, timeout=_TIMEOUT)

    def let_go(self):
        self.release.set()
        self.thread.join(_TIMEOUT)
        assert self.answer is not None, "a held request, let go, had no answer"
        # What was sent, for a report (the chunks are spent).
        self.answer.request.body = self.data
        return self.answer
