/**
 * The short-link page's script: goes on to the chapter in the first of the
 * browser's languages that has it (else the English one). Without it, the page is
 * a list of the same links.
 */
import { chooseTarget } from '../lib/short-links.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-go-lang]')];
const target = chooseTarget(
  navigator.languages?.length ? navigator.languages : [navigator.language],
  links.map((a) => ({ lang: a.dataset.goLang!, path: a.href })),
);
if (target) location.replace(target.path);
