// Translation workflow walk-through in a real browser, as the demo accounts would do it (issue 4).
//
//   cd e2e && npm install                       # playwright-core only; uses the system chromium
//   BASE_URL=http://127.0.0.1:8300 SHOTS=/tmp/walk4/shots SERVER_LOG=/tmp/walk4/server.log \
//     node translation_walkthrough.mjs
//
// Needs a freshly seeded portal (manage.py seed_demo) served at BASE_URL with the dev settings (console e-mail).
// Set SERVER_LOG to the runserver's output file to have the notification e-mails checked too.
// STEPS=1,2 runs only some steps (state shared between steps is kept in $SHOTS/state.json).
//
//   1. biendich finds the translators' views, picks a Vietnamese photo report without English, "Dịch sang tiếng Anh".
//   2. biendich translates every segment in wagtail-localize's editor, looks for "Gửi duyệt bản dịch", submits;
//      a publish from the translation editor must be refused in Vietnamese.
//   3. bientap approves the English page from the dashboard; it goes live; the e-mails are Vietnamese.
//   4. The public English page, the language switcher, hreflang, an untranslated article's fallback, /en/ listings.
//   5. A paragraph of the Vietnamese source changes (admin submits, thuky and bientap approve); biendich sees it in
//      "Cần cập nhật", syncs, translates the one new segment, resubmits; bientap approves; the English page shows it.
//   6. biendich uploads malformed PO files in the translation editor: Vietnamese errors, nothing lost.
//
// Every step writes full-page screenshots to $SHOTS and a line per check to the console; the script ends with a
// summary of the checks and exits 1 when one failed.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8300').replace(/\/$/, '');
const SHOTS = process.env.SHOTS || '/tmp/walk4/shots';
const SERVER_LOG = process.env.SERVER_LOG || '';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEPS = (process.env.STEPS || '1,2,3,4,5,6').split(',').map((s) => s.trim());
const STATE_FILE = path.join(SHOTS, 'state.json');
const TIME_ZONE = 'Asia/Ho_Chi_Minh'; // the portal's TIME_ZONE

const ACCOUNTS = {
  thuky: 'demo-thuky-2025',
  bientap: 'demo-bientap-2025',
  bientap2: 'demo-bientap2-2025',
  biendich: 'demo-biendich-2025',
  admin: 'demo-admin-2025',
};

fs.mkdirSync(SHOTS, { recursive: true });
const state = fs.existsSync(STATE_FILE) ? JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) : {};
const saveState = () => fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));

// ---------------------------------------------------------------------------------------------------------
// Helpers (same style as editorial_walkthrough.mjs)

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok, detail });
  console.log(`${ok ? 'OK  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return !!ok;
}
function note(text) {
  results.push({ name: text, ok: null, detail: '' });
  console.log(`NOTE ${text}`);
}

let browser;
const sessions = {};
const httpProblems = [];

/** A separate browser context (own cookies) per user, logged in through the admin's login form. */
async function as(user) {
  if (sessions[user]) return sessions[user];
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'vi-VN',
    timezoneId: TIME_ZONE,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('response', (response) => {
    const status = response.status();
    const url = response.url();
    if (status >= 500 || status === 403) {
      console.log(`  !! HTTP ${status} ${response.request().method()} ${url} (${user})`);
      results.push({ name: `HTTP ${status} ${url} (${user})`, ok: false, detail: '' });
    } else if (status === 404 && !/favicon|\.map$/.test(url)) {
      console.log(`  !! HTTP 404 ${url} (${user})`);
      httpProblems.push(`${user}: 404 ${url}`);
    }
  });
  page.on('pageerror', (error) => console.log(`  !! JS error (${user}): ${error.message}`));
  await page.goto(`${BASE_URL}/admin/login/`);
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', ACCOUNTS[user]);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  check(`${user} logs in`, !page.url().includes('/login/'), page.url());
  sessions[user] = page;
  return page;
}

/** A visitor of the public site (no cookies), reading Vietnamese by default. */
async function visitor() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: TIME_ZONE });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  return page;
}

let shotCounter = 0;
let currentStep = '0';
/** Full-page screenshot. The Wagtail admin scrolls inside its own layout, so the viewport is stretched to
 * the height of the content first. */
async function shot(page, name) {
  shotCounter += 1;
  const file = path.join(SHOTS, `step${currentStep}-${String(shotCounter).padStart(2, '0')}-${name}.png`);
  const height = await page.evaluate(() => {
    let h = document.documentElement.scrollHeight;
    for (const el of document.querySelectorAll('main, .content-wrapper, #main, .w-main, body > div')) {
      h = Math.max(h, el.scrollHeight);
    }
    return h;
  });
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, 900), 9000) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(size);
  console.log(`  shot ${file}`);
  return file;
}

/** The text of Wagtail's flash messages on the current page. */
async function messages(page) {
  // Visible ones only: the keyboard-shortcuts dialog hides a help block of its own in every admin page.
  return (await page.locator('.messages li, main .help-critical, main .help-block').filter({ visible: true })
    .allInnerTexts()).join(' | ').replace(/\s+/g, ' ').trim();
}

function serverLogSince(offset) {
  if (!SERVER_LOG || !fs.existsSync(SERVER_LOG)) return '';
  return fs.readFileSync(SERVER_LOG, 'utf8').slice(offset);
}
function serverLogSize() {
  return SERVER_LOG && fs.existsSync(SERVER_LOG) ? fs.statSync(SERVER_LOG).size : 0;
}
/** Tracebacks written to the server log since `offset` (first and last lines of each). */
function tracebacksSince(offset) {
  const chunk = serverLogSince(offset);
  const found = [];
  for (const match of chunk.matchAll(/Traceback \(most recent call last\):[\s\S]*?\n(\S[^\n]*)\n/g)) found.push(match[1]);
  return found;
}
/** Decodes the subjects, recipients and texts of the console e-mails in a chunk of log. */
function emailsIn(chunk) {
  const decode = (value) => {
    const words = [...value.matchAll(/=\?utf-8\?(b|q)\?([^?]*)\?=/gi)];
    if (!words.length) return value.trim();
    return Buffer.concat(words.map(([, enc, text]) => (enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1'))))
      .toString('utf8');
  };
  const mails = [];
  for (const block of chunk.split(/^-{70,}$/m)) {
    const subject = /^Subject: (.*(?:\n[ \t].*)*)/m.exec(block);
    const to = /^To: (.*)/m.exec(block);
    if (!subject) continue;
    const body = block.split(/\n\n/).slice(1).join('\n\n');
    let text = body;
    if (/Content-Transfer-Encoding: base64/i.test(block)) {
      const b64 = /Content-Transfer-Encoding: base64\s*\n\n([A-Za-z0-9+/=\n]+)/i.exec(block);
      if (b64) text = Buffer.from(b64[1].replace(/\n/g, ''), 'base64').toString('utf8');
    } else if (/quoted-printable/i.test(block)) {
      try { text = decodeURIComponent(body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, '%$1')); } catch { /* keep */ }
    }
    mails.push({ to: to ? to[1] : '', subject: decode(subject[1].replace(/\n[ \t]/g, ' ')), text });
  }
  return mails;
}
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const looksVietnamese = (text) => VIETNAMESE.test(text);
/** English words that slip into the Vietnamese admin (wagtail-localize's own strings). */
const UNTRANSLATED_ENGLISH = /\b(translation|More actions|Translated manually|Loading|Publish|Save|Edit|Delete|Preview|Upload|Download|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** Opens the footer's "more actions" dropdown of an editor (the arrow beside the main button). */
async function openFooterMenu(page) {
  const toggle = page.locator('footer .w-dropdown__toggle').first();
  if (await toggle.count()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.waitForTimeout(300);
  }
}
/** Every action of the editor's footer (main one and dropdown), by visible label. */
async function footerActions(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('footer button, footer a.button, footer a')]
      .map((b) => ({ text: b.textContent.replace(/\s+/g, ' ').trim(), name: b.getAttribute('name') || '', value: b.getAttribute('value') || '', href: b.getAttribute('href') || '' }))
      .filter((b) => b.text),
  );
}
/** The links of one of the sidebar's sub-menus (every sub-menu is in the page, hidden until opened). */
function subMenuLinks(page, label) {
  return page.locator('li.sidebar-sub-menu-item')
    .filter({ has: page.locator(':scope > button', { hasText: label }) })
    .locator('.sidebar-sub-menu-panel a');
}

/** Clicks a workflow action of the page editor's footer ("Phê duyệt"...), confirming Wagtail's dialog if any. */
async function workflowAction(page, label, comment = '') {
  await openFooterMenu(page);
  const button = page.locator('footer button').filter({ hasText: label }).first();
  if (!(await button.count())) return false;
  const needsDialog = await button.getAttribute('data-workflow-action-modal-url');
  await button.click();
  if (needsDialog) {
    const dialog = page.locator('.modal-dialog, [role=dialog]').filter({ has: page.locator('textarea') }).first();
    await dialog.waitFor();
    if (comment) await dialog.locator('textarea').first().fill(comment);
    await Promise.all([page.waitForNavigation(), dialog.locator('button[type=submit], input[type=submit]').first().click()]);
  } else {
    await page.waitForLoadState();
  }
  await page.waitForLoadState('networkidle').catch(() => {});
  return true;
}

/** Approves `title` from the dashboard's "Đang chờ bạn duyệt" panel: the row's "…" menu → `label`. */
async function approveFromDashboard(page, who, title, label = /^\s*Phê duyệt\s*$/) {
  await page.goto(`${BASE_URL}/admin/`);
  const panel = page.locator('section, .w-panel').filter({ hasText: /Đang chờ bạn duyệt/ }).first();
  const row = panel.locator('tr').filter({ hasText: title }).first();
  const listed = (await panel.count()) && (await row.count());
  check(`"${title}" is in ${who}'s "Đang chờ bạn duyệt" panel`, listed);
  await shot(page, `${who}-dashboard`);
  if (!listed) return false;
  await row.locator('.w-dropdown__toggle, button[aria-label="Thao tác"]').first().click();
  await page.waitForTimeout(300);
  const items = await row.locator('.w-dropdown__content button, .w-dropdown__content a').allInnerTexts();
  console.log(`  row actions for ${who}:`, JSON.stringify(items.map((t) => t.trim())));
  await shot(page, `${who}-dashboard-row-actions`);
  const approve = row.locator('.w-dropdown__content button').filter({ hasText: label }).first();
  if (!(await approve.count())) return false;
  const modal = await approve.getAttribute('data-launch-modal');
  await approve.click();
  if (modal !== null) {
    const dialog = page.locator('.modal-dialog, [role=dialog]').filter({ has: page.locator('form') }).last();
    await dialog.waitFor();
    await shot(page, `${who}-approve-dialog`);
    await Promise.all([page.waitForNavigation(), dialog.locator('button[type=submit], input[type=submit]').first().click()]);
  } else {
    await page.waitForLoadState('networkidle').catch(() => {});
  }
  await page.waitForTimeout(800);
  await page.waitForLoadState('networkidle').catch(() => {});
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// The translation editor (wagtail-localize's React app).
//
// Layout, as rendered: one <li> per field with an <h3> label; inside, one <li> per segment with class
// "complete"/"incomplete" (overridable segments — images, page choosers — have none), a <h4> for the block
// label inside StreamFields, the Vietnamese source in the first <p>, the English in a <p> or a <textarea> while
// editing, and buttons "Dịch" / "Sửa" / "Hủy" / "Lưu".

const SEGMENT = '.js-translation-editor li.complete, .js-translation-editor li.incomplete';

/** Every translatable segment: field label, block label, source, translation, done. */
async function segments(page) {
  return page.locator(SEGMENT).evaluateAll((items) => items.map((li) => {
    const field = li.parentElement.closest('li')?.querySelector(':scope > h3')?.textContent.trim() || '';
    const block = li.querySelector(':scope > h4')?.textContent.trim() || '';
    const ps = li.querySelectorAll(':scope > p');
    const target = li.querySelector(':scope > div p, :scope > div textarea');
    return {
      field,
      block,
      source: ps[0]?.textContent.trim() || '',
      translation: target ? (target.value ?? target.textContent).trim() : '',
      done: li.classList.contains('complete'),
    };
  }));
}

/** Types `english` into the segment `li` and saves it; true when the editor shows it translated. */
async function translateSegment(page, li, english) {
  await li.locator('button').filter({ hasText: /^\s*(Dịch|Sửa|Translate|Edit)\s*$/ }).first().click();
  const textarea = li.locator('textarea').first();
  await textarea.waitFor();
  await textarea.fill(english);
  const saved = page.waitForResponse((r) => /\/strings\/\d+\/edit\/$/.test(new URL(r.url()).pathname) && r.request().method() === 'PUT');
  await li.locator('button').filter({ hasText: /^\s*(Lưu|Save)\s*$/ }).first().click();
  const response = await saved;
  await page.waitForTimeout(150);
  return response.status() < 300;
}

// English for the strings of the demo photo reports; anything else gets a numbered English placeholder.
const ENGLISH = {
  'Một ngày ở Bảo tàng Hà Nội': 'A day at the Hanoi Museum',
  'Từ sáng sớm, những đoàn học sinh đã xếp hàng trước cửa bảo tàng. Phóng sự ảnh ghi lại một ngày làm việc và học tập sôi nổi ở thiết chế văn hóa lớn của Thủ đô.':
    'From early morning, groups of pupils queue at the museum doors. This photo report follows a busy day of work and learning at one of the capital\'s great cultural institutions.',
  'Minh họa: tòa nhà bảo tàng hình kim tự tháp ngược nhiều tầng kính, quảng trường phía trước có khách tham quan.':
    'Illustration: the museum building, an inverted glass pyramid of several storeys, with visitors on the square in front.',
  'Tòa nhà bảo tàng đón những đoàn khách đầu tiên trong ngày.': 'The museum building welcomes the first groups of the day.',
  'Đồ họa minh họa – dữ liệu mẫu': 'Illustration – sample data',
  'Minh họa: các bình gốm men trắng vẽ lam và men màu được trưng bày thành hai hàng.':
    'Illustration: blue-and-white and coloured glazed ceramic vases displayed in two rows.',
  'Khu trưng bày gốm cổ thu hút sự chú ý của các em học sinh.': 'The ancient ceramics gallery catches the pupils\' attention.',
  'Minh họa: gác hai tầng mái cong có ô cửa sổ tròn trong khuôn viên di tích, du khách đi dạo phía trước.':
    'Illustration: a two-storey pavilion with curved roofs and round windows in the grounds of a heritage site, visitors strolling in front.',
  'Mô hình di tích được giới thiệu trong giờ học lịch sử.': 'A model of the heritage site is presented during a history lesson.',
  'Minh họa: phòng đọc thư viện với những giá sách nhiều màu, hai bạn đọc ngồi đọc sách bên bàn dưới đèn vàng.':
    'Illustration: a library reading room with colourful shelves, two readers at a table under warm lamps.',
  'Góc đọc tư liệu dành cho nhà nghiên cứu.': 'A reading corner for researchers.',
  'Minh họa: bảo tàng kính nhiều tầng dưới bầu trời chiều tím, khách tham quan đi trên quảng trường.':
    'Illustration: the multi-storey glass museum under a purple evening sky, visitors walking across the square.',
  'Bảo tàng lúc chiều muộn, khi những đoàn khách cuối cùng ra về.': 'The museum in the late afternoon, as the last groups leave.',
  'Bảo tàng Hà Nội hiện lưu giữ hàng chục nghìn hiện vật, tài liệu về lịch sử, văn hóa Thăng Long – Hà Nội. Những năm gần đây, bảo tàng đẩy mạnh chương trình giáo dục di sản với các buổi học trải nghiệm cho học sinh.':
    'The Hanoi Museum holds tens of thousands of objects and documents on the history and culture of Thang Long – Hanoi. In recent years it has stepped up its heritage education programme with hands-on lessons for pupils.',
  'Mỗi buổi học kéo dài khoảng hai giờ, gồm tham quan có hướng dẫn, trò chơi tìm hiểu hiện vật và hoạt động thực hành như in tranh, nặn gốm, viết thư pháp.':
    'Each lesson lasts about two hours, with a guided tour, games about the objects and practical activities such as print-making, pottery and calligraphy.',
  'Tin liên quan': 'Related news',
  'Hải Đăng': 'Hai Dang',
  'Cập nhật lịch chiếu phim phục vụ nhân dân tại các xã ngoại thành': 'Update: film screenings for residents of outlying communes',
  'Nhà văn hóa tổ dân phố: làm sao để sáng đèn mỗi tối?': 'Neighbourhood cultural houses: how to keep the lights on every evening?',
  'Thư viện Hà Nội ra mắt không gian đọc mở cho thanh thiếu niên': 'Hanoi Library opens an open-plan reading space for teenagers',
};
let englishTitle = '';
let placeholderCounter = 0;
function englishFor(source) {
  // The slug segment: made from the English title, as Wagtail would.
  if (/^[a-z0-9-]+$/.test(source) && source.includes('-')) {
    return (englishTitle || 'translated-photo-report').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }
  if (ENGLISH[source]) return ENGLISH[source];
  placeholderCounter += 1;
  return `English text number ${placeholderCounter} of the photo report`;
}

/** Translates every untranslated segment of the editor open in `page`; returns { source: english }. */
async function translateAll(page, englishOf = englishFor) {
  const typed = {};
  for (let guard = 0; guard < 200; guard += 1) {
    if (!(await page.locator('.js-translation-editor li.incomplete').count())) break;
    let li = page.locator('.js-translation-editor li.incomplete').filter({ visible: true }).first();
    if (!(await li.count())) {
      // The rest is on another tab of the editor ("Quảng bá": the slug, SEO title...).
      const tabs = page.locator('.js-translation-editor [role=tab][aria-selected=false]');
      if (!(await tabs.count())) break;
      const label = (await tabs.first().innerText()).trim();
      await tabs.first().click();
      await page.waitForTimeout(300);
      note(`segments left on the editor's "${label}" tab: the translator has to open it to finish`);
      li = page.locator('.js-translation-editor li.incomplete').filter({ visible: true }).first();
      if (!(await li.count())) break;
    }
    const source = (await li.locator(':scope > p').first().innerText()).trim();
    const english = englishOf(source);
    if (source === state.viTitle) englishTitle = english;
    const ok = await translateSegment(page, li, english);
    if (!ok) { check(`segment saved: "${source.slice(0, 50)}"`, false); break; }
    typed[source] = english;
  }
  return typed;
}

// ---------------------------------------------------------------------------------------------------------
// Steps

/** 1. The translator finds the translators' views and starts translating a photo report. */
async function step1_translatorStarts() {
  const page = await as('biendich');
  await shot(page, 'biendich-dashboard');
  const dashboard = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  const workPanel = page.locator('section, .w-panel').filter({ hasText: /Việc dịch/ }).first();
  check('the dashboard has the translators\' panel "Việc dịch"', await workPanel.count(), dashboard.slice(0, 200));
  if (await workPanel.count()) console.log('  "Việc dịch":', (await workPanel.innerText()).replace(/\s+/g, ' '));

  // Menu "Bản dịch" → its three views.
  await page.locator('.sidebar button, nav button').filter({ hasText: /^\s*Bản dịch\s*$/ }).first().click();
  await page.waitForTimeout(300);
  const items = await subMenuLinks(page, /^\s*Bản dịch\s*$/).evaluateAll((links) => links
    .map((a) => ({ text: a.textContent.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })));
  console.log('  "Bản dịch" menu:', JSON.stringify(items.map((i) => i.text)));
  await shot(page, 'biendich-menu-ban-dich');
  for (const wanted of ['Bài chờ dịch', 'Cần cập nhật', 'Tình trạng bản dịch']) {
    check(`menu "Bản dịch" has "${wanted}"`, items.some((i) => i.text === wanted));
  }
  for (const item of items) {
    const response = await page.goto(`${BASE_URL}${item.href}`);
    check(`"${item.text}" opens`, response.status() === 200, `${item.href} → HTTP ${response.status()}`);
    await shot(page, `biendich-${item.href.split('/').filter(Boolean).pop()}`);
  }
  const statusItem = items.find((i) => i.text === 'Tình trạng bản dịch');
  if (statusItem) {
    await page.goto(`${BASE_URL}${statusItem.href}`);
    console.log('  "Tình trạng bản dịch":', (await page.locator('main').innerText()).replace(/\s+/g, ' ').slice(0, 600));
  }

  // "Bài chờ dịch": does it tell a photo report apart?
  const waiting = items.find((i) => i.text === 'Bài chờ dịch');
  await page.goto(`${BASE_URL}${waiting ? waiting.href : '/admin/ban-dich/cho-dich/'}`);
  const tableText = await page.locator('#waiting-for-translation').innerText();
  const showsFormat = /Phóng sự ảnh/.test(tableText);
  if (!showsFormat) note('"Bài chờ dịch" does not show the format (no "Phóng sự ảnh" column or filter): the translator opens articles one by one to find a photo report');
  const rows = await page.locator('#waiting-for-translation tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    title: tr.querySelector('td.title a')?.childNodes[0]?.textContent.trim() || '',
    url: tr.querySelector('td.title a')?.getAttribute('href') || '',
    section: tr.children[1]?.textContent.trim() || '',
    translateUrl: tr.querySelector('a.button')?.getAttribute('href') || '',
    pageId: tr.getAttribute('data-page'),
  })));
  check('"Bài chờ dịch" lists Vietnamese articles with "Dịch sang tiếng Anh"', rows.length && rows.every((r) => r.translateUrl), `${rows.length} rows`);

  // Open the public pages one by one (as the translator would) until one has a photo gallery.
  const reader = await visitor();
  let chosen = null;
  let opened = 0;
  for (const row of rows) {
    if (/^Video:/i.test(row.title)) continue;
    opened += 1;
    await reader.goto(row.url.startsWith('http') ? row.url : `${BASE_URL}${row.url}`);
    if (await reader.locator('section.gallery').count()) {
      chosen = row;
      // What the Vietnamese public page shows: the captions and alt texts the English page must translate.
      state.viAlts = await reader.locator('section.gallery img').evaluateAll((imgs) => [...new Set(imgs.map((i) => i.getAttribute('alt')).filter(Boolean))]);
      state.viCaptions = await reader.locator('section.gallery .figure__text').evaluateAll((els) => [...new Set(els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean))]);
      state.viCredits = await reader.locator('section.gallery .figure__credit').evaluateAll((els) => [...new Set(els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean))]);
      state.viLead = (await reader.locator('.article__lead, .lead, [class*=lead]').first().innerText().catch(() => '')).trim();
      await shot(reader, 'public-vi-photo-report');
      break;
    }
  }
  note(`opened ${opened} public article(s) to find a photo report`);
  check('a Vietnamese photo report without English is found', chosen, chosen ? `${chosen.title} (${chosen.section})` : '');
  if (!chosen) throw new Error('no photo report to translate');
  state.viTitle = chosen.title;
  state.viUrl = chosen.url.startsWith('http') ? chosen.url : `${BASE_URL}${chosen.url}`;
  state.viPageId = Number(chosen.pageId);
  console.log(`  chosen: ${state.viTitle} ${state.viUrl} (page ${state.viPageId}); alts ${state.viAlts.length}, captions ${state.viCaptions.length}`);
  await reader.context().close();
  saveState();

  // "Dịch sang tiếng Anh" → wagtail-localize's "Translate" form.
  await page.locator('#waiting-for-translation tr').filter({ hasText: state.viTitle }).locator('a.button', { hasText: 'Dịch sang tiếng Anh' }).click();
  await page.waitForLoadState();
  await shot(page, 'biendich-translate-form');
  const english = page.locator('input[name=locales]').first();
  const label = (await page.locator('#id_locales').innerText()).trim();
  check('the "Translate" form preselects English', (await english.isChecked()) && /Tiếng Anh/.test(label), label);
  const formText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  console.log('  translate form:', formText);
  const back = await page.locator('main a', { hasText: 'Quay lại' }).getAttribute('href').catch(() => null);
  if (back) {
    const response = await page.context().request.get(`${BASE_URL}${back}`, { maxRedirects: 0 });
    const ok = response.status() === 200;
    if (!ok) note(`the "Quay lại" button of the Translate form leads to ${back}, which the translator may not open (HTTP ${response.status()} → ${response.headers().location || ''})`);
  }
  await Promise.all([page.waitForNavigation(), page.locator('main form input[type=submit], main form button[type=submit]').first().click()]);
  await page.waitForLoadState('networkidle').catch(() => {});
  const match = /\/admin\/pages\/(\d+)\/edit\//.exec(page.url());
  check('"Gửi" opens the translation editor of the new English page', match, page.url());
  if (match) state.enPageId = Number(match[1]);
  const created = await messages(page);
  check('the translation is confirmed in Vietnamese', looksVietnamese(created), created);
  saveState();
}

/** 2. The translator translates segment by segment, then sends the translation to the board. */
async function step2_translate() {
  const page = await as('biendich');
  await page.goto(`${BASE_URL}/admin/pages/${state.enPageId}/edit/`);
  await page.waitForSelector(SEGMENT);
  await page.waitForLoadState('networkidle').catch(() => {});
  await shot(page, 'biendich-editor-before');
  state.translationId = Number(/\/localize\/translate\/(\d+)\//.exec(await page.content())?.[1] || 0);

  // What the editor offers, and in which language.
  const all = await segments(page);
  console.log(`  ${all.length} segments, ${all.filter((s) => !s.done).length} to translate`);
  for (const s of all) console.log(`    [${s.field}${s.block ? ` / ${s.block}` : ''}] ${s.source.slice(0, 70)}`);
  const sources = all.map((s) => s.source);
  check('the title is a segment', all.some((s) => s.field === 'Tiêu đề' && s.source === state.viTitle));
  check('the lead (sapo) is a segment', all.some((s) => s.field === 'Sapo'));
  check('body paragraphs are segments', all.some((s) => s.block === 'Đoạn văn' || s.field === 'Đoạn văn'));
  const missingAlts = (state.viAlts || []).filter((alt) => !sources.includes(alt));
  const missingCaptions = (state.viCaptions || []).filter((caption) => !sources.includes(caption));
  check('every gallery image\'s alt text is a segment', state.viAlts?.length && !missingAlts.length, missingAlts.join(' / '));
  check('every gallery image\'s caption is a segment', state.viCaptions?.length && !missingCaptions.length, missingCaptions.join(' / '));
  const missingCredits = (state.viCredits || []).filter((credit) => !sources.includes(credit));
  check('the gallery\'s photo credits are segments', !missingCredits.length, missingCredits.join(' / '));
  const altLabels = new Set(all.filter((s) => state.viAlts?.includes(s.source)).map((s) => `${s.field} / ${s.block}`));
  const captionLabels = new Set(all.filter((s) => state.viCaptions?.includes(s.source)).map((s) => `${s.field} / ${s.block}`));
  check('alt texts and captions carry different labels in the editor (a translator can tell them apart)',
    [...altLabels].every((l) => !captionLabels.has(l)), `alt: ${[...altLabels].join(', ')}; caption: ${[...captionLabels].join(', ')}`);
  const slugSegment = all.find((s) => /slug|Đường dẫn/i.test(s.field));
  note(slugSegment ? `the slug is a segment ("${slugSegment.field}")` : 'the slug is not a segment (wagtail-localize derives it)');
  const chrome = (await page.locator('.js-translation-editor').innerText()).replace(/\s+/g, ' ');
  const english = [...new Set((chrome.replace(new RegExp(sources.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '^$', 'g'), '')).match(UNTRANSLATED_ENGLISH) || [])];
  check('the translation editor\'s own texts are Vietnamese', !english.length, english.join(', '));
  const header = (await page.locator('.js-translation-editor h3').first().innerText().catch(() => '')).trim();
  if (/translation/.test(header)) note(`English heading in the editor: "${header}"`);
  const loading = await page.locator('.js-translation-editor').getByText(/Đang lấy thông tin trang/).count();
  check('page choosers in the editor load (no lasting "Đang lấy thông tin trang...")', !loading, `${loading} stuck`);

  // Translate every segment, saving each.
  const typed = await translateAll(page);
  state.typed = typed;
  saveState();
  const after = await segments(page);
  check('every segment is saved as translated', after.length && after.every((s) => s.done), `${after.filter((s) => !s.done).length} left`);
  const savedInfo = (await page.locator('.js-translation-editor li.complete').first().innerText()).replace(/\s+/g, ' ');
  console.log('  a saved segment reads:', savedInfo);
  if (/January|February|March|April|May|June|July|August|September|October|November|December/.test(savedInfo)) note(`saved segments show an English month in the Vietnamese admin: "${savedInfo.slice(0, 120)}"`);
  await shot(page, 'biendich-editor-translated');

  // Where is "Gửi duyệt bản dịch"? On the editor page (header or footer), else elsewhere.
  const inEditor = await page.getByText('Gửi duyệt bản dịch').count();
  await openFooterMenu(page);
  const actions = await footerActions(page);
  console.log('  editor footer actions:', JSON.stringify(actions.map((a) => `${a.text}${a.name ? ` [${a.name}=${a.value}]` : ''}`)));
  await shot(page, 'biendich-editor-footer-menu');
  check('"Gửi duyệt bản dịch" is offered in the translation editor itself', inEditor || actions.some((a) => /Gửi duyệt/.test(a.text)),
    'not in the header, footer or footer menu');
  const mainAction = actions[0]?.text || '';
  check('the editor\'s main (first) footer button is not a destructive one', !/Xóa|Delete/.test(mainAction), `main button: "${mainAction}"`);
  check('no "Xuất bản"/"Publish" in the translator\'s footer', !actions.some((a) => a.value === 'publish' || /Xuất bản|Publish/.test(a.text)));
  await page.keyboard.press('Escape');

  // A publish forced by hand (the form wagtail-localize's Publish would send) must be refused in Vietnamese.
  const logOffset = serverLogSize();
  await Promise.all([page.waitForNavigation(), page.locator('footer form').first().evaluate((form) => {
    const input = document.createElement('input');
    input.type = 'hidden'; input.name = 'action'; input.value = 'publish';
    form.appendChild(input);
    HTMLFormElement.prototype.submit.call(form);
  })]);
  await page.waitForLoadState('networkidle').catch(() => {});
  const refused = await messages(page);
  await shot(page, 'biendich-forced-publish');
  check('a forced publish from the translation editor is refused in Vietnamese', /phải được Ban biên tập phê duyệt/.test(refused), refused);
  const tb = tracebacksSince(logOffset);
  check('no traceback in server.log for the forced publish', !tb.length, tb.join(' | '));

  // The way the translator has: the dashboard panel "Bản dịch chờ gửi duyệt" (or the English section's listing).
  await page.goto(`${BASE_URL}/admin/`);
  await shot(page, 'biendich-dashboard-translated');
  const panel = page.locator('section, .w-panel').filter({ hasText: /Bản dịch chờ gửi duyệt/ }).first();
  const panelRow = panel.locator('tr').filter({ hasText: typed[state.viTitle] || state.viTitle }).first();
  check('the dashboard lists the translation under "Bản dịch chờ gửi duyệt"', (await panel.count()) && (await panelRow.count()),
    (await panel.innerText().catch(() => '(no panel)')).replace(/\s+/g, ' ').slice(0, 200));
  state.enTitle = typed[state.viTitle] || state.viTitle;
  // Also in the English section's listing, the row's "…" menu.
  const parentId = await page.context().request.get(`${BASE_URL}/admin/api/main/pages/${state.enPageId}/`)
    .then((r) => r.json()).then((j) => j.meta?.parent?.id).catch(() => null);
  if (parentId) {
    await page.goto(`${BASE_URL}/admin/pages/${parentId}/`);
    const row = page.locator('tr, [role=row]').filter({ hasText: state.enTitle }).first();
    await row.locator('.w-dropdown__toggle, button[aria-label*="Thao tác"]').first().click().catch(() => {});
    await page.waitForTimeout(300);
    const listingItem = await page.locator('a', { hasText: /^\s*Gửi duyệt bản dịch\s*$/ }).filter({ visible: true }).count();
    check('the English section\'s listing offers "Gửi duyệt bản dịch" in the row\'s menu', listingItem);
    await shot(page, 'biendich-en-listing-more');
  }

  // Submit from the dashboard panel: the confirmation page, then the button.
  await page.goto(`${BASE_URL}/admin/`);
  await panel.locator('tr').filter({ hasText: state.enTitle }).locator('a', { hasText: 'Gửi duyệt bản dịch' }).first().click();
  await page.waitForLoadState();
  await shot(page, 'biendich-submit-confirmation');
  const confirmText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  console.log('  confirmation page:', confirmText.slice(0, 500));
  check('the confirmation page shows the progress and the workflow', /Đã dịch \d+\/\d+ đoạn/.test(confirmText) && /Duyệt bản dịch/.test(confirmText), page.url());
  const mailOffset = serverLogSize();
  state.mailOffsetSubmit = mailOffset;
  await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]', { hasText: 'Gửi duyệt bản dịch' }).click()]);
  await page.waitForLoadState();
  const sent = await messages(page);
  await shot(page, 'biendich-submitted');
  check('the translation is sent for review (Vietnamese confirmation)', /Đã gửi bản dịch/.test(sent), sent);
  await page.waitForTimeout(1500);
  const mails = emailsIn(serverLogSince(mailOffset));
  console.log('  e-mails:', JSON.stringify(mails.map((m) => ({ to: m.to, subject: m.subject }))));
  if (SERVER_LOG) {
    check('the board is notified by e-mail', mails.length, mails.map((m) => m.to).join(', '));
    for (const m of mails) check(`submission e-mail to ${m.to} is Vietnamese`, looksVietnamese(m.subject) && looksVietnamese(m.text), `${m.subject} — ${m.text.slice(0, 120).replace(/\s+/g, ' ')}`);
  }

  // Not public yet.
  const enUrlGuess = await page.context().request.get(`${BASE_URL}/admin/api/main/pages/${state.enPageId}/`).then((r) => r.json()).catch(() => ({}));
  state.enUrlGuess = enUrlGuess.meta?.html_url || '';
  saveState();
}

/** 3. The board approves the English page from the dashboard. */
async function step3_boardApproves() {
  const page = await as('bientap');
  // First, as a reviewer would: open the page from the dashboard and look for "Phê duyệt" there.
  await page.goto(`${BASE_URL}/admin/`);
  const link = page.locator('section, .w-panel').filter({ hasText: /Đang chờ bạn duyệt/ }).first().locator('a', { hasText: state.enTitle }).first();
  if (await link.count()) {
    await link.click();
    await page.waitForLoadState('networkidle').catch(() => {});
    await openFooterMenu(page);
    const actions = await footerActions(page);
    console.log(`  footer of the page opened from the dashboard (${page.url()}):`, JSON.stringify(actions.map((a) => a.text)));
    await shot(page, 'bientap-opens-en-page');
    const statusBar = (await page.locator('header').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    // The review bar above the translation editor carries the reviewer's buttons.
    const barButtons = await page.locator('.editorial-review-bar button').allInnerTexts();
    check('the board can approve from the page it opens (the translation editor)', actions.some((a) => /Phê duyệt/.test(a.text)) || barButtons.some((text) => /Phê duyệt/.test(text)),
      `footer: ${actions.map((a) => a.text).join(' / ')}; header: ${statusBar.slice(0, 120)}`);
    await page.keyboard.press('Escape');
    // The main button the board sees there is wagtail-localize's "Publish": a reviewer would press it.
    const publish = page.locator('footer button[name=action][value=publish]').first();
    if (await publish.count()) {
      const label = (await publish.innerText()).trim();
      await Promise.all([page.waitForNavigation(), publish.click()]);
      await page.waitForLoadState('networkidle').catch(() => {});
      const text = await messages(page);
      await shot(page, 'bientap-presses-publish-in-editor');
      const live = await page.context().request.get(state.enUrlGuess || `${BASE_URL}/en/`, { maxRedirects: 0 });
      note(`the board pressed "${label}" in the translation editor of a page awaiting its review: "${text}" (English page HTTP ${live.status()})`);
      check('pressing it does not bypass the review (page still not live)', live.status() !== 200 || !state.enUrlGuess, `${state.enUrlGuess} → HTTP ${live.status()}`);
      check('the refusal tells the board what to do (approve), not the translator\'s "Gửi duyệt bản dịch"', /Phê duyệt|phê duyệt từ/.test(text) && !/hãy bấm “Gửi duyệt bản dịch”/.test(text), text);
    }
  }
  const logOffset = serverLogSize();
  const done = await approveFromDashboard(page, 'bientap', state.enTitle);
  await shot(page, 'bientap-after-approve');
  const text = await messages(page);
  console.log('  messages:', text);
  check('bientap approves the translation', done && !/không thể|không có quyền|lỗi/i.test(text), text);
  check('the board sees a confirmation after approving from the dashboard', /phê duyệt|đã duyệt|xuất bản/i.test(text), text || '(no message: the row just disappears)');

  // Live at /en/…: the Vietnamese page's switcher/hreflang gives the English address.
  const reader = await visitor();
  await reader.goto(state.viUrl);
  const enHref = await reader.locator('link[rel=alternate][hreflang=en]').getAttribute('href').catch(() => null);
  state.enUrl = enHref || state.enUrlGuess;
  const response = await reader.goto(state.enUrl);
  check('the English page is live at /en/…', response.status() === 200 && new URL(state.enUrl).pathname.startsWith('/en/'), `${state.enUrl} → HTTP ${response.status()}`);
  await reader.context().close();

  await page.waitForTimeout(1500);
  const mails = emailsIn(serverLogSince(logOffset));
  console.log('  e-mails:', JSON.stringify(mails.map((m) => ({ to: m.to, subject: m.subject }))));
  if (!SERVER_LOG) note('SERVER_LOG not set: e-mails not checked');
  else {
    check('an e-mail went out on approval', mails.length, '(none in server.log)');
    for (const m of mails) {
      check(`approval e-mail to ${m.to} is Vietnamese`, looksVietnamese(m.subject) && looksVietnamese(m.text) && !/has been approved|was approved/i.test(m.text),
        `${m.subject} — ${m.text.slice(0, 160).replace(/\s+/g, ' ')}`);
    }
  }
  const tb = tracebacksSince(logOffset);
  check('no traceback in server.log during approval', !tb.length, tb.join(' | '));
  saveState();
}

const ENGLISH_DATE = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

/** 4. The public English article, the switcher, hreflang, an untranslated article, English listings. */
async function step4_publicSite() {
  const reader = await visitor();
  const response = await reader.goto(state.enUrl);
  check('the English article opens', response.status() === 200, `${state.enUrl} → HTTP ${response.status()}`);
  await shot(reader, 'public-en-article');
  const typed = state.typed || {};
  const htmlLang = await reader.locator('html').getAttribute('lang');
  check('<html lang="en">', htmlLang === 'en', htmlLang);
  const h1 = (await reader.locator('h1').first().innerText()).trim();
  check('English title', h1 === typed[state.viTitle], h1);
  const body = (await reader.locator('main').innerText()).replace(/\s+/g, ' ');
  const leadSource = Object.keys(typed).find((s) => state.viLead && s.includes(state.viLead.slice(0, 40))) || '';
  check('English lead', leadSource && body.includes(typed[leadSource]), (typed[leadSource] || state.viLead || '').slice(0, 80));
  const alts = await reader.locator('main img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') || ''));
  const wantedAlts = (state.viAlts || []).map((a) => typed[a]).filter(Boolean);
  const missingAlts = wantedAlts.filter((a) => !alts.includes(a));
  check('gallery <img alt> attributes are the English alt texts', wantedAlts.length && !missingAlts.length, missingAlts.join(' / '));
  check('no Vietnamese alt text left on the English page', !alts.some(looksVietnamese), alts.filter(looksVietnamese).join(' / '));
  const wantedCaptions = (state.viCaptions || []).map((c) => typed[c]).filter(Boolean);
  // The gallery viewer shows one photo at a time: every caption is in the page, most of them hidden.
  const captionTexts = await reader.locator('main .figure__text').evaluateAll((els) => els.map((e) => e.textContent.trim()));
  const missingCaptions = wantedCaptions.filter((c) => !captionTexts.includes(c));
  check('English captions', wantedCaptions.length && !missingCaptions.length, missingCaptions.join(' / '));
  const wantedCredits = (state.viCredits || []).map((c) => typed[c]).filter(Boolean);
  const creditTexts = await reader.locator('main .figure__credit').evaluateAll((els) => els.map((e) => e.textContent.trim()));
  check('English photo credits', wantedCredits.length && creditTexts.every((c) => wantedCredits.includes(c)), creditTexts.join(' / '));
  const vietnameseBits = body.split(/(?<=[.!?])\s+/).filter(looksVietnamese);
  check('nothing Vietnamese in the English article\'s main text', !vietnameseBits.length, vietnameseBits.slice(0, 5).join(' | ').slice(0, 300));
  const articleDate = (await reader.locator('main article time, main time').first().innerText()).trim();
  check('the article\'s date is English ("Monday, 3 February 2025" style)', ENGLISH_DATE.test(articleDate), articleDate);
  const dates = await reader.locator('main time').allInnerTexts();
  check('every date on the page is English (full or short "22 Nov 2026")', dates.every((d) => ENGLISH_DATE.test(d.trim()) || /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(d.trim())), JSON.stringify(dates));
  const alternates = await reader.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
  console.log('  hreflang:', JSON.stringify(alternates));
  const codes = alternates.map(([code]) => code);
  check('hreflang links vi, en and x-default', ['vi', 'en', 'x-default'].every((c) => codes.includes(c)), codes.join(', '));
  check('hreflang vi points at the Vietnamese article', alternates.some(([c, h]) => c === 'vi' && h.endsWith(new URL(state.viUrl).pathname)));
  // Related links to Vietnamese articles (no English version yet) must say so.
  const related = await reader.locator('main a[href*="/vi/"]').evaluateAll((as) => as.map((a) => ({
    text: a.textContent.trim(), href: a.getAttribute('href'), marked: /in Vietnamese/.test(a.parentElement.textContent),
  })));
  check('links from the English article to Vietnamese pages are marked "(in Vietnamese)"', related.every((r) => r.marked),
    related.map((r) => `${r.text} → ${r.href}${r.marked ? ' (marked)' : ''}`).join('; '));

  // The switcher: to the Vietnamese article and back.
  const toVi = reader.locator('.language-switcher a').first();
  const toViText = (await toVi.innerText()).trim();
  await Promise.all([reader.waitForNavigation(), toVi.click()]);
  check('the switcher goes to the Vietnamese article', new URL(reader.url()).pathname === new URL(state.viUrl).pathname, `"${toViText}" → ${reader.url()}`);
  const viAlternates = await reader.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
  check('the Vietnamese article has hreflang vi, en, x-default', ['vi', 'en', 'x-default'].every((c) => viAlternates.includes(c)), viAlternates.join(', '));
  await shot(reader, 'public-vi-article');
  const toEn = reader.locator('.language-switcher a').first();
  await Promise.all([reader.waitForNavigation(), toEn.click()]);
  check('and back: the switcher goes to the English article', new URL(reader.url()).pathname === new URL(state.enUrl).pathname, reader.url());

  // An untranslated Vietnamese article: the switcher leads to the nearest English section, with a note.
  const untranslated = `${BASE_URL}/vi/tin-tuc-su-kien/sac-do-rop-pho-phuong-ngay-quoc-khanh/`;
  await reader.goto(untranslated);
  const fallback = reader.locator('.language-switcher__item--fallback').first();
  const fallbackText = (await fallback.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
  check('an untranslated article\'s switcher says there is no English version', fallbackText.length > 0, fallbackText);
  await shot(reader, 'public-vi-untranslated');
  const fallbackLink = fallback.locator('a').first();
  if (await fallbackLink.count()) {
    const [resp] = await Promise.all([reader.waitForNavigation(), fallbackLink.click()]);
    check('it leads to the nearest English section (not a 404)', resp && resp.status() === 200 && /^\/en\/news-events\/$/.test(new URL(reader.url()).pathname),
      `${reader.url()} → HTTP ${resp ? resp.status() : '?'}`);
    await shot(reader, 'public-en-fallback-section');
  }

  // English home and sections: nothing Vietnamese in the listings.
  for (const url of ['/en/', new URL(state.enUrl).pathname.replace(/[^/]+\/$/, '')]) {
    const r = await reader.goto(`${BASE_URL}${url}`);
    await shot(reader, `public-en-${url.split('/').filter(Boolean).join('-') || 'home'}`);
    const titles = await reader.locator('main a').evaluateAll((as) => as.map((a) => a.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean));
    const vietnamese = titles.filter(looksVietnamese);
    check(`${url}: HTTP 200 and no Vietnamese link text in the listings`, r.status() === 200 && !vietnamese.length, vietnamese.slice(0, 5).join(' | '));
    if (url !== '/en/') check(`${url} lists the new English article`, titles.includes(state.enTitle));
  }
  await reader.context().close();
}

/** 5. A paragraph of the Vietnamese source changes and goes through "Duyệt tin, bài"; the translator updates. */
async function step5_sourceChange() {
  const admin = await as('admin');
  await admin.goto(`${BASE_URL}/admin/pages/${state.viPageId}/edit/`);
  await admin.waitForLoadState('networkidle').catch(() => {});
  const paragraph = Object.keys(state.typed || {}).find((s) => s.startsWith('Mỗi buổi học')) || 'Mỗi buổi học kéo dài';
  state.addedText = ` Từ tháng này, bảo tàng mở thêm buổi học vào sáng thứ Bảy.`;
  const block = admin.locator('[data-contentpath="body"] .public-DraftStyleDefault-block, [data-contentpath="body"] [data-block="true"]').filter({ hasText: paragraph.slice(0, 40) }).first();
  check('the admin finds the paragraph in the Vietnamese editor', await block.count(), paragraph.slice(0, 60));
  // Click just after the paragraph's last character, as a person would, then type.
  await block.scrollIntoViewIfNeeded();
  const end = await block.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last = null;
    while (walker.nextNode()) if (walker.currentNode.textContent.length) last = walker.currentNode;
    const range = document.createRange();
    range.setStart(last, last.textContent.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.right, y: rect.top + rect.height / 2 };
  });
  await admin.mouse.click(end.x + 2, end.y);
  await admin.keyboard.press('End');
  await admin.keyboard.type(state.addedText);
  state.newParagraph = `${paragraph}${state.addedText}`;
  const blockText = (await block.innerText()).trim();
  check('only that paragraph changed in the editor', blockText === state.newParagraph, blockText.slice(-120));
  await openFooterMenu(admin);
  const actions = await footerActions(admin);
  console.log('  admin footer actions:', JSON.stringify(actions.map((a) => `${a.text}${a.name ? ` [${a.name}]` : ''}`)));
  await shot(admin, 'admin-edited-paragraph');
  const hasPublish = actions.some((a) => a.name === 'action-publish');
  if (hasPublish) note('the superuser is offered "Xuất bản" in the Vietnamese editor (the walk uses "Gửi duyệt" instead)');
  const submit = admin.locator('footer button[name=action-submit]').first();
  check('the admin can "Gửi duyệt"', await submit.count(), actions.map((a) => a.text).join(' / '));
  await submit.click();
  await admin.waitForLoadState();
  const submitted = await messages(admin);
  await shot(admin, 'admin-submitted');
  check('the change is submitted to "Duyệt tin, bài"', /gửi|duyệt/i.test(submitted), submitted);

  // The secretariat, then the board approve (from their dashboards).
  const thuky = await as('thuky');
  const ok1 = await approveFromDashboard(thuky, 'thuky', state.viTitle);
  const t1 = await messages(thuky);
  check('thuky approves the secretariat step', ok1 && !/lỗi|không thể/i.test(t1), t1);
  const board = await as('bientap');
  const ok2 = await approveFromDashboard(board, 'bientap', state.viTitle);
  const t2 = await messages(board);
  check('bientap approves the board step', ok2 && !/lỗi|không thể/i.test(t2), t2);
  const reader = await visitor();
  await reader.goto(state.viUrl);
  check('the Vietnamese page shows the changed paragraph', (await reader.locator('main').innerText()).includes(state.addedText.trim()));
  await reader.context().close();
  saveState();

  // The translator: "Cần cập nhật".
  const page = await as('biendich');
  await page.goto(`${BASE_URL}/admin/`);
  await shot(page, 'biendich-dashboard-needs-update');
  const panelText = (await page.locator('section, .w-panel').filter({ hasText: /Việc dịch/ }).first().innerText().catch(() => '')).replace(/\s+/g, ' ');
  check('the dashboard says an English version needs updating', /cần cập nhật/.test(panelText), panelText);
  await page.goto(`${BASE_URL}/admin/ban-dich/can-cap-nhat/`);
  await shot(page, 'biendich-needs-update');
  const row = page.locator('main tr, main li, main article').filter({ hasText: state.enTitle }).first();
  const rowText = (await row.innerText().catch(() => '')).replace(/\s+/g, ' ');
  console.log('  "Cần cập nhật" row:', rowText.slice(0, 500));
  check('"Cần cập nhật" flags the English page', rowText.length > 0, (await page.locator('main').innerText()).replace(/\s+/g, ' ').slice(0, 300));
  check('it says what changed (the one paragraph)', rowText.includes(state.addedText.trim().slice(0, 30)) || /Đoạn văn|1 đoạn/.test(rowText), rowText.slice(0, 300));
  const update = row.locator('a', { hasText: /Cập nhật bản dịch/ }).first();
  check('"Cập nhật bản dịch" is offered', await update.count());
  await update.click();
  await page.waitForLoadState();
  await shot(page, 'biendich-update-form');
  const formText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  console.log('  update form:', formText.slice(0, 500));
  check('the update form offers no "Publish immediately"', !/Xuất bản ngay|Publish immediately/i.test(formText));
  await Promise.all([page.waitForNavigation(), page.locator('main form [type=submit]').first().click()]);
  await page.waitForLoadState('networkidle').catch(() => {});
  const synced = await messages(page);
  await shot(page, 'biendich-synced');
  check('the sync is confirmed in Vietnamese', looksVietnamese(synced), synced);
  if (!/\/admin\/pages\/\d+\/edit\//.test(page.url())) {
    note(`after "Cập nhật bản dịch" the translator lands on ${page.url()}, not in the translation editor`);
    await page.goto(`${BASE_URL}/admin/pages/${state.enPageId}/edit/`);
  }
  await page.waitForSelector(SEGMENT);
  await page.waitForLoadState('networkidle').catch(() => {});
  const segs = await segments(page);
  const open = segs.filter((s) => !s.done);
  await shot(page, 'biendich-editor-after-sync');
  check('exactly one segment is untranslated after the sync', open.length === 1, open.map((s) => s.source.slice(0, 60)).join(' | '));
  check('it is the changed paragraph', open.length && open[0].source === state.newParagraph, open[0]?.source.slice(-80));
  const oldParagraph = segs.find((s) => s.source === paragraph);
  if (oldParagraph) note('the old paragraph is still listed as a segment');
  state.newEnglish = `${state.typed?.[paragraph] || 'Each lesson lasts about two hours.'} From this month the museum adds a lesson on Saturday mornings.`;
  await translateAll(page, () => state.newEnglish);
  const after = await segments(page);
  check('all segments translated again', after.every((s) => s.done));

  // Resubmit, approve, live.
  await page.goto(`${BASE_URL}/admin/ban-dich/${state.enPageId}/gui-duyet/`);
  await shot(page, 'biendich-resubmit-confirmation');
  await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]', { hasText: 'Gửi duyệt bản dịch' }).click()]);
  const sent = await messages(page);
  check('the updated translation is sent for review', /Đã gửi bản dịch/.test(sent), sent);
  // The reviewer opens the translation in review and fixes a wording before approving (the editor lets them).
  await board.goto(`${BASE_URL}/admin/pages/${state.enPageId}/edit/`);
  await board.waitForSelector(SEGMENT);
  const related = board.locator('.js-translation-editor li.complete').filter({ has: board.locator(':scope > p', { hasText: /^Tin liên quan$/ }) }).first();
  let reviewerEdit = false;
  if (await related.count()) {
    reviewerEdit = await translateSegment(board, related, 'Related articles');
    note(`the board could edit a segment of a translation awaiting its review (saved: ${reviewerEdit})`);
  }
  const ok3 = await approveFromDashboard(board, 'bientap', state.enTitle);
  check('bientap approves the updated translation', ok3, await messages(board));
  const reader2 = await visitor();
  await reader2.goto(state.enUrl);
  await shot(reader2, 'public-en-updated');
  const enBody = (await reader2.locator('main').innerText()).replace(/\s+/g, ' ');
  if (reviewerEdit) {
    check('a wording the reviewer fixed in the editor before approving is on the published page', enBody.includes('Related articles'),
      enBody.includes('Related news') ? 'the page still says "Related news": the edit stayed in the translation only' : '');
    const translator = await as('biendich');
    await translator.goto(`${BASE_URL}/admin/`);
    const pending = (await translator.locator('section, .w-panel').filter({ hasText: /Bản dịch chờ gửi duyệt/ }).first().innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (pending.includes(state.enTitle)) note(`after approval the translator's dashboard lists the page again under "Bản dịch chờ gửi duyệt" (${pending.slice(0, 160)})`);
    await shot(translator, 'biendich-dashboard-after-reviewer-edit');
  }
  check('the English page shows the new paragraph', enBody.includes('From this month the museum adds a lesson on Saturday mornings.'));
  check('and nothing Vietnamese crept in', !enBody.split(/(?<=[.!?])\s+/).some(looksVietnamese), enBody.split(/(?<=[.!?])\s+/).filter(looksVietnamese).slice(0, 3).join(' | '));
  await reader2.context().close();
  saveState();
}

/** 6. Malformed PO files uploaded in the translation editor are refused in Vietnamese; nothing is lost. */
async function step6_badPoUpload() {
  const page = await as('biendich');
  await page.goto(`${BASE_URL}/admin/pages/${state.enPageId}/edit/`);
  await page.waitForSelector(SEGMENT);
  const before = await segments(page);
  const files = {
    'hong.po': 'msgid "Một ngày"\nmsgstr "A day\n\nthis is not a PO file at all "unterminated\n',
    'khong-ma.po': 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Tin liên quan"\nmsgstr "Related"\n',
    'trong.po': '',
  };
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(SHOTS, name);
    fs.writeFileSync(file, content);
    const logOffset = serverLogSize();
    // "Tải lên tệp PO" opens the file picker; the form is sent as soon as a file is chosen.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.js-translation-editor button', { hasText: /Tải lên tệp PO/ }).filter({ visible: true }).first().click(),
    ]);
    await Promise.all([page.waitForNavigation(), chooser.setFiles(file)]);
    await page.waitForLoadState('networkidle').catch(() => {});
    const text = await messages(page);
    await shot(page, `biendich-po-${name.replace('.po', '')}`);
    check(`uploading ${name} is refused with a Vietnamese message`, looksVietnamese(text) && /Không có đoạn dịch nào thay đổi/.test(text), text);
    check(`${name}: back in the translation editor`, /\/admin\/pages\/\d+\/edit\//.test(page.url()), page.url());
    const tb = tracebacksSince(logOffset);
    check(`${name}: no traceback in server.log`, !tb.length, tb.join(' | '));
    await page.waitForSelector(SEGMENT);
    const after = await segments(page);
    check(`${name}: nothing lost (every segment keeps its English)`, after.length === before.length
      && after.every((s, i) => s.done === before[i].done && s.translation === before[i].translation));
  }
}

// ---------------------------------------------------------------------------------------------------------

const STEP_FUNCTIONS = {
  1: step1_translatorStarts,
  2: step2_translate,
  3: step3_boardApproves,
  4: step4_publicSite,
  5: step5_sourceChange,
  6: step6_badPoUpload,
};

async function main() {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const logStart = serverLogSize();
  try {
    for (const step of STEPS) {
      const fn = STEP_FUNCTIONS[step];
      if (!fn) continue;
      console.log(`\n=== Step ${step}: ${fn.name}`);
      currentStep = step;
      shotCounter = 0;
      const started = Date.now();
      try {
        await fn();
      } catch (error) {
        check(`step ${step} ran to the end`, false, error.message.split('\n')[0]);
        for (const [user, page] of Object.entries(sessions)) {
          await shot(page, `error-step${step}-${user}`).catch(() => {});
        }
      }
      console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await browser.close();
  }
  if (httpProblems.length) note(`404s seen by the browser: ${[...new Set(httpProblems)].join('; ')}`);
  const tracebacks = tracebacksSince(logStart);
  if (SERVER_LOG) check('no traceback in server.log during the walk', !tracebacks.length, tracebacks.join(' | '));
  const failed = results.filter((r) => r.ok === false);
  console.log(`\n${results.filter((r) => r.ok).length} checks passed, ${failed.length} failed, ${results.filter((r) => r.ok === null).length} notes`);
  for (const r of failed) console.log(`  FAIL ${r.name}${r.detail ? ` — ${r.detail}` : ''}`);
  for (const r of results.filter((x) => x.ok === null)) console.log(`  NOTE ${r.name}`);
  process.exitCode = failed.length ? 1 : 0;
}

await main();
