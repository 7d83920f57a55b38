"use client";

import { findMrnPatternProblem } from "@/lib/pii/find-mrn-pattern-problem";
import { MAX_MRN_PATTERNS, type MrnPattern } from "@/lib/pii/sensitive-policy";

interface MrnPatternRowsProps {
  patterns: MrnPattern[];
  onChange: (patterns: MrnPattern[]) => void;
}

/** The problem with one row, checked as the admin types (the server checks again on save). */
export function mrnRowProblem(pattern: MrnPattern, all: MrnPattern[]): string | undefined {
  if (pattern.name.trim() === "") return "needs a name";
  if (all.filter((other) => other.name.trim() === pattern.name.trim()).length > 1)
    return "has the same name as another";
  const problem = findMrnPatternProblem(pattern.pattern);
  return problem === undefined ? undefined : `pattern ${problem}`;
}

/** Editable list of medical record number patterns (name and regular expression). */
export function MrnPatternRows({ patterns, onChange }: MrnPatternRowsProps) {
  const update = (index: number, change: Partial<MrnPattern>) =>
    onChange(patterns.map((pattern, i) => (i === index ? { ...pattern, ...change } : pattern)));
  return (
    <div className="mrn-patterns">
      {patterns.map((pattern, index) => {
        const problem = mrnRowProblem(pattern, patterns);
        return (
          // Rows have no stable id of their own; the list is short and edited in place.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="mrn-pattern-row" data-testid="mrn-pattern-row">
            <input
              aria-label={`Name of MRN pattern ${index + 1}`}
              placeholder="name"
              value={pattern.name}
              onChange={(event) => update(index, { name: event.target.value })}
            />
            <input
              aria-label={`MRN pattern ${index + 1}`}
              placeholder="MRN-\d{7}"
              value={pattern.pattern}
              spellCheck={false}
              onChange={(event) => update(index, { pattern: event.target.value })}
            />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onChange(patterns.filter((_, i) => i !== index))}
            >
              Remove
            </button>
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
          </div>
        );
      })}
      {patterns.length < MAX_MRN_PATTERNS && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange([...patterns, { name: "", pattern: "" }])}
        >
          Add MRN pattern
        </button>
      )}
    </div>
  );
}
