import { followsCue } from "./follows-cue";
import { NATIONAL_ID_RULES } from "./national-ids";
import { NUMBER_END, NUMBER_START } from "./patterns";
import type { Detection } from "./types";

const COMPILED = NATIONAL_ID_RULES.map((rule) => ({
  rule,
  regex: new RegExp(`${NUMBER_START}(?:${rule.pattern})${NUMBER_END}`, "gu"),
}));

/** National identifiers of the schemes in ./national-ids, each checked as its scheme prescribes. */
export function detectNationalIds(text: string): Detection[] {
  const found: Detection[] = [];
  for (const { rule, regex } of COMPILED) {
    for (const match of text.matchAll(regex)) {
      if (!rule.isValid(match[0])) continue;
      if (rule.cue !== undefined && !followsCue(text, match.index, rule.cue)) continue;
      found.push({
        kind: "national_id",
        start: match.index,
        end: match.index + match[0].length,
        scheme: rule.scheme,
      });
    }
  }
  return found;
}
