import type { AddressObject, ParsedMail } from "mailparser";

/** The envelope a reader needs to cite a message: who, to whom, when, about what. */
export function headerBlockText(mail: ParsedMail): string {
  const lines: [string, string | undefined][] = [
    ["From", addresses(mail.from)],
    ["To", addresses(mail.to)],
    ["Cc", addresses(mail.cc)],
    ["Date", dateText(mail)],
    ["Subject", mail.subject],
  ];
  return lines
    .filter((line): line is [string, string] => Boolean(line[1]?.trim()))
    .map(([name, value]) => `${name}: ${value.trim()}`)
    .join("\n");
}

function addresses(value: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!value) return undefined;
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(", ");
}

/**
 * The date as ISO 8601 when the header parses; as written when it does not (mailparser would
 * substitute the current time, which is worse than an odd date); nothing when it is absent.
 */
function dateText(mail: ParsedMail): string | undefined {
  const line = mail.headerLines.find((header) => header.key === "date")?.line;
  if (!line) return undefined;
  const raw = line.slice(line.indexOf(":") + 1).trim();
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? raw : (mail.date ?? parsed).toISOString();
}
