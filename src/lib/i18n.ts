/**
 * Interface strings and the choice of text for a page in a language.
 */
import type { UiStrings } from './schemas.ts';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders. An unknown placeholder stays visible so it gets noticed. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A translator for one language. The checker makes sure every language has every
 * key of the source language, so the source fallback only covers development.
 */
export function createTranslator(strings: UiStrings, sourceStrings: UiStrings): Translate {
  return (key, values) => {
    const own = (table: UiStrings) => (Object.hasOwn(table, key) ? table[key] : undefined);
    const template = own(strings) ?? own(sourceStrings);
    if (template === undefined) throw new Error(`Unknown interface string "${key}"`);
    return interpolate(template, values);
  };
}

/** Placeholder names used in a template, sorted: "{a} and {b}" → ["a", "b"]. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/**
 * Picks the language versions a reader's browser asks for, best first, among those
 * the site has: ["lv-LV", "ru"] → "lv". Used to suggest a language on the chooser.
 */
export function preferredLanguage(requested: readonly string[], available: readonly string[]): string | undefined {
  for (const tag of requested) {
    const lower = tag.toLowerCase();
    const exact = available.find((code) => code.toLowerCase() === lower);
    if (exact) return exact;
    const primary = lower.split('-')[0]!;
    // Norwegian: browsers send "no" or "nn" as often as "nb".
    const aliases: Record<string, string[]> = { no: ['nb'], nn: ['nb'], nb: ['no'] };
    const match = available.find((code) => code === primary || aliases[primary]?.includes(code));
    if (match) return match;
  }
  return undefined;
}
