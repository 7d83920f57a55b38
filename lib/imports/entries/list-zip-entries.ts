import { type UnzipFileInfo, unzipSync } from "fflate";
import { AppError } from "@/lib/errors/app-error";

/** What the archive's central directory says about one entry; nothing is decompressed yet. */
export type ZipEntryInfo = UnzipFileInfo;

/** Reads the central directory only: a filter that declines every entry makes fflate list without inflating. */
export function listZipEntries(archive: Uint8Array): ZipEntryInfo[] {
  const infos: ZipEntryInfo[] = [];
  try {
    unzipSync(archive, {
      filter: (info) => {
        infos.push(info);
        return false;
      },
    });
  } catch (error) {
    throw new AppError(
      "UNPROCESSABLE",
      `Unreadable zip: ${error instanceof Error ? error.message : String(error)}`,
      {
        userMessage: "The archive could not be read: it is not a valid .zip file, or it is damaged.",
        cause: error,
      },
    );
  }
  return infos;
}
