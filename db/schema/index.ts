export * from "./access";
export * from "./audit";
export * from "./conversations";
export * from "./documents";
export * from "./jobs";
export * from "./settings";
