"use client";

import { type FormEvent, useId, useState } from "react";
import { describeRequestFailure, readApiError } from "../api/api-error";

interface LoginFormProps {
  /** Where to go once signed in (already checked to be a path on this site). */
  next: string;
}

export function LoginForm({ next }: LoginFormProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email, password }),
      });
      if (!response.ok) throw await readApiError(response);
      // A full load, so every server-rendered part of the page sees the new session.
      window.location.assign(next);
    } catch (failure) {
      setError(describeRequestFailure(failure));
      setPassword("");
      setPending(false);
    }
  }

  return (
    <form
      className="login-form"
      onSubmit={(event) => void submit(event)}
      aria-describedby={error ? errorId : undefined}
    >
      <div className="login-field">
        <label htmlFor={emailId} className="field-label">
          E-mail address
        </label>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          className="text-input"
          data-testid="login-email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
      </div>
      <div className="login-field">
        <label htmlFor={passwordId} className="field-label">
          Password
        </label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          className="text-input"
          data-testid="login-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
      </div>
      <div role="alert" className="alert-region">
        {error && (
          <p id={errorId} className="notice notice-error" data-testid="login-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button button-primary" disabled={pending} data-testid="login-submit">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
