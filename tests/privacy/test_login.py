"""Login throttling (django-axes) and the password rules for new accounts."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-1"


def attempt(client, password, username="coach", address="10.0.0.1"):
    return client.post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_five_wrong_passwords_lock_that_username_from_that_address(coach, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "fout")
        assert response.status_code == 200  # the form again, with its error
    response = attempt(client, "fout")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Even wachten met inloggen" in page
    assert "15 minuten" in page
    # Now even the right password is refused from here ...
    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_holds_only_for_that_pair_and_ends_after_the_cool_off(coach, settings):
    import datetime

    from axes.models import AccessAttempt

    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "fout")
    # ... but the trainer on another address logs in at once,
    other = Client()
    assert attempt(other, PASSWORD, address="10.9.9.9").status_code == 302
    # and the lock ends by itself after the cool-off.
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - settings.AXES_COOLOFF_TIME * 1.1
    )
    assert attempt(client, PASSWORD).status_code == 302


def test_failing_again_during_the_lock_does_not_extend_it(coach, settings):
    from axes.models import AccessAttempt

    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "fout")
    first = AccessAttempt.objects.get().attempt_time
    attempt(client, "fout")
    attempt(client, "fout")
    assert AccessAttempt.objects.get().attempt_time == first


def test_a_right_password_before_the_limit_resets_the_count(coach, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "fout")
    assert attempt(client, PASSWORD).status_code == 302
    client.post(reverse("logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "fout")
    assert attempt(client, PASSWORD).status_code == 302


def test_new_passwords_need_twelve_characters():
    with pytest.raises(ValidationError) as error:
        validate_password("kort-ww-123")  # 11 characters
    assert any(e.code == "password_too_short" for e in error.value.error_list)
    validate_password("een-lang-wachtwoord-77")
