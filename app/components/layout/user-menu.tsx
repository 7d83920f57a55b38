"use client";

import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { describeRequestFailure, readApiError } from "../api/api-error";

const ROLE_LABEL: Record<Role, string> = { admin: "Administrator", editor: "Editor", reader: "Reader" };

interface UserMenuProps {
  email: string;
  role: Role;
}

/** Who is signed in, and the way out. */
export function UserMenu({ email, role }: UserMenuProps) {
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setSigningOut(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/logout", { method: "POST" });
      // 401: the session had already ended; either way the way forward is the sign-in page.
      if (!response.ok && response.status !== 401) throw await readApiError(response);
      window.location.assign("/login");
    } catch (failure) {
      setError(describeRequestFailure(failure));
      setSigningOut(false);
    }
  }

  return (
    <div className="user-menu">
      <span className="user-identity" data-testid="signed-in-user">
        <span className="user-email">{email}</span>
        <span className="user-role">{ROLE_LABEL[role]}</span>
      </span>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => void signOut()}
        disabled={signingOut}
        data-testid="sign-out"
      >
        {signingOut ? "Signing out…" : "Sign out"}
      </button>
      {error && (
        <p role="alert" className="user-menu-error">
          {error}
        </p>
      )}
    </div>
  );
}
