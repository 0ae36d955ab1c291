import { ValidationError } from "@/lib/errors";

/** Refuses an upload by its declared length before reading the body. */
export function tooLarge(request: Request, max: number): boolean {
  return Number(request.headers.get("content-length") ?? 0) > max;
}

tooLarge.error = () =>
  new ValidationError("The upload is larger than 256 MiB; import the issue in parts.", "上传内容超过 256 MiB，请分批导入。");
