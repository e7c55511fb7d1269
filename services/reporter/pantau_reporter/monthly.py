"""The monthly Wali Kota report as an official document: made on schedule, signed like the nota,
delivered the same way.

The reporter worker checks every few minutes (``monthly_worker.run_monthly``, a side task of the
worker). From
``PANTAU_REPORTER_MONTHLY_DAY`` 07:00 WIB on, last month's report is made once: rendered with the
Kepala Dinas's signature block and a QR code that opens ``/verifikasi/<id>`` of its signed
version, stored as a ``laporan_walikota`` document, and recorded in ``monthly_reports``, whose
primary key (and an advisory lock held while rendering) makes it once across restarts and
replicas. With the demo CA the worker signs it itself; with BSrE it waits for the Kepala Dinas,
who signs on the web with the passphrase sent through the signing door (``signing_door``). Once
signed it is delivered through the nota's ``Delivery``; a failed delivery is tried again with a
growing delay, and after ``RETRY_LIMIT`` failures the officials see the reason on the web, where
the official of SOP step 7 may send it again ("Kirim ulang"): the web puts the row back to
``ditandatangani`` with no failures, and ``deliver_next`` takes it at the next check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from .config import ReporterConfig
from .core.awaiting import NotAwaitedError
from .core.dates import WIB
from .delivery import Delivery, DeliveryError, Parcel
from .pdfsig import locate_text
from .reports import REPORT, SignatureBlock, official_report_pdf
from .repository import MonthlyReport, MonthlyReports, NewDocument, Repositories, StoredDocument
from .signing import Box, Signer, SignRequest

log = logging.getLogger(__name__)
AWAITING, SIGNED, DELIVERED, GAVE_UP = "menunggu_tanda_tangan", "ditandatangani", "terkirim", "gagal_kirim"
MAKE_AT = time(7, 0)  # WIB, on the configured day
RETRY_LIMIT = 4  # failed deliveries before the officials are shown the reason
FIRST_RETRY = timedelta(minutes=5)  # then 10, 20 minutes


def due_month(now: datetime, day: int) -> date | None:
    """Return the month whose report is due at ``now`` (last month, from ``day`` 07:00 WIB on), or None."""
    local = now.astimezone(WIB)
    if (local.day, local.time()) < (day, MAKE_AT):
        return None
    return (local.date().replace(day=1) - timedelta(days=1)).replace(day=1)


def retry_at(now: datetime, failures: int) -> datetime | None:
    """Return when to deliver again after ``failures`` failed deliveries; None once it is time to give up."""
    if failures >= RETRY_LIMIT:
        return None
    return now + FIRST_RETRY * (1 << max(failures - 1, 0))


def signature_box(pdf: bytes, signer_name: str) -> Box | None:
    """Return the box in the space above the signer's name in the report's signature block."""
    found = locate_text(pdf, signer_name)
    if found is None:
        return None
    page, x, y = found
    return page, x, y + 14, x + 190, y + 14 + 56


class MonthlyReporter:
    """Make, sign and deliver the monthly Wali Kota report."""

    def __init__(
        self,
        config: ReporterConfig,
        signer: Signer,
        delivery: Delivery,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._config = config
        self._signer = signer
        self._delivery = delivery
        self._clock = clock

    @property
    def signs_itself(self) -> bool:
        """Return whether the worker signs (the demo CA); a certified signer waits for the Kepala Dinas."""
        return not self._signer.certified

    def make(self, repos: Repositories, reports: MonthlyReports, now: datetime) -> MonthlyReport | None:
        """Make the report due at ``now`` unless it was made; return it when this call made it."""
        month = due_month(now, self._config.monthly_day)
        if month is None or reports.get(f"{month:%Y-%m}") is not None:
            return None
        bulan = f"{month:%Y-%m}"
        reports.hold(bulan)  # another worker renders it meanwhile: wait, then find it made
        if reports.get(bulan) is not None:
            return None
        signed_id = repos.documents.reserve_id()
        verify_url = f"{self._config.verify_base}/verifikasi/{signed_id}"
        kadis = repos.sources.official_by_role(self._signing_role)
        pdf = official_report_pdf(repos.sources, month, self._config.kop, SignatureBlock(kadis, verify_url), now)
        meta = {"bulan": bulan, "verify_url": verify_url, "penanda_tangan": kadis.nama}
        version = repos.documents.next_version(REPORT, bulan)
        draft = repos.documents.add(NewDocument(None, REPORT, version, "pdf", pdf, meta=meta))
        made = MonthlyReport(bulan, AWAITING, draft.id, signed_id)
        reports.add(made, now)
        log.info("made the Wali Kota report of %s: document %s, awaiting its signature", bulan, draft.id)
        return made

    def sign(
        self, repos: Repositories, reports: MonthlyReports, bulan: str, by: int | None, passphrase: str | None = None
    ) -> StoredDocument:
        """Sign the report of ``bulan`` (PAdES) as the Kepala Dinas ``by`` (the role's official when None).

        Refused unless the report waits for its signature and ``by`` holds the signing role; the
        passphrase goes to the signer once and is not kept.
        """
        report = reports.get(bulan, lock=True)
        if report is not None and report.state != AWAITING:
            signed = repos.documents.by_id(report.signed_id)
            if signed is not None:
                return signed
        if report is None or report.state != AWAITING:
            raise NotAwaitedError(f"the report of {bulan} does not wait for a signature")
        official = repos.sources.official_by_id(by) if by else repos.sources.official_by_role(self._signing_role)
        if official.role != self._signing_role:
            raise NotAwaitedError(f"user {by} does not sign the report")
        draft = repos.documents.by_id(report.draft_id)
        if draft is None:
            raise NotAwaitedError(f"the draft of the report of {bulan} is gone")
        content = self._signer.sign_pdf(self._request(draft, official.nama, bulan, passphrase))
        meta = {**draft.meta, "signer": official.nama, "signer_kind": self._signer.name, "draft_id": draft.id}
        meta |= {"draft_sha256": draft.sha256, "signed_at": self._clock().isoformat()}
        new = NewDocument(None, REPORT, draft.version, "pdf", content, signed=True, meta=meta, id=report.signed_id)
        signed = repos.documents.add(new)
        reports.signed(bulan, by, self._clock())
        log.info("signed the Wali Kota report of %s: document %s", bulan, signed.id)
        return signed

    def _request(self, draft: StoredDocument, name: str, bulan: str, passphrase: str | None) -> SignRequest:
        reason = f"Menandatangani Laporan Bulanan Wali Kota {bulan}"
        box = signature_box(draft.content, name)
        return SignRequest(
            draft.content, name, reason, str(draft.meta.get("verify_url", "")), box, passphrase=passphrase
        )

    def deliver_next(self, repos: Repositories, reports: MonthlyReports, now: datetime) -> MonthlyReport | None:
        """Deliver one signed report that is due; record the receipt, or the failure and the next try."""
        report = reports.next_delivery(now)
        if report is None:
            return None
        signed = repos.documents.by_id(report.signed_id)
        if signed is None:
            reports.failed(report.bulan, "dokumen bertanda tangan tidak ditemukan", None)
            return report
        try:
            receipt = self._delivery.deliver(_parcel(report.bulan, signed, now))
        except (DeliveryError, OSError) as exc:
            failures = report.attempts + 1
            reports.failed(report.bulan, _reason(exc), retry_at(now, failures))
            log.warning("delivering the Wali Kota report of %s failed (%s times): %s", report.bulan, failures, exc)
            return report
        reports.delivered(report.bulan, self._delivery.channel, receipt, now)
        log.info("delivered the Wali Kota report of %s: receipt %s", report.bulan, receipt)
        return report

    @property
    def _signing_role(self) -> str:
        return self._config.sop.step(6).role


def _reason(exc: Exception) -> str:
    """Return why a delivery failed, as the officials read it (an adapter's DeliveryError is Indonesian)."""
    if isinstance(exc, OSError):
        return f"saluran pengiriman tidak dapat dipakai ({exc.strerror or type(exc).__name__})"
    return str(exc)


def _parcel(bulan: str, signed: StoredDocument, now: datetime) -> Parcel:
    month = datetime.strptime(bulan, "%Y-%m")
    title = f"Laporan Bulanan Wali Kota {bulan}"
    name = f"laporan-walikota-{bulan}.pdf"
    return Parcel(f"LW{month:%Y%m}", signed.version, "", name, signed.content, signed.sha256, now, title=title)
