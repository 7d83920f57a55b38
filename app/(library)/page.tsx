import { AskPanel } from "../components/ask/ask-panel";

export default function AskPage() {
  return (
    <div className="page-ask">
      <header className="page-header">
        <h1>Ask your documents</h1>
        <p className="lede">
          Answers come only from documents in your library, with numbered citations to the exact page.
        </p>
      </header>
      <AskPanel />
    </div>
  );
}
