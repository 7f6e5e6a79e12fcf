/**
 * Saves `content` as a file through the browser's own download: nothing leaves the page, so an
 * export works offline and with the strictest CSP (`blob:` is same-origin).
 */
export function downloadFile(fileName: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox ignores a click on a link that is not in the document.
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download reads the URL after this task ends; revoking it at once can cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
