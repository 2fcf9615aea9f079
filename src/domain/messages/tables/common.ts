import type { MessageTable } from "../types";

/** `common.verbatim`: text read back from a workbook (a reason written by an earlier run), shown as is. */
type CommonCode = "common.list" | "common.quoted" | "common.verbatim";

/** Small pieces other messages are built from. */
export const commonMessages: MessageTable<CommonCode> = {
  de: {
    "common.list": "{items}",
    "common.quoted": "„{text}“",
    "common.verbatim": "{text}",
  },
  en: {
    "common.list": "{items}",
    "common.quoted": "“{text}”",
    "common.verbatim": "{text}",
  },
};
