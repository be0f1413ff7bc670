/** The browser tests use the same Chromium setup as the PDF build (src/build/chromium.ts). */
export { chromiumPath, launchChromium } from '../../src/build/chromium.ts';
