"""Load the cases from the articles and create demo accounts (for the README's first command)."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import BaseCommand, call_command
from django.db import transaction


class Command(BaseCommand):
    help = "Laadt de casussen uit de artikelen en maakt een demo-trainer en demo-coach aan."

    def handle(self, *args, **options):
        with transaction.atomic():
            call_command("loaddata", "cases", "client_scripts", verbosity=0)
            call_command("loaddata", "exercises", verbosity=0)  # workshops: ready-made set
            User = get_user_model()
            accounts = []
            for username, is_trainer in [("trainer", True), ("coach", False)]:
                password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(9)
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
