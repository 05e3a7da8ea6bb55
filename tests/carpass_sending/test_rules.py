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


@pytest.mark.parametrize(("status", "body", "kind", "guid"), [
    (201, b'{"requestGuid": "g-1", "status": "Ongoing"}', protocol.AnswerKind.ACCEPTED, "g-1"),
    (200, b'{"requestGuid": "g-2", "anomalies": [{"message": "lower"}]}', protocol.AnswerKind.ANOMALY, "g-2"),
    (200, b'{"status": "Ongoing"}', protocol.AnswerKind.UNKNOWN, None),
    (200, b'{"requestGuid": "g-3\x00<html>', protocol.AnswerKind.UNKNOWN, None),
    (200, b"", protocol.AnswerKind.UNKNOWN, None),
    (400, b'{"message": "VIN invalide"}', protocol.AnswerKind.REJECTED, None),
    (422, b"plain text refusal", protocol.AnswerKind.REJECTED, None),
    (401, b"", protocol.AnswerKind.AUTH, None),
    (503, b'{"message": "maintenance"}', protocol.AnswerKind.RETRY, None),
    (429, b"", protocol.AnswerKind.RETRY, None),
])
def test_protocol_reads_answers(status, body, kind, guid):
    answer = protocol.parse_observation_answer(status, body)
    assert (answer.kind, answer.request_guid) == (kind, guid)


def test_server_message_prefers_the_json_message():
    assert protocol.server_message(b'{"message": "VIN invalide"}', 400) == "VIN invalide"
    assert protocol.server_message(b'{"errors": [{"message": "a"}, "b"]}', 400) == "a; b"
    assert protocol.server_message(b"", 502) == "HTTP 502"
