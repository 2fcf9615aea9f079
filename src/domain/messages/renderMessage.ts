import { MESSAGE_TABLES, type MessageCode } from "./tables";
import type { Language, Message, MessageParam, Template } from "./types";

const LOCALES: Readonly<Record<Language, string>> = { de: "de-DE", en: "en-GB" };
const AND: Readonly<Record<Language, string>> = { de: "und", en: "and" };
/**
 * One number format per language: `toLocaleString` builds a new formatter on every call, which made the
 * Prüfen list's render of a few thousand counts take some 70 ms longer at 10,000 rows (`npm run bench:pane`).
 */
const NUMBERS: Readonly<Record<Language, Intl.NumberFormat>> = {
  de: new Intl.NumberFormat(LOCALES.de),
  en: new Intl.NumberFormat(LOCALES.en),
};

const TEMPLATES: Readonly<Record<Language, ReadonlyMap<string, Template>>> = {
  de: new Map(MESSAGE_TABLES.flatMap((table) => Object.entries(table.de))),
  en: new Map(MESSAGE_TABLES.flatMap((table) => Object.entries(table.en))),
};

/**
 * Fills `{name}` placeholders. Numbers are formatted for the language ("3.000" / "3,000"); unknown
 * placeholders stay visible, so a missing value is obvious in tests instead of silently empty.
 */
export function formatText(
  template: string,
  values: Readonly<Record<string, string | number>>,
  language: Language = "de",
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? NUMBERS[language].format(value) : value;
  });
}

/** "a", "a und b", "a, b und c" (English: "and"). */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[language]} ${items[items.length - 1] ?? ""}`;
}

/** Private-use characters around data text while rendering parts; they never occur in a workbook's text. */
const DATA_START = "\uE000";
const DATA_END = "\uE001";

function dataText(text: string, mark: boolean): string {
  return mark && text !== "" ? `${DATA_START}${text}${DATA_END}` : text;
}

function paramText(value: MessageParam, language: Language, mark: boolean): string {
  if (typeof value === "number") return NUMBERS[language].format(value);
  if (typeof value === "string") return dataText(value, mark);
  if (isMessage(value)) return render(value, language, mark);
  return joinList(
    (value as readonly string[]).map((item) => dataText(item, mark)),
    language,
  );
}

/** True for a message (a code with parameters), e.g. a refusal handed on as an error. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

/** The message in the reader's language. An unknown code (a bug) shows the code itself. */
export function renderMessage(message: Message, language: Language = "de"): string {
  return render(message, language, false);
}

/** One piece of a rendered message: prose of the tables, or data (text from the user's workbook). */
export interface MessagePart {
  readonly text: string;
  /** True for text of a string parameter: the user's data, in the workbook's language (German). */
  readonly data: boolean;
}

/**
 * The message in the reader's language, split into prose and data, so a front end can mark the data
 * with its own language (`lang="de"` in the pane). String parameters are data by convention: prose is
 * always a nested `Message`.
 */
export function renderMessageParts(message: Message, language: Language = "de"): MessagePart[] {
  const parts: MessagePart[] = [];
  let depth = 0;
  let text = "";
  const flush = (data: boolean) => {
    if (text !== "") parts.push({ text, data });
    text = "";
  };
  for (const char of render(message, language, true)) {
    if (char === DATA_START) {
      if (depth === 0) flush(false);
      depth += 1;
    } else if (char === DATA_END) {
      depth -= 1;
      if (depth === 0) flush(true);
    } else text += char;
  }
  flush(depth > 0);
  return parts;
}

function render(message: Message, language: Language, mark: boolean): string {
  const template = TEMPLATES[language].get(message.code);
  if (template === undefined) return message.code;
  const params = message.params ?? {};
  const text: Record<string, string> = {};
  const n: Record<string, number> = {};
  for (const [name, value] of Object.entries(params)) {
    text[name] = paramText(value, language, mark);
    if (typeof value === "number") n[name] = value;
  }
  return typeof template === "string" ? formatText(template, text, language) : template(text, n);
}

/** Shorthand for building a message in the domain. */
export function msg(code: MessageCode, params?: Message["params"]): Message {
  return params === undefined ? { code } : { code, params };
}
