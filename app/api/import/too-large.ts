import { ValidationError } from "@/lib/errors";

/**
 * Refuses an upload by its declared length before reading the body; one
 * without a length (chunked) is refused too, since it could be any size.
 */
export function tooLarge(request: Request, max: number): boolean {
  const length = request.headers.get("content-length");
  return length === null || !/^\d+$/.test(length) || Number(length) > max;
}

tooLarge.error = () =>
  new ValidationError(
    "The upload has no length or is larger than 256 MiB; import the issue in parts.",
    "上传内容缺少长度或超过 256 MiB，请分批导入。",
  );
