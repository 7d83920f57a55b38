"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import { isAbortError } from "../api/api-error";
import { askReducer, initialAskState } from "./ask-state";
import { type AskRequest, IncompleteStreamError, streamAnswer } from "./stream-answer";

/** Owns one question/answer exchange at a time; asking again cancels the previous one. */
export function useAskStream() {
  const [state, dispatch] = useReducer(askReducer, initialAskState);
  const controllerRef = useRef<AbortController | null>(null);

  const ask = useCallback(async (request: AskRequest) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    dispatch({ type: "start", question: request.question });
    try {
      await streamAnswer(request, controller.signal, (event) => {
        if (controllerRef.current === controller) dispatch({ type: "event", event });
      });
    } catch (error) {
      if (controllerRef.current !== controller) return; // superseded by a newer question
      if (isAbortError(error)) dispatch({ type: "stopped" });
      else if (error instanceof IncompleteStreamError) dispatch({ type: "failed", message: error.message });
      else dispatch({ type: "failed", message: "Could not reach the Quire server. Please try again." });
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  }, []);

  const stop = useCallback(() => {
    controllerRef.current?.abort();
  }, []);

  /** Stops whatever is streaming and forgets it: opening another conversation, or a new one. */
  const reset = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    dispatch({ type: "reset" });
  }, []);

  // Leaving the page must not leave the model generating an answer nobody will read.
  useEffect(() => () => controllerRef.current?.abort(), []);

  return { state, ask, stop, reset };
}
