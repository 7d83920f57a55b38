import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { type AnswerRow, type AnswerSourceRow, answerSources, answers } from "../schema";

export type NewAnswer = Omit<typeof answers.$inferInsert, "createdAt">;
export type NewAnswerSource = Omit<typeof answerSources.$inferInsert, "answerId">;

export function insertAnswer(db: Db, answer: NewAnswer, sources: NewAnswerSource[]): void {
  db.transaction((tx) => {
    tx.insert(answers).values(answer).run();
    for (const source of sources)
      tx.insert(answerSources)
        .values({ ...source, answerId: answer.id })
        .run();
  });
}

export function getAnswer(db: Db, id: string): (AnswerRow & { sources: AnswerSourceRow[] }) | undefined {
  const answer = db.select().from(answers).where(eq(answers.id, id)).get();
  if (!answer) return undefined;
  const sources = db
    .select()
    .from(answerSources)
    .where(eq(answerSources.answerId, id))
    .orderBy(asc(answerSources.n))
    .all();
  return { ...answer, sources };
}
