/** A retrieval prompt in the shape Quire sends: numbered sources, then the question. */
export const RAG_PROMPT = [
  {
    role: "system",
    content:
      'Answer from the sources. If they do not contain the answer, reply exactly: "Not in the documents."',
  },
  {
    role: "user",
    content: [
      "Sources:",
      "",
      "[1] (Pets handbook, page 2)",
      "Cats sleep most of the day. Dogs need a walk twice a day.",
      "",
      "[2] (Store policy, pages 3-4)",
      "Our shop opens at nine. Refunds are issued within 30 days of purchase. Receipts are required.",
      "",
      "Question: When are refunds issued?",
    ].join("\n"),
  },
];
