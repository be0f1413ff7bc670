/**
 * The search interface: results under the header search field on every page, and
 * the full search page (/{lang}/search/?q=…). Loaded only when the reader focuses
 * the search field or opens the search page. Everything from the index or the URL
 * is inserted as text, never as HTML.
 */
import { cleanQuery, resultUrl, stripEndings, toHit, type ExcerptPart, type SearchHit } from '../lib/search.ts';
import { interpolate } from '../lib/i18n.ts';
import { MissingIndexError, openOfflinePagefind, openPagefind, type Filters, type SearchBackend } from './search-backend.ts';

interface Config {
  form: HTMLFormElement;
  input: HTMLInputElement;
  bundleUrl: string;
  indexLang: string;
  base: string;
  endings: string[];
  /** In the offline bundle: Pagefind from classic scripts, and links to files. */
  offline: boolean;
  searchPage: string;
  sourceSearchPage: string;
  strings: Record<string, string>;
}

const headerLimit = 5;
const pageLimit = 30;

function readConfig(): Config | undefined {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const strings = (window as unknown as Record<string, Record<string, string> | undefined>).STROM_SEARCH_STRINGS;
  if (!form || !input || !strings) return undefined;
  const data = form.dataset;
  return {
    form,
    input,
    bundleUrl: data.bundle!,
    indexLang: data.indexLang!,
    base: data.base!,
    endings: data.endings ? data.endings.split(',') : [],
    offline: data.searchMode === 'offline',
    searchPage: form.action,
    sourceSearchPage: data.sourceSearch!,
    strings,
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptElement(parts: ExcerptPart[], className: string): HTMLElement {
  const paragraph = element('p', className);
  for (const part of parts) paragraph.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  return paragraph;
}

function hitElement(hit: SearchHit, config: Config, detailed: boolean): HTMLLIElement {
  const item = element('li', 'search-hit');
  const title = element('a', 'search-hit__title', hit.title);
  title.href = resultUrl(hit.url, config.base, config.offline);
  item.append(title);
  if (hit.type && config.strings[`type.${hit.type}`]) item.append(element('span', 'search-hit__type', config.strings[`type.${hit.type}`]));
  const sections = detailed ? hit.sections : hit.sections.slice(0, 1);
  if (sections.length === 0 || detailed) item.append(excerptElement(hit.excerpt, 'search-hit__excerpt'));
  if (sections.length > 0) {
    const list = element('ul', 'search-hit__sections');
    for (const section of sections) {
      const entry = element('li');
      const link = element('a', 'search-hit__section', section.heading);
      link.href = resultUrl(section.url, config.base, config.offline);
      entry.append(link, excerptElement(section.excerpt, 'search-hit__excerpt'));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Arrow keys move between the result links of `container`; Escape goes back to `input`. */
function arrowNavigation(container: HTMLElement, input: HTMLInputElement, onEscape: () => void): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  });
  container.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      onEscape();
    }
  });
}

class Searcher {
  private backend: Promise<SearchBackend> | undefined;
  private latest = 0;
  constructor(private readonly config: Config) {}

  private open(): Promise<SearchBackend> {
    const { bundleUrl, indexLang, offline } = this.config;
    this.backend ??= offline ? openOfflinePagefind(bundleUrl, indexLang) : openPagefind(bundleUrl, indexLang);
    return this.backend;
  }

  filters() {
    return this.open().then((backend) => backend.filters());
  }

  /**
   * Runs a search and renders into `target`. Answers from an older keystroke that
   * arrive late are dropped, so the list always matches what is in the field.
   */
  async run(raw: string, filters: Filters, target: HTMLElement, status: HTMLElement, limit: number, detailed: boolean): Promise<void> {
    const ticket = ++this.latest;
    const s = this.config.strings;
    const { query, problem } = cleanQuery(raw);
    target.replaceChildren();
    if (problem === 'empty') {
      status.textContent = s.empty!;
      return;
    }
    if (problem === 'no-words') {
      status.textContent = interpolate(s.noWords!, { query });
      return;
    }
    status.textContent = s.loading!;
    try {
      const backend = await this.open();
      const outcome = await backend.search(stripEndings(query, this.config.endings), filters);
      const data = await outcome.load(0, limit);
      if (ticket !== this.latest) return;
      const notes = problem === 'too-long' ? ` ${interpolate(s.tooLong!, { n: query.length })}` : '';
      if (outcome.total === 0) {
        status.textContent = interpolate(s.noResults!, { query }) + notes;
        return;
      }
      status.textContent = interpolate(s.count!, { n: outcome.total }) + notes;
      const list = element('ol', 'search-results');
      for (const item of data) list.append(hitElement(toHit(item), this.config, detailed));
      target.append(list);
      if (!detailed && outcome.total > 0) {
        const all = element('a', 'search-panel__all', interpolate(s.allResults!, { query }));
        const url = new URL(this.config.searchPage, location.href);
        url.searchParams.set('q', query);
        all.href = url.href;
        target.append(all);
      }
    } catch (error) {
      if (ticket !== this.latest) return;
      if (error instanceof MissingIndexError) {
        status.textContent = `${s.noIndex!} `;
        const link = element('a', undefined, s.noIndexLink);
        const url = new URL(this.config.sourceSearchPage, location.href);
        url.searchParams.set('q', query);
        link.href = url.href;
        status.append(link);
      } else {
        status.textContent = s.error!;
      }
    }
  }
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: number | undefined;
  return () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fn, ms);
  };
}

/** Results under the header search field. */
function headerSearch(config: Config, searcher: Searcher): void {
  const panel = element('div', 'search-panel');
  panel.id = 'search-panel';
  panel.hidden = true;
  const status = element('p', 'search-panel__status');
  status.setAttribute('role', 'status');
  const results = element('div');
  panel.append(status, results);
  config.form.append(panel);
  config.input.setAttribute('aria-controls', panel.id);
  const show = (open: boolean) => {
    panel.hidden = !open;
  };
  const update = () => {
    if (!config.input.value.trim()) return show(false);
    show(true);
    void searcher.run(config.input.value, {}, results, status, headerLimit, false);
  };
  config.input.addEventListener('input', debounce(update, 120));
  config.input.addEventListener('focus', () => config.input.value.trim() && update());
  config.form.addEventListener('focusout', (event) => {
    if (!config.form.contains(event.relatedTarget as Node | null)) show(false);
  });
  arrowNavigation(panel, config.input, () => show(false));
  if (config.input.value.trim() && document.activeElement === config.input) update();
}

/** The search page: a field, filters, and every result, with a shareable URL. */
function searchPage(root: HTMLElement, searcher: Searcher): void {
  root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
  const app = root.querySelector<HTMLElement>('[data-search-app]')!;
  app.hidden = false;
  const form = app.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const country = form.querySelector<HTMLSelectElement>('select[name="country"]')!;
  const countryField = country.closest<HTMLElement>('.search-filter--country')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const results = app.querySelector<HTMLElement>('[data-search-results]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const typeInput = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(type)}"]`);
  if (typeInput) typeInput.checked = true;

  void searcher.filters().then((available) => {
    const wanted = params.get('country') ?? '';
    const names = new Intl.DisplayNames([document.documentElement.lang, 'en'], { type: 'region' });
    for (const code of Object.keys(available.country ?? {}).sort()) {
      const option = element('option', undefined, names.of(code) ?? code);
      option.value = code;
      option.selected = code === wanted;
      country.append(option);
    }
    if (wanted) search();
  }, () => undefined);

  const selectedType = () => form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  const search = () => {
    const chosenType = selectedType();
    countryField.hidden = chosenType !== 'model';
    const filters: Filters = {};
    if (chosenType) filters.type = [chosenType];
    if (chosenType === 'model' && country.value) filters.country = [country.value];
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    if (chosenType) url.searchParams.set('type', chosenType);
    if (filters.country) url.searchParams.set('country', country.value);
    history.replaceState(null, '', url);
    void searcher.run(input.value, filters, results, status, pageLimit, true);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  input.addEventListener('input', debounce(search, 150));
  form.addEventListener('change', search);
  arrowNavigation(results, input, () => undefined);
  search();
  if (!input.value) input.focus();
}

/** The results' styles travel with the search script, so pages that never search skip them. */
function loadStylesheet(href: string | undefined): void {
  if (!href || document.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function start(): void {
  const config = readConfig();
  if (!config || config.form.dataset.ready) return;
  config.form.dataset.ready = 'true';
  loadStylesheet(config.form.dataset.stylesheet);
  const searcher = new Searcher(config);
  headerSearch(config, searcher);
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) searchPage(page, searcher);
}

start();
