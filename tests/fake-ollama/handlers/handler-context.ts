import type { ServerResponse } from "node:http";
import type { ServerState } from "../server-state";

export interface HandlerContext {
  response: ServerResponse;
  /** The parsed JSON body (undefined for GET and empty bodies). */
  body: unknown;
  state: ServerState;
}

export type Handler = (context: HandlerContext) => void | Promise<void>;
