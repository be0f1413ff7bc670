/**
 * Content is text: it never runs code in a reader's browser. MDX would let an
 * author write a <script> element, an onclick attribute or a javascript: link, and
 * the page's Content-Security-Policy would block them, silently. The checker names
 * them instead, with their line.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface SafetyProblem {
  line: number | undefined;
  column: number | undefined;
  message: string;
  hint: string;
}

/** Schemes a link in content may use; anything else (javascript:, data:, file:) is refused. */
export const allowedLinkSchemes = ['http', 'https', 'mailto', 'tel'];

export function linkScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
}

export function unsafeContent(tree: Root): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  visit(tree, (node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as { name: string | null; attributes: { type: string; name?: string }[] };
      if (element.name?.toLowerCase() === 'script') {
        problems.push({ ...at, message: 'a <script> element in content', hint: 'content cannot run scripts; remove the element' });
      }
      for (const attr of element.attributes) {
        if (attr.type === 'mdxJsxAttribute' && /^on/i.test(attr.name ?? '')) {
          problems.push({ ...at, message: `an event-handler attribute ${attr.name}="…" on <${element.name ?? ''}>`, hint: 'content cannot run scripts; remove the attribute' });
        }
      }
    } else if (node.type === 'html' && /<script\b|\son[a-z]+\s*=/i.test((node as { value: string }).value)) {
      problems.push({ ...at, message: 'a script in raw HTML', hint: 'content cannot run scripts; remove it' });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as { url: string }).url;
      const scheme = linkScheme(url);
      if (scheme && !allowedLinkSchemes.includes(scheme)) {
        problems.push({ ...at, message: `a ${scheme}: link ("${url.slice(0, 40)}")`, hint: `links may be relative, or use ${allowedLinkSchemes.map((s) => `${s}:`).join(', ')}` });
      }
    }
  });
  return problems;
}

/** True when the document body has no text a reader would see. */
export function hasNoText(tree: Root): boolean {
  let text = '';
  visit(tree, 'text', (node: { value: string }) => {
    text += node.value;
  });
  return text.trim() === '';
}
