/** What the sensitive data guard looks for. The order is the order settings screens list them in. */
export const SENSITIVE_KINDS = [
  "email",
  "phone",
  "national_id",
  "card",
  "iban",
  "date_of_birth",
  "mrn",
] as const;

export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

export const NATIONAL_ID_SCHEMES = [
  "us_ssn",
  "uk_nino",
  "uk_nhs",
  "fr_nir",
  "de_tax_id",
  "es_dni",
  "es_nie",
  "it_codice_fiscale",
  "nl_bsn",
  "se_personnummer",
  "pl_pesel",
] as const;

export type NationalIdScheme = (typeof NATIONAL_ID_SCHEMES)[number];

/**
 * Where something sensitive was found. Deliberately holds no text: detections are meant to be
 * logged and counted, and a copy of the value would defeat the guard.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), so `text.slice(start, end)` is the
 * match; code written in another language must convert before using them on its own strings.
 */
export interface Detection {
  kind: SensitiveKind;
  /** Inclusive. */
  start: number;
  /** Exclusive; always greater than `start`. */
  end: number;
  /** For national_id the scheme (a NationalIdScheme), for mrn the admin pattern's name. */
  scheme?: string;
}

/** How many of each kind; kinds not found are absent, so an empty object means nothing was found. */
export type DetectionCounts = Partial<Record<SensitiveKind, number>>;
