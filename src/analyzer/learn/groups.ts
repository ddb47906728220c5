/**
 * The source group of a labelled message: the repository or site it was copied from. Messages of one group
 * share an author, a tool or a template, so cross-validation holds out whole groups, never single lines.
 *
 * "github:owner/repo/path@commit (note)" -> "github:owner": one owner's repositories are held out together,
 * because an author who keeps templates in three repositories writes them alike; "github-index-file-id:123 (note)" ->
 * "github-index-file-id:123"; "https://www.example.com/blog/..." -> "example.com"; a bare "owner/repo/path"
 * -> "github:owner"; "selge:fresh-3/coach" -> "selge:fresh-3". A message without a source belongs to the project's own
 * examples.
 */
export const OWN_GROUP = 'selge:own';

export function sourceGroup(source: string | undefined): string {
  const text = (source ?? '').trim();
  if (text === '') return OWN_GROUP;
  const head = text.split(/\s/)[0] ?? text;
  if (head.startsWith('github-index-file-id:')) return head;
  // The project's own collections ("selge:fresh-3/saas-sdr"): one writer each, held out together.
  if (head.startsWith('selge:')) return head.split('/')[0] ?? head;
  const url = /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(head);
  if (url) {
    const host = (url[1] ?? '').toLowerCase();
    // A GitHub page names a repository in its path: group by that, not by github.com.
    if (host === 'github.com') {
      const [owner] = head.replace(/^https?:\/\/(?:www\.)?github\.com\//i, '').split('/');
      return `github:${owner ?? ''}`;
    }
    return host;
  }
  const path = head.replace(/^github:/, '').split('@')[0] ?? '';
  const [owner, repo] = path.split('/');
  return repo ? `github:${owner}` : `site:${path}`;
}
