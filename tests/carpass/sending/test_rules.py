"""Pure rules: anomaly checks, maintenance window, the protocol's reading of answers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.carpass.sending import protocol
from app.core.carpass.sending.anomaly_checks import (
    ALREADY_SENT_TODAY,
    DATE_IN_FUTURE,
    DATE_TOO_OLD,
    LOWER_THAN_LAST,
    TOO_MANY_KM_PER_DAY,
    VIN_SHORT,
    KnownReading,
    blocking,
    check_reading,
)
from app.core.carpass.sending.maintenance import in_maintenance_window, window_end
from app.core.carpass.sending.states import UncertainCause

TODAY = date(2026, 11, 27)
VIN = "WAUZZZ8V3EA070544"


def codes(findings):
    return [f.code for f in findings]


def test_a_normal_reading_passes():
    known = [KnownReading(40000, date(2026, 1, 10), date(2026, 1, 10))]
    assert check_reading(VIN, 45000, TODAY, known, TODAY) == []
    assert check_reading(VIN, 45000, TODAY, [], TODAY) == []


@pytest.mark.parametrize(("odometer", "reading_date", "known", "expected"), [
    (39999, TODAY, [KnownReading(40000, date(2026, 1, 10), date(2026, 1, 10))], [LOWER_THAN_LAST]),
    (43001, TODAY, [KnownReading(40000, date(2026, 11, 24), date(2026, 11, 24))], [TOO_MANY_KM_PER_DAY]),
    (43000, TODAY, [KnownReading(40000, date(2026, 11, 24), date(2026, 11, 24))], []),
    (41001, TODAY, [KnownReading(40000, TODAY, TODAY)], [TOO_MANY_KM_PER_DAY]),
    (40000, TODAY, [KnownReading(40000, TODAY, TODAY)], [ALREADY_SENT_TODAY]),
    (40000, TODAY, [KnownReading(40000, TODAY, date(2026, 11, 26))], []),
    (45000, date(2026, 11, 21), [], [DATE_TOO_OLD]),
    (45000, date(2026, 11, 22), [], []),
    (45000, date(2026, 11, 28), [], [DATE_IN_FUTURE]),
])
def test_each_blocking_check(odometer, reading_date, known, expected):
    findings = check_reading(VIN, odometer, reading_date, known, TODAY)
    assert codes(findings) == expected
    assert all(f.blocking for f in findings)
    for finding in findings:
        assert str(finding.describe())  # every reason has words


def test_short_vin_is_a_warning_only_and_checks_combine():
    findings = check_reading("VF7XX4", 39000, date(2026, 11, 1), [KnownReading(40000, date(2026, 1, 1),
                                                                              date(2026, 1, 1))], TODAY)
    assert codes(findings) == [LOWER_THAN_LAST, DATE_TOO_OLD, VIN_SHORT]
    assert codes(blocking(findings)) == [LOWER_THAN_LAST, DATE_TOO_OLD]
    assert "6 caractères" in str(findings[-1].describe())


def test_last_reading_is_the_latest_by_date():
    known = [KnownReading(90000, date(2025, 1, 1), date(2025, 1, 1)),
             KnownReading(95000, date(2026, 6, 1), date(2026, 6, 1))]
    assert codes(check_reading(VIN, 94000, TODAY, known, TODAY)) == [LOWER_THAN_LAST]


@pytest.mark.parametrize(("moment", "inside"), [
    (datetime(2026, 11, 26, 17, 59, tzinfo=UTC), False),  # Thursday 18:59 Brussels (winter, UTC+1)
    (datetime(2026, 11, 26, 18, 0, tzinfo=UTC), True),    # Thursday 19:00
    (datetime(2026, 11, 26, 22, 59, tzinfo=UTC), True),   # Thursday 23:59
    (datetime(2026, 11, 26, 23, 0, tzinfo=UTC), False),   # Friday 00:00
    (datetime(2026, 7, 2, 17, 30, tzinfo=UTC), True),     # summer Thursday 19:30 (UTC+2)
    (datetime(2026, 11, 25, 19, 0, tzinfo=UTC), False),   # Wednesday evening
])
def test_maintenance_window_in_brussels_time(moment, inside):
    assert in_maintenance_window(moment) is inside


def test_window_end_is_friday_midnight_brussels():
    assert window_end(datetime(2026, 7, 2, 18, 0, tzinfo=UTC)) == datetime(2026, 7, 2, 22, 0, tzinfo=UTC)


@pytest.mark.parametrize(("status", "body", "kind", "guid", "cause"), [
    (201, b'{"requestGuid": "g-1", "status": "Ongoing"}', protocol.AnswerKind.ACCEPTED, "g-1", None),
    (200, b'{"requestGuid": "g-2", "anomalies": [{"message": "lower"}]}', protocol.AnswerKind.ANOMALY, "g-2", None),
    (200, b'{"status": "Ongoing"}', protocol.AnswerKind.UNCERTAIN, None, UncertainCause.UNREADABLE),
    (200, b'{"requestGuid": "g-3\x00<html>', protocol.AnswerKind.UNCERTAIN, None, UncertainCause.UNREADABLE),
    (200, b"", protocol.AnswerKind.UNCERTAIN, None, UncertainCause.UNREADABLE),
    (302, b"", protocol.AnswerKind.UNCERTAIN, None, UncertainCause.UNREADABLE),
    (400, b'{"message": "VIN invalide"}', protocol.AnswerKind.REJECTED, None, None),
    (422, b"plain text refusal", protocol.AnswerKind.REJECTED, None, None),
    (401, b"", protocol.AnswerKind.AUTH, None, None),
    (503, b'{"message": "maintenance"}', protocol.AnswerKind.RETRY, None, None),
    (429, b"", protocol.AnswerKind.RETRY, None, None),
    (408, b"", protocol.AnswerKind.RETRY, None, None),
    (500, b'{"message": "boom"}', protocol.AnswerKind.UNCERTAIN, None, UncertainCause.SERVER_ERROR),
    (502, b"", protocol.AnswerKind.UNCERTAIN, None, UncertainCause.SERVER_ERROR),
    (504, b"", protocol.AnswerKind.UNCERTAIN, None, UncertainCause.SERVER_ERROR),
])
def test_protocol_reads_answers(status, body, kind, guid, cause):
    answer = protocol.parse_observation_answer(status, body)
    assert (answer.kind, answer.request_guid, answer.cause) == (kind, guid, cause)


@pytest.mark.parametrize(("failure", "kind", "cause"), [
    (protocol.NoAnswer.NOT_SENT, protocol.AnswerKind.RETRY, None),
    (protocol.NoAnswer.TIMEOUT, protocol.AnswerKind.UNCERTAIN, UncertainCause.TIMEOUT),
    (protocol.NoAnswer.CONNECTION_LOST, protocol.AnswerKind.UNCERTAIN, UncertainCause.CONNECTION_LOST),
])
def test_a_call_without_answer_is_retried_only_when_it_never_left(failure, kind, cause):
    answer = protocol.no_answer(failure, "boom")
    assert (answer.kind, answer.cause, answer.message) == (kind, cause, "boom")


@pytest.mark.parametrize(("text", "expected"), [
    ("6F9619FF-8B86-D011-B42D-00C04FC964FF", "6f9619ff-8b86-d011-b42d-00c04fc964ff"),
    ("  {6f9619ff-8b86-d011-b42d-00c04fc964ff} ", "6f9619ff-8b86-d011-b42d-00c04fc964ff"),
    ("6f9619ff8b86d011b42d00c04fc964ff", None),
    ("6f9619ff-8b86-d011-b42d-00c04fc964f", None),
    ("6g9619ff-8b86-d011-b42d-00c04fc964ff", None),
    ("", None),
    (None, None),
])
def test_a_typed_request_guid_is_checked(text, expected):
    assert protocol.clean_request_guid(text) == expected


@pytest.mark.parametrize(("status", "body", "kind"), [
    (200, b"", protocol.AnswerKind.ACCEPTED),
    (204, b"", protocol.AnswerKind.ACCEPTED),
    (200, b'{"message": "ok"}', protocol.AnswerKind.ACCEPTED),
    (200, b'{"requestGuid": "g", "status": "Processed"}', protocol.AnswerKind.ACCEPTED),
    (200, b'{"status": "Reviewing"}', protocol.AnswerKind.ANOMALY),
    (409, b'{"message": "deja"}', protocol.AnswerKind.REJECTED),
    (503, b"", protocol.AnswerKind.RETRY),
    (500, b"", protocol.AnswerKind.UNCERTAIN),
])
def test_a_2xx_to_confirm_is_a_confirmation_with_or_without_status(status, body, kind):
    assert protocol.parse_confirm_answer(status, body).kind == kind


def test_server_message_prefers_the_json_message():
    assert protocol.server_message(b'{"message": "VIN invalide"}', 400) == "VIN invalide"
    assert protocol.server_message(b'{"errors": [{"message": "a"}, "b"]}', 400) == "a; b"
    assert protocol.server_message(b"", 502) == "HTTP 502"
