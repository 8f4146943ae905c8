"""A trainer's account: staff (for the shared library in /admin/), in the group `trainer`, never a
superuser (a superuser sees everyone's sessions, transcripts and answers in the admin).

    python manage.py create_trainer jdevries --email j.devries@example.nl
    TRAINER_PASSWORD=… python manage.py create_trainer jdevries --no-input
"""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from coachapp.roles import TRAINER_GROUP

PASSWORD_VARIABLE = "TRAINER_PASSWORD"  # noqa: S105 (the name of a variable)


class Command(BaseCommand):
    help = (
        "Maak een traineraccount: staff, in de groep 'trainer', geen superuser. Het wachtwoord "
        f"wordt gevraagd, of met --no-input uit ${PASSWORD_VARIABLE} gelezen."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help=f"Vraag niets; het wachtwoord staat in ${PASSWORD_VARIABLE}.",
        )

    def handle(self, username, email, first_name, last_name, interactive, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"Er bestaat al een account '{username}'.")
        user = User(
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_staff=True,
            is_superuser=False,
        )
        password = self._password(user, interactive)
        user.set_password(password)
        try:
            group = Group.objects.get(name=TRAINER_GROUP)
        except Group.DoesNotExist:
            raise CommandError("De groep 'trainer' ontbreekt: draai eerst `migrate`.") from None
        with transaction.atomic():
            user.save()
            user.groups.add(group)
        self.stdout.write(
            f"Trainer '{username}' aangemaakt (staff, groep trainer, geen superuser)."
        )

    def _password(self, user, interactive):
        if not interactive:
            password = os.environ.get(PASSWORD_VARIABLE, "")
            if not password:
                raise CommandError(f"Zet het wachtwoord in ${PASSWORD_VARIABLE}.")
            self._validate(password, user)
            return password
        for _attempt in range(3):
            password = getpass.getpass("Wachtwoord: ")
            if password != getpass.getpass("Wachtwoord (nog eens): "):
                self.stderr.write("De wachtwoorden verschillen.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write("\n".join(error.messages))
                continue
            return password
        raise CommandError("Geen geldig wachtwoord opgegeven.")

    def _validate(self, password, user):
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
