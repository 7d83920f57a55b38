/**
 * A four-page clinic handbook whose pages each hold one distinct, checkable fact, so a
 * test can ask about a fact and know exactly which page must be cited.
 */
const TOPICS: Array<{ heading: string; fact: string; vocabulary: string[] }> = [
  {
    heading: "Welcome to the Northwind Clinic",
    fact: "The Northwind Clinic was founded in 1987 by a cooperative of rural physicians.",
    vocabulary: ["welcome", "staff", "mission", "community", "founders", "cooperative", "rural", "history"],
  },
  {
    heading: "Visiting Hours",
    fact: "Visitors may enter the inpatient wards between ten in the morning and eight in the evening.",
    vocabulary: ["visitors", "wards", "relatives", "badge", "reception", "evening", "morning", "quiet"],
  },
  {
    heading: "Sterilisation of Surgical Instruments",
    fact: "Autoclave cycles for wrapped surgical instruments run at 134 degrees Celsius for eighteen minutes.",
    vocabulary: ["autoclave", "instruments", "steam", "pressure", "cycle", "wrapped", "sterile", "indicator"],
  },
  {
    heading: "Fire Safety",
    fact: "The fire assembly point is the staff car park beside the pharmacy building.",
    vocabulary: ["fire", "alarm", "evacuation", "extinguisher", "assembly", "drill", "exit", "marshal"],
  },
];

function fillerLines(vocabulary: string[], page: number, count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const a = vocabulary[i % vocabulary.length];
    const b = vocabulary[(i * 3 + 1) % vocabulary.length];
    const c = vocabulary[(i * 5 + 2) % vocabulary.length];
    lines.push(
      `Procedure ${page}.${i + 1} explains how ${a} and ${b} are handled, and who checks the ${c} records.`,
    );
  }
  return lines;
}

export interface HandbookPage {
  heading: string;
  lines: string[];
}

export function handbookPages(): HandbookPage[] {
  return TOPICS.map((topic, index) => {
    const filler = fillerLines(topic.vocabulary, index + 1, 22);
    return { heading: topic.heading, lines: [...filler.slice(0, 11), topic.fact, ...filler.slice(11)] };
  });
}

export const HANDBOOK_FACT_PAGE = 3;
export const HANDBOOK_QUESTION =
  "At what temperature and for how long do autoclave cycles for wrapped instruments run?";
