/**
 * Parses a chapter or model file (frontmatter + MDX) into a syntax tree without
 * compiling it, so the checker can look at every file even when some are broken.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, Yaml } from 'mdast';
import type { Problem } from './problems.ts';

export interface ParsedMdx {
  tree: Root | undefined;
  /** The frontmatter text and the file line just above its first line. */
  frontmatter: { text: string; lineOffset: number } | undefined;
  problems: Problem[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

interface PositionedError {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
  place?: { line: number; column: number } | { start: { line: number; column: number } };
}

export function parseMdx(file: string, text: string): ParsedMdx {
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(text)) as Root;
  } catch (raw) {
    const error = raw as PositionedError;
    // Some parse errors (an unclosed tag) carry their position only in the message: "(5:1-5:12)".
    const fromMessage = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.message);
    const place =
      (error.place && 'start' in error.place ? error.place.start : error.place) ??
      (fromMessage ? { line: Number(fromMessage[1]), column: Number(fromMessage[2]) } : undefined);
    return {
      tree: undefined,
      frontmatter: undefined,
      problems: [
        {
          file,
          line: error.line ?? place?.line,
          column: error.column ?? place?.column,
          message: `MDX syntax error: ${(error.reason ?? error.message).split('\n')[0]}`,
          hint: 'in running text write "less than" instead of "<" and avoid "{" and "}"; close every component tag and leave blank lines around block components',
        },
      ],
    };
  }
  const first = tree.children[0];
  const frontmatter =
    first?.type === 'yaml' ? { text: (first as Yaml).value, lineOffset: first.position?.start.line ?? 1 } : undefined;
  return { tree, frontmatter, problems: [] };
}
