#!/usr/bin/python3
"""Load test of `credcheck serve`: N dossiers, E concurrent evaluators opening dossiers and
confirming facts for S seconds; reports p50/p95/p99 latency per kind of request, errors and the
server's resident memory.

  /usr/bin/python3 bench/serve_load.py --exe build/pipeline/credcheck --demo-out build/demo-dossiers \
      [--work /tmp/serve-load] [--dossiers 1000] [--evaluators 20] [--seconds 60]

The output folder is N copies of the demo dossiers (candidate ids load-0000...), with their crop
cache; each evaluator logs in once, then loops: claim a dossier of its own share, open it (the
dossier page: facts, decisions recomputed by the validators), confirm one of its facts (a
recomputation, an audit row, the review section written to dossier.json), open the queue now and
then. Latencies are measured by the client (threads in this one Python process), so they include
its own overhead on a shared machine."""
import argparse, http.client, json, os, random, re, shutil, statistics, subprocess, threading, time, urllib.parse


def percentile(values, p):
    if not values:
        return float('nan')
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1)))))
    return values[k]


def make_out(demo, work, count):
    out = os.path.join(work, 'out')
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(out)
    shutil.copytree(os.path.join(demo, '.credcheck', 'cache'), os.path.join(out, '.credcheck', 'cache'))
    sources = sorted(d for d in os.listdir(demo) if os.path.isfile(os.path.join(demo, d, 'dossier.json')))
    texts = {s: json.load(open(os.path.join(demo, s, 'dossier.json'))) for s in sources}
    for i in range(count):
        src = sources[i % len(sources)]
        d = dict(texts[src])
        d['candidate'] = dict(d['candidate'], id='load-%04d' % i)
        os.makedirs(os.path.join(out, 'load-%04d' % i))
        with open(os.path.join(out, 'load-%04d' % i, 'dossier.json'), 'w') as f:
            json.dump(d, f)
    return out


class Evaluator(threading.Thread):
    def __init__(self, port, name, ids, deadline, stats, lock):
        super().__init__(daemon=True)
        self.port, self.name, self.ids, self.deadline, self.stats, self.lock = port, name, ids, deadline, stats, lock
        self.conn = None
        self.cookies = {}

    def request(self, method, path, form=None, kind=None):
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {'Cookie': '; '.join('%s=%s' % kv for kv in self.cookies.items())}
        if body is not None:
            headers['Content-Type'] = 'application/x-www-form-urlencoded'
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection('127.0.0.1', self.port, timeout=30)
            start = time.perf_counter()
            try:
                self.conn.request(method, path, body=body, headers=headers)
                res = self.conn.getresponse()
                data = res.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    self.record(kind, None, time.perf_counter() - start)
                    return None, b''
                continue
            elapsed = time.perf_counter() - start
            for value in res.headers.get_all('Set-Cookie') or []:
                k, v = value.split(';')[0].split('=', 1)
                self.cookies[k] = v
            if res.getheader('Connection', '').lower() == 'close':
                self.conn.close()
                self.conn = None
            timing = re.search(r'cpu;dur=([0-9.]+)', res.getheader('Server-Timing', '') or '')
            self.record(kind, res.status, elapsed, float(timing.group(1)) if timing else None)
            return res.status, data
        return None, b''

    def record(self, kind, status, elapsed, cpu_ms=None):
        if kind is None:
            return
        with self.lock:
            s = self.stats.setdefault(kind, {'ms': [], 'errors': 0, 'cpu': []})
            s['ms'].append(elapsed * 1000)
            if cpu_ms is not None:
                s['cpu'].append(cpu_ms)
            if status is None or status >= 400:
                s['errors'] += 1

    def run(self):
        _, page = self.request('GET', '/login')
        token = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
        status, _ = self.request('POST', '/login', {'csrf': token, 'name': self.name, 'password': self.name + '-password'}, 'login')
        _, page = self.request('GET', '/', kind='queue')
        csrf = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
        n = 0
        while time.time() < self.deadline:
            dossier = random.choice(self.ids)
            self.request('POST', '/dossier/%s/claim' % dossier, {'csrf': csrf}, 'claim')
            _, page = self.request('GET', '/dossier/%s' % dossier, kind='dossier page')
            facts = re.findall(rb'<tr data-fact="([a-z0-9_.]+)"', page)
            if facts:
                fact = random.choice(facts).decode()
                self.request('POST', '/dossier/%s/fact' % dossier, {'csrf': csrf, 'fact': fact, 'action': 'confirm'}, 'confirm fact')
            n += 1
            if n % 10 == 0:
                self.request('GET', '/', kind='queue')


def cpu_seconds(pid):
    fields = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def rss_kb(pid, field):
    for line in open('/proc/%d/status' % pid):
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--exe', required=True)
    ap.add_argument('--demo-out', required=True)
    ap.add_argument('--work', default='/tmp/credcheck-serve-load')
    ap.add_argument('--dossiers', type=int, default=1000)
    ap.add_argument('--evaluators', type=int, default=20)
    ap.add_argument('--seconds', type=int, default=60)
    ap.add_argument('--port', type=int, default=18471)
    a = ap.parse_args()
    out = make_out(a.demo_out, a.work, a.dossiers)
    db = os.path.join(a.work, 'review.sqlite')
    names = ['eval%02d' % i for i in range(a.evaluators)]
    for name in names:
        subprocess.run([a.exe, 'users', 'add', name, '--db', db], input='%s-password\n%s-password\n' % (name, name),
                       text=True, check=True, capture_output=True)
    server = subprocess.Popen([a.exe, 'serve', '--out', out, '--db', db, '--listen', '127.0.0.1:%d' % a.port],
                              stdout=subprocess.PIPE, text=True)
    print(server.stdout.readline().strip())
    ids = ['load-%04d' % i for i in range(a.dossiers)]
    stats, lock = {}, threading.Lock()
    cpu_start = cpu_seconds(server.pid)
    load_start = os.getloadavg()[0]
    deadline = time.time() + a.seconds
    threads = [Evaluator(a.port, name, ids[i::a.evaluators], deadline, stats, lock) for i, name in enumerate(names)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    peak, now_rss = rss_kb(server.pid, 'VmHWM'), rss_kb(server.pid, 'VmRSS')
    cpu = cpu_seconds(server.pid) - cpu_start
    requests = sum(len(s['ms']) for s in stats.values())
    server.terminate()
    server.wait()
    print('%d dossiers, %d evaluators, %d s' % (a.dossiers, a.evaluators, a.seconds))
    # Latency depends on what else the machine runs; the server's CPU per request (its thread's
    # time, from the Server-Timing header) does not.
    print('%-14s %7s %8s %8s %8s %7s %12s %12s' % ('request', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'CPU ms p50', 'CPU ms mean'))
    for kind in ['login', 'queue', 'claim', 'dossier page', 'confirm fact']:
        s = stats.get(kind, {'ms': [], 'errors': 0, 'cpu': []})
        print('%-14s %7d %8.1f %8.1f %8.1f %7d %12.2f %12.2f' % (kind, len(s['ms']), percentile(s['ms'], 50), percentile(s['ms'], 95),
                                                                percentile(s['ms'], 99), s['errors'], percentile(s['cpu'], 50),
                                                                statistics.mean(s['cpu']) if s['cpu'] else float('nan')))
    print('server RSS: %.1f MB at the end, %.1f MB peak' % (now_rss / 1024, peak / 1024))
    print('server CPU: %.1f s for %d requests (%.1f ms each); load average %.1f at the start, %.1f at the end (%d cores)'
          % (cpu, requests, 1000 * cpu / max(1, requests), load_start, os.getloadavg()[0], os.cpu_count()))


if __name__ == '__main__':
    main()
