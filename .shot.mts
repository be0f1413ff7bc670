import { chromium } from 'playwright-core';
const [url, out, w] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(w ?? 700), height: 800 } });
await p.goto(url!); await p.screenshot({ path: out!, fullPage: true }); await b.close();
