import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";

/**
 * Parts of one reason as a single message: "a; b; c" (or "a, b, c"), nested as first + rest so each
 * part stays a message of its own and is rendered in the reader's language. At least one part.
 * @internal
 */
export function joinReasons(
  parts: readonly Message[],
  separator: "semicolon" | "comma" = "semicolon",
): Message {
  const last = parts[parts.length - 1];
  if (last === undefined) throw new RangeError("joinReasons: no parts");
  const code = separator === "semicolon" ? "cluster.join.semicolon" : "cluster.join.comma";
  return parts.slice(0, -1).reduceRight<Message>((rest, first) => msg(code, { first, rest }), last);
}
