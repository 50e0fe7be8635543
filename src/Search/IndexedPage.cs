namespace Wsis.Search;

/// <summary>
/// A page as the index keeps it until the last page is in: its words, filters and metadata, and its fragment (what a
/// result shows: URL, text, metadata, anchors) already made, hashed and compressed; the page's text itself is not kept
/// (<see cref="SearchPage.Content"/> is empty), as it is in the fragment.
/// </summary>
/// <param name="FragmentHash">The SHA-1 of the fragment's JSON, as Pagefind writes it (see <see cref="SearchIndexWriter"/>).</param>
/// <param name="Fragment">The fragment's file: gzipped, behind Pagefind's signature.</param>
public sealed record IndexedPage(SearchPage Page, string FragmentHash, byte[] Fragment);
