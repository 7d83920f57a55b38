import { OfficeParser, type OfficeParserAST, type SupportedFileType } from "officeparser";
import { extractionError } from "../../extraction-error";
import { withLibrary } from "../shared/library-failure";
import { PARSE_BUDGETS } from "../zip/archive-limits";

/** Enough for 20,000 rows of 25 columns, the most a sheet contributes anyway. */
const MAX_TABLE_CELLS = 500_000;
/** Parsing is abandoned after this long; real documents take a second or two. */
const PARSE_TIMEOUT_MS = 45_000;

/**
 * Runs officeparser on bytes already vetted by the caller (an archive re-packed by storeArchive,
 * or an RTF file), text only: no images, OCR, comments, headers/footers or slide masters. Its
 * own decompression limits are set to ours as a second line of defence, and a parse that runs
 * past the timeout is abandoned as too large.
 */
export async function parseOffice(
  bytes: Uint8Array,
  fileType: SupportedFileType,
  formatName: string,
): Promise<OfficeParserAST> {
  const timeout = AbortSignal.timeout(PARSE_TIMEOUT_MS);
  try {
    return await withLibrary(formatName, () =>
      OfficeParser.parseOffice(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        fileType,
        extractAttachments: false,
        ocr: false,
        ignoreComments: true,
        ignoreHeadersAndFooters: true,
        ignoreSlideMasters: true,
        abortSignal: timeout,
        decompressionLimits: {
          maxUncompressedBytes: PARSE_BUDGETS.officeparser.maxTotalBytes,
          maxZipEntries: PARSE_BUDGETS.officeparser.maxEntries,
          // ODF repeats cells by count; this bounds what a few bytes of XML can make it build.
          maxTableCells: MAX_TABLE_CELLS,
        },
      }),
    );
  } catch (error) {
    if (!timeout.aborted) throw error;
    throw extractionError("too_large", `${formatName} parse exceeded ${PARSE_TIMEOUT_MS} ms`, {
      userMessage: `This ${formatName} is too large or complex to read in reasonable time.`,
      cause: error,
    });
  }
}
