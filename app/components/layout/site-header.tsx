import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import { MainNav } from "./main-nav";
import { QuireMark } from "./quire-mark";
import { UserMenu } from "./user-menu";

interface SiteHeaderProps {
  /** The signed-in user; absent on the sign-in page. */
  user?: { email: string; name: string; role: Role };
}

export function SiteHeader({ user }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <QuireMark />
          <span className="brand-name">Quire</span>
        </Link>
        {user && (
          <>
            <MainNav admin={user.role === "admin"} />
            <UserMenu email={user.email} role={user.role} />
          </>
        )}
      </div>
    </header>
  );
}
