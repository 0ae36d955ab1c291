// Running totals of one upload: OCR files, their bytes and the archives they
// came in, each checked against INPUT_LIMITS the moment a file is declared
// (uploaded, or listed in a zip's directory), so that twenty honest archives
// are refused together before the first one is inflated.
import { formatBytes } from "@/lib/format-bytes";

import { ImportError } from "../import-error";
import { INPUT_LIMITS } from "./input-limits";

export class UploadBudget {
  private files = 0;
  private bytes = 0;
  private archives = 0;

  /** Counts one zip archive; throws ImportError "zip-limit" past INPUT_LIMITS.maxArchives. */
  addArchive(): void {
    if (++this.archives <= INPUT_LIMITS.maxArchives) return;
    const max = INPUT_LIMITS.maxArchives;
    throw new ImportError(
      "zip-limit",
      null,
      `The upload holds more than ${max} zip archives; the limit is ${max} (one per issue or per page)`,
      `上传的 zip 压缩包超过 ${max} 个（上限 ${max} 个：每期一个或每版一个）`,
    );
  }

  /**
   * Counts one OCR file of `size` bytes (declared or real). Throws ImportError
   * "zip-limit" past INPUT_LIMITS.maxFiles files or maxTotalBytes in all.
   */
  addFile(size: number): void {
    this.files += 1;
    this.bytes += size;
    if (this.files > INPUT_LIMITS.maxFiles) {
      const max = INPUT_LIMITS.maxFiles;
      throw new ImportError(
        "zip-limit",
        null,
        `The upload holds more than ${max} OCR files (archives included); the limit is ${max}`,
        `上传的 OCR 文件（含压缩包内的）超过 ${max} 个，超出上限`,
      );
    }
    if (this.bytes > INPUT_LIMITS.maxTotalBytes) {
      const max = formatBytes(INPUT_LIMITS.maxTotalBytes);
      throw new ImportError(
        "zip-limit",
        null,
        `The files of this upload add up to more than ${max} (archives counted unpacked, from their directories); import the issue in parts`,
        `本次上传的文件合计超过 ${max}（压缩包按解压后的大小计算），请分批导入`,
      );
    }
  }
}
