import Link from "next/link";
import { MainNav } from "./main-nav";
import { QuireMark } from "./quire-mark";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <QuireMark />
          <span className="brand-name">Quire</span>
        </Link>
        <MainNav />
      </div>
    </header>
  );
}
