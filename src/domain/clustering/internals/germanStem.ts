import { stemmer } from "@orama/stemmers/german";

/**
 * Snowball German stem of a normalised word (the stemmer also folds ä/ö/ü to a/o/u), cached because
 * administrative names repeat the same few hundred words thousands of times.
 * @internal
 */
export function createStemmer(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemmer(word);
      cache.set(word, s);
    }
    return s;
  };
}
