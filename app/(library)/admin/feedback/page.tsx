import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedbackReview } from "../../../components/answer-actions/feedback-review";
import { requirePagePrincipal } from "../../../components/auth/page-principal";

export const metadata: Metadata = { title: "Answer feedback" };

/** Admins only; for anyone else the page does not exist. */
export default async function FeedbackPage() {
  const principal = await requirePagePrincipal();
  if (principal.role !== "admin") notFound();
  return (
    <div className="page-feedback">
      <header className="page-header">
        <h1>Answer feedback</h1>
        <p className="lede">
          How people rated the answers they got, with the reason and comment they gave, so wrong or
          unsupported answers can be traced to the question, the model and the documents behind them.
        </p>
      </header>
      <FeedbackReview />
    </div>
  );
}
