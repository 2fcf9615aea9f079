import { AUFGABENBEREICHE, type Aufgabenbereich } from "../aufgabenbereiche";
import { catalogueWords, createGramSpace } from "./catalogueWords";
import { buildGramIndex, scoreAll, vectorOf } from "./gramIndex";
import type { TaskAreaPlacement } from "../types";

/**
 * The least cosine a name's nearest typical word needs for the name to be placed in its area. Below
 * 0.3 only a few n-grams of one word agree ("Vorgang" ~ "Vorbescheid"): on the hand-written tuning
 * lists 3 of 46 such placements matched the office people chose, against 18 of 57 from 0.3 to 0.4.
 * Unplaced rows join the Bereich they are most similar to.
 */
export const TASK_AREA_MIN_SCORE = 0.3;

/** A name's task area: the area of the typical word nearest to it. */
export interface TaskAreaIndex {
  readonly names: readonly string[];
  /** Every area's typical words as written (and the parts of its name), in area order. */
  readonly words: readonly string[];
  /** Places each name (row i depends on name i only). */
  place(names: readonly string[]): TaskAreaPlacement;
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
  const words: string[] = [];
  const areaOfDoc: number[] = [];
  areas.forEach((area, a) => {
    for (const phrase of [...area.name.split(/[,&]/u), ...area.words.split(",")]) {
      const grams = catalogueWords(phrase.trim());
      if (grams.length === 0) continue;
      docs.push(space.ids(grams, true));
      words.push(phrase.trim());
      areaOfDoc.push(a);
    }
  });
  const index = buildGramIndex(docs, space.size());
  const scratch = new Float64Array(space.size());
  const scores = new Float64Array(index.docs);
  const nearest = (name: string): number => {
    scores.fill(0);
    scoreAll(index, vectorOf(index.idf, space.ids(catalogueWords(name), false), scratch), scores);
    let best = -1;
    let bestScore = 0;
    scores.forEach((score, d) => {
      if (score > bestScore) [best, bestScore] = [d, score];
    });
    return bestScore >= TASK_AREA_MIN_SCORE ? best : -1;
  };
  return {
    names: areas.map((a) => a.name),
    words,
    place(names) {
      const nearestWords = Int32Array.from(names, nearest);
      return { areas: nearestWords.map((d) => (d < 0 ? -1 : (areaOfDoc[d] as number))), words: nearestWords };
    },
  };
}
