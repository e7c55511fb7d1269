"""Settings are read once from the environment and never print a secret."""

from __future__ import annotations

from pantau_common.settings import Settings


def test_settings_read_the_environment_and_keep_secrets_out_of_their_repr():
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
        "DATABASE_URL": "postgresql://pantau@db/pantau",
        "PANTAU_TOPIC_PREFIX": "staging.",
        "PANTAU_SECRET_KEY": "sangat-rahasia-123",
        "PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD": "kata-sandi-aplikasi",
        "PANTAU_WORKFLOW_MONTHLY_DAY": "5",
    }
    settings = Settings.from_env(env)
    assert settings.topics.app_status == "staging.pantau.app.status.v1"
    assert settings.get("WORKFLOW_MONTHLY_DAY") == "5" and settings.secret_key == "sangat-rahasia-123"
    shown = repr(settings)
    assert "kafka:9092" in shown
    assert "sangat-rahasia-123" not in shown and "kata-sandi-aplikasi" not in shown
