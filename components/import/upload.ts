// Posts the import form with XMLHttpRequest, which (unlike fetch) reports
// upload progress for large issues.
export interface UploadResult<T> {
  ok: boolean;
  body: T | { error: { file: string | null; message: string } };
}

export function upload<T>(url: string, form: FormData, onProgress: (percent: number) => void): Promise<UploadResult<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => resolve({ ok: xhr.status < 300, body: xhr.response as UploadResult<T>["body"] });
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(form);
  });
}
