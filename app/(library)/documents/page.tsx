import type { Metadata } from "next";
import { DocumentsManager } from "../components/documents/documents-manager";

export const metadata: Metadata = { title: "Documents" };

export default function DocumentsPage() {
  return (
    <div className="page-documents">
      <header className="page-header">
        <h1>Documents</h1>
        <p className="lede">
          Add PDF, Markdown or plain-text files. They are read and indexed on this server, then used to answer
          questions.
        </p>
      </header>
      <DocumentsManager />
    </div>
  );
}
