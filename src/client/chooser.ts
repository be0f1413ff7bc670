/**
 * The language chooser's script (only that page loads it): moves the language the
 * browser asks for to the top of the list and marks it.
 */
import { preferredLanguage } from '../lib/i18n.ts';

/** On the language chooser, point out the language the browser asks for. */
function suggestLanguage(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-choice]')];
  if (links.length === 0) return;
  const code = preferredLanguage(navigator.languages ?? [navigator.language], links.map((a) => a.dataset.languageChoice!));
  const chosen = links.find((a) => a.dataset.languageChoice === code);
  const note = document.getElementById('suggested-note');
  if (!chosen || !note) return;
  const item = chosen.closest('li')!;
  item.classList.add('suggested');
  item.parentElement!.prepend(item);
  chosen.setAttribute('aria-describedby', 'suggested-note');
  note.hidden = false;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', suggestLanguage);
else suggestLanguage();
