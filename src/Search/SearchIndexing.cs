namespace Wsis.Search;

/// <summary>Whether a build writes the search index: when Pagefind (its scripts) is installed, always, or never.</summary>
public enum SearchIndexing
{
    Auto,
    Required,
    Off,
}
