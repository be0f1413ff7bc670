/**
 * Debian's Firefox ESR driven over WebDriver BiDi, the W3C protocol Firefox speaks
 * natively. Playwright drives only its own patched Firefox, and its BiDi channel
 * needs commands this ESR lacks, so the few commands the tests need are sent here
 * over Node's own WebSocket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface LogEntry {
  level: string;
  text: string;
}

export interface FirefoxPage {
  navigate(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; promises are awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Clicks the middle of the first element matching `selector`, with the mouse. */
  click(selector: string): Promise<void>;
  /** Types text into the focused element, key by key, as a reader would. */
  type(text: string): Promise<void>;
  press(key: 'Enter' | 'Escape' | 'Tab'): Promise<void>;
  /** Sets the size of the page's viewport in CSS pixels. */
  setViewport(width: number, height: number): Promise<void>;
  /** Waits until the expression is truthy, or fails after `timeout` ms. */
  waitFor(expression: string, timeout?: number): Promise<void>;
  /** Console messages and errors (CSP violations among them) since the start. */
  readonly log: LogEntry[];
  close(): Promise<void>;
}

const keyCodes = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004' } as const;

export async function openFirefox(): Promise<FirefoxPage> {
  const profile = mkdtempSync(join(tmpdir(), 'strom-firefox-bidi-'));
  const browser: ChildProcess = spawn(firefoxPath, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
  });
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${firefoxPath} did not start WebDriver BiDi within 60 s`)), 60_000);
    browser.once('error', (error) => reject(new Error(`${firefoxPath} could not start: ${error.message}`)));
    browser.stderr!.on('data', (chunk: Buffer) => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });

  const socket = new WebSocket(`${address}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`no WebDriver BiDi connection to ${address}`)), { once: true });
  });
  const log: LogEntry[] = [];
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    if (message.type === 'event' && message.method === 'log.entryAdded') {
      log.push({ level: message.params.level, text: message.params.text ?? '' });
    } else if (typeof message.id === 'number' && pending.has(message.id)) {
      const waiting = pending.get(message.id)!;
      pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    }
  });
  const send = <T>(method: string, params: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded'] });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const context = tree.contexts[0]!.context;

  const keys = async (values: string[]) => {
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  };

  const page: FirefoxPage = {
    log,
    async navigate(url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async evaluate<T>(expression: string) {
      // The value comes back as JSON text: BiDi's own serialisation of objects is verbose.
      const result = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
      const json = result.result?.value;
      return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
    },
    async click(selector) {
      const box = await page.evaluate<{ x: number; y: number } | null>(
        `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r ? { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) } : null; })()`,
      );
      if (!box) throw new Error(`nothing on the page matches ${selector}`);
      const actions = [
        { type: 'pointerMove', x: box.x, y: box.y },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ];
      await send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
    },
    async setViewport(width, height) {
      await send('browsingContext.setViewport', { context, viewport: { width, height } });
    },
    async type(text) {
      await keys([...text]);
    },
    async press(key) {
      await keys([keyCodes[key]]);
    },
    async waitFor(expression, timeout = 15_000) {
      const end = Date.now() + timeout;
      for (;;) {
        try {
          if (await page.evaluate<boolean>(`Boolean(${expression})`)) return;
        } catch {
          // The page is navigating; ask again.
        }
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await send('session.end', {}).catch(() => undefined);
      socket.close();
      browser.kill();
      await new Promise((resolve) => (browser.exitCode === null ? browser.once('exit', resolve) : resolve(undefined)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return page;
}
