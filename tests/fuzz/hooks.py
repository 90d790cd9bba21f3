"""Schemathesis hooks for the tik service: values a schema cannot describe, filled in for
requests generated to be valid. Requests generated to be invalid are left alone, so the
service must still refuse them.
"""

import base64
import hashlib
import os
import uuid

import schemathesis
from schemathesis.core.parameters import ParameterLocation


def _valid_headers(case):
    return case.meta is None or not case.meta.is_negative_at(ParameterLocation.HEADER)


# The names of the tokens the runs go by (tests/api_fuzz.rs), comma-separated.
_KEPT_TOKENS = set(filter(None, os.environ.get("TIK_FUZZ_KEPT_TOKENS", "").split(",")))

# Operations that revoke a token by its name.
_REVOKE_BY_NAME = {"/v1/me/tokens/{name}", "/v1/users/{user}/tokens/{name}"}


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
    if not _valid_headers(case) or not case.headers:
        return
    headers = dict(case.headers)
    # A key reused for another request is refused by design (422, as the IETF idempotency-key
    # draft says); the fuzzer draws keys from a tiny space ("0", "00", ...), so keys collide
    # across unrelated requests. A fresh key keeps a valid request valid.
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
            digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
            headers["Content-Digest"] = f"sha-256=:{digest}:"
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
