/** Saves text as a file from the panel page (an <a download> on a Blob URL; no browser.* needed). */
import type { Lang } from '../../lib/i18n';
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with the date: `话术-售后-2026-11-23.json`. */
export function exportFileName(folder: string | undefined, ext: 'json' | 'csv', lang: Lang, now = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const base = lang === 'zh' ? '话术' : 'replies';
  const part = folder ? `-${folder.replace(/[\\/:*?"<>|\s]+/g, '_')}` : '';
  return `${base}${part}-${d}.${ext}`;
}
