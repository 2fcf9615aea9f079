/**
 * Messages as data: the domain says *what* happened as a code with parameters; the front ends render it
 * in the reader's language with `renderMessage` (German and English in the pane, German in the command
 * line and in the workbook). No user-facing prose is built in the domain outside `tables/`.
 */
import type { MessageCode } from "./tables";

/**
 * A parameter value: numbers are formatted for the language ("1.234"); a list is joined ("a, b und c").
 * Strings (and list items) are the user's data — names, headers, cell values — shown as they are and
 * marked as German in the pane; prose is always a nested `Message`, never a string.
 */
export type MessageParam = string | number | readonly string[] | Message;

/** One message: a code of the tables and the values of its placeholders. */
export interface Message {
  readonly code: MessageCode;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export type Language = "de" | "en";

/**
 * One entry of a table: a template with `{name}` placeholders, or a function of the parameters for
 * wordings that depend on them (plural, optional parts). Functions get the parameters already rendered
 * as text, plus the raw numbers under the same name in `n`.
 */
export type Template =
  string | ((text: Readonly<Record<string, string>>, n: Readonly<Record<string, number>>) => string);

/** The German and English wording of one area's codes; English must have every German code. */
export interface MessageTable<C extends string> {
  readonly de: Readonly<Record<C, Template>>;
  readonly en: Readonly<Record<C, Template>>;
}
