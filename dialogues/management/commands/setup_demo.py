"""Load the cases from the articles and create demo accounts (for the README's first command)."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import BaseCommand, CommandError, call_command
from django.db import transaction


class Command(BaseCommand):
    help = "Laadt de casussen uit de artikelen en maakt een demo-trainer en demo-coach aan."

    def handle(self, *args, **options):
        chosen = os.environ.get("DEMO_PASSWORD")
        if chosen:
            try:  # the same rules as for every new account: at least 12 characters, ...
                validate_password(chosen)
            except ValidationError as error:
                raise CommandError("DEMO_PASSWORD: " + " ".join(error.messages)) from error
        with transaction.atomic():
            call_command("loaddata", "cases", "client_scripts", verbosity=0)
            call_command("loaddata", "exercises", verbosity=0)  # workshops: ready-made set
            User = get_user_model()
            accounts = []
            for username, is_trainer in [("trainer", True), ("coach", False)]:
                password = chosen or secrets.token_urlsafe(12)  # 16 random characters
                user, _ = User.objects.get_or_create(username=username)
                user.set_password(password)
                user.is_staff = is_trainer
                user.save()
                if is_trainer:
                    user.groups.add(Group.objects.get(name="trainer"))
                accounts.append((username, password))
        self.stdout.write(self.style.SUCCESS("Casussen geladen. Demo-accounts:"))
        for username, password in accounts:
            self.stdout.write(f"  gebruikersnaam: {username:8}  wachtwoord: {password}")
