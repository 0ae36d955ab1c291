// Posts the import form with XMLHttpRequest, which (unlike fetch) reports
// upload progress for large issues.
export interface UploadResult<T extends object> {
  ok: boolean;
  body: T | { error: { file: string | null; message: string } };
}

export function upload<T extends object>(
  url: string,
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<UploadResult<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable)
        onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      // A proxy error page or an empty reply is not JSON: report the status instead.
      const body = (xhr.response as UploadResult<T>["body"] | null) ?? {
        error: { file: null, message: `HTTP ${xhr.status}` },
      };
      resolve({ ok: xhr.status < 300 && !("error" in body), body });
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(form);
  });
}
