// Fills the offline form of `emscore template --format html` in headless
// Chromium as a focal point would, saves it, reloads it, and opens the
// saved file in a fresh browser profile.
//   node form.mjs PLAN.json
// PLAN: {form, out, kind, answers: [...], team?, mission?, wrong?,
// levels?: [[value, text]...] (the options of a rating list),
// claims?: {file, wrong, unknown, show: [{id, text}], none} (a review: the
// agency's self-assessment to open beside the items, a file of another
// agency, an item id the form does not have, what an item's claim shows,
// an item the self-assessment does not answer),
// record?: {interviews: [{unit, date?}], documents: [{title, ref?, date?}],
// summary, context, conclusions: {AREA: text}} (a review: the mission's
// record; texts with paragraphs separated by blank lines; the first
// document is first typed without its title, which saving refuses),
// roundtrip?: {file, followups, entities?: [[id, name]...], rater?: {id, agency},
// marked?} (an assessment saved elsewhere: opened in the form and saved
// without a change to OUT/roundtrip.xml, and only that; a review's entities
// covered shown, kept in the browser, one with a wrong id refused, and the
// reviewer rater.id refused as a rater from each covered entity and from
// the agency; marked: a file with a text's xml:lang and an empty evidence,
// whose opening must say both are lost),
// proposed?: {id, owner, due} (a management response: what the review
// proposed, shown before anything is typed), undecided? (the id of a reply
// to type an action into without a decision)}; an
// answer is {id, level?, ratings?, consensus?, justification?, comment?,
// evidence?: [{href, text}], finding?, findingType?, recommendation?: {priority, text},
// value?, reaches? (the level the value meets), decision?, owner?, due?, action?}. Prints one "ok NAME" or "FAIL NAME: WHY" line per check and
// writes the saved files to OUT/saved.xml and OUT/resaved.xml. Exit
// status: 0 all passed, 1 a check failed, 2 the browser could not run.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const url = pathToFileURL(plan.form).href;
let failed = 0;
const check = (name, cond, why = '') => {
  if (cond) console.log(`ok ${name}`);
  else { failed++; console.log(`FAIL ${name}${why ? ': ' + why : ''}`); }
};
const item = (id) => `[id="item-${id}"]`;

// A page that must load nothing from anywhere and log no error.
async function open(context) {
  const page = await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))
      check(`no network request (${u})`, false);
  });
  page.on('console', (m) => { if (m.type() === 'error') check(`no console error`, false, m.text()); });
  page.on('pageerror', (e) => check('no script error', false, String(e)));
  page.on('dialog', (d) => d.accept());
  await page.goto(url);
  return page;
}

async function answer(page, a) {
  const el = page.locator(item(a.id));
  if (a.level) await el.locator(`input[type=radio][value="${a.level}"]`).check();
  for (const [i, level] of (a.ratings || []).entries())
    await el.locator('select[data-r=rating]').nth(i).selectOption(level);
  if (a.consensus) await el.locator('select[data-r=consensus]').selectOption(a.consensus);
  for (const ev of a.evidence || []) {
    await el.locator('button[data-add=evidence]').click();
    const row = el.locator('[data-list=evidence] > li').last();
    await row.locator('[data-r=href]').fill(ev.href);
    await row.locator('[data-r=text]').fill(ev.text);
  }
  if (a.comment) await el.locator('[data-f=comment]').fill(a.comment);
  if (a.value) await el.locator('[data-f=value]').fill(a.value);
  if (a.finding) {
    await el.locator('button[data-add=finding]').click();
    await el.locator('[data-list=finding] > li textarea').last().fill(a.finding);
    if (a.findingType)
      await el.locator('[data-list=finding] > li [data-r=type]').last().selectOption(a.findingType);
  }
  if (a.recommendation) {
    await el.locator('button[data-add=recommendation]').click();
    const row = el.locator('[data-list=recommendation] > li').last();
    await row.locator('[data-r=priority]').selectOption(a.recommendation.priority);
    await row.locator('[data-r=text]').fill(a.recommendation.text);
  }
  if (a.justification) await el.locator('[data-f=justification]').fill(a.justification);
  if (a.decision) await el.locator(`input[type=radio][value="${a.decision}"]`).check();
  if (a.owner) await el.locator('[data-f=owner]').fill(a.owner);
  if (a.due) await el.locator('[data-f=due]').fill(a.due);
  if (a.action) await el.locator('[data-f=action]').fill(a.action);
}

// The answers shown in the page are those of the plan.
async function shows(page, label) {
  for (const a of plan.answers) {
    const el = page.locator(item(a.id));
    if (a.level)
      check(`${label}: ${a.id} level ${a.level}`,
            await el.locator(`input[type=radio][value="${a.level}"]`).isChecked());
    for (const [i, level] of (a.ratings || []).entries())
      check(`${label}: ${a.id} rating ${i + 1} ${level}`,
            (await el.locator('select[data-r=rating]').nth(i).inputValue()) === level);
    if (a.justification)
      check(`${label}: ${a.id} justification`,
            (await el.locator('[data-f=justification]').inputValue()) === a.justification);
    if (a.value)
      check(`${label}: ${a.id} value ${a.value}`,
            (await el.locator('[data-f=value]').inputValue()) === a.value);
    if (a.decision)
      check(`${label}: ${a.id} decision ${a.decision}`,
            await el.locator(`input[type=radio][value="${a.decision}"]`).isChecked());
    if (a.action)
      check(`${label}: ${a.id} action`, (await el.locator('[data-f=action]').inputValue()) === a.action);
    for (const ev of a.evidence || [])
      check(`${label}: ${a.id} evidence ${ev.href}`,
            (await el.locator('[data-list=evidence] [data-r=href]').first().inputValue()) === ev.href);
  }
  for (const [i, r] of (plan.team || []).entries())
    check(`${label}: reviewer ${r.id}`,
          (await page.locator('#team-rows > li [data-r=id]').nth(i).inputValue()) === r.id);
  if (plan.record) await recordShown(page, label);
}

// The mission's record: its rows, then its texts, typed as a team would.
const paras = (text) => text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p);
async function fillRecord(page) {
  const rec = plan.record;
  for (const iv of rec.interviews) {
    await page.click('#record button[data-add=interview]');
    const row = page.locator('#record [data-list=interview] > li').last();
    await row.locator('[data-r=unit]').fill(iv.unit);
    if (iv.date) await row.locator('[data-r=date]').fill(iv.date);
  }
  for (const d of rec.documents) {
    await page.click('#record button[data-add=document]');
    const row = page.locator('#record [data-list=document] > li').last();
    if (d.ref) await row.locator('[data-r=ref]').fill(d.ref);
    if (d.date) await row.locator('[data-r=date]').fill(d.date);
  }
  // a document known by its reference alone is not saved
  await page.click('#save');
  const problems = await page.locator('#problems').textContent();
  check('a document reviewed without its title is refused',
        problems.includes('Document reviewed, row 1: give its title'), problems);
  for (const [i, d] of rec.documents.entries())
    await page.locator('#record [data-list=document] > li').nth(i).locator('[data-r=title]').fill(d.title);
  await page.fill('#record-summary', rec.summary);
  await page.fill('#record-context', rec.context);
  for (const [area, text] of Object.entries(rec.conclusions))
    await page.fill(`#record [data-conclusions="${area}"]`, text);
}
async function recordShown(page, label) {
  const rec = plan.record;
  const rows = async (what, role) =>
    page.locator(`#record [data-list=${what}] > li [data-r=${role}]`).evaluateAll((es) => es.map((e) => e.value));
  check(`${label}: the units met`,
        JSON.stringify(await rows('interview', 'unit')) === JSON.stringify(rec.interviews.map((x) => x.unit)) &&
        JSON.stringify(await rows('interview', 'date')) === JSON.stringify(rec.interviews.map((x) => x.date || '')),
        JSON.stringify(await rows('interview', 'unit')));
  check(`${label}: the documents reviewed`,
        JSON.stringify(await rows('document', 'title')) === JSON.stringify(rec.documents.map((x) => x.title)) &&
        JSON.stringify(await rows('document', 'ref')) === JSON.stringify(rec.documents.map((x) => x.ref || '')) &&
        JSON.stringify(await rows('document', 'date')) === JSON.stringify(rec.documents.map((x) => x.date || '')),
        JSON.stringify(await rows('document', 'title')));
  const same = async (sel, text) => JSON.stringify(paras(await page.locator(sel).inputValue())) === JSON.stringify(paras(text));
  check(`${label}: the executive summary`, await same('#record-summary', rec.summary));
  check(`${label}: the context`, await same('#record-context', rec.context));
  for (const [area, text] of Object.entries(rec.conclusions))
    check(`${label}: the conclusions on ${area}`, await same(`#record [data-conclusions="${area}"]`, text));
}

// The agency's self-assessment beside the review's items: a file of
// another agency is refused, the right one shown item by item.
async function claims(page) {
  const c = plan.claims;
  const status = page.locator('#status');
  await page.setInputFiles('#claims-file', c.wrong);
  await page.waitForFunction(() => document.getElementById('status').classList.contains('bad'));
  const refused = await status.textContent();
  check('a self-assessment of another agency is refused',
        /was not opened: it is the self-assessment of WMO .*not the self-assessment of UNIDO/.test(refused), refused);
  check('nothing is shown of a refused self-assessment', (await page.locator('.claim:not([hidden])').count()) === 0);
  await page.setInputFiles('#claims-file', c.file);
  await page.waitForFunction(() => /is shown beside the items/.test(document.getElementById('status').textContent));
  const said = await status.textContent();
  check('items the form does not have are named', said.includes(c.unknown) && /left out/.test(said), said);
  await claimsShown(page, 'opened');
}
async function claimsShown(page, label) {
  const c = plan.claims;
  for (const s of c.show) {
    const box = page.locator(`${item(s.id)} .claim`);
    const text = (await box.isVisible()) ? await box.textContent() : '(hidden)';
    check(`${label}: ${s.id} shows the agency's claim: ${s.text}`, text.includes(s.text), text);
  }
  check(`${label}: ${c.none} says the self-assessment does not answer it`,
        (await page.locator(`${item(c.none)} .claim [data-claim=none]`).count()) === 1);
  check(`${label}: the claims are read-only`,
        (await page.locator('.claim input, .claim textarea, .claim select').count()) === 0);
}

async function save(page, path) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }),
                                        page.click('#save')]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

// A saved review opened and saved again without a change: nothing is lost.
async function roundtrip(browser) {
  const rt = plan.roundtrip;
  const page = await open(await browser.newContext({ acceptDownloads: true }));
  await page.setInputFiles('#open-file', rt.file);
  await page.waitForFunction(() => /^Opened /.test(document.getElementById('status').textContent));
  const said = await page.locator('#status').textContent();
  check('opening says the follow-ups are kept as they are',
        said.includes(`Its ${rt.followups} follow-ups of earlier recommendations are kept as they are`), said);
  const entities = async () => page.locator('#covers [data-list=entity] > li').evaluateAll((lis) =>
    lis.map((li) => [li.querySelector('[data-r=id]').value, li.querySelector('[data-r=name]').value]));
  if (rt.entities)
    check('the entities the review covers are shown',
          JSON.stringify(await entities()) === JSON.stringify(rt.entities), JSON.stringify(await entities()));
  const name = await save(page, `${plan.out}/roundtrip.xml`);
  check('saved without a change, under its name', name === plan.filename, name);
  if (rt.marked) {
    await page.setInputFiles('#open-file', rt.marked);
    await page.waitForFunction(() => /xml:lang/.test(document.getElementById('status').textContent));
    const st = page.locator('#status');
    const warned = await st.textContent();
    check('opening says a text\'s language will be lost',
          /1 of its texts are marked with a language \(xml:lang\): .*saving will drop it/.test(warned), warned);
    check('opening says an empty evidence will be left out',
          warned.includes('1 evidence elements with neither text nor link will be left out'), warned);
    check('the warning is marked as one', await st.evaluate((e) => e.classList.contains('bad')));
  }
  if (!rt.entities) return;
  await page.reload();
  check('the entities covered are kept in the browser',
        JSON.stringify(await entities()) === JSON.stringify(rt.entities), JSON.stringify(await entities()));
  // An entity's id follows the identifier rule; an empty row is left out.
  await page.click('#covers button[data-add=entity]');
  await page.click('#covers button[data-add=entity]');
  const bad = page.locator('#covers [data-list=entity] > li').nth(rt.entities.length);
  await bad.locator('[data-r=id]').fill('IAEA Vienna');
  await page.click('#save');
  const problems = async () => page.locator('#problems').textContent();
  const row = rt.entities.length + 1;
  let p = await problems();
  check('an entity whose id is no identifier is refused',
        p.includes(`Entity covered, row ${row}: the id must be an identifier`) &&
        !p.includes(`row ${row + 1}`), p);
  await bad.locator('button[data-remove]').click();
  await page.locator('#covers [data-list=entity] > li').last().locator('button[data-remove]').click();
  // Nobody rates their own agency: neither the one reviewed nor one covered.
  const rater = page.locator('#team-rows > li [data-r=id]');
  const index = (await rater.evaluateAll((es) => es.map((e) => e.value))).indexOf(rt.rater.id);
  const its = page.locator('#team-rows > li').nth(index).locator('[data-r=agency]');
  for (const [id] of rt.entities) {
    await its.fill(id);
    p = await problems();
    check(`a rater from ${id}, an entity the review covers, is refused as emscore refuses it`,
          p.includes(`rating by '${rt.rater.id}' of ${id}, an entity the review covers: a reviewer does not rate their own agency`), p);
  }
  await its.fill(plan.agency);
  p = await problems();
  check('a rater from the agency under review is refused as emscore refuses it',
        p.includes(`rating by '${rt.rater.id}' of ${plan.agency}, the agency under review: a reviewer does not rate their own agency`), p);
  await its.fill(rt.rater.agency);
  // Only the lead and members rate: an observer who rates is refused.
  const role = page.locator('#team-rows > li').nth(index).locator('[data-r=role]');
  const was = await role.inputValue();
  await role.selectOption('observer');
  p = await problems();
  check('a rater who takes part as an observer is refused as emscore refuses it',
        p.includes(`rating by '${rt.rater.id}', who takes part as observer: only the team's lead and members rate`), p);
  await role.selectOption(was);
  check('a rater from elsewhere is not', (await page.locator('#problems').isHidden()) || !(await problems()).includes('rating by'),
        await problems());
  const again = await save(page, `${plan.out}/roundtrip2.xml`);
  check('saved again once put right', again === plan.filename, again);
}

async function main() {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
                                      args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  } catch (e) {
    console.log(`FAIL chromium starts: ${String(e).split('\n')[0]}`);
    process.exit(2);
  }
  if (plan.roundtrip) {
    await roundtrip(browser);
    await browser.close();
    return;
  }
  const first = await browser.newContext({ acceptDownloads: true });
  const page = await open(first);
  const total = await page.locator('.item').count();
  check('the form shows every item', total === plan.items, `${total} items, expected ${plan.items}`);
  check('nothing is answered at first',
        (await page.locator('#progress-text').textContent()) === `0 of ${total} answered`);
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  check('a policy forbids every load', /default-src 'none'/.test(csp || ''));

  // The keyboard alone answers and clears a milestone.
  if (plan.kind === 'self') {
    const first = page.locator('.item[data-type=milestone]').first();
    await first.locator('input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    check('Space picks a level',
          (await page.locator('#progress-text').textContent()) === `1 of ${total} answered`);
    await first.locator('button.clear').focus();
    await page.keyboard.press('Enter');
    check('Enter on "Clear this answer" clears it',
          (await page.locator('#progress-text').textContent()) === `0 of ${total} answered` &&
          (await first.locator('input[type=radio]:checked').count()) === 0);
  }
  if (plan.kind === 'peer') {
    const m = plan.mission;
    await page.fill('#mission-from', m.from);
    await page.fill('#mission-to', m.to);
    await page.fill('#mission-text', m.text);
    for (const r of plan.team) {
      await page.click('button[data-add=reviewer]');
      const row = page.locator('#team-rows > li').last();
      await row.locator('[data-r=id]').fill(r.id);
      await row.locator('[data-r=agency]').fill(r.agency);
      await row.locator('[data-r=name]').fill(r.name);
      await row.locator('[data-r=name]').press('Tab');
    }
    if (plan.levels) {
      const options = await page.locator('select[data-r=rating]').first()
        .evaluate((s) => Array.from(s.options).map((o) => [o.value, o.textContent]));
      check('a rating list shows each level by its name, its value the id',
            JSON.stringify(options) === JSON.stringify(plan.levels), JSON.stringify(options));
    }
    if (plan.claims) await claims(page, 'opened');
    if (plan.record) await fillRecord(page);
    // An approved review says when the Peer Review Body approved it.
    await page.selectOption('#review-status', 'approved');
    await page.click('#save');
    check('an approved review without its date is refused',
          (await page.locator('#problems').textContent()).includes('date the Peer Review Body approved it'));
    await page.selectOption('#review-status', 'draft');
  }
  if (plan.kind === 'response') {
    // What the review proposed is there before anything is typed.
    const p = page.locator(item(plan.proposed.id));
    check('the owner and due date the review proposed are filled in',
          (await p.locator('[data-f=owner]').inputValue()) === plan.proposed.owner &&
          (await p.locator('[data-f=due]').inputValue()) === plan.proposed.due);
    // A planned action without a decision is refused, and clearing the reply
    // brings back what the review proposed.
    const u = page.locator(item(plan.undecided));
    await u.locator('[data-f=action]').fill('To be decided by the Executive Board');
    await u.locator('[data-f=owner]').fill('Nobody yet');
    await page.click('#save');
    const problems = await page.locator('#problems').textContent();
    check('a reply without a decision is refused',
          problems.includes(`${plan.undecided}: Choose a decision`), problems);
    await u.locator('button.clear').click();
    check('clearing a reply brings back what the review proposed',
          (await u.locator('[data-f=action]').inputValue()) === '' &&
          (await u.locator('[data-f=owner]').inputValue()) ===
            (plan.undecided === plan.proposed.id ? plan.proposed.owner : ''));
  }
  // Answer everything but the justifications: saving must be refused.
  for (const a of plan.answers) await answer(page, { ...a, justification: undefined });
  const withNa = plan.answers.find((a) => a.justification);
  if (withNa) {
    await page.click('#save');
    const problems = page.locator('#problems');
    check('saving without a justification is refused', await problems.isVisible());
    check('the problem names the milestone', (await problems.textContent()).includes(withNa.id));
    check('the milestone is marked invalid',
          await page.locator(`${item(withNa.id)}.invalid`).count() === 1);
    for (const a of plan.answers.filter((x) => x.justification))
      await page.locator(item(a.id)).locator('[data-f=justification]').fill(a.justification);
  }
  // An indicator shows the level its value reaches, after any number of edits.
  for (const a of plan.answers.filter((x) => x.reaches)) {
    const met = page.locator(`${item(a.id)} .thresholds tr.met`);
    check(`${a.id} ${a.value} reaches ${a.reaches}`,
          (await met.count()) === 1 && (await met.getAttribute('data-level')) === a.reaches &&
          (await met.locator('td').count()) === 1);
  }
  const answered = plan.answers.length;
  check('progress counts the answers',
        (await page.locator('#progress-text').textContent()) === `${answered} of ${total} answered`,
        await page.locator('#progress-text').textContent());
  const name = await save(page, `${plan.out}/saved.xml`);
  check('the file is named AGENCY-PERIOD-KIND.xml', name === plan.filename, name);
  check('the problems list is gone once saved', !(await page.locator('#problems').isVisible()));

  await page.reload();
  await shows(page, 'after reload (local storage)');
  if (plan.claims) await claimsShown(page, 'after reload');

  // A fresh profile: nothing stored; the saved file brings the answers back.
  const second = await browser.newContext({ acceptDownloads: true });
  const again = await open(second);
  check('a fresh browser starts empty',
        (await again.locator('#progress-text').textContent()) === `0 of ${total} answered`);
  await again.setInputFiles('#open-file', `${plan.out}/saved.xml`);
  await again.waitForFunction(() => /saved\.xml/.test(document.getElementById('status').textContent));
  await shows(again, 'after opening the saved file');
  await save(again, `${plan.out}/resaved.xml`);
  check('saving again gives the same file',
        readFileSync(`${plan.out}/saved.xml`, 'utf8') === readFileSync(`${plan.out}/resaved.xml`, 'utf8'));
  if (plan.wrong) {
    await again.setInputFiles('#open-file', plan.wrong);
    await again.waitForFunction(() => document.getElementById('status').classList.contains('bad'));
    const status = await again.locator('#status').textContent();
    check('a file of another assessment is refused', /was not opened/.test(status), status);
    await shows(again, 'after the refused file');
  }
  await browser.close();
}

main().then(() => process.exit(failed ? 1 : 0),
            (e) => { console.log(`FAIL the browser test ran to its end: ${e.message.split('\n')[0]}`); process.exit(1); });
