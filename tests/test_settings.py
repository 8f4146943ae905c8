import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def clean_environment(extra_env):
    """The machine's environment without what the test settings set, plus extra_env."""
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DEBUG")}
    return {**env, **extra_env}


def run_check(extra_env):
    env = clean_environment(extra_env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_passes_with_production_environment():
    result = run_check(
        {
            "DEBUG": "0",
            "SECRET_KEY": "een-lange-willekeurige-sleutel-" + "x7Qp9zLm2" * 6,
            "ALLOWED_HOSTS": "coach.example.nl",
        }
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_check_fails_with_development_defaults():
    result = run_check({"DEBUG": "1", "SECRET_KEY": ""})
    assert result.returncode != 0


def test_production_refuses_to_start_without_secret_key():
    result = run_check({"DEBUG": "0", "SECRET_KEY": "", "ALLOWED_HOSTS": "coach.example.nl"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_debug_is_off_unless_set():
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings as s; print(s.DEBUG, s.SESSION_COOKIE_SECURE)",
        ],
        cwd=ROOT,
        env=clean_environment({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "coach.example.nl"}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split()[-2:] == ["False", "True"], result.stdout + result.stderr


def test_command_line_use_works_without_secret_key_but_serving_is_refused(tmp_path):
    """`manage.py analyse` must run on a fresh clone with no environment; `check --deploy`
    (scripts/serve.sh) refuses a process that has no SECRET_KEY of its own."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env["DJANGO_SETTINGS_MODULE"] = "coachapp.settings"
    turns = tmp_path / "turns.jsonl"
    turns.write_text('{"id": "1", "role": "client", "text": "Het ligt aan mijn baas."}\n')
    analysed = subprocess.run(
        [sys.executable, "manage.py", "analyse", str(turns)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert analysed.returncode == 0, analysed.stderr
    assert "external_blame" in analysed.stdout
    deploy = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert deploy.returncode != 0
    assert "coachapp.E001" in deploy.stderr + deploy.stdout
