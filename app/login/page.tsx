import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CREATE_FIRST_ADMIN } from "@/lib/auth/users/first-admin-notice";
import { hasUsers } from "@/lib/auth/users/has-users";
import { getServices } from "@/lib/runtime/services";
import { LoginForm } from "../components/auth/login-form";
import { currentPagePrincipal } from "../components/auth/page-principal";
import { safeNextPath } from "../components/auth/safe-next-path";
import { SsoFailureNotice, SsoSignIn } from "../components/auth/sso-sign-in";
import { SiteHeader } from "../components/layout/site-header";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { next: requested, sso_error: ssoError } = await searchParams;
  const next = safeNextPath(typeof requested === "string" ? requested : null);
  if (await currentPagePrincipal()) redirect(next);
  const services = await getServices();
  const noAccountsYet = !hasUsers(services);
  const oidc = services.config.oidc;
  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <div className="page-login">
          <header className="page-header">
            <h1>Sign in</h1>
            <p className="lede">Use the account your Quire administrator gave you.</p>
          </header>
          {noAccountsYet && (
            <div className="notice notice-info" data-testid="no-accounts-notice">
              <p>
                No accounts exist yet. An administrator creates the first one on the server with{" "}
                <code>{CREATE_FIRST_ADMIN}</code>
              </p>
            </div>
          )}
          {typeof ssoError === "string" && <SsoFailureNotice code={ssoError} />}
          {oidc && <SsoSignIn providerName={oidc.displayName} next={next} />}
          <LoginForm next={next} />
        </div>
      </main>
    </>
  );
}
