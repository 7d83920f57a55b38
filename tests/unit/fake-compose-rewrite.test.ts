import { describe, expect, it } from "vitest";
import { composeRewrite } from "../fake-ollama/compose-rewrite";

const SYSTEM = { role: "system", content: "Rewrite the last message into one standalone search query." };

describe("the fake model's follow-up rewrite", () => {
  it.each([
    {
      name: "adds the previous question's missing content words",
      messages: [
        SYSTEM,
        { role: "user", content: "What is the usual dose of zorvaprine?" },
        { role: "assistant", content: "40 mg [1]." },
        { role: "user", content: "and for children?" },
      ],
      reply: "and for children usual dose zorvaprine",
    },
    {
      name: "adds nothing the follow-up already says, whatever the inflection",
      messages: [
        SYSTEM,
        { role: "user", content: "Which doses of zorvaprine suit adults?" },
        { role: "user", content: "zorvaprine dose for children" },
      ],
      reply: "zorvaprine dose for children suit adults",
    },
    {
      name: "uses only the most recent earlier question",
      messages: [
        SYSTEM,
        { role: "user", content: "Where is the fire assembly point?" },
        { role: "user", content: "When may visitors come?" },
        { role: "user", content: "and at night?" },
      ],
      reply: "and at night may visitors come",
    },
  ])("$name", ({ messages, reply }) => {
    expect(composeRewrite(messages)).toBe(reply);
  });

  it.each([
    ["an answer prompt", [{ role: "system", content: "Answer using only the numbered sources." }]],
    ["a system prompt naming only a search query", [{ role: "system", content: "Write a search query." }]],
    ["no system prompt", [{ role: "user", content: "standalone search query please" }]],
  ])("leaves %s to the ordinary reply", (_name, messages) => {
    expect(composeRewrite(messages)).toBeNull();
  });
});
