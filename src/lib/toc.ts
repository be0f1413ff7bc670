/** The on-page table of contents: level-2 headings with their level-3 headings nested. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem extends TocHeading {
  children: TocHeading[];
}

export function nestToc(headings: readonly TocHeading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ ...heading, children: [] });
    else if (heading.depth === 3 && items.length > 0) items.at(-1)!.children.push(heading);
  }
  return items;
}
