/** One page of each type, by path under /{lang}/ (or the site root). */
export const pageTypes = {
  chooser: () => '',
  home: (lang: string) => `${lang}/`,
  chapter: (lang: string) => `${lang}/recognising-victims/`,
  fallbackChapter: (lang: string) => `${lang}/about/`,
  models: (lang: string) => `${lang}/models/`,
  model: (lang: string) => `${lang}/models/lithuania-municipal-model/`,
  comparison: (lang: string) => `${lang}/comparison/`,
  country: (lang: string) => `${lang}/countries/lt/`,
  glossary: (lang: string) => `${lang}/glossary/`,
  helplines: (lang: string) => `${lang}/helplines/`,
  translations: (lang: string) => `${lang}/translations/`,
  downloads: (lang: string) => `${lang}/downloads/`,
  search: (lang: string) => `${lang}/search/?q=trafficking`,
  notFound: (lang: string) => `${lang}/no-such-page/`,
} as const;
