"""Passwords are stored as scrypt hashes at full cost; the tests' accounts use a cheaper one (pantau_testing)."""

from __future__ import annotations

import pytest
from pantau_testing import password_hash

from pantau_common.passwords import MIN_LENGTH, generate_password, hash_password, verify_password


def test_a_password_is_stored_as_a_salted_scrypt_hash_at_full_cost():
    stored = hash_password("sandi-rahasia-123")
    assert stored.startswith("scrypt:32768:8:1$") and "sandi-rahasia-123" not in stored
    assert hash_password("sandi-rahasia-123") != stored  # salted
    assert verify_password(stored, "sandi-rahasia-123")
    assert not verify_password(stored, "sandi-rahasia-124")


def test_a_short_password_is_refused():
    with pytest.raises(ValueError, match=str(MIN_LENGTH)):
        hash_password("a" * (MIN_LENGTH - 1))


def test_a_generated_password_is_long_enough_and_new_each_time():
    first, second = generate_password(), generate_password()
    assert len(first) >= MIN_LENGTH and first != second


def test_the_tests_cheaper_hashes_are_verified_by_the_same_code():
    stored = password_hash("sandi-kabid-123")
    assert stored.startswith("scrypt:1024:8:1$")
    assert verify_password(stored, "sandi-kabid-123") and not verify_password(stored, "sandi-kabid-124")
