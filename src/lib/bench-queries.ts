/**
 * The words the search benchmark types, per language: each must find something
 * on the real site, and the synthetic benchmark corpus contains every one.
 */
export const benchQueries: Record<string, string[]> = {
  en: ['indicators', 'referral', 'child', 'shelter', 'interpreter'],
  de: ['Indikatoren', 'Kinder', 'Kommune', 'Ausbeutung', 'Opfer'],
  ru: ['признаки', 'дети', 'муниципалитет', 'эксплуатация', 'жертвы'],
  lv: ['pazīmes', 'bērni', 'pašvaldība', 'ekspluatācija', 'upuri'],
  et: ['tunnused', 'lapsed', 'omavalitsus', 'ärakasutamine', 'ohvrid'],
  lt: ['požymiai', 'vaikai', 'savivaldybė', 'išnaudojimas', 'aukos'],
  pl: ['wskaźniki', 'dzieci', 'gmina', 'wyzysk', 'ofiary'],
  fi: ['tunnusmerkit', 'lapset', 'kunta', 'hyväksikäyttö', 'uhrit'],
  sv: ['indikatorer', 'barn', 'kommun', 'exploatering', 'offer'],
  nb: ['indikatorer', 'barn', 'kommune', 'utnyttelse', 'ofre'],
};

/** Offline benchmark: a bundle's language and an inflected word to search it for. */
export const offlineBenchQueries = [
  ['lv', 'pazīmēm'],
  ['ru', 'признаками'],
  ['en', 'referral'],
] as const;
