import type { ReactNode } from "react";
import { requirePagePrincipal } from "../components/auth/page-principal";
import { ModelHostBanner } from "../components/health/model-host-banner";
import { SiteHeader } from "../components/layout/site-header";

/** Every page behind sign-in: without a live session the visitor is sent to /login. */
export default async function LibraryLayout({ children }: { children: ReactNode }) {
  const principal = await requirePagePrincipal();
  return (
    <>
      <SiteHeader user={{ email: principal.email, name: principal.name, role: principal.role }} />
      <ModelHostBanner />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
