import { describe, expect, it } from 'vitest';
import { evaluate } from 'satteri';
import { markdownOptions } from '../../src/lib/markdown-pipeline.ts';

// A JSX runtime that writes HTML, to see the markup Sätteri compiles a document to
// with the options Astro renders every chapter with (astro.config.mjs).
interface Markup {
  html: string;
}
const Fragment = Symbol('Fragment');
const markup = (node: unknown): string =>
  Array.isArray(node) ? node.map(markup).join('') : node == null ? '' : typeof node === 'object' && 'html' in node ? (node as Markup).html : String(node);
const jsx = (type: unknown, props: unknown): Markup => {
  const { children, ...attributes } = props as { children?: unknown } & Record<string, unknown>;
  if (type === Fragment) return { html: markup(children) };
  const attributeText = Object.entries(attributes).map(([name, value]) => ` ${name}="${String(value)}"`).join('');
  return { html: `<${String(type)}${attributeText}>${markup(children)}</${String(type)}>` };
};
const render = async (mdx: string) => {
  const { default: Content } = await evaluate(mdx, { ...markdownOptions, jsx, jsxs: jsx, Fragment });
  return markup((Content as (props: object) => unknown)({}));
};

describe('the Markdown pipeline (Sätteri with our plugins)', () => {
  it('turns the ID comment into the heading id and removes it from the text', async () => {
    expect(await render('## Local authorities meet people first {/* #first-contact */}\n')).toBe('<h2 id="first-contact">Local authorities meet people first</h2>');
    expect(await render('### The *local* level {/* #local */}\n')).toBe('<h3 id="local">The <em>local</em> level</h3>');
    expect(await render('## Work with **partners** {/* #partners */}\n')).toBe('<h2 id="partners">Work with <strong>partners</strong></h2>');
  });

  it('keeps the rest of the document', async () => {
    expect(await render('## A {/* #a */}\n\nText.\n\n## B {/* #b */}\n')).toBe('<h2 id="a">A</h2>\n<p>Text.</p>\n<h2 id="b">B</h2>');
  });

  it('leaves a heading without an ID comment alone', async () => {
    expect(await render('## No ID here\n')).toBe('<h2>No ID here</h2>');
  });

  it('renders GFM tables without whitespace between rows and cells, and keeps typed quotes', async () => {
    expect(await render('| A | B |\n| --- | --- |\n| "x" | y -- z |\n')).toBe('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>"x"</td><td>y -- z</td></tr></tbody></table>');
  });
});
