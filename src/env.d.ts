/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The reader's language: the one in the URL. */
    lang?: string;
    /** The language the rendered text is in (the source language on a fallback page). */
    contentLang?: string;
    /** The current document's sources, for numbering <Cite> references. */
    sources?: { id: string }[];
  }
}
