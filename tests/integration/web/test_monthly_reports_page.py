"""The monthly Wali Kota reports' page names each report's month as officials write it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pantau_testing import query

pytestmark = pytest.mark.integration


def test_a_reports_month_reads_in_indonesian(settings, client, auth):
    made = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    query(
        settings.database_url,
        "INSERT INTO monthly_reports (bulan, state, draft_id, signed_id, receipt, made_at)"
        " VALUES ('2026-11', 'terkirim', 1, 2, 'KM-20261201-LW202611', %s) RETURNING bulan",
        (made,),
    )
    auth.login("kabid")
    page = client.get("/laporan/bulanan").get_data(as_text=True)
    assert '<th scope="row">November 2026</th>' in page
    assert ">2026-11<" not in page
