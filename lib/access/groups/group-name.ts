import { AppError } from "@/lib/errors/app-error";

export function parseGroupName(raw: string): string {
  const name = raw.trim();
  if (name === "" || name.length > 100) {
    throw new AppError("BAD_REQUEST", `Invalid group name ${JSON.stringify(raw)}`, {
      userMessage: "A group name is 1 to 100 characters.",
    });
  }
  return name;
}
