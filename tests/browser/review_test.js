// The review server in a real browser: playwright-core drives Debian's chromium (no browser
// download) against `credcheck serve` on 127.0.0.1 over a copy of the demo dossiers. An evaluator
// fails a wrong password, logs in, claims a dossier, corrects a course's credits and sees the
// decision change, approves; another account is locked after repeated failures; an override to
// eligible waits for a supervisor's second approval; the reviewed dossier.json, the audit trail
// and `credcheck audit verify` are checked; screenshots of the queue and of a dossier
// under review are kept in SCREENSHOT_DIR.
//   node review_test.js CREDCHECK_EXE DEMO_OUT_DIR WORK_DIR SCREENSHOT_DIR DEMO_INPUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const assert = require('assert');

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.log('SKIP: playwright-core is not installed (scripts/setup.sh --tests runs npm ci in tests/browser)');
  process.exit(77);
}
const CHROMIUM = '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.log('SKIP: chromium is not installed');
  process.exit(77);
}

const [exe, demoOut, work, shots, demoInput] = process.argv.slice(2);
const out = path.join(work, 'out');
const db = path.join(work, 'review.sqlite');

function credcheck(args, input) {
  const r = spawnSync(exe, args, { input, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, `credcheck ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const server = spawn(exe, ['serve', '--out', out, '--db', db, '--listen', '127.0.0.1:0', '--input', demoInput], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    server.stdout.on('data', (chunk) => {
      text += chunk;
      const m = text.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) resolve({ server, base: m[1] });
    });
    server.on('exit', (code) => reject(new Error(`credcheck serve exited with ${code}: ${text}`)));
  });
}

async function main() {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  fs.cpSync(demoOut, out, { recursive: true });
  const machine = JSON.parse(fs.readFileSync(path.join(out, 'ng-0003', 'dossier.json'), 'utf8'));
  credcheck(['users', 'add', 'alice', '--role', 'evaluator', '--db', db], 'alice-password\nalice-password\n');
  credcheck(['users', 'add', 'carol', '--role', 'evaluator', '--db', db], 'carol-password\ncarol-password\n');
  credcheck(['users', 'add', 'sam', '--role', 'supervisor', '--db', db], 'sam-password\nsam-password\n');
  const { server, base } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });

    // Every page leads to the login first; a wrong password is refused.
    await page.goto(`${base}/dossier/ng-0003`);
    assert.strictEqual(new URL(page.url()).pathname, '/login');
    await page.fill('#name', 'alice');
    await page.fill('#password', 'not-the-password');
    await page.click('#login');
    assert.match(await page.textContent('#login-error'), /Wrong name or password/);

    // Repeated failures lock an account, even against the right password.
    for (let i = 0; i < 5; ++i) {
      await page.fill('#name', 'carol');
      await page.fill('#password', `guess-${i}`);
      await page.click('#login');
    }
    await page.fill('#name', 'carol');
    await page.fill('#password', 'carol-password');
    await page.click('#login');
    assert.match(await page.textContent('#login-error'), /locked/);

    await page.fill('#name', 'alice');
    await page.fill('#password', 'alice-password');
    await page.click('#login');
    assert.strictEqual(new URL(page.url()).pathname, '/');
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'ccsid');
    assert.ok(session && session.httpOnly && session.sameSite === 'Strict', JSON.stringify(cookies));
    // The queue page may still be loading when the login's redirect has committed: wait for it.
    await page.waitForLoadState('load');
    await page.waitForSelector('#queue tbody tr');
    const queued = await page.locator('#queue tbody tr').count();
    assert.ok(queued >= 8, `${queued} dossiers in the queue`);
    await page.screenshot({ path: path.join(shots, 'review-queue.png'), fullPage: true });

    // Claim ng-0003, correct a biology course's credits: the AMT MLS decision changes at once.
    await page.click('a[href="/dossier/ng-0003"]');
    await page.click('#btn-claim');
    const amt = page.locator('tr[data-credential="AMT MLS"]');
    assert.strictEqual((await amt.locator('.recomputed').textContent()).trim(), 'not_eligible');
    const row = page.locator('tr[data-fact="course.2.credits"]');
    await row.locator('input[name=value]').fill('20');
    await row.locator('input[name=reason]').fill('the transcript says 20 credits');
    await row.locator('button[value=correct]').click();
    assert.strictEqual((await amt.locator('.machine').textContent()).trim(), 'not_eligible');
    assert.strictEqual((await amt.locator('.recomputed').textContent()).trim(), 'needs_review');
    assert.match(await page.locator('tr[data-fact="course.2.credits"] .word').textContent(), /corrected to 20/);

    // Keyboard: j moves to the next fact, c confirms it (once the page after the correction has
    // loaded its keyboard handler: a key pressed earlier goes to the page being left).
    await page.waitForLoadState('load');
    await page.keyboard.press('j');
    assert.strictEqual(await page.locator('tr.focus').getAttribute('data-fact'), 'candidate.name');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('c')]);
    assert.match(await page.locator('tr[data-fact="candidate.name"] .word').textContent(), /confirmed/);
    await page.screenshot({ path: path.join(shots, 'review-dossier.png'), fullPage: true });

    // The page viewer: the page rendered by a worker, the evidence box outlined.
    await page.locator('tr[data-fact="course.2.credits"] a.page-link').click();
    await page.waitForSelector('#page-view rect.hl');
    const href = await page.locator('#page-view image').getAttribute('href');
    const picture = await page.context().request.get(base + href);
    assert.strictEqual(picture.headers()['content-type'], 'image/png');
    await page.screenshot({ path: path.join(shots, 'review-page.png'), fullPage: true });
    await page.goBack();

    // Approving decisions other than the machine's needs a reason.
    await Promise.all([page.waitForNavigation(), page.click('#approve')]);
    assert.match(await page.textContent('main'), /needs a reason/);
    await page.goto(`${base}/dossier/ng-0003`);
    await page.fill('#signoff textarea[name=reason]', 'corrected credits leave AMT to a person');
    await page.click('#approve');
    assert.match(await page.textContent('#signoff-state'), /approved/);

    // The reviewed dossier.json: the machine's fields as they were, the review beside them.
    const reviewed = JSON.parse(fs.readFileSync(path.join(out, 'ng-0003', 'dossier.json'), 'utf8'));
    const review = reviewed.review;
    delete reviewed.review;
    assert.deepStrictEqual(reviewed, machine);
    assert.strictEqual(review.state, 'approved');
    assert.strictEqual(review.reviewer, 'alice');
    assert.ok(review.overrides.some((o) => o.fact === 'course.2.credits' && o.machine_value === '3' && o.value === '20'), JSON.stringify(review));

    // The audit trail, in the page and through the command line.
    await page.goto(`${base}/dossier/ng-0003/audit`);
    assert.match(await page.textContent('#audit'), /the transcript says 20 credits/);
    assert.match(credcheck(['audit', 'verify', '--db', db]), /intact/);

    // A job the machine missed: added with where it is shown, judged at once by the same validators.
    await page.goto(`${base}/dossier/ng-0007`);
    await page.click('#btn-claim');
    const ascpMls = page.locator('tr[data-credential="ASCPi MLS"]');
    assert.strictEqual((await ascpMls.locator('.recomputed').textContent()).trim(), 'not_eligible');
    const jobForm = page.locator('#add-job');
    await jobForm.locator('input[name=employer]').fill('Benue Teaching Hospital');
    await jobForm.locator('input[name=position]').fill('Medical Laboratory Scientist');
    await jobForm.locator('input[name=start]').fill('2019-12-02');
    await jobForm.locator('input[name=end]').fill('2024-05-31');
    await jobForm.locator('input[name=hours_per_week]').fill('40');
    for (const d of ['chemistry', 'hematology', 'microbiology', 'blood_bank']) await jobForm.locator(`input[name=departments][value=${d}]`).check();
    await jobForm.locator('input[name=reason]').fill('second letter, page 1');
    await Promise.all([page.waitForNavigation(), jobForm.locator('button[type=submit]').click()]);
    assert.match(await page.locator('tr[data-added="job.added.0"]').textContent(), /Benue Teaching Hospital .*2019-12-02 to 2024-05-31, 40 h\/week/);
    assert.strictEqual((await ascpMls.locator('.machine').textContent()).trim(), 'not_eligible');
    assert.strictEqual((await ascpMls.locator('.recomputed').textContent()).trim(), 'eligible');
    const withJob = JSON.parse(fs.readFileSync(path.join(out, 'ng-0007', 'dossier.json'), 'utf8')).review;
    assert.ok(withJob.overrides.some((o) => o.fact === 'job.added.0' && o.action === 'add' && o.value.employer === 'Benue Teaching Hospital'),
              JSON.stringify(withJob));
    await page.goto(`${base}/dossier/ng-0007/audit`);
    assert.match(await page.textContent('#audit'), /job\.added\.0/);

    // An override that makes a credential eligible waits for a supervisor's second approval.
    await page.goto(`${base}/dossier/in-0004`);
    await page.click('#btn-claim');
    await page.selectOption('select[name="final:AMT MLT"]', 'eligible');
    await page.fill('#signoff textarea[name=reason]', 'the board confirmed the diploma by letter');
    await page.click('#approve');
    assert.match(await page.textContent('#signoff-state'), /awaiting_second_approval/);
    assert.strictEqual(await page.locator('#btn-second-approval').count(), 0);  // not for the approver
    await page.click('#logout');
    assert.strictEqual(new URL(page.url()).pathname, '/login');

    const supervisor = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await supervisor.goto(`${base}/login`);
    await supervisor.fill('#name', 'sam');
    await supervisor.fill('#password', 'sam-password');
    await supervisor.click('#login');
    await supervisor.goto(`${base}/dossier/in-0004`);
    await supervisor.click('#btn-second-approval');
    assert.match(await supervisor.textContent('#signoff-state'), /approved/);
    const second = JSON.parse(fs.readFileSync(path.join(out, 'in-0004', 'dossier.json'), 'utf8')).review;
    assert.strictEqual(second.state, 'approved');
    assert.strictEqual(second.second_approval.by, 'sam');
    assert.ok(second.decisions.some((d) => d.board === 'AMT' && d.credential === 'MLT' && d.final === 'eligible'), JSON.stringify(second));
    // summary.csv carries the sign-off in its last five columns.
    const summaryRows = fs.readFileSync(path.join(out, 'summary.csv'), 'utf8').split('\r\n');
    assert.match(summaryRows[0], /,document_errors,review_state,reviewer,signed_off_at,second_approval_by,final_decisions$/);
    assert.match(summaryRows.find((r) => r.startsWith('in-0004,')), /,approved,alice,[0-9T:Z-]+,sam,[^,]*AMT MLT=eligible/);
    await supervisor.goto(`${base}/audit`);
    assert.match(await supervisor.textContent('#audit'), /second_approval/);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  console.log('review browser test: passed');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
