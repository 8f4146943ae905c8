"""`manage.py create_trainer`: a staff account in the group trainer, never a superuser."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from coachapp.roles import is_trainer


@pytest.mark.django_db
def test_creates_a_staff_trainer_who_is_no_superuser(monkeypatch, client):
    monkeypatch.setenv("TRAINER_PASSWORD", "lang-en-uniek-wachtwoord-42")
    call_command("create_trainer", "jdevries", "--email", "j@example.nl", "--no-input")
    user = get_user_model().objects.get(username="jdevries")
    assert is_trainer(user) and user.is_staff and not user.is_superuser
    assert user.check_password("lang-en-uniek-wachtwoord-42")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403  # no one else's account


@pytest.mark.django_db
def test_asks_for_the_password_twice(monkeypatch):
    answers = iter(["lang-en-uniek-wachtwoord-42", "anders", *["lang-en-uniek-wachtwoord-42"] * 2])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("create_trainer", "anna")
    assert (
        get_user_model().objects.get(username="anna").check_password("lang-en-uniek-wachtwoord-42")
    )


@pytest.mark.django_db
@pytest.mark.parametrize("password", ["", "1234"])
def test_refuses_a_missing_or_weak_password(monkeypatch, password):
    monkeypatch.setenv("TRAINER_PASSWORD", password)
    with pytest.raises(CommandError):
        call_command("create_trainer", "jdevries", "--no-input")
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_refuses_an_existing_username(monkeypatch, coach):
    monkeypatch.setenv("TRAINER_PASSWORD", "lang-en-uniek-wachtwoord-42")
    with pytest.raises(CommandError, match="bestaat al"):
        call_command("create_trainer", "coach", "--no-input")
    coach.refresh_from_db()
    assert not coach.is_staff
