import { AskPanel } from "../components/ask/ask-panel";

/** `?c=<id>` opens that conversation (the person's own; any other shows "not found"). */
export default async function AskPage({
  searchParams,
}: {
  searchParams: Promise<{ c?: string | string[] }>;
}) {
  const { c } = await searchParams;
  const conversationId = typeof c === "string" && c !== "" ? c : null;
  return (
    <div className="page-ask">
      <header className="page-header">
        <h1>Ask your documents</h1>
        <p className="lede">
          Answers come only from documents in your library, with numbered citations to the exact page.
        </p>
      </header>
      <AskPanel initialConversationId={conversationId} />
    </div>
  );
}
