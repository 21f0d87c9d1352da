#!/usr/bin/env python3
"""Checks a compose file's credcheck commands without a docker daemon: loads the YAML (anchors and
merge keys resolved), maps every volume to a temporary folder, points the database URL at a
PostgreSQL server you give, then runs what the services run with the built binary: the watch
services together (with --until-idle added, over a copy of INBOX_FROM), `status`, and `serve`
until it says it listens. Exits non-zero, saying why, on the first command the binary refuses.

  /usr/bin/python3 docker/check_compose.py docker/compose.postgres.yaml \\
      --binary build/pipeline/credcheck --state postgresql://... --inbox-from samples/demo/packets
"""
import argparse, os, shutil, signal, subprocess, sys, tempfile, time
import yaml

DB_URL_IN_COMPOSE = "postgresql://credcheck@db/credcheck"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("compose")
    ap.add_argument("--binary", required=True)
    ap.add_argument("--state", required=True, help="a postgresql:// URL of an empty database to run against")
    ap.add_argument("--inbox-from", required=True, help="candidate folders copied into the inbox")
    ap.add_argument("--timeout", type=float, default=600)
    a = ap.parse_args()
    with open(a.compose) as f:
        compose = yaml.safe_load(f)
    root = tempfile.mkdtemp(prefix="credcheck-compose-")
    folders = {}

    def host_folder(source):
        if source not in folders:
            folders[source] = os.path.join(root, source.strip("./").replace("/", "_") or "root")
            os.makedirs(folders[source], exist_ok=True)
        return folders[source]

    def command_of(service):
        mounts = {}
        for v in service.get("volumes", []):
            source, target = v.split(":")[:2]
            mounts[target] = host_folder(source)
        args = []
        for arg in service["command"]:
            arg = arg.replace(DB_URL_IN_COMPOSE, a.state)
            for target, folder in sorted(mounts.items(), key=lambda m: -len(m[0])):
                if arg == target or arg.startswith(target + "/"):
                    arg = folder + arg[len(target):]
                    break
            args.append(arg)
        return [a.binary] + args

    services = {n: s for n, s in compose["services"].items() if s.get("image") == "credcheck"}
    watch = {n: command_of(s) for n, s in services.items() if s["command"][0] == "watch"}
    serve = {n: command_of(s) for n, s in services.items() if s["command"][0] == "serve"}
    if not watch or not serve:
        sys.exit("expected watch and serve services in " + a.compose)
    inbox = host_folder("./inbox")
    shutil.copytree(a.inbox_from, inbox, dirs_exist_ok=True)
    env = dict(os.environ, PGPASSWORD=os.environ.get("PGPASSWORD", "unused"))
    procs = {n: subprocess.Popen(cmd + ["--until-idle"], env=env) for n, cmd in watch.items()}
    failed = False
    for n, p in procs.items():
        code = p.wait(timeout=a.timeout)
        print(f"{n}: {' '.join(watch[n][1:])} --until-idle -> exit {code}")
        failed |= code != 0
    status = subprocess.run([a.binary, "status", "--state", a.state], env=env, capture_output=True, text=True)
    print(status.stdout)
    failed |= status.returncode != 0
    for n, cmd in serve.items():
        cmd = [c.replace("0.0.0.0:8470", "127.0.0.1:0") for c in cmd]
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
        line = p.stdout.readline()
        p.send_signal(signal.SIGTERM)
        code = p.wait(timeout=30)
        print(f"{n}: {' '.join(cmd[1:])} -> {line.strip()!r}, exit {code} after SIGTERM")
        failed |= "listening on" not in line
    out = host_folder("./out")
    dossiers = sorted(d for d in os.listdir(out) if os.path.isfile(os.path.join(out, d, "dossier.json")))
    print(f"{len(dossiers)} dossiers in out/, {sum(len(f) for _, _, f in os.walk(inbox))} files left in the inbox")
    failed |= not dossiers
    shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
