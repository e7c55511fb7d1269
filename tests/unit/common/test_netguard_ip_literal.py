"""``is_ip_literal`` tells a name from an address without asking ``ipaddress`` about names, and answers as it does."""

import ipaddress
import random

import pytest

from pantau_common.netguard import is_ip_literal


def _asked(host: str) -> bool:
    """The answer of ``ipaddress`` itself, the way the function answered before it looked at the characters."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


HOSTS = [
    "bekasikota.go.id",
    "app-1.bench.bekasikota.go.id",
    "sipd.bekasikota.go.id",
    "localhost",
    "127.0.0.1",
    "10.0.0.7",
    "0.0.0.0",
    "255.255.255.255",
    "256.1.1.1",
    "1.2.3",
    "1.2.3.4.",
    "01.2.3.4",
    "1.2.3.4 ",
    " 1.2.3.4",
    "1..2.3",
    "",
    ".",
    "[]",
    "::1",
    "[::1]",
    "[2001:db8::1]",
    "2001:db8::1",
    "fe80::1%eth0",
    "[fe80::1%25eth0]",
    "::ffff:127.0.0.1",
    "[::ffff:10.0.0.1]",
    "2001:db8:::1",
    "abcd",
    "deadbeef",
    "1e100.net",
    "123",
    "4294967295",
    "0x7f.0.0.1",
    "١٢٧.٠.٠.١",  # Arabic-Indic digits: not an address to ipaddress either
    "dinkes.bekasikota.go.id:8080",
]


@pytest.mark.parametrize("host", HOSTS)
def test_answers_as_ipaddress_does(host: str) -> None:
    assert is_ip_literal(host) is _asked(host)


def test_random_hosts_of_address_characters() -> None:
    chars = "0123456789.:abcdefABCDEFgxz[]%-"
    rng = random.Random(42)
    for _ in range(5000):
        host = "".join(rng.choice(chars) for _ in range(rng.randint(0, 16)))
        assert is_ip_literal(host) is _asked(host), host
    for _ in range(2000):  # well-formed addresses, bracketed or not
        address = str(
            ipaddress.IPv4Address(rng.getrandbits(32))
            if rng.random() < 0.5
            else ipaddress.IPv6Address(rng.getrandbits(128))
        )
        host = f"[{address}]" if rng.random() < 0.3 else address
        assert is_ip_literal(host) is True, host
