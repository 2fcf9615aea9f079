import {
  chainMerges,
  linkageState,
  mergePair,
  pairIndex,
  type LinkageState,
  type RawMerges,
} from "./nnChainAverage";
import { UNRELATED_DISTANCE } from "./readableCut";

/**
 * Average linkage with a readable middle: the merges up to `base` (the strategy's similarity rule)
 * and, once no more than `cap` groups remain, every further merge are plain UPGMA
 * (`nnChainAverage`); in between, while more than `cap` groups remain, the group whose merge with
 * its nearest group (average distance) costs least joins it, where the cost is their distance plus
 * `SIZE_PRICE` · ln(rows of the smaller side), and never with an unrelated group
 * (`UNRELATED_DISTANCE`).
 *
 * Why: the default view shows at most `cap` clusters (`readableCut`). Plain UPGMA reaches that count
 * by merging whatever pair is nearest, often two coherent groups ("Gewerbe", "Erlaubnispflichtiges Gewerbe"),
 * while single processes that share little with anything stay alone and use up the cap. For a
 * reader (and for B³) one process in a near group costs little; two groups of five in one cost much.
 *
 * Heights: the middle merges get the running maximum of their distances, the later ones at least a
 * hair above it, so heights stay non-decreasing along the order and the cut at the cap's height is
 * exactly this middle. `rows`: rows each item holds (default 1), for the price; the average weighs
 * items alike, as `nnChainAverage` without sizes does. `dist` is overwritten. @internal
 */
export function readableAverageMerges(
  n: number,
  dist: Float32Array,
  base: number,
  cap: number,
  rows?: Int32Array,
): RawMerges {
  const state = linkageState(n, dist, undefined, rows);
  chainMerges(state, base);
  const middleStart = state.done;
  pricedMerges(state, cap);
  const middleEnd = state.done;
  state.parked.fill(0);
  chainMerges(state, Infinity);
  const height = state.merges.height;
  if (middleEnd > middleStart) {
    let top = -Infinity;
    for (let k = middleStart; k < middleEnd; k++) {
      top = Math.max(top, height[k] as number);
      height[k] = top;
    }
    const above = top + HEIGHT_STEP;
    for (let k = middleEnd; k < state.done; k++) height[k] = Math.max(height[k] as number, above);
  }
  return state.merges;
}

/** How far the merges after the middle lie at least above its last one. */
const HEIGHT_STEP = 1e-9;

/**
 * The price per e-fold of the smaller side's rows (`readableAverageMerges`): a single process pays
 * nothing, a pair 0.07, a group of five 0.16. Chosen on the dev file's Themenfelder, each clustered
 * alone, names only, catalogue off (B³-F1, mean of 7): plain UPGMA 0.637; 0.05 → 0.639, 0.1 → 0.639,
 * 0.2 → 0.632; smallest group first whatever the distance (an infinite price) 0.623. On the twelve
 * hand-written lists, catalogue on, 0.1 lifted the default cut by +0.010 … +0.046 (smallest first:
 * +0.001 … +0.064); catalogue off by −0.016 … +0.042 (`npm run bench:lists`).
 */
const SIZE_PRICE = 0.1;

/** The middle phase of `readableAverageMerges`, on the live items of `state`. */
function pricedMerges(state: LinkageState, cap: number): void {
  const { dist, rows, next } = state;
  let live = state.n - state.done;
  if (live <= cap) return;
  const nearest = new Int32Array(state.n).fill(-1);
  const nearestD = new Float64Array(state.n).fill(Infinity);
  // What joining its nearest group costs a group: their distance, plus a price for the smaller side.
  // Kept per group and renewed whenever its nearest group, or that group's rows, change.
  const cost = new Float64Array(state.n).fill(Infinity);
  const setNearest = (i: number, j: number, d: number): void => {
    nearest[i] = j;
    nearestD[i] = d;
    cost[i] = j < 0 ? Infinity : d + SIZE_PRICE * Math.log(Math.min(rows[i] as number, rows[j] as number));
  };
  const scan = (i: number): void => {
    let best = -1;
    let bestD = Infinity;
    for (let k = state.head; k !== -1; k = next[k] as number) {
      if (k === i) continue;
      const d = dist[pairIndex(state, i, k)] as number;
      if (d < bestD) [best, bestD] = [k, d];
    }
    setNearest(i, best, bestD);
  };
  for (let i = state.head; i !== -1; i = next[i] as number) scan(i);
  while (live > cap) {
    let pick = -1;
    for (let i = state.head; i !== -1; i = next[i] as number) {
      if ((nearestD[i] as number) >= UNRELATED_DISTANCE) continue;
      if (pick === -1 || (cost[i] as number) < (cost[pick] as number)) pick = i;
    }
    if (pick === -1) return;
    const other = nearest[pick] as number;
    const keep = mergePair(state, pick, other, nearestD[pick] as number);
    const drop = keep === pick ? other : pick;
    live--;
    for (let k = state.head; k !== -1; k = next[k] as number) {
      if (k === keep) continue;
      const nk = nearest[k] as number;
      if (nk === keep || nk === drop) scan(k);
      else {
        const d = dist[pairIndex(state, k, keep)] as number;
        if (d < (nearestD[k] as number) || (d === nearestD[k] && keep < nk)) setNearest(k, keep, d);
      }
    }
    scan(keep);
  }
}
