import { describe, expect, it } from "vitest";
import { shortDigest } from "@/app/components/ask/format-digest";
import {
  documentFileHref,
  formatLocation,
  formatPages,
  sourceFileHref,
} from "@/app/components/ask/format-pages";

describe("formatPages", () => {
  it("formats a single page", () => {
    expect(formatPages(4, 4)).toBe("p. 4");
  });

  it("formats a span with an en dash", () => {
    expect(formatPages(4, 5)).toBe("pp. 4–5");
  });

  it("treats an end before the start as a single page", () => {
    expect(formatPages(4, 2)).toBe("p. 4");
  });
});

describe("documentFileHref", () => {
  it("links to the file, optionally at a page", () => {
    expect(documentFileHref("abc-123")).toBe("/api/documents/abc-123/file");
    expect(documentFileHref("abc-123", 4)).toBe("/api/documents/abc-123/file#page=4");
  });

  it("encodes the id", () => {
    expect(documentFileHref("a/b c", 1)).toBe("/api/documents/a%2Fb%20c/file#page=1");
  });
});

describe("formatLocation and sourceFileHref", () => {
  it.each([
    { name: "a PDF page", label: undefined, location: "p. 4", href: "/api/documents/d1/file#page=4" },
    {
      name: "a PDF span",
      label: undefined,
      end: 5,
      location: "pp. 4–5",
      href: "/api/documents/d1/file#page=4",
    },
    { name: "a slide", label: "Slide 4", location: "Slide 4", href: "/api/documents/d1/file" },
    { name: "a sheet", label: "Sheet: Budget", location: "Sheet: Budget", href: "/api/documents/d1/file" },
  ])("shows $name and links to the file", ({ label, end, location, href }) => {
    const source = {
      documentId: "d1",
      pageStart: 4,
      pageEnd: end ?? 4,
      ...(label ? { pageLabel: label } : {}),
    };
    expect(formatLocation(source)).toBe(location);
    expect(sourceFileHref(source)).toBe(href);
  });
});

describe("shortDigest", () => {
  it("drops the sha256 prefix and keeps twelve characters", () => {
    expect(shortDigest("sha256:0123456789abcdef0123")).toBe("0123456789ab");
    expect(shortDigest("fedcba9876543210")).toBe("fedcba987654");
  });

  it("returns null when there is no digest", () => {
    expect(shortDigest(null)).toBeNull();
    expect(shortDigest("")).toBeNull();
    expect(shortDigest("sha256:")).toBeNull();
  });
});
