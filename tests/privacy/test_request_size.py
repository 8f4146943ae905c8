"""A body larger than REQUEST_MAX_BYTES is refused before it is read, on any address."""

import io

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


class Unreadable(io.RawIOBase):
    """A request body that fails the test if anyone reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readinto = read


@pytest.mark.parametrize("path", ["/workshops/meedoen/", "/inloggen/", "/rollenspel/meedoen/"])
def test_a_large_multipart_body_to_an_anonymous_page_is_refused_unread(settings, path):
    length = settings.REQUEST_MAX_BYTES + 1
    response = Client().generic(
        "POST",
        path,
        b"",
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    assert "groter dan 3 MB" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_body_within_the_limit_is_read_as_usual(settings):
    response = Client().post("/workshops/meedoen/", {"code": "XXXX", "display_name": "Anna"})
    assert response.status_code != 413


def test_the_documented_nginx_block_limits_the_body_too():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    block = readme.split("```nginx", 1)[1].split("```", 1)[0]
    assert "client_max_body_size 3m;" in block
