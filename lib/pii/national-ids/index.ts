import { DE_TAX_ID } from "./de-tax-id";
import { ES_DNI, ES_NIE } from "./es-dni";
import { FR_NIR } from "./fr-nir";
import { IT_CODICE_FISCALE } from "./it-codice-fiscale";
import type { NationalIdRule } from "./national-id-rule";
import { NL_BSN } from "./nl-bsn";
import { PL_PESEL } from "./pl-pesel";
import { SE_PERSONNUMMER } from "./se-personnummer";
import { UK_NHS, UK_NHS_LABELLED } from "./uk-nhs";
import { UK_NINO, UK_NINO_LABELLED } from "./uk-nino";
import { US_SSN } from "./us-ssn";

/** In order of preference when two schemes claim the same characters. */
export const NATIONAL_ID_RULES: readonly NationalIdRule[] = [
  UK_NHS,
  UK_NHS_LABELLED,
  FR_NIR,
  IT_CODICE_FISCALE,
  ES_DNI,
  ES_NIE,
  SE_PERSONNUMMER,
  PL_PESEL,
  DE_TAX_ID,
  NL_BSN,
  UK_NINO,
  UK_NINO_LABELLED,
  US_SSN,
];
