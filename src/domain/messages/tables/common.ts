import type { MessageTable } from "../types";

type CommonCode = "common.list" | "common.quoted";

/** Small pieces other messages are built from. */
export const commonMessages: MessageTable<CommonCode> = {
  de: {
    "common.list": "{items}",
    "common.quoted": "„{text}“",
  },
  en: {
    "common.list": "{items}",
    "common.quoted": "“{text}”",
  },
};
