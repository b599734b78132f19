// Editorial workflow walk-through in a real browser, as the demo accounts would do it.
//
//   cd e2e && npm install                       # playwright-core only; uses the system chromium
//   BASE_URL=http://127.0.0.1:8100 SHOTS=/tmp/walk/shots node editorial_walkthrough.mjs
//
// Needs a freshly seeded portal (manage.py seed_demo) served at BASE_URL, `manage.py run_scheduler` running
// beside it (step 4 waits for the scheduled publication), and the dev settings (console e-mail). Set
// SERVER_LOG to the runserver's output file to have the notification e-mails checked too.
// STEPS=1,2,3 runs only some steps (state shared between steps is kept in $SHOTS/state.json).
// Every step writes full-page screenshots to $SHOTS and a line per check to the console; the script ends
// with a summary of the checks and exits 1 when one failed.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8100').replace(/\/$/, '');
const SHOTS = process.env.SHOTS || '/tmp/walk/shots';
const SERVER_LOG = process.env.SERVER_LOG || '';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEPS = (process.env.STEPS || '0,1,2,3,4,5,6,7').split(',').map((s) => s.trim());
const SCHEDULE_AHEAD_MINUTES = Number(process.env.SCHEDULE_AHEAD_MINUTES || 2);
const STATE_FILE = path.join(SHOTS, 'state.json');
const TIME_ZONE = 'Asia/Ho_Chi_Minh'; // the portal's TIME_ZONE

const ACCOUNTS = {
  congtacvien: 'demo-ctv-2025',
  thuky: 'demo-thuky-2025',
  thuky2: 'demo-thuky2-2025',
  bientap: 'demo-bientap-2025',
  bientap2: 'demo-bientap2-2025',
  biendich: 'demo-biendich-2025',
  vanphong: 'demo-vanphong-2025',
  kythuat: 'demo-kythuat-2025',
  admin: 'demo-admin-2025',
};

fs.mkdirSync(SHOTS, { recursive: true });
const state = fs.existsSync(STATE_FILE) ? JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) : {};
const saveState = () => fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));

// ---------------------------------------------------------------------------------------------------------
// Helpers

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
    if (status >= 500 || status === 403) {
      console.log(`  !! HTTP ${status} ${response.request().method()} ${response.url()} (${user})`);
      results.push({ name: `HTTP ${status} ${response.url()} (${user})`, ok: false, detail: '' });
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
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, 900), 8000) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(size);
  console.log(`  shot ${file}`);
  return file;
}

/** The text of Wagtail's flash messages on the current page. */
async function messages(page) {
  return (await page.locator('.messages li, .messages .success, .messages .error, .help-critical, .w-message')
    .allInnerTexts()).join(' | ').replace(/\s+/g, ' ').trim();
}

/** Field errors shown in the editor, as "field: message". */
async function fieldErrors(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.error-message, .w-field__errors')]
      .filter((e) => e.textContent.trim())
      .map((e) => `${e.closest('[data-contentpath]')?.getAttribute('data-contentpath') || '?'}: ${e.textContent.replace(/\s+/g, ' ').trim()}`),
  );
}

/** Lines of the dev server's console e-mail output written since `offset`. */
function serverLogSince(offset) {
  if (!SERVER_LOG || !fs.existsSync(SERVER_LOG)) return '';
  return fs.readFileSync(SERVER_LOG, 'utf8').slice(offset);
}
function serverLogSize() {
  return SERVER_LOG && fs.existsSync(SERVER_LOG) ? fs.statSync(SERVER_LOG).size : 0;
}
/** Decodes the subjects and recipients of the console e-mails in a chunk of log (RFC 2047 encoded words). */
function emailsIn(chunk) {
  // Encoded words are decoded to bytes first and joined: a UTF-8 character may be split between two of them.
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
      text = Buffer.from(body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, '%$1'), 'binary').toString('utf8');
      try { text = decodeURIComponent(body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, '%$1')); } catch { /* keep */ }
    }
    mails.push({ to: to ? to[1] : '', subject: decode(subject[1].replace(/\n[ \t]/g, ' ')), text });
  }
  return mails;
}
const looksVietnamese = (text) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text);

/** Opens the footer's "more actions" dropdown of the page editor (the arrow beside the main button). */
async function openFooterMenu(page) {
  const toggle = page.locator('footer .w-dropdown__toggle, .footer .w-dropdown__toggle').first();
  if (await toggle.count()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.waitForTimeout(300);
  }
}

/** Every submit button of the editor's footer (main one and dropdown), by visible label. */
async function footerActions(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('footer button, footer a.button, .footer button')]
      .map((b) => ({ text: b.textContent.replace(/\s+/g, ' ').trim(), name: b.getAttribute('name') || '', value: b.getAttribute('value') || '' }))
      .filter((b) => b.text && b.text !== 'Thao tác khác'),
  );
}

/** The links of one of the sidebar's sub-menus (every sub-menu is in the page, hidden until opened). */
function subMenuLinks(page, label) {
  return page.locator('li.sidebar-sub-menu-item')
    .filter({ has: page.locator(':scope > button', { hasText: label }) })
    .locator('.sidebar-sub-menu-panel a');
}

/** Adds a paragraph block to the article's body StreamField and types `text` in it. */
async function addParagraph(page, text) {
  const addButton = page.locator('[data-contentpath="body"] button.c-sf-add-button, #body-0-add, .c-sf-add-button').first();
  await addButton.click();
  // Wagtail shows a block chooser; the paragraph block is "Đoạn văn".
  const paragraphOption = page.locator('.w-combobox__option, [role=option]').filter({ hasText: /Đoạn văn|Paragraph/i }).first();
  await paragraphOption.click();
  const editor = page.locator('[data-contentpath="body"] .public-DraftEditor-content, .Draftail-Editor .public-DraftEditor-content').last();
  await editor.click();
  await page.keyboard.type(text);
}

const now = () => new Date();
/** "YYYY-MM-DD HH:MM" in the portal's time zone, the format of Wagtail's date-time inputs. */
function localDateTime(date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
      .formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

// ---------------------------------------------------------------------------------------------------------
// Steps

/** 1. The contributor writes a news item in their section, saves a draft, submits it for review. */
async function step1_contributorWrites() {
  const page = await as('congtacvien');
  await shot(page, 'ctv-dashboard');

  // The contributor opens "Trang" and looks for a section where they may add pages.
  await page.goto(`${BASE_URL}/admin/pages/`);
  await shot(page, 'ctv-explorer-root');
  const sectionId = 4; // "Tin tức - Sự kiện": the section seed_demo gives congtacvien
  await page.goto(`${BASE_URL}/admin/pages/${sectionId}/`);
  await shot(page, 'ctv-section-listing');
  // The "+" in the section's header ("Thêm trang con").
  const addChild = page.locator('a[aria-label="Thêm trang con"], a:has-text("Thêm trang con")').first();
  check('contributor sees "Thêm trang con" in their section', await addChild.count());
  if (await addChild.count()) {
    await addChild.click();
    await page.waitForLoadState();
  }
  if (!page.url().includes('/add/sections/articlepage/')) {
    await shot(page, 'ctv-choose-type');
    const type = page.locator('a', { hasText: /^\s*Bài viết\s*$/ }).first();
    if (await type.count()) await type.click();
    else await page.goto(`${BASE_URL}/admin/pages/add/sections/articlepage/${sectionId}/`);
    await page.waitForLoadState();
  }
  check('contributor reaches the "Bài viết" form', page.url().includes('/add/sections/articlepage/'), page.url());


  // Never a publish button for a contributor.
  await openFooterMenu(page);
  let actions = await footerActions(page);
  console.log('  footer actions (new page):', JSON.stringify(actions));
  check('no publish button for the contributor (new page)', !actions.some((a) => a.name === 'action-publish' || /Xuất bản|Publish/i.test(a.text)));
  await page.keyboard.press('Escape');

  // First attempt: everything but the title, then "Lưu bản nháp".
  const stamp = localDateTime(now()).replace(/[-: ]/g, '');
  state.lead = `Sáng nay, Sở Văn hóa và Thể thao Hà Nội tổ chức buổi kiểm thử quy trình biên tập trên cổng thông tin (${stamp}).`;
  state.paragraph = 'Các thành viên Tổ thư ký và Ban biên tập lần lượt duyệt bài theo đúng quy trình hai bước.';
  await page.fill('#id_lead', state.lead);
  await addParagraph(page, state.paragraph);
  await shot(page, 'ctv-form-filled-without-title');
  await page.click('footer button.action-save');
  await page.waitForLoadState();
  await shot(page, 'ctv-validation-error');
  const errorText = await messages(page);
  console.log('  messages:', errorText);
  check('saving without a title shows a Vietnamese error', looksVietnamese(errorText) && !/This field is required|could not be/i.test(errorText), errorText);
  const titleError = (await page.locator('[data-contentpath="title"] .error-message, #panel-child-content-title-errors, .w-field__errors').allInnerTexts()).join(' ');
  check('the title field is marked with a Vietnamese message', /bắt buộc|Trường này/i.test(titleError), titleError.trim());
  check('the lead typed is kept after the error', (await page.inputValue('#id_lead')) === state.lead);
  const bodyKept = await page.locator('[data-contentpath="body"]').innerText();
  check('the body paragraph typed is kept after the error', bodyKept.includes(state.paragraph));

  // Second attempt: with a title.
  state.title = `Kiểm thử quy trình biên tập ${stamp}`;
  // Typed like a person (focus, keys, leave the field), so Wagtail fills the slug in from the title.
  await page.click('#id_title');
  await page.keyboard.type(state.title);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  state.slug = await page.inputValue('#id_slug');
  console.log(`  slug filled in from the title: ${state.slug}`);
  check('the slug made from the Vietnamese title keeps the words (no letters dropped)', /kiem-thu-quy-trinh-bien-tap/.test(state.slug), state.slug);
  await page.click('footer button.action-save');
  await page.waitForLoadState();
  if (!/\/admin\/pages\/\d+\/edit\//.test(page.url())) {
    console.log('  field errors:', JSON.stringify(await fieldErrors(page)));
    await shot(page, 'ctv-second-save-failed');
  }
  await page.waitForURL(/\/admin\/pages\/\d+\/edit\//);
  state.pageId = Number(/\/admin\/pages\/(\d+)\/edit\//.exec(page.url())[1]);
  saveState();
  await shot(page, 'ctv-draft-saved');
  const savedText = await messages(page);
  check('draft saved', /tạo|lưu|created|saved/i.test(savedText), savedText);

  await openFooterMenu(page);
  actions = await footerActions(page);
  console.log('  footer actions (draft):', JSON.stringify(actions));
  check('no publish button for the contributor (draft)', !actions.some((a) => a.name === 'action-publish' || /Xuất bản|Publish/i.test(a.text)));
  await shot(page, 'ctv-footer-menu');

  // "Gửi duyệt": the footer's submit-to-workflow action.
  const submit = page.locator('footer button[name=action-submit]').first();
  check('a submit-for-review action is offered', await submit.count(), actions.map((a) => a.text).join(' / '));
  await submit.click();
  await page.waitForLoadState();
  await shot(page, 'ctv-submitted');
  const submittedText = await messages(page);
  check('article submitted for review', /gửi|duyệt|submitted/i.test(submittedText), submittedText);

  // Only in their own section: may they add under "Văn hóa"? (Asked after the walk, as the refusal leaves a message.)
  const otherSection = await page.context().request.get(`${BASE_URL}/admin/pages/add/sections/articlepage/5/`, { maxRedirects: 0 });
  check('contributor may not add articles in another section (Văn hóa)', [302, 403].includes(otherSection.status()), `HTTP ${otherSection.status()} → ${otherSection.headers().location || ''}`);
}

/** Clicks a workflow action of the editor's footer ("Phê duyệt", "Yêu cầu chỉnh sửa"...) and, when Wagtail
 * asks for a comment in a dialog, types it there and confirms. */
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
    await shot(page, `dialog-${label.replace(/\s+/g, '-')}`);
    await Promise.all([page.waitForNavigation(), dialog.locator('button[type=submit], input[type=submit]').first().click()]);
  } else {
    await page.waitForLoadState();
  }
  await page.waitForLoadState('networkidle').catch(() => {});
  return true;
}

/** 2. The secretariat finds the article in its inbox, comments on the lead and returns it for changes. */
async function step2_secretariatReturns() {
  const page = await as('thuky');
  await shot(page, 'thuky-dashboard');
  // "Đang chờ bạn duyệt" on the dashboard lists what waits for the secretariat.
  const inbox = page.locator('section, .w-panel, .panel').filter({ hasText: /Đang chờ bạn duyệt|Chờ bạn duyệt/ }).first();
  check('the article is in the secretariat\'s "Đang chờ bạn duyệt" panel', await inbox.locator(`text=${state.title}`).count());
  await inbox.locator(`a:has-text("${state.title}")`).first().click().catch(async () => {
    await page.goto(`${BASE_URL}/admin/pages/${state.pageId}/edit/`);
  });
  await page.waitForLoadState();
  if (!page.url().includes(`/pages/${state.pageId}/edit/`)) await page.goto(`${BASE_URL}/admin/pages/${state.pageId}/edit/`);
  await shot(page, 'thuky-editor');
  await openFooterMenu(page);
  const actions = await footerActions(page);
  console.log('  footer actions (secretariat):', JSON.stringify(actions.map((a) => a.text)));
  check('the secretariat has no direct publish button', !actions.some((a) => a.name === 'action-publish'));
  await shot(page, 'thuky-footer-menu');
  await page.keyboard.press('Escape');

  // A comment on the lead: the speech-bubble button beside the field ("Thêm nhận xét").
  state.comment = 'Sapo cần nêu rõ địa điểm tổ chức buổi kiểm thử.';
  const leadField = page.locator('[data-contentpath="lead"]').first();
  await leadField.hover();
  await leadField.locator('button.w-field__comment-button--add, button[aria-label="Thêm nhận xét"]').first().click();
  const commentBox = page.locator('.comments-list textarea, .comment-form textarea, textarea.comment-form__input').last();
  await commentBox.waitFor();
  await commentBox.fill(state.comment);
  await shot(page, 'thuky-comment-typed');
  const postComment = page.locator('.comments-list button, .comment-form button').filter({ hasText: /^\s*(Bình luận|Nhận xét|Comment|Thêm|Lưu)\s*$/ }).first();
  console.log('  comment button:', await postComment.count() ? await postComment.innerText() : '(none found)');
  await postComment.click();
  await page.waitForTimeout(500);
  await shot(page, 'thuky-comment-posted');

  // "Yêu cầu chỉnh sửa" with a note for the writer.
  state.returnNote = 'Đề nghị bổ sung địa điểm vào sapo rồi gửi lại.';
  const logOffset = serverLogSize();
  const done = await workflowAction(page, 'Yêu cầu chỉnh sửa', state.returnNote);
  check('the secretariat can "Yêu cầu chỉnh sửa"', done);
  await shot(page, 'thuky-returned');
  const returnedText = await messages(page);
  check('returning the article is confirmed in Vietnamese', looksVietnamese(returnedText), returnedText);
  saveState();

  // The contributor hears about it by e-mail, in Vietnamese.
  await page.waitForTimeout(1500);
  const mails = emailsIn(serverLogSince(logOffset));
  console.log('  e-mails:', JSON.stringify(mails.map((m) => ({ to: m.to, subject: m.subject }))));
  if (!SERVER_LOG) note('SERVER_LOG not set: e-mails not checked');
  else {
    const forContributor = mails.find((m) => m.to && /cong|ctv/i.test(m.to));
    check('an e-mail goes to the contributor', forContributor, mails.map((m) => m.to).join(', '));
    if (forContributor) {
      check('the e-mail subject is Vietnamese', looksVietnamese(forContributor.subject), forContributor.subject);
      check('the e-mail text is Vietnamese', looksVietnamese(forContributor.text) && !/has been rejected|Changes requested/i.test(forContributor.text), forContributor.text.slice(0, 200).replace(/\s+/g, ' '));
      check('the e-mail carries the reviewer\'s note', forContributor.text.includes(state.returnNote));
      const link = /https?:\/\/[^\s/]+/.exec(forContributor.text);
      check('the e-mail links point at this portal (WAGTAILADMIN_BASE_URL)', link && link[0] === BASE_URL, link ? link[0] : '(no link)');
    }
  }
}

/** 3. The contributor sees the secretariat's comment beside the lead, corrects the lead and resubmits. */
async function step3_contributorFixes() {
  const page = await as('congtacvien');
  await page.goto(`${BASE_URL}/admin/`);
  await shot(page, 'ctv-dashboard-after-return');
  const dashboard = await page.locator('main').innerText();
  check('the contributor\'s dashboard shows the article was returned', dashboard.includes(state.title), 'title not on the dashboard');
  await page.goto(`${BASE_URL}/admin/pages/${state.pageId}/edit/`);
  await shot(page, 'ctv-editor-returned');
  const status = (await page.locator('header, .w-slim-header, [data-side-panel-toggle]').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
  console.log('  header:', status.slice(0, 300));

  // Wagtail marks a field that has comments with a speech bubble; the comments panel shows the text.
  const leadBubble = page.locator('[data-contentpath="lead"] .w-field__comment-button, [data-contentpath="lead"] button[aria-label*="nhận xét"]');
  check('a comment marker is shown beside the lead', await leadBubble.count());
  let commentVisible = await page.locator(`text=${state.comment}`).isVisible().catch(() => false);
  if (!commentVisible) {
    // Open the comments side panel (the speech bubble in the header) as a user would.
    await page.locator('button[data-side-panel-toggle="comments"], button[aria-label*="hận xét"]').first().click().catch(() => {});
    await page.waitForTimeout(500);
    commentVisible = await page.locator(`text=${state.comment}`).first().isVisible().catch(() => false);
    note(`the comments panel had to be opened by hand to see the comment (${commentVisible ? 'then visible' : 'still not visible'})`);
  }
  check('the contributor sees the secretariat\'s comment', commentVisible);
  await shot(page, 'ctv-sees-comment');

  // Correct the lead as asked.
  state.fixedLead = state.lead.replace('tổ chức', 'tổ chức tại 47 Hàng Dầu');
  await page.fill('#id_lead', state.fixedLead);
  // Mark the comment resolved: the comment's "…" menu holds "Giải quyết".
  const comment = page.locator('.comments-list li.comment').filter({ hasText: state.comment }).first();
  const more = comment.locator('summary[aria-label="Thao tác khác"], summary').first();
  if (await more.count()) {
    await more.click();
    const resolve = comment.locator('button', { hasText: /Giải quyết/ }).first();
    check('the contributor can resolve the comment ("Giải quyết")', await resolve.count());
    if (await resolve.count()) await resolve.click();
  } else note('no menu on the comment for the contributor');
  await page.waitForTimeout(300);

  // The status panel ("i" in the header) says why the article came back.
  await page.locator('button[data-side-panel-toggle="status"]').click();
  await page.waitForTimeout(400);
  const statusText = (await page.locator('[data-side-panel="status"]').innerText().catch(() => '')).replace(/\s+/g, ' ');
  console.log('  status panel:', statusText.slice(0, 300));
  check('the status panel is all Vietnamese', !/\b(ago|minutes?|hours?|seconds?|just now)\b/i.test(statusText), statusText.slice(0, 160));
  // The note is shown at the top of the editor when the author opens a returned article.
  const banner = (await page.locator('.messages').innerText().catch(() => '')).replace(/\s+/g, ' ');
  check('the author sees the secretariat\'s note on opening the article', banner.includes(state.returnNote), banner.slice(0, 200));
  await shot(page, 'ctv-status-panel');

  await openFooterMenu(page);
  const actions = await footerActions(page);
  console.log('  footer actions (returned draft):', JSON.stringify(actions.map((a) => `${a.text} [${a.name}]`)));
  check('still no publish button for the contributor', !actions.some((a) => a.name === 'action-publish'));
  await shot(page, 'ctv-footer-menu-resubmit');
  // "Gửi lại tới Tổ thư ký duyệt" (Wagtail also offers "Khởi động lại quy trình duyệt").
  const resubmit = page.locator('footer button[name=action-submit]').first();
  check('a resubmit action is offered', await resubmit.count(), actions.map((a) => a.text).join(' / '));
  await resubmit.click();
  await page.waitForLoadState();
  await shot(page, 'ctv-resubmitted');
  const text = await messages(page);
  check('article resubmitted', /gửi|duyệt/i.test(text), text);
  check('no "someone else saved another version" warning about the contributor\'s own autosave', !/Trong lúc bạn sửa, Nguyễn Thu Hà/.test(text), text.slice(text.indexOf('Trong lúc')));
  saveState();
}

/** Opens the page editor of the walk's article for `page`'s user, from the dashboard's review panel when it is
 * listed there (as a reviewer would), else by its address. */
async function openArticleFromInbox(page, who) {
  await page.goto(`${BASE_URL}/admin/`);
  const inbox = page.locator('section, .w-panel, .panel').filter({ hasText: /Đang chờ bạn duyệt/ }).first();
  const listed = (await inbox.count()) && (await inbox.locator(`a:has-text("${state.title}")`).count());
  check(`the article is in ${who}'s "Đang chờ bạn duyệt" panel`, listed);
  await shot(page, `${who}-dashboard`);
  if (listed) await inbox.locator(`a:has-text("${state.title}")`).first().click();
  await page.waitForLoadState();
  if (!page.url().includes(`/pages/${state.pageId}/edit/`)) await page.goto(`${BASE_URL}/admin/pages/${state.pageId}/edit/`);
}

/** The article's public address, as the admin's "Xem trực tiếp" gives it (or built from the slug). */
async function publicUrl() {
  return `${BASE_URL}/vi/tin-tuc-su-kien/${state.slug}/`;
}

/** 4. The secretariat approves its step; the board approves the last one with a go-live time two minutes
 * ahead; the scheduler publishes it by itself. */
async function step4_approveAndSchedule() {
  // The secretariat's step.
  const thuky = await as('thuky');
  await openArticleFromInbox(thuky, 'thuky');
  const secretariatDone = await workflowAction(thuky, 'Phê duyệt');
  await shot(thuky, 'thuky-approved');
  const t1 = await messages(thuky);
  check('the secretariat approves its step', secretariatDone && /duyệt|phê duyệt|cập nhật/i.test(t1), t1);

  // The board: bientap, who had no hand in the article.
  const board = await as('bientap');
  await openArticleFromInbox(board, 'bientap');
  await openFooterMenu(board);
  const actions = await footerActions(board);
  console.log('  footer actions (board):', JSON.stringify(actions.map((a) => `${a.text} [${a.name}]`)));
  check('the board has no direct "Xuất bản" on an article it did not approve yet', !actions.some((a) => a.name === 'action-publish'));
  await board.keyboard.press('Escape');

  // "Lịch xuất bản": the status panel's "Đặt lịch" opens the schedule dialog.
  await board.locator('button[data-side-panel-toggle="status"]').click();
  await board.locator('[data-side-panel="status"] button', { hasText: 'Đặt lịch' }).click();
  const dialog = board.locator('#schedule-publishing-dialog');
  await dialog.waitFor({ state: 'visible' });
  const goLive = new Date(Date.now() + SCHEDULE_AHEAD_MINUTES * 60000 + 30000);
  goLive.setSeconds(0, 0);
  if (goLive - Date.now() < SCHEDULE_AHEAD_MINUTES * 60000 - 1000) goLive.setMinutes(goLive.getMinutes() + 1);
  state.goLive = goLive.toISOString();
  await board.locator('#id_go_live_at').click();
  await board.locator('#id_go_live_at').fill(localDateTime(goLive));
  await shot(board, 'bientap-schedule-dialog');
  // The date picker stays open over the dialog's button: click the dialog's title to put it away.
  await dialog.locator('.w-dialog__title').click();
  await board.waitForTimeout(300);
  await shot(board, 'bientap-schedule-dialog-picker-closed');
  const dialogText = (await dialog.innerText()).replace(/\s+/g, ' ');
  console.log('  schedule dialog:', dialogText);
  const dialogButtons = await dialog.locator('button').allInnerTexts();
  console.log('  schedule dialog buttons:', JSON.stringify(dialogButtons.map((t) => t.trim()).filter(Boolean)));
  const saveSchedule = dialog.locator('button', { hasText: /Lưu lịch|Lên lịch|Lưu/ }).first();
  if (await saveSchedule.count()) await saveSchedule.click();
  else await dialog.locator('button.w-dialog__close-button').click();
  await board.waitForTimeout(300);
  const statusText = (await board.locator('[data-side-panel="status"]').innerText()).replace(/\s+/g, ' ');
  console.log('  status panel after scheduling:', statusText.slice(0, 250));
  await shot(board, 'bientap-scheduled-in-panel');

  // Final approval.
  const approved = await workflowAction(board, 'Phê duyệt');
  await shot(board, 'bientap-approved');
  const t2 = await messages(board);
  check('the board approves the final step', approved && !/không thể|không có quyền|lỗi/i.test(t2), t2);
  saveState();

  // The page is now scheduled, not live.
  await board.goto(`${BASE_URL}/admin/pages/${state.pageId}/edit/`);
  await board.locator('button[data-side-panel-toggle="status"]').click();
  await board.waitForTimeout(300);
  const after = (await board.locator('[data-side-panel="status"]').innerText()).replace(/\s+/g, ' ');
  console.log('  status after approval:', after.slice(0, 250));
  await shot(board, 'bientap-status-after-approval');
  const visitor = await browser.newContext({ locale: 'vi-VN' });
  const url = await publicUrl();
  let response = await visitor.request.get(url, { maxRedirects: 0 });
  check('not public before the go-live time', response.status() === 404, `${url} → HTTP ${response.status()}`);

  // Wait for the scheduler (every 30 s) to publish it by itself.
  const deadline = goLive.getTime() + 90000;
  console.log(`  waiting until ${localDateTime(goLive)} (+90 s at most) for the scheduler…`);
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 15000));
    response = await visitor.request.get(url, { maxRedirects: 0 });
    if (response.status() === 200) break;
  }
  const liveAt = new Date();
  check('the article went live by itself after the go-live time', response.status() === 200,
    `${url} → HTTP ${response.status()} at ${localDateTime(liveAt)} (go-live ${localDateTime(goLive)})`);
  if (response.status() === 200) {
    const publicPage = await visitor.newPage();
    await publicPage.goto(url);
    await shot(publicPage, 'public-article');
    const body = await publicPage.locator('body').innerText();
    check('the public article shows the corrected lead', body.includes(state.fixedLead || state.lead));
    await publicPage.goto(`${BASE_URL}/vi/tin-tuc-su-kien/`);
    check('the article is listed in its section', (await publicPage.locator('body').innerText()).includes(state.title));
    await shot(publicPage, 'public-section');
  }
  await visitor.close();
}

/** The activity report's CSV for the current month, as { "chỉ tiêu|mục": số }, fetched with `page`'s session. */
async function reportCounts(page) {
  const { year, month } = currentMonth();
  const response = await page.context().request.get(`${BASE_URL}/admin/editorial/reports/activity/?kind=month&year=${year}&month=${month}&export=csv`);
  if (response.status() !== 200) return null;
  const counts = {};
  for (const line of (await response.text()).replace(/^\uFEFF/, '').split(/\r?\n/).slice(1)) {
    const cells = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')).filter((_c, i, a) => i < a.length - 1 || _c);
    if (cells.length >= 3) counts[`${cells[0]}|${cells[1]}`] = Number(cells[2]);
  }
  return counts;
}
function currentMonth() {
  const [year, month] = localDateTime(now()).split(' ')[0].split('-').map(Number);
  return { year, month };
}

/** 0. Bookkeeping, not a user step: the current month's report figures before anything happens, to compare with
 * in step 6 (read as admin). */
async function step0_baseline() {
  const admin = await as('admin');
  state.baseline = await reportCounts(admin);
  check('baseline report figures read', state.baseline && Object.keys(state.baseline).length > 10);
  saveState();
}

/** 5. The board takes an old published article down as "withdrawn": it stays at its address with a notice, and
 * the take-down is written to "Sổ gỡ bỏ". */
async function step5_takeDown() {
  const page = await as('bientap');
  // An old article: "Lời ăn tiếng nói của người Tràng An hôm nay" in "Người Hà Nội thanh lịch - văn minh".
  state.oldTitle = 'Lời ăn tiếng nói của người Tràng An hôm nay';
  state.oldUrl = `${BASE_URL}/vi/nguoi-ha-noi-thanh-lich-van-minh/loi-an-tieng-noi-cua-nguoi-trang-an-hom-nay/`;
  await page.goto(`${BASE_URL}/admin/pages/`);
  // Trang → the section → the article's "…" (more actions) in the listing.
  // (The section's title link opens the section's editor; its children are behind the arrow: /admin/pages/13/.)
  await page.goto(`${BASE_URL}/admin/pages/13/`);
  const row = page.locator('tr, [role=row]').filter({ hasText: state.oldTitle }).first();
  await row.locator('button[aria-label*="Thao tác"], .w-dropdown__toggle').first().click();
  await page.waitForTimeout(300);
  await shot(page, 'bientap-listing-more-actions');
  const takeDownLink = page.locator('a', { hasText: /^\s*Gỡ bỏ\s*$/ }).filter({ visible: true }).first();
  check('"Gỡ bỏ" is in the article\'s more-actions menu', await takeDownLink.count());
  await takeDownLink.click();
  await page.waitForLoadState();
  await shot(page, 'bientap-take-down-form');

  // Try once without an explanation: the form should say what is missing, in Vietnamese.
  await page.locator('input[name=reason][value=withdrawn]').check();
  await page.locator('form button[type=submit]').filter({ hasText: /Gỡ bỏ/ }).click();
  await page.waitForLoadState();
  const errorText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  check('a take-down without an explanation is refused in Vietnamese', /Hãy ghi rõ lý do gỡ bỏ/.test(errorText));
  await shot(page, 'bientap-take-down-missing-explanation');

  state.withdrawal = 'Bài viết có số liệu chưa được cơ quan chủ trì xác nhận; Sở thu hồi để rà soát lại.';
  await page.locator('input[name=reason][value=withdrawn]').check();
  await page.fill('#id_explanation', state.withdrawal);
  await page.locator('form button[type=submit]').filter({ hasText: /Gỡ bỏ/ }).click();
  await page.waitForLoadState();
  await shot(page, 'bientap-taken-down');
  const done = await messages(page);
  check('the take-down is confirmed', /Đã gỡ bỏ/.test(done), done);

  // The public page keeps its address and shows the notice.
  const visitor = await browser.newContext({ locale: 'vi-VN' });
  const publicPage = await visitor.newPage();
  const response = await publicPage.goto(state.oldUrl);
  await shot(publicPage, 'public-withdrawn-article');
  const body = (await publicPage.locator('body').innerText()).replace(/\s+/g, ' ');
  check('the withdrawn article still answers at its address', response.status() === 200, `HTTP ${response.status()}`);
  check('the public page shows the withdrawal notice and reason', /thu hồi/i.test(body) && body.includes(state.withdrawal), body.slice(0, 200));
  await publicPage.goto(`${BASE_URL}/vi/nguoi-ha-noi-thanh-lich-van-minh/`);
  check('the withdrawn article left its section\'s listing', !(await publicPage.locator('main').innerText()).includes(state.oldTitle));
  await visitor.close();

  // "Sổ gỡ bỏ" in the menu.
  await page.goto(`${BASE_URL}/admin/`);
  await page.locator('nav a, .sidebar a').filter({ hasText: 'Sổ gỡ bỏ' }).first().click();
  await page.waitForLoadState();
  await shot(page, 'bientap-takedown-register');
  const register = await page.locator('main').innerText();
  check('"Sổ gỡ bỏ" lists the take-down', register.includes(state.oldTitle), page.url());
  saveState();
}

/** 6. The board (and the office) open the activity report for the current month and download it. */
async function step6_report() {
  // By the roles (editorial/roles.py) only the office holds "editorial.view_activity_report".
  for (const user of ['vanphong', 'bientap']) {
    const page = await as(user);
    await page.goto(`${BASE_URL}/admin/`);
    // Báo cáo → Báo cáo hoạt động
    await page.locator('.sidebar button, .sidebar a, nav button, nav a').filter({ hasText: /^\s*Báo cáo\s*$/ }).first().click();
    await page.waitForTimeout(300);
    const menuItems = await subMenuLinks(page, /^\s*Báo cáo\s*$/).allInnerTexts();
    console.log(`  "Báo cáo" menu for ${user}:`, JSON.stringify(menuItems.map((t) => t.trim()).filter(Boolean)));
    const reportLink = page.locator('a').filter({ hasText: /Báo cáo hoạt động/ }).first();
    if (user !== 'vanphong' && !(await reportLink.count())) {
      const direct = await page.goto(`${BASE_URL}/admin/editorial/reports/activity/`);
      note(`${user} has no "Báo cáo hoạt động" (only the office has it by design); the address answers ${direct.status()} → ${page.url()}`);
      await shot(page, `${user}-report-refused`);
      continue;
    }
    check(`${user} finds "Báo cáo hoạt động" in the menu`, await reportLink.count());
    await reportLink.click();
    await page.waitForLoadState();
    await shot(page, `${user}-report-default`);
    const { year, month } = currentMonth();
    const defaultLabel = (await page.locator('.activity-report__summary').innerText()).trim();
    console.log(`  default period: ${defaultLabel}`);
    // Choose the current month.
    await page.selectOption('#id_kind', 'month').catch(() => {});
    await page.selectOption('#id_year', String(year)).catch(() => {});
    await page.selectOption('#id_month', String(month));
    const started = Date.now();
    await page.locator('form button[type=submit]', { hasText: 'Xem báo cáo' }).click();
    await page.waitForLoadState();
    console.log(`  report rendered in ${Date.now() - started} ms`);
    await shot(page, `${user}-report-current-month`);
    check(`${user}: the report shows month ${month}/${year}`, (await page.locator('.activity-report__summary').innerText()).includes(String(month)));

    for (const [label, extension] of [['Excel', 'xlsx'], ['CSV', 'csv']]) {
      const link = page.locator('a[download]').filter({ hasText: label }).first();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const file = path.join(SHOTS, `${user}-${download.suggestedFilename()}`);
      await download.saveAs(file);
      const size = fs.statSync(file).size;
      const head = fs.readFileSync(file).subarray(0, 4);
      const valid = extension === 'xlsx' ? head[0] === 0x50 && head[1] === 0x4b : fs.readFileSync(file, 'utf8').includes('Chỉ tiêu');
      check(`${user} downloads the ${extension.toUpperCase()} (${download.suggestedFilename()}, ${size} bytes)`, valid && size > 100, file);
    }
  }
  // The figures moved by this walk: one more news item in "Tin tức - Sự kiện", one more withdrawal.
  const page = await as('vanphong');
  const counts = await reportCounts(page);
  const before = state.baseline || {};
  const delta = (key) => (counts?.[key] ?? NaN) - (before[key] ?? NaN);
  if (!state.baseline) note('no baseline (step 0 not run): report deltas not checked');
  else {
    check('report: +1 article in "Tin tức - Sự kiện"', delta('Tin, bài đăng theo chuyên mục|Tin tức - Sự kiện') === 1, String(delta('Tin, bài đăng theo chuyên mục|Tin tức - Sự kiện')));
    check('report: +1 news item ("Tin")', delta('Tin, bài đăng theo thể loại|Tin') === 1, String(delta('Tin, bài đăng theo thể loại|Tin')));
    check('report: +1 withdrawal', delta('Tin, bài gỡ bỏ theo lý do|Thu hồi (giữ trang kèm thông báo)') === 1, String(delta('Tin, bài gỡ bỏ theo lý do|Thu hồi (giữ trang kèm thông báo)')));
  }
}

/** 7. The board may not publish directly what it edited itself; the editorial plan opens for every role. */
async function step7_selfPublishAndPlan() {
  const page = await as('bientap');
  // bientap edits a published article and looks for "Xuất bản".
  await page.goto(`${BASE_URL}/admin/pages/4/`);
  const row = page.locator('tr, [role=row]').filter({ hasText: 'Sắc đỏ rợp phố phường ngày Quốc khánh' }).first();
  await row.locator('a').first().click();
  await page.waitForLoadState();
  const lead = page.locator('#id_lead');
  await lead.fill(`${await lead.inputValue()} (Ban biên tập bổ sung.)`);
  await openFooterMenu(page);
  const actions = await footerActions(page);
  console.log('  footer actions (board, own edit):', JSON.stringify(actions.map((a) => `${a.text} [${a.name}]`)));
  await shot(page, 'bientap-own-edit-footer');
  const publish = page.locator('footer button[name=action-publish]').first();
  if (await publish.count()) {
    await publish.click();
    await page.waitForLoadState();
    const text = await messages(page);
    check('publishing one\'s own edit directly is refused in Vietnamese', /phải qua quy trình duyệt/.test(text), text);
  } else {
    check('no "Xuất bản" button for the board on its own edit (only "Gửi duyệt")', actions.some((a) => a.name === 'action-submit'), actions.map((a) => a.text).join(' / '));
    // Even a hand-made publish request is refused.
    const form = page.locator('form#page-edit-form').first();
    await Promise.all([page.waitForNavigation(), form.evaluate((f) => {
      const input = document.createElement('input');
      input.type = 'hidden'; input.name = 'action-publish'; input.value = 'action-publish';
      f.appendChild(input);
      HTMLFormElement.prototype.submit.call(f);
    })]);
    await page.waitForLoadState();
    const text = await messages(page);
    check('a forced "action-publish" of one\'s own edit is refused in Vietnamese', /phải qua quy trình duyệt/.test(text), text);
  }
  await shot(page, 'bientap-self-publish-refused');
  const live = await (await browser.newContext()).request.get(`${BASE_URL}/vi/tin-tuc-su-kien/sac-do-rop-pho-phuong-ngay-quoc-khanh/`);
  check('the public article did not change', !(await live.text()).includes('Ban biên tập bổ sung'));

  // The editorial plan ("Kế hoạch viết tin, bài") for every role.
  for (const user of ['congtacvien', 'thuky', 'bientap', 'biendich', 'vanphong', 'kythuat', 'admin']) {
    const p = await as(user);
    await p.goto(`${BASE_URL}/admin/`);
    const planMenu = p.locator('.sidebar button, .sidebar a, nav button, nav a').filter({ hasText: /Kế hoạch/ }).first();
    if (!(await planMenu.count())) { note(`${user} has no "Kế hoạch" menu`); continue; }
    await planMenu.click();
    await p.waitForTimeout(300);
    // Only the links of the sub-menu just opened (the other sub-menus are in the page too, hidden).
    const items = await subMenuLinks(p, /Kế hoạch/).evaluateAll((links) => links
      .filter((a) => a.getAttribute('href')?.startsWith('/'))
      .map((a) => ({ text: a.textContent.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })).filter((l) => l.text));
    console.log(`  "Kế hoạch" menu for ${user}:`, JSON.stringify(items.map((i) => i.text)));
    for (const item of items) {
      const response = await p.goto(`${BASE_URL}${item.href}`);
      const ok = response.status() === 200;
      check(`${user}: "${item.text}" opens`, ok, `${item.href} → HTTP ${response.status()}`);
      await shot(p, `${user}-plan-${item.href.split('/').filter(Boolean).pop()}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

const STEP_FUNCTIONS = {
  0: step0_baseline,
  1: step1_contributorWrites,
  2: step2_secretariatReturns,
  3: step3_contributorFixes,
  4: step4_approveAndSchedule,
  5: step5_takeDown,
  6: step6_report,
  7: step7_selfPublishAndPlan,
};

async function main() {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
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
  const failed = results.filter((r) => r.ok === false);
  console.log(`\n${results.filter((r) => r.ok).length} checks passed, ${failed.length} failed`);
  for (const r of failed) console.log(`  FAIL ${r.name}${r.detail ? ` — ${r.detail}` : ''}`);
  process.exitCode = failed.length ? 1 : 0;
}

await main();
