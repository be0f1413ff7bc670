/**
 * Reads the YAML and JSON data in content/ and validates it against a schema,
 * turning every parse or schema error into a Problem with its line number.
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

export interface Parsed<T> {
  value: T | undefined;
  problems: Problem[];
}

/**
 * Parses YAML (JSON is YAML too) and validates it. `lineOffset` is added to every
 * line, for frontmatter that starts below the top of its file.
 */
export function parseData<S extends z.ZodType>(file: string, text: string, schema: S, lineOffset = 0): Parsed<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      problems: doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        message: `cannot be read: ${error.message.split('\n')[0]}`,
        hint: 'check indentation, colons and quotes; text containing ": " or starting with a quote must be quoted',
      })),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { value: result.data, problems: [] };
  return {
    value: undefined,
    problems: result.error.issues.map((issue) => {
      // Point at the deepest part of the path that exists in the file.
      let node: unknown;
      if (issue.code === 'unrecognized_keys') {
        // Point at the first unknown key itself, not at the object holding it.
        const holder = issue.path.length ? doc.getIn(issue.path as (string | number)[], true) : doc.contents;
        if (isMap(holder)) node = holder.items.find((pair) => isScalar(pair.key) && issue.keys.includes(String(pair.key.value)))?.key;
      }
      for (let length = issue.path.length; length >= 0 && !isNode(node); length--) {
        node = length === 0 ? doc.contents : doc.getIn(issue.path.slice(0, length) as (string | number)[], true);
      }
      const field = issue.path.length ? `"${issue.path.join('.')}"` : 'the file';
      return {
        file,
        ...at(isNode(node) ? node.range?.[0] : undefined),
        message: `${field}: ${issue.message}`,
        hint: hintFor(issue),
      };
    }),
  };
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'custom' && typeof issue.params?.hint === 'string') return issue.params.hint;
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return `add the field "${issue.path.join('.')}"`;
  if (issue.code === 'unrecognized_keys') return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against README.md`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `use one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type') {
    const example = { number: '3', string: '"some text"', boolean: 'true or false', array: 'a list, one "- item" a line', object: 'nested fields, indented below it' }[issue.expected as string];
    return `write a ${issue.expected}${example ? ` (${example})` : ''}; a value in quotes is text, not a number`;
  }
  if (issue.code === 'invalid_format') return `write it in the expected form, e.g. ${issue.format === 'date' ? '2026-11-28' : issue.format === 'url' ? 'https://example.org/page' : `a valid ${issue.format}`}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'see the field in the example frontmatter of README.md';
  return undefined;
}
