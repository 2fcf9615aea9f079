/**
 * How a cell reads, public for the review sheets and the CLI: the display text a German Excel shows
 * (booleans WAHR/FALSCH, dates dd.mm.yyyy, errors as their code) and whether a number format shows a date.
 */
export { cellText, isDateFormat } from "./internals/cellText";
