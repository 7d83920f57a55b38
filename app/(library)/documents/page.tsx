import type { Metadata } from "next";
import { describeCollections } from "@/lib/access/collections/list-collections";
import { getServices } from "@/lib/runtime/services";
import { requirePagePrincipal } from "../../components/auth/page-principal";
import { SensitivePolicyPanel } from "../../components/collections/sensitive-policy-panel";
import { DocumentsManager } from "../../components/documents/documents-manager";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage() {
  const principal = await requirePagePrincipal();
  const uploadTargets = describeCollections(await getServices(), principal.manageableCollectionIds);
  return (
    <div className="page-documents">
      <header className="page-header">
        <h1>Documents</h1>
        <p className="lede">
          Add PDF, Markdown or plain-text files. They are read and indexed on this server, then used to answer
          questions.
        </p>
      </header>
      <DocumentsManager uploadTargets={uploadTargets} />
      <SensitivePolicyPanel collections={uploadTargets} />
    </div>
  );
}
