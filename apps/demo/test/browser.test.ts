import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '@b24-imbot/schema/model';
import { demoBot, demoWebhook } from '../src/portal.js';
import { type DemoProcess, startDemo, tempDb } from './demo-process.js';

// Debian's Chromium (`apt-get install chromium`; .ci/run installs it), never a downloaded build.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = join(tmpdir(), 'b24-imbot-demo-screenshots');
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What breaks the chat tables' layout, measured in the page: a cell not as tall as its row or
 * not under its header, a cell that is not a table cell, a number (an id, a date, a time)
 * broken over two lines, an id or header cut, a table wider than the viewport.
 */
const tableProblems = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const problems: string[] = [];
    const near = (a: number, b: number) => Math.abs(a - b) < 1;
    for (const table of document.querySelectorAll<HTMLTableElement>('table.chats')) {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
      for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
        if (th.scrollWidth > th.clientWidth) problems.push(`${table.id}: header "${th.textContent}" cut`);
      }
      for (const [r, row] of [...table.querySelectorAll('tbody tr')].entries()) {
        const rowBox = row.getBoundingClientRect();
        for (const [c, cell] of [...row.children].entries()) {
          const where = `${table.id} row ${r} cell ${c}`;
          const box = cell.getBoundingClientRect();
          if (getComputedStyle(cell).display !== 'table-cell') problems.push(`${where}: displayed as ${getComputedStyle(cell).display}`);
          if (!near(box.top, rowBox.top) || !near(box.bottom, rowBox.bottom)) problems.push(`${where}: not as tall as its row`);
          if (!near(box.left, headers[c]!.left) || !near(box.right, headers[c]!.right)) problems.push(`${where}: not under its header`);
          if (cell.querySelector('.clamp')) continue; // a title wraps anywhere
          // Every run of digits (with : / . -) on one line: "2026", "02:48", "1002".
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/\d[\d:/.-]*/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              if (lines.size > 1) problems.push(`${where}: "${match[0]}" broken over ${lines.size} lines`);
              const last = [...range.getClientRects()].at(-1);
              if (last && last.right > box.right + 0.5) problems.push(`${where}: "${match[0]}" sticks out of its cell`);
            }
          }
        }
        const first = row.children[0] as HTMLElement;
        if (first.scrollWidth > first.clientWidth) problems.push(`${table.id} row ${r}: id "${first.textContent}" cut`);
      }
      if (table.getBoundingClientRect().right > window.innerWidth) problems.push(`${table.id}: wider than the viewport`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
    return problems;
  });

describe('the demo page in headless Chromium', () => {
  const db = tempDb();
  let demo: DemoProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    demo = await startDemo(['--db', db.file]);
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    db.remove();
  });

  it('creates a chat through the typed client in the browser and lists it', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${demo.origin}/`);
    // The walkthrough's three chats are listed once the page has loaded.
    await expect.poll(() => page.locator('#chats tbody tr').count()).toBe(3);
    // The choices come from the contract's enums.
    expect(await page.locator('select[name=COLOR] option').count()).toBe(17);

    await page.fill('input[name=USERS]', '1, 7');
    await page.fill('input[name=TITLE]', 'From the browser');
    await page.selectOption('select[name=COLOR]', 'MINT');
    await page.click('#create-chat button[type=submit]');
    await expect.poll(() => page.locator('#outcome').textContent()).toBe('Created chat CHAT_ID 4');
    await expect.poll(() => page.locator('#chats tbody tr').count()).toBe(4);
    expect(await page.locator('#chats tbody tr').first().textContent()).toContain('From the browser');
    await page.screenshot({ path: join(screenshots, 'created.png'), fullPage: true });
    expect(failures).toEqual([]);
  });

  it('shows the Bitrix error under the form and stores nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.origin}/`);
    await expect.poll(() => page.locator('#chats tbody tr').count()).toBeGreaterThan(0);
    const before = await page.locator('#chats tbody tr').count();
    await page.fill('input[name=USERS]', '');
    await page.click('#create-chat button[type=submit]');
    await expect.poll(() => page.locator('#outcome').textContent()).toMatch(/^400 USERS_EMPTY: /);
    expect(await page.locator('#outcome').getAttribute('class')).toBe('error');
    expect(await page.locator('#chats tbody tr').count()).toBe(before);
    await page.screenshot({ path: join(screenshots, 'error.png'), fullPage: true });
  });

  it('talks to the echo bot: the person types, the bot answers (an echo, /help, an unknown command)', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${demo.origin}/#chat`);
    // The walkthrough's scripted conversation is shown: hello and its echo, /help and its answer.
    await expect.poll(() => page.locator('#messages li.bot', { hasText: 'You said: hello' }).count()).toBe(1);
    const helpAnswers = () => page.locator('#messages li.bot', { hasText: 'I repeat what you write.' }).count();
    const helpBefore = await helpAnswers();
    expect(helpBefore).toBeGreaterThan(0);

    const say = async (text: string) => {
      await page.fill('#say input[name=text]', text);
      await page.click('#say button[type=submit]');
    };
    await say('ping from the browser');
    await expect.poll(() => page.locator('#messages li.user', { hasText: 'ping from the browser' }).count()).toBe(1);
    await expect.poll(() => page.locator('#messages li.bot', { hasText: 'You said: ping from the browser' }).count()).toBe(1);
    expect(await page.inputValue('#say input[name=text]')).toBe('');

    await say('/help');
    await expect.poll(helpAnswers).toBe(helpBefore + 1);
    await say('/dance');
    await expect.poll(() => page.locator('#messages li.bot', { hasText: 'Unknown command /dance' }).count()).toBe(1);
    // The bot's answer comes after the person's message.
    const texts = await page.locator('#messages li').allTextContents();
    expect(texts.indexOf('You said: ping from the browser')).toBeGreaterThan(texts.indexOf('ping from the browser'));
    expect(await page.locator('#chat-outcome').textContent()).toBe('');
    await page.screenshot({ path: join(screenshots, 'chat.png'), fullPage: true });
    expect(failures).toEqual([]);
  });

  it('renders the API reference from the same contract, with no request leaving the machine', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const { hostname } = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(hostname) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(`${demo.origin}/reference`);
    await expect.poll(() => page.getByText('Create a chat on behalf of the chat bot').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, 'reference.png') });
    expect(outside).toEqual([]);
  });

  it('keeps a 5000-character title inside the page, and asks for nothing that is missing (favicon)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/rest/1/b24imbotdemo/imbot.chat.add') {
        missing.push(`${response.status()} ${response.url()}`);
      }
    });
    await page.goto(`${demo.origin}/`);
    await expect.poll(() => page.locator('#chats tbody tr').count()).toBeGreaterThan(0);
    await page.fill('input[name=USERS]', '1');
    await page.fill('input[name=TITLE]', 'W'.repeat(5000));
    await page.click('#create-chat button[type=submit]');
    await expect.poll(() => page.locator('#outcome').textContent()).toMatch(/^Created chat CHAT_ID \d+$/);
    await expect.poll(() => page.locator('#chats tbody tr').first().textContent()).toContain('WWWW');
    const layout = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      tableRight: document.querySelector('#chats')!.getBoundingClientRect().right,
      rowHeight: document.querySelector('#chats tbody tr')!.getBoundingClientRect().height,
    }));
    await page.screenshot({ path: join(screenshots, 'long-title.png'), fullPage: true });
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
    expect(layout.tableRight).toBeLessThanOrEqual(layout.viewport);
    // Clamped to a few lines, not 5000 characters of wrapped text.
    expect(layout.rowHeight).toBeLessThan(200);
    await page.goto(`${demo.origin}/reference`);
    await expect.poll(() => page.getByText('Create a chat on behalf of the chat bot').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Chromium asks for the favicon once the page has loaded.
    await page.waitForLoadState('load');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(missing).toEqual([]);
  });

  it("points the API reference's server at this demo portal (its webhook, with its CLIENT_ID), with no share or SDK toolbar", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.origin}/reference`);
    await expect.poll(() => page.getByText('Create a chat on behalf of the chat bot').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The request example (rendered last) calls the demo's webhook with its CLIENT_ID.
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('"CLIENT_ID": "b24-imbot-demo"');
    const text = await page.locator('body').innerText();
    expect(text).toContain(`curl '${demo.origin}/rest/1/b24imbotdemo/imbot.chat.add`);
    expect(text).not.toContain('example.bitrix24.com');
    for (const toolbar of ['Share', 'Generate SDK', 'Deploy']) expect(await page.getByRole('button', { name: toolbar }).count(), toolbar).toBe(0);
    await page.screenshot({ path: join(screenshots, 'reference-server.png') });
    // "Try it" for real: the request the example shows, sent by the page, creates a chat.
    const answer = await page.evaluate(async (origin) => {
      const response = await fetch(`${origin}/rest/1/b24imbotdemo/imbot.chat.add`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ USERS: [1], CLIENT_ID: 'b24-imbot-demo' }),
      });
      return { status: response.status, body: await response.json() };
    }, demo.origin);
    expect(answer).toMatchObject({ status: 200, body: { result: expect.any(Number) } });
  });
  it('leads with the bot platform: the chat with the echo bot, the v2 chats, then v1 marked deprecated', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.origin}/`);
    const title = await page.title();
    expect(title).toContain('imbot.v2');
    expect(title).not.toContain('imbot.chat.add');
    expect(await page.locator('h1').textContent()).not.toContain('imbot.chat.add');
    expect(await page.locator('main > section').evaluateAll((sections) => sections.map((section) => section.id))).toEqual(['chat', 'v2-chats', 'v1']);
    expect(await page.locator('form').first().getAttribute('id')).toBe('say');
    expect(await page.locator('#v1 h2').textContent()).toMatch(/imbot\.chat\.add.*deprecated/);
  });

  it('creates a group chat on the bot platform (imbot.v2.Chat.add as the demo bot) and lists it', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${demo.origin}/`);
    // The walkthrough's v2 chat is listed.
    await expect.poll(() => page.locator('#v2-chat-list tbody tr', { hasText: 'Release planning (v2)' }).count()).toBe(1);
    await page.fill('#create-v2-chat input[name=title]', 'From the page (v2)');
    await page.fill('#create-v2-chat input[name=userIds]', '1, 7');
    await page.fill('#create-v2-chat input[name=message]', 'Hello, both of you');
    await page.click('#create-v2-chat button[type=submit]');
    await expect.poll(() => page.locator('#v2-outcome').textContent()).toMatch(/^Created chat\d+$/);
    const dialogId = (await page.locator('#v2-outcome').textContent())!.replace('Created ', '');
    const row = page.locator('#v2-chat-list tbody tr').first();
    await expect.poll(() => row.textContent()).toContain('From the page (v2)');
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe(dialogId);
    expect(cells[2]!.split(', ').map(Number)).toEqual(expect.arrayContaining([1, 7]));
    expect(failures).toEqual([]);
  });

  it('shows each message once, also when a poll and a send overlap', async () => {
    const page = await browser.newPage();
    // Slow answers from the conversation route, so that the page's timer polls while the poll
    // after a send is still out (two fetches of the same messages at once).
    await page.route('**/demo/conversation*', async (route) => {
      await delay(400);
      await route.continue();
    });
    let polls = 0;
    page.on('requestfinished', (request) => {
      if (request.url().includes('/demo/conversation')) polls += 1;
    });
    await page.goto(`${demo.origin}/#chat`);
    await expect.poll(() => page.locator('#messages li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const texts = ['once, first', 'once, second', 'once, third'];
    for (const text of texts) {
      await page.fill('#say input[name=text]', text);
      await page.click('#say button[type=submit]');
      await expect.poll(() => page.locator('#messages li.bot', { hasText: `You said: ${text}` }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    // A few more polls after the last answer, each of which could add it again.
    const seen = polls;
    await expect.poll(() => polls, { timeout: 20_000 }).toBeGreaterThan(seen + 3);
    const shown = await page.locator('#messages li').allTextContents();
    for (const text of texts) {
      expect(shown.filter((line) => line === text), text).toHaveLength(1);
      expect(shown.filter((line) => line === `You said: ${text}`), text).toHaveLength(1);
    }
    const ids = await page.locator('#messages li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['desktop', 1280, 800],
    ['phone', 375, 740],
  ] as const)('lines the chat tables up at %s width: cells in rows and under their headers, no number broken', async (name, width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${demo.origin}/`);
    // A long title in each table, beside the short ones.
    await page.fill('#create-chat input[name=USERS]', '1, 2, 3');
    await page.fill('#create-chat input[name=TITLE]', `${'Long '.repeat(40)}${'W'.repeat(300)}`);
    await page.click('#create-chat button[type=submit]');
    await expect.poll(() => page.locator('#outcome').textContent()).toMatch(/^Created chat CHAT_ID \d+$/);
    await page.fill('#create-v2-chat input[name=title]', `${'W'.repeat(300)} ${name}`);
    await page.click('#create-v2-chat button[type=submit]');
    await expect.poll(() => page.locator('#v2-outcome').textContent()).toMatch(/^Created chat\d+$/);
    await expect.poll(() => page.locator('#v2-chat-list tbody tr').first().textContent()).toContain(name);
    await page.screenshot({ path: join(screenshots, `tables-${name}.png`), fullPage: true });
    expect(await tableProblems(page)).toEqual([]);
  });

  it('"Test Request" in the API reference works on an imbot.v2 method: the demo bot\'s id and token are filled in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const summary = loadContract().operation('imbot.v2.Bot.get')!.summary!;
    await page.goto(`${demo.origin}/reference#tag/imbotv2/POST/imbot.v2.Bot.get`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: summary }) }).first();
    await expect.poll(() => section.getByRole('button', { name: /Test Request/ }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await section.getByRole('button', { name: /Test Request/ }).first().click();
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === `/rest/${demoWebhook.userId}/${demoWebhook.code}/imbot.v2.Bot.get`);
    await page.getByRole('button', { name: /Send post request/ }).click();
    const response = await answered;
    const sent = JSON.parse(response.request().postData() ?? '{}');
    expect(sent.botToken).toBe(demoBot.token);
    expect({ status: response.status(), body: await response.json() }).toMatchObject({
      status: 200,
      body: { result: { bot: { id: sent.botId, code: demoBot.code } } },
    });
    await page.screenshot({ path: join(screenshots, 'reference-test-request.png') });
  });
});
