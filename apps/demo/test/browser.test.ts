import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoProcess, startDemo, tempDb } from './demo-process.js';

// Debian's Chromium (`apt-get install chromium`; .ci/run installs it), never a downloaded build.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = join(tmpdir(), 'b24-imbot-demo-screenshots');

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
    await page.click('button[type=submit]');
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
    await page.click('button[type=submit]');
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
    await page.click('button[type=submit]');
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
});
