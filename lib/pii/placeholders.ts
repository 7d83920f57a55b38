import type { SensitiveKind } from "./types";

/** What replaces a masked span: typed, so the model and readers still know what stood there. */
export const PLACEHOLDERS: Readonly<Record<SensitiveKind, string>> = {
  email: "[EMAIL]",
  phone: "[PHONE]",
  national_id: "[NATIONAL-ID]",
  card: "[CARD]",
  iban: "[IBAN]",
  date_of_birth: "[DOB]",
  mrn: "[MRN]",
};
