import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { renderMessage } from "../../domain/messages/renderMessage";
import type { Message } from "../../domain/messages/types";
import { STRINGS, type Language, type Strings } from "./strings";

interface LanguageValue {
  readonly language: Language;
  readonly strings: Strings;
  readonly setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageValue>({
  language: "de",
  strings: STRINGS.de,
  setLanguage: () => undefined,
});

/** Provides the current language and its strings; German unless `initialLanguage` says otherwise. */
export function LanguageProvider(props: {
  readonly initialLanguage?: Language;
  readonly children: ReactNode;
}) {
  const [language, setLanguage] = useState<Language>(props.initialLanguage ?? "de");
  const value = useMemo(() => ({ language, strings: STRINGS[language], setLanguage }), [language]);
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

/** The strings of the current language. */
export function useStrings(): Strings {
  return useContext(LanguageContext).strings;
}

/** Current language and a setter, for the language switch. */
export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}

/** Renders domain messages (codes with parameters) in the current language. */
export function useMessageText(): (message: Message) => string {
  const { language } = useContext(LanguageContext);
  return useMemo(() => (message: Message) => renderMessage(message, language), [language]);
}
