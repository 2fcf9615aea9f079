import { AUFGABENBEREICHE, type Aufgabenbereich } from "../aufgabenbereiche";
import { catalogueWords, createGramSpace } from "./catalogueWords";
import { buildGramIndex, scoreAll, vectorOf } from "./gramIndex";

/** A name's task area: index into the areas, −1 when no word of the name is near any area's words. */
export interface TaskAreaIndex {
  readonly names: readonly string[];
  /** Best area of each name (−1 = none). Row i depends on name i only. */
  areasOf(names: readonly string[]): Int32Array;
}

/**
 * Each typical word of an area (and the words of its name) is one document of character n-grams; a
 * name belongs to the area of the document closest to it by cosine. The nearest single word, not a
 * document of all an area's words: "Hundesteuer" is the tax office's word even though "Hund" is said
 * more often by the public order office's list. Deterministic: ties go to the earlier area. @internal
 */
export function createTaskAreaIndex(areas: readonly Aufgabenbereich[] = AUFGABENBEREICHE): TaskAreaIndex {
  const space = createGramSpace();
  const docs: number[][] = [];
  const areaOfDoc: number[] = [];
  areas.forEach((area, a) => {
    for (const phrase of [...area.name.split(/[,&]/), ...area.words.split(",")]) {
      const words = catalogueWords(phrase.trim());
      if (words.length === 0) continue;
      docs.push(space.ids(words, true));
      areaOfDoc.push(a);
    }
  });
  const index = buildGramIndex(docs, space.size());
  const scratch = new Float64Array(space.size());
  const scores = new Float64Array(index.docs);
  return {
    names: areas.map((a) => a.name),
    areasOf(names) {
      return Int32Array.from(names, (name) => {
        scores.fill(0);
        scoreAll(index, vectorOf(index.idf, space.ids(catalogueWords(name), false), scratch), scores);
        let best = -1;
        let bestScore = 0;
        scores.forEach((s, d) => {
          if (s > bestScore) {
            bestScore = s;
            best = areaOfDoc[d] as number;
          }
        });
        return best;
      });
    },
  };
}
