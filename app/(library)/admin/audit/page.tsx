import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-event";
import { AuditBrowser } from "../../../components/audit/audit-browser";
import { requirePagePrincipal } from "../../../components/auth/page-principal";

export const metadata: Metadata = { title: "Audit trail" };

/** Admins only; for anyone else the page does not exist. */
export default async function AuditPage() {
  const principal = await requirePagePrincipal();
  if (principal.role !== "admin") notFound();
  return (
    <div className="page-audit">
      <header className="page-header">
        <h1>Audit trail</h1>
        <p className="lede">
          Every sign-in, upload, deletion, permission change and question, chained by hash so that an edited,
          deleted or reordered row is detected.
        </p>
      </header>
      <AuditBrowser actions={[...AUDIT_ACTIONS]} />
    </div>
  );
}
