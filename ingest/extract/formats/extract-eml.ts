import { type ParsedMail, simpleParser } from "mailparser";
import type { ExtractedDocument } from "@/lib/domain/types";
import { sniffEncoding } from "@/lib/text/sniff-encoding";
import { decodeText } from "../decode-text";
import { extractionError } from "../extraction-error";
import { attachmentBlocks } from "./eml/attachment-blocks";
import { bodyBlocks } from "./eml/body-blocks";
import { headerBlockText } from "./eml/header-block";
import { normalizeBlocks } from "./normalize-blocks";
import { withLibrary } from "./shared/library-failure";

const FORMAT = "e-mail message";
const ENCRYPTED_TYPE = /^content-type:\s*(multipart\/encrypted|application\/(x-)?pkcs7-mime)\b/i;
const SIGNED_ONLY = /smime-type\s*=\s*"?signed-data/i;

/**
 * E-mail (.eml, RFC 822) via mailparser, all on page 1: the subject as a level-1 heading and the
 * title, a "From / To / Cc / Date / Subject" paragraph, the body (plain text, or the HTML part
 * read as HTML), then text-like attachments as sections and other attachments by name.
 * Encrypted (S/MIME, PGP) messages are refused as encrypted.
 */
export async function extractEml(bytes: Uint8Array): Promise<ExtractedDocument> {
  const mail = await withLibrary(FORMAT, () =>
    // HTML-only mail is read by our own HTML reader (headings, tables), not mailparser's rendering.
    simpleParser(asEightBitMessage(bytes), {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
    }),
  );
  if (isEncrypted(mail)) {
    throw extractionError("encrypted", "E-mail body is S/MIME or PGP encrypted", {
      userMessage:
        "This e-mail is encrypted (S/MIME or PGP); decrypt it in your mail client and upload the readable copy.",
    });
  }
  const subject = mail.subject?.trim();
  const body = [...bodyBlocks(mail), ...attachmentBlocks(mail.attachments)];
  const headers = headerBlockText(mail);
  const blocks = normalizeBlocks([
    ...(subject ? [{ kind: "heading" as const, level: 1, text: subject }] : []),
    ...(headers ? [{ kind: "paragraph" as const, text: headers }] : []),
    ...body,
  ]);
  if (normalizeBlocks(body).length === 0 && !subject) {
    throw extractionError("empty", "E-mail has no subject, body or attachments", {
      userMessage: "This e-mail is empty: it has no subject, text or attachments.",
    });
  }
  return { pages: [{ page: 1, blocks }], ...(subject ? { title: subject } : {}) };
}

/**
 * Mail is an 8-bit format whose parts declare their own charsets, so bytes are passed through
 * untouched, except for files saved as UTF-16/32 (some Windows tools do), whose header lines
 * the parser could not otherwise read.
 */
function asEightBitMessage(bytes: Uint8Array): Buffer {
  const { encoding, bomLength } = sniffEncoding(bytes);
  if (encoding === "utf-8")
    return Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.byteLength - bomLength);
  return Buffer.from(decodeText(bytes), "utf8");
}

/** multipart/encrypted (PGP) or enveloped S/MIME; S/MIME that is only signed stays readable. */
function isEncrypted(mail: ParsedMail): boolean {
  const contentType = mail.headerLines.find((header) => header.key === "content-type")?.line ?? "";
  return ENCRYPTED_TYPE.test(contentType) && !SIGNED_ONLY.test(contentType);
}
