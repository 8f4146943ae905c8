"""Who may reach what: every URL pattern of the app and the admin, generated from the resolver,
against nine roles, GET and POST, plain and htmx.

Every pattern needs a rule in RULES (app) or in the admin tables below: a new URL without one
makes `test_every_url_pattern_has_a_rule` fail. A rule names the objects to try (each owned by
one role) and, per role, the outcome:

    ok            the role may use it: GET 200 (or the rule's own ok statuses), POST 200/204/302/
                  400/422 (a form with errors or a redirect after doing it)
    404           the object or page does not exist for this role
    login         302 to the login page (LoginRequiredMiddleware)
    join          302 to the workshop join page (someone who is no participant)
    admin_login   302 to the admin's login page
    admin_denied  403, or 302 back to the admin index ("does not exist" for this user)

A method the view does not take gives 405 (or the rule's denial, when the check comes first).
One world of objects is made once for the module, inside a transaction rolled back at its end;
every request runs in a savepoint that is rolled back too, so a POST that deletes changes nothing
for the next one.
"""

from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

ROLES = [
    "anonymous",
    "coach",
    "other_coach",
    "trainer",
    "other_trainer",
    "participant",
    "other_participant",
    "room_member",
    "superuser",
]
ACCOUNTS = {"coach", "other_coach", "trainer", "other_trainer", "superuser"}
TRAINERS = {"trainer", "other_trainer"}
STAFF = TRAINERS | {"superuser"}
SESSIONS_ONLY = {"participant", "other_participant", "room_member"}  # no account

# The marker makes pytest-django set up the test database; the world below lives in it.
pytestmark = pytest.mark.django_db

LOGIN = "/inloggen/"
ADMIN_LOGIN = "/admin/login/"
JOIN = "/workshops/meedoen/"


# --- the world -----------------------------------------------------------------------------


def make_world():
    from dialogues.models import Case, Dialogue, Practice, Turn
    from reviews.models import Comment, ImportDraft, Judgement, Share
    from rooms.models import Role, Room
    from workshops.models import Attempt, Exercise, Workshop

    call_command("loaddata", "cases", "client_scripts", "exercises", verbosity=0)
    User = get_user_model()
    trainer_group = Group.objects.get(name="trainer")
    users = {}
    for name in ("coach", "other_coach", "trainer", "other_trainer"):
        user = User.objects.create_user(name, password="matrix-wachtwoord-1")
        if name in TRAINERS:
            user.is_staff = True
            user.save()
            user.groups.add(trainer_group)
        users[name] = user
    users["superuser"] = User.objects.create_superuser("root", password="matrix-wachtwoord-2")
    case = Case.objects.get(slug="client-a")

    w = {"users": users, "case": case, "trainer_group": trainer_group}
    w["example"] = Dialogue.objects.examples().first()
    w["example_turn"] = w["example"].turns.filter(role="client").first()
    for owner in ("coach", "other_coach"):
        practice = Practice.start(users[owner], case)
        practice.dialogue.append_turn(Turn.Role.COACH, "Wat maakt dat je zo boos bent?")
        w[f"practice:{owner}"] = practice
    w["share:coach"] = Share.objects.create(
        dialogue=w["practice:coach"].dialogue, trainer=users["trainer"], shared_by=users["coach"]
    )
    for owner in ("trainer", "other_trainer"):
        user = users[owner]
        transcript = Dialogue.objects.create(
            title=f"Transcript {owner}", kind="imported", owner=user
        )
        client_turn = transcript.append_turn("client", "De directie wil mij weg hebben.")
        transcript.append_turn("coach", "Hoe merk je dat?")
        w[f"transcript:{owner}"] = transcript
        w[f"turn:{owner}"] = client_turn
        w[f"judgement:{owner}"] = Judgement.objects.create(
            turn=client_turn, author=user, code="external_blame", verdict="confirm"
        )
        w[f"comment:{owner}"] = Comment.objects.create(turn=client_turn, author=user, text="Goed")
        w[f"draft:{owner}"] = ImportDraft.objects.create(
            owner=user, title="Concept", turns=[["Coach", "Hoi"], ["Cliënt", "Hallo"]]
        )
        w[f"own_exercise:{owner}"] = Exercise.objects.create(
            kind="not_knowing", title=f"Eigen {owner}", text="Zij liegt altijd.", owner=user
        )
    ready_made = list(Exercise.objects.filter(owner__isnull=True))
    for owner, participant_role, name in (
        ("trainer", "participant", "Pia"),
        ("other_trainer", "other_participant", "Otto"),
    ):
        workshop = Workshop.objects.create(name=f"Workshop {owner}", trainer=users[owner])
        participant = workshop.join(name)
        if owner == "trainer":
            workshop.exercises.set(ready_made)
            exercise = next(e for e in ready_made if e.kind == "not_knowing")
        else:  # a different set, so the other participant cannot reach the first one's
            exercise = w["own_exercise:other_trainer"]
            workshop.exercises.set([exercise])
        attempt = Attempt.objects.create(
            participant=participant, exercise=exercise, answer={"text": "Hoe zo?"}
        )
        room = Room.open_for(participant, case, Role.COACH)
        room.post_turn(room.member(participant), "Wat ging er door je heen?")
        w[f"workshop:{owner}"] = workshop
        w[f"participant:{participant_role}"] = participant
        w[f"exercise:{participant_role}"] = exercise
        w[f"attempt:{participant_role}"] = attempt
        w[f"room:{participant_role}"] = room
        w[f"room_turn:{participant_role}"] = room.current_round().dialogue.turns.first()
    for model_name in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
        w[f"axes:{model_name}"] = access_row(model_name)
    from privacy.models import AuditEvent

    w["audit"] = AuditEvent.objects.create(
        action="view",
        object_type="transcript",
        owner=users["trainer"],
        actor=users["other_trainer"],
    )
    own_room = Room.open_own(users["trainer"], case)
    member = own_room.admit("Mo", Role.CLIENT)
    own_room.post_turn(member, "Mijn baas ziet mij niet staan.")
    w["room:room_member"] = own_room
    w["participant:room_member"] = member.participant
    w["room_turn:room_member"] = own_room.current_round().dialogue.turns.first()
    return w


def make_cookies(w):
    """Per role, the cookies of a browser that is that role."""
    from rooms.access import SESSION_KEY as ROOMS_KEY
    from workshops.access import SESSION_KEY as WORKSHOP_KEY

    cookies = {"anonymous": None}
    for role in ACCOUNTS:
        browser = Client()
        browser.force_login(w["users"][role])
        cookies[role] = browser.cookies
    for role, key, value in (
        ("participant", WORKSHOP_KEY, w["participant:participant"].pk),
        ("other_participant", WORKSHOP_KEY, w["participant:other_participant"].pk),
        (
            "room_member",
            ROOMS_KEY,
            {str(w["room:room_member"].pk): w["participant:room_member"].pk},
        ),
    ):
        browser = Client()
        session = browser.session
        session[key] = value
        session.save()
        cookies[role] = browser.cookies
    return cookies


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from django.db import connection

    with django_db_blocker.unblock():
        assert connection.settings_dict["NAME"] != str(settings.SQLITE_PATH), "not the test DB"
        with transaction.atomic():
            w = make_world()
            w["cookies"] = make_cookies(w)
            yield w
            transaction.set_rollback(True)


# --- rules ---------------------------------------------------------------------------------


@dataclass
class Rule:
    """`targets`: name → function(world) → URL kwargs; `outcome(role, target)`; `methods`: what
    the view takes; `ok_get`: the statuses of a permitted GET."""

    targets: dict
    outcome: object
    methods: tuple = ("GET",)
    ok_get: tuple = (200,)
    denied_post: tuple = ()


def no_args(world):
    return {}


NONE = {"-": no_args}


def public(role, target):
    return "ok"


def accounts(role, target):
    return "ok" if role in ACCOUNTS else "login"


def owner_only(owners=None):
    """The target's owner (the part of its name after the colon), or the given roles."""

    def outcome(role, target):
        if role == "anonymous" or role in SESSIONS_ONLY:
            return "login"
        allowed = owners(target) if owners else {target.split(":")[1]}
        return "ok" if role in allowed else "404"

    return outcome


def reviewing_trainers(role, target):
    if role == "anonymous" or role in SESSIONS_ONLY:
        return "login"
    return "ok" if role in STAFF else "404"


def trainers_only(role, target):
    if role == "anonymous" or role in SESSIONS_ONLY:
        return "login"
    return "ok" if role in TRAINERS else "404"


def build(**keys):
    """URL kwargs from the world: build(pk="room:participant", number=1) gives that room's pk and
    the number 1 (a value that names no object of the world is taken as it is)."""

    def kwargs(w):
        return {
            arg: w[key].pk if isinstance(key, str) and key in w else key
            for arg, key in keys.items()
        }

    return kwargs


def obj(key, arg="pk", attr="pk"):
    return lambda w: {arg: getattr(w[key], attr)}


def targets(prefix, owners, build):
    return {f"{prefix}:{owner}": build(f"{prefix}:{owner}") for owner in owners}


def practice_pk(key):
    return lambda w: {"pk": w[key].pk}


def dialogue_of_practice(key):
    return lambda w: {"pk": w[key].dialogue_id}


PRACTICES = targets("practice", ("coach", "other_coach"), practice_pk)
TRANSCRIPTS = targets("transcript", ("trainer", "other_trainer"), lambda k: obj(k))
# Reviewable: own transcripts, own practice sessions, and what was shared with one.
REVIEWABLE = {
    **TRANSCRIPTS,
    "practice:coach": dialogue_of_practice("practice:coach"),
    "practice:other_coach": dialogue_of_practice("practice:other_coach"),
}


def reviewers(target):
    return {"practice:coach": {"coach", "trainer"}}.get(target, {target.split(":")[1]})


REVIEW_TURNS = targets("turn", ("trainer", "other_trainer"), lambda k: obj(k, "turn_pk"))
WORKSHOPS = targets("workshop", ("trainer", "other_trainer"), lambda k: obj(k))
PARTICIPANT_ROLES = ("participant", "other_participant")
ROOM_ROLES = ("participant", "other_participant", "room_member")
ROOM_TRAINER = {"participant": "trainer", "other_participant": "other_trainer"}
ROOM_TRAINER["room_member"] = "trainer"
ROOMS = targets("room", ROOM_ROLES, lambda k: obj(k))


def participant_outcome(anonymous="404"):
    def outcome(role, target):
        owner = target.split(":")[1]
        if role == owner:
            return "ok"
        return anonymous if role not in PARTICIPANT_ROLES else "404"

    return outcome


def room_outcome(trainer_may=True, own_room_trainer_only=False, openers_only=False):
    """Room pages: the room's members (the participant roles opened the workshop rooms, the room
    member joined the trainer's own room) and the trainer of the room or of its workshop."""

    def outcome(role, target):
        member = target.split(":")[1]
        if role == member:
            return "404" if openers_only and member == "room_member" else "ok"
        if role == ROOM_TRAINER[member] and trainer_may:
            if own_room_trainer_only and member != "room_member":
                return "404"
            return "ok"
        return "404"

    return outcome


def join_or(role_ok):
    def outcome(role, target):
        return "ok" if role in role_ok else "join"

    return outcome


RULES = {
    # project
    "login": Rule(NONE, public, methods=("GET", "POST"), ok_get=(200, 302)),
    "logout": Rule(NONE, lambda r, t: "ok" if r in ACCOUNTS else "login", methods=("POST",)),
    "set_language": Rule(NONE, public, methods=("GET", "POST"), ok_get=(302,)),
    "health": Rule(NONE, public),
    # dialogues
    "dialogues:landing": Rule(NONE, public),
    # A trainer's home after login; anyone else goes on to the cases.
    "dialogues:start": Rule(NONE, accounts, ok_get=(200, 302)),
    "dialogues:case_list": Rule(NONE, accounts),
    "dialogues:case_detail": Rule({"case": lambda w: {"slug": "client-a"}}, accounts),
    "dialogues:analyse": Rule(NONE, accounts, methods=("GET", "POST")),
    "dialogues:practice_start": Rule(
        {"case": lambda w: {"slug": "client-a"}}, accounts, methods=("GET", "POST"), ok_get=(302,)
    ),
    "dialogues:practice_list": Rule(NONE, accounts),
    # The scripted clients are the shared library: every trainer edits them.
    "dialogues:script_edit": Rule(
        {"case": lambda w: {"slug": "client-a"}}, trainers_only, methods=("GET", "POST")
    ),
    "dialogues:practice": Rule(PRACTICES, owner_only()),
    "dialogues:practice_turn": Rule(PRACTICES, owner_only(), methods=("POST",)),
    "dialogues:practice_hint": Rule(PRACTICES, owner_only(), methods=("POST",)),
    "dialogues:practice_finish": Rule(PRACTICES, owner_only(), methods=("POST",)),
    "dialogues:practice_debrief": Rule(PRACTICES, owner_only()),
    "dialogues:practice_delete": Rule(PRACTICES, owner_only(), methods=("POST",)),
    "dialogues:practice_export": Rule(
        {f"practice:{o}": build(pk=f"practice:{o}", fmt="json") for o in ("coach", "other_coach")},
        owner_only(),
    ),
    # reviews
    "reviews:list": Rule(NONE, accounts),
    # Reviews count superusers as trainers (they hold every permission, the review one too).
    "reviews:import": Rule(NONE, reviewing_trainers, methods=("GET", "POST")),
    "reviews:import_preview": Rule(
        targets("draft", ("trainer", "other_trainer"), lambda k: obj(k)),
        owner_only(),
        methods=("GET", "POST"),
    ),
    # Anyone's own judgements (a coach judges their own practice sessions too).
    "reviews:agreement": Rule(NONE, accounts),
    "reviews:export_all_jsonl": Rule(NONE, accounts),
    "reviews:detail": Rule(REVIEWABLE, owner_only(reviewers)),
    "reviews:summary": Rule(REVIEWABLE, owner_only(reviewers)),
    "reviews:report": Rule(REVIEWABLE, owner_only(reviewers)),
    "reviews:export_csv": Rule(REVIEWABLE, owner_only(reviewers)),
    "reviews:export_json": Rule(REVIEWABLE, owner_only(reviewers)),
    "reviews:export_jsonl": Rule(REVIEWABLE, owner_only(reviewers)),
    "reviews:share": Rule(REVIEWABLE, owner_only(), methods=("POST",)),
    "reviews:unshare": Rule(
        {
            "practice:coach": lambda w: {
                "pk": w["practice:coach"].dialogue_id,
                "share_pk": w["share:coach"].pk,
            }
        },
        owner_only(),
        methods=("POST",),
    ),
    # Only imported transcripts are deleted here (practice sessions on their own page).
    "reviews:delete": Rule(
        REVIEWABLE,
        owner_only(lambda t: {t.split(":")[1]} if t.startswith("transcript") else set()),
        methods=("GET", "POST"),
    ),
    "reviews:turn": Rule(REVIEW_TURNS, owner_only()),
    "reviews:judge": Rule(REVIEW_TURNS, owner_only(), methods=("POST",)),
    "reviews:add_marker": Rule(REVIEW_TURNS, owner_only(), methods=("POST",)),
    "reviews:remove_judgement": Rule(
        {
            f"judgement:{o}": build(turn_pk=f"turn:{o}", pk=f"judgement:{o}")
            for o in ("trainer", "other_trainer")
        },
        owner_only(),
        methods=("POST",),
    ),
    "reviews:comment": Rule(REVIEW_TURNS, owner_only(), methods=("POST",)),
    "reviews:delete_comment": Rule(
        {
            f"comment:{o}": build(turn_pk=f"turn:{o}", pk=f"comment:{o}")
            for o in ("trainer", "other_trainer")
        },
        owner_only(),
        methods=("POST",),
    ),
    # workshops: participants
    "workshops:join": Rule(NONE, public, methods=("GET", "POST")),
    "workshops:join_code": Rule(
        {"workshop:trainer": lambda w: {"code": w["workshop:trainer"].join_code}},
        public,
        methods=("GET", "POST"),
    ),
    "workshops:home": Rule(NONE, join_or({"participant", "other_participant"})),
    "workshops:exercise": Rule(
        targets("exercise", PARTICIPANT_ROLES, lambda k: obj(k)),
        participant_outcome(),
        methods=("GET", "POST"),
    ),
    "workshops:attempt": Rule(
        targets("attempt", PARTICIPANT_ROLES, lambda k: obj(k)), participant_outcome()
    ),
    "workshops:leave": Rule(NONE, public, methods=("POST",)),
    # workshops: trainers
    "workshops:index": Rule(
        NONE, lambda r, t: "ok" if r in TRAINERS else "join" if r in ACCOUNTS else "login"
    ),
    "workshops:create": Rule(NONE, trainers_only, methods=("GET", "POST"), ok_get=(302,)),
    "workshops:dashboard": Rule(WORKSHOPS, owner_only()),
    "workshops:dashboard_figures": Rule(WORKSHOPS, owner_only()),
    "workshops:edit": Rule(WORKSHOPS, owner_only(), methods=("GET", "POST")),
    "workshops:close": Rule(WORKSHOPS, owner_only(), methods=("POST",)),
    "workshops:reopen": Rule(WORKSHOPS, owner_only(), methods=("POST",)),
    "workshops:delete": Rule(WORKSHOPS, owner_only(), methods=("GET", "POST")),
    "workshops:remove_participant": Rule(
        {
            "workshop:trainer": lambda w: {
                "pk": w["workshop:trainer"].pk,
                "participant_pk": w["participant:participant"].pk,
            },
            "workshop:other_trainer": lambda w: {
                "pk": w["workshop:other_trainer"].pk,
                "participant_pk": w["participant:other_participant"].pk,
            },
        },
        owner_only(),
        methods=("POST",),
    ),
    "workshops:export": Rule(WORKSHOPS, owner_only()),
    "workshops:exercise_library": Rule(NONE, trainers_only),
    # From a client line of an example dialogue (any trainer) or of one's own dialogues.
    "workshops:exercise_from_turn": Rule(
        {
            "turn:trainer": obj("turn:trainer", "turn_pk"),
            "turn:other_trainer": obj("turn:other_trainer", "turn_pk"),
            "example:trainer": obj("example_turn", "turn_pk"),
        },
        owner_only(lambda t: TRAINERS if t.startswith("example") else {t.split(":")[1]}),
        methods=("GET", "POST"),
    ),
    # rooms
    "rooms:list": Rule(NONE, join_or(ACCOUNTS | set(ROOM_ROLES))),
    "rooms:open": Rule(
        NONE, lambda r, t: "ok" if r in PARTICIPANT_ROLES else "404", methods=("POST",)
    ),
    "rooms:open_own": Rule(NONE, trainers_only, methods=("POST",)),
    "rooms:join_by_code": Rule(NONE, public, methods=("GET", "POST")),
    "rooms:join_link": Rule(
        {"room:room_member": lambda w: {"code": w["room:room_member"].join_code}},
        public,
        methods=("GET", "POST"),
        ok_get=(200, 302),  # a member (or its trainer) goes straight into the room
    ),
    "rooms:history": Rule(NONE, lambda r, t: "404" if r == "anonymous" else "ok"),
    "rooms:room": Rule(targets("room", ROOM_ROLES, lambda k: obj(k)), room_outcome()),
    # Taking a role: members, and the trainer of their own room (a workshop's trainer only
    # reads along).
    "rooms:join": Rule(ROOMS, room_outcome(own_room_trainer_only=True), methods=("POST",)),
    # Posting a turn: the holder of a speaking role (here every member); trainers read along.
    "rooms:turn": Rule(ROOMS, room_outcome(trainer_may=False), methods=("POST",)),
    "rooms:turns": Rule(
        targets("room", ROOM_ROLES, lambda k: obj(k)), room_outcome(), ok_get=(200, 204)
    ),
    "rooms:note": Rule(
        {f"room:{m}": build(pk=f"room:{m}", turn_pk=f"room_turn:{m}") for m in ROOM_ROLES},
        # Only observers keep notes: nobody in this world observes (tests/rooms covers them).
        lambda r, t: "404",
        methods=("POST",),
    ),
    # New rounds and closing: the one who opened the room and the trainer.
    "rooms:new_round": Rule(ROOMS, room_outcome(openers_only=True), methods=("POST",)),
    "rooms:close": Rule(ROOMS, room_outcome(openers_only=True), methods=("POST",)),
    # Deleting: the trainer of the room or of its workshop (an account: others log in first).
    "rooms:delete": Rule(
        ROOMS,
        lambda r, t: (
            "ok" if r == ROOM_TRAINER[t.split(":")[1]] else "404" if r in ACCOUNTS else "login"
        ),
        methods=("GET", "POST"),
    ),
    "rooms:round": Rule(
        {f"room:{m}": build(pk=f"room:{m}", number=1) for m in ROOM_ROLES},
        room_outcome(),
    ),
    # privacy
    "privacy:my_data": Rule(NONE, public),
    "privacy:export": Rule(NONE, lambda r, t: "404" if r == "anonymous" else "ok"),
    "privacy:delete": Rule(
        NONE, lambda r, t: "404" if r == "anonymous" else "ok", methods=("GET", "POST")
    ),
}


# --- the admin -----------------------------------------------------------------------------

# Every model registered in the admin, and who works on it there: "library" (trainers on the
# shared library rows, superusers on all) or "superuser" (people's own data: superusers only).
# Per model the objects to try: a library row (if any) and a private one.
ADMIN_MODELS = {
    "auth.group": ("superuser", {"private": lambda w: w["trainer_group"]}),
    "auth.user": ("superuser", {"private": lambda w: w["users"]["coach"]}),
    "dialogues.case": ("library", {"library": lambda w: w["case"]}),
    "dialogues.dialogue": (
        "library",
        {"library": lambda w: w["example"], "private": lambda w: w["practice:coach"].dialogue},
    ),
    "dialogues.turn": (
        "library",
        {"library": lambda w: w["example_turn"], "private": lambda w: w["turn:trainer"]},
    ),
    "dialogues.clientscript": ("library", {"library": lambda w: w["case"].script}),
    "dialogues.practice": ("superuser", {"private": lambda w: w["practice:coach"]}),
    "workshops.workshop": ("superuser", {"private": lambda w: w["workshop:trainer"]}),
    "workshops.participant": ("superuser", {"private": lambda w: w["participant:participant"]}),
    "workshops.exercise": ("superuser", {"private": lambda w: w["own_exercise:trainer"]}),
    "workshops.attempt": ("superuser", {"private": lambda w: w["attempt:participant"]}),
    "reviews.judgement": ("superuser", {"private": lambda w: w["judgement:trainer"]}),
    "reviews.comment": ("superuser", {"private": lambda w: w["comment:trainer"]}),
    "reviews.share": ("superuser", {"private": lambda w: w["share:coach"]}),
    "reviews.importdraft": ("superuser", {"private": lambda w: w["draft:trainer"]}),
    # The audit trail: read-only for superusers (a change form that cannot be sent: 403).
    "privacy.auditevent": ("readonly", {"private": lambda w: w["audit"]}),
    # django-axes' login records: read-only logs, superusers only (nobody adds one by hand).
    "axes.accessattempt": ("log", {"private": lambda w: w["axes:AccessAttempt"]}),
    "axes.accesslog": ("log", {"private": lambda w: w["axes:AccessLog"]}),
    "axes.accessfailurelog": ("log", {"private": lambda w: w["axes:AccessFailureLog"]}),
}
MODEL_VIEWS = ("changelist", "add", "history", "delete", "change", "redirect", "password_change")


def access_row(model_name):
    from axes import models as axes_models
    from django.utils import timezone

    model = getattr(axes_models, model_name)
    fields = {"username": "coach", "ip_address": "10.0.0.1", "user_agent": "test"}
    if model_name == "AccessAttempt":
        fields.update(failures_since_start=1, get_data="", post_data="")
    elif model_name == "AccessFailureLog":
        fields["path_info"] = "/inloggen/"
    return model.objects.create(attempt_time=timezone.now(), **fields)


def admin_outcome(scope, view, kind):
    """Outcome per role of one admin page of a model (`kind`: the object tried, or None)."""

    def outcome(role, target):
        if role not in STAFF:
            return "admin_login"
        if role == "superuser":
            return "admin_denied" if scope in ("log", "readonly") and view == "add" else "ok"
        if scope in ("superuser", "log", "readonly"):
            return "admin_denied"
        if view in ("changelist", "add") or kind == "library":
            return "ok"
        return "admin_denied"

    return outcome


ADMIN_SITE = {
    "admin:index": Rule(
        NONE, lambda r, t: "ok" if r in STAFF else "admin_login", methods=("GET", "POST")
    ),
    "admin:login": Rule(
        NONE,
        lambda r, t: "ok",
        methods=("GET", "POST"),
        ok_get=(200, 302),
    ),
    # Someone logged in without admin access is sent to the admin index (and from there to
    # the login page).
    "admin:logout": Rule(
        NONE,
        lambda r, t: "ok" if r in STAFF else "admin_denied" if r in ACCOUNTS else "admin_login",
        methods=("POST",),
    ),
    "admin:password_change": Rule(
        NONE, lambda r, t: "ok" if r in STAFF else "admin_login", methods=("GET", "POST")
    ),
    "admin:password_change_done": Rule(NONE, lambda r, t: "ok" if r in STAFF else "admin_login"),
    # Without its parameters: 403 for staff (Django's own check), never a server error.
    "admin:autocomplete": Rule(NONE, lambda r, t: "admin_denied" if r in STAFF else "admin_login"),
    "admin:jsi18n": Rule(NONE, lambda r, t: "ok" if r in STAFF else "admin_login"),
    "admin:view_on_site": Rule(
        {
            "case": lambda w: {
                "content_type_id": content_type_id("dialogues.case"),
                "object_id": w["case"].pk,
            }
        },
        lambda r, t: "ok" if r in STAFF else "admin_login",
        ok_get=(302,),
        methods=("GET", "POST"),
    ),
    "admin:app_list": Rule(
        {
            "dialogues": lambda w: {"app_label": "dialogues"},
            "workshops": lambda w: {"app_label": "workshops"},
        },
        lambda r, t: (
            "admin_login"
            if r not in STAFF
            else "ok"
            if r == "superuser" or t == "dialogues"
            else "404"
        ),
        methods=("GET", "POST"),
    ),
    # Anything else under /admin/: "does not exist", once logged in.
    "admin/(?P<url>.*)$": Rule(
        {"nothing": lambda w: {"url": "niet-bestaand/"}},
        lambda r, t: "404" if r in STAFF else "admin_login",
    ),
}


def content_type_id(label):
    from django.contrib.contenttypes.models import ContentType

    app_label, model = label.split(".")
    return ContentType.objects.get_by_natural_key(app_label, model).pk


def pk_of(arg, find):
    return lambda w: {arg: find(w).pk}


def admin_model_rule(label, view):
    scope, objects = ADMIN_MODELS[label]
    if view in ("changelist", "add"):
        return Rule(NONE, admin_outcome(scope, view, None), methods=("GET", "POST"))
    arg = "id" if view == "password_change" else "object_id"
    target_map = {kind: pk_of(arg, find) for kind, find in objects.items()}
    if view == "redirect":  # <object_id>/ → <object_id>/change/, which decides
        return Rule(
            target_map,
            lambda r, t: "ok" if r in STAFF else "admin_login",
            ok_get=(302,),
            methods=("GET", "POST"),
        )
    rule = Rule(target_map, None, methods=("GET", "POST"))
    if scope == "readonly" and view == "change":
        rule.denied_post = (403,)
    rule.outcome = lambda role, target: admin_outcome(scope, view, target)(role, target)
    return rule


# --- the patterns --------------------------------------------------------------------------


def walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(
                pattern.url_patterns, prefix + str(pattern.pattern), pattern.namespace or namespace
            )
        elif isinstance(pattern, URLPattern):
            yield namespace, pattern, prefix + str(pattern.pattern)


def admin_model_view(pattern):
    """(model label, view) of a ModelAdmin's pattern, or None for the admin site's own."""
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        name = f"{model._meta.app_label}_{model._meta.model_name}_"
        if pattern.name and pattern.name.startswith(name):
            view = pattern.name[len(name) :]
            return label, view
        callback = getattr(pattern.callback, "__self__", None)
        if pattern.name is None and getattr(pattern.callback, "model_admin", None) is model_admin:
            return label, "redirect"
        if callback is model_admin:
            return label, "redirect"
    return None


def all_patterns():
    """[(key, Rule or None, reverse name or route)] for every URL pattern of the project."""
    found = []
    for namespace, pattern, route in walk(get_resolver().url_patterns):
        if namespace == "admin":
            model_view = admin_model_view(pattern)
            if model_view is not None:
                label, view = model_view
                key = f"admin:{label}:{view}"
                rule = admin_model_rule(label, view) if label in ADMIN_MODELS else None
                found.append((key, rule, pattern, route))
                continue
            key = f"admin:{pattern.name}" if pattern.name else route
            found.append((key, ADMIN_SITE.get(key), pattern, route))
            continue
        key = f"{namespace}:{pattern.name}" if namespace else (pattern.name or route)
        found.append((key, RULES.get(key), pattern, route))
    return found


PATTERNS = all_patterns()


def test_every_url_pattern_has_a_rule():
    missing = [f"{key} ({route})" for key, rule, _pattern, route in PATTERNS if rule is None]
    assert missing == [], "URL patterns without a rule in tests/test_url_matrix.py: " + ", ".join(
        missing
    )
    registered = {m._meta.label_lower for m in admin.site._registry}
    assert registered == set(ADMIN_MODELS), "classify every admin model in ADMIN_MODELS"


def url_for(key, pattern, route, kwargs):
    if key.startswith("admin/"):
        return "/" + "admin/" + kwargs["url"]
    if key.startswith("admin:") and key.count(":") == 2:  # a ModelAdmin pattern
        _, label, view = key.split(":")
        app_label, model = label.split(".")
        if view == "redirect":
            return f"/admin/{app_label}/{model}/{kwargs['object_id']}/"
        return reverse(f"admin:{app_label}_{model}_{view}", kwargs=kwargs)
    return reverse(key, kwargs=kwargs)


CASES = [
    pytest.param(key, target, id=f"{key}[{target}]")
    for key, rule, _pattern, _route in PATTERNS
    if rule is not None
    for target in rule.targets
]
BY_KEY = {key: (rule, pattern, route) for key, rule, pattern, route in PATTERNS}


@dataclass
class Verdict:
    role: str
    method: str
    htmx: bool
    expected: str
    status: int
    location: str = ""
    problems: list = field(default_factory=list)


def judge(rule, outcome, method, response, htmx=False):
    status = response.status_code
    location = response.headers.get("Location", "")
    if outcome == "login" and htmx:  # the login page as a whole (coachapp/htmx_errors.py)
        return status == 200 and response.headers.get("HX-Redirect", "").startswith(LOGIN)
    if outcome == "login":
        return status == 302 and location.startswith(LOGIN)
    if outcome == "admin_login":  # the admin's login, or the app's (LoginRequiredMiddleware)
        return status == 302 and location.startswith((ADMIN_LOGIN, LOGIN))
    if method not in rule.methods:  # 405, unless the view refuses this role first
        if status == 405:
            return True
        if outcome == "404":
            return status == 404
        if outcome == "admin_denied":
            return status == 403 or (status == 302 and location == "/admin/")
        return False
    if outcome == "join":
        return status == 302 and location.startswith(JOIN)
    if outcome == "404":
        return status == 404 or (method == "POST" and status in rule.denied_post)
    if outcome == "admin_denied":
        return status == 403 or (status == 302 and location == "/admin/")
    if outcome == "ok":
        if method == "GET":
            return status in rule.ok_get
        if status in rule.denied_post:  # a read-only page that refuses to be sent
            return True
        return status in (200, 204, 302, 400, 422) and not location.startswith(LOGIN)
    raise AssertionError(f"unknown outcome {outcome}")


def header_problems(response, htmx=False):
    """Every answer: never stored by a browser or proxy; every HTML page: the
    Content-Security-Policy, and nothing inline that it would block. An htmx request's error
    (but 422, a form with its errors) swaps no page into a fragment: an `HX-Redirect` to the
    login page, or a message with `HX-Reswap: none`."""
    from tests.privacy.test_headers import inline_problems

    problems = []
    if htmx and response.status_code >= 400 and response.status_code != 422:
        if not response.has_header("HX-Redirect") and response.get("HX-Reswap") != "none":
            problems.append(f"htmx {response.status_code} without HX-Reswap: none")
        if b"<html" in response.content:
            problems.append(f"htmx {response.status_code} answered with a whole page")
    if "no-store" not in response.headers.get("Cache-Control", ""):
        problems.append(f"Cache-Control {response.headers.get('Cache-Control')!r}")
    if response.headers.get("Content-Type", "").startswith("text/html"):
        if "script-src 'self'" not in response.headers.get("Content-Security-Policy", ""):
            problems.append("no Content-Security-Policy")
        if response.status_code == 200:
            found = inline_problems(response.content.decode())
            if found:
                problems.append(f"inline: {sorted(set(found))}")
    return problems


@pytest.mark.parametrize("key,target", CASES)
def test_role_url_matrix(world, django_db_blocker, key, target):
    rule, pattern, route = BY_KEY[key]
    with django_db_blocker.unblock():
        url = url_for(key, pattern, route, rule.targets[target](world))
        wrong = []
        cache.clear()
        htmx_variants = (False,) if key.startswith("admin") else (False, True)
        for role in ROLES:
            outcome = rule.outcome(role, target)
            for method in ("GET", "POST"):
                for htmx in htmx_variants:
                    browser = Client()
                    if world["cookies"][role] is not None:
                        browser.cookies = world["cookies"][role].__class__(world["cookies"][role])
                    headers = {"HX-Request": "true"} if htmx else {}
                    with transaction.atomic():
                        try:
                            call = browser.get if method == "GET" else browser.post
                            response = call(url, headers=headers)
                        except Exception as error:  # noqa: BLE001 - a server error is a finding
                            response = None
                            wrong.append(f"{role} {method} htmx={htmx}: {error!r} (want {outcome})")
                        transaction.set_rollback(True)
                    if response is None:
                        continue
                    where = f"{role} {method} htmx={htmx}"
                    if not judge(rule, outcome, method, response, htmx):
                        wrong.append(
                            f"{where}: {response.status_code} "
                            f"{response.headers.get('Location', '')} (want {outcome})"
                        )
                    problems = header_problems(response, htmx)
                    wrong += [f"{where}: {problem}" for problem in problems]
        assert wrong == [], f"{url}:\n  " + "\n  ".join(wrong)


def test_a_new_url_without_a_rule_fails_the_matrix(settings):
    """The check above is generated from the resolver: a pattern nobody wrote a rule for shows."""
    import sys
    import types

    from django.urls import clear_url_caches, path

    import coachapp.urls

    module = types.ModuleType("matrix_extra_urls")
    module.urlpatterns = [
        *coachapp.urls.urlpatterns,
        path("geheim/<int:pk>/", lambda request, pk: None, name="geheim"),
    ]
    sys.modules["matrix_extra_urls"] = module
    settings.ROOT_URLCONF = "matrix_extra_urls"
    try:
        clear_url_caches()
        missing = [key for key, rule, _pattern, _route in all_patterns() if rule is None]
    finally:
        del sys.modules["matrix_extra_urls"]
        clear_url_caches()
    assert missing == ["geheim"]
