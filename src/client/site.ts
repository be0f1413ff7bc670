/**
 * The site's only script, loaded as a classic deferred script so that it also runs
 * from file://. Pages work without it; it adds: keeping the #section on a language
 * switch, copying section links, the print button, and the search field (whose
 * own script loads on demand).
 */
const ready = (fn: () => void) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn();

/** Language links go to the same page; carry the reader's current section along. */
function keepHashOnLanguageSwitch(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-keep-hash]') as HTMLAnchorElement | null;
    if (link && location.hash) link.href = link.href.split('#')[0] + location.hash;
  });
}

function announce(text: string | undefined): void {
  const status = document.getElementById('live-status');
  if (!status || !text) return;
  status.textContent = '';
  window.setTimeout(() => (status.textContent = text), 50);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API outside secure contexts (plain http, some file:// setups).
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/**
 * Heading anchors: follow the link as before, and also copy the full URL. Copy
 * buttons (the training panel's) copy the text of the <code> just before them.
 */
function copySectionLinks(): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const button = target?.closest?.('button[data-copy]');
    if (button) void copyText(button.previousElementSibling!.textContent!).then((copied) => copied && announce(document.getElementById('live-status')?.dataset.copiedText));
    const anchor = target?.closest?.('a.heading-anchor') as HTMLAnchorElement | null;
    if (!anchor) return;
    event.preventDefault();
    history.replaceState(null, '', anchor.hash);
    document.getElementById(decodeURIComponent(anchor.hash.slice(1)))?.scrollIntoView();
    void copyText(anchor.href).then((copied) => {
      if (!copied) return;
      anchor.classList.add('copied');
      announce(document.getElementById('live-status')?.dataset.copiedText);
      window.setTimeout(() => anchor.classList.remove('copied'), 2000);
    });
  });
}

/** Buttons that need the script (print, copy) stay hidden without it. */
function printButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print],button[data-copy]')) {
    button.hidden = false;
    if (button.dataset.print !== undefined) button.addEventListener('click', () => window.print());
  }
  // Printed links show their full address, not the relative one written in the page.
  window.addEventListener('beforeprint', () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) link.dataset.printHref = link.href;
  });
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Swaps the header's plain link to the search page for the search field, and loads
 * the search script (and with it the index) only when the reader reaches for it.
 */
function enableSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-search-link]')?.setAttribute('hidden', '');
  let requested = false;
  const load = () => {
    if (requested) return;
    requested = true;
    const script = document.createElement('script');
    script.src = form.dataset.script!;
    document.head.append(script);
  };
  form.addEventListener('focusin', load);
  form.addEventListener('pointerdown', load);
  // Enter opens the search page by navigation, not by submitting the form: a
  // Content-Security-Policy "form-action 'self'" matches no file:// page, so Firefox
  // blocks the submission in the offline bundle.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(form.action);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    location.assign(url.href);
  });
  if (document.querySelector('[data-search-page]')) load();
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      input.focus();
    }
  });
}

ready(() => {
  keepHashOnLanguageSwitch();
  copySectionLinks();
  printButtons();
  enableSearch();
});
