"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Ask" },
  { href: "/documents", label: "Documents" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

const ADMIN_LINKS = [
  { href: "/admin/audit", label: "Audit" },
  { href: "/admin/feedback", label: "Feedback" },
] as const;

export function MainNav({ admin = false }: { admin?: boolean }) {
  const pathname = usePathname() ?? "/";
  const links = admin ? [...LINKS, ...ADMIN_LINKS] : LINKS;
  return (
    <nav aria-label="Main" className="main-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
