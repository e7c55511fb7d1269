"""The advice a Perangkat Daerah reads for a problem (the nota's recommendation, the follow-up page's)."""

from pantau_contracts.advice import advice


def test_gambling_advice_covers_what_visitors_posted_as_well_as_what_an_intruder_planted() -> None:
    # The checker tells gambling in comments, a guestbook or a Q&A at a place of its own ("comments"): the
    # department's remedy there is moderation, which the advice names beside the intruder's clean-up.
    text = advice("judi_online")
    assert text.startswith("Segera menghapus konten ilegal")
    assert "komentar" in text and "moderasi" in text and "webshell" in text


def test_other_illegal_content_keeps_the_intruders_advice() -> None:
    for code in ("defacement", "cloaking_googlebot", "judi_online_subpath"):
        assert "komentar" not in advice(code) and "webshell" in advice(code)
