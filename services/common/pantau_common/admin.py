"""Operator commands: ``pantau-admin migrate | topics | create-user | demo-accounts | wait``."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from pantau_contracts.definition import DEPARTMENT_ROLES

from .db import connect, migrate, redact
from .kafka import ensure_fixed_topics
from .passwords import generate_password, hash_password
from .settings import Settings


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    nama: str
    jabatan: str
    nip: str
    pangkat: str
    pd_id: str | None = None  # the Perangkat Daerah of a department account (operator_pd, kepala_pd)
    email: str = ""


# Fictional officials for the demo, with demo addresses (under make up, mail goes to the local
# sink only); real deployments create their own accounts.
DEMO_ACCOUNTS = (
    Account(
        "kadis",
        "kadis",
        "Dr. H. Ahmad Suryana, S.T., M.Si.",
        "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "197103121996031002",
        "Pembina Utama Muda (IV/c)",
        email="kadis@diskominfo.bekasikota.go.id",
    ),
    Account(
        "kabid",
        "kabid",
        "Rina Marlina, S.Kom., M.T.",
        "Kepala Bidang E-Government",
        "197805232003122004",
        "Pembina (IV/a)",
        email="kabid.egov@diskominfo.bekasikota.go.id",
    ),
    Account(
        "kasie",
        "kasie",
        "Dedi Kurniawan, S.T.",
        "Kepala Seksi Tata Kelola E-Government",
        "198409172009011003",
        "Penata Tingkat I (III/d)",
        email="kasie.tatakelola@diskominfo.bekasikota.go.id",
    ),
    Account(
        "pelaksana",
        "pelaksana",
        "Siti Nurhaliza, A.Md.Kom.",
        "Pelaksana Tata Kelola E-Government",
        "199502142020122011",
        "Pengatur (II/c)",
        email="pelaksana.egov@diskominfo.bekasikota.go.id",
    ),
    Account(
        "operator.dinkes",
        "operator_pd",
        "Yusuf Hidayat, S.Kom.",
        "Operator Aplikasi Dinas Kesehatan",
        "",
        "",
        "dinkes",
        email="operator@dinkes.bekasikota.go.id",
    ),
    Account(
        "kepala.dinkes",
        "kepala_pd",
        "dr. Lestari Wulandari, M.K.M.",
        "Kepala Dinas Kesehatan",
        "",
        "",
        "dinkes",
        email="kepala@dinkes.bekasikota.go.id",
    ),
    Account(
        "admin",
        "admin",
        "Bayu Pratama, S.Kom.",
        "Pranata Komputer Diskominfostandi",
        "199107082019031004",
        "Penata Muda Tingkat I (III/b)",
        email="admin.pantau@diskominfo.bekasikota.go.id",
    ),
)


def create_user(conn: psycopg.Connection[Any], account: Account, password: str) -> bool:
    """Insert a user with a hashed password; False if the username exists."""
    cur = conn.execute(
        "INSERT INTO users (username, password_hash, nama, role, jabatan, nip, pangkat, pd_id, email)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (username) DO NOTHING",
        (
            account.username,
            hash_password(password),
            account.nama,
            account.role,
            account.jabatan,
            account.nip,
            account.pangkat,
            account.pd_id,
            account.email,
        ),
    )
    return cur.rowcount == 1


def demo_accounts(settings: Settings, out: Path) -> None:
    """Create the demo accounts once; keep their passwords in ``out`` (outside git)."""
    lines = out.read_text("utf-8").splitlines() if out.exists() else []
    known = {line.split()[0] for line in lines if line.strip()}
    with connect(settings.database_url) as conn:
        for account in DEMO_ACCOUNTS:
            exists = conn.execute("SELECT 1 FROM users WHERE username = %s", (account.username,)).fetchone()
            if exists:
                _give_address(conn, account)
            if exists and account.username in known:
                continue
            password = generate_password()
            if exists:
                conn.execute(
                    "UPDATE users SET password_hash = %s WHERE username = %s",
                    (hash_password(password), account.username),
                )
            else:
                create_user(conn, account, password)
            lines = [ln for ln in lines if not ln.startswith(account.username + " ")]
            lines.append(f"{account.username} {password} {account.role}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", "utf-8")
    out.chmod(0o600)


def _give_address(conn: psycopg.Connection[Any], account: Account) -> None:
    """Give an account made before the demo accounts had addresses its own (never overwrite one)."""
    conn.execute("UPDATE users SET email = %s WHERE username = %s AND email = ''", (account.email, account.username))


def wait_for_database(url: str, seconds: float) -> None:
    """Wait until PostgreSQL accepts connections."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(url, connect_timeout=3):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def ensure_database(url: str) -> None:
    """Create the database named in ``url`` if it does not exist."""
    name = str(psycopg.conninfo.conninfo_to_dict(url).get("dbname", "pantau"))
    admin = psycopg.conninfo.make_conninfo(url, dbname="postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))


def _create_user(settings: Settings, account: Account) -> int:
    """Create one account from the command line; the password comes on stdin."""
    department = account.role in DEPARTMENT_ROLES
    if department != bool(account.pd_id):
        print("akun operator_pd dan kepala_pd wajib --pd; akun pejabat tidak boleh --pd", file=sys.stderr)
        return 2
    try:
        with connect(settings.database_url) as conn:
            created = create_user(conn, account, sys.stdin.readline().rstrip("\n"))
    except psycopg.errors.IntegrityError as exc:  # an unknown role or Perangkat Daerah
        print(f"akun {account.username} tidak dibuat: {exc.diag.message_primary}", file=sys.stderr)
        return 2
    if not created:
        print(f"user {account.username} exists", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pantau-admin", description="Pantau operator commands")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="create the database if needed and apply migrations")
    sub.add_parser("topics", help="create the Kafka topics")
    demo = sub.add_parser("demo-accounts", help="create the demo accounts, one per role")
    demo.add_argument("--out", type=Path, required=True, help="file that keeps the demo passwords")
    user = sub.add_parser("create-user", help="create a user; the password is read from stdin")
    for name in ("username", "role", "nama"):
        user.add_argument(f"--{name}", required=True)
    for name in ("jabatan", "nip", "pangkat", "email"):
        user.add_argument(f"--{name}", default="")
    user.add_argument("--pd", default=None, help="the Perangkat Daerah of an operator_pd or kepala_pd account")
    args = parser.parse_args(argv)
    settings = Settings.from_env(os.environ)
    if args.command == "migrate":
        wait_for_database(psycopg.conninfo.make_conninfo(settings.database_url, dbname="postgres"), 60)
        ensure_database(settings.database_url)
        applied = migrate(settings.database_url)
        print(f"database {redact(settings.database_url)}: {len(applied)} migration(s) applied")
    elif args.command == "topics":
        asyncio.run(ensure_fixed_topics(settings.kafka, settings.topics, settings.topic_replication))
    elif args.command == "demo-accounts":
        demo_accounts(settings, args.out)
    elif args.command == "create-user":
        account = Account(
            args.username, args.role, args.nama, args.jabatan, args.nip, args.pangkat, args.pd, args.email
        )
        return _create_user(settings, account)
    return 0


if __name__ == "__main__":
    sys.exit(main())
