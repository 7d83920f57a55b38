/** An earlier exchange of the conversation, as the follow-up rewrite and the answer prompt see it. */
export interface PastTurn {
  answerId: string;
  question: string;
  answer: string;
}
