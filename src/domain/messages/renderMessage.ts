import { MESSAGE_TABLES, type MessageCode } from "./tables";
import type { Language, Message, MessageParam, Template } from "./types";

const LOCALES: Readonly<Record<Language, string>> = { de: "de-DE", en: "en-GB" };
const AND: Readonly<Record<Language, string>> = { de: "und", en: "and" };

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
    return typeof value === "number" ? value.toLocaleString(LOCALES[language]) : value;
  });
}

/** "a", "a und b", "a, b und c" (English: "and"). */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[language]} ${items[items.length - 1] ?? ""}`;
}

function paramText(value: MessageParam, language: Language): string {
  if (typeof value === "number") return value.toLocaleString(LOCALES[language]);
  if (typeof value === "string") return value;
  if (isMessage(value)) return renderMessage(value, language);
  return joinList(value as readonly string[], language);
}

function isMessage(value: MessageParam): value is Message {
  return typeof value === "object" && !Array.isArray(value) && "code" in value;
}

/** The message in the reader's language. An unknown code (a bug) shows the code itself. */
export function renderMessage(message: Message, language: Language = "de"): string {
  const template = TEMPLATES[language].get(message.code);
  if (template === undefined) return message.code;
  const params = message.params ?? {};
  const text: Record<string, string> = {};
  const n: Record<string, number> = {};
  for (const [name, value] of Object.entries(params)) {
    text[name] = paramText(value, language);
    if (typeof value === "number") n[name] = value;
  }
  return typeof template === "string" ? formatText(template, text, language) : template(text, n);
}

/** Shorthand for building a message in the domain. */
export function msg(code: MessageCode, params?: Message["params"]): Message {
  return params === undefined ? { code } : { code, params };
}
